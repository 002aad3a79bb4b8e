"""Labelled examples: a label path as printed and the metric it reports, with the report it came from.

The contract other modules code against (issue 13):

- `Example(label, metric, unit=None, source="")`: `label` is the label path as printed, levels joined
  with ' > '; `metric` is a catalog id, or "" for "this label has no catalog metric"; `unit` the unit
  as printed; `source` where the example comes from (a report's key name, "analyst", ...).
- `load_examples(exclude=())`: every example shipped in `data/examples/*.yaml` (generated from the
  answer keys by `tools/make_examples.py`), minus those whose source is in `exclude` (leave one
  report out).
- `from_settings(rows)`: examples given for one run as `PipelineSettings.examples`, a tuple of
  (label, metric, unit, source) tuples. They are consulted before anything else: an analyst's
  correction of a label decides that label.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..core import vocab


@dataclass(frozen=True)
class Example:
    label: str
    metric: str
    unit: str | None = None
    source: str = ""


@lru_cache(maxsize=1)
def _shipped() -> tuple[Example, ...]:
    out: list[Example] = []
    for name in vocab.names("examples"):
        data = vocab.load(name) or {}
        source = str(data.get("source") or name.rsplit("/", 1)[-1].removesuffix(".yaml"))
        for row in data.get("examples") or ():
            label, metric, unit = (list(row) + [None, None])[:3]
            out.append(Example(str(label), str(metric or ""), None if unit in (None, "") else str(unit), source))
    return tuple(out)


def load_examples(exclude: Iterable[str] = ()) -> tuple[Example, ...]:
    """The shipped examples, without those whose source is in `exclude`."""
    drop = set(exclude)
    return tuple(e for e in _shipped() if e.source not in drop)


def from_settings(rows: Iterable[tuple]) -> tuple[Example, ...]:
    """`PipelineSettings.examples` rows (label, metric, unit, source) as examples; a row of the wrong
    shape is a ValueError naming it."""
    out = []
    for row in rows:
        if not isinstance(row, (tuple, list)) or len(row) != 4 or not isinstance(row[0], str):
            raise ValueError(f"an example must be (label, metric, unit, source), got {row!r}")
        label, metric, unit, source = row
        out.append(Example(label, str(metric or ""), unit or None, str(source or "settings")))
    return tuple(out)
