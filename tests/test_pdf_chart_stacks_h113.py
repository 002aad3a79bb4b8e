"""Rule "stacked shares" (read/pdf_chart_stacks, h113): bars cut into coloured segments, each share printed inside
its segment, named only by the legend key of the segment's colour; a bar per category named by the words over a
column or left of a horizontal bar; the year the title names heads the shares. Abstains when a bar does not add up
to 100 or two legend entries share a colour. Drawn with reportlab in layouts and wordings no report uses."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from pdf_draw import text  # noqa: E402

COLOURS = [(0.15, 0.3, 0.6), (0.9, 0.55, 0.1), (0.4, 0.7, 0.35)]
ENTRIES = ["Rail", "Bus", "Bicycle"]


def _facts(pdf):
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    return {f.label: (f.value, f.unit, f.year) for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}


def _prose(c):
    for i in range(5):
        text(c, 40, 300 - 12 * i, "Commuters answered the travel survey at the station gates over one autumn week.", size=9)


def _columns(pdf, bars, colours=COLOURS, title="How staff travel to the depot (FY2046)"):
    """Columns from a baseline at y 400, each 300 pt tall in all, its shares in white inside the segments; the
    column's name over it; the legend under the baseline, keys left of the entries."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(pdf))
    text(c, 120, 725, title, size=9)
    for i, (name, shares) in enumerate(bars):
        x = 130 + 90 * i
        text(c, x + 25, 705, name, size=8, centre=True)
        y = 400.0
        for share, colour in zip(shares, colours):
            h = 3.0 * float(share)
            c.setFillColorRGB(*colour)
            c.rect(x, y, 50, h, fill=1, stroke=0)
            c.setFillColorRGB(1, 1, 1)
            text(c, x + 25, y + h / 2 - 4, f"{share}%", size=10, centre=True)
            y += h
        c.setFillColorRGB(0, 0, 0)
    for k, (entry, colour) in enumerate(zip(ENTRIES, colours)):
        c.setFillColorRGB(*colour)
        c.rect(130, 380 - 12 * k, 7, 7, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        text(c, 141, 380 - 12 * k, entry, size=8)
    _prose(c)
    c.showPage()
    c.save()


def test_column_shares_take_the_entry_of_their_segment_colour(tmp_path):
    pdf = tmp_path / "travel.pdf"
    _columns(pdf, [("Day shift", ["45", "30", "25"]), ("Night shift", ["20", "65", "15"])])
    got = _facts(pdf)
    assert got["How staff travel to the depot > Day shift > Rail"] == (45.0, "%", 2046)
    assert got["How staff travel to the depot > Day shift > Bus"] == (30.0, "%", 2046)
    assert got["How staff travel to the depot > Day shift > Bicycle"] == (25.0, "%", 2046)
    assert got["How staff travel to the depot > Night shift > Rail"] == (20.0, "%", 2046)
    assert got["How staff travel to the depot > Night shift > Bus"] == (65.0, "%", 2046)
    assert got["How staff travel to the depot > Night shift > Bicycle"] == (15.0, "%", 2046)


def test_a_bar_not_adding_up_to_100_reads_no_chart(tmp_path):
    pdf = tmp_path / "travel.pdf"
    _columns(pdf, [("Day shift", ["45", "30", "25"]), ("Night shift", ["20", "65", "35"])])
    assert not any(label.startswith("How staff travel") for label in _facts(pdf))


def test_two_entries_of_one_colour_read_no_chart(tmp_path):
    pdf = tmp_path / "travel.pdf"
    _columns(pdf, [("Day shift", ["45", "30", "25"]), ("Night shift", ["20", "65", "15"])],
             colours=[COLOURS[0], COLOURS[1], COLOURS[1]])
    assert not any(" > Bus" in label or " > Bicycle" in label for label in _facts(pdf))


def test_horizontal_bars_named_left_of_them_undated_title(tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "bars.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 60, 770, "Travel to the depot by site", size=9)
    for k, (entry, colour) in enumerate(zip(ENTRIES, COLOURS)):
        c.setFillColorRGB(*colour)
        c.rect(60 + 90 * k, 752, 7, 7, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        text(c, 71 + 90 * k, 752, entry, size=8)
    for i, (site, shares) in enumerate([("Harbour", ["50", "35", "15"]), ("Uplands", ["10", "60", "30"])]):
        y = 720 - 26 * i
        text(c, 110, y + 5, site, size=8, right=True)
        x = 116.0
        for share, colour in zip(shares, COLOURS):
            w = 3.0 * float(share)
            c.setFillColorRGB(*colour)
            c.rect(x, y, w, 18, fill=1, stroke=0)
            c.setFillColorRGB(1, 1, 1)
            text(c, x + w / 2, y + 5, f"{share}%", size=9, centre=True)
            x += w
        c.setFillColorRGB(0, 0, 0)
    _prose(c)
    c.showPage()
    c.save()
    got = _facts(pdf)
    assert got["Travel to the depot by site > Harbour > Rail"][:2] == (50.0, "%")
    assert got["Travel to the depot by site > Harbour > Bicycle"][:2] == (15.0, "%")
    assert got["Travel to the depot by site > Uplands > Bus"][:2] == (60.0, "%")
    assert got["Travel to the depot by site > Uplands > Bicycle"][:2] == (30.0, "%")
