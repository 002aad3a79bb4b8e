"""Rendered pages kept until the library changes: a page is computed once per store generation."""
from __future__ import annotations

import threading
from collections import OrderedDict

DEFAULT_PAGE_CACHE = 512          # pages
MAX_PAGE_BYTES = 2 * 1024 * 1024  # a larger page is not kept


class PageCache:
    """A thread-safe LRU of page bodies keyed by (store generation, path, query)."""

    def __init__(self, size: int = DEFAULT_PAGE_CACHE):
        self.size = size
        self._pages: OrderedDict[tuple, tuple] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> tuple | None:
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def put(self, key: tuple, page: tuple) -> None:
        """page: (headers, body)."""
        if self.size <= 0 or (isinstance(page[1], bytes) and len(page[1]) > MAX_PAGE_BYTES):
            return
        with self._lock:
            self._pages[key] = page
            self._pages.move_to_end(key)
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)

    def __len__(self) -> int:
        return len(self._pages)


DEFAULT_DATA_CACHE = 256         # results of queries that depend only on the library (and their arguments)


class DataCache:
    """Query results that depend on nothing but the library and their arguments (a report's findings,
    coverage, trend charts and filter choices; the metric list), computed once per store generation: a
    filtered or paged view of a report runs only the queries of its facts. Thread-safe LRU; the values are
    shared between requests and must not be changed by their readers."""

    def __init__(self, size: int = DEFAULT_DATA_CACHE):
        self._values = PageCache(size)

    def get(self, key: tuple, compute):
        """The value under key (which starts with the store generation), computed by compute() if missing."""
        hit = self._values.get(key)
        if hit is not None:
            return hit[1]
        value = compute()
        self._values.put(key, (None, value))
        return value


class CachedPages:
    """ASGI middleware: a GET of an HTML page already rendered for this store generation is answered from
    the cache, before routing; a 200 HTML page rendered on a miss is kept."""

    def __init__(self, app, cache: PageCache, generation):
        self.app = app
        self.cache = cache
        self.generation = generation

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET" or self.cache.size <= 0:
            await self.app(scope, receive, send)
            return
        key = (self.generation(), scope["path"], scope.get("query_string", b""))
        hit = self.cache.get(key)
        if hit is not None:
            headers, body = hit
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        start: dict = {}
        chunks: list[bytes] = []

        async def keep(message):
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, keep)
        headers = list(start.get("headers", []))
        html = any(k.lower() == b"content-type" and v.startswith(b"text/html") for k, v in headers)
        if start.get("status") == 200 and html:
            self.cache.put(key, (headers, b"".join(chunks)))


class SecurityHeaders:
    """ASGI middleware: the Content-Security-Policy and friends on every response."""

    def __init__(self, app, csp: str):
        self.app = app
        self.headers = [(b"content-security-policy", csp.encode()), (b"x-content-type-options", b"nosniff"),
                        (b"referrer-policy", b"no-referrer")]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *(h for h in self.headers if h[0] not in names)]
            await send(message)

        await self.app(scope, receive, with_headers)
