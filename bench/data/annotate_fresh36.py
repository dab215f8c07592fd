"""Writes bench/data/casualties_fresh36.jsonl: 56 fresh passages (ConfliBERT CAMEO sentences, CASE 2021 snippets,
AG News World items, a GLOCON document, a GeoWebNews article and a MEANTIME article that no gold file holds: what
earlier rounds left, incident reports and near-misses with no death of their own), annotated by reading BEFORE the
system ran on them. "dev" rows (split.part_of tune) were looked at while fixing; "aside" rows were kept untouched.
The texts are read from ../shared by bench/casualties_fresh.py. Conventions as flashpoint/eval/casualties.py: deaths
recalled from another time, trials, commemorations and generic "mass killings" give no count; "deadly" without a
figure is unknown; "hundreds" 200."""
import json

from flashpoint.eval.split import part_of


def K(best=None, cl=(), approx=None, unknown=False, low=None, high=None):
    return {"best": best, "low": low, "high": high, "unknown": unknown, "approx": approx, "claimants": list(cl)}


def U(cl=()):
    return K(None, cl, unknown=True)


C, S = "2019-06-01", "2019-06-01"
A = {
 # ConfliBERT (cameo_class_train) sentences
 "cameo_class_train_0000": (C, K(1), None),                    # "killed another ethnic Chechen"
 "cameo_class_train_0035": (C, K(15), None),
 "cameo_class_train_0038": (C, K(300, [], "more than"), None),  # "nearly 40 gunmen" are not dead
 "cameo_class_train_0159": (C, K(5, ["he"]), None),            # Abdullah and four other members, "he added"
 "cameo_class_train_0163": (C, U(["government"]), None),        # deadly airstrikes, the Iraqi government said
 "cameo_class_train_0215": (C, K(5), None),                    # a soldier and four Palestinians
 "cameo_class_train_0238": (C, None, None),                    # "large-scale killing of farmers": no incident
 "cameo_class_train_0242": (C, None, None),                    # June 2017 attack recalled
 "cameo_class_train_0248": (C, None, None),
 "cameo_class_train_0307": (C, None, None),                    # Darfur mass killings, trial
 "cameo_class_train_0332": (C, None, None),
 "cameo_class_train_0343": (C, None, None),                    # commemoration of a general who took poison
 "cameo_class_train_0373": (C, None, None),
 "cameo_class_train_0413": (C, None, None),
 "cameo_class_train_0452": (C, None, None),                    # a charge: a hit squad that killed officials
 "cameo_class_train_0614": (C, None, None),                    # overdose deaths
 "cameo_class_train_0743": (C, None, None),                    # indictment for the 2008 attacks
 "cameo_class_train_0756": (C, None, None),
 "cameo_class_train_0813": (C, None, None),
 "cameo_class_train_0936": (C, K(4, ["Jani Khel"]), None),     # "who they allege were tortured and killed"
 "cameo_class_train_0965": (C, None, None),                    # "injury and damages" to a doctor: not hurt
 "cameo_class_train_0985": (C, None, None),                    # Rwanda 1994
 "cameo_class_train_1136": (C, K(4), None),
 "cameo_class_train_1140": (C, U(), None),                     # deadly clashes
 "cameo_class_train_1141": (C, None, None),
 "cameo_class_train_1171": (C, None, None),
 "cameo_class_train_1172": (C, None, None),
 "cameo_class_train_1173": (C, None, None),
 "cameo_class_train_1174": (C, None, None),
 "cameo_class_train_1241": (C, K(1), None),
 "cameo_class_train_1243": (C, K(1), None),
 "cameo_class_train_1245": (C, K(1), None),
 "cameo_class_train_1334": (C, None, None),                    # commemoration of the airliner's dead
 "cameo_class_train_1346": (C, None, None),
 # CASE 2021 snippets
 "case2021-t2-0013": (S, K(200, ["source"], "hundreds"), None),  # according to an Iraqi security source
 "case2021-t2-0037": (S, None, None),
 "case2021-t2-0051": (S, None, None),
 "case2021-t2-0099": (S, None, None),
 "case2021-t2-0269": (S, None, None),
 "case2021-t2-0434": (S, K(7), None),
 "case2021-t2-0471": (S, None, None),
 "case2021-t2-0601": (S, None, None),                          # alleged murders denied
 "case2021-t2-0625": (S, None, None),
 "case2021-t2-0764": ("2018-06-07", K(99, ["forensic"]), None),  # the forensic agency said
 "case2021-t2-0807": (S, None, None),                          # deadly 2017 attack recalled
 "case2021-t2-0823": (S, None, None),
 "case2021-t2-0922": (S, None, None),
 # AG News World items
 "ag-test-682": ("2004-10-01", None, None),                    # reconstruction of an old murder
 "ag-test-697": ("2004-10-01", K(7, ["officials"]), None),      # seven bodies dug out, officials said
 "ag-test-724": ("2004-10-01", K(25, ["police"], "at least"), None),
 "ag-test-5121": ("2004-11-05", None, None),                   # the murdered film-maker recalled
 "ag-test-5550": ("2004-11-05", None, None),
 "ag-test-6417": ("2004-10-01", K(1, ["group"]), None),         # the group claimed
 # GLOCON document, GeoWebNews article, MEANTIME article
 "glocon-SAP20140123S7618": ("2014-01-23", K(1, ["police"]), None),  # a man shot dead; police spokeswoman restates
 "gwn-188": ("2018-06-01", None, None),                        # a court hearing for a January murder
 "meantime-en-287096": ("2011-10-06", None, None),             # Steve Jobs dies: natural
}

if __name__ == "__main__":
    with open("bench/data/casualties_fresh36.jsonl", "w") as out:
        for rid, (pub, killed, injured) in A.items():
            row = {"id": rid, "published": pub, "killed": killed, "injured": injured,
                   "half": "dev" if part_of(rid) == "tune" else "aside"}
            out.write(json.dumps(row) + "\n")
