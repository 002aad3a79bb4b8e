"""Totals that are not the sum of their parts, and shares that do not add to 100 %.

Which rows add up comes from `relations`: the catalog's definitions, the labels ('Total', '<X> by
gender', complete sets of breakdown words), the label tree and the arithmetic itself. Each relation
is judged with the rounding slack of the printed numbers; how sure a finding is depends on its basis
and on whether the same rows add up in another year. Rows only found by arithmetic must add up in
another year (or a sibling breakdown "X by A" / "X by B" of the same total must add up in that year):
that keeps unrelated neighbouring rows from raising false alarms.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Finding
from .evidence import CONFIDENCE, leaked_label, misread
from .numbers import close, fmt, fmt_like, half_ulp, rel_gap, show, sum_tolerance
from .labels import complete_set, is_total_leaf, marked_child, mean_like, rate_unit, stem_of
from .relations import (Relation, adjacent_runs, catalog_relations, flat_relations, marker_relations,
                        subset_relations, tree_relations, word_sets)
from .rows import Row, by_group, norm_unit, where

_RATE_TITLE = re.compile(r"\brates?\b|\bratio\b|\bintensity\b|\bfrequency\b|率", re.I)
MAX_EXCESS = 1.5            # parts this many times their whole, never seen to add up: another relation
MAX_UNCONFIRMED_GAP = 0.25   # a gap this large, never seen to add up, is more likely another boundary
MAX_TIED_GAP = 0.02          # rows found by arithmetic, adding up in as many years as not: largest gap shown
CONFIRM_WINDOW = 0.05        # a sum confirms a relation only when rounding leaves it this little room
_BY = re.compile(r"^(.*?)\s+(?:divided\s+)?by\b", re.I)


@dataclass
class Candidate:
    total: Row
    parts: list[Row]
    sibling_key: str | None = None   # "X" for a group labelled "X by Y"

    def years(self) -> list[int]:
        ys = set(self.total.by_year)
        for p in self.parts:
            ys &= set(p.by_year)
        return sorted(ys)

    def status(self, year: int) -> tuple[str, float, float, float] | None:
        """('ok'|'confirm'|'fail', total, sum, tolerance) or None when a value is missing."""
        t = self.total.value(year)
        vals = [p.value(year) for p in self.parts]
        if t is None or any(v is None for v in vals):
            return None
        s = sum(vals)
        tol = sum_tolerance([self.total.raw(year)] + [p.raw(year) for p in self.parts], self.total.unit)
        if close(t, s, tol):
            nonzero = sum(1 for v in vals if v)
            # a match inside a wide rounding window (eight small whole numbers: +-4 on 80) is no proof
            telling = 2 * tol <= CONFIRM_WINDOW * abs(t)
            return ("confirm" if t and nonzero >= 2 and telling else "ok", t, s, tol)
        return ("fail", t, s, tol)


def _is_pct(row: Row) -> bool:
    return norm_unit(row.unit) in ("%", "percent", "percentage")


def _sibling_groups(rows: list[Row]) -> list[list[Row]]:
    groups: dict[tuple[str, str], list[Row]] = {}
    for r in rows:
        if r.parent:
            groups.setdefault((r.parent, norm_unit(r.unit)), []).append(r)
    return [g for g in groups.values() if len(g) >= 2]


def _sibling_key(parts: list[Row]) -> str | None:
    m = _BY.match(parts[0].parts[-2]) if len(parts[0].parts) >= 2 else None
    return m.group(1).strip().lower() if m else None


def _score(c: Candidate) -> int:
    return sum(1 for y in c.years() if (s := c.status(y)) and s[0] == "confirm")


def _arithmetic(group: list[Row], i: int) -> Relation | None:
    """Of the runs next to row i, the one that adds up most often (the longer one on a tie: a part
    that is zero in the years that add up is still a part)."""
    best, best_score = None, 0
    for run in adjacent_runs(group, i):
        score = _score(Candidate(group[i], run))
        if score > best_score or (score == best_score and best is not None and len(run) > len(best)):
            best, best_score = run, score
    if best is None or best_score == 0:
        return None
    total = group[i]
    if len({p.parent for p in best}) > 1:
        return None   # parts from different places of the label tree are not one breakdown
    if total.parent and best[0].parent == total.parent and not is_total_leaf(total.leaf):
        return None   # siblings under one parent: one of them is no total of the others
    if marked_child(total.leaf) and all(marked_child(p.leaf) for p in best):
        return None   # 'of which: …' rows are all parts of the row above them
    return Relation(total, best, "arithmetic", True, "")


def relations(rows: list[Row]) -> list[Relation]:
    """Every total-and-parts relation found, the best-founded one kept for the same rows."""
    found: list[Relation] = []
    for group in by_group(rows).values():
        found += tree_relations(group) + marker_relations(group) + flat_relations(group) + subset_relations(group)
        for i, total in enumerate(group):
            if not _is_pct(total):
                rel = _arithmetic(group, i)
                if rel is not None:
                    found.append(rel)
    found += catalog_relations(rows)
    rank = {"definition": 0, "labelled": 1, "structure": 2, "arithmetic": 3}
    by_part = _by_part(found)
    found = [r for r in found if r.basis != "arithmetic" or not _inside_breakdown(r, by_part)]
    by_total = _by_total(found)
    found = [r for r in found if r.basis == "definition" or not _beyond_definition(r, by_total)]
    best: dict[tuple, Relation] = {}
    for rel in found:
        if _is_pct(rel.total):
            if rel.basis == "arithmetic" or not all(_is_pct(p) for p in rel.parts):
                continue
        elif mean_like(rel.total.label) or rate_unit(rel.total.unit):
            continue
        k = rel.key()
        if k not in best or rank[rel.basis] < rank[best[k].basis]:
            best[k] = rel
    return list(best.values())


def _beyond_definition(rel: Relation, found: dict[int, list[Relation]]) -> bool:
    """'Total energy' over direct, indirect and renewable energy, where the catalog says direct + indirect
    make the total: the extra siblings overlap the defined parts (renewable is direct or indirect)."""
    ids = {id(p) for p in rel.parts}
    return any({id(p) for p in o.parts} < ids for o in found.get(id(rel.total), ()))


def _inside_breakdown(rel: Relation, found: dict[int, list[Relation]]) -> bool:
    """Rows that sum in one year by chance ('under 30' = '30-50' + 'over 50') while all of them are parts
    of one labelled breakdown: siblings, not a total and its parts."""
    ids = {id(rel.total)} | {id(p) for p in rel.parts}
    return any(ids <= {id(p) for p in o.parts} for o in found.get(id(rel.total), ()))


def _by_total(found: list[Relation]) -> dict[int, list[Relation]]:
    """The catalog-defined relations by their total (issue 16: no all-pairs comparison without a key)."""
    out: dict[int, list[Relation]] = {}
    for o in found:
        if o.basis == "definition":
            out.setdefault(id(o.total), []).append(o)
    return out


def _by_part(found: list[Relation]) -> dict[int, list[Relation]]:
    """The defined and labelled breakdowns by each of their parts: a relation lying inside one has its
    total among that breakdown's parts."""
    out: dict[int, list[Relation]] = {}
    for o in found:
        if o.basis in ("definition", "labelled"):
            for p in o.parts:
                out.setdefault(id(p), []).append(o)
    return out


def check_sums(rows: list[Row], rels: list[Relation] | None = None) -> list[Finding]:
    """Findings on every relation whose total is not the sum of its parts (`rels`: the relations of
    `rows`, when already found)."""
    rels = relations(rows) if rels is None else rels
    confirmed: dict[tuple[int, str], set[int]] = {}   # (total, sibling key) -> years a breakdown adds up
    ok_family: dict[str, set[int]] = {}
    for rel in rels:
        c = Candidate(rel.total, rel.parts)
        good = {y for y in c.years() if (s := c.status(y)) and s[0] in ("ok", "confirm")}
        key = _sibling_key(rel.parts)
        if key:
            confirmed.setdefault((id(rel.total), key), set()).update(
                y for y in good if c.status(y)[0] == "confirm")
        if rel.family:
            ok_family.setdefault(rel.family, set()).update(good)
    findings: list[Finding] = []
    by_family: dict[tuple[str, int], Finding] = {}
    for rel in rels:
        sib = confirmed.get((id(rel.total), _sibling_key(rel.parts) or ""), set())
        for f in _judge(rel, sib, ok_family.get(rel.family or "", set())):
            if rel.family is None:
                findings.append(f)
                continue
            # alternatives of one definition (Scope 2 location- or market-based): the one nearest to
            # adding up is the one the report meant
            k = (rel.family, f.year)
            if k not in by_family or (-f.confidence, abs(f.values[0] - f.values[-1])) < \
                    (-by_family[k].confidence, abs(by_family[k].values[0] - by_family[k].values[-1])):
                by_family[k] = f
    return findings + list(by_family.values())


def _judge(rel: Relation, sibling_confirmed: set[int], family_ok: set[int]) -> list[Finding]:
    c = Candidate(rel.total, rel.parts)
    status = {y: s for y in c.years() if (s := c.status(y))}
    confirm = [y for y, s in status.items() if s[0] == "confirm"]
    fail = [y for y, s in status.items() if s[0] == "fail" and y not in family_ok]
    if _is_pct(rel.total):
        return _judge_rates(rel, status, confirm, fail)
    average = _total_is_average(rel, status)
    if average is not None:
        return [average]
    if any(mean_like(p.leaf) for p in rel.parts):
        return []   # averages or rates under a total: not parts of it
    # parts above their whole in every year, never adding up: another boundary (eliminations between
    # group companies, overlapping categories), not an error repeated every year
    always_over = len(status) >= 2 and all(st[0] == "fail" and st[2] > st[1] for st in status.values())
    out = []
    for y in fail:
        _, t, s, _ = status[y]
        conf = _confidence(rel, t, s, confirm, len(fail), y in sibling_confirmed, always_over)
        if conf is None:
            continue
        out.append(_finding(rel, y, t, s, confirm, y in sibling_confirmed, conf))
    return out


def _judge_rates(rel: Relation, status: dict, confirm: list[int], fail: list[int]) -> list[Finding]:
    """Group rates under a total rate: either they add up to it (group count / everyone, seen to add
    up in another year) or the total is a weighted average of them, inside their range."""
    if confirm and len(confirm) >= len(fail):
        return [_finding(rel, y, status[y][1], status[y][2], confirm, False, CONFIDENCE["confirmed"]) for y in fail]
    if not rel.complete:
        return []   # 'by category' may leave a category out: a total rate outside the range proves nothing
    out = []
    for y in fail:
        _, t, s, _ = status[y]
        vals = [p.value(y) for p in rel.parts]
        slack = half_ulp(rel.total.raw(y)) + max(half_ulp(p.raw(y)) for p in rel.parts)
        if min(vals) - slack <= t <= max(vals) + slack:
            continue
        f = _finding(rel, y, t, s, [], False, CONFIDENCE["labelled"] - 0.1)
        f.message = f.message.replace(f"({rel.why})", f"({rel.why}; nor is the total a weighted average of "
                                      f"them, which would lie between {fmt(min(vals), 2)} and {fmt(max(vals), 2)})")
        out.append(f)
    return out


def _confidence(rel: Relation, t: float, s: float, confirm: list[int], n_fail: int, by_sibling: bool,
                always_over: bool = False) -> float | None:
    confirmed = bool(confirm) and len(confirm) >= n_fail
    if rel.basis == "arithmetic":
        # small numbers add up by chance: one year proves it only for totals of four digits or more
        telling = len(confirm) >= 2 or any(abs(rel.total.value(y) or 0) >= 1000 for y in confirm)
        if len(confirm) == n_fail and rel_gap(t, s) > MAX_TIED_GAP:
            telling = False   # one year for, one against: only a slip-sized gap says which is wrong
        return CONFIDENCE["confirmed"] if (confirmed and telling) or by_sibling else None
    if not rel.exhaustive:
        if confirmed:
            return CONFIDENCE["confirmed"]
        if s > t:   # parts far above their whole (or above it every year) are more likely not its parts
            return CONFIDENCE["labelled"] if s <= MAX_EXCESS * t and not always_over else CONFIDENCE["structure"] - 0.1
        return None if len(rel.parts) == 1 else CONFIDENCE["structure"] - 0.1   # a group below its whole
    if confirmed:
        return CONFIDENCE["confirmed"]
    conf = CONFIDENCE[rel.basis]
    return conf if rel_gap(t, s) <= MAX_UNCONFIRMED_GAP else min(conf, 0.5)


def _total_is_average(rel: Relation, status: dict) -> Finding | None:
    """A row labelled a total whose values lie between its parts' in every year: per-person averages
    (or another mean) printed as a total."""
    if "total" not in rel.total.leaf.lower() or len(status) == 0:
        return None
    titles = {f.table_title or "" for f in rel.total.by_year.values()}
    if any(_RATE_TITLE.search(t) for t in titles | {rel.total.label}):
        return None   # 'Rate of injuries by region > Total': a total rate lies between the regions' rates
    inside = []
    for y, (st, t, s, _) in status.items():
        vals = [p.value(y) for p in rel.parts]
        if st != "fail" or sum(1 for v in vals if v) < 2 or not (min(vals) <= t <= max(vals)):
            return None
        inside.append((y, t, vals))
    lines, pages = where([rel.total] + rel.parts)
    shown = "; ".join(f"{y}: {rel.total.raw(y)} vs parts {', '.join(p.raw(y) for p in rel.parts)}"
                      for y, _, _ in sorted(inside))
    msg = (f"'{rel.total.leaf}' is labelled a total but in every year lies between its parts "
           f"({', '.join(p.leaf for p in rel.parts)}) instead of being their sum ({shown}): "
           f"the row holds averages, not totals.")
    y0 = sorted(inside)[-1][0]
    return Finding("total_is_average", "error", msg, lines, pages,
                   [rel.total.value(y0)] + [p.value(y0) for p in rel.parts], rel.total.by_year[y0].metric, y0,
                   confidence=CONFIDENCE["labelled"], rule="total_is_average",
                   complete=not any(leaked_label(r.label) for r in [rel.total] + rel.parts))


def _complete(rows: list[Row], year: int) -> bool:
    """No number leaked into a label, no value misread, and in one table every value of the year under
    the same column header (a shifted column gives a part another year's value)."""
    if any(leaked_label(r.label) or misread([f.raw for f in r.by_year.values()]) for r in rows):
        return False
    cols: dict[str, set[str]] = {}
    for r in rows:
        f = r.by_year.get(year)
        if f is not None and f.table_id and f.column:
            cols.setdefault(f.table_id, set()).add(" ".join(f.column.split()).lower())
    return all(len(c) == 1 for c in cols.values())


def _finding(rel: Relation, year: int, t: float, s: float, confirm: list[int], by_sibling: bool,
             conf: float) -> Finding:
    raws = [rel.total.raw(year)] + [p.raw(year) for p in rel.parts]
    unit = rel.total.unit
    lines, pages = where([rel.total] + rel.parts)
    if confirm:
        why = f"the same rows add up in {', '.join(map(str, confirm))}"
    elif by_sibling:
        why = "another breakdown of the same total adds up in that year"
    else:
        why = rel.why
    exceeds = s > t and not rel.exhaustive
    kind = "part_exceeds_whole" if exceeds else "sum_mismatch"
    verb = "exceed it" if exceeds else "add up to"
    msg = (f"{year}: '{rel.total.leaf}' is {show(rel.total.raw(year), unit)}, but its {len(rel.parts)} parts "
           f"({', '.join(p.leaf for p in rel.parts)}) add up to {show(fmt_like(s, raws), unit)}; "
           f"difference {show(fmt_like(t - s, raws), unit)} ({why}).")
    if exceeds:
        msg = msg.replace(" add up to ", f" {verb}: together ", 1)
    complete = _complete([rel.total] + rel.parts, year)
    return Finding(kind, "error", msg, lines, pages,
                   [t] + [p.value(year) for p in rel.parts] + [s], rel.total.by_year[year].metric, year,
                   confidence=conf, rule=f"sum:{rel.basis}", complete=complete)


_SHARE_WORDS = re.compile(r"\b(?:percentage|proportion|share|distribution|composition|structure)\b|占比|比例", re.I)
_RATE_WORDS = re.compile(r"\brate\b|\bratio\b|\bcoverage\b|率", re.I)
MAX_UNCONFIRMED_SHARE_GAP = 5.0   # points: a labelled share breakdown this far from 100 % is not one


def check_shares(rows: list[Row]) -> list[Finding]:
    findings: list[Finding] = []
    for group in by_group(rows).values():
        flat = [r for r in group if not r.parent and _is_pct(r)]
        sets = [g for g in _sibling_groups(group) if _is_pct(g[0])]
        sets += [flat[a:b] for a, b, _ in word_sets(flat)]
        for g in sets:
            findings.extend(_judge_shares(g))
    return findings


def _labelled_shares(g: list[Row]) -> bool:
    """'Percentage of employees by gender > Male / Female': the label says the shares split a whole."""
    head = g[0].parts[-2] if len(g[0].parts) >= 2 else ""
    return bool(head and _SHARE_WORDS.search(head) and not _RATE_WORDS.search(head)
                and (stem_of(head) or complete_set([r.leaf for r in g])))


def _judge_shares(g: list[Row]) -> list[Finding]:
    years = sorted(set.intersection(*(set(r.by_year) for r in g)))
    status = {}
    for y in years:
        vals = [r.value(y) for r in g]
        if any(v is None for v in vals):
            continue
        s = sum(vals)
        tol = sum_tolerance([r.raw(y) for r in g])
        status[y] = (close(s, 100.0, tol) and sum(1 for v in vals if v) >= 2, close(s, 100.0, tol), s)
    confirm = [y for y, st in status.items() if st[0]]
    fail = [y for y, st in status.items() if not st[1]]
    if confirm and len(confirm) >= len(fail):
        conf = CONFIDENCE["confirmed"]
    elif _labelled_shares(g):
        conf = CONFIDENCE["labelled"]
        fail = [y for y in fail if abs(100.0 - status[y][2]) <= MAX_UNCONFIRMED_SHARE_GAP]
    else:
        return []
    out = []
    for y in fail:
        s = status[y][2]
        raws = [r.raw(y) for r in g]
        lines, pages = where(g)
        parent = g[0].parts[-2] if len(g[0].parts) >= 2 else g[0].parent or "one breakdown"
        why = (f"they add up to 100 % in {', '.join(map(str, confirm))}" if confirm
               else "the label says they split one whole")
        msg = (f"{y}: the shares under '{parent}' ({' + '.join(r.raw(y) for r in g)}) add up to "
               f"{fmt_like(s, raws)} %, not 100 %; difference {fmt_like(100.0 - s, raws)} points ({why}).")
        out.append(Finding("share_sum", "error", msg, lines, pages, [r.value(y) for r in g] + [s], None, y,
                           confidence=conf, rule="shares_add_to_100",
                           complete=not any(leaked_label(r.label) for r in g)))
    return out
