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


def draw_rows(pdf, title: str, names: tuple[str, ...], rows: list[tuple[str, list[str]]],
              xs: tuple[float, ...]) -> None:
    """One page: a title line with the column names right-aligned at `xs`, then each row's stub at the left
    margin and its values right-aligned under the names, 12 pt apart."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(pdf))
    text(c, 40, 772, title)
    for x, name in zip(xs, names):
        text(c, x, 772, name, right=True)
    stub_rows(c, 758, xs, rows)
    c.showPage()
    c.save()


def stub_rows(c, top: float, xs, rows: list[tuple[str, list[str]]], pitch: float = 12) -> None:
    """Each row's stub at the left margin (x 40) and its values right-aligned at `xs`, the first row's
    baseline at `top`, `pitch` points apart; an empty value is left blank."""
    for i, (lab, vals) in enumerate(rows):
        y = top - pitch * i
        text(c, 40, y, lab)
        for x, v in zip(xs, vals):
            if v:
                text(c, x, y, v, right=True)


def draw_grid(c, x: float, y: float, rows: list[list[list[str]]], size: float = 9.0, gap: float = 6.0,
              leading: float = 11.0) -> float:
    """Rows of cells, each cell a list of lines, left-aligned in columns `gap` points apart (each column as
    wide as its widest line); a row as tall as its tallest cell, 4 points between rows. Returns the y below."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths = [max(stringWidth(ln, "Helvetica", size) for row in rows for ln in row[i]) for i in range(len(rows[0]))]
    for row in rows:
        cx = x
        for cell, w in zip(row, widths):
            for k, ln in enumerate(cell):
                text(c, cx, y - leading * k, ln, size=size)
            cx += w + gap
        y -= leading * max(len(cell) for cell in row) + 4
    return y
