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
