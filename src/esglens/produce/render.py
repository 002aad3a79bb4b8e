"""Annex, inventory table and content index as Markdown, HTML (escaped) and XLSX."""
from __future__ import annotations

import html
import math
from pathlib import Path

from .annex import Annex
from .index import IndexRow
from .inventory import Inventory

AMOUNT_DECIMALS = 2
INTENSITY_DIGITS = 4      # significant digits of an intensity: enough for the intensity check to arbitrate


def fmt(value: float | None, intensity: bool = False) -> str:
    if value is None:
        return "/"
    if intensity and value:
        decimals = max(0, INTENSITY_DIGITS - 1 - math.floor(math.log10(abs(value))))
        return f"{value:,.{decimals}f}"
    return f"{value:,.{AMOUNT_DECIMALS}f}"


def _is_intensity(unit: str) -> bool:
    return "/" in unit


def annex_table(annex: Annex) -> tuple[list[str], list[list[str]]]:
    head = ["Code", "Indicator", "Unit", *map(str, annex.years)]
    body = [[r.codes, r.label, r.unit, *(fmt(r.values.get(y), _is_intensity(r.unit)) for y in annex.years)]
            for r in annex.rows]
    return head, body


def inventory_table(inv: Inventory) -> tuple[list[str], list[list[str]]]:
    head = ["Row", "Site", "Period", "Activity", "Quantity", "Unit", "Scope", "Category", "Factor",
            "Factor source", "Result (tCO2e)", "Market-based (tCO2e)", "Energy (MWh)", "Notes"]
    body = []
    for ln in inv.lines:
        q = "" if ln.quantity is None else f"{ln.quantity:,.6g}"
        res = "" if ln.co2e_t is None else f"{ln.co2e_t:,.4f}"
        mkt = "" if ln.market_t is None else f"{ln.market_t:,.4f}"
        mwh = "" if ln.energy_mwh is None else f"{ln.energy_mwh:,.4f}"
        notes = "; ".join([*ln.notes, *([f"not counted: {ln.error}"] if ln.error else [])])
        body.append([str(ln.row), ln.site, ln.period, ln.activity, q, ln.unit, ln.scope or "", ln.category,
                     ln.factor, ln.factor_source, res, mkt, mwh, notes])
    return head, body


def index_table(rows: list[IndexRow]) -> tuple[list[str], list[list[str]]]:
    return ["Framework", "Code", "Our label", "Where"], [[r.framework, r.code, r.label, r.where] for r in rows]


# ---------------------------------------------------------------- markdown
def _md_cell(s: str) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def md_table(head: list[str], body: list[list[str]]) -> str:
    out = ["| " + " | ".join(map(_md_cell, head)) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(map(_md_cell, row)) + " |" for row in body]
    return "\n".join(out)


def annex_markdown(annex: Annex, index: list[IndexRow] | None = None) -> str:
    parts = [f"# {annex.title}", "", md_table(*annex_table(annex)), ""]
    parts += [f"- {n}" for n in annex.notes]
    if index:
        parts += ["", "## Content index", "", md_table(*index_table(index))]
    return "\n".join(parts) + "\n"


def inventory_markdown(inv: Inventory) -> str:
    """The inventory table: each line with its quantity, factor, factor source and result."""
    parts = ["# GHG inventory", "", md_table(*inventory_table(inv))]
    if inv.findings:
        parts += ["", "## Findings in the activity data", ""] + [f"- {f['message']}" for f in inv.findings]
    return "\n".join(parts) + "\n"


# ---------------------------------------------------------------- html
def html_table(head: list[str], body: list[list[str]]) -> str:
    e = html.escape
    rows = ["<tr>" + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>"]
    rows += ["<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>" for r in body]
    return "<table>\n" + "\n".join(rows) + "\n</table>"


def annex_html(annex: Annex, index: list[IndexRow] | None = None) -> str:
    e = html.escape
    parts = ["<!doctype html>", '<html><head><meta charset="utf-8">', f"<title>{e(annex.title)}</title></head><body>",
             f"<h1>{e(annex.title)}</h1>", html_table(*annex_table(annex)), "<ul>"]
    parts += [f"<li>{e(n)}</li>" for n in annex.notes] + ["</ul>"]
    if index:
        parts += ["<h2>Content index</h2>", html_table(*index_table(index))]
    return "\n".join(parts + ["</body></html>"]) + "\n"


def inventory_html(inv: Inventory) -> str:
    e = html.escape
    parts = ["<!doctype html>", '<html><head><meta charset="utf-8"><title>GHG inventory</title></head><body>',
             "<h1>GHG inventory</h1>", html_table(*inventory_table(inv))]
    if inv.findings:
        parts += ["<h2>Findings in the activity data</h2>", "<ul>"]
        parts += [f"<li>{e(f['message'])}</li>" for f in inv.findings] + ["</ul>"]
    return "\n".join(parts + ["</body></html>"]) + "\n"


# ---------------------------------------------------------------- xlsx
def annex_xlsx(path: Path, annex: Annex, inv: Inventory, index: list[IndexRow] | None = None) -> None:
    """One workbook: the annex (numbers as numbers), the inventory lines, the content index. Written atomically."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KPI annex"
    ws.append([annex.title])
    ws.append(["Code", "Indicator", "Unit", *annex.years])
    for r in annex.rows:
        ws.append([r.codes, r.label, r.unit, *(r.values.get(y) for y in annex.years)])
    for n in annex.notes:
        ws.append([n])
    lines = wb.create_sheet("Inventory")
    head, body = inventory_table(inv)
    lines.append(head)
    for ln, row in zip(inv.lines, body):
        row[10], row[11], row[12] = ln.co2e_t, ln.market_t, ln.energy_mwh
        row[4] = ln.quantity
        lines.append(row)
    if index:
        ix = wb.create_sheet("Content index")
        h, b = index_table(index)
        ix.append(h)
        for row in b:
            ix.append(row)
    tmp = path.with_suffix(path.suffix + ".tmp")
    wb.save(tmp)
    tmp.replace(path)
