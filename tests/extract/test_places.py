"""fp_places: which names are places, and the place an event sentence happened at."""

from __future__ import annotations

import pytest
import spacy

from flashpoint.extract.base import ActorMention
from flashpoint.extract.places import (
    PlaceFinder,
    closes_address,
    is_scene,
    place_for_sentence,
)
from flashpoint.kb.gazetteer import gazetteer


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("fp_places")
    return nlp


def places(nlp, text):
    return [(p.evidence.text, p.name, p.country, p.admin1, p.feature) for p in nlp(text)._.fp_places]


def test_towns_and_regions_are_places_anywhere(nlp):
    assert places(nlp, "Shelling hit Kharkiv and the Idlib province.") == [
        ("Kharkiv", "Kharkiv", "UKR", "Kharkiv", "city"),
        ("Idlib province", "Idlib", "SYR", "Idlib", "region")]


@pytest.mark.parametrize("text, name", [("Russia warned Ukraine against the move.", "Russia"),
                                        ("Sanctions on Russia were extended.", "Russia"),
                                        ("Zimbabwe's health ministry confirmed it.", "Zimbabwe"),
                                        ("Aid to Kenya was cut.", "Kenya"),
                                        ("He flew to the U.S. on Monday.", "United States"),
                                        ("Fighting continued in Ukraine.", "Ukraine")])
def test_countries_are_places_in_any_position(nlp, text, name):
    assert [p[1] for p in places(nlp, text)][:1] == [name]


def test_continents_are_places_with_no_country(nlp):
    assert places(nlp, "Prices rose across Africa.") == [("Africa", "Africa", None, None, "continent")]


def test_a_country_that_is_also_a_first_name_is_not_a_place_inside_a_name(nlp):
    assert places(nlp, "Michael Jordan retired.") == []


def test_a_movement_to_a_country_is_locative_but_an_ambassador_to_it_is_not(nlp):
    (sent,) = nlp("The UN sent observers to Bosnia.")._.fp_places
    (named,) = nlp("The ambassador to Ukraine was recalled.")._.fp_places
    assert (sent.country, "+locative" in sent.rule) == ("BIH", True)
    assert (named.country, "+locative" in named.rule) == ("UKR", False)


def test_the_dateline_town_is_a_place(nlp):
    got = places(nlp, "BEIJING, March 3 (Reuters) - Officials met on Monday.")
    assert got[0][:3] == ("BEIJING", "Beijing", "CHN")


def test_a_bureau_dateline_is_a_place_but_no_scene(nlp):
    from flashpoint.extract.places import is_scene
    doc = nlp("NAIROBI (Reuters) - Al Shabaab fighters attacked a base in Somalia's Lower Shabelle region "
              "on Monday, Somali officials in Mogadishu said.")
    nairobi = next(p for p in doc._.fp_places if p.name == "Nairobi")
    assert not is_scene(nairobi) and nairobi.rule.endswith("+bureau")
    assert any(is_scene(p) and p.country == "SOM" for p in doc._.fp_places)
    (beijing,) = nlp("BEIJING, March 3 (Reuters) - Officials met on Monday.")._.fp_places
    assert is_scene(beijing)
    # a story that names its country by its actors more than by its places: the bureau's town is no scene
    doc = nlp("Former Bosnian Serb commander jailed for 1995 killings\n\nTHE HAGUE - A court in Bosnia sentenced a "
              "former Bosnian Serb police commander to 20 years in prison on Wednesday for his role in the killing "
              "of more than 800 Muslim men and boys near Srebrenica in July 1995.\n\nThe Court of Bosnia and "
              "Herzegovina found that Milan Petrovic, 61, had ordered his unit to guard prisoners who were later "
              "shot at a farm near the town. Petrovic denied the charges.")
    (hague,) = [p for p in doc._.fp_places if p.country == "NLD"]
    assert hague.name == "The Hague" and not is_scene(hague)     # the story's actors are Bosnia's


def test_an_oil_benchmark_named_after_a_place_is_no_place(nlp):
    got = places(nlp, "Brent crude rose $3.80 to $78.40 a barrel in London, and Urals crude followed.")
    assert [p[1] for p in got] == ["London"]
    assert [p[1] for p in places(nlp, "Voters in Brent backed Labour.")] == ["Brent"]


def test_an_ap_state_abbreviation_is_the_state(nlp):
    got = places(nlp, "The plant in Louisville, Ky., closed.")
    assert [(p[0], p[4]) for p in got] == [("Louisville", "city"), ("Ky.", "region")]
    assert got[1][3] == "Kentucky"


@pytest.mark.parametrize("text, mention, region", [
    ("A fire near Kelowna, B.C., forced 500 people from their homes.", "B.C.", "British Columbia"),
    ("Police in Red Deer, Alta., said on Monday.", "Alta.", "Alberta"),
    ("He moved to Halifax, N.S., in 1990.", "N.S.", "Nova Scotia")])
def test_a_canadian_press_province_abbreviation_is_the_province(nlp, text, mention, region):
    assert (mention, region, "CAN", region, "region") in places(nlp, text)


def test_an_era_after_a_year_is_not_a_province(nlp):
    assert places(nlp, "The temple was built in 500 B.C. by the king.") == []
    # an abbreviation that marks no era stays a place after a year ("in 2004 U.S. troops")
    assert [p[2] for p in places(nlp, "In 2004 U.S. troops left the town.")] == ["USA"]


def test_a_county_closing_an_address_is_a_place_though_also_a_surname(nlp):
    """"Leicestershire" is mostly a cricket club's or a surname's in the news (a stop key wanting a locative
    cue); after a name and a comma at the end of a clause it says where that name lies."""
    got = places(nlp, "28/29 April: Donington Park, Leicestershire. 9/10 June: Oulton Park, Cheshire.")
    assert ("Leicestershire", "Leicestershire", "GBR", "England", "region") in got
    assert ("Donington Park", "Donington Park", "GBR", "England", "locality") in got
    text = "The report was written by John Smith, Leicestershire's chief constable."
    hit = next(h for h in gazetteer().scan(text) if h.key == "Leicestershire")
    assert not closes_address(text, hit)


@pytest.mark.parametrize("text", ["The Brits has a long history of awards for pop stars.",
                                  "The All Blacks performed the Haka before the match.",
                                  "Shares in the Tata group rose on Monday."])
def test_a_small_town_abroad_after_the_is_no_place_when_nothing_else_points_at_its_country(nlp, text):
    """Towns take no article: "the Brits" is an awards show, not Brits in South Africa."""
    assert places(nlp, text) == []


@pytest.mark.parametrize("text, name", [
    ("Fighting raged in the southern sector of the Jaffna peninsula.", "Jaffna"),
    ("Police in South Africa said the Brits municipality was calm.", "Brits")])
def test_a_town_after_the_is_a_place_as_an_area_or_in_a_country_the_story_names(nlp, text, name):
    assert name in [p[1] for p in places(nlp, text)]


def test_a_named_site_with_no_place_said_around_it_is_a_mention_with_no_point(nlp):
    """"in St. Peter's Basilica" with no town in its name or paragraph: still a named site, with no
    guess at where it is (the article's focus guessed a stadium's town wrong too often)."""
    got = nlp("The Pope celebrated the Easter Vigil in St. Peter's Basilica on Saturday.")._.fp_places
    assert [(p.evidence.text, p.feature, p.lat, p.country, p.rule) for p in got] == [
        ("St. Peter's Basilica", "site", None, None, "site+unplaced")]


def test_a_country_or_region_is_placed_on_the_area_not_on_its_capital_or_biggest_town(nlp):
    from flashpoint.eval.geoparsing import km

    def point(text):
        return next((p.lat, p.lon) for p in nlp(text)._.fp_places)

    for area, town, apart in (("in the United States", "in Washington, D.C.", 161), ("in Texas", "in Houston", 161),
                              ("in Scotland", "in Glasgow", 50)):     # (GeoNames puts Scotland 73 km from Glasgow)
        assert km(*point(area), *point(town)) > apart, area


def test_demonyms_are_not_places(nlp):
    assert places(nlp, "Ukrainian and Syrian officials met.") == []


def test_a_direction_makes_a_country_a_place_and_is_kept_in_the_rule(nlp):
    doc = nlp("Eastern Ukraine has seen heavy shelling.")
    (p,) = doc._.fp_places
    assert (p.evidence.text, p.country, p.feature) == ("Eastern Ukraine", "UKR", "country")
    assert "direction=east" in p.rule


def test_eastern_ukraine_is_placed_in_eastern_ukraine_and_northern_texas_in_northern_texas(nlp):
    (east,) = nlp("Eastern Ukraine has seen heavy shelling.")._.fp_places
    (whole,) = nlp("Fighting continued in Ukraine.")._.fp_places
    assert east.lon > whole.lon + 2 and abs(east.lat - whole.lat) < 0.01
    (north,) = nlp("Storms hit northern Texas.")._.fp_places
    (texas,) = nlp("Storms hit Texas.")._.fp_places
    assert north.lat > texas.lat + 1 and north.feature == "region"


def test_a_list_after_a_preposition_is_locative_throughout(nlp):
    got = places(nlp, "Strikes were reported in Syria, Iraq and Yemen.")
    assert [p[2] for p in got] == ["SYR", "IRQ", "YEM"]


@pytest.mark.parametrize("text", ["Most residents have fled.", "Mobile networks were cut.",
                                  "David Lammy met his counterpart.", "Paris Hilton arrived late.",
                                  "The Kyiv Independent reported the strike.", "President Bush spoke on Monday."])
def test_names_used_as_something_else_are_not_places(nlp, text):
    assert places(nlp, text) == []


@pytest.mark.parametrize("text", ["Moscow said the talks failed.", "The Damascus government denied it."])
def test_a_city_standing_for_its_government_is_a_mention_but_no_scene(nlp, text):
    (p,) = nlp(text)._.fp_places
    assert p.rule.endswith("+actor") and not is_scene(p)
    assert place_for_sentence(nlp(text), next(nlp(text).sents)) is None


def test_a_small_town_standing_for_an_actor_is_no_place(nlp):
    assert places(nlp, "White House aides declined to comment.") == []


def test_a_small_town_needs_a_locative_cue_or_its_state(nlp):
    assert places(nlp, "Hewitt beat Dent in straight sets.") == []
    assert [p[:3] for p in places(nlp, "ALLENDALE, N.J. -- Mothers met on Sunday.")][:1] == [
        ("ALLENDALE", "Allendale", "USA")]


def test_a_name_the_actors_component_coded_is_a_scene_only_when_locative(nlp):
    doc = nlp.make_doc("Kyiv rejected the plan. Protesters gathered in Kyiv.")
    for name, proc in nlp.pipeline:
        if name == "sentencizer":
            doc = proc(doc)
    doc._.fp_actor_mentions = [ActorMention(start=t.i, end=t.i + 1, start_char=t.idx, end_char=t.idx + 4, text="Kyiv",
                                            name="Ukraine", code="UKRGOV", kind="country")
                               for t in doc if t.text == "Kyiv"]
    found = PlaceFinder().find(doc)
    assert [(p.evidence.start, p.sentence, is_scene(p)) for p in found] == [(0, 0, False),
                                                                            (doc.text.rindex("Kyiv"), 1, True)]


def test_place_records_carry_coordinates_ids_and_evidence(nlp):
    doc = nlp("A car bomb exploded in Mogadishu on Friday.")
    (p,) = doc._.fp_places
    assert p.geonames_id == 53654 and p.country == "SOM" and p.feature == "city"
    assert 2.0 < p.lat < 2.1 and 45.3 < p.lon < 45.4
    assert doc.text[p.evidence.start:p.evidence.end] == p.evidence.text == "Mogadishu"
    assert p.to_dict()["kind"] == "place" and p.sentence == 0


def test_donetsk_qualified_by_russia_is_the_russian_town_and_russia_a_place_too(nlp):
    assert places(nlp, "Miners protested in Donetsk, Russia, on Monday.") == [
        ("Donetsk", "Donetsk", "RUS", "Rostov", "city"), ("Russia", "Russia", "RUS", None, "country")]


def test_the_story_context_tells_same_named_towns_apart(nlp):
    text = "Tensions rose in Lebanon. Gunmen clashed in Tripoli overnight."
    assert [p[2] for p in places(nlp, text)] == ["LBN", "LBN"]


def test_place_for_sentence_prefers_the_most_specific_place_in_the_sentence(nlp):
    doc = nlp("Fighting in eastern Ukraine spread to Bakhmut on Tuesday.")
    assert place_for_sentence(doc, next(doc.sents)).name == "Bakhmut"


def test_place_for_sentence_falls_back_to_the_paragraph_not_beyond(nlp):
    doc = nlp("Troops entered Kherson. They met no resistance.\n\nOfficials gave no figures.")
    sents = list(doc.sents)
    assert place_for_sentence(doc, sents[1]).name == "Kherson"
    assert place_for_sentence(doc, sents[-1]) is None


def test_a_country_named_as_an_actor_is_not_where_the_sentence_happened(nlp):
    doc = nlp("Shelling hit Kharkiv. Russia denied it.")
    assert place_for_sentence(doc, list(doc.sents)[1]).name == "Kharkiv"


def test_a_town_named_like_a_common_word_is_not_a_place_after_the(nlp):
    assert places(nlp, "He spoke at the University on Monday.") == []


def test_a_country_name_before_another_name_still_points_at_the_country(nlp):
    assert [p[2] for p in places(nlp, "A U.S. District Judge ruled on it.")] == ["USA"]
    assert places(nlp, "Chad Smith scored twice.") == []


def test_world_regions_are_places_with_a_point_and_no_country(nlp):
    (p,) = nlp("Drought spread across West Africa.")._.fp_places
    assert (p.evidence.text, p.name, p.country, p.feature) == ("West Africa", "Western Africa", None, "region")
    assert 0 < p.lat < 20 and -20 < p.lon < 10


@pytest.mark.parametrize("text", ["Talks on the Kyoto protocol resumed.", "Cases of Marburg virus rose.",
                                  "The Bangor Daily News reported it.", "She won the Boston Marathon."])
def test_a_town_inside_the_name_of_a_treaty_disease_outlet_or_event_is_not_a_place(nlp, text):
    assert places(nlp, text) == []


def test_a_named_site_is_placed_on_the_town_in_its_name_or_the_place_after_it(nlp):
    def site(text):
        (p,) = [p for p in nlp(text)._.fp_places if p.feature == "site"]
        return p.evidence.text, p.country, p.rule

    assert site("Police closed the roads around Windsor Castle in England.") == ("Windsor Castle", "GBR",
                                                                                 "site+own-name")
    assert site("Doctors at Alder Hey Children's Hospital in Liverpool said so.") == (
        "Alder Hey Children's Hospital", "GBR", "site+after")


def test_a_church_named_for_a_saint_or_a_denomination_is_not_a_town(nlp):
    assert all(p[1] != "Saint George" for p in places(nlp, "They married in St George's Chapel."))
    assert places(nlp, "The Catholic Church is growing.") == []


def test_a_name_the_gazetteer_lacks_before_a_county_or_country_is_a_locality_there(nlp):
    got = places(nlp, "The race moves to Snetterton, Norfolk. The firm is based in Visbek, Germany.")
    localities = [(p[0], p[2], p[4]) for p in got if p[4] == "locality"]
    assert localities == [("Snetterton", "GBR", "locality"), ("Visbek", "DEU", "locality")]


def test_an_ordinal_before_a_state_is_no_locality(nlp):
    assert all(p[4] != "locality" for p in places(nlp, "Companies B, of the First, and B, of the Second, California."))


@pytest.mark.parametrize("text, name", [("Jail Term for Italy's PM.  MILAN (Reuters) - A prosecutor asked.", "Milan"),
                                        ("WASHINGTON (AP) - When the president spoke.", "Washington")])
def test_a_dateline_after_a_headline_or_of_a_name_that_is_also_a_word_is_a_place(nlp, text, name):
    assert name in [p[1] for p in places(nlp, text) if p[0].isupper()]


def test_a_surname_in_capitals_after_an_initial_is_no_dateline(nlp):
    assert places(nlp, "Colonel WILLIAM H. NOBLE,\nCommanding the forces.") == []


def test_a_demonym_between_the_preposition_and_the_town_keeps_it_locative(nlp):
    (p,) = nlp("A bomb exploded in the Israeli city of Tel Aviv.")._.fp_places
    assert p.name == "Tel Aviv" and "+locative" in p.rule


def _tagged(nlp, text, label):
    """The text through the sentencizer, its first word tagged ``label`` as if by the model."""
    from spacy.tokens import Span

    doc = nlp.get_pipe("sentencizer")(nlp.make_doc(text))
    doc.ents = [Span(doc, 0, 1, label=label)]
    doc._.fp_actor_mentions = []
    return [p.evidence.text for p in PlaceFinder().find(doc)]


def test_a_name_that_is_also_a_word_counts_where_the_tagger_calls_it_a_place(nlp):
    assert _tagged(nlp, "Washington is already reacting to it.", "GPE") == ["Washington"]
    assert _tagged(nlp, "Washington is already reacting to it.", "PERSON") == []


def test_the_tagger_is_not_trusted_on_a_name_that_is_mostly_a_surname(nlp):
    gaz = gazetteer()
    surname = next(k for k, why in sorted(gaz.stop.items()) if why == "surname" and gaz.lookup(k)
                   and " " not in k)
    assert _tagged(nlp, f"{surname} scored twice.", "GPE") == []


def _found(nlp, text, tags=()):
    """Places in ``text`` with the words in ``tags`` ((words, label) pairs) tagged as if by the model."""
    from spacy.tokens import Span

    doc = nlp.get_pipe("sentencizer")(nlp.make_doc(text))
    ents = []
    for words, label in tags:
        a = text.index(words)
        span = doc.char_span(a, a + len(words))
        ents.append(Span(doc, span.start, span.end, label=label))
    doc.ents = ents
    doc._.fp_actor_mentions = []
    return PlaceFinder().find(doc)


def test_a_tagged_location_the_gazetteer_lacks_is_a_locality_placed_on_the_place_after_it(nlp):
    (town, city) = sorted(_found(nlp, "Residents fled from Kwamashu, Durban on Monday.", [("Kwamashu", "LOC")]),
                          key=lambda p: p.evidence.start)
    assert (town.name, town.feature, town.country, town.rule) == ("Kwamashu", "locality", "ZAF",
                                                                  "tagger:LOC+locality+after")
    assert (town.lat, town.lon) == (city.lat, city.lon) and is_scene(town)


def test_a_lone_tagged_word_needs_a_settlement_word_a_list_or_a_place_after_it(nlp):
    text = "Prices rose in Durban. An analyst at Zorvex said so."
    assert [p.name for p in _found(nlp, text, [("Zorvex", "LOC")])] == ["Durban"]
    text = "Prices rose in Durban. Floods hit the village of Zorvex."
    assert [p.name for p in _found(nlp, text, [("Zorvex", "LOC")])] == ["Durban", "Zorvex"]


def test_a_tagged_name_with_a_word_for_a_kind_of_place_needs_no_preposition(nlp):
    text = "Rain fell on Durban. Glenmoor Lagoon is closed to swimmers."
    assert [(p.name, p.feature, p.country) for p in _found(nlp, text, [("Glenmoor Lagoon", "LOC")])][-1] == \
        ("Glenmoor Lagoon", "locality", "ZAF")


def test_a_place_opening_another_name_is_a_mention_but_no_scene_when_the_story_points_at_its_country(nlp):
    (nigeria, lagos) = _found(nlp, "Nigeria's exporters met the Lagos Chamber of Commerce.")
    assert lagos.name == "Lagos" and lagos.country == "NGA" and "+modifier" in lagos.rule and not is_scene(lagos)
    assert _found(nlp, "Exporters met the Lagos Chamber of Commerce.") == []


@pytest.mark.parametrize("text", ["He served in the Third Infantry California Volunteers.",
                                  "A man was seen on Northumberland Avenue.", "He spoke at San Andreas Fault."])
def test_a_unit_a_street_or_a_saint_named_after_a_place_is_no_mention_of_it(nlp, text):
    assert [p for p in _found(nlp, text) if "+modifier" in p.rule] == []


def test_a_month_or_the_towns_region_after_it_is_not_a_longer_name(nlp):
    assert [p.name for p in _found(nlp, "The mission arrives in Lagos April 4.")] == ["Lagos"]
    assert [p.name for p in _found(nlp, "Troops gathered in Ibadan Oyo State.")][0] == "Ibadan"


def test_the_european_union_is_a_place_on_europes_point_with_no_country(nlp):
    (eu,) = _found(nlp, "Tariffs within the EU fell.")
    europe = gazetteer().lookup("Europe", kind="continent")[0]
    assert (eu.name, eu.country, eu.feature, eu.lat, eu.lon) == ("European Union", None, "region", europe.lat,
                                                                 europe.lon)


def test_a_university_is_a_site_where_the_text_puts_something_at_it(nlp):
    sites = [p for p in _found(nlp, "A researcher at Fenwick University in Boston said so.") if p.feature == "site"]
    assert [(p.name, p.country, p.rule) for p in sites] == [("Fenwick University", "USA", "site+after")]
    assert [p for p in _found(nlp, "Fenwick University said so, in Boston.") if p.feature == "site"] == []


def test_a_qualifier_is_the_reading_that_holds_the_town_before_it(nlp):
    # "Washington" after Tacoma is the state Tacoma lies in, not the capital
    got = places(nlp, "A baker from a cake studio in Tacoma, Washington shares her tips.")
    assert [(p[0], p[1], p[4]) for p in got] == [("Tacoma", "Tacoma", "city"), ("Washington", "Washington", "region")]


def test_a_direction_word_keeps_a_town_only_inside_an_area_of_its_name(nlp):
    (state,) = places(nlp, "The team had to travel to central Washington to set up shop.")
    (town,) = places(nlp, "Shelling hit eastern Aleppo on Monday.")
    assert (state[1], state[3], state[4]) == ("Washington", "Washington", "region")
    assert (town[1], town[4]) == ("Aleppo", "city")      # the town lies in the Aleppo region


def test_a_town_whose_namesakes_all_lie_abroad_is_a_locality_of_the_region_after_it(nlp):
    got = places(nlp, "The round is at Rockingham, Northamptonshire in August.")
    assert ("Rockingham", "Rockingham", "GBR", "England", "locality") in got
    assert not any(p[2] == "AUS" for p in got)
    # a list of towns in one country is no such thing
    assert [p[1] for p in places(nlp, "Fighting in Donetsk, Luhansk and Kharkiv continued.")] == \
        ["Donetsk", "Luhansk", "Kharkiv"]
    # a day or a month before a country's possessive is no town there
    got = places(nlp, "Shelling killed 54 people on Saturday, Sudan's health ministry said.")
    assert [p[1] for p in got] == ["Sudan"], got


def test_a_dateline_state_abbreviation_in_capitals_places_the_state_and_the_town(nlp):
    got = places(nlp, "SPRINGFIELD, MO., January 29, 1864.\n\nMajor: I have the honor to report.")
    assert sorted((p[0], p[1], p[3]) for p in got) == [("MO.", "Missouri", "Missouri"),
                                                        ("SPRINGFIELD", "Springfield", "Missouri")]
    got = places(nlp, "KEATSVILLE, MO., February 1, 1864.\n\nLieutenant: the scouts returned.")
    assert ("KEATSVILLE", "KEATSVILLE", "USA", "Missouri", "locality") in got      # a village the gazetteer lacks


def test_place_names_in_capitals_inside_the_text(nlp):
    assert places(nlp, "HEADQUARTERS U. S. FORCES IN TEXAS, February 23.")[0][:2] == ("TEXAS", "Texas")
    # not a name in capitals of something else, an initial's name or a small town that is a surname
    assert places(nlp, "HEADQUARTERS DISTRICT OF ARIZONA, No. 21.") == []
    assert places(nlp, "Your obedient servant,\n\nBEN. C. CUTLER,\n\nLieutenant.") == []
    assert places(nlp, "HDQRS. DEPT. OF S. CAROLINA.") == []


def test_a_us_county_is_placed_in_its_state(nlp):
    (county, state) = places(nlp, "Officials in Cuyahoga County, Ohio, said the levy passed.")
    assert county == ("Cuyahoga County", "Cuyahoga County", "USA", "Ohio", "county")
    assert state[1] == "Ohio"
    # a county of a name several states share needs its state in the story
    assert places(nlp, "The ticket was sold in Morris County.") == []
    got = places(nlp, "Two men from Parsippany, New Jersey, bought the ticket in Morris County.")
    assert ("Morris County", "Morris County", "USA", "New Jersey", "county") in got


def test_x_county_is_not_the_town_x(nlp):
    # Suffolk County (New York) has no town named Suffolk: neither Suffolk, Virginia nor the English county
    assert places(nlp, "Detectives in Suffolk County found a skeleton.") == []


def test_a_name_the_text_once_qualifies_keeps_that_reading_where_it_stands_alone(nlp):
    got = places(nlp, "Colonel Weatherford, at Lebanon, Ky., reported. Remain at Lebanon and watch the roads.")
    assert [(p[0], p[2], p[3]) for p in got if p[1] == "Lebanon"] == [
        ("Lebanon", "USA", "Kentucky"), ("Lebanon", "USA", "Kentucky")]


@pytest.mark.parametrize("text, admin1", [
    ("Flooding closed roads across Ohio on Monday. The bakery in Lebanon reopened after the water receded.",
     "Ohio"),
    ("Small shops in Ohio struggled this winter. Michelle Baird runs a flower shop in Poland.", "Ohio"),
    ("Scouts rode out of Louisville, Kentucky at dawn. The column reached Lebanon from Bardstown.", "Kentucky")])
def test_a_country_name_is_the_town_so_named_in_a_story_set_in_its_state(nlp, text, admin1):
    [town] = [p for p in places(nlp, text) if p[1] in ("Lebanon", "Poland")]
    assert (town[2], town[3], town[4]) == ("USA", admin1, "city")


@pytest.mark.parametrize("text", [
    "Farmers in Ohio say a new plant in Poland will buy their corn. Polish investors signed in Warsaw.",
    "Residents of Kentucky marched in Louisville. Talks in Lebanon stalled, Lebanese officials said.",
    "A Missouri company opened an office in Mexico, hiring engineers in Monterrey."])
def test_a_country_name_stays_the_country_where_anything_else_points_there(nlp, text):
    assert [p[4] for p in places(nlp, text) if p[1] in ("Lebanon", "Poland", "Mexico")] == ["country"]


@pytest.mark.parametrize("text, country", [
    ("Troops were drawn from South Carolina and Georgia.", "USA"),      # listed with a US state: the state
    ("Talks with Armenia, Georgia and Azerbaijan resumed.", "GEO"),     # listed with countries: the country
    ("Reports from Texas or Mexico were late.", "MEX"),                 # not New Mexico, a spelling of it
    ("Rockets hit Kharkiv region and Kyiv.", "UKR")])
def test_a_country_name_listed_with_regions_of_one_country_is_that_countrys_region(nlp, text, country):
    (georgia,) = [p for p in places(nlp, text) if p[0] in ("Georgia", "Mexico", "Kyiv")]
    assert georgia[2] == country and georgia[4] == ("city" if georgia[0] == "Kyiv" else georgia[4])


def test_a_town_listed_with_a_bare_region_is_the_region_of_that_name(nlp):
    assert places(nlp, "Police numbers in England and Wales fell.")[1][1:] == ("Wales", "GBR", "Wales", "region")


def test_x_city_is_the_town_even_where_the_province_has_the_spelling(nlp):
    assert places(nlp, "Trudeau spoke to reporters in Quebec City.")[0][1:] == ("Quebec", "CAN", "Quebec", "city")


@pytest.mark.parametrize("text, name", [("Her hometown was given as Kuala Lumpur, Malaysia.", "Kuala Lumpur"),
                                        ("a county as big as Orange County", "Orange County")])
def test_english_as_or_at_before_a_name_is_no_arabic_article(nlp, text, name):
    assert name in [p[1] for p in places(nlp, text)]


def test_a_place_before_based_is_a_place_even_when_its_name_is_a_word(nlp):
    assert [p[0] for p in places(nlp, "the Washington-based privacy group")] == ["Washington"]


def test_conflict_areas_the_gazetteer_names_with_points_of_their_own(nlp):
    got = {p.evidence.text: p for p in nlp("Shelling hit eastern Ghouta. Troops left South Waziristan and FATA. "
                                "The T&T mission objected.")._.fp_places}
    assert got["eastern Ghouta"].country == "SYR" and abs(got["eastern Ghouta"].lat - 33.55) < 0.2
    assert abs(got["South Waziristan"].lat - 32.3) < 0.3      # not Khyber Pakhtunkhwa's point, 260 km north
    assert got["FATA"].country == "PAK" and got["T&T"].country == "TTO"


def test_regions_the_news_names_that_are_no_first_level_division_are_places(nlp):
    got = {p.evidence.text: (p.name, p.country) for p in nlp(
        "Police said two militants died in Kashmir. Shelling hit a village in Pakistani Kashmir. Troops hunted "
        "rebels on Mindanao and in Casamance. Drought struck the Ogaden. Gunmen attacked a bus in Baluchistan. "
        "Peacekeepers entered South Ossetia. Floods hit Orissa.")._.fp_places}
    assert got == {"Kashmir": ("Kashmir", "IND"), "Pakistani Kashmir": ("Azad Kashmir", "PAK"),
                   "Mindanao": ("Mindanao", "PHL"), "Casamance": ("Casamance", "SEN"), "Ogaden": ("Ogaden", "ETH"),
                   "Baluchistan": ("Balochistan", "PAK"), "South Ossetia": ("South Ossetia", "GEO"),
                   "Orissa": ("Odisha", "IND")}, got


def test_big_cities_answer_to_their_english_names(nlp):
    got = {p.evidence.text: (p.name, p.country) for p in nlp(
        "A court in Cologne freed the cleric. Flights from Bombay and Saigon were late.")._.fp_places}
    assert got == {"Cologne": ("Koln", "DEU"), "Bombay": ("Mumbai", "IND"),
                   "Saigon": ("Ho Chi Minh City", "VNM")}, got


def test_the_area_after_a_place_the_gazetteer_lacks_is_a_place_too(nlp):
    """A county that is also a surname wants a locative cue alone, but after a place it qualifies it is one."""
    got = {p[0]: p for p in places(nlp, "Next: Donington Park, Leicestershire, in April.")}
    assert (got["Donington Park"][2], got["Donington Park"][4]) == ("GBR", "locality")
    assert got["Leicestershire"][2] == "GBR"


def test_a_small_town_the_model_tags_a_place_counts_in_a_story_set_in_its_state(nlp):
    """Small English-speaking towns often bear a surname ("Hewitt"): without a locative cue they count
    only where the tagger calls the name a place and the story places other things in that state."""
    text = "Union troops left Little Rock, Arkansas. Scouts reached Batesville on Monday."

    def found(label):
        doc = nlp.make_doc(text)
        if label:
            start = text.index("Batesville")
            doc.ents = [doc.char_span(start, start + len("Batesville"), label=label)]
        for _, pipe in nlp.pipeline:
            doc = pipe(doc)
        return [(p.name, p.admin1) for p in doc._.fp_places if p.name == "Batesville"]

    assert found("GPE") == [("Batesville", "Arkansas")]
    assert found("PERSON") == [] and found(None) == []


def test_a_village_is_a_place_where_the_story_names_its_state_and_nothing_elsewhere(nlp):
    """Villages (1,000-5,000 people, English-speaking countries) count where their state is named, here
    right after them; a village's name in a story about somewhere else ("Jones", Oklahoma, in a baseball
    report) is no place and makes no other name one."""
    assert places(nlp, "He grew up in Cassville, Missouri.")[0][1:4] == ("Cassville", "USA", "Missouri")
    assert places(nlp, "Andruw Jones hit a homer and the Atlanta Braves beat San Diego.") == places(
        nlp, "Andruw Smith hit a homer and the Atlanta Braves beat San Diego.")
    assert "Jones" not in [p[0] for p in places(nlp, "Andruw Jones hit a homer in Atlanta.")]


def test_a_town_its_country_qualifies_is_described_as_a_place_not_an_actor(nlp):
    """A capital may stand for its government ("Kuala Lumpur said"), not when its country follows it: the
    "X, Y" form describes where something is, and Y is a place of its own."""
    doc = nlp.make_doc("She gave her hometown as Kuala Lumpur, Malaysia.")
    doc = nlp.get_pipe("sentencizer")(doc)
    a = doc.text.index("Kuala")
    doc._.fp_actor_mentions = [ActorMention(start=5, end=7, start_char=a, end_char=a + 12, text="Kuala Lumpur",
                                            name="Malaysia", code="MYSGOV", kind="country")]     # the KB codes it
    found = [(p.evidence.text, p.country, p.rule) for p in PlaceFinder().find(doc)]
    assert found == [("Kuala Lumpur", "MYS", "gazetteer:city"),
                     ("Malaysia", "MYS", "gazetteer:country+locative+qualifier")]


def test_a_dateline_state_may_be_a_postal_code_and_a_town_outside_it_is_a_locality_there(nlp):
    assert places(nlp, "HORRY COUNTY, SC (WMBF) - A homeless man was hurt.") == [
        ("SC", "South Carolina", "USA", "South Carolina", "region"),
        ("HORRY COUNTY", "HORRY COUNTY", "USA", "South Carolina", "locality")]
    # no Yorktown the gazetteer lists is in Virginia: not the one in Indiana, but a place in Virginia
    assert [p[2:] for p in places(nlp, "YORKTOWN, VA., March 8, 1864.\n\nGENERAL: we moved.")] == [
        ("USA", "Virginia", "region"), ("USA", "Virginia", "locality")]


def test_a_dateline_state_abbreviation_in_title_case_places_a_town_the_gazetteer_lacks(nlp):
    # "Calif." is found by the scan as well, and longer than a two-to-four-letter abbreviation
    got = places(nlp, "CHOLAME, Calif. - A dust storm closed the highway on Monday.")
    assert ("CHOLAME", "CHOLAME", "USA", "California", "locality") in got, got
    assert ("Calif.", "California", "USA", "California", "region") in got, got


def test_a_saints_town_in_capitals_after_a_headline_keeps_its_saint(nlp):
    # the dateline scan reads "ST." as the end of a sentence
    got = places(nlp, "Flood Waters Recede (CP). Canadian Press - ST. JOHN'S, N.L. (CP) - Crews cleared roads.")
    assert ("ST. JOHN'S", "CAN") in [(p[0], p[2]) for p in got], got


def test_towns_written_like_clubs_in_a_match_report_are_clubs_not_places(nlp):
    text = ("Chelsea boss Jose Mourinho said his side beat Liverpool 2-1 in the league match. "
            "Chelsea have scored more goals than anyone.")
    assert places(nlp, text) == []


def test_a_club_town_is_still_a_place_where_the_text_puts_something_in_it(nlp):
    text = "Chelsea boss Jose Mourinho said his striker scored in the league match. Fans gathered in Chelsea."
    assert [p[0] for p in places(nlp, text)] == ["Chelsea"]


def test_a_town_written_like_a_club_outside_a_piece_about_sport_is_a_place(nlp):
    assert [p[0] for p in places(nlp, "Bolton fans marched through the town centre.")] == ["Bolton"]


def test_a_stadium_named_after_a_sponsor_is_not_the_country_of_that_name(nlp):
    text = "Arsenal signed a deal for their new Emirates Stadium, the striker said after the league match."
    assert not any(p[2] == "ARE" for p in places(nlp, text))


def test_a_locality_with_no_place_in_its_paragraph_lies_in_the_town_the_article_last_named():
    from flashpoint.extract.places import article_scene
    from flashpoint.records import Evidence, Place

    def rec(start, name, feature):
        return Place(id=name, article="a", name=name, country="ZAF", admin1=None, lat=-33.9, lon=18.4,
                     geonames_id=None, feature=feature, sentence=0, evidence=Evidence(start, start + len(name), name))

    country, town = rec(0, "South Africa", "country"), rec(20, "Cape Town", "city")
    assert article_scene([country, town], 100, 110) == ("article", town)
    assert article_scene([country], 100, 110) == ("", None)      # a country's point is no locality's


def test_an_abbreviation_opening_an_officials_title_is_the_place_as_a_modifier(nlp):
    assert [(p.evidence.text, p.name, p.rule) for p in nlp("The EU Transport Commissioner spoke.")._.fp_places] == [
        ("EU", "European Union", "gazetteer:region+modifier")]


def test_a_former_state_is_a_place_on_its_main_successors_point(nlp):
    [p] = nlp("The nerve agent was developed by the Soviet Union.")._.fp_places
    russia = gazetteer().country("RUS")
    assert (p.name, p.country, p.feature, p.lat, p.lon) == ("Soviet Union", None, "region", russia.lat, russia.lon)


def test_a_club_called_after_its_town_and_city_is_a_club_in_a_match_report(nlp):
    # "Hull City 4-0": the score follows the club's whole name; "hat-trick" and "play-off" are words of the sport
    # though the tokenizer splits them
    text = ("Blackburn Rovers crushed Hull City 4-0 on Tuesday, with a first-half hat-trick. Hull's defence was "
            "torn apart and the visitors now face a battle for the play-off places.")
    assert not any(p[1] == "Hull" for p in places(nlp, text))
    assert [p[1] for p in places(nlp, "Hull City Council approved the plan on Tuesday.")] == ["Hull"]


@pytest.mark.parametrize("text, region", [("Hospitals across NSW are full, officials in Sydney said.", "New South Wales"),
                                          ("Floods cut roads in Qld on Monday.", "Queensland"),
                                          ("Wildfires forced evacuations in BC this week.", "British Columbia")])
def test_the_short_forms_of_canadian_and_australian_regions_written_alone_are_the_regions(nlp, text, region):
    assert region in [p[1] for p in places(nlp, text) if p[4] == "region"]


@pytest.mark.parametrize("text", ["The empire fell in 500 BC.", "Its walls date from 300 BC, like the gate."])
def test_an_era_is_still_no_province(nlp, text):
    assert places(nlp, text) == []


def test_a_small_town_abroad_after_the_names_a_place_before_a_word_for_its_people(nlp):
    assert [p[1] for p in places(nlp, "It was still the Harrogate man's best season.")] == ["Harrogate"]
    assert places(nlp, "The Tata group and the Olympic village were named.") == []


def test_a_doubtful_name_the_text_once_puts_something_in_is_a_place_where_it_stands_without_a_cue(nlp):
    text = "Nelson residents will wait less. A new office opened in Nelson, and the Nelson office stays open late."
    assert [p[1] for p in places(nlp, text)] == ["Nelson", "Nelson", "Nelson"]
    # not where the text also makes it a person's name, nor where nothing puts anything in it
    assert len(places(nlp, "Mr Nelson said the office in Nelson would open. Nelson thanked staff.")) == 1
    assert places(nlp, "Nelson residents will wait less.") == []


def test_a_first_name_clipped_from_a_town_name_is_no_place(nlp):
    assert places(nlp, "Levi, his dog, sleeps beside him in the park.") == []
    assert [p[0] for p in places(nlp, "The quartet played Chopin and Liszt in a hall in Warsaw.")] == ["Warsaw"]


@pytest.mark.parametrize("text", ["The envoy of the Islamic Republic said talks would resume in Geneva next week.",
                                  "Talks will resume in Geneva, said Ambassador Nash Riad."])
def test_a_town_name_inside_a_longer_name_says_nothing_of_where_the_story_is(nlp, text):
    """"Republic" (Missouri) in "the Islamic Republic" and "Riad" in a man's name put no weight on the
    United States or Saudi Arabia when a namesake is chosen."""
    assert [p[2] for p in places(nlp, text)] == ["CHE"]


def test_a_saints_possessive_before_a_building_names_no_town(nlp):
    """St George (Utah) of "St George's Chapel" does not draw Windsor to Colorado."""
    found = places(nlp, "The choir sang in St George's Chapel before a concert in Windsor.")
    assert [p[3] for p in found if p[0] == "Windsor"] != ["Colorado"]


def test_a_state_in_a_numbered_units_name_still_says_where_the_story_is(nlp):
    assert places(nlp, "The Third Arkansas Cavalry camped near Batesville.")[0][:4] == \
        ("Batesville", "Batesville", "USA", "Arkansas")


def test_a_town_the_gazetteer_lacks_before_an_older_state_abbreviation_lies_in_that_state(nlp):
    assert places(nlp, "A tornado flattened barns near Dripping Hollow, Tex., on Monday.") == [
        ("Tex.", "Texas", "USA", "Texas", "region"), ("Dripping Hollow", "Dripping Hollow", "USA", "Texas", "locality")]
    assert places(nlp, "The column marched from Albuquerque, N. Mex., at dawn.")[0][:4] == \
        ("Albuquerque", "Albuquerque", "USA", "New Mexico")


@pytest.mark.parametrize("text, name", [("But Mombasa stayed calm through the night.", "Mombasa"),
                                        ("When Eldoret flooded, schools closed for a week.", "Eldoret"),
                                        ("By LUSAKA, Zambia, May 3 - The central bank raised rates again.", "Lusaka")])
def test_a_sentences_first_word_before_a_town_opens_no_longer_name(nlp, text, name):
    assert name in [p[1] for p in places(nlp, text)]


def test_a_first_name_before_a_town_still_makes_a_persons_name(nlp):
    assert places(nlp, "Amy Houston sang at the gala.") == []


def test_a_town_whose_name_is_also_a_persons_is_a_place_when_its_state_or_country_follows(nlp):
    """"Paris" and "Florence" want a locative cue ("Paris Hilton"); the state or country after them is one."""
    assert places(nlp, "The mayor of Paris, Ky., resigned on Friday.")[0] == ("Paris", "Paris", "USA", "Kentucky", "city")
    assert places(nlp, "(AGI) - Florence, Italy, Oct. 18 - The minister spoke.")[0][:3] == ("Florence", "Florence", "ITA")


def test_half_of_a_two_island_countrys_name_is_that_country_where_the_story_names_it(nlp):
    found = places(nlp, "Trinidad and Tobago will host the summit. Delegates arrive in Trinidad on Monday.")
    assert [(p[0], p[2]) for p in found] == [("Trinidad and Tobago", "TTO"), ("Trinidad", "TTO")]
    assert places(nlp, "The cigar factory in Trinidad reopened, Cuban officials said.")[0][2] == "CUB"


def test_a_dateline_state_written_out_qualifies_its_town(nlp):
    got = places(nlp, "MOSCOW, Idaho (AP) - A student was hurt in a crash on the highway.")
    assert ("MOSCOW", "Moscow", "USA", "Idaho", "city") in got


def test_a_dateline_state_tells_same_named_towns_of_the_story_apart(nlp):
    got = places(nlp, "CONWAY, SC (WXYZ) - Firefighters were called to a warehouse in Georgetown on Friday.")
    assert ("Georgetown", "Georgetown", "USA", "South Carolina", "city") in got
    got = places(nlp, "SPRINGFIELD, MO. (AP) - A barn burned down near Lebanon on Friday.")
    assert ("Lebanon", "Lebanon", "USA", "Missouri", "city") in got


@pytest.mark.parametrize("text, tags", [
    ("Rafa told reporters the squad was tired. Rafa is a good coach.", [("Rafa", "PER")]),
    ("Luca thanked the volunteers who cleaned the beach.", []),
])
def test_a_bare_name_read_as_a_person_is_no_town_the_story_points_nowhere_near(nlp, text, tags):
    """The tagger calls the name a person at one of its mentions, or it is a first name of a town too small
    to act: neither Rafah in Gaza nor Lucca in Italy, in a story that names nothing else there."""
    assert [p.evidence.text for p in _found(nlp, text, tags)] == []


@pytest.mark.parametrize("text, tags, place", [
    ("Rafa told reporters the squad was tired. Rafa is a good coach.", [], "Rafa"),     # no reading as a person
    ("Mary is the second city of Turkmenistan.", [("Mary", "PER")], "Mary"),           # the story names its country
    ("Aid trucks waited near Rafah, where Rafah residents queued.", [("Rafah", "PER")], "Rafah"),    # a locative use
])
def test_a_name_read_as_a_person_stays_a_town_with_its_country_or_a_locative_use(nlp, text, tags, place):
    assert place in [p.evidence.text for p in _found(nlp, text, tags)]


@pytest.mark.parametrize("title", ["President  ", "Governor\n"])
def test_a_title_before_a_name_holds_across_any_run_of_white_space(nlp, title):
    """A name a title heads is a person's, however the text spaces the two ("at Bush" in a headline is the
    town's, by its locative cue; the titled mention after it is not)."""
    text = f"Hecklers Shout at Bush. Protesters booed {title}Bush again on Tuesday."
    assert [p[0] for p in places(nlp, text)].count("Bush") <= 1


def test_a_countrys_crude_is_the_countrys_oil_not_a_benchmark_named_after_a_place(nlp):
    assert [p[0] for p in places(nlp, "A barrel of US crude closed up in New York, and Iraq crude fell.")] \
        == ["US", "New York", "Iraq"]


@pytest.mark.parametrize("text, abbr, name", [
    ("HK democrats to take seats. A new crop of Hong Kong democrats were sworn in.", "HK", "Hong Kong"),
    ("Chiefs in post-apartheid SA hold the mining rights, South Africans say.", "SA", "South Africa"),
    ("Tourists flock to NYC every summer, New York City officials said.", "NYC", "New York City"),
    ("PNG has many languages. Papua New Guinea held elections.", "PNG", "Papua New Guinea")])
def test_the_initials_of_a_place_the_article_names_are_that_place(nlp, text, abbr, name):
    """The news writes a place it names in full (or whose people it names) by its initials too."""
    assert (abbr, name) in [(p[0], p[1]) for p in places(nlp, text)]


@pytest.mark.parametrize("text", [
    "SK Telecom of South Korea launched the service.",              # the initials open a company's name
    "The PM met the mayor of Port Moresby.",                        # a town too small to be written so
    "HK EXPORTS SLOW IN JULY, Hong Kong data show."])               # a run of capitals
def test_capitals_that_are_no_initials_of_a_named_place_are_no_place(nlp, text):
    assert all(len(p[0]) > 4 for p in places(nlp, text))


@pytest.mark.parametrize("text", [
    "Heavy rain fell in Georgia near Savannah on Sunday.",                        # a town of the state
    "Fans in Georgia need Tennessee to lose at home in Kentucky."])               # other states, nothing abroad
def test_a_countrys_name_is_the_us_state_of_that_name_in_a_story_set_in_that_state_or_among_its_neighbours(nlp, text):
    (georgia,) = [p for p in nlp(text)._.fp_places if p.evidence.text == "Georgia"]
    assert (georgia.country, georgia.admin1, georgia.feature) == ("USA", "Georgia", "region")


@pytest.mark.parametrize("text", [
    "Russian troops remain in Georgia's breakaway region of Abkhazia.",
    "Investors in Georgia met the national bank in Tbilisi and flew on to Texas.",
    "Investors in Georgia met officials in Texas and in Turkey."])
def test_a_countrys_name_stays_the_country_where_the_story_points_at_it(nlp, text):
    (georgia,) = [p for p in nlp(text)._.fp_places if p.evidence.text == "Georgia"]
    assert georgia.country == "GEO"


def test_a_region_is_placed_in_the_middle_of_its_land_and_a_place_unknown_in_it_among_its_towns(nlp):
    """Florida's point is mid-peninsula (near GeoNames' 28.75 N 82.5 W), not in the Gulf of Mexico between the
    panhandle and the keys where the middle of the box around its towns lies; Ontario's is in the middle of
    the province, far north of its towns. A place the gazetteer lacks, known only to lie in the region
    ("Fort Ruby, Nev."), goes among the region's towns instead (the middle of the box around them)."""
    from flashpoint.eval.geoparsing import km
    from flashpoint.kb.gazetteer import gazetteer

    def point(text, name):
        return next((p.lat, p.lon) for p in nlp(text)._.fp_places if p.evidence.text == name)

    assert km(*point("Hurricane damage was worst in Florida.", "Florida"), 28.75, -82.5) < 100
    assert km(*point("Over 1,000 people in Ontario wait for a kidney.", "Ontario"), 49.25, -84.5) < 100
    settled = gazetteer().settled["US.FL"]
    doc = nlp("The regiment left Fort Zzyzxville, Fla., on Monday.")
    (fort,) = [p for p in doc._.fp_places if p.evidence.text.startswith("Fort")]
    assert (fort.lat, fort.lon) == settled != (gazetteer().lookup("Florida", kind="region")[0].lat,
                                                gazetteer().lookup("Florida", kind="region")[0].lon)
