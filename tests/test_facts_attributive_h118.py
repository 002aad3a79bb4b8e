"""Rule "a size that names a thing" (facts/gate.attributive): a singular unit of size right before the words naming
what is that big, after an article, a maker's name or a superlative, is a thing's size, no amount reported.
Sentences of our own; no sample report uses them."""
from esglens.facts.narrative import narrative_facts


def raws(s):
    return sorted((f.raw, f.unit) for f in narrative_facts(s, line=1, page=None, default_year=2040, section=None))


def test_a_size_naming_a_thing_is_no_fact():
    assert raws("We completed a six-month trial of a Volvo 40 tonne hydrogen truck at the port.") == []
    assert raws("The quarry trialled a 90 tonne electric haul truck during the wet season.") == []
    assert raws("We launched the industry's largest 24TB Helios drive for cloud storage.") == []


def test_an_amount_of_the_same_units_stays():
    assert raws("The company achieved a 20 tonne reduction in landfilled waste.") == [("20", "tonne")]
    assert raws("We recycled 20 tonne of steel offcuts.") == [("20", "tonne")]
    assert raws("We saved 1,200 tonne standard coal at the smelter.") == [("1,200", "tonne")]
    assert raws("Landfilled waste reached 300 t in the year, the lowest ever.") == [("300", "t")]


def test_another_sources_statistic_is_no_fact():
    """Rule "another's statistic" (facts/gate.attributed): a sentence opening on a named source's word."""
    assert raws("According to the Harbour Authority, more than 40 million passengers crossed the strait.") == []
    assert raws("According to a study of the Fjord Climate Panel, shipping accounts for about 3% of all emissions.") == []
    assert raws("According to information from the nonprofit group FerryWatch, 12 ferries sank worldwide.") == []


def test_the_reporters_own_or_a_standards_word_keeps_the_figure():
    assert raws("According to statistics, the Company consumed 1,234 tce of energy.") == [("1,234", "tce")]
    assert raws("According to the Company's records, 98% of ferry crews were trained.") == [("98%", "%")]
    assert raws("According to our survey, 85% of passengers were satisfied.") == [("85%", "%")]
    assert raws("According to GRI 305, emissions were 4,500 t in the year.") == [("4,500", "t")]
    assert raws("We planted 4,000 trees according to the plan of the Harbour Authority.") == [("4,000", "trees")]
