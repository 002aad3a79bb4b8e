"""The core layer and the registry: parts added through registration alone, the pipeline's contract."""
from __future__ import annotations

import time

import pytest

from esglens.core import registry, text
from esglens.core.parts import Check, Reader, Stage
from esglens.core.registry import hookimpl
from esglens.core.settings import PipelineSettings
from esglens.model import Document, Finding, TextLine
from esglens.pipeline import analyze, analyze_many, plan

REPORT = """ESG Report 2023

Key Performance Indicators
Indicator\tUnit\t2022\t2023
Scope 1 emissions\ttCO2e\t1,200\t1,100
Scope 2 emissions\ttCO2e\t800\t700
Total GHG emissions\ttCO2e\t2,000\t1,900
"""


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "tiny-2023.txt"
    path.write_text(REPORT, encoding="utf-8")
    return str(path)


class ScopeTwoIsLarge:
    """A check written for the test: Scope 2 over 500 t in any year is 'large'."""

    @hookimpl
    def esglens_checks(self):
        def run(ctx):
            return [Finding("scope2_large", "info", f"Scope 2 is {f.value:g} t in {f.year}", lines=[f.line],
                            values=[f.value], year=f.year)
                    for f in ctx.facts if f.metric == "ghg.scope2" and (f.value or 0) > 500]
        return [Check("scope 2 large", "Scope 2 above 500 t", run)]


def test_a_check_added_by_registration_alone_runs_in_the_pipeline(report):
    plain = analyze(report)
    assert not [f for f in plain.findings if f.kind == "scope2_large"]
    with registry.plugin(ScopeTwoIsLarge()):
        assert "scope 2 large" in [c.kind for c in registry.checks()]
        res = analyze(report)
    found = [f for f in res.findings if f.kind == "scope2_large"]
    assert [(f.year, f.values) for f in found] == [(2022, [800.0]), (2023, [700.0])]
    assert "scope 2 large" not in [c.kind for c in registry.checks()]   # unregistered after the block


def test_a_check_can_be_switched_off(report):
    with registry.plugin(ScopeTwoIsLarge()):
        res = analyze(report, settings=PipelineSettings(disabled_checks=frozenset({"scope 2 large"})))
    assert not [f for f in res.findings if f.kind == "scope2_large"]


class KeyValueReader:
    """A reader for a made-up '.kv' format: one 'label = value unit' per line, read as a two-column table."""

    @staticmethod
    def read(path: str) -> Document:
        from esglens.document.build import build

        lines = []
        for i, raw in enumerate(open(path, encoding="utf-8").read().splitlines(), start=1):
            label, _, rest = raw.partition("=")
            lines.append(TextLine(f"{label.strip()}\t{rest.strip()}" if rest else raw, line=i))
        return build(Document(path=path, name=path.rsplit("/", 1)[-1], sha256="0" * 64, kind="text", lines=lines))

    @hookimpl
    def esglens_readers(self):
        return [Reader("kv", (".kv",), self.read, description="label = value")]


def test_a_reader_added_by_registration_alone_reads_its_files(tmp_path):
    path = tmp_path / "plant.kv"
    path.write_text("Indicator = 2023\nWater withdrawal (m³) = 4,560\n", encoding="utf-8")
    with registry.plugin(KeyValueReader()):
        [res] = list(analyze_many([str(tmp_path)]))   # the folder is searched for the new suffix too
    [fact] = [f for f in res.facts if f.value is not None]
    assert (fact.value, fact.year, fact.line, fact.unit, fact.metric) == (4560.0, 2023, 2, "m³", "water.withdrawal")


def test_only_runs_what_a_stage_needs(report):
    res = analyze(report, only=("index",))
    assert res.stages_run == ["index"] and res.facts == [] and res.status == "ok"
    assert [s.name for s in plan(("coverage",))] == ["facts", "metrics", "index", "coverage"]
    with pytest.raises(ValueError, match="no stage named 'nope'"):
        plan(("nope",))


class Broken:
    @hookimpl
    def esglens_stages(self):
        def boom(ctx):
            raise RuntimeError("cannot")
        return [Stage("broken", "broken", boom, needs=("facts",)),
                Stage("after_broken", "after", lambda ctx: 1, needs=("broken",))]


def test_a_failing_stage_leaves_the_report_partial_with_the_rest_kept(report):
    with registry.plugin(Broken()):
        res = analyze(report)
    assert res.status == "partial"
    assert [(i.stage, i.kind) for i in res.issues if i.kind != "warning"] == [("broken", "error"), ("after_broken", "skipped")]
    assert "RuntimeError: cannot" in res.issues[0].message
    assert len(res.facts) == 6 and res.profile   # the other stages finished


class Slow:
    @hookimpl
    def esglens_stages(self):
        def slow(ctx):
            time.sleep(0.3)
            return "done"
        return [Stage("slow", "slow", slow), Stage("later", "later", lambda ctx: "ran")]


def test_the_time_budget_ends_a_report_partial_with_a_reason(report):
    # the slow stage is stopped at the deadline (issue 16), the one after it is not started
    with registry.plugin(Slow()):
        res = analyze(report, only=("slow", "later"), settings=PipelineSettings(time_budget=0.2))
    assert res.extras == {}
    assert res.status == "partial"
    timeouts = [(i.stage, i.message) for i in res.issues if i.kind == "timeout"]
    assert [s for s, _ in timeouts] == ["slow", "later"]
    assert all("time budget of 0.2 s" in m for _, m in timeouts)
    assert set(res.timings) == {"read"}


def test_analyze_many_names_a_bad_file_and_goes_on(tmp_path, report):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = list(analyze_many([str(bad), report], only=("metrics",)))
    assert out[0].status == "failed" and out[0].path == str(bad) and "empty" in out[0].reason
    assert out[1].status == "ok" and len(out[1].facts) == 6


def test_settings_are_validated_and_named():
    with pytest.raises(ValueError, match="time_budget"):
        PipelineSettings(time_budget=0)
    with pytest.raises(ValueError, match="unknown PipelineSettings setting"):
        PipelineSettings.from_mapping({"time_budgt": 3})
    s = PipelineSettings().replace(time_budget=5.0)
    assert s.time_budget == 5.0 and "time_budget" in [n for n, _, _ in s.describe()]


@pytest.mark.parametrize("prose, expected", [
    ("Guideline No. 17 applies. We cut waste by 5%. It rose; Then fell; and so on.",
     ["Guideline No. 17 applies.", "We cut waste by 5%.", "It rose;", "Then fell; and so on."]),
    ("Acme Co., Ltd. reports (e.g. water). 2023 was good! Was it? Yes.",
     ["Acme Co., Ltd. reports (e.g. water).", "2023 was good!", "Was it?", "Yes."]),
    ("公司减少排放。用水量下降；废弃物回收", ["公司减少排放。", "用水量下降；", "废弃物回收"]),
])
def test_one_sentence_splitter(prose, expected):
    assert text.sentences(prose) == expected


def test_sentences_without_semicolons_and_clauses():
    assert text.sentences("It rose; Then fell. Next.", semicolons=False) == ["It rose; Then fell.", "Next."]
    assert text.clauses("Water was 1,417.61 m³, down 5%; waste fell") == ["Water was 1,417.61 m³", " down 5%", " waste fell"]


def test_the_splitter_is_linear_on_a_sentence_that_never_ends():
    t = time.perf_counter()
    assert len(text.sentences("word " * 200_000)) == 1
    assert len(text.sentences("No. " * 100_000 + "End.")) == 1
    assert time.perf_counter() - t < 2.0


def test_checks_stop_at_the_deadline_and_say_which_were_not_run(report):
    from esglens.checks import run_checks
    from esglens.read import load

    doc = load(report)
    from esglens.facts import extract_facts

    run_checks(extract_facts(doc), doc, deadline=time.perf_counter() - 1)
    [warning] = [w for w in doc.warnings if w.startswith("time budget ran out")]
    assert "sums" in warning and "time horizons" in warning


def test_parts_command_lists_every_registered_part_and_check_skips_one(report):
    import json

    from typer.testing import CliRunner

    from esglens.cli import app

    out = CliRunner().invoke(app, ["parts", "--jsonl"])
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert {"reader", "stage", "check", "setting"} == {r["part"] for r in rows}
    assert {"name": "coverage", "needs": "index, metrics"}.items() <= next(r for r in rows if r["name"] == "coverage").items()
    with registry.plugin(ScopeTwoIsLarge()):
        ran = CliRunner().invoke(app, ["check", report, "--format", "jsonl"])
        skipped = CliRunner().invoke(app, ["check", report, "--format", "jsonl", "--skip", "scope 2 large"])
        wrong = CliRunner().invoke(app, ["check", report, "--skip", "no such check"])
    assert ran.stdout.count('"scope2_large"') == 2 and '"scope2_large"' not in skipped.stdout
    assert wrong.exit_code == 1 and "no check named 'no such check'" in wrong.output
