"""The built-in text reader: decode the file (esglens.read.text), then build headings, paragraphs, tables."""
from __future__ import annotations

from ..core.parts import Reader
from ..core.registry import hookimpl
from ..model import Document

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".mmd")


def read_text_report(path: str) -> Document:
    # imported on first read: knowing the readers (which files are reports) loads no stage (units, pint ...)
    from ..read.text import read_text
    from .build import build

    return build(read_text(path))


TEXT = Reader("text", TEXT_SUFFIXES, read_text_report,
              description="text or markdown from a PDF converter (UTF-8/16, GB18030 ...), tables as tabs, pipes or HTML")


@hookimpl
def esglens_readers() -> list[Reader]:
    return [TEXT]
