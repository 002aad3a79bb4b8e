"""Fully ruled tables read from their drawn rules (every cell boxed by lines).

A region of the page is a ruled grid when enough horizontal and vertical rules cross there
(`RuledSettings`). Its rows are the gaps between the horizontal rules, its columns the gaps between
the vertical rules and the outer ends of the horizontal rules (a table with open sides draws no
outer verticals). Two neighbouring grid cells with no rule between them are one merged cell. Each
word goes to the cell its centre stands in; a cell's lines are joined in reading order.

The grid becomes rows as a markdown converter writes a table with merged cells: a cell spanning
rows is repeated down its rows in the label columns (every row keeps its full label path) and kept
in its first row only among the values; a cell spanning columns keeps its text in its first column
(a header cell spanning columns heads each of them). Leading rows with no figure in the value
columns are the header, joined into one header row; a grid with no such row is a part of a table whose
header the rules do not join to it (a full-width group row drawn without verticals parts the rules): it is
left to the whitespace reader. The rows then go through the same table model
as every other PDF table (tables/: years, units, target words, label paths, footnote markers).

Nothing is read where no grid is found: the whitespace reader (pdf_tables) reads the page as before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.settings import Settings, setting
from .pdf_lines import Fragment, Line, _join
from .pdf_rulings import Rulings
from .pdf_table_header import _qualified
from .pdf_table_tokens import is_value
from .pdf_tables import PageTable


@dataclass(frozen=True)
class RuledSettings(Settings):
    min_rows: int = setting(3, "a ruled grid has at least this many rows (gaps between horizontal rules)", min=1)
    min_columns: int = setting(3, "... and this many columns", min=2)
    min_crossings: int = setting(8, "... and at least this many crossings of a horizontal and a vertical rule", min=1)
    tolerance: float = setting(1.5, "rules this close (pt) are one rule; a rule reaches a crossing this close", min=0)
    max_header_rows: int = setting(3, "most leading rows without figures read as the header", min=0)


DEFAULT = RuledSettings()


def find_ruled(lines: list[Line], rulings: Rulings | None, st: RuledSettings = DEFAULT) -> list[PageTable]:
    """The page's ruled tables; empty when the page draws no grid."""
    if not rulings or len(rulings.horizontal) < st.min_rows + 1 or len(rulings.vertical) < st.min_columns - 1:
        return []
    out = []
    for hs, vs in _components(_merged(rulings.horizontal, st.tolerance), _merged(rulings.vertical, st.tolerance), st):
        t = _table(lines, hs, vs, st)
        if t is not None:
            out.append(t)
    return out


def _merged(segs: list[tuple[float, float, float]], tol: float) -> list[tuple[float, float, float]]:
    """Collinear pieces of one rule joined (a rule drawn cell by cell)."""
    out: list[list[float]] = []
    for a, b, c in sorted(segs, key=lambda s: (round(s[2]), s[0])):
        last = out[-1] if out else None
        if last is not None and abs(last[2] - c) <= tol and a <= last[1] + tol:
            last[1] = max(last[1], b)
        else:
            out.append([a, b, c])
    return [tuple(s) for s in out]  # type: ignore[misc]


def _crosses(h, v, tol: float) -> bool:
    return h[0] - tol <= v[2] <= h[1] + tol and v[0] - tol <= h[2] <= v[1] + tol


def _components(hs: list, vs: list, st: RuledSettings):
    """Groups of rules joined by crossings, each with enough rows, columns and crossings."""
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    crossings: dict[int, int] = {}
    for i, h in enumerate(hs):
        for j, v in enumerate(vs):
            if _crosses(h, v, st.tolerance):
                parent[find(i)] = find(len(hs) + j)
                crossings[i] = crossings.get(i, 0) + 1
    groups: dict[int, tuple[list, list, int]] = {}
    for i, h in enumerate(hs):
        g = groups.setdefault(find(i), ([], [], 0))
        groups[find(i)] = (g[0] + [h], g[1], g[2] + crossings.get(i, 0))
    for j, v in enumerate(vs):
        if (root := find(len(hs) + j)) in groups:
            groups[root][1].append(v)
    for g_h, g_v, n in groups.values():
        if n >= st.min_crossings and len(g_h) > st.min_rows and g_v:
            yield g_h, g_v


def _levels(values: list[float], tol: float) -> list[float]:
    out: list[float] = []
    for x in sorted(values):
        if not out or x - out[-1] > tol:
            out.append(x)
    return out


@dataclass
class _Grid:
    ys: list[float]
    xs: list[float]
    hs: list
    vs: list
    tol: float

    def wall_right(self, i: int, j: int) -> bool:
        """A vertical rule between grid cells (i, j) and (i, j + 1)."""
        x, y = self.xs[j + 1], (self.ys[i] + self.ys[i + 1]) / 2
        return any(abs(v[2] - x) <= self.tol and v[0] - self.tol <= y <= v[1] + self.tol for v in self.vs)

    def wall_below(self, i: int, j: int) -> bool:
        y, x = self.ys[i + 1], (self.xs[j] + self.xs[j + 1]) / 2
        return any(abs(h[2] - y) <= self.tol and h[0] - self.tol <= x <= h[1] + self.tol for h in self.hs)


def _grid(hs: list, vs: list, st: RuledSettings) -> _Grid:
    ys = _levels([h[2] for h in hs], st.tolerance)
    left, right = min(h[0] for h in hs), max(h[1] for h in hs)
    xs = _levels([v[2] for v in vs if left - st.tolerance <= v[2] <= right + st.tolerance] + [left, right],
                 3 * st.tolerance)
    return _Grid(ys=ys, xs=xs, hs=hs, vs=vs, tol=st.tolerance)


def _cells(g: _Grid) -> dict[tuple[int, int], tuple[int, int, int, int]]:
    """Each grid cell's merged cell (first row, last row, first column, last column)."""
    nr, nc = len(g.ys) - 1, len(g.xs) - 1
    parent = {(i, j): (i, j) for i in range(nr) for j in range(nc)}

    def find(c):
        while parent[c] != c:
            c = parent[c]
        return c
    for i in range(nr):
        for j in range(nc):
            if j + 1 < nc and not g.wall_right(i, j):
                parent[find((i, j + 1))] = find((i, j))
            if i + 1 < nr and not g.wall_below(i, j):
                parent[find((i + 1, j))] = find((i, j))
    members: dict = {}
    for c in parent:
        members.setdefault(find(c), []).append(c)
    span = {}
    for cs in members.values():
        box = (min(c[0] for c in cs), max(c[0] for c in cs), min(c[1] for c in cs), max(c[1] for c in cs))
        for c in cs:
            span[c] = box
    return span


def _index(edges: list[float], v: float) -> int | None:
    for k in range(len(edges) - 1):
        if edges[k] <= v < edges[k + 1]:
            return k
    return None


def _table(lines: list[Line], hs: list, vs: list, st: RuledSettings) -> PageTable | None:
    g = _grid(hs, vs, st)
    if len(g.ys) - 1 < st.min_rows or len(g.xs) - 1 < st.min_columns:
        return None
    span = _cells(g)
    words: dict = {}
    frags: list[Fragment] = []
    for ln in lines:
        for f in ln.frags:
            placed = [(w, _index(g.ys, (w.top + w.bottom) / 2), _index(g.xs, (w.x0 + w.x1) / 2)) for w in f.words]
            inside = [(w, span[(i, j)]) for w, i, j in placed if i is not None and j is not None]
            if len(inside) * 2 > len(placed):
                frags.append(f)
                for w, cell in inside:
                    words.setdefault(cell, []).append(w)
    text = {cell: _cell_text(ws) for cell, ws in words.items()}
    text = {cell: _BASIS.sub("", t) if is_value(t.split()[0]) else t for cell, t in text.items() if t}
    if any(_figures(t) > 1 for t in text.values()):
        return None     # a cell holding two figures: a rule not drawn (or not read), or a list of facts in a cell
    return _rows(g, span, text, frags, st)


# a figure's base year written in its cell ("1% improvement compared to FY2020", "−30 % vs. 2019"): the
# basis of the figure, not another figure or the column's year (the whitespace reader drops such lines the
# same way: pdf_table_header, "compared to" over the base years)
_BASIS = re.compile(r"\s+\(?(?:compared (?:to|with)|relative to|versus|vs\.?|from)\s+(?:the\s+)?(?:FY|fiscal\s+)?"
                    r"(?:19|20)\d{2}(?:年度)?(?:\s+(?:levels?|base year))?\)?$", re.I)


def _figures(text: str) -> int:
    """The figures a cell's text holds, glued to words or not ("取扱量200万kW"); years, footnote markers
    ("^{*2}", "*2") and digits inside codes ("CO2", "FY2021") are none."""
    return sum(1 for m in _NUMBER.finditer(_MARKER.sub(" ", text)) if not _YEAR.fullmatch(m.group()))


_NUMBER = re.compile(r"(?<![0-9A-Za-z.,*])\d[\d,]*(?:\.\d+)?")
_MARKER = re.compile(r"\^\{[^}]*\}|[*※]\d+")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _cell_text(ws: list) -> str:
    """A cell's words line by line (baselines within a third of the type size), joined by spaces."""
    ws = sorted(ws, key=lambda w: (w.base, w.x0))
    out: list[list] = []
    for w in ws:
        if out and abs(out[-1][0].base - w.base) <= 0.3 * max(w.size, out[-1][0].size):
            out[-1].append(w)
        else:
            out.append([w])
    return " ".join(_join(sorted(line, key=lambda w: w.x0)) for line in out).strip()


def _rows(g: _Grid, span: dict, text: dict, frags: list[Fragment], st: RuledSettings) -> PageTable | None:
    nc = len(g.xs) - 1
    # a value cell opens with its figure ("1.10 million t-CO2", "12 pilots"); a sentence holding a number does not
    valued = [cell[2] for cell, t in text.items() if is_value(t.split()[0])]
    if not valued or not frags:
        return None
    first_value = min(valued)
    head = _header_count(g, span, text, first_value, st)
    if not head:
        return None     # rows without a header of their own: part of a table whose rules are not joined
    rows, boxes = _placed(g, span, text, first_value, head)
    rows, boxes = _header_joined(rows, boxes, head)
    if head:    # "FY2021 target", "Goal 2031": the target year's column, as the whitespace reader names it
        rows[0][first_value:] = [_qualified(c) for c in rows[0][first_value:]]
    keep = [j for j in range(nc) if any(r[j] for r in rows)]
    body = [([r[j] for j in keep], [b[j] for j in keep]) for r, b in zip(rows, boxes) if any(r)]
    labels = [c for c in dict.fromkeys(rows[0][:first_value]) if c]   # as the whitespace reader: the stub headings
    return PageTable(rows=[r for r, _ in body], boxes=[b for _, b in body], title=" ".join(labels) or None,
                     header_rows=1 if head else 0, top=g.ys[0], bottom=g.ys[-1], x0=g.xs[0], x1=g.xs[-1],
                     lines=[Line(frags=frags)])


def _header_count(g: _Grid, span: dict, text: dict, first_value: int, st: RuledSettings) -> int:
    """Leading rows with no figure starting in the value columns: the header (at most max_header_rows)."""
    nr, nc = len(g.ys) - 1, len(g.xs) - 1
    head = 0
    while head < min(st.max_header_rows, nr - 1) and not any(
            span[(head, j)][0] == head and is_value((text.get(span[(head, j)], "").split() or [""])[0])
            for j in range(first_value, nc)):
        head += 1
    return head


def _placed(g: _Grid, span: dict, text: dict, first_value: int, head: int) -> tuple[list, list]:
    """Each grid row's cells: a merged cell's text in its first grid cell; repeated across the columns it
    spans in the header, and down the rows it spans in the label columns."""
    rows, boxes = [], []
    for i in range(len(g.ys) - 1):
        cells, bx = [], []
        for j in range(len(g.xs) - 1):
            i0, i1, c0, c1 = cell = span[(i, j)]
            t = text.get(cell, "")
            shown = (i0 == i and c0 == j) or (i < head and i0 == i) or (j < first_value and i >= head and c0 == j)
            if shown and i >= head and j >= first_value and c1 > c0 and _figures(t):
                shown = False   # one figure over several value columns: whose it is the grid does not say
            cells.append(t if shown else "")
            bx.append((g.xs[c0], g.ys[i0], g.xs[c1 + 1], g.ys[i1 + 1]) if t and shown else None)
        rows.append(cells)
        boxes.append(bx)
    return rows, boxes


def _header_joined(rows: list, boxes: list, head: int) -> tuple[list, list]:
    """The header's rows in one: each column's header texts from the top down, a repeat said once. A group
    heading over several columns heads each sub-column as a path ("Male > No. (B)", as the whitespace reader
    writes it), except over a year ("Goal" over "2031": "Goal 2031", read as the target year's column)."""
    if head <= 1:
        return rows, boxes
    joined = []
    for j in range(len(rows[0])):
        parts: list[tuple[str, int]] = []
        for i in range(head):
            if rows[i][j] and not (parts and parts[-1][0] == rows[i][j]):
                parts.append((rows[i][j], i))
        out = parts[0][0] if parts else ""
        for (prev, i), (part, _) in zip(parts, parts[1:]):
            group = any(0 <= k < len(rows[i]) and rows[i][k] == prev for k in (j - 1, j + 1))
            out += f" > {part}" if group and not _YEAR.search(part) else f" {part}"
        joined.append(out)
    return [joined] + rows[head:], [[None] * len(joined)] + boxes[head:]
