"""A small reading of printed units: dimension and scale, enough to compare two printed values.

The catalog owns real unit normalization; this only has to tell "t" from "MWh" and "t" from "kg"
when a fact carries no normalized value.
"""
from __future__ import annotations

import re
from functools import lru_cache

_BASE: dict[str, tuple[str, float]] = {
    "t": ("mass", 1e3), "tonne": ("mass", 1e3), "tonnes": ("mass", 1e3), "ton": ("mass", 1e3),
    "tons": ("mass", 1e3), "kg": ("mass", 1.0), "g": ("mass", 1e-3), "tco2e": ("mass", 1e3),
    "kgco2e": ("mass", 1.0), "tco2": ("mass", 1e3), "mt": ("mass", 1e9),
    "wh": ("energy", 1e-3), "kwh": ("energy", 1.0), "mwh": ("energy", 1e3), "gwh": ("energy", 1e6),
    "twh": ("energy", 1e9), "mj": ("energy", 1 / 3600), "gj": ("energy", 1e3 / 3.6), "tj": ("energy", 1e6 / 3.6),
    "m3": ("volume", 1.0), "cubic": ("volume", 1.0), "l": ("volume", 1e-3), "litres": ("volume", 1e-3),
    "liters": ("volume", 1e-3), "ml": ("volume", 1e-6),
    "tce": ("energy", 8141.0),  # tonne of standard coal equivalent, 29.31 GJ
    "%": ("percent", 1.0), "percent": ("percent", 1.0),
    "rmb": ("cny", 1.0), "cny": ("cny", 1.0), "yuan": ("cny", 1.0), "hkd": ("hkd", 1.0), "usd": ("usd", 1.0),
    "person": ("count", 1.0), "persons": ("count", 1.0), "people": ("count", 1.0),
    "hours": ("time", 1.0), "hour": ("time", 1.0), "hrs": ("time", 1.0), "h": ("time", 1.0),
}
_MULT = {"thousand": 1e3, "'000": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "10,000": 1e4,
         "10000": 1e4, "ten thousand": 1e4, "hundred million": 1e8, "100 million": 1e8}
_NOISE = re.compile(r"carbon dioxide equivalen(?:t|ce)|co\s*2\s*-?\s*e(?:q)?\b|\b(?:equivalents?|of|per|the)\b")


@lru_cache(maxsize=4096)   # a pure reading of a printed unit, asked for again per pair
def clean(unit: str) -> str:
    u = (unit or "").lower().replace("³", "3").replace("₂", "2").replace("²", "2").replace("’", "'")
    u = re.sub(r"m\s+3", "m3", u)
    u = u.replace("cubic meters", "m3").replace("cubic metres", "m3")
    u = re.sub(r"\bt\s*co2\s*e\b", "t", u)
    u = re.sub(r"\b(?:tonnes?|tons?|t)\s+(?:of\s+)?standard\s+coal(?:\s+equivalent)?|\btce\b", "tce", u)
    return u.strip()


@lru_cache(maxsize=4096)
def scale(unit: str) -> tuple[str, float] | None:
    """(dimension, factor to the base unit) for a simple unit, or None when unsure."""
    u = clean(unit)
    if not u or "/" in u:
        return None
    factor = 1.0
    for word, f in sorted(_MULT.items(), key=lambda kv: -len(kv[0])):
        if word in u:
            factor *= f
            u = u.replace(word, " ")
            break
    u = _NOISE.sub(" ", u)
    found = {_BASE[t] for t in re.findall(r"[a-z]+\d?|%", u) if t in _BASE}
    dims = {d for d, _ in found}
    if len(dims) != 1 or len(found) != 1:
        return None
    dim, f = found.pop()
    return dim, f * factor


@lru_cache(maxsize=4096)
def ratio_units(unit: str) -> tuple[str, str] | None:
    """'MWh/GWh' -> ('MWh', 'GWh'); 'Carbon dioxide equivalent/kWh (kg)' -> ('kg', 'kWh')."""
    u = clean(unit)
    if u.count("/") != 1:
        return None
    num, den = (p.strip() for p in u.split("/"))
    paren = re.search(r"\(([^)]+)\)\s*$", den)
    if paren:  # "…/kWh (kg)": the bracket names the numerator's unit
        num, den = paren.group(1), den[: paren.start()].strip()
    den = re.sub(r"\b(?:output|product|unit|revenue|of|per)\b", " ", den).strip()
    return num.strip(), den


def printed_denominator(unit: str) -> str:
    """The denominator of a ratio unit as the report prints it, case and all ('m³/GWh' -> 'GWh'; 'kg/t of
    output' -> 't'): what a message names. `ratio_units` gives the lower-cased one that scales are read from."""
    if (unit or "").count("/") != 1:
        return ""
    den = unit.split("/")[1]
    den = re.sub(r"\([^)]+\)\s*$", "", den)
    return " ".join(re.sub(r"\b(?:output|product|unit|revenue|of|per)\b", " ", den, flags=re.I).split())


@lru_cache(maxsize=4096)
def dimension(unit: str) -> str | None:
    """'mass', 'energy', 'volume' … of a plain unit, or of a ratio's numerator."""
    r = ratio_units(unit)
    s = scale(r[0] if r else unit)
    return s[0] if s else None
