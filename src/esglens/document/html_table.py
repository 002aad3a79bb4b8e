"""HTML tables inside converted text (`<table><tr><td>…`), as some PDF converters write them.

colspan and rowspan are laid out on a grid: a spanned cell's text stands in its first slot and the slots
it covers stay empty, so that blank leading cells mean "same as above" as in tab-separated tables.
"""
from __future__ import annotations

from html.parser import HTMLParser

from ..core.text import clean


class _TableParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[tuple[str, int, int]]] = []   # (html, colspan, rowspan)
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self._depth += 1
        elif tag == "tr" and self._depth == 1:
            self.rows.append([])
        elif tag in ("td", "th") and self._depth == 1:
            if not self.rows:
                self.rows.append([])
            self._cell = []
            self._span = (_int(a.get("colspan")), _int(a.get("rowspan")))
        elif self._cell is not None:
            # keep inline markup for clean(): sup/sub become markers and exponents
            if tag in ("sup", "sub", "br", "li"):
                self._cell.append(f"<{tag}>")

    def handle_endtag(self, tag):
        if tag == "table":
            self._depth -= 1
        elif tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(("".join(self._cell), *self._span))
            self._cell = None
        elif self._cell is not None and tag in ("sup", "sub"):
            self._cell.append(f"</{tag}>")

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data.replace("<", "&lt;"))


def _int(v) -> int:
    try:
        return max(1, min(int(v), 50))
    except (TypeError, ValueError):
        return 1


def parse_html_table(html: str) -> list[list[str]]:
    """Rows of cleaned cell texts laid out on a grid."""
    p = _TableParser()
    p.feed(html)
    p.close()
    grid: list[list[str]] = []
    taken: dict[tuple[int, int], bool] = {}
    for r, row in enumerate(p.rows):
        out: list[str] = []
        c = 0
        for text, colspan, rowspan in row:
            while taken.get((r, c)):
                out.append("")
                c += 1
            out.append(clean(text))
            for dr in range(rowspan):
                for dc in range(colspan):
                    if dr or dc:
                        taken[(r + dr, c + dc)] = True
            out.extend([""] * (colspan - 1))
            c += colspan
        while taken.get((r, c)):
            out.append("")
            c += 1
        grid.append(out)
    return grid
