"""Concept words as data (metrics.yaml), issue 13: pay words (remuneration, salaries, wages, 薪酬, 給与) read as one
word, the chief executive's pay set against the median employee's, the stock of patents a company holds, part-time
or full-time jobs held by employees, physical disabilities, money invested in training said in a sentence. Labels and
sentences written for this test; no answer key holds them. Mapped with the catalog's own words only (no shipped
example), as on a report nobody keyed."""
from __future__ import annotations

import pytest

from catalog_probe import metric_id
from esglens.catalog import Mapper
from esglens.catalog.nearest import concept_text
from esglens.model import Fact


@pytest.fixture(scope="module")
def mapper():
    return Mapper(examples=())


@pytest.mark.parametrize("label, unit, metric", [
    # pay words are one word: "salaries and wages of staff" is the employees' pay
    ("Distributed value > Salaries and wages of staff", "USD million", "econ.employee_wages"),
    ("Employee remuneration", "CHF m", "econ.employee_wages"),
    ("従業員給与", "百万円", "econ.employee_wages"),
    # the chief executive's pay against the median (or average) employee's, however worded
    ("Ratio of chief executive pay to the median pay of our people", "", "workforce.ceo_pay_ratio"),
    ("CEO compensation to median worker compensation ratio", "x", "workforce.ceo_pay_ratio"),
    ("Annual total compensation ratio", "", "workforce.ceo_pay_ratio"),
    ("Ratio of highest-paid individual's compensation to average staff compensation", "", "workforce.ceo_pay_ratio"),
    # the stock of patents the company holds
    ("Valid patents", "", "econ.patents_total"),
    ("Number of active patents", "number", "econ.patents_total"),
    ("Patents in force", "", "econ.patents_total"),
    ("Accumulated number of patents authorised", "", "econ.patents_total"),
    # a part-time or full-time job (position, post) is held by an employee of that kind
    ("By type of employment > Part-time jobs", "", "workforce.part_time"),
    ("Part-time positions", "", "workforce.part_time"),
    ("Staff in part-time posts", "persons", "workforce.part_time"),
    # physical disabilities are disabilities
    ("Number of physically challenged staff", "", "workforce.disabled"),
    # workers of a staffing agency, leased or contingent workers: workers who are not employees (GRI 2-8)
    ("Contingent workers", "headcount", "workforce.contractors"),
    ("Workforce not on our payroll (temp agency staff and freelancers)", "persons", "workforce.contractors"),
    # pay words: a ratio of women's pay to men's however the pay is named
    ("Salary ratio of women to men", "", "workforce.gender_pay_ratio"),
    # waste diverted from disposal is recovered (GRI 306-4), even when the row says "total"
    ("Total waste diverted from disposal", "t", "waste.recycled"),
    # corporate income tax paid (GRI 207-4); spending placed with local suppliers
    ("Corporate income taxes paid in cash", "EUR m", "econ.taxes"),
    ("Share of the procurement spend placed with local suppliers", "%", "supply.local_procurement_pct"),
    # a lone row of a part of the management in %: the women's share of it
    ("Women in management", "%", "workforce.female_management_pct"),
    # money given to politics; recordable injuries counted; illness cases; low-carbon capex
    ("Political donations", "EUR", "gov.political_contributions"),
    ("Number of recordable injuries", "", "safety.injuries"),
    ("Occupational illness cases", "", "safety.occupational_disease"),
    ("Low-carbon capex", "USD million", "climate.capex"),
    # people hired in the year, "new" or not
    ("Recruitments in the year", "persons", "workforce.new_hires"),
    ("External hires", "", "workforce.new_hires"),
])
def test_catalog_words_name_the_metric(mapper, label, unit, metric):
    assert metric_id(mapper, label, unit) == metric


@pytest.mark.parametrize("label, unit", [
    # one pay word alone says whose pay only with the row's context: no metric
    ("Salary", ""),
    ("Remuneration", ""),
    # an average, a median or one person's pay is not what all the employees are paid
    ("Average salary", "EUR"),
    ("CEO remuneration", "EUR"),
    # each director's pay against the median, not the chief executive's
    ("Ratio of the remuneration of each director to the median remuneration of staff", ""),
    # patents applied for or granted in the year are not the stock held
    ("Valid patent applications", ""),
    ("Complaints > Wages > Filed during the year", ""),
    # a figure of agency workers is not their number; hires of one kind of contract are a part of the hires
    ("Agency staff > Lost-time injuries", ""),
    ("Hours worked by temporary agency workers", "h"),
    ("Hires with a fixed-term contract", "persons"),
    ("Hire rate", "%"),
    # a pay ratio that names no chief executive (women's to men's total pay, say) is not the CEO pay ratio
    ("Overall pay ratio", ""),
    # a lone management row in persons or with no part; capex alone is the group's
    ("Women in management", "persons"),
    ("Senior management", "persons"),
    ("Capex", "USD million"),
    # an income tax expense or a deferred tax is no tax paid
    ("Income tax expense", "EUR m"),
    ("Deferred income taxes", "EUR m"),
    # waste directed to disposal is a part of the waste (GRI 306-5), not all of it
    ("Total waste directed to disposal", "t"),
])
def test_no_metric(mapper, label, unit):
    assert metric_id(mapper, label, unit) is None


def test_pay_words_are_one_concept():
    assert concept_text("salaries and wages") == concept_text("remuneration") == "pay"
    assert concept_text("Staff compensation") == concept_text("employee wages") == "employee pay"


def test_invested_in_training_sentence(mapper):
    ev = "Last year the group invested EUR 2.4 million in staff training across its sites."
    f = Fact(value=2.4, raw="2.4", unit="EUR million", year=2024, label="the group invested … in staff training",
             source="narrative", evidence=ev)
    m = mapper.match(f)
    assert m.metric is not None and m.metric.id == "training.investment"
    # money invested in something else, with training named later in the sentence, is not training's
    ev2 = "We invested EUR 9 million in new production lines and then began training on them."
    f2 = Fact(value=9.0, raw="9", unit="EUR million", year=2024, label="We invested … in new production lines",
              source="narrative", evidence=ev2)
    m2 = mapper.match(f2)
    assert m2.metric is None or m2.metric.id != "training.investment"

