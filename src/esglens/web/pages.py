"""PDF pages as images, rendered once (pypdfium2) and kept on disk beside the library; boxes on them.

A page image is made the first time a source view asks for it and kept as `<folder>/<report_id>/<page>.png`
with its geometry (`<page>.json`): the page size in points and where the rendered area starts, so a box in
the reader's coordinates (points from the top-left of the page, `Fact.box`) is placed on the image as
percentages. The PDF is found at the stored path (or the upload copy), and only when its content hash
is still the report's: a changed file is never drawn under the old report's boxes.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

SCALE = 2.0          # pixels per point (144 dpi): sharp on a laptop screen, ~1 MB a page
PAD = 1.5            # points added around a box, so the mark frames the printed text


@dataclass
class PageImage:
    url: str
    width: float                  # page size in points, as rendered
    height: float
    dx: float = 0.0               # reading coordinates → rendered area (a crop box not at the origin)
    dy: float = 0.0
    upright: bool = True          # the reader's boxes can be placed on the page as rendered: they are drawn
    turn: int = 0                 # a portrait page whose text runs up (270) or down (90): reading → page

    def place(self, box: list[float] | tuple | None) -> dict | None:
        """A box as CSS percentages of the image (left, top, width, height), or None."""
        if box is None or len(box) != 4 or not self.upright or self.width <= 0 or self.height <= 0:
            return None
        x0, top, x1, bottom = (float(v) for v in box)
        if self.turn == 270:      # text running up: reading x is up the page, reading y across it
            x0, top, x1, bottom = top, self.height - x1, bottom, self.height - x0
        elif self.turn == 90:     # text running down
            x0, top, x1, bottom = self.width - bottom, x0, self.width - top, x1
        x0, x1 = x0 + self.dx - PAD, x1 + self.dx + PAD
        top, bottom = top + self.dy - PAD, bottom + self.dy + PAD
        pct = lambda v, whole: round(100 * v / whole, 3)  # noqa: E731
        return {"left": pct(x0, self.width), "top": pct(top, self.height),
                "width": pct(x1 - x0, self.width), "height": pct(bottom - top, self.height)}


class PageImages:
    """The page-image folder of one library."""

    def __init__(self, folder: str | os.PathLike, upload_folder: str | os.PathLike | None = None):
        self.folder = Path(folder)
        self.upload_folder = Path(upload_folder) if upload_folder else None
        self._locks: dict[tuple[str, int], threading.Lock] = {}
        self._guard = threading.Lock()

    def pdf_of(self, report: dict) -> Path | None:
        """The report's PDF when it is still there with the same content, else None."""
        candidates = [Path(report["path"])] if report.get("path") else []
        if self.upload_folder is not None:
            candidates.append(self.upload_folder / report["report_id"] / (report.get("name") or ""))
        for path in candidates:
            if path.is_file() and _sha256(path) == report.get("sha256"):
                return path
        return None

    def image(self, report: dict, page: int) -> PageImage | str:
        """The page's image (rendered now if it was not yet), or a one-line reason why there is none."""
        rid = report["report_id"]
        png, meta = self._files(rid, page)
        if not (png.is_file() and meta.is_file()):
            with self._lock(rid, page):
                if not (png.is_file() and meta.is_file()):
                    pdf = self.pdf_of(report)
                    if pdf is None:
                        return f"the PDF is no longer at {report.get('path') or 'its stored path'} (or has changed)"
                    problem = _render(pdf, page, png, meta)
                    if problem:
                        return problem
        geo = json.loads(meta.read_text("utf-8"))
        return PageImage(url=f"/report/{rid}/page/{page}.png", **geo)

    def png(self, report_id: str, page: int) -> Path | None:
        png, _ = self._files(report_id, page)
        return png if png.is_file() else None

    def _files(self, report_id: str, page: int) -> tuple[Path, Path]:
        safe = "".join(c for c in report_id if c.isalnum())
        return self.folder / safe / f"{int(page)}.png", self.folder / safe / f"{int(page)}.json"

    def _lock(self, rid: str, page: int) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault((rid, page), threading.Lock())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _render(pdf_path: Path, page: int, png: Path, meta: Path) -> str | None:
    """Render one page to png (written atomically) and its geometry to meta; a reason on failure."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(pdf_path))
    except pdfium.PdfiumError as exc:
        return f"the PDF cannot be opened ({exc})"
    try:
        if not 1 <= page <= len(pdf):
            return f"the PDF has no page {page}"
        pg = pdf[page - 1]
        width, height = pg.get_size()
        left, bottom, _, _ = pg.get_cropbox()
        # The reader's boxes are in reading space (text upright); the page renders with its /Rotate applied.
        # They agree when the rotation undoes the text's angle (a landscape table set on a portrait page
        # and turned by /Rotate 90): then the reading space is the rendered page, from its top-left.
        # A portrait page (no /Rotate) with its text turned a quarter has the reading space turned back.
        rotation, angle = pg.get_rotation(), _text_angle(pg)
        turn = angle if rotation == 0 and angle in (90, 270) else 0
        upright = ((rotation + angle) % 360 == 0 or turn != 0) and (rotation == 0 or (left, bottom) == (0, 0))
        image = pg.render(scale=SCALE).to_pil()
        png.parent.mkdir(parents=True, exist_ok=True)
        tmp = png.with_name(png.name + ".part")
        image.save(tmp, format="PNG", optimize=False)
        tmp.replace(png)
        # reading y counts from the page height down; the rendered crop box starts at (left, bottom)
        geo = {"width": width, "height": height, "dx": -left, "dy": bottom, "upright": upright, "turn": turn}
        tmp = meta.with_name(meta.name + ".part")
        tmp.write_text(json.dumps(geo), "utf-8")
        tmp.replace(meta)
    except (pdfium.PdfiumError, OSError) as exc:
        return f"page {page} cannot be rendered ({exc})"
    finally:
        pdf.close()
    return None


def _text_angle(page) -> int:
    """The page's dominant text direction in degrees (0: the reader's boxes match the page as drawn)."""
    import pypdfium2.raw as R

    text = page.get_textpage()
    try:
        n = R.FPDFText_CountChars(text.raw)
        angles = Counter(int(round(math.degrees(R.FPDFText_GetCharAngle(text.raw, k)) / 90.0)) % 4 * 90
                         for k in range(0, n, max(1, n // 400)))
    finally:
        text.close()
    return angles.most_common(1)[0][0] if angles else 0
