"""Figures that set a condition, not a quantity the report measures (issue 15). Each rule is a named function of a
`Candidate` and its name, run by `gate.abstains`: when it holds, no fact.

- a temperature: in running text a temperature is the setting of a process, a test or a product ("dried at 80
  degrees", "by keeping the room at 24 °C", "works down to minus 20 °C"); (a warming pathway's "1.5 °C" is left
  to `gate.pathway`, which drops it too);
- a frequency: "audited once in three years", "renewed once every two years": how often a thing is done, not an
  amount of it;
- a potential: "(potential 40,000 t a year)", "with the potential to cut its emissions by 30%", "potential for a 2%
  increase": what a project or a technique could do, not an amount anyone measured ("potential suppliers in 51
  countries", "a hazard potential from 100 kg upward" are not governed by it and kept).
"""
from __future__ import annotations

import re

from .quantity import Candidate
from ..core.opening import opening

_TEMPERATURE = re.compile(r"°\s?[CF]|℃|℉|degrees?(?:\s+(?:Celsius|Fahrenheit|C|F))?", re.I)
_POTENTIAL = re.compile(r"\bpotential\s*(?:of\s+|for\s+(?:an?\s+)?|(?:abatement|savings?|reduction)\s+of\s+|to\s+[a-z]+\s+"
                        r"(?:[\w-]+\s+){0,4}by\s+(?:(?:more|less)\s+than\s+|at\s+least\s+|up\s+to\s+|about\s+|around\s+)?)?$",
                        re.I)
_ONCE_IN = re.compile(r"\bonce\s+(?:in|every)\s+(?:a\s+)?$", re.I)


def temperature_setting(c: Candidate, label: str) -> bool:
    """"cured at 90 degrees", "sleep improved by setting the room to 26 °C": a temperature of running text is a
    setting, not a figure of the report."""
    unit = c.unit.strip()
    return bool(unit) and _TEMPERATURE.fullmatch(unit) is not None


def frequency(c: Candidate, label: str) -> bool:
    """"inspected once in three years": how often, not how much."""
    return _ONCE_IN.search(c.tail) is not None


def potential(c: Candidate, label: str) -> bool:
    """"(potential 1.1 Mt a year)", "the potential to reduce emissions by more than 90%": a capability, not a figure
    the report measured."""
    return _POTENTIAL.search(c.tail) is not None


_DURATION_UNIT = opening(re.compile(r"(?:decades?|years?|months?)", re.I))   # (not hours or days: "respond within 30 min" is a
# service level the samples key as a KPI)
_PERIOD_BEFORE = opening(re.compile(r"\b(?:within|(?:in|over|for|during)\s+the\s+(?:next|coming|past|last|following|previous)|"
                            r"the\s+(?:past|last|next|coming)|up\s+to|after\s+every|(?:is|are|remains?|stays?)\s+valid\s+for|"
                            r"for\s+a\s+term\s+of)\s+(?:(?:about|around|approximately|"
                            r"nearly|some|more\s+than|less\s+than)\s+)?$", re.I))


def period(c: Candidate, label: str) -> bool:
    """"within five years", "over the next 3 years", "the past two years", "after every five years": the span of a
    plan, a rule or a look back, not an amount the report measured (h95). ("assessed every three years", how often,
    is kept; so are hours and days, a service level the text samples key: "respond within 30 min".)"""
    return _DURATION_UNIT.fullmatch(c.unit.strip()) is not None and _PERIOD_BEFORE.search(c.tail) is not None


_TIME_UNIT = re.compile(r"\b(?:days?|weeks?|months?|hours?)\b", re.I)
_GRANTS = re.compile(r"\b(?:entitled to|eligible for|(?:is|are|be) granted|grants?|we grant(?:\s+\w+)?|allows?(?:\s+\w+){0,4}|"
                     r"provid(?:es|ing) for|(?:have|has) the right to|can claim|may take|receives?|gets?|"
                     r"(?:period|notice) of(?:\s+at\s+least|\s+up\s+to)?)\s*(?:[\w-]+\s+){0,2}$", re.I)
_LEAVE_AFTER = re.compile(r"^[^.;:,]{0,30}\b(?:leave|vacation|holidays?|sabbatical|notice)\b", re.I)
_TAKEN = re.compile(r"\b(?:took|taken|availed|used|returned)\b", re.I)


def entitlement(c: Candidate, label: str) -> bool:
    """"are entitled to 30 paid sabbatical days", "receive five additional days of annual leave per year", "a
    consultation period of at least two weeks": what a rule grants, a setting, not time the report measured taken
    ("took 1,204 days of parental leave" stays) (h103)."""
    if not _TIME_UNIT.search(c.unit) or c.pct or c.cur:
        return False
    granted = _GRANTS.search(c.tail) is not None and not re.search(r"\b(?:received|got|granted)\s*(?:[\w-]+\s+){0,2}$", c.tail, re.I)
    return granted or (_LEAVE_AFTER.match(c.after) is not None and _TAKEN.search(c.sentence) is None)


_RANKED_CLASS = opening(re.compile(r"\b(?:deciles?|quartiles?|quintiles?|percentiles?|median)\b", re.I))
_AGE_BOUND = re.compile(r"\b(?:under|over|above|below|aged|older than|younger than|less than|more than|at least)\s*$", re.I)


def class_definition(c: Candidate, label: str) -> bool:
    """"Ninth decile: 90% of salaries are below the benchmark", "ended their employment were under 50 years of age":
    the figure defines a class (a rank of a distribution, an age band), it is not an amount of anything (h103)."""
    if c.pct and _RANKED_CLASS.search(c.sentence[max(0, c.start - 80): c.start]):
        return True
    return re.match(r"\s*years?\s+(?:of\s+age|old)\b", c.after) is not None and _AGE_BOUND.search(c.tail) is not None


_CAPABLE = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )\b(?:capable of|able to)\s+[a-z]+(?:\s+[\w-]+){0,3}?\s*"
                      r"(?:up to|at least|more than|over)?\s*(?:\d[\d.,]*\s*%?\s*(?:to|-|–)\s*)?$", re.I)   # (a range's upper end)


def capability(c: Candidate, label: str) -> bool:
    """"a system able to capture 50% or more of CO2", "units each capable of delivering 20 MW": what a thing can do,
    not what it did ("we were able to cut waste by 12%" stays) (h103)."""
    return _CAPABLE.search(c.tail) is not None


def formula_factor(c: Candidate, label: str) -> bool:
    """"the ratio multiplied by 1,000,000": a factor of a formula, no amount (h103)."""
    return re.search(r"\b(?:multiplied|divided)\s+by\s*$", c.tail, re.I) is not None


# "suppliers with a procurement spend of more than €250,000", "companies in which we hold at least a 50% interest",
# "sites with energy use of at least 1.5 TJ": a bound in a phrase that picks out a class of things
_CLASS_BOUND = re.compile(r"\b[a-z]{2,}[^s\W]s\s+(?:with|having|whose|in which|where|for which|representing)\s+(?:[\w’'-]+\s+){1,10}?"
                          r"(?:more than|less than|at least|above|below|over|exceeding|in excess of|greater than|"
                          r"higher than|lower than|under|up to)\s+(?:an?\s+)?\S{0,3}$", re.I)
_BOUND_AFTER = re.compile(r"^\s*(?:[\w/%]+\s+){0,2}?(?:threshold|tolerance|limit|cap|ceiling)\b|^\s*(?:[\w/%]+\s+)?upwards?\b",
                          re.I)


def class_bound(c: Candidate, label: str) -> bool:
    """"suppliers with a procurement spend of more than €250,000", "below the 5% tolerance threshold", "from a
    quantity of 100 kg upward": a bound that defines a class or a limit, not an amount the report measured (h103)."""
    return _CLASS_BOUND.search(c.tail) is not None or _BOUND_AFTER.match(c.after) is not None


_YEARS_UNIT = re.compile(r"(?:[a-z-]+\s)?(?:years?|months?|decades?)", re.I)
_TENURE = re.compile(r"\b(?:tenure|length of service|seniority|service|worked (?:for|at|with)|average age|mean age)\b", re.I)


def duration_on_page(c: Candidate, label: str) -> bool:
    """On a PDF page, a number of years or months in running prose is the span of a plan, a trial, a study, a career
    or a product's life ("testing conducted over two years", "served as a judge for over 40 years", "valid for three
    years"), not an amount the report measured; a staff tenure stays ("worked for the Group for an average of 11.2
    years"). (Judged samples: 15 such PDF facts wrong, 1 right.) Text files are not governed by it: their highlight
    lines ("23 consecutive years") are what the shared keys read (h103)."""
    return c.paged and _YEARS_UNIT.fullmatch(c.unit.strip()) is not None and not c.pct and not c.cur \
        and _TENURE.search(label) is None


_SHARE_BOUND = re.compile(r"\d\s?%(?:(?!\b(?:and|but|while|whereas|by|of\s+over)\b)[^,;.%\d]){0,60}?(?:\b(?:below|above|under|over|"
                          r"less than|more than|at least|at most|exceeding)|[<>≤≥])\s*$", re.I)


def share_bound(c: Candidate, label: str) -> bool:
    """"14% are even below 0.6 W/kg", "90% of all homes had a connection > 80 Mbps": a share of things whose figure
    lies past a bound; the bound is the class's, not an amount (h103)."""
    return not c.pct and _SHARE_BOUND.search(c.tail) is not None


RULES = (temperature_setting, frequency, potential, period, entitlement, class_definition, capability, formula_factor,
         class_bound, duration_on_page, share_bound)
