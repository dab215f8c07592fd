"""Dependency labels by grammatical role: the Universal Dependencies v2 labels the shipped parser gives (trained on
UD English-EWT), with the ClearNLP names spaCy's own English pipelines give (nsubjpass), so a rule reads either."""

from __future__ import annotations

# The subject of a clause, active or passive ("Russia warned", "two soldiers were killed")
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
# ... of a passive clause only
PASSIVE_SUBJECTS = frozenset({"nsubj:pass", "nsubjpass"})
