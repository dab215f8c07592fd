"""Writes bench/data/casualties_fresh38.jsonl: 85 fresh passages that no casualty gold or earlier fresh set holds,
annotated by reading BEFORE the system ran on them (cas38). 35 PLOVER gold sentences (data/plover/plover_gsr_cameo.jsonl,
those with a word of death or injury; two repeated texts kept once): incident reports with their tellers, and
near-misses (a toll of "this year", a raid's "killed or wounded", an execution, a wartime massacre, a campaign's toll
"since last July"); and 50 GeoWebNews articles with no violence (business, sport, lifestyle, politics: "walks of life",
"deadline", "body and soul", "execution of agendas", "hurt sentiments"), none of which gives a death. "dev" rows
(split.part_of tune) were looked at while fixing; "aside" rows were kept untouched. The texts are read from ../shared
by bench/casualties_fresh.py. Conventions as flashpoint/eval/casualties.py and annotate_casualties_fresh37.py: deaths
of another period or time, judicial executions and "killed or wounded" (neither count known) give no killed count; a
recent killing a protest or measure follows is counted; suicide bombers said to die with their victims are counted;
"more than N" / "at least N" / "about N" have best N; a claimant is the teller of the clause holding the count, of an
"according to", or of the next sentence; none for the reporter's own statement."""
import json

from flashpoint.eval.split import part_of


def K(best=None, cl=(), approx=None, unknown=False, low=None, high=None):
    return {"best": best, "low": low, "high": high, "unknown": unknown, "approx": approx, "claimants": list(cl)}


def U(cl=()):
    return K(None, cl, unknown=True)


P, G = "2000-01-01", "2018-04-06"
A = {
 # PLOVER gold sentences
 "PLOVER-GSR01-AGREE-0038": (P, None, None),                  # a veto over a settlement
 "PLOVER-GSR01-AID-0007": (P, None, U()),                     # evacuated the wounded
 "PLOVER-GSR01-CONCEDE-0005": (P, None, None),                # 28 killed in riots "this year": a period's toll
 "PLOVER-GSR01-RETREAT-0018": (P, None, None),                # no deadline set
 "PLOVER-GSR01-INVESTIGATE-0009": (P, None, None),
 "PLOVER-GSR01-DEMAND-0001": (P, None, None),                 # NKVD murders during World War Two
 "PLOVER-GSR01-DISAPPROVE-0012": (P, None, None),             # a judicial execution
 "PLOVER-GSR01-DISAPPROVE-0014": (P, None, None),             # "20 people were killed or wounded"
 "PLOVER-GSR01-REJECT-0005": (P, None, None),                 # a guard involved in a shooting
 "PLOVER-GSR01-THREATEN-0026": (P, K(100, ["Iran"]), None),   # "where, it said, 100 people were killed"
 "PLOVER-GSR01-PROTEST-0002": (P, None, None),                # 24 killed in riots last March, recalled
 "PLOVER-GSR01-MOBILIZE-0001": (P, None, None),
 "PLOVER-GSR01-SANCTION-0001": (P, None, None),               # a jet shot down a helicopter: no deaths told
 "PLOVER-GSR01-SANCTION-0004": (P, None, None),
 "PLOVER-GSR01-SANCTION-0011": (P, K(200, [], "more than"), None),  # the death toll rose to more than 200
 "PLOVER-GSR01-COERCE-0005": (P, K(1, ["residents"]), None),  # following the killing of an Israeli man, residents said
 "PLOVER-GSR01-COERCE-0007": (P, None, None),                 # involvement in killing in the province
 "PLOVER-GSR01-COERCE-0004": (P, K(2, ["spokesman"]), None),  # the shooting deaths of two Israelis a day earlier
 "PLOVER-GSR01-COERCE-0018": (P, K(1, ["security sources"]), None),
 "PLOVER-GSR01-ASSAULT-0001": (P, K(156, ["UN refugee agency"], "at least"), None),
 "PLOVER-GSR01-ASSAULT-0006": (P, K(1, ["pathologist"]), None),  # according to a report by a pathologist
 "PLOVER-GSR01-ASSAULT-0007": (P, None, K(2, ["police"])),
 "PLOVER-GSR01-ASSAULT-0008": (P, K(25, ["police"]), None),   # 23 people as well as themselves (two bombers)
 "PLOVER-GSR01-ASSAULT-0009": (P, K(3, ["police"], "at least"), None),
 "PLOVER-GSR01-ASSAULT-0010": (P, K(1), None),
 "PLOVER-GSR01-ASSAULT-0011": (P, K(1, ["military"]), K(2, ["military"])),
 "PLOVER-GSR01-ASSAULT-0012": (P, K(3), None),
 "PLOVER-GSR01-ASSAULT-0013": (P, K(1, ["sources"]), None),   # the deputy chief killed, sources on both sides said
 "PLOVER-GSR01-FIGHT-0005": (P, K(20, ["relief officials"], "about"), None),
 "PLOVER-GSR01-FIGHT-0007": (P, K(3, ["council"]), None),     # a political council said in remarks
 "PLOVER-GSR01-FIGHT-0008": (P, K(2), K(5)),
 "PLOVER-GSR01-FIGHT-0009": (P, None, None),                  # "killing or wounding 50"
 "PLOVER-GSR01-FIGHT-0011": (P, K(46), None),
 "PLOVER-GSR01-FIGHT-0013": (P, K(4), None),
 "PLOVER-GSR01-FIGHT-0014": (P, None, None),                  # at least eight leaders since last July: a campaign
 # GeoWebNews articles with no violence
 **{f"gwn-{n:03d}": (G, None, None) for n in (
     0, 13, 17, 23, 24, 25, 27, 29, 101, 118, 120, 122, 141, 142, 143, 144, 152, 154, 159, 161, 185, 191, 193, 200,
     209, 212, 213, 217, 222, 227, 238, 244, 253, 254, 256, 257, 258, 264, 271, 272, 274, 282, 286, 289, 305, 311,
     313, 314, 318, 319)},
}

if __name__ == "__main__":
    with open("bench/data/casualties_fresh38.jsonl", "w") as out:
        for rid, (pub, killed, injured) in A.items():
            row = {"id": rid, "published": pub, "killed": killed, "injured": injured,
                   "half": "dev" if part_of(rid) == "tune" else "aside"}
            out.write(json.dumps(row) + "\n")
