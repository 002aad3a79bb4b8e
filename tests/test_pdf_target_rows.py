"""A targets table whose rows carry a start year and a target year in columns of their own ("Programme |
Commitment | From | By | Goal"): a row whose only figure is a nil printed with its unit ("–%") is a row of the
table, not its end (before: the table stopped at it, the first row stood alone without its header, and the rest
took the nil row for their header); and a figure under a column named by a target word alone is dated by the
row's target year, with the target word in its label (before: year null). A figure under any other column
("Progress") stays the period's, with no one year. Drawn with reportlab in wordings no report uses."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

_ROWS = [
    ("Tram guild", "Depot heat from waste water", "2018", "2027", "+61%"),
    ("Tram guild", "Diesel shunting engines retired", "2018", "2029", "–%"),
    ("Ferry union", "Hull coating solvent use", "2016", "2026", "–38.5%"),
    ("Ferry union", "Shore power at berths", "2016", "2026", "+12%"),
    ("Cable railway", "Brake dust captured", "2020", "2032", "–72%"),
]


def _draw(pdf, last="Goal"):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(pdf))

    def put(x, y, s, right=False, size=8):
        c.setFont("Helvetica", size)
        (c.drawRightString if right else c.drawString)(x, y, s)
    put(40, 800, "Transit cooperative: what we signed up to", size=12)
    put(40, 780, "The cooperative's members agreed the commitments below with their regional councils.")
    put(330, 751, "Baseline", right=True)
    put(390, 751, "Deadline", right=True)
    put(330, 742, "year", right=True)
    put(390, 742, "year", right=True)
    put(40, 742, "Programme")
    put(130, 742, "Commitment")
    put(460, 742, last, right=True)
    for i, row in enumerate(_ROWS):
        y = 728 - 13 * i
        put(40, y, row[0])
        put(130, y, row[1])
        for x, v in zip((330, 390, 460), row[2:]):
            put(x, y, v, right=True)
    put(40, 640, "Members report progress every spring to the council of the cooperative.")
    c.showPage()
    c.save()


def _facts(pdf):
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    return {f.raw: f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}


def test_every_row_is_read_and_a_target_has_its_target_year(tmp_path):
    pdf = tmp_path / "t.pdf"
    _draw(pdf)
    got = _facts(pdf)
    assert set(got) == {"+61%", "–%", "–38.5%", "+12%", "–72%"}
    assert (got["+61%"].year, got["+61%"].value) == (2027, 61.0)
    assert got["+61%"].label.startswith("Tram guild > Depot heat from waste water") and got["+61%"].label.endswith("> Goal")
    assert (got["–%"].year, got["–%"].value, got["–%"].unit) == (2029, None, "%")
    assert (got["–38.5%"].year, got["–72%"].year) == (2026, 2032)


def test_a_column_that_names_no_target_keeps_the_period(tmp_path):
    pdf = tmp_path / "p.pdf"
    _draw(pdf, last="Progress")
    got = _facts(pdf)
    assert "+61%" in got and "–72%" in got
    assert got["+61%"].year is None and got["–72%"].year is None
    assert "(2018–2027)" in got["+61%"].label and "Progress" not in got["+61%"].label


def test_a_nil_with_its_unit_is_a_value_token_and_a_row():
    from esglens.core.numbers import parse_value
    from esglens.read.pdf_table_tokens import is_value

    assert is_value("–%") and is_value("- %") and not is_value("–x%")
    assert not is_value("1 January") and not is_value("31 Dec.") and is_value("31 tonnes")
    p = parse_value("–%")
    assert p.value is None and p.unit == "%"
    assert parse_value("–").unit == ""
