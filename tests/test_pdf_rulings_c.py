"""page_rulings with its loop over the page objects in C (read/_pdfium_chars.c, esglens_page_paths) gives exactly
what the Python loop gives: the same rules and filled shapes, in the same order, on a drawn page (rules, a
thick bar, filled shapes of several colours, a white shape, a stroked-only box, a background too large, text)
and on every page of the corpus PDFs when ../shared is present."""
from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from esglens.read import pdf_rulings

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"
needs_c = pytest.mark.skipif(pdf_rulings.paths_loop() is None, reason="the C extension is not built")


def _drawn() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setLineWidth(0.5)
    c.line(50, 700, 300, 700)            # a horizontal rule
    c.line(60, 500, 60, 650)             # a vertical rule
    c.setFillColorRGB(1, 0, 0)
    c.rect(100, 300, 20, 80, stroke=0, fill=1)     # a red bar
    c.setFillColorRGB(0, 0.5, 0)
    c.rect(130, 300, 20, 40, stroke=0, fill=1)     # a green bar
    c.setFillColorRGB(1, 1, 1)
    c.rect(160, 300, 20, 40, stroke=0, fill=1)     # white: not kept
    c.rect(200, 300, 30, 30, stroke=1, fill=0)     # stroked only: no fill
    c.setFillColorRGB(0.2, 0.2, 0.9)
    c.rect(0, 0, 595, 420, stroke=0, fill=1)       # a background larger than MAX_SHAPE both ways
    c.setFillColorRGB(0, 0, 0)
    c.drawString(50, 750, "Table 1 2021 2022")
    c.showPage()
    c.save()
    return buf.getvalue()


def _both(page, height):
    in_c = pdf_rulings.page_rulings(page, height)
    real = pdf_rulings.paths_loop
    pdf_rulings.paths_loop = lambda: None
    try:
        in_python = pdf_rulings.page_rulings(page, height)
    finally:
        pdf_rulings.paths_loop = real
    return in_c, in_python


@needs_c
def test_drawn_page_same_rules_and_shapes():
    pdf = pdfium.PdfDocument(_drawn())
    page = pdf[0]
    height = page.get_size()[1]
    in_c, in_python = _both(page, height)
    assert in_c == in_python
    # (a stroked rule's box takes in its line width and caps: within a point of where it was drawn)
    (h,) = in_c.horizontal
    assert [pytest.approx(v, abs=1) for v in h] == [50, 300, height - 700]
    (v,) = in_c.vertical
    assert [pytest.approx(x, abs=1) for x in v] == [height - 650, height - 500, 60]
    assert [(round(x0), round(x1), rgb) for x0, _, x1, _, rgb in in_c.shapes] == [(100, 120, (255, 0, 0)), (130, 150, (0, 128, 0))]
    page.close()
    pdf.close()


@needs_c
@pytest.mark.skipif(not SHARED.exists(), reason="../shared corpus PDFs absent")
def test_corpus_pages_same_rules_and_shapes():
    for path in sorted(SHARED.glob("*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        for i in range(len(pdf)):
            page = pdf[i]
            in_c, in_python = _both(page, page.get_size()[1])
            assert in_c == in_python, (path.name, i + 1)
            assert [type(v) for r in in_c.horizontal for v in r] == [type(v) for r in in_python.horizontal for v in r]
            page.close()
        pdf.close()
