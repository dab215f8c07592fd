"""Regenerate flashpoint/kb/data/gazetteer.tsv.gz (the builder and its inputs: flashpoint/kb/builders/gazetteer.py).

    .venv/bin/python scripts/build_gazetteer.py --shared ../shared      (or `make gazetteer`)
    .venv/bin/python scripts/build_gazetteer.py --shared ../shared --out /tmp/g.tsv.gz   (a check build)
"""

import sys

from flashpoint.kb.builders.gazetteer import main

if __name__ == "__main__":
    sys.exit(main())
