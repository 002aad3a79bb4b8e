"""PDF table headers printed over many lines (h34, issue 20 pattern 1): a form's column headings wrap
over several lines, and the PDF may write the pieces of one line of headings as a single run of text
with spaces between the cells, which the reader first took for a sentence across the columns and cut
the header there (every value lost its year). Drawn with reportlab in a layout of our own."""
from __future__ import annotations

import pytest

from esglens.facts import extract_facts
from esglens.read.pdf import read_pdf

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def text(c, x, y, s, size=8.0, centre=False):
    c.setFont("Helvetica", size)
    (c.drawCentredString if centre else c.drawString)(x, y, s)


def table_facts(path) -> dict[tuple[str, int | None], float | None]:
    return {(f.label, f.year): f.value for f in extract_facts(read_pdf(str(path))) if f.source == "table"}


_SEP = "     "
_LINES = (("Volume", "Recovered", "Share"),
          ("collected from customers", "through the return scheme", "of the volume"),
          ("(tonnes)", "(tonnes)", "(B / A)"))


def _form(pdf, runs: bool):
    """Two years over groups of three columns whose names wrap over three lines. With runs, the middle
    line of each group is drawn as one string: its three headings joined by wide spaces."""
    from reportlab.lib.pagesizes import landscape, A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    width = lambda s: stringWidth(s, "Helvetica", 8.0)
    c = canvas_mod.Canvas(str(pdf), pagesize=landscape(A4))
    mid = _LINES[1]
    offs = [width(_SEP.join(mid[:i]) + (_SEP if i else "")) for i in range(3)]
    centres = []
    text(c, 40, 540, "4. Packaging returned by customers, by region:")
    text(c, 40, 524, "Region")
    for x0, year in ((170, "2024"), (470, "2023")):
        text(c, x0 + width(_SEP.join(mid)) / 2, 524, year, centre=True)
        for row, y in zip(_LINES, (512, 502, 492)):
            if row is mid and runs:
                text(c, x0, y, _SEP.join(mid))
                continue
            for off, m, s in zip(offs, mid, row):
                text(c, x0 + off + width(m) / 2, y, s, centre=True)     # each heading centred on its column
        centres += [x0 + off + width(m) / 2 for off, m in zip(offs, mid)]
    rows = [("Northern district", ["1,204", "903", "75%", "1,150", "801", "70%"]),
            ("Coastal district", ["388", "312", "80%", "402", "290", "72%"])]
    for i, (lab, vals) in enumerate(rows):
        y = 476 - 13 * i
        text(c, 40, y, lab)
        for x, v in zip(centres, vals):
            text(c, x, y, v, centre=True)
    c.showPage()
    c.save()


@pytest.mark.parametrize("runs", [False, True])
def test_header_wrapped_over_lines_keeps_its_years(tmp_path, runs):
    """Each value takes the year of its group, with the whole wrapped column name, whether the PDF
    drew the headings of one line apart or as one spaced run."""
    pdf = tmp_path / f"form_{runs}.pdf"
    _form(pdf, runs)
    f = table_facts(pdf)
    by_year = {(lab.split(" > ")[0], y, v) for (lab, y), v in f.items()}
    assert ("Northern district", 2024, 1204) in by_year
    assert ("Northern district", 2024, 903) in by_year
    assert ("Northern district", 2023, 1150) in by_year
    assert ("Coastal district", 2023, 72) in by_year
    assert all(y in (2023, 2024) for (_, y) in f), sorted(f)
    assert len(f) == 12
    # the sub-column's name is read from all its lines, not only the first
    assert any("Recovered through the return scheme" in lab for (lab, _) in f), sorted(f)


def test_change_column_beside_years_has_no_year(tmp_path):
    """A "Change" column right of two year columns: its signed figures are facts with no year and the
    column's name, never a third year's value (Toshiba p32's "Difference" column, in a layout of our own)."""
    pdf = tmp_path / "change.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 780, "Fleet fuel use by depot")
    for x, h in ((300, "2022"), (370, "2023"), (450, "Change")):
        c.setFont("Helvetica", 8.0)
        c.drawRightString(x, 764, h)
    rows = [("North depot (kilolitres)", "412.0", "436.5", "+24.5"),
            ("South depot (kilolitres)", "208.3", "199.1", "-9.2"),
            ("Share of biodiesel (%)", "4.0%", "6.5%", "+2.5%pt")]
    for i, (lab, *vals) in enumerate(rows):
        y = 750 - 13 * i
        text(c, 40, y, lab)
        for x, v in zip((300, 370, 450), vals):
            c.drawRightString(x, y, v)
    c.showPage()
    c.save()
    f = table_facts(pdf)
    assert f[("North depot (kilolitres)", 2023)] == 436.5
    assert f[("North depot (kilolitres) > Change", None)] == 24.5
    assert f[("South depot (kilolitres) > Change", None)] == -9.2
    assert f[("Share of biodiesel (%) > Change", None)] == 2.5
    assert len(f) == 9


def _draw_rows(c, rows, xs, y0, step=13):
    for i, (lab, *vals) in enumerate(rows):
        y = y0 - step * i
        if isinstance(lab, tuple):
            text(c, 40, y, lab[0])
            text(c, 60, y, lab[1])
        else:
            text(c, 40, y, lab)
        for x, v in zip(xs, vals):
            c.setFont("Helvetica", 8.0)
            c.drawRightString(x, y, v)


def test_group_names_over_repeated_sub_columns_and_answers_under_years(tmp_path):
    """Names over groups of the same sub-columns ("Own staff | Contractors" over "Trained | Share" twice)
    name each sub-column; a "Yes" under a year column is an answer, not a reason to drop the row."""
    pdf = tmp_path / "groups.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 780, "Safety induction coverage")
    text(c, 300, 766, "Own staff", centre=True)
    text(c, 420, 766, "Contractors", centre=True)
    for x, h in zip((290, 340, 410, 460), ("Trained", "Share", "Trained", "Share")):
        c.setFont("Helvetica", 8.0)
        c.drawRightString(x, 754, h)
    _draw_rows(c, [("Plant north", "1,140", "96%", "388", "81%"), ("Plant south", "872", "99%", "120", "77%")],
               (290, 340, 410, 460), 740)
    text(c, 40, 690, "Benefits paid by the company")
    for x, h in zip((300, 360, 430), ("2022", "2023", "Audited")):
        c.setFont("Helvetica", 8.0)
        c.drawRightString(x, 676, h)
    _draw_rows(c, [("Pension cover (%)", "92%", "Yes", "Yes"), ("Health cover (%)", "100%", "100%", "No")],
               (300, 360, 430), 662)
    c.showPage()
    c.save()
    facts = [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]
    got = {(f.label, f.value) for f in facts}
    assert ("Plant north > Own staff Trained", 1140) in got
    assert ("Plant north > Contractors Trained", 388) in got
    assert ("Plant south > Contractors Share", 77) in got
    years = {(f.label, f.year): f.value for f in facts if f.label.startswith(("Pension", "Health"))}
    assert years == {("Pension cover (%)", 2022): 92, ("Health cover (%)", 2022): 100, ("Health cover (%)", 2023): 100}


def test_numbered_rows_are_no_chart_axis(tmp_path):
    """Rows numbered "1", "2", "3" before their labels (a form's S. No. column) are a table, not a
    chart whose axis ticks stand where labels should."""
    pdf = tmp_path / "numbered.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 780, "Volunteers by programme")
    text(c, 40, 766, "No.")
    text(c, 60, 766, "Programme")
    for x, h in zip((330, 400), ("Volunteers", "Hours")):
        c.setFont("Helvetica", 8.0)
        c.drawRightString(x, 766, h)
    text(c, 40, 752, "OUTDOOR")
    _draw_rows(c, [(("1", "River clean-up"), "212", "1,480"), (("2", "Tree planting"), "301", "903")], (330, 400), 739)
    text(c, 40, 713, "INDOOR")
    _draw_rows(c, [(("3", "School tutoring"), "95", "2,210"), (("4", "Food bank"), "64", "512")], (330, 400), 700)
    c.showPage()
    c.save()
    facts = [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]
    got = {(f.label, f.value) for f in facts}
    assert ("OUTDOOR > River clean-up > Volunteers", 212) in got
    assert ("INDOOR > Food bank > Hours", 512) in got
    assert len(facts) == 8


def test_lead_in_line_ending_in_colon_is_no_column_heading(tmp_path):
    """'b.  Staff on the payroll at the year end (including trainees):' above the header runs over the
    value columns; it introduces the table and must not be read into the column names."""
    pdf = tmp_path / "lead_in.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 780, "b.")
    text(c, 56, 780, "Staff on the payroll at the year end (including trainees):")
    for x, h in zip((250, 310), ("2023", "2024")):
        c.setFont("Helvetica", 8.0)
        c.drawRightString(x, 764, h)
    _draw_rows(c, [("Head office", "410", "221"), ("Plants", "1,904", "1,516")], (250, 310), 750)
    c.showPage()
    c.save()
    facts = [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]
    got = {(f.label, f.year, f.value) for f in facts}
    assert got == {("Head office", 2023, 410), ("Head office", 2024, 221), ("Plants", 2023, 1904),
                   ("Plants", 2024, 1516)}, sorted(got)
    assert all("trainees" not in (f.column or "") for f in facts)


def test_names_centred_over_groups_of_unequal_width(tmp_path):
    """"All sites" over one column, "Women" and "Men" each centred over "Count | Share": every column
    takes the name it stands under; the equal shares of a row stay apart by their names."""
    pdf = tmp_path / "unequal.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 780, "Apprentices at the year end")
    xs = (260, 320, 370, 440, 490)          # right edges: All | Women Count, Share | Men Count, Share
    text(c, 250, 766, "All sites", centre=True)
    text(c, 335, 766, "Women", centre=True)
    text(c, 455, 766, "Men", centre=True)
    for x, h in zip(xs[1:], ("Count", "Share", "Count", "Share")):
        c.setFont("Helvetica", 8.0)
        c.drawRightString(x, 754, h)
    _draw_rows(c, [("Engineering", "120", "60", "50%", "60", "50%"), ("Logistics", "45", "9", "20%", "36", "80%")], xs, 740)
    c.showPage()
    c.save()
    facts = [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]
    got = {(f.label, f.value) for f in facts}
    assert ("Engineering > All sites", 120) in got, sorted(got)
    assert ("Engineering > Women > Count", 60) in got and ("Engineering > Men > Count", 60) in got
    assert ("Logistics > Women > Share", 20) in got and ("Logistics > Men > Share", 80) in got
    assert len(facts) == 10


def test_names_over_repeated_years(tmp_path):
    """"Full-time | Part-time" each centred over "2022 | 2023": every column takes its year and its
    group's name; the second group's values are no longer lost."""
    pdf = tmp_path / "names_years.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 780, "Staff by contract and site")
    xs = (280, 330, 410, 460)
    text(c, 305, 766, "Full-time", centre=True)
    text(c, 435, 766, "Part-time", centre=True)
    for x, h in zip(xs, ("2022", "2023", "2022", "2023")):
        c.setFont("Helvetica", 8.0)
        c.drawRightString(x, 754, h)
    _draw_rows(c, [("Depot east", "1,210", "1,244", "310", "298"), ("Depot west", "870", "902", "122", "131")], xs, 740)
    c.showPage()
    c.save()
    facts = [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]
    got = {(f.label, f.year, f.value) for f in facts}
    assert ("Depot east > Full-time", 2023, 1244) in got, sorted(got)
    assert ("Depot east > Part-time", 2022, 310) in got and ("Depot west > Part-time", 2023, 131) in got
    assert len(facts) == 8


def test_group_total_centred_under_sub_columns_and_a_numbered_note_below(tmp_path):
    """A row that prints only each year's total, centred under the group's sub-columns, must not merge
    the sub-columns into one; a footnote line under the table ("1 without interns   2 estimated") is
    no row of values."""
    pdf = tmp_path / "totals.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 790, "Staff in Norway")
    xs = (250, 290, 330, 390, 430, 470)       # 2022: Women | Men | Total ; 2023: Women | Men | Total
    text(c, 290, 776, "2022", centre=True)
    text(c, 430, 776, "2023", centre=True)
    for x, h in zip(xs, ("Women", "Men", "Total") * 2):
        c.setFont("Helvetica", 8.0)
        c.drawRightString(x, 764, h)
    text(c, 40, 750, "Headcount, all sites")
    for x, v in ((292, "4,812"), (432, "4,905")):            # one total per year, centred under its group
        text(c, x, 750, v, centre=True)
    _draw_rows(c, [("Permanent staff", "1,920", "2,410", "4,330", "1,988", "2,442", "4,430"),
                   ("Temporary staff", "201", "281", "482", "214", "261", "475"),
                   ("Part-time staff", "402", "190", "592", "418", "188", "606")], xs, 736)
    text(c, 40, 690, "1 without interns")
    text(c, 250, 690, "2 estimated for two sites")
    c.showPage()
    c.save()
    facts = [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]
    got = {(f.label.split(" > ")[-2] if " > " in f.label else f.label, f.year, f.value) for f in facts}
    assert ("Permanent staff", 2022, 1920) in got and ("Permanent staff", 2023, 4430) in got, sorted(got)
    assert ("Part-time staff", 2023, 188) in got and ("Temporary staff", 2022, 482) in got
    assert not any(f.value in (1, 2) for f in facts)
