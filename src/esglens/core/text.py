"""Turn converter markup (HTML fragments, markdown emphasis, LaTeX-ish sub/superscripts) into plain text.

The result keeps what a reader sees: `m<sup>3</sup>` becomes `m³`, `tCO$_{2}$eq` becomes `tCO₂eq`, a
footnote `<sup>iv</sup>` becomes `^{iv}` so that later stages can tell it from a unit exponent.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache
from .memo import kept
from .opening import opening

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
_SPACES = re.compile(r"[ \u3000]{2,}")
_ITALIC = opening(re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])"))


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


@kept(maxsize=1 << 16)   # (a report cleans each line and cell in several stages: 80 % are repeats)
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
    if "  " in text or "\u3000" in text:   # a run of two spaces holds two plain ones or an ideographic one
        text = _SPACES.sub(" ", text)
    return text.strip()


# --- sentences and clauses -------------------------------------------------------------------------
# One splitter for the whole project. A sentence ends at . ! ? (and ; unless asked not to) followed by
# white space and a capital, digit, quote or bracket; a Chinese full stop ends one at once. A full stop
# that belongs to an abbreviation ("No. 17", "Co., Ltd.", "e.g.") ends nothing.
ABBREVIATIONS = ("No.", "no.", "Nos.", "Co.", "Ltd.", "e.g.", "i.e.", "vs.", "v.", "Mr.", "Mrs.", "Ms.", "Dr.",
                 "St.", "Inc.", "approx.", "Fig.", "fig.", "Art.", "para.", "p.", "pp.")
# (written to open with one character class, which the regex engine scans for at C speed: a Western stop
# needs white space and a capital after it, a Chinese one ends the sentence at once)
_END_STRONG = re.compile(r"[.!?。！？](?:(?<=[.!?])\s+(?=[A-Z0-9“\"(‘'])|(?<=[。！？])\s*)")
_END_WITH_SEMI = re.compile(r"[.!?;。；！？](?:(?<=[.!?;])\s+(?=[A-Z0-9“\"(‘'])|(?<=[。；！？])\s*)")
_CLAUSE_PUNCT = re.compile(r"[,，](?!\d{3})|[;；。!?:：]|\.(?=\s|$)")   # not the comma of 1,417.61


def _abbreviation_before(text: str, end: int) -> bool:
    """Does the full stop at text[end] close an abbreviation (a whole word)?"""
    if text[end - 1:end] not in _ABBR_LAST:
        return False   # (the letter before the full stop ends no abbreviation)
    for n, abbrs in _ABBR_BY_LENGTH:
        start = end + 1 - n
        if start >= 0 and text[start:end + 1] in abbrs and (start == 0 or not text[start - 1].isalnum()):
            return True
    return False


_ABBR_LAST = frozenset(a[-2] for a in ABBREVIATIONS)   # the character before each one's final full stop
_ABBR_BY_LENGTH = tuple((n, frozenset(a for a in ABBREVIATIONS if len(a) == n))
                        for n in sorted({len(a) for a in ABBREVIATIONS}))


def sentence_spans(text: str, *, semicolons: bool = True) -> list[tuple[int, int]]:
    """(start, end) of every sentence of `text`, white space at the ends trimmed; linear in the text.
    A text is split once: the facts, the profile and the checks read the same paragraphs (kept per text)."""
    return list(_spans(text, semicolons))


@lru_cache(maxsize=1 << 14)
def _spans(text: str, semicolons: bool) -> tuple[tuple[int, int], ...]:
    rx = _END_WITH_SEMI if semicolons else _END_STRONG
    spans: list[tuple[int, int]] = []
    start = 0
    for m in rx.finditer(text):
        if text[m.start()] == "." and _abbreviation_before(text, m.start()):
            continue
        spans.append((start, m.start() + 1))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return tuple(out)


def sentences(text: str, *, semicolons: bool = True) -> list[str]:
    """The sentences of a run of prose, in order."""
    return [text[a:b] for a, b in _spans(text, semicolons)]


def clauses(text: str) -> list[str]:
    """The punctuation clauses of a sentence: split at , ; : and full stops, never inside 1,417.61."""
    out, start = [], 0
    for m in _CLAUSE_PUNCT.finditer(text):
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return out


_EMPHASIS = re.compile(r"\*\*|__|`|\^\{([^}]*)\}")


def plain(text: str) -> str:
    """Markdown emphasis dropped, a ^{marker} kept as its text, white space collapsed."""
    if "**" in text or "__" in text or "`" in text or "^{" in text:
        text = _EMPHASIS.sub(lambda m: m.group(1) or "", text)
    return squash(text)


def squash(text: str) -> str:
    """White space runs as one space, ends trimmed."""
    return " ".join(text.split())


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def norm_key(text: str) -> str:
    """A comparison key: lower-case letters and digits only."""
    return _NOT_ALNUM.sub(" ", text.lower()).strip()
