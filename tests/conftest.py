"""Shared fixtures: the sample corpus in ../shared (skip with a reason when it is absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REPORTS = SHARED / "corpus" / "reports"
GOLD = SHARED / "eval" / "gold"


def sample(name: str) -> Path:
    path = REPORTS / f"{name}-2024-esg-report.txt"
    if not path.exists():
        pytest.skip(f"../shared sample report {path.name} not present")
    return path


@pytest.fixture(scope="session")
def analyzed():
    """Facts of each sample report, computed once per test session."""
    from esglens.facts import extract_facts
    from esglens.read import load

    cache: dict[str, list] = {}

    def get(name: str):
        if name not in cache:
            cache[name] = extract_facts(load(str(sample(name))))
        return cache[name]

    return get
