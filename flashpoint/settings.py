"""Flashpoint's settings: every one lives in flashpoint/default_config.cfg, and nowhere else.

Component factories take their defaults from the file's [components.NAME] section, so a setting is
written once; a copy of the file passed with `--config`, or `--set section.key=value`, changes it.
"""

from __future__ import annotations

import functools
from pathlib import Path

from thinc.api import Config

from flashpoint.paths import PACKAGE_DIR

DEFAULT_CONFIG_PATH = PACKAGE_DIR / "default_config.cfg"


def load_config(path: Path | str | None = None, overrides: dict | None = None) -> Config:
    """The settings in `path` (default: the packaged file), with `overrides` ({"section.key": value})."""
    return Config().from_disk(path or DEFAULT_CONFIG_PATH, interpolate=True, overrides=overrides or {})


@functools.lru_cache(maxsize=1)
def _packaged() -> Config:
    return load_config()


def component_defaults(name: str) -> dict:
    """The packaged settings of component `name`: its factory's `default_config`."""
    return dict(_packaged()["components"].get(name) or {})
