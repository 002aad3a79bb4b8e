"""`esglens parts`: the registered readers, stages and checks, and the pipeline's settings."""
from __future__ import annotations

import json
import sys

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..core import registry
from ..core.registry import hookimpl
from ..core.settings import PIPELINE


def parts_rows() -> list[dict]:
    rows = [{"part": "reader", "name": r.name, "needs": "", "what": f"{' '.join(r.suffixes)}: {r.description}"}
            for r in registry.readers()]
    rows += [{"part": "stage", "name": s.name, "needs": ", ".join(s.needs), "what": s.description}
             for s in registry.stages()]
    rows += [{"part": "check", "name": c.kind, "needs": "", "what": c.description} for c in registry.checks()]
    rows += [{"part": "setting", "name": n, "needs": "", "what": f"{v!r}: {doc}"} for n, v, doc in PIPELINE.describe()]
    from ..read.pdf_panels import PANELS
    from ..read.pdf_table_settings import DEFAULT as TABLES

    for prefix, settings in (("pdf_tables", TABLES), ("pdf_panels", PANELS)):
        rows += [{"part": "setting", "name": f"{prefix}.{n}", "needs": "", "what": f"{v!r}: {doc}"}
                 for n, v, doc in settings.describe()]
    return rows


def register(app: typer.Typer) -> None:
    @app.command()
    def parts(jsonl: bool = typer.Option(False, "--jsonl", help="one JSON object per part")) -> None:
        """List the registered readers, stages and checks (built-in and plugins) and the pipeline settings."""
        rows = parts_rows()
        if jsonl or not sys.stdout.isatty():
            for r in rows:
                sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
            return
        t = Table(title="esglens parts")
        for col in ("part", "name", "needs", "what"):
            t.add_column(col, overflow="fold")
        for r in rows:
            t.add_row(*(Text(str(r[c])) for c in ("part", "name", "needs", "what")))
        Console().print(t)


@hookimpl
def esglens_commands(app: typer.Typer) -> None:
    register(app)
