"""Printed rates that are not their printed numerator over their printed denominator.

Which two rows a rate divides comes from the facts, not from where the rows stand:
- definition: the catalog's rates (R&D share of revenue = R&D expenditure / revenue), with the
  amounts anywhere in the report (the same table preferred) and converted to one unit;
- labelled: the rate's label names both sides ('Return-to-work rate' over the rows that say
  'returned' and 'took parental leave') among the rows of its table.
A rate matching in another year confirms the pair; a label pair that never matches in any year and
has a rival pair is left alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..core.units import convert
from ..model import Finding
from .evidence import CONFIDENCE, leaked_label, units_fit, words
from .numbers import fmt, half_ulp, show
from .rows import Row, by_group, norm_unit, where

MAX_PAIRS = 4


@dataclass
class RatePair:
    rate: Row
    num: Row
    den: Row
    basis: str
    factor: float = 1.0       # numerator / denominator units: num_value * factor is in the denominator's unit


def _pct(r: Row) -> bool:
    return norm_unit(r.unit) in ("%", "percent", "percentage")


def _factor(num: Row, den: Row) -> float | None:
    if units_fit(num.unit, den.unit):
        return 1.0
    return convert(1.0, num.unit, den.unit)


def _metric_rows(rows: list[Row]) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for r in rows:
        for m in {f.metric for f in r.by_year.values() if f.metric}:
            out.setdefault(m, []).append(r)
    return out


def _nearest(options: list[Row], rate: Row) -> list[Row]:
    same = [r for r in options if r.group == rate.group]
    return same or options


def catalog_pairs(rows: list[Row]) -> list[RatePair]:
    by_metric = _metric_rows(rows)
    out = []
    for rate_metric, (num_m, den_m) in (words().get("rates") or {}).items():
        for rate in by_metric.get(rate_metric, []):
            if not _pct(rate):
                continue
            for num in _nearest(by_metric.get(num_m, []), rate)[:2]:
                for den in _nearest(by_metric.get(den_m, []), rate)[:2]:
                    k = _factor(num, den)
                    if k is not None and not _pct(num) and not _pct(den):
                        out.append(RatePair(rate, num, den, "definition", k))
    return out


@lru_cache(maxsize=1)
def _rate_words() -> list[tuple[re.Pattern, re.Pattern, re.Pattern]]:
    return [(re.compile(w["rate"], re.I), re.compile(w["numerator"], re.I), re.compile(w["denominator"], re.I))
            for w in words().get("rate_words") or []]


def label_pairs(rows: list[Row]) -> list[list[RatePair]]:
    """For each rate whose label names its sides: every (numerator, denominator) pair of its table."""
    out = []
    for group in by_group(rows).values():
        for rate in (r for r in group if _pct(r)):
            leaf = rate.leaf.lower()
            for rate_re, num_re, den_re in _rate_words():
                if not rate_re.search(leaf):
                    continue
                amounts = [r for r in group if not _pct(r) and r is not rate]
                nums = [r for r in amounts if num_re.search(r.leaf.lower())]
                # a row that also names the numerator's words ('employees who participated') counts a part,
                # not the base it is a share of
                dens = [r for r in amounts if den_re.search(r.leaf.lower()) and not num_re.search(r.leaf.lower())]
                pairs = []
                for n in nums:
                    for d in dens:
                        k = _factor(n, d) if n is not d else None
                        if k is not None:
                            pairs.append(RatePair(rate, n, d, "labelled", k))
                if pairs and len(pairs) <= MAX_PAIRS:
                    out.append(pairs)
                break
    return out


_SHARE_OF = re.compile(r"^(?P<num>.+?)\s+as\s+(?:a\s+)?(?:share|percentage|proportion|%|per\s?cent)\s+of\s+(?P<den>.+)$|"
                       r"^(?:share|percentage|proportion|ratio)\s+of\s+(?P<num2>.+?)(?:\s+(?:in|of|to)\s+(?P<den2>.+))?$", re.I)


def _covers(need: set[str], have: set[str]) -> bool:
    """Every word needed is in `have`, word forms allowed ('withdrawal' ~ 'withdrawn', 'recycled' ~ 'recycling')."""
    return _covers_sets(frozenset(need), frozenset(have))


@lru_cache(maxsize=1 << 14)   # every rate's words against every amount's label, again for each rate
def _covers_sets(need: frozenset[str], have: frozenset[str]) -> bool:
    return bool(need) and all(any(w == h or (min(len(w), len(h)) >= 5 and w[:6] == h[:6]) for h in have)
                              for w in need)


def named_pairs(rows: list[Row], taken: set[int]) -> list[list[RatePair]]:
    """'Share of certified fibre' over 'Certified fibre purchased' and 'Total fibre purchased'; 'Water
    recycled as share of withdrawal' over 'Water recycled' and 'Water withdrawn': sides named by the
    rate's own words, in its table. Only a pair the rate matches in another year is trusted."""
    from .labels import content_words

    out = []
    for group in by_group(rows).values():
        amounts = [r for r in group if not _pct(r)]
        for rate in (r for r in group if _pct(r) and id(r) not in taken):
            m = _SHARE_OF.match(re.sub(r"\s*\([^)]*\)\s*$", "", rate.leaf.strip()))
            if not m:
                continue
            num_w = content_words(m.group("num") or m.group("num2"))
            den_text = m.group("den") or m.group("den2")
            nums = [r for r in amounts if _covers(num_w, content_words(r.leaf))]
            if den_text:
                dens = [r for r in amounts if _covers(content_words(den_text), content_words(r.leaf))]
            else:   # 'Share of certified fibre': the total of its last word ('Total fibre purchased')
                head = sorted(num_w)[-1:] if len(num_w) == 1 else [w for w in num_w if any(
                    _covers({w}, content_words(r.leaf)) and r.leaf.lower().startswith("total") for r in amounts)]
                dens = [r for r in amounts if r.leaf.lower().startswith("total") and _covers(set(head), content_words(r.leaf))]
            pairs = [RatePair(rate, n, d, "structure", k) for n in nums for d in dens
                     if n is not d and (k := _factor(n, d)) is not None]
            if pairs and len(pairs) <= MAX_PAIRS:
                out.append(pairs)
    return out


def _status(p: RatePair) -> dict[int, tuple[bool, float]]:
    out = {}
    for y in p.rate.by_year:
        r, a, b = p.rate.value(y), p.num.value(y), p.den.value(y)
        if r is None or a is None or not b:
            continue
        ratio = 100.0 * a * p.factor / b
        rel = (half_ulp(p.num.raw(y)) / abs(a) if a else 0.0) + half_ulp(p.den.raw(y)) / abs(b)
        tol = half_ulp(p.rate.raw(y)) + abs(ratio) * rel + 1e-9
        out[y] = (abs(ratio - r) <= tol, ratio)
    return out


def check_stated_rates(rows: list[Row]) -> list[Finding]:
    out: list[Finding] = []
    for p in catalog_pairs(rows):
        out.extend(_judge([p]))
    taken = {id(p.rate) for p in catalog_pairs(rows)}
    for pairs in label_pairs(rows):
        taken.add(id(pairs[0].rate))
        out.extend(_judge(pairs))
    for pairs in named_pairs(rows, taken):
        out.extend(_judge(pairs))
    return out


def _judge(pairs: list[RatePair]) -> list[Finding]:
    """One rate and its candidate sides: a year is wrong only if no candidate pair matches it."""
    status = [_status(p) for p in pairs]
    matching = [i for i, st in enumerate(status) if any(ok for ok, _ in st.values())]
    if len(pairs) > 1 and len(matching) != 1:
        return []   # rivals and none (or several) ever match: which rows the rate divides is unknown
    i = matching[0] if matching else 0
    p, st = pairs[i], status[i]
    confirm = sorted(y for y, (ok, _) in st.items() if ok)
    out = []
    for y, (ok, ratio) in sorted(st.items()):
        if ok or any(s.get(y, (False,))[0] for s in status):
            continue
        conf = CONFIDENCE["confirmed"] if confirm else CONFIDENCE[p.basis]
        if not confirm and not (0.5 <= ratio / p.rate.value(y) <= 2.0 if p.rate.value(y) else False):
            conf = min(conf, 0.5)   # off by more than a factor of two: another definition, not a slip
        out.append(_finding(p, y, ratio, confirm, conf))
    return out


def _finding(p: RatePair, y: int, ratio: float, confirm: list[int], conf: float) -> Finding:
    why = (f"the rate equals this ratio in {', '.join(map(str, confirm))}" if confirm
           else "by definition" if p.basis == "definition" else "the rate's label names both rows")
    conv = "" if p.factor == 1.0 else f" (after converting {p.num.unit} to {p.den.unit})"
    msg = (f"{y}: '{p.rate.leaf}' is printed as {show(p.rate.raw(y), '%')}, but '{p.num.leaf}' / '{p.den.leaf}' = "
           f"{show(p.num.raw(y), p.num.unit)} / {show(p.den.raw(y), p.den.unit)}{conv} = {ratio:.2f} %; difference "
           f"{fmt(p.rate.value(y) - ratio, 2)} points ({why}).")
    lines, pages = where([p.rate, p.num, p.den])
    complete = not any(leaked_label(r.label) for r in (p.rate, p.num, p.den))
    return Finding("rate_mismatch", "error", msg, lines, pages,
                   [p.rate.value(y), p.num.value(y), p.den.value(y), round(ratio, 4)],
                   p.rate.by_year[y].metric, y, confidence=conf, rule=f"rate:{p.basis}", complete=complete)
