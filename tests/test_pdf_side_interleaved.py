"""Two tables side by side whose rows stand at other baselines (the right one starts higher; only one of
its rows shares a baseline with the left one): cut apart along the gutter between them when the right
part has enough distinct stub rows (TableSettings.side_stubs), so that neither takes the other's rows
or headings. Drawn with reportlab in wordings no report uses."""
from __future__ import annotations

import pytest

from pdf_draw import table_facts, text

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def _page(path) -> None:
    c = canvas_mod.Canvas(str(path))
    text(c, 40, 790, "Harbour Authority Annual Review 2031", 14)
    # right table: title, unit and years, then four rows starting high
    text(c, 330, 760, "Dredged silt", 9)
    text(c, 330, 748, "kt", 7.5)
    text(c, 480, 748, "2030", 7.5, right=True)
    text(c, 530, 748, "2031", 7.5, right=True)
    for k, (lab, a, b) in enumerate((("Inner basin", "41", "38"), ("Outer channel", "77", "80"),
                                     ("Ferry berths", "6.5", "7.0"), ("Dry dock", "12", "9"))):
        text(c, 330, 736 - 12 * k, lab, 7.5)
        text(c, 480, 736 - 12 * k, a, 7.5, right=True)
        text(c, 530, 736 - 12 * k, b, 7.5, right=True)
    # left table: its title and header lower, its first row on the right table's last row's baseline
    text(c, 40, 736, "Rainwater kept", 9)
    text(c, 40, 712, "ML", 7.5)
    text(c, 250, 712, "2030", 7.5, right=True)
    text(c, 300, 712, "2031", 7.5, right=True)
    for k, (lab, a, b) in enumerate((("North quay tanks", "1.9", "2.4"), ("South quay tanks", "0.7", "0.9"),
                                     ("Crane roofs", "0.2", "0.3"))):
        text(c, 40, 700 - 12 * k, lab, 7.5)
        text(c, 250, 700 - 12 * k, a, 7.5, right=True)
        text(c, 300, 700 - 12 * k, b, 7.5, right=True)
    c.showPage()
    c.save()


def test_interleaved_side_by_side_tables_are_read_apart(tmp_path):
    pdf = tmp_path / "side.pdf"
    _page(pdf)
    got = table_facts(pdf)
    assert got[("North quay tanks", 2030)] == (1.9, "ML") and got[("Crane roofs", 2031)] == (0.3, "ML")
    assert got[("South quay tanks", 2031)] == (0.9, "ML")
    assert got[("Inner basin", 2031)] == (38.0, "kt") and got[("Dry dock", 2030)] == (12.0, "kt")
    assert not any("Dry dock" in label and label != "Dry dock" for label, _ in got)
