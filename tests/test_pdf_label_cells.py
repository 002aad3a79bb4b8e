"""A row's name is one cell: its wrapped lines stand at the text's leading, one under the other
(read/pdf_table_leading.py). A label line in the name's column set further below than that is another cell:
the next row's name set above its values, or a value-less row's name, never glued onto the row's name however
close the lines of other columns chain it to the row. (A values line is still joined onto a value-less name
right above it: on Siemens p7 keeping "Shareholders" apart made it the group of the three rows below.) Drawn
with reportlab in wordings no report uses."""
from __future__ import annotations

import pytest

from pdf_draw import table_facts, text

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


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
