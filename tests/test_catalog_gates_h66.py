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
