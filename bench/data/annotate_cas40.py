"""Writes bench/data/casualties_fresh40.jsonl: 101 fresh passages that no casualty gold or earlier fresh set holds,
annotated by reading BEFORE the system ran on them (cas40). Most are violent or tense texts whose figures are NOT a
death toll of the incident: people arrested, detained, abducted, kidnapped, taken hostage, displaced, evacuated,
rescued, missing; protesters and marchers; troops deployed, withdrawn or defected; a suspect's or a victim's age;
counts of things (grenades, shells, observation points, operations, fires). A few tell deaths or injuries: "three die
in protest crackdown", three migrants drowned (the interior ministry the next sentence names), the corpses of 50
soldiers (a ministry spokesman the next sentence quotes), four people hospitalized, a demonstrator's hand mangled.
Sources: CASE 2021 task 2 snippets, ConfliBERT CAMEO sentences, PLOVER gold sentences, GLOCON documents, GeoWebNews
articles and AG News World items of the tune half that say who was arrested, held or sent. "dev" rows (split.part_of
tune) are looked at while fixing; "aside" rows are kept untouched. The texts are read from ../shared by
bench/casualties_fresh.py. Conventions as flashpoint/eval/casualties.py and annotate_cas39.py; claimants: the
reporting verb that governs the clause holding the count, "according to", a speaker in the next sentence, none for
the reporter's own statement."""
import json

from flashpoint.eval.split import part_of


def K(best=None, cl=(), approx=None, unknown=False, low=None, high=None):
    return {"best": best, "low": low, "high": high, "unknown": unknown, "approx": approx, "claimants": list(cl)}


C, G, P, A = "2019-01-01", "2018-04-06", "2000-01-01", "2004-10-01"
ROWS = {
 # CASE 2021 task 2 snippets
 "case2021-t2-0014": (C, None, None),   # thousands of protesters; plans for mass arrests
 "case2021-t2-0017": (C, None, None),   # protesters turned violent in Hamburg
 "case2021-t2-0024": (C, None, None),   # al-Shabab attacked two military camps: no toll told
 "case2021-t2-0042": (C, None, None),   # 10,000 fighters defected
 "case2021-t2-0045": (C, None, None),   # over 110 people arrested in five districts in 24 hours
 "case2021-t2-0059": (C, None, None),   # an 18-year-old captured after a robbery
 "case2021-t2-0070": (C, None, None),   # 649 individuals arrested
 "case2021-t2-0075": (C, None, None),   # over 2500 activists arrested
 "case2021-t2-0092": (C, None, None),   # tear gas and rubber bullets to disperse hundreds of protesters
 "case2021-t2-0115": (C, None, None),   # a governor abducted
 "case2021-t2-0121": (C, None, None),   # dozens of protesters; demonstrators detained
 "case2021-t2-0122": (C, None, None),   # some 15,000 demonstrators marched
 "case2021-t2-0127": (C, None, None),   # an attempt to smuggle 45 migrants thwarted
 "case2021-t2-0136": (C, None, None),   # more than 100 Palestinians arrested in raids
 "case2021-t2-0154": (C, None, None),   # a 41-year-old activist kidnapped
 "case2021-t2-0155": (C, None, None),   # 160 soldiers defected
 "case2021-t2-0168": (C, None, None),   # three ISIS members arrested
 "case2021-t2-0190": (C, None, None),   # 13 of 19 crew members abducted by pirates
 "case2021-t2-0194": (C, None, None),   # 34 people detained, four women and four children
 "case2021-t2-0230": (C, None, None),   # al-Shabab attacked AU bases: no toll told
 "case2021-t2-0231": (C, None, None),   # nine other activists arrested
 "case2021-t2-0240": (C, None, None),   # 15 citizens detained
 "case2021-t2-0283": (C, None, None),   # dozens arrested; the anniversary of an arrest
 "case2021-t2-0296": (C, None, None),   # five of 12 abducted guards released
 "case2021-t2-0316": (C, None, None),   # about 4,000 arrested
 "case2021-t2-0344": (C, None, None),   # 304 personnel detained
 "case2021-t2-0373": (C, None, None),   # nearly two dozen activists arrested, a dozen charged
 "case2021-t2-0409": (C, None, None),   # at least five taken, a 13-year-old child among them
 "case2021-t2-0424": (C, None, None),   # thousands of protesters detained
 "case2021-t2-0447": (C, None, None),   # a poet and three activists arrested
 "case2021-t2-0465": (C, None, None),   # 30 rebels released for 16 soldiers
 "case2021-t2-0469": (C, None, None),   # seven victims of trafficking rescued; a 34-year-old driver
 "case2021-t2-0511": (C, None, None),   # 139 suspects detained
 "case2021-t2-0518": (C, None, None),   # an editor and two columnists detained, warrants for 10 more
 "case2021-t2-0549": (C, None, None),   # hundreds of troops moved
 "case2021-t2-0551": (C, None, None),   # 12 Palestinians detained
 "case2021-t2-0575": (C, None, None),   # more than 180 arrested
 "case2021-t2-0583": (C, None, None),   # 200 fires; powers to evacuate
 "case2021-t2-0619": (C, None, None),   # one of seven on board two crashed aircraft rescued: the others missing
 "case2021-t2-0630": (C, None, None),   # 25,000 demonstrators
 "case2021-t2-0632": (C, None, None),   # four detained in Minsk
 "case2021-t2-0683": (C, None, None),   # ten sailors kidnapped in two incidents
 "case2021-t2-0686": (C, None, None),   # a 31-year-old opened fire: no victim told
 "case2021-t2-0770": (C, None, None),   # 56 observation points since 2017
 "case2021-t2-0779": (C, None, None),   # 866 militants detained
 "case2021-t2-0802": (C, None, None),   # ten arrested at a human chain
 "case2021-t2-0858": (C, None, None),   # hundreds arrested, three abducted
 "case2021-t2-0881": (C, None, None),   # five mortar shells hit residential areas: no toll told
 "case2021-t2-0906": (C, K(3), None),   # "three die in protest crackdown" (headline; the reporter's)
 "case2021-t2-0911": (C, None, None),   # over 100 grenades hurled
 "case2021-t2-0920": (C, None, K(1)),   # a demonstrator's hand mangled by an explosive
 "case2021-t2-0939": (C, None, None),   # dozens kidnapped in raids
 "case2021-t2-0944": (C, None, None),   # 1,141 people evacuated from floods
 "case2021-t2-0945": (C, None, None),   # no arrests; about 20 shops looted
 "case2021-t2-0946": (C, None, None),   # two women kidnapped
 "case2021-t2-0958": (C, None, None),   # a clash for several hours: no toll told
 "case2021-t2-0981": (C, None, None),   # a dozen people evacuated
 "case2021-t2-1001": (C, None, None),   # 835 operations
 "case2021-t2-1009": (C, None, None),   # at least 233 arrested since Wednesday
 # ConfliBERT CAMEO sentences
 "cameo_class_train_0044": (C, None, None),  # some 300 attackers
 "cameo_class_train_0045": (C, None, None),  # about 500 regime troops
 "cameo_class_train_0112": (C, None, None),  # 12 detained
 "cameo_class_train_0162": (C, None, None),  # dozens of demonstrators detained
 "cameo_class_train_0291": (C, None, None),  # operations to detain 110
 "cameo_class_train_0367": (C, None, None),  # more than 800,000 displaced since December
 "cameo_class_train_0556": (C, None, None),  # 10,500 evacuated
 "cameo_class_train_0570": (C, None, None),  # 200 troops sent
 "cameo_class_train_0574": (C, None, None),  # 300 troops deployed
 "cameo_class_train_0663": (C, None, None),  # 37 prisoners freed
 "cameo_class_train_0702": (C, None, None),  # 230 troops, 19 officers
 "cameo_class_train_0787": (C, None, None),  # 40 people arrested after the invasion
 "cameo_class_train_1083": (C, None, None),  # 2,200 Americans still missing from the war
 "cameo_class_train_1150": (C, None, None),  # 260 troops; 200 men with machetes took a base
 "cameo_class_train_1234": (C, None, None),  # a 95-year-old man deported
 "cameo_class_train_1261": (C, None, None),  # 77,000 sought refuge
 # PLOVER gold sentences
 "PLOVER-GSR01-AGREE-0016": (P, None, None),     # up to 4,000 troops
 "PLOVER-GSR01-REJECT-0002": (P, None, None),    # the escape of 23 prisoners
 "PLOVER-GSR01-REJECT-0020": (P, None, None),    # 15 observers taken hostage
 "PLOVER-GSR01-SANCTION-0005": (P, None, None),  # vehicles hit by gunfire, a staff member missing
 "PLOVER-GSR01-SANCTION-0012": (P, None, None),  # 80 peacekeepers shipped out, 100 troops left
 "PLOVER-GSR01-COERCE-0012": (P, None, None),    # more than 100 arrested
 # GLOCON documents
 "glocon-SAPAI-7ca64c79dc-35702": ("2005-06-01", None, None),  # 12 students arrested, aged 17 to 28, of 3,000
 "glocon-SAPSPUTNIK_20160310153913000_396843": ("2016-03-10", None, K(4)),  # four people hospitalized after an attack
 "glocon-SAP140810S0039": ("2014-08-10", None, None),  # 20,000 women marched in 1956
 "glocon-SAPAP_20160111104119000_262018": ("2016-01-11", None, None),  # a 50-year-old princess on trial
 "glocon-SAPXIN_20160314191120000_406884": ("2016-03-14", K(3, ["Ministry"]), None),  # three migrants drowned
 "glocon-SAPAI-856199aa25-23881": ("2005-06-01", None, None),  # a house set on fire, three arrested
 # GeoWebNews articles
 "gwn-018": (G, None, None),   # two inmates and an accomplice arrested; ages 38 and 48
 "gwn-124": (G, None, None),   # two people evacuated from a fire
 "gwn-224": (G, None, None),   # a 34-year-old remanded on 15 offences
 "gwn-250": (G, None, None),   # two arrested for stealing meat, aged 52 and 55
 # AG News World (tune half)
 "ag-test-4452": (A, K(50, ["Rahman"]), None),  # the corpses of 50 soldiers found
 "ag-test-3041": (A, None, None),   # 20 Eta suspects arrested
 "ag-test-7390": (A, None, None),   # 26 hostages on a bus, five released
 "ag-test-1822": (A, None, None),   # dozens of fishermen feared missing after a hurricane
 "ag-test-4804": (A, None, None),   # a hostage, 24, facing execution
 "ag-test-69": (A, None, None),     # abduction of an 11-year-old girl
 "ag-test-192": (A, None, None),    # withdraw 70,000 troops
 "ag-test-961": (A, None, None),    # 1.2 million displaced
 "ag-test-4654": (A, None, None),   # nearly 800 British forces left their base
 "ag-test-7363": (A, None, None),   # more than 18,000 US troops
}

if __name__ == "__main__":
    with open("bench/data/casualties_fresh40.jsonl", "w") as out:
        for rid, (pub, killed, injured) in ROWS.items():
            row = {"id": rid, "published": pub, "killed": killed, "injured": injured,
                   "half": "dev" if part_of(rid) == "tune" else "aside"}
            out.write(json.dumps(row) + "\n")
