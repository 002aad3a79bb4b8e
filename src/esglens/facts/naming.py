"""What a number of a sentence is called once the verbs and frame words around it are read through.

A name must say what the number is an amount of. "accounting for 5.1% of revenue", "achieving a coverage
rate of 100%", "up 25% year-on-year", "Of this, 5.1Mt" name no subject of their own: the subject is the
clause before (or the figure the sentence gave last). When there is none, the number is no fact: when
unsure, abstain.
"""
from __future__ import annotations

import re

from ..model import Fact
from .clause_names import label_before, predicate_after
from .frames import announces_list, reference, says_nothing, time_frame
from .gate import abstains
from .referents import existential_name
from .quantity import FUNCTION_WORDS, TAIL_CHARS, Candidate, rejected_by
from ..core.opening import opening

CUR = r"(?:RMB|CNY|HKD|HK\$|USD|US\$|CHF|JPY|INR|Rs\.?|Rupees|\$|¥|￥|€|₹|EUR|GBP|£)"
SCALE = r"(?:ten thousand|hundred million|100 million|million|billion|thousand|trillion|mn|bn|k|万|亿)"
BARE_UNIT = re.compile(r"(?:" + CUR + r"\s?)?(?:%|" + SCALE + r")?", re.I)   # nothing the unit could name
_VERB_ONLY = opening(re.compile(r"(?:accounting for|account(?:s|ed)? for|representing|represent(?:s|ed)?|including|compared|"
                        r"compared (?:with|to)|reaching|totall?ing|up|down|up by|down by|add(?:ing|s|ed)? up to|amounting to|"
                        r"of which|which is|that is|or|against|versus|vs\.?)", re.I))
_CHANGE_ONLY = opening(re.compile(r"(?:an?\s+)?(?:(?:yoy|year-on-year|annual)\s+)?(?:increase|decrease|growth|rise|decline|"
                          r"reduction|drop)\s+(?:of|by)", re.I))
_PARTICIPLE_AFTER = re.compile(r"^\s*((?!compared\b)[a-z]+(?:ed|ing)\s+(?:by|in|to|for|from|at|with|under|on)\s+[^,;.()]{2,60}?)"
                               r"(?=\s*(?:[,;.()]|\band\b|$))")
_CHANGE = re.compile(r"\b(?:growth|increase[sd]?|decrease[sd]?|rose|fell|grew|rise|decline[sd]?|reduc\w+|up|down)\b", re.I)
_SHARE_VERB = re.compile(r"^(?:accounting for|account(?:s|ed)? for|mak(?:ing|es?) up|made up|representing|represents?|"
                         r"reaching|covering)\b", re.I)
_GENERIC = {"coverage", "rate", "rates", "amount", "investment", "efficiency", "proportion", "percentage", "share",
            "ratio", "number", "total", "value", "figure", "accounting", "account", "accounts", "accounted", "making",
            "make", "makes", "made", "representing", "represent", "represents", "represented", "reaching", "reach",
            "reached", "reaches", "achieving", "achieve", "achieved", "achieves", "covering", "covered", "increase",
            "increased", "decrease", "decreased", "reduced", "reduction", "rose", "fell", "grew", "growth", "rise",
            "decline", "declined", "though", "although", "whereas", "targets", "target", "interim", "goal", "goals",
            "overall", "further", "additional", "approximately", "nearly", "peak", "average", "maximum", "minimum",
            "annual", "yearly", "it", "there", "total", "which", "whole", "resolution", "rectification", "completion",
            "passing", "pass", "utilization", "utilisation", "success", "range"}


_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def subjectless(label: str) -> bool:
    """A name of verbs, generic measure words and function words only ("the coverage rate is", "an
    investment amount of", "Targets", "up … year-on-year"); a share's verb with only its whole after it
    ("accounting for … of the operating income") has no subject either."""
    head = label.split(" … ")[0] if _SHARE_VERB.match(label) else label.replace(" … ", " ")
    words = _WORDS.findall(head)
    return all(w.lower() in FUNCTION_WORDS or w.lower() in _GENERIC for w in words)


def subject_before(sentence: str, start: int, facts: list[Fact], strict: bool = False) -> str:
    """The subject of a clause that opens with a verb ("female directors, accounting for 37.50%"): the
    clause before it, or the quantity the sentence counted last ("127 patents, including 85"); with
    `strict`, never a name that has no subject itself."""
    cut = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start))
    prev = label_before(sentence, cut) if cut > 0 else ""
    if prev and not re.search(r"\d", re.sub(r"(?:19|20)\d\d", "", prev)) and not _VERB_ONLY.fullmatch(prev) \
            and not (strict and subjectless(prev)):
        return prev
    for last in reversed(facts):
        name = f"{last.unit} {last.label}".strip() if last.unit and last.unit != "%" \
            and not last.label.startswith(last.unit) else last.label   # ("expatriates", named by its noun already)
        if not strict or not (subjectless(last.label) or _CHANGE_ONLY.search(last.label)):
            head = last.label.split(" … ")[0]
            counted = last.unit and re.fullmatch(r"[A-Za-z][A-Za-z -]{3,}", last.unit) and last.unit not in head \
                and not BARE_UNIT.fullmatch(last.unit)
            return (f"{head} {last.unit}" if counted else head) if strict else name
        if not strict:
            break
    return ""


def named(run, m: re.Match, cand: Candidate, label: str, alone: bool, ends: tuple[int, int]) -> str | None:
    """The number's name once the clause's verb, change or frame words are read through; None when the
    number is no fact or nothing says what it is."""
    sentence, unit, (end, n) = run.sentence, (f"{cand.cur} {cand.unit}".strip() if cand.cur else cand.unit), ends
    context = run.place["context"]
    if _VERB_ONLY.fullmatch(label):
        label = subject_before(sentence, m.start(), run.facts)   # "accounting for 52.14%": named before the verb
    elif _CHANGE_ONLY.fullmatch(label) and (subject := run.facts[-1].label.split(" > ")[-1] if run.facts else ""):
        label = f"{subject} ({label})"   # "reached 45MW, a YoY increase of 262.90%": the change of that
    noun_unit = cand.counted or re.fullmatch(r"[A-Za-z][A-Za-z-]{3,}", unit) is not None   # "32 employees"
    if label and not alone and not context and not noun_unit and subjectless(label) and not says_nothing(label):
        subject = subject_before(sentence, m.start(), run.facts, strict=True)
        if not subject and not (_CHANGE.search(label) and unit == "%" and not run.place.get("follows")):
            return None   # "the coverage rate is 100%", "reduced by 73 tons" of nothing named ("YoY growth of 42.9%"
            # set alone says it is a relative change; after another sentence, "The overall reduction was 25%" is
            # the change of what that sentence named: no name here)
        label = f"{subject} … {label}" if subject else label   # "... key suppliers, and the coverage rate is 100%"
    shown = alone and (unit or sentence[end:].startswith("+"))   # a highlighted figure: "1,250 MWh", "36+"
    if rejected_by(cand) or not (label or noun_unit or context or shown) \
            or _frames(run, m, end, n, unit, cand.counted) or (not context and abstains(cand, label)):
        return None
    label = _named_after(label, sentence, (end, n), unit, noun_unit)
    if label and not alone and says_nothing(label) and not (run.facts and re.fullmatch(r"(?:FY\s?)?(?:19|20)\d\d", label)):
        return _empty_name(run, m, label, unit, noun_unit)
    return label


def _named_after(label: str, sentence: str, ends: tuple[int, int], unit: str, noun_unit: bool) -> str:
    """A name read after the number when the one before it says nothing."""
    end, n = ends
    if label and (there := existential_name(label, unit, noun_unit, sentence[end:])):
        return there   # "There were 0 cases of …": named by the noun after the number (facts/referents.py)
    if label and (says_nothing(label) or subjectless(label)) and (after := _PARTICIPLE_AFTER.match(sentence[end + n:])):
        return after.group(1).strip()   # "and 20% owned by Rusal": the phrase after the number names it
    return label


_PARTICIPLE = re.compile(r"[a-z]{3,}ing")


def _empty_name(run, m: re.Match, label: str, unit: str, noun_unit: bool) -> str | None:
    """The name of a number whose own name says nothing: the noun it counts, or the subject before it."""
    if BARE_UNIT.fullmatch(unit) or re.fullmatch(r"(?:FY\s?)?(?:19|20)\d\d[^A-Za-z]*", label):
        return None   # "of whom 27%", "2021 status: 49 million", "(2022¹: 32.7Mt)": nothing before to be of
    if noun_unit:   # "across 50 projects", "600 employees participating": the noun it counts names it
        if pred := predicate_after(run.sentence[m.end():], unit):
            return f"{unit} {pred}"   # "a total of 4,300 saplings were planted": and what was done to them
        if (run.facts or _PARTICIPLE.fullmatch(label)) and label.lower() not in FUNCTION_WORDS \
                and (subject := subject_before(run.sentence, m.start(), run.facts, strict=True)):
            return f"{subject} … {unit}"   # "held 141 training sessions, with a total of 16,601 participants",
            # "The fair had two stages, attracting 900 visitors": the clause before is what they are of
        return unit
    subject = subject_before(run.sentence, m.start(), run.facts, strict=True)
    return f"{subject} … {label}" if subject else None   # "Of this, 5.1Mt" with nothing before it


def _frames(run, m: re.Match, end: int, n: int, unit: str, counted: bool) -> bool:
    """A number that frames, refers or announces a list (facts/frames.py)."""
    tail = run.sentence[max(0, m.start() - TAIL_CHARS): m.start()]
    return time_frame(tail, unit, run.sentence[end + n:]) or reference(tail, run.sentence[end:], False) \
        or (counted and announces_list(run.sentence[end + n:]))


# "the total number of working days lost ... was 51.3": the unit of time its subject counts in is the figure's
COUNTED_TIME = re.compile(r"\bnumber of ((?:(?!the\b|all\b|these\b)[a-z-]+ )?(?:days|hours|man-days|man-hours|"
                           r"person-days|person-hours|workdays))\b(?! per\b)", re.I)


def time_counted(label: str) -> str:
    return m.group(1) if (m := COUNTED_TIME.search(label or "")) else ""
