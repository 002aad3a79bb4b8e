"""A token put into a cell of a PDF table's grid: glued to what the cell holds, except a lone dash standing
apart from a figure. A column the grid does not have (a blank remarks column of dashes beside the figures,
too few dashes to make a column of its own) puts its "-" into the neighbouring figure's cell, and "- 6" then
reads as minus six: a wrong number. A minus sign is set against its digits; a dash a type size or more away
from the figure is that other column's nil, dropped here (the figure is kept)."""
from __future__ import annotations

from .pdf_table_tokens import Token, glue, is_number

_DASHES = frozenset("-–—−")
# a dash this many type sizes or more from the figure in its cell is no minus sign
_APART = 1.0


def stray_dash(text: str, box: tuple[float, float, float, float] | None, t: Token) -> bool:
    """The cell's text and the token are a lone dash and a figure set `_APART` type sizes or more apart."""
    if not text or box is None:
        return False
    a, b = text.strip(), t.text.strip()
    if not ((a in _DASHES and is_number(b)) or (b in _DASHES and is_number(a))):
        return False
    return max(t.x0 - box[2], box[0] - t.x1) >= _APART * t.frag.size


def put_token(cells: list[str], boxes: list, c: int, t: Token) -> None:
    """Cell c takes the token (text glued, box widened); of a stray dash and a figure only the figure stays."""
    if stray_dash(cells[c], boxes[c], t):
        if t.text.strip() in _DASHES:
            return
        cells[c], boxes[c] = "", None
    cells[c] = glue(cells[c], t.text)
    x0, top, x1, bottom = t.x0, t.frag.top, t.x1, t.frag.bottom
    old = boxes[c]
    boxes[c] = (x0, top, x1, bottom) if old is None else \
        (min(old[0], x0), min(old[1], top), max(old[2], x1), max(old[3], bottom))
