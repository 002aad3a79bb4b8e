"""Tables set side by side or in a grid: the page is cut along vertical gutters of white space.

A gutter is an x-range where nothing is printed over a band of consecutive lines. Columns of one
table are separated by white space too, so a gutter only cuts tables apart where a row reads
"... number | gap | label ... number" on at least `side_lines` lines of the band (a table's last
value column, then the next table's stub), and the part right of the gutter holds data lines that
start with a label. Each part is cut again (three tables in a row, a grid); lines above or below
the band (a title across the page, a wide table under the grid) are read as they are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from ..core.units import parse_unit
from .pdf_lines import Line
from .pdf_table_settings import DEFAULT, TableSettings
from .pdf_table_tokens import is_data_line, is_number, is_value, is_year, tokens

_LETTER = re.compile(r"[^\W\d_]")
_MAX_DEPTH = 6


@dataclass
class _Gutter:
    lo: float          # the white x-range
    hi: float
    first: int         # the band: lines first..last
    last: int
    evidence: int      # lines of the band reading number | gap | label ... number across it

    @property
    def x(self) -> float:
        return (self.lo + self.hi) / 2


def split_side_by_side(lines: list[Line], st: TableSettings = DEFAULT, depth: int = 0) -> list[list[Line]]:
    """The line sets to read apart: tables side by side (and their titles, notes) cut along the
    gutters between them, each part cut again; lines above and below a band are parts of their own."""
    g = _best_gutter(lines, st) if depth < _MAX_DEPTH else None
    if g is None:
        return [lines]
    left: list[Line] = []
    right: list[Line] = []
    for ln in lines[g.first:g.last + 1]:
        if lf := [f for f in ln.frags if f.x1 <= g.x]:
            left.append(Line(frags=lf))
        if rf := [f for f in ln.frags if f.x1 > g.x]:
            right.append(Line(frags=rf))
    out: list[list[Line]] = []
    for part in (lines[:g.first], left, right, lines[g.last + 1:]):
        if part:
            out += split_side_by_side(part, st, depth + 1)
    return out


def _best_gutter(lines: list[Line], st: TableSettings) -> _Gutter | None:
    found: list[_Gutter] = []
    evidence = _evidence(lines, st)     # (worked out once: every gutter counts the same list)
    for k, lo, hi in evidence:
        g = _band(lines, k, lo, hi, st)
        if g is not None and not any(o.first == g.first and abs(o.x - g.x) < 1 for o in found):
            found.append(g)
    for g in found:
        g.evidence = sum(1 for k, lo, hi in evidence if g.first <= k <= g.last and lo <= g.hi and hi >= g.lo)
    # rows of the two tables on one baseline on `side_lines` lines; or on one line only (the tables' rows
    # interleave at other baselines) with `side_stubs` stub rows right of the gutter
    good = [g for g in found if g.evidence >= 1 and _stubs_right(
        lines, g, st, st.side_lines if g.evidence >= st.side_lines else st.side_stubs)]
    return min(good, key=lambda g: (-g.evidence, g.x)) if good else _row_numbers(lines, st) or _side_menu(lines, st) \
        or _years_restart(lines, st)


def _side_menu(lines: list[Line], st: TableSettings) -> _Gutter | None:
    """A column of short text without figures (but a chapter badge in large type), set far right of
    everything else (`side_menu_sizes` type sizes of white or more, on `column_lines` lines or more)
    beside a table: a page's side menu or margin notes. Cut off, it can no longer end a table's body
    or join its header."""
    for k, ln in enumerate(lines):
        if len(ln.frags) < 2:     # (most lines: no gap to look at)
            continue
        frs = sorted(ln.frags, key=_X0)
        width = st.side_menu_sizes * ln.size
        for a, b in zip(frs, frs[1:]):
            if b.x0 - a.x1 < width or any(ch.isdigit() for f in frs if f.x0 >= b.x0 for ch in f.text):
                continue
            g = _band(lines, k, a.x1, b.x0, st, width=width)
            if g is None:
                continue
            right = [f for ln2 in lines[g.first:g.last + 1] for f in ln2.frags if f.x0 >= g.hi]
            small = sorted(f.size for f in right)[len(right) // 2] * 2 if right else 0
            # no figure and no not-disclosed marker there, but in type twice the menu's (a chapter badge)
            if len({round(f.base) for f in right}) >= st.column_lines and not any(
                    (any(ch.isdigit() for ch in f.text) or is_value(f.text)) and f.size < small for f in right) \
                    and any(is_data_line(ln2) for ln2 in lines[g.first:g.last + 1]):
                g.evidence = len(right)
                return g
    return None


_X0 = attrgetter("x0")


def _row_numbers(lines: list[Line], st: TableSettings) -> _Gutter | None:
    """A column of row numbers (1, 2, 3 ... each before its row's label, an "S. No." column) is cut
    off like a table beside: it is no value column, and read with the rows it would make them
    look like a chart's axis."""
    rows = []
    for k, ln in enumerate(lines):
        toks = tokens(ln)
        if len(toks) >= 3 and re.fullmatch(r"[0-9]{1,3}", toks[0].text) and not is_value(toks[1].text) and _LETTER.search(toks[1].text) \
                and toks[0].frag.text == toks[0].text:
            rows.append((k, int(toks[0].text), toks[0].x1, toks[1].x0))
    run = [r for r in rows if rows and r[1] - rows[0][1] == rows.index(r)]
    if len(run) < st.row_number_lines:
        return None
    lo, hi = max(r[2] for r in run), min(r[3] for r in run)
    if hi <= lo:
        return None
    g = _band(lines, run[0][0], lo, hi, st, width=1.0)
    if g is None or g.last < run[-1][0]:
        return None
    g.evidence = len(run)
    return g


def _evidence(lines: list[Line], st: TableSettings) -> list[tuple[int, float, float]]:
    """(line, gap start, gap end) where a number is followed, a gutter's width or more apart, by a
    label and then more numbers: one table's last value, the next table's row label. The label may
    stand on a line of its own next to the number's line (rows of the two tables not on one
    baseline): a data line starting with a label at x, beside a data line ending in a number left of x."""
    out = []
    for k, ln in enumerate(lines):
        toks = tokens(ln)
        if len(toks) > 2:
            # which tokens have a number after them, worked out once per line (_label_then_numbers' last
            # test, asked of every token, read the rest of the line each time)
            after = _numbers_after(toks)
            for i in range(1, len(toks) - 1):
                a, b = toks[i - 1], toks[i]
                if after[i] and not is_value(b.text) and _LETTER.search(b.text) and is_number(a.text) \
                        and b.x0 - a.x1 >= st.gutter_sizes * ln.size:
                    out.append((k, a.x1, b.x0))
        if toks and _label_then_numbers(toks, 0):
            for j in (k - 2, k - 1, k + 1, k + 2):
                other = tokens(lines[j]) if 0 <= j < len(lines) else []
                if len(other) >= 2 and is_number(other[-1].text) and is_data_line(lines[j]) \
                        and toks[0].x0 - other[-1].x1 >= st.gutter_sizes * ln.size:
                    out.append((k, other[-1].x1, toks[0].x0))
                    break
    return out


def _numbers_after(toks) -> list[bool]:
    """For each token, whether a number stands after it on the line."""
    out, seen = [False] * len(toks), False
    for i in range(len(toks) - 1, -1, -1):
        out[i] = seen
        seen = seen or is_number(toks[i].text)
    return out


def _label_then_numbers(toks, i: int) -> bool:
    b = toks[i]
    return not is_value(b.text) and bool(_LETTER.search(b.text)) and any(is_number(t.text) for t in toks[i + 1:])


def _band(lines: list[Line], k: int, lo: float, hi: float, st: TableSettings,
          width: float | None = None) -> _Gutter | None:
    """The lines around k over which a white range of at least a gutter's width stays open inside
    lo..hi, and that range."""
    width = st.gutter_sizes * lines[k].size if width is None else width
    lo, hi = _open(lines[k], lo, hi)
    if hi - lo < width:
        return None
    first = last = k
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(lines):
            a, b = _open(lines[j], lo, hi)
            if b - a < width:
                break
            lo, hi = a, b
            first, last = min(first, j), max(last, j)
            j += step
    return _Gutter(lo, hi, first, last, 0)


def _open(ln: Line, lo: float, hi: float) -> tuple[float, float]:
    """The widest part of lo..hi that no fragment of the line covers."""
    spans = sorted((f.x0, f.x1) for f in ln.frags if f.x1 > lo and f.x0 < hi)
    best, start = (lo, lo), lo
    for a, b in spans:
        if a - start > best[1] - best[0]:
            best = (start, a)
        start = max(start, b)
    if hi - start > best[1] - best[0]:
        best = (start, hi)
    return best


def _stubs_right(lines: list[Line], g: _Gutter, st: TableSettings, need: int) -> bool:
    """Right of the gutter, data lines that start with labels, not all the same (a table of its own,
    not a unit or notes column of the table on the left); left of it, data lines too."""
    stubs: list[str] = []
    left = 0
    for ln in lines[g.first:g.last + 1]:
        rt = [t for t in tokens(ln) if t.x0 >= g.x]
        lt = [t for t in tokens(ln) if t.x1 <= g.x]
        if rt and not is_value(rt[0].text) and is_data_line(Line(frags=[t.frag for t in rt])):
            stubs.append(rt[0].text)
        if lt and is_data_line(Line(frags=[t.frag for t in lt])):
            left += 1
    # one word repeated after every value ("1,200 | m3 | 1,150 | m3"), or units ("m3", "GJ", "t") on
    # three lines in four, is a unit column of the table on the left, not row labels (a table beside
    # with a unit column and labels on other lines than its values shows units on some lines too)
    units = sum(1 for s in stubs if parse_unit(s) is not None)
    return len(stubs) >= need and len(set(stubs)) >= min(need, len(stubs)) and units * 4 < 3 * len(stubs) and left >= st.side_lines


_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
# the step between two runs of years of tables side by side is this much wider than the runs' own pitch
_RESTART_STEP = 1.25


def _years_restart(lines: list[Line], st: TableSettings) -> _Gutter | None:
    """A row of years only, in two runs of other spans of years ("2020 2021 | 2019 2020 2021"), the step
    between the runs wider than the runs' own pitch: two tables side by side, the right one perhaps with no
    stub (one row of figures), so that no row reads "number | label number" across the gutter. Runs of the
    same years ("2019 2020 2021" three times: groups of one table), or more than two runs, are not cut."""
    for k, ln in enumerate(lines):
        toks = tokens(ln)
        if len(toks) < 4:     # (before the years: most lines are short)
            continue
        years = [int(m.group(0)) if is_year(t.text) and (m := _YEAR_DIGITS.search(t.text)) else None for t in toks]
        if None in years:
            continue
        up = years[1] > years[0]
        cuts = [i for i in range(1, len(toks) - 1) if (years[i + 1] > years[i]) != up or years[i + 1] == years[i]]
        if len(cuts) != 1 or min(cuts[0] + 1, len(toks) - cuts[0] - 1) < 2:
            continue
        cut = cuts[0]
        if set(years[:cut + 1]) == set(years[cut + 1:]):
            continue
        a, b = toks[cut], toks[cut + 1]
        pitches = sorted(t2.x0 - t1.x0 for t1, t2 in zip(toks, toks[1:]) if t2 is not b)
        if b.x0 - a.x0 <= _RESTART_STEP * pitches[-1]:
            continue
        g = _band(lines, k, a.x1, b.x0, st, width=0.5 * ln.size)
        if g is not None:
            g.evidence = 1
            return g
    return None
