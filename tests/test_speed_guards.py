"""Issues 16/17: the regex prefilter never hides a match, and the caps on table rows and cells apply to
every stage and say what they left out."""
from __future__ import annotations

import re

import pytest

from esglens.core.limits import use_limits
from esglens.core.prefilter import folded, may_match, needs
from esglens.pipeline import analyze
from esglens.profile.text import any_match, could_match, rx, vocab
from profile_patterns import every_profile_pattern


@pytest.mark.parametrize("pattern, words", [
    (r"scope\s*3", ("scope",)),
    (r"\bnet[- ]zero\b|carbon\s+neutral(?:ity)?", ("zero", "neutral")),   # one word from each branch
    (r"(?:ISO|EN)\s*14064", ("14064",)),                                  # the longest requirement wins
    (r"assur(?:ance|ed)", ("assurance", "assured")),                      # literal alternatives extend a word
    (r"\.(?:SZ|SH|HK)\b", (".sz", ".sh", ".hk")),
    (r"(?:stock|share) codes?", ("stock code", "share code")),
    (r"this (report|plan) (covers|relates)", ("this report covers", "this report relates", "this plan covers",
                                              "this plan relates")),
    (r"(?:a|b|c|d|e)(?:f|g|h|i)(?:j|k|l|m)xyz", ("xyz",)),               # more than 16 combinations: not combined
    (r"(?=.*\btargets?\b)re", ("target",)),                               # a lookahead's words are in the text
    (r"(?:very\s+)?high", ("high",)),                                     # an optional group needs nothing
    (r"(?:physical|transition)\s+risks?", ("physical", "transition")),
    (r"\d+\s*%", ("%",)),
    (r"[ab]c", ("c",)),
    (r"Ärger", ("rger",)),                                                # non-ASCII letters are left out
    (r"(?:abc)?\w+", None),
    (r"(?!scope)\w+", None),                                              # a negative lookahead needs nothing
])
def test_the_words_a_pattern_needs(pattern, words):
    assert needs(pattern, re.I) == words


def test_combined_words_never_skip_a_match():
    """Random patterns of literal groups, optional parts and alternatives: a text the pattern matches always
    holds one of the words (with and without IGNORECASE)."""
    import random
    rnd = random.Random(7)
    pieces = ["a", "b", "ab", "(?:a|b)", "(a|bb|)", "(?:ba|c)?", "b*", "[ac]", "(?i:a)", "(?:x|y|z)", "\\s", "A"]
    checked = 0
    for _ in range(3000):
        pattern = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 5)))
        for flags in (0, re.I):
            rx_ = re.compile(pattern, flags)
            for _ in range(8):
                text = "".join(rnd.choice("abcxyzAB \u0130") for _ in range(rnd.randint(0, 8)))
                if rx_.search(text):
                    checked += 1
                    assert may_match(pattern, text, flags), (pattern, text, flags)
    assert checked > 1000


@pytest.mark.parametrize("pattern, text", [
    ("sk", "\u017f\u212a"),             # long s and the Kelvin sign match s and k under IGNORECASE
    ("in", "\u0130N"), ("in", "\u0131n"),
    ("scope 3", "SCOPE 3"),
    (r"gri\s+305", "Gri   305"),
])
def test_what_ignorecase_matches_is_never_skipped(pattern, text):
    assert re.search(pattern, text, re.I)
    assert may_match(pattern, text, re.I)
    assert folded("ABC\u212a") == "abck"


def test_no_profile_pattern_is_skipped_on_a_text_it_matches():
    patterns = every_profile_pattern()
    texts = ["We target net-zero emissions by 2060 against a 2020 baseline.",
             "Limited assurance was provided by an independent third party under ISAE 3000 (Revised).",
             "The Board's ESG Committee oversees climate-related risks and opportunities.",
             "Scenario analysis used RCP 8.5 and the IEA NZE 2050 pathway.",
             "PHYSICAL RISKS: acute flooding; TRANSITION RISKS: carbon pricing.",
             "The report covers 1 January to 31 December 2024 and follows the GRI Standards."]
    checked = 0
    for p in patterns:
        c = re.compile(p, re.I)
        for t in texts:
            if c.search(t):
                checked += 1
                assert may_match(p, t, re.I), (p, t)
    assert checked > 20


def test_any_match_gives_the_first_patterns_match_as_before():
    patterns = [r"\bno\s+such\s+words\b", r"ISO\s*14064(?:-\d)?", r"\b14064\b"]
    text = "GHG verified to iso 14064-1:2018 by a third party."
    m = any_match(patterns, text)
    assert m is not None and m.re.pattern == patterns[1] and m.group() == "iso 14064-1"
    assert any_match([r"\bscope\s*3\b"], "Scope 1 and 2 only.") is None


def _wide_table(path, columns: int, rows: int) -> None:
    head = "\t".join(["Waste by site (t)"] + [f"Site {c}" for c in range(columns)])
    body = ["\t".join([f"Hazardous waste plant {r}"] + [str(10 + r + c) for c in range(columns)]) for r in range(rows)]
    path.write_text("Waste figures\n\n" + "\n".join([head, *body]) + "\n", encoding="utf-8")


def test_cells_over_the_cap_are_not_read_and_said_so(tmp_path):
    path = tmp_path / "wide.txt"
    _wide_table(path, columns=30, rows=3)
    with use_limits(max_cells_per_row=8):
        res = analyze(str(path))
    capped = [i.message for i in res.issues if "max_cells_per_row" in i.message]
    assert capped == ["over limit max_cells_per_row=8: wide.txt: table T1 (lines 3-6): 4 row(s) of up to 31 "
                      "cells; cells 9-31 are not read"]
    assert res.status == "partial"
    assert all(len(r.cells) <= 8 for t in res.document.tables for r in t.rows)
    assert not any(f.raw == "39" for f in res.facts if f.source == "table")   # row 0, last column
    assert analyze(str(path)).status == "ok"


def test_rows_over_the_cap_are_not_read_and_said_so(tmp_path):
    path = tmp_path / "long.txt"
    _wide_table(path, columns=2, rows=40)
    with use_limits(max_rows_per_table=10):
        res = analyze(str(path))
    capped = [i.message for i in res.issues if "max_rows_per_table" in i.message]
    assert capped == ["over limit max_rows_per_table=10: long.txt: table T1 (lines 13-43): 41 rows; "
                      "rows 11-41 are not read"]
    assert res.status == "partial"
    assert max(len(t.rows) for t in res.document.tables) == 10


def test_could_match_is_false_only_when_no_pattern_matches():
    every = [p for s in vocab()["scenarios"] for p in s["patterns"]]
    texts = ["We used the IEA Net Zero Emissions by 2050 scenario and SSP5-8.5.", "Revenue rose 5 %.",
             "rcp 2.6 and RCP8.5 pathways", "No climate words here at all."]
    for t in texts:
        assert could_match(every, t) == any(rx(p).search(t) is not None for p in every), t
    assert not could_match(every, "Revenue rose 5 %.")
    assert could_match([r"\d+"], "no digits")   # a pattern without words is never ruled out
