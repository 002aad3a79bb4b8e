"""Units as reports print them: reading, exact conversions, round trips."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from esglens.catalog import convert, parse_unit, unit_fits
from esglens.catalog.metrics import get_metric
from esglens.catalog.normalize import normalize


@pytest.mark.parametrize("printed", ["tCO ₂ e", "tCO$_{2}$eq", "t CO2-eq", "Carbon dioxide equivalent (t)",
                                     "tCO2e", "Carbon dioxide equivalence (t)"])
def test_co2e_forms_are_tonnes_of_ghg(printed):
    u = parse_unit(printed)
    assert (u.dim, u.expr, u.scale, u.co2e) == ("ghg", "tonne", 1.0, True)


@pytest.mark.parametrize("printed,scale,dim", [
    ("10,000 kWh", 1e4, "energy"), ("'0000 kWh", 1e4, "energy"), ("ten thousand kWh", 1e4, "energy"),
    ("Ten thousand m³", 1e4, "volume"), ("Ten thousand tons", 1e4, "mass"), ("RMB10,000", 1e4, "currency"),
    ("RMB 100 million", 1e8, "currency"), ("HKD million", 1e6, "currency"), ("万元", 1e4, "currency"),
    ("Person-times", 1.0, "count"), ("Hrs", 1.0, "time"), ("%", 1.0, "ratio"), ("吨标准煤", 1.0, "energy"),
    ("kWh'000", 1e3, "energy"), ("kWh in '000s", 1e3, "energy"), ("HK$ million", 1e6, "currency"),
    ("MWp", 1.0, "power"), ("billion kilowatt hours", 1e9, "energy"), ("km", 1.0, "length"), ("Point", 1.0, "score"),
])
def test_scales_and_dimensions(printed, scale, dim):
    u = parse_unit(printed)
    assert (u.scale, u.dim) == (scale, dim)


def test_unknown_units_are_none():
    assert parse_unit("10,000 shares") is None
    assert parse_unit("Times/year") is None
    assert parse_unit("°C") is None
    assert parse_unit("kW/197kWh") is None        # a number that is no scale: a rating, not a unit
    assert parse_unit("per million hours worked") is None   # a rate's basis, not a million of anything


def test_known_unit_is_a_unit_and_nothing_more():
    """`core.units.known_unit` (what readers ask of a line or a cell): a phrase holding one unit word among
    others is no unit; a unit with its scale, substance, denominator or alias words is."""
    from esglens.core.units import known_unit
    for printed in ["kilowatt hours", "Ten thousand m³", "litres", "man hours", "t CO2e / t", "万千瓦时",
                    "Person-times", "MWh/GWh", "'000 GJ"]:
        assert known_unit(printed), printed
    for printed in ["Number of hives", "MWh bought", "tonnes of honey", "GJ used on site", "Hours of beekeeping",
                    "kWh saved by beekeepers"]:
        assert not known_unit(printed), printed


@pytest.mark.parametrize("src,dst,value,expected", [
    ("tce", "GJ", 1.0, 29.3076),
    ("tce", "MWh", 6613.74, 6613.74 * 29.3076 / 3.6),          # KSTAR comprehensive energy, 2024
    ("'0000 kWh", "MWh", 5.0, 50.0),
    ("10,000 kWh", "kWh", 1.0, 10000.0),
    ("RMB10,000", "CNY", 2775153.0, 27751530000.0),              # CALB revenue, 2024
    ("Ten thousand tonnes", "t", 47.18, 471800.0),               # JL MAG wastewater, 2024
    ("Ten thousand m³", "m3", 313321.0, 3133210000.0),           # JL MAG exhaust volume, 2024
    ("RMB 100 million", "RMB million", 3.21, 321.0),             # JL MAG R&D, 2024
    ("tCO2e/RMB 10,000", "tCO2e/RMB million", 0.082, 8.2),       # KSTAR GHG intensity, 2024
    ("MWh/GWh", "MWh/MWh", 47717.94, 47.71794),                  # CALB energy intensity, 2024
    ("kg/m²", "t/m2", 500.0, 0.5),
    ("t/kWh", "t/MWh", 5e-05, 0.05),
])
def test_exact_conversions(src, dst, value, expected):
    assert convert(value, src, dst) == pytest.approx(expected, rel=1e-12)


def test_currencies_never_convert_into_each_other():
    assert convert(1.0, "RMB", "HKD") is None
    assert convert(1.0, "MWh", "m3") is None


PAIRS = [("t", "kg"), ("tce", "GJ"), ("'0000 kWh", "MWh"), ("GWh", "ten thousand kWh"),
         ("Ten thousand m³", "L"), ("RMB10,000", "RMB 100 million"), ("HKD million", "HKD"),
         ("tCO2e/RMB 10,000", "kg CO2e/RMB million"), ("MWh/GWh", "kWh/MWh"), ("kg/m²", "t/m2"),
         ("Hrs", "days"), ("万千瓦时", "MWh")]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(PAIRS), st.floats(min_value=1e-6, max_value=1e12, allow_nan=False))
def test_conversions_round_trip(pair, value):
    a, b = pair
    there = convert(value, a, b)
    assert there is not None
    assert math.isclose(convert(there, b, a), value, rel_tol=1e-9)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["t", "kg", "Ten thousand tons", "tCO2e", "Carbon dioxide equivalent (t)"]),
       st.floats(min_value=0, max_value=1e9, allow_nan=False))
def test_ghg_normalization_is_linear_in_tonnes(printed, value):
    m = get_metric("ghg.scope1")
    n = normalize(value, parse_unit(printed), printed, m)
    tonnes = convert(value, printed, "t")
    if tonnes > 5e9:   # more than one company can emit (units.yaml plausible_max): flagged, not converted
        assert n.value is None and n.flag.startswith("implausible:")
        return
    assert n.unit == "tCO2e"
    assert math.isclose(n.value, tonnes, rel_tol=1e-11, abs_tol=1e-12)


def test_unit_fits():
    assert unit_fits("water.withdrawal", "MWh") is False
    assert unit_fits("water.withdrawal", "Ten thousand m³") is True
    assert unit_fits("water.consumption", "Tonnes") is True      # 1 t of water = 1 m³
    assert unit_fits("energy.total", "Tonnes of standard coal") is True
    assert unit_fits("ghg.intensity", "tCO ₂ e/ RMB ten thousand revenue") is True
    assert unit_fits("ghg.intensity", "tCO2e") is False
    assert unit_fits("workforce.female_pct", "Person") is False
    assert unit_fits("workforce.total", "") is None
    assert unit_fits("no.such.metric", "t") is None
