"""A table's total printed in its title bar: "Upstream emissions ........ 32.3Mt CO2e" over a sub-header
"Scope 3 ........ Mt CO2e" and the rows it sums. The bar stands where a header's first line would, so the
header steps take it in (its figure then glued to the column's name, "32.3Mt CO2e Mt CO2e", and the table
left without a figure in its bar). `total_bar` tells such a line: a label, and over the value columns one
figure printed with its unit (glued on or not), above a header line that names the column. The line is then
the table's first row, a figure like the rows', not part of the header.
"""
from __future__ import annotations

import re

from ..core.units import parse_unit
from .pdf_lines import Line
from .pdf_table_tokens import is_number, is_year

# a number with its unit glued on ("32.3Mt", "545.7Mt CO2e")
_GLUED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)\s?([^\W\d_].*)$")


def figure_with_unit(text: str) -> bool:
    """A number followed by a unit that measures, glued on or a space apart: "32.3Mt CO2e", "4.1 GWh" (not
    a numbered note, "1 Health checks before and after a posting")."""
    m = _GLUED.match(text.strip())
    if not m or is_year(m.group(1)):
        return False
    unit = parse_unit(m.group(2).strip())
    return unit is not None and unit.dim is not None and unit.dim != "count"


def total_bar(lines: list[Line], head: list[int], vx: float) -> int | None:
    """The header's top line when it is a title bar holding the table's total: text left of the values, one
    figure with its unit over them, and a lower header line with words (no figure) over the values."""
    if len(head) < 2:
        return None
    top = lines[head[0]]
    over = [f for f in top.frags if f.x1 > vx + 2]
    if len(over) != 1 or not figure_with_unit(over[0].text) or is_number(over[0].text) \
            or not any(f.x1 <= vx + 2 for f in top.frags):
        return None
    rest = [f for k in head[1:] for f in lines[k].frags if f.x1 > vx + 2]
    if not rest or any(figure_with_unit(f.text) or is_number(f.text) or is_year(f.text) for f in rest):
        return None     # the columns are named by words (a unit, a scope), not years: a yearless table
    return head[0]
