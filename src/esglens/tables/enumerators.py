"""Numbered list items in row labels: "(iv)", "b)", "3." — the numbering of a list, not a level of its own."""
from __future__ import annotations

import re

# an item of a numbered list: "(iv)", "b)", "3." — two in a row are siblings, not a group and its part
ENUM = re.compile(r"\s*(?:\(?(?:[ivxlc]+|[a-z]|\d{1,2})\)|\d{1,2}\.)\s", re.I)


ENUM_ONLY = re.compile(r"\s*(?:\((?:[ivxlc]+|[a-z]|\d{1,2})\)|(?:[ivxlc]+|[a-z]|\d{1,2})\)|\d{1,2}\.)\s*$", re.I)


def join_enumerators(label_cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A cell holding only a list item's number ("(ii)", "b)") and the label cell right of it, when that
    starts with a word, are one label ("(ii) To Groundwater"), at the number's column: the number is no
    level of its own (nor is a reference number before a value, "(1) | 18,919,459 GJ", a label's part)."""
    out: list[tuple[int, str]] = []
    for i, c in label_cells:
        if out and ENUM_ONLY.fullmatch(out[-1][1]) and re.match(r"\s*[^\W\d_]", c):   # a word, not a value
            out[-1] = (out[-1][0], f"{out[-1][1].strip()} {c.strip()}")
        else:
            out.append((i, c))
    return out
