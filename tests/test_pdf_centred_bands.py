"""Band rows centred on their table (reportlab, wordings no report uses): "Deck crew" right under the
header and "Engine crew" between two blocks of rows, each one short run of words centred across the table.
Each heads the rows below it; neither is a column's header nor the start of a new table whose columns are
lost."""
from __future__ import annotations

import pytest

from pdf_draw import table_facts, text

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")

XS = (250, 330, 410, 490)


def test_centred_band_rows_head_the_rows_below_them(tmp_path):
    pdf = tmp_path / "bands.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 790, "Crew")
    for x, h in zip(XS, ("Total (A)", "Trained (B)", "% (B/A)", "Drills held")):
        text(c, x, 790, h, right=True)
    y = 774
    for band, rows in (("Deck crew", (("Seasonal", ("40", "30", "75%", "12")), ("Permanent", ("60", "57", "95%", "24")))),
                       ("Engine crew", (("Seasonal", ("10", "6", "60%", "5")), ("Permanent", ("22", "22", "100%", "9"))))):
        text(c, 265, y, band, centre=True)       # centred on the table (x 40 .. 490)
        y -= 14
        for lab, vals in rows:
            text(c, 40, y, lab)
            for x, v in zip(XS, vals):
                text(c, x, y, v, right=True)
            y -= 14
    c.showPage()
    c.save()
    got = {lab: v for (lab, _), (v, _) in table_facts(pdf).items()}
    assert got["Deck crew > Seasonal > Trained (B)"] == 30.0
    assert got["Deck crew > Permanent > Drills held"] == 24.0
    assert got["Engine crew > Seasonal > Total (A)"] == 10.0
    assert got["Engine crew > Permanent > % (B/A)"] == 100.0
    assert len(got) == 16


def test_a_second_block_of_bands_is_no_child_of_the_first(tmp_path):
    """Centred bands over left-edge bands over indented rows: "Engine crew" over "Seasonal" after the rows of
    "Deck crew" > "Permanent" is a peer of "Deck crew", not nested under it."""
    pdf = tmp_path / "blocks.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 790, "Crew")
    for x, h in zip(XS, ("Total (A)", "Trained (B)", "% (B/A)", "Drills held")):
        text(c, x, 790, h, right=True)
    y = 774
    for band in ("Deck crew", "Engine crew"):
        text(c, 265, y, band, centre=True)
        y -= 14
        for sub in ("Seasonal", "Permanent"):
            text(c, 40, y, sub)
            y -= 14
            for lab, vals in (("Tugs", ("40", "30", "75%", "12")), ("Barges", ("60", "57", "95%", "24"))):
                text(c, 52, y, lab)
                for x, v in zip(XS, vals):
                    text(c, x, y, v, right=True)
                y -= 14
    c.showPage()
    c.save()
    labels = {lab for (lab, _) in table_facts(pdf)}
    assert "Engine crew > Seasonal > Tugs > Total (A)" in labels and "Deck crew > Permanent > Barges > Drills held" in labels
    assert not any("Deck crew > Engine crew" in lab for lab in labels)


def test_what_is_no_centred_band():
    """A unit in brackets, a wrapped line in lower case, a long CJK description line are cells, not bands."""
    from esglens.read.pdf_table_tokens import Token, centred_band

    def line(s, x0, x1):
        return [Token(s, x0, x1, None)]
    assert centred_band(line("Engine crew", 240, 290), 40, 490)
    assert not centred_band(line("(injuries/ worked hours)", 215, 315), 40, 490)
    assert not centred_band(line("and partners", 240, 290), 40, 490)
    assert not centred_band(line("職場管理者、人権啓発・コンプライアンス推進リーダー等を対象とし", 170, 360), 40, 490)
    assert not centred_band(line("Engine crew", 60, 110), 40, 490)       # set at the left, not centred
