"""Issue 16, property test: generated hostile text and tables through every stage, each in a time limit.

Hypothesis composes a report from hostile pieces (long lines, digit runs, deep indentation, ragged and very
wide pipe tables, broken HTML tables, mixed scripts, zero-width and RTL marks, NULs, repeated tokens, huge
numbers, broken markdown), up to MAX_CHARS, and `pipeline.analyze` runs every registered stage on it, with
the per-report time budget as the guard against a hang. Each example must take no more CPU than LIMIT +
PER_MB per MB (linear), and end with a result (`ok`, or `partial` only for a cap that says what it left
out) or one clear line (InputError): never an exception, no stage out of time.

In CI the examples are derandomized and bounded (under a minute); `ESGLENS_PROPERTY_EXAMPLES=500
ESGLENS_PROPERTY_RANDOM=1 pytest tests/test_property_hostile.py` searches further. What it found is listed in
/work/notes/h16-found.md; an input that is still slow in another helper's stage is an explicit xfail example.
"""
from __future__ import annotations

import os
import tempfile
import time

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from esglens.core.settings import PipelineSettings
from esglens.errors import InputError
from esglens.pipeline import analyze

MAX_CHARS = 400_000   # a generated report is cut here: the size of a large converted report
LIMIT = 2.0           # CPU seconds per example, plus PER_MB for each MB: linear, with room for a loaded
PER_MB = 6.0          # machine (a real report runs at ~2 s per MB; super-linear growth is far above)
BUDGET = 60.0  # the pipeline's time budget (wall seconds: the machine is shared, wall is up to 6x CPU) stops a hang
EXAMPLES = int(os.environ.get("ESGLENS_PROPERTY_EXAMPLES", "30"))
PROPERTY = settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("ESGLENS_PROPERTY_RANDOM"),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.large_base_example], database=None, print_blob=True,
                    phases=[Phase.explicit, Phase.generate])   # no shrinking: a slow example shrinks for minutes

ODD_CHARS = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202e\u2066\u2069\ufeff\x00\x0c\u00a0\u3000\ufffd"
SCRIPTS = ["温室气体排放", "用水量", "نسبة الانبعاثات", "выбросы парниковых газов", "排放量（吨）", "ＣＯ２", "é̃ñ",
           "𝟙𝟚𝟛", "①②③", "٣٤٥٫٦"]
WORDS = ["Scope 1 emissions", "Scope 2", "Total", "water withdrawal", "tCO2e", "MWh", "m³", "%", "2023", "2024",
         "Women", "employees", "Note", "N/A", "-", "/", "(1)", "[2]", "ⅰ", "FY2024", "per", "million", "RMB 10,000"]
NUMBERS = st.one_of(
    st.integers(-10**6, 10**9).map(lambda n: f"{n:,}"),
    st.floats(allow_nan=True, allow_infinity=True, width=64).map(repr),
    st.integers(1, 400).map(lambda k: "9" * k),                              # huge numbers
    st.integers(1, 300).map(lambda k: "1," * k + "000"),
    st.sampled_from(["(12.5)", "12.5%", "1.2e308", "0.000", "1,23,456", "12 345,6", "−5", "+3.2 %", "~40",
                     "≤ 5", "2020-2024", "12/31/2024", "0x1F", "١٢٣", "1.2.3.4", "(1", "1)", "%%%"]),
)
TOKEN = st.one_of(st.sampled_from(WORDS), st.sampled_from(SCRIPTS), NUMBERS,
                  st.text(alphabet=st.sampled_from(ODD_CHARS + "ab1 |<>*_#`\\\t"), max_size=8))


def _cells(draw, n: int) -> list[str]:
    return [draw(st.one_of(st.just(""), TOKEN)) for _ in range(n)]


@st.composite
def pipe_table(draw) -> str:
    """Ragged or very wide pipe tables: a header of years, rows of any width, stray separators."""
    cols = draw(st.one_of(st.integers(1, 8), st.integers(50, 400)))
    rows = draw(st.integers(0, 30))
    header = "| " + " | ".join(["Indicator"] + [str(2000 + i % 30) for i in range(cols)]) + " |"
    lines = [header, "|" + "---|" * draw(st.integers(0, cols + 1))]
    for _ in range(rows):
        width = draw(st.one_of(st.just(cols), st.integers(0, cols + 3)))
        cells = [draw(st.sampled_from(WORDS + SCRIPTS))] + _cells(draw, min(width, 12))
        cells += [draw(NUMBERS)] * max(0, width - 12)   # a wide row: the same cell repeated
        lead = draw(st.sampled_from(["| ", "|", "", "||"]))
        lines.append(lead + " | ".join(cells) + draw(st.sampled_from([" |", "", " | |"])))
    return "\n".join(lines)


@st.composite
def html_table(draw) -> str:
    """HTML tables from a converter, broken: unclosed tags, spans, nesting."""
    rows = draw(st.integers(0, 25))
    parts = ["<table>"]
    for _ in range(rows):
        cells = _cells(draw, draw(st.integers(0, 10)))
        span = draw(st.sampled_from(["", ' colspan="3"', ' rowspan="99"', ' colspan="100000"', ' colspan="x"']))
        parts.append("<tr>" + "".join(f"<td{span}>{c}" + draw(st.sampled_from(["</td>", "", "<br>", "<table>"]))
                                      for c in cells) + draw(st.sampled_from(["</tr>", ""])))
    parts.append(draw(st.sampled_from(["</table>", "", "</tbody>"])))
    return "".join(parts)


@st.composite
def repeated(draw) -> str:
    """One token many times on one line (the shape of the backtracking cases)."""
    token = draw(st.one_of(st.sampled_from(["1 ", "(1", "2024 ", "Scope 1 emissions ", "1,", "1.", "- ", "| ",
                                            "<b>", "**", "10 000 ", "a ", "%", "1 % ", "by 2030 and ", "(", "\\"]),
                           TOKEN.map(lambda t: t + " ")))
    n = draw(st.integers(100, 20_000))
    tail = draw(st.sampled_from(["", "%", " tCO2e", "\t1,234\t5,678", ".", ")"]))
    return (token * n)[:200_000] + tail


@st.composite
def piece(draw) -> str:
    kind = draw(st.integers(0, 11))
    if kind == 0:
        return draw(pipe_table())
    if kind == 1:
        return draw(html_table())
    if kind == 2:
        return draw(repeated())
    if kind == 3:   # a long line of prose-like tokens
        return " ".join(draw(st.lists(TOKEN, min_size=1, max_size=40))) * draw(st.integers(1, 400))
    if kind == 4:   # a digit run
        return draw(st.sampled_from("0123456789")) * draw(st.integers(100, 100_000))
    if kind == 5:   # deep indentation
        n = draw(st.integers(10, 800))
        return "\n".join(" " * i + f"{draw(TOKEN)} {i}" for i in range(n))
    if kind == 6:   # many short numeric lines
        return "\n".join([draw(NUMBERS)] * draw(st.integers(10, 5000)))
    if kind == 7:   # broken markdown
        return draw(st.sampled_from(["# ", "## ", "**", "> ", "- ", "1. ", "```", "$^{", "<sup>", "[^1]: ", "~~"])) \
            + " ".join(draw(st.lists(TOKEN, max_size=30)))
    if kind == 8:   # a sentence with many numbers
        return " and ".join(f"{draw(st.sampled_from(WORDS))} was {draw(NUMBERS)} {draw(st.sampled_from(WORDS))}"
                            for _ in range(draw(st.integers(1, 300)))) + "."
    if kind == 9:   # odd characters everywhere
        return draw(st.text(alphabet=st.sampled_from(ODD_CHARS + "1 %|\n"), max_size=2000))
    if kind == 10:
        return draw(st.sampled_from(SCRIPTS)) * draw(st.integers(1, 3000))
    return draw(st.text(max_size=300))   # anything unicode


REPORT = st.lists(piece(), min_size=1, max_size=6).map(lambda ps: "\n".join(ps)[:MAX_CHARS])


def run_report(text: str, suffix: str = ".txt") -> None:
    """The property: a result or one clear line, in time, with no stage failing or running out of time."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "hostile" + suffix)
        with open(path, "w", encoding="utf-8", errors="surrogatepass") as fh:
            fh.write(text)
        cpu = time.process_time()
        try:
            res = analyze(path, settings=PipelineSettings(time_budget=BUDGET))
        except InputError as exc:
            assert "\n" not in exc.reason and exc.reason, exc.reason
            return
        cpu = time.process_time() - cpu
    slow = {i.stage: i.message for i in res.issues if i.kind == "timeout"}
    errors = {i.stage: i.message for i in res.issues if i.kind == "error"}
    timings = ", ".join(f"{k} {v:.2f} s" for k, v in sorted(res.timings.items(), key=lambda kv: -kv[1])[:4])
    problem = (f"a stage raised: {errors}" if errors else f"out of time: {slow}" if slow
               else f"{cpu:.1f} s of CPU ({timings})" if cpu > LIMIT + PER_MB * len(text) / 1e6 else None)
    if problem:
        kept = _keep(text, suffix)
        pytest.fail(f"{problem}; input ({len(text):,} characters) kept in {kept}: {text[:120]!r}", pytrace=False)
    assert res.status in ("ok", "partial")
    if res.status == "partial":  # only a cap that says what it left unread
        assert any(i.message.startswith("over limit ") for i in res.issues), res.issues


def _keep(text: str, suffix: str) -> str:
    """A failing input, written where it can be run again (esglens extract/check FILE)."""
    import hashlib

    path = os.path.join(tempfile.gettempdir(), "esglens-property-"
                        + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10] + suffix)
    with open(path, "w", encoding="utf-8", errors="surrogatepass") as fh:
        fh.write(text)
    return path


# Found by this test (h16-found.md #2): each number of a sentence re-read everything before it, so a
# sentence of n numbers cost n² (800 numbers: 7.4 s of CPU); bounded since the issue 15 merge (0.4 s).
MANY_NUMBERS = " and ".join(f"Scope 2 was {i},{i % 1000:03d} MWh" for i in range(800)) + "."


@PROPERTY
@given(REPORT)
@example("Scope 1 emissions " * 50_000 + "\t1,234\t5,678")
@example("\u202e\u200b" * 5000 + "Scope 1 emissions were 1,234 tCO2e\x00 in 2024.")
@example(MANY_NUMBERS)
def test_hostile_text_finishes_cleanly_in_time(text):
    run_report(text)


@PROPERTY
@given(st.lists(st.one_of(pipe_table(), html_table()), min_size=1, max_size=4).map("\n\n".join))
def test_hostile_tables_finish_cleanly_in_time(text):
    run_report("Key performance indicators\n\n" + text, ".md")


@PROPERTY
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_result_or_one_line(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bytes.txt")
        with open(path, "wb") as fh:
            fh.write(data)
        try:
            res = analyze(path, settings=PipelineSettings(time_budget=BUDGET))
        except InputError as exc:
            assert exc.reason and "\n" not in exc.reason
            return
    assert not [i for i in res.issues if i.kind in ("error", "timeout")], res.issues
