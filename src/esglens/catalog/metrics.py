"""The metric catalog: canonical metric ids with names, dimensions, units, patterns, framework codes.

The data is data/metrics.yaml (package data); this module only loads and compiles it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..core import vocab
from ..core.prefilter import gate

DIMENSIONS = ("ghg", "energy", "volume", "mass", "count", "currency", "ratio", "time", "score",
              "intensity", "any")


@dataclass(frozen=True)
class Metric:
    id: str
    name: str
    definition: str
    dimension: str
    unit: str
    patterns: tuple[re.Pattern, ...]
    loose: tuple[re.Pattern, ...]       # the patterns without ^/$ anchors, for sentences
    sentence: tuple[re.Pattern, ...] = ()  # patterns written for sentences, '#' marking the number
    veto: tuple[re.Pattern, ...] = ()
    veto_parent: tuple[re.Pattern, ...] = ()
    numerator: str | None = None        # intensities: the numerator's dimension
    water: bool = False                 # a mass printed for it is water: 1 t = 1 m³
    fuel: bool = False                  # may be printed as the amount burnt (t, m³, L), not as energy
    pint: str | None = None             # canonical pint expression when not the dimension's default
    intensity_of: str | None = None
    share_of: str | None = None         # a share: rows of this metric printed in % are it
    per_person: bool = False            # an average per head: its amount per person ("h/person") fits too
    frameworks: dict[str, str] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()       # other words for the metric (English, Chinese): concept examples

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "definition": self.definition,
                "dimension": self.dimension, "numerator": self.numerator, "unit": self.unit,
                "frameworks": dict(self.frameworks), "patterns": [p.pattern for p in self.patterns]}


@dataclass(frozen=True)
class Catalog:
    metrics: tuple[Metric, ...]
    veto_all: tuple[re.Pattern, ...]
    generic_leaves: re.Pattern
    breakdown_parent: re.Pattern

    def get(self, metric_id: str) -> Metric | None:
        return _index(self).get(metric_id)

    def vetoes(self, text: str) -> bool:
        """Does a catalog-wide veto (veto_all) match `text`? Kept per text: the values of one row and the
        numbers of one sentence ask it of the same texts."""
        memo = _VETOES.get(id(self))
        if memo is None or memo[0] is not self:
            if len(_VETOES) >= 16:
                _VETOES.clear()
            # (each pattern behind its word gate, core.prefilter: not run on a text lacking all its words)
            memo = _VETOES[id(self)] = (self, {}, tuple(gate(p) for p in self.veto_all))
        seen = memo[1]
        if text not in seen:
            if len(seen) >= 1 << 15:
                seen.clear()
            seen[text] = any(p.search(text) for p in memo[2])
        return seen[text]


def _compile(items) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.I) for p in items or ())


def _unanchor(pattern: str) -> str:
    return re.sub(r"(?<!\\)\$(?=\)|'|$|\|)", "", re.sub(r"(^|\(\?:|\|)\^", r"\1", pattern))


def _metric(d: dict) -> Metric:
    if d["dimension"] not in DIMENSIONS:
        raise ValueError(f"metric {d['id']}: unknown dimension {d['dimension']!r}")
    return Metric(id=d["id"], name=d["name"], definition=d["definition"], dimension=d["dimension"],
                  unit=str(d["unit"]), patterns=_compile(d.get("patterns")),
                  loose=_compile(_unanchor(p) for p in d.get("patterns") or ()),
                  sentence=_compile(d.get("sentence")), veto=_compile(d.get("veto")),
                  veto_parent=_compile(d.get("veto_parent")),
                  numerator=d.get("numerator"), water=bool(d.get("water")), fuel=bool(d.get("fuel")), pint=d.get("pint"),
                  intensity_of=d.get("intensity_of"), share_of=d.get("share_of"),
                  per_person=bool(d.get("per_person")),
                    frameworks={k: str(v) for k, v in (d.get("frameworks") or {}).items()},
                  aliases=tuple(str(a) for a in d.get("aliases") or ()))


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    """The catalog shipped with esglens (data/metrics.yaml)."""
    data = vocab.load("metrics.yaml")
    metrics = tuple(_metric(d) for d in data["metrics"])
    ids = [m.id for m in metrics]
    if len(ids) != len(set(ids)):
        raise ValueError("metrics.yaml: duplicate metric id")
    return Catalog(metrics, _compile(data.get("veto_all")), re.compile(data["generic_leaves"], re.I),
                   re.compile(data["breakdown_parent"], re.I))


_INDEX: dict[int, dict[str, Metric]] = {}
_VETOES: dict[int, tuple[Catalog, dict[str, bool]]] = {}   # (the catalog held: its id is not reused)


def _index(cat: Catalog) -> dict[str, Metric]:
    key = id(cat)
    if key not in _INDEX:
        _INDEX[key] = {m.id: m for m in cat.metrics}
    return _INDEX[key]


def get_metric(metric_id: str) -> Metric | None:
    return load_catalog().get(metric_id)
