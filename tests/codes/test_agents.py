"""One table of CAMEO agent codes (codes/agents.py), checked against ../shared's cameo_agents.tsv;
each reader's subset is a named part of it."""

from __future__ import annotations

import ast
import csv
from pathlib import Path

import pytest

from flashpoint.analyze.merge import role_level
from flashpoint.codes import agents


@pytest.fixture(scope="module")
def cameo_agents(shared_dir) -> dict[str, str]:
    with (shared_dir / "data" / "cameo" / "cameo_agents.tsv").open(encoding="utf-8") as f:
        return {r["code"]: r["class"] for r in csv.DictReader(f, delimiter="\t")}


def test_the_table_is_cameos_agent_list_with_its_classes(cameo_agents):
    assert agents.AGENT_CLASSES == cameo_agents


@pytest.mark.parametrize("name", ["TABLE_ROLES", "INTERNATIONAL_PREFIXES", "RELIGIONS", "ROLE_CODES",
                                  "COUNTRYLESS_ROLES", "INSTITUTIONAL_ROLES", "INSTITUTIONAL_PREFIXES",
                                  "TYPE_HEADS", "WHOLE_CODE_PREFIXES", "STATE_FORCES", "OFFICE_ROLES",
                                  "ARMED_ROLES", "PUBLIC_ROLES", "FACILITY_ROLES", "FORCE_ROLES", "SENSE_ROLES",
                                  "ATTACHED_ROLES"])
def test_every_named_subset_is_part_of_the_table(name):
    assert getattr(agents, name) <= set(agents.AGENT_CLASSES)


@pytest.mark.parametrize("name, size", [("TABLE_ROLES", 26), ("INTERNATIONAL_PREFIXES", 7), ("ROLE_CODES", 36),
                                        ("COUNTRYLESS_ROLES", 27), ("TYPE_HEADS", 44)])
def test_the_subsets_keep_the_sizes_their_readers_had(name, size):
    assert len(getattr(agents, name)) == size


def test_the_muslim_chunk_is_spelled_as_cameo_spells_it():
    assert "MUS" in agents.TYPE_HEADS and "MOS" not in agents.TYPE_HEADS
    assert role_level("MUSREB") == "MUS"


def test_no_other_module_writes_its_own_role_table():
    package = Path(agents.__file__).resolve().parents[1]
    owners = []
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id in {"ROLE_CODES", "ORG_PREFIXES", "INTERNATIONAL_PREFIXES"}
                    for t in node.targets):
                owners.append(str(path.relative_to(package)))
    assert owners == ["codes/agents.py", "codes/agents.py"]


def _role_literal(node: ast.AST) -> bool:
    """A literal collection of two or more agent codes: ("MIL", "GOV"), {"COP", "SPY"}, frozenset({...})."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("frozenset", "set", "tuple") and node.args:
        node = node.args[0]
    if not isinstance(node, (ast.Tuple, ast.List, ast.Set)) or len(node.elts) < 2:
        return False
    return all(isinstance(e, ast.Constant) and e.value in agents.AGENT_CLASSES for e in node.elts)


def test_named_sets_of_role_codes_live_in_the_agent_table_only():
    """A reader that needs its own subset of roles names it in codes/agents.py, beside the others, so the
    subsets can be compared (STATE_FORCES, ARMED_ROLES and FORCE_ROLES differ on purpose, and say why)."""
    package = Path(agents.__file__).resolve().parents[1]
    owners = []
    for path in package.rglob("*.py"):
        if path.parent.name == "codes":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and _role_literal(node.value):
                owners.append(f"{path.relative_to(package)}:{node.lineno}")
    assert owners == []
