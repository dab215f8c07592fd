"""Writes bench/data/actors_fresh38.jsonl: fresh actor mentions from AG News test World items (rows past 600, in no
earlier bench/data file nor flashpoint/eval gold), picked for the error classes of issue 16: "Foreign Minister X" with
the country elsewhere, capitals standing for governments ("Pyongyang warned"), ruling and opposition parties, police
officers, fans and supporters, bare surnames of leaders in headlines, ministries named without their country. The
CAMEO codes that are right for each were written down by reading, BEFORE the system ran on them. Items alternate
"tune" (misses looked at) and "aside" (kept untouched).

    python bench/data/annotate_act38.py     # then: python bench/actors_fresh.py --file bench/data/actors_fresh38.jsonl
"""
import csv
import json
import sys
from pathlib import Path

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared") / "data"
OUT = Path(__file__).resolve().parent / "actors_fresh38.jsonl"

PTY = ["PTY", "GOV", "GOVPTY", "OPP", "OPPPTY"]     # a party: any of its party codes


def party(country, *codes):
    return [country + c for c in (codes or PTY)]


# id: [(mention, n-th occurrence in title + text, codes)]
AG = {
    1725: [("U.S. officials", 0, ["USAGOV"]), ("a North Korean Foreign Ministry spokesman", 0, ["PRKGOV"])],
    1890: [("Bosnian Serb Prime Minister Dragan Mikerevic", 0, ["BIHGOV"]), ("Serb police", 0, ["BIHCOP"])],
    1782: [("Ecuadorean police", 0, ["ECUCOP"]), ("Supreme Court judges", 0, ["ECUJUD"]), ("the judges", 0, ["ECUJUD"]),
           ("Congress", 0, ["ECULEG"]), ("President Lucio Gutierrez", 0, ["ECUGOV"])],
    1235: [("Militants", 0, ["IRQREB", "IRQINS", "IRQUAF"]), ("Washington", 0, ["USA", "USAGOV"]),
           ("a Japanese man", 0, ["JPNCVL"])],
    1422: [("Yasser Arafat", 0, ["PSEGOV", "PSEELI"]), ("the Israeli army", 0, ["ISRMIL"])],
    1824: [("North Korea", 1, ["PRK", "PRKGOV"]), ("the government in Pyongyang", 0, ["PRKGOV"]),
           ("the North Korean Foreign Ministry", 0, ["PRKGOV"])],
    1860: [("Japanese Foreign Minister Nobutaka Machimura", 0, ["JPNGOV"]), ("Pyongyang", 0, ["PRK", "PRKGOV"]),
           ("Japan", 2, ["JPN", "JPNGOV"])],
    802: [("The Ministry of Foreign Affairs", 0, ["IDNGOV"]), ("Iraqi abductors", 0, ["IRQREB", "IRQCRM", "IRQUAF", "IRQINS"]),
          ("two Indonesian women", 0, ["IDNCVL"])],
    689: [("Taiwan Foreign Minister Chen Tan- sun", 0, ["TWNGOV"]), ("Foreign Ministry spokesman Michel Lu", 0, ["TWNGOV"])],
    1704: [("Mugabe", 0, ["ZWEGOV"]), ("Zimbabwe President Robert Mugabe", 0, ["ZWEGOV"]), ("ZANU-PF party", 0, party("ZWE"))],
    611: [("China", 1, ["CHN", "CHNGOV"]), ("Pyongyang", 0, ["PRK", "PRKGOV"]), ("Washington", 0, ["USA", "USAGOV"])],
    716: [("President Bush", 0, ["USAGOV"]), ("British Prime Minister Tony Blair", 0, ["GBRGOV"]),
          ("fellow Labor Party officials", 0, party("GBR"))],
    1321: [("The US military", 0, ["USAMIL"]), ("insurgents", 0, ["IRQINS", "IRQREB", "IRQUAF"]),
           ("returning residents", 0, ["IRQCVL"])],
    1645: [("Sri Lanka #39;s army", 0, ["LKAMIL"]), ("the government troops", 0, ["LKAMIL"])],
    1762: [("a Royal Navy helicopter", 0, ["GBRMIL"]), ("the Ministry of Defence", 0, ["GBRGOV", "GBRMIL"])],
    1487: [("Australia #39;s Foreign Minister, Alexander Downer", 0, ["AUSGOV"])],
    1786: [("President Vicente Fox", 0, ["MEXGOV"]), ("corrupt and abusive authorities", 0, ["MEXGOV", "MEXCOP"])],
    1000: [("Downer", 0, ["AUSGOV"]), ("THE federal government", 0, ["AUSGOV"]),
           ("Foreign Minister Alexander Downer", 0, ["AUSGOV"])],
    790: [("Four soldiers", 0, ["USAMIL"]), ("an Iraqi general", 0, ["IRQMIL"]), ("the US army", 0, ["USAMIL"])],
    1888: [("Rebel soldiers", 0, ["CODREB"]), ("army loyalists", 0, ["CODMIL"])],
    631: [("Chinese President Hu Jintao", 0, ["CHNGOV"]), ("Communist Party of China", 0, party("CHN"))],
    763: [("Prime Minister John Howard", 0, ["AUSGOV"]), ("the opposition Labor party", 0, party("AUS", "OPP", "PTY", "OPPPTY"))],
    1488: [("Afghanistan #39;s Interior Ministry", 0, ["AFGGOV"]), ("three UN workers", 0, ["IGOUNO"])],
    1103: [("North Koreans", 0, ["PRKCVL", "PRK", "PRKREF"])],
    1469: [("Twelve Mitterand-era government officials", 0, ["FRAGOV"]), ("senior police officers", 0, ["FRACOP"])],
    651: [("The United States", 0, ["USA", "USAGOV"]), ("defense officials", 0, ["USAMIL", "USAGOV"])],
    1145: [("Omar Abdullah", 0, ["INDOPP", "INDPTY", "INDOPPPTY"]), ("Police", 0, ["INDCOP"]), ("rebels", 0, ["INDREB"])],
    1505: [("Democratic Party leaders", 0, party("USA", "PTY", "OPP", "OPPPTY")), ("Sen. John Kerry", 0, ["USALEG", "USAOPP"])],
    1297: [("Italian prime Minister Silvio Berlusconi", 0, ["ITAGOV"]), ("Russian President Vladimir Putin", 0, ["RUSGOV"])],
    673: [("Britain #39;s Tony Blair", 0, ["GBRGOV"]), ("his Labour party", 0, party("GBR"))],
    1796: [("Israel #39;s opposition Labour party", 0, party("ISR", "OPP", "PTY", "OPPPTY")), ("Ariel Sharon", 0, ["ISRGOV"]),
           ("Labour leader Shimon Peres", 0, party("ISR", "OPP", "PTY", "OPPPTY"))],
    1630: [("Iran", 1, ["IRN", "IRNGOV"]), ("Tehran", 0, ["IRN", "IRNGOV"]), ("A key U.N. atomic agency", 0, ["IGOUNOIAE", "IGOUNO"])],
    1523: [("Britains top police officer", 0, ["GBRCOP"])],
    633: [("officers from the Metropolitan Police anti-terrorist branch", 0, ["GBRCOP"])],
    658: [("officers", 0, ["GBRCOP"])],
    1217: [("Three Russian police officers", 0, ["RUSCOP"])],
    1586: [("Peruvian authorities", 0, ["PERGOV"])],
    744: [("Opposition leader Viktor Yushchenko", 0, ["UKROPP"]), ("his supporters", 0, ["UKROPP", "UKRCVL"])],
    1024: [("his fans", 0, ["INDCVL"])],
}


def rows():
    with (SHARED / "news" / "ag_news-test" / "test.csv").open(encoding="utf-8") as f:
        world = [r for r in csv.reader(f) if r[0] == "1"]
    for i, ex in AG.items():
        yield f"agw-{i}", "2004-11-15", world[i][1], world[i][2].replace("\\", " "), ex


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
