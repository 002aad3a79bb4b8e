"""`esglens index` and `esglens coverage`: a report's content index, and what it covers of each framework."""
from __future__ import annotations

import json
import sys
from enum import Enum

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..batch import iter_results
from .inputs import Analysed
from ..model import IndexEntry
from ..core.lazy import lazy_module
from ..core.registry import hookimpl

# the framework catalogs load when a command uses them
fw_catalog = lazy_module("esglens.frameworks.catalog")
fw_coverage = lazy_module("esglens.frameworks.coverage")
fw_declared = lazy_module("esglens.frameworks.declared")


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


_STATUS_STYLE = {"reported_with_evidence": "green", "claimed_no_evidence": "red", "omitted": "yellow",
                 "missing": "dim", "reported": "green", "not_applicable": "yellow", "explained": "yellow"}


def index_row(report: str, e: IndexEntry) -> dict:
    return {"report": report, **e.to_dict()}


def _where(line: int | None, page: int | None) -> str:
    return f"L{line}" if line is not None else f"p{page}" if page is not None else ""


def _index_table(name: str, entries: list[IndexEntry], declared: list[dict]) -> Table:
    names = ", ".join(f"{d['name']}{' ' + d['version'] if d['version'] else ''} ({d['mode'].replace('_', ' ')})"
                      for d in declared)
    t = Table(title=Text(f"{name}: {len(entries)} index rows; declares {names or 'nothing found'}"), show_lines=False)
    for col in ("where", "framework", "code", "title", "location as printed", "status"):
        t.add_column(col, overflow="fold")
    for e in entries:
        # Text(...) never parses markup: report text stays inert
        t.add_row(Text(_where(e.line, e.page)), Text(e.framework), Text(e.code), Text((e.title or "")[:80]),
                  Text(e.where[:120]), Text(e.status, style=_STATUS_STYLE.get(e.status, "")))
    return t


def _coverage_table(name: str, rows: list[dict]) -> Table:
    t = Table(title=Text(f"{name}: coverage"), show_lines=False)
    for col in ("framework", "code", "label", "kind", "requirement", "status", "evidence", "index"):
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(Text(r["framework"]), Text(r["code"]), Text(r["label"]), Text(r["kind"][:5]), Text(r["requirement"]),
                  Text(r["status"], style=_STATUS_STYLE.get(r["status"], "")), Text(r["evidence"] or ""),
                  Text(_where(r["index_line"], None)))
    return t


def _summary_table(name: str, summary: list[dict]) -> Table:
    t = Table(title=Text(f"{name}: coverage by framework"))
    cols = ("framework", "items", "reported_with_evidence", "claimed_no_evidence", "omitted", "missing", "score",
            "index_backed")
    for col in cols:
        t.add_column(col.replace("_", " "), justify="left" if col == "framework" else "right")
    for s in summary:
        t.add_row(*(Text("" if s[c] is None else f"{s[c]}%" if c in ("score", "index_backed") else str(s[c]))
                    for c in cols))
    return t


def _emit(fmt: Format, rows: list[dict], collected: list[dict]) -> None:
    if fmt is Format.jsonl:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        collected.extend(rows)


def register(app: typer.Typer) -> None:
    @app.command()
    def index(
        paths: list[str] = typer.Argument(..., help="report files or folders"),
        format: Format = typer.Option(None, "--format", "-f", help="table (default on a terminal), jsonl or json"),
        framework: str = typer.Option(None, help="only this framework family (GRI, HKEX, SZSE, SDG ...)"),
    ) -> None:
        """Every row of the report's content-index tables: framework, code, title, location, status."""
        fmt = format or (Format.table if sys.stdout.isatty() else Format.jsonl)
        collected: list[dict] = []
        console = Console()
        reports = Analysed(iter_results(paths, only=("index",)))
        for res in reports:
            name = res.document.name
            entries = [e for e in res.index_entries if not framework or fw_catalog.family(e.framework) == fw_catalog.family(framework)]
            if fmt is Format.table:
                console.print(_index_table(name, entries, fw_declared.declared_frameworks(res.document)))
            else:
                _emit(fmt, [index_row(name, e) for e in entries], collected)
        reports.done(collected if fmt is Format.json else None)

    @app.command()
    def coverage(
        paths: list[str] = typer.Argument(..., help="report files or folders"),
        format: Format = typer.Option(None, "--format", "-f", help="table (default on a terminal), jsonl or json"),
        framework: str = typer.Option(None, help="only this framework family (GRI, HKEX, SZSE, IFRS, TCFD, SDG)"),
        status: str = typer.Option(None, help="only items with this status (reported_with_evidence, "
                                              "claimed_no_evidence, omitted, missing)"),
        summary: bool = typer.Option(False, "--summary", help="only the per-framework totals and scores"),
    ) -> None:
        """Per framework the report follows: each item reported with evidence, claimed without, omitted or missing."""
        fmt = format or (Format.table if sys.stdout.isatty() else Format.jsonl)
        collected: list[dict] = []
        console = Console()
        reports = Analysed(iter_results(paths, only=("coverage",)))
        for res in reports:
            name = res.document.name
            rows = [r for r in res.coverage if not framework or fw_catalog.family(r["framework"]) == fw_catalog.family(framework)]
            totals = fw_coverage.coverage_summary(rows)
            if status:
                rows = [r for r in rows if r["status"] == status]
            if fmt is Format.table:
                if not summary:
                    console.print(_coverage_table(name, rows))
                console.print(_summary_table(name, totals))
            else:
                out = totals if summary else rows
                _emit(fmt, [{"report": name, **r} for r in out], collected)
        reports.done(collected if fmt is Format.json else None)


@hookimpl
def esglens_commands(app: typer.Typer) -> None:
    register(app)
