"""Header and label rows that span lines (issue 20): year groups over sub-column headings wrapped over three
lines whose middle line the PDF wrote as one run of text (read/pdf_header_cuts.cut_line); a group's blank
remarks column named only by its heading (pdf_header_cuts.headed_columns); a row's name wrapped over four or
five lines, hyphenated, its values on the last line after a year (pdf_table_wraps.label_goes_on,
ends_at_leading), in a table beside a column of prose; a value column's heading whose last line starts left of
right-aligned numbers (pdf_table_cells.Grid._wrapped_heading). Drawn with reportlab in wordings and layouts no
report uses."""
from __future__ import annotations

import pytest

from pdf_draw import table_facts, text

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def _spaced(c, x: float, y: float, pieces: list[str], spaces: int, size: float = 8.0) -> list[float]:
    """The pieces drawn as ONE string with `spaces` spaces between them (one run of text in the PDF); the
    centre of each piece."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    sep = " " * spaces
    text(c, x, y, sep.join(pieces), size)
    out, at = [], x
    for p in pieces:
        w = stringWidth(p, "Helvetica", size)
        out.append(at + w / 2)
        at += w + stringWidth(sep, "Helvetica", size)
    return out


def _values(c, centres: list[float], y: float, vals: list[str], size: float = 8.0) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for x, v in zip(centres, vals):
        if v:
            text(c, x + stringWidth(v, "Helvetica", size) / 2, y, v, size, right=True)


def _year_groups_page(pdf, second_line: list[str], first: list[str], third: list[str], rows, years=("FY 2031", "FY 2030")):
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 780, "7. Grievances raised by harbour crews, in the form below:", 10)
    centres = _spaced(c, 150, 736, second_line, 4)
    for x, w in zip(centres, first):
        text(c, x, 747, w, 8, centre=True)
    for x, w in zip(centres, third):
        text(c, x, 725, w, 8, centre=True)
    k = len(centres) // 2
    text(c, centres[k // 2], 760, years[0], 8, centre=True)
    text(c, centres[k + k // 2], 760, years[1], 8, centre=True)
    text(c, 40, 725, "Kind", 8)
    y = 708
    for name, vals in rows:
        text(c, 40, y, name, 8)
        _values(c, centres, y, vals)
        y -= 15
    c.showPage()
    c.save()


def test_year_groups_over_headings_whose_middle_line_is_one_run_of_text(tmp_path):
    """'pending  in the  unsettled  pending  in the  unsettled', one string over six columns (its gaps between
    headings hardly wider than its word spaces), is six headings' second lines: the header reads on up to the
    years, each column gets its group's year."""
    pdf = tmp_path / "groups.pdf"
    _year_groups_page(pdf, ["pending", "in the", "unsettled", "pending", "in the", "unsettled"],
                      ["Cases", "Raised", "Cases", "Cases", "Raised", "Cases"],
                      ["at start", "period", "at close", "at start", "period", "at close"],
                      [("Noise", ["4", "9", "2", "5", "8", "4"]), ("Dust", ["1", "6", "3", "2", "7", "1"])])
    got = {(label, year): v for (label, year), (v, _) in table_facts(pdf).items()}
    assert got[("Noise > Raised in the period", 2031)] == 9.0
    assert got[("Noise > Raised in the period", 2030)] == 8.0
    assert got[("Noise > Cases pending at start", 2030)] == 5.0
    assert got[("Dust > Cases unsettled at close", 2031)] == 3.0
    assert got[("Dust > Cases unsettled at close", 2030)] == 1.0
    assert len(got) == 12


def test_a_groups_remarks_column_left_blank_is_still_a_column(tmp_path):
    """'Logged | Shut | Notes' under each year, the notes filled in the first group only: the second group's
    'Notes' heading is a column of its own, so the groups are equal and each figure keeps its year; the notes
    are no figure."""
    pdf = tmp_path / "remarks.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 780, "Harbour grievances", 10)
    xs = [170, 220, 290, 380, 430, 500]       # centres: Logged, Shut, Notes, Logged, Shut, Notes
    text(c, 235, 760, "FY 2031", 8, centre=True)
    text(c, 445, 760, "FY 2030", 8, centre=True)
    for x, w in zip(xs, ["Logged", "Shut", "Notes"] * 2):
        text(c, x, 748, w, 8, centre=True)
    text(c, 40, 748, "Kind", 8)
    y = 732
    for name, a, b, p, q in (("Noise", "4", "2", "6", "3"), ("Dust", "7", "1", "5", "0")):
        text(c, 40, y, name, 8)
        _values(c, xs[:2] + xs[3:5], y, [a, b, p, q])
        text(c, 262, y, "Closed on review.", 8)
        y -= 14
    c.showPage()
    c.save()
    got = {(label, year): v for (label, year), (v, _) in table_facts(pdf).items()}
    assert got == {("Noise > Logged", 2031): 4.0, ("Noise > Shut", 2031): 2.0, ("Noise > Logged", 2030): 6.0,
                   ("Noise > Shut", 2030): 3.0, ("Dust > Logged", 2031): 7.0, ("Dust > Shut", 2031): 1.0,
                   ("Dust > Logged", 2030): 5.0, ("Dust > Shut", 2030): 0.0}


_PROSE = ["Crews on the night shift can swap their hours with a colleague when the",
          "season allows it, and the harbour office keeps a list of those who asked",
          "for a change. Most requests came from crews with young children at home",
          "and were granted within the same month. The table beside this text shows",
          "how many crew members took a sabbatical and how many came back to work",
          "by the end of the year, by gender. Those who left are counted apart from",
          "those who are still away on their sabbatical at the end of the year."]


_BELOW = ["Crews who come back keep their berth and", "their shift pattern, and the harbour office",
          "plans their first week back with them so", "that nobody returns to a night shift alone."]


def test_row_names_over_five_lines_beside_prose(tmp_path):
    """A table beside a column of prose (and over more prose in its own column), in smaller type, its row names wrapped over four or five lines at a
    tight leading (hyphenated: 'sab- / batical'), the values on each name's last line, one name ending in a
    year ('... leave since / 2029  48  120 ...'): every row is read whole, no prose line enters it."""
    pdf = tmp_path / "beside.pdf"
    c = canvas_mod.Canvas(str(pdf))
    for i, ln in enumerate(_PROSE):
        text(c, 40, 760 - 12.5 * i, ln, 8.5)
    text(c, 360, 782, "Crew Sabbaticals at the Harbour 2031", 7.5)
    for x, w in ((460, "Women"), (530, "Men")):
        text(c, x, 770, w, 7, centre=True)
    for x, w in ((440, "%"), (475, "Number"), (510, "%"), (545, "Number")):
        text(c, x, 760, w, 7, centre=True)
    rows = [(["Crew on sab-", "batical leave", "since"], "2029", ["60", "120", "40", "80"]),
            (["of which still", "on sabbatical", "leave at the", "end of the"], "year", ["25", "30", "50", "40"]),
            (["of which re-", "turned by the", "end of"], "2031", ["75", "90", "50", "40"])]
    y = 748
    for lines, last, vals in rows:
        for ln in lines:
            text(c, 360, y, ln, 7)
            y -= 9
        text(c, 360, y, last, 7)
        for x, v in zip((440, 475, 510, 545), vals):
            text(c, x + 6, y, v, 7, right=True)
        y -= 14
    for i, ln in enumerate(_BELOW):     # the table's column goes on in prose under it
        text(c, 360, y - 10 - 12.5 * i, ln, 8.5)
    c.showPage()
    c.save()
    got = {(label, year): v for (label, year), (v, _) in table_facts(pdf).items()}
    names = {label.split(" > ")[0] for label, _ in got}
    assert names == {"Crew on sabbatical leave since 2029", "of which still on sabbatical leave at the end of the year",
                     "of which returned by the end of 2031"}
    # the title's year dates the table, not a year ending a row's name
    assert got[("Crew on sabbatical leave since 2029 > Women > Number", 2031)] == 120.0
    assert got[("of which still on sabbatical leave at the end of the year > Men > %", 2031)] == 50.0
    assert got[("of which returned by the end of 2031 > Men > Number", 2031)] == 40.0
    assert len(got) == 12


def test_a_value_columns_last_heading_line_left_of_its_numbers(tmp_path):
    """'No. of people / reached by the / scheme' centred over a cell whose numbers are right-aligned at its
    right edge: the last line ends just where the widest number starts. It is the column's heading, not the
    stub's; rows are numbered '1.', '2.' and some names end in a year."""
    pdf = tmp_path / "numbered.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 780, "4. People reached by harbour schemes", 10)
    text(c, 60, 760, "No.", 8)
    text(c, 90, 760, "Scheme", 8)
    for y, w in ((760, "No. of people"), (750, "reached by the"), (740, "scheme")):
        text(c, 385, y, w, 8, centre=True)
    for y, w in ((760, "% of them from"), (750, "fishing villages")):
        text(c, 480, y, w, 8, centre=True)
    rows = [("1.", "Swimming lessons 2030", "12,480", "40%"), ("2.", "Swimming lessons 2031", "9", "100%"),
            ("3.", "First aid at sea", "310", "75%")]
    y = 724
    for no, name, v, share in rows:
        text(c, 60, y, no, 8)
        text(c, 90, y, name, 8)
        text(c, 426, y, v, 8, right=True)
        text(c, 510, y, share, 8, right=True)
        y -= 14
    c.showPage()
    c.save()
    got = {label: v for (label, _), (v, _) in table_facts(pdf).items()}
    assert got == {"Swimming lessons 2030 > No. of people reached by the scheme": 12480.0,
                   "Swimming lessons 2031 > No. of people reached by the scheme": 9.0,
                   "First aid at sea > No. of people reached by the scheme": 310.0,
                   "Swimming lessons 2030 > % of them from fishing villages": 40.0,
                   "Swimming lessons 2031 > % of them from fishing villages": 100.0,
                   "First aid at sea > % of them from fishing villages": 75.0}


def test_a_remarks_heading_on_the_years_line_closes_its_group(tmp_path):
    """'FY 2031 | Notes | FY 2030 | Notes' on the top line, the notes' headings as tall as the header, the years
    over 'Logged | Shut', the notes mostly dashes (rows of dashes only: nothing to report): each group is its year's two figure columns and its notes; the
    notes are no figure (before, each year's notes heading was glued to the next column's and the years fell on
    the wrong columns)."""
    pdf = tmp_path / "notes_on_top.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 780, "Harbour grievances", 10)
    xs = [170, 220, 290, 380, 430, 500]
    text(c, 40, 760, "Kind", 8)
    for x, w in ((195, "FY 2031"), (290, "Notes"), (405, "FY 2030"), (500, "Notes")):
        text(c, x, 760, w, 8, centre=True)
    for x, w in zip(xs[:2] + xs[3:5], ["Logged", "Shut"] * 2):
        text(c, x, 748, w, 8, centre=True)
    y = 732
    for name, vals, a, b in (("Noise", ["4", "2", "6", "3"], "-", "-"), ("Dust", ["7", "1", "5", "0"], "2 open", "No"),
                             ("Glare", ["-", "-", "-", "-"], "-", "-"), ("Odour", ["-", "-", "-", "-"], "-", "-")):
        text(c, 40, y, name, 8)
        _values(c, xs[:2] + xs[3:5], y, vals)
        _values(c, [xs[2], xs[5]], y, [a, b])
        y -= 14
    c.showPage()
    c.save()
    got = {(label, year): v for (label, year), (v, _) in table_facts(pdf).items()}
    assert {k: v for k, v in got.items() if k[0].startswith(("Noise", "Dust"))} == {
        ("Noise > Logged", 2031): 4.0, ("Noise > Shut", 2031): 2.0, ("Noise > Logged", 2030): 6.0,
        ("Noise > Shut", 2030): 3.0, ("Dust > Logged", 2031): 7.0, ("Dust > Shut", 2031): 1.0,
        ("Dust > Logged", 2030): 5.0, ("Dust > Shut", 2030): 0.0}
    assert got[("Odour > Logged", 2030)] is None and len(got) == 16     # a dash: nothing disclosed


def test_notes_columns_too_thin_to_be_columns_neither_shift_nor_negate_the_figures(tmp_path):
    """The same header over two rows only, a dash and a word in the notes: no notes column is a column of the
    grid by its cells. The notes headings printed twice on the years' line are the empty columns, and a notes
    dash beside a figure is no minus sign (before: '- 6' read as -6 under 2031, the first figures as labels)."""
    pdf = tmp_path / "thin_notes.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 780, "Harbour grievances", 10)
    xs = [170, 220, 290, 380, 430, 500]
    text(c, 40, 760, "Kind", 8)
    for x, w in ((195, "FY 2031"), (290, "Notes"), (405, "FY 2030"), (500, "Notes")):
        text(c, x, 760, w, 8, centre=True)
    for x, w in zip(xs[:2] + xs[3:5], ["Logged", "Shut"] * 2):
        text(c, x, 748, w, 8, centre=True)
    y = 732
    for name, vals, a, b in (("Noise", ["4", "2", "6", "3"], "-", "-"), ("Dust", ["7", "1", "5", "0"], "Two open", "No")):
        text(c, 40, y, name, 8)
        _values(c, xs[:2] + xs[3:5], y, vals)
        _values(c, [xs[2], xs[5]], y, [a, b])
        y -= 14
    c.showPage()
    c.save()
    got = {(label, year): v for (label, year), (v, _) in table_facts(pdf).items()}
    assert got == {("Noise > Logged", 2031): 4.0, ("Noise > Shut", 2031): 2.0, ("Noise > Logged", 2030): 6.0,
                   ("Noise > Shut", 2030): 3.0, ("Dust > Logged", 2031): 7.0, ("Dust > Shut", 2031): 1.0,
                   ("Dust > Logged", 2030): 5.0, ("Dust > Shut", 2030): 0.0}


def test_a_dash_apart_from_a_figure_in_one_cell_is_no_minus_sign():
    """pdf_cell_joins: a lone dash a type size or more from the figure put into the same cell is dropped; a
    minus sign set against its digits is kept."""
    from esglens.read.pdf_cell_joins import put_token
    from esglens.read.pdf_lines import Fragment
    from esglens.read.pdf_table_tokens import Token

    class _W:
        def __init__(self, text, x0, x1):
            self.text, self.x0, self.x1, self.top, self.bottom, self.size, self.base, self.bold = \
                text, x0, x1, 100.0, 108.0, 8.0, 107.0, False

    def tok(text, x0, x1):
        return Token(text, x0, x1, Fragment(words=[_W(text, x0, x1)]))

    cells, boxes = [""], [None]
    put_token(cells, boxes, 0, tok("-", 289, 291))
    put_token(cells, boxes, 0, tok("6", 378, 382))
    assert cells == ["6"] and boxes[0][0] == 378
    cells, boxes = [""], [None]
    put_token(cells, boxes, 0, tok("6", 378, 382))
    put_token(cells, boxes, 0, tok("–", 420, 424))
    assert cells == ["6"]
    cells, boxes = [""], [None]
    put_token(cells, boxes, 0, tok("-", 372, 375))
    put_token(cells, boxes, 0, tok("6", 376, 380))
    assert cells == ["- 6"]
