"""ingest -> nlp -> extract -> store, end to end, and idempotent."""

from __future__ import annotations

import shutil
from datetime import date

from flashpoint.ingest import ArticleInput, iter_inputs
from flashpoint.pipeline import extract_records, ingest
from flashpoint.store import EventQuery, open_store


def test_ingesting_the_same_folder_twice_leaves_the_counts_unchanged(tmp_path, db_url, nlp, example_article):
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(example_article, folder / "a.txt")
    (folder / "b.txt").write_text("Turkish troops shelled Kurdish positions near Kobani on Monday.\n")
    with open_store(db_url) as store:
        first = ingest(iter_inputs([str(folder)]), store, nlp=nlp)
        counts = store.counts()
        second = ingest(iter_inputs([str(folder)]), store, nlp=nlp)
        assert store.counts() == counts
    assert first.stored == 2 and second.stored == 0 and second.skipped == 2
    assert counts["articles"] == 2 and counts["events"] > 0


def test_a_copy_with_other_whitespace_is_the_same_article(tmp_path, db_url, nlp):
    (tmp_path / "a.txt").write_text("Russia warned Ukraine on Friday.\n")
    (tmp_path / "b.txt").write_text("Russia  warned\nUkraine on Friday.")
    with open_store(db_url) as store:
        stats = ingest(iter_inputs([str(tmp_path)]), store, nlp=nlp)
        assert store.counts()["articles"] == 1
    assert stats.skipped == 1


def test_blanks_inside_a_line_are_read_as_one_space_and_the_paragraphs_stay(nlp):
    # re-wrapped wire copy: spaCy would make each run of blanks a token, read by the model as a word
    text = "Suspected rebels  stormed a village on Monday and shot dead  six people,\tpolice said.\n\nThey fled."
    records = next(extract_records(nlp, [ArticleInput(text=text, published=date(2024, 5, 1))]))
    assert records.article.text == ("Suspected rebels stormed a village on Monday and shot dead six people, "
                                    "police said.\n\nThey fled.")
    assert records.article.id == ArticleInput(text=text).article_id  # still known by the text as given
    assert [e for e in records.events if e.root == "19" and e.target is not None and e.target.text == "six people"]


def test_character_references_are_decoded_also_where_a_feed_lost_their_ampersand(nlp):
    text = "The army #39;s chief spent  #36;2 million on what he called  quot;training quot; &amp; drills."
    records = next(extract_records(nlp, [ArticleInput(text=text, published=date(2024, 5, 1))]))
    assert records.article.text == 'The army\'s chief spent $2 million on what he called "training" & drills.'
    assert not [f for f in records.figures if f.value == 39]


def test_stored_events_are_queried_by_actor_code_and_date(tmp_path, db_url, nlp, example_article):
    with open_store(db_url) as store:
        items = list(iter_inputs([str(example_article)]))
        items[0].published = date(2021, 4, 2)
        ingest(items, store, nlp=nlp)
        rows = store.events(EventQuery(since="2021-03-01", until="2021-04-02"))
        assert rows and all("2021-03-01" <= r["date"] <= "2021-04-02" for r in rows)
        assert store.events(EventQuery(since="2030-01-01")) == []


def test_pipeline_components_declare_what_they_read(nlp):
    problems = nlp.analyze_pipes()["problems"]
    assert all(not p for p in problems.values()), problems


def test_an_article_the_store_refuses_costs_only_itself(tmp_path, db_url, nlp, monkeypatch):
    """Articles are written a model batch per transaction; when one of them fails, the batch rolls
    back and is written again article by article, so the others are kept and the error names it."""
    news = tmp_path / "news"
    news.mkdir()
    for name, text in (("a.txt", "Russia warned Ukraine on Friday.\n"),
                       ("b.txt", "Turkish troops shelled Kurdish positions near Kobani on Monday.\n"),
                       ("c.txt", "France and Germany signed a trade agreement in Paris.\n")):
        (news / name).write_text(text)
    with open_store(db_url) as store:
        insert = store._insert_article

        def refuse_b(records):
            if records.article.path.endswith("b.txt"):
                raise ValueError("disk full")
            return insert(records)

        monkeypatch.setattr(store, "_insert_article", refuse_b)
        stats = ingest(iter_inputs([str(news)]), store, nlp=nlp)
        assert store.counts()["articles"] == 2
    assert stats.stored == 2
    [error] = stats.errors
    assert error.input.endswith("b.txt") and "could not be stored (ValueError: disk full)" in error.message


def test_the_warm_up_builds_the_tables_only_some_articles_reach(nlp):
    """A worker warms up before its first shard. The knowledge base's fuzzy name index, the Phoenix
    dictionary's office holders, the head words of bodies and the agent phrases' role words are read by
    few articles (the warm-up text reaches none of them), yet each costs a tenth of a second or more to
    build: the warm-up builds them all, so no shard pays for them."""
    from flashpoint.extract.actors import senses
    from flashpoint.kb.name_heads import role_heads
    from flashpoint.kb.persons import dictionary_persons
    from flashpoint.pipeline import warm_up

    kb = nlp.get_pipe("fp_actors").kb
    kb.__dict__.pop("fuzzy_index", None)
    for table in (dictionary_persons, role_heads, senses.role_words):
        table.cache_clear()
    warm_up(nlp)
    assert "fuzzy_index" in kb.__dict__
    assert all(table.cache_info().currsize == 1 for table in (dictionary_persons, role_heads, senses.role_words))
