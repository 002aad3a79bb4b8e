"""Header lines of a PDF table that name groups of columns, read together with the lines of years:
- group names over repeated years ("Women | Men" over "2020 | 2021 | 2020 | 2021"): each column
  takes the year below it and the name of the group it stands in, "2021 (Women)", when the years
  repeat group after group and each name stands over its own group (left, centred or right);
- a title set across several year columns ("% Reclaimed Packaging Material" over "FY 2023-24 |
  FY 2022-23") names them all: it is the stub's text, not cut word by word into the years' cells;
- a line of units under the column names ("(%) | (%) | (number)" under "Men | Women | Total" under
  the years): each column's unit joins its header, "2017 (Men) (%)", so its cells are measured in it.
Nothing is guessed when the columns do not split into equal groups.
"""
from __future__ import annotations

import re

from ..core.units import parse_unit
from .pdf_lines import Line
from .pdf_table_cells import Box, Grid
from .pdf_table_tokens import has_words, is_year, tokens

Placed = list[tuple[list[str], list[Box | None]]]

# a header cell that is a bracketed unit and nothing else: "(%)", "(number)", "(t CO2e)"
_UNIT_CELL = re.compile(r"^[(（]([^()（）]{1,24})[)）]$")
# a column header as the year groups write it: "2019 (Male)"
_YEAR_NAME = re.compile(r"^(.*\S)\s\(([^()]+)\)$")


def names_over_years(placed: Placed, grid: Grid) -> dict[int, str] | None:
    """Value column -> "<year> (<group name>)" for a line of group names over a line of years that
    repeat once per group; None when the header is not so."""
    n, nlab = len(grid.cols), grid.nlab
    for i in range(len(placed) - 1):
        heads = [(c - nlab, t, b) for c, (t, b) in enumerate(zip(*placed[i])) if c >= nlab and t]
        if len(heads) < 2 or n % len(heads) or n // len(heads) < 2:
            continue
        if any(is_year(t) or re.search(r"\d", t) for _, t, _ in heads):
            continue
        years = placed[i + 1][0][nlab:]
        if not all(years) or not all(is_year(t) for t in years):
            continue
        k = n // len(heads)
        groups = {tuple(years[j:j + k]) for j in range(0, n, k)}
        if len(groups) != 1 or len(set(years[:k])) != k:
            continue    # the same years in every group, each year once
        if not all(_over_group(b, grid.cols[j * k:(j + 1) * k]) for j, (_, _, b) in enumerate(heads)):
            continue
        return {c: f"{years[c]} ({_bare(heads[c // k][1])})" for c in range(n)}
    return None


def titles_over_years(lines: list[Line], grid: Grid) -> tuple[list[Line], str]:
    """Header lines without the titles set across two or more year columns, and those titles: a run of
    words over the centres of several value columns, each of which has its own year on a line below."""
    centres = [(a + b) / 2 for a, b in grid.cols]
    out, titles = [], []
    for k, ln in enumerate(lines):
        keep = []
        for f in ln.frags:
            under = [c for c, x in enumerate(centres) if f.x0 <= x <= f.x1]
            if len(under) >= 2 and has_words(f.text) and not is_year(f.text) and _years_below(lines[k + 1:], grid, under):
                titles.append(f.text)
            else:
                keep.append(f)
        if keep:
            out.append(ln if len(keep) == len(ln.frags) else Line(frags=keep))
    return out, " ".join(titles)


def _years_below(lines: list[Line], grid: Grid, cols: list[int]) -> bool:
    """One line below holds a different year over each of the columns."""
    for ln in lines:
        got = {}
        for t in tokens(ln):
            mid = (t.x0 + t.x1) / 2
            for c in cols:
                a, b = grid.cols[c]
                if is_year(t.text) and (a - 2 <= mid <= b + 2 or t.x0 <= (a + b) / 2 <= t.x1):
                    got[c] = t.text
        if len(got) == len(cols) and len(set(got.values())) == len(cols):
            return True
    return False


def with_units(row: list[str], placed: Placed, grid: Grid) -> None:
    """A header line of bracketed units only, one over every value column ("(%)" under "Men"): each
    column header written as a year and a name in brackets takes its unit in brackets after the name."""
    nlab = grid.nlab
    for cells, _ in placed:
        vals = cells[nlab:]
        units = [_UNIT_CELL.match(v) for v in vals]
        if len(vals) < 2 or not all(units) or any(cells[:nlab]) \
                or any(parse_unit(m.group(1).strip()) is None for m in units):
            continue    # "(Current Financial Year)" under a year is no unit
        for c, m in enumerate(units):
            got = _YEAR_NAME.match(row[nlab + c])
            if got is None:
                continue
            unit = m.group(1).strip()
            name = got.group(2).strip()
            if name.endswith(" " + _bare(unit)):
                name = name[:-len(_bare(unit)) - 1]     # the unit read into the name already
            row[nlab + c] = f"{got.group(1)} ({name}) ({unit})"
        return


def _bare(name: str) -> str:
    return " ".join(name.replace("(", " ").replace(")", " ").split())[:40].strip()


def _over_group(box: Box | None, cols: list[list[float]]) -> bool:
    """The name's centre stands over the span of its group's columns."""
    if box is None:
        return False
    mid = (box[0] + box[2]) / 2
    return cols[0][0] - 2 <= mid <= cols[-1][1] + 2
