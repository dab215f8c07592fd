"""One PETRARCH reader (codes/petrarch/): the knowledge base's import (`flashpoint actors import`) and the
evaluation's recogniser read each validation dictionary through it and find the same codes."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.codes.petrarch import (parse_code, parse_date, plural, read_actor_dictionaries, read_actor_records,
                                       read_dictionary, strip_comments)
from flashpoint.kb.builtin import regular_plurals
from flashpoint.kb.petrarch import load_petrarch_actors, load_petrarch_agents


@pytest.fixture(scope="module")
def dictionaries(shared_dir):
    return shared_dir / "data" / "petrarch-validation" / "dictionaries"


def days_of(path) -> list[date]:
    """Every date a restriction of the file names, and the days either side of it."""
    days = {date(1980, 1, 1), date(2000, 1, 1), date(2020, 1, 1)}
    for rec in read_actor_records(read_dictionary(path, "actors")):
        for dc in rec.codes:
            for d in (dc.start, dc.end):
                if d is not None:
                    days |= {d, date.fromordinal(d.toordinal() - 1), date.fromordinal(d.toordinal() + 1)}
    return sorted(days)


def test_the_kb_import_and_the_recogniser_give_each_actor_the_same_code_on_every_day(dictionaries):
    path = dictionaries / "PETR.Validate.actors.txt"
    kb_entries = load_petrarch_actors(path)
    recogniser = read_actor_dictionaries([path])
    assert len(kb_entries) == len(recogniser.entries) > 100
    for day in days_of(path):
        by_kb: dict[str, str | None] = {}
        for e in kb_entries:
            for name in e.names:
                by_kb.setdefault(name, e.code_at(day))
        by_recogniser: dict[str, str | None] = {}
        for e in recogniser.entries:
            for phrase in e.phrases:
                by_recogniser.setdefault(" ".join(phrase.words), e.code_on(day))
        assert by_kb == by_recogniser, day


def test_the_kb_import_and_the_recogniser_read_the_same_agents(dictionaries):
    path = dictionaries / "PETR.Validate.agents.txt"
    by_kb = {a.phrase: (a.role, a.prefix) for a in load_petrarch_agents(path)}
    by_recogniser: dict[str, tuple] = {}
    for a in read_actor_dictionaries([], [path]).agents:
        by_recogniser.setdefault(" ".join(a.phrase.words).lower(), (a.code or None, a.prefix))
    assert len(by_kb) > 100 and by_kb == by_recogniser


@pytest.mark.parametrize("name", ["actors", "agents", "discards", "verbs"])
def test_every_validation_dictionary_reads(dictionaries, name):
    lines = strip_comments(read_dictionary(dictionaries / f"PETR.Validate.{name}.txt", name))
    assert sum(1 for line in lines if line.strip()) > 5


def test_a_bracketed_null_code_survives_the_comments():
    assert strip_comments("FOO_ [###]  # a comment") == ["FOO_ [###]"]
    assert parse_code("###").code is None and parse_code("AFGGOV >011222").start == parse_date("20011222")


@pytest.mark.parametrize("word, expected", [("POLICEMAN", "POLICEMEN"), ("policeman", "policemen"),
                                            ("CHURCH", "CHURCHES"), ("army", "armies"), ("TROOP", "TROOPS")])
def test_one_plural_rule_in_either_case(word, expected):
    assert plural(word) == expected
    assert regular_plurals(f"riot {word}") == [f"riot {expected}"]
