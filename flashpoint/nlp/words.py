"""The word lists of the text layer below extraction (the calendar's names are in calendar.py): the dateline
grammar (nlp/datelines.py) reads them here; extraction reads them through extract/words.py, its one home."""

from __future__ import annotations

# Honorifics that tell a person's gender ("Mr Nattrass" is "he", "Mrs May" "she"; claims/antecedents.py)
MALE_HONORIFICS = frozenset({"Mr", "Sir", "Lord", "Mister", "Monsieur", "Herr", "Senor", "Señor"})
FEMALE_HONORIFICS = frozenset({"Mrs", "Ms", "Miss", "Lady", "Dame", "Madame", "Mme", "Frau", "Senora", "Señora"})
# HONORIFICS make any entity they open a person's (fp_entities), and no title-case dateline opens with one
# ("Mr. Smith, Dec 9 - ..."): one list with the gendered ones above, written with and without the full stop
HONORIFICS = frozenset(h + stop for h in MALE_HONORIFICS | FEMALE_HONORIFICS | {"Dr", "Rev", "Reverend"}
                       for stop in ("", "."))

# Wire services whose name alone, in title case, credits a story before its dash as a dateline does ("Reuters -
# U.S. planes bombed ...", as "AP -" and "AFP -" do in capitals; nlp/datelines.py)
WIRE_AGENCIES = frozenset({"Reuters", "Xinhua", "Interfax", "Itar-Tass", "Tass", "Kyodo", "Yonhap", "Bernama",
                           "Antara", "Anadolu", "Sapa", "Dpa", "Efe", "Ansa", "Irna", "Bloomberg", "Associated Press",
                           "Canadian Press", "Press Association", "Ria Novosti", "Agence France-Presse"})
