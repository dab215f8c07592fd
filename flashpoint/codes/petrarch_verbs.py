"""Read PETRARCH / TABARI verb dictionaries (and the project's own, written in the same syntax).

The format (PETRARCH docs, dictionaries.rst; TABARI manual ch. 5), as read here:

    &CURRENCY                      a synset: its phrases follow on "+" lines; plurals are added
    +DOLLAR                        unless the label or the phrase ends in "_"
    +SWISS_FRANC

    --- GRANT  [070] ---           a verb block with its default code ("---" = no event)
    GRANT                          verbs of the block; regular forms are generated,
    GIVE {GAVE GIVEN}              irregular ones listed in {...}; an entry may carry its own code
    +BREAK_DOWN {+BROKE_DOWN}      multi-word verb: "+" marks the verb word, the rest must be adjacent
    - * &CURRENCY  [903]           patterns: words, &synsets, $ source, + target, % compound,
    - $ NOT * ^ TO_ +  [124]       ^ skip a phrase, * (or **) the verb; "_" joins neighbours

PETRARCH-2's noun-phrase and prepositional-phrase brackets ("{AIR RAID}", "(AGAINST)") are read
as adjacent words and plain words. Comments: "#", ";" and <!-- ... -->. Comments, plurals and verb forms
are those of every PETRARCH dictionary (codes/petrarch/syntax.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from flashpoint.codes.petrarch.syntax import plural, strip_comments, verb_forms
from flashpoint.codes.verb_dictionary import (COMPOUND, SKIP, SOURCE, SYNSET, TARGET, VERB, WORD, Item,
                                              VerbBlock, VerbDictionary, VerbEntry, VerbPattern)
from flashpoint.errors import UnreadableInputError

BLOCK_RE = re.compile(r"^-{3}\s*(?P<name>[^\[]*?)\s*(?:\[(?P<code>[^\]]*)\].*)?-{3}\s*$")
CODE_RE = re.compile(r"\[([^\]]*)\]")


def _split_verb_phrase(phrase: str) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """"WIRE_+TAP" -> (("WIRE",), "TAP", ()); "+BREAK_DOWN" -> ((), "BREAK", ("DOWN",))."""
    words = [w for w in re.split(r"[_\s]+", phrase.strip()) if w]
    if not words:
        return (), "", ()
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    k = marked[0] if marked else 0
    words = [w.lstrip("+") for w in words]
    return tuple(words[:k]), words[k], tuple(words[k + 1:])


def _pattern_items(body: str) -> tuple[list[Item], list[bool]] | None:
    """Items and adjacency links of a pattern body ("SAID * SUSPEND CONTRIBUT")."""
    body = re.sub(r"\{([^}]*)\}", lambda m: "_".join(m.group(1).split()), body)   # PETRARCH-2 noun phrases
    body = body.replace("(", " ").replace(")", " ").replace("|", " ")
    items: list[Item] = []
    links: list[bool] = []
    join_next = False
    for chunk in body.split():
        parts = chunk.split("_")
        lead_join, trail_join = parts[0] == "", parts[-1] == ""
        parts = [p for p in parts if p]
        for j, p in enumerate(parts):
            if items:
                links.append(join_next or (j == 0 and lead_join) or j > 0)
            join_next = False
            if p in ("*", "**"):
                items.append(Item(VERB))
            elif p == "$":
                items.append(Item(SOURCE))
            elif p == "+":
                items.append(Item(TARGET))
            elif p == "%":
                items.append(Item(COMPOUND))
            elif p == "^":
                items.append(Item(SKIP))
            elif p.startswith("&"):
                items.append(Item(SYNSET, p[1:].upper()))
            else:
                items.append(Item(WORD, p.upper()))
        join_next = trail_join
    if not any(it.kind == VERB for it in items):
        return None
    return items, links


def _rule(prefix: str, block: VerbBlock, items: list[Item]) -> str:
    k = next(i for i, it in enumerate(items) if it.kind == VERB)
    pre = "_".join(str(it) for it in items[:k]).lower()
    post = "_".join(str(it) for it in items[k + 1:]).lower()
    head = block.name.lower().replace(" ", "_")
    return f"{prefix}:{pre + '~' if pre else ''}{head}{'+' + post if post else ''}"


def read_verb_dictionary(path: str | Path, *, match_lemmas: bool = False, rule_prefix: str = "petrarch",
                         name: str | None = None) -> VerbDictionary:
    """Parse a verb dictionary file into a VerbDictionary. Patterns whose synsets are never defined
    are dropped (as PETRARCH does)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise UnreadableInputError(str(p), f"cannot read verb dictionary ({exc.strerror})") from None
    return parse_verb_dictionary(text, match_lemmas=match_lemmas, rule_prefix=rule_prefix, name=name or p.name)


def parse_verb_dictionary(text: str, *, match_lemmas: bool = False, rule_prefix: str = "petrarch",
                          name: str = "verbs") -> VerbDictionary:
    vd = VerbDictionary(name=name, match_lemmas=match_lemmas, rule_prefix=rule_prefix,
                        null_pattern_blocks=rule_prefix != "petrarch")
    raw_synsets: dict[str, tuple[bool, list[str]]] = {}
    synset: str | None = None
    block: VerbBlock | None = None
    for lineno, line in enumerate(strip_comments(text), start=1):
        stripped = line.strip()
        if not stripped:
            synset = None
            continue
        if stripped.startswith("&"):
            label = stripped[1:].split()[0]
            synset = label.rstrip("_").upper()
            raw_synsets[synset] = (label.endswith("_"), [])
            continue
        if synset is not None and stripped.startswith("+"):
            raw_synsets[synset][1].append(stripped[1:].strip())
            continue
        synset = None
        if stripped.startswith("---"):
            m = BLOCK_RE.match(stripped)
            bname = (m.group("name") if m else stripped.strip("- ")).strip() or "?"
            code = (m.group("code") if m else None)
            block = VerbBlock(name=bname, code=_norm_code(code), line=lineno)
            vd.blocks.append(block)
            continue
        if stripped.startswith("-"):
            if block is None:
                continue
            body = stripped[1:]
            codes = CODE_RE.findall(body)
            body = CODE_RE.sub(" ", body)
            parsed = _pattern_items(body)
            if parsed is None:
                continue
            items, links = parsed
            block.patterns.append(VerbPattern(items=tuple(items), links=tuple(links),
                                              code=_norm_code(codes[0] if codes else None),
                                              rule=_rule(rule_prefix, block, items), line=lineno))
            continue
        # a verb of the current block (a verb line before any block header opens its own block)
        codes = CODE_RE.findall(stripped)
        forms_txt = re.findall(r"\{([^}]*)\}", stripped)
        phrase = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", stripped).strip()
        if not phrase:
            continue
        before, word, after = _split_verb_phrase(phrase)
        if not word:
            continue
        if block is None:
            block = VerbBlock(name=word, code=None, line=lineno)
            vd.blocks.append(block)
        # PETRARCH dictionaries list irregular forms themselves (often as verbs of other blocks)
        forms = verb_forms(word, irregular=match_lemmas)
        for group in forms_txt:
            for form in group.split():
                fb, fw, fa = _split_verb_phrase(form)
                if fw:
                    forms.add(fw.upper())
        vd.add_entry(VerbEntry(word=word.upper(), forms=frozenset(forms), block=block,
                               after=tuple(a.upper() for a in after),
                               before=tuple(b.upper() for b in before), code=_norm_code(codes[0]) if codes else None,
                               has_own_code=bool(codes)))
    vd.synsets = _expand_synsets(raw_synsets)
    for b in vd.blocks:  # PETRARCH ignores patterns with undefined synsets
        b.patterns = [pt for pt in b.patterns if all(it.kind != SYNSET or it.value in vd.synsets for it in pt.items)]
    return vd


def _norm_code(code: str | None) -> str | None:
    if code is None:
        return None
    code = code.strip()
    return None if not code or set(code) <= {"-"} else code


def _expand_synsets(raw: dict[str, tuple[bool, list[str]]]) -> dict[str, list[tuple[str, ...]]]:
    """Synset name -> phrases (tuples of upper-case words), with plurals and nested synsets expanded."""
    out: dict[str, list[tuple[str, ...]]] = {}

    def expand(name: str, seen: frozenset[str]) -> list[tuple[str, ...]]:
        if name in out:
            return out[name]
        no_plural, members = raw.get(name, (True, []))
        phrases: list[tuple[str, ...]] = []
        for member in members:
            words = [w for w in re.split(r"[_\s]+", member.upper()) if w]
            if len(words) == 1 and words[0].startswith("&"):
                inner = words[0][1:].rstrip("_")
                if inner not in seen:
                    phrases.extend(expand(inner, seen | {inner}))
                continue
            if not words:
                continue
            phrases.append(tuple(words))
            if not no_plural and not member.rstrip().endswith("_"):
                phrases.append((*words[:-1], plural(words[-1])))
        out[name] = list(dict.fromkeys(phrases))
        return out[name]

    for name in raw:
        expand(name, frozenset({name}))
    return out


__all__ = ["read_verb_dictionary", "parse_verb_dictionary"]
