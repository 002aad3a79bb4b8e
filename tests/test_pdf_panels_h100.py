"""Highlight panels in layouts no sample uses (h100, issue 20): a caption under the figure taken into its line,
a footer far under a panel with its label over it, bold headings over stacked panels. Drawn with reportlab."""
from __future__ import annotations

import pytest

from esglens.facts import extract_facts
from esglens.read.pdf import read_pdf

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def text(c, x, y, s, size=8.0):
    c.setFont("Helvetica", size)
    c.drawString(x, y, s)


def _table_facts(pdf):
    return [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]


def test_panel_caption_under_the_figure_in_its_line_and_footer(tmp_path):
    """A figure whose caption sits just under it, close enough to be taken into its line; another panel whose
    only line under it is a footer far below, its label right over it."""
    pdf = tmp_path / "panels.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 60, 700, "Body text of the page in its usual size, a sentence or two long.", 9)
    text(c, 60, 640, "7,415", 24)
    text(c, 61, 633, "Volunteers", 9)        # base 7 pt under the figure's: one line for the reader
    text(c, 320, 678, "Suppliers audited", 8)
    text(c, 320, 635, "214", 40)
    text(c, 320, 600, "Annual Review of an imaginary company", 7)
    c.showPage()
    c.save()
    got = {(f.label, f.value) for f in _table_facts(pdf)}
    assert ("Volunteers", 7415) in got
    assert ("Suppliers audited", 214) in got
    assert not any(f.label and "Annual Review" in f.label for f in _table_facts(pdf))


def bold(c, x, y, s, size):
    """An embedded bold face (reportlab's Vera Bold): the standard 14 fonts state no weight for the reader."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("VeraBd", "VeraBd.ttf"))
    c.setFont("VeraBd", size)
    c.drawString(x, y, s)


def test_panel_heading_names_the_figures_under_it(tmp_path):
    """A bold place name over two stacked panels names both ("Lisbon > Stores"); a bold name wrapped over two
    lines with a note under it names its panel; a figure under a plain note gets its caption alone."""
    pdf = tmp_path / "panel_heads.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 60, 780, "Body text of the page in its usual size, a sentence or two long.", 9)
    bold(c, 60, 720, "Lisbon", 11)
    text(c, 60, 692, "1,204", 28)
    text(c, 60, 682, "Stores", 8)
    text(c, 60, 652, "36", 28)
    text(c, 60, 642, "Warehouses", 8)
    bold(c, 300, 733, "Northern", 11)
    bold(c, 300, 720, "Highlands", 11)
    text(c, 300, 711, "(incl. islands)", 7)
    text(c, 300, 685, "418", 28)
    text(c, 300, 675, "Stores", 8)
    text(c, 60, 560, "Figures rounded", 7)
    text(c, 60, 534, "957", 28)
    text(c, 60, 524, "Parcel lockers", 8)
    c.showPage()
    c.save()
    got = {(f.label, f.value) for f in _table_facts(pdf)}
    assert ("Lisbon > Stores", 1204) in got
    assert ("Lisbon > Warehouses", 36) in got
    assert ("Northern Highlands (incl. islands) > Stores", 418) in got
    assert ("Parcel lockers", 957) in got


def test_a_panel_above_is_no_heading(tmp_path):
    """Panels stacked in a column, each a bold figure over its caption and last year's figure: the lines of
    the panel above are no heading of the next ("€12m Grants paid (2022: €9m) > …")."""
    pdf = tmp_path / "stacked_bold.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 60, 780, "Body text of the page in its usual size, a sentence or two long.", 9)
    for k, (fig, cap, prior) in enumerate((("€12m", "Grants paid", "(2022: €9m)"),
                                           ("€4m", "Loans forgiven", "(2022: €6m)"))):
        y = 720 - 48 * k
        bold(c, 60, y, fig, 26)
        text(c, 60, y - 11, cap, 8)
        text(c, 60, y - 21, prior, 8)
    c.showPage()
    c.save()
    labels = {f.label for f in _table_facts(pdf)}
    assert labels == {"Grants paid", "Loans forgiven"}
