"""The analyst's loop in the web app: a PDF fact's page with its boxes drawn where the PDF prints the words,
keyboard links through its table, and reviews recorded from the source view and read everywhere."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from esglens.web.pages import PAD
from test_web_support import GAMMA, SHARED, build_store

RIO = SHARED / "corpus" / "pdf" / "riotinto-2023-climate-change-report.pdf"
RIO_PAGE = 39          # "Greenhouse Gas Emissions": equity and operational tables
BAYER = SHARED / "corpus" / "pdf" / "bayer_sustainability_report_2021.pdf"
# points between a drawn box (less its padding) and the word as pdfplumber places it: pdfium's loose
# character boxes reach ~1.7 pt higher than pdfplumber's (the font's ascent against the type size)
TOLERANCE = 2.0

_MARK = re.compile(r'<(?:div|a) class="box ([\w -]+)"(?: href="[^"]*\?fact=(\d+)")?[^>]*?'
                   r'style="left: ([\d.]+)%; top: ([\d.]+)%; width: ([\d.]+)%; height: ([\d.]+)%"')


def _marks(html: str, width: float, height: float) -> list[tuple[str, int | None, tuple]]:
    """(css class, fact id of a link, box in points less the padding) of every box drawn on the page."""
    out = []
    for css, fid, left, top, w, h in _MARK.findall(html):
        x0, t = float(left) * width / 100, float(top) * height / 100
        box = (x0 + PAD, t + PAD, x0 + float(w) * width / 100 - PAD, t + float(h) * height / 100 - PAD)
        out.append((css, int(fid) if fid else None, box))
    return out


def _near(word: tuple, drawn: tuple) -> bool:
    """Every edge within the tolerance, and the word's centre inside the drawn box."""
    cx, cy = (word[0] + word[2]) / 2, (word[1] + word[3]) / 2
    return all(abs(x - y) <= TOLERANCE for x, y in zip(word, drawn)) and \
        drawn[0] <= cx <= drawn[2] and drawn[1] <= cy <= drawn[3]


def _serve_excerpt(folder: Path, src_pdf: Path, page_no: int) -> dict:
    """One page of a shared PDF as a one-page PDF, analysed and stored; the app over it, pdfplumber's words."""
    import pdfplumber
    import pypdfium2 as pdfium

    from esglens.pipeline import analyze
    from esglens.store import db
    from esglens.web.app import create_app

    pdf = folder / f"{src_pdf.stem}-p{page_no}.pdf"
    src, one = pdfium.PdfDocument(str(src_pdf)), pdfium.PdfDocument.new()
    one.import_pages(src, [page_no - 1])
    one.save(str(pdf))
    one.close()
    src.close()
    result = analyze(str(pdf))
    store = folder / "lib.duckdb"
    con = db.connect(str(store))
    rid = db.ingest_results(con, [result])[0].report_id
    facts = {r["fact_id"]: r for r in db.query_facts(con, rid)}
    con.close()
    with pdfplumber.open(str(pdf)) as doc:   # pdfplumber places words on the page as displayed (/Rotate applied)
        page = doc.pages[0]
        words = [(w["text"], (w["x0"], w["top"], w["x1"], w["bottom"])) for w in page.extract_words()]
        size = (float(page.width), float(page.height))
    return {"client": TestClient(create_app(str(store))), "rid": rid, "facts": facts, "words": words,
            "size": size, "folder": folder}


@pytest.fixture(scope="module")
def rio(tmp_path_factory):
    """Page 39 of the shared Rio Tinto report (data tables), stored and served."""
    if not RIO.exists():
        pytest.skip("../shared/corpus/pdf/riotinto-2023-climate-change-report.pdf not present")
    return _serve_excerpt(tmp_path_factory.mktemp("rio"), RIO, RIO_PAGE)


@pytest.fixture(scope="module")
def bayer(tmp_path_factory):
    """Page 90 of the shared Bayer report: a landscape page (/Rotate 90, its text at 270° in PDF space)."""
    if not BAYER.exists():
        pytest.skip("../shared/corpus/pdf/bayer_sustainability_report_2021.pdf not present")
    return _serve_excerpt(tmp_path_factory.mktemp("bayer"), BAYER, 90)


def _fact(rio, label: str, column: str) -> dict:
    return next(f for f in rio["facts"].values() if f["label"] == label and f["column_header"] == column)


def test_a_pdf_fact_opens_its_page_with_the_value_label_and_header_boxed_where_the_pdf_prints_them(rio):
    fact = _fact(rio, "Scope 1 emissions", "2023")
    assert fact["raw"] == "23.3"
    report = rio["client"].get(f"/report/{rio['rid']}")
    assert f'href="/report/{rio["rid"]}/source?page=1&amp;fact={fact["fact_id"]}"' in report.text
    page = rio["client"].get(f"/report/{rio['rid']}/source?page=1&fact={fact['fact_id']}")
    assert page.status_code == 200
    marks = {css: box for css, _, box in _marks(page.text, *rio["size"]) if css.startswith("mark-")}
    assert set(marks) == {"mark-value", "mark-label", "mark-header"}
    words = rio["words"]
    value_words = [box for text, box in words if text == "23.3"]
    assert [b for b in value_words if _near(b, marks["mark-value"])]
    scope = [box for text, box in words if text == "Scope"
             and all(abs(x - y) <= TOLERANCE for x, y in zip(box[:2], marks["mark-label"][:2]))]
    assert scope, "the label's box starts where 'Scope' (of 'Scope 1 emissions') is printed"
    header = [box for text, box in words if text == "2023" and _near(box, marks["mark-header"])]
    assert header and header[0][3] <= marks["mark-value"][1], "the header stands above the value"
    img = rio["client"].get(f"/report/{rio['rid']}/page/1.png")
    assert img.status_code == 200 and img.content[:8] == b"\x89PNG\r\n\x1a\n"
    pngs = list((rio["folder"] / "lib.duckdb.pages").rglob("1.png"))
    assert len(pngs) == 1   # rendered once, kept beside the library


@pytest.mark.parametrize("which, least", [("rio", 100), ("bayer", 30)])
def test_every_boxed_fact_on_the_page_is_drawn_over_its_printed_word(request, which, least):
    served = request.getfixturevalue(which)
    page = served["client"].get(f"/report/{served['rid']}/source?page=1&fact=1")
    assert 'id="page-problem"' not in page.text
    drawn = [(fid, box) for css, fid, box in _marks(page.text, *served["size"]) if fid is not None]
    assert len(drawn) >= least
    hits = sum(1 for fid, box in drawn
               if any(t == served["facts"][fid]["raw"] and _near(b, box) for t, b in served["words"]))
    assert hits / len(drawn) >= 0.95, (hits, len(drawn))


def test_a_landscape_page_turned_by_rotate_gets_its_boxes_too(bayer):
    fact = _fact(bayer, "Scope 1: Direct emissions", "2020")
    page = bayer["client"].get(f"/report/{bayer['rid']}/source?page=1&fact={fact['fact_id']}").text
    marks = {css: box for css, _, box in _marks(page, *bayer["size"]) if css.startswith("mark-")}
    assert bayer["size"][0] > bayer["size"][1]          # drawn as displayed: landscape
    assert [b for t, b in bayer["words"] if t == fact["raw"] and _near(b, marks["mark-value"])]
    assert [b for t, b in bayer["words"] if t == "2020" and _near(b, marks["mark-header"])]


def test_keyboard_links_walk_the_facts_of_the_same_table(rio):
    fact = _fact(rio, "Scope 1 emissions", "2022")
    page = rio["client"].get(f"/report/{rio['rid']}/source?page=1&fact={fact['fact_id']}").text
    prev_id = int(re.search(r'id="prev-fact" rel="prev" href="[^"]*fact=(\d+)"', page).group(1))
    next_id = int(re.search(r'id="next-fact" rel="next" href="[^"]*fact=(\d+)"', page).group(1))
    same = sorted(f["fact_id"] for f in rio["facts"].values() if f["table_id"] == fact["table_id"])
    i = same.index(fact["fact_id"])
    assert (prev_id, next_id) == (same[i - 1], same[i + 1])
    assert '<script src="/static/review.js"></script>' in page
    first = rio["client"].get(f"/report/{rio['rid']}/source?page=1&fact={same[0]}").text
    assert 'id="prev-fact"' not in first and 'id="next-fact"' in first


@pytest.fixture
def client(tmp_path):
    return TestClient(create_client_app(tmp_path))


def create_client_app(tmp_path):
    from esglens.web.app import create_app

    return create_app(str(build_store(tmp_path / "store.duckdb")))


def _post(client, rid: str, fact_id: int, action: str, **fields):
    """The review form as the source view sends it (this constructed library has no keys yet: the fact
    goes by its id, and the write gives the library its keys)."""
    page = client.get(f"/report/{rid}/source?fact={fact_id}").text
    key = re.search(r'name="fact_key" value="([^"]*)"', page).group(1)
    data = {"fact_key": key, "fact_id": str(fact_id), "action": action, "by": "Ana", **fields}
    return client.post(f"/report/{rid}/review", data=data, follow_redirects=False)


def test_a_correction_from_the_source_view_shows_in_the_report_library_compare_and_csv(tmp_path):
    from esglens.export.writers import export
    from esglens.store import db
    from test_web_support import ACME

    app = create_client_app(tmp_path)
    client = TestClient(app)
    r = _post(client, ACME, 3, "correct", value="1,150", note="restated")   # Scope 1, 2024: 1,100 tCO2e
    assert r.status_code == 303 and r.headers["location"] == f"/report/{ACME}/source?fact=3"
    page = client.get(r.headers["location"]).text
    assert 'id="review-state"' in page and "corrected</b> by Ana" in page and "value=1,100" in page
    assert "restated" in page
    assert "review-corrected" in client.get(f"/report/{ACME}").text
    assert re.search(r'title="1 of 17 facts reviewed: 0 accepted, 1 corrected, 0 rejected"', client.get("/").text)
    cmp = client.get("/compare?metric=ghg.scope1&company=acme").text
    assert re.search(r'<td class="num">1,150 <span class="tag review-corrected"', cmp)
    app.state.store.close()
    con = db.connect(str(tmp_path / "store.duckdb"), read_only=True)
    export(con, "csv", tmp_path / "csv")
    con.close()
    with open(tmp_path / "csv" / "facts.csv", encoding="utf-8") as fh:
        row = next(r for r in csv.DictReader(fh) if r["report_id"] == ACME and r["fact_id"] == "3")
    assert (row["value"], row["value_normalized"], row["review"], row["corrected_from"]) == (
        "1150.0", "1150.0", "corrected", "value=1,100")


def test_accept_next_reject_and_take_back(client):
    from test_web_support import ACME

    r = _post(client, ACME, 3, "accept-next", next_id="4")
    assert r.headers["location"] == f"/report/{ACME}/source?fact=4"
    assert "accepted</b> by Ana" in client.get(f"/report/{ACME}/source?fact=3").text
    _post(client, ACME, 3, "reject")
    assert "rejected</b> by Ana" in client.get(f"/report/{ACME}/source?fact=3").text
    _post(client, ACME, 3, "reset")
    page = client.get(f"/report/{ACME}/source?fact=3").text
    assert "Not reviewed yet." in page and "3 reviews" in page


def test_bad_or_foreign_reviews_are_refused(client):
    from test_web_support import ACME, BETA

    r = _post(client, ACME, 3, "correct", value="a lot")
    assert r.status_code == 400 and "value &#39;a lot&#39; is not a number" in r.text
    key = re.search(r'name="fact_key" value="([^"]*)"', client.get(f"/report/{ACME}/source?fact=3").text).group(1)
    assert key.startswith(ACME + ":l9:")   # the write gave the library its keys
    r = client.post(f"/report/{BETA}/review", data={"fact_key": key, "action": "accept", "by": "Ana"})
    assert r.status_code == 400 and "is not one of report" in r.text
    r = client.post(f"/report/{ACME}/review", data={"fact_key": key, "action": "accept", "by": "Ana"},
                    headers={"origin": "http://evil.example"})
    assert r.status_code == 403
    r = client.post(f"/report/{ACME}/review", data={"fact_key": key, "action": "accept", "by": "Ana"},
                    headers={"sec-fetch-site": "cross-site", "origin": "null"})
    assert r.status_code == 403
    assert "Not reviewed yet." in client.get(f"/report/{ACME}/source?fact=3").text


def test_a_pdf_that_is_gone_shows_the_page_text_and_says_why(client):
    page = client.get(f"/report/{GAMMA}/source?page=2&fact=1")
    assert page.status_code == 200
    assert 'id="page-problem"' in page.text and "the PDF is no longer at /tmp/gamma-2023-climate.pdf" in page.text
    assert "<mark>" in page.text      # the text lines with the value marked, as before
    assert client.get(f"/report/{GAMMA}/page/2.png").status_code == 404


def test_an_older_library_is_brought_up_to_date_when_served(tmp_path):
    """A library written before fact keys and reviews: the app upgrades it once, then serves it."""
    import duckdb

    from esglens.web.app import create_app
    from test_web_support import ACME

    path = build_store(tmp_path / "old.duckdb")
    con = duckdb.connect(str(path))
    con.execute("DROP TABLE reviews")
    con.execute("CREATE TABLE f2 AS SELECT * EXCLUDE (fact_key, boxes) FROM facts")
    con.execute("DROP TABLE facts")
    con.execute("ALTER TABLE f2 RENAME TO facts")
    con.close()
    client = TestClient(create_app(str(path)))
    assert client.get("/").status_code == 200
    page = client.get(f"/report/{ACME}/source?fact=3").text
    assert re.search(r'name="fact_key" value="' + ACME + r':l9:\w+"', page)
    assert client.get("/compare?metric=ghg.scope1").status_code == 200


def test_a_corrected_metric_is_offered_by_the_report_filter_and_counted_there(client):
    from test_web_support import ACME

    assert "waste.total" not in client.get(f"/report/{ACME}").text
    _post(client, ACME, 10, "correct", metric="waste.total")          # Hazardous waste, 2022
    page = client.get(f"/report/{ACME}?metric=waste.total").text
    assert '<option value="waste.total" selected>' in page and "1 fact<" in page


def test_a_portrait_page_with_turned_text_places_the_readers_words_where_the_pdf_prints_them(tmp_path):
    """Vedanta p.6 prints its table turned a quarter on a portrait page (no /Rotate): the reader's words,
    in reading space, are placed on the page as rendered (checked against pdfplumber's words)."""
    src_pdf = SHARED / "corpus" / "pdf" / "vedanta_ltd_brsr_fy2022-23.pdf"
    if not src_pdf.exists():
        pytest.skip("../shared/corpus/pdf/vedanta_ltd_brsr_fy2022-23.pdf not present")
    import pdfplumber
    import pypdfium2 as pdfium

    from esglens.read.pdf_chars import page_chars, words_of
    from esglens.web.pages import PageImages

    pdf = tmp_path / "vedanta-p6.pdf"
    src, one = pdfium.PdfDocument(str(src_pdf)), pdfium.PdfDocument.new()
    one.import_pages(src, [5])
    one.save(str(pdf))
    one.close()
    src.close()
    image = PageImages(tmp_path / "pages").image({"report_id": "v6", "path": str(pdf), "name": pdf.name,
                                                  "sha256": _sha(pdf)}, 1)
    assert image.upright and image.turn == 270
    doc = pdfium.PdfDocument(str(pdf))
    page = doc[0]
    text = page.get_textpage()
    chars, angle = page_chars(text, *page.get_size())
    text.close()
    doc.close()
    assert angle == 270
    words = [w for w in words_of(chars) if len(w.text) >= 4 and any(c.isdigit() for c in w.text)][:40]
    assert len(words) >= 10
    with pdfplumber.open(str(pdf)) as plumb:
        printed = [(w["text"], (w["x0"], w["top"], w["x1"], w["bottom"])) for w in plumb.pages[0].extract_words()]
    hits = 0
    for w in words:
        at = image.place((w.x0, w.top, w.x1, w.bottom))
        drawn = (at["left"] * image.width / 100 + PAD, at["top"] * image.height / 100 + PAD,
                 (at["left"] + at["width"]) * image.width / 100 - PAD,
                 (at["top"] + at["height"]) * image.height / 100 - PAD)
        # pdfplumber reads a word running up the page last letter first; pdfium's loose boxes reach the
        # font's ascent, pdfplumber's the type size: the edges may differ by a third of the type size
        tol = max(TOLERANCE, 0.35 * w.size)
        hits += any(w.text.strip(".,") in (t.strip(".,"), t[::-1].strip(".,"))
                    and all(abs(x - y) <= tol for x, y in zip(b, drawn)) for t, b in printed)
    # the rest are words pdfplumber glues into a line-long run (its separators differ)
    assert hits >= 0.6 * len(words), (hits, len(words))


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()
