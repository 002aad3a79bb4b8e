"""Upload: a report file from the browser → analysis → the store, with a size limit on the request body."""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from typing import BinaryIO

from starlette.types import Message, Receive

from ..errors import InputError
from . import DEFAULT_MAX_BYTES  # noqa: F401  (part of this module's API)
from .access import Store
# Multipart framing (boundaries, part headers) around the file itself.
FORM_OVERHEAD = 64 * 1024


class TooLarge(Exception):
    pass


def limited_receive(receive: Receive, limit: int) -> Receive:
    """The ASGI receive channel, failing as soon as the body passes `limit` bytes (chunked bodies too)."""
    seen = 0

    async def wrapped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise TooLarge()
        return message

    return wrapped


def safe_name(filename: str | None) -> str:
    """The file's base name, reduced to harmless characters (it becomes the report's name)."""
    base = os.path.basename((filename or "").replace("\\", "/")).strip()
    stem, ext = os.path.splitext(base)
    stem = re.sub(r"[^\w.\- ]+", "_", stem).strip(" ._")[:100] or "report"
    ext = re.sub(r"[^\w.]+", "", ext)[:10]
    return stem + ext


@dataclass
class UploadOutcome:
    report_id: str | None
    error: str | None = None       # one line: the file and the reason


def ingest_upload(store: Store, fileobj: BinaryIO, filename: str | None, max_bytes: int,
                  keep_pdfs: str | os.PathLike | None = None) -> UploadOutcome:
    """Save the upload under its own name in a fresh temporary folder, analyse it, store it.

    keep_pdfs: a folder where a stored PDF is kept (`<folder>/<report_id>/<name>`) for its page images.
    """
    from ..pipeline import analyze
    from ..store import db

    name = safe_name(filename)
    folder = tempfile.mkdtemp(prefix="esglens-upload-")
    try:
        path = os.path.join(folder, name)
        with open(path, "wb") as out:
            copied = _copy_limited(fileobj, out, max_bytes)
        if copied == 0:
            return UploadOutcome(None, f"{name}: the file is empty")
        try:
            result = analyze(path, settings=_taught(store))
        except InputError as exc:
            return UploadOutcome(None, f"{name}: {exc.reason}")
        except Exception as exc:  # one line for the page; the analysis of one bad file must not crash the app
            return UploadOutcome(None, f"{name}: could not be analysed ({type(exc).__name__}: {_first_line(exc)})")
        from ..store.maintain import refresh

        with store.write() as con:
            status = db.ingest_results(con, [result])[0]
            if status.status != "failed":
                refresh(con)
        if status.status == "failed":
            return UploadOutcome(None, f"{name}: {status.reason or 'could not be stored'}")
        if keep_pdfs is not None and result.document.kind == "pdf" and status.report_id:
            _keep(path, os.path.join(str(keep_pdfs), status.report_id, name))
        return UploadOutcome(status.report_id)
    except TooLarge:
        return UploadOutcome(None, f"{name}: larger than the {_mb(max_bytes)} upload limit")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _taught(store: Store):
    """The pipeline settings with the library's reviewed metrics as labelled examples."""
    from ..core.settings import PIPELINE
    from ..store.review import examples

    import duckdb

    try:
        with store.read() as con:
            taught = tuple(examples(con)) if con is not None else ()
    except duckdb.Error:   # a library the app could not bring up to date: no examples
        taught = ()
    return PIPELINE.replace(examples=taught) if taught else PIPELINE


def _keep(path: str, target: str) -> None:
    """A copy of the uploaded PDF beside the library (its page images are drawn from it); best effort."""
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(path, target)
    except OSError:
        pass


def _copy_limited(src: BinaryIO, dst: BinaryIO, limit: int) -> int:
    total = 0
    while chunk := src.read(1 << 20):
        total += len(chunk)
        if total > limit:
            raise TooLarge()
        dst.write(chunk)
    return total


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else ""


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB" if n >= 1024 * 1024 else f"{n:,} bytes"
