"""Units as printed (issue 13, h102), in wordings and layouts no report uses: a column named by a bare count head
("Number", "No. (C)") names what it holds, no unit (tests/keys/README rule 4); a header ending in a time phrase
("at the close of the year") says when, no unit."""
from esglens.facts.extract import table_facts
from esglens.model import RawRow, TableBlock
from esglens.tables.interpret import interpret
from esglens.tables.units import named_column_unit, sub_unit, trailing_unit


def _facts(rows, title=None):
    t = interpret(TableBlock(id="t", rows=[RawRow(cells=r, page=1) for r in rows], positioned=True, title=title))
    return {(f.label, f.raw): f.unit for f in table_facts(t, None, 2031)}


def test_a_bare_count_head_is_no_unit_a_unit_beside_it_is():
    assert sub_unit("Number") == "" and sub_unit("No. (C)") == "" and sub_unit("Nos.") == ""
    assert sub_unit("kg") == "kg" and sub_unit("hives") == ""
    assert named_column_unit("Apiaries > Number") == "" and named_column_unit("Apiaries > Honey (kg)") == "kg"
    got = _facts([["", "Lowland > Number", "Lowland > Average yield (kg)", "Upland > Number",
                   "Upland > Average yield (kg)"],
                  ["Hives kept by members", "412", "18.5", "96", "11.2"],
                  ["Hives kept by schools", "37", "9.0", "8", "6.5"]])
    assert got[("Hives kept by members > Lowland > Number", "412")] == ""
    assert got[("Hives kept by schools > Upland > Number", "8")] == ""
    assert got[("Hives kept by members > Lowland > Average yield (kg)", "18.5")] == "kg"


def test_a_header_ending_in_a_time_phrase_is_no_unit():
    assert trailing_unit("Swarms open at the close of the year") == ""
    assert trailing_unit("Queens lost during the day") == ""
    assert trailing_unit("Hives inspected at end of year") == ""
    assert trailing_unit("Wax sold in tonnes") == "tonnes"          # a unit after "in" stays
    assert trailing_unit("Hours of inspection per apiary, hours") == "hours"
    got = _facts([["", "Swarms open at the start of the year", "Swarms caught during the year",
                   "Swarms open at the close of a year"],
                  ["Meadow apiaries", "4", "9", "7"],
                  ["Orchard apiaries", "1", "2", "0"]])
    assert set(got.values()) == {""} and len(got) == 6


def _boxed(rows_and_tops):
    from esglens.model import RawRow as _R
    return [_R(cells=cells, page=1, boxes=[(10.0 + 60 * i, t, 50.0 + 60 * i, t + 8) if c else None
                                          for i, (c, t) in enumerate(zip(cells, tops))])
            for cells, tops in rows_and_tops]


def test_a_unit_cell_merged_over_just_two_rows_reaches_both():
    """A merged unit cell centred between a table's only two rows (rule "merged unit cell, centred",
    tables/unit_spans.py), read onto the first: both rows are in it; set on the first row's own line it stays there."""
    head = (["Course", "Unit", "2030", "2031"], [90, 90, 90, 90])
    second = (["Night drills", "", "21", "22"], [137] * 4)
    centred = interpret(TableBlock(id="t", rows=_boxed([head, (["Rope work", "persons", "11", "12"], [120, 128.5, 120, 120]),
                                                        second]), positioned=True))
    got = {" > ".join(r.labels): r.unit for r in centred.rows if r.values}
    assert got == {"Rope work": "persons", "Night drills": "persons"}
    own_line = interpret(TableBlock(id="t", rows=_boxed([head, (["Rope work", "persons", "11", "12"], [120] * 4),
                                                         second]), positioned=True))
    got = {" > ".join(r.labels): r.unit for r in own_line.rows if r.values}
    assert got == {"Rope work": "persons", "Night drills": ""}


def test_a_unit_named_in_words_with_its_symbol_and_what_it_weighs_is_the_whole_run():
    """"in Metric Tonnes (MT) of CO2e": the bracket is inside the unit (keys README rule 1), not the unit itself."""
    from esglens.core.units import parse_unit
    from esglens.tables.units import unit_in_parentheses

    assert unit_in_parentheses("Ferry emissions in Metric Tonnes (MT) of CO2e -") == "Metric Tonnes (MT) of CO2e"
    assert parse_unit("Metric Tonnes (MT) of CO2e").dim == "ghg"
    got = _facts([["Parameter", "FY 2031", "FY 2030"],
                  ["Ferry emissions in Metric Tonnes (MT) of CO2e -", "", ""],
                  ["Total Scope 1 emissions of the ferries", "4,400", "4,100"],
                  ["Pier lighting intensity per berth (MWh/berth)", "0.5", "0.4"]])
    assert got[("Ferry emissions in Metric Tonnes (MT) of CO2e - > Total Scope 1 emissions of the ferries", "4,400")] \
        == "Metric Tonnes (MT) of CO2e"
    # a symbol closing the words is the unit as before; no weighed substance after it: the bracket
    assert unit_in_parentheses("Water drawn in cubic metres (m3)") == "m3"
    assert unit_in_parentheses("Diesel burnt in litres (L) of which biodiesel") == "L"


def test_a_results_cells_figure_is_in_the_words_it_counts_or_the_noun_it_shares():
    """Targets/results matrices (read/pdf_matrix.numbers): no unit word after a figure, its unit is the lower-case
    noun phrase it counts up to a stop word or the first plural; two figures sharing one counted noun ("6 river and
    40 coastal sites") are both in it."""
    from esglens.read.pdf_matrix import numbers

    assert numbers("• 3 certified lock keepers, 1 senior ferry pilot among the 12 crew members") == [
        ("3", "certified lock keepers"), ("1", "senior ferry pilot"), ("12", "crew members")]
    assert numbers("• 6 river-bank and 40 coastal-dune sites (harbour authority only)") == [
        ("6", "sites"), ("40", "sites")]
    assert numbers("• 17 harbours taking part") == [("17", "harbours")]
    assert numbers("• 31 participants") == [("31", "participants")]


def test_a_count_head_joined_to_its_group_by_a_space_is_no_unit():
    # h109: a PDF header joins a group and its sub-column with a space ("Hives Number" beside "Hives %"); the
    # count head is still what the column holds, no unit; a bracketed "(number)" is one (keys README rule 1)
    assert named_column_unit("Hives Number") == "" and named_column_unit("Beekeepers No.") == ""
    assert named_column_unit("Hives %") == "%" and named_column_unit("Hives (number)") == "number"
    assert named_column_unit("Honey harvested (kg)") == "kg"
