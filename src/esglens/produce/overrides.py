"""A user's own factor file (CSV or YAML): rows of kind, key, year, value, unit, source.

kind   grid      key: region code (new or shipped), year, value in t/MWh (`residual` optional)
       supplier  key: supplier name as in the activity file, value in t/MWh (market-based)
       fuel      key: fuel name, value in kgCO2e per `unit`'s denominator ('kg/L', 'kg/m³', 'kg/kWh')
       gwp       key: gas or refrigerant, value (GWP-100)
Every result computed with such a factor says 'user file NAME'.
"""
from __future__ import annotations

import csv
from pathlib import Path

import yaml

from .factors import Factor, FactorError, FactorSet
from .quantities import number, read_unit

_KINDS = ("grid", "supplier", "fuel", "gwp")


def _rows(path: Path) -> list[dict]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise FactorError(f"{path}: cannot read the factor file ({type(exc).__name__})") from None
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            data = yaml.safe_load(text) or []
        except yaml.YAMLError:
            raise FactorError(f"{path}: not valid YAML") from None
        if isinstance(data, dict):
            data = data.get("factors", [])
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise FactorError(f"{path}: expected a list of factors (kind, key, year, value, unit, source)")
        return [{str(k).lower(): v for k, v in r.items()} for r in data]
    return [{(k or "").strip().lower(): (v or "").strip() for k, v in r.items()} for r in csv.DictReader(text.splitlines())]


def apply_overrides(fs: FactorSet, path: Path) -> None:
    fs.user_file = path.name
    for i, r in enumerate(_rows(path), start=2):
        kind = str(r.get("kind", "")).lower()
        key = str(r.get("key", "")).strip()
        value = number(r.get("value"))
        where = f"{path.name} row {i}"
        if kind not in _KINDS or not key or value is None:
            raise FactorError(f"{where}: needs kind ({'/'.join(_KINDS)}), key and a numeric value")
        cite = f"user file {path.name}" + (f": {r['source']}" if r.get("source") else "")
        if kind == "grid":
            year = number(r.get("year"))
            if year is None:
                raise FactorError(f"{where}: a grid factor needs its year")
            residual = number(r.get("residual")) if r.get("residual") not in (None, "") else None
            fs.user_grid[(key.upper(), int(year))] = (value, residual, cite)
        elif kind == "supplier":
            fs.user_supplier[key.lower()] = Factor(value, "tonne / megawatt_hour", cite, True)
        elif kind == "gwp":
            fs.user_gwp[fs.gas(key) or key] = Factor(value, "", cite, True)
        else:
            unit = str(r.get("unit", ""))
            den = unit.split("/", 1)[1] if "/" in unit else ""
            per = read_unit(den) if den else None
            num = read_unit(unit.split("/", 1)[0]) if "/" in unit else None
            if per is None or num is None or num.dim != "mass":
                raise FactorError(f"{where}: a fuel factor needs a unit like 'kg/L' or 'kg/m³' (CO2e per amount)")
            fkey = fs.fuel_key(key) or key.lower().replace(" ", "_")
            from .quantities import convert
            kg = convert(value * num.scale, num.expr, "kilogram") / per.scale  # kg CO2e per one `per.expr`
            fs.user_fuel[fkey] = Factor(kg, per.expr, cite, True)
