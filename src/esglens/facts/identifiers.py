"""Rule family "an identifier is no figure": numbers a report prints that name or number something, not amounts.

Each rule is a small named function of a `Fact`; `identifier_rule` names the first that applies and
`without_identifiers` drops those facts (abstain: a code read as an amount is a wrong number, a missing
identifier costs nothing). The names of identifiers are data (data/identifiers.yaml).

- identifier_column: a bare code under a column whose head names an identifier ("NIC Code | 271",
  "Stock code | 600519", "S. No. | 3");
- identifier_row: a bare code beside a name that is an identifier ("DIN: 02261944", "Membership Number 093263",
  "Telephone | 1800 209 1800");
- leading_zero: a whole number printed with a leading zero ("02261944", "0457"): a code's digits, no quantity
  is printed so;
- answer_column: a nil ("Not applicable", "-") in a column whose head asks for a yes/no answer
  ("Deducted and deposited with the authority (Y/N/N.A.)"): the answer "N.A.", not an amount not disclosed.

A bare code is a cell of digits alone (groups split by a space, dot, hyphen or slash), with no unit, no
percent sign and no thousands separator: a count with its unit or a share is never taken for a code.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..core import vocab
from ..core.numbers import split_markers
from ..model import Fact

# a code's digits: groups split by a space, dot, hyphen or slash ("271", "27101", "8504.10", "400 030")
_BARE_CODE = re.compile(r"\d+(?:[ ./-]\d+)*")
# a whole number with a leading zero, three digits or more, no decimal point
_LEADING_ZERO = re.compile(r"0\d{2,}")
# a name that counts or totals ("Number of registrations", "Total codes reviewed") is no identifier's name
_COUNTING = re.compile(r"^(?:number|no\.?|count|total|share|percentage|%)\s+(?:of\b|employees\b)|^total\b|^%", re.I)
# a name ending in "code(s)" is an identifier when it is short ("NIC Code", "Product code"): at most this many words
CODE_NAME_WORDS = 4
_FUNCTION = re.compile(r"\b(?:on|of|the|to|with|for|about|under|in|by|and|our)\b")
# a column head asking for a yes/no answer: "(Y/N)", "(Y/N/N.A.)", "(Yes/No)", "Yes / No"
_ANSWER_HEAD = re.compile(r"\(\s*(?:y|yes)\s*/\s*(?:n|no)\b|\byes\s*/\s*no\b", re.I)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], re.Pattern, re.Pattern, tuple[str, ...]]:
    data = vocab.load("identifiers.yaml") or {}
    names = [str(n).lower() for n in data.get("names") or ()]
    acr = "|".join(re.escape(str(a).lower()) for a in data.get("acronyms") or ())
    qual = "|".join(re.escape(str(q).lower()) for q in sorted(data.get("qualifiers") or (), key=len, reverse=True))
    # "DIN", "NIC Code", "CIN No.", "Corporate Identity Number (CIN)": an acronym alone, in brackets closing
    # the name, or with code/no./number after it ("Training on HS" names no identifier)
    acronym = re.compile(rf"(?:^|.*\s)(?:{acr})\s*(?:code|no\.?|number|#)$|(?:^|.*[(（])(?:{acr})[)）]$|(?:{acr})$")
    # "Membership Number", "Registration No.", "S. No.": a qualifier right before number/no./code
    qualified = re.compile(rf"(?:^|.*\s)(?:{qual})\.?\s*(?:number|no\.?|code|#)$")
    return (frozenset(n for n in names if not _CJK.search(n)), acronym, qualified,
            tuple(n for n in names if _CJK.search(n)))


def names_identifier(text: str | None) -> bool:
    """`text` (a column head or the last part of a row label) names an identifier or a code."""
    if not text:
        return False
    t = re.sub(r"\s+", " ", split_markers(text)[0]).strip(" :：*").lower()
    if not t or _COUNTING.search(t):
        return False
    names, acronym, qualified, cjk = _vocab()
    if t in names or acronym.fullmatch(t) or qualified.match(t):
        return True
    if re.search(r"\bcodes?$", t) and len(t.split()) <= CODE_NAME_WORDS and not _FUNCTION.search(t):
        return True     # "Product code", "HS codes" ("Training on the code", a long name: something else)
    return any(t.endswith(n) for n in cjk)


def _heads(column: str | None) -> list[str]:
    """The names a column head gives its cells: the whole head, its last part, the name in its brackets
    ("FY 2022 (NIC Code)")."""
    if not column:
        return []
    out = [column, column.split(" > ")[-1]]
    m = re.search(r"[(（]([^()（）]+)[)）]\s*$", column)
    if m:
        out.append(m.group(1))
    return out


def _bare_code(f: Fact) -> bool:
    raw = split_markers(f.raw)[0].strip()
    return not f.unit.strip() and _BARE_CODE.fullmatch(raw) is not None


def identifier_column(f: Fact) -> bool:
    """A bare code under a column whose head names an identifier: "NIC Code | 271"."""
    return f.source == "table" and _bare_code(f) and any(names_identifier(h) for h in _heads(f.column))


def identifier_row(f: Fact) -> bool:
    """A bare code beside a name that is an identifier: "DIN: 02261944", "Telephone | 1800 209 1800"."""
    return _bare_code(f) and names_identifier(f.label.split(" > ")[-1])


def leading_zero(f: Fact) -> bool:
    """A whole number printed with a leading zero ("093263"): a code's digits."""
    return _LEADING_ZERO.fullmatch(split_markers(f.raw)[0].strip()) is not None


def answer_column(f: Fact) -> bool:
    """A nil in a column asking for a yes/no answer: the answer "not applicable", not an amount."""
    return f.value is None and any(_ANSWER_HEAD.search(h) for h in _heads(f.column))


RULES = (identifier_column, identifier_row, leading_zero, answer_column)


def identifier_rule(f: Fact) -> str | None:
    """The name of the first rule saying `f` is no figure, else None."""
    return next((r.__name__ for r in RULES if r(f)), None)


def without_identifiers(facts: list[Fact]) -> list[Fact]:
    return [f for f in facts if identifier_rule(f) is None]
