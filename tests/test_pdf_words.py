"""The fast PDF word path (C loop for pdfium's per-character calls, words summed up in one pass) gives
exactly what the old per-character code gave (tests/pdf_chars_reference.py): every character and every
word, field for field, on a constructed page that has what the word rules handle (bold and regular,
superscripts and subscripts, a letter-spaced word, a rotated label, a rotated page, tabs, an empty
page), and on real pages when ../shared is present. Both with the C loop and without it."""
from __future__ import annotations

import os
import shutil
from dataclasses import astuple
from pathlib import Path

import pypdfium2 as pdfium
import pytest

import pdf_chars_reference as old
from esglens.read import pdf_c_loop, pdf_chars, pdf_words

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"


def _constructed(path: Path) -> Path:
    c = canvas_mod.Canvas(str(path))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 780, "Emissions overview")
    c.setFont("Helvetica", 9)
    c.drawString(60, 750, "Scope 1 emissions were 1,234 tCO")
    c.setFont("Helvetica", 6)
    c.drawString(60 + c.stringWidth("Scope 1 emissions were 1,234 tCO", "Helvetica", 9), 748, "2")
    c.setFont("Helvetica", 9)
    c.drawString(60, 735, "Water withdrawal\t520 m")
    c.setFont("Helvetica", 6)
    c.drawString(60 + c.stringWidth("Water withdrawal\t520 m", "Helvetica", 9), 739, "3")
    c.drawString(200, 739, "12")                      # a footnote marker alone
    t = c.beginText(60, 720)
    t.setFont("Helvetica", 9)
    t.setCharSpace(4)                                  # a letter-spaced word
    t.textLine("SPACED")
    t.setCharSpace(0)
    t.setFont("Times-Bold", 11)
    t.textLine("Bold Times and Roman mixed")
    c.drawText(t)
    c.setFont("Times-Roman", 11)
    c.drawString(60, 690, "left")
    c.drawString(62 + c.stringWidth("left", "Times-Roman", 11), 690, "touching")   # a second object, no gap
    c.drawString(140, 690, "far")
    c.saveState()
    c.translate(40, 400)
    c.rotate(90)
    c.setFont("Helvetica", 7)
    c.drawString(0, 0, "Axis label 2024")          # at another angle than the page: not read
    c.restoreState()
    for row in range(12):
        c.drawString(300, 600 - 12 * row, f"{2015 + row} {row * 37.5:,.1f} {row % 3}")
    c.showPage()
    c.showPage()                                   # an empty page
    c.setPageRotation(90)
    c.setFont("Helvetica", 10)
    c.drawString(50, 500, "A rotated page, 3.5% and 1,000 t")
    c.saveState()
    c.translate(300, 300)
    c.rotate(90)
    for row in range(6):                           # a landscape table drawn sideways
        c.drawString(0, -14 * row, f"Energy {row} GJ {row * 1000:,}")
    c.restoreState()
    c.showPage()
    c.save()
    return path


def _fields(items) -> list:
    return [x if x is None or x is old.SPACE else astuple(x) for x in items]


def _compare(path: Path, pages=None) -> int:
    pdf = pdfium.PdfDocument(str(path))
    checked = 0
    try:
        for i in pages if pages is not None else range(len(pdf)):
            if i >= len(pdf):
                continue
            page = pdf[i]
            w, h = page.get_size()
            tp = page.get_textpage()
            ref_chars, ref_angle = old.page_chars(tp, w, h)
            chars, angle = pdf_chars.page_chars(tp, w, h)
            assert (angle, _fields(chars)) == (ref_angle, _fields(ref_chars)), f"{path.name} p{i + 1} characters"
            ref_words = [astuple(x) for x in old.words_of(ref_chars)]
            assert [astuple(x) for x in pdf_chars.words_of(chars)] == ref_words, f"{path.name} p{i + 1} words_of"
            words, angle = pdf_words.page_words(tp, w, h)
            assert (angle, [astuple(x) for x in words]) == (ref_angle, ref_words), f"{path.name} p{i + 1} page_words"
            checked += 1
            tp.close()
            page.close()
    finally:
        pdf.close()
    return checked


@pytest.fixture(params=["c loop", "c loop, glyph kinds in python", "python calls"])
def mode(request, monkeypatch):
    if request.param == "python calls":
        monkeypatch.setattr(pdf_c_loop, "_LOOP", [None])
    elif pdf_c_loop.chars_loop() is None:
        pytest.skip("the C loop is not built (no C compiler when esglens was installed)")
    elif request.param == "c loop, glyph kinds in python":   # esglens_page_kinds off: keys_by_object
        monkeypatch.setattr(pdf_c_loop, "_LOOP", pdf_c_loop._LOOP[:2] + [None])
    return request.param


def test_constructed_pages_read_the_same_as_before(tmp_path, mode):
    path = _constructed(tmp_path / "constructed.pdf")
    assert _compare(path) == 3
    words, angle = pdf_words.page_words(pdfium.PdfDocument(str(path))[0].get_textpage(), 595.27, 841.89)
    texts = [w.text for w in words]
    assert angle == 0 and "tCO2" in texts and "SPACED" not in texts and "Axis" not in texts
    assert [w.text for w in words if w.size > 12][:2] == ["Emissions", "overview"]
    # the rotated page reads in its own direction (the sideways table is the most text)
    rotated = pdfium.PdfDocument(str(path))[2]
    _, angle = pdf_words.page_words(rotated.get_textpage(), *rotated.get_size())
    assert angle in (90, 270)


def test_the_c_loop_is_built_where_a_compiler_is():
    if shutil.which("cc") is None and shutil.which("gcc") is None:
        pytest.skip("no C compiler here: esglens reads PDFs with the slower Python calls")
    if pdf_c_loop.chars_loop() is None and not os.environ.get("CI"):
        # an environment installed before setup.py existed: correct output, slower reader
        pytest.skip("read/_pdfium_chars.c is not built in this environment: run `make install` again")
    assert pdf_c_loop.chars_loop() is not None, "read/_pdfium_chars.c was not built by the install"


@pytest.mark.parametrize("name", ["riotinto-2023-climate-change-report.pdf", "vedanta_ltd_brsr_fy2022-23.pdf",
                                  "toshiba_integrated_report_2021.pdf", "daikin_sustainability_report_2022_excerpt.pdf",
                                  "tokyo_gas_sustainability_factbook_2022.pdf", "bayer_sustainability_report_2021.pdf",
                                  "eni_for_2021_sustainability_performance.pdf"])
def test_real_pages_read_the_same_as_before(name, mode):
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"{path} not present (../shared)")
    assert _compare(path, pages=range(0, 40, 8)) > 0
