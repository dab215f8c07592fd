"""`[initialize] after_init` callback of config_continue.cfg (training resumed from a trained pipeline).

spaCy 3.8's trainable_lemmatizer (EditTreeLemmatizer) restores its edit trees and label list from disk
but not the tree -> label index, which only initialize() fills. Its get_loss looks gold trees up in that
index and falls back to label 0, so resumed training would teach every token the first edit tree
(lemma accuracy on EWT dev fell from 96.3 to 76.9 in 400 steps). Rebuild the index from the labels;
nlp.components, because init_nlp runs after_init while the resumed components are disabled.
"""

from __future__ import annotations

import spacy


@spacy.registry.callbacks("flashpoint.resume_fixes.v1")
def make_resume_fixes():
    def resume_fixes(nlp):
        for _, pipe in nlp.components:  # resumed components are disabled while after_init runs
            if hasattr(pipe, "tree2label") and not pipe.tree2label:
                pipe.tree2label.update({tree: label for label, tree in enumerate(pipe.cfg["labels"])})
        return nlp

    return resume_fixes
