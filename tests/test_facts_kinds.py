"""facts/kinds.py: counts of abstract parts, counts inside a name, data ratings and names of verbs only give no
fact; a name cut inside a capitalised name is read whole (h115, issue 15). Wordings of our own; no sample report
uses them."""
from esglens.facts.narrative import narrative_facts


def facts(s, year=2024, page=None):
    return {f.raw: f for f in narrative_facts(s, line=1, page=page, default_year=year, section=None)}


def test_a_small_count_of_abstract_parts_gives_no_fact():
    assert "four" not in facts("The harbour plan rests on four guiding principles agreed with the city.")
    assert "6" not in facts("Our water charter names 6 strategic priorities for the decade.")
    assert "twelve" not in facts("The survey asked twelve questions about canteen food waste.")
    # a count of things done or held is kept
    kept = facts("We opened four repair workshops for tenants in 2023.")
    assert kept["four"].value == 4 and kept["four"].unit == "repair workshops" and kept["four"].year == 2023
    # a large count of abstract things is a measured count again
    kept = facts("Our grievance desk logged 140 questions from neighbours in 2023.")
    assert kept["140"].value == 140


def test_a_count_before_a_singular_noun_is_part_of_a_name():
    assert "three" not in facts("Runoff from the yard passes a three stage filter system before discharge.")
    assert "5" not in facts("The depot follows a 5 step cleaning routine for every tanker.")
    kept = facts("Three filter units were replaced at the depot in 2023.")
    assert kept["Three"].value == 3 and kept["Three"].unit == "filter units"


def test_a_data_rate_or_storage_size_is_a_specification():
    assert "25" not in facts("The rural fibre link now offers speeds of up to 25 Gbps to farms.")
    assert "16" not in facts("Each sensor logger stores 16 GB of readings.")
    kept = facts("The data hall used 25 GWh of electricity in 2023.")
    assert kept["25"].unit == "GWh" and kept["25"].value == 25


def test_a_name_of_verbs_only_gives_no_fact():
    assert "12.5%" not in facts("In 2023 the figure dipped slightly and then stood at 12.5%.", page=3)
    assert "40" not in facts("We expect to incur €40 million.")
    kept = facts("In 2023 staff turnover stood at 12.5%.")
    assert kept["12.5%"].label == "staff turnover stood at" and kept["12.5%"].year == 2023
    # a verb whose object is the measure names it
    kept = facts("Next year we plan to invest €40 million.")
    assert kept["40"].unit == "€ million" and kept["40"].value == 40
    # a subject in the rest of the clause after the figure names it
    kept = facts("Some 2,300 had done so as volunteer lifeguards, and €4.5 million had been earmarked to renovate pools.")
    assert kept["2,300"].value == 2300 and kept["4.5"].unit == "€ million"
    assert "62%" in facts("Heat pumps cut gas use, saving about 62% against the old boilers.")
    # a noun right after the figure, past a maker's name, says what it counts; a preposition does not
    assert facts("The yard holds 12 cranes, and is equipped with 64 Volta's cargo bikes.")["64"].value == 64
    assert "64" not in facts("The yard holds 12 cranes, and is equipped with 64 from the old fleet.")
    # a relative change set alone is kept (its subject is in the line before)
    kept = facts("A rise of 7.5% on the prior year.")
    assert kept["7.5%"].value == 7.5


def test_a_name_cut_after_two_capitalised_words_is_read_whole():
    got = facts("The Rail Freight division saw higher haulage in the year of 45.2 million tonnes.")
    assert got["45.2"].label == "The Rail Freight division saw higher haulage in the year of"
    # a cut after lower-case words is not widened (the last eight words name it)
    got = facts("Our depot in the harbour district saw higher haulage in the year of 45.2 million tonnes.")
    assert got["45.2"].label == "district saw higher haulage in the year of"


def test_a_bound_in_a_short_verbless_line_is_a_legend_class():
    assert facts("Salary band between 120% and 140% of the local median.", page=5) == {}
    assert facts("Sites > 75% of the regional average", page=5) == {}
    kept = facts("Pay rose by between 2% and 3% in 2023.", page=5)
    assert (kept["2%"].value, kept["3%"].value, kept["2%"].year) == (2.0, 3.0, 2023)


def test_the_upper_end_of_a_range_is_printed_as_its_figure():
    got = facts("We now expect to need 450MW to 520MW of wind capacity by 2031.")
    assert sorted(got) == ["450", "520"] and got["520"].unit == "MW" and got["520"].value == 520
    got = facts("Pay rose by between 2% and 3% in 2023.")
    assert sorted(got) == ["2%", "3%"]
