"""Which numbers of a sentence are quantities: not years, dates, codes (ISO 14001, A1.2, GRI 305-1, Scope 1),
list numbering, ordinals, bounds of conditions, nor the numbers of a flattened table row."""
from __future__ import annotations

import re

from ..core.prefilter import gate
from .bare_runs import bare_runs
from .naming import CUR as _CUR
from .quantity import TAIL_CHARS, masked_spans
from .unit_after import CUR_SCALE, GLUED, UNIT_AFTER


# the first characters a number can start with: a digit or a currency's first (the regex engine then skips
# every other position at C speed instead of trying the alternation there; same matches)
_CUR_FIRST = "".join(sorted({a.lstrip("\\")[0] for a in _CUR[3:-1].split("|")}))
_NUMBER = re.compile(
    r"(?=[" + re.escape(_CUR_FIRST) + r"\d])"
    r"(?:(?P<cur>" + _CUR + r")\s?|(?<![A-Za-z0-9_./:#@+=*×^{])(?<!\d,)(?<![A-Za-z0-9_][-–])(?<![A-Za-z0-9_.][/:]))"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?![\d,]*\.\d)(?P<pct>\s?(?:%|％|‰|per cent\b|percent\b))?"
)
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_BEFORE_SKIP = re.compile(
    r"(?:(?<![A-Za-z])(?:scope|iso|no\.?|nos\.?|article|articles|chapter|section|sdgs?|gri|phase|class|level|grade|tier|step|"
    r"part|figure|fig\.|table|page|pages|p\.|rule|guidelines?|standard|version|v\.?|goal|principle|item|"
    r"category|pm|top|code|tel|fax|phone|telephone|zip|postcode|hotline|kpi|aspect|disclosure|annex|appendix|"
    r"paragraph|para\.|clause|ranked|rank|ranking|no|room|floor|building|road|street|district|note|notes|footnote|"
    r"(?:short|phone|telephone|contact|hotline|toll-free|service|registration|reference) number|"
    r"gb|gb/t|iec|en|ieee|ul|astm|tcfd|ssp\d?|rcp|project|stage|(?-i:[A-D])|co|ch|so|nh|pm)\s*$)"
    r"|(?:" + _MONTHS + r"\.?\s*$)",
    re.I,
)
_AFTER_SKIP = re.compile(
    r"^(?:st|nd|rd|th)\b|^[-–/:.]\d|^\s?" + _MONTHS + r"\b|^\)|^[A-Za-z]*\d|^(?:g|d|x)\b|^\s?(?:年|月|日)",
    re.I,
)


# (compiled once: asked of every number of every sentence)
_YEARISH = re.compile(r"(?:19|20|21)\d{2}")
_BASIS = re.compile(r"^\s*(?:(?:managed|equity|ownership|consolidated|operated)\s+)?basis\b", re.I)
_DASH_DIGIT = re.compile(r"^[-–]\d")
_DASH_LETTER = re.compile(r"^[-–][A-Za-z]")
_LETTER_FIRST = re.compile(r"^[A-Za-z]")
_BOUND_AFTER = re.compile(r"^\s?[≤≥<>]")
_OLD_YEAR = re.compile(r"1[5-8]\d\d")
_NAME_AFTER = re.compile(r"^\s+[A-Z]")
_LEADING_ZERO = re.compile(r"0\d+")
_CODE_LIST_GAP = re.compile(r"\s*(?:,\s*\d{1,2}\s*)*(?:,|&|and|or|to|-|–)\s*")


def is_year(m: re.Match, sentence: str) -> bool:
    # "2,000 tonnes" has a comma; "2030 tonnes" is rare enough: a bare 19xx/20xx is a year, and a 21xx
    # that ends a span of years ("between 2081 and 2100") or is a deadline ("by 2100")
    num, pct = m.group("num"), m.group("pct")
    if pct or not _YEARISH.fullmatch(num):
        return False
    return not num.startswith("21") or _LATE_YEAR.search(sentence, max(0, m.start() - 20), m.start()) is not None


_LATE_YEAR = re.compile(r"(?:(?:19|20)\d\d\s*(?:and|to|-|–)|\b(?:by|until|in|before))\s*$", re.I)


def _code_like(m: re.Match, sentence: str) -> bool:
    """Codes, ordinals, dates, bounds of conditions, enumerations and rounding notes: no quantity."""
    num, pct = m.group("num"), m.group("pct")
    before, after = sentence[max(0, m.start() - TAIL_CHARS): m.start()], sentence[m.end():]
    if pct and _BASIS.match(after):
        return True  # "on a 100% managed basis": how figures are consolidated
    if _ROUNDING_NOTE.search(before):
        return True  # "the sum may not total 100 per cent": a rounding note
    if not pct and _AFTER_SKIP.search(after) and not _PCT_RANGE.match(after):
        return True   # (but "20-30%" is a range of per cents)
    if _DASH_DIGIT.match(after) and not pct and "." not in num and not _PCT_RANGE.match(after):
        return True  # a code such as "2-1" or "305-1"
    if not pct and _DASH_LETTER.match(after):
        return True  # a modifier: "3-level", "six-month", "20-foot"
    um = UNIT_AFTER.match(after)
    if not pct and _LETTER_FIRST.match(after) and not ((um and um.group("u").strip())
                                                        or GLUED.match(after) or CUR_SCALE.match(after)):
        return True  # letters glued to the number that are no unit: a name ("3C products", "5G")
    if _RATIO_BOUND.search(before) or _BOUND_AFTER.match(after):
        return True  # the bounds of a condition on a ratio: "P0/PN ≤ 50%", "20% ≤ P0/PN"
    if before.endswith("(") and after.startswith(")"):
        return True  # enumeration "(3)"
    if not pct and _OLD_YEAR.fullmatch(num) and _NAME_AFTER.match(after):
        return True  # "1875 Hisashige Tanaka founded ...": a year of a history
    return _LEADING_ZERO.fullmatch(num) is not None or (len(num) >= 7 and "," not in num and "." not in num)


# (searched at every character of the text before a number: gated, core.prefilter, so a text without "not" or
# "/" is not searched)
_ROUNDING_NOTE = gate(re.compile(r"(?:may not|does not|do not|might not)\s+(?:total|add up to|sum to|equal)\s*$",
                                 re.I))
_RATIO_BOUND = gate(re.compile(r"\w+/\w+\s?[≤≥<>]=?\s?$"))
_PCT_RANGE = re.compile(r"^\s?[-–~]\s?\d+(?:\.\d+)?\s?(?:%|％|per cent\b|percent\b)", re.I)


# every match of _BEFORE_SKIP is a word of at most this many characters (before the trailing spaces)
# ending the tail: the search starts there (its lookbehind still sees the character before)
SKIP_WORD_CHARS = 32


def _names_a_code(tail: str) -> bool:
    """The words right before a number make it a code, a date or a reference ("Scope", "No.", "Table")."""
    t = tail.rstrip()
    if not t or not (t[-1].isalpha() or t[-1] in "./" or (t[-1].isdigit() and "ssp" in t[-5:].lower())):
        return False   # every word of _BEFORE_SKIP ends in a letter or a dot ("SSP2" in a digit)
    return _BEFORE_SKIP.search(tail, max(0, len(t) - SKIP_WORD_CHARS)) is not None


def quantities(sentence: str, keep: tuple[int, int]) -> list[re.Match]:
    """The numbers of a sentence that are not codes: lists such as "Scope 1, 2 & 3" are codes throughout;
    nor the numbers of a flattened table row."""
    out: list[re.Match] = []
    code_end = -1
    numbers = list(_NUMBER.finditer(sentence))
    masks = masked_spans(sentence) if numbers else []   # (they matter only where a number starts)
    bare = bare_runs(numbers, sentence)
    for m in numbers:
        if not keep[0] <= m.start("num") < keep[1] or any(a <= m.start("num") < b for a, b, _ in masks):
            continue
        if m.start() in bare:
            continue
        if code_end >= 0 and _CODE_LIST_GAP.fullmatch(sentence[code_end:m.start()]):
            code_end = m.end()
            continue
        if not m.group("cur") and _names_a_code(sentence[max(0, m.start() - 40): m.start()]):
            code_end = m.end()
            continue
        if not _code_like(m, sentence):
            out.append(m)
    return out
