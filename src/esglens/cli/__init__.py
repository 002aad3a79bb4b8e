"""The `esglens` command line: a thin layer over the Python API.

Every command group is a plugin module (`esglens.core.registry.CLI_PLUGINS`) implementing the
`esglens_commands(app)` hook, as an installed plugin package would.
"""
from __future__ import annotations

import typer

from ..core import registry

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn ESG and sustainability reports into traceable, comparable data.")

# in registration order (pluggy itself calls the newest plugin first)
for _impl in registry.load_cli_plugins().hook.esglens_commands.get_hookimpls():
    _impl.function(app=app)


def main() -> None:
    app()
