"""The year of PDF facts that a table's header does not give plainly: chart data labels printing this
year's figure with last year's in brackets, under a title that says which year is which. Constructed
PDFs (reportlab), in wordings and layouts no sample report uses."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from pdf_draw import table_facts, text  # noqa: E402


def _chart_page(path, left_title: str, right_title: str) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    text(c, 40, 790, "Water and waste at our plants", size=14)
    text(c, 40, 740, left_title, size=8)
    text(c, 320, 740, right_title, size=8)
    # left: two segment labels of a donut, "(last year) this year" over their names
    text(c, 40, 712, "(58.0%) 62.5%", size=7)
    text(c, 40, 704, "Surface water", size=7)
    text(c, 180, 690, "(42.0%) 37.5%", size=7)
    text(c, 180, 682, "Third-party supply", size=7)
    # right: a big total over last year's in brackets, its name above; a segment "this (last)"
    text(c, 360, 700, "Landfill", size=6)
    text(c, 350, 688, "4,210", size=12)
    text(c, 352, 676, "(3,980)", size=8)
    text(c, 460, 660, "18% (21%)", size=7)
    text(c, 460, 652, "Recycled", size=7)
    # a third chart lower in the left column: the right column's label beside it stays the right chart's
    text(c, 40, 672, left_title.replace("Withdrawal by source", "Energy by site"), size=8)
    text(c, 40, 660, "(12%) 15%", size=7)
    text(c, 40, 652, "Plant A", size=7)
    for i in range(6):
        text(c, 40, 560 - 12 * i, "Our sites report withdrawals monthly and the figures are reviewed by the audit team.", size=9)
    c.showPage()
    c.save()


def test_chart_labels_with_the_prior_year_in_brackets_are_two_facts(tmp_path):
    pdf = tmp_path / "pairs.pdf"
    _chart_page(pdf, "Withdrawal by source FY2024 (FY2023)", "Waste by route FY24 (FY23)")
    got = table_facts(pdf)
    assert got[("Withdrawal by source > Surface water", 2024)][0] == 62.5
    assert got[("Withdrawal by source > Surface water", 2023)][0] == 58.0
    assert got[("Withdrawal by source > Third-party supply", 2024)][0] == 37.5
    assert got[("Withdrawal by source > Third-party supply", 2023)][0] == 42.0
    assert got[("Waste by route > Landfill", 2024)][0] == 4210
    assert got[("Waste by route > Landfill", 2023)][0] == 3980
    assert got[("Waste by route > Recycled", 2024)][0] == 18
    assert got[("Waste by route > Recycled", 2023)][0] == 21
    assert got[("Energy by site > Plant A", 2024)][0] == 15


def test_pairs_without_a_title_naming_both_years_are_not_dated(tmp_path):
    # which figure is which year is printed nowhere: no table fact gets a year from the pair
    pdf = tmp_path / "no_years.pdf"
    _chart_page(pdf, "Withdrawal by source", "Waste by route (tonnes)")
    got = table_facts(pdf)
    assert not any(v in (62.5, 58.0, 3980.0, 21.0) for v, _ in got.values())


def _two_pages(path, heading: str | None) -> None:
    """Page 1 ends with a table over two year columns; page 2 holds rows whose only figure stands under
    the second year's column, with or without a heading and a question read before them."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    text(c, 40, 790, "Plant emissions", size=14)
    text(c, 40, 740, "Tonnes")
    text(c, 420, 740, "2025", right=True)
    text(c, 500, 740, "2024", right=True)
    for i, (lab, a, b) in enumerate([("Boilers", "1,204", "1,310"), ("Kilns", "877", "902"), ("Dryers", "95", "101")]):
        text(c, 40, 726 - 12 * i, lab)
        text(c, 420, 726 - 12 * i, a, right=True)
        text(c, 500, 726 - 12 * i, b, right=True)
    c.showPage()
    y = 790
    if heading:
        text(c, 40, y, heading, size=14)
        text(c, 40, y - 24, "3. List the community projects funded in the districts named by the state, with the amount.", size=9)
        y -= 50
    for i, (a, v) in enumerate([("Riverbend district", "0.42"), ("Lakeside district", "0.37"), ("Hillcrest district", "0.19")]):
        text(c, 40, y - 12 * i, a)
        text(c, 500, y - 12 * i, v, right=True)
    c.showPage()
    c.save()


def test_rows_after_a_heading_on_the_next_page_do_not_take_the_years_of_the_table_before(tmp_path):
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    def years(pdf):
        return {f.value: f.year for f in extract_facts(read_pdf(str(pdf))) if f.source == "table" and f.page == 2}

    plain, headed = tmp_path / "plain.pdf", tmp_path / "headed.pdf"
    _two_pages(plain, None)
    _two_pages(headed, "Community investment")
    assert years(plain).get(0.42) == 2024        # the table runs on over the page break: its column's year
    # another table after a heading: its figure is kept, with the report's year (no year stated: the
    # latest of its tables), not the year of the column it stands under
    assert years(headed).get(0.42) == 2025


def test_a_year_printed_over_a_highlight_figure_is_its_year(tmp_path):
    from reportlab.pdfgen import canvas

    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    pdf = tmp_path / "panels.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 790, "Our year at a glance", size=16)
    for x, over, big, unit, cap in [(40, "FY23 water use", "1,950", "megalitres", "withdrawn at all plants"),
                                    (230, "FY2030 goal", "80%", "renewable", "share of electricity bought"),
                                    (420, "", "14", "new plants", "opened across the regions")]:
        if over:
            text(c, x, 742, over, size=10)
        text(c, x, 712, big, size=30)
        text(c, x, 696, unit, size=9)
        text(c, x, 685, cap, size=9)
    text(c, 40, 650, "870", size=30)        # no year over it, one in its caption
    text(c, 40, 634, "tonnes", size=9)
    text(c, 40, 623, "of packaging recycled in 2022", size=9)
    for i in range(8):
        text(c, 40, 580 - 12 * i, "This report covers our plants in the 2024 financial year and the goals we set for them.", size=9)
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    got = {f.value: f for f in extract_facts(doc) if f.source == "table"}
    assert got[1950].year == 2023 and "water use" in got[1950].label
    assert got[80].year == 2030
    assert got[14].year == doc.report_year == 2024 and "opened across the regions" in got[14].label
    assert got[870].year == 2022


def test_numbered_notes_set_beside_a_table_give_no_table_facts(tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "notes.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 790, "Refrigerant losses", size=14)
    text(c, 40, 760, "Gas", size=7)
    for x, y in [(200, "2022"), (250, "2023"), (300, "2024")]:
        text(c, x, 760, y, size=7, right=True)
    rows = [("R-410A", ["12.4", "11.0", "9.8"], "Note 1 Leak checks at every depot."),
            ("R-32", ["3.1", "3.5", "4.0"], "Note 2 About 35 kg of SF6 was recovered."),
            ("R-134a", ["0.9", "0.7", "0.6"], "Note 3 Figures for 2022 restated.")]
    for i, (lab, vals, note) in enumerate(rows):
        y = 746 - 12 * i
        text(c, 40, y, lab, size=7)
        for x, v in zip((200, 250, 300), vals):
            text(c, x, y, v, size=7, right=True)
        text(c, 330, y, note, size=7)
    c.showPage()
    c.save()
    got = table_facts(pdf)
    assert got[("R-32", 2024)][0] == 4.0
    assert not any(v == 35 for v, _ in got.values())


def test_a_column_of_numbered_notes_read_into_a_table_gives_no_facts():
    # a headerless piece of a table whose notes column the page's geometry put into its rows (the notes'
    # lines share the rows' baselines), one note running on from the row above: the notes' figures
    # are no facts of the table, the other columns' prose still is read
    from esglens.facts.extract import table_facts
    from esglens.model import RawRow, TableBlock
    from esglens.tables.interpret import interpret

    rows = [["Boilers", "Gas fired since 12 sites closed", "Note 1 Leak checks at every depot"],
            ["Kilns", "Coal fired", "since 2021. Note 2 About 35 kg of SF6 was"],
            ["Dryers", "Electric", "recovered at the depots."]]
    block = TableBlock(id="t1", rows=[RawRow(cells=r, page=1) for r in rows], positioned=True)
    facts = table_facts(interpret(block), None, 2024)
    assert [f.value for f in facts] == [12]


def test_a_period_name_under_each_year_over_groups_of_columns(tmp_path):
    # "FY2024 | FY2023" centred over groups, "(This year) | (Last year)" under them, then the groups'
    # columns; a comments column in each group holds no figure of the year
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "groups.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 790, "Customer grievances", size=14)
    xs = (250, 310, 370, 450, 510, 570)
    text(c, 300, 760, "FY2024", centre=True)
    text(c, 500, 760, "FY2023", centre=True)
    text(c, 300, 750, "(This year)", centre=True)
    text(c, 500, 750, "(Last year)", centre=True)
    for x, name in zip(xs, ("Received", "Resolved", "Comments") * 2):
        text(c, x, 738, name, right=True)
    for i, (lab, vals) in enumerate([("Billing", ["41", "39", "Nil", "52", "50", "Nil"]),
                                     ("Outages", ["17", "17", "Nil", "9", "8", "Nil"])]):
        text(c, 40, 722 - 12 * i, lab)
        for x, v in zip(xs, vals):
            text(c, x, 722 - 12 * i, v, right=True)
    c.showPage()
    c.save()
    got = table_facts(pdf)
    assert got[("Billing > Received", 2024)][0] == 41
    assert got[("Billing > Resolved", 2024)][0] == 39
    assert got[("Billing > Received", 2023)][0] == 52
    assert got[("Outages > Resolved", 2023)][0] == 8
    assert not any("Comments" in label for label, _ in got)     # "Nil" there is a remark, no figure withheld


def test_figures_under_spans_of_years_take_no_year(tmp_path):
    # "Programme 2019–2022 | Programme 2022–2025" over "Aim | Reached": a period's figures (or its
    # aims), not the report's year's: abstain
    from reportlab.pdfgen import canvas

    def draw(path, groups):
        c = canvas.Canvas(str(path))
        text(c, 40, 790, "Board pay", size=14)
        xs = (300, 360, 440, 500)
        text(c, 330, 760, groups[0], centre=True)
        text(c, 470, 760, groups[1], centre=True)
        for x, name in zip(xs, ("Aim", "Reached") * 2):
            text(c, x, 748, name, right=True)
        for i, (lab, vals) in enumerate([("Share of pay tied to climate goals", ("25", "31", "35", "12")),
                                         ("Share of pay tied to safety goals", ("10", "9", "15", "4")),
                                         ("Share of pay tied to people goals", ("5", "5", "8", "3"))]):
            text(c, 40, 734 - 12 * i, lab)
            for x, v in zip(xs, vals):
                text(c, x, 734 - 12 * i, v, right=True)
        for i in range(5):
            text(c, 40, 600 - 12 * i, "The committee reviews the goals each year and publishes the 2024 results here.", size=9)
        c.showPage()
        c.save()

    spans = tmp_path / "spans.pdf"
    draw(spans, ("Programme 2019–2022", "Programme 2022–2025"))
    facts = [f for f in extract_facts_of(spans) if f.source == "table"]
    assert {f.value for f in facts} >= {25, 31, 35, 12}
    assert all(f.year is None for f in facts)


def extract_facts_of(path):
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf
    return extract_facts(read_pdf(str(path)))


def test_years_over_pairs_with_a_stub_heading_line_between(tmp_path):
    # "FY2022 | FY2023" centred over "Men | Women" pairs, the stub's own headings ("Scheme | Unit") on a
    # line between them: every cell takes the year over its pair, not the pair's last column alone
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "pairs_header.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 790, "Leave taken", size=14)
    xs = (300, 340, 400, 440)
    text(c, 325, 762, "FY2022", centre=True)
    text(c, 425, 762, "FY2023", centre=True)
    text(c, 40, 753, "Scheme")
    text(c, 200, 753, "Unit")
    for x, name in zip(xs, ("Men", "Women") * 2):
        text(c, x, 744, name, right=True)
    for i, (lab, vals) in enumerate([("Parental leave", ("14", "61", "22", "70")),
                                     ("Carer leave", ("3", "5", "4", "9")),
                                     ("Study leave", ("8", "6", "7", "11"))]):
        text(c, 40, 730 - 12 * i, lab)
        text(c, 200, 730 - 12 * i, "people")
        for x, v in zip(xs, vals):
            text(c, x, 730 - 12 * i, v, right=True)
    c.showPage()
    c.save()
    got = table_facts(pdf)
    assert got[("Parental leave > Men", 2022)][0] == 14
    assert got[("Parental leave > Women", 2022)][0] == 61
    assert got[("Carer leave > Men", 2023)][0] == 4
    assert got[("Study leave > Women", 2023)][0] == 11


def test_a_japanese_fiscal_year_over_sub_columns_leaves_the_sub_column_name():
    from esglens.facts.extract import table_facts
    from esglens.model import RawRow, TableBlock
    from esglens.tables.interpret import interpret

    rows = [["区分", "2022年度 (男性)", "2022年度 (女性)", "2023年度 (男性)", "2023年度 (女性)"],
            ["介護休暇取得者", "4", "9", "6", "12"],
            ["短時間勤務利用者", "2", "31", "3", "35"]]
    block = TableBlock(id="t1", rows=[RawRow(cells=r, page=1) for r in rows], positioned=True)
    got = {(f.label, f.year): f.value for f in table_facts(interpret(block), None, 2023)}
    assert got[("介護休暇取得者 > 女性", 2022)] == 9
    assert got[("短時間勤務利用者 > 男性", 2023)] == 3


def test_two_digit_fiscal_year_columns(tmp_path):
    from pdf_draw import draw_rows

    pdf = tmp_path / "fy2.pdf"
    draw_rows(pdf, "Fleet fuel (kL)", ("FY21", "FY22", "FY 23"),
              [("Diesel", ["4,120", "3,980", "3,605"]), ("Petrol", ["812", "790", "744"]), ("LPG", ["65", "61", "58"])],
              (300, 360, 420))
    got = table_facts(pdf)
    assert got[("Diesel", 2021)][0] == 4120
    assert got[("Petrol", 2022)][0] == 790
    assert got[("LPG", 2023)][0] == 58


def test_a_bar_chart_axis_is_the_charts_and_a_table_beside_it_keeps_its_cells(tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "axis.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 790, "Training", size=14)
    text(c, 40, 750, "Hours per person 2024 (2023)", size=8)
    for y, tick in zip((730, 718, 706, 694), ("30", "20", "10", "0")):
        text(c, 60, y, tick, size=7, right=True)
    text(c, 90, 722, "(21) 24", size=7)
    text(c, 150, 710, "(12) 15", size=7)
    text(c, 95, 684, "Office", size=7)
    text(c, 155, 684, "Plant", size=7)
    text(c, 300, 750, "Site", size=8)
    text(c, 430, 750, "2024", size=8, right=True)
    text(c, 490, 750, "2023", size=8, right=True)
    for y, (site, a, b) in zip((736, 724, 712, 700), (("North", "310", "290"), ("South", "120", "115"),
                                                       ("East", "75", "70"), ("West", "64", "66"))):
        text(c, 300, y, site, size=8)
        text(c, 430, y, a, size=8, right=True)
        text(c, 490, y, b, size=8, right=True)
    c.showPage()
    c.save()
    got = table_facts(pdf)
    assert got[("Hours per person > Office", 2024)][0] == 24
    assert got[("Hours per person > Plant", 2023)][0] == 12
    assert got[("North", 2024)][0] == 310 and got[("West", 2023)][0] == 66
    assert not any(v in (30, 20, 10, 0) for v, _ in got.values())
