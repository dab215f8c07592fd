"""Writes bench/data/fresh_dyads39.jsonl: fresh violent passages in no gold file and no earlier fresh set (AG News test
World items, a few of them accidents, disasters or threats that must give no root 18-20 event; CASE 2021 snippets of
labels the conflict bench does not read: claims of responsibility (ATTRIB), destruction of property, violent
demonstrations, mob violence, violent crime; GLOCON sample sentences about attacks and clashes; and sentences of
GeoWebNews articles about killings), their source codes, target codes and CAMEO roots annotated by reading BEFORE the
system ran on them (cse39). A gold list holds every code prefix that would be right; None: no code is right. An
attacker the text does not name may be left uncoded or coded by the country the act happened in (both are listed).
roots None: no root 18-20 event is right. The half is split.part_of of the id: "tune" rows were looked at while
fixing, "aside" rows kept untouched.

    PYTHONPATH=. FLASHPOINT_SHARED=../shared python bench/data/annotate_cse39.py
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
    38: (N, N, None),                              # Israel and the US "would not dare attack Iran": no attack happened
    271: ([N, "GEO", "RUS"], ["GEO"], C),          # Georgia says three of its soldiers were killed in earlier fighting
    333: ([N, "IRQ"], ["IRQ", "USA"], C),          # militants loyal to al-Sadr kept their hold; clashes flared in Najaf
    361: ([N, "FRA"], ["FRA"], V),                 # a Jewish social centre in Paris destroyed in an arson attack
    402: (N, N, None),                             # a military plane crashed into a mountain: an accident
    639: ([N, "IRQ"], ["KWT"], ["18"]),             # Iraqi kidnappers of seven employees of a Kuwaiti company
    720: ([N, "RUS", "IMG"], ["RUS"], V),          # a Russian airliner brought down by a terrorist act
    790: (N, N, None),                             # a bus, truck and taxi collided: an accident
    832: ([N, "IRQ"], ["IRQ"], V),                 # sabotage attacks on Iraq's southern oil pipelines
    1386: (["ISR", "PSE"], ["PSE", "ISR"], C),     # Israeli forces thrust into the Jabalya refugee camp
    1402: (N, N, None),                            # the worst flooding in a century killed 172 people
    1463: (N, N, None),                            # Hurricane Ivan ... after killing 23 people
    2159: ([N, "COL"], ["COL"], V),                # a top leader of Colombia's paramilitaries has been assassinated
    2670: (N, N, None),                            # a rebel threat to attack foreign oil workers: a threat, no attack
    2730: ([N, "ISR", "SYR"], ["PSE", "HMS", "IMG", "SYR"], V),  # the assassination in Damascus of a Hamas leader
    3161: ([N, "IND"], ["IND"], V),                # bombings in India's north-east left more than 60 dead
    3191: (N, N, None),                            # Israeli jets force a flight to land after a bomb alert
    3843: ([N, "PAK", "IMG"], ["CHN"], ["18"]),     # a group that kidnapped two Chinese engineers (Pakistan)
    3874: ([N, "IDN", "IMG"], ["IDN"], V),         # charged with orchestrating the bombing of a Bali nightclub
    4834: ([N, "USA", "IRQ", "IGO"], ["IRQ"], V),  # 100,000 Iraqis killed in violence since the US-led invasion
    5010: ([N, "IRQ"], ["IRQ"], V),                # a series of attacks on a pipeline network west of Kirkuk
    5359: ([N, "CIV"], ["CIV"], V),                # four days of violence that have killed 20 people in Ivory Coast
    5873: ([N, "ESP", "IMG"], ["ESP"], V),         # the Madrid train bombings
    6204: (N, N, None),                            # a China Eastern commuter plane crashed: an accident
    6891: ([N, "COD"], ["COD"], C),                # clashes in the east of Democratic Republic of Congo
    7178: ([N, "PSE"], ["ISR"], V),                # two Qassam rockets landed in the western Negev, fired from Gaza
    7277: (["CHL"], ["CHL", N], V),                # Pinochet charged with kidnapping and murder
}
CASE = {  # CASE 2021 snippets of labels the conflict bench does not read
    "case2021-t2-0046": (["IMG"], ["TUR"], V),     # Islamic State claimed a car bomb in Diyarbakir that killed eight
    "case2021-t2-0069": (["IMG", "MLI"], ["MLI", "USA", N], ["18", "19"]),  # hostage-taking in Bamako's Radisson
    "case2021-t2-0109": (["CHL"], ["CHL"], A),     # stone-throwing protesters clashed with police in Santiago
    "case2021-t2-0264": (["LBN"], ["LBN"], A),     # security forces clashing with protesters in Beirut
    "case2021-t2-0308": (["IMG", "IRN", "PAK"], ["IRN"], V),  # Jaish ul-Adl claimed killing nine Iranian border guards
    "case2021-t2-0315": (["IMG"], ["AFG"], V),     # Islamic State takes credit for a suicide bomb in Afghanistan
    "case2021-t2-0329": ([N, "NGA"], ["NGA"], V),  # hoodlums attacked residents of Ibadan, looted and burned shops
    "case2021-t2-0370": (["LBN"], ["LBN"], A),     # protesters hurled rocks at security forces (Beirut)
    "case2021-t2-0374": (["IMG"], ["ESP"], V),     # Islamic State claimed the Cambrils attack in Spain
    "case2021-t2-0403": (["IND"], ["IND"], A),     # two groups in Rajasthan pelted stones on each other
    "case2021-t2-0408": (["IMG", "LBY"], ["MAR", "KOR", "LBY"], V),  # bomb attacks on two embassies in Libya
    "case2021-t2-0427": (["IMG", "YEM"], ["FRA"], V),  # Al Qaeda in Yemen claimed the attack on Charlie Hebdo
    "case2021-t2-0433": (["IRN"], ["SAU"], V),     # Saudi minister: Iran is responsible for the Aramco attacks
    "case2021-t2-0452": (["MMR"], ["MMR"], V),     # the army and Rakhine Buddhist vigilantes mounted a campaign of torching
    "case2021-t2-0459": (["USA"], ["USA"], A),     # rioters fought with law enforcement at the Capitol Building
    "case2021-t2-0514": (["FRA"], ["FRA"], A),     # French police clashed with hundreds of protesters in Paris
    "case2021-t2-0529": (["IMG", "SOM"], ["SOM"], V),  # Somalia's Shebab claimed a bomb attack on a plane from Mogadishu
    "case2021-t2-0550": (["AUS"], ["AUS"], V),     # a gang of thugs bashing a blind grandfather in Sydney
    "case2021-t2-0582": ([N, "MDA"], ["MDA"], V),  # a hand grenade exploded during a robbery in Chisinau
    "case2021-t2-0585": (["BGD"], ["BGD"], V),     # an angry mob vandalized Hindu temples in Bangladesh
    "case2021-t2-0636": (["IRN"], ["SYR"], V),     # Guterres accused Iran of bombing Damascus
    "case2021-t2-0751": (["BHR"], ["BHR"], A),     # clashes between police in Bahrain and anti-regime demonstrators
    "case2021-t2-0950": (["NGA"], ["NGA"], A),     # a clash between two rival gangs in Mushin area of Lagos
    "case2021-t2-1002": (["VEN"], ["VEN"], A),     # demonstrators clash with security forces in Caracas, Venezuela
    "case2021-t2-0877": (["IDN"], ["PHL"], V),     # Indonesian suicide bombers behind twin blasts at a church in Jolo, Sulu
    "case2021-t2-0375": (["USA"], ["USA"], A),     # protesters threw objects at police in Portland (US)
    "case2021-t2-0441": ([N, "GBR"], ["GBR"], A),  # projectiles were thrown at police in Bristol
    "case2021-t2-0726": (["NLD"], ["NLD"], A),     # groups of youths confronted police in Dutch towns, throwing fireworks
}
GLOCON = {  # GLOCON gold sample sentence id: (source, target, roots)
    "5db56b79ee1f200017463a2a_21": (["ZAF"], ["ZAF"], A),  # Cosatu members clashed with DA supporters (Joburg)
    "5dad8233eab6db00170982a5_8": ([N, "MLI"], ["UNO", "IGO", "MLI"], V),  # an attack on a UN de-mining unit (Mali)
    "5dad8233eab6db00170982a5_15": ([N, "MLI"], ["TGO", "UNO", "IGO"], V),  # an attack killed five Togolese peacekeepers
    "5dad8233eab6db00170987d6_12": (["COL"], ["COL"], V),  # a rebel attack on a Colombian oil pipeline
    "5dc271f06c767a0017f2c73f_2": (["CHN"], ["CHN"], A),   # residents threw gas bombs at the security forces (Zhejiang)
    "5da6f8180d84000017827df1_4": (["BRA"], ["BRA"], V),   # activists attacked a Vale plant in Maranhao
    "5db56b79ee1f200017463a4a_8": ([N, "IRN"], ["SAU"], V),  # Rowhani condemned the attack on the Saudi embassy
    "5dad8233eab6db0017098471_2": (["COD"], ["COD"], A),   # violence between Kabila's and Bemba's supporters, Kinshasa
}
GWN = {  # GeoWebNews article: (sentences, source, target, roots)
    "gwn-170-s12": ("gwn-170", [11, 12], ["USA"], ["USA"], V),  # Stephon Clark was shot by officers (Sacramento)
    "gwn-175-s4": ("gwn-175", [4], [N, "GBR"], ["GBR"], V),     # the victim was killed on the South Kilburn Estate, London
    "gwn-160-s4": ("gwn-160", [4], [N, "NGA"], ["NGA"], V),     # displaced after a gunmen attack (Guma, Benue)
}


def sentences(text: str) -> list[str]:
    return re.split(r'(?<=[.!?"])\s+(?=[A-Z"])', text)


def main() -> None:
    shared = shared_dir()
    rows = list(csv.reader(open(shared / "data/news/ag_news-test/test.csv", encoding="utf-8")))
    case = {json.loads(line)["id"]: json.loads(line) for line in
            open(shared / "data/case/case2021_task2_test_labeled.jsonl", encoding="utf-8")}
    glocon = {json.loads(line)["id"]: json.loads(line) for line in
              open(shared / "data/case/glocon_gold_sample_sentences.jsonl", encoding="utf-8")}
    gwn = {json.loads(line)["id"]: json.loads(line) for line in
           open(shared / "data/geoparsing-dev/geowebnews.jsonl", encoding="utf-8")}
    out = []
    for i, (src, tgt, roots) in AG.items():
        out.append({"id": f"ag{i}", "text": _ag_clean(rows[i][2]), "source": src, "target": tgt, "roots": roots})
    for key, (src, tgt, roots) in CASE.items():
        out.append({"id": key, "text": case[key]["text"], "source": src, "target": tgt, "roots": roots})
    for key, (src, tgt, roots) in GLOCON.items():
        out.append({"id": f"glocon-{key}", "text": glocon[key]["text"], "source": src, "target": tgt, "roots": roots})
    for key, (doc, which, src, tgt, roots) in GWN.items():
        sents = sentences(gwn[doc]["text"])
        out.append({"id": key, "text": " ".join(sents[j].strip() for j in which), "source": src, "target": tgt,
                    "roots": roots})
    with open(Path(__file__).with_name("fresh_dyads39.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            r = {"id": r["id"], "half": "tune" if part_of(r["id"]) == "tune" else "aside", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
