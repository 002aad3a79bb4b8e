"""esglens ingest / list / show / compare on the command line, bad input included."""
from __future__ import annotations

import json
import os
import random
import shutil

import pytest
import typer
from typer.testing import CliRunner

from esglens.model import Fact
from esglens.store import db
from esglens.cli.store import register
from test_store import tiny_result
from test_store_support import REPORTS, gold_result, need_shared

app = typer.Typer()
register(app)
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def bad_files(folder) -> dict[str, str]:
    """Bad inputs and the reason each must be reported with."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    rnd = random.Random(7)
    (folder / "unknown.txt").write_bytes(bytes(rnd.randrange(0x80, 0x100) for _ in range(4000)))
    with open(folder / "huge.txt", "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    return {"empty.txt": "empty file", "binary.txt": "", "unknown.txt": "unknown text encoding",
            "huge.txt": "too large"}


def error_lines(stderr: str) -> list[str]:
    # batch.py's console may wrap a long error at 80 columns: join continuation lines back first.
    out: list[str] = []
    for line in stderr.splitlines():
        if line.startswith("error ") or not out:
            out.append(line)
        else:
            out[-1] += " " + line
    return [x for x in out if x.strip()]


def test_folder_of_good_and_bad_files(tmp_path):
    need_shared()
    folder = tmp_path / "in"
    folder.mkdir()
    reasons = bad_files(folder)
    shutil.copy(REPORTS / "kstar-2024-esg-report.txt", folder)
    store = str(tmp_path / "s.duckdb")
    res = run("ingest", str(folder), "--db", store)
    assert res.exit_code == 0
    assert "Traceback" not in res.output
    errors = error_lines(res.stderr)
    assert len(errors) == 4, res.stderr
    for name, reason in reasons.items():
        hit = [e for e in errors if f"{name}:" in e]
        assert len(hit) == 1 and reason in hit[0], (name, errors)
    assert "kstar-2024-esg-report.txt" in res.stdout and "1 stored, 4 failed" in res.stdout
    con = db.connect(store, read_only=True)
    assert con.execute("SELECT name, n_lines FROM reports").fetchall() == [("kstar-2024-esg-report.txt", 2122)]
    assert con.execute("SELECT count(*) FROM lines").fetchone()[0] == 2122
    # whatever the extractor finds today, the counts and the rows agree
    assert con.execute("SELECT n_facts, n_table_facts + n_narrative_facts FROM reports").fetchone() == (
        con.execute("SELECT count(*), count(*) FROM facts").fetchone())
    con.close()
    again = run("ingest", str(folder / "kstar-2024-esg-report.txt"), "--db", store, "--format", "jsonl")
    assert again.exit_code == 0
    assert json.loads(again.stdout)["status"] == "unchanged"


def test_only_bad_files_exit_non_zero_and_store_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    bad_files(folder)
    store = str(tmp_path / "s.duckdb")
    res = run("ingest", *sorted(str(p) for p in folder.iterdir()), "--db", store)
    assert res.exit_code == 1
    assert len(error_lines(res.stderr)) == 4 and "Traceback" not in res.output
    # a library this command created but stored nothing in is removed (h97): `list`/`serve` then say "no such store"
    assert not os.path.exists(store) and not os.path.exists(store + ".wal")
    res = run("list", "--db", store)
    assert res.exit_code == 1 and "no such store" in res.stderr


def test_no_reports_and_unusable_store(tmp_path):
    empty = tmp_path / "nothing"
    empty.mkdir()
    res = run("ingest", str(empty), "--db", str(tmp_path / "s.duckdb"))
    assert res.exit_code == 1 and "no reports found" in res.stderr
    res = run("list", "--db", str(tmp_path / "absent.duckdb"))
    assert res.exit_code == 1
    assert res.stderr.strip().splitlines() == [f"error {tmp_path / 'absent.duckdb'}: no such store (run `esglens ingest` first)"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    need_shared()
    path = str(tmp_path_factory.mktemp("cli") / "s.duckdb")
    con = db.connect(path)
    db.ingest_results(con, [gold_result(n) for n in ("calb-2024-esg-report", "kstar-2024-esg-report")])
    evil = tiny_result(str(tmp_path_factory.mktemp("evil") / "evil.txt"), "[bold red]boom[/]\n2",
                       [Fact(5.0, "5", "t", 2024, "[bold red]boom[/]", "table", line=1, metric="ghg.scope1")],
                       "[link=http://x]Evil[/link] Corp")
    db.ingest_results(con, [evil])
    con.close()
    return path


def test_list_json_and_table(store):
    res = run("list", "--db", store, "--format", "json")
    reports = json.loads(res.stdout)
    assert [(r["name"], r["n_facts"]) for r in reports] == [
        ("evil.txt", 1), ("calb-2024-esg-report.txt", 686), ("kstar-2024-esg-report.txt", 150)]
    table = run("list", "--db", store, "--format", "table").stdout
    assert "CALB Group Co., Ltd." in table and "[link=http://x]Evil[/link] Corp" in table


def test_show_by_company_and_ambiguous(store):
    res = run("show", "Shenzhen KSTAR", "--db", store, "--format", "json", "--metric", "ghg.scope1")
    data = json.loads(res.stdout)
    assert data["report"]["n_lines"] == 2122
    assert [(f["value"], f["line"]) for f in data["facts"]] == [(6756.22, 1456)]
    assert len(data["index_entries"]) == 29
    res = run("show", "Co., Ltd.", "--db", store)
    assert res.exit_code == 1 and len(res.stderr.strip().splitlines()) == 1 and "matches 2 reports" in res.stderr
    res = run("show", "no-such-report", "--db", store)
    assert res.exit_code == 1 and "no stored report matches" in res.stderr


def test_show_escapes_report_text(store):
    res = run("show", "evil", "--db", store, "--format", "table")
    assert res.exit_code == 0
    assert "[bold red]boom[/]" in res.stdout  # shown literally, not interpreted as markup


def test_compare_cli_json_and_table(store):
    res = run("compare", "--metric", "ghg.scope1,ghg.scope2", "--year", "2024", "--companies", "calb,kstar",
              "--db", store, "--format", "json")
    rows = json.loads(res.stdout)
    assert [(r["metric"], r["company"][:5], r["value"], r["line"]) for r in rows] == [
        ("ghg.scope1", "CALB ", 279315.86, 566), ("ghg.scope1", "Shenz", 6756.22, 1456),
        ("ghg.scope2", "CALB ", 870509.93, 567), ("ghg.scope2", "Shenz", 27525.89, 1458)]
    table = run("compare", "-m", "ghg.scope1", "-y", "2024", "--db", store, "--format", "table").stdout
    assert "279,315.86" in table and "L566" in table and "-9.16%" not in table  # one decimal in the table
    assert "-9.2%" in table


def test_bad_format_is_a_usage_error(store):
    res = run("list", "--db", store, "--format", "xml")
    assert res.exit_code == 2 and "unknown format 'xml'" in res.stderr


def test_peers_compares_stored_profiles(tmp_path):
    """Material topics of two companies side by side, from profiles stored by ingest."""
    from esglens.model import Document, ReportResult, TextLine

    def result(name, company, topics):
        doc = Document(path=str(tmp_path / name), name=name, sha256=name * 4, kind="text",
                       lines=[TextLine("x", line=1)])
        profile = {"company": {"value": company, "line": 1},
                   "material_topics": [{"name": t, "tier": tier, "line": ln} for t, tier, ln in topics]}
        return ReportResult(document=doc, profile=profile, report_year=2024)

    path = str(tmp_path / "p.duckdb")
    con = db.connect(path)
    db.ingest_results(con, [result("a.txt", "Alpha Ltd", [("Climate change", "High", 10), ("Water", "Medium", 11)]),
                            result("b.txt", "Beta Ltd", [("Climate change", "Medium", 20)])])
    con.close()
    rows = json.loads(run("peers", "material_topics", "--db", path, "--format", "json").stdout)
    assert sorted((r["company"], r["key"], r["value"], r["line"]) for r in rows) == [
        ("Alpha Ltd", "Climate change", "High", 10), ("Alpha Ltd", "Water", "Medium", 11),
        ("Beta Ltd", "Climate change", "Medium", 20)]
    table = run("peers", "material_topics", "--db", path, "--format", "table").stdout
    assert "Climate change" in table and "High (L10)" in table and "Medium (L20)" in table
    assert run("peers", "nonsense", "--db", path).exit_code == 2
