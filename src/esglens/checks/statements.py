"""Stated changes read from prose: "X decreased by 41.17% compared with 2021", "a year-on-year
increase of 3.15%", "dropped to 73.68% compared with that of last year".

Each statement keeps what changed (its subject words), the direction, whether the rate is a change
("by") or a level ("to"), the base it is measured against, and the amount stated next to it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..core.prefilter import candidates
from .numbers import half_ulp
from .sentences import Sentence

_UP = r"increased|increasing|increase|increases|rose|risen|rise|rising|grew|grown|growth|went up|up|higher|raised|more"
_DOWN = (r"decreased|decreasing|decrease|decreases|reduced|reducing|reduction|reduce|declined|decline|dropped|drop|"
         r"fell|fallen|fall|went down|down|lower|lowered|cut|less")


def _first_letters(*alternations: str) -> str:
    """The first characters of every alternative of the patterns' alternations (plain words)."""
    return "".join(sorted({w[0] for a in alternations for w in a.split("|")}))


_NUM = r"(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"
_HEDGE = r"(?:(?:about|approximately|approx\.|nearly|around|roughly|over|more than|almost)\s+)?"
# (each opens with a lookahead of the characters a match can start with, letters read as IGNORECASE reads
# them: a position that cannot start one fails at once, instead of trying every direction word there)
_VERB = re.compile(rf"(?=[{_first_letters(_UP, _DOWN)}])\b(?P<dir>{_UP}|{_DOWN})\s+(?:(?P<mode>by|to|of)\s+)?{_HEDGE}{_NUM}\s*%", re.I)
# (?<!\d): a number starts where its digits start; tried inside a run of digits, every start would
# read the whole run again (quadratic in a long run)
_PCT_FIRST = re.compile(rf"(?=\d)(?<!\d){_NUM}\s*%\s+(?:(?:year[- ]on[- ]year|yoy|y-o-y)\s+)?(?P<dir>{_UP}|{_DOWN})\b", re.I)
# "reducing greenhouse gas emissions intensity per unit of revenue by 50%": the object names the subject
_OBJECT = re.compile(rf"(?=[rcldi])\b(?P<dir>reducing|reduce|cutting|cut|lowering|lower|decreasing|decrease|increasing|"
                     rf"increase|raising|raise)\s+(?P<obj>[^.;%\d]{{3,80}}?)\s+by\s+{_HEDGE}{_NUM}\s*%", re.I)
_YOY = re.compile(r"year[- ]on[- ]year|\byoy\b|\by-o-y\b|year[- ]over[- ]year|"
                  r"(?:last|previous|prior|preceding) year|\bvs\.? (?:ly|py)\b", re.I)
_BASE = re.compile(r"(?:compared\s+(?:with|to)|from|than|over|relative\s+to|against|vs\.?|versus|since)\s+"
                   r"(?:that\s+(?:of|in)\s+)?(?:the\s+)?(?:base\s+year\s*(?:of\s*)?)?(?:level\s+(?:of|in)\s+)?"
                   r"(?:in\s+)?(?:FY\s?)?(?P<year>(?:19|20)\d{2})\b", re.I)
_BASE_TAKEN = re.compile(r"(?:taking|with|using)\s+(?P<year>(?:19|20)\d{2})\s+as\s+(?:the\s+)?base", re.I)
_IN_YEAR = re.compile(r"\b(?:in|for|during)\s+(?:FY\s?)?(?P<year>(?:19|20)\d{2})\b", re.I)
_CLAUSE = re.compile(r"(?<!\d),|,(?!\d)|[;:()]|\b(?:and|while|whereas|but)\s", re.I)
_PER = re.compile(r"\bper\s+(?:unit\s+(?:of\s+)?)?(?:the\s+)?(?P<den>[a-z][a-z\-]*(?:\s+(?!of\b|in\b|at\b|for\b|has\b|"
                  r"have\b|had\b|was\b|were\b|is\b|are\b|will\b|by\b|and\b)[a-z][a-z\-]*)?)", re.I)
_AIM = re.compile(r"\b(?:targets?|goals?|objectives?|aims?|aiming|plans?|planned|planning|will|strive|striving|"
                  r"commit(?:s|ted)?|expects?|expected|pledge[sd]?|by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2})\b", re.I)
_INTENSITY = re.compile(r"\b(?:intensity|intensities|density|densities)\b", re.I)

STOP = set("""the a an of in on at for to by and or with from its our their it this that which who has have had been
be being was were is are will would company company's companies group we us per unit compared reporting period year
years during within total overall generated amount number level levels respectively as than also further while
whereas so such same all other s 's ’s last previous prior preceding base yoy year-on-year year-over-year
successfully successively significantly further approximately about nearly around over more less reach reached
achieve achieved""".split())
_SYN = [(re.compile(r"\bgreenhouse\s+gas(?:es)?\b|\bghgs?\b", re.I), " ghg "),
        (re.compile(r"\bcarbon\s+dioxide\s+equivalen\w*|\bco\s*2\s*e\w*|\bco₂e\w*", re.I), " co2e ")]


@dataclass
class Amount:
    value: float
    raw: str
    unit: str
    base: float                 # value in the unit's base (currency, tonne ...)
    tol: float                  # rounding slack in the same base
    key: str                    # what the base is: "CNY", "tonne" ...
    text_from: str = "own"      # "own" sentence, or "prev": the sentence before
    shown: str = ""             # as printed: "RMB 5.64 million"


@dataclass
class Change:
    sentence: Sentence
    value: float
    raw: str
    direction: int               # +1 up, -1 down
    mode: str                    # "by": a change; "to": a level reached
    base: str | None             # "yoy" or a year as text, None when not said
    year: int | None             # the year the change is stated for
    subject: frozenset[str]
    den: str | None              # "revenue" in "per unit of revenue"
    subject_text: str
    start: int
    end: int
    amount: Amount | None = None
    amount_from_prev: bool = False   # the amount was read from the sentence printed before
    aim: bool = False            # a target or plan ("will be reduced by 50% by 2025"), or a list
                                 # read "respectively": not a result the checks can pair
    context: list[str] = field(default_factory=list)   # the clause(s) the subject was read from

    @property
    def slack(self) -> float:
        return half_ulp(self.raw)


def _direction(word: str) -> int:
    return 1 if re.fullmatch(_UP, word.lower()) else -1


# (compiled once: every subject of every stated change is read into words)
_TOKEN = re.compile(r"[a-z0-9][a-z0-9\-’']*")
_POSSESSIVE = re.compile(r"['’]s$")
_NUMBER_TOKEN = re.compile(r"(?:19|20)\d{2}|\d[\d,.]*\d|\d{2,}")


def tokens(text: str) -> tuple[frozenset[str], str | None]:
    """Content words of a subject, with 'INT' standing for any intensity, and the denominator."""
    t = text
    for pat, rep in _SYN:
        t = pat.sub(rep, t)
    den = None
    m = _PER.search(t)
    intensity = bool(_INTENSITY.search(t))
    if m:
        den = " ".join(_stem(w) for w in m.group("den").lower().split())
        t = t[: m.start()] + " " + t[m.end():]
        intensity = True
    t = _INTENSITY.sub(" ", t)
    words = set()
    for w in _TOKEN.findall(t.lower()):
        w = w.strip("-'’")
        w = _POSSESSIVE.sub("", w)
        if not w or w in STOP or _NUMBER_TOKEN.fullmatch(w):
            continue
        words.add(_stem(w))
    if intensity:
        words.add("INT")
    return frozenset(words), den


def _stem(w: str) -> str:
    if len(w) > 3 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _clause_start(text: str, pos: int) -> int:
    starts = [m.end() for m in _CLAUSE.finditer(text, 0, pos)]
    return starts[-1] if starts else 0


def _subject_text(text: str, start: int) -> tuple[str, list[str]]:
    """The words naming what changed: the clause before the rate, or the clause before that when the
    rate's own clause names nothing ("…, with a year-on-year increase of 3%")."""
    cs = _clause_start(text, start)
    own = text[cs:start]
    if tokens(_cut(own))[0] - {"INT"}:
        return _cut(own), [own]
    if cs > 0:
        ps = _clause_start(text, max(cs - 1, 0))
        prev = text[ps:cs - 1]
        return _cut(prev), [prev, own]
    return "", [own]


_FILLER = re.compile(rf"\b(?:with|a|an|the|of|{_UP}|{_DOWN}|year[- ]on[- ]year|yoy|y-o-y|has|have|had|been|was|were|"
                     r"is|are|will|be)\b", re.I)


def _cut(clause: str) -> str:
    """Drop what follows the subject: a stated amount, a verb of reaching."""
    m = re.search(r"\d|\b(?:reached|totall?ed|amounted|was|were|is|are|stood|hit)\b", clause)
    head = clause[: m.start()] if m else clause
    head = re.sub(rf"(?:{_CUR})\s*$", " ", head.strip())
    return _FILLER.sub(" ", head) if not tokens(head)[0] else head


def _tidy(subject: str) -> str:
    """The subject as a reader would quote it: no bullet, no dangling 'in' or 'has'."""
    words = subject.strip(" -–•*,;:").split()
    while words and words[-1].lower().strip(",") in STOP:
        words.pop()
    return " ".join(words)


def _base(text: str, start: int, end: int, limit: int, year: int | None) -> str | None:
    """What the change is measured against: a year named after the rate, year-on-year words in its
    clause, or a base year named before it."""
    m = _BASE.search(text, end, limit)
    if m and m.start() - end < 60:
        return _yoy_or(int(m.group("year")), year)
    cs = _clause_start(text, start)
    if _YOY.search(text, cs, limit):
        return "yoy"
    m = _BASE.search(text, cs, start) or _BASE_TAKEN.search(text)
    return _yoy_or(int(m.group("year")), year) if m else None


def _yoy_or(base: int, year: int | None) -> str:
    return "yoy" if year is not None and base == year - 1 else str(base)


def _stated_year(text: str, base: str | None, default: int | None) -> int | None:
    for m in _IN_YEAR.finditer(text):
        y = int(m.group("year"))
        if base is None or str(y) != base:
            return y
    return default


def changes(sentences: list[Sentence], report_year: int | None) -> list[Change]:
    out: list[Change] = []
    for s in candidates(sentences, ("%",)):   # (changes_in reads none without one)
        out.extend(changes_in(s, report_year))
    return out


def changes_in(s: Sentence, report_year: int | None) -> list[Change]:
    text = s.text
    if "%" not in text:
        return []   # every form (_VERB, _PCT_FIRST, _OBJECT) ends in a per cent sign
    hits = [(m, "verb") for m in _VERB.finditer(text)] + [(m, "first") for m in _PCT_FIRST.finditer(text)]
    taken = {m.start("num") for m, _ in hits}
    hits += [(m, "object") for m in _OBJECT.finditer(text) if m.start("num") not in taken]
    hits.sort(key=lambda h: h[0].start())
    out: list[Change] = []
    for i, (m, form) in enumerate(hits):
        mode = (m.groupdict().get("mode") or "by").lower()
        if form == "verb" and mode == "of" and not re.search(r"(?:increase|decrease|reduction|decline|growth|rise|drop|fall)$",
                                                             m.group("dir"), re.I):
            continue  # "reduced of 5%" is not English; "more of 5%" is not a change
        mode = "by" if mode == "of" else mode
        if mode == "to" and m.group("dir").lower() == "up":
            continue  # "up to 21%": a ceiling, not a change
        limit = hits[i + 1][0].start() if i + 1 < len(hits) else len(text)
        year = _stated_year(text, None, report_year)
        base = _base(text, m.start(), m.end(), limit, year)
        year = _stated_year(text, base, report_year)
        if form == "object":
            subj, ctx = m.group("obj"), [m.group("obj")]
        else:
            subj, ctx = _subject_text(text, m.start())
        toks, den = tokens(subj)
        c = Change(s, float(m.group("num").replace(",", "")), m.group("num"), _direction(m.group("dir")),
                   mode, base, year, toks, den, _tidy(subj), m.start(), m.end(), context=ctx)
        # "A and B fell by 5% and 8% respectively": which rate is whose cannot be read from the words
        c.aim = bool(_AIM.search(text)) or bool(re.search(r"\brespectively\b", text, re.I))
        c.amount = amount_before(c)
        c.amount_from_prev = c.amount is not None and c.amount.text_from == "prev"
        out.append(c)
    return out


# --- amounts stated next to a change ---------------------------------------------------------------

_CUR = r"RMB|CNY|HKD|HK\$|USD|US\$|EUR|€|¥|￥|\$"
# (the lookahead names the characters a match can start with: a currency's first, a space, a digit; the
# regex engine then skips every other position at C speed)
_AMOUNT = re.compile(rf"(?=[RCHUE€¥￥$\s\d])(?P<cur>{_CUR})?\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\s*%)(?P<after>[^\d,;%]{{0,40}})")


def amount_before(c: Change) -> Amount | None:
    """The amount the changing figure is stated as: the last one before the rate in its clause, the
    clause before, or (for a sentence that opens with the rate) the sentence printed just before."""
    text = c.sentence.text
    cs = _clause_start(text, c.start)
    for lo in (cs, _clause_start(text, max(cs - 1, 0)), 0):
        a = _last_amount(text[lo:c.start])
        if a:
            return a
    if c.sentence.prev is not None and _opens_with_rate(text, c):
        a = _last_amount(c.sentence.prev.text)
        if a is not None:
            a.text_from = "prev"
        return a
    return None


def _opens_with_rate(text: str, c: Change) -> bool:
    return not (tokens(_cut(text[: c.start]))[0] - {"INT"})


def _last_amount(text: str) -> Amount | None:
    from ..catalog import parse_unit

    found = None
    for m in _AMOUNT.finditer(text):
        num = m.group("num")
        if re.fullmatch(r"(?:19|20)\d{2}", num) and not m.group("cur"):
            continue  # a year
        words = m.group("after").strip().split()
        unit = None
        for k in range(min(len(words), 4), -1, -1):
            cand = " ".join(([m.group("cur")] if m.group("cur") else []) + words[:k]).strip(" .,")
            u = parse_unit(cand) if cand else None
            if u is None or not (u.dim or u.currency):
                continue
            if unit is None or (u.scale, u.currency or u.expr) == (unit[1].scale, unit[1].currency or unit[1].expr):
                unit = (cand, u)   # the fewest words that still read as the same unit
            elif unit is not None:
                break
        if unit is None:
            continue
        cand, u = unit
        value = float(num.replace(",", ""))
        key = u.currency or u.expr or ""
        words_used = cand[len(m.group("cur") or ""):].strip()
        shown = " ".join(x for x in (m.group("cur"), num, words_used) if x)
        found = Amount(value, num, cand, value * u.scale, half_ulp(num) * u.scale, key, shown=shown)
    return found
