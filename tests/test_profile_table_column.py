"""Material topics listed in one column of a table the PDF table finder did not take (a form whose other
columns hold sentences): the topic list reads that column and passes over the others. A layout drawn with
reportlab; no report uses it."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from reportlab.pdfgen import canvas  # noqa: E402

from esglens.profile import build_profile  # noqa: E402
from esglens.read.pdf import read_pdf  # noqa: E402
from pdf_draw import draw_grid, text  # noqa: E402

ROWS = [
    [["No."], ["Material issue identified"], ["Risk or", "opportunity"], ["Why it matters to us"]],
    [["1"], ["Water stewardship"], ["Risk"], ["Two of our mills draw from rivers", "that ran low in three recent summers."]],
    [["2"], ["Fibre sourcing"], ["Risk"], ["Certified wood is scarce and its price", "has risen every year since 2019."]],
    [["3"], ["Energy transition"], ["Opportunity"], ["Our boilers can burn the residues that", "the pulping process leaves behind."]],
    [["4"], ["Product safety"], ["Risk"], ["Food packaging must meet the rules of", "every market we sell into."]],
]


def test_topics_are_read_down_their_column_past_the_sentences_beside_them(tmp_path):
    pdf = tmp_path / "topics.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 50, 800, "Nordvik Paper Ltd", size=12)
    text(c, 50, 780, "Material issues", size=12)
    draw_grid(c, 50, 755, ROWS)
    c.showPage()
    c.save()
    topics = [t["name"] for t in build_profile(read_pdf(str(pdf)), [])["material_topics"]]
    assert topics == ["Water stewardship", "Fibre sourcing", "Energy transition", "Product safety"]
