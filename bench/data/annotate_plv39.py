"""Writes bench/data/plover_fresh39.jsonl: 48 fresh sentences (in no other bench or test file) chosen for the
PLOVER types the gold's tune part misses most (RETREAT, CONCEDE, SANCTION, AID, COERCE, ASSAULT): troops that
withdraw, pull out, surrender or hand over ground; forces that capture ground; expulsions and recalled ambassadors;
eased curfews and reversed decisions; aid handed over or pledged (plv39). 25 CASE 2021 sentences, one GLOCON
sentence, 8 AG News test World items (the description; ids "agt" + the row of test.csv, 0-based) and 9 GeoWebNews
sentences (ids "gwn-" + the article's number + a letter). The PLOVER types (any of which is right), CAMEO root and
source countries were annotated by reading BEFORE the system ran on them; "wrong" lists (PLOVER type, source
country) pairs that must not be told as done (asserted). The half is by SHA-1 of "plv39:" + id, as plv36-38.

    PYTHONPATH=. FLASHPOINT_SHARED=../shared python bench/data/annotate_plv39.py
"""
from fresh_sources import FreshTexts, half, write_rows

AG, AS, CE, CO, RT, SA = "AGREE", "ASSAULT", "CONCEDE", "COERCE", "RETREAT", "SANCTION"
AI, MO, TH, RQ, AC = "AID", "MOBILIZE", "THREATEN", "REQUEST", "ACCUSE"
# id: (types, root, source countries, wrong (type, country) pairs)      # the event read
A = {
    "case2021-t2-0015": ([MO, RT], "15", ["SYR"], []),          # The Syrian army has deployed troops near the border
    "case2021-t2-0331": ([RT], "08", ["SOM"], []),              # Somalia National Army forces have withdrawn from
    "case2021-t2-0578": ([CO, AS], "19", ["SYR", "TUR"], []),   # Turkish-backed Syrian rebels entered and took control
    "case2021-t2-0611": ([CO, AS], "19", ["SOM"], []),          # al-Shabaab militants have taken control of Af-Urur
    "case2021-t2-0684": ([RT, CO, MO], "08", ["LBY"], []),      # GNA forces withdrew; Haftar's forces advanced
    "case2021-t2-0707": ([SA], "16", ["RUS"], []),              # Russia expels diplomats
    "case2021-t2-0753": ([CO, AS, RT], "19", ["SYR", "IMG"], []),  # IS recaptured Palmyra after Syrian forces pulled out
    "case2021-t2-0811": ([RT], "08", ["SYR"], []),              # All regime forces have withdrawn from Al-Mastumah
    "case2021-t2-0818": ([SA], "16", ["RUS", "ITA"], []),       # sanctions imposed by Italy; diplomats will be expelled
    "case2021-t2-0864": ([RT, CE], "08", ["ARM"], []),          # territory was handed over by Armenian forces
    "case2021-t2-0890": ([SA], "16", ["USA"], []),              # Russian diplomats expelled by the US
    "case2021-t2-0891": ([MO], "15", ["ISR"], []),              # Israel has deployed forces to Jerusalem
    "case2021-t2-0980": ([CO, AS, RT], "19", ["SOM", "IGO"], []),  # Al Shabaab regained Marka after forces withdrew
    "case2021-t2-0216": ([AS, CO], "19", ["IRQ"], []),          # Iraqi security forces freed several villages from IS
    "case2021-t2-0572": ([SA], "16", ["USA"], []),              # The Biden administration targeted Russia with sanctions
    "case2021-t2-0005": ([AG, RT], "03", ["SYR", "TUR"], []),   # YPG agreed to move out; Turkey agreed to a ceasefire
    "case2021-t2-0147": ([AG, RT], "03", ["AZE", "ARM"], []),   # Azerbaijani and Armenian forces agreed a ceasefire
    "case2021-t2-0186": ([RT, CE], "08", ["TUR"], []),          # Ten rebels have surrendered to security forces in Turkey
    "case2021-t2-0192": ([CO, AS], "19", ["SYR"], []),          # Syrian army and allied fighters captured a neighborhood
    "case2021-t2-0451": ([CO, AS], "19", ["PHL"], []),          # Troopers from Nolcom have captured two NPA camps
    "case2021-t2-0542": ([RT], "08", ["SYR"], []),              # 67 Syrian government fighters have surrendered
    "case2021-t2-0704": ([AG, RT], "03", ["IRQ"], []),          # Iraqi forces and Peshmerga agreed to a ceasefire
    "case2021-t2-0724": ([CO], "17", ["SOM"], []),              # The Somali National Army has captured a commander
    "case2021-t2-0763": ([RT], "08", ["AFG", "IMG"], []),       # 150 Islamic State fighters have surrendered
    "case2021-t2-0812": ([RT], "08", ["SSD"], []),              # 70 armed opposition forces have surrendered
    "case2021-t2-0869": ([CO, AS], "19", ["SYR"], []),          # Syrian government forces captured a neighborhood
    "case2021-t2-0983": ([CO, AS], "19", ["MOZ", "IMG"], []),   # ISIS militants captured a port
    "case2021-t2-0305": ([AG, RT], "03", ["SYR"], []),          # Rebel groups and pro-government forces agreed a ceasefire
    "case2021-t2-0558": ([AS], "19", ["SYR", "RUS"], []),       # Syrian and Russian air strikes have targeted areas
    "case2021-t2-0144": ([AS], "19", ["ISR"], []),              # Israeli warplanes carried out airstrikes
    "glocon-5db56b78ee1f20001746397c_12": ([MO, AS], "15", ["RWA"], []),  # prompted Rwanda to deploy troops in Zaire
    "agt52": ([RT, CE], "08", ["MDV"], []),                     # A curfew in the capital of the Maldives was eased
    "agt799": ([CE, RT], "08", ["USA"], []),                    # The US suspended flights, bowing to protests
    "agt6595": ([CE, RT], "08", ["SDN"], [(SA, "SDN")]),        # Sudan reverses its decision to expel Oxfam's heads
    "agt7436": ([AG], "03", ["SDN"], [(RT, "SDN")]),            # Sudan is prepared to halt military operations if
    "agt1517": ([AI], "07", ["USA"], []),                       # U.S. troops handed over medical supplies
    "agt4654": ([MO], "15", ["GBR"], []),                       # 800 British forces left their base, heading north
    "agt6886": ([AI, AG], "07", ["RUS"], []),                   # Beslan pledges aid for tsunami victims
    "agt513": ([AI, AG], "03", ["GBR"], [(MO, "GBR")]),         # Straw: no plan to deploy forces, will provide assistance
    "gwn-011a": ([TH], "13", ["RUS"], [(SA, "RUS")]),           # Lavrov said Russia would retaliate in kind
    "gwn-011b": ([AC], "11", ["GBR"], []),                      # Britain accused Russia of responsibility
    "gwn-042a": ([SA, RQ, CO], "16", ["RUS"], []),              # Each country has expelled 23; Russia ordered Britain
    "gwn-135a": ([SA], "16", ["USA", "UKR"], []),               # The U.S. has expelled 60 diplomats, Ukraine 13
    "gwn-164a": ([SA], "16", ["SVN"], []),                      # By recalling its ambassador, Slovenia
    "gwn-145a": ([RT, CE], "08", ["AZE"], []),                  # Azerbaijan's supreme court released him
    "gwn-154a": ([CO, AC], "17", ["IND"], []),                  # Indian police have arrested a man
    "gwn-001a": ([AS], "19", ["TUR"], []),                      # Turkey has shelled a city in northeastern Syria
    "gwn-036a": ([AS], "19", ["SYR", "RUS"], []),               # The Russian-backed offensive has killed 1600 civilians
}

# GeoWebNews sentences: the article and how the sentence opens
GWN = {
    "gwn-011a": (11, "Russian Foreign Minister Sergey Lavrov said on Thursday"),
    "gwn-011b": (11, "The decision is the latest move"),
    "gwn-042a": (42, "Each country has expelled"),
    "gwn-135a": (135, "The U.S. has expelled 60"),
    "gwn-164a": (164, "By recalling its ambassador"),
    "gwn-145a": (145, "There was rare good news from Baku"),
    "gwn-154a": (154, "KOLKATA, India"),
    "gwn-001a": (1, "BEIRUT (AP)"),
    "gwn-036a": (36, "The Russian-backed offensive"),
}


def main() -> None:
    texts = FreshTexts()
    rows = [{"id": key, "text": texts.text(key, GWN), "types": types, "root": root, "countries": countries,
             "wrong": [list(w) for w in wrong], "half": half("plv39", key)}
            for key, (types, root, countries, wrong) in A.items()]
    write_rows(rows, "plover_fresh39.jsonl")


if __name__ == "__main__":
    main()
