"""Columns headed by the end of a fiscal year ("2017/3 | 2018/3 | … | 2021/3", "2021年3月期", "FY2020/3",
"March 2021"): read as year columns (core/fiscal.py), and dated the way the report labels its fiscal years.

- `header_year(cells, i)`: the year of header cell i: `year_of` (a year, "FY2023", "2022/23", an explicit
  fiscal end), else the end year of a bare month-and-year heading in a row of them (`fiscal.fiscal_ends`);
- `redate(tables, offset)`: a column so headed is dated the year its period ends in; a report whose stated
  fiscal year ends in that month and whose own labels name it by the year it starts in ("FY2020" = April
  2020 - March 2021: `profile.period.fiscal_offset`) dates the column one year earlier, as it dates its
  other figures. A column of another month, a calendar year end, or a report with no such statement: as is.
"""
from __future__ import annotations

from functools import lru_cache

from ..core.fiscal import FiscalEnd, fiscal_end, fiscal_ends
from ..core.numbers import split_markers, year_of


@lru_cache(maxsize=1 << 12)
def _ends(cells: tuple[str, ...]) -> dict[int, FiscalEnd]:
    return fiscal_ends([split_markers(c)[0] for c in cells])


def header_year(cells: list[str], i: int) -> int | None:
    """The year header cell i names, alone or as one of a row of fiscal-year ends."""
    if (y := year_of(cells[i])) is not None:
        return y
    end = _ends(tuple(c.strip() for c in cells)).get(i)
    return end.year if end is not None else None


def column_end(column: str | None) -> FiscalEnd | None:
    return fiscal_end(split_markers(column)[0]) if column else None


def redate(tables: dict, offset: tuple[int, int] | None) -> int:
    """Shift the year of every value under a fiscal-end column of the report's fiscal month by the report's
    labelling offset (month, years); returns how many values moved."""
    if not offset or not offset[1]:
        return 0
    month, shift = offset
    moved = 0
    for table in tables.values():
        dated: set[int] = set()
        for row in table.rows:
            for v in row.values:
                end = column_end(v.column)
                if end is not None and end.month == month and v.year == end.year:
                    v.year = end.year + shift
                    dated.add(end.year)
                    moved += 1
        if dated:
            table.years = sorted({y + shift if y in dated else y for y in table.years})
    return moved
