"""facts/referents.py: a count behind a definite determiner refers, it does not report; "there were N nouns"
is named by its nouns. Sentences of our own: no sample report words them so."""
from esglens.facts.narrative import narrative_facts


def _facts(text: str):
    return [(f.raw, f.unit, f.label) for f in narrative_facts(text, line=1, page=None, default_year=2023)]


def test_a_count_behind_a_definite_determiner_is_no_fact():
    assert _facts("Mitigation plans now cover each of these 9 hazards.") == []
    assert _facts("Workshops were held at the 14 plants listed above.") == []
    assert _facts("Findings were shared with those 6 auditors before sign-off.") == []


def test_a_possessive_a_measure_or_an_of_phrase_still_reports():
    assert [f[:2] for f in _facts("We run our 553 production sites on green power.")] == [("553", "production sites")]
    assert [f[0] for f in _facts("The 31 branches of our network switched to green tariffs.")] == ["31"]
    assert [f[:2] for f in _facts("In 2023 the plant reused the 48 million cubic metres of rainwater it captured.")] \
        == [("48", "million cubic metres")]


def test_there_were_is_named_by_the_noun_after_the_figure():
    assert _facts("There were 0 cases of bribery reported to the ombudsman.") == \
        [("0", "cases", "There were … cases of bribery reported to the ombudsman")]
    assert _facts("Last year there were 7 spills, all contained on site.") == [("7", "spills", "Last year there were … spills")]


def test_the_noun_s_phrase_stops_at_the_next_figure():
    got = _facts("At year end, there are 18 partner farms with 2,300 hectares under contract.")
    assert got[0] == ("18", "partner farms", "there are … partner farms")


def test_a_breakdown_opening_on_its_total_keeps_the_total():
    got = _facts("Of the 40 claims filed in 2023, 6 were upheld.")
    assert [f[:2] for f in got] == [("40", "claims")]


def test_parts_of_a_total_named_by_its_noun_do_not_repeat_it():
    got = _facts("Overseas there are 420 engineers (including 300 Kenyans and 120 others).")
    assert got[0] == ("420", "engineers", "Overseas there are … engineers")
    assert all("engineers engineers" not in label for _, _, label in got)


def test_a_pronoun_subject_s_share_is_no_fact():
    assert _facts("That represents 2.5% of our suppliers.") == []
    assert _facts("They make up 40% of the rental fleet.") == []
    assert _facts("This saves over 3 million litres of diesel a year.") == []


def test_a_pronoun_with_a_named_measure_or_a_noun_subject_keeps_it():
    assert [f[0] for f in _facts("This corresponds to a recycling rate of 91%.")] == ["91%"]
    assert [f[0] for f in _facts("Night shifts represent 12% of hours worked.")] == ["12%"]


def test_all_the_n_things_is_a_total():
    assert [f[:2] for f in _facts("The network links all the 312 pumping stations of the district.")] == [("312", "pumping stations")]
