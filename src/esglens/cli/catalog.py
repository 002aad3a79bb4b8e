"""`esglens metrics` lists the catalog; `esglens explain` shows why a label maps to a metric."""
from __future__ import annotations

import json
import sys
from enum import Enum

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..errors import InputError
from ..model import Fact
from ..core.lazy import lazy_module
from ..core.registry import hookimpl
from ..store import output as out

catalog = lazy_module("esglens.catalog")  # the catalog (and pint) load when a command uses it


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


def _fmt(value: Format | None) -> Format:
    return value or (Format.table if sys.stdout.isatty() else Format.jsonl)


def _emit(rows: list[dict], fmt: Format, title: str, columns: list[str]) -> None:
    if fmt is Format.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt is Format.jsonl:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
    else:
        t = Table(title=title)
        for c in columns:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*(Text("" if r.get(c) is None else str(r.get(c))) for c in columns))
        Console().print(t)


def _metric_row(m) -> dict:
    d = m.to_dict()
    d["frameworks"] = "; ".join(f"{k} {v}" for k, v in m.frameworks.items())
    return d


def _explain_row(f: Fact, report: str | None = None) -> dict:
    row = {"metric": f.metric, "label": f.label, "unit": f.unit, "value": f.value,
           "value_normalized": f.value_normalized, "unit_normalized": f.unit_normalized,
           "norm_flag": f.norm_flag, "reason": f.metric_reason}
    if report:
        row = {"report": report, "line": f.line, "page": f.page, **row}
    return row


def _library_mapper(db: str | None):
    """The mapper with a library's reviewed metrics as examples (`esglens review`), or None."""
    if not db:
        return None
    from ..catalog import from_settings, mapper_for
    from ..store import db as store
    from ..store import review

    try:
        con = store.connect(db, read_only=True)
    except store.StoreError as exc:
        out.fail(exc.path, exc.reason)
    try:
        return mapper_for(from_settings(review.examples(con)))
    finally:
        con.close()


def register(app: typer.Typer) -> None:
    @app.command()
    def metrics(
        format: Format = typer.Option(None, "--format", "-f", help="table (default on a terminal), jsonl or json"),
        prefix: str = typer.Option(None, help="only metric ids starting with this ('ghg.')"),
    ) -> None:
        """List the metric catalog: ids, names, dimensions, canonical units, framework codes."""
        rows = [_metric_row(m) for m in catalog.load_catalog().metrics if not prefix or m.id.startswith(prefix)]
        _emit(rows, _fmt(format), f"{len(rows)} metrics",
              ["id", "name", "dimension", "unit", "frameworks", "definition"])

    @app.command()
    def explain(
        report: str = typer.Argument(None, help="a report: explain the mapping of all its facts"),
        label: str = typer.Option(None, "--label", "-l", help="a row label path ('Hazardous waste > Total')"),
        unit: str = typer.Option("", "--unit", "-u", help="the unit as printed"),
        value: float = typer.Option(None, "--value", help="a value to normalize"),
        narrative: bool = typer.Option(False, help="read --label as a sentence, not a table row"),
        metric: str = typer.Option(None, help="with a report: only facts of this metric id (prefix)"),
        format: Format = typer.Option(None, "--format", "-f", help="table (default on a terminal), jsonl or json"),
        db: str = typer.Option(None, "--db", help="a library: its reviewed metrics decide first, as at ingest"),
    ) -> None:
        """Explain which metric a label and unit map to, and why (or the mapping of every fact of a report)."""
        fmt, mapper = _fmt(format), _library_mapper(db)
        if report is None and label is None:   # one line naming what is wrong, as every command's errors
            out.fail("explain", "give a REPORT or --label")
        if report is None:
            f = Fact(value=value, raw="" if value is None else str(value), unit=unit or "", year=None,
                     label=label, source="narrative" if narrative else "table",
                     evidence=label if narrative else None)
            m = mapper.match(f) if mapper else catalog.match_fact(f)
            f.metric, f.metric_reason = (m.metric.id if m.metric else None), m.reason
            if value is None:   # the unit's conversion for 1 of it (not "no value (not disclosed)")
                f.value = 1.0
            catalog.normalize_fact(f)
            row = {**_explain_row(f), "decided_by": m.source or ("catalog patterns" if m.metric else None),
                   "candidate": m.candidate, "score": m.score}
            if value is None:
                row.update(value=None, note=f"value_normalized is for 1 {unit or '(no unit)'}: give --value for a figure")
            if fmt is Format.table:   # one mapping: a field per line (ten columns of one row fold to nothing)
                _emit([{"field": k, "value": v} for k, v in row.items() if v not in (None, "")], fmt, "mapping",
                      ["field", "value"])
            else:
                _emit([row], fmt, "mapping", [])
            return
        out.metric_prefix_or_fail(metric)   # before the report is read: a typo should not cost its analysis
        from ..facts import extract_facts
        from ..read import load
        try:
            doc = load(report)
        except InputError as exc:
            out.fail(exc.path, exc.reason)
        facts = catalog.annotate(extract_facts(doc), doc, mapper)
        rows = [_explain_row(f, doc.name) for f in facts if not metric or (f.metric or "").startswith(metric)]
        _emit(rows, fmt, f"{doc.name}: {len(rows)} facts",
              ["line", "page", "metric", "label", "unit", "value_normalized", "unit_normalized", "reason"])


@hookimpl
def esglens_commands(app: typer.Typer) -> None:
    register(app)
