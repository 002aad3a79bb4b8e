"""A bracketed note wrapped onto a line of its own under a value row ("Other solid waste" / "(Ash, sludge and
spent catalyst) (F)") completes that row's label; it opens no group, so the rows after it and the list's total
stay under the group above (issue 13: United Spirits' "Total (A+B+…+H)" was nested under item (G)).
Tab-separated text tables of our own; no report prints these."""
from __future__ import annotations

from esglens.document.build import build
from esglens.facts import extract_facts
from esglens.model import Document, TextLine


def _facts(lines):
    doc = build(Document(path="t.txt", name="t.txt", sha256="0", kind="text",
                         lines=[TextLine(t, line=i) for i, t in enumerate(lines, 1)]))
    return {(f.label, f.year): f.value for f in extract_facts(doc) if f.source == "table"}


TABLE = ["Item\t2022\t2023",
         "Solid waste handled (in tonnes)\t\t",
         "Paper (A)\t12.5\t11.0",
         "Metal scrap (B)\t40.2\t38.9",
         "Other solid waste\t7.7\t6.1",
         "(Ash, sludge and spent catalyst) (C)\t\t",
         "Total (A+B+C)\t60.4\t56.0"]


def test_note_line_completes_the_row_above_and_opens_no_group():
    got = _facts(TABLE)
    assert got[("Solid waste handled (in tonnes) > Total (A+B+C)", 2023)] == 56.0
    assert got[("Solid waste handled (in tonnes) > Other solid waste (Ash, sludge and spent catalyst) (C)", 2022)] == 7.7


def test_a_list_number_line_still_opens_a_group():
    got = _facts(["Item\t2022\t2023",
                  "Water withdrawn\t5.0\t6.0",
                  "(a) By source\t\t",
                  "Rivers\t3.0\t4.0"])
    assert got[("(a) By source > Rivers", 2023)] == 4.0


def test_a_plain_label_line_still_opens_a_group():
    got = _facts(["Item\t2022\t2023",
                  "Water withdrawn\t5.0\t6.0",
                  "Discharged by destination\t\t",
                  "Sea\t3.0\t4.0"])
    assert got[("Discharged by destination > Sea", 2023)] == 4.0
