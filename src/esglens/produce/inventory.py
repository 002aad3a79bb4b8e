"""The inventory: lines, totals per year, intensities and the data findings (seeded errors included)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from statistics import median

from ..core.settings import Settings, setting
from .activity import ActivityRow
from .factors import FactorSet
from .lines import Line, make_line
from .quantities import number, read_unit



@dataclass(frozen=True)
class InventorySettings(Settings):
    outlier_ratio: float = setting(20.0, "a period this many times above or below the median of the site's other "
                                         "periods of one activity is flagged as a likely unit or digit slip", min=1.0)
    min_periods: int = setting(3, "periods of one site and activity needed before a value is called an outlier", min=2)


INVENTORY = InventorySettings()
TOTAL_KEYS = ("scope1_t", "scope2_location_t", "scope2_market_t", "energy_mwh", "energy_tce",
              "direct_energy_mwh", "indirect_energy_mwh", "electricity_mwh", "renewable_mwh", "pv_mwh",
              "water_withdrawal_m3", "water_discharge_m3", "waste_hazardous_t", "waste_non_hazardous_t")


@dataclass
class Denominator:
    value: float
    unit: str           # as the user printed it ("RMB 10,000")


@dataclass
class Inventory:
    lines: list[Line]
    totals: dict[int, dict[str, float]]
    fuels: dict[int, dict[str, float]]            # year -> fuel -> MWh
    intensities: dict[int, dict[str, tuple[float, str]]]
    findings: list[dict] = field(default_factory=list)
    gwp: str = "AR5"
    user_file: str | None = None

    @property
    def years(self) -> list[int]:
        return sorted(self.totals)

    def to_dict(self) -> dict:
        latest = self.years[-1] if self.years else None
        top = {k: round(v, 6) for k, v in (self.totals.get(latest) or {}).items()}
        return {"year": latest, **top,
                "intensities": {k: {"value": v, "unit": u} for k, (v, u) in (self.intensities.get(latest) or {}).items()},
                "by_year": {y: {k: round(v, 6) for k, v in t.items()} for y, t in self.totals.items()},
                "gwp": self.gwp, "factor_file": self.user_file,
                "lines": [ln.to_dict() for ln in self.lines], "findings": self.findings}


def parse_denominator(text: str) -> tuple[int | None, Denominator]:
    """'2,775,153 RMB 10,000' or '2024=2,775,153 RMB 10,000' -> (year or None, Denominator)."""
    year = None
    t = text.strip()
    if "=" in t:
        y, t = t.split("=", 1)
        year = int(number(y)) if number(y) is not None else None
    head, _, rest = t.strip().partition(" ")
    value = number(head)
    if value is None or value <= 0 or not rest.strip():
        raise ValueError(f"denominator '{text}': give a positive number and its unit ('2,775,153 RMB 10,000')")
    return year, Denominator(value, rest.strip())


def build(rows: list[ActivityRow], fs: FactorSet, grid: str | None = None,
          denominators: dict[int | None, Denominator] | None = None,
          settings: InventorySettings = INVENTORY) -> Inventory:
    lines = [make_line(r, fs, grid) for r in rows]
    totals: dict[int, dict[str, float]] = {}
    fuels: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for ln in lines:
        if ln.error:
            continue
        t = totals.setdefault(ln.year, dict.fromkeys(TOTAL_KEYS, 0.0))
        _add(t, ln)
        if ln.kind == "fuel":
            fuels[ln.year][_fuel_name(ln, fs)] += ln.energy_mwh or 0.0
    inv = Inventory(lines, totals, {y: dict(v) for y, v in fuels.items()}, {}, gwp=fs.gwp_name,
                    user_file=fs.user_file)
    inv.intensities = _intensities(totals, denominators or {})
    inv.findings = data_findings(lines, settings)
    return inv


def _fuel_name(ln: Line, fs: FactorSet) -> str:
    from .lines import kind_of
    return kind_of(ln.activity, fs)[1] or ln.activity


def _add(t: dict, ln: Line) -> None:
    if ln.scope == "1":
        t["scope1_t"] += ln.co2e_t or 0.0
    elif ln.scope == "2":
        t["scope2_location_t"] += ln.co2e_t or 0.0
        t["scope2_market_t"] += ln.market_t or 0.0
    if ln.energy_mwh is not None:
        t["energy_mwh"] += ln.energy_mwh
        t["energy_tce"] += ln.energy_tce or 0.0
        key = "direct_energy_mwh" if ln.kind in ("fuel", "pv") else "indirect_energy_mwh"
        t[key] += ln.energy_mwh
    if ln.kind in ("electricity", "green_power"):
        t["electricity_mwh"] += ln.energy_mwh
    if ln.renewable:
        t["renewable_mwh"] += ln.energy_mwh or 0.0
    if ln.kind == "pv":
        t["pv_mwh"] += ln.energy_mwh or 0.0
    if ln.kind in ("water_withdrawal", "water_discharge", "waste_hazardous", "waste_non_hazardous"):
        t[f"{ln.kind}_{'m3' if ln.kind.startswith('water') else 't'}"] += ln.amount or 0.0


def _intensities(totals: dict, dens: dict) -> dict:
    out = {}
    for y, t in totals.items():
        d = dens.get(y) or (dens.get(None) if len(totals) == 1 or y == max(totals) else None)
        if d is None:
            continue
        out[y] = {"ghg_intensity": ((t["scope1_t"] + t["scope2_location_t"]) / d.value, f"tCO2e/{d.unit}"),
                  "ghg_intensity_market": ((t["scope1_t"] + t["scope2_market_t"]) / d.value, f"tCO2e/{d.unit}"),
                  "energy_intensity": (t["energy_mwh"] / d.value, f"MWh/{d.unit}"),
                  "energy_intensity_tce": (t["energy_tce"] / d.value, f"tce/{d.unit}")}
        if t["water_withdrawal_m3"]:   # consumption when discharge is measured, else withdrawal
            water = t["water_withdrawal_m3"] - t["water_discharge_m3"]
            out[y]["water_intensity"] = (water / d.value, f"m³/{d.unit}")
        if t["waste_hazardous_t"]:
            out[y]["waste_hazardous_intensity"] = (t["waste_hazardous_t"] / d.value, f"t/{d.unit}")
    return out


# ---------------------------------------------------------------- findings in the activity data
def data_findings(lines: list[Line], settings: InventorySettings = INVENTORY) -> list[dict]:
    out = [{"kind": "bad_row", "row": ln.row, "message": f"row {ln.row} ({ln.site}, {ln.period}, {ln.activity}): {ln.error}; not counted"}
           for ln in lines if ln.error]
    out += _duplicates(lines)
    out += _outliers(lines, settings)
    return out


def _duplicates(lines: list[Line]) -> list[dict]:
    seen: dict[tuple, int] = {}
    out = []
    for ln in lines:
        key = (ln.site.lower(), ln.period, ln.activity.lower(), ln.quantity, ln.unit)
        if ln.error:
            continue
        if key in seen:
            out.append({"kind": "duplicate_row", "row": ln.row,
                        "message": f"row {ln.row} repeats row {seen[key]} ({ln.site}, {ln.period}, {ln.activity}, "
                                   f"{ln.quantity:g} {ln.unit}): counted twice?"})
        else:
            seen[key] = ln.row
    return out


def _base(ln: Line) -> float | None:
    if ln.energy_mwh is not None:
        return ln.energy_mwh
    if ln.amount is not None:
        return ln.amount
    return ln.co2e_t


def _outliers(lines: list[Line], settings: InventorySettings) -> list[dict]:
    groups: dict[tuple, list[Line]] = defaultdict(list)
    for ln in lines:
        if not ln.error and _base(ln):
            groups[(ln.site.lower(), ln.activity.lower())].append(ln)
    out = []
    for group in groups.values():
        if len(group) < settings.min_periods:
            continue
        for ln in group:
            others = [_base(o) for o in group if o is not ln]
            mid = median(others)
            ratio = _base(ln) / mid if mid else None
            if ratio and (ratio >= settings.outlier_ratio or ratio <= 1 / settings.outlier_ratio):
                out.append({"kind": "outlier", "row": ln.row,
                            "message": f"row {ln.row} ({ln.site}, {ln.period}, {ln.activity}): {ln.quantity:g} {ln.unit} is "
                                       f"{ratio:.3g} times the median of the site's other periods: a unit or digit slip?"})
    return out
