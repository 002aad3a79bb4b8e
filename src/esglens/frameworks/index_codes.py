"""The codes an index row starts with: HKEX "KPI A1.2" (and ranges "A1.1-A1.4"), GRI "305-1", "Article 26",
SASB "RT-EE-130a.1", ESRS "E1-6", TCFD and IFRS S2 pillars with their (a), (b), (c) and paragraphs."""
from __future__ import annotations

import re
from functools import cache
from typing import Protocol


class CodeContext(Protocol):
    """What a code is read under: the framework the index title names, the TCFD pillar whose lettered rows
    follow, the framework a bare "Article 26" belongs to."""
    framework: str | None
    pillar: str | None
    articles_fw: str


# a word may lead the code ("KPI A1.1", "HKEX KPI B1.2", "Indicator B2.1"); a range claims every KPI in it ("A1.1-A1.4")
HKEX_CODE = re.compile(r"^(?:(?:HKEX|ESG|KPIs?|[Ii]ndicators?)\s*)*([AB]\d{1,2}\.\d{1,2})(?![\d.]*\d)"
                       r"(?:\s*(?:[-–~]|to)\s*(?:KPIs?\s*)?([AB]\d{1,2}\.\d{1,2})(?![\d.]*\d))?\s*[:：.]?\s*(.*)$", re.S)
_GRI_CODE = re.compile(r"^(?:(?:GRI|disclosures?|indicators?)\s*)*(\d{1,3})\s*-\s*(\d{1,2})(?![\d.])"
                       r"(?:\s*(?:to|[–~]|-)\s*(?:GRI\s*)?(?:\1\s*-\s*)?(\d{1,2})(?![\d.]))?\s*[:：.]?\s*(.*)$", re.I | re.S)
# "2-5 years", "1-3 times": a range of a quantity, not a disclosure code
_NOT_A_CODE = re.compile(r"^(years?|yrs|months?|days?|hours?|times|people|persons?|%|km|kg|t\b|tons?|yuan|rmb|million)",
                         re.I)
GRI_GROUP = re.compile(r"^GRI\s*(\d{1,3})\s*[:：]\s*(.*)$", re.S)
_GRI_TOPIC = re.compile(r"^(?:GRI\s*)?(\d{3})(?![\d.\-])\s*[:：]?\s*(.*)$", re.S)
_ARTICLE = re.compile(r"^(?:Articles?|Art\.)\s*(\d{1,3})(?:\s*[-–~]\s*(\d{1,3}))?\b\s*[:：.]?\s*(.*)$", re.I | re.S)
LETTER = re.compile(r"^[\(（]?([abc])[\)）.]\s*(\S.*)$", re.S)
_IFRS_PARA = re.compile(r"^(?:IFRS\s*S2\s*)?(?:para(?:graph)?s?\.?\s*|§\s*)(\d{1,2}(?:\s*\([a-z]\))?)\s*[:：.]?\s*(.*)$",
                        re.I | re.S)
_SASB = re.compile(r"^([A-Z]{2}-[A-Z]{2,3}-\d{3}(?:[a-z]\.\d{1,2}|\.[A-Z]))\b\s*(.*)$", re.S)  # EM-MM-110a.1, EM-MM-000.A
_ESRS = re.compile(r"^((?:ESRS\s*2\s*)?(?:GOV|SBM|IRO|BP|MDR-[APMT]|E[1-5]|S[1-4]|G1)-\d{1,2})\b\s*(.*)$", re.S)
_TCFD = re.compile(r"^(governance|strategy|risk management|metrics (?:and|&) targets)\s*[\(（]?\s*([abc])\s*[\)）]\s*(.*)$",
                   re.I | re.S)
GRI_STANDARDS = {2, 3} | set(range(101, 104)) | set(range(201, 208)) | set(range(301, 309)) | set(range(401, 420))


def code_at(cell: str, st: CodeContext, last: bool) -> tuple[str, str, str] | None:
    """(framework, code, text after the code) when a cell starts with an index code."""
    if m := HKEX_CODE.match(cell):
        return "HKEX", _hkex_span(m.group(1).upper(), (m.group(2) or "").upper()), m.group(3)
    if m := _GRI_CODE.match(cell):
        std, sub, rest = int(m.group(1)), int(m.group(2)), m.group(4)
        if _gri_disclosure(std, sub) and not _NOT_A_CODE.match(rest) and (
                rest or not last or cell.upper().startswith("GRI")):
            end = int(m.group(3)) if m.group(3) else sub
            return "GRI", f"{std}-{sub} to {std}-{end}" if end > sub and _gri_disclosure(std, end) else f"{std}-{sub}", rest
    if m := _ARTICLE.match(cell):
        fw = st.framework if st.framework in ("SZSE-17", "SSE-14", "BSE-11") else st.articles_fw
        span = f"{int(m.group(1))}-{int(m.group(2))}" if m.group(2) else str(int(m.group(1)))
        return fw, f"Article {span}", m.group(3)
    if m := _SASB.match(cell):
        return "SASB", m.group(1), m.group(2)
    if st.framework == "ESRS" and (m := _ESRS.match(cell)):
        return "ESRS", m.group(1), m.group(2)
    if st.framework in ("TCFD", "IFRS-S2"):
        if m := _TCFD.match(cell):
            return st.framework, f"{pillar(m.group(1))} ({m.group(2).lower()})", m.group(3)
        if st.pillar and (m := LETTER.match(cell)):
            return st.framework, f"{st.pillar} ({m.group(1).lower()})", m.group(2)
        if st.framework == "IFRS-S2" and (m := _IFRS_PARA.match(cell)):
            return "IFRS-S2", re.sub(r"\s+", "", m.group(1)), m.group(2)
    if (st.framework == "GRI" and not last and not GRI_GROUP.match(cell) and (m := _GRI_TOPIC.match(cell))
            and int(m.group(1)) in GRI_STANDARDS):
        return "GRI", m.group(1), m.group(2)
    return None


def _hkex_span(lo: str, hi: str) -> str:
    """'A1.1' and 'A1.4' -> 'A1.1-A1.4' (a range within one aspect); a lone code as it is."""
    a, b = lo.split("."), hi.split(".") if hi else None
    return f"{lo}-{hi}" if b and a[0] == b[0] and int(b[1]) > int(a[1]) else lo


def _gri_disclosure(std: int, sub: int) -> bool:
    """A disclosure the GRI catalog lists, or one of the newer topic standards (GRI 101-103)."""
    return f"{std}-{sub}" in _gri_codes() or (101 <= std <= 103 and 1 <= sub <= 12)


@cache
def _gri_codes() -> frozenset[str]:
    from .catalog import catalogs

    return frozenset(i.code for c in catalogs() if c.framework == "GRI" for i in c.items)


def pillar(name: str) -> str:
    return name.title().replace("&", "and").replace("And", "and")
