"""Two series of one chart under one title ("Net sales / Ratio of overseas sales", "売上高／海外売上高比率": bars
for an amount and a line for a ratio), read as one label with two values a year.

The values alone cannot say which series they belong to, unless one series is a ratio printed in percent and the
other an amount that no percentage reaches: then in every year the value beyond `PERCENT_MAX` is the amount's and
the other the ratio's. Anything else (both series amounts, both ratios, a year with one value or three, an amount
small enough to be a percentage) is left as it was: the mapper abstains on the shared label.
"""
from __future__ import annotations

import re

from ..model import Fact
from ..core.opening import opening

# a share or ratio in percent stays within this (in magnitude); an amount beyond it is no percentage
PERCENT_MAX = 100.0
# the two names of a title: "A / B", "A／B" (not "R&D/sales", a ratio's own slash without spaces)
_SPLIT = opening(re.compile(r"\s+/\s+|\s*／\s*"))
# a name that says its series is a ratio or a rate (not "per share": earnings per share is an amount)
_RATIO_NAME = re.compile(r"\bratio\b|\brates?\b|\bpercentage\b|\bproportion\b|\bmargin\b|%|\breturn on\b|"
                         r"\b(?:ros|roe|roa|roic)\b|率|割合", re.I)


def series_names(label: str | None) -> tuple[str, str] | None:
    """(amount's name, ratio's name) of a label whose last level names two series, one of them a ratio."""
    levels = (label or "").split(" > ")
    names = [n.strip() for n in _SPLIT.split(levels[-1])]
    if len(names) != 2 or not all(names):
        return None
    ratio = [bool(_RATIO_NAME.search(n)) for n in names]
    if ratio.count(True) != 1:
        return None
    return (names[1], names[0]) if ratio[0] else (names[0], names[1])


def told_apart(facts: list[Fact]) -> dict[int, str]:
    """id(fact) -> the label of the series its value belongs to (the last level replaced by the series' name),
    for the table cells of a two-series label whose every year has one value beyond PERCENT_MAX and one within."""
    groups: dict[tuple, dict[tuple, list[Fact]]] = {}
    for f in facts:
        if f.source == "table" and f.table_id is not None and f.column and series_names(f.label):
            groups.setdefault((f.table_id, f.label), {}).setdefault((f.year, f.column), []).append(f)
    out: dict[int, str] = {}
    for (_, label), years in groups.items():
        pairs = []
        for cells in years.values():
            if len(cells) != 2:
                break
            big, small = sorted(cells, key=lambda f: -abs(f.value))
            if not abs(big.value) > PERCENT_MAX >= abs(small.value):
                break
            pairs.append((big, small))
        else:
            amount, ratio = series_names(label)
            parents = label.split(" > ")[:-1]
            for big, small in pairs:
                out[id(big)] = " > ".join([*parents, amount])
                out[id(small)] = " > ".join([*parents, ratio])
    return out


# a row's series name with the unit a reader appended in brackets: "Net sales (Yen in billions)"
_TRAILING_BRACKET = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def own_series(label: str | None) -> str | None:
    """The label of a row that a reader already split off its chart ("Net sales / Ratio of overseas sales >
    Net sales (Yen in billions)"): the title naming both series is no context of one of them, so the row is read
    as its own name ("Net sales (Yen in billions)") under the levels above the title; None for any other label."""
    levels = (label or "").split(" > ")
    if len(levels) < 2:
        return None
    names = [n.strip().lower() for n in _SPLIT.split(levels[-2])]
    leaf = levels[-1].strip()
    if len(names) != 2 or not all(names):
        return None
    if leaf.lower() not in names and _TRAILING_BRACKET.sub("", leaf).lower() not in names:
        return None
    return " > ".join([*levels[:-2], leaf])
