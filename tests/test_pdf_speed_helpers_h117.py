"""Helpers of the PDF reader's speed work (issue 17, h117) give what the code they replace gave."""
from __future__ import annotations

import random

from esglens.read import pdf_table_gutters as G
from esglens.read.pdf_c_loop import address, zeros
from esglens.read.pdf_table_tokens import Token, is_number


def test_numbers_after_is_any_number_later_on_the_line():
    rng = random.Random(117)
    pieces = ["1,234", "Scope 1", "n/a", "12.5%", "(3)", "Total", "-", "2021", "abc 7", "4"]
    for _ in range(2000):
        toks = [Token(rng.choice(pieces), float(i), i + 0.5, None) for i in range(rng.randint(0, 8))]
        want = [any(is_number(t.text) for t in toks[i + 1:]) for i in range(len(toks))]
        assert G._numbers_after(toks) == want


def test_numbers_after_exact():
    toks = [Token(t, 0.0, 1.0, None) for t in ("Energy", "1,200", "GJ", "Water", "35")]
    assert G._numbers_after(toks) == [True, True, True, True, False]


def test_zeros_and_address():
    buf = zeros("d", 3)
    assert buf.tolist() == [0.0, 0.0, 0.0] and address(buf) == buf.buffer_info()[0]
    assert address(zeros("i", 0)) is None and address(bytearray()) is None
    assert isinstance(address(bytearray(b"ab")), int)


def _drawn_text_pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Helvetica", 10)
    c.drawString(60, 700, "Waste recycled (t)   1,204   1,188")
    c.setFont("Helvetica", 6)
    c.drawString(160, 704, "3")                       # a raised note marker
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, 650, "Energy use 2023 2022")
    c.save()
    return buf.getvalue()


def test_page_text_as_a_string_reads_the_same_words_as_the_list(monkeypatch):
    import pypdfium2 as pdfium

    from esglens.read import pdf_chars
    from esglens.read.pdf_words import page_words

    pdf = pdfium.PdfDocument(_drawn_text_pdf())
    page = pdf[0]
    w, h = page.get_size()
    tp = page.get_textpage()
    text = pdf_chars._page_text(tp.raw, pdf_chars.R.FPDFText_CountChars(tp.raw))
    assert isinstance(text, str) and "1,204" in text
    as_str, angle = page_words(tp, w, h)
    real = pdf_chars._page_text
    monkeypatch.setattr(pdf_chars, "_page_text", lambda raw, n: list(real(raw, n)))
    as_list, _ = page_words(tp, w, h)
    assert angle == 0 and as_str == as_list
    assert [x.text for x in as_str][:4] == ["Waste", "recycled", "(t)", "1,204"]
    tp.close()
    page.close()
    pdf.close()
