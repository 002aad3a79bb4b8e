"""A cell of a table or form region that names its own figure ("Rainwater harvested: 4,210 m3") is read as
that cell's table fact (facts/gate.cell_pair), as the disclosure column of an index table prints it; a cell
that only holds a name, a telephone number or a date is not. Layout drawn with reportlab; no report uses it."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from reportlab.pdfgen import canvas  # noqa: E402

from esglens.facts import extract_facts  # noqa: E402
from esglens.facts.gate import cell_pair  # noqa: E402
from esglens.read.pdf import read_pdf  # noqa: E402
from pdf_draw import draw_grid, text  # noqa: E402

GRID = [
    [["Theme"], ["What we measured"], ["Where"]],
    [["Water"], ["Sites metered: 64%", "Rainwater harvested: 4,210 m3"], ["Site audits"]],
    [["Packaging"], ["Reused pallets: 18,350 units", "Contact desk: +41 44 000 00 00"], ["Logistics"]],
    [["Approach"], ["Our suppliers take back the crates and pallets we send them, and the",
                    "depots sort what comes back by grade before it is used again."], ["Policy"]],
    [["Review"], ["Last reviewed: 2021", "Owner: Facilities team"], ["Annex"]],
    [["Land"], ["Number of wells: 12"], ["Field office"]],
]


def test_a_cell_that_names_its_figure_is_a_table_fact(tmp_path):
    pdf = tmp_path / "pairs.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 50, 790, "Resource stewardship in 2023", size=14)
    draw_grid(c, 50, 760, GRID, size=9.0, gap=6.0)
    c.showPage()
    c.save()
    facts = {f.raw: f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}
    assert facts["4,210"].label == "Rainwater harvested" and facts["4,210"].unit == "m3"
    assert facts["64%"].label == "Sites metered" and facts["64%"].unit == "%"
    assert facts["18,350"].label == "Reused pallets"
    assert facts["12"].label == "Number of wells"             # a bare count: the cell's name says what it counts
    assert {f.year for f in facts.values()} == {2023}
    assert not {"+41", "41", "2021", "44"} & set(facts)      # a telephone number, a date


@pytest.mark.parametrize("cell, pair", [
    ("Total volume of effluent treated: 2,806 t^{*2}", True),
    ("Wells sealed: 12", True),
    ("Hours of training per person: 31.5 hours", True),
    ("(2) 87%", False),                                     # numbered, its name on another page
    ("Scope 1: 1,234 t and Scope 2: 55 t", False),         # two figures: not one cell's pair
    ("Note: see page 12 for the method", False),
    ("Helpline: 0800-123-456", False),
    ("・再エネ発電量：149.8万kWh", True),                     # a full-width colon
])
def test_cell_pair_shapes(cell, pair):
    assert cell_pair(cell) is pair


def test_a_bullet_and_a_full_width_colon_do_not_stay_on_the_name(tmp_path):
    from esglens.facts.extract import _pair_facts
    from esglens.model import Paragraph
    facts = _pair_facts(Paragraph("・再エネ発電量：149.8万kWh", page=3, region="cell"), 2023, None)
    assert [(f.raw, f.label, f.year) for f in facts] == [("149.8", "再エネ発電量", 2023)]
