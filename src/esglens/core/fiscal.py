"""Column headings that name a fiscal year by the month it ends in: "2021/3", "FY2020/3", "FY3/2019",
"2021年3月期", "2021年3月末", "March 2021", "Mar-21", "Year ended 31 March 2021", "FYE Mar 2021".

Rule "fiscal-year end" (`fiscal_end`): such a heading gives the year and month its period ends in. A heading
that says it is a fiscal period ("FY…", "…期", "year ended …", "FYE …") is one alone; a bare month and year
("2021/3", "March 2021", "Mar-21", "2021年3月末") is one only in a row of such headings (`fiscal_ends`): all
of one month, each year once, two or more — a row of months of one year is no row of fiscal years.

The year a column is dated by is the year the period ends in (as "FY 2022-23" and "2022/23" are dated 2023:
`numbers.year_of`); a report that labels its fiscal years by the year they start in ("FY2020" for April
2020 - March 2021, as most Japanese reports do) dates them one year earlier: the stage that knows the
report's labels shifts them (`profile.period.fiscal_offset`, `tables.fiscal_columns`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
       r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_Y4 = r"(?P<y>(?:19|20)\d{2})"
_M = r"(?P<m>0?[1-9]|1[0-2])"
_DAY = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
# "FY", "FYE", "fiscal year", "year ended/ending", "financial year ended" before the date
_FY = r"(?P<fy>FYE?\s?|(?:(?:fiscal|financial)\s+)?year\s+(?:ended|ending)\s+(?:on\s+)?)"
_FORMS = [
    rf"{_FY}?{_Y4}\s?/\s?{_M}",                                   # 2021/3, FY2020/3, FY 2020/03
    rf"{_FY}?{_M}\s?/\s?{_Y4}",                                   # FY3/2019, 3/2019
    rf"{_Y4}\s?年\s?{_M}\s?月(?P<ki>期|末|度末)?",                  # 2021年3月期, 2021年3月末, 2021年3月
    # March 2021, Mar-21, Mar '21, 31 March 2021, Mar. 31, 2021 (two digits only after a dash or an apostrophe:
    # "March 31" is a day)
    rf"{_FY}?(?:{_DAY}\s+)?{_MON}(?:\s?{_DAY},?)?(?:\s?[-'’]\s?(?P<yy>\d{{2}})|\s?(?P<yyyy>(?:19|20)\d{{2}}))",
]
_PATTERNS = [re.compile(rf"^\s*{f}\s*$", re.I) for f in _FORMS]
# the text of one fiscal-end heading, for readers that match a whole row of headings (read.pdf_table_year_row)
HEADING = r"(?:FYE?\s?)?(?:(?:19|20)\d{2}\s?/\s?(?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])\s?/\s?(?:19|20)\d{2})(?![\d/])"


@dataclass(frozen=True)
class FiscalEnd:
    year: int
    month: int
    explicit: bool       # the heading says it is a fiscal period ("FY", "期", "year ended"): one alone suffices


@lru_cache(maxsize=1 << 12)
def fiscal_end(cell: str) -> FiscalEnd | None:
    """The year and month a fiscal-year heading ends in, else None (a year alone, a two-year label: year_of)."""
    s = cell.strip()
    if not s or len(s) > 48:
        return None
    for pat in _PATTERNS:
        m = pat.match(s)
        if m is None:
            continue
        g = m.groupdict()
        if g.get("mon"):
            month = _MONTH_NAMES.index(g["mon"][:3].lower()) + 1
            year = int(g["yyyy"]) if g.get("yyyy") else 2000 + int(g["yy"])
        else:
            month, year = int(g["m"]), int(g["y"])
        explicit = bool(g.get("fy")) or g.get("ki") == "期"
        return FiscalEnd(year, month, explicit)
    return None


def fiscal_ends(cells: list[str]) -> dict[int, FiscalEnd]:
    """{index: FiscalEnd} of a header row's cells that name fiscal years by their end: each explicit heading,
    and bare month-and-year headings when they are a series (one month, each year once, two or more)."""
    found = {i: fe for i, c in enumerate(cells) if c and (fe := fiscal_end(c)) is not None}
    bare = {i: fe for i, fe in found.items() if not fe.explicit}
    years = [fe.year for fe in bare.values()]
    series = len(bare) >= 2 and len({fe.month for fe in bare.values()}) == 1 and len(set(years)) == len(years)
    return {i: fe for i, fe in found.items() if fe.explicit or series}
