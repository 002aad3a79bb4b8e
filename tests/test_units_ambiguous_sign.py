"""A currency sign several currencies share ("¥": the yen and the yuan) is a unit whose scale is read and whose
currency is left unknown, never guessed; the flag says so instead of "no unit printed"."""
from esglens.core.units import known_unit, parse_unit
from esglens.catalog.normalize import normalize


def test_sign_with_a_scale_is_a_unit_of_that_scale_and_no_currency():
    for printed, scale in [("(¥ billion)", 1e9), ("￥ million", 1e6), ("¥ thousand", 1e3), ("（¥）", 1.0)]:
        u = parse_unit(printed)
        assert u is not None and u.scale == scale and u.currency is None and u.expr is None, printed
        assert known_unit(printed), printed


def test_named_currencies_stay_named():
    assert parse_unit("billion yen").currency == "JPY"
    assert parse_unit("RMB 10,000").currency == "CNY"


def test_the_sign_among_other_words_is_no_unit():
    assert not known_unit("¥ sales of the segment")
    assert not known_unit("Number of ¥ coupons")


def test_normalize_flags_the_unnamed_currency():
    n = normalize(12.5, parse_unit("¥ billion"), "¥ billion", None)
    assert n.value is None and "names no one currency" in n.flag and "1e+09" in n.flag
    assert "no unit printed" in normalize(3.0, parse_unit(""), "", None).flag
