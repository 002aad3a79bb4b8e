"""A highlight panel's heading: the bold words set right over its figure ("Europe" over "11,147 | Employees"),
maybe with a bracketed note under them ("Other regions | (Latin America, …)"), name what the figure counts
there: the panel's label is "<heading> > <caption>". A panel stacked right under another in the same column
("77 | Subsidiaries" under "11,147 | Employees") stands under the same heading. No bold line right over the
figure and no panel over it: the caption alone (as before)."""
from __future__ import annotations

import re

from .pdf_lines import Fragment
from .pdf_table_tokens import is_number

# the heading's lowest line ends within this many of the figure's sizes over the figure's top
HEAD_GAP = 0.6
# its lines start within this many of their type sizes of the figure's left edge, at most this many lines
HEAD_ALIGN = 1.0
HEAD_LINES = 3
# each line follows the one above within this many of its type sizes
HEAD_LINE_GAP = 1.8
# at most this many words
HEAD_WORDS = 8
_WORD = re.compile(r"[^\W\d_]{2}")
# a figure among the words ("$425m Total spend", "(2022: $299m)"): a panel's own lines, not a heading
_FIGURE = re.compile(r"(?:^|\s|\()[+\-–−~<>]?[$€£¥₹]?\d")


def heading(big: Fragment, frags: list[Fragment], heads: dict[int, str], taken: set[int]) -> str | None:
    """The heading over the figure `big`, else None; `heads` maps each earlier panel's lowest caption line
    (by id) to its heading, for a panel stacked under it; `taken`: the fragments of panels read (no heading's)."""
    over = [g for g in frags if g is not big and -0.3 * g.size <= big.top - g.bottom <= HEAD_GAP * big.size
            and abs(g.x0 - big.x0) <= HEAD_ALIGN * g.size and g.size < big.size / 1.5]
    if not over:
        return None
    near = max(over, key=lambda g: g.bottom)
    if id(near) in heads:
        return heads[id(near)]       # a panel right under another: its heading too
    if id(near) in taken:
        return None          # the lines of another panel (its figure, caption, comparison) head nothing
    block = [near]
    for _ in range(HEAD_LINES - 1):
        top = block[0]
        if top.bold:
            break
        up = [g for g in frags if g not in block and 0.8 * top.size <= top.base - g.base <= HEAD_LINE_GAP * g.size
              and abs(g.x0 - top.x0) <= HEAD_ALIGN * g.size]
        if not up:
            return None
        block.insert(0, max(up, key=lambda g: g.base))     # the next line up
    first = [g for g in block if g.bold]
    if not first or not block[0].bold:
        return None          # the words over the figure are no bold heading (a note, a caption of a panel above)
    # a bold heading wrapped over lines ("Asia and | Oceania"): the bold lines above it in the same column
    while len(block) < HEAD_LINES:
        top = block[0]
        up = [g for g in frags if g not in block and g.bold and 0.8 * top.size <= top.base - g.base
              <= HEAD_LINE_GAP * g.size and abs(g.x0 - top.x0) <= HEAD_ALIGN * g.size]
        if not up:
            break
        block.insert(0, max(up, key=lambda g: g.base))
    if any(id(g) in taken for g in block):
        return None
    text = " ".join(g.text.strip() for g in block)
    if _FIGURE.search(text) or len(text.split()) > HEAD_WORDS or not _WORD.search(text) or any(is_number(g.text) for g in block):
        return None
    return text
