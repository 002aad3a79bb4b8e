"""A fiscal-year label named as a coming year ("Forecast for FY2025", "FY2025 target") is no name of the stated
period: a year ending in March is named by the labels of its results only (profile/period._fy_label). Wordings
no report uses."""
from __future__ import annotations

import pytest

from esglens.profile.period import front_period_year


@pytest.mark.parametrize("lines, year", [
    # the year ended March 2025 is the company's FY2024: its forecast for FY2025 does not tie the count
    (["Corporate Review", "For the year ended March 31, 2025", "Results of FY2024 at a glance",
      "Outlook for FY2025"], 2024),
    (["Corporate Review", "For the year ended March 31, 2025", "FY2024 results", "FY2025 targets by segment"], 2024),
    (["Corporate Review", "For the year ended March 31, 2025", "FY2024 results", "2025年度計画"], 2024),
    # a company naming its year by its end: the results say FY2025
    (["Corporate Review", "For the year ended March 31, 2025", "FY2025 results", "Plan for FY2026"], 2025),
])
def test_a_forecast_year_does_not_name_the_period(lines, year):
    assert front_period_year(lines) == year


def test_without_the_rule_the_forecast_would_tie():
    # the same lines with the forecast reworded as a result: a tie, and the period's end year
    lines = ["Corporate Review", "For the year ended March 31, 2025", "Results of FY2024", "Results of FY2025"]
    assert front_period_year(lines) == 2025
