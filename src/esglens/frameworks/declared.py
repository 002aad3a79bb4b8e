"""The frameworks a report says it follows, from its basis-of-preparation statement."""
from __future__ import annotations

import re

from ..core.prefilter import gate
from ..core.text import sentences
from ..model import Document, Heading, Paragraph
from .names import declared_names, exchanges

_BASIS_HEADING = re.compile(r"basis|standards?|guidelines?|references?|preparation|compilation|reporting framework|"
                            r"about (this|the) report", re.I)
_BASIS_VERB = gate(re.compile(r"in accordance|prepared|compil|refer|complies|comply|complied|follow|pursuant|"
                              r"based on|in line with|align|guided by|adher", re.I))
_REFERENCE = re.compile(r"with reference to|referr?ing to|refers? to|by reference|in line with|align|guided by|"
                        r"taking into account|drawing on", re.I)
_ACCORDANCE = re.compile(r"in accordance with|prepared (according|pursuant) to|in compliance with|compl(y|ies) with|"
                         r"pursuant to|prepared (based on|under|following)", re.I)
_GUIDELINE_NO = re.compile(r"No\.?\s*(\d{1,2})\b")
_VERSION = re.compile(r"^[\s*:]{0,4}((?:19|20)\d\d)\b|\((?:[^()]{0,40}?)((?:19|20)\d\d)[^()]{0,12}\)", re.I)
_SCAN_LINES = 600      # a basis statement stands near the front; later mentions are not declarations


def declared_frameworks(doc: Document) -> list[dict]:
    """[{name, version, mode (in_accordance | with_reference | mentioned), printed, line, page}], first mention each."""
    out: dict[str, dict] = {}
    for text, line, page in _basis_sentences(doc):
        for d in _frameworks_in(text):
            d.update(line=line, page=page)
            out.setdefault(d["name"], d)
    return list(out.values())


def _basis_sentences(doc: Document):
    """Sentences that state what the report follows: near the front, or under a basis heading."""
    under_basis = False
    for b in doc.blocks:
        if isinstance(b, Heading):
            under_basis = bool(_BASIS_HEADING.search(b.text)) and len(b.text) < 60
            continue
        if not isinstance(b, Paragraph):
            continue
        front = (b.line or 0) <= _SCAN_LINES or (b.page or 0) and b.page <= 6
        if not (front or under_basis):
            continue
        for sent in sentences(b.text):
            if _BASIS_VERB.search(sent):
                yield sent, b.line, b.page


def _frameworks_in(sent: str) -> list[dict]:
    found: list[tuple[int, str, str, str]] = []
    for name, rx in declared_names():
        if m := rx.search(sent):
            found.append((m.start(), name, m.group(0), sent[m.end():]))
    for m in _GUIDELINE_NO.finditer(sent):
        window = sent[max(0, m.start() - 80): m.end() + 160]
        near = [(abs(x.start() - 80), ex) for ex, _, rx in exchanges() for x in rx.finditer(window)]
        if near:
            ex = min(near)[1]
            found.append((m.start(), f"{ex}-{int(m.group(1))}", m.group(0), sent[m.end():]))
    out = []
    found.sort()
    for k, (pos, name, printed, after) in enumerate(found):
        # the version is printed right after the name, before the next framework's name
        span = after[: found[k + 1][0] - pos - len(printed)] if k + 1 < len(found) else after[:200]
        v = _VERSION.match(span) or _VERSION.search(span[:200])
        if v and not v.group(1) and not v.group(2):
            v = None
        out.append({"name": name, "version": (v.group(1) or v.group(2)) if v else None,
                    "mode": _mode(sent[:pos]), "printed": printed})
    return out


def _mode(before: str) -> str:
    """The nearest 'in accordance with' or 'with reference to' before the name decides."""
    acc = [m.end() for m in _ACCORDANCE.finditer(before)]
    ref = [m.end() for m in _REFERENCE.finditer(before)]
    if not acc and not ref:
        return "mentioned"
    return "in_accordance" if max(acc, default=-1) > max(ref, default=-1) else "with_reference"
