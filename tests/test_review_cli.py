"""`esglens review`: list a report's facts with their keys, accept / correct / reject / reset with --by,
history and progress; one-line errors; compare and export then read the facts as reviewed."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from esglens.cli import app
from esglens.store import db
from test_review import TEXT, _facts
from test_store import tiny_result

runner = CliRunner()


@pytest.fixture
def store(tmp_path):
    path = str(tmp_path / "lib.duckdb")
    con = db.connect(path)
    db.store_result(con, tiny_result("/r/acme-2024.txt", TEXT, _facts(), "Acme"))
    con.close()
    return path


def _run(*args, env=None):
    return runner.invoke(app, list(args), env=env)


def _list(store, *extra) -> list[dict]:
    res = _run("review", "list", "acme", "--db", store, "--format", "jsonl", *extra)
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines()]


def test_list_accept_correct_reject_and_progress(store):
    todo = _list(store)
    assert [f["raw"] for f in todo] == ["1,100", "1,250", "1,100", "1,250"]
    keys = [f["fact_key"] for f in todo]
    assert _run("review", "accept", keys[0], keys[2], "--by", "Ana", "--db", store).exit_code == 0
    res = _run("review", "correct", keys[3], "--metric", "ghg.scope1", "--value", "1,260", "--note", "p. 12 restated",
               "--db", store, env={"ESGLENS_REVIEWER": "Bo"})
    assert res.exit_code == 0 and "corrected: " + keys[3] in res.stderr and "= 1,260 t" in res.stderr
    assert _run("review", "reject", keys[1], "--by", "Ana", "--db", store).exit_code == 0
    assert _list(store) == []
    done = {f["fact_key"]: (f["review"], f["reviewed_by"], f["value"]) for f in _list(store, "--status", "reviewed")}
    assert done == {keys[0]: ("accepted", "Ana", 1100.0), keys[1]: ("rejected", "Ana", 1250.0),
                    keys[2]: ("accepted", "Ana", 1100.0), keys[3]: ("corrected", "Bo", 1260.0)}
    prog = json.loads(_run("review", "progress", "--db", store, "--format", "jsonl").stdout)
    assert (prog["facts"], prog["reviewed"], prog["accepted"], prog["corrected"], prog["rejected"]) == (4, 4, 2, 1, 1)
    hist = [json.loads(x) for x in _run("review", "history", keys[3], "--db", store, "-f", "jsonl").stdout.splitlines()]
    assert [(h["action"], h["reviewer"], h["note"]) for h in hist] == [("correct", "Bo", "p. 12 restated")]
    cmp = [json.loads(x) for x in _run("compare", "--metric", "ghg.scope1", "--db", store, "-f", "jsonl").stdout.splitlines()]
    assert [(r["year"], r["value"], r["review"]) for r in cmp] == [(2023, 1100.0, "accepted"), (2024, 1260.0, "corrected")]


@pytest.mark.parametrize("args, message", [
    (["accept", "nope:l1:0", "--by", "Ana"], "nope:l1:0: no stored fact has this key"),
    (["correct", "{key}", "--by", "Ana", "--value", "many"], "value 'many' is not a number"),
    (["correct", "{key}", "--by", "Ana", "--metric", "ghg.scope7"], "unknown metric 'ghg.scope7'"),
    (["correct", "{key}", "--by", "Ana"], "a correction gives at least one of"),
    (["list", "nobody"], "nobody: no stored report matches"),
    (["list", "acme", "--status", "maybe"], "unknown status"),
])
def test_errors_are_one_line(store, args, message):
    key = _list(store)[0]["fact_key"]
    res = _run("review", *[a.replace("{key}", key) for a in args], "--db", store)
    assert res.exit_code != 0 and message in res.stderr and res.stderr.count("\n") == 1, res.output
    assert "Traceback" not in res.output


def test_by_is_required(store):
    key = _list(store)[0]["fact_key"]
    res = _run("review", "accept", key, "--db", store, env={"ESGLENS_REVIEWER": ""})
    assert res.exit_code == 2 and "--by" in res.output


def test_a_review_whose_fact_is_read_differently_is_listed_as_an_orphan(store):
    from esglens.model import Fact

    key = _list(store)[1]["fact_key"]
    assert _run("review", "accept", key, "--by", "Ana", "--db", store).exit_code == 0
    assert json.loads(_run("review", "orphans", "--db", store, "-f", "json").stdout) == []
    # a later reading gives the row another label path: the review no longer finds its fact
    facts = _facts()
    facts[1] = Fact(value=1250.0, raw="1,250", unit="t", year=2024, label="Direct > Scope 1 emissions",
                    source="table", line=3, metric="ghg.scope1", column="2024")
    con = db.connect(store)
    db.store_result(con, tiny_result("/r/acme-2024.txt", TEXT, facts, "Acme"), force=True)
    con.close()
    gone = [json.loads(x) for x in _run("review", "orphans", "acme", "--db", store, "-f", "jsonl").stdout.splitlines()]
    assert [(o["fact_key"], o["action"], o["reviewer"], json.loads(o["extracted"])["label"]) for o in gone] == [
        (key, "accept", "Ana", "Scope 1 emissions")]
    assert all(f["review"] is None for f in _list(store, "--status", "all"))   # never joined to another fact
