"""The PDF reader's character and word code as it was before the C loop and the one-pass words
(esglens 2026-12-07, read/pdf_chars.py at main 365b6a0): the reference tests/test_pdf_words.py holds the
fast path to. Kept verbatim apart from this docstring and one rule added to all four word loops at once (h87: a ligature's
letters share one glyph's box and stay in one word); not used by esglens."""
from __future__ import annotations

import ctypes
import math
from collections import Counter
from dataclasses import dataclass

import pypdfium2.raw as R

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


def _angle_bucket(rad: float) -> int:
    """Char angle in radians to the nearest quarter turn, in degrees (0, 90, 180, 270)."""
    deg = math.degrees(rad) % 360
    return int(round(deg / 90.0)) % 4 * 90


SPACE = " "    # a real space character: a word break
# None in the character list: a break pdfium generated (it guessed a space or a new line)


def page_chars(textpage, width: float, height: float) -> tuple[list[Char | str | None], int]:
    """Every character of the page in content order (SPACE for a space in the content, None for
    a break pdfium generated), and the page's dominant text angle in degrees."""
    raw = textpage.raw
    n = R.FPDFText_CountChars(raw)
    text = _page_text(raw, n)
    # pdfium's functions bound once and pointers made once: this loop runs for every character
    unicode_of, generated, loose_box = R.FPDFText_GetUnicode, R.FPDFText_IsGenerated, R.FPDFText_GetLooseCharBox
    origin, angle_of, weight = R.FPDFText_GetCharOrigin, R.FPDFText_GetCharAngle, R.FPDFText_GetFontWeight
    rect = R.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    p_rect, p_ox, p_oy = ctypes.byref(rect), ctypes.byref(ox), ctypes.byref(oy)
    buckets: dict[float, int] = {}
    angles: Counter[int] = Counter()
    staged: list[tuple | str | None] = []
    for k in range(n):
        if text is not None:
            ch = text[k]
            if ch == "\x00":
                ch = ""
        else:
            code = unicode_of(raw, k)
            ch = chr(code) if code else ""
        if ch == "\x02":
            ch = "-"   # pdfium's code for a hyphen that ends a line
        if not ch or generated(raw, k) == 1:
            staged.append(None)
            continue
        if ch.isspace():
            staged.append(SPACE)
            continue
        loose_box(raw, k, p_rect)
        origin(raw, k, p_ox, p_oy)
        rad = angle_of(raw, k)
        ang = buckets.get(rad)
        if ang is None:
            ang = buckets[rad] = _angle_bucket(rad)
        angles[ang] += 1
        staged.append((ch, rect.left, rect.right, rect.top, rect.bottom, ox.value, oy.value,
                       weight(raw, k) >= 600, ang))
    main = angles.most_common(1)[0][0] if angles else 0
    out: list[Char | str | None] = []
    for s in staged:
        if s is None or s is SPACE:
            out.append(s)
            continue
        ch, left, right, top, bottom, bx, by, bold, ang = s
        if ang != main:
            out.append(None)  # text at another angle (a chart's axis label) is not read
            continue
        out.append(_to_reading(ch, left, right, top, bottom, bx, by, bold, main, width, height))
    return out, main


def _page_text(raw, n: int) -> str | None:
    """The page's characters in one call, index for index; None when pdfium's text does not line up
    with its characters (it drops some control characters), and they are read one by one."""
    if n <= 0:
        return None
    buf = (ctypes.c_ushort * (n + 1))()
    got = R.FPDFText_GetText(raw, 0, n, buf)
    text = ctypes.string_at(buf, 2 * max(got - 1, 0)).decode("utf-16-le", "surrogatepass")
    if len(text) != n:
        return None
    return text.replace("\ufffe", "\x02")   # the text call's code for pdfium's end-of-line hyphen


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
