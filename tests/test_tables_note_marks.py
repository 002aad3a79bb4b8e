"""A note mark after a year heading ("FY 2022-23 (Rebased)#", "2021†") is a footnote, not part of the year: the
column keeps its year, and two columns of one year stay apart by their qualifier without the mark (h49;
United Spirits BRSR p59 lost its rebased column). Constructed text table, wording of our own."""
from __future__ import annotations

from esglens.document.build import build
from esglens.facts import extract_facts
from esglens.model import Document, TextLine


def _facts(text: str):
    lines = [TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)]
    doc = build(Document(path="t.txt", name="t.txt", sha256="0", kind="text", lines=lines))
    return [f for f in extract_facts(doc) if f.source == "table"]


def test_hash_mark_after_a_qualified_fiscal_year():
    fs = _facts("Measure\tFY 2023-24\tFY 2022-23 (Restated)#\tFY 2022-23\n"
                "Solvent use per unit (kg/t)\t1.8\t2.1\t2.4")
    got = sorted((f.year, f.value, f.label) for f in fs)
    assert got == [(2023, 2.1, "Solvent use per unit (kg/t) > Restated"), (2023, 2.4, "Solvent use per unit (kg/t)"),
                   (2024, 1.8, "Solvent use per unit (kg/t)")]


def test_dagger_after_a_year():
    fs = _facts("Site\t2021†\t2022\nNorth yard\t14\t16")
    assert sorted((f.year, f.value) for f in fs) == [(2021, 14.0), (2022, 16.0)]
