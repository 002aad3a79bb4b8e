"""Two figures of one table under one label, year and column (a chart's two series told apart only by
colour) get no metric: the label cannot say which one it would be. Labels of our own."""
from esglens.catalog import annotate
from esglens.model import Fact


def cell(value, label="Scope 1 GHG emissions", year=2022, column="FY2022", table="p9-t2"):
    return Fact(value=value, raw=str(value), unit="tCO2e", year=year, label=label, source="table",
                line=None, page=9, table_id=table, column=column)


def test_one_label_two_values_abstains():
    a, b = cell(1200.0), cell(87.0)
    annotate([a, b])
    assert a.metric is None and b.metric is None
    assert "same label" in a.metric_reason


def test_distinct_labels_or_years_still_map():
    a, b = cell(1200.0), cell(1150.0, year=2021, column="FY2021")
    annotate([a, b])
    assert a.metric == "ghg.scope1" and b.metric == "ghg.scope1"
