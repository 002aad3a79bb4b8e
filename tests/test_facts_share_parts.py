"""A share of a whole is named with the predicate that says which part it is (issue 15: "19% of our employees in
… are Black" was named "of our employees in …"). Sentences of our own."""
from esglens.facts.narrative import narrative_facts


def _labels(text: str) -> list[tuple[str, str]]:
    return [(f.raw, f.label) for f in narrative_facts(text, line=1, page=None, default_year=2031)]


def test_a_proper_noun_after_the_copula_names_the_part():
    assert _labels("19% of our staff in Peru are Quechua.") == [("19%", "of our staff in Peru are Quechua")]


def test_the_agent_of_the_whole_does_not_hide_the_predicate():
    assert _labels("Around 8% of all water used by Acme is rainwater that is collected on site.") == \
        [("8%", "of all water used is rainwater")]


def test_a_plain_predicate_still_reads_as_before():
    assert _labels("24% of the suppliers were assessed for risks.") == [("24%", "of the suppliers were assessed for risks")]


def test_the_wholes_qualifier_stands_between_it_and_the_part():   # h95
    from esglens.facts.narrative import narrative_facts
    facts = narrative_facts("62% of the mentors from our partner colleges are volunteers.", line=1, page=None,
                            default_year=2023)
    assert [f.label for f in facts] == ["of the mentors are volunteers"]


def test_shares_of_a_whole_named_before_them_take_their_own_part():   # h95
    from esglens.facts.narrative import narrative_facts
    facts = narrative_facts("Of the offcuts swept from the sawmill floor, 58% was pelletised and 17% was sold as mulch.",
                            line=1, page=None, default_year=2023)
    assert [f.label for f in facts] == ["Of the offcuts swept from the sawmill floor … was pelletised",
                                        "Of the offcuts swept from the sawmill floor … was sold as mulch"]
    facts = narrative_facts("The river crew hired 40 guides in 2023 (of whom 35% were women).", line=1, page=None,
                            default_year=2023)
    assert "35%" not in [f.raw for f in facts]   # "of whom": the whole is named before, not here
