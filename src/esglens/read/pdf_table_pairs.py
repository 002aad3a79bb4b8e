"""Paired cells: a value and a second value in brackets printed in one cell ("29 (32)": files and the
assertions they hold, this year's figure and last year's). The PDF writes the two as words of one text
run, and a reader that splits values by their words sees two columns where the table has one: the
first value stands left of its column, the bracketed one where the column's other values stand.

`paired_lines` reads such a pair as one cell when the columns say so: each first value stands clear of
every column the table's other values make (it is neither right-aligned with nor centred in any) and
its bracketed partner stands in one. Two columns of figures set close together, the second holding a
negative in brackets ("1,234 (567)" where each has a column of its own) are left as they are. The
bracketed value is no figure of another column: the cell keeps it as its second value (the tables layer
reads "29 (32)" as 29 with "32" beside it), so nothing is dated a year early.
"""
from __future__ import annotations

import re

from .pdf_lines import Line
from .pdf_table_cells import _merge_spans
from .pdf_table_settings import DEFAULT, TableSettings
from .pdf_table_tokens import Token, is_number, is_value, tokens

_BRACKETED = re.compile(r"^[(（][\d][\d,.]*\s?%?[)）]$")

# a table needs this many pairs for its pairs to be read as cells (one stray pair proves no layout)
_MIN_PAIRS = 2


def paired_lines(lines: list[Line], vx: float, st: TableSettings = DEFAULT) -> list[Line] | None:
    """The lines with each pair made one token, or None when the table has no such pairs."""
    pairs = {(i, j) for i, ln in enumerate(lines) for j in _pair_starts(tokens(ln), vx)}
    if len(pairs) < _MIN_PAIRS:
        return None
    others = _merge_spans(sorted([t.x0, t.x1] for i, ln in enumerate(lines) for j, t in enumerate(tokens(ln))
                                 if (i, j) not in pairs and t.x0 >= vx - 2
                                 and is_value(t.text)), st.col_join)
    for i, j in pairs:
        first, second = tokens(lines[i])[j:j + 2]
        if _in_column(first, others, st) or not _in_column(second, others, st):
            return None
    out = []
    for i, ln in enumerate(lines):
        starts = {j for k, j in pairs if k == i}
        if not starts:
            out.append(ln)
            continue
        toks = tokens(ln)
        merged: list[Token] = []
        for j, t in enumerate(toks):
            if j - 1 in starts:
                continue
            merged.append(Token(f"{t.text} {toks[j + 1].text}", t.x0, toks[j + 1].x1, t.frag) if j in starts else t)
        new = Line(frags=ln.frags)
        new.tokens = merged
        out.append(new)
    return out


def _pair_starts(toks: list[Token], vx: float) -> list[int]:
    """Indexes of tokens that open a pair: a number (not bracketed itself) right of the labels, followed in
    the same text run by a bracketed number one word gap away."""
    out = []
    for j in range(len(toks) - 1):
        a, b = toks[j], toks[j + 1]
        if a.frag is b.frag and a.x0 >= vx - 2 and is_number(a.text) and not a.text.startswith(("(", "（")) \
                and _BRACKETED.match(b.text) and b.x0 - a.x1 < a.frag.size:
            out.append(j)
    return out


def _in_column(t: Token, cols: list[list[float]], st: TableSettings) -> bool:
    """Right-aligned with a column's values, or centred inside the column."""
    mid = (t.x0 + t.x1) / 2
    return any(abs(t.x1 - b) <= st.align_pt or a - 1 <= mid <= b + 1 for a, b in cols)
