"""Tables set side by side, in a grid, beside prose, and a page printed as half of a two-page spread
(issue 20, pattern 5). Constructed with reportlab in layouts and wordings no sample report uses."""
from __future__ import annotations

import pytest

from esglens.facts import extract_facts
from esglens.read.pdf import read_pdf
from esglens.read.pdf_lines import Fragment, Line
from esglens.read.pdf_chars import Word
from esglens.read.pdf_table_gutters import split_side_by_side

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def text(c, x, y, s, size=8.0, right=False):
    c.setFont("Helvetica", size)
    (c.drawRightString if right else c.drawString)(x, y, s)


def table_facts(path, pages=None):
    doc = read_pdf(str(path), pages=pages)
    return doc, {(f.label, f.year): f.value for f in extract_facts(doc) if f.source == "table"}


def small_table(c, x, y, title, years, rows, pitch=12.0, width=200):
    """A title, a line of years over the value columns at the table's right edge, rows of a label
    and one value per year."""
    text(c, x, y, title, 9.5)
    cols = [x + width - 40 * (len(years) - 1 - i) for i in range(len(years))]
    for cx, yr in zip(cols, years):
        text(c, cx, y - pitch * 1.5, yr, right=True)
    for i, (label, *vals) in enumerate(rows):
        yy = y - pitch * (2.5 + i)
        text(c, x + 4, yy, label)
        for cx, v in zip(cols, vals):
            text(c, cx, yy, v, right=True)


def test_two_by_two_grid_of_small_tables_each_with_its_own_years(tmp_path):
    """Four tables in two rows of two, rows of the left and right tables on one baseline: each
    keeps its own title's rows and its own years (the right-hand tables' years differ)."""
    pdf = tmp_path / "grid.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 800, "People and safety data", 14)
    small_table(c, 40, 760, "Apprentices on payroll", ["2021", "2022"],
                [("Technical", "42", "51"), ("Commercial", "17", "19"), ("All", "59", "70")])
    small_table(c, 320, 760, "Lost-time incidents", ["2020", "2021", "2022"],
                [("Depots", "3", "5", "2"), ("Workshops", "8", "6", "4"), ("Offices", "1", "0", "1")])
    small_table(c, 40, 640, "Volunteering days", ["2021", "2022"],
                [("Staff", "1,240", "1,388"), ("Retirees", "310", "295")])
    small_table(c, 320, 640, "Grievances raised", ["2020", "2021", "2022"],
                [("Pay", "14", "9", "11"), ("Rostering", "22", "25", "18")])
    c.showPage()
    c.save()
    doc, f = table_facts(pdf)
    assert len([t for t in doc.tables if t.rows]) == 4
    assert sorted(t.title for t in doc.tables) == ["Apprentices on payroll", "Grievances raised",
                                                  "Lost-time incidents", "Volunteering days"]
    assert f[("Technical", 2021)] == 42 and f[("All", 2022)] == 70
    assert f[("Depots", 2020)] == 3 and f[("Workshops", 2022)] == 4 and f[("Offices", 2021)] == 0
    assert f[("Staff", 2022)] == 1388 and f[("Retirees", 2021)] == 310
    assert f[("Pay", 2020)] == 14 and f[("Rostering", 2021)] == 25
    assert len(f) == 6 + 9 + 4 + 6
    # no label takes a cell of the table beside it
    assert not any(any(ch.isdigit() for ch in label) for label, _ in f)


def test_tables_side_by_side_on_one_baseline_with_tall_rows(tmp_path):
    """Two tables whose rows share baselines, rows set 22 pt apart (tall cells) so that the year
    line stands farther above the first row than a header usually does; years differ per table."""
    pdf = tmp_path / "tall.pdf"
    c = canvas_mod.Canvas(str(pdf))
    small_table(c, 40, 760, "Contract staff (1 April)", ["2021", "2022", "2023"],
                [("Fixed-term", "1,304", "1,158", "1,044"), ("Agency", "615", "595", "748")],
                pitch=22.0)
    small_table(c, 320, 760, "Health checks", ["2020", "2021", "2022"],
                [("Screened", "97", "99", "100"), ("Referred", "60.1", "80.2", "73.7")], pitch=22.0)
    c.showPage()
    c.save()
    _, f = table_facts(pdf)
    assert f[("Fixed-term", 2021)] == 1304 and f[("Agency", 2023)] == 748
    assert f[("Screened", 2020)] == 97 and f[("Referred", 2022)] == 73.7
    assert len(f) == 12


def test_table_beside_a_prose_column_with_figures(tmp_path):
    """A small table left, a column of running text right whose sentences hold figures: the prose
    gives no table fact and the table keeps its rows."""
    pdf = tmp_path / "prose.pdf"
    c = canvas_mod.Canvas(str(pdf))
    small_table(c, 40, 760, "Fleet fuel use (kl)", ["2021", "2022"],
                [("Diesel", "812", "774"), ("Petrol", "96", "88"), ("LPG", "12", "15")], width=180)
    prose = ["Depot 4 trialled 12 electric vans in 2022,", "cutting diesel by about 38 kl against 2021",
             "while the LPG forklifts at site 2 ran 3,100", "hours longer than planned because of the",
             "stock build-up in 2022 before the move.", "Figures are from fuel card statements."]
    for i, line in enumerate(prose):
        text(c, 300, 742 - 12 * i, line, 8)
    c.showPage()
    c.save()
    _, f = table_facts(pdf)
    assert f == {("Diesel", 2021): 812, ("Diesel", 2022): 774, ("Petrol", 2021): 96, ("Petrol", 2022): 88,
                 ("LPG", 2021): 12, ("LPG", 2022): 15}


def test_a_repeated_unit_column_is_no_second_table(tmp_path):
    """'value | unit | value | unit' rows: the unit after each value is a column of the same table,
    not the stub of a table beside it (the gutter cut needs labels, neither one word repeated on
    every row nor units)."""
    pdf = tmp_path / "units.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 150, 770, "2021", right=True)
    text(c, 260, 770, "2022", right=True)
    for i, (lab, a, b, u) in enumerate([("Borehole", "1,200", "1,150", "m3"), ("Boilers", "830", "910", "GJ"),
                                        ("Sludge", "75", "64", "t")]):
        y = 756 - 12 * i
        text(c, 40, y, lab)
        text(c, 150, y, a, right=True)
        text(c, 170, y, u)
        text(c, 260, y, b, right=True)
        text(c, 280, y, u)
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    assert len([t for t in doc.tables if t.rows]) == 1


def _line(*cells, base=100.0, size=8.0):
    frags = [Fragment(words=[Word(t, x, x + 6 * len(t), base - size, base + 2, base, size, False)]) for x, t in cells]
    return Line(frags=frags)


def test_gutter_cut_keeps_a_title_across_both_tables_apart():
    """A line printed across the gutter ends the band: it is read as it is, above the two parts."""
    lines = [_line((40, "Headcount, leavers and joiners at all of our sites"), base=80),
             _line((40, "North"), (150, "12"), (190, "14"), (300, "Leavers"), (420, "3"), (460, "5"), base=100),
             _line((40, "South"), (150, "20"), (190, "22"), (300, "Joiners"), (420, "6"), (460, "4"), base=112),
             _line((40, "West"), (150, "9"), (190, "8"), (300, "Transfers"), (420, "1"), (460, "2"), base=124)]
    parts = split_side_by_side(lines)
    assert [len(p) for p in parts] == [1, 3, 3]
    assert parts[2][0].frags[0].text == "Leavers"


def test_spread_half_is_read_once(tmp_path):
    """A two-page spread printed as two pages, each holding the whole spread's text with the other
    half outside its page box: each page reads only what it shows, nothing twice."""
    pdf = tmp_path / "spread.pdf"
    c = canvas_mod.Canvas(str(pdf), pagesize=(400, 600))
    for page, shift in ((1, 0), (2, -400)):
        small_table(c, 40 + shift, 560, "Left half: energy (GJ)", ["2021", "2022"],
                    [("Gas", "5,120", "4,980"), ("Grid power", "7,310", "7,045")], width=240)
        small_table(c, 440 + shift, 560, "Right half: water (m3)", ["2021", "2022"],
                    [("Mains", "9,400", "9,150"), ("Reuse", "1,020", "1,210")], width=240)
        c.showPage()
    c.save()
    doc, f = table_facts(pdf)
    pages = {(f2.label, f2.page) for f2 in extract_facts(doc) if f2.source == "table"}
    assert ("Gas", 1) in pages and ("Mains", 2) in pages
    assert ("Gas", 2) not in pages and ("Mains", 1) not in pages
    assert f[("Grid power", 2022)] == 7045 and f[("Reuse", 2021)] == 1020
    assert len(f) == 8


def test_a_column_of_row_numbers_is_no_axis_and_no_label(tmp_path):
    """Rows numbered 4, 5, 6 ... before their labels (a list continued from the page before): the
    numbers are cut off like a column beside the table (read with the rows, they look like a chart's
    axis ticks and the table is dropped); the rows keep their labels and values."""
    pdf = tmp_path / "serial.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 770, "No.")
    text(c, 70, 770, "Depot")
    text(c, 300, 770, "Spend (m)", right=True)
    for i, (depot, v) in enumerate([("Harbour Road", "0.42"), ("Mill Lane", "0.07"), ("Quarry Gate", "0.15"),
                                    ("Station Yard", "0.31")]):
        y = 752 - 14 * i
        text(c, 44, y, str(4 + i))
        text(c, 70, y, depot)
        text(c, 300, y, v, right=True)
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    rows = [r.cells for t in doc.tables for r in t.rows]
    assert ["Harbour Road", "0.42"] in rows and ["Station Yard", "0.31"] in rows
    assert not any(cell in ("4", "5", "6", "7") for r in rows for cell in r)


def test_tables_side_by_side_with_rows_on_other_baselines(tmp_path):
    """The right table's rows stand half a row lower than the left table's: no line holds both
    tables, the lines of the two interleave; each table is still read with its own years."""
    pdf = tmp_path / "offset.pdf"
    c = canvas_mod.Canvas(str(pdf))
    small_table(c, 40, 760, "Apprentices on payroll", ["2021", "2022"],
                [("Technical", "42", "51"), ("Commercial", "17", "19"), ("All", "59", "70")], pitch=14)
    small_table(c, 320, 753, "Lost-time incidents", ["2020", "2021", "2022"],
                [("Depots", "3", "5", "2"), ("Workshops", "8", "6", "4"), ("Offices", "1", "0", "1")], pitch=14)
    c.showPage()
    c.save()
    _, f = table_facts(pdf)
    assert f[("Commercial", 2022)] == 19 and f[("Depots", 2020)] == 3 and f[("Offices", 2021)] == 0
    assert len(f) == 6 + 9


def test_a_unit_column_under_its_heading_in_a_one_row_table(tmp_path):
    """A table of one row with a 'Unit' column under its own heading: the unit is the row's unit, not
    part of its label (one line is enough for a text column when a heading stands over it)."""
    pdf = tmp_path / "unitcol.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 770, "Average commute", 9.5)
    text(c, 160, 752, "Unit")
    years_x = (240, 280, 320)
    for x, yr in zip(years_x, ("2019", "2020", "2021")):
        text(c, x, 752, yr, right=True)
    text(c, 44, 734, "Distance per head")
    text(c, 160, 734, "km/day")
    for x, v in zip(years_x, ("18.2", "11.9", "13.4")):
        text(c, x, 734, v, right=True)
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    facts = {(f.label, f.year): (f.value, f.unit) for f in extract_facts(doc) if f.source == "table"}
    assert facts[("Distance per head", 2020)] == (11.9, "km/day")
    assert len(facts) == 3
    # the unit column's heading is no title: the caption above the table is
    assert [t.title for t in doc.tables] == ["Average commute"]


def test_group_stub_over_sub_rows_whose_labels_sit_off_their_values(tmp_path):
    """Tall rows: each cell holds a count over a bracketed share, the sub-row's label is centred
    between the two (half a line off each), and a group label is centred between its two sub-rows:
    the group is the sub-rows' parent."""
    pdf = tmp_path / "stubs.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 780, "Floor space by tenure", 9.5)
    for x, yr in zip((240, 280, 320), ("2019", "2020", "2021")):
        text(c, x, 762, yr, right=True)
    y = 744
    for group, subs in (("North", (("Owned", "12", "14", "15"), ("Leased", "30", "28", "27"))),
                        ("South", (("Owned", "9", "9", "10"), ("Leased", "41", "44", "46")))):
        top = y
        for sub, *vals in subs:
            for x, v in zip((240, 280, 320), vals):
                text(c, x, y, v, right=True)
                text(c, x + 3, y - 8.5, f"({int(v) * 2}.0)", right=True)     # the share under the count
            text(c, 110, y - 4.2, sub, 7.8)      # the label centred between count and share
            y -= 25.5
        text(c, 44, top - (25.5 + 8.5) / 2, group, 7.8)     # centred on its two sub-rows
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    got = {(x.label, x.year, x.value) for x in extract_facts(doc) if x.source == "table" and x.value and x.value > 0}
    assert {("North > Owned", 2019, 12), ("North > Leased", 2021, 27), ("South > Owned", 2020, 9),
            ("South > Leased", 2019, 41)} <= got
    assert len(got) == 12
    # the bracketed shares are read as ASCII brackets are, negative: the layout does not say they are shares


def test_share_in_full_width_brackets_under_a_count(tmp_path):
    """A Japanese-style cell: a count over its share in full-width brackets. The share is a positive
    value of the same row and year (ASCII brackets stay a negative sign)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    from esglens.core.numbers import parse_value
    assert parse_value("（84.0）").value == 84.0 and parse_value("(84.0)").value == -84.0
    assert parse_value("（-5）") is None
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    pdf = tmp_path / "share.pdf"
    c = canvas_mod.Canvas(str(pdf))
    c.setFont("HeiseiKakuGo-W5", 8)
    c.drawString(40, 770, "拠点別の委託作業者数")
    for x, yr in ((240, "2020年度"), (290, "2021年度")):
        c.drawRightString(x, 750, yr)
    for y, label, counts, shares in ((730, "東工場", ("1,204", "1,150"), ("（61.5）", "（60.2）")),
                                     (700, "西工場", ("754", "760"), ("（38.5）", "（39.8）"))):
        c.drawString(60, y, label)
        for x, n, s in zip((240, 290), counts, shares):
            c.drawRightString(x, y, n)
            c.drawRightString(x + 3, y - 8.5, s)
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    got = {(f.label, f.year, f.value) for f in extract_facts(doc) if f.source == "table"}
    assert {("東工場", 2020, 1204), ("東工場", 2020, 61.5), ("西工場", 2021, 760), ("西工場", 2021, 39.8)} <= got
    assert len(got) == 8


def test_side_menu_far_right_does_not_end_or_head_a_table(tmp_path):
    """A page's side menu (short items without figures, far right of the tables, a chapter number
    in large type over them) sharing lines with a table's year header and its group rows: it neither
    joins the header nor ends the body at a group row."""
    pdf = tmp_path / "menu.pdf"
    c = canvas_mod.Canvas(str(pdf), pagesize=(842, 595))
    text(c, 720, 540, "04", 60)
    text(c, 40, 520, "Hires by contract", 9.5)
    for x, yr in ((240, "2020"), (280, "2021"), (320, "2022")):
        text(c, x, 500, yr, right=True)
    y = 484
    rows = [("Staff", None), ("Permanent", ("158", "102", "102")), ("Fixed-term", ("60", "35", "28")),
            ("Trainees", None), ("Interns", ("218", "137", "130")), ("Apprentices", ("12", "15", "11"))]
    for label, vals in rows:
        text(c, 44 if vals is None else 52, y, label)
        for x, v in zip((240, 280, 320), vals or ()):
            text(c, x, y, v, right=True)
        y -= 16
    for item, my in zip(["Environment", "Society", "Governance", "Assurance", "Ratings", "Contact"],
                        (500, 484, 436, 388, 340, 292)):
        text(c, 720, my, item, 9.8)     # on the header line and on both group rows, then below
    c.showPage()
    c.save()
    doc, f = table_facts(pdf)
    assert f[("Staff > Permanent", 2020)] == 158 and f[("Trainees > Apprentices", 2022)] == 11
    assert len(f) == 12
    assert not any("Environment" in cell or "Governance" in cell for t in doc.tables for r in t.rows for cell in r.cells)


def test_side_menu_column_is_cut_off_but_a_figures_column_is_not():
    """The cut itself: a column of short items without figures far right of a table is a part of its
    own; a column of figures as far right stays with the table."""
    def page(far):
        return [_line((40, "Hires"), (200, "2020"), (240, "2021"), (600, far[0]), base=100),
                _line((40, "Permanent"), (200, "158"), (240, "102"), base=112),
                _line((40, "Staff"), (600, far[1]), base=124),
                _line((40, "Interns"), (200, "218"), (240, "137"), (600, far[2]), base=136),
                _line((40, "Apprentices"), (200, "12"), (240, "15"), (600, far[3]), base=148)]
    parts = split_side_by_side(page(["Environment", "Society", "Governance", "Ratings"]))
    assert len(parts) == 2 and [ln.text for ln in parts[1]] == ["Environment", "Society", "Governance", "Ratings"]
    assert len(split_side_by_side(page(["410", "n/a", "388", "402"]))) == 1
