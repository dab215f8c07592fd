"""Writes bench/data/fresh_dyads37.jsonl: 68 fresh violent passages (59 AG News test World items in no earlier fresh set
and 9 CASE 2021 mob-violence snippets, a label the conflict bench does not read), their source codes, target codes and
CAMEO roots annotated by reading BEFORE the system ran on them (cse37). A gold list holds every code prefix that would
be right; None: no code is right (an attacker the text does not name). The half is split.part_of of the id: "tune"
rows were looked at while fixing, "aside" rows were kept untouched.

    PYTHONPATH=. FLASHPOINT_SHARED=../shared python bench/data/annotate_fresh37.py
"""
import csv
import json
from pathlib import Path

from flashpoint.eval.news import _ag_clean
from flashpoint.eval.split import part_of
from flashpoint.paths import shared_dir

N = None
V, A = ["18", "19"], ["18", "19", "20"]
AG = {  # AG News test row: (source, target, roots)
    296: (["SDN"], ["SDN"], V),                   # attacks by Arab militia inside Darfur on Sudanese
    352: ([N], ["BGD"], V),                       # grenade blasts rocked an opposition party rally in Dhaka
    364: (["AFG", "USA"], ["AFG"], V),            # shot dead by Afghan and U.S.-led troops
    699: ([N, "PSE"], ["ISR"], ["19"]),           # rockets were fired at an Israeli town
    742: ([N], ["RUS"], V),                       # explosion rocked a police building in Dagestan
    1003: ([N, "RUS"], ["RUS"], V),               # a woman strapped with explosives blew herself up in Moscow
    1039: ([N], ["MEX"], V),                      # Mexican journalist is killed
    1136: ([N], ["AFG", "UNO", "IGO"], V),        # bomb attack on a UN vehicle in Afghanistan
    1299: (["USA", "IRQ"], ["IRQ", "USA"], ["19"]),  # U.S. forces battled insurgents loyal to al-Sadr
    1352: (["USA", "IRQ"], ["IRQ", "USA"], ["19"]),  # clashes between US forces and Shia militiamen
    1448: (["THA"], ["GBR"], V),                  # a Thai policeman accused of killing a British couple
    1528: ([N, "IDN"], ["IDN"], V),               # two suicide bombers set off the explosion, killing seven
    1581: (["AFG"], ["AFG", "UNO", "IGO"], ["14", "18", "19"]),  # protesters ransacked U.N. compounds, clashed
    1933: ([N, "IRQ"], ["USA", "GBR"], ["18"]),   # kidnappers seized two Americans and a Briton
    1977: (["BDI"], ["BDI"], A),                  # a Burundian rebel movement: slaughter of 150 civilians
    2108: ([N], ["IRQ"], V),                      # car bomb in Mosul
    2118: ([N, "COD"], ["COD"], A),               # attackers overran a village in Ituri, slaughtered residents
    2137: ([N], ["AFG"], V),                      # Karzai's deputy escaped a roadside bombing
    2140: (["USA", "IRQ"], ["IRQ", "USA"], ["19"]),  # US troops fought a gunbattle with insurgents
    2242: ([N, "IRQ"], ["USA"], V),               # a US hostage killed by his captors
    2254: (["IRQ"], ["USA"], V),                  # an Iraqi group linked to al-Qaeda killed a US hostage
    2418: (["PSE"], ["ISR", "PSE"], V),           # a Palestinian mortar bomb killed a woman in a settlement
    2564: ([N, "ISR"], ["PSE", "HMS", "IMG", "REB"], V),  # a Hamas official killed when his car exploded
    2834: ([N], ["IRQ", "USA"], V),               # bombs exploded near a US convoy in Baghdad
    2881: ([N], ["IRQ"], V),                      # bombs killed 35 children in Baghdad
    2901: (["USA", "IRQ"], ["IRQ"], ["19"]),      # U.S. and Iraqi forces launched a major assault on Samarra
    2990: ([N], ["PHL"], V),                      # bomb in a Muslim regional government compound, Cotabato
    3006: ([N], ["IND"], V),                      # bomb blasts rocked Nagaland and Assam
    3118: ([N], ["IRQ"], V),                      # car bomb near an army recruitment centre
    3169: (["IRQ"], ["IRQ", "USA"], V),           # insurgents exploded two car bombs at the US-Iraqi HQ
    3311: ([N], ["PAK"], V),                      # car bomb at a rally in Multan
    3450: ([N], ["IDN", "FRA"], V),               # parcel bomb outside the Indonesian embassy in Paris
    3503: ([N, "IND"], ["IND"], V),               # a suicide bomber rammed a car into an army convoy in Kashmir
    3516: (["ISR"], ["PSE"], V),                  # Israeli troops killed five armed Palestinians
    3526: ([N], ["IRQ"], V),                      # rocket attack and suicide car bombing in Baghdad
    3650: ([N], ["SDN", "NGO"], V),               # aid workers killed when their vehicle hit a landmine
    3705: (["USA", "IRQ"], ["IRQ"], ["19"]),      # US forces pounding targets, raids on mosques
    4353: ([N], ["USA"], V),                      # roadside bomb near an American military patrol
    4378: ([N, "AFG"], ["AFG"], V),               # a man with six grenades killed himself and a girl in Kabul
    4439: (["IND"], ["IND"], V),                  # rebels detonated a bomb near Omar Abdullah
    4598: (["ISR"], ["PSE"], V),                  # Israeli soldiers killed a Palestinian schoolgirl
    4752: ([N], ["THA"], V),                      # bomb outside a bar in southern Thailand
    4802: ([N], ["PAK"], V),                      # explosion at the Marriott in Islamabad
    4937: ([N], ["IRQ"], V),                      # explosion hit a hotel in Tikrit
    4992: ([N], ["IRQ"], V),                      # car bomb outside the Education Ministry in Baghdad
    5039: ([N, "IRQ"], ["USA", "LBN", "JOR"], ["18"]),  # gunmen abducted a contractor; Jordanian drivers seized
    5360: ([N, "NPL"], ["NPL"], V),               # bomb in a government building in Kathmandu (Maoists suspected)
    5516: ([N], ["IRQ"], V),                      # car bomb near a police patrol in Baghdad
    5722: (["CIV", "FRA"], ["FRA", "CIV"], ["19"]),  # French peacekeepers killed in an air raid by Ivorian bombers
    5938: ([N], ["ARG"], V),                      # bombs in two Buenos Aires banks killed a guard
    5984: (["ISR"], ["EGY"], V),                  # an Israeli tank killed three Egyptian troops
    6386: ([N], ["PAK"], V),                      # bomb in a market in Khuzdar
    6447: ([N], ["GBR", "IRQ"], V),               # mortar attack killed employees of a British security firm
    6456: ([N, "CHN"], ["CHN"], V),               # a man who murdered eight teenagers in a dormitory
    6855: (["ESP"], ["ESP"], V),                  # ETA set off five bombs around Madrid
    7375: ([N, "AFG"], ["TUR"], V),               # a Turkish engineer abducted by unknown gunmen, found dead
    7407: (["UNO", "IGO"], ["RWA"], ["19"]),      # UN peacekeepers fired on troops entering DRC from Rwanda
    7443: ([N], ["IRQ"], V),                      # a suicide car bomb hit a bus of Iraqi National Guards
    7490: ([N], ["PHL"], V),                      # explosion at a market in the southern Philippines
}
CASE = {  # CASE 2021 MOB_VIOL snippets
    "case2021-t2-0022": ([N, "BGD"], ["BGD"], V),  # a man killed as villagers clashed in Dimla upazila
    "case2021-t2-0032": (["IND"], ["IND"], V),     # mob lynches Muslim man (News India)
    "case2021-t2-0172": (["IND"], ["IND"], V),     # a mob nearly lynched four men in UP's Mainpuri
    "case2021-t2-0173": (["MEX"], ["MEX"], V),     # residents and vigilantes killed six men in Veracruz
    "case2021-t2-0278": (["NGA"], ["NGA"], V),     # a vigilante group in Niger state killed nine bandits
    "case2021-t2-0398": (["NGA"], ["NGA"], V),     # Fulani herdsmen attacked communities in Edo State
    "case2021-t2-0454": ([N, "NGA"], ["NGA"], V),  # a cultist set ablaze by a mob in Delta State
    "case2021-t2-0466": (["TUR"], ["ARM"], V),     # a group of Turks attacked a rally; Armenians injured
    "case2021-t2-0953": ([N, "NGA"], ["NGA"], V),  # two vigilantes beaten up by a mob in Anambra State
}


def main() -> None:
    shared = shared_dir()
    rows = list(csv.reader(open(shared / "data/news/ag_news-test/test.csv", encoding="utf-8")))
    case = {json.loads(line)["id"]: json.loads(line) for line in
            open(shared / "data/case/case2021_task2_test_labeled.jsonl", encoding="utf-8")}
    out = []
    for i, (src, tgt, roots) in AG.items():
        text = _ag_clean(rows[i][2])
        out.append({"id": f"ag{i}", "text": text, "source": src, "target": tgt, "roots": roots})
    for key, (src, tgt, roots) in CASE.items():
        out.append({"id": key, "text": case[key]["text"], "source": src, "target": tgt, "roots": roots})
    with open(Path(__file__).with_name("fresh_dyads37.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            r = {"id": r["id"], "half": "tune" if part_of(r["id"]) == "tune" else "aside", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
