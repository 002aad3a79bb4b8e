"""Label-only lines between two data rows are counted as rows, not lines (TableSettings.max_label_lines):
two label columns wrapped at baselines less than half a line apart ("(other than" beside "& front desk")
make one row, so a table with a wrapped two-column label over four lines is still one row of one table. Drawn with reportlab in wordings no report uses."""
from __future__ import annotations

import pytest

from pdf_draw import table_facts, text

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def test_wrapped_label_columns_at_offset_baselines_are_one_row(tmp_path):
    pdf = tmp_path / "rows.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 760, "Grievances received by the harbour", 11)
    for x, name in ((40, "Group"), (150, "Channel")):
        text(c, x, 730, name, 8)
    text(c, 330, 730, "2030", 8, right=True)
    text(c, 390, 730, "2031", 8, right=True)
    text(c, 40, 712, "Tenants", 8)
    text(c, 150, 712, "hotline", 8)
    text(c, 330, 712, "31", 8, right=True)
    text(c, 390, 712, "20", 8, right=True)
    text(c, 40, 702, "(other than", 8)
    text(c, 150, 698, "& front desk", 8)
    text(c, 40, 691, "marine", 8)
    text(c, 40, 680, "operators)", 8)
    for y, group, channel, a, b in ((666, "Ferry crews", "desk", "20", "4"), (650, "Cruise lines", "portal", "1,105", "1,205")):
        text(c, 40, y, group, 8)
        text(c, 150, y, channel, 8)
        text(c, 330, y, a, 8, right=True)
        text(c, 390, y, b, 8, right=True)
    c.showPage()
    c.save()
    got = {(label, year): v for (label, year), (v, _) in table_facts(pdf).items()}
    assert got[("Cruise lines > portal", 2030)] == 1105.0 and got[("Cruise lines > portal", 2031)] == 1205.0
    assert got[("Tenants (other than marine operators) > hotline & front desk", 2031)] == 20.0
    assert sum(1 for (label, _) in got if "1,105" in label) == 0
