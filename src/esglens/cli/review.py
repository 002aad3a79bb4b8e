"""CLI: esglens review list|accept|correct|reject|reset|history|progress — a thin layer over store.review.

Facts are named by their key (`esglens review list REPORT` prints them); the key stays the same when the
report is ingested again, and so does the review.
"""
from __future__ import annotations

from typing import Optional

import typer

from ..core.lazy import lazy_module
from ..core.registry import hookimpl
from ..store import output as out
from ..store.output import fmt_number, where

# DuckDB and PyArrow load only when a review command runs
store = lazy_module("esglens.store.db")
reviews = lazy_module("esglens.store.review")
STATUSES = "todo | reviewed | accepted | corrected | rejected | all"

DbOpt = typer.Option("esglens.duckdb", "--db", help="DuckDB store file.")
ByOpt = typer.Option(..., "--by", envvar="ESGLENS_REVIEWER", help="Who reviews (or set ESGLENS_REVIEWER).")
NoteOpt = typer.Option(None, "--note", help="Why (kept with the review).")
FormatOpt = typer.Option(None, "--format", "-f", help="table | jsonl | json (default: table on a terminal, else jsonl).")
KeysArg = typer.Argument(..., help="Fact keys (from `esglens review list`).")

review_app = typer.Typer(no_args_is_help=True, help="Review facts: list them, accept, correct or reject them.")


def _open(db_path: str, read_only: bool):
    try:
        return store.connect(db_path, read_only=read_only)
    except store.StoreError as exc:
        out.fail(exc.path, exc.reason)


def _report_id(con, ref: str, db: str) -> str:
    return out.report_or_fail(con, ref, db)["report_id"]


@review_app.command("list")
def list_cmd(report: str = typer.Argument(..., help="Report id (or prefix), file name or company."),
             status: str = typer.Option("todo", "--status", "-s", help=STATUSES),
             metric: Optional[str] = typer.Option(None, "--metric", help="Only facts of this metric."),
             limit: int = typer.Option(50, "--limit", help="Facts to list (0: all)."),
             db: str = DbOpt, fmt: Optional[str] = FormatOpt) -> None:
    """A report's facts with their keys: not reviewed yet (default), or reviewed, accepted ... or all."""
    fmt = out.resolve_format(fmt)
    con = _open(db, read_only=False)   # a library stored before fact keys gets them here
    try:
        rid = _report_id(con, report, db)
        try:
            facts = reviews.list_facts(con, rid, status, metric=metric, limit=limit or None)
        except reviews.ReviewError as exc:
            out.fail("--status", exc.reason, code=2)
        done = reviews.progress(con, [rid]).get(rid, {"facts": 0, "reviewed": 0})
    finally:
        con.close()
    if fmt != "table":
        out.print_json(facts, fmt)
        return
    cols = ["key", "label", "printed", "value", "unit", "year", "metric", "where", "review"]
    rows = [[f["fact_key"], f["label"], f["raw"], fmt_number(f["value"]), f["unit"], f["year"], f["metric"],
             where(f["line"], f["page"]), f["review"] or ""] for f in facts]
    t = out.table(f"{status}: {len(facts)} shown · {done['reviewed']} of {done['facts']} facts reviewed",
                  cols, rows, right=("value", "year"))
    t.columns[0].no_wrap = True   # the key is copied into `review accept KEY`: a folded key is a broken key
    out.console().print(t)


def _record(db: str, keys: list[str], action: str, by: str, note: str | None, **fields) -> None:
    con = _open(db, read_only=False)
    try:
        for key in keys:
            try:
                fact = reviews.record(con, key, action, by, note=note, **fields)
            except reviews.ReviewError as exc:
                out.fail(exc.subject, exc.reason)
            shown = f"{fmt_number(fact['value'])} {fact['unit'] or ''}".strip()
            out.err_console.print(f"{fact['review'] or 'not reviewed'}: {key} · {fact['label']} = {shown}"
                                  f" ({fact['year'] or 'no year'}, {fact['metric'] or 'no metric'})",
                                  markup=False, soft_wrap=True)
    finally:
        con.close()


@review_app.command("accept")
def accept(keys: list[str] = KeysArg, by: str = ByOpt, note: Optional[str] = NoteOpt, db: str = DbOpt) -> None:
    """The facts are right as extracted."""
    _record(db, keys, "accept", by, note)


@review_app.command("reject")
def reject(keys: list[str] = KeysArg, by: str = ByOpt, note: Optional[str] = NoteOpt, db: str = DbOpt) -> None:
    """The facts are no facts (left out of compare; exported marked rejected)."""
    _record(db, keys, "reject", by, note)


@review_app.command("reset")
def reset(keys: list[str] = KeysArg, by: str = ByOpt, note: Optional[str] = NoteOpt, db: str = DbOpt) -> None:
    """Take the facts' reviews back (the history keeps them)."""
    _record(db, keys, "reset", by, note)


@review_app.command("correct")
def correct(key: str = typer.Argument(..., help="Fact key (from `esglens review list`)."), by: str = ByOpt,
            value: Optional[str] = typer.Option(None, "--value", help="The value as it should read (1,250 or 1250)."),
            unit: Optional[str] = typer.Option(None, "--unit", help="The unit as printed, e.g. 'tCO2e'."),
            year: Optional[int] = typer.Option(None, "--year"),
            metric: Optional[str] = typer.Option(None, "--metric", help="A catalog metric id (`esglens metrics`)."),
            label: Optional[str] = typer.Option(None, "--label"),
            note: Optional[str] = NoteOpt, db: str = DbOpt) -> None:
    """Correct a fact: the fields given replace the extracted ones (which stay stored as extracted)."""
    _record(db, [key], "correct", by, note, value=value, unit=unit, year=year, metric=metric, label=label)


@review_app.command("history")
def history(key: str = typer.Argument(..., help="Fact key."), db: str = DbOpt, fmt: Optional[str] = FormatOpt) -> None:
    """Every review of one fact, oldest first."""
    fmt = out.resolve_format(fmt)
    con = _open(db, read_only=True)
    try:
        rows = reviews.history(con, key)
    finally:
        con.close()
    if fmt != "table":
        out.print_json(rows, fmt)
        return
    cols = ["when", "who", "action", "value", "unit", "year", "metric", "label", "note"]
    out.console().print(out.table(key, cols, [[str(r["reviewed_at"])[:19], r["reviewer"], r["action"],
                                               fmt_number(r["value"]), r["unit"], r["year"], r["metric"], r["label"],
                                               r["note"]] for r in rows]))


@review_app.command("orphans")
def orphans(report: Optional[str] = typer.Argument(None, help="Only this report (id, file name or company)."),
            db: str = DbOpt, fmt: Optional[str] = FormatOpt) -> None:
    """Reviews whose fact is gone: the report was read again and no fact has the key any more."""
    fmt = out.resolve_format(fmt)
    con = _open(db, read_only=True)
    try:
        rows = reviews.orphans(con, _report_id(con, report, db) if report else None)
    finally:
        con.close()
    if fmt != "table":
        out.print_json(rows, fmt)
        return
    cols = ["key", "action", "who", "when", "extracted", "value", "unit", "year", "metric", "label"]
    out.console().print(out.table(f"{len(rows)} reviews without their fact", cols, [
        [r["fact_key"], r["action"], r["reviewer"], str(r["reviewed_at"])[:19], r["extracted"],
         fmt_number(r["value"]), r["unit"], r["year"], r["metric"], r["label"]] for r in rows]))


@review_app.command("progress")
def progress(db: str = DbOpt, fmt: Optional[str] = FormatOpt) -> None:
    """Per report: how many facts are reviewed, accepted, corrected, rejected."""
    fmt = out.resolve_format(fmt)
    con = _open(db, read_only=True)
    try:
        reports = store.list_reports(con)
        done = reviews.progress(con)
    finally:
        con.close()
    rows = [{"report_id": r["report_id"], "report": r["name"], "company": r["company"],
             **done.get(r["report_id"], {"facts": 0, "reviewed": 0, "accepted": 0, "corrected": 0, "rejected": 0})}
            for r in reports]
    if fmt != "table":
        out.print_json(rows, fmt)
        return
    cols = ["report_id", "report", "company", "facts", "reviewed", "accepted", "corrected", "rejected"]
    out.console().print(out.table("Review progress", cols, [[r[c] for c in cols] for r in rows], right=cols[3:]))


@hookimpl
def esglens_commands(app: typer.Typer) -> None:
    app.add_typer(review_app, name="review")
