"""A row whose cells for one column group (a number and its %) are both blank: the blanks are missing values
inside the row's run of values, not the end of its label (h49; Vedanta and Siemens BRSR well-being tables
printed "Male > 1,520 > 1,519 > 99.9% > …" as labels). Constructed text table, wording of our own."""
from __future__ import annotations

from esglens.document.build import build
from esglens.facts import extract_facts
from esglens.model import Document, TextLine


def _facts(text: str):
    lines = [TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)]
    doc = build(Document(path="t.txt", name="t.txt", sha256="0", kind="text", lines=lines))
    return [f for f in extract_facts(doc) if f.source == "table"]


def test_two_blank_cells_inside_a_row_of_values():
    fs = _facts("Group\tHeadcount\tPension No.\tPension %\tCrèche No.\tCrèche %\tSabbatical No.\tSabbatical %\n"
                "Drivers\t410\t402\t98%\t\t\t12\t3%\n"
                "Mechanics\t96\t96\t100%\t8\t8%\t\t\n"
                "Total\t506\t498\t98%\t8\t2%\t12\t2%")
    drivers = [(f.value, f.label) for f in fs if f.line == 2]
    assert [v for v, _ in drivers] == [410, 402, 98, 12, 3]
    assert all(lab.startswith("Drivers") and "410" not in lab for _, lab in drivers)
    assert [f.value for f in fs if f.line == 3] == [96, 96, 100, 8, 8]
