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

import re
from dataclasses import replace
from functools import lru_cache

from ..core.units import Unit
from ..model import Document, Fact
from .ancestors import column_in_leaf, column_is_leaf, part_of_population, total_of_breakdown, total_of_population
from .context import read_under, subjectless
from .examples import Example, load_examples
from .lone import lone_part
from .label import bracketed_abbreviations, form_part, within_title_scope, without_formula, year_column
from .match import Match, _own_unit, pattern_match
from .own_name import own_name_pattern, without_own_name
from .metrics import Catalog, Metric, load_catalog
from .nearest import (NEAREST_MIN, SAME_LABEL, ExampleIndex, Near, catalog_examples, concept_text, context_words, key_text,
                      measure_only, qualifier_only)
from .normalize import fit, hard_mismatch, read_unit
from .sentence import norm_text
from .mapper_gates import (abstain, applies, caption, counted_in_percent, heading_only, is_share, named, parents_of,
                           same_scopes)
from .statement import amount_not_rate, read_as_row, statement_subject


# what kind of figure (a rate, a share, an intensity, which scope): the unit and the patterns decide
# those; a parent's word of this kind does not overrule a row that names its own subject
# concept words that make a percentage the figure itself ("gender pay ratio", "injury rate")
_SHARE = frozenset({"share", "rate", "intensity", "turnover_rate"})
_KINDS = frozenset({"rate", "share", "intensity", "scope", "market-based", "location-based"})
# words that name an amount without saying what of: a label naming its subject and at most three more
# words besides these is read by its unit ("Carbon efficiency index (Scope 1+2)"); a longer one names a
# part or a segment ("... from production activities / gross production (upstream)")
_AMOUNT = frozenset({"scope", "emission", "consumption", "intensity"})
# a row naming the company's own employees, the population a metric counts unless it says otherwise
# (not "workers", which BRSR tables set apart from employees, nor "permanent employees", a part)
_EMPLOYEES = re.compile(r"(?:all |own |our )?employees?")


# a parent that counts only some of a population: "… against whom action was taken", "… who left"
_SOME_OF_THEM = re.compile(r"\b(?:(?:against|for|to|of|by|with|from) )?(?:whom|who|whose)\b", re.I)


def _some_of_them(levels: list[str], title: str | None) -> str | None:
    """The parent or table title that names the row's population and then counts only some of it ("… employees
    against whom disciplinary action was taken", "… staff who left"), quoted; None when there is none."""
    leaf = levels[-1].strip().lower() if levels else ""
    if not leaf or len(leaf.split()) > 2:
        return None
    stem = leaf[:-1] if leaf.endswith("s") else leaf
    for ctx in [*levels[:-1], title or ""]:
        m = _SOME_OF_THEM.search(ctx)
        if m and stem in ctx[:m.start()].lower():
            return f"'{ctx[:m.end()].strip()[-60:]}'"
    return None

class Mapper:
    """Maps facts to metrics with one catalog, one set of shipped examples and the run's examples."""

    def __init__(self, cat: Catalog | None = None, examples: tuple[Example, ...] | None = None,
                 run_examples: tuple[Example, ...] = ()):
        self.cat = cat or load_catalog()
        shipped = load_examples() if examples is None else examples
        self.index = ExampleIndex(tuple(shipped) + catalog_examples(self.cat))
        self.run = ExampleIndex(tuple(run_examples)) if run_examples else None

    def match(self, fact: Fact, doc: Document | None = None) -> Match:
        """The fact's metric; a table row whose path names no subject ("Total > Women") is read under the
        first words over its table that do (catalog/context.py), and abstains when those name another figure.
        The report's own company name is left out of the label and the title first (catalog/own_name.py)."""
        if fact.source == "table" and self._given(fact) is None and (own := own_name_pattern(doc)) is not None:
            label, title = without_own_name(fact.label, own), without_own_name(fact.table_title, own)
            if (label, title) != (fact.label, fact.table_title):
                got = self._match_named(replace(fact, label=label, table_title=title), doc)
                return replace(got, reason=f"{got.reason} (read without the report's own name: '{label}')")
        return self._match_named(fact, doc)

    def _match_named(self, fact: Fact, doc: Document | None = None) -> Match:
        if fact.source == "table" and self._given(fact) is None and (part := form_part(fact.label)):
            # "Board of Directors > No. and percentage of Females > No. (B)": the females counted (or their share)
            # (a column that only repeats the pair, "No. and percentage of Females > No. (B)", says no more than the year)
            column = str(fact.year) if fact.year and (fact.label or "").endswith(fact.column or "\0") else fact.column
            fact = replace(fact, label=part[0], unit=fact.unit or part[1], column=column)
        if fact.source == "table" and self._given(fact) is None and without_formula(fact.label) != (fact.label or ""):
            # (a column that only repeats the row's last levels, "Female > Number" over "Board > Female > Number", says
            # no more than the year, as a form's pair above)
            column = str(fact.year) if fact.year and fact.column and " > " in fact.column \
                and (fact.label or "").endswith(" > " + fact.column) else fact.column
            fact = replace(fact, label=without_formula(fact.label), column=column)   # "Women > Consolidated": "Women"
        if fact.source == "table" and self._given(fact) is None and subjectless(fact.label):
            got = read_under(fact, doc, lambda f, under=True: self._match(f, doc, under=under), named)
            if got is not None:
                return got
        return self._match(fact, doc)

    def _match(self, fact: Fact, doc: Document | None = None, under: bool = False) -> Match:
        given = self._given(fact)
        if given is not None:
            return given
        if fact.source == "table" and without_formula(fact.label) != (fact.label or ""):
            fact = replace(fact, label=without_formula(fact.label))   # "TRIR > (injuries / hours) x 1,000,000"
        if fact.source == "table" and (scoped := within_title_scope(fact.label, fact.table_title)) != fact.label:
            fact = replace(fact, label=scoped)   # "… of permanent employees > Permanent Employees": the table's population
        found = pattern_match(fact, doc, self.cat)
        if fact.source == "narrative":
            found = amount_not_rate(fact, found)   # "Water withdrawal per tonne of steel was # m³": a rate
        if found.metric is not None and fact.source == "table":
            return self._in_context(fact, found)
        if found.metric is not None or found.final:
            return found
        if fact.source == "table" and not fact.evidence:
            return self._nearest(fact, found, under=under)
        subject = statement_subject(fact) if fact.source == "narrative" else None
        if subject:   # "The waste recovery rate has risen to #", "we consumed # of electricity": read as a row
            return read_as_row(fact, subject, doc, self.cat) or self._nearest(replace(fact, label=subject), found,
                                                                              floor=SAME_LABEL)
        cap = caption(fact.label or "")
        if fact.source == "narrative" and cap and (fact.evidence or "").strip().startswith(cap):
            # "Scope 1 emissions 2 MtCO2 e 926,779.": a table row printed as a line of prose
            return self._nearest(replace(fact, label=cap), found)
        return found

    def _in_context(self, fact: Fact, found: Match) -> Match:
        """A pattern read the row; a parent that narrows it to what the metric is not ("From renewable
        sources > Electricity") makes it another figure: abstain."""
        levels = [p for p in (fact.label or "").split(" > ") if p.strip()]
        some = _some_of_them(levels, fact.table_title)
        if some:   # "Number of directors/employees against whom action was taken > Employees": a part, not the population
            return Match(None, f"unmapped: {found.metric.id} matched the row, but {some} counts only some of "
                               f"them ({found.reason})", candidate=found.metric.id)
        extra = (context_words(" ".join(levels[:-1])) - context_words(levels[-1]) - self._words_of(found.metric)
                 - _KINDS)
        if not extra:
            return found
        other = self._narrower(found.metric, extra, levels[-1])
        if other is not None:   # "Energy purchased > Electricity": the metric that says the parent's word too
            return Match(other, f"{found.reason}; its parents say {', '.join(sorted(extra))}: {other.id}",
                         source=found.source)
        return Match(None, f"unmapped: {found.metric.id} matched the row, but its parents say "
                           f"{', '.join(sorted(extra))}, which {found.metric.id} is not ({found.reason})",
                     candidate=found.metric.id)

    def _narrower(self, m: Metric, extra: frozenset[str], row: str) -> Metric | None:
        """The one metric of the same dimension whose words hold the parents' context words and whose
        name holds every word of the row ("Purchased electricity" for "Purchased ... > Electricity")."""
        row_words = set(concept_text(row).split())
        fits = [o for o in self.cat.metrics if o.id != m.id and o.dimension == m.dimension
                and extra <= self._words_of(o) and row_words <= set(concept_text(o.name).split())]
        return fits[0] if len(fits) == 1 else None

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

    def _nearest(self, fact: Fact, found: Match, floor: float = NEAREST_MIN, under: bool = False) -> Match:
        levels = [p for p in (fact.label or "").split(" > ") if p.strip()]
        leaf, own = _own_unit(levels[-1])
        u = own or read_unit(fact.unit or "")
        parents = levels[:-1]
        queries, ctx = self._queries(fact, parents, leaf)
        tried: list[tuple[Near | None, float, str]] = []
        path = frozenset(concept_text(" ".join(parents)).split())
        for q in queries:
            # with the parent's words in the query, the example must say every one of them
            # ("E-waste > Reused" is not "Recycled waste"; "Injuries > Employees" is not "Employees")
            must = set() if q == leaf else set(concept_text(q).split())
            row = set(concept_text(leaf).split())
            # (a row repeating only a group the parent names, "Women in management > Management", is the parent's figure)
            group = qualifier_only(leaf) and "employee" not in row
            if parents and q != leaf and row and row <= set(concept_text(parents[-1]).split()) and not group:
                continue   # the row only repeats its parent's words ("Scope 1 > CO2"): one of its parts
            best, none_score, first, why = self._best(q, u, ctx, must, path, norm_text(" > ".join(parents)))
            if best is not None and best[0].score >= floor and none_score < best[0].score:
                n, m = best
                return Match(m, f"nearest example '{n.example.label}' from {n.example.source} "
                                f"(similarity {n.score:.0f}) is {m.id}; unit '{fact.unit or ''}' "
                                f"{'fits' if fit(m, u) else 'not checked'}", source=n.example.source,
                             score=round(n.score, 1))
            tried.append((best[0] if best else first, none_score, why))
        top, none_score, why = max(tried, key=lambda t: t[0].score if t[0] else -1.0, default=(None, 0.0, ""))
        other = self._qualified(fact, parents, leaf) or self._by_unit(fact, u) or self._by_levels(fact, u, under) \
            or lone_part(fact, parents, leaf, u, self.cat)
        return other if other is not None else abstain(found, top, none_score, floor, why)

    def _queries(self, fact: Fact, parents: list[str], leaf: str) -> tuple[list[str], frozenset[str]]:
        """The texts the row is compared by, and the context words an example must hold."""
        split = bool(parents) and bool(self.cat.breakdown_parent.search(norm_text(parents[-1])))
        ctx = context_words(" > ".join([*parents, leaf]))
        if split:   # "Scope 1 by gas > CH4": the row is a part; only its own words may name a metric
            queries = [] if qualifier_only(leaf) else [leaf]
            ctx = context_words(leaf) | (ctx - _KINDS)   # which scope the gas is in does not split it
        elif parents and measure_only(leaf) and not qualifier_only(leaf):
            # "PE pipes > Recycled", "産業廃棄物 > 発生量": the row says how much, the parent of what
            queries = [f"{parents[-1]} {leaf}"]
            if heading_only(parents[-1]) and len(concept_text(leaf).split()) >= 2:
                queries.append(leaf)   # "社会との良好な関係 > 女性管理職比率": a heading over a row naming its metric
        else:
            queries = [key_text(" > ".join([*parents, leaf]))]
            if parents and not qualifier_only(leaf):   # the subject in the parent: "Waste > Generated"
                queries.append(f"{parents[-1]} {leaf}")
            # (a lone row's parent is its table's title)
            queries += bracketed_abbreviations(leaf, parents[-1] if parents else fact.table_title, not concept_text(leaf))
            share = counted_in_percent(leaf, fact.unit)   # "Number of female managers" printed in %: their share
            queries, ctx = queries + share, ctx | (context_words(share[0]) if share else frozenset())
        return queries, ctx

    def _qualified(self, fact: Fact, parents: list[str], leaf: str) -> Match | None:
        """A row that only names a part ("Contractors") under a parent that names a metric ("Number of
        fatalities ..."): the one metric of the same dimension that is the parent's metric of that part."""
        part = context_words(leaf)
        everyone = bool(_EMPLOYEES.fullmatch(norm_text(leaf)))
        if not parents or not (part or everyone) or not qualifier_only(leaf) or fact.source != "table" \
                or not (year_column(fact.column) or column_in_leaf(fact.column, leaf)):   # ("2021 (Women) (%)")
            return None   # under "No. (B)" or "% (B/A)" the column says what the row counts, not the row
        share = is_share(fact.unit)   # "… > Total > Women" in %: the part's share of the parent's count
        # (a column repeating the row, "2021 (Women) (%)", is only the year for the parent)
        column = str(fact.year) if fact.year and not year_column(fact.column) else fact.column
        whole = self._match(replace(fact, label=" > ".join(parents), unit="" if share else fact.unit, column=column))
        if share and (whole.metric is None or whole.metric.dimension != "count" or everyone):
            return None
        if whole.metric is not None and everyone:   # "Recordable injuries > Employees": the parent's own figure
            return Match(whole.metric, f"its parent is {whole.metric.id} ({whole.reason}); the row names the "
                                       f"employees, whom {whole.metric.id} counts", source=whole.source)
        if whole.metric is None or part <= self._words_of(whole.metric):
            return None
        subject = set(concept_text(whole.metric.name).split())
        dim = "ratio" if share else whole.metric.dimension
        fits = [o for o in self.cat.metrics if o.id != whole.metric.id and o.dimension == dim
                and part <= self._words_of(o) and subject <= set(concept_text(o.name).split())]
        if len(fits) != 1:
            return None
        return Match(fits[0], f"its parent is {whole.metric.id} ({whole.reason}); the row names its part "
                              f"{', '.join(sorted(part))}: {fits[0].id}", source=whole.source)

    def _by_levels(self, fact: Fact, u: Unit | None, under: bool = False) -> Match | None:
        """A part or a total row read with the levels above it (catalog/ancestors.py); `under`: the row is
        read under the words over its table, so a form's column that repeats the row ("Male No. (B)") may too."""
        levels = (fact.label or "").split(" > ")
        if fact.source != "table" or not (year_column(fact.column) or column_in_leaf(fact.column, levels[-1])
                                          or under and column_is_leaf(fact.column, fact.label or "")):
            # under "No. (B)", "Total (A)" or "% (B/A)" the column says what is counted, and a form's sub-table
            # (its differently abled, its trained) names itself only in a title line the path does not hold
            return None
        got = part_of_population(fact, self.cat, u) or total_of_population(fact, self.cat, u)
        if got is not None:
            return Match(got[0], got[1])
        got = total_of_breakdown(fact)
        if got is None:
            return None
        whole, above = got
        mt = self._match(replace(fact, label=whole, table_title=None))   # the whole by its own words
        if mt.metric is None or fit(mt.metric, u) is False or hard_mismatch(mt.metric, u) \
                or context_words(f"{above} {whole}") - self._words_of(mt.metric) - _KINDS:
            # "Total waste disposed ... > Category of waste > Total": the whole or the levels above narrow it
            return None
        return Match(mt.metric, f"a total of '{whole}' by its parts: {mt.reason}", source=mt.source)

    def _by_unit(self, fact: Fact, u: Unit | None) -> Match | None:
        """A row printed in an amount per something ('t CO2eq/kboe') whose label names the amount's subject
        ('Carbon efficiency index'): the one intensity metric of that subject the unit measures."""
        if u is None or not u.is_ratio or fact.source != "table" or (u.den is not None and u.den.dim == "length"):
            return None   # per km, per passenger-km: a vehicle's efficiency, not the company's intensity
        words = set(concept_text(fact.label or "").split())
        text = norm_text(fact.label or "")
        fits = [m for m in self.cat.metrics if m.dimension == "intensity" and fit(m, u)
                and set(concept_text(m.name).split()) - {"intensity"} <= words
                and len({w for w in words - set(concept_text(m.name).split()) - _AMOUNT if not w[0].isdigit()}) <= 3
                and not any(p.search(text) for p in m.veto) and not self.cat.vetoes(text)]
        if len(fits) != 1:
            return None
        return Match(fits[0], f"unit '{fact.unit}' is an amount per unit and the label names "
                              f"{fits[0].name.lower().replace(' intensity', '')}: {fits[0].id}")

    def _best(self, query: str, u: Unit | None, ctx: frozenset[str], must: set[str],
              path: frozenset[str] = frozenset(), parents: str = ""):
        """The nearest example whose metric the unit can measure and whose label has the same context
        words as the fact's label path (None when 'no metric' examples at least as near outnumber the
        examples of its metric); the score of the best 'no metric' example; and the nearest example
        with a metric, gated or not (named when abstaining)."""
        asked = set(concept_text(query).split())
        # at the same similarity the catalog's own words (the metric's definition) come before a report's
        # example ("Total discharged water": one key's effluent.volume against the catalog's water.discharge)
        near = sorted(self.index.nearest(query), key=lambda n: (-n.score, n.example.source != "catalog"))
        first = next((n for n in near if n.example.metric), None)
        none_score = max((n.score for n in near if not n.example.metric), default=0.0)
        gated = [(n, m) for n in near if n.example.metric
                 for m in [self._gated(n, u, ctx, must, asked)] if m is not None
                 and not any(p.search(parents) for p in m.veto_parent)   # "Electricity produced > Natural gas"
                 and same_scopes(n.example.label, query)]   # "Scope 1 ... intensity" is not "Scope 1 + 2 ..."
        if not gated:
            return None, none_score, first, ""
        n, m = gated[0]
        tier = [(o, om) for o, om in gated if o.score == n.score
                and (o.example.source == "catalog") == (n.example.source == "catalog")]
        others = sorted({om.id for _, om in tier} - {m.id})
        if others:   # equally near words name two metrics: ambiguous, abstain
            return None, none_score, n, f"; equally near examples name {m.id} and {', '.join(others)}"
        against = sum(1 for o in near if not o.example.metric and o.score >= n.score and applies(o.example, path))
        backing = sum(1 for o in near if o.example.metric == n.example.metric and o.score >= n.score)
        # an example under the same parents speaks for this context; one without parents only in general
        said = {bool(o.example.metric) for o in near if o.score >= n.score and parents_of(o.example)
                and applies(o.example, path) and o.example.metric in ("", n.example.metric)}
        if against >= backing or said == {False}:
            return None, none_score, first, ""
        return (n, m), 0.0, first, ""

    def _gated(self, n: Near, u: Unit | None, ctx: frozenset[str], must: set[str], asked: set[str]) -> Metric | None:
        """The example's metric (or its intensity) when the example has the label's context words, every
        word the query must hold, at most one word more or less, and a metric the unit can measure."""
        words = set(concept_text(key_text(n.example.label)).split())
        if not self._same_context(ctx, n.example) or must - words or len(words ^ asked) > 1:
            return None
        m = self._fitting(n.example.metric, u)
        if m is not None and m.dimension == "any" and u is not None and u.dim == "ratio" and not words & _SHARE:
            return None   # "anti-corruption training … 98%": a share of something the label does not name
        return m

    def _same_context(self, ctx: frozenset[str], e: Example) -> bool:
        """The label path has the example's context words, and any more it has are words of the example's
        metric itself ("Waste disposed > Incineration": incineration is a disposal)."""
        own = context_words(e.label)
        if ctx == own:
            return True
        m = self.cat.get(e.metric)
        implied = {"share"} if m is not None and m.dimension == "ratio" else set()   # a share is a percentage
        return m is not None and own <= ctx and ctx - own <= self._words_of(m) | implied

    def _fitting(self, metric_id: str, u: Unit | None) -> Metric | None:
        """The metric, or its intensity when the row is printed in a ratio unit; None when the unit
        cannot measure it."""
        m = self.cat.get(metric_id)
        if m is None:
            return None
        if u is not None and u.is_ratio and m.dimension != "intensity":
            m = next((im for im in self.cat.metrics if im.intensity_of == m.id), m)
        elif u is not None and u.dim == "ratio" and m.dimension not in ("ratio", "any"):
            m = next((sm for sm in self.cat.metrics if sm.share_of == m.id), m)   # "Recycled > in %"
        if fit(m, u) is False or hard_mismatch(m, u):
            return None
        return m


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
