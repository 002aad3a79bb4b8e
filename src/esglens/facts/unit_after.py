"""The unit printed after a number in a sentence: "2.4 million gallons", "RMB 3.5 billion", "130WM", "402 (prior
year: 665) vulnerabilities"; and the upper end of a range printed with its unit on both ends."""
from __future__ import annotations

import re

from .naming import CUR as _CUR, SCALE as _SCALE
from .quantity import counted_noun
from ..core.opening import opening


_UNIT = (
    r"(?:tco\s?[₂2]\s?e(?:q)?|t\s?co\s?[₂2]\s?-?e(?:q)?|tonnes? of co\s?[₂2]\s?(?:equivalents?|e)?|"
    r"tons? of standard coal|tonnes? of standard coal|tce|toe|(?:kilo|mega|giga|tera)?watt[- ]hours?|kwh|mwh|gwh|twh|wh|"
    r"g(?=\s?co\s?[₂2])|(?:kilo|mega|giga)watts?(?:[- ]peak)?|kwp|mwp|kw|mw|gw|kva|mva|gj|tj|mj|acres?|hectares?|"
    r"cubic met(?:er|re)s?|cubic f(?:ee|oo)t|square met(?:er|re)s?|mu|mm³|mm3|m³|m3|m²|m2|km|kilomet(?:er|re)s?|met(?:er|re)s?|"
    r"[mkg]?t\s?co\s?[₂2]\s?-?e(?:q)?|t-co\s?[₂2](?:\s?-?e(?:q)?)?|[mk]?tpa|mtco2e|gt|mt|kt|t|t carbon dioxide equivalen(?:ce|t)|tonnes? of carbon dioxide equivalen(?:ce|t)s?|tonnes?|tons?|kg|mg|µg|μg|kilograms?|grams?|liters?|litres?|"
    r"person-times|person times|man-hours|persons?|people|employees|staff|hours?|hrs|days|years?|months?|"
    r"times|pieces|sets|units|items|cases|projects|households|suppliers|patents|students|villages|schools|"
    r"yuan|rmb|dollars|usd|hkd|yen|euros?|swiss francs|francs|pounds sterling|rupees|crores?|lakhs?|"
    r"chf|jpy|eur|gbp|inr|%|degrees|℃|°c|w|v|ah|mah|wh/kg|gwh/year|h|min|mins|minutes|gallons?|barrels?|"
    r"percentage points?|pp|ppt|basis points?|"
    r"boe|mmboe|kl|ml|gl|megalitres?|gigalitres?|"
    r"吨二氧化碳当量|吨标准煤|万千瓦时|千瓦时|兆瓦时|万立方米|立方米|万吨|吨|千克|公斤|人次|人|小时|"
    r"次|个|家|项|万元|亿元|元|平方米|公里|天|台|辆|棵|件|名|位|トン|カ所|ヶ所|か所|箇所|社|回|基)"
)
UNIT_AFTER = re.compile(
    r"^\s?(?P<u>(?:" + _SCALE + r"\s?)?(?:" + _UNIT + r")?"
    r"(?:(?:\s?|-)(?:of\s)?(?:carbon dioxide equivalen(?:ce|t)s?|co\s?[₂2](?:\s?-?e(?:q)?)?(?![a-z])|"   # "tons-CO2"
    r"(?:ch4|n2o|nox|sox|so2|nh3)(?![a-z\d])))?"   # "9.2 ktCH4", "3 kt NOx": the substance the mass is of
    r"(?:\s?(?:/|per)\s?(?:(?:one|a)\s)?(?:(?:metric|million|thousand|billion|square|cubic)\s)?(?:1[0,]*0\s|\d{1,3}(?:,\d{3})+\s)?(?!\d+(?:\.\d+)?[A-Za-z])[\w³²]+"
    r"(?:['’]000|\s?10,000)?(?:\s(?:output|revenue|product|production))?)?"   # "tonnes/ tonne output"
    r"(?:\s(?:annually|per annum))?)(?![^\W\u3040-\u30ff\u3400-\u9fff]|-[A-Za-z])", re.I)   # "4,000 tonnes
    # annually"; kana or ideographs after a unit are the next word ("1,000名が", "2,000万tを")
CUR_SCALE = re.compile(r"^\s?(?P<s>m|mn|bn|b|k|million|billion|thousand)(?=[¹²³⁴⁵⁶⁷⁸⁹]|(?![\w]))", re.I)
GLUED = opening(re.compile(r"^(?P<u>(?=[a-z]{0,3}[A-Z])[A-Za-z]{2,4})(?![\w'’])"))


def read_unit(after: str, cur: str, value: float | None = None) -> tuple[str, bool, int]:
    """The unit printed after a number: (unit, is a counted noun, characters read). Scale words join
    the unit ("2.4 million gallons" -> "million gallons"); a word that is no unit is never one."""
    if (note := re.match(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=\s)", after)) and not re.match(r"^\D{0,3}$", after[note.end():]):
        # "20² material topics": a footnote marker glued to the number stands between it and its unit
        unit, counted, n = read_unit(after[note.end():], cur, value)
        return unit, counted, n + note.end()
    scale = ""
    rest = after
    sm = (CUR_SCALE.match(after) if cur else None) or re.match(r"^\s?(?P<s>" + _SCALE + r")(?![\w])", after, re.I)
    if sm:
        scale, rest = sm.group("s"), after[sm.end():]
    um = UNIT_AFTER.match(rest)
    if um and um.group("u").strip():
        unit = um.group("u").strip()
        return (f"{scale} {unit}".strip(), False, len(after) - len(rest) + um.end())
    if (bm := re.match(r"^\s?\([^()]{1,40}\)(?=\s[a-z])", rest)) and counted_noun(rest[bm.end():], value):
        rest = rest[bm.end():]   # "402 (prior year: 665) vulnerabilities"
    if not scale and (gm := GLUED.match(after)):
        return (gm.group("u"), False, gm.end())   # a unit glued to the number as printed: "130WM"
    noun = counted_noun(rest, value)
    if noun:
        if scale:   # "5.5 million passenger NEVs": the unit is the scale; what it counts names the fact
            return (scale, False, len(after) - len(rest))
        return (noun, True, len(after) - len(rest) + rest.find(noun) + len(noun))
    return (scale, False, len(after) - len(rest))


RANGE = re.compile(r"^\s?(?:[-–~]|to)\s?(?P<cur>" + _CUR + r")?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                   r"(?P<pct>\s?(?:%|％|per cent\b|percent\b))?", re.I)


def range_after(after: str, cur: str, unit: str) -> tuple[float, int] | None:
    """The upper end of a range printed with its unit on both ends: "US$100 million to US$200 million"."""
    m = RANGE.match(after)
    if not m or (m.group("cur") or "").strip() != cur or not unit:
        return None
    u, _, n = read_unit(after[m.end():], cur)
    if u != unit:
        return None
    return float(m.group("num").replace(",", "")), m.end() + n
