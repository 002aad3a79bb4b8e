"""The mapper on rows that name only a part or a total, read with the levels above them
(catalog/ancestors.py). Labels written for this test; no answer key holds them."""
from __future__ import annotations

import pytest

from esglens.catalog import Mapper
from catalog_probe import metric_id
from esglens.model import Fact


@pytest.fixture(scope="module")
def mapper():
    return Mapper()


_id = metric_id


@pytest.mark.parametrize("label, unit, metric", [
    ("Headcount by sex > All > Female", "", "workforce.female"),
    ("Our people > Workforce > Total (C + D) > Men Number", "", "workforce.male"),
    ("Our people > Workforce > Total (C + D) > Women %", "%", "workforce.female_pct"),
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
    ("WORKERS > Total (F + G) > Male", ""),                 # workers are counted apart from employees
    ("Managers in the pay agreement (HC) > Women", "HC"),   # a head count is no share of managers
])
def test_a_part_under_another_figure_abstains(mapper, label, unit):
    assert _id(mapper, label, unit) is None


@pytest.mark.parametrize("label, unit, metric", [
    ("Staff by region, age and contract > Total > Total", "", "workforce.total"),
    ("Workforce > Grand total", "", "workforce.total"),
    ("Waste produced by type > Total", "t", "waste.total"),
])
def test_a_total_under_a_breakdown_is_its_whole(mapper, label, unit, metric):
    assert _id(mapper, label, unit) == metric


def test_a_total_under_levels_that_narrow_the_whole_abstains(mapper):
    # the levels above say the breakdown is of waste sent to disposal: the total is not all waste
    assert _id(mapper, "Waste sent to disposal, by disposal route (tonnes) > Kind of waste > Total", "t") is None


def test_a_column_that_says_what_is_counted_rules_the_part_out(mapper):
    def at(label, column, unit=""):
        f = Fact(value=12.0, raw="12", unit=unit, year=2023, label=label, source="table", column=column)
        m = mapper.match(f)
        return m.metric.id if m.metric else None
    # the column repeats the row's part and names its year: the row is the part of its population
    assert at("Employees in headcount > Women", "2023 (Women)") == "workforce.female"
    # a form's column with no year ("Women No. (E)"): the sub-table may be of the differently abled,
    # named only in a title line the label path does not hold
    assert at("Staff > Total (C + D) > Women No. (E)", "Women No. (E)") is None
    # the column names what is counted of the part: the part rule stays out (the row is left to the others)
    from esglens.catalog.ancestors import column_in_leaf
    assert not column_in_leaf("FY 2023 No. (E)", "Women")
    assert column_in_leaf("2023 (Women)", "Women") and not column_in_leaf("Women % (E / A)", "Women % (E / A)")


def test_a_total_in_a_forms_total_column_abstains(mapper):
    def at(column):
        f = Fact(value=12.0, raw="12", unit="", year=2023, label="Staff by age band > Total", source="table", column=column)
        m = mapper.match(f)
        return m.metric.id if m.metric else None
    assert at("2023") == "workforce.total"
    assert at("2023 Total (A)") is None   # the total of a sub-table (the trained, the reviewed) its title names


@pytest.mark.parametrize("label, unit, metric", [
    ("従業員一人当たり平均研修時間", "時間", "training.hours_per_employee"),   # Japanese words, one by one
    ("每名员工平均培训小时数", "小时", "training.hours_per_employee"),          # Chinese, other word order
    ("研修時間合計", "時間", "training.hours_total"),
    ("Hours of training, all staff, in total", "h", "training.hours_total"),   # English, words reordered
])
def test_translated_and_reordered_words(mapper, label, unit, metric):
    assert _id(mapper, label, unit) == metric


@pytest.mark.parametrize("label, unit", [
    ("Scope 1 emissions intensity", "tCO2e/million RMB"),        # one scope's intensity is not the total's
    ("Direct energy consumption intensity", "MWh/million RMB"),  # a part's intensity is another figure
    ("Total GHG emissions (Scope 1, 2, and 3)", "tCO2e"),         # not Scope 1+2
])
def test_a_narrower_or_wider_figure_than_the_metric(label, unit):
    from esglens.catalog import Mapper as M
    from esglens.catalog.examples import Example

    # an example of the Scope 1+2 intensity from another report must not name a one-scope row
    ex = (Example("Total (Scope 1 + Scope 2) > Emission intensity", "ghg.intensity", "tCO2e/RMB million", "other"),)
    m = M(examples=ex).match(Fact(value=1.0, raw="1", unit=unit, year=2023, label=label, source="table", column="2023"))
    assert m.metric is None or m.metric.id not in ("ghg.intensity", "energy.intensity", "ghg.scope1_2")


def test_a_label_naming_a_part_after_a_colon_is_not_the_whole(mapper):
    assert _id(mapper, "Indirect energy use: district heat bought", "MWh") != "energy.indirect"
    assert _id(mapper, "Direct energy use: natural gas burnt", "MWh") != "energy.direct"
    assert _id(mapper, "Indirect energy consumption", "MWh") == "energy.indirect"
