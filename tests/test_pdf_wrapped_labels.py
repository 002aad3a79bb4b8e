"""Row labels wrapped over lines in PDF tables (read/pdf_table_wraps, pdf_table_regions, pdf_table_stubs,
pdf_table_levels), drawn with reportlab in wordings and layouts no report uses: a label whose second line
starts in upper case set at the rows' own pitch, a three-line label set tighter than the rows with sub-rows
under it, a line nearer the row below than the row above, the last row's label wrapped beside a wrapped
remark, a heading printed with dashes across, parts repeated under bold totals, stubs set at the top of
the rows they head."""
from __future__ import annotations

import pytest

from esglens.read.pdf_table_wraps import open_end
from esglens.tables.column_names import outer_path, sub_name
from esglens.tables.labels import label_unit

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")

from pdf_draw import table_facts, text  # noqa: E402

XS = (330, 400)


def _bold_fonts() -> tuple[str, str]:
    """Embedded TrueType faces (reportlab's Vera), whose bold face the reader sees as bold."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    pdfmetrics.registerFont(TTFont("VeraBd", "VeraBd.ttf"))
    return "Vera", "VeraBd"


def _btext(c, x, y, s, font, right=False):
    c.setFont(font, 8.0)
    (c.drawRightString if right else c.drawString)(x, y, s)


def _bold_rows(c, rows, regular: str, bold: str) -> None:
    """Rows (name, values, bold) from y 776 down, 12 pt apart: the name at x 48, the values right-aligned at XS."""
    for k, (lab, vals, b) in enumerate(rows):
        y = 776 - 12 * k
        _btext(c, 48, y, lab, bold if b else regular)
        for x, v in zip(XS, vals):
            _btext(c, x, y, v, bold if b else regular, right=True)


def _draw(pdf, rows, pitch: float, lead: float, align: str = "top", top: float = 760) -> None:
    """rows: (label lines, values, indent); the values on the label's first ("top") or last ("bottom") line;
    `lead` points between a label's lines, `pitch` between one row's last line and the next row."""
    c = canvas_mod.Canvas(str(pdf))
    text(c, 48, top + 14, "Crew")
    for x, yr in zip(XS, ("2031", "2030")):
        text(c, x, top + 14, yr, right=True)
    y = top
    for labs, vals, ind in rows:
        for k, s in enumerate(labs):
            text(c, 48 + 10 * ind, y - lead * k, s)
        vy = y if align == "top" else y - lead * (len(labs) - 1)
        for x, v in zip(XS, vals):
            text(c, x, vy, v, right=True)
        y -= pitch + lead * (len(labs) - 1)
    c.showPage()
    c.save()


ROWS = [(["Pickers"], [], 0), (["Hired for"], ["40", "38"], 0), (["Seasonal"], ["31", "30"], 1), (["Year-round"], ["9", "8"], 1),
        (["Hired other than", "Directly"], ["12", "15"], 0), (["Seasonal"], ["10", "12"], 1), (["Year-round"], ["2", "3"], 1)]


@pytest.mark.parametrize("align", ["top", "bottom"])
def test_a_label_whose_line_ends_no_phrase_goes_on_at_the_rows_pitch(tmp_path, align):
    """Rule "label runs on below/above": "Hired other than" / "Directly", its lines as far apart as the rows
    (no gap tells them apart), the values on its first or on its last line: one label, the parent of the
    sub-rows below it, never "Directly > Seasonal"."""
    pdf = tmp_path / "open_end.pdf"
    _draw(pdf, ROWS, pitch=10, lead=10, align=align)
    got = table_facts(pdf)
    assert got[("Hired other than Directly", 2031)][0] == 12
    assert got[("Hired other than Directly > Seasonal", 2030)][0] == 12
    assert got[("Hired other than Directly > Year-round", 2031)][0] == 2
    assert not [lab for lab, _ in got if lab.startswith("Directly")]


def test_a_label_set_tighter_than_the_rows_is_one_label_with_its_sub_rows_under_it(tmp_path):
    """A label over three lines, each starting in upper case and none ending open, set at a leading tighter than
    the rows' pitch: one label, and the parent of the indented rows below it."""
    pdf = tmp_path / "tight.pdf"
    rows = [(["Harvest crews"], ["40", "38"], 0),
            (["Pruning Crews", "Contracted Through", "Grower Cooperatives"], ["17", "19"], 0),
            (["North Slope"], ["11", "12"], 1), (["River Terrace"], ["6", "7"], 1),
            (["Packhouse crews"], ["22", "21"], 0)]
    _draw(pdf, rows, pitch=15, lead=12.5)
    got = table_facts(pdf)
    whole = "Pruning Crews Contracted Through Grower Cooperatives"
    assert got[(whole, 2031)][0] == 17
    assert got[(f"{whole} > River Terrace", 2030)][0] == 7
    assert got[("Packhouse crews", 2031)][0] == 22


def test_a_line_nearer_the_row_below_starts_that_row(tmp_path):
    """A label-only line set tighter under a row than the rows stand, but closer still to the lower-case line
    below it, which holds the values: it opens the next row's label, it is no end of the row above."""
    pdf = tmp_path / "nearer.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 48, 812, "Grower survey")
    for x, h in zip(XS, ("2031", "2030")):
        text(c, x, 790, h, right=True)
    for y, lab, vals in ((776, "Our orchards", ("61.5", "58.0")), (763, "Best in class", ("70.2", "69.9")),
                         (753, "Regional average", ()), (745, "of all growers in the valley", ("48.2", "47.1"))):
        text(c, 48, y, lab)
        for x, v in zip(XS, vals):
            text(c, x, y, v, right=True)
    c.showPage()
    c.save()
    got = table_facts(pdf)
    assert got[("Best in class", 2031)][0] == 70.2
    assert got[("Regional average of all growers in the valley", 2030)][0] == 47.1


def test_the_last_rows_label_wrapped_beside_a_wrapped_remark_stays_the_rows(tmp_path):
    """The last row's label goes on on the line below, where its remark wraps too: both are the row's."""
    pdf = tmp_path / "remark.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 48, 790, "Grievance")
    for x, h in (((300, "2031"), (330, "2030"), (360, "Outcome"))):
        text(c, x, 790, h)
    for y, lab, n, note in ((776, "Raised by pickers about the", "3", "Resolved"), (766, "allocation of ladders", "", ""),
                            (752, "Raised by pruners", "2", "Resolved"),
                            (738, "Raised by drivers about the", "1", "Referred to the"), (728, "loading of the trailers", "", "board")):
        text(c, 48, y, lab)
        if n:
            text(c, 310, y, n, right=True)
            text(c, 340, y, str(int(n) + 1), right=True)
        if note:
            text(c, 360, y, note)
    text(c, 48, 690, "The board meets twice in every season to hear what was referred.")
    c.showPage()
    c.save()
    got = table_facts(pdf)
    assert got[("Raised by drivers about the loading of the trailers", 2031)][0] == 1
    assert got[("Raised by pickers about the allocation of ladders", 2030)][0] == 4


def test_a_bold_heading_with_dashes_across_heads_the_plain_rows_under_it(tmp_path):
    """Bold group rows over plain rows at the same x; one of them prints a dash in every value cell: it is a
    group row like the others (its rows stand under it), not a total that ends the group above."""
    regular, bold = _bold_fonts()
    pdf = tmp_path / "dashes.pdf"
    c = canvas_mod.Canvas(str(pdf))
    for x, yr in zip(XS, ("2031", "2030")):
        text(c, x, 790, yr, right=True)
    rows = [("Hives lost", (), True), ("In winter", ("6", "7"), False), ("In summer", ("2", "3"), False),
            ("Swarms taken in", ("–", "–"), True), ("From orchards", ("5", "4"), False), ("From town", ("2", "1"), False)]
    _bold_rows(c, rows, regular, bold)
    c.showPage()
    c.save()
    got = table_facts(pdf)
    assert got[("Swarms taken in > From orchards", 2031)][0] == 5
    assert got[("Hives lost > In summer", 2030)][0] == 3
    assert not [lab for lab, _ in got if lab == "Swarms taken in"]


def test_parts_repeated_under_bold_totals_stand_under_each_total(tmp_path):
    """Bold totals with values, each followed by plain rows at the same x whose names repeat from total to
    total: the plain rows are the parts of the total above them; a plain row whose name does not repeat
    stands on its own."""
    regular, bold = _bold_fonts()
    pdf = tmp_path / "totals.pdf"
    c = canvas_mod.Canvas(str(pdf))
    for x, yr in zip(XS, ("2031", "2030")):
        text(c, x, 790, yr, right=True)
    rows = [("Ladders", ("50", "48"), True), ("Wooden", ("30", "29"), False), ("Aluminium", ("20", "19"), False),
            ("Crates", ("900", "870"), True), ("Wooden", ("600", "610"), False), ("Aluminium", ("300", "260"), False),
            ("Unrecorded", ("4", "6"), False)]
    _bold_rows(c, rows, regular, bold)
    c.showPage()
    c.save()
    got = table_facts(pdf)
    assert got[("Ladders > Wooden", 2031)][0] == 30
    assert got[("Crates > Wooden", 2031)][0] == 600
    assert got[("Crates > Aluminium", 2030)][0] == 260
    assert got[("Crates", 2031)][0] == 900
    assert got[("Unrecorded", 2031)][0] == 4


def test_stubs_set_at_the_top_of_their_rows_head_all_their_rows(tmp_path):
    """Group cells wrapped over two lines, set at the top of the rows they head (not centred): each heads its
    own rows, none takes the rows of the group above it."""
    pdf = tmp_path / "top_stubs.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 48, 790, "Stream")
    text(c, 150, 790, "Route")
    for x, yr in zip(XS, ("2031", "2030")):
        text(c, x, 790, yr, right=True)
    y = 776
    for g, (lines, subs) in enumerate(((("Orchard waste", "(prunings)"), ("Composted", "Chipped", "Burned", "Buried")),
                                       (("Packhouse waste", "(culls)"), ("Composted", "Juiced", "Fed to stock", "Buried")))):
        for j, s in enumerate(lines):
            text(c, 48, y - 9 * j, s)
        for k, s in enumerate(subs):
            text(c, 150, y, s)
            for x, v in zip(XS, (str(10 * g + k + 1), str(10 * g + k + 5))):
                text(c, x, y, v, right=True)
            y -= 13
    c.showPage()
    c.save()
    got = table_facts(pdf)
    assert got[("Orchard waste (prunings) > Burned", 2031)][0] == 3
    assert got[("Orchard waste (prunings) > Buried", 2031)][0] == 4
    assert got[("Packhouse waste (culls) > Composted", 2031)][0] == 11


def test_words_that_end_no_phrase():
    assert open_end("Hired other than") and open_end("Number of") and open_end("Sales to dealers /")
    assert not open_end("Other") and not open_end("Seasonal") and not open_end("Total (A)")


def test_a_path_in_a_years_bracket_is_the_columns_name():
    assert not outer_path("FY 2031 (Paid at the living wage > No. (B))")
    assert outer_path("Company > 2031")
    assert sub_name("FY 2031 (Paid at the living wage > No. (B))") == "Paid at the living wage > No. (B)"


def test_a_unit_before_a_phrase_on_how_it_is_counted():
    assert label_unit("Lowest daily wage in kCHF according to the award") == "kCHF"
    assert label_unit("Rain collected in kilolitres under the permit") == "kilolitres"
    assert label_unit("Days in the season") == ""
