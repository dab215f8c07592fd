"""The sources file: what it may say, and one clear line when it is wrong."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

from flashpoint.errors import SourcesError
from flashpoint.watch.sources import load_sources, load_watch_settings, parse_duration


def test_sources_file_lists_feeds_sitemaps_pages_and_folders_with_their_intervals(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text('''
[settings]
timeout_seconds = 3

[[source]]
url = "https://example.org/world/rss.xml"
every = "5m"
outlet = "Example News"

[[source]]
url = "https://example.org/sitemap-news.xml"
every = "1h"
language = "fr"
country = "FRA"

[[source]]
url = "https://example.org/live/ukraine.html"
every = "30s"

[[source]]
path = "/data/incoming"
every = 90
''', encoding="utf-8")
    sources, settings = load_sources(path, load_watch_settings())
    assert [(s.kind, s.every, s.outlet, s.language, s.country) for s in sources] == [
        ("feed", 300.0, "Example News", "en", None), ("sitemap", 3600.0, None, "fr", "FRA"),
        ("page", 30.0, None, "en", None), ("folder", 90.0, None, "en", None)]
    assert settings.timeout_seconds == 3.0
    assert len({s.id for s in sources}) == 4


@pytest.mark.parametrize("text,problem", [
    ("[[source]\nurl = 1", "not valid TOML"),
    ("", "no [[source]] entries"),
    ('[[source]]\nurl = "https://a.org/rss"', "missing every"),
    ('[[source]]\nurl = "https://a.org/rss"\npath = "/x"\nevery = "1m"', "exactly one of url"),
    ('[[source]]\nurl = "ftp://a.org/rss"\nevery = "1m"', "must be http"),
    ('[[source]]\nurl = "https://a.org/rss"\nevery = "soon"', "not a duration"),
    ('[[source]]\nurl = "https://a.org/rss"\nevery = "1m"\nfeed = "x"', "unknown key(s) feed"),
    ('[[source]]\nurl = "https://a.org/rss"\nevery = "1m"\ncountry = "Ukraine"', "alpha-3"),
    ('[[source]]\nurl = "https://a.org/rss"\nevery = "1m"\n[[source]]\nurl = "https://a.org/rss"\nevery = "2m"',
     "repeats source 1"),
    ('[settings]\ntimeout = 3\n[[source]]\nurl = "https://a.org/rss"\nevery = "1m"', "unknown watch setting(s) timeout"),
])
def test_a_bad_sources_file_is_one_error_naming_the_file_and_the_problem(tmp_path, text, problem):
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourcesError) as err:
        load_sources(path, load_watch_settings())
    line = err.value.one_line()
    assert line.startswith(f"error[E601] {path}") and problem in line and "\n" not in line


def test_watch_cli_reports_a_bad_sources_file_in_one_line_and_exits_2(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text('[[source]]\nurl = "https://a.org/rss"\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "flashpoint", "watch", str(path), "--once",
                             "--db", f"sqlite:///{tmp_path / 'x.db'}"], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"error[E601] {path}: source 1: missing every "
                                                  '(the poll interval, e.g. every = "5m")']


@pytest.mark.parametrize("text,seconds", [("500ms", 0.5), ("30s", 30), ("5m", 300), ("2h", 7200), ("1d", 86400), (45, 45)])
def test_durations_read_with_their_unit(text, seconds):
    assert parse_duration(text, "every") == seconds


def test_a_monitor_config_copy_overrides_only_the_watch_settings_it_names(tmp_path):
    without = tmp_path / "without.cfg"
    without.write_text("[monitor]\nmerge_window_days = 1\n", encoding="utf-8")
    with_watch = tmp_path / "with.cfg"
    with_watch.write_text("[watch]\ntimeout_seconds = 3.0\n", encoding="utf-8")
    packaged = load_watch_settings()
    assert load_watch_settings(without) == packaged
    assert load_watch_settings(with_watch) == replace(packaged, timeout_seconds=3.0)
