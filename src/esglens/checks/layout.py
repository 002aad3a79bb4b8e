"""Table layout that makes years unreadable: fewer value cells than the header has year columns."""
from __future__ import annotations

import re

from ..model import Document, Finding, TableBlock
from ..core.opening import opening

_YEAR = opening(re.compile(r"^(?:FY)?\s*(?:19|20)\d{2}\s*$"))
_VALUE = re.compile(r"^[-+<>~≤≥]?\s*\(?\d[\d,]*(?:\.\d+)?\)?\s*%?$|^(?:/|-|—|–|N/?A|n\.a\.)$", re.I)
MIN_RUN = 2


def check_layout(doc: Document | None) -> list[Finding]:
    if doc is None:
        return []
    out: list[Finding] = []
    for table in doc.tables:
        out.extend(_short_rows(table))
    return out


def _trailing_values(cells: list[str]) -> int:
    cells = list(cells)
    while cells and not cells[-1].strip():
        cells.pop()
    n = 0
    for c in reversed(cells):
        if not _VALUE.match(c.strip()):
            break
        n += 1
    return n


def _short_rows(table: TableBlock) -> list[Finding]:
    """A run of rows with one value fewer than the year columns (and full rows elsewhere in the
    table) means a column is missing: which year each value belongs to cannot be read."""
    headers = [r for r in table.rows if sum(bool(_YEAR.match(c.strip())) for c in r.cells) >= 2]
    if not headers:
        return []
    # a table block may hold several printed tables, each under its own header: judge each part
    out: list[Finding] = []
    for i, header in enumerate(headers):
        start = table.rows.index(header)
        end = table.rows.index(headers[i + 1]) if i + 1 < len(headers) else len(table.rows)
        out.extend(_short_rows_under(header, table.rows[start + 1:end]))
    return out


def _aligned(header, cells: list[str]) -> bool:
    """Values standing in the header's own year columns, the missing ones left as empty cells
    ('| 8,420 | 7,960 | |'): each value's year is known."""
    if len(cells) != len(header.cells):
        return False
    at_years = [cells[i].strip() for i, c in enumerate(header.cells) if _YEAR.match(c.strip())]
    return any(not c for c in at_years) and all(not c or _VALUE.match(c) for c in at_years)


def _short_rows_under(header, rows) -> list[Finding]:
    years = [c.strip() for c in header.cells if _YEAR.match(c.strip())]
    k = len(years)
    counts = [(r, k if _aligned(header, r.cells) else _trailing_values(r.cells)) for r in rows]
    if not any(n == k for _, n in counts):
        return []  # no full row: the header, not the rows, is the odd one out
    runs, cur = [], []
    for r, n in counts:
        if n == k - 1 and n >= 1:
            cur.append(r)
        elif cur and n == k and len(cur) >= 1 and r.cells and not r.cells[0].strip():
            cur.append(r)  # a row whose unit cell holds "/" reads as full; it sits inside the block
        else:
            runs.append(cur)
            cur = []
    runs.append(cur)
    out = []
    for run in runs:
        short = [r for r in run if _trailing_values(r.cells) == k - 1 and not _aligned(header, r.cells)]
        if len(short) < MIN_RUN:
            continue
        lines = sorted({header.line} | {r.line for r in run if r.line is not None}) if header.line else []
        pages = sorted({r.page for r in run if r.page is not None})
        first, last = run[0], run[-1]
        span = f"lines {first.line}-{last.line}" if first.line else f"page {first.page}"
        msg = (f"{len(short)} rows ({span}) print {k - 1} values under a header with {k} years "
               f"({', '.join(years)}): which year each value belongs to cannot be told.")
        out.append(Finding("year_label", "warning", msg, lines, pages, years, None, None))
    return out
