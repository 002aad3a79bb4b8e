"""PDF page furniture, printed page labels, paragraphs, and what is not a table (issue 8).

PDFs are drawn with reportlab (test extra); the Rio Tinto report in ../shared checks the same on a
real layout.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from esglens.facts import extract_facts
from esglens.model import Heading, Paragraph
from esglens.read.pdf import read_pdf

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")

SHARED = Path(__file__).resolve().parents[2] / "shared"
KEYS = Path(__file__).resolve().parent / "keys"
RIO = SHARED / "corpus" / "pdf" / "riotinto-2023-climate-change-report.pdf"


def text(c, x: float, y: float, s: str, size: float = 9, right: bool = False) -> None:
    c.setFont("Helvetica", size)
    (c.drawRightString if right else c.drawString)(x, y, s)


def block_texts(doc) -> list[str]:
    out = []
    for b in doc.blocks:
        if isinstance(b, (Heading, Paragraph)):
            out.append(b.text)
        else:
            out += [" ".join(r.cells) for r in b.rows]
    return out


def _report_with_furniture(path: Path, pages: int = 5) -> None:
    c = canvas_mod.Canvas(str(path))   # A4-ish letter: 612 x 792
    for i in range(pages):
        if i > 0:   # the cover carries no furniture; page 2 prints "1"
            text(c, 40, 775, "Sustainability Report 2023", 7)
            text(c, 40, 20, f"Acme Mining | Sustainability Report 2023  {i}", 7)
        text(c, 40, 700, f"Section {i}: water use fell to {100 + i} ML in 2023.", 10)
        c.showPage()
    c.save()


def test_running_header_and_footer_stay_out_of_blocks(tmp_path):
    pdf = tmp_path / "f.pdf"
    _report_with_furniture(pdf)
    doc = read_pdf(str(pdf))
    blocks = block_texts(doc)
    assert not any("Sustainability Report" in t for t in blocks)
    assert blocks == [f"Section {i}: water use fell to {100 + i} ML in 2023." for i in range(5)]
    # still in the lines, in page order: header first, footer last
    page3 = [t.text for t in doc.lines if t.page == 3]
    assert page3 == ["Sustainability Report 2023", "Section 2: water use fell to 102 ML in 2023.",
                     "Acme Mining | Sustainability Report 2023 2"]
    facts = extract_facts(doc)
    assert sorted(f.value for f in facts if f.unit == "ML") == [100, 101, 102, 103, 104]
    assert not any(f.value in (1, 2, 3, 4) for f in facts)   # no page number read as a fact


def test_page_labels_from_printed_numbers(tmp_path):
    pdf = tmp_path / "f.pdf"
    _report_with_furniture(pdf)
    doc = read_pdf(str(pdf))
    assert doc.page_labels == [None, "1", "2", "3", "4"]
    quick = read_pdf(str(pdf), pages=[3, 4])      # two pages read still show their footer twice
    assert quick.page_labels == [None, None, "2", "3", None]
    assert not any("Acme" in t for t in block_texts(quick))


def test_table_header_repeated_at_page_top_is_not_furniture(tmp_path):
    pdf = tmp_path / "t.pdf"
    c = canvas_mod.Canvas(str(pdf))
    for page in range(3):
        text(c, 300, 770, "2023", 8, right=True)
        text(c, 360, 770, "2022", 8, right=True)
        for k in range(3):
            y = 755 - 13 * k
            text(c, 40, y, f"Site {page * 3 + k + 1} water withdrawal (ML)", 8)
            text(c, 300, y, f"{10 * page + k + 1}.5", 8, right=True)
            text(c, 360, y, f"{10 * page + k + 1}.0", 8, right=True)
        c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    assert len(doc.tables) == 3
    assert all(t.rows[0].cells[-2:] == ["2023", "2022"] for t in doc.tables)
    assert doc.tables[2].rows[3].cells == ["Site 9 water withdrawal (ML)", "23.5", "23.0"]


def test_scattered_numbers_make_no_table(tmp_path):
    """An infographic: figures with captions spread over the page, a chart's axis with two ticks."""
    pdf = tmp_path / "i.pdf"
    c = canvas_mod.Canvas(str(pdf))
    text(c, 40, 700, "Renewable share", 9)
    text(c, 250, 700, "41%", 14)
    text(c, 40, 640, "Sites with a plan", 9)
    text(c, 420, 640, "22%", 14)
    text(c, 60, 560, "Decarbonisation plan", 9)
    text(c, 330, 560, "2,000", 7, right=True)
    text(c, 60, 540, "Abatement delivered", 9)
    text(c, 330, 540, "1,500", 7, right=True)
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    assert doc.tables == []
    assert {"Renewable share", "41%", "2,000"} <= {t.text for t in doc.lines}


def test_prose_column_beside_a_table_stays_prose(tmp_path):
    pdf = tmp_path / "p.pdf"
    c = canvas_mod.Canvas(str(pdf))
    prose = ["We support the goals of the Paris Agreement, and", "climate change considerations are integrated",
             "into our strategic and operational decision making", "by strong governance, processes and people",
             "across every one of our operating sites."]
    rows = [("Scope 1", "23.3"), ("Scope 2", "9.3"), ("Scope 3", "578.1")]
    text(c, 260, 720, "Emissions", 8)
    text(c, 520, 720, "Mt CO2e", 8, right=True)
    for k, line in enumerate(prose):
        y = 706 - 12 * k
        text(c, 40, y, line, 8)
        if k < len(rows):
            text(c, 260, y, rows[k][0], 8)
            text(c, 520, y, rows[k][1], 8, right=True)
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    (table,) = doc.tables
    assert [r.cells for r in table.rows] == [["Emissions", "Mt CO2e"], ["Scope 1", "23.3"], ["Scope 2", "9.3"],
                                             ["Scope 3", "578.1"]]
    paras = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert paras == [" ".join(prose)]


def test_contents_list_is_no_table_and_no_block(tmp_path):
    pdf = tmp_path / "c.pdf"
    c = canvas_mod.Canvas(str(pdf))
    for k, (title, page) in enumerate([("Chief Executive's statement", 2), ("Our business at a glance", 4),
                                       ("Climate Action Plan", 6), ("Data tables", 37)]):
        text(c, 40, 700 - 14 * k, title, 9)
        text(c, 300, 700 - 14 * k, str(page), 9, right=True)
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    assert doc.tables == [] and doc.blocks == []
    assert [t.text for t in doc.lines][0] == "Chief Executive's statement  2"
    assert extract_facts(doc) == []


def test_sentence_broken_over_lines_is_one_paragraph_and_notes_are_apart(tmp_path):
    pdf = tmp_path / "s.pdf"
    c = canvas_mod.Canvas(str(pdf))
    lines = ["Our targets are to reduce emissions by 15% by 2025. Please see GHG",
             "Emissions Methodology for details.",
             "1. Rio Tinto Share represents emissions from our benefit",
             "   in the activities resulting in the emissions",
             "a. Not applicable since we do not produce fossil fuels.",
             "The total was 31.1Mt CO2e in 2023; the decarbon-",
             "isation program continues."]
    for k, line in enumerate(lines):
        text(c, 40, 700 - 11 * k, line, 8)
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    assert [b.text for b in doc.blocks] == [
        "Our targets are to reduce emissions by 15% by 2025. Please see GHG Emissions Methodology for details.",
        "1. Rio Tinto Share represents emissions from our benefit in the activities resulting in the emissions",
        "a. Not applicable since we do not produce fossil fuels.",
        "The total was 31.1Mt CO2e in 2023; the decarbonisation program continues."]


# ------------------------------------------------------------------ the Rio Tinto report

@pytest.fixture(scope="module")
def rio():
    if not RIO.exists():
        pytest.skip("../shared not present")
    return read_pdf(str(RIO), pages=[39, 40, 41])


def test_rio_footer_out_of_blocks_and_labels(rio):
    assert rio.page_labels[38:41] == ["37", "38", "39"]
    assert rio.page_labels[:3] == ["COVa", "COVb", "1"]
    assert not any("riotinto.com" in t for t in block_texts(rio))
    assert "Climate Change Report 2023 | riotinto.com  37" in [t.text for t in rio.lines if t.page == 39]


def test_rio_narrative_facts_of_key_found_and_footnotes_apart(rio):
    key = json.loads((KEYS / "riotinto-2023-datatables.json").read_text(encoding="utf-8"))
    want = [f for f in key["facts"] if f["source"] == "narrative"]
    assert len(want) == 10
    got = [f for f in extract_facts(rio) if f.source == "narrative"]
    pool = [(f.page, f.value) for f in got]
    for w in want:
        hit = next((p for p in pool if p[0] == w["page"] and math.isclose(p[1], w["value"])), None)
        assert hit is not None, w
        pool.remove(hit)
    paras = [b.text for b in rio.blocks if isinstance(b, Paragraph) and b.page == 40]
    assert paras[1] == ("a. Not applicable since Rio Tinto does not produce fossil fuels or manufacture "
                        "products applicable to this category.")
    assert "5. Scope 1 and 2 emissions total – location-based: 31.1Mt CO2e" in \
        [b.text for b in rio.blocks if isinstance(b, Paragraph)]


def test_rio_whole_report_tables_are_real(shared_rio_doc):
    doc = shared_rio_doc
    pages = sorted({t.rows[0].page for t in doc.tables if "panel" not in t.id})
    assert pages == [7, 25, 39, 40, 41]
    # the highlight panels beside the prose of page 21: a big figure over its caption
    panels = [r.cells for t in doc.tables if "panel" in t.id and t.rows[0].page == 21 for r in t.rows[1:]]
    assert ["Percentage of electricity used from renewable sources", "", "72%"] in panels
    assert ["Decarbonisation spend in 2023", "", "$55m"] in panels
    vehicles = next(t for t in doc.tables if t.rows[0].page == 25 and "panel" not in t.id)
    assert [r.cells for r in vehicles.rows][:2] == [["Category", "Approximate number of vehicles 2023"],
                                                    ["Haul trucks", "700"]]
    assert all(len(r.cells[0]) < 90 for t in doc.tables if t.rows[0].page == 7 for r in t.rows)


@pytest.fixture(scope="module")
def shared_rio_doc():
    if not RIO.exists():
        pytest.skip("../shared not present")
    return read_pdf(str(RIO))
