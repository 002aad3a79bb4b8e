"""A figure in a clause of the future has no year of the report (issue 15).

"In 2023 the group signed contracts for 788 MW, which will avoid about 6.6 Mt a year": the 788 MW are the year's,
the 6.6 Mt are not yet anyone's. The clause a figure stands in runs from the last comma, semicolon or colon before
it; when a word of the future or of a plan ("will", "shall", "plans to", "aims to", "is expected to") governs that
clause and no year is written in it, the sentence's year (or the report's) does not date the figure: its year is
unknown (None). A year written after the figure ("will reach 40% by 2030") is read first by `clause.year_of`.
"""
from __future__ import annotations

import re
from ..core.opening import opening

# (not "planned" or "expected" alone: "carried out the planned six audits" is done work)
_FUTURE = opening(re.compile(r"\b(?:will|shall|plans?\s+to|aims?\s+to|intends?\s+to|expects?\s+to|(?:is|are)\s+(?:expected|"
                     r"projected|forecast|scheduled|due)\s+to|(?:is|are)\s+to\s+be)\b", re.I))
_BREAK = re.compile(r"[,;:]")
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def future_clause(sentence: str, start: int) -> bool:
    """Whether the number at sentence[start:] stands in a clause of the future with no year of its own."""
    begin = max((m.end() for m in _BREAK.finditer(sentence, 0, start)), default=0)
    part = sentence[begin:start]
    return _FUTURE.search(part) is not None and _A_YEAR.search(part) is None
