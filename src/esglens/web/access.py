"""Short-lived store connections for the web app.

DuckDB lets many processes read a file (read-only connections) but only one write; inside one process a
read-only and a read-write connection to the same file cannot be open together. So every request opens
its own read-only connection under a shared lock, and an upload's write takes the lock exclusively.
"""
from __future__ import annotations

import os
import threading
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


class Store:
    """Where the library lives, and the lock that keeps this process's connections compatible."""

    def __init__(self, db_path: str):
        self.db_path = db_path
        self._lock = _SharedLock()

    def exists(self) -> bool:
        return os.path.exists(self.db_path)

    @contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection | None]:
        """A read-only connection, or None when no store file exists yet (an empty library)."""
        with self._lock.shared():
            if not self.exists():
                yield None
                return
            con = self._connect(read_only=True)
            try:
                yield con
            finally:
                con.close()

    @contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection held only for the write itself (creates the store when missing)."""
        with self._lock.exclusive():
            con = self._connect(read_only=False)
            try:
                yield con
            finally:
                con.close()

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        try:
            return store.connect(self.db_path, read_only=read_only)
        except store.StoreError as exc:
            raise StoreUnavailable(exc.path, exc.reason) from None
