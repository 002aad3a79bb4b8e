"""A header of year groups printed as one row: each year sits in one cell of its group, glued to a
sub-column name ("Male | Female | 2019 Total | Male | Female | 2020 Total"), as a PDF reader or a
converter gives a two-line header (the year centred or right-aligned over its group) merged into one
row. The sub-column names repeat group after group; that repetition, not the year's position,
says which columns a year covers."""
from __future__ import annotations

import re

from ..core.numbers import split_markers
from .units import looks_like_unit
from .values import nonempty

_YEAR = re.compile(r"(?<![\d.,])(?:FY\s?)?((?:19|20)\d{2})(?![\d.,])")
# sub-column names are short: a long cell is a caption, not a group's column
_MAX_SUB_WORDS = 4
# stub cells before the first group (the row-label column and perhaps a unit column)
_MAX_STUB = 2


def block_year_spans(cells: list[str]) -> tuple[list[tuple[int, int, str]], dict[int, tuple[int, str, str]]] | None:
    """(years, spans) of a one-row grouped header, or None. years: (first column of the group, year,
    year text); spans: column -> (year, column name, unit the sub-column names)."""
    parts = []
    for i, c in nonempty(cells):
        s = split_markers(c)[0]
        ys = _YEAR.findall(s)
        if len(ys) > 1:
            return None
        sub = _YEAR.sub(" ", s).strip(" -–—/|:;,")
        parts.append((i, int(ys[0]) if ys else None, " ".join(sub.split())))
    for stub in range(_MAX_STUB + 1):
        got = _groups(parts[stub:])
        if got is not None and all(y is None for _, y, _ in parts[:stub]):
            return got
    return None


def _groups(parts: list[tuple[int, int | None, str]]):
    n = sum(1 for _, y, _ in parts if y is not None)
    if n < 2 or len(parts) % n or len(parts) // n < 2:
        return None
    p = len(parts) // n
    blocks = [parts[k * p:(k + 1) * p] for k in range(n)]
    names = [sub.lower() for _, _, sub in blocks[0]]
    if not all(names) or any(len(s.split()) > _MAX_SUB_WORDS for s in names) or len(set(names)) != p:
        return None
    years, spans = [], {}
    for b in blocks:
        ys = [y for _, y, _ in b if y is not None]
        if len(ys) != 1 or [sub.lower() for _, _, sub in b] != names:
            return None
        years.append((b[0][0], ys[0], str(ys[0])))
        for i, _, sub in b:
            spans[i] = (ys[0], f"{ys[0]} {sub}", sub if looks_like_unit(sub) else "")
    if len({y for _, y, _ in years}) != n:
        return None
    return years, spans
