"""Reviews: stable fact keys, accept / correct / reject with who and when, kept apart from the facts,
surviving re-ingest, and read as reviewed by compare, the metric summary and the exports."""
from __future__ import annotations

import csv
import json

import duckdb
import pytest

from esglens.export.writers import export
from esglens.model import Fact
from esglens.store import db, maintain, review
from esglens.store.review import ReviewError
from test_store import tiny_result

TEXT = "Acme 2024\nIndicator Unit 2023 2024\nScope 1 emissions t 1,100 1,250\nScope 1 emissions t 1,100 1,250\n"


def _facts() -> list[Fact]:
    def f(raw, value, year, line=3, metric="ghg.scope1"):
        return Fact(value=value, raw=raw, unit="t", year=year, label="Scope 1 emissions", source="table",
                    line=line, metric=metric, column=str(year), value_normalized=value, unit_normalized="tCO2e")
    # the same row printed twice (line 3 and 4), and one row read with the wrong metric
    return [f("1,100", 1100.0, 2023), f("1,250", 1250.0, 2024), f("1,100", 1100.0, 2023, line=4),
            f("1,250", 1250.0, 2024, line=4, metric="ghg.scope2")]


@pytest.fixture
def con():
    c = db.connect(":memory:")
    db.store_result(c, tiny_result("/r/acme-2024.txt", TEXT, _facts(), "Acme"))
    db.store_result(c, tiny_result("/r/beta-2024.txt", TEXT + "beta\n", _facts()[:2], "Beta"))
    yield c
    c.close()


def _acme(con) -> str:
    return db.get_report(con, "acme-2024.txt")["report_id"]


def _keys(con, rid) -> list[str]:
    return [r[0] for r in con.execute("SELECT fact_key FROM facts WHERE report_id = ? ORDER BY fact_id", [rid]).fetchall()]


def test_fact_keys_are_unique_and_name_the_report_and_place(con):
    rid = _acme(con)
    keys = _keys(con, rid)
    assert len(set(keys)) == 4
    assert all(k.startswith(f"{rid}:l") for k in keys)
    assert keys[0].split(":")[1] == "l3" and keys[2].split(":")[1] == "l4"
    # the same label, column and printed text at another place is another fact
    assert keys[0].split(":")[2] == keys[2].split(":")[2]
    twice = review.fact_keys("r", [(1, None, "a", "2023", "5", "table")] * 2)
    assert twice[0].startswith("r:p1:") and twice[1] == twice[0] + "~2"


def test_correct_keeps_the_extracted_fact_and_records_who_and_when(con):
    key = _keys(con, _acme(con))[1]
    got = review.record(con, key, "correct", "Ana", value="1,205", unit="kt")
    assert (got["value"], got["unit"], got["review"], got["reviewed_by"]) == (1205.0, "kt", "corrected", "Ana")
    assert got["value_normalized"] == 1_205_000 and got["unit_normalized"] == "tCO2e"   # kt → t, by the catalog
    assert got["corrected_from"] == "value=1,250; unit=t"
    assert got["reviewed_at"] is not None
    # the stored fact is unchanged
    assert con.execute("SELECT value, unit FROM facts WHERE fact_key = ?", [key]).fetchone() == (1250.0, "t")
    hist = review.history(con, key)
    assert [h["action"] for h in hist] == ["correct"] and json.loads(hist[0]["extracted"])["value"] == 1250.0


def test_reviews_survive_reingest_of_the_same_report(con):
    rid = _acme(con)
    keys = _keys(con, rid)
    review.record(con, keys[0], "accept", "Ana")
    review.record(con, keys[3], "correct", "Bo", metric="ghg.scope1")
    assert db.store_result(con, tiny_result("/r/acme-2024.txt", TEXT, _facts(), "Acme"), force=True).status == "stored"
    assert _keys(con, rid) == keys
    assert [f["review"] for f in review.list_facts(con, rid, "all")] == ["accepted", None, None, "corrected"]
    assert review.progress(con, [rid])[rid] == {"facts": 4, "reviewed": 2, "accepted": 1, "corrected": 1,
                                                "rejected": 0}


def test_reset_takes_a_review_back_and_reject_leaves_compare(con):
    rid = _acme(con)
    key = _keys(con, rid)[1]
    before = [r for r in db.compare(con, ["ghg.scope1"]) if r["company"] == "Acme" and r["year"] == 2024]
    assert before[0]["value"] == 1250.0
    review.record(con, key, "reject", "Ana")
    review.record(con, _keys(con, rid)[3], "reject", "Ana")
    assert not [r for r in db.compare(con, ["ghg.scope1"]) if r["company"] == "Acme" and r["year"] == 2024]
    review.record(con, key, "reset", "Ana")
    assert review.get_fact(con, key)["review"] is None
    assert [r["value"] for r in db.compare(con, ["ghg.scope1"]) if r["company"] == "Acme" and r["year"] == 2024] == [1250.0]


def test_compare_and_summary_use_the_corrected_metric_and_value(con):
    rid = _acme(con)
    keys = _keys(con, rid)
    review.record(con, keys[1], "reject", "Ana")
    # the fourth fact was read as Scope 2: corrected to Scope 1 with another value, it is now the figure
    review.record(con, keys[3], "correct", "Ana", metric="ghg.scope1", value=1260)
    rows = [r for r in db.compare(con, ["ghg.scope1"]) if r["company"] == "Acme" and r["year"] == 2024]
    assert [(r["value"], r["review"], r["corrected_from"], r["fact_key"]) for r in rows] == [
        (1260.0, "corrected", "value=1,250; metric=ghg.scope2", keys[3])]
    assert not db.compare(con, ["ghg.scope2"])
    maintain.refresh(con)
    assert {r["metric"] for r in maintain.metric_summary(con)} == {"ghg.scope1"}


def test_csv_export_carries_the_corrected_value_and_says_so(con, tmp_path):
    key = _keys(con, _acme(con))[1]
    review.record(con, key, "correct", "Ana", value=1205, note="restated in the 2025 report")
    export(con, "csv", tmp_path / "out")
    with open(tmp_path / "out" / "facts.csv", encoding="utf-8") as fh:
        rows = {r["fact_key"]: r for r in csv.DictReader(fh)}
    row = rows[key]
    assert (row["value"], row["review"], row["reviewed_by"], row["corrected_from"], row["review_note"]) == (
        "1205.0", "corrected", "Ana", "value=1,250", "restated in the 2025 report")
    assert sum(1 for r in rows.values() if r["review"]) == 1
    with open(tmp_path / "out" / "reviews.csv", encoding="utf-8") as fh:
        assert [(r["fact_key"], r["action"], r["reviewer"]) for r in csv.DictReader(fh)] == [(key, "correct", "Ana")]


@pytest.mark.parametrize("action, fields, reason", [
    ("approve", {}, "unknown action 'approve'"),
    ("correct", {}, "a correction gives at least one of"),
    ("accept", {"value": 3}, "only 'correct' changes fields"),
    ("correct", {"value": "lots"}, "value 'lots' is not a number"),
    ("correct", {"year": "1066"}, "year 1066 is outside"),
    ("correct", {"metric": "ghg.scope9"}, "unknown metric 'ghg.scope9'"),
])
def test_bad_reviews_are_refused_with_one_line(con, action, fields, reason):
    key = _keys(con, _acme(con))[0]
    with pytest.raises(ReviewError) as err:
        review.record(con, key, action, "Ana", **fields)
    assert reason in str(err.value) and "\n" not in str(err.value)
    assert con.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
    with pytest.raises(ReviewError, match="no stored fact has this key"):
        review.record(con, "nope:l1:0", "accept", "Ana")
    with pytest.raises(ReviewError, match="say who reviews"):
        review.record(con, key, "accept", " ")


def test_an_older_library_gets_keys_and_the_reviews_table_on_open(tmp_path):
    path = str(tmp_path / "old.duckdb")
    c = db.connect(path)
    db.store_result(c, tiny_result("/r/acme-2024.txt", TEXT, _facts(), "Acme"))
    keys = _keys(c, _acme(c))
    # make it look like a library written before keys and reviews
    c.execute("DROP TABLE reviews")
    c.execute("CREATE TABLE f2 AS SELECT * EXCLUDE (fact_key, boxes) FROM facts")
    c.execute("DROP TABLE facts")
    c.execute("ALTER TABLE f2 RENAME TO facts")
    c.close()
    for _ in range(2):   # opening twice changes nothing the second time
        c = db.connect(path)
        assert _keys(c, _acme(c)) == keys
        assert c.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
        c.close()
    ro = duckdb.connect(path, read_only=True)
    assert [d[0] for d in ro.execute("SELECT * FROM facts LIMIT 0").description][-2:] == ["fact_key", "boxes"]
    ro.close()


def test_the_header_box_is_the_cell_above_the_value_printing_its_column():
    """A constructed two-page table (wording no sample uses): the header is found on the value's page only."""
    from esglens.model import Document, RawRow, TableBlock
    from esglens.store.boxes import HeaderFinder

    def row(cells, page, top):
        xs = [(40, 150), (300, 340), (380, 420)]
        return RawRow(cells=cells, page=page, boxes=[(x0, top, x1, top + 8) if c else None
                                                     for c, (x0, x1) in zip(cells, xs)])

    block = TableBlock(id="p5-t1", positioned=True, rows=[
        row(["Residues by kind", "FY2023", "FY2024¹"], 5, 100), row(["Dangerous residues", "12", "14"], 5, 112),
        row(["Other residues", "30", ""], 5, 124), row(["Recovered residues", "5", "6"], 6, 60)])
    doc = Document(path="x.pdf", name="x.pdf", sha256="0" * 64, kind="pdf", lines=[], blocks=[block])
    finder = HeaderFinder(doc)

    def fact(r, i, column):
        return Fact(value=1.0, raw="1", unit="t", year=None, label="l", source="table", page=block.rows[r].page,
                    table_id="p5-t1", column=column, box=block.rows[r].boxes[i])

    assert finder.header_box(fact(1, 2, "FY2024")) == (380, 100, 420, 108)     # the note '¹' is no matter
    assert finder.header_box(fact(2, 1, "FY2023")) == (300, 100, 340, 108)
    assert finder.header_box(fact(3, 2, "FY2024")) is None       # the header stands on the page before
    assert finder.header_box(fact(1, 2, "Target")) is None       # no cell above prints the column
