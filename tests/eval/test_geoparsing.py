"""The geoparsing scorer: which gold toponyms count, how places are matched, and the fixed split."""

from __future__ import annotations

from dataclasses import replace

from flashpoint.eval.geoparsing import Score, km, score_doc
from flashpoint.eval.split import document_half
from flashpoint.records import Evidence, Place


def place(text, start, name, lat, lon, feature="city"):
    end = start + len(name)
    return Place(id=f"p{start}", article="a", name=name, country="X", admin1=None, lat=lat, lon=lon, geonames_id=None,
                 feature=feature, sentence=0, evidence=Evidence(start, end, text[start:end]))


def test_the_split_is_fixed_by_the_document_id_and_halves_the_documents():
    ids = [f"doc-{i}" for i in range(1000)]
    assert [document_half(i) for i in ids] == [document_half(i) for i in ids]
    assert 400 < sum(document_half(i) == "tune" for i in ids) < 600


def test_recall_precision_distance_and_area_errors():
    text = "Troops left Paris for Texas. Russian diplomats met."
    doc = {"id": "d", "text": text, "toponyms": [
        {"start": 12, "end": 17, "name": "Paris", "lat": 48.85, "lon": 2.35},
        {"start": 22, "end": 27, "name": "Texas", "lat": 31.25, "lon": -99.25},
        {"start": 29, "end": 36, "name": "Russian", "type": "Non_Literal_Modifier", "modifier": "Adjective",
         "group": "associative", "lat": None, "lon": None}]}
    s = Score()
    score_doc(s, doc, [place(text, 12, "Paris", 48.86, 2.34),
                       place(text, 22, "Texas", 29.76, -95.36, feature="region"),    # on Houston
                       place(text, 29, "Russian", 60.0, 100.0),                      # an adjective: not asked, not wrong
                       place(text, 37, "diplomats", 0.0, 0.0)])                      # not a toponym at all
    assert (s.gold, s.found, s.recall) == (2, 2, 1.0)
    assert (s.right_span, s.predicted) == (3, 4)
    assert (s.near, s.with_point, s.area_far) == (1, 2, 1)


def test_distances_are_great_circle_kilometres():
    assert abs(km(0, 0, 0, 1) - 111.2) < 0.1


def test_an_area_far_from_the_gold_point_is_read_twice_the_gold_area_elsewhere_and_names_inside_longer_ones():
    """The gold's point for an area is GeoNames' (Japan on Tokyo); a record of that same area on its own
    representative point, or of a region named inside a longer gold name, is far from the gold point but
    no other place."""
    text = "Japan, Florida Atlantic University and North West."
    doc = {"id": "d", "text": text, "toponyms": [
        {"start": 0, "end": 5, "name": "Japan", "lat": 35.69, "lon": 139.75, "geonames_id": 1861060},
        {"start": 7, "end": 34, "name": "Florida Atlantic University", "lat": 26.37, "lon": -80.1},
        {"start": 39, "end": 49, "name": "North West", "lat": -26.5, "lon": 26.0, "geonames_id": 1085598}]}
    japan = replace(place(text, 0, "Japan", 36.0, 138.0, feature="country"), geonames_id=1861060)
    s = Score()
    score_doc(s, doc, [japan, place(text, 7, "Florida", 28.6, -82.4, feature="region"),
                       place(text, 39, "North West", 8.77, -12.79, feature="region")])     # Sierra Leone's
    assert (s.area_far, s.area_same, s.area_inside, s.area_wrong) == (3, 1, 1, 1)
    assert "1 another place" in s.line()
    # and each far record in the verbose list says which reading it is
    assert [line.split("[")[1].split("]")[0] for line in s.far] == [
        "the gold's area on another point", "inside a longer gold name", "another place"]


def test_the_line_gives_the_far_areas_as_a_count_and_a_share_of_the_areas_placed():
    text = "Texas and Ohio."
    doc = {"id": "d", "text": text, "toponyms": [
        {"start": 0, "end": 5, "name": "Texas", "lat": 31.25, "lon": -99.25},
        {"start": 10, "end": 14, "name": "Ohio", "lat": 40.25, "lon": -83.0}]}
    s = Score()
    score_doc(s, doc, [place(text, 0, "Texas", 29.76, -95.36, feature="region"),     # on Houston: 440 km off
                       place(text, 10, "Ohio", 40.3, -82.8, feature="region")])
    assert (s.areas, s.area_far) == (2, 1)
    assert "country/region > 161 km: 1/2 (50.0%) from the gold point" in s.line()


def test_a_group_of_countries_on_another_point_than_geonames_is_a_convention_not_another_place():
    """GeoNames puts the Middle East on the Golan Heights; the gazetteer puts the group on the mean of its
    countries' points. A record of such a group (no country of its own) for a gold id that is no town,
    country or region the gazetteer knows is told apart from a wrong place."""
    text = "the Middle East"
    doc = {"id": "d", "text": text, "toponyms": [
        {"start": 4, "end": 15, "name": "Middle East", "lat": 33.14, "lon": 35.86, "geonames_id": 6269133}]}
    group = replace(place(text, 4, "Middle East", 31.09, 42.87, feature="region"), country=None)
    s = Score()
    score_doc(s, doc, [group])
    assert (s.area_far, s.area_group, s.area_wrong) == (1, 1, 0)
    assert "a group of countries 1" in s.line()


def test_a_word_a_continent_and_a_country_share_is_a_reading_not_another_place():
    """"Driving coast to coast across America": the gold reads the continent (North America, GeoNames 6255149),
    the record the United States; far apart as points, but one word read two ways."""
    text = "coast to coast across America"
    doc = {"id": "d", "text": text, "toponyms": [
        {"start": 22, "end": 29, "name": "America", "lat": 46.07, "lon": -100.55, "geonames_id": 6255149}]}
    us = replace(place(text, 22, "United States", 39.76, -98.5, feature="country"), country="USA")
    s = Score()
    score_doc(s, doc, [us])
    assert (s.area_far, s.area_continent, s.area_wrong) == (1, 1, 0)
    assert "a continent's word read as a country 1" in s.line()
