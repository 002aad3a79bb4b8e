"""CLI: esglens export --format csv|parquet|xlsx|json [--out PATH]."""
from __future__ import annotations

from typing import Optional

import typer

from ..store import output as out
from ..core.lazy import lazy_module
from ..core.registry import hookimpl
from ..export.writers import DEFAULT_OUT, FORMATS, export

store = lazy_module("esglens.store.db")


def register(app: typer.Typer) -> None:
    app.command("export")(export_cmd)


def export_cmd(fmt: str = typer.Option("xlsx", "--format", "-f", help="csv | parquet | xlsx | json"),
               dest: Optional[str] = typer.Option(None, "--out", "-o",
                                                  help="Folder (csv, parquet) or file (xlsx, json). "
                                                       "Default: esglens-export[.xlsx|.json]."),
               db: str = typer.Option("esglens.duckdb", "--db", help="DuckDB store file."),
               report: Optional[list[str]] = typer.Option(None, "--report", "-r",
                                                          help="Only these reports (id, file name or company); repeatable.")
               ) -> None:
    """Export facts, findings, coverage, profiles, reports and content indexes."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        out.fail("--format", f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})", code=2)
    target = dest or DEFAULT_OUT[fmt]
    _check_target(target, fmt)
    try:
        con = store.connect(db, read_only=True)
    except store.StoreError as exc:
        out.fail(exc.path, exc.reason)
    try:
        ids = _report_ids(con, report) if report else None
        written = export(con, fmt, target, ids)
    except OSError as exc:   # name the place the user gave, not our temporary file
        out.fail(target, f"cannot write there ({exc.strerror or exc})")
    finally:
        con.close()
    for path, kind, n in written:
        out.err_console.print(f"{kind}: {n} rows → {path}", markup=False)


def _check_target(target: str, fmt: str) -> None:
    """A folder where a file is wanted, or the other way round: one line before anything is read."""
    import os

    if fmt in ("csv", "parquet") and os.path.exists(target) and not os.path.isdir(target):
        out.fail(target, f"is a file: {fmt} export writes a folder of files (one per table); give a folder", code=2)
    if fmt in ("xlsx", "json") and os.path.isdir(target):
        out.fail(target, f"is a folder: {fmt} export writes one file; give a file name", code=2)


def _report_ids(con, refs: list[str]) -> list[str]:
    return [out.report_or_fail(con, ref)["report_id"] for ref in refs]


@hookimpl
def esglens_commands(app: typer.Typer) -> None:
    register(app)
