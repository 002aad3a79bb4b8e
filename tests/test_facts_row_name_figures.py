"""A row of a table read without a header, whose name cell is a long phrase holding figures ("Goal: 20–25% of
parcels by cargo bike … Basis is 1.2 million parcels") and whose other cells are its own figures ("18,5%",
"20–25%", "n/a"): the name's figures specify the row, they are no facts of their own. A long cell beside prose
(no figures of the row's own) is still read as a statement. Drawn with reportlab in wordings no report uses."""
from __future__ import annotations

import pytest

from pdf_draw import text

pytest.importorskip("reportlab")


def _facts(tmp_path, rows, source="table"):
    from reportlab.pdfgen import canvas

    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    pdf = tmp_path / "r.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 790, "Ready for the harbour", size=12)
    y = 770
    for name, cells in rows:
        text(c, 40, y, name)
        for x, cell in zip((380, 450, 520), cells):
            text(c, x, y, cell, right=True)
        y -= 14
    c.showPage()
    c.save()
    return [(f.raw, f.label) for f in extract_facts(read_pdf(str(pdf))) if source in (None, f.source)]


_NAMED = [("Goal: 20–25% of parcels delivered by cargo bike, basis 1.2 million parcels.", ["18,5%", "20–25%", "n/a"]),
          ("Goal: 60–70% of quay lighting on 40 W lamps, basis 2,300 lamps.", ["51,2%", "60–70%", "47%"])]


def test_figures_inside_a_row_name_beside_the_rows_own_figures_are_no_facts(tmp_path):
    raws = {raw for raw, _ in _facts(tmp_path, _NAMED)}
    assert not raws & {"20", "25%", "1.2 million", "60", "70%", "40 W", "2,300"}, raws


def test_a_long_cell_beside_cells_of_words_is_still_read(tmp_path):
    rows = [("In 2031 the harbour ferries carried 4,100 cyclists across the bay.", ["18,5%", "Yes", "Partly"]),
            ("In 2031 the quay cranes moved 62,000 containers between the piers.", ["51,2%", "No", "Yes"])]
    raws = {raw for raw, _ in _facts(tmp_path, rows, source=None)}
    assert {"4,100", "62,000"} <= raws, raws
