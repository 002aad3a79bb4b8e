"""Importing this module warms a process for ingest: the worker's task and its imports, the catalog, the
unit registry and the compiled patterns, by analysing one small constructed report.

The forkserver that local Dask workers fork from imports it once (`cluster.run(preload=...)`), so every
worker starts with that work done instead of doing it on its first report. It never raises: a failed
warm-up only means a cold worker.
"""
from __future__ import annotations

import os
import tempfile
import time

SAMPLE = """Example Holdings Sustainability Report 2024

Environmental performance

| Indicator | Unit | 2023 | 2024 |
| --- | --- | --- | --- |
| Scope 1 GHG emissions | tCO2e | 12,400 | 11,900 |
| Total energy consumption | MWh | 50,100 | 48,700 |
| Water withdrawal | m³ | 80,000 | 78,500 |
| Employees | people | 1,020 | 1,045 |

In 2024 the company employed 1,045 people and withdrew 78,500 m³ of water.
GRI 305-1 Direct (Scope 1) GHG emissions: page 3.
"""

SECONDS = 0.0  # how long the warm-up took in this process (0 when it did not run or failed)


def warm() -> float:
    """Analyse SAMPLE once and build its store rows; the seconds it took."""
    from .ingest import analyze_for_store

    t0 = time.perf_counter()
    fd, path = tempfile.mkstemp(prefix="esglens-warm-", suffix=".txt")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(SAMPLE)
        analyze_for_store(path)
    finally:
        os.remove(path)
    return time.perf_counter() - t0


try:
    SECONDS = warm()
except Exception:  # noqa: BLE001 — a cold worker still works
    SECONDS = 0.0
