"""The door between a write and the layers above the store: the monitor's upkeep.

The store sits below analyze/ and imports nothing from it. The monitor (merged events, dyad
series, alerts: flashpoint/analyze/maintain.py) is kept current inside each write transaction, so
an article's records and its monitor upkeep commit together or not at all. It reaches the write path
through this hook, as Datasette's database layer reaches plugins through its hookspecs: the layer
that writes articles (flashpoint/pipeline.py for ingest, the API and the Dask client;
flashpoint/importers/gdelt.py for imports) registers it. A process that registers nothing stores
records only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class MonitorUpkeep:
    """load_settings(): the packaged monitor settings, for a store that was given none.
    update(store, batch, settings): runs inside the batch's write transaction.
    mention(event_record, outlet, day): the merger's view of a stored event (None if unusable).
    levels(code): the series levels of an actor code, {"country": "RUS", "role": "RUSGOV"}."""

    load_settings: Callable[[], Any]
    update: Callable[[Any, Sequence, Any], None]
    mention: Callable[[dict, str, str | None], Any]
    levels: Callable[[str | None], dict[str, str]]


_monitor: MonitorUpkeep | None = None


def register_monitor(upkeep: MonitorUpkeep) -> None:
    """Keep the monitor current on every write from now on (registering again replaces it)."""
    global _monitor
    _monitor = upkeep


def monitor() -> MonitorUpkeep | None:
    """The registered upkeep, or None when only records are stored."""
    return _monitor
