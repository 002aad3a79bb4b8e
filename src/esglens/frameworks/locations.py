"""Where an index row points: the location cell's status and the page numbers it cites."""
from __future__ import annotations

import re

from ..model import IndexEntry
from .rows import Row

_NOT_APPLICABLE = re.compile(r"not applicable|\bN/?A\b|不适用|does not apply|not relevant", re.I)
_OMITTED = re.compile(r"omit|not (?:been )?disclosed|unavailable|not available|confidential|未披露", re.I)
_NOTHING = re.compile(r"^\s*[/—–\-]?\s*$")
_PAGES = re.compile(r"(?:\bp(?:age|p|g)?s?\.?\s*)?(\d{1,3})(?:\s*[-–~]\s*(\d{1,3}))?")


def single_cell_entry(row: Row, fw: str, code: str, rest: str) -> IndexEntry:
    """A row without cells (PDF text lines): the page numbers at the end are the location."""
    m = re.search(r"((?:\bp(?:age|p)?s?\.?\s*)?\d{1,3}(?:\s*[-–,~]\s*\d{1,3})*)\s*$", rest)
    where = m.group(1).strip() if m else ""
    title = rest[: m.start()].strip() if m else rest.strip()
    return IndexEntry(framework=fw, code=code, where=where, line=row.line, page=row.page, title=title or None,
                      status=status_of(where) if where else "reported", pages_cited=pages_in(where))


def status_of(where: str) -> str:
    """reported | not_applicable | omitted | explained, from the location cell as printed."""
    if _NOT_APPLICABLE.search(where):
        return "not_applicable"
    if _NOTHING.match(where) or _OMITTED.search(where):
        return "omitted"
    if len(where.split()) >= 14 and re.search(r"[.;。]|\b(so|because|therefore)\b", where):
        return "explained"
    return "reported"


def pages_in(where: str) -> list[int]:
    """Page numbers a location cites ("P12", "pp. 12-14", "23, 25"), only when it reads as page numbers."""
    if not where:
        return []
    marked = re.findall(r"(?<![A-Za-z])(?:p|pp|pg|pages?)\.?\s*(\d{1,3})(?:\s*[-–~]\s*(\d{1,3}))?", where, re.I)
    if marked:   # "Emissions, P.18": the page marker says which numbers are pages, whatever the words
        return sorted({p for a, b in marked for p in range(int(a), int(b or a) + 1) if int(b or a) - int(a) <= 60})
    if re.search(r"[A-Za-z]{4,}", re.sub(r"\bpages?\b", "", where, flags=re.I)):
        return []
    pages: list[int] = []
    for m in _PAGES.finditer(where):
        a = int(m.group(1))
        b = int(m.group(2)) if m.group(2) else a
        if a <= b <= a + 60:
            pages.extend(range(a, b + 1))
    return pages
