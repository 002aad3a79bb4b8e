"""The mapper on rows that name only a part or a total, read with the levels above them
(catalog/ancestors.py). Labels written for this test; no answer key holds them."""
from __future__ import annotations

import pytest

from esglens.catalog import Mapper
from esglens.model import Fact


@pytest.fixture(scope="module")
def mapper():
    return Mapper()


def _id(mapper, label: str, unit: str = "") -> str | None:
    f = Fact(value=12.0, raw="12", unit=unit, year=2023, label=label, source="table", column="2023")
    m = mapper.match(f)
    return m.metric.id if m.metric else None


@pytest.mark.parametrize("label, unit, metric", [
    ("Headcount by sex > All > Female", "", "workforce.female"),
    ("Our people > Workforce > Total (C + D) > Men No. (E)", "", "workforce.male"),
    ("Our people > Workforce > Total (C + D) > Women % (E / A)", "%", "workforce.female_pct"),
    ("Personnel in headcount (HC) > Women", "", "workforce.female"),
    ("员工人数 > 按性别划分 > 女性", "人", "workforce.female"),
    ("従業員数 > 男女別 > 男性", "名", "workforce.male"),
])
def test_a_part_under_levels_naming_its_population(mapper, label, unit, metric):
    assert _id(mapper, label, unit) == metric


@pytest.mark.parametrize("label, unit", [
    ("Training hours of employees > Female", "hours"),   # the level above names another figure
    ("Training hours of employees > Female", ""),
    ("Average age of staff > Men", "years"),
    ("New recruits by gender > Women", ""),
    ("Staff turnover by gender > Women", ""),
    ("Lost-time injuries of employees > Women", ""),
    ("Salaries of employees > Women", "EUR million"),   # a unit the head count cannot have
    ("Employees by gender > Women", "t"),
])
def test_a_part_under_another_figure_abstains(mapper, label, unit):
    assert _id(mapper, label, unit) is None


@pytest.mark.parametrize("label, unit, metric", [
    ("Staff by region, age and contract > Total > Total", "", "workforce.total"),
    ("Workforce > Grand total (A + B)", "", "workforce.total"),
    ("Waste produced by type > Total", "t", "waste.total"),
])
def test_a_total_under_a_breakdown_is_its_whole(mapper, label, unit, metric):
    assert _id(mapper, label, unit) == metric


def test_a_total_under_levels_that_narrow_the_whole_abstains(mapper):
    # the levels above say the breakdown is of waste sent to disposal: the total is not all waste
    assert _id(mapper, "Waste sent to disposal, by disposal route (tonnes) > Kind of waste > Total", "t") is None
