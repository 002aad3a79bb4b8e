"""The command line starts the local workers' forkserver first, for an ingest that will use local workers."""
from __future__ import annotations

import sys

import pytest

import esglens.cli as cli
from esglens import cluster
from esglens.cli import prestart as pre


def test_ingest_plan_reads_the_workers_and_the_paths_and_leaves_other_commands_alone():
    assert pre.ingest_plan(["ingest", "reports/", "--db", "lib.duckdb", "-f", "jsonl"]) == (None, ["reports/"])
    assert pre.ingest_plan(["ingest", "--workers", "3", "a.txt", "b.pdf"]) == (3, ["a.txt", "b.pdf"])
    assert pre.ingest_plan(["ingest", "--workers=1", "x"]) == (1, ["x"])
    assert pre.ingest_plan(["ingest", "-w2", "x", "--timeout", "30", "--force"]) == (2, ["x"])
    assert pre.ingest_plan(["ingest", "x", "--scheduler", "tcp://h:8786"]) is None
    assert pre.ingest_plan(["ingest", "x", "--parquet=runs"]) is None
    assert pre.ingest_plan(["ingest", "x", "--workers", "many"]) is None
    assert pre.ingest_plan(["compare", "ghg.scope1"]) is None and pre.ingest_plan([]) is None


def test_count_reports_walks_folders_like_find_reports_and_stops_at_enough(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("a.txt", "b.PDF", "c.md", "sub/d.txt", ".hidden/e.txt", ".f.txt", "notes.docx"):
        (tmp_path / name).write_text("x")
    assert pre.count_reports([str(tmp_path)], enough=100) == 4
    assert pre.count_reports([str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")], enough=100) == 1
    assert pre.count_reports([str(tmp_path)], enough=2) >= 2


@pytest.fixture()
def started(monkeypatch):
    calls: list = []
    monkeypatch.setattr(cluster, "prestart", lambda preload=(): calls.append(preload) or True)
    monkeypatch.setattr(cluster, "cores", lambda: 2)
    monkeypatch.delenv(cluster.SCHEDULER_ENV, raising=False)
    return calls


def test_prestart_only_when_the_ingest_will_start_local_workers(tmp_path, started, monkeypatch):
    for i in range(4):
        (tmp_path / f"r{i}.txt").write_text("x")
    folder = str(tmp_path)
    assert pre.prestart(["ingest", folder]) and started == [("esglens.store.warm",)]
    assert not pre.prestart(["ingest", folder, "--workers", "1"])           # in this process
    assert not pre.prestart(["ingest", str(tmp_path / "r0.txt")])          # one report: no cluster
    assert not pre.prestart(["list"])
    monkeypatch.setenv(cluster.SCHEDULER_ENV, "tcp://h:8786")              # an existing cluster's workers
    assert not pre.prestart(["ingest", folder])
    assert len(started) == 1


def test_main_starts_the_forkserver_before_loading_the_commands(tmp_path, started, monkeypatch):
    for i in range(4):
        (tmp_path / f"r{i}.txt").write_text("x")
    order = []
    monkeypatch.setattr(cluster, "prestart", lambda preload=(): order.append("prestart") or True)

    def app():
        order.append("commands loaded")
        return lambda: None

    monkeypatch.setattr(cli, "_app", app)
    monkeypatch.setattr(sys, "argv", ["esglens", "ingest", str(tmp_path), "--db", str(tmp_path / "x.duckdb")])
    cli.main()
    assert order == ["prestart", "commands loaded"]


def test_the_app_is_built_once_with_every_command():
    from esglens.cli import app

    assert app is cli.app
    names = {c.name for c in app.registered_commands}
    assert {"ingest", "compare", "serve", "list"} <= names
