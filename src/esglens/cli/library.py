"""CLI: esglens library attach — store the Parquet runs written by `esglens ingest --parquet DIR`."""
from __future__ import annotations

import os
from typing import Optional

import typer

from ..core.lazy import lazy_module
from ..core.registry import hookimpl
from ..store import output as out

# DuckDB and PyArrow load only when a library command runs
store = lazy_module("esglens.store.db")
parquet = lazy_module("esglens.store.parquet")

library_app = typer.Typer(no_args_is_help=True, help="Work on a library as a whole: attach Parquet runs.")


@library_app.command("attach")
def attach(folder: str = typer.Argument(..., help="The folder given to `esglens ingest --parquet`."),
           db: str = typer.Option("esglens.duckdb", "--db", help="DuckDB store file."),
           fmt: Optional[str] = typer.Option("table", "--format", "-f",
                                             help="table | jsonl (one line per report as it is stored) | json")
           ) -> None:
    """Store every complete report of every run in FOLDER, one transaction each; stored reports are skipped."""
    from ..store.maintain import refresh

    fmt = out.resolve_format(fmt)
    if not os.path.isdir(folder):
        out.fail(folder, "no such folder (write one with `esglens ingest --parquet FOLDER`)")
    try:
        con = store.connect(db, read_only=False)
    except store.StoreError as exc:
        out.fail(exc.path, exc.reason)
    stream = (lambda s: typer.echo(out.dumps(s.to_dict()))) if fmt == "jsonl" else None
    try:
        statuses = parquet.attach(con, folder, on_status=stream)
        refresh(con)
    except KeyboardInterrupt:
        out.fail(db, "interrupted; reports attached before the interruption are kept", code=130)
    finally:
        con.close()
    for s in statuses:
        if s.status == "failed":
            out.error(s.path, s.reason or "could not be attached")
    if fmt == "table":
        counts = {k: sum(1 for s in statuses if s.status == k) for k in ("stored", "replaced", "unchanged", "failed")}
        summary = ", ".join(f"{v} {k}" for k, v in counts.items() if v) or "no complete reports"
        out.console().print(f"{folder} → {db}: {summary}", markup=False)
    elif fmt == "json":
        out.print_json([s.to_dict() for s in statuses], fmt)
    if statuses and all(s.status == "failed" for s in statuses):
        raise typer.Exit(1)


@hookimpl
def esglens_commands(app: typer.Typer) -> None:
    app.add_typer(library_app, name="library")
