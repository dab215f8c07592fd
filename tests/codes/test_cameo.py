"""The project's CAMEO table against the reference copy in ../shared/data/cameo/cameo_codes.tsv."""

from __future__ import annotations

import csv

import pytest

from flashpoint.codes.cameo import (ROOT_CLASSES, all_codes, base_of, event_code, is_valid_code, nearest_known,
                                    pentaclass, quadclass, root_of)
from flashpoint.errors import FlashpointError, UnknownCodeError


@pytest.fixture(scope="module")
def reference(shared_dir):
    with open(shared_dir / "data" / "cameo" / "cameo_codes.tsv", encoding="utf-8") as f:
        return {row["code"]: row for row in csv.DictReader(f, delimiter="\t")}


def test_table_has_exactly_the_reference_code_set(reference):
    assert set(all_codes()) == set(reference)
    assert len(all_codes()) == len(set(all_codes())) == 316


def test_goldstein_values_equal_the_published_ones(reference):
    for code, row in reference.items():
        if row["goldstein"]:
            assert event_code(code).goldstein == float(row["goldstein"]), code


def test_codes_gdelt_never_weighted_inherit_their_parents_weight(reference):
    unweighted = [c for c, row in reference.items() if not row["goldstein"]]
    assert sorted(unweighted) == ["155", "176", "1834", "1951", "1952"]
    for code in unweighted:
        ev = event_code(code)
        assert ev.weight_from == "inherited"
        assert ev.goldstein == event_code("154" if code == "155" else code[:-1]).goldstein


def test_quadclass_and_root_agree_with_the_reference(reference):
    for code, row in reference.items():
        ev = event_code(code)
        assert ev.quadclass == int(row["quadclass"]), code
        assert ev.root == row["root"] == root_of(code)


def test_quadclass_follows_gdelt_root_ranges():
    assert [quadclass(r) for r in ("01", "05", "06", "09", "10", "14", "15", "20")] == [1, 1, 2, 2, 3, 3, 4, 4]


def test_pentaclass_separates_statements_and_puts_investigation_with_verbal_conflict():
    assert [pentaclass(c) for c in ("010", "020", "036", "057", "061", "0874", "090", "1384", "141", "193")] == \
        [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]


def test_one_table_holds_both_classes_and_they_part_only_where_the_schemes_do(reference):
    # QuadClass is the reference's (GDELT's) column; PentaClass follows it except where Phoenix chose
    # otherwise: statements (01-02) apart, investigation (09) a verbal conflict, protest (14) a material one
    assert sorted(ROOT_CLASSES) == [f"{n:02d}" for n in range(1, 21)]
    for root, (quad, penta) in ROOT_CLASSES.items():
        assert quad == int(reference[root]["quadclass"]), root
    parted = {root: classes for root, classes in ROOT_CLASSES.items()
              if classes[1] != classes[0]}  # the classes 1-4 carry the same names in both
    assert parted == {"01": (1, 0), "02": (1, 0), "09": (2, 3), "14": (3, 4)}


def test_names_are_the_cameo_names():
    assert event_code("041").name == "Discuss by telephone"
    assert event_code("1823").name == "Kill by physical assault"
    assert event_code("19").name == "FIGHT"


def test_unknown_codes_raise_a_coded_flashpoint_error():
    for bad in ("21", "0999", "", "abc", "04111"):
        with pytest.raises(UnknownCodeError) as exc:
            event_code(bad)
        assert isinstance(exc.value, FlashpointError)
        assert exc.value.code == "E401"
        assert not is_valid_code(bad)


def test_integer_codes_are_refused_because_they_lost_the_leading_zero():
    with pytest.raises(UnknownCodeError):
        event_code(41)  # type: ignore[arg-type]
    assert not is_valid_code(41)


def test_base_code_and_nearest_known_ancestor():
    assert base_of("1823") == "182" and base_of("182") == "182" and base_of("18") == "18"
    assert nearest_known("0415") == "041"
    assert nearest_known("1823") == "1823"
    with pytest.raises(UnknownCodeError):
        nearest_known("2201")
