"""The report files a command's PATH arguments name, said out loud: a folder's files of other kinds are named
as skipped (a .docx among the PDFs is not silently left out), and no report at all is one error line."""
from __future__ import annotations

import os

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
