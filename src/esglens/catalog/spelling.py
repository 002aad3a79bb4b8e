"""Near-spellings of the catalog's words: "indipendent directors", "employement", "managament" read as the
words the catalog knows, so the patterns and the nearest-example mapper see them.

A word is respelled only when all of these hold:
- it is an ASCII word of letters (a hyphen allowed) at least `SPELL_MIN_LEN` long (shorter words are too
  often abbreviations, or one letter away from another word: "wastes", "staff");
- neither the catalog's vocabulary nor simplemma's English dictionary knows it ("mission", "consumer",
  "recovered" are words of their own, however near "emission", "consumed", "covered");
- exactly one catalog word is at least `SPELL_MIN` similar to it (rapidfuzz ratio, 0-100): two equally near
  words mean we cannot tell which was meant.
The vocabulary is the catalog's own words (metrics.yaml: names, aliases, definitions, the words of the patterns
and every word list), not the answer keys' labels.
"""
from __future__ import annotations

import re
from functools import lru_cache

import simplemma
from rapidfuzz import fuzz, process

from ..core import vocab
from ..core.memo import kept

# a word this similar to exactly one catalog word is read as that word (one letter wrong in ten: 90)
SPELL_MIN = 88.0
# words shorter than this are never respelled
SPELL_MIN_LEN = 6

_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]*[a-z](?![\w-])")
_LETTERS = re.compile(r"[a-z]{%d,}" % SPELL_MIN_LEN)


def _strings(node) -> list[str]:
    """Every string of a YAML node (lists, mappings' keys and values)."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(node, (list, tuple)):
        return [s for v in node for s in _strings(v)]
    return []


@lru_cache(maxsize=1)
def vocabulary() -> tuple[frozenset[str], tuple[str, ...]]:
    """Every word of the catalog (lower case), and those long enough to be a respelling's target."""
    data = vocab.load("metrics.yaml") or {}
    words: set[str] = set()
    for text in _strings(data):
        low = text.lower()
        words.update(_WORD.findall(low))
        words.update(_LETTERS.findall(low))   # (a pattern's words: "(?:employees?|staff)" holds "employees")
    return frozenset(words), tuple(sorted(w for w in words if len(w) >= SPELL_MIN_LEN))


@kept(maxsize=65536)
def respell_word(word: str) -> str:
    """The catalog word `word` is a near-spelling of, or `word` itself."""
    if len(word) < SPELL_MIN_LEN or not word.isascii() or not word.replace("-", "").isalpha():
        return word
    known, targets = vocabulary()
    if word in known or simplemma.is_known(word, lang="en"):
        return word
    if "-" in word and all(p in known or simplemma.is_known(p, lang="en") for p in word.split("-")):
        return word   # "non-renewals", "re-hired": known words joined
    got = process.extract(word, targets, scorer=fuzz.ratio, score_cutoff=SPELL_MIN, limit=2)
    if not got or (len(got) > 1 and got[1][1] == got[0][1]):
        return word
    return got[0][0]


@kept(maxsize=65536)
def respelled(text: str) -> str:
    """A lower-case text with every near-spelling of a catalog word replaced by the word."""
    return _WORD.sub(lambda m: respell_word(m.group(0)), text)
