"""News-domain NER training data for `make model` (training/news_ner.py) and the resume fix
(training/resume.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

import news_ner  # noqa: E402
import resume  # noqa: E402

SENTENCE = {"id": "x-0",
            "tokens": ["Putin", "'s", "United", "Russia", "won", "the", "2016", "Russian", "legislative",
                       "election", "in", "Russia", ",", "Russian", "media", "said", "."],
            "tags": ["B-PER", "O", "B-ORG", "I-ORG", "O", "O", "B-MISC", "I-MISC", "I-MISC",
                     "I-MISC", "O", "B-LOC", "O", "B-MISC", "O", "O", "O"]}


def _crossner(tmp_path) -> Path:
    path = tmp_path / "test.jsonl"
    path.write_text(json.dumps(SENTENCE) + "\n")
    return path


def test_crossner_keeps_per_org_loc_and_drops_misc(tmp_path):
    _, tags = news_ner.read_crossner(_crossner(tmp_path))[0]
    assert tags[:4] == ["B-PER", "O", "B-ORG", "I-ORG"]
    # a long MISC span (an election) is left unannotated: UNER would tag the names inside it
    assert tags[6:10] == [None, None, None, None]
    # a one-word MISC span (a nationality word) is outside any entity, as in Universal NER
    assert tags[13] == "O"


def test_crossner_docs_have_entities_missing_spans_and_no_parse(tmp_path):
    doc = news_ner.sentences_to_docs(news_ner.read_crossner(_crossner(tmp_path)), spacy.blank("en").vocab)[0]
    assert [(e.text, e.label_) for e in doc.ents] == [("Putin", "PER"), ("United Russia", "ORG"), ("Russia", "LOC")]
    assert [t.ent_iob_ for t in doc[6:10]] == ["", "", "", ""]
    assert doc.text.startswith("Putin's United Russia")
    assert not doc.has_annotation("DEP")


def test_cased_copies_keep_the_entities_of_title_and_upper_case_sentences():
    vocab = spacy.blank("en").vocab
    gold = news_ner.sentences_to_docs([(["the", "army", "of", "Mali", "said"], ["O", "O", "O", "B-LOC", "O"])] * 40,
                                      vocab, per_doc=1)
    copies = news_ner.cased_copies(gold, vocab, fraction=0.5)
    sents = [s for d in copies for s in d.sents]
    # small words stay lower-case in the title-case copy (the first one too)
    assert {s.text.strip() for s in sents} == {"the Army of Mali Said", "THE ARMY OF MALI SAID"}
    assert all([(e.text.lower(), e.label_) for e in s.ents] == [("mali", "LOC")] for s in sents)


def test_dateline_copies_tag_the_city_and_the_agency():
    vocab = spacy.blank("en").vocab
    gold = news_ner.sentences_to_docs([(["Troops", "left", "."], ["O", "O", "O"])] * 200, vocab, per_doc=1)
    copies = news_ner.dateline_copies(gold, ["Kabul"], vocab, fraction=1.0)
    ents = {(e.text, e.label_) for d in copies for e in d.ents}
    assert ("KABUL", "LOC") in ents and ("Reuters", "ORG") in ents
    assert any(d.text.startswith("KABUL 1") or d.text.startswith("KABUL 2") for d in copies)  # "KABUL 1996-12-06"
    assert all(d.text.endswith("Troops left.") for d in copies)


def test_resumed_lemmatizer_gets_its_tree_to_label_index_back():
    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("trainable_lemmatizer", config={"min_tree_freq": 1})
    from spacy.training import Example

    examples = [Example.from_dict(nlp.make_doc("walked talked"), {"lemmas": ["walk", "talk"]})]
    nlp.initialize(lambda: examples)
    index = dict(lemmatizer.tree2label)
    reloaded = spacy.blank("en")
    reloaded.add_pipe("trainable_lemmatizer", config={"min_tree_freq": 1}).from_bytes(lemmatizer.to_bytes())
    assert reloaded.get_pipe("trainable_lemmatizer").tree2label == {}  # what spaCy 3.8 leaves after loading
    resume.make_resume_fixes()(reloaded)
    assert reloaded.get_pipe("trainable_lemmatizer").tree2label == index


def test_organisation_copies_swap_only_the_organisations_and_keep_missing_spans_missing():
    import augment
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    gold = Doc(vocab, words=["Acme", "Corp", "hired", "Ann", "Lee", "in", "the", "2016", "election"],
               ents=["B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O", "O", None, None],
               sent_starts=[True] + [False] * 8)
    docs = augment.org_copies([gold], ["Save the Children", "Xinhua"], vocab, seed=0, copies=2)
    sents = list(docs[0].sents)
    assert len(sents) == 2
    for sent in sents:
        found = [(e.text, e.label_) for e in sent.ents]
        assert found[0][0] in ("Save the Children", "Xinhua") and found[0][1] == "ORG"
        assert found[1] == ("Ann Lee", "PER")                     # other entities keep name and label
        assert [t.ent_iob_ for t in sent[-2:]] == ["", ""]        # missing stays missing


def test_organisation_pool_holds_companies_and_no_crossner_parties():
    import augment

    pool = set(augment.organisation_pool())
    assert set(augment.name_pools()["ORG"]) < pool
    assert "Aaon Inc" in pool                                     # a company of the Phoenix dictionary
    assert "Agrarian Party" not in pool       # parties_dictionary.tsv is drawn from CrossNER, test split included
    assert not any("$" in n for n in pool)    # "A.H. BELO CORPORATION Newspapers/Magazines $137,000,000"


def test_places_as_places_relabels_gold_organisations_that_are_place_names():
    import eval_nlp
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=["Russia", "and", "Uber", "said"], ents=["B-ORG", "O", "B-ORG", "O"])
    out = eval_nlp.places_as_places([doc], {"Russia"})
    assert [(e.text, e.label_) for e in out[0].ents] == [("Russia", "LOC"), ("Uber", "ORG")]
