"""Organisations, regions, institutions and agents: their codes use CAMEO's code lists (../shared)."""

from __future__ import annotations

import csv

from flashpoint.kb.builtin import builtin_agents, institution_entries, organisation_entries, region_entries
from flashpoint.kb.knowledge_base import KnowledgeBase
from flashpoint.codes.agents import ROLE_CODES


def _tsv(path):
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_agent_roles_are_cameo_role_codes(shared_dir):
    cameo = {r["code"] for r in _tsv(shared_dir / "data" / "cameo" / "cameo_agents.tsv")}
    bad = sorted({a.role for a in builtin_agents() if a.role not in cameo})
    assert bad == []


def test_regions_are_cameos_regions(shared_dir):
    cameo = {r["code"]: r["name"] for r in _tsv(shared_dir / "data" / "cameo" / "cameo_regions.tsv")}
    ours = {e.code for e in region_entries()}
    assert set(cameo) <= ours
    assert ours - set(cameo) <= {"INT"}          # the international community (CAMEO Table 3.2)


# group codes the project adds where CAMEO's known-group list has none (organisations founded or grown later)
PROJECT_GROUP_CODES = {"EAC", "CST", "SCO", "G20", "BRC", "ISI", "JNM"}


def test_organisation_codes_are_built_from_cameo_chunks(shared_dir):
    agents = {r["code"] for r in _tsv(shared_dir / "data" / "cameo" / "cameo_agents.tsv")}
    regions = {r["code"] for r in _tsv(shared_dir / "data" / "cameo" / "cameo_regions.tsv")}
    groups = {line.split("\t")[0] for line in (shared_dir / "data" / "cameo" / "gdelt_lookups" /
                                               "CAMEO.knowngroup.txt").read_text(encoding="utf-8").splitlines()[1:]}
    countries = KnowledgeBase.builtin().country_codes
    for e in organisation_entries():
        code = e.code
        chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
        for c in chunks:
            assert c in agents | regions | groups | countries | ROLE_CODES | {"IGO", "IMG", "NGO", "NGM"} | PROJECT_GROUP_CODES, \
                (e.name, code, c)


def test_the_main_organisations_have_their_cameo_codes():
    kb = KnowledgeBase.builtin()
    assert kb.lookup("NATO")[0][1] == "IGOWSTNAT"
    assert kb.lookup("European Union")[0][1] == "IGOEUREEC"
    assert kb.lookup("European Commission")[0][1] == "IGOEUREEC"
    assert kb.lookup("United Nations")[0][1] == "IGOUNO"
    assert kb.lookup("UNHCR")[0][1].startswith("IGOUNO")
    assert kb.lookup("OSCE")[0][1] == "IGOEURSCE"
    assert kb.lookup("African Union")[0][1] == "IGOAFROAU"
    assert kb.lookup("ASEAN")[0][1] == "IGOSEAASN"
    assert kb.lookup("the West")[0][1] == "WST"


def test_an_armed_groups_plural_name_is_also_read_in_the_singular_of_one_member():
    # "a Tamil Tiger", "Tamil Tiger guerrillas": the group; a name not headed by its last word is left alone
    kb = KnowledgeBase.builtin()
    assert kb.lookup("Tamil Tiger")[0][1] == "LKAREB"
    assert not kb.lookup("Africa Corp")


def test_institutions_carry_country_and_role():
    codes = {e.name: e.code for e in institution_entries()}
    assert codes["Kremlin"] == "RUSGOV" and codes["Verkhovna Rada"] == "UKRLEG" and codes["Pentagon"] == "USAMIL"


def test_agents_give_roles_and_regular_plurals():
    kb = KnowledgeBase.builtin()
    assert kb.agent("troops").role == "MIL"
    assert kb.agent("spokesman").inherit and kb.agent("spokesmen").plural
    assert kb.agent("separatists").role == "REB"
    assert kb.agent("Foreign Ministry").role == "GOV"
    assert kb.agent("Ministry of Defense").role in ("GOV", "MIL")
    assert kb.agent("police").role == "COP" and kb.agent("news agency").role == "MED"
    assert kb.agent("court").role == "JUD" and kb.agent("opposition").role == "OPP"
    assert kb.agent("policemen") is not None and kb.agent("secretaries of state") is not None


def test_dated_organisation_codes_follow_the_date():
    import datetime

    kb = KnowledgeBase.builtin()
    taliban = kb.entries["org:taliban"]
    assert taliban.code_at(datetime.date(2019, 1, 1)) == "AFGREBTAL"
    assert taliban.code_at(datetime.date(2022, 1, 1)) == "AFGGOVTAL"


def test_the_agents_dictionary_table_is_what_the_script_builds_from_the_plover_agents(shared_dir):
    """agents_dictionary.tsv is generated, never hand-edited: rebuilding it from ../shared gives the same rows."""
    import importlib.util
    from pathlib import Path

    from flashpoint.kb.builtin import DATA_DIR, _rows

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_agents_table.py"
    spec = importlib.util.spec_from_file_location("build_agents_table", script)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    rebuilt = build.rows(shared_dir / build.SOURCE)
    shipped = [tuple(r[k] or "" for k in ("phrase", "role", "kind", "alone", "plural"))
               for r in _rows("agents_dictionary.tsv")]
    assert shipped == rebuilt
    assert (DATA_DIR / "agents_dictionary.tsv").read_text(encoding="utf-8").startswith("# Generated by")


def test_dictionary_agents_give_institutions_their_sector():
    """Embassies and treasuries are government, business leaders business, state media media: from the
    PLOVER agents dictionary, with the hand-written table winning where both hold a phrase."""
    kb = KnowledgeBase.builtin()
    assert kb.agents["embassy"].role == "GOV"
    assert kb.agents["business leaders"].role == "BUS"
    assert kb.agents["state media"].role == "MED"
    assert kb.agents["troops"].source == "builtin"


def test_the_organisations_dictionary_table_is_what_the_script_builds_from_phoenix(shared_dir):
    """organisations_dictionary.tsv is generated, never hand-edited: rebuilding it from ../shared gives the same
    rows, and no name in it is one the hand-written tables already hold."""
    import importlib.util
    from pathlib import Path

    from flashpoint.kb.builtin import _rows, dictionary_organisation_entries

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_organisations_table.py"
    spec = importlib.util.spec_from_file_location("build_organisations_table", script)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    rebuilt = build.rows(shared_dir / build.SOURCE)
    shipped = [tuple(r[k] or "" for k in ("id", "code", "kind", "sector", "name", "forms", "dated"))
               for r in _rows("organisations_dictionary.tsv")]
    assert shipped == rebuilt
    hand = {n.lower() for e in organisation_entries() + institution_entries() for n in e.names}
    assert not hand & {n.lower() for e in dictionary_organisation_entries() for n in e.names}


def test_a_development_bank_named_after_a_continent_is_an_igo_in_the_kb():
    kb = KnowledgeBase.builtin()
    e = next(e for e in kb.entries.values() if e.name == "African Development Bank")
    assert e.code.startswith("IGOAFR") and e.sector == "IGO"


def test_the_parties_dictionary_table_is_what_the_script_builds_from_crossner(shared_dir):
    """parties_dictionary.tsv is generated from the CrossNER politics corpus, never hand-edited: rebuilding it
    from ../shared gives the same rows; its names hold no country ("Australian Labor Party" -> "Labor Party")
    and none is a name the knowledge base already codes otherwise (Hezbollah stays an armed group)."""
    import importlib.util
    from pathlib import Path

    from flashpoint.kb.builtin import _rows, party_agents

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_parties_table.py"
    spec = importlib.util.spec_from_file_location("build_parties_table", script)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    english = build.english_words(shared_dir / build.ENGLISH)
    rebuilt = build.rows(shared_dir / build.SOURCE, english)
    shipped = [tuple(r[k] or "" for k in ("name", "forms", "seen")) for r in _rows("parties_dictionary.tsv")]
    assert shipped == rebuilt
    names = {a.written for a in party_agents()}
    assert {"Labour", "Labor Party", "Conservatives", "Liberal Democrats", "Democrats", "Republicans"} <= names
    assert not names & {"Australian Labor Party", "Hezbollah", "Alliance", "ACT"}
    assert all(a.role == "PTY" for a in party_agents())


def test_the_persons_dictionary_table_is_what_the_script_builds_from_phoenix(shared_dir):
    """persons_dictionary.tsv is generated, never hand-edited: rebuilding it from ../shared gives the same
    rows; a full name gives the country, a misspelling with the same first name too, a surname alone not."""
    import importlib.util
    from pathlib import Path

    from flashpoint.kb.builtin import _rows
    from flashpoint.kb.persons import dictionary_country

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_persons_table.py"
    spec = importlib.util.spec_from_file_location("build_persons_table", script)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    rebuilt = build.rows(shared_dir / build.SOURCE)
    assert [(r["name"], r["country"]) for r in _rows("persons_dictionary.tsv")] == rebuilt
    assert dictionary_country("Abdelaziz Bouteflika") == "DZA"
    assert dictionary_country("François Mitterand") == "FRA"
    assert dictionary_country("Bouteflika") is None


def test_a_listed_company_of_the_phoenix_dictionary_is_known_by_its_two_word_name():
    """"General Electric" (MNCUSA, with its market value in the dictionary) is a company, not a general."""
    kb = KnowledgeBase.builtin()
    found = [e for e in kb.entries.values() if "General Electric" in e.names]
    assert [e.code for e in found] == ["MNCUSA"]


def test_the_armed_groups_table_is_what_the_script_builds_from_phoenix(shared_dir):
    """armed_groups_dictionary.tsv is generated, never hand-edited: rebuilding it from ../shared gives the same
    rows, and no name in it is one the other tables already hold."""
    import importlib.util
    from pathlib import Path

    from flashpoint.kb.builtin import _rows, dictionary_armed_group_entries

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_armed_groups_table.py"
    spec = importlib.util.spec_from_file_location("build_armed_groups_table", script)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert [tuple(r[k] or "" for k in build.COLUMNS) for r in _rows("armed_groups_dictionary.tsv")] == \
        build.rows(shared_dir / build.SOURCE)
    others = {n.lower() for e in organisation_entries() + institution_entries() for n in e.names}
    assert not others & {n.lower() for e in dictionary_armed_group_entries() for n in e.names}


def test_an_armed_group_of_the_phoenix_dictionary_is_a_rebel_group_of_its_country():
    kb = KnowledgeBase.builtin()
    group = next(e for e in kb.entries.values() if e.name == "Abu Sayyaf Group")
    assert (group.code, group.country, group.sector) == ("PHLREB", "PHL", "REB")
    # a region's rebels have no country; the dictionary's coded members are no groups
    assert next(e for e in kb.entries.values() if e.name == "Oromo Liberation Front").country is None
    assert not any(e.name == "Abu Musab" for e in kb.entries.values())


def test_an_acronym_read_as_a_word_is_known_in_title_case_too():
    # house styles write FARC, AMISOM and UNHCR as words: "Farc rebels", "an Amisom convoy"
    kb = KnowledgeBase.builtin()
    found = {s.text: kb.entries[s.target].code for s in kb.surfaces if s.role == "name"}
    assert found.get("Farc") == "COLREB" and found.get("Amisom") == "IGOAFROAU"
    assert found.get("Unhcr", "").startswith("IGOUNO")
    # not where that form names a place: "Sana" (Yemen's capital) is no SANA, the Syrian news agency
    assert "Sana" not in found and found.get("SANA") == "SYRMED"
