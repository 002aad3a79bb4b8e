"""Gates that keep a wrong metric id off a row (issue 13): a unit with a denominator the unit parser cannot
read is still a ratio (rule `read_unit`), so it never names an absolute amount. Labels and units written for
this test; no answer key holds them."""
from __future__ import annotations

import pytest

from esglens.catalog import Mapper
from esglens.catalog.normalize import fit, read_unit
from esglens.catalog.metrics import get_metric
from catalog_probe import metric_id


@pytest.fixture(scope="module")
def mapper():
    return Mapper()


# --- 1. an intensity is not its absolute amount -------------------------------------------------------
@pytest.mark.parametrize("label, unit", [
    ("Sulphur dioxide released", "kg SO2-eq./MWh produced"),
    ("NOx released to air", "t NO2 eq. per barrel of oil equivalent"),
    ("Water withdrawn", "m3 / unit of saleable product"),
    ("Scope 1 emissions", "t-CO2e 当たり生産量"),
])
def test_unreadable_denominator_is_no_absolute_amount(mapper, label, unit):
    assert metric_id(mapper, label, unit) is None


def test_unreadable_denominator_may_name_the_intensity(mapper):
    assert metric_id(mapper, "Total energy used", "GJ／出荷台数") == "energy.intensity"


@pytest.mark.parametrize("label, unit, metric", [
    ("Sulphur dioxide released", "kg SO2-eq.", "air.sox"),     # the same rows without the denominator
    ("NOx released to air", "tonnes", "air.nox"),
    ("Total energy used", "MWh", "energy.total"),
])
def test_same_rows_without_denominator_keep_their_id(mapper, label, unit, metric):
    assert metric_id(mapper, label, unit) == metric


@pytest.mark.parametrize("unit", ["MWh/yr", "t/a", "GJ per annum", "m3/年"])
def test_a_time_basis_is_not_a_denominator(unit):
    u = read_unit(unit)
    assert u is None or u.den is None or u.den.dim == "time"


def test_opaque_ratio_fits_intensity_not_amount():
    u = read_unit("t CO2eq (AR5)/kboe")
    assert u is not None and u.is_ratio
    assert fit(get_metric("ghg.scope1"), u) is False
    assert fit(get_metric("ghg.intensity"), u) is None


# --- 5. units: "MT" is a metric ton; an amount no company can have is a misread unit -------------------
@pytest.mark.parametrize("printed, tonnes", [("MT", 1.0), ("MT CO2e", 1.0), ("Mt CO2e", 1e6), ("kt", 1e3)])
def test_mt_is_metric_ton_mt_is_megatonne(printed, tonnes):
    from esglens.catalog.normalize import normalize
    n = normalize(2.0, read_unit(printed), printed, get_metric("ghg.scope1"))
    assert n.value == 2.0 * tonnes and n.unit == "tCO2e"


@pytest.mark.parametrize("value, printed, metric, ok", [
    (804_512.0, "Mt CO2-eq", "ghg.scope1", False),      # tonnes printed under a megatonne header
    (804_512.0, "t CO2-eq", "ghg.scope1", True),
    (4.1, "billion t CO2e", "ghg.scope3", True),             # 4.1e9 t: the largest value chains, still possible
    (72.0, "billion t CO2e", "ghg.scope3", False),
    (3.0e6, "TWh", "energy.total", False),
    (3.0e6, "GWh", "energy.total", True),
    (2.0e6, "million m3", "water.withdrawal", False),
])
def test_plausibility_bound(value, printed, metric, ok):
    from esglens.catalog.normalize import normalize
    n = normalize(value, read_unit(printed), printed, get_metric(metric))
    if ok:
        assert n.value is not None and n.flag is None
    else:
        assert n.value is None and n.flag.startswith("implausible:") and printed in n.flag


def test_implausible_fact_keeps_printed_value():
    from esglens.catalog import normalize_fact
    from esglens.model import Fact
    f = Fact(value=804_512.0, raw="804,512", unit="Mt CO2-eq", year=2022, label="Direct (Scope 1) GHG emissions",
             source="table", column="2022", metric="ghg.scope1")
    normalize_fact(f)
    assert (f.value, f.unit, f.value_normalized) == (804_512.0, "Mt CO2-eq", None)
    assert f.norm_flag.startswith("implausible:")


# --- 2. a row under a parent naming a part of the group (segment, product, site) ------------------------
def _table(rows: list[tuple[str, str]], column: str = "FY2023") -> list:
    from esglens.model import Fact
    return [Fact(value=float(i + 1), raw=str(i + 1), unit=u, year=2023, label=lab, source="table", column=column,
                 table_id="t9") for i, (lab, u) in enumerate(rows)]


def test_segment_rows_abstain_total_keeps_the_group_metric():
    from esglens.catalog import annotate
    facts = annotate(_table([("Healthcare Devices > Revenue", "EUR million"),
                             ("Industrial Automation > Revenue", "EUR million"),
                             ("Group total > Revenue", "EUR million")]))
    assert [f.metric for f in facts] == [None, None, "econ.revenue"]
    assert "names a part of the group" in facts[0].metric_reason


def test_product_lines_under_one_emissions_row_abstain():
    from esglens.catalog import annotate
    facts = annotate(_table([("Copper cathodes > Scope 1 and 2 emissions", "kt CO2e"),
                             ("Zinc concentrate > Scope 1 and 2 emissions", "kt CO2e"),
                             ("Consolidated > Scope 1 and 2 emissions", "kt CO2e")]))
    assert [f.metric for f in facts] == [None, None, "ghg.scope1_2"]


@pytest.mark.parametrize("rows, metrics", [
    # the parent names the figure: the row alone names none
    ([("Hazardous waste > Total", "t"), ("Non-hazardous waste > Total", "t")], ["waste.hazardous", "waste.non_hazardous"]),
    # the parents are a split of the population, not parts of the group
    ([("Women > Revenue", "EUR million"), ("Men > Revenue", "EUR million")], None),
    # one parent only: the row is the table's own figure
    ([("Our company > Revenue", "EUR million"), ("Our company > Net profit", "EUR million")], ["econ.revenue", "econ.net_profit"]),
])
def test_parents_that_are_no_parts(rows, metrics):
    from esglens.catalog import annotate
    facts = annotate(_table(rows))
    if metrics is None:   # whatever the mapper says, the part rule did not speak
        assert all("names a part of the group" not in (f.metric_reason or "") for f in facts)
    else:
        assert [f.metric for f in facts] == metrics


def test_whole_group_named_inside_a_japanese_parent():
    from esglens.catalog import annotate
    facts = annotate(_table([("産業廃棄物（国内事業所） > 再資源化率", "%"),
                             ("産業廃棄物（当社グループ合計） > 再資源化率", "%")]))
    assert facts[1].metric == "waste.recycling_rate"


# --- 3. a figure that leaves something out is not the whole metric --------------------------------------
@pytest.mark.parametrize("label, unit, whole", [
    ("Total employees excluding trainees and apprentices", "persons", "Total employees"),
    ("Waste generated (excl. construction debris)", "t", "Waste generated"),
    ("Water withdrawal exclusive of rainwater harvested", "m3", "Water withdrawal"),
    ("全従業員数（嘱託を除く）", "人", "全従業員数"),
    ("温室气体排放总量（不含范围三）", "tCO2e", "温室气体排放总量"),
])
def test_exclusion_is_a_part_not_the_metric(mapper, label, unit, whole):
    assert metric_id(mapper, whole, unit) is not None        # the whole names a metric ...
    assert metric_id(mapper, label, unit) is None            # ... the figure leaving a part out does not


def test_other_than_may_define_a_category(mapper):
    assert metric_id(mapper, "Consumption of energies other than electricity", "GJ") == "energy.direct"


# --- 4. one label and year twice in a table: the unit may tell the two figures apart --------------------
def test_count_and_share_under_one_label_are_told_apart_by_unit():
    from esglens.catalog import annotate
    from esglens.model import Fact
    rows = [Fact(value=v, raw=str(v), unit=u, year=2022, label="Staff under collective labour agreements",
                 source="table", column="2022", table_id="t4") for v, u in ((41_200.0, "headcount"), (77.5, "%"))]
    facts = annotate(rows)
    assert facts[1].metric == "workforce.collective_bargaining_pct"
    assert facts[0].metric is None   # a head count is not the share, and the catalog has no count metric
    assert "same label and year" not in (facts[0].metric_reason or "")


def test_same_label_same_kind_of_unit_still_abstains():
    from esglens.catalog import annotate
    from esglens.model import Fact
    rows = [Fact(value=v, raw=str(v), unit="%", year=2022, label="Staff under collective labour agreements",
                 source="table", column="2022", table_id="t4") for v in (77.5, 64.0)]
    assert [f.metric for f in annotate(rows)] == [None, None]


# --- a counted noun after a number in a sentence is no share or score ----------------------------------
def test_sentence_count_of_things_is_not_a_satisfaction_score():
    from esglens.catalog import match_fact
    from esglens.model import Fact
    f = Fact(value=1250.0, raw="1,250", unit="surveys", year=2023, source="narrative",
             label="surveys were sent out to measure customer satisfaction",
             evidence="In 2023, 1,250 surveys were sent out to measure customer satisfaction.")
    assert match_fact(f).metric is None
