"""Values worked out once per document and shared by every stage that reads them.

`per_doc(doc, key, make)` computes `make()` the first time any stage asks for `key` on `doc` and hands
the same object to every later caller (the profile's sentences, read by the fact extractor for the
report year and again by the profile). The values live as long as the document: they are held beside
it (by its id, dropped when it is collected), never on it, so a pickled or exported document is unchanged.
Callers treat what they get as read-only.
"""
from __future__ import annotations

import weakref
from collections.abc import Callable
from functools import lru_cache, update_wrapper
from typing import Any

_MEMO: dict[int, dict[str, Any]] = {}
_SELF = object()   # stands for the document in its own memo


def per_doc(doc: object, key: str, make: Callable[[], Any]) -> Any:
    memo = _MEMO.get(id(doc))
    if memo is None:
        memo = _MEMO[id(doc)] = {}
        weakref.finalize(doc, _MEMO.pop, id(doc), None)
    if key not in memo:
        value = make()
        # the document itself is held as a mark: a value that is the document would keep it alive for ever
        # (the memo is global), and with it every line and block of every report ever read in this process
        memo[key] = _SELF if value is doc else value
    value = memo[key]
    return doc if value is _SELF else value


def known(doc: object, key: str) -> Any:
    """The value already worked out for `key` on `doc`, else None (nothing is computed)."""
    memo = _MEMO.get(id(doc))
    value = None if memo is None else memo.get(key)
    return doc if value is _SELF else value


# texts longer than this are worked out afresh every time: a line of a hostile input (up to
# limits.max_line_chars) is not kept tens of thousands of times over
KEPT_CHARS = 400


def kept(maxsize: int, chars: int = KEPT_CHARS) -> Callable:
    """Like functools.lru_cache for a pure function of one text (or None), keeping only texts of up to
    `chars` characters: labels, cells and short lines, which a report asks of again and again (a table's
    labels by every stage, a row's cells by every reader). The answer must not be changed by the caller
    (a str, a bool, a tuple, a frozenset)."""
    def wrap(fn: Callable) -> Callable:
        cached = lru_cache(maxsize=maxsize)(fn)

        def call(text):
            return cached(text) if text is None or len(text) <= chars else fn(text)
        call.cache_clear, call.cache_info = cached.cache_clear, cached.cache_info   # type: ignore[attr-defined]
        return update_wrapper(call, fn)
    return wrap
