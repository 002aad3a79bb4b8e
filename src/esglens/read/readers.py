"""The built-in PDF reader, registered as a plugin (text files are read by `esglens.document.readers`)."""
from __future__ import annotations

from ..core.parts import Reader
from ..core.registry import hookimpl
from ..model import Document


def _read_pdf(path: str) -> Document:
    from .pdf import read_pdf  # pypdfium2 is imported only when a PDF is read

    return read_pdf(path)


PDF = Reader("pdf", (".pdf",), _read_pdf, sniff=lambda head: head.startswith(b"%PDF-"),
             description="PDF: text with positions, tables from geometry (pypdfium2)")


@hookimpl
def esglens_readers() -> list[Reader]:
    return [PDF]
