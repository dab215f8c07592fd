"""GDELT export geography: ADM1 codes as GDELT writes them (FIPS country + GeoNames admin1 code)."""

from __future__ import annotations

from flashpoint.export.gdelt import adm1_code


def test_a_town_takes_the_adm1_of_its_geonames_record():
    assert adm1_code({"country": "UKR", "admin1": "Kharkiv", "geonames_id": 706483, "feature": "city"}) == "UP07"


def test_a_place_without_a_geonames_id_takes_the_adm1_of_its_region_by_name():
    assert adm1_code({"country": "GBR", "admin1": "England", "geonames_id": None, "feature": "site"}) == "UKENG"


def test_a_country_is_its_fips_code_alone():
    assert adm1_code({"country": "UKR", "admin1": None, "geonames_id": None, "feature": "country"}) == "UP"
