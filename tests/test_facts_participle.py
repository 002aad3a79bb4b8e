"""A share whose only name before it is a participle ("… and 20% owned by …") is named by the phrase
after it. Wordings of our own."""
from esglens.facts.narrative import narrative_facts


def facts(s):
    return {f.raw: f.label for f in narrative_facts(s, line=1, page=None, default_year=2024, section=None)}


def test_participle_phrase_after_the_share_names_it():
    got = facts("The depot is 55% leased from the port authority and 45% leased from a private landlord.")
    assert got["45%"] == "leased from a private landlord"

