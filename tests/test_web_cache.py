"""The web app's page cache and kept-open connection: pages follow the library as it changes."""
from __future__ import annotations

import time

from fastapi.testclient import TestClient

from esglens.store import db
from esglens.web.access import Store
from esglens.web.app import create_app
from test_store import tiny_result
from test_web_support import build_store


def _add_report(path, name: str, company: str) -> None:
    con = db.connect(str(path))
    try:
        db.store_result(con, tiny_result(f"/tmp/{name}", f"text of {name}", [], company))
    finally:
        con.close()


def test_cached_pages_follow_writes_by_this_app_and_by_another_process(tmp_path):
    store_file = build_store(tmp_path / "s.duckdb")
    app = create_app(str(store_file))
    client = TestClient(app)
    first = client.get("/")
    assert first.status_code == 200 and "Acme Battery Co." in first.text
    assert first.headers["content-security-policy"].startswith("default-src 'self'")
    again = client.get("/")
    assert again.text == first.text and again.headers["content-security-policy"] == first.headers["content-security-policy"]
    # a write here (as an upload does) is seen at once
    with app.state.store.write() as con:
        db.store_result(con, tiny_result("/tmp/new-one.txt", "new one", [], "Newco Written Here"))
    assert "Newco Written Here" in client.get("/").text
    # another process can write once the kept-open connection is idle and closed; the page follows
    app.state.store.close()
    _add_report(store_file, "other.txt", "Otherco Written Elsewhere")
    assert "Otherco Written Elsewhere" in client.get("/").text


def test_idle_connection_is_closed_so_an_ingest_can_write(tmp_path):
    store_file = build_store(tmp_path / "s.duckdb")
    store = Store(str(store_file), idle_seconds=0.2)
    with store.read() as con:
        assert con.execute("SELECT count(*) FROM reports").fetchone()[0] == 4
    deadline = time.monotonic() + 5
    while store._con is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert store._con is None
    _add_report(store_file, "later.txt", "Later Co")  # a read-write open succeeds
    gen = store.generation
    assert store.current_generation() == gen + 1


def test_page_cache_off_renders_every_time(tmp_path):
    store_file = build_store(tmp_path / "s.duckdb")
    client = TestClient(create_app(str(store_file), page_cache=0))
    assert client.get("/compare?metric=ghg.scope1").status_code == 200
    assert "Beta Cells Ltd" in client.get("/compare?metric=ghg.scope1").text


def test_data_cache_computes_once_per_key_and_generation():
    from esglens.web.cache import DataCache

    cache, calls = DataCache(size=2), []

    def compute(v):
        calls.append(v)
        return {"v": v}

    assert cache.get((1, "report", "a"), lambda: compute("a1")) == {"v": "a1"}
    assert cache.get((1, "report", "a"), lambda: compute("again")) == {"v": "a1"}
    assert cache.get((2, "report", "a"), lambda: compute("a2")) == {"v": "a2"}  # the library changed
    assert calls == ["a1", "a2"]


def test_report_parts_are_kept_across_filters_and_follow_a_write(tmp_path):
    from test_web_support import ACME

    store_file = build_store(tmp_path / "s.duckdb")
    app = create_app(str(store_file), page_cache=0)
    client = TestClient(app)
    page = client.get(f"/report/{ACME}")
    assert page.status_code == 200 and '<option value="energy.total"' not in page.text
    # a filtered view of the same report offers the same choices (from the kept parts) and shows its facts
    filtered = client.get(f"/report/{ACME}?metric=ghg.scope1")
    assert '<option value="water.withdrawal"' in filtered.text and "Total water withdrawal" not in filtered.text
    with app.state.store.write() as con:   # a write (an upload, a review) starts a new generation
        con.execute("UPDATE facts SET metric = 'energy.total' WHERE report_id = ? AND metric = 'water.withdrawal'",
                    [ACME])
    after = client.get(f"/report/{ACME}?metric=ghg.scope1").text
    assert '<option value="energy.total"' in after and '<option value="water.withdrawal"' not in after


def test_facts_page_counts_in_the_same_query_and_a_page_past_the_end_is_the_last(tmp_path, monkeypatch):
    from esglens.web import queries
    from test_web_support import ACME

    monkeypatch.setattr(queries, "PAGE_SIZE", 4)
    con = db.connect(str(build_store(tmp_path / "s.duckdb")), read_only=True)
    try:
        n = con.execute("SELECT count(*) FROM facts WHERE report_id = ?", [ACME]).fetchone()[0]
        ids = [r[0] for r in con.execute("SELECT fact_id FROM facts WHERE report_id = ? ORDER BY fact_id",
                                         [ACME]).fetchall()]
        first = queries.facts_page(con, ACME, queries.FactFilter(page=1))
        assert (first.total, first.page, first.pages) == (n, 1, -(-n // 4))
        assert [f["fact_id"] for f in first.facts] == ids[:4] and "_total_" not in first.facts[0]
        last = queries.facts_page(con, ACME, queries.FactFilter(page=99))
        assert (last.total, last.page) == (n, first.pages)
        assert [f["fact_id"] for f in last.facts] == ids[(first.pages - 1) * 4:]
        none = queries.facts_page(con, ACME, queries.FactFilter(q="no such words anywhere"))
        assert (none.total, none.page, none.pages, none.facts) == (0, 1, 1, [])
    finally:
        con.close()
