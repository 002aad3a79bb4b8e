"""The registry of readers, stages, checks and CLI commands: pluggy hooks, built-ins registered as plugins.

esglens's own parts register through the same hooks a plugin package would use (datasette's pattern):
each built-in module below implements some of the hooks in `Spec`; an installed package can add more
through the `esglens` entry-point group, and a test through `registry.plugin(obj)`.
"""
from __future__ import annotations

import contextlib
import functools
import importlib
from collections.abc import Iterator

import pluggy

from .parts import Check, Reader, Stage

hookspec = pluggy.HookspecMarker("esglens")
hookimpl = pluggy.HookimplMarker("esglens")

# Modules whose hook implementations are esglens's built-in parts, in order of precedence.
DEFAULT_PLUGINS = (
    "esglens.read.readers",
    "esglens.document.readers",
    "esglens.facts.stage",
    "esglens.catalog.stage",
    "esglens.checks.stage",
    "esglens.checks.builtin",
    "esglens.frameworks.stage",
    "esglens.profile.stage",
)
# Registry data: the built-in modules above that offer readers. Listing the readers (which files are reports:
# every command that takes a folder asks) loads only these, not every stage (~0.5 s of imports: the catalog,
# pint, the checks), which a parallel ingest's client never runs. tests/test_registry_lazy.py checks that no
# other built-in module implements `esglens_readers`.
READER_PLUGINS = ("esglens.read.readers", "esglens.document.readers")
# Modules that add CLI commands: loaded only by the command line, which alone needs Typer.
CLI_PLUGINS = (
    "esglens.cli.facts",
    "esglens.cli.catalog",
    "esglens.cli.checks",
    "esglens.cli.frameworks",
    "esglens.cli.profile",
    "esglens.cli.store",
    "esglens.cli.library",
    "esglens.cli.export",
    "esglens.cli.review",
    "esglens.cli.web",
    "esglens.cli.parts",
    "esglens.produce.commands",
)


class Spec:
    @hookspec
    def esglens_readers(self) -> list[Reader]:
        """Readers this plugin offers."""

    @hookspec
    def esglens_stages(self) -> list[Stage]:
        """Pipeline stages this plugin offers."""

    @hookspec
    def esglens_checks(self) -> list[Check]:
        """Consistency checks this plugin offers."""

    @hookspec
    def esglens_commands(self, app) -> None:
        """Add commands to the Typer app."""


@functools.cache
def manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager("esglens")
    pm.add_hookspecs(Spec)
    for name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(name), name=name)
    pm.load_setuptools_entrypoints("esglens")
    return pm


@functools.cache
def _reader_manager() -> pluggy.PluginManager:
    """The readers' own manager: the built-in reader modules, installed plugin packages, and what `plugin`
    registers (its objects go to both managers), in the same order of precedence as `manager()`."""
    pm = pluggy.PluginManager("esglens")
    pm.add_hookspecs(Spec)
    for name in DEFAULT_PLUGINS:
        if name in READER_PLUGINS:
            pm.register(importlib.import_module(name), name=name)
    pm.load_setuptools_entrypoints("esglens")
    return pm


@functools.cache
def load_cli_plugins() -> pluggy.PluginManager:
    """The commands' own manager (installed plugin packages, then CLI_PLUGINS): registering the commands does
    not import the readers, stages and checks; they load through `manager()` when a command first analyses."""
    pm = pluggy.PluginManager("esglens")
    pm.add_hookspecs(Spec)
    pm.load_setuptools_entrypoints("esglens")
    for name in CLI_PLUGINS:
        pm.register(importlib.import_module(name), name=name)
    return pm


def _clear() -> None:
    readers.cache_clear()
    stages.cache_clear()
    checks.cache_clear()


@contextlib.contextmanager
def plugin(obj, name: str | None = None) -> Iterator[None]:
    """Register `obj` (a module or object with hook implementations) for the duration of a block."""
    managers = (manager(), _reader_manager())
    for pm in managers:
        pm.register(obj, name=name)
    _clear()
    try:
        yield
    finally:
        for pm in managers:
            pm.unregister(obj)
        _clear()


def _collect(results) -> list:
    # pluggy calls the last registered plugin first: reverse so built-ins come first, plugins after
    return [part for parts in reversed(results) for part in (parts or [])]


@functools.cache
def readers() -> tuple[Reader, ...]:
    return tuple(_collect(_reader_manager().hook.esglens_readers()))


@functools.cache
def stages() -> tuple[Stage, ...]:
    out = _collect(manager().hook.esglens_stages())
    names = [s.name for s in out]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise ValueError(f"two stages registered under one name: {', '.join(sorted(dupes))}")
    return tuple(out)


@functools.cache
def checks() -> tuple[Check, ...]:
    return tuple(_collect(manager().hook.esglens_checks()))
