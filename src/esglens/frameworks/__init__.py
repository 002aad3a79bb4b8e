"""Content indexes, declared frameworks and framework coverage."""
from __future__ import annotations

from .coverage import coverage, coverage_summary
from .declared import declared_frameworks
from .index import extract_index

__all__ = ["extract_index", "coverage", "coverage_summary", "declared_frameworks"]
