"""Names borrowed from a neighbour: a number whose name was read from words that belong to another figure or
to another phrase of its sentence (issue 15). Each rule is a named function of a `Candidate` and its name, run
by `gate.abstains` like the rules of `subjects`: when the name read is not the number's own, no fact.

- no measured subject: read through, the name is connectives, verbs, pronouns and measure words only
  ("Moreover", "broken down as follows", "an improvement of", "Expected to be"), and the number is a share
  or an amount of money (a unit of measure or a counted noun says what is measured);
- the change of the figure before it: "revenue of 80.2 million, 4.1 million increase over the prior year":
  the name read before it is the figure's, not its change's;
- the second of two joined phrases: "at the head office and 7 at the branches", "sales of 4 million and 12%
  abroad": a name that ends in "and"/"or" is the first phrase's words (a counted noun names its own number);
- on a page, a sentence of many figures (a list or a table flattened into a line) past its first figure:
  the words right before a later figure name one of its neighbours as often as not.
"""
from __future__ import annotations

import re

from .frames import FRAME_WORDS, says_nothing
from .quantity import FUNCTION_WORDS, Candidate

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_YEARISH = re.compile(r"(?:FY\s?)?(?:19|20)\d\d(?:[-/]\d{2,4})?")
# words that say nothing of what is measured: connectives, pronouns, auxiliaries and light verbs, words of a
# change or a plan, and the measure words every figure could carry (general English, no report's words)
_EMPTY = frozenset("""
furthermore moreover additionally addition also despite however therefore thus hence meanwhile besides likewise
instead still yet even just only already currently now then there here this these those that it its they them their
we our us you your he she his her which who whom whose what as follows following follow above below further
is are was were be been being am has have had having will would shall should can could may might must do does did
done get gets got make makes made take takes took give gives gave see saw seen go goes went come came become became
plan plans planned aim aims expected expect expects estimated able likely set sets put offer offers grant grants
divided split broken
increase increases decrease decreases improvement improvements change changes rise rises drop drops decline
declines growth gain gains reduction reductions fall falls up down higher lower more less new
huge significant significantly slight slightly sharp sharply strong strongly almost nearly
roughly around approximately about some all each every whole total overall number numbers amount amounts value
values figure figures level levels rate share ratio percentage proportion result results
unchanged same similar other others another respectively prior previous last current
""".split())
_ADVERB = re.compile(r"[a-z]{3,}ly")   # ("donated", "invested", "training": verbs and nouns that say what)
_MONEY = re.compile(r"(?:(?:thousand|million|billion|trillion|mn|bn|k|m|b|crores?|lakhs?)\s?)*(?:yen|yuan|rmb|usd|eur|euros?|"
                    r"chf|francs|swiss francs|dollars|rupees|inr|jpy|gbp|pounds sterling|crores?|lakhs?)?", re.I)


def _content(label: str) -> list[str]:
    words = _WORD.findall(_YEARISH.sub(" ", label))
    return [w for w in words if (lw := w.lower()) not in FUNCTION_WORDS and lw not in FRAME_WORDS and lw not in _EMPTY
            and not _ADVERB.fullmatch(lw)]


def no_subject(c: Candidate, label: str) -> bool:
    """"Moreover, 12% …", "broken down as follows: 40% …", "an improvement of 3.2 million", "Expected to be about
    50 million": no word of the name says what is measured, and the number counts no noun that would. (A name
    of function and frame words only, "In the year under review", is left to facts/naming, which reads the
    subject of the clause for it.)"""
    if not (c.pct or c.cur or (c.unit and _MONEY.fullmatch(c.unit.strip()))) or not label.strip() \
            or says_nothing(label) or _UNSPACED.search(label) or _OTHER_YEAR.fullmatch(label.strip()):
        return False   # (a unit of measure or a counted noun says what is measured: "12 people", "3 GWh"; "98%
        # (prior year: 95%)" is named after the figure before it by facts/narrative._emit)
    if c.pct and _CHANGE_WORD.search(label):
        return False   # "Up by 18%", "the total decrease was 7.5%": a relative change, named by its caption or by the
        # sentence before (facts/naming reads that)
    return not _content(label)


_OTHER_YEAR = re.compile(r"(?:the\s+)?(?:prior|previous|last)\s+year|(?:FY\s?)?(?:19|20)\d\d", re.I)
_CHANGE_WORD = re.compile(r"^\W*(?:up|down)\b|\b(?:increase\w*|decrease\w*|growth|grew|rise|rose|fell|decline\w*|reduc\w*|yoy|"
                          r"year-on-year)\b", re.I)


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")   # kana, CJK ideographs, hangul: no words
_CHANGE_NOUN = re.compile(r"^\s*(?:increase|decrease|rise|drop|decline|reduction|improvement|deterioration|growth|gain|"
                          r"fall|shortfall)s?\b(?!\s+(?:of|in)\b)", re.I)
_FIGURE_THEN_COMMA = re.compile(r"\d(?:[.,]\d+)*\s?(?:%|[^\W\d_]+(?:\s[^\W\d_]+){0,2})?\s*,\s*(?:an?\s+|the\s+)?$")


def change_of_figure(c: Candidate, label: str) -> bool:
    """"revenue of 80.2 million, 4.1 million increase over the prior year": a figure set right after another
    one and followed by a change noun is that figure's change; the name read before it is the other's."""
    after = c.sentence[c.end:]
    if c.unit and after.lstrip().startswith(c.unit):
        after = after.lstrip()[len(c.unit):]
    return _CHANGE_NOUN.match(after) is not None and _FIGURE_THEN_COMMA.search(c.sentence[: c.start]) is not None


def second_phrase(c: Candidate, label: str) -> bool:
    """"trained at the head office and 7 at the branches": a name that ends in "and" or "or" (with nothing read
    after the number) is the first of two joined phrases, not the one the number opens. A number that counts a
    noun ("two depots and 7 outlets") is named by that noun, and kept."""
    if c.counted:
        return False   # "operates two depots and 7 outlets": the noun it counts names it
    return " … " not in label and re.search(r"\b(?:and|or)[\s<>≤≥~]*$", label) is not None   # ("… and >90% …")


# on a page, a sentence with this many figures (years aside) is a list or a table flattened into a line
DENSE_FIGURES = 6
_A_FIGURE = re.compile(r"(?<![\w.,])\d[\d,.]*")
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|be|been|will|would|[a-z]{2,}ed|took|made|gave|rose|fell|"
                          r"grew|met|held|won|spent|paid|sold|built|led|saw|reached)\b")
_ITEM_BREAK = re.compile(r"\s(?://|[•▪●■|])\s|;\s")


def dense_line(c: Candidate, label: str) -> bool:
    """On a page, a figure after the first of a sentence that holds `DENSE_FIGURES` figures or more ("Site A
    (1,200 t/year) Site B - 3 units (800 t/year) ..."): a flattened list whose names stand beside other figures --
    unless a verb stands between it and the figure before ("…, Plant B used 1.5 t"): a clause of its own."""
    if not c.paged:
        return False
    lo = max((m.end() for m in _ITEM_BREAK.finditer(c.sentence, 0, c.start)), default=0)   # "// A by 4% // B by 2%":
    hi = next((m.start() for m in _ITEM_BREAK.finditer(c.sentence, c.end)), len(c.sentence))   # items of their own
    figures = [m for m in _A_FIGURE.finditer(c.sentence, lo, hi) if not _YEARISH.fullmatch(m.group().rstrip(",."))]
    if len(figures) < DENSE_FIGURES or figures[0].start() >= c.start:
        return False
    prev = max((m.end() for m in figures if m.end() <= c.start), default=lo)
    gap = c.sentence[prev: c.start]
    own = re.split(r"[,;]", gap)[-1]   # the words after the last break: "…, Plant B used 1.5 t" is a clause of its own;
    return _CLAUSE_VERB.search(own) is None   # "9% … was recycled, 2% was …": the verb before the comma is the 9%'s


RULES = (no_subject, change_of_figure, second_phrase, dense_line)
