"""A column headed by a target year in any order of word and year ("Target 2035", "Target (2035)", "Target"
over "(2035)", "2035年度目標", "目標" over "（2035年度）") is the target year's column marked as a target
("2035 (Target)", as "2035 target" already was): its values get the target year, never year null with the year
in the label, nor the last actual year. Drawn with reportlab in wordings no report uses."""
from __future__ import annotations

import pytest

from pdf_draw import text

pytest.importorskip("reportlab")

_ROWS = [("Lock water lost (ML)", ["41.0", "39.5", "37.2", "30.0"]), ("Towpath lighting (%)", ["55", "61", "68", "100"])]


def _facts(pdf):
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    return {f.raw: (f.year, f.column, f.label) for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}


def _draw(pdf, names, over=None, font="Helvetica", rows=_ROWS):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(pdf))

    def put(x, y, s, right=True, size=8):
        c.setFont(font, size)
        (c.drawRightString if right else c.drawString)(x, y, s)
    put(40, 790, "Canal Board Report 2031", right=False, size=12)
    xs = (300, 370, 440, 520)
    for x, n in zip(xs, names):
        put(x, 760, n)
    for x, n in zip(xs, over or ()):
        if n:
            put(x, 770, n)
    for i, (lab, vals) in enumerate(rows):
        put(40, 746 - 12 * i, lab, right=False)
        for x, v in zip(xs, vals):
            put(x, 746 - 12 * i, v)
    c.showPage()
    c.save()


@pytest.mark.parametrize("names, over", [
    (("2029", "2030", "2031", "Target 2035"), None),
    (("2029", "2030", "2031", "Target (2035)"), None),
    (("2029", "2030", "2031", "2035"), (None, None, None, "Target")),
    (("2029", "2030", "2031", "(2035)"), (None, None, None, "Target")),
])
def test_a_target_year_column_is_the_target_years(tmp_path, names, over):
    pdf = tmp_path / "t.pdf"
    _draw(pdf, names, over)
    got = _facts(pdf)
    assert got["30.0"] == (2035, "2035 (Target)", "Lock water lost (ML)")
    assert got["100"] == (2035, "2035 (Target)", "Towpath lighting (%)")
    assert got["37.2"][:2] == (2031, "2031")


@pytest.mark.parametrize("last, over", [("2035年度目標", None), ("目標（2035年度）", None), ("（2035年度）", "目標")])
def test_a_japanese_target_year_column(tmp_path, last, over):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    font = "HeiseiKakuGo-W5"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    pdf = tmp_path / "j.pdf"
    rows = [("閘門の漏水量（ML）", ["41.0", "39.5", "37.2", "30.0"])]
    _draw(pdf, ("2028年度", "2029年度", "2030年度", last), (None, None, None, over), font=font, rows=rows)
    got = _facts(pdf)
    assert got["30.0"][:2] == (2035, "2035年度 (目標)") and got["37.2"][:2] == (2030, "2030年度")


def test_a_word_before_a_year_that_names_no_target_is_left_alone():
    from esglens.read.pdf_table_header import _qualified

    assert _qualified("Scope 2021") == "Scope 2021"
    assert _qualified("Target 2030") == "2030 (Target)" and _qualified("Goal (FY2030)") == "FY2030 (Goal)"
