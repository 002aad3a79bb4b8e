"""Numbers spelled out, read whole: "two cases", "Seventy two per cent", "five special committees"."""
from __future__ import annotations

import re

from ..core.prefilter import gate
from ..model import Fact
from .clause import year_mentions, year_of
from .clause_names import make_fact, name_of
from .frames import announces_list, reference, time_frame
from .gate import abstains
from .quantity import Candidate, counted_noun

_UNITS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_ONES = "one|" + "|".join(list(_UNITS)[:8])
_FIRST = "".join(sorted({w[0] for w in [*_TENS, *_UNITS, "one"]}))
# (the word boundary and the first letter tested first: a search is then not tried in full at every character)
WORD_NUM = re.compile(
    r"\b(?=[" + _FIRST + r"])(?<![\d.,]\s)(?<![\d.,])(?P<n>(?:" + "|".join(_TENS) + r")(?:[\s-](?:" + _ONES + r"))?"
    r"|(?:" + "|".join(_UNITS) + r"|one)(?:\s+hundred)?)\b(?![-–])"
    r"(?P<pct>\s+(?:per\s?cent|percent)\b)?", re.I)
WORD_NUM_GATED = gate(WORD_NUM)   # not searched in a text without a number word ("one", "two" ... "twenty")

_WORD_RANGE = re.compile(r"(?:^|\s)(?:" + "|".join(_TENS) + "|" + "|".join(_UNITS) + r"|one)\s*(?:and|to|or|-|–)\s*$", re.I)


def _word_value(words: str) -> int | None:
    parts = re.split(r"[\s-]+", words.lower())
    if parts == ["one"]:
        return None   # "one of the", "one-stop": too often no count
    total = 0
    for p in parts:
        if p == "hundred":
            total = (total or 1) * 100
        else:
            total += _TENS.get(p) or _UNITS.get(p) or (1 if p == "one" else 0)
    return total or None


def spelled_value(words: str) -> int | None:
    """The value of a number spelled out ("twenty two"), None for "one" alone or no number word."""
    return _word_value(words)


def word_numbers(sentence: str, default_year: int | None, place: dict,
                 keep: tuple[int, int] | None = None) -> list[Fact]:
    """Numbers spelled out and read whole: "two cases", "Seventy two per cent", "five special committees"
    (those starting in [keep[0], keep[1]) when given)."""
    out = []
    mentions = None
    lo, hi = keep or (0, len(sentence))
    for m in WORD_NUM_GATED.finditer(sentence):
        if not lo <= m.start() < hi:
            continue
        value = _word_value(m.group("n"))
        if value is None:
            continue
        if m.group("n")[0].isupper() and m.start() > 0 and sentence[m.start() - 2: m.start()].strip() not in ("", ".", ":"):
            continue  # "Phase Two", a name
        if re.search(r"[“\"‘']\s*$", sentence[max(0, m.start() - 3): m.start()]):
            continue  # 'the "three guarantees"': a name in quotes
        after = sentence[m.end():]
        if m.group("pct"):
            unit, counted = "%", False
        elif sm := re.match(r"\s+(thousand|million|billion)\b", after, re.I):
            unit, counted = sm.group(1).lower(), False   # "two million people": the scale is the unit
        elif re.match(r"\s+(?:of|years? ago|times as|or|and|to|halves|thirds?|quarters?|fifths?|tenths?)\b", after, re.I):
            continue
        else:
            unit, counted = counted_noun(after), True
        if not unit:
            continue  # "a factor of six by 2050", "five main": nothing counted
        rest = after[len(unit) + 1:] if counted or unit in ("thousand", "million", "billion") else after
        tail = sentence[max(0, m.start() - 100): m.start()]
        if _WORD_RANGE.search(tail):
            continue  # "between six and seven million": a range in words, not its upper end alone
        if time_frame(tail, unit, rest) or reference(tail, after, True) or announces_list(rest):
            continue  # "For four years in a row,", "the three measures", "the following five aspects:"
        label = name_of(sentence, m.start(), rest, unit, counted)
        if abstains(Candidate(sentence, m.start(), m.end(), m.group("n"), bool(m.group("pct")), "", unit, counted,
                              label, paged=place["page"] is not None), label):   # (a PDF page's rules too)
            continue   # facts/gate.py: a condition, the parts of a framework, a form's instruction
        if unit in ("thousand", "million", "billion") and (noun := counted_noun(rest)) and noun not in label:
            label = f"{label} … {noun}" if label else noun   # "four million women": what the scale counts
        mentions = year_mentions(sentence, default_year) if mentions is None else mentions
        dated = default_year if not re.fullmatch(r"(?:consecutive\s+)?(?:years?|months?|weeks?)", unit, re.I) else None
        year = year_of(sentence, m.start(), m.end(), [(m.start(), m.end())], mentions, dated)
        out.append(make_fact(sentence, m.start(), float(value), m.group(0).strip(), unit, year, None, place, label=label))
    return out
