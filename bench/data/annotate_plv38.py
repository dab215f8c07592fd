"""Writes bench/data/plover_fresh38.jsonl: 50 fresh AG News test World items (in no other bench or test file), chosen
for verbal conflict (accusations, charges, threats, demands, rejections) and for arrests, charges and threats whose
content is only alleged or threatened (plv38). The PLOVER types, CAMEO root and source countries were annotated by
reading BEFORE the system ran on them. "wrong" lists (PLOVER type, source country) pairs that must not be told as
done (asserted): the alleged or threatened deed coded as an act ("accused China of jailing": no asserted COERCE by
China). The half is by SHA-1 of "plv38:" + id, as plv36 and plv37; "tune" rows were looked at while fixing, "aside"
rows were kept untouched. Ids are "agt" + the row of ../shared/data/news/ag_news-test/test.csv (0-based); the text is
the item's description (as plv35-37), with its headline above it where the event is told there.

    PYTHONPATH=. FLASHPOINT_SHARED=../shared python bench/data/annotate_plv38.py
"""
import hashlib
import json
from pathlib import Path

from flashpoint.eval.news import ag_news
from flashpoint.paths import shared_dir

AC, CO, TH, RQ, RJ, RT, SA = "ACCUSE", "COERCE", "THREATEN", "REQUEST", "REJECT", "RETREAT", "SANCTION"
# test row: (types, root, source countries, wrong (type, country) pairs)   # the event read
A = {
    48: ([AC], "11", ["CHN"], []),                         # Beijing accused a Chinese-American arrested for spying
    69: ([CO], "17", ["CAN"], []),                         # Police have arrested a man in the kidnapping (B.C.)
    85: ([AC], "11", ["HKG", "CHN"], [(CO, "CHN")]),        # HK democrats accused China of jailing one of them
    144: ([AC], "11", ["GBR"], [("ASSAULT", "GBR")]),      # British police charged eight with conspiring to murder
    174: ([TH], "13", ["NPL"], [("ASSAULT", "NPL")]),      # Maoist rebels threatened to attack any vehicles
    249: ([TH], "13", ["IRQ"], [("ASSAULT", "IRQ"), (RT, "USA")]),  # kidnappers threatened to execute him unless
    464: ([SA, TH], "16", ["PAN", "CUB"], []),             # Panama recalled its ambassador; Cuba threatened
    653: ([CO], "17", ["GBR"], []),                        # British police arrest Abu Hamza under suspicion
    846: ([AC, "CONSULT"], "11", ["SDN"], [("ASSAULT", "SDN")]),  # rebels accused Khartoum of killing 75 civilians
    1303: ([AC], "11", ["GBR"], [("ASSAULT", "GBR")]),     # British soldier charged with the murder of a civilian
    1537: ([TH, CO, RQ], "13", ["USA"], []),               # US piled pressure on Sudan, a draft threatening sanctions
    1943: ([CO], "17", ["IDN"], []),                       # Indonesian police made their first arrest
    1981: ([AC], "11", ["SDN"], []),                       # Sudan blamed the United States for the failure
    2054: ([AC, RJ], "11", ["SDN"], []),                   # Sudan has condemned as unfair a new UN resolution
    2187: ([AC], "11", ["USA"], [("ASSAULT", "USA")]),     # Bush condemned the beheading of an American hostage
    2249: (["ASSAULT", TH], "18", ["IRQ"], []),            # Militants said they had beheaded a second American hostage
    2276: ([RQ], "10", ["ISR"], [(SA, "IGO")]),            # Israel urged the UN to move toward sanctions against Iran
    2549: ([CO], "17", ["USA"], []),                       # U.S. Military Arrests an Iraqi Commander
    3138: ([AC], "11", ["USA"], [("ASSAULT", "GBR")]),     # US authorities brought charges against a British man
    4127: ([AC], "11", ["GBR"], []),                       # accused by British prosecutors of encouraging murder
    4162: ([CO], "17", ["ESP"], []),                       # Spain arrests eight over plot to bomb court
    4471: ([CO, AC], "17", ["EGY"], [("ASSAULT", "EGY")]),  # Eight Egyptians arrested, accused of plotting bombings
    4574: ([AC], "11", ["ISR"], []),                       # rightist Israelis accused Sharon of treason
    4890: ([TH], "13", ["AFG"], []),                       # A militant group is threatening to kill three UN hostages
    4924: ([CO], "17", ["JOR"], []),                       # Jordan's state security court jailed an Islamist militant
    5012: ([TH], "13", ["IRQ"], []),                       # militant group has threatened to turn her over to Zarqawi
    1156: ([RJ], "12", ["LBN"], []),                       # Hezbollah rejects a UN call to be disbanded
    725: ([RJ], "12", ["NPL"], []),                        # Nepalese PM has rejected the UN offer of mediating
    1813: ([RJ], "12", ["SDN"], [(SA, "USA")]),            # Sudan rejected a US-sponsored draft resolution to punish it
    3226: ([RJ], "12", ["USA"], []),                       # The United States vetoed an Arab-backed resolution
    3594: ([RJ], "12", ["ISR"], [(RT, "ISR")]),            # Sharon has rejected his army's request to scale back
    3061: ([RJ], "12", ["SDN"], []),                       # Darfur rebels have rejected an attempt to divide them
    163: ([RT], "08", ["PHL"], []),                        # Philippine communist rebels freed two soldiers
    898: ([RT], "08", ["VNM"], []),                        # Vietnam has released nearly 9,000 prisoners
    937: ([RT], "08", ["CHN"], []),                        # China's military had withdrawn most of its troops
    1455: ([RQ, AC], "10", ["USA"], []),                   # The US declared genocide and urged the world to back
    1816: ([RQ], "10", ["USA"], []),                       # Bush urged Putin to uphold the principles of democracy
    516: ([RQ], "10", ["GBR"], []),                        # Straw urged the Sudanese government to do more
    612: ([RQ], "10", ["IRQ"], []),                        # Sistani urged his supporters not to enter Najaf
    1891: ([RQ, TH], "10", ["IGO", "EUR"], []),            # The EU demanded Washington explain, warned it would counter
    3637: ([AC], "11", ["JPN"], []),                       # a defiant Tokyo accused the West of cultural imperialism
    4939: ([AC], "11", ["CHN"], []),                       # China laid into the Bush doctrine, blamed arrogance
    1818: ([AC], "11", ["USA"], []),                       # Kerry accused Bush of presiding over an excuse presidency
    3920: ([AC], "11", ["USA"], []),                       # Bush accusing his Democratic challenger
    924: ([AC], "11", ["USA", "NGO"], []),                 # election condemned by rights groups and by Washington
    2288: ([RJ], "12", ["USA"], [(RT, "USA")]),            # US officials said they were not about to free prisoners
    2347: ([RJ], "12", ["IRQ", "USA"], [(RT, "USA"), (RT, "IRQ")]),  # won't give in to demands to free prisoners
    3669: ([RJ], "12", ["PAK"], []),                       # a Pakistani militant leader refused to meet tribal elders
    1256: ([RQ], "10", ["IRQ"], []),                       # Iraqi kidnappers demanded a $5 million ransom
    108: ([RQ], "10", ["SDN"], []),                        # Sudan calls for African peacekeepers
}


# the items whose event is told in the headline: the headline and the description, else the description alone
TITLED = {653, 2549, 4162}


def half(key: str) -> str:
    return "tune" if hashlib.sha1(f"plv38:{key}".encode()).digest()[0] % 2 == 0 else "aside"


def main() -> None:
    items = ag_news(shared_dir())
    rows = []
    for row, (types, root, countries, wrong) in A.items():
        it = items[row]
        assert it.category == "World", row
        text = it.text if row in TITLED else it.text.split("\n\n", 1)[1]
        rows.append({"id": f"agt{row}", "text": text, "types": types, "root": root, "countries": countries,
                     "wrong": [list(w) for w in wrong], "half": half(f"agt{row}")})
    out = Path(__file__).resolve().parent / "plover_fresh38.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(len(rows), "rows;", sum(r["half"] == "tune" for r in rows), "tune")


if __name__ == "__main__":
    main()
