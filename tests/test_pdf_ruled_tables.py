"""Fully ruled tables (every cell boxed by drawn lines) are read from their rules (read/pdf_ruled.py): merged
header cells head every column they span, a cell spanning rows labels each of them, a text cell spanning the
value columns is no figure, a figure's base year printed in its cell ("2% improvement compared to FY2030") is
not a figure, and "Target FY2031" is the target year's column. Drawn with reportlab in layouts no report uses
(a ferry cooperative, a lighthouse guild), each failing on the whitespace reader alone."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

_H = 842


def _draw(path, title, xs, ys, cells, open_sides=False, skip_wall=None, font="Helvetica"):
    """Grid edges xs (left to right) and ys (top down, from the page's top); cells (r0, r1, c0, c1, text, align)
    span grid rows r0..r1 and columns c0..c1; no rule is drawn inside a merged cell (nor `skip_wall`, a vertical
    rule (row, column) left out); `open_sides`: no outer vertical rules."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, _H))
    c.setFont("Helvetica-Bold" if font == "Helvetica" else font, 12)
    c.drawString(xs[0], _H - ys[0] + 30, title)
    c.setLineWidth(0.5)
    span = {(i, j): (r0, r1, c0, c1) for r0, r1, c0, c1, _, _ in cells
            for i in range(r0, r1 + 1) for j in range(c0, c1 + 1)}
    nr, nc = len(ys) - 1, len(xs) - 1
    for i in range(nr):
        for j in range(nc):
            s = span.get((i, j))
            if i + 1 < nr and not (s and s[1] > i):
                c.line(xs[j], _H - ys[i + 1], xs[j + 1], _H - ys[i + 1])
            if j + 1 < nc and not (s and s[3] > j) and (i, j) != skip_wall:
                c.line(xs[j + 1], _H - ys[i], xs[j + 1], _H - ys[i + 1])
    for y in (ys[0], ys[-1]):
        c.line(xs[0], _H - y, xs[-1], _H - y)
    if not open_sides:
        for x in (xs[0], xs[-1]):
            c.line(x, _H - ys[0], x, _H - ys[-1])
    c.setFont(font, 8)
    for r0, r1, c0, c1, txt, align in cells:
        lines = txt.split("\n")
        y0 = (ys[r0] + ys[r1 + 1]) / 2 - (len(lines) - 1) * 4.75 + 2.8
        for k, ln in enumerate(lines):
            y = _H - (y0 + k * 9.5)
            if align == "c":
                c.drawCentredString((xs[c0] + xs[c1 + 1]) / 2, y, ln)
            elif align == "r":
                c.drawRightString(xs[c1 + 1] - 4, y, ln)
            else:
                c.drawString(xs[c0] + 4, y, ln)
    c.showPage()
    c.save()


def _facts(path):
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    return [(f.raw, f.value, f.year, f.column, f.label) for f in extract_facts(read_pdf(str(path)))
            if f.source == "table"]


_FERRY = [
    (0, 1, 0, 0, "Theme", "c"), (0, 1, 1, 1, "Measure", "c"), (0, 0, 2, 3, "Goal", "c"), (0, 1, 4, 4, "Remarks", "c"),
    (1, 1, 2, 2, "2031", "c"), (1, 1, 3, 3, "2032", "c"),
    (2, 3, 0, 0, "Harbour\nair", "l"), (2, 2, 1, 1, "Diesel burnt (kL)", "l"), (2, 2, 2, 2, "3.2", "r"),
    (2, 2, 3, 3, "2.9", "r"), (2, 2, 4, 4, "Fleet of six", "l"),
    (3, 3, 1, 1, "Shore power use (%)", "l"), (3, 3, 2, 2, "40", "r"), (3, 3, 3, 3, "55", "r"),
    (3, 3, 4, 4, "Berths one to three", "l"),
    (4, 4, 0, 0, "Crew", "l"), (4, 4, 1, 1, "Trained pilots", "l"), (4, 4, 2, 2, "12 pilots", "c"),
    (4, 4, 3, 3, "15 pilots", "c"), (4, 4, 4, 4, "-", "c"),
    (5, 5, 0, 0, "Outreach", "l"), (5, 5, 1, 1, "School visits", "l"),
    (5, 5, 2, 3, "Visits by each crew every term", "l"), (5, 5, 4, 4, "", "l"),
]
_FERRY_XS, _FERRY_YS = [40, 110, 250, 320, 390, 520], [100, 116, 130, 150, 170, 190, 210]


def test_merged_header_and_row_spanning_theme(tmp_path):
    pdf = tmp_path / "ferry.pdf"
    _draw(pdf, "Ferry Cooperative Report 2030", _FERRY_XS, _FERRY_YS, _FERRY)
    got = _facts(pdf)
    assert ("2.9", 2.9, 2032, "2032 (Goal)", "Harbour air > Diesel burnt (kL)") in got
    assert ("3.2", 3.2, 2031, "2031 (Goal)", "Harbour air > Diesel burnt (kL)") in got
    assert ("55", 55.0, 2032, "2032 (Goal)", "Harbour air > Shore power use (%)") in got
    assert ("15 pilots", 15.0, 2032, "2032 (Goal)", "Crew > Trained pilots") in got
    assert len(got) == 6    # nothing from the remarks or the text cell spanning both goals


_GUILD = [
    (0, 0, 0, 1, "Programme area", "c"), (0, 0, 2, 2, "Target FY2031", "c"), (0, 0, 3, 3, "Target FY2032", "c"),
    (0, 0, 4, 4, "Target FY2033", "c"),
    (1, 2, 0, 0, "Beacon\nupkeep", "l"), (1, 1, 1, 1, "Lamp oil burnt\nper beacon", "l"),
    (1, 1, 2, 2, "2% improvement\ncompared to\nFY2030", "c"), (1, 1, 3, 3, "2% improvement\ncompared to\nFY2031", "c"),
    (1, 1, 4, 4, "3% improvement\ncompared to\nFY2032", "c"),
    (2, 2, 1, 1, "Keepers trained", "l"), (2, 2, 2, 2, "40 keepers", "c"), (2, 2, 3, 3, "48 keepers", "c"),
    (2, 2, 4, 4, "55 keepers", "c"),
    (3, 3, 0, 1, "Shoreline litter collected", "l"), (3, 3, 2, 2, "1.2 thousand kg", "c"),
    (3, 3, 3, 3, "1.5 thousand kg", "c"), (3, 3, 4, 4, "1.9 thousand kg", "c"),
    (4, 4, 0, 1, "Visitor education", "l"), (4, 4, 2, 4, "Guided tours at every station with\nrecorded talks", "l"),
]
_GUILD_XS, _GUILD_YS = [40, 120, 260, 350, 440, 530], [100, 118, 146, 174, 196, 224]


def test_open_sided_targets_matrix_with_base_years_in_cells(tmp_path):
    pdf = tmp_path / "guild.pdf"
    _draw(pdf, "Lighthouse Guild Plan", _GUILD_XS, _GUILD_YS, _GUILD, open_sides=True)
    got = _facts(pdf)
    assert ("3% improvement", 3.0, 2033, "FY2033 (Target)", "Beacon upkeep > Lamp oil burnt per beacon") in got
    assert ("40 keepers", 40.0, 2031, "FY2031 (Target)", "Beacon upkeep > Keepers trained") in got
    assert ("1.9 thousand kg", 1.9, 2033, "FY2033 (Target)", "Shoreline litter collected") in got
    assert len(got) == 9
    assert not [f for f in got if f[1] in (2030.0, 2031.0, 2032.0)]     # base years are no figures


def test_a_rule_left_out_gives_the_page_back_to_the_whitespace_reader(tmp_path):
    """A cell that would hold two figures (a column rule not drawn) means the grid is not the table's:
    the ruled reader abstains and the page reads as without rules."""
    from esglens.read.pdf import read_pdf
    from esglens.read.pdf_ruled import find_ruled

    pdf = tmp_path / "gap.pdf"
    _draw(pdf, "Ferry Cooperative Report 2030", _FERRY_XS, _FERRY_YS, _FERRY, skip_wall=(2, 2))
    import pypdfium2 as pdfium

    from esglens.read.pdf_rulings import page_rulings
    doc = pdfium.PdfDocument(str(pdf))
    page = doc[0]
    rulings = page_rulings(page, page.get_size()[1])
    page.close()
    doc.close()
    assert len(rulings.horizontal) >= 6 and len(rulings.vertical) >= 10
    from esglens.read.pdf import _read_page    # the page's lines as the reader builds them
    doc = pdfium.PdfDocument(str(pdf))
    p = _read_page(doc, 0, [])
    doc.close()
    assert find_ruled(p.lines, p.rulings) == []
    assert read_pdf(str(pdf)).blocks     # read as before, no error


def test_no_rules_no_grid():
    from esglens.read.pdf_ruled import find_ruled
    from esglens.read.pdf_rulings import Rulings

    assert find_ruled([], None) == []
    assert find_ruled([], Rulings(horizontal=[(0, 100, 10), (0, 100, 20)], vertical=[])) == []


def test_target_word_before_a_fiscal_year():
    """"Target FY2031" is the target year's column (the "FY" was taken for a second word of the qualifier)."""
    from esglens.read.pdf_table_header import _qualified

    assert _qualified("Target FY2031") == "FY2031 (Target)"
    assert _qualified("Goal (FY2031)") == "FY2031 (Goal)"
    assert _qualified("Net sales FY2031") == "Net sales FY2031"


_LIGHTS_JA = [
    (0, 1, 0, 0, "区分", "c"), (0, 1, 1, 1, "指標", "c"), (0, 0, 2, 3, "目標", "c"),
    (1, 1, 2, 2, "2030年度", "c"), (1, 1, 3, 3, "2031年度", "c"),
    (2, 3, 0, 0, "灯台", "l"), (2, 2, 1, 1, "灯油使用量（kL）", "l"), (2, 2, 2, 2, "3.2", "r"), (2, 2, 3, 3, "2.9", "r"),
    (3, 3, 1, 1, "点検回数（回）", "l"), (3, 3, 2, 2, "12", "r"), (3, 3, 3, 3, "14", "r"),
    (4, 4, 0, 0, "教育", "l"), (4, 4, 1, 1, "見学会", "l"), (4, 4, 2, 3, "各灯台で毎月実施", "l"),
]


def test_japanese_ruled_targets_with_merged_header(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    font = "HeiseiKakuGo-W5"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    pdf = tmp_path / "lights.pdf"
    _draw(pdf, "灯台協会 2029年度", [40, 110, 250, 330, 410], [100, 116, 130, 150, 170, 190], _LIGHTS_JA, font=font)
    got = _facts(pdf)
    assert ("2.9", 2.9, 2031, "2031年度 (目標)", "灯台 > 灯油使用量（kL）") in got
    assert ("12", 12.0, 2030, "2030年度 (目標)", "灯台 > 点検回数（回）") in got
    assert len(got) == 4
