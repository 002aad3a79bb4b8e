"""Is a number in a sentence a quantity? Structure, not vocabulary lists of one report.

A narrative fact needs a quantity: a number with a unit (or a currency, or a per cent), or a number
that counts a noun ("32 system documents"), or a number the clause says is a count ("the number of
suppliers was 2,321"). What is not a quantity is rejected by the shape it has:

- contact details and web addresses (phone and fax numbers, postcodes, "51job.com") are masked first;
- identifiers: a long run of digits with no separator and no unit;
- list and section numbering: a small number, or a dotted one ("2.2"), opening a line before a
  capitalised word ("2.2 Reducing our GHG emissions", "1 Includes biofuels", a footnote);
- names that end in a number ("Action 4", "Assessment Report 4", "Phase 1"): a bare number right after
  a capitalised word, when no unit follows it;
- a number with nothing it counts.

Each rule is a small named function of a `Candidate`; `rejected_by` names the first that applies.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..core.prefilter import folded
from ..core.opening import opening

# --- spans masked before numbers are read -------------------------------------------------------

_PHONE = re.compile(
    r"(?:\b(?:tel|telephone|phone|fax|hotline|mobile|call)\b\.?\s*(?:no\.?|number)?\s*[:：]?\s*)"
    r"[+(]?\d[\d\s()./-]{5,}\d"
    r"|\+\d{1,3}[\s-]?(?:\(0\)\s?)?\d[\d\s-]{6,}\d"
    r"|\(\d{2,5}\)\s?\d{3,4}[\s-]\d{3,4}"
    r"|\b\d{3,4}-\d{7,8}\b",
    re.I)
_WEB = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w.-]+@[\w.-]+\.\w+|\b\w*\d\w*\.(?:com|cn|org|net|hk)\b\S*", re.I)
_POSTCODE = re.compile(
    r"\b(?:postcode|post code|postal code|zip(?: code)?)\b\s*[:：]?\s*\d{4,6}"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"                       # UK: "EC4Y 0DA", "W2 6LG"
    r"|\b\d{6}(?=,?\s+(?:[A-Z][a-z]+\s+)?(?:Province|China|P\.?R\.?C)\b)",   # "City 213200, Jiangsu Province"
    re.I)
_DATE = re.compile(
    r"(?=[\djfmasond])"   # (every match starts with a digit or a month's first letter: tested first)
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d\b"
    r"|\b\d{1,2}:\d\d\b)",
    re.I)

MASKS = {"contact": _PHONE, "web": _WEB, "postcode": _POSTCODE, "date": _DATE}
# What a mask cannot match without: one of the words (in the folded sentence) or a match of the short pattern.
# A mask is searched only in a sentence that has it (most have neither: a mask is rare and costly to search).
_MASK_NEEDS: dict[str, tuple[tuple[str, ...], re.Pattern | None]] = {
    "contact": ((), re.compile(r"\d[\d\s()./+-]{5,}\d")),   # every form holds 7+ digits and separators
    "web": (("http", "www.", "@", ".com", ".cn", ".org", ".net", ".hk"), None),
    "postcode": (("post", "zip"), re.compile(r"\d(?:[a-z\d]?\s\d|\d{5})", re.I)),   # "W2 6LG", "213200"
    "date": ((), None),
}


# "[Less than 30%, 30-60%, More than 60%]": the choices a form offers, not figures
_OPTIONS = re.compile(r"\[[^\[\]\d]{0,40}\d[^\[\]]{0,120}?[,/;][^\[\]]{0,120}?\d[^\[\]]{0,40}\]")


def masked_spans(sentence: str) -> list[tuple[int, int, str]]:
    """Spans of the sentence that hold no quantity whatever digits they show."""
    low = folded(sentence)
    out = [(m.start(), m.end(), name) for name, rx in MASKS.items() if _may_mask(name, sentence, low)
           for m in rx.finditer(sentence)]
    return out + [(m.start(), m.end(), "options") for m in _OPTIONS.finditer(sentence)] if "[" in sentence else out


def _may_mask(name: str, sentence: str, low: str) -> bool:
    words, rx = _MASK_NEEDS[name]
    if not words and rx is None:
        return True
    return any(w in low for w in words) or (rx is not None and rx.search(sentence) is not None)


# --- what a number counts ------------------------------------------------------------------------

_FUNCTION = {"and", "or", "with", "of", "in", "to", "the", "a", "an", "by", "for", "from", "on", "at", "as",
             "compared", "than", "which", "that", "is", "was", "were", "are", "be", "been", "has", "have",
             "had", "will", "would", "can", "could", "may", "yoy", "year-on-year", "respectively", "per",
             "across", "around", "over", "under", "into", "onto", "between", "within", "through", "during",
             "since", "until", "before", "after", "each", "every", "this", "these", "those", "its", "our",
             "their", "his", "her", "it", "we", "they", "more", "less", "higher", "lower", "times", "not",
             "only", "also", "about", "up", "down", "out", "off", "such", "most", "least", "very", "some",
             "so", "if", "when", "while", "where", "who", "whom", "whose", "all", "both", "via", "vs",
             "including", "compared", "relative", "against", "levels", "level", "below", "above", "then"}
FUNCTION_WORDS = _FUNCTION
# "-ics" is a plural ("topics", "metrics", "clinics") except for the names of fields ("logistics")
_NOT_PLURAL = re.compile(r"(?:ss|us|is|ous|(?:econom|phys|eth|logist|mathemat|polit|electron|genet|analyt|robot|athlet|"
                         r"ergonom|dynam|mechan|optic|acoust|informat|pharmaceut|aesthet|semiot|linguist)ics|(?<![a-z])gas|-gas)$", re.I)
_COUNT_NOUNS = {"people", "staff", "personnel", "children", "women", "men", "equipment", "person-time",
                "person-times", "man-hours", "man-days", "manpower", "workforce", "stock", "headcount"}
COUNT_NOUNS = _COUNT_NOUNS
_VERBS_IN_S = {"says", "shows", "means", "includes", "remains", "requires", "covers", "represents", "accounts",
               "makes", "takes", "gives", "provides", "contains", "comprises", "reflects", "exceeds", "reaches",
               "goes", "does", "has", "was", "is", "equals", "amounts", "stands", "sets", "outlines", "describes",
               "applies", "refers", "relates", "focuses", "aims", "seeks", "helps", "allows", "enables", "excludes",
               "reflects", "uses", "assumes", "follows", "presents", "lists", "gives", "notes"}
_WORD = re.compile(r"[A-Za-z][A-Za-z&\-']*")


def _plural_like(word: str) -> bool:
    if re.fullmatch(r"[A-Z]{2,}s", word):
        return True    # "86,000 ACCUs", "12 SMEs": an acronym's plural
    if word.isupper():
        return False   # "EHS", "GHGS": an acronym's S is no plural ("SQEs" is)
    w = word.lower().strip("'’")
    if w in _COUNT_NOUNS:
        return True
    if re.search(r"['’]s$", word):
        return False   # a possessive names an owner: "3,112 KSTAR's inverters"
    return len(w) > 2 and w.endswith("s") and not _NOT_PLURAL.search(w)


_CONNECTORS = {"and", "or", "&"}
_TITLE_LINKS = {"of", "and", "for", "&"}


def counted_noun(after: str, value: float | None = None, max_words: int = 8) -> str:
    """The noun phrase a bare number counts, read from the words right after it, ending at its first
    plural noun: "32 system documents added" -> "system documents"; "1,000 ships around" -> "ships";
    "248 junior and middle managers" (joined words); "3 are independent directors" (after a copula);
    "2 General Meetings of Shareholders" (a name in title case); "0 recall event", "1 kind" (one or
    none of a thing is singular); "316 business ethics training" (a caption: the phrase runs to the
    end). "five main" -> "" (no noun); "six by 2050" -> "" (a function word is no unit)."""
    m = re.match(r"^\s?(?:(?:are|were|is|was)\s+)?((?:[A-Za-z][A-Za-z&\-'’]*\s?){1,%d})(?P<rest>.*)$" % max_words,
                 after, re.S)
    if not m:
        return ""
    words = _WORD.findall(m.group(1))[:max_words]
    to_end = not m.group("rest").strip(" .;:)") and len(words) < max_words
    phrase: list[str] = []
    found = _read_phrase(words, after, value, phrase)
    if found is not None:
        return found
    while phrase and phrase[-1].lower() in _CONNECTORS | _TITLE_LINKS:
        phrase.pop()
    titled = len(phrase) >= 2 and all(w[:1].isupper() or w.lower() in _TITLE_LINKS for w in phrase)
    if phrase and ((to_end and len(phrase) >= 2) or titled):
        return " ".join(phrase)   # "316 business ethics training" | "328 Prefectural-level Division"
    return ""


def _before_participle(phrase: list[str], value: float | None) -> str:
    """A participle ends the thing counted: "0 recall actively initiated by" (one or none: singular)."""
    while phrase and phrase[-1].lower().endswith("ly"):
        phrase.pop()
    return " ".join(phrase) if value is not None and value <= 1 else ""


_HEADS = {"personnel", "staff", "employees", "workers", "members", "managers", "officers", "people"}


def _head_after(nxt: list[str]) -> list[str]:
    """What a plural joins after it: the head noun it modifies ("chemicals [management personnel]",
    "stock [incentive plans]"), a second noun ("countries [and regions]") or what it is a kind of
    ("categories [of awards]")."""
    low = [w.lower() for w in nxt]
    if len(nxt) >= 2 and low[0] in ("and", "or", "of") and _plural_like(nxt[1]) and low[1] not in _FUNCTION \
            and low[1] not in _VERBS_IN_S:
        return nxt[:2]
    for k, w in enumerate(low):
        if w in _FUNCTION or w in _CONNECTORS or w in _VERBS_IN_S:
            return []
        if w in _HEADS or (_plural_like(nxt[k]) and nxt[k][:1].islower()):
            return nxt[: k + 1]
    return []


def _read_phrase(words: list[str], after: str, value: float | None, phrase: list[str]) -> str | None:
    """Words join `phrase` up to its first plural noun (returned: the count's noun), or until a word
    ends it (None: `phrase` holds what was read)."""
    plain = False   # once a lower-case word joins, the phrase is no title
    for i, w in enumerate(words):
        low = w.lower()
        title = bool(phrase) and phrase[0][:1].isupper() and not phrase[0].isupper() and not plain   # "LNG": no title
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (low in _CONNECTORS and phrase and nxt) or (low in _TITLE_LINKS and title and nxt[:1].isupper()):
            phrase.append(w)
            continue
        if low in _FUNCTION or low in _VERBS_IN_S or (re.search(r"['’]s$", w) and not phrase and w[:1].isupper()):
            return None   # "3,112 KSTAR's inverters": a name's possessive opens no count; "90 investor's questions" does
        if phrase and len(w) > 4 and low.endswith("ed") and not title:
            return _before_participle(phrase, value)
        if title and not w[:1].isupper():
            if len(phrase) > 1:
                return None
            plain = True   # "1,285 Female employees": one capital opens a plain phrase
            title = False
        phrase.append(w)
        if title and nxt.lower() in _TITLE_LINKS and i + 2 < len(words) and words[i + 2][:1].isupper():
            continue   # "2 General Meetings of Shareholders": a title runs on
        if _plural_like(w) and not (title and nxt[:1].isupper()):
            phrase += _head_after(words[i + 1: i + 3])   # "37 hazardous chemicals management personnel"
            per = re.match(r"^\s?per\s+[a-z]+\b", after[after.find(phrase[-1]) + len(phrase[-1]):])
            return " ".join(phrase) + (per.group(0) if per else "")   # ... "2 calls per day"
        if value is not None and value <= 1 and (not nxt or nxt.lower() in _FUNCTION or len(phrase) == 4):
            return " ".join(phrase)   # "0 recall event", "1 employee representative supervisor"
    return None


# --- rejection rules -------------------------------------------------------------------------------

@dataclass
class Candidate:
    """One number of a sentence with what stands around it."""
    sentence: str
    start: int              # where the number (or its currency) starts in the sentence
    end: int                # where the number (and its per cent) ends
    num: str
    pct: bool
    cur: str
    unit: str               # the unit read after it ("" when none)
    counted: bool           # the unit is a counted noun, not a unit of measure
    label: str = ""         # what the clause before calls it
    heading: bool = False   # the text is a heading
    sibling: bool = False   # it continues a list of quantities ("55 sessions, 30 projects, 59 ...")
    paged: bool = False     # the text was laid out on a page (a PDF), not read in order from a text file

    @property
    def before(self) -> str:
        return self.sentence[: self.start]

    @property
    def tail(self) -> str:
        """The end of `before`, for what is read right before the number (a search anchored at its end
        over the whole sentence would read the sentence once per number)."""
        return self.sentence[max(0, self.start - TAIL_CHARS): self.start]

    @property
    def after(self) -> str:
        return self.sentence[self.end:]

    @property
    def measured(self) -> bool:
        return bool(self.pct or self.cur or self.unit)


TAIL_CHARS = 100           # what the words right before a number are read from
IDENTIFIER_DIGITS = 5        # a bare run of this many digits or more without a unit is an identifier
_OPENING = re.compile(r"^\s*(?:[-–•·*▪●○■□]\s*)*$")
_NAME_WORD = opening(re.compile(r"(?<![\w.])([A-Z][A-Za-z]+)\s+$"))
_CAPS_WORD = re.compile(r"(?<![\w.])[A-Z]{3,}[-\s]$")
_AFTER_COUNT = re.compile(r"\d[\d,.]*\+?\s+(?:[A-Za-z][\w-]*\s+){0,3}$")
_COUNT_WORDS = re.compile(
    r"\b(?:number|numbers|total|totals|count|headcount|quantity|amount|sum|score|rating|rank(?:ed|ing)?|"
    r"value|index|ratio|rate|attendance|frequency|level)\b"
    r"|\b(?:a total of|totall?ed|amounted to|reached|stood at|numbered)\s*$", re.I)
_DOC_SECTION = re.compile(r"(?:^|\s)[A-Z]{2,4}\s?[:：]\s*$")   # "AR: 4 Board of Directors"
_COPULA = re.compile(r"\b(?:is|are|was|were|be|been|remained|reached|stood at|totall?ed|amounted to|equals?|"
                     r"exceed(?:ed|s)?)\s+(?:(?:above|below|over|under|at least|at most|more than|less than|about|"
                     r"approximately|around|nearly|up to|only|just|still|also)\s+)?(?:at\s+)?$", re.I)


def identifier(c: Candidate) -> bool:
    """"213200", "91320400MA1..." : a long run of digits with no separator and no unit."""
    return (not c.measured and "," not in c.num and "." not in c.num and len(c.num) >= IDENTIFIER_DIGITS
            and not _COUNT_WORDS.search(c.label))


def numbering(c: Candidate) -> bool:
    """A number opening its line before a capitalised word or a colon: a list item, a section or a
    footnote ("2.2 Reducing our GHG emissions", "- 1 Materiality:", "3: Voluntary agreements"). In a
    paragraph, "9 Industrial Bases" counts bases; in a heading it numbers the section."""
    if c.pct or c.cur:
        return False
    if re.fullmatch(r"\d{1,2}\.\d{1,2}(?:\.\d{1,2})*", c.num) and (not c.measured or (c.counted and c.unit[:1].isupper())) \
            and re.match(r"^\s+[A-Z][a-z]", c.after) and not _COPULA.search(c.tail):
        return True   # "... 4.9 Internal organisation": a section number anywhere
    if c.counted and c.unit[:1].isupper() and re.fullmatch(r"\d{1,2}", c.num) and not _plural_like(c.unit.split()[-1]) \
            and not re.search(r"\b(?:of|with|has|have|had|held|set up|established|total)\s*$", c.tail, re.I):
        return True   # "- 1 Materiality: ...", "associations 1 Bombay Chamber ...": an item's number before its title
    if not _OPENING.match(c.before) and not _DOC_SECTION.search(c.tail):
        return False
    if not re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){0,3}", c.num):
        return False
    nxt = c.after.lstrip()
    if _DOC_SECTION.search(c.tail) and (not c.measured or (c.counted and c.unit[:1].isupper())):
        return True   # "AR: 4 Board of Directors": a section of another document
    if re.match(r"^[:：.、)]\s*\S", c.after) or ("." in c.num and nxt[:1].isupper()):
        return True
    if c.counted and c.unit[:1].isupper() and (rest := nxt[len(c.unit):] if nxt.startswith(c.unit) else "") \
            and (w := re.match(r"^\s+([a-z][\w-]*)", rest)) and w.group(1) not in _FUNCTION:
        return True   # "2 Excludes joint ventures": a footnote's sentence, not "9 Industrial Bases"
    if c.counted:
        return False
    return bool(re.match(r"^[A-Z\u4e00-\u9fff\"“]", nxt))


def name_number(c: Candidate) -> bool:
    """A bare number closing a name ("Action 4", "Assessment Report 4", "Phase 1 renewables"): right
    after a capitalised word that does not open the sentence, and followed by no unit."""
    if not (c.pct or c.cur) and (not c.unit or c.counted) and re.fullmatch(r"\d{1,2}", c.num) \
            and _CAPS_WORD.search(c.tail):
        return True   # "COVID 19 protocols": an upper-case name ends in the number
    if (c.measured and not (c.counted and c.unit[:1].isupper())) or "," in c.num:
        return False
    tail = c.tail
    m = _NAME_WORD.search(tail)
    if not m or _AFTER_COUNT.search(tail) or m.group(1).lower() in _FUNCTION:
        return False   # "4 Municipalities 328 Prefectural-level Division": the words of the count before
    if _OPENING.match(c.before[: len(c.before) - len(tail) + m.start()]):
        # the capitalised word opens the line: "Action 4 Advance studies" is a name when a
        # capitalised word (or nothing) follows; "Nearly 40 brands" is not a name
        return bool(re.match(r"^\s*[A-Z(\[]|^\s*$|^\s*[:.]", c.after)) \
            and m.group(1).lower() not in ("nearly", "about", "over", "some", "approximately", "around", "only")
    return True


def no_quantity(c: Candidate) -> bool:
    """A number that measures nothing: no unit, no currency, no per cent, no noun it counts, no
    thousands separator, and no clause that calls it a number, a total or the value of something."""
    if c.measured or "," in c.num or c.sibling:
        return False
    if not c.sentence[: c.start].strip(" -–•*≤≥<>~") and not c.after.strip(" .+*"):
        # the whole text is the figure: its caption or its row names it; "3." alone numbers a list
        return bool(re.fullmatch(r"\s*[.)、]\s*", c.after)) and "." not in c.num
    # "Number of patents: 4,542" is a figure; "Organic growth⁴: 25", a chart's point, is not
    colon = re.search(r"[:：]\s*$", c.tail) and "." in c.num
    return not (_COUNT_WORDS.search(c.label or "") or colon or _COPULA.search(c.tail))


_VERBISH = VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|be|been|will|would|can|could|may|shall|should|"
                                r"[a-z]{3,}ed|[a-z]{3,}ing)\b|[,;]")


def chart_labels(c: Candidate) -> bool:
    """A number between the captions of a chart read as one line ("Means of Transport 1.1% Sea",
    "Science & environment 1 Community engagement includes"): a capitalised word follows its unit and
    nothing before it in the line is a clause (no verb, no comma)."""
    nxt = c.sentence[c.end:]
    if c.unit and not c.counted and not c.pct:
        nxt = nxt[nxt.find(c.unit) + len(c.unit):] if c.unit in nxt else nxt
    follows = re.match(r"^\s*(?:\([^)]*\)\s*)?([A-Z][a-z]+)\b", nxt)
    before = c.before.strip()
    if (c.pct or c.unit) and not c.counted and re.match(r"^\s+[-–]\s+[A-Z][a-z]", nxt) and not _VERBISH.search(before):
        return True   # "68% - Smelting (electricity)": a legend's item
    if not follows or (c.counted and nxt.lstrip().startswith(c.unit)):
        return False
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return False   # inside a quoted name: "“Baotou 3.2 MW Distributed Photovoltaic Project”"
    return bool(before) and not _VERBISH.search(before)


_INDEX_CODE = opening(re.compile(r"\b(?:GRI\s?)?[1-4]\d{2}-\d{1,2}\b|\bGRI\s?[1-4]\d{0,2}\b|\b[A-Z]{2}-[A-Z]{2,3}-\d{3}"))


@lru_cache(maxsize=32)
def _cites_codes(sentence: str) -> bool:
    return _INDEX_CODE.search(sentence) is not None


def index_row(c: Candidate) -> bool:
    """A row of a content index read as prose ("305 Emissions 103-1"): the line cites standards'
    codes, and the number is a bare code or page beside them."""
    return _cites_codes(c.sentence) and not (c.pct or c.cur or (c.unit and not c.counted)) \
        and (not c.counted or c.unit[:1].isupper())


_LEADER = opening(re.compile(r"(?:\.\s?){5,}|…{2,}"))


def contents_line(c: Candidate) -> bool:
    """A line of a table of contents ("13 Our contribution to the SDGs . . . . . . 24"): a dot leader
    runs between its title and its page; its numbers are chapters and pages."""
    return not (c.pct or c.cur) and _LEADER.search(c.sentence) is not None


RULES = (identifier, numbering, name_number, index_row, contents_line, chart_labels, no_quantity)


def rejected_by(c: Candidate) -> str | None:
    for rule in RULES:
        if rule(c):
            return rule.__name__
    return None
