"""Write 200 BBC politics articles (2004-2005) as JSON Lines with publication dates spread evenly
and deterministically over January-April 2005: a realistic season for checking the dashboard.

    .venv/bin/python scripts/bbc_season.py ../shared/data/news/bbc-fulltext-2004-2005/bbc.jsonl season.jsonl
    .venv/bin/flashpoint ingest season.jsonl --db sqlite:///season.db

The corpus carries no dates of its own; these are invented, in input order (article i of n is
dated day floor(i * 120 / n) after 1 January 2005), so every run gives the same store.
"""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta

START, DAYS, COUNT = date(2005, 1, 1), 120, 200


def main(source: str, target: str) -> int:
    with open(source, encoding="utf-8") as f:
        politics = [a for a in map(json.loads, f) if a.get("category") == "politics"][:COUNT]
    with open(target, "w", encoding="utf-8") as out:
        for i, a in enumerate(politics):
            day = START + timedelta(days=i * DAYS // len(politics))
            out.write(json.dumps({"id": a["id"], "title": a["title"], "text": a["text"], "published": day.isoformat(),
                                  "source": "BBC News"}, ensure_ascii=False) + "\n")
    print(f"{len(politics)} articles, {START} to {START + timedelta(days=(len(politics) - 1) * DAYS // len(politics))}"
          f" -> {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
