"""A combo chart's two series told apart (bars and a line over one axis of years, a legend of two entries in
different units: "Net sales (Yen in billions)" / "Ratio of overseas sales (%)").

Rule "two label families": a bar's data label is centred over its bar (its middle within `CENTRED` of its type
sizes of the year's tick); a line's is set right of its point (its left edge at the tick, its middle off it).
Every year must print exactly one of each, else nothing is split (the chart keeps one row per printed line
and no unit, as before).

Rule "a share stays within ±100": which family is which legend entry is not printed (the legend's swatches are
drawings); when exactly one entry's unit is "%", the family whose every value lies within ±`SHARE_LIMIT` is
the share, provided the other family prints a value beyond it. Otherwise abstain (no split)."""
from __future__ import annotations

from .pdf_table_tokens import Token

# a bar's label: its middle within this many of its type sizes of the tick
CENTRED = 0.3
# a line's label: its left edge within this many of its type sizes right of the tick (this many before it:
# the marker's width); pdf_table_charts' rule "anchored" dates such a label by it
ANCHOR = 0.8
ANCHOR_BEFORE = 0.2
SHARE_LIMIT = 100.0
_SHARE_UNITS = {"%", "％", "percent", "per cent"}


def split_series(values: list[tuple[Token, int]], mids: list[float],
                 legend: list[tuple[str, str]]) -> list[tuple[str, str, list[tuple[Token, int]]]] | None:
    """[(series name, unit, its values)] for the two legend entries `legend` [(name, unit)], else None."""
    if len(legend) != 2 or len({u.lower() for _, u in legend}) != 2:
        return None
    centred, anchored = [], []
    for j, m in enumerate(mids):
        here = [(t, k) for t, k in values if k == j]
        c = [v for v in here if abs((v[0].x0 + v[0].x1) / 2 - m) <= CENTRED * v[0].frag.size]
        a = [v for v in here if v not in c and -ANCHOR_BEFORE * v[0].frag.size <= v[0].x0 - m
             <= ANCHOR * v[0].frag.size]
        if len(here) != 2 or len(c) != 1 or len(a) != 1:
            return None
        centred += c
        anchored += a
    shares = [i for i, (_, u) in enumerate(legend) if u.strip().lower() in _SHARE_UNITS]
    if len(shares) != 1:
        return None
    inside = [fam for fam in (centred, anchored) if all(abs(_number(t.text)) <= SHARE_LIMIT for t, _ in fam)]
    if len(inside) != 1:
        return None      # both within ±100 (or neither): which is the share cannot be told
    share = inside[0]
    other = anchored if share is centred else centred
    s, o = shares[0], 1 - shares[0]
    return [(legend[o][0], legend[o][1], other), (legend[s][0], legend[s][1], share)]


def _number(text: str) -> float:
    t = text.strip().replace(",", "").replace("−", "-").rstrip("%％")
    try:
        return float(t)
    except ValueError:
        return float("inf")
