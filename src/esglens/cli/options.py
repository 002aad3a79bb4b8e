"""Options shared by several commands."""
from __future__ import annotations

import typer

from ..core.settings import PIPELINE

# the per-report time budget (PipelineSettings.time_budget) of `extract` and `check`
TIME_BUDGET = typer.Option(
    PIPELINE.time_budget, "--time-budget", envvar="ESGLENS_TIME_BUDGET", min=0.1, metavar="SECONDS",
    help="seconds one report may take: a report over it ends partial with the stages that finished, and "
         "says so on stderr (one whose reading alone outlasts it: one error line)")
