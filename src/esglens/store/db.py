"""The library store: open it, store analysed reports atomically, and query it.

Each report is stored in one transaction (delete-then-insert), so a crash or a kill mid-ingest leaves
the store exactly as it was before that report. Identical content (same sha256) is never stored twice.
The web app reuses the query helpers here; they return plain dicts.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from importlib import resources
from typing import Any

import duckdb
import pyarrow as pa

from ..model import ReportResult
from . import rows as R
from .compare import compare  # noqa: F401  (part of this module's API)

# Child tables first: deleting a report deletes its rows everywhere.
CHILD_TABLES = ("lines", "facts", "findings", "index_entries", "coverage", "profiles", "profile_items")
SCHEMA_VERSION = "1"

_ARROW_TYPES = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
                "DOUBLE": pa.float64(), "TIMESTAMP": pa.timestamp("us")}


class StoreError(Exception):
    """The store file cannot be opened or written: one line for the user."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class AmbiguousReport(LookupError):
    def __init__(self, ref: str, candidates: list[dict]):
        names = ", ".join(f"{c['report_id']} ({c['name']})" for c in candidates[:5])
        self.reason = f"matches {len(candidates)} reports: {names}"
        super().__init__(f"'{ref}' {self.reason}")
        self.ref = ref
        self.candidates = candidates


@dataclass
class IngestStatus:
    path: str
    status: str                   # stored | replaced | unchanged | failed
    report_id: str | None = None
    name: str | None = None
    company: str | None = None
    report_year: int | None = None
    n_facts: int = 0
    n_table_facts: int = 0
    n_narrative_facts: int = 0
    n_findings: int = 0
    n_index_entries: int = 0
    seconds: float = 0.0
    reason: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def connect(db_path: str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and for writing, create) the store. Raises StoreError with a one-line reason."""
    if read_only and db_path != ":memory:" and not os.path.exists(db_path):
        raise StoreError(db_path, "no such store (run `esglens ingest` first)")
    try:
        con = duckdb.connect(db_path, read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(db_path, _duckdb_reason(exc)) from None
    if read_only:
        try:
            con.execute("SELECT report_id FROM reports LIMIT 0")
        except duckdb.Error:
            con.close()
            raise StoreError(db_path, "not an esglens store (no reports table)") from None
    else:
        try:
            con.execute(resources.files("esglens.store").joinpath("schema.sql").read_text("utf-8"))
            con.execute("INSERT OR REPLACE INTO store_meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
        except duckdb.Error as exc:
            con.close()
            raise StoreError(db_path, _duckdb_reason(exc)) from None
    return con


def _duckdb_reason(exc: Exception) -> str:
    msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if "lock" in msg.lower():
        return "store is in use by another process (close it and retry)"
    if "not a valid duckdb" in msg.lower() or "unable to open" in msg.lower():
        return f"not a readable esglens store ({msg})"
    return msg


# --- writing -------------------------------------------------------------------------------------

def ingest_results(con: duckdb.DuckDBPyConnection, results: Iterable[Any], *,
                   force: bool = False) -> list[IngestStatus]:
    """Store each ReportResult in its own transaction; batch.Failure items become 'failed' statuses.

    A report whose sha256 is already stored is left alone ('unchanged') unless force=True.
    A store error on one report rolls that report back and the rest go on.
    """
    out = []
    for item in results:
        if isinstance(item, ReportResult):
            out.append(store_result(con, item, force=force))
        else:  # batch.Failure (duck-typed: the batch module imports the whole pipeline)
            out.append(IngestStatus(path=getattr(item, "path", "?"), status="failed",
                                    reason=getattr(item, "reason", str(item))))
    return out


def store_result(con: duckdb.DuckDBPyConnection, result: ReportResult, *, force: bool = False) -> IngestStatus:
    t0 = time.perf_counter()
    doc = result.document
    rid = R.report_id_of(doc.sha256)
    if not force:
        old = stored_status(con, rid, doc.path)
        if old is not None:
            return old
    # Build every row before the transaction opens: the write window stays short.
    tables = _rows_of(result, rid)
    seconds = result.seconds + (time.perf_counter() - t0)
    report = R.report_row(result, seconds)
    try:
        con.begin()
        stale = [r[0] for r in con.execute(
            "SELECT report_id FROM reports WHERE path = ? AND report_id <> ?", [report["path"], rid]).fetchall()]
        for table in (*CHILD_TABLES, "reports"):
            con.execute(f"DELETE FROM {table} WHERE report_id IN (SELECT unnest(?))", [[rid, *stale]])
        _insert(con, "reports", [report])
        for table, rows in tables.items():
            _insert(con, table, rows)
        con.commit()
    except BaseException as exc:  # also KeyboardInterrupt: never leave a half-written report
        try:
            con.rollback()
        except duckdb.Error:
            pass
        if not isinstance(exc, duckdb.Error):
            raise
        return IngestStatus(path=doc.path, status="failed", report_id=rid, name=doc.name,
                            reason=f"could not be stored ({_duckdb_reason(exc)})")
    return _status_from_row(report, "replaced" if stale else "stored")


def stored_status(con: duckdb.DuckDBPyConnection, report_id: str, path: str) -> IngestStatus | None:
    """The 'unchanged' status of a report already in the store, or None."""
    row = _one(con, "SELECT * FROM reports WHERE report_id = ?", [report_id])
    if row is None:
        return None
    status = _status_from_row(row, "unchanged")
    status.path = path
    return status


def _status_from_row(row: dict, status: str) -> IngestStatus:
    return IngestStatus(
        path=row["path"], status=status, report_id=row["report_id"], name=row["name"], company=row["company"],
        report_year=row["report_year"], n_facts=row["n_facts"] or 0, n_table_facts=row["n_table_facts"] or 0,
        n_narrative_facts=row["n_narrative_facts"] or 0, n_findings=row["n_findings"] or 0,
        n_index_entries=row["n_index_entries"] or 0, seconds=row["seconds"] or 0.0)


def _rows_of(result: ReportResult, rid: str) -> dict[str, list[dict]]:
    profiles, items = R.profile_rows(result, rid)
    return {"lines": R.line_rows(result, rid), "facts": R.fact_rows(result, rid),
            "findings": R.finding_rows(result, rid), "index_entries": R.index_rows(result, rid),
            "coverage": R.coverage_rows(result, rid), "profiles": profiles, "profile_items": items}


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """Bulk insert through Arrow (executemany is far too slow for thousands of lines)."""
    if not rows:
        return
    cols = _columns(con, table)
    schema = pa.schema([(name, _ARROW_TYPES.get(typ, pa.string())) for name, typ in cols])
    data = pa.Table.from_pylist([{name: r.get(name) for name, _ in cols} for r in rows], schema=schema)
    view = f"_esglens_in_{table}"
    con.register(view, data)
    try:
        con.execute(f"INSERT INTO {table} SELECT * FROM {view}")
    finally:
        con.unregister(view)


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in con.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_name = ? AND table_schema = 'main' ORDER BY ordinal_position", [table]).fetchall()]


# --- reading -------------------------------------------------------------------------------------

def _dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _one(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> dict | None:
    rows = _dicts(con, sql, params)
    return rows[0] if rows else None


def list_reports(con: duckdb.DuckDBPyConnection) -> list[dict]:
    return _dicts(con, "SELECT * FROM reports ORDER BY lower(company), report_year, name")


def find_report(con: duckdb.DuckDBPyConnection, ref: str) -> list[dict]:
    """Reports matching ref, tried in order: id, id prefix, file name, file stem, company, company part."""
    ref = ref.strip()
    low = ref.casefold()
    reports = list_reports(con)
    tests = [
        lambda r: r["report_id"] == low or r["sha256"] == low,
        lambda r: len(low) >= 4 and r["report_id"].startswith(low),
        lambda r: (r["name"] or "").casefold() == low,
        lambda r: os.path.splitext(r["name"] or "")[0].casefold() == low,
        lambda r: (r["company"] or "").casefold() == low,
        lambda r: low in (r["company"] or "").casefold() or low in (r["name"] or "").casefold(),
    ]
    for test in tests:
        hits = [r for r in reports if test(r)]
        if hits:
            return hits
    return []


def get_report(con: duckdb.DuckDBPyConnection, ref: str) -> dict | None:
    """One report by id, file name or company; None when nothing matches; AmbiguousReport when several do."""
    hits = find_report(con, ref)
    if len(hits) > 1:
        raise AmbiguousReport(ref, hits)
    return hits[0] if hits else None


def query_facts(con: duckdb.DuckDBPyConnection, report_id: str | None = None, metric: str | None = None,
                section: str | None = None, q: str | None = None, year: int | None = None,
                source: str | None = None, limit: int | None = None) -> list[dict]:
    """Facts with their report's name and company. metric 'ghg.' or 'ghg.*' matches the whole family."""
    where, params = [], []
    if report_id:
        where.append("f.report_id = ?")
        params.append(report_id)
    if metric:
        if metric.endswith((".", "*")):
            where.append("f.metric LIKE ? ESCAPE '\\'")
            params.append(_like_escape(metric.rstrip("*")) + "%")
        else:
            where.append("f.metric = ?")
            params.append(metric)
    if section:
        where.append("f.section ILIKE ? ESCAPE '\\'")
        params.append("%" + _like_escape(section) + "%")
    if q:
        where.append("(f.label ILIKE ? ESCAPE '\\' OR f.raw ILIKE ? ESCAPE '\\' OR f.evidence ILIKE ? ESCAPE '\\'"
                     " OR f.metric ILIKE ? ESCAPE '\\')")
        params += ["%" + _like_escape(q) + "%"] * 4
    if year is not None:
        where.append("f.year = ?")
        params.append(int(year))
    if source:
        where.append("f.source = ?")
        params.append(source)
    sql = ("SELECT f.*, r.name AS report_name, r.company FROM facts f JOIN reports r USING (report_id)"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY lower(r.company), r.report_id, f.fact_id")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return _dicts(con, sql, params)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def get_findings(con: duckdb.DuckDBPyConnection, report_id: str) -> list[dict]:
    return _dicts(con, "SELECT * FROM findings WHERE report_id = ? ORDER BY finding_id", [report_id])


def get_index_entries(con: duckdb.DuckDBPyConnection, report_id: str) -> list[dict]:
    return _dicts(con, "SELECT * FROM index_entries WHERE report_id = ? ORDER BY entry_id", [report_id])


def get_coverage(con: duckdb.DuckDBPyConnection, report_id: str) -> list[dict]:
    return _dicts(con, "SELECT * FROM coverage WHERE report_id = ? ORDER BY framework, code", [report_id])


def get_profile(con: duckdb.DuckDBPyConnection, report_id: str) -> dict:
    import json

    row = _one(con, "SELECT profile FROM profiles WHERE report_id = ?", [report_id])
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
    return _dicts(con, f"SELECT seq, line, page, text FROM lines WHERE {' AND '.join(where)} ORDER BY seq", params)


def delete_report(con: duckdb.DuckDBPyConnection, report_id: str) -> bool:
    con.begin()
    try:
        found = con.execute("SELECT count(*) FROM reports WHERE report_id = ?", [report_id]).fetchone()[0]
        for table in (*CHILD_TABLES, "reports"):
            con.execute(f"DELETE FROM {table} WHERE report_id = ?", [report_id])
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return bool(found)


def profile_peers(con, section: str) -> list[dict]:
    """One row per stored profile item of `section` and report, with the company, for comparison."""
    rows = con.execute(
        "SELECT p.report_id, r.company, r.report_year, p.key, p.value, p.line, p.page "
        "FROM profile_items p JOIN reports r USING (report_id) WHERE p.section = ? "
        "ORDER BY r.company, p.key", [section]).fetchall()
    cols = ("report_id", "company", "report_year", "key", "value", "line", "page")
    return [dict(zip(cols, r)) for r in rows]
