"""core.limits.max_figures_per_page: a PDF page printing more figures than the cap is counted in pdfium's
text and not read further (no lines, tables or facts), the document says which pages and how many
figures, and the report ends partial; pages under the cap, and the same page under a raised cap, are read
as always. The pages here are drawn in a layout no sample report uses: a price list of part numbers."""
from __future__ import annotations

import pytest

from esglens.core.limits import use_limits
from esglens.pipeline import analyze
from esglens.read.pdf import read_pdf
from esglens.read.pdf_dense import _ranges

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")


def _listing(path, dense_pages=(2, 3)):
    """Page 1 and 4: a short note with two figures; pages 2 and 3: 60 lines of 6 part numbers and prices."""
    c = canvas_mod.Canvas(str(path))
    for page in range(1, 5):
        c.setFont("Helvetica", 9)
        if page in dense_pages:
            for row in range(60):
                c.drawString(40, 800 - 12 * row, "  ".join(f"P{row:02d}{k} {row * 7 + k}.{k}5" for k in range(6)))
        else:
            c.drawString(40, 780, f"Note {page}: the catalogue lists 360 parts at 12 sites.")
        c.showPage()
    c.save()
    return path


def test_a_page_over_the_figures_cap_is_not_read_and_said(tmp_path):
    path = _listing(tmp_path / "listing.pdf")
    with use_limits(max_figures_per_page=300):
        doc = read_pdf(str(path))
        result = analyze(str(path))
    assert {ln.page for ln in doc.lines} == {1, 4}
    assert not doc.tables
    said = [w for w in doc.warnings if w.startswith("over limit max_figures_per_page=300")]
    assert said == ["over limit max_figures_per_page=300: listing.pdf: 2 page(s) of up to 720 figures (pages 2-3) "
                    "are not read (a data dump, not report pages; the cap is ESGLENS_MAX_FIGURES_PER_PAGE)"]
    assert result.status == "partial"
    assert {f.page for f in result.facts} <= {1, 4}


def test_under_a_raised_cap_the_same_pages_are_read(tmp_path):
    path = _listing(tmp_path / "listing.pdf")
    with use_limits(max_figures_per_page=1000):
        doc = read_pdf(str(path))
    assert {ln.page for ln in doc.lines} == {1, 2, 3, 4}
    assert not [w for w in doc.warnings if "max_figures_per_page" in w]


def test_only_dense_pages_is_no_error_and_a_page_just_at_the_cap_is_read(tmp_path):
    path = _listing(tmp_path / "listing.pdf", dense_pages=(1, 2, 3, 4))
    with use_limits(max_figures_per_page=720):      # 720 figures a page: at the cap, not over it
        assert {ln.page for ln in read_pdf(str(path)).lines} == {1, 2, 3, 4}
    with use_limits(max_figures_per_page=719):
        doc = read_pdf(str(path))
    assert doc.lines == [] and "pages 1-4" in doc.warnings[-1]


def test_page_ranges_are_named_in_runs():
    assert _ranges([3]) == "page 3"
    assert _ranges([1, 2, 3, 7, 9, 10]) == "pages 1-3, 7, 9-10"
    assert _ranges(list(range(1, 100, 2))).endswith("and 30 more runs")
