"""Speed work that must not change a result: each faster form against the form it replaced, on random inputs
built from the characters that matter (no sample report needed), and counts of work that must stay linear."""
from __future__ import annotations

import random
import re

from esglens.catalog.sentence import _occurrences
from esglens.facts import quantity
from esglens.facts.spelled import _ONES, _TENS, _UNITS, WORD_NUM


def _texts(alphabet: list[str], n: int, longest: int, seed: int):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest)))


def test_a_number_is_found_where_the_old_regex_per_number_found_it():
    alphabet = list("0123456789.,% a-") + ["٣", "²", "1,2", "12"]
    rnd = random.Random(7)
    for text in _texts(alphabet, 20000, 14, 1):
        raw = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 3)))
        old = [m.start() for m in re.finditer(rf"(?<![\d.,]){re.escape(raw)}(?![\d])", text)]
        assert _occurrences(text, raw) == old, (text, raw)


def test_spelled_numbers_match_as_the_pattern_without_its_first_letter_test():
    old = re.compile(
        r"(?<![\d.,]\s)(?<![\d.,])\b(?P<n>(?:" + "|".join(_TENS) + r")(?:[\s-](?:" + _ONES + r"))?"
        r"|(?:" + "|".join(_UNITS) + r"|one)(?:\s+hundred)?)\b(?![-–])"
        r"(?P<pct>\s+(?:per\s?cent|percent)\b)?", re.I)
    words = [*_TENS, *_UNITS, "one", "hundred", " per cent", " percent", "ſix", "SEVEN", "Twenty-one", "x", "1",
             ".", ",", " ", "-", "–", "a", "ſ", "\u212a", "İ", "ı"]
    for text in _texts(words, 20000, 8, 2):
        assert [(m.span(), m.groups()) for m in WORD_NUM.finditer(text)] == \
            [(m.span(), m.groups()) for m in old.finditer(text)], text


def test_a_mask_skipped_by_its_gate_would_have_matched_nothing():
    def every_mask(s: str) -> list:
        out = [(m.start(), m.end(), name) for name, rx in quantity.MASKS.items() for m in rx.finditer(s)]
        return out + [(m.start(), m.end(), "options") for m in quantity._OPTIONS.finditer(s)] if "[" in s else out

    alphabet = list("0123456789 ()./+-@:,[]") + [
        "tel", "Fax", "Hotline: ", "www.", "http://", "x.com", "a@b.cn", ".CN", "post code", "Zip", "W2 6LG",
        "EC4Y 0DA", " 213200, Jiangsu Province", " Jan ", "March", "2024", "1999", "st", "ſ", "\u212a", "İ", "x"]
    for text in _texts(alphabet, 30000, 12, 3):
        assert quantity.masked_spans(text) == every_mask(text), text
    assert quantity.masked_spans("Tel: +86 (0)21 6888 1234, or info@kstar.com.cn") == \
        every_mask("Tel: +86 (0)21 6888 1234, or info@kstar.com.cn") != []
