"""The `esglens` command line. Each stage package registers its own commands."""
from __future__ import annotations

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn ESG and sustainability reports into traceable, comparable data.")


def _register_all() -> None:
    import importlib

    for mod in ("esglens.facts.commands", "esglens.catalog.commands", "esglens.checks.commands",
                "esglens.frameworks.commands", "esglens.profile.commands", "esglens.store.commands",
                "esglens.web.commands"):
        try:
            module = importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name == mod:
                continue  # stage not built yet
            raise
        module.register(app)


_register_all()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
