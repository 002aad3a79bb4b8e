"""Header cells of a PDF table wrapped over several lines, read as one cell before the header's columns are
named. Two named rules:

- "wrapped heading" (`heading_blocks`): a heading and the fragment right under it on the next header line
  (at most `WRAP` type sizes lower) are one heading when they are set as lines of one cell (on one centre,
  or one left or right edge) over each other, no other fragment of the lower line reaches under the heading, and no other
  fragment of the heading's line reaches over the lower one: a lower line with two cells under the
  heading ("No. (B) | % (B/A)" under "Equal to / minimum wage") names its sub-columns, it does not go on
  with it. Years and values never join a heading. The joined heading spans the columns its widest line
  spans, so a group name set on two short lines over two or three sub-columns heads all of them
  (pdf_header_spans), not the one its first line happens to stand over.
- "one run under two headings" (`split_under`): a header line the PDF wrote as one run of words across two
  headings of the line above ("safety measures upgradation" under "On Health and | On Skill") is cut where
  its words pass from under one heading to under the next: each part goes on with its own heading.
- "period under years" (`period_lines`): a line of bracketed period names, each set under a year of the
  line above ("FY 2023-24" over "(Current Financial Year)"), is part of the years' line: it names no
  column of its own, and the headings below it are read as the years' sub-columns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .pdf_lines import Fragment, Line
from .pdf_table_tokens import is_value, is_year

# the lines of one wrapped heading stand at most this many type sizes apart (baseline to baseline)
WRAP = 1.6

_PERIOD = re.compile(r"^[(（][^()（）]*\b(?:year|period|quarter|month|current|previous|prior|reporting|base)\b"
                     r"[^()（）]*[)）]$", re.I)


@dataclass
class Block:
    """One heading: its fragments as (line, fragment) indexes top to bottom, and one fragment standing for
    all of them (the joined text over the union of their widths, on the first line)."""
    members: list[tuple[int, int]]
    frag: Fragment

    @property
    def first(self) -> int:
        return self.members[0][0]

    @property
    def last(self) -> int:
        return self.members[-1][0]


def _joinable(f: Fragment) -> bool:
    return not is_value(f.text) and not any(is_year(w.text) for w in f.words)


def _overlaps(a: Fragment | tuple[float, float], b: Fragment) -> bool:
    x0, x1 = (a.x0, a.x1) if isinstance(a, Fragment) else a
    return min(x1, b.x1) - max(x0, b.x0) > 0


def _stands_over(a: Fragment, b: Fragment) -> bool:
    """Either fragment's centre inside the other's width."""
    return a.x0 <= (b.x0 + b.x1) / 2 <= a.x1 or b.x0 <= (a.x0 + a.x1) / 2 <= b.x1


def _aligned(a: Fragment, b: Fragment) -> bool:
    """Two lines of one cell: set on the same centre (to within `_CENTRE_PT` or 0.3 type sizes: a centre is
    measured on words of uneven widths), or on the same left or right edge (to within `_EDGE_PT`)."""
    tol = max(_CENTRE_PT, 0.3 * min(a.size, b.size))
    return abs((a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2) <= tol or abs(a.x0 - b.x0) <= _EDGE_PT \
        or abs(a.x1 - b.x1) <= _EDGE_PT


_CENTRE_PT = 2.0
_EDGE_PT = 1.0


def heading_blocks(lines: list[Line], start: int, vx: float, cols: list[list[float]]) -> list[Block]:
    """The headings of header lines `start` and below over the value columns (right of `vx`, extents `cols`),
    each wrapped heading joined into one block (rule "wrapped heading"); a heading on one line is a block of one."""
    over = [[i for i, f in enumerate(ln.frags) if f.x1 > vx - 2] for ln in lines]
    taken: set[tuple[int, int]] = set()
    blocks: list[Block] = []
    for k in range(start, len(lines)):
        for i in over[k]:
            if (k, i) in taken:
                continue
            members = _chain(lines, over, k, i, cols)
            taken.update(members)
            blocks.append(Block(members=members, frag=_joined(lines, members)))
    return blocks


def _chain(lines: list[Line], over: list[list[int]], k: int, i: int, cols: list[list[float]]) -> list[tuple[int, int]]:
    """The fragment (k, i) and the fragments that go on with it on the lines below: a line that heads columns
    the line under it does not ("Female" centred over "Number | Median pay", over the second's first line)
    is a group's heading, not that line's start."""
    members = [(k, i)]
    f = lines[k].frags[i]
    if not _joinable(f):
        return members
    span = (f.x0, f.x1)
    while True:
        k2 = next((j for j in range(k + 1, len(lines)) if over[j]), None)
        if k2 is None or lines[k2].base - lines[k].base > WRAP * lines[k].size:
            return members
        under = [j for j in over[k2] if _overlaps(span, lines[k2].frags[j])]
        if len(under) != 1:
            return members
        g = lines[k2].frags[under[0]]
        beside = [h for j, h in enumerate(lines[k].frags) if j != i and j in over[k] and _overlaps(h, g)]
        if beside or not _joinable(g) or not _stands_over(f, g) or not _aligned(f, g):
            return members
        members.append((k2, under[0]))
        k, i, f = k2, under[0], g
        span = (min(span[0], g.x0), max(span[1], g.x1))


def _joined(lines: list[Line], members: list[tuple[int, int]]) -> Fragment:
    frs = [lines[k].frags[i] for k, i in members]
    if len(frs) == 1:
        return frs[0]
    w = replace(frs[0].words[0], text=" ".join(f.text for f in frs), x0=min(f.x0 for f in frs),
                x1=max(f.x1 for f in frs))
    return Fragment(words=[w])


def below_years(lines: list[Line], vx: float) -> int:
    """The first header line under the last line holding a year over the value columns and the bracketed
    period names set under those years (0 when no line holds a year)."""
    years = [k for k, ln in enumerate(lines) if any(is_year(w.text) for f in ln.frags if f.x1 > vx for w in f.words)]
    if not years:
        return 0
    k = years[-1] + 1
    return k + 1 if k in period_lines(lines, vx) else k


def period_lines(lines: list[Line], vx: float) -> set[int]:
    """Rule "period under years": the lines whose every fragment over the value columns is a bracketed
    period name set under a year of the line above."""
    out = set()
    for k in range(1, len(lines)):
        frs = [f for f in lines[k].frags if f.x1 > vx - 2]
        years = [f for f in lines[k - 1].frags if f.x1 > vx - 2 and any(is_year(w.text) for w in f.words)]
        if frs and years and all(_PERIOD.match(f.text.strip()) and any(_stands_over(y, f) for y in years) for f in frs):
            out.add(k)
    return out


def split_under(lines: list[Line], start: int, vx: float) -> list[Line]:
    """Rule "one run under two headings": the header lines from `start` with each fragment whose words stand
    under two or more fragments of the line above (each word's centre under one of them, in order) cut into
    one fragment per heading above."""
    out = list(lines)
    for k in range(start + 1, len(lines)):
        above = [f for f in out[k - 1].frags if f.x1 > vx - 2 and _joinable(f)]
        if not above or lines[k].base - lines[k - 1].base > WRAP * lines[k].size:
            continue
        frags = []
        for g in lines[k].frags:
            frags += _cut(g, above) if g.x1 > vx - 2 and len(g.words) > 1 and _joinable(g) else [g]
        if len(frags) != len(lines[k].frags):
            out[k] = Line(frags=frags)
    return out


def _cut(g: Fragment, above: list[Fragment]) -> list[Fragment]:
    owner = [next((j for j, f in enumerate(above) if f.x0 <= (w.x0 + w.x1) / 2 <= f.x1), None) for w in g.words]
    if None in owner or len(set(owner)) < 2 or owner != sorted(owner):
        return [g]
    runs: list[list] = []
    for w, o, prev in zip(g.words, owner, [None] + owner[:-1]):
        if o != prev:
            runs.append([])
        runs[-1].append(w)
    return [Fragment(words=run) for run in runs]
