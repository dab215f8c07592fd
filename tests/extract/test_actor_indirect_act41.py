"""Actors whose country the text gives only indirectly (act41, issue 16).

- A trailing "..., the interior minister said" is the minister of the state acting in the report, even where the
  parser hangs the speaker on the report's last noun ("two Chinese engineers, the interior minister").
- "The Australian embassy in Baghdad ..., the government said": a place that says where another country's actor
  is does not set the sentence, so the government is Australia's; "In Iraq, police said" still is.
- "The Lebanese group Hezbollah": a nation's adjective and the noun of a named group's kind are the group's.
- "the South" alone, in a story that names South Korea, is South Korea.
"""

from __future__ import annotations


def mentions(nlp, text):
    return {m.text: m for m in nlp(text)._.fp_actor_mentions}


def test_with_the_model_a_speaker_hung_on_the_reports_last_noun_is_of_the_state_acting_in_it(nlp):
    found = mentions(nlp, "Pakistan will provide extra security to the Chinese working in the country and pursue a "
                          "former Guantanamo Bay inmate who masterminded the abduction of two Chinese engineers, the "
                          "interior minister said on Saturday.")
    assert found["interior minister"].code == "PAKGOV", {t: m.code for t, m in found.items()}
    assert found["interior minister"].rule.endswith("+context:reported")


def test_with_the_model_a_place_that_locates_another_countrys_actor_does_not_set_the_sentence(nlp):
    found = mentions(nlp, "The Australian embassy in Baghdad is to be moved into the strife-torn city's heavily "
                          "fortified Green Zone, the government said Tuesday.")
    assert found["government"].code == "AUSGOV", {t: m.code for t, m in found.items()}
    # a place that sets the sentence still gives a role its country
    found = mentions(nlp, "In Iraq, police said two bombs exploded near a market.")
    assert found["police"].code == "IRQCOP" and found["police"].rule.endswith("+context:located")


def test_with_the_model_a_nation_and_a_kind_noun_before_a_groups_name_are_the_group(nlp):
    doc = nlp("The Lebanese group Hezbollah fired rockets at Israel.")
    found = {m.text: m.code for m in doc._.fp_actor_mentions}
    assert found.get("Lebanese group Hezbollah") == "LBNREBHEZ", found
    assert "Lebanese" not in found
    assert {e.source.code for e in doc._.fp_events if e.source} == {"LBNREBHEZ"}
    found = {m.text: m.code for m in nlp("AP - The militant Palestinian group Hamas said Friday it was setting "
                                         "aside its differences with Palestinian leader Yasser Arafat.")._.fp_actor_mentions}
    assert found.get("Palestinian group Hamas") == "PSEREBHMS", found


def test_with_the_model_the_north_or_the_south_alone_is_the_country_the_article_names_so(nlp):
    doc = nlp("North Korea will not improve ties with South Korea until questions about the South's nuclear "
              "experiments are answered, Pyongyang said on Sunday.")
    found = {m.text: m.code for m in doc._.fp_actor_mentions}
    assert found.get("South") == "KOR", found
    # a name it opens, or an article naming no such country, gives no actor
    found = {m.text: m.code for m in nlp("Ships sailed in the South China Sea near North Korea.")._.fp_actor_mentions}
    assert "South" not in found, found
    found = {m.text: m.code for m in nlp("Voters in the South backed the senator.")._.fp_actor_mentions}
    assert "South" not in found, found
