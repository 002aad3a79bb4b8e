"""Store connections for the web app.

DuckDB lets many processes read a file (read-only connections) but only one write; inside one process a
read-only and a read-write connection to the same file cannot be open together. Opening the file costs
tens of milliseconds, so one read-only connection is kept open while requests come (each request reads
through its own cursor, under a shared lock) and closed after IDLE_SECONDS without one, which lets an
`esglens ingest` in another process take the file. An upload's write takes the lock exclusively and
closes the shared connection first. `generation` changes whenever what the store holds may have changed
(a write here, or a file changed on disk while it was closed): page caches key on it.
"""
from __future__ import annotations

import atexit
import os
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from ..store import db as store


class StoreUnavailable(Exception):
    """The store cannot be read now (locked by another process, not a store ...): one line for the page."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class _SharedLock:
    """Many readers or one writer (in this process)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and self._readers == 0)
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


IDLE_SECONDS = 2.0   # a kept-open read connection is closed after this long without a request


class Store:
    """Where the library lives, and the lock that keeps this process's connections compatible."""

    def __init__(self, db_path: str, idle_seconds: float = IDLE_SECONDS):
        self.db_path = db_path
        self.idle_seconds = idle_seconds
        self.generation = 0
        self._lock = _SharedLock()
        self._open_lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._stamp: tuple | None = None
        self._last_used = 0.0
        self._closer: threading.Thread | None = None
        self._stop = threading.Event()
        self._migrated = False
        _OPEN.add(self)

    def exists(self) -> bool:
        return os.path.exists(self.db_path)

    @contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection | None]:
        """A read-only cursor, or None when no store file exists yet (an empty library)."""
        with self._lock.shared():
            if not self.exists():
                yield None
                return
            with self._open_lock:
                if self._con is None:
                    self._open()
                cur = self._con.cursor()
                self._last_used = time.monotonic()
            try:
                yield cur
            finally:
                cur.close()
                self._last_used = time.monotonic()

    @contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection held only for the write itself (creates the store when missing)."""
        with self._lock.exclusive():
            self._close()
            con = self._connect(read_only=False)
            try:
                yield con
            finally:
                con.close()
                self.generation += 1

    def close(self) -> None:
        with self._lock.exclusive():
            self._close()

    def shutdown(self) -> None:
        """Close for good: the idle closer stops and no new one starts (at interpreter exit)."""
        self._stop.set()
        closer = self._closer
        if closer is not None and closer is not threading.current_thread():
            closer.join(timeout=self.idle_seconds + 1)
        self.close()

    def current_generation(self) -> int:
        """The store's generation now (a file changed on disk while no connection was open counts).

        No lock: it runs on the server's event loop; while a connection is open nobody else can write.
        """
        if self._con is None:
            self._check_stamp()
        return self.generation

    def _check_stamp(self) -> None:
        stamp = _stamp(self.db_path)
        if stamp != self._stamp:  # written by someone else while it was closed
            self._stamp = stamp
            self.generation += 1

    def _open(self) -> None:
        self._check_stamp()
        self._con = self._connect(read_only=True)
        if not self._migrated:
            self._migrated = True
            if store.needs_migration(self._con):   # a library from before reviews: bring it up to date once
                self._con.close()
                self._con = None
                try:
                    self._connect(read_only=False).close()
                except StoreUnavailable:
                    pass   # in use elsewhere: pages that need reviews say the store is unavailable
                self._check_stamp()
                self._con = self._connect(read_only=True)
        if self.idle_seconds and not self._stop.is_set() and (self._closer is None or not self._closer.is_alive()):
            self._closer = threading.Thread(target=self._close_when_idle, name="esglens-store-idle", daemon=True)
            self._closer.start()

    def _close(self) -> None:
        with self._open_lock:
            if self._con is not None:
                self._con.close()
                self._con = None

    def _close_when_idle(self) -> None:
        while True:
            if self._stop.wait(self.idle_seconds / 2) or self._con is None:
                return
            if time.monotonic() - self._last_used >= self.idle_seconds:
                with self._lock.exclusive():
                    if time.monotonic() - self._last_used >= self.idle_seconds:
                        self._close()
                        return

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        try:
            return store.connect(self.db_path, read_only=read_only)
        except store.StoreError as exc:
            raise StoreUnavailable(exc.path, exc.reason) from None


def _stamp(path: str) -> tuple:
    out = []
    for p in (path, path + ".wal"):
        try:
            st = os.stat(p)
            out.append((st.st_mtime_ns, st.st_size))
        except OSError:
            out.append(None)
    return tuple(out)


# Stores still open when the interpreter exits are closed first, from the main thread: an idle closer left
# running would close its DuckDB connection during shutdown, when a daemon thread in C++ code aborts the
# process ("FATAL: exception not rethrown").
_OPEN: "weakref.WeakSet[Store]" = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    for st in list(_OPEN):
        try:
            st.shutdown()
        except Exception:   # noqa: BLE001 - best effort at exit
            pass
