"""How complete the evidence of a finding is, and how sure a check may be.

A finding is shown by default only when its evidence is complete: every number involved was parsed
(no qualifier such as '<' or '~'), the units of the sides fit each other, and no label carries a
number that leaked in from a cell. A false alarm costs more trust than a miss.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..core import vocab
from ..core.units import parse_unit

SHOW_AT = 0.7          # default display: findings at least this sure, with complete evidence

# confidences by the basis of a relation (one place, so the rules stay comparable)
CONFIDENCE = {
    "definition": 0.9,      # a relation by definition (catalog: Scope 1 + Scope 2 = Scope 1+2)
    "confirmed": 0.95,      # the same relation holds in another year of the same rows
    "labelled": 0.85,       # the labels say so: 'Total', '<X> by gender', a complete set of breakdown words
    "structure": 0.6,       # only the layout suggests it: hidden by default
}

_STANDARD = re.compile(r"\b(?:ISO(?:/IEC)?|OHSAS|IEC|EN|SA|GB(?:/T)?|IATF|AS/NZS)\s*$")
_POWER_OF_TEN = re.compile(r"^1(?:0{1,2}|,?000(?:,?000)*|0,?000)$")
_NUMBER_IN_LABEL = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.])\d+\.\d+(?![\w.])|(?<![\w.,])\d{5,}(?![\w,])")


@lru_cache(maxsize=1)
def words() -> dict:
    return vocab.load("checks.yaml")


def misread(raws: list[str]) -> bool:
    """A row printed in whole numbers with one value of exactly three decimals ('612.218' beside '2,828'):
    most likely two cells run together or a thousands separator read as a decimal point."""
    shapes = [re.fullmatch(r"[-+]?\d[\d,]*(\.(\d+))?%?", (r or "").strip()) for r in raws if (r or "").strip()]
    if not shapes or any(m is None for m in shapes):
        return False
    dec = [len(m.group(2) or "") for m in shapes]
    grouped = any("," in m.group(0) and d == 0 for d, m in zip(dec, shapes))
    # '2.218' among '1,889', '1,932': a decimal point printed (or read) for a thousands separator
    big3 = any(d == 3 and (grouped or abs(float(m.group(0).rstrip("%").replace(",", ""))) >= 100)
               for d, m in zip(dec, shapes))
    return big3 and 0 in dec and set(dec) <= {0, 3}


def leaked_label(label: str) -> bool:
    """A label holding a number that looks like a value ('Total 12,345', 'Scope 1 2.5'): a cell that
    leaked into the label, so the row's values may belong to another row. Years, codes, scales
    ('per RMB 10,000') and small ordinals ('Scope 3 Category 4', '30-50') are no leak. A leaf that is
    nothing but a number ('29', '242. 160') is a value read as a label."""
    leaf = (label or "").split(" > ")[-1]
    if leaf.strip() and not re.search(r"[^\W\d_]", leaf):
        return True
    for m in _NUMBER_IN_LABEL.finditer(label or ""):
        tok = m.group(0)
        if _POWER_OF_TEN.match(tok.replace(",", "")) or _POWER_OF_TEN.match(tok):
            continue
        if re.fullmatch(r"\d+\.\d+", tok) and re.search(r"(?:pm|ph|version|v|gri|iso)\s*$", label[:m.start()].lower()):
            continue
        if _STANDARD.search(label[:m.start()]):
            continue   # 'ISO 14001', 'OHSAS 18001', 'GB/T 24001': a standard's number, not a value
        return True
    return False


def unit_key(unit: str) -> tuple | None:
    """(dimension, scale, denominator) of a printed unit; ('', 1, None) for none; None when unreadable."""
    u = parse_unit(unit or "")
    if u is None:
        return None
    den = (u.den.dim, u.den.scale) if u.den is not None else None
    return (u.expr or "", u.scale, den)


@lru_cache(maxsize=4096)   # every total is fitted to each of its parts, by every breakdown check
def units_fit(a: str, b: str) -> bool:
    """Two printed units measure the same thing at the same scale ('tCO2e' and 't CO₂e', not 't' and 'kg')."""
    if _plain(a) == _plain(b):
        return True
    ka, kb = unit_key(a), unit_key(b)
    if ka is None or kb is None or ka != kb or ka == ("", 1.0, None):
        return False
    if ka[0] == "each":  # persons and times are both counts, but of different things
        return _plain(a).rstrip("s") == _plain(b).rstrip("s")
    return True


_COUNT_WORDS = re.compile(r"^(?:headcount|head count|number|no\.?|count|people|persons?|employees?|staff|fte|人|名)$", re.I)


def is_count(unit: str) -> bool:
    """A unit that counts (persons, times, 'headcount', 'Number')."""
    if _COUNT_WORDS.match((unit or "").strip()):
        return True
    k = unit_key(unit)
    return k is not None and k[0] == "each"


def parts_fit(total_unit: str, part_unit: str) -> bool:
    """A part's unit fits its total's; a part printed without a unit under a count total is a count."""
    if units_fit(total_unit, part_unit):
        return True
    return not (part_unit or "").strip() and is_count(total_unit)


@lru_cache(maxsize=4096)
def _plain(unit: str) -> str:
    u = (unit or "").lower().replace("³", "3").replace("₂", "2").replace("²", "2")
    return _SPACES_BRACKETS.sub("", u)


_SPACES_BRACKETS = re.compile(r"[\s()（）]+")


def shown(f) -> bool:
    """Whether a finding is shown by default."""
    return f.complete and f.confidence >= SHOW_AT
