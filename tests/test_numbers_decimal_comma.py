"""A decimal comma before a percent sign ("65,8%", "0,2 %", "–3,1%"): one or two digits after a comma are no
group of thousands, so the comma is the decimal mark (before: no value at all, the cell was lost). Without a
percent sign "12,5" stays ambiguous (a list, a range) and is not read as 12.5 by this rule; "1,234" and
"1,234%" keep their thousands."""
from esglens.core.numbers import parse_value


def test_a_decimal_comma_before_a_percent_sign():
    assert parse_value("65,8%").value == 65.8 and parse_value("65,8%").unit == "%"
    assert parse_value("0,2 %").value == 0.2
    assert parse_value("–3,1%").value == -3.1
    assert parse_value("17,05%").value == 17.05


def test_thousands_stay_thousands():
    assert parse_value("1,234").value == 1234
    assert parse_value("1,234%").value == 1234
    assert parse_value("12,5") is None or parse_value("12,5").value != 12.5
