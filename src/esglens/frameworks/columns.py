"""The header row of a content index: which column holds the location and which names the framework,
in whatever order the report prints them ("Page | GRI Standard | Disclosure", "Article | Location |
Content", "| Framework | Reference | Disclosure | Where |")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .names import index_title_names

_LOCATION = re.compile(r"^(?:pages?(?:\s*(?:no\.?|number|reference))?|location|where(?: to find)?|"
                       r"(?:report\s+)?sections?(?:\s*/\s*pages?)?|pages?\s*/\s*sections?|chapter|"
                       r"reference(?:\s+page)?|index|页码|位置|章节|所在章节)$", re.I)
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
