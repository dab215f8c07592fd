"""Writes bench/data/casualties_fresh37.jsonl: 61 fresh passages (what earlier rounds left of CASE 2021 and ConfliBERT
CAMEO sentences with a casualty word, the last three AG News World items with one, GLOCON documents and MEANTIME
articles, and GeoWebNews articles with no violence) that no gold file holds, annotated by reading BEFORE the system
ran on them. Many are near-misses: a word of death with no death of the text's own ("the deal had been killed",
puppies that "could die", cancer deaths, a conflict that "claimed 160,000 lives", a murder trial). "dev" rows
(split.part_of tune) were looked at while fixing; "aside" rows were kept untouched. The texts are read from ../shared
by bench/casualties_fresh.py. Conventions as flashpoint/eval/casualties.py: deaths recalled from another time, trials,
cumulative tolls of a conflict or campaign and "casualties" (neither killed nor injured) give no count; "deadly"
without a figure is unknown; "dozens" 24; a claimant is the speaker of the clause holding the count, of an
"according to", or of the next sentence."""
import json

from flashpoint.eval.split import part_of


def K(best=None, cl=(), approx=None, unknown=False, low=None, high=None):
    return {"best": best, "low": low, "high": high, "unknown": unknown, "approx": approx, "claimants": list(cl)}


def U(cl=()):
    return K(None, cl, unknown=True)


C, S, G = "2019-06-01", "2019-06-01", "2018-06-01"
A = {
 # CASE 2021 snippets
 "case2021-t2-0224": (S, K(1), None),                          # landmines take lives; the latest victim named
 "case2021-t2-0214": (S, None, None),                          # rallies against an execution
 "case2021-t2-0640": (S, None, None),                          # unspecified casualties
 "case2021-t2-0425": (S, K(5, [], "at least"), None),          # 40 others "affected": not said hurt
 "case2021-t2-0515": (S, None, None),                          # unknown casualties
 "case2021-t2-0554": (S, None, None),                          # a protest over last week's shooting
 "case2021-t2-0941": (S, None, None),                          # a campaign of fatal attacks
 "case2021-t2-0800": (S, None, None),                          # casualties
 "case2021-t2-0393": (S, None, None),                          # a conflict that claimed 160,000 lives
 "case2021-t2-0432": (S, None, K(1)),                          # one person hurt
 "case2021-t2-0852": (S, None, None),
 "case2021-t2-0254": (S, None, None),                          # a deadly crackdown earlier this month recalled
 "case2021-t2-0561": (S, None, None),                          # 2 casualties
 "case2021-t2-0916": (S, None, U(["police"])),                 # "workers were hurt, seven seriously ... said police"
 "case2021-t2-0030": (S, None, None),
 "case2021-t2-0964": (S, None, None),                          # a murder two months ago claimed
 "case2021-t2-0648": (S, None, None),                          # many casualties
 # ConfliBERT (cameo_class_train) sentences
 "cameo_class_train_0136": (C, None, None),                    # inflicting casualties
 "cameo_class_train_0922": (C, None, None),
 "cameo_class_train_0414": (C, None, None),                    # skeptical of a flood's death toll
 "cameo_class_train_0571": (C, None, None),
 "cameo_class_train_0772": (C, None, None),
 "cameo_class_train_1089": (C, K(1, ["spokesman"]), None),     # a civilian killed when the plane crashed
 "cameo_class_train_0128": (C, None, None),                    # concerns about the casualties
 "cameo_class_train_0273": (C, None, None),                    # endangered the lives of thousands of women
 "cameo_class_train_0359": (C, None, None),
 "cameo_class_train_0830": (C, None, None),                    # hundreds of casualties
 "cameo_class_train_0914": (C, None, None),
 "cameo_class_train_0100": (C, None, None),                    # numerous attacks over years, killing dozens
 "cameo_class_train_1237": (C, None, None),                    # most of their lives
 "cameo_class_train_0781": (C, None, None),                    # months of fighting have cost thousands of lives
 "cameo_class_train_0264": (C, None, None),                    # risk their lives
 "cameo_class_train_0587": (C, None, None),                    # improve the lives
 "cameo_class_train_1137": (C, None, None),                    # the killing of George Floyd, cause of protests
 "cameo_class_train_0227": (C, K(24, [], "dozens"), None),     # killing and capturing dozens of soldiers
 "cameo_class_train_0558": (C, None, None),                    # saved more than 130 lives
 "cameo_class_train_0946": (C, None, None),                    # evidence over Khashoggi's killing
 "cameo_class_train_1320": (C, None, None),                    # endangering their lives
 "cameo_class_train_0197": (C, U(), None),                     # two deadly suicide attacks
 # AG News World items
 "ag-test-5272": ("2004-10-01", K(7), None),                   # a derailment in which seven lost their lives
 "ag-test-2290": ("2004-10-01", None, None),                   # "failure could be fatal"
 "ag-test-6745": ("2004-10-01", K(1, ["Foreign Office"]), None),  # believed Hassan had been murdered
 # MEANTIME articles
 "meantime-en-1173": ("2004-11-24", None, None),               # the deal had been killed by the Pentagon
 "meantime-en-129865": ("2009-07-30", None, None),             # June's crash recalled in a story on funding
 "meantime-en-87805": ("2007-12-20", None, None),              # this year's air disasters listed
 # GLOCON documents
 "glocon-SAPANA_20181010171519000_7679157": ("2018-10-10", None, None),  # a May shooting recalled, arrests
 "glocon-SAPANA_20170508212520000_1621164": ("2017-05-08", None, None),  # a murder case, bail
 "glocon-SAPAI-4c095706fa-12438": (S, None, None),             # a goose accidentally killed
 "glocon-SAPAI-37099c89f9-54071": (S, None, None),             # attacks being prepared
 "glocon-SAPAI-dc1d691e4b-29547": (S, None, None),             # "Rape is living murder"
 # GeoWebNews articles with no violence
 "gwn-290": (G, None, None),                                   # puppies could die
 "gwn-304": (G, None, None),
 "gwn-285": (G, None, None),
 "gwn-249": (G, None, None),                                   # an attack on a football team's bus
 "gwn-246": (G, None, None),
 "gwn-147": (G, None, None),
 "gwn-223": (G, None, None),                                   # cancer-related deaths
 "gwn-130": (G, None, None),
 "gwn-197": (G, None, None),                                   # "doesn't just hurt people"
 "gwn-284": (G, None, None),
 "gwn-275": (G, None, None),
}

if __name__ == "__main__":
    with open("bench/data/casualties_fresh37.jsonl", "w") as out:
        for rid, (pub, killed, injured) in A.items():
            row = {"id": rid, "published": pub, "killed": killed, "injured": injured,
                   "half": "dev" if part_of(rid) == "tune" else "aside"}
            out.write(json.dumps(row) + "\n")
