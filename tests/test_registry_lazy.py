"""Listing the readers (which files are reports) loads the reader modules only, not every stage."""
from __future__ import annotations

import importlib
import subprocess
import sys

from esglens.core import registry

STAGE_PACKAGES = ("esglens.facts", "esglens.catalog", "esglens.checks", "esglens.frameworks", "esglens.profile",
                  "esglens.tables", "pint", "simplemma")


def test_listing_report_suffixes_imports_no_stage():
    code = ("import sys; from esglens.read import report_suffixes; s = report_suffixes(); "
            f"bad = [m for m in sys.modules if m.split('.')[0] in {STAGE_PACKAGES!r} or "
            f"'.'.join(m.split('.')[:2]) in {STAGE_PACKAGES!r}]; "
            "print(sorted(s)); print(sorted(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert {".pdf", ".txt", ".md"} <= set(eval(out[0]))  # noqa: S307 — our own printed list
    assert out[1] == "[]"


def test_reader_plugins_data_names_every_builtin_reader_module():
    # the registry data must not drift from the modules: a built-in reader left out of READER_PLUGINS
    # would vanish from the readers list; a listed module without readers would be imported for nothing
    for name in registry.DEFAULT_PLUGINS:
        offers = hasattr(importlib.import_module(name), "esglens_readers")
        assert offers == (name in registry.READER_PLUGINS), name


def test_lazy_readers_are_the_full_managers_readers_in_the_same_order():
    full = registry._collect(registry.manager().hook.esglens_readers())
    assert [r.name for r in registry.readers()] == [r.name for r in full]


def test_a_plugin_reader_is_listed_and_taken_away():
    from esglens.core.parts import Reader

    class Csv:
        @registry.hookimpl
        def esglens_readers(self):
            return [Reader("csv-test", (".csvx",), lambda path: None)]

    before = registry.readers()
    with registry.plugin(Csv()):
        assert registry.readers()[-1].name == "csv-test"
        assert ".csvx" in {s for r in registry.readers() for s in r.suffixes}
    assert registry.readers() == before
