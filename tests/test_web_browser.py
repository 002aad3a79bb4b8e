"""Browser tests: the web app in real headless Chromium (Debian's chromium driven by Playwright).

Set-up (the same story as the README and .ci/run): `bash .ci/browser-deps.sh` installs Debian's
/usr/bin/chromium; without it these tests are skipped with that reason. Playwright never downloads a browser.
Screenshots of the main pages are written to docs/screenshots/ only with ESGLENS_SCREENSHOTS=1, so a test
run leaves the tree clean.
"""
from __future__ import annotations

import pytest

from browser_support import chromium, require_browser, serve, shot
from test_web_support import ACME, EVIL, REPORTS, SCRIPT, SMALL_REPORT, build_store, ingest_sample

WAIT_MS = 15_000

sync_api = require_browser()
expect = sync_api.expect


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app on 127.0.0.1 in a background thread, over the constructed store (plus the real samples)."""
    db = build_store(tmp_path_factory.mktemp("browser") / "store.duckdb")
    samples = {}
    if REPORTS.is_dir():
        for name in ("calb-2024-esg-report", "jlmag-2024-esg-report", "kstar-2024-esg-report"):
            samples[name] = ingest_sample(db, name)
    with serve(str(db)) as url:
        yield {"url": url, "samples": samples}


@pytest.fixture(scope="module")
def browser():
    with chromium(sync_api) as b:
        yield b


@pytest.fixture
def page(browser):
    """A fresh page; any console error or page error (a CSP refusal, a script failure) fails the test."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(WAIT_MS)
    problems: list[tuple[str, str]] = []
    dialogs: list[str] = []
    pg.on("console", lambda m: problems.append((m.text, m.location.get("url", ""))) if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append((str(e), "")))

    def on_dialog(d):
        dialogs.append(d.message)
        d.dismiss()

    pg.on("dialog", on_dialog)
    pg.dialogs = dialogs
    pg.refused_urls = set()  # pages a test expects to answer with an error status
    yield pg
    context.close()
    assert [p for p in problems if p[1] not in pg.refused_urls] == []
    assert dialogs == []


def test_library_report_fact_source(server, page):
    page.goto(server["url"] + "/")
    expect(page.locator("h1")).to_have_text("Library")
    expect(page.locator("#library tbody tr")).to_have_count(4 + len(server["samples"]))
    shot(page, "library", full_page=True)

    page.get_by_role("link", name="acme-2024-esg.txt").click()
    page.wait_for_url(f"**/report/{ACME}")
    expect(page.locator("#fact-count")).to_have_text("17 facts")
    expect(page.locator(".chart[data-drawn]")).to_have_count(5)   # Plotly drew every trend chart
    expect(page.locator(".hm-cell")).to_have_count(8)
    shot(page, "report", full_page=True)

    row = page.locator("#facts-table tbody tr").filter(has_text="Scope 1 emissions").filter(has_text="2024")
    expect(row).to_have_count(1)
    row.locator("a.fact-link").click()
    page.wait_for_url("**/source?line=9&fact=3")
    mark = page.locator("tr.focus mark")
    expect(mark).to_have_text("1,100")
    expect(mark).to_be_visible()
    expect(page.locator("tr.focus")).to_have_attribute("id", "L9")
    expect(page.locator("tr.focus td.tx")).to_have_text("Scope 1 emissions\ttCO2e\t1,200\t1,100\t1,100")
    # The mark is drawn in the highlight colour, not just present in the markup.
    assert mark.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 224, 102)"
    shot(page, "source", full_page=True)


def test_filters_through_the_form(server, page):
    page.goto(f"{server['url']}/report/{ACME}")
    page.select_option("select[name=metric]", "water.withdrawal")
    page.select_option("select[name=year]", "2023")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("#fact-count")).to_have_text("1 fact")
    expect(page.locator("#facts-table tbody tr td").nth(2)).to_have_text("4,800")


def test_upload_a_report(server, page, tmp_path):
    page.goto(server["url"] + "/upload")
    page.set_input_files("#file", files=[{"name": "delta-2024.txt", "mimeType": "text/plain",
                                          "buffer": SMALL_REPORT.encode()}])
    page.click("#upload-submit")
    page.wait_for_url("**/report/*")
    expect(page.locator("p.muted").first).to_contain_text("delta-2024.txt")
    page.goto(server["url"] + "/")
    expect(page.get_by_role("link", name="delta-2024.txt")).to_have_count(1)

    page.goto(server["url"] + "/upload")
    page.refused_urls.add(server["url"] + "/upload")
    page.set_input_files("#file", files=[{"name": "blank.txt", "mimeType": "text/plain", "buffer": b""}])
    page.click("#upload-submit")
    expect(page.locator("#upload-error")).to_have_text("blank.txt: the file is empty")


def test_script_in_report_text_shows_as_text(server, page):
    page.goto(f"{server['url']}/report/{EVIL}")
    expect(page.locator("h1")).to_contain_text(f"Evil {SCRIPT} Corp")
    expect(page.locator("#facts-table")).to_contain_text(f"Revenue {SCRIPT}")
    expect(page.locator("#findings-table")).to_contain_text(f"Message with {SCRIPT}")
    # No element came from the report: no script with its code, no img.
    assert page.evaluate("[...document.scripts].filter(s => s.text.includes('alert')).length") == 0
    assert page.locator("img").count() == 0

    page.locator("#facts-table a.fact-link").first.click()
    page.wait_for_url("**/source?line=3&fact=1")
    expect(page.locator("tr.focus td.tx")).to_have_text(f"Revenue {SCRIPT} was 42 million yuan in 2024.")
    expect(page.locator("tr.focus mark")).to_have_text("42")
    expect(page.locator("#L4 td.tx")).to_have_text("<img src=x onerror=alert(2)> Employees: 310")
    page.goto(server["url"] + "/")
    expect(page.locator("#library")).to_contain_text(f"Evil {SCRIPT} Corp")
    assert page.dialogs == []


def test_compare_charts(server, page):
    page.goto(server["url"] + "/compare?metric=ghg.scope1&metric=water.withdrawal")
    expect(page.locator(".chart[data-drawn]")).to_have_count(4)
    table = page.locator("#compare-ghg-scope1 tbody tr")
    for company, n in (("Acme Battery Co.", 3), ("Beta Cells Ltd", 2), ("Gamma Mining", 2)):
        expect(table.filter(has=page.locator("td").first.filter(has_text=company))).to_have_count(n)
    # Plotly drew one bar per company and year in the chart's unit (the real samples may add some).
    charted = sum(1 for u in table.locator("td:nth-child(4)").all_inner_texts() if u == "tCO2e")
    assert charted >= 7
    plotted = page.eval_on_selector("#chart-0-bar", "gd => gd.data.flatMap(t => t.y).filter(v => v !== null).length")
    assert plotted == charted
    assert page.locator("#chart-0-bar .bars .point").count() >= charted
    shot(page, "compare", full_page=True)


def test_real_sample_report_in_the_browser(server, page):
    rid = server["samples"].get("calb-2024-esg-report")
    if rid is None:
        pytest.skip("../shared not present")
    page.goto(server["url"] + "/")
    page.get_by_role("link", name="calb-2024-esg-report.txt").click()
    page.wait_for_url(f"**/report/{rid}")
    page.select_option("select[name=year]", "2024")
    page.fill("input[name=q]", "responsible minerals")
    page.get_by_role("button", name="Filter").click()
    link = page.locator("#facts-table a.fact-link", has_text="L1967")
    expect(link).to_have_count(1)
    link.click()
    expect(page.locator("tr.focus")).to_have_attribute("id", "L1967")
    expect(page.locator("tr.focus mark")).to_have_text("100")
    assert page.locator("tr.focus td.tx").inner_text().endswith("%\t40\t100\t100")
    shot(page, "source-real", full_page=True)
