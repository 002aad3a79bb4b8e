"""Two tables side by side whose header years share one line and start over ("2030 2031 | 2029 2030 2031"),
the right one a single row of figures with no stub: the row of years is cut where the second run starts, so
the left table's rows keep their own unit (no unit from the right table's title) and the right row is named
by its title. The same years repeated over groups of one table ("2030 2031 | 2030 2031" under "Women" /
"Men") stay one table. Drawn with reportlab in wordings no report uses."""
from __future__ import annotations

import pytest

from pdf_draw import text

pytest.importorskip("reportlab")


def _facts(tmp_path, draw):
    from reportlab.pdfgen import canvas

    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    pdf = tmp_path / "s.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 800, "Cycling City Data", size=16)
    draw(c)
    c.showPage()
    c.save()
    return [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]


def _two_tables(c):
    text(c, 40, 760, "Cargo Bike Share of Deliveries (%)", size=9.5)
    text(c, 330, 760, "Spending on Cycle Lanes (EUR thousand)", size=9.5)
    for x, y in ((190, "2030"), (250, "2031"), (390, "2029"), (460, "2030"), (530, "2031")):
        text(c, x, 740, y, right=True)
    rows = [("Northern depot", "12", "17", ["2,310", "2,604", "2,975"]), ("Harbour depot", "31", "38", []),
            ("Old town depot", "44", "53", [])]
    for i, (lab, a, b, right) in enumerate(rows):
        y = 726 - 13 * i
        text(c, 40, y, lab)
        text(c, 190, y, a, right=True)
        text(c, 250, y, b, right=True)
        for x, v in zip((390, 460, 530), right):
            text(c, x, y, v, right=True)


def test_years_that_start_over_part_two_tables_side_by_side(tmp_path):
    got = {(f.label, f.year): (f.raw, f.unit) for f in _facts(tmp_path, _two_tables)}
    assert got[("Northern depot", 2031)] == ("17", "%")
    assert got[("Old town depot", 2030)] == ("44", "%")
    assert got[("Spending on Cycle Lanes", 2029)] == ("2,310", "EUR thousand")
    assert got[("Spending on Cycle Lanes", 2031)] == ("2,975", "EUR thousand")


def _groups(c):
    text(c, 40, 760, "Depot Staff", size=9.5)
    text(c, 220, 752, "Women", centre=True)
    text(c, 360, 752, "Men", centre=True)
    for x, y in ((190, "2030"), (250, "2031"), (330, "2030"), (390, "2031")):
        text(c, x, 740, y, right=True)
    for i, (lab, vals) in enumerate([("Northern depot", ["12", "17", "40", "41"]), ("Harbour depot", ["31", "38", "52", "50"])]):
        text(c, 40, 726 - 13 * i, lab)
        for x, v in zip((190, 250, 330, 390), vals):
            text(c, x, 726 - 13 * i, v, right=True)


def test_the_same_years_over_groups_stay_one_table(tmp_path):
    facts = _facts(tmp_path, _groups)
    assert len(facts) == 8 and all(f.label.startswith(("Northern depot", "Harbour depot")) for f in facts)
