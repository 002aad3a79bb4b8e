"""The header row of a content index: which column holds the location and which names the framework,
in whatever order the report prints them ("Page | GRI Standard | Disclosure", "Article | Location |
Content", "| Framework | Reference | Disclosure | Where |")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import IndexEntry
from .locations import pages_in, status_of
from .names import index_title_names
from .rows import Row

_LOCATION = re.compile(r"^(?:pages?(?:\s*(?:no\.?|number|reference))?|location|where(?: to find)?|"
                       r"(?:report\s+)?sections?(?:\s*/\s*pages?)?|pages?\s*/\s*sections?|chapter|"
                       r"reference(?:\s+page)?|index|页码|位置|章节|所在章节|(?:掲載|該当|参照)?(?:ページ|頁|箇所))$", re.I)
_WEAK = re.compile(r"^(?:reference|index)$", re.I)
_FRAMEWORK = re.compile(r"^(?:(?:reporting\s+)?frameworks?|standards?|guidelines?)$", re.I)


@dataclass(frozen=True)
class Columns:
    location: int | None
    framework: int | None = None


def header_columns(cells: list[str]) -> Columns | None:
    """The roles of an index's header row: a row of words only, one of which names the location."""
    filled = [(i, c.strip()) for i, c in enumerate(cells) if c and c.strip()]
    if len(filled) < 2 or any(re.search(r"\d", c) for _, c in filled):
        return None
    loc = [i for i, c in filled if _LOCATION.match(c)]
    if not loc:
        return None
    # "| Page | Framework | Reference | Disclosure |": a page or location column wins over a "Reference" one
    # (which may hold the code), wherever each stands
    loc = [i for i in loc if not _WEAK.match(cells[i].strip())] or loc
    fw = [i for i, c in filled if _FRAMEWORK.match(c)]
    return Columns(location=loc[-1], framework=fw[0] if fw else None)


def framework_named(cell: str) -> str | None:
    """The framework a cell names ("GRI", "ESRS", "IFRS S2", "SASB")."""
    named = [fw for fw, rx in index_title_names() if rx.search(cell)]
    return named[0] if len(named) == 1 else None


def relocate(e: IndexEntry, row: Row, code_cols: set[int], cols: Columns) -> None:
    """The location is the cell of the header's location column, wherever it stands; the other cells (not
    a code's, not the framework's) are the title: those after the first code, else those before it ("Kiln
    emissions | 12 | A1.1; A1.2 | 305-1": every code of the row is about "Kiln emissions", on page 12)."""
    if cols.location is None or cols.location in code_cols or cols.location >= len(row.cells):
        return
    where = row.cells[cols.location].strip()
    if not where:
        return
    skip = code_cols | {cols.location, cols.framework}
    first = min(code_cols)
    after = [c for j, c in enumerate(row.cells) if c and j > first and j not in skip]
    before = [c for j, c in enumerate(row.cells) if c and j < first and j not in skip]
    kept = e.title and e.title != where and (e.title in after or e.title not in row.cells)
    title = e.title if kept else " ".join(after or before)
    e.where, e.title, e.status, e.pages_cited = where, title or None, status_of(where), pages_in(where)
