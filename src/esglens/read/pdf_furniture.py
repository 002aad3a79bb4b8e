"""Running headers and footers ("page furniture") and the page numbers they print.

A line is furniture when it stands in the top or bottom band of its page and the same text, digits
aside, stands in a band on several pages ("Climate Change Report 2023 | riotinto.com 37"). A band
line set in the very slot (position and type size) of such a line on another page is furniture
too: a running header that names the current section ("Data tables continued") changes its text
but not its place.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass

from .pdf_lines import Line
from ..core.memo import kept

BAND = 0.1          # share of the page height at the top and at the bottom
_DIGITS = re.compile(r"\d+")
_EDGE = re.compile(r"^[\s#|·•\-–—/]+|[\s#|·•\-–—/]+$")


@dataclass
class PageLines:
    number: int                # 1-based page number in the file
    lines: list[Line]
    height: float


@kept(maxsize=1 << 14)   # (each page's edge lines are keyed against every other page's)
def furniture_key(text: str) -> str:
    """The text with every number as '#', spaces collapsed, page-number edges trimmed."""
    t = _DIGITS.sub("#", re.sub(r"\s+", " ", text.strip()))
    return _EDGE.sub("", t).lower()


def _band(line: Line, height: float) -> str | None:
    if line.bottom <= BAND * height:
        return "top"
    if line.top >= (1 - BAND) * height:
        return "bottom"
    return None


def find_furniture(pages: list[PageLines]) -> dict[int, set[int]]:
    """Per page number, the indexes of its lines that are running headers or footers."""
    pages_of: dict[tuple[str, str], set[int]] = defaultdict(set)
    for p in pages:
        for ln in p.lines:
            band = _band(ln, p.height)
            if band and _may_be_furniture(ln):
                pages_of[(band, furniture_key(ln.text))].add(p.number)
    # a few pages read (a quick look) still show a footer twice; a whole report needs three
    need = 2 if len(pages) <= 4 else 3

    def repeated(band: str, ln: Line) -> bool:
        return _may_be_furniture(ln) and len(pages_of[(band, furniture_key(ln.text))]) >= need

    out = {p.number: _outermost(p, repeated) for p in pages}
    slots = _Slots([(_band(p.lines[i], p.height), p.lines[i]) for p in pages for i in out[p.number]])

    def in_slot(band: str, ln: Line) -> bool:
        return repeated(band, ln) or slots.holds(band, ln)

    return {p.number: found for p in pages if (found := _outermost(p, in_slot))}


def _may_be_furniture(ln: Line) -> bool:
    """Words with at most one number beside them ("Annual Report 2023 | 37"), or a lone page
    number; a row of numbers is a table's header or data repeated on every page, not furniture."""
    numeric = sum(1 for f in ln.frags if re.fullmatch(r"[\d.,%\s]+", f.text))
    letters = len(re.findall(r"[^\W\d_]", ln.text))
    return numeric <= 1 and (letters >= 3 or re.fullmatch(r"\d{1,4}", ln.text.strip()) is not None)


def _outermost(p: PageLines, test) -> set[int]:
    """Lines from the top edge down, and from the bottom edge up, while each one passes `test`:
    furniture stands outside the body, never between body lines."""
    found: set[int] = set()
    for order in (range(len(p.lines)), range(len(p.lines) - 1, -1, -1)):
        for i in order:
            ln = p.lines[i]
            band = _band(ln, p.height)
            if not band or not test(band, ln):
                break
            found.add(i)
    return found


class _Slots:
    """The places of the furniture found, by band and sorted by top: a line is compared with the slots
    whose top is within reach only (not with every slot of every page: a long report has hundreds)."""

    def __init__(self, slots: list[tuple[str | None, Line]]):
        self.by_band: dict[str | None, tuple[list[float], list[Line]]] = {}
        for band, ln in sorted(slots, key=lambda s: s[1].top):
            tops, lines = self.by_band.setdefault(band, ([], []))
            tops.append(ln.top)
            lines.append(ln)

    def holds(self, band: str, ln: Line) -> bool:
        tops, lines = self.by_band.get(band, ((), ()))
        # a window a little wider than _same_slot's 1.5 pt; _same_slot itself decides
        lo, hi = bisect_left(tops, ln.top - 1.6), bisect_right(tops, ln.top + 1.6)
        return any(_same_slot(band, ln, band, other) for other in lines[lo:hi])


def _same_slot(band: str, ln: Line, slot_band: str | None, other: Line) -> bool:
    return band == slot_band and abs(ln.top - other.top) < 1.5 and abs(ln.size - other.size) < 0.3 \
        and (abs(ln.frags[0].x0 - other.frags[0].x0) < 3 or abs(ln.frags[-1].x1 - other.frags[-1].x1) < 3)


def printed_numbers(pages: list[PageLines], furniture: dict[int, set[int]]) -> dict[int, str]:
    """Page numbers printed in the furniture: the number whose distance to the file's page number
    is the same on most pages (a report year printed on every page keeps changing distance)."""
    seen: set[tuple[int, int]] = set()         # page, number printed on it
    for p in pages:
        for i in sorted(furniture.get(p.number, ())):
            for m in _DIGITS.finditer(p.lines[i].text):
                if len(m.group()) <= 4:
                    seen.add((p.number, int(m.group())))
    offsets = Counter(page - n for page, n in seen)
    if not offsets:
        return {}
    offset, votes = offsets.most_common(1)[0]
    if votes < (2 if len(pages) <= 4 else 3):
        return {}
    return {page: str(n) for page, n in seen if page - n == offset}
