"""`esglens check`: print the inconsistencies found in one or more reports."""
from __future__ import annotations

import json
import sys
from enum import Enum

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..batch import iter_results
from .inputs import Analysed, report_files
from .options import TIME_BUDGET
from ..model import Finding
from ..core import registry
from ..core.registry import hookimpl
from ..core.settings import PIPELINE
from ..store.output import fail


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


_STYLE = {"error": "red", "warning": "yellow", "info": "cyan"}


def finding_row(report: str, f: Finding) -> dict:
    d = f.to_dict()
    return {"report": report, **d}


def _where(f: Finding) -> str:
    """Every place as `show`, the web pages and `extract` write it: L142, L1587 / p.20, p.21."""
    return ", ".join([f"L{n}" for n in f.lines] + [f"p.{n}" for n in f.pages])


def _table(name: str, findings: list[Finding]) -> Table:
    t = Table(title=Text(f"{name}: {len(findings)} findings"), show_lines=True)
    for col in ("severity", "kind", "where", "message"):
        t.add_column(col, overflow="fold")
    for f in findings:
        # Text(...) never parses markup: report text stays inert
        t.add_row(Text(f.severity, style=_STYLE.get(f.severity, "")), Text(f.kind), Text(_where(f)),
                  Text(f.message))
    return t


def register(app: typer.Typer) -> None:
    @app.command()
    def check(
        paths: list[str] = typer.Argument(..., help="report files or folders"),
        format: Format = typer.Option(None, "--format", "-f", help="table (default on a terminal), jsonl or json"),
        severity: str = typer.Option(None, help="only findings of this severity (error, warning, info)"),
        skip: list[str] = typer.Option([], "--skip", help="a check not to run (its name in `esglens parts`); repeatable"),
        all_findings: bool = typer.Option(False, "--all", help="also findings with incomplete evidence or low confidence"),
        time_budget: float = TIME_BUDGET,
    ) -> None:
        """Find numbers in a report that contradict each other: sums, shares, rates, repeats, units."""
        fmt = format or (Format.table if sys.stdout.isatty() else Format.jsonl)
        collected: list[dict] = []
        console = Console()
        known = {c.kind for c in registry.checks()}
        unknown = [k for k in skip if k not in known]
        if unknown:
            fail("--skip", f"no check named {', '.join(map(repr, unknown))} (see `esglens parts`)")
        settings = PIPELINE.replace(disabled_checks=frozenset(skip), doubtful_findings=all_findings,
                                    time_budget=time_budget)
        reports = Analysed(iter_results(report_files(paths), only=("checks",), settings=settings))
        for res in reports:
            name = res.document.name
            findings = [f for f in res.findings if not severity or f.severity == severity]
            if fmt is Format.jsonl:
                for f in findings:
                    sys.stdout.write(json.dumps(finding_row(name, f), ensure_ascii=False) + "\n")
            elif fmt is Format.json:
                collected.extend(finding_row(name, f) for f in findings)
            else:
                console.print(_table(name, findings))
        reports.done(collected if fmt is Format.json else None)


@hookimpl
def esglens_commands(app: typer.Typer) -> None:
    register(app)
