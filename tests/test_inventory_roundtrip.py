"""Round trip: the annex esglens writes is read back by esglens extract / check, figure for figure."""
from __future__ import annotations

import pytest

from esglens.pipeline import analyze
from esglens.produce import activity, factors, inventory
from esglens.produce.annex import LAYOUTS, build_annex
from esglens.produce.index import content_index
from esglens.produce.render import annex_html, annex_markdown, annex_table

ACTIVITY = """site,period,activity,quantity,unit,instrument,grid
Mill,2023,natural gas,"52,000",m³,,CN
Mill,2023,diesel (vehicles),"8,400",L,,CN
Mill,2023,electricity,"3,150,000",kWh,,CN
Mill,2023,HFC-134a,12,kg,,CN
Mill,2023,water,"41,800",m³,,CN
Mill,2023,wastewater discharged,"30,100",m³,,CN
Mill,2023,hazardous waste,18.4,t,,CN
Mill,2023,non-hazardous waste,"212",t,,CN
Mill,2024,natural gas,"49,500",m³,,CN
Mill,2024,diesel (vehicles),"7,900",L,,CN
Mill,2024,gasoline,"1,200",L,,CN
Mill,2024,electricity,"2,400,000",kWh,,CN
Mill,2024,electricity,"900,000",kWh,green power,CN
Mill,2024,solar,"180,000",kWh,,CN
Mill,2024,R-410A,7.5,kg,,CN
Mill,2024,water,"39,200",m³,,CN
Mill,2024,wastewater discharged,"28,700",m³,,CN
Mill,2024,hazardous waste,16.9,t,,CN
Mill,2024,non-hazardous waste,"198.5",t,,CN
"""


@pytest.fixture(scope="module")
def inv(tmp_path_factory):
    p = tmp_path_factory.mktemp("act") / "activity.csv"
    p.write_text(ACTIVITY, encoding="utf-8")
    dens = {2023: inventory.Denominator(52_000, "RMB 10,000"), 2024: inventory.Denominator(58_500, "RMB 10,000")}
    return inventory.build(activity.read_activity(p), factors.load(), None, dens)


def _annex_file(inv, layout, tmp_path, seed=None, kind="md"):
    annex = build_annex(inv, layout)
    text = (annex_markdown if kind == "md" else annex_html)(annex, content_index(annex))
    if seed:
        text = seed(text)
    p = tmp_path / f"annex-{layout}.{kind}"
    p.write_text(text, encoding="utf-8")
    return annex, p


@pytest.mark.parametrize("kind", ["md", "html"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_annex_reads_back_figure_for_figure(inv, layout, kind, tmp_path):
    annex, path = _annex_file(inv, layout, tmp_path, kind=kind)
    res = analyze(str(path), only=("checks", "index"))
    head, body = annex_table(annex)
    got = {(f.metric, f.year, f.unit, f.raw) for f in res.facts if f.source == "table"}
    expected = {(r.metric, y, r.unit, cells[3 + i]) for r, cells in zip(annex.rows, body)
                for i, y in enumerate(annex.years)}
    assert len(annex.rows) >= 10
    assert expected <= got, expected - got
    assert not [f for f in res.facts if f.metric is None and f.source == "table"]
    assert res.findings == [], [f.message for f in res.findings]
    # the generated content index reads back as an index: codes covered, the rest omitted
    covered = {e.code for e in res.index_entries if e.status == "reported"}
    assert covered and all(e.framework == annex.framework for e in res.index_entries)


def test_seeded_error_in_annex_is_found(inv, tmp_path):
    def seed(text):   # purchased electricity printed a third of what the Scope 2 figure was made from
        row = next(line for line in text.splitlines() if "| Purchased electricity |" in line)
        return text.replace(row, row.replace("| 3,300.00 |", "| 1,100.00 |"))
    _, path = _annex_file(inv, "hkex", tmp_path, seed)
    res = analyze(str(path), only=("checks",))
    assert [f.kind for f in res.findings] == ["implied_factor"]
    assert res.findings[0].year == 2024


def test_html_annex_escapes_text(inv):
    annex = build_annex(inv, "gri")
    annex.rows[0].label = "<script>alert(1)</script>"
    out = annex_html(annex)
    assert "<script>" not in out and "&lt;script&gt;" in out


def test_xlsx_annex_holds_numbers(inv, tmp_path):
    import openpyxl
    from esglens.produce.render import annex_xlsx
    annex = build_annex(inv, "szse")
    annex_xlsx(tmp_path / "a.xlsx", annex, inv, content_index(annex))
    wb = openpyxl.load_workbook(tmp_path / "a.xlsx")
    ws = wb["KPI annex"]
    row = next(r for r in ws.iter_rows(values_only=True) if r[1] == "Scope 1 GHG emissions")
    assert row[3] == pytest.approx(inv.totals[2023]["scope1_t"]) and row[4] == pytest.approx(inv.totals[2024]["scope1_t"])
    assert {"KPI annex", "Inventory", "Content index"} <= set(wb.sheetnames)


@pytest.mark.parametrize("old, new, kind", [
    ("| 1,917.65 |", "| 1,971.65 |", "sum_mismatch"),        # Scope 1 and 2 total, two digits swapped
    ("| 215.40 |", "| 251.40 |", "sum_mismatch"),            # total waste
    ("| 0.03278 |", "| 0.03728 |", "intensity_mismatch"),    # GHG intensity
])
def test_seeded_total_and_intensity_errors_are_found(inv, tmp_path, old, new, kind):
    annex, path = _annex_file(inv, "hkex", tmp_path)
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    res = analyze(str(path), only=("checks",))
    assert kind in {f.kind for f in res.findings} and all(f.year == 2024 for f in res.findings)
