"""Monitor settings: read from flashpoint/monitor_config.cfg (or a copy), validated once.

The [monitor] section may also appear in the pipeline config (default_config.cfg); a file given
explicitly wins, then default_config.cfg's section if it has one, then the packaged monitor file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from thinc.api import Config

from flashpoint.errors import ConfigError
from flashpoint.records import MODALITIES

MONITOR_CONFIG_PATH = Path(__file__).resolve().parent.parent / "monitor_config.cfg"
PIPELINE_CONFIG_PATH = Path(__file__).resolve().parent.parent / "default_config.cfg"
LEVELS = ("country", "role")


@dataclass(frozen=True)
class AlertSettings:
    levels: tuple[str, ...] = ("country",)
    baseline_days: int = 28
    min_coverage: float = 0.5
    z_threshold: float = 3.5
    mad_floor: float = 3.0
    min_intensity: float = 15.0
    min_events: int = 2
    severity_medium: float = 6.0
    severity_high: float = 10.0


@dataclass(frozen=True)
class WebhookSettings:
    url: str = ""
    timeout_seconds: float = 5.0
    max_events: int = 10
    max_age_days: int = 7


@dataclass(frozen=True)
class ServeSettings:
    host: str = "127.0.0.1"
    port: int = 8000
    cors_origins: tuple[str, ...] = ()
    max_limit: int = 1000
    deliver_every_seconds: float = 60.0
    cache_mb: float = 64.0
    max_body_mb: float = 1.0


@dataclass(frozen=True)
class MonitorSettings:
    merge_window_days: int = 1
    count_modalities: tuple[str, ...] = ("asserted", "reported")
    alerts: AlertSettings = field(default_factory=AlertSettings)
    webhook: WebhookSettings = field(default_factory=WebhookSettings)
    serve: ServeSettings = field(default_factory=ServeSettings)


def load_monitor_settings(path: str | Path | None = None) -> MonitorSettings:
    """Settings from `path`, else default_config.cfg's [monitor] section, else the packaged file."""
    if path is not None:
        if not Path(path).is_file():
            raise ConfigError(str(path), "no such monitor config file")
        cfg = _read(Path(path))
    else:
        cfg = _read(PIPELINE_CONFIG_PATH) if PIPELINE_CONFIG_PATH.is_file() else {}
        if "monitor" not in cfg:
            cfg = _read(MONITOR_CONFIG_PATH)
    return settings_from_dict(cfg, str(path or MONITOR_CONFIG_PATH))


def _read(path: Path) -> dict:
    try:
        return dict(Config().from_disk(path, interpolate=False))
    except Exception as exc:  # thinc raises several types for syntax errors
        raise ConfigError(str(path), f"cannot read config ({exc})") from None


def settings_from_dict(cfg: dict, where: str = "monitor config") -> MonitorSettings:
    mon = dict(cfg.get("monitor") or {})
    al = dict(mon.pop("alerts", None) or {})
    wh = dict(mon.pop("webhook", None) or {})
    sv = dict(cfg.get("serve") or {})
    try:
        alerts = AlertSettings(**{k: (tuple(v) if k == "levels" else v) for k, v in al.items()})
        webhook = WebhookSettings(**wh)
        serve = ServeSettings(**{k: (tuple(v) if k == "cors_origins" else v) for k, v in sv.items()})
        settings = MonitorSettings(
            merge_window_days=int(mon.pop("merge_window_days", 1)),
            count_modalities=tuple(mon.pop("count_modalities", ("asserted", "reported"))),
            alerts=alerts, webhook=webhook, serve=serve)
    except TypeError as exc:  # unknown key
        raise ConfigError(where, f"unknown monitor setting ({exc})") from None
    if mon:
        raise ConfigError(where, f"unknown [monitor] setting(s): {', '.join(sorted(mon))}")
    _validate(settings, where)
    env_url = os.environ.get("FLASHPOINT_WEBHOOK_URL")
    if env_url and not settings.webhook.url:
        settings = MonitorSettings(settings.merge_window_days, settings.count_modalities, settings.alerts,
                                   replace(settings.webhook, url=env_url), settings.serve)
    return settings


def _validate(s: MonitorSettings, where: str) -> None:
    problems = []
    if not 0 <= s.merge_window_days <= 30:
        problems.append("merge_window_days must be 0..30")
    if bad := [m for m in s.count_modalities if m not in MODALITIES]:
        problems.append(f"unknown modalities {bad}")
    a = s.alerts
    if not a.levels or any(lv not in LEVELS for lv in a.levels):
        problems.append(f"alerts.levels must be a non-empty subset of {list(LEVELS)}")
    if not 3 <= a.baseline_days <= 366:
        problems.append("alerts.baseline_days must be 3..366")
    if not 0 <= a.min_coverage <= 1 or a.z_threshold <= 0 or a.mad_floor <= 0 or a.min_events < 1:
        problems.append("alerts: min_coverage 0..1, z_threshold > 0, mad_floor > 0, min_events >= 1")
    if not a.z_threshold <= a.severity_medium <= a.severity_high:
        problems.append("alerts: z_threshold <= severity_medium <= severity_high")
    if s.webhook.url and not s.webhook.url.startswith(("http://", "https://")):
        problems.append("webhook.url must be an http(s) URL")
    if not 1 <= s.serve.max_limit <= 10_000:
        problems.append("serve.max_limit must be 1..10000")
    if problems:
        raise ConfigError(where, "; ".join(problems))
