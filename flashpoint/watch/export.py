"""`--export-every 15m`: a GDELT 2.0-style export file of the events stored since the last one.

Files are named like GDELT's (`20260405121500.export.CSV`, the end of the window in UTC) and
written whole before they appear (temp file, then rename). The window's end is recorded before the
file is written and the watermark advanced after, so a crash in between rewrites the same file
on restart rather than losing or repeating its events.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from flashpoint.export.gdelt import write_gdelt

DONE, PENDING, LAST_RUN = "export_until", "export_pending", "export_ran_at"


class Exporter:
    def __init__(self, store, folder: Path, every: float, clock=time.time):
        self.store, self.folder, self.every, self.clock = store, Path(folder), every, clock
        last = store.watch_value(LAST_RUN)
        self.next_at = (float(last) if last else clock()) + every

    def run_if_due(self) -> Path | None:
        if self.store.watch_value(PENDING) is not None:  # a crash interrupted an export: finish it first
            return self.export()
        return self.export() if self.clock() >= self.next_at else None

    def export(self) -> Path:
        until = self.store.watch_value(PENDING)
        if until is None:
            # one second back: an article written later in the current second lands in the next file
            until = (datetime.fromtimestamp(self.clock(), timezone.utc) - timedelta(seconds=1)).isoformat(timespec="seconds")
            self.store.set_watch_values({PENDING: until})
        after = self.store.watch_value(DONE)
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / (until[:19].replace("-", "").replace("T", "").replace(":", "") + ".export.CSV")
        tmp = path.with_name("." + path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8", newline="") as out:
            events = list(self.store.events_ingested_between(after, until))
            write_gdelt((e for e, _ in events), out, {e.get("article"): url for e, url in events})
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
        now = self.clock()
        self.store.set_watch_values({DONE: until, PENDING: None, LAST_RUN: repr(now)})
        self.next_at = now + self.every
        return path
