"""Generate the hostile inputs of issue 16 into a folder (generated on demand, never stored).

    python tests/hostile/make_inputs.py OUT_DIR      # writes every input, prints name and size

Each input is a shape a real report never has but a careless converter or an attacker can produce:
one huge line, a sea of digits, deep indentation, a label repeated 50,000 times, tokens that make a
backtracking regex try every split, one endless sentence, a 300-page PDF, a 1,000-column table.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

MB = 1024 * 1024
_PROSE = ("In 2024 the Group consumed 12,345.6 MWh of electricity, emitted 1,234 tCO2e of Scope 1 "
          "emissions and 5.6% less water than in 2023 (3,210 m³), while women were 41 % of staff; ")


def _text(body: str) -> Callable[[Path], None]:
    return lambda path: path.write_text(body, encoding="utf-8")


def _single_line(path: Path) -> None:
    path.write_text((_PROSE * (10 * MB // len(_PROSE) + 1))[:10 * MB], encoding="utf-8")


def _digits(path: Path) -> None:
    path.write_text("1234567890" * (MB), encoding="utf-8")


def _indented(path: Path) -> None:
    path.write_text("".join(" " * i + f"Item {i} of the list: 1{i % 10}.5 tonnes\n" for i in range(2000)),
                    encoding="utf-8")


def _sentence(path: Path) -> None:
    words = ("the", "Group", "reported", "12", "tonnes", "of", "waste", "and", "water", "in", "2024", "with")
    path.write_text(" ".join(words[i % len(words)] for i in range(200_000)) + ".\n", encoding="utf-8")


def _pipe_table(path: Path) -> None:
    cols = 1000
    header = "| Indicator | " + " | ".join(str(2000 + i % 25) for i in range(cols)) + " |"
    sep = "|---|" + "---|" * cols
    rows = [f"| Scope {r % 3 + 1} emissions row {r} (tCO2e) | "
            + " | ".join(f"{(r * 7 + c) % 997},{c % 1000:03d}" for c in range(cols)) + " |" for r in range(50)]
    path.write_text("ESG key figures\n\n" + "\n".join([header, sep, *rows]) + "\n", encoding="utf-8")


def _dense_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for page in range(300):
        c.setFont("Helvetica", 7)
        y = height - 30
        row = 0
        while y > 30:
            n = page * 100 + row
            c.drawString(30, y, f"Scope {row % 3 + 1} emissions {n:,} tCO2e in {2015 + row % 10}; water "
                                f"{n * 3 % 9973:,} m3; energy {n * 7 % 99991:,}.5 MWh; women {row % 60} %; "
                                f"waste {n % 777} t; injuries {row % 9}; training {n % 321} hours per employee")
            y -= 8.5
            row += 1
        c.showPage()
    c.save()


# name -> writer; the first ten are the list, the table is its 25-second case
INPUTS: dict[str, Callable[[Path], None]] = {
    "single-line-10mb.txt": _single_line,
    "digits-10mb.txt": _digits,
    "ones-200k-lines.txt": _text("1\n" * 200_000),
    "indent-2000.txt": _indented,
    "label-repeated.txt": _text("Scope 1 emissions " * 50_000 + "\t1,234\t5,678\n"),
    "ones-then-percent.txt": _text("1 " * 200_000 + "%\n"),
    "open-parens.txt": _text("(1" * 100_000 + "\n"),
    "years-100k.txt": _text("2024 " * 100_000 + "\n"),
    "sentence-200k-words.txt": _sentence,
    "dense-300-pages.pdf": _dense_pdf,
    "pipe-1000-columns.txt": _pipe_table,
}


def make(out: Path, names: list[str] | None = None) -> dict[str, Path]:
    """Write the inputs (all, or the named ones) into `out`; return name -> path."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name in names or list(INPUTS):
        path = out / name
        if not path.exists():
            INPUTS[name](path)
        paths[name] = path
    return paths


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_inputs.py OUT_DIR")
    for name, p in make(Path(sys.argv[1])).items():
        print(f"{name}\t{p.stat().st_size:,} bytes")
