"""Material topics in a form table continued over pages (the column header repeated at the top of each page),
topic names that hold "our", and the form's verdict cells (Risk / Opportunity / Positive / Negative) beside them.
Layouts drawn with reportlab; no report uses them."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from reportlab.pdfgen import canvas  # noqa: E402

from esglens.profile import build_profile  # noqa: E402
from esglens.read.pdf import read_pdf  # noqa: E402
from pdf_draw import draw_grid, text  # noqa: E402

HEAD = [["Material topic identified"], ["Risk or", "opportunity"], ["Why it matters"], ["Financial", "implications"]]
PAGE1 = [
    ["Caring for our river basins", "Risk", "Two mills draw from rivers that|ran low in three summers.", "Negative"],
    ["Fibre traceability", "Opportunity", "Certified wood opens markets|that pay more for it.", "Positive"],
    ["Safe working at height", "Risk", "Falls caused most of the serious|injuries last year.", "Negative"],
]
PAGE2 = [
    ["Packaging circularity", "Opportunity", "Customers ask for board they|can recycle at home.", "Positive"],
    ["Fair pay in the supply chain", "Risk", "Contractors in two regions were|paid late in 2023.", "Negative"],
]


def _page(c, rows, first: bool) -> None:
    if first:
        text(c, 50, 800, "Nordvik Paper Ltd", size=12)
        text(c, 50, 780, "Section C: principle-wise disclosures", size=12)
    draw_grid(c, 50, 755, [HEAD] + [[cell.split("|") for cell in row] for row in rows])
    c.showPage()


def test_a_topic_table_continued_over_two_pages_is_one_list(tmp_path):
    pdf = tmp_path / "topics.pdf"
    c = canvas.Canvas(str(pdf))
    _page(c, PAGE1, True)
    _page(c, PAGE2, False)
    c.save()
    topics = [t["name"] for t in build_profile(read_pdf(str(pdf)), [])["material_topics"]]
    assert topics == ["Caring for our river basins", "Fibre traceability", "Safe working at height",
                      "Packaging circularity", "Fair pay in the supply chain"]
