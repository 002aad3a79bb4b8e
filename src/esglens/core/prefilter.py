"""Which words a regex needs: skip a pattern on a text that lacks all of them, before running it.

`needs(pattern)` reads the parsed pattern (the standard `re` parser) and returns words, lower-cased, of
ASCII letters and caseless CJK characters (kana, ideographs, hangul), of which every match contains at least one (an alternation gives one word per branch), or
None when no such word can be named (the pattern may match without any fixed letters). `folded(text)`
is the text as those words are looked for in it: lower-cased, with the four non-ASCII letters that
`re.IGNORECASE` lets match an ASCII letter (İ ı ſ and the Kelvin sign) read as that letter. A text in
which none of a pattern's words occur cannot match it, with or without IGNORECASE, so skipping the
search changes no result; it only saves the search on the many sentences that cannot match.
"""
from __future__ import annotations

import operator
import re
from bisect import bisect_right
from functools import lru_cache

from .opening import opening

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
# the non-ASCII characters an IGNORECASE search lets match an ASCII letter (all of them, found by trying
# every code point against a-z and 0-9 with re.IGNORECASE)
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


@lru_cache(maxsize=8192)
def needs(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Words one of which every match of `pattern` contains (see the module), or None."""
    try:
        parsed = _p.parse(pattern, flags)
    except re.error:
        return None
    return _sequence(list(parsed))


@lru_cache(maxsize=8192)
def needs_cased(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """For a pattern matched case-sensitively: words as printed (their case kept), one of which every match
    contains as it stands in the text; None when the pattern ignores case (flags, a leading (?i)) or names
    no such word. Parts under (?i:...) give no word."""
    if flags & re.IGNORECASE:
        return None
    try:
        parsed = _p.parse(pattern, flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _sequence(list(parsed), cased=True)


def folded(text: str) -> str:
    """`text` as `needs`' words are looked for in it (kept: many patterns read the same sentence in turn)."""
    return _folded(text) if len(text) <= _KEEP_CHARS else _folded_long(text)


def _fold(text: str) -> str:
    if not text.isascii() and any(c in text for c in _SPECIAL):   # (translate is slow: only when needed)
        text = text.translate(_TO_ASCII)
    return text.lower()


_SPECIAL = ("\u0130", "\u0131", "\u017f", "\u212a")
_KEEP_CHARS = 4096   # a sentence; of longer texts (a whole table's) only the last few are kept
_folded = lru_cache(maxsize=1 << 16)(_fold)
_folded_long = lru_cache(maxsize=8)(_fold)


def may_match(pattern: str, text: str, flags: int = 0) -> bool:
    """False only when `pattern` cannot match `text` (none of the words it needs is in it)."""
    words = needs(pattern, flags)
    if words is None:
        return True
    low = folded(text)
    return any(w in low for w in words)


def may_find(rx: re.Pattern, text: str) -> bool:
    """False only when the compiled `rx` cannot match `text`."""
    return may_match(rx.pattern, text, rx.flags) if isinstance(rx.pattern, str) else True


# characters without letter case (cent to yen signs, the currency symbols block, CJK punctuation, kana,
# ideographs, hangul): IGNORECASE matches such a character only itself and lower() leaves it alone (checked
# against every code point), so it can be a needed word's letter too
_CASELESS = ((0xA2, 0xA5), (0x20A0, 0x20CF), (0x3000, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF),
             (0xF900, 0xFAFF))


def _caseless(code: int) -> bool:
    return any(a <= code <= b for a, b in _CASELESS)


class Gated:
    """A compiled pattern that is not run on a text lacking every word it needs: the same results as the
    pattern itself (`search`, `match`, `fullmatch`, `finditer`, `findall`, `sub`; anything else is the
    pattern's own), without the search on the texts that cannot match; a text that passes the gate is
    searched by the pattern behind a test of its first character (core.opening). `pos`/`endpos` are honoured by
    the pattern; the words are looked for in the whole text, so a skip is always safe."""
    __slots__ = ("re", "words", "cased", "source")

    def __init__(self, compiled: re.Pattern, words: tuple[str, ...], cased: bool = False):
        self.re, self.words, self.cased = opening(compiled), words, cased   # cased: words looked for as printed
        self.source = compiled   # its pattern, flags and groups are the ones asked for (the search is opened)

    def _absent(self, text: str) -> bool:
        low = text if self.cased else _folded(text) if len(text) <= _KEEP_CHARS else _folded_long(text)
        for w in self.words:
            if w in low:
                return False
        return True

    def search(self, text: str, *args):
        low = text if self.cased else _folded(text) if len(text) <= _KEEP_CHARS else _folded_long(text)
        for w in self.words:   # (the gate inline: this is the hot path)
            if w in low:
                return self.re.search(text, *args)
        return None

    def match(self, text: str, *args):
        return None if self._absent(text) else self.re.match(text, *args)

    def fullmatch(self, text: str, *args):
        return None if self._absent(text) else self.re.fullmatch(text, *args)

    def finditer(self, text: str, *args):
        return iter(()) if self._absent(text) else self.re.finditer(text, *args)

    def findall(self, text: str, *args) -> list:
        return [] if self._absent(text) else self.re.findall(text, *args)

    def sub(self, repl, text: str, count: int = 0) -> str:
        return text if self._absent(text) else self.re.sub(repl, text, count)

    def __getattr__(self, name: str):
        return getattr(self.source, name)

    def __repr__(self) -> str:
        return f"Gated({self.re!r}, {self.words!r})"


def gate(compiled: re.Pattern) -> "re.Pattern | Gated":
    """`compiled` behind its word gate (see `Gated`), or itself when it needs no word (or is bytes)."""
    if not isinstance(compiled.pattern, str):
        return compiled
    cased = needs_cased(compiled.pattern, compiled.flags)   # as printed, when the pattern minds case
    if cased is not None:
        return Gated(compiled, fewest(cased), cased=True)
    words = needs(compiled.pattern, compiled.flags)
    return compiled if words is None else Gated(compiled, fewest(words))


def fewest(words) -> tuple[str, ...]:
    """The words without those that hold another one ('orderly' holds 'order'): a text holds one of them
    exactly when it holds one of all."""
    words = set(words)
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def _sequence(items: list, cased: bool = False) -> tuple[str, ...] | None:
    """The best requirement of a sequence of parsed items: the one whose shortest word is longest.
    `cased`: letters keep their case (a case-sensitive pattern; see needs_cased). Items that match one of a
    few fixed strings (a letter, a group of literal alternatives) extend the words they follow: "report
    (covers|relates)" needs "report covers" or "report relates", not only "report"."""
    best: tuple[str, ...] | None = None
    run: tuple[str, ...] = ("",)

    def consider(words: tuple[str, ...] | None) -> None:
        nonlocal best
        if words and all(words) and (best is None or min(map(len, words)) > min(map(len, best))):
            best = words

    for op, av in items:
        fixed = _fixed(op, av, cased)
        if fixed is not None and len(run) * len(fixed) <= _MAX_WORDS:
            run = tuple(dict.fromkeys(r + f for r in run for f in fixed))
            continue
        consider(run)
        run = ("",)
        if fixed is not None:   # (too many alternatives to extend the words before: a fresh run)
            run = fixed
            continue
        consider(_item(op, av, cased))
    consider(run)
    return best


_MAX_WORDS = 16   # a requirement of more words than this is not made by combining alternatives


def _fixed(op, av, cased: bool) -> tuple[str, ...] | None:
    """The strings one parsed item matches when they are a few fixed letter strings (a literal, a group or
    alternation of literals), lower-cased unless `cased`; None otherwise."""
    if op is _c.LITERAL:
        if av < 128 or _caseless(av):
            return (chr(av) if cased else chr(av).lower(),)
        return None
    if op is _c.SUBPATTERN:
        if av[1] or av[2]:   # (?i:...) or other flags added/removed inside: read as before
            return None
        return _fixed_sequence(list(av[-1]), cased)
    if op is _c.BRANCH:
        out: list[str] = []
        for alternative in av[1]:
            strings = _fixed_sequence(list(alternative), cased)
            if strings is None:
                return None
            out += strings
            if len(out) > _MAX_WORDS:
                return None
        return tuple(dict.fromkeys(out))
    return None


def _fixed_sequence(items: list, cased: bool) -> tuple[str, ...] | None:
    run: tuple[str, ...] = ("",)
    for op, av in items:
        fixed = _fixed(op, av, cased)
        if fixed is None or len(run) * len(fixed) > _MAX_WORDS:
            return None
        run = tuple(dict.fromkeys(r + f for r in run for f in fixed))
    return run


def _item(op, av, cased: bool = False) -> tuple[str, ...] | None:
    """What one parsed item (a group, a repeat, an alternation, a lookaround) requires, if anything."""
    if op is _c.SUBPATTERN:
        if cased and av[1] & re.IGNORECASE:
            return None   # a (?i:...) group inside a case-sensitive pattern: its letters may be any case
        return _sequence(list(av[-1]), cased)
    if op in _REPEATS:
        low, _, body = av
        return _sequence(list(body), cased) if low >= 1 else None
    if op is _c.BRANCH:
        alternatives = [_sequence(list(a), cased) for a in av[1]]
        if any(a is None for a in alternatives):
            return None
        return tuple(dict.fromkeys(w for a in alternatives for w in a))
    if op is _c.ASSERT:   # a lookahead or lookbehind: what it sees is in the text too
        return _sequence(list(av[1]), cased)
    if _ATOMIC is not None and op is _ATOMIC:
        return _sequence(list(av), cased)
    return None   # a character class, any character, an anchor, a negative lookaround, a back reference


def holding(items: list, words: tuple[str, ...]) -> list:
    """The items (anything with a `.text`), in order, whose folded text holds one of `words`: found per
    word by one str.find pass over the joined folded texts (C speed), not by testing every item; the index
    is kept for the last few lists, so every loop over one report's sentences shares it."""
    index = _index_of(items)
    hit: set[int] = set()
    for w in words:
        hit |= index.holding(w)
    return [items[i] for i in sorted(hit)]


def candidates(items: list, patterns) -> list:
    """The items whose text some pattern of `patterns` could match (IGNORECASE words, see `needs`); all of
    them when a pattern needs no word."""
    each = [needs(p, re.I) for p in patterns]
    if any(w is None for w in each):
        return items
    return holding(items, fewest({w for ws in each for w in ws}))


class _WordIndex:
    """Where each word stands among the items: one str.find pass over their folded texts, joined by a
    character no needed word holds, per word asked for."""

    def __init__(self, items: list):
        self.items = items   # held: its id cannot be reused while this index is kept
        self.snapshot = list(items)   # what it held when indexed: a list changed since is indexed anew
        lows = [folded(x.text) for x in items]
        self.joined = _SEP.join(lows)
        self.starts, at = [], 0
        for low in lows:
            self.starts.append(at)
            at += len(low) + 1
        self.words: dict[str, set[int]] = {}

    def holding(self, word: str) -> set[int]:
        found = self.words.get(word)
        if found is None:
            found = self.words[word] = set()
            if _SEP in word or not word:   # (no needed word is empty or holds it; kept exact anyway)
                found.update(i for i, x in enumerate(self.items) if word in folded(x.text))
                return found
            joined, starts, at = self.joined, self.starts, self.joined.find(word)
            while at >= 0:
                i = bisect_right(starts, at) - 1
                found.add(i)
                nxt = starts[i + 1] if i + 1 < len(starts) else len(joined)
                at = joined.find(word, nxt)   # on to the next item: one hit per item is enough
        return found


_SEP = "\x00"
_INDEXES: list[_WordIndex] = []   # the last few lists indexed (a report's narrative, its sentences ...)


def _index_of(items: list) -> _WordIndex:
    for k, ix in enumerate(_INDEXES):
        if ix.items is items:
            if len(items) == len(ix.snapshot) and all(map(operator.is_, items, ix.snapshot)):
                return ix
            del _INDEXES[k]
            break
    ix = _WordIndex(items)
    _INDEXES.insert(0, ix)
    del _INDEXES[4:]
    return ix
