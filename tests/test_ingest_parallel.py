"""Parallel ingest: a two-worker LocalCluster, a report that kills or hangs its worker, resume after interruption.

The tests where workers die run under simulated load (`loaded`: busy loops beside the cluster, as when the full
suite runs on a loaded machine), where restarted workers come back slowly.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from esglens import cluster
from esglens.cluster import dispatch, local
from esglens.store import db
from esglens.store.ingest import ingest_paths
from ingest_tasks import (CRASH_NAME, HANG_NAME, VANISH_NAME, crash_or_analyze, hang_or_analyze, vanish_or_analyze,
                          warm_state)

# Busy loops of the `loaded` fixture (one per core by default; ESGLENS_TEST_LOAD=n for more).
LOAD = int(os.environ.get("ESGLENS_TEST_LOAD", str(cluster.cores())))

TEMPLATE = """{company} Environmental, Social and Governance Report {year}

Key performance indicators

| Indicator | Unit | {prev} | {year} |
| --- | --- | --- | --- |
| Scope 1 emissions | tCO2e | {a:,} | {b:,} |
| Water withdrawal | m³ | {c:,} | {d:,} |

In {year}, {company} employed {e:,} people.
"""


def make_reports(folder, names: list[str]) -> list[str]:
    """Small reports, each with its own company and figures (so each has its own content hash)."""
    paths = []
    for i, name in enumerate(names):
        text = TEMPLATE.format(company=f"Company {chr(65 + i)} Holdings", year=2024, prev=2023, a=1000 + i,
                               b=900 + i, c=50_000 + 7 * i, d=48_000 + 3 * i, e=300 + i)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.fixture(scope="module")
def scheduler():
    """One shared two-worker cluster, configured as esglens configures its own LocalCluster, but with workers
    spawned cold (as the workers of a cluster started elsewhere are)."""
    with local.local_cluster(2, cluster.Limits(memory=None), fork=False) as lc:
        yield lc.scheduler_address


@pytest.fixture
def loaded():
    """LOAD busy loops (a little nicer than this process) for the length of a test: the cluster's processes get
    a part of the cores only, as in a full-suite run on a loaded machine."""
    code = "import os; os.nice(5)\nwhile True: pass"
    procs = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(LOAD)]
    try:
        yield len(procs)
    finally:
        for p in procs:
            p.kill()
            p.wait()


@pytest.fixture
def retried(monkeypatch):
    """The reports the dispatcher sent back to be retried alone (their worker died under them)."""
    seen: list[str] = []
    outcome = dispatch._Dispatch.outcome

    def spy(self, path, alone, fut):
        result = outcome(self, path, alone, fut)
        if result is None:
            seen.append(os.path.basename(path))
        return result

    monkeypatch.setattr(dispatch._Dispatch, "outcome", spy)
    return seen


def stored(store: str) -> dict[str, int]:
    con = db.connect(store, read_only=True)
    try:
        return dict(con.execute("SELECT name, n_facts FROM reports").fetchall())
    finally:
        con.close()


def test_ingest_on_a_two_worker_local_cluster(tmp_path):
    paths = make_reports(tmp_path, [f"r{i}.txt" for i in range(3)])
    store = str(tmp_path / "par.duckdb")
    con = db.connect(store)
    statuses = ingest_paths(con, paths, workers=2)
    con.close()
    assert [s.status for s in statuses] == ["stored"] * 3
    assert [s.name for s in statuses] == [f"r{i}.txt" for i in range(3)]  # in the order given
    assert all(s.n_facts >= 4 for s in statuses), statuses
    assert stored(store) == {s.name: s.n_facts for s in statuses}


def test_local_workers_fork_warm_from_one_forkserver(tmp_path):
    """The warm-up (imports, catalog, patterns) ran once, before the workers forked, not on their first report."""
    import os

    from esglens.store.ingest import WARM_MODULE

    paths = make_reports(tmp_path, ["a.txt", "b.txt", "c.txt", "d.txt"])
    outcomes = list(cluster.run(warm_state, paths, workers=2, preload=(WARM_MODULE,)))
    states = [o.value for o in outcomes]
    assert all(warm and seconds > 0 for warm, seconds, _, _ in states), outcomes
    parents = {parent for _, _, parent, _ in states}
    assert len(parents) == 1 and os.getpid() not in parents       # one forkserver, not this process
    assert len({pid for *_, pid in states}) == 2                  # two workers shared the four reports


def test_workers_of_an_existing_cluster_are_warmed_before_the_first_report(tmp_path, scheduler):
    """The scheduler's workers were started elsewhere (spawned, cold): a worker plugin imports the warm-up
    module on each of them before any report runs, and on a worker restarted later too."""
    from distributed import Client

    from esglens.store.ingest import WARM_MODULE

    paths = make_reports(tmp_path, ["a.txt", "b.txt", "c.txt", "d.txt"])
    outcomes = list(cluster.run(warm_state, paths, scheduler=scheduler, preload=(WARM_MODULE,)))
    states = [o.value for o in outcomes]
    assert all(warm and seconds > 0 for warm, seconds, _, _ in states), outcomes
    with Client(scheduler) as client:
        client.restart_workers(list(client.scheduler_info()["workers"])[:1], raise_for_error=False)
        deadline = time.monotonic() + 120  # the restarted worker warms up after it has joined
        while True:
            warm = client.run(lambda: getattr(__import__("sys").modules.get(WARM_MODULE), "SECONDS", 0.0))
            if (len(warm) == 2 and all(s > 0 for s in warm.values())) or time.monotonic() > deadline:
                break
            time.sleep(0.2)
    assert len(warm) == 2 and all(s > 0 for s in warm.values()), warm


def test_a_report_that_kills_its_worker_is_retried_alone_and_its_innocent_neighbour_is_stored(
        tmp_path, loaded, retried, capsys):
    """On our own two-worker LocalCluster (two reports in flight per worker): the crash report is the largest,
    so it goes out first; the report handed out after it waits on the same worker and dies with it. Both are
    retried alone: the innocent one is stored, the crash kills a worker again and is reported with its exit
    code."""
    names = [f"r{i}.txt" for i in range(5)]
    paths = make_reports(tmp_path, names)
    crash = tmp_path / CRASH_NAME
    crash.write_text((tmp_path / "r0.txt").read_text() + "\n" * 4000)
    con = db.connect(str(tmp_path / "s.duckdb"))
    statuses = ingest_paths(con, [str(crash), *paths], workers=2, task=crash_or_analyze)
    con.close()
    by_name = {s.name: s for s in statuses}
    assert by_name[CRASH_NAME].status == "failed"
    assert by_name[CRASH_NAME].reason == "killed its worker (exit 3) twice"
    assert sorted(stored(str(tmp_path / "s.duckdb"))) == names, statuses
    assert retried.count(CRASH_NAME) == 1 and len(retried) >= 2, retried  # an innocent one died beside it
    err = capsys.readouterr().err
    assert f"{CRASH_NAME}: killed its worker (exit 3) twice" in err and "Traceback" not in err


def test_when_no_worker_comes_back_the_rest_run_in_this_process(tmp_path, capsys):
    """The only worker goes and its nanny with it: after Limits.worker_wait the reports that never reached a
    worker run here; the one that was on the dead worker is not run (it may be what killed it)."""
    names = ["a.txt", VANISH_NAME, "b.txt", "c.txt"]
    paths = make_reports(tmp_path, names)
    con = db.connect(str(tmp_path / "s.duckdb"))
    with local.local_cluster(1, cluster.Limits(memory=None)) as lc:
        t0 = time.monotonic()
        statuses = ingest_paths(con, paths, scheduler=lc.scheduler_address, task=vanish_or_analyze,
                                limits=cluster.Limits(seconds=None, worker_wait=1.5))
        took = time.monotonic() - t0
    con.close()
    by_name = {s.name: s for s in statuses}
    assert by_name[VANISH_NAME].status == "failed"
    assert by_name[VANISH_NAME].reason == "not run: its worker died (exit 0) and no worker came back within 1.5 s"
    assert [by_name[n].status for n in ("a.txt", "b.txt", "c.txt")] == ["stored"] * 3, statuses
    assert took < 60, took
    assert "no worker came back within 1.5 s; the reports left run in this process" in capsys.readouterr().err


def test_a_report_over_the_memory_limit_is_named_so(tmp_path):
    """The nanny ends a worker over its memory limit (it logs that at the scheduler): the reason says so."""
    from ingest_tasks import HOG_NAME, hog_or_analyze

    paths = make_reports(tmp_path, [HOG_NAME, "a.txt"])
    with local.local_cluster(1, cluster.Limits(memory="1GiB")) as lc:
        outcomes = {os.path.basename(o.path): o for o in cluster.run(hog_or_analyze, paths,
                                                                      scheduler=lc.scheduler_address)}
    assert outcomes["a.txt"].reason is None and outcomes["a.txt"].value is not None
    assert outcomes[HOG_NAME].reason.startswith("killed its worker (") and outcomes[HOG_NAME].reason.endswith(
        ", over its memory limit) twice"), outcomes[HOG_NAME]


def test_the_reason_names_each_death():
    assert dispatch.killed_reason(["exit 3", "exit 3"]) == "killed its worker (exit 3) twice"
    assert dispatch.killed_reason(["exit 3", "signal SIGKILL, over its memory limit"]) == (
        "killed its worker (exit 3, then signal SIGKILL, over its memory limit) twice")
    assert dispatch.killed_reason(["exit unknown"] * 4) == "killed its worker (exit unknown) 4 times"


def test_a_report_running_beside_the_killer_on_its_worker_is_run_again_alone_and_stored(tmp_path):
    """One worker with two threads: the killer and an innocent report run on it at once, both are lost with it
    (KilledWorker); each is run again alone, the innocent is stored and the killer, which kills its worker a
    second time, is the one reported."""
    from ingest_tasks import BESIDE_NAME, crash_beside_or_analyze

    paths = make_reports(tmp_path, [CRASH_NAME, BESIDE_NAME])
    with local.local_cluster(1, cluster.Limits(memory=None), threads=2) as lc:
        outcomes = list(cluster.run(crash_beside_or_analyze, paths, scheduler=lc.scheduler_address))
    by_path = {o.path: o for o in outcomes}
    assert len(outcomes) == 2
    beside, killer = by_path[paths[1]], by_path[paths[0]]
    assert beside.reason is None and beside.value is not None, beside
    assert killer.value is None and killer.reason == "killed its worker (exit 3) twice", killer


def test_a_report_that_hangs_is_stopped_at_the_time_limit(tmp_path, scheduler, loaded):
    """The limit is long enough for a small report on a loaded machine (~0.1 s of CPU, ~1 s at load 10)."""
    paths = make_reports(tmp_path, [HANG_NAME, "a.txt", "b.txt"])
    con = db.connect(str(tmp_path / "s.duckdb"))
    statuses = ingest_paths(con, paths, scheduler=scheduler, task=hang_or_analyze,
                            limits=cluster.Limits(seconds=4.0))
    con.close()
    assert statuses[0].status == "failed" and "longer than the 4 s limit" in statuses[0].reason
    assert [s.status for s in statuses[1:]] == ["stored", "stored"]


@pytest.mark.parametrize("where", ["process", "cluster"])
def test_resume_after_interruption_stores_only_what_is_missing(tmp_path, scheduler, where):
    paths = make_reports(tmp_path, [f"r{i}.txt" for i in range(5)])
    store = str(tmp_path / "s.duckdb")
    opts = {"workers": 1} if where == "process" else {"scheduler": scheduler}
    seen = []

    def interrupt_after_two(status):
        seen.append(status)
        if len(seen) == 2:
            raise KeyboardInterrupt

    con = db.connect(store)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths(con, paths, on_status=interrupt_after_two, **opts)
    con.close()
    first = stored(store)
    assert len(first) == 2
    con = db.connect(store)
    again = ingest_paths(con, paths, **opts)
    con.close()
    assert sorted(s.name for s in again if s.status == "unchanged") == sorted(first)
    assert sum(s.status == "stored" for s in again) == 3
    assert sorted(stored(store)) == [f"r{i}.txt" for i in range(5)]


def test_cli_streams_one_jsonl_line_per_report_and_uses_the_scheduler(tmp_path, scheduler, monkeypatch):
    import typer

    from esglens.cli.store import register

    app = typer.Typer()
    register(app)
    paths = make_reports(tmp_path, ["x.txt", "y.txt", "z.txt"])
    monkeypatch.setenv(cluster.SCHEDULER_ENV, scheduler)
    res = CliRunner().invoke(app, ["ingest", *paths, "--db", str(tmp_path / "s.duckdb"), "--format", "jsonl"],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert sorted(x["name"] for x in lines) == ["x.txt", "y.txt", "z.txt"]
    assert {x["status"] for x in lines} == {"stored"}


def test_plan_workers_defaults():
    assert cluster.plan_workers(10, 1, None) == 1
    assert cluster.plan_workers(3, 8, None) == 3
    assert cluster.plan_workers(1, None, None) == 1
    assert cluster.plan_workers(5, None, "tcp://10.0.0.1:8786") == 0


def test_the_largest_reports_go_out_first(tmp_path, scheduler):
    from ingest_tasks import started_at

    paths = []
    for i, size in enumerate([10, 5000, 200, 90_000, 30, 40_000, 700, 1_000]):  # bytes, in no order
        p = tmp_path / f"r{i}.txt"
        p.write_text("x" * size)
        paths.append(str(p))
    outcomes = {o.path: o.value for o in cluster.run(started_at, paths, scheduler=scheduler)}
    by_start = sorted(paths, key=lambda p: outcomes[p])
    by_size = sorted(paths, key=lambda p: -len(open(p).read()))
    # Reports handed out in one refill (two threads freed within one wait) start in either order on the two
    # workers: a report may start up to ROUND places from its rank by size, never further.
    ROUND = 2
    shifts = {p: abs(by_start.index(p) - by_size.index(p)) for p in paths}
    assert max(shifts.values()) <= ROUND, shifts
    assert set(by_start[:2]) == set(by_size[:2])  # the first round goes out at once: the two largest
