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
as adjacent words and plain words. Comments: "#", ";" and <!-- ... -->.
"""

from __future__ import annotations

import re
from pathlib import Path

from flashpoint.codes.verb_dictionary import (COMPOUND, SKIP, SOURCE, SYNSET, TARGET, VERB, WORD, Item,
                                              VerbBlock, VerbDictionary, VerbEntry, VerbPattern)
from flashpoint.errors import UnreadableInputError

BLOCK_RE = re.compile(r"^-{3}\s*(?P<name>[^\[]*?)\s*(?:\[(?P<code>[^\]]*)\].*)?-{3}\s*$")
CODE_RE = re.compile(r"\[([^\]]*)\]")
VOWELS = set("AEIOU")


def plural(word: str) -> str:
    """Regular plural the PETRARCH way: +S, Y -> IES after a consonant, SS -> SSES."""
    if word.endswith("SS"):
        return word + "ES"
    if word.endswith("Y") and len(word) > 1 and word[-2] not in VOWELS:
        return word[:-1] + "IES"
    return word + "S"


# Irregular past / participle forms of verbs that news reports use (the lemmatizer of a small
# model misses some of them: "withdrew", "overran", "struck").
IRREGULAR = {
    "ARISE": "AROSE ARISEN", "BEAR": "BORE BORNE", "BEAT": "BEATEN", "BECOME": "BECAME", "BEGIN": "BEGAN BEGUN",
    "BID": "BADE", "BITE": "BIT BITTEN", "BLOW": "BLEW BLOWN", "BREAK": "BROKE BROKEN", "BRING": "BROUGHT",
    "BUILD": "BUILT", "BURN": "BURNT", "BUY": "BOUGHT", "CATCH": "CAUGHT", "CHOOSE": "CHOSE CHOSEN",
    "COME": "CAME", "DEAL": "DEALT", "DO": "DID DONE", "DRAW": "DREW DRAWN", "DRIVE": "DROVE DRIVEN",
    "EAT": "ATE EATEN", "FALL": "FELL FALLEN", "FEEL": "FELT", "FIGHT": "FOUGHT", "FIND": "FOUND",
    "FLEE": "FLED", "FLY": "FLEW FLOWN", "FORBID": "FORBADE FORBIDDEN", "FORGIVE": "FORGAVE FORGIVEN",
    "FREEZE": "FROZE FROZEN", "GET": "GOT GOTTEN", "GIVE": "GAVE GIVEN", "GO": "WENT GONE", "GRIND": "GROUND",
    "HANG": "HUNG", "HAVE": "HAD HAS", "HEAR": "HEARD", "HIDE": "HID HIDDEN", "HOLD": "HELD", "KEEP": "KEPT",
    "KNOW": "KNEW KNOWN", "LAY": "LAID", "LEAD": "LED", "LEAVE": "LEFT", "LEND": "LENT", "LOSE": "LOST",
    "MAKE": "MADE", "MEAN": "MEANT", "MEET": "MET", "MISLEAD": "MISLED", "OVERCOME": "OVERCAME",
    "OVERRUN": "OVERRAN", "OVERSEE": "OVERSAW OVERSEEN", "OVERTAKE": "OVERTOOK OVERTAKEN",
    "OVERTHROW": "OVERTHREW OVERTHROWN", "PAY": "PAID", "REBUILD": "REBUILT", "RETAKE": "RETOOK RETAKEN",
    "RIDE": "RODE RIDDEN", "RING": "RANG RUNG", "RISE": "ROSE RISEN", "RUN": "RAN", "SAY": "SAID",
    "SEE": "SAW SEEN", "SEEK": "SOUGHT", "SELL": "SOLD", "SEND": "SENT", "SHAKE": "SHOOK SHAKEN",
    "SHOOT": "SHOT", "SHRINK": "SHRANK SHRUNK", "SINK": "SANK SUNK", "SLAY": "SLEW SLAIN", "SPEAK": "SPOKE SPOKEN",
    "SPEND": "SPENT", "SPIN": "SPUN", "STAND": "STOOD", "STEAL": "STOLE STOLEN", "STICK": "STUCK",
    "STRIKE": "STRUCK STRICKEN", "SWEAR": "SWORE SWORN", "TAKE": "TOOK TAKEN", "TEACH": "TAUGHT",
    "TEAR": "TORE TORN", "TELL": "TOLD", "THINK": "THOUGHT", "THROW": "THREW THROWN", "UNDERGO": "UNDERWENT UNDERGONE",
    "UNDERSTAND": "UNDERSTOOD", "UNDERTAKE": "UNDERTOOK UNDERTAKEN", "UPHOLD": "UPHELD", "WAKE": "WOKE WOKEN",
    "WEAR": "WORE WORN", "WIN": "WON", "WITHDRAW": "WITHDREW WITHDRAWN", "WITHHOLD": "WITHHELD",
    "WITHSTAND": "WITHSTOOD", "WRITE": "WROTE WRITTEN", "FORESEE": "FORESAW FORESEEN", "SLING": "SLUNG",
    "SEEK_OUT": "", "SHED": "", "SPREAD": "", "SHUT": "", "PUT": "", "SET": "", "CUT": "", "HIT": "", "LET": "",
    "QUIT": "", "BURST": "", "CAST": "", "COST": "", "HURT": "", "UPSET": "", "BROADCAST": "", "FORECAST": "",
}


def verb_forms(word: str, irregular: bool = True) -> set[str]:
    """Regular English forms of a verb (upper case): base, 3rd person, past, gerund; a doubled final
    consonant is added as a variant ("STOPPED") since PETRARCH dictionaries list few of those."""
    w = word.upper()
    forms = {w}
    consonant_y = w.endswith("Y") and len(w) > 1 and w[-2] not in VOWELS
    forms.add(w + "ES" if w.endswith(("S", "X", "Z", "CH", "SH")) else w[:-1] + "IES" if consonant_y else w + "S")
    forms.add(w + "D" if w.endswith("E") else w[:-1] + "IED" if consonant_y else w + "ED")
    if w.endswith("IE"):
        forms.add(w[:-2] + "YING")
    elif w.endswith("E") and not w.endswith(("EE", "YE", "OE")) and len(w) > 2:
        forms.add(w[:-1] + "ING")
    else:
        forms.add(w + "ING")
    if len(w) >= 3 and w[-1] in "BDGLMNPRT" and w[-2] in VOWELS and w[-3] not in VOWELS:
        forms.update({w + w[-1] + "ED", w + w[-1] + "ING"})
    if irregular:
        forms.update(IRREGULAR.get(w, "").split())
    return forms


def strip_comments(text: str) -> list[str]:
    """Lines with <!-- --> (also multi-line), # and ; comments removed (blank lines kept: they
    end synsets)."""
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return [_cut_comment(line).rstrip() for line in text.splitlines()]


def _cut_comment(line: str) -> str:
    """Text before the first # or ; that is not inside [...] (codes such as [###] stay)."""
    depth = 0
    for i, ch in enumerate(line):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch in "#;" and depth == 0:
            return line[:i]
    return line


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


__all__ = ["read_verb_dictionary", "parse_verb_dictionary", "verb_forms", "plural", "strip_comments"]
