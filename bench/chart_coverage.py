#!/usr/bin/env python3
"""Key-free probe of charts and highlight panels in the corpus PDFs (issue 20): how many of the numbers printed
in chart- or panel-like regions esglens gives as facts, with a label, a year and a unit.

Usage: .venv/bin/python bench/chart_coverage.py [PDF-NAME-PART ...] [--list] [--family F] [--json OUT]
       (ESGLENS_SRC=DIR: probe the esglens of another checkout's src/ DIR)

Regions, from the page's drawing (pdfium path objects: bounds, fill, whether they hold curves) and its text:
  ring     filled curved paths clustered into a roughly square area (donut or pie); the region reaches half
           a diameter round it (call-outs on leader lines)
  bars     three or more filled rectangles of one width on one baseline with different heights (columns), or of
           one height from one left edge with different lengths (horizontal bars); `stacked` when rectangles
           of one column touch one over the other
  panel    a number printed 1.8 times the page's body size or larger, in no region above
Numbers in a region: the words that are numbers and not years. Each is matched to esglens's facts on the page (a
table fact whose box overlaps the word; a narrative fact whose raw text holds it). Per region: found (a fact),
labelled (a label), dated (a year), with unit; a region is failing when under half its numbers are labelled
and dated. The held-out pages (BRIEF: h105, h111) are skipped; no key is read.
"""
from __future__ import annotations

import ctypes
import json
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
# ESGLENS_SRC: another checkout's src/ (a before/after comparison on the same probe)
sys.path.insert(0, os.environ.get("ESGLENS_SRC") or str(ROOT / "src"))

# held-out pages, by a part of the PDF's file name (BRIEF): never probed
HELD_OUT = {"eni": {7, 34}, "siemens": {7, 15}, "vedanta": {1, 4}, "toshiba": {29, 82},
            "united_spirits": {21, 54}, "riotinto": {25}, "tokyo_gas": {21, 22, 23, 24}}
BIG = 1.8          # a panel's figure: this many times the body size
RING_MIN = 25.0    # pt: a ring's smaller side at least
RING_SQUARE = 1.5  # its sides differ by at most this factor
BAR_MIN = 3        # rectangles in a bar group
_NUMBER = re.compile(r"^[(+\-−–~<>]?[$€£¥₹]?\d[\d,.]*(?:[%％]|[^\W\d_]{1,3})?\)?$")
_YEAR = re.compile(r"^(?:FY)?['’]?(?:19|20)\d{2}$|^FY\d{2}$")


def held_out() -> dict[str, set[int]]:
    out = {k: set(v) for k, v in HELD_OUT.items()}
    h111 = Path("/work/notes/h111-pages.txt")
    if h111.exists():     # "<pdf part> <page> ..." lines: skipped as well
        for line in h111.read_text(encoding="utf-8").splitlines():
            parts = line.replace(",", " ").split()
            if len(parts) >= 2:
                out.setdefault(parts[0].lower(), set()).update(int(p.lstrip("p")) for p in parts[1:] if p.lstrip("p").isdigit())
    return out


def page_paths(pdf_path: str) -> dict[int, list[tuple]]:
    """Per page: (x0, top, x1, bottom, colour, curved) of every filled path, in reading space."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as c
    pdf = pdfium.PdfDocument(pdf_path)
    out: dict[int, list[tuple]] = {}
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    mode, stroke = ctypes.c_int(), ctypes.c_int()
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            height = page.get_size()[1]
            shapes = []
            n = c.FPDFPage_CountObjects(page.raw)
            for k in range(n if n <= 20000 else 0):
                obj = c.FPDFPage_GetObject(page.raw, k)
                if c.FPDFPageObj_GetType(obj) != c.FPDF_PAGEOBJ_PATH or not c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                    continue
                if not (c.FPDFPath_GetDrawMode(obj, mode, stroke) and mode.value and c.FPDFPageObj_GetFillColor(obj, r, g, b, a)
                        and a.value and (r.value, g.value, b.value) != (255, 255, 255)):
                    continue
                w, h = right.value - left.value, top.value - bottom.value
                if w < 1 or h < 1 or min(w, h) > 400:
                    continue
                segs = c.FPDFPath_CountSegments(obj)
                curved = any(c.FPDFPathSegment_GetType(c.FPDFPath_GetPathSegment(obj, s)) == c.FPDF_SEGMENT_BEZIERTO
                             for s in range(max(segs, 0)))
                shapes.append((left.value, height - top.value, right.value, height - bottom.value,
                               (r.value, g.value, b.value), curved, segs))
            out[i + 1] = shapes
            page.close()
    finally:
        pdf.close()
    return out


def _touch(a, b, gap=2.0) -> bool:
    return a[0] - gap <= b[2] and b[0] - gap <= a[2] and a[1] - gap <= b[3] and b[1] - gap <= a[3]


def rings(shapes: list[tuple]) -> list[tuple]:
    """Clusters of filled curved paths whose union is about square and at least RING_MIN across."""
    curved = [s for s in shapes if s[5] and max(s[2] - s[0], s[3] - s[1]) >= 8]
    groups: list[list] = []
    for s in curved:
        hit = [g for g in groups if any(_touch(s, t) for t in g)]
        merged = [s] + [t for g in hit for t in g]
        groups = [g for g in groups if g not in hit] + [merged]
    out = []
    for g in groups:
        x0, top, x1, bottom = min(s[0] for s in g), min(s[1] for s in g), max(s[2] for s in g), max(s[3] for s in g)
        w, h = x1 - x0, bottom - top
        # two colours at least: segments, not an icon's circle
        if min(w, h) >= RING_MIN and max(w, h) <= RING_SQUARE * min(w, h) and len({s[4] for s in g}) >= 2:
            out.append((x0, top, x1, bottom))
    return out


def bars(shapes: list[tuple]) -> list[tuple[tuple, bool]]:
    """(box, stacked, columns) of bar groups: columns on one baseline or bars from one left edge."""
    rects = [s for s in shapes if not s[5] and s[6] <= 6 and max(s[2] - s[0], s[3] - s[1]) >= 3]
    out = []
    used: set[int] = set()
    by_key = ((lambda s: round(s[3])), (lambda s: round(s[0])))
    for key, length, span in ((by_key[0], (lambda s: s[3] - s[1]), (lambda s: s[2] - s[0])),
                              (by_key[1], (lambda s: s[2] - s[0]), (lambda s: s[3] - s[1]))):
        by: dict[int, list] = defaultdict(list)
        for s in rects:
            by[key(s)].append(s)
        for group in by.values():
            group = [s for s in group if id(s) not in used]
            widths = sorted(span(s) for s in group)
            if len(group) < BAR_MIN or widths[-1] > 1.3 * widths[0] or widths[0] > 80:
                continue
            lens = [length(s) for s in group]
            if max(lens) < 1.15 * min(lens):
                continue      # equal lengths: a table's shading or a legend, no bars
            members = [s for s in rects if any(_touch(s, t, 1.0) for t in group) or s in group]
            used.update(id(s) for s in members)
            stacked = len(members) > len(group)
            out.append(((min(s[0] for s in members), min(s[1] for s in members), max(s[2] for s in members),
                         max(s[3] for s in members)), stacked, key is by_key[0]))
    return out


# a chapter's number ("03"), an enumerator or a date's end ("2.", "2012."): no figure of a chart
_NOT_DATA = re.compile(r"^(?:0\d|\d+\.)$")


def _ticks(words) -> set[int]:
    """An axis' scale: three or more numbers one under the other, set to one right edge (or one centre: a month
    axis along one baseline), evenly spaced; by id."""
    out: set[int] = set()
    nums = [w for w in words if _NUMBER.match(w.text) and not _YEAR.match(w.text)]
    for key, along in ((lambda w: round(w.x1), lambda w: w.top), (lambda w: round(w.base), lambda w: (w.x0 + w.x1) / 2)):
        groups: dict[int, list] = defaultdict(list)
        for w in nums:
            groups[key(w)].append(w)
        for g in groups.values():
            if len(g) < 3:
                continue
            pos = sorted(along(w) for w in g)
            gaps = [b - a for a, b in zip(pos, pos[1:])]
            if key is not None and along(g[0]) != g[0].top and not all(re.fullmatch(r"[0-9]{1,2}", w.text) and int(w.text) <= 12 for w in g):
                continue     # along one baseline: only a month axis (1 to 12) is a scale; labels may be even too
            if min(gaps) > 0 and max(gaps) - min(gaps) <= max(1.5, 0.1 * min(gaps)):
                out.update(id(w) for w in g)
    return out


def _inside(w, box) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _overlap(a, b) -> bool:
    return min(a[2], b[2]) - max(a[0], b[0]) > 0 and min(a[3], b[3]) - max(a[1], b[1]) > 0


def probe(pdf_path: Path, skip: set[int]) -> list[dict]:
    import esglens.read.pdf as P
    from esglens.facts import extract_facts
    captured: dict[int, tuple] = {}
    orig = P._find_tables

    def spy(p, body, problems):
        orig(p, body, problems)
        captured[p.number] = (p, body)
    P._find_tables = spy
    try:
        doc = P.read_pdf(str(pdf_path))
    finally:
        P._find_tables = orig
    facts = extract_facts(doc)
    by_page: dict[int, list] = defaultdict(list)
    for f in facts:
        by_page[f.page].append(f)
    paths = page_paths(str(pdf_path))
    out = []
    for number, (page, body) in sorted(captured.items()):
        if number in skip:
            continue
        words = [w for ln in page.lines for fr in ln.frags for w in fr.words]
        regions: list[tuple[str, tuple]] = []
        for box in rings(paths.get(number, [])):
            d = max(box[2] - box[0], box[3] - box[1]) / 2
            regions.append(("ring", (box[0] - d, box[1] - d / 2, box[2] + d, box[3] + d / 2)))
        for box, stacked, columns in bars(paths.get(number, [])):
            # labels over or in the bars, none beside the group across its run (an axis' ticks stand there)
            m = 1.6 * body
            grown = (box[0], box[1] - m, box[2], box[3] + m) if columns else (box[0] - m, box[1], box[2] + 3 * m, box[3])
            regions.append(("stacked" if stacked else "bars", grown))
        for w in words:
            if w.size >= BIG * body and _NUMBER.match(w.text) and not _YEAR.match(w.text) \
                    and not any(_inside(w, b) for _, b in regions):
                regions.append(("panel", (w.x0, w.top, w.x1, w.bottom)))
        seen: set[int] = set()
        ticks = _ticks(words)
        for family, box in regions:
            nums = [w for w in words if id(w) not in seen and id(w) not in ticks and _inside(w, box) and _NUMBER.match(w.text)
                    and not _YEAR.match(w.text) and not _NOT_DATA.match(w.text) and any(ch.isdigit() for ch in w.text)]
            if not nums:
                continue
            seen.update(id(w) for w in nums)
            row = {"pdf": pdf_path.name, "page": number, "family": family, "box": [round(v) for v in box],
                   "numbers": len(nums), "found": 0, "labelled": 0, "dated": 0, "unit": 0, "missed": []}
            for w in nums:
                wb = (w.x0, w.top, w.x1, w.bottom)
                digits = re.sub(r"[^\d.,]", "", w.text).strip(".,")
                hits = [f for f in by_page.get(number, []) if (f.box and _overlap(f.box, wb))
                        or (f.box is None and digits and digits in (f.raw or ""))]
                if not hits:
                    row["missed"].append(w.text)
                    continue
                f = hits[0]
                row["found"] += 1
                row["labelled"] += bool(f.label)
                row["dated"] += bool(f.label) and f.year is not None
                row["unit"] += bool(f.unit)
            row["failing"] = 2 * row["dated"] < row["numbers"]
            out.append(row)
    return out


def main(argv: list[str]) -> int:
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("names", nargs="*")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--family")
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    names, fam = args.names, args.family
    pdfs = sorted((SHARED / "corpus" / "pdf").glob("*.pdf"))
    skip = held_out()
    rows: list[dict] = []
    for pdf in pdfs:
        if names and not any(n.lower() in pdf.name.lower() for n in names):
            continue
        pages = set().union(*(v for k, v in skip.items() if k in pdf.name.lower()))
        rows += probe(pdf, pages)
    totals: dict[str, list[int]] = defaultdict(lambda: [0] * 7)
    for r in rows:
        t = totals[r["family"]]
        for i, k in enumerate(("numbers", "found", "labelled", "dated", "unit")):
            t[i] += r[k]
        t[5] += 1
        t[6] += r["failing"]
    print(f"{'family':8} {'regions':>7} {'failing':>7} {'numbers':>7} {'found':>6} {'labelled':>8} {'dated':>6} {'unit':>5}")
    for f, t in sorted(totals.items()):
        print(f"{f:8} {t[5]:7} {t[6]:7} {t[0]:7} {t[1]:6} {t[2]:8} {t[3]:6} {t[4]:5}")
    by_pdf: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        by_pdf[r["pdf"]][0] += r["numbers"]
        by_pdf[r["pdf"]][1] += r["dated"]
        by_pdf[r["pdf"]][2] += r["failing"]
    for p, (n, d, fl) in sorted(by_pdf.items()):
        print(f"  {p[:40]:40} numbers {n:5}  labelled+dated {d:5}  failing regions {fl}")
    if args.list:
        for r in rows:
            if r["failing"] and (fam is None or r["family"] == fam):
                print(f"{r['family']:8} {r['pdf'][:22]:22} p{r['page']:<4} {r['box']} {r['dated']}/{r['numbers']} "
                      f"found {r['found']} missed {' '.join(r['missed'][:10])}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
