"""Which metric a fact reports: examples given for the run, the catalog's concepts, the nearest
labelled examples; None (with the best candidate and its score) when none is sure.

Order of evidence:
1. an example given for this run (`PipelineSettings.examples`, an analyst's correction) whose label
   is the fact's label path (or its last levels) decides;
2. the catalog's patterns (`match.pattern_match`): where words alone cannot say it, and the vetoes
   (changes, targets, a part of a breakdown) that rule every metric out;
3. the nearest shipped example or metric name (`nearest.py`) at least `NEAREST_MIN` similar, whose
   metric the printed unit can measure and which no equally near "no metric" example contradicts.
"""
from __future__ import annotations

from functools import lru_cache

from ..core.units import Unit, parse_unit
from ..model import Document, Fact
from .examples import Example, load_examples
from .match import Match, _own_unit, pattern_match
from .metrics import Catalog, Metric, load_catalog
from .nearest import NEAREST_MIN, ExampleIndex, Near, catalog_examples, concept_text, context_words, key_text, qualifier_only
from .normalize import fit, hard_mismatch
from .sentence import norm_text


# what kind of figure (a rate, a share, an intensity, which scope): the unit and the patterns decide
# those; a parent's word of this kind does not overrule a row that names its own subject
_KINDS = frozenset({"rate", "share", "intensity", "scope", "market-based", "location-based"})


class Mapper:
    """Maps facts to metrics with one catalog, one set of shipped examples and the run's examples."""

    def __init__(self, cat: Catalog | None = None, examples: tuple[Example, ...] | None = None,
                 run_examples: tuple[Example, ...] = ()):
        self.cat = cat or load_catalog()
        shipped = load_examples() if examples is None else examples
        self.index = ExampleIndex(tuple(shipped) + catalog_examples(self.cat))
        self.run = ExampleIndex(tuple(run_examples)) if run_examples else None

    def match(self, fact: Fact, doc: Document | None = None) -> Match:
        given = self._given(fact)
        if given is not None:
            return given
        found = pattern_match(fact, doc, self.cat)
        if found.metric is not None and fact.source == "table":
            return self._in_context(fact, found)
        if found.metric is not None or found.final or fact.source != "table" or fact.evidence:
            return found
        return self._nearest(fact, found)

    def _in_context(self, fact: Fact, found: Match) -> Match:
        """A pattern read the row; a parent that narrows it to what the metric is not ("From renewable
        sources > Electricity") makes it another figure: abstain."""
        levels = [p for p in (fact.label or "").split(" > ") if p.strip()]
        extra = (context_words(" ".join(levels[:-1])) - context_words(levels[-1]) - self._words_of(found.metric)
                 - _KINDS)
        if not extra:
            return found
        return Match(None, f"unmapped: {found.metric.id} matched the row, but its parents say "
                           f"{', '.join(sorted(extra))}, which {found.metric.id} is not ({found.reason})",
                     candidate=found.metric.id)

    def _words_of(self, m: Metric) -> frozenset[str]:
        return context_words(" ".join([m.id.replace(".", " ").replace("_", " "), m.name, *m.aliases]))

    def _given(self, fact: Fact) -> Match | None:
        if self.run is None:
            return None
        same = self.run.same(fact.label or "")
        if not same:
            return None
        e = same[-1]  # the last given wins: a later correction replaces an earlier one
        m = self.cat.get(e.metric) if e.metric else None
        if e.metric and m is None:
            return Match(None, f"unmapped: example from {e.source} names unknown metric '{e.metric}'",
                         final=True, source=e.source)
        what = m.id if m else "no metric"
        return Match(m, f"example from {e.source}: label '{e.label}' is {what}", final=True, source=e.source)

    def _nearest(self, fact: Fact, found: Match) -> Match:
        levels = [p for p in (fact.label or "").split(" > ") if p.strip()]
        leaf, own = _own_unit(levels[-1])
        u = own or parse_unit(fact.unit or "")
        parents = levels[:-1]
        split = bool(parents) and bool(self.cat.breakdown_parent.search(norm_text(parents[-1])))
        if split:   # "Scope 1 by gas > CH4": the row is a part; only its own words may name a metric
            queries = [] if qualifier_only(leaf) else [leaf]
        else:
            queries = [key_text(" > ".join([*parents, leaf]))]
            if parents and not qualifier_only(leaf):   # the subject in the parent: "Waste > Generated"
                queries.append(f"{parents[-1]} {leaf}")
        ctx = context_words(" > ".join([*parents, leaf]))
        tried: list[tuple[Near | None, float]] = []
        own_words = set(concept_text(leaf).split())
        for q in queries:
            # a query with the parent's words: the example must also say what the row itself says
            # ("Scope 1 > Italy" is not "Scope 1")
            best, none_score = self._best(q, u, ctx, set() if q == leaf else own_words)
            if best is not None and best[0].score >= NEAREST_MIN and none_score < best[0].score:
                n, m = best
                return Match(m, f"nearest example '{n.example.label}' from {n.example.source} "
                                f"(similarity {n.score:.0f}) is {m.id}; unit '{fact.unit or ''}' "
                                f"{'fits' if fit(m, u) else 'not checked'}", source=n.example.source,
                             score=round(n.score, 1))
            tried.append((best[0] if best else None, none_score))
        top, none_score = max(tried, key=lambda t: t[0].score if t[0] else -1.0, default=(None, 0.0))
        return _abstain(found, top, none_score)

    def _best(self, query: str, u: Unit | None, ctx: frozenset[str], must: set[str]):
        """The nearest example whose metric the unit can measure and whose label has the same context
        words as the fact's label path; and how near the nearest 'no metric' example before it is."""
        none_score = 0.0
        for n in self.index.nearest(query):
            if not n.example.metric:
                none_score = max(none_score, n.score)
                continue
            if ctx != context_words(n.example.label) or must - set(concept_text(n.example.label).split()):
                continue
            m = self._fitting(n.example.metric, u)
            if m is not None:
                return (n, m), none_score
        return None, none_score

    def _fitting(self, metric_id: str, u: Unit | None) -> Metric | None:
        """The metric, or its intensity when the row is printed in a ratio unit; None when the unit
        cannot measure it."""
        m = self.cat.get(metric_id)
        if m is None:
            return None
        if u is not None and u.is_ratio and m.dimension != "intensity":
            m = next((im for im in self.cat.metrics if im.intensity_of == m.id), m)
        if fit(m, u) is False or hard_mismatch(m, u):
            return None
        return m


def _abstain(found: Match, top: Near | None, none_score: float) -> Match:
    if top is None:
        return found
    e = top.example
    said = e.metric or "no metric"
    why = (f"; nearest example '{e.label}' from {e.source} is {said} (similarity {top.score:.0f}, "
           f"below {NEAREST_MIN:.0f} or contradicted or its unit does not fit)")
    if none_score and e.metric:
        why += f"; a 'no metric' example is {none_score:.0f} similar"
    return Match(None, found.reason + why, candidate=e.metric or None, score=round(top.score, 1))


@lru_cache(maxsize=4)
def _default(run: tuple[Example, ...] = ()) -> Mapper:
    return Mapper(run_examples=run)


def mapper_for(run_examples: tuple[Example, ...] = ()) -> Mapper:
    """The shared mapper with the shipped catalog and examples (and these run examples)."""
    return _default(tuple(run_examples))


def match_fact(fact: Fact, doc: Document | None = None, cat: Catalog | None = None) -> Match:
    """The metric of one fact with the shipped catalog and examples."""
    if cat is not None and cat is not load_catalog():
        return Mapper(cat).match(fact, doc)
    return mapper_for().match(fact, doc)
