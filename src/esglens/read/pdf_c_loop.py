"""The C loops over a page's characters, words, glyph kinds, lines and path objects (the `_pdfium_chars` extension built at
install, setup.py), loaded once; each None when it is not built (ESGLENS_PDF_C_LOOP=0 turns them off) or an
older build lacks it."""
from __future__ import annotations

import ctypes
import importlib.machinery
import os
from array import array


_LOOP: list = []


def chars_loop():
    """The C loop's function, or None when it is not built (ESGLENS_PDF_C_LOOP=0 turns it off)."""
    if not _LOOP:
        _LOOP.extend(_load_loop())
    return _LOOP[0]


def words_loop():
    """The C loop over a page's words (esglens_page_words), or None (not built, or built before it existed)."""
    chars_loop()
    return _LOOP[1] if len(_LOOP) > 1 else None


def kinds_loop():
    """The C loop that reads the glyphs' kinds (esglens_page_kinds), or None."""
    chars_loop()
    return _LOOP[2] if len(_LOOP) > 2 else None


def lines_loop():
    """The C loop that groups a page's words into lines (esglens_page_lines), or None."""
    chars_loop()
    return _LOOP[3] if len(_LOOP) > 3 else None


# array.array's code for a C pointer (the text objects' addresses)
POINTER = "Q" if ctypes.sizeof(ctypes.c_void_p) == 8 else "I"


def zeros(typecode: str, n: int) -> array:
    """A zeroed buffer of n items for a C loop to fill (array.array: no ctypes array type is made for each
    page's length, which cost ~10 µs a type and left the types to the cycle collector)."""
    return array(typecode, bytes(n * array(typecode).itemsize))


def address(buf) -> int | None:
    """The address of a buffer's first item (an array.array or a bytearray), None (NULL) for an empty one."""
    if isinstance(buf, array):
        return buf.buffer_info()[0] if len(buf) else None
    return ctypes.addressof(ctypes.c_char.from_buffer(buf)) if len(buf) else None


def paths_loop():
    """The C loop over a page's objects for its rules and shapes (esglens_page_paths), or None."""
    chars_loop()
    return _LOOP[4] if len(_LOOP) > 4 else None


def ones(mask: bytes) -> list[int]:
    """The indexes of the 1 bytes of a mask made from a C loop's flags (bytes.translate), found by bytes.find:
    the few words a loop flagged, without a Python step per word."""
    out, i = [], mask.find(1)
    while i >= 0:
        out.append(i)
        i = mask.find(1, i + 1)
    return out


def _load_loop():
    """esglens_page_chars, esglens_page_words, esglens_page_kinds, esglens_page_lines and esglens_page_paths of the built
    extension (None for a function an older build does not have)."""
    if os.environ.get("ESGLENS_PDF_C_LOOP", "1") == "0":
        return None, None, None
    here = os.path.dirname(os.path.abspath(__file__))
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = os.path.join(here, "_pdfium_chars" + suffix)
        if os.path.exists(path):
            try:
                lib = ctypes.CDLL(path)
                fn = lib.esglens_page_chars
            except (OSError, AttributeError):
                return None, None, None
            fn.restype = ctypes.c_int
            vp = ctypes.c_void_p
            fn.argtypes = [vp, ctypes.c_int, ctypes.c_char_p, vp, vp, vp, vp, vp, vp, vp, vp]
            words = getattr(lib, "esglens_page_words", None)
            if words is None:
                return fn, None, None
            words.restype = ctypes.c_int
            words.argtypes = [ctypes.c_int, ctypes.c_char_p, vp, vp, ctypes.c_int, vp, vp, ctypes.c_double,
                              ctypes.c_double, vp, vp, vp, vp, vp, vp]
            kinds = getattr(lib, "esglens_page_kinds", None)
            if kinds is not None:
                kinds.restype = ctypes.c_int
                kinds.argtypes = [vp, ctypes.c_int, ctypes.c_char_p, vp, vp, vp, vp, vp, vp]
            lines = getattr(lib, "esglens_page_lines", None)   # (pdf_lines._lines_in_c)
            if lines is not None:
                d = ctypes.c_double
                lines.restype = ctypes.c_int
                lines.argtypes = [ctypes.c_int, vp, ctypes.c_char_p, vp, d, d, d, d, vp, vp, vp, vp, vp, vp, vp]
            paths = getattr(lib, "esglens_page_paths", None)   # (pdf_rulings._objects_in_c)
            if paths is not None:
                paths.restype = ctypes.c_int
                paths.argtypes = [vp, ctypes.c_int, ctypes.c_int, vp, vp, vp, vp, vp, vp, vp, vp, vp]
            return fn, words, kinds, lines, paths
    return None, None, None
