"""Benchmark: the web app under load — p50/p95/p99 at 20 concurrent clients (not a test).

    python bench/bench_web.py [--db FILE] [--requests 2000] [--clients 20]

Without --db, the sample reports (../shared/corpus/reports) are ingested into a temporary library first.
The server runs as `esglens serve` in its own process; the clients are asyncio tasks in this one, each
sending its next request as soon as the last one is answered (a closed loop), over a mix of every page.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "reports"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far (all its threads)."""
    import psutil

    t = psutil.Process(pid).cpu_times()
    return t.user + t.system


@contextmanager
def server(db: str, page_cache: int | None = None, started: list | None = None):
    """`esglens serve` on a free port, in its own process; yields the base URL (and appends its process to
    `started`, when given, to read its CPU time)."""
    import httpx

    port = free_port()
    code = "import sys; from esglens.cli import main; sys.argv = ['esglens'] + sys.argv[1:]; main()"
    extra = ["--page-cache", str(page_cache)] if page_cache is not None else []
    proc = subprocess.Popen([sys.executable, "-c", code, "serve", "--db", db, "--port", str(port), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/static/style.css", timeout=1)
                break
            except httpx.HTTPError:
                if proc.poll() is not None:
                    raise RuntimeError(proc.stderr.read().decode()[-2000:])
                time.sleep(0.1)
        if started is not None:
            started.append(proc)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def sample_library(folder: str) -> str:
    """The three sample reports ingested into a library in folder."""
    from esglens.read import find_reports
    from esglens.store import db
    from esglens.store.ingest import ingest_paths
    from esglens.store.maintain import refresh

    path = os.path.join(folder, "samples.duckdb")
    con = db.connect(path)
    try:
        ingest_paths(con, find_reports([str(SAMPLES)]), workers=1, progress=False)
        refresh(con)
    finally:
        con.close()
    return path


def page_mix(db: str) -> list[str]:
    """Every kind of page: library, each report (plain and filtered), source views, compare."""
    from esglens.store import db as store

    con = store.connect(db, read_only=True)
    try:
        urls = ["/", "/compare", "/upload"]
        for (rid,) in con.execute("SELECT report_id FROM reports ORDER BY report_id").fetchall():
            urls.append(f"/report/{rid}")
            metric, year = con.execute("SELECT metric, year FROM facts WHERE report_id = ? AND metric IS NOT NULL "
                                       "AND year IS NOT NULL LIMIT 1", [rid]).fetchone() or (None, None)
            if metric:
                urls.append(f"/report/{rid}?metric={metric}&year={year}")
            urls.append(f"/report/{rid}?q=emission&p=1")
            for (fid,) in con.execute("SELECT fact_id FROM facts WHERE report_id = ? ORDER BY fact_id LIMIT 3",
                                      [rid]).fetchall():
                urls.append(f"/report/{rid}/source?fact={fid}")
        top = [r[0] for r in con.execute("SELECT metric FROM facts WHERE metric IS NOT NULL GROUP BY 1 "
                                         "ORDER BY count(*) DESC LIMIT 3").fetchall()]
        for m in top:
            urls.append(f"/compare?metric={m}")
        if len(top) > 1:
            urls.append(f"/compare?metric={top[0]}&metric={top[1]}")
        return urls
    finally:
        con.close()


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    """One GET over a kept-alive connection; the status code (the body is read and dropped).

    A plain HTTP/1.1 client: the load generator shares the machine with the server, so it must cost little.
    """
    writer.write(f"GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    fields = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:] if x)}
    if "content-length" in fields:
        await reader.readexactly(int(fields["content-length"]))
    elif fields.get("transfer-encoding") == "chunked":
        while (size := int((await reader.readline()).strip(), 16)):
            await reader.readexactly(size + 2)
        await reader.readline()
    return status


async def _load(base: str, urls: list[str], n_requests: int, clients: int,
                on_start=None) -> tuple[list[float], int]:
    host, port = base.rsplit("/", 1)[-1].split(":")
    latencies: list[float] = []
    errors = 0
    counter = iter(range(n_requests))

    async def warm_up() -> None:  # first use of each page (its queries and template), not timed
        reader, writer = await asyncio.open_connection(host, int(port))
        for u in urls:
            await _get(reader, writer, u)
        writer.close()

    async def worker() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            for i in counter:
                t0 = time.perf_counter()
                try:
                    if await _get(reader, writer, urls[i % len(urls)]) != 200:
                        errors += 1
                except (OSError, asyncio.IncompleteReadError, ValueError):
                    errors += 1
                    writer.close()
                    reader, writer = await asyncio.open_connection(host, int(port))
                latencies.append(time.perf_counter() - t0)
        finally:
            writer.close()

    await warm_up()
    if on_start is not None:
        on_start()
    await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, errors


def percentiles(values: list[float]) -> dict[str, float]:
    q = statistics.quantiles(values, n=100, method="inclusive")
    return {"p50": q[49] * 1000, "p95": q[94] * 1000, "p99": q[98] * 1000}


def load_test(db: str, n_requests: int = 2000, clients: int = 20, page_cache: int | None = None) -> dict:
    """Latency percentiles (ms, wall) and the server's CPU per request (ms, user + system of its process over
    the timed requests, after the warm-up): on a shared machine the wall figures move with the load, the CPU
    far less."""
    urls = page_mix(db)
    started: list = []
    cpu0: list[float] = []
    with server(db, page_cache, started) as base:
        pid = started[0].pid
        t0 = time.perf_counter()
        lat, errors = asyncio.run(_load(base, urls, n_requests, clients,
                                        on_start=lambda: cpu0.append(cpu_seconds(pid))))
        took = time.perf_counter() - t0
        server_cpu = cpu_seconds(pid) - cpu0[0]
    return {**percentiles(lat), "requests": len(lat), "errors": errors, "rps": len(lat) / took,
            "pages": len(urls), "cpu_ms": server_cpu / max(1, len(lat)) * 1000, "load": os.getloadavg()[0]}


def page_times(db: str, paths: list[str], repeat: int = 5, page_cache: int | None = None) -> dict[str, float]:
    """Median milliseconds of each page, one request at a time (after one warm-up request)."""
    import httpx

    out = {}
    with server(db, page_cache) as base, httpx.Client(base_url=base, timeout=120) as client:
        for path in paths:
            client.get(path)
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                r = client.get(path)
                times.append(time.perf_counter() - t0)
                assert r.status_code == 200, (path, r.status_code)
            out[path] = statistics.median(times) * 1000
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--clients", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="esglens-bench-web-") as tmp:
        db = args.db or sample_library(tmp)
        for label, cache in (("page cache on", None), ("page cache off", 0)):
            r = load_test(db, args.requests, args.clients, cache)
            print(report_line(r, args.clients, label))


def report_line(r: dict, clients: int, label: str) -> str:
    return (f"web ({label}), {r['pages']} pages, {r['requests']} requests at {clients} concurrent clients: "
            f"p50 {r['p50']:.1f} ms, p95 {r['p95']:.1f} ms, p99 {r['p99']:.1f} ms, {r['rps']:.0f} req/s, "
            f"{r['errors']} errors; server CPU {r['cpu_ms']:.1f} ms per request (load {r['load']:.1f})")


if __name__ == "__main__":
    main()
