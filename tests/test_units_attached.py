"""Units as printed, attached to table cells on constructed pages (issue 13): a unit that wraps over
more lines of its value cell than a row's pitch holds; a unit that a note line under the table gives
for one row; a scale word with its currency on the line below."""
from __future__ import annotations

import pytest

from pdf_draw import table_facts, text

pytest.importorskip("reportlab")


def test_unit_wrapped_over_four_lines_of_its_cell(tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "wrap.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 772, "Indicator")
    text(c, 330, 772, "2023", right=True)
    text(c, 420, 772, "2022", right=True)
    text(c, 40, 750, "Waste generated")
    text(c, 330, 750, "1,250 t", right=True)
    text(c, 420, 750, "1,310 t", right=True)
    text(c, 40, 728, "GHG emissions per unit of sales")
    for x, v in ((330, "3.5 kg of CO2"), (420, "3.9 kg of CO2")):
        text(c, x, 728, v, right=True)
        text(c, x, 719, "equivalent", right=True)
        text(c, x, 710, "per tonne of", right=True)
        text(c, x, 701, "product", right=True)
    text(c, 40, 670, "The figures above cover every plant the group ran in the year, including joint ventures.")
    c.showPage()
    c.save()
    got = table_facts(pdf)
    assert got[("GHG emissions per unit of sales", 2023)] == (3.5, "kg of CO2 equivalent per tonne of product")
    assert got[("GHG emissions per unit of sales", 2022)] == (3.9, "kg of CO2 equivalent per tonne of product")
    assert got[("Waste generated", 2023)] == (1250.0, "t")


def test_unit_given_by_a_note_under_the_table(tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "note.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 772, "Item")
    text(c, 330, 772, "FY 2024", right=True)
    text(c, 420, 772, "FY 2023", right=True)
    text(c, 40, 758, "Fuel burnt on site (diesel and LPG)")
    text(c, 330, 758, "8,120", right=True)
    text(c, 420, 758, "7,905", right=True)
    text(c, 40, 746, "Fuel burnt per unit of revenue (fuel/revenue)")
    text(c, 330, 746, "0.42", right=True)
    text(c, 420, 746, "0.47", right=True)
    text(c, 40, 722, "** Fuel burnt per unit of revenue - (kilolitres/` lakh)")
    c.showPage()
    c.save()
    got = table_facts(pdf)
    assert got[("Fuel burnt per unit of revenue (fuel/revenue)", 2024)] == (0.42, "kilolitres/₹ lakh")
    assert got[("Fuel burnt on site (diesel and LPG)", 2024)] == (8120.0, "")   # the note names the other row


def test_note_unit_names_its_row_by_its_first_words():
    from esglens.tables.note_units import note_unit

    assert note_unit("* Energy intensity per unit of sales- (GJ/` crore)") == (
        ["energy", "intensity", "per", "unit", "of", "sales"], "GJ/₹ crore")
    assert note_unit("Water use per tonne (Kiloliters/tonne)") == (["water", "use", "per", "tonne"], "Kiloliters/tonne")
    assert note_unit("* Data for the year are restated (see page 12)") is None   # no unit in the bracket


def test_scale_word_and_currency_are_one_unit():
    from esglens.core.units import parse_unit

    u = parse_unit("trillion yen")
    assert (u.scale, u.currency, u.dim) == (1e12, "JPY", "currency")
    u = parse_unit("Yen in billions")
    assert (u.scale, u.currency) == (1e9, "JPY")
    u = parse_unit("₹ in crore")
    assert (u.scale, u.currency) == (1e7, "INR")
    u = parse_unit("kWh/` lakh")    # the rupee sign a font mapped to a backtick
    assert (u.den.scale, u.den.currency) == (1e5, "INR")
    assert parse_unit("CHF million").currency == "CHF"


def test_rupee_backtick_in_any_printed_unit_but_not_a_thousands_mark():
    from esglens.tables.units import currency_tick

    assert currency_tick("tCO2e/` million") == "tCO2e/₹ million"
    assert currency_tick("`000") == "`000"   # a thousands mark printed with a backtick


@pytest.mark.parametrize("label, unit", [
    ("Average headcount FTE", "FTE"),                      # a head-count unit closing the label
    ("Staff in FTE at year end", "FTE"),
    ("Apprentices (HC)", "HC"),
    ("Hydrocarbons (HC)", ""),                             # HC is a head count only among people's figures
    ("Further education days", "days"),                    # an amount of time named by its unit
    ("Overtime hours", "hours"),
    ("Days lost", ""),                                     # the unit first: counted_noun's case, not this one
    ("Number of holidays", ""),
])
def test_unit_named_in_the_label(label, unit):
    from esglens.tables.labels import label_unit, named_unit

    assert (label_unit(label) or named_unit(label)) == unit


def test_a_scale_and_currency_cell_left_of_the_unit_column_is_the_unit():
    from esglens.document.build import build
    from esglens.facts import extract_facts
    from esglens.model import Document, TextLine

    text = "Indicator\tUnit\t2023\ntrillion won\t\t4.7\nWaste recycled\tt\t1,200"
    lines = [TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)]
    doc = build(Document(path="t.txt", name="t.txt", sha256="0", kind="text", lines=lines))
    got = {f.line: (f.value, f.unit) for f in extract_facts(doc) if f.source == "table"}
    assert got[2] == (4.7, "trillion won")   # not "won" with "trillion" as the row's label
    assert got[3] == (1200.0, "t")


def test_a_rate_formula_split_over_two_rows_of_the_unit_column():
    from esglens.document.build import build
    from esglens.facts import extract_facts
    from esglens.model import Document, TextLine

    # the formula is centred on its row over two lines: its first line sits on the row above
    text = ("Safety\t\t\t2022\t2023\n"
            "Recordable incident rate\t\t(recordable incidents/ hours worked) x 200,000\t0.81\t0.77\n"
            "\tSite staff\t(lost-time incidents/ hours worked)\t0.64\t0.60\n"
            "Lost-time incident rate\t\tx 200,000\t0.31\t0.29\n"
            "\tSite staff\t\t0.22\t0.20")
    lines = [TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)]
    doc = build(Document(path="t.txt", name="t.txt", sha256="0", kind="text", lines=lines))
    got = {(f.line, f.year): f.unit for f in extract_facts(doc) if f.source == "table"}
    assert got[(3, 2023)] == "(recordable incidents/ hours worked) x 200,000"   # its group's formula
    assert got[(4, 2023)] == "(lost-time incidents/ hours worked) x 200,000"
    assert got[(5, 2023)] == "(lost-time incidents/ hours worked) x 200,000"


def _unit_column_page(pdf, rows):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(pdf))
    text(c, 40, 772, "Item")
    text(c, 200, 772, "Unit")
    for x, yr in ((330, "2022"), (420, "2023")):
        text(c, x, 772, yr, right=True)
    for i, (lab, unit, vals) in enumerate(rows):
        y = 756 - 14 * i
        text(c, 40, y, lab)
        text(c, 200, y, unit)
        for x, v in zip((330, 420), vals):
            text(c, x, y, v, right=True)
    c.showPage()
    c.save()
    return {(f.label, f.year): f.unit for f in table_facts_list(pdf)}


def table_facts_list(pdf):
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf
    return [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]


def test_a_merged_unit_cell_centred_on_the_rows_it_spans(tmp_path):
    got = _unit_column_page(tmp_path / "merged.pdf", [
        ("Contract staff", "", ("10", "12")), ("Agency staff", "persons", ("5", "6")), ("All temporary staff", "", ("15", "18")),
        ("Audit coverage", "%", ("80", "85")),
        ("Site audits", "", ("3", "4")), ("", "cases", ()), ("Audit findings", "", ("7", "9"))])
    assert got[("Contract staff", 2023)] == got[("All temporary staff", 2022)] == "persons"
    assert got[("Site audits", 2023)] == got[("Audit findings", 2023)] == "cases"   # the unit on a line of its own
    assert got[("Audit coverage", 2023)] == "%"


def test_a_unit_on_the_first_of_several_rows_is_not_spread(tmp_path):
    got = _unit_column_page(tmp_path / "first.pdf", [
        ("Employees", "persons", ("100", "110")), ("Share of women", "", ("40", "42")), ("Share of men", "", ("60", "58"))])
    assert got[("Employees", 2023)] == "persons"
    assert got[("Share of women", 2023)] == ""   # not centred: each row's own, unprinted


def test_a_unit_between_rows_of_dashes_stays_on_its_row(tmp_path):
    got = _unit_column_page(tmp_path / "dashes.pdf", [
        ("Mercury released", "kg", ("1.2", "1.1")),
        ("Lead released", "", ("-", "-")), ("Dioxins released", "g TEQ", ("-", "0.4")), ("Cadmium released", "", ("-", "-")),
        ("Sites reporting", "number", ("12", "14"))])
    assert got[("Dioxins released", 2023)] == "g TEQ"
    assert got[("Lead released", 2023)] == ""   # nothing says the dashes' rows are in its unit


def test_a_formula_column_beside_the_stub_is_no_description():
    """A rate's formula beside each stub, its multiplier printed with a thousands mark: the comma of
    '1,000,000' is no clause mark and a formula is a unit, so the column is no description (which the
    rows' labels would drop); a real description beside the stub still is one."""
    from esglens.tables.label_columns import description_columns

    formulas = [["Fatality rate", "(fatal accidents/ person-hours) x 1,000,000", "0.02", "0.01"],
                ["Severity rate", "(days lost to injuries/ person-hours) x 1,000", "4.1", "3.8"]]
    assert description_columns(formulas) == set()
    schemes = [["Mentoring", "Pairs each new nurse with a senior colleague, 10,000 hours a year", "40", "38"],
               ["Night school", "Evening classes at the college, paid in full by the hospital", "12", "15"]]
    assert description_columns(schemes) == {1}
