"""A Parquet dataset per ingest run, attached to the library later (for workers that share storage).

`ingest --parquet DIR`: each worker analyses a report, builds its store rows (`db.prepare`, the rows a
direct ingest inserts) and writes them itself to `DIR/<run-id>/<table>/<report_id>.parquet`; the client
only hears a small status back, so the DuckDB file is not the bottleneck. Each file is written to a temp
name and renamed (atomic on one file system), and the `reports` file is written last: a report is in the
dataset once its `reports` file exists, and a half-written one (a stray temp file, child tables without a
`reports` file) is ignored.

`library attach DIR`: every run's complete reports go into the library, one transaction per report
(`db.store_prepared`), skipping what the library already holds (content hash), so attaching twice changes
nothing and the result equals a direct ingest. A report analysed again (`--force`) is in a later run: the
newest copy is the one attached, and it replaces an older copy in the library.
"""
from __future__ import annotations

import functools
import glob
import os
import time
import uuid
from collections.abc import Callable
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..model import Failure
from . import db
from .ingest import analyze_for_store, content_id, ingest_paths
from .review import examples as review_examples

REPORTS = "reports"  # the table written last: its file marks a report complete


def new_run_id() -> str:
    """Sortable by start time, unique across clients: 20261207T011500Z-3fa9c2."""
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + uuid.uuid4().hex[:6]


def table_path(root: str, run_id: str, table: str, report_id: str) -> str:
    return os.path.join(root, run_id, table, f"{report_id}.parquet")


def write_prepared(root: str, run_id: str, prep: db.PreparedReport) -> None:
    """Every table of one report, the `reports` row last."""
    for table, data in prep.tables.items():
        _write_atomic(table_path(root, run_id, table, prep.report_id), data)
    _write_atomic(table_path(root, run_id, REPORTS, prep.report_id), db._arrow(REPORTS, [prep.report]))


def _write_atomic(path: str, data: pa.Table) -> None:
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    tmp = os.path.join(folder, f".{os.path.basename(path)}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        pq.write_table(data, tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise


def analyze_to_parquet(path: str, root: str, run_id: str, examples: tuple = ()) -> db.IngestStatus | Failure:
    """The worker's task with --parquet: analyse, write the rows, hand back only the status."""
    value = analyze_for_store(path, examples)
    if not isinstance(value, db.PreparedReport):
        return value
    try:
        write_prepared(root, run_id, value)
    except OSError as exc:
        return Failure(path, f"could not write to {root} ({exc.strerror or exc})")
    status = db._status_from_row(value.report, "written")
    status.path = path
    return status


# --- the dataset ---------------------------------------------------------------------------------

def complete_reports(root: str) -> list[tuple[str, str]]:
    """(run_id, report_id) of every complete report in the dataset, runs in order of their ids."""
    out = []
    for path in sorted(glob.glob(os.path.join(glob.escape(root), "*", REPORTS, "*.parquet"))):
        run_id = os.path.basename(os.path.dirname(os.path.dirname(path)))
        out.append((run_id, os.path.basename(path)[: -len(".parquet")]))
    return out


def read_report(root: str, run_id: str, report_id: str) -> db.PreparedReport:
    """One complete report of the dataset, as the PreparedReport a worker built."""
    report = pq.read_table(table_path(root, run_id, REPORTS, report_id)).to_pylist()[0]
    tables = {}
    for table in db.CHILD_TABLES:
        path = table_path(root, run_id, table, report_id)
        if os.path.exists(path):
            tables[table] = _conform(table, pq.read_table(path))
    return db.PreparedReport(path=report["path"], report_id=report_id, report=report, tables=tables)


def _conform(table: str, data: pa.Table) -> pa.Table:
    """The columns of the library's table, in its order (a column a run lacks is null)."""
    out = []
    for name, typ in db.table_columns()[table]:
        want = db._ARROW_TYPES.get(typ, pa.string())
        col = data.column(name) if name in data.column_names else pa.nulls(data.num_rows, want)
        out.append((name, col.cast(want)))
    return pa.table(dict(out))


def attach(con: Any, root: str, on_status: Callable[[db.IngestStatus], None] | None = None
           ) -> list[db.IngestStatus]:
    """Store every complete report under root, one transaction each, one status per report.

    A report written by more than one run (`ingest --parquet --force` analyses it again) is taken from the
    newest run, and replaces the library's copy when that copy is older (`ingested_at`); a copy the library
    already holds, or a newer one, is left alone ('unchanged'), so attaching twice changes nothing."""
    newest: dict[str, str] = {}
    for run_id, report_id in complete_reports(root):
        if report_id not in newest or _written_at(root, run_id, report_id) > _written_at(root, newest[report_id], report_id):
            newest[report_id] = run_id
    statuses = []
    for report_id, run_id in newest.items():
        try:
            prep = read_report(root, run_id, report_id)
        except (OSError, pa.ArrowException, IndexError, KeyError) as exc:
            status = db.IngestStatus(path=table_path(root, run_id, REPORTS, report_id), status="failed",
                                     report_id=report_id, reason=f"unreadable ({type(exc).__name__}: {exc})")
        else:
            status = _attach_one(con, prep)
        statuses.append(status)
        if on_status:
            on_status(status)
    return statuses


def _written_at(root: str, run_id: str, report_id: str) -> Any:
    """When a run's copy of a report was made (run ids order runs only to the second); unreadable: oldest."""
    try:
        value = pq.read_table(table_path(root, run_id, REPORTS, report_id), columns=["ingested_at"]).column(0)[0].as_py()
    except (OSError, pa.ArrowException, IndexError, KeyError):
        value = None
    return (value is not None, value or 0)


def _attach_one(con: Any, prep: db.PreparedReport) -> db.IngestStatus:
    row = con.execute("SELECT ingested_at FROM reports WHERE report_id = ?", [prep.report_id]).fetchone()
    if row is None:
        return db.store_prepared(con, prep)
    written = prep.report.get("ingested_at")
    if written is None or row[0] is None or row[0] >= written:
        return db.stored_status(con, prep.report_id, prep.path) or db.store_prepared(con, prep)
    status = db.store_prepared(con, prep, force=True)  # analysed again after the library's copy
    if status.status == "stored":
        status.status = "replaced"
    return status


def ingest_to_parquet(con: Any, files: list[str], root: str, *, force: bool = False, **opts: Any
                      ) -> list[db.IngestStatus]:
    """Analyse files on the workers into a new run under root. A report already in the dataset or in the
    library (con, may be None) is skipped unless force. opts: ingest_paths's workers, scheduler, limits,
    on_status, progress."""
    root = os.path.abspath(root)
    run_id = new_run_id()
    have = {rid: run for run, rid in complete_reports(root)}
    taught = tuple(review_examples(con)) if con is not None else ()

    def known(path: str) -> db.IngestStatus | None:
        rid = content_id(path)
        if rid is None:
            return None
        if rid in have:
            status = db._status_from_row(pq.read_table(table_path(root, have[rid], REPORTS, rid)).to_pylist()[0],
                                         "unchanged")
            status.path = path
            return status
        return db.stored_status(con, rid, path) if con is not None else None

    task = functools.partial(analyze_to_parquet, root=root, run_id=run_id, examples=taught)
    return ingest_paths(con, files, force=force, task=task, known=known, **opts)


__all__ = ["attach", "ingest_to_parquet", "complete_reports", "read_report", "write_prepared"]
