"""What a number in a sentence is named by, read from the clause around it: the words before it ("The waste
recovery rate has risen to"), what follows it when that says what it is an amount of ("72% of the electricity
we use"), what the clause says was done to the things it counts ("5,220 fingerlings were released"). The
number's year is read by `clause.py`.
"""
from __future__ import annotations

import re

from ..core.limits import limits
from ..model import Fact
from .clause import MONTH as _MONTH
from ..core.opening import opening

_CLAUSE_START = opening(re.compile(r",(?!\d{3})(?!\s?(?:19|20)\d\d\b)|[;:，；：(（•]|//|\s[–—-]\s|(?<=[a-z)])\.\s|(?<!\d\s)\b(?:and|while|with|which|where|including|whereas)\b", re.I))
_LEAD_IN = re.compile(r"^(?:(?:in|during|as of|as at|by the end of|at the end of|for)\s+(?:FY\s?)?(?:19|20)\d\d,?\s*|"
                      r"within the reporting period,?\s*|during the reporting period,?\s*)", re.I)
_OF_AFTER = opening(re.compile(r"^\s?(?:of|in|on)\s+(?!" + _MONTH + r"\s+\d)((?:[Ss]cope\s?\d|[^\d,;:.()]|\.(?=\d)){3,70}?)(?=[,;:.()]|\s(?:is|was|were|are|has|have|"
                       r"from|by|in \d|in " + _MONTH + r"\s+\d|compared|which|that|and \d|\d)|$)", re.I))
_NOUN_AFTER = re.compile(r"^\s?((?:reduction|decrease|increase|growth|drop|decline|rise|share|proportion|improvement|"
                         r"higher|lower|(?:percentage\s+)?points?\s+(?:up|down|higher|lower)|"   # "30% higher than", "0.2 points up"
                         r"cut|saving|savings|abatement|[a-z]{4,}(?:ation|ment|ance|ence)(?=\s+(?:of|in)\s))(?:\s+(?:in|of)\s+[^\d,;:.()]{3,60}?)?)(?=[,;:.()]|\s(?:is|was|were|"
                         r"from|by|compared|relative|against|versus|vs|than|year)\b|$)", re.I)
_ARTICLES = {"a", "an", "the"}
_QUALIFIERS = {"about", "around", "approximately", "nearly", "almost", "over", "some", "roughly", "circa", "approx.",
               "more than", "less than", "up to", "at least", "at most", "close to", "as many as", "only", "just"}
_CURRENCY = r"(?:RMB|CNY|HKD|HK\$|USD|US\$|CHF|JPY|INR|\$|¥|￥|€|₹|EUR|GBP|£)"
CLAUSE_CHARS = 160
# a word that is only a currency (each of _CURRENCY's alternatives): a set lookup, not a regex per word
_CURRENCY_WORDS = frozenset(("RMB", "CNY", "HKD", "HK$", "USD", "US$", "CHF", "JPY", "INR", "$", "¥", "￥", "€", "₹",
                             "EUR", "GBP", "£"))
_STOP = {"and", "or", "with", "of", "in", "to", "the", "a", "an", "by", "for", "from", "on", "at", "as",
         "compared", "than", "which", "that", "is", "was", "were", "are", "yoy", "year-on-year", "respectively"}


_ASIDE = re.compile(r"[(（][^()（）]{0,80}[)）]")


def label_before(sentence: str, end: int, words: int = 8) -> str:
    """The words of the clause before the number: "The waste recovery rate has risen to". A name that
    starts inside a long bracket ("... Housing Fund) amounted to") is read from before the bracket; a line
    "South America – Scope 1&2: 0.5Mt" is named by both its parts."""
    if (part := _PART_OF.match(sentence[:end])) is not None:
        return f"{part[1].strip()} – {part[2].strip()}"
    label = _label_before(sentence, end, words)
    if label.count(")") > label.count("(") and (close := sentence.rfind(")", 0, end)) > 0 \
            and (opened := sentence.rfind("(", 0, close)) > 0:
        head, rest = _label_before(sentence, opened, words), sentence[close + 1:end].strip()
        rest = " ".join(w for w in rest.split() if w.lower() not in _QUALIFIERS and w not in _CURRENCY_WORDS)
        if head and not re.search(r"\d", rest):
            return f"{head} {rest}".strip()
    return label


_PART_OF = opening(re.compile(r"^\s*(?:[-–•*]\s*)?([A-Z][^–—:;.\d]{1,40}?)\s[–—]\s([^–—:;.]{2,40}?)\s*[:：]\s*$"))


def _label_before(sentence: str, end: int, words: int = 8) -> str:
    before = sentence[max(0, end - limits().context_chars):end].rstrip()
    if re.search(r"[a-z)][.!?。]$", before):
        return ""   # a sentence ended: "... at our operations. 4.5Mt" names nothing
    # the clauses of the last CLAUSE_CHARS only: a name is never read further back, and a run of
    # brackets or commas ("(1(1(1") would make every number walk every clause of its window
    start = max(0, len(before) - CLAUSE_CHARS)
    # a bracket closed before the number is an aside inside the clause, not its start:
    # "emissions (Scope 1 and 2) reached" is one clause
    asides = [(b.start(), b.end()) for b in _ASIDE.finditer(before, start)]
    cuts = [start] + [m.end() for m in _CLAUSE_START.finditer(before, start)
                      if not any(a <= m.start() < b for a, b in asides)]
    bounds = list(zip(cuts, cuts[1:] + [len(before)]))
    first = True
    for cut, stop in reversed(bounds):
        # the label is the last few words; a few more for the articles and qualifiers dropped at its end
        ws = [w for w in before[cut:stop].split()[-(words + 20):] if w not in _CURRENCY_WORDS]
        article = bool(ws) and ws[-1].lower() in _ARTICLES
        while ws and ws[-1].lower() in _ARTICLES:
            ws.pop()
        while ws and ws[-1].lower() in _QUALIFIERS:
            ws.pop()   # "and about 300 supporters": a qualifier names nothing
        if len(ws) >= 2 and " ".join(ws[-2:]).lower() in _QUALIFIERS:
            del ws[-2:]
        label = _LEAD_IN.sub("", _whole(ws, words).strip(" ,;:-–()（）"))
        label += ")" if label.count("(") > label.count(")") and before[:stop].rstrip().endswith(")") else ""
        if first and article and not label:
            first = False
            continue   # "with a 100% coverage": a clause of only an article is named by the clause before it
        first = False
        label = _past_figure(label, stop != len(before))
        if label is None:
            return ""   # the clause of another number: "1,782 women and [1,563 men]"
        if label and not all(w.lower() in _STOP for w in label.split()):
            if len(label.split()) <= 2 and re.search(r"\band\s*$", before[:cut]) and (
                    prev := label_before(before, max(0, cut - 4), words)) and not re.search(r"\d", prev):
                return f"{prev} and {label}"   # "providers of equity and debt"
            return label
        if stop != len(before) and not re.search(r"[:：(（]\s*$", before[:stop + 1]):
            return ""   # the clause before a comma is another statement's
    return ""


def _past_figure(label: str, earlier: bool) -> str | None:
    """A name holding another figure: None when it is that figure's clause (`earlier`: a clause before the
    number's own), else the words after the figure and a conjunction ("saves RMB7,950,000 and reduces the
    emission of" -> "reduces the emission of"), else the name as it is."""
    if not re.search(r"\d", re.sub(r"(?<!\d)(?:FY\s?)?(?:19|20)\d\d(?!\d)", "", label)):
        return label
    if earlier or re.search(r"\b(?:and|or)$", label):
        return None
    own = _after_figure(label)
    return own.group(1) if own and not all(w.lower() in _STOP for w in own.group(1).split()) else label


# a figure runs to the end of its word ("RMB7,950,000"); what follows it: up to three words, a conjunction, and words
# without figures to the end. Tried once per word holding a digit, at the word's end: one regex over the whole label
# ("\d[\d,.]*\S*…") re-scanned a long run of digits from each of its digits (quadratic; a hostile input took seconds).
_FIGURE_WORD = re.compile(r"(?<!\S)[^\s\d]*+\d\S*+")
_PAST_FIGURE = re.compile(r"(?:\s+[^\d\s]+){0,3}?\s+(?:and|or|while|but)\s+([^\d]+)$")


def _after_figure(label: str) -> re.Match | None:
    for word in _FIGURE_WORD.finditer(label):
        if own := _PAST_FIGURE.match(label, word.end()):
            return own
    return None
_OPENS_INSIDE = {"of", "and", "or", "in", "at", "for", "to", "with", "on", "by", "per", "from"}


def _inside_name(left: list[str], first: str) -> bool:
    """A cut right after a name of two capitalised words, before the noun they qualify: "The Digital Solutions |
    segment as a whole saw lower sales of" is the Digital Solutions segment's (h115)."""
    return len(left) >= 2 and first[:1].islower() and all(
        w[:1].isupper() and w.isalpha() and w.lower() not in _NOT_NAME_WORDS for w in left[-2:])


_NOT_NAME_WORDS = {"the", "our", "we", "this", "these", "there", "it", "its", "their", "they", "a", "an", "in", "by", "for",
                   "of", "and", "as", "at", "on", "to", "from", "with", "since", "during", "after", "before", "while"}


def _whole(ws: list[str], words: int) -> str:
    """The last `words` words of a clause, or up to 20 when those open inside a noun phrase ("of Guangming
    Park in 2024 has decreased by") or a bracket ("and lower management) is to be increased to"); an aside
    in brackets is left out then."""
    cut = ws[-words:]
    text = " ".join(cut)
    if len(ws) <= words or not (cut[0].lower() in _OPENS_INSIDE or cut[0].startswith("(")
                                or ws[-words - 1].lower() in ("of", "per", "for") or text.count(")") > text.count("(")
                                or _inside_name(ws[: len(ws) - words], cut[0])):
        return text
    wide = _ASIDE.sub(" ", " ".join(ws))
    wide = re.sub(r"^[^(]*\)\s*", "", wide) if wide.count(")") > wide.count("(") else wide
    wide = " ".join(wide.split()[-20:])
    return text if re.search(r"\d", re.sub(r"(?<!\d)(?:FY\s?)?(?:19|20)\d\d(?!\d)", "", wide)) else wide


def label_after(after: str) -> str:
    """What the words after a number (and its unit) say it is an amount of: "72% of the electricity we
    use" -> "of the electricity we use"; "a 37% reduction in emissions intensity" -> "reduction in
    emissions intensity"."""
    m = _NOUN_AFTER.match(after) or _OF_AFTER.match(after)
    if not m:
        return ""
    phrase = m.group(1).strip()
    if m.re is _OF_AFTER:
        phrase = re.match(r"^\s?(?:of|in|on)", after, re.I).group(0).strip().lower() + " " + phrase
    return phrase if len(phrase.split()) >= 2 or m.re is _NOUN_AFTER else ""


_PLAIN_NOUNS = re.compile(r"^\s?((?:(?!(?:of|in|on|at|to|for|from|by|with|and|or|is|was|were|are|will|which|that|"
                          r"has|have|the|a|an|our)\b)[A-Za-z][\w\-]*\s?){1,4})", re.I)


def _noun_after(after: str) -> str:
    """The noun a measure describes, printed after it: "a 5MW solar plant" -> "solar plant"."""
    m = _PLAIN_NOUNS.match(after)
    if not m or after[:1] != " " or re.match(r"\w+ly\b", m.group(1)):
        return ""   # "... 3.3% respectively": an adverb names nothing
    return m.group(1).strip()


_RATED = opening(re.compile(r"[kMGT]?W[hp]?|[kM]VA|Ah|mAh", re.I))
_PREDICATE = re.compile(r"^\s+((?:(?:is|are|was|were|has|have|had|can|will)\s+(?:been\s+)?[a-z]+|[a-z]{3,}ed)(?:\s+[^\d\s,;:.()]+){0,6}?)"
                        r"(?=\s*(?:[,;:.()]|$)|\s+(?:through|by|via|with|under|which|that|and|to)\b|\s+(?:in|during)\s+(?:FY\s?)?\d)")

# a share's predicate may name its part with a proper noun ("are Quechua")
_PART_PREDICATE = re.compile(_PREDICATE.pattern.replace(r"(?:been\s+)?[a-z]+|", r"(?:been\s+)?[A-Za-z]+|", 1))
# the whole's own qualifier between it and the part's copula: "of beneficiaries [from our programmes] are women"
_WHOLE_QUALIFIER = r"^\s*(?:from|in|at|across|within|among|under|on)\s+[^\d,;:.()]{1,60}?(?=\s+(?:is|are|was|were)\s)"
# a share followed by a copula and the part's participle or noun: "12% was recovered", "4% was disposed of in landfill"
_SHARE_IS = re.compile(r"^\s+((?:is|are|was|were|has been|have been)\s+(?!(?:a|an|the|up|down|higher|lower|more|less|from|in|at|"
                       r"to|by|due|compared|than|equal|equivalent|about|around|approximately|over|under|below|above|not|also|"
                       r"still|now|then|achieved|reached|recorded|reported|expected|estimated|calculated|set|targeted)\b)"
                       r"[a-z][\w/-]*(?:\s+(?:of|to|in|into|for|as)(?:\s+[a-z][\w-]*){1,3})?)(?=\s*(?:[,;:.()]|$)|\s+(?:and|while|but|which|whereas)\b)")


def share_part(after: str) -> str:
    """The part a share names after it: " was composted and ..." -> "was composted" ("" when none)."""
    m = _SHARE_IS.match(after)
    return m.group(1) if m else ""


def predicate_after(after: str, unit: str = "") -> str:
    """What the clause says was done to the things a number counts: " were planted by volunteers." ->
    "were planted by volunteers" ("" when no predicate follows); with `unit`, read after the unit's words."""
    if unit:
        at = after.find(unit)
        if at < 0 or at > 12:
            return ""
        after = after[at + len(unit):]
    m = _PREDICATE.match(after)
    return m.group(1) if m else ""


# a verb whose object is what a share is of: "we used 100% green power", "rely on 100% renewable energies"
_USED_VERB = opening(re.compile(r"\b(?:use[sd]?|using|rel(?:y|ies|ied) on|achiev(?:e[sd]?|ing)|sourc(?:e[sd]?|ing)|purchas(?:e[sd]?|ing)|"
                        r"procur(?:e[sd]?|ing)|b(?:uy|uys|ought|uying)|consum(?:e[sd]?|ing)|obtain(?:s|ed|ing)?|generat(?:e[sd]?|ing)|"
                        r"switch(?:ed|es|ing)? to|mov(?:e[sd]?|ing) to|run(?:s|ning)? on|ran on|powered by|contains?|contained)\s*$", re.I))
_OBJECT = re.compile(r"^\s((?!(?:of|in|on|at|to|for|from|by|with|and|or|is|was|were|are|will|which|that|has|have|the|a|an|our|"
                     r"more|less|than|compared|year|reduction|increase|decrease)\b)[a-z][\w-]*(?:\s(?!(?:of|in|on|at|to|for|from|by|"
                     r"with|and|or|is|was|were|are|will|which|that)\b)[a-z][\w-]*){0,3})(\s(?:from|of)\s[a-z][\w-]*"
                     r"(?:\s(?!(?:and|or|but|thus|which|that|to|in|on|at|for|with|by|as)\b)[a-z][\w-]*){0,2})?")


def _object_after(after: str) -> str:
    """The noun phrase a share is of when printed right after it: " electricity from renewable energies and ..." ->
    "electricity from renewable energies" ("" when a word of frame or comparison follows)."""
    m = _OBJECT.match(after)
    if not m or re.match(r"\w+ly\b", m.group(1)):
        return ""
    return (m.group(1) + (m.group(2) or "")).strip()


def name_of(sentence: str, start: int, after: str, unit: str, counted: bool) -> str:
    """The label: the clause before the number, joined with what follows it when that says what the
    number is an amount of."""
    before = label_before(sentence, start)
    if not before and re.search(r"[(（]\s*$", sentence[:start]) and re.match(r"^\s*[)）]", after):
        before = label_before(sentence, sentence[:start].rstrip().rstrip("(（").rstrip().__len__())
    rated = _RATED.fullmatch(unit.strip()) is not None   # "the 2nd generation 314Ah energy storage battery": the thing rated
    tail = label_after(after) or (_noun_after(after) if len(before.split()) <= 2 or rated else "")
    if tail and not label_after(after) and (of := label_after(after[after.find(tail) + len(tail):])):
        tail = f"{tail} {of}"   # "100% coverage of the site audits": what the coverage is of
    if not before and tail.startswith("of ") and (pred := _PART_PREDICATE.match(
            re.sub(r"^\s*\([^()]{0,80}\)|^\s*by\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}(?=\s)|" + _WHOLE_QUALIFIER, "",
                   after[after.find(tail) + len(tail):]))):
        tail = f"{tail} {pred.group(1)}"   # "24% of the suppliers were assessed for ...": what the share did;
        # "19% of our staff in Peru are Quechua", "8% of the water used by Acme is rainwater": which part it is;
        # "50% of the trainees from partner farms are women": the whole's qualifier skipped (h95)
    if unit == "%" and not tail and len(before.split()) >= 3 and not re.match(r"(?:of|among) (?:whom|which|these|them)\b", before, re.I) \
            and (part := _SHARE_IS.match(after)):   # (not "of whom 27% were women": the whole is named before it)
        tail = part.group(1)   # "Of the waste, 61% was composted, 9% was burned": the part is what was done (h95)
    if unit == "%" and not tail and len(before.split()) >= 3 and _USED_VERB.search(before) and (obj := _object_after(after)):
        tail = obj   # "we again used 100% electricity from renewable sources": what the share is of follows it (h103)
    if counted and not before:   # "5,220 fingerlings were released": the noun and what was done to them
        before = f"{unit} {pred}" if not tail and (pred := predicate_after(after)) else unit
    if tail and before:
        return f"{before} … {tail}"
    return before or tail


def make_fact(sentence: str, start: int, value: float, raw: str, unit: str, year: int | None, qual: str | None,
              place: dict, label: str | None = None) -> Fact:
    """A narrative fact of the number at sentence[start:], named by `label` (or the clause before it)
    under the place's context (a table row read as prose)."""
    if label is None:
        label = label_before(sentence, start)
    context, section = place["context"], place["section"]
    if context:
        label = f"{context} > {label}" if label else context
    return Fact(value=value, raw=raw, unit=unit, year=year, label=label or (section or ""),
                source=place["source"], line=place["line"], page=place["page"], section=section,
                qualifier=qual, evidence=sentence.strip()[:600])
