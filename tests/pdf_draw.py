"""Helpers shared by the tests that draw PDF tables with reportlab and read their table facts back."""
from __future__ import annotations

from esglens.facts import extract_facts
from esglens.read.pdf import read_pdf


def text(c, x, y, s, size=8.0, right=False, centre=False):
    c.setFont("Helvetica", size)
    if centre:
        c.drawCentredString(x, y, s)
    else:
        (c.drawRightString if right else c.drawString)(x, y, s)


def table_facts(path) -> dict[tuple[str, int | None], tuple[float | None, str]]:
    return {(f.label, f.year): (f.value, f.unit) for f in extract_facts(read_pdf(str(path))) if f.source == "table"}
