"""What a source lists, and the article each listed item becomes.

A feed lists entries (link, title, date, summary); a sitemap lists page URLs; a page source is
the page itself (a new item whenever its content changes); a folder lists its files. For a link,
the article page is fetched and read by the ingest readers (trafilatura for the main text, title
and date); the feed's title and date fill what the page lacks, and its summary stands in when the
page has no readable text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urljoin

from lxml import etree

from flashpoint.errors import FetchError, FlashpointError, InputError
from flashpoint.ingest import ArticleInput, parse_published
from flashpoint.ingest.readers import META_SUFFIX, checked_text, detect_kind, feed_entries, read_bytes, read_path
from flashpoint.watch.fetch import Fetched, Fetcher
from flashpoint.watch.sources import Source, WatchSettings

MB = 1_000_000


@dataclass
class Item:
    key: str                           # remembered in watch_items: the URL (or file path, or page#hash)
    url: str | None = None             # page to fetch; None when `ready` holds the article already
    title: str | None = None
    published: date | None = None
    summary: str = ""
    ready: list[ArticleInput | FlashpointError] = field(default_factory=list)


@dataclass
class Listing:
    items: list[Item]
    fetched: Fetched | None = None     # the feed/sitemap/page answer (None for folders)


def list_source(source: Source, fetcher: Fetcher, settings: WatchSettings, etag: str | None = None,
                last_modified: str | None = None) -> Listing:
    """The items a source lists now (all of them: the caller drops those already seen)."""
    if source.kind == "folder":
        return Listing(list_folder(Path(source.location)))
    cap = int((settings.max_page_mb if source.kind == "page" else settings.max_feed_mb) * MB)
    got = fetcher.get(source.location, cap, etag, last_modified)
    if got.status == 304:
        return Listing([], got)
    if source.kind == "feed":
        entries, why_none = feed_entries(source.location, got.body)
        if why_none and why_none != "feed has no items":  # malformed, not merely empty
            raise InputError(source.location, why_none)
        items = [Item(key=urljoin(got.final_url, e.url), url=urljoin(got.final_url, e.url), title=e.title,
                      published=e.published, summary=e.body) for e in entries if e.url]
        if entries and not items:
            raise InputError(source.location, "feed items have no links (a malformed or cut-off feed?)")
        return Listing(_unique(items), got)
    if source.kind == "sitemap":
        return Listing(_unique(sitemap_items(source.location, got)), got)
    # a page source: the page itself, a new item whenever its content changes
    digest = hashlib.sha256(got.body).hexdigest()[:16]
    ready = _read(source.location, got)
    for found in ready:
        if isinstance(found, ArticleInput):
            found.url = source.location
    return Listing([Item(key=f"{source.location}#{digest}", ready=ready)], got)


def _unique(items: list[Item]) -> list[Item]:
    seen: set[str] = set()
    return [it for it in items if not (it.key in seen or seen.add(it.key))]


def sitemap_items(name: str, got: Fetched) -> list[Item]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(got.body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(name, f"sitemap is not well-formed XML ({str(exc)[:120]})") from None
    items = []
    for url in root.iter("{*}url"):
        loc = url.findtext("{*}loc")
        if not loc or not loc.strip():
            continue
        published = None
        lastmod = url.findtext("{*}lastmod")
        if lastmod:
            try:
                published = parse_published(lastmod.strip(), name)
            except FlashpointError:
                published = None
        link = urljoin(got.final_url, loc.strip())
        items.append(Item(key=link, url=link, published=published))
    return items


def list_folder(folder: Path) -> list[Item]:
    if not folder.is_dir():
        raise InputError(str(folder), "no such folder")
    return [Item(key=str(f)) for f in sorted(folder.rglob("*"))
            if f.is_file() and not f.name.startswith(".") and not f.name.endswith(META_SUFFIX)]


def articles_of(item: Item, source: Source, fetcher: Fetcher, settings: WatchSettings) -> list[ArticleInput | FlashpointError]:
    """The article(s) an item becomes; errors in the list say why not. A transient fetch error is
    raised instead (FetchError with .transient), so the item stays unseen and is tried again."""
    if item.ready:
        found = item.ready
    elif item.url is None:  # a folder's file: the ingest readers (a JSON Lines file holds many)
        found = list(read_path(Path(item.key)))
    else:
        try:
            got = fetcher.get(item.url, int(settings.max_page_mb * MB))
            found = _read(item.url, got)
        except FetchError as exc:
            if getattr(exc, "transient", False):
                raise
            found = [exc]
        found = [_fill_from_feed(a, item) for a in found]
    return [_as_outlet(a, source, item) for a in found]


def _read(name: str, got: Fetched) -> list[ArticleInput | FlashpointError]:
    kind = "html" if "html" in got.content_type.lower() else detect_kind(name, got.body[:8192])
    if kind in ("jsonl", "feed"):
        return [InputError(name, f"an article page was expected, got a {kind} document")]
    return list(read_bytes(name, got.body, kind))[:1]


def _fill_from_feed(found: ArticleInput | FlashpointError, item: Item) -> ArticleInput | FlashpointError:
    if isinstance(found, FlashpointError):
        try:  # no page text: the feed's summary, if it has any, is the article
            text = checked_text(item.url or item.key, item.summary)
        except FlashpointError:
            return found
        return ArticleInput(text=text, title=item.title, published=item.published, url=item.url,
                            path=item.url, published_from="metadata" if item.published else "given",
                            origin=item.url or item.key)
    found.title = found.title or item.title
    if found.published is None and item.published is not None:
        found.published, found.published_from = item.published, "metadata"
    return found


def _as_outlet(found: ArticleInput | FlashpointError, source: Source, item: Item) -> ArticleInput | FlashpointError:
    if isinstance(found, ArticleInput):
        if item.url:
            found.url = item.url  # the feed's link, whatever the page calls itself: "same URL" means this one
        found.source = source.outlet or found.source
    return found
