"""The analyst's loop in real headless Chromium (Debian's chromium driven by Playwright): a PDF fact's page
with its value boxed where the PDF prints it and the arrow keys walking the table, a correction made
through the form, and the corrected value in compare and in the CSV download.

Screenshots go to docs/screenshots/ only when ESGLENS_SCREENSHOTS=1 is set.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from browser_support import chromium, require_browser, serve, shot
from test_web_support import ACME, SHARED, build_store

RIO = SHARED / "corpus" / "pdf" / "riotinto-2023-climate-change-report.pdf"
RIO_PAGE = 39
TOLERANCE = 2.0   # points (see test_review_web.py: pdfium's loose boxes against pdfplumber's words)

sync_api = require_browser()
expect = sync_api.expect


def _rio_excerpt(folder: Path) -> Path | None:
    if not RIO.exists():
        return None
    import pypdfium2 as pdfium

    out = folder / "riotinto-2023-p39.pdf"
    src, one = pdfium.PdfDocument(str(RIO)), pdfium.PdfDocument.new()
    one.import_pages(src, [RIO_PAGE - 1])
    one.save(str(out))
    one.close()
    src.close()
    return out


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app on 127.0.0.1 over the constructed store plus page 39 of the Rio Tinto report."""
    from esglens.pipeline import analyze
    from esglens.store import db

    folder = tmp_path_factory.mktemp("review-browser")
    path = build_store(folder / "store.duckdb")
    rio = _rio_excerpt(folder)
    rio_id = None
    if rio is not None:
        con = db.connect(str(path))
        rio_id = db.ingest_results(con, [analyze(str(rio))])[0].report_id
        con.close()
    with serve(str(path)) as url:
        yield {"url": url, "rio": rio, "rio_id": rio_id}


@pytest.fixture(scope="module")
def browser():
    with chromium(sync_api) as b:
        yield b


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(str(e)))
    yield pg
    context.close()
    assert problems == []


def test_the_marked_page_boxes_the_value_where_the_pdf_prints_it(server, page):
    if server["rio"] is None:
        pytest.skip("../shared/corpus/pdf/riotinto-2023-climate-change-report.pdf not present")
    import pdfplumber

    from esglens.web.pages import PAD

    page.goto(f"{server['url']}/report/{server['rio_id']}?q=Scope+1+emissions&year=2023")
    row = page.locator("#facts-table tbody tr").filter(has_text="23.3")
    expect(row).to_have_count(1)
    row.locator("a.fact-link").click()
    page.wait_for_url("**/source?page=1&fact=*")
    img = page.locator("#page-image")
    page.wait_for_function("() => document.getElementById('page-image').complete "
                           "&& document.getElementById('page-image').naturalWidth > 0")
    mark = page.locator("#mark-value")
    expect(mark).to_be_visible()
    expect(page.locator("#mark-label")).to_be_visible()
    expect(page.locator("#mark-header")).to_be_visible()
    ib, mb = img.bounding_box(), mark.bounding_box()
    with pdfplumber.open(str(server["rio"])) as doc:
        pdf_page = doc.pages[0]
        per_px = float(pdf_page.width) / ib["width"]
        word = next(w for w in pdf_page.extract_words() if w["text"] == "23.3")
    drawn = ((mb["x"] - ib["x"]) * per_px + PAD, (mb["y"] - ib["y"]) * per_px + PAD,
             (mb["x"] + mb["width"] - ib["x"]) * per_px - PAD, (mb["y"] + mb["height"] - ib["y"]) * per_px - PAD)
    printed = (word["x0"], word["top"], word["x1"], word["bottom"])
    assert all(abs(a - b) <= TOLERANCE + per_px for a, b in zip(drawn, printed)), (drawn, printed)
    shot(page, "source-pdf-marked")

    fact = page.url.rsplit("fact=", 1)[1]
    page.keyboard.press("ArrowRight")
    page.wait_for_url(lambda url: not url.endswith("fact=" + fact))
    expect(page.locator("#fact-card")).to_contain_text("22.7")      # Scope 1 emissions, 2022: the next column
    page.keyboard.press("ArrowLeft")
    page.wait_for_url(lambda url: url.endswith("?fact=" + fact))
    expect(page.locator("#fact-card")).to_contain_text("23.3")


def test_correcting_a_fact_shows_in_compare_and_the_csv(server, page):
    page.goto(f"{server['url']}/report/{ACME}/source?line=9&fact=3")      # Scope 1 emissions, 2024: 1,100
    expect(page.locator("#review-state")).to_have_text("Not reviewed yet.")
    page.fill("#review-by", "Ana Analyst")
    page.fill("#fix-value", "1,150")
    page.fill("#review-note", "restated in the 2025 report")
    page.click("#review-correct")
    page.wait_for_url("**/source?fact=3")
    expect(page.locator("#review-state")).to_contain_text("corrected by Ana Analyst")
    expect(page.locator("#review-state")).to_contain_text("extracted: value=1,100")
    expect(page.locator("#fact-value")).to_have_text("1,150 tCO2e")
    shot(page, "review-corrected")
    # the reviewer's name is remembered for the next fact
    page.goto(f"{server['url']}/report/{ACME}/source?line=10&fact=4")
    expect(page.locator("#review-by")).to_have_value("Ana Analyst")

    page.goto(f"{server['url']}/compare?metric=ghg.scope1&company=acme")
    row = page.locator("#compare-ghg-scope1 tbody tr").filter(has=page.locator("td:nth-child(2)", has_text="2024"))
    expect(row.locator("td").nth(2)).to_have_text("1,150 corrected")
    plotted = page.eval_on_selector("#chart-0-bar", "gd => gd.data.flatMap(t => t.y)")
    assert 1150 in plotted and 1100 in plotted   # 2024 corrected; 2023 as printed
    shot(page, "compare-corrected")

    page.goto(f"{server['url']}/report/{ACME}")
    with page.expect_download() as info:
        page.click("#facts-csv")
    text = Path(info.value.path()).read_text("utf-8")
    rows = {(r["label"], r["year"]): r for r in csv.DictReader(io.StringIO(text))}
    got = rows[("Scope 1 emissions", "2024")]
    assert (got["value"], got["review"], got["reviewed_by"], got["corrected_from"]) == (
        "1150.0", "corrected", "Ana Analyst", "value=1,100")
    assert rows[("Scope 1 emissions", "2023")]["review"] == ""

    page.goto(server["url"] + "/")
    acme = page.locator("#library tbody tr").filter(has_text="acme-2024-esg.txt")
    expect(acme.locator(".review-progress")).to_contain_text("1/17")
    shot(page, "library-review")
