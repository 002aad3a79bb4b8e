"""The sentence's subject names a narrative fact's metric (catalog/statement.py), and plural and noise-word
tolerance in label comparison (catalog/nearest.py). Sentences and labels written for the test; no key holds them."""
from __future__ import annotations

import pytest

from esglens.catalog import match_fact
from esglens.catalog.nearest import concept_text
from esglens.facts.narrative import narrative_facts
from esglens.model import Fact


def _id(sentence: str, raw: str) -> str | None:
    fact = next(f for f in narrative_facts(sentence, line=1, page=None, default_year=2023, section=None) if f.raw == raw)
    m = match_fact(fact)
    return m.metric.id if m.metric else None


@pytest.mark.parametrize("sentence, raw, metric", [
    # the company acting on an object, or a level said of its figure: the whole figure
    ("Last year we withdrew 2.4 million m³ of water in total.", "2.4", "water.withdrawal"),
    ("Our headcount stood at 9,870 worldwide.", "9,870", "workforce.total"),
    ("In 2023, the company employed 512 people.", "512", "workforce.total"),
    ("The Company's electricity consumption was 61 GWh in 2023.", "61", "energy.electricity"),
    # words after the number narrow it: a part, abstain
    ("In 2022, we employed 2,007 people with physical disabilities.", "2,007", None),
    ("The Group's total water withdrawal was 3.4 million m³ from municipal supplies.", "3.4", None),
    ("We consumed 80 GWh of electricity at our Texas plant.", "80", None),
    # another actor than the company, a qualifier the pattern does not cover, a rate, a goal
    ("Our largest mill consumed 40 GWh of electricity.", "40", None),
    ("We invested RMB 90 million in low-carbon R&D.", "90", None),
    ("Water use per unit of output was 1.7 m³ in 2023.", "1.7", None),
    ("The group plans to lower electricity consumption to 50 GWh by 2028.", "50", None),
])
def test_the_subject_of_a_sentence(sentence, raw, metric):
    assert _id(sentence, raw) == metric


def test_plural_of_a_synonym_and_noise_words():
    # "greenhouse gases" is the synonym "greenhouse gas" (ghg); "weight of" says how much, not what
    assert concept_text("Emissions of greenhouse gases") == concept_text("GHG emissions")
    assert concept_text("Weight of hazardous wastes") == concept_text("hazardous waste")
    assert concept_text("facilities") == "facility" and concept_text("processes") == "process"
    f = Fact(value=3.0, raw="3", unit="tCO2e", year=2023, label="Greenhouse gases emitted, all sources", source="table",
             column="2023", table_id="t")
    assert (match_fact(f).metric or None) is not None


@pytest.mark.parametrize("label, unit, metric", [
    # leaving by one's own choice (or not) is one part of the turnover, not all of it
    ("Staff who resigned voluntarily", "persons", None),
    ("Involuntary attrition rate", "%", None),
    ("Employee turnover rate", "%", "workforce.turnover_rate"),
])
def test_voluntary_turnover_is_a_part(label, unit, metric):
    f = Fact(value=5.0, raw="5", unit=unit, year=2023, label=label, source="table", column="2023", table_id="t")
    m = match_fact(f)
    assert (m.metric.id if m.metric else None) == metric
