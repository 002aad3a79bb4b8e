"""Reports go out longest first by their expected work: pages for a PDF, bytes for text (not bytes on disk)."""
from __future__ import annotations

import os
import random

from esglens import cluster
from esglens.cluster.dispatch import by_cost
from esglens.read import workload
from esglens.store import db
from esglens.store.ingest import ingest_paths


def _pdf(path, pages: int, noise_px: int = 0) -> str:
    """A PDF of `pages` pages of a few text lines; with a `noise_px` square of random pixels on page 1 (an
    incompressible photo: many bytes, no text to analyse)."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for p in range(pages):
        if p == 0 and noise_px:
            rng = random.Random(7)
            img = Image.frombytes("RGB", (noise_px, noise_px), bytes(rng.getrandbits(8) for _ in range(3 * noise_px ** 2)))
            c.drawImage(ImageReader(img), 50, 300, 400, 400)
        c.drawString(72, 760, f"Water withdrawal on site {p}: {1000 + p} m3 in 2024")
        c.showPage()
    c.save()
    return str(path)


def test_a_photo_heavy_pdf_goes_after_a_longer_text_heavy_one(tmp_path):
    photo = _pdf(tmp_path / "brochure.pdf", 2, noise_px=300)     # large file, 2 pages
    tables = _pdf(tmp_path / "factbook.pdf", 40)                  # small file, 40 pages
    assert os.path.getsize(photo) > 5 * os.path.getsize(tables)
    assert workload.pdf_pages(tables) == 40
    assert workload.expected_seconds(tables) > workload.expected_seconds(photo)
    # popped from the end: the longest goes out first; by size alone the brochure would
    assert by_cost([tables, photo], workload.expected_seconds)[-1] == tables
    assert by_cost([tables, photo])[-1] == photo


def test_text_is_costed_by_its_bytes_against_pdf_pages(tmp_path):
    short = tmp_path / "short.txt"
    short.write_text("Scope 1 emissions 1,000 tCO2e\n" * 100, encoding="utf-8")          # ~3 KB
    long = tmp_path / "long.md"
    long.write_text("| Scope 1 emissions | tCO2e | 1,000 |\n" * 20_000, encoding="utf-8")  # ~700 KB
    pdf = _pdf(tmp_path / "ten.pdf", 10)
    order = by_cost([str(short), pdf, str(long)], workload.expected_seconds)
    assert order == [str(short), pdf, str(long)]


def test_unreadable_and_damaged_files_are_costed_not_raised(tmp_path):
    bad = tmp_path / "damaged.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + b"x" * 80_000)
    assert workload.pdf_pages(str(bad)) is None
    assert 0 < workload.expected_seconds(str(bad)) < workload.expected_seconds(_pdf(tmp_path / "one.pdf", 8))
    assert workload.expected_seconds(str(tmp_path / "missing.txt")) == 0.0


def test_equal_costs_go_out_in_the_order_given(tmp_path):
    paths = []
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text("same size\n", encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    queue = by_cost(paths, workload.expected_seconds)
    assert [queue.pop() for _ in paths] == paths


def test_ingest_hands_the_cluster_the_work_estimate(tmp_path, monkeypatch):
    seen = {}

    def run(task, paths, **kw):
        seen.update(kw)
        return iter([cluster.Outcome(p, reason="not run (stub)") for p in paths])

    monkeypatch.setattr(cluster, "run", run)
    (tmp_path / "a.txt").write_text("Scope 1 emissions 1,000 tCO2e in 2024\n", encoding="utf-8")
    con = db.connect(str(tmp_path / "lib.duckdb"))
    try:
        statuses = ingest_paths(con, [str(tmp_path / "a.txt")], workers=2, progress=False)
    finally:
        con.close()
    assert [s.status for s in statuses] == ["failed"]
    assert seen["cost"] is workload.expected_seconds
