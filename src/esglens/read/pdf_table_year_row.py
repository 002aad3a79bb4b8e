"""A row of year headings over a table's value columns ("2017年度 2018年度 … 2021年度", "FY 2023-24 (Reported)
FY 2022-23", "2019 2020 2021"): whatever its band, colour or distance from the rows, it heads the columns; it is
never a sentence, a title or prose, however many evenly spaced words it holds (one text run in the PDF or one
per column)."""
from __future__ import annotations

import re

from ..core.fiscal import HEADING as FISCAL_END
from .pdf_lines import Fragment

_MARK = r"(?:[*#†‡⁰¹²³⁴⁵⁶⁷⁸⁹]|\^\{[^}]{1,4}\})*"
# one year heading: a fiscal or calendar year ("FY2021", "2022/23", "FY 2023-24", "2021年度", "2022年3月期", a fiscal
# year by its end month: "2021/3", "FY3/2019", core/fiscal.py), a
# note mark, and maybe a qualifier in brackets ("(Reported)", "（実績）")
_ONE = (r"(?:" + FISCAL_END + r"|(?:FY|CY)?\s?(?:19|20)\d{2}(?:\s?[/\-–]\s?\d{2,4})?(?:年度|年(?:\d{1,2}月(?:期|末)?)?)?)" + _MARK
        + r"(?:\s?[(（][^()（）]{1,30}[)）]" + _MARK + ")?")
_ROW = re.compile(rf"{_ONE}(?:\s+{_ONE})*", re.I)


def year_row(over: list[Fragment], vx: float) -> bool:
    """Every word of the runs that reach over the value columns (right of vx) is part of a year heading, and
    there is one at least. A run from the label area with other words ("Emissions by site since 2019") is
    not a row of years, whatever part of it stands over the columns."""
    words = [w.text for f in over if f.x1 > vx + 2 for w in f.words]
    return bool(words) and bool(_ROW.fullmatch(" ".join(words)))
