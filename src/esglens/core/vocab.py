"""One cached loader for the vocabulary shipped in `data/` (metrics, units, profile words, frameworks).

Every module that needs a catalog asks here, so a data file is read and parsed once per process and a
test can point the whole project at other data with `use_data_root()`.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

import yaml

_ROOT: Traversable | None = None


def data_root() -> Traversable:
    """The folder holding the data files: the package's `data/` unless a test chose another."""
    return _ROOT if _ROOT is not None else resources.files("esglens") / "data"


def use_data_root(path: str | Path | None) -> None:
    """Read data files from `path` (None: the package's own) and forget everything cached."""
    global _ROOT
    _ROOT = Path(path) if path is not None else None
    load.cache_clear()
    names.cache_clear()


@functools.cache
def load(name: str):
    """The parsed YAML file `data/<name>` ("units.yaml", "frameworks/gri.yaml")."""
    node = data_root()
    for part in name.split("/"):
        node = node / part
    try:
        text = node.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(f"esglens data file {name!r} not found under {data_root()}") from None
    return yaml.safe_load(text)


@functools.cache
def names(folder: str, suffix: str = ".yaml") -> tuple[str, ...]:
    """The data files in `data/<folder>`, sorted, as names `load` takes."""
    node = data_root() / folder
    return tuple(f"{folder}/{e.name}" for e in sorted(node.iterdir(), key=lambda e: e.name)
                 if e.name.endswith(suffix))


def load_all(folder: str) -> Iterator[tuple[str, object]]:
    for name in names(folder):
        yield name, load(name)


@functools.cache
def pattern(text: str, flags: int = re.I) -> re.Pattern:
    """A vocabulary pattern compiled once per process."""
    return re.compile(text, flags)
