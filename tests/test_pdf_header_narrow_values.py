"""A column heading centred over a cell wider than its numbers may end just before the narrow, right-aligned
numbers start ("Total (A)" over "9", "0", "4"): it heads that value column, not the stub
(read/pdf_table_cells.Grid._heads_values). Layout drawn with reportlab; no report uses it."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from pdf_draw import table_facts, text  # noqa: E402

SIZE = 8.0
HEADS = ("Audits done (A)", "Findings (B)", "Closed (C)")
RIGHTS = (262.0, 332.0, 402.0)          # right edges of the value columns
ROWS = [("Plant North", ("7", "2", "1")), ("Plant South", ("4", "0", "0")), ("Depots", ("9", "3", "3"))]


def _draw(pdf, gap: float) -> None:
    """Each heading ends `gap` points left of where the widest number of its column starts."""
    c = canvas.Canvas(str(pdf))
    text(c, 60, 790, "Supplier audits in 2023", size=12)
    text(c, 60, 760, "Site group", size=SIZE)
    for head, right in zip(HEADS, RIGHTS):
        start = right - stringWidth("9", "Helvetica", SIZE)
        text(c, start - gap, 760, head, size=SIZE, right=True)
    for i, (lab, vals) in enumerate(ROWS):
        y = 744 - 14 * i
        text(c, 60, y, lab, size=SIZE)
        for v, right in zip(vals, RIGHTS):
            text(c, right, y, v, size=SIZE, right=True)
    c.showPage()
    c.save()


@pytest.mark.parametrize("gap", [1.5, 4.0])
def test_a_heading_ending_just_before_narrow_numbers_heads_their_column(tmp_path, gap):
    pdf = tmp_path / "audits.pdf"
    _draw(pdf, gap)
    facts = table_facts(pdf)
    assert facts[("Plant North > Audits done (A)", 2023)][0] == 7
    assert facts[("Plant South > Findings (B)", 2023)][0] == 0
    assert facts[("Depots > Closed (C)", 2023)][0] == 3
    assert len(facts) == 9
