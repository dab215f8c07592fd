"""Writes bench/data/plover_fresh40.jsonl: 48 fresh sentences (in no other bench or test file) chosen for two
classes the PLOVER and ConfliBERT tune parts miss (plv40): a speech verb that governs a material act ("Ecuador said
it had sent 3,200 soldiers", "announced the expulsion of 60 Russian diplomats", "claimed to have arrested him": the
act is the event, its doer the speaker or the clause's subject), and verbal conflict about violence (threats,
accusations, condemnations and denials of attacks: the speaker's act is verbal, the attack is not theirs). 30 CASE
2021 sentences, 6 GLOCON sentences (ids "glocon-" + the GLOCON id), 10 AG News test World items (the description;
ids "agt" + the row of test.csv, 0-based) and 2 GeoWebNews sentences (ids "gwn-" + the article's number + a letter).
The PLOVER types (any of which is right), CAMEO root and source countries were annotated by reading BEFORE the
system ran on them; "wrong" lists (PLOVER type, source country) pairs that must not be told as done (asserted).
The half is by SHA-1 of "plv40:" + id, as plv36-39.

    PYTHONPATH=. FLASHPOINT_SHARED=../shared python bench/data/annotate_plv40.py
"""
from fresh_sources import FreshTexts, half, write_rows

AG, AS, CE, CO, RT, SA = "AGREE", "ASSAULT", "CONCEDE", "COERCE", "RETREAT", "SANCTION"
AI, MO, TH, RQ, AC, RJ, CN = "AID", "MOBILIZE", "THREATEN", "REQUEST", "ACCUSE", "REJECT", "CONSULT"
# id: (types, root, source countries, wrong (type, country) pairs)      # the event read
A = {
    "case2021-t2-0053": ([CO, AS], "19", ["IMG", "SYR"], []),   # (media said) the ISIS militants seized a site
    "case2021-t2-0086": ([SA], "16", ["USA"], []),              # Trump administration announced the expulsion of
    "case2021-t2-0128": ([AS], "19", ["YEM"], []),              # missiles fired from rebel-held territory in Yemen
    "case2021-t2-0183": ([AS], "19", ["IMG", "IRQ"], []),       # officials say IS militants have attacked a police base
    "case2021-t2-0258": ([AS], "19", ["AFG"], []),              # security forces killed in Taliban attacks
    "case2021-t2-0318": ([CO], "17", ["PAK"], []),              # The Sindh Rangers has claimed to have seized weapons
    "case2021-t2-0356": ([AS, CO], "19", ["AFG"], []),          # Taliban militants captured a district, police said
    "case2021-t2-0378": ([AS], "19", ["SOM"], []),              # Radio Andalus says militants attacked a base
    "case2021-t2-0413": ([AS], "19", ["SYR"], []),              # US-backed militant groups launched an attack on SAA
    "case2021-t2-0426": ([SA, TH], "16", ["RUS"], []),          # Lavrov says Russia will close down the US consulate
    "case2021-t2-0476": ([AS], "18", ["PAK"], []),              # military says suicide bombers blew themselves up
    "case2021-t2-0512": ([CO], "17", ["MEX"], []),              # Defence Ministry said it had seized 206 weapons
    "case2021-t2-0520": ([AS], "18", ["RUS"], []),              # suicide bombers blew themselves up, Stavropol
    "case2021-t2-0551": ([CO], "17", ["ISR"], []),              # Israeli forces have detained 12, military announced
    "case2021-t2-0622": ([AS, CO], "19", ["IMG", "AFG"], []),   # IS has said it captured positions from the Taliban
    "case2021-t2-0771": ([AS], "19", ["SOM"], []),              # Al Shabaab militants killed 38 people
    "case2021-t2-0797": ([AS], "18", ["SOM", "IMG"], []),       # al-Shabab announced it has killed a teenage boy
    "case2021-t2-0802": ([AS, CO], "17", ["BGD"], []),          # activists said Rangpur police attacked the chain
    "case2021-t2-0805": ([CO, AS], "19", ["LBY", "IMG"], []),   # official said Islamic militants seized oil fields
    "case2021-t2-0873": ([AS], "19", ["SOM"], []),              # Al-Shabab fighters attacked a Somali army base
    "case2021-t2-0932": ([AS], "18", ["NGA"], []),              # Army said 8 suicide bombers blew themselves up
    "case2021-t2-0948": ([AS], "19", ["MLI"], []),              # spokesman says gunmen have attacked two villages
    "case2021-t2-0989": ([CO], "17", ["IND"], []),              # NIA on Wednesday claimed to have arrested him
    "case2021-t2-0993": ([AS], "18", ["IMG", "DZA"], []),       # AQIM said an IED had been planted by the group
    "case2021-t2-0166": ([AS], "19", ["SSD"], []),              # killed in an attack by rebel forces in Kaya
    "case2021-t2-0137": ([AS], "19", ["COD"], []),              # rangers killed in a tank attack blamed on a militia
    "case2021-t2-0256": ([AC], "11", ["NGO"], [(AS, "NGO")]),   # Human Rights Watch accused Myanmar forces of rape
    "case2021-t2-0262": ([AC], "11", ["GBR"], [(AS, "GBR")]),   # Russia is accused by the UK of an attack
    "case2021-t2-0453": ([RJ], "12", ["RUS"], []),              # Kosachyov describes accusations as unsubstantiated
    "case2021-t2-0710": ([RJ], "12", ["ESP"], [(AS, "ESP")]),   # Spain has rejected accusations ... the attack
    "glocon-5db56b78ee1f20001746397c_8": ([CO, AS], "17", ["IGO"], []),   # MONUC had "captured" 400 soldiers
    "glocon-5dad8233eab6db00170987d6_17": ([MO], "15", ["ECU"], []),      # Ecuador said it had sent 3,200 soldiers
    "glocon-5db56b79ee1f200017463a4a_7": ([SA], "16", ["BHR"], []),       # Bahrain announced a ban on flights
    "glocon-5dad8233eab6db0017098381_1": ([TH], "13", ["IMG"], [(AS, "IMG")]),  # IS video threatening new attacks
    "glocon-5dad8233eab6db0017098381_4": ([TH], "13", ["IMG", "DZA"], [(AS, "IMG"), (AS, "DZA")]),  # AQIM video
    "glocon-5dad8233eab6db00170982a5_11": ([AC], "11", ["CHN"], [(AS, "CHN")]),  # China strongly condemns it
    "agt470": ([SA, TH], "16", ["PAN", "CUB"], []),             # Panama recalls its ambassador; Cuba threatened
    "agt3608": ([TH], "13", ["IRQ"], []),                       # gunmen threatened to behead a Turkish hostage
    "agt4910": ([TH], "13", ["IRQ"], []),                       # an armed group in Iraq threatened to behead
    "agt5014": ([TH], "13", ["IRQ"], []),                       # the kidnappers threatened to turn her over
    "agt7079": ([AC], "11", ["ZAF"], []),                       # South Africans incl. Mandela condemned attempts
    "agt7331": ([AC], "11", ["CHE"], []),                       # Swiss-based scholar accused the Bush administration
    "agt7284": ([RJ], "12", ["AFG"], []),                       # Karzai rejected his drive to shut down groups
    "agt529": ([TH, RQ], "13", ["IRQ"], [(RT, "ITA")]),         # Islamic Army in Iraq said Italy must withdraw
    "agt958": ([CN, AG], "03", ["GBR"], []),                    # announced plans to send a representative to NK
    "agt1207": ([CO], "17", ["IRQ"], []),                       # Iraqi authorities claimed to have captured al-Douri
    "gwn-011c": ([SA], "16", ["RUS"], []),                      # Russia announces tit-for-tat expulsions
    "gwn-138a": ([CO], "17", ["USA"], []),                      # St. Louis Police announced its squad arrested two
}

# GeoWebNews sentences: the article and how the sentence opens
GWN = {
    "gwn-011c": (11, "Russia announces tit-for-tat"),
    "gwn-138a": (138, "St. Louis Police announced"),
}


def main() -> None:
    texts = FreshTexts()
    rows = [{"id": key, "text": texts.text(key, GWN), "types": types, "root": root, "countries": countries,
             "wrong": [list(w) for w in wrong], "half": half("plv40", key)}
            for key, (types, root, countries, wrong) in A.items()]
    write_rows(rows, "plover_fresh40.jsonl")


if __name__ == "__main__":
    main()
