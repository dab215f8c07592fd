"""`flashpoint watch`: keep up with live feeds, store what is new, send alerts as they happen.

    sources.py   the sources file (TOML) and the [watch] settings
    fetch.py     polite HTTP: conditional GET, per-host rate and concurrency caps, size caps
    items.py     what a source lists (feed entries, sitemap URLs, a page, a folder's files)
    outbox.py    alert deliveries kept in the store until sent (stdout, file, webhook)
    loop.py      the watcher: poll what is due, process new items, deliver, export, repeat
"""
