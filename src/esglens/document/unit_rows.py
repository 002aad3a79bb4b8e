"""A one-period table with a unit column, its cells joined with spaces by a converter:

    Indicator Unit Year ended June 30, 2023         ← a stub word, "Unit", then one period with one year
    Fuel oil burned 2 tonnes 1,480                  ← label, a footnote number, the unit, one value
    Shore power MWh/million HKD 2.7
    Share of electric tugs                          ← a group label (no value) over the rows below it
    Harbour A % 40.5
    Number of berths / 12                           ← "/": no unit

The unit is the longest end of the words before the value that reads as a unit and opens with a unit or a
scale word ("thousands m³", "MtCO2 e/million RMB"); a row must have one (or "/"), and the value must end
the line: a line with more after its value ("… 0.11 ⁷ The scope of …"), or whose unit cannot be told,
stays text. The table ends at the first line that is neither a row nor a group label.
"""
from __future__ import annotations

import re

from ..core.numbers import parse_value, split_markers
from ..core.text import clean
from ..core.units import known_unit
from ..model import RawRow, TableBlock

_HEADER = re.compile(r"^(?P<stub>indicators?|items?|metrics?|kpis?)\s+units?\s+(?P<period>\S.{0,60}?)\.?$", re.I)
_SCALE = re.compile(r"(?:thousands?|millions?|billions?|'000|1(?:0|,000)+|ten|hundred)", re.I)
_FOOTNOTE = re.compile(r"^(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$")


def header_period(text: str) -> tuple[str, str] | None:
    """(stub, period) of a header line "Indicator Unit As of March 31, 2022", when the period names one year."""
    m = _HEADER.match(text.strip())
    if not m or len(re.findall(r"\b(?:19|20)\d\d\b", m.group("period"))) != 1:
        return None
    return m.group("stub"), m.group("period").rstrip(".")


def _unit_alone(token: str) -> bool:
    return token in ("%", "/") or bool(_SCALE.fullmatch(token)) or known_unit(token)


def _unit_tail(words: list[str]) -> int | None:
    """Index in words where the unit starts, or None."""
    if words and words[-1] == "/":
        return len(words) - 1
    best = None
    for n in range(1, min(4, len(words) - 1) + 1):
        tail = words[-n:]
        if _unit_alone(tail[0]) and (known_unit(" ".join(tail)) or (n == 1 and _SCALE.fullmatch(tail[0]))):
            best = len(words) - n
    return best


def split_unit_row(text: str) -> tuple[str, str, str] | None:
    """(label, unit, value) of a row, ("", "", "") for a line that could be a group label, None otherwise."""
    words = text.split()
    if not words:
        return None
    last = words[-1].rstrip(".")
    value, _ = split_markers(last)
    if not re.search(r"\d", value) or parse_value(value) is None or re.search(r"[^\d.,%()-]", value):
        return ("", "", "") if len(words) <= 10 and not re.search(r"\d", text) else None
    start = _unit_tail(words[:-1])
    if start is None:
        return None
    label_words = words[:start]
    while label_words and _FOOTNOTE.match(label_words[-1]):
        label_words = label_words[:-1]
    label = clean(split_markers(" ".join(label_words))[0])
    if not re.search(r"[^\W\d_]", label) or re.search(r"\b(?:of|by|and|or|the|to|in|for|per|with)$", label, re.I):
        return None        # "Number of | suppliers | 15": a footnote after a group's label, not a count
    figures = re.findall(r"(?<![\w.,])\d[\d,.]*%?(?![\w])", re.sub(r"[(（][^()（）]*[)）]", " ", label))
    if len(figures) > 1 or any(not re.fullmatch(r"\d{1,2}", f) for f in figures):
        return None        # figures in the label ("Scope 2" aside): two rows on one line, or page numbers
    unit = " ".join(words[start:-1])
    return label, ("" if unit == "/" else unit), last


def _row_follows(texts: dict[int, str], i: int) -> bool:
    """Line i is a row with a value, or a group label over one."""
    row = split_unit_row(texts[i]) if i in texts else None
    if row is not None and not row[0] and i + 1 in texts:
        row = split_unit_row(texts[i + 1])
    return row is not None and bool(row[0])


def table_under(texts: dict[int, str], n: int, head: tuple[str, str]) -> tuple[TableBlock, list[int]] | None:
    """The table under the header at line n (its stub and period) and every line it holds, or None."""
    rows = [RawRow(cells=[head[0], "Unit", head[1]], line=n)]
    pending, i = None, n + 1
    while i in texts and header_period(texts[i]) is None:     # the next table's header ends this one
        row = split_unit_row(texts[i])
        if row is None and _row_follows(texts, i + 1):
            i, pending = i + 1, None    # a line that cannot be read (two rows joined, page numbers after
            continue                    # the value) stays text, and so does the group label over it
        if row is None:
            break
        if row[0]:
            rows += [pending] if pending is not None else []
            rows.append(RawRow(cells=[row[0], row[1], row[2]], line=i))
            pending = None
        elif pending is not None:
            break
        else:
            pending = RawRow(cells=[clean(texts[i]).rstrip(".")], line=i)
        i += 1
    if len(rows) < 2:
        return None
    return TableBlock(id=f"U{n}", rows=rows, title=None), [r.line for r in rows]
