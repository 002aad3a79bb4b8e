"""facts/plans.py: a figure in a clause of the future gets no year of the report; facts/settings.py: a temperature
of running text is a setting and a frequency is no amount, neither gives a fact (issue 15). Wordings of our own;
no sample report uses them."""
from esglens.facts.narrative import narrative_facts


def facts(s, year=2024, page=None):
    return {f.raw: f for f in narrative_facts(s, line=1, page=page, default_year=year, section=None)}


def test_a_figure_in_a_clause_of_the_future_has_no_year_of_the_report():
    got = facts("In 2023, the cooperative signed leases for 40 hectares, which will yield about 900 tonnes of grain a year.")
    assert got["40"].year == 2023 and got["900"].year is None
    got = facts("By the end of 2023 the ferry firm ordered 6 hybrid boats, which are expected to save 1,200 tonnes of diesel.")
    assert got["6"].year == 2023 and got["1,200"].year is None
    # a deadline or a later year written with the plan dates it; a year in the clause itself too
    assert facts("By 2031, the mill will source 35% of its pulp from certified forests.")["35%"].year == 2031
    assert facts("The dairy expects to spend 4.2 million euros on biogas digesters in 2026.")["4.2"].year == 2026
    assert facts("In 2024 the dairy shall open 3 collection points.")["3"].year == 2024
    # done work in the same sentence keeps the report's year
    assert facts("The bakery ran 12 courses for apprentices, which were well attended.")["12"].year == 2024


def test_a_temperature_of_running_text_is_a_setting_not_a_fact():
    got = facts("The varnish is cured at 85 degrees Celsius for 40 minutes, which saved 310 MWh of gas.")
    assert "85" not in got and got["310"].unit == "MWh"
    assert "24" not in facts("Sleep quality improved when the ward was kept at 24 °C during the trial.")
    assert "5" not in facts("The pumps run even at minus 5 ℃ outdoors.")


def test_a_frequency_is_no_amount():
    got = facts("All 14 depots are inspected by an external body once in four years.")
    assert "four" not in got and got["14"].unit == "depots"
    assert "two" not in facts("Each licence is renewed once every two years.")


def test_a_sign_before_the_figure_does_not_hide_the_joined_phrase():
    # facts/borrowed.second_phrase: "… and >60% …" is the second phrase's share, not the first's
    got = facts("Night shifts were shortened for drivers and >60% regular medical checks were a condition of hiring.")
    assert "60%" not in got


def test_a_potential_is_no_measured_amount():
    got = facts("The heat pumps at the brewery (potential 3,400 tonnes of CO2 a year) were ordered for 2.8 million euros.")
    assert "3,400" not in got and "2.8" in got
    assert "40%" not in facts("Field trials show the potential to lower fertiliser use on maize by up to 40%.")
    assert "5%" not in facts("Potential for a 5% rise in the yield of the orchards.")
    # "potential" that does not govern the figure: kept
    assert facts("The survey reached 310 potential suppliers in 12 countries.")["310"].unit == "potential suppliers"
