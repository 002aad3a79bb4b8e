"""Emission, GWP and conversion factors: the shipped public sets and a user's own overrides.

Every factor carries where it comes from (`cite`): a key of data/factors/sources.yaml with its year and
scope of use, or 'user file NAME' for an override. The inventory prints that next to each result.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml



class FactorError(ValueError):
    """A factor file that cannot be read; the message names the file and the reason."""


@dataclass(frozen=True)
class Factor:
    value: float
    unit: str                 # pint expression (for grid factors: tonne / megawatt_hour)
    cite: str                 # the source as printed
    user: bool = False        # from the user's own factor file


@dataclass(frozen=True)
class GridFactor:
    region: str
    year: int                 # the year of the factor used
    location: Factor
    residual: Factor | None   # the factor for electricity without instruments (market-based)
    note: str | None = None   # "2022 factor used for 2024: the latest before it"


@dataclass
class FactorSet:
    fuels: dict
    energy: dict
    gwp: dict[str, float]
    gwp_name: str
    gwp_cite: str
    grid: dict
    sources: dict
    user_grid: dict[tuple[str, int], tuple[float, float | None, str]] = field(default_factory=dict)
    user_supplier: dict[str, Factor] = field(default_factory=dict)
    user_fuel: dict[str, Factor] = field(default_factory=dict)
    user_gwp: dict[str, Factor] = field(default_factory=dict)
    user_file: str | None = None

    # ------------------------------------------------------------------ citations
    def cite(self, spec: dict) -> str:
        src = self.sources.get(spec.get("source"), {})
        title = src.get("title", spec.get("source", "?"))
        if src.get("publisher"):
            title = f"{title} ({src['publisher']})"
        use = f"; {spec['use']}" if spec.get("use") else ""
        return f"{title}{use}"

    # ------------------------------------------------------------------ lookups
    def fuel_key(self, name: str) -> str | None:
        n = _norm(name)
        for key, spec in self.fuels.items():
            if n == _norm(key) or n in (_norm(x) for x in spec.get("names", [])):
                return key
        return None

    def gas(self, name: str) -> str | None:
        n = _norm(name).replace(" ", "-")
        aliases = self._gwp_data()["aliases"]
        known = set(self.gwp) | set(self._gwp_data()["blends"]) | set(self.user_gwp)
        for k in known:
            if k.lower() == n:
                return k
        return aliases.get(n)

    def gwp_of(self, gas: str) -> Factor | None:
        if gas in self.user_gwp:
            return self.user_gwp[gas]
        if gas in self.gwp:
            return Factor(self.gwp[gas], "", f"{self.gwp_name} GWP-100 ({self.gwp_cite})")
        blend = self._gwp_data()["blends"].get(gas)
        if blend and all(g in self.gwp for g in blend):
            value = sum(share * self.gwp[g] for g, share in blend.items())
            parts = " + ".join(f"{share:g} x {g} {self.gwp[g]:g}" for g, share in blend.items())
            return Factor(round(value, 1), "", f"{self.gwp_name} GWP-100 of the blend: {parts} ({self.gwp_cite})")
        return None

    def region(self, name: str) -> str:
        """The grid region code for a name the user gave; raises FactorError when unknown or ambiguous."""
        raw = (name or "").strip()
        data = self._grid_data()
        up = raw.upper()
        if up in data.get("ambiguous", {}):
            raise FactorError(f"grid '{raw}': {data['ambiguous'][up]}")
        if up in data["regions"] or any(k[0] == up for k in self.user_grid):
            return up
        alias = data.get("aliases", {}).get(raw.lower())
        if alias:
            return alias
        raise FactorError(f"grid '{raw}' is not known; known: {', '.join(sorted(data['regions']))}"
                          " (or give its factor with --factors)")

    def grid_factor(self, region: str, year: int) -> GridFactor | None:
        """The factor of `year`, or of the latest year before it (said so); None when there is none."""
        years: dict[int, Factor | tuple] = {}
        spec = self._grid_data()["regions"].get(region, {})
        for y, f in (spec.get("factors") or {}).items():
            years[int(y)] = ("data", f)
        for (r, y), v in self.user_grid.items():
            if r == region:
                years[y] = ("user", v)
        usable = sorted(y for y in years if y <= year)
        if not usable:
            return None
        used = usable[-1]
        kind, f = years[used]
        if kind == "user":
            value, residual, cite = f
            loc = Factor(value, "tonne / megawatt_hour", cite, True)
            res = Factor(residual, "tonne / megawatt_hour", cite, True) if residual is not None else None
        else:
            cite = self.cite({"source": f["source"]})
            loc = Factor(f["value"], "tonne / megawatt_hour", f"{cite}; {spec.get('name', region)}, {used}")
            res = (Factor(f["residual"], "tonne / megawatt_hour",
                          f"{cite}; {spec.get('name', region)}, {used}, excluding market-traded non-fossil power")
                   if f.get("residual") is not None else None)
        note = None if used == year else f"no {region} grid factor for {year}: the {used} factor is used, the latest before it"
        return GridFactor(region, used, loc, res, note)

    @staticmethod
    @lru_cache(maxsize=1)
    def _gwp_data() -> dict:
        return _load("gwp.yaml")

    @staticmethod
    @lru_cache(maxsize=1)
    def _grid_data() -> dict:
        return _load("grid.yaml")


def _norm(s: str) -> str:
    return re.sub(r"[\s_]+", " ", str(s or "").strip().lower())


def _load(name: str) -> dict:
    text = resources.files("esglens").joinpath(f"data/factors/{name}").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def load(gwp: str = "AR5", user_file: str | None = None) -> FactorSet:
    """The shipped factor sets with GWP set `gwp` (AR5 or AR6), overridden by `user_file` when given."""
    g = _load("gwp.yaml")
    if gwp not in g["sets"]:
        raise FactorError(f"GWP set '{gwp}' is not known; known: {', '.join(g['sets'])}")
    sources = _load("sources.yaml")
    gset = g["sets"][gwp]
    fs = FactorSet(fuels=_load("fuels.yaml")["fuels"], energy=_load("energy.yaml"),
                   gwp={k: float(v) for k, v in gset["values"].items()}, gwp_name=gwp,
                   gwp_cite=sources[gset["source"]]["title"], grid=_load("grid.yaml"), sources=sources)
    if user_file:
        from .overrides import apply_overrides
        apply_overrides(fs, Path(user_file))
    return fs
