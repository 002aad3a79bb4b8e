"""What goes into the label of a PDF table fact, drawn with reportlab in wordings and layouts no sample
report uses: footnote marks set small and raised (by size and baseline, not by character), the
sub-column a row's cells of one year need to stay apart, a description column beside the stub, a
column of units in brackets, a bracket wrapped over two rows, legend squares before a row's name."""
from __future__ import annotations

import pytest

from esglens.core.numbers import split_markers
from esglens.facts import extract_facts
from esglens.read.pdf import read_pdf

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")

from pdf_draw import stub_rows, text  # noqa: E402


def raised(c, x, y, word, mark, rest="", size=8.0):
    """`word`, then `mark` in type 0.6 as large raised by a third of the size, then `rest`: the x after."""
    text(c, x, y, word, size)
    x += c.stringWidth(word, "Helvetica", size)
    text(c, x, y + size / 3, mark, 0.6 * size)
    x += c.stringWidth(mark, "Helvetica", 0.6 * size)
    if rest:
        text(c, x, y, rest, size)
        x += c.stringWidth(rest, "Helvetica", size)
    return x


def facts(path) -> list:
    return [f for f in extract_facts(read_pdf(str(path))) if f.source == "table"]


def by_label_year(path) -> dict:
    return {(f.label, f.year): (f.value, f.unit) for f in facts(path)}


def test_a_raised_mark_inside_a_label_and_after_a_column_name_is_no_part_of_them(tmp_path):
    pdf = tmp_path / "marks.pdf"
    c = canvas_mod.Canvas(str(pdf))
    for x, yr in ((360, "2030"), (420, "2031")):
        text(c, x, 760, yr, right=True)
    raised(c, 48, 746, "Hive inspections", "4", " by beekeeping guilds")
    raised(c, 48, 734, "Swarms", "5", " relocated")
    for y, vals in ((746, ("41", "57")), (734, ("8", "13"))):
        for x, v in zip((360, 420), vals):
            text(c, x, y, v, right=True)
    # a table of named columns (no years), one name with a raised asterisk
    text(c, 48, 680, "Orchard")
    text(c, 230, 680, "Talks", right=True)
    raised(c, 330 - c.stringWidth("Walk-throughs", "Helvetica", 8) - 3, 680, "Walk-throughs", "*")
    text(c, 400, 680, "Surveys", right=True)
    for y, name, vals in ((666, "North slope", ("12", "4", "30")), (654, "River terrace", ("9", "7", "22"))):
        text(c, 48, y, name)
        for x, v in zip((230, 330, 400), vals):
            text(c, x, y, v, right=True)
    c.showPage()
    c.save()
    got = by_label_year(pdf)
    assert got[("Hive inspections by beekeeping guilds", 2031)][0] == 57
    assert got[("Swarms relocated", 2030)][0] == 8
    labels = {f.label for f in facts(pdf)}
    assert "North slope > Walk-throughs" in labels and "River terrace > Surveys" in labels
    assert not [lab for lab in labels if "*" in lab or "⁴" in lab or "⁵" in lab]


def test_an_exponent_of_a_unit_inside_a_label_stays():
    assert split_markers("Wetland restored in km² of delta")[0] == "Wetland restored in km² of delta"
    assert split_markers("Water Nm³ per shift")[0] == "Water Nm³ per shift"
    assert split_markers("Cargo audits² by port staff") == ("Cargo audits by port staff", ["2"])


def test_cells_of_one_year_end_with_their_own_sub_column(tmp_path):
    """Fiscal years over groups of three sub-columns (a count, a part of it, their ratio), the year
    set over the middle one, whose name wraps: the year does not tell a row's three cells apart,
    each label ends with its sub-column."""
    pdf = tmp_path / "groups.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = [230, 300, 350, 430, 500, 550]
    text(c, 300, 794, "FY 2031-32", right=True)
    text(c, 500, 794, "FY 2030-31", right=True)
    text(c, 40, 776, "Crew")
    for x, s in zip(xs, ["Rostered (K)", "crew (L)", "Ratio (L/K)", "Rostered (M)", "crew (N)", "Ratio (N/M)"]):
        text(c, x, 772, s, right=True)
    for x in (300, 500):
        text(c, x, 782, "Certified", right=True)
    for k, (lab, vals) in enumerate([("Deck hands", ["318", "240", "75%", "301", "199", "66%"]),
                                     ("Engine room", ["96", "90", "94%", "92", "80", "87%"])]):
        y = 756 - 12 * k
        text(c, 40, y, lab)
        for x, v in zip(xs, vals):
            text(c, x, y, v, right=True)
    c.showPage()
    c.save()
    got = {(f.label, f.year): f.value for f in facts(pdf)}
    assert len(got) == 12     # no two cells share a label and a year
    assert {lab for (lab, y), v in got.items() if y == 2032 and v == 240} == {"Deck hands > Certified crew (L)"}
    assert {lab for (lab, y), v in got.items() if y == 2031 and v == 87} == {"Engine room > Ratio (N/M)"}
    assert {lab for (lab, y), v in got.items() if y == 2031 and v == 92} == {"Engine room > Rostered (M)"}


def test_a_description_beside_the_stub_is_no_level_of_the_label(tmp_path):
    """Each row names a course and describes it in the next column; the label is the name."""
    pdf = tmp_path / "courses.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 770, "Course")
    text(c, 150, 770, "What it covers")
    for x, yr in ((470, "2030"), (530, "2031")):
        text(c, x, 770, yr, right=True)
    rows = [("Lathe basics", "Taught to first-year apprentices, with a graded test piece", "41", "44"),
            ("Welding refresher", "Yearly for certified welders; covers fumes and eye safety", "18", "25"),
            ("Forklift licence", "Practical hours on the yard, then the written exam", "12", "9")]
    for k, (name, what, a, b) in enumerate(rows):
        y = 756 - 12 * k
        text(c, 40, y, name)
        text(c, 150, y, what, 7)
        text(c, 470, y, a, right=True)
        text(c, 530, y, b, right=True)
    c.showPage()
    c.save()
    got = by_label_year(pdf)
    assert got[("Welding refresher", 2031)][0] == 25
    assert got[("Forklift licence", 2030)][0] == 12
    assert not [lab for lab, _ in got if "apprentices" in lab or "exam" in lab]


def test_a_column_of_bracketed_units_gives_units_not_labels(tmp_path):
    """Units in brackets in a column of their own, no "Unit" heading; one wrapped over two lines."""
    pdf = tmp_path / "units.pdf"
    c = canvas_mod.Canvas(str(pdf))
    for x, yr in ((420, "2029"), (480, "2030")):
        text(c, x, 770, yr, right=True)
    rows = [("Ferry crossings", "(trips)", "1,204", "1,310"),
            ("Diesel burnt", "(litres)", "88,410", "80,102"),
            ("of which: reserve tank", "(litres per", "2,210", "1,980"),     # the next row's unit begins here
            ("Fuel per crossing", "crossing)", "73.4", "61.1"),
            ("Cabins refitted", "(cabins)", "14", "22")]
    for k, (name, unit, a, b) in enumerate(rows):
        y = 756 - 12 * k
        text(c, 40, y, name)
        text(c, 250, y, unit)
        text(c, 420, y, a, right=True)
        text(c, 480, y, b, right=True)
    c.showPage()
    c.save()
    got = by_label_year(pdf)
    assert got[("Diesel burnt", 2030)] == (80102, "litres")
    assert got[("Ferry crossings", 2029)] == (1204, "trips")
    assert got[("Fuel per crossing", 2030)][0] == 61.1
    assert not [lab for lab, _ in got if "(" in lab or ")" in lab]


def test_the_label_of_a_one_row_table_wrapped_onto_a_second_line_is_whole(tmp_path):
    """A table of one row: no row pitch to measure, the label's second line is set as close as lines of
    one cell are, where the label starts. A note below, after a gap, stays out."""
    pdf = tmp_path / "one_row.pdf"
    c = canvas_mod.Canvas(str(pdf))
    for x, s in ((420, "FY 2031"), (500, "FY 2030")):
        text(c, x, 770, s, right=True)
    text(c, 40, 756, "Share of freight moved by rail or inland waterway, including")
    text(c, 40, 746.5, "barge feeders and short-sea legs booked by partners")
    text(c, 420, 756, "38%", right=True)
    text(c, 500, 756, "31%", right=True)
    text(c, 40, 722, "Note: partners' legs estimated from booking records.")
    c.showPage()
    c.save()
    got = by_label_year(pdf)
    label = ("Share of freight moved by rail or inland waterway, including barge feeders and short-sea legs "
             "booked by partners")
    assert got[(label, 2031)] == (38, "%") and got[(label, 2030)] == (31, "%")
    assert len(got) == 2


def test_a_legend_key_before_a_rows_name_is_no_part_of_its_label():
    """The coloured squares of a chart's legend, set before each row of the table under it."""
    from esglens.document.build import build
    from esglens.model import Document, TextLine
    md = ("| Owner type | 2029 | 2030 |\n|---|---|---|\n| ■ Pension funds | 31.4 | 28.0 |\n"
          "| ● Retail investors | 12.2 | 15.9 |\n| ◆ Insurers | 4.1 | 4.4 |\n")
    lines = [TextLine(t, line=i) for i, t in enumerate(md.split("\n"), 1)]
    doc = build(Document(path="t.md", name="t.md", sha256="0", kind="text", lines=lines))
    got = {(f.label, f.year): f.value for f in extract_facts(doc) if f.source == "table"}
    assert got[("Pension funds", 2030)] == 28.0 and got[("Retail investors", 2029)] == 12.2
    assert got[("Insurers", 2030)] == 4.4


def test_a_table_across_both_prose_columns_keeps_its_labels(tmp_path):
    """Two columns of running text, then a table in smaller type across the page: its labels on the
    left column's side, its unit and values on the right one's, prose going on in the right column
    below. The columns' gutter does not cut the table's rows from their labels."""
    pdf = tmp_path / "across.pdf"
    c = canvas_mod.Canvas(str(pdf))
    words = "Ferries on the lake run every hour in summer and every second hour in winter months".split()
    for k in range(12):
        line = " ".join(words[(k + i) % len(words)] for i in range(7))
        text(c, 60, 780 - 13 * k, line, 10.5)
        text(c, 320, 780 - 13 * k, line, 10.5)
    text(c, 360, 612, "Unit", 7, right=True)
    for x, yr in ((420, "2029"), (470, "2030"), (520, "2031")):
        text(c, x, 612, yr, 7, right=True)
    for k, (lab, vals) in enumerate([("Shore power drawn at the night moorings", ("4,120", "4,388", "5,012")),
                                     ("Solar yield on deck", ("310", "296", "344"))]):
        y = 600 - 11 * k
        text(c, 60, y, lab, 8)
        text(c, 360, y, "MWh", 8, right=True)
        for x, v in zip((420, 470, 520), vals):
            text(c, x, y, v, 8, right=True)
    for k in range(6):
        text(c, 320, 560 - 13 * k, " ".join(words[k:k + 7]), 10.5)
    c.showPage()
    c.save()
    got = by_label_year(pdf)
    assert got[("Shore power drawn at the night moorings", 2030)] == (4388, "MWh")
    assert got[("Solar yield on deck", 2031)] == (344, "MWh")


def test_group_headings_wrapped_over_lines_and_centred_over_their_years_name_the_cells(tmp_path):
    """The same two years under two headings, each a long phrase wrapped over lines and centred over
    its pair of year columns: the year does not tell a row's cells apart, the heading does. (Before,
    a heading's long line read as a sentence over the columns and became the table's title.)"""
    pdf = tmp_path / "headings.pdf"
    c = canvas_mod.Canvas(str(pdf))
    size = 9.0
    heads = {250: ["Vessels inspected by the", "harbour master"],
             450: ["Vessels found fit to sail after repairs", "were made and signed off by the yard",
                   "and the insurer"]}
    for centre, lines in heads.items():
        for k, line in enumerate(lines):
            text(c, centre, 760 - 11 * k, line, size, centre=True)
    for x, yr in ((220, "FY 2031"), (290, "FY 2030"), (420, "FY 2031"), (490, "FY 2030")):
        text(c, x, 722, yr, size, centre=True)
    for k, (lab, vals) in enumerate([("Tugs", ("14", "12", "13", "9")), ("Barges", ("40", "38", "31", "30"))]):
        y = 708 - 13 * k
        text(c, 60, y, lab, size)
        for x, v in zip((220, 290, 420, 490), vals):
            text(c, x, y, v, size, centre=True)
    c.showPage()
    c.save()
    got = {(f.label, f.year): f.value for f in facts(pdf)}
    assert len(got) == 8       # every cell has a label and year of its own
    fit = [lab for (lab, y), v in got.items() if y == 2031 and v == 13]
    assert len(fit) == 1 and fit[0].startswith("Tugs > Vessels found fit to sail")
    assert [lab for (lab, y), v in got.items() if y == 2030 and v == 38] == ["Barges > Vessels inspected by the harbour master"]


def test_marks_glued_inside_a_label_and_long_raised_mark_lists_go():
    assert split_markers("Lost-day rate* of the dock crews")[0] == "Lost-day rate of the dock crews"
    assert split_markers("Towage hours† per vessel")[0] == "Towage hours per vessel"
    assert split_markers("Dock accidents^{※4、5、6}")[0] == "Dock accidents"


def test_a_label_wrapped_over_two_cells_at_a_bracket_is_one_label():
    from esglens.tables.label_columns import without_wrapped_halves
    cells = [(0, "b. Leases (Leases signed with"), (1, "port authorities / All leases)")]
    assert without_wrapped_halves(cells) == [(0, "b. Leases (Leases signed with port authorities / All leases)")]
    assert without_wrapped_halves([(0, "Spills"), (1, "tonnes)")]) == [(0, "Spills")]


def test_a_forms_empty_cells_in_a_row_keep_its_values_out_of_its_label(tmp_path):
    """A form of counts and shares where one row leaves two columns empty: the values left of the
    gap are the row's values too, never parts of its label."""
    pdf = tmp_path / "form.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = [200, 250, 300, 350, 400, 450, 500]
    for x, s in zip(xs, ["Total (P)", "Insured (Q)", "% (Q/P)", "Leave (R)", "% (R/P)", "Nursery (S)", "% (S/P)"]):
        text(c, x, 770, s, 7, right=True)
    text(c, 40, 770, "Staff", 7)
    rows = [("Riggers", ["120", "120", "100%", "", "", "40", "33%"]),
            ("Crane drivers", ["64", "60", "94%", "12", "19%", "8", "13%"])]
    stub_rows(c, 756, xs, rows)
    c.showPage()
    c.save()
    got = facts(pdf)
    assert not [f.label for f in got if any(ch.isdigit() for ch in f.label.replace("(", "").split(">")[0])]
    riggers = sorted((f.value, f.label) for f in got if f.label.startswith("Riggers"))
    assert [v for v, _ in riggers] == [33, 40, 100, 120, 120]
    assert all(" > " in lab for _, lab in riggers)


def test_a_label_wrapped_with_a_hanging_indent_goes_on_in_lower_case(tmp_path):
    """Numbered labels wrapped under their text (a hanging indent), the rows set as tightly as the
    label's lines where a label fits on one: the line that goes on in lower case is the label's end."""
    pdf = tmp_path / "hanging.pdf"
    c = canvas_mod.Canvas(str(pdf))
    for x, s in ((420, "FY 2031"), (500, "FY 2030")):
        text(c, x, 780, s, right=True)
    rows = [(766, "a. Fuel bought from brokers as % of all", "41%", "38%"), (755, "fuel bought", None, None),
            (741, "b. Spot cargoes", "12", "9"), (730, "c. Term cargoes", "30", "28"),
            (716, "d. Number of brokers that fuel is", "7", "6"), (705, "bought from", None, None)]
    for y, lab, a, b in rows:
        text(c, 40 if a else 52, y, lab)
        if a:
            text(c, 420, y, a, right=True)
            text(c, 500, y, b, right=True)
    c.showPage()
    c.save()
    got = by_label_year(pdf)
    assert got[("a. Fuel bought from brokers as % of all fuel bought", 2031)] == (41, "%")
    assert got[("d. Number of brokers that fuel is bought from", 2030)][0] == 6
    assert got[("c. Term cargoes", 2031)][0] == 30
    assert len(got) == 8


def test_a_stub_wrapped_onto_the_next_rows_line_at_a_bracket_heads_both_rows():
    """A stub spanning two rows, its bracket closed on the second row's line: both rows stand under
    the whole stub."""
    from esglens.document.build import build
    from esglens.model import Document, TextLine
    md = ("| Rate | Crew | 2030 | 2031 |\n|---|---|---|---|---|\n"
          "| Near-miss rate (per ten thousand | Deck | 1.2 | 0.9 |\n"
          "| sailing hours) | Engine | 0.4 | 0.6 |\n")
    lines = [TextLine(t, line=i) for i, t in enumerate(md.split("\n"), 1)]
    doc = build(Document(path="t.md", name="t.md", sha256="0", kind="text", lines=lines))
    got = {(f.label, f.year): f.value for f in extract_facts(doc) if f.source == "table"}
    assert got[("Near-miss rate (per ten thousand sailing hours) > Deck", 2031)] == 0.9
    assert got[("Near-miss rate (per ten thousand sailing hours) > Engine", 2030)] == 0.4


def test_a_cjk_description_column_and_a_column_of_bare_counters():
    """A table of leave schemes: a description beside each scheme's name, the counter '名' in a column
    with no heading. The label is the scheme and what is counted; '名' is the unit."""
    from esglens.document.build import build
    from esglens.model import Document, TextLine
    md = ("| 制度 | 内容 | 項目 | | 2030年度 | 2031年度 |\n|---|---|---|---|---|---|\n"
          "| 研修休暇 | 勤続5年ごとに、最大10日間の休暇を付与する制度 | 取得者数 | 名 | 41 | 47 |\n"
          "| 看護休暇 | 家族の看護のため、年間5日まで取得できる休暇 | 取得者数 | 名 | 12 | 9 |\n"
          "| 副業制度 | 社外での活動を、事前申請により認める制度 | 利用者数 | 名 | 3 | 8 |\n")
    lines = [TextLine(t, line=i) for i, t in enumerate(md.split("\n"), 1)]
    doc = build(Document(path="t.md", name="t.md", sha256="0", kind="text", lines=lines))
    got = {(f.label, f.year): (f.value, f.unit) for f in extract_facts(doc) if f.source == "table"}
    assert got[("研修休暇 > 取得者数", 2031)] == (47, "名")
    assert got[("副業制度 > 利用者数", 2030)] == (3, "名")
