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
                         # another row group with a blank unit cell: the unit column's unit holds until the
                         # next one is printed (rule "ditto unit", tests/test_units_mechanisms.py)
                         "Lighthouse repairs finished in the season": "number",
                         "Lighthouse repairs finished in the season > Lamps": "number"}


def test_a_lower_case_of_which_line_stays_a_group_of_its_own():
    t = _table([["", "", "", "2030", "2031"],
                ["Kites flown", "", "", "", ""],
                ["", "", "(number)", "40", "44"],
                ["of which:", "", "", "", ""],
                ["", "Box kites", "", "25", "30"]])
    assert "Kites flown" in _units(t)
    assert not any("Kites flown of which" in k for k in _units(t))


def test_section_title_glued_to_its_first_item_passes_its_unit_to_every_item():
    t = _table([["", "", "Season", "2031"],
                ["", "Rainwater caught on the roofs by building (in cubic metres) (i) Barn", "", "30"],
                ["", "(ii) Stable", "", "12"],
                ["", "(iii) Greenhouse", "", "7"]])
    title = "Rainwater caught on the roofs by building (in cubic metres)"
    assert _units(t) == {f"{title} > (i) Barn": "cubic metres", f"{title} > (ii) Stable": "cubic metres",
                         f"{title} > (iii) Greenhouse": "cubic metres"}


def test_title_and_item_stay_together_without_a_second_item_below():
    t = _table([["", "", "Season", "2031"],
                ["", "Rainwater caught on the roofs by building (in cubic metres) (i) Barn", "", "30"],
                ["", "Snow cleared", "", "12"]])
    assert "Rainwater caught on the roofs by building (in cubic metres) (i) Barn" in _units(t)


def test_lead_sentence_names_one_unit_for_the_table():
    from esglens.tables.units import lead_unit
    assert lead_unit("Report the feed bought by the farm in metric tonnes (t), split as follows:") == "t"
    assert lead_unit("List the rain caught by each roof (in litres):") == "litres"
    # two units, or a bracket that is no unit: the sentence does not say which figures are in which
    assert lead_unit("Report the feed in tonnes (t) and the milk in litres (l), as follows:") == ""
    assert lead_unit("Report the feed bought in the year (FY), as follows:") == ""
    assert lead_unit(None) == ""


def test_pdf_question_above_a_table_gives_its_unit_to_rows_without_one(tmp_path):
    import pytest
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    from pdf_draw import table_facts, text
    pdf = tmp_path / "lead.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 800, "Orchard yearly report of the cooperative for the members and the board.", size=9)
    text(c, 40, 770, "3. State the fruit picked by the members in metric tonnes (t), in the following format:", size=9)
    for i, (lab, a, b) in enumerate([("Variety", "FY 2031", "FY 2030"), ("Apples", "1,204", "1,150"),
                                     ("Pears", "310", "295"), ("Plums", "87", "91"), ("Quinces", "12", "14")]):
        y = 750 - 14 * i
        text(c, 40, y, lab, size=9)
        text(c, 300, y, a, size=9, right=True)
        text(c, 380, y, b, size=9, right=True)
    c.showPage()
    c.save()
    facts = table_facts(pdf)
    assert facts[("Apples", 2031)] == (1204.0, "t")
    assert facts[("Quinces", 2030)] == (14.0, "t")


def _boxed(rows_and_tops):
    """Rows with a box per non-empty cell, each cell 8 pt high from its top."""
    out = []
    for cells, tops in rows_and_tops:
        boxes = [(10.0 + 60 * i, t, 50.0 + 60 * i, t + 8) if c else None for i, (c, t) in enumerate(zip(cells, tops))]
        out.append(RawRow(cells=cells, page=1, boxes=boxes))
    return out


def test_unit_cell_merged_over_an_even_run_of_rows_reaches_each_row():
    head = (["Service", "Unit", "2030", "2031"], [90, 90, 90, 90])
    body = [(["Ferry", "", "11", "12"], [120] * 4),
            (["Bus", "persons", "21", "22"], [137, 146, 137, 137]),   # unit centred between Bus and Tram
            (["Tram", "", "31", "32"], [154] * 4),
            (["Cable car", "", "41", "42"], [171] * 4)]
    t = interpret(TableBlock(id="t", rows=_boxed([head] + body), positioned=True))
    assert _units(t) == {"Ferry": "persons", "Bus": "persons", "Tram": "persons", "Cable car": "persons"}


def test_unit_cell_on_its_own_row_of_an_even_run_stays_there():
    head = (["Service", "Unit", "2030", "2031"], [90, 90, 90, 90])
    body = [(["Ferry", "", "11", "12"], [120] * 4),
            (["Bus", "persons", "21", "22"], [137] * 4),   # on the Bus row's own line: not centred on the run
            (["Tram", "", "31", "32"], [154] * 4),
            (["Cable car", "", "41", "42"], [171] * 4)]
    t = interpret(TableBlock(id="t", rows=_boxed([head] + body), positioned=True))
    assert _units(t) == {"Ferry": "", "Bus": "persons", "Tram": "", "Cable car": ""}


def test_a_unit_heading_one_column_short_of_its_cells_names_the_cells_right_of_it():
    """"Course | Unit" placed over the course names' column and the units' column one further on: the
    course name under the heading is no unit; the unit is the cell just before the values (tables.labels
    `_unit_one_column_on`). A word under a heading in its own column stays the unit as printed."""
    t = _table([["", "Course", "Unit", "", "2030", "2031"],
                ["Harbour safety", "", "Night drills", "persons", "224", "218"],
                ["", "", "Rope work", "persons", "241", "204"]])
    assert _units(t) == {"Harbour safety > Night drills": "persons", "Harbour safety > Rope work": "persons"}
    t = _table([["", "Course", "Unit", "2030", "2031"],
                ["Harbour safety", "Night drills", "Complaint", "12", "14"]])
    assert _units(t) == {"Harbour safety > Night drills": "Complaint"}
