"""Table and form regions outside the found tables (read/pdf_regions): cells whose columns stand so
close that one line fragment runs across a column gap are cut apart and marked, and the prose reader
reads such a cell only when it is a sentence. Layouts drawn here with reportlab; no report uses them."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from esglens.facts import extract_facts  # noqa: E402
from esglens.model import Paragraph  # noqa: E402
from esglens.read.pdf import read_pdf  # noqa: E402
from pdf_draw import draw_grid, text  # noqa: E402

SIZE = 9.0
GAP = 6.0      # between two cells: more than the space between words, less than a prose gutter


def _width(lines: list[str]) -> float:
    return max(stringWidth(s, "Helvetica", SIZE) for s in lines)


def _grid(c, x: float, y: float, rows: list[list[list[str]]]) -> float:
    return draw_grid(c, x, y, rows, size=SIZE, gap=GAP)


def _paragraphs(path) -> list[Paragraph]:
    return [b for b in read_pdf(str(path)).blocks if isinstance(b, Paragraph)]


def _narrative(path) -> dict[str, str]:
    return {f.raw: f.label for f in extract_facts(read_pdf(str(path))) if f.source == "narrative"}


FORM = [
    [["Question"], ["Answer"], ["Remarks"]],
    [["Share held through", "a holding company"], ["Parent Group", "47.5 % through", "Alpha Holdings"],
     ["Counted at", "year end"]],
    [["Seedlings planted"], ["Volunteers planted 6,200 seedlings along the banks of the river."],
     ["Survival checked"]],
    [["Tanks taken out", "of the line"], ["Removal of", "3 rinsing tanks", "and pumps"], ["Water saved", "per shift"]],
    [["Emissions"], ["Covered by", "the audit"], ["Scope", "Stewardship"]],   # no room for "Stewardship" after "Scope"
]

PROSE = ("The foundation trained 415 teachers in rural schools during the year, and the",
         "programme reached 12,800 pupils across the two provinces it serves today.")


def test_a_form_with_close_columns_is_cut_into_cells_and_only_sentences_are_prose(tmp_path):
    pdf = tmp_path / "form.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 50, 790, "Section 4: Community programmes", size=14)
    _grid(c, 50, 760, FORM)
    c.showPage()
    c.save()
    paras = _paragraphs(pdf)
    cells = [p.text for p in paras if p.region == "cell"]
    # the fragment reader had joined "a holding company Alpha Holdings ..." across the columns; each cell
    # wrapped over lines now reads whole, its column's neighbours apart
    assert {"Share held through a holding company", "Counted at year end", "Remarks", "Scope Stewardship"} <= set(cells)
    assert not any("Holdings" in t and "year end" in t for t in (p.text for p in paras))
    facts = _narrative(pdf)
    assert "47.5 %" not in facts and "3" not in facts        # a shareholding cell, a fragment of a row
    assert "6,200" in facts                                    # a cell that is a sentence is read


def test_prose_beside_a_side_table_stays_prose(tmp_path):
    pdf = tmp_path / "side.pdf"
    c = canvas.Canvas(str(pdf))
    for k, line in enumerate(PROSE):
        text(c, 40, 760 - 11 * k, line, size=SIZE)
    side = [[["Site"], ["Waste", "(t)"]], [["North", "yard"], ["1,250 t", "landfill"]],
            [["South", "yard"], ["980 t", "recycled"]], [["East", "yard"], ["45 t", "stored"]]]
    _grid(c, 420, 700, side)
    c.showPage()
    c.save()
    paras = _paragraphs(pdf)
    prose = [p for p in paras if "teachers" in p.text]
    assert prose and all(p.region is None for p in prose)
    facts = _narrative(pdf)
    assert "415" in facts and "12,800" in facts
    assert "1,250 t" not in facts and "980 t" not in facts


def _column(c, x: float, y: float, lines: list[str]) -> None:
    for k, ln in enumerate(lines):
        text(c, x, y - 11 * k, ln, size=SIZE)


LEFT = ["Our plants drew 3.4 million cubic metres of", "water in the year, most of it from rivers near",
        "the sites, and we returned most of it to the", "same rivers after treatment at our own works."]
RIGHT = ["Across the group we employed 8,150 people at", "the end of the year, of whom a third work in",
         "research and in the laboratories that test the", "products before they are sold to customers."]


def test_two_prose_columns_are_read_apart_and_not_marked(tmp_path):
    pdf = tmp_path / "two.pdf"
    c = canvas.Canvas(str(pdf))
    _column(c, 40, 760, LEFT)
    _column(c, 40 + _width(LEFT) + 18, 760, RIGHT)     # a gutter of two type sizes
    c.showPage()
    c.save()
    paras = _paragraphs(pdf)
    assert all(p.region is None for p in paras)
    assert any(p.text.startswith("Our plants drew") and p.text.endswith("own works.") for p in paras)
    facts = _narrative(pdf)
    assert "3.4" in facts and "8,150" in facts


SHORT_FORM = [
    [["Entity"], ["Relation"], ["Share held", "by the entity"], ["Joins in?"]],
    [["Parent Group"], ["Holding"], ["51.2 % through", "Alpha Holdings", "of Utrecht"], ["Yes"]],
    [["Beta Works"], ["Subsidiary"], ["wholly owned", "via Gamma"], ["Yes"]],
    [["Delta Grid"], ["Associate"], ["26% through", "Gamma Energy", "and Power"], ["No"]],
    [["Epsilon"], ["Air", "Stewardship"], ["12% held"], ["No"]],    # "Stewardship" has no room after "Air"
]


def test_a_form_of_short_cells_set_apart_is_marked_though_no_fragment_runs_across(tmp_path):
    pdf = tmp_path / "short.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 50, 790, "Holdings of the entity", size=14)
    widths = [_width([ln for r in SHORT_FORM for ln in r[i]]) for i in range(4)]
    y = 760.0
    for row in SHORT_FORM:
        cx = 50.0
        for cell, w in zip(row, widths):
            for k, ln in enumerate(cell):
                text(c, cx, y - 11 * k, ln, size=SIZE)
            cx += w + 16      # wider than the gap the fragment reader joins across
        y -= 11 * max(len(cell) for cell in row) + 4
    c.showPage()
    c.save()
    paras = _paragraphs(pdf)
    assert {p.region for p in paras if "Gamma" in p.text or "Delta Grid" in p.text} == {"cell"}
    # a short cell ends its row: the names of two rows stay apart, a wrapped share reads whole
    texts = {p.text for p in paras}
    assert {"Beta Works", "Delta Grid", "26% through Gamma Energy and Power", "Air Stewardship"} <= texts
    facts = _narrative(pdf)
    assert not {"51.2 %", "26%"} & set(facts)


JA_LEFT = ["当社の工場では年間に三百四十万立方メートルの水を", "河川から取水し、その大部分を処理したうえで同じ",
           "河川に戻しています。排水の水質は毎月測定して公表", "しています。"]
JA_RIGHT = ["グループ全体の従業員数は年度末で八千百五十人で、", "その三分の一が研究所と製品の試験に携わっていま",
            "す。新しく採用した人数は四百十五人で前年より増え", "ました。"]


def test_two_columns_of_unspaced_script_are_prose_not_short_cells(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    pdf = tmp_path / "ja.pdf"
    c = canvas.Canvas(str(pdf))
    c.setFont("HeiseiMin-W3", SIZE)
    for k, (left, right) in enumerate(zip(JA_LEFT, JA_RIGHT)):
        c.drawString(40, 760 - 11 * k, left)
        c.drawString(40 + SIZE * 24 + 18, 760 - 11 * k, right)   # one word a line, but a full line
    c.showPage()
    c.save()
    paras = _paragraphs(pdf)
    assert len(paras) == 2 and all(p.region is None for p in paras)


def test_a_cell_is_a_sentence_by_its_words_its_verb_and_its_full_stop():
    from esglens.facts.gate import cell_sentence
    assert cell_sentence("Volunteers planted 6,200 seedlings along the banks of the river.")
    assert not cell_sentence("47.70 % through Siemens International Holding B.V. and Power Holding B.V.")   # no verb
    assert not cell_sentence("Volunteers planted 6,200 seedlings along the banks of the river")          # no stop
    assert cell_sentence("新しく採用した人数は四百十五人で前年より増えました。")
    assert not cell_sentence("再資源化率95%以上。")


def test_a_grid_of_notes_over_a_continued_table(tmp_path):
    """A table continued on the next page under a grid of notes: each note reads whole and the rows of a
    column stay apart (the column's leading is its most common step, the smaller of two as common), and the
    table's rows there keep the years of the header on the page before."""
    from pdf_draw import table_facts
    pdf = tmp_path / "continued.pdf"
    c = canvas.Canvas(str(pdf))
    text(c, 50, 790, "Environmental data", size=12)
    text(c, 300, 760, "2021", right=True)
    text(c, 360, 760, "2022", right=True)
    first = [("Water withdrawn (m3)", "1,200", "1,350"), ("Waste generated (t)", "310", "295"),
             ("Energy used (MWh)", "8,400", "8,120"), ("Spills (number)", "3", "1")]
    for i, (label, a, b) in enumerate(first):
        text(c, 50, 746 - 12 * i, label)
        text(c, 300, 746 - 12 * i, a, right=True)
        text(c, 360, 746 - 12 * i, b, right=True)
    c.showPage()
    draw_grid(c, 50, 790, [[["Site group"], ["Scope of the figures below"], ["Note"]],
                           [["North", "plants"], ["All plants owned or leased for the", "whole year, including the two mills"],
                            ["Restated", "in 2022"]],
                           [["South", "plants"], ["Plants acquired during the year are", "counted from the month of purchase"],
                            ["New", "in 2022"]]])
    second = [("Water recycled (m3)", "410", "520"), ("Hazardous waste (t)", "12", "9"),
              ("Noise complaints (number)", "4", "2"), ("Trees planted (number)", "900", "1,100")]
    for i, (label, a, b) in enumerate(second):
        text(c, 50, 700 - 12 * i, label)
        text(c, 300, 700 - 12 * i, a, right=True)
        text(c, 360, 700 - 12 * i, b, right=True)
    c.showPage()
    c.save()
    cells = [p.text for p in _paragraphs(pdf) if p.region == "cell"]
    assert "All plants owned or leased for the whole year, including the two mills" in cells
    assert {"North plants", "South plants", "Site group"} <= set(cells)      # rows of a column stay apart
    facts = table_facts(pdf)
    assert facts[("Water recycled (m3)", 2022)] == (520.0, "m3")
    assert facts[("Trees planted (number)", 2021)] == (900.0, "number")
