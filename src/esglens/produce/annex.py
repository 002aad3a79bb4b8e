"""The KPI annex: the inventory's figures in a layout (HKEX, SZSE No. 17, GRI), with framework codes."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from . import LAYOUTS
from .inventory import Inventory
# which lines make a figure "covered" by the data (a figure with no line behind it is left out)
_COVER = {"scope1_t": {"fuel", "refrigerant"}, "scope2_location_t": {"electricity", "green_power", "heat"},
          "scope2_market_t": {"electricity", "green_power", "heat"},
          "scope12_t": {"fuel", "refrigerant", "electricity", "green_power", "heat"},
          "energy_mwh": {"fuel", "pv", "electricity", "green_power", "heat"},
          "energy_tce": {"fuel", "pv", "electricity", "green_power", "heat"},
          "direct_energy_mwh": {"fuel", "pv"}, "indirect_energy_mwh": {"electricity", "green_power", "heat"},
          "electricity_mwh": {"electricity", "green_power"}, "renewable_mwh": {"green_power", "pv", "electricity"},
          "pv_mwh": {"pv"}, "water_withdrawal_m3": {"water_withdrawal"}, "water_discharge_m3": {"water_discharge"},
          "water_consumption_m3": {"water_withdrawal"}, "waste_hazardous_t": {"waste_hazardous"},
          "waste_non_hazardous_t": {"waste_non_hazardous"}, "waste_total_t": {"waste_hazardous", "waste_non_hazardous"}}


@dataclass
class AnnexRow:
    codes: str
    label: str
    unit: str
    values: dict[int, float | None]
    metric: str
    figure: str


@dataclass
class Annex:
    layout: str
    title: str
    framework: str
    years: list[int]
    rows: list[AnnexRow]
    notes: list[str]


@lru_cache(maxsize=1)
def layouts() -> dict:
    text = resources.files("esglens").joinpath("data/factors/annex.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)["layouts"]


@lru_cache(maxsize=8)
def framework_items(framework: str) -> tuple[dict, ...]:
    files = {"HKEX": "hkex.yaml", "GRI": "gri.yaml", "SZSE-17": "szse17.yaml"}
    text = resources.files("esglens").joinpath(f"data/frameworks/{files[framework]}").read_text(encoding="utf-8")
    return tuple(yaml.safe_load(text)["items"])


def codes_for(framework: str, metric: str) -> list[str]:
    out = []
    for item in framework_items(framework):
        if metric in (item.get("metrics") or []):
            code = str(item["code"])
            if framework == "SZSE-17" and item.get("articles"):
                arts = item["articles"]
                code = f"Article {arts[0]}" if len(arts) == 1 else f"Articles {arts[0]}-{arts[-1]}"
            out.append(code)
    return out


def figure(inv: Inventory, name: str, year: int) -> tuple[float | None, str | None]:
    """(value, unit for intensities) of one figure in one year."""
    t = inv.totals.get(year) or {}
    if name.startswith("fuel."):
        v = (inv.fuels.get(year) or {}).get(name[5:])
        return v, None
    if name in (inv.intensities.get(year) or {}):
        return inv.intensities[year][name]
    derived = {"scope12_t": t.get("scope1_t", 0) + t.get("scope2_location_t", 0),
               "water_consumption_m3": t.get("water_withdrawal_m3", 0) - t.get("water_discharge_m3", 0),
               "waste_total_t": t.get("waste_hazardous_t", 0) + t.get("waste_non_hazardous_t", 0)}
    if name in derived:
        return derived[name], None
    return t.get(name), None


def _covered(inv: Inventory, name: str, year: int | None = None) -> bool:
    """Whether any counted line of `year` (any year when None) stands behind the figure."""
    kinds = {ln.kind for ln in inv.lines if not ln.error and (year is None or ln.year == year)}
    if name.startswith("fuel."):
        return any((inv.fuels.get(y) or {}).get(name[5:]) for y in ([year] if year else inv.years))
    if name == "water_consumption_m3":  # withdrawal less discharge: both must be measured
        return {"water_withdrawal", "water_discharge"} <= kinds
    if name.endswith(("intensity", "intensity_tce")):
        return any(name in (inv.intensities.get(y) or {}) for y in ([year] if year else inv.years))
    if name == "renewable_mwh":
        return any((inv.totals[y].get("renewable_mwh") or 0) > 0 for y in ([year] if year else inv.years))
    return bool(_COVER.get(name, set()) & kinds)


def build_annex(inv: Inventory, layout: str) -> Annex:
    spec = layouts()[layout]
    rows = []
    for r in spec["rows"]:
        if not _covered(inv, r["figure"]):
            continue
        values, unit = {}, r.get("unit", "")
        for y in inv.years:
            v, u = figure(inv, r["figure"], y)
            values[y] = v if _covered(inv, r["figure"], y) else None
            unit = unit or (u or "")
        if not unit or all(v is None for v in values.values()):
            continue
        codes = r.get("code") or ", ".join(codes_for(spec["framework"], r["metric"]))
        rows.append(AnnexRow(codes, r["label"], unit, values, r["metric"], r["figure"]))
    return Annex(layout, spec["title"], spec["framework"], inv.years, rows, _notes(inv))


def _notes(inv: Inventory) -> list[str]:
    notes = [f"Greenhouse gases in tonnes of CO2 equivalent with {inv.gwp} global warming potentials.",
             "Scope 2 location-based uses the grid average factor; market-based uses contractual instruments, "
             "supplier factors or the residual factor where published."]
    if inv.user_file:
        notes.append(f"Some factors come from the user's own factor file {inv.user_file}.")
    grids = sorted({c for ln in inv.lines if ln.kind in ("electricity", "green_power") and not ln.error
                    for c in (ln.factor_source, ln.market_source) if c and not c.startswith("contractual")})
    notes += [f"Grid emission factors: {c}." for c in grids]
    fallbacks = sorted({n for ln in inv.lines for n in ln.notes if n.startswith("no ") and "grid factor" in n})
    notes += [f"{n[0].upper()}{n[1:]}." for n in fallbacks]
    return notes
