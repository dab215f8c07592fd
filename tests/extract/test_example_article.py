"""The example article end to end: its figures and quotes as a reader takes them.

This is the one place the example's own sentences are checked (the code never special-cases
them); the claims follow from the rules tested in test_figures.py and test_quotes.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.ingest import ArticleInput
from flashpoint.pipeline import extract_records

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def records(nlp, example_article):
    item = ArticleInput(text=example_article.read_text(encoding="utf-8"), published=date(2021, 4, 2),
                        path=str(example_article))
    [rec] = extract_records(nlp, [item])
    return rec


def named(ref) -> str:
    return f"{ref.name} {ref.text}".lower() if ref is not None else ""


def test_example_has_its_four_figures_with_claimants(records):
    got = {(f.value, f.category): f for f in records.figures}
    assert set(got) == {(20, "killed"), (57, "injured"), (4000, "troops"), (13000, "killed")}
    soldiers_killed, soldiers_injured = got[(20, "killed")], got[(57, "injured")]
    assert "ukraine" in named(soldiers_killed.claimant) and "ukraine" in named(soldiers_injured.claimant)
    assert soldiers_killed.subject == soldiers_injured.subject == "soldiers"
    assert "ukraine" in named(soldiers_killed.actor)  # "its soldiers"
    assert soldiers_killed.scope.text == "since the beginning of the year"
    assert soldiers_killed.scope.start == date(2021, 1, 1)
    troops = got[(4000, "troops")]
    assert troops.approx == "about" and troops.subject == "soldiers" and "cnn" in named(troops.claimant)
    assert troops.actor is None or troops.actor.code in (None, "RUS") or troops.actor.code.startswith("RUS")
    dead = got[(13000, "killed")]
    assert dead.approx == "more than" and dead.subject == "people"
    assert "un" in named(dead.claimant).split() or "united nations" in named(dead.claimant)


def quotes_by(records, speaker: str):
    return [q for q in records.quotes if speaker in named(q.speaker)]


def test_example_quotes_of_peskov(records):
    peskov = quotes_by(records, "peskov")
    direct = [q for q in peskov if q.direct]
    assert [q.text for q in direct] == ["It shouldn’t worry anyone, and there’s no threat to anyone"]
    assert direct[0].via == ["AFP"] and direct[0].verb == "tell"
    reported = " | ".join(q.text for q in peskov if not q.direct)
    assert "the country would move its troops" in reported
    assert "Russia intends to take “further action”" in reported


def test_example_quote_of_price_names_agency_afp_only(records):
    [q] = quotes_by(records, "ned price")
    assert q.direct and q.text.startswith("We are concerned about Russia’s recent increased aggressive")
    assert q.text.endswith("our partner country, Ukraine")
    assert q.via == ["AFP"]  # "told the media" names no outlet; "according to news agency AFP" does


def test_example_quote_of_zelensky(records):
    [q] = quotes_by(records, "zelensk")
    assert q.direct and q.text.startswith("Muscle bulging") and q.verb == "formulate"


def test_example_quotes_of_the_unnamed_us_defense_official(records):
    official = quotes_by(records, "unnamed defense official")
    assert [q.direct for q in official] == [True, False]
    assert official[0].text == "The objectives of the troops were not fully clear"
    assert official[0].via == ["CNN"]
    assert official[1].text.startswith("the United States considered it possible")
    code = official[0].speaker.code
    assert code is None or code.startswith("USA")  # coded once the actors component knows "U.S."


def test_example_casualties_stand_on_their_incident_with_their_claimants(records):
    """20 killed and 57 injured per Ukraine on the event of their sentence; more than 13,000 dead per the UN
    and the 20 since January kept apart on the article (other periods, not this article's incident)."""
    [hurt] = [e for e in records.events if e.casualties is not None]
    killed, injured = hurt.casualties.killed, hurt.casualties.injured
    assert (killed.best, injured.best) == (20, 57)
    assert all("ukraine" in named(c.claimant) for c in (*killed.claims, *injured.claims))
    article = records.article.casualties.killed
    assert article.best is None
    un = [c for c in article.claims if c.value == 13000]
    assert un and un[0].link == "apart" and un[0].approx == "more than"
    assert "un" in named(un[0].claimant).split() or "united nations" in named(un[0].claimant)
