"""Gates that keep a wrong metric id off a row (issue 13): a unit with a denominator the unit parser cannot
read is still a ratio (rule `read_unit`), so it never names an absolute amount. Labels and units written for
this test; no answer key holds them."""
from __future__ import annotations

import pytest

from esglens.catalog import Mapper
from esglens.catalog.normalize import fit, read_unit
from esglens.catalog.metrics import get_metric
from catalog_probe import metric_id


@pytest.fixture(scope="module")
def mapper():
    return Mapper()


# --- 1. an intensity is not its absolute amount -------------------------------------------------------
@pytest.mark.parametrize("label, unit", [
    ("Sulphur dioxide released", "kg SO2-eq./MWh produced"),
    ("NOx released to air", "t NO2 eq. per barrel of oil equivalent"),
    ("Water withdrawn", "m3 / unit of saleable product"),
    ("Scope 1 emissions", "t-CO2e 当たり生産量"),
])
def test_unreadable_denominator_is_no_absolute_amount(mapper, label, unit):
    assert metric_id(mapper, label, unit) is None


def test_unreadable_denominator_may_name_the_intensity(mapper):
    assert metric_id(mapper, "Total energy used", "GJ／出荷台数") == "energy.intensity"


@pytest.mark.parametrize("label, unit, metric", [
    ("Sulphur dioxide released", "kg SO2-eq.", "air.sox"),     # the same rows without the denominator
    ("NOx released to air", "tonnes", "air.nox"),
    ("Total energy used", "MWh", "energy.total"),
])
def test_same_rows_without_denominator_keep_their_id(mapper, label, unit, metric):
    assert metric_id(mapper, label, unit) == metric


@pytest.mark.parametrize("unit", ["MWh/yr", "t/a", "GJ per annum", "m3/年"])
def test_a_time_basis_is_not_a_denominator(unit):
    u = read_unit(unit)
    assert u is None or u.den is None or u.den.dim == "time"


def test_opaque_ratio_fits_intensity_not_amount():
    u = read_unit("t CO2eq (AR5)/kboe")
    assert u is not None and u.is_ratio
    assert fit(get_metric("ghg.scope1"), u) is False
    assert fit(get_metric("ghg.intensity"), u) is None


# --- 5. units: "MT" is a metric ton; an amount no company can have is a misread unit -------------------
@pytest.mark.parametrize("printed, tonnes", [("MT", 1.0), ("MT CO2e", 1.0), ("Mt CO2e", 1e6), ("kt", 1e3)])
def test_mt_is_metric_ton_mt_is_megatonne(printed, tonnes):
    from esglens.catalog.normalize import normalize
    n = normalize(2.0, read_unit(printed), printed, get_metric("ghg.scope1"))
    assert n.value == 2.0 * tonnes and n.unit == "tCO2e"


@pytest.mark.parametrize("value, printed, metric, ok", [
    (804_512.0, "Mt CO2-eq", "ghg.scope1", False),      # tonnes printed under a megatonne header
    (804_512.0, "t CO2-eq", "ghg.scope1", True),
    (4.1, "billion t CO2e", "ghg.scope3", True),             # 4.1e9 t: the largest value chains, still possible
    (72.0, "billion t CO2e", "ghg.scope3", False),
    (3.0e6, "TWh", "energy.total", False),
    (3.0e6, "GWh", "energy.total", True),
    (2.0e6, "million m3", "water.withdrawal", False),
])
def test_plausibility_bound(value, printed, metric, ok):
    from esglens.catalog.normalize import normalize
    n = normalize(value, read_unit(printed), printed, get_metric(metric))
    if ok:
        assert n.value is not None and n.flag is None
    else:
        assert n.value is None and n.flag.startswith("implausible:") and printed in n.flag


def test_implausible_fact_keeps_printed_value():
    from esglens.catalog import normalize_fact
    from esglens.model import Fact
    f = Fact(value=804_512.0, raw="804,512", unit="Mt CO2-eq", year=2022, label="Direct (Scope 1) GHG emissions",
             source="table", column="2022", metric="ghg.scope1")
    normalize_fact(f)
    assert (f.value, f.unit, f.value_normalized) == (804_512.0, "Mt CO2-eq", None)
    assert f.norm_flag.startswith("implausible:")
