"""Actor coding on flashpoint/eval/gold/actors_gold.jsonl: news-style sentences of the project's own, each with the
actor mentions it must yield (code for the sentence's date; canonical name and the rule family where given),
including machine-translated names with Finnish, German, Czech, Polish and Serbian case endings.

Runs the rules (blank tokenizer + sentencizer + fp_actors's recognizer), so it checks the knowledge base and
the recognizer, not the statistical model. An expected mention counts as right when a produced mention
overlapping its text has the expected code (and name, and rule prefix, when given).
"""

from __future__ import annotations

import datetime
import json

import pytest
import spacy

from flashpoint.eval import GOLD_DIR
from flashpoint.records import Article

GOLD = GOLD_DIR / "actors_gold.jsonl"


def score_gold(rows: list[dict]) -> tuple[int, int, list[str]]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    recognizer = spacy.blank("en").add_pipe("fp_actors")  # the packaged settings; run by hand below
    total = right = 0
    misses = []
    for row in rows:
        doc = nlp(row["text"])
        doc._.fp_article = Article(id=row["id"], title=None, published=datetime.date.fromisoformat(row["date"]),
                                   source=None, text=row["text"])
        mentions = recognizer.find(doc)
        for exp in row["expected"]:
            total += 1
            start = row["text"].index(exp["text"])
            end = start + len(exp["text"])
            over = [m for m in mentions if m.start_char < end and m.end_char > start]
            ok = [m for m in over if m.code == exp["code"]
                  and (exp.get("name") is None or m.name == exp["name"])
                  and (exp.get("rule_prefix") is None or m.rule.startswith(exp["rule_prefix"]))]
            if ok:
                right += 1
            else:
                got = [(m.text, m.code, m.name, m.rule) for m in over]
                misses.append(f"{row['id']} {exp['text']!r}: expected {exp['code']} {exp.get('name') or ''} "
                              f"{exp.get('rule_prefix') or ''}, got {got}")
    return right, total, misses


def test_gold_file_has_at_least_100_mentions_with_translated_forms():
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8") if line.strip()]
    expected = [e for r in rows for e in r["expected"]]
    assert len(expected) >= 100
    inflected = [e for e in expected if (e.get("rule_prefix") or "").startswith("kb:inflected")]
    assert len(inflected) >= 8
    for r in rows:
        for e in r["expected"]:
            assert e["text"] in r["text"], (r["id"], e["text"])


def test_actor_codes_on_the_gold_sentences_are_at_least_95_percent_right(capsys):
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8") if line.strip()]
    right, total, misses = score_gold(rows)
    share = right / total
    with capsys.disabled():
        print(f"\nactors gold: {right}/{total} mentions right ({share:.1%})")
        for m in misses:
            print("  miss:", m)
    assert share >= 0.95, "\n".join(misses)


if __name__ == "__main__":  # pragma: no cover
    r, t, ms = score_gold([json.loads(line) for line in GOLD.open(encoding="utf-8") if line.strip()])
    print("\n".join(ms))
    print(f"{r}/{t} = {r / t:.1%}")
    pytest.main([__file__])
