"""Flashpoint: sourced, structured conflict event data from news.

The public surface is small on purpose: the records, the pipeline entry points and the store.
"""

__version__ = "0.1.0"


def __getattr__(name: str):
    """`flashpoint.load_events(db, since=..., actor=...) -> pandas.DataFrame` (export/table.py),
    imported on first use: pandas and pyarrow are heavy, and `import flashpoint` (every CLI call)
    should not pay for them."""
    if name == "load_events":
        from flashpoint.export.table import load_events  # deferred: heavy (pandas, pyarrow), only when asked for

        return load_events
    raise AttributeError(f"module 'flashpoint' has no attribute {name!r}")
