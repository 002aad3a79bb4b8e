"""The implied-factor check: Scope 2 over purchased electricity against the grid factors a report cites."""
from __future__ import annotations

import pytest

from esglens.checks.implied_factor import cited_factor_sets, published_range
from esglens.pipeline import analyze

from conftest import sample

TABLE = """# Climate data

Indirect emissions were computed with the provincial grid emission factors for 2022 released by the
Ministry of Ecology and Environment.

| Indicator | Unit | 2022 | 2023 |
|---|---|---|---|
| Purchased electricity | MWh | {e22} | {e23} |
| Scope 2 GHG emissions | tCO2e | {s22} | {s23} |
"""


def _findings(tmp_path, text):
    p = tmp_path / "r.md"
    p.write_text(text, encoding="utf-8")
    res = analyze(str(p), only=("checks",))
    return [f for f in res.findings if f.kind == "implied_factor"]


def test_factor_within_the_published_range_is_quiet(tmp_path):
    # 10,000 MWh x 0.5366 = 5,366 t; 12,000 MWh x 0.6849 (Inner Mongolia) = 8,218.8 t
    assert _findings(tmp_path, TABLE.format(e22="10,000", s22="5,366", e23="12,000", s23="8,218.8")) == []


def test_factor_above_every_published_one_is_found(tmp_path):
    # 2023: 12,000 MWh and 12,180 t imply 1.015 t/MWh, above Hebei's 0.7252, the highest of 2022
    found = _findings(tmp_path, TABLE.format(e22="10,000", s22="5,366", e23="12,000", s23="12,180"))
    assert [f.year for f in found] == [2023]
    assert "1.015 tCO2/MWh" in found[0].message and "0.7252" in found[0].message


def test_no_cited_factor_set_abstains(tmp_path):
    text = TABLE.format(e22="10,000", s22="5,366", e23="12,000", s23="12,180").replace(
        "Ministry of Ecology and Environment", "our consultants")
    assert _findings(tmp_path, text) == []


def test_heat_in_scope2_abstains(tmp_path):
    text = TABLE.format(e22="10,000", s22="5,366", e23="12,000", s23="12,180") + "\nScope 2 covers purchased heat and electricity.\n"
    assert _findings(tmp_path, text) == []


def test_published_range_of_a_cited_year_we_do_not_hold_is_none():
    assert published_range({("CN", 2015)}) is None
    lo, hi, names = published_range({("CN", 2022)})
    assert (lo, hi) == (0.1073, 0.7252) and "CN-HE 2022" in names


@pytest.mark.parametrize("name, cited", [("kstar", {("CN", 2022)}), ("jlmag", {("CN", 2022)}), ("calb", set())])
def test_sample_reports(name, cited):
    res = analyze(str(sample(name)), only=("checks",))
    assert cited_factor_sets(res.document) == cited
    # KSTAR 27,525.89 t / 51,200.12 MWh = 0.5376; JL MAG 0.5703, 0.2817 (green power), 0.4308: all within
    # 0.1073-0.7252; CALB names no factor set: the check abstains
    assert [f for f in res.findings if f.kind == "implied_factor"] == []


def test_a_year_held_only_in_part_gives_no_bound():
    # 2021: only the national factors are held, not the provinces' spread: no range to compare with
    assert published_range({("CN", 2021)}) is None
    assert published_range({("UK", 2023)})[:2] == (0.20707, 0.20707)
