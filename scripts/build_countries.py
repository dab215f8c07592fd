"""Regenerate flashpoint/kb/data/countries.tsv (the builder: flashpoint/kb/builders/countries.py).

    .venv/bin/python scripts/build_countries.py
"""

import sys

from flashpoint.kb.builders.countries import main

if __name__ == "__main__":
    sys.exit(main())
