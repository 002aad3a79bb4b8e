"""The typed contracts of esglens's registered parts: readers, stages and checks.

A *reader* turns a file into a `Document`; a *stage* reads the per-report `Context` and fills one slot
of the `ReportResult`; a *check* reads the checks' shared context and returns findings. Each is a small
frozen object, registered through `esglens.core.registry` exactly as a third-party plugin would be.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..model import Document, Finding, ReportResult


@dataclass(frozen=True)
class Reader:
    """Reads one kind of file. `sniff` looks at the first bytes when the suffix does not decide."""
    name: str
    suffixes: tuple[str, ...]
    read: Callable[[str], Document]
    sniff: Callable[[bytes], bool] | None = None
    description: str = ""

    def accepts(self, path: str, head: bytes) -> bool:
        low = path.lower()
        return any(low.endswith(s) for s in self.suffixes) or bool(self.sniff and self.sniff(head))


@dataclass(frozen=True)
class Stage:
    """One step of the pipeline: needs the named stages, fills `slot` of the result with run(ctx)."""
    name: str
    slot: str
    run: Callable[["Context"], Any]
    needs: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Check:
    """One consistency rule: a kind, what it looks for, and a function from the checks' context to findings."""
    kind: str
    description: str
    run: Callable[[Any], list[Finding]]


@dataclass
class Context:
    """What one report's stages share: the document, the result filled so far, values computed once.

    Stages read `doc` and the slots of `result` that their `needs` filled; `shared(key, make)` computes a
    value (sentences, rows, the report year) the first time a stage asks and hands the same object to
    every later one. `deadline` (a `time.perf_counter()` value) lets a long stage give up in time.
    """
    doc: Document
    result: ReportResult
    deadline: float | None = None
    _memo: dict = field(default_factory=dict)

    def shared(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    def time_left(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.perf_counter()

    @property
    def report_year(self) -> int | None:
        """The year the report covers: the stated period once the profile has read it, else the tables'."""
        return self.result.report_year or self.doc.report_year
