"""Whether the name read for a number in prose says what the number is an amount of (issue 15).

Each rule is a named function of a `Candidate` and its name, like the rules of `gate` (which runs them):
when the name says nothing measured, the number gives no fact (when unsure, abstain).

- a count named by its own noun only: "with a total of 1,600 attendees" (attendees of what?) -- unless a
  predicate after the noun says what happened to them ("2,000 trees were planted": `clause_names.name_of`);
- a part of a breakdown named by its part word only: "(total 90, 60 permanent and 30 seasonal)",
  "of which about 40% due to ...": the whole it is a part of is named elsewhere;
- on a page, a short line with no clause ("• 10% reduction", "China: 1.04"): a cell or a legend;
- the bound that defines a class: "sites whose energy use exceeds 2 TJ";
- a share named only by its whole: "52% of the total", "97% of our managers";
- a name that is the part before it in a breakdown: "(39 in Japan, 22 overseas)";
- a name that only points back: "This figure was", "These represent", "Those amounted to";
- the interval of a procedure: "inspected every three months": a rule, not an amount reported;
- a code glued to a number and used as a name: "2FA logins", "a 3PL provider", "(5S)";
- a ratio "one in five", a count opening a defined title "the 12 Principles of Green Chemistry (PGC)", a
  bare number at the end of a text cut at a line or column break ("... 698 (prior").
"""
from __future__ import annotations

import re

from .clause_names import predicate_after
from .frames import FRAME_WORDS, says_nothing
from .quantity import COUNT_NOUNS, FUNCTION_WORDS, Candidate
from .running import RUNNING_TEXT
from ..core.opening import opening

_ONE_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def own_noun(c: Candidate, label: str) -> bool:
    """"with a total of 1,600 attendees": the count's only name is the noun it counts (more than one of it;
    "0 recall" names a whole kind of event)."""
    name = label.strip()
    if name.lower() in FUNCTION_WORDS:
        return False   # "across 45 farms", "in 10 countries": the scope of a statement, named by the noun
    if says_nothing(name) and " … " not in name:   # "with a total of 1,600 attendees": the noun will be its name,
        # unless a predicate follows it or a figure before it in the sentence names its subject (facts/naming.py)
        told = predicate_after(c.sentence[c.end:], c.unit) or _FIGURE_BEFORE.search(c.sentence[: c.start]) \
            or (re.fullmatch(r"[a-z]{3,}ing", name) and "," in c.sentence[: c.start])   # ", attracting 900 visitors"
        name = "" if told else c.unit
    if not c.counted or c.heading or " " in name or name.lower() != c.unit.strip().lower():
        return False   # (a figure set as a heading, "80 measures", is named by the line above it: facts/extract.py)
    try:
        return float(c.num.replace(",", "")) > 1
    except ValueError:
        return True   # a spelled number ("Six issues"): more than one


_FIGURE_BEFORE = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d\b)\d")
_PART_WORD = re.compile(r"[a-z][a-z-]*")


def part_word(c: Candidate, label: str) -> bool:
    """"(total 90, 60 permanent and 30 seasonal)", "of which about 40% due to retirement": a part of a
    breakdown named only by a lower-case word (no noun that says what the part is of, no verb that did it;
    "40% women and 60% men" name groups of people; "another 100 million" is named by the figure before it)."""
    name = label.strip()
    if not c.sentence[: c.start].strip(" -–•*"):
        return False   # a figure opening its text ("0.02 t/t output") is named by its caption (facts/extract.py)
    if not _PART_WORD.fullmatch(name) or name.endswith(("ed", "ing")) or name in COUNT_NOUNS or name in FRAME_WORDS \
            or c.counted and name == c.unit.strip().lower() \
            or c.unit[:1].isalpha() and re.search(r"\b" + re.escape(name) + r"\s*$", c.tail) \
            and (name in FUNCTION_WORDS or c.unit.strip() != name):
        return False   # the word before a measured figure names it ("employs 99,637 people", "taxes €1.8 billion",
        # "across 50 projects"), not a word after it ("1,408 tonnes within the year", "19.5 million overseas")
    if c.unit.strip().lower() in _SCALES and name.endswith("s"):
        return False   # "5.4 million consignments": the noun the scale counts
    return c.unit.strip() in ("", "%", name) or not c.counted   # ("across 50 projects, in 10 countries": a noun)


_SCALES = {"thousand", "million", "billion", "trillion", "k", "mn", "bn"}


_POINTER = re.compile(r"^(?:this|these|those|that|it|they)\b", re.I)
_EMPTY = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "now", "also",
          "still", "further", "value", "volume", "figure", "amount", "number", "total", "sum", "share", "result", "level"}


def points_back(c: Candidate, label: str) -> bool:
    """"These amounted to a total of", "That represents … of our total workforce", "This is now supported by":
    the name opens with a pronoun or a demonstrative and holds at most one word of its own besides verbs and
    measure words; what it stands for is in another sentence ("This included benefits like lumpsum payments
    of" names them)."""
    if not _POINTER.match(label.strip()) or re.match(r"(?i)that of\b", label.strip()):   # ("and that of lithium ≥ 85%")
        return False
    words = [w.lower() for w in _ONE_WORD.findall(label)[1:]]
    own = [w for w in words if w not in FUNCTION_WORDS and w not in _EMPTY and not re.search(r"(?:ed|ing)$", w)]
    return len(own) <= 1


_LIMIT_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.I)
_PERIOD = re.compile(r"(?:(?:working|calendar|business)\s+)?(?:days?|hours?|hrs|weeks?|months?|years?|minutes?)", re.I)


def procedure_interval(c: Candidate, label: str) -> bool:
    """"tested every six months", "reviewed each 3 years": the interval of a procedure, not an amount reported.
    (A time limit, "set up a response group within 8 hours", is a commitment the sample keys count as a fact.)"""
    small = not re.fullmatch(r"[\d,.]+", c.num) or float(c.num.replace(",", "")) <= 60   # ("every 534,000 hours worked": a rate)
    return small and _PERIOD.fullmatch(c.unit.strip()) is not None and _LIMIT_BEFORE.search(c.tail) is not None


_MEASURE = re.compile(r"[kMGT]?(?:W[hp]?|VA|J|Hz|V|Ah?|t|g|m|l|L)|CO2e?|PM|KM|KG|MT|KT|GT|ML|GL|[KMGT]WH|[KMGTP]J|MW|GW|KW|[KMGTP]B|[KMGT]?Hz|[KMG]bps")
_GLUED_NAME = re.compile(r"^[A-Z]{2,4}(?:\)|\s+\([a-z]|\s+(?!(?:in|on|at|by|to|of|for|per|and|or|the|a|an|is|was|were|are)\b)[a-z])")


def glued_name(c: Candidate, label: str) -> bool:
    """"3TG metals", "a 4PL company", "(2FA)": capitals glued to a number that are no unit, before a noun or
    a closing bracket, are a name ("130WM in the future" is a unit printed wrong and kept)."""
    rest = c.sentence[c.end:]
    return bool(c.unit) and rest.startswith(c.unit) and c.unit.isupper() and not c.pct and not c.cur \
        and not _MEASURE.fullmatch(c.unit) \
        and _GLUED_NAME.match(rest) is not None


def one_in(c: Candidate, label: str) -> bool:
    """"One in five phones is repaired": a ratio, not five of anything."""
    return re.search(r"\b(?:one|1)\s+(?:in|out of)\s*$", c.tail, re.I) is not None


def defined_name(c: Candidate, label: str) -> bool:
    """"the 12 Principles of Green Chemistry (PGC)": a count opening a title that its acronym then defines is
    part of a name being introduced, not an amount."""
    words = re.findall(r"[A-Za-z]+", c.unit)
    rest = c.sentence[c.end:]
    m = re.match(r"^\s*" + re.escape(c.unit) + r"\s*\(([A-Z]{2,})s?\)", rest) \
        if c.counted and len(words) >= 2 and re.search(r"\b(?:the|identif\w+|defin\w+|sets? out|adopt\w+)\s*$", c.tail, re.I) else None   # (a set named: "the 17 ...";
    # "installed 4 High-Volume Fans (HVF)" counts things)
    initials = "".join(w[0] for w in words if w[0].isupper())
    return m is not None and m.group(1).startswith(initials[:2]) and all(w[0].isupper() or len(w) <= 3 for w in words)


def cut_short(c: Candidate, label: str) -> bool:
    """"In 2021, there were over 70,000 MyService" / "... 698 (prior": a bare number at the end of a text
    cut at a line or column break: what it counts is on a line not read with it."""
    if c.pct or c.cur or c.unit:
        return False
    rest = c.sentence[c.end:]
    return not re.search(r"[.!?。:;)]\s*$", rest) and len(rest.strip()) <= 14 and re.search(r"[^\W\d_]|\(", rest) is not None


_SIBLING = re.compile(r"^(?:of whom|of which|including)?\s*\d[\d,.]*%?\s+(?:(?:are|were|is|was)\s+)?(?:in|from|at|abroad|overseas)\b",
                      re.I)


def sibling_part(c: Candidate, label: str) -> bool:
    """"(39 in Japan, 22 overseas)", "of whom 20,632 are in Italy and 11,256 are abroad": the name read is the
    part before it, another figure's."""
    return _SIBLING.match(label.strip()) is not None


_DOES = re.compile(r"\b(?:is|are|was|were|has|have|had|be|been|will|would|can|could|may|[a-z]{2,}ed|[a-z]{3,}ing|"
                   r"[a-z]{3,}s\s+(?:from|in|on|to|at|by|for|with)\b)", re.I)


def whole_only(c: Candidate, label: str) -> bool:
    """"52% of the total", "97% of our managers", "26% of total electricity consumption": a share named only by
    the whole it is a share of, with nothing said of the part ("72% of the power we use is from wind" is)."""
    name = label.strip()
    if not c.sentence[: c.start].strip(" -–•*"):
        return False   # a figure opening its text ("52% of the total") is named by its caption (facts/extract.py)
    return c.pct and name.lower().startswith("of ") and " … " not in name and _DOES.search(name) is None


_CLASS_BOUND = re.compile(r"\b(?:whose|which|that|where)\b[^;.]{0,160}?\b(?:exceeds?|exceeding|(?:is|are)\s+(?:greater|more|less|"
                          r"higher|lower|larger|smaller)\s+than|(?:is|are)\s+(?:above|below))\s*$", re.I)


def class_bound(c: Candidate, label: str) -> bool:
    """"sites whose annual energy use exceeds 2 TJ", "plants which, though outside the park, are less than 3 km
    away": the bound that defines a class of things, not an amount reported."""
    window = c.sentence[max(0, c.start - 200): c.start]
    if not _THAN_OR_EXCEEDS.search(window[-40:]):
        return False   # (the cheap test first: the bound's words end the window)
    return _CLASS_BOUND.search(window) is not None


_THAN_OR_EXCEEDS = opening(re.compile(r"(?:than|exceeds?|exceeding|above|below)\s*$", re.I))


_CLAUSE_MARK = re.compile(r"\b(?:is|are|was|were|has|have|had|be|been|will|would|can|could|may|shall|should|[a-z]{2,}ed|"
                          r"[a-z]{3,}ing|we|our|it|they)\b|[,;]|[.!?]['’”)]?\s*$", re.I)
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def layout_fragment(c: Candidate, label: str) -> bool:
    """On a page, a short line with no clause ("• 10% reduction", "China: 1.04", "Associate 30%*",
    "290 billion yen in fiscal 2023"): a cell, a legend or a call-out whose name stands elsewhere in the
    layout; prose says what its figure is in a clause of its own. (Text files keep their call-outs: their
    captions are the lines above, read by facts/extract.py.)"""
    if not c.paged or _UNSPACED.search(c.sentence):
        return False   # (a script written without spaces has no word count to go by)
    if len(c.sentence.split()) > 8 or _CLAUSE_MARK.search(c.sentence) is not None:
        return False
    return not _captioned_measure(c, label)


def _captioned_measure(c: Candidate, label: str) -> bool:
    """"North America – Scope 1&2: 7.3Mt CO2e", "$425 million total decarbonisation spend": a measured figure
    and a name of two words or more on its line is a figure with its caption."""
    own = [w for w in _ONE_WORD.findall(label) if len(w) > 2 and w.lower() not in FUNCTION_WORDS
           and w.lower() not in FRAME_WORDS and w.lower() not in c.unit.lower()]
    measured = c.cur or re.search(r"[A-Za-z]", c.unit) and c.unit.strip().lower() not in _SCALES and not c.pct
    return bool(measured and len(own) >= 2)


def outside_running_text(c: Candidate, label: str) -> bool:
    """On a page, a sentence that is not running text: a grid's cell, a table row, a label (facts/running);
    a measured figure with its caption on a line of words with no verb is kept (`_captioned_measure`)."""
    if not c.paged or (why := RUNNING_TEXT.outside(c.sentence)) is None:
        return False
    return why != "no clause" or not _captioned_measure(c, label)


RULES = (outside_running_text, own_noun, part_word, sibling_part, whole_only, class_bound, layout_fragment, points_back, procedure_interval, glued_name, one_in, defined_name, cut_short)
