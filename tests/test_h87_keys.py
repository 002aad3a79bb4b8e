"""h87's held-out PDF keys (tests/keys/*-h87-*.json, keyed from page images and pypdfium2 text before esglens ran on
their pages): held out (test_pdf_keys skips them), rebuilt exactly by their builder, catalog ids only, every keyed
figure printed on its page, and the first-run record (bench/h87_first_run.json) names both. No score goal:
`bench/h68_blind.py --set h87` measures them."""
from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KEYS = ROOT / "tests" / "keys"
SHARED = ROOT.parent / "shared"


def _keys() -> dict[str, dict]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(KEYS.glob("*-h87-*.json"))}


def test_keys_are_held_out_and_well_formed():
    from esglens.catalog.metrics import load_catalog
    ids = {m.id for m in load_catalog().metrics}
    keys = _keys()
    assert sorted(keys) == ["swisscom-2021-h87-targets-p23.json", "toshiba-2021-h87-charts-p30.json"]
    facts = [f for k in keys.values() for f in k["facts"]]
    assert len(facts) == 79 and sum(f["value"] is None for f in facts) == 1
    for name, key in keys.items():
        assert key["held_out"] is True and "BEFORE any esglens run" in key["note"], name
        for f in key["facts"]:
            assert f["source"] == "table" and f["page"] in (23, 30) and f["raw"], f
            assert f["metric"] is None or f["metric"] in ids, f
            assert all(a is None or a in ids for a in f.get("metric_alt", ())), f


def test_the_builder_writes_the_committed_keys(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runpy.run_path(str(KEYS / "src" / "h87_build.py"))
    built = sorted(p.name for p in tmp_path.glob("*.json"))
    assert built == sorted(_keys())
    for name in built:
        assert json.loads((tmp_path / name).read_text(encoding="utf-8")) == _keys()[name], name


def test_the_first_run_record_covers_both_keys():
    first = json.loads((ROOT / "bench" / "h87_first_run.json").read_text(encoding="utf-8"))["first_run"]
    assert set(first) == {name[:-5] for name in _keys()}
    assert sum(r["table"]["cells"] for r in first.values()) == 79


@pytest.mark.skipif(not (SHARED / "corpus" / "pdf").is_dir(), reason="../shared/corpus/pdf is absent")
def test_every_keyed_figure_is_printed_on_its_page():
    import pypdfium2 as pdfium
    for key in _keys().values():
        pdf = pdfium.PdfDocument(str(SHARED / "corpus" / "pdf" / key["seed"]))
        for f in key["facts"]:
            assert f["raw"] in pdf[f["page"] - 1].get_textpage().get_text_range(), f
