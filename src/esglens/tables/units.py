"""Is a short piece of text a unit of measure as printed? Used to find unit cells and unit columns."""
from __future__ import annotations

import re

from ..core.numbers import split_markers
from ..core.units import parse_unit, vocabulary
from ..core.memo import kept

_UNIT_WORDS = r"""
t|ton|tons|tonne|tonnes|kt|mt|kg|g|mg|lb|lbs|
kwh|mwh|gwh|twh|wh|kw|mw|gw|kva|mva|gj|tj|pj|mj|kj|tce|tce/\S+|toe|btu|
joule|joules|kilojoule|kilojoules|megajoule|megajoules|gigajoule|gigajoules|terajoule|terajoules|petajoule|petajoules|
m3|m³|m2|m²|km|m|cm|mm|l|litre|litres|liter|liters|ml|kl|ml|kilolitre|kilolitres|kiloliter|kiloliters|megalitre|megalitres|
%|％|‰|percent|ppm|ppb|
person|persons|people|person-time|person-times|persons-times|person times|man-hours|man-days|headcount|fte|ftes|
kchf|keur|kusd|kgbp|ksek|k€|k\$|
hour|hours|hr|hrs|h|day|days|year|years|month|months|minute|minutes|min|
rmb|cny|hkd|usd|yuan|eur|gbp|jpy|\$|us\$|hk\$|¥|￥|yen|inr|₹|rs|rupee|rupees|chf|sek|nok|dkk|krw|₩|won|
time|times|item|items|number|no\.|nos|nos\.|pcs|piece|pieces|set|sets|unit|units|case|cases|cases?/year|
point|points|score|accident|accidents|incident|incidents|event|events|supplier|suppliers|
site|sites|project|projects|household|households|vehicle|vehicles|
patent|patents|session|sessions|class|classes|shares|
meter|meters|metre|metres|kilogram|kilograms|gram|grams|dollar|dollars|watt|kilowatt|megawatt|gigawatt|terawatt|
nm3|nm³|m3/h|tco2e|tco2|co2e|tco2eq|pj|gj/t|mtco2e|
€|£|eur|kl|kilolitre|kilolitres|
ktonne|ktonnes|ktons|kton|mtonnes|toe|ktoe|mtoe|tep|ktep|mtep|boe|kboe|mboe|mmboe|sm3|sm³|scm|m3n|m³n|mwheq|kwheq
"""
_WORDS = {w.strip() for w in _UNIT_WORDS.replace("\n", "").split("|") if w.strip()}
# what a mass or volume is of, printed after the unit: "ktonnes CH4", "t NOx", "kg SO₂"
_SUBSTANCE = re.compile(r"^(?:ch[4₄]|n[2₂]o|nox|sox|so[2₂x]|nh[3₃]|vocs?|hfcs?|pfcs?|sf[6₆]|nf[3₃]|pm[\d.]*|cod|bod)$")
_SCALE = r"(?:trillions?|ten thousand|10,000|10000|'0000|‘0000|’0000|thousands?|'000|millions?|mn|billions?|bn|crores?|cr|lakhs?|hundred million|100 million|万|千|百万|亿|亿元|万元)"
_CO2 = re.compile(r"co\s*[₂2]\s*[-]?\s*(?:equivalents?\b|eq\b|e\b)?|carbon dioxide equivalen", re.I)
_CJK_UNIT = re.compile(r"^(吨|千克|公斤|万吨|千瓦时|万千瓦时|兆瓦时|立方米|万立方米|人|人次|小时|次|个|家|元|万元|亿元|%|吨标准煤|吨二氧化碳当量|tCO2e|"
                       r"名|件|年|日|回|時間|社)$")


_CJK_SCALE = re.compile(r"^(?:千|万|百万|十万|億|亿)\s?(\S.*)$")


# a backtick standing alone before a figure or a scale, or after "in": a rupee sign that the PDF's font
# maps to the backtick key ("(` in million)", "(In `)", "` 150 billion"); a backtick inside words is kept
_TICK = re.compile(r"(?<![^\W\d_])`(?![^\W\d_]{2}|`|0{3})|(?<![^\W\d_])`(?=in\b|cr\b|mn\b)", re.I)


def currency_tick(text: str) -> str:
    """"(` in million)" -> "(₹ in million)": the rupee sign a font printed as a backtick."""
    return _TICK.sub("₹", text) if "`" in text else text


# a unit cell enclosed in brackets, ASCII or full-width ("(number)", "（％）"): the unit is inside
_ENCLOSED = re.compile(r"[(（]([^()（）]+)[)）]")


def inside_brackets(unit: str) -> str:
    """"(million tonnes CO2eq)" -> "million tonnes CO2eq", "（％）" -> "％"; else the text unchanged."""
    m = _ENCLOSED.fullmatch(unit)
    return m.group(1) if m else unit


# a count's head: "Number of employees", "No. of sites", "Count of incidents", "员工人数", "事故件数": it names
# what is counted, no unit (tests/keys/README rule 4); a unit it brackets ("… (persons)") is read from the bracket
_COUNTING_HEAD = re.compile(r"^\s*(?:(?:total|average)\s+)?(?:numbers?|no\.|nos\.|count)\s+of\s+[^\W\d_]"
                             r"|^[^\W\d_]{1,12}(?:人数|件数)$", re.I)


def is_count_head(text: str) -> bool:
    """"Number of Employees", "No. of plants", "Count of sites", "员工人数": a head that counts, no unit."""
    return _COUNTING_HEAD.match(text.strip()) is not None


@kept(maxsize=16384)   # (the same stubs and tails are asked per row and column)
def looks_like_unit(text: str) -> bool:
    text = currency_tick(text)
    s = re.sub(r"(\w)\s+([²³])", r"\1\2", split_markers(text, unit=True)[0])
    if not s or len(s) > 60:
        return False
    if s in ("/", "-") or (len(s) == 1 and s.isupper() and s not in "LWJ"):
        return False    # "(G)", "(H)": a form's reference letter for a row, not grams or hours
    low = s.lower()
    if not re.search(r"[^\W\d_]|[%％‰$¥￥€£₹₩]", s):
        return False   # "(1)", "(2023)": a note or a year, not a unit
    if _CJK_UNIT.match(s):
        return True
    if (m := _CJK_SCALE.match(s)) and looks_like_unit(m.group(1)):
        return True   # "千m³", "万t", "百万kWh": a scale written before the unit
    low = re.sub(r"(?<=[a-z$³²])\s*(['’‘]0{3,4})s?\b", r" \1", low)   # "kWh'000", "kWh in '000s"
    num, slash, den = low.partition("/")
    if slash and num.strip() and len(den.split()) <= 3 and re.search(r"[^\W\d_]", den) and looks_like_unit(num):
        return True   # an intensity per anything: "kgCO2e/room night", "m³/tonne of product"
    if re.fullmatch(r"(?:rmb|cny|hkd|usd|us\$|hk\$|¥)\s?(?:10,000|10000|1,000|'000|100 million|million|billion)", low):
        return True
    # "Carbon dioxide equivalent (t)", "Tonnes of standard coal / RMB ten thousand revenue"
    low = _CO2.sub(" co2e ", low)   # "tCO ₂ e", "Carbon dioxide equivalent" count as one known word
    tokens = _tokens(low)
    if not tokens:
        return False
    known = full = 0
    for tok in tokens:
        tok = tok.strip(".:;-")   # "t-CO2": the hyphen joins a unit to its gas
        if tok in _WORDS or re.fullmatch(_SCALE, tok, re.I) or re.fullmatch(r"[\d,']+", tok):
            known += 1
            full += not re.fullmatch(r"[\d,']+", tok)
        elif _SUBSTANCE.match(tok):
            known += 0.75
        elif tok in ("of", "per", "in", "standard", "coal", "equivalent", "revenue", "output", "product",
                     "ten", "thousand", "million", "billion", "hundred", "cubic", "meters", "metres",
                     "square", "meter", "metre", "kilograms", "kilogram", "grams", "output", "value",
                     "production", "unit", "capita", "employee", "employees", "carbon", "dioxide",
                     "renminbi", "dollars", "dollar", "hong", "kong", "yuan", "rmb'000", "kg/m²",
                     "tonne-km", "the", "a", "an", "metric", "nm", "output", "sales", "operating", "income",
                     "turnover", "net", "worked"):
            known += 0.5
    # one real unit word at least: "(Hong Kong)" has two helper words and no unit
    return full >= 1 and known >= len(tokens) * 0.6


def _tokens(low: str) -> list[str]:
    """The words of a lower-cased candidate unit; a hyphened pair of unit words is two ("million-person
    hours"; "man-hours" is one word of the list); "per one" is "per"."""
    low = re.sub(r"\bper\s+(?:one|a)\b", "per", low)   # "per one million-person hours worked"
    tokens = [t for t in re.split(r"[\s/()（）,·*×]+", low) if t]
    return [t for tok in tokens for t in (tok.split("-") if tok not in _WORDS and all(
        p in _WORDS or re.fullmatch(_SCALE, p, re.I) for p in tok.split("-")) else [tok])]


# up to 60 characters: "(million tonnes of carbon dioxide equivalent)"; looks_like_unit caps it there too
_BRACKETED_UNIT = re.compile(r"[(（]\s*([^()（）]{1,60}?)\s*[)）]")


# a multiplier alone in the bracket that ends a label: "(10,000)", "('000)", "(1,000)"
_SCALE_LAST = re.compile(r"\S\s*[(（]\s*(10,000|10000|1,000|['‘’]0{3,4})\s*[)）]$")


# a unit named in words with its symbol in brackets and what it weighs after them: "in Metric Tonnes (MT) of
# CO2e" — the bracket is inside the unit (tests/keys/README rule 1), the unit is the whole run
_WORDS_SYMBOL_OF = re.compile(r"\bin\s+((?:[^\W\d_][\w-]*\s+){0,2}?[^\W\d_][\w-]*)\s*([(（]\s*[^()（）]{1,12}?\s*[)）])"
                              r"\s*(of\s+[^\s,;:()（）]+)", re.I)


def _unit_with_symbol(label: str) -> str | None:
    for m in _WORDS_SYMBOL_OF.finditer(label):
        words, symbol, of = m.group(1), m.group(2), m.group(3)
        if looks_like_unit(words) and looks_like_unit(symbol[1:-1]) and is_unit_tail(of):
            return f"{words} {symbol} {of}"
    return None


def unit_in_parentheses(label: str) -> str | None:
    """`Total water withdrawal (m³)` → `m³`; only when the parenthesis holds a unit."""
    label = currency_tick(label)
    if m := _SCALE_LAST.search(label):
        return m.group(1)   # "Visitors to the museum (10,000)": counted in tens of thousands
    if whole := _unit_with_symbol(label):
        return whole        # "GHG emissions in Metric Tonnes (MT) of CO2e"
    for m in reversed(list(_BRACKETED_UNIT.finditer(label))):
        if looks_like_unit(m.group(1)) and not _code_letter(m.group(1), label[:m.start()]):
            # the last bracket that holds a unit: "(tCO2e/t Cu-eq)(equity)"; "(in tonnes)" is in tonnes
            return re.sub(r"^in\s+(?=\S)", "", m.group(1), flags=re.I)
    return None


def _code_letter(inner: str, name: str) -> bool:
    """A one-letter symbol in brackets after a name of counted things ("Count (L)", "Apprentices (L)"):
    a code (left, large, local), not litres; units.yaml's `counted_names`, words of the name's end."""
    if not re.fullmatch(r"[A-Za-z]", inner.strip()):
        return False
    words = re.findall(r"[^\W\d_]+\.?", name.lower())
    counted = vocabulary().get("counted_names", [])
    return any(w in counted or w.rstrip(".") in counted for w in words[-3:]) or \
        any(name.rstrip().endswith(c) for c in counted if not c.isascii())


# a sub-column named only by what its figures count ("Number", "No. (B)", "Nos."): it names the measure, not a
# unit (tests/keys/README rule 4: the BRSR "No. (B)" column is no unit); a unit column's "(number)" is read elsewhere
_COUNT_HEAD = re.compile(r"^(?:numbers?|no\.?|nos\.?|count)\s*(?:[(（]\s*[A-Za-z]\s*[)）])?$", re.I)


def sub_unit(sub: str) -> str:
    """The unit a sub-column's name is (the name itself when it reads as one), but not a bare count head."""
    return sub if looks_like_unit(sub) and not _COUNT_HEAD.match(sub.strip()) else ""


def named_column_unit(column: str | None) -> str:
    """The unit a named column's name ends with ("Scope 1 (tCO2e)", "Male > Median pay (₹ in million)"), but
    none for a column named by a bare count head ("Male > Number"), as `sub_unit`."""
    last = (column or "").split(" > ")[-1].strip()
    unit = trailing_unit(column)
    # a PDF header joins a group's name and its sub-column's with a space ("Men Number"): its last word alone
    # is the count head; a bracketed "(number)" stays a unit (rule 1)
    return "" if _COUNT_HEAD.match(last) or last.split()[-1:] == [unit] and _COUNT_HEAD.match(unit) else unit


# an article before a header's last words ("the beginning of the year", "during the day"), or "of" before a word
# of time ("at the end of year"): they say when, no unit of the column
_ARTICLES = {"the", "a", "an", "this", "that", "each", "every"}
_TIME = {"year", "years", "month", "months", "day", "days", "hour", "hours", "week", "weeks", "quarter"}


def trailing_unit(header: str | None) -> str:
    """The unit a column header ends with: "Scope 1&2 emissions Mt CO2e", "Water (m³)", "Revenue, RMB"."""
    if not header:
        return ""
    u = unit_in_parentheses(header)
    if u:
        return u
    if (m := re.search(r"[(（]\s*([A-Za-z])\s*[)）]\s*$", header)) and _code_letter(m.group(1), header[:m.start()]):
        return ""
    words = currency_tick(header).replace(",", " ").split()
    for n in (3, 2, 1):
        if any(w.count("(") != w.count(")") for w in words[-n:]):
            continue   # "(` in million)" cut at a bracket: "million)" is no unit of its own
        # the unit's first and last words are units: "Mt CO2e" yes, "Mt CO2e Cat" (a word of the
        # next header line read in between) no
        if len(words) > n and looks_like_unit(words[-n]) and looks_like_unit(words[-1]) \
                and looks_like_unit(" ".join(words[-n:])) and not _counted_elsewhere(header, " ".join(words[-n:])):
            before = words[-n - 1].lower()
            when = before in _ARTICLES or (before in ("of", "during") and words[-1].lower() in _TIME)
            return "" if when else " ".join(words[-n:])
    return ""


_COUNT_OPENING = re.compile(r"^\s*(?:no\.?|number|count)\s+of\s+\S", re.I)


def _counted_elsewhere(header: str, unit: str) -> bool:
    """A header that opens by naming what it counts ("No. of persons benefitted from CSR Projects") ends in a
    word of its phrase, not its unit, when that word is no measure (a count noun, or no unit at all): the
    count's unit is the noun after "No. of"."""
    if not _COUNT_OPENING.match(header):
        return False
    u = parse_unit(unit)
    return u is None or u.dim == "count"


# words that may open a unit without being one: "Metric tonnes", "Million cubic metres"
_UNIT_OPENERS = {"metric", "million", "thousand", "billion", "ten", "hundred", "cubic", "square", "kilo"}


_LETTER = re.compile(r"[^\W\d_]")


def is_unit_tail(text: str) -> bool:
    """Only the end of a unit: "CO2 equivalent", "equivalent", "of CO2e" — what is weighed, no
    measure ("Times/year", "10,000 shares", "t CO2e" are whole units)."""
    left = _CO2.sub(" ", text.lower())
    tokens = [t for t in re.split(r"[\s/()（）,]+", left) if t]
    return bool(_LETTER.search(text)) and len(tokens) <= 2 and \
        all(t in ("equivalent", "equivalents", "eq", "of", "e") for t in tokens)


def unit_begun_in_label(label: str, rest: str) -> tuple[str, str] | None:
    """A unit cell wrapped over two lines whose first line was read into the label cell:
    label "... GHG into Metric tonnes of CO2, CH4 ..." with "CO2 equivalent" in the unit column.
    Returns (label without the unit's first line, whole unit) or None. The run of label words
    starts with a unit word or an opener, ends on a unit word, "of" or CO2, names CO2 at most once
    with `rest`, and is the longest such run of up to five words that reads as a unit with `rest`."""
    words = label.split()
    best = None
    for i, first in enumerate(words):
        f = first.lower().strip(",;:()")
        if f not in _WORDS and f not in _UNIT_OPENERS:
            continue
        for j in range(i + 1, min(i + 5, len(words)) + 1):
            run = " ".join(words[i:j]).rstrip(",;:")
            if not any(w.lower().strip(",;:()") in _WORDS for w in words[i:j]) or "(" in run or ")" in run:
                continue
            last = words[j - 1].lower().strip(",;:")
            if len(_CO2.findall(f"{run} {rest}")) > 1 or not (last in _WORDS or last == "of" or _CO2.fullmatch(last)):
                continue   # CO2 named twice, or the run ends on a word of the label ("... CO2 into")
            if looks_like_unit(f"{run} {rest}") and (best is None or j - i > best[1] - best[0]):
                best = (i, j, f"{run} {rest}")
    if best is None:
        return None
    i, j, unit = best
    return " ".join(words[:i] + words[j:]), unit


# "in gigajoules (GJ)": a unit named in words with its symbol in brackets; "(in kilolitres)"
_NAMED_WITH_SYMBOL = re.compile(r"\bin\s+((?:[^\W\d_][\w-]*\s+){0,2}?[^\W\d_][\w-]*)\s*[(（]\s*([^()（）]{1,12}?)\s*[)）]", re.I)
_IN_BRACKETS = re.compile(r"[(（]\s*in\s+([^()（）]{1,40}?)\s*[)）]", re.I)


def lead_unit(lead: str | None) -> str:
    """The unit a sentence announcing a table names for all its figures ("Provide the break-up of the
    water stored in cubic metres (m³), in the following format:" → "m³"; "… (in kilolitres):").
    Only one unit, stated as a unit: two units named, or none, give ""."""
    if not lead:
        return ""
    found = {m.group(2) for m in _NAMED_WITH_SYMBOL.finditer(lead)
             if looks_like_unit(m.group(1)) and looks_like_unit(m.group(2))}
    found |= {m.group(1) for m in _IN_BRACKETS.finditer(lead) if looks_like_unit(m.group(1))}
    return found.pop() if len(found) == 1 else ""


# a name that opens with the unit its figure is measured in: "Gigajoules of renewable energy", "Tonnes of grain
# stored"; not a rate ("Hours of training per employee") nor a share
_UNIT_FIRST = re.compile(r"^((?:[^\W\d_]+\s)?[^\W\d_]+)\s+of\s+(?!.*(?:\bper\b|/|%|\brate\b|\bratio\b|\bshare\b))\S", re.I)


def unit_first(label: str) -> str:
    """The unit a label opens with, when it measures (mass, energy, volume ...): a score ("Score of …"), a
    count's noun ("Number of …", "Cases of …") is none, and so is time ("Days of the week open";
    labels.counted_noun reads time spent)."""
    m = _UNIT_FIRST.match(label.strip())
    p = parse_unit(m.group(1)) if m and looks_like_unit(m.group(1)) else None
    return m.group(1) if p is not None and p.dim not in (None, "count", "time", "score", "ratio") else ""
