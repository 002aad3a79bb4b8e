"""Issue 16: a report that outlasts its time budget ends `partial` with a reason and what finished,
the batch goes on; a PDF over the page cap is read up to it; `ingest --format jsonl` streams."""
from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from esglens.batch import iter_results
from esglens.core import registry
from esglens.core.limits import use_limits
from esglens.core.parts import Reader, Stage
from esglens.core.registry import hookimpl
from esglens.core.settings import PipelineSettings
from esglens.errors import InputError
from esglens.pipeline import analyze

ROOT = Path(__file__).resolve().parents[1]
REPORT = """Greenfield Holdings ESG Report 2024

Key figures
| Indicator | Unit | 2023 | 2024 |
|---|---|---|---|
| Scope 1 emissions | tCO2e | 1,200 | 1,100 |
| Water withdrawal | m³ | 5,000 | 4,800 |

Scope 2 emissions were 2,300 tCO2e in 2024.
"""


@pytest.fixture
def reports(tmp_path):
    out = []
    for name in ("a-hang.txt", "b-fine.txt"):
        p = tmp_path / name
        p.write_text(REPORT, encoding="utf-8")
        out.append(str(p))
    analyze(out[1])   # warm: catalogs and patterns load once per process (seconds on a loaded machine)
    return out


class Hang:
    """A stage after `metrics` that never ends on a report named *hang* and swallows every Exception
    (as a careless plugin would); a stage after it."""

    @hookimpl
    def esglens_stages(self):
        def hang(ctx):
            if "hang" not in ctx.doc.name:
                return "quick"
            while True:
                try:
                    time.sleep(0.01)
                except Exception:  # noqa: BLE001 - the point: the budget is not an Exception
                    pass
        return [Stage("hang", "hang", hang, needs=("metrics",)), Stage("after_hang", "after_hang", lambda ctx: 1)]


def test_a_hanging_stage_is_stopped_at_the_budget_and_the_rest_kept(reports):
    with registry.plugin(Hang()):
        res = analyze(reports[0], settings=PipelineSettings(time_budget=1.5))
    assert 1.5 <= res.seconds < 3.0
    assert res.status == "partial"
    assert len(res.facts) >= 3 and {"facts", "metrics"} <= set(res.stages_run)   # finished before: kept
    assert "hang" not in res.extras and "hang" not in res.stages_run
    stops = {i.stage: i.message for i in res.issues if i.kind == "timeout"}
    assert stops["hang"].startswith("stopped after ") and "time budget of 1.5 s ran out" in stops["hang"]
    assert "after_hang" in stops and stops["after_hang"].startswith("not run")
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None) and signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_the_batch_goes_on_after_a_report_out_of_time(reports):
    with registry.plugin(Hang()):
        out = list(iter_results(reports, progress=False, settings=PipelineSettings(time_budget=1.5)))
    assert [r.status for r in out] == ["partial", "ok"]
    assert out[1].extras["hang"] == "quick" and out[1].extras["after_hang"] == 1


def test_an_outer_alarm_is_kept(reports):
    """ingest's own per-report limit (cluster._alarm) rings first when shorter, later when longer."""
    from esglens import cluster

    with registry.plugin(Hang()), cluster._alarm(1.0):
        res = analyze(reports[0], settings=PipelineSettings(time_budget=60))
    [stop] = [i for i in res.issues if i.stage == "hang"]
    assert stop.kind == "timeout" and "1 s limit per report" in stop.message
    with cluster._alarm(30.0):
        analyze(reports[1], settings=PipelineSettings(time_budget=5))
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 25 < left < 30   # put back with the time that was left


def test_off_the_main_thread_the_budget_still_skips_later_stages(reports):
    class Slow:
        @hookimpl
        def esglens_stages(self):
            return [Stage("slow", "slow", lambda ctx: time.sleep(0.5) or "done"),
                    Stage("later", "later", lambda ctx: "ran")]

    box = {}
    with registry.plugin(Slow()):
        th = threading.Thread(target=lambda: box.update(
            res=analyze(reports[1], only=("slow", "later"), settings=PipelineSettings(time_budget=0.2))))
        th.start()
        th.join(10)
    res = box["res"]
    assert res.extras == {"slow": "done"} and res.status == "partial"
    assert [(i.stage, i.kind) for i in res.issues if i.kind == "timeout"] == [("later", "timeout")]


def test_a_read_that_outlasts_the_budget_is_one_clear_error(tmp_path):
    def never(path):
        while True:
            time.sleep(0.01)

    class SlowReader:
        @hookimpl
        def esglens_readers(self):
            return [Reader("slow", (".slow",), never)]

    p = tmp_path / "x.slow"
    p.write_text("x")
    with registry.plugin(SlowReader()), pytest.raises(InputError) as err:
        analyze(str(p), settings=PipelineSettings(time_budget=0.5))
    assert err.value.reason == "stopped while reading: the report's time budget of 0.5 s ran out"


def test_a_pdf_over_the_page_cap_is_read_up_to_it_and_partial(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    path = tmp_path / "three-pages.pdf"
    c = canvas.Canvas(str(path))
    for page in (1, 2, 3):
        c.drawString(72, 720, f"Page {page}: Scope 1 emissions were {page},000 tCO2e in 2024.")
        c.showPage()
    c.save()
    with use_limits(max_pdf_pages=2):
        res = analyze(str(path))
    assert res.status == "partial"
    assert res.document.page_count == 3 and {ln.page for ln in res.document.lines} == {1, 2}
    [warning] = [i for i in res.issues if i.message.startswith("over limit")]
    assert warning.stage == "read"
    assert warning.message == "over limit max_pdf_pages=2: three-pages.pdf: 3 pages; pages 3-3 are not read"
    assert analyze(str(path)).status == "ok"


STREAM_CHILD = r"""
import os, sys, time
from esglens.core import registry
from esglens.core.parts import Stage
from esglens.core.registry import hookimpl
from esglens.cli import main

gate = sys.argv.pop(1)

class Gate:  # a report named *wait* blocks until the gate file exists
    @hookimpl
    def esglens_stages(self):
        def wait(ctx):
            while "wait" in ctx.doc.name and not os.path.exists(gate):
                time.sleep(0.02)
        return [Stage("gate", "gate", wait)]

with registry.plugin(Gate()):
    sys.argv = ["esglens"] + sys.argv[1:]
    main()
"""


def test_ingest_jsonl_prints_each_report_as_it_is_stored(tmp_path):
    first, second = tmp_path / "a-first.txt", tmp_path / "b-wait.txt"
    first.write_text(REPORT, encoding="utf-8")
    second.write_text(REPORT.replace("1,100", "1,050"), encoding="utf-8")
    gate = tmp_path / "open"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen([sys.executable, "-c", STREAM_CHILD, str(gate), "ingest", str(first), str(second),
                             "--db", str(tmp_path / "lib.duckdb"), "--workers", "1", "--format", "jsonl"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 90)
        assert ready, "no line within 90 s while the second report waits at its gate: ingest does not stream"
        line = proc.stdout.readline()          # the second report is still waiting at its gate
        assert proc.poll() is None
        assert json.loads(line)["name"] == "a-first.txt" and json.loads(line)["status"] == "stored"
        gate.write_text("go")
        rest, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    [last] = [json.loads(x) for x in rest.splitlines()]
    assert last["name"] == "b-wait.txt" and last["status"] == "stored"


def test_the_command_line_says_why_a_report_is_partial(reports, capsys):
    with registry.plugin(Hang()):
        list(iter_results(reports[:1], progress=False, settings=PipelineSettings(time_budget=1.0)))
    err = capsys.readouterr().err
    assert "partial" in err and "a-hang.txt" in err and "hang: stopped after" in err
    assert "not run: after_hang" in err
