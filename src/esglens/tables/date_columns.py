"""Columns of dates in a table's body: a start year and a target year on every row of a target table
("CO2 reduction | 2020 | 2030 | –47%"). A year there says when, it is no quantity; and the row's
figure belongs to that period, not to the report's year."""
from __future__ import annotations

import re
from dataclasses import replace

from ..core.numbers import parse_value
from ..read.pdf_matrix_roles import is_plan_word
from ..model import RawRow, TableBlock

_BARE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# a column of dates has a year on at least this many rows that also hold a figure
MIN_ROWS = 2


def date_columns(block: TableBlock) -> set[int]:
    """Columns whose every filled cell, on rows that hold a figure that is no year, is a bare year."""
    years: dict[int, int] = {}
    other: set[int] = set()
    for r in block.rows:
        cells = [c.strip() for c in r.cells]
        if not any(_figure(c) for c in cells):
            continue     # a header or a label row
        for i, c in enumerate(cells):
            if not c or i == 0:
                continue
            if _BARE_YEAR.fullmatch(c):
                years[i] = years.get(i, 0) + 1
            else:
                other.add(i)
    return {i for i, n in years.items() if n >= MIN_ROWS and i not in other}


def _figure(cell: str) -> bool:
    if not cell or _BARE_YEAR.fullmatch(cell):
        return False
    p = parse_value(cell)
    return p is not None and p.value is not None


def without_dates(block: TableBlock, cols: set[int]) -> tuple[TableBlock, dict[int, list[str]]]:
    """The block with its date cells blanked, and each row's dates (row index -> years as printed)."""
    rows, dates = [], {}
    for n, r in enumerate(block.rows):
        got = [r.cells[i].strip() for i in sorted(cols) if i < len(r.cells) and _BARE_YEAR.fullmatch(r.cells[i].strip())]
        if got:
            dates[n] = got
            r = RawRow(cells=["" if i in cols else c for i, c in enumerate(r.cells)], line=r.line, page=r.page,
                       boxes=r.boxes)
        rows.append(r)
    return replace(block, rows=rows), dates


# a span of several years: "2017-2020", "2020–2023" (a fiscal year "2022-23" or "2022/2023" is one year)
_SPAN = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?[-–—~]\s?((?:19|20)\d{2})(?!\d)")


def names_periods(cells: list[str]) -> bool:
    """A yearless header naming spans of several years ("Policy Mandate 2017-2020 | Target"): its
    figures are for those periods (or targets set for them), none is the report's year's. So is a header
    cell naming several years over one column ("FY2017 FY2018 FY2019" over a column of factors printed
    once, centred across the years' columns): a figure for all of them, no one year's."""
    return any(int(m.group(2)) - int(m.group(1)) >= 2 for c in cells for m in _SPAN.finditer(c)) \
        or any(len(set(_ANY_YEAR.findall(_FISCAL.sub(r"\1", c)))) >= 2 and not _SPAN.search(c) for c in cells)


# a year as a header prints it, alone or glued to its word for a fiscal year ("2019年度", "FY2019")
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# a fiscal year printed as two ("2022/2023", "2022-23"): one year
_FISCAL = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?[/-]\s?(?:(?:19|20)?\d{2})(?!\d)")


def no_single_year(header, years: list[int]) -> bool:
    """A yearless header (tables.header.Header) whose columns are periods it does not date: the same
    columns twice side by side (two periods or entities, unnamed) or spans of several years."""
    if header is None or years:
        return False
    # value columns that each name another year ("Actual 2022 | Actual 2023", "Results in 2023 | Target for
    # 2030") in words the header reader does not take for a year column: no one year is theirs
    named = {y for c in header.value_cols for y in _BARE_YEAR.findall(c)}
    return header.groups >= 2 or names_periods(header.cells) or len(named) >= 2


def without_years(table):
    """The table (tables.table_types.Table) with no value dated by its columns: a piece put on the columns
    of a table it may not belong to keeps its figures, which take the report's year like any yearless
    table's, not the other table's years."""
    for r in table.rows:
        for v in r.values:
            v.year, v.column = None, None
    return table


def target_year(column: str | None, dates: list[str]) -> int | None:
    """Rule "a target is dated by its target year": in a row dated by a start and a target year ("2020 |
    2030"), the figure under a column named by a target word alone ("Target", "Goal", "目標": the roles data
    file's words) is the target set for the last year, so that year is its year (a target for 2030 is 2030's
    figure in the model's terms, as "2030 (Target)" columns are). Any other column (a result, a progress,
    a baseline) belongs to the period and keeps no one year."""
    if not column or not dates:
        return None
    return int(dates[-1]) if is_plan_word(column) and int(dates[-1]) >= int(dates[0]) else None


def dated_row(row, dates: list[str]) -> None:
    """A row (tables.table_types.Row) dated by date columns: the figure belongs to the period its dates name
    ("2020–2030"), not to one year, but a target to its target year (`target_year`); a row whose one figure
    is such a target says so in its label ("... (2020–2030) > Target")."""
    row.labels = row.labels[:-1] + [f"{row.labels[-1] if row.labels else ''} ({'–'.join(dates)})".strip()]
    row.dates = dates
    for v in row.values:
        v.year = target_year(v.column, dates)
    if len(row.values) == 1 and row.values[0].year is not None:
        row.labels = row.labels + [row.values[0].column.strip()]
