"""facts/lost_units.py: a figure followed by a unit the reader cannot read gives no fact. Sentences of our own."""
from esglens.facts.narrative import narrative_facts


def _facts(text: str):
    return [(f.raw, f.unit) for f in narrative_facts(text, line=1, page=None, default_year=2023)]


def test_a_figure_whose_unit_is_not_read_is_no_fact():
    assert _facts("Water drawn from the river reached 9.4 Mgal in 2023.") == []   # (was 9.4 with no unit)
    assert _facts("Water drawn from the river reached 9.4 hm³ in 2023.") == []
    assert _facts("今年度は約2,500筆の署名を集めました。") == []   # (was 2,500 with no unit)


def test_words_after_a_figure_that_are_no_unit_keep_it():
    assert _facts("Complaints received in 2023 totalled 14 across the group.") == [("14", "")]
    assert _facts("The plant fitted 1,250 Voltaro's 30 kW inverters on its roofs.")[:1] == [("1,250", "")]
    assert _facts("Water drawn from the river was 9.4 ML.") == [("9.4", "ML")]
    assert _facts("Staff numbers stood at 4,310 worldwide.") == [("4,310", "")]   # where, not what



def test_a_name_read_after_the_figure_is_no_lost_unit():
    from esglens.facts.lost_units import unread_unit
    from esglens.facts.quantity import Candidate
    text = "The lab hired 25 top Field Technicians."
    at = text.index("25")
    cand = Candidate(text, at, at + 2, "25", False, "", "", False)
    assert not unread_unit(cand, "top Field Technicians")   # a name read after the figure: no lost unit
    assert unread_unit(cand, "The lab hired")                # nothing read: the words after it are a lost unit
    cand = Candidate("The old 80 TR chiller was replaced.", 8, 10, "80", False, "", "", False)
    assert unread_unit(cand, "The old … TR chiller")         # an abbreviation stays a lost unit
