"""The bound a sentence puts on its number ("not less than 55%"), and the partner of a zero said together
with it ("the incidence of A and the number of B were 0")."""
from __future__ import annotations

import re


def qualifier(tail: str, after: str) -> str | None:
    """The bound a sentence puts on its number: "not less than 55%" -> ">="."""
    if re.search(r"(≤|<=|not (?:be )?(?:more|greater|higher) than|no more than|not exceed(?:ing)?|up to)\s*$", tail):
        return "<="
    if re.search(r"(≥|>=|not (?:be )?(?:less|lower) than|no less than|at least)\s*$", tail):
        return ">="
    if re.match(r"^\s?(?:%\s?)?or (?:greater|more|higher|above)", after):
        return ">="
    if re.match(r"^\s?(?:%\s?)?or (?:less|lower|below)", after):
        return "<="
    if re.search(r"(more than|over|above|exceed(ed|ing)?)\s*$", tail):
        return ">"
    if re.search(r"(less than|below|under)\s*$", tail):
        return "<"
    if re.search(r"(about|approximately|around|nearly|almost)\s*$", tail):
        return "~"
    if after.startswith("+"):
        return "+"
    return None


_ZERO_PAIR = re.compile(
    r"(?:^|[,;:]\s*|\b(?:that|and that)\s+)(?P<a>(?:the\s+)?(?:number|incidence|rate|amount|total|count)\b[^,;:]{3,80}?)"
    r"\s+and\s+(?:the\s+)?(?:number|incidence|rate|amount|total|count)\b[^,;:]{3,80}?"
    r"\s+(?:were|are|have been|had been|remained|both (?:were|are|stood at))\s+(?:both\s+|all\s+)?(?:at\s+)?$", re.I)


def zero_partner(before: str) -> str | None:
    """The first of two quantities said together to be zero ("the incidence of A and the number of B were")."""
    m = _ZERO_PAIR.search(before)
    return m.group("a").strip() if m else None
