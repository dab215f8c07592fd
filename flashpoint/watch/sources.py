"""The sources file of `flashpoint watch`, and the [watch] settings it may override.

    [[source]]
    url = "https://example.org/world/rss.xml"   # or path = "/data/incoming" for a local folder
    every = "5m"                                # poll interval: 500ms, 30s, 5m, 2h, 1d
    outlet = "Example News"
    language = "en"                             # optional (default "en")
    country = "UKR"                             # optional: default country of the outlet
    kind = "feed"                               # optional: feed | sitemap | page (guessed from the URL)

Everything is checked when the file is read: a bad file is one error naming the file and the
problem, before anything is fetched.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from thinc.api import Config

from flashpoint.analyze.config import MONITOR_CONFIG_PATH
from flashpoint.errors import SourcesError

KINDS = ("feed", "sitemap", "page", "folder")
SOURCE_KEYS = {"url", "path", "every", "outlet", "language", "country", "kind"}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$")
_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class WatchSettings:
    """The [watch] section of flashpoint/monitor_config.cfg (documented there, values only there)."""

    timeout_seconds: float
    max_feed_mb: float
    max_page_mb: float
    max_redirects: int
    per_host_rate: float
    per_host_concurrency: int
    fetchers: int
    max_backoff_seconds: float
    batch_size: int
    retry_base_seconds: float
    retry_max_seconds: float
    user_agent: str


@dataclass(frozen=True)
class Source:
    location: str           # URL, or folder path
    kind: str               # feed | sitemap | page | folder
    every: float            # seconds between polls
    outlet: str | None = None
    language: str = "en"
    country: str | None = None

    @property
    def id(self) -> str:
        return hashlib.sha256(f"{self.kind}\n{self.location}".encode()).hexdigest()[:16]

    @property
    def name(self) -> str:
        return self.outlet or self.location


def parse_duration(value: object, where: str) -> float:
    """"5m" -> 300.0; a bare number is seconds."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value)
    else:
        m = _DURATION.match(str(value))
        if not m:
            raise SourcesError(where, f"not a duration: {value!r} (use 30s, 5m, 2h, 1d)")
        seconds = float(m.group(1)) * _UNITS[m.group(2)]
    if seconds <= 0:
        raise SourcesError(where, f"duration must be positive, not {value!r}")
    return seconds


def load_sources(path: str | Path, base: WatchSettings | None = None) -> tuple[list[Source], WatchSettings]:
    """The sources listed in a TOML file, and the settings with its [settings] table applied."""
    name = str(path)
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(name, "no such sources file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(name, f"cannot read the sources file ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(name, f"not valid TOML ({exc})") from None
    unknown = set(data) - {"source", "settings"}
    if unknown:
        raise SourcesError(name, f"unknown table(s) {', '.join(sorted(unknown))} (expected [[source]] and [settings])")
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        raise SourcesError(name, "no [[source]] entries")
    settings = apply_settings(base or load_watch_settings(), data.get("settings") or {}, name)
    sources = [_source(entry, i, name) for i, entry in enumerate(entries, 1)]
    seen: dict[str, int] = {}
    for i, s in enumerate(sources, 1):
        if s.id in seen:
            raise SourcesError(name, f"source {i} repeats source {seen[s.id]} ({s.location})")
        seen[s.id] = i
    return sources, settings


def _source(entry: object, i: int, name: str) -> Source:
    where = f"{name}: source {i}"
    if not isinstance(entry, dict):
        raise SourcesError(name, f"source {i} is not a table")
    unknown = set(entry) - SOURCE_KEYS
    if unknown:
        raise SourcesError(name, f"source {i}: unknown key(s) {', '.join(sorted(unknown))} "
                                 f"(known: {', '.join(sorted(SOURCE_KEYS))})")
    url, path = entry.get("url"), entry.get("path")
    if (url is None) == (path is None):
        raise SourcesError(name, f"source {i}: give exactly one of url (a feed, sitemap or page) or path (a folder)")
    if "every" not in entry:
        raise SourcesError(name, f"source {i}: missing every (the poll interval, e.g. every = \"5m\")")
    for key in ("url", "path", "outlet", "language", "country", "kind"):
        if key in entry and not isinstance(entry[key], str):
            raise SourcesError(name, f"source {i}: {key} must be a string")
    every = parse_duration(entry["every"], where)
    country = entry.get("country")
    if country is not None and not re.fullmatch(r"[A-Z]{3}", country):
        raise SourcesError(name, f"source {i}: country must be an ISO 3166 alpha-3 code such as UKR, not {country!r}")
    if path is not None:
        kind = entry.get("kind", "folder")
        if kind != "folder":
            raise SourcesError(name, f"source {i}: a path is a folder source (kind {kind!r} needs a url)")
        location = str(Path(path).expanduser())
    else:
        if not re.match(r"^https?://[^/\s]+", url):
            raise SourcesError(name, f"source {i}: url must be http:// or https://, not {url!r}")
        kind = entry.get("kind") or guess_kind(url)
        if kind not in KINDS[:3]:
            raise SourcesError(name, f"source {i}: kind must be feed, sitemap or page, not {kind!r}")
        location = url
    return Source(location=location, kind=kind, every=every, outlet=entry.get("outlet"),
                  language=entry.get("language", "en"), country=country)


def guess_kind(url: str) -> str:
    tail = url.lower().split("?", 1)[0].rstrip("/")
    if "sitemap" in tail.rsplit("/", 1)[-1]:
        return "sitemap"
    if tail.endswith((".html", ".htm")):
        return "page"
    return "feed"


def load_watch_settings(path: str | Path | None = None) -> WatchSettings:
    """The packaged [watch] settings, with a monitor config file's own [watch] section over them."""
    packaged = _watch_section(MONITOR_CONFIG_PATH)
    missing = {f.name for f in fields(WatchSettings)} - set(packaged)
    if missing:
        raise SourcesError(str(MONITOR_CONFIG_PATH), f"[watch] lacks {', '.join(sorted(missing))}")
    base = WatchSettings(**{k: v for k, v in packaged.items() if k in {f.name for f in fields(WatchSettings)}})
    base = apply_settings(base, packaged, str(MONITOR_CONFIG_PATH))  # checks types and unknown keys
    if path is None or Path(path).resolve() == MONITOR_CONFIG_PATH.resolve():
        return base
    return apply_settings(base, _watch_section(Path(path)), str(path))


def _watch_section(path: Path) -> dict:
    if not Path(path).is_file():
        raise SourcesError(str(path), "no such monitor config file")
    try:
        return dict(Config().from_disk(path, interpolate=False).get("watch") or {})
    except Exception as exc:  # thinc raises several types for syntax errors
        raise SourcesError(str(path), f"cannot read config ({exc})") from None


def apply_settings(base: WatchSettings, overrides: dict, where: str) -> WatchSettings:
    if not isinstance(overrides, dict):
        raise SourcesError(where, "[settings] must be a table")
    known = {f.name: f.type for f in fields(WatchSettings)}
    unknown = set(overrides) - set(known)
    if unknown:
        raise SourcesError(where, f"unknown watch setting(s) {', '.join(sorted(unknown))}")
    values = {}
    for key, value in overrides.items():
        kind = type(getattr(base, key))
        if kind is str:
            if not isinstance(value, str):
                raise SourcesError(where, f"{key} must be a string")
            values[key] = value
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise SourcesError(where, f"{key} must be a positive number, not {value!r}")
        values[key] = kind(value)
    return replace(base, **values)
