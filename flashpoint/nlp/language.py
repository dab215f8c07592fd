"""The language of an article (py3langid: langid.py's model, bundled in the wheel, no download).

The pipeline reads English only, for now: an article in another language is stored, flagged with
its language, and not coded (its "actors" would be junk). Detection looks at the first few
thousand characters; short texts are English unless the model is confident otherwise, since a
headline-length English sentence ("Blair said no.") can look like Scots Gaelic to it. Nigerian or
Ghanaian English news ("Nigerian troops killed 20 insurgents, army spokesman Onyema Nwachukwu told
journalists") can look like Nigerian Pidgin, an English-based creole: a text whose words are English
function words at the rate English prose has them is English whatever the model says (Pidgin writes
"di", "dey", "wey", "don" where English has "the", "were", "which", "has"), and so is a short text the
model gives to a creole without a word of the creole's own.
"""

from __future__ import annotations

import functools
import re

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

CODED_LANGUAGES = ("en",)
SAMPLE_CHARS = 4000
MIN_CONFIDENCE = 0.8  # a normalised probability below this keeps the default, English
# English function words no other language the model knows writes often (not "of", "is", "was", "had": Dutch;
# not "die": German), and the share of a text's words they make in English prose (news: about 15%)
ENGLISH_FUNCTION_WORDS = frozenset({"the", "and", "which", "their", "with", "were", "has", "have", "said", "from",
                                    "this", "that", "would", "been", "its", "they"})
ENGLISH_SHARE = 0.08
# English-based creoles the model knows, with the words of theirs English never writes: a text the model gives
# to one of them without any of its own words (a short English report naming Nigerian places and people) is English
CREOLE_WORDS = {"pcm": frozenset({"di", "dey", "wey", "don", "na", "wetin", "dem", "una", "sabi", "pikin", "goment",
                                  "sef", "abi", "oga", "comot", "waka", "tori", "tok"})}


@functools.lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ("en", "fi", "ru"); "en" when unsure."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 3:
        return "en"
    words = re.findall(r"[^\W\d_]+", sample.lower())
    if words and sum(w in ENGLISH_FUNCTION_WORDS for w in words) >= ENGLISH_SHARE * len(words):
        return "en"  # whatever the model says (and before asking it: most of what we read is English prose)
    lang, prob = _identifier().classify(sample)
    if lang == "en" or prob < MIN_CONFIDENCE:
        return "en"
    if lang in CREOLE_WORDS and not CREOLE_WORDS[lang].intersection(words):
        return "en"
    return lang


def is_coded(language: str | None) -> bool:
    return (language or "en") in CODED_LANGUAGES


__all__ = ["CODED_LANGUAGES", "detect_language", "is_coded"]
