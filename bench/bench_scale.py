"""Benchmark of scale, in one run (not a test): `make bench` prints it.

    python bench/bench_scale.py [--reports 40] [--rounds 1] [--ingest-sets copies,distinct] [--facts 10000000] [--requests 2000] [--skip ingest,growth,...]

1. ingest of N reports, two sets: "copies" (the old figure: copies of the three sample reports, each with a
   changed byte so hashes differ; the analysis meets the same content over and over) and "distinct" (N reports
   of distinct content, as in a user's folder: the corpus's five text reports cut in two and its ten PDFs cut
   into page ranges), serial (`--workers 1`) against parallel (every core), each a fresh `esglens ingest` process and a fresh library,
   wall and CPU time (this process adopts and reaps the workers, so their CPU counts), alternated --rounds
   times with the load average at the start of each pair (on a shared machine the wall ratio moves with it);
2. the cost of 1×, 2×, 4×, 8× a report (its text concatenated), warm, in this process;
3. compare and the web compare page over a synthetic library of 10 million facts (bench/synthetic.py,
   cached under the temp folder), and its file size per million facts;
4. the web app at 20 concurrent clients on the sample library: p50 / p95 / p99;
5. the PDF reader against pypdfium2's raw text, on the same pages.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_web  # noqa: E402
import ingest_model  # noqa: E402
import synthetic  # noqa: E402

SAMPLES = bench_web.SAMPLES
PDF = SAMPLES.parent / "pdf" / "riotinto-2023-climate-change-report.pdf"
# The command line with a probe (ingest_model.py): it writes its own CPU time (user + sys, all its threads: the
# Dask client and, for a LocalCluster, the scheduler and the nannies), each report's task CPU in a serial run,
# the start's CPU and the order reports were handed out in a parallel run, to $ESGLENS_BENCH_SELF at exit.
CLI_PROBE = str(HERE / "ingest_model.py")


def _samples() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def copies(folder: Path, n: int) -> list[Path]:
    """n copies of the sample reports, copy k ending in k extra spaces (a new hash, the same analysis)."""
    samples = _samples()
    out = []
    for k in range(n):
        src = samples[k % len(samples)]
        dst = folder / f"{src.stem}-copy{k:03d}{src.suffix}"
        dst.write_bytes(src.read_bytes() + b" " * (k + 1))
        out.append(dst)
    return out


UNKEYED = SAMPLES.parent / "text-unkeyed"


def distinct_parts(folder: Path, n: int) -> list[Path]:
    """n reports of distinct content, of about a report's size: each of the corpus's text reports (the three
    samples and the unkeyed ones) cut in two at a blank line, and the corpus PDFs cut into page ranges of about
    equal length (pypdfium2) for the rest; without the PDFs, the texts cut into n parts. No two files share
    their text (only what a report repeats in its own parts: the same KPI labels in a summary and a detail
    table). A copy of a sample brings labels and units the content caches already hold (serial meets each
    text cold once, every worker meets it cold again); a user's folder holds distinct reports, which every
    process meets cold."""
    texts = sorted(SAMPLES.glob("*.txt")) + sorted(UNKEYED.glob("*.txt"))
    pdfs = sorted(PDF.parent.glob("*.pdf"))
    per = 2 if pdfs and n > 2 * len(texts) else -(-n // len(texts))
    out = [part for src in texts for part in _text_parts(src, per, folder)][:n]
    if pdfs and len(out) < n:
        out += _pdf_parts(pdfs, n - len(out), folder)
    return out


def _text_parts(src: Path, per: int, folder: Path) -> list[Path]:
    lines = src.read_text("utf-8").splitlines(keepends=True)
    cuts = [0]
    for k in range(1, per):  # the first blank line at or after k/per of the text
        i = max(k * len(lines) // per, cuts[-1] + 1)
        while i < len(lines) and lines[i].strip():
            i += 1
        cuts.append(min(i, len(lines)))
    cuts.append(len(lines))
    out = []
    for k, (a, b) in enumerate(zip(cuts, cuts[1:])):
        if b > a:
            out.append(folder / f"{src.stem}-part{k:02d}{src.suffix}")
            out[-1].write_text("".join(lines[a:b]), encoding="utf-8")
    return out


def _pdf_parts(pdfs: list[Path], n: int, folder: Path) -> list[Path]:
    """n page ranges of the PDFs, each its own PDF: ranges of about equal length, the shortest left out."""
    import pypdfium2 as pdfium

    docs = {p: pdfium.PdfDocument(str(p)) for p in pdfs}
    step = -(-sum(len(d) for d in docs.values()) // n)
    ranges = [(p, a, min(a + step, len(d))) for p, d in docs.items() for a in range(0, len(d), step)]
    ranges = sorted(sorted(ranges, key=lambda r: r[2] - r[1], reverse=True)[:n])
    out = []
    for src, a, b in ranges:
        part = pdfium.PdfDocument.new()
        part.import_pages(docs[src], list(range(a, b)))
        out.append(folder / f"{src.stem}-pages{a + 1:03d}-{b:03d}.pdf")
        part.save(str(out[-1]))
        part.close()
    for d in docs.values():
        d.close()
    return out


def _subreaper() -> bool:
    """Adopt orphaned descendants (Linux), so that the CPU time of workers forked from a forkserver is
    counted in this process's children once they are reaped."""
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def _reap(seconds: float = 5.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.05)


def ingest_seconds(folder: Path, db: str, workers: int | None) -> tuple[float, float, dict]:
    """(wall, CPU seconds, the probe's record: see ingest_model.py) of one `esglens ingest` process; CPU counts
    every process it started (workers forked from a forkserver too: this process reaps them)."""
    import resource

    own = Path(db + ".self")
    args = [sys.executable, CLI_PROBE, "ingest", str(folder), "--db", db, "--format", "json"]
    if workers:
        args += ["--workers", str(workers)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(args, capture_output=True, text=True, env={**os.environ, "ESGLENS_BENCH_SELF": str(own)})
    took = time.perf_counter() - t0
    _reap()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0 or '"failed"' in proc.stdout:
        raise RuntimeError(f"ingest failed: {proc.stderr[-2000:]}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    import json

    return took, cpu, json.loads(own.read_text()) if own.exists() else {"cpu": float("nan")}


def bench_ingest(n: int, tmp: Path, rounds: int = 1, sets: tuple[str, ...] = ("copies", "distinct")) -> None:
    """Serial and parallel alternated `rounds` times in this one run (a shared machine's load moves), on each
    set of reports: "copies" (the old figure: n copies of the three samples, the same content over and over)
    and "distinct" (n parts of the corpus's text reports, no two alike: what a user's folder is like).

    Besides wall time: the CPU of the parallel run split into the client (the ingest process: the single
    writer, the Dask client, the scheduler and the nannies) and the rest (the forkserver and the workers), and
    the ratio those CPU times allow on idle cores: serial CPU / (parallel CPU / cores), an upper bound, since
    the start (importing, the forkserver's warm-up) and the last report leave a core idle."""
    from esglens.cluster import cores

    reaper = _subreaper()
    k = cores()
    for name in sets:
        folder = tmp / name
        folder.mkdir()
        files = copies(folder, n) if name == "copies" else distinct_parts(folder, n)
        size = sum(f.stat().st_size for f in files) / len(files) / 1024
        what = (f"{len(files)} copies of the {len(_samples())} samples (old figure: serial meets each text cold once, "
                f"each worker again)" if name == "copies" else
                f"{len(files)} distinct reports: halves of the corpus texts and page ranges of its PDFs (new figure: no content twice)")
        print(f"ingest, {what}, {size:.0f} KB a report:")
        for r in range(rounds):
            _ingest_pair(folder, tmp / f"{name}{r}", len(files), k, reaper)


def _ingest_pair(folder: Path, db: Path, n: int, k: int, reaper: bool) -> None:
    load = os.getloadavg()[0]
    s_wall, s_cpu, s_probe = ingest_seconds(folder, f"{db}-serial.duckdb", 1)
    p_wall, p_cpu, p_probe = ingest_seconds(folder, f"{db}-parallel.duckdb", None)
    client = p_probe["cpu"]
    load_end = os.getloadavg()[0]
    print(f"  {n} reports (load {load:.1f} → {load_end:.1f} on {k} cores): serial (--workers 1) {s_wall:.1f} s "
          f"wall {s_cpu:.1f} s CPU, parallel ({k} workers) {p_wall:.1f} s wall {p_cpu:.1f} s CPU "
          f"→ {s_wall / p_wall:.2f}× wall (each a fresh process; the parallel time includes starting the "
          f"cluster{'' if reaper else '; CPU misses forkserver children'})")
    rest = p_cpu - client
    print(f"  CPU per report: serial {s_cpu / n * 1000:.0f} ms; parallel client {client / n * 1000:.0f} ms "
          f"(the writer, Dask client, scheduler, nannies: {client:.1f} s), forkserver + workers "
          f"{rest / n * 1000:.0f} ms ({rest:.1f} s) → achievable on {k} idle cores ≤ {s_cpu / (p_cpu / k):.2f}×")
    if p_probe.get("order") and s_probe.get("tasks"):
        print(ingest_model.describe(ingest_model.model(s_probe, p_probe, s_cpu, p_cpu, k, p_wall), k))
    if p_probe.get("client_threads"):
        th = p_probe["client_threads"]
        print(f"  parallel client CPU {client:.2f} s; when the last report was back: main thread {th['main']:.2f} s "
              f"(of it {p_probe.get('client_start') or 0:.2f} s before the first report went out: imports, finding and hashing the reports), other threads "
              f"{th['other threads']:.2f} s (Dask's event loop: scheduler, nannies, client; DuckDB)")
    workers = p_probe.get("workers") or {}
    if workers and "error" not in workers:
        loops = sum(w["main"] for w in workers.values())
        runs = sum(w["other threads"] for w in workers.values())
        print(f"  workers' CPU at the end ({len(workers)}): event loops {loops:.2f} s (Dask: start, heartbeats, "
              f"sending results), report threads {runs:.2f} s")
    trust = "trustworthy" if max(load, load_end) < 0.5 else "not trustworthy (other work shared the cores)"
    print(f"  wall ratio {s_wall / p_wall:.2f}× at load average {load:.1f} → {load_end:.1f}: {trust}; "
          f"the CPU model above is the figure to read when the load is above ~0.5")
    sys.stdout.flush()


def bench_growth(tmp: Path) -> None:
    """1x, 2x, 4x, 8x the smallest sample report, warm, in this process: wall and CPU seconds (the CPU of
    this process moves little with the load of a shared machine), and the warm report's CPU per stage."""
    import esglens.pipeline as pipeline
    from esglens.core.settings import PIPELINE

    src = min(_samples(), key=lambda p: p.stat().st_size)
    text = src.read_text("utf-8")
    pipeline.analyze(str(src))  # warm: imports, regexes, catalogs
    times, cpus, stages, in_gc = {}, {}, {}, {}
    collector = _GcClock()
    for k in (1, 2, 4, 8):
        path = tmp / f"{src.stem}-x{k}.txt"
        path.write_text("\n".join([text] * k), encoding="utf-8")
        runs = 3 if k == 1 else 2   # best of: one run of a large input moves with the load
        best, best_cpu = [], []
        for _ in range(runs):
            t0, c0, g0 = time.perf_counter(), time.process_time(), collector.seconds
            pipeline.analyze(str(path))
            best.append(time.perf_counter() - t0)
            best_cpu.append(time.process_time() - c0)
            in_gc[k] = min(in_gc.get(k, float("inf")), collector.seconds - g0)
        times[k], cpus[k] = min(best), min(best_cpu)
    collector.stop()
    # each stage's CPU: the pipeline's stage clock read from process_time, no time budget (a budget arms a timer)
    clock, settings = pipeline.time, PIPELINE.replace(time_budget=None)
    pipeline.time = type("CpuClock", (), {"perf_counter": staticmethod(time.process_time)})
    try:
        for _ in range(3):
            r = pipeline.analyze(str(tmp / f"{src.stem}-x1.txt"), settings=settings)
            t = {"read": r.timings.get("read", 0.0), **r.timings, "total": r.seconds}
            stages = t if not stages else {s: min(v, stages.get(s, v)) for s, v in t.items()}
    finally:
        pipeline.time = clock
    cells = ", ".join(f"{k}× {t:.2f} s ({t / times[1]:.2f}×)" for k, t in times.items())
    print(f"one report, warm ({src.name}, {src.stat().st_size // 1024} KB): {times[1] * 1000:.0f} ms; "
          f"growth: {cells}")
    cells = ", ".join(f"{k}× {t:.2f} s ({t / cpus[1]:.2f}×)" for k, t in cpus.items())
    print(f"  CPU: one report {cpus[1] * 1000:.0f} ms (goal ≤ 150); growth: {cells}")
    print("  CPU per stage (ms, best of 3): " + ", ".join(f"{s} {v * 1000:.0f}" for s, v in stages.items()))
    print("  of it in the cycle collector (ms, least of the runs): "
          + ", ".join(f"{k}× {v * 1000:.0f}" for k, v in in_gc.items()))


class _GcClock:
    """CPU seconds spent in Python's cycle collector since made (gc callbacks): its full passes over every
    object once made a report's time grow faster than its size (core.gcpause)."""

    def __init__(self):
        import gc

        self.seconds, self._t0, self._gc = 0.0, 0.0, gc
        gc.callbacks.append(self._tick)

    def _tick(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._t0 = time.process_time()
        else:
            self.seconds += time.process_time() - self._t0

    def stop(self) -> None:
        self._gc.callbacks.remove(self._tick)


def _median_ms(fn, repeat: int = 5) -> float:
    return _median_wall_cpu_ms(fn, repeat)[0]


def _median_wall_cpu_ms(fn, repeat: int = 5) -> tuple[float, float]:
    """Median wall and CPU milliseconds of fn() (CPU: this process, DuckDB's threads included; on a shared
    machine the wall time moves with the load, the CPU far less)."""
    fn()
    walls, cpus = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def bench_library(n_facts: int) -> None:
    from esglens.store import db

    path, built = synthetic.ensure(n_facts)
    size = os.path.getsize(path)
    print(f"synthetic library: {n_facts / 1e6:g} M facts, {size / 1e6:.0f} MB ({size / 1e6 / (n_facts / 1e6):.1f} MB per "
          f"million facts){f', built in {built:.0f} s' if built else ' (cached)'}: {path}")
    con = db.connect(path, read_only=True)
    try:
        cases = [("compare ghg.scope1, one year", (["ghg.scope1"], [2022], None)),
                 ("compare ghg.scope1, all years", (["ghg.scope1"], None, None)),
                 ("compare 2 metrics, one company", (["ghg.scope1", "water.withdrawal"], None, ["company 12 "]))]
        for label, (metrics, years, companies) in cases:
            rows = db.compare(con, metrics, years, companies)
            ms, cpu = _median_wall_cpu_ms(lambda: db.compare(con, metrics, years, companies))
            print(f"  {label}: {len(rows)} rows in {ms:.0f} ms ({cpu:.0f} ms CPU; load {os.getloadavg()[0]:.1f})")
    finally:
        con.close()
    pages = ["/compare?metric=ghg.scope1&year=2022", "/compare?metric=ghg.scope1&company=Company+12+"]
    for label, cache in (("rendered every time", 0), ("page cache on", None)):
        times = bench_web.page_times(path, pages, repeat=5, page_cache=cache)
        print(f"  web compare page ({label}): " + ", ".join(f"{p} {ms:.0f} ms" for p, ms in times.items()))


def bench_web_load(tmp: Path, n_requests: int) -> None:
    db = bench_web.sample_library(str(tmp))
    for label, cache in (("page cache on", None), ("page cache off", 0)):
        r = bench_web.load_test(db, n_requests, 20, cache)
        print(bench_web.report_line(r, 20, label))


def bench_pdf() -> None:
    if not PDF.exists():
        print(f"pdf: {PDF.name} not present, skipped")
        return
    import pypdfium2 as pdfium

    from esglens.read.pdf import read_pdf

    def raw() -> None:
        pdf = pdfium.PdfDocument(str(PDF))
        for page in pdf:
            page.get_textpage().get_text_range()
        pdf.close()

    ours = _median_ms(lambda: read_pdf(str(PDF)), repeat=3)
    theirs = _median_ms(raw, repeat=3)
    print(f"pdf reader ({PDF.name}): esglens {ours:.0f} ms, pypdfium2 raw text {theirs:.0f} ms → {ours / theirs:.1f}×")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=1, help="serial/parallel ingest pairs, alternated")
    ap.add_argument("--ingest-sets", default="copies,distinct", help="comma-separated: copies, distinct")
    ap.add_argument("--facts", type=int, default=10_000_000)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--skip", default="", help="comma-separated: ingest, growth, library, web, pdf")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    if not _samples():
        sys.exit(f"no sample reports in {SAMPLES}")
    with tempfile.TemporaryDirectory(prefix="esglens-bench-") as tmp:
        tmp = Path(tmp)
        steps = [("ingest", lambda: bench_ingest(args.reports, tmp, args.rounds, tuple(args.ingest_sets.split(",")))), ("growth", lambda: bench_growth(tmp)),
                 ("library", lambda: bench_library(args.facts)), ("web", lambda: bench_web_load(tmp, args.requests)),
                 ("pdf", bench_pdf)]
        for name, step in steps:
            if name not in skip:
                step()
                sys.stdout.flush()


if __name__ == "__main__":
    main()
