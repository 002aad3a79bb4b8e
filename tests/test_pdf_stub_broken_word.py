"""A stub header wrapped over two lines, the years on its last line only: its first line breaks a word with
a hyphen ("… by cargo bi-" over "cycle in city districts  2030  2031") and stands a normal leading above,
further than a caption's. It is the stub's first line, so the whole stub (here a share of a whole, every
row's unit) is read. A line above that ends in a whole word stays out of the stub. Drawn with reportlab in
wordings no report uses."""
from __future__ import annotations

import pytest

from pdf_draw import table_facts, text

pytest.importorskip("reportlab")

_ROWS = [("Northern quarter", "12", "15"), ("Harbour quarter", "31", "36"), ("Old town", "44", "52")]


def _draw(pdf, first_line: str, second_line: str) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(pdf))
    text(c, 330, 790, "Courier Cooperative", size=11)
    text(c, 330, 770, first_line, size=6.5)
    text(c, 330, 761.5, second_line, size=6.5)
    text(c, 500, 761.5, "2030", size=7, right=True)
    text(c, 550, 761.5, "2031", size=7, right=True)
    for i, (lab, a, b) in enumerate(_ROWS):
        text(c, 338, 748 - 12 * i, lab, size=7)
        text(c, 500, 748 - 12 * i, a, size=7, right=True)
        text(c, 550, 748 - 12 * i, b, size=7, right=True)
    c.showPage()
    c.save()


def test_a_stub_whose_first_line_breaks_a_word_is_read_whole(tmp_path):
    pdf = tmp_path / "c.pdf"
    _draw(pdf, "% of parcels delivered by cargo bi-", "cycle in city districts")
    got = table_facts(pdf)
    assert got[("Harbour quarter", 2031)] == (36, "% of parcels delivered by cargo bicycle in city districts")
    assert got[("Old town", 2030)] == (44, "% of parcels delivered by cargo bicycle in city districts")


def test_a_line_above_ending_in_a_whole_word_stays_out_of_the_stub(tmp_path):
    pdf = tmp_path / "c.pdf"
    _draw(pdf, "Delivered by cargo bicycle", "% of parcels in city districts")
    got = table_facts(pdf)
    assert got[("Harbour quarter", 2031)] == (36, "% of parcels in city districts")
