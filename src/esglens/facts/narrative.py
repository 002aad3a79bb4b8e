"""Numbers stated in sentences: "R&D investment was RMB1,417.61 million, a YoY increase of 42.91%".

Every number with its sentence as evidence, except what is not a quantity: years, dates, codes
(ISO 14001, A1.2, GRI 305-1, Scope 1), list numbering, ordinals, thresholds quoted from standards.
"""
from __future__ import annotations

import re

from ..core.limits import limits
from ..core.text import sentence_spans
from ..model import Fact

_CUR = r"(?:RMB|CNY|HKD|HK\$|USD|US\$|\$|¥|￥|€|EUR|GBP|£)"
_NUMBER = re.compile(
    r"(?:(?P<cur>" + _CUR + r")\s?|(?<![A-Za-z0-9_./:#@+=*×])(?<!\d,)(?<![A-Za-z0-9_][-–])(?<![A-Za-z0-9_.][/:]))"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?![\d,]*\.\d)(?P<pct>\s?(?:%|％|‰|per cent\b|percent\b))?"
)
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_BEFORE_SKIP = re.compile(
    r"(?:(?<![A-Za-z])(?:scope|iso|no\.?|nos\.?|article|articles|chapter|section|sdgs?|gri|phase|class|level|grade|tier|step|"
    r"part|figure|fig\.|table|page|pages|p\.|rule|guidelines?|standard|version|v\.?|goal|principle|item|"
    r"category|pm|top|code|tel|fax|phone|telephone|zip|postcode|hotline|kpi|aspect|disclosure|annex|appendix|"
    r"paragraph|para\.|clause|ranked|rank|ranking|no|room|floor|building|road|street|district|"
    r"gb|gb/t|iec|en|ieee|ul|astm|tcfd|ssp\d?|rcp|(?-i:[A-D])|co|ch|so|nh|pm)\s*$)"
    r"|(?:" + _MONTHS + r"\.?\s*$)",
    re.I,
)
_AFTER_SKIP = re.compile(
    r"^(?:st|nd|rd|th)\b|^[-–/:.]\d|^\s?" + _MONTHS + r"\b|^\)|^[A-Za-z]*\d|^(?:g|d|x)\b|^\s?(?:年|月|日)",
    re.I,
)
_SCALE = r"(?:ten thousand|hundred million|100 million|million|billion|thousand|trillion|mn|bn|k|万|亿)"
_UNIT = (
    r"(?:tco\s?[₂2]\s?e(?:q)?|t\s?co\s?[₂2]\s?-?e(?:q)?|tonnes? of co\s?[₂2]\s?(?:equivalents?|e)?|"
    r"tons? of standard coal|tonnes? of standard coal|tce|toe|(?:kilo|mega|giga|tera)?watt[- ]hours?|kwh|mwh|gwh|twh|wh|"
    r"(?:kilo|mega|giga)watts?(?:[- ]peak)?|kwp|mwp|kw|mw|gw|kva|mva|gj|tj|mj|acres?|hectares?|"
    r"cubic met(?:er|re)s?|square met(?:er|re)s?|m³|m3|m²|m2|km|kilomet(?:er|re)s?|met(?:er|re)s?|"
    r"[mkg]?t\s?co\s?[₂2]\s?-?e(?:q)?|mt|kt|t carbon dioxide equivalen(?:ce|t)|tonnes? of carbon dioxide equivalen(?:ce|t)s?|tonnes?|tons?|kg|mg|µg|μg|kilograms?|grams?|liters?|litres?|"
    r"person-times|person times|man-hours|persons?|people|employees|staff|hours?|hrs|days|years?|months?|"
    r"times|pieces|sets|units|items|cases|projects|households|suppliers|patents|students|villages|schools|"
    r"yuan|rmb|dollars|usd|hkd|%|degrees|℃|°c|w|v|ah|mah|wh/kg|gwh/year|"
    r"吨二氧化碳当量|吨标准煤|万千瓦时|千瓦时|兆瓦时|万立方米|立方米|万吨|吨|千克|公斤|人次|人|小时|"
    r"次|个|家|项|万元|亿元|元|平方米|公里|天|台|辆|棵|件|名|位)"
)
_UNIT_AFTER = re.compile(
    r"^\s?(?P<u>(?:" + _SCALE + r"\s?)?(?:" + _UNIT + r")?"
    r"(?:\s?(?:of\s)?(?:carbon dioxide equivalen(?:ce|t)s?|co\s?[₂2]\s?-?e(?:q)?))?"
    r"(?:\s?(?:/|per)\s?[\w³²]+)?)(?![\w])", re.I)
_NOUN = re.compile(r"^\s?(?P<w>[A-Za-z][A-Za-z&\-']{1,30}(?:\s[A-Za-z][A-Za-z&\-']{1,30}){0,2})")
_STOP = {"and", "or", "with", "of", "in", "to", "the", "a", "an", "by", "for", "from", "on", "at", "as",
         "compared", "than", "which", "that", "is", "was", "were", "are", "yoy", "year-on-year", "respectively"}
_YEAR_IN = re.compile(r"\b(?:in|during|for|of|as of|throughout|fiscal|FY)\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s*年")
_CLAUSE_START = re.compile(r"[,;:，；：(（]|\b(?:and|while|with|which|where|including)\b", re.I)


def _qualifier(tail: str, after: str) -> str | None:
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


def _zero_partner(before: str) -> str | None:
    """The first of two quantities said together to be zero ("the incidence of A and the number of B were")."""
    m = _ZERO_PAIR.search(before)
    return m.group("a").strip() if m else None


def _is_year(num: str, pct: str | None, after: str) -> bool:
    if pct or "," in num or "." in num:
        return False
    if not re.fullmatch(r"(?:19|20)\d{2}", num):
        return False
    # "2,000 tonnes" has a comma; "2030 tonnes" is rare enough: a bare 19xx/20xx is a year.
    return True


def _sentences(text: str) -> list[tuple[int, str]]:
    return [(a, text[a:b]) for a, b in sentence_spans(text)]


_CURRENCY_WORDS = frozenset(a.replace("\\", "") for a in _CUR[3:-1].split("|"))


def _label_before(sentence: str, end: int, start: int = 0) -> str:
    """The name of the number at sentence[end]: the last words of its clause, read from `start` on."""
    before = sentence[start:end].rstrip()
    cuts = [0] + [m.end() for m in _CLAUSE_START.finditer(before)]
    for cut in reversed(cuts):
        words = [w for w in before[cut:].split() if w not in _CURRENCY_WORDS]
        article = bool(words) and words[-1].lower() in ("a", "an", "the")
        while words and words[-1].lower() in ("a", "an", "the"):
            words.pop()
        # "with a 100% coverage": a clause of only an article is named by the clause before it
        if not article or " ".join(words).strip(" ,;:") or cut == 0:
            label = " ".join(words[-8:]).strip(" ,;:-")
            return "" if all(w.lower() in _STOP for w in label.split()) else label
    return ""


def narrative_facts(text: str, *, line: int | None, page: int | None, default_year: int | None,
                    section: str | None = None, source: str = "narrative", context: str | None = None,
                    heading: bool = False) -> list[Fact]:
    if not re.search(r"\d", text) and not _WORD_NUM.search(text):
        return []
    facts: list[Fact] = []
    # list numbering at the start: "1. Carry out", "(2) Set", "3、"
    skip_until = 0
    m = re.match(r"^\s*\(?\d{1,2}[.)、]\s*", text)
    if m and not re.match(r"^\s*\d{1,2}\.\d", text):
        skip_until = m.end()
    context_chars = limits().context_chars
    for s_start, sentence in _sentences(text):
        years = {int(a or b) for a, b in _YEAR_IN.findall(sentence)}
        s_year = years.pop() if len(years) == 1 else default_year
        code_end = -1   # end of the last number skipped as a code, for lists such as "Scope 1, 2 & 3"
        last_end = -1   # end of the last quantity found in this sentence
        evidence = sentence.strip()[:600]
        for m in _NUMBER.finditer(sentence):
            if s_start + m.start("num") < skip_until:
                continue
            # a number is read with the words around it, never the whole sentence: linear in its length
            lo = max(0, m.start() - context_chars)
            if code_end >= lo and re.fullmatch(r"\s*(?:,|&|and|or|to|-|–)\s*", sentence[code_end:m.start()]):
                code_end = m.end()
                continue
            num, pct = m.group("num"), m.group("pct")
            before = sentence[lo: m.start()]
            after = sentence[m.end(): m.end() + context_chars]
            if _is_year(num, pct, after):
                # a deadline is a fact only when it is the clause's one number ("neutrality by 2030"),
                # not when it dates another ("cut emissions by 15% by 2025")
                deadline = re.search(r"\b(?:by|before|until)\s*$", before, re.I)
                if not deadline or (last_end >= lo and not re.search(r"[,;]", sentence[last_end:m.start()])):
                    continue
            if pct and re.match(r"^\s*(?:(?:managed|equity|ownership|consolidated|operated)\s+)?basis\b", after, re.I):
                continue  # "on a 100% managed basis": how figures are consolidated
            if re.search(r"(?:may not|does not|do not|might not)\s+(?:total|add up to|sum to|equal)\s*$", before, re.I):
                continue  # "the sum may not total 100 per cent": a rounding note
            if _BEFORE_SKIP.search(before[-40:]) and not m.group("cur"):
                code_end = m.end()
                continue
            if not pct and _AFTER_SKIP.search(after):
                continue
            if re.match(r"^[-–]\d", after) and not pct and "." not in num:
                continue  # a code such as "2-1" or "305-1"
            if re.search(r"\w+/\w+\s?[≤≥<>]=?\s?$", before):
                continue  # the upper bound of a condition on a ratio: "P0/PN ≤ 50%"
            if re.match(r"^\s?[≤≥<>]", after):
                continue  # the lower bound of a condition: "20% ≤ P0/PN"
            if before.endswith("(") and after.startswith(")"):
                continue  # enumeration "(3)"
            if re.fullmatch(r"0\d+", num):
                continue  # "01", "02": numbering
            if len(num) >= 7 and "," not in num and "." not in num:
                continue  # phone numbers, stock codes, registration numbers
            unit = ""
            cur = (m.group("cur") or "").strip()
            rng = re.match(r"^\s?[-–~]\s?[\d,.]+", after) if not pct else None
            if pct:
                unit = pct.strip()
                if unit.startswith("per"):
                    unit = "%"
            elif rng and (um := _UNIT_AFTER.match(after[rng.end():])) and um.group("u").strip():
                unit = um.group("u").strip()   # the lower end of a range takes the range's unit: "60 - 80 mg/L"
            else:
                um = _UNIT_AFTER.match(after)
                if um and um.group("u").strip():
                    unit = um.group("u").strip()
                else:
                    nm = _NOUN.match(after)
                    if nm and nm.group("w").split()[0].lower() not in _STOP:
                        words = []
                        for w in nm.group("w").split():
                            if w.lower() in _STOP or re.search(r"['’]s$", w):
                                break  # "3,112 KSTAR's inverters": a possessive names an owner, not a unit
                            words.append(w)
                        unit = " ".join(words)
            if cur:
                unit = (cur + " " + unit).strip()
            try:
                value = float(num.replace(",", ""))
            except ValueError:
                continue
            qual = _qualifier(before[-30:].lower(), after)
            last_end = m.end()
            raw = sentence[m.start("num"): m.end()].strip()
            label = _label_before(sentence, m.start(), lo) or (unit if unit and unit != "%" else "")
            if context:
                label = f"{context} > {label}" if label else context
            fact = Fact(
                value=value, raw=raw, unit=unit, year=s_year, label=label or (section or ""),
                source=source, line=line, page=page, section=section, qualifier=qual,
                evidence=evidence,
            )
            facts.append(fact)
            if value == 0 and not pct and (first := _zero_partner(before)):
                # "the incidence of X and the number of Y were 0": two quantities that sum to zero
                # are each zero. (Not for other values: "Scope 1 and 2 emissions were 32.6Mt" is one sum.)
                facts.append(Fact(value=0.0, raw=raw, unit=unit, year=s_year,
                                  label=f"{context} > {first}" if context else first, source=source, line=line,
                                  page=page, section=section, qualifier=qual, evidence=fact.evidence))
        facts += _word_numbers(sentence, line, page, s_year, section, source, context)
    return facts


_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
_WORD_NUM = re.compile(r"(?<![\d.,]\s)(?<![\d.,])\b(" + "|".join(_WORDS) + r")\s+"
                       r"(?!of\b|years? ago|times as|or\b|and\b|to\b|thousand\b|million\b|billion\b|hundred\b)"
                       r"(?P<noun>[a-z][a-z\-]+(?:\s[a-z][a-z\-]+)?)", re.I)


def _word_numbers(sentence, line, page, year, section, source, context) -> list[Fact]:
    """Counts spelled out: "two cases", "five special committees"."""
    out = []
    evidence = sentence.strip()[:600]
    context_chars = limits().context_chars
    for m in _WORD_NUM.finditer(sentence):
        word = m.group(1)
        if word[0].isupper() and m.start() > 0 and sentence[m.start() - 2: m.start()].strip() not in ("", ".", ":"):
            continue  # "Phase Two", a name
        label = _label_before(sentence, m.start(), max(0, m.start() - context_chars))
        if context:
            label = f"{context} > {label}" if label else context
        out.append(Fact(value=float(_WORDS[word.lower()]), raw=word, unit=m.group("noun").split()[0],
                        year=year, label=label or (section or ""), source=source, line=line, page=page,
                        section=section, evidence=evidence))
    return out
