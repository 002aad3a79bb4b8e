"""A table set across the gutter of two prose columns: its rows are not cut along the gutter.

    Ferries on the lake run every hour in    |  summer and every second hour in winter
    months, and the last boat leaves at ...  |  ten. Tickets are sold on board ...
    Shore power drawn at the moorings        |  MWh     4,120    4,388    5,012
    Solar yield on deck                      |  MWh       310      296      344

The page's columns are cut apart where running text starts at one x (pdf_table_regions); a table
printed across that x in smaller type has its labels on one side and its unit and values on the
other, and a cut there would take the labels from their rows.
"""
from __future__ import annotations

from ..core.units import parse_unit
from .pdf_lines import Line
from .pdf_table_tokens import is_data_line, is_value, tokens

# lines in type this much smaller than the columns' running text are set apart from it (a table's)
_SMALLER = 0.9


def across(lines: list[Line], x: float, prose: float) -> set[int]:
    """The lines of a table set across the columns' gutter in type smaller than their running text: a
    run of consecutive lines in that type with rows whose labels stand left of x and whose unit or
    values start right of it (a table beside has its own labels there), and no value left of x on
    any line down to the last such row (two tables side by side have; the notes under the table, "1 95%",
    and a page number may). A cut at x would take the labels from their rows."""
    out: set[int] = set()
    run: list[int] = []
    for k, ln in enumerate(lines + [Line(frags=[])]):
        if ln.frags and ln.size < _SMALLER * prose:
            run.append(k)
            continue
        sides = [_sides(lines[j], x) for j in run]
        rows = [i for i, (left, right) in enumerate(sides)
                if left and right and _unit_or_value(right[0].text) and is_data_line(Line(frags=right))]
        # notes and a page number under the last row may print figures left of x: they are no rows
        if rows and not any(is_value(t.text) for left, _ in sides[:rows[-1] + 1] if left
                            for t in tokens(Line(frags=left))):
            out.update(run)
        run = []
    return out


def _unit_or_value(text: str) -> bool:
    return is_value(text) or parse_unit(text) is not None


def _sides(ln: Line, x: float) -> tuple[list, list]:
    return [f for f in ln.frags if f.x0 < x], [f for f in ln.frags if f.x0 >= x]


