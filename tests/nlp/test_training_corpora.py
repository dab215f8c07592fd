"""Corpus conversion for `make model` (training/corpora.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

import corpora  # noqa: E402

WIKIGOLD_SAMPLE = """\
-DOCSTART- O

The I-ORG
Kremlin I-ORG
said O
Vladimir I-PER
Putin I-PER
met O
Angela I-PER
Merkel I-PER
Schröder B-PER
in O
Berlin I-LOC
for O
the O
Olympic I-MISC
Games I-MISC
. O

-DOCSTART- O

Paris I-LOC
. O
"""


def test_wikigold_iob1_becomes_iob2_and_misc_becomes_outside(tmp_path):
    path = tmp_path / "wikigold.conll.txt"
    path.write_text(WIKIGOLD_SAMPLE)
    docs = corpora.read_wikigold(path)
    assert len(docs) == 2
    tags = [t for _, t in docs[0][0]]
    assert tags[:2] == ["B-ORG", "I-ORG"]
    assert tags[3:5] == ["B-PER", "I-PER"]
    # adjacent same-type names: IOB1 marks the second one's start with B-
    assert tags[6:9] == ["B-PER", "I-PER", "B-PER"]
    assert tags[-3:] == ["O", "O", "O"]  # "Olympic Games" (MISC) and "."


def test_wikigold_docs_carry_entities_and_sentence_starts_only(tmp_path):
    path = tmp_path / "wikigold.conll.txt"
    path.write_text(WIKIGOLD_SAMPLE)
    sentences = corpora.read_wikigold(path)[0]
    doc = corpora.wikigold_docs(sentences, spacy.blank("en").vocab)[0]
    assert [(e.text, e.label_) for e in doc.ents][:2] == [("The Kremlin", "ORG"), ("Vladimir Putin", "PER")]
    assert doc.text.endswith("Olympic Games.")
    assert not doc.has_annotation("DEP")


def _conllu_sentence(rows: list[tuple[str, str, str, str]]) -> str:
    """rows of (form, upos, xpos, misc) -> one CoNLL-U sentence."""
    lines = ["# sent_id = s1", "# text = " + " ".join(r[0] for r in rows)]
    for i, (form, upos, xpos, misc) in enumerate(rows, 1):
        lines.append("\t".join([str(i), form, form.lower(), upos, xpos, "_", "0", "root", "_", misc]))
    return "\n".join(lines) + "\n\n"


def test_gum_person_mentions_become_names_without_titles(tmp_path):
    src = tmp_path / "gum.conllu"
    src.write_text(_conllu_sentence([
        ("President", "PROPN", "NNP", "Entity=(1-person-new-sal-cf-2,3-Joe_Biden"),
        ("Joe", "PROPN", "NNP", "_"),
        ("Biden", "PROPN", "NNP", "Entity=1)"),
        ("visited", "VERB", "VBD", "_"),
        ("Kyiv", "PROPN", "NNP", "Entity=(2-place-new-sal-cf-1-Kyiv)"),
    ]))
    out = tmp_path / "out.conllu"
    stats = corpora.gum_ner(src, out)
    misc = [line.split("\t")[9] for line in out.read_text().splitlines() if line and not line.startswith("#")]
    assert stats["PER"] == 1 and stats["LOC"] == 1
    assert "NE=" not in misc[0]  # the title stays outside the name
    assert misc[1].endswith("NE=B-PER") and misc[2].endswith("NE=I-PER")
    assert misc[4].endswith("NE=B-LOC")


def test_uner_tags_merge_by_sentence_id_and_drop_early_labels(tmp_path):
    conllu = tmp_path / "ud.conllu"
    conllu.write_text(_conllu_sentence([("Russians", "PROPN", "NNPS", "_"), ("love", "VERB", "VBP", "_"),
                                        ("Moscow", "PROPN", "NNP", "SpaceAfter=No"), (".", "PUNCT", ".", "_")]))
    iob2 = tmp_path / "uner.iob2"
    iob2.write_text("# sent_id = s1\n1\tRussians\tB-OTH\t-\tx\n2\tlove\tO\t-\tx\n3\tMoscow\tB-LOC\t-\tx\n"
                    "4\t.\tB-O\t-\tx\n\n")
    out = tmp_path / "out.conllu"
    stats = corpora.merge_uner(conllu, iob2, out)
    misc = [line.split("\t")[9] for line in out.read_text().splitlines() if line and not line.startswith("#")]
    assert stats["matched"] == 4
    assert misc == ["_", "_", "SpaceAfter=No|NE=B-LOC", "_"]


def test_substituted_copies_swap_each_entity_for_a_knowledge_base_name_of_its_type():
    import augment

    pools = {"PER": ["Dmitry Peskov", "Zelensky"], "ORG": ["NATO"], "LOC": ["Donetsk"]}
    vocab = spacy.blank("en").vocab
    words = ["Merkel", "met", "Apple", "staff", "in", "New", "York", "."]
    gold = spacy.tokens.Doc(vocab, words=words, ents=["B-PER", "O", "B-ORG", "O", "O", "B-LOC", "I-LOC", "O"],
                            sent_starts=[True] + [False] * 7)
    plain = spacy.tokens.Doc(vocab, words=["No", "names", "here", "."], ents=["O"] * 4,
                             sent_starts=[True, False, False, False])
    docs = augment.augmented_docs([gold, plain], pools, vocab, seed=1)
    assert len(docs) == 1                     # the sentence without entities is not copied
    ents = [(e.text, e.label_) for e in docs[0].ents]
    assert [label for _, label in ents] == ["PER", "ORG", "LOC"]
    assert ents[1] == ("NATO", "ORG") and ents[2] == ("Donetsk", "LOC")
    assert ents[0][0] in pools["PER"]
    # the context around the names is the gold sentence's, with no tags or heads to train on
    assert [t.text for t in docs[0] if not t.ent_type_] == ["met", "staff", "in", "."]
    assert not docs[0].has_annotation("TAG") and not docs[0].has_annotation("DEP")


def test_name_pools_come_from_the_knowledge_base_without_titles_or_lower_case_forms():
    import augment

    pools = augment.name_pools()
    assert {"PER", "ORG", "LOC"} <= set(pools)
    assert "Vladimir Putin" in pools["PER"] and "NATO" in pools["ORG"] and "Ukraine" in pools["LOC"]
    assert not any(name.split()[0] in augment.TITLES for name in pools["PER"])
    assert all(w[0].isupper() or not w[0].isalpha() or w in augment.LOWER_OK   # "von der Leyen", "al Qaeda"
               for names in pools.values() for name in names for w in name.split())
    assert "Kremlin" not in pools["ORG"]      # a building standing for a government, not a body
