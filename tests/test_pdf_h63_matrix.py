"""Targets/results matrices (issue 20): a grid of text cells under "Area | KPI | FY2024 target | FY2024
result | Evaluation"; the numbers of the result cells are facts of their row's KPI, the target cells'
are not, nor are evaluation marks. Constructed PDFs (reportlab), in a wording no sample report uses."""
from __future__ import annotations

import pytest

pytest.importorskip("reportlab")

from pdf_draw import draw_grid, text  # noqa: E402

ROWS = [
    [["Area"], ["KPI"], ["FY2024 target"], ["FY2024 result"], ["Evaluation"]],
    [["Climate"], ["• Scope 1+2 emissions", "• Renewable power share"],
     ["• 120 kt or less", "• 60% or more by 2030"], ["• 118 kt", "• 64%"], ["Achieved", "Achieved"]],
    [["People"], ["• Women in management"], ["• 30%"], ["• 27.5% (up from 25.1% in 2022)"], ["Not achieved"]],
    [["Safety"], ["• Lost-time injuries", "• Sites audited"], ["• 0"],
     ["• 3 injuries at two plants", "• 14 of 15 sites", "• 2 audits postponed"], ["-"]],
]


def _page(path, rows=ROWS):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(842, 595))
    text(c, 40, 560, "Progress against our 2024 targets", size=14)
    y = draw_grid(c, 40, 520, rows, size=8, gap=24, leading=9.6)
    # prose under the matrix, running over its columns: not part of it; a note starting in the result column
    text(c, 40, y - 30, "Across the group we also trained 1,250 suppliers in 12 countries on the code of conduct.", size=8)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    x = 40 + sum(max(stringWidth(ln, "Helvetica", 8) for row in rows for ln in row[i]) + 24 for i in range(3))
    text(c, x, y - 10, "Note: 7 depots were added to the scope during the year and are counted in full.", size=8)
    c.showPage()
    c.save()


def _facts(pdf):
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf

    return [f for f in extract_facts(read_pdf(str(pdf))) if f.source == "table"]


def test_result_cells_give_facts_of_their_kpi_and_targets_give_none(tmp_path):
    pdf = tmp_path / "matrix.pdf"
    _page(pdf)
    got = {(f.label, f.value): f for f in _facts(pdf)}
    assert got[("Climate > Scope 1+2 emissions", 118)].unit == "kt"
    assert got[("Climate > Scope 1+2 emissions", 118)].year == 2024
    assert got[("Climate > Renewable power share", 64)].unit == "%"
    assert got[("People > Women in management", 27.5)].year == 2024
    values = {v for _, v in got}
    assert not values & {120, 60, 30, 2030, 0}       # targets, their years: not actuals
    assert 25.1 not in values                          # another year's figure inside the cell
    # two KPIs, three results: which is which is not certain, the row's area alone labels them
    assert got[("Safety", 3)].year == 2024 and ("Safety", 14) in got
    assert not values & {1250, 7}                      # the prose and the note under the matrix are no results


def test_without_a_targets_column_there_is_no_matrix(tmp_path):
    # the same grid with the target column dropped: a results list, not read by this reader
    pdf = tmp_path / "no_target.pdf"
    _page(pdf, [[row[0], row[1], row[3], row[4]] for row in ROWS])
    assert not any(f.label.startswith("Climate > Scope") for f in _facts(pdf))


def test_numbers_in_a_result_cell_leave_out_years_ratio_terms_and_other_years_figures():
    from esglens.read.pdf_matrix import numbers

    assert numbers("27.5% (up from 25.1% in 2022)") == [("27.5", "%")]
    assert numbers("64% reduction compared to FY2016") == [("64", "%")]          # a base year stays a base
    assert numbers("1 in 4.2 managers") == [("4.2", "managers")]
    assert numbers("2.3 billion euros spent, 14 sites") == [("2.3", "billion euros"), ("14", "sites")]
