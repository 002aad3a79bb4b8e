"""What a user looking through the library meets (FastAPI test client): a figure left in the unit it was printed
in is marked as such on the compare page, charts of figures spanning orders of magnitude are drawn on a log
axis, and a fact's source view says why a figure was not normalized, its footnotes and its review key, with
the report's lines above the review form."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from esglens.web import charts
from esglens.web.app import create_app
from test_web_support import ACME, EVIL, _fact_row, _insert, build_store

# (metric, label, value, raw, unit, year, line, source, section, value_normalized, unit_normalized)
FLAGGED = ("water.intensity", "Water use intensity", 105878.78, "105,878.78", "MWh/GWh", 2024, 11, "table",
           "Environmental performance", None, None)


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    from esglens.store.db import connect

    db = build_store(tmp_path_factory.mktemp("user") / "store.duckdb")
    con = connect(str(db))
    try:
        row = _fact_row(ACME, 18, FLAGGED)
        row.update(norm_flag="unit 'MWh/GWh' does not fit water.intensity (intensity)", footnotes='["vi", "2"]',
                   qualifier="~")
        _insert(con, "facts", row)
    finally:
        con.close()
    connect(str(db)).close()   # opened for writing once: the facts get their keys
    return TestClient(create_app(str(db), page_cache=0))


def test_compare_marks_figures_left_in_their_printed_unit(client):
    html = client.get("/compare?metric=econ.revenue").text
    row = re.search(r'<table[^>]*id="compare-econ-revenue".*?<tbody>(.*?)</tbody>', html, re.S).group(1)
    assert "million yuan" in row and ">as printed</span>" in row
    assert "1 figure in other or unnormalized units" in html
    normalized = client.get("/compare?metric=ghg.scope1").text
    assert ">as printed</span>" not in normalized


def _rows(values: list[float], unit: str = "tCO2e") -> list[dict]:
    return [{"metric": "ghg.scope1", "company": f"Co {i}", "year": 2020 + i % 3, "value": v, "unit": unit,
             "normalized": True} for i, v in enumerate(values)]


@pytest.mark.parametrize("values, log", [
    ([3221.0, 40_080_000.0, 14_429.0], True),          # Eni beside JL MAG: 12,000 times
    ([926_779_000_000.0, 3221.0], True),               # one misread figure must not flatten the rest
    ([3221.0, 4052.0, 6436.68], False),
    ([0.0, 3221.0, 9_000_000.0], False),               # a zero has no place on a log axis
])
def test_charts_use_a_log_axis_when_figures_span_three_orders_of_magnitude(values, log):
    for fig in (charts.bar_figure("ghg.scope1", _rows(values)), charts.trend_figure("ghg.scope1", _rows(values))):
        axis = fig["layout"]["yaxis"]
        assert (axis.get("type") == "log") is log
        assert axis["title"]["text"] == ("tCO2e (log scale)" if log else "tCO2e")
        assert ("rangemode" in axis) is not log


def test_bar_legend_stands_beside_the_plot_not_over_its_title():
    fig = charts.bar_figure("ghg.scope1", _rows([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]))
    assert fig["layout"]["legend"]["orientation"] == "v" and fig["layout"]["legend"]["x"] > 1


def test_a_dozen_peers_get_a_dozen_colours():
    fig = charts.trend_figure("ghg.scope1", [dict(r, company=f"Co {i:02d}") for i, r in enumerate(_rows([1.0] * 12))])
    assert len({t["line"]["color"] for t in fig["data"]}) == 12


def test_source_view_says_why_not_normalized_footnotes_and_key(client):
    html = client.get(f"/report/{ACME}/source?fact=18").text
    assert re.search(r'<dd id="fact-norm-flag">unit &#39;MWh/GWh&#39; does not fit water.intensity', html)
    assert "<dd>vi; 2</dd>" in html and "<dt>Qualifier</dt><dd>~</dd>" in html
    key = re.search(r'<code id="fact-key">([^<]+)</code>', html).group(1)
    assert key.startswith(f"{ACME}:l11:")
    # a text fact: the report's lines come first, the review form under them
    assert html.index('id="source"') < html.index('id="review-form"')


def test_source_view_of_escaped_report_text_keeps_it_inert(client):
    html = client.get(f"/report/{EVIL}/source?fact=1").text
    assert "<script>alert(1)</script>" not in html
    assert html.count('id="review-form"') == 1


def test_a_landscape_page_takes_the_full_width_a_portrait_one_stands_beside_the_fact(tmp_path):
    from test_review_web import BAYER, RIO, RIO_PAGE, _serve_excerpt   # real pages of the shared PDFs

    if not (BAYER.exists() and RIO.exists()):
        pytest.skip("../shared/corpus/pdf not present")
    for pdf, page, landscape in ((BAYER, 90, True), (RIO, RIO_PAGE, False)):
        folder = tmp_path / pdf.stem
        folder.mkdir()
        served = _serve_excerpt(folder, pdf, page)
        html = served["client"].get(f"/report/{served['rid']}/source?page=1&fact=1").text
        assert (served["size"][0] > served["size"][1]) is landscape
        assert ('class="source-grid with-page landscape"' in html) is landscape
        assert 'class="source-grid with-page' in html
