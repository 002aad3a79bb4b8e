"""facts/subjects.py: a number whose name does not say what it is an amount of gives no fact (issue 15).
Wordings of our own; no sample report uses them."""
from esglens.facts.gate import abstains
from esglens.facts.narrative import narrative_facts


def facts(s, year=2024):
    return {f.raw: f for f in narrative_facts(s, line=1, page=None, default_year=year, section=None)}


def test_a_count_named_only_by_its_own_noun_gives_no_fact():
    got = facts("The festival ran for a week, with a total of 1,650 attendees.")
    assert "1,650" not in got
    # a predicate after the noun says what the count is of: kept, and named by it
    kept = facts("4,300 saplings were planted by volunteers along the river banks.")
    assert kept["4,300"].label.startswith("saplings were planted")
    kept = facts("Over the summer, a total of 4,300 saplings were planted in 2024.")
    assert kept["4,300"].label == "saplings were planted"
    # a clause before it names what they are of: kept, named by it
    kept = facts("The library ran 35 reading workshops, with a total of 1,650 attendees.")
    assert kept["1,650"].label.endswith("reading workshops … attendees")
    kept = facts("The fair had two stages and a market, attracting 9,400 visitors.")
    assert kept["9,400"].label.endswith("… visitors") and kept["9,400"].label.startswith("The fair had")
    # none or one of a thing is a kind of event, and stays
    assert "0" in facts("0 dam failure recorded at our tailings sites.")


def test_a_part_named_only_by_its_part_word_gives_no_fact():
    got = facts("New contracts numbered 90 in the north (60 seasonal and 30 casual).")
    assert "30" not in got
    got = facts("Most exits were voluntary: 41% due to relocation and 12% due to illness.")
    assert "12%" not in got


def test_a_name_that_only_points_back_gives_no_fact():
    assert "8,700" not in facts("Those came to a total of 8,700.")
    assert "14%" not in facts("That represents 14% of the total.")
    # a demonstrative before a name of its own is kept
    kept = facts("This grant funded solar pumps for 320 smallholder farms.")
    assert kept["320"].value == 320


def test_a_procedure_interval_gives_no_fact():
    assert "four" not in facts("Boilers are inspected every four months by an accredited body.")
    # a rate over a long span is no procedure: kept
    assert "250,000" in facts("One lost-time injury occurred for every 250,000 hours worked.")


def test_capitals_glued_to_a_number_before_a_noun_are_a_name():
    got = facts("We rolled out 2FA logins for all staff and hired a 3PL provider.")
    assert "2" not in got and "3" not in got
    # a unit printed glued to the number stays a unit
    assert facts("The site adds 45MW of capacity.")["45"].unit == "MW"


def test_the_rules_are_named():
    from esglens.facts.quantity import Candidate
    c = Candidate("with a total of 1,650 attendees", 16, 21, "1,650", False, "", "attendees", True)
    assert abstains(c, "attendees") == "own_noun"


def test_a_time_phrase_names_nothing():
    assert "37%" not in facts("In the year under review, 37% was sent back to the mills.")
    assert "88%" not in facts("As of 30 June, 88% had been delivered on time.")
    # the counted noun and its predicate still name a count
    assert facts("At the end of the year, 23 claims were still pending.")["23"].label == "claims were still pending"


def test_a_change_after_another_sentence_is_that_sentences_subjects():
    assert "18%" not in facts("Our depots burned less diesel. Against 2016, the total decrease was 18%.")
    # set alone, a change call-out keeps its figure (its caption names it)
    assert "18%" in facts("Against 2016, the total decrease was 18%.")


def test_a_ratio_a_defined_title_and_a_cut_line_give_no_fact():
    assert "four" not in facts("One in four laptops we sell is refurbished.")
    assert "12" not in facts("The charter sets out the 12 Principles of Green Chemistry (PGC) for our labs.")
    assert "9" not in facts("The accord defines 9 Planetary Boundary Limits (PBLs) for land use.")
    # things counted whose name is then shortened are a count: kept
    assert "14" in facts("Fitting of 14 Solar Tube Skylights (STS) in the canteen.")
    assert "41,000" not in facts("In 2022, the app counted over 41,000 GreenPass")
    # the same count with its noun and full stop is kept
    assert "41,000" in facts("In 2022, the app counted over 41,000 downloads.")
    # a call-out "36+" is no cut line
    assert "36" in facts("36+")


def test_a_limits_value_is_no_amount():
    got = facts("The limit for treated water, stricter than the national one (equal to 50 mg/l), is 20 mg/l.")
    assert "50" not in got and "20" not in got
    assert "20" in facts("Treated water held 20 mg/l of nitrate on average.")


def test_a_name_that_is_the_part_before_it_gives_no_fact():
    got = facts("We ran clinics at each of 61 sites (39 in Kenya, 22 overseas).")
    assert "22" not in got and "61" in got


def test_a_word_before_a_measured_figure_names_it():
    got = facts("The group pays wages of €3.1 billion, taxes €0.9 billion and dividends €0.4 billion.")
    assert got["0.9"].label == "taxes"
    assert "7,420" in facts("The cooperative employs 7,420 people in four regions.")
    assert facts("Around 2.6 million parcels were shipped in 2023.")["2.6"].unit == "million"


def test_a_share_named_only_by_its_whole_gives_no_fact():
    got = facts("Flexible hours are open to 80% of our staff (74% of our drivers and 91% of our planners) at all depots.")
    assert "80%" in got and "91%" not in got
    assert "43%" in facts("In 2022, 43% of the timber we buy is certified.")
    assert "43%" in facts("43% of the total")   # (a call-out opening its text: its caption names it)


def test_the_bound_that_defines_a_class_gives_no_fact():
    assert "2" not in facts("We report all depots whose yearly power use exceeds 2 GWh.")
    assert "3" not in facts("Two quarries which, though outside the park, are less than 3 km away are watched.")
    assert "80%" in facts("The audit covered 12 countries that accounted for more than 80% of sales.")


def test_on_a_page_a_short_line_with_no_clause_gives_no_fact():
    def paged(s):
        return {f.raw for f in narrative_facts(s, line=None, page=4, default_year=2024, section=None)}
    assert paged("• 12% reduction") == set() and paged("Peru: 2.07") == set() and paged("Joint venture 45%*") == set()
    assert "12%" in paged("Our depots cut diesel use by 12% in 2023.")
    assert "12%" in facts("• 12% reduction")   # (a text file's call-out is named by the lines above it)
    assert "97%" in paged("廃棄物リサイクル率：97%")   # (a script without spaces has no word count)


def test_units_and_captions_that_look_like_names_or_fragments_are_kept():
    assert facts("The fund held 41,200K shares at year end.")["41,200"].value == 41200
    assert facts("The new tank holds 24KL per unit.")["24"].unit == "KL per unit"
    # (a data size, "24TB", is a product's specification: no fact, facts/kinds.data_rating)
    assert "24" not in facts("The new drive stores 24TB per unit.")
    paged = {f.raw for f in narrative_facts("– $310 million total water spend", line=None, page=9, default_year=2024)}
    assert paged == {"310"}


def test_a_prior_years_figure_of_a_measure_that_gave_no_fact_gives_none():
    got = facts("In the year under review, over 64% (prior year: 61%) of parcels shipped without plastic.", 2022)
    assert got == {}
    got = facts("The share of refurbished laptops was 71% (prior year: 64%).", 2022)
    assert (got["64%"].year, got["64%"].label) == (2021, got["71%"].label)
