"""Columns and cells of one table: value columns from the alignment of numbers, text columns and
indent levels in the label area, lines placed into cells (joining lines into rows: pdf_table_rows)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .pdf_lines import Line
from .pdf_table_settings import DEFAULT, TableSettings
from .pdf_cell_joins import put_token
from .pdf_table_wraps import wrapped
from .pdf_table_tokens import ENUMERATOR, Token, centred_band, glue, is_number, is_number_with_unit, is_value, is_year, tokens

Box = tuple[float, float, float, float]     # x0, top, x1, bottom in points


def value_columns(lines: list[Line], vx: float, st: TableSettings = DEFAULT) -> list[list[float]]:
    """Value columns: the merged x-extents of the value tokens right of the label area."""
    toks = [t for ln in lines for t in tokens(ln) if t.x0 >= vx - 2]
    cols = _full_row_columns(lines, vx, st) or \
        _merge_spans(sorted([t.x0, t.x1] for t in toks if is_value(t.text)), st.col_join)

    def text_column(a: float, b: float) -> bool:
        # dashes only, under words on other lines ("MT", "-"): a unit column with blanks, not values
        inside = [t for t in toks if min(b, t.x1) - max(a, t.x0) > 0]
        return not any(is_number(t.text) or is_number_with_unit(t.text) for t in inside) \
            and any(not is_value(t.text) for t in inside)
    return [c for c in cols if not text_column(*c)]


def _full_row_columns(lines: list[Line], vx: float, st: TableSettings) -> list[list[float]] | None:
    """Columns from the rows that fill every column, when those agree on as many columns as they
    hold values: a value on a shorter row that reaches over two of them (a group's total set centred
    under its sub-columns) no longer merges them into one; other values widen the column they stand
    in or open their own. None when the fullest rows do not agree (the plain merge then decides)."""
    rows = [[t for t in tokens(ln) if t.x0 >= vx - 2 and is_value(t.text)] for ln in lines]
    most = max((len(r) for r in rows), default=0)
    full = [r for r in rows if len(r) == most]
    if most < 2 or len(full) < 2:
        return None
    cols = _merge_spans(sorted([t.x0, t.x1] for r in full for t in r), st.col_join)
    if len(cols) != most:
        return None
    extra: list[list[float]] = []
    for t in (t for r in rows if len(r) < most for t in r):
        hit = [c for c in cols if min(c[1], t.x1) - max(c[0], t.x0) > -st.col_join]
        if len(hit) == 1:
            hit[0][0], hit[0][1] = min(hit[0][0], t.x0), max(hit[0][1], t.x1)
        elif not hit:
            extra.append([t.x0, t.x1])
    return _merge_spans(sorted(cols + extra), st.col_join)


def text_value_columns(lines: list[Line], vx: float, cols: list[list[float]],
                       st: TableSettings = DEFAULT) -> list[list[float]]:
    """Text columns among the value columns ("Target: Net zero 2050", "Remarks"): words in the value
    area that stand clear of every value column, aligned on two lines or more."""
    def clear(t: Token) -> bool:
        mid = (t.x0 + t.x1) / 2
        return not any(a - 1 <= mid <= b + 1 or (t.x0 < b and t.x1 > a) for a, b in cols)
    spans = sorted([t.x0, t.x1] for ln in lines for t in tokens(ln)
                   if t.x0 >= vx - 2 and not is_value(t.text) and clear(t))
    found = _merge_spans(spans, st.text_col_join)
    return [c for c in found if sum(1 for a, b in spans if c[0] <= a and b <= c[1]) >= 2]


def _merge_spans(spans: list[list[float]], join: float) -> list[list[float]]:
    cols: list[list[float]] = []
    for a, b in spans:
        if cols and a <= cols[-1][1] + join:
            cols[-1][1] = max(cols[-1][1], b)
        else:
            cols.append([a, b])
    return cols


def col_of(x0: float, x1: float, cols: list[list[float]]) -> int:
    """The column a token stands in: the one holding its centre, else the first whose right edge
    it does not pass (numbers and their headers are mostly right-aligned), else the nearest."""
    mid = (x0 + x1) / 2
    for i, (a, b) in enumerate(cols):
        if a - 1 <= mid <= b + 1:
            return i
    for i, (a, b) in enumerate(cols):
        if x1 <= b + 3:
            return i
    return min(range(len(cols)), key=lambda i: _distance(x0, x1, cols[i]))


def _distance(x0: float, x1: float, col: list[float]) -> float:
    a, b = col
    ov = min(b, x1) - max(a, x0)
    if ov > 0:
        return -ov
    return min(abs(a - x1), abs(x0 - b), abs((a + b) / 2 - (x0 + x1) / 2))


def text_columns(lines: list[Line], vx: float, st: TableSettings = DEFAULT,
                 headings: list | None = None) -> list[list[float]]:
    """Text columns inside the label area after the first label: sub-labels, a unit column.
    `headings`: fragments of the header row standing over the label area right of its edge ("Unit",
    "単位"); a heading over a fragment counts as one of the column's lines."""
    spans = sorted([f.x0, f.x1] for ln in lines for f in [g for g in ln.frags if g.x1 < vx - 2][1:])
    cols = _merge_spans(spans, st.text_col_join)
    out = []
    for c in cols:
        over = [h for h in headings or [] if h.x0 <= c[1] and h.x1 >= c[0]]
        # a column needs two lines: a single stray fragment is part of its label
        if sum(1 for ln in lines for f in ln.frags[1:] if c[0] <= f.x0 <= c[1]) + (1 if over else 0) >= 2:
            out.append([min([c[0]] + [h.x0 for h in over]), max([c[1]] + [h.x1 for h in over])])
    return out


def indents(lines: list[Line], label_x: float, vx: float, extra, st: TableSettings = DEFAULT) -> list[float]:
    """Start positions of indented first labels (child rows), nearest first."""
    starts = sorted({round(ln.frags[0].x0) for ln in lines
                     if ln.frags and ln.frags[0].x1 < vx - 2 and ln.frags[0].x0 > label_x + st.indent_pt
                     and not any(a - 1 <= ln.frags[0].x0 <= b for a, b in extra)})
    levels: list[float] = []
    for s in starts:
        if not levels or s - levels[-1] > st.indent_pt:
            levels.append(s)
    return levels[:st.max_indent_levels]


@dataclass
class Grid:
    """The columns of one table: label columns (first label, indent levels, text columns) and
    value columns."""
    vx: float                      # where the values start
    label_x: float                 # the table's left edge
    cols: list[list[float]]        # value columns
    extra: list[list[float]]       # text columns in the label area
    levels: list[float]            # indent levels of first labels

    @property
    def nlab(self) -> int:
        return 1 + len(self.levels) + len(self.extra)

    @property
    def width(self) -> int:
        return self.nlab + len(self.cols)

    def place(self, ln: Line, header: bool = False) -> tuple[list[str], list[Box | None]]:
        """One line's tokens in the cells of the grid, and each cell's box. In a header line a year
        after the stub's text is a column's heading even when, centred over a narrow column, it
        starts left of the values."""
        cells = [""] * self.width
        boxes: list[Box | None] = [None] * self.width

        def put(c: int, t: Token) -> None:
            put_token(cells, boxes, c, t)     # a stray dash beside a figure is dropped (pdf_cell_joins)

        first = True
        toks = tokens(ln)
        # a band row: one run of words from the label area over the first value columns labels the rows below
        centred = not header and centred_band(toks, self.label_x, self.cols[-1][1])
        band = centred or not header and (len(toks) == 1 or len(toks) == 2 and ENUMERATOR.match(toks[0].text.strip())) \
            and toks[-1].x0 < self.vx - 2 and not is_value(toks[-1].text)
        for t in toks:
            if not band and (t.x0 >= self.vx - 2 or t.x1 > self.vx + 2 or header and (not first and (
                    is_year(t.text) or self._heads_values(t)) or first and self._wrapped_heading(t))):
                parts = self._split_over_columns(t)
                for p in parts:
                    put(self.nlab + (col_of(p.x0, p.x1, self.cols) if len(parts) == 1 else self.zone_of(p)), p)
                continue
            put(0 if centred else self._label_col(t, first), t)    # a band centred on the table: the outermost level
            first = False
        return cells, boxes

    def _heads_values(self, t: Token) -> bool:
        """A heading centred over a cell wider than its narrow, right-aligned numbers may end just before they
        start ("Total (A)" over a column of "9", "0", "4"): within a type size of the values, over no text
        column of the label area, it heads the first value column, not the stub."""
        return t.x1 >= self.vx - t.frag.size and not any(min(b, t.x1) - max(a, t.x0) > 0 for a, b in self.extra)

    def _wrapped_heading(self, t: Token) -> bool:
        """A header line's first words in the right half of the stub, ending within a type size of the values
        ("Projects" under "No. of persons / benefitted from CSR", centred over right-aligned numbers): the
        value column's heading wrapped, not the stub's (which starts at the table's left edge)."""
        return t.x0 > (self.label_x + self.vx) / 2 and self._heads_values(t)

    def _split_over_columns(self, t: Token) -> list[Token]:
        """Words of a header fragment that spans two columns go to their own columns; a fragment
        over one column's centre only (a header centred over its column, wider than its numbers)
        stays whole."""
        if is_value(t.text) or len(t.frag.words) == 1 or self._centres_under(t) <= 1:
            return [t]
        out: list[Token] = []
        for w in t.frag.words:
            p = Token(w.text, w.x0, w.x1, t.frag)
            if out and self.zone_of(out[-1]) == self.zone_of(p):
                out[-1] = Token(glue(out[-1].text, p.text), out[-1].x0, p.x1, p.frag)
            else:
                out.append(p)
        return out

    def zone_of(self, t: Token) -> int:
        """The column whose zone holds the word's centre; zones meet halfway between columns."""
        mid = (t.x0 + t.x1) / 2
        for i in range(len(self.cols) - 1):
            if mid < (self.cols[i][1] + self.cols[i + 1][0]) / 2:
                return i
        return len(self.cols) - 1

    def _centres_under(self, t: Token) -> int:
        return sum(1 for a, b in self.cols if t.x0 <= (a + b) / 2 <= t.x1)

    def _label_col(self, t: Token, first: bool) -> int:
        for i, (a, b) in enumerate(self.extra):
            if a - 1 <= t.x0 <= b:
                return 1 + len(self.levels) + i
        if not first:
            # a later label over a text column it overlaps (a "Unit" header set a little left)
            over = [i for i, (a, b) in enumerate(self.extra) if min(b, t.x1) - max(a, t.x0) > 0]
            if over or not self.levels:
                return 1 + len(self.levels) + over[0] if over else 0
        level = 0
        for i, s in enumerate(self.levels):
            if t.x0 >= s - 1.5:
                level = i + 1
        return level
