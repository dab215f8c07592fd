"""Flashpoint's settings: every one lives in flashpoint/default_config.cfg, and nowhere else.

Component factories take their defaults from the file's [components.NAME] section, so a setting is
written once; a copy of the file passed with `--config`, or `--set section.key=value`, changes it.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from pathlib import Path

from thinc.api import Config

from flashpoint.errors import ConfigError
from flashpoint.paths import PACKAGE_DIR

DEFAULT_CONFIG_PATH = PACKAGE_DIR / "default_config.cfg"


def load_config(path: Path | str | None = None, overrides: dict | None = None) -> Config:
    """The pipeline settings: default_config.cfg (or the file at `path`) with `overrides`
    ({"components.fp_actors.fuzzy_threshold": 85}, what `--set` gives) replacing settings it has.

    A missing file, a key the file does not have or a value of another type than the file's is a
    ConfigError naming it."""
    source = Path(path) if path else DEFAULT_CONFIG_PATH
    if not source.is_file():
        raise ConfigError(str(source), "no such config file")
    overrides = overrides or {}
    base = Config().from_disk(source, interpolate=False)
    for key, value in overrides.items():
        _check_override(base, key, value)
    return Config().from_disk(source, interpolate=True, overrides=overrides)


def parse_overrides(items: Iterable[str] | None) -> dict:
    """`section.key=value` strings (the `--set` option) as load_config overrides; values are read as
    JSON where they can be (85, true, ["lemmatizer"], null) and as text otherwise."""
    overrides = {}
    for item in items or ():
        key, eq, text = item.partition("=")
        if not eq or "." not in key.strip("."):
            raise ConfigError("--set", f"expected section.key=value, not {item!r}")
        try:
            value = json.loads(text)
        except ValueError:
            value = text
        overrides[key.strip()] = value
    return overrides


def _check_override(config: Config, key: str, value) -> None:
    *sections, name = key.split(".")
    node = config
    for section in sections:
        if not isinstance(node.get(section), dict):
            raise ConfigError(f"--set {key}", f"no section [{'.'.join(sections)}] in the config")
        node = node[section]
    if name not in node or isinstance(node[name], dict):
        raise ConfigError(f"--set {key}", f"no setting {name!r} in [{'.'.join(sections)}]")
    default = node[name]
    numbers = (int, float)
    same = (default is None or (isinstance(default, bool) and isinstance(value, bool))
            or (not isinstance(default, bool) and isinstance(default, numbers)
                and isinstance(value, numbers) and not isinstance(value, bool))
            or (isinstance(default, (str, list)) and isinstance(value, type(default))))
    if not same:
        raise ConfigError(f"--set {key}", f"{value!r} is not a {type(default).__name__} like the default {default!r}")


@functools.lru_cache(maxsize=1)
def _packaged() -> Config:
    return load_config()


def component_defaults(name: str) -> dict:
    """The packaged settings of component `name`: its factory's `default_config`."""
    return dict(_packaged()["components"].get(name) or {})
