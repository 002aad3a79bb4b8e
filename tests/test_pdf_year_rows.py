"""The row of year headings over a PDF table's value columns is its header row, never its title nor a
sentence, whatever its band, colour or distance from the rows (h49, issue 20: Tokyo Gas p51 and p56 lost
it). Drawn with reportlab in layouts no sample report uses: years in a shaded band right under a title, years
separated from the body by a rule, years right-aligned over pairs of columns with the stub's headings on a
line of their own between them and the names under them."""
from __future__ import annotations

import pytest

from pdf_draw import table_facts, text

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")

_ROWS = [("Kiln line North", ["1,204.5", "1,188.0", "1,150.2", "1,097.8", "1,042.6"]),
         ("Kiln line South", ["806.1", "799.4", "781.0", "764.3", "741.9"]),
         ("Quarry vehicles", ["52.7", "50.9", "49.3", "47.0", "44.8"])]


def _body(c, xs, rows, top, size=8.0, pitch=13):
    for i, (lab, vals) in enumerate(rows):
        y = top - pitch * i
        text(c, 40, y, lab, size)
        for x, v in zip(xs, vals):
            text(c, x, y, v, size, right=True)


def test_years_in_a_shaded_band_under_the_title(tmp_path):
    """White years in a dark band right under the table's title, set so close that they read as one run
    of five evenly spaced words over the columns (once taken for a sentence: no header, no years)."""
    pdf = tmp_path / "band.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (330, 366, 402, 438, 474)          # right edges of the value columns, 36 pt apart
    text(c, 40, 792, "Process emissions by installation (kt CO2e)", 11)
    c.setFillColorRGB(0.1, 0.35, 0.4)
    c.rect(36, 759, 444, 16, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    for x, yr in zip(xs, ("FY2019", "FY2020", "FY2021", "FY2022", "FY2023")):
        text(c, x - 14, 764, yr, 9, centre=True)
    c.setFillColorRGB(0, 0, 0)
    _body(c, xs, _ROWS, 745)
    c.showPage()
    c.save()
    facts = table_facts(pdf)
    assert facts[("Kiln line North", 2019)][0] == 1204.5
    assert facts[("Kiln line South", 2021)][0] == 781.0
    assert facts[("Quarry vehicles", 2023)][0] == 44.8
    assert not [k for k in facts if k[1] is None]


def test_years_separated_from_the_body_by_a_rule(tmp_path):
    """"FY 2021" in two words per column, set close enough to read as one run, a rule under them and a gap
    wider than header lines usually leave (but within a row gap): still the columns' years."""
    pdf = tmp_path / "rule.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (330, 368, 406)
    text(c, 40, 796, "Freshwater drawn (megalitres)", 10)
    for x, yr in zip(xs, ("FY 2021", "FY 2022", "FY 2023")):
        text(c, x, 777, yr, 9, right=True)
    c.setLineWidth(0.8)
    c.line(36, 766, 440, 766)
    rows = [("Surface water", ["3,410", "3,288", "3,105"]), ("Groundwater", ["912", "877", "860"]),
            ("Third-party supply", ["145", "151", "149"])]
    _body(c, xs, rows, 746, size=9, pitch=14)
    c.showPage()
    c.save()
    facts = table_facts(pdf)
    assert facts[("Surface water", 2021)][0] == 3410
    assert facts[("Groundwater", 2022)][0] == 877
    assert facts[("Third-party supply", 2023)][0] == 149
    assert not [k for k in facts if k[1] is None]


def test_right_aligned_years_over_pairs_with_stub_headings_between(tmp_path):
    """Years right-aligned over the second column of their pair, then a line of the stub's headings only
    (four short cells), then "Women | Men" under each year: every cell keeps its year and its sub-column."""
    pdf = tmp_path / "pairs.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (350, 385, 425, 460, 500, 535)
    text(c, 40, 800, "Leave taken (own staff)", 10)
    for x, yr in zip(xs[1::2], ("2021", "2022", "2023")):
        text(c, x, 780, yr, 8, right=True)
    for x, h in zip((40, 120, 230, 285), ("Scheme", "Terms", "Measure", "Unit")):
        text(c, x, 770, h, 8)
    for x, h in zip(xs, ("Women", "Men") * 3):
        text(c, x, 760, h, 8, right=True)
    rows = [("Parental leave", "up to 24 months", "Takers", "persons", ["61", "14", "66", "19", "70", "25"]),
            ("Carer leave", "up to 12 months", "Takers", "persons", ["8", "3", "7", "4", "9", "2"])]
    for i, (a, b, m, u, vals) in enumerate(rows):
        y = 745 - 13 * i
        for x, s in zip((40, 120, 230, 285), (a, b, m, u)):
            text(c, x, y, s, 8)
        for x, v in zip(xs, vals):
            text(c, x, y, v, 8, right=True)
    c.showPage()
    c.save()
    facts = table_facts(pdf)
    by_year = {(lab.split(" > ")[0], lab.split(" > ")[-1], yr): v for (lab, yr), (v, _) in facts.items()}
    assert by_year[("Parental leave", "Women", 2021)] == 61
    assert by_year[("Parental leave", "Men", 2022)] == 19
    assert by_year[("Carer leave", "Men", 2023)] == 2
    assert not [k for k in facts if k[1] is None]


def test_a_title_ending_in_a_year_is_no_header(tmp_path):
    """A title run from the left margin whose last word, a year, happens to stand over the first value
    column is not a row of years: the table keeps the years of its own header line."""
    pdf = tmp_path / "title.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (330, 380, 430)
    text(c, 40, 790, "Number of production and logistics sites with certified systems since 2015", 11)
    for x, yr in zip(xs, ("2021", "2022", "2023")):
        text(c, x, 774, yr, 8, right=True)
    rows = [("Manufacturing sites", ["41", "44", "47"]), ("Warehouses", ["12", "15", "15"])]
    _body(c, xs, rows, 760)
    c.showPage()
    c.save()
    facts = table_facts(pdf)
    assert facts[("Manufacturing sites", 2021)][0] == 41
    assert facts[("Warehouses", 2023)][0] == 15
    assert not [k for k in facts if k[1] in (None, 2015)]


def test_a_notes_column_in_japanese_beside_the_rows(tmp_path):
    """Notes in running Japanese (no spaces between words) set right of the values, beside the first rows and
    then on lines of their own between the rows: prose beside the table, not a column of it, and no end of
    its body."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    pdf = tmp_path / "notes.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (300, 340, 380)
    c.setFont("HeiseiKakuGo-W5", 8)
    for x, yr in zip(xs, ("2020年度", "2021年度", "2022年度")):
        c.drawRightString(x, 780, yr)
    rows = [("Site A", ["12.5", "11.9", "11.2"]), ("Site B", ["8.1", "7.7", "7.0"]), ("Site C", ["3.3", "3.1", "2.9"]),
            ("Site D", ["0.9", "0.8", "0.8"]), ("Site E", ["5.6", "5.2", "4.9"])]
    for i, (lab, vals) in enumerate(rows):
        y = 764 - 12 * i
        text(c, 40, y, lab, 8)
        for x, v in zip(xs, vals):
            text(c, x, y, v, 8, right=True)
    notes = ["注1 工場の自家発電による排出量を含めて集計している。", "注2 事業所の統廃合に伴い2021年度より対象範囲を見直した。",
             "注3 排出係数は各年度の電気事業者別の調整後排出係数を用いた。", "注4 小数点以下第二位を四捨五入して表示している。",
             "注5 メタンの排出量は約120tであり二酸化炭素に換算して計上した。", "注6 海外拠点の値は現地の算定基準に基づいて集計した。"]
    c.setFont("HeiseiKakuGo-W5", 8)
    for y, note in zip((764, 752, 740, 734, 722, 710), notes):
        c.drawString(414, y, note)     # beside rows A-C, then between C and D, D and E, under E
    c.showPage()
    c.save()
    facts = table_facts(pdf)
    assert facts[("Site A", 2022)] == (11.2, "")
    assert facts[("Site E", 2020)][0] == 5.6
    assert len(facts) == 15


def test_row_labels_in_a_column_of_their_own_keep_the_header(tmp_path):
    """Long row labels (running words) starting at one x right of a category and a code column, under a
    heading that starts over the codes: a column of the table, not a column of the page's text; cut there,
    the rows lost the years' row above them."""
    pdf = tmp_path / "stub.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (420, 480)
    text(c, 40, 790, "Area", 9)
    text(c, 90, 790, "Indicator", 9)
    for x, yr in zip(xs, ("FY 2022-23", "FY 2023-24")):
        text(c, x, 790, yr, 9, right=True)
    rows = [("Energy", "E-1", "Fuel burned per tonne of product shipped (GJ/t)", ["2.41", "2.28"]),
            ("Energy", "E-2", "Share of power bought from renewable sources (%)", ["38.0", "44.5"]),
            ("Water", "W-1", "Fresh water drawn per tonne of product (kL/t)", ["1.92", "1.87"]),
            ("Water", "W-4", "Water returned after treatment to rivers (kL)", ["5,410", "5,602"]),
            ("Waste", "S-2", "Share of process waste sent to landfill (%)", ["6.1", "4.8"])]
    for i, (area, code, lab, vals) in enumerate(rows):
        y = 774 - 14 * i
        text(c, 40, y, area, 9)
        text(c, 90, y, code, 9)
        text(c, 130, y, lab, 9)
        for x, v in zip(xs, vals):
            text(c, x, y, v, 9, right=True)
    c.showPage()
    c.save()
    facts = {(lab.split(" > ")[-1], yr): v for (lab, yr), (v, _) in table_facts(pdf).items()}
    assert facts[("Fuel burned per tonne of product shipped (GJ/t)", 2023)] == 2.41
    assert facts[("Water returned after treatment to rivers (kL)", 2024)] == 5602
    assert len(facts) == 10


def test_rows_after_a_band_row_over_the_first_columns(tmp_path):
    """A section row set from the table's left edge across its first value columns ("Contractors and agency
    staff"): the rows under it are the table's and carry it in their labels."""
    pdf = tmp_path / "band_row.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (150, 200, 250, 300)
    for x, yr in zip(xs, ("2020", "2021", "2022", "2023")):
        text(c, x, 790, yr, 9, right=True)
    y = 774
    for band, rows in (("Own staff", [("Trained", ["812", "840", "901", "955"]), ("Hours", ["9.1", "9.4", "10.2", "11.0"])]),
                       ("Contractors and agency staff", [("Trained", ["310", "355", "402", "470"]),
                                                         ("Hours", ["3.2", "3.6", "4.1", "4.4"])])):
        text(c, 40, y, band, 9)
        y -= 14
        for lab, vals in rows:
            text(c, 40, y, lab, 9)
            for x, v in zip(xs, vals):
                text(c, x, y, v, 9, right=True)
            y -= 14
    c.showPage()
    c.save()
    facts = table_facts(pdf)
    assert facts[("Contractors and agency staff > Trained", 2020)][0] == 310
    assert facts[("Contractors and agency staff > Hours", 2023)][0] == 4.4
    assert facts[("Own staff > Hours", 2021)][0] == 9.4
    assert len(facts) == 16


@pytest.mark.parametrize("answer", ["Yes", "None"])
def test_years_over_groups_whose_names_start_on_different_lines(tmp_path, answer):
    """Two years each centred over three columns; the third column's name starts a line higher than the
    other two (a taller heading): every column takes its year and its whole name. The third column's
    answers ("Yes", "None" in a remarks column) are no misfit of the header."""
    pdf = tmp_path / "groups.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (230, 290, 350, 430, 490, 550)
    for x, yr in ((290, "FY 2024"), (490, "FY 2023")):
        text(c, x - 10, 790, yr, 8, centre=True)
    for x in (xs[2], xs[5]):
        text(c, x, 780, "Paid to", 8, right=True)
    for x, name in zip(xs, ("Staff %", "Agency %", "the fund", "Staff %", "Agency %", "the fund")):
        text(c, x, 770, name, 8, right=True)
    text(c, 40, 770, "Plan", 8)
    rows = [("Pension", ["97%", "61%", answer, "95%", "58%", answer]),
            ("Medical", ["100%", "74%", answer, "100%", "70%", answer])]
    for i, (lab, vals) in enumerate(rows):
        y = 755 - 13 * i
        text(c, 40, y, lab, 8)
        for x, v in zip(xs, vals):
            text(c, x, y, v, 8, right=True)
    c.showPage()
    c.save()
    facts = {(lab, yr): v for (lab, yr), (v, _) in table_facts(pdf).items()}
    assert facts[("Pension > Agency %", 2024)] == 61
    assert facts[("Medical > Staff %", 2023)] == 100
    assert facts[("Medical > Agency %", 2023)] == 70
    assert len(facts) == 8
