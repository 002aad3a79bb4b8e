"""Implied emission factors: Scope 2 emissions over the electricity they were made from.

Where a report prints purchased electricity and its Scope 2 emissions for a year, scope2 / electricity is
the factor it used. When the report names the published grid factors it applied (the Ministry of Ecology
and Environment's factors of a year, DESNZ's of a year ...), the implied factor must lie within the range
of those published factors (national, regional, provincial). Market-based figures, green power and
certificates only lower the factor, so a factor below the range is left alone unless nothing can explain
it; a factor above every published one for that grid and year cannot come from those factors.
Abstains when the report names no factor set, or one without data here, or when heat or steam may be in
Scope 2 too.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..core.prefilter import gate
from ..model import Document, Fact, Finding
from .numbers import fmt, half_ulp

FACTOR_TOL = 0.10      # relative distance beyond the published range that rounding and small sources allow
ELECTRICITY = ("energy.purchased_electricity", "energy.electricity", "energy.indirect")
SCOPE2 = ("ghg.scope2", "ghg.scope2_market")
# who publishes grid factors -> the region prefix in data/factors/grid.yaml
PUBLISHERS = {
    "CN": re.compile(r"ministry of ecology and environment|生态环境部|\bMEE\b|national bureau of statistics", re.I),
    "UK": re.compile(r"\bDESNZ\b|\bBEIS\b|department for energy security|government (?:ghg )?conversion factors", re.I),
    "HK-HKE": re.compile(r"\bHK Electric\b|港灯", re.I),
}
_FACTOR_WORDS = gate(re.compile(r"emission (?:factor|coefficient)s?|排放因子|conversion factors?", re.I))
_YEAR = re.compile(r"(?<!\d)(20[0-4]\d)(?!\d)")
_HEAT = re.compile(r"\b(?:purchased|imported|outsourced) (?:heat|steam)|\bheat(?:ing)? and steam\b|外购热力|蒸汽", re.I)
_INSTRUMENTS = re.compile(r"green (?:power|electricity)|\bGECs?\b|\bI-?RECs?\b|certificate|renewable (?:power|electricity)|"
                          r"photovoltaic|\bPV\b|solar|market[- ]based|绿电|绿证", re.I)


@lru_cache(maxsize=1)
def _grid_file() -> dict:
    text = resources.files("esglens").joinpath("data/factors/grid.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _grid() -> dict:
    return _grid_file()["regions"]


def _paragraphs(doc: Document) -> list[str]:
    """The report's text in paragraphs: lines joined until a blank line or a table row."""
    out, cur = [], []
    for tl in doc.lines:
        text = tl.text.strip()
        if not text or "\t" in tl.text or text.startswith("|"):
            if cur:
                out.append(" ".join(cur))
            cur = []
            continue
        cur.append(text)
    if cur:
        out.append(" ".join(cur))
    return out


def cited_factor_sets(doc: Document | None) -> set[tuple[str, int]]:
    """(region prefix, year) of the published grid factors the report says it used."""
    if doc is None:
        return set()
    out = set()
    for para in _paragraphs(doc):
        if not _FACTOR_WORDS.search(para):
            continue
        for sentence in re.split(r"(?<=[.;。；])\s+", para):
            if not _FACTOR_WORDS.search(sentence):
                continue
            years = {int(y) for y in _YEAR.findall(sentence)}
            for region, pat in PUBLISHERS.items():
                if pat.search(sentence):
                    out.update((region, y) for y in years)
    return out


def _on_a_line(rx, lines: list[str]) -> bool:
    """Does `rx` match the report's text? Its words and spaces never cross a line break, so each line is
    searched alone, and only a line holding one of the words it needs (core.prefilter.gate)."""
    search = gate(rx).search
    return any(search(line) for line in lines)


def published_range(sets: set[tuple[str, int]]) -> tuple[float, float, list[str]] | None:
    """(lowest, highest, names) of the factors published for those regions and years; None when we hold
    no complete set of them (data/factors/grid.yaml `complete`)."""
    values, names = [], []
    complete = _grid_file().get("complete") or {}
    for prefix, year in sorted(sets):
        if year not in complete.get(prefix, []):
            continue   # we do not hold that year's whole range: no bound to compare with
        for code, spec in _grid().items():
            f = (spec.get("factors") or {}).get(year)
            if f is None or not (code == prefix or code.startswith(prefix + "-")):
                continue
            values += [f["value"], *([f["residual"]] if f.get("residual") is not None else [])]
            names.append(f"{code} {year}")
    return (min(values), max(values), names) if values else None


def _amount(f: Fact, unit: str) -> float | None:
    if f.value_normalized is not None and f.unit_normalized == unit:
        return f.value_normalized
    return None


def _pick(facts: list[Fact], metrics: tuple[str, ...], year: int, near: Fact | None, unit: str) -> Fact | None:
    for m in metrics:
        c = [f for f in facts if f.metric == m and f.year == year and f.source == "table" and not f.qualifier
             and _amount(f, unit)]
        same = [f for f in c if near is not None and f.table_id and f.table_id == near.table_id]
        if same or c:
            return (same or c)[0]
    return None


def check_implied_factors(facts: list[Fact], doc: Document | None) -> list[Finding]:
    if not any(f.metric in SCOPE2 and f.year for f in facts):
        return []   # no Scope 2 figure to judge: the report's text need not be read
    ref = published_range(cited_factor_sets(doc))
    if ref is None:
        return []
    lines = [tl.text for tl in doc.lines] if doc is not None else []
    if _on_a_line(_HEAT, lines):
        return []   # Scope 2 may hold heat or steam: electricity alone does not explain it
    explained_low = _on_a_line(_INSTRUMENTS, lines)
    lo, hi, names = ref
    out = []
    years = sorted({f.year for f in facts if f.metric in SCOPE2 and f.year})
    for year in years:
        s2 = _pick(facts, SCOPE2, year, None, "tCO2e")
        el = _pick(facts, ELECTRICITY, year, s2, "MWh")
        if s2 is None or el is None:
            continue
        t, mwh = _amount(s2, "tCO2e"), _amount(el, "MWh")
        implied = t / mwh
        rounding = half_ulp(s2.raw) / abs(s2.value) + half_ulp(el.raw) / abs(el.value)
        tol = FACTOR_TOL + rounding
        low = implied < lo * (1 - tol) and not explained_low and el.metric == "energy.purchased_electricity"
        if implied > hi * (1 + tol) or low:
            out.append(_finding(year, s2, el, implied, lo, hi, names))
    return out


def _finding(year: int, s2: Fact, el: Fact, implied: float, lo: float, hi: float, names: list[str]) -> Finding:
    side = "above the highest" if implied > hi else "below the lowest"
    msg = (f"{year}: {s2.metric} {s2.raw} {s2.unit} from {el.metric} {el.raw} {el.unit} implies "
           f"{fmt(implied, 4)} tCO2/MWh, {side} of the grid factors the report says it used "
           f"({fmt(lo, 4)} to {fmt(hi, 4)} tCO2/MWh: {', '.join(names[:4])}{' ...' if len(names) > 4 else ''}).")
    lines = sorted({x.line for x in (s2, el) if x.line is not None})
    pages = sorted({x.page for x in (s2, el) if x.page is not None})
    return Finding("implied_factor", "warning", msg, lines, pages,
                   [s2.value, el.value, round(implied, 4), lo, hi], s2.metric, year)
