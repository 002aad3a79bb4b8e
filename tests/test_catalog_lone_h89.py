"""Rows naming a part of the employees by itself, contract wordings, and how a count came to be known (h89).

Labels written for this test; no answer key holds them."""
from __future__ import annotations

import pytest

from esglens.catalog import match_fact
from esglens.catalog.nearest import concept_text
from esglens.model import Fact


def _id(label: str, unit: str = "persons", column: str = "2023", title: str | None = None) -> str | None:
    f = Fact(value=12.0, raw="12", unit=unit, year=2023, label=label, source="table", column=column,
             table_title=title)
    m = match_fact(f)
    return m.metric.id if m.metric else None


@pytest.mark.parametrize("label,metric", [
    # a row standing alone that names a part and its population: that part's metric
    ("Staff on temporary contracts", "workforce.temporary"),
    ("Headcount on part-time contracts", "workforce.part_time"),
    ("Personnel with fixed time contracts", "workforce.temporary"),
    ("Part-time staff", "workforce.part_time"),
])
def test_lone_part_of_the_employees(label, metric):
    assert _id(label) == metric


@pytest.mark.parametrize("label,unit,column", [
    ("Contract employees", "persons", "2023"),        # which contract: not said
    ("Part-time staff", "hours", "2023"),              # not a head count
    ("Permanent workers", "persons", "2023"),          # forms count workers apart from employees
    ("Part-time staff", "persons", "No. (B)"),         # a form's column says what is counted
    ("Employees > Part-time staff", "%", "2023"),      # a share, under a parent
])
def test_lone_part_abstains(label, unit, column):
    assert _id(label, unit, column) is None


def test_part_under_a_parent_is_not_read_alone():
    assert _id("Average training hours > Part-time staff", "hours") is None


def test_on_is_a_filler_word_not_yaml_true():
    # (YAML 1.1 reads a bare `on` as true: the filler list held True instead of "on")
    assert "on" not in concept_text("Staff on leave").split()


def test_contract_kind_implies_contract():
    assert concept_text("Employees with fixed term contracts") == concept_text("Fixed-term employees")
    assert concept_text("Contract staff") != concept_text("Staff")   # no kind named: the word stays


def test_notified_cases_are_the_cases():
    assert _id("Notified cases of work-related ill health", "cases") == "safety.occupational_disease"


# a form's total under a stub header that repeats its subject, the figure asked for after a preamble and before
# how it came about ("For each …, total waste recovered through …")
def test_total_under_a_stub_header_is_the_whole():
    label = ("For every waste stream handled, total waste recovered via composting, reuse or energy recovery "
             "(tonnes) > Type of waste > Total")
    assert _id(label, "t", "FY 2023") == "waste.recycled"


def test_total_whose_whole_is_narrowed_abstains():
    label = "For every waste stream handled, total waste disposed via external contractors > Type of waste > Total"
    assert _id(label, "t", "FY 2023") is None   # no catalog metric of the waste disposed


def test_stub_header_naming_a_part_stays_a_part():
    assert _id("Total waste generated in plants > Hazardous waste > Total", "t", "FY 2023") == "waste.hazardous"


def _row(label: str, value: float) -> Fact:
    return Fact(value=value, raw=str(value), unit="cases", year=2023, label=label, source="table", column="2023",
                table_id="t1", table_title=None)


def test_employees_row_under_a_parent_printing_its_own_total_is_a_part():
    from esglens.catalog import annotate
    rows = [_row("Cases of work-related ill health", 14), _row("Cases of work-related ill health > Employees", 9),
            _row("Cases of work-related ill health > Contractors", 5)]
    annotate(rows)
    assert [r.metric for r in rows] == ["safety.occupational_disease", None, None]


def test_employees_row_alone_or_repeating_the_total_keeps_the_parents_metric():
    from esglens.catalog import annotate
    alone = [_row("Cases of work-related ill health > Employees", 9)]
    same = [_row("Cases of work-related ill health", 9), _row("Cases of work-related ill health > Employees", 9)]
    annotate(alone)
    annotate(same)
    assert alone[0].metric == "safety.occupational_disease"
    assert [r.metric for r in same] == ["safety.occupational_disease"] * 2


@pytest.mark.parametrize("label,unit,metric", [
    ("No. of women in managerial roles", "%", "workforce.female_management_pct"),   # a count's name, printed in %
    ("Count of women in managerial positions", "persons", None),                 # a count in persons: no share
])
def test_a_count_printed_in_percent_is_its_share(label, unit, metric):
    assert _id(label, unit) == metric


# a form's column pair over one part ("No. and percentage of Females" over "No. (B)" and "% (B/A)")
@pytest.mark.parametrize("label,unit,metric", [
    ("Board of Directors > Number and share of women > No. (C)", "", "gov.female_directors"),
    ("Board of Directors > Number and share of women > % (C/A)", "", None),   # no catalog metric of their share
    ("Key Managerial Personnel > Number and share of women > No. (C)", "", None),
    ("Key management personnel > Women", "%", None),   # the officers a form names, not the management
])
def test_form_column_pair_names_the_part(label, unit, metric):
    column = " > ".join(label.split(" > ")[-2:]) if " > No" in label or " > %" in label else "2023"
    assert _id(label, unit, column) == metric


def _under(label: str, unit: str, column: str, caption: str) -> str | None:
    f = Fact(value=12.0, raw="12", unit=unit, year=2023, label=label, source="table", column=column,
             table_title=caption)
    m = match_fact(f)
    return m.metric.id if m.metric else None


# a form's column that repeats the row's last levels ("Women > No. (C)" over "… > Women > No. (C)")
@pytest.mark.parametrize("label,unit,metric", [
    ("STAFF > All staff (P + Q) > Women > No. (C)", "", "workforce.female"),
    ("STAFF > Fixed-term (Q) > Women > No. (C)", "", None),   # a part of the staff: not all women employed
    ("LABOURERS > All labourers (R + S) > Women > No. (C)", "", None),
])
def test_form_column_repeating_the_last_levels(label, unit, metric):
    column = " > ".join(label.split(" > ")[-2:])
    assert _under(label, unit, column, "Headcount of staff and labourers") == metric


# a population the table's title gives the whole table ("… of permanent staff") repeated on a row under it
@pytest.mark.parametrize("label,title,metric", [
    ("All sites > Permanent Staff > Return to work rate", "Parental leave: return and retention rates of permanent "
     "staff who took leave", "workforce.parental_return_rate"),
    ("All sites > Permanent Staff > Return to work rate", "Parental leave", None),   # permanent: a part here
    ("All sites > Other than Permanent Staff > Return to work rate", "Parental leave: return and retention rates "
     "of permanent and other staff", None),
])
def test_population_of_the_whole_table(label, title, metric):
    assert _under(label, "%", "2023", title) == metric


@pytest.mark.parametrize("title,metric", [
    ("Attrition rate of permanent staff and labourers", "workforce.turnover_rate"),
    ("Attrition rate of staff and labourers", None),   # permanent staff: a part of the staff
])
def test_whole_share_of_the_tables_population(title, metric):
    assert _under("Permanent Staff > Total", "%", "FY 2023 (Total)", title) == metric


# biogenic CO2 is reported apart from the scopes
@pytest.mark.parametrize("label,metric", [
    ("Direct CO2 emissions from biologically sequestered carbon in boilers", None),
    ("Direct GHG emissions of biogenic origin (wood chips)", None),
    ("Scope 1 emissions incl. biogenic CO2", "ghg.scope1"),
])
def test_biogenic_carbon_is_no_scope(label, metric):
    assert _id(label, "t CO2e") == metric
