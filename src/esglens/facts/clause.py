"""What a number in a sentence belongs to: its year, read from the clause around it (its name: `clause_names.py`).

Years have roles. "in FY2022", "as of 2022", "2022: $138 million" date a number; "by 2030" is the year a
target is due; "from FY2020 levels", "compared to our 2020 base year", "relative to 2008" name a baseline
and date nothing. A number takes the year its own clause gives it; a sentence's opening year ("In 2023,
...") dates every number after it; a number with no year of its own in a target or a history sentence
gets none rather than the report's year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .plans import future_clause
from ..core.opening import opening


_Y = r"(?:FY\s?|fiscal year\s|financial year\s)?((?:19|20)\d{2})(?:/\d{2,4})?"
# (its first character tested first: the regex engine skips every other character at C speed)
_YEAR = re.compile(r"(?=[Ff12])(?<![\d.,])(?:FY\s?|fiscal year\s|financial year\s)?(?:19|20)\d{2}(?:/\d{2,4})?(?![\d%])", re.I)
_BASELINE_BEFORE = opening(re.compile(
    r"(?:\bfrom|\bvs\.?|\bversus|\bagainst|\brelative to|\bcompared (?:to|with)|\bover|\bon|\bbelow|\babove|\bthan(?: in)?|"
    r"\bbaseline(?: year)?(?: of)?|\bbase year(?: of)?|\breference (?:year|period)(?: of)?|\bbased on)\s+(?:(?:the|our|a|an|its)\s+|"
    r"(?:that|those|the levels?) of\s+)?(?:FY\s?)?$", re.I))   # "74% compared to that of FY2013": the base year's level (h95)
_BASELINE_AFTER = opening(re.compile(r"^\s*(?:levels?|baseline|base year|base-year|figures?|values?|emissions? levels?|"
                             r"as (?:the )?base|\(base)", re.I))
_TARGET_BEFORE = re.compile(r"(?:\bby|\bbefore|\buntil|\btill|\bno later than|\bby the end of|\btarget year)"
                            r"\s+(?:(?:the\s+)?(?:end of\s+)?)?(?:FY\s?)?$", re.I)
_HISTORY_BEFORE = re.compile(r"(?:\bsince|\bbetween|\bfrom)\s+(?:FY\s?)?$", re.I)
_SPAN_END = re.compile(r"\b(?:between|from)\s+(?:FY\s?)?(?:19|20)\d\d\s*(?:and|to|until|till|-|–)\s*(?:FY\s?)?$", re.I)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_OWN_BEFORE = re.compile(
    r"(?:\bin|\bduring|\bfor|\bof|\bas (?:of|at)|\bat the end of|\bend of|\bthroughout|\bwithin|\byear)\s+"
    r"(?:(?:the\s+)?(?:year|fiscal year|financial year|calendar year)\s+)?(?:" + _MONTH + r"\s+)?(?:FY\s?)?$|^\s*\(?$|[(（]\s*$", re.I)
# "target" names a goal, not a noun's modifier ("target colleges", "target customers") nor someone's goals read
# about ("the fulfillment of their targets"); "we expect a return of 3% to 5%" looks ahead like "expected to"
_TARGET_WORDS = opening(re.compile(r"\b(?:(?<!\bof their )(?<!\bof its )target(?:s|ing)?(?!\s+(?!(?:of|to|for|is|are|was|were|year|date|"
                           r"and|by|in|set)\b)[a-z]+s\b)|aim(?:s|ing)? to|goal|commit(?:s|ted|ment)? to|plan(?:s|ned|ning)? (?:to|for)|"
                           r"will|shall|intend(?:s)? to|wants? to|ambition|pledge[sd]?|strive[sd]? to|expect(?:s|ed)?|in the future|planned|"
                           r"projected|forecast(?:s|ed)?|(?:the )?potential to|could|would)\b", re.I))


_EDITION = opening(re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d[:：/-]$)[A-Z]*\d+(?:[-.]\d+)?[:：/-]$"))
_OPEN_QUOTE = re.compile(r"[“\"‘]$")
_NOT_NAMES = {"in", "by", "as", "during", "since", "from", "for", "of", "until", "before", "after", "fy", "end",
              "year", "january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
              "oct", "nov", "dec", "fiscal", "financial", "calendar", "through", "to", "and", "at", "on", "within"}


@dataclass(frozen=True)
class YearMention:
    year: int
    start: int
    end: int
    role: str    # "own" | "target" | "baseline" | "history"


# (compiled once: asked of every year of every sentence; those searched to the end of the 80 characters before
# a year open with a test of their first character, core.opening)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
_FY_END_DIGITS = re.compile(r"[-–](\d{2})(?!\d)")
_NAME_BEFORE = opening(re.compile(r"(?<![.:;]\s)\b([A-Z][A-Za-z]+)\s+$"))
_DETERMINER_BEFORE = opening(re.compile(r"\b(?:our|the|its|their|this|a|an)\s+$", re.I))
_WORD_AFTER = re.compile(r"^\s+[A-Za-z]")
_NOT_NAMED_AFTER = re.compile(r"^\s+(?:and|to|or|levels?|baseline|base)\b", re.I)
_SPAN_AFTER = re.compile(r"^\s*[-–]\s*(?:FY\s?)?(?:19|20)\d\d")
_FROM_BEFORE = opening(re.compile(r"\bfrom\s+$", re.I))
_SINCE_BEFORE = opening(re.compile(r"\bsince\b[^,;.\d]{0,60}\b(?:in|of)\s+$", re.I))


def year_mentions(sentence: str, report_year: int | None = None) -> list[YearMention]:
    out = []
    for m in _YEAR.finditer(sentence):
        y = int(_YEAR_DIGITS.search(m.group(0)).group(0))
        if (end := _FY_END_DIGITS.match(sentence[m.end():])) and int(end[1]) == (y + 1) % 100:
            y += 1   # "FY 2021-22": a fiscal year is the year it ends in
        offset = max(0, m.start() - 80)   # the words right before it (a search to the end of the whole
        before, after = sentence[offset: m.start()], sentence[m.end():]   # sentence would read it per year)
        named = _NAME_BEFORE.search(before)
        if (_DETERMINER_BEFORE.search(before) and _WORD_AFTER.match(after)
                and not _NOT_NAMED_AFTER.match(after)) or (
                named and named.group(1).lower() not in _NOT_NAMES and sentence[: offset + named.start()].strip()):
            role = "name"      # "our 2030 emissions target", "the 2023 Addendum": a name, dating nothing
        elif _EDITION.search(before) or _OPEN_QUOTE.search(before):
            # "ISO 50001:2018", "GB/T 23331-2020": the edition of a code; 'the "2026 Green Bond Framework"':
            # a year opening a quoted name. Neither dates anything.
            role = "name"
        elif _SPAN_AFTER.match(after) and _FROM_BEFORE.search(before) is None:
            role = "history"   # "2020-2024": a span
        elif _BASELINE_BEFORE.search(before) or _BASELINE_AFTER.match(after):
            role = "baseline"
        elif _TARGET_BEFORE.search(before):
            # "by the end of 2023 we achieved": a deadline already past dates what was reached
            role = "own" if report_year and y <= report_year else "target"
        elif _HISTORY_BEFORE.search(before) or _SINCE_BEFORE.search(before) \
                or (_SPAN_END.search(before) and report_year and y < report_year):
            # "Since the launch of the plan in 2019, we have ...": the start of a history; "between 2005 and
            # 2012" ends before the report's year ("From 2020 to 2024" ends in it and dates its totals)
            role = "history"
        else:
            role = "own"
        out.append(YearMention(y, m.start(), m.end(), role))
    return out


_THIS_YEAR = re.compile(r"\b(?:during|in|for|over|throughout|within) the (?:reporting )?(?:year|period)\b|\bthis year\b"
                        r"|\((?:prior|previous|last) year\b", re.I)   # "8 (prior year: 7)": this year's figure


_MET = re.compile(r"\b(?:achieved|met|reached|exceeded|fulfilled|completed)\s+(?:the|its|our|their)\s+(?:[\w-]+\s+){0,2}"
                  r"(?:target|goal)", re.I)   # "has achieved the target of ...": done, this year


def is_target_or_history(sentence: str, mentions: list[YearMention], at: int | None = None) -> bool:
    """Whether a number (at `at`) has no year of its own: in a target, a plan or a history. The words of a
    target count in the number's own part of the sentence only: "... above 98%; under the state's
    policies, we pursue the low-carbon goal" leaves the 98% this year's."""
    part, begin = sentence, 0
    if at is not None:
        begin = sentence.rfind(";", 0, at) + 1
        part = sentence[begin:]
        part = part[: part.find(";")] if ";" in part else part
        if plan := _NEXT_PLAN.search(part, at - begin):
            part = part[: plan.start()]   # "We obtain 100% of X and will further increase Y": the plan is Y's
    if _this_year(part):
        return False   # "29 projects progressed during the year": the report's year
    if _SINCE_START.search(part) or _CUMULATIVE.search(part):
        return True    # "Since its launch, 3,000 users signed up", "630 suppliers (cumulative number)": a history (h95)
    if any(m.role in ("target", "history") and m.start < begin + len(part) for m in mentions):
        return True
    return _target_words(part)


# a history counted from a start with no year: "Since its launch, ...", "since the programme started" (not "since the
# start of the year": the report's year); a count the report calls cumulative ("the figures are cumulative"; not "a
# cumulative total of N", which adds up the year's own sessions)
_SINCE_START = re.compile(r"\bsince\s+(?:its|the|our|their|this|that)\s+(?![\w\s-]{0,30}\bof\s+(?:the|this)\s+(?:reporting\s+|fiscal\s+|financial\s+)?"
                          r"(?:year|period)\b)[\w\s-]{0,40}?\b(?:launch|launched|start|started|inception|founding|foundation|"
                          r"establishment|established|introduction|introduced|beginning|began|creation|created)\b", re.I)
_CUMULATIVE = opening(re.compile(r"\b(?:figures|numbers?|totals?) (?:are|is) cumulative\b|(?<!\ba )\bcumulative (?:numbers?|totals?|figures?)\b"
                         r"(?! (?:for|in|during|of) (?:the|this) (?:year|period))", re.I))


_NEXT_PLAN = re.compile(r",?\s+(?:and|but|while|whereas)\s+(?:we\s+|it\s+|they\s+)?(?:will|shall|plans?\s+to|aims?\s+to|"
                        r"intends?\s+to|expects?\s+to)\b", re.I)


# (asked of every number of a sentence: kept per sentence part)
@lru_cache(maxsize=4096)
def _this_year(part: str) -> bool:
    return bool(_THIS_YEAR.search(part) or _MET.search(part))


@lru_cache(maxsize=4096)
def _target_words(part: str) -> bool:
    return bool(_TARGET_WORDS.search(part) or _IMPERATIVE.match(part))


# a goal set as an order opening its line: "Support 100 million farmers", "Halve water use at all sites", "– Partner
# with two customers to ...", "Subject to approvals, start installing 12MW" (a plan's action list, h115)
# (or a line labelled as a goal: "AIM 3: Uplifting ...", "Objective 2: ...")
_IMPERATIVE = re.compile(r"^\s*(?:[-–•*]|//)?\s*(?:(?:TARGETS?|Targets?|GOALS?|Goals?|AIMS?|Aims?|Ambitions?|Objectives?)\s*\d{0,2}\s*:|(?:Target:\s*|Actions?\s*\d{1,2}\s*:?\s*)?"
                         r"(?:Support|Reduce|Achieve|Reach|Cut|Increase|Improve|Ensure|Deliver|Sustain|Transition|Use|Empower|"
                         r"Maintain|Become|Halve|Double|Eliminate|Expand|Fulfill|Fulfil|Enable|Provide|Source|Plant|Train|"
                         r"Keep|Lower|Phase out|Minimi[sz]e|Restore|Protect|Partner|Approve|Commence|Finali[sz]e|"
                         r"Roll out)\b(?!\s+of\b)|(?:Subject to [^,;]{3,80},\s*)?(?:start|begin|commence)\b)")
IMPERATIVE = _IMPERATIVE   # (facts/running.py: a goal line is a clause)
MONTH = _MONTH   # (facts/clause_names.py: "in March 2024" is no noun phrase)


_BEFORE_COLON = re.compile(r"\s*[:：]")
_OPEN_BRACKET = re.compile(r"[^()]{0,12}\([^()]*")
_BASELINE_FIGURE = re.compile(r"\s*[^\d.;,:：(（]{0,40}?[:：(（]\s*")


def year_of(sentence: str, start: int, end: int, spans: list[tuple[int, int]], mentions: list[YearMention],
            default: int | None) -> int | None:
    """The year of the number at sentence[start:end]; `spans` are all the sentence's numbers."""
    year = _year_of(sentence, start, end, spans, mentions, default)
    # "In 2023 we signed 788 MW, which will avoid 6.6 Mt a year": 2023 is not the 6.6 Mt's year; a later year ("By
    # 2030, we will …", "will spend $1.5 billion in 2024-2026") is (facts/plans.py)
    if year is not None and default and year <= default and future_clause(sentence, start):
        return None
    return year


def _year_of(sentence: str, start: int, end: int, spans: list[tuple[int, int]], mentions: list[YearMention],
             default: int | None) -> int | None:
    nxt = min((s for s, _ in spans if s >= end), default=len(sentence))   # past a range's upper end
    prv = max((e for _, e in spans if e < end and e <= start), default=0)
    base = [m for m in mentions if m.role == "baseline" and m.end <= start]
    if base and _BASELINE_FIGURE.fullmatch(sentence, base[-1].end, start):
        return base[-1].year   # "2018 baseline emissions (34.5Mt)", "Reference year 2019: 38 million": its value
    if default and _PRIOR_BRACKET.search(sentence, max(0, start - 60), start):
        return default - 1   # "more than in the prior year (90,000 devices)": the year before's figure (h95)
    year = _year_after(sentence, end, nxt, mentions)
    if year is None:
        year = _year_before(sentence, start, prv, mentions)
    if year is not None:
        return year
    # "76% (2020: 71%)": a year before a colon dates the figure after it; a year the sentence compares with ("up 4%
    # compared to 2020, when output fell in 2020") or in a bracket after it ("58% (53% in 2020)") is not its own
    own = {m.year for m in mentions if m.role == "own" and not _BEFORE_COLON.match(sentence, m.end)
           and not _OPEN_BRACKET.fullmatch(sentence, end, m.start)} - {m.year for m in mentions if m.role == "baseline"}
    if len(own) == 1 and not any(m.role == "target" for m in mentions):
        return own.pop()   # the sentence's one year: "1,782 women and 1,563 men took leave in 2021"
    if is_target_or_history(sentence, mentions, start) or (default and any(
            m.role == "baseline" and m.year >= default and _CHANGE_FROM.search(sentence, max(0, m.start - 60), m.start)
            for m in mentions)):
        return None   # (an increase "from FY2020" in the FY2020 report: a later year's figure, not this one's)
    return default


_PRIOR_BRACKET = opening(re.compile(r"\b(?:prior|previous|last|preceding) (?:fiscal |financial |reporting )?year\s*\(\s*(?:[^\W\d]+\s*){0,2}$", re.I))
_CHANGE_FROM = re.compile(r"\b(?:increase|decrease|rise|growth|improvement|decline|reduction|up|down|higher|lower)\b"
                          r"[^,;]{0,40}\b(?:from|compared (?:to|with)|over|vs\.?|versus)\s+(?:the\s+)?(?:FY\s?)?$", re.I)


# a bracket after a figure that compares it with another year's ("(more than triple the result for 2020)", "(twice
# the level of 2019)", "(up from 2020)"): that year dates the other figure (h103)
_COMPARED_IN_BRACKET = re.compile(r"\([^()]*\b(?:than|twice|double|triple|times|compared|versus|vs\.?|up from|down from|"
                                  r"against)\b[^()]*$", re.I)


def _year_after(sentence: str, end: int, nxt: int, mentions: list[YearMention]) -> int | None:
    """A year right after the number, before the next number: "5.7Mt in 2022", "by 2030"."""
    for m in mentions:
        gap = sentence[end:m.start]
        words = 12 if m.role == "target" else 6   # "commit 500,000 hectares of land to ... programs by 2025"
        if re.match(r"^\s*[:：]", sentence[m.end:]) or len(gap.split()) > words or re.search(r"[;.,]", gap):
            continue   # "(2020: 305,000)" dates the number after it; a year clauses away dates another
        if end <= m.start < nxt and m.role in ("own", "target"):
            if m.role == "own" and _COMPARED_IN_BRACKET.search(gap):
                continue   # "1,188 MW (more than triple the result for 2020)": the year of what it is compared with
            if m.role == "target" or _OWN_BEFORE.search(sentence[max(0, m.start - 60):m.start]) \
                    or m.start - end <= 3:
                return m.year
    return None


def _year_before(sentence: str, start: int, prv: int, mentions: list[YearMention]) -> int | None:
    """A year in the same clause before it: "In 2023, ... were 5.8Mt", "2022: $138 million"."""
    # "27% women (2020: 23%) and 73% men": "2020:" dates the 23% only
    own_before = [m for m in mentions if m.end <= start and m.role in ("own", "target")
                  and not (m.start < prv and re.match(r"\s*[:：]", sentence[m.end:]))]
    if not own_before:
        return None
    m = own_before[-1]
    if m.role == "target" and (m.start >= prv or (re.match(r"\s*,", sentence[m.end:m.end + 3]) and ";" not in sentence[m.end:start])):
        return m.year   # "By 2024, we aim to cut A by 20% and B by 6%": an opening deadline dates the clause
    if m.role == "own" and (m.start >= prv or not any(x for x in mentions if m.end <= x.start < start)):
        if ";" not in sentence[m.end:start] or m.start < 3:
            return m.year
    return None
