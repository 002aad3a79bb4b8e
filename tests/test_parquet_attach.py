"""`ingest --parquet DIR` + `library attach DIR` gives the library a direct ingest gives."""
from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from conftest import sample
from esglens.store import db, parquet
from esglens.store.ingest import ingest_paths

# compared column by column; `seconds` and `ingested_at` say when and how fast, not what
TABLES = {"facts": "fact_id", "findings": "finding_id", "index_entries": "entry_id", "coverage": "ALL",
          "profile_items": "ALL", "profiles": "ALL", "lines": "seq"}


def rows(store: str, table: str, order: str) -> list[tuple]:
    con = db.connect(store, read_only=True)
    try:
        return con.execute(f"SELECT * FROM {table} ORDER BY {order if order == 'ALL' else 'report_id, ' + order}").fetchall()
    finally:
        con.close()


def reports(store: str) -> list[tuple]:
    con = db.connect(store, read_only=True)
    try:
        return con.execute("SELECT * EXCLUDE (seconds, ingested_at) FROM reports ORDER BY report_id").fetchall()
    finally:
        con.close()


def app():
    import typer

    from esglens.cli import library, store

    cli = typer.Typer()
    store.register(cli)
    library.esglens_commands(app=cli)
    return cli


@pytest.fixture(scope="module")
def libraries(tmp_path_factory):
    """The three sample reports ingested directly, and through a Parquet run attached to a library."""
    paths = [str(sample(n)) for n in ("calb", "jlmag", "kstar")]
    tmp = tmp_path_factory.mktemp("lib")
    direct = str(tmp / "direct.duckdb")
    con = db.connect(direct)
    assert {s.status for s in ingest_paths(con, paths, workers=1)} == {"stored"}
    con.close()
    folder, attached = tmp / "runs", str(tmp / "attached.duckdb")
    res = CliRunner().invoke(app(), ["ingest", *paths, "--parquet", str(folder), "--db", attached,
                                     "--workers", "1", "--format", "jsonl"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert [json.loads(x)["status"] for x in res.stdout.splitlines()] == ["written"] * 3
    assert not os.path.exists(attached)  # --parquet does not touch the library
    res = CliRunner().invoke(app(), ["library", "attach", str(folder), "--db", attached, "--format", "json"],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert [s["status"] for s in json.loads(res.stdout)] == ["stored"] * 3
    return paths, direct, folder, attached


def test_the_run_has_one_file_per_report_and_table(libraries):
    paths, _, folder, _ = libraries
    (run,) = os.listdir(folder)
    assert sorted(os.listdir(folder / run / "reports")) == sorted(f"{rid}.parquet" for _, rid in
                                                                   parquet.complete_reports(str(folder)))
    assert len(parquet.complete_reports(str(folder))) == 3
    assert {"facts", "findings", "index_entries", "lines"} <= set(os.listdir(folder / run))


@pytest.mark.parametrize("table", sorted(TABLES))
def test_attached_tables_equal_a_direct_ingest(libraries, table):
    _, direct, _, attached = libraries
    want = rows(direct, table, TABLES[table])
    assert want, f"the direct ingest stored no {table}"
    assert rows(attached, table, TABLES[table]) == want


def test_attached_reports_equal_a_direct_ingest(libraries):
    _, direct, _, attached = libraries
    assert reports(attached) == reports(direct)


def test_attaching_twice_changes_nothing_and_half_written_reports_are_ignored(libraries, tmp_path):
    _, _, folder, attached = libraries
    copy = str(tmp_path / "again.duckdb")
    with open(attached, "rb") as src, open(copy, "wb") as dst:
        dst.write(src.read())
    # a run stopped mid-report: a stray temp file, and child tables whose `reports` file never came
    stray = folder / "20991231T000000Z-dead00"
    (stray / "reports").mkdir(parents=True)
    (stray / "reports" / ".0123456789abcdef.parquet.1a2b3c4d.tmp").write_bytes(b"PAR1 half")
    (stray / "facts").mkdir()
    (stray / "facts" / "0123456789abcdef.parquet").write_bytes(b"PAR1 half")
    before = {t: rows(copy, t, o) for t, o in TABLES.items()}
    con = db.connect(copy)
    statuses = parquet.attach(con, str(folder))
    con.close()
    assert [s.status for s in statuses] == ["unchanged"] * 3
    assert {t: rows(copy, t, o) for t, o in TABLES.items()} == before


def test_ingest_to_parquet_skips_reports_already_in_the_dataset(libraries, tmp_path):
    paths, _, folder, _ = libraries
    statuses = parquet.ingest_to_parquet(None, paths[:1], str(folder), workers=1)
    assert [s.status for s in statuses] == ["unchanged"]
    assert statuses[0].n_facts > 0 and statuses[0].path == paths[0]
    assert len(parquet.complete_reports(str(folder))) == 3  # nothing written again


def test_attach_of_a_missing_folder_is_one_line(tmp_path):
    res = CliRunner().invoke(app(), ["library", "attach", str(tmp_path / "nope"), "--db", str(tmp_path / "x.duckdb")])
    assert res.exit_code == 1
    assert "no such folder" in res.output and "Traceback" not in res.output


def _ingested_at(store: str) -> list:
    con = db.connect(store, read_only=True)
    try:
        return [r[0] for r in con.execute("SELECT ingested_at FROM reports").fetchall()]
    finally:
        con.close()


def test_a_report_analysed_again_with_force_replaces_the_attached_copy(tmp_path):
    """--force writes the report into a new run; attach takes the newest run's copy and replaces the older
    one in the library; attaching again, or into a library that never had the first copy, stores it once."""
    report = tmp_path / "small.txt"
    report.write_text("Acme Group Sustainability Report 2024\n\n| Indicator | Unit | 2023 | 2024 |\n"
                      "| --- | --- | --- | --- |\n| Scope 1 emissions | tCO2e | 1,200 | 1,100 |\n", encoding="utf-8")
    folder, lib, fresh = str(tmp_path / "runs"), str(tmp_path / "lib.duckdb"), str(tmp_path / "fresh.duckdb")
    assert [s.status for s in parquet.ingest_to_parquet(None, [str(report)], folder, workers=1)] == ["written"]
    con = db.connect(lib)
    assert [s.status for s in parquet.attach(con, folder)] == ["stored"]
    con.close()
    first = _ingested_at(lib)
    again = parquet.ingest_to_parquet(None, [str(report)], folder, workers=1, force=True)
    assert [s.status for s in again] == ["written"] and len(parquet.complete_reports(folder)) == 2
    con = db.connect(lib)
    assert [s.status for s in parquet.attach(con, folder)] == ["replaced"]
    assert [s.status for s in parquet.attach(con, folder)] == ["unchanged"]
    con.close()
    copies = [parquet.read_report(folder, run, rid).report["ingested_at"] for run, rid in parquet.complete_reports(folder)]
    newest = max(copies)  # both runs may start in the same second: their ids do not order them
    assert _ingested_at(lib) == [newest] and newest > first[0]
    con = db.connect(fresh)
    assert [s.status for s in parquet.attach(con, folder)] == ["stored"]
    con.close()
    assert _ingested_at(fresh) == [newest]
