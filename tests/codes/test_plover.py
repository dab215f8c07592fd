"""The project's CAMEO -> PLOVER table against ../shared/data/plover/CAMEO2PLOVER-2021.txt."""

from __future__ import annotations

import csv
import re

import pytest

from flashpoint.codes.cameo import all_codes
from flashpoint.codes.plover import PLOVER_TYPES, cameo_roots_for, plover_for, plover_table
from flashpoint.errors import UnknownCodeError
from flashpoint.records import Plover

# Rows where the published table puts a context, not a mode, in the mode column.
MODE_COLUMN_SLIPS = {"175"}
# Rows where the project follows the current PLOVER codebook (NGEC's structured codebook) over the 2021
# conversion: sanctions and embargoes curtail exchanges (SANCTION), they do not restrict rights (COERCE).
CODEBOOK_ROWS = {"163": ("SANCTION", "discontinue")}


@pytest.fixture(scope="module")
def reference_rows(shared_dir):
    rows = []
    for line in (shared_dir / "data" / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([^#]*)", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        rows.append((m.group(1), parts[0], (parts[1] if len(parts) > 1 else "") or None))
    return rows


def test_every_published_row_maps_to_the_same_type_and_mode(reference_rows):
    assert len(reference_rows) > 250
    by_code: dict[str, list[tuple[str, str | None]]] = {}
    for code, ptype, mode in reference_rows:
        by_code.setdefault(code, []).append((ptype, mode))
    for code, options in by_code.items():  # "08" appears twice (CONCEDE, RETREAT): either is right
        got = plover_for(code)
        if code in CODEBOOK_ROWS:
            assert (got.type, got.mode) == CODEBOOK_ROWS[code] and (got.type, got.mode) not in options, code
        elif code in MODE_COLUMN_SLIPS:
            assert got.type in {t for t, _ in options}, code
        else:
            assert (got.type, got.mode) in options, code


def test_every_cameo_code_has_a_mapping_and_only_statements_lack_a_type():
    for code in all_codes():
        p = plover_for(code)
        assert isinstance(p, Plover)
        if code.startswith("01"):
            assert p.type is None
        else:
            assert p.type in PLOVER_TYPES, code


def test_codes_the_table_lacks_take_the_parents_row():
    assert "0415" not in plover_table()
    assert plover_for("0415") == plover_for("041") == Plover("CONSULT", "phone")
    assert plover_for("016") == plover_for("01")


def test_appeals_are_requests_like_the_matching_demands():
    assert plover_for("0256") == Plover("REQUEST", "yield") == plover_for("1056")
    assert plover_for("026").type == "REQUEST"


def test_later_cameo_additions_use_the_plover_mode_that_names_them():
    assert plover_for("1952") == Plover("ASSAULT", "drone")
    assert plover_for("176") == Plover("COERCE", "cyber")


def test_cameo_roots_for_a_plover_type():
    assert cameo_roots_for("ACCUSE") == ["09", "11"]
    assert "19" in cameo_roots_for("COERCE") and "19" in cameo_roots_for("ASSAULT")


def test_non_codes_raise():
    for bad in ("x1", "", "99"):
        with pytest.raises(UnknownCodeError):
            plover_for(bad)


def test_rows_that_follow_the_current_codebook_name_one_of_its_event_modes(shared_dir):
    path = shared_dir / "data" / "plover" / "ngec_PLOVER_structured_codebook_updated.csv"
    with path.open(encoding="utf-8") as fh:
        pairs = {(r["event"].strip(), r["mode"].strip()) for r in csv.DictReader(fh)}
    for code, pair in CODEBOOK_ROWS.items():
        assert pair in pairs and plover_for(code) == Plover(*pair), code
