"""Tables set in one column of a page with two or three columns of text, their rows on the same
baselines as the prose beside them (the layout of many sustainability reports), drawn with reportlab
in wordings and positions of our own."""
from __future__ import annotations

import pytest

from esglens.facts import extract_facts
from esglens.read.pdf import read_pdf
from esglens.read.pdf_lines import Fragment, Line
from esglens.read.pdf_chars import Word
from esglens.read.pdf_text_columns import split_text_columns

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")

PROSE = ("Our depots changed the way fleets are serviced and the",
         "workshops now reuse most of the rinse water they draw",
         "from the mains; what is left goes to the municipal plant",
         "after treatment in settling tanks owned by the company",
         "and checked every month by an accredited laboratory as",
         "the permits of each site require since the last review")


def _text(c, x, y, s, size=8.0, right=False, font="Helvetica"):
    c.setFont(font, size)
    (c.drawRightString if right else c.drawString)(x, y, s)


def _table(c, x, y, title, stub, rows, right=(390, 430)):
    """A table at x: a title line, a stub-header line with two years, then rows (label, two values)."""
    _text(c, x, y, title, font="Helvetica-Bold")
    _text(c, x, y - 12, stub)
    for rx, yr in zip(right, ("2022", "2023")):
        _text(c, rx, y - 12, yr, right=True)
    for i, (label, vals) in enumerate(rows):
        _text(c, x + (8 if label.startswith("of which") else 0), y - 24 - 12 * i, label)
        for rx, v in zip(right, vals):
            _text(c, rx, y - 24 - 12 * i, v, right=True)


def _facts(path):
    doc = read_pdf(str(path))
    return {(f.label.split(" > ")[-1], f.year): f.value for f in extract_facts(doc) if f.source == "table"}, doc


def test_table_in_the_middle_of_three_text_columns(tmp_path):
    """Prose left and right of a table on the same baselines: every cell has its year and value, and
    no prose word joins a row; a title running over the first value column is no column header."""
    pdf = tmp_path / "cols.pdf"
    c = canvas_mod.Canvas(str(pdf), pagesize=(660, 800))
    for i in range(30):
        _text(c, 30, 760 - 12 * i, PROSE[i % len(PROSE)][:40])         # column 1: x 30..~175
        _text(c, 460, 760 - 12 * i, PROSE[(i + 2) % len(PROSE)][:40])  # column 3: x 460..~605
    rows = [("Effluent discharged", ("4,210", "3,980")),
            ("of which to municipal sewers", ("3,100", "2,950")),
            ("of which to surface water", ("1,110", "1,030")),
            ("Rinse water reused", ("812", "904"))]
    _table(c, 200, 760, "Effluent, Discharge and Reuse at Our Depots by Year", "Cubic metres", rows)
    for i in range(8):
        _text(c, 200, 676 - 12 * i, PROSE[i % len(PROSE)][:40])       # column 2 below the table
    c.showPage()
    c.save()
    f, doc = _facts(pdf)
    assert f[("Effluent discharged", 2022)] == 4210
    assert f[("of which to municipal sewers", 2023)] == 2950
    assert f[("of which to surface water", 2022)] == 1110
    assert f[("Rinse water reused", 2023)] == 904
    assert len(f) == 8, f
    tables = [b for b in doc.blocks if hasattr(b, "rows")]
    assert not any("permits" in c or "workshops" in c for t in tables for r in t.rows for c in r.cells)


def _line(*spans):
    """A line of fragments (x0, text) on one baseline, words 5 pt wide per character."""
    frags = []
    for x0, s in spans:
        words, x = [], x0
        for w in s.split():
            words.append(Word(text=w, x0=x, x1=x + 5 * len(w), top=0, bottom=8, base=8, size=8, bold=False))
            x += 5 * len(w) + 3
        frags.append(Fragment(words=words))
    return Line(frags=frags)


def test_no_cut_where_a_title_runs_across_or_where_only_labels_align():
    """A cut needs running text starting at one x on several lines with nothing printed across
    that x beside them: a table whose labels and values share no such edge is left whole."""
    table = [_line((40, "Electricity bought"), (300, "1,200"), (360, "1,150")) for _ in range(6)]
    assert split_text_columns(table) == [table]
    prose = [_line((40, "some words of running text"), (300, "more words of running text here")) for _ in range(5)]
    across = prose + [_line((40, "a heading that runs right across the gutter between both columns"))]
    assert split_text_columns(prose) != [prose]       # two columns of prose: cut
    assert len(split_text_columns(prose)) == 2
    parts = split_text_columns(across)
    assert len(parts) == 1


def test_value_cells_with_units_in_words_wrapped_over_lines(tmp_path):
    """A form-like table: a numbered question runs from left of the table over the values (not a
    header), the year headings are centred over narrow columns and start left of the numbers, and a
    cell holds a number with its unit in words, wrapped onto the next lines."""
    pdf = tmp_path / "form.pdf"
    c = canvas_mod.Canvas(str(pdf), pagesize=(600, 800))
    _text(c, 40, 760, "7. State the fleet's fuel use and its intensity in the format below:", 9,
          font="Helvetica-Bold")
    _text(c, 120, 740, "Indicator")
    for x, yr in ((336, "FY2023"), (456, "FY2024")):
        _text(c, x, 740, yr)            # centred heading: starts left of the numbers under it
    rows = [("Diesel burnt by delivery vans", ["88,410", "81,002"], []),
            ("Fuel intensity per parcel delivered", ["0.42 litres per", "0.39 litres per"],
             ["parcel delivered", "parcel delivered"]),
            ("Petrol burnt by service cars", ["5,120", "4,870"], [])]
    y = 722
    for label, vals, wraps in rows:
        _text(c, 60, y, label)
        for rx, v in zip((380, 500), vals):
            _text(c, rx, y, v, right=True)
        for rx, w in zip((380, 500), wraps):
            _text(c, rx, y - 10, w, right=True)
        y -= 28 if wraps else 18
    c.showPage()
    c.save()
    f, _ = _facts(pdf)
    assert f[("Diesel burnt by delivery vans", 2023)] == 88410
    assert f[("Fuel intensity per parcel delivered", 2023)] == 0.42
    assert f[("Fuel intensity per parcel delivered", 2024)] == 0.39
    assert f[("Petrol burnt by service cars", 2024)] == 4870
    assert len(f) == 6, f
    units = {x.unit for x in extract_facts(read_pdf(str(pdf))) if x.label.startswith("Fuel intensity")}
    assert units == {"litres per parcel delivered"}


def test_a_number_and_words_is_a_value_only_when_the_words_are_a_unit():
    from esglens.read.pdf_table_tokens import is_number_with_unit
    from esglens.tables.values import is_value_cell
    assert is_number_with_unit("0.42 litres per") and is_number_with_unit("5.24 MT CO2")
    assert not is_number_with_unit("3 of the 5 depots") and not is_number_with_unit("2030 target")
    assert not is_number_with_unit("2 Scope 3 emissions")
    assert is_value_cell("0.00031 kg of CO2 equivalents per euro of revenue").unit == \
        "kg of CO2 equivalents per euro of revenue"
    assert is_value_cell("12 depots in 4 regions") is None
    assert is_value_cell("2023 Total Emissions (Mt CO2e)") is None


def test_unit_column_with_dashes_is_no_value_column(tmp_path):
    """A "Unit" column that holds a dash where a row has no unit: the dash is neither a value nor a
    unit, the rows' values stay under their years, and a row of not-disclosed markers keeps both."""
    pdf = tmp_path / "unitcol.pdf"
    c = canvas_mod.Canvas(str(pdf), pagesize=(600, 800))
    _text(c, 60, 760, "Pollutant")
    _text(c, 260, 760, "Unit")
    for rx, yr in ((420, "FY 2024"), (500, "FY 2023")):
        _text(c, rx, 760, yr, right=True)
    rows = [("Sulphur dioxide", "tonnes", "1,204", "1,388"), ("Mercury", "kg", "3.1", "2.7"),
            ("Dioxins and furans", "-", "n/a", "n/a"), ("Ammonia slip", "-", "n/a", "n/a")]
    for i, (label, unit, a, b) in enumerate(rows):
        y = 744 - 14 * i
        _text(c, 60, y, label)
        _text(c, 260, y, unit)
        _text(c, 420, y, a, right=True)
        _text(c, 500, y, b, right=True)
    c.showPage()
    c.save()
    facts = [x for x in extract_facts(read_pdf(str(pdf))) if x.source == "table"]
    got = {(x.label, x.year): (x.value, x.unit) for x in facts}
    assert got[("Sulphur dioxide", 2024)] == (1204, "tonnes")
    assert got[("Mercury", 2023)] == (2.7, "kg")
    assert got[("Dioxins and furans", 2024)] == (None, "") and got[("Ammonia slip", 2023)] == (None, "")
    assert len(facts) == 8


def test_a_page_whose_tables_cannot_be_rebuilt_is_reported_and_read_as_text(tmp_path, monkeypatch):
    """A failure on one page names the page and the reason in the document's warnings; the page's
    words are still read (as prose), the other pages' tables are built."""
    from esglens.read import pdf as pdf_mod
    path = tmp_path / "bad.pdf"
    c = canvas_mod.Canvas(str(path), pagesize=(600, 800))
    for page in (1, 2):
        _table(c, 60, 760, f"Table {page}", "Tonnes", [("Sludge removed", ("1,200", "1,150"))], right=(330, 380))
        c.showPage()
    c.save()
    real = pdf_mod.find_tables
    calls = []

    def flaky(lines, settings=None):
        calls.append(1)
        if len(calls) == 2:
            raise ValueError("bad geometry")
        return real(lines, settings)
    monkeypatch.setattr(pdf_mod, "find_tables", flaky)
    doc = read_pdf(str(path))
    assert any(w.startswith("page 2: tables not rebuilt (ValueError: bad geometry)") for w in doc.warnings)
    assert any("Sludge removed" in ln.text for ln in doc.lines if ln.page == 2)
    assert [f.page for f in extract_facts(doc) if f.source == "table"] == [1, 1]


def test_a_latest_year_figure_set_off_the_baseline_joins_its_row(tmp_path):
    """The latest year's figures printed bold and 4 pt (under half a line) above their row's baseline stay in the row;
    a small raised note marker after a label is no value."""
    pdf = tmp_path / "offset.pdf"
    c = canvas_mod.Canvas(str(pdf), pagesize=(600, 800))
    _text(c, 60, 760, "Kilotonnes")
    _text(c, 300, 760, "2021", right=True)
    _text(c, 360, 760, "2022", right=True, font="Helvetica-Bold")
    rows = [("Ash sent to cement works", "88.1", "91.4"), ("Gypsum sold", "12.0", "13.7"),
            ("Slag reused on site roads", "4.4", "5.0")]
    for i, (label, a, b) in enumerate(rows):
        y = 744 - 16 * i
        _text(c, 60, y, label)
        _text(c, 61 + c.stringWidth(label, "Helvetica", 8), y + 3, "3", size=5)   # a raised note marker
        _text(c, 300, y, a, right=True)
        _text(c, 360, y + 4, b, right=True, font="Helvetica-Bold")
    c.showPage()
    c.save()
    f, _ = _facts(pdf)
    assert f[("Ash sent to cement works", 2022)] == 91.4
    assert f[("Gypsum sold", 2021)] == 12.0 and f[("Gypsum sold", 2022)] == 13.7
    assert f[("Slag reused on site roads", 2022)] == 5.0
    assert len(f) == 6, f


def test_a_bar_chart_with_its_axis_ticks_is_no_table(tmp_path):
    """A chart's axis ticks on the left and its bars' values beside them, the years under the bars:
    the numbers are no table cells (nothing dated by a header), while a real table below it is read."""
    pdf = tmp_path / "chart.pdf"
    c = canvas_mod.Canvas(str(pdf), pagesize=(600, 800))
    _text(c, 40, 770, "Visitors to our open days (thousand)")
    for i, tick in enumerate(("400", "300", "200", "100", "0")):
        y = 750 - 20 * i
        _text(c, 60, y, tick, right=True)
    for x, vals in ((110, ("388", "290", "205")), (160, ("391", "301", "212"))):
        for y, v in zip((750, 730, 710), vals):
            _text(c, x, y, v, right=True)      # two series' point labels on the ticks' baselines
    for x, yr in ((100, "2020"), (150, "2021"), (200, "2022")):
        _text(c, x, 660, yr)
    _text(c, 40, 560, "Tree planting")
    _text(c, 240, 546, "2021", right=True)
    _text(c, 290, 546, "2022", right=True)
    for i, (label, a, b) in enumerate((("Saplings planted", "1,400", "2,150"), ("Survival rate (%)", "81", "86"))):
        _text(c, 40, 532 - 14 * i, label)
        _text(c, 240, 532 - 14 * i, a, right=True)
        _text(c, 290, 532 - 14 * i, b, right=True)
    c.showPage()
    c.save()
    f, doc = _facts(pdf)
    assert f == {("Saplings planted", 2021): 1400, ("Saplings planted", 2022): 2150,
                 ("Survival rate (%)", 2021): 81, ("Survival rate (%)", 2022): 86}, f
    cells = [c for b in doc.blocks if hasattr(b, "rows") for r in b.rows for c in r.cells]
    assert "388" not in cells and "Saplings planted" in cells
