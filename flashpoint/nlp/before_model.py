"""The components the config runs before the trained model (`[pipeline] before_model`): paragraph, case and
quotation-mark sentence boundaries and the sentence cap. Importing this module registers them all, so the
pipeline and the PETRARCH suite's own parse (eval/petrarch.py) build the same front end from the config."""

import flashpoint.nlp.case_boundaries  # noqa: F401  (registers fp_case_boundaries)
import flashpoint.nlp.paragraphs  # noqa: F401  (registers fp_paragraphs)
import flashpoint.nlp.quote_boundaries  # noqa: F401  (registers fp_quote_boundaries)
import flashpoint.nlp.sentence_cap  # noqa: F401  (registers fp_sentence_cap)
