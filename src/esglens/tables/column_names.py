"""The part of a value's column name that goes into its fact's label.

A year column adds nothing to the label: the year is the fact's. Where one row has several cells of
the same year (a form's "Total (A) | No. (B) | % (B/A)" under one fiscal year, "Reused | Recycled"
under each year), the year does not tell them apart: each cell's label ends with what its column
adds to the year ("No. (B)"). Footnote marks in a column's name ("On-site audit*") are no part of it.
"""
from __future__ import annotations

import re
from collections import Counter

from ..core.numbers import split_markers
from .units import looks_like_unit
from ..core.memo import kept

# a year as a column prints it, with the bracket that qualifies it ("FY 2023-24 (Current Financial Year)")
_YEAR = re.compile(r"(?:\b(?:FY|CY)\s?)?(?<!\d)(?:19|20)\d{2}(?:\s?[/-]\s?\d{2,4})?(?!\d)"
                   r"(?:\s*\((?:[^()\d]*\b(?:year|period)\b[^()\d]*)\))?", re.I)


@kept(maxsize=4096)   # (asked per cell: a table has a few columns)
def plain_column(column: str) -> str:
    """The column's name without footnote marks ("Surveys*" -> "Surveys"; "(5)", "³", "^{a}")."""
    return " > ".join(split_markers(part)[0] for part in column.split(" > "))


_ENCLOSED = re.compile(r"\((?:[^()]|\([^()]*\))*\)")    # "(Certified crew (L))": the brackets round the whole name


@kept(maxsize=4096)
def sub_name(column: str) -> str:
    """What a column adds to its year: "2023 No. of employees covered (B)" -> "No. of employees covered (B)";
    "FY 2023-24 (Current Financial Year) Received" -> "Received"; a bare year -> ""."""
    return unbracket(" ".join(_matched(_YEAR.sub(" ", plain_column(column)).split())).strip(" -–:"))


def unbracket(rest: str) -> str:
    """What follows a column's year: "(Male)" -> "Male"; "(Male) (%)" -> "Male" (the second bracket is the
    unit); "(Certified crew (L))" -> "Certified crew (L)"; words without brackets as they are."""
    m = re.fullmatch(r"\(([^()]*)\)\s*\([^()]*\)", rest)
    return (m.group(1) if m else rest[1:-1] if _ENCLOSED.fullmatch(rest) else rest).strip()


def _matched(words: list[str]) -> list[str]:
    """The words without those holding half of a bracket whose other half is not among them: the
    pieces of another header cell ("(Previous", "Year)") that a stacked header put in this one."""
    opened: list[int] = []
    bad: set[int] = set()
    for i, w in enumerate(words):
        for ch in w:
            if ch in "(（":
                opened.append(i)
            elif ch in ")）":
                if opened:
                    opened.pop()
                else:
                    bad.add(i)
    bad.update(opened)
    return [w for i, w in enumerate(words) if i not in bad]


def shared_year_names(values: list) -> dict[int, str]:
    """For the cells of one row (ValueCell: year, column, change) whose year another cell of the row
    has too: index -> the name the cell's column adds to that year, when it has one. A column already
    named in two parts ("Company > 2024") is labelled from its group, not here; a column named by a unit
    only ("Number | %") is told apart by the fact's unit."""
    count = Counter(v.year for v in values if v.year is not None and not v.change)
    out: dict[int, str] = {}
    for k, v in enumerate(values):
        if v.year is None or v.change or count[v.year] < 2 or not v.column or outer_path(v.column):
            continue
        if (name := sub_name(v.column)) and not looks_like_unit(name):
            out[k] = name
    return out


def cell_label(label: str, column: str | None, sub: str | None, named: bool) -> str:
    """A cell's label: the row's path, then the name its column adds to the year where the year alone
    does not tell the row's cells apart (`sub`), else the column's name where columns are named, not
    dated; else a repeated year's group ("Company > 2024")."""
    if sub:
        return f"{label} > {sub}"
    if not column:
        return label
    column = plain_column(column)
    if named:
        return f"{label} > {column}"
    if outer_path(column):
        return f"{label} > {column.rsplit(' > ', 1)[0]}"
    return label


def outer_path(column: str) -> bool:
    """The column is named in parts ("Company > 2024"), outside any bracket: a path in the bracket after a
    year ("FY 2024 (Equal to minimum wage > No. (B))") is the name of a sub-column under a group heading."""
    return " > " in _ENCLOSED.sub("", column)
