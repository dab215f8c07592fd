"""The country table the project writes itself (kb/data/countries.tsv + country_names.tsv), checked
against the CAMEO country table in ../shared."""

from __future__ import annotations

import csv

from flashpoint.kb.builders import countries as build_countries
from flashpoint.kb.builtin import DATA_DIR, country_entries
from flashpoint.kb.knowledge_base import KnowledgeBase


def cameo_countries(shared_dir) -> list[dict]:
    with (shared_dir / "data" / "cameo" / "cameo_countries.tsv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_every_cameo_country_code_is_in_the_knowledge_base(shared_dir):
    ours = {e.code for e in country_entries()}
    # date-restricted CAMEO codes (the Yugoslav successors) are checked by their current code, `code`
    missing = [r["code"] for r in cameo_countries(shared_dir) if r["code"] and r["code"] not in ours]
    assert missing == []


def test_country_codes_agree_with_cameo_where_cameo_has_the_iso_code(shared_dir):
    by_iso = {e.extra["iso3"]: e.code for e in country_entries() if e.extra.get("iso3")}
    wrong = []
    for r in cameo_countries(shared_dir):
        iso = r["iso3166_alpha3"]
        if not r["code"] or iso in ("---", "") or "differs from iso" in r["notes"] or "not a valid ISO" in r["notes"]:
            continue
        if iso in by_iso and by_iso[iso] != r["code"]:
            wrong.append((iso, by_iso[iso], r["code"]))
    assert wrong == []


def test_cameo_exceptions_to_iso_are_kept():
    codes = {e.extra["iso3"]: e.code for e in country_entries()}
    assert codes["TLS"] == "TMP"          # Timor-Leste keeps its old code in CAMEO
    assert codes["PRI"] == "USAPRI"       # territories under their sovereign
    assert codes["RUS"] == "RUS" and codes["UKR"] == "UKR"
    assert any(e.code == "KSV" for e in country_entries())     # Kosovo, not in ISO 3166


def test_generated_country_table_is_reproducible_from_the_script():
    with (DATA_DIR / "countries.tsv").open(encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    committed = list(csv.DictReader(lines, delimiter="\t"))
    assert committed == [{k: v for k, v in r.items()} for r in build_countries.rows()]


def test_countries_have_demonyms_capitals_and_short_forms():
    kb = KnowledgeBase.builtin()
    assert kb.lookup("Russian")[0][1] == "RUS"
    assert kb.lookup("Ukrainians")[0][1] == "UKR"
    assert kb.lookup("Moscow")[0][1] == "RUS"
    assert kb.lookup("Kiev")[0][1] == "UKR" and kb.lookup("Kyiv")[0][1] == "UKR"
    assert kb.lookup("Britain")[0][1] == "GBR" and kb.lookup("U.S.")[0][1] == "USA"
    assert kb.lookup("the Kremlin")[0][1] == "RUSGOV"
    assert kb.lookup("White House")[0][1] == "USAGOV"
    assert kb.lookup("Pentagon")[0][1] == "USAMIL"
    assert kb.lookup("Beijing")[0][1] == "CHN"
    # an other name in -a gives its demonym as Kenya gives Kenyan: older names of the news archives
    assert kb.lookup("Kampuchean")[0][1] == "KHM" and kb.lookup("Rumanians")[0][1] == "ROU"
    # and the demonym of an older name not in -a: Zaire's (1971-1997) people and forces are the DRC's
    assert kb.lookup("Zairean")[0][1] == "COD" and kb.lookup("Zairians")[0][1] == "COD"


def test_the_people_of_a_country_are_named_in_the_plural_of_its_demonym_whatever_its_ending_or_length():
    # "South Africans protested", "Serbs and Croats", "New Zealanders marched": the plural is made on the last word
    kb = KnowledgeBase.builtin()
    for people, code in (("South Africans", "ZAF"), ("South Koreans", "KOR"), ("North Koreans", "PRK"),
                         ("Sri Lankans", "LKA"), ("New Zealanders", "NZL"), ("Serbs", "SRB"), ("Croats", "HRV"),
                         ("Kazakhs", "KAZ"), ("Filipinos", "PHL"), ("Icelanders", "ISL"), ("Saudi Arabians", "SAU")):
        assert kb.lookup(people)[0][1] == code, people
    # a demonym whose plural is itself gets no "-s" ("Britishs", "Welshs", "Chineses")
    assert not kb.lookup("Welshs") and not kb.lookup("Chineses")


def test_a_country_named_after_a_point_of_the_compass_keeps_its_headline_short_form():
    """Headlines and wires write "S.Africa", "N. Korea": the state, not the continent or an unknown name."""
    kb = KnowledgeBase.builtin()
    assert kb.lookup("S.Africa")[0][1] == "ZAF" and kb.lookup("S. Africa")[0][1] == "ZAF"
    assert kb.lookup("N.Korea")[0][1] == "PRK" and kb.lookup("S. Korea")[0][1] == "KOR"
    assert kb.lookup("Africa")[0][1] == "AFR"


def test_ambiguous_capitals_do_not_stand_for_their_state():
    kb = KnowledgeBase.builtin()
    assert not [e for e, _ in kb.lookup("Kingston") if e.kind == "country"]
    assert not [e for e, _ in kb.lookup("Victoria") if e.kind == "country"]
    assert not [e for e, _ in kb.lookup("Brussels") if e.kind == "country"]     # the EU's, not Belgium's
