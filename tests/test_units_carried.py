"""A unit printed once for many cells reaches each cell it is printed for (issues 13 and 20); where the
layout does not say which cells share it, no unit. Constructed tables in wordings no report uses."""
from esglens.model import RawRow, TableBlock
from esglens.tables.interpret import interpret


def _table(rows, positioned=True):
    return interpret(TableBlock(id="t", rows=[RawRow(cells=r, page=1) for r in rows], positioned=positioned))


def _units(table):
    return {" > ".join(r.labels): r.unit for r in table.rows if r.values}


def test_stub_header_word_in_is_no_part_of_the_unit():
    t = _table([["In kilograms", "2030", "2031"],
                ["Beeswax sold", "12", "14"],
                ["Honey sold", "300", "310"]])
    assert _units(t) == {"Beeswax sold": "kilograms", "Honey sold": "kilograms"}


def test_unit_printed_once_under_a_wrapped_group_reaches_its_sub_rows():
    t = _table([["", "", "", "2030", "2031"],
                ["Lighthouse inspections carried out during the season grouped", "", "", "", ""],
                ["", "", "(number)", "40", "44"],
                ["by the coast that the keepers patrol", "", "", "", ""],
                ["", "North shore", "", "25", "30"],
                ["", "South shore", "", "15", "14"],
                ["Lighthouse repairs finished in the season", "", "", "9", "7"],
                ["", "Lamps", "", "5", "4"]])
    whole = "Lighthouse inspections carried out during the season grouped by the coast that the keepers patrol"
    assert _units(t) == {whole: "number", f"{whole} > North shore": "number", f"{whole} > South shore": "number",
                         # another row group: the unit printed for the first is not said to be theirs
                         "Lighthouse repairs finished in the season": "",
                         "Lighthouse repairs finished in the season > Lamps": ""}


def test_a_lower_case_of_which_line_stays_a_group_of_its_own():
    t = _table([["", "", "", "2030", "2031"],
                ["Kites flown", "", "", "", ""],
                ["", "", "(number)", "40", "44"],
                ["of which:", "", "", "", ""],
                ["", "Box kites", "", "25", "30"]])
    assert "Kites flown" in _units(t)
    assert not any("Kites flown of which" in k for k in _units(t))
