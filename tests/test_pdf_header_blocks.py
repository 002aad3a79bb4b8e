"""Group headings wrapped over two lines in PDF table headers (read/pdf_header_blocks, pdf_header_spans), drawn
with reportlab in wordings and layouts no report uses: a two-line group name over three sub-columns, the same
under year groups with a bracketed period name under each year, and a heading wrapped over one column only."""
from __future__ import annotations

import pytest

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")

from pdf_draw import table_facts, text  # noqa: E402

GROUP = ("Pickers paid at or above", "the regional living wage")
SUBS = ("Crew (A)", "Count (B)", "% (B/A)", "Change")


def _group(c, xs, top, year=None):
    """One group of columns right-aligned at `xs`: the first named alone, the other three under GROUP set on
    two lines centred over them; `year` (and a period name under it) centred over all four."""
    if year:
        mid = (xs[0] + xs[-1]) / 2 - 8
        text(c, mid, top + 22, year, centre=True)
        text(c, mid, top + 13, "(Current season)", centre=True)
    mid = (xs[1] + xs[3]) / 2 - 8
    text(c, mid, top + 1, GROUP[0], centre=True)
    text(c, mid, top - 8, GROUP[1], centre=True)
    for x, s in zip(xs, SUBS):
        text(c, x, top - 20, s, right=True)


ROWS = (("Hill orchards", ("120", "30", "25%", "+2")), ("Valley orchards", ("80", "44", "55%", "-1")))


def test_a_group_name_wrapped_over_two_lines_heads_each_of_its_three_sub_columns(tmp_path):
    """Rule "wrapped heading": the group's two lines are one heading; it reaches over three sub-columns, each
    named again below it, so each of them reads group > own name; the column beside it keeps its own name."""
    pdf = tmp_path / "group.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 48, 812, "Living wage survey 2031")
    xs = (240, 290, 330, 370)
    _group(c, xs, 780)
    text(c, 48, 772, "Orchard")
    for k, (lab, vals) in enumerate(ROWS):
        for x, v in zip(xs, vals):
            text(c, x, 746 - 13 * k, v, right=True)
        text(c, 48, 746 - 13 * k, lab)
    c.showPage()
    c.save()
    got = {lab: v for (lab, _), (v, _) in table_facts(pdf).items()}
    head = " ".join(GROUP)
    assert got[f"Hill orchards > {head} > Count (B)"] == 30
    assert got[f"Valley orchards > {head} > % (B/A)"] == 55
    assert got[f"Valley orchards > {head} > Change"] == -1
    assert got["Hill orchards > Crew (A)"] == 120
    assert not [lab for lab in got if "Pickers paid at or above Count" in lab or "wage Change" in lab]


def test_a_wrapped_group_name_under_years_heads_its_sub_columns_in_each_year(tmp_path):
    """Rules "period under years" and "wrapped heading" under year groups: "2031" and "(Current season)" over
    the first four columns, "2030" over the next four, and in each the two-line group name over three
    sub-columns: each cell is read as its year's, labelled group > sub-column."""
    pdf = tmp_path / "years.pdf"
    c = canvas_mod.Canvas(str(pdf))
    xs = ((200, 245, 285, 325), (385, 430, 470, 510))
    for year, group in zip(("2031", "2030"), xs):
        _group(c, group, 760, year)
    text(c, 48, 760, "Orchard")
    for k, (lab, vals) in enumerate(ROWS):
        y = 726 - 13 * k
        text(c, 48, y, lab)
        for x, v in zip(xs[0] + xs[1], vals + tuple(str(int(v.strip("%+")) + 1) if v[0].isdigit() else v for v in vals)):
            text(c, x, y, v, right=True)
    c.showPage()
    c.save()
    got = table_facts(pdf)
    head = " ".join(GROUP)
    assert got[(f"Hill orchards > {head} > Count (B)", 2031)][0] == 30
    assert got[(f"Hill orchards > {head} > Count (B)", 2030)][0] == 31
    assert got[(f"Valley orchards > {head} > % (B/A)", 2030)][0] == 56
    assert got[("Valley orchards > Crew (A)", 2031)][0] == 80
    assert not [lab for lab, _ in got if "Current" in lab or "season" in lab]


def test_a_heading_wrapped_over_one_column_is_that_columns_name(tmp_path):
    """A column name wrapped over two lines over its own column only, beside single-line names: no group."""
    pdf = tmp_path / "one.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 48, 812, "Harvest 2031")
    xs = (260, 340, 400)
    text(c, 340, 790, "Bins picked", right=True)
    text(c, 340, 781, "by hand", right=True)
    text(c, 260, 781, "Rows", right=True)
    text(c, 400, 781, "Days", right=True)
    for k, (lab, vals) in enumerate((("Hill orchards", ("40", "310", "12")), ("Valley orchards", ("55", "402", "15")))):
        text(c, 48, 766 - 13 * k, lab)
        for x, v in zip(xs, vals):
            text(c, x, 766 - 13 * k, v, right=True)
    c.showPage()
    c.save()
    got = {lab: v for (lab, _), (v, _) in table_facts(pdf).items()}
    assert got["Valley orchards > Bins picked by hand"] == 402
    assert got["Hill orchards > Rows"] == 40
    assert got["Hill orchards > Days"] == 12


def test_a_group_name_narrower_than_its_columns_spans_the_names_it_reaches_over_below(tmp_path):
    """A two-line group name over two sub-column names, over the figures' centre of the first column only (the
    names are wider than their figures): it reaches over both names on the line below, so it heads both."""
    pdf = tmp_path / "narrow.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 48, 812, "Grading 2031")
    xs = (250, 330, 418)
    text(c, 250, 781, "Bins (A)", right=True)
    text(c, 340, 790, "Fruit graded", centre=True)
    text(c, 340, 781, "by the packhouse", centre=True)
    text(c, 330, 770, "Bins graded (B)", right=True)
    text(c, 418, 770, "Share of bins (B/A)", right=True)
    for k, (lab, vals) in enumerate((("Hill orchards", ("400", "31", "8%")), ("Valley orchards", ("550", "40", "7%")))):
        text(c, 48, 756 - 13 * k, lab)
        for x, v in zip(xs, vals):
            text(c, x, 756 - 13 * k, v, right=True)
    c.showPage()
    c.save()
    got = {lab: v for (lab, _), (v, _) in table_facts(pdf).items()}
    head = "Fruit graded by the packhouse"
    assert got[f"Valley orchards > {head} > Bins graded (B)"] == 40
    assert got[f"Hill orchards > {head} > Share of bins (B/A)"] == 8
    assert got["Hill orchards > Bins (A)"] == 400


def _words(base: float, *items: tuple[str, float, float]):
    from esglens.read.pdf_chars import Word
    return [Word(text=t, x0=a, x1=b, top=base - 7, bottom=base + 2, base=base, size=8.0, bold=False) for t, a, b in items]


def test_one_run_under_two_headings_is_cut_between_them():
    """Rule "one run under two headings": "moved by rail by road" written as one run under "Freight" and
    "Passengers" is cut where its words pass from under the one to under the other; a run under one heading,
    or under none, stays whole."""
    from esglens.read.pdf_header_blocks import split_under
    from esglens.read.pdf_lines import Fragment, Line
    top = Line(frags=[Fragment(words=_words(100, ("Freight", 200, 260))), Fragment(words=_words(100, ("Passengers", 300, 360)))])
    run = Fragment(words=_words(110, ("moved", 205, 228), ("by", 230, 238), ("rail", 240, 255),
                                ("by", 305, 313), ("road", 315, 332)))
    out = split_under([top, Line(frags=[run])], 0, 150)
    assert [f.text for f in out[1].frags] == ["moved by rail", "by road"]
    whole = Fragment(words=_words(110, ("moved", 205, 228), ("by", 230, 238), ("rail", 240, 255)))
    assert [f.text for f in split_under([top, Line(frags=[whole])], 0, 150)[1].frags] == ["moved by rail"]
    astride = Fragment(words=_words(110, ("moved", 205, 228), ("overseas", 270, 295), ("by", 305, 313)))
    assert len(split_under([top, Line(frags=[astride])], 0, 150)[1].frags) == 1
