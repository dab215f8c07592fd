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
# roles whose protest is an official complaint (CAMEO 114), not a demonstration
INSTITUTIONAL_ROLES = frozenset("GOV MIL JUD LEG SPY COP".split())
# organisation prefixes whose protest is an official complaint too
INSTITUTIONAL_PREFIXES = frozenset("IGO NGO NGM INT".split())
# codes whose first chunk is a type, not a country (the monitor's series levels and the GDELT export:
# "MILREB" -> type MIL) (44; INT and PKO have never been among them)
TYPE_HEADS = (TABLE_ROLES | RELIGIONS | {"PTY", "SET"} | (INTERNATIONAL_PREFIXES - {"INT"})
              | frozenset("AMN IRC GRP UNO".split()))
# organisations whose identity is the whole code (IGOWSTNAT = NATO, IGOUNO = UN): the monitor counts
# them as their own "country", the GDELT export writes their known-group code
WHOLE_CODE_PREFIXES = frozenset("IGO NGO NGM MNC".split())
