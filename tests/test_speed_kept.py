"""Values kept per text or per unit pair (issue 17, h104): the same answers as worked out afresh, and
callers still get objects of their own to change."""
from __future__ import annotations

import re

import pytest

from esglens.core import units


def _scale_of_afresh(u: str) -> tuple[float, str]:
    """core.units._scale_of as it was: every scale word's pattern built and searched in turn."""
    for word, factor in sorted(units.vocabulary()["scales"].items(), key=lambda kv: -len(kv[0])):
        plain = not word[0].isascii() or not word[0].isalnum()
        pat = re.escape(word) if plain else rf"(?<![\w,]){re.escape(word)}(?![\w,])"
        if re.search(pat, u):
            return float(factor), re.sub(pat, " ", u, count=1)
    return 1.0, u


def test_scale_words_compiled_once_read_as_before():
    words = list(units.vocabulary()["scales"])
    texts = [f"{w} tonnes" for w in words] + [f"kwh,{w}" for w in words] + [f"x{w}y" for w in words] + [
        "gj per 10,000 yuan", "tco2e/rmb million", "'000 m3", "metric tonnes", "thousands of litres", "万吨",
        "mwh", "", "per million hours worked", "1,000 gj", "hundred million kwh"]
    for t in texts:
        assert units._scale_of(t) == _scale_of_afresh(t), t


def test_conversions_kept_per_unit_pair_give_pints_values():
    ureg = units.registry()
    for scale, expr, target in [(1e4, "kilowatt_hour", "megawatt_hour"), (1, "tonne", "kilogram"),
                                (1000.0, "gigajoule", "megawatt_hour"), (3, "meter ** 3", "liter")]:
        want = ureg.Quantity(scale, expr).to(target).magnitude
        assert units.magnitude(scale, expr, target) == want
        assert units.magnitude(scale, expr, target) == want   # (from the cache)
    assert units.convert(2.0, "MWh", "kWh") == pytest.approx(2000.0)
    assert units.convert(2.0, "t", "MWh") is None and units.convert(2.0, "t", "MWh") is None   # a mismatch, kept
    with pytest.raises(Exception):
        units.magnitude(1.0, "tonne", "megawatt_hour")


def test_a_kept_value_cell_is_a_fresh_object_per_call():
    from esglens.tables.values import is_value_cell

    a = is_value_cell("1,234.5 tCO2e¹")
    assert a is not None and a.value == 1234.5
    a.footnotes.append("changed by a caller")
    a.value = -1
    b = is_value_cell("1,234.5 tCO2e¹")
    assert b is not a and b.value == 1234.5 and "changed by a caller" not in b.footnotes
    assert is_value_cell("Number of sites") is None


def test_kept_label_segments_are_a_fresh_list_per_call():
    from esglens.catalog.match import _segments

    s = _segments("Energy > Electricity (MWh)")
    s[-1] = "changed"
    assert _segments("Energy > Electricity (MWh)")[-1] != "changed"


def test_vetoes_behind_word_gates_answer_as_the_patterns():
    from esglens.catalog.metrics import load_catalog

    cat = load_catalog()
    texts = ["Emissions reduced by 10%", "Scope 1 emissions", "target for 2030", "excluding contractors",
             "biogenic CO2", "Energy consumption", "同比减少", "water withdrawal", "we aim to cut", "offset credits"]
    for t in texts:
        assert cat.vetoes(t) == any(p.search(t) for p in cat.veto_all), t


def test_kept_keeps_short_texts_only():
    from esglens.core.memo import kept

    calls = []

    @kept(maxsize=8, chars=10)
    def shout(text):
        calls.append(text)
        return (text or "").upper()

    assert shout("kwh") == "KWH" and shout("kwh") == "KWH" and calls == ["kwh"]   # short: worked out once
    long = "tonnes of CO2 equivalent"
    assert shout(long) == long.upper() and shout(long) == long.upper() and calls == ["kwh", long, long]
    assert shout(None) == "" and shout(None) == "" and calls.count(None) == 1
    assert shout.cache_info().currsize == 2 and shout.__wrapped__("x") == "X"
