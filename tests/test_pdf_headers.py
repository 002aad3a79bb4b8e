"""PDF table header rows that glued text hid (h26, issue 20): years stacked over repeated sub-columns,
a year with a qualifier word, a unit note over the last column, a nil dash printed with its unit sign.
Drawn with reportlab in wordings and layouts of our own (no sample report uses them)."""
from __future__ import annotations

import pytest

from esglens.core.numbers import is_not_disclosed
from esglens.facts import extract_facts
from esglens.read.pdf import read_pdf

from pdf_draw import stub_rows, table_facts, text

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")




def _grouped(pdf, year_x):
    """Two years, each over 'Plant | Office' (so four value columns); the years at year_x."""
    c = canvas_mod.Canvas(str(pdf))
    xs = (300, 350, 420, 470)
    text(c, 40, 772, "Water drawn by site type")
    for x, yr in zip(year_x, ("2022", "2023")):
        text(c, x, 760, yr, centre=True)
    for x, name in zip(xs, ("Plant", "Office", "Plant", "Office")):
        text(c, x, 748, name, right=True)
    rows = [("Municipal supply (megalitres)", ["410", "12", "395", "12"]),
            ("Borehole abstraction (megalitres)", ["88", "", "91", "3"])]
    stub_rows(c, 734, xs, rows)
    c.showPage()
    c.save()


def test_years_stacked_over_repeated_sub_columns(tmp_path):
    """Each sub-column takes the year of its group, and its name keeps equal values apart."""
    pdf = tmp_path / "groups.pdf"
    _grouped(pdf, (325, 445))       # each year centred over its two columns
    f = table_facts(pdf)
    assert f[("Municipal supply (megalitres) > Plant", 2022)][0] == 410
    assert f[("Municipal supply (megalitres) > Office", 2022)][0] == 12
    assert f[("Municipal supply (megalitres) > Plant", 2023)][0] == 395
    assert f[("Municipal supply (megalitres) > Office", 2023)][0] == 12    # same value, own fact
    assert f[("Borehole abstraction (megalitres) > Office", 2023)][0] == 3
    assert ("Borehole abstraction (megalitres) > Office", 2022) not in f
    assert len(f) == 7


def test_years_set_right_over_their_groups(tmp_path):
    """The same table with each year set over the last column of its group."""
    pdf = tmp_path / "groups_right.pdf"
    _grouped(pdf, (345, 465))
    f = table_facts(pdf)
    assert f[("Municipal supply (megalitres) > Plant", 2022)][0] == 410
    assert f[("Borehole abstraction (megalitres) > Plant", 2023)][0] == 91
    assert len(f) == 7


def test_year_with_qualifier_and_unit_note(tmp_path):
    """'FY2024 Plan' is the year 2024's column; '(EUR million)' over the last column is no header
    text of that column."""
    pdf = tmp_path / "plan.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 470, 774, "(EUR million)", right=True)
    text(c, 380, 760, "FY2023 Result", right=True)
    text(c, 470, 760, "FY2024 Plan", right=True)
    for i, (lab, a, b) in enumerate([("Capital spending on heat pumps", "36.5", "52.0"),
                                     ("Fleet electrification budget", "8.1", "11.4"),
                                     ("Grid connection works", "2.0", "2.2")]):
        y = 746 - 12 * i
        text(c, 40, y, lab)
        text(c, 380, y, a, right=True)
        text(c, 470, y, b, right=True)
    c.showPage()
    c.save()
    f = table_facts(pdf)
    assert f[("Capital spending on heat pumps", 2023)][0] == 36.5
    assert f[("Capital spending on heat pumps", 2024)][0] == 52.0
    assert f[("Grid connection works", 2024)][0] == 2.2
    assert len(f) == 6


def test_dash_with_unit_sign_is_nil():
    assert is_not_disclosed("–%") and is_not_disclosed("-%")
    assert not is_not_disclosed("5%") and not is_not_disclosed("%")


def test_target_years_above_rows_whose_cells_run_over_lines(tmp_path):
    """A plan table: 'FY2025 goal | FY2026 goal | FY2027 goal' heads rows whose value cells run over
    two or three lines ('4.0 million' over 'sheets'; '2% cut' over 'versus' over 'FY2024'). The
    years under 'versus' are the cells' base years, not the columns' years: the rows below keep the
    goal years, and a line of values only keeps its first value."""
    pdf = tmp_path / "goals.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (330, 400, 470)
    text(c, 40, 770, "Area")
    text(c, 140, 770, "Measure")
    for x, yr in zip(xs, ("FY2025 goal", "FY2026 goal", "FY2027 goal")):
        text(c, x, 770, yr, centre=True)
    rows = [("Packaging", "Recycled board bought", [["4.0 million", "sheets"], ["4.5 million", "sheets"],
                                                    ["5.2 million", "sheets"]]),
            ("", "Energy use per parcel sorted", [["2% cut", "versus", "FY2024"], ["2% cut", "versus", "FY2025"],
                                                  ["2% cut", "versus", "FY2026"]]),
            ("Fleet", "Electric vans on the road", [["310 vans"], ["520 vans"], ["800 vans"]])]
    y = 752
    for area, measure, cells in rows:
        n = max(len(cl) for cl in cells)
        mid = y - 5 * (n - 1)
        if area:
            text(c, 40, mid, area)
        text(c, 140, mid, measure)
        for x, cl in zip(xs, cells):
            for i, piece in enumerate(cl):
                text(c, x, y - 10 * i, piece, centre=True)
        y -= 10 * n + 10
    c.showPage()
    c.save()
    got = {(f.value, f.year) for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"
           and f.value is not None}
    assert (310, 2025) in got and (520, 2026) in got and (800, 2027) in got
    assert not any(year in (2024,) for _, year in got)
    assert (4.0, 2025) in got and (5.2, 2027) in got


def test_last_line_of_a_paragraph_above_is_no_header(tmp_path):
    """A paragraph in body type ends just above a table's year line, its last words falling over the
    value columns: they are prose, not the columns' names (the years stay the header)."""
    pdf = tmp_path / "prose_above.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 300, 790, "Depots report their figures each quarter", 11)
    text(c, 300, 777, "to all auditors.", 11)
    for x, yr in zip((330, 400, 470), ("2021", "2022", "2023")):
        text(c, x, 764, yr, right=True)
    for i, (lab, vals) in enumerate([("Tyres retreaded", ["1,210", "1,388", "1,502"]),
                                     ("Batteries returned", ["96", "104", "131"])]):
        text(c, 60, 750 - 12 * i, lab)
        for x, v in zip((330, 400, 470), vals):
            text(c, x, 750 - 12 * i, v, right=True)
    c.showPage()
    c.save()
    f = table_facts(pdf)
    assert f[("Tyres retreaded", 2021)][0] == 1210
    assert f[("Batteries returned", 2023)][0] == 131
    assert len(f) == 6


def test_label_half_a_line_off_its_values(tmp_path):
    """Cells centred on their row: the values' line and their unit's line above and below the label
    ('9.4 million' / 'Kilometres driven by the pool fleet' / 'km'). The label is the row's."""
    pdf = tmp_path / "centred.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (330, 400, 470)
    text(c, 60, 770, "Item")
    for x, yr in zip(xs, ("2024 plan", "2025 plan", "2026 plan")):
        text(c, x, 770, yr, centre=True)
    for x, v in zip(xs, ("9.4 million", "8.8 million", "8.1 million")):
        text(c, x, 754, v, centre=True)
        text(c, x, 746, "km", centre=True)
    text(c, 60, 750, "Kilometres driven by the pool fleet")
    c.showPage()
    c.save()
    got = {(f.label, f.year): f.value for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}
    assert got == {("Kilometres driven by the pool fleet", 2024): 9.4, ("Kilometres driven by the pool fleet", 2025): 8.8,
                   ("Kilometres driven by the pool fleet", 2026): 8.1}


def test_stub_with_scale_and_unit_over_years(tmp_path):
    """'1,000 cubic metres' in the stub of a year header is the rows' scale and unit, not a value: the years
    head the columns and no fact reads the stub as a number."""
    pdf = tmp_path / "scale.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 60, 770, "1,000 cubic metres")
    for x, yr in zip((330, 400), ("2022", "2023")):
        text(c, x, 770, yr, right=True)
    for i, (lab, a, b) in enumerate([("Rainwater stored at depots", "12.4", "13.9"),
                                     ("Water bought from utilities", "81.0", "77.2")]):
        text(c, 60, 756 - 12 * i, lab)
        text(c, 330, 756 - 12 * i, a, right=True)
        text(c, 400, 756 - 12 * i, b, right=True)
    c.showPage()
    c.save()
    facts = [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]
    got = {(f.label, f.year): f.value for f in facts}
    assert got == {("Rainwater stored at depots", 2022): 12.4, ("Rainwater stored at depots", 2023): 13.9,
                   ("Water bought from utilities", 2022): 81.0, ("Water bought from utilities", 2023): 77.2}
    assert all(f.unit == "1,000 cubic metres" for f in facts)
