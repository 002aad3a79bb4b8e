"""facts/borrowed.py: a number whose name was read from a neighbouring figure or phrase gives no fact; a year the
sentence compares with is no figure's own (facts/clause.py); a deadline in a cited document's title is no fact
(facts/narrative.py) (issue 15). Wordings of our own; no sample report uses them."""
from esglens.facts.narrative import narrative_facts


def facts(s, year=2024, page=None):
    return {f.raw: f for f in narrative_facts(s, line=1, page=page, default_year=year, section=None)}


def test_a_share_or_an_amount_named_by_no_measured_subject_gives_no_fact():
    assert "12%" not in facts("Currently, about 12% come from abroad.")
    got = facts("Staff turnover stood at 9.1%, broken down as follows: 4.2% clerks, 3.0% drivers and 1.9% cooks.")
    assert "9.1%" in got and "4.2%" not in got
    assert "3.2" not in facts("The unit posted an operating loss of 8.1 million euros, an improvement of 3.2 million euros.")
    assert "50" not in facts("Expected to be about 50 million dollars.")
    # a name that says what is measured, a verb that says what was done, a counted noun: kept
    assert facts("Moreover, the share of recycled paper was 12%.")["12%"].label == "the share of recycled paper was"
    assert facts("Last spring we donated 4.5 million euros to the river trust.")["4.5"].unit == "million euros"
    assert facts("Moreover, 1,200 volunteers had been trained.")["1,200"].unit == "volunteers"
    # a call-out of a change is named by its caption; "(prior year: 7%)" by the figure before it
    assert "18%" in facts("Up by 18% on the year before")
    got = facts("The rate of staff on part-time contracts was 9% (prior year: 7%).")
    assert got["7%"].label == got["9%"].label and got["7%"].year == 2023


def test_the_change_set_after_a_figure_is_not_named_by_the_figures_name():
    got = facts("The ferry line earned revenue of 80.2 million euros, 4.1 million euros increase over the prior year.")
    assert "80.2" in got and "4.1" not in got
    # a change named as one is kept
    kept = facts("Revenue rose by 4.1 million euros to 80.2 million euros.")
    assert "4.1" in kept


def test_the_second_of_two_joined_phrases_is_not_named_by_the_first():
    got = facts("The lodge sold 14,000 nights, most of them to families and 2.5% to schools.")
    assert "14,000" in got and "2.5%" not in got
    # a number that counts a noun of its own is named by it: kept
    assert facts("The clinic hired 41 nurses at its head office and 7 midwives at the branches.")["7"].unit == "midwives"


def test_on_a_page_later_figures_of_a_sentence_of_many_figures_give_no_fact():
    line = ("In 2023 the plant replaced 3 heat pumps (1,200 tonnes of CO2 a year), the boiler B upgrade (800 tonnes), "
            "the kiln seals (450 tonnes) and the dryer fans (300 tonnes), 2,750 tonnes in all.")
    paged = facts(line, page=4)
    assert "3" in paged and not {"1,200", "800", "450", "300", "2,750"} & set(paged)
    # the same line in a text file is left to the other rules
    assert {"3", "800", "450", "300"} <= set(facts(line))
    # a verb between a figure and the one before makes a clause of its own: kept
    clauses = ("In 2023 the plant replaced 3 heat pumps saving 1,200 tonnes of CO2, upgraded boiler B saving 800 tonnes, "
               "sealed the kiln saving 450 tonnes and fitted dryer fans saving 300 tonnes, 2,750 tonnes in all.")
    assert {"800", "450", "300"} <= set(facts(clauses, page=4))
    # items set apart by "//" are counted one by one
    items = "// Cut waste by 12 percent // Cut water use by 4.5 percent // Cut fuel by 3 percent // Planted 2,000 trees"
    assert {"12 percent", "4.5 percent", "3 percent"} <= set(facts(items, page=4))


def test_a_year_the_sentence_compares_with_is_no_figures_own():
    s = ("Fleet fuel use rose by 6% compared to 2022, in line with the routes restored after the closures of 2022 "
         "in the north.")
    assert facts(s)["6%"].year == 2024
    # the sentence's one year of its own still dates it
    assert facts("Fleet fuel use rose by 6% in 2023 compared to 2022.", year=2024)["6%"].year == 2023


def test_a_deadline_in_the_title_of_a_cited_document_is_no_fact():
    assert "2030" not in facts("See Annual Review 2022 – Zero waste by 2030, pp. 4-9 and the appendix.")
    assert "2040" not in facts("Details are in the brochure Clean water by 2040, p. 12.")
    # a deadline of the reporter's own stays
    assert facts("We will send zero waste to landfill by 2030.")["2030"].year == 2030


def test_on_a_page_a_note_gives_no_fact():
    from esglens.facts.running import RUNNING_TEXT
    for note in ("* Measured against the 2019 model of the same pump at 40 kW.",
                 "Note 3: The freight factor applied is 0.118 kg per tonne-km.",
                 "*2: Headcount = permanent staff at 31 March × 1.0 FTE.",
                 "※4 At 20℃ and 1 atmosphere."):
        assert RUNNING_TEXT.outside(note) == "note"
        assert facts(note, page=7) == {}
    # prose that opens with a figure or a star-free word is still read; a text file's notes are left alone
    assert RUNNING_TEXT.outside("Notes were sent to 1,200 suppliers in May.") is None
    assert facts("Note 3: The freight factor applied is 0.118 kg per tonne-km.")


def test_a_connective_names_nothing_the_predicate_after_the_noun_does():
    got = facts("Furthermore, 140 site managers were audited under the new scheme in 2024.")
    assert got["140"].label == "site managers were audited"
    # a share after a connective with nothing to name it: no fact
    assert "12%" not in facts("Currently, about 12% come from abroad.")


def test_a_part_after_of_which_is_named_by_the_whole_and_its_own_predicate():
    got = facts("Members lodged 2,040 claims in 2024, of which 1,120 were settled within a month.")
    assert got["1,120"].label == "claims were settled within a month"
    got = facts("The number of farm visits paid by the advisers was 9,310, of which 4,005 were for first-time growers.")
    assert got["4,005"].label.endswith("… were for first-time growers")


def test_doubled_from_one_figure_to_another_is_a_change_not_a_range():
    got = facts("The depot has doubled its charging capacity from 40 kW to 95 kW this year.")
    assert got["40"].qualifier != "range" and got["40"].year is None
    assert got["95"].value == 95 and got["95"].year == 2024


def test_a_figure_with_the_prior_years_figure_in_words_in_a_bracket():
    got = facts("The share of treated water reused on site rose to 61% (57% in 2023), thanks to the new filters.")
    assert got["61%"].year == 2024 and got["57%"].year == 2023
    assert got["57%"].label == got["61%"].label
    got = facts("Staff trained in first aid rose from 61% to 70% (9% improvement).", page=2)
    assert got["70%"].year == 2024
    # two bare figures side by side are still a table row's cells
    assert "40.7%" not in facts("Share of women 41.9% (40.7%) in the year.")
