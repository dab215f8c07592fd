"""The language of an article (py3langid: langid.py's model, bundled in the wheel, no download).

The pipeline reads English only, for now: an article in another language is stored, flagged with
its language, and not coded (its "actors" would be junk). Detection looks at the first few
thousand characters; short texts are English unless the model is confident otherwise, since a
headline-length English sentence ("Blair said no.") can look like Scots Gaelic to it.
"""

from __future__ import annotations

import functools

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

CODED_LANGUAGES = ("en",)
SAMPLE_CHARS = 4000
MIN_CONFIDENCE = 0.8  # a normalised probability below this keeps the default, English


@functools.lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ("en", "fi", "ru"); "en" when unsure."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 3:
        return "en"
    lang, prob = _identifier().classify(sample)
    return lang if prob >= MIN_CONFIDENCE else "en"


def is_coded(language: str | None) -> bool:
    return (language or "en") in CODED_LANGUAGES


__all__ = ["CODED_LANGUAGES", "detect_language", "is_coded"]
