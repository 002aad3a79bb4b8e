"""Header lines of a PDF table that name groups of columns, read together with the lines of years:
- group names over repeated years ("Women | Men" over "2020 | 2021 | 2020 | 2021"): each column
  takes the year below it and the name of the group it stands in, "2021 (Women)", when the years
  repeat group after group and each name stands over its own group (left, centred or right);
- a title set across all the year columns ("% Reclaimed Packaging Material" over "FY 2023-24 |
  FY 2022-23") names them all: it is the stub's text, not cut word by word into the years' cells;
- a line of units under the column names ("(%) | (%) | (number)" under "Men | Women | Total" under
  the years): each column's unit joins its header, "2017 (Men) (%)", so its cells are measured in it.
Nothing is guessed when the columns do not split into equal groups.
"""
from __future__ import annotations

import re

from ..core.numbers import NAME_CHARS, split_markers
from ..core.units import known_unit, parse_unit
from .pdf_lines import Line
from .pdf_table_cells import Box, Grid, col_of
from .pdf_table_tokens import has_words, is_year, tokens

Placed = list[tuple[list[str], list[Box | None]]]

# a header cell that is a bracketed unit and nothing else: "(%)", "(number)", "(t CO2e)"
_UNIT_CELL = re.compile(r"^[(（]([^()（）]{1,24})[)）]$")
# a column header as the year groups write it: "2019 (Male)"
_YEAR_NAME = re.compile(r"^(.*\S)\s\(([^()]+)\)$")


def names_over_years(lines: list[Line], grid: Grid) -> dict[int, str] | None:
    """Value column -> "<year> (<group name>)" for a line of years, one over every value column, that
    repeat group after group ("2020 | 2021 | 2020 | 2021"), under a name set over each group (on one
    line or wrapped over several); None when the header is not so."""
    n = len(grid.cols)
    for yi in range(len(lines) - 1, 0, -1):
        years = _year_row(lines[yi], grid)
        if years is None:
            continue
        k = _group_width(years)
        if k is None:
            return None
        spans = [(grid.cols[j][0] - 2, grid.cols[j + k - 1][1] + 2) for j in range(0, n, k)]
        names = [_group_name(lines[:yi], lines[yi], spans, j) for j in range(len(spans))]
        if not all(names):
            return None
        return {c: f"{years[c]} ({names[c // k]})" for c in range(n)}
    return None


def _year_row(ln: Line, grid: Grid) -> list[str] | None:
    """The line's years, one over each value column in order, or None."""
    toks = [t for t in tokens(ln) if t.x1 > grid.vx - 2]
    if len(toks) != len(grid.cols) or not all(is_year(t.text) for t in toks):
        return None
    if [col_of(t.x0, t.x1, grid.cols) for t in toks] != list(range(len(grid.cols))):
        return None
    return [t.text for t in toks]


def _group_width(years: list[str]) -> int | None:
    """The width of the groups the years repeat in: the same years in every group, each once."""
    n = len(years)
    for k in range(2, n // 2 + 1):
        groups = {tuple(years[j:j + k]) for j in range(0, n, k)}
        if n % k == 0 and len(groups) == 1 and len(set(years[:k])) == k:
            return k
    return None


# the lines of one wrapped name stand this many type sizes apart at most
_WRAP = 1.5


def _group_name(above: list[Line], below: Line, spans: list[tuple[float, float]], j: int) -> str:
    """The text set over group j alone on the lines just above the years (a name wrapped over lines
    read top to bottom); a line whose text there runs over another group too ends it (a title of
    several groups)."""
    a, b = spans[j]
    parts: list[str] = []
    prev = below
    for ln in reversed(above):
        frs = [f for f in ln.frags if f.x1 > a and f.x0 < b]
        if not frs:
            continue
        if parts and prev.base - ln.base > _WRAP * ln.size:
            break
        if any(f.x1 > oa and f.x0 < ob for f in frs for i, (oa, ob) in enumerate(spans) if i != j):
            break
        parts.insert(0, " ".join(f.text for f in frs))
        prev = ln
    return _short(split_markers(" ".join(parts))[0])


def _short(name: str) -> str:
    """The name as a year's bracket holds it: no brackets of its own, NAME_CHARS characters, cut at a word."""
    name = " ".join(name.replace("(", " ").replace(")", " ").split())
    return name if len(name) <= NAME_CHARS else name[:NAME_CHARS + 1].rsplit(" ", 1)[0]


def titles_over_years(lines: list[Line], grid: Grid) -> tuple[list[Line], str]:
    """Header lines without the titles set across all the year columns, and those titles: a run of words
    over the centres of every value column (two or more), each of which has its own year on the next
    line below with text there (a name wider than its column spans two centres too, over one group)."""
    centres = [(a + b) / 2 for a, b in grid.cols]
    out, titles = [], []
    for k, ln in enumerate(lines):
        keep = []
        for f in ln.frags:
            under = [c for c, x in enumerate(centres) if f.x0 <= x <= f.x1]
            if 2 <= len(under) == len(centres) and has_words(f.text) and not is_year(f.text) and _years_below(lines[k + 1:], grid, under):
                titles.append(f.text)
            else:
                keep.append(f)
        if keep:
            out.append(ln if len(keep) == len(ln.frags) else Line(frags=keep))
    return out, " ".join(titles)


def _years_below(lines: list[Line], grid: Grid, cols: list[int]) -> bool:
    """The first line below with anything over the columns holds a different year over each of them
    (and nothing else there): a title wrapped onto more lines over them is a column's long header."""
    lo, hi = grid.cols[cols[0]][0] - 2, grid.cols[cols[-1]][1] + 2
    for ln in lines:
        over = [t for t in tokens(ln) if t.x1 > lo and t.x0 < hi]
        if not over:
            continue
        got = {}
        for t in over:
            mid = (t.x0 + t.x1) / 2
            for c in cols:
                a, b = grid.cols[c]
                if is_year(t.text) and (a - 2 <= mid <= b + 2 or t.x0 <= (a + b) / 2 <= t.x1):
                    got[c] = t.text
        return len(got) == len(over) == len(cols) and len(set(got.values())) == len(cols)
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
            if name.endswith(" " + bare_name(unit)):
                name = name[:-len(bare_name(unit)) - 1]     # the unit read into the name already
            row[nlab + c] = f"{got.group(1)} ({name}) ({unit})"
        return


# a bracketed period name under a year: "(Current Financial Year)", "(Previous year)", "(Base year)"
_BRACKETED = re.compile(r"^[(（][^()（）]{2,38}[)）]$")


def years_with_brackets(placed: Placed, grid: Grid) -> Placed:
    """The header lines without a line whose only cells are bracketed words, each right under a year of
    the line above and one under every year ("FY 2023-24 | FY 2022-23" over "(Current Financial Year) |
    (Previous Financial Year)"): the period's name, which says nothing the year does not, and which
    stood between the years and the sub-column names their groups repeat. A bracketed unit ("(%)")
    is left to the units' line."""
    nlab = grid.nlab
    for i in range(len(placed) - 1):
        years = {c: t for c, t in enumerate(placed[i][0]) if c >= nlab and t and is_year(t)}
        under = {c: t for c, t in enumerate(placed[i + 1][0]) if t}
        if len(years) < 2 or set(under) != set(years) or not all(
                _BRACKETED.match(t) and not known_unit(t[1:-1].strip()) for t in under.values()):
            continue
        return [*placed[:i + 1], *placed[i + 2:]]
    return placed


def group_name(name: str) -> str:
    """A column's name to set in brackets after its year: as printed, one space apart, when it holds at
    most one level of balanced brackets of its own and NAME_CHARS characters ("Certified crew (L)"), else bare."""
    one = " ".join(name.split())
    if len(one) > NAME_CHARS or not _ONE_LEVEL.fullmatch(one):
        return bare_name(name)
    # a bracketed unit is the units' business (with_units): the name goes bare
    # ("Staff (%)"); a letter in brackets is a column's letter ("Total (A)", "crew (L)"), not litres
    units = [u.strip() for u in _INNER.findall(one) if not re.fullmatch(r"\s*[A-Z]\s*", u)]
    return bare_name(name) if any(parse_unit(u) is not None for u in units) else one


_ONE_LEVEL = re.compile(r"(?:[^()]|\([^()]{0,20}\))+")
_INNER = re.compile(r"\(([^()]*)\)")


def bare_name(name: str) -> str:
    """A group or column name without brackets, one space apart, at most NAME_CHARS characters (a column label part)."""
    return " ".join(name.replace("(", " ").replace(")", " ").split())[:NAME_CHARS].strip()
