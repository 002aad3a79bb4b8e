"""Modules imported on first use: the CLI registers every command at start, but only the command that
runs should pay for DuckDB, PyArrow or the web stack.

A plain proxy object, not the standard library's LazyLoader: plugin registration (pluggy) looks at every
attribute of a CLI module, and a lazily loaded module object would be loaded by that look.
"""
from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands for module `name`; the module is imported at the first attribute read."""

    def __init__(self, name: str):
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:  # only called for names this object lacks
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name}{'' if self._module is None else ' (loaded)'}>"


def lazy_module(name: str) -> LazyModule:
    return LazyModule(name)
