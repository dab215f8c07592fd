"""Extraction components; importing this package registers their spaCy factories.

The stages (dates, places) are files here; actors, claims (quotes, figures) and events are rooms, each
with its component and the helpers beside it. Order in a pipeline comes from
flashpoint/default_config.cfg, not from here.
"""

from flashpoint.extract import actors, dates, entities, events, places  # noqa: F401
from flashpoint.extract.claims import casualties, casualty_model, figures, quotes  # noqa: F401
