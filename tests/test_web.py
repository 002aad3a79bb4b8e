"""Web app tests through FastAPI's test client: pages, filters, source marks, escaping, upload, serve CLI."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from esglens.web.app import create_app, plotly_js_path
from esglens.web.highlight import locate
from test_web_support import ACME, BETA, EVIL, GAMMA, SCRIPT, SMALL_REPORT, build_store, ingest_sample


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "store.duckdb")


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(str(db)))


def _rows(html: str, table_id: str) -> list[list[str]]:
    """Cell texts of one table's body rows (tags stripped, whitespace squeezed)."""
    body = re.search(rf'<table[^>]*id="{table_id}".*?<tbody>(.*?)</tbody>', html, re.S).group(1)
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)
    return [[" ".join(re.sub(r"<[^>]+>", " ", c).split()) for c in re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)]
            for r in rows]


def _focus_cell(html: str) -> str:
    return re.search(r'<tr class="focus"[^>]*>.*?<td class="tx">(.*?)</td>', html, re.S).group(1)


# --- library and report pages ------------------------------------------------------------------------

def test_library_lists_every_report_with_counts(client):
    r = client.get("/")
    assert r.status_code == 200
    rows = _rows(r.text, "library")
    assert [row[0] for row in rows] == ["acme-2024-esg.txt", "beta-2024.txt", "evil-2024.txt", "gamma-2023-climate.pdf"]
    acme = rows[0]
    assert acme[1:10] == ["Acme Battery Co.", "2024", "text", "24", "17", "12", "5", "1", "3"]
    assert rows[3][3:5] == ["pdf", "2 p."]
    # Coverage bar: 3 of 8 items with evidence = 37.5 %.
    assert 'class="st-reported_with_evidence" style="width: 37.5%"' in r.text


def test_report_page_lists_facts_findings_coverage(client):
    r = client.get(f"/report/{ACME}")
    assert r.status_code == 200
    assert "17 facts" in r.text
    rows = _rows(r.text, "facts-table")
    assert rows[2] == ["ghg.scope1", "Scope 1 emissions Table 3: Key environmental indicators", "1,100", "tCO2e",
                       "2024", "1,100 tCO2e", "table", "L9", ""]
    assert f'href="/report/{ACME}/source?line=9&amp;fact=3"' in r.text
    assert _rows(r.text, "findings-table") == [
        ["warning", "yoy_jump", "Hazardous waste fell 7% while Scope 1 stayed flat.", "L9 L12"]]
    cells = re.findall(r'<span class="hm-cell st-(\w+)"[^>]*>(.*?)</span>', r.text)
    # Natural code order: 2-9 before 2-10 before 303-3.
    assert cells[:3] == [("missing", "2-9"), ("missing", "2-10"), ("claimed_no_evidence", "303-3")]
    assert len(cells) == 8
    assert "2 / 6 with evidence" in r.text
    # Trend charts for metrics with two or more years; Plotly comes from this server.
    assert r.text.count('class="plotly-figure"') == 5
    # Plotly is fetched by charts.js once the page is parsed (the facts show first), from this server
    assert '<script src="/static/charts.js" data-plotly="/vendor/plotly.min.js" defer></script>' in r.text
    assert '<script src="/vendor/plotly.min.js">' not in r.text


@pytest.mark.parametrize("query, expected", [
    ("metric=ghg.scope1", 3),
    ("metric=ghg.", 6),
    ("year=2024", 8),
    ("year=2024&source=narrative", 4),
    ("section=Community", 3),
    ("q=water", 3),
    ("q=WATER&year=2023", 1),
    ("q=1,100", 2),
    ("q=nothing-like-this", 0),
    ("year=abc", 17),   # a bad year is ignored, not a 422
])
def test_fact_filters(client, query, expected):
    r = client.get(f"/report/{ACME}?{query}")
    assert r.status_code == 200
    assert re.search(r'id="fact-count">([\d,]+) fact', r.text).group(1) == str(expected)
    if expected:
        assert len(_rows(r.text, "facts-table")) == expected


def test_unknown_report_and_line_are_404_pages(client):
    r = client.get("/report/0000000000000000")
    assert r.status_code == 404 and "no stored report with id" in r.text
    r = client.get(f"/report/{ACME}/source?line=999")
    assert r.status_code == 404 and "acme-2024-esg.txt has no line 999" in r.text


# --- source view -------------------------------------------------------------------------------------

def test_source_marks_the_facts_own_cell(client):
    # Facts 2 and 3 both print "1,100" on line 9: the 2023 one is the first, the 2024 one the second cell.
    r = client.get(f"/report/{ACME}/source?line=9&fact=3")
    assert r.status_code == 200
    assert _focus_cell(r.text) == "Scope 1 emissions\ttCO2e\t1,200\t1,100\t<mark>1,100</mark>"
    r = client.get(f"/report/{ACME}/source?line=9&fact=2")
    assert _focus_cell(r.text) == "Scope 1 emissions\ttCO2e\t1,200\t<mark>1,100</mark>\t1,100"
    # 15 lines around the fact's line (fewer at the end of the report).
    numbers = [int(n) for n in re.findall(r'<td class="ln">(\d+)</td>', r.text)]
    assert numbers == list(range(2, 17))


def test_source_narrative_fact_and_line_only(client):
    r = client.get(f"/report/{ACME}/source?line=15&fact=14")
    assert _focus_cell(r.text) == ("In 2024 we donated RMB 2.5 million to local schools, up from "
                                   "<mark>RMB 1.8 million</mark>.")
    r = client.get(f"/report/{ACME}/source?line=15")
    assert "<mark>" not in r.text and "up from RMB 1.8 million." in _focus_cell(r.text)
    # A fact given alone brings its own line.
    r = client.get(f"/report/{ACME}/source?fact=1")
    assert _focus_cell(r.text) == "Scope 1 emissions\ttCO2e\t<mark>1,200</mark>\t1,100\t1,100"


def test_source_pdf_page_view_marks_in_the_labelled_line(client):
    r = client.get(f"/report/{GAMMA}/source?page=2&fact=1")
    assert r.status_code == 200
    marked = re.findall(r'<td class="tx">([^<]*<mark>.*?)</td>', r.text, re.S)
    assert marked == ["Scope 1 emissions (Mt CO2e) 1.5 <mark>1</mark>"]
    assert "Scope 1 fell to 1 Mt CO2e in 2023." in r.text
    assert f'href="/report/{GAMMA}/source?page=1"' in r.text


def test_locate_aligns_facts_with_the_rightmost_occurrences():
    # The label holds "1" too: the two facts are the last two occurrences.
    assert locate(["Scope 1\tt\t1\t1"], "1", 0, 2) == (0, 10, 11)
    assert locate(["Scope 1\tt\t1\t1"], "1", 1, 2) == (0, 12, 13)
    # Whole tokens only: "0" is not the zero inside 10,000 or 0.5.
    assert locate(["10,000 and 0.5 and 0"], "0", 0, 1) == (0, 19, 20)
    assert locate(["no such value"], "42", 0, 1) is None


# --- untrusted text ----------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/", f"/report/{EVIL}", f"/report/{EVIL}/source?line=3&fact=1",
                                  f"/report/{EVIL}/source?line=4&fact=2", "/compare?metric=econ.revenue"])
def test_report_text_is_escaped_everywhere(client, path):
    r = client.get(path)
    assert r.status_code == 200
    assert SCRIPT not in r.text and "<img src=x" not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text or "\\u003cscript\\u003e" in r.text
    assert "default-src 'self'; script-src 'self'" in r.headers["content-security-policy"]


def test_script_line_is_marked_after_escaping(client):
    r = client.get(f"/report/{EVIL}/source?line=3&fact=1")
    assert _focus_cell(r.text) == "Revenue &lt;script&gt;alert(1)&lt;/script&gt; was <mark>42</mark> million yuan in 2024."


# --- compare and assets ------------------------------------------------------------------------------

def test_compare_charts_and_table(client):
    r = client.get("/compare?metric=ghg.scope1&metric=nothing.here")
    assert r.status_code == 200
    rows = _rows(r.text, "compare-ghg-scope1")
    assert [row[:4] for row in rows] == [
        ["Acme Battery Co.", "2022", "1,200", "tCO2e"], ["Acme Battery Co.", "2023", "1,100", "tCO2e"],
        ["Acme Battery Co.", "2024", "1,100", "tCO2e"], ["Beta Cells Ltd", "2023", "900", "tCO2e"],
        ["Beta Cells Ltd", "2024", "950", "tCO2e"], ["Gamma Mining", "2022", "1,500,000", "tCO2e"],
        ["Gamma Mining", "2023", "1,000,000", "tCO2e"]]
    assert rows[4][4] == "+5.6%"
    assert r.text.count('class="plotly-figure"') == 2
    assert "No stored figures for this metric" in r.text
    r = client.get("/compare?metric=ghg.scope1&year=2024&company=beta")
    assert [row[:3] for row in _rows(r.text, "compare-ghg-scope1")] == [["Beta Cells Ltd", "2024", "950"]]


def test_plotly_is_served_locally(client):
    r = client.get("/vendor/plotly.min.js")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/javascript")
    assert len(r.content) == plotly_js_path().stat().st_size
    for path in ("/", f"/report/{ACME}", "/compare?metric=ghg.scope1", "/upload"):
        html = client.get(path).text
        assert not re.search(r'(src|href)="(https?:)?//', html), path


# --- upload ------------------------------------------------------------------------------------------

def test_upload_stores_the_report_and_redirects(tmp_path):
    client = TestClient(create_app(str(tmp_path / "new.duckdb")))
    assert "No reports stored yet" in client.get("/").text  # no store file yet: an empty library
    r = client.post("/upload", files={"file": ("delta 2024<x>.txt", SMALL_REPORT.encode(), "text/plain")},
                    follow_redirects=False)
    assert r.status_code == 303
    rid = r.headers["location"].rsplit("/", 1)[1]
    page = client.get(r.headers["location"]).text
    assert "delta 2024_x.txt" in page
    assert [row[0] for row in _rows(client.get("/").text, "library")] == ["delta 2024_x.txt"]
    # The stored lines are the uploaded text.
    src = client.get(f"/report/{rid}/source?line=5").text
    assert _focus_cell(src) == "Total water withdrawal\tm3\t12,000\t11,500"


@pytest.mark.parametrize("content, error", [
    (b"", "empty.txt: the file is empty"),
    (b"\x00\x01\x02binary\xff" * 50, "empty.txt: "),
])
def test_upload_bad_file_shows_one_line_error(tmp_path, content, error):
    client = TestClient(create_app(str(tmp_path / "s.duckdb")))
    r = client.post("/upload", files={"file": ("empty.txt", content, "text/plain")})
    assert r.status_code == 400
    message = re.search(r'id="upload-error">(.*?)</p>', r.text, re.S).group(1)
    assert message.startswith(error) and "\n" not in message
    assert not (tmp_path / "s.duckdb").exists() or "No reports stored yet" in client.get("/").text


def test_upload_without_a_file(tmp_path):
    client = TestClient(create_app(str(tmp_path / "s.duckdb")))
    r = client.post("/upload", data={"other": "x"})
    assert r.status_code == 400 and "choose a report file" in r.text


def test_upload_size_limit_declared_and_streamed(tmp_path):
    client = TestClient(create_app(str(tmp_path / "s.duckdb"), max_upload_bytes=1000))
    big = b"a line of text\n" * 10_000
    r = client.post("/upload", files={"file": ("big.txt", big, "text/plain")})
    assert r.status_code == 413 and "larger than the" in r.text
    # A chunked body declares no length: the stream itself is cut off.
    boundary = "xyzBOUNDARY"

    def body():
        yield f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n".encode()
        for _ in range(200):
            yield b"x" * 4096
        yield f"\r\n--{boundary}--\r\n".encode()

    r = client.post("/upload", content=body(), headers={"content-type": f"multipart/form-data; boundary={boundary}"})
    assert r.status_code == 413 and "upload limit" in r.text
    assert not (tmp_path / "s.duckdb").exists()


def test_store_that_is_not_a_store_is_one_line(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_text("not a database")
    r = TestClient(create_app(str(bad))).get("/")
    assert r.status_code == 503
    message = re.search(r'<p class="error" role="alert">(.*?)</p>', r.text, re.S).group(1)
    assert message.startswith(f"{bad}: ") and "\n" not in message


# --- a real sample report --------------------------------------------------------------------------------

def test_real_sample_report_pages(tmp_path):
    db = tmp_path / "real.duckdb"
    rid = ingest_sample(db, "calb-2024-esg-report")
    client = TestClient(create_app(str(db)))
    assert [row[0] for row in _rows(client.get("/").text, "library")] == ["calb-2024-esg-report.txt"]
    # Line 1967 prints 40, 100, 100 for 2022-2024 (the key agrees); the 2024 figure is the last cell.
    page = client.get(f"/report/{rid}?year=2024&q=responsible minerals").text
    link = re.search(rf'href="/report/{rid}/source\?line=1967&amp;fact=(\d+)"', page)
    assert link, "the 2024 fact of line 1967 is listed"
    src = client.get(f"/report/{rid}/source?line=1967&fact={link.group(1)}").text
    assert _focus_cell(src).endswith("\t%\t40\t100\t<mark>100</mark>")
    assert re.findall(r'<td class="ln">(\d+)</td>', src) == [str(n) for n in range(1960, 1975)]


# --- serve command -----------------------------------------------------------------------------------

def test_serve_cli_defaults_and_bad_store(tmp_path):
    from esglens.cli import app

    runner = CliRunner()
    help_text = runner.invoke(app, ["serve", "--help"]).output
    assert "127.0.0.1" in help_text and "8000" in help_text
    bad = tmp_path / "bad.duckdb"
    bad.write_text("not a database")
    result = runner.invoke(app, ["serve", "--db", str(bad)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    result = runner.invoke(app, ["serve", "--db", str(tmp_path), "--port", "8001"])
    assert result.exit_code == 1
    result = runner.invoke(app, ["serve", "--port", "70000"])
    assert result.exit_code == 2
