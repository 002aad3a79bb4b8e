"""A share stated in a sentence that does not match the counts stated with it.

"there are 7 directors, of which 3 are independent directors, accounting for 43%, and 2 are female
directors, accounting for 28%": 2 / 7 = 28.57 %, which at the printed precision (whole percent)
reads 29 %. The slack is half a unit in the last printed place of the share, nothing more.
"""
from __future__ import annotations

import re

from ..core.prefilter import candidates, gate
from ..model import Finding
from .numbers import decimals, half_ulp
from .sentences import Sentence

_INT = r"\d{1,3}(?:,\d{3})+|\d+"
# (each opens with a lookahead for its first digit: the regex engine then skips every other position at C speed)
_WHOLE = gate(re.compile(rf"(?=\d)\b(?P<n>{_INT})\s+(?P<what>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){{0,3}}?)\s*,?\s*"
                         r"(?:of\s+(?:which|whom)|among\s+(?:which|whom|them)|including)\b", re.I))
_PART = re.compile(rf"(?=\d)\b(?P<a>{_INT})\s+(?:(?:are|is|were|was)\s+)?(?P<what>[^,;()%\d]{{0,60}}?)\s*,?\s*"
                   r"(?:\(\s*|(?:accounting\s+for|representing|making\s+up|which\s+(?:is|was|are|were)|or)\s+)"
                   r"(?P<p>\d+(?:\.\d+)?)\s*%", re.I)
_NOT_COUNT = re.compile(r"^(?:million|billion|thousand|hundred|percent|yuan|rmb|hkd|usd|tons?|tonnes?|kg|kwh|mwh|"
                        r"years?|months?|days?|hours?|times?|m|km)\b", re.I)


_OF_OTHER = re.compile(r"\s+of\s+\w", re.I)
# a word after the share inside its bracket names a group within the part: "(32.4% women)", "(40% under 30)"
_SUBGROUP = re.compile(r"\s*(?!of\b)[^\W\d_]", re.I)
_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+)?(?:total|all|them|whom|which|the\s+total|the\s+whole)\b", re.I)


def _int(raw: str) -> int:
    return int(raw.replace(",", ""))


def check_text_shares(sentences: list[Sentence], report_year: int | None) -> list[Finding]:
    out = []
    for s in candidates(sentences, (_WHOLE.pattern,)):
        for m in _WHOLE.finditer(s.text):
            n = _int(m.group("n"))
            if n < 2 or _NOT_COUNT.match(m.group("what")) or (1900 <= n <= 2100 and "," not in m.group("n")):
                continue
            rest = s.text[m.end():]
            stop = _WHOLE.search(rest)   # a second whole in the sentence starts its own parts
            for p in _PART.finditer(rest[: stop.start()] if stop else rest):
                a = _int(p.group("a"))
                if a > n or p.group("what").strip().lower().startswith(("of ", "per ")):
                    continue
                after = rest[p.end():]
                if _OF_OTHER.match(after) and not _OF_WHOLE.match(after):
                    continue  # "accounting for 25% of management": a share of something else
                if "(" in p.group(0) and _SUBGROUP.match(after) and not _OF_WHOLE.match(after):
                    continue  # "460 were permanent (32.4% women)": the share of a group within the part
                share = 100.0 * a / n
                printed = float(p.group("p"))
                if abs(share - printed) > half_ulp(p.group("p")) + 1e-9:
                    out.append(_finding(s, n, a, m.group("what"), p.group("p"), printed, share, report_year))
    return out


def _finding(s: Sentence, n: int, a: int, what: str, raw: str, printed: float, share: float,
             year: int | None) -> Finding:
    places = decimals(raw)
    msg = (f"{a} of {n} {what.strip()} is {share:.2f} %, which at the printed precision reads "
           f"{share:.{places}f} %, but {raw} % is printed; difference {abs(share - printed):.2f} points.")
    return Finding("rate_mismatch", "error", msg, list(s.lines), list(s.pages) if not s.lines else [],
                   [a, n, printed, round(share, 2)], None, year)
