"""Status rows of target boxes (issue 20): dated labels ending in a colon ("Baseline FY2018: | Progress
FY2023:") each over its figure; the box's key-figure item (or its title) labels them, the target's own
numbers are no facts. Constructed PDFs (reportlab), in a wording no sample report uses."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from pdf_draw import text  # noqa: E402


def _page(path, heading: str | None, title: str | None) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    text(c, 420, 800, "Our goals", size=16)      # the page's title, not over the boxes
    if title:
        text(c, 60, 740, title, size=12)
    if heading:
        text(c, 60, 716, heading, size=7)
        text(c, 60, 707, "- Packaging sent to landfill across all", size=7)
        text(c, 66, 698, "bottling plants", size=7)
        text(c, 60, 689, "- Partner: Local Recyclers Network", size=7)
    for x, lab, val in ((60, "Baseline FY2018:", "1,250 tonnes"), (170, "Progress FY2022:", "840 tonnes"),
                        (280, "Progress FY2023:", "610 tonnes")):
        text(c, x, 670, lab, size=7)
        text(c, x, 661, val, size=7)
    for i in range(6):
        text(c, 40, 560 - 12 * i, "Each plant weighs what it sends to landfill and the totals are checked every quarter.", size=9)
    c.showPage()
    c.save()


def _facts(pdf):
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    return {(f.label, f.year): (f.value, f.unit) for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}


def test_dated_status_labels_give_their_figures_that_year(tmp_path):
    pdf = tmp_path / "status.pdf"
    _page(pdf, "Measured by:", "Target: halve landfill waste to 625 tonnes")
    got = _facts(pdf)
    kpi = "Packaging sent to landfill across all bottling plants"
    assert got[(kpi, 2018)] == (1250, "tonnes")
    assert got[(kpi, 2022)] == (840, "tonnes")
    assert got[(kpi, 2023)] == (610, "tonnes")
    assert not any(v == 625 for v, _ in got.values())     # the target's number


def test_without_a_heading_the_box_title_labels_them_and_without_either_none(tmp_path):
    pdf = tmp_path / "title.pdf"
    _page(pdf, None, "Target: halve landfill waste")
    assert _facts(pdf)[("Target: halve landfill waste", 2023)] == (610, "tonnes")
    bare = tmp_path / "bare.pdf"
    _page(bare, None, None)
    assert not any(y == 2022 for _, y in _facts(bare))
