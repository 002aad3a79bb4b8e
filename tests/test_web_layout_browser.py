"""Browser tests of the page layout a user meets on real reports: long units, long "not normalized" reasons and
long file names must not squeeze a label to a letter a line nor push the table off the page.

Runs in Debian's chromium through Playwright (set-up: see tests/browser_support.py); skipped without it.
"""
from __future__ import annotations

import pytest

from browser_support import chromium, require_browser, serve
from test_web_support import ACME, _fact_row, _insert, _report, build_store

sync_api = require_browser()

LONG_NAME = "daikin_sustainability_report_2022_excerpt_with_a_long_file_name.pdf"
LONG = "d0c0000000000009"
# (metric, label, value, raw, unit, year, line, source, section, value_normalized, unit_normalized)
WORDY = [(None, "The Company targets at", 30, "30", "quality-related technology key projects", 2024, 3, "narrative",
          None, None, None),
         ("water.intensity", "Water use intensity", 105878.78, "105,878.78", "MWh/GWh", 2024, 3, "table",
          None, None, None)]


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    from esglens.store.db import connect

    db = build_store(tmp_path_factory.mktemp("layout") / "store.duckdb")
    con = connect(str(db))
    try:
        _insert(con, "reports", _report(LONG, LONG_NAME, "Daikin Industries, Ltd.", 2021, "pdf", 0, [], 0, page_count=15))
        for i, f in enumerate(WORDY, 18):
            row = _fact_row(ACME, i, f)
            row["norm_flag"] = (f"unknown unit '{f[4]}'" if f[0] is None
                                else "unit 'MWh/GWh' does not fit water.intensity (intensity)")
            _insert(con, "facts", row)
    finally:
        con.close()
    with serve(str(db)) as base:
        yield base


@pytest.fixture(scope="module")
def page(url):
    with chromium(sync_api) as b:
        pg = b.new_page(viewport={"width": 1366, "height": 900})
        yield pg


def test_long_units_and_reasons_leave_the_label_readable(url, page):
    page.goto(f"{url}/report/{ACME}")
    widths = page.eval_on_selector_all("#facts-table td.label", "cells => cells.map(c => c.getBoundingClientRect().width)")
    assert len(widths) == 19
    assert min(widths) >= 150          # it was 40 px (four letters a line) beside a 55-character reason
    table = page.eval_on_selector("#facts-table", "t => [t.scrollWidth, t.closest('section').clientWidth]")
    assert table[0] <= table[1]         # every column, Review included, inside the card


def test_library_fits_the_window_with_long_file_names(url, page):
    page.goto(url + "/")
    assert page.locator("#library").get_by_text(LONG_NAME).count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 1366


def test_upload_says_it_is_working_and_cannot_be_sent_twice(url, page, tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("In 2024 our Scope 1 emissions were 1,234 tCO2e.\n", "utf-8")
    held = []
    page.route("**/upload", lambda route: held.append(route) if route.request.method == "POST" else route.continue_())
    page.goto(url + "/upload")
    assert page.locator("#upload-working").is_hidden()
    page.set_input_files("#file", str(report))
    # submit and read the page in one step: with the reply held, any later call would wait for the navigation
    state = page.eval_on_selector("#upload-submit", "b => { b.form.requestSubmit(b); return ["
                                  "document.getElementById('upload-working').hidden, b.disabled, b.textContent]; }")
    assert state == [False, True, "Analysing…"]
    page.wait_for_timeout(300)
    assert len(held) == 1
    held[0].abort()
    page.unroute("**/upload")
