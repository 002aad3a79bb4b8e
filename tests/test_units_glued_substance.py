"""Units as oil-and-gas reports print them: "Mm³" (million cubic metres), a substance glued to a mass
("ktCH4", "MtN2O"). Sentences of our own; before h95 these figures had no unit and the gate dropped them."""
from esglens.core.units import parse_unit
from esglens.facts.narrative import narrative_facts


def _facts(text: str):
    return [(f.raw, f.unit) for f in narrative_facts(text, line=1, page=None, default_year=2023)]


def test_million_cubic_metres_printed_as_Mm3():
    u = parse_unit("Mm³")
    assert (u.scale, u.dim) == (1e6, "volume")
    assert parse_unit("Mm3").scale == 1e6
    assert parse_unit("mm3") is None   # lower case is the millimetre, not read as a million
    assert _facts("Seawater pumped through the cooling loop came to 14.6 Mm³ in 2023.") == [("14.6", "Mm³")]


def test_a_substance_glued_to_a_mass():
    u = parse_unit("ktCH4")
    assert (u.expr, u.dim) == ("kilotonne", "mass")
    assert parse_unit("MtN2O").expr == "megatonne"
    assert _facts("Vented methane from the compressor fleet fell to 3.8 ktCH4 last year.") == [("3.8", "ktCH4")]
    assert _facts("Flare stacks released 0.7 kt NOx during the turnaround.") == [("0.7", "kt NOx")]
