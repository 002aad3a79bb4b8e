"""A row of year headings over a table's value columns ("2017年度 2018年度 … 2021年度", "FY 2023-24 (Reported)
FY 2022-23", "2019 2020 2021"): whatever its band, colour or distance from the rows, it heads the columns; it is
never a sentence, a title or prose, however many evenly spaced words it holds (one text run in the PDF or one
per column)."""
from __future__ import annotations

import re

from .pdf_lines import Fragment

_MARK = r"(?:[*#†‡⁰¹²³⁴⁵⁶⁷⁸⁹]|\^\{[^}]{1,4}\})*"
# one year heading: a fiscal or calendar year ("FY2021", "2022/23", "FY 2023-24", "2021年度", "2022年3月期"), a
# note mark, and maybe a qualifier in brackets ("(Reported)", "（実績）")
_ONE = (r"(?:FY|CY)?\s?(?:19|20)\d{2}(?:\s?[/\-–]\s?\d{2,4})?(?:年度|年(?:\d{1,2}月(?:期|末)?)?)?" + _MARK
        + r"(?:\s?[(（][^()（）]{1,30}[)）]" + _MARK + ")?")
_ROW = re.compile(rf"{_ONE}(?:\s+{_ONE})*", re.I)
_PREFIX = {"FY", "CY"}


def year_row(over: list[Fragment], vx: float) -> bool:
    """Every word over the value columns (right of vx; an "FY" just before its year counts with it) is part
    of a year heading, and there is one at least."""
    words = [w for f in over for w in f.words if w.x1 > vx + 2 or w.text.upper() in _PREFIX]
    while words and words[0].x1 <= vx + 2 and (len(words) == 1 or words[1].x1 <= vx + 2):
        words = words[1:]       # an "FY" of the label area, not followed by a year over the columns
    return bool(words) and bool(_ROW.fullmatch(" ".join(w.text for w in words)))
