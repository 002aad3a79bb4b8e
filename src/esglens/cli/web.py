"""CLI: esglens serve — the web app over a store."""
from __future__ import annotations

import typer

from ..core.registry import hookimpl
from ..web.cache import DEFAULT_PAGE_CACHE
from ..web import DEFAULT_MAX_BYTES


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(db: str = typer.Option("esglens.duckdb", "--db", help="DuckDB store file (created by the first upload)."),
          host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (local only unless told otherwise)."),
          port: int = typer.Option(8000, "--port", help="Port to listen on."),
          max_upload_mb: float = typer.Option(DEFAULT_MAX_BYTES / 1048576, "--max-upload-mb",
                                              help="Largest report the upload page accepts, in MB."),
          page_cache: int = typer.Option(DEFAULT_PAGE_CACHE, "--page-cache", min=0,
                                         help="Rendered pages kept until the library changes (0: none).")) -> None:
    """Serve the library in a browser: reports, facts with their sources, findings, coverage, charts, upload."""
    import os

    import uvicorn

    from ..store.output import fail
    from ..web.access import Store, StoreUnavailable
    from ..web.app import create_app

    if not 1 <= port <= 65535:
        fail("--port", f"{port} is not a port (1-65535)", code=2)
    if max_upload_mb <= 0:
        fail("--max-upload-mb", "must be above 0", code=2)
    if os.path.isdir(db):
        fail(db, "is a folder, not a store file")
    folder = os.path.dirname(os.path.abspath(db))
    if not os.path.exists(db) and not os.path.isdir(folder):   # else every page would answer 503
        fail(db, f"no such folder {folder} (the first upload creates the store, not its folder)")
    if os.path.exists(db):
        probe = Store(db, idle_seconds=0)
        try:  # a file that is not a store: say so now, not on every page
            with probe.read():
                pass
        except StoreUnavailable as exc:
            fail(exc.path, exc.reason)
        finally:
            probe.close()
    _port_free(host, port)
    app = create_app(db, max_upload_bytes=int(max_upload_mb * 1048576), page_cache=page_cache)
    typer.echo(f"esglens: serving {db} on http://{host}:{port} (Ctrl-C to stop)")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    except KeyboardInterrupt:
        raise typer.Exit(130) from None


def _port_free(host: str, port: int) -> None:
    """One line before "serving ..." when the address is taken (uvicorn said so only after that line)."""
    import socket

    from ..store.output import fail

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        fail("--host", f"{host}: {exc.strerror or exc}", code=2)
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(address)
        except OSError as exc:
            fail("--port", f"cannot listen on {host}:{port} ({exc.strerror or exc}); another server there? "
                           "choose one with --port", code=1)


@hookimpl
def esglens_commands(app: typer.Typer) -> None:
    register(app)
