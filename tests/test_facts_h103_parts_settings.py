"""h103 (issue 15): the parts of a breakdown named with their whole, a compared-with year in a bracket, and figures
that set a condition (what a rule grants, a class's bound, a capability, a formula's factor, a date something was
moved to). Wordings of our own; no sample report uses them."""
from esglens.facts.narrative import narrative_facts


def facts(s, year=2024, page=None):
    return {f.raw: f for f in narrative_facts(s, line=1, page=page, default_year=year, section=None)}


def test_the_parts_of_a_share_list_are_named_with_the_whole():
    got = facts("Last year, the runoff from the quarry reached 64% pasture and 36% drainage ditches, while the dust settled on roads.")
    assert got["64%"].label == "the runoff from the quarry reached … pasture"
    assert got["36%"].label == "the runoff from the quarry reached … drainage ditches"
    got = facts("At year end the crew consisted of 58% volunteers (2023: 61%) and 42% contractors (2023: 39%).")
    assert got["42%"].label == "At year end the crew consisted of … contractors" and got["39%"].year == 2023
    assert got["39%"].label == "At year end the crew consisted of … contractors"


def test_a_share_named_only_by_its_whole_is_still_no_part():
    got = facts("Remote work is open to 70% of our clerks (66% of our cashiers and 88% of our buyers) in all shops.")
    assert "88%" not in got


def test_a_count_after_of_which_is_the_wholes_noun_and_its_own_predicate():
    got = facts("In 2024 the ombudsman logged 48 petitions, of which 9 related to noise and 39 related to parking.")
    assert got["48"].unit == "petitions"
    assert got["9"].label == "petitions … related to noise" and got["9"].value == 9
    got = facts("By December, 22 claims were still pending, 6 of which concerned late deliveries.")
    assert got["6"].label == "claims … concerned late deliveries"


def test_a_year_compared_with_in_a_bracket_is_not_the_figures_year():
    got = facts("In 2024 the co-op's rooftop arrays reached 310 MW (almost twice the figure for 2022).")
    assert got["310"].year == 2024
    got = facts("The fleet used 8.2 million litres (4% less than in 2023).")
    assert got["8.2"].year == 2024
    # a year alone in the bracket still dates the figure
    assert facts("Water withdrawal at the hatchery was 7.5 million m3 (2021).")["7.5"].year == 2021


def test_what_a_rule_grants_is_a_setting_not_a_fact():
    assert "12" not in facts("Part-time nurses are entitled to 12 days of study leave a year.")
    assert "four" not in facts("Staff who work night shifts receive four extra days of rest per quarter.")
    assert "three" not in facts("The agreement sets a notice period of at least three weeks for shift changes.")
    assert "six" not in facts("Foster parents may take six days’ leave when a child arrives.")
    # time the report measured taken or received stays
    got = facts("In 2024, 37 fathers took 412 days of parental leave.")
    assert got["412"].unit.startswith("days")
    assert "18" in facts("Apprentices received 18 hours of safety training on average in 2024.")


def test_a_class_bound_or_a_rank_of_a_distribution_is_no_amount():
    assert "40%" not in facts("Second quintile: 40% of wages lie under the sector median;")
    assert "35" not in facts("Most seasonal pickers who left the farm were under 35 years of age.")
    got = facts("Women made up 52% of new pickers under 35 years of age.")
    assert "52%" in got and "35" not in got


def test_what_a_thing_is_able_to_do_is_no_amount_done():
    assert "60%" not in facts("The new kiln is the first in the region able to recover 60% or more of its waste heat.")
    assert "9" not in facts("We leased two barges, each capable of carrying up to 9 kt of grain.")
    assert "14%" in facts("In 2024 we were able to cut diesel use by 14%.")


def test_a_formula_factor_and_a_postponed_date_give_no_fact():
    assert "1,000" not in facts("Lost-time cases divided by hours worked, multiplied by 1,000.")
    assert "2026" not in facts("The supplier summit had to be postponed until 2026 because of the strike.")
    assert facts("The bakery chain aims to source only cage-free eggs by 2027.")["2027"].value == 2027


def test_on_a_pdf_page_a_heading_is_not_a_figures_name():
    text = "19 in 2023, including 8 nurses and 11 porters) and the rate of sick leave fell by 3%."
    got = {f.raw: f for f in narrative_facts(text, line=None, page=4, default_year=2024, section="Care homes")}
    assert got["8"].label == "nurses" and got["11"].label == "porters"   # the counted noun, not the heading
    assert "40,000" not in {f.raw for f in narrative_facts("(over 40,000 acres)", line=None, page=4,
                                                            default_year=2024, section="Care homes")}
    # a text file keeps the heading of a highlighted figure
    assert narrative_facts("(over 40,000 acres)", line=3, page=None, default_year=2024,
                           section="Care homes")[0].label == "Care homes"


def test_a_capability_range_gives_neither_end():
    got = facts("In 2024 we leased five barges, each capable of cutting fuel use by up to 12 to 15% per trip.")
    assert "12" not in got and "15%" not in got and got["five"].unit == "barges"


def test_a_bound_that_picks_out_a_class_or_a_limit_is_no_amount():
    assert "80,000" not in facts("We screen all contractors with an annual order volume of more than €80,000.")
    assert "25%" not in facts("The accounts cover all ventures in which the cooperative holds at least a 25% stake.")
    assert "3%" not in facts("The audit found gaps in overtime pay that stay below the 3% tolerance limit.")
    assert "50" not in facts("Spills are logged from a volume of 50 litres upward.")
    # a reporter's own count after "with over" and a target "or more" stay
    assert "60" in facts("In 2024 the mill worked with over 60 growers in the valley.")
    assert facts("Cut water use by 25% or more in 2028.")["25%"].year == 2028


def test_a_count_of_or_a_part_of_what_another_sentence_named_is_no_fact():
    assert "2,400" not in facts("The roughly 2,400 technicians of this unit keep the trams running.")
    got = facts("The inspectors logged 3,210 defects, Of these, 140 defects are still unresolved.")
    assert "140" not in got and got["3,210"].unit == "defects"
    assert "2,400" in facts("In 2024 the 2,400 technicians of our tram unit completed 9,000 repairs.")


def test_a_list_total_and_a_stake_changing_hands_give_no_fact():
    assert "63" not in facts("63 subsidiaries in total including the 12 above")
    assert "70%" not in facts("Sold 70% shares of Nordwind Logistics AB to a fund.")
    assert "49%" not in facts("The deal covered the transfer of 49% of the issued shares of Alba Foods Ltd.")
    assert "70%" in facts("In 2024, 70% of shares in our pension fund were screened for ESG risks.")


def test_a_validity_is_a_period_not_an_amount():
    assert "four" not in facts("The seal is valid for four years and will be renewed in 2027.")


def test_on_a_pdf_page_a_span_of_years_in_prose_is_no_amount():
    text = "The pilot kiln was tested over three years and over 4 months before the board approved it."
    assert "three" not in facts(text, page=12) and "4" not in facts(text, page=12)
    assert "three" in facts(text)   # a text file is not governed by it
    assert "9.4" in facts("Our drivers have worked for the company for an average of 9.4 years.", page=12)


def test_a_share_of_what_a_verb_takes_is_named_by_the_noun_after_it():
    got = facts("Since May the bakery chain has bought 100% wheat from organic farms and cut its waste.")
    assert got["100%"].label == "Since May the bakery chain has bought … wheat from organic farms"
    got = facts("Our ferries now run on 40% biodiesel in the summer months.")
    assert got["40%"].label == "Our ferries now run on … biodiesel"
    # a comparison after the share is no object
    assert facts("Our ferries now run on 40% more routes than in 2022.")["40%"].label == "Our ferries now run on"


def test_a_connective_names_nothing_the_counted_noun_does():
    got = facts("In addition, 14 (2023: 9) farms were inspected by the board.")
    assert got["14"].label == "farms were inspected" and got["14"].year == 2024


def test_respectively_items_share_the_head_after_an_article_or_a_shared_first_word():
    got = facts("The fuel and paper intensity per parcel delivered has fallen by 6% and 11% respectively.")
    assert got["6%"].label == "The fuel intensity per parcel delivered has fallen by"
    assert got["11%"].label == "paper intensity per parcel delivered has fallen by"
    got = facts("Tier 1 and Tier 2 supplier audits rose by 8% and 12%, respectively, in 2024.")
    assert got["8%"].label == "Tier 1 supplier audits rose by" and got["12%"].label == "Tier 2 supplier audits rose by"


def test_a_sibling_with_its_own_of_phrase_keeps_it():
    got = facts("- 8,400 litres of diesel saved in all, 35.5 litres of diesel per truck")
    assert got["8,400"].label == "of diesel saved in all" and got["35.5"].label == "of diesel per truck"


def test_a_share_difference_in_points_and_a_ratio_to_a_base_year_say_so():
    got = facts("The recycling rate was 61.5%, 1.4% points up from the prior year.")
    assert got["1.4%"].unit == "percentage points" and got["61.5%"].unit == "%"
    got = facts("Water drawn per tonne of bread was 88% compared to the FY2015 level.")
    assert got["88%"].label == "Water drawn per tonne of bread was … compared to the FY2015 level"
    assert facts("Water use was cut by 12% compared to 2015.")["12%"].label == "Water use was cut by"


def test_a_bound_of_the_things_a_share_counts_is_no_amount():
    got = facts("In 2024, 22% of our vans emit even below 90 g/km.")
    assert "22%" in got and "90" not in got
    got = facts("Around 70% of all farms had a link > 30 Mbps.")
    assert "70%" in got and "30" not in got
    # a figure after a share and "by over" is its own
    assert "400" in facts("Waste was above 98% recycled and we cut the haul by over 400 km.")


def test_a_share_of_it_says_nothing_and_overall_names_nothing():
    assert "60%" not in facts("It comprises 60% diesel, 30% petrol and 10% gas.", page=3)
    assert facts("Overall, in 2024, 410 nurses were hired.")["410"].label == "nurses were hired"
