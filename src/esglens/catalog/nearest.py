"""Nearest labelled examples: which metric the most similar known label reports.

A label is compared in its concept form (`concept_text`): normalized by the text layer, synonyms
replaced by one word (data: `synonyms` in metrics.yaml, English and Chinese), filler words that
never tell metrics apart ("amount of", "total", "volume") dropped, plurals made singular, the words
sorted. The examples are the labelled facts of the answer keys (`examples.py`) and each metric's
own words (its name and `aliases` in metrics.yaml, source "catalog"). Similarity is rapidfuzz's
token-sort ratio (0-100) of the two concept forms.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma
from rapidfuzz import fuzz, process

from ..core import vocab
from ..core.units import parse_unit
from .examples import Example
from .label import expand_abbreviations
from .metrics import Catalog
from .sentence import norm_text
from .spelling import respelled
from ..core.memo import kept

# A label at least this similar to an example's is read as that example's metric (the unit must fit).
NEAREST_MIN = 90.0
# A label this similar to an example decides even against the catalog's patterns.
SAME_LABEL = 100.0

_WORD = re.compile(r"[a-z0-9][a-z0-9.+\-]*|[\u3040-\u30ff\u4e00-\u9fff]+")
# a bracket that only comments the label: a list marker "(i)", a formula "(A+B+C)", "(in kilolitres)",
# a unit, an abbreviation; one holding a qualifier that splits metrics ("(market-based)") stays
# (Japanese corner brackets hold notes too: 「東京ガスグループ合計 第三者保証」 = "group total, assured")
_NOTE = re.compile(r"[(（\[「『【]([^()（）\[\]「」『』【】]*)[)）\]」』】]")
# a footnote number glued to a word ("consumption3"); not CO2, PM2.5, N2O, Scope1
_GLUED_MARK = re.compile(r"(?<=[a-z]{3})(?<!scope)\d+\b")
# (a bracket saying the figure may be a loss, "Operating income (loss)", makes it a profit: kept)
_KEEP_NOTE = re.compile(r"based|scope|スコープ|范围|per\b|\bloss\b", re.I)
# a reference to a note printed after a label ("CH4 ※4、備考3", "注8"): not a word of the metric
_NOTE_REF = re.compile(r"(?:※|注|備考)\s*\d+(?:\s*[、,]\s*(?:※|注|備考)?\s*\d+)*")
# a form's reference code before the label ("P6.E.4 Water discharge", "B.1.2"): not a word of the metric
FORM_CODE = re.compile(r"(?<![a-z0-9.])[a-z]?\d+(?:\.[a-z0-9]{1,2}){1,3}(?![a-z0-9.])(?=\s+[a-z])")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern | None, dict[str, str], frozenset[str], frozenset[str]]:
    """One pattern for every synonym (longest first: 废水 before 水), the canonical word of each,
    the filler words and the qualifier words."""
    data = vocab.load("metrics.yaml")
    canon = {v.lower(): c for c, variants in (data.get("synonyms") or {}).items() for v in variants}
    alts = "|".join(re.escape(v) for v in sorted(canon, key=len, reverse=True))
    # (an English plural of a variant is the variant: "greenhouse gases", "staffs")
    pat = re.compile(rf"(?<![a-z])({alts})(?:(?<=[a-z])e?s)?(?![a-z])") if alts else None
    return pat, canon, frozenset(data.get("filler_words") or ()), frozenset(data.get("qualifier_words") or ())


@lru_cache(maxsize=65536)
def _singular(w: str) -> str:
    """An English plural noun's singular by simplemma's dictionary ("gases", "facilities", "indices"),
    only for a word ending in s; other words as they are."""
    if len(w) <= 3 or not w.isascii() or not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return w
    lemma = simplemma.lemmatize(w, lang="en")
    if lemma != w and lemma[:3] == w[:3] and len(lemma) >= len(w) - 3:
        return lemma
    return w[:-3] + "y" if w.endswith("ies") else w[:-1]


@lru_cache(maxsize=65536)
def concept_text(text: str) -> str:
    """The words of a label that tell metrics apart, singular, synonyms unified, each once, sorted."""
    t = _NOTE.sub(lambda m: m.group(0) if _KEEP_NOTE.search(m.group(1)) or context_words(m.group(1))
                  else " ", expand_abbreviations(respelled(norm_text(text))))
    t = " ".join(_without_unit_tail(level) for level in t.split(">"))
    t = FORM_CODE.sub(" ", _GLUED_MARK.sub("", t))
    if "※" in t or "注" in t or "備考" in t:
        t = _NOTE_REF.sub(" ", t)
    pat, canon, filler, _ = _words()
    if pat is not None:
        t = pat.sub(lambda m: f" {canon[m.group(1)]} ", t)
    t = _CJK_RUN.sub(lambda m: f" {segment_cjk(m.group(0))} ", t)
    words = {_singular(w) for w in _WORD.findall(t)}
    words -= {w for w, by in _implied().items() if words & by}   # "Energy, electricity": the electricity
    both = {w for w in words if f"non-{w}" in words}   # "renewable and non-renewable": all of it, no split
    return " ".join(sorted(w for w in words - both - {f"non-{w}" for w in both} if w not in filler))


_CJK_RUN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]{2,}")


def segment_cjk(run: str) -> str:
    """A run of Chinese or Japanese characters (no spaces between words) cut into the words the catalog knows
    (`cjk_vocabulary`), longest first from the left; the characters between two known words stay one word.
    A one-character word is cut only at the run's end or before another known word, and never from one other
    character ("产品召回总数" gives "总" + "数"; "容量" stays one word, not "容" + "量")."""
    vocab, longest = cjk_vocabulary()
    out, unknown, i = [], "", 0
    while i < len(run):
        word = next((run[i:i + n] for n in range(min(longest, len(run) - i), 0, -1) if run[i:i + n] in vocab), None)
        if word is not None and len(word) == 1 and (len(unknown) == 1 or not _word_ends(run, i + 1, vocab, longest)):
            word = None
        if word is None:
            unknown += run[i]
            i += 1
            continue
        out += [unknown, word] if unknown else [word]
        unknown, i = "", i + len(word)
    return " ".join(out + ([unknown] if unknown else []))


def _word_ends(run: str, j: int, vocab: frozenset[str], longest: int) -> bool:
    """At `j` the run ends, or a known word of two characters or more starts, or the rest is a known word."""
    return j == len(run) or run[j:] in vocab or any(run[j:j + n] in vocab for n in range(2, min(longest, len(run) - j) + 1))


_LISTS = ("synonyms", "filler_words", "qualifier_words", "measure_words", "context_words", "split_words",
          "whole_words", "version_words", "cjk_words")


@lru_cache(maxsize=1)
def cjk_vocabulary() -> tuple[frozenset[str], int]:
    """Every Chinese or Japanese word of the catalog's word lists (metrics.yaml: synonyms and their canonical
    words, filler, qualifier, measure, context, split, whole and version words, and `cjk_words`), and the
    longest one's length."""
    data = vocab.load("metrics.yaml")
    words: set[str] = set()
    for name in _LISTS:
        got = data.get(name) or ()
        items = [w for k, v in got.items() for w in (k, *v)] if isinstance(got, dict) else list(got)
        words.update(str(w) for w in items if _CJK_RUN.fullmatch(str(w)) or (len(str(w)) == 1 and _CJK_ONE.match(str(w))))
    return frozenset(words), max((len(w) for w in words), default=1)


_CJK_ONE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


# a level ending in the physical unit it is printed in ("Total electricity consumption in gigajoules", "… in MWh")
_IN_UNIT = re.compile(r"\s+in\s+(\S+(?:\s+\S+)?)\s*$")


def _without_unit_tail(level: str) -> str:
    m = _IN_UNIT.search(level)
    if m is None:
        return level
    u = parse_unit(m.group(1))
    # (a physical unit only: "in headcount", "in hours" or "in %" say what is counted)
    return level[:m.start()] if u is not None and u.expr is not None and u.dim not in ("count", "time", "ratio") else level


@lru_cache(maxsize=1)
def _implied() -> dict[str, frozenset[str]]:
    return {w: frozenset(by) for w, by in (vocab.load("metrics.yaml").get("implied_words") or {}).items()}


@dataclass(frozen=True)
class Near:
    example: Example
    score: float


class ExampleIndex:
    """Examples in concept form, searched by similarity; identical labels found at once."""

    def __init__(self, examples: tuple[Example, ...]):
        self.examples = examples
        self.texts = [concept_text(_key(e.label)) for e in examples]
        self.exact: dict[str, list[Example]] = {}
        for e in examples:
            self.exact.setdefault(_path_key(e.label), []).append(e)
        self._memo: dict[str, list[Near]] = {}

    def same(self, label: str) -> list[Example]:
        """Examples whose label path is this one (normalized), or its last levels."""
        key = _path_key(label)
        parts = key.split(" > ")
        for i in range(len(parts)):
            hit = self.exact.get(" > ".join(parts[i:]))
            if hit:
                return hit
        return []

    def nearest(self, text: str, limit: int = 30) -> list[Near]:
        """The most similar examples to a label's key text, best first."""
        q = concept_text(text)
        if not q:
            return []
        if q not in self._memo:
            if len(self._memo) > 20000:
                self._memo.clear()
            # concept texts are already sorted, distinct words joined by one space, so plain ratio is
            # token_sort_ratio without re-splitting and re-sorting every example (5x faster, same scores)
            got = process.extract(q, self.texts, scorer=fuzz.ratio, limit=limit, score_cutoff=60)
            self._memo[q] = [Near(self.examples[i], s) for _, s, i in got]
        return self._memo[q]


def _path_key(label: str) -> str:
    return " > ".join(norm_text(p) for p in (label or "").split(" > ") if norm_text(p))


@kept(maxsize=65536)   # (asked per fact and per example compared: the same labels again and again)
def context_words(text: str) -> frozenset[str]:
    """The words of `text` that split one subject into different metrics ('renewable', 'hazardous',
    'contractor'): an example decides a label only when both hold the same ones."""
    got = _context_of(text)
    both = {w for w in got if f"non-{w}" in got}   # "renewable and non-renewable": all of it
    return frozenset(got - both - {f"non-{w}" for w in both})


def _context_of(text: str) -> set[str]:
    ctx = _context()
    return {w for w in concept_text(text).split() if w in ctx}


@lru_cache(maxsize=1)
def _context() -> frozenset[str]:
    return frozenset(concept_text(w) for w in vocab.load("metrics.yaml").get("context_words") or ())


@kept(maxsize=65536)
def measure_only(text: str) -> bool:
    """Every word says how much or what was done ('Generated', '再資源化量', 'Recycled rate'), none what:
    the subject is in the parent label ('産業廃棄物 > 発生量', 'PE pipes > Recycled')."""
    words = concept_text(text).split()
    return bool(words) and all(w in _measure() or w in _words()[3] or w[0].isdigit() for w in words)


@lru_cache(maxsize=1)
def _measure() -> frozenset[str]:
    return frozenset(w for x in vocab.load("metrics.yaml").get("measure_words") or () for w in concept_text(x).split())


def qualifier_words() -> frozenset[str]:
    """Words that name a part, never a subject ('female', 'under', 'hazardous'; data: `qualifier_words`)."""
    return _words()[3]


@kept(maxsize=65536)
def qualifier_only(text: str) -> bool:
    """Every word a qualifier or a number ('Female', 'Under 30', 'Total'): it names a part, not a subject."""
    qual = _words()[3]
    return all(w in qual or w[0].isdigit() for w in concept_text(text).split())


@kept(maxsize=65536)
def _key(label: str) -> str:
    """The text a label is compared by: its last level, with the parent when the last level alone
    is a qualifier or a generic word ('Hazardous', 'Total', 'Female')."""
    parts = [p for p in (label or "").split(" > ") if p.strip()]
    if not parts:
        return ""
    leaf = parts[-1]
    if qualifier_only(leaf):
        return f"{parts[-2]} {leaf}" if len(parts) > 1 else ""
    if measure_only(leaf) and len(parts) > 1:   # "産業廃棄物 > 発生量": the parent names what was generated
        return f"{parts[-2]} {leaf}"
    return leaf


key_text = _key


def catalog_examples(cat: Catalog) -> tuple[Example, ...]:
    """Each metric's own words as examples: its name and aliases (source 'catalog')."""
    return tuple(Example(w, m.id, None, "catalog") for m in cat.metrics for w in (m.name, *m.aliases))
