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


def _implied(metric: str, output: float, tol: float, den: str = "mass"):
    from esglens.checks.intensity import Implied
    from esglens.model import Fact

    return Implied(Fact(1.0, "1", "t/t", 2024, metric, "table", metric=metric), [], output, tol, den)


def _all_pairs_consensus(others, den):
    """The consensus as it was found before: every pair compared."""
    from esglens.checks.intensity import MAX_TOL
    from esglens.checks.numbers import rel_gap

    flat = [o for opts in others for o in opts if o.den == den and o.tol <= MAX_TOL]
    for a in flat:
        for b in flat:
            if a.intensity.metric < b.intensity.metric and rel_gap(a.output, b.output) <= a.tol + b.tol:
                return a, b
    return None


def test_the_intensity_consensus_is_the_pair_every_pair_compared_gave():
    from esglens.checks.intensity import _consensus

    rnd = random.Random(5)
    metrics = ["energy.intensity", "ghg.intensity", "water.intensity", "waste.hazardous_intensity"]
    for _ in range(3000):
        outputs = [100.0, 101.0, 99.5, 98.0, 103.0, -100.0, -99.0, 0.0, rnd.uniform(90, 110)]
        others = [[_implied(rnd.choice(metrics), rnd.choice(outputs),
                            rnd.choice([0.0, 0.001, 0.005, 0.01, 0.02, rnd.uniform(0, 0.012)]),
                            rnd.choice(["mass", "mass", "money"]))
                   for _ in range(rnd.randint(1, 3))] for _ in range(rnd.randint(0, 7))]
        got, want = _consensus(others, "mass"), _all_pairs_consensus(others, "mass")
        assert (got and tuple(map(id, got))) == (want and tuple(map(id, want)))


def test_an_output_that_is_not_finite_agrees_with_none():
    """(An overflowing figure gives one; compared every pair, 0 and NaN "agreed": rel_gap(0, nan) is 0.)"""
    from esglens.checks.intensity import _consensus

    nan, inf = float("nan"), float("inf")
    for x, y in ((0.0, nan), (nan, 0.0), (inf, inf), (nan, nan), (100.0, inf)):
        assert _consensus([[_implied("energy.intensity", x, 0.005)], [_implied("ghg.intensity", y, 0.005)]],
                          "mass") is None


def test_the_intensity_check_compares_only_outputs_close_enough_to_agree(monkeypatch):
    """2,000 intensities of four metrics in one year, outputs all far apart: comparisons grow with the
    number of intensities, not with its square."""
    from esglens.checks import intensity

    calls = []
    real = intensity.rel_gap
    monkeypatch.setattr(intensity, "rel_gap", lambda a, b: calls.append(1) or real(a, b))
    metrics = ["energy.intensity", "ghg.intensity", "water.intensity", "waste.hazardous_intensity"]
    others = [[_implied(metrics[i % 4], 100.0 * 1.1 ** i, 0.005)] for i in range(2000)]
    assert intensity._consensus(others, "mass") is None
    assert len(calls) < 2000


def _hits_every_pattern(cat, text, veto_text, path_mode, loose, path):
    """The catalog's hits as found before: every pattern of every metric searched."""
    from esglens.catalog.match import _covers, _is_path, _vetoed

    if any(p.search(path or veto_text) for p in cat.veto_all):
        return []
    out = []
    for m in cat.metrics:
        for p in ((*m.sentence, *m.loose) if loose else m.patterns):
            if _is_path(p.pattern) != path_mode:
                continue
            hit = p.search(text)
            if hit and loose and p not in m.sentence and not _covers(hit, text, p.pattern, m):
                continue
            if hit and not _vetoed(m, cat, veto_text):
                out.append((m, p.pattern))
                break
    return out


def test_the_catalog_searches_only_patterns_whose_words_a_text_holds():
    from esglens.catalog.match import _hits_uncached, _plan
    from esglens.catalog.metrics import load_catalog
    from esglens.core.prefilter import folded

    cat = load_catalog()
    texts = [m.name.lower() for m in cat.metrics] + [
        "freshwater drawn by the mills", "scope 2 emissions (market based) > total", "women on the board",
        "energy consumed per tonne of product > 2023", "the number of suppliers audited rose to #",
        "hazardous waste sent for incineration", "lost time injury frequency rate", "废水排放总量", "water > reduction"]
    for text in texts:
        for path_mode in (False, True):
            for loose in (False, True):
                assert _hits_uncached(cat, text, text, path_mode, loose, "") == \
                    _hits_every_pattern(cat, text, text, path_mode, loose, ""), (text, path_mode, loose)
    by_word, always, entries, _ = _plan(cat, False, False)
    low = folded("lost time injury frequency rate")
    searched = set(always).union(*(at for w, at in by_word.items() if w in low))
    assert len(searched) < 0.2 * len(entries)


def test_norm_text_runs_each_pattern_only_where_it_can_match_and_gives_what_it_gave():
    import unicodedata

    from esglens.catalog import sentence

    def old(text):
        t = re.sub(r"(?<=[mM])\s?([²³])", lambda m: "2" if m[1] == "²" else "3", text or "")
        t = sentence._ROW_REF.sub("", sentence._LEAD.sub("", sentence._SUPERSCRIPTS.sub("", t).strip()))
        t = unicodedata.normalize("NFKC", t).lower().replace("’", "'")
        t = re.sub(r"\*\*|__", "", t)
        t = re.sub(r"(?<=[a-z])- (?=[a-z])", "-", t)
        return re.sub(r"\s+", " ", t).strip(" :：")

    alphabet = list("mM ²³¹⁴ᴬ^{}()AB=+-/ab:：*_’\t\n7-•") + ["(ii) ", "- ", "Total (C = A + B)", "work- related",
                                                          "m³", "ﬁ", "Ｔｏｔａｌ（Ａ）"]
    for text in _texts(alphabet, 20000, 10, 4):
        assert sentence.norm_text.__wrapped__(text) == old(text), repr(text)


def test_sentence_ends_are_found_where_the_two_branch_patterns_found_them():
    from esglens.core import text as core_text

    olds = {core_text._END_WITH_SEMI: re.compile(r"[.!?;]\s+(?=[A-Z0-9“\"(‘'])|[。；！？]\s*"),
            core_text._END_STRONG: re.compile(r"[.!?]\s+(?=[A-Z0-9“\"(‘'])|[。！？]\s*")}
    for new, old in olds.items():
        for text in _texts(list(".!?;。；！？ \tA0a“\"(‘'x\n"), 20000, 12, 5):
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], repr(text)


def test_a_warm_process_compiles_no_regex_again(monkeypatch):
    """The patterns built from report text (one per number once) overflowed re's cache of 512 and made every
    stage recompile its patterns on every report: after two passes over the samples a third compiles none."""
    import re._compiler

    from conftest import sample
    from esglens.pipeline import analyze

    paths = [str(sample(name)) for name in ("calb", "jlmag", "kstar")]
    for _ in range(2):
        for path in paths:
            analyze(path)
    compiled = []
    real = re._compiler.compile
    monkeypatch.setattr(re._compiler, "compile", lambda p, flags=0: compiled.append(p) or real(p, flags))
    for path in paths:
        analyze(path)
    assert compiled == []


def test_by_and_to_changes_are_paired_by_their_printed_figure_not_all_pairs(monkeypatch):
    from esglens.checks import changes
    from esglens.checks.sentences import Sentence
    from esglens.checks.statements import Change

    def change(i: int, mode: str) -> Change:
        return Change(Sentence(f"s{i}", [i]), float(i), f"{i}.5", -1, mode, "yoy", 2024, frozenset({"water"}), None,
                      "water", 0, 4)

    calls = []
    real = changes._same_place
    monkeypatch.setattr(changes, "_same_place", lambda a, b: calls.append(1) or real(a, b))
    cs = [change(i, "by") for i in range(1500)] + [change(i + 5000, "to") for i in range(1500)] + \
        [change(7, "to"), change(7, "by")]
    changes.check_by_vs_to(cs)
    assert 0 < len(calls) < 10


def test_numbers_are_found_as_by_the_pattern_without_its_first_character_test():
    from esglens.facts import numbers_of

    old = re.compile(numbers_of._NUMBER.pattern.split(r"\d])", 1)[1])
    assert numbers_of._NUMBER.pattern.startswith("(?=[")
    alphabet = ["1", "2", "0", "9", ",", ".", " ", "%", "a", "x", "-", "/", "GBP", "EUR", "RMB", "HK$", "US$", "Rs.",
                "Rupees", "$", "¥", "￥", "€", "₹", "£", "CHF", "JPY", "INR", "CNY", "USD", "HKD", "per cent", "‰"]
    for text in _texts(alphabet, 20000, 10, 3):
        assert [(m.span(), m.groups()) for m in numbers_of._NUMBER.finditer(text)] == \
            [(m.span(), m.groups()) for m in old.finditer(text)], text


def test_code_words_and_breakdowns_are_searched_at_the_tail_only_with_the_same_answer():
    from esglens.facts import narrative, numbers_of

    words = ["scope", "Scope", "no.", "ISO", "registration number", "toll-free number", "September.", "sept", "gb/t",
             "ssp2", "A", "a", "B", "made up of", "comprising", "of whom", "consisted of", " ", "  ", "\n", "x", "ab",
             "-", ".", "1", "para.", "FIG."]
    for text in _texts(words, 20000, 12, 4):
        assert numbers_of._names_a_code(text) == (numbers_of._BEFORE_SKIP.search(text) is not None) \
            or not text.rstrip() or not (text.rstrip()[-1].isalpha() or text.rstrip()[-1] in "./"
                                         or (text.rstrip()[-1].isdigit() and "ssp" in text.rstrip()[-5:].lower())), text
        assert narrative._made_of(text) == (narrative._MADE_OF.search(text) is not None), text
        assert narrative._contents(text + " 12") == (narrative.CONTENTS.search(text + " 12") is not None), text


def test_a_dense_chunk_is_read_for_flattened_cells_once_not_once_per_number(monkeypatch):
    """A 400-word chunk of a dense PDF page with a hundred numbers: the sentence-wide checks of
    `gate.flattened` (column breaks, repeated words) ran once per number, each over the whole chunk."""
    from esglens.facts import gate
    from esglens.facts.narrative import narrative_facts

    calls = []
    real = gate.column_breaks
    monkeypatch.setattr(gate, "column_breaks", lambda s: calls.append(1) or real(s))
    gate._flat_sentence.cache_clear()
    text = ", ".join(f"Plant {chr(65 + i % 26)}{i} used {i}.5 tonnes of coal" for i in range(100)) + "."
    facts = narrative_facts(text, line=1, page=1, default_year=2024)
    assert len(facts) == 100 and len(calls) <= 20   # (read in pieces of a dozen sentences: once per piece)


def test_years_are_found_as_by_the_pattern_without_its_first_character_test():
    from esglens.facts import clause

    old = re.compile(clause._YEAR.pattern.removeprefix("(?=[Ff12])"), clause._YEAR.flags)
    assert old.pattern != clause._YEAR.pattern
    alphabet = ["19", "20", "21", "2", "1", "0", "5", "FY", "fy", "Fy", "fiscal year ", "Financial Year ", "/", ".", ",",
                " ", "%", "a", "ſ", "\u212a"]
    for text in _texts(alphabet, 20000, 8, 5):
        assert [m.span() for m in clause._YEAR.finditer(text)] == [m.span() for m in old.finditer(text)], text
