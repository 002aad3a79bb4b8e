#!/usr/bin/env python3
"""Key-free coverage probe of PDF tables (h112, issue 20): on every page of the 10 corpus PDFs, the numeric tokens
of the page's table regions (read by pdfplumber, independently of esglens's reader) against the numbers esglens
emitted as facts on that page; for the emitted facts, the share with a year, a unit and a label path.

Usage: nice .venv/bin/python bench/pdf_coverage.py [--blocks N] [--cache DIR] [--fresh] [PDF_STEM ...]

A table region is a run (>= 2) of printed lines that carry a number set apart from the words before it by a
column gap (>= GAP points), or two or more numbers; a line of bare years is the region's year header, not values.
A token is covered when esglens emitted a fact on that page whose printed value is the token's (value or raw).
Uncovered lines are grouped into blocks (consecutive uncovered lines of one region) and each block is put in a
layout family by what stands around it (FAMILIES below): that is this probe's classification, not a key's.
Held-out pages (the lead's h105 pages, h111's pages once listed) are left out; nothing here reads a key.
Facts are cached per PDF in --cache (default /tmp/esglens-coverage); --fresh reruns esglens.
"""
from __future__ import annotations

import collections
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PDFS = ROOT.parent / "shared" / "corpus" / "pdf"
# held out for the lead (BRIEF): never read here
HELD = {"eni": {7, 34}, "siemens": {7, 15}, "vedanta": {1, 4}, "toshiba": {29, 82}, "united_spirits": {21, 54},
        "riotinto": {25}, "tokyo_gas": {21, 22, 23, 24}}
GAP = 12.0          # points between a label's last word and a value: a column gap, not a word space
LINE_TOL = 2.5      # words whose tops differ by less are on one printed line
_NUM = re.compile(r"^[(（\[]?[-−–+±]?[¥$€£₹]?\d[\d,，]*(?:\.\d+)?[%％]?[)）\]]?[*※†]?\d?$")
_YEAR = re.compile(r"^(?:FY|CY)?[’']?(?:19|20)\d{2}(?:[-/–](?:\d{2}|\d{4}))?[)）]?$|^(?:FY|CY)\d{2}$", re.I)
_UNITISH = re.compile(r"\((?:[^()]{1,25})\)|\b(?:t|kt|Mt|MWh|GWh|TJ|GJ|kl|m3|m³|ML|%|tCO2e?|INR|Rs|crore|lakh|"
                      r"persons|number|no\.|hours|kg|tonnes?|units?)\b", re.I)


def held(stem: str) -> set[int]:
    out = set()
    for k, v in HELD.items():
        if stem.startswith(k):
            out |= v
    h111 = Path("/work/notes/h111-pages.txt")
    if h111.exists():
        for line in h111.read_text(encoding="utf-8").splitlines():
            m = re.match(r"\s*(\S+)\D+([\d ,\-p]+)", line)
            if m and stem.lower().startswith(m[1].lower()[:5]):
                for a, b in re.findall(r"(\d+)(?:-(\d+))?", m[2]):
                    out |= set(range(int(a), int(b or a) + 1))
    return out


def num_of(tok: str) -> float | None:
    t = re.sub(r"[(（\[\])）*※†¥$€£₹%％,，+±]", "", tok).replace("−", "-").replace("–", "-")
    try:
        return abs(float(t))
    except ValueError:
        return None


def lines_of(words: list[dict]) -> list[list[dict]]:
    words.sort(key=lambda w: (round(w["top"]), w["x0"]))
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: w["top"]):
        for ln in lines[-3:]:
            if abs(ln[0]["top"] - w["top"]) < LINE_TOL:
                ln.append(w)
                break
        else:
            lines.append([w])
    for ln in lines:
        ln.sort(key=lambda w: w["x0"])
    return lines


def _is_num(w) -> bool:
    return bool(_NUM.match(w["text"])) and not _YEAR.match(w["text"])


def value_tokens(ln: list[dict]) -> list[dict]:
    """The numbers of a line that stand as cells: set apart on both sides (a column gap, another number, the line's
    end), not the first word of a line of words (a section or note number), not after dot leaders (a contents page)."""
    out = []
    text = " ".join(w["text"] for w in ln)
    if "...." in text or re.search(r"\bGRI \d{3}|\bSDG\b", text):
        return out
    for i, w in enumerate(ln):
        if not _is_num(w) or (i == 0 and len(ln) > 1 and not _is_num(ln[1])):
            continue
        before = w["x0"] - ln[i - 1]["x1"] if i else 999
        after = ln[i + 1]["x0"] - w["x1"] if i + 1 < len(ln) else 999
        left = before >= GAP or (i and _is_num(ln[i - 1]))
        right = after >= GAP or (i + 1 < len(ln) and _is_num(ln[i + 1])) or i + 1 == len(ln)
        if left and right:
            out.append(w)
    return out


def year_line(ln: list[dict]) -> bool:
    ys = [w for w in ln if _YEAR.match(w["text"])]
    return len(ys) >= 2 and len(ys) >= len(ln) / 2


def regions(lines: list[list[dict]]) -> list[tuple[int, int]]:
    """Runs of value lines (one line without values allowed inside a run: a section or wrapped label row)."""
    marks = [len(value_tokens(ln)) > 0 and not year_line(ln) and len(ln) <= 40 for ln in lines]
    out, start, gap = [], None, 0
    for i, m in enumerate(marks + [False, False]):
        if m:
            start = i if start is None else start
            gap = 0
        elif start is not None:
            gap += 1
            if gap > 1:
                end = i - gap
                if sum(marks[start:end + 1]) >= 2:
                    out.append((start, end))
                start, gap = None, 0
    return out


def facts_of(pdf: Path, cache: Path, fresh: bool) -> list[dict]:
    cache.mkdir(parents=True, exist_ok=True)
    out = cache / (pdf.stem + ".jsonl")
    if fresh or not out.exists():
        res = subprocess.run([str(ROOT / ".venv" / "bin" / "esglens"), "extract", str(pdf), "--format", "jsonl"],
                             capture_output=True, text=True, check=False)
        out.write_text(res.stdout, encoding="utf-8")
    return [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x.strip()]


def words_of(pdf: Path, cache: Path, skip: set[int]) -> list[tuple[float, list[dict]]]:
    """Each page's height and pdfplumber words (x0, x1, top, text), cached; held-out pages are not read."""
    import pdfplumber
    out = cache / (pdf.stem + ".words.json")
    if not out.exists():
        pages = []
        with pdfplumber.open(str(pdf)) as doc:
            for pno, page in enumerate(doc.pages, 1):
                ws = [] if pno in skip else page.extract_words(x_tolerance=1.5, keep_blank_chars=False)
                pages.append((float(page.height), [{k: w[k] for k in ("x0", "x1", "top", "text")} for w in ws]))
        out.write_text(json.dumps(pages), encoding="utf-8")
    return json.loads(out.read_text(encoding="utf-8"))


_CODE = re.compile(r"^\d{1,2}\.(?:\d{1,2}|[a-c])$|^\d{1,2}$")


def family(lines, s, e, blk, page_h, covered_lines, missed) -> str:
    """This probe's layout family of an uncovered block (what stands around it); `missed`: its uncovered tokens."""
    words = [w["text"] for ln in blk for w in ln]
    if sum(len(t) == 1 and t.isalpha() for t in words) >= 0.3 * len(words):
        return "chart or spaced-out text layer (one letter per word)"
    nums = [num_of(t["text"]) for t in missed]
    if all(v is not None and v == int(v) and v <= 400 for v in nums) and all(
            value_tokens(ln) and value_tokens(ln)[-1] is ln[-1] and len(value_tokens(ln)) == 1 for ln in blk):
        return "contents or index list (page numbers)"
    if all(_CODE.match(t["text"]) for t in missed) and any(i in covered_lines for i in range(s, e + 1)):
        return "codes column beside a read table (SDG targets, notes)"
    above = lines[max(0, s - 4):s]
    header_years = any(year_line(ln) for ln in above) or any(year_line(ln) for ln in lines[s:e + 1])
    firsts = [ln[0]["text"] for ln in blk]
    serial = sum(bool(re.fullmatch(r"\d{1,2}\.?", t)) for t in firsts) >= max(2, len(blk) // 2)
    top = blk[0][0]["top"] < page_h * 0.18 and s == lines.index(blk[0])
    vals = [len(value_tokens(ln)) for ln in blk]
    covered_around = covered_lines & set(range(s, e + 1))
    if serial:
        return "serial-numbered list/register"
    if any(any(w["text"] in ("Yes", "No", "NA", "N/A", "-", "–") for w in ln) for ln in blk) and not header_years:
        return "form rows (Yes/No/NA/dash cells, no years)"
    if not header_years and max(vals) == 1:
        return "name | value list, no year header"
    if not header_years:
        cat = [ln for ln in above if len(ln) >= 2 and not any(_is_num(w) for w in ln)]
        return ("category header over sub-columns, no years" if cat else "value grid, no header found")
    if covered_around:
        return "rows of a read table left out (partly covered region)"
    if top:
        return "table at page top (continued?)"
    return "year-headed table not read"


def main(argv: list[str]) -> int:
    nblocks = int(argv[argv.index("--blocks") + 1]) if "--blocks" in argv else 6
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else Path("/tmp/esglens-coverage")
    fresh = "--fresh" in argv
    dump = open(argv[argv.index("--dump") + 1], "w", encoding="utf-8") if "--dump" in argv else None
    stems = [a for a in argv if not a.startswith("--") and not a.isdigit() and "/" not in a]
    fams = collections.Counter()
    fam_tokens = collections.Counter()
    examples = collections.defaultdict(list)
    totals = collections.Counter()
    for pdf in sorted(PDFS.glob("*.pdf")):
        if stems and not any(pdf.stem.startswith(s) for s in stems):
            continue
        skip = held(pdf.stem)
        facts = [f for f in facts_of(pdf, cache, fresh) if f.get("page") not in skip]
        by_page = collections.defaultdict(list)
        for f in facts:
            by_page[f.get("page")].append(f)
        c = collections.Counter()
        for pno, (height, words) in enumerate(words_of(pdf, cache, skip), 1):
            if pno in skip:
                continue
            # running heads and page numbers: the top and bottom 6 % of the page
            lines = [ln for ln in lines_of(words) if height * 0.06 < ln[0]["top"] < height * 0.94]
            got = collections.Counter()
            for f in by_page.get(pno, []):
                for v in (f.get("value"), num_of(str(f.get("raw") or ""))):
                    if v is not None:
                        got[round(abs(v), 6)] += 1
            covered_lines, blocks = set(), []
            for s, e in regions(lines):
                cur = []
                for i in range(s, e + 1):
                    toks = value_tokens(lines[i])
                    miss = [t for t in toks if (num_of(t["text"]) is None
                                                or round(num_of(t["text"]), 6) not in got)]
                    c["tokens"] += len(toks)
                    c["covered"] += len(toks) - len(miss)
                    if toks and len(miss) < len(toks):
                        covered_lines.add(i)
                    if miss:
                        cur.append((i, miss))
                    elif cur:
                        blocks.append((s, e, cur))
                        cur = []
                if cur:
                    blocks.append((s, e, cur))
            for s, e, cur in blocks:
                blk = [lines[i] for i, _ in cur]
                missed = [t for _, m in cur for t in m]
                n = len(missed)
                if n < 2:
                    continue
                fam = family(lines, s, e, blk, height, covered_lines, missed)
                fams[fam] += 1
                fam_tokens[fam] += n
                text = " / ".join(" ".join(w["text"] for w in ln)[:70] for ln in blk[:3])
                examples[fam].append(f"{pdf.stem[:14]} p{pno} ({n} tokens): {text}")
                if dump:
                    dump.write(f"## {fam} | {pdf.stem[:14]} p{pno} ({n} tokens: {' '.join(t['text'] for t in missed[:12])})\n")
                    for ln in lines[max(0, s - 3):e + 1]:
                        dump.write("    " + " ".join(w["text"] for w in ln)[:150] + "\n")
        tf = [f for f in facts if f.get("source") == "table"]
        n = len(tf) or 1
        c["facts"] += len(tf)
        share = {k: sum(bool(g(f)) for f in tf) / n for k, g in (
            ("year", lambda f: f.get("year")), ("unit", lambda f: f.get("unit")),
            ("label", lambda f: f.get("label")), ("path", lambda f: " > " in (f.get("label") or "")))}
        totals.update(c)
        for k, v in share.items():
            totals[k] += v * len(tf)
        print(f"{pdf.stem[:34]:34} table tokens {c['tokens']:5}  covered {100 * c['covered'] / max(1, c['tokens']):5.1f}%"
              f"  table facts {len(tf):5}  year {100 * share['year']:5.1f}%  unit {100 * share['unit']:5.1f}%"
              f"  label {100 * share['label']:5.1f}%  path {100 * share['path']:5.1f}%", flush=True)
    n = max(1, totals["facts"])
    print(f"{'ALL':34} table tokens {totals['tokens']:5}  covered {100 * totals['covered'] / max(1, totals['tokens']):5.1f}%"
          f"  table facts {totals['facts']:5}  year {100 * totals['year'] / n:5.1f}%  unit {100 * totals['unit'] / n:5.1f}%"
          f"  label {100 * totals['label'] / n:5.1f}%  path {100 * totals['path'] / n:5.1f}%")
    print("\nuncovered blocks (>= 2 tokens) by layout family:")
    for fam, k in fams.most_common():
        print(f"  {fam}: {k} blocks, {fam_tokens[fam]} tokens")
        for ex in examples[fam][:nblocks]:
            print("     ", ex)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
