"""The examples in docs/python-api.md are real: run them as doctests from the project root."""
from __future__ import annotations

import doctest

import pytest

from conftest import REPORTS, ROOT


def test_python_api_examples_hold(monkeypatch):
    if not REPORTS.exists():
        pytest.skip("../shared/corpus/reports not present: the examples read the sample reports")
    monkeypatch.chdir(ROOT)
    # a code fence ends an example's expected output, as a blank line does
    text = "\n".join("" if line.startswith("```") else line
                     for line in (ROOT / "docs" / "python-api.md").read_text(encoding="utf-8").splitlines())
    test = doctest.DocTestParser().get_doctest(text, {}, "python-api.md", "docs/python-api.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 10 and result.failed == 0
