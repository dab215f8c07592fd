"""The Aho-Corasick surface matcher: whole words, per-surface case policy, case endings, longest first."""

from __future__ import annotations

from flashpoint.kb.matcher import Surface, SurfaceMatcher, longest_first


def matcher():
    return SurfaceMatcher([
        Surface("Chad", "country:TCD"), Surface("Russia", "country:RUS"),
        Surface("Vladimir Putin", "person:putin", inflects=True), Surface("Putin", "person:putin", inflects=True),
        Surface("the West", "region:WST"), Surface("West Bank", "country:PSE"),
        Surface("troops", "agent:troops", role="agent", policy="any"),
        Surface("GONDOR", "import:gon", policy="cap"),
    ])


def texts(text):
    return [text[h.start:h.token_end] for h in longest_first(matcher().find(text))]


def test_names_match_whole_words_and_exact_case():
    assert texts("Chad and chad; Chadian; Russian troops in Russia") == ["Chad", "troops", "Russia"]


def test_agents_match_in_any_case_and_imported_names_need_a_capital():
    assert texts("TROOPS from Gondor, not gondor") == ["TROOPS", "Gondor"]


def test_a_case_ending_after_a_name_is_kept_with_its_languages():
    hits = matcher().find("Vladimir Putinia and Putinovi")
    got = [(h.suffix, h.languages[:1]) for h in hits]
    assert ("ia", ("fi",)) in got and ("ovi", ("cs",)) in got


def test_an_ending_that_is_no_case_ending_is_not_a_match():
    assert texts("Putinist Putinism Putinization") == []


def test_the_longest_overlapping_match_wins():
    assert texts("settlers in the West Bank and the West") == ["West Bank", "the West"]


def test_a_newspaper_lead_in_in_capitals_is_still_the_name():
    # "ISRAEL killed two Islamic Jihad militants ..." (AG News World): a lead-in sets the sentence's first
    # word in capitals; the name is still the name, wherever the sentence opens
    assert texts("RUSSIA has warned Chad.") == ["RUSSIA", "Chad"]
    assert texts("Talks failed. VLADIMIR Putin said so.") == ["VLADIMIR Putin"]
    assert texts("\nCHAD closed its border") == ["CHAD"]
    assert texts("VLADIMIR PUTIN said so") == ["VLADIMIR PUTIN"]


def test_capitals_inside_a_sentence_or_a_capital_line_are_not_a_lead_in():
    assert texts("They left CHAD today") == []                # not a sentence's opening
    assert texts("RUSSIA CHAD TALKS") == []                  # an all-capital headline
    assert texts("ChAD said") == []


def test_a_dateline_in_capitals_is_left_to_the_dateline_reader():
    assert texts("CHAD (Reuters) - Talks") == []
    assert texts("CHAD: Talks") == []
    assert texts("CHAD, Oct 3 - Talks") == []
