"""fp_places: where things happen. Place names geocoded with the offline gazetteer (kb/gazetteer.py).

The rule for what counts as a place mention:
  - a region, area or town name anywhere ("Shelling hit Kharkiv", "Idlib province", "Donbas"), unless
    the name is also a common word or first name ("Most", "Mobile", "David": gazetteer stop keys), is the
    surname of a person the text names ("Obama" after "Barack Obama"), is part of a longer proper name
    ("Paris Hilton", "Moscow Times"), or stands for an actor ("Kyiv said", where the actors component
    coded "Kyiv" as the Ukrainian government). Those count only when used locatively;
  - a continent or country name anywhere ("fighting in Ukraine", "Russia warned", "Zimbabwe's health
    ministry", "aid to Kenya", "across Africa"): the record says where the text points, the actors
    component says who acts; a country name that is also a first name ("Jordan", "Chad") not inside a
    longer proper name ("Michael Jordan");
  - the town of a dateline ("BEIJING, March 3 (Reuters) -", "SAN DIEGO, Calif. (AP) --");
  - both halves of "Krasnodar, Russia": the town (placed in that country) and the country;
  - demonyms ("Ukrainian", "Syrian") are never places (the actors component reads them);
  - a region or a town of 100,000+ people standing for those who act from it ("Moscow denies", "Tamil
    Nadu said", "London's police"): a record with the cue "+actor", never the scene of an event
    (is_scene); a town under 15,000 people in an English-speaking country (often named after a person:
    "Hewitt", "Dent") only with a locative cue or its state or country after it;
  - seas, rivers and landforms ("the Red Sea", "the Korean Peninsula"; features water, landform) and
    the counties of Great Britain and Ireland ("Kent", "Co Meath") like regions;
  - a name the gazetteer lacks right before a country, region or county it has ("Snetterton,
    Norfolk"): a locality, placed on that area's point (for a region, the middle of its towns, not of its
    land: Gazetteer.settled_point);
  - a named site, capitalised words before a word for a building or ground ("Windsor Castle", "Alder
    Hey Children's Hospital"; "... University", "... Centre", "... Park" only where the text puts
    something at it), or before a lower-case noun of words.SITE_NOUNS ("Kabul airport", "Abu Ghraib
    prison", "the Zaporizhzhia nuclear plant"; "university", "base", "camp" ... only with a locative cue
    or a word like "military" before them; not after a demonym, a person or a common word): feature
    "site", placed on the town in its name, else the place named right after it ("... Hospital in
    Liverpool"), else the town or region named before it in its paragraph, with place_precision
    "containing"; else a mention with no point (rule "site+unplaced": an article's focus guessed a stadium's
    town wrong too often). A site that is the subject of a verb of saying
    ("the hospital said", "Harvard University announced") is the body that runs it, no place;
  - a name the model tags as a location and the gazetteer lacks ("in Khayelitsha", "Glenrock Lagoon",
    "the village of Nagrig"), after a locative cue or with a word for a kind of place: a locality placed
    on the place right after it, else the town or region named before it in its paragraph, else the one the
    article last named (not after "the": "in the Northern Echo"); a lone word only with a place after it, a
    settlement word, a list or a preposition that puts things inside it ("in Khayelitsha"; "an analyst at
    Petercam", "shares in Holcim" and "in Games history" are none);
  - a natural feature or rural landmark named by capitalised words and a word for its kind (FEATURE_HEADS:
    "Otter Creek", "Dalton's Ford", "Signal Knob", "Lake Waccamaw", "Boone and Callaway Counties"),
    whatever the tagger calls it: a locality placed on the region in its name ("the Ohio River"), else like
    one the tagger found, else with no point; a town in its name is no place of its own ("Harper's Ferry" is
    not in Harper); not a person's name ending in a surname that is also such a word ("Harrison Ford"), a
    longer name ("Tampa Bay Buccaneers") or a headline's capitals;
  - a report's or letter's heading in capitals with its date naming a fort, camp, valley or the like the gazetteer
    lacks ("FORT SUMTER, January 13, 1864."): a locality (heading_localities); a fort named like a town that lies
    among the article's places stands at that town ("Fort Walla Walla" beside Lewiston; fort_town), and a feature
    placed by nothing in its own sentence lies at the article's centre, the place nearest all its others
    (article_centre), as a town the gazetteer lacks in a state it names lies among that state's towns it names
    (among_own_towns);
  - a region's or big town's name opening another name ("California Democrats", "the Lagos Chamber of
    Commerce"), when something else in the article points at its country: a record with the cue
    "+modifier", never the scene of an event (not streets, military units or saints' names);
  - the European Union ("EU"), a union of countries on its continent's point, and former states ("Soviet
    Union") on their largest successor's (feature region);
  - not a town standing for a sports club: in a piece about a team sport (base.team_sport_piece), a
    town's name the article once writes like a club's (beside a score, "Chelsea boss", "Chelsea have", "beat
    Bolton", listed with a club) is the club in every mention, unless the text puts something in the town
    ("fans gathered in Chelsea"); a stadium named after a sponsor ("Emirates Stadium") is no country's;
  - a body the tagger names where the text puts something at it in a place named right after it ("a meeting at
    the OAS in Washington"): a site there; a place opening an official's title ("Manitoba Premier", "EU
    Transport Commissioner"): a "+modifier" mention.
Locative means: after a spatial preposition (in, at, near, from, into, across, inside, outside, around,
throughout, within, towards, through, along, off; for towns and regions also to, on, via), with
determiners, direction words and "-held"/"-occupied" style modifiers in between ("in the rebel-held
east of Donetsk"); or with a direction ("eastern Ukraine", "north of Kyiv"); or with a region word
("Kherson region"); or listed after such a mention ("in Kharkiv, Sumy and Chernihiv").

Same-named places are told apart by population, by the countries and regions the article names and by
nearness to the towns it names beyond doubt or dates a report at ("HUNTSVILLE, May 9, 1864.": town_points) (see
Gazetteer.resolve and near_bonus; not by a town's name inside
a longer one, "the Bolivarian Republic", "St George's Chapel"; "Farmington, Pa.", a town none of whose readings
lies in the state after it, is that state's town wherever the article names it): the article's countries include those of coded actors and of country names
used as actors, so "Russia warned Ukraine ... Donetsk" places Donetsk in Ukraine's Donetsk region.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from dataclasses import replace
from typing import NamedTuple

from spacy.attrs import IS_LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from flashpoint.codes.agents import CAMEO_TO_ISO, ISO_TO_CAMEO
from flashpoint.extract.base import (PLACE_LABELS, Component, actor_mentions, article_of, doc_text, in_headline, paragraph_bounds,
                                     sentence_index, team_sport_piece)
from flashpoint.nlp.datelines import DATE, POSTAL_CODE, STATE_ABBREVIATION, datelines, filed_from_bureau
from flashpoint.extract.words import (ALWAYS_SAYING_FORMS, COMMAND_OF_HEADS, COMMODITY_AFTER_NAME, ERA_MARKERS,
                                      FOLK_NOUNS, UNIT_WORDS,
                                      SITE_MODIFIERS,
                                      SITE_NOUNS, SITE_NOUNS_IF_LOCATIVE,
                                      SITE_NOUNS_IF_MODIFIED, PLACE_TITLES, TEAM_JOINS, TEAM_NOUNS,
                                      VOICE_LEMMAS)
from flashpoint.nlp.calendar import CALENDAR_WORDS
from flashpoint.kb.builtin import country_entries
from flashpoint.kb.persons import builtin_persons, dictionary_persons
from flashpoint.kb.gazetteer import (DIRECTION_ONLY, DISTRICT_WORDS, ENGLISH_SPEAKING, LIST_JOIN, MIN_TOWN,
                                      QUALIFIER_JOIN, REGION_WORDS, Context,
                                      GeoEntry, Hit, contains, fold, gazetteer, is_village, km, nearest_km)
from flashpoint.records import Evidence, Place, stable_id
from flashpoint.settings import component_defaults

LOCATIVE_FOR_COUNTRIES = {"in", "at", "near", "from", "into", "across", "inside", "outside", "around",
                          "throughout", "within", "towards", "toward", "through", "along", "off"}
LOCATIVE = LOCATIVE_FOR_COUNTRIES | {"to", "on", "via", "onto", "beyond", "past", "between", "amid"}
# Words that may stand between a preposition and the name: "in the rebel-held city of Donetsk" (and
# demonyms: "in the Israeli city of Tel Aviv").
BRIDGE = {"the", "a", "an", "of", "-", "city", "town", "village", "port", "capital", "region", "province",
          "key", "strategic", "frontline", "front-line", "nearby", "neighbouring", "neighboring", "besieged",
          "embattled", "annexed", "occupied", "held", "controlled", "rebel", "separatist", "government",
          "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
          "southeastern", "southwestern", "north", "south", "east", "west", "outskirts", "suburbs", "areas",
          "area", "parts", "part", "much", "most", "all", "other", "occupied", "liberated", "contested",
          "disputed", "coastal", "southeast", "northeast", "southwest", "northwest", "'s"}
# Capitalised words that may follow a town without making it part of another name ("Kabul Airport").
DESCRIPTORS = {"Mayor", "Governor", "Airport", "Oblast", "Region", "Province", "Governorate", "State", "City",
               "Port", "Station", "Square", "Peninsula", "District", "Strip", "Valley", "Basin", "Front",
               "Offensive", "Axis", "Direction"}
GOVERNING = {"government", "regime", "authorities", "administration", "leadership", "government's", "regime's"}
# Nouns that make a town's or region's name part of the name of something else: a treaty ("the Kyoto
# protocol"), a disease ("Marburg virus"), a news outlet ("the Moscow bureau" is a place, "Bangor Daily
# News" is not), a sports or music event.
NOT_PLACE_HEADS = {"protocol", "protocols", "agreement", "agreements", "accord", "accords", "treaty", "treaties",
                   "convention", "conventions", "declaration", "virus", "fever", "flu", "syndrome", "disease",
                   "strain", "variant", "news", "times", "post", "herald", "tribune", "gazette", "journal",
                   "chronicle", "radio", "tv", "marathon", "open", "masters", "grand", "criteria", "consensus"}
REPORTING = {"said", "says", "say", "warned", "warns", "accused", "accuses", "denied", "denies", "announced",
             "announces", "claimed", "claims", "insisted", "insists", "rejected", "rejects", "responded",
             "demanded", "demands", "threatened", "threatens", "urged", "urges", "called", "calls", "has", "have",
             "had", "is", "was", "will", "would", "wants", "blamed", "blames", "condemned", "condemns", "agreed",
             "agrees", "refused", "refuses", "expelled", "expels", "sent", "sends", "ordered", "plans", "planned"}
# Verbs and nouns of movement that make "to <country>" a destination (words, then stems).
MOTION_WORDS = {"go", "goes", "going", "gone", "went", "came", "come", "comes", "coming", "took", "taken", "brought",
                "drove", "driven", "fled", "flew", "fly", "flies", "sent", "head", "heads", "headed", "heading",
                "trip", "trips", "ships", "ship", "rush", "rushed", "spread"}
MOTION_STEMS = ("travel", "flee", "return", "send", "deploy", "move", "moving", "extradit", "deport", "arriv",
                "journey", "transfer", "evacuat", "relocat", "march", "advanc", "retreat", "withdr", "shipp",
                "airlift", "bring", "dispatch", "expel", "smuggl", "migrat", "emigrat", "cross", "escap", "sail",
                "repatriat", "traffick", "redeploy", "transport", "visit")
# Prepositions that put a thing inside a place: after one, a bare name the tagger calls a person is the place
INSIDE = {"in", "into", "near", "outside", "throughout", "across", "around", "within"}
# ... but "shares in Holcim", "a stake in Petercam", "an investigation into Balco": no place
NOT_PLACE_BEFORE_IN = {"shares", "share", "stake", "stakes", "interest", "interests", "investment", "investments",
                       "holding", "holdings", "invest", "invested", "investing", "equity", "position", "positions",
                       "role", "roles", "starred", "appeared", "appearing", "investigation", "investigations",
                       "inquiry", "probe", "research", "insight", "insights", "look", "looked", "looking", "turned",
                       "converted", "transformed", "involvement", "involved", "result", "results"}
TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|President|Gen|General|Sheikh|Imam|Senator|Sen|Rep|Governor|Gov|"
                          r"Minister|Prince|King|Queen|Pope|Cardinal|Judge)\.?\s+$")
# "al-Sadr", "el Sisi", "as-Sadr", "bin Laden": an assimilated article ("ad-", "as-", "at-") only with its
# hyphen, since "as", "at" and "an" are English words ("her hometown as Kuala Lumpur").
ARABIC_ARTICLE_BEFORE = re.compile(r"\b(?:(?:[Aa]l|[Ee]l)[- ]|(?:[Aa][dnrstz]|[Aa]sh)-|(?:bin|ibn|Abu|Abdul) )$")
OF_NAME_AFTER = re.compile(r" of (?:the )?[A-Z]")
# An era marker right after a number ("500 B.C.", words.ERA_MARKERS) is no province
YEAR_BEFORE = re.compile(r"\d\s?$")
BASED_AFTER = re.compile(r"-(?:based|born|headquartered)\b")      # where something is
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|across|inside|into|from|throughout|within|outside)\s+(?:the\s+)?$",
                             re.IGNORECASE)


def actor_code(code: str | None) -> str | None:
    """An actor's code whose country a place gave (a place's country is ISO 3166 alpha-3, GeoNames' XKX for Kosovo)
    in the knowledge base's own country codes, as every other actor has them: "XKXCOP" -> "KSVCOP", "TLS" -> "TMP"."""
    if code and code[:3] in ISO_TO_CAMEO:
        return ISO_TO_CAMEO[code[:3]] + code[3:]
    return code
# Rejections that mean the name stands for the people who act from the place (metonymy): the mention
# is kept with the cue "+actor" and is never taken as the scene of an event (see is_scene).
ACTING_TOWN = 100000       # a town smaller than this never stands for those who act from it
STANDS_FOR_ACTOR = {"coded as an actor", "a capital standing for its government",
                    "a city standing for those who govern from it"}
# A region's or a big town's name opening the name of something else ("California Democrats", "the Lagos
# Chamber of Commerce", "Dublin International Piano Competition"): a mention of the place with the cue
# "+modifier", which says where that thing belongs, never where an event happened (is_scene).
NAMES_A_MODIFIER = "names a modifier of a longer proper name"
UNCUED = ("stop key", "a small town without a locative cue", "a small town abroad after",    # doubts a locative
          "a small town abroad named")                                                # use lifts
PERSON_PART = "part of a person's name"
# A street named after a place is no mention of it ("Northumberland Avenue"), nor is a military unit
# named after its state ("Third Infantry California Volunteers", words.UNIT_WORDS; "Ohio National Guard" is the
# guard's actor).
STREET_HEADS = {"Avenue", "Street", "St", "Road", "Rd", "Lane", "Boulevard", "Drive", "Highway", "Way", "Terrace"}


# What fp_places reads: actors (a name taken by an actor is no place), the parse and the model's entities
PLACES_REQUIRE = ["doc._.fp_actor_mentions", "token.dep", "token.pos", "token.is_sent_start", "doc.ents"]


@Language.factory("fp_places", requires=PLACES_REQUIRE, assigns=["doc._.fp_places"],
                  default_config=component_defaults("fp_places"))
def make_place_finder(nlp: Language, name: str) -> "PlaceFinder":
    return PlaceFinder()


class PlaceFinder(Component):
    """Finds place mentions, decides which are locative, and geocodes them."""

    slot = "fp_places"

    def find(self, doc: Doc) -> list[Place]:
        gaz = gazetteer()
        text = doc_text(doc)
        hits = gaz.scan(text)
        datelines = dateline_hits(text)
        # a dateline's state the scan found too ("PARKFIELD, Calif. -") still carries the town the gazetteer
        # lacks before it (placed below, on the state the scan's hit reads)
        dateline_towns = {g.start: h.extra["town"] for h in datelines if "town" in h.extra
                          for g in hits if h.start < g.end and g.start < h.end}
        datelines = [h for h in datelines if not any(h.start < g.end and g.start < h.end for g in hits)]
        # names in capitals elsewhere ("FORCES IN TEXAS"); a dateline's town is the dateline's
        # ("GLASGOW, MO.": a town the gazetteer lacks in that state is no namesake elsewhere either)
        towns = [Hit(*h.extra["town"], *h.extra["town"], "", []) for h in datelines if "town" in h.extra]
        hits = sorted(hits + gaz.scan_capitals(text, hits + datelines + towns), key=lambda h: h.start)
        # "Georgia Cavalry", "Army of the Potomac": a command's or unit's name is no mention of its place (dropped
        # at the end), but still says whose war the story tells: a unit named after a state is the state's,
        # never a country's of the name (the country Georgia stays out of the story's context)
        hits = [unit_reading(h) if names_a_unit(text, min(h.start, h.name_start), h.end) else h for h in hits]
        # (a dateline's state says where the story is set: "SPRINGFIELD, MO. (AP) - A barn near Lebanon"; a
        # bureau's town alone, "NAIROBI (Reuters) -", may be far from the story)
        stated = [h for h in datelines if h.qualifier is not None or "town" in h.extra]
        context = article_context(doc, sorted(hits + stated, key=lambda h: h.start))
        facts = DocFacts.of(doc)
        # the towns the article names beyond doubt, before the villages near them are let in (near_bonus,
        # village_stands)
        first = [gaz.resolve(hit, context) for hit in hits]
        # (and the town a report is dated at, "HUNTSVILLE, May 9, 1864.": where its writer stands)
        headed = [(h, gaz.resolve(h, context)) for h in datelines if h.extra.get("dated")]
        context.points = town_points(hits, first, team_names(doc, text, hits, first, facts.ents), headed)
        hits = gaz.without_stray_villages(hits, context)
        art = article_of(doc)
        votes = country_votes(hits, facts)
        out: list[Place] = []
        locative_before: dict[int, bool] = {}    # hit end char -> it was locative (for lists)
        areas: dict[int, GeoEntry] = {}          # hit start -> the country or region it names
        resolved: dict[int, GeoEntry | None] = {}   # hit start -> its reading (None: blocked or unknown here)
        placed_here: set[tuple[str, GeoEntry]] = set()      # names and readings the text puts something in
        uncued: list[tuple[Hit, GeoEntry]] = []             # mentions of a doubtful name with no locative cue
        # a site named after a country is not placed by its name ("the US base", "Ukraine International
        # Airlines"): the country's record stays
        # (but a short form that is also a sponsor's name, "Emirates Stadium", "Holland Park", names the site)
        site_spans = [(a, b) for a, b in sites(doc, text, hits)
                      if not any(h.start == a and h.entries() and all(e.kind in ("country", "continent")
                                                                       for e in h.entries())
                                 and not (h.key.isalpha() and not h.key.isupper()
                                          and all(alias for _, alias in h.candidates)) for h in hits)]
        inside_site = [h for h in hits if any(a <= h.start and h.end <= b for a, b in site_spans)]
        # "Dalton's Ford", "Harper's Ferry", "the Ohio River": a feature named after a town or a
        # region is neither (named_features places it)
        # ("Boone and Callaway Counties": each listed name is a county, not the town of the name)
        # (a name the gazetteer has with its kind's word is the gazetteer's: "Orange County", "Lake Waccamaw")
        features = feature_pieces(text, [(a, b, head) for a, b, head in feature_spans(doc, facts)
                                         if not any(x < b and a < y for x, y in site_spans)
                                         and not any(a < h.start and h.end == b and h.key != head
                                                     and head in h.key.split() and h.entries() for h in hits)])
        inside_site += [h for h in hits if h not in inside_site and not h.extra.get("capitals")
                        and any(a <= h.start and h.end <= b and ((a, b) != (h.start, h.end) or listed)
                                for a, b, listed in features)
                        and not any(e.kind in ("country", "continent") for e in h.entries())]
        qualified: dict[str, GeoEntry] = {}     # a dateline's town its state qualifies ("GLASGOW, MO.")
        for hit in datelines:       # not "US" opening a sentence: the scan finds that
            entry = gaz.resolve(hit, context)
            if entry is not None and entry.kind == "city" and hit.qualifier is not None:
                qualified.setdefault(hit.key, entry)
                placed_here.add((hit.key, entry))       # (a dateline puts the story there)
            if entry is not None:
                out.append(make_place(doc, art.id, hit, entry, True, "dateline"))
                town = hit.extra.get("town")
                if town and not any(p.evidence.start <= town[0] < p.evidence.end for p in out) \
                        and not any(h.start < town[1] and town[0] < h.end for h in hits):
                    out.append(placed_on(doc, art.id, *town, entry, "locality", "unlisted+dateline"))
        readings = discourse_readings(text, hits, [gaz.resolve(hit, context) for hit in hits], qualified)
        readings = local_namesakes(doc, hits, readings, context)
        readings = state_namesakes(doc, hits, readings)
        teams = team_names(doc, text, hits, readings, facts.ents)
        elsewhere = lying_elsewhere(text, hits, readings, datelines)
        lying: list[tuple[Hit, GeoEntry]] = []              # such names before their region, and the region
        for i, hit in enumerate(hits):
            entry = resolved[hit.start] = readings[i]
            if entry is None or hit in inside_site:
                continue        # "Windsor" of "Windsor Castle" places the castle (below)
            if hit.key in teams and not (hit.qualifier or hit.suffix not in (None, "city") or hit.direction
                                         or in_town(text, hit)):
                continue        # "Chelsea beat Liverpool", "Hull City 4-0": clubs, not places
            if entry.kind != "country" and hit.qualifier is None and PARTICLE_NAME_AFTER.match(text, hit.name_end):
                continue        # "San Felipe de Austin", "Ojo de la Vaca": a longer name the gazetteer lacks
            if lies_elsewhere(text, hit, hits[i + 1] if i + 1 < len(hits) else None):
                if readings[i + 1] is not None:
                    lying.append((hit, readings[i + 1]))
                continue        # "Rockingham, Northamptonshire": a locality there (unlisted_towns)
            if entry.kind in ("country", "region", "area", "county"):
                areas[hit.start] = entry
            span = doc.char_span(hit.name_start, hit.name_end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            locative = is_locative(doc, span, hit, locative_before)
            locative_before[hit.end] = locative
            why_not = rejection(doc, span, hit, entry, locative, facts, entry.admin1_code in context.admin1,
                                not votes.get(entry.country, set()) - {hit.key})
            if why_not in STANDS_FOR_ACTOR and hit.qualifier is not None:
                why_not = None      # "her hometown as Kuala Lumpur, Malaysia": a town its country qualifies is a place
            if why_not in STANDS_FOR_ACTOR and (entry.kind != "city" or entry.population >= ACTING_TOWN):
                # "Moscow denies", "Tamil Nadu said": still a mention of the place, recorded as one that
                # stands for those who act from it, which never says where an event happened. Only
                # towns big enough to stand for anyone: "White House aides" is no town in Tennessee.
                out.append(make_place(doc, art.id, hit, entry, False, "actor"))
                continue
            if why_not == NAMES_A_MODIFIER:
                if modifier_stands(hit, entry, votes):
                    out.append(make_place(doc, art.id, hit, entry, False, "modifier"))
                continue
            if why_not:
                if (why_not.startswith(UNCUED) or why_not == PERSON_PART and lone_person_tag(facts.ents, span)) \
                        and not (hit.stop == "common" and span[0].is_sent_start) and not acts(doc, span) \
                        and span.text not in facts.surnames:
                    uncued.append((hit, entry))
                continue
            if hit.key in elsewhere and hit.qualifier is None and not hit.suffix and entry.kind == "city":
                # "reached Farmington" after "Farmington, Pa.": the same place the gazetteer lacks
                out.append(placed_on(doc, art.id, hit.name_start, hit.name_end, elsewhere[hit.key], "locality",
                                     "unlisted+discourse"))
                continue
            out.append(make_place(doc, art.id, hit, entry, locative))
            if locative and not (entry.kind == "city" and THE_BEFORE.search(text, max(0, hit.name_start - 4),
                                                                          hit.name_start)):
                placed_here.add((hit.key, entry))       # (towns take no article: "from the White House")
            q = hit.qualifier
            if q is not None and (qualifier := gaz.resolve_qualifier(q, entry, context)) is not None:
                out.append(make_place(doc, art.id, q, qualifier, True, "qualifier"))  # "Russia" of "Donetsk, Russia"
        # "in Nelson ... Nelson residents", "the Nelson office": a name the text once puts something in keeps
        # that sense where it stands with no cue, unless something else rules it out (a person's name, an actor)
        titled = {h.key for h in hits if TITLE_BEFORE.search(text, max(0, h.name_start - 12), h.name_start)}
        out.extend(make_place(doc, art.id, hit, entry, False, "discourse") for hit, entry in uncued
                   if (hit.key, entry) in placed_here and hit.key not in titled)
        for start, (a, b) in dateline_towns.items():
            entry = resolved.get(start)
            if entry is not None and entry.kind == "region" and not any(h.start < b and a < h.end for h in hits) \
                    and not any(p.evidence.start < b and a < p.evidence.end for p in out):
                out.append(placed_on(doc, art.id, a, b, entry, "locality", "unlisted+dateline"))
        out.extend(initials(doc, art.id, hits, resolved, out, locative_before))
        bureau_datelines(out, actor_mentions(doc))      # before the places that lean on the ones named so far
        unlisted = unlisted_towns(doc, art.id, hits, areas, out)
        # (one unlisted_towns does not take as a name of its own, "McAllen, Texas", is still that region's town)
        unlisted += [placed_on(doc, art.id, h.name_start, h.name_end, region, "locality", f"unlisted+in-{region.feature}")
                     for h, region in lying if not any(p.evidence.start < h.name_end and h.name_start < p.evidence.end
                                                      for p in out + unlisted)]
        out.extend(unlisted)
        out.extend(qualifying_areas(doc, art.id, hits, areas, unlisted, out))
        out.extend(site_places(doc, art.id, site_spans, inside_site, context, out))
        out.extend(named_features(doc, art.id, features, hits, resolved, out, context))
        out.extend(heading_localities(doc, art.id, hits, resolved, out, context))
        out.extend(named_localities(doc, art.id, facts, hits, resolved, locative_before, out))
        return [p for p in among_own_towns(out) if not names_a_unit(text, p.evidence.start, p.evidence.end)]


# A command's or unit's head word and "of" before a place's name ("Department of the Gulf", "Dept. of the Pacific",
# "HEADQUARTERS DEPARTMENT OF THE SOUTH"), a unit's word after it ("Georgia Cavalry", "Missouri State Militia")
COMMAND_OF_BEFORE = re.compile(r"\b([A-Z][A-Za-z]*)\.?\s+(?:of|OF)\s+(?:(?:the|THE)\s+)?$")
UNIT_AFTER = re.compile(r" +([A-Z][a-z]+)\b")


def names_a_unit(text: str, start: int, end: int) -> bool:
    """Whether the place's name at ``start:end`` names a military command or unit (words.COMMAND_OF_HEADS before
    "of", words.UNIT_WORDS after it): "Army of the Potomac", "Department of New Mexico", "First Cavalry of Colorado",
    "Georgia Cavalry", "Ohio Volunteers". "District of Columbia", a name the gazetteer holds whole, starts at its
    own head and is the place."""
    before = COMMAND_OF_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.group(1).capitalize() in COMMAND_OF_HEADS:
        return True
    after = UNIT_AFTER.match(text, end)
    return after is not None and after.group(1) in UNIT_WORDS


def unit_reading(hit: Hit) -> Hit:
    """A command's or unit's place name read as a state's or region's where it can be ("Georgia Cavalry": the US
    state, not the country)."""
    areas = [(e, alias) for e, alias in hit.candidates if e.kind not in ("country", "continent")]
    return replace(hit, candidates=areas) if any(e.kind == "region" for e, _ in areas) \
        and len(areas) < len(hit.candidates) else hit


# A word of two to four capitals standing alone ("HK", "SA's", "NYC", "DRC"; not "U.S." nor "AT&T"), and the
# capitalised words of a name whose initials it may be ("Democratic Republic of Congo": particles are skipped)
CAPITALS_WORD = re.compile(r"(?<![\w.&'\u2019-])[A-Z]{2,4}(?![\w&]|\.\w|['\u2019](?!s\b))")
NAME_WORDS = re.compile(r"[A-Z][\w'\u2019]*")
INITIALS_TOWN = 1000000     # a town smaller than this has no initials the news writes for it ("LA", "NYC")


def initials_of(name: str) -> str | None:
    """"Hong Kong" -> "HK", "South African" -> "SA", "District of Columbia" -> "DC"; a name of one word has none."""
    words = NAME_WORDS.findall(name)
    return "".join(w[0] for w in words) if len(words) >= 2 else None


@functools.lru_cache(maxsize=1)
def demonym_initials() -> dict[str, list[tuple[str, str]]]:
    """Initials -> the demonyms of two words or more that have them and the country each names ("SA" ->
    [("South African", "ZAF")])."""
    out: dict[str, list[tuple[str, str]]] = {}
    for adj, iso in sorted(demonym_countries().items()):
        if (abbr := initials_of(adj)) is not None:
            out.setdefault(abbr, []).append((adj, iso))
    return out


def initials(doc: Doc, article_id: str, hits: list[Hit], resolved: dict[int, GeoEntry | None], found: list[Place],
             locative_before: dict[int, bool]) -> list[Place]:
    """The initials of a place the article names in full, as a mention of that place: "HK democrats" in a story
    that names Hong Kong, "chiefs in post-apartheid SA" in one about South Africa or South Africans, "NYC" where
    New York City is named. Countries, regions and areas, and towns of a million people; only where one place
    of the article has those initials, and not in a run of capitals ("HK DEMOCRATS")."""
    text = doc_text(doc)
    words = [m for m in CAPITALS_WORD.finditer(text)]
    if not words:
        return []
    named: dict[str, set[GeoEntry]] = {}
    for hit in hits:
        entry = resolved.get(hit.start)
        if entry is None or entry.kind not in ("country", "region", "area", "county") \
                and not (entry.kind == "city" and entry.population >= INITIALS_TOWN):
            continue
        for name in (hit.key, entry.name):
            if (abbr := initials_of(name)) is not None:
                named.setdefault(abbr, set()).add(entry)
    for abbr in {m.group() for m in words}:
        for adj, iso in demonym_initials().get(abbr, ()):
            if adj in text and (country := gazetteer().country(iso)) is not None:
                named.setdefault(abbr, set()).add(country)
    out = []
    taken = [(h.start, h.end) for h in hits] + [(p.evidence.start, p.evidence.end) for p in found]
    for m in words:
        places = named.get(m.group())
        span = doc.char_span(m.start(), m.end())
        if places is None or len(places) != 1 or span is None or len(span) != 1 \
                or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        i = span.start
        beside = [t for t in (doc[i - 1] if i else None, doc[i + 1] if i + 1 < len(doc) else None)
                  if t is not None and t.is_alpha and len(t) > 1]
        if any(t.is_upper for t in beside):
            continue        # a headline or a name in capitals
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_sent_start \
                and not any(h.start == nxt.idx for h in hits):
            continue        # the initials open a longer name: "SK Telecom", "NY Yankees", "NI Contributions"
        entry = next(iter(places))
        hit = Hit(m.start(), m.end(), m.start(), m.end(), m.group(), [(entry, True)])
        out.append(make_place(doc, article_id, hit, entry, is_locative(doc, span, hit, locative_before), "initials"))
    return out


def bureau_datelines(places: list[Place], mentions: list) -> None:
    """A dateline filed from a bureau (nlp.datelines.filed_from_bureau: "BANGKOK (Reuters) -" over a story
    whose places and actors are all Myanmar's) says where the reporter is, not where anything happened: its
    records' rules end in "+bureau", and is_scene and article_scene leave them out. The countries named are
    those of the other places and of the actors the text itself gives a country (not the article's focus)."""
    named = Counter(p.country for p in places if p.country and "dateline" not in p.rule)
    named.update(c for c in (actor_country(m.country) for m in mentions if "+context" not in m.rule) if c)
    for p in places:
        if "dateline" in p.rule and p.country and filed_from_bureau(p.country, named):
            p.rule += "+bureau"


def discourse_readings(text: str, hits: list[Hit], readings: list[GeoEntry | None],
                       datelined: dict[str, GeoEntry] | None = None) -> list[GeoEntry | None]:
    """The readings of the article's names, made to agree with what the text says about them elsewhere:
      - a name the text once qualifies ("Lebanon, Ky.", "Paris, Texas", a dateline's "GLASGOW, MO.": the
        ``datelined`` towns) keeps that reading wherever it stands alone in the article ("reached Lebanon from
        Burkesville", "citizens of Glasgow and vicinity");
      - a country's or town's name listed with regions of one country, named bare, reads as that
        country's region of the name, if it has one ("South Carolina, Georgia and Florida", "England and
        Wales"; not "Armenia, Georgia and Azerbaijan", nor Kyiv the city in "Kharkiv region and Kyiv");
      - half of the name of a country of two islands or lands that the article names ("Trinidad" in a story
        that names Trinidad and Tobago) is that country, not a town elsewhere (Trinidad, Bolivia)."""
    settled: dict[str, GeoEntry] = dict(datelined or {})
    halves: dict[str, GeoEntry] = {}
    for hit, entry in zip(hits, readings):
        if hit.qualifier is not None and entry is not None and hit.key not in settled:
            settled[hit.key] = entry
        if entry is not None and entry.kind == "country" and " and " in hit.key:
            halves.update(dict.fromkeys(hit.key.split(" and "), entry))
    out = list(readings)
    for i, (hit, entry) in enumerate(zip(hits, readings)):
        if entry is None or hit.qualifier is not None:
            continue
        half = halves.get(hit.key)
        if half is not None and entry.country != half.country:
            out[i] = half
            continue
        known = settled.get(hit.key)
        if known is not None and known != entry and known in hit.entries():
            out[i] = known
            continue
        if entry.kind not in ("country", "city") or hit.suffix or hit.direction:
            continue
        listed = [j for j in (i - 1, i + 1) if 0 <= j < len(hits)
                  and LIST_JOIN.match(text[hits[min(i, j)].end:hits[max(i, j)].name_start])]
        siblings = [readings[j] for j in listed]
        regions = {r.country for r in siblings if r is not None and r.kind == "region"}
        # a town only among regions alone; a country among regions and towns ("S. Carolina, Georgia")
        if len(regions) == 1 and not any(hits[j].suffix for j in listed) \
                and all(r is not None and (r.kind == "region" or entry.kind == "country" and r.kind != "country")
                        for r in siblings):
            region = next((e for e, alias in hit.candidates
                           if e.kind == "region" and e.country in regions and not alias), None)   # not New Mexico
            if region is not None:
                out[i] = region
    return out


def local_namesakes(doc: Doc, hits: list[Hit], readings: list[GeoEntry | None],
                    context: Context) -> list[GeoEntry | None]:
    """A country's name read as the town of that name in the state or province the article is set in, when
    nothing else in the article leaves that state's country: "the Flower Loft in Poland" in a story about
    Ohio's small businesses is Poland, Ohio; "reached Lebanon from Burkesville" in a report from Kentucky is
    Lebanon, Kentucky. Any other place, people ("Polish") or actor of another country keeps the country."""
    countries = {i: e for i, e in enumerate(readings) if e is not None and e.kind == "country"
                 and hits[i].qualifier is None and not hits[i].suffix and not hits[i].direction}
    if not countries or not context.admin1:
        return readings
    out = list(readings)
    words = set(doc.to_array(ORTH).tolist())
    demonyms = {c for h, c in demonym_hashes(doc.vocab.strings).items() if h in words}
    mentions = actor_mentions(doc)
    for i, entry in countries.items():
        key = hits[i].key
        towns = [e for e, alias in hits[i].candidates
                 if e.kind == "city" and not alias and e.admin1_code in context.admin1]
        if len(towns) != 1 or context.countries.get(towns[0].country, 0.0) < 1.0:
            continue
        home = towns[0].country
        spans = [(h.start, h.end) for h in hits if h.key == key]
        elsewhere = {e.country for h, e in zip(hits, readings) if e is not None and h.key != key and e.country}
        elsewhere |= demonyms
        for m in mentions:
            a = doc[m.start].idx if m.start < len(doc) else 0
            if not any(s <= a < e for s, e in spans):
                elsewhere.add(actor_country(m.country) or actor_country(m.code))
        if elsewhere - {home, None}:
            continue
        for j, h in enumerate(hits):
            if h.key == key and j in countries:
                out[j] = towns[0]
                h.extra["namesake"] = True      # a country's name: a place wherever it stands
    return out


def state_namesakes(doc: Doc, hits: list[Hit], readings: list[GeoEntry | None]) -> list[GeoEntry | None]:
    """A country's name read as the first-level region of that name in another country when the article puts
    a town of that region in the story, or another region of that country and nothing outside it, and nothing in
    it points at the country: "A storm hit the Georgia coast near Savannah" is the US state, as is "Voters in
    Georgia" in a story that names Atlanta, and "No. 8 Georgia routs Kentucky"; not "Georgia's breakaway region of
    Abkhazia", nor a story naming Tbilisi, Georgians or a Georgian actor."""
    countries = {i: e for i, e in enumerate(readings) if e is not None and e.kind == "country"
                 and hits[i].qualifier is None and not hits[i].suffix}
    if not countries:
        return readings
    out = list(readings)
    mentions = actor_mentions(doc)
    words = set(doc.to_array(ORTH).tolist())
    for i, entry in countries.items():
        key = hits[i].key
        states = [e for e, alias in hits[i].candidates if e.kind == "region" and not alias
                  and e.country != entry.country and e.admin1_code]
        if len(states) != 1:
            continue
        state = states[0]
        others = [e for h, e in zip(hits, readings) if e is not None and h.key != key]
        inside = any(e.country == state.country and e.admin1_code == state.admin1_code and e.kind != "country"
                     for e in others)
        # (or a region of that other country, in a story that places nothing outside it: "No. 8 Georgia routs
        # Kentucky"; not "attacks in Borno spread to Niger and Chad")
        beside = any(e.kind == "region" and e.country == state.country for e in others) \
            and all(e.country == state.country for e in others)
        if not (inside or beside):
            continue
        spans = [(h.start, h.end) for h in hits if h.key == key]
        pointing = {e.country for e in others}
        pointing |= {c for h, c in demonym_hashes(doc.vocab.strings).items() if h in words}
        for m in mentions:
            a = doc[m.start].idx if m.start < len(doc) else 0
            if not any(s <= a < e for s, e in spans):
                pointing.add(actor_country(m.country) or actor_country(m.code))
        if entry.country in pointing:
            continue
        for j, h in enumerate(hits):
            if h.key == key and j in countries:
                out[j] = state
                h.extra["namesake"] = True      # (the actors component's country code on it is the name misread)
    return out


# A match score right after or before a name ("Chelsea 2-1", "a 3-0 win over Bolton", "Bolton (1) 2")
# a Romance particle and a capitalised word right after a name: the name runs on ("San Felipe de Austin" is no
# San Felipe, "Ojo de la Vaca" no Oyo; names the gazetteer has whole, "Rio de Janeiro", are matched whole)
PARTICLE_NAME_AFTER = re.compile(r" (?:de|del|de la|de las|de los|du|des|do|da|dos|das|di|della) [A-Z]")
SCORE_AFTER = re.compile(r"\s*\(?\d{1,2}\)?\s?[-\u2013]\s?\d{1,2}\b")
SCORE_BEFORE = re.compile(r"\b\d{1,2}\s?[-\u2013]\s?\d{1,2}\s+(?:(?:home|away|league|cup|win|victory|defeat|draw|loss|"
                          r"success|triumph)\s+){0,2}(?:over|to|against|at|by|with|for)?\s*(?:the\s+)?$")
IN_TOWN_BEFORE = re.compile(r"\b(?:in|near|outside|around|across|throughout|within)\s+(?:central\s+|the\s+)?$",
                            re.IGNORECASE)
WORD_AFTER = re.compile(r"(?:['\u2019]s?)?\s+([\w.-]+)")
PLAYERS_CLUB = re.compile(r"\b[A-Z][\w'\u2019-]+ \($")       # "Davies (Tottenham)": a player's club
POSSESSIVE_NAME = re.compile(r"['\u2019]s ([A-Z][a-z]+ [A-Z][a-z]+)\b")
TEAM_LIST_JOIN = re.compile(r"^(?:,\s*|\s*,?\s+(?:and|or)\s+)$")
def team_names(doc: Doc, text: str, hits: list[Hit], readings: list[GeoEntry | None],
               facts_ents: tuple[Span, ...]) -> set[str]:
    """The town names that stand for sports clubs in a piece about a team sport (base.team_sport_piece):
    those the article once writes beside a score ("Chelsea 2-1", "a 3-0 win over Bolton"), a word for a
    club's people (words.TEAM_NOUNS: "Chelsea boss", "Liverpool's striker") or a word between rivals
    (words.TEAM_JOINS: "Chelsea v Arsenal", "beat Bolton"). Every mention of such a name in the article is
    the club, unless the text puts something in the town (in_town)."""
    towns = [(h, e) for h, e in zip(hits, readings) if e is not None and e.kind == "city" and not h.qualifier]
    if not towns or not team_sport_piece(doc):
        return set()
    out: set[str] = set()
    for hit, _ in towns:
        if hit.key in out:
            continue
        # "Hull City 4-0": after a club's "City" (read as the town's suffix), what follows the whole name counts
        after = hit.end if hit.suffix == "city" else hit.name_end
        m = WORD_AFTER.match(text, after)
        nxt = m.group(1).lower() if m else ""
        before = text[max(0, hit.name_start - 40):hit.name_start].split()
        prv = before[-1].lower() if before else ""
        if prv == "the" and len(before) > 1:
            prv = before[-2].lower()
        if SCORE_AFTER.match(text, after) or SCORE_BEFORE.search(text, max(0, hit.name_start - 40), hit.name_start) \
                or nxt.rstrip(".") in TEAM_NOUNS or nxt in TEAM_JOINS or prv in TEAM_JOINS \
                or PLAYERS_CLUB.search(text, max(0, hit.name_start - 30), hit.name_start) \
                and text.startswith(")", hit.name_end) \
                or possessor_of_person(text, hit.name_end, facts_ents):
            out.add(hit.key)
    # a town listed with a club is one ("Chelsea, Manchester United and Arsenal", "Tottenham or Forest")
    for _ in range(2):
        for (h1, _), (h2, _) in itertools.pairwise(towns):
            if (h1.key in out) != (h2.key in out) and TEAM_LIST_JOIN.match(text[h1.end:h2.name_start]):
                out |= {h1.key, h2.key}
    return out


def possessor_of_person(text: str, end: int, ents: tuple[Span, ...]) -> bool:
    """"Chelsea's John Terry", "Tottenham's Ledley King": a possessive before a person's name (the tagger's,
    or two capitalised words that name no street, building or area)."""
    m = POSSESSIVE_NAME.match(text, end)
    if m is None:
        return False
    if any(e.label_ in ("PERSON", "PER") and e.start_char == m.start(1) for e in ents):
        return True
    last = m.group(1).split()[-1]
    return last not in STREET_HEADS and last not in DESCRIPTORS and not last.startswith(SITE_HEADS + SITE_HEADS_IF_LOCATIVE)


def in_town(text: str, hit: Hit) -> bool:
    """"in Liverpool", "near Bolton": the town itself, even in a match report (not "in Liverpool's win")."""
    return bool(IN_TOWN_BEFORE.search(text, max(0, hit.name_start - 20), hit.name_start)) \
        and not text.startswith(("'s", "\u2019s"), hit.name_end)


# A name the gazetteer lacks right before a country, region or county it has ("Snetterton, Norfolk",
# "Visbek, Germany", "CAMP MURRAY, Wash."): a locality there, placed on the area's point.
UNLISTED_BEFORE = re.compile(r"(?:^|(?<=[\s(:;\"\u201c]))((?:[A-Z][a-z'\u2019]+|[A-Z]{2,})(?:[ -](?:[A-Z][a-z'\u2019]+|"
                             r"[A-Z]{2,}|upon|on|le|la))" r"{0,3}),[ \t]*$")
ORDINAL = re.compile(r"(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                     r"\w+teenth|\w+tieth)")
CLAUSE_END = re.compile(r"\s*(?:[.;:)\n]|,\s+(?:[a-z]|\d|[A-Z][a-z]+\.? \d))")   # "Farmington, Pa., to", "..., Ark.;"
LISTED_CITY = 500000      # a city this big before a region elsewhere is an item of a list, not a namesake there
NOT_TOWN_HEADS = {"University", "College", "School", "Street", "Road", "Avenue", "Inc", "Ltd", "Group", "Company",
                  "Party", "Council", "Committee", "Ministry", "Department", "Office", "Agency", "Court", "Police"}


def lies_elsewhere(text: str, hit: Hit, nxt: Hit | None) -> bool:
    """"Rockingham, Northamptonshire", "Farmington, Pa.": a town name none of whose readings lies in the region
    named right after it is a place in that region the gazetteer lacks (not Rockingham, Western Australia, nor
    Farmington, New Mexico); unlisted_towns places it on the region. Not a big city ("London, Texas and Ohio"
    is a list) unless a state's abbreviation follows it ("Medina, Wash."), nor a town of the region's country before a region written out in a list of regions ("Tulsa,
    Texas and Ohio"): only a state's abbreviation ("Pa.") or the clause's end after it says where the town lies."""
    if nxt is None or hit.qualifier is not None or not QUALIFIER_JOIN.match(text[hit.end:nxt.start]):
        return False
    regions = [e for e in nxt.entries() if e.kind in ("region", "area")]
    towns = hit.entries()
    abbreviated = nxt.key.endswith(".")     # "Medina, Wash.": no list names a state so
    if not (regions and towns) or not all(e.kind == "city" and (abbreviated or e.population < LISTED_CITY)
                                          or abbreviated and e.kind in ("region", "area") for e in towns) \
            or any(contains(r, e) for e in towns for r in regions):
        return False
    abroad = not any(e.country == r.country for e in towns for r in regions)
    return abroad or abbreviated or bool(CLAUSE_END.match(text, nxt.end))


def town_points(hits: list[Hit], readings: list[GeoEntry | None], teams: set[str],
                headed: list[tuple[Hit, GeoEntry | None]] = ()) -> dict[str, list[tuple[float, float]]]:
    """The points of the towns and counties the article names that it leaves in no doubt, by name (what
    near_bonus measures a same-named place's reading against): a name of one place, or one the text qualifies
    ("Tacoma, Wash."); not names that are also words or first names, nor clubs (``teams``). A village that
    shares the name counts for nothing here ("Warrensburg" is Missouri's, whatever hamlet of New York bears it).
    ``headed``: the towns a report or letter is dated at, with their readings ("HUNTSVILLE, May 9, 1864.":
    "Decatur" in it is Alabama's, not the larger one in Illinois), whatever other places share their names: a
    heading says where its writer stands (a wire bureau's dateline, "NAIROBI (Reuters)", does not: dateline_hits)."""
    out: dict[str, list[tuple[float, float]]] = {}
    for hit, e in headed:
        if e is not None and e.kind == "city" and e.lat is not None:
            out.setdefault(hit.key, [(e.lat, e.lon)])
    for hit, e in zip(hits, readings):
        if e is not None and e.kind in ("city", "county") and e.lat is not None and not hit.stop \
                and hit.key not in teams \
                and (hit.qualifier is not None or [x for x in hit.entries() if x is e or not is_village(x)] == [e]):
            pts = out.setdefault(hit.key, [])
            if (e.lat, e.lon) not in pts:
                pts.append((e.lat, e.lon))
    return out


def lying_elsewhere(text: str, hits: list[Hit], readings: list[GeoEntry | None],
                    datelines: list[Hit]) -> dict[str, GeoEntry]:
    """The names the text once places in a region that holds none of their readings ("Farmington, Pa.",
    "GLASGOW, MO."), with that region: the article means that place wherever it names it."""
    out: dict[str, GeoEntry] = {}
    for i, hit in enumerate(hits[:-1]):
        region = readings[i + 1]
        if region is not None and region.kind in ("region", "area") and hit.key not in out \
                and lies_elsewhere(text, hit, hits[i + 1]):
            out[hit.key] = region
    for h in datelines:
        if "elsewhere" in h.extra and (region := next((e for e in h.entries() if e.kind == "region"), None)):
            out.setdefault(h.extra["elsewhere"], region)
    return out


def unlisted_towns(doc: Doc, article_id: str, hits: list[Hit], areas: dict[int, GeoEntry],
                   found: list[Place]) -> list[Place]:
    text = doc_text(doc)
    out = []
    for hit in hits:
        area = areas.get(hit.start)
        if area is None or area.lat is None or hit.direction:
            continue
        m = UNLISTED_BEFORE.search(text, max(0, hit.start - 50), hit.start)
        if m is None:
            continue
        a, b = m.span(1)
        words = m.group(1).split()
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or words[-1] in NOT_TOWN_HEADS or TITLE_BEFORE.search(text[max(0, a - 12):a]) \
                or ORDINAL.fullmatch(words[0]) or words[0] in CALENDAR_WORDS \
                or any(p.evidence.start < b and a < p.evidence.end for p in found):
            continue
        # (a name that ends in a town's the gazetteer places elsewhere is a town's: "Saint Charles, Ill.", "New
        # Berne, N. C.", whatever the tagger makes of it)
        town = any(a <= h.name_start and h.name_end == b and any(e.kind == "city" for e in h.entries()) for h in hits)
        if any(e.label_ in ("PERSON", "PER", "ORG", "NORP") and e.start < span.end and span.start < e.end
               for e in doc.ents) and not closes_address(text, hit) and not town:
            continue        # "John Smith, Texas's attorney general"; not "Donington Park, Leicestershire."
        if doc.has_annotation("POS") and not town and not all(t.pos_ == "PROPN" for t in span if t.is_alpha):
            continue        # "However, Texas"
        if not doc.has_annotation("POS") and span[0].is_sent_start and len(words) == 1:
            continue
        out.append(Place(id=stable_id(article_id, "place", a, b), article=article_id, name=fold(" ".join(words).title()
                                                                                      if m.group(1).isupper() else m.group(1)),
                         country=area.country or None, admin1=fold(area.admin1) if area.admin1 else None,
                         lat=settled_point(area)[0], lon=settled_point(area)[1], geonames_id=None, feature="locality",
                         sentence=sentence_index(doc, span.start), evidence=Evidence(a, b, text[a:b]),
                         rule=f"unlisted+in-{area.feature}", place_precision="containing"))
    return out


ON_A_STATE = ("unlisted+in-region", "unlisted+dateline", "unlisted+discourse")     # placed on a region's point


def among_own_towns(found: list[Place]) -> list[Place]:
    """A town the gazetteer lacks, placed in a state or region it names ("New Berne, N. C.", "LACLEDE, MO.",
    rules unlisted+...), lies among the towns the article names in that state (two or more: at the one nearest the
    others) rather than at the middle of the state's towns (Gazetteer.settled_point): "Las Cruses, N. Mex." in a
    report naming Mesilla and Fort Fillmore is by them."""
    towns = [p for p in scene_points(found) if p.feature in ("city", "county") and p.rule.startswith("gazetteer:")]
    out = []
    for p in found:
        same = [t for t in towns if p.rule.startswith(ON_A_STATE) and p.place_precision == "containing"
                and p.admin1 is not None and (t.country, t.admin1) == (p.country, p.admin1)]
        if len(same) >= 2:
            centre = min(same, key=lambda t: (sum(km(t.lat, t.lon, q.lat, q.lon) for q in same), t.evidence.start))
            p = replace(p, lat=centre.lat, lon=centre.lon)
        out.append(p)
    return out


def qualifying_areas(doc: Doc, article_id: str, hits: list[Hit], areas: dict[int, GeoEntry], unlisted: list[Place],
                     found: list[Place]) -> list[Place]:
    """The area after a name the gazetteer lacks ("Donington Park, Leicestershire") says where that place
    lies: a place mention even when its name alone wants a locative cue (a county that is also a surname)."""
    text = doc_text(doc)
    out = []
    for p in unlisted:
        hit = next((h for h in hits if h.start >= p.evidence.end and QUALIFIER_JOIN.match(text[p.evidence.end:h.start])),
                   None)
        if hit is None or hit.start not in areas or any(q.evidence.start < hit.end and hit.start < q.evidence.end
                                                         for q in found):
            continue
        out.append(make_place(doc, article_id, hit, areas[hit.start], True, "qualifier"))
    return out


# A named site: capitalised words before a word for a building or ground ("Windsor Castle", "Alder Hey
# Children's Hospital", "Dulles International Airport", "St Peter's Basilica").
SITE_HEADS = ("Hospital", "Infirmary", "Stadium", "Arena", "Airport", "Airbase", "Prison", "Jail", "Castle",
              "Cathedral", "Church", "Chapel", "Basilica", "Abbey", "Mosque", "Synagogue", "Palace", "Tower",
              "Bridge", "Square", "Circuit", "Raceway", "Speedway", "Barracks", "Embassy", "Consulate", "Refinery",
              "Airfield", "Dam")
# Found by their head word first (among the doc's tokens), then the capitalised words right before it (a
# regex trying a run of capitalised words at every capital letter costs more than the rest of the component).
NAME_BEFORE = re.compile(r"\b((?:(?:St\.?|[A-Z][\w'\u2019.&-]*)\s+){1,4})$")
# Words for grounds and buildings that also name the body that runs them ("Loyola University said"): a
# site only where the text puts something at it ("a researcher at Loyola University", "arrested at Kendale
# Lakes Elementary School", "run at Dubai World Trade Centre").
SITE_HEADS_IF_LOCATIVE = ("School", "University", "College", "Academy", "Centre", "Center", "Hall", "Museum",
                          "Theatre", "Theater", "Library", "Mall", "Market", "Zoo", "Hotel", "Park", "Gardens",
                          "Court")
# Heads no person's name ends in: before one, a name the tagger calls a person is the site's namesake ("Karl
# Bremer Hospital", "John F. Kennedy Airport"), unlike "Thomas Haden Church"
NAMESAKE_HEADS = {"Hospital", "Infirmary", "Stadium", "Arena", "Airport", "Airbase", "Prison", "Jail", "Barracks",
                  "Airfield", "School", "University", "College", "Academy", "Museum", "Library"}
# "... Center in Shelby": a place right after the name puts the site there
IN_PLACE_AFTER = re.compile(r"\s+(?:in|at|near)\s+")
# "the Catholic Church" is a body of believers, not a building
DENOMINATIONS = {"Catholic", "Orthodox", "Anglican", "Protestant", "Methodist", "Baptist", "Presbyterian", "Lutheran",
                 "Evangelical", "Pentecostal", "Coptic", "Episcopal", "Reformed", "World", "Unification"}
SITE_OPENERS = {"The", "A", "An", "In", "At", "On", "From", "To", "By", "For", "And", "But", "When", "While", "After",
                "Before", "This", "That", "Its", "His", "Her", "Their", "Our", "Outside", "Inside", "Near"}
SAINT = re.compile(r"(?:St\.?|Saint|San|Santa|Sankt) ")
PLACE_AFTER = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:,\s*(?:(?:in|at|near)\s+)?|\s+(?:in|at|near)\s+)(?:the\s+)?")


# A named site written with its noun in lower case ("Kabul airport", "Abu Ghraib prison", "the Zaporizhzhia
# nuclear plant", "Seasons restaurant"): proper nouns, then words like "nuclear" or "military", then a noun
# of SITE_NOUNS (extract/words.py).
LOWER_NAME_BEFORE = re.compile(r"\b((?:(?:St\.?|[A-Z][\w'\u2019&-]*)\s+){1,4})((?:(?:" + "|".join(sorted(SITE_MODIFIERS))
                               + r")\s+){0,2})$")
NOT_SITE_LABELS = ("PERSON", "PER", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "WORK_OF_ART",
                   "EVENT", "LAW", "PRODUCT")


@functools.lru_cache(maxsize=4)
def site_head_hashes(strings) -> dict[int, int]:
    """Hash of a head word -> 0 (SITE_HEADS), 1 (SITE_HEADS_IF_LOCATIVE) or 2 (SITE_NOUNS, lower case)."""
    out = {strings.add(w): 2 for w in SITE_NOUNS}
    out.update({strings.add(w): 1 for w in SITE_HEADS_IF_LOCATIVE})
    out.update({strings.add(w): 0 for w in SITE_HEADS})
    return out


def named_before(doc: Doc, text: str) -> list[tuple[re.Match, int, int, int]]:
    """Each site head word among the doc's tokens (its kind as in site_head_hashes) with the capitalised
    words right before it: (the match of NAME_BEFORE or LOWER_NAME_BEFORE, kind, head start, head end)."""
    heads = site_head_hashes(doc.vocab.strings)
    out = []
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        kind = heads.get(orth)
        if kind is None:
            continue
        start = doc[i].idx
        m = (LOWER_NAME_BEFORE if kind == 2 else NAME_BEFORE).search(text, max(0, start - 120), start)
        if m is not None:
            out.append((m, kind, start, start + len(doc[i])))
    return out


def strip_openers(text: str, a: int, words: list[str], keep: int) -> int:
    """The start of a site's name without the sentence's first words ("The", "In", ...) before it."""
    while len(words) > keep and words[0] in SITE_OPENERS:
        a += len(words.pop(0))
        a += len(text[a:]) - len(text[a:].lstrip())
    return a


def sites(doc: Doc, text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """The character spans of the article's named sites (SITE_HEADS, SITE_HEADS_IF_LOCATIVE after a
    locative cue, a lower-case noun of SITE_NOUNS), not those that speak ("the hospital said", "Harvard
    University announced": an organisation, an actor)."""
    out: list[tuple[int, int]] = []
    found = named_before(doc, text)
    for m, kind, start, end in found:
        if kind == 2 or kind == 1 and not LOCATIVE_BEFORE.search(text, max(0, m.start(1) - 20), m.start(1)) \
                and not place_after(text, end, hits):
            continue
        words = m.group(1).split()
        a, b = strip_openers(text, m.start(1), words, 0), end
        if words and words[-1] not in DENOMINATIONS and not any(x < b and a < y for x, y in out) \
                and not longer_name(doc, start, end) and not speaks(doc, a, b):
            out.append((a, b))
    for m, kind, start, end in found:
        if kind != 2:
            continue
        words = m.group(1).split()
        a, b = strip_openers(text, m.start(1), words, 0), end
        noun, modified = text[start:end], bool(m.group(2))
        if not words or words[-1] in DENOMINATIONS or any(x < b and a < y for x, y in out) \
                or noun in SITE_NOUNS_IF_MODIFIED and not modified \
                or noun in SITE_NOUNS_IF_LOCATIVE and not modified \
                and not LOCATIVE_BEFORE.search(text, max(0, a - 20), a):
            continue
        if proper_site_name(doc, a, m.start(1) + len(m.group(1).rstrip()), hits) and not speaks(doc, a, b):
            out.append((a, b))
    return sorted(out)


def place_after(text: str, end: int, hits: list[Hit]) -> bool:
    """Whether a town or region the gazetteer has follows the site word ending at ``end`` after "in", "at" or
    "near" ("Crossroads Correctional Center in Shelby", "the Supreme People's Court in Beijing")."""
    m = IN_PLACE_AFTER.match(text, end)
    return m is not None and any(h.start == m.end() and not h.stop and h.entries()
                                 and any(e.kind in ("city", "region", "county") for e in h.entries()) for h in hits)


def longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the site word at text[start:end] goes on into a longer name ("the Evening Standard Theatre
    Awards", "Hereford Hospital Trust": an award, a body) or is the end of a person's name ("Thomas Haden
    Church")."""
    head = doc.char_span(start, end, alignment_mode="expand")
    if head is None:
        return False
    if head.root.ent_type_ in ("PERSON", "PER") and head.text not in NAMESAKE_HEADS:
        return True
    nxt = doc[head.end] if head.end < len(doc) else None
    return nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and not nxt.is_sent_start \
        and nxt.text not in CALENDAR_WORDS


def proper_site_name(doc: Doc, a: int, b: int, hits: list[Hit]) -> bool:
    """Whether text[a:b] is a place's or a site's own name ("Kabul", "Abu Ghraib", "Seasons"), not a common
    word opening a sentence ("Police station"), a demonym ("the Russian embassy"), a person ("Trump's
    hotel"), a date or a number. A word is a name when the gazetteer has it or the tagger calls it a proper
    noun or part of a named entity."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    toks = [t for t in span if not t.is_space and t.text not in ("'s", "\u2019s")]
    if not toks or any(t.text in CALENDAR_WORDS or t.text in demonym_countries() for t in toks):
        return False
    if any(h.start <= a and b <= h.end and h.entries() and not h.stop for h in hits):
        return True         # "Abu Ghraib" of "Abu Ghraib prison", even where the tagger calls it a person
    if any(e.label_ in NOT_SITE_LABELS and e.start < span.end and span.start < e.end for e in doc.ents):
        return False
    if doc.has_annotation("POS"):
        return all(not t.is_alpha or t.pos_ == "PROPN" or t.ent_type_ in ("LOC", "GPE", "ORG", "FAC")
                   for t in toks) and not (len(toks) == 1 and toks[0].is_sent_start)
    return not (toks[0].is_sent_start and len(toks) == 1)


def speaks(doc: Doc, a: int, b: int) -> bool:
    """Whether the name at text[a:b] is the subject of a verb of saying ("the hospital said"): then it names
    those who run the site, an actor, not a place."""
    if not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and (root.head.lower_ in ALWAYS_SAYING_FORMS
                                                    or root.head.lemma_ in VOICE_LEMMAS)


def site_places(doc: Doc, article_id: str, spans: list[tuple[int, int]], inside: list[Hit], context: Context,
                found: list[Place]) -> list[Place]:
    """Each named site, placed on the town in its name ("Windsor Castle", "Kabul airport"), else the place
    named right after it ("... Hospital in Rome"), else the nearest town or region named before it in its
    paragraph (its scene); else it is not placed."""
    gaz = gazetteer()
    text = doc_text(doc)
    points = scene_points(found)
    out = []
    for a, b in spans:
        if any(p.evidence.start < b and a < p.evidence.end for p in found):
            continue
        # the town that opens its name ("Cardiff Arms Park"; not "St George's Chapel", nor a common word
        # inside "Information Technology University"), else one inside it that is no word or person's name
        # ("Royal Liverpool Hospital")
        own = [e for h in sorted(inside, key=lambda h: h.start != a)
               if a <= h.start and h.end <= b and not SAINT.match(h.key)
               and (h.stop != "common" if h.start == a else not h.stop)
               if (e := gaz.resolve(h, context)) is not None and e.lat is not None
               and e.kind not in ("country", "continent")]
        # else where a locality would lie: not on the article's focus nor an earlier paragraph's town,
        # which guessed wrong too often ("Croke Park stadium" on San Diego, "the Nou Camp" on London)
        how, where = nearest_scene(doc, text, points, a, b)
        if own and not (how == "after" and where.country != own[0].country):
            how, where = "own-name", own[0]     # but "the Victoria Palace Theatre in London" is not in Victoria
        if where is None:
            out.append(unplaced_site(doc, article_id, a, b))
            continue
        out.append(placed_on(doc, article_id, a, b, where, "site", f"site+{how}"))
    return out


def unplaced_site(doc: Doc, article_id: str, a: int, b: int) -> Place:
    """A named site with nothing in its name or its paragraph that says where it is ("in St. Peter's Basilica"
    in a piece that names no Rome): a mention with no point, no country and no place_precision."""
    return unplaced(doc, article_id, a, b, "site", "site+unplaced")


def unplaced(doc: Doc, article_id: str, a: int, b: int, feature: str, rule: str) -> Place:
    """A place the gazetteer lacks, text[a:b], with nothing in the text that says where it lies: a mention with
    no point, no country and no place_precision."""
    text = doc_text(doc)
    span = doc.char_span(a, b, alignment_mode="expand")
    return Place(id=stable_id(article_id, "place", a, b), article=article_id, name=fold(text[a:b]), country=None,
                 admin1=None, lat=None, lon=None, geonames_id=None, feature=feature,
                 sentence=sentence_index(doc, span.start), evidence=Evidence(a, b, text[a:b]), rule=rule)


def scene_points(found: list[Place]) -> list[Place]:
    """The places found that can be a scene for a name the gazetteer lacks, in text order."""
    return sorted((p for p in found if p.lat is not None and is_scene(p)), key=lambda p: p.evidence.start)


# A feature the article places nowhere else lies among the article's places, not on whichever it named last: with
# three or more towns, counties or regions, the one nearest all the others (the medoid: "Pilot Knob" in a report
# naming Saint Louis, Fredericktown, Missouri and a Patterson the gazetteer reads in California is in Missouri); a
# place named before it in its paragraph that lies more than CENTRE_KM from that centre is itself doubtful.
CENTRE_KM = 500.0


def article_centre(points: list[Place]) -> Place | None:
    """The town, county or region the gazetteer named in the article (three or more) whose point lies nearest
    all the others (least summed distance; the first named on a tie), or None."""
    pts = [p for p in points if p.feature in ("city", "county", "region") and p.rule.startswith("gazetteer:")]
    if len(pts) < 3:
        return None
    return min(pts, key=lambda p: (sum(km(p.lat, p.lon, q.lat, q.lon) for q in pts), p.evidence.start))


def centred_scene(how: str, where: Place | None, centre: Place | None) -> tuple[str, Place | None]:
    """A feature's scene (nearest_scene, article_scene) checked against the article's centre (article_centre):
    the centre instead of the article's last place, or of a place before it far from the centre."""
    if centre is None or where is None or how == "after" \
            or how == "before" and km(where.lat, where.lon, centre.lat, centre.lon) <= CENTRE_KM:
        return how, where
    return "centre", centre


def nearest_scene(doc: Doc, text: str, points: list[Place], a: int, b: int) -> tuple[str, Place | None]:
    """Where a site or locality the gazetteer lacks, text[a:b], lies: ("after", the place named right after
    it: "... Hospital in Rome", "Rathbeggan, near Dunshaughlin"), else ("before", the nearest town or region
    named before it in its paragraph: a country's point is no site's nor locality's), else ("", None)."""
    m = PLACE_AFTER.match(text, b)
    after = [p for p in points if m and p.evidence.start == m.end()]
    if after:
        return "after", after[0]
    para_start, _ = paragraph_bounds(doc, a)
    before = [p for p in points if para_start <= p.evidence.start and p.evidence.end <= a
              and p.feature not in ("country", "continent")]
    return ("before", before[-1]) if before else ("", None)


def article_scene(points: list[Place], a: int, b: int) -> tuple[str, Place | None]:
    """The town or region (no country) named last before text[a:b] in the article, else first after it; not
    a bureau's dateline (bureau_datelines)."""
    local = [p for p in points if p.feature not in ("country", "continent") and "+bureau" not in p.rule]
    before = [p for p in local if p.evidence.end <= a]
    if before:
        return "article", before[-1]
    after = [p for p in local if p.evidence.start >= b]
    return ("article", after[0]) if after else ("", None)


def settled_point(where: "Place | GeoEntry") -> tuple[float | None, float | None]:
    """The point for a place the gazetteer lacks inside `where`: where's own, or for a region the middle of
    its towns (Gazetteer.settled_point), not the middle of its land."""
    entry = where
    if isinstance(where, Place):
        if where.feature != "region" or where.geonames_id is None:
            return where.lat, where.lon
        entry = gazetteer().by_geonames_id(where.geonames_id)
        if entry is None or (entry.lat, entry.lon) != (where.lat, where.lon):
            return where.lat, where.lon         # "eastern Texas": the text's own part of the region
    return gazetteer().settled_point(entry)


def placed_on(doc: Doc, article_id: str, a: int, b: int, where: "Place | GeoEntry", feature: str, rule: str) -> Place:
    """A place the gazetteer lacks, text[a:b], put on the point of the place `where` it lies in (a place
    record or a gazetteer entry: its country, admin1 and point)."""
    text = doc_text(doc)
    span = doc.char_span(a, b, alignment_mode="expand")
    lat, lon = settled_point(where)
    return Place(id=stable_id(article_id, "place", a, b), article=article_id, name=fold(text[a:b]),
                 country=where.country or None, admin1=fold(where.admin1) if where.admin1 else None,
                 lat=lat, lon=lon, geonames_id=None, feature=feature,
                 sentence=sentence_index(doc, span.start), evidence=Evidence(a, b, text[a:b]), rule=rule,
                 place_precision="containing")


# A name the model's tagger calls a location and the gazetteer lacks ("in Khayelitsha", "near Dunshaughlin",
# "Glenrock Lagoon", "on Collins Avenue"), with a locative cue before it or a word for a kind of place as
# its head: a locality, placed like a named site (the place right after it, else the one before it).
LOCALITY_HEADS = {"Lagoon", "Lake", "Lakes", "Mountain", "Mountains", "Hills", "Hill", "Bay", "Beach", "Cape",
                  "Point", "Island", "Islands", "Valley", "River", "Creek", "Forest", "Desert", "Plateau",
                  "Avenue", "Street", "Road", "Lane", "Boulevard", "Highway", "Township", "County", "Parish",
                  "District", "Village", "Camp", "Reserve", "Park"}
LOCALITY_OPENERS = {"Lake", "Mount", "Mt", "Mt.", "Cape", "Port", "Fort", "Camp"}
SETTLEMENT_OF = re.compile(r"\b(?:village|town|city|suburb|township|district|neighbou?rhood|hamlet|settlement|"
                           r"area|community|county|province|region|state) of\s+$", re.IGNORECASE)
SETTLEMENT_AFTER = re.compile(r"\s+(?:village|town|township|suburb|district|neighbou?rhood|hamlet|settlement|area)\b")
LISTED_BEFORE = re.compile(r"(?:,|\band)\s+$")
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
JOINERS = {"of", "de", "des", "du", "la", "le", "el", "al", "and", "-", "'s", "\u2019s", "upon", "on"}


def named_localities(doc: Doc, article_id: str, facts: "DocFacts", hits: list[Hit],
                     resolved: dict[int, GeoEntry | None],
                     locative_before: dict[int, bool], found: list[Place]) -> list[Place]:
    text = doc_text(doc)
    points = scene_points(found)
    mentions = actor_mentions(doc)
    out: list[Place] = []
    for ent in facts.ents:
        if ent.label_ not in PLACE_LABELS and ent.label_ != "ORG":
            continue
        span = ent[1:] if ent[0].lower_ == "the" else ent
        while len(span) > 1 and (span[-1].is_space or span[-1].is_lower):
            span = span[:-1]        # the tagger's span runs on: "New Quay and", "Grants Town of which"
        words = [t for t in span if not t.is_space]
        if not words or len(words) > 6 or any(not (t.text[:1].isupper() or t.lower_ in JOINERS) for t in words) \
                or not words[-1].text[:1].isupper() or any(t.is_digit for t in words):
            continue
        a, b = words[0].idx, words[-1].idx + len(words[-1])
        if any(p.evidence.start < b and a < p.evidence.end for p in found + out):
            continue
        # a name the gazetteer has and the rules turned down stays down ("Nelson" the surname)
        if any(h.name_start <= a and b <= h.name_end and (resolved.get(h.start) is not None or h.blocked)
               for h in hits):
            continue
        head = words[-1].text
        kind_of_place = len(words) > 1 and (head in LOCALITY_HEADS or words[0].text in LOCALITY_OPENERS)
        # an actor coded on a word inside a named place ("Washington" of "Washington Township", "Lake
        # Manassas") does not make the place an actor
        if any(m.start < span.end and span.start < m.end
               and not (kind_of_place and span.start <= m.start and m.end <= span.end and m.end - m.start < len(span))
               for m in facts.coded) or span.text in demonym_countries():
            continue
        fake = Hit(a, b, a, b, span.text, [])
        # "the village of Nagrig", "in Torkula village", "to al-Tanf area"
        settled = SETTLEMENT_OF.search(text, max(0, a - 30), a) is not None \
            or SETTLEMENT_AFTER.match(text, b) is not None and is_locative(doc, span, fake, locative_before)
        if not kind_of_place and not settled \
                and (not is_locative(doc, span, fake, locative_before) or not_a_name(doc, span)):
            continue
        how, where = nearest_scene(doc, text, points, a, b)
        if ent.label_ == "ORG" and (how != "after" or not is_locative(doc, span, fake, locative_before)):
            continue        # a body is a place only where the text puts something at it in a place: "a
                            # meeting at the OAS in Washington", "sold at Riverdale Lukoil South in Riverdale"
        if where is None and not THE_BEFORE.search(text, max(0, a - 5), a) \
                and not any(m.start < span.end and span.start < m.end for m in mentions):
            # else the town or region the article last named before it, or first after it ("moved out of an
            # informal settlement in Khayelitsha" in a story set in Cape Town); not a name after "the" ("in
            # the Northern Echo", "at the World Championships": a paper, an event) nor an actor's
            how, where = article_scene(points, a, b)
        # A lone word after a preposition is a place only with more said about it: a place after it
        # ("Rathbeggan, near Dunshaughlin"), a word for a settlement ("the village of Nagrig"), places
        # listed with it ("Hamburg, Brasoc and Mannheim"), a preposition that puts things inside it or a
        # movement's end ("moved back to Khayelitsha", "went to Disneyworld"); not "an analyst at
        # Petercam", "shares in Holcim" (the tagger's LOC or GPE: a body it calls ORG goes nowhere).
        lone = len(words) == 1 and not kind_of_place and how != "after" and not settled \
            and not LISTED_BEFORE.search(text, max(0, a - 6), a) and not inside_of(doc, span)
        if lone and not (ent.label_ in ("LOC", "GPE") and span.start > 0 and not modifies_noun(doc, span)
                         and doc[span.start - 1].lower_ == "to" and moves_to(doc, span.start - 1)):
            continue        # but "sent to Oscar voters" names no place
        if len(words) == 1 and how != "after" and not settled and title_case(span.sent):
            continue        # "Two Aid Workers Killed in Attack on Darfur Aid Convoy": a headline's capitals name nothing
        if lone and how == "article":
            where = None        # "went to Disneyworld": the article's last town says nothing of where that is
        if where is None:
            if kind_of_place or settled or lone:
                # "the Pilanesburg Mountains", "Glenrock Lagoon" in a story that places nothing else: a
                # mention with no point (the article's country is too coarse for a lagoon)
                out.append(unplaced(doc, article_id, a, b, "locality", f"tagger:{ent.label_}+locality+unplaced"))
            continue
        # a facility, or a name whose head is a word for one ("Kandahar Airfield"), is a site
        feature = "site" if ent.label_ in ("FAC", "ORG") or (len(words) > 1 and head.lower() in SITE_NOUNS) \
            else "locality"
        out.append(placed_on(doc, article_id, a, b, where, feature, f"tagger:{ent.label_}+{feature}+{how}"))
    return out


# A natural feature or a rural landmark named by capitalised words and a word for its kind, closing the name
# ("Tombigbee River", "Otter Creek", "Dalton's Ford", "Gull-Rock Inlet", "Callaway County") or opening it
# ("Lake Waccamaw", "Bayou Lafourche", "Mount Hood"); a plural head names each listed name ("Boone and
# Callaway Counties").
FEATURE_HEADS = {"River", "Creek", "Bayou", "Lake", "Pond", "Lagoon", "Island", "Inlet", "Bay", "Cove", "Harbor",
                 "Harbour", "Hill", "Hills", "Mountain", "Mountains", "Ridge", "Knob", "Bluff", "Ford", "Ferry",
                 "Swamp", "Point", "Fork", "Gap", "Canyon", "Falls", "County", "Parish"}
FEATURE_PLURALS = {"Rivers": "River", "Creeks": "Creek", "Islands": "Island", "Lakes": "Lake", "Counties": "County",
                   "Parishes": "Parish"}
FEATURE_OPENERS = {"Lake", "Bayou", "Mount", "Mt", "Point", "Cape", "Fort", "Isle"}
# Heads that are also surnames: after a first name they end a person's name ("Ricki Lake", "Harrison Ford",
# "Lauryn Hill", "Michael Bay"), unless a possessive says whose ford or hill it is ("Dalton's Ford")
FEATURE_WORDS = FEATURE_HEADS | FEATURE_OPENERS | FEATURE_PLURALS.keys()
SURNAME_HEADS = {"Lake", "Hill", "Ford", "Bay", "Ferry", "Point", "Ridge"}
FEATURE_NAME_WORD = re.compile(r"(?:St\.?|[A-Z][\w'\u2019-]*)$")     # not an initial: "Josiah F. Marsh"


@functools.lru_cache(maxsize=4)
def feature_head_hashes(strings) -> dict[int, str]:
    """Hash of a head or opener word -> "head", "plural" or "opener"."""
    out = {strings.add(w): "opener" for w in FEATURE_OPENERS}
    out.update({strings.add(w): "plural" for w in FEATURE_PLURALS})
    out.update({strings.add(w): "head" for w in FEATURE_HEADS})
    return out


def feature_spans(doc: Doc, facts: "DocFacts") -> list[tuple[int, int, str]]:
    """The token spans (start, end, head word) of the doc's feature names (FEATURE_HEADS): the capitalised
    words before a head (a hyphen may join them, a possessive may end them: "Gull-Rock Inlet", "Saint Mary's
    River"), or an opener and the capitalised words after it; not a name going on into a longer one ("Tampa
    Bay Buccaneers", "Eagle Point Software"), nor the sentence's first function words ("In Big Creek"), nor
    words of a headline in title case."""
    kinds = feature_head_hashes(doc.vocab.strings)
    out: list[tuple[int, int, str]] = []

    def name_word(t) -> bool:
        return not t.is_sent_start and FEATURE_NAME_WORD.match(t.text) is not None \
            or t.is_sent_start and t.text[:1].isupper() and t.text not in SITE_OPENERS

    def goes_on(i: int) -> bool:
        nxt = doc[i] if i < len(doc) else None
        return nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and not nxt.is_sent_start \
            and nxt.text not in CALENDAR_WORDS

    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        kind = kinds.get(orth)
        if kind is None:
            continue
        if kind in ("head", "plural") and i > 0:
            j = i
            while j > 0 and i - j < 5:
                prv = doc[j - 1]
                if (prv.text == "-" or prv.text in ("'s", "\u2019s") and j == i) and j - 1 > 0 \
                        and not doc[j - 2].whitespace_ and FEATURE_NAME_WORD.match(doc[j - 2].text):
                    j -= 1      # "Pruitt's Hill", "Gull-Rock Inlet" (not "the BBC's Talking Point")
                    continue
                if not name_word(prv) or prv.text in CALENDAR_WORDS or prv.is_digit:
                    break
                j -= 1
                if prv.is_sent_start:
                    break
            if j < i and doc[j].text not in ("'s", "\u2019s", "-") and not goes_on(i + 1):
                out.append((j, i + 1, doc[i].text))
                continue
        if kind == "opener" or kind == "head" and doc[i].text in FEATURE_OPENERS:
            k = i + 1
            while k < len(doc) and k - i <= 3 and not doc[k].is_sent_start and doc[k].is_alpha \
                    and doc[k].text[:1].isupper() and doc[k].text not in CALENDAR_WORDS:
                k += 1
            if k > i + 1 and (i == 0 or doc[i].is_sent_start or not doc[i - 1].text[:1].isupper()
                              and doc[i - 1].whitespace_) and not goes_on(k):     # not "a 4-Point Plan"
                out.append((i, k, doc[i].text))
    return [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), head) for s, e, head in out
            if not person_feature(doc, doc[s:e], facts) and not in_headline(doc, s, e)]


def feature_pieces(text: str, features: list[tuple[int, int, str]]) -> list[tuple[int, int, bool]]:
    """The character spans of the feature names (feature_spans), with those a plural head names ("Boone and
    Callaway Counties": "Callaway Counties", and "Boone", listed: True)."""
    out = []
    for a, b, head in features:
        out.append((a, b, False))
        if head in FEATURE_PLURALS:
            m = LISTED_NAMES_BEFORE.search(text, max(0, a - 80), a)
            if m is not None:
                out += [(m.start(1) + x.start(), m.start(1) + x.end(), True)
                        for x in re.finditer(r"[A-Z][\w'-]*", m.group(1))]
    return out


def named_features(doc: Doc, article_id: str, features: list[tuple[int, int, bool]], hits: list[Hit],
                   resolved: dict[int, GeoEntry | None], found: list[Place], context: Context | None = None) -> list[Place]:
    """Feature names (feature_pieces) that nothing else took, whatever the tagger calls them ("crossed at
    Dalton's Ford", "Signal Knob", tagged a person): a locality placed on the region or county in its
    name ("the Ohio River"), else like one the tagger found (the place right after it, else the town or
    region named before it in its paragraph, else the one the article last named), else a mention with no
    point. A town in its name gives no point: "Dalton's Ford" is named after a person, "Fort Lyon" is not in
    France; but a fort named like a town the article's other places lie near is on that town (fort_town: "Fort
    Walla Walla" beside Lewiston)."""
    text = doc_text(doc)
    points = scene_points(found)
    home = home_admin1(hits, resolved)
    centre = article_centre(points)
    out: list[Place] = []
    for a, b, listed in features:
        if any(p.evidence.start < b and a < p.evidence.end for p in found + out):
            continue
        if not listed and any(h.start <= a and b <= h.end and h.entries() for h in hits):
            continue        # a name the gazetteer has is the rules' to take or turn down ("Lake Waccamaw")
        # (not the kind's own word read as a place: "Bay" of "Chesapeake Bay" is no Somali region)
        inner = [e for h in hits if a <= h.start and h.end <= b and not listed and not h.stop
                 and not FEATURE_WORDS & set(h.key.split())
                 if (e := resolved.get(h.start)) is not None and e.kind in ("region", "area", "county")]
        if inner:
            out.append(placed_on(doc, article_id, a, b, inner[0], "locality", "feature+own-name"))
            continue
        if not listed and (town := fort_town(text, context, a, b, home)) is not None:
            out.append(placed_on(doc, article_id, a, b, town, "locality", "feature+own-town"))
            continue
        how, where = nearest_scene(doc, text, points, a, b)
        if where is None:
            how, where = article_scene(points, a, b)
        how, where = centred_scene(how, where, centre)
        if where is None:
            out.append(unplaced(doc, article_id, a, b, "locality", "feature+unplaced"))
            continue
        out.append(placed_on(doc, article_id, a, b, where, "locality", f"feature+{how}"))
    return out


# A fort or camp named like a town ("Fort Walla Walla", "FORT LARAMIE", "Fort Yuma"): the town grew up around it or
# took its name, when that town lies near the article's other places (within FORT_TOWN_KM of a town it names beyond
# doubt, or twice that in the state most of its other places lie in, home_admin1: "Fort Yuma" in a report from
# Tucson); a town far off is some other namesake ("Fort Lyon" is in no France, "Fort Humboldt" in no Tennessee,
# "Fort Monroe" in a report naming New Orleans, Mobile and New York no Monroe, Louisiana), and a fort in a report
# that names no town beyond doubt is nobody's town ("FORT SUMTER" is no Sumter, South Carolina).
FORT_OPENERS = ("Fort ", "Ft. ", "Camp ")
FORT_TOWN_KM = 250.0


def fort_town(text: str, context: Context | None, a: int, b: int, home: str | None = None) -> GeoEntry | None:
    """The town that the fort or camp named text[a:b] stands at (see FORT_OPENERS), or None; ``home``: the
    admin1 code of the state the article's other places lie in (home_admin1)."""
    name = text[a:b]
    opener = next((o for o in FORT_OPENERS if name.title().startswith(o)), None)
    if context is None or opener is None:
        return None
    rest = name[len(opener):].strip()
    key = " ".join(w.capitalize() for w in rest.split()) if rest.isupper() else rest
    hit = gazetteer().hit_for(key, a + len(opener), b)
    e = gazetteer().resolve(hit, context) if hit is not None else None
    if e is None or e.kind != "city" or e.lat is None:
        return None
    d = nearest_km(e, key, context)
    return e if d <= FORT_TOWN_KM or e.admin1_code == home and d <= 2 * FORT_TOWN_KM else None


def home_admin1(hits: list[Hit], resolved: dict[int, GeoEntry | None]) -> str | None:
    """The first-level region (admin1 code) that more of the article's towns, counties and regions lie in than
    any other, or None on a tie."""
    counts = Counter(e.admin1_code for h in hits if (e := resolved.get(h.start)) is not None
                     and e.kind in ("city", "county", "region") and e.admin1_code)
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


# A report's or letter's heading in capitals, its place then its date, naming a fort, camp, valley or other place of a
# kind the gazetteer lacks ("FORT SUMTER, January 13, 1864.", "CAMP NELSON, June 12, 1864.", "ROUND VALLEY, October
# 19, 1862."): a locality (a heading's town the gazetteer has is dateline_hits')
HEADING_WORDS = FEATURE_HEADS | FEATURE_OPENERS | {"Camp", "Valley", "Station", "Ranch", "Landing", "Springs",
                                                   "Court-House", "Courthouse", "Crossing", "Cross-Roads"}


def heading_localities(doc: Doc, article_id: str, hits: list[Hit], resolved: dict[int, GeoEntry | None],
                       found: list[Place], context: Context) -> list[Place]:
    """Each heading's place of HEADING_WORDS the gazetteer lacks: on the town in its name (fort_town), else the
    town or region the article names first after it (its scene), else a mention with no point."""
    text = doc_text(doc)
    points = scene_points(found)
    home = home_admin1(hits, resolved)
    out: list[Place] = []
    for d in datelines(text, loose=True):
        if not (d.caps and d.date is not None and d.agency is None and d.region is None):
            continue
        a, b = d.place
        words = [w.capitalize() for w in d.place_text.split()]
        if len(words) < 2 or not HEADING_WORDS & set(words) \
                or any(p.evidence.start < b and a < p.evidence.end for p in found + out) \
                or any(h.start <= a and b <= h.end and h.entries() for h in hits):
            continue
        if doc.char_span(a, b, alignment_mode="expand") is None:
            continue
        if (town := fort_town(text, context, a, b, home)) is not None:
            out.append(placed_on(doc, article_id, a, b, town, "locality", "unlisted+heading+own-town"))
            continue
        how, where = centred_scene(*article_scene(points, a, b), article_centre(points))
        out.append(placed_on(doc, article_id, a, b, where, "locality", f"unlisted+heading+{how}") if where is not None
                   else unplaced(doc, article_id, a, b, "locality", "unlisted+heading+unplaced"))
    return out


# "Boone and Callaway Counties", "the Green, White and Blue Rivers": the names listed before a plural head
LISTED_NAMES_BEFORE = re.compile(r"\b((?:[A-Z][\w'-]*(?:,\s*|\s+and\s+))+)$")


def person_feature(doc: Doc, span: Span, facts: "DocFacts") -> bool:
    """Whether a feature name is a person's: a head that is also a surname (SURNAME_HEADS) after a name the
    tagger calls a person or a known first name (first_names), with no possessive between ("Ricki
    Lake", "Harrison Ford"; not "Dalton's Ford", "Lake Placid")."""
    head = span[-1]
    if head.text not in SURNAME_HEADS or any(t.text in ("'s", "\u2019s") for t in span) or len(span) < 2:
        return False
    if any(e.label_ in ("PERSON", "PER") and e.start <= span.start and span.end <= e.end for e in facts.ents):
        return True
    return len(span) == 2 and span[0].text in first_names()


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The first names of the persons dictionary and of the knowledge base's persons ("Jordan", "Sarah")."""
    kb = {name.split()[0] for e in builtin_persons() for name in e.names if len(name.split()) > 1}
    return frozenset(kb | {w.capitalize() for w in dictionary_persons()[1]})


def country_votes(hits: list[Hit], facts: "DocFacts") -> dict[str, set[str]]:
    """The names in the article that point at each country: its own name, a place with readings in it
    alone, an actor of it."""
    votes: dict[str, set[str]] = {}
    for hit in hits:
        countries = {e.country for e in hit.entries()}
        if len(countries) == 1 or any(e.kind == "country" for e in hit.entries()):
            c = next(e.country for e in hit.entries() if len(countries) == 1 or e.kind == "country")
            votes.setdefault(c, set()).add(hit.key)
    for m in facts.coded:
        c = actor_country(m.country) or actor_country(m.code)
        if c:
            votes.setdefault(c, set()).add(m.code)
    return votes


def modifier_stands(hit: Hit, entry: GeoEntry, votes: dict[str, set[str]]) -> bool:
    """Whether a place's name opening another name is worth a record: spelled as the place's own name (not
    "Trident" for Trento, nor "San" of "San Andreas") and in a country something else in the article points
    at ("Lagos Chamber of Commerce" in a story naming Nigeria; not "Falcon Crest" in one that names no
    Venezuela)."""
    if SAINT.match(hit.key + " ") or all(alias for e, alias in hit.candidates if e == entry) \
            and not hit.key.replace(".", "").isupper():       # "EU Transport Commissioner" is the EU's
        return False
    return not entry.country or bool(votes.get(entry.country, set()) - {hit.key})


def inside_of(doc: Doc, span: Span) -> bool:
    """"an informal settlement in Khayelitsha", "worked as a machinist in Earlsheaton": a lone name right after a
    preposition that puts things inside a place (INSIDE), not a stake in a company ("shares in Holcim") nor a
    noun's modifier ("in Games history", "invested in Mini production")."""
    i = span.start - 1
    return i > 0 and doc[i].lower_ in INSIDE and doc[i - 1].lower_ not in NOT_PLACE_BEFORE_IN \
        and not modifies_noun(doc, span)


def title_case(sent: Span) -> bool:
    """Whether a sentence is a headline in title case, where capitals say nothing of names: most of its longer
    words capitalised ("Two Aid Workers Killed in Attack on Darfur Aid Convoy")."""
    longer = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(longer) >= 3 and sum(t.text[:1].isupper() for t in longer) >= 0.7 * len(longer)


def modifies_noun(doc: Doc, span: Span) -> bool:
    """Whether a lower-case noun follows the name, which then modifies it ("in Games history", "sent to Oscar
    voters")."""
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.is_lower and nxt.is_alpha and nxt.pos_ == "NOUN"


def not_a_name(doc: Doc, span: Span) -> bool:
    """Whether a tagged name after a preposition is no place's: a possessor ("in Ingraham's show"), a title
    with a number ("Gisec 2018", "Fort No. 1"), a word the article also writes in lower case ("the Oil and
    Gas Masterclasses"), an ordinal ("Sixth Kansas Regiment")."""
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (nxt.lower_ in ("'s", "\u2019s", "'", "\u2019") or nxt.like_num or nxt.text == "No"):
        return True
    if ORDINAL.fullmatch(span[0].text):
        return True
    if len(span) != 1:
        return False
    return doc.vocab.strings.add(span[0].lower_) in lower_case_words(doc)


def lower_case_words(doc: Doc) -> frozenset[int]:
    """The texts (ORTH hashes) the article writes in lower case, read once per Doc (not_a_name asks of every name
    after a preposition; no component changes the tokens)."""
    found = doc.user_data.get("fp_lower_case_words")
    if found is None:
        found = doc.user_data["fp_lower_case_words"] = frozenset(
            orth for orth, low in doc.to_array([ORTH, IS_LOWER]).tolist() if low)
    return found


def make_place(doc: Doc, article_id: str, hit: Hit, entry: GeoEntry, locative: bool, cue: str = "") -> Place:
    rule = f"gazetteer:{entry.feature}" + ("+locative" if locative else "") + (f"+{cue}" if cue else "")
    if hit.suffix:
        rule += f"+{hit.suffix}"
    if hit.direction:
        rule += f";direction={hit.direction}"
    end = hit.extra.get("own_end", hit.end)       # the qualifier of "Donetsk, Russia" is a record of its own
    lat, lon = entry.lat, entry.lon
    if hit.direction and not hit.direction.endswith(" of") and hit.direction != "central":
        lat, lon = gazetteer().point_toward(entry, hit.direction)     # "eastern Ukraine" in eastern Ukraine
    token = doc.char_span(hit.name_start, hit.name_end, alignment_mode="expand")
    return Place(id=stable_id(article_id, "place", hit.start, end), article=article_id, name=fold(entry.name),
                 country=entry.country or None, admin1=fold(entry.admin1) if entry.admin1 else None, lat=lat,
                 lon=lon, geonames_id=entry.geonames_id, feature=entry.feature,
                 sentence=sentence_index(doc, token.start), evidence=Evidence(hit.start, end,
                                                                               doc_text(doc)[hit.start:end]),
                 rule=rule, place_precision="point" if entry.kind == "city" else "area")


SAINT_CUT = re.compile(r"(?<![\w.])(?:ST|St|STE|Ste)\. $")


def dateline_hits(text: str) -> list[Hit]:
    """"BEIJING, March 3 (Reuters) -": the dateline's town, looked up in its usual capitalisation (the
    places scan of nlp/datelines.py: a name in capitals opening a line or a sentence)."""
    gaz = gazetteer()
    out = []
    for d in datelines(text, loose=True):
        (a, b), name = d.place, d.place_text
        if m := SAINT_CUT.search(text, max(0, a - 5), a):
            a, name = m.start(), text[m.start():b]      # "ST. LOUIS" after a headline: "ST." ended no sentence
        key = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in name.split(" "))
        hit = gaz.hit_for(key, a, b) or gaz.hit_for(name, a, b)
        # A name in capitals opening a paragraph is a dateline even when it is also a word or a name
        # ("WASHINGTON (AP) -", "READING, England -").
        known = hit is not None and bool(hit.entries()) and not DIRECTION_ONLY.fullmatch(key)
        if known:
            out.append(hit)
            # a report's or letter's heading: the town, then its date, no wire agency ("HUNTSVILLE, May 9, 1864.")
            hit.extra["dated"] = d.date is not None and d.agency is None and d.region is None
        # "NEOSHO, MO., February 1": the state's abbreviation in capitals, looked up as "Mo."; a town the
        # gazetteer does not place before it is a locality there (the caller places it).
        region = d.region_text if d.region is not None else None
        # (any abbreviation the gazetteer knows as a region's: "Calif." is longer than the datelines' pattern)
        if region is not None and (STATE_ABBREVIATION.fullmatch(region) or POSTAL_CODE.fullmatch(region)
                                   or region.endswith(".") and " " not in region):
            abbr = " ".join(w[:1] + w[1:].lower() for w in region.split(" "))
            # "HORRY COUNTY, SC (WMBF) -": a postal code, the state's that holds the town where it is known
            state = gaz.hit_for(abbr, *d.region) if abbr.endswith(".") else \
                gaz.postal_hit(region, *d.region, hit.entries() if known else None)
            if state is not None and any(e.kind == "region" for e in state.entries()):
                state.extra["town"] = (a, b)
                if known and any(contains(r, e) for r in state.entries() for e in hit.entries()):
                    hit.qualifier = state       # "SPRINGFIELD, MO." is the Springfield in Missouri
                elif known:
                    out.remove(hit)             # "YORKTOWN, VA.": none of the Yorktowns listed, a locality there
                    state.extra["elsewhere"] = hit.key      # (and so wherever the text names it again)
                out.append(state)
        elif region is not None and known:
            # "MOSCOW, Idaho (AP) -": a state or country written out qualifies the town as an abbreviation does
            # (the scan finds the name itself, so it is no hit here)
            state = gaz.hit_for(region, *d.region)
            if state is not None and any(contains(r, e) for r in state.entries() if r.kind in ("region", "country")
                                         for e in hit.entries()):
                hit.qualifier = state
    return out


# "Donington Park, Leicestershire." "Croft, Yorkshire;": a region or county ending a clause right after a
# capitalised name and a comma says where that name lies (an address, a calendar, a caption)
NAME_AND_COMMA_BEFORE = re.compile(r"(?:^|[\s(:;])[A-Z][\w'.-]*,[ \t]*$")
CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;:)\]]|\n|$)")
AREA_KINDS = ("region", "area", "county")
# Words after a name that make it an area around the place ("the Jaffna peninsula", "the Maghnia region")
AREA_WORDS = REGION_WORDS | DISTRICT_WORDS | {"city", "town", "village", "valley", "basin", "coast", "countryside"}


def closes_address(text: str, hit: Hit) -> bool:
    """Whether a region or county's name closes an address: "Name, Area" and then the end of a clause."""
    return bool(hit.entries()) and all(e.kind in AREA_KINDS for e in hit.entries()) \
        and NAME_AND_COMMA_BEFORE.search(text, max(0, hit.start - 40), hit.start) is not None \
        and CLAUSE_END_AFTER.match(text, hit.end) is not None


# A report's or letter's heading: a place opening a line, then its date ("Carson City, September 15, 1862.",
# "Richmond, Va., March 5, 1864."): where the writer stands, whatever else the name may be (a surname, a word)
HEADING_DATE_AFTER = re.compile(r",[ \t]*(?:" + DATE + r")")


def heads_a_letter(text: str, hit: Hit) -> bool:
    """Whether the place's name opens a line and its date follows it (HEADING_DATE_AFTER)."""
    line_start = text.rfind("\n", 0, hit.start) + 1
    return not text[line_start:hit.start].strip() and HEADING_DATE_AFTER.match(text, hit.end) is not None


def is_locative(doc: Doc, span: Span, hit: Hit, locative_before: dict[int, bool]) -> bool:
    """Whether the name is used as a location (see the module docstring)."""
    if hit.direction or hit.suffix == "region" or closes_address(doc_text(doc), hit) \
            or heads_a_letter(doc_text(doc), hit):
        return True
    preps = LOCATIVE_FOR_COUNTRIES if all(e.kind == "country" for e in hit.entries()) else LOCATIVE
    i, skipped = span.start - 1, 0
    while i >= 0 and skipped <= 5:
        tok = doc[i]
        low = tok.lower_
        if low in preps:
            return True
        if low == "to" and moves_to(doc, i):
            return True         # "sent 21 observers to Bosnia", not "the ambassador to Ukraine"
        if low in (",", "and", "or"):
            return continues_list(doc, span, locative_before)
        if low in BRIDGE or low.endswith(("-held", "-occupied", "-controlled")) or tok.text in demonym_countries():
            i, skipped = i - 1, skipped + 1
            continue
        if tok.text[:1].isupper() and not tok.whitespace_ and i + 1 < len(doc) and doc[i + 1].text == "-" \
                and not doc[i + 1].whitespace_:
            i, skipped = i - 1, skipped + 1     # "Russian-occupied", "Houthi-controlled"
            continue
        return False
    return False


def moves_to(doc: Doc, to_index: int) -> bool:
    """Whether the "to" at ``to_index`` ends a movement: a motion verb shortly before it in the sentence."""
    for j in range(to_index - 1, max(-1, to_index - 9), -1):
        low = doc[j].lower_
        if low in MOTION_WORDS or low.startswith(MOTION_STEMS):
            return True
        if doc[j].is_sent_start or low in (";", ":"):
            return False
    return False


def continues_list(doc: Doc, span: Span, locative_before: dict[int, bool]) -> bool:
    """"in Kharkiv, Sumy and Chernihiv": an item of a list is as locative as the item before it."""
    prev_end = max((end for end in locative_before if end <= span.start_char), default=None)
    if prev_end is None:
        return False
    between = doc_text(doc)[prev_end:span.start_char].replace(",", " ").split()
    return all(w in ("and", "or", "the") for w in between) and locative_before[prev_end]


class DocFacts(NamedTuple):
    """What every mention's tests read from the doc, read once: its entities (spaCy makes new spans at
    every read of doc.ents), the actor mentions with a code, the surnames of the people it names and its
    text."""

    ents: tuple[Span, ...]
    coded: list
    surnames: set[str]
    text: str

    @classmethod
    def of(cls, doc: Doc) -> "DocFacts":
        mentions = actor_mentions(doc)
        ents = tuple(doc.ents)
        return cls(ents, [m for m in mentions if m.code], person_surnames(ents, mentions), doc_text(doc))


def rejection(doc: Doc, span: Span, hit: Hit, entry: GeoEntry, locative: bool, facts: DocFacts,
              in_focus: bool = False, alone: bool = False) -> str | None:
    """Why this mention is not a place, or None when it is. ``in_focus``: the article places other
    things in the first-level region of this reading (its state, province or county); ``alone``: nothing
    else in the article points at this reading's country."""
    text = facts.text
    ents = facts.ents
    # A person's name around the place name ("Paris Hilton") rules it out; the tagger calling the bare
    # name a person does so only for names that are also common words or names ("David").
    nxt = doc[span.end] if span.end < len(doc) else None
    for e in ents:
        if e.label_ in ("PERSON", "PER") and e.start < span.end and span.start < e.end \
                and (len(e) > len(span) or hit.stop):
            if e.start == span.start and nxt is not None and nxt.text in PLACE_TITLES and not hit.stop:
                return NAMES_A_MODIFIER     # "Manitoba Premier Brian Pallister": the tagger read the title in
            if len(e) == len(span) and span.start > 0 and doc[span.start - 1].lower_ in INSIDE \
                    and not (nxt is not None and nxt.text in ("'s", "\u2019s")):
                continue                    # "services into Nelson": the town, though Nelson is also a surname
            if hit.extra.get("initial") and span.start in (e.start, e.end - len(span)):
                continue                    # "Powell Presses N. Korea", "N. Korea Economic Sanctions": the compass
                                            # point's initial is no person's
            return "part of a person's name"
    if hit.key in ERA_MARKERS and YEAR_BEFORE.search(text, max(0, hit.start - 8), hit.start):
        return "an era after a year"       # "500 B.C.", not British Columbia
    if hit.key in demonym_countries() and entry.kind != "country":
        return "a demonym"      # "U.S." in "U.S. officials" is still the country's name
    if entry.kind not in ("country", "continent") and not hit.suffix and nxt is not None \
            and nxt.lower_ in NOT_PLACE_HEADS:
        return "part of the name of a treaty, disease, outlet or event"   # "the Kyoto protocol", "Marburg virus"
    if hit.stop and text[hit.end:hit.end + 1] == "-" and not BASED_AFTER.match(text, hit.end):
        return "part of a compound word"        # "Pre-Election", "Most-favoured"; not "Washington-based"
    if entry.kind != "country" and OF_NAME_AFTER.match(text, hit.end):
        return "part of a longer proper name"   # "University of Lille", "Confederation of British Industry"
    before = text[max(0, hit.name_start - 12):hit.name_start]
    if TITLE_BEFORE.search(before):
        return "part of a person's name"       # "President Bush", "Mr Paisley"
    # A country's name still points at it before a name ("U.S. District Judge", "Ukraine International
    # Airlines"), unless it is also a first name ("Chad Smith").
    country_name = entry.kind in ("country", "continent") and not hit.stop
    if hit.end == hit.name_end and nxt is not None and nxt.is_alpha and nxt.text[:1].isupper() \
            and nxt.text not in DESCRIPTORS and not nxt.is_sent_start and not country_name \
            and not headline_capital(span, entry, ents) \
            and nxt.text not in CALENDAR_WORDS and not region_around(nxt.text, entry):
        # "Fleet Street", "Paris Hilton", "Mobile Telesystems"; but "arrive in Lagos April 4" and
        # "Maiduguri Borno State" are the town's name
        # (not a numbered unit, "Fifth New York Cavalry", nor the end of a compound, "Dyfed-Powys Police")
        prv = doc[span.start - 1] if span.start > 0 else None
        if not hit.stop and (entry.kind in ("region", "area") or entry.population >= ACTING_TOWN) \
                and nxt.text not in STREET_HEADS and nxt.text not in UNIT_WORDS \
                and gazetteer().stop.get(nxt.text) not in ("surname", "forename") \
                and not (prv is not None and (ORDINAL.fullmatch(prv.text) or prv.text[:1].isdigit()
                                              or prv.text in UNIT_WORDS
                                              or text[hit.name_start - 1:hit.name_start] == "-")) \
                and not any(e.label_ in ("PERSON", "PER") and e.start <= nxt.i < e.end for e in ents):
            return NAMES_A_MODIFIER     # "California Democrats", "Lagos Chamber of Commerce"
        return "part of a longer proper name"
    prv = doc[span.start - 1] if span.start > 0 else None
    if nxt is not None and nxt.lower_ in COMMODITY_AFTER_NAME and hit.end == hit.name_end and entry.kind != "country":
        return "a commodity named after it"     # "Brent crude rose $3"; but "US crude" is the country's oil
    if entry.kind in ("country", "continent"):
        if hit.stop and prv is not None and prv.is_alpha and prv.text[:1].isupper() and not span[0].is_sent_start \
                and not (prv.text in CALENDAR_WORDS or headline_capital(span, entry, ents, before=True)):
            return "part of a person's name"   # "Michael Jordan"; not "said Sunday Israel", "FBI Suspects Israel"
        return None
    if hit.stop == "common" and prv is not None and prv.lower_ == "the" and entry.kind == "city":
        return "a common word after 'the'"      # "at the University's hall": towns take no article
    if alone and prv is not None and prv.lower_ == "the" and entry.kind == "city" and hit.qualifier is None \
            and entry.population < LISTED_CITY and not hit.direction \
            and not (nxt is not None and (nxt.lower_ in AREA_WORDS or nxt.lower_ in FOLK_NOUNS)):
        # but "the Jaffna peninsula" is there, and "the Harrogate man" is from there
        # "the Brits" (an awards show, not Brits in South Africa), "the Olympic village" (not Olympic, Hong
        # Kong), "the Tata group": a small town abroad that nothing else in the story points at, after "the"
        return "a small town abroad after 'the'"
    if locative:
        return None
    if alone and entry.kind == "city" and hit.qualifier is None and not hit.direction \
            and entry.population < LISTED_CITY and named_as_person(span, entry, facts):
        # "Rafa told reporters" in a story on Liverpool is no Rafah, "Mary thanked" no Mary in Turkmenistan: a
        # town that nothing else in the story points at, with no locative cue, read as a person's name
        # (a locative use elsewhere in the text still makes it the town: UNCUED)
        return "a small town abroad named as a person"
    if entry.kind == "city" and entry.population < MIN_TOWN and entry.country in ENGLISH_SPEAKING \
            and hit.qualifier is None and not (in_focus and (tagged_place(ents, span) or "namesake" in hit.extra)):
        # "Hewitt" the tennis player is not Hewitt, Texas; "Allendale, N.J." is a town, and so is
        # "Batesville" where the model tags it a place in a story set in Arkansas
        return "a small town without a locative cue or its state or country"
    # The tagger is trusted on words and curated names ("Washington is already reacting"), not on names
    # that are mostly people's (it calls the surnames of a team sheet places).
    # (a name its state or country qualifies is the town, as a locative cue would say: "the mayor of Paris, Ky.")
    if hit.stop and (hit.stop in ("surname", "forename") or not tagged_place(ents, span)) \
            and not BASED_AFTER.match(text, hit.end) and hit.qualifier is None:  # "the Washington-based group"
        return f"stop key ({hit.stop}) without a locative cue"
    if span.text in facts.surnames:
        return "surname of a person named in the text"
    if ARABIC_ARTICLE_BEFORE.search(before):
        return "part of a person's name"       # "Muqtada al-Sadr"; "in al-Raqqa" is locative
    if any(m.start < span.end and span.start < m.end for m in facts.coded) and "namesake" not in hit.extra:
        return "coded as an actor"      # (a country's code on a town named like it is the country's name misread)
    if gazetteer().is_capital(entry) and acts(doc, span):
        return "a capital standing for its government"
    if entry.kind == "city" and span.end < len(doc) and doc[span.end].lower_ in GOVERNING:
        return "a city standing for those who govern from it"    # "the Damascus government"
    if hit.start == hit.name_start and prv is not None and prv.is_alpha and prv.text[:1].isupper() \
            and not span[0].is_sent_start and prv.lower_ not in BRIDGE and not (prv.is_sent_start and prv.is_stop) \
            and not (headline_capital(span, entry, ents, before=True) and entry.population >= ACTING_TOWN):
        return "part of a longer proper name"   # (a small town's name in a headline stays doubtful: "Rescuers Dig Out")   # but "But Lusaka", "By NAIROBI, Kenya": a sentence's first word
    return None


def headline_capital(span: Span, entry: GeoEntry, ents: tuple[Span, ...], before: bool = False) -> bool:
    """Whether the capitalised word after the name (``before``: before it) is capitalised only because the
    sentence is a headline in title case ("Israel Says ...", "Three Killed in Mosul Car Bomb", "FBI Suspects
    Israel Has Spy"): the tagger's location entity holding the name ends (starts) with it, so the word is no
    part of a longer name, as it would not be in lower case. Only for settled places: a headline's "Rockies" or
    "Highlands" before a verb is as often a team."""
    if entry.kind not in ("country", "region", "area", "county", "city"):
        return False
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    prv = doc[span.start - 1] if span.start > 0 else None
    if not title_case(span.sent) or nxt is not None and (nxt.text in UNIT_WORDS or nxt.text + "s" in UNIT_WORDS) \
            or prv is not None and (ORDINAL.fullmatch(prv.text) or prv.text[:1].isdigit() or prv.text in UNIT_WORDS):
        return False        # a numbered unit's name ("First Infantry California Volunteers") is no headline
    return any(e.label_ in ("LOC", "GPE") and (e.start == span.start if before else e.end == span.end)
               and e.start <= span.start and span.end <= e.end for e in ents)


def region_around(name: str, entry: GeoEntry) -> bool:
    """Whether ``name`` is a region that holds the place ("Maiduguri Borno State")."""
    return entry.kind == "city" and any(contains(r, entry) for r in gazetteer().lookup(name, kind="region"))


def tagged_place(ents: tuple[Span, ...], span: Span) -> bool:
    """Whether the model's entity tagger calls exactly this name a place ("Washington is already
    reacting" as GPE, where "Washington" the surname would be PERSON)."""
    return any(e.label_ in ("GPE", "LOC") and e.start == span.start and e.end == span.end for e in ents)


def named_as_person(span: Span, entry: GeoEntry, facts: DocFacts) -> bool:
    """Whether the text reads this bare name of a town as a person's: the tagger calls it, here or at another
    of its mentions, a person and nothing else ("Rafa told reporters ... Rafa is a good coach"), or, for a town
    too small to stand for those who act from it, it is a known first name the tagger does not call a place
    here ("Luca thanked the volunteers"; "entered Hama" without a tagger is still the city)."""
    tags = {e.label_ for e in facts.ents if e.text == span.text}
    return bool(tags) and tags <= {"PERSON", "PER"} \
        or entry.population < ACTING_TOWN and span.text in first_names() and not tagged_place(facts.ents, span)


def lone_person_tag(ents: tuple[Span, ...], span: Span) -> bool:
    """Whether the only person the tagger sees here is the name itself ("Nelson residents"), a guess the
    text's other uses of the name may overrule; not a longer name ("Michelle Nelson")."""
    return not any(e.label_ in ("PERSON", "PER") and e.start < span.end and span.start < e.end
                   and (e.start, e.end) != (span.start, span.end) for e in ents)


def acts(doc: Doc, span: Span) -> bool:
    """Whether a capital's name is the subject of a verb ("Moscow said", "Kyiv has denied"): then it
    stands for the government. With a parse the dependency decides ("Residents of Kiev spent" is not);
    without one, a reporting verb right after the name."""
    if doc.has_annotation("DEP"):
        return span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.pos_ in ("VERB", "AUX")
    return span.end < len(doc) and doc[span.end].lower_ in REPORTING


def person_surnames(ents: tuple[Span, ...], mentions: list) -> set[str]:
    names = {e[-1].text for e in ents if e.label_ in ("PERSON", "PER") and len(e) > 1}
    names |= {m.text.split()[-1] for m in mentions if m.kind == "person" and " " in m.text}
    return names


def actor_country(code: str | None) -> str | None:
    if not code or len(code) < 3 or not code[:3].isalpha() or not code[:3].isupper():
        return None
    iso = CAMEO_TO_ISO.get(code[:3], code[:3])
    return iso if gazetteer().country(iso) else None


def article_context(doc: Doc, hits: list[Hit]) -> Context:
    """Countries and regions the article names, for telling same-named places apart: countries with
    something placed in them (a town or region with a single reading, "in Syria", "Donetsk, Ukraine")
    at full weight; countries named only as actors or by their people ("Russia warned", coded actors,
    "Lebanese") at half weight. The title counts like the text."""
    gaz = gazetteer()
    ctx = Context()
    title = article_of(doc).title or ""
    for text, found in ((title, gaz.scan(title) if title else []), (doc_text(doc), hits)):
        for hit in found:
            # a village says nothing of where the story is: it needs its region named by something else
            # (its qualifier still does: "Cassville, Missouri")
            entries = [e for e in hit.entries() if not is_village(e)]
            if text is not title and inside_longer_name(doc, hit) \
                    and not any(e.kind in ("country", "continent") for e in entries):
                continue    # "said Nash Riad", "the Bolivarian Republic", "St George's Chapel": no place
            best = gaz.resolve(hit) if entries else None
            if best is None and (entries or not hit.entries()):
                continue
            if best is not None and best.kind == "country":  # "Lebanon": the country, not five American towns
                locative = LOCATIVE_BEFORE.search(text[max(0, hit.start - 30):hit.start])
                ctx.add_country(best.country, 1.0 if locative or hit.direction else 0.5)
            # (a village that shares the name leaves its region in doubt, "Anahuac" in Nuevo Leon and in Texas,
            # not its country: "Danville" is American whatever hamlet of Quebec bears it)
            elif best is not None and len({e.country for e in entries}) == 1 and not hit.stop:
                ctx.add_country(entries[0].country)
                if len({e.admin1_code for e in hit.entries()}) == 1 and entries[0].admin1_code:
                    ctx.admin1.add(entries[0].admin1_code)
            if hit.qualifier is not None:
                for q in hit.qualifier.entries():
                    ctx.add_country(q.country)
                    if q.kind == "region" and q.admin1_code:
                        ctx.admin1.add(q.admin1_code)
    for m in actor_mentions(doc):
        ctx.add_country(actor_country(m.country) or actor_country(m.code), 0.5)
    # "the north Lebanese port" hints that Tripoli is in Lebanon (token texts read as hashes: no Token objects)
    by_hash = demonym_hashes(doc.vocab.strings)
    for h in set(doc.to_array(ORTH).tolist()) & by_hash.keys():
        ctx.add_country(by_hash[h], 0.5)
    return ctx


def inside_longer_name(doc: Doc, hit: Hit) -> bool:
    """Whether a town's or region's name is a word of a longer proper name that says nothing of where the
    story is: after another capitalised word ("said Nash Riad", "the Bolivarian Republic of Venezuela"; not a
    sentence's first word, "In Kansas City", nor an ordinal, "Third Arkansas Cavalry"), or a saint's before a
    possessive and a building ("St George's Chapel"). A name opening a longer name still does ("the New
    Jersey Lottery", "the Navan Silver Band"): the tagger's people are too often such names to rule it out."""
    span = doc.char_span(hit.name_start, hit.name_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if hit.start == hit.name_start and not hit.direction and span.start > 0 and not span[0].is_sent_start:
        prv = doc[span.start - 1]
        if prv.is_alpha and prv.text[:1].isupper() and not prv.is_sent_start and prv.lower_ not in BRIDGE \
                and not ORDINAL.fullmatch(prv.text):        # a unit raised there does: "Third Arkansas Cavalry"
            return True
    if hit.end != hit.name_end or span.end + 1 >= len(doc):
        return False
    # a saint's possessive names a building ("St George's Chapel"); "London's Heathrow" is London
    return doc[span.end].text in ("'s", "\u2019s") and bool(SAINT.match(hit.key + " ")) \
        and doc[span.end + 1].text.startswith(SITE_HEADS + SITE_HEADS_IF_LOCATIVE)


@functools.lru_cache(maxsize=4)
def demonym_hashes(strings) -> dict[int, str]:
    return {strings.add(adj): iso for adj, iso in demonym_countries().items()}


@functools.lru_cache(maxsize=1)
def demonym_countries() -> dict[str, str]:
    """Demonym -> ISO alpha-3, from the actor knowledge base ("Lebanese" -> LBN)."""
    out = {}
    for e in country_entries():
        iso = e.extra.get("iso3") or CAMEO_TO_ISO.get(e.code or "", e.code)
        if iso and gazetteer().country(iso):
            for adj in e.adjectives:
                out.setdefault(adj, iso)
    return out


def is_scene(place: Place) -> bool:
    """Whether a place record may say where something happened: not a name standing for an actor
    ("Moscow said", "London's police"), nor a bureau's dateline."""
    return "+actor" not in place.rule and "+modifier" not in place.rule and "+bureau" not in place.rule


def is_setting(place: Place) -> bool:
    """The place says where things happen: a town, a region or a site, or a country or continent named with a
    preposition of place ("in Iraq"); not a country named only as a modifier ("US forces", "Russia denied it")."""
    return place.feature not in ("country", "continent") or "+locative" in place.rule


def scene_places_in(doc: Doc, sent: Span) -> list[Place]:
    """The places of ``sent`` that may say where something in it happened and name their country."""
    idx = sentence_index(doc, sent.start)
    return [p for p in doc._.fp_places or [] if p.sentence == idx and p.country and is_scene(p)]


SPECIFICITY = {"site": 0, "locality": 0, "city": 0, "county": 1, "region": 1, "country": 2, "continent": 3}


def place_for_sentence(doc: Doc, sent: Span) -> Place | None:
    """The place an event in ``sent`` happened at: the most specific place named in the sentence
    (a town before a region before a country, then the first), else the nearest place named earlier in
    the paragraph, else the first one after it in the paragraph."""
    # "Russia denied it" names a country, it does not say where anything happened.
    places = [p for p in doc._.fp_places or [] if (p.lat is not None or p.country) and is_scene(p) and is_setting(p)]
    idx = sentence_index(doc, sent.start)
    here = [p for p in places if p.sentence == idx]
    if here:
        return min(here, key=lambda p: (SPECIFICITY.get(p.feature, 3), p.evidence.start))
    first = next((t for t in sent if not t.is_space), sent[0])   # a sentence may start with the blank line
    para_start, para_end = paragraph_bounds(doc, first.idx)
    in_para = [p for p in places if para_start <= p.evidence.start < para_end]
    before = [p for p in in_para if p.evidence.start < sent.start_char]
    if before:
        return max(before, key=lambda p: p.evidence.start)
    after = [p for p in in_para if p.evidence.start >= sent.end_char]
    return min(after, key=lambda p: p.evidence.start) if after else None
