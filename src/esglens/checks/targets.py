"""A target declared achieved while the progress stated next to it falls short of it.

"…has decreased by 48.1% compared to 2021. … it has achieved the target of reducing … by 50%."
The claim and the progress must speak of the same thing (subject words, denominator), move in the
same direction and be measured against the same base when both name one.
"""
from __future__ import annotations

import re

from ..core.prefilter import gate
from ..model import Finding
from .numbers import fmt
from .sentences import Sentence
from .statements import Change, changes_in

_CLAIM = gate(re.compile(
    r"(?P<pre>\b(?:\w+\s+){0,3})(?:achieved|met|reached|fulfilled|accomplished|attained|realized|realised|completed)\s+"
    r"(?:(?:the|its|our|their|this|that|a|an|annual|stated|set|established)\s+)*(?:[\w\-]+\s+){0,3}?"
    r"(?:targets?|goals?|objectives?)\b"
    r"|(?:targets?|goals?|objectives?)\b[^.;]{0,160}?\b(?:has|have|was|were|had)\s+been\s+(?:successfully\s+)?"
    r"(?:achieved|met|reached|fulfilled|accomplished|attained|realized|realised|completed)", re.I))
_NOT = re.compile(r"\b(?:not|never|yet|failed|to|will|would|shall|expected|expects|aim|aims|plan|plans|strive|"
                  r"partially|partly|basically|nearly|almost|largely|close)(?:\s+(?:have|be|been))?\s*$", re.I)
_TARGET_WORD = gate(re.compile(r"\b(?:targets?|goals?|objectives?)\b", re.I))


def _claims(s: Sentence) -> list[re.Match]:
    """Claims that a target was reached, without a negation or hedge right before the verb."""
    out: list[re.Match] = []
    for m in _CLAIM.finditer(s.text):
        verb_at = m.start() + len(m.group("pre") or "")
        if _NOT.search(s.text[max(0, verb_at - 40):verb_at]):
            continue
        if re.search(r"\b(?:not|never|partially|partly|basically|nearly|almost|largely)\b", m.group(0), re.I):
            continue
        out.append(m)
    return out


def _compatible(target: Change, progress: Change, progress_only: bool = True) -> bool:
    """Same direction, base, denominator and subject; progress_only: a change "by", not a level "to"."""
    if target.direction != progress.direction or (progress_only and progress.mode != "by"):
        return False
    if target.base and progress.base and target.base != progress.base:
        return False
    if target.den and progress.den and target.den != progress.den:
        return False
    if ("INT" in target.subject) != ("INT" in progress.subject):
        return False
    a, b = target.subject - {"INT"}, progress.subject - {"INT"}
    return bool(a) and bool(b) and (a <= b or b <= a)


def check_targets(sentences: list[Sentence], report_year: int | None) -> list[Finding]:
    out = []
    for s in sentences:
        claims = _claims(s)
        if not claims:
            continue
        stated = changes_in(s, report_year)
        for m in claims:
            targets = [c for c in stated if c.start >= m.start()]
            if not targets:
                continue
            target = targets[0]
            near = [c for c in stated if c.end <= m.start()]
            for prev in (s.prev, s.prev.prev if s.prev else None):
                if prev is not None:
                    near += changes_in(prev, report_year)
            for p in near:
                if _compatible(target, p) and p.value + p.slack < target.value - target.slack:
                    declared = _declaration(sentences, target, s)
                    out.append(_finding(target, p, declared))
                    break
    return out


def _declaration(sentences: list[Sentence], target: Change, claim: Sentence) -> Sentence | None:
    """Where the target itself is set out: a sentence naming a target with the same figure and subject."""
    for s in sentences:
        if s is claim or "%" not in s.text or not _TARGET_WORD.search(s.text):
            continue   # (a change is stated only with a per cent sign: changes_in)
        for c in changes_in(s, target.year):
            if c.raw == target.raw and c.direction == target.direction and _compatible(target, c, progress_only=False):
                return s
    return None


def _finding(target: Change, progress: Change, declared: Sentence | None) -> Finding:
    where = [progress.sentence, target.sentence] + ([declared] if declared else [])
    lines = sorted({n for s in where for n in s.lines})
    pages = sorted({n for s in where for n in s.pages}) if not lines else []
    verb = "reduction" if target.direction < 0 else "increase"
    at = (lambda s: f"line {s.line}" if s.line is not None else f"page {s.page}")
    msg = (f"A target of a {target.raw} % {verb} is declared achieved ({at(target.sentence)}), but the stated "
           f"progress is {progress.raw} % ({at(progress.sentence)}); short by "
           f"{fmt(target.value - progress.value, 2)} points.")
    if declared is not None:
        msg += f" The target is set out at {at(declared)}."
    return Finding("target_claim", "warning", msg, lines, pages,
                   [target.direction * target.value, progress.direction * progress.value], None, progress.year)
