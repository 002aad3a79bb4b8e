"""The library store: atomic per-report ingest, no-op re-ingest, look-ups, compare."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from esglens.model import Document, Fact, ReportResult, TextLine
from esglens.store import db
from test_store_support import gold_result

COUNT_TABLES = ("lines", "facts", "findings", "index_entries", "coverage", "profiles", "profile_items")


@pytest.fixture(scope="module")
def results():
    return {n: gold_result(n) for n in ("calb-2024-esg-report", "jlmag-2024-esg-report", "kstar-2024-esg-report")}


@pytest.fixture()
def con(tmp_path, results):
    c = db.connect(str(tmp_path / "s.duckdb"))
    db.ingest_results(c, results.values())
    yield c
    c.close()


def counts(c) -> dict[str, int]:
    return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("reports", *COUNT_TABLES)}


def tiny_result(path: str, text: str, facts: list[Fact], company: str, year: int = 2024) -> ReportResult:
    import hashlib

    doc = Document(path=path, name=os.path.basename(path), sha256=hashlib.sha256(text.encode()).hexdigest(),
                   kind="text", lines=[TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)],
                   encoding="utf-8")
    return ReportResult(document=doc, facts=facts, profile={"company": company}, report_year=year)


def test_ingest_stores_reports_lines_facts_and_sources(con):
    rep = con.execute("SELECT report_id, company, report_year, n_lines, n_facts, n_table_facts, n_narrative_facts, "
                      "n_findings, n_index_entries, kind, encoding FROM reports WHERE name = "
                      "'calb-2024-esg-report.txt'").fetchone()
    assert rep[1:] == ("CALB Group Co., Ltd.", 2024, 2375, 686, 537, 149, 17, 147, "text", "utf-8")
    rid = rep[0]
    assert len(rid) == 16
    assert con.execute("SELECT count(*) FROM lines WHERE report_id = ?", [rid]).fetchone()[0] == 2375
    assert con.execute("SELECT text FROM lines WHERE report_id = ? AND line = 566", [rid]).fetchone()[0].startswith(
        "Scope 1")
    fact = con.execute("SELECT value, raw, unit, line, source FROM facts WHERE report_id = ? AND metric = "
                       "'ghg.scope1' AND year = 2024 ORDER BY fact_id", [rid]).fetchall()
    assert (279315.86, "279,315.86", "Carbon dioxide equivalence (t)", 566, "table") in fact
    assert counts(con) == {"reports": 3, "lines": 2375 + 3177 + 2122, "facts": 686 + 881 + 150,
                           "findings": 17 + 7 + 4, "index_entries": 147 + 120 + 29, "coverage": 15,
                           "profiles": 3, "profile_items": 6}


def test_coverage_and_profile_are_stored_with_unknown_keys_kept(con):
    row = con.execute("SELECT framework, code, status, index_line, extra FROM coverage c JOIN reports r "
                      "USING (report_id) WHERE r.name LIKE 'kstar%' ORDER BY index_line LIMIT 1").fetchone()
    assert row[2] == "reported" and json.loads(row[4]) == {"score": 1}
    items = con.execute("SELECT section, key, value, line FROM profile_items p JOIN reports r USING (report_id) "
                        "WHERE r.name LIKE 'jlmag%' ORDER BY key").fetchall()
    assert items == [("report", "company", "JL MAG Rare-Earth Co., Ltd.", None), ("report", "period", "2024", 1)]


def test_reingest_of_identical_content_changes_nothing(con, results):
    before = counts(con)
    stamp = con.execute("SELECT max(ingested_at) FROM reports").fetchone()[0]
    statuses = db.ingest_results(con, results.values())
    assert [s.status for s in statuses] == ["unchanged"] * 3
    assert statuses[0].n_facts == 686
    assert counts(con) == before
    assert con.execute("SELECT max(ingested_at) FROM reports").fetchone()[0] == stamp


def test_changed_content_at_the_same_path_replaces_the_old_version(tmp_path):
    c = db.connect(str(tmp_path / "s.duckdb"))
    path = str(tmp_path / "acme.txt")
    one = tiny_result(path, "Scope 1\t10", [Fact(10.0, "10", "t", 2024, "Scope 1", "table", line=1)], "Acme")
    two = tiny_result(path, "Scope 1\t12", [Fact(12.0, "12", "t", 2024, "Scope 1", "table", line=1)], "Acme")
    assert db.ingest_results(c, [one])[0].status == "stored"
    assert db.ingest_results(c, [two])[0].status == "replaced"
    assert c.execute("SELECT value FROM facts").fetchall() == [(12.0,)]
    assert c.execute("SELECT count(*) FROM reports").fetchone()[0] == 1
    assert c.execute("SELECT count(*) FROM lines").fetchone()[0] == 1


def test_store_error_mid_report_rolls_that_report_back(con, results, monkeypatch, tmp_path):
    before = counts(con)
    real_insert = db._insert

    def failing_insert(c, table, rows):
        if table == "facts":
            raise duckdb.ConversionException("simulated failure")
        real_insert(c, table, rows)

    monkeypatch.setattr(db, "_insert", failing_insert)
    fresh = tiny_result(str(tmp_path / "x.txt"), "a\nb", [Fact(1.0, "1", "", 2024, "x", "table", line=1)], "X")
    status = db.ingest_results(con, [fresh])[0]
    assert status.status == "failed" and "simulated failure" in status.reason
    assert counts(con) == before


def test_interrupt_mid_report_rolls_back_and_propagates(con, monkeypatch, tmp_path):
    before = counts(con)

    def interrupted(c, table, rows):
        raise KeyboardInterrupt

    monkeypatch.setattr(db, "_insert", interrupted)
    fresh = tiny_result(str(tmp_path / "y.txt"), "a", [], "Y")
    with pytest.raises(KeyboardInterrupt):
        db.ingest_results(con, [fresh])
    assert counts(con) == before


KILL_SCRIPT = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    from esglens.store import db
    from test_store_support import gold_result
    con = db.connect({store!r})
    real = db._insert
    def slow(c, table, rows):
        real(c, table, rows)
        if table == "facts" and rows.column("report_id")[0].as_py().startswith({victim!r}):
            print("inside", flush=True)
            time.sleep(60)
    db._insert = slow
    db.ingest_results(con, [gold_result("kstar-2024-esg-report")])
    print("first done", flush=True)
    db.ingest_results(con, [gold_result("calb-2024-esg-report")])
""")


def test_killed_ingest_leaves_the_store_as_before(tmp_path, results):
    store = str(tmp_path / "k.duckdb")
    victim = results["calb-2024-esg-report"].document.sha256[:16]
    script = KILL_SCRIPT.format(tests=str(Path(__file__).parent), store=store, victim=victim)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "first done"
        assert proc.stdout.readline().strip() == "inside"  # the calb transaction is open, facts written
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(10)
    c = db.connect(store, read_only=True)
    assert c.execute("SELECT name, n_facts FROM reports").fetchall() == [("kstar-2024-esg-report.txt", 150)]
    assert c.execute("SELECT count(*) FROM facts").fetchone()[0] == 150
    assert c.execute("SELECT count(*) FROM lines").fetchone()[0] == 2122
    c.close()
    # and the store takes the interrupted report on the next run
    c = db.connect(store)
    assert db.ingest_results(c, [results["calb-2024-esg-report"]])[0].status == "stored"
    assert c.execute("SELECT count(*) FROM facts").fetchone()[0] == 150 + 686
    c.close()


def test_get_report_by_id_prefix_file_name_and_company(con):
    rid = con.execute("SELECT report_id FROM reports WHERE name LIKE 'jlmag%'").fetchone()[0]
    for ref in (rid, rid[:6], "jlmag-2024-esg-report.txt", "jlmag-2024-esg-report", "JL MAG Rare-Earth Co., Ltd.",
                "jl mag"):
        assert db.get_report(con, ref)["report_id"] == rid, ref
    assert db.get_report(con, "nothing-like-this") is None
    with pytest.raises(db.AmbiguousReport) as exc:
        db.get_report(con, "Co., Ltd.")
    assert len(exc.value.candidates) == 3


def test_query_facts_filters(con):
    rid = db.get_report(con, "kstar")["report_id"]
    ghg = db.query_facts(con, report_id=rid, metric="ghg.")
    assert {f["metric"] for f in ghg} >= {"ghg.scope1", "ghg.scope2"}
    assert all(f["metric"].startswith("ghg.") for f in ghg)
    s1 = db.query_facts(con, metric="ghg.scope1", year=2024, source="table")
    assert {(f["company"], f["value"], f["line"]) for f in s1} >= {
        ("Shenzhen KSTAR Science and Technology Co., Ltd.", 6756.22, 1456), ("CALB Group Co., Ltd.", 279315.86, 566)}
    assert db.query_facts(con, q="100%_no_such_text") == []
    assert db.query_facts(con, metric="ghg.scope1", limit=2).__len__() == 2


def test_get_lines_range(con):
    rid = db.get_report(con, "calb")["report_id"]
    lines = db.get_lines(con, rid, 565, 567)
    assert [x["line"] for x in lines] == [565, 566, 567]
    assert lines[1]["text"].startswith("Scope 1")


def test_compare_picks_one_figure_per_company_year_with_change_and_source(con):
    rows = db.compare(con, ["ghg.scope1"], [2023, 2024], None)
    got = {(r["company"][:5], r["year"]): (r["value"], r["yoy_pct"], r["line"], r["other_values"]) for r in rows}
    assert got == {
        ("CALB ", 2023): (307488.75, 127.84, 566, []),
        ("CALB ", 2024): (279315.86, -9.16, 566, []),
        ("JL MA", 2023): (4052.0, 25.8, 2755, []),
        ("JL MA", 2024): (6436.68, 58.85, 2755, [6437.0]),  # the rounded highlights figure is shown as also printed
        ("Shenz", 2024): (6756.22, None, 1456, []),
    }
    only = db.compare(con, ["ghg.scope1"], [2024], ["kstar"])
    assert [(r["report_name"], r["value"]) for r in only] == [("kstar-2024-esg-report.txt", 6756.22)]


def test_compare_uses_normalized_units_and_revenue_intensity(tmp_path):
    c = db.connect(str(tmp_path / "s.duckdb"))
    facts = [Fact(1.2, "1.2", "万吨", 2023, "Scope 1", "table", line=1, metric="ghg.scope1", value_normalized=12000.0,
                  unit_normalized="tCO2e"),
             Fact(1.5, "1.5", "万吨", 2024, "Scope 1", "table", line=1, metric="ghg.scope1", value_normalized=15000.0,
                  unit_normalized="tCO2e"),
             Fact(30.0, "30", "亿元", 2024, "Revenue", "table", line=2, metric="econ.revenue",
                  value_normalized=3e9, unit_normalized="CNY")]
    db.ingest_results(c, [tiny_result(str(tmp_path / "a.txt"), "x\ny", facts, "Acme")])
    rows = db.compare(c, ["ghg.scope1"], [2024], None)
    assert len(rows) == 1
    r = rows[0]
    assert (r["value"], r["unit"], r["value_as_printed"], r["unit_as_printed"]) == (15000.0, "tCO2e", 1.5, "万吨")
    assert r["yoy_pct"] == 25.0
    assert r["intensity"] == 5.0 and r["intensity_unit"] == "tCO2e/million CNY"


def test_connect_errors_are_one_line(tmp_path):
    with pytest.raises(db.StoreError) as exc:
        db.connect(str(tmp_path / "missing.duckdb"), read_only=True)
    assert "no such store" in exc.value.reason
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(db.StoreError) as exc:
        db.connect(str(junk))
    assert "\n" not in exc.value.reason
    foreign = str(tmp_path / "foreign.duckdb")
    duckdb.connect(foreign).close()
    with pytest.raises(db.StoreError) as exc:
        db.connect(foreign, read_only=True)
    assert exc.value.reason == "not an esglens store (no reports table)"


def test_pdf_report_keeps_pages(tmp_path):
    doc = Document(path=str(tmp_path / "r.pdf"), name="r.pdf", sha256="ab" * 32, kind="pdf", page_count=2,
                   lines=[TextLine("Climate report", page=1), TextLine("Scope 1 emissions 31.4 Mt", page=2),
                          TextLine("Scope 2 emissions 2.1 Mt", page=2)])
    fact = Fact(31.4, "31.4", "Mt", 2023, "Scope 1 emissions", "narrative", page=2, metric="ghg.scope1",
                evidence="Scope 1 emissions 31.4 Mt", value_normalized=31_400_000.0, unit_normalized="tCO2e")
    c = db.connect(str(tmp_path / "s.duckdb"))
    db.ingest_results(c, [ReportResult(document=doc, facts=[fact], profile={"company": "Rio"}, report_year=2023)])
    rid = "ab" * 8
    assert [(x["seq"], x["line"], x["text"]) for x in db.get_lines(c, rid, page=2)] == [
        (2, None, "Scope 1 emissions 31.4 Mt"), (3, None, "Scope 2 emissions 2.1 Mt")]
    assert c.execute("SELECT kind, page_count, n_lines FROM reports").fetchone() == ("pdf", 2, 3)
    row = db.compare(c, ["ghg.scope1"], None, None)[0]
    assert (row["value"], row["unit"], row["line"], row["page"]) == (31_400_000.0, "tCO2e", None, 2)


def test_a_library_without_reviews_reads_its_facts_without_the_reviews_join(con, monkeypatch):
    from esglens.store import compare as compare_mod, query, reviewed

    assert reviewed.has_reviews(con) is False
    metrics = ["ghg.scope1", "energy.total", "water.withdrawal", "econ.revenue"]
    fast = (db.compare(con, metrics), query.query_facts(con, q="emission", limit=50, count=True))
    monkeypatch.setattr(compare_mod, "has_reviews", lambda c: True)   # the full reviewed path, on no reviews
    monkeypatch.setattr(query, "has_reviews", lambda c: True)
    full = (db.compare(con, metrics), query.query_facts(con, q="emission", limit=50, count=True))
    assert fast == full and len(fast[0]) > 10 and fast[1][1] > 0
    assert "LEFT JOIN" not in reviewed.effective_facts("TRUE", reviews=False)
