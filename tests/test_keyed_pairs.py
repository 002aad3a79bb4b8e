"""Checks compare candidates pair by pair only within a key (issue 16: no all-pairs comparison without a
key): checks.changes._keyed_pairs gives exactly the pairs, in exactly the order, of the loop over all
pairs that skips pairs whose keys differ."""
from __future__ import annotations

import random
import time

from esglens.checks.changes import _keyed_pairs


def _all_pairs(items, key):
    return [(a, b) for i, a in enumerate(items) for b in items[i + 1:] if key(a) == key(b)]


def test_the_same_pairs_in_the_same_order_as_every_pair():
    rng = random.Random(7)
    items = [(rng.choice(["yoy", "2019", None]), rng.choice([2022, 2023, None]), n) for n in range(300)]
    key = lambda t: (t[0], t[1])   # noqa: E731
    assert _keyed_pairs(items, key) == _all_pairs(items, key)
    assert _keyed_pairs([], key) == [] and _keyed_pairs(items[:1], key) == []


def test_many_candidates_with_different_keys_cost_no_pairs():
    items = [("yoy", year, n) for n, year in enumerate(range(20_000))]
    t = time.process_time()
    assert _keyed_pairs(items, lambda t: t[1]) == []
    assert time.process_time() - t < 1.0    # the loop over all pairs: 200 million comparisons
