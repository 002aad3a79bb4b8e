"""Column headings the PDF wrote as one run of text: a header line whose cells are set a space or so apart
("complaints at  during the  resolution  complaints at  during the  resolution", the second lines of six
wrapped headings) reads as one fragment, and as a sentence over the value columns. Cut it where two
neighbouring words stand over different value columns and the gap between them is wider than a word space.

A heading centred over a group of columns ("Number of complaints" over three) keeps its words: they are set
a word space apart, however many columns they stand over.
"""
from __future__ import annotations

from .pdf_lines import Fragment, Line
from .pdf_table_settings import DEFAULT, TableSettings


def column_of(x0: float, x1: float, cols: list[list[float]], vx: float) -> int:
    """The value column a word stands over: the one nearest its centre (0 inside its span); -1 in the label area."""
    mid = (x0 + x1) / 2
    if x1 <= vx + 2 or not cols:
        return -1
    return min(range(len(cols)), key=lambda c: max(cols[c][0] - mid, mid - cols[c][1], 0.0))


def column_cuts(words: list, cols: list[list[float]], vx: float, st: TableSettings = DEFAULT) -> list[list]:
    """The words in runs cut where the value column changes across a gap wider than `st.cell_gap` type sizes."""
    if len(words) < 2 or not cols:
        return [words]
    runs = [[words[0]]]
    for a, b in zip(words, words[1:]):
        size = max(a.size, b.size)
        if b.x0 - a.x1 > st.cell_gap * size and column_of(a.x0, a.x1, cols, vx) != column_of(b.x0, b.x1, cols, vx):
            runs.append([])
        runs[-1].append(b)
    return runs


def cut_line(ln: Line, cols: list[list[float]], vx: float, st: TableSettings = DEFAULT) -> Line:
    """The line with each fragment cut at its column changes (the same line when nothing is cut)."""
    frags = []
    for f in ln.frags:
        runs = column_cuts(f.words, cols, vx, st)
        frags += [f] if len(runs) == 1 else [Fragment(words=run) for run in runs]
    return ln if len(frags) == len(ln.frags) else Line(frags=frags)


def headed_columns(head: list[Line], cols: list[list[float]], vx: float,
                   st: TableSettings = DEFAULT) -> list[list[float]]:
    """Columns no body cell stands in, named by the header: on a line of sub-column headings, a heading that
    repeats another heading of that line standing over a column ("Filed | Pending | Remarks | Filed | Pending |
    Remarks", the second group's remarks left blank), or that the line prints twice or more ("FY 2024 | Notes |
    FY 2023 | Notes", neither notes column a column of the grid), but stands over no column itself, and is not the heading
    of the column nearest it either (another heading of the line stands nearer that column: a heading centred
    over narrow right-aligned numbers may miss them, "No." over "0"), is that group's empty column. Without it
    the groups are unequal and the blank column's heading is glued to its neighbour's."""
    out: list[list[float]] = []
    for ln in head:
        runs = [f for f in cut_line(ln, cols, vx, st).frags if f.x1 > vx + 2]    # headings reaching over the values
        over = {_key(f.text) for f in runs if _over_any(f, cols)}
        keys = [_key(f.text) for f in runs]
        twice = {k for k in keys if keys.count(k) >= 2}
        out += [[f.x0, f.x1] for f in runs
                if f.x0 > vx + 2 and not _over_any(f, cols + out) and _key(f.text) in over | twice
                and not any(ch.isdigit() for ch in f.text) and _claimed(f, runs, cols)]
    return out


def _over_any(f: Fragment, cols: list[list[float]]) -> bool:
    return any(min(f.x1, b) - max(f.x0, a) > -2 for a, b in cols)


def _distance(f: Fragment, col: list[float]) -> float:
    return max(col[0] - f.x1, f.x0 - col[1], 0.0)


def _claimed(f: Fragment, runs: list[Fragment], cols: list[list[float]]) -> bool:
    """The column nearest the heading `f` has a heading of its own on the line, nearer to it than `f`."""
    near = min(cols, key=lambda c: _distance(f, c))
    return any(g is not f and _distance(g, near) < _distance(f, near) for g in runs)


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def heading_rest(lines: list[Line], k: int, vx: float, label_x: float, st: TableSettings = DEFAULT) -> list[Fragment]:
    """Line k's words when they are a value column's heading wrapped onto a line of its own ("No. of people /
    reached by the / scheme", centred over right-aligned numbers: "scheme" ends left of them): each fragment
    starts in the right half of the stub, ends within a type size of the values, and stands under a heading of
    the line right above that reaches over the values, within the leading of a header. Else none: a label-only
    line between header and body is a group row."""
    if k == 0 or not lines[k].frags:
        return []
    ln, up = lines[k], lines[k - 1]
    heads = [f for f in up.frags if f.x1 > vx + 2]
    if not heads or ln.base - up.base > st.wrap_leading * ln.size:
        return []
    ok = all(f.x0 > (label_x + vx) / 2 and f.x1 >= vx - f.size
             and any(h.x0 - 2 <= f.x0 and f.x1 <= h.x1 + 2 for h in heads) for f in ln.frags)
    return list(ln.frags) if ok else []
