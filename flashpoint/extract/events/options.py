"""CoderOptions: how the event coder reads a sentence (the news reading, or PETRARCH's)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class CoderOptions:
    require_dyad: bool = False           # emit only events with a coded source and target
    nested_events: bool = True           # also code verbs inside an already coded verb's phrase
    passive_without_agent: str = "target"  # "target" (news reading) or "source" (PETRARCH reading)
    skip_tokens: frozenset[int] = frozenset()   # tokens the coder must ignore (e.g. eliminated clauses)
    # PETRARCH takes the first actor after the verb even in "in X" (a place); news reading keeps
    # places named only as the scene ("clashes near Donetsk") out of the target slot.
    locations_as_targets: bool = True
    # PETRARCH falls back to the first actor anywhere after the verb for the target, and to the
    # first actor before it for the source; the news reading takes targets only from the verb's
    # object and prepositional phrases, and a source only from a subject (or none).
    linear_targets: bool = True
    source_fallback: bool = True
    # outlets ("told Reuters", "CNN reports") are channels, not actors of events
    exclude_media: bool = False
    # PETRARCH matches patterns over the whole verb phrase; the news reading leaves out adverbial and
    # relative clauses ("would blockade Paris to demand an end to the reform" is not about a demand)
    clausal_patterns: bool = True
