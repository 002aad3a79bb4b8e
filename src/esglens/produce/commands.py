"""`esglens inventory ACTIVITY`: a GHG inventory, a KPI annex and a content index from activity data."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..core.lazy import lazy_module
from ..core.registry import hookimpl
from . import LAYOUTS

# loaded when the command runs (units and pint come with them), not when the command line registers it
_activity = lazy_module("esglens.produce.activity")
_annex = lazy_module("esglens.produce.annex")
_factors = lazy_module("esglens.produce.factors")
_index = lazy_module("esglens.produce.index")
_inventory = lazy_module("esglens.produce.inventory")
_render = lazy_module("esglens.produce.render")


class Format(str, Enum):
    table = "table"
    json = "json"


def _fail(msg: str) -> None:
    # "SUBJECT: reason", printed as every other command prints a bad input: "error SUBJECT: reason"
    Console(stderr=True).print(Text(f"error {msg}"), soft_wrap=True)
    raise typer.Exit(1)


def _denominators(values: list[str]) -> dict[int | None, _inventory.Denominator]:
    out = {}
    for v in values or []:
        try:
            year, d = _inventory.parse_denominator(v)
        except ValueError as exc:
            _fail(str(exc))
        out[year] = d
    return out


def _write_annex(inv, layouts: list[str], out: Path) -> list[Path]:
    written = []
    out.mkdir(parents=True, exist_ok=True)
    for name in layouts:
        annex = _annex.build_annex(inv, name)
        index = _index.content_index(annex)
        for suffix, text in ((".md", _render.annex_markdown(annex, index)), (".html", _render.annex_html(annex, index))):
            p = out / f"annex-{name}{suffix}"
            tmp = p.with_suffix(p.suffix + ".tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(p)
            written.append(p)
        p = out / f"annex-{name}.xlsx"
        _render.annex_xlsx(p, annex, inv, index)
        written.append(p)
    for suffix, text in ((".md", _render.inventory_markdown(inv)), (".html", _render.inventory_html(inv))):
        p = out / f"inventory{suffix}"
        tmp = p.with_suffix(p.suffix + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(p)
        written.append(p)
    return written


def _print_table(inv, console: Console) -> None:
    """The lines without their long sources (those are in --format json and the annex XLSX), then totals."""
    t = Table(title="Inventory lines")
    for h in ("row", "site", "period", "activity", "quantity", "unit", "factor", "tCO2e", "market tCO2e", "MWh"):
        t.add_column(h, overflow="fold", justify="right" if h in ("quantity", "tCO2e", "market tCO2e", "MWh") else "left")
    for ln in inv.lines:
        num = lambda v: "" if v is None else f"{v:,.2f}"  # noqa: E731
        factor = ln.factor.split(" (=")[0] if not ln.error else "not counted"
        t.add_row(*(Text(x) for x in (str(ln.row), ln.site, ln.period, ln.activity,
                                      "" if ln.quantity is None else f"{ln.quantity:,.6g}", ln.unit, factor,
                                      num(ln.co2e_t), num(ln.market_t), num(ln.energy_mwh))))
    console.print(t)
    tot = Table(title="Totals")
    tot.add_column("figure")
    for y in inv.years:
        tot.add_column(str(y), justify="right")
    for key in ("scope1_t", "scope2_location_t", "scope2_market_t", "energy_mwh", "energy_tce"):
        tot.add_row(key, *(_render.fmt(inv.totals[y][key]) for y in inv.years))
    for key in ("ghg_intensity", "energy_intensity"):
        units = [inv.intensities[y][key][1] for y in inv.years if key in inv.intensities.get(y, {})]
        if units:
            tot.add_row(f"{key} ({units[0]})", *(_render.fmt(inv.intensities.get(y, {}).get(key, (None,))[0], True) for y in inv.years))
    console.print(tot)
    for ln in inv.lines:
        for n in ln.notes:
            console.print(Text(f"row {ln.row}: {n}"))
    for f in inv.findings:
        console.print(Text(f"{f['kind']}: {f['message']}"))


def register(app: typer.Typer) -> None:
    @app.command()
    def inventory(
        activity: str = typer.Argument(..., help="activity data: CSV or XLSX with site,period,activity,quantity,unit"),
        grid: str = typer.Option(None, "--grid", help="grid region for electricity without a 'grid' column (CN, UK, HK-HKE ...)"),
        factors: str = typer.Option(None, "--factors", help="your own factor file (CSV/YAML: kind,key,year,value,unit,source)"),
        gwp: str = typer.Option("AR5", "--gwp", help="GWP set: AR5 or AR6"),
        denominator: list[str] = typer.Option(None, "--denominator",
                                              help="intensity denominator '2,775,153 RMB 10,000' or '2024=...' (repeatable)"),
        format: Format = typer.Option(None, "--format", "-f", help="table (default on a terminal) or json"),
        annex: str = typer.Option(None, "--annex", help="write the KPI annexes (Markdown, HTML, XLSX) into this folder"),
        layout: list[str] = typer.Option(None, "--layout", help=f"annex layouts ({', '.join(LAYOUTS)}); default all"),
    ) -> None:
        """GHG inventory (Scope 1, Scope 2 location- and market-based), energy in MWh and tce, intensities,
        a KPI annex and a content index, every number with its factor and source."""
        fmt_ = format or (Format.table if sys.stdout.isatty() else Format.json)
        bad = [x for x in (layout or []) if x not in LAYOUTS]
        if bad:
            _fail(f"--layout: unknown layout(s) {', '.join(bad)}; known: {', '.join(LAYOUTS)}")
        try:
            fs = _factors.load(gwp, factors)
            if grid:
                fs.region(grid)
            rows = _activity.read_activity(activity)
        except (_activity.ActivityError, _factors.FactorError) as exc:
            _fail(str(exc))
        inv = _inventory.build(rows, fs, grid, _denominators(denominator))
        if not inv.years:
            _fail(f"{activity}: no row could be counted ({len(inv.findings)} bad rows)")
        written = _write_annex(inv, list(layout or LAYOUTS), Path(annex)) if annex else []
        if fmt_ is Format.json:
            d = inv.to_dict()
            d["annex_files"] = [str(p) for p in written]
            sys.stdout.write(json.dumps(d, ensure_ascii=False, indent=1, default=str) + "\n")
        else:
            console = Console()
            _print_table(inv, console)
            for p in written:
                console.print(Text(f"wrote {p}"))


@hookimpl
def esglens_commands(app: typer.Typer) -> None:
    register(app)
