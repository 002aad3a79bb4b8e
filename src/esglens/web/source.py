"""The source view: where a fact stands, as text lines around it, and for a PDF as its page with the
value's, label's and header's boxes drawn; the facts before and after it in its table; its review."""
from __future__ import annotations

import json

from starlette.exceptions import HTTPException

from ..store import review as reviews
from . import highlight, queries
from .pages import PageImage, PageImages

SOURCE_CONTEXT = 7   # lines shown above and below a fact's line (15 in all)
MARKS = ("header", "label", "value")   # drawn in this order: the value on top


def source_context(con, rep: dict, line: int | None, page: int | None, fact_id: int | None,
                   images: PageImages | None) -> dict:
    """The lines to show: ~15 around a text line, or a PDF page; the fact's raw text marked once."""
    fact = queries.fact(con, rep["report_id"], fact_id) if fact_id is not None else None
    if fact is not None and line is None and page is None:
        line, page = fact["line"], fact["page"]
    if fact is not None and (fact["line"] != line or (line is None and fact["page"] != page)):
        fact = None  # the fact stands elsewhere: show the place asked for, mark nothing
    raw, rank, count = (fact["raw"], *queries.same_raw_rank(con, fact)) if fact else (None, 0, 1)
    if line is not None:
        rows = queries.lines(con, rep["report_id"], start=max(1, line - SOURCE_CONTEXT), end=line + SOURCE_CONTEXT)
        if not any(r["line"] == line for r in rows):
            raise HTTPException(404, f"{rep['name']} has no line {line}")
        shown = highlight.shown_lines(rows, raw, rank, count, line)
    elif page is not None:
        rows = queries.lines(con, rep["report_id"], page=page)
        if not rows:
            raise HTTPException(404, f"{rep['name']} has no page {page}")
        shown = highlight.shown_lines(rows, raw, rank, count, None, fact["label"] if fact else None)
    else:
        raise HTTPException(404, "give a line or a page")
    prev_id, next_id = reviews.neighbours(con, fact) if fact else (None, None)
    out = {"fact": fact, "line": line, "page": page, "shown": shown,
           "marked": any(s.hit for s in shown), "context": SOURCE_CONTEXT,
           "last_line": rep.get("n_lines") or 0, "page_count": rep.get("page_count") or 0,
           "prev_id": prev_id, "next_id": next_id, "history": reviews.history(con, fact["fact_key"])
           if fact and fact.get("fact_key") else [], "image": None, "image_problem": None, "marks": [],
           "others": []}
    if rep.get("kind") == "pdf" and page is not None and line is None and images is not None:
        _page_image(con, rep, page, fact, images, out)
    return out


def _page_image(con, rep: dict, page: int, fact: dict | None, images: PageImages, out: dict) -> None:
    image = images.image(rep, page)
    if isinstance(image, str):
        out["image_problem"] = image
        return
    out["image"] = image
    if not image.upright:
        out["image_problem"] = "the page is rotated: its boxes are not drawn"
        return
    boxes = _boxes(fact)
    out["marks"] = [{"kind": k, "at": image.place(boxes.get(k))} for k in MARKS if image.place(boxes.get(k))]
    out["others"] = _others(con, rep["report_id"], page, fact, image)


def _boxes(fact: dict | None) -> dict:
    try:
        boxes = json.loads(fact["boxes"]) if fact and fact.get("boxes") else {}
    except (TypeError, ValueError):
        return {}
    return boxes if isinstance(boxes, dict) else {}


def _others(con, report_id: str, page: int, fact: dict | None, image: PageImage) -> list[dict]:
    """The page's other facts with a box: clickable frames that open them."""
    out = []
    for f in queries.page_facts(con, report_id, page):
        if fact is not None and f["fact_id"] == fact["fact_id"]:
            continue
        at = image.place(_boxes(f).get("value"))
        if at:
            out.append({"fact_id": f["fact_id"], "label": f["label"], "raw": f["raw"], "review": f["review"],
                        "at": at})
    return out
