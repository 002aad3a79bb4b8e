"""The esglens web app: library, report pages, source view, comparison charts and upload.

Server-rendered (Jinja2, autoescape on); every asset, Plotly included, is served from this process.
Report text is untrusted: it is only ever printed through autoescaping, and the Content-Security-Policy
allows scripts from this origin only, so even a missed escape could not run inline script.
"""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import charts, queries, review_routes
from .access import Store, StoreUnavailable
from .cache import DEFAULT_PAGE_CACHE, CachedPages, DataCache, PageCache, SecurityHeaders
from .pages import PageImages
from .source import source_context
from .upload import DEFAULT_MAX_BYTES, FORM_OVERHEAD, TooLarge, ingest_upload, limited_receive

HERE = Path(__file__).resolve().parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def plotly_js_path() -> Path:
    """plotly.min.js as shipped inside the installed plotly package (no CDN)."""
    return Path(str(resources.files("plotly").joinpath("package_data", "plotly.min.js")))


def _environment() -> Environment:
    # Templates compile once per process (no file checks per request).
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), auto_reload=False,
                      autoescape=select_autoescape(["html"], default_for_string=True, default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = format_number
    env.filters["footnotes"] = _footnotes
    env.globals["qs"] = lambda params: urlencode(params, doseq=True)
    env.globals["metric_ids"] = _metric_ids()
    return env


def _metric_ids() -> list[str]:
    """The catalog's metric ids, offered when a fact's metric is corrected."""
    from ..catalog import load_catalog

    return sorted(m.id for m in load_catalog().metrics)


def format_number(value: Any) -> str:
    """Thousands separators, no float noise (1234.5 → 1,234.5; 3.0 → 3)."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return f"{int(value):,}"
        if value != 0 and abs(value) < 1e-3:
            return f"{value:.3g}"
        return f"{value:,.{2 if abs(value) >= 1000 else 4}f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _footnotes(value: Any) -> str:
    """The stored JSON list of footnote marks or texts, as one line ("vi; ii")."""
    import json

    try:
        items = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return str(value)
    return "; ".join(str(i) for i in items) if isinstance(items, list) else str(items or "")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def create_app(db_path: str, *, max_upload_bytes: int = DEFAULT_MAX_BYTES,
               page_cache: int = DEFAULT_PAGE_CACHE, page_images: str | None = None) -> FastAPI:
    """The app serving the store at db_path (the file may not exist yet: an upload creates it).

    page_cache: how many rendered pages to keep until the library changes (0: render every request).
    page_images: the folder for PDF page images (default: `<db_path>.pages` beside the library); uploaded
    PDFs are kept in `<db_path>.files` so their pages can be drawn.
    """
    app = FastAPI(title="esglens", docs_url=None, redoc_url=None, openapi_url=None)
    store = Store(db_path)
    app.state.store = store
    images = PageImages(page_images or db_path + ".pages", upload_folder=db_path + ".files")
    # Outermost first: a cached page is answered before routing, with the headers it was sent with.
    app.add_middleware(SecurityHeaders, csp=CSP)
    app.add_middleware(CachedPages, cache=PageCache(page_cache), generation=store.current_generation)
    env = _environment()
    env.globals["db_name"] = os.path.basename(db_path)
    data = DataCache()

    def render(request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        html = env.get_template(template).render(request_path=request.url.path, **ctx)
        return HTMLResponse(html, status_code=status)

    _error_pages(app, render)

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.api_route("/vendor/plotly.min.js", methods=["GET", "HEAD"], include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(plotly_js_path(), media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/", response_class=HTMLResponse)
    def library(request: Request, p: str | None = None) -> HTMLResponse:
        def make() -> HTMLResponse:
            with store.read() as con:
                lib = queries.library(con, page=_int(p) or 1)
            return render(request, "library.html", reports=lib.reports, lib=lib, statuses=queries.COVERAGE_STATUSES)
        return make()

    _report_routes(app, store, data, images, render)
    review_routes.add_routes(app, store, images, render)
    _compare_route(app, store, data, render)
    _upload_routes(app, store, images, render, max_upload_bytes)
    return app


def _error_pages(app: FastAPI, render: Any) -> None:
    """A store that cannot be read (503) and HTTP errors answered as pages."""
    @app.exception_handler(StoreUnavailable)
    async def store_unavailable(request: Request, exc: StoreUnavailable) -> HTMLResponse:
        return render(request, "error.html", 503, title="Store unavailable", message=f"{exc.path}: {exc.reason}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            return render(request, "error.html", 404, title="Not found", message=str(exc.detail))
        return render(request, "error.html", exc.status_code, title="Error", message=str(exc.detail))


def _report_routes(app: FastAPI, store: Store, data: DataCache, images: PageImages, render: Any) -> None:
    """A report's page (facts, findings, index, trends) and its source view."""
    @app.get("/report/{report_id}", response_class=HTMLResponse)
    def report(request: Request, report_id: str, metric: str | None = None, section: str | None = None,
               q: str | None = None, year: str | None = None, source: str | None = None,
               p: str | None = None) -> HTMLResponse:
        flt = queries.FactFilter(metric=metric or None, section=section or None, q=(q or "").strip() or None,
                                 year=_int(year), source=source if source in ("table", "narrative") else None,
                                 page=_int(p) or 1)
        return _report_page(request, report_id, flt)

    def _report_page(request: Request, report_id: str, flt: queries.FactFilter) -> HTMLResponse:
        gen = store.current_generation()
        with store.read() as con:
            rep = _report_or_404(con, report_id)
            # what does not depend on the filter: once per report and library generation
            parts = data.get((gen, "report", report_id), lambda: _report_parts(con, report_id))
            facts = queries.facts_page(con, report_id, flt, choices=parts["choices"])
        return render(request, "report.html", report=rep, facts=facts, flt=flt, findings=parts["findings"],
                      grid=parts["grid"], index=parts["index"], trends=parts["trends"],
                      statuses=queries.COVERAGE_STATUSES)

    @app.get("/report/{report_id}/source", response_class=HTMLResponse)
    def source(request: Request, report_id: str, line: str | None = None, page: str | None = None,
               fact: str | None = None) -> HTMLResponse:
        with store.read() as con:
            rep = _report_or_404(con, report_id)
            ctx = source_context(con, rep, _int(line), _int(page), _int(fact), images)
        return render(request, "source.html", report=rep, **ctx)


def _compare_route(app: FastAPI, store: Store, data: DataCache, render: Any) -> None:
    """The comparison charts of metrics across companies and years."""
    @app.get("/compare", response_class=HTMLResponse)
    def compare(request: Request) -> HTMLResponse:
        params = request.query_params
        metrics = [m for m in dict.fromkeys(v.strip() for v in params.getlist("metric")) if m]
        years = [y for y in (_int(p.strip()) for v in params.getlist("year") for p in v.split(",")) if y is not None]
        companies = [c.strip() for v in params.getlist("company") for c in v.split(",") if c.strip()]

        def make() -> HTMLResponse:
            gen = store.current_generation()
            with store.read() as con:
                available = data.get((gen, "metrics"), lambda: queries.compare_metrics(con))
                rows = queries.compare(con, metrics, years, companies, limit=queries.COMPARE_ROWS)
            return render(request, "compare.html", available=available, metrics=metrics, years=years,
                          companies=companies, blocks=charts.figures_by_metric(rows, metrics),
                          truncated=len(rows) >= queries.COMPARE_ROWS, max_rows=queries.COMPARE_ROWS)
        return make()


def _upload_routes(app: FastAPI, store: Store, images: PageImages, render: Any, max_upload_bytes: int) -> None:
    """The upload form and its post: a report is analysed, stored, and its page shown."""
    @app.get("/upload", response_class=HTMLResponse)
    def upload_form(request: Request) -> HTMLResponse:
        return render(request, "upload.html", max_bytes=max_upload_bytes, error=None)

    @app.post("/upload")
    async def upload(request: Request) -> Response:
        limit = max_upload_bytes + FORM_OVERHEAD
        declared = _int(request.headers.get("content-length"))
        too_large = f"upload: larger than the {max_upload_bytes / 1048576:g} MB upload limit"
        if declared is not None and declared > limit:
            return render(request, "upload.html", 413, max_bytes=max_upload_bytes, error=too_large)
        try:
            form = await Request(request.scope, limited_receive(request.receive, limit)).form(max_files=1)
        except TooLarge:
            return render(request, "upload.html", 413, max_bytes=max_upload_bytes, error=too_large)
        item = form.get("file")
        if item is None or isinstance(item, str) or not getattr(item, "filename", None):
            return render(request, "upload.html", 400, max_bytes=max_upload_bytes,
                        error="upload: choose a report file (.txt, .md or .pdf)")
        try:
            outcome = await run_in_threadpool(ingest_upload, store, item.file, item.filename, max_upload_bytes,
                                              images.upload_folder)
        finally:
            await form.close()
        if outcome.error:
            status = 413 if "upload limit" in outcome.error else 400
            return render(request, "upload.html", status, max_bytes=max_upload_bytes, error=outcome.error)
        return RedirectResponse(f"/report/{outcome.report_id}", status_code=303)


def _report_parts(con, report_id: str) -> dict:
    """The parts of a report page that no filter changes: findings, coverage, index, trend charts, and the
    values each fact filter can take."""
    metrics = queries.trend_metrics(con, report_id)
    trends = charts.figures_by_metric(queries.compare(con, metrics, companies=[report_id]), metrics, kinds=("trend",))
    return {"findings": queries.findings(con, report_id), "grid": queries.coverage_grid(con, report_id),
            "index": queries.index_summary(con, report_id), "trends": [t for t in trends if t["figures"]],
            "choices": queries.fact_choices(con, report_id)}


def _report_or_404(con, report_id: str) -> dict:
    rep = queries.report(con, report_id)
    if rep is None:
        raise StarletteHTTPException(404, f"no stored report with id '{report_id}'")
    return rep
