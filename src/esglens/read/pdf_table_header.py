"""One header row from the header lines of a PDF table, when the lines say more than their glued text:
- stacked year groups: a line of years over a line of sub-column names that repeats once per year
  ("2019 | 2020" over "Male | Female | Total | Male | Female | Total"): each sub-column takes the
  year whose group it stands in, "2019 (Male)", wherever the year is set over its group (left,
  centred or right); nothing is guessed when the columns do not split into equal groups each
  holding its year;
- a year with a qualifier word ("FY2021 Forecast", "2023 target", "FY2020 Actual") is the year's
  column, the word kept in brackets: "FY2021 (Forecast)";
- a unit note over the value columns with no column of its own ("(Yen in billions)") is the stub's
  cell (the unit of every row), not part of the column header it happens to stand over.
"""
from __future__ import annotations

import re

from .pdf_lines import Line
from .pdf_table_cells import Box, Grid, merge_cells
from .pdf_table_tokens import is_year

_QUALIFIED = re.compile(r"^((?:FY|CY)?\s?(?:19|20)\d{2}(?:\s?[/-]\s?\d{2,4})?)\s+([^\W\d_][^\W\d_ .'-]*(?:\s[^\W\d_]+){0,2})$",
                        re.I)
_UNIT_NOTE = re.compile(r"^[(（][^()（）]{2,40}[)）]$")


def header_row(lines: list[Line], grid: Grid) -> tuple[list[str], list[Box | None]]:
    """The header lines placed in the grid and merged into one row."""
    placed = [grid.place(ln, header=True) for ln in lines]
    note = ""
    kept = []
    for cells, boxes in placed:
        vals = [c for c in cells[grid.nlab:] if c]
        if len(vals) == 1 and _UNIT_NOTE.match(vals[0]) and not any(cells[:grid.nlab]):
            note = vals[0]      # "(Yen in billions)" set over the last column: the rows' unit
            continue
        kept.append((cells, boxes))
    row: tuple[list[str], list[Box | None]] = ([""] * grid.width, [None] * grid.width)
    groups = _year_groups(kept, grid)
    for i, (cells, boxes) in enumerate(kept):
        if groups is not None and i in groups[0]:
            continue
        merge_cells(row, (cells, boxes))
    if groups is not None:
        for c, text in groups[1].items():
            row[0][grid.nlab + c] = text
    if note and not row[0][0]:
        row[0][0] = note
    elif note:
        row[0][0] = f"{row[0][0]} {note}"
    row[0][grid.nlab:] = [_qualified(c) for c in row[0][grid.nlab:]]
    return row


def _qualified(cell: str) -> str:
    """"FY2021 Forecast" -> "FY2021 (Forecast)": the year stays readable as the column's year."""
    m = _QUALIFIED.match(cell.strip())
    return f"{m.group(1)} ({m.group(2)})" if m else cell


def _year_groups(placed: list[tuple[list[str], list]], grid: Grid) -> tuple[set[int], dict[int, str]] | None:
    """A line of years over the next line of names, one name per value column, the columns split
    into as many equal groups as there are years, each year set over its own group."""
    n = len(grid.cols)
    for i in range(len(placed) - 1):
        ycells, yboxes = placed[i]
        years = [(c - grid.nlab, t, b) for c, (t, b) in enumerate(zip(ycells, yboxes))
                 if c >= grid.nlab and t]
        if len(years) < 2 or not all(is_year(t) for _, t, _ in years) or n % len(years) or n == len(years):
            continue
        names = placed[i + 1][0][grid.nlab:]
        if not all(names) or any(is_year(t) for t in names):
            continue
        k = n // len(years)
        if not all(_over_group(b, grid.cols[j * k:(j + 1) * k]) for j, (_, _, b) in enumerate(years)):
            continue
        texts = {c: f"{years[c // k][1]} ({names[c]})" for c in range(n)}
        return {i, i + 1}, texts
    return None


def _over_group(box: Box | None, cols: list[list[float]]) -> bool:
    """The year's centre stands over the span of its group's columns."""
    if box is None:
        return False
    mid = (box[0] + box[2]) / 2
    return cols[0][0] - 2 <= mid <= cols[-1][1] + 2
