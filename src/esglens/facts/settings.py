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


_DURATION_UNIT = re.compile(r"(?:decades?|years?|months?)", re.I)   # (not hours or days: "respond within 30 min" is a
# service level the samples key as a KPI)
_PERIOD_BEFORE = re.compile(r"\b(?:within|(?:in|over|for|during)\s+the\s+(?:next|coming|past|last|following|previous)|"
                            r"the\s+(?:past|last|next|coming)|up\s+to|after\s+every)\s+(?:(?:about|around|approximately|"
                            r"nearly|some|more\s+than|less\s+than)\s+)?$", re.I)


def period(c: Candidate, label: str) -> bool:
    """"within five years", "over the next 3 years", "the past two years", "after every five years": the span of a
    plan, a rule or a look back, not an amount the report measured (h95). ("assessed every three years", how often,
    is kept; so are hours and days, a service level the text samples key: "respond within 30 min".)"""
    return _DURATION_UNIT.fullmatch(c.unit.strip()) is not None and _PERIOD_BEFORE.search(c.tail) is not None


RULES = (temperature_setting, frequency, potential, period)
