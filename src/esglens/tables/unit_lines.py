"""A unit printed on a line of its own right under a header of years, in the stub ("Million m³" set a line
below "2020 2021", where the stub header's cell would be): the unit of every row that prints none, not a
group heading whose rows would be labelled by it. Only a unit that measures (a volume, a mass, money ...):
a count's noun on that line ("Employees") names a group of rows."""
from __future__ import annotations

from ..core.numbers import split_markers
from ..core.units import known_unit, parse_unit
from .header import Header
from .units import looks_like_unit


def unit_line_under_header(header: Header | None, header_at: int, n: int, label_cells: list[tuple[int, str]]) -> str:
    """The unit row n states for the whole table (module doc), or ""."""
    if header is None or not header.years or header.unit_hint or header_at != n - 1 or len(label_cells) != 1:
        return ""
    text = split_markers(label_cells[0][1], unit=True)[0].strip()
    if not (looks_like_unit(text) and known_unit(text)):
        return ""
    p = parse_unit(text)
    return text if p is not None and p.dim not in (None, "count") else ""
