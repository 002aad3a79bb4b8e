"""Rule "unit on the first row" (tables.lead_units): a unit printed in the first value row's cells only holds
down its column to a section row, a blank gap or a new header, unless a later row prints a unit (then rows print
their own: nothing carried); a rate row takes no tonnes.
Drawn with reportlab in wordings and layouts no report uses."""
from __future__ import annotations

import pytest

from pdf_draw import table_facts, text

pytest.importorskip("reportlab")

XS = (330, 400)


def _draw(tmp_path, rows, top=746, pitch=14):
    """`rows`: (stub, [values]) or None for a blank line; values right-aligned under 2040 | 2041."""
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "lead.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 40, 790, "Ferry Line Passenger Mix", size=12)
    text(c, 40, 760, "Passenger class")
    for x, y in zip(XS, ("2040", "2041")):
        text(c, x, 760, y, right=True)
    y = top
    for row in rows:
        if row is not None:
            stub, vals = row
            text(c, 40, y, stub)
            for x, v in zip(XS, vals):
                if v:
                    text(c, x, y, v, right=True)
        y -= pitch
    c.showPage()
    c.save()
    return table_facts(pdf)


def test_a_percent_on_the_first_row_holds_down_every_column(tmp_path):
    got = _draw(tmp_path, [("Deck travellers", ["44.1 %", "40.7 %"]), ("Cabin travellers", ["38.5", "41.0"]),
                           ("Vehicle drivers", ["17.4", "18.3"])])
    assert got[("Cabin travellers", 2040)] == (38.5, "%")
    assert got[("Vehicle drivers", 2041)] == (18.3, "%")
    assert got[("Deck travellers", 2041)] == (40.7, "%")


def test_a_unit_in_the_first_cell_only_holds_for_the_row_and_its_columns(tmp_path):
    got = _draw(tmp_path, [("Freight carried", ["2,310 t", "2,455"]), ("Mail carried", ["118", "131"])])
    assert got[("Freight carried", 2041)] == (2455.0, "t")
    assert got[("Mail carried", 2040)] == (118.0, "t")


def test_a_later_row_printing_a_unit_shows_rows_print_their_own(tmp_path):
    # "Fuel burnt" prints its tonnes: this table's rows print their own units, a blank says none
    got = _draw(tmp_path, [("Deck travellers", ["44.1 %", "40.7 %"]), ("Cabin travellers", ["38.5", "41.0"]),
                           ("Fuel burnt", ["1,830 t", "1,790 t"]), ("Lubricant burnt", ["12", "11"])])
    assert got[("Cabin travellers", 2040)] == (38.5, "")
    assert got[("Lubricant burnt", 2040)] == (12.0, "")
    assert got[("Fuel burnt", 2041)] == (1790.0, "t")


def test_a_section_row_ends_the_unit(tmp_path):
    got = _draw(tmp_path, [("Deck travellers", ["44.1 %", "40.7 %"]), ("Cabin travellers", ["38.5", "41.0"]),
                           ("Crossings", []), ("Morning sailings", ["312", "330"])])
    assert got[("Cabin travellers", 2040)] == (38.5, "%")
    assert got[("Crossings > Morning sailings", 2040)] == (312.0, "")


def test_a_blank_gap_ends_the_unit(tmp_path):
    got = _draw(tmp_path, [("Deck travellers", ["44.1 %", "40.7 %"]), ("Cabin travellers", ["38.5", "41.0"]),
                           None, ("Morning sailings", ["312", "330"])])
    assert got[("Cabin travellers", 2041)] == (41.0, "%")
    assert got[("Morning sailings", 2041)] == (330.0, "")


def test_no_unit_on_the_first_row_carries_nothing(tmp_path):
    got = _draw(tmp_path, [("Deck travellers", ["441", "407"]), ("Cabin travellers", ["38.5 %", "41.0 %"]),
                           ("Vehicle drivers", ["17.4", "18.3"])])
    assert got[("Vehicle drivers", 2040)] == (17.4, "")


def test_a_rate_row_takes_no_tonnes_and_a_count_no_percent(tmp_path):
    got = _draw(tmp_path, [("Freight carried", ["2,310 t", "2,455 t"]), ("Freight loss rate", ["0.4", "0.3"])])
    assert got[("Freight loss rate", 2040)] == (0.4, "")
    from esglens.tables.lead_units import LeadUnits

    lead = LeadUnits(units={1: "%"}, opened=True)
    assert lead.carried(1, ["Fleet", "Number of berths"]) == ""
    assert lead.carried(1, ["Fleet", "Berths occupied"]) == "%"
    assert lead.carried(2, ["Fleet", "Berths occupied"]) == ""
