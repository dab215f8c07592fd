"""The packaged gazetteer: spellings, same-named places, regional forms and the names it must not trust."""

from __future__ import annotations

import pytest

from flashpoint.kb.gazetteer import DATA, SMALL_TOWN, Context, contains, gazetteer


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


def only(gaz, text, context=None):
    """The single hit in ``text``, resolved."""
    hits = gaz.scan(text)
    assert len(hits) == 1, [h.key for h in hits]
    return hits[0], gaz.resolve(hits[0], context)


def test_kiev_and_kyiv_are_one_city(gaz):
    kyiv = gaz.lookup("Kyiv", kind="city", country="UKR")[0]
    kiev = gaz.lookup("Kiev", kind="city", country="UKR")[0]
    assert kyiv.geonames_id == kiev.geonames_id == 703448


@pytest.mark.parametrize("old, new", [("Odessa", "Odesa"), ("Kharkov", "Kharkiv"), ("Zaporozhye", "Zaporizhzhia"),
                                      ("Hodeidah", "Al Hudaydah"), ("Sievierodonetsk", "Severodonetsk")])
def test_other_spellings_find_the_same_town(gaz, old, new):
    assert gaz.lookup(old, kind="city")[0].id == gaz.lookup(new, kind="city")[0].id


def test_donetsk_is_the_ukrainian_city_by_default(gaz):
    _, e = only(gaz, "Shelling hit Donetsk.")
    assert (e.country, e.admin1, e.kind) == ("UKR", "Donetsk", "city")


def test_donetsk_stays_ukrainian_when_the_story_names_only_russia(gaz):
    _, e = only(gaz, "Shelling hit Donetsk.", Context(countries={"RUS": 1.0}))
    assert e.country == "UKR"


def test_a_qualifier_picks_the_russian_donetsk(gaz):
    hit, e = only(gaz, "He lives in Donetsk, Russia, near the border.")
    assert e.country == "RUS" and e.admin1 == "Rostov"
    assert hit.qualifier is not None


def test_paris_is_in_france_unless_texas_is_in_the_story(gaz):
    _, e = only(gaz, "Talks opened in Paris.")
    assert e.country == "FRA"
    texas = gaz.lookup("Texas", kind="region")[0]
    _, e = only(gaz, "Talks opened in Paris.", Context(countries={"USA": 1.0}, admin1={texas.admin1_code}))
    assert (e.country, e.admin1) == ("USA", "Texas")
    _, e = only(gaz, "The festival in Paris, Texas, drew crowds.")
    assert e.country == "USA"


def test_the_countries_of_the_story_decide_between_towns_of_similar_size(gaz):
    _, e = only(gaz, "Gunmen clashed in Tripoli.")
    assert e.country == "LBY"
    _, e = only(gaz, "Gunmen clashed in Tripoli.", Context(countries={"LBN": 1.0}))
    assert e.country == "LBN"


@pytest.mark.parametrize("text, admin1", [("in the Donetsk region", "Donetsk"), ("in Donetsk Oblast", "Donetsk"),
                                          ("across Kherson oblast", "Kherson Oblast"),
                                          ("in Idlib province", "Idlib"), ("in Borno state", "Borno")])
def test_a_region_word_makes_the_name_a_region(gaz, text, admin1):
    hit, e = only(gaz, text)
    assert hit.suffix == "region" and e.kind == "region" and e.admin1 == admin1


def test_the_crimean_peninsula_is_crimea(gaz):
    _, e = only(gaz, "Ships left the Crimean peninsula.")
    assert (e.name, e.country, e.kind) == ("Crimea", "UKR", "region")


def test_eastern_ukraine_is_ukraine_with_a_direction(gaz):
    hit, e = only(gaz, "Fighting in eastern Ukraine went on.")
    assert e.kind == "country" and e.country == "UKR"
    assert hit.direction == "east" and "eastern Ukraine" == "Fighting in eastern Ukraine went on."[hit.start:hit.end]


def test_north_of_a_town_is_outside_it_and_the_north_of_a_country_inside(gaz):
    hit, _ = only(gaz, "troops massed north of Kyiv")
    assert hit.direction == "north of"
    hit, _ = only(gaz, "villages in the south of Ukraine")
    assert hit.direction == "south"


def test_a_plural_region_word_covers_every_listed_name(gaz):
    hits = gaz.scan("Voting was held in the Donetsk and Luhansk regions.")
    assert [h.suffix for h in hits] == ["region", "region"]
    assert {gaz.resolve(h).kind for h in hits} == {"region"}


@pytest.mark.parametrize("word", ["Most", "Sale", "Mobile", "David", "Man", "Reading", "Nice", "Police"])
def test_names_that_are_common_words_or_first_names_need_a_locative_cue(gaz, word):
    assert gaz.stop.get(word), word


def test_matching_is_case_sensitive_and_whole_word(gaz):
    assert gaz.scan("most people in kyiv") == []
    assert gaz.scan("Kyivan and Parisian") == []


@pytest.mark.parametrize("text", ["rain in the Gulf", "a club on the Gold Coast", "a town in the East Midlands"])
def test_longer_names_that_are_not_places_block_the_names_inside_them(gaz, text):
    assert all(gaz.resolve(h) is None for h in gaz.scan(text))


@pytest.mark.parametrize("text, name, kind", [("ships in the Red Sea", "Red Sea", "water"),
                                              ("storms over the Atlantic", "Atlantic Ocean", "water"),
                                              ("peace on the Korean Peninsula", "Korean Peninsula", "landform")])
def test_seas_and_landforms_are_places_of_their_own(gaz, text, name, kind):
    _, e = only(gaz, text)
    assert (e.name, e.kind, e.country) == (name, kind, "")


@pytest.mark.parametrize("text, name", [("Snow fell across Kent.", "Kent"), ("a farm in Co Meath", "Meath"),
                                        ("a court in County Down", "Down")])
def test_british_and_irish_counties_are_areas_before_american_towns(gaz, text, name):
    _, e = only(gaz, text)
    assert (e.name, e.kind, e.country) == (name, "area", "GBR" if name != "Meath" else "IRL")


def test_a_county_word_lifts_the_stop_of_a_name_that_is_also_a_word(gaz):
    (hit,) = gaz.scan("residents of Sale County")
    assert gaz.stop.get("Sale") and hit.stop is None and hit.suffix == "district"
    # a US county the gazetteer has is a key of its own
    (hit,) = gaz.scan("residents of Orange County")
    assert hit.key == "Orange County" and hit.stop is None and {e.kind for e in hit.entries()} == {"county"}


def test_new_mexico_does_not_yield_mexico(gaz):
    hit, e = only(gaz, "Fires spread in New Mexico.")
    assert e.kind == "region" and e.country == "USA"


def test_small_towns_need_their_country_in_the_story(gaz):
    hit, e = only(gaz, "Russian forces captured Vuhledar.")
    assert e is None
    _, e = only(gaz, "Russian forces captured Vuhledar.", Context(countries={"UKR": 1.0}))
    assert e.country == "UKR" and e.admin1 == "Donetsk"


def test_a_village_is_a_reading_only_where_the_story_names_its_state(gaz):
    """Villages of 1,000-5,000 people (English-speaking countries) need their state named by something
    else: Cassville is no place in a story that names only the United States."""
    text = "The band played in Cassville."
    assert gaz.without_stray_villages(gaz.scan(text), Context(countries={"USA": 1.0})) == []
    missouri = Context(countries={"USA": 1.0}, admin1={"US.MO"})
    [hit] = gaz.without_stray_villages(gaz.scan(text), missouri)
    e = gaz.resolve(hit, missouri)
    assert (e.name, e.admin1_code) == ("Cassville", "US.MO") and e.population < SMALL_TOWN


def test_villages_bear_no_name_that_a_region_or_area_has(gaz):
    """"Middle East" (a village in Pennsylvania) keeps the one reading it had."""
    assert [e.kind for e in gaz.lookup("Middle East")] == ["area"]


def test_a_village_named_like_a_bigger_town_is_a_reading_only_where_the_story_is_set(gaz):
    """"London" (a village in Arkansas) is in the gazetteer, for a story that names Arkansas or a town near it;
    in any other story, even one set in the United States, London is England's."""
    text = "Officials in London said the talks would resume."
    for ctx in (Context(), Context(countries={"USA": 1.0})):
        [hit] = gaz.without_stray_villages(gaz.scan(text), ctx)
        assert all(e.population >= SMALL_TOWN for e in hit.entries() if e.country in ("USA", "CAN"))
        assert gaz.resolve(hit, ctx).country == "GBR"
    arkansas = Context(countries={"USA": 1.0}, admin1={"US.AR"})
    [hit] = gaz.without_stray_villages(gaz.scan(text), arkansas)
    assert any(e.admin1_code == "US.AR" and e.population < SMALL_TOWN for e in hit.entries())


def test_a_village_named_like_a_country_is_kept_but_never_the_plain_reading(gaz):
    """Poland, Ohio (2,500 people) stays a candidate of "Poland" in a story set in Ohio, for the places
    component to weigh; on its own the name is still the country."""
    ohio = Context(countries={"USA": 1.0}, admin1={"US.OH"})
    [hit] = gaz.without_stray_villages(gaz.scan("She runs a flower shop in Poland."), ohio)
    assert any(e.admin1_code == "US.OH" and e.population < SMALL_TOWN for e in hit.entries())
    assert gaz.resolve(hit, ohio).kind == "country"
    [hit] = gaz.without_stray_villages(gaz.scan("She runs a flower shop in Poland."), Context(countries={"USA": 1.0}))
    assert all(e.admin1_code != "US.OH" for e in hit.entries())


def test_entries_carry_coordinates_population_and_geonames_ids(gaz):
    kharkiv = gaz.lookup("Kharkiv", kind="city")[0]
    assert kharkiv.geonames_id == 706483 and kharkiv.population > 1_000_000
    assert 49.9 < kharkiv.lat < 50.1 and 36.1 < kharkiv.lon < 36.4
    ukraine = gaz.country("UKR")
    assert ukraine.kind == "country" and ukraine.lat is not None and contains(ukraine, kharkiv)


def test_a_region_takes_the_spellings_of_its_own_town_only(gaz):
    """A region named after its main town answers to the town's spellings ("Kyiv region": Kyiv lies in the
    city-region split off from the oblast), not to those of a town elsewhere that one of its alternate names
    resembles: Hengyang lies in Hunan, some 900 km from the middle of Henan."""
    assert [e.name for e in gaz.lookup("Kyiv", kind="region")] == ["Kiev"]
    assert [e.kind for e in gaz.lookup("Hengyang")] == ["city"]
    assert not gaz.lookup("Para de Minas", kind="region") and not gaz.lookup("Colorado City", kind="region")


def test_regions_of_a_country_whose_towns_use_another_numbering_stand_on_their_own_town(gaz):
    """GeoNames' towns number Vietnam's provinces otherwise than its table of regions (Hanoi would be a town of
    An Giang, in the Mekong delta, and the Hanoi region's point in central Vietnam): a region there stands on
    the town it is named after, or has no point; its towns carry no region."""
    hanoi = gaz.lookup("Hanoi", kind="region")[0]
    assert abs(hanoi.lat - 21.02) < 0.1 and abs(hanoi.lon - 105.84) < 0.1
    assert gaz.lookup("Hanoi", kind="city")[0].admin1 is None
    hai_duong = gaz.lookup("Hai Duong", kind="region")[0]
    assert abs(hai_duong.lat - 20.94) < 0.1
    assert all(e.lat is None for e in gaz.lookup("Quang Ninh", kind="region"))


def test_a_name_loses_its_leading_article_only_where_arabic_is_spoken(gaz):
    """"Hudaydah" for Al Hudaydah (Yemen), but "El Salvador" is never "Salvador", which is Brazil's third city."""
    assert [e.name for e in gaz.lookup("Salvador")][:1] == ["Salvador"]
    assert all(e.kind != "country" for e in gaz.lookup("Salvador"))
    assert any(e.country == "YEM" for e in gaz.lookup("Hudaydah"))


def test_a_regions_point_ignores_towns_coded_to_it_that_lie_in_another_region(gaz):
    """A few Tibetan towns that GeoNames codes as Hebei's put Hebei's point 1,200 km west of Beijing (and
    Heilongjiang's, Jiangsu's and Xinjiang's 650-1,500 km off); the Kimberley towns of Western Australia, far
    out but in no other state's box, still count."""
    hebei = gaz.lookup("Hebei", kind="region")[0]
    assert 37 < hebei.lat < 41 and 114 < hebei.lon < 118
    heilongjiang = gaz.lookup("Heilongjiang", kind="region")[0]
    assert heilongjiang.lon > 124
    xinjiang = gaz.lookup("Xinjiang", kind="region")[0]
    assert 80 < xinjiang.lon < 90
    western_australia = gaz.lookup("Western Australia", kind="region")[0]
    assert -26 < western_australia.lat < -24.5 and 120.5 < western_australia.lon < 123


def test_a_region_stands_in_the_middle_of_its_land_not_of_the_box_around_its_towns(gaz):
    """A region's point is the middle of the land nearer its towns than any other region's of its country
    (GeoNames puts its first-level regions near their middles): Florida's panhandle and keys put the box's
    middle in the Gulf of Mexico, Ontario's box misses its empty north, the Kurils pull Sakhalin's east, and
    Chukotka, across the 180th meridian, had its box's middle at 0 degrees east."""
    from flashpoint.kb.gazetteer import km

    def near(name: str, lat: float, lon: float, within: float) -> bool:
        e = gaz.lookup(name, kind="region")[0]
        return km(e.lat, e.lon, lat, lon) < within

    assert near("Florida", 28.75, -82.5, 100)       # GeoNames' point, mid-peninsula
    assert near("Ontario", 49.25, -84.5, 100)
    assert near("Kentucky", 37.5, -85.25, 50)
    assert near("Sakhalin Oblast", 50.0, 143.0, 100)
    chukotka = gaz.lookup("Chukotka", kind="region")[0]
    assert chukotka.lon > 165 and 64 < chukotka.lat < 69


def test_capitals_are_known(gaz):
    assert gaz.is_capital(gaz.lookup("Kyiv", kind="city")[0])
    assert not gaz.is_capital(gaz.lookup("Kharkiv", kind="city")[0])


def test_the_packaged_data_stays_small():
    assert DATA.stat().st_size < 3_000_000


def test_a_state_the_story_names_does_not_outweigh_a_big_city_elsewhere():
    """"New York City ... a Boston native": the state named in the story draws a same-named town into it
    only against a town at most some tens of times bigger (not Boston, Massachusetts, 650,000 people,
    against a New York village of 8,000)."""
    gaz = gazetteer()
    text = "He moved to New York City. David is a Boston native."
    hits = gaz.scan(text)
    ctx = Context()
    ctx.add_country("USA")
    ctx.admin1.add("US.NY")
    boston = next(h for h in hits if h.key == "Boston")
    assert gaz.resolve(boston, ctx).admin1_code == "US.MA"


def test_a_direction_keeps_the_town_of_the_story_over_a_far_region_of_the_name(gaz):
    # "north Gaza" is part of an area, but Mozambique's Gaza province is not what a story set among
    # Israelis and Palestinians means: the story's town stands.
    _, e = only(gaz, "Soldiers shot five men in north Gaza.", Context(countries={"PSE": 1.0, "ISR": 1.0}))
    assert (e.country, e.kind) == ("PSE", "city")
    _, e = only(gaz, "Floods hit north Gaza.", Context(countries={"MOZ": 1.0}))
    assert (e.country, e.kind) == ("MOZ", "region")


@pytest.mark.parametrize("text, town, region", [("Celebrity Cake Studio in Tacoma, WA shares tips.", "Tacoma", "Washington"),
                                                ("He moved to Perth, WA last year.", "Perth", "Western Australia"),
                                                ("A new office in Nelson, BC.", "Nelson", "British Columbia"),
                                                ("Rain in Sydney, NSW, and Hobart.", "Sydney", "New South Wales")])
def test_a_postal_code_after_a_town_is_the_region_that_holds_it(gaz, text, town, region):
    """US, Canadian and Australian postal codes qualify the town before them (the "WA" of Perth is Western
    Australia, of Tacoma Washington); the town is then the one in that region, however small."""
    hit = next(h for h in gaz.scan(text) if h.key == town)
    assert hit.qualifier is not None and gaz.resolve_qualifier(hit.qualifier, gaz.resolve(hit)).name == region
    assert gaz.resolve(hit).admin1 == region


def test_a_postal_code_is_no_name_of_its_own(gaz):
    """"IN", "OR", "ME" are words: a code counts only after a town of its region and a comma."""
    assert [h.key for h in gaz.scan("WA and SA said IN A WORD: OR ELSE. Paris, OR the coast.")] == ["Paris"]


def test_a_village_whose_name_is_mostly_a_surname_is_never_read(gaz):
    """"A save from Scholes" in a story that names England is the footballer, not the village near Leeds."""
    england = Context(countries={"GBR": 1.0}, admin1={"GB.ENG"})
    assert gaz.stop.get("Scholes") == "surname"
    assert gaz.without_stray_villages(gaz.scan("Jones saved well from Scholes."), england) == []
    [hit] = gaz.without_stray_villages(gaz.scan("A concert in Tweedbank."), Context(admin1={"GB.SCT"}))
    assert gaz.resolve(hit, Context(countries={"GBR": 1.0}, admin1={"GB.SCT"})).name == "Tweedbank"


@pytest.mark.parametrize("text, name, country", [("Dockers in St Nazaire walked out.", "Saint-Nazaire", "FRA"),
                                                 ("The ferry reached St Malo late.", "Saint-Malo", "FRA"),
                                                 ("Fans partied in St-Etienne.", "Saint-Étienne", "FRA"),
                                                 ("The bank moved to St Gallen.", "Sankt Gallen", "CHE")])
def test_a_saints_town_answers_to_the_english_spellings_of_its_saint(gaz, text, name, country):
    (hit,) = gaz.scan(text)
    entry = gaz.resolve(hit)
    assert (entry.name, entry.country) == (name, country)


def test_a_respelled_saint_never_takes_a_name_another_town_answers_to_as_written(gaz):
    """"St Andrews" is Scotland's (and a suburb of Sydney's), not also Saint Andrews, South Carolina's."""
    (hit,) = gaz.scan("She studied at St Andrews.")
    assert {e.country for e in hit.entries()} == {"GBR", "AUS"}
