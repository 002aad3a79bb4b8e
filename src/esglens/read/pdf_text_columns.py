"""Columns of running text on a PDF page, and values set a little off their line: the cuts a page's
text columns make before tables are looked for (split out of pdf_table_regions, which finds the
table bodies and headers within a column)."""
from __future__ import annotations

import re

from .pdf_lines import Line
from .pdf_table_across import across
from .pdf_table_settings import DEFAULT, TableSettings
from .pdf_table_tokens import is_number, is_value, tokens


def split_text_columns(lines: list[Line], st: TableSettings = DEFAULT) -> list[list[Line]]:
    """Cut the page into its columns of text where running text starts at one x on several lines
    and nothing beside those lines is printed across that x: a table set in one column of a two-
    or three-column page is read without the prose beside it. A cut holds only from the first to
    the last line starting there: a title over the columns, a wide table under them stay whole."""
    frags = [f for ln in lines for f in ln.frags]
    if not frags:
        return [lines]
    left = min(f.x0 for f in frags)
    starts = sorted(f.x0 for ln in lines for f in ln.frags
                    if f.x0 > left + 2 * f.size and _running_text(f, st) and not _labels_values(ln, f))
    cuts: list[tuple[float, float, float, set[int]]] = []      # x, top, bottom, lines it passes by
    for x in _aligned(starts, st.align_pt, st.column_lines):
        col = [f for f in frags if abs(f.x0 - x) <= st.align_pt]
        a, b = min(f.top for f in col), max(f.bottom for f in col)
        gutter = st.column_gutter * min(f.size for f in col)
        if not any(f.x0 < x - 1 and f.x1 > x - gutter and f.bottom > a and f.top < b for f in frags):
            prose = sorted(f.size for f in col if _running_text(f, st))
            cuts.append((x - 1, *_reach(lines, x - 1, a, b), across(lines, x - 1, prose[len(prose) // 2])))
    if not cuts:
        return [lines]
    parts: dict[tuple, list[Line]] = {}
    for k, ln in enumerate(lines):
        xs = [x for x, a, b, whole in cuts if a - 1 <= ln.base <= b + 1 and k not in whole]
        edges = [float("-inf")] + xs + [float("inf")]
        for i in range(len(edges) - 1):
            if fs := [f for f in ln.frags if edges[i] <= f.x0 < edges[i + 1]]:
                parts.setdefault((tuple(xs), i), []).append(Line(frags=fs))
    return list(parts.values())


def _labels_values(ln: Line, f) -> bool:
    """Values follow the words on their line: a table row's label (however many words), not a line of a
    text column (a column of row labels is no column of the page: the header over it stays with it)."""
    return any(t.x0 > f.x1 and is_value(t.text) for t in tokens(ln))


def _reach(lines: list[Line], x: float, top: float, bottom: float) -> tuple[float, float]:
    """The baselines a cut at x holds over: its own lines', and the lines next to them printed on
    one side of x only (a header over the table's values, the last rows below the prose)."""
    inside = [k for k, ln in enumerate(lines) if top <= ln.base <= bottom]
    if not inside:
        return top, bottom

    def one_side(ln: Line) -> bool:
        return all(f.x1 <= x for f in ln.frags) or all(f.x0 >= x for f in ln.frags)
    i, j = inside[0], inside[-1]
    while i > 0 and one_side(lines[i - 1]):
        i -= 1
    while j + 1 < len(lines) and one_side(lines[j + 1]):
        j += 1
    return min(top, lines[i].base - 1), max(bottom, lines[j].base + 1)


def join_offset_values(lines: list[Line], st: TableSettings = DEFAULT) -> list[Line]:
    """A line of values only, set less than half a line off its neighbour's baseline and beside
    its words (a bold or larger figure in the latest year's column), is part of that line."""
    out: list[Line] = []
    skip: set[int] = set()
    for k, ln in enumerate(lines):
        if k in skip:
            continue
        if all(is_value(t.text) for t in tokens(ln)):
            near = [j for j in (k - 1, k + 1) if 0 <= j < len(lines) and j not in skip and _beside(ln, lines[j], st)]
            if near:
                j = min(near, key=lambda j: abs(lines[j].base - ln.base))
                merged = Line(frags=sorted(lines[j].frags + ln.frags, key=lambda f: f.x0))
                if j < k:
                    out[-1] = merged
                else:
                    out.append(merged)
                    skip.add(j)
                continue
        out.append(ln)
    return out


def _beside(ln: Line, other: Line, st: TableSettings) -> bool:
    """Two lines within half a line of each other whose fragments do not overlap across, the
    values set in the same type size (a raised note marker is smaller)."""
    if abs(ln.base - other.base) >= st.half_line * min(ln.size, other.size) \
            or abs(ln.size - other.size) > st.caption_size_ratio * other.size:
        return False
    if any(min(f.x1, g.x1) > max(f.x0, g.x0) for f in ln.frags for g in other.frags):
        return False
    reach = st.beside_sizes * ln.size   # a page badge far beside the row is not its cell
    if abs(ln.base - other.base) < st.same_base * min(ln.size, other.size):
        return _chained(ln, other, reach)   # one row set in two text runs: its value columns are steps
    return all(min(min(abs(f.x0 - g.x1), abs(g.x0 - f.x1)) for g in other.frags) < reach for f in ln.frags)


def _chained(ln: Line, other: Line, reach: float) -> bool:
    """Every fragment of ln is reached from other's fragments in steps shorter than reach."""
    mine = {id(f) for f in ln.frags}
    frags = sorted(ln.frags + other.frags, key=lambda f: f.x0)
    groups: list[list] = [[frags[0]]]
    for f in frags[1:]:
        if f.x0 - max(g.x1 for g in groups[-1]) >= reach:
            groups.append([])
        groups[-1].append(f)
    return all(any(id(f) not in mine for f in g) for g in groups)


def _running_text(f, st: TableSettings) -> bool:
    """A fragment of running text: several words, not a row of numbers."""
    text = f.text
    words = text.split()
    if len(words) < st.column_words:
        return False
    # a number holds a digit: text without one holds none (the words need not be asked one by one)
    return _DIGIT.search(text) is None or sum(1 for w in words if is_number(w)) * 2 < len(words)


_DIGIT = re.compile(r"\d")


def _aligned(xs: list[float], tol: float, least: int) -> list[float]:
    """x positions shared (within tol) by at least `least` of the sorted xs: each group's smallest."""
    out: list[float] = []
    i = 0
    while i < len(xs):
        j = i
        while j + 1 < len(xs) and xs[j + 1] - xs[i] <= tol:
            j += 1
        if j - i + 1 >= least:
            out.append(xs[i])
        i = j + 1
    return out

