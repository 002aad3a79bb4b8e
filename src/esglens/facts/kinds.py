"""What kind of thing a prose number counts, and whether its name holds any subject at all (issue 15, h115).

Named rules of a `Candidate` and its name, run by `facts/gate.abstains` like those of `subjects.py` (but
`verbs_only`, asked of the final name by `facts/narrative._number`); their vocabularies are in
`data/narrative_kinds.yaml`:

- a small count of abstract parts: "There are three compelling reasons", "we set up three committees",
  "contribute to the 17 Sustainable Development Goals", "separated into 25 subcategories": the shape of a
  plan, an organisation or a text, not an amount measured;
- a count before a singular noun: "a four pillar audit", "the two stage RO system", "the three company
  spinoff": a number that is part of a name (a count of more than one takes a plural);
- a data rate or a storage size: "bandwidths of up to 10 Gbps", "18TB drives": a product's or network's
  specification;
- a bound in a short line with no verb: "Eni's minimum between 151% and 200% of the minimum reference": a class
  of a chart's legend;
- a name of verbs only: "stood at", "we expect to incur", "equal to … as", "The target set was exceeded by":
  a unit of measure, a per cent or money with nothing that says what was measured (a counted noun names its
  own subject; a verb whose object is the measure, "we plan to invest", still says what the amount is).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..core import vocab
from .quantity import FUNCTION_WORDS, VERBISH, Candidate

# a count larger than this is a measured count even of abstract things ("500 delivery paths audited")
ABSTRACT_MAX = 30


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data = vocab.load("narrative_kinds.yaml")
    return {k: frozenset(w.lower() for w in data[k]) for k in ("abstract_counts", "plural_without_s", "measure_verbs",
                                                              "empty_verbs", "ing_nouns")} \
        | {"data_units": frozenset(data["data_units"])}


def _singular(word: str) -> str:
    w = word.lower()
    for suffix, stem in (("ies", "y"), ("sses", "ss"), ("ses", "s"), ("s", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2 and not w.endswith("ss"):
            return w[: -len(suffix)] + stem
    return w


def _value(c: Candidate) -> float | None:
    from .spelled import spelled_value   # (spelled.py imports the gate: read lazily)
    try:
        return float(c.num.replace(",", ""))
    except ValueError:
        return spelled_value(c.num)


def abstract_count(c: Candidate, label: str) -> bool:
    """"three compelling reasons", "five Group ambitions", "25 subcategories": a small count of parts."""
    if not c.counted or not c.unit.split():
        return False
    value = _value(c)
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z-]*", c.unit)]
    if value is None or value > ABSTRACT_MAX or not words:
        return False
    kinds = _words()["abstract_counts"]
    last = _singular(words[-1])
    return last in kinds or " ".join([*map(str.lower, words[-2:-1]), last]) in kinds


_PLAIN = re.compile(r"[A-Za-z][a-z]+")


def singular_modifier(c: Candidate, label: str) -> bool:
    """"four pillar audit", "two stage RO system": a whole count of more than one before a noun phrase with
    no plural is part of a name."""
    value = _value(c)
    if not c.counted or value is None or value < 2 or value != int(value) or c.pct or c.cur:
        return False
    words = c.unit.split()
    if not words or any(w.lower() in ("per", "of", "and", "or") for w in words):
        return False
    first, last = words[0], words[-1]
    plural = _words()["plural_without_s"]
    return len(words) >= 2 and bool(_PLAIN.fullmatch(first)) and first[0].islower() \
        and all(not w.lower().endswith("s") and w.lower() not in plural for w in (first, last))


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_VERB_FORM = re.compile(r"[a-z]{3,}(?:ed|ing)")


def _stem(word: str) -> str:
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            return w[: -len(suffix)]
    return w


def verbs_only(label: str, unit: str, noun_unit: bool, after: str = "", before: str = "") -> bool:
    """"stood at", "we expect to incur", "equal to … as": a number's final name with no word of a subject, for
    a figure whose unit names none either (a per cent, money, a scale, a unit symbol), and no subject in the rest
    of its clause after it either ("1,700 had done so as first-aid responders" names them there). A name holding
    a figure or a year is left to the rules that read those ("(2020: 43%)" takes the measure's name)."""
    if noun_unit or not label.strip() or re.search(r"\d", label):
        return False
    if not _no_subject(label.replace(" … ", " ").replace("(upper end)", "")):
        return False
    # a figure that opens its clause is its subject: what the clause says after it names it ("and 1,700 had done
    # so as first-aid responders"); after a verb ("we will be helping 2 million people") the words after are the
    # object's, and the name before still has to say what is measured
    head = re.split(r"[,;:(]", before)[-1].split()
    opens = len(head) <= 2 and all(w.lower() in _OPENERS or not re.search(r"[A-Za-z]", w) or w in ("US$", "HK$", "RMB")
                                   for w in head)
    # a noun right after the figure ("3,112 KSTAR's 225kW string inverters", a counted noun the unit reader missed)
    # also names it
    word = _NEXT_WORD.match(after)
    direct = word is not None and word.group(1).lower() not in FUNCTION_WORDS and word.group(1).lower() not in _OPENERS
    return not (opens or direct) or _no_subject(re.split(r"[,;:.()]", after, maxsplit=1)[0])


_NEXT_WORD = re.compile(r"\s*(?:[A-Z][\w&-]*['’]s\s+)?([A-Za-z][\w-]*)")


_OPENERS = {"and", "or", "but", "while", "some", "about", "around", "approximately", "nearly", "roughly", "almost", "over",
            "another", "a", "the", "further", "more", "than"}


def _no_subject(text: str) -> bool:
    """Whether the words of a text are only function words, generic measure words, pronouns and verb forms (no
    verb whose object is the measure: "we plan to invest", "saving")."""
    vocab_ = _words()
    from .naming import _GENERIC   # (naming imports the gate: read lazily)
    for w in _WORD.findall(text):
        low = w.lower()
        if any(low.startswith(v) or len(v) >= 4 and v.endswith("e") and low.startswith(v[:-1])
               for v in vocab_["measure_verbs"]) or low in vocab_["ing_nouns"]:
            return False   # ("invested", "emitted"; "saving", "producing": a final e dropped)
        if low in FUNCTION_WORDS or low in _GENERIC or low in vocab_["empty_verbs"] or _stem(low) in vocab_["empty_verbs"]:
            continue
        if _VERB_FORM.fullmatch(low):
            continue
        return False
    return True


def data_rating(c: Candidate, label: str) -> bool:
    """"maximum bandwidths of 10 Gbps", "18TB hard disk drives": a data rate or size is a specification."""
    return not c.pct and not c.cur and c.unit.strip() in _words()["data_units"]


_BOUND_BEFORE = re.compile(r"(?:\bbetween|\bover|\babove|\bbelow|\bunder|\bup to|\bmore than|\bless than|[<>≤≥])\s*$", re.I)
# a verbless line this short is a caption, not a sentence
LEGEND_WORDS = 14


def legend_class(c: Candidate, label: str) -> bool:
    """"■ Eni's minimum between 151% and 200% of the minimum reference", "> 250% of the reference": a bound in a
    line with no verb is a class of a chart's legend or a band of a scale, not an amount."""
    if not c.paged or _BOUND_BEFORE.search(c.tail) is None or len(c.sentence.split()) > LEGEND_WORDS \
            or VERBISH.search(c.sentence):
        return False
    verbs = _words()["empty_verbs"] | _words()["measure_verbs"]
    return not any(w.lower() in verbs or _stem(w.lower()) in verbs for w in _WORD.findall(c.sentence))


RULES = (abstract_count, singular_modifier, data_rating, legend_class)   # (verbs_only reads the final name: facts/narrative._number)
