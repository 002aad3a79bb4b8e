"""Read a text or markdown report: detect its encoding, split it into numbered lines."""
from __future__ import annotations

import codecs
import hashlib
import os
import re

from charset_normalizer import from_bytes

from ..core.limits import limits, over_limit
from ..errors import InputError
from ..model import Document, TextLine


_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Bytes to text and the encoding used. Detects, never assumes, beyond a BOM or clean UTF-8."""
    if not data.strip():
        raise InputError(path, "empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise InputError(path, f"starts with a {enc} byte-order mark but does not decode ({exc.reason})")
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        text, enc = _detect(data, path)
    if "\x00" in text or _control_share(text) > 0.01:
        raise InputError(path, "binary file, not text")
    return text, enc


def _detect(data: bytes, path: str) -> tuple[str, str]:
    # UTF-16 without a BOM: every other byte is NUL in Latin text.
    if data.count(b"\x00") > len(data) // 4:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _control_share(text) < 0.01:
                return text, enc
        raise InputError(path, "binary file, not text")
    sample = data[:200_000]
    ctrl = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in sample or ctrl > len(sample) * 0.01:
        raise InputError(path, "binary file, not text")
    best = from_bytes(data[:2_000_000]).best()
    if best is None or best.encoding is None:
        raise InputError(path, "unknown text encoding (not UTF-8, UTF-16 or a detectable legacy code page)")
    enc = best.encoding
    if _single_byte(enc):
        # Mostly-ASCII text decodes "cleanly" in any single-byte code page; a multibyte Chinese
        # encoding that decodes every sequence strictly into ordinary characters is stronger evidence.
        for cjk in ("gb18030", "big5"):
            try:
                text = data.decode(cjk)
            except UnicodeDecodeError:
                continue
            if _ordinary(text):
                return text, cjk
    # GB2312 and GBK are subsets of GB18030: decode with the superset so no character is lost.
    if enc.lower().replace("-", "").replace("_", "") in ("gb2312", "gbk", "cp936"):
        enc = "gb18030"
    try:
        return data.decode(enc), enc
    except (UnicodeDecodeError, LookupError):
        raise InputError(path, f"unknown text encoding (best guess {enc} does not decode)")


def _single_byte(enc: str) -> bool:
    e = enc.lower().replace("-", "_")
    return e.startswith(("cp", "iso8859", "latin", "windows", "hp_", "mac", "koi8", "tis")) and e not in (
        "cp932", "cp936", "cp949", "cp950")


_ORDINARY = ((0x00A0, 0x024F), (0x0370, 0x03FF), (0x2000, 0x22FF), (0x2460, 0x24FF), (0x2500, 0x27BF),
             (0x3000, 0x303F), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xFF00, 0xFFEF))


def _ordinary(text: str) -> bool:
    """Non-ASCII characters are nearly all Latin, Greek, punctuation, symbols or CJK, and some exist."""
    rest = [ord(c) for c in text if ord(c) > 127]
    if not rest:
        return False
    ok = sum(1 for o in rest if any(a <= o <= b for a, b in _ORDINARY))
    if ok < 0.99 * len(rest):
        return False
    # Latin-1 accents misread as Chinese land inside words ("r閜arties"); real Chinese rarely does.
    sample = text[:500_000]
    cjk = len(re.findall(r"[\u3400-\u9fff]", sample))
    inside = len(re.findall(r"(?<=[A-Za-z])[\u3400-\u9fff](?=[A-Za-z])", sample))
    return not cjk or inside <= 0.2 * cjk


# a control character other than tab, line feed, carriage return and form feed
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _control_share(text: str) -> float:
    sample = text[:200_000]
    if not sample:
        return 0.0
    bad = len(_CONTROL.findall(sample))
    return bad / len(sample)


def read_text(path: str) -> Document:
    """Read a text/markdown report into a Document with one TextLine per line of the file."""
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot be read")
    max_mb = limits().max_text_mb
    if size > max_mb * 1024 * 1024:
        raise InputError(path, f"too large for a text report ({size / 1e6:.0f} MB, limit {max_mb} MB)")
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot be read")
    text, enc = decode(data, path)
    # Split on \n only: str.splitlines() also breaks on \x0c, \x1c, \u2028 ... and would shift
    # line numbers away from what an editor (and the answer keys) count.
    lines = [TextLine(t.rstrip("\r"), line=i) for i, t in enumerate(text.split("\n"), 1)]
    warnings = _cap_lines(lines)
    return Document(
        path=path,
        name=os.path.basename(path),
        sha256=hashlib.sha256(data).hexdigest(),
        kind="text",
        lines=lines,
        encoding=enc,
        warnings=warnings,
    )


def _cap_lines(lines: list[TextLine]) -> list[str]:
    """Cut every line longer than max_line_chars to the cap; one warning names the lines cut."""
    cap = limits().max_line_chars
    long = [tl for tl in lines if len(tl.text) > cap]
    if not long:
        return []
    longest = max(len(tl.text) for tl in long)
    for tl in long:
        tl.text = tl.text[:cap]
    where = "line " + ", ".join(str(tl.line) for tl in long[:5]) + (f" and {len(long) - 5:,} more" if len(long) > 5 else "")
    return [over_limit("max_line_chars", where, f"{len(long):,} line(s) up to {longest:,} characters; "
                       "the characters after the cap are not read")]
