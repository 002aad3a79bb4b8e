"""core.opening: a pattern behind a lookahead of its first characters matches exactly as the pattern itself
(issue 17). Checked on constructed patterns and on every module-level pattern of esglens, on random texts built
from each pattern's own characters and words (no sample report needed)."""
from __future__ import annotations

import importlib
import pkgutil
import random
import re

import pytest

import esglens
from esglens.core.opening import first_class, opening
from esglens.core.prefilter import Gated, folded, gate, needs


def _same(a: re.Pattern, b: re.Pattern, text: str) -> None:
    def seen(m):
        return None if m is None else (m.span(), m.groups(), m.groupdict())
    for pos in (0, 1, len(text) // 2):
        assert seen(a.search(text, pos)) == seen(b.search(text, pos)), (a.pattern, text, pos)
        assert seen(a.match(text, pos)) == seen(b.match(text, pos)), (a.pattern, text, pos)
    assert seen(a.fullmatch(text)) == seen(b.fullmatch(text)), (a.pattern, text)
    assert [seen(m) for m in a.finditer(text)] == [seen(m) for m in b.finditer(text)], (a.pattern, text)


def test_first_class_names_every_first_character():
    assert first_class(r"\b(?:was|were|rose)\b", re.I) == "[rw]"
    assert first_class(r"(?<![A-Za-z])(?:scope|iso|\d+%)") == r"[\dis]"
    assert first_class(r"(?:^|[,;]\s*)(?:if|when)") == "[,;iw]"   # an empty branch: what follows opens too
    assert first_class(r"x?y+z") == "[xy]"


@pytest.mark.parametrize("pattern", [
    r"a*b?",            # may match the empty string: every position is a start
    r"[^abc]def",       # a negated class
    r".abc",            # any character
    r"(?=[ab])(?:ab|ba)",   # opened by hand already
    r"(?-i:[A-D])x",    # flags changed inside
    r"\wabc",           # a class too broad to pay for its test
])
def test_patterns_whose_first_character_is_not_named_are_left_as_they_are(pattern):
    rx = re.compile(pattern, re.I if "(?-i" in pattern else 0)
    assert opening(rx) is rx


def test_an_opened_pattern_keeps_groups_names_and_leading_flags():
    rx = re.compile(r"(?i)(?P<dir>up|down) by (\d+)%|(\d+) per cent")
    op = opening(rx)
    assert op is not rx and op.pattern.startswith("(?i)(?=")
    assert op.groupindex == rx.groupindex and op.groups == rx.groups
    m = op.search("Emissions went DOWN by 12% in 2024")
    assert m.group("dir") == "DOWN" and m.group(2) == "12" and m.span() == rx.search("Emissions went DOWN by 12% in 2024").span()


def test_ignorecase_openings_see_the_letters_ignorecase_sees():
    rx = re.compile(r"\b(?:kwh|scope)\b", re.I)
    op = opening(rx)
    for text in ["1 \u212awh", "ſcope 1", "KWH", "SCOPE", "kwhs", "x scope"]:   # Kelvin sign, long s
        _same(rx, op, text)


def test_a_gated_pattern_is_searched_opened():
    g = gate(re.compile(r"\b(?:climate|carbon) risks?\b", re.I))
    assert isinstance(g, Gated) and g.re.pattern.startswith("(?=[c])")
    assert g.search("Physical CLIMATE risk and carbon risks").span() == (9, 21)
    assert g.search("no such words") is None


def _patterns() -> list[tuple[str, re.Pattern]]:
    out, seen = [], set()
    for info in pkgutil.walk_packages(esglens.__path__, "esglens."):
        if any(part in info.name for part in (".web", ".cli", ".cluster", "__main__")):
            continue
        try:
            mod = importlib.import_module(info.name)
        except Exception:   # pragma: no cover - an optional dependency missing
            continue
        for name, value in vars(mod).items():
            rx = value.re if isinstance(value, Gated) else value
            if isinstance(rx, re.Pattern) and isinstance(rx.pattern, str) and id(rx) not in seen:
                seen.add(id(rx))
                out.append((f"{info.name}.{name}", rx))
    return out


_WORD = re.compile(r"[A-Za-z]{2,}|[\u3040-\u30ff\u4e00-\u9fff]+")


def _texts(rx: re.Pattern, rnd: random.Random, n: int) -> list[str]:
    """Random texts of the pattern's own words and characters with digits, spaces and punctuation."""
    pieces = _WORD.findall(rx.pattern) or ["ab"]
    chars = [c for c in set(rx.pattern) if c.isprintable()] + list("0123456789 ,.;:%()-") + ["2024", "12.5", "  "]
    texts = []
    for _ in range(n):
        parts = [rnd.choice(pieces) if rnd.random() < 0.5 else rnd.choice(chars) for _ in range(rnd.randint(0, 12))]
        text = "".join(p if rnd.random() < 0.6 else " " + p for p in parts)
        texts.append(text.upper() if rnd.random() < 0.1 else text)
    return texts


def test_every_pattern_of_esglens_matches_opened_as_it_stands():
    rnd = random.Random(1117)
    patterns = _patterns()
    assert len(patterns) > 300
    opened = matched = 0
    for name, rx in patterns:
        op = opening(rx)
        if op is rx:
            continue
        opened += 1
        words = needs(op.pattern, op.flags)   # a word gate still names words (core.prefilter), and right ones
        assert (words is None) == (needs(rx.pattern, rx.flags) is None), name
        for text in _texts(rx, rnd, 60):
            _same(rx, op, text)
            if rx.search(text) is not None:
                matched += 1
                assert words is None or any(w in folded(text) for w in words), (name, text)
    assert opened > 200 and matched > 2000   # (the texts do reach the patterns' matches)
