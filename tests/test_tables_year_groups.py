"""A header of year groups printed as one row (a two-line header a reader merged): each year sits in
one cell of its group beside a sub-column name, and the sub-column names repeat group after group.
Wordings and layouts of our own; found on a held-out PDF page that gave no table facts at all."""
from __future__ import annotations

import pytest

from esglens.document.build import build
from esglens.facts import extract_facts
from esglens.model import Document, TextLine
from esglens.read.pdf import read_pdf
from esglens.tables.year_groups import block_year_spans


def md_facts(text: str):
    lines = [TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)]
    doc = build(Document(path="t.md", name="t.md", sha256="0", kind="text", lines=lines))
    return {(f.label, f.year, f.column): f.value for f in extract_facts(doc) if f.source == "table"}


def test_year_glued_to_the_first_sub_column_of_each_group():
    md = ("| Site | 2021 Owned | Leased | 2022 Owned | Leased |\n"
          "|---|---|---|---|---|\n"
          "| Warehouses | 14 | 6 | 15 | 9 |\n"
          "| Retail outlets | 212 | 48 | 205 | 48 |\n")
    f = md_facts(md)
    # two cells of one row share each year: each label ends with its sub-column (tables.column_names)
    assert f[("Warehouses > Owned", 2021, "2021 Owned")] == 14
    assert f[("Warehouses > Leased", 2021, "2021 Leased")] == 6
    assert f[("Warehouses > Leased", 2022, "2022 Leased")] == 9
    # the same number in two columns of one row is two facts
    assert f[("Retail outlets > Leased", 2021, "2021 Leased")] == 48
    assert f[("Retail outlets > Leased", 2022, "2022 Leased")] == 48
    assert len(f) == 8


@pytest.mark.parametrize("cells, expect", [
    # the year after the name, in the last column of its group; a stub and a unit column first
    (["Metric", "Unit", "Women", "Men", "All 2023", "Women", "Men", "All 2024"],
     {2: 2023, 4: 2023, 5: 2024, 7: 2024}),
    # fiscal years
    (["", "Plant A FY2022", "Plant B", "Plant A FY2023", "Plant B"], {1: 2022, 2: 2022, 3: 2023, 4: 2023}),
])
def test_groups_take_the_year_printed_in_them(cells, expect):
    years, spans = block_year_spans(cells)
    for col, year in expect.items():
        assert spans[col][0] == year
    assert [y for _, y, _ in years] == sorted(set(expect.values()))


@pytest.mark.parametrize("cells", [
    ["Item", "2021 target", "2022 actual", "2023 target", "2024 actual"],   # a year in every cell: plain years
    ["Item", "2015 Owned", "Leased", "2022 Owned", "Rented"],                 # names differ, years no series
    ["Item", "2021 Owned", "Leased", "2021 Owned", "Leased"],                 # one year twice
    ["Item", "Owned", "Leased", "Owned", "Leased"],                           # no year
    ["Item", "2022 Owned", "Leased", "Sold", "2023 Owned", "Leased"],           # groups of unequal size
])
def test_no_groups_where_the_header_does_not_repeat(cells):
    assert block_year_spans(cells) is None


canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def test_pdf_years_centred_over_groups_of_sub_columns(tmp_path):
    """Years centred over 'Permanent | Fixed-term | Total' groups, a blank cell, a dash printed with
    a percent sign, the same value twice in one row."""
    pdf = tmp_path / "groups.pdf"
    c = canvas_mod.Canvas(str(pdf))
    c.setFont("Helvetica", 7)
    xs = [250, 300, 350, 420, 470, 520]           # right edges of the six value columns
    for x0, x1, yr in ((xs[0], xs[2], "2022"), (xs[3], xs[5], "2023")):
        c.drawCentredString((x0 + x1) / 2 - 15, 770, yr)
    c.drawString(40, 758, "Headcount and absence")
    for x, s in zip(xs, ["Permanent", "Fixed-term", "Total"] * 2):
        c.drawRightString(x, 758, s)
    rows = [("Employees at year end", ["3,410", "522", "3,932", "3,377", "498", "3,875"]),
            ("Absence rate", ["", "2.1%", "2.1%", "1.9%", "–%", "1.9%"]),
            ("Apprentices hired", ["61", "", "61", "58", "4", "62"])]
    for k, (lab, vals) in enumerate(rows):
        y = 744 - 13 * k
        c.drawString(40, y, lab)
        for x, v in zip(xs, vals):
            if v:
                c.drawRightString(x, y, v)
    c.showPage()
    c.save()
    facts = [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]
    # the sub-column may stand in the label ("... > Permanent") or only in the column name
    got = {(f.label.split(" > ")[0], f.year, f.column.replace("(", "").replace(")", "")): f.value for f in facts}
    assert got[("Employees at year end", 2022, "2022 Permanent")] == 3410
    assert got[("Employees at year end", 2023, "2023 Total")] == 3875
    assert ("Absence rate", 2022, "2022 Permanent") not in got
    assert got[("Absence rate", 2022, "2022 Fixed-term")] == 2.1
    assert got[("Absence rate", 2022, "2022 Total")] == 2.1
    assert got[("Absence rate", 2023, "2023 Fixed-term")] is None      # "–%": not disclosed
    assert got[("Apprentices hired", 2023, "2023 Fixed-term")] == 4
    assert len([f for f in facts if f.value is not None]) == 6 + 4 + 5


def test_pdf_form_with_fiscal_years_over_lettered_sub_columns(tmp_path):
    """A form's header of three lines: fiscal years over their groups, the stub's name halfway down,
    sub-columns tagged with reference letters that differ from group to group ((P) (Q) (Q/P) then
    (R) (S) (S/R)). Before, the year line was not reached and every value took the report's year."""
    pdf = tmp_path / "form.pdf"
    c = canvas_mod.Canvas(str(pdf))
    c.setFont("Helvetica", 7)
    xs = [230, 290, 340, 420, 480, 530]
    c.drawCentredString(270, 780, "FY 2024-25")
    c.drawCentredString(460, 780, "FY 2023-24")
    c.drawString(40, 770, "Segment")
    for x, s in zip(xs, ["Headcount", "Enrolled in", "Share", "Headcount", "Enrolled in", "Share"]):
        c.drawRightString(x, 776, s)
    for x, s in zip(xs, ["(P)", "scheme (Q)", "(Q/P)", "(R)", "scheme (S)", "(S/R)"]):
        c.drawRightString(x, 766, s)
    rows = [("Office staff", ["1,204", "1,180", "98%", "1,150", "1,081", "94%"]),
            ("Field staff", ["5,870", "4,402", "75%", "5,512", "3,969", "72%"])]
    for k, (lab, vals) in enumerate(rows):
        y = 752 - 12 * k
        c.drawString(40, y, lab)
        for x, v in zip(xs, vals):
            c.drawRightString(x, y, v)
    c.showPage()
    c.save()
    got = {(f.label.split(" > ")[0], f.year, f.value) for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}
    years = {(lab, v): y for lab, y, v in got}
    assert years[("Office staff", 1204)] == 2025 and years[("Office staff", 94)] == 2024
    assert years[("Field staff", 4402)] == 2025 and years[("Field staff", 3969)] == 2024
    assert len(got) == 12


def test_yearless_repeated_groups_get_no_year():
    """The same columns twice and no year in sight: two periods (or entities) the table does not
    name. Its values are kept, with no year, rather than all given the report's year."""
    md = ("Report for the year 2024.\n\n"
          "| Category | Total | Trained | % | Total | Trained | % |\n"
          "|---|---|---|---|---|---|---|\n"
          "| Engineers | 410 | 388 | 95% | 395 | 301 | 76% |\n")
    lines = [TextLine(t, line=i) for i, t in enumerate(md.split("\n"), 1)]
    doc = build(Document(path="t.md", name="t.md", sha256="0", kind="text", lines=lines))
    got = [(f.value, f.year) for f in extract_facts(doc) if f.source == "table"]
    assert sorted(got) == [(76, None), (95, None), (301, None), (388, None), (395, None), (410, None)]


def test_garbled_group_names_with_a_series_of_years():
    """Header lines a reader interleaved: the groups' names no longer repeat, but one year of a
    series stands in each equal half, so each half takes its year."""
    cells = ["Category", "Total (A)", "Covered No. (B)", "FY 2024-25 (Current Year) share % (B/A)",
             "Total (C)", "(Prior Covered No. (D)", "FY 2023-24 Year) share % (D/C)"]
    years, spans = block_year_spans(cells)
    assert [spans[i][0] for i in range(1, 7)] == [2025] * 3 + [2024] * 3


def test_pdf_header_wrapped_over_nine_lines(tmp_path):
    """A form's column headings wrapped over many short lines under the year line: the year line
    is still part of the header."""
    pdf = tmp_path / "tall.pdf"
    c = canvas_mod.Canvas(str(pdf))
    c.setFont("Helvetica", 7)
    xs = [220, 290, 360, 430]
    c.drawString(40, 790, "Category")
    c.drawCentredString(240, 790, "2024")
    c.drawCentredString(400, 790, "2023")
    words = ["Number", "of", "sites", "covered", "by an", "audited", "water", "plan"]
    for k, w in enumerate(words):
        for x in xs:
            c.drawRightString(x, 780 - 9 * k, w if x in (xs[0], xs[2]) else ("share" if k == 0 else "(%)" if k == 1 else ""))
    rows = [("Bottling plants", ["18", "75%", "16", "70%"]), ("Distilleries", ["9", "90%", "8", "80%"])]
    for k, (lab, vals) in enumerate(rows):
        y = 700 - 12 * k
        c.drawString(40, y, lab)
        for x, v in zip(xs, vals):
            c.drawRightString(x, y, v)
    c.showPage()
    c.save()
    got = {(f.label.split(" > ")[0], f.value): f.year for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}
    assert got[("Bottling plants", 18)] == 2024 and got[("Bottling plants", 70)] == 2023
    assert got[("Distilleries", 90)] == 2024 and got[("Distilleries", 8)] == 2023
