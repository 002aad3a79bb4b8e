"""Reading the library: every filter, count and page is a DuckDB query; only the rows asked for reach Python.

The web app and the commands reuse these helpers; they return plain dicts.
"""
from __future__ import annotations

import json
from typing import Any

import duckdb

from .reviewed import effective_facts, has_reviews


class AmbiguousReport(LookupError):
    def __init__(self, ref: str, candidates: list[dict]):
        names = ", ".join(f"{c['report_id']} ({c['name']})" for c in candidates[:5])
        self.reason = f"matches {len(candidates)} reports: {names}"
        super().__init__(f"'{ref}' {self.reason}")
        self.ref = ref
        self.candidates = candidates


def dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list | dict | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def one(con: duckdb.DuckDBPyConnection, sql: str, params: list | dict | None = None) -> dict | None:
    rows = dicts(con, sql, params)
    return rows[0] if rows else None


REPORT_ORDER = "ORDER BY lower(company), report_year, name"


def list_reports(con: duckdb.DuckDBPyConnection, *, limit: int | None = None, offset: int = 0) -> list[dict]:
    page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit else ""
    return dicts(con, f"SELECT * FROM reports {REPORT_ORDER}{page}")


def count_reports(con: duckdb.DuckDBPyConnection) -> int:
    return con.execute("SELECT count(*) FROM reports").fetchone()[0]


# Ways a reference names a report, tried in order; the first that matches anything wins.
_REF_TESTS = (
    "report_id = $low OR sha256 = $low",
    "length($low) >= 4 AND starts_with(report_id, $low)",
    "lower(coalesce(name, '')) = $low",
    "lower(regexp_replace(coalesce(name, ''), '\\.[^.]*$', '')) = $low",
    "lower(coalesce(company, '')) = $low",
    "contains(lower(coalesce(company, '')), $low) OR contains(lower(coalesce(name, '')), $low)",
)


def find_report(con: duckdb.DuckDBPyConnection, ref: str) -> list[dict]:
    """Reports matching ref, tried in order: id, id prefix, file name, file stem, company, company part."""
    low = ref.strip().casefold()
    cases = " ".join(f"WHEN {t} THEN {i}" for i, t in enumerate(_REF_TESTS))
    return dicts(con, f"""SELECT * EXCLUDE (rank_) FROM (SELECT *, CASE {cases} END AS rank_ FROM reports)
                          WHERE rank_ IS NOT NULL QUALIFY rank_ = min(rank_) OVER () {REPORT_ORDER}""",
                 {"low": low})


def get_report(con: duckdb.DuckDBPyConnection, ref: str) -> dict | None:
    """One report by id, file name or company; None when nothing matches; AmbiguousReport when several do."""
    hits = find_report(con, ref)
    if len(hits) > 1:
        raise AmbiguousReport(ref, hits)
    return hits[0] if hits else None


def _fact_where(report_id: str | None, metric: str | None, section: str | None, q: str | None,
                year: int | None, source: str | None, exact_section: bool) -> tuple[list[str], list]:
    where, params = [], []
    if report_id:
        where.append("f.report_id = ?")
        params.append(report_id)
    if metric:
        if metric.endswith((".", "*")):
            where.append("f.metric LIKE ? ESCAPE '\\'")
            params.append(like_escape(metric.rstrip("*")) + "%")
        else:
            where.append("f.metric = ?")
            params.append(metric)
    if section and exact_section:
        where.append("f.section = ?")
        params.append(section)
    elif section:
        where.append("f.section ILIKE ? ESCAPE '\\'")
        params.append("%" + like_escape(section) + "%")
    if q:
        where.append("(f.label ILIKE ? ESCAPE '\\' OR f.raw ILIKE ? ESCAPE '\\' OR f.evidence ILIKE ? ESCAPE '\\'"
                     " OR f.metric ILIKE ? ESCAPE '\\')")
        params += ["%" + like_escape(q) + "%"] * 4
    if year is not None:
        where.append("f.year = ?")
        params.append(int(year))
    if source:
        where.append("f.source = ?")
        params.append(source)
    return where, params


def query_facts(con: duckdb.DuckDBPyConnection, report_id: str | None = None, metric: str | None = None,
                section: str | None = None, q: str | None = None, year: int | None = None,
                source: str | None = None, limit: int | None = None, offset: int = 0,
                exact_section: bool = False, count: bool = False) -> Any:
    """Facts as reviewed, with their report's name and company. metric 'ghg.' or 'ghg.*' matches the whole family.

    With count=True: (the page of rows, how many facts match in all), both from SQL.
    """
    where, params = _fact_where(report_id, metric, section, q, year, source, exact_section)
    cond = " WHERE " + " AND ".join(where) if where else ""
    facts = effective_facts(reviews=has_reviews(con))
    # with count: the total rides along on every row (one query); a page past the end asks for it apart
    total_col = ", count(*) OVER () AS _total_" if count else ""
    sql = (f"SELECT f.*, r.name AS report_name, r.company{total_col} FROM {facts} f "
           "JOIN reports r USING (report_id)" + cond + " ORDER BY lower(r.company), r.report_id, f.fact_id")
    if limit:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    rows = dicts(con, sql, params)
    if not count:
        return rows
    if rows:
        total = rows[0]["_total_"]
        for row in rows:
            del row["_total_"]
        return rows, total
    return rows, con.execute(f"SELECT count(*) FROM {facts} f" + cond, params).fetchone()[0]


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def get_findings(con: duckdb.DuckDBPyConnection, report_id: str) -> list[dict]:
    return dicts(con, "SELECT * FROM findings WHERE report_id = ? ORDER BY finding_id", [report_id])


def get_index_entries(con: duckdb.DuckDBPyConnection, report_id: str) -> list[dict]:
    return dicts(con, "SELECT * FROM index_entries WHERE report_id = ? ORDER BY entry_id", [report_id])


def get_coverage(con: duckdb.DuckDBPyConnection, report_id: str) -> list[dict]:
    return dicts(con, "SELECT * FROM coverage WHERE report_id = ? ORDER BY framework, code", [report_id])


def get_profile(con: duckdb.DuckDBPyConnection, report_id: str) -> dict:
    row = one(con, "SELECT profile FROM profiles WHERE report_id = ?", [report_id])
    return json.loads(row["profile"]) if row and row["profile"] else {}


def get_lines(con: duckdb.DuckDBPyConnection, report_id: str, start: int | None = None, end: int | None = None,
              page: int | None = None) -> list[dict]:
    """Source lines of a report: a line range (text input) or one page (PDF input), in document order."""
    where, params = ["report_id = ?"], [report_id]
    if page is not None:
        where.append("page = ?")
        params.append(page)
    if start is not None:
        where.append("coalesce(line, seq) >= ?")
        params.append(start)
    if end is not None:
        where.append("coalesce(line, seq) <= ?")
        params.append(end)
    return dicts(con, f"SELECT seq, line, page, text FROM lines WHERE {' AND '.join(where)} ORDER BY seq", params)


def profile_peers(con, section: str, companies: list[str] | None = None) -> list[dict]:
    """One row per stored profile item of `section` and report, with the company, for comparison.

    companies: parts of a company name, file name or report id (case-insensitive), matched in SQL.
    """
    params: dict[str, Any] = {"section": section}
    filt = ""
    wanted = [c.strip().casefold() for c in companies or [] if c and c.strip()]
    if wanted:
        params["w"] = wanted
        filt = (" AND EXISTS (SELECT 1 FROM (SELECT unnest($w) AS w) "
                "WHERE contains(lower(coalesce(r.company, '')), w) OR contains(lower(r.name), w) "
                "OR contains(r.report_id, w))")
    return dicts(con, "SELECT p.report_id, r.company, r.report_year, p.key, p.value, p.line, p.page "
                      "FROM profile_items p JOIN reports r USING (report_id) WHERE p.section = $section"
                      + filt + " ORDER BY r.company, p.key", params)
