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


def read_activity(path: str | Path) -> list[ActivityRow]:
    p = Path(path)
    if not p.is_file():
        raise ActivityError(f"{p}: no such file")
    if p.stat().st_size > MAX_BYTES:
        raise ActivityError(f"{p}: larger than {MAX_BYTES // 1_000_000} MB")
    rows = [r for r in _table(p) if any(str(c).strip() for c in r)]
    if not rows:
        raise ActivityError(f"{p}: empty")
    header = [str(c).strip().lower().replace(" ", "_") for c in rows[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ActivityError(f"{p}: missing column(s) {', '.join(missing)} (need {', '.join(REQUIRED)})")
    col = {name: header.index(name) for name in (*REQUIRED, *OPTIONAL) if name in header}

    def cell(r: list, name: str):
        i = col.get(name)
        return "" if i is None or i >= len(r) else r[i]

    out = []
    for n, r in enumerate(rows[1:], start=2):
        q = cell(r, "quantity")
        period = str(cell(r, "period")).strip()
        if isinstance(cell(r, "period"), float) and float(cell(r, "period")).is_integer():
            period = str(int(cell(r, "period")))
        out.append(ActivityRow(n, str(cell(r, "site")).strip(), period, period_year(period),
                               str(cell(r, "activity")).strip(), number(q), str(q).strip(),
                               str(cell(r, "unit")).strip(), str(cell(r, "supplier")).strip(),
                               str(cell(r, "instrument")).strip(), str(cell(r, "grid")).strip(),
                               str(cell(r, "use")).strip().lower()))
    return out
