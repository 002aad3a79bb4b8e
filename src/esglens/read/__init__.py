"""Readers: a file on disk to a Document (lines and blocks)."""
from __future__ import annotations

import os

from ..errors import InputError
from ..model import Document

# Office files no built-in reader takes, by suffix: what the error line calls them.
OFFICE_FILES = {".docx": "Word document", ".doc": "Word document", ".docm": "Word document",
                ".odt": "OpenDocument text", ".rtf": "Rich Text document", ".xlsx": "Excel workbook",
                ".xls": "Excel workbook", ".ods": "OpenDocument spreadsheet", ".pptx": "PowerPoint presentation",
                ".ppt": "PowerPoint presentation", ".odp": "OpenDocument presentation"}


def load(path: str) -> Document:
    """Read any supported report into a Document, with the first registered reader that accepts it.

    Readers registered later are asked first, so a plugin can take over a suffix.
    """
    from ..core import registry

    if os.path.isdir(path):
        raise InputError(path, "is a folder, not a report")
    if not os.path.exists(path):
        raise InputError(path, "no such file")
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise InputError(path, f"cannot be opened ({exc.strerror or exc})") from None
    readers = registry.readers()
    for reader in reversed(readers):
        if reader.accepts(path, head):
            return reader.read(path)
    office = OFFICE_FILES.get(os.path.splitext(path)[1].lower())
    if office:  # no reader takes it (a plugin may): named, not "binary file"
        raise InputError(path, f"{office} (convert it to PDF or text)")
    fallback = next((r for r in readers if r.name == "text"), None)
    if fallback is None:
        raise InputError(path, "no reader for this kind of file")
    return fallback.read(path)  # unknown suffix: the text reader decides (and refuses binary)


def report_suffixes() -> set[str]:
    from ..core import registry

    return {s for r in registry.readers() for s in r.suffixes}


def find_reports(paths: list[str]) -> list[str]:
    """Expand folders into the report files inside them (sorted, recursive); keep files as given."""
    out: list[str] = []
    suffixes = report_suffixes()
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f.startswith("."):
                        continue
                    if os.path.splitext(f)[1].lower() in suffixes:
                        out.append(os.path.join(root, f))
        else:
            out.append(p)
    return out
