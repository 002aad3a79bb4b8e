"""What a sentence's number is an amount of, when the sentence's subject says it (issue 13, mechanism E).

Two forms name the whole company's figure:
- a noun phrase and a verb stating its level: "The Group's total water withdrawal in 2023 was #",
  "Our headcount reached #" (`subject.sentence_subject`, the company's possessive dropped here);
- the company acting on an object: "we consumed # GWh of electricity", "We discharged # m³ of
  wastewater", "The company employed # people" -> "electricity consumption", "wastewater discharged",
  "employees".
The phrase is then read as a table row would be (the catalog's row patterns, then the nearest
example or metric name, identical concepts only), so the unit's dimension gates it as for a row.
Anything else abstains: another actor ("The plant in Ohio consumed"), a place or purpose after the
object ("… through efficiency projects"), a rate ("per tonne"), two figures in one subject.
"""
from __future__ import annotations

import re

from .sentence import norm_text
from .subject import sentence_subject
from ..core.opening import opening

# the reporting company as the actor or owner of the figure
_OWNER = r"(?:we|the (?:group|company)|our (?:group|company))"
# when, said before the actor ("In 2023, we …", "Last year the company …")
_WHEN = r"(?:(?:(?:in|during) (?:fy)?20\d\d|(?:last|this) year|during the year|in the reporting period),? )?"
_POSSESSIVE = re.compile(r"^(?:the )?(?:group|company)['’]s\s+", re.I)
# the verb the company acts with -> the words a table row would say the amount with
_ACTS = {
    "consumed": "{} consumption", "used": "{} consumption", "purchased": "purchased {}",
    "recycled": "{} recycled", "reused": "{} reused", "discharged": "{} discharged",
    "generated": "{} generated", "produced": "{} generated", "withdrew": "{} withdrawn",
    "emitted": "{} emissions",
}
_ACT = re.compile(
    rf"^{_WHEN}{_OWNER} (?:(?:also|further|in total) )?(?P<verb>{'|'.join(_ACTS)}) "
    r"(?:a total of )?(?:…|\.\.\.) of (?:the )?(?P<obj>[a-z][a-z\- ]*?)"
    r"(?: (?:in total|in (?:fy)?20\d\d|this year|during the year|in the reporting period|worldwide|globally|"
    r"across (?:all )?(?:of )?our (?:sites|operations|facilities|business(?:es)?)))?$")
# "The company employed # people": the people it employs are its employees
_EMPLOYED = re.compile(rf"^{_WHEN}{_OWNER} (?:employed|employs|had|has)$")
_PEOPLE = re.compile(r"^(?:people|persons|employees|staff)$", re.I)
# words that make the subject a rate or a part, never the company's amount
_NOT_WHOLE = re.compile(r"\bper\b|/|每|单位|\bat\b|\bfrom\b|\bfor\b", re.I)


def statement_subject(fact) -> str | None:
    """The row-like words a sentence's subject names its number by, or None."""
    label, unit = fact.label, fact.unit
    text = norm_text((label or "").split(" > ")[-1])
    m = _ACT.match(text)
    if m:
        obj = m.group("obj").strip()
        if not obj or len(obj.split()) > 4 or _NOT_WHOLE.search(obj):
            return None
        return _ACTS[m.group("verb")].format(obj)   # (the label holds the words after the number)
    if _EMPLOYED.match(text) and _PEOPLE.match((unit or "").strip()):
        return "employees" if _whole_after(fact) else None
    subject = sentence_subject(label)
    if subject is None:
        return None
    if _NOT_WHOLE.search(subject):
        return None
    # (the company's possessive dropped only when nothing after the number narrows the figure)
    return _POSSESSIVE.sub("", subject) if _whole_after(fact) else subject


# what may follow the number and its unit in a sentence naming the whole figure: when, or nothing
_WHOLE_TAIL = re.compile(
    r"^(?:of (?:co2|no2|so2|ch4)\S*(?: ?eq\S*| equivalent)? ?)?(?:(?:in|as of|for|during|by)(?: (?:fy)?20\d\d| the year| the reporting period)?|at (?:the )?(?:end of the )?year(?:[- ]end)?|"
    r"at the end of the year|this year|in total|worldwide|globally|across (?:all )?(?:of )?our \w+)?$")


def _whole_after(fact) -> bool:
    from .sentence import read_clause
    clause = read_clause(fact)
    if clause is None:
        return False
    after, unit = clause.after, norm_text(fact.unit)
    for word in unit.split():   # the unit as the sentence prints it ("rmb billion": "billion" after the number)
        after = after.removeprefix(word).strip() if after.startswith(word) else after
    return bool(_WHOLE_TAIL.match(after.strip(" ,.")))


_RATE_WORDS = opening(re.compile(r"\bper (?!cent\b)\w|每|单位"))
_AMOUNTS = frozenset({"mass", "volume", "energy", "ghg", "currency", "count"})


def amount_not_rate(fact, found):
    """A pattern that read an amount in a sentence saying 'per tonne of steel' before the number, printed
    with the numerator's unit only: the figure is a rate, not the amount (abstain, the metric as candidate)."""
    from .match import Match
    m = found.metric
    unit = fact.unit or ""
    if m is None or m.dimension not in _AMOUNTS or "/" in unit or " per " in f" {unit} ":
        return found
    if not _RATE_WORDS.search(norm_text((fact.label or "").split(" > ")[-1])):
        return found
    return Match(None, f"unmapped: {m.id} matched, but the sentence says the figure is per something "
                       f"and the unit '{unit}' is an amount ({found.reason})", candidate=m.id, final=True)


def read_as_row(fact, subject: str, doc, cat):
    """The metric the catalog's row patterns read in the subject as if it were a table row's label; None
    unless a pattern covers the whole subject but filler words ("total", "the"; not "clean technology R&D")
    and the printed unit confirms the metric's dimension (a bare number only for a count)."""
    from dataclasses import replace

    from .match import Match, pattern_match
    from .nearest import concept_text
    from .normalize import fit, read_unit
    row = pattern_match(replace(fact, label=subject, source="table", evidence=None, table_id=None), doc, cat)
    m = row.metric
    if m is None:
        return None
    if "…" not in (fact.label or "") and not _whole_after(fact):
        return None   # (a label holding '…' holds the words after the number: "we consumed … of electricity")
    text = norm_text(subject)
    spans = [h.span() for p in (*m.patterns, *m.loose) for h in [p.search(text)] if h is not None]
    if not any(not concept_text(text[:a] + " " + text[b:]) for a, b in spans):
        return None
    unit = (fact.unit or "").strip()
    if not (fit(m, read_unit(unit)) if unit else m.dimension == "count"):
        return None
    return Match(m, f"the sentence's subject '{subject}': {row.reason}", source=row.source)
