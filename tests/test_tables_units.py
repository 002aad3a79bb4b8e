"""The unit of a table cell as the report prints it: the cell under a "Unit" heading, whatever word
it holds, on rows whose cells line up with the header's (tables/labels.py)."""
from __future__ import annotations

from esglens.document.build import build
from esglens.facts import extract_facts
from esglens.model import Document, TextLine


def _facts(text: str):
    lines = [TextLine(t, line=i) for i, t in enumerate(text.split("\n"), 1)]
    doc = build(Document(path="t.txt", name="t.txt", sha256="0", kind="text", lines=lines))
    return {(f.line, f.year): (f.value, f.unit, f.label) for f in extract_facts(doc) if f.source == "table"}


def test_any_word_under_the_unit_heading_is_the_unit():
    f = _facts("Topic\tMeasure\tUnit\t2021\t2022\n"
               "Community\tVolunteers at river clean-ups\tVolunteers\t310\t355\n"
               "Community\tGrievances logged by neighbours\tGrievance\t4\t2\n"
               "Community\tVillages with piped water\t/\t12\t15")
    assert f[(2, 2021)] == (310, "Volunteers", "Community > Volunteers at river clean-ups")
    assert f[(3, 2022)] == (2, "Grievance", "Community > Grievances logged by neighbours")
    assert f[(4, 2022)] == (15, "/", "Community > Villages with piped water")


def test_a_row_with_more_label_cells_than_the_header_keeps_its_own_unit():
    """A sub-row whose label runs into the column the header calls "Unit": the cell under the unit
    heading is a label there; the row's unit is the cell just before its values."""
    f = _facts("Area\tIndicator\tUnit\t2021\t2022\t2023\n"
               "Safety\tLost-time injuries\tCase\t5\t3\t2\n"
               "Safety\tContractors\tInjuries among contractors\tCase\t1\t0")
    assert f[(2, 2023)][1] == "Case"
    assert f[(3, 2023)] == (0, "Case", "Safety > Contractors > Injuries among contractors")


def test_a_slash_sub_label_is_not_part_of_the_label():
    f = _facts("Area\t\t\tUnit\t2022\t2023\n"
               "Staff leaving\tPeople who resigned\t/\tPerson\t88\t91")
    assert f[(2, 2023)] == (91, "Person", "Staff leaving > People who resigned")


def test_unit_from_a_stub_header_a_group_label_and_a_closing_in():
    """A stub header that is a unit ("Megalitres") holds for every row without its own; a group label's
    bracket ("(in megawatt hours)") for the rows under it; "... in gigajoules" closing a label for its
    row; a substance's formula in brackets is no unit."""
    f = _facts("Megalitres\t2022\t2023\n"
               "Water drawn\t41.2\t39.8\n"
               "Heat bought from the district network in gigajoules\t812\t790\n"
               "Electricity use (in megawatt hours)\t\t\n"
               "(a) Grid supply\t1,020\t988\n"
               "(b) On-site solar\t64\t71")
    assert f[(2, 2023)][1] == "Megalitres"
    assert f[(3, 2023)][1] == "gigajoules"
    assert f[(5, 2022)][1] == "megawatt hours" and f[(6, 2023)][1] == "megawatt hours"
    g = _facts("Tonnes\t2022\t2023\nof which sulphur hexafluoride (SF6)\t0.01\t0.02\nMethane (CH4)\t1.2\t1.1")
    assert g[(2, 2022)][1] == "Tonnes" and g[(3, 2023)][1] == "Tonnes"
    assert _facts("Site\t2022\t2023\nLeaks of nitrous oxide (N2O)\t3\t2")[(2, 2022)][1] == ""


def test_a_unit_heading_in_the_stub_is_no_unit():
    f = _facts("Unit\t2022\t2023\nWaste sent to landfill\t12\t9")
    assert f[(2, 2023)][1] == ""


def test_a_form_asking_to_specify_the_unit_names_a_unit_column():
    f = _facts("Parameter\tPlease specify unit\tFY 2023\tFY 2024\n"
               "Ammonia\tTonnes per year (all plants)\t4.1\t3.9")
    assert f[(2, 2024)] == (3.9, "Tonnes per year (all plants)", "Ammonia")


def test_a_note_marker_after_a_unit_in_a_value_cell_is_no_part_of_it():
    from esglens.tables.values import is_value_cell
    p = is_value_cell("3.75 MWh per Full Time Employee (FTE)*")
    assert p.value == 3.75 and p.unit == "MWh per Full Time Employee (FTE)" and p.footnotes == ["*"]
