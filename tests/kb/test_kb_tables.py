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
