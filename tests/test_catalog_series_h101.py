"""A chart titled with two series, an amount and a ratio ("Revenue / Operating margin", bars and a line), read as
one label with two values a year (catalog/series.py): the value no percentage reaches is the amount's, the other the
ratio's; anything the values cannot tell apart stays abstained. Charts and names written for this test."""
from __future__ import annotations

from esglens.catalog import Mapper, annotate
from esglens.catalog.series import series_names, told_apart
from esglens.model import Fact


def _chart(title: str, pairs: list[tuple[float, ...]], years=(2019, 2020, 2021), table="t9") -> list[Fact]:
    out = []
    for year, values in zip(years, pairs):
        for v in values:
            out.append(Fact(value=v, raw=f"{v:,}", unit="", year=year, label=title, source="table",
                            column=f"FY{year}", table_id=table, table_title=title, page=4))
    return out


def _ids(facts):
    return [(f.value, f.metric) for f in facts]


def test_series_names():
    assert series_names("Revenue / Operating margin") == ("Revenue", "Operating margin")
    assert series_names("Ratio of R&D spending to revenue / R&D spending") == ("R&D spending", "Ratio of R&D spending to revenue")
    assert series_names("売上高／営業利益率") == ("売上高", "営業利益率")
    # both amounts (earnings per share is an amount), both ratios, or one name: no two series told apart
    assert series_names("Net income / Earnings per share") is None
    assert series_names("ROE / Equity ratio") is None
    assert series_names("Revenue") is None
    assert series_names("Scope 1 > CO2/CH4") is None


def test_amount_and_ratio_told_apart():
    facts = _chart("R&D spending / Ratio of R&D spending to revenue", [(212.4, 5.2), (230.0, 5.6), (6.1, 251.7)])
    annotate(facts, None, Mapper(examples=()))
    assert _ids(facts) == [(212.4, "econ.rd_investment"), (5.2, "econ.rd_pct_revenue"),
                           (230.0, "econ.rd_investment"), (5.6, "econ.rd_pct_revenue"),
                           (6.1, "econ.rd_pct_revenue"), (251.7, "econ.rd_investment")]
    assert "the value beyond 100 is 'R&D spending'" in facts[0].metric_reason


def test_negative_amounts_are_amounts():
    facts = _chart("Net sales / Ratio of sales abroad", [(-1520.0, -12.5), (1890.5, 31.0), (2040.0, 33.2)])
    annotate(facts, None, Mapper(examples=()))
    assert [m for _, m in _ids(facts)] == ["econ.revenue", None, "econ.revenue", None, "econ.revenue", None]


def test_values_that_could_be_either_stay_abstained():
    # an amount a percentage could be (10 t of waste, 98 % recycled): no value says which series it is
    small = _chart("Waste generated / Recycling rate", [(12.0, 97.5), (10.4, 98.1), (9.8, 98.6)])
    # a year with three values (a third series the title does not name)
    three = _chart("Net sales / Ratio of sales abroad", [(1500.0, 30.0), (1600.0, 31.0, 2.0), (1700.0, 32.0)],
                   table="t10")
    facts = small + three
    assert told_apart(facts) == {}
    annotate(facts, None, Mapper(examples=()))
    assert all(f.metric is None for f in facts)
    assert all(f.metric_reason.startswith("abstain: the same label and year") for f in facts)


def test_a_series_already_split_into_its_own_row_is_read_by_its_own_name():
    # a reader (legend colours) made each series a row under the title naming both: the ratio in the title is
    # no context of the amount's row, and the amount in it none of the ratio's (title and units written for the test)
    title = "Operating revenue / Ratio of revenue outside Europe"
    facts = [Fact(value=812.5, raw="812.5", unit="EUR million", year=2021, source="table", column="2021",
                  label=f"{title} > Operating revenue (EUR million)", table_id="c1", table_title=title, page=9),
             Fact(value=41.0, raw="41.0", unit="%", year=2021, source="table", column="2021",
                  label=f"{title} > Ratio of revenue outside Europe (%)", table_id="c1", table_title=title, page=9)]
    annotate(facts, None, Mapper(examples=()))
    assert facts[0].metric == "econ.revenue"
    assert "one series of a chart titled with two" in facts[0].metric_reason
    assert facts[1].metric is None          # no catalog metric for that share: abstain, not revenue


def test_own_series_only_for_a_leaf_naming_one_of_the_titles_two_series():
    from esglens.catalog.series import own_series
    assert own_series("A / B > A (t)") == "A (t)"
    assert own_series("Group > Sales / Margin > Margin") == "Group > Margin"
    assert own_series("Sales / Margin > Europe") is None       # a part of the title's figures, not a series
    assert own_series("Sales > Margin") is None
    assert own_series("Net sales") is None
