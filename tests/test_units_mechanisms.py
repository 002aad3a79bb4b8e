"""Units as printed (issue 13), one test per general mechanism, in wordings and layouts no report uses:
a unit printed once in a unit column for many rows (rule "ditto unit", tables/unit_ditto.py; "one unit for the
whole table" and "paired units", tables/unit_spans.py, tables/unit_pairs.py); units a label or a column names
(tables/labels.py, tables/units.py); unit words core.units reads; units after a figure in a sentence
(facts/narrative.py)."""
from esglens.core.units import parse_unit
from esglens.model import RawRow, TableBlock
from esglens.tables.interpret import interpret


def _table(rows, positioned=True):
    return interpret(TableBlock(id="t", rows=[RawRow(cells=r, page=1) for r in rows], positioned=positioned))


def _units(table):
    return [(" > ".join(r.labels), r.unit, [v.raw for v in r.values]) for r in table.rows if r.values]


def test_ditto_a_unit_in_an_unheaded_unit_column_holds_until_the_next_one():
    t = _table([["", "", "", "2030", "2031"],
                ["Beehives inspected by the cooperative", "", "(hives)", "40", "44"],
                ["", "Meadow apiaries", "", "25", "30"],
                ["Beehives moved to winter quarters", "", "", "9", "7"],
                ["", "Orchard apiaries", "", "5", "4"],
                ["Honey harvested", "", "(kg)", "300", "310"],
                ["Comb honey", "", "", "12", "14"]])
    got = {lab: u for lab, u, _ in _units(t)}
    assert got == {"Beehives inspected by the cooperative": "hives",
                   "Beehives inspected by the cooperative > Meadow apiaries": "hives",
                   "Beehives moved to winter quarters": "hives",
                   "Beehives moved to winter quarters > Orchard apiaries": "hives",
                   "Honey harvested": "kg", "Comb honey": "kg"}


def test_ditto_not_onto_a_share_nor_under_a_unit_heading_nor_when_the_first_row_prints_none():
    share = _table([["", "", "2030", "2031"],
                    ["Beehives inspected", "(hives)", "40", "44"],
                    ["Share of hives found healthy", "", "81", "85"],
                    ["Swarm rate by apiary", "", "0.8", "0.7"],
                    ["", "Meadow", "0.9", "0.6"]])
    got = {lab: u for lab, u, _ in _units(share)}
    assert got["Share of hives found healthy"] == "" and got["Swarm rate by apiary > Meadow"] == ""
    headed = _table([["Indicator", "Unit", "2030", "2031"],
                     ["Beehives inspected", "hives", "40", "44"],
                     ["Swarms caught", "", "3", "5"]])
    assert {lab: u for lab, u, _ in _units(headed)}["Swarms caught"] == ""   # a blank cell under "Unit" says none
    late = _table([["", "", "2030", "2031"],
                   ["Swarms caught", "", "3", "5"],
                   ["Beehives inspected", "(hives)", "40", "44"],
                   ["Queens replaced", "", "6", "8"]])
    assert {lab: u for lab, u, _ in _units(late)}["Queens replaced"] == ""


def test_one_unit_cell_for_the_whole_table_reaches_every_row():
    """The merged unit cell of a table read onto the middle row, in a column between two label columns;
    the header's "Unit" read over the stub column."""
    t = _table([["Unit", "", "", "2030", "2031"],
                ["Oak", "", "Upland", "12", "14"],
                ["", "", "Lowland", "8", "9"],
                ["Ash", "years", "Upland", "40", "42"],
                ["", "", "Lowland", "35", "36"],
                ["Elm", "", "Upland", "20", "21"]])
    assert _units(t) == [("Oak > Upland", "years", ["12", "14"]), ("Oak > Lowland", "years", ["8", "9"]),
                         ("Ash > Upland", "years", ["40", "42"]), ("Ash > Lowland", "years", ["35", "36"]),
                         ("Elm > Upland", "years", ["20", "21"])]
    # a lone unit beside rows that are not all figures is no merged cell of the table
    t = _table([["", "", "", "2030", "2031"],
                ["Oak", "", "Upland", "12", "14"],
                ["Ash", "years", "Upland", "40", "42"],
                ["Elm", "", "Upland", "-", "-"],
                ["Birch", "", "Upland", "-", "-"],
                ["Pine", "", "Upland", "", ""]])
    assert {lab: u for lab, u, _ in _units(t)}["Oak > Upland"] == ""


def test_paired_units_a_count_and_its_share_in_brackets_each_take_their_part():
    """One unit cell "trees (%)" (or "trees" and "(%)" read side by side) for rows printed as a count over
    its share in brackets."""
    for pair in (["trees (%)", ""], ["(%)", "trees"]):
        t = _table([["", "", "Unit", "", "2030", "2031"],
                    ["Oak", "Upland", "", "", "1,200", "1,260"],
                    ["", "", "", "", "(60.0)", "(61.5)"],
                    ["Ash", "Upland", *pair, "800", "790"],
                    ["", "", "", "", "(40.0)", "(38.5)"],
                    ["Total", "Upland", "", "", "2,000", "2,050"]])
        assert _units(t) == [("Oak > Upland", "trees", ["1,200", "1,260"]), ("Oak > Upland", "%", ["(60.0)", "(61.5)"]),
                             ("Ash > Upland", "trees", ["800", "790"]), ("Ash > Upland", "%", ["(40.0)", "(38.5)"]),
                             ("Total > Upland", "trees", ["2,000", "2,050"])], pair


def test_a_share_in_ascii_brackets_under_its_count_is_no_negative():
    """Rule "share line" (tables/unit_pairs.py): "(60.0)" under "1,200" in "trees (%)" is 60 %, not -60; a
    bracket stays a negative where it is one: a row of its own in percent, or in money."""
    t = _table([["", "", "Unit", "", "2030", "2031"],
                ["Oak", "Upland", "", "", "1,200", "1,260"],
                ["", "", "", "", "(60.0)", "(61.5)"],
                ["Ash", "Upland", "trees (%)", "", "800", "790"],
                ["", "", "", "", "(40.0)", "(38.5)"],
                ["Total", "Upland", "", "", "2,000", "2,050"]])
    got = [(" > ".join(r.labels), r.unit, [v.parsed.value for v in r.values]) for r in t.rows if r.values]
    assert got[1] == ("Oak > Upland", "%", [60.0, 61.5]) and got[3] == ("Ash > Upland", "%", [40.0, 38.5])
    assert got[0][2] == [1200.0, 1260.0]
    alone = _table([["Indicator", "Unit", "2030", "2031"],
                    ["Orchard margin", "%", "(3.5)", "(1.2)"],
                    ["Harvest value", "€ thousand", "1,200", "1,300"],
                    ["", "", "(4.0)", "(2.0)"]])
    assert [[v.parsed.value for v in r.values] for r in alone.rows if r.values] == [[-3.5, -1.2], [1200, 1300],
                                                                                    [-4.0, -2.0]]


def test_a_share_in_ascii_brackets_beside_its_count_is_no_negative():
    """Rule "share line", side by side: "1,200 | (60.0)" under "Number | %" is 60 %; beside money ("€ thousand |
    %": a margin or a change) the bracket stays a negative."""
    def values(rows):
        return [[v.parsed.value for v in r.values] for r in _table(rows).rows if r.values]

    head = [["", "2030", "", "2031", ""]]
    assert values(head + [["", "Number", "%", "Number", "%"], ["Oak", "1,200", "(60.0)", "1,260", "(61.5)"]]) == \
        [[1200.0, 60.0, 1260.0, 61.5]]
    assert values(head + [["", "€ thousand", "%", "€ thousand", "%"], ["Honey sales", "1,200", "(6.0)", "1,260", "(1.5)"]]) \
        == [[1200.0, -6.0, 1260.0, -1.5]]


def test_a_stub_header_naming_a_percentage_of_a_whole_is_every_rows_unit():
    """Unit in the stub header (the header cell over the labels, left of the years): "% of hives certified by
    area" is the unit, as printed, of every row that prints none; a row's own unit wins; a stub that names
    the rows ("Certification label") gives none."""
    t = _table([["% of hives certified by area", "2030", "2031"],
                ["Organic label", "56", "61"],
                ["Meadow label (kg)", "45", "50"]])
    assert _units(t) == [("Organic label", "% of hives certified by area", ["56", "61"]),
                         ("Meadow label (kg)", "kg", ["45", "50"])]
    named = _table([["Certification label", "2030", "2031"], ["Organic label", "56", "61"]])
    assert _units(named) == [("Organic label", "", ["56", "61"])]


def test_a_bracketed_unit_over_rows_without_bracketed_figures_is_no_pair():
    t = _table([["", "", "Unit", "2030", "2031"],
                ["Oak", "Upland", "", "12", "14"],
                ["Ash", "Upland", "tonnes (CO2e)", "40", "42"],
                ["Elm", "Upland", "", "20", "21"]])
    assert {u for _, u, _ in _units(t)} == {"tonnes (CO2e)"}


def test_a_cell_unit_after_the_per_cent_sign_is_printed_as_printed():
    """"(7.5%)": the bracket closing after the per cent sign is no unit (was "% )"); "+1.4%pts" keeps its unit
    as printed, glued ("%pts", was "% pts"), and still reads as a per cent."""
    from esglens.core.numbers import parse_value
    assert (parse_value("(7.5%)").value, parse_value("(7.5%)").unit) == (7.5, "%")
    assert parse_value("( 7.5 % )").unit == "%"
    assert (parse_value("1.4%pts").value, parse_value("1.4%pts").unit) == (1.4, "%pts")
    assert parse_value("1.4 % pts").unit == "% pts" and parse_value("19% of orchards").unit == "% of orchards"
    assert parse_unit("%pts").dim == parse_unit("% pts").dim == "ratio"


def test_japanese_units_of_time_and_count_are_read():
    assert parse_unit("年").dim == "time" and parse_unit("時間").dim == "time" and parse_unit("日").dim == "time"
    assert parse_unit("回").dim == "count" and parse_unit("社").dim == "count"


def test_a_unit_of_time_before_the_verb_that_spent_it_is_the_rows_unit():
    from esglens.tables.labels import named_unit

    assert named_unit("Total voluntary hours performed") == "hours"
    assert named_unit("Rest days taken") == "days"
    assert named_unit("Hours of sunshine recorded") == ""        # the unit first: counted_noun's case
    assert named_unit("Days taken to close a complaint") == ""


def test_words_that_all_name_one_unit_and_oil_barrels_are_read():
    u = parse_unit("number of people")
    assert u.dim == "count"
    assert parse_unit("thousand barrels").dim == "volume"             # oil barrels spilled, 159 litres each
    assert parse_unit("million barrels of oil equivalent").dim == "energy"   # boe, not a volume
    assert parse_unit("tonnes/ kWh").den is not None


def test_a_label_that_says_as_a_percentage_of_names_its_unit():
    from esglens.tables.labels import label_unit, named_unit

    assert named_unit("Members insured, expressed as a % of all members") == "%"
    assert named_unit("Grants as a percentage of turnover") == "%"
    assert named_unit("Members insured") == ""


def test_a_multiplier_alone_in_the_last_bracket_of_a_label_is_its_unit():
    from esglens.tables.labels import label_unit

    assert label_unit("Visitors to the museum (10,000)") == "10,000"
    assert label_unit("Seedlings handed out ('000)") == "'000"
    assert label_unit("Visitors to the museum (1)") == ""          # a note's number, no multiplier


def test_a_column_named_by_the_percent_sign_and_its_formula_is_in_percent():
    from esglens.tables.labels import share_unit

    assert share_unit("% (Y / X)") == "%" and share_unit("％") == "%"
    assert share_unit("% change on last season (Y / X) of members") == ""


def test_a_rate_per_hyphened_million_person_hours_is_a_unit():
    from esglens.tables.labels import label_unit
    from esglens.tables.units import looks_like_unit

    assert label_unit("Sprain frequency (per one million-person hours worked)") == "per one million-person hours worked"
    assert not looks_like_unit("year-on-year") and not looks_like_unit("well-being")


def test_a_sentence_whose_subject_counts_in_a_unit_of_time_gives_it_to_the_figure():
    """"the total number of volunteering hours logged ... was 1,250": the unit printed in the subject; a count
    of things ("number of hives") and a rate ("sick days per beekeeper") get none."""
    from esglens.facts.narrative import narrative_facts

    text = ("In 2031 the total number of volunteering hours logged by our beekeepers was 1,250. The number of "
            "hives inspected was 420. The number of sick days per beekeeper was 3.")
    got = [(f.value, f.unit) for f in narrative_facts(text, line=1, page=None, default_year=2031, section=None)]
    assert got == [(1250.0, "volunteering hours"), (420.0, ""), (3.0, "")]


def test_cubic_feet_are_a_volume_in_sentences_and_units():
    from esglens.core.units import convert
    from esglens.facts.narrative import narrative_facts

    text = "In 2031 the orchard's irrigation ponds held 3.2 million cubic feet of rain water."
    got = [(f.value, f.unit) for f in narrative_facts(text, line=1, page=None, default_year=2031, section=None)]
    assert got == [(3.2, "million cubic feet")]
    assert parse_unit("million cubic feet").dim == parse_unit("cubic foot").dim == "volume"
    assert abs(convert(1.0, "cubic feet", "m3") - 0.0283168) < 1e-6


def test_a_number_of_label_counting_in_a_word_before_of_names_its_unit():
    """"Number of cases of swarming across the valley": the counting word before "of" is the unit of a table
    that prints none; a place ("hives in lowland orchards", as test_tables_units_printed decided), a clause
    ("which swarmed"), a participle ("moved") or a rate ("per") after the noun still gives none."""
    from esglens.tables.labels import counted_noun

    t = _table([["", "2030", "2031"], ["Number of hives in lowland orchards", "40", "44"],
                ["Number of cases of swarming across the valley", "3", "5"]])
    assert [u for _, u, _ in _units(t)] == ["", "cases"]
    assert counted_noun("Number of hives moved to winter quarters") == "" \
        and counted_noun("Number of hives per beekeeper") == "" and counted_noun("Number of hives which swarmed") == ""


def test_an_amount_of_money_is_in_its_currency_not_in_the_noun_after_it():
    """"saved RMB1,710,000 electricity fees": the unit is the currency (was "RMB electricity fees"); the noun
    after the amount says what the money is, and stays in the label."""
    from esglens.facts.narrative import narrative_facts

    text = ("In 2031 the cooperative saved RMB1,710,000 electricity fees by sharing its cold store, and "
            "its beekeepers earned RMB300,000 monthly sales through the honey app.")   # (h103: "beekeepers with monthly
    # sales over RMB300,000" is a class bound, no fact: facts/settings.class_bound)
    got = [(f.value, f.unit, f.label) for f in narrative_facts(text, line=1, page=None, default_year=2031, section=None)]
    assert [(v, u) for v, u, _ in got] == [(1710000.0, "RMB"), (300000.0, "RMB")]
    assert "electricity fees" in got[0][2]


def test_a_sentence_unit_per_output_or_per_year_keeps_its_last_word():
    from esglens.facts.narrative import narrative_facts

    def units(text):
        return [(f.value, f.unit) for f in narrative_facts(text, line=1, page=None, default_year=2024, section=None)]

    assert units("The mill used 0.8 cubic metres/ tonne product of water in 2024.") == [(0.8, "cubic metres/ tonne product")]
    assert units("The new boilers save 350 tonnes annually across the three mills.") == [(350.0, "tonnes annually")]
    assert units("Sales rose to 12 tonnes of paper in 2024.") == [(12.0, "tonnes")]


def test_a_stub_whose_bracketed_unit_wraps_onto_the_next_row_gives_both_rows_the_unit():
    t = _table([["Mishap", "Staff", "2030", "2031"],
                ["Sprain frequency (per million hours", "Riders", "0.4", "0.3"],
                ["walked)", "Grooms", "0.2", "0.1"],
                ["Falls", "Riders", "3", "4"]])
    got = {lab: u for lab, u, _ in _units(t)}
    whole = "Sprain frequency (per million hours walked)"
    assert got[f"{whole} > Riders"] == got[f"{whole} > Grooms"] == "per million hours walked"
    assert got["Falls > Riders"] == ""


def test_a_sentence_unit_joined_to_co2_by_a_hyphen_is_read_whole():
    from esglens.facts.narrative import narrative_facts

    got = [(f.value, f.unit) for f in narrative_facts("The fleet emitted 2.5 million tons-CO₂ last year.", line=1,
                                                      page=None, default_year=2024, section=None)]
    assert got == [(2.5, "million tons-CO₂")]


def _pdf_units(pdf, header: list[tuple[float, str]], rows: list[list[tuple[float, str]]]):
    """One reportlab page: the header's texts at their x, then each row's texts at theirs, 14 pt apart
    (x < 0: right-aligned at -x); the table facts as (label, year, value, unit)."""
    import pytest
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    from pdf_draw import text
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    c = canvas.Canvas(str(pdf))
    for i, cells in enumerate([header, *rows]):
        for x, s in cells:
            text(c, abs(x), 772 - 14 * i, s, right=x < 0)
    c.showPage()
    c.save()
    return [(f.label, f.year, f.value, f.unit) for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]


def test_pdf_ditto_unit_column_without_a_heading(tmp_path):
    years = [(-330, "2030"), (-400, "2031"), (-470, "2032")]
    facts = _pdf_units(tmp_path / "ditto.pdf", years, [
        [(40, "Beehives inspected"), (220, "(hives)"), (-330, "40"), (-400, "44"), (-470, "47")],
        [(52, "of which: meadow apiaries"), (-330, "25"), (-400, "30"), (-470, "31")],
        [(40, "Beehives moved to winter quarters"), (-330, "9"), (-400, "7"), (-470, "8")],
        [(40, "Share of hives found healthy"), (220, "(%)"), (-330, "81"), (-400, "85"), (-470, "88")],
        [(40, "Colonies lost over winter"), (220, "(colonies)"), (-330, "3"), (-400, "5"), (-470, "2")],
        [(40, "Swarm rate"), (-330, "0.4"), (-400, "0.3"), (-470, "0.2")]])
    got = {(lab, y): u for lab, y, _, u in facts}
    assert got[("Beehives moved to winter quarters", 2031)] == "hives"
    assert got[("Beehives inspected > of which: meadow apiaries", 2030)] == "hives"
    assert got[("Share of hives found healthy", 2032)] == "%"
    assert got[("Swarm rate", 2030)] == ""          # a rate takes no unit from the row above


def test_pdf_paired_units_in_one_merged_cell_for_the_whole_table(tmp_path):
    """A share in ASCII brackets, "(60.0)", under its count is 60 %, no accounting negative (rule "share line")."""
    years = [(40, "Trees"), (160, "Unit"), (-300, "2030"), (-370, "2031")]
    rows = [[(40, "Oak"), (80, "Upland"), (-300, "1,200"), (-370, "1,260")],
            [(-300, "(60.0)"), (-370, "(61.5)")],
            [(40, "Ash"), (80, "Upland"), (-300, "800"), (-370, "790")],
            [(160, "trees (%)"), (-300, "(40.0)"), (-370, "(38.5)")],
            [(40, "Total"), (80, "Upland"), (-300, "2,000"), (-370, "2,050")],
            [(80, "Lowland"), (-300, "1,100"), (-370, "1,150")]]
    got = {(lab, y, v): u for lab, y, v, u in _pdf_units(tmp_path / "pairs.pdf", years, rows)}
    assert got[("Oak > Upland", 2030, 1200)] == got[("Ash > Upland", 2031, 790)] == "trees"
    assert got[("Oak > Upland", 2030, 60)] == got[("Ash > Upland", 2031, 38.5)] == "%"
    assert got[("Total > Lowland", 2030, 1100)] == "trees"
