"""A figure on a line of its own right under a bulleted list item that is a whole sentence ("● Planting
hedges along the towpath." / "4,100") is not named by that item: the item is one point of a list, and the
figure belongs to something the reader did not place (a column of a table beside). A short caption above a
figure still names it. Drawn with reportlab in wordings no report uses."""
from __future__ import annotations

import pytest

from pdf_draw import text

pytest.importorskip("reportlab")


def _facts(tmp_path, above: list[str]):
    from reportlab.pdfgen import canvas

    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    pdf = tmp_path / "b.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 800, "Canal Trust Review 2031", size=14)
    y = 770
    for line in above:
        text(c, 40, y, line, size=9)
        y -= 12
    text(c, 40, y - 4, "4,100", size=16)
    c.showPage()
    c.save()
    return [f for f in extract_facts(read_pdf(str(pdf))) if f.raw == "4,100"]


def test_a_figure_under_a_bulleted_sentence_is_not_named_by_it(tmp_path):
    got = _facts(tmp_path, ["Towpath measures:", "● Repairing the lock gates at the upper basin.",
                            "● Planting hedges along the towpath."])
    assert got == []


def test_a_figure_under_a_short_caption_is_still_named(tmp_path):
    got = _facts(tmp_path, ["Trees planted along the towpath"])
    assert len(got) == 1 and got[0].label.endswith("Trees planted along the towpath")
