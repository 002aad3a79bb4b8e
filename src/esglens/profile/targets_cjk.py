"""Targets in Japanese and Chinese sentences: a target word (目標, 目指す, 掲げる, 目标, 力争), a future year
("2030年", "2030年度", "到2030年") and what is aimed at: net zero (ネット・ゼロ, カーボンニュートラル, 碳中和), a
percentage with its direction (削減 / 減少 → a cut), or an amount in its unit ("1,700万トン", "600万kW")."""
from __future__ import annotations

import re

from ..core.units import vocabulary
from .text import Unit, loc
from .topic_cjk import has_cjk

_CUE = re.compile(r"目標|目指|めざ|掲げ|目标|力争|争取|计划|規定|设定目标")
_YEAR = re.compile(r"(?<!\d)(20[2-9]\d)\s*年(?:度)?")
_BASE = re.compile(r"(?<!\d)(20\d\d)\s*年(?:度)?\s*(?:比|を基準|基準|为基准|为基年|相比)")
_NET_ZERO = re.compile(r"ネット・?ゼロ|カーボン・?ニュートラル|実質ゼロ|脱炭素化を実現|碳中和|净零|零排放")
_PCT = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
_DOWN = re.compile(r"削減|低減|減少|減ら|削减|减少|降低|下降|▲")
_UP = re.compile(r"増加|拡大|向上|増や|提高|提升|增加|扩大")
_UNITS = {"トン": "tonnes", "t": "tonnes", "吨": "tonnes", "kW": "kW", "kWh": "kWh", "MW": "MW", "GW": "GW",
          "千瓦": "kW", "人": "people", "名": "people"}
_AMOUNT = re.compile(r"▲?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(万|億|亿|千)?\s*(トン|吨|kWh|kW|MW|GW|千瓦|t(?![A-Za-z])|人|名)")


def targets(units: list[Unit], report_year: int | None) -> list[dict]:
    out = []
    for u in units:
        if not has_cjk(u.text) or not _CUE.search(u.text):
            continue
        t = parse(u.text, report_year)
        if t is not None:
            out.append({**t, "source": "narrative", **loc(u)})
    return out


def parse(text: str, report_year: int | None) -> dict | None:
    """The target of one sentence, or None when it names no future year or nothing aimed at."""
    bm = _BASE.search(text)
    base = int(bm[1]) if bm else None
    years = [(m.start(), int(m[1])) for m in _YEAR.finditer(text)
             if int(m[1]) != base and (report_year is None or int(m[1]) > report_year)]
    if not years:
        return None
    # the year printed nearest before what is aimed at ("計画期間 ～2026年3月 … 2025年度の女性管理職比率11%")
    aim = next((m.start() for m in (_NET_ZERO.search(text), _PCT.search(text), _AMOUNT.search(text)) if m), len(text))
    year = max((p for p in years if p[0] < aim), default=years[0])[1]
    item = {"description": text[:300], "metric": None, "baseline_year": base, "baseline_value": None,
            "target_year": year, "target_value": None, "target_unit": None, "kind": None, "direction": None,
            "annual": False, "scope": None}
    direction = "reduce" if _DOWN.search(text) else "increase" if _UP.search(text) else None
    if _NET_ZERO.search(text):
        item.update(kind="net_zero", target_value=0.0, target_unit="net emissions")
    elif (m := _PCT.search(text)) and direction:
        item.update(kind="percent", target_value=float(m[1]), target_unit="%", direction=direction)
    elif m := _PCT.search(text):
        item.update(kind="absolute", target_value=float(m[1]), target_unit="%")
    elif m := _AMOUNT.search(text):
        value = float(m[1].replace(",", "")) * (vocabulary()["scales"][m[2]] if m[2] else 1)   # 万, 億: data/units.yaml
        item.update(kind="absolute", target_value=value, target_unit=_UNITS[m[3]], direction=direction)
    else:
        return None
    return item
