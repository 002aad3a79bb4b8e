"""PDF input: tables rebuilt from word positions, the same facts as from text, bad files.

PDFs are drawn here with reportlab (test extra) the way report designers set tables: a caption,
years in descending order, right-aligned numbers, subscripts and footnote markers in a smaller
raised or lowered type, labels wrapped over two lines, column headers over three lines.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from esglens.errors import InputError
from esglens.facts import extract_facts
from esglens.model import TableBlock
from esglens.read import load
from esglens.read.pdf import read_pdf

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab (test extra) not installed")

SHARED = Path(__file__).resolve().parents[2] / "shared"
KEYS = Path(__file__).resolve().parent / "keys"
RIO = SHARED / "corpus" / "pdf" / "riotinto-2023-climate-change-report.pdf"
SUB = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"


@pytest.fixture(scope="module")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared not present")
    return SHARED


# ------------------------------------------------------------------ drawing

def draw_text(c, x: float, y: float, text: str, size: float = 8, right: bool = False) -> None:
    """Draw text; `₂` as a lowered small 2 and `⁶` as a raised small 6, as typesetters do."""
    runs: list[tuple[str, float, float]] = []   # (text, size, rise)
    for ch in text:
        if ch in "₀₁₂₃₄₅₆₇₈₉":
            runs.append((ch.translate(SUB), size * 0.65, -size * 0.25))
        elif ch in SUP:
            runs.append((str(SUP.index(ch)), size * 0.65, size * 0.4))
        else:
            runs.append((ch, size, 0.0))
    width = sum(c.stringWidth(t, "Helvetica", s) for t, s, _ in runs)
    cx = x - width if right else x
    for t, s, rise in runs:
        c.setFont("Helvetica", s)
        c.drawString(cx, y + rise, t)
        cx += c.stringWidth(t, "Helvetica", s)


def wrap(text: str, limit: int) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return lines + ([cur] if cur else [])


def draw_table(c, block: TableBlock, top: float, x0: float = 40, size: float = 8) -> float:
    """A TableBlock as a designer sets it: text columns left-aligned, numbers right-aligned.
    Long first labels wrap onto a second line; returns the y below the table."""
    rows = [r.cells for r in block.rows]
    ncols = max(len(r) for r in rows)
    nlab = 1   # leading text columns: no body cell in them starts like a number
    while nlab < ncols - 1 and not any(re.match(r"^[\d(<>.,\-–/%]", r[nlab]) for r in rows[1:] if nlab < len(r) and r[nlab]):
        nlab += 1
    text_x = [x0] + [x0 + 150 + 110 * (j - 1) for j in range(1, nlab)]
    first_limit = 34 if nlab > 1 else 60
    value_x0 = text_x[-1] + (110 if nlab > 1 else 260)
    y = top
    if block.title:
        draw_text(c, x0, y, block.title, size + 3)
        y -= size * 2.2
    for r in rows:
        cells = [wrap(r[0], first_limit) or [""]] + [wrap(r[j], 24) for j in range(1, min(nlab, len(r)))]
        for j, parts in enumerate(cells):
            for k, part in enumerate(parts):
                draw_text(c, text_x[j], y - k * size * 1.15, part, size)
        for j in range(nlab, len(r)):
            if r[j]:
                draw_text(c, value_x0 + (j - nlab + 1) * 60, y, r[j], size, right=True)
        y -= size * 1.15 * max(len(p) for p in cells) + size * 0.9
    return y - size * 2


def text_facts(report: Path, block: TableBlock) -> list:
    lines = {r.line for r in block.rows}
    doc = load(str(report))
    return [f for f in extract_facts(doc) if f.source == "table" and f.line in lines]


def norm_unit(u: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", u or "")).lower()


def fact_set(facts) -> list[tuple]:
    return sorted((f.value if f.value is not None else -1.0, f.year, norm_unit(f.unit)) for f in facts)


def blocks_of(report: Path, first_lines: list[int]) -> list[TableBlock]:
    doc = load(str(report))
    return [b for b in doc.tables if any(r.line in first_lines for r in b.rows)]


# ------------------------------------------------------------------ same facts as from text

SAMPLE_TABLES = [
    ("kstar-2024-esg-report.txt", [1456, 1490]),
    ("calb-2024-esg-report.txt", None),
    ("jlmag-2024-esg-report.txt", None),
]


def _pick_lines(shared: Path, name: str, want: list[int] | None) -> list[int]:
    """Lines of the report's key tables: given, else the first two multi-year key tables."""
    if want:
        return want
    key = json.loads((shared / "eval" / "gold" / name.replace(".txt", ".json")).read_text(encoding="utf-8"))
    by_line: dict[int, set[int]] = {}
    for f in key["facts"]:
        if f["source"] == "table":
            by_line.setdefault(f["line"], set()).add(f["year"])
    multi = sorted(line for line, ys in by_line.items() if len(ys) >= 3)
    picked: list[int] = []
    for line in multi:
        if not picked or line - picked[-1] > 40:
            picked.append(line)
        if len(picked) == 2:
            break
    return picked


@pytest.mark.parametrize("name,want", SAMPLE_TABLES)
def test_pdf_of_sample_tables_gives_same_facts_as_text(shared, tmp_path, name, want):
    report = shared / "corpus" / "reports" / name
    blocks = blocks_of(report, _pick_lines(shared, name, want))
    assert blocks
    pdf = tmp_path / "t.pdf"
    # as wide as the widest table: text drawn outside the page box is not shown, and not read
    c = canvas_mod.Canvas(str(pdf), pagesize=(max(595, 460 + 170 * max(len(r.cells) for b in blocks for r in b.rows)), 842))
    for b in blocks:
        draw_table(c, b, top=780)
        c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    from_pdf = [f for f in extract_facts(doc) if f.source == "table"]
    expected = [f for b in blocks for f in text_facts(report, b)]
    assert expected
    assert fact_set(from_pdf) == fact_set(expected)
    assert all(f.page is not None and f.line is None for f in from_pdf)


# ------------------------------------------------------------------ layout cases

def _rows(doc) -> list[list[list[str]]]:
    return [[r.cells for r in t.rows] for t in doc.tables]


def test_multiline_header_subscript_footnote_descending_years(tmp_path):
    pdf = tmp_path / "a.pdf"
    c = canvas_mod.Canvas(str(pdf))
    draw_text(c, 40, 780, "Emissions (Mt CO₂e)", 12)
    # a column header over three lines, right-aligned over its numbers
    for k, part in enumerate(["Change", "against", "baseline"]):
        draw_text(c, 520, 760 - k * 9, part, 7, right=True)
    for x, year in ((360, "2023"), (420, "2022"), (480, "2021")):
        draw_text(c, x, 742, year, 8, right=True)
    rows = [("Market-based emissions³", ["9.3", "9.6", "10.1", "-3%"]),
            ("Direct CO₂ emissions from burning biofuels and", []),
            ("other biomass", ["0.03", "0.0", "0.0", "n/a"])]
    y = 728
    for label, vals in rows:
        draw_text(c, 40, y, label, 8)
        for x, v in zip((360, 420, 480, 520), vals):
            draw_text(c, x, y, v, 8, right=True)
        y -= 9 if not vals else 14
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    (table,) = _rows(doc)
    assert table[0] == ["", "2023", "2022", "2021", "Change against baseline"]
    assert table[1] == ["Market-based emissions³", "9.3", "9.6", "10.1", "-3%"]
    assert table[2] == ["Direct CO2 emissions from burning biofuels and other biomass", "0.03", "0.0", "0.0", "n/a"]
    assert doc.tables[0].title == "Emissions (Mt CO2e)" or "Emissions (Mt CO2e)" in doc.text_at(page=1)


def test_two_tables_side_by_side_and_indented_children(tmp_path):
    pdf = tmp_path / "b.pdf"
    c = canvas_mod.Canvas(str(pdf))
    for x, year in ((220, "2023"), (270, "2022"), (470, "2023"), (530, "2022")):
        draw_text(c, x, 760, year, 8, right=True)
    left = [("Water withdrawn", "12.5", "13.1", 0), ("Surface water", "7.5", "8.0", 8), ("Groundwater", "5.0", "5.1", 8)]
    right = [("Waste total", "410", "398"), ("Hazardous", "22", "25"), ("Recycled", "301", "280")]
    for i, ((l1, a, b, ind), (l2, cc, d)) in enumerate(zip(left, right)):
        y = 746 - i * 12
        draw_text(c, 40 + ind, y, l1, 8)
        draw_text(c, 220, y, a, 8, right=True)
        draw_text(c, 270, y, b, 8, right=True)
        draw_text(c, 310, y, l2, 8)
        draw_text(c, 470, y, cc, 8, right=True)
        draw_text(c, 530, y, d, 8, right=True)
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    t1, t2 = _rows(doc)
    assert t1 == [["", "", "2023", "2022"], ["Water withdrawn", "", "12.5", "13.1"],
                  ["", "Surface water", "7.5", "8.0"], ["", "Groundwater", "5.0", "5.1"]]
    assert t2 == [["", "2023", "2022"], ["Waste total", "410", "398"], ["Hazardous", "22", "25"],
                  ["Recycled", "301", "280"]]


def test_table_continued_on_next_page_carries_header(tmp_path):
    pdf = tmp_path / "c.pdf"
    c = canvas_mod.Canvas(str(pdf))
    draw_text(c, 40, 780, "Workforce", 14)
    for x, year in ((400, "2023"), (480, "2022")):
        draw_text(c, x, 760, year, 8, right=True)
    for i, (lab, a, b) in enumerate([("Employees", "1,200", "1,150"), ("Female employees", "410", "380")]):
        draw_text(c, 40, 746 - i * 12, lab, 8)
        draw_text(c, 400, 746 - i * 12, a, 8, right=True)
        draw_text(c, 480, 746 - i * 12, b, 8, right=True)
    c.showPage()
    for i, (lab, a, b) in enumerate([("New hires", "95", "120"), ("Turnover rate", "6.1%", "7.4%")]):
        draw_text(c, 40, 780 - i * 12, lab, 8)
        draw_text(c, 400, 780 - i * 12, a, 8, right=True)
        draw_text(c, 480, 780 - i * 12, b, 8, right=True)
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    t2 = doc.tables[1]
    assert [r.cells for r in t2.rows] == [["", "2023", "2022"], ["New hires", "95", "120"],
                                          ["Turnover rate", "6.1%", "7.4%"]]
    assert {r.page for r in t2.rows} == {2}
    facts = {(f.label, f.year): f.value for f in extract_facts(doc) if f.source == "table"}
    assert facts[("Turnover rate", 2022)] == 7.4 and facts[("Employees", 2023)] == 1200


def test_sideways_table_reads_upright(tmp_path):
    pdf = tmp_path / "d.pdf"
    c = canvas_mod.Canvas(str(pdf))
    c.translate(300, 100)
    c.rotate(90)   # a landscape table drawn sideways on a portrait page
    for x, year in ((300, "2023"), (360, "2022")):
        draw_text(c, x, 100, year, 8, right=True)
    for i, (lab, a, b) in enumerate([("Scope 1 emissions", "812", "845"), ("Scope 2 emissions", "1,020", "1,110")]):
        draw_text(c, 0, 86 - i * 12, lab, 8)
        draw_text(c, 300, 86 - i * 12, a, 8, right=True)
        draw_text(c, 360, 86 - i * 12, b, 8, right=True)
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    assert [r.cells for r in doc.tables[0].rows] == [["", "2023", "2022"], ["Scope 1 emissions", "812", "845"],
                                                      ["Scope 2 emissions", "1,020", "1,110"]]


def test_rotated_page_reads_upright(tmp_path):
    pdf = tmp_path / "e.pdf"
    c = canvas_mod.Canvas(str(pdf))
    c.setPageRotation(90)
    draw_text(c, 40, 700, "Energy use 2023 was 406 PJ.", 10)
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    assert [t.text for t in doc.lines] == ["Energy use 2023 was 406 PJ."]
    assert doc.lines[0].page == 1


# ------------------------------------------------------------------ bad input

def test_image_only_page_is_reported(tmp_path):
    pdf = tmp_path / "f.pdf"
    c = canvas_mod.Canvas(str(pdf))
    draw_text(c, 40, 700, "Page one has text.", 10)
    c.showPage()
    c.rect(50, 50, 400, 600, fill=1)   # a scan: drawing, no text layer
    c.showPage()
    c.save()
    doc = read_pdf(str(pdf))
    assert doc.page_count == 2
    assert "page 2 has no text layer" in doc.warnings


def test_scanned_only_pdf_is_an_error(tmp_path):
    pdf = tmp_path / "g.pdf"
    c = canvas_mod.Canvas(str(pdf))
    c.rect(50, 50, 400, 600, fill=1)
    c.showPage()
    c.save()
    with pytest.raises(InputError, match="no text layer on any page"):
        load(str(pdf))


def test_encrypted_truncated_corrupt_are_clear_errors(tmp_path):
    enc = tmp_path / "enc.pdf"
    c = canvas_mod.Canvas(str(enc), encrypt="secret")
    draw_text(c, 40, 700, "Secret 2023", 10)
    c.showPage()
    c.save()
    with pytest.raises(InputError, match="encrypted"):
        load(str(enc))
    good = tmp_path / "good.pdf"
    c = canvas_mod.Canvas(str(good))
    draw_text(c, 40, 700, "Hello", 10)
    c.showPage()
    c.save()
    data = good.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 3])
    with pytest.raises(InputError, match="truncated"):
        load(str(cut))
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    with pytest.raises(InputError, match="corrupt PDF"):
        load(str(junk))
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty file"):
        load(str(empty))


# ------------------------------------------------------------------ the Rio Tinto data tables

@pytest.fixture(scope="module")
def rio(shared):
    if not RIO.exists():
        pytest.skip("Rio Tinto PDF not present")
    return read_pdf(str(RIO), pages=[39, 40, 41])


def test_rio_data_table_cells_match_key(rio):
    """Every numeric cell of the key stands in a TableBlock on its page, in the column of its year."""
    key = json.loads((KEYS / "riotinto-2023-datatables.json").read_text(encoding="utf-8"))
    cells: dict[int, list[tuple[str, str]]] = {}
    for t in rio.tables:
        head = t.rows[0].cells
        for r in t.rows[1:]:
            for h, v in zip(head, r.cells):
                if v:
                    cells.setdefault(r.page, []).append((h, v))
    missing = []
    table_facts = [f for f in key["facts"] if f["source"] == "table"]
    for f in table_facts:
        year = str(f["year"])
        pool = cells.get(f["page"], [])
        hit = next((i for i, (h, v) in enumerate(pool)
                    if v.startswith(f["raw"]) and (h == year or not re.fullmatch(r"\d{4}", h))), None)
        if hit is None:
            missing.append(f)
        else:
            pool.pop(hit)
    assert not missing, missing[:5]
    assert len(table_facts) == 308


def test_rio_tables_shape(rio):
    titles = [t.title for t in rio.tables]
    assert titles[0] == "Equity greenhouse gas emissions (Mt CO2e)"
    assert "Sources of Scope 3 equity greenhouse gas emissions (Mt CO2e)" in titles
    product = next(t for t in rio.tables if (t.title or "").startswith("2023 equity greenhouse gas emissions by"))
    assert product.rows[0].cells[2:] == ["Renewable energy projects", "PacOps Repowering", "Aluminium Anodes",
                                         "Alumina Processing", "Minerals Processing", "Mobile Diesel",
                                         "Offsets and Nature Based Solutions", "2023 Total Emissions (Mt CO2e)"]
    assert product.rows[2].cells[:3] == ["", "Aluminium (Pacific)", "0.0"]
    scope = next(t for t in rio.tables if t.rows[0].cells[1:] == ["2023", "2022", "2021", "2020", "2019"])
    assert scope.rows[2].cells[0] == "Scope 2: Market-based emissions³"
    assert all(r.page in (39, 40, 41) for t in rio.tables for r in t.rows)
    assert "page 44 has no text layer" not in rio.warnings   # pages not read are not judged


def test_rio_whole_report_pages_and_headings(shared):
    doc = read_pdf(str(RIO))
    assert doc.page_count == 46 and doc.kind == "pdf"
    assert "page 44 has no text layer" in doc.warnings
    assert all(t.page and t.line is None for t in doc.lines)
    heads = [b.text for b in doc.blocks if b.__class__.__name__ == "Heading" and b.page == 39]
    assert heads[:2] == ["Data tables", "Greenhouse Gas Emissions"]
