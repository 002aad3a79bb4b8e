"""`esglens check` on the command line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from esglens.cli.checks import register

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture()
def app() -> typer.Typer:
    a = typer.Typer()
    register(a)

    @a.command()
    def _noop() -> None:  # a second command keeps typer in multi-command mode
        pass

    return a


def test_bad_file_is_one_line_and_nonzero(app, tmp_path):
    missing = tmp_path / "nope.txt"
    res = CliRunner().invoke(app, ["check", str(missing), "--format", "jsonl"])
    assert res.exit_code == 1
    assert "Traceback" not in res.output


def test_jsonl_on_a_sample_report(app):
    report = SHARED / "corpus" / "reports" / "jlmag-2024-esg-report.txt"
    if not report.exists():
        pytest.skip("../shared not present")
    res = CliRunner().invoke(app, ["check", str(report), "--format", "jsonl"])
    assert res.exit_code == 0
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    drills = [r for r in rows if r["kind"] == "sum_mismatch" and 2943 in r["lines"]]
    assert len(drills) == 1 and drills[0]["year"] == 2023 and drills[0]["values"][:1] == [80]
    assert all(r["report"] == "jlmag-2024-esg-report.txt" for r in rows)


def test_table_output_keeps_markup_inert(app, tmp_path, monkeypatch):
    from esglens.cli import checks as commands
    from esglens.model import Finding

    class Res:
        class document:
            name = "[bold]x.txt"
        findings = [Finding("sum_mismatch", "error", "'[red]Total[/red]' is 5, parts add up to 4", [3])]

    monkeypatch.setattr(commands, "iter_results", lambda paths, only, **kw: iter([Res()]))
    res = CliRunner().invoke(app, ["check", "x.txt", "--format", "table"])
    assert res.exit_code == 0
    assert "[red]Total[/red]" in res.stdout and "[bold]x.txt" in res.stdout
