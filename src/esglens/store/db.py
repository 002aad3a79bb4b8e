"""The library store: open it and store analysed reports atomically (reading: query.py, re-exported here).

Each report is stored in one transaction (delete-then-insert), so a crash or a kill mid-ingest leaves
the store exactly as it was before that report. Identical content (same sha256) is never stored twice.
A report's rows are built apart from the store (`prepare`, picklable: a Dask worker builds them) and
written by the one process that holds the store (`store_prepared`).
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import duckdb
import pyarrow as pa

from ..model import ReportResult
from . import rows as R
from .review import fill_fact_keys
from .compare import compare  # noqa: F401  (part of this module's API)
from .query import (AmbiguousReport, count_reports, find_report, get_coverage, get_findings,  # noqa: F401
                    get_index_entries, get_lines, get_profile, get_report, like_escape, list_reports,
                    profile_peers, query_facts)
from .query import dicts as _dicts
from .query import one as _one

# Child tables first: deleting a report deletes its rows everywhere.
CHILD_TABLES = ("lines", "facts", "findings", "index_entries", "coverage", "profiles", "profile_items")
SCHEMA_VERSION = "2"   # 2: fact keys, boxes and reviews

_ARROW_TYPES = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
                "DOUBLE": pa.float64(), "TIMESTAMP": pa.timestamp("us")}


class StoreError(Exception):
    """The store file cannot be opened or written: one line for the user."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


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
            fill_fact_keys(con)   # facts stored before they had keys (a no-op once filled)
        except duckdb.Error as exc:
            con.close()
            raise StoreError(db_path, _duckdb_reason(exc)) from None
    return con


def needs_migration(con: duckdb.DuckDBPyConnection) -> bool:
    """An esglens library written by an older version (no fact keys or reviews yet): opening it for
    writing brings it up to date (schema.sql and `review.fill_fact_keys` are idempotent)."""
    have = {(t, c) for t, c in con.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main' "
        "AND table_name IN ('reports', 'facts', 'reviews')").fetchall()}
    tables = {t for t, _ in have}
    return "reports" in tables and ("reviews" not in tables or ("facts", "fact_key") not in have)


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
    """Store each ReportResult (or PreparedReport) in its own transaction; batch.Failure items become
    'failed' statuses.

    A report whose sha256 is already stored is left alone ('unchanged') unless force=True.
    A store error on one report rolls that report back and the rest go on.
    """
    out = []
    for item in results:
        if isinstance(item, ReportResult):
            out.append(store_result(con, item, force=force))
        elif isinstance(item, PreparedReport):
            out.append(store_prepared(con, item, force=force))
        else:  # batch.Failure (duck-typed: the batch module imports the whole pipeline)
            out.append(IngestStatus(path=getattr(item, "path", "?"), status="failed",
                                    reason=getattr(item, "reason", str(item))))
    return out


@dataclass
class PreparedReport:
    """Every store row of one analysed report, as Arrow tables: built where the report was analysed."""
    path: str
    report_id: str
    report: dict                       # the `reports` row
    tables: dict[str, pa.Table]        # child table → its rows


def prepare(result: ReportResult, extra_seconds: float = 0.0) -> PreparedReport:
    """The rows of every table for one result (no store needed: the column types come from schema.sql)."""
    t0 = time.perf_counter()
    rid = R.report_id_of(result.document.sha256)
    profiles, items = R.profile_rows(result, rid)
    rows = {"lines": R.line_rows(result, rid), "facts": R.fact_rows(result, rid),
            "findings": R.finding_rows(result, rid), "index_entries": R.index_rows(result, rid),
            "coverage": R.coverage_rows(result, rid), "profiles": profiles, "profile_items": items}
    tables = {name: _arrow(name, r) for name, r in rows.items() if r}
    report = R.report_row(result, result.seconds + extra_seconds + (time.perf_counter() - t0))
    return PreparedReport(path=result.document.path, report_id=rid, report=report, tables=tables)


def store_result(con: duckdb.DuckDBPyConnection, result: ReportResult, *, force: bool = False) -> IngestStatus:
    t0 = time.perf_counter()
    doc = result.document
    rid = R.report_id_of(doc.sha256)
    if not force:
        old = stored_status(con, rid, doc.path)
        if old is not None:
            return old
    # Build every row before the transaction opens: the write window stays short.
    return store_prepared(con, prepare(result, time.perf_counter() - t0), force=True)


def store_prepared(con: duckdb.DuckDBPyConnection, prep: PreparedReport, *, force: bool = False) -> IngestStatus:
    """Write one prepared report in its own transaction (replacing an older version at the same path)."""
    rid, report = prep.report_id, prep.report
    if not force:
        old = stored_status(con, rid, prep.path)
        if old is not None:
            return old
    try:
        con.begin()
        old = [r[0] for r in con.execute(
            "SELECT report_id FROM reports WHERE path = ? OR report_id = ?", [report["path"], rid]).fetchall()]
        if old:  # a new report deletes nothing (and scans no child table)
            for table in (*CHILD_TABLES, "reports"):
                con.execute(f"DELETE FROM {table} WHERE report_id IN (SELECT unnest(?))", [old])
        _insert(con, "reports", [report])
        for table, rows in prep.tables.items():
            _insert(con, table, rows)
        con.execute("INSERT OR REPLACE INTO store_meta VALUES ('summary', 'stale')")
        con.commit()
    except BaseException as exc:  # also KeyboardInterrupt: never leave a half-written report
        try:
            con.rollback()
        except duckdb.Error:
            pass
        if not isinstance(exc, duckdb.Error):
            raise
        return IngestStatus(path=prep.path, status="failed", report_id=rid, name=report.get("name"),
                            reason=f"could not be stored ({_duckdb_reason(exc)})")
    return _status_from_row(report, "replaced" if any(o != rid for o in old) else "stored")


def delete_report(con: duckdb.DuckDBPyConnection, report_id: str) -> bool:
    con.begin()
    try:
        found = con.execute("SELECT count(*) FROM reports WHERE report_id = ?", [report_id]).fetchone()[0]
        for table in (*CHILD_TABLES, "reports"):
            con.execute(f"DELETE FROM {table} WHERE report_id = ?", [report_id])
        con.execute("INSERT OR REPLACE INTO store_meta VALUES ('summary', 'stale')")
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return bool(found)


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


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict] | pa.Table) -> None:
    """Bulk insert through Arrow (executemany is far too slow for thousands of lines).

    DuckDB reads the Arrow table from this function's local variable by name (a replacement scan): registering
    and dropping a view per table cost the writer about as much again per report (measured: 27-33 → 16-18 ms
    CPU for the seven tables of a report and its commit)."""
    esglens_rows = rows if isinstance(rows, pa.Table) else _arrow(table, rows)
    if esglens_rows.num_rows == 0:
        return
    con.execute(f"INSERT INTO {table} SELECT * FROM esglens_rows")


def _arrow(table: str, rows: list[dict]) -> pa.Table:
    cols = table_columns()[table]
    schema = pa.schema([(name, _ARROW_TYPES.get(typ, pa.string())) for name, typ in cols])
    return pa.Table.from_pylist([{name: r.get(name) for name, _ in cols} for r in rows], schema=schema)


@lru_cache(maxsize=1)
def table_columns() -> dict[str, list[tuple[str, str]]]:
    """Every store table's (column, type) in order, read once per process from schema.sql."""
    con = duckdb.connect(":memory:")
    try:
        con.execute(resources.files("esglens.store").joinpath("schema.sql").read_text("utf-8"))
        out: dict[str, list[tuple[str, str]]] = {}
        for table, name, typ in con.execute(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position").fetchall():
            out.setdefault(table, []).append((name, typ))
        return out
    finally:
        con.close()
