"""What the browser tests share: Debian's chromium driven by Playwright, the app served on 127.0.0.1 in a
background thread, screenshots only on request.

Set-up (the same story as the README and .ci/run): `bash .ci/browser-deps.sh` installs /usr/bin/chromium;
without it the browser tests skip with that reason. Playwright never downloads a browser.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SKIP_REASON = (f"{CHROMIUM} not installed: run `bash .ci/browser-deps.sh` (Debian's chromium; .ci/run does it "
               "before `make test`)")


def require_browser():
    """The playwright sync API; skips the calling test module when playwright or chromium is missing."""
    api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(SKIP_REASON, allow_module_level=True)
    return api


def shot(page, name: str, full_page: bool = False) -> None:
    """docs/screenshots/NAME.png, only with ESGLENS_SCREENSHOTS=1 (a test run leaves the tree clean)."""
    if os.environ.get("ESGLENS_SCREENSHOTS") == "1":
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


@contextmanager
def serve(db_path: str):
    """The web app over a store on a free port of 127.0.0.1; yields its base URL."""
    import uvicorn

    from esglens.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(str(db_path)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start within 15 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@contextmanager
def chromium(api):
    """One headless chromium for a test module."""
    with api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True, timeout=30_000)
        try:
            yield b
        finally:
            b.close()
