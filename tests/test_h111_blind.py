"""h111's held-out keys (tests/keys/*-h111-*.json, 14 PDF keys of 8 PDFs), written before esglens ran on their pages,
and their scorer (bench/h111_blind.py, built on bench/h68_blind.py and bench/h91_blind.py as bench/h105_blind.py).
Structural checks only, no score goal: the keys are held out (test_pdf_keys skips them by their `held_out` field,
bench/make_examples.py leaves them out of the catalog examples), rebuild from their builder as committed, name catalog
metrics only, cover pages no other key covers, and every keyed figure is printed on its page. The scorer runs on one
small key and its counts must add up; figures are printed as measured, not asserted. Needs ../shared to read the
reports (skipped with the reason when it is absent)."""
from __future__ import annotations

import importlib.util
import json
import re
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KEYS = ROOT / "tests" / "keys"
SHARED = ROOT.parent / "shared"
NEEDS_SHARED = pytest.mark.skipif(not (SHARED / "corpus" / "pdf").is_dir() or not (SHARED / "eval").is_dir(),
                                  reason="../shared/corpus (the reports the keys are about) is absent")
NIL = {"-", "–", "—", "―", "NA", "N.A.", "not available"}


def _keys() -> dict[str, dict]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(KEYS.glob("*-h111-*.json"))}


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_keys_are_held_out_and_well_formed():
    from esglens.catalog.metrics import load_catalog
    ids = {m.id for m in load_catalog().metrics}
    keys = _keys()
    assert len(keys) == 14
    seeds = [k["seed"] for k in keys.values()]
    assert len(set(seeds)) == 8 and max(seeds.count(s) for s in seeds) == 2     # eight PDFs, at most two pages each
    facts = [f for k in keys.values() for f in k["facts"]]
    assert len(facts) == 196 and sum(f["value"] is not None for f in facts) == 194
    for name, key in keys.items():
        assert key["held_out"] is True and "BEFORE any esglens run" in key["note"], name
        assert len({f["page"] for f in key["facts"]}) == 1, name                # one page a key
        for f in key["facts"]:
            assert f["raw"] and isinstance(f["page"], int) and f["source"] == "table", f
            assert 2018 <= f["year"] <= 2030, f
            assert (f["value"] is None) == (f["raw"] in NIL), f
            assert f["metric"] is None or f["metric"] in ids, f
            assert all(a is None or a in ids for a in f.get("metric_alt", ())), f
            assert f["metric"] not in f.get("metric_alt", ()), f      # an alternative is another answer
    assert sum(1 for f in facts if f["metric"] and "metric_alt" not in f) == 6


def test_the_pages_are_new():
    """No other key (tests/keys, metric_ids, text, src) holds a fact on a page an h111 key covers. (Narrative
    judgements, bench/*judged*.json, were not excluded when the pages were drawn: they judge narrative facts.)"""
    draw = _load("h111_draw", KEYS / "src" / "h111_draw.py")
    mine = {(k["seed"], f["page"]) for k in _keys().values() for f in k["facts"]}
    assert len(mine) == 14
    assert not mine & draw.keyed_pages("-h111-")
    assert mine <= draw.keyed_pages(None)                             # the walk reads h111's own keys too


def test_the_first_run_record_covers_every_key():
    first = json.loads((ROOT / "bench" / "h111_first_run.json").read_text(encoding="utf-8"))["first_run"]
    assert set(first) == {name[:-5] for name in _keys()}
    assert sum(r["table"]["cells"] for r in first.values()) == 196


def test_every_key_has_a_layout_family():
    assert set(_load("h111_blind", ROOT / "bench" / "h111_blind.py").LAYOUT) == {name[:-5] for name in _keys()}


def test_the_builder_writes_the_committed_keys(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    runpy.run_path(str(KEYS / "src" / "h111_build.py"))
    built = sorted(p.name for p in tmp_path.glob("*.json"))
    assert built == sorted(_keys())
    for name in built:
        assert json.loads((tmp_path / name).read_text(encoding="utf-8")) == _keys()[name], name


def test_negatives_plus_marks_and_indian_grouping():
    src = (KEYS / "src" / "h111_build.py").read_text(encoding="utf-8")
    ns: dict = {}
    exec(compile(src.split("NOTE = (")[0], "h111_build", "exec"), ns)      # the helpers only, writes nothing
    num = ns["num"]
    assert num("△14") == -14.0 and num("30%+") == 30.0 and num("+3.3%") == 3.3 and num("-50%") == -50.0
    assert num("1,19,14,747") == 11914747.0 and num("-") is None and num("(2.5)") == -2.5


@NEEDS_SHARED
def test_every_keyed_figure_is_printed_on_its_page():
    import pypdfium2 as pdfium
    for name, key in _keys().items():
        doc = pdfium.PdfDocument(str(SHARED / "corpus" / "pdf" / key["seed"]))
        text = {}
        for f in key["facts"]:
            if f["page"] not in text:
                text[f["page"]] = re.sub(r"\s+", "", doc[f["page"] - 1].get_textpage().get_text_range())
            assert re.sub(r"\s+", "", f["raw"]) in text[f["page"]], (name, f["page"], f["raw"], f["label"])
        doc.close()


@NEEDS_SHARED
def test_scorer_loads_and_scores_one_key():
    sc = _load("h111_blind", ROOT / "bench" / "h111_blind.py")
    score = sc._load("score", SHARED / "eval" / "score.py")
    units = sc._load("score_units_keys", ROOT / "bench" / "score_units_keys.py")
    paths = sc.h111_keys(("toshiba-2021-h111-segment-chart-p40",))
    assert len(paths) == 1
    r = sc.H68.score_key(paths[0], score, units)
    t = r["table"]
    assert r["pages"] == [40] and t["cells"] == 7
    assert t["found"] + t["year_wrong"] + t["not_printed"] == t["cells"]
    assert t["path"] <= t["found"] and t["loose"] <= t["unit_n"] <= t["found"]
    for m in r["metrics"].values():
        assert m["right"] + m["abstained"] + m["wrong"] == m["id_found"] <= m["id_rows"]
        assert m["arg_key"] + m["arg_alt"] + m["arg_other"] == m["arg_found"] <= m["arg_rows"]
        assert m["null_got_id"] <= m["null_found"] <= m["null_rows"]
