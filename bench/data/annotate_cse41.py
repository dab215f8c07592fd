"""Writes bench/data/fresh_dyads41.jsonl: fresh violent passages in no gold file and no earlier fresh set, their source
codes, target codes and CAMEO roots annotated by reading BEFORE the system ran on them (cse41):

- AG News test World items (the description) that report an attack, a clash, a killing or a hostage-taking, and
  others that must give no root 18-20 event: disasters, accidents, plots, threats, a bear, and "attack"/"shot down"
  used of words and proposals;
- CASE 2021 task 2 snippets of labels the conflict bench does not read (riots, protests met by force, claims,
  strategic developments) and of the disaster and diplomacy labels (no root 18-20 event is right);
- GLOCON gold sample sentences, single or two to three consecutive sentences of one article (a short passage, so
  that a side named in one sentence must be carried to the next), about attacks, clashes and shootings, and a few
  that use violent words of markets, speeches and threats.

A gold list holds every code prefix that would be right; None: no code is right. An attacker the text does not name
may be left uncoded or coded by the country the act happened in (both are listed). roots None: no root 18-20 event
is right. The half is fresh_sources.half("cse41", id): "tune" rows were looked at while fixing, "aside" rows kept
untouched (their misses never printed).

    PYTHONPATH=. FLASHPOINT_SHARED=../shared python bench/data/annotate_cse41.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fresh_sources import FreshTexts, half, write_rows  # noqa: E402

N = None
V, A, C = ["18", "19"], ["18", "19", "20"], ["19"]
AG = {  # AG News test row: (source, target, roots)
    34: (["USA", "IRQ", N], ["IRQ", "USA"], V),   # explosions and gunfire in Najaf as US troops and tanks rolled back in
    39: (["AFG"], ["AFG", N], V),                 # Afghan government troops flown west to retake an air base from warlords
    797: (["USA", "IRQ"], ["IRQ", "USA"], C),     # US forces and al-Sadr's militia battled in Baghdad
    972: (["IMG", N], ["RUS"], V),                # Putin: the explosions that brought down two airliners were terrorists'
    1532: ([N, "IDN", "IMG"], ["AUS", "IDN"], V),  # the explosion outside the Australian embassy in Jakarta
    1904: (["RUS", "IMG"], ["RUS"], V),           # two Chechen suicide bombers destroyed two planes (Russia)
    3123: ([N, "IRQ", "IMG"], ["IRQ"], V),        # a video apparently shows the killing of two hostages in Iraq
    3782: (["PAK", N], ["CHN"], V),               # a Chinese hostage injured in a rescue operation in Pakistan died
    4452: ([N, "IRQ"], ["IRQ"], A),               # the corpses of 50 executed soldiers of Iraq's new army
    4871: (["LBR", "UNO", "IGO"], ["LBR"], A),    # religious riots between Christians and Muslims in Monrovia
    4886: (["THA", N], ["THA"], V),               # a riot that led to the deaths of 87 protesters (Thailand)
    5637: ([N, "CIV"], [N, "CIV"], V),            # armed young men attacked a club (an Ivorian owner)
    6704: (["USA", "IRQ", N], ["IRQ", "USA"], V),  # US troops killed in Iraq; the battle to evict insurgents from Fallujah
    5379: (["CIV", "FRA"], ["CIV", "FRA"], A),    # mob violence and military clashes in Ivory Coast
    2013: ([N, "IMG", "RUS"], ["RUS"], V),        # terrorism in Russia: 400 killed in four incidents
    3253: ([N, "IRQ", "IMG"], ["IRQ"], V),        # the site of a car bomb explosion in Baghdad, Iraq
    4923: (["AFG", "IMG", N], ["UNO", "IGO"], ["18"]),  # militants holding three UN workers hostage in Afghanistan
    5349: (["AFG", "IMG", "TAL"], ["UNO", "IGO", "AFG"], ["18"]),  # a Taliban splinter group holding three UN workers
    646: (N, N, None),                            # men accused of planning to kill Castro pardoned: a plot
    3909: (N, N, None),                           # a brown bear kills one person in Romania
    1764: (N, N, None),                           # an earthquake rocked Bali, killing one
    2587: (N, N, None),                           # a school bus collided with a truck in Greece
    5163: (N, N, None),                           # a house collapsed onto a mosque in Morocco
    6795: (N, N, None),                           # a blast in Jerusalem caused by an accidental gas explosion
    5263: (N, N, None),                           # an Islamic group threatened to kill Indian cricketers: a threat
    3799: (N, N, None),                           # a flight diverted after a bomb threat
    2993: (N, N, None),                           # France, Sweden and Belgium shot down a German proposal
    6041: (N, N, None),                           # a minister launched a scathing attack on Prince Charles
    4147: (N, N, None),                           # a Dean's reported attacks on the Archbishop of Canterbury (words)
    1648: (N, N, None),                           # a patriarch killed in a helicopter crash
    3633: (N, N, None),                           # Pakistan test-fired a nuclear-capable missile
    6549: (N, N, None),                           # Colombian rebels plotted to assassinate Bush: a plot
}
CASE = {  # CASE 2021 task 2 snippet: (source, target, roots)
    "case2021-t2-0029": ([N, "CVL"], [N, "CVL"], A),  # a man died after an angry mob mutilated him
    "case2021-t2-0120": (["HKG", "CHN"], ["HKG", "CHN"], A),  # Hong Kong police tear gas; protesters' petrol bombs
    "case2021-t2-0124": ([N, "IRQ"], ["IRQ"], V),  # two protesters were killed in Baghdad's Tayaran Square
    "case2021-t2-0160": ([N, "AFG", "TAL"], [N, "AFG"], V),  # Taliban denied responsibility for the attack killing 17
    "case2021-t2-0263": (["IRQ"], ["IMG", "IRQ"], C),  # Iraqi forces in fierce clashes with militants in Fallujah
    "case2021-t2-0265": (["FRA"], ["FRA"], A),     # Yellow Vest protesters in clashes in several French cities
    "case2021-t2-0309": (["VEN"], ["VEN"], A),     # demonstrators clashed with police in Caracas
    "case2021-t2-0321": (["LBN"], ["LBN"], A),     # Lebanese security forces fired rubber bullets; dozens injured
    "case2021-t2-0377": (["NGA", "IMG"], ["NGA"], V),  # villagers fled Chibok because of Boko Haram attacks
    "case2021-t2-0419": ([N, "UKR"], ["UKR"], V),  # two killed in a grenade explosion in Ivano-Frankivsk, Ukraine
    "case2021-t2-0463": (["GRC"], ["GRC"], A),     # clashes outside Athens' Polytechnic
    "case2021-t2-0553": (["IDN"], ["IDN"], A),     # Indonesian riot police and student protesters clash in Jakarta
    "case2021-t2-0568": (["ZWE"], ["ZWE"], A),     # Zimbabwean police fired tear gas at demonstrators; violence
    "case2021-t2-0689": (["FRA"], ["FRA"], A),     # yellow vests clashed with police in Paris
    "case2021-t2-0711": ([N, "IRQ"], ["IRQ", "KUR"], V),  # a targeted attack on Kurdish areas of Tuz Khurmatu
    "case2021-t2-0731": (["IMG"], ["FRA"], V),     # Al-Qaeda claimed the bloodshed at the French satirical newspaper
    "case2021-t2-0324": (N, N, None),              # Israeli forces took Palestinians in raids: arrests
    "case2021-t2-0728": (N, N, None),              # house arrest of Maurice Kamto
    "case2021-t2-0829": (N, N, None),              # Pakistani forces jailed terrorists plotting attacks
    "case2021-t2-0849": (N, N, None),              # Ethiopia intercepted suspects planning attacks on an embassy
    "case2021-t2-0357": (N, N, None),              # a man attacked a campaign website
    "case2021-t2-0212": (N, N, None),              # retaliatory measures against Russia
    "case2021-t2-0201": (N, N, None),              # Beirut explosions caused by ammonium nitrate
    "case2021-t2-0235": (N, N, None),              # a chemical leak killed ten
    "case2021-t2-0259": (N, N, None),              # a tsunami killed 222
    "case2021-t2-0300": (N, N, None),              # a multi-vehicle crash and explosion
    "case2021-t2-0596": (N, N, None),              # an explosion ripped through a petroleum warehouse
    "case2021-t2-0776": (N, N, None),              # a gas explosion at a carnival
    "case2021-t2-0885": (N, N, None),              # a fireworks warehouse exploded
    "case2021-t2-0892": (N, N, None),              # a bus plunged off a bridge
    "case2021-t2-0058": (N, N, None),              # a tank at a gas plant exploded
}
GLOCON = {  # GLOCON sentence ids of one article (a passage): (source, target, roots)
    ("5db56b79ee1f200017463a4a_2",): (["IRN"], ["SAU"], A),  # the storming of the Saudi embassy in Tehran
    ("5db56b78ee1f200017463878_2",): (["COD", "UNO", "IGO"], ["COD"], A),  # clashes: police and UN troops v Bemba's
    ("5db56b78ee1f200017463878_9",): (["COD"], ["COD"], V),  # Bemba's armed guard opened fire on riot police
    ("5dad8232eab6db0017097f5b_2",): (["BIH", "SRB"], ["BIH"], V),  # mosques destroyed by Bosnian Serbs
    ("5dad8233eab6db00170981f3_6",): ([N, "ZAF"], ["ZAF"], V),  # the ANC condemned the shooting of its branch leaders
    ("5dad8233eab6db00170982a5_2",): ([N, "MLI", "IMG"], ["UNO", "IGO", "MLI"], V),  # an attack on a UN camp (Mali)
    ("5dad8233eab6db00170982a5_9",): (["IMG"], ["MLI", "UNO", "IGO"], V),  # al-Qaida claimed the attack in Gao
    ("5dad8233eab6db0017098318_2", "5dad8233eab6db0017098318_3", "5dad8233eab6db0017098318_4"):
        (["IMG", "UGA", "COD"], ["COD", N], V),    # ADF-NALU attacked civilians (Musuku, near Beni)
    ("5dad8233eab6db0017098471_4",): (["COD"], ["COD"], A),  # violence between rival supporters (DR Congo)
    ("5dad8233eab6db00170987d6_13",): (["COL"], ["COL", "ECU"], V),  # the Colombian military's killing in a raid
    ("5dad8233eab6db00170987fc_5",): ([N, "ZAF"], ["ZAF"], V),  # nine bomb blasts in Soweto
    ("5dad8233eab6db00170987fc_9",): ([N, "ZAF"], ["ZAF"], V),  # explosions cut railway lines to Johannesburg
    ("5dad8233eab6db0017098850_21",): (["ZAF"], ["ZAF"], A),  # pupils threw stones at police (Johannesburg)
    ("5db56b78ee1f2000174637ed_8", "5db56b78ee1f2000174637ed_9", "5db56b78ee1f2000174637ed_10"):
        (["ZAF"], ["ZAF"], A),                     # Soweto 1976: stones thrown at police, who opened fire
    ("5db56b78ee1f200017463774_1", "5db56b78ee1f200017463774_2"):
        (["DEU"], ["DEU"], A),                     # Stuttgart: groups clashed with police at a rally
    ("5db56b78ee1f200017463526_2",): (N, N, None),  # students arrested as riot police ringed them
    ("5dad8233eab6db00170983c2_14",): (N, N, None),  # "there will be no coup"
    ("5db56b78ee1f2000174634c9_17",): (N, N, None),  # the value of an NYSE seat has exploded
    ("5db56b78ee1f2000174634c9_21",): (N, N, None),  # closures after the September 11 attacks (background)
    ("5db56b78ee1f2000174637ed_5",): (N, N, None),  # a stone's throw away from the stadium
    ("5dad8233eab6db0017098503_2",): (N, N, None),  # Cameron criticised over his holidays after storms
    ("5db56b78ee1f20001746397c_7",): (N, N, None),  # as if Rwanda were preparing an attack
    ("5dad8233eab6db0017098381_3",): (N, N, None),  # a jihadist group threatens to attack Spain
}


def main() -> None:
    texts = FreshTexts()
    out = []
    for i, gold in AG.items():
        out.append((f"agt{i}", texts.text(f"agt{i}", {}), gold))
    for key, gold in CASE.items():
        out.append((key, texts.text(key, {}), gold))
    for keys, gold in GLOCON.items():
        out.append(("glocon-" + "+".join(keys), " ".join(texts.text("glocon-" + k, {}) for k in keys), gold))
    rows = [{"id": key, "half": half("cse41", key), "text": text, "source": src, "target": tgt, "roots": roots}
            for key, text, (src, tgt, roots) in out]
    write_rows(rows, "fresh_dyads41.jsonl")


if __name__ == "__main__":
    main()
