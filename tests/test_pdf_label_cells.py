"""A row's name is one cell: its wrapped lines stand at the text's leading, one under the other
(read/pdf_table_leading.py). A label line in the name's column set further below than that is another cell:
the next row's name set above its values, or a value-less row's name, never glued onto the row's name however
close the lines of other columns chain it to the row, nor onto a neighbour row's name. Drawn with reportlab in wordings
no report uses."""
from __future__ import annotations

import pytest

from pdf_draw import table_facts, text

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def _header(c, size=8):
    text(c, 40, 760, "Drills held at the harbour", 11)
    for x, name in ((40, "Group"), (150, "Course")):
        text(c, x, 730, name, size)
    text(c, 330, 730, "2030", size, right=True)
    text(c, 390, 730, "2031", size, right=True)


def test_a_name_set_above_its_values_is_the_next_rows_not_the_row_above(tmp_path):
    """A group name and a unit centred over two rows, each in a column of its own, chain the lines between
    the rows close together; the second row's course name stands above its values, far below the first
    row's course name in the same column."""
    pdf = tmp_path / "above.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 760, "Drills held at the harbour", 11)
    for x, name in ((40, "Group"), (100, "Course"), (160, "Unit")):
        text(c, x, 730, name, 8)
    for x, year in ((250, "2030"), (290, "2031"), (330, "2032")):
        text(c, x, 730, year, 8, right=True)
    text(c, 100, 712, "Harbour drills", 8)
    for x, v in ((250, "12"), (290, "14"), (330, "15")):
        text(c, x, 712, v, 8, right=True)
    text(c, 40, 701.4, "Safety", 8)
    text(c, 160, 697.2, "persons", 8)
    text(c, 44, 692.9, "Care", 8)
    text(c, 100, 687.8, "Night pilots", 8)
    for x, v in ((250, "9"), (290, "11"), (330, "13")):
        text(c, x, 681.3, v, 8, right=True)
    c.showPage()
    c.save()
    got = {(label, year): v for (label, year), (v, _) in table_facts(pdf).items()}
    assert not [label for label, _ in got if "Harbour drills Night pilots" in label]
    night = [(label, year) for (label, year), v in got.items() if v == 9.0]
    assert night and all(label.endswith("Night pilots") for label, _ in night)
    assert any(label.endswith("Harbour drills") and year == 2030 for (label, year), v in got.items() if v == 12.0)


def test_a_value_less_row_is_not_glued_onto_the_next_rows_name(tmp_path):
    """Names wrapped at a tight leading (8.5 pt in 10 pt type); a value-less row's name 12 pt above the
    next row's is a cell of its own, though closer than three quarters of a row pitch."""
    pdf = tmp_path / "valueless.pdf"
    c = canvas_mod.Canvas(str(pdf))
    _header(c, 10)
    rows = ((712, "Tenants", "hotline", "31", "20"), (668, "Crew and", "desk", "20", "4"),
            (647, "Cruise lines", "portal", "1,105", "1,205"))
    for y, name, course, a, b in rows:
        text(c, 40, y, name, 10)
        text(c, 150, y, course, 10)
        text(c, 330, y, a, 10, right=True)
        text(c, 390, y, b, 10, right=True)
    for y, s in ((703.5, "(other"), (695, "vendors)"), (680, "Pilots"), (659.5, "families")):
        text(c, 40, y, s, 10)
    c.showPage()
    c.save()
    got = {(label, year): v for (label, year), (v, _) in table_facts(pdf).items()}
    assert not [label for label, _ in got if "Pilots Crew" in label]
    crew = [label for (label, year), v in got.items() if v == 20.0 and year == 2030]
    assert crew and all("Crew and families" in label for label in crew)
    assert got[("Tenants (other vendors) > hotline", 2030)] == 31.0
