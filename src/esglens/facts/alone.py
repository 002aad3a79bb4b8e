"""Figures that stand alone or open a block (a headline figure, a number on a line of its own, an
infographic's "5,638,300 in environmental protection."): named by the short lines right above them."""
from __future__ import annotations

import re

from ..model import Fact, Paragraph
from .running import RUNNING_TEXT
from .quantity import VERBISH
from ..core.opening import opening

BARE = re.compile(r"^\s*(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+)\s*(?:%|\+)?\s*$")
_QUANTITY = opening(re.compile(
    r"\b(number|rate|total|amount|volume|emissions?|consumption|investment|invested|hours|percentage|ratio|"
    r"count|incidents?|accidents?|cases|fatalit\w*|injur\w*|employees|donat\w*|trainees|suppliers|"
    r"patents|revenue|profit|tonnes|tons|kwh|mwh|person-times|proportion|share|coverage|satisfaction|"
    r"increase[ds]?|decrease[ds]?|growth|reduc\w*|up|down|rose|fell|yoy|year-on-year|change|accounting|"
    r"invest\w*|expenditure|spent|saved|emitted|consumed|generated|recycled)\b", re.I))


OPENS_WITH_FIGURE = re.compile(r"^\s*(?:(?:RMB|CNY|HKD|HK\$|USD|US\$|CHF|JPY|INR|EUR|GBP|[$¥￥€₹£])\s?)?[*_]{0,2}"
                               r"\d{1,3}(?:,\d{3})*(?:\.\d+)?[*_]{0,2}\s?(?:%|[^\W\d_])")
_LIST_NUMBER = opening(re.compile(r"^\s*\(?\d{1,2}[.)、](?:\s|$)"))
_SERIES_UNIT = re.compile(r"\([^()]*\b(?:yen|usd|eur|rmb|chf|billions?|millions?|thousands?|tonnes?|t|kwh|mwh|gwh|%)\)", re.I)
GENERIC_UNITS = {"sessions", "measures", "points", "times", "tonnes", "tons", "hours", "people", "persons", "cases",
                 "items", "projects", "issues", "days", "activities", "events"}
_SCOPES = re.compile(r"\bScope\s?\d(?:\s?(?:,|and|&|\+)\s?\d)*", re.I)   # a code, no figure: "(Scope 1 and 2)"
_NOT_A_YEAR = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d(?!\d|[,.]\d))\d")   # ("In 2024, ..." is a year)


def caption_above(block: Paragraph, recent: list, last_bare: int | None) -> str:
    """The short lines right above a paragraph that opens with a figure, when they name it (no
    figures of their own: a line with another number, or above another figure, names that one)."""
    if _LIST_NUMBER.match(block.text):
        return ""
    near = []
    for b in reversed(recent[-2:]):
        if block.line and b.line and block.line - b.line > 6 or len(b.text.split()) > 20:
            break
        if last_bare is not None and b.line is not None and b.line < last_bare:
            break
        if _NOT_A_YEAR.search(_SCOPES.sub("", b.text)) or re.search(r"[.!?。]\s*$", b.text):
            break  # another figure, or a finished sentence: not this figure's name
        near.insert(0, b)
        block = b
    return " ".join(b.text.strip() for b in near)


_ROW_NUMBER = opening(re.compile(r"\s*\d{1,2}\s*"))


def row_numbers(blocks: list) -> set[int]:
    """Figures alone on their lines that count 1, 2, 3 ... close together: the numbers of a table's rows
    or a list's items, not figures (ids of the blocks)."""
    out: set[int] = set()
    run: list = []
    for b in blocks:
        if not isinstance(b, Paragraph) or not _ROW_NUMBER.fullmatch(b.text):
            continue
        last = run[-1] if run else None
        if last is not None and int(b.text) == int(last.text) + 1 and last.page == b.page \
                and (b.line is None or last.line is None or b.line - last.line <= 12):
            run.append(b)
            continue
        if len(run) >= 3:
            out.update(id(x) for x in run)
        run = [b]
    if len(run) >= 3:
        out.update(id(x) for x in run)
    return out


_TABLE_HEAD = re.compile(r"(?:19|20)\d\d\s*\(\s*(?:19|20)\d\d\s*\)|(?<![\w(])%\s*$")
_NOTE_MARK = re.compile(r"[A-Za-z)][¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_COLUMN_CODE = re.compile(r"\([A-Z](?:\s*[-+/×x]\s*[A-Z])*\)")
_NUMBERING = re.compile(r"0\d+|(?:19|20)\d\d")
_SMALL = re.compile(r"\d{1,3}(?:\.\d+)?\s*%?")
_COMPLETED = re.compile(r"\b(?:was|were|is|are|of|reached|totall?ed|amounted to)\s*:?$|:$")


# a list item's bullet
_LIST_ITEM = re.compile(r"^\s*[●•▪■◆◦‣]\s*\S")


def _lines_above(block: Paragraph, recent: list, last_bare: int | None) -> list:
    """The short line (or two) right above a highlighted figure that name it."""
    near = []
    for b in reversed(recent[-2:]):
        # the name of a highlighted figure is a short line (or two) right above it
        if block.line and b.line and block.line - b.line > 6 or last_bare and b.line and b.line < last_bare:
            break   # (a line above the figure before names that one: "Rate A" / "39%" / "Rate B" / "31%")
        if len(b.text.split()) > 15:
            # a long line counts only when the figure completes it: "... forced labor was" / "0"
            if not near and _COMPLETED.search(b.text):
                near.insert(0, b)
            break
        near.insert(0, b)
    return near


def bare_number(block: Paragraph, recent: list, year: int | None, section: str | None,
                 last_bare: int | None = None) -> list[Fact]:
    """A figure on a line of its own ("0", "36+", "2,000,000+") is a fact when the lines just above
    name a quantity ("The number of work-related fatalities"); otherwise it is a page or chapter
    number."""
    text = block.text.strip()
    if _NUMBERING.fullmatch(text):
        return []  # numbering, or a year on the cover
    near = _lines_above(block, recent, last_bare)
    label = " ".join(b.text for b in near).strip()
    small = _SMALL.fullmatch(text) is not None
    if small and not _QUANTITY.search(label) or block.page is not None and RUNNING_TEXT.outside(f"{label} {text}"):
        return []  # a page number, a chart's axis or bar label; on a page, a caption of no clause (facts/running)
    if _NOT_A_YEAR.search(label) or _COLUMN_CODE.search(label) or _TABLE_HEAD.search(label) \
            or len(_NOTE_MARK.findall(label)) >= 2:
        # lines above with figures, column codes ("Total (D + E)"), a year pair or a bare "%" column
        # ("Employees by Age Group 2021 (2020) %"), or two captions with their notes ("Solar³ Wind⁴"):
        # a table's or a chart's, not this figure's name
        return []
    if block.page is not None and len(near) == 2 and near[-1].text[:1].isupper() \
            and all(len(b.text.split()) <= 3 and not VERBISH.search(b.text) and not re.search(r"\d", b.text) for b in near):
        return []   # on a page, two short captions of no clause ("Sustainable procurement" / "Total"): head cells
    if near and _LIST_ITEM.match(near[-1].text) and near[-1].text.rstrip().endswith((".", "。")):
        return []   # "● Investing in start-ups with … solutions." / "892,812": one item of a list, a whole sentence
    if re.search(r"please specify|\bgive details\b|\((?:disclose|specify|mention)\b", label, re.I):
        return []   # a form's instruction above a figure: the form's cell, not a named quantity
    if len(_SERIES_UNIT.findall(label)) >= 2:
        return []   # "Net income (Yen in billions) Earnings per share (Yen)": a chart of two series
    if re.search(r"\([^()\d]{1,30}\)", label) and re.fullmatch(r"[1-9]\d?0*(?:,0{3})*|[1-9],[05]0{2}(?:,0{3})*", text) \
            and not re.search(r"\b(?:number|total)\b", label[:12], re.I) and len(text.replace(",", "")) >= 3:
        return []   # "(Million units)" / "1,800", "Consolidated (employees)" / "100,000": a chart axis's tick
    if re.search(r"\breport\s*(?:(?:19|20)\d\d(?:[/-]\d{2,4})?)?\s*$", label, re.I):
        return []   # "Sustainability Report 2021" / "64": a running footer and its folio
    if not label:
        return []
    m = re.match(r"^([\d,.]+)\s*(%|\+)?$", text)
    value = float(m.group(1).replace(",", ""))
    unit = "%" if m.group(2) == "%" else ""
    return [Fact(value=value, raw=text, unit=unit, year=year, label=re.sub(r"-\s+", "-", label)[-120:],
                 source="narrative", line=block.line, page=block.page, section=section,
                 qualifier="+" if m.group(2) == "+" else None, evidence=f"{label}: {text}")]
