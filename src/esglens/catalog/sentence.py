"""The words that govern a number in a sentence.

"Moreover, the R&D investment totaled RMB 321 million, accounting for 4.74% of revenue." For 4.74%
the clause is "accounting for # of revenue" ('#' stands for the number); it continues the main
clause "the r&d investment totaled rmb n million" (other numbers become 'n'), which names the subject.
"Number of suppliers: 2,321" names its subject before the colon. A number standing alone on its
line ("0.014 MWh/ kg output") is named by the caption above it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..core.text import clauses
from ..model import Document, Fact
from ..core.opening import opening

# footnote markers: superscript digits and roman numerals (ⁱⁱⁱ, ^{iv}); subscripts (CO₂) stay
_SUPERSCRIPTS = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u207f\u1d2c-\u1d6a]+|\^\{[^}]*\}")
_LEAD = re.compile(r"^(?:[-•*·]+\s*|\d{1,2}\s+(?=[A-Z])|\((?:[ivx]{1,4}|[a-hA-H])\)\s*(?=\w))")  # "- ", "7 Cumulative ...", "(ii) Landfilling"
# a letter naming a row for a formula further down: "Total (A)", "No. of Females (B)", "Total (C = A + B)"
_ROW_REF = re.compile(r"\s*\((?:[A-H](?:\s*[=+\-/]\s*[A-H])*)\)\s*$")


_METRE_POWER = re.compile(r"(?<=[mM])\s?([²³])")
_EMPHASIS = re.compile(r"\*\*|__")
_SPLIT_HYPHEN = re.compile(r"(?<=[a-z])- (?=[a-z])")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 15)   # the same labels, units and sentences are normalized for every fact
def norm_text(text: str | None) -> str:
    """Lower case, footnote markers and list numbering removed, spaces collapsed."""
    # (each pattern is run only on a text holding what it cannot match without: most labels are plain ASCII)
    t = text or ""
    if "²" in t or "³" in t:
        t = _METRE_POWER.sub(lambda m: "2" if m[1] == "²" else "3", t)  # m³ is no footnote
    if not t.isascii() or "^{" in t:
        t = _SUPERSCRIPTS.sub("", t)
    t = _LEAD.sub("", t.strip())
    if ")" in t:
        t = _ROW_REF.sub("", t)
    t = unicodedata.normalize("NFKC", t).lower().replace("’", "'")
    t = _EMPHASIS.sub("", t)
    if "- " in t:
        t = _SPLIT_HYPHEN.sub("-", t)    # "work- related": a hyphen split by a line break
    return _SPACES.sub(" ", t).strip(" :：")


# digits that name something rather than count it: "Scope 1 and 2", "PM2.5", "CO2", "2nd", "Tier 1"
# (every branch opens at a word boundary on a letter or digit: tested once, before the branches, not by each
# branch at every character)
_NAMED = re.compile(
    r"\b(?=[a-z\d])(?:scope\s*\d(?:\s*(?:\+|and|&|,|/)\s*(?:scope\s*)?\d\b)*|"
    r"(?:category|categories|tier|class|grade|level|phase|no\.)\s*\d+|pm\s*\d+(?:\.\d+)?|"
    r"(?!(?:rmb|usd|hkd|cny|eur|us)\d)[a-z]+\d+[a-z]*\b|\d+(?:st|nd|rd|th)\b)", re.I)
_VALUE = re.compile(r"(?<![\w.])[-+]?\d[\d,]*(?:\.\d+)?(?:\s*%)?")
_PUNCT = re.compile(r"[,，](?!\d{3})|[;；。!?:：]|\.(?=\s|$)")      # not the comma of 1,417.61
# the words after a number end at punctuation, or where "and"/"while" opens the next clause
_AFTER_END = re.compile(
    r"[,，](?!\d{3})|[;；。!?:：()（）]|\.(?=\s|$)|\s(?:and|while|whereas|but)\s(?=(?:the\s+|its\s+|our\s+)?"
    r"[\w-]+(?:\s+[\w-]+){0,4}\s+(?:was|were|is|are|reached|totall?ed|amounted|stood|rose|fell|increased|decreased)\b)")
_GLUED_CURRENCY = opening(re.compile(r"\b(rmb|cny|usd|hkd|eur|us\$)(?=\d)", re.I))     # "RMB1,417.61"
# a parenthesis that only widens or narrows the scope: "(including patents under application)"
_SCOPE_NOTE = re.compile(r"\((?:including|includes|excluding|incl\.|e\.g\.|i\.e\.|such as)[^()]*\)", re.I)
# clauses that add to the clause before them: the subject stands there
_CONTINUES = re.compile(
    r"^(?:and |while |which )?(?:accounting for|accounted for|accounts for|account for|representing|"
    r"represents?|represented|equivalent to|equal to|of which|among (?:which|them)|including|"
    r"in which|with(?: an?| the)?|i\.e\.)\b")
# the head of a caption; two in one key are two captions run together, the last one names the number
_HEAD = re.compile(r"\b(?:percentage|proportion|share|number|ratio|rate|amount|volume) of\b", re.I)
_LETTERS = re.compile(r"[a-z\u4e00-\u9fff]{2,}")


@dataclass(slots=True)
class Clause:
    near: str                 # "before # after": the words next to the number, normalized
    before: str               # the words before it (the key, for "key: value")
    after: str                # the unit noun and words after it, up to the clause's end
    after_raw: str            # the same as printed (a unit cut short by the facts stage is read here)
    main: str | None = None   # the main clause a continuation leans on
    starts_line: bool = False  # nothing but markup or a currency before the number on its line


def _protected(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _NAMED.finditer(text)]


def _values(text: str) -> list[tuple[int, int]]:
    """Spans of numbers that are values (years included: "In 2024 Number of suppliers")."""
    prot = _protected(text)
    return [m.span() for m in _VALUE.finditer(text)
            if not any(a <= m.start() < b for a, b in prot)]


def locate(ev: str, fact: Fact) -> int:
    """Where the fact's number stands in the sentence: the occurrence its label precedes and its unit
    follows ("... the assessment passing rate was 100%" is not the first "100%"); -1 when absent."""
    raw = fact.raw or ""
    if not raw:
        return -1
    spots = _occurrences(ev, raw)
    if len(spots) <= 1:
        return spots[0] if spots else ev.find(raw)
    tail = " ".join(norm_text((fact.label or "").split(" > ")[-1]).split()[-3:])
    unit = norm_text(fact.unit)

    def score(pos: int) -> int:
        s = 0
        if tail and norm_text(ev[:pos]).endswith(tail):
            s += 2
        if unit and norm_text(ev[pos + len(raw):]).startswith(unit):
            s += 1
        return s
    return max(spots, key=lambda p: (score(p), -p))


def _occurrences(text: str, raw: str) -> list[int]:
    """Where `raw` stands in `text` as a whole number (no digit, point or comma before it, no digit after),
    left to right without overlap: what a regex of it would find, without compiling one per number."""
    out, at, n = [], text.find(raw), len(raw)
    while at >= 0:
        before = text[at - 1: at] if at else ""
        if not (before and (before in ".," or before.isdecimal())) and not text[at + n: at + n + 1].isdecimal():
            out.append(at)
            at = text.find(raw, at + n)
        else:
            at = text.find(raw, at + 1)
    return out



def _clauses(text: str) -> list[str]:
    """Punctuation clauses of `text`, numbers written 'n'."""
    return [_mask(c) for c in clauses(text)]


def _mask(text: str) -> str:
    spans = _values(text)
    for a, b in reversed(spans):
        text = text[:a] + " n " + text[b:]
    return norm_text(text)


def _near_before(before: str) -> tuple[str, str]:
    """The words between the previous clause boundary or number and the number; the text before them."""
    cuts = [m.span() for m in _PUNCT.finditer(before)] + _values(before)
    end = max((b for _, b in cuts), default=0)
    near = before[end:]
    rest = before[:end]
    if not _LETTERS.search(norm_text(near)) and re.search(r"[:：]\s*$", rest):  # "Key: value"
        key = rest.rstrip()[:-1]
        cuts = [m.span() for m in _PUNCT.finditer(key)] + _values(key)
        heads = [m.start() for m in _HEAD.finditer(key)]
        start = max([b for _, b in cuts] + heads[-1:] if len(heads) > 1 else [b for _, b in cuts], default=0)
        return key[start:], key[:start]
    return near, rest


def _after(after: str) -> str:
    stop = [m.start() for m in _AFTER_END.finditer(after)][:1] + [a for a, _ in _values(after)][:1]
    return after[: min(stop)] if stop else after


def _main(rest: str, skip) -> str | None:
    """The nearest earlier clause that is not itself a change ('with a YoY increase of 42.91%')."""
    for c in reversed(_clauses(rest)):
        words = re.sub(r"\bn\b", " ", c)
        if not _LETTERS.search(words) or skip(c):
            continue
        return c
    return None


def read_clause(fact: Fact, skip=lambda text: False) -> Clause | None:
    """The clause governing the fact's number in its evidence sentence; None without one.

    `skip(text)` says a clause is a change or goal, never the subject of the numbers after it.
    """
    ev = _GLUED_CURRENCY.sub(r"\1 ", _SCOPE_NOTE.sub(" ", fact.evidence or ""))
    pos = locate(ev, fact)
    if pos < 0:
        return None
    near, rest = _near_before(ev[:pos])
    after_raw = _after(ev[pos + len(fact.raw):])
    before, after = norm_text(near), norm_text(after_raw)
    main = _main(rest, skip) if _CONTINUES.match(before) else None
    bare = re.sub(r"[\W_]|rmb|cny|usd|hkd|us\$|approximately|about|over|nearly", "", before)
    return Clause(norm_text(f"{before} # {after}"), before, after, after_raw, main, not bare)


def caption_above(doc: Document, line: int) -> str | None:
    """The short line a number standing alone continues ("GHG emission intensity per RMB 1,000 of
    revenue" above "0.026 tCO₂e/RMB'000"); None when the line above is data or prose."""
    for n in range(line - 1, max(0, line - 4), -1):
        t = doc.text_at(line=n).strip()
        if not t:
            continue
        t = norm_text(t)
        values = [t[a:b] for a, b in _values(t)]
        if len(t.split()) > 14 or len(values) > 1 or (values and t.startswith(values[0])):
            return None
        if values and t.rstrip(" .。").endswith(values[-1].strip()):
            return None   # "Number of work-related fatalities / 0.": a row with its own value, no caption
        return t
    return None
