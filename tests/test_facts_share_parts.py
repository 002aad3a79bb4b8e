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
