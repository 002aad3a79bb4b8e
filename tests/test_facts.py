"""Numbers stated in sentences."""
from __future__ import annotations

from esglens.facts.narrative import narrative_facts


def facts(text):
    return [(f.value, f.unit, f.qualifier) for f in narrative_facts(text, line=1, page=None, default_year=2024)]


def test_currency_scale_and_percent():
    assert facts("R&D investment was RMB1,417.61 million, a YoY increase of 42.91%.") == [
        (1417.61, "RMB million", None), (42.91, "%", None)]


def test_codes_dates_years_and_numbering_are_not_facts():
    assert facts("In accordance with ISO 14001:2015 and GRI 305-1, Scope 1 and Scope 2 emissions "
                 "from January 1 to December 31, 2024 were verified.") == []
    assert facts("1. Carry out energy-saving inspection constantly.") == []
    assert facts("SDG 7 and the 8th base; Article 20 of Guideline No. 17.") == []


def test_counts_thresholds_and_targets():
    assert facts("There are 7 directors, including 3 independent directors.") == [
        (7.0, "directors", None), (3.0, "independent directors", None)]
    assert facts("The runoff control rate shall be not less than 55%.") == [(55.0, "%", ">=")]
    assert facts("Carbon neutrality in core operation by 2030.") == [(2030.0, "", None)]
    assert facts("The Board has five special committees.") == [(5.0, "special committees", None)]
    assert facts("More than 10 underwriter meetings attended") == [(10.0, "underwriter meetings", ">")]


def test_chinese_sentence():
    got = facts("2024年，公司温室气体排放总量为12,345.6吨二氧化碳当量，同比下降5.2%。截至12月31日，员工共3,210人。")
    assert got == [(12345.6, "吨二氧化碳当量", None), (5.2, "%", None), (3210.0, "人", None)]


def test_lists_of_codes_and_chemical_subscripts():
    assert facts("Scope 1, 2 & 3 emissions and SDG 7 and 13 were 31.1 Mt CO 2 in total.") == [(31.1, "Mt CO 2", None)]


def test_deadlines_bases_and_rounding_notes():
    assert facts("We aim to reduce Scope 1 & 2 emissions by 15% by 2025 and 50% by 2030.") == [
        (15.0, "%", None), (50.0, "%", None)]
    assert facts("Energy reported on 100% managed basis excludes joint ventures.") == []
    assert facts("Note: Due to rounding, the sum may not total 100 per cent.") == []
    assert facts("Emissions were 31.1Mt CO2e (location-based).") == [(31.1, "Mt CO2e", None)]
    assert facts("Carbon neutrality in core operation by 2030, in the value chain by 2040.") == [
        (2030.0, "", None), (2040.0, "", None)]


def test_units_in_words_and_footnote_lines():
    assert facts("Intensity fell to 18.61kg carbon dioxide equivalent/kWh.") == [
        (18.61, "kg carbon dioxide equivalent/kWh", None)]
    assert facts("⁶Scope 1 refers to direct emissions from fuel.") == []


def test_range_ends_share_the_unit():
    assert facts("keeping COD within the range of 60 - 80 mg/L.") == [(60.0, "mg/L", "range"), (80.0, "mg/L", "range")]


def test_two_quantities_said_together_to_be_zero():
    got = narrative_facts("The incidence of occupational diseases and the number of work-related fatalities were 0, "
                          "the number of work-related injuries was 9.", line=1, page=None, default_year=2024)
    assert [(f.value, f.label) for f in got] == [
        (0.0, "the number of work-related fatalities were"), (0.0, "The incidence of occupational diseases"),
        (9.0, "the number of work-related injuries was")]
    # a sum that is not zero says nothing of its parts
    assert facts("The number of injuries and the number of near misses were 12.") == [(12.0, "", None)]


def test_article_before_a_figure_does_not_make_it_a_code():
    assert facts("Audits of key suppliers went on, with a 100% coverage rate") == [(100.0, "%", None)]
    assert facts("with a 100% coverage rate") == []   # a coverage rate of nothing named (h31: when unsure, abstain)
    assert facts("as listed in Annex A 3 times") == []


def test_scale_words_after_a_number_are_not_counts():
    assert facts("Water withdrawal was 458.77 ten thousand m³ and we planted two hundred trees.") == [
        (458.77, "ten thousand m³", None), (200.0, "trees", None)]
