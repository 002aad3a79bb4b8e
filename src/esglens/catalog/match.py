"""Which canonical metric a fact reports, with the reason; None when it is not clear.

Evidence, strongest first: the row label alone; a generic row label ("Total", "Emissions") read with
its parent; the whole label path read with the table's title and stub header; for sentences, the
clause around the number. The printed unit decides between metrics that share words (a female
head count and the female share; an amount and its intensity).
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from ..model import Document, Fact, TableBlock
from .metrics import Catalog, Metric, load_catalog
from .normalize import PHYSICAL, fit, hard_mismatch, read_unit
from .sentence import Clause, caption_above, norm_text, read_clause
from .spelling import respelled
from ..core.numbers import split_markers
from ..core.prefilter import folded, needs
from ..core.units import Unit, parse_unit
from ..core.memo import kept

@dataclass(slots=True)
class Match:
    metric: Metric | None
    reason: str
    final: bool = False                # a rule decided (a veto, a part of a breakdown): no example overrides
    source: str | None = None          # the example's source when an example decided
    candidate: str | None = None       # abstained: the best candidate metric and its similarity
    score: float | None = None

_FORM_CODE_START = re.compile(r"^[a-z]?\d+(?:\.[a-z0-9]{1,2}){1,3}\s+(?=[a-z])")


def _segments(label: str) -> list[str]:
    """The label's levels, normalized, a form's leading reference code dropped ("p6.e.7 emission …")."""
    return list(_segments_of(label))   # (a fresh list: callers change theirs)


@kept(maxsize=16384)   # (asked several times per fact)
def _segments_of(label: str) -> tuple[str, ...]:
    levels = (respelled(norm_text(p)) for p in (label or "").split(" > "))   # ("indipendent directors")
    return tuple(s for s in (_without_year_end(_FORM_CODE_START.sub("", p)) for p in levels) if s and s != "-")


@lru_cache(maxsize=1)
def _year_end() -> re.Pattern:
    """When a stock is counted, said after the row's subject ("Women employees in service", "Staff at year end"):
    the variants of `year-end` in metrics.yaml's synonyms."""
    from ..core import vocab
    words = (vocab.load("metrics.yaml").get("synonyms") or {}).get("year-end") or []
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<=\w)\s*,?\s+(?:{alts})$" if alts else r"(?!)")


def _without_year_end(level: str) -> str:
    """A level without the words that only say when its stock was counted (kept when nothing else is left)."""
    return _year_end().sub("", level) or level


def _is_unit_word(text: str) -> bool:
    """'Complaint', 'Person-times': every word a unit word (not 'Volunteering hours')."""
    u = parse_unit(text)
    if u is None or u.expr is None or len(text.split()) > 2:
        return False
    return all(parse_unit(w) is not None and parse_unit(w).expr is not None for w in text.split())


def _breakdown_of(cat: Catalog, segs: list[str]) -> set[str]:
    """Metrics the parent names when it splits its rows ("Non-hazardous waste by type"): a row under
    it is a part of that metric, never the metric itself."""
    if len(segs) < 2 or not cat.breakdown_parent.search(segs[-2]):
        return set()
    subject = cat.breakdown_parent.split(segs[-2])[0].strip()
    return {m.id for m, _ in _hits(cat, subject, subject, False)} if subject else set()


_BRACKETED = re.compile(r"\s*\(([^()]+)\)")


def _own_unit(leaf: str) -> tuple[str, Unit | None]:
    """A row that prints its own unit ('Renewable energy (PJ)', 'Emissions intensity (tCO2e/t Cu-eq)'):
    the label without it, and the unit, which beats a unit the whole table was given."""
    for m in reversed(list(_BRACKETED.finditer(leaf))):
        u = parse_unit(m.group(1))
        if u is not None and u.expr is not None:
            return (leaf[:m.start()] + leaf[m.end():]).strip(), u
    return leaf, None


def _stub_header(doc: Document | None, table_id: str | None) -> str | None:
    """The first cell of a table's header row ("Employment", "Indicator"), which names the subject."""
    if doc is None or not table_id:
        return None
    return _stub_headers(doc).get(table_id)


_STUBS: dict[int, tuple[Document, dict[str, str]]] = {}


def _stub_headers(doc: Document) -> dict[str, str]:
    """Every table's stub header, worked out once per document (facts of one table share it)."""
    cached = _STUBS.get(id(doc))
    if cached is not None and cached[0] is doc:
        return cached[1]
    out = {}
    for b in doc.blocks:
        if isinstance(b, TableBlock) and b.rows:
            cells = b.rows[0].cells
            stub = split_markers(cells[0])[0] if cells else ""
            if stub and not re.search(r"\d", stub) and len(cells) > 1:
                out[b.id] = stub
    _STUBS.clear()   # one document at a time: keep the memo small
    _STUBS[id(doc)] = (doc, out)
    return out


@lru_cache(maxsize=4096)
def _is_path(pattern: str) -> bool:
    """A pattern that spans label levels ("employees ... > female"); "[^>]" only stays inside one."""
    return ">" in pattern.replace("[^>]", "")


def _vetoed(m: Metric, cat: Catalog, text: str) -> bool:
    return any(p.search(text) for p in m.veto) or cat.vetoes(text)


_HITS: dict[tuple, list] = {}


def _hits(cat: Catalog, text: str, veto_text: str, path_mode: bool, loose: bool = False,
          path: str = "") -> list[tuple[Metric, str]]:
    """Metrics whose patterns hit `text` and whose vetoes miss `veto_text` (and the catalog's, `path`).
    Memoized: the values of one row (one per year) ask the same question."""
    key = (id(cat), text, veto_text, path_mode, loose, path)
    if key not in _HITS:
        if len(_HITS) > 20000:
            _HITS.clear()
        _HITS[key] = _hits_uncached(cat, text, veto_text, path_mode, loose, path)
    return list(_HITS[key])


def _hits_uncached(cat: Catalog, text: str, veto_text: str, path_mode: bool, loose: bool,
                   path: str) -> list[tuple[Metric, str]]:
    if cat.vetoes(path or veto_text):
        return []
    out, done = [], None
    by_word, always, entries, by_pair = _plan(cat, path_mode, loose)
    low = folded(text)
    todo = set(always)
    if len(low) < 2 * len(by_word):   # a label or a sentence: only the words that start with a pair of its letters
        pairs = {low[i:i + 2] for i in range(len(low) - 1)}
        words = [ww for pair in pairs if pair in by_pair for ww in by_pair[pair]] + by_pair[""]
    else:
        words = by_word.items()
    for word, where in words:   # (a pattern none of whose words the text holds is not searched)
        if word in low:
            todo.update(where)
    for i in sorted(todo):
        m, p, in_sentence = entries[i]
        if m is done:
            continue   # (the metric's first pattern that hit decided)
        hit = p.search(text)
        if hit and loose and not in_sentence and not _covers(hit, text, p.pattern, m):
            continue
        if hit and not _vetoed(m, cat, veto_text):
            out.append((m, p.pattern))
            done = m
    return out


_PLANS: dict[tuple, tuple] = {}


def _plan(cat: Catalog, path_mode: bool, loose: bool):
    """The patterns `_hits` tries, in order (metric by metric): entries (metric, pattern, one of the metric's
    sentence patterns?); for each word some pattern needs (core.prefilter.needs), the entries needing it;
    the entries that need no word. Worked out once per catalog."""
    key = (id(cat), path_mode, loose)
    if key not in _PLANS or _PLANS[key][0] is not cat:
        if len(_PLANS) >= 16:
            _PLANS.clear()   # (catalogs made by tests or plugins: the last few are kept)
        entries, by_word, always = [], {}, []
        for m in cat.metrics:
            for p in ((*m.sentence, *m.loose) if loose else m.patterns):
                if _is_path(p.pattern) != path_mode:
                    continue
                needed = needs(p.pattern, p.flags)
                for w in needed or ():
                    by_word.setdefault(w, []).append(len(entries))
                if needed is None:
                    always.append(len(entries))
                entries.append((m, p, p in m.sentence))
        by_word = {w: tuple(at) for w, at in by_word.items()}
        by_pair: dict[str, list] = {"": []}   # the words by their first two letters ("": shorter words)
        for w, at in by_word.items():
            by_pair.setdefault(w[:2] if len(w) >= 2 else "", []).append((w, at))
        _PLANS[key] = (cat, by_word, tuple(always), tuple(entries), by_pair)
    return _PLANS[key][1:]


def _covers(hit: re.Match, text: str, pattern: str, m: Metric) -> bool:
    """In a sentence, a pattern written for a whole row label must cover most of the phrase."""
    got = _content(hit.group(0))
    if len(re.findall(r"[a-z]+|\d+|[\u4e00-\u9fff]{2,}", hit.group(0))) < 2 and not re.search(r"[\u4e00-\u9fff]", got):
        return False  # one word ("employees", "electricity") says too little in a sentence
    i = m.loose.index(next(p for p in m.loose if p.pattern == pattern))
    if not _ANCHORED.search(m.patterns[i].pattern):
        return True
    return len(got) >= 0.5 * len(_content(text))  # both empty: "number of suppliers" is all unit words


# a pattern written for a whole label: "^..." or "...$" (not the "[^>]" of a character class)
_ANCHORED = re.compile(r"(?:^|[(|])\^|(?<!\\)\$")


def _with_intensities(cat: Catalog, hits: list[tuple[Metric, str]], u: Unit | None, veto_text: str):
    """A row of an amount printed in a ratio unit ('t/kWh') is that amount's intensity."""
    if u is None or not u.is_ratio:
        return hits
    extra = []
    for m, pat in hits:
        for im in cat.metrics:
            if im.intensity_of == m.id and not any(im is h for h, _ in hits) and not _vetoed(im, cat, veto_text):
                extra.append((im, f"{pat} (ratio unit)"))
    return extra + hits


def _with_shares(cat: Catalog, hits: list[tuple[Metric, str]], u: Unit | None, veto_text: str):
    """A row of a count printed in '%' ('Female employees | %') is that count's share (`share_of`): the unit
    says which of the two figures the row is."""
    if u is None or u.is_ratio or u.dim != "ratio":
        return hits
    extra = [(sm, f"{pat} (printed in %)") for m, pat in hits for sm in cat.metrics
             if sm.share_of == m.id and not any(sm is h for h, _ in hits) and not _vetoed(sm, cat, veto_text)]
    return extra + hits


def _choose(hits, u: Unit | None) -> tuple[tuple[Metric, str] | None, list[str]]:
    """First hit whose unit fits; else one we cannot check; else a physical slip (kept for the checker)."""
    notes = []
    for want in (True, None):
        for m, pat in hits:
            if fit(m, u) is want:
                return (m, pat), notes
    for m, pat in hits:
        if not hard_mismatch(m, u):
            return (m, pat), notes
        notes.append(f"{m.id} ruled out: unit '{u.printed if u else ''}' is not {m.dimension}")
    return None, notes


def _sentence_fit(hits, u: Unit | None, printed: str, level: str):
    """In a sentence the word after the number is its unit: '180 countries' is no amount of energy (nor a share or score),
    and a share stated after a main clause ('..., accounting for 70.7%') is a share, not the amount."""
    keep, notes = [], []
    for m, pat in hits:
        if u is None and printed.strip() and (m.dimension in PHYSICAL or m.dimension in ("intensity", "ratio", "score")):
            # "3,862 questionnaires": the word counts things; no amount, share or score
            notes.append(f"{m.id} ruled out: '{printed}' is not a unit of {m.dimension}")
        elif level.endswith("main clause") and u is not None and u.dim == "ratio" and m.dimension != "ratio":
            notes.append(f"{m.id} ruled out: a share after its main clause is not the amount")
        elif u is not None and u.dim == "ratio" and m.dimension in PHYSICAL:
            notes.append(f"{m.id} ruled out: a share is not an amount of {m.dimension}")
        else:
            keep.append((m, pat))
    return keep, notes


def _fit_words(m: Metric, u: Unit | None, printed: str) -> str:
    f = fit(m, u)
    if u is None:
        return f"unit '{printed}' unknown"
    if f is None:
        return "unit not checked" if printed.strip() else "no unit printed"
    return f"unit '{printed}' {'fits' if f else 'does NOT fit'} {m.dimension}"


_FILLER = re.compile(
    r"\b(?:the|a|an|company'?s?|group'?s?|our|we|its|was|were|is|are|has|had|have|reached|totaled|totalled|"
    r"total(?:ing|ling)?|of|with|over|about|approximately|around|nearly|more than|up to|in|and|to|by|for|"
    r"during|year|this|which|that|amounted|stood at|at|as|n)\b")


def _content(text: str) -> str:
    """Letters of the words that carry meaning: no fillers, no units, no numbers."""
    words = [w for w in re.findall(r"[a-z][a-z&'\-]*|[\u4e00-\u9fff]+", _FILLER.sub(" ", text))
             if parse_unit(w) is None or parse_unit(w).expr is None]
    return "".join(w for w in words if w not in vocabulary_scales())


def vocabulary_scales() -> set[str]:
    from ..core.units import vocabulary
    return {w for k in vocabulary()["scales"] for w in k.split()}


def _sentence_levels(fact: Fact, doc: Document | None, cat: Catalog) -> tuple[list[tuple], Clause | None]:
    """Texts to read a number in a sentence by, narrowest first: its clause; the main clause a
    continuation leans on; the caption above a number that starts its line."""
    clause = read_clause(fact, cat.vetoes)
    own = norm_text((fact.label or "").split(" > ")[-1])
    if clause is not None and own and f"{own} and " in clause.near:
        clause = None   # the first of two subjects said together ("A and B were 0"): its label names it
    if clause is None:
        text = norm_text(f"{(fact.label or '').split(' > ')[-1]} # {fact.unit}")
        return [("sentence", text, text, False, True)], None
    levels = [("sentence", clause.near, clause.near, False, True)]
    if clause.main:
        both = f"{clause.main} … {clause.near}"
        levels.append(("sentence with its main clause", both, both, False, True))
    cap = caption_above(doc, fact.line) if clause.starts_line and doc is not None and fact.line else None
    if cap:
        both = f"{cap} {clause.near}"
        levels.append(("sentence with the caption above", both, both, False, True))
    return levels, clause


def _sentence_unit(u: Unit | None, clause: Clause | None) -> Unit | None:
    """A ratio unit the facts stage cut short ('18.61kg carbon dioxide equivalent/kWh' read as 'kg')."""
    if clause is None or (u is not None and u.is_ratio) or not re.search(r"/| per ", clause.after_raw):
        return u
    whole = parse_unit(clause.after_raw.strip())
    return whole if whole is not None and whole.is_ratio else u


def _table_levels(fact: Fact, doc: Document | None, cat: Catalog, u: Unit | None):
    """Texts to read a table row by, narrowest first, with the row's own unit, its label levels and
    the metrics its parent splits (a row under them is a part)."""
    segs = _segments(fact.label)
    leaf = segs[-1]
    ctx = [respelled(norm_text(c)) for c in (fact.table_title, _stub_header(doc, fact.table_id)) if c]
    # (how, text searched, text vetoes look at, path patterns?, loose?)
    if len(segs) > 1 and _is_unit_word(leaf):  # a unit column read as the last label level
        segs = segs[:-1]
        leaf = segs[-1]
    leaf, own = _own_unit(leaf)
    segs[-1] = leaf
    generic = bool(cat.generic_leaves.match(leaf))
    part_of = _breakdown_of(cat, segs) if not generic else set()
    levels = [] if generic and len(segs) > 1 else [("row label", leaf, leaf, False, False)]
    if len(segs) > 1 and generic:
        both = f"{segs[-2]} {leaf}"
        levels.append(("row label with its parent", both, both, False, False))
    if ctx and generic and len(segs) == 1:
        with_ctx = f"{ctx[-1]} {leaf}"
        levels.append(("row label with table context", with_ctx, with_ctx, False, False))
    levels.append(("label path", " > ".join(ctx + segs), " > ".join(segs), True, False))
    clause = None
    if fact.evidence:  # a number inside a prose cell: its sentence names it when the row does not
        more, clause = _sentence_levels(fact, doc, cat)
        levels += more
    return levels, own or u, segs, part_of, clause


def pattern_match(fact: Fact, doc: Document | None = None, cat: Catalog | None = None) -> Match:
    """The catalog's patterns read the row label, its parents and context, or the sentence.
    `Match.final` says a rule ruled the metric out (not merely: no pattern matched)."""
    cat = cat or load_catalog()
    u = read_unit(fact.unit or "")
    part_of: set[str] = set()
    segs: list[str] = []
    if fact.source == "narrative":
        levels, clause = _sentence_levels(fact, doc, cat)
        u = _sentence_unit(u, clause)
    else:
        if not _segments(fact.label):
            return Match(None, "no row label", final=True)
        levels, u, segs, part_of, clause = _table_levels(fact, doc, cat, u)
    path = " > ".join(segs)
    notes: list[str] = []
    for level, text, veto_text, path_mode, loose in levels:
        hits = _with_intensities(cat, _hits(cat, text, veto_text, path_mode, loose, veto_text if loose else path),
                                 u, veto_text)
        hits = _with_shares(cat, hits, u, veto_text)
        if loose:
            hits, why_not = _sentence_fit(hits, u, fact.unit or "", level)
            notes += why_not
        chosen, why_not = _choose(hits, u) if hits else (None, [])
        notes += why_not
        if chosen is None:
            continue
        m, pat = chosen
        parents = " > ".join(segs[:-1]) if not loose else norm_text(fact.section)
        if any(p.search(parents) for p in m.veto_parent):
            return Match(None, f"unmapped: {m.id} does not apply under '{parents}'", final=True)
        if not loose and m.id in part_of:
            return Match(None, f"unmapped: '{segs[-1]}' is one part of '{segs[-2]}' ({m.id})", final=True)
        printed = u.printed if u is not None and loose else fact.unit or ''
        reason = f"{level} '{text}' matches /{pat}/ of {m.id}; {_fit_words(m, u, printed)}"
        others = [h.id for h, _ in hits if h is not m]
        if others:
            reason += f"; also matched {', '.join(others)}"
        return Match(m, reason + "".join(f"; {n}" for n in notes))
    why = "; ".join(notes) if notes else "no catalog pattern matches"
    vetoed = cat.vetoes(path or levels[0][2])
    return Match(None, f"unmapped: {why} ('{levels[0][1][:80]}')", final=vetoed)
