"""Routes of the analyst's loop: a PDF page's image, and recording a review from the source view."""
from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from ..store import review as reviews
from .access import Store
from .pages import PageImages

FORM_LIMIT = 64 * 1024     # a review form is a few short fields
ACTIONS = {"accept": "accept", "correct": "correct", "reject": "reject", "reset": "reset",
           "accept-next": "accept"}


def add_routes(app: FastAPI, store: Store, images: PageImages, render: Callable[..., Response]) -> None:
    @app.get("/report/{report_id}/page/{page}.png", include_in_schema=False)
    def page_png(report_id: str, page: int) -> FileResponse:
        png = images.png(report_id, page)
        if png is None:   # rendered on the first source view of the page; or never, if the PDF is gone
            with store.read() as con:
                rep = con and con.execute("SELECT * FROM reports WHERE report_id = ?", [report_id]).fetchone()
                cols = [d[0] for d in con.description] if rep else []
            if not rep or isinstance(images.image(dict(zip(cols, rep)), page), str):
                raise HTTPException(404, f"no image of page {page} for report '{report_id}'")
            png = images.png(report_id, page)
        return FileResponse(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})

    @app.get("/report/{report_id}/facts.csv", include_in_schema=False)
    def facts_csv(report_id: str) -> Response:
        """The report's facts as `esglens export --format csv` writes them (as reviewed)."""
        import io

        from ..export.writers import write_csv

        buf = io.StringIO()
        with store.read() as con:
            if con is None or con.execute("SELECT count(*) FROM reports WHERE report_id = ?",
                                          [report_id]).fetchone()[0] == 0:
                raise HTTPException(404, f"no stored report with id '{report_id}'")
            write_csv(buf, con, "facts", [report_id])
        return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{report_id}-facts.csv"'})

    @app.post("/report/{report_id}/review")
    async def review(request: Request, report_id: str) -> Response:
        if not _same_origin(request):
            raise HTTPException(403, "a review must come from this app's own pages")
        form = await request.form(max_files=0, max_fields=20, max_part_size=FORM_LIMIT)
        data = {k: str(v) for k, v in form.items()}
        fact_id = data.get("fact_id", "")
        action = ACTIONS.get(data.get("action", ""), data.get("action", ""))
        fields = {k: data.get(k) for k in reviews.FIELDS} if action == "correct" else {}
        try:
            fact = await run_in_threadpool(_record, store, report_id, data.get("fact_key", ""), fact_id, action,
                                           data.get("by", ""), data.get("note"), fields)
        except reviews.ReviewError as exc:
            return render(request, "error.html", 400, title="Review not recorded", message=str(exc),
                          back=f"/report/{report_id}/source?{urlencode({'fact': fact_id})}")
        target = fact.get("fact_id")
        if data.get("action") == "accept-next" and data.get("next_id"):
            target = data["next_id"]
        return RedirectResponse(f"/report/{report_id}/source?{urlencode({'fact': target})}", status_code=303)


def _record(store: Store, report_id: str, key: str, fact_id: str, action: str, by: str, note: str | None,
            fields: dict) -> dict:
    """Record the review; a fact of a library stored before keys is named by its id (opening the library
    for writing gives it its key)."""
    if key and not key.startswith(report_id + ":"):
        raise reviews.ReviewError(key, f"the fact is not one of report '{report_id}'")
    with store.write() as con:
        if not key:
            row = con.execute("SELECT fact_key FROM facts WHERE report_id = ? AND fact_id = ?",
                              [report_id, int(fact_id) if fact_id.isdigit() else -1]).fetchone()
            if row is None:
                raise reviews.ReviewError(f"{report_id} fact {fact_id}", "no stored fact has this id")
            key = row[0]
        return reviews.record(con, key, action, by, note=note, **fields)


def _same_origin(request: Request) -> bool:
    """A browser says where a form was sent from: it must be this app's own page (no cross-site reviews).

    Sec-Fetch-Site is sent whatever the referrer policy (this app's no-referrer makes Origin 'null');
    an older browser's Origin is checked against the host; a client that sends neither is no browser.
    """
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = request.headers.get("origin")
    if origin and origin != "null":
        return urlsplit(origin).netloc == request.headers.get("host", "")
    return True
