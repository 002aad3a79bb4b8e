"""The subject in the parent, the qualifier in the row (issue 13): a scope's method ("Scope 2 > Market-based"), an age
band straight under the employees ("Staff > Under 30 years"), the independent members under the board; and the
figures of a flow of people (leavers, hires) by age are no head count by age. Labels written for this test; no key
holds them. Mapped with the catalog's own words only (no shipped example)."""
from __future__ import annotations

import pytest

from catalog_probe import metric_id
from esglens.catalog import Mapper


@pytest.fixture(scope="module")
def mapper():
    return Mapper(examples=())


@pytest.mark.parametrize("label, unit, metric", [
    ("Indirect emissions (Scope 2) > Market-based", "t CO2-eq", "ghg.scope2_market"),
    ("Scope two > Location-based method", "kt CO2e", "ghg.scope2"),
    ("Staff > Under 30 years", "FTE", "workforce.under30"),
    ("Total workforce > 30 to 50", "people", "workforce.30to50"),
    ("Headcount > Over 50 years old", "people", "workforce.over50"),
    ("Members of the board of directors > Independent", "people", "gov.independent_directors"),
])
def test_the_row_qualifies_its_parent(mapper, label, unit, metric):
    assert metric_id(mapper, label, unit) == metric


@pytest.mark.parametrize("label, unit", [
    # leavers, hires or people trained by age are not the head count by age
    ("Staff leaving the company > Under 30", "people"),
    ("Staff who left by age group > Over 50", "people"),
    ("Employees hired > 30 to 50", "people"),
    # a band that does not end the path ("Under 30 hours a week") or sits under a part of the staff
    ("Staff > Under 30 hours a week", "people"),
    ("Staff > Women > Under 30", "people"),
    # the independent members of a committee, not of the board
    ("Remuneration committee > Independent", "people"),
    # an intensity under a scope
    ("Scope 2 intensity > Market-based", "t CO2e/t"),
    # a sum of scopes is none of them ("Scope 1+2" alone is ghg.scope1_2)
    ("Overall footprint incl. Scope 1+2+3", "t CO2-eq"),
    ("Scope 2 and 3 emissions combined", "t CO2e"),
    ("Scope 1 & Scope 3", "t CO2e"),
])
def test_no_metric(mapper, label, unit):
    assert metric_id(mapper, label, unit) is None


@pytest.mark.parametrize("label, unit, metric", [
    ("Scope 1 and scope 2 emissions combined", "t CO2e", "ghg.scope1_2"),
    ("Scope 3 emissions, all categories", "t CO2e", "ghg.scope3"),
    ("Scope 1 (direct emissions)", "t CO2e", "ghg.scope1"),
    # all three scopes together are the total
    ("Emissions, scope 1 + scope 2 + scope 3", "kt CO2e", "ghg.total"),
])
def test_one_scope_or_a_named_sum(mapper, label, unit, metric):
    assert metric_id(mapper, label, unit) == metric
