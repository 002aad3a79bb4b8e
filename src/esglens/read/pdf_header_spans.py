"""Multi-level column headings: a group heading set over two or more value columns, each of which is named
again on the header lines below it ("Health insurance" over "Number (B) | % (B/A)"; "FY2022" over "Male |
Female | Total"), heads every one of them. Placed word by word, as a run over several columns is when its
words are several columns' headers ("2019 2020"), its words were cut between the columns ("Health" over the
count, "insurance" over the share); placed at its centre, it went to one of them. `spread_headings` sets a
copy of the heading over each column it spans, so each column's header reads group > own name.

A heading over parts of two or more such groups ("% of employees covered by" over "Accident insurance"
and "Maternity benefits") is the title of all the groups: it goes to the table's title, not into the
columns it happens to stand over. Years and values are never spread (a run of years is one per column).
"""
from __future__ import annotations

from dataclasses import replace

from .pdf_header_blocks import Block, below_years, heading_blocks, split_under
from .pdf_lines import Fragment, Line
from .pdf_table_cells import Grid
from .pdf_table_tokens import has_words, is_value, is_year

# a heading reaches over a column when it overlaps the column's figures by this many points at least
_REACH_PT = 3.0


def spread_headings(lines: list[Line], grid: Grid) -> tuple[list[Line], str, dict[int, str]]:
    """The header lines with each group heading copied over every column it heads, the titles over several
    groups taken out (returned, joined), and each value column's group heading (its lines joined). Under a
    line of years only the lines below the years are read (the years' groups are pdf_header_groups' and
    pdf_table_header's); a heading wrapped over lines is read as one (pdf_header_blocks)."""
    start = below_years(lines, grid.vx)
    given, lines = lines, split_under(lines, start, grid.vx)
    blocks = heading_blocks(lines, start, grid.vx, grid.cols)
    spans = _group_spans(lines, blocks, start, grid)
    member = {m: b for b, blk in enumerate(blocks) for m in blk.members}
    if not spans:
        return given, "", {}
    titles: list[str] = []
    heads: dict[int, str] = {}
    out = []
    for k, ln in enumerate(lines):
        frags: list[Fragment] = []
        for i, f in enumerate(ln.frags):
            b = member.get((k, i))
            cols = spans.get(b) if b is not None else None
            if cols is None:
                frags.append(f)
            elif (k, i) != blocks[b].members[0]:
                continue    # a later line of a wrapped heading: set with its first line
            elif _over_groups(cols, [c for j, c in spans.items() if blocks[j].first > k]):
                titles.append(blocks[b].frag.text)
            else:
                text = blocks[b].frag.text
                frags += [_copy_at(blocks[b].frag, (grid.cols[c][0] + grid.cols[c][1]) / 2) for c in cols]
                for c in cols:
                    heads[c] = f"{heads[c]} {text}" if c in heads else text
        if frags:
            out.append(Line(frags=sorted(frags, key=lambda g: g.x0)))
    return out, " ".join(titles), heads


def _group_spans(lines: list[Line], blocks: list[Block], start: int, grid: Grid) -> dict[int, list[int]]:
    """Block -> the columns it heads: those it reaches over, each named again below it, none named above it or
    beside it."""
    member = {m: b for b, blk in enumerate(blocks) for m in blk.members}
    spans: dict[int, list[int]] = {}
    for b, blk in enumerate(blocks):
        cols = _spanned(blk.frag, grid) or _over_names_below(lines[blk.last + 1:], blk.frag, grid)
        if not cols or not _named_below(lines[blk.last + 1:], cols, grid):
            continue
        beside = Line(frags=[f for k in range(blk.first, blk.last + 1) for i, f in enumerate(lines[k].frags)
                             if member.get((k, i)) != b])
        if not _named_above(lines[start:blk.first] + [beside], cols, grid):
            spans[b] = cols
    return spans


def _over_names_below(lines: list[Line], f: Fragment, grid: Grid) -> list[int] | None:
    """The columns of the headings on the next line below that the heading reaches over (by a quarter of each
    one's width and `_REACH_PT` at least), when those are two or more headings of one column each, side by side:
    a group name narrower than its columns ("On Skill / upgradation" over "No. (C) | % (C/A)") spans them."""
    if not has_words(f.text) or is_value(f.text) or any(is_year(w.text) for w in f.words):
        return None
    below = next((ln for ln in lines if any(g.x1 > grid.vx for g in ln.frags)), None)
    if below is None:
        return None
    cols: list[int] = []
    for g in below.frags:
        over = _over(g, list(range(len(grid.cols))), grid)
        reach = min(f.x1, g.x1) - max(f.x0, g.x0)
        if len(over) == 1 and reach >= max(_REACH_PT, 0.25 * (g.x1 - g.x0)):
            cols += over
    cols = sorted(set(cols))
    return cols if len(cols) >= 2 and cols == list(range(cols[0], cols[-1] + 1)) else None


def as_path(cell: str, head: str) -> str:
    """A column's header read as group > own name ("Health insurance > No. (B)") when it opens with its
    group heading and names the column after it."""
    rest = cell[len(head):].strip() if cell.startswith(head) else ""
    return f"{head} > {rest}" if rest else cell


def _spanned(f: Fragment, grid: Grid) -> list[int] | None:
    """The adjacent value columns a word heading reaches over (two or more), else None."""
    if not has_words(f.text) or is_value(f.text) or any(is_year(w.text) for w in f.words):
        return None
    cols = [c for c, (a, b) in enumerate(grid.cols)
            if f.x0 <= (a + b) / 2 <= f.x1 or min(b, f.x1) - max(a, f.x0) >= min(_REACH_PT, (b - a) / 2)]
    mid = (f.x0 + f.x1) / 2
    for c in range(len(grid.cols) - 1):
        if grid.cols[c][1] < mid < grid.cols[c + 1][0] and not any(f.x0 <= (a + b) / 2 <= f.x1 for a, b in grid.cols):
            cols = sorted(set(cols) | {c, c + 1})    # a short heading centred over the gap between two columns
    if len(cols) < 2 or cols != list(range(cols[0], cols[-1] + 1)):
        return None
    return cols


def _named_below(lines: list[Line], cols: list[int], grid: Grid) -> bool:
    """Each of the columns has a name of its own on a header line below (text over it and over no other of
    them)."""
    own = set()
    for ln in lines:
        for f in ln.frags:
            over = _over(f, cols, grid)
            if len(over) == 1:
                if any(is_year(w.text) for w in f.words):
                    return False    # a heading over years: the year groups' steps read it (pdf_header_groups)
                own.add(over[0])
    return own == set(cols)


def _named_above(lines: list[Line], cols: list[int], grid: Grid) -> bool:
    """One of the columns has a name of its own on a line above or beside the run: the run is two columns'
    headings wrapped onto one line ("benefitted from CSR from vulnerable and"), or one column's heading set
    off its centre ("% of beneficiaries" beside "No. of persons"), not a heading over them."""
    for f in (f for ln in lines for f in ln.frags):
        if _spanned(f, grid) == cols:
            continue    # a line of the same heading, wrapped ("Life" over "rafts")
        over = [c for c, (a, b) in enumerate(grid.cols)
                if f.x0 <= (a + b) / 2 <= f.x1 or min(b, f.x1) - max(a, f.x0) >= (b - a) / 2]
        if len(over) == 1 and over[0] in cols:
            return True
    return False


def _over(f: Fragment, cols: list[int], grid: Grid) -> list[int]:
    return [c for c in cols if min(grid.cols[c][1], f.x1) - max(grid.cols[c][0], f.x0) > 0
            or f.x0 <= (grid.cols[c][0] + grid.cols[c][1]) / 2 <= f.x1]


def _over_groups(cols: list[int], lower: list[list[int]]) -> bool:
    """The heading's columns meet two or more group headings set below it: a title over the groups."""
    return sum(1 for g in {tuple(x) for x in lower} if set(g) & set(cols)) >= 2


def _copy_at(f: Fragment, x: float) -> Fragment:
    """The heading as one word centred at x (a column's centre), in its own type and on its own line."""
    w = replace(f.words[0], text=f.text, x0=x - 0.5, x1=x + 0.5)
    return Fragment(words=[w])
