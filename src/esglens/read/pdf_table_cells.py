"""Columns and cells of one table: value columns from the alignment of numbers, text columns and
indent levels in the label area, lines placed into cells, lines joined into rows."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .pdf_lines import Line
from .pdf_table_leading import another_cell, label_leading, note_bases, opened
from .pdf_table_settings import DEFAULT, TableSettings
from .pdf_cell_joins import put_token
from .pdf_table_wraps import ends_at_leading, wrapped
from .pdf_table_tokens import ENUMERATOR, Token, centred_band, glue, is_data_line, is_number, is_number_with_unit, is_value, is_year, tokens

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


def join_rows(lines: list[Line], grid: Grid, st: TableSettings = DEFAULT,
              firsts: list | None = None) -> list[tuple[list[str], list]]:
    """Lines to rows (cells and their boxes): a label-only line closer to its neighbour than the
    row pitch is part of it. `firsts` gets each row's first fragment."""
    pitch, measured = _row_pitch(lines)
    nexts = lines[1:] + [None]
    nlab = grid.nlab
    rows: list[tuple[list[str], list]] = []
    kinds: list[str] = []            # "data" or "label" per row
    prev_base = None
    prev: Line | None = None
    centred: set[int] = set()        # value columns a values line set between a row's label lines filled
    placed = [grid.place(ln) for ln in lines]
    leading = label_leading([(ln, p[0]) for ln, p in zip(lines, placed)], nlab)
    lasts: list[dict[int, float]] = []   # per row: its name column and the base of that cell's last line
    for i, ln in enumerate(lines):
        cells, boxes = placed[i]
        has_vals = any(c and is_value(c) for c in cells[nlab:])
        close = prev_base is not None and ln.base - prev_base < st.row_merge_pitch * pitch
        if rows and close and has_vals and _between_label_lines(rows[-1][0], cells, nlab, centred):
            merge_cells(rows[-1], (cells, boxes))
            note_bases(lasts[-1], cells, ln)
            centred = centred or {c for c in range(nlab, len(cells)) if cells[c]}
            prev_base, prev = ln.base, ln
            continue
        centred = set()
        around = (prev, nexts[i], measured)
        if rows and prev is not None and (_label_goes_on(rows, kinds, (cells, boxes), ln, has_vals, around, nlab, st)
                                          or _last_name_line(rows, kinds, (cells, boxes), ln, has_vals, around, leading, nlab, st)):
            note_bases(lasts[-1], cells, ln)
            prev_base, prev = ln.base, ln
            continue
        closes = bool(rows) and not has_vals and _closes_bracket(rows[-1][0][:nlab], cells[:nlab])
        if rows and (close or closes) \
                and (not has_vals or kinds[-1] == "label" or not any(rows[-1][0][nlab:])) and not _starts_item(ln) \
                and not (kinds[-1] == "item" and _first(cells, nlab) < _first(rows[-1][0], nlab)) \
                and (closes or has_vals or not another_cell(lasts[-1], cells, ln, leading, st)):
            merge_cells(rows[-1], (cells, boxes))
            if has_vals:
                kinds[-1] = "data"
        else:
            rows.append((cells, boxes))
            lasts.append(opened(cells, ln, nlab))
            kinds.append("data" if has_vals else "item" if _starts_item(ln) else "label")
            if firsts is not None:
                firsts.append(ln.frags[0] if ln.frags else None)
        note_bases(lasts[-1], cells, ln)
        prev_base, prev = ln.base, ln
    return rows


def _row_pitch(lines: list[Line]) -> tuple[float, float | None]:
    """The table's row pitch: the median gap between data lines one right under the other (a guess of
    1.6 type sizes without such a pair), and the same when it was measured, else None."""
    data = [i for i, ln in enumerate(lines) if is_data_line(ln)]
    gaps = sorted(lines[b].base - lines[a].base for a, b in zip(data, data[1:]) if b == a + 1)
    if not gaps:
        return 1.6 * lines[0].size, None
    return gaps[len(gaps) // 2], gaps[len(gaps) // 2]


def _label_goes_on(rows: list, kinds: list[str], placed: tuple[list[str], list], ln: Line, has_vals: bool,
                   around: tuple, nlab: int, st: TableSettings) -> bool:
    """The line goes on with the last row's label (set onto it): wrapped into a label column the row
    leaves empty (`_runs_on`), or at the label's own x (pdf_table_wraps). `around`: the line above, the
    line below (or None) and the row pitch measured on the table (None: no two data lines in a row)."""
    cells, boxes = placed
    if not has_vals and ln.base - around[0].base < st.wrap_gap * ln.size and _runs_on(rows[-1], cells[:nlab], ln, nlab):
        _onto_label(rows[-1], cells, boxes, nlab)      # the row's label goes on, on this line
        return True
    if wrapped(rows[-1], kinds[-1], ln, has_vals, around, nlab, st):
        merge_cells(rows[-1], placed)                  # a label wrapped at its own x
        kinds[-1] = "data" if has_vals else kinds[-1]
        return True
    return False


def _last_name_line(rows: list, kinds: list[str], placed: tuple[list[str], list], ln: Line, has_vals: bool,
                    around: tuple, leading: float | None, nlab: int, st: TableSettings) -> bool:
    """The values line is the last line of the wrapped name above it (pdf_table_wraps.ends_at_leading)."""
    if not has_vals or kinds[-1] != "label" or not ends_at_leading(rows[-1], ln, ln.base - around[0].base, leading,
                                                                    around[2], nlab, st):
        return False
    merge_cells(rows[-1], placed)
    kinds[-1] = "data"
    return True


_ITEM = re.compile(r"(?:[-–•▪●◦]|\((?:[ivx]{1,4}|[a-h]|\d{1,2})\))(?:\s|$)")


def _first(cells: list[str], nlab: int) -> int:
    return next((c for c in range(nlab) if cells[c]), nlab)


def _starts_item(ln: Line) -> bool:
    """A line that opens with a list marker (a dash or bullet, "(ii)", "(c)", "(3)") starts an item of
    its own: a row of its own, even set at the pitch of wrapped lines, never the end of the row above;
    a line labelled left of such an item (a total under a list) is no part of it either."""
    return bool(ln.frags) and bool(_ITEM.match(ln.frags[0].text.strip()))


def _between_label_lines(above: list[str], cells: list[str], nlab: int, centred: set[int]) -> bool:
    """A row whose label wraps over two lines with its values set between them while another column
    (targets, notes) wraps on the label's own lines: the values line (no label but a bracketed unit)
    fills only columns the row leaves empty; the line below, closer than a wrap gap, goes on with the
    label in lower case and fills only columns the values line left empty."""
    filled = {c for c in range(nlab, len(cells)) if cells[c]}
    label = " ".join(c for c in cells[:nlab] if c).strip()
    if not above[0] or any(above[c] for c in filled):
        if not centred or filled & centred or not label[:1].islower() or cells[0] != label:
            return False
        return not above[0].rstrip().endswith((".", ":", ";", "。"))
    if centred:
        return False
    return not label or bool(re.fullmatch(r"\([^()]*\)", label))


def _runs_on(row: tuple[list[str], list], cells: list[str], ln: Line, nlab: int) -> bool:
    """A label-only line whose words go on with the label of the row just above: set right of it, in
    label columns the row leaves empty, and no further right than a hanging indent (three type sizes
    from where that label starts: a unit wrapped in a column of its own stays that cell's), it
    starts in lower case, as a phrase goes on after a line break ("... as % of total" / "purchases"),
    the label above ends no sentence, and it is no group title ("of which:")."""
    above, boxes = row[0][:nlab], row[1][:nlab]
    text = " ".join(c for c in cells if c).strip()
    filled = [c for c in range(len(above)) if above[c]]
    if not text or not filled or any(cells[c] for c in range(filled[-1] + 1)) or boxes[filled[-1]] is None:
        return False
    if not 0 <= ln.frags[0].x0 - boxes[filled[-1]][0] <= 3 * ln.size:
        return False
    last = above[filled[-1]].rstrip()
    return text[0].islower() and not text.endswith((":", "：")) and not last.endswith((".", ":", "：", "。")) \
        and not re.match(r"(?:of which|thereof|incl)", text)


def _onto_label(row: tuple[list[str], list], cells: list[str], boxes: list, nlab: int) -> None:
    """The label-only line's words glued to the end of the row's last label cell."""
    j = max(c for c in range(nlab) if row[0][c])
    for c in range(nlab):
        if cells[c]:
            row[0][j] = glue(row[0][j], cells[c])
            row[1][j] = union(row[1][j], boxes[c])


def _closes_bracket(above: list[str], cells: list[str]) -> bool:
    """A label line that closes a bracket it never opened ("in crores) (GJ/Cr)" under "... (Total
    energy consumption/ turnover"), or holds only a bracket, continues the row above, however far
    below it stands."""
    if not any(above) or not any(cells):
        return False
    text = " ".join(c for c in cells if c).strip()
    if re.fullmatch(r"\([^()]*\)", text):
        return True     # a line that is only a bracket ("(PPP)") is no group title: the label's end
    depth = 0
    for ch in " ".join(cells):
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return True
    return False


def merge_cells(row: tuple[list[str], list], more: tuple[list[str], list]) -> None:
    """The cells of another line of the same row, glued to the row's."""
    for c, text in enumerate(more[0]):
        if text:
            row[0][c] = glue(row[0][c], text)
            row[1][c] = union(row[1][c], more[1][c])


def union(a: Box | None, b: Box | None) -> Box | None:
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
