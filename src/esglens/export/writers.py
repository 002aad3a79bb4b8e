"""Write the export tables as CSV files, Parquet files, one JSON document, or one Excel workbook."""
from __future__ import annotations

import csv
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from .tables import KINDS, fetch, sql_for

FORMATS = ("csv", "parquet", "xlsx", "json")
DEFAULT_OUT = {"csv": "esglens-export", "parquet": "esglens-export", "xlsx": "esglens-export.xlsx",
               "json": "esglens-export.json"}


def export(con: Any, fmt: str, out: str | Path | None = None,
           report_ids: list[str] | None = None) -> list[tuple[Path, str, int]]:
    """Write every kind; returns (file, kind, rows) for each table written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format '{fmt}' (choose from {', '.join(FORMATS)})")
    target = Path(out or DEFAULT_OUT[fmt])
    if fmt in ("csv", "parquet"):
        target.mkdir(parents=True, exist_ok=True)
        return [_write_one(con, fmt, target / f"{kind}.{fmt}", kind, report_ids) for kind in KINDS]
    target.parent.mkdir(parents=True, exist_ok=True)
    data = {kind: fetch(con, kind, report_ids) for kind in KINDS}
    if fmt == "json":
        _write_json(target, data)
    else:
        _write_xlsx(target, data)
    return [(target, kind, len(rows)) for kind, (_, rows) in data.items()]


def _write_one(con: Any, fmt: str, path: Path, kind: str, report_ids: list[str] | None) -> tuple[Path, str, int]:
    """One file, written beside its place and renamed into it: an interrupted export leaves no half file."""
    tmp = path.with_name(path.name + ".part")
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            sql, params = sql_for(kind, report_ids)
            table = _arrow(con.sql(sql, params=params) if params else con.sql(sql))
            pq.write_table(table, tmp)
            n = table.num_rows
        else:
            with open(tmp, "w", newline="", encoding="utf-8") as fh:
                n = write_csv(fh, con, kind, report_ids)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path, kind, n


def write_csv(fh: Any, con: Any, kind: str, report_ids: list[str] | None = None) -> int:
    """One kind as CSV into an open text file (the web app's download too); the number of rows."""
    cols, rows = fetch(con, kind, report_ids)
    w = csv.writer(fh)
    w.writerow(cols)
    w.writerows([[_csv_cell(v) for v in r] for r in rows])
    return len(rows)


def _arrow(rel: Any) -> Any:
    # DuckDB 2.0 names it to_arrow_table; 1.x (still allowed by pyproject) calls it arrow.
    fn = getattr(rel, "to_arrow_table", None) or getattr(rel, "arrow")
    return fn()


# A spreadsheet opening a CSV runs a cell that starts like a formula. Plain numbers ("-5", "+3.2") and
# the lone not-disclosed dash are left alone; anything else that could start a formula gets an apostrophe.
_FORMULA_START = re.compile(r"^(?:[=@\t\r]|[+\-](?!\s*[\d.,]*\s*$))")


def _csv_cell(value: Any) -> Any:
    if isinstance(value, str) and _FORMULA_START.match(value):
        return "'" + value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return value


def _write_json(path: Path, data: dict[str, tuple[list[str], list[tuple]]]) -> None:
    doc = {kind: [dict(zip(cols, r)) for r in rows] for kind, (cols, rows) in data.items()}
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(json.dumps(doc, ensure_ascii=False, default=str, indent=1), encoding="utf-8")
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def _write_xlsx(path: Path, data: dict[str, tuple[list[str], list[tuple]]]) -> None:
    from .xlsx import write_workbook

    tmp = path.with_name(path.name + ".part")
    try:
        write_workbook(tmp, data)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
