"""Rule family "an identifier is no figure" (facts/identifiers.py): industry codes, registration and contact
numbers, serial numbers and yes/no answers are not amounts. Tables and names of our own, in wordings and layouts
no sample report uses (a markdown table and a PDF drawn with reportlab)."""
from __future__ import annotations

import pytest

from esglens.document.build import build
from esglens.facts import extract_facts
from esglens.facts.identifiers import (answer_column, identifier_column, identifier_row, identifier_rule,
                                       leading_zero, names_identifier)
from esglens.model import Document, Fact, TextLine


def _fact(raw, value, unit="", label="Cold storage", column=None, source="table"):
    return Fact(value=value, raw=raw, unit=unit, year=2040, label=label, source=source, page=1, column=column)


@pytest.mark.parametrize("name", ["Activity Code", "ANZSIC code", "Sl. No.", "Licence No.", "Helpline Number",
                                  "Entity identifier (LEI)", "UEN", "Postal code", "郵便番号", "Tax No", "VAT number",
                                  "HS code"])
def test_names_of_identifiers(name):
    assert names_identifier(name) is True


@pytest.mark.parametrize("name", ["Number of licences", "No. of depots", "Female No. (C)", "No.", "Codes of practice",
                                  "Staff trained on the code", "Headcount", "Total permits", "Share of revenue",
                                  "Training on ID verification", "Depots", "Tin", "VAT", "GST paid"])
def test_names_of_counts_and_things(name):
    assert names_identifier(name) is False


def test_a_bare_code_under_a_code_column_is_no_figure():
    assert identifier_column(_fact("5210", 5210.0, column="Activity Code"))
    assert identifier_column(_fact("52.10", 52.1, column="FY 2040 (Activity code)"))
    # a share or a count with its unit under such a head is no code; nor a code under a head naming no identifier
    assert not identifier_column(_fact("62%", 62.0, "%", column="Activity Code"))
    assert not identifier_column(_fact("5210", 5210.0, "t", column="Activity Code"))
    assert not identifier_column(_fact("5210", 5210.0, column="Depots"))
    assert not identifier_column(_fact("5,210", 5210.0, column="Activity Code"))   # a thousands separator: a count


def test_a_bare_code_beside_an_identifier_name_and_a_leading_zero():
    assert identifier_row(_fact("0047781", 47781.0, label="Licence No."))
    assert identifier_row(_fact("1300 555 019", None, label="Helpline Number"))
    assert not identifier_row(_fact("47", 47.0, label="Number of licences"))
    assert leading_zero(_fact("0047781", 47781.0, label="Auditor"))
    assert not leading_zero(_fact("0.47", 0.47))
    assert not leading_zero(_fact("047%", 47.0, "%"))
    assert not leading_zero(_fact("470", 470.0))


def test_a_nil_under_a_yes_no_column_is_an_answer():
    head = "FY 2040 (Withheld and remitted to the fund (Y/N/N.A.))"
    assert answer_column(_fact("N.A.", None, column=head))
    assert answer_column(_fact("-", None, column="Remitted (Yes/No)"))
    assert not answer_column(_fact("98%", 98.0, "%", column=head))       # a figure in it stays a figure
    assert not answer_column(_fact("N.A.", None, column="FY 2040"))      # a nil elsewhere: not disclosed
    assert identifier_rule(_fact("N.A.", None, column=head)) == "answer_column"
    assert identifier_rule(_fact("98%", 98.0, "%", column=head)) is None


_REGISTER = """# Depot Register 2040

Our depots and what they earn, for the year 2040.

| Line of business | Activity Code | Share of revenue |
|---|---|---|
| Cold storage | 5210 | 62% |
| Freight forwarding | 5229 | 38% |

| Benefit | FY 2040 Covered (%) | FY 2040 Remitted (Y/N/N.A.) | FY 2039 Covered (%) | FY 2039 Remitted (Y/N/N.A.) |
|---|---|---|---|---|
| Provident fund | 100% | Y | 100% | Y |
| Medical cover | 87% | N.A. | 85% | N.A. |
"""


def test_a_register_keeps_its_shares_and_drops_its_codes_and_answers():
    lines = [TextLine(t, line=i) for i, t in enumerate(_REGISTER.split("\n"), 1)]
    facts = [f for f in extract_facts(build(Document(path="t.md", name="t.md", sha256="0", kind="text", lines=lines)))
             if f.source == "table"]
    got = sorted((f.raw, f.year) for f in facts)
    assert ("5210", 2040) not in got and ("5229", 2040) not in got
    assert not any(f.raw == "N.A." for f in facts)
    assert sorted(r for r, _ in got) == ["100%", "100%", "38%", "62%", "85%", "87%"]


def test_a_drawn_form_drops_its_codes_and_registration_number(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas
    from pdf_draw import text
    from esglens.read.pdf import read_pdf

    pdf = tmp_path / "depots.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 780, "Depot Register for the year 2040", size=12)
    text(c, 40, 756, "Line of business")
    text(c, 300, 756, "Activity Code", right=True)
    text(c, 420, 756, "Share of revenue", right=True)
    for i, (name, code, share) in enumerate([("Cold storage", "5210", "62%"), ("Freight forwarding", "5229", "38%"),
                                             ("Bonded warehousing", "5224", "11%")]):
        y = 742 - 14 * i
        text(c, 40, y, name)
        text(c, 300, y, code, right=True)
        text(c, 420, y, share, right=True)
    text(c, 40, 660, "Signed for the auditors, Licence No.: 0047781")
    c.showPage()
    c.save()
    facts = [f for f in extract_facts(read_pdf(str(pdf)))]
    raws = sorted(f.raw for f in facts)
    assert "5210" not in raws and "5229" not in raws and "5224" not in raws and "0047781" not in raws
    assert sorted(f.raw for f in facts if f.unit == "%") == ["11%", "38%", "62%"]
