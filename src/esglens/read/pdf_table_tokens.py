"""What a piece of a table line is: a value, a not-disclosed marker, a year; tokens of a line
(a fragment, or one word of it when the fragment holds several values set close together)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..core.numbers import NAME_CHARS, is_band
from .pdf_lines import Fragment, Line
from ..core.memo import kept

_NUM = re.compile(
    r"^[(（<>≤≥~≈+\-–−]?\s?[$€£¥]?\s?\d(?:[\d,.]|，\d{3})*\s?(%|％|‰|x)?[)）]?"
    r"(\^\{[^}]{1,4}\}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?$")
# a nil: a dash, "n/a", ...; a dash printed with its column's percent sign ("–%") too (core.numbers reads it so)
_MISSING = re.compile(r"^(–|-|—|−|/|[-–—−]\s?[%％]|n/?a|n\.a\.|nil|not applicable|not available|not reported)"
                      r"(\^\{[^}]{1,4}\}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?$", re.I)
# a year heading, maybe with a qualifier in brackets ("FY2021 (target)", "2019 (Male)")
# "2021年度", "2022年3月期", "2022年6月": a fiscal or calendar year as Japanese and Chinese tables print it
_YEAR = re.compile(r"^(?:(?:FY\s?)?(19|20)\d{2}(?:\s?[/-]\s?\d{2})?(?:年度|年(?:\d{1,2}月(?:期|末)?)?)?|FY\s?'?\d{2})"
                   r"[*⁰¹²³⁴⁵⁶⁷⁸⁹]*(?:\s?\([^()]{1,%d}\))?$" % NAME_CHARS, re.I)
_LETTERS = re.compile(r"[^\W\d_]{3}")
# a year in brackets under a target word ("Target" over "(2035)", "目標" over "（2030年度）"): a year, not a
# bracketed negative
_BRACKET_YEAR = re.compile(r"^[(（]\s?(?:FY\s?)?(?:19|20)\d{2}(?:年度|年)?\s?[)）]$", re.I)


# The tests below are pure functions of a short text, asked again and again of the same cells by
# every step of the table reader: each answer is remembered (a bounded cache, so that a page of
# endless distinct numbers cannot grow it without end).
_CACHE = 1 << 16


@lru_cache(maxsize=_CACHE)
def is_number(text: str) -> bool:
    t = text.strip()
    return bool(_NUM.match(t)) and not _YEAR.match(t) and not _BRACKET_YEAR.match(t)


# a full-width comma ("1，311") separates thousands as a comma does (Japanese and Chinese tables)
_FIRST_NUM = re.compile(r"^\d(?:[\d,]|，\d{3})*(?:\.\d+)?%?$")


# a numbered note: a small number, then its words
_NOTE = re.compile(r"^\d{1,2}\s+[^\W\d_]{2,}(?:\s+\S+){1,}$")
# words that open a footnote's text after its number, never a unit
_NOTE_WORDS = {"without", "with", "including", "excluding", "incl.", "excl.", "see", "the", "a", "an", "as", "for",
               "from", "since", "based", "according", "only", "not", "excludes", "includes", "in", "of", "at", "on"}


@lru_cache(maxsize=_CACHE)
def is_number_with_unit(text: str) -> bool:
    """A number and up to seven words after it, the first a word, none a number of its own
    ("5.24 MT CO2", "1,105 J per rupee of"): a value cell that prints its unit, not a sentence
    ("3 of the 5 sites") nor a numbered note."""
    words = text.split()
    if not 2 <= len(words) <= 8 or len(text) > 48 or not _FIRST_NUM.match(words[0]) or _YEAR.match(words[0]):
        return False
    if not _LETTERS.search(words[1]) and not re.match(r"^[^\W\d_]{1,2}", words[1]):
        return False
    if re.fullmatch(r"\d{1,2}", words[0]) and words[1].lower() in _NOTE_WORDS:
        return False    # "1 without fixed-term contracts": a footnote's number and its text
    if re.fullmatch(r"\d{1,2}", words[0]) and _MONTH.fullmatch(words[1]):
        return False    # "1 January", "31 Dec.": a day of a date (a header's "as of"), no amount
    return not any(re.fullmatch(r"[(\[]?[\d,.]+[)\]]?", w) for w in words[1:])


_MONTH = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|april|june|"
                    r"july|august|september|october|november|december", re.I)


# a paired cell as pdf_table_pairs makes it: a value and a second value in brackets ("29 (32)")
_PAIR = re.compile(r"^\d[\d,.]*\s?%?\s[(（]\d[\d,.]*\s?%?[)）]$")


@lru_cache(maxsize=_CACHE)
def is_value(text: str) -> bool:
    return _single_value(text) or bool(_PAIR.match(text.strip()))


@kept(maxsize=_CACHE)
def _single_value(text: str) -> bool:
    return is_number(text) or bool(_MISSING.match(text.strip())) or is_number_with_unit(text)


@lru_cache(maxsize=_CACHE)
def is_year(text: str) -> bool:
    return bool(_YEAR.match(text.strip()) or _BRACKET_YEAR.match(text.strip()))


# a row's enumerator set apart before its name: "I.", "ii)", "(b)", "3."
ENUMERATOR = re.compile(r"^(?:(?:[IVXivx]{1,4}|[A-Ha-h]|\d{1,2})[.)]|\((?:[IVXivx]{1,4}|[A-Ha-h]|\d{1,2})\))$")


_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# a band row centred on its table stands this share of the table's width off its centre at most
_CENTRED = 0.04


def centred_band(toks: list, left: float, right: float) -> bool:
    """A line of one short run of words (maybe after its enumerator) centred on a table that spans left..right:
    a band row heading the rows below it ("Employees", "Other than permanent"), not a column's header."""
    if not toks or len(toks) > 2 or (len(toks) == 2 and not ENUMERATOR.match(toks[0].text.strip())):
        return False
    t = toks[-1]
    words = t.text.split()
    if not has_words(t.text) or len(words) > 5 or is_value(t.text) or is_year(t.text) \
            or t.text.rstrip().endswith((".", "。", ":", "：", ")", "）")) or t.text[:1].islower() or t.text[:1] in "(（":
        return False    # a unit in brackets, a cell's wrapped line in lower case: no band
    if len(t.text) > 40 or (_CJK.search(t.text) and len(t.text) > 12):
        return False    # a band names a group in a few words (CJK text counts by characters)
    return abs((toks[0].x0 + t.x1) / 2 - (left + right) / 2) <= _CENTRED * (right - left)


def has_words(text: str) -> bool:
    return bool(_LETTERS.search(text))


@dataclass
class Token:
    """A fragment, or one word of it when the fragment holds several numbers (close columns)."""
    text: str
    x0: float
    x1: float
    frag: Fragment


def tokens(line: Line) -> list[Token]:
    """The line's tokens (computed once per line: a Line is not changed once built; callers only read
    the list)."""
    if line.tokens is not None:
        return line.tokens
    out: list[Token] = []
    for f in line.frags:
        toks = f.tokens
        if toks is None:     # a fragment's tokens are its own: kept for every line it is regrouped into
            items = _value_items(f.words) if len(f.words) > 1 and not _thousands_split(f.words) else None
            if items and len(items) > 1:
                toks = [Token(" ".join(w.text for w in ws), ws[0].x0, ws[-1].x1, f) for ws in items]
            else:
                toks = [Token(f.text, f.x0, f.x1, f)]
            f.tokens = toks
        out += toks
    line.tokens = out
    return out


def _value_items(words) -> list[list] | None:
    """A fragment that is nothing but values set close together ("Not applicable Not applicable",
    "12.1 13.4"): its values one by one, else None."""
    # the cheap test first: a value among its first three words holds a digit or opens with a not-disclosed
    # marker's first character ("-", "/", "n/a", "nil", "not ..."); prose has neither and is no value list
    head = " ".join(w.text for w in words[:3]).strip()
    if head[:1] not in _MISSING_OPENERS and not any(map(str.isdigit, head)):
        return None
    items: list[list] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            ws = words[i:i + n]
            if len(ws) == n and _single_value(" ".join(w.text for w in ws)):
                items.append(ws)
                i += n
                break
        else:
            return None
    return items


_MISSING_OPENERS = set("–-—−/nN")
_GROUP = re.compile(r"\d{3}[.,]?\d*%?")
_LEAD = re.compile(r"\d{1,3}")


def _thousands_split(ws) -> bool:
    """"1 234 567": one number printed with spaces between its groups."""
    return all(_GROUP.fullmatch(w.text) for w in ws[1:]) and _LEAD.fullmatch(ws[0].text)


def is_data_line(line: Line) -> bool:
    """A label (or not) and values standing apart from it: at least one number, or two or more
    not-disclosed markers ("Not applicable | Not applicable"). Worked out once per line, from its tokens
    (which are worked out once too)."""
    known = line.data
    if known is None:
        known = line.data = _data_tokens(tokens(line))
    return known


def _data_tokens(toks: list[Token]) -> bool:
    if len(toks) < 2 or all(_NOTE.match(t.text) for t in toks):
        return False    # "1 without interns   2 estimated for two sites": numbered notes side by side
    vals = [t for t in toks[1:] if is_value(t.text)]
    return any(is_number(t.text) or is_number_with_unit(t.text) for t in vals) or len(vals) >= 2


_NOTE = re.compile(r"^(\d{1,2})[.)]?\s+[^\W\d_]")
_NOTE_FIGURE = re.compile(r"^(\d{1,2})[.)]?\s+\d")
_MARKS = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\{([^}]{1,4})\}")
_SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def note_line(line: Line, above: list[Line]) -> bool:
    """A line of numbered notes under a table ("1 without fixed-term contracts | 3 without apprentices"):
    every piece a small number followed by words, the line set in smaller type than the rows above or
    its numbers printed as note markers in them ("Leavings¹"). Not a row of values with units."""
    if not line.frags or not above:
        return False
    nums = [m.group(1) for f in line.frags if (m := _NOTE.match(f.text.strip()))]
    if len(nums) < len(line.frags):
        # a note that opens with a figure ("1 95%", "3 88% Blue Angel, 12% FSC Label"): its number must be a
        # mark printed in the rows above, and the line set smaller than them
        nums = [m.group(1) for f in line.frags if (m := _NOTE_FIGURE.match(f.text.strip()))]
        return len(nums) == len(line.frags) and _smaller(line, above) and _marked(nums, above)
    return _smaller(line, above) or _marked(nums, above)


def _marked(nums: list[str], above: list[Line]) -> bool:
    """Every number is a note mark printed in the lines above ("Leavings¹", "^{2}"); read only when asked
    (a table's body grows line by line: the marks of all the lines above for every line cost its square)."""
    marks = {(m.group(1) or m.group(0).translate(_SUP)) for ln in above for m in _MARKS.finditer(ln.text)}
    return all(n in marks for n in nums)


def _smaller(line: Line, above: list[Line]) -> bool:
    sizes = sorted(ln.size for ln in above)
    return line.size < 0.95 * sizes[len(sizes) // 2]


def value_start(line: Line) -> float:
    """Where the line's first value (after its label) starts."""
    toks = tokens(line)
    # a line of values only (its label is wrapped onto the line above or below): the first is one too
    # ... but a band first ("<20 | 4 | 1", "20–29 | 2,108") is the row's label
    start = 0 if len(toks) >= 2 and all(is_number(t.text) or is_value(t.text) for t in toks) and (is_number(toks[0].text) or is_number_with_unit(toks[0].text)) \
        and not is_band(toks[0].text) else 1
    xs = [t.x0 for t in toks[start:] if is_value(t.text)]
    return min(xs) if xs else 1e9


def glue(a: str, b: str, space: bool = True) -> str:
    """Two pieces of one cell; a word hyphenated at a line end is joined again."""
    if not a:
        return b
    if a.endswith("-") and b[:1].islower():
        return a[:-1] + b if len(a) > 1 and a[-2].isalpha() else a + b
    return a + (" " if space else "") + b
