"""A glyph's font weight and angle, as pdf_chars reads them: asked of pdfium once per text object.

`calls` is pdf_chars._Calls (pdfium's per-character functions, bound once).
"""
from __future__ import annotations

import ctypes
import math

from .pdf_c_loop import address


def _angle_bucket(rad: float) -> int:
    """Char angle in radians to the nearest quarter turn, in degrees (0, 90, 180, 270)."""
    deg = math.degrees(rad) % 360
    return int(round(deg / 90.0)) % 4 * 90


class _Kinds(dict):
    """A character's kind for `wanted` (0 nothing, 1 whitespace, 2 a glyph), worked out once per character."""

    def __missing__(self, ch: str) -> int:
        value = self[ch] = 0 if not ch else 1 if ch.isspace() else 2
        return value


_KINDS = _Kinds()
# a glyph's (bold, angle bucket) by its code 1 + angle / 90 + 4 * bold; code 0: no glyph
_CODE_KEYS = (None, *((bold, q * 90) for bold in (False, True) for q in range(4)))


def _key(calls, raw, k: int) -> tuple[bool, int]:
    return calls.weight(raw, k) >= 600, _angle_bucket(calls.angle(raw, k))


def keys_by_object(calls, raw, objs: list[int]):
    """Each glyph's (bold, angle bucket), asked of pdfium at the first glyph of its text object, and the
    glyphs per angle (in the order the angles are first seen); `kind`, the same as one code per character
    (see _CODE_KEYS), for the C word loop. Only for pages where every glyph has a text object (objs[k] is 0
    for what is not a glyph)."""
    first = dict(zip(reversed(objs), range(len(objs) - 1, -1, -1)))   # a text object's first glyph
    first.pop(0, None)
    code_of = {0: 0}
    seen: dict[int, None] = {}
    for obj, k in sorted(first.items(), key=lambda item: item[1]):
        bold, angle = _key(calls, raw, k)
        code_of[obj] = 1 + angle // 90 + 4 * bold
        seen.setdefault(angle)
    kind = bytearray(map(code_of.__getitem__, objs))
    angles = {a: kind.count(1 + a // 90) + kind.count(5 + a // 90) for a in seen}
    return None, angles, kind     # the keys: _CODE_KEYS[kind[k]] (as_lists)


def keys_one_by_one(calls, raw, objs: list, wanted: bytes):
    """The same as keys_by_object, glyph by glyph (a glyph with no text object is asked on its own)."""
    n = len(objs)
    objects: dict = {}
    angles: dict[int, int] = {}
    keys: list[tuple[bool, int] | None] = [None] * n
    last_obj = key = None
    for k in range(n):
        if wanted[k] != 2:
            continue
        obj = objs[k]
        if obj != last_obj or not obj:
            key = objects.get(obj) if obj else None
            if key is None:
                key = _key(calls, raw, k)
                if obj:
                    objects[obj] = key
            last_obj = obj
        keys[k] = key
        ang = key[1]
        angles[ang] = angles.get(ang, 0) + 1
    return keys, angles


def _as_list(objs) -> list:
    """The text objects as a list of addresses (0: none), from the C loop's array."""
    return objs if isinstance(objs, list) else memoryview(objs).cast("B").cast("P").tolist()


def kinds_in_c(fn, calls, raw, n: int, wanted: bytes, objs):
    """keys_by_object's angles and `kind` from one C loop (esglens_page_kinds); None when that loop is
    not built (fn None) or a glyph has no text object (then they are asked glyph by glyph)."""
    if fn is None or n == 0:
        return None
    kind = bytearray(n)
    first_at, glyphs = (ctypes.c_int * 4)(), (ctypes.c_int * 4)()
    if fn(ctypes.cast(raw, ctypes.c_void_p), n, wanted, address(objs), *calls.key_addresses,
          address(kind), first_at, glyphs) != 0:
        return None
    # the angles in the order they are first seen (the first seen wins a tie for the page's angle)
    seen = sorted((first_at[q], q) for q in range(4) if first_at[q] >= 0)
    return {90 * q: glyphs[q] for _, q in seen}, kind
