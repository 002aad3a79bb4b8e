"""A table row flattened into a line by a converter gives no narrative facts: no word says what each
number is or which year it is for (abstain rather than guess)."""
from __future__ import annotations

from esglens.facts.narrative import narrative_facts


def _values(text: str) -> list[float]:
    return [f.value for f in narrative_facts(text, line=1, page=None, default_year=2023, section=None)]


def test_a_flattened_row_gives_nothing():
    assert _values("Hazardous waste handed to licensed contractors (tonnes) 1,204 1,310 1,452 0.83 0.91.") == []
    assert _values("Water drawn 88.1 - 92.4 90.0 cubic metres") == []


def test_numbers_with_words_between_them_are_still_read():
    assert _values("We handed 1,204 tonnes of hazardous waste to licensed contractors in 2023, "
                   "against 1,310 tonnes a year earlier.") == [1204.0, 1310.0]


def test_numbers_with_their_units_between_them_are_no_run():
    assert _values("Total energy used was 5,210 MWh 4,980 MWh of it from the grid.") == [5210.0, 4980.0]
