"""Regenerate flashpoint/kb/data/countries.tsv (the builder: flashpoint/kb/build/countries.py).

    .venv/bin/python scripts/build_countries.py
"""

import sys

from flashpoint.kb.build.countries import main

if __name__ == "__main__":
    sys.exit(main())
