"""Entity substitution for NER training: copies of the gold training sentences in which every entity is
replaced by another name of the same type, drawn from Flashpoint's own knowledge base.

Why: the open NER corpora hold about 13k entities, mostly from web reviews and Wikipedia, and few of
them are the organisations, politicians and places that news is about (PUD ORG F1 was 33). Swapping
names keeps the real contexts ("... said on Tuesday", "talks between X and Y") and shows the model
the names it will meet. This is mention replacement (Dai & Adel 2020, "An Analysis of Simple Data
Augmentation for Named Entity Recognition"). The copies carry entities only (no tags or heads), so
the tagger and parser ignore them, as they ignore WikiGold.

The name pools are read from flashpoint/kb/data (written by this project); no test data is involved.
"""

from __future__ import annotations

import csv
import gzip
import json
import random
from collections import defaultdict
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

KB_DATA = Path(__file__).resolve().parents[1] / "flashpoint" / "kb" / "data"
MIN_LOC_POPULATION = 100_000  # gazetteer places smaller than this are rarely in international news
LOWER_OK = {"of", "for", "and", "the", "on", "in", "de", "al", "bin", "el", "du", "la", "von", "van", "der"}
TITLES = {"President", "Prime", "Prince", "King", "Queen", "Mullah", "Dr", "Dr.", "Sheikh", "General", "Gen.",
          "Mr", "Mr.", "Mrs", "Ms", "Pope", "Ayatollah", "Emir", "Crown", "Sir", "Lord", "Chancellor"}
# Institutions that name a body; the rest (Kremlin, Downing Street, Foggy Bottom) are buildings or streets
# standing for a government, which Universal NER does not treat consistently as ORG.
BODY_WORDS = {"Ministry", "Council", "Parliament", "Congress", "Senate", "Duma", "Assembly", "Court", "Department",
              "Office", "Agency", "Service", "Commission", "Committee", "Bank", "Army", "Forces", "Force", "Guard",
              "Police", "Party", "Union", "Organisation", "Organization", "Cabinet", "Knesset", "Navy", "Bureau",
              "Majlis", "Rada", "Bundestag", "Corps", "Directorate", "Command", "Staff", "Government"}


def _rows(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _forms(*values: str) -> list[str]:
    out = []
    for value in values:
        for form in (value or "").split("|"):
            form = form.strip()
            if form.lower().startswith("the "):
                form = form[4:]  # Universal NER leaves the article outside the span
            words = form.split()
            if (words and form != "-" and form.isascii() and words[0] not in TITLES
                    and all(w[0].isupper() or not w[0].isalpha() or w in LOWER_OK for w in words)):
                out.append(form)
    return out


def name_pools(kb_data: Path = KB_DATA) -> dict[str, list[str]]:
    """Names by NER label: PER from persons.jsonl, ORG from organisations and institutions, LOC from
    countries, their other names and capitals, regions and gazetteer places of 100k people or more."""
    pools: dict[str, set[str]] = defaultdict(set)
    with open(kb_data / "persons.jsonl", encoding="utf-8") as f:
        for line in f:
            person = json.loads(line)
            pools["PER"].update(_forms(person["name"], *person.get("aliases", [])))
    for row in _rows(kb_data / "organisations.tsv"):
        if row["kind"] != "media" or " " in row["name"]:
            pools["ORG"].update(_forms(row["name"], row["forms"]))
    for row in _rows(kb_data / "institutions.tsv"):
        pools["ORG"].update(f for f in _forms(row["name"], row["forms"]) if BODY_WORDS & set(f.split()))
    for row in _rows(kb_data / "countries.tsv"):
        pools["LOC"].update(_forms(row["name"], row["capital"]))
    for row in _rows(kb_data / "country_names.tsv"):
        pools["LOC"].update(_forms(row["names"], row["capitals"]))
    places: set[str] = set()
    for row in _rows(kb_data / "gazetteer.tsv.gz"):
        if row["kind"] == "area" or int(row["population"] or 0) >= MIN_LOC_POPULATION:
            places.update(_forms(row["name"]))
    out = {label: sorted(names) for label, names in pools.items()}
    # Countries and capitals are most of the places news names: as likely a pick as all other places.
    out["LOC"] = sorted(places - pools["LOC"]) + out["LOC"] * max(1, len(places) // max(1, len(pools["LOC"])))
    return out


class Substituter:
    """Replaces entities with pool names, preferring a name with as many tokens as the original."""

    def __init__(self, pools: dict[str, list[str]], vocab: Vocab, seed: int = 0):
        from spacy.lang.en import English

        tokenizer = English(vocab=vocab).tokenizer
        self.rng = random.Random(seed)
        self.by_length: dict[str, dict[int, list[list[tuple[str, bool]]]]] = {}
        for label, names in pools.items():
            buckets: dict[int, list] = defaultdict(list)
            for name in names:
                toks = [(t.text, bool(t.whitespace_)) for t in tokenizer(name)]
                buckets[min(len(toks), 4)].append(toks)
            self.by_length[label] = dict(buckets)

    def pick(self, label: str, n_tokens: int) -> list[tuple[str, bool]] | None:
        buckets = self.by_length.get(label)
        if not buckets:
            return None
        same = buckets.get(min(n_tokens, 4))
        if same and self.rng.random() < 0.8:
            return self.rng.choice(same)
        return self.rng.choice(self.rng.choice(list(buckets.values())))

    def sentence(self, sent) -> tuple[list[str], list[bool], list[str]] | None:
        """Words, spaces and IOB tags of one sentence (a Span) with its entities swapped, or None if the
        sentence has no entity of a pooled type."""
        words, spaces, tags = [], [], []
        swapped = False
        i = sent.start
        ents = {e.start: e for e in sent.ents}
        while i < sent.end:
            ent = ents.get(i)
            if ent is None:
                tok = sent.doc[i]
                words.append(tok.text)
                spaces.append(bool(tok.whitespace_))
                tags.append("O" if tok.ent_iob_ else None)  # missing stays missing (CrossNER's long MISC)
                i += 1
                continue
            name = self.pick(ent.label_, len(ent)) or [(t.text, bool(t.whitespace_)) for t in ent]
            for k, (text, space) in enumerate(name):
                words.append(text)
                spaces.append(space if k + 1 < len(name) else bool(sent.doc[ent.end - 1].whitespace_))
                tags.append(("B-" if k == 0 else "I-") + ent.label_)
            swapped = True
            i = ent.end
        return (words, spaces, tags) if swapped else None


def augmented_docs(docs, pools: dict[str, list[str]], vocab: Vocab, seed: int = 0,
                   per_doc: int = 10) -> list[Doc]:
    """One substituted copy of every training sentence that has an entity, `per_doc` sentences a Doc."""
    sub = Substituter(pools, vocab, seed)
    sentences = []
    for sent in _gold_sentences(docs):
        if any(True for _ in sent.ents):
            s = sub.sentence(sent)
            if s:
                sentences.append(s)
    return _pack(sentences, vocab, per_doc)


def _gold_sentences(docs):
    """The sentences of the Docs that carry entity annotation (a Doc without sentences is one)."""
    for doc in docs:
        if doc.has_annotation("ENT_IOB"):
            yield from (list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]])


def _pack(sentences: list[tuple[list, list, list]], vocab: Vocab, per_doc: int) -> list[Doc]:
    """Substituted sentences (words, spaces, entity tags) as Docs of `per_doc` sentences each."""
    out = []
    for i in range(0, len(sentences), per_doc):
        words, spaces, tags, starts = [], [], [], []
        for w, sp, t in sentences[i:i + per_doc]:
            if spaces:
                spaces[-1] = True
            words += w
            spaces += sp
            tags += t
            starts += [True] + [False] * (len(w) - 1)
        out.append(Doc(vocab, words=words, spaces=spaces, ents=tags, sent_starts=starts))
    return out


def organisation_pool(kb_data: Path = KB_DATA) -> list[str]:
    """Organisation names of every sector for org_copies: name_pools()'s ORG (hand-written organisations,
    institutions named as bodies) plus the companies, IGOs and NGOs of organisations_dictionary.tsv (from
    the Phoenix international actors dictionary). Not parties_dictionary.tsv: it is drawn from CrossNER,
    test split included, which eval_nlp.py scores."""
    names = set(name_pools(kb_data)["ORG"])
    for row in _rows(kb_data / "organisations_dictionary.tsv"):
        for form in _forms(row["name"], row["forms"]):
            words = form.split()
            # Phoenix writes some names in capitals or with amounts ("BELO CORPORATION $137,000,000")
            if len(words) <= 5 and not any(c in form for c in "$/0123456789") and not form.isupper():
                names.add(form)
    return sorted(names)


def org_copies(docs, org_names: list[str], vocab: Vocab, seed: int = 0, copies: int = 2,
               per_doc: int = 10) -> list[Doc]:
    """`copies` copies of every gold sentence with an organisation in it, its organisations (only) replaced
    by names from `org_names`: more organisation contexts ("shares of X rose", "X said in a statement"),
    with names of every sector. The sentence's other entities keep their names and labels."""
    sub = Substituter({"ORG": org_names}, vocab, seed)
    sentences = []
    for sent in _gold_sentences(docs):
        if any(e.label_ == "ORG" for e in sent.ents):
            for _ in range(copies):
                s = sub.sentence(sent)
                if s:
                    sentences.append(s)
    return _pack(sentences, vocab, per_doc)
