"""A Japanese or Chinese table that separates thousands with a full-width comma ("1，311"): those cells are
values as "1,311" is (before: a row whose values all had one was no data line, so the first rows of the
table above the first plain number were lost). A full-width comma not followed by three digits is no
thousands separator. Drawn with reportlab (a CID font) in wordings no report uses."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")


def test_full_width_thousands_are_values():
    from esglens.read.pdf_table_tokens import is_number, is_value

    assert is_number("1，311") and is_number("21，088") and is_number("1，234，567") and is_value("3，400 t")
    assert not is_number("1，2") and not is_number("12，")


def test_rows_with_full_width_thousands_are_read(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    font = "HeiseiKakuGo-W5"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    pdf = tmp_path / "j.pdf"
    c = canvas.Canvas(str(pdf))
    c.setFont(font, 9)
    c.drawString(40, 790, "図書館の利用状況")
    for x, h in zip((300, 370, 440), ("2028年度", "2029年度", "2030年度")):
        c.drawRightString(x, 770, h)
    c.drawString(40, 770, "項目")
    rows = [("貸出冊数", ("12，480", "13，015", "13，902")), ("来館者数", ("4，210", "4，388", "4，901")),
            ("読書会", ("35", "41", "44"))]
    for i, (name, vals) in enumerate(rows):
        y = 752 - 16 * i
        c.drawString(40, y, name)
        for x, v in zip((300, 370, 440), vals):
            c.drawRightString(x, y, v)
    c.showPage()
    c.save()
    got = {(f.label, f.year): f.value for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}
    assert got[("貸出冊数", 2028)] == 12480 and got[("来館者数", 2030)] == 4901 and got[("読書会", 2029)] == 41
