"""PDF table layouts that broke on reports nobody tuned for (issue 20's five patterns), drawn here
with reportlab in wordings and layouts of our own."""
from __future__ import annotations

import pytest

from esglens.facts import extract_facts
from esglens.read.pdf import read_pdf
from esglens.read.pdf_table_settings import TableSettings

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")

from pdf_draw import stub_rows  # noqa: E402


def text(c, x, y, s, size=8.0, right=False, font="Helvetica"):
    c.setFont(font, size)
    (c.drawRightString if right else c.drawString)(x, y, s)


def facts_of(path) -> dict[tuple[str, int | None], tuple[float | None, str]]:
    doc = read_pdf(str(path))
    return {(f.label, f.year): (f.value, f.unit) for f in extract_facts(doc) if f.source == "table"}


def years_row(c, y, xs, years, size=8.0):
    for x, yr in zip(xs, years):
        text(c, x, y, yr, size, right=True)


# ------------------------------------------------------------------ 1. four year columns, tight first column

def test_four_year_columns_keep_their_first_two_values(tmp_path):
    """The first values stand close to a long label: they are the first years' values, not part of
    the label, and a row with blanks keeps each value under its own year."""
    pdf = tmp_path / "p1.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (262, 312, 362, 412)
    years_row(c, 760, xs, ["FY2020", "FY2021", "FY2022", "FY2023"])
    rows = [("Freshwater drawn from municipal supply networks", ["48.2", "47.9", "45.0", "44.1"]),
            ("Rainwater harvested at distribution centres", ["", "", "3.2", "3.9"]),
            ("Treated effluent returned to rivers", ["21.0", "", "19.4", "18.8"])]
    stub_rows(c, 746, xs, rows)
    c.showPage()
    c.save()
    f = facts_of(pdf)
    assert f[("Freshwater drawn from municipal supply networks", 2020)][0] == 48.2
    assert f[("Freshwater drawn from municipal supply networks", 2023)][0] == 44.1
    assert ("Rainwater harvested at distribution centres", 2020) not in f
    assert f[("Rainwater harvested at distribution centres", 2022)][0] == 3.2
    assert f[("Treated effluent returned to rivers", 2020)][0] == 21.0
    assert f[("Treated effluent returned to rivers", 2022)][0] == 19.4
    assert len(f) == 4 + 2 + 3


def test_number_under_a_code_column_is_no_years_value(tmp_path):
    """A 'Target' text column and a column of goal codes after the years: neither gives a fact
    with a year; a row with a code only is a group row over the rows below it."""
    pdf = tmp_path / "p1b.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (300, 350, 400)
    years_row(c, 760, xs, ["2021", "2022", "2023"])
    text(c, 430, 760, "Goal")
    text(c, 520, 760, "Code", right=True)
    body = [("Bus fleet on electric drive (%)", ["31", "38", "45"], "70 by 2030", "11.6"),
            ("Passenger journeys", [], "", "9.1"),
            ("Urban routes", ["212", "230", "241"], "", ""),
            ("Regional routes", ["88", "90", "97"], "", "")]
    for i, (lab, vals, goal, code) in enumerate(body):
        y = 746 - 12 * i
        text(c, 40 if i < 2 else 50, y, lab)
        for x, v in zip(xs, vals):
            text(c, x, y, v, right=True)
        if goal:
            text(c, 430, y, goal)
        if code:
            text(c, 520, y, code, right=True)
    c.showPage()
    c.save()
    f = facts_of(pdf)
    assert f[("Bus fleet on electric drive (%)", 2023)] == (45.0, "%")
    assert f[("Passenger journeys > Urban routes", 2021)][0] == 212
    assert f[("Passenger journeys > Regional routes", 2023)][0] == 97
    assert not any(v in (11.6, 9.1, 70.0, 2030.0) for v, _ in f.values())


# ------------------------------------------------------------------ 2. footnote markers after labels

def test_footnote_markers_after_labels_are_not_cells(tmp_path):
    pdf = tmp_path / "p2.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (330, 390)
    years_row(c, 760, xs, ["2023", "2024"])
    rows = [("Lost-time injuries", "(4)", ["12", "9"]), ("Contractor hours worked", "**", ["410", "455"]),
            ("Near-miss reports", "(b)", ["96", "120"])]
    for i, (lab, mark, vals) in enumerate(rows):
        y = 746 - 12 * i
        text(c, 40, y, lab)
        w = c.stringWidth(lab, "Helvetica", 8)
        text(c, 40 + w + 3, y + 2, mark, 5.5)       # a smaller marker just after the label
        for x, v in zip(xs, vals):
            text(c, x, y, v, right=True)
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    facts = [f for f in extract_facts(doc) if f.source == "table"]
    got = {(f.label, f.year): f.value for f in facts}
    assert got == {("Lost-time injuries", 2023): 12, ("Lost-time injuries", 2024): 9,
                   ("Contractor hours worked", 2023): 410, ("Contractor hours worked", 2024): 455,
                   ("Near-miss reports", 2023): 96, ("Near-miss reports", 2024): 120}
    notes = {f.label: f.footnotes for f in facts}
    assert notes["Lost-time injuries"] == ["4"] and notes["Contractor hours worked"] == ["**"]


# ------------------------------------------------------------------ 3. a prose column beside the table

def test_prose_column_beside_table_is_not_merged(tmp_path):
    pdf = tmp_path / "p3.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 780, "Materials", 12)
    years_row(c, 230, (0,), [""])
    years_row(c, 770, (200, 250), ["2022", "2023"])
    rows = [("Paper purchased (t)", "310", "284"), ("Recycled share (%)", "62", "71"),
            ("Packaging", None, None), ("Cardboard (t)", "1,020", "990"), ("Film (t)", "77", "64")]
    prose = ["Our packaging teams replaced most of the", "single-use film on pallets with reusable",
             "straps, which explains the fall in film.", "we have also asked suppliers to report",
             "their own recycled content each year.", "the figures are reviewed by an auditor."]
    for i, (lab, a, b) in enumerate(rows):
        y = 756 - 12 * i
        text(c, 40 if a or i < 2 else (40 if lab == "Packaging" else 48), y, lab)
        if a:
            text(c, 200, y, a, right=True)
            text(c, 250, y, b, right=True)
    for i, line in enumerate(prose):
        text(c, 280, 756 - 12 * i, line, 8)
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    f = {(x.label, x.year): x.value for x in extract_facts(doc) if x.source == "table"}
    assert f[("Paper purchased (t)", 2022)] == 310 and f[("Recycled share (%)", 2023)] == 71
    assert f[("Packaging > Cardboard (t)", 2023)] == 990 and f[("Packaging > Film (t)", 2022)] == 77
    assert len(f) == 8
    table_text = " ".join(cell for t in doc.tables for r in t.rows for cell in r.cells)
    assert "suppliers" not in table_text
    assert any("asked suppliers" in b.text for b in doc.blocks if b.__class__.__name__ == "Paragraph")


# ------------------------------------------------------------------ 4. units in title, label brackets, stub

def test_unit_from_title_label_brackets_and_stub_header(tmp_path):
    pdf = tmp_path / "p4.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 780, "Table 3  Refinery emissions (thousand tonnes CO2-e)", 10)
    years_row(c, 762, (400, 460), ["2022", "2023"])
    for i, (lab, a, b) in enumerate([("Crude unit", "81.2", "79.9"), ("Hydrocracker", "40.6", "38.1")]):
        text(c, 40, 748 - 12 * i, lab)
        text(c, 400, 748 - 12 * i, a, right=True)
        text(c, 460, 748 - 12 * i, b, right=True)
    text(c, 40, 650, "Fuel use (TJ)")
    years_row(c, 650, (400, 460), ["2022", "2023"])
    for i, (lab, a, b) in enumerate([("Refinery gas", "5,210", "5,004"), ("Flared gas (million m3)", "3.4", "2.9")]):
        text(c, 40, 636 - 12 * i, lab)
        text(c, 400, 636 - 12 * i, a, right=True)
        text(c, 460, 636 - 12 * i, b, right=True)
    c.showPage()
    c.save()
    f = facts_of(pdf)
    assert f[("Crude unit", 2022)] == (81.2, "thousand tonnes CO2-e")
    assert f[("Refinery gas", 2023)] == (5004.0, "TJ")
    assert f[("Flared gas (million m3)", 2022)] == (3.4, "million m3")


# ------------------------------------------------------------------ 5. panels, small tables side by side

def test_highlight_panels_are_facts_with_their_caption(tmp_path):
    pdf = tmp_path / "p5.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 790, "2024 at a glance", 14)
    for x, big, unit, cap in ((40, "2,318", "MWh", "solar power generated on our roofs"),
                              (230, "46", "%", "women in management"),
                              (420, "0.21", "LTIFR", "lost-time injury frequency")):
        text(c, x, 740, big, 28, font="Helvetica-Bold")
        text(c, x, 724, unit, 9)
        text(c, x, 712, cap, 8)
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    facts = extract_facts(doc)
    got = {f.value: f for f in facts}
    assert got[2318.0].unit == "MWh" and "solar power generated" in got[2318.0].label
    assert got[46.0].unit == "%" and "women in management" in got[46.0].label
    assert got[0.21].page == 1


def test_side_by_side_small_tables_read_apart(tmp_path):
    pdf = tmp_path / "p5b.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 770, "Employees by region", 9)
    text(c, 320, 770, "Training hours by grade", 9)
    years_row(c, 756, (200, 250, 480, 540), ["2022", "2023", "2022", "2023"])
    left = [("North", "1,210", "1,305"), ("South", "870", "902")]
    right = [("Operators", "18.5", "21.0"), ("Supervisors", "26.0", "24.5"), ("Managers", "12.0", "15.5")]
    for i in range(3):
        y = 742 - 12 * i
        if i < len(left):
            lab, a, b = left[i]
            text(c, 40, y, lab)
            text(c, 200, y, a, right=True)
            text(c, 250, y, b, right=True)
        lab, a, b = right[i]
        text(c, 320, y, lab)
        text(c, 480, y, a, right=True)
        text(c, 540, y, b, right=True)
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    assert len(doc.tables) == 2
    f = {(x.label, x.year): x.value for x in extract_facts(doc) if x.source == "table"}
    assert f[("North", 2023)] == 1305 and f[("South", 2022)] == 870
    assert f[("Managers", 2023)] == 15.5 and f[("Operators", 2022)] == 18.5
    assert len(f) == 10


def test_settings_are_validated_and_overridable():
    with pytest.raises(ValueError, match="row_gap"):
        TableSettings(row_gap=-1)
    assert TableSettings().but(row_gap=5.0).row_gap == 5.0


def test_value_and_label_boxes_on_the_fact(tmp_path):
    pdf = tmp_path / "box.pdf"
    c = canvas_mod.Canvas(str(pdf))        # 842 pt high: y from the top is 842 - y
    years_row(c, 760, (300, 360), ["2023", "2024"])
    text(c, 40, 746, "Trees planted")
    text(c, 300, 746, "5,600", right=True)
    text(c, 360, 746, "7,250", right=True)
    c.showPage()
    c.save()
    (f23, f24) = sorted((f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"), key=lambda f: f.year)
    x0, top, x1, bottom = f24.box
    assert abs(x1 - 360) < 1 and 330 < x0 < 340 and abs(bottom - (842 - 746)) < 3 and top < bottom
    assert f23.box[2] < f24.box[0]
    assert abs(f24.label_box[0] - 40) < 1 and f24.label_box[2] < f23.box[0]
