"""Numbers a sentence uses to frame, refer or define, not to report: they give no narrative fact.

- a time frame: "In the past three years, ...", "over the last 17 years" (the span a statement looks back
  on, not a measured quantity; a plan's horizon, "in the next 3 years", and "for four years in a row" are kept);
- a reference to things already named: "the three measures", "these two plants", "the 20 largest
  companies" (a rank's scope), "top ten";
- the count of a list that follows: "from the following four dimensions:", "three pillars:";
- a definition: "... is divided into short term (within 1 year) ...", "X is defined as", "refers to";
- a name that says nothing of what the number is: only years, function words or frame words
  ("2021 status", "Over the past", "Total", "of whom", "Yes").
"""
from __future__ import annotations

import re

from ..core.prefilter import gate
from .quantity import FUNCTION_WORDS
from ..core.memo import kept
from ..core.opening import opening

DURATION = re.compile(r"(?:consecutive\s+)?(?:(?:working|calendar|business)\s+)?(?:decades?|years?|months?|weeks?|days?|hours?|hrs)",
                      re.I)
_FRAME_BEFORE = re.compile(
    r"\b(?:in|over|during|throughout|for)\s+the\s+(?:past|last|previous)\s*$"
    r"|\b(?:over|during|within)\s+a\s+(?:period|span)\s+of\s*$"
    r"|(?:^|[.;:]\s+)for\s+(?:(?:nearly|almost|over|more than|about|around|some|close to)\s+)?$", re.I)
_REFERENCE = re.compile(r"(?:^|\s)(?:the|these|those|its|their|our|all|the following)\s*$", re.I)
_RANK = re.compile(r"(?:^|\s)(?:the|its|their)\s*$", re.I)
_SUPERLATIVE = opening(re.compile(r"^\s*(?:[a-z]+est|top|leading|most|largest|biggest)\b", re.I))
_TOP = opening(re.compile(r"\btop\s*$", re.I))
_DEFINES = re.compile(
    r"\b(?:is|are)\s+(?:divided|categori[sz]ed|classified|grouped|defined)\s+(?:into|as)\b|\bcategori[sz]ed\s+into\b"
    r"|\b(?:is|are)\s+(?:an?\s+)?(?:[a-z-]+\s+){0,4}(?:that|which)\s+(?:causes?|results?\s+in|leads?\s+to)\b"
    r"|\brefers?\s+to\s+(?:an?|any|the)\b", re.I)
_DEFINES_GATED = gate(_DEFINES)   # (not searched in a sentence without one of the words it needs)
_FRAME_WORDS = {"past", "next", "last", "coming", "upcoming", "following", "previous", "first", "total", "yes", "no",
                "status", "whom", "which", "reference", "year", "years", "period", "row", "consecutive", "fy",
                "further", "additional", "another", "other", "respectively", "approximately", "about", "baseline",
                "base", "target", "actual", "result", "value", "figure", "remaining", "rest", "remainder",
                # a time phrase dates a figure and names nothing: "In the year under review", "At the end of the
                # year", "as early as 2019", "as of 31 December"
                "end", "review", "reporting", "early", "date", "january", "february", "march", "april", "may", "june",
                "july", "august", "september", "october", "november", "december",
                # a connective links to the sentence before and names nothing: "Furthermore, 110 managers were ..."
                "furthermore", "moreover", "additionally", "besides", "meanwhile", "likewise", "also", "however",
                "hence", "thus", "therefore", "currently", "presently", "addition", "overall"}   # ("In addition, 10 suppliers …")
FRAME_WORDS = _FRAME_WORDS


def defines(sentence: str) -> int:
    """Where a sentence starts to define a term or its classes (its numbers after that are bounds of the
    definition), or its length."""
    m = _DEFINES_GATED.search(sentence)
    return m.start() if m else len(sentence)


def time_frame(tail: str, unit: str, after: str = "") -> bool:
    """A duration that frames a statement: "over the past 17 years", "In the last three years, ...", "over
    a period of 3 years", "For nearly 30 years, we have ..." (a look
    back opening the sentence; "For four years in a row" is a record and kept)."""
    if not DURATION.fullmatch(unit.strip()):
        return False
    m = _FRAME_BEFORE.search(tail)
    if m and m.group(0).strip().lower().startswith("for") and not re.match(r"^\s*,", after):
        return False
    if m is None and _LOOK_BACK.search(tail) and not re.match(r"^\s*(?:in a row|without)\b", after) and "consecutive" not in unit:
        return True   # "we have provided X for more than 150 years", "With 32 years of efforts, ..."
    return m is not None


_LOOK_BACK = re.compile(r"\b(?:(?:have|has)\s+(?:been\s+)?[a-z]+(?:ed|en|wn)?\b[^,;.\d]{0,80}\bfor\s+|^with\s+)"
                        r"(?:(?:over|more than|nearly|almost|about|around|some|close to)\s+)?$", re.I)


def reference(tail: str, after: str, spelled: bool) -> bool:
    """"the three measures", "these two plants", "our four depots" (spelled): things already named; "the 20 largest
    companies", "top ten": the scope of a rank."""
    if _TOP.search(tail):
        return True
    if _RANK.search(tail) and _SUPERLATIVE.match(after):
        return True
    return (spelled or tail.rstrip().lower().endswith("the following")) and _REFERENCE.search(tail) is not None


def announces_list(rest: str) -> bool:
    """"... from four dimensions:" closing its sentence: the count of the list set out below it (a count
    followed by its members, "five committees, namely ...", is kept: it says how many there are)."""
    if re.match(r"^\s*[:：]\s*$", rest):
        return True
    # "three pathways to securing credits: investment in ...; own projects; and ...": its members follow
    m = re.match(r"^[^:：;.\d]{0,60}[:：]\s*(.+)$", rest)
    return m is not None and not _VERB_IN.search(rest[: m.start(1)]) and len(re.findall(r"[,;]|\band\b", m.group(1))) >= 1 \
        and not re.search(r"\d", m.group(1))   # ("12 workshops: 4 in spring and 8 in autumn" is a count and its breakdown)


_VERB_IN = re.compile(r"\b(?:is|are|was|were|has|have|had|reached|totall?ed|amounted)\b", re.I)


_CHANGE = re.compile(r"\b(?:up|down|year-on-year|yoy|increase[sd]?|decrease[sd]?|growth|rose|fell)\b", re.I)


_LETTER_RUN = re.compile(r"[^\W\d_¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_YEAR_WORD = re.compile(r"(?:FY\s?)?(?:19|20)\d\d")


@kept(maxsize=16384)   # (asked of the same names by several gates per number)
def says_nothing(label: str) -> bool:
    """A name of years, function words and frame words only says nothing of what the number is (a
    change, "up … year-on-year", says it is a change)."""
    if _CHANGE.search(label):
        return False
    words = _LETTER_RUN.findall(_YEAR_WORD.sub(" ", label))
    content = [w for w in words if w.lower() not in FUNCTION_WORDS and w.lower() not in _FRAME_WORDS]
    if not content:
        return True
    return len(words) == 1 and re.fullmatch(r"[a-z]+(?:ed|ing)", words[0]) is not None   # "owned", "participating"
