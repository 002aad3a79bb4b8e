"""A regex that tests its first character before anything else (issue 17: the cost of a search per character).

`re` skips ahead at C speed only to a literal prefix or, for a case-sensitive pattern, to a set of first
characters; a pattern that opens with a word boundary, a lookbehind or an alternation of words under
IGNORECASE is instead tried at every character of the text, every branch in turn. `opening(rx)` reads the
parsed pattern (the standard `re` parser), works out every character a match can start with, and returns
the same pattern behind a lookahead of that class, `(?=[...])(?:...)`: at a character no match can start
with, one class test fails it. Groups, their numbers and names, flags, `pos`/`endpos` and every match stay
exactly as they were; a pattern whose first character cannot be named that way (it may match the empty
string, starts with any character, a negated class, a back reference, or changes flags inside) is
returned as it is. (Several hand-written `(?=[...])` openings in profile/ and checks/ did the same by hand.)
"""
from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
               _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}
# a class this broad prunes too little to pay for its test
_BROAD = {r"\D", r"\S", r"\W", r"\w"}


class _Unknown(Exception):
    """The first characters cannot be named (the pattern is left as it is)."""


def first_class(pattern: str, flags: int = 0) -> str | None:
    """The character class (as regex text, "[...]") of every first character of a match, or None."""
    try:
        parsed = _p.parse(pattern, flags)
        if parsed.state.flags & (re.VERBOSE | re.LOCALE):
            return None
        if parsed.data and parsed.data[0][0] is _c.ASSERT and parsed.data[0][1][0] == 1:
            return None   # it opens with a lookahead already (written by hand)
        if _skipped_by_re(parsed, flags | parsed.state.flags):
            return None   # re skips to its first characters itself
        parts, nullable = _first(list(parsed))
    except (_Unknown, re.error, RecursionError):
        return None
    if nullable or not parts or parts & _BROAD:
        return None
    return "[" + "".join(sorted(parts)) + "]"


def _skipped_by_re(parsed, flags: int) -> bool:
    """Does `re` itself skip ahead to a literal prefix or a set of first characters (a case-sensitive
    literal, class or alternation of literals)? Read with the compiler's own helpers where they exist."""
    try:
        from re._compiler import _get_charset_prefix, _get_literal_prefix
    except ImportError:  # pragma: no cover - another Python: open it anyway (same matches)
        return False
    try:
        prefix = _get_literal_prefix(parsed, flags)[0]
        return bool(prefix) or bool(_get_charset_prefix(parsed, flags))
    except Exception:  # pragma: no cover
        return False


def _first(items: list) -> tuple[set[str], bool]:
    """First characters of a sequence of parsed items (class parts as regex text) and whether it can be empty."""
    out: set[str] = set()
    for op, av in items:
        parts, nullable = _item(op, av)
        out |= parts
        if not nullable:
            return out, False
    return out, True


def _char(code: int) -> str:
    return re.escape(chr(code)) if chr(code) not in "-]\\^" else "\\" + chr(code)


def _item(op, av) -> tuple[set[str], bool]:
    if op is _c.LITERAL:
        return {_char(av)}, False
    if op is _c.IN:
        parts: set[str] = set()
        for o, a in av:
            if o is _c.NEGATE:
                raise _Unknown
            if o is _c.LITERAL:
                parts.add(_char(a))
            elif o is _c.RANGE:
                parts.add(f"{_char(a[0])}-{_char(a[1])}")
            elif o is _c.CATEGORY and a in _CATEGORIES:
                parts.add(_CATEGORIES[a])
            else:
                raise _Unknown
        return parts, False
    if op is _c.AT or op in (_c.ASSERT, _c.ASSERT_NOT):
        return set(), True   # zero-width: the first character is what follows
    if op is _c.SUBPATTERN:
        if av[1] or av[2]:   # flags changed inside ((?i:...), (?-i:...)): not read
            raise _Unknown
        return _first(list(av[-1]))
    if _ATOMIC is not None and op is _ATOMIC:
        return _first(list(av))
    if op in _REPEATS:
        low, _, body = av
        parts, nullable = _first(list(body))
        return parts, nullable or low == 0
    if op is _c.BRANCH:
        parts, nullable = set(), False
        for alternative in av[1]:
            p, n = _first(list(alternative))
            parts |= p
            nullable = nullable or n
        return parts, nullable
    raise _Unknown   # any character, a back reference, a conditional group ...


def opening(rx: re.Pattern) -> re.Pattern:
    """`rx` behind a lookahead of its first characters (see the module), or `rx` itself."""
    if not isinstance(rx.pattern, str):
        return rx
    cls = first_class(rx.pattern, rx.flags)
    if cls is None:
        return rx
    lead = _GLOBAL_FLAGS.match(rx.pattern)   # "(?i)" must stay first
    head, body = (lead.group(0), rx.pattern[lead.end():]) if lead else ("", rx.pattern)
    try:
        return re.compile(f"{head}(?={cls})(?:{body})", rx.flags)
    except re.error:   # pragma: no cover - kept as it was
        return rx


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
