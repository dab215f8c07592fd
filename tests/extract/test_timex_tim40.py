"""A year that names the thing after it wherever it stands (extract/timex.py): after any word in lower case and before
a singular noun ("alongside 2012 champ", "another 2017 surprise package"), or before a plural of figures ("based on 2016
shipments"), it is its year: a count of two thousand takes a plural and follows a word of amount. Sentences from
fresh GeoWebNews, BBC and AG News passages (bench/data/timex_fresh_tim40.jsonl, timex_fresh_tim36.jsonl) and the BBC and
AG News corpora."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.extract.timex import find_time_expressions, iso_value


def values(text: str, published: date) -> dict[str, str | None]:
    return {m.text: iso_value(m)[0] for m in find_time_expressions(text, published)}


APRIL_2018 = date(2018, 4, 6)


@pytest.mark.parametrize("text, expression, value", [
    ("The double champion is back in an unchanged trio alongside 2012 champ Andrew Jordan.", "2012", "2012"),
    ("Tom Ingram was another 2017 surprise package, winning four races.", "2017", "2017"),
    ("Hrbaty will now play 2002 champion Carlos Moya in the semi-final.", "2002", "2002"),
    ("In addition, the company said 2004 net income was affected by a fourth-quarter charge.", "2004", "2004"),
    ("Mars mission hailed as top 2004 breakthrough", "2004", "2004"),
    # a plural of figures a year names, as "2004 sales" is
    ("The analysts have not provided concrete figures, based on 2016 shipments, which were a record.", "2016", "2016"),
    ("Analysts had estimated that eBay would achieve 2005 revenues of $4.37bn.", "2005", "2005"),
])
def test_a_year_before_the_noun_it_names_is_its_year(text, expression, value):
    assert values(text, APRIL_2018)[expression] == value


@pytest.mark.parametrize("text", [
    "About 1800 new jobs were created.",                  # a word of amount before, an adjective and a plural after
    "Officials said 2000 extra police would be deployed.",
    "The swimmer then cycled an 1800 km route.",          # a unit
    "He paid 2000 euro for the car.",                     # a currency
    "The index fell to 1900 local time.",                 # a clock time after "to"
    "A crowd some 2000 strong gathered outside.",
    "Microsoft pushes SQL Server 2005 back",              # a product's name: no lower-case word before
    "Officials unveil 2012 bid plans",                    # a word before a plural: a count as often
])
def test_a_count_unit_or_title_before_a_noun_is_no_year(text):
    assert [m.text for m in find_time_expressions(text, APRIL_2018) if m.rule == "year_modifier"] == []

