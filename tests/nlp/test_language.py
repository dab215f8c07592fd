"""Which articles are read: English ones. Another language is stored, flagged and not coded; English news
from West Africa must not be mistaken for Nigerian Pidgin, which the language model knows."""

from flashpoint.nlp.language import detect_language, is_coded


def test_short_nigerian_english_report_is_english():
    text = "Nigerian troops killed 20 insurgents in Borno state, army spokesman Onyema Nwachukwu told journalists."
    assert detect_language(text) == "en" and is_coded(detect_language(text))


def test_pidgin_with_its_own_words_stays_pidgin():
    assert detect_language("Di goment don talk say dem go pay di workers wey dey strike for Lagos, "
                           "na wetin di minister tok.") == "pcm"


def test_other_languages_are_not_taken_for_english():
    assert detect_language("Le gouvernement a annoncé mardi que les troupes seraient retirées de la région "
                           "avant la fin du mois.") == "fr"
    assert detect_language("De regering heeft dinsdag gezegd dat de troepen uit het gebied worden "
                           "teruggetrokken, zo was het plan.") == "nl"
    assert detect_language("Die Regierung hat am Dienstag erklärt, dass die Truppen aus der Region abgezogen "
                           "werden.") == "de"


def test_a_headline_length_english_sentence_is_english():
    assert detect_language("Blair said no.") == "en"
