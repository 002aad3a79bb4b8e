"""The `esglens` command line: a thin layer over the Python API.

Every command group is a plugin module (`esglens.core.registry.CLI_PLUGINS`) implementing the
`esglens_commands(app)` hook, as an installed plugin package would. The Typer app is built on first use
(`esglens.cli.app`, or `main()`): `main()` first starts what a parallel `ingest` needs on another core
(`prestart.py`), so that it warms up while this process loads the commands.
"""
from __future__ import annotations

import sys
from functools import cache

import typer


@cache
def _app() -> typer.Typer:
    from ..core import registry

    app = typer.Typer(add_completion=False, no_args_is_help=True,
                      help="Turn ESG and sustainability reports into traceable, comparable data.")
    # in registration order (pluggy itself calls the newest plugin first)
    for impl in registry.load_cli_plugins().hook.esglens_commands.get_hookimpls():
        impl.function(app=app)
    return app


def __getattr__(name: str):
    if name == "app":   # `from esglens.cli import app`: the app with every command registered
        return _app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    from .prestart import prestart

    prestart(sys.argv[1:])
    _app()()
