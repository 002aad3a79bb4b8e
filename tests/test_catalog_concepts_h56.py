"""Concept words as data (metrics.yaml: synonyms, implied words, aliases, subset words): paraphrases,
word order and Japanese/Chinese words of safety rates and board counts, and rows that a region, the
value chain or another parent makes a subset. Labels written for this test; no answer key holds them."""
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
    # abbreviations and the "incident" wording of the same rates
    ("Occupational safety > Recordable incident rate (RIR)", "", "safety.trir"),
    ("Health and safety of our staff > LTRIR", "", "safety.ltifr"),
    # "lost-time" already says an injury; "frequency rate" is a rate
    ("Health and safety > Lost-time frequency rate", "", "safety.ltifr"),
    ("Frequency rate of lost-time incidents", "", "safety.ltifr"),
    # a board member is a director; word order
    ("Directors who are women", "persons", "gov.female_directors"),
    ("Board composition > Women on the board", "", "gov.female_directors"),
    ("可记录事故率", "", "safety.trir"),
    ("女性取締役", "名", "gov.female_directors"),
    # an abbreviation in brackets after the report's own words; a total row takes its parent's
    ("Injury statistics > Combined rate of workplace injuries (RIR¹)", "", "safety.trir"),
    ("Workplace injury rate (RIR) per business unit > Total", "", "safety.trir"),
    ("Injuries with lost shifts, rate (LTRIR)", "", "safety.ltifr"),
    # a last level that only repeats the unit ("in %", "as %"); a share of a mass metric in % is its share
    ("Waste types > Recovered > as %", "%", "waste.recycling_rate"),
    ("Our waste > Recycled > in %", "%", "waste.recycling_rate"),
    ("Waste types > Recovered", "t", "waste.recycled"),
    # a last level that only says which version of the figure it is; a form's reference code
    ("Sustainability data > C4.2 Water discharged (m³) > Restated", "m³", "water.discharge"),
    ("Energy consumed > As reported", "GJ", "energy.total"),
    # the words after "intensity" name only its denominator; a form code before the label
    ("Section C > C4.1 Emission intensity by revenue", "kg CO2e/EUR", "ghg.intensity"),
    ("Emissions intensity per tonne of product", "tCO2e/t", "ghg.intensity"),
    # the whole, without a subset word, still maps
    ("Scope 1 and 2 emissions", "t CO2e", "ghg.scope1_2"),
    ("Hazardous waste", "t", "waste.hazardous"),
    ("Total scope 1, 2 and 3 emissions > Scope 1", "t CO2e", "ghg.scope1"),   # a part of all three scopes
])
def test_paraphrases_map(mapper, label, unit, metric):
    assert _id(mapper, label, unit) == metric


@pytest.mark.parametrize("label, unit", [
    ("Europe > Scope 1 + 2 emissions", "t CO2e"),                      # a region's part of the group total
    ("Asia-Pacific region > Scope 1 emissions", "t CO2e"),
    ("Scope 1 and 2 emissions, North America", "t CO2e"),
    ("Indirect emissions upstream > Scope 1 of suppliers", "t CO2e"),  # the value chain's, not ours
    ("Downstream value chain > Scope 2", "t CO2e"),
    ("Soil remediation waste > Hazardous", "t"),                       # another parent than our waste
    ("Wastes of site decommissioning > thereof: non-hazardous waste", "t"),
    ("Total scope 3 > Fuel- and energy-related activities not in scope 1 or 2", "t CO2e"),   # a Scope 3 category
    ("Scope 3 > 上流 > 輸送（上流） Scope1", "t CO2e"),
    ("Employees covered by accident insurance", ""),                   # insured people are no injuries
    ("Workplace injury rate (RIR) per business unit > Female", ""),    # a part takes no parent abbreviation
    ("Contractors' injury rate (RIR)", ""),                            # contractors are not employees
    ("Waste > Landfilled > in %", "%"),                                # no share metric of landfilled waste
    ("Hazardous waste > in %", "%"),
    ("Emission intensity per employee", "t"),                          # an intensity cannot be tonnes
    ("NOx emission intensity per unit of output", "kg/t"),             # not greenhouse gas
])
def test_a_subset_or_another_parent_abstains(mapper, label, unit):
    assert _id(mapper, label, unit) is None


def test_a_lone_total_row_takes_the_abbreviation_of_its_table_title(mapper):
    f = Fact(value=0.4, raw="0.4", unit="", year=2023, label="Total", source="table", column="2023",
             table_title="Injury rate of our staff (RIR) per country")
    m = mapper.match(f).metric
    assert m is not None and m.id == "safety.trir"
    f.label = "Women"
    assert mapper.match(f).metric is None
