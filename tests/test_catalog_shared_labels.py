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


def test_part_markers_are_fillers():
    """'of which', 'thereof', 'including' and 'from' never tell two metrics apart (wordings of our own)."""
    for label, unit, want in [("Water withdrawal > including: groundwater", "m³", "water.withdrawal_groundwater"),
                              ("Water withdrawn > of which: municipal supply", "m³", "water.withdrawal_third_party"),
                              ("Waste generated > thereof hazardous waste", "t", "waste.hazardous")]:
        f = Fact(value=1.0, raw="1", unit=unit, year=2022, label=label, source="table", line=1, page=None,
                 table_id="T1", column="2022")
        annotate([f])
        assert f.metric == want, label
