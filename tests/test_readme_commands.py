"""The README's command table names every command `esglens --help` lists (h97 found `parts` and `library`
missing from it), and every command it names exists."""
from __future__ import annotations

import re
from pathlib import Path

from esglens.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"


def _registered() -> set[str]:
    names = {c.name or c.callback.__name__ for c in app.registered_commands}
    return names | {g.name for g in app.registered_groups}


def _documented() -> set[str]:
    table = README.read_text(encoding="utf-8").split("## Commands", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| `esglens ")]
    return {name for row in rows for name in re.findall(r"`esglens ([a-z]+)", row.split(" | ")[0])}


def test_readme_command_table_matches_the_cli():
    registered, documented = _registered(), _documented()
    assert registered - documented == set(), "commands missing from README's table"
    assert documented - registered == set(), "README names commands the CLI lacks"
