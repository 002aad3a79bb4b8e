"""The bound a sentence puts on its number ("not less than 55%"), and the partner of a zero said together
with it ("the incidence of A and the number of B were 0")."""
from __future__ import annotations

import re


# (compiled once: each is tried at every character of the 30 before a number)
_AT_MOST = re.compile(r"(≤|<=|not (?:be )?(?:more|greater|higher) than|no more than|not exceed(?:ing)?|up to)\s*$")
_AT_LEAST = re.compile(r"(≥|>=|not (?:be )?(?:less|lower) than|no less than|at least)\s*$")
_OR_MORE = re.compile(r"^\s?(?:%\s?)?or (?:greater|more|higher|above)")
_OR_LESS = re.compile(r"^\s?(?:%\s?)?or (?:less|lower|below)")
_MORE = re.compile(r"(more than|over|above|exceed(ed|ing)?)\s*$")
_LESS = re.compile(r"(less than|below|under)\s*$")
_ABOUT = re.compile(r"(about|approximately|around|nearly|almost)\s*$")


def qualifier(tail: str, after: str) -> str | None:
    """The bound a sentence puts on its number: "not less than 55%" -> ">="."""
    if _AT_MOST.search(tail):
        return "<="
    if _AT_LEAST.search(tail):
        return ">="
    if _OR_MORE.match(after):
        return ">="
    if _OR_LESS.match(after):
        return "<="
    if _MORE.search(tail):
        return ">"
    if _LESS.search(tail):
        return "<"
    if _ABOUT.search(tail):
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
