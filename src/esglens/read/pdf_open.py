"""Open a PDF file: its bytes (size limit, a PDF at all), the pdfium document (encrypted, truncated,
corrupt: one line naming the reason), and its page labels, defined or printed."""
from __future__ import annotations

import ctypes
import os
import re

import pypdfium2 as pdfium
import pypdfium2.raw as R

from ..errors import InputError


MAX_PDF_BYTES = int(os.environ.get("ESGLENS_MAX_PDF_MB", "500")) * 1024 * 1024


def page_labels_of(defined: list[str | None], printed: dict[int, str], count: int) -> list[str | None] | None:
    """Page labels the PDF defines, unless they merely count the pages and the footers print
    other numbers; else the numbers printed in headers and footers."""
    trivial = all(lbl in (None, str(i + 1)) for i, lbl in enumerate(defined))
    if any(defined) and not (trivial and printed and any(printed[n] != str(n) for n in printed)):
        return list(defined)
    if printed:
        return [printed.get(i + 1) for i in range(count)]
    return None


def read_bytes(path: str) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > MAX_PDF_BYTES:
            raise InputError(path, f"too large ({size // (1024 * 1024)} MB; limit ESGLENS_MAX_PDF_MB)")
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc})")
    if not data.strip():
        raise InputError(path, "empty file")
    if not data.lstrip()[:5] == b"%PDF-":
        raise InputError(path, "not a PDF (no %PDF- header)")
    return data


def open_pdf(path: str, data: bytes) -> pdfium.PdfDocument:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise InputError(path, "encrypted PDF (a password is needed to open it)")
        if b"%%EOF" not in data.rstrip()[-64:]:
            raise InputError(path, f"truncated PDF (no end-of-file marker; {short(exc)})")
        raise InputError(path, f"corrupt PDF ({short(exc)})")
    if len(pdf) == 0:
        pdf.close()
        raise InputError(path, "PDF has no pages (truncated or corrupt)")
    return pdf


def short(exc: Exception) -> str:
    return re.sub(r"\s+", " ", str(exc)).strip()[:120]


def page_labels(pdf: pdfium.PdfDocument) -> list[str | None]:
    """The printed page labels the PDF defines ("iv", "37"), one per page, None where absent."""
    out: list[str | None] = []
    for i in range(len(pdf)):
        n = R.FPDF_GetPageLabel(pdf.raw, i, None, 0)
        if n <= 2:
            out.append(None)
            continue
        buf = ctypes.create_string_buffer(n)
        R.FPDF_GetPageLabel(pdf.raw, i, buf, n)
        out.append(buf.raw[: n - 2].decode("utf-16-le", "replace"))
    return out
