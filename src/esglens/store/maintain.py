"""Keep the library fast as it grows: facts in (metric, year, report) order, and a per-metric summary.

DuckDB keeps min/max per block of rows: with the facts sorted by metric, a query for one metric reads only
the blocks holding it. Reports are appended as they are ingested, so the sort is redone when the rows added
since the last sort pass a share of the table (the cost stays linear overall: each sort is paid for by the
rows added since the one before).
"""
from __future__ import annotations

from typing import Any

from .reviewed import effective_facts

# Named tolerances (settings).
SORT_MIN_ROWS = 200_000        # below this a full scan is already instant
SORT_TAIL_SHARE = 0.10         # re-sort once this share of the facts came after the last sort
FACTS_ORDER = "metric, year, report_id, fact_id"

SUMMARY_SQL = f"""
    SELECT f.metric, count(DISTINCT coalesce(nullif(r.company, ''), r.name)) AS companies, sum(f.n) AS facts
    FROM (SELECT report_id, metric, count(*) AS n FROM {effective_facts()}
          WHERE metric IS NOT NULL AND value IS NOT NULL AND review IS DISTINCT FROM 'rejected' GROUP BY ALL) f
    JOIN reports r USING (report_id) GROUP BY 1"""


def _meta(con: Any, key: str) -> str | None:
    row = con.execute("SELECT value FROM store_meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _set_meta(con: Any, key: str, value: str) -> None:
    con.execute("INSERT OR REPLACE INTO store_meta VALUES (?, ?)", [key, value])


def needs_sort(con: Any) -> bool:
    total = con.execute("SELECT count(*) FROM facts").fetchone()[0]
    sorted_rows = int(_meta(con, "facts_sorted_rows") or 0)
    return total >= SORT_MIN_ROWS and total - sorted_rows > SORT_TAIL_SHARE * total


def sort_facts(con: Any) -> None:
    """Rewrite the facts table in FACTS_ORDER, in one transaction."""
    con.begin()
    try:
        con.execute(f"CREATE TABLE facts__sorted AS SELECT * FROM facts ORDER BY {FACTS_ORDER}")
        con.execute("DROP TABLE facts")
        con.execute("ALTER TABLE facts__sorted RENAME TO facts")
        n = con.execute("SELECT count(*) FROM facts").fetchone()[0]
        _set_meta(con, "facts_sorted_rows", str(n))
        con.commit()
    except BaseException:
        con.rollback()
        raise


def refresh(con: Any, *, force_sort: bool = False) -> dict:
    """After an ingest: sort the facts when enough came unsorted, rebuild the metric summary."""
    did_sort = force_sort or needs_sort(con)
    if did_sort:
        sort_facts(con)
    con.begin()
    try:
        con.execute("DELETE FROM metric_summary")
        con.execute(f"INSERT INTO metric_summary {SUMMARY_SQL}")
        _set_meta(con, "summary", "fresh")
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return {"sorted": did_sort}


def metric_summary(con: Any) -> list[dict]:
    """Metrics with values in the store: how many companies and facts give them (most companies first)."""
    fresh = False
    try:
        fresh = _meta(con, "summary") == "fresh"
    except Exception:  # an older store without the table: count live
        fresh = False
    sql = ("SELECT metric, companies, facts FROM metric_summary" if fresh else SUMMARY_SQL)
    cur = con.execute(f"SELECT * FROM ({sql}) ORDER BY companies DESC, metric")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]
