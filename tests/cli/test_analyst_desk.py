"""The analyst's desk (issue 19): dates you can trust, names for codes, dyads people read, no tracebacks."""

from __future__ import annotations

import json
from datetime import date

import pytest

from flashpoint.analyze.synthetic import EventSpec, article_records
from flashpoint.cli import main
from flashpoint.store import open_store

D1, D2 = date(2005, 1, 10), date(2005, 3, 2)


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch):
    """Rich wraps table cells to the terminal width; a wide one keeps each cell on one line."""
    monkeypatch.setenv("COLUMNS", "400")


@pytest.fixture
def store_url(db_url):
    """Three articles: a Russia->Ukraine attack, a British domestic dispute and statements, and text
    that reads as Rich markup and emoji codes."""
    with open_store(db_url) as store:
        store.write_article(article_records([EventSpec("RUSMIL", "UKR", "190", D1, place="Donetsk",
                                                       sentence="Russian forces attacked Ukraine near Donetsk."),
                                             EventSpec("USAGOV", "RUS", "112", D1,
                                                       sentence="The US government accused Russia.")], D1))
        store.write_article(article_records([EventSpec("GBRGOV", "GBRLEG", "112", D2),
                                            EventSpec("GBRGOV", None, "130", D2),
                                            EventSpec("GBRGOV", None, "040", D2, modality="negated")], D2))
        store.write_article(article_records([EventSpec("IRNGOV", "ISR", "130", D2,
                                                       sentence="Iran warned [/] [bold]Israel :bomb: verb:bomb:")], D2))
    return db_url


def run(capsys, *args):
    rc = main([str(a) for a in args])
    out = capsys.readouterr()
    return rc, out.out, out.err


# -- 1. dates ------------------------------------------------------------------------------------

def test_ingest_flags_an_undated_input_on_stderr_and_summary_counts_it(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_text("Russia warned Ukraine on Friday.")
    url = f"sqlite:///{tmp_path / 'x.db'}"
    rc, _, err = run(capsys, "ingest", tmp_path / "in", "--db", url, "--quiet")
    assert rc == 0
    assert "story.txt: no publication date" in err
    rc, out, _ = run(capsys, "summary", "--db", url)
    assert "article dates: 1 today" in out and "articles redate" in out


def test_ingest_published_dates_the_inputs_that_carry_no_date(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_text("Russia warned Ukraine on Friday.")
    url = f"sqlite:///{tmp_path / 'x.db'}"
    rc, _, err = run(capsys, "ingest", tmp_path / "in", "--db", url, "--quiet", "--published", "2005-02-14")
    assert rc == 0 and "no publication date" not in err
    with open_store(url) as store:
        (article,) = store.records("article")
        assert (article["published"], article["published_from"]) == ("2005-02-14", "given")
        assert {e["date"] for e in store.records("event")} <= {"2005-02-11", "2005-02-14"}  # "on Friday"


def test_articles_redate_recodes_the_records_and_moves_the_monitor(store_url, capsys):
    with open_store(store_url) as store:
        article_id = next(a["id"] for a in store.records("article") if a["published"] == D1.isoformat())
    rc, _, err = run(capsys, "articles", "redate", article_id, "2005-04-20", "--db", store_url)
    assert rc == 0, err
    with open_store(store_url) as store:
        (article,) = [a for a in store.records("article") if a["id"] == article_id]
        assert article["published"] == "2005-04-20"
        days = {r[0] for r in store.query("SELECT day FROM dyad_day WHERE source = 'RUS'")}
        assert days and "2005-01-10" not in days


def test_articles_delete_removes_the_records_and_their_merged_events(store_url, capsys):
    with open_store(store_url) as store:
        article_id = next(a["id"] for a in store.records("article") if a["published"] == D1.isoformat())
    assert run(capsys, "articles", "delete", article_id, "--db", store_url)[0] == 0
    with open_store(store_url) as store:
        assert not store.query("SELECT 1 FROM events WHERE article_id = :a", {"a": article_id})
        assert not store.query("SELECT 1 FROM merged_events WHERE src_country = 'RUS' OR tgt_country = 'RUS'")
        assert not store.query("SELECT 1 FROM dyad_day WHERE source = 'USA'")


def test_articles_list_undated_shows_the_articles_dated_the_day_they_were_ingested(db_url, capsys):
    undated = article_records([EventSpec("RUSMIL", "UKR", "190", D1, sentence="Russia attacked Ukraine.")], D1)
    undated.article.published_from = "today"
    with open_store(db_url) as store:
        store.write_article(undated)
        store.write_article(article_records([EventSpec("USAGOV", "RUS", "112", D2)], D2))
    rc, out, _ = run(capsys, "articles", "list", "--undated", "--format", "jsonl", "--db", db_url)
    assert rc == 0 and [json.loads(line)["id"] for line in out.splitlines()] == [undated.article.id]


def test_articles_delete_of_an_unknown_id_is_a_one_line_error(store_url, capsys):
    rc, _, err = run(capsys, "articles", "delete", "0123456789abcdef", "--db", store_url)
    assert rc == 2 and err.startswith("error[E311] 0123456789abcdef:")


# -- 5. usage mistakes and untrusted text ---------------------------------------------------------

def test_version_and_short_help_answer_without_a_traceback(capsys):
    rc, out, _ = run(capsys, "--version")
    assert rc == 0 and out.startswith("flashpoint ")
    rc, out, _ = run(capsys, "-h")
    assert rc == 0 and "ingest" in out


@pytest.mark.parametrize("args, words", [
    (["evnts"], ["No such command 'evnts'", "Did you mean 'events'"]),
    (["redate", "x", "2005-01-01"], ["Did you mean 'articles redate'"]),
    (["events", "--limit", "abc"], ["--limit", "integer"]),
    (["actors", "lookup"], ["Missing argument"]),
    (["export", "--format"], ["requires an argument"]),
])
def test_usage_mistakes_print_one_error_line(capsys, args, words):
    rc, _, err = run(capsys, *args)
    assert rc == 2
    (line,) = err.strip().splitlines()
    assert line.startswith("error[E010]") and all(w in line for w in words)


def test_events_table_prints_markup_and_emoji_codes_in_article_text_as_written(store_url, capsys):
    rc, out, _ = run(capsys, "events", "--db", store_url, "--actor", "IRN")
    assert rc == 0
    assert "[/] [bold]Israel" in out and ":bomb:" in out and "💣" not in out


def test_extract_table_prints_markup_in_article_text_as_written(capsys):
    from flashpoint.cli.extract import print_table

    print_table(article_records([EventSpec("IRNGOV", "ISR", "130", D2, sentence="Iran warned [/] Israel.")], D2,
                                title="[/] title"))
    out = capsys.readouterr().out
    assert "[/] title" in out and "[/] Israel" in out


def test_serve_help_keeps_square_brackets(capsys):
    rc, out, _ = run(capsys, "serve", "--help")
    assert rc == 0 and "[serve]" in out


def test_a_missing_sqlite_file_is_refused_not_created(tmp_path, capsys):
    rc, _, err = run(capsys, "summary", "--db", f"sqlite:///{tmp_path / 'typo.db'}")
    assert rc == 2 and "E310" in err and "typo.db" in err
    assert not (tmp_path / "typo.db").exists()


# -- 4. names wherever codes are asked for --------------------------------------------------------

def test_events_actor_by_name_resolves_to_code(store_url, capsys):
    rc, out, _ = run(capsys, "events", "--db", store_url, "--actor", "Ukraine", "--format", "jsonl")
    events = [json.loads(line) for line in out.splitlines()]
    assert rc == 0 and [e["code"] for e in events] == ["190"]


def test_an_unknown_actor_name_lists_the_closest_names_and_exits_non_zero(store_url, capsys):
    rc, out, err = run(capsys, "events", "--db", store_url, "--actor", "Ukrane")
    assert rc == 2 and out == ""
    assert err.startswith("error[E410] --actor:") and "Ukraine" in err


def test_root_given_an_event_code_names_the_right_option(store_url, capsys):
    rc, _, err = run(capsys, "events", "--db", store_url, "--root", "190")
    assert rc == 2 and "E411" in err and "--code 190" in err and "--root 19" in err


def test_events_filter_by_quadclass_plover_modality_and_country(store_url, capsys):
    def codes(*args):
        rc, out, err = run(capsys, "events", "--db", store_url, "--format", "jsonl", *args)
        assert rc == 0, err
        return sorted(json.loads(line)["code"] for line in out.splitlines())

    assert codes("--quadclass", "material conflict") == ["190"]
    assert codes("--plover", "accuse") == ["112", "112"]
    assert codes("--modality", "negated") == ["040"]
    assert codes("--country", "Ukraine") == ["190"]
    assert codes("--text", "bold") == ["130"]


def test_events_table_labels_codes_with_cameo_and_plover_names(store_url, capsys):
    out = run(capsys, "events", "--db", store_url, "--actor", "RUSMIL")[1]
    assert "190 Use conventional military force [ASSAULT]" in out


def test_events_lists_newest_first(store_url, capsys):
    out = run(capsys, "events", "--db", store_url, "--format", "jsonl")[1]
    days = [json.loads(line)["date"] for line in out.splitlines()]
    assert days == sorted(days, reverse=True) and days[0] == D2.isoformat()


# -- 3. dyads people read ---------------------------------------------------------------------------

def test_summary_shows_statements_apart_and_country_dyads_without_self_loops(store_url, capsys):
    out = run(capsys, "summary", "--db", store_url)[1]
    assert "?" not in out.replace("?)", "")
    assert "busiest country dyads: " in out and "RUS->UKR (1)" in out and "GBR->GBR" not in out
    assert "most statements (no target): GBR (2)" in out
    assert "GBR->GBR (1)" in run(capsys, "summary", "--db", store_url, "--self-loops")[1]


# -- 7. language -----------------------------------------------------------------------------------

def test_non_english_articles_are_stored_flagged_and_not_coded_with_one_warning(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "fi.txt").write_text("Venäjän presidentti Vladimir Putin varoitti perjantaina Ukrainaa "
                                            "sotilaallisista toimista itärajalla, kertoi Kreml.")
    (tmp_path / "in" / "ru.txt").write_text("Президент России Владимир Путин в пятницу предупредил Украину о "
                                            "последствиях военных действий на востоке страны.")
    (tmp_path / "in" / "en.txt").write_text("Russian President Vladimir Putin warned Ukraine on Friday.")
    url = f"sqlite:///{tmp_path / 'x.db'}"
    rc, _, err = run(capsys, "ingest", tmp_path / "in", "--db", url, "--quiet", "--published", "2021-04-02")
    assert rc == 0
    assert [line for line in err.splitlines() if "not in English" in line] == [
        "warning: 2 article(s) not in English (fi 1, ru 1) were stored, flagged with their language, and not coded"]
    with open_store(url) as store:
        languages = {a["path"].rsplit("/", 1)[1]: a["language"] for a in store.records("article")}
        assert languages == {"en.txt": "en", "fi.txt": "fi", "ru.txt": "ru"}
        coded = {r[0] for r in store.query("SELECT DISTINCT article_id FROM actors")}
        assert len(coded) == 1
        assert store.query("SELECT COUNT(DISTINCT article_id) FROM sentences")[0][0] == 3  # each with its text


def test_the_terminal_console_of_every_command_prints_markup_and_emoji_codes_as_written(capsys):
    """`alerts`, `events`, `summary`, `articles`, `actors` print through this console."""
    from flashpoint.cli._common import terminal

    terminal().print("rule verb:bomb: said [/] [bold]x[/bold] :warning:")
    assert capsys.readouterr().out == "rule verb:bomb: said [/] [bold]x[/bold] :warning:\n"


# -- 8. progress -------------------------------------------------------------------------------------

def test_a_long_article_is_named_before_it_is_read(capsys):
    from flashpoint.cli._common import terminal
    from flashpoint.cli.ingest import LONG_ARTICLE_CHARS, UndatedInputs
    from flashpoint.ingest import ArticleInput

    long = ArticleInput(text="Russia warned Ukraine. " * (LONG_ARTICLE_CHARS // 20), published=D1, origin="big.txt")
    short = ArticleInput(text="Russia warned Ukraine.", published=D1, origin="small.txt")
    assert list(UndatedInputs(None, terminal(stderr=True)).watch([short, long])) == [short, long]
    err = capsys.readouterr().err
    assert "reading a long article: big.txt (" in err and "small.txt" not in err


def test_summary_leaves_roles_without_a_country_out_of_country_dyads(db_url, capsys):
    with open_store(db_url) as store:
        store.write_article(article_records([EventSpec("GBRGOV", "LEG", "112", D2, sentence="Ministers accused MPs."),
                                             EventSpec("GOV", "GBR", "112", D2, sentence="The government accused Britain."),
                                             EventSpec("GBRGOV", "IRQ", "112", D2, sentence="Britain accused Iraq.")], D2))
    out = run(capsys, "summary", "--db", db_url)[1]
    assert "busiest country dyads: GBR->IRQ (1)\n" in out and "LEG" not in out and "GOV" not in out
