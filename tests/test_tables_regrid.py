"""A PDF table the page reader cut into pieces: a headerless piece right under a table with year
columns is read under that header by the printed position of its cells (tables.regrid). Blocks are
built here with their boxes, in a layout of our own."""
from __future__ import annotations

from esglens.facts.extract import interpret_all
from esglens.model import Document, RawRow, TableBlock

YEARS = {"2021": 300.0, "2022": 350.0, "2023": 400.0}    # right edges of the year columns


def box(x1, top, w=24.0):
    return (x1 - w, top, x1, top + 8)


def row(label, values, top, unit=None):
    cells, boxes = [label], [(40.0, top, 200.0, top + 8)]
    if unit is not None:
        cells.append(unit)
        boxes.append((210.0, top, 250.0, top + 8))
    for x1, v in zip(YEARS.values(), values):
        cells.append(v)
        boxes.append(box(x1, top) if v else None)
    return RawRow(cells=cells, page=4, boxes=boxes)


def doc(*blocks):
    return Document(path="t.pdf", name="t.pdf", sha256="0", kind="pdf", lines=[], blocks=list(blocks))


def head_block():
    hdr = RawRow(cells=["", "", "2021", "2022", "2023"], page=4,
                 boxes=[None, None, box(300, 100, 18), box(350, 100, 18), box(400, 100, 18)])
    return TableBlock(id="a", positioned=True, rows=[
        hdr, row("Fresh water drawn", ["1,210", "1,180", "1,150"], 112, unit="(thousand m³)")])


def piece(top, values=("410", "395", "388")):
    # the reader lost the unit column: four cells, not five, and a wider label
    r = RawRow(cells=["of which: from rivers and lakes", *values], page=4,
               boxes=[(60.0, top, 240.0, top + 8)] + [box(x1, top) for x1 in YEARS.values()])
    return TableBlock(id="b", positioned=True, rows=[r])


def test_a_piece_under_the_table_takes_its_years_by_position():
    t = interpret_all(doc(head_block(), piece(124)))["b"]
    got = {(v.raw, v.year) for r in t.rows for v in r.values}
    assert got == {("410", 2021), ("395", 2022), ("388", 2023)}


def test_a_piece_far_below_or_with_a_figure_under_no_column_is_left_alone():
    far = interpret_all(doc(head_block(), piece(260)))["b"]
    assert not any(r.values for r in far.rows)
    stray = piece(124)
    stray.rows[0].boxes[3] = box(470, 124)      # a figure well right of the last year column
    off = interpret_all(doc(head_block(), stray))["b"]
    assert not any(v.year == 2023 for r in off.rows for v in r.values)
