"""The report files a command's PATH arguments name, said out loud: a folder's files of other kinds are named
as skipped (a .docx among the PDFs is not silently left out), and no report at all is one error line."""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator

import typer

from ..batch import Failure
from ..model import ReportResult
from ..store import output as out

SHOWN = 5   # skipped files named per folder


def report_files(paths: list[str]) -> list[str]:
    """Every report file under `paths` (folders walked, files kept as given); exits with one line when none."""
    from ..read import find_reports, report_suffixes

    files = find_reports(paths)
    suffixes = sorted(report_suffixes())
    for p in paths:
        if os.path.isdir(p):
            _note_skipped(p, set(suffixes))
    if not files:
        out.fail(" ".join(paths), f"no reports found ({', '.join(suffixes)})")
    return files


def _note_skipped(folder: str, suffixes: set[str]) -> None:
    skipped = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        skipped += [os.path.relpath(os.path.join(root, n), folder) for n in sorted(names)
                    if not n.startswith(".") and os.path.splitext(n)[1].lower() not in suffixes]
    if skipped:
        more = f" and {len(skipped) - SHOWN} more" if len(skipped) > SHOWN else ""
        out.err_console.print(f"note {folder}: skipped {len(skipped)} file{'s' if len(skipped) > 1 else ''} that "
                              f"{'are' if len(skipped) > 1 else 'is'} not a report ({', '.join(sorted(suffixes))}): "
                              f"{', '.join(skipped[:SHOWN])}{more}", markup=False, highlight=False, soft_wrap=True)


class Analysed:
    """The results of a command's reports, counted as they go by: a report that failed (`batch.iter_results`
    said why on stderr) is left out; `done` ends the command, with exit 1 when every report failed."""

    def __init__(self, results: Iterable[ReportResult | Failure]):
        self.results, self.ok, self.failed = results, 0, 0

    def __iter__(self) -> Iterator[ReportResult]:
        for res in self.results:
            if isinstance(res, Failure):
                self.failed += 1
                continue
            self.ok += 1
            yield res

    def done(self, collected: list[dict] | None = None) -> None:
        """Write the rows collected for `--format json` (when given), then exit 1 when no report was analysed."""
        if collected is not None:
            sys.stdout.write(json.dumps(collected, ensure_ascii=False, indent=1) + "\n")
        if self.ok == 0 and self.failed:
            raise typer.Exit(1)
