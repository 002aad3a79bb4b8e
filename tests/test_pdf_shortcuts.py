"""Shortcuts in the PDF table steps (issue 17) give what the full steps give: a cheap test before a page's
matrix header bands are read, a gutter's evidence worked out once. Constructed lines in layouts and
wordings no report uses, and (when ../shared is there) every page of one real report."""
from __future__ import annotations

from pathlib import Path

import pytest

from esglens.read import pdf_matrix, pdf_matrix_roles
from esglens.read.pdf_chars import Word
from esglens.read.pdf_lines import Fragment, Line
from esglens.read.pdf_matrix import find_matrices
from esglens.read.pdf_matrix_roles import may_hold_header

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"


def _frag(text: str, x0: float, base: float, size: float = 8.0) -> Fragment:
    words, x = [], x0
    for part in text.split(" "):
        w = 0.5 * size * len(part)
        words.append(Word(part, x, x + w, base - size, base + 0.2 * size, base, size, False, bool(words)))
        x += w + 0.25 * size
    return Fragment(words=words)


def _lines(rows: list[list[tuple[str, float]]], top: float = 100.0, step: float = 10.0) -> list[Line]:
    return [Line(frags=[_frag(t, x, top + i * step) for t, x in row]) for i, row in enumerate(rows)]


def _every_header_band(lines, used=frozenset()):
    """find_matrices with the shortcut turned off."""
    pdf_matrix.may_hold_header = lambda *a, **k: True
    try:
        return find_matrices(lines, set(used))
    finally:
        pdf_matrix.may_hold_header = may_hold_header


def _table(tables):
    return [(t.rows, t.top, t.x0, t.x1) for t in tables]


GRID = [[("Pillar", 40), ("Indicator", 120), ("Plan 2031", 220), ("Actual 2030", 320), ("Rating", 420)],
        [("Water", 40), ("• Leaks repaired", 120), ("• 900", 220), ("• 1,140 leaks", 320), ("Met", 420)],
        [("", 40), ("", 120), ("", 220), ("", 320), ("", 420)],
        [("People", 40), ("• Apprentices hired", 120), ("• 40", 220), ("• 37 apprentices", 320), ("Not met", 420)]]


def test_a_page_without_a_short_target_and_result_heading_holds_no_matrix(monkeypatch):
    # role words only in long lines of prose, or in cells with figures: no header can name them
    prose = _lines([[("Our plans for the region set ambitious goals for every depot we run", 40)],
                    [("results of the survey were mixed across the sites", 40)],
                    [("Target 12 sites", 40), ("Results 2,400", 200), ("Area", 300)]])
    assert not may_hold_header(prose, set())
    assert _every_header_band(prose) == []


def test_the_shortcut_lets_a_header_through_and_the_matrix_is_read_as_before(monkeypatch):
    lines = _lines([[(t, x) for t, x in row if t] for row in GRID if any(t for t, _ in row)])
    assert may_hold_header(lines, set())
    assert not may_hold_header(lines, {id(f) for ln in lines[:1] for f in ln.frags})   # the heading taken
    got = _table(find_matrices(lines, set()))
    assert got and got[0][0][0] == ["Indicator", "Unit", "2030"]
    assert got == _table(_every_header_band(lines))


def test_a_cjk_role_word_split_over_two_lines_still_counts():
    # "目" and "標" on two lines of one heading cell: joined with no space, the cell names a target
    lines = _lines([[("重点", 40), ("中期", 120), ("2030年度実", 220), ("評価", 320)],
                    [("課題", 40), ("目", 120), ("績", 220)],
                    [("", 40)]][:2])
    lines[1].frags.insert(2, _frag("標", 130, lines[1].frags[0].base))
    assert pdf_matrix_roles.role_of("中期目標") == "target"
    assert may_hold_header(lines, set())
    # with none of a role's characters in a short fragment, no header can name it
    assert not may_hold_header(_lines([[("重点", 40), ("中期", 120), ("評価", 320)]]), set())


@pytest.mark.skipif(not (SHARED / "eni_for_2021_sustainability_performance.pdf").exists(), reason="../shared absent")
def test_no_page_the_shortcut_skips_holds_a_matrix(monkeypatch):
    from esglens.read import pdf as reader

    seen = []

    def spy(lines, used):
        if not may_hold_header(lines, used):
            seen.append(_every_header_band(lines, used))
        return []
    monkeypatch.setattr(reader, "find_matrices", spy)
    reader.read_pdf(str(SHARED / "eni_for_2021_sustainability_performance.pdf"), pages=range(1, 41))
    assert len(seen) > 30 and all(t == [] for t in seen)


def test_running_text_skips_asking_words_of_a_text_without_digits():
    from esglens.read.pdf_table_settings import DEFAULT
    from esglens.read.pdf_table_tokens import is_number
    from esglens.read.pdf_text_columns import _running_text

    def asked(text):     # the rule word by word
        words = text.split()
        return len(words) >= DEFAULT.column_words and sum(1 for w in words if is_number(w)) * 2 < len(words)
    texts = ["Ferries leave the quay every hour", "12 34 56 78", "Fleet 12 34 56", "depots ٣ ٤ ٥ ٦ open",
             "m² of roof per site", "CO₂ per tonne of cargo shipped", "1,200 2,400 bikes", "x", "", "   ",
             "Route 9 runs hourly in summer", "¹ ² ³ ⁴ notes"]
    for t in texts:
        assert _running_text(_frag(t, 40, 100) if t.strip() else Fragment(words=[Word(t, 0, 1, 0, 1, 1, 8, False)]),
                             DEFAULT) == asked(t), t


def test_a_cut_within_a_gap_by_index_is_the_cut_found_one_by_one():
    import random

    from esglens.read.pdf_regions import _cut_index, _cut_within

    rng = random.Random(84)
    nan = float("nan")
    for _ in range(3000):
        cuts = [(lo := rng.uniform(0, 500), lo + rng.uniform(0, 40)) for _ in range(rng.randint(1, 6))]
        if rng.random() < 0.05:
            cuts[0] = (nan, cuts[0][1])
        a, b = rng.uniform(0, 520), rng.uniform(0, 560)
        a = nan if rng.random() < 0.03 else a
        b = nan if rng.random() < 0.03 else b
        assert _cut_within(a, b, _cut_index(cuts)) == any(a <= lo and b >= hi for lo, hi in cuts)


def test_most_values_within_a_tolerance_in_one_pass_as_asked_of_every_pair():
    import random

    from esglens.read.pdf_table_checks import _most_within

    def every_pair(xs, tol):
        best = 0
        for i, x in enumerate(xs):
            best = max(best, sum(1 for y in xs[i:] if y - x <= tol))
        return best
    rng = random.Random(1784)
    for _ in range(3000):
        xs = [round(rng.uniform(0, 60), rng.choice((0, 1, 3))) for _ in range(rng.randint(0, 12))]
        if xs and rng.random() < 0.05:
            xs[rng.randrange(len(xs))] = rng.choice((float("inf"), float("nan"), -float("inf")))
        xs.sort()
        tol = rng.choice((2.0, 0.0, 0.5, 7.3, -1.0))
        assert _most_within(xs, tol) == every_pair(xs, tol), (xs, tol)


def test_the_words_the_line_loop_changed_are_found_by_their_flags():
    import random

    from esglens.read.pdf_lines import _flagged

    rng = random.Random(17)
    for _ in range(300):
        outs = bytes(rng.choice((0, 0, 0, 4, 1, 2, 3, 5, 6, 7, 8, 255)) for _ in range(rng.randint(0, 200)))
        assert _flagged(outs) == [i for i, f in enumerate(outs) if f & 3]


def test_the_ones_of_a_mask_are_found_as_a_step_per_byte_finds_them():
    import random

    from esglens.read.pdf_c_loop import ones

    rng = random.Random(3)
    for _ in range(200):
        mask = bytes(rng.choice((0, 0, 0, 0, 1)) for _ in range(rng.randint(0, 300)))
        assert ones(mask) == [i for i, b in enumerate(mask) if b == 1]
