"""Writes bench/data/fresh_dyads38.jsonl: fresh violent passages in no gold file and no earlier fresh set (AG News test
World items, CASE 2021 snippets of labels the conflict bench does not read: excessive force against protesters,
violent demonstrations, mob violence; and sentences of GeoWebNews articles about attacks), their source codes, target
codes and CAMEO roots annotated by reading BEFORE the system ran on them (cse38). A gold list holds every code prefix
that would be right; None: no code is right. An attacker the text does not name may be left uncoded or coded by the
country the act happened in (ACLED's "unidentified armed group (country)"; the system's source-from-scene): both are
listed. The half is split.part_of of the id: "tune" rows were looked at while fixing, "aside" rows kept untouched.

    PYTHONPATH=. FLASHPOINT_SHARED=../shared python bench/data/annotate_cse38.py
"""
import csv
import json
import re
from pathlib import Path

from flashpoint.eval.news import _ag_clean
from flashpoint.eval.split import part_of
from flashpoint.paths import shared_dir

N = None
V, A, C = ["18", "19"], ["18", "19", "20"], ["19"]
AG = {  # AG News test row: (source, target, roots)
    151: ([N, "GEO", "RUS"], ["GEO"], C),          # clashes in South Ossetia: death of two Georgian soldiers
    392: ([N, "AFG", "USA", "IGO"], ["AFG"], V),    # three killed when their pickup tried to run a coalition checkpoint
    780: ([N, "YEM", "IMG"], ["FRA"], V),          # al Qaeda supporters jailed for the bombing of the French Limburg
    829: ([N, "IRQ"], ["IRQ"], V),                 # saboteurs blew up a pipeline in southern Iraq
    962: (["YEM"], ["AUS"], ["18"]),                # an Australian engineer abducted in Yemen by armed tribesmen
    1105: ([N, "IRQ"], ["NPL"], V),                # the killing of 12 Nepalese workers in Iraq
    1117: ([N, "ARG"], ["ARG"], V),                # the 1994 bombing of a Jewish community center (Argentine court)
    1148: ([N, "IRQ", "IMG"], ["FRA"], ["18"]),     # a militant group claimed to have kidnapped two French journalists
    1278: ([N, "RUS"], ["RUS"], V),                # guerrillas who took over a school in southern Russia
    1399: (["ISR"], ["PSE"], V),                   # Israeli attacks on Palestinians continue
    1475: ([N, "MYS", "IDN"], ["AUS", "IDN"], V),  # Malaysian fugitives responsible for the bombing at the Australian embassy
    1760: ([N, "IRQ"], ["IRQ"], V),                # 47 Iraqis died in a massive explosion near a police station
    1939: (["RUS"], ["RUS"], V),                   # a Chechen rebel commander claimed the school hostage siege
    1943: ([N, "IDN"], ["AUS", "IDN"], V),         # last week's deadly embassy bombing in Jakarta
    2012: (["RUS"], ["RUS", N], V),                # Basayev took responsibility for a bloody school siege
    2024: ([N, "IRQ"], ["GBR"], ["18"]),            # a kidnapped Briton; insurgents threatening to kill him
    2218: ([N, "IRQ"], ["TUR"], ["18"]),            # 10 employees (of a Turkish company) kidnapped by militants
    2280: ([N, "IRQ"], ["USA"], V),                # militants who purportedly killed two American hostages
    2325: ([N, "PSE"], ["USA"], V),                # the killing of three Americans in Gaza
    2593: ([N, "PHL"], ["PHL"], V),                # a leader of a Philippine communist breakaway group has been killed
    2637: (["PAK"], ["PAK"], V),                   # the killing of Amjad Farooqi by security forces
    2657: ([N, "ISR"], ["PSE", "HMS", "IMG", "SYR"], V),  # the car-bombing death of a Hamas activist in Syria
    2740: (["HTI"], ["HTI"], V),                   # street gangs attack food convoys, raid homes in Haiti
    4616: ([N, "IRQ", "IMG", "JOR"], ["JPN"], ["18"]),  # Zarqawi's group abducted a member of Japan's armed forces
    4679: ([N, "IRQ"], ["GBR"], ["18"]),            # kidnapped Briton Margaret Hassan
    4890: ([N, "AFG"], ["UNO", "IGO", "GBR"], ["18"]),  # three UN hostages kidnapped in Afghanistan
    5646: ([N, "NLD"], ["NLD"], ["17", "18"]),      # a Dutch mosque set on fire: the latest attack on the Muslim community
    5795: ([N, "IRQ"], ["USA"], V),                # four US servicemen wounded in Fallujah
    5939: ([N, "ARG"], ["ARG", "USA"], V),         # a blast rocks a branch of Citibank in Buenos Aires, killing a guard
    6123: ([N, "NLD", "MAR"], ["NLD"], V),         # the murder of Dutch filmmaker Theo van Gogh by a young Muslim
    7118: (["SDN"], ["SDN"], V),                   # Sudan's government to halt its genocidal attacks against civilians
    7299: ([N, "IRQ"], ["IRQ", "USA"], V),         # a suicide car bomber struck an entrance to Baghdad's Green Zone
    7544: (["COD"], ["COD"], C),                   # rebel soldiers confronting army loyalists near a Congolese town
}
CASE = {  # CASE 2021 snippets (excessive force against protesters, violent demonstrations, mob violence)
    "case2021-t2-0003": (["IND"], ["IND"], V),     # officers attacked a student demonstration in the Indian capital
    "case2021-t2-0021": (["IRQ"], ["IRQ"], V),     # security forces opened fire on protesters in southern Iraq
    "case2021-t2-0055": (["AGO"], ["AGO"], V),     # Angolan police used live bullets, killing one protester
    "case2021-t2-0085": (["LBN"], ["LBN"], V),     # Hezbollah and Amal supporters fire firecrackers against riot police
    "case2021-t2-0145": ([N, "IRQ"], ["IRQ"], V),  # four protesters died from gunfire outside the Iranian consulate
    "case2021-t2-0151": (["KEN"], ["KEN"], V),     # a police officer hits a female demonstrator in Nairobi, Kenya
    "case2021-t2-0152": (["GBR"], ["GBR"], A),     # rioters clashed along the peace line in west Belfast
    "case2021-t2-0304": (["ISR"], ["PSE"], V),     # Israeli forces attacked a peaceful protest
    "case2021-t2-0326": (["SDN"], ["SDN"], V),     # security forces used tear gas and bullets in Omdurman
    "case2021-t2-0333": (["ISR", "PSE"], ["PSE", "ISR"], A),  # clashes between police and Palestinian protesters
    "case2021-t2-0488": (["IRQ"], ["IRQ"], V),     # security forces dispersed a demonstration in Najaf with live bullets
    "case2021-t2-0543": (["ISR"], ["PSE"], V),     # Israeli attacks against peaceful protestors, Great March of Return
    "case2021-t2-0696": (["IRQ"], ["IRQ"], V),     # university security guards opened fire on demonstrators, Nasiriyah
    "case2021-t2-0745": (["LBN"], ["LBN"], V),     # riot police officers beat a protester in Beirut, Lebanon
    "case2021-t2-0792": (["PSE", "ISR"], ["ISR", "PSE"], A),  # Palestinian rioters clashed with IDF troops in Nablus
    "case2021-t2-0905": (["SDN"], ["SDN"], V),     # Sudan's military rulers broke up a sit-in: 35 protesters killed
    "case2021-t2-0909": ([N, "IRQ"], ["IRQ"], V),  # four more protesters killed during clashes in Baghdad
    "case2021-t2-0912": (["ISR"], ["PSE"], V),     # 52 demonstrators in Gaza killed by Israeli forces
    "case2021-t2-0940": (["DEU"], ["DEU"], A),     # activists rioted in Hamburg, attacking police with petrol bombs
}
GWN = {  # GeoWebNews article: (sentences, source, target, roots); the lead sentence is given where it names the scene
    "gwn-001-s0": ("gwn-001", [0], ["TUR"], ["SYR"], ["19"]),  # Turkey has shelled a city in northeastern Syria
    "gwn-001-s1": ("gwn-001", [1], ["TUR"], ["SYR"], ["19"]),  # Turkey fired on Qamishli and other towns
    "gwn-121-s5": ("gwn-121", [0, 5], ["SYR"], ["SYR"], V),    # the army said hundreds of rebels had been killed
    "gwn-121-s6": ("gwn-121", [0, 6], ["SYR"], ["SYR"], ["19"]),  # the army used napalm ... targeting civilian areas
    "gwn-121-s16": ("gwn-121", [16], ["SYR", "RUS"], ["SYR"], V),  # the Russian-backed offensive killed 1600 civilians
    "gwn-123-s8": ("gwn-123", [8], ["IMG"], ["GBR"], V),       # soldier killed in Syria by Isis
    "gwn-123-s3": ("gwn-123", [3], [N, "SYR"], ["GBR"], V),    # the SAS soldier ... when the booby-trap bomb exploded
    "gwn-128-s19": ("gwn-128", [19], ["RUS"], ["RUS", "GBR"], V),  # May blamed the Russian government for the attack
    "gwn-128-s21": ("gwn-128", [21], [N], ["RUS", "GBR"], V),  # Skripal ... attacked March 4 with a nerve agent
    "gwn-167-s0": ("gwn-167", [0], [N, "USA"], ["USA"], V),    # a man attacked his mom's car in Beverly Hills
    "gwn-172-s1": ("gwn-172", [1], ["USA"], ["USA"], V),       # a Brooklyn man shot by officers
    "gwn-172-s8": ("gwn-172", [8], ["USA"], ["USA"], V),       # NYPD officers fatally shot a man carrying a metal pipe
    "gwn-268-s0": ("gwn-268", [0], [N, "USA"], ["USA"], V),    # a man allegedly attacked a car the boy was in
}


def sentences(text: str) -> list[str]:
    return re.split(r'(?<=[.!?"])\s+(?=[A-Z"])', text)


def main() -> None:
    shared = shared_dir()
    rows = list(csv.reader(open(shared / "data/news/ag_news-test/test.csv", encoding="utf-8")))
    case = {json.loads(line)["id"]: json.loads(line) for line in
            open(shared / "data/case/case2021_task2_test_labeled.jsonl", encoding="utf-8")}
    gwn = {json.loads(line)["id"]: json.loads(line) for line in
           open(shared / "data/geoparsing-dev/geowebnews.jsonl", encoding="utf-8")}
    out = []
    for i, (src, tgt, roots) in AG.items():
        out.append({"id": f"ag{i}", "text": _ag_clean(rows[i][2]), "source": src, "target": tgt, "roots": roots})
    for key, (src, tgt, roots) in CASE.items():
        out.append({"id": key, "text": case[key]["text"], "source": src, "target": tgt, "roots": roots})
    for key, (doc, which, src, tgt, roots) in GWN.items():
        sents = sentences(gwn[doc]["text"])
        out.append({"id": key, "text": " ".join(sents[j].strip() for j in which), "source": src, "target": tgt,
                    "roots": roots})
    with open(Path(__file__).with_name("fresh_dyads38.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            r = {"id": r["id"], "half": "tune" if part_of(r["id"]) == "tune" else "aside", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
