"""The PETRARCH/TABARI dictionary importer, on the Phoenix dictionaries and PETRARCH's validation suite."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.kb import KnowledgeBase, load_petrarch_actors, load_petrarch_agents
from flashpoint.codes.petrarch import parse_code, parse_date

D = dt.date


@pytest.fixture(scope="module")
def validation(shared_dir):
    d = shared_dir / "data" / "petrarch-validation" / "dictionaries"
    return load_petrarch_actors(d / "PETR.Validate.actors.txt"), load_petrarch_agents(d / "PETR.Validate.agents.txt")


def by_name(entries, name):
    return next(e for e in entries if name in e.names)


def test_dates_are_yymmdd_or_yyyymmdd_with_tabari_century_rule():
    assert parse_date("011222") == D(2001, 12, 22)
    assert parse_date("320101") == D(1932, 1, 1)
    assert parse_date("19950601") == D(1995, 6, 1)


def test_code_brackets_before_after_between_and_null():
    assert parse_code("AFGGOV >011222") .start == D(2001, 12, 22)
    assert parse_code("HOB < 950601").end == D(1995, 6, 1)
    c = parse_code("USAGOV 450703-470121")
    assert (c.code, c.start, c.end) == ("USAGOV", D(1945, 7, 3), D(1947, 1, 21))
    assert parse_code("---").code is None


def test_date_restrictions_are_tried_in_file_order_then_the_default(validation):
    actors, _ = validation
    sam = by_name(actors, "SAM GAMGEE")
    assert sam.code_at(D(2007, 1, 1)) == "HOBCIV"
    assert sam.code_at(D(2010, 1, 10)) == "ORCHOB"      # listed before the HOBMIL span that also covers it
    assert sam.code_at(D(2011, 1, 1)) == "HOBMIL"
    assert sam.code_at(D(2014, 1, 1)) == "HOBELI"
    gollum = by_name(actors, "GOLLUM")
    assert {"SMEAGOL", "STINKER"} <= set(gollum.names)  # + synonyms
    assert gollum.code_at(D(1997, 1, 1)) == "HOBGOV"


def test_default_code_when_no_restriction_covers_the_day(validation):
    actors, _ = validation
    hamfast = by_name(actors, "HAMFAST GAMGEE")
    assert hamfast.code_at(D(2000, 1, 1)) == "HOB"
    assert hamfast.code_at(D(2012, 12, 1)) == "HOBGOV"


def test_synonyms_comments_and_null_codes(validation):
    actors, _ = validation
    un = by_name(actors, "UNITED NATIONS")
    assert {"U.N.", "SECURITY COUNCIL", "UN"} <= set(un.names) and un.code == "UNO"
    assert by_name(actors, "DENMARK").names == ("DENMARK", "DANISH", "ZEALAND")
    assert by_name(actors, "BOROMIR").code is None               # [---]
    assert not [e for e in actors if "NASGUL" in e.names]        # commented out with '#'
    dol = by_name(actors, "PRINCE OF DOL AMROTH")
    assert dol.code_at(D(1990, 1, 1)) is None and dol.code_at(D(2000, 1, 1)) == "DOL"
    assert "PRINCE OF DOL AMROTH" in dol.extra["gapped"]         # words may come in between in PETRARCH


def test_phoenix_country_actors_with_codeless_records_and_inline_codes(shared_dir):
    d = shared_dir / "data" / "phoenix-dictionaries"
    countries = load_petrarch_actors(d / "Phoenix.Countries.actors.txt")
    assert len(countries) > 15000
    afg = by_name(countries, "AFGHANISTAN")
    assert afg.code == "AFG" and "KABUL" in afg.names
    karzai = by_name(countries, "HAMID KARZAI")
    assert karzai.code_at(D(2005, 1, 1)) == "AFGGOV" and karzai.code_at(D(1980, 1, 1)) == "AFGELI"
    kremlin = by_name(countries, "KREMLIN")        # primary without code: takes the tab-indented code below
    assert kremlin.code == "RUSGOV" and "RUSSIAN WHITE HOUSE" in kremlin.names
    intl = load_petrarch_actors(d / "Phoenix.International.actors.txt")
    cuellar = by_name(intl, "JAVIER DE CUELLAR")   # several codes inline on the phrase's line
    assert cuellar.code_at(D(1985, 1, 1)) == "IGOUNO" and cuellar.code_at(D(1995, 1, 1)) == "ELI"
    nato = by_name(intl, "NATO")
    assert nato.code == "IGOWSTNAT" and "NORTH ATLANTIC TREATY ORGANIZATION" in nato.names
    assert len(load_petrarch_actors(d / "Phoenix.MilNonState.actors.txt")) > 900


def test_agents_plurals_substitution_sets_and_prefix_codes(validation, shared_dir):
    _, agents = validation
    forms = {a.phrase: a for a in agents}
    assert forms["congress"].role == "LEG" and "congresses" in forms           # regular plural
    assert {"congressman", "congresswomen", "congressperson"} <= set(forms)    # !PERSON! set
    assert "ministry of silly walks" in forms                                  # !MINST! set
    assert "golden geese" in forms and "golden gooses" not in forms            # irregular plural given in {}
    assert "troopss" not in forms and "police" in forms and "polices" not in forms   # {} forbids a plural
    assert forms["human rights body"].prefix and forms["human rights body"].role == "NGO"   # NGO~
    phoenix = load_petrarch_agents(shared_dir / "data" / "phoenix-dictionaries" / "Phoenix.agents.txt")
    p = {a.phrase: a for a in phoenix}
    assert p["troop"].role == "MIL" and p["farmers"].role == "AGR" and p["cattlemen"].role == "AGR"


def test_a_knowledge_base_from_dictionaries_only(shared_dir):
    d = shared_dir / "data" / "petrarch-validation" / "dictionaries"
    kb = KnowledgeBase.from_petrarch(actors=[d / "PETR.Validate.actors.txt"], agents=[d / "PETR.Validate.agents.txt"])
    assert not [e for e in kb.entries.values() if e.source == "builtin"]
    assert kb.lookup("Gondor")[0][1] == "GON"
    assert kb.lookup("Minas Tirith")[0][1] == "GON"
    assert kb.agent("soldiers").role == "MIL"
    hits = kb.matcher.find("Soldiers from Gondor met the ARNOR envoy.")
    assert {h.surfaces[0].target for h in hits} >= {"agent:soldiers"}


def test_imported_entries_extend_and_replace_the_built_in_ones(shared_dir):
    d = shared_dir / "data" / "petrarch-validation" / "dictionaries"
    kb = KnowledgeBase.from_petrarch(actors=[d / "PETR.Validate.actors.txt"], include_builtin=True)
    # the validation file codes Egypt UAR and Japan JAP: the imported code wins for those names
    assert {c for _, c in kb.lookup("Egypt")} == {"UAR"}
    assert kb.lookup("Gondor")[0][1] == "GON"              # extended
    assert kb.lookup("Vladimir Putin")[0][0].source == "builtin"   # untouched
