"""Corrections teach the catalog: a metric an analyst set on one report's fact maps the same label in the
next report ingested into the library (PipelineSettings.examples, source 'review:<report>:<who>')."""
from __future__ import annotations

from pathlib import Path

from esglens.store import db, review
from esglens.store.ingest import ingest_paths

# Constructed reports, a label no sample report prints and the catalog does not know.
ALPHA = ("Alpha Mining Co. 2023 Sustainability Report\n\nEnvironmental data\n\n"
         "Indicator\tUnit\t2022\t2023\nKiln line releases\ttCO2e\t1,200\t1,100\nFresh water drawn\tm3\t5,000\t4,800\n")
BETA = ("Beta Cement Ltd. 2024 ESG Report\n\nKey figures\n\n"
        "Item\tUnit\t2023\t2024\nKiln line releases\ttCO2e\t900\t950\nEmployees\tpersons\t310\t320\n")


def _write(folder: Path) -> tuple[str, str]:
    a, b = folder / "alpha-2023.txt", folder / "beta-2024.txt"
    a.write_text(ALPHA, "utf-8")
    b.write_text(BETA, "utf-8")
    return str(a), str(b)


def _kiln(con, name: str) -> list[tuple]:
    return con.execute("SELECT f.year, f.metric, f.metric_reason, f.fact_key FROM facts f JOIN reports r "
                       "USING (report_id) WHERE r.name = ? AND f.label = 'Kiln line releases' ORDER BY f.year",
                       [name]).fetchall()


def test_a_metric_corrected_on_one_report_maps_the_same_label_in_the_next(tmp_path):
    alpha, beta = _write(tmp_path)
    con = db.connect(str(tmp_path / "lib.duckdb"))
    try:
        ingest_paths(con, [alpha], workers=1, progress=False)
        before = _kiln(con, "alpha-2023.txt")
        assert [m for _, m, _, _ in before] == [None, None]          # the catalog does not know the label
        review.record(con, before[1][3], "correct", "Ana", metric="ghg.scope1")
        assert review.examples(con) == [("Kiln line releases", "ghg.scope1", "tCO2e", "review:alpha-2023.txt:Ana")]
        ingest_paths(con, [beta], workers=1, progress=False)
        after = _kiln(con, "beta-2024.txt")
        assert [m for _, m, _, _ in after] == ["ghg.scope1", "ghg.scope1"]
        assert all("review:alpha-2023.txt:Ana" in reason for _, _, reason, _ in after)
        # the other rows of the second report map as before
        assert con.execute("SELECT DISTINCT metric FROM facts WHERE label = 'Employees'").fetchall() == [
            ("workforce.total",)]
        # compare now has the figure from both companies: Alpha's by the correction, Beta's by the example
        rows = db.compare(con, ["ghg.scope1"])
        assert {(r["report_name"], r["year"], r["value"]) for r in rows} >= {("alpha-2023.txt", 2023, 1100.0),
                                                                            ("beta-2024.txt", 2024, 950.0)}
    finally:
        con.close()


def test_without_the_review_the_second_report_keeps_its_label_unmapped(tmp_path):
    _, beta = _write(tmp_path)
    con = db.connect(str(tmp_path / "other.duckdb"))
    try:
        ingest_paths(con, [beta], workers=1, progress=False)
        assert [m for _, m, _, _ in _kiln(con, "beta-2024.txt")] == [None, None]
    finally:
        con.close()


def test_only_reviewed_metrics_teach(tmp_path):
    alpha, _ = _write(tmp_path)
    con = db.connect(str(tmp_path / "lib.duckdb"))
    try:
        ingest_paths(con, [alpha], workers=1, progress=False)
        keys = dict(con.execute("SELECT label || '/' || year, fact_key FROM facts").fetchall())
        review.record(con, keys["Fresh water drawn/2023"], "correct", "Ana", metric="water.withdrawal")
        review.record(con, keys["Kiln line releases/2022"], "accept", "Bo")   # right as read: no metric
        review.record(con, keys["Kiln line releases/2023"], "reject", "Ana")
        assert review.examples(con) == [("Fresh water drawn", "water.withdrawal", "m3", "review:alpha-2023.txt:Ana")]
    finally:
        con.close()


def test_explain_with_the_library_names_the_review_that_decides(tmp_path):
    import json

    from typer.testing import CliRunner

    from esglens.cli import app

    alpha, _ = _write(tmp_path)
    path = str(tmp_path / "lib.duckdb")
    con = db.connect(path)
    ingest_paths(con, [alpha], workers=1, progress=False)
    review.record(con, _kiln(con, "alpha-2023.txt")[0][3], "correct", "Ana", metric="ghg.scope1")
    con.close()
    args = ["explain", "--label", "Kiln line releases", "--unit", "tCO2e", "--format", "jsonl"]
    alone = json.loads(CliRunner().invoke(app, args).stdout)
    taught = json.loads(CliRunner().invoke(app, [*args, "--db", path]).stdout)
    assert alone["metric"] is None
    assert (taught["metric"], taught["decided_by"]) == ("ghg.scope1", "review:alpha-2023.txt:Ana")
