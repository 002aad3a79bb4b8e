"""A row whose label names one year ('Employees as of 31 December 2023', 'Donations in 2022') but that
carries values in other years' columns: either the label or the columns are wrong."""
from __future__ import annotations

import re

from ..model import Finding
from .evidence import CONFIDENCE, leaked_label
from .rows import Row, where

# 'as of 31 December 2023', 'as at 2023', 'in 2023', 'at the end of 2023', 'for the year ended 31 March 2023'
_AS_OF = re.compile(
    r"\b(?:as\s+(?:of|at)|in|at\s+(?:the\s+)?end\s+of|by\s+the\s+end\s+of|(?:year\s+)?ended|during)\s+"
    r"(?:(?:the\s+)?(?:year\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2},?\s+)?)?"
    r"((?:19|20)\d{2})\b(?!\s*(?:-|–|to)\s*(?:19|20)?\d{2})", re.I)
# words that make a year in a label a reference point, not the row's own year
_REFERENCE = re.compile(r"\bbase(?:line)?\b|\bcompared\b|\bsince\b|\bfrom\b|\bvs\.?\b|\bversus\b|\btarget|\breported\b|\bpublished\b|"
                        r"\bby\s+(?:19|20)\d{2}|\brelative to\b|\bagainst\b", re.I)


def label_year(label: str) -> int | None:
    if _REFERENCE.search(label):
        return None
    # the year must close the label ('… as of 31 December 2024', '… in 2023 (persons)'): a year followed by
    # more words names something else ('as reported in 2022 Sustainability Fact Book')
    years = {int(m.group(1)) for m in _AS_OF.finditer(label) if _closes(label[m.end():])}
    return years.pop() if len(years) == 1 else None


def _closes(rest: str) -> bool:
    rest = re.sub(r"\([^)]*\)|\^\{[^}]*\}|[¹²³⁴⁵⁶⁷⁸⁹⁰*]+", " ", rest)
    return not re.search(r"[A-Za-z]{2,}", rest)


def check_row_years(rows: list[Row]) -> list[Finding]:
    out = []
    for r in rows:
        y = label_year(r.leaf)
        if y is None or len(r.by_year) < 2:
            continue
        others = sorted(k for k, f in r.by_year.items() if k != y and f.value is not None)
        if not others:
            continue
        shown = ", ".join(f"{r.raw(k)} under {k}" for k in sorted(r.by_year) if r.by_year[k].value is not None)
        msg = (f"'{r.leaf}' names the year {y} but carries values in the columns of other years ({shown}): "
               f"either the label or the year of those values is wrong.")
        lines, pages = where([r])
        out.append(Finding("year_label", "warning", msg, lines, pages,
                           [r.by_year[k].value for k in sorted(r.by_year)], r.by_year[others[0]].metric, y,
                           confidence=CONFIDENCE["labelled"] - 0.1, rule="row_names_another_year",
                           complete=not leaked_label(r.label)))
    return out
