"""Label paths of PDF table rows (parent labels), drawn with reportlab in wordings and layouts no
sample report uses: stacked group rows nest, a later group row takes the innermost one's place, and
a label line that closes a bracket it never opened is the row above wrapped."""
from __future__ import annotations

import pytest

from esglens.facts import extract_facts
from esglens.read.pdf import read_pdf
from esglens.tables.labels import LabelStack, is_group_row

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def _fonts() -> tuple[str, str]:
    """Embedded TrueType faces (reportlab's own Vera), so the PDF states the bold face's weight
    as real reports do; the standard 14 fonts carry no weight for the reader to see."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    pdfmetrics.registerFont(TTFont("VeraBd", "VeraBd.ttf"))
    return "Vera", "VeraBd"


REGULAR, BOLD = _fonts()


def text(c, x, y, s, size=8.0, right=False, font=REGULAR):
    c.setFont(font, size)
    (c.drawRightString if right else c.drawString)(x, y, s)


def facts_of(path) -> dict[tuple[str, int | None], tuple[float | None, str]]:
    doc = read_pdf(str(path))
    return {(f.label, f.year): (f.value, f.unit) for f in extract_facts(doc) if f.source == "table"}


def draw(c, rows, top=740, pitch=12, xs=(330, 400)):
    """rows: (label, values, bold); all labels at one x, no indentation."""
    text(c, 48, top + 14, "Indicator", font=BOLD)
    for x, yr in zip(xs, ("2031", "2030")):
        text(c, x, top + 14, yr, right=True, font=BOLD)
    for i, (lab, vals, bold) in enumerate(rows):
        y = top - pitch * i
        font = BOLD if bold else REGULAR
        text(c, 48, y, lab, font=font)
        for x, v in zip(xs, vals):
            text(c, x, y, v, right=True, font=font)


def test_stacked_group_rows_nest_and_a_later_group_replaces_the_inner_one(tmp_path):
    """A subject row over a first breakdown row, both without values, at the table's left edge: the
    rows below stand under both; the next breakdown row replaces only the inner one."""
    pdf = tmp_path / "stacked.pdf"
    c = canvas_mod.Canvas(str(pdf))
    draw(c, [("Freight moved (thousand tonne-km)", [], True),
             ("Moved by rail", [], True),
             ("Domestic routes", ["412", "398"], False),
             ("Cross-border routes", ["87", "91"], False),
             ("Moved by barge", [], True),
             ("Domestic routes", ["120", "133"], False)])
    c.showPage()
    c.save()
    f = facts_of(pdf)
    assert f[("Freight moved (thousand tonne-km) > Moved by rail > Domestic routes", 2031)][0] == 412
    assert f[("Freight moved (thousand tonne-km) > Moved by rail > Cross-border routes", 2030)][0] == 91
    assert f[("Freight moved (thousand tonne-km) > Moved by barge > Domestic routes", 2031)][0] == 120
    assert f[("Freight moved (thousand tonne-km) > Moved by barge > Domestic routes", 2030)][1] == \
        "thousand tonne-km"
    assert len(f) == 6


def test_label_stack_groups_without_pdf():
    """The same walk on a label stack: a single group row is replaced by the next (no nesting after
    value rows), two stacked ones nest, an indented run under a group ends back at its column."""
    s = LabelStack()
    assert s.open_group(0, "Seedlings planted:") == ["Seedlings planted"]
    assert s.path([(0, "Native species")], 1) == ["Seedlings planted", "Native species"]
    assert s.open_group(0, "Hectares restored") == ["Hectares restored"]
    assert s.path([(0, "Wetland")], 1) == ["Hectares restored", "Wetland"]
    s.reset()
    assert s.open_group(0, "Visitors") == ["Visitors"]
    assert s.open_group(0, "Guided tours") == ["Visitors", "Guided tours"]
    assert s.path([(1, "Adults")], 2) == ["Visitors", "Guided tours", "Adults"]
    # back at the groups' column: the inner group closes, the row stands under the outer one
    assert s.path([(0, "All visitors")], 2) == ["Visitors", "All visitors"]


def test_label_line_closing_a_bracket_is_the_row_above_wrapped(tmp_path):
    """A long label wrapped so that its second line stands a full row pitch below: the second line
    closes a bracket ("kWh) per visitor"), so it is the label's end, not a group over the next row."""
    pdf = tmp_path / "wrapped.pdf"
    c = canvas_mod.Canvas(str(pdf))
    draw(c, [("Visitors to the heritage centre", ["5,210", "4,980"], False),
             ("Electricity drawn by exhibits (Heating and lighting in", ["3.4", "3.9"], False),
             ("kWh) per visitor", [], False),
             ("Guided walks held", ["64", "58"], False)])
    c.showPage()
    c.save()
    f = facts_of(pdf)
    assert f[("Electricity drawn by exhibits (Heating and lighting in kWh) per visitor", 2031)][0] == 3.4
    assert f[("Guided walks held", 2030)][0] == 58
    assert not any(lab.startswith("kWh)") for lab, _ in f)
    assert len(f) == 6


def test_bold_group_rows_at_the_rows_edge_stand_over_them(tmp_path):
    """Bold group rows at the same x as the plain rows under them (no indentation): the plain rows
    belong to the group; a bold row with values (a total) stands at the groups' level, under the
    subject stacked above them; the next bold group starts a new subject."""
    pdf = tmp_path / "bold.pdf"
    c = canvas_mod.Canvas(str(pdf))
    draw(c, [("Food cooked (tonnes)", [], True),
             ("School canteens", [], True),
             ("Breakfast", ["1,200", "1,150"], False),
             ("Lunch", ["2,400", "2,380"], False),
             ("Hospital kitchens", [], True),
             ("Lunch", ["900", "870"], False),
             ("All meals served", ["4,500", "4,400"], True),
             ("Food waste", [], True),
             ("Kitchen scraps composted", ["31", "29"], False)])
    c.showPage()
    c.save()
    f = facts_of(pdf)
    assert f[("Food cooked (tonnes) > School canteens > Breakfast", 2031)] == (1200, "tonnes")
    assert f[("Food cooked (tonnes) > Hospital kitchens > Lunch", 2030)][0] == 870
    assert f[("Food cooked (tonnes) > All meals served", 2031)] == (4500, "tonnes")
    assert f[("Food waste > Kitchen scraps composted", 2031)][0] == 31
    assert len(f) == 10


def test_plain_group_rows_do_not_push_rows_in(tmp_path):
    """The same table with nothing in bold: group rows still head the rows below them, and no
    label column is added (the total row stays under the last group, as before)."""
    pdf = tmp_path / "plain.pdf"
    c = canvas_mod.Canvas(str(pdf))
    draw(c, [("Paper bought (tonnes)", [], False),
             ("Recycled", ["310", "295"], False),
             ("Virgin fibre", ["120", "160"], False)])
    c.showPage()
    c.save()
    f = facts_of(pdf)
    assert f[("Paper bought (tonnes) > Recycled", 2031)] == (310, "tonnes")
    assert f[("Paper bought (tonnes) > Virgin fibre", 2030)][0] == 160
    assert len(f) == 4


def test_a_line_holding_only_a_bracket_ends_the_label_above(tmp_path):
    """"(LPG and biogas)" alone on the line under a row, a full pitch below: the label's end, not a
    group row over the next rows."""
    pdf = tmp_path / "bracket.pdf"
    c = canvas_mod.Canvas(str(pdf))
    draw(c, [("Heating fuel burned in depots", ["42", "40"], False),
             ("(LPG and biogas)", [], False),
             ("Diesel burned by generators", ["12", "15"], False)])
    c.showPage()
    c.save()
    f = facts_of(pdf)
    assert f[("Heating fuel burned in depots (LPG and biogas)", 2031)][0] == 42
    assert f[("Diesel burned by generators", 2031)][0] == 12
    assert len(f) == 4


def _stub_table(c, blocks, top=720, pitch=16):
    """blocks: (stub lines, rows); each stub is centred on its rows, its lines among them."""
    text(c, 40, top + 16, "Item", font=BOLD)
    for x, yr in ((330, "2029"), (400, "2030")):
        text(c, x, top + 16, yr, right=True, font=BOLD)
    i = 0
    for stub, rows in blocks:
        mid = top - pitch * (i + (len(rows) - 1) / 2)
        for j, s in enumerate(stub):
            text(c, 40, mid + 4.5 * (len(stub) - 1) - 9 * j, s)
        for lab, vals in rows:
            y = top - pitch * i
            text(c, 130, y, lab)
            for x, v in zip((330, 400), vals):
                text(c, x, y, v, right=True)
            i += 1


def test_row_spanning_stub_centred_over_its_rows_heads_them_all(tmp_path):
    """A stub printed once, wrapped over two lines, centred beside the rows it covers (rows of it
    above and below its lines); the next stub covers the rows after. Each row gets its stub as
    parent, not only the rows its lines happen to stand beside."""
    pdf = tmp_path / "stubs.pdf"
    c = canvas_mod.Canvas(str(pdf))
    _stub_table(c, [(["Packaging sold", "(all brands)"], [("Glass", ["40", "42"]), ("Cardboard", ["31", "30"]),
                                                       ("Aluminium", ["12", "11"]), ("Plastic film", ["9", "8"])]),
                    (["Packaging collected"], [("Glass", ["22", "25"]), ("Cardboard", ["18", "19"]),
                                               ("Aluminium", ["6", "7"])])])
    c.showPage()
    c.save()
    f = facts_of(pdf)
    assert f[("Packaging sold (all brands) > Glass", 2029)][0] == 40
    assert f[("Packaging sold (all brands) > Plastic film", 2030)][0] == 8
    assert f[("Packaging collected > Glass", 2029)][0] == 22
    assert f[("Packaging collected > Aluminium", 2030)][0] == 7
    assert len(f) == 14


def test_a_group_title_above_its_rows_is_no_spanning_stub(tmp_path):
    """A label standing left, over its rows rather than among them (no row of its own above it),
    keeps heading them as a group row."""
    pdf = tmp_path / "title.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 736, "Item", font=BOLD)
    for x, yr in ((330, "2029"), (400, "2030")):
        text(c, x, 736, yr, right=True, font=BOLD)
    text(c, 40, 720, "Visitors")
    for i, (lab, a, b) in enumerate([("Adults", "40", "42"), ("Children", "31", "30"), ("Groups", "5", "6")]):
        y = 704 - 16 * i
        text(c, 130, y, lab)
        text(c, 330, y, a, right=True)
        text(c, 400, y, b, right=True)
    c.showPage()
    c.save()
    f = facts_of(pdf)
    assert f[("Visitors > Adults", 2029)][0] == 40
    assert f[("Visitors > Groups", 2030)][0] == 6
    assert len(f) == 6


def test_group_rows_whose_names_hold_digits_still_head_their_rows(tmp_path):
    """Group rows named with a substance formula or a bracketed digit ("PM2.5 from boilers (Zone 4)
    by plant:"), over indented rows: they head those rows like any group row. A label-only line
    that is a numbered note is no group."""
    pdf = tmp_path / "digits.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 752, "Item", font=BOLD)
    for x, yr in ((330, "2029"), (400, "2030")):
        text(c, x, 752, yr, right=True, font=BOLD)
    rows = [(40, "PM2.5 from boilers (Zone 4) by plant:", None), (52, "North works", ("3.1", "2.9")),
            (52, "Harbour works", ("1.4", "1.2")), (40, "SO2 from kilns", None), (52, "North works", ("8.0", "7.5"))]
    for i, (x, lab, vals) in enumerate(rows):
        y = 736 - 14 * i
        text(c, x, y, lab)
        for vx, v in zip((330, 400), vals or ()):
            text(c, vx, y, v, right=True)
    c.showPage()
    c.save()
    f = facts_of(pdf)
    assert f[("PM2.5 from boilers (Zone 4) by plant > North works", 2029)][0] == 3.1
    assert f[("PM2.5 from boilers (Zone 4) by plant > Harbour works", 2030)][0] == 1.2
    assert f[("SO2 from kilns > North works", 2029)][0] == 8.0
    assert len(f) == 6
    assert not is_group_row([(0, "Note 2: restated")])
    assert not is_group_row([(0, "Scope 1 emissions 2029")])


def test_plain_rows_after_a_bold_total_stand_at_the_edge_again(tmp_path):
    """A bold total at the edge ends the bold group above it: the plain row after it has no parent."""
    pdf = tmp_path / "after_total.pdf"
    c = canvas_mod.Canvas(str(pdf))
    draw(c, [("Bicycles repaired", [], True),
             ("City fleet", ["520", "480"], False),
             ("Rental fleet", ["310", "290"], False),
             ("All bicycles repaired", ["830", "770"], True),
             ("Repairs per mechanic", ["41.5", "38.5"], False)])
    c.showPage()
    c.save()
    f = facts_of(pdf)
    assert f[("Bicycles repaired > City fleet", 2031)][0] == 520
    assert f[("All bicycles repaired", 2031)][0] == 830
    assert f[("Repairs per mechanic", 2030)][0] == 38.5
    assert len(f) == 8


def test_numbered_items_without_values_are_siblings_not_nested():
    """Two label-only rows that are items of one numbered list ("(iv)", "(v)") do not nest."""
    s = LabelStack()
    assert s.open_group(0, "(iv) Borrowed books") == ["(iv) Borrowed books"]
    assert s.open_group(0, "(v) E-books") == ["(v) E-books"]
    assert s.open_group(0, "b) Lending") == ["b) Lending"]
    assert s.open_group(0, "Lent to schools") == ["b) Lending", "Lent to schools"]


def test_a_bare_total_back_at_the_groups_column_stays_under_the_group():
    """Rows indented under a group, then "Total (A + B)" back at the group's column: a bare total
    names nothing by itself, so it keeps the group; a named row there starts anew."""
    s = LabelStack()
    assert s.open_group(0, "Tyres collected (tonnes)") == ["Tyres collected (tonnes)"]
    assert s.path([(1, "Cars (A)")], 2) == ["Tyres collected (tonnes)", "Cars (A)"]
    assert s.path([(0, "Total (A + B)")], 2) == ["Tyres collected (tonnes)", "Total (A + B)"]
    s.reset()
    s.open_group(0, "Tyres collected (tonnes)")
    s.path([(1, "Cars (A)")], 2)
    assert s.path([(0, "Tyres retreaded")], 2) == ["Tyres retreaded"]
