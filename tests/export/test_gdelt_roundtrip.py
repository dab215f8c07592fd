"""GDELT 2.0 import and export: the sample comes back column for column."""

from __future__ import annotations

import csv
import io
from datetime import date

from flashpoint.analyze.synthetic import EventSpec, article_records
from flashpoint.cli import main
from flashpoint.export.gdelt import COLUMNS, fips_tables, write_gdelt, write_gdelt_merged
from flashpoint.importers.gdelt import GDELT_RULE, import_gdelt, read_rows
from flashpoint.store import open_store


def sample(shared_dir, name="gdelt2_events_sample.tsv"):
    return shared_dir / "data" / "gdelt-sample" / name


def sample_rows(path) -> list[list[str]]:
    return [[row[c] for c in COLUMNS] for _, row in read_rows(path)]


def exported(store) -> list[list[str]]:
    urls = {a["id"]: a.get("url") or "" for a in store.records("article")}
    out = io.StringIO()
    write_gdelt(store.records("event"), out, urls)
    return [line.split("\t") for line in out.getvalue().splitlines()]


def test_our_column_list_is_gdelts(shared_dir):
    with open(sample(shared_dir, "gdelt2_events_columns.tsv"), encoding="utf-8") as f:
        names = [r["name"] for r in csv.DictReader(f, delimiter="\t")]
    assert names == COLUMNS


def test_import_then_export_gives_back_every_row_and_column(shared_dir, monitor_url):
    path = sample(shared_dir)
    with open_store(monitor_url) as store:
        stats = import_gdelt([path], store)
        assert (stats.rows, stats.events, stats.errors) == (20, 20, [])
        original = sorted(sample_rows(path))
        assert sorted(exported(store)) == original
        merged = io.StringIO()
        write_gdelt_merged(store, merged)  # one row per merged event: imported events stay as imported
        assert sorted(line.split("\t") for line in merged.getvalue().splitlines()) == original


def test_imported_rows_are_event_records_with_the_gdelt_rule_and_a_source_article(shared_dir, monitor_url):
    with open_store(monitor_url) as store:
        import_gdelt([sample(shared_dir)], store)
        events = list(store.records("event"))
        assert {e["rule"] for e in events} == {GDELT_RULE}
        first = next(e for e in events if e["gdelt"]["GLOBALEVENTID"] == "1256322774")
        assert (first["date"], first["code"], first["root"], first["quadclass"], first["goldstein"]) == \
            ("2025-07-08", "173", "17", 4, -5.0)
        assert first["source"]["code"] == "USA" and first["target"]["code"] == "USALEG"
        assert first["location"]["country"] == "USA" and first["location"]["lat"] == 44.5666
        article = next(a for a in store.records("article") if a["id"] == first["article"])
        assert article["url"].startswith("https://www.mankatofreepress.com/") and article["source"] == "mankatofreepress.com"
        merged = store.merged_event(store.merged_id_of(first["id"]))
        assert (merged["num_mentions"], merged["num_sources"], merged["num_articles"]) == (6, 1, 6)


def test_importing_the_same_file_twice_stores_nothing_new(shared_dir, db_url):
    with open_store(db_url) as store:
        import_gdelt([sample(shared_dir)], store)
        again = import_gdelt([sample(shared_dir)], store)
        assert (again.events, again.skipped) == (0, 20)
        assert store.counts()["events"] == 20


def test_gdelt_1_daily_files_import_too(shared_dir, db_url):
    path = sample(shared_dir, "gdelt1_events_sample.tsv")
    with open_store(db_url) as store:
        stats = import_gdelt([path], store)
        assert stats.events == 250 and not stats.errors
        rows = exported(store)
        assert all(len(r) == 61 for r in rows)
        adm2 = [COLUMNS.index(c) for c in COLUMNS if c.endswith("_ADM2Code")]
        assert {r[i] for r in rows for i in adm2} == {""}


def test_bad_lines_are_reported_and_the_rest_imported(tmp_path, shared_dir, db_url):
    good = sample(shared_dir).read_text(encoding="utf-8").splitlines()[1:3]
    broken = good[0].split("\t")
    broken[1] = "20251340"
    path = tmp_path / "mixed.CSV"
    path.write_text("\n".join([good[0], "not\ta\tgdelt\trow", "\t".join(broken), good[1]]) + "\n", encoding="utf-8")
    with open_store(db_url) as store:
        stats = import_gdelt([path], store)
    assert (stats.rows, stats.events) == (2, 2)  # the two good lines
    assert [e.input.rsplit(":", 1)[1] for e in stats.errors] == ["2", "3"]
    assert "4 fields" in stats.errors[0].message and "SQLDATE" in stats.errors[1].message


def test_zipped_exports_are_read_as_gdelt_publishes_them(tmp_path, shared_dir, db_url):
    import zipfile

    path = tmp_path / "20250807220000.export.CSV.zip"
    lines = sample(shared_dir).read_text(encoding="utf-8").splitlines()[1:]
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("20250807220000.export.CSV", "\n".join(lines) + "\n")
    with open_store(db_url) as store:
        assert import_gdelt([path], store).events == 20


def test_flashpoint_import_gdelt_then_export_round_trips_on_the_command_line(shared_dir, db_url, tmp_path, capsys):
    assert main(["import", "gdelt", str(sample(shared_dir)), "--db", db_url]) == 0
    out = tmp_path / "events.tsv"
    assert main(["export", "--format", "gdelt", "--output", str(out), "--db", db_url]) == 0
    got = sorted(line.split("\t") for line in out.read_text(encoding="utf-8").splitlines())
    assert got == sorted(sample_rows(sample(shared_dir)))


def test_our_own_events_export_one_row_per_merged_event_with_its_counts(monitor_url):
    day = date(2022, 3, 3)
    with open_store(monitor_url) as store:
        for outlet in ("AFP", "Reuters", "AP"):
            spec = EventSpec("RUSMIL", "UKR", "195", day, "Kharkiv", sentence=f"Russian forces shelled Kharkiv ({outlet}).")
            store.write_article(article_records([spec], day, source=outlet, url=f"https://{outlet.lower()}.example/k"))
        out = io.StringIO()
        assert write_gdelt_merged(store, out) == 1
    row = dict(zip(COLUMNS, out.getvalue().rstrip("\n").split("\t")))
    assert (row["SQLDATE"], row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == \
        ("20220303", "RUSMIL", "RUS", "MIL")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"], row["QuadClass"], row["GoldsteinScale"]) == \
        ("195", "195", "19", "4", "-10.0")
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("3", "3", "3")
    assert (row["ActionGeo_FullName"], row["ActionGeo_CountryCode"], row["ActionGeo_Lat"]) == ("Kharkiv", "UP", "49.9935")


def test_admin1_and_actor_geo_columns_are_filled_with_fips_codes(monitor_url):
    """Kharkiv is in Ukraine's Kharkiv region, FIPS UP07; the Ukrainian target is placed at the action,
    the Russian source in Russia (a country-level place, Type 1)."""
    day = date(2022, 3, 3)
    with open_store(monitor_url) as store:
        spec = EventSpec("RUSMIL", "UKR", "195", day, "Kharkiv", sentence="Russian forces shelled Kharkiv.")
        store.write_article(article_records([spec], day, source="AFP", url="https://afp.example/k"))
        out = io.StringIO()
        assert write_gdelt_merged(store, out) == 1
    row = dict(zip(COLUMNS, out.getvalue().rstrip("\n").split("\t")))
    assert row["ActionGeo_ADM1Code"] == "UP07"
    assert (row["Actor2Geo_Type"], row["Actor2Geo_ADM1Code"], row["Actor2Geo_Lat"]) == ("4", "UP07", "49.9935")
    assert (row["Actor1Geo_Type"], row["Actor1Geo_CountryCode"], row["Actor1Geo_ADM1Code"]) == ("1", "RS", "RS")
    assert row["Actor1Geo_Lat"] != "55.7558"        # Russia's representative point, not Moscow


def test_the_fips_table_agrees_with_geonames(shared_dir):
    to_iso, _ = fips_tables()
    reference = {}
    with open(shared_dir / "data" / "geonames" / "countryInfo.txt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if cols[3] and cols[0] != "ISO":  # the header line is not a comment in this file
                reference[cols[3]] = cols[1]
    assert to_iso == reference
