"""Unit typos: a unit printed once with the letters of a unit used beside it, in another order
("130WM" next to "45MW" and "52MW")."""
from __future__ import annotations

import re

from ..model import Fact, Finding

_SHORT = re.compile(r"^[A-Za-z]{2,5}$")


def _known(unit: str) -> bool:
    try:
        from ..catalog import parse_unit
    except ImportError:
        return False
    try:
        u = parse_unit(unit)
    except Exception:  # a catalog bug must not stop the checks
        return False
    return u is not None and bool(u.dim or u.currency)


def check_unit_typos(facts: list[Fact]) -> list[Finding]:
    by_place: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.unit and _SHORT.match(f.unit.strip()) and (f.line is not None or f.page is not None):
            by_place.setdefault((f.line, f.page if f.line is None else None), []).append(f)
    out = []
    for same in by_place.values():
        counts: dict[str, list[Fact]] = {}
        for f in same:
            counts.setdefault(f.unit.strip(), []).append(f)
        for odd, odd_facts in counts.items():
            if len(odd_facts) != 1 or _known(odd):
                continue
            for good, good_facts in counts.items():
                if good == odd or sorted(good) != sorted(odd) or good.lower() == odd.lower():
                    continue
                if len(good_facts) >= 2 or _known(good):
                    out.append(_finding(odd_facts[0], good, good_facts))
                    break
    return out


def _printed(f: Fact) -> str:
    return f.raw if f.unit and f.unit in f.raw else f"{f.raw}{f.unit}"


def _finding(f: Fact, good: str, others: list[Fact]) -> Finding:
    shown = ", ".join(_printed(o) for o in others[:3])
    number = f.raw.replace(f.unit, "").strip()
    where = f"line {f.line}" if f.line is not None else f"page {f.page}"
    msg = (f"'{_printed(f)}' ({where}) is printed in '{f.unit}', the letters of '{good}' in another order, "
           f"which the same passage uses ({shown}): most likely a typo for {number} {good}.")
    return Finding("unit_typo", "warning", msg, [f.line] if f.line is not None else [],
                   [f.page] if f.page is not None and f.line is None else [], [_printed(f), good], f.metric, f.year)
