"""One inventory line per activity row: the quantity, the factors applied with their sources, the result."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .activity import ActivityRow
from .factors import Factor, FactorError, FactorSet
from .quantities import convert, magnitude, read_unit

GJ_PER_TCE = 29.3076
# instruments that make a market-based factor of zero (renewable electricity bought with its attributes)
RENEWABLE_INSTRUMENTS = re.compile(
    r"green[ _-]?(?:power|electricity)|\bgec\b|\bi-?rec\b|\brec\b|\bgo\b|guarantee of origin|certificate|"
    r"\bppa\b|renewable|绿电|绿证", re.I)
_MOBILE = re.compile(r"[ _(]*(?:vehicles?|mobile|fleet|transport)\)?\s*$", re.I)
ACTIVITY_KINDS = {
    "electricity": re.compile(r"^(?:purchased |grid )?electricity$|^power$|^电力$|^外购电力$"),
    "green_power": re.compile(r"^green (?:power|electricity)$|^绿电$"),
    "pv": re.compile(r"^(?:own |self[- ]generated |onsite |on-site )?(?:solar|pv|photovoltaic)(?: power| electricity| generation| self[- ]generated)*$"),
    "heat": re.compile(r"^(?:purchased )?(?:heat|steam|hot water)$|^热力$|^蒸汽$"),
    "water_withdrawal": re.compile(r"^water(?: withdrawal| withdrawn| consumption| use)?$"),
    "water_discharge": re.compile(r"^(?:water discharge[d]?|waste ?water discharged?|effluent)$"),
    "waste_hazardous": re.compile(r"^hazardous waste$|^waste hazardous$"),
    "waste_non_hazardous": re.compile(r"^non[- ]hazardous waste$|^waste non[- ]hazardous$"),
}


@dataclass
class Line:
    row: int
    site: str
    period: str
    year: int | None
    activity: str
    quantity: float | None
    unit: str
    kind: str = ""                       # fuel, electricity, heat, refrigerant, pv, water, waste
    scope: str | None = None             # "1", "2" or None
    category: str = ""
    energy_mwh: float | None = None
    energy_tce: float | None = None
    co2e_t: float | None = None          # Scope 1, or Scope 2 location-based
    market_t: float | None = None        # Scope 2 market-based
    amount: float | None = None          # water (m³) and waste (t)
    factor: str = ""
    factor_source: str = ""
    market_factor: str = ""
    market_source: str = ""
    renewable: bool = False
    user_factor: bool = False
    notes: list[str] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def _norm(s: str) -> str:
    return re.sub(r"[\s_]+", " ", s.strip().lower())


def kind_of(activity: str, fs: FactorSet) -> tuple[str | None, str | None, bool]:
    """(kind, key, mobile) of an activity name; (None, None, False) when unknown."""
    a = _norm(activity)
    for kind, pat in ACTIVITY_KINDS.items():
        if pat.search(a):
            return kind, kind, False
    mobile = bool(_MOBILE.search(a))
    fuel = fs.fuel_key(_MOBILE.sub("", a)) if mobile else fs.fuel_key(a)
    if fuel:
        return "fuel", fuel, mobile
    gas = fs.gas(a)
    if gas and gas != "CO2":
        return "refrigerant", gas, False
    return None, None, False


def make_line(r: ActivityRow, fs: FactorSet, grid: str | None) -> Line:
    line = Line(r.row, r.site, r.period, r.year, r.activity, r.quantity, r.unit)
    if r.year is None:
        line.error = f"period '{r.period}' has no year"
        return line
    if r.quantity is None:
        line.error = f"quantity '{r.quantity_raw}' is not a number"
        return line
    if r.quantity < 0:
        line.error = f"negative quantity {r.quantity_raw}"
        return line
    unit = read_unit(r.unit)
    if unit is None:
        line.error = f"unit '{r.unit}' cannot be read"
        return line
    kind, key, mobile = kind_of(r.activity, fs)
    if kind is None:
        line.error = f"activity '{r.activity}' is not known (a fuel, electricity, heat, a refrigerant, water or waste)"
        return line
    line.kind = kind
    try:
        if kind == "fuel":
            _fuel(line, unit, fs, key, mobile or r.use == "mobile")
        elif kind in ("electricity", "green_power"):
            _electricity(line, unit, fs, r, grid, green=kind == "green_power")
        elif kind == "pv":
            _pv(line, unit, fs)
        elif kind == "heat":
            _heat(line, unit, fs)
        elif kind == "refrigerant":
            _refrigerant(line, unit, fs, key)
        else:
            _amount(line, unit, kind)
    except FactorError as exc:
        line.error = str(exc)
    return line


def _tonnes_per(total_t: float, q: float, unit: str) -> str:
    return f"{total_t / q:.6g} tCO2e/{unit}" if q else f"0 tCO2e/{unit}"


def _fuel_energy_tj(line: Line, unit, spec: dict, fs: FactorSet) -> tuple[float, list[str]]:
    q = line.quantity
    tj = magnitude(q, unit, "terajoule")
    if tj is not None:
        return tj, []
    mass_gg = magnitude(q, unit, "gigagram")
    cites = []
    if mass_gg is None and magnitude(q, unit, "meter ** 3") is not None:
        if spec.get("ncv_volume"):
            v = spec["ncv_volume"]
            per = convert(v["value"], v["unit"], "terajoule / meter ** 3")
            return magnitude(q, unit, "meter ** 3") * per, [f"NCV {v['value']:g} GJ/10^4 m³: {fs.cite(v)}"]
        if spec.get("density"):
            d = spec["density"]
            mass_gg = magnitude(q, unit, "liter") * convert(d["value"], d["unit"], "gigagram / liter")
            cites.append(f"density {d['value']:g} kg/L: {fs.cite(d)}")
    if mass_gg is None:
        raise FactorError(f"{line.activity} in '{line.unit}' cannot be turned into energy (no density or calorific value)")
    n = spec["ncv"]
    return mass_gg * convert(n["value"], n["unit"], "terajoule / gigagram"), cites + [f"NCV {n['value']:g} TJ/Gg: {fs.cite(n)}"]


def _fuel(line: Line, unit, fs: FactorSet, key: str, mobile: bool) -> None:
    spec = fs.fuels[key]
    line.scope, line.category = "1", ("mobile combustion" if mobile else "stationary combustion")
    tj, cites = _fuel_energy_tj(line, unit, spec, fs)
    line.energy_mwh = tj * 1e6 / 3600
    line.energy_tce = _fuel_tce(line, unit, spec, tj)
    user = fs.user_fuel.get(key)
    if user is not None:
        per = magnitude(line.quantity, unit, user.unit)
        if per is None:
            raise FactorError(f"the user factor for {key} is per {user.unit}, the row is in '{line.unit}'")
        line.co2e_t, line.user_factor = user.value * per / 1000, True
        line.factor, line.factor_source = _tonnes_per(line.co2e_t, line.quantity, line.unit), user.cite
        return
    ghg = spec["mobile" if mobile and spec.get("mobile") else "stationary"]
    ch4, n2o = fs.gwp_of("CH4"), fs.gwp_of("N2O")
    co2 = spec["co2"]["value"]
    kg_per_tj = co2 + ghg["CH4"] * ch4.value + ghg["N2O"] * n2o.value
    line.co2e_t = tj * kg_per_tj / 1000
    line.factor = (f"{_tonnes_per(line.co2e_t, line.quantity, line.unit)} (= {co2:g} CO2 + {ghg['CH4']:g} CH4 x {ch4.value:g}"
                   f" + {ghg['N2O']:g} N2O x {n2o.value:g} kg/TJ)")
    line.factor_source = "; ".join([*cites, f"CO2: {fs.cite(spec['co2'])}", f"CH4/N2O: {fs.cite(ghg)}", ch4.cite])
    line.user_factor = ch4.user or n2o.user


def _fuel_tce(line: Line, unit, spec: dict, tj: float) -> float:
    kg = magnitude(line.quantity, unit, "kilogram")
    litres = magnitude(line.quantity, unit, "liter")
    if kg is None and litres is not None and spec.get("density") and not spec.get("coal_equivalent_volume"):
        kg = litres * convert(spec["density"]["value"], spec["density"]["unit"], "kilogram / liter")
    if kg is not None and spec.get("coal_equivalent"):
        return kg * spec["coal_equivalent"]["value"] / 1000
    m3 = magnitude(line.quantity, unit, "meter ** 3")
    if m3 is not None and spec.get("coal_equivalent_volume"):
        return m3 * spec["coal_equivalent_volume"]["value"] / 1000
    return tj * 1000 / GJ_PER_TCE


def _electricity(line: Line, unit, fs: FactorSet, r: ActivityRow, grid: str | None, green: bool) -> None:
    mwh = magnitude(line.quantity, unit, "megawatt_hour")
    if mwh is None:
        raise FactorError(f"electricity in '{line.unit}' is no energy unit")
    line.scope, line.category, line.energy_mwh = "2", "purchased electricity", mwh
    ce = fs.energy["electricity"]["coal_equivalent"]
    line.energy_tce = mwh * 1000 * ce["value"] / 1000
    name = r.grid or grid
    if not name:
        raise FactorError("electricity needs a grid (a 'grid' column or --grid)")
    gf = fs.grid_factor(fs.region(name), line.year)
    if gf is None:
        raise FactorError(f"no grid factor for {fs.region(name)} in or before {line.year}")
    if gf.note:
        line.notes.append(gf.note)
    line.co2e_t = mwh * gf.location.value
    line.factor, line.factor_source = f"{gf.location.value:g} tCO2e/MWh", gf.location.cite
    line.user_factor = gf.location.user
    _market(line, fs, r, gf, mwh, green)


def _market(line: Line, fs: FactorSet, r: ActivityRow, gf, mwh: float, green: bool) -> None:
    supplier = fs.user_supplier.get(r.supplier.lower()) if r.supplier else None
    if green or RENEWABLE_INSTRUMENTS.search(r.instrument or ""):
        line.renewable = True
        line.market_t, line.market_factor = 0.0, "0 tCO2e/MWh"
        line.market_source = f"contractual instrument: {r.instrument or 'green power'} (renewable attributes)"
    elif supplier is not None:
        line.market_t, line.market_factor, line.market_source = mwh * supplier.value, f"{supplier.value:g} tCO2e/MWh", supplier.cite
        line.user_factor = True
    elif gf.residual is not None:
        line.market_t = mwh * gf.residual.value
        line.market_factor, line.market_source = f"{gf.residual.value:g} tCO2e/MWh", gf.residual.cite
    else:
        line.market_t, line.market_factor, line.market_source = line.co2e_t, line.factor, line.factor_source
        line.notes.append(f"no residual-mix factor for {gf.region}: market-based uses the grid average")


def _pv(line: Line, unit, fs: FactorSet) -> None:
    mwh = magnitude(line.quantity, unit, "megawatt_hour")
    if mwh is None:
        raise FactorError(f"solar power in '{line.unit}' is no energy unit")
    ce = fs.energy["electricity"]["coal_equivalent"]
    line.category, line.energy_mwh, line.renewable = "own solar power", mwh, True
    line.energy_tce = mwh * ce["value"]
    line.co2e_t, line.factor, line.factor_source = 0.0, "0 tCO2e/MWh", "generated on site: no emissions"


def _heat(line: Line, unit, fs: FactorSet) -> None:
    gj = magnitude(line.quantity, unit, "gigajoule")
    if gj is None:
        raise FactorError(f"{line.activity} in '{line.unit}': give its heat content in GJ or MWh")
    spec = fs.energy["heat"]
    line.scope, line.category, line.energy_mwh = "2", "purchased heat", gj / 3.6
    line.energy_tce = gj * 1000 * spec["coal_equivalent"]["value"] / 1000
    line.co2e_t = gj * spec["co2"]["value"]
    line.factor, line.factor_source = f"{spec['co2']['value']:g} tCO2/GJ", fs.cite(spec["co2"])
    line.market_t, line.market_factor, line.market_source = line.co2e_t, line.factor, line.factor_source


def _refrigerant(line: Line, unit, fs: FactorSet, gas: str) -> None:
    kg = magnitude(line.quantity, unit, "kilogram")
    if kg is None:
        raise FactorError(f"refrigerant in '{line.unit}': give the mass lost or refilled (kg or t)")
    g = fs.gwp_of(gas)
    if g is None:
        raise FactorError(f"no GWP for {gas}")
    line.scope, line.category = "1", "fugitive (refrigerants, fire suppression)"
    line.co2e_t = kg * g.value / 1000
    line.factor, line.factor_source, line.user_factor = f"GWP {g.value:g} ({gas})", g.cite, g.user


def _amount(line: Line, unit, kind: str) -> None:
    if kind.startswith("water"):
        v = magnitude(line.quantity, unit, "meter ** 3")
        t = magnitude(line.quantity, unit, "tonne")
        if v is None and t is None:
            raise FactorError(f"water in '{line.unit}' is no volume")
        line.amount, line.category = (v if v is not None else t), kind.replace("_", " ")
        if v is None:
            line.notes.append("water given by mass: 1 t = 1 m³")
    else:
        t = magnitude(line.quantity, unit, "tonne")
        if t is None:
            raise FactorError(f"waste in '{line.unit}' is no mass")
        line.amount, line.category = t, kind.replace("_", " ")
