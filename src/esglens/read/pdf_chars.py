"""Characters and words of one PDF page with positions, read through pdfium.

Coordinates are turned into reading space: x grows to the right and y grows downwards along the
page's dominant text direction, so rotated pages (a /Rotate entry, or a landscape table drawn
sideways on a portrait page) read like upright ones.
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2.raw as R

from .pdf_c_loop import POINTER, address, chars_loop, kinds_loop, zeros
from .pdf_glyph_keys import (_CODE_KEYS, _KINDS, _angle_bucket, _as_list, keys_by_object, keys_one_by_one,  # noqa: F401
                             kinds_in_c)

_SUP_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass(slots=True)
class Char:
    ch: str
    x0: float
    x1: float
    top: float        # of the font's box (loose), y down
    bottom: float
    base: float       # baseline, y down
    size: float       # font box height: the type size as drawn
    bold: bool


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    base: float
    size: float
    bold: bool
    spaced: bool = False   # a real space character stood before it in the content


SPACE = " "    # a real space character: a word break
# None in the character list: a break pdfium generated (it guessed a space or a new line)


def page_chars(textpage, width: float, height: float) -> tuple[list[Char | str | None], int]:
    """Every character of the page in content order (SPACE for a space in the content, None for
    a break pdfium generated), and the page's dominant text angle in degrees.
    (pdf_words.page_words reads the same into words without a Char per character.)"""
    text, wanted, gen, boxes, orgs, keys, main = _stage_arrays(textpage)
    out: list[Char | str | None] = []
    add = out.append
    h = height
    for k, ch in enumerate(text):
        w = wanted[k]
        if w != 2:
            add(None if w == 0 or gen[k] == 1 else SPACE)
            continue
        bold, ang = keys[k]
        j = 4 * k
        left, top, right, bottom = boxes[j], boxes[j + 1], boxes[j + 2], boxes[j + 3]
        if ang != main:
            add(None)  # text at another angle (a chart's axis label) is not read
        elif ang == 0:
            t, b = h - top, h - bottom
            add(Char(ch, left, right, t, b, h - orgs[2 * k + 1], max(b - t, 0.1), bold))
        else:
            add(_to_reading(ch, left, right, top, bottom, orgs[2 * k], orgs[2 * k + 1], bold, main, width, h))
    return out, main


def _stage_arrays(textpage):
    """The page's characters as flat lists, index for index: the character ("" for none), what it
    is (`wanted`: 0 nothing, 1 whitespace, 2 a glyph), pdfium's generated flag (whitespace only),
    the loose box (left, top, right, bottom: 4 per character), the origin (2 per character), the
    text object's (bold, angle bucket) for a glyph, and the page's dominant angle."""
    return _staged(textpage)[:7]


def _staged(textpage, lists: bool = True):
    """_stage_arrays, and the same data as the C loop left it (None without the C loop): the
    generated flags, boxes and origins as C arrays and `kind`, a byte per character (0: no glyph,
    else 1 + angle bucket / 90 + 4 if bold), for pdf_words' C loop over the words.
    With lists=False, what the C loop filled may come back as memoryviews (indexable like the lists,
    `as_lists` makes lists of them) and `keys` as None (see `kind`)."""
    raw = textpage.raw
    n = R.FPDFText_CountChars(raw)
    text = _page_text(raw, n)
    if text is None:
        text = _text_one_by_one(raw, n)
    keys, angles, gen, boxes, orgs, wanted, c_arrays = _stage(raw, text)
    main = max(angles, key=angles.__getitem__) if angles else 0   # the first seen wins a tie
    if lists:
        keys, gen, boxes, orgs = as_lists(keys, gen, boxes, orgs, c_arrays)
    return text, wanted, gen, boxes, orgs, keys, main, c_arrays


def as_lists(keys, gen, boxes, orgs, c_arrays):
    """The keys, generated flags, boxes and origins of _staged(lists=False) as lists."""
    if keys is None:
        keys = list(map(_CODE_KEYS.__getitem__, c_arrays[-1]))
    return keys, *(x.tolist() if isinstance(x, memoryview) else x for x in (gen, boxes, orgs))


class _Calls:
    """pdfium's per-character functions bound once, called with ready-made pointers and no argument
    conversion: this runs for every character of every page."""

    def __init__(self):
        def bind(fn, restype):
            f = ctypes.CFUNCTYPE(restype)(ctypes.cast(fn, ctypes.c_void_p).value)
            f.argtypes = None   # every argument is passed as a c_void_p or a small int
            return f
        self.generated = bind(R.FPDFText_IsGenerated, ctypes.c_int)
        self.loose_box = bind(R.FPDFText_GetLooseCharBox, ctypes.c_int)
        self.origin = bind(R.FPDFText_GetCharOrigin, ctypes.c_int)
        self.text_object = bind(R.FPDFText_GetTextObject, ctypes.c_void_p)
        self.angle, self.weight = R.FPDFText_GetCharAngle, R.FPDFText_GetFontWeight
        self.addresses = [ctypes.cast(f, ctypes.c_void_p) for f in (
            R.FPDFText_IsGenerated, R.FPDFText_GetLooseCharBox, R.FPDFText_GetCharOrigin, R.FPDFText_GetTextObject)]
        self.key_addresses = [ctypes.cast(f, ctypes.c_void_p) for f in (R.FPDFText_GetFontWeight, R.FPDFText_GetCharAngle)]


_CALLS: _Calls | None = None


def _stage(raw, text):
    """pdfium's data for every character (see _stage_arrays), and how many glyphs stand at each angle.
    pdfium generates only whitespace (checked on 6.1 M characters of the corpus), and a character's
    angle and font weight are its text object's, so those are asked once per text object."""
    global _CALLS
    calls = _CALLS = _CALLS or _Calls()
    n = len(text)
    wanted = bytes(map(_KINDS.__getitem__, text))
    in_c = chars_loop() is not None
    gen, boxes, orgs, objs, c_arrays = (_in_c if in_c else _in_python)(calls, raw, n, wanted)
    if in_c and (found := kinds_in_c(kinds_loop(), calls, raw, n, wanted, objs)):
        angles, kind = found
        keys, c_arrays = None, (*c_arrays, kind)
    elif in_c and n - (objs := _as_list(objs)).count(0) == wanted.count(2):    # every glyph has its text object
        keys, angles, kind = keys_by_object(calls, raw, objs)
        c_arrays = (*c_arrays, kind)
    else:
        keys, angles = keys_one_by_one(calls, raw, _as_list(objs), wanted)
        c_arrays = None
    return keys, angles, gen, boxes, orgs, wanted, c_arrays


def _in_c(calls: _Calls, raw, n: int, wanted: bytes):
    """The per-character pdfium calls in one C loop (read/_pdfium_chars.c): each character's generated
    flag, loose box (left, top, right, bottom) and origin as memoryviews, and its text object (a C array)."""
    gen, box, org, objs = zeros("b", n), zeros("f", 4 * n), zeros("d", 2 * n), zeros(POINTER, n)
    addr = calls.addresses
    chars_loop()(ctypes.cast(raw, ctypes.c_void_p), n, wanted, *addr, *map(address, (gen, box, org, objs)))
    # indexed through memoryviews; lists are made only where they are wanted (_staged)
    return memoryview(gen), memoryview(box), memoryview(org), objs, (wanted, gen, box, org)


def _in_python(calls: _Calls, raw, n: int, wanted: bytes):
    """The same calls one by one from Python (when the C loop is not built): ~1 µs each."""
    generated, loose_box, origin, text_object = calls.generated, calls.loose_box, calls.origin, calls.text_object
    tp = ctypes.c_void_p(ctypes.cast(raw, ctypes.c_void_p).value)
    rect = (ctypes.c_float * 4)()
    xy = (ctypes.c_double * 2)()
    p_rect = ctypes.c_void_p(ctypes.addressof(rect))
    p_x, p_y = ctypes.c_void_p(ctypes.addressof(xy)), ctypes.c_void_p(ctypes.addressof(xy) + 8)
    gen, box, org, objs = [0] * n, [0.0] * (4 * n), [0.0] * (2 * n), [None] * n
    for k in range(n):
        w = wanted[k]
        if w == 1:
            gen[k] = generated(tp, k)
        elif w == 2:
            objs[k] = text_object(tp, k)
            loose_box(tp, k, p_rect)
            origin(tp, k, p_x, p_y)
            box[4 * k:4 * k + 4] = rect
            org[2 * k:2 * k + 2] = xy
    return gen, box, org, objs, None


def _text_one_by_one(raw, n: int) -> list[str]:
    out = []
    for k in range(n):
        code = R.FPDFText_GetUnicode(raw, k)
        out.append("-" if code == 2 else chr(code) if code else "")
    return out


_USHORTS = ctypes.POINTER(ctypes.c_ushort)


def _page_text(raw, n: int) -> list[str] | str | None:
    """The page's characters in one call, index for index; None when pdfium's text does not line up
    with its characters (it drops some control characters), and they are read one by one. A page
    with no character that is none ("\x00") comes back as the string itself (indexed and sliced as the
    list would be, without a string object per character and a join again for its words)."""
    if n <= 0:
        return None
    buf = zeros("H", n + 1)
    got = R.FPDFText_GetText(raw, 0, n, ctypes.cast(address(buf), _USHORTS))
    text = memoryview(buf).cast("B")[:2 * max(got - 1, 0)].tobytes().decode("utf-16-le", "surrogatepass")
    if len(text) != n:
        return None
    # "\ufffe" is the text call's code for pdfium's end-of-line hyphen ("\x02" one by one); "\x00" none
    k = text.find("\x00")
    if k < 0:
        return text.replace("\ufffe", "-").replace("\x02", "-")
    out = list(text.replace("\ufffe", "-").replace("\x02", "-"))
    while k >= 0:
        out[k] = ""
        k = text.find("\x00", k + 1)
    return out


def _to_reading(ch, left, right, top, bottom, bx, by, bold, angle, w, h) -> Char:
    """PDF user space (y up) to reading space (y down) for text running at `angle`."""
    if angle == 0:
        x0, x1, t, b, base = left, right, h - top, h - bottom, h - by
    elif angle == 270:    # pdfium measures clockwise: text runs upwards, reading x is PDF y
        x0, x1, t, b, base = bottom, top, left, right, bx
    elif angle == 180:
        x0, x1, t, b, base = w - right, w - left, bottom, top, by
    else:                 # 90: text runs downwards
        x0, x1, t, b, base = h - top, h - bottom, w - right, w - left, w - bx
    return Char(ch, x0, x1, t, b, base, max(b - t, 0.1), bold)


def words_of(chars: list[Char | str | None]) -> list[Word]:
    """Glue characters into words in content order. A raised, smaller character is a superscript
    (a footnote marker, an exponent); a lowered smaller one a subscript (CO2): both stay glued."""
    words: list[Word] = []
    cur: list[Char] = []
    spaced = False
    pending_space = False

    def flush():
        nonlocal cur, spaced
        if cur:
            words.append(_word(cur, spaced))
        cur = []

    generated = False
    for c in chars:
        if c is SPACE:
            if cur:
                flush()
                pending_space = True
            continue
        if c is None:
            generated = True   # decided by the next character's position
            continue
        if cur:
            prev = cur[-1]
            size = prev.size if prev.size > c.size else c.size
            same_line = abs(c.base - prev.base) < 0.45 * size or \
                _overlap_y(prev, c) > 0.5 * (prev.size if prev.size < c.size else c.size)
            gap = c.x0 - prev.x1
            # pdfium guesses a break where the baseline moves (a subscript): glue what touches
            entering = c.size < 0.85 * prev.size     # into a subscript or superscript
            leaving = prev.size < 0.85 * c.size
            limit = 0.3 * size if entering else 0.12 * size if (generated or leaving) else 0.25 * size
            # a ligature's letters ("ffi") share one glyph's box: the second and third go on with the word
            if not same_line or gap > limit or (gap < -0.5 * size and (c.x0, c.x1) != (prev.x0, prev.x1)):
                flush()
                pending_space = False
        generated = False
        if not cur:
            spaced = pending_space
            pending_space = False
        cur.append(c)
    flush()
    return words


def _overlap_y(a: Char, b: Char) -> float:
    return (a.bottom if a.bottom < b.bottom else b.bottom) - (a.top if a.top > b.top else b.top)


def _word(chars: list[Char], spaced: bool) -> Word:
    main_size = max(c.size for c in chars)
    cut = 0.85 * main_size
    body = [c for c in chars if c.size >= cut] or chars
    base = _most_common_base(body)
    if len(body) == len(chars):   # no smaller character: nothing raised
        text = "".join(c.ch for c in chars)
    else:
        text = _with_superscripts(chars, cut, base - 0.15 * main_size)
    x0, x1 = chars[0].x0, chars[0].x1
    for c in chars:
        if c.x0 < x0:
            x0 = c.x0
        if c.x1 > x1:
            x1 = c.x1
    return Word(
        text=text, x0=x0, x1=x1,
        top=min(c.top for c in body), bottom=max(c.bottom for c in body), base=base,
        size=main_size, bold=sum(c.bold for c in body) * 2 > len(body), spaced=spaced,
    )


def _most_common_base(body: list[Char]) -> float:
    """The baseline most of the word's characters sit on (to 0.1 pt); the first seen wins a tie."""
    if len(body) == 1:
        return round(body[0].base, 1)
    counts: dict[float, int] = {}
    for c in body:
        r = round(c.base, 1)
        counts[r] = counts.get(r, 0) + 1
    return max(counts, key=counts.__getitem__)


def _with_superscripts(chars: list[Char], cut: float, raised_below: float) -> str:
    parts: list[str] = []
    sup: list[str] = []
    for c in chars:
        if c.size < cut and c.base < raised_below:
            sup.append(c.ch)
            continue
        if sup:
            parts.append(_superscript("".join(sup)))
            sup = []
        parts.append(c.ch)
    if sup:
        parts.append(_superscript("".join(sup)))
    return "".join(parts)


def _superscript(s: str) -> str:
    """A raised marker as the table stage reads it: digits as superscript digits, else ^{..}."""
    if s.isdigit():
        return s.translate(_SUP_DIGITS)
    return "^{" + s + "}"
