"""`esglens extract`: print every fact of one or more reports."""
from __future__ import annotations

import csv
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
from ..core.registry import hookimpl
from ..core.settings import PIPELINE


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


FIELDS = ["report", "metric", "label", "value", "raw", "unit", "year", "line", "page", "source",
          "value_normalized", "unit_normalized", "norm_flag", "section", "table_id", "table_title",
          "column", "footnotes", "qualifier", "evidence", "metric_reason"]


def fact_row(report: str, fact) -> dict:
    d = fact.to_dict()
    d["report"] = report
    return {k: d.get(k) for k in FIELDS}


def register(app: typer.Typer) -> None:
    @app.command()
    def extract(
        paths: list[str] = typer.Argument(..., help="report files or folders"),
        format: Format = typer.Option(None, "--format", "-f", help="table (default on a terminal), jsonl or csv"),
        metric: str = typer.Option(None, help="only facts of this metric id (prefix match: 'ghg.')"),
        source: str = typer.Option(None, help="only 'table' or 'narrative' facts"),
        time_budget: float = TIME_BUDGET,
    ) -> None:
        """Extract every KPI fact with its value, unit, year, metric and place in the report."""
        fmt = format or (Format.table if sys.stdout.isatty() else Format.jsonl)
        writer = None
        console = Console()
        settings = PIPELINE.replace(time_budget=time_budget)
        reports = Analysed(iter_results(report_files(paths), only=("metrics",), settings=settings))
        for res in reports:
            facts = [f for f in res.facts
                     if (not metric or (f.metric or "").startswith(metric)) and (not source or f.source == source)]
            name = res.document.name
            if fmt is Format.jsonl:
                out = sys.stdout
                for f in facts:
                    out.write(json.dumps(fact_row(name, f), ensure_ascii=False) + "\n")
            elif fmt is Format.csv:
                if writer is None:
                    writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS)
                    writer.writeheader()
                for f in facts:
                    row = fact_row(name, f)
                    row["footnotes"] = " ".join(row["footnotes"] or [])
                    writer.writerow(row)
            else:
                t = Table(title=f"{name}: {len(facts)} facts", show_lines=False)
                for col in ("where", "metric", "label", "year", "value", "unit", "normalized"):
                    t.add_column(col, overflow="fold")
                for f in facts:
                    where = f"L{f.line}" if f.line is not None else f"p.{f.page}"
                    norm = "" if f.value_normalized is None else f"{f.value_normalized:,.6g} {f.unit_normalized or ''}"
                    t.add_row(*(Text(x) for x in (where, f.metric or "", f.label[:80], str(f.year or ""), f.raw, f.unit, norm)))
                console.print(t)
        reports.done()


@hookimpl
def esglens_commands(app: typer.Typer) -> None:
    register(app)
