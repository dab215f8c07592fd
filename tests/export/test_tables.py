"""Exports that load as tables: typed Parquet, CSV, filters, modality kept, and a DataFrame call."""

from __future__ import annotations

import csv
import io
from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import flashpoint
from flashpoint.analyze.synthetic import EventSpec, article_records
from flashpoint.cli import main
from flashpoint.store import open_store

JAN, MAR = date(2005, 1, 10), date(2005, 3, 2)


@pytest.fixture
def store_url(db_url):
    with open_store(db_url) as store:
        store.write_article(article_records([EventSpec("RUSMIL", "UKR", "190", JAN, place="Donetsk"),
                                             EventSpec("USAGOV", "RUS", "112", JAN)], JAN))
        store.write_article(article_records([EventSpec("IRQGOV", "USA", "130", MAR),
                                             EventSpec("IRQGOV", "USA", "138", MAR, modality="hypothetical")], MAR))
    return db_url


def test_parquet_export_types_dates_and_flattens_references(store_url, tmp_path):
    out = tmp_path / "events.parquet"
    assert main(["export", "--format", "parquet", "-o", str(out), "--db", store_url]) == 0
    table = pq.read_table(out)
    schema = table.schema
    assert schema.field("date").type == pa.date32()
    assert schema.field("source_code").type == pa.string() and schema.field("location_lat").type == pa.float64()
    assert "source" not in schema.names and "evidence" not in schema.names
    assert sorted(table.column("modality").to_pylist()) == ["asserted", "asserted", "asserted", "hypothetical"]


def test_csv_export_has_one_column_per_field(store_url, capsys):
    assert main(["export", "--format", "csv", "--db", store_url]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 4
    assert {r["date"] for r in rows} == {"2005-01-10", "2005-03-02"}
    assert rows[0]["source_code"] == "RUSMIL" and rows[0]["location_name"] == "Donetsk"


def test_export_filters_by_date_actor_name_and_root(store_url, capsys):
    main(["export", "--format", "csv", "--db", store_url, "--since", "2005-02-01", "--actor", "Iraq", "--root", "13"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sorted(r["code"] for r in rows) == ["130", "138"]


def test_gdelt_export_says_what_it_leaves_out_and_adds_it_with_a_flag(store_url, capsys):
    main(["export", "--format", "gdelt", "--db", store_url])
    out = capsys.readouterr()
    assert len(out.out.splitlines()) == 3 and "1 event(s) that are hypothetical" in out.err
    main(["export", "--format", "gdelt", "--db", store_url, "--all-modalities"])
    assert len(capsys.readouterr().out.splitlines()) == 4


def test_load_events_returns_a_typed_dataframe(store_url):
    frame = flashpoint.load_events(store_url, since="2005-02-01", actor="Iraq")
    assert list(frame["code"]) == ["130", "138"]
    assert str(frame["date"].dtype).startswith("datetime64") and frame["goldstein"].dtype == "float64"
