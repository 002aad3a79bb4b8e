"""A highlight panel's comparison figure: the figure of another year printed in small type under the big one
("2022: 32.7Mt", "(2021: 12%)", "vs 35.1 in 2021", "FY2020: 1,204", "2020年度：3.5万t"). It is no caption: the
panel's caption is the other small line (above or below the figure), and the comparison becomes a fact of its
own with its year. With nothing else dating the big figure, it is the year after the comparison's (the
prior-year comparative of an annual report); a comparison against a baseline ("vs 2019 baseline") dates
nothing but itself."""
from __future__ import annotations

import re

# the comparison's figure: a number, maybe signed, with a currency sign before or a unit/scale glued after
# a gas printed after the unit with a space: "32.6Mt CO2e", "1.9 Mt CO₂-e"
CO2_TAIL = r"(?:\s?CO[2₂]\s?-?e(?:q)?)?"
_FIG = r"[+\-–−~<>]?[$€£¥₹]?\d[\d,.]*(?:\s?[^\W\d_][^\s)]{0,15})?\s?[%％]?" + CO2_TAIL
_YEAR = r"(?:FY\s?)?(?P<y>(?:19|20)\d{2})(?:年度|年)?(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\^\{\d{1,2}\})?"
# "2022: 32.7Mt", "(2021: 12%)", "FY2020 – 1,204", "2022: 32.7Mt (adjusted for acquisitions)"; in brackets, the sentence after it on its line may run on
# ("(2022¹: 32.7Mt CO2e) Delivery of our …")
_COLON = re.compile(rf"^(?:\(?{_YEAR}\s*(?:[:：]|[–-]\s)\s*(?P<f>{_FIG})\)?(?:\s\([^()]{{1,40}}\))?"
                    rf"|\({_YEAR.replace('?P<y>', '?P<y2>')}\s*[:：]\s*(?P<f2>{_FIG})\)\s+\S.*)$")
# "vs 35.1 in 2021", "(vs. 12% in FY2021)", "compared with 4.2 in 2021", "up from 61 in 2021"
_VERSUS = re.compile(rf"^\(?(?:vs\.?|versus|compared (?:to|with)|against|(?:up|down) from|from)\s+(?P<f>{_FIG})"
                     rf"\s+(?:in|for)\s+(?:the\s+)?{_YEAR}(?P<base>\s+(?:baseline|base\s+year|base|levels?))?\)?$", re.I)


def is_comparison(text: str) -> bool:
    """Is the line a comparison figure and nothing more (against a baseline too: never a caption)?"""
    t = " ".join(text.split())
    return bool(_COLON.match(t) or _VERSUS.match(t))


def comparison(text: str) -> tuple[int, str] | None:
    """(year, figure as printed) of a comparison line; None for a baseline's ("vs 700 in 2019 baseline"):
    it dates nothing but itself and is left out (abstain)."""
    t = " ".join(text.split())
    m = _COLON.match(t) or _VERSUS.match(t)
    if m is None or m.groupdict().get("base"):
        return None
    year, fig = (m.group("y"), m.group("f")) if m.group("y") else (m.group("y2"), m.group("f2"))
    return int(year), fig.strip()


def panel_head(head: list[str], compare: tuple[int, str] | None) -> tuple[list[str], str | None]:
    """The panel's header with a column for the comparison (its year), and the big figure's column dated to
    the year after it when nothing else dates it ("Value"). None for the comparison when its year is the
    figure's own."""
    if compare is None:
        return head, None
    year, fig = compare
    own = head[2]
    if own == "Value":
        own = str(year + 1)
    elif re.sub(r"\D", "", own)[:4] == str(year):
        return head, None
    return [head[0], head[1], own, str(year)], fig
