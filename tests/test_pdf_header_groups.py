"""PDF table headers in layouts no sample report uses (h39, issue 20):
- numbered notes under a table ("1 excluding agency staff | 2 at 31 December") are no row: the body
  ends there, so its value columns and its header stay the table's.
Drawn with reportlab in wordings of our own."""
from __future__ import annotations

from pathlib import Path

import pytest

from esglens.facts import extract_facts
from esglens.read.pdf import read_pdf

from pdf_draw import draw_rows, stub_rows, table_facts, text

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")




def _noted(pdf, note_size: float, marks: bool) -> None:
    """Two years over "Early | Late" shift columns; a wide value row of totals only; numbered notes
    under the rows, the first at the left edge, the second under the value columns."""
    c = canvas_mod.Canvas(str(pdf))
    xs = (300, 340, 400, 440)
    text(c, 320, 772, "2022", size=7, centre=True)
    text(c, 420, 772, "2023", size=7, centre=True)
    text(c, 40, 760, "Staff per shift", size=7)
    for x, name in zip(xs, ("Early", "Late", "Early", "Late")):
        text(c, x, 760, name, size=7, right=True)
    m1, m2 = ("¹", "²") if marks else ("", "")
    rows = [("Depot drivers" + m1, ["1,204", "388", "1,251", "402"]),
            ("Depot mechanics", ["96", "41", "99", "40"]),
            ("Share on night work" + m2, ["", "24.4%", "", "24.3%"])]
    for i, (lab, vals) in enumerate(rows):
        y = 746 - 11 * i
        text(c, 40, y, lab, size=9)
        for x, v in zip(xs, vals):
            if v:
                text(c, x, y, v, size=9, right=True)
    text(c, 40, 746 - 11 * 3 - 2, "1 excluding agency staff on loan", size=note_size)
    text(c, 310, 746 - 11 * 3 - 2, "2 headcount at 31 December", size=note_size)
    c.showPage()
    c.save()


@pytest.mark.parametrize("note_size,marks", [(7.0, False), (9.0, True)])
def test_numbered_notes_under_a_table_are_no_row(tmp_path, note_size, marks):
    """Notes in smaller type, or in the rows' type with their numbers printed as markers above: the
    body ends at them, the stacked years still reach every column and no note is a value."""
    pdf = tmp_path / "notes.pdf"
    _noted(pdf, note_size, marks)
    f = table_facts(pdf)
    assert f[("Depot drivers > Early", 2022)][0] == 1204     # the marker is split off the label
    assert f[("Depot drivers > Late", 2023)][0] == 402
    assert f[("Depot mechanics > Late", 2022)][0] == 41
    assert len(f) == 10
    assert f[("Share on night work > Late", 2023)] == (24.3, "%")
    assert not any(v in (1, 2, 31) for v, _ in f.values())


def _names_over_years(pdf, name_x) -> None:
    """'Inland | Coastal' ferry routes over '2022 | 2023' repeated in each group; names at name_x."""
    c = canvas_mod.Canvas(str(pdf))
    xs = (280, 320, 380, 420)
    text(c, 40, 786, "Ferry crossings by route type")
    for x, name in zip(name_x, ("Inland", "Coastal")):
        text(c, x, 772, name, centre=True)
    for x, yr in zip(xs, ("2022", "2023", "2022", "2023")):
        text(c, x, 760, yr, right=True)
    rows = [("Passenger crossings (thousand)", ["812", "845", "1,310", "1,296"]),
            ("Vehicle crossings (thousand)", ["95", "95", "402", "417"])]
    stub_rows(c, 746, xs, rows)
    c.showPage()
    c.save()


@pytest.mark.parametrize("name_x", [(300, 400), (312, 412)], ids=["centred", "right"])
def test_group_names_over_repeated_years(tmp_path, name_x):
    """Every year column of every group is read, with its group's name (centred over its group, or
    set towards its last column); equal values in one row stay two facts."""
    pdf = tmp_path / "names_over_years.pdf"
    _names_over_years(pdf, name_x)
    f = table_facts(pdf)
    assert f[("Passenger crossings (thousand) > Inland", 2022)][0] == 812
    assert f[("Passenger crossings (thousand) > Inland", 2023)][0] == 845
    assert f[("Passenger crossings (thousand) > Coastal", 2022)][0] == 1310
    assert f[("Passenger crossings (thousand) > Coastal", 2023)][0] == 1296
    assert f[("Vehicle crossings (thousand) > Inland", 2023)][0] == 95
    assert f[("Vehicle crossings (thousand) > Coastal", 2023)] == (417, "thousand")
    assert len(f) == 8


def test_wrapped_group_names_over_repeated_years_under_a_wider_title(tmp_path):
    """Three years under each of two names wrapped over two lines, a title over both groups above them:
    each column takes its own year and its group's whole name (the wider title is not part of it)."""
    pdf = tmp_path / "wrapped_groups.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (250, 285, 320, 370, 405, 440)
    text(c, 345, 796, "Inspections by site class", centre=True)
    for x, (a, b) in zip((285, 405), (("Sites under", "permit review"), ("Sites with", "open findings"))):
        text(c, x, 782, a, centre=True)
        text(c, x, 773, b, centre=True)
    for x, yr in zip(xs, ("2019", "2020", "2021") * 2):
        text(c, x, 760, yr, right=True)
    for i, (lab, vals) in enumerate([("Quarries", ["14", "12", "9", "3", "5", "2"]),
                                     ("Landfills", ["6", "6", "7", "1", "0", "1"])]):
        y = 746 - 12 * i
        text(c, 40, y, lab)
        for x, v in zip(xs, vals):
            text(c, x, y, v, right=True)
    c.showPage()
    c.save()
    f = table_facts(pdf)
    assert f[("Quarries > Sites under permit review", 2019)][0] == 14
    assert f[("Quarries > Sites under permit review", 2021)][0] == 9
    assert f[("Quarries > Sites with open findings", 2020)][0] == 5
    assert f[("Landfills > Sites with open findings", 2021)][0] == 1
    assert len(f) == 12


def test_names_over_years_that_differ_between_groups_are_not_guessed(tmp_path):
    """'2021 | 2022' under one name and '2022 | 2023' under the other are no repeated groups:
    the header is not rewritten into groups (no fact carries a group name)."""
    pdf = tmp_path / "uneven.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (280, 320, 380, 420)
    for x, name in zip((300, 400), ("Inland", "Coastal")):
        text(c, x, 772, name, centre=True)
    for x, yr in zip(xs, ("2021", "2022", "2022", "2023")):
        text(c, x, 760, yr, right=True)
    text(c, 40, 746, "Timetabled sailings")
    for x, v in zip(xs, ("40", "41", "77", "79")):
        text(c, x, 746, v, right=True)
    text(c, 40, 734, "Cancelled sailings")
    for x, v in zip(xs, ("2", "3", "5", "4")):
        text(c, x, 734, v, right=True)
    c.showPage()
    c.save()
    f = table_facts(pdf)
    assert not any(lab.endswith(("> Inland", "> Coastal")) for lab, _ in f)


def _units_under_names(pdf, with_units: bool) -> None:
    """Years over 'Staff | Share' over a line of units '(persons) | (%)'."""
    c = canvas_mod.Canvas(str(pdf))
    xs = (300, 350, 420, 470)
    text(c, 325, 784, "2021", centre=True)
    text(c, 445, 784, "2022", centre=True)
    for x, name in zip(xs, ("Staff", "Share", "Staff", "Share")):
        text(c, x, 772, name, right=True)
    if with_units:
        for x, u in zip(xs, ("(persons)", "(%)", "(persons)", "(%)")):
            text(c, x, 762, u, right=True)
    rows = [("Laboratory", ["64", "12.5", "71", "13.0"]), ("Field survey", ["209", "40.8", "215", "39.4"])]
    for i, (lab, vals) in enumerate(rows):
        y = (748 if with_units else 758) - 12 * i
        text(c, 40, y, lab)
        for x, v in zip(xs, vals):
            text(c, x, y, v, right=True)
    c.showPage()
    c.save()


def test_units_under_the_column_names_reach_the_cells(tmp_path):
    """A line of bracketed units under the years' sub-columns: each cell takes its column's unit and
    keeps the sub-column name (without the unit) in its label."""
    pdf = tmp_path / "units.pdf"
    _units_under_names(pdf, True)
    f = table_facts(pdf)
    assert f[("Laboratory > Staff", 2021)] == (64, "persons")
    assert f[("Laboratory > Share", 2021)] == (12.5, "%")
    assert f[("Field survey > Staff", 2022)] == (215, "persons")
    assert f[("Field survey > Share", 2022)] == (39.4, "%")
    assert len(f) == 8


def test_no_unit_line_no_unit(tmp_path):
    """The same table without the unit line: the cells print no unit ('Share' is no unit)."""
    pdf = tmp_path / "no_units.pdf"
    _units_under_names(pdf, False)
    f = table_facts(pdf)
    assert f[("Laboratory > Share", 2021)] == (12.5, "")
    assert len(f) == 8


def test_title_across_fiscal_year_columns(tmp_path):
    """'Share of recycled input' set across 'FY 2022-23 | FY 2021-22': each column keeps its own fiscal
    year (the title is not cut word by word into the year cells)."""
    pdf = tmp_path / "title_over_years.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 772, "Input material")
    text(c, 380, 772, "Share of recycled input material", centre=True)
    text(c, 330, 760, "FY 2022-23", centre=True)
    text(c, 430, 760, "FY 2021-22", centre=True)
    for i, (lab, a, b) in enumerate([("Aluminium cans", "61%", "58.5%"), ("Corrugated cartons", "88%", "90%")]):
        y = 746 - 12 * i
        text(c, 40, y, lab)
        text(c, 345, y, a, right=True)
        text(c, 445, y, b, right=True)
    c.showPage()
    c.save()
    f = table_facts(pdf)
    assert f[("Aluminium cans", 2023)] == (61, "%")
    assert f[("Aluminium cans", 2022)] == (58.5, "%")
    assert f[("Corrugated cartons", 2022)] == (90, "%")
    assert len(f) == 4


def test_band_stubs_are_row_labels(tmp_path):
    """Rows of a size breakdown whose stubs are bands or bounds ('<50', '50–249', '>=250'): the stub is
    the row's label, not a value (no fact of 50 or 250, every region cell labelled by its band)."""
    pdf = tmp_path / "bands.pdf"
    draw_rows(pdf, "Suppliers by headcount band", ("Nordics", "Baltics", "Iberia"),
              [("<50", ["1,204", "388", "97"]), ("50–249", ["311", "64", "12"]), (">=250", ["58", "9", "3"])],
              xs=(300, 370, 440))
    facts = [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]
    got = {f.label: f.value for f in facts}
    assert got["<50 > Nordics"] == 1204
    assert got["50–249 > Iberia"] == 12
    assert got[">=250 > Baltics"] == 9
    assert len(facts) == 9 and not any(f.value in (50, 250) for f in facts)


def test_band_rows_under_a_value_row_are_its_breakdown(tmp_path):
    """'Drivers 1,592' then '<30 | 30–49 | >=50' rows at the same column, then 'Mechanics' and its bands:
    each band row is a part of the row above it, so equal values of the two breakdowns stay apart."""
    pdf = tmp_path / "band_parents.pdf"
    rows = [("Drivers", ["1,592", "804"]), ("<30", ["212", "7"]), ("30–49", ["901", "455"]), (">=50", ["479", "342"]),
            ("Mechanics", ["310", "95"]), ("<30", ["41", "7"]), ("30–49", ["180", "52"]), (">=50", ["89", "36"])]
    draw_rows(pdf, "Staff by age band", ("North depot", "South depot"), rows, xs=(300, 370))
    facts = [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]
    got = {f.label: f.value for f in facts}
    assert got["Drivers > <30 > South depot"] == 7
    assert got["Mechanics > <30 > South depot"] == 7
    assert got["Mechanics > >=50 > North depot"] == 89
    assert got["Drivers > North depot"] == 1592
    assert len(facts) == 16


def test_year_with_name_and_unit_brackets():
    from esglens.core.numbers import year_of
    assert year_of("2019 (Male) (%)") == 2019
    assert year_of("FY 2022-23 (Male) (number)") == 2023
    assert year_of("2019 (Male) (%) (x)") is None      # three brackets: no column header of ours


SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"


def _page_facts(name: str, page: int):
    pdf = SHARED / name
    if not pdf.exists():
        pytest.skip(f"{name} not present (../shared)")
    return [f for f in extract_facts(read_pdf(str(pdf), pages=[page])) if f.source == "table"]


def test_held_out_eni_units_under_names():
    """Eni 2021 p19 (h35's held-out key, in-sample since h39): '(%)' and '(number)' under Men / Women /
    Total under each year. First run: no cell had a unit (0 of 305)."""
    got = {(f.label, f.year): (f.value, f.unit) for f in _page_facts("eni_for_2021_sustainability_performance.pdf", 19)}
    assert got[("Senior managers > Men", 2017)] == (85.9, "%")
    assert got[("Senior managers > Total", 2021)] == (939, "number")
    assert got[("Middle managers > Under 30 > Women", 2021)] == (37.74, "%")


def test_held_out_bayer_names_over_years():
    """Bayer 2021 p74 'Women | Men' over '2020 2021 2020 2021' and p76 'Voluntary | Total' (h35's held-out
    key, in-sample since h39). First run: every 2021 cell of both tables was missing."""
    got = {(f.label, f.year): f.value for f in _page_facts("bayer_sustainability_report_2021.pdf", 74)}
    assert got[("Total > Women", 2021)] == 40924
    assert got[("Total > Men", 2021)] == 58713
    assert got[("Total > Men", 2020)] == 58836
    got = {(f.label, f.year): f.value for f in _page_facts("bayer_sustainability_report_2021.pdf", 76)}
    assert got[("Women > Voluntary", 2021)] == 6.7
    assert got[("Total > Total", 2021)] == 12.1


def test_staff_and_thousand_currency_units_in_labels():
    """'(FTE)' and 'in kEUR' name the row's unit; '(HC)' does not (headcount or hydrocarbons)."""
    from esglens.tables.labels import label_unit
    assert label_unit("Seasonal contractors (FTE)") == "FTE"
    assert label_unit("Supervisory board fees in kEUR") == "kEUR"
    assert label_unit("Hydrocarbons (HC)") == ""


def test_held_out_united_spirits_title_over_fiscal_years():
    """United Spirits 2024 p26 (h35's held-out key; this mechanism fixed against it by h39): '% Reclaimed
    Packaging Material' over 'FY 2023-24 | FY 2022-23'. First run: the FY 2022-23 cell was dated 2024."""
    got = {(f.label, f.year): f.value for f in _page_facts("united_spirits_brsr_fy2023-24.pdf", 26)}
    glass = "Glass (Market bottles reclaimed as percentage of total glass used)"
    assert got[(glass, 2024)] == 13
    assert got[(glass, 2023)] == 12.5


def test_a_blank_notes_columns_heading_is_no_word_of_the_name_beside_it(tmp_path):
    """Two years over "Cases opened | Cases closed | Notes", the names on three lines; no row fills the
    Notes columns and their heading is set right against the "closed" of the column before: the
    heading stands beside that name, it is no word of it."""
    pdf = tmp_path / "notes.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = (260, 320, 440, 500)
    text(c, 290, 790, "2022", centre=True)
    text(c, 470, 790, "2023", centre=True)
    text(c, 40, 778, "Office")
    for x in xs:
        text(c, x, 778, "Cases", right=True)
        text(c, x, 758, "in year", right=True)
    for x, w in zip(xs, ("opened", "closed", "opened", "closed")):
        text(c, x, 768, w, right=True)
    text(c, 323, 768, "Notes")
    text(c, 503, 768, "Notes")
    stub_rows(c, 744, xs, [("Lisbon", ["14", "12", "9", "9"]), ("Porto", ["6", "5", "8", "7"]),
                           ("Faro", ["2", "2", "3", "1"])])
    c.showPage()
    c.save()
    cols = {(f.label, f.year): f.value for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}
    assert cols[("Lisbon > Cases closed in year", 2022)] == 12.0
    assert cols[("Faro > Cases closed in year", 2023)] == 1.0 and cols[("Porto > Cases opened in year", 2023)] == 8.0
    assert not any("Notes" in lab for lab, _ in cols)
