"""facts/respectively.py: "A and B ... 3% and 5%, respectively" pairs the k-th figure with the k-th item.
Sentences of our own."""
from esglens.facts.narrative import narrative_facts


def _facts(text: str):
    return [(f.raw, f.label) for f in narrative_facts(text, line=1, page=None, default_year=2023)]


def test_each_figure_takes_its_own_item():
    got = _facts("Last winter, boiler hours, pump hours and fan hours were trimmed by 11%, 7% and 4%, respectively.")
    assert got == [("11%", "boiler hours were trimmed by"), ("7%", "pump hours were trimmed by"),
                   ("4%", "fan hours were trimmed by")]


def test_items_complete_the_words_they_share():
    got = _facts("Lubricant and coolant consumption per machine hour fell by 6% and 9%, respectively.")
    assert got == [("6%", "Lubricant consumption per machine hour fell by"),
                   ("9%", "coolant consumption per machine hour fell by")]
    got = _facts("The depot lowered its releases of ammonia and solvents by 2.5 t and 0.8 t, respectively.")
    assert [label for _, label in got] == ["The depot lowered its releases of ammonia by",
                                           "The depot lowered its releases of solvents by"]


def test_figures_without_their_list_are_no_facts():
    assert _facts("Freight intensity per pallet shipped improved by 5% and 12%, respectively.") == []


def test_one_figure_is_every_items():
    got = _facts("We will trim the glycol, resin and acetone we use per batch by 3%, respectively, by 2027.")
    assert [raw for raw, _ in got][:1] == ["3%"]
