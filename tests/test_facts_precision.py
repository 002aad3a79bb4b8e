"""Narrative precision (issue 15): when unsure, abstain. Every sentence here is our own wording, in no
sample report."""
from esglens.facts.narrative import narrative_facts


def facts(s, year=2024):
    return narrative_facts(s, line=1, page=None, default_year=year, section=None)


def by_raw(s, year=2024):
    return {f.raw: f for f in facts(s, year)}


# --- years -----------------------------------------------------------------------------------------

def test_target_used_as_a_modifier_makes_no_target():
    got = by_raw("Our recruiters visited 45 target schools and hosted 12 open days for graduates.")
    assert got["12"].year == 2024


def test_target_words_in_another_part_of_the_sentence_leave_the_figure_this_years():
    got = by_raw("Trucks ran at a load factor of 91%; with our suppliers we keep working towards the net-zero goal.")
    assert got["91%"].year == 2024
    assert by_raw("Trucks ran at a load factor of 91% as we work towards the net-zero goal.")["91%"].year is None


def test_an_expected_figure_gets_no_year():
    assert by_raw("We expect a payback on the retrofit of 6% to 8%.")["6%"].year is None


# --- names -----------------------------------------------------------------------------------------

def test_a_name_starts_after_the_figure_before_it():
    got = by_raw("The new boiler cut fuel costs by RMB3,200,000 and lowered the emission of 812.5kg of carbon dioxide.")
    assert got["812.5"].label.startswith("lowered the emission of")


def test_a_name_cut_inside_a_bracket_or_after_of_reads_back_to_its_head():
    got = by_raw("The share of women among all plant supervisors (both day and night shifts) should rise to 40% by 2028.")
    assert got["40%"].label == "The share of women among all plant supervisors should rise to"
    got = by_raw("The water drawn per tonne of product of the Lakeside mill in 2024 has fallen by 12.5% against 2020.")
    assert got["12.5%"].label.startswith("The water drawn per tonne")


# --- the gate --------------------------------------------------------------------------------------

def test_a_number_in_a_conditional_clause_is_no_fact():
    assert "three" not in by_raw("If a contractor records three serious breaches, its contract ends.")
    got = by_raw("At a rated load of 80%, the pump moves 1,200 cubic meters an hour.")
    assert "1,200" in got
    got = by_raw("Under the condition of 85% humidity, the panel still delivers 310 W.")
    assert "85%" not in got and "310" in got


def test_the_bound_of_a_class_is_no_fact():
    assert "5" not in by_raw("We review the water risks of investments exceeding €5 million.")
    assert "5" in by_raw("Capital spending on water exceeded €5 million.")


def test_a_warming_pathway_is_no_quantity():
    assert not by_raw("The plan is aligned with limiting warming to 1.5°C above pre-industrial levels.")
    assert not by_raw("The high scenario assumes a temperature rise of 4.1°C by 2100.")
    # (a process temperature was kept here; since facts/settings.py a temperature of running text is a setting, no
    # fact: all 8 such facts of the 15 corpus reports were settings or test conditions, see /work/notes/h80.md)
    assert "38" not in by_raw("The kiln runs at 38°C in its cooling zone.")
    assert "2.1" in by_raw("The kiln used 2.1 GWh of biogas.")


def test_a_form_instruction_is_no_fact():
    assert not by_raw("Describe the process in 150 words.")
    assert not by_raw("With treatment – please specify level of treatment: 2,400")


def test_cells_printed_twice_side_by_side_are_a_table_not_prose():
    assert not by_raw("Heat pump retrofit Heat pump retrofit Savings of 410 MWh of electricity")
    assert not by_raw("Rail freight 31.5% Road freight 12%")
    got = by_raw("The recycling rate reached 91.2% and the reuse rate reached 40.5%.")
    assert set(got) == {"91.2%", "40.5%"}


def test_the_count_of_a_frameworks_parts_is_no_fact():
    assert not by_raw("Risks are assessed from four perspectives.")
    assert not by_raw("The team sorts its suppliers into three tiers.")
    assert "27" in by_raw("The team audited 27 suppliers.")


def test_a_rating_that_names_a_thing_is_no_fact():
    assert not by_raw("Work began on the 60MW wind farm in the north.")
    assert "5" in by_raw("The site installed a 5MW solar plant.")
    assert not by_raw("Released 30kW/60kWh outdoor cabinets for retail sites.")
    assert "2.4" in by_raw("Rooftop panels generated 2.4 GWh in the year.")


def test_a_share_alone_before_a_caption_word_is_a_legend():
    assert not by_raw("4.2% Rail")
    assert "100%" in by_raw("100% of managers")


# --- a name with no subject of its own ---------------------------------------------------------------

def test_a_generic_measure_is_named_by_the_clause_before_or_gives_no_fact():
    got = by_raw("All carriers signed the safety pledge, and the coverage rate is 100%.")
    assert got["100%"].label.startswith("All carriers signed the safety pledge")
    assert not by_raw("The coverage rate is 100%.")
    assert not by_raw("Of this, 3.2Mt is shipped by rail.")


def test_a_share_verb_takes_the_subject_of_the_figure_before_it():
    got = by_raw("Grants to schools came to RMB 8 million, accounting for 12% of all donations.")
    assert got["12%"].label.startswith("Grants to schools came to")


def test_a_change_with_no_subject_stays_a_change():
    assert by_raw("Year-on-year growth of 18.5%")["18.5%"].label == "Year-on-year growth of"


def test_a_highlight_names_what_its_share_is_of():
    assert by_raw("- 98% coverage of safety inspections at all depots")["98%"].label.startswith("coverage of safety")


# --- numbering, frames, spans, units ---------------------------------------------------------------

def test_an_item_number_before_a_singular_title_is_numbering():
    assert not by_raw("- 2 Governance: The board reviews climate risks twice a year.")
    assert by_raw("7 Regional Warehouses")["7"].unit == "Regional Warehouses"


def test_a_period_frame_and_an_opening_look_back_are_no_facts():
    assert set(by_raw("In all, 64 site visits were made over a period of 2 years.")) == {"64"}
    assert not by_raw("For almost 25 years, the foundation has funded rural clinics.")
    assert "six" in by_raw("For six years in a row, the mill has won the award.")


def test_the_end_of_a_past_span_and_a_deadline_of_nothing_named_are_no_facts():
    assert not by_raw("The partnership ran from 2014 until 2019 in rural provinces.")
    assert not by_raw("Interim goals by 2027")
    assert by_raw("Zero waste to landfill at all plants by 2030")["2030"].year == 2030


def test_the_value_a_change_starts_from_gets_no_year():
    got = by_raw("New dryers lowered the sludge moisture from 82% to 41%.")
    assert got["82%"].year is None and got["41%"].year == 2024


def test_a_name_ending_in_project_takes_its_number_as_a_name_and_grams_of_co2_are_a_unit():
    assert not by_raw("Graduates of Project 211 universities joined the lab.")
    assert by_raw("The grid factor stood at 689.4 g CO2e/kWh.")["689.4"].unit == "g CO2e/kWh"
    assert by_raw("A bursary of Rs 50,000 per student was paid.")["50,000"].unit.startswith("Rs")


# --- figures set as headings -----------------------------------------------------------------------

def _doc_narrative(text: str):
    from esglens.document.build import build
    from esglens.facts import extract_facts
    from esglens.model import Document, TextLine
    lines = [TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)]
    doc = build(Document(path="t.txt", name="t.txt", sha256="0", kind="text", lines=lines))
    return [(f.value, f.label) for f in extract_facts(doc) if f.source == "narrative"]


def test_a_figure_set_as_a_heading_is_named_by_its_caption_or_gives_no_fact():
    text = ("Water stewardship\n\nThe long paragraph above ends here.\n\nIn 2024, rainwater harvested at our "
            "northern depots and our inland warehouses together came to\n\n41,250 m³\n\n")
    got = _doc_narrative(text)
    assert [v for v, _ in got] == [41250.0] and got[0][1].endswith("together came to")
    assert _doc_narrative("Water stewardship\n\nThe long paragraph above ends here.\n\n41,250 m³\n\n") == []


def test_a_scope_code_beside_a_figure_is_no_flattened_row():
    got = _doc_narrative("Emissions\n\nFleet emissions (Scope 1)\n\n2,318 tCO₂e\n\n")
    assert len(got) == 1 and got[0][0] == 2318.0 and got[0][1].endswith("Fleet emissions (Scope 1)")


def test_a_share_of_a_group_is_named_by_what_the_group_did():
    got = by_raw("31% of the contractors were trained on fall protection during the year.")
    assert got["31%"].label.startswith("of the contractors were trained on fall protection")


def test_a_name_inside_a_long_bracket_is_read_from_before_the_bracket():
    got = by_raw('Spending on the "three welfare schemes" (the dental plan, the eye-care plan, the travel pass, '
                 'the gym pass, the meal card, the crèche voucher and the pension top-up) came to RMB 4.2 million.')
    assert got["4.2"].label == 'Spending on the "three welfare schemes" came to'


def test_lettered_form_columns_and_two_counted_challenges():
    assert not by_raw("STAFF 1 Permanent (A) 2 Temporary (B) 3 Total (A + B)")
    assert not by_raw("Cutting absolute emissions meets two major obstacles.".replace("obstacles", "challenges"))
    assert not by_raw("Barges were ordered for Delta Metals’ 12MW Stage 3 solar project.")


def test_a_figure_under_two_head_cells_on_a_page_is_a_tables():
    from esglens.document.build import build
    from esglens.facts import extract_facts
    from esglens.model import Document, TextLine

    def narrative(lines, page):
        doc = build(Document(path="t.pdf", name="t.pdf", sha256="0", kind="pdf" if page else "text",
                             lines=[TextLine(t, line=None if page else i, page=page) for i, t in enumerate(lines, 1)]))
        return [f.value for f in extract_facts(doc) if f.source == "narrative"]
    cells = ["Our workforce", "", "The paragraph above ends here.", "", "Regional hubs", "", "Total", "", "8,410", ""]
    assert narrative(cells, page=4) == []
    assert narrative(cells, page=None) == [8410.0]   # in a text export, an infographic's caption


def test_limits_conversions_and_counts_inside_another_figures_name_are_no_facts():
    assert not by_raw("Every charger we sell complies with the limit of 3 mA leakage current.")
    assert not by_raw("Conversion: 1 barrel (bbl) = 0.159 cubic meters.")
    got = by_raw("At year end the combined capacity of our 41 rooftop arrays was 2,860 kWp.")
    assert set(got) == {"2,860"}
    assert not by_raw("Since all four plants share one boiler house, they report together.")


def test_a_year_after_than_in_is_a_baseline():
    assert by_raw("Water use will be 30% lower than in 2015.")["30%"].year is None


def test_two_page_columns_read_across_give_no_facts():
    assert not by_raw("In 2022, water use fell by 8% compa- Sales of the new line rose in- red to the prior year.")
    assert "8%" in by_raw("In 2022, water use at the long- and short-cycle plants fell by 8%.")


def test_a_small_number_before_a_singular_title_anywhere_is_an_items_number():
    assert not by_raw("Name of the chambers and associations 1 Lucknow Trade Council")
    assert by_raw("The board held 3 General Meetings of Shareholders.")["3"].unit.startswith("General Meetings")
    assert by_raw("The group has 1 Regional Office in Lyon.")["1"].unit == "Regional Office"


def test_folios_of_a_spread_are_no_facts():
    assert not by_raw("Staff wellbeing 87 / 88")
    assert not by_raw("2023 Sustainability Report / 42 Caring for Communities")
    assert "12" in by_raw("Revenue was 12 / 15 of the target.")


def test_a_year_opening_a_history_dates_nothing():
    assert by_raw("Since the launch of the fund in 2018, we have opened 35 reading rooms.")["35"].year is None
    assert by_raw("In 2018, we opened 35 reading rooms.")["35"].year == 2018


# --- round 2 ----------------------------------------------------------------------------------------

def test_a_year_with_a_colon_dates_only_the_figure_right_after_it():
    got = by_raw("At year end the board was 40% women (2022: 35%) and 60% men (2022: 65%).", year=2023)
    assert (got["60%"].year, got["65%"].year) == (2023, 2022)


def test_a_span_that_ended_before_the_report_year_dates_nothing_one_ending_in_it_dates_its_totals():
    got = by_raw("Building on the pilot run between 2008 and 2011, we had trained 4,100 farmers by the end of 2022.",
                 year=2022)
    assert got["4,100"].year == 2022
    assert by_raw("From 2019 to 2023, the plant trained 260 welders.", year=2023)["260"].year == 2023


def test_the_value_before_a_revised_guidance_gets_no_year():
    got = by_raw("Spending can now be held to $2 billion, down from previous guidance of $2.6 billion.")
    assert got["2.6"].year is None


def test_a_form_note_in_brackets_the_rest_of_a_total_and_a_denominator_are_no_facts():
    assert not by_raw("Attrition of contract staff (Disclose trends for the past 3 years)")
    assert "1.2" not in by_raw("The remaining 1.2Mt (18%) is from leased trucks.")
    assert not by_raw("Water intensity per RMB 10,000 of output is reported below.")
    assert not by_raw("The first 500 days of a project decide its cost.")


def test_two_words_printed_twice_in_a_row_are_two_columns():
    assert not by_raw("Fitting of Variable Variable speed pumps in the the boiler house Saving 14 MWh")


def test_a_rating_is_named_by_the_thing_rated_and_units_per_a_large_base_read_whole():
    got = by_raw("Introduced the new 280Ah storage cell for grid projects.")
    assert got["280"].label.endswith("storage cell for grid projects") or "storage cell" in got["280"].label
    assert by_raw("The injury rate fell to 1.9 cases per 1,000,000 hours worked.")["1.9"].unit == "cases per 1,000,000 hours"
    assert by_raw("The orchard covers 1,450 mu of hillside.")["1,450"].unit == "mu"


def test_a_rules_scope_and_a_count_announcing_its_members_are_no_facts():
    assert not by_raw("100% of drivers are required to complete the defensive driving course.")
    assert not by_raw("We follow four levers to cut emissions: fuel switching, efficiency, renewables and offsets.")
    assert "five" in by_raw("The board set up five special committees, namely audit, risk, pay, ESG and nomination.")


def test_a_heading_figure_that_only_counts_a_generic_noun_takes_its_caption():
    got = _doc_narrative("Energy\n\nThe paragraph above ends here.\n\nEnergy-saving retrofits completed\n\n45 projects\n\n")
    assert got and got[-1][0] == 45.0 and got[-1][1].endswith("Energy-saving retrofits completed")


def test_a_deadline_inside_a_name_an_order_and_a_potential_are_undated_or_no_fact():
    assert not by_raw("We used the Below 2 Degrees by 2040 Pathway (B2P) for transition risks.")
    assert by_raw("Halve landfilled waste at all 12 mills", year=2023)["12"].year is None
    # (a potential was kept undated here; since facts/settings.potential it gives no fact: every undated potential of
    # the judged seeds was judged wrong, see /work/notes/h80.md)
    assert "0.9" not in by_raw("A wind PPA with potential 0.9Mt per year of avoided emissions awaits approval.")


def test_a_rate_with_no_subject_takes_the_count_before_it():
    got = by_raw("In the year we handled 48 employee grievances, achieving a 96% resolution rate.")
    assert "employee grievances" in got["96%"].label


def test_an_old_year_opening_a_history_line_and_a_figure_under_two_series_captions_are_no_facts():
    assert not by_raw("1896 Ada Lindqvist opened a rope works in the harbour")
    text = "Results\n\nThe paragraph above ends here.\n\nOperating profit (EUR in millions) Dividend per share (EUR)\n\n2,314.6\n\n"
    assert _doc_narrative(text) == []


# --- round 3 ----------------------------------------------------------------------------------------

def test_cells_of_neighbouring_columns_read_across_are_no_prose():
    assert not by_raw("Retrofit chiller plant Upgraded and tuned 1,840 MWh of cooling Environmental benefit saved")
    got = by_raw("Our brand Solvita^{TM} reached 12,000 clinics via its platform Care Academy, with 5,000 nurses trained.")
    assert "12,000" in got


def test_a_list_items_figure_after_a_dash_and_two_run_together_captions_are_no_facts():
    assert not by_raw("- Electric kiln + heat recovery - 35-50%")
    assert not by_raw("Share of women in management Share of women in technical roles: 18.3%")


def test_a_look_back_and_a_climate_strategys_temperature_are_no_facts():
    assert not by_raw("We have supplied copper to the region for more than 90 years.")
    assert not by_raw("With 45 years of experience in pumps, the group serves 30 markets.").get("45")
    assert "12" in by_raw("The depot has run for 12 years without a lost-time injury.")
    assert not by_raw("Spending is aligned with our 1.5°C climate strategy.")


def test_a_fiscal_year_span_is_the_year_it_ends_in():
    assert by_raw("Scrap sold in FY 2022-23 was 4,300 tonnes.", year=2023)["4,300"].year == 2023


def test_a_total_is_named_by_its_subject_and_a_unit_header_in_thousands_is_no_fact():
    got = by_raw("The mills ran their fire drills, adding up to more than 3 thousand times, as planned.")
    assert got["3"].label.startswith("The mills ran their fire drills")
    assert not by_raw("Water Withdrawn 2022 (2021) 1,000 cubic meters")
    assert by_raw("The depot burned 1,000 tonnes of coal.")["1,000"].unit == "tonnes"


def test_an_order_after_slashes_is_a_goal_and_a_count_is_named_by_what_it_did():
    assert by_raw("// Cut own water use by 15%")["15%"].year is None
    assert by_raw("A total number of 9,200 person-times participated in drills")["9,200"].label == "participated in drills"


def test_a_quoted_goal_a_per_cent_row_with_a_count_and_named_areas_are_no_facts():
    assert not by_raw('The plants adopted the "100% on-time maintenance" goal for pumps.')
    assert not by_raw("Completion rate of refresher courses (%) 12,480 -")
    assert not by_raw("Six key areas of the Supplier Code of Conduct.")


def test_a_round_figure_under_an_axis_title_is_a_tick():
    assert _doc_narrative("Sales\n\nThe paragraph above ends here.\n\n(Thousand units)\n\n2,500\n\n") == []
    got = _doc_narrative("Sales\n\nThe paragraph above ends here.\n\nNumber of dealers (dealers)\n\n2,481\n\n")
    assert [v for v, _ in got] == [2481.0]


# --- round 4 ----------------------------------------------------------------------------------------

def test_a_region_dash_metric_line_is_named_by_both_parts():
    assert by_raw("North Africa – Scope 1 and 2: 1.4Mt CO2e")["1.4"].label == "North Africa – Scope 1 and 2"


def test_decades_look_back_and_wanting_is_a_goal():
    assert not by_raw("Water stewardship has guided our mining plans for more than three decades.")
    assert by_raw("We want to train 20,000 farmers in soil care.")["20,000"].year is None


def test_a_share_is_named_by_the_predicate_after_its_bracket_and_by_the_group_after_made_up_of():
    got = by_raw("In 2023, 91% of the site managers (40% female and 60% male) completed the course.", year=2023)
    assert got["91%"].label == "of the site managers completed the course"
    got = by_raw("At year end the panel was made up of 45% women (2022: 38%) and 55% men.", year=2023)
    assert got["45%"].label.endswith("women")


def test_an_absolute_change_with_no_subject_and_a_row_of_figures_are_no_facts():
    assert not by_raw("guard rails for the press line. reduced by 41 tons CO2")
    assert not by_raw("4,310 `82billion 12,905")
    assert by_raw("Year-on-year growth of 18.5%")["18.5%"].label == "Year-on-year growth of"


def test_a_figure_under_a_forms_instruction_is_no_fact():
    text = "Effluent\n\nThe paragraph above ends here.\n\nInto sea water With treatment – please specify level of treatment\n\n1,275\n\n"
    assert _doc_narrative(text) == []
