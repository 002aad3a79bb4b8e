"""A unit column whose unit is printed once, vertically centred across the rows it serves (a merged cell):
every row it stands centred on takes the unit, the run of empty unit cells cut where it runs on past the
merged cell (a row of no unit between two merged cells), and a merged cell between two rows serves both.
Drawn with reportlab in wordings no report uses."""
from __future__ import annotations

import pytest

from pdf_draw import text

pytest.importorskip("reportlab")

_ROWS = [("Apples pressed", "310", "325"), ("Pears pressed", "120", "131"), ("Plums pressed", "44", "47"),
         ("Quinces pressed", "9", "12"), ("Volunteers", "58", "63"), ("Visitors", "1,204", "1,377")]


def _units(tmp_path, placed):
    from reportlab.pdfgen import canvas

    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    pdf = tmp_path / "u.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 790, "Orchard Cooperative Figures 2031", size=12)
    text(c, 40, 760, "Indicator")
    text(c, 200, 760, "Unit")
    text(c, 330, 760, "2030", right=True)
    text(c, 400, 760, "2031", right=True)
    for i, (lab, a, b) in enumerate(_ROWS):
        text(c, 40, 746 - 14 * i, lab)
        text(c, 330, 746 - 14 * i, a, right=True)
        text(c, 400, 746 - 14 * i, b, right=True)
    for unit, row in placed:
        text(c, 200, 746 - 14 * row, unit)
    c.showPage()
    c.save()
    got = {(f.label, f.year): f.unit for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}
    assert len(got) == 12
    return [got[(lab, 2031)] for lab, _, _ in _ROWS]


def test_a_unit_centred_on_three_rows_serves_those_three(tmp_path):
    # "tonnes" on the second row's line (centred on rows 1-3), "persons" between the last two rows
    assert _units(tmp_path, [("tonnes", 1), ("persons", 4.5)]) == ["tonnes"] * 3 + ["", "persons", "persons"]


def test_a_unit_between_two_rows_serves_the_rows_it_is_centred_on(tmp_path):
    assert _units(tmp_path, [("tonnes", 1.5), ("persons", 4.5)]) == ["tonnes"] * 4 + ["persons", "persons"]
