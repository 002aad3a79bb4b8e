"""Every pattern string of the profile's vocabulary (data/profile vocabulary), for the speed tests that check a
fast path gives what the plain pattern gives."""
from __future__ import annotations

import re

from esglens.profile.text import vocab


def every_profile_pattern() -> list[str]:
    """The vocabulary's strings that compile as patterns (case-insensitive), each once, in order."""
    found: list[str] = []

    def walk(o):
        if isinstance(o, str):
            found.append(o)
        elif isinstance(o, dict):
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    walk(vocab())
    out = []
    for p in dict.fromkeys(found):
        try:
            re.compile(p, re.I)
        except re.error:
            continue
        out.append(p)
    return out
