"""CAMEO's agent codes, in one table: what a three-letter chunk of an actor code stands for.

An actor code is built from chunks: a country or region ("RUS"), then roles ("GOV", "MIL"), or an
international prefix and a known group ("IGO" + "WSTNAT" for NATO). The chunks and their classes
are those of ../shared/data/cameo/cameo_agents.tsv (CAMEO 1.1b3 Tables 3.1 and 3.2, GDELT's type
list, the religions of PETRARCH's Phoenix agents); tests/codes/test_agents.py checks this table
against it. Each reader of codes asks a different question of the table, so each has its named
subset below, built from the classes; the subsets differ on purpose and say why.
"""

from __future__ import annotations

# code -> class, as in cameo_agents.tsv
AGENT_CLASSES: dict[str, str] = {
    **dict.fromkeys("COP GOV INS JUD MIL OPP REB SEP SPY UAF".split(), "primary_role"),
    **dict.fromkeys("AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF".split(), "secondary_role"),
    **dict.fromkeys("MOD RAD".split(), "tertiary_role"),
    **dict.fromkeys("IGO IMG INT MNC NGM NGO UIS".split(), "international_generic"),
    "PTY": "party",
    **dict.fromkeys("AMN IRC GRP UNO PKO".split(), "special"),
    "SET": "other",
    **dict.fromkeys("MUS REL CHR HIN BUD CTH JEW PRO PPL MAR".split(), "religion_or_other_in_phoenix_agents"),
}


def _of_class(*classes: str) -> frozenset[str]:
    return frozenset(code for code, cls in AGENT_CLASSES.items() if cls in classes)


# CAMEO 1.1b3 Table 3.1: the roles of a national actor (26)
TABLE_ROLES = _of_class("primary_role", "secondary_role", "tertiary_role")
# CAMEO 1.1b3 Table 3.2: international actors; a code starting with one names no country (7)
INTERNATIONAL_PREFIXES = _of_class("international_generic")
# the religions the knowledge base codes (PETRARCH's Phoenix agents use more chunks)
RELIGIONS = frozenset("REL MUS CHR JEW HIN BUD".split())
# roles that follow a country code in the knowledge base's codes ("RUSGOV", "IRNREL"), with the party,
# the settlers and the two organisation prefixes its agents use as roles (36)
ROLE_CODES = TABLE_ROLES | RELIGIONS | {"PTY", "SET", "NGO", "IGO"}
# roles an event actor can carry without a country when the text names none ("the police"); the
# event coder gives them the country of the place the sentence is set in (27)
COUNTRYLESS_ROLES = TABLE_ROLES | {"REL"}
# a state's own organs: government, armed forces, police, intelligence, courts, legislature. Their protest
# is an official complaint (CAMEO 114), not a demonstration; "its army" names the owner's organ; a
# national body whose name holds one ("the Interior Ministry") is a state body, no NGO
INSTITUTIONAL_ROLES = frozenset("GOV MIL JUD LEG SPY COP".split())
# the organs that wield a state's force: never lent as attackers of the state's own people (incidents)
STATE_FORCES = frozenset("MIL GOV COP SPY".split())
# the roles of the office holders persons_dictionary.tsv lists (kb/persons.py)
OFFICE_ROLES = frozenset("GOV MIL LEG JUD ELI COP SPY".split())
# the forces a definite "the army" or "the police" refers back to by role, whatever noun named them first
# ("Israeli troops ... the army said"; extract/actors/context.py)
ANTECEDENT_FORCES = frozenset("MIL COP".split())
# roles that bear arms or use force: an event of theirs is in a frame of physical force (the sense veto)
ARMED_ROLES = frozenset("MIL REB INS SEP UAF COP SPY".split())
# ... and those that govern: with the armed ones, the public side of political violence
PUBLIC_ROLES = ARMED_ROLES | frozenset("GOV LEG JUD PTY IGO".split())
# the forces whose facilities stand for them when attacked ("shelled a police post": the police)
FACILITY_ROLES = frozenset("MIL COP REB UAF SPY GOV".split())
# forces, crime included, whose presence tells that an article's role nouns are no business's (actor senses)
FORCE_ROLES = ARMED_ROLES | {"CRM"}
# roles whose dictionary nouns may be a business in business news (actor senses)
SENSE_ROLES = frozenset("MIL CRM".split())
# roles whose noun, attached to a business, is the business's (actor senses)
ATTACHED_ROLES = frozenset("GOV MIL CRM".split())
# organisation prefixes whose protest is an official complaint too
INSTITUTIONAL_PREFIXES = frozenset("IGO NGO NGM INT".split())
# codes whose first chunk is a type, not a country (the monitor's series levels and the GDELT export:
# "MILREB" -> type MIL) (44; INT and PKO have never been among them)
TYPE_HEADS = (TABLE_ROLES | RELIGIONS | {"PTY", "SET"} | (INTERNATIONAL_PREFIXES - {"INT"})
              | frozenset("AMN IRC GRP UNO".split()))
# organisations whose identity is the whole code (IGOWSTNAT = NATO, IGOUNO = UN): the monitor counts
# them as their own "country", the GDELT export writes their known-group code
WHOLE_CODE_PREFIXES = frozenset("IGO NGO NGM MNC".split())

# the subsets the actor and event coders read (tests/codes/test_agents.py keeps them here)
# actors of no state (rebels, opposition, criminals): a compound that names one is theirs ("Taliban commander"),
# whatever role its head noun has
NON_STATE_ROLES = frozenset("REB OPP UAF CRM SEP INS".split())
# roles the story's setting (its focus, the other actors of the sentence) does not settle: refugees and
# migrants come from elsewhere, and gunmen, insurgents or criminals are of no country the setting could tell
# (a tuple for str.startswith)
NOT_FROM_SETTING = ("REF", "REB", "INS", "CRM", "UAF", "SEP", "SET", "IMG")
# organisations that own forces or personnel without a country ("its peacekeepers", "The United Nations has
# sent 21 military personnel"); a tuple for str.startswith
OWNER_PREFIXES = ("IGO", "NGO", "IMG", "NGM")
# an organisation's own code says its sector ("Eli Lilly's chief medical officer": MNCUSA...); a tuple for
# str.startswith
SECTOR_PREFIXES = ("MNC", "IGO", "NGO", "IMG", "NGM", "INT")
# sectors a generic plural noun alone may give a doer: people who act together (workers strike, critics
# say), not offices ("officials", "sources" speak for a body the text must name), forces or crowds of
# victims ("fighters", "people" killed), nor firms ("many companies offer services" is no political act)
GROUP_SECTORS = frozenset({"LAB", "OPP", "EDU", "AGR", "HLH"})
# a crowd that protests is its own doer: "Thousands of people marched", "Hundreds of women have marched through
# the streets of the Belarusian capital" (civilians of the place: EventComponent.placed); of any other act
# a crowd of civilians is no doer the text names ("people died", "residents welcomed the troops")
PROTEST_SECTORS = GROUP_SECTORS | {"CVL"}
# armed groups a plural noun alone names as the doers of what they do ("the fighters attacked a village"):
# the rebels of the place the sentence or the article is set in (EventComponent.placed)
ARMED_SECTORS = frozenset({"REB", "UAF"})
# roles that fight where they are from: a place they attack or take, when the text places it nowhere else, is
# in their own country (not armies, which cross borders)
HOME_ROLES = ("REB", "INS", "UAF", "SEP", "OPP", "COP")
# victims who are no party to a fight between others: civilians, refugees, aid workers and the like
CAUGHT_BETWEEN = frozenset({"CVL", "REF", "HLH", "EDU", "MED", "BUS", "LAB", "AGR", "REL", "NGO"})
# armed groups that fight where they are from: the country of the state they fight or the people they hit is
# theirs, as ACLED names them ("Unidentified Armed Group (Afghanistan)")
ARMED_AT_HOME = frozenset({"REB", "INS", "UAF", "SEP", "CRM"})
# the roles one person harmed stands for on their own ("a police officer was shot dead", "gunmen killed a journalist"):
# the state's forces and officials, the press, the opposition, aid workers and civilians, whom political violence
# targets; not a teacher or a doctor, who are as often the victims of a crime (extract/events/sides.harmed_person)
HARMED_ALONE_ROLES = frozenset({"COP", "MIL", "GOV", "JUD", "LEG", "ELI", "MED", "OPP", "NGO", "CVL", "REB"})
# the roles of a party's rank and file: workers and activists of a party act as the party ("Congress workers" are
# no labour union), not in the role their noun has elsewhere (actor compounds, named parties)
PARTY_MEMBER_ROLES = frozenset({"LAB", "OPP"})
# the roles the head word of a body's name may give a body the knowledge base does not know: the sides of political
# violence (armed groups, forces, parties, unions, colleges); companies, media and NGOs have readings of their own
# (kb/name_heads.py)
NAME_HEAD_ROLES = frozenset({"REB", "UAF", "MIL", "COP", "PTY", "LAB", "EDU", "OPP"})
# ... and those an agent noun ending such a name gives it outright ("X Police Force", "Y University")
NAME_NOUN_ROLES = frozenset({"COP", "MIL", "UAF", "LAB", "EDU"})
# the roles of the derived agents tables that are people whatever the noun (criminals, militias, rebels): the
# tables' other roles hold things too ("airliners" CVL, "carmakers" BUS) (extract/events/arguments.person_role)
OUTLAW_ROLES = frozenset({"CRM", "UAF", "REB"})
# the roles of coded people who are no state, armed body or organisation: civilians, workers, journalists, medics,
# celebrities, teachers, clergy, refugees, farmers (what extract/events/sense.plain_assault takes for a person hurt)
PERSON_ROLES = frozenset({"CVL", "LAB", "MED", "HLH", "ELI", "EDU", "REL", "REF", "AGR", "SPY"})
# the roles a title before a known person's name gives them for the day written, over the knowledge base's ELI (no
# office it lists for that day): offices of state, forces and parties ("Labour leader Shimon Peres" ISRPTY,
# "President Assad" SYRGOV); extract/actors/compounds._titled_elite
TITLE_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "PTY", "OPP"})
# the countries whose CAMEO code is not their ISO 3166 alpha-3 one (GeoNames' XKX for Kosovo): the places
# gazetteer speaks ISO, actors speak CAMEO (kb.KnowledgeBase.iso3_to_code, extract/places.actor_code)
CAMEO_TO_ISO = {"KSV": "XKX", "TMP": "TLS"}
ISO_TO_CAMEO = {iso: cameo for cameo, iso in CAMEO_TO_ISO.items()}


def country_of(code: str | None) -> str | None:
    """The country an actor code names, if any: "AFGEDU" -> AFG; "REB", "IGOUNO", "IMGMUSISI" -> None."""
    head = (code or "")[:3]
    return head if len(head) == 3 and head.isalpha() and head not in TYPE_HEADS | WHOLE_CODE_PREFIXES \
        | {"IMG", "INT", "UNO"} else None
