"""bench/markdown_variants.py on a constructed two-table report: every converter-style rendering of it
(pipe, merged cells repeated, HTML spans, split over a page, unit line, year forms) keeps every fact.
Wordings of our own; no report's."""
from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "markdown_variants", Path(__file__).resolve().parent.parent / "bench" / "markdown_variants.py")
mv = importlib.util.module_from_spec(_spec)
sys.modules["markdown_variants"] = mv   # dataclasses look their module up
_spec.loader.exec_module(mv)

REPORT = [
    "Harbour Lines Sustainability Report 2024", "",
    "Energy and water", "",
    "Category\tItem\tUnit\t2022\t2023\t2024",                    # 5
    "Energy\tElectricity purchased\tMWh\t4,210\t4,388\t4,502",     # 6
    "\tDiesel for tugs\tL\t12,300\t11,950\t10,870",                # 7
    "Water\tMunicipal supply\tm³\t56,000\t54,120\t51,930",         # 8
    "\tRainwater harvested\tm³\t1,200\t1,480\t1,610",              # 9
    "", "Port emission checks", "",
    "Category\tIndicator\tTarget\tStatus in 2024",                 # 13
    "Stack air\tBoiler stack checks passed\t100%\tMet",            # 14
    "\tForklift exhaust checks passed\t96%\tMet",                  # 15
    "Noise\tBoundary readings within limit\t98%\tMet",             # 16
    "", "The terminal kept its permits all year.",
]
VALUES = {6: (4210, 4388, 4502), 7: (12300, 11950, 10870), 8: (56000, 54120, 51930), 9: (1200, 1480, 1610)}
GOLD = [{"line": ln, "value": v, "year": y} for ln, vs in VALUES.items() for y, v in zip((2022, 2023, 2024), vs)] + \
       [{"line": 14, "value": 100, "year": 2024}, {"line": 15, "value": 96, "year": 2024},
        {"line": 16, "value": 98, "year": 2024}]


def test_every_variant_keeps_every_fact_of_a_constructed_report():
    t0 = time.process_time()
    tables = mv.find_tables(REPORT, {g["line"] for g in GOLD})
    assert [(t.first, len(t.rows), t.n_head) for t in tables] == [(5, 5, 1), (13, 4, 1)]
    bad = {}
    for variant in mv.VARIANTS:
        text, where = mv.render(REPORT, tables, variant)
        s = mv.score(GOLD, mv.facts_of_text("\n".join(text)), where)
        if (s["found"], s["right"], s["printed"]) != (len(GOLD), len(GOLD), len(GOLD)):
            bad[variant] = (s["found"], s["right"], s["printed"], s["misses"][:3])
    assert bad == {}
    assert time.process_time() - t0 < 5


def test_renderings_are_what_converters_write():
    tables = mv.find_tables(REPORT, {g["line"] for g in GOLD})
    text, where = mv.render(REPORT, tables, "pipe_repeat")
    assert text[where[7] - 1] == "| Energy | Diesel for tugs | L | 12,300 | 11,950 | 10,870 |"
    text, where = mv.render(REPORT, tables, "html")
    assert text[where[6] - 1] == ('<tr><td rowspan="2">Energy</td><td>Electricity purchased</td><td>MWh</td>'
                                  "<td>4,210</td><td>4,388</td><td>4,502</td></tr>")
    text, where = mv.render(REPORT, tables, "split_bare")
    assert "ESG Report | 57" in text[where[6]:where[9]] and text[where[5] - 1].startswith("| Category |")
    text, where = mv.render(REPORT, tables, "nyeon")
    assert text[where[5] - 1] == "| Category | Item | Unit | 2022년 | 2023년 | 2024년 |"
