"""An Excel workbook a person can read: one sheet per kind, bold frozen header, filters, fitted widths."""
from __future__ import annotations

import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

MAX_CELL = 32_000          # Excel refuses more than 32,767 characters in a cell
MAX_WIDTH = 60
SHEET_TITLES = {"index_entries": "index"}
HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")

ABOUT = [
    ("reports", "one row per stored report: company, reporting year, counts"),
    ("facts", "every figure found: value and unit as printed, normalized value and unit, year, where it stands (line or page)"),
    ("findings", "internal inconsistencies found in each report, with the lines or pages involved"),
    ("coverage", "framework items and whether each report covers them"),
    ("profiles", "report profile items (section, key, value) with their source line or page"),
    ("index", "rows of each report's own content index (GRI, HKEX, ...)"),
    ("reviews", "every review of a fact (accept, correct, reject, reset): who, when, the fields corrected"),
]


def write_workbook(path: Path, data: dict[str, tuple[list[str], list[tuple]]]) -> None:
    wb = Workbook()
    about = wb.active
    about.title = "about"
    _about_sheet(about, data)
    for kind, (cols, rows) in data.items():
        ws = wb.create_sheet(SHEET_TITLES.get(kind, kind)[:31])
        _fill(ws, cols, rows)
    wb.save(path)


def _about_sheet(ws: Any, data: dict) -> None:
    ws.append(["sheet", "rows", "what it holds"])
    counts = {SHEET_TITLES.get(k, k): len(rows) for k, (_, rows) in data.items()}
    for sheet, text in ABOUT:
        ws.append([sheet, counts.get(sheet, 0), text])
    ws.append([])
    ws.append(["Column meanings: docs/schema.md in the esglens source. Lines and pages are 1-based."])
    _style_header(ws, 3)
    for col, width in zip("ABC", (14, 8, 100)):
        ws.column_dimensions[col].width = width


def _fill(ws: Any, cols: list[str], rows: list[tuple]) -> None:
    ws.append(cols)
    for r in rows:
        ws.append([_cell_value(v) for v in r])
    # Text that looks like a formula must stay text: report content is untrusted.
    for row in ws.iter_rows(min_row=2):
        for c in row:
            if c.data_type == "f":
                c.data_type = "s"
    _style_header(ws, len(cols))
    for i, name in enumerate(cols, 1):
        ws.column_dimensions[get_column_letter(i)].width = _width(name, [r[i - 1] for r in rows])
    if rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{len(rows) + 1}"


def _style_header(ws: Any, n: int) -> None:
    for c in ws[1][:n]:
        c.font = Font(bold=True)
        c.fill = HEADER_FILL
    ws.freeze_panes = "A2"


def _cell_value(v: Any) -> Any:
    if isinstance(v, str):
        v = ILLEGAL_CHARACTERS_RE.sub("", v)
        return v[:MAX_CELL]
    if isinstance(v, datetime):
        return v.replace(microsecond=0)
    return v


def _width(name: str, values: list[Any]) -> float:
    """Wide enough for the header and most values; long prose columns are capped."""
    lengths = sorted(_display_len(_shown(v)) for v in values[:2000] if v is not None)
    typical = lengths[int(len(lengths) * 0.9)] if lengths else 0
    return float(min(max(len(name) + 2, typical + 2, 6), MAX_WIDTH))


def _display_len(text: str) -> int:
    # CJK characters take two columns.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text[:200])


def _shown(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:,.2f}"
    return str(v)
