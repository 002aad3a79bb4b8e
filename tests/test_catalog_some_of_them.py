"""A row naming a population under a parent that counts only some of it ("… against whom …", "… who left")
is that part, not the population's head count: no metric. Labels written for this test; no key holds them."""
from __future__ import annotations

import pytest

from esglens.catalog import match_fact
from esglens.model import Fact


def _id(label: str, unit: str = "", title: str | None = None) -> str | None:
    f = Fact(value=3.0, raw="3", unit=unit, year=2023, label=label, source="table", column="2023", table_title=title)
    m = match_fact(f)
    return m.metric.id if m.metric else None


@pytest.mark.parametrize("label", [
    "Number of board members and staff against whom a fraud complaint was upheld > Employees",
    "Number of directors and employees against whom a fraud complaint was upheld > Directors",
    "Number of employees who left the cooperative during the season > Employees",
])
def test_a_population_row_under_a_parent_counting_some_of_it_has_no_metric(label):
    assert _id(label) is None


def test_the_population_row_alone_is_still_its_head_count():
    assert _id("Employees") == "workforce.total"
    assert _id("Staff > Employees") == "workforce.total"


def test_the_table_title_can_count_some_of_them():
    title = "Directors and employees with whom a supplier dispute was settled:"
    assert _id("Directors", title=title) is None
    assert _id("Employees", title=title) is None
