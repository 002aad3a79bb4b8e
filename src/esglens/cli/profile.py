"""`esglens profile PATH`: the report's profile as rich tables per section, or JSON."""
from __future__ import annotations

import json
import sys

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..errors import InputError
from ..core.lazy import lazy_module
from ..core.registry import hookimpl

profile_stage = lazy_module("esglens.profile")  # the profile stage loads when a command uses it


def register(app: typer.Typer) -> None:
    @app.command()
    def profile(
        path: str = typer.Argument(..., help="one report file"),
        format: str = typer.Option(None, "--format", "-f", help="table (default on a terminal), json or jsonl (one row per item)"),
    ) -> None:
        """Company, period, listing, frameworks, assurance, governance, material topics, targets, climate risks."""
        fmt = (format or ("table" if sys.stdout.isatty() else "json")).lower()
        if fmt not in ("table", "json", "jsonl"):
            _fail("--format", f"unknown format '{fmt}' (choose from table, json, jsonl)", 2)
        try:
            from ..pipeline import analyze
            result = analyze(path, only=("profile",))
        except InputError as exc:
            _fail(exc.path, exc.reason, 1)
        prof = result.profile
        if fmt == "json":
            typer.echo(json.dumps(prof, ensure_ascii=False, indent=1, default=str))
        elif fmt == "jsonl":
            for row in profile_stage.flatten_profile(prof):
                typer.echo(json.dumps(row, ensure_ascii=False, default=str))
        else:
            print_tables(prof, result.document.name)


def _fail(subject: str, reason: str, code: int) -> None:
    Console(stderr=True, highlight=False).print(f"[red]error[/red] {escape(str(subject))}: {escape(str(reason))}")
    raise typer.Exit(code)


def _where(item: dict | None) -> str:
    if not item:
        return ""
    if item.get("line") is not None:
        return f"L{item['line']}"
    if item.get("page") is not None:
        return f"p{item['page']}"
    return ""


def _table(title: str, columns: list[str], rows: list[list]) -> Table:
    t = Table(title=title, title_justify="left", show_lines=False)
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in rows:
        # Report text is untrusted: Text() is never parsed as rich markup.
        t.add_row(*(Text("" if v is None else str(v)) for v in r))
    return t


def print_tables(p: dict, name: str) -> None:
    out = Console(highlight=False) if sys.stdout.isatty() else Console(highlight=False, width=160)
    out.print(_table(f"{name}: profile", ["item", "value", "where"], _basic_rows(p)))
    out.print(_table("Frameworks", ["name", "relation", "where"],
                     [[f["name"], f.get("relation"), _where(f)] for f in p.get("frameworks") or []]))
    out.print(_table("ESG governance", ["body", "role", "reports to", "where"],
                     [[g["body"], g.get("role"), g.get("reports_to"), _where(g)] for g in p.get("governance") or []]))
    out.print(_table("Material topics", ["topic", "tier", "rank", "dimension", "where"],
                     [[m["name"], m.get("tier_label"), m.get("rank"), m.get("dimension"), _where(m)] for m in p.get("material_topics") or []]))
    out.print(_table("Materiality method", ["method", "where"], [[m["method"], _where(m)] for m in p.get("materiality_method") or []]))
    out.print(_table("Targets", ["metric", "target", "description", "progress", "where"],
                     [[t.get("metric"), profile_stage.target_summary(t), t["description"][:120], _progress_text(t), _where(t)] for t in p.get("targets") or []]))
    out.print(_table("Climate risks and opportunities", ["type", "category", "description", "horizon", "financial impact", "where"],
                     [[r["type"], r.get("category"), r["description"][:120], r.get("horizon"), (r.get("financial_impact") or "")[:60], _where(r)]
                      for r in p.get("climate_risks") or []]))
    out.print(_table("Scenarios", ["name", "family", "where"], [[s["name"], s.get("family"), _where(s)] for s in p.get("scenarios") or []]))
    out.print(_table("Not disclosed", ["statement"], [[s] for s in p.get("not_disclosed") or []]))


def _basic_rows(p: dict) -> list[list]:
    """The profile's single items (company, title, period, year, currency, listings, assurance, GHG
    verification) as (item, value, where) rows."""
    basics = [["company", (p.get("company") or {}).get("value"), _where(p.get("company"))],
              ["report title", (p.get("report_title") or {}).get("value"), _where(p.get("report_title"))],
              ["period", f"{(p.get('period') or {}).get('start')} – {(p.get('period') or {}).get('end')}" if p.get("period") else None, _where(p.get("period"))],
              ["report year", (p.get("report_year") or {}).get("value"), _where(p.get("report_year"))],
              ["currency", (p.get("currency") or {}).get("value"), _where(p.get("currency"))]]
    basics += [["listing", f"{x.get('exchange') or '?'} {x.get('code') or ''}".strip(), _where(x)] for x in p.get("listing") or []]
    a = p.get("assurance") or {}
    if a.get("status") == "assured":
        basics.append(["assurance", ", ".join(str(a[k]) for k in ("provider", "standard", "type", "level") if a.get(k)), _where(a)])
        basics += [[f"  {x['level']} assurance", x["subject"], _where(x)] for x in a.get("levels") or []]
    else:
        basics.append(["assurance", "none stated", ""])
    basics += [["GHG verification", f"{g['standard']} {g.get('scope') or ''}".strip(), _where(g)] for g in p.get("ghg_verification") or []]
    return basics


def _progress_text(t: dict) -> str:
    parts = []
    pr = t.get("progress") or {}
    if pr.get("change_pct") is not None:
        parts.append(f"{pr['change_pct']:+g} % {t.get('baseline_year')}→{pr.get('latest_year')} ({pr.get('status')})")
    for s in t.get("progress_stated") or []:
        parts.append(f"stated {s['change_pct']:+g} % (L{s.get('line')})")
    if t.get("status"):
        parts.append(str(t["status"]))
    return "; ".join(parts)


@hookimpl
def esglens_commands(app: typer.Typer) -> None:
    register(app)
