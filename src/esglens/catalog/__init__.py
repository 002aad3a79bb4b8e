"""Metric catalog and unit normalization.

`annotate(facts, doc)` gives every fact its canonical metric (or None when unsure) with the reason,
and its value in the metric's canonical unit (or a flag saying why not). `unit_fits` tells the
consistency checker whether a printed unit can measure a metric at all.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Document, Fact
from .examples import Example, from_settings, load_examples
from .mapper import Mapper, mapper_for, match_fact
from .match import Match
from .metrics import Catalog, Metric, get_metric, load_catalog
from .normalize import fit, normalize, read_unit
from .segments import parts_of_group, parts_of_valued_parent
from .series import PERCENT_MAX, own_series, told_apart
from ..core.units import Unit, convert, parse_unit

__all__ = ["annotate", "unit_fits", "match_fact", "Match", "load_catalog", "get_metric", "Catalog",
           "Metric", "parse_unit", "convert", "Unit", "normalize_fact", "Example", "load_examples",
           "from_settings", "Mapper", "mapper_for"]


WATER_NOTE = "water printed as a mass: 1 t read as 1 m³"


def normalize_fact(fact: Fact) -> None:
    """Set value_normalized, unit_normalized and norm_flag from the fact's metric and printed unit.

    A water figure printed in tonnes is converted on the assumption 1 t = 1 m³; the metric reason says so.
    """
    m = get_metric(fact.metric) if fact.metric else None
    u = parse_unit(fact.unit or "")
    n = normalize(fact.value, u, fact.unit or "", m)
    fact.value_normalized, fact.unit_normalized, fact.norm_flag = n.value, n.unit, n.flag
    if n.value is not None and m is not None and m.water and u is not None and u.dim == "mass" \
            and WATER_NOTE not in (fact.metric_reason or ""):
        fact.metric_reason = f"{fact.metric_reason}; {WATER_NOTE}" if fact.metric_reason else WATER_NOTE


def annotate(facts: list[Fact], doc: Document | None = None, mapper: Mapper | None = None) -> list[Fact]:
    """Set metric, metric_reason, value_normalized, unit_normalized, norm_flag in place; return the list.

    `mapper` (default: the shipped catalog and examples) decides the metrics; `mapper_for(examples)`
    adds a run's own examples."""
    mapper = mapper or mapper_for()
    shared = _shared_labels(facts)
    series = told_apart([f for f in facts if id(f) in shared])
    mapped = []
    for f in facts:
        if f.metric is None and id(f) in series:
            # a chart's amount and its ratio under one title: the value beyond any percentage is the amount's
            # (a title that is the shared label names both series: not the context of one)
            title = None if (f.table_title or '').strip() == (f.label or '').split(' > ')[-1].strip() else f.table_title
            mt = mapper.match(replace(f, label=series[id(f)], table_title=title), doc)
            f.metric = mt.metric.id if mt.metric else None
            f.metric_reason = (f"the title names two series, an amount and a ratio: the value "
                               f"{'beyond' if abs(f.value) > PERCENT_MAX else 'within'} {PERCENT_MAX:g} is "
                               f"'{series[id(f)].split(' > ')[-1]}': {mt.reason}")
        elif f.metric is None and id(f) in shared:
            # two figures of one table under one name and year (a chart's series told apart only by
            # colour): the name cannot say which one a metric would be
            f.metric_reason = "abstain: the same label and year name several values in this table"
        elif f.metric is None and (own := own_series(f.label)):
            # one series of a two-series chart, already a row of its own: the title naming both is not its context
            title = None if (f.table_title or "").strip() == f.label.split(" > ")[-2].strip() else f.table_title
            mt = mapper.match(replace(f, label=own, table_title=title), doc)
            f.metric = mt.metric.id if mt.metric else None
            f.metric_reason = f"one series of a chart titled with two: read as '{own}': {mt.reason}"
            mapped.append(f)
        elif f.metric is None:
            mt = mapper.match(f, doc)
            f.metric = mt.metric.id if mt.metric else None
            f.metric_reason = mt.reason
            mapped.append(f)
    parts_of_group(mapped, doc, mapper.match)
    parts_of_valued_parent(mapped)
    for f in facts:
        normalize_fact(f)
    return facts


def unit_kind(printed: str | None) -> str:
    """What kind of figure a printed unit makes a row: a share ('%'), a ratio of two amounts, an amount of
    one dimension, or nothing said (no unit, or one we cannot read)."""
    u = read_unit(printed or "")
    if u is None or (u.expr is None and u.den is None):
        return ""
    return "ratio of" if u.is_ratio else (u.dim or "")


def _shared_labels(facts: list[Fact]) -> set[int]:
    """Table cells whose table, label, year and column they share with a cell of another value (facts
    read from sentences inside a table's cells have no column and are left to the mapper). Two rows whose
    units are of different kinds (a head count and a '%') are two figures the unit tells apart; a row with
    no unit is told apart only from rows whose unit says something."""
    groups: dict[tuple, set] = {}
    cells = [f for f in facts if f.source == "table" and f.table_id is not None and f.column]
    for f in cells:
        groups.setdefault((f.table_id, f.label, f.year, f.column, unit_kind(f.unit)), set()).add(f.value)
    return {id(f) for f in cells if len(groups[(f.table_id, f.label, f.year, f.column, unit_kind(f.unit))]) > 1}


def unit_fits(metric_id: str, unit_str: str) -> bool | None:
    """Can `unit_str` (as printed) measure `metric_id`? None when unknown metric or unit, or no unit."""
    m = get_metric(metric_id)
    if m is None:
        return None
    return fit(m, parse_unit(unit_str or ""))
