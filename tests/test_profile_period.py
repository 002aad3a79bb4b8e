"""The reporting period the report states and the year its own labels give it (profile/period.py), and the
facts' report year that follows it; constructed texts in wordings the sample reports do not use."""
from __future__ import annotations

import pytest

from esglens.facts.extract import extract_all
from esglens.profile import build_profile
from esglens.read import load


def _load(tmp_path, text: str):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return load(str(path))


@pytest.mark.parametrize("text,start,end,year", [
    # a southern-hemisphere fiscal year, no label anywhere: the year it ends
    ("Harbour Water Trust\n\nThis document reports on our financial year 1 July 2032 – 30 June 2033.\n",
     "2032-07-01", "2033-06-30", 2033),
    # months only
    ("Kestrel Mills plc\n\nThe reporting period runs April 2030 to March 2031 for all sites.\n",
     "2030-04-01", "2031-03-31", 2031),
    # day-first numeric dates in a form's row
    ("Vanta Metals Limited\n\nSection A\n\nItem\tAnswer\nFinancial year for which reporting is being done\t"
     "01-04-2029 to 31-03-2030\nName of the entity\tVanta Metals Limited\n\nIn FY2030 we grew. FY2030 closed well.\n",
     "2029-04-01", "2030-03-31", 2030),
    # a two-year label and no dates
    ("Oriel Rail Group\n\nThe period under review is fiscal year 2026/27.\n", None, None, 2027),
    ("Oriel Rail Group\n\nThis report covers the 2027 fiscal year of the group.\n", None, None, 2027),
])
def test_stated_period_and_its_year(tmp_path, text, start, end, year):
    p = build_profile(_load(tmp_path, text), [])
    assert (p["period"]["start"], p["period"]["end"], p["period"]["fiscal_year"]) == (start, end, year)
    assert p["report_year"]["value"] == year


JAPANESE = """Annual Review 2031

Results for the fiscal year ended March 31, 2031.

In FY2030 sales of heat pumps grew. FY2030 was a good year; FY2030 orders rose.

Outlook

Item\tFY2029\tFY2030\tFY2032 (plan)
Net sales (billion yen)\t120.5\t131.2\t150.0
Operating profit (billion yen)\t8.1\t9.4\t12.0

The plan for FY2031 is set.
"""


def test_a_fiscal_year_labelled_by_its_start_year_and_a_plan_column(tmp_path):
    """The year ends in March 2031 and the report calls it FY2030: the facts' year is 2030, not the plan
    column's 2032 (the latest table year) nor 2031."""
    doc = _load(tmp_path, JAPANESE)
    facts = extract_all(doc)
    assert doc.report_year == 2030
    p = build_profile(doc, facts)
    assert (p["period"]["end"], p["period"]["fiscal_year"], p["report_year"]["value"]) == ("2031-03-31", 2030, 2030)
    assert {f.year for f in facts if f.value in (131.2, 150.0)} == {2030, 2032}


def test_no_stated_period_falls_back_to_the_tables(tmp_path):
    doc = _load(tmp_path, "Dune Energy\n\nFigures\n\nItem\t2033\t2034\nSales\t1.5\t2.5\nCost\t1.0\t1.2\n")
    extract_all(doc)
    assert doc.report_year == 2034
