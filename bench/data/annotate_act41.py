"""Writes bench/data/actors_fresh41.jsonl and bench/data/plover_fresh41.jsonl: 72 fresh AG News test World items
(World rows 600 on; the description of test.csv rows in no earlier bench/data file, test file nor flashpoint/eval
gold, by row and by text) annotated by reading, BEFORE the system ran on them, for issues 16 and 15 (act41): the
PLOVER type of the item's event (any of those listed is right), the source countries any of which is right, the
(type, country) pairs that must not be told as done ("wrong"), and the CAMEO codes of the source and target
actors, picked where the text gives the country only indirectly: a titled person with the country elsewhere
("the interior minister", "Chancellor Gerhard Schroeder"), an institution of a country named earlier ("the State
Department", "the foreign ministry", "the government" under another country's dateline), a capital standing for
its government ("Damascus", "Pyongyang said"), parties and armed groups, IGOs and their officers, adjectives
("Sudanese rebel leaders", "Argentine officials"), possessives ("Iran 's foreign minister") and "the South", "the
North". Types chosen to include pairs often confused: ACCUSE / REJECT, THREATEN / SANCTION, CONSULT / AGREE /
COOPERATE, AID, REQUEST (demands).

Ids are "agt" + the 0-based row of test.csv (as plv38-40). The half is by SHA-1 of "act41:" + id (fresh_sources.half):
"tune" items' misses may be looked at, "aside" items' never. The actor file scores title + blank line + description
(bench/actors_fresh.py, on 2004-11-01); the PLOVER file the description (bench/plover_fresh.py fresh41). A mention is
written as it stands in the description with its occurrence there (0 = first); the n the actor bench reads counts the
title's occurrences too. Items with no type (None) are in the actor file only.

    PYTHONPATH=. FLASHPOINT_SHARED=../shared python bench/data/annotate_act41.py
"""
import json
from pathlib import Path

from fresh_sources import FreshTexts, half, write_rows

from bench.actors_fresh import spans
from flashpoint.eval.news import _ag_clean

AG, CN, SU, CE, CO, AI, RT = "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"
RQ, AC, RJ, TH, PR, SA, MO, CR, AS = ("REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                                      "COERCE", "ASSAULT")
DATE = "2004-11-01"


def gov(c):
    """A government, its members and agencies."""
    return [c + "GOV"]


def state(c):
    """A country or a capital standing for it: the country's code or its government's."""
    return [c, c + "GOV"]


def party(c, *extra):
    return [c + s for s in ("PTY", "GOVPTY", "OPP", "OPPPTY", "GOV") + extra]


REB = ("REB", "INS", "UAF")


def armed(c):
    return [c + s for s in REB]


UN = ["IGOUNO"]
EU = ["IGOEUREEC", "IGOEU"]

# row: (types, root, source countries, wrong (type, country) pairs, [(mention, occurrence in the description, codes)])
A = {
    2461: ([CR, SA], "17", ["KOR"], [], [("South Korean authorities", 0, gov("KOR")), ("North Korea", 0, state("PRK")),
                                        ("South Korea", 1, state("KOR"))]),
    2540: ([CN], "04", ["JPN", "PRK"], [], [("Japanese nationals", 0, ["JPNCVL"]), ("the North", 0, state("PRK")),
                                             ("Japanese officials", 0, gov("JPN"))]),
    2743: ([SU], "05", ["TWN"], [], [("Taiwan Foreign Minister Mark Chen", 0, gov("TWN")), ("Singapore", 0, state("SGP"))]),
    2761: ([TH, AC, RJ], None, ["PSE"], [], [("Lawmakers", 0, ["PSELEG"]), ("the Palestinian leadership", 0, gov("PSE")),
                                              ("legislators", 0, ["PSELEG"])]),
    2814: ([RJ], "12", ["AUS"], [], [("Australian Prime Minister John Howard", 0, gov("AUS")),
                                     ("his British counterpart Tony Blair", 0, gov("GBR"))]),
    2884: ([RJ], "12", ["IRN"], [], [("Iran 's foreign minister", 0, gov("IRN"))]),
    2966: ([AC], "11", ["SRB", "SCG", "YUG"], [], [("Kostunica", 0, gov("SRB") + gov("SCG")),
                                                   ("Serbian authorities", 0, gov("SRB") + gov("SCG"))]),
    2989: ([RQ, AC], "10", ["IGO"], [], [("Secretary-General Kofi Annan", 0, UN), ("Damascus", 0, state("SYR")),
                                          ("the UN Security Council", 0, UN)]),
    3143: ([CN, RQ], "04", ["IGO"], [], [("The UN Security Council", 0, UN)]),
    3153: ([AG, CO, SU], "05", ["IGO"], [], [("The United Nations", 0, UN), ("the United States", 0, state("USA"))]),
    3163: ([AG, CO, SU], "03", ["USA"], [], [("The United States", 0, state("USA")), ("President Hugo Chavez", 0, gov("VEN")),
                                              ("Washington", 0, state("USA"))]),
    3248: (None, None, [], [], [("British Defence Secretary Geoff Hoon", 0, gov("GBR"))]),
    3255: ([AS], "19", ["USA", "IRQ"], [], [("insurgents", 0, armed("IRQ"))]),
    3389: ([CO, AG], "06", ["ITA", "LBY"], [], [("Libyan leader Muammar Gaddafi", 0, gov("LBY")),
                                                ("Prime Minister Silvio Berlusconi", 0, gov("ITA"))]),
    3461: ([CN], "04", ["RUS"], [], [("Russian President Vladimir Putin", 0, gov("RUS")), ("Mr. Putin", 0, gov("RUS"))]),
    3572: (None, None, [], [], [("the Canadian navy", 0, ["CANMIL"]), ("the Royal Navy", 0, ["GBRMIL"])]),
    3587: ([RQ, AG, CN], "03", ["TWN"], [], [("Taiwan President Chen Shui-bian", 0, gov("TWN")), ("China", 0, state("CHN"))]),
    3633: ([MO, TH], "15", ["PAK"], [], [("Defence officials", 0, ["PAKMIL", "PAKGOV"])]),
    3755: ([AI, CO, MO], "07", ["IGO"], [], [("NATO", 0, ["IGOWSTNAT"]), ("Iraqi leaders", 0, gov("IRQ")),
                                             ("US ambassador to NATO Nicholas Burns", 0, gov("USA"))]),
    3810: ([CE, RT], "08", ["ISR"], [(CR, "ISR")], [("Israel", 0, state("ISR"))]),
    3833: (None, None, [], [], [("Israel 's foreign ministry", 0, gov("ISR"))]),
    3878: ([CN], "04", ["PAK"], [], [("Pakistani President General Pervez Musharraf", 0, gov("PAK")),
                                     ("Prime Minister Tony Blair", 0, gov("GBR"))]),
    3893: ([AS, CR, MO], "19", ["HTI"], [], [("police", 0, ["HTICOP"]),
                                              ("ousted President Jean-Bertrand Aristide", 0, ["HTI", "HTIGOV", "HTIOPP", "HTIELI"])]),
    3914: ([CN], "04", ["USA"], [], [("US Secretary of State Colin Powell", 0, gov("USA")), ("the State Department", 0, gov("USA"))]),
    3931: (None, None, [], [], [("the prime minister", 0, gov("GBR")), ("British troops", 0, ["GBRMIL"])]),
    3943: ([AI, CR], "07", ["PAK"], [], [("the interior minister", 0, gov("PAK")), ("two Chinese engineers", 0, ["CHNCVL", "CHNBUS"])]),
    3948: ([RJ], "12", ["IRN"], [], [("Tehran", 0, state("IRN"))]),
    3958: ([AC], "11", ["IGO"], [], [("UN Secretary General Kofi Annan", 0, UN)]),
    3960: ([RJ], "12", ["AUS"], [], [("Australia", 0, state("AUS")), ("United Nations (UN) personnel", 0, UN)]),
    4039: (None, None, [], [], [("The Australian embassy in Baghdad", 0, gov("AUS")), ("the government", 0, gov("AUS"))]),
    4067: ([AG, CN], "03", ["PRK"], [], [("A top North Korean official", 0, gov("PRK"))]),
    4076: ([CR], "17", ["MMR"], [], [("Myanmar 's Prime Minister General Khin Nyunt", 0, gov("MMR") + ["MMRMIL"]),
                                     ("a Thai government spokesman", 0, gov("THA"))]),
    4087: (None, None, [], [], [("Israel's opposition leader", 0, ["ISROPP", "ISROPPPTY", "ISRPTY"]),
                                ("the prime minister", 0, gov("ISR"))]),
    4212: (None, None, [], [], [("Lebanese Prime Minister Rafiq Hariri", 0, gov("LBN"))]),
    4251: ([CN, MO], "04", ["SDN", "IGO"], [], [("Sudan 's government", 0, gov("SDN")), ("Darfur rebels", 0, armed("SDN")),
                                                ("the African Union", 0, ["IGOAFROAU", "IGOAFR"])]),
    4262: ([RQ], "10", ["CAN"], [], [("Prime Minister Paul Martin", 0, gov("CAN")), ("his Liberal cabinet", 0, gov("CAN"))]),
    4336: ([RJ], "12", ["SAU"], [], [("A senior Saudi official", 0, gov("SAU")), ("his government", 0, gov("SAU")),
                                     ("Saudi nationals", 0, ["SAUCVL"]), ("Iraqi insurgents", 0, armed("IRQ"))]),
    4338: ([RQ], "10", ["GBR", "IRQ"], [], [("Tony Blair", 0, gov("GBR"))]),
    4360: ([RJ], "12", ["IRN"], [], [("some US media", 0, ["USAMED"]), ("the official IRNA news agency", 0, ["IRNMED"]),
                                     ("UN nuclear watchdog chief Mohamed ElBaradei", 0, ["IGOUNOIAE", "IGOUNO"])]),
    4371: ([AI], "07", ["IGO"], [], [("EU foreign policy chief Javier Solana", 0, EU),
                                     ("an African Union (AU) force", 0, ["IGOAFROAU", "IGOAFR"])]),
    4386: ([AI], "07", ["IGO"], [], [("The European Union", 0, EU), ("the EU 's foreign policy chief", 0, EU)]),
    4389: ([CN], "04", ["PAK"], [], [("Prime Minister Shaukat Aziz", 0, gov("PAK"))]),
    4398: ([CN], "04", ["ZAF"], [], [("South African President Thabo Mbeki", 0, gov("ZAF"))]),
    4399: ([TH], "13", ["USA"], [(SA, "USA")], [("The Bush administration", 0, gov("USA")), ("the State Department", 0, gov("USA")),
                                                ("leaders of the former Soviet republic of Belarus", 0, gov("BLR"))]),
    4401: ([RJ], "12", ["IRN"], [], [("Iran", 0, state("IRN"))]),
    4444: ([MO, CR, AS], "15", ["IGO", "HTI"], [], [("U.N. peacekeepers", 0, ["IGOUNO", "IGOUNOPKO"]),
                                                   ("Haitian police", 0, ["HTICOP"]),
                                                   ("militants", 0, armed("HTI"))]),
    4468: ([AG, CO, SU], "05", ["IND", "MMR"], [], [("India", 0, state("IND")), ("Myanmar", 0, state("MMR"))]),
    4485: ([RJ], "12", ["CHN"], [], [("US Secretary of State Colin Powell", 0, gov("USA")), ("the Taiwanese President", 0, gov("TWN"))]),
    4528: ([AG], "03", ["CHN"], [], [("the Association of Southeast Asian Nations", 0, ["IGOSEAASN"]),
                                     ("the Chinese Ministry of Commerce", 0, gov("CHN"))]),
    4545: ([RQ], "10", ["USA"], [], [("North Korea", 0, state("PRK"))]),
    4570: ([SU], "05", ["DEU", "FRA"], [], [("Chancellor Gerhard Schroeder", 0, gov("DEU"))]),
    4699: ([AC, CN], "11", ["MYS"], [], [("Malaysia", 0, state("MYS")), ("Thai Prime Minister Thaksin Shinawatra", 0, gov("THA"))]),
    4812: ([RQ, AG, SU], "10", ["PSE", "IMG"], [], [("The militant Palestinian group Hamas", 0, ["PSEREBHMS", "PSEREB"]),
                                                   ("ailing Palestinian leader Yasser Arafat", 0, gov("PSE"))]),
    4821: ([AG, AI, SU], "03", ["USA"], [], [("Mr Powell", 0, gov("USA")), ("A US State Department spokesman", 0, gov("USA")),
                                             ("China 's visiting military chief, General Liang Guanglie", 0, ["CHNMIL"])]),
    4841: ([RJ], "12", ["SDN"], [], [("Sudanese rebel leaders", 0, armed("SDN")), ("government negotiators", 0, gov("SDN"))]),
    4893: ([MO], "15", ["GBR"], [], [("British soldiers", 0, ["GBRMIL"]), ("the Scottish Black Watch regiment", 0, ["GBRMIL"])]),
    5243: ([CR], "17", ["IRQ"], [], [("The Iraqi government", 0, gov("IRQ")), ("rebels", 0, armed("IRQ"))]),
    5250: ([MO, CR, TH], "15", ["LBN"], [(AS, "LBN")], [("Hezbollah", 0, ["LBNREBHEZ", "LBNREB"]),
                                                          ("the Israeli military", 0, ["ISRMIL"])]),
    5274: (None, None, [], [], [("Prime Minister Manmohan Singh", 0, gov("IND")), ("US President George W. Bush", 0, gov("USA"))]),
    5310: ([RQ, AC], "10", ["FRA"], [(SA, "FRA")], [("France 's UN ambassador, Jean-Marc de la Sabliere", 0, gov("FRA"))]),
    5378: ([CN], "04", ["USA"], [], [("US Deputy Secretary of State Richard Armitage", 0, gov("USA")),
                                     ("top Pakistani leaders", 0, gov("PAK"))]),
    5510: ([CR, MO], "17", ["JPN"], [], [("Tokyo", 0, state("JPN")), ("Beijing", 0, state("CHN")),
                                          ("a suspected Chinese nuclear submarine", 0, ["CHNMIL"])]),
    5612: ([RJ, AC], "12", ["FRA", "CIV"], [(AS, "FRA")], [("France", 0, state("FRA")), ("Ivory Coast authorities", 0, gov("CIV"))]),
    5647: ([CN], "04", ["IRN"], [], [("the European Union", 0, EU)]),
    5725: ([CN, AG], "04", ["TWN"], [], [("President Chen Shui-bian", 0, gov("TWN")),
                                         ("mainland Chinese President Hu Jintao", 0, gov("CHN"))]),
    5799: (None, None, [], [], [("Pakistans leading newspaper, Dawn", 0, ["PAKMED"])]),
    5812: ([SU], "05", ["CHN"], [], [("China", 0, state("CHN")), ("Tokyo", 0, state("JPN"))]),
    5822: ([AG, CN, RQ], "03", ["RUS"], [], [("Russia", 0, state("RUS")), ("the Novosti news agency", 0, ["RUSMED"])]),
    5833: ([AC], "11", ["CIV"], [], [("Supporters of Ivory Coast 's President Laurent Gbagbo", 0, ["CIVGOV", "CIVCVL", "CIVPTY"]),
                                     ("rebel leaders", 0, armed("CIV"))]),
    5884: ([CO, AI, AG], "06", ["CHN"], [], [("Argentine officials", 0, gov("ARG"))]),
    5993: ([RJ], "12", ["RUS"], [], [("Russian President Vladimir Putin", 0, gov("RUS")), ("a United Nations panel", 0, UN)]),
    6176: ([RQ], "10", ["ESP", "PRT"], [], [("Britain", 0, state("GBR")), ("Argentina", 0, state("ARG"))]),
    6212: ([RQ], "10", ["IND"], [], [("Prime Minister Manmohan Singh", 0, gov("IND")), ("ULFA", 0, armed("IND"))]),
    6213: ([RQ, AG], "10", ["USA"], [], [("US Secretary of State Colin Powell", 0, gov("USA")),
                                         ("Palestinian leaders", 0, gov("PSE"))]),
    6215: ([CE, RT, AG], "08", ["IRN"], [], [("The head of Iran 's nuclear energy organisation", 0, gov("IRN"))]),
    6443: ([CE, RT, AG], "08", ["RUS"], [], [("the foreign ministry", 0, gov("RUS"))]),
    6449: ([MO, TH], "15", ["IND"], [], [("a government official", 0, gov("IND"))]),
    6523: ([AC], "11", ["COD"], [(AS, "RWA")], [("a Congolese diplomat", 0, gov("COD")), ("Hutu fighters", 0, armed("RWA") + armed("COD"))]),
    7179: ([RJ, RQ], "12", ["PRK"], [], [("the South", 0, state("KOR")), ("Pyongyang", 0, state("PRK"))]),
    7244: ([PR], "14", ["IRQ"], [], [("The US army", 0, ["USAMIL"])]),
    7356: ([CR], "17", ["AFG"], [], [("Afghan forces", 0, ["AFGMIL"]), ("provincial officials", 0, gov("AFG"))]),
    7534: ([AC], "11", ["USA"], [], [("Washington", 0, state("USA")), ("Damascus", 0, state("SYR"))]),
    7560: ([AG], "03", ["ISR"], [], [("Israel 's opposition Labour party", 0, party("ISR")),
                                     ("Prime Minister Ariel Sharon 's Likud party", 0, party("ISR"))]),
    7578: ([AC, AS], "11", ["SDN"], [], [("the government", 0, gov("SDN")),
                                          ("One of the two main rebel groups in Sudan 's war-torn Darfur region", 0, armed("SDN"))]),
    2369: ([CN], "04", ["PSE"], [], [("the Syrian leaders", 0, gov("SYR")), ("Chairman Mahmoud Abbas", 0, ["PSEGOV", "PSEPTY", "PSE"])]),
    3295: ([CN], "04", ["IRQ"], [], [("Iraq 's interim government", 0, gov("IRQ"))]),
    5595: ([AS, CR, PR], "14", ["NGA"], [], [("gangs", 0, ["NGACRM", "NGAUAF", "NGACVL", "NGAREB"]), ("local officials", 0, gov("NGA"))]),
    5630: ([AS], "19", ["USA", "IRQ"], [], [("Iraq 's Islamic Party", 0, party("IRQ")), ("insurgents", 0, armed("IRQ"))]),
}


def occurrence(title: str, text: str, mention: str, k: int) -> tuple[str, int]:
    """The mention as the description writes its possessive ("Iran 's" or "Iran's") and the n the actor bench reads:
    its k-th occurrence in the description, counted in title + text."""
    mention = next((m for m in (mention, mention.replace(" 's", "'s")) if len(spans(text, m)) > k), None)
    assert mention, (mention, text)
    return mention, len(spans(title, mention)) + k


def main() -> None:
    texts = FreshTexts()
    plover, actors = [], []
    for row, (types, root, countries, wrong, mentions) in A.items():
        key = f"agt{row}"
        label, title, _ = texts.ag[row]
        assert label == "1", key
        title, text = _ag_clean(title), texts.text(key, {})
        part = half("act41", key)
        if types:
            plover.append({"id": key, "text": text, "types": types, "root": root, "countries": countries,
                           "wrong": [list(w) for w in wrong], "half": part})
        actors.append({"id": key, "part": part, "date": DATE, "title": title, "text": text,
                       "expected": [dict(zip(("text", "n"), occurrence(title, text, m, k)), codes=codes) for m, k, codes in mentions]})
    write_rows(plover, "plover_fresh41.jsonl")
    out = Path(__file__).resolve().parent / "actors_fresh41.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in actors), encoding="utf-8")
    print(len(actors), "actor items;", sum(len(r["expected"]) for r in actors), "mentions;",
          {p: sum(len(r["expected"]) for r in actors if r["part"] == p) for p in ("tune", "aside")})


if __name__ == "__main__":
    main()
