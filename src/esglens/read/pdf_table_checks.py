"""Is it a table, and is all of it the table's? Numbers scattered over a chart, a contents list,
a prose column or a navigation bar set beside the numbers."""
from __future__ import annotations

import re

from .pdf_lines import Fragment, Line
from .pdf_table_settings import DEFAULT, TableSettings
from .pdf_table_tokens import is_value, is_year, tokens


def is_table(data: list[Line], cols: list[list[float]], header: list[str] | None, nlab: int,
             st: TableSettings = DEFAULT) -> bool:
    """Numbers scattered over an infographic or a chart's axis are no table: some value column
    must hold numbers aligned on three rows, or on two under a column header or beside another
    such column (a grid), or on one under a year."""
    heads = [header[nlab + c] if header else "" for c in range(len(cols))]
    if not any(is_year(h) for h in heads) and _axis_labels(data):
        return False   # the "labels" are numbers too: a chart's axis ticks beside its bars' values
    aligned = [aligned_rows(data, col, st) for col in cols]
    grid = sum(1 for n in aligned if n >= 2) >= 2
    if any(n >= 3 or (n >= 2 and (head or grid)) or (n >= 1 and is_year(head) and "(" not in head)
           for n, head in zip(aligned, heads)):
        return True
    # qualified years ("FY2025 (target)") head one-line tables only when two or more hold a value each
    qualified = [n for n, head in zip(aligned, heads) if is_year(head)]
    return len(qualified) >= 2 and all(qualified)


_FIGURE = re.compile(r"(?<![\d.,])(?:\d+\.\d+|\d{1,3}(?:,\d{3})+)(?![\d.,])")


def infographic(rows: list[list[str]]) -> bool:
    """A cell that runs several figures into its words ("emissions 1.16million tons-CO2 ... 0.79million
    tons-CO2 0.037 ... 0.37million"): boxes of an infographic read as one grid, not a table's cells
    (a table gives each figure a cell of its own)."""
    return any(len(_FIGURE.findall(c)) >= 2 and len(re.findall(r"[^\W\d_]{3,}", c)) >= 4 for r in rows for c in r)


def _axis_labels(data: list[Line]) -> bool:
    """Most lines start with a number where a table has its row labels (a row's number before its
    label, "1 | Permanent staff | 6,799", is no axis tick)."""
    starts = [is_value(toks[0].text) and not _numbered_label(toks) for ln in data if ln.frags for toks in [tokens(ln)]]
    return len(starts) >= 2 and sum(starts) * 2 >= len(starts)


def _numbered_label(toks) -> bool:
    """A small whole number (a row's number) followed by a label in words."""
    return len(toks) >= 2 and re.fullmatch(r"\d{1,3}\.?", toks[0].text.strip()) is not None \
        and re.search(r"[^\W\d_]{2}", toks[1].text) is not None


def aligned_rows(lines: list[Line], col: list[float], st: TableSettings = DEFAULT) -> int:
    """The most lines whose value in the column shares its right edge, left edge or centre."""
    spans = [(t.x0, t.x1) for ln in lines for t in tokens(ln)
             if is_value(t.text) and col[0] - 0.5 <= (t.x0 + t.x1) / 2 <= col[1] + 0.5]
    best = 0
    for edge in (lambda s: s[1], lambda s: s[0], lambda s: (s[0] + s[1]) / 2):
        xs = sorted(edge(s) for s in spans)
        best = max(best, _most_within(xs, st.align_pt))
    return best


def _most_within(xs: list[float], tol: float) -> int:
    """The most of the sorted xs from one x on that lie within tol of it: y - x grows with y, so those are a
    run from x on and the run's end only moves right (one pass; a measure that is no finite number: asked
    of every pair, as always)."""
    if any(x - x != 0 for x in xs):
        return max((sum(1 for y in xs[i:] if y - x <= tol) for i, x in enumerate(xs)), default=0)
    best, j = 0, 0
    for i, x in enumerate(xs):
        j = max(j, i)
        while j < len(xs) and xs[j] - x <= tol:
            j += 1
        best = max(best, j - i)
    return best


def contents_list(lines: list[Line], cols: list[list[float]], header: list[str] | None) -> bool:
    """A single column of small whole numbers rising down the rows, titles beside them; over the
    numbers no column name ("Employees"), at most a section title of the contents."""
    if len(cols) != 1 or len(lines) < 3:
        return False
    if header and (any(is_year(c) for c in header) or 0 < len(header[-1].split()) <= 3):
        return False
    nums = [t.text for ln in lines for t in tokens(ln)[1:] if is_value(t.text)]
    if len(nums) != len(lines) or not all(re.fullmatch(r"\d{1,3}", n) for n in nums):
        return False
    vals = [int(n) for n in nums]
    return vals == sorted(vals)


def prose_column(lines: list[Line], label_x: float, vx: float) -> list[Fragment]:
    """The first label column when it is running text with table labels to its right: most of its
    lines go on with a sentence (a lower-case start) and hold several words."""
    first = [ln.frags[0] for ln in lines if abs(ln.frags[0].x0 - label_x) < 2 and ln.frags[0].x1 < vx - 2]
    if len(first) < 2:
        return []
    right = max(f.x1 for f in first)
    labels = sum(1 for ln in lines if any(f.x0 > right + 2 and f.x1 < vx - 2 for f in ln.frags))
    if labels < 2:
        return []
    lower = sum(1 for f in first if f.text[:1].islower())
    words = sum(len(f.text.split()) for f in first) / len(first)
    return first if lower * 5 >= 3 * len(first) and words >= 4 else []


def beside(lines: list[Line], cols: list[list[float]], st: TableSettings = DEFAULT) -> list[Fragment]:
    """Text set far right of the last value column, beyond a gap several column pitches wide:
    a navigation bar, a side note or the next prose column, never a column of the table."""
    if not cols:
        return []
    mids = [(a + b) / 2 for a, b in cols]
    pitch = (mids[-1] - mids[0]) / (len(mids) - 1) if len(mids) > 1 else cols[0][1] - cols[0][0]
    edge = cols[-1][1]
    sizes = sorted(ln.size for ln in lines)
    size = sizes[len(sizes) // 2]
    out = []
    for ln in lines:
        for f in ln.frags:
            if f.x0 - edge > max(st.beside_pitches * pitch, st.beside_sizes * size) and not is_value(f.text):
                out.append(f)
    return out + [f for f in _prose_right(lines, edge, st) if f not in out]


def _prose_right(lines: list[Line], edge: float, st: TableSettings) -> list[Fragment]:
    """Running text set right of the last value column, line by line beside the rows: many words
    per line on several lines (a remarks column holds a few words)."""
    right = [f for ln in lines for f in ln.frags if f.x0 > edge + 2 and not is_value(f.text)]
    if len(right) < st.prose_lines:
        return []
    words = sum(_words(f.text) for f in right) / len(right)
    return right if words >= st.prose_words else []


# Chinese and Japanese running text has no spaces between words: a run of its characters counts as one
# word for every this many characters (a word of two to four characters; a notes column beside a table)
_CJK_CHARS_PER_WORD = 3
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")


def _words(text: str) -> int:
    """The words of a piece of text, CJK runs counted by their length."""
    return sum(max(1, len(_CJK.findall(w)) // _CJK_CHARS_PER_WORD) for w in text.split())


# lines of a prose column beside a table follow each other this close (type sizes, baseline to baseline)
_PROSE_PITCH = 2.5
# ... and start at most this many type sizes right of its left edge (a note's wrapped lines are indented)
_PROSE_INDENT = 4.0


def prose_lines(prose: list[Fragment], lines: list[Line]) -> list[Fragment]:
    """The whole column of running text that `prose` (found beside a table's rows) belongs to: the text
    starting at its left edge or indented a little from it, on lines that follow it closely, up and down (a
    notes column's lines between and below the rows, which end the table's body while they stand there).
    Values are never taken."""
    if not prose:
        return []
    left = min(f.x0 for f in prose)
    size = max(f.size for f in prose)
    near = sorted((f for ln in lines for f in ln.frags
                   if left - 2 <= f.x0 <= left + _PROSE_INDENT * size and not is_value(f.text)), key=lambda f: f.base)
    have = {id(f) for f in prose}
    idx = [i for i, f in enumerate(near) if id(f) in have]
    if not idx:
        return list(prose)
    lo, hi = idx[0], idx[-1]
    while lo > 0 and near[lo].base - near[lo - 1].base <= _PROSE_PITCH * size:
        lo -= 1
    while hi + 1 < len(near) and near[hi + 1].base - near[hi].base <= _PROSE_PITCH * size:
        hi += 1
    return list(prose) + [f for f in near[lo:hi + 1] if id(f) not in have]
