"""Years from the clause (facts/clause.py, issue 15): a month before the year, a change from the report's own
year, a plan. Wordings of our own; no sample report uses them."""
from esglens.facts.narrative import narrative_facts


def facts(s, year):
    return {f.raw: f for f in narrative_facts(s, line=1, page=None, default_year=year, section=None)}


def test_a_month_before_the_year_dates_the_figure_before_it():
    got = facts("The trust bought back 40 million euros of bonds in March 2018, and a further 25 million euros "
                "in October 2022.", 2021)
    assert (got["40"].year, got["25"].year) == (2018, 2022)
    assert "March" not in got["40"].label   # a date names nothing


def test_a_change_from_the_report_year_dates_a_later_figure():
    # in the 2022 report, a figure up "from FY2022" is a later year's (a forecast): no year rather than 2022
    got = facts("Group revenue of 910 million dollars, an increase of 35 million dollars from FY2022.", 2022)
    assert got["910"].year is None and got["35"].year is None
    # a start date that is no comparison leaves the figure this year's
    got = facts("The fleet ran on 60% biodiesel, and a supply deal starts from 2024.", 2023)
    assert got["60%"].year == 2023


def test_a_plan_has_no_year_of_its_own():
    assert facts("We are planning for modest growth and to keep net debt below 2 billion dollars.", 2021)["2"].year is None


def test_a_comparative_after_the_share_joins_its_name():
    got = facts("Night-time noise at the yard is 12% lower than in 2015.", 2022)
    assert got["12%"].label.endswith("… lower")
    assert facts("Grid uptime was 7% higher compared with last year.", 2022)["7%"].label.endswith("… higher")


def test_a_plan_in_the_next_clause_leaves_the_figure_this_years():
    got = facts("The bakery buys 75% of its flour from local mills and will add two more mills by 2026.", 2023)
    assert got["75%"].year == 2023
    assert facts("We will source 75% of our flour from local mills.", 2023)["75%"].year is None


def test_a_goal_line_has_no_year_of_its_own():
    assert facts("• Sustain the share of reused pallets at 90%", 2023)["90%"].year is None
    assert facts("AIM 4: Training over 3,000 nurses in rural districts.", 2023)["3,000"].year is None
    # a noun "Use of" opens no goal
    assert facts("Use of rainwater rose to 40%.", 2023)["40%"].year == 2023


def test_an_action_list_line_is_a_plan_with_no_year_of_the_report():
    # h115: "– Partner with ...", "Action 4 Approve and commence ...", "Subject to ..., start ...": planned actions
    def one(s):
        return [(f.value, f.year) for f in narrative_facts(s, line=1, page=None, default_year=2024, section=None)]
    assert one("– Partner with three ferry operators to trial biofuel blends.") == [(3.0, None)]
    assert one("Action 4 Approve and commence building of 35MW of rooftop solar at the mills.") == [(35.0, None)]
    assert one("– Subject to council consent, start laying 14km of district heating pipe.") == [(14.0, None)]
    # done work in the past tense keeps the report's year
    assert one("– Partnered with three ferry operators to trial biofuel blends.") == [(3.0, 2024)]
