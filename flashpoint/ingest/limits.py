"""Size caps for untrusted input. Each is documented in the README's RELIABILITY section.

Why caps: one pathological file (a 100 MB single line, a 1 GB HTML page) must not take the
process down or starve the other inputs of a run.
"""

MAX_ARTICLE_CHARS = 500_000        # text of one article after extraction (~80k words; news is < 50k chars)
MAX_FILE_BYTES = 20_000_000        # one .txt/.html article file read whole
MAX_LINE_BYTES = 5_000_000         # one line of a JSON Lines dump (read with a bounded readline)
MAX_FEED_BYTES = 50_000_000        # one RSS/Atom feed file
SNIFF_BYTES = 8192                 # bytes read to detect binary files and formats
