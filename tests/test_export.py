"""esglens export: every format read back with DuckDB or openpyxl, exact values."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
import typer
from openpyxl import load_workbook
from typer.testing import CliRunner

from esglens.export.tables import KINDS, SQL
from esglens.model import Fact, Finding
from esglens.store import db
from esglens.cli.export import register as register_export
from esglens.cli.store import register
from test_store import tiny_result
from test_store_support import gold_result, need_shared

app = typer.Typer()
register(app)
register_export(app)
runner = CliRunner()
EVIL = "=HYPERLINK(\"http://x\",\"click\")"
DOCS = Path(__file__).resolve().parents[1] / "docs" / "schema.md"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    need_shared()
    base = tmp_path_factory.mktemp("exp")
    path = str(base / "s.duckdb")
    con = db.connect(path)
    db.ingest_results(con, [gold_result("calb-2024-esg-report"), gold_result("kstar-2024-esg-report")])
    evil = tiny_result(str(base / "evil.txt"), "a\nb", [
        Fact(3.0, "3", "t", 2024, EVIL, "table", line=1, metric="ghg.scope1"),
        Fact(None, "-", "", 2024, "-", "table", line=2),
        Fact(-5.0, "-5", "%", 2024, "+change", "table", line=2)], "Evil Corp")
    evil.findings = [Finding("x", "error", "@SUM(A1)", lines=[1, 2], values=[3.0, "x"])]
    db.ingest_results(con, [evil])
    con.close()
    return path


def export(store: str, fmt: str, out: Path, *extra: str):
    res = runner.invoke(app, ["export", "--db", store, "--format", fmt, "--out", str(out), *extra],
                        catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res


def q_(sql: str):
    # DuckDB 2.0 relations have no fetchone(): run queries through a cursor.
    return duckdb.connect().execute(sql)


CALB_S1 = ("CALB Group Co., Ltd.", "ghg.scope1", 279315.86, "Carbon dioxide equivalence (t)", 2024, 566)


def test_csv_reads_back_exactly(store, tmp_path):
    export(store, "csv", tmp_path / "csv")
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(f"{k}.csv" for k in KINDS)
    facts = str(tmp_path / "csv" / "facts.csv")
    q = (f"SELECT company, metric, value, unit, year, line FROM read_csv('{facts}') "
         "WHERE metric = 'ghg.scope1' AND year = 2024 AND line = 566")
    assert q_(q).fetchall() == [CALB_S1]
    assert q_(f"SELECT count(*) FROM read_csv('{facts}')").fetchone()[0] == 686 + 150 + 3
    labels = [r[0] for r in q_(f"SELECT label FROM read_csv('{facts}', all_varchar=true) "
                                       "WHERE company = 'Evil Corp' ORDER BY fact_id").fetchall()]
    assert labels == ["'" + EVIL, "-", "'+change"]  # formula-like text defused; the lone dash kept
    reports = str(tmp_path / "csv" / "reports.csv")
    assert q_(f"SELECT report_name, n_lines FROM read_csv('{reports}') ORDER BY n_lines DESC").fetchall() == [
        ("calb-2024-esg-report.txt", 2375), ("kstar-2024-esg-report.txt", 2122), ("evil.txt", 2)]


def test_parquet_reads_back_exactly_with_types(store, tmp_path):
    export(store, "parquet", tmp_path / "pq")
    facts = str(tmp_path / "pq" / "facts.parquet")
    q = (f"SELECT company, metric, value, unit, year, line FROM '{facts}' "
         "WHERE metric = 'ghg.scope1' AND year = 2024 AND line = 566")
    assert q_(q).fetchall() == [CALB_S1]
    types = dict(q_(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{facts}')").fetchall())
    assert (types["value"], types["year"], types["line"]) == ("DOUBLE", "INTEGER", "INTEGER")
    assert q_(f"SELECT label FROM '{facts}' WHERE company = 'Evil Corp' AND line = 1").fetchone()[0] == EVIL
    cov = str(tmp_path / "pq" / "coverage.parquet")
    assert q_(f"SELECT count(*), count(DISTINCT report_id) FROM '{cov}'").fetchone() == (10, 2)


def test_json_export(store, tmp_path):
    export(store, "json", tmp_path / "all.json")
    data = json.loads((tmp_path / "all.json").read_text("utf-8"))
    assert set(data) == set(KINDS)
    s1 = [f for f in data["facts"] if f["metric"] == "ghg.scope1" and f["year"] == 2024 and f["line"] == 566]
    assert [(f["company"], f["value"], f["raw"]) for f in s1] == [("CALB Group Co., Ltd.", 279315.86, "279,315.86")]
    evil = [g for g in data["findings"] if g["company"] == "Evil Corp"]
    assert evil[0]["message"] == "@SUM(A1)" and json.loads(evil[0]["lines"]) == [1, 2]
    assert json.loads(evil[0]["values"]) == [3.0, "x"]


def test_xlsx_is_readable_by_a_person(store, tmp_path):
    export(store, "xlsx", tmp_path / "book.xlsx")
    wb = load_workbook(tmp_path / "book.xlsx")
    assert wb.sheetnames == ["about", "reports", "facts", "findings", "coverage", "profiles", "index", "reviews"]
    ws = wb["facts"]
    header = [c.value for c in ws[1]]
    assert header[:10] == ["report_id", "report_name", "company", "report_year", "fact_id", "metric", "label",
                           "value", "unit", "year"]
    assert ws.freeze_panes == "A2" and ws[1][0].font.bold
    assert ws.max_row == 686 + 150 + 3 + 1
    col = {name: i for i, name in enumerate(header)}
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    hit = [r for r in rows if r[col["metric"]] == "ghg.scope1" and r[col["year"]] == 2024 and r[col["line"]] == 566]
    assert [(r[col["value"]], r[col["unit"]]) for r in hit] == [(279315.86, "Carbon dioxide equivalence (t)")]
    widths = {name: ws.column_dimensions[chr(ord("A") + i)].width for name, i in col.items() if i < 26}
    assert 6 <= widths["year"] <= 10 and 20 <= widths["label"] <= 60
    evil = [c for r in ws.iter_rows(min_row=2) for c in r if c.value == EVIL]
    assert len(evil) == 1 and evil[0].data_type == "s"  # text, never a live formula
    about = wb["about"]
    assert [(r[0].value, r[1].value) for r in about.iter_rows(min_row=2, max_row=3)] == [("reports", 3), ("facts", 839)]


def test_export_one_report(store, tmp_path):
    export(store, "parquet", tmp_path / "one", "--report", "kstar")
    facts = str(tmp_path / "one" / "facts.parquet")
    assert q_(f"SELECT count(*), min(report_name) FROM '{facts}'").fetchone() == (
        150, "kstar-2024-esg-report.txt")


def test_export_errors_are_one_line(store, tmp_path):
    res = runner.invoke(app, ["export", "--db", store, "--format", "xml"])
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and "unknown format 'xml'" in res.stderr
    res = runner.invoke(app, ["export", "--db", str(tmp_path / "none.duckdb"), "--format", "csv",
                              "--out", str(tmp_path / "o")])
    assert res.exit_code == 1 and "no such store" in res.stderr and "Traceback" not in res.output
    res = runner.invoke(app, ["export", "--db", store, "--report", "nobody"])
    assert res.exit_code == 1 and "no stored report matches" in res.stderr


def test_every_exported_column_is_documented():
    text = DOCS.read_text("utf-8")
    con = db.connect(":memory:")
    for kind in KINDS:
        cur = con.execute(SQL[kind].format(where="FALSE"))
        missing = [d[0] for d in cur.description if f"`{d[0]}`" not in text]
        assert not missing, (kind, missing)
