"""Sub-chart headings: several small charts under one title, each under its own short heading
("Employee Structure 2021 (2020)" over "Upper management | Lower management | Specialists | Group", or
"by Region", "by Age Group", "by Gender" stacked in a column). Without the heading, the four "Men" shares
of four donuts would all be "<title> > Men".

Geometry: a heading is a short text line inside the title's chart (below the title, owned by it like a
label) that starts where a column of the chart's data labels starts; a label takes the nearest heading
above it that starts at or left of it. Two or more such headings must head labels: a lone line over a
single chart is a legend or a note, and the title already names that chart (abstain).
"""
from __future__ import annotations

import re

from .pdf_lines import Fragment

# a heading starts within this many of the labels' type sizes of a column of labels
ALIGN = 1.0
# a heading holds at most this many words (a sentence is a note, not a heading)
HEAD_WORDS = 6
# a label's heading stands within this many of the label's type sizes above it
REACH = 25.0
_LETTER = re.compile(r"[^\W\d_]")


def sub_headings(title: Fragment, labels: list[Fragment], captions: list[Fragment], frags: list[Fragment],
                 used: set[int], owner) -> dict[int, str]:
    """{id(label): heading text} for the chart's labels; {} when the chart has fewer than two headings.
    `owner(fragment)` is the title a fragment belongs to (the chart pairs' own rule for labels). A line
    right under a label's caption is the caption's second line ("Men | temporarily employed"), no heading."""
    if not labels:
        return {}
    size = max(f.size for f in labels)
    starts = {round(f.x0) for f in labels}
    heads = [g for g in frags if id(g) not in used and g is not title and g not in labels
             and _LETTER.search(g.text) and len(g.text.split()) <= HEAD_WORDS and g.size <= 1.1 * title.size
             and g.top >= title.bottom and any(abs(g.x0 - x) <= ALIGN * size for x in starts)
             and owner(g) is title and not any(_continues(c, g) for c in captions)]
    if len(heads) < 2:
        return {}
    out: dict[int, str] = {}
    for f in labels:
        above = [g for g in heads if g.bottom <= f.top + 1 and g.x0 <= f.x0 + ALIGN * size
                 and f.top - g.bottom <= REACH * size]
        if above:
            # the nearest line above; of those on one line, the one starting right-most (its column)
            best = max(above, key=lambda g: (round(g.base), g.x0))
            out[id(f)] = best.text.strip()
    # two or more headings must each head labels: one line over the chart (or text under it) is none
    return out if len(set(out.values())) >= 2 else {}


def _continues(cap: Fragment, g: Fragment) -> bool:
    return 0 <= g.top - cap.bottom <= 0.8 * cap.size and min(cap.x1, g.x1) - max(cap.x0, g.x0) > 0
