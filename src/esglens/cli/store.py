"""CLI: esglens ingest / list / show / compare (and export, registered from esglens.export)."""
from __future__ import annotations

import os
from typing import Optional

import typer

from ..cluster import DEFAULT_MEMORY, DEFAULT_SECONDS, WORKER_WAIT_SECONDS
from ..core.registry import hookimpl
from ..core.lazy import lazy_module
from ..store import output as out
from ..store.maintain import refresh
from ..store.output import fmt_number, where

store = lazy_module("esglens.store.db")  # DuckDB and PyArrow load only when a store command runs

DEFAULT_DB = "esglens.duckdb"

DbOpt = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file.")
FormatOpt = typer.Option(None, "--format", "-f", help="table | jsonl | json (default: table on a terminal, else jsonl).")


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("list")(list_cmd)
    app.command("show")(show)
    app.command("compare")(compare)
    app.command("peers")(peers)


def _open(db_path: str, read_only: bool):
    try:
        return store.connect(db_path, read_only=read_only)
    except store.StoreError as exc:
        out.fail(exc.path, exc.reason)


# --- ingest --------------------------------------------------------------------------------------

def ingest(paths: list[str] = typer.Argument(..., help="Report files or folders of reports."),
           db: str = DbOpt,
           force: bool = typer.Option(False, "--force", help="Analyse and store again even when the content is already stored."),
           fmt: Optional[str] = typer.Option("table", "--format", "-f", help="table | jsonl (one line per report as it is stored) | json"),
           workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1,
                                                 help="Worker processes (default: every core; 1: in this process)."),
           scheduler: Optional[str] = typer.Option(None, "--scheduler", envvar="DASK_SCHEDULER_ADDRESS",
                                                   help="Address of a running Dask scheduler (its workers must see the files)."),
           timeout: float = typer.Option(DEFAULT_SECONDS, "--timeout", min=0,
                                         help="Seconds one report may take before it is stopped (0: no limit)."),
           memory: str = typer.Option(DEFAULT_MEMORY, "--memory-limit",
                                      help="Memory per local worker, e.g. 2GiB (over it the worker is restarted)."),
           worker_wait: float = typer.Option(WORKER_WAIT_SECONDS, "--worker-wait", min=0,
                                             help="Seconds to wait for a worker when none is left; then the rest "
                                                  "run in this process."),
           parquet: Optional[str] = typer.Option(None, "--parquet", help="Workers write a Parquet run into this folder "
                                                 "(shared storage) instead of the library; `esglens library attach` stores it.")) -> None:
    """Analyse reports (in parallel) and store their facts, findings, index, coverage and profile."""
    from ..cluster import Limits
    from ..store.ingest import ingest_paths
    from .inputs import report_files

    fmt = out.resolve_format(fmt)
    files = report_files(paths)
    if parquet:
        _ingest_parquet(files, parquet, db, fmt, force=force, workers=workers, scheduler=scheduler,
                        limits=Limits(seconds=timeout or None, memory=memory or None, worker_wait=worker_wait))
        return
    new = not os.path.exists(db)
    con = _open(db, read_only=False)
    stream = (lambda s: typer.echo(out.dumps(s.to_dict()))) if fmt == "jsonl" else None
    try:
        statuses = ingest_paths(con, files, force=force, workers=workers, scheduler=scheduler,
                                limits=Limits(seconds=timeout or None, memory=memory or None, worker_wait=worker_wait), on_status=stream)
        refresh(con)
    except KeyboardInterrupt:
        # The open report was rolled back; reports committed before it stay.
        out.fail(db, "interrupted; reports stored before the interruption are kept", code=130)
    finally:
        con.close()
    if fmt != "jsonl":
        _print_ingest(statuses, fmt)
    if not any(s.status != "failed" for s in statuses):
        if new:   # nothing could be stored (mistyped paths, only bad files): leave no empty library behind
            for p in (db, db + ".wal"):
                if os.path.isfile(p):
                    os.remove(p)
        raise typer.Exit(1)


def _ingest_parquet(files: list[str], folder: str, db: str, fmt: str, **opts) -> None:
    """--parquet: the library (when it exists) is only read, to skip what it holds."""

    from ..store.parquet import ingest_to_parquet

    con = _open(db, read_only=True) if os.path.exists(db) else None
    stream = (lambda s: typer.echo(out.dumps(s.to_dict()))) if fmt == "jsonl" else None
    try:
        statuses = ingest_to_parquet(con, files, folder, on_status=stream, **opts)
    except KeyboardInterrupt:
        out.fail(folder, "interrupted; reports written before the interruption are kept", code=130)
    finally:
        if con is not None:
            con.close()
    if fmt != "jsonl":
        _print_ingest(statuses, fmt)
    if not any(s.status != "failed" for s in statuses):
        raise typer.Exit(1)


def _print_ingest(statuses: list[store.IngestStatus], fmt: str) -> None:
    ok = [s for s in statuses if s.status != "failed"]
    if fmt != "table":
        out.print_json([s.to_dict() for s in statuses], fmt)
        return
    con = out.console()
    if rows := [_ingest_row(s) for s in ok]:
        cols = list(rows[0])
        if con.width < COMPACT_BELOW:   # a laptop terminal: the columns that matter, numbers never folded
            cols = [c for c in COMPACT if c != "company" or con.width >= 100]
        right = [c for c in cols if c not in ("report", "company", "status")]
        t = out.table("Ingested reports", cols, [[r[c] for c in cols] for r in rows], right=right)
        for c in t.columns[1:]:
            c.no_wrap = c.header != "company"
        con.print(t)
    counts = {k: sum(1 for s in statuses if s.status == k) for k in ("stored", "written", "replaced", "unchanged", "failed")}
    con.print(", ".join(f"{v} {k}" for k, v in counts.items() if v), markup=False)


COMPACT_BELOW = 140
COMPACT = ("report", "company", "year", "facts", "findings", "status")


def _ingest_row(s) -> dict:
    return {"report": s.name, "company": s.company, "year": s.report_year, "facts": s.n_facts,
            "table facts": s.n_table_facts, "narrative facts": s.n_narrative_facts, "findings": s.n_findings,
            "index entries": s.n_index_entries, "seconds": f"{s.seconds:.2f}", "status": s.status}


# --- list / show ---------------------------------------------------------------------------------

def list_cmd(db: str = DbOpt, fmt: Optional[str] = FormatOpt) -> None:
    """List the stored reports."""
    fmt = out.resolve_format(fmt)
    con = _open(db, read_only=True)
    try:
        reports = store.list_reports(con)
    finally:
        con.close()
    if fmt != "table":
        out.print_json(reports, fmt)
        return
    cols = ["id", "report", "company", "year", "kind", "lines", "facts", "findings", "index", "ingested"]
    rows = [[r["report_id"], r["name"], r["company"], r["report_year"], r["kind"], r["n_lines"], r["n_facts"],
             r["n_findings"], r["n_index_entries"], str(r["ingested_at"])[:19]] for r in reports]
    out.console().print(out.table(f"{len(reports)} reports in {db}", cols, rows, right=("year", "lines", "facts", "findings", "index")))


def show(report: str = typer.Argument(..., help="Report id (or prefix), file name or company."),
         db: str = DbOpt, fmt: Optional[str] = FormatOpt,
         metric: Optional[str] = typer.Option(None, "--metric", help="Only facts of this metric ('ghg.' for a family)."),
         limit: int = typer.Option(60, "--limit", help="Facts to list in the table view (0: all).")) -> None:
    """Show one stored report: details, facts, findings and content index."""
    fmt = out.resolve_format(fmt)
    out.metric_prefix_or_fail(metric)
    con = _open(db, read_only=True)
    try:
        rep = out.report_or_fail(con, report, db)
        rid = rep["report_id"]
        data = {"report": rep, "facts": store.query_facts(con, report_id=rid, metric=metric),
                "findings": store.get_findings(con, rid), "index_entries": store.get_index_entries(con, rid),
                "coverage": store.get_coverage(con, rid), "profile": store.get_profile(con, rid)}
    finally:
        con.close()
    if fmt != "table":
        out.print_json(data, fmt)
        return
    _print_show(data, limit)


def _print_show(data: dict, limit: int) -> None:
    con = out.console()
    rep = data["report"]
    keys = ["report_id", "name", "company", "report_year", "kind", "encoding", "page_count", "n_lines", "n_facts",
            "n_table_facts", "n_narrative_facts", "n_findings", "n_index_entries", "seconds", "ingested_at", "path"]
    con.print(out.table(rep["name"], ["field", "value"], [[k, rep.get(k)] for k in keys]))
    facts = data["facts"]
    shown = facts if limit <= 0 else facts[:limit]
    rows = [[f["metric"], f["label"], f["raw"], f["value"], f["unit"], f["year"],
             _norm(f), f["source"], where(f["line"], f["page"])] for f in shown]
    con.print(out.table(f"Facts ({len(shown)} of {len(facts)})",
                        ["metric", "label", "raw", "value", "unit", "year", "normalized", "source", "where"], rows,
                        right=("value", "year")))
    if data["findings"]:
        rows = [[g["severity"], g["kind"], g["message"], ", ".join(_where_list(g))] for g in data["findings"]]
        con.print(out.table(f"Findings ({len(rows)})", ["severity", "kind", "message", "where"], rows))
    if data["index_entries"]:
        by_fw: dict[str, int] = {}
        for e in data["index_entries"]:
            by_fw[e["framework"]] = by_fw.get(e["framework"], 0) + 1
        con.print(out.table("Content index", ["framework", "entries"], sorted(by_fw.items()), right=("entries",)))


def _norm(f: dict) -> str:
    if f["value_normalized"] is None:
        return f"({f['norm_flag']})" if f.get("norm_flag") else ""
    return f"{fmt_number(f['value_normalized'])} {f['unit_normalized'] or ''}".strip()


def _where_list(g: dict) -> list[str]:
    import json

    return [f"L{n}" for n in json.loads(g["lines"] or "[]")] + [f"p.{n}" for n in json.loads(g["pages"] or "[]")]


# --- compare -------------------------------------------------------------------------------------

def compare(metric: list[str] = typer.Option(..., "--metric", "-m", help="Metric id; repeat for more."),
            year: Optional[list[int]] = typer.Option(None, "--year", "-y", help="Year; repeat for more (default: all)."),
            companies: Optional[list[str]] = typer.Option(None, "--companies", "-c",
                                                          help="Company, file name or id (part); repeat or comma-separate."),
            db: str = DbOpt, fmt: Optional[str] = FormatOpt) -> None:
    """Compare metrics side by side across companies, in normalized units, with their sources."""
    fmt = out.resolve_format(fmt)
    wanted = [c.strip() for item in (companies or []) for c in item.split(",") if c.strip()]
    metrics = [m.strip() for item in metric for m in item.split(",") if m.strip()]
    con = _open(db, read_only=True)
    try:
        rows = store.compare(con, metrics, year or None, wanted or None)
    finally:
        con.close()
    if _unknown_metrics(metrics, rows) == len(set(metrics)):
        raise typer.Exit(1)                      # every id asked for is a typo: nothing could be compared
    if fmt != "table":
        out.print_json(rows, fmt)
        return
    if not rows:
        narrowed = "".join(f" {k} {', '.join(map(str, v))}" for k, v in (("in", year), ("for", wanted)) if v)
        out.console().print(f"No stored figures for {', '.join(metrics)}{narrowed}.", markup=False)
        return
    out.console().print(_pivot(rows))


def _unknown_metrics(metrics: list[str], rows: list[dict]) -> int:
    """A metric id with no figure that the catalog does not know either is most likely a typo: say so.
    Returns how many distinct ids are unknown."""
    found = {r["metric"] for r in rows}
    if all(m in found for m in metrics):
        return 0
    from difflib import get_close_matches

    from ..catalog import load_catalog

    known = [m.id for m in load_catalog().metrics]
    unknown = [m for m in dict.fromkeys(metrics) if m not in found and m not in known]
    for m in unknown:
        near = get_close_matches(m, known, n=3, cutoff=0.6)
        out.error(m, "no such metric id" + (f" (did you mean {' or '.join(near)}?)" if near else "")
                  + "; `esglens metrics` lists them")
    return len(unknown)


def _pivot(rows: list[dict]):
    """Metric-year rows, one column per company: value unit, change on the year before, intensity, source."""
    from rich.text import Text

    companies = sorted({r["company"] for r in rows}, key=str.casefold)
    grid: dict[tuple, dict[str, dict]] = {}
    for r in rows:
        grid.setdefault((r["metric"], r["year"]), {})[r["company"]] = r
    body = []
    order = {m: i for i, m in enumerate(dict.fromkeys(r["metric"] for r in rows))}
    for (metric, year), by_company in sorted(grid.items(), key=lambda kv: (order[kv[0][0]], kv[0][1])):
        line = [metric, year]
        for c in companies:
            r = by_company.get(c)
            line.append(_compare_cell(r) if r else Text(""))
        body.append(line)
    return out.table("Comparison (normalized units; Δ vs previous year; per million revenue)",
                     ["metric", "year", *companies], body, right=("year",))


def _compare_cell(r: dict):
    from rich.text import Text

    t = Text(f"{fmt_number(r['value'])} {r['unit']}".strip())
    if r["yoy_pct"] is not None:
        t.append(f"  {r['yoy_pct']:+.1f}%", style="bold")
    if r.get("intensity") is not None:
        t.append(f"\n{fmt_number(r['intensity'])} {r['intensity_unit']}", style="dim")
    if r["other_values"]:
        t.append(f"\nalso printed: {', '.join(fmt_number(v) for v in r['other_values'][:3])}", style="red")
    t.append(f"\n{r['report_name']} {where(r['line'], r['page'])}", style="dim")
    if r.get("review") == "corrected":
        t.append(f"\ncorrected (extracted: {r['corrected_from']})", style="yellow")
    return t



# --- peers ---------------------------------------------------------------------------------------

PEER_SECTIONS = ("material_topics", "targets", "frameworks", "assurance", "climate_risks", "scenarios",
                 "governance", "listing", "not_disclosed")


def peers(section: str = typer.Argument("material_topics", help=f"Profile section: {', '.join(PEER_SECTIONS)}."),
          companies: Optional[list[str]] = typer.Option(None, "--companies", "-c",
                                                        help="Company, file name or id (part); repeat or comma-separate."),
          db: str = DbOpt, fmt: Optional[str] = FormatOpt) -> None:
    """Compare the stored profiles of peers: which topics each rates material, which targets each sets ..."""
    fmt = out.resolve_format(fmt)
    if section not in PEER_SECTIONS:
        out.fail(section, f"unknown profile section (one of {', '.join(PEER_SECTIONS)})", code=2)
    wanted = [c.strip().casefold() for item in (companies or []) for c in item.split(",") if c.strip()]
    con = _open(db, read_only=True)
    try:
        rows = store.profile_peers(con, section, wanted or None)
    finally:
        con.close()
    if fmt != "table":
        out.print_json(rows, fmt)
        return
    if not rows:
        who = f" for {', '.join(wanted)} (company, file name or id)" if wanted else ""
        out.console().print(f"No stored profile items in {section}{who}.", markup=False)
        return
    names = sorted({r["company"] for r in rows}, key=str.casefold)
    grid: dict[str, dict[str, list[str]]] = {}
    for r in rows:
        grid.setdefault(r["key"], {}).setdefault(r["company"], []).append(
            _peer_cell(r["value"], where(r["line"], r["page"])))
    body = [[key, *("; ".join(grid[key].get(c, [])) for c in names)]
            for key in sorted(grid, key=lambda k: (-len(grid[k]), k.casefold()))]
    out.console().print(out.table(f"Peers: {section} (value and where it is printed)", [section, *names], body))


def _peer_cell(value, place: str) -> str:
    """The value and where it is printed ("none", not "none ()", when the profile names no place)."""
    value = "" if value is None else str(value)
    return f"{value} ({place})" if value and place else value or place


@hookimpl
def esglens_commands(app: typer.Typer) -> None:
    register(app)
