"""Readers: a file on disk to a Document (lines and blocks)."""
from __future__ import annotations

import os

from ..errors import InputError
from ..model import Document

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".mmd"}
PDF_SUFFIXES = {".pdf"}
REPORT_SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES


def load(path: str) -> Document:
    """Read any supported report into a Document with its blocks built."""
    if os.path.isdir(path):
        raise InputError(path, "is a folder, not a report")
    if not os.path.exists(path):
        raise InputError(path, "no such file")
    suffix = os.path.splitext(path)[1].lower()
    if suffix in PDF_SUFFIXES or _starts_with_pdf_magic(path):
        from .pdf import read_pdf  # PDF support is optional at import time

        return read_pdf(path)
    from ..document.build import build
    from .text import read_text

    return build(read_text(path))


def _starts_with_pdf_magic(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(5) == b"%PDF-"
    except OSError:
        return False


def find_reports(paths: list[str]) -> list[str]:
    """Expand folders into the report files inside them (sorted, recursive); keep files as given."""
    out: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f.startswith("."):
                        continue
                    if os.path.splitext(f)[1].lower() in REPORT_SUFFIXES:
                        out.append(os.path.join(root, f))
        else:
            out.append(p)
    return out
