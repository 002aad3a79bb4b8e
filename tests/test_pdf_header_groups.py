"""PDF table headers in layouts no sample report uses (h39, issue 20):
- numbered notes under a table ("1 excluding agency staff | 2 at 31 December") are no row: the body
  ends there, so its value columns and its header stay the table's.
Drawn with reportlab in wordings of our own."""
from __future__ import annotations

import pytest

from esglens.facts import extract_facts
from esglens.read.pdf import read_pdf

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def text(c, x, y, s, size=8.0, right=False, centre=False):
    c.setFont("Helvetica", size)
    if centre:
        c.drawCentredString(x, y, s)
    else:
        (c.drawRightString if right else c.drawString)(x, y, s)


def table_facts(path) -> dict[tuple[str, int | None], tuple[float | None, str]]:
    return {(f.label, f.year): (f.value, f.unit) for f in extract_facts(read_pdf(str(path))) if f.source == "table"}


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
