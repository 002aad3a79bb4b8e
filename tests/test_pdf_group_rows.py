"""Group rows and empty rows of PDF tables, drawn with reportlab in wordings no report uses: a group label
wrapped over two lines with its values set between them (while a side column wraps on the label's lines)
is one label, the parent of the rows below."""
from __future__ import annotations

import pytest

from pdf_draw import table_facts, text

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")

XS = (360, 394, 428)


def _group_page(path, unit: bool, side: bool) -> None:
    c = canvas_mod.Canvas(str(path))
    text(c, 40, 780, "Beehive registry")
    for x, y in zip(XS, ("2031", "2032", "2033")):
        text(c, x, 766, y, right=True)
    text(c, 40, 750, "Colonies inspected during the season sorted")
    if unit:
        text(c, 300, 746, "(count)")
    for x, v in zip(XS, ("61", "58", "70")):
        text(c, x, 746, v, right=True)
    text(c, 40, 741, "by the apiary that keeps the hive records")
    if side:                       # a column of target codes wrapped on the label's two lines
        text(c, 470, 750, "4.2 6.1")
        text(c, 470, 741, "9.3 2.2")
    for i, (lab, vals) in enumerate((("Hillside", ("20", "18", "25")), ("Meadow", ("30", "31", "33")))):
        for x, v in zip(XS, vals):
            text(c, x, 728 - 13 * i, v, right=True)
        text(c, 48, 728 - 13 * i, lab)
    c.showPage()
    c.save()


@pytest.mark.parametrize("unit", [False, True])
@pytest.mark.parametrize("side", [False, True])
def test_a_group_label_wrapped_round_its_values_is_one_label_and_the_parent_below(tmp_path, unit, side):
    pdf = tmp_path / "group.pdf"
    _group_page(pdf, unit, side)
    got = table_facts(pdf)
    group = "Colonies inspected during the season sorted by the apiary that keeps the hive records"
    sub = {lab: v for (lab, y), v in got.items() if y == 2032 and lab.endswith(("Hillside", "Meadow"))}
    assert sub == {f"{group} > Hillside": (18.0, ""), f"{group} > Meadow": (31.0, "")}
    tops = [lab for (lab, y) in got if y == 2031 and not lab.endswith(("Hillside", "Meadow"))]
    assert len(tops) == 1 and tops[0].startswith(group) and got[(tops[0], 2031)][0] == 61.0
    assert not any(lab.startswith("by the apiary") for lab, _ in got)


def test_dash_items_without_values_stay_rows_of_their_own_and_keep_out_of_labels(tmp_path):
    """Below rows at a wide pitch, every line at a narrower one: a section row, enumerated rows with
    values, each followed by two dash items with no values, then a total. The items are rows with no values (no facts), not label text;
    the section row is the parent of the enumerated rows, not glued onto the first of them."""
    pdf = tmp_path / "items.pdf"
    c = canvas_mod.Canvas(str(pdf))
    for x, y in ((420, "FY31"), (480, "FY30")):
        text(c, x, 794, y, right=True)
    y = 780
    for name, vals in (("Seed sown on own plots", ("40", "38")), ("Seed bought in", ("12", "15")),
                       ("Seed saved from harvest", ("33", "30"))):
        y -= 20                   # rows of the block above at a wider pitch than the list below
        text(c, 50, y, name)
        for x, v in zip((420, 480), vals):
            text(c, x, y, v, right=True)
    y -= 20
    text(c, 50, y, "Seed stock handed over by recipient (in sacks)")
    for name, vals in (("(a) To cooperatives", ("14", "9")), ("(b) To seed banks", ("3", "5"))):
        y -= 13
        text(c, 60, y, name)
        for x, v in zip((420, 480), vals):
            text(c, x, y, v, right=True)
        for item in ("- Untreated", "- Coated \u2013 give the coating used"):
            y -= 13
            text(c, 80, y, item[0])
            text(c, 100, y, item[2:])
    y -= 13
    text(c, 60, y, "All seed stock handed over")
    for x, v in zip((420, 480), ("17", "14")):
        text(c, x, y, v, right=True)
    c.showPage()
    c.save()
    got = {lab: v[0] for (lab, yr), v in table_facts(pdf).items() if yr == 2031}
    sect = "Seed stock handed over by recipient (in sacks)"
    assert {lab: v for lab, v in got.items() if lab.startswith(sect + " > (")} == \
        {f"{sect} > (a) To cooperatives": 14.0, f"{sect} > (b) To seed banks": 3.0}
    assert not any("Untreated" in lab or "Coated" in lab or "- -" in lab for lab in got)
    assert [v for lab, v in got.items() if lab.endswith("All seed stock handed over")] == [17.0]
