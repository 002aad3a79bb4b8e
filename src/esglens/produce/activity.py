"""Reading an activity file (CSV or XLSX): one row per site, period, activity, quantity and unit.

Required columns: site, period, activity, quantity, unit. Optional: supplier, instrument, grid, use
(stationary/mobile). Headers are matched without case; a bad file raises ActivityError with one line.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from .quantities import number

REQUIRED = ("site", "period", "activity", "quantity", "unit")
OPTIONAL = ("supplier", "instrument", "grid", "use")
# other names a template may give a column
ALIASES = {"facility": "site", "location": "site", "year": "period", "month": "period", "date": "period",
           "fuel": "activity", "source": "activity", "activity_type": "activity", "type": "activity",
           "amount": "quantity", "value": "quantity", "consumption": "quantity", "units": "unit",
           "region": "grid", "grid_region": "grid", "certificate": "instrument", "contract": "instrument"}
HEADER_SEARCH = 10       # rows above the header (a title, a note) that a template may have
MAX_BYTES = 20_000_000


class ActivityError(ValueError):
    """An activity file that cannot be read; the message names the file and the reason."""


@dataclass
class ActivityRow:
    row: int                  # line (CSV) or row (XLSX) number, header = 1
    site: str
    period: str
    year: int | None
    activity: str
    quantity: float | None
    quantity_raw: str
    unit: str
    supplier: str = ""
    instrument: str = ""
    grid: str = ""
    use: str = ""


_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")


def period_year(period: str) -> int | None:
    """'2024', '2024-03', 'FY2024', '2024Q1' -> 2024."""
    m = _YEAR.search(str(period or ""))
    return int(m.group(0)) if m else None


def _table(path: Path) -> list[list[str]]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        try:
            import openpyxl
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # corrupt zip, not a workbook
            raise ActivityError(f"{path}: not a readable XLSX workbook ({type(exc).__name__})") from None
        ws = wb.worksheets[0]
        out = [["" if c is None else (c if isinstance(c, (int, float)) else str(c)) for c in row]
               for row in ws.iter_rows(values_only=True)]
        wb.close()
        return out
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise ActivityError(f"{path}: binary data, not a CSV file")
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ActivityError(f"{path}: the text encoding cannot be read")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(text.splitlines(), dialect)]


def _names(row: list) -> list[str]:
    names = [str(c).strip().lower().replace(" ", "_") for c in row]
    return [n if n in REQUIRED or n in OPTIONAL else ALIASES.get(n, n) for n in names]


def _header(rows: list[list]) -> tuple[int, list[str]]:
    """(index, column names) of the first row among the first few that names every required column."""
    for i, row in enumerate(rows[:HEADER_SEARCH]):
        names = _names(row)
        if all(c in names for c in REQUIRED):
            return i, names
    return 0, _names(rows[0])


def read_activity(path: str | Path) -> list[ActivityRow]:
    p = Path(path)
    if not p.is_file():
        raise ActivityError(f"{p}: no such file")
    if p.stat().st_size > MAX_BYTES:
        raise ActivityError(f"{p}: larger than {MAX_BYTES // 1_000_000} MB")
    numbered = [(i, r) for i, r in enumerate(_table(p), start=1) if any(str(c).strip() for c in r)]
    if not numbered:
        raise ActivityError(f"{p}: empty")
    at, header = _header([r for _, r in numbered])
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ActivityError(f"{p}: missing column(s) {', '.join(missing)} (need {', '.join(REQUIRED)})")
    col = {name: header.index(name) for name in (*REQUIRED, *OPTIONAL) if name in header}

    def cell(r: list, name: str) -> str:
        i = col.get(name)
        v = "" if i is None or i >= len(r) else r[i]
        if isinstance(v, float) and v.is_integer() and name == "period":
            return str(int(v))      # 2024.0 from a spreadsheet is the year 2024
        return v if isinstance(v, (int, float)) and name == "quantity" else str(v).strip()

    out = []
    for n, r in numbered[at + 1:]:
        q, period = cell(r, "quantity"), cell(r, "period")
        out.append(ActivityRow(n, cell(r, "site"), period, period_year(period), cell(r, "activity"), number(q),
                               str(q).strip(), cell(r, "unit"), cell(r, "supplier"), cell(r, "instrument"),
                               cell(r, "grid"), cell(r, "use").lower()))
    return out
