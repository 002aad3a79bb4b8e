"""Rule "as-of year": the year of a table with no year columns whose title or header dates it ("Principal holders
(as at 31 December 2040)", "(As of March 31, 2021) Shareholding ratio", "2022年4月1日現在"), and of a ranked list.

  - A yearless table dated as of the report period's end (or the day after it, "…4月1日現在") holds the period's
    figures: the report's year (its own naming of the period: a fiscal year ending March 31, 2021 is the report's
    2020 when the report calls it so), never the calendar year of the date.
  - A ranked list (principal shareholders, top suppliers: an ordinal first column "1, 2, 3 …" over figures that
    fall down a column, or one headed "Rank") with no year columns is a snapshot: it gets the period's year only when its title or header says it is
    as of the period end; dated otherwise, or not dated at all, its figures get no year (abstain: a register taken
    on another day is not the period's figure).
  - "As of March 31 of each year" dates the columns, not the table: no rule.
  - A note just above a yearless table that points to it ("… as of June 1, 2018, A and B jointly held … as shown
    below") dates it when its title and header do not: the period's year when the date ends the period, else
    the year the report labels the period that day falls in (a register taken that day: "June 1, 2018" is
    FY2018 of a report whose FY2020 runs April 2020 - March 2021), ranked or not.
Tables with year columns are left alone."""
from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                            "nov", "dec"))}
_AS_OF = re.compile(r"\bas\s+(?:of|at)\b[\s,:]*(?P<d>[^()（）;]{4,30})", re.I)
_MDY = re.compile(r"^(?P<m>[A-Za-z]{3,9})\.?,?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})")
_DMY = re.compile(r"^(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>[A-Za-z]{3,9})\.?,?\s+(?P<y>(?:19|20)\d{2})")
_ISO = re.compile(r"^(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})")
_JA = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:現在|時点)")
_RANK_HEAD = re.compile(r"^(?:rank(?:ing)?|order|順位|排名)$", re.I)
# a serial number's heading ("S. No.", "Sr. No.", "Sl. No.", "No.", a BRSR form's "S." over "No."): a form's list,
# whatever order its figures fall in
_SERIAL_HEAD = re.compile(r"^(?:(?:s|sr|sl)\.?(?:\s*no\.?)?|no\.?)$", re.I)
_MONTH_ENDS = (3, 6, 9)   # a fiscal year may end on the last day of these months (besides December)


def _date(y: str, m: str, d: str) -> date | None:
    month = int(m) if m.isdigit() else _MONTHS.get(m[:3].lower())
    try:
        return date(int(y), month, int(d)) if month else None
    except ValueError:
        return None


def as_of_date(texts) -> date | None:
    """The one date a table's title or header cells say it is as of, else None (none, or two that differ)."""
    found: set[date] = set()
    for text in (t for t in texts if t):
        for m in _JA.finditer(text):
            found.add(_date(m["y"], m["m"], m["d"]))
        for m in _AS_OF.finditer(text):
            rest = m["d"].strip()
            g = _MDY.match(rest) or _DMY.match(rest) or _ISO.match(rest)
            if g:
                found.add(_date(g["y"], g["m"], g["d"]))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def is_period_end(d: date, year: int) -> bool:
    """`d` ends the period the report calls `year` (or is the day after its end): December 31 of that year, or the
    last day of March/June/September closing a fiscal year named by its start or by its end."""
    for day in (d, d - timedelta(days=1)):
        if (day.month, day.day) == (12, 31) and day.year == year:
            return True
        if day.month in _MONTH_ENDS and (day + timedelta(days=1)).day == 1 and day.year in (year, year + 1):
            return True
    return False


def is_ranked(table) -> bool:
    """A list ranked by an ordinal first column: a first header cell "Rank", or rows numbered 1, 2, 3 … (three or
    more) whose figures in some column fall (or stay) from each row to the next — the order of a ranking. A serial
    number ("1 Permanent 6,799 / 2 Other 1,598 / 3 Total 8,397") orders nothing, nor does a list under a serial
    number's heading ("S. No."): no ranked list."""
    head = table.header.cells if table.header is not None else []
    if head and _RANK_HEAD.match(head[0].strip()):
        return True
    if head and _SERIAL_HEAD.match(head[0].strip()):
        return False
    rows = [r for r in table.rows if r.values]
    if len(rows) < 3 or [r.row_no for r in rows] != [str(i) for i in range(1, len(rows) + 1)]:
        return False
    cols: dict[int, list[float]] = {}
    for r in rows:
        for v in r.values:
            if v.parsed.value is not None:
                cols.setdefault(v.col, []).append(v.parsed.value)
    # ties allowed ("2.5 | 2.5"), but a ranking's figures differ: at least three values, none of them zero
    return any(len(xs) == len(rows) and all(a >= b for a, b in zip(xs, xs[1:])) and len(set(xs)) >= 3
               and xs[-1] > 0 for xs in cols.values())


# a note pointing to the table under it: "as shown below", "in the table below", "the following table", a colon
_POINTS_BELOW = re.compile(r"\b(?:shown|set out|listed|given|noted|detailed|presented) below\b|\btable below\b|"
                           r"\bthe following table\b|\bas follows\b|[:：]\s*$", re.I)


def note_date(note: str | None) -> date | None:
    """The one "as of" date of a note that points to the table below it, else None."""
    return as_of_date([note]) if note and _POINTS_BELOW.search(note) else None


def labelled_year(d: date, offset: tuple[int, int] | None) -> int:
    """The year the report labels the period day `d` falls in: its calendar year, or, for a fiscal year ending in
    month M labelled `shift` years from the year it ends in (`offset` = (M, shift), profile.period.fiscal_offset),
    the end year of d's fiscal year plus shift."""
    if not offset:
        return d.year
    month, shift = offset
    return (d.year if d.month <= month else d.year + 1) + shift


def dated_year(table, default_year: int | None, section: str | None = None, note: str | None = None,
               offset: tuple[int, int] | None = None) -> tuple[bool, int | None]:
    """(the rule applies, the year every figure of the table takes) for a table with no year columns; `section`:
    the heading it stands under (a PDF title set as a heading); `note`: the paragraph just above it; `offset`: the
    report's fiscal labelling (labelled_year)."""
    if table.years or not table.rows:
        return False, None
    header = table.header
    texts = [table.block.title, table.block.lead, section, *(header.cells if header is not None else [])]
    d = as_of_date(texts)
    if d is None and (noted := note_date(note)) is not None:
        on_end = default_year is not None and is_period_end(noted, default_year)
        return True, default_year if on_end else labelled_year(noted, offset)
    if d is not None and default_year is not None and is_period_end(d, default_year):
        return True, default_year
    return (True, None) if is_ranked(table) else (False, None)


# a title or lead saying its figures are the period's own: "… during the year", "for the financial year",
# "in the reporting period", "current financial year"
_THE_PERIOD = re.compile(r"\b(?:during|for|in|over)\s+the\s+(?:current\s+|reporting\s+|financial\s+|fiscal\s+)*"
                         r"(?:year|period)\b(?!\s+(?:19|20)\d{2})|\b(?:current|this)\s+(?:financial\s+|fiscal\s+|reporting\s+)?"
                         r"(?:year|period)\b", re.I)


def stated_period(table, default_year: int | None, caption: str | None = None) -> int | None:
    """The year of a list that prints none (Header.undated, tables.measure_lists): the report's year when its title,
    lead, header or the caption line right above it says its figures are the period's ("… during the year"), the one
    year they name if only one, else None: no year is guessed for a register or a list."""
    header = table.header
    texts = [table.block.title, table.block.lead, caption, *(header.cells if header is not None else [])]
    years = {int(y) for t in texts if t for y in re.findall(r"(?<![\d/-])((?:19|20)\d{2})(?![\d/-])", t)}
    if len(years) == 1:
        return years.pop()
    if not years and default_year is not None and any(_THE_PERIOD.search(t) for t in texts if t):
        return default_year
    return None
