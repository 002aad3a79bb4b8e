"""A chart's unit printed only in its legend ("Diesel burnt (kL)" beside "Biofuel burnt
(kL)"): every printed value of the chart has it. Where the legend's series have different units
("... (GWh)" beside "... (%)"), which value belongs to which series is not read, so no value gets a unit
(abstain). Drawn with reportlab in wordings no report uses."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from pdf_draw import text  # noqa: E402


def _facts(pdf):
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    return {(f.label, f.year, f.value): f.unit for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"}


def _chart(c, x0, title, legend, pairs):
    text(c, x0, 760, title, size=11)
    for i, entry in enumerate(legend):
        c.rect(x0, 744 - 11 * i, 6, 6, fill=1)
        text(c, x0 + 10, 744 - 11 * i, entry, size=7)
    for i, (yr, a, b) in enumerate(pairs):
        x = x0 + 20 + 50 * i
        c.rect(x - 8, 560, 16, 60 + 10 * i, fill=1)
        text(c, x, 566 + 60 + 10 * i, a, centre=True)
        text(c, x, 590, b, centre=True)
        text(c, x, 545, yr, centre=True)


def _draw(pdf):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(pdf))
    _chart(c, 40, "Ferry fuel", ["Diesel burnt (kL)", "Biofuel burnt (kL)"],
           [("2027", "41.2", "18.5"), ("2028", "44.0", "19.1"), ("2029", "47.3", "20.6")])
    _chart(c, 320, "Pier lighting", ["Power drawn (GWh)", "Share from the tidal turbine (%)"],
           [("2027", "3.8", "22.0"), ("2028", "3.5", "27.5"), ("2029", "3.1", "31.0")])
    text(c, 40, 500, "Sailings are counted at the ticket gates of both piers.")
    c.showPage()
    c.save()


def test_a_unit_shared_by_every_legend_entry_is_the_charts(tmp_path):
    """Unit only: the two series' values, two a year under one name, give no fact (h119's rule "unproven
    series"); the chart's unit is read from its legend all the same (its title)."""
    from esglens.read.pdf_table_charts import legend_unit
    from types import SimpleNamespace

    pdf = tmp_path / "legend.pdf"
    _draw(pdf)
    assert not [k for k in _facts(pdf) if k[0].startswith("Ferry fuel")]
    lines = [SimpleNamespace(text=t) for t in ("Diesel burnt (kL)", "Biofuel burnt (kL)")]
    assert legend_unit(lines) == "kL"


def test_legend_entries_with_different_units_give_no_unit(tmp_path):
    from esglens.read.pdf_table_charts import legend_unit
    from types import SimpleNamespace

    pdf = tmp_path / "legend.pdf"
    _draw(pdf)
    assert not [k for k in _facts(pdf) if k[0].startswith("Pier lighting")]
    lines = [SimpleNamespace(text=t) for t in ("Power drawn (GWh)", "Share from the tidal turbine (%)")]
    assert legend_unit(lines) is None


def test_the_legend_rule():
    from types import SimpleNamespace as F

    from esglens.read.pdf_table_charts import legend_unit

    assert legend_unit([F(text="Net freight (kt)"), F(text="Net mail (kt) ")]) == "kt"
    assert legend_unit([F(text="Net freight (kt)"), F(text="Share by rail (%)")]) is None
    assert legend_unit([F(text="Net freight (kt)"), F(text="Carried for members")]) is None
    assert legend_unit([]) is None
