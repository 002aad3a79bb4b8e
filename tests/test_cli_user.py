"""What a user meets on the command line (typer's CliRunner): compare's years in order and a typo'd metric id
named, peers found by file name, review keys never folded, ingest's table on a laptop terminal, export
refusing a file for a folder (and the other way round) in one line and never leaving half a file, serve
refusing a store in a missing folder, and folders holding files of other kinds."""
from __future__ import annotations

import io
import json
import re
import sys

import pytest
import typer
from rich.console import Console
from typer.testing import CliRunner

from esglens.cli.checks import register as register_check
from esglens.cli.export import register as register_export
from esglens.cli.facts import register as register_extract
from esglens.cli.review import review_app
from esglens.cli.store import register
from esglens.cli.web import register as register_serve
from esglens.model import Fact
from esglens.store import db
from test_store import tiny_result

app = typer.Typer()
register(app)
register_export(app)
register_serve(app)
register_extract(app)
register_check(app)
app.add_typer(review_app, name="review")
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def _fact(value: float, year: int, line: int, **kw) -> Fact:
    f = Fact(value, f"{value:,.0f}", "t", year, kw.pop("label", "Scope 1 emissions"), "table", line=line,
             metric=kw.pop("metric", "ghg.scope1"), **kw)
    f.value_normalized, f.unit_normalized = value, "tCO2e"
    return f


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    base = tmp_path_factory.mktemp("user")
    path = str(base / "s.duckdb")
    con = db.connect(path)
    wordy = "Total Scope 1 emissions (break-up of the GHG into CO2, CH4, N2O, HFCs, PFCs, SF6, NF3, if available)"
    db.ingest_results(con, [
        # "Aardvark" sorts first and reports only 2023: its years used to lead the whole table
        tiny_result(str(base / "aardvark-esg-2023.txt"), "a\nb\nc", [_fact(500, 2023, 1)], "Aardvark Ltd", 2023),
        tiny_result(str(base / "zebra-2024-report.txt"), "x\ny\nz", [
            _fact(900, 2024, 1), _fact(800, 2021, 1), _fact(850, 2022, 1),
            Fact(4196.0, "4,196", "Metric tonnes of CO2 equivalent per rupee of turnover", 2024, wordy, "table", line=2,
                 metric="ghg.intensity")], "Zebra Holdings Ltd", 2024)])
    for r in con.execute("SELECT report_id FROM reports").fetchall():
        con.execute("INSERT INTO profile_items (report_id, section, key, value, line, page) VALUES (?, ?, ?, ?, ?, ?)",
                    [r[0], "assurance", "status", "none", None, None])
    con.close()
    return path


def _table_years(output: str) -> list[int]:
    return [int(m) for m in re.findall(r"^│ ghg\.scope1 │ (\d{4}) ", output, re.M)]


def test_compare_table_lists_years_in_order(store):
    res = run("compare", "-m", "ghg.scope1", "--db", store, "-f", "table")
    assert res.exit_code == 0
    assert _table_years(res.stdout) == [2021, 2022, 2023, 2024]    # was 2023, 2021, 2022, 2024


def test_compare_names_a_metric_id_that_does_not_exist(store):
    res = run("compare", "-m", "ghg.scop1", "-m", "water.withdrawal", "--db", store, "-f", "jsonl")
    assert res.exit_code == 0 and res.stdout == ""
    assert "error ghg.scop1: no such metric id (did you mean ghg.scope1" in res.stderr
    assert "water.withdrawal" not in res.stderr        # a real metric the library has no figure for: no error


def test_compare_fails_when_every_metric_id_asked_for_is_unknown(store):
    res = run("compare", "-m", "ghg.scop1", "--db", store, "-f", "jsonl")
    assert res.exit_code == 1 and res.stdout == ""          # was exit 0 after printing "error ..."
    assert "error ghg.scop1: no such metric id" in res.stderr
    res = run("compare", "-m", "ghg.scop1,ghg.scop1", "--db", store, "-f", "table")
    assert res.exit_code == 1 and res.stderr.count("error ghg.scop1") == 1


def test_ingest_that_stores_nothing_creates_no_library(tmp_path):
    lib = tmp_path / "lib.duckdb"
    res = run("ingest", str(tmp_path / "missing.txt"), str(tmp_path / "gone.pdf"), "--db", str(lib))
    assert res.exit_code == 1
    assert f"error {tmp_path / 'missing.txt'}: no such file" in res.stderr.replace("\n", "")
    assert not lib.exists()                                # was an empty library left behind
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.txt").write_text("")
    (tmp_path / "bad" / "binary.pdf").write_bytes(bytes(range(256)) * 4)
    res = run("ingest", str(tmp_path / "bad"), "--db", str(lib))
    assert res.exit_code == 1 and "2 failed" in res.stdout and not lib.exists()


def test_peers_find_a_company_by_its_file_name_and_print_no_empty_place(store):
    res = run("peers", "assurance", "-c", "zebra-2024", "--db", store, "-f", "table")
    assert res.exit_code == 0
    assert "Zebra Holdings Ltd" in res.stdout and "Aardvark" not in res.stdout
    assert re.search(r"│ status\s+│ none\s+│", res.stdout) and "()" not in res.stdout


def test_review_list_never_folds_a_key(store, monkeypatch):
    from esglens.store import output

    monkeypatch.setattr(output, "console", lambda: Console(width=100, file=sys.stdout, highlight=False))
    res = run("review", "list", "zebra", "--db", store, "-f", "table")
    assert res.exit_code == 0
    keys = re.findall(r"^│ (\S+) ", res.stdout, re.M)
    assert keys and all(re.fullmatch(r"[0-9a-f]{16}:l\d+:[0-9a-f]{10}(~\d+)?", k) for k in keys), keys


def test_ingest_table_fits_a_laptop_terminal(tmp_path, monkeypatch):
    from esglens.store import output

    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "acme_sustainability_report_2024_final_version.txt").write_text(
        "Acme Ltd 2024 ESG report\nIn 2024 our Scope 1 emissions were 1,234 tCO2e.\n", "utf-8")
    monkeypatch.setattr(output, "console", lambda: Console(width=80, file=sys.stdout, highlight=False))
    res = run("ingest", str(tmp_path / "r"), "--db", str(tmp_path / "s.duckdb"), "--workers", "1")
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert max(len(x) for x in lines) <= 80
    row = next(x for x in lines if "stored" in x)
    assert re.search(r"│ 2024 │ +\d+ │ +0 │ stored +│$", row)           # numbers and status whole
    assert "table facts" not in res.stdout and "1 stored" in res.stdout


def test_export_to_a_file_where_a_folder_is_wanted_and_back(store, tmp_path):
    f = tmp_path / "facts.csv"
    f.write_text("keep me", "utf-8")
    res = run("export", "-f", "csv", "--out", str(f), "--db", store)
    assert res.exit_code == 2
    assert res.stderr.strip() == f"error {f}: is a file: csv export writes a folder of files (one per table); give a folder"
    assert f.read_text("utf-8") == "keep me"
    res = run("export", "-f", "xlsx", "--out", str(tmp_path), "--db", store)
    assert res.exit_code == 2 and "is a folder: xlsx export writes one file; give a file name" in res.stderr


def test_export_that_cannot_write_names_the_target_and_leaves_nothing_half_written(store, tmp_path, monkeypatch):
    from esglens.export import writers

    def fail_midway(fh, con, kind, report_ids=None):
        fh.write("report_id,fact_id\nabc,1\n")
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(writers, "write_csv", fail_midway)
    out = tmp_path / "out"
    res = run("export", "-f", "csv", "--out", str(out), "--db", store)
    assert res.exit_code == 1
    assert res.stderr.strip() == f"error {out}: cannot write there (Permission denied)"
    assert "Traceback" not in res.output and list(out.iterdir()) == []     # no half file, no .part left


def test_serve_refuses_a_store_in_a_folder_that_does_not_exist(tmp_path):
    res = run("serve", "--db", str(tmp_path / "nope" / "lib.duckdb"))
    assert res.exit_code == 1
    assert f"no such folder {tmp_path / 'nope'}" in res.stderr


def test_folder_with_other_files_says_what_it_skipped_and_an_empty_one_is_an_error(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "memo.docx").write_bytes(b"PK\x03\x04")
    (folder / "data.xlsx").write_bytes(b"PK\x03\x04")
    for cmd in ("extract", "check"):
        res = run(cmd, str(folder), "-f", "jsonl")
        assert res.exit_code == 1
        assert "skipped 2 files that are not a report" in res.stderr and "data.xlsx, memo.docx" in res.stderr
        assert f"error {folder}: no reports found (" in res.stderr
    (folder / "r.txt").write_text("In 2024 our Scope 1 emissions were 1,234 tCO2e.\n", "utf-8")
    res = run("extract", str(folder), "-f", "jsonl")
    assert res.exit_code == 0 and '"raw": "1,234"' in res.stdout
    assert "skipped 2 files" in res.stderr


def test_ingest_progress_says_which_report_was_stored_and_the_time_left(monkeypatch):
    from esglens.store import ingest

    shown = Console(width=120, record=True, file=io.StringIO())
    monkeypatch.setattr(ingest, "err_console", shown)
    bar = ingest._bar(3, True)
    with bar as advance:
        advance("bayer_[b]2021[/b].pdf")
        shown.print(bar.progress.get_renderable())
    text = shown.export_text()
    assert re.search(r"ingesting .* 1/3 0:00:0\d elapsed, [-\d:]+ left done: bayer_\[b\]2021\[/b\]\.pdf", text), text


def test_serve_on_a_port_in_use_is_one_line_before_serving(tmp_path):
    import socket

    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        res = run("serve", "--db", str(tmp_path / "lib.duckdb"), "--port", str(port))
    assert res.exit_code == 1 and "serving" not in res.stdout
    assert f"error --port: cannot listen on 127.0.0.1:{port} (Address already in use)" in res.stderr


def test_compare_with_nothing_under_the_filter_says_which_filter(store):
    res = run("compare", "-m", "ghg.scope1", "-y", "2030", "-c", "zebra", "--db", store, "-f", "table")
    assert res.exit_code == 0 and res.stdout.strip() == "No stored figures for ghg.scope1 in 2030 for zebra."


def test_explain_without_a_value_gives_the_unit_conversion_not_not_disclosed():
    import json as _json

    from esglens.cli.catalog import register as register_catalog

    cat = typer.Typer()
    register_catalog(cat)
    res = runner.invoke(cat, ["explain", "--label", "Water consumption", "--unit", "Ten thousand m³", "-f", "jsonl"])
    row = _json.loads(res.stdout)
    assert (row["metric"], row["value"], row["value_normalized"], row["unit_normalized"], row["norm_flag"]) == (
        "water.consumption", None, 10000.0, "m³", None)
    assert row["note"] == "value_normalized is for 1 Ten thousand m³: give --value for a figure"
    res = runner.invoke(cat, ["explain", "--label", "Water consumption", "--unit", "Ten thousand m³", "-f", "table"])
    assert re.search(r"│ value_normalized │ 10000\.0 +│", res.stdout)     # one field a line, not ten folded columns


def test_peers_with_nothing_under_the_filter_says_which_filter(store):
    res = run("peers", "targets", "-c", "nobody", "--db", store, "-f", "table")
    assert res.exit_code == 0
    assert res.stdout.strip() == "No stored profile items in targets for nobody (company, file name or id)."


def test_extract_and_check_write_places_as_every_other_view_does(tmp_path):
    from reportlab.pdfgen import canvas

    from esglens.cli.checks import _where
    from esglens.model import Finding

    pdf = tmp_path / "r.pdf"
    c = canvas.Canvas(str(pdf))
    c.drawString(72, 700, "In 2024 our Scope 1 emissions were 1,234 tCO2e.")
    c.showPage()
    c.save()
    res = run("extract", str(pdf), "-f", "table")
    assert res.exit_code == 0 and re.search(r"│ p\.1 +│", res.stdout), res.stdout
    assert _where(Finding("x", "error", "m", lines=[142, 1587])) == "L142, L1587"     # was "L142, 1587"
    assert _where(Finding("x", "error", "m", pages=[20, 21])) == "p.20, p.21"         # was "p20, 21"


def test_explain_errors_are_one_line_naming_the_file_and_reason_exit_1(tmp_path):
    from esglens.cli.catalog import register as register_catalog

    cat = typer.Typer()
    register_catalog(cat)
    res = runner.invoke(cat, ["explain"])
    assert res.exit_code == 1 and res.stderr.strip() == "error explain: give a REPORT or --label"
    empty = tmp_path / "blank-notes.txt"
    empty.write_text("")
    res = runner.invoke(cat, ["explain", str(empty)])
    assert res.exit_code == 1 and res.stderr.replace("\n", "") == f"error {empty}: empty file"
    res = runner.invoke(cat, ["explain", "--label", "x", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 1 and res.stderr.replace("\n", "").startswith(f"error {tmp_path / 'none.duckdb'}: no such store")


def test_a_metric_filter_no_id_starts_with_is_one_error_line_not_an_empty_listing(store, tmp_path):
    from esglens.cli.catalog import register as register_catalog

    res = run("show", "zebra", "--db", store, "--metric", "ghg.scop2")
    assert res.exit_code == 1 and res.stdout == ""
    assert res.stderr.strip() == ("error ghg.scop2: no metric id starts with this (did you mean ghg.scope2 or "
                                  "ghg.scope1_2 or ghg.scope3?); `esglens metrics` lists them")
    res = run("show", "zebra", "--db", store, "--metric", "ghg.", "--format", "json")   # a family prefix still works
    assert res.exit_code == 0 and len(json.loads(res.stdout)["facts"]) == 4
    cat = typer.Typer()
    register_catalog(cat)
    notes = tmp_path / "notes.txt"
    notes.write_text("Scope 1 emissions were 1,234 tCO2e in 2023.\n")
    res = runner.invoke(cat, ["explain", str(notes), "--metric", "nonsense"])
    assert res.exit_code == 1 and res.stderr.strip() == "error nonsense: no metric id starts with this; `esglens metrics` lists them"
