"""The same metric and year printed with different values in two places."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Fact, Finding
from .numbers import fmt_like, half_ulp, rel_gap
from .rows import norm_unit
from .units import scale

# Beyond this gap two "same metric" numbers are more likely two scopes (a site, a subset, a
# different boundary) that the metric mapper could not tell apart than one number misprinted.
MAX_REL_GAP = 0.10
CLUSTER_REACH = 8   # members of the newest cluster a value is compared with (values come sorted)
_MARKS = re.compile(r"\^\{[^}]*\}|[⁰¹²³⁴⁵⁶⁷⁸⁹ⁱᵛˣ]+|\(\s*\d+\s*\)$|\s\d{1,2}$")


_ALNUM_RUN = re.compile(r"[a-z0-9]+")


def leaf_key(label: str) -> str:
    leaf = label.split(" > ")[-1]
    leaf = _MARKS.sub(" ", leaf).lower()
    return " ".join(_ALNUM_RUN.findall(leaf))


def _comparable(f: Fact) -> tuple[str, float, float] | None:
    """(unit key, value in that unit, rounding tolerance in that unit)."""
    if f.value is None or f.qualifier:
        return None
    if f.value_normalized is not None and f.unit_normalized:
        k = f.value_normalized / f.value if f.value else 1.0
        return f.unit_normalized, f.value_normalized, half_ulp(f.raw) * abs(k)
    s = scale(f.unit)
    if s:
        return s[0], f.value * s[1], half_ulp(f.raw) * s[1]
    return "raw:" + norm_unit(f.unit), f.value, half_ulp(f.raw)


def _key(f: Fact) -> tuple | None:
    if f.year is None:
        return None
    if f.metric and not f.metric.startswith("extra."):
        return ("m", f.metric, f.year)
    lk = leaf_key(f.label)
    if len(lk.split()) >= 3:  # short leaves ("Male", "Total") mean nothing without their parents
        return ("l", lk, f.year)
    return None


def check_duplicates(facts: list[Fact]) -> list[Finding]:
    groups: dict[tuple, list[tuple[Fact, tuple]]] = {}
    for f in facts:
        key, comp = _key(f), _comparable(f)
        if key and comp:
            groups.setdefault(key + (comp[0],), []).append((f, comp))
    _merge_unitless(groups)
    by_table: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.table_id:
            by_table.setdefault((f.table_id, f.year), []).append(f)
    out = []
    for key, members in groups.items():
        finding = _judge(key, members, by_table)
        if finding:
            out.append(finding)
    return out


def _clusters(members: list[tuple[Fact, tuple]]) -> list[list[tuple[Fact, tuple]]]:
    clusters: list[list[tuple[Fact, tuple]]] = []
    for m in sorted(members, key=lambda m: m[1][1]):
        # sorted by value: only the newest cluster's largest members can be within reach
        c = clusters[-1] if clusters else None
        if c is not None and any(abs(m[1][1] - o[1][1]) <= _slack(m, o) + 1e-9 * abs(m[1][1])
                                 for o in c[-CLUSTER_REACH:]):
            c.append(m)
        else:
            clusters.append([m])
    return clusters


def _slack(a: tuple[Fact, tuple], b: tuple[Fact, tuple]) -> float:
    """How far two prints of one amount may differ: nothing when both are printed in the same unit to
    the same places (one true value rounds to one print: 6,120 and 6,121 are two numbers); else the
    rounding of both."""
    fa, fb = a[0], b[0]
    if norm_unit(fa.unit) == norm_unit(fb.unit) and _places(fa.raw) == _places(fb.raw):
        return 0.0
    return a[1][2] + b[1][2]


def _nearest_group(clusters: list[list[tuple[Fact, tuple]]]) -> list[list[tuple[Fact, tuple]]] | None:
    """The clusters close to the main one (most members, table ones first); a far-off number is a
    different scope, not a typo."""
    main = max(clusters, key=lambda c: (len(c), sum(f.source == "table" for f, _ in c)))
    ref = main[0][1][1]
    near = [c for c in clusters if rel_gap(c[0][1][1], ref) <= MAX_REL_GAP]
    return near if len(near) >= 2 else None


def _same_things(near: list[list[tuple[Fact, tuple]]]) -> bool:
    """Numbers matched by their label alone measure one thing only when their printed units fit."""
    from .evidence import units_fit
    units = [c[0][0].unit or "" for c in near]
    return all(units_fit(units[0], u) or not u.strip() or not units[0].strip() for u in units[1:])


def _gap_is_a_part(near: list[list[tuple[Fact, tuple]]], by_table: dict[tuple, list[Fact]]) -> bool:
    """Total 583.9 and 'Downstream' 551.3 under one metric, with 'Upstream' 32.6 printed beside the
    smaller: a whole and its part that the metric mapper could not tell apart, not one misprint."""
    (fa, (_, a, ta)), (fb, (_, b, tb)) = near[0][0], near[-1][0]
    gap = abs(a - b)
    tables = {f.table_id for c in near for f, _ in c if f.table_id}
    for f in (x for t in tables for x in by_table.get((t, fa.year), [])):
        if f.value is not None and f is not fa and f is not fb:
            comp = _comparable(f)
            if comp and comp[0] == near[0][0][1][0] and abs(comp[1] - gap) <= ta + tb + comp[2] + 1e-9 * gap:
                return True
    return False


def _judge(key: tuple, members: list[tuple[Fact, tuple]], by_table: dict[tuple, list[Fact]]) -> Finding | None:
    places = {(f.line, f.page) for f, _ in members}
    if len(places) < 2:
        return None
    if key[0] == "l" and len({f.table_id for f, _ in members if f.source == "table"}) < 2 \
            and all(f.source == "table" for f, _ in members):
        return None  # one leaf label twice in one table: two different parents, not a repeat
    clusters = _clusters(members)
    if len(clusters) < 2:
        return None
    near = _nearest_group(clusters)
    if near is None:
        return None
    if not any(f.source == "table" for c in near for f, _ in c):
        return None  # two sentences alone may speak of two projects or sites: a table must be involved
    if key[0] == "l" and not _same_things(near):
        return None   # 'a total of 397 induction sessions' and '421 quality sessions': two counts of two things
    if _gap_is_a_part(near, by_table):
        return None
    if _other_basis(near):
        return None
    f = _finding(key, near)
    # a side printed without any unit was read in the other side's unit: the evidence is incomplete
    f.complete = all(any((m.unit or "").strip() for m, _ in c) for c in near)
    f.rule = "same_metric_year_two_values"
    return f


_BASIS = re.compile(r"\b(location|market)[- ]based\b|\b(gross|net)\b|\b(equity|operational control|financial control)\b|"
                    r"\b(with|without|excluding|including) offsets\b|\b(illustrative|scenario|projected|trajectory|trajectories|pathway)\b",
                    re.I)


def _basis_words(f: Fact) -> set[str]:
    text = f"{f.label} {f.evidence or ''} {f.column or ''}"
    return {next(g for g in m.groups() if g).lower() for m in _BASIS.finditer(text)}


def _other_basis(clusters: list[list[tuple[Fact, tuple]]]) -> bool:
    """'31.1 Mt (location-based)' and '32.6 Mt (market-based)', a net and a gross figure, or an illustrative
    trajectory: the words around the numbers say they measure different things."""
    sets = [set().union(*(_basis_words(f) for f, _ in c)) for c in clusters]
    return any(a != b for a in sets for b in sets)


def _finding(key: tuple, clusters: list[list[tuple[Fact, tuple]]]) -> Finding:
    first = clusters[0][0][0]
    year = key[2]
    what = first.metric if key[0] == "m" else f"'{first.label.split(' > ')[-1].strip()}'"
    parts = []
    for c in clusters:
        f0 = c[0][0]
        at = ", ".join(_place(f) for f, _ in c)
        shown = f0.raw if f0.unit and f0.unit in f0.raw else f"{f0.raw} {f0.unit}".strip()
        parts.append(f"{shown} ({at})")
    (fa, (_, a, _)), (fb, (_, b, _)) = clusters[0][0], clusters[1][0]
    to_a = fa.value / a if a else 1.0   # back from the comparison unit to the unit printed first
    diff = abs(b - a) * to_a
    unit = fa.unit or next((f.unit for c in clusters for f, _ in c if f.unit), "")
    msg = (f"{year} {what} is printed with different values: {' vs '.join(parts)}; "
           f"difference {fmt_like(diff, [fa.raw, fb.raw])} {unit}.")
    facts = [f for c in clusters for f, _ in c]
    lines = sorted({f.line for f in facts if f.line is not None})
    pages = sorted({f.page for f in facts if f.page is not None})
    values = [c[0][0].value for c in clusters]
    return Finding("duplicate_mismatch", "error", msg, lines, pages, values,
                   first.metric if key[0] == "m" else None, year)


def _place(f: Fact) -> str:
    where = f"line {f.line}" if f.line is not None else f"page {f.page}"
    return f"{where}, {'table' if f.source == 'table' else 'text'}"


def _merge_unitless(groups: dict[tuple, list]) -> None:
    """A value printed without a unit ("3,812,842.25" in a sentence that names the unit in words)
    joins the metric's one other unit group; with two or more it stays alone (ambiguous)."""
    for key in [k for k in groups if k[-1] == "raw:" and k[0] == "m"]:
        others = [k for k in groups if k[:-1] == key[:-1] and k != key]
        if len(others) == 1:
            target = groups[others[0]]
            ref, (unit, v, _) = target[0]
            k = v / ref.value if ref.value else 1.0   # read the bare number in the other facts' unit
            for f, (_, val, tol) in groups.pop(key):
                target.append((f, (unit, val * k, tol * abs(k))))


# --- one digit slipped: 3,812,842.25 in a sentence, 3,812,842.27 in the table ------------------------

MIN_SLIP_DIGITS = 7   # below this, two numbers one digit apart meet by chance too often
MIN_SLIP_DIGITS_NAMED = 4   # ... unless the sentence names what the table row measures


_NOT_DIGIT = re.compile(r"\D")


def _digits(raw: str) -> str:
    return _NOT_DIGIT.sub("", raw).lstrip("0")


def _one_slip(a: str, b: str) -> bool:
    """Same length, and one digit replaced or two neighbours swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diff) == 1:
        return True
    i, j = diff[0], diff[-1]
    return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]


def _dimension(f: Fact) -> str | None:
    try:
        from ..catalog import parse_unit
        u = parse_unit(f.unit or "")
    except Exception:  # a catalog bug must not stop the checks
        u = None
    if u is not None and (u.dim or u.currency):
        return u.currency or u.dim
    return None


def _slip_pair(a: Fact, b: Fact) -> bool:
    if a.year != b.year or a.source == b.source == "narrative" or (a.line, a.page) == (b.line, b.page):
        return False
    if a.metric and a.metric == b.metric:
        return False   # the same metric twice is check_duplicates' to judge
    if a.value is None or b.value is None or a.qualifier or b.qualifier:
        return False
    if _places(a.raw) != _places(b.raw) or abs(a.value - b.value) > 0.1 * max(abs(a.value), abs(b.value)):
        return False
    da, db = _dimension(a), _dimension(b)
    return da == db or not (a.unit and b.unit)


def _places(raw: str) -> int:
    m = re.search(r"\.(\d+)", raw)
    return len(m.group(1)) if m else 0


def _named(a: Fact, b: Fact) -> bool:
    """One is a sentence that names every word of the other's table row ('We generated 3,428.6 tonnes
    of waste' and the row 'Total waste generated')."""
    from .labels import content_words
    text, row = (a, b) if a.source == "narrative" else (b, a)
    if text.source != "narrative" or row.source != "table" or not text.evidence:
        return False
    if any(_year_like(f) or "%" in (f.unit or "") + f.raw for f in (a, b)):
        return False   # years ('by 2030 … by 2040') and shares (98.52 % vs 98.53 %) meet by chance
    want = content_words(row.label.split(" > ")[-1])
    return len(want) >= 2 and want <= content_words(text.evidence)


def _year_like(f: Fact) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d{2}", (f.raw or "").strip()))


def _slip_mates(a: Fact, group: list[Fact]) -> list[Fact]:
    long = len(_digits(a.raw)) >= MIN_SLIP_DIGITS
    return [b for b in group if _one_slip(_digits(a.raw), _digits(b.raw)) and _slip_pair(a, b)
            and (long or _named(a, b))]


def check_digit_slips(facts: list[Fact]) -> list[Finding]:
    """A number printed in two places with one digit changed or two swapped: a copying slip. Long
    numbers need nothing more; shorter ones need a sentence that names the table row."""
    by_shape: dict[tuple, list[Fact]] = {}
    for f in facts:
        d = _digits(f.raw)
        if f.value is not None and len(d) >= MIN_SLIP_DIGITS_NAMED and f.year is not None:
            by_shape.setdefault((f.year, len(d), d[0]), []).append(f)
    out = []
    for group in by_shape.values():
        near = _near_by_one_digit(group)
        for i, a in enumerate(group):
            cands = near.get(i, [])
            mates = _slip_mates(a, [group[j] for j in cands if j > i])
            if mates and not _slip_mates(a, [group[j] for j in cands if j < i]):
                out.append(_slip_finding(a, mates))
    return out


def _near_by_one_digit(group: list[Fact]) -> dict[int, list[int]]:
    """i -> indexes of the numbers one digit replaced or two neighbours swapped from number i, found by
    keys ('12?45', the swapped digits) rather than by comparing every pair."""
    digits = [_digits(f.raw) for f in group]
    by_key: dict[tuple, list[int]] = {}
    for i, d in enumerate(digits):
        for k in range(len(d)):
            by_key.setdefault(("r", k, d[:k] + "?" + d[k + 1:]), []).append(i)
        by_key.setdefault(("s", d), []).append(i)
    out: dict[int, set[int]] = {}
    for i, d in enumerate(digits):
        found: set[int] = set()
        for k in range(len(d)):
            found.update(by_key.get(("r", k, d[:k] + "?" + d[k + 1:]), ()))
            if k + 1 < len(d) and d[k] != d[k + 1]:
                found.update(by_key.get(("s", d[:k] + d[k + 1] + d[k] + d[k + 2:]), ()))
        found = {j for j in found if digits[j] != d}
        if found:
            out[i] = found
    return {i: sorted(js) for i, js in out.items()}


def _slip_finding(a: Fact, mates: list[Fact]) -> Finding:
    b = mates[0]
    parts = [f"{a.raw} ({_place(a)})"] + [f"{m.raw} ({_place(m)})" for m in mates]
    msg = (f"{a.year}: a number is printed with one digit slipped: {' vs '.join(parts)}; difference "
           f"{fmt_like(abs(a.value - b.value), [a.raw, b.raw])} {a.unit or b.unit}.")
    involved = [a, *mates]
    lines = sorted({f.line for f in involved if f.line is not None})
    pages = sorted({f.page for f in involved if f.page is not None})
    return Finding("duplicate_mismatch", "error", msg, lines, pages, [a.value] + [m.value for m in mates],
                   a.metric or b.metric, a.year)


# --- one number, two units: 12,345 t in a table, 12,345 kg in a sentence ------------------------------

def _unit_pair(a: Fact, b: Fact) -> bool:
    return _other_scale(a.unit, b.unit)


@lru_cache(maxsize=4096)   # every pair of a group is tried; the answer depends on the two units alone
def _other_scale(unit_a: str | None, unit_b: str | None) -> bool:
    """Two units of one dimension at another scale (a pint conversion, so remembered per pair)."""
    from ..core.units import convert, parse_unit
    ua, ub = parse_unit(unit_a or ""), parse_unit(unit_b or "")
    if ua is None or ub is None or not ua.expr or not ub.expr or ua.dim != ub.dim or ua.is_ratio or ub.is_ratio:
        return False
    k = convert(1.0, unit_a, unit_b)
    return k is not None and abs(k - 1.0) > 1e-6


def check_unit_slips(facts: list[Fact]) -> list[Finding]:
    """The same metric, year and printed number in two places under units of one dimension but another
    scale: one of the units is wrong (the amounts differ by the factor between them)."""
    by_key: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.metric and not f.metric.startswith("extra.") and f.year and f.value and not f.qualifier \
                and len(_digits(f.raw)) >= 3 and not _year_like(f):
            by_key.setdefault((f.metric, f.year, f.value), []).append(f)
    out = []
    for (metric, year, _), group in by_key.items():
        pair = next(((a, b) for i, a in enumerate(group) for b in group[i + 1:]
                     if (a.line, a.page) != (b.line, b.page) and _unit_pair(a, b)), None)
        if pair is None:
            continue
        a, b = pair
        msg = (f"{year}: {metric} is printed as the same number in two units: {a.raw} {a.unit} ({_place(a)}) vs "
               f"{b.raw} {b.unit} ({_place(b)}); the amounts differ by the factor between the units, so one unit "
               f"is wrong.")
        lines = sorted({f.line for f in (a, b) if f.line is not None})
        pages = sorted({f.page for f in (a, b) if f.page is not None})
        out.append(Finding("unit_mismatch", "error", msg, lines, pages, [a.value, a.unit, b.unit], metric, year,
                           confidence=0.85, rule="same_number_two_units"))
    return out
