"""The library at scale: compare in SQL agrees with the figure-choosing rules, facts kept sorted, summaries."""
from __future__ import annotations

from collections import Counter, defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esglens.model import Fact
from esglens.store import db, maintain
from test_store import tiny_result

REVENUE = "econ.revenue"


# --- the rules, written out plainly over Python dicts (the reference the SQL must agree with) -------

def reference_compare(facts: list[dict], metrics: list[str], years: list[int] | None) -> list[dict]:
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for f in facts:
        if f["metric"] in (*metrics, REVENUE) and f["value"] is not None and f["year"] is not None:
            groups[(f["metric"], f["company"], f["year"])].append(f)
    chosen = {key: _best(c) for key, c in groups.items()}
    out = []
    for (metric, company, year), row in chosen.items():
        if metric not in metrics or (years and year not in years):
            continue
        prev = chosen.get((metric, company, year - 1))
        row = dict(row)
        row["yoy_pct"] = (round((row["value"] - prev["value"]) / abs(prev["value"]) * 100, 2)
                          if prev and prev["unit"] == row["unit"] and prev["value"] else None)
        rev = chosen.get((REVENUE, company, year))
        row["intensity"] = (row["value"] / (rev["value"] / 1e6)
                            if rev and rev["value"] and rev["normalized"] else None)
        out.append(row)
    order = {m: i for i, m in enumerate(metrics)}
    return sorted(out, key=lambda r: (order[r["metric"]], r["company"].lower(), r["company"], r["year"]))


def _figure(f: dict) -> tuple[float, str]:
    if f["value_normalized"] is not None and f["unit_normalized"]:
        return f["value_normalized"], f["unit_normalized"]
    return f["value"], f["unit"] or ""


def _best(cands: list[dict]) -> dict:
    votes = Counter(_figure(f) for f in cands)
    best = min(cands, key=lambda f: (-(f["report_year"] or 0), f["source"] != "table", -votes[_figure(f)],
                                     f["fact_id"], f["report_id"]))
    value, unit = _figure(best)
    return {"metric": best["metric"], "company": best["company"], "year": best["year"], "value": value,
            "unit": unit, "report_id": best["report_id"], "fact_id": best["fact_id"],
            "n_candidates": len(cands), "other_values": sorted({v for v, _ in votes if v != value}),
            "normalized": best["value_normalized"] is not None and bool(best["unit_normalized"])}


# --- generated libraries -------------------------------------------------------------------------

fact_st = st.fixed_dictionaries({
    "metric": st.sampled_from(["ghg.scope1", "water.withdrawal", REVENUE, None]),
    "value": st.one_of(st.none(), st.sampled_from([0.0, 5.0, 10.0, 12.5, 100.0])),
    "year": st.one_of(st.none(), st.integers(2021, 2024)),
    "source": st.sampled_from(["table", "narrative"]),
    "norm": st.sampled_from([None, 1.0, 1000.0]),
    "unit": st.sampled_from(["t", "kt", ""]),
})
report_st = st.tuples(st.sampled_from(["Alpha Co", "Beta Ltd", "alpha co"]), st.integers(2022, 2024),
                      st.lists(fact_st, min_size=1, max_size=8))


def _build(con, reports) -> list[dict]:
    flat = []
    for n, (company, year, facts) in enumerate(reports):
        objs = []
        for f in facts:
            vn = f["value"] * f["norm"] if f["norm"] is not None and f["value"] is not None else None
            objs.append(Fact(f["value"], str(f["value"]), f["unit"], f["year"], "x", f["source"], line=1,
                             metric=f["metric"], value_normalized=vn, unit_normalized="tCO2e" if vn is not None else None))
        res = tiny_result(f"/lib/r{n}.txt", f"report {n}", objs, company, year)
        assert db.store_result(con, res).status == "stored"
        rid = res.document.sha256[:16]
        for i, (f, o) in enumerate(zip(facts, objs), 1):
            flat.append({"metric": o.metric, "value": o.value, "year": o.year, "source": o.source, "unit": o.unit,
                         "value_normalized": o.value_normalized, "unit_normalized": o.unit_normalized,
                         "company": company, "report_year": year, "report_id": rid, "fact_id": i})
    return flat


KEYS = ("metric", "company", "year", "value", "unit", "report_id", "fact_id", "n_candidates", "other_values",
        "normalized", "yoy_pct", "intensity")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(report_st, min_size=1, max_size=5), st.sampled_from([None, [2023], [2022, 2024]]))
def test_sql_compare_agrees_with_the_rules(reports, years):
    con = db.connect(":memory:")
    try:
        flat = _build(con, reports)
        got = [{k: r[k] for k in KEYS} for r in db.compare(con, ["ghg.scope1", "water.withdrawal"], years)]
        want = [{k: r[k] for k in KEYS}
                for r in reference_compare(flat, ["ghg.scope1", "water.withdrawal"], years)]
        assert got == want
    finally:
        con.close()


# --- sorted facts and the metric summary ---------------------------------------------------------

def _library(con, n_reports: int, per_report: int, first: int = 0) -> None:
    for n in range(first, first + n_reports):
        facts = [Fact(float(i), str(i), "t", 2024, "x", "table", line=i + 1,
                      metric=("ghg.scope1", "water.withdrawal", None)[(i + n) % 3]) for i in range(per_report)]
        db.store_result(con, tiny_result(f"/lib/s{n}.txt", f"sorted {n}", facts, f"Company {n}"))


def test_facts_are_sorted_once_enough_came_unsorted(monkeypatch):
    monkeypatch.setattr(maintain, "SORT_MIN_ROWS", 50)
    con = db.connect(":memory:")
    _library(con, 4, 30)
    assert maintain.refresh(con) == {"sorted": True}
    metrics = [r[0] for r in con.execute("SELECT metric FROM facts").fetchall()]
    assert metrics == sorted(metrics, key=lambda m: (m is None, m or ""))
    assert maintain.refresh(con) == {"sorted": False}  # nothing new since
    _library_one_more = tiny_result("/lib/extra.txt", "extra", [Fact(1.0, "1", "t", 2024, "x", "table", line=1)], "X")
    db.store_result(con, _library_one_more)  # 1 row more of 121: under the 10 % share
    assert maintain.needs_sort(con) is False
    con.close()


def test_metric_summary_is_stored_after_refresh_and_live_when_stale():
    con = db.connect(":memory:")
    _library(con, 3, 9)
    live = maintain.metric_summary(con)  # stale: counted from the facts
    assert live == [{"metric": "ghg.scope1", "companies": 3, "facts": 9},
                    {"metric": "water.withdrawal", "companies": 3, "facts": 9}]
    maintain.refresh(con)
    con.execute("UPDATE metric_summary SET facts = facts + 1000")  # proves the stored table is read
    assert [r["facts"] for r in maintain.metric_summary(con)] == [1009, 1009]
    _library(con, 1, 3, first=3)  # a new report makes the summary stale again
    assert maintain.metric_summary(con) == [{"metric": "ghg.scope1", "companies": 4, "facts": 10},
                                            {"metric": "water.withdrawal", "companies": 4, "facts": 10}]
    con.close()


def test_prepared_rows_store_like_a_result_and_pickle(tmp_path):
    import pickle

    res = tiny_result(str(tmp_path / "p.txt"), "a\nb", [Fact(2.0, "2", "t", 2024, "Scope 1", "table", line=2,
                                                            metric="ghg.scope1")], "P Co")
    prep = pickle.loads(pickle.dumps(db.prepare(res)))
    con = db.connect(":memory:")
    assert db.store_prepared(con, prep).status == "stored"
    assert db.store_prepared(con, prep).status == "unchanged"
    assert con.execute("SELECT label, value FROM facts").fetchall() == [("Scope 1", 2.0)]
    assert con.execute("SELECT count(*) FROM lines").fetchone()[0] == 2
    con.close()


@pytest.mark.parametrize("ref,expected", [("p co", ["p.txt"]), ("P.TXT", ["p.txt"]), ("tx", ["p.txt", "q.txt"])])
def test_find_report_in_sql_keeps_the_order_of_tests(tmp_path, ref, expected):
    con = db.connect(":memory:")
    for name, company in (("p.txt", "P Co"), ("q.txt", "Q Partners")):
        db.store_result(con, tiny_result(str(tmp_path / name), name, [], company))
    assert sorted(r["name"] for r in db.find_report(con, ref)) == expected
    con.close()
