#!/usr/bin/env python3
"""Side by side on the pages of each PDF key: camelot (stream), pdfplumber's table finder with the
text strategy, and esglens. For each tool: the share of the key's numeric cells found in some cell on
the right page ("value"), with their row label in the same row ("+label": the key's label path shares a
word of 4+ letters with the row's cells), and for esglens also the fact recall
(value and year, as bench/score_pdf_keys.py).

camelot and pdfplumber are measured in a separate venv (they are not esglens dependencies):
  python3 -m venv /tmp/libs && /tmp/libs/bin/pip install camelot-py pdfplumber
  /tmp/libs/bin/python bench/compare_table_libs.py --libs            # prints JSON per key
  PYTHONPATH=src .venv/bin/python bench/compare_table_libs.py        # esglens, and the table
Key names as arguments limit both runs to those keys; ESGLENS_COMPARE_CACHE sets the cache file.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
# key names given on the command line (e.g. tokyogas-2022-social-p57) limit the run to those keys
_NAMES = [a for a in sys.argv[1:] if not a.startswith("--")]
KEYS = [k for k in sorted((ROOT / "tests" / "keys").glob("*.json")) if not _NAMES or k.stem in _NAMES]
# the cache is per user of the machine's /tmp: ESGLENS_COMPARE_CACHE names another file
CACHE = Path(os.environ.get("ESGLENS_COMPARE_CACHE", "/tmp/esglens_compare_libs.json"))


def norm_num(s: str) -> str | None:
    m = re.search(r"\(?-?\d[\d,]*(?:\.\d+)?", s or "")
    if not m:
        return None
    t = m.group(0).replace(",", "").strip("(")
    try:
        return repr(float(t))
    except ValueError:
        return None


def words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{4,}|[\u3040-\u9fff]{2,}", s or "")}


def score(gold: list[dict], rows_by_page: dict[int, list[list[str]]]) -> tuple[float, float]:
    """Share of key cells whose value stands in some cell of the page; ... with the label in that row."""
    hit = lab = 0
    for g in gold:
        if g["value"] is None:
            continue
        want = repr(float(g["value"]))
        rows = rows_by_page.get(g["page"], [])
        found = [r for r in rows if any(norm_num(c) == want and re.fullmatch(r"[\s(<>~−–-]*[\d,.]+\s?[%％)]*(?:\^\{[^}]*\}|[⁰¹²³⁴⁵⁶⁷⁸⁹*]|\(\w\))*\s*", c or "")
                                        for c in r)]
        if found:
            hit += 1
            last = words(g["label"])
            if any(last & words(" ".join(c for c in r if c)) for r in found) or not last:
                lab += 1
    n = sum(1 for g in gold if g["value"] is not None)
    return 100 * hit / n, 100 * lab / n


def run_libs() -> None:
    import camelot
    import pdfplumber
    out = {}
    for key in KEYS:
        gold = json.loads(key.read_text(encoding="utf-8"))
        pdf = str(SHARED / "corpus" / "pdf" / gold["seed"])
        pages = sorted({f["page"] for f in gold["facts"]})
        cam, plumb = {}, {}
        for p in pages:
            try:
                tables = camelot.read_pdf(pdf, pages=str(p), flavor="stream")
                cam[p] = [list(r) for t in tables for r in t.df.values.tolist()]
            except Exception as exc:  # noqa: BLE001 - a measurement: record and go on
                print(f"camelot {key.name} p{p}: {exc}", file=sys.stderr)
                cam[p] = []
            with pdfplumber.open(pdf) as doc:
                ts = doc.pages[p - 1].extract_tables({"vertical_strategy": "text", "horizontal_strategy": "text"})
                plumb[p] = [[c or "" for c in r] for t in ts for r in t]
        out[key.name] = {"camelot": cam, "pdfplumber": plumb}
    CACHE.write_text(json.dumps(out), encoding="utf-8")
    print(f"wrote {CACHE}")


def run_esglens() -> None:
    import importlib.util
    from esglens.facts import extract_facts
    from esglens.read.pdf import read_pdf
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    libs = json.loads(CACHE.read_text(encoding="utf-8")) if CACHE.exists() else {}
    print(f"{'key':34} {'camelot':>15} {'pdfplumber':>15} {'esglens':>15} {'esglens facts':>14}")
    for key in KEYS:
        gold = json.loads(key.read_text(encoding="utf-8"))
        facts = [f for f in gold["facts"] if f["source"] == "table"]
        pdf = str(SHARED / "corpus" / "pdf" / gold["seed"])
        pages = sorted({f["page"] for f in facts})
        doc = read_pdf(pdf, pages=pages)
        rows: dict[int, list[list[str]]] = {}
        for t in doc.tables:
            for r in t.rows:
                rows.setdefault(r.page, []).append(r.cells)
        pred = [f.to_dict() for f in extract_facts(doc) if f.source == "table"]
        s = sc.score_facts({"facts": facts}, pred)
        cols = []
        for lib in ("camelot", "pdfplumber"):
            got = libs.get(key.name, {}).get(lib)
            cols.append("%5.1f / %5.1f" % score(facts, {int(p): r for p, r in got.items()}) if got else "      -")
        mine = "%5.1f / %5.1f" % score(facts, rows)
        print(f"{key.name:34} {cols[0]:>15} {cols[1]:>15} {mine:>15} {100 * s['table_recall']:13.1f}")
    print("value / +label: % of the key's numeric cells in some cell of the page / with their row label in that row")


if __name__ == "__main__":
    run_libs() if "--libs" in sys.argv else run_esglens()
