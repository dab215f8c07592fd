"""Code tables the project writes itself and the readers of outside ones: CAMEO event codes (names,
Goldstein, QuadClass, PentaClass), CAMEO's agent codes (agents.py: roles and organisation prefixes),
the CAMEO -> PLOVER mapping, and the PETRARCH/TABARI dictionaries (petrarch/, petrarch_verbs.py)."""

from flashpoint.codes.cameo import CameoEvent, all_codes, event_code, is_valid_code, root_of
from flashpoint.codes.plover import plover_for

__all__ = ["CameoEvent", "all_codes", "event_code", "is_valid_code", "root_of", "plover_for"]
