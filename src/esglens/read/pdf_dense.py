"""Pages over limits.max_figures_per_page: counted in pdfium's text before any layout work and not read
further, the report saying which pages and why."""
from __future__ import annotations

import re

import pypdfium2.raw as R

from ..core.limits import limits, over_limit

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def over_figures_cap(textpage) -> int | None:
    """The page's figures when it prints more than the cap, else None. A page of fewer than twice the
    cap's characters cannot be over it (figures stand apart) and its text is not asked for here."""
    cap = limits().max_figures_per_page
    if R.FPDFText_CountChars(textpage.raw) < 2 * cap:
        return None
    figures = len(_FIGURE.findall(textpage.get_text_range()))
    return figures if figures > cap else None


def dense_pages(name: str, pages: list) -> list[str]:
    """One warning for the pages over the cap (a report that says what was not read)."""
    over = [p for p in pages if p.figures is not None]
    if not over:
        return []
    most = max(p.figures for p in over)
    return [over_limit("max_figures_per_page", name, f"{len(over):,} page(s) of up to {most:,} figures "
                       f"({_ranges([p.number for p in over])}) are not read (a data dump, not report pages; "
                       "the cap is ESGLENS_MAX_FIGURES_PER_PAGE)")]


def _ranges(numbers: list[int]) -> str:
    """"pages 3, 5-9" for sorted page numbers."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}" if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs]
    text = ", ".join(parts[:20]) + (f" and {len(parts) - 20} more runs" if len(parts) > 20 else "")
    return ("page " if len(numbers) == 1 else "pages ") + text
