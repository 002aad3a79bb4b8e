"""What each page shows, read from the store as plain dicts (no HTML here)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import duckdb

from ..store import db as store
from ..store.maintain import metric_summary
from ..store.review import progress
from ..store.reviewed import effective_facts

PAGE_SIZE = 200          # facts per report page
LIBRARY_PAGE = 200       # reports per library page
COMPARE_ROWS = 2000      # figures on one compare page (narrow by year or company for the rest)
COVERAGE_STATUSES = ("reported_with_evidence", "claimed_no_evidence", "omitted", "missing")


def _dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


@dataclass
class LibraryPage:
    reports: list[dict]
    total: int
    page: int
    pages: int


def library(con: duckdb.DuckDBPyConnection | None, page: int = 1) -> LibraryPage:
    """One page of the stored reports with their counts; coverage summed by status for the library's bar."""
    if con is None:
        return LibraryPage([], 0, 1, 1)
    total = store.count_reports(con)
    pages = max(1, -(-total // LIBRARY_PAGE))
    page = min(max(page, 1), pages)
    reports = store.list_reports(con, limit=LIBRARY_PAGE, offset=(page - 1) * LIBRARY_PAGE)
    counts: dict[str, dict[str, int]] = {}
    for rid, status, n in con.execute(
            "SELECT report_id, status, count(*) FROM coverage WHERE report_id IN (SELECT unnest(?)) GROUP BY ALL",
            [[r["report_id"] for r in reports]]).fetchall():
        counts.setdefault(rid, {})[status] = n
    reviewed = progress(con, [r["report_id"] for r in reports])
    for r in reports:
        r["coverage_counts"] = counts.get(r["report_id"], {})
        r["review"] = reviewed.get(r["report_id"], {"facts": 0, "reviewed": 0})
    return LibraryPage(reports, total, page, pages)


def report(con: duckdb.DuckDBPyConnection | None, report_id: str) -> dict | None:
    """One report by its exact id (URLs carry ids; no fuzzy matching)."""
    if con is None:
        return None
    rows = _dicts(con, "SELECT * FROM reports WHERE report_id = ?", [report_id])
    return rows[0] if rows else None


@dataclass
class FactFilter:
    metric: str | None = None
    section: str | None = None
    q: str | None = None
    year: int | None = None
    source: str | None = None
    page: int = 1

    def params(self, **change: Any) -> dict[str, Any]:
        """The query string of this filter (empty values dropped), with some values changed."""
        values = {"metric": self.metric, "section": self.section, "q": self.q, "year": self.year,
                  "source": self.source, "p": self.page if self.page > 1 else None}
        values.update(change)
        return {k: v for k, v in values.items() if v not in (None, "")}


@dataclass
class FactPage:
    facts: list[dict]
    total: int
    page: int
    pages: int
    choices: dict[str, list] = field(default_factory=dict)


def facts_page(con: duckdb.DuckDBPyConnection, report_id: str, flt: FactFilter,
               choices: dict[str, list] | None = None) -> FactPage:
    """One page of the report's facts under the filter (counted and cut in SQL), and each filter's values
    (`choices`, when the caller has them already)."""
    # The section is chosen from a list of exact names; a typed part of a name matches too.
    exact = bool(flt.section) and con.execute(
        "SELECT count(*) > 0 FROM facts WHERE report_id = ? AND section = ?", [report_id, flt.section]).fetchone()[0]
    args = dict(report_id=report_id, metric=flt.metric, section=flt.section, q=flt.q, year=flt.year,
                source=flt.source, exact_section=exact)
    page = max(flt.page, 1)
    shown, total = store.query_facts(con, **args, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, count=True)
    pages = max(1, -(-total // PAGE_SIZE))
    if page > pages:  # past the end: the last page
        page = pages
        shown = store.query_facts(con, **args, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return FactPage(facts=shown, total=total, page=page, pages=pages,
                    choices=choices if choices is not None else fact_choices(con, report_id))


def fact_choices(con: duckdb.DuckDBPyConnection, report_id: str) -> dict[str, list]:
    """The values each filter can take, in one query (metrics and years sorted, sections in report order)."""
    row = con.execute(
        "SELECT list(DISTINCT metric ORDER BY metric) FILTER (WHERE metric IS NOT NULL), "
        "list(DISTINCT year ORDER BY year) FILTER (WHERE year IS NOT NULL), "
        "(SELECT list(section ORDER BY first) FROM (SELECT section, min(fact_id) AS first FROM facts "
        " WHERE report_id = $rid AND section IS NOT NULL GROUP BY 1)) "
        f"FROM {effective_facts('f.report_id = $rid')}", {"rid": report_id}).fetchone()
    return {"metric": row[0] or [], "section": row[2] or [], "year": row[1] or []}


def findings(con: duckdb.DuckDBPyConnection, report_id: str) -> list[dict]:
    out = []
    for f in store.get_findings(con, report_id):
        f["lines"] = _json_list(f.get("lines"))
        f["pages"] = _json_list(f.get("pages"))
        out.append(f)
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(out, key=lambda f: (order.get(f["severity"], 3), f["finding_id"]))


def _json_list(text: str | None) -> list:
    try:
        value = json.loads(text or "[]")
    except (TypeError, ValueError):
        return []
    return value if isinstance(value, list) else []


def coverage_grid(con: duckdb.DuckDBPyConnection, report_id: str) -> list[dict]:
    """Coverage as heatmap rows: one per framework, its items as cells in catalog order, with counts."""
    rows = _dicts(con, "SELECT framework, code, label, kind, requirement, status, evidence, index_line "
                       "FROM coverage WHERE report_id = ? ORDER BY framework, code", [report_id])
    grid: dict[str, dict] = {}
    for r in rows:
        fw = grid.setdefault(r["framework"] or "?", {"framework": r["framework"] or "?", "cells": [],
                                                     "counts": dict.fromkeys(COVERAGE_STATUSES, 0)})
        fw["cells"].append(r)
        fw["counts"][r["status"]] = fw["counts"].get(r["status"], 0) + 1
    for fw in grid.values():
        fw["cells"].sort(key=lambda c: _code_key(c["code"]))
    return list(grid.values())


def _code_key(code: str | None) -> tuple:
    """Natural order: GRI 2-9 before GRI 2-10."""
    import re

    parts = re.split(r"(\d+)", code or "")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def index_summary(con: duckdb.DuckDBPyConnection, report_id: str) -> list[tuple[str, int]]:
    return [tuple(r) for r in con.execute(
        "SELECT framework, count(*) FROM index_entries WHERE report_id = ? GROUP BY 1 ORDER BY 1",
        [report_id]).fetchall()]


def fact(con: duckdb.DuckDBPyConnection, report_id: str, fact_id: int) -> dict | None:
    """One fact as reviewed (its review columns included)."""
    rows = _dicts(con, f"SELECT * FROM {effective_facts('f.report_id = ? AND f.fact_id = ?')}", [report_id, fact_id])
    return rows[0] if rows else None


def page_facts(con: duckdb.DuckDBPyConnection, report_id: str, page: int) -> list[dict]:
    """The facts printed on one PDF page with a box, as reviewed."""
    return _dicts(con, f"SELECT fact_id, label, raw, boxes, review FROM "
                       f"{effective_facts('f.report_id = ? AND f.page = ? AND f.boxes IS NOT NULL')} ORDER BY fact_id",
                  [report_id, page])


def same_raw_rank(con: duckdb.DuckDBPyConnection, f: dict) -> tuple[int, int]:
    """(this fact's rank, how many facts) among the facts with the same raw text at the same place.

    Facts of one row are extracted left to right, so the k-th such fact stands at the k-th occurrence.
    """
    where = "line = ?" if f["line"] is not None else "page = ? AND line IS NULL"
    place = f["line"] if f["line"] is not None else f["page"]
    ids = [r[0] for r in con.execute(
        f"SELECT fact_id FROM facts WHERE report_id = ? AND {where} AND raw = ? ORDER BY fact_id",
        [f["report_id"], place, f["raw"]]).fetchall()]
    return (ids.index(f["fact_id"]) if f["fact_id"] in ids else 0), max(len(ids), 1)


def lines(con: duckdb.DuckDBPyConnection, report_id: str, *, start: int | None = None, end: int | None = None,
          page: int | None = None) -> list[dict]:
    return store.get_lines(con, report_id, start=start, end=end, page=page)


def compare_metrics(con: duckdb.DuckDBPyConnection | None) -> list[dict]:
    """Metrics with values in the store: how many companies and facts give them."""
    if con is None:
        return []
    return metric_summary(con)


def trend_metrics(con: duckdb.DuckDBPyConnection, report_id: str, limit: int = 6) -> list[str]:
    """The report's metrics given for at least two years, most often stated first."""
    return [r[0] for r in con.execute(
        f"SELECT metric FROM {effective_facts('f.report_id = ?')} WHERE metric IS NOT NULL AND value IS NOT NULL "
        "AND review IS DISTINCT FROM 'rejected' "
        "AND year IS NOT NULL GROUP BY 1 HAVING count(DISTINCT year) >= 2 ORDER BY count(*) DESC, 1 LIMIT ?",
        [report_id, limit]).fetchall()]


def compare(con: duckdb.DuckDBPyConnection | None, metrics: list[str], years: list[int] | None = None,
            companies: list[str] | None = None, limit: int | None = None) -> list[dict]:
    if con is None or not metrics:
        return []
    return store.compare(con, metrics, years or None, companies or None, limit=limit)
