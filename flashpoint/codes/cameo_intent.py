"""How CAMEO codes an act that is announced, refused or demanded rather than done.

CAMEO files "Finland will give Tanzania a grant" under 0331 (express intent to provide economic
aid), "the rebels would blockade Paris" under 1381 (threaten blockade), "Syria will not accept more
refugees" under 12x (reject), and "Russia said Sudan must return the helicopter" under 10x (demand)
by the speaker. These functions map the code of the act itself to the code of the announcement.
Statements (01), appeals (02), intents (03), demands (10), rejections (12) and threats (13) keep
their codes.
"""

from __future__ import annotations

from flashpoint.codes.cameo import is_valid_code

KEEP_ROOTS = {"01", "02", "03", "09", "10", "11", "12", "13"}

# act -> intent (03x)
_INTENT = {
    "04": "036", "040": "036", "041": "036", "042": "036", "043": "036", "044": "036", "045": "039", "046": "036",
    "05": "032", "050": "032", "051": "032", "052": "032", "053": "032", "054": "032", "055": "032", "056": "032",
    "057": "037",
    "06": "031", "060": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "07": "033", "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "033",
    "08": "035", "080": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342",
    "0833": "0343", "0834": "0344", "084": "0353", "0841": "0353", "0842": "0353", "085": "0354", "086": "0355",
    "0861": "0355", "0862": "0355", "0863": "0355", "087": "0356", "0871": "0356", "0872": "0356",
    "0873": "0356", "0874": "0356",
}
# act -> threat (13x)
_THREAT = {
    "14": "133", "16": "131", "160": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135",
    "166": "136", "17": "132", "170": "132", "171": "132", "172": "132", "1721": "1321", "1722": "1322",
    "1723": "1323", "1724": "1324", "173": "132", "174": "136", "175": "137", "18": "1383", "19": "138",
    "190": "138", "191": "1381", "192": "1382", "193": "1384", "194": "1384", "195": "1384", "196": "138",
    "20": "1383", "204": "1385", "2041": "1385", "2042": "1385",
}
# act -> refusal (12x)
_REFUSAL = {
    "03": "120", "036": "125", "037": "127", "038": "126", "039": "126", "0353": "1243", "0354": "1244",
    "0355": "1245", "0356": "1246",
    "04": "125", "045": "126", "05": "120", "057": "127", "06": "121", "061": "1211", "062": "1212",
    "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
    "08": "124", "081": "1241", "082": "1242", "083": "123", "0831": "1231", "084": "1243", "0841": "1243",
    "0842": "1243", "085": "1244", "086": "1245", "087": "1246",
}
# act -> demand that someone does it (10x)
_DEMAND = {
    "03": "100",  # that another must agree, accept or commit to something: a demand, not their own intent
    "04": "106", "045": "108", "046": "106", "05": "102", "06": "101", "061": "1011", "062": "1012",
    "063": "1013", "064": "1014", "07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034",
    "08": "105", "081": "1051", "082": "1052", "083": "104", "0831": "1041", "0832": "1042", "084": "1053",
    "0841": "1053", "0842": "1053", "085": "1054", "086": "1055", "087": "1056", "0871": "1056",
}


def _lookup(table: dict[str, str], code: str) -> str | None:
    for probe in (code, code[:3], code[:2]):
        if probe in table and is_valid_code(table[probe]):
            return table[probe]
    return None


def is_cooperation(code: str) -> bool:
    return code[:2] in ("04", "05", "06", "07", "08")


def is_material_conflict(code: str) -> bool:
    return code[:2] in ("14", "16", "17", "18", "19", "20")


def intent_code(code: str) -> str | None:
    """An announced act of cooperation: "will give aid" 070 -> 033."""
    return _lookup(_INTENT, code) if is_cooperation(code) else None


def threat_code(code: str) -> str | None:
    """An announced act of force or coercion: "would blockade" 191 -> 1381."""
    return _lookup(_THREAT, code) if is_material_conflict(code) else None


def refusal_code(code: str) -> str | None:
    """An act of cooperation announced as not going to happen: "will not release" 0841 -> 1243."""
    if code[:2] == "03" or is_cooperation(code):
        return _lookup(_REFUSAL, code)
    return None


def demand_code(code: str) -> str | None:
    """An act of cooperation someone says another must do: "must return the helicopter" 0842 -> 1053; "must
    agree to constitutional changes" (an intent, 03) -> 100."""
    return _lookup(_DEMAND, code) if is_cooperation(code) or code[:2] == "03" else None


__all__ = ["intent_code", "threat_code", "refusal_code", "demand_code", "is_cooperation", "is_material_conflict",
           "KEEP_ROOTS"]
