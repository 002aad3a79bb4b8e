"""Named settings: every tolerance and limit with its default in one place, validated, overridable.

pdfplumber's `TableSettings` is the model: a frozen dataclass whose fields are the defaults, checked on
construction; `settings.replace(time_budget=5)` gives a changed copy, `Settings.from_mapping(d)` reads a
user's overrides and names any field it does not know.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, TypeVar

S = TypeVar("S", bound="Settings")


class Settings:
    """Base for settings dataclasses: validation and overrides. Subclasses are frozen dataclasses."""

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            low, high = f.metadata.get("min"), f.metadata.get("max")
            if value is None:
                continue
            if low is not None and value < low or high is not None and value > high:
                raise ValueError(f"setting {f.name}={value!r} is outside [{low}, {high}]")

    def replace(self: S, **changes: Any) -> S:
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]

    @classmethod
    def from_mapping(cls: type[S], values: Mapping[str, Any]) -> S:
        known = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"unknown {cls.__name__} setting(s): {', '.join(unknown)}")
        return cls(**values)  # type: ignore[call-arg]

    def describe(self) -> list[tuple[str, Any, str]]:
        """(name, value, what it means) for every setting."""
        return [(f.name, getattr(self, f.name), f.metadata.get("doc", ""))
                for f in dataclasses.fields(self)]  # type: ignore[arg-type]


def setting(default: Any, doc: str, *, min: float | None = None, max: float | None = None) -> Any:
    """A settings field with its meaning and bounds."""
    kwargs: dict[str, Any] = {"metadata": {"doc": doc, "min": min, "max": max}}
    if isinstance(default, (set, frozenset, list, dict)):
        kwargs["default_factory"] = lambda: default
    else:
        kwargs["default"] = default
    return dataclasses.field(**kwargs)


@dataclasses.dataclass(frozen=True)
class PipelineSettings(Settings):
    time_budget: float | None = setting(
        120.0, "seconds one report may take; a report over it ends 'partial' with the stages that finished",
        min=0.1)
    disabled_checks: frozenset[str] = setting(frozenset(), "check names not run (listed by `esglens parts`)")
    disabled_stages: frozenset[str] = setting(frozenset(), "stages not run, with everything that needs them")
    doubtful_findings: bool = setting(
        False, "also keep findings with incomplete evidence or low confidence (hidden by default)")
    examples: tuple[tuple[str, str, str | None, str], ...] = setting(
        (), "extra labelled examples for this run, (label path ' > ' joined, metric id or '' for none, "
            "unit as printed or None, source): a label equal to one of them gets its metric, before the catalog")


PIPELINE = PipelineSettings()
