"""Rule "a year is a figure only when its name says it is a year" (facts/deadlines.py): a deadline's year is a fact
only under a name ending in its deadline word or naming a year; one that dates the figures after it, or sits under
a name of something else, is none; one opening a clause of no other figure is named by that clause. Wordings of
our own; no sample report uses them."""
from esglens.facts.deadlines import year_label
from esglens.facts.narrative import narrative_facts


def facts(s, context=None):
    return {f.raw: f for f in narrative_facts(s, line=1, page=None, default_year=2024, section=None, context=context)}


def test_a_deadline_under_a_name_that_says_what_is_done_by_then_stays():
    got = facts("All ferries run on shore power by 2031.")
    assert got["2031"].value == 2031 and got["2031"].label == "All ferries run on shore power by"
    # a deadline opening a table cell's clause of no other figure: named by that clause
    got = facts("By 2031, retrofit every pier crane with regenerative drives", context="Port equipment")
    assert got["2031"].label.endswith("retrofit every pier crane with regenerative drives by")


def test_a_deadline_named_by_something_else_or_dating_later_figures_is_no_fact():
    assert "2031" not in facts("Harbour programme: by 2031, we will plant 40,000 dune grasses a year.")
    assert "2031" not in facts("Ferry electrification: by 2031 at the latest, every crossing will be battery-powered.")
    assert facts("Harbour programme: by 2031, we will plant 40,000 dune grasses a year.")["40,000"].year == 2031


def test_year_label_rule():
    s = "By 2031, retrofit every pier crane with regenerative drives"
    assert year_label(s, 7, "", [], "By") == "retrofit every pier crane with regenerative drives by"
    assert year_label("By 2031, plant 40,000 grasses", 7, "", [(14, 20)], "By") is None
    assert year_label("Main aim: by 2031", 17, "Main aim", [], "by") is None
    assert year_label("Year of the last coal boiler's closure: 2031", 44, "Year of the last coal boiler's closure", [],
                      "") == "Year of the last coal boiler's closure"
    assert year_label("Shore power at every berth by 2031", 34, "Shore power at every berth by", [], "by") \
        == "Shore power at every berth by"
