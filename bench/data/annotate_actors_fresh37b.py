"""Writes bench/data/actors_fresh37b.jsonl: fresh actor mentions, mostly common nouns of people and bodies (witnesses,
farmers, judges, committees, banks, state-owned firms, "the country's" in a one-country item), from AG News test World
items (rows past 600, in no earlier bench/data file) and BBC business/politics openings (2005) in no earlier file,
with the CAMEO codes that are right for each, written down by reading BEFORE the system ran on them. Items alternate
"tune" (misses looked at) and "aside" (kept untouched). Texts are read from ../shared and stored in the jsonl.

    python bench/data/annotate_actors_fresh37b.py     # then: python bench/actors_fresh.py --file bench/data/actors_fresh37b.jsonl
"""
import csv
import json
import sys
from pathlib import Path

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared") / "data"
OUT = Path(__file__).resolve().parent / "actors_fresh37b.jsonl"

# id: [(mention, n-th occurrence in title + text, codes)]
AG = {
    756: [("Chancellor Gordon Brown", 0, ["GBRGOV"]), ("the opposition Conservatives", 0, ["GBROPP", "GBRPTY", "GBRLEG", "GBROPPLEG"])],
    977: [("union leaders", 0, ["NGALAB"])],
    1049: [("Afghan President Hamid Karzai", 0, ["AFGGOV"]), ("the country", 0, ["AFG", "AFGGOV"])],
    1701: [("The Ukrainian parliament", 0, ["UKRLEG"]), ("the government", 0, ["UKRGOV"]),
           ("Prime Minister Viktor Yanukovych", 0, ["UKRGOV"]), ("the opposition", 0, ["UKROPP"])],
    1545: [("Thousands of protesters", 0, ["CHLCVL", "CHLOPP"]), ("President Bush", 0, ["USAGOV"])],
    1726: [("its U.N. diplomats", 0, ["PRKGOV"]), ("U.S. officials", 0, ["USAGOV"]), ("the U.S. administration", 0, ["USAGOV"])],
    1059: [("Iraqi militants", 0, ["IRQREB", "IRQINS", "IRQMIL", "IRQUAF"]), ("an Australian journalist", 0, ["AUSMED"])],
    944: [("a Palestinian security chief", 0, ["PSECOP", "PSEMIL", "PSEGOV", "PSESPY"]), ("witnesses", 0, ["PSECVL"])],
    1222: [("witnesses", 0, ["IRQCVL"])],
    1115: [("grieving relatives", 0, ["CHNCVL"])],
    1081: [("Peru's interior minister", 0, ["PERGOV"]), ("police", 0, ["PERCOP"]), ("three coca farmers", 0, ["PERAGR"]),
           ("a police lieutenant", 0, ["PERCOP"])],
    698: [("The State Department", 0, ["USAGOV"]), ("Laotian military forces", 0, ["LAOMIL"])],
    1244: [("Thai Prime Minister Thaksin Shinawatra", 0, ["THAGOV"]), ("85 Muslim protesters", 0, ["THACVL", "THAOPP", "THAREL"]),
           ("one policeman", 0, ["THACOP"]), ("hospital officials", 0, ["THAHLH"])],
    1703: [("Indonesian investigators", 0, ["IDNGOV"])],
    1810: [("protesting Buddhist monks", 0, ["LKAREL"])],
    1090: [("Four Nigerian military officers", 0, ["NGAMIL"]), ("a civilian", 0, ["NGACVL"]),
           ("President Olusegun Obasanjo", 0, ["NGAGOV"])],
    1349: [("The South Korean government", 0, ["KORGOV"]), ("labor groups", 0, ["KORLAB"])],
    1354: [("Ivory Coast President Laurent Gbagbo", 0, ["CIVGOV"]), ("the country's air force", 0, ["CIVMIL"]),
           ("nine French peacekeepers", 0, ["FRAMIL"])],
    1838: [("Iraqi interim Prime Minister Iyad Allawi", 0, ["IRQGOV"]), ("National Council", 0, ["IRQLEG", "IRQGOV"])],
    1398: [("Dutch lawmakers", 0, ["NLDLEG"]), ("the government", 0, ["NLDGOV"])],
    1657: [("The Supreme Court", 0, ["USAJUD"])],
    1124: [("The United States", 0, ["USA", "USAGOV"]), ("President Hamid Karzai", 0, ["AFGGOV"]),
           ("the senior U.S. commander", 0, ["USAMIL"])],
    1315: [("U.N. experts", 0, ["IGOUNO", "IGOUNOIAE"]), ("the country", 0, ["EGY", "EGYGOV"])],
    1671: [("two U.S. soldiers", 0, ["USAMIL"]), ("doctors", 0, ["IRQHLH"])],
}
BBC = {
    "bbc-business-033": ("a study has found.", [("the Colombian government", 0, ["COLGOV"]), ("the country", 0, ["COL", "COLGOV"])]),
    "bbc-business-228": ("worse hit, it said.", [("Sri Lanka's banks", 0, ["LKABUS"]), ("The Sri Lanka Banks Association", 0, ["LKABUS"]),
                                                ("private banks", 0, ["LKABUS"]), ("State-owned lenders", 0, ["LKABUS"])]),
    "bbc-business-332": ("major chunk of Russia's booming oil industry.", [
        ("Russia's president", 0, ["RUSGOV"]), ("state-owned oil firm Rosneft", 0, ["RUSBUS"]), ("Vladimir Putin", 0, ["RUSGOV"]),
        ("a state-owned company", 0, ["RUSBUS"])]),
    "bbc-business-445": ("did not give a reason.", [("Ireland's state-owned airline", 0, ["IRLBUS"]),
                                                    ("chief executive Willie Walsh", 0, ["IRLBUS"])]),
    "bbc-politics-058": ("human rights concerns over China remained.", [
        ("UK Foreign Secretary Jack Straw", 0, ["GBRGOV"]), ("a Commons select committee", 0, ["GBRLEG"])]),
    "bbc-politics-116": ("The committee reached its conclusions", [
        ("Work and Pensions Secretary Alan Johnson", 0, ["GBRGOV"]), ("the Commons work and pensions committee", 0, ["GBRLEG"]),
        ("The committee", 0, ["GBRLEG"])]),
    "bbc-politics-245": ("Prime Minister Tony Blair.", [
        ("Military chiefs", 0, ["GBRMIL"]), ("Defence Secretary Geoff Hoon", 0, ["GBRGOV"]),
        ("Prime Minister Tony Blair", 0, ["GBRGOV"])]),
    "bbc-politics-370": ("had not meant to discriminate against anyone.", [
        ("the Law Lords", 0, ["GBRJUD"]), ("Civil rights group Liberty", 0, ["GBRNGO"]), ("The Home Office", 0, ["GBRGOV"])]),
    "bbc-politics-039": ("Hitler's Germany.", [("the Welsh Assembly Government", 0, ["GBRGOV"]),
                                              ("Culture Minister Alun Pugh", 0, ["GBRGOV"])]),
    "bbc-business-107": ("after a 31% decline in 2003.", [("the transition government", 0, ["LBRGOV"]),
                                                         ("the country", 0, ["LBR", "LBRGOV"])]),
}


def cut(text, upto):
    if upto is None:
        return text
    i = text.index(upto)
    return text[:i + len(upto)]


def rows():
    with (SHARED / "news" / "ag_news-test" / "test.csv").open(encoding="utf-8") as f:
        world = [r for r in csv.reader(f) if r[0] == "1"]
    for i, ex in AG.items():
        yield f"agw-{i}", "2004-10-15", world[i][1], world[i][2].replace("\\", " "), ex
    bbc = {}
    for line in (SHARED / "news" / "bbc-fulltext-2004-2005" / "bbc.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        if r["id"] in BBC:
            bbc[r["id"]] = r
    for k, (upto, ex) in BBC.items():
        yield k, "2005-03-01", bbc[k]["title"], cut(bbc[k]["text"], upto), ex


def main():
    n = {"tune": 0, "aside": 0}
    with OUT.open("w", encoding="utf-8") as out:
        for j, (i, date, title, text, ex) in enumerate(rows()):
            part = "tune" if j % 2 == 0 else "aside"
            n[part] += len(ex)
            out.write(json.dumps({"id": i, "part": part, "date": date, "title": title, "text": text,
                                  "expected": [{"text": t, "codes": c, "n": k} for t, k, c in ex]},
                                 ensure_ascii=False) + "\n")
    print(n)


if __name__ == "__main__":
    main()
