"""Printing for the store commands: rich tables for people, JSON lines or JSON for programs.

Report text is untrusted: table cells are rich Text objects (never parsed as markup) and messages
go through rich's escape.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

FORMATS = ("table", "jsonl", "json")


def console() -> Console:
    # Off a terminal rich would squeeze tables into 80 columns; a log or CI page is wider.
    out = Console(highlight=False)
    if not out.is_terminal:
        out = Console(highlight=False, width=160)
    return out


err_console = Console(stderr=True, highlight=False)


def resolve_format(fmt: str | None, default_off_terminal: str = "jsonl") -> str:
    if fmt is None:
        return "table" if sys.stdout.isatty() else default_off_terminal
    fmt = fmt.lower()
    if fmt not in FORMATS:
        fail("--format", f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})", code=2)
    return fmt


def error(subject: str, reason: str) -> None:
    """One line on stderr naming what is wrong and why."""
    err_console.print(f"[red]error[/red] {escape(str(subject))}: {escape(str(reason))}", soft_wrap=True)


def fail(subject: str, reason: str, code: int = 1) -> None:
    error(subject, reason)
    raise typer.Exit(code)


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


def print_json(obj: Any, fmt: str) -> None:
    """json: one document; jsonl: one line per item when obj is a list, else one line."""
    if fmt == "json":
        typer.echo(json.dumps(obj, ensure_ascii=False, default=str, indent=1))
    elif isinstance(obj, list):
        for item in obj:
            typer.echo(dumps(item))
    else:
        typer.echo(dumps(obj))


def cell(value: Any) -> Text:
    if value is None:
        return Text("")
    if isinstance(value, float):
        return Text(fmt_number(value))
    return Text(str(value))


def fmt_number(value: float | int | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    if abs(value) >= 1:
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{value:.4g}"


def table(title: str | None, columns: Sequence[str], rows: Iterable[Sequence[Any]],
          right: Iterable[str] = ()) -> Table:
    right = set(right)
    t = Table(title=escape(title) if title else None, header_style="bold")
    for c in columns:
        t.add_column(escape(c), justify="right" if c in right else "left", overflow="fold")
    for r in rows:
        t.add_row(*(v if isinstance(v, Text) else cell(v) for v in r))
    return t


def where(line: int | None, page: int | None) -> str:
    if line is not None:
        return f"L{line}"
    if page is not None:
        return f"p.{page}"
    return ""


def report_or_fail(con: Any, ref: str, db: str | None = None) -> dict:
    """The stored report `ref` names (id or prefix, file name, company), or one error line and exit."""
    from . import db as store

    try:
        rep = store.get_report(con, ref)
    except store.AmbiguousReport as exc:
        fail(ref, exc.reason)
    if rep is None:
        fail(ref, "no stored report matches" + (f" (see `esglens list --db {db}`)" if db else ""))
    return rep


def metric_prefix_or_fail(prefix: str | None) -> None:
    """A `--metric` filter that no catalog id starts with ends the command with one error line, instead of
    an empty listing that reads as 'the report has no such facts'."""
    if not prefix:
        return
    from difflib import get_close_matches

    from ..catalog import load_catalog

    known = [m.id for m in load_catalog().metrics]
    if any(k.startswith(prefix) for k in known):
        return
    near = get_close_matches(prefix, known, n=3, cutoff=0.6)
    fail(prefix, "no metric id starts with this" + (f" (did you mean {' or '.join(near)}?)" if near else "")
         + "; `esglens metrics` lists them")
