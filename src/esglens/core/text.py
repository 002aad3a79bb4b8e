"""Turn converter markup (HTML fragments, markdown emphasis, LaTeX-ish sub/superscripts) into plain text.

The result keeps what a reader sees: `m<sup>3</sup>` becomes `m³`, `tCO$_{2}$eq` becomes `tCO₂eq`, a
footnote `<sup>iv</sup>` becomes `^{iv}` so that later stages can tell it from a unit exponent.
"""
from __future__ import annotations

import html
import re

SUP_DIGITS = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")
SUB_DIGITS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")

_TAG_SUP = re.compile(r"<sup>\s*(.*?)\s*</sup>", re.I | re.S)
_TAG_SUB = re.compile(r"<sub>\s*(.*?)\s*</sub>", re.I | re.S)
_LATEX_SUP = re.compile(r"\$\s*\^\s*\{?\s*([^}$]*?)\s*\}?\s*\$")
_LATEX_SUB = re.compile(r"\$\s*_\s*\{?\s*([^}$]*?)\s*\}?\s*\$")
_LATEX_SYMBOLS = {"\\geqslant": "≥", "\\leqslant": "≤", "\\geq": "≥", "\\leq": "≤", "\\ge": "≥", "\\le": "≤",
                  "\\times": "×", "\\%": "%", "\\sim": "~", "\\circ": "°", "\\pm": "±", "\\cdot": "·",
                  "\\mathrm": "", "\\text": ""}
_LI = re.compile(r"<li[^>]*>", re.I)
_BR = re.compile(r"<br\s*/?>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_AUTOLINK = re.compile(r"<(https?://[^<>\s]+)>")
_BOLD = re.compile(r"(\*\*|__)(.+?)\1")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")


def _sup(m: re.Match) -> str:
    inner = m.group(1)
    if re.fullmatch(r"[0-9+-]{1,3}", inner):
        return inner.translate(SUP_DIGITS)
    return "^{" + inner + "}" if inner else ""


def _sub(m: re.Match) -> str:
    inner = m.group(1)
    if re.fullmatch(r"[0-9]{1,3}", inner):
        return inner.translate(SUB_DIGITS)
    return inner


def clean(text: str) -> str:
    """Plain text of one line or cell."""
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
        text = _TAG_SUP.sub(_sup, text)
        text = _TAG_SUB.sub(_sub, text)
        text = _LI.sub(" • ", text)
        text = _BR.sub(" ", text)
        text = _TAG.sub(" ", text)
    if "$" in text or "\\" in text:
        for cmd, sym in _LATEX_SYMBOLS.items():
            text = text.replace(cmd, sym)
        text = re.sub(r"\$\s*([≥≤×%~°±·])\s*\$", r"\1", text)
        text = _LATEX_SUP.sub(_sup, text)
        text = _LATEX_SUB.sub(_sub, text)
    if "*" in text or "__" in text:
        text = _BOLD.sub(r"\2", text)
        text = _ITALIC.sub(r"\1", text)
    if "&" in text:
        text = html.unescape(text)
    text = text.replace("\xa0", " ")
    return re.sub(r"[ \u3000]{2,}", " ", text).strip()
