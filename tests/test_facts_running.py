"""facts/running.py: on a page, a narrative fact comes from running text, not from a grid, a form or a chart
(h67). Layouts and wordings no sample report uses."""
from __future__ import annotations

import pytest

from esglens.facts import extract_facts
from esglens.facts.narrative import narrative_facts
from esglens.facts.running import RUNNING_TEXT
from esglens.read.pdf import read_pdf

from pdf_draw import text

pytest.importorskip("reportlab")


def _narrative(path) -> dict[str, str]:
    return {f.raw: f.label for f in extract_facts(read_pdf(str(path))) if f.source == "narrative"}


def _paged(s: str) -> set[str]:
    return {f.raw for f in narrative_facts(s, line=None, page=3, default_year=2024, section=None)}


def test_the_rule_names_why_a_line_is_not_running_text():
    assert RUNNING_TEXT.outside("Depot Code: 40417") == "no clause"
    assert RUNNING_TEXT.outside("Fleet (trucks in service): 2,318") == "no clause"
    assert RUNNING_TEXT.outside("2,318 2,207 4.9% 611") == "number row"
    assert RUNNING_TEXT.outside("480万kW") == "grid cell"
    assert RUNNING_TEXT.outside("Fleet renewal and depot upgrades . . . . . . 14") == "contents leader"
    assert RUNNING_TEXT.outside("Costs rose 3%... and then fell.") is None
    assert RUNNING_TEXT.outside("Our depots cut diesel use by 12% in 2023.") is None
    assert RUNNING_TEXT.outside("Norvale operates 2,318 trucks") is None       # a verb in "-s"
    assert RUNNING_TEXT.outside("AIM 4: Doubling rail freight to 40% by 2030") is None   # a goal's opening form
    assert RUNNING_TEXT.outside("物流拠点の再エネ比率は62%に達しました。") is None


def test_a_page_keeps_prose_and_drops_label_lines_but_a_text_file_is_not_judged():
    assert _paged("Depot Code: 40417") == set() and _paged("Fleet (trucks in service): 2,318") == set()
    assert _paged("Norvale operates 2,318 trucks across its depots.") == {"2,318"}
    assert "2,318" in {f.raw for f in narrative_facts("Fleet (trucks in service): 2,318", line=4, page=None,
                                                      default_year=2024, section=None)}
    # a measured figure with a caption of its own on a verbless line is a figure with its caption
    assert _paged("Depot retrofit budget: $14 million") == {"14"}


def _two_columns(pdf) -> None:
    """Left: a prose column; right: a grid of short labelled cells (a chart's legend and axis)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(pdf))
    prose = ["In 2024 Norvale Freight moved its depots to rail", "wherever it could, and the company cut",
             "diesel use by 17% against the year before, the", "largest fall since the network was founded.",
             "Across the network the fleet ran 2,318", "trucks, of which 410 were battery electric,",
             "and the drivers who run them were trained", "in the depots where they are based, so that",
             "each crew knows the new vehicles it drives", "before it takes them out on the road."]
    for i, ln in enumerate(prose):
        text(c, 40, 760 - 12 * i, ln, size=9)
    # (cells longer than `subjects.layout_fragment`'s short line, with no verb)
    legend = ["Share of freight on rail across all regional and national depots: 38%",
              "Registry code of the northern and southern freight region: 40417", "Axis of the chart (kt) 900"]
    for i, cell in enumerate(legend):
        text(c, 330, 735 - 23 * i, cell, size=7)
    c.showPage()
    c.save()


def test_a_prose_column_beside_a_grid_gives_only_the_prose_figures(tmp_path):
    pdf = tmp_path / "two_columns.pdf"
    _two_columns(pdf)
    got = _narrative(pdf)
    assert "17%" in got and "410" in got
    assert not {"38%", "40417", "900"} & set(got)


def test_a_form_of_question_and_answer_cells_gives_no_fact_but_its_sentence_answer_does(tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "form.pdf"
    c = canvas.Canvas(str(pdf))
    rows = [("7. Number of sites audited", "12"), ("8. Registry code of the entity under the national freight and logistics scheme", "77310"),
            ("9. Details of the audit programme", "The company audited 12 sites and closed 31 findings during the year.")]
    for i, (q, a) in enumerate(rows):
        text(c, 40, 760 - 30 * i, q, size=8)
        text(c, 330, 760 - 30 * i, a, size=8)
    c.showPage()
    c.save()
    got = _narrative(pdf)
    assert "77310" not in got
    assert "31" in got
    assert [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "narrative" and f.raw == "12"
            and f.evidence.startswith("7.")] == []


def test_a_japanese_target_grid_keeps_named_cells_and_drops_nameless_ones():
    # a grid's cell with next to no words of its own ("480万kW") names nothing; prose with 。 is kept
    assert _paged("480万kW") == set()
    assert _paged("2023年度の物流拠点の再エネ比率は62%に達しました。") == {"62%"}
    assert _paged("130名 294名") == set()
