"""A header of year groups printed as one row: each year sits in one cell of its group, glued to a
sub-column name ("Male | Female | 2019 Total | Male | Female | 2020 Total"), as a PDF reader or a
converter gives a two-line header (the year centred or right-aligned over its group) merged into one
row. The sub-column names repeat group after group; that repetition, not the year's position,
says which columns a year covers."""
from __future__ import annotations

import re

from ..core.numbers import split_markers, year_of
from .units import looks_like_unit, sub_unit
from .values import nonempty

_YEAR = re.compile(r"(?<![\d.,])(?:FY\s?)?(?:19|20)\d{2}(?:\s?[-/–]\s?(?:\d{4}|\d{2}))?(?![\d.,])")
# sub-column names are at most this long (a form's column heading can be a sentence)
_MAX_SUB_WORDS = 16
# reference letters of a form's columns differ from group to group: "Total (A) | % (B/A)" and
# "Total (C) | % (D/C)" are the same columns
_REF = re.compile(r"\s*\((?:[A-Z](?:\s*[/+x×-]\s*[A-Z])?)\)")
# stub cells before the first group (the row-label column and perhaps a unit column)
_MAX_STUB = 2


def block_year_spans(cells: list[str]) -> tuple[list[tuple[int, int, str]], dict[int, tuple[int, str, str]]] | None:
    """(years, spans) of a one-row grouped header, or None. years: (first column of the group, year,
    year text); spans: column -> (year, column name, unit the sub-column names)."""
    parts = []
    for i, c in nonempty(cells):
        if i == 0:
            continue     # the row labels' column heads no group
        s = split_markers(c)[0]
        ys = [year_of(m) for m in _YEAR.findall(s)]
        if len(ys) > 1 or None in ys:
            return None     # two years in one cell, or a period ("2019-2021")
        sub = _YEAR.sub(" ", s).strip(" -–—/|:;,")
        parts.append((i, ys[0] if ys else None, " ".join(sub.split())))
    for stub in range(_MAX_STUB + 1):
        got = _groups(parts[stub:], loose=stub == 0)
        if got is not None and all(y is None for _, y, _ in parts[:stub]):
            return got
    return None


def _groups(parts: list[tuple[int, int | None, str]], loose: bool):
    """Equal groups of columns, one year in each. The groups' column names repeat; or (`loose`:
    every column after the labels' is in a group) where a reader garbled the names, the years run
    in steps of one and stand at the same place in each group (a series of periods, not a baseline
    and a target that happen to sit in two halves of a header)."""
    n = sum(1 for _, y, _ in parts if y is not None)
    if n < 2 or len(parts) % n or len(parts) // n < 2:
        return None
    p = len(parts) // n
    blocks = [parts[k * p:(k + 1) * p] for k in range(n)]
    names = [[_name(sub) for _, _, sub in b] for b in blocks]
    repeat = all(names[0]) and len(set(names[0])) == p and all(nm == names[0] for nm in names) \
        and all(len(s.split()) <= _MAX_SUB_WORDS for s in names[0])
    years, spans = [], {}
    for b in blocks:
        ys = [y for _, y, _ in b if y is not None]
        if len(ys) != 1:
            return None
        years.append((b[0][0], ys[0], str(ys[0])))
        for i, _, sub in b:
            spans[i] = (ys[0], f"{ys[0]} {sub}".strip(), sub_unit(sub))
    ys = [y for _, y, _ in years]
    at = {next(k for k, (_, y, _) in enumerate(b) if y is not None) for b in blocks}
    series = loose and len(at) == 1 and all(abs(a - b) == 1 for a, b in zip(ys, ys[1:]))
    if len(set(ys)) != n or not (repeat or series):
        return None
    return years, spans


def _name(sub: str) -> str:
    return " ".join(_REF.sub("", sub).lower().split())


def repeated_groups(cells: list[str]) -> int:
    """How many times a yearless header's column names repeat as a group ("Total | No. | % |
    Total | No. | %"): groups side by side name periods or entities the header does not state."""
    names = [_name(split_markers(c)[0]) for _, c in nonempty(cells)]
    for stub in range(_MAX_STUB + 1):
        rest = names[stub:]
        for p in range(2, len(rest) // 2 + 1):
            if len(rest) % p == 0 and len(set(rest[:p])) == p and all(
                    rest[k:k + p] == rest[:p] for k in range(p, len(rest), p)):
                return len(rest) // p
    return 0
