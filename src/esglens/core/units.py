"""Reading units as ESG reports print them, and converting values with pint.

`parse_unit("'0000 kWh")` -> Unit(scale=1e4, expr="kilowatt_hour", dim="energy").
`parse_unit("tCO2e/RMB 10,000")` -> a ratio: numerator tonne (ghg), denominator 1e4 CNY.
The vocabulary lives in data/units.yaml.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


def _import_pint():
    """pint, imported without dask: pint imports dask when it is installed (for quantities held in dask
    arrays, which esglens never makes), 0.15-0.3 s of CPU on every start of the command line. dask is
    hidden from pint's import only (a None in sys.modules reads as not installed) and visible again right
    after; where dask is already imported (a cluster worker), pint is imported as it is."""
    if "pint" in sys.modules or "dask" in sys.modules:
        import pint
        return pint
    sys.modules["dask"] = None      # type: ignore[assignment]
    try:
        import pint
    finally:
        if sys.modules.get("dask", 0) is None:
            del sys.modules["dask"]
    return pint


pint = _import_pint()

from . import vocab  # noqa: E402
from .memo import kept

_CO2E = re.compile(
    r"carbon\s+dioxide\s+equivalen(?:t|ce)s?|co2\s*-?\s*equivalents?|"
    r"c\s*o\s*2\s*-?\s*e(?:q(?:uivalent)?)?\b|co\s*2\b|二氧化碳当量")
_COAL = re.compile(r"(?:\b(?:tonnes?|tons?|t)\s+(?:of\s+)?)?standard\s+coal(?:\s+equivalents?)?|吨?标准?煤")
# a substance named after a mass ("ktonnes CH4", "t NOx"); CO2 and CO2e are read by _CO2E
_SUBSTANCE = re.compile(r"(?<![a-z])(?:ch4|n2o|nox|sox|so2|nh3|vocs?)(?![a-z0-9])")
_NOISE = re.compile(r"\b(?:of|in|the|emissions?|equivalents?|approximately|approx\.?)\b")


@dataclass(frozen=True, slots=True)
class Unit:
    """A printed unit understood: scale x pint expression, its dimension, and a denominator for ratios."""
    printed: str
    scale: float = 1.0
    expr: str | None = None          # pint expression of the numerator; None for a pure number
    dim: str | None = None           # ghg, mass, energy, volume, area, time, count, ratio, score, currency
    co2e: bool = False               # printed as CO2 equivalent
    currency: str | None = None      # CNY, HKD ... for currency amounts
    den: "Unit | None" = None        # the denominator of an intensity ("tCO2e/RMB 10,000")

    @property
    def is_ratio(self) -> bool:
        return self.den is not None


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    return vocab.load("units.yaml")


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    ureg = pint.UnitRegistry()
    for line in vocabulary()["definitions"]:
        ureg.define(line)
    return ureg


@lru_cache(maxsize=1)
def _dims() -> dict[str, object]:
    """dimension name -> pint dimensionality, for the canonical units."""
    ureg = registry()
    out = {}
    for name, spec in vocabulary()["canonical"].items():
        if name in ("ghg",) or name.isupper():
            continue
        out[name] = ureg.Unit(spec["pint"]).dimensionality
    return out


def clean(printed: str) -> str:
    u = unicodedata.normalize("NFKC", printed or "")
    # Case matters only here: "Mt"/"kt" are mega- and kilotonnes, "MT"/"mt" a metric ton.
    u = _MT.sub("megatonne ", u)   # "MtCO2e", "ktCH4": a substance glued on
    u = _KT.sub("kilotonne ", u)
    u = _MM3.sub("million m", u)   # "Mm³": million cubic metres as reports print it
    # (a cubic megametre is no volume any report measures; "mm³", lower case, stays the millimetre)
    u = u.lower()
    # a backtick before a scale: the rupee sign a font maps to the backtick key ("GJ/` crore")
    u = _TICK_RUPEE.sub("₹", u)
    u = u.replace("’", "'").replace("‘", "'").replace("`", "'")
    u = _DOLLAR_OF.sub(r"\1d ", u)            # "HK$ million" before LaTeX's "$" goes
    u = _LATEX.sub("", u)          # LaTeX: tCO$_{2}$eq
    u = _SUBSTANCE.sub(" ", u)                         # "ktonnes CH4": what the mass is of
    u = _GLUED_NUMBER.sub(r"\1 ", u)  # "rmb10,000" -> "rmb 10,000"
    u = _SPACED_POWER.sub(r"\1\2", u)    # "m 3", "Sm 3": a superscript set apart
    u = _PCT_WORD.sub(r"\1 ", u)           # "%pt" as printed reads as "% pt"
    return _BLANKS.sub(" ", u).strip()


# clean's patterns, compiled once (module-level re calls look each up in re's cache: ~1 µs apiece)
_MT = re.compile(r"\bMt(?=\s?(?:CO|CH4|N2O)|\b)")
_KT = re.compile(r"\bkt(?=\s?(?:CO|CH4|N2O|NOx|SOx|SO2|NH3|VOC)|\b)")
_MM3 = re.compile(r"\bMm(?=\s?[³3](?![\w]))")
_TICK_RUPEE = re.compile(r"`(?=\s*(?:in\b|cr\b|crores?\b|lakhs?\b|mn\b|million\b|billion\b))")
_DOLLAR_OF = re.compile(r"\b(hk|us)\$")
_LATEX = re.compile(r"[$]|_\{|\^\{|[{}]")
_GLUED_NUMBER = re.compile(r"([a-z\u4e00-\u9fff])(?=\d)")
_SPACED_POWER = re.compile(r"\b([sn]?m)\s*([23])\b")
_PCT_WORD = re.compile(r"([%‰])(?=[a-z])")
_BLANKS = re.compile(r"\s+")


def _scale_of(u: str) -> tuple[float, str]:
    for word, factor, rx in _scales():
        if word in u and rx.search(u):   # (the word itself first: most units hold no scale word)
            return factor, rx.sub(" ", u, count=1)
    return 1.0, u


@lru_cache(maxsize=1)
def _scales() -> tuple[tuple[str, float, re.Pattern], ...]:
    """The scale words of the vocabulary, longest first, each with its pattern, compiled once."""
    out = []
    for word, factor in sorted(vocabulary()["scales"].items(), key=lambda kv: -len(kv[0])):
        plain = not word[0].isascii() or not word[0].isalnum()  # CJK and "'000" have no word edges
        pat = re.escape(word) if plain else rf"(?<![\w,]){re.escape(word)}(?![\w,])"
        out.append((word, float(factor), re.compile(pat)))
    return tuple(out)


def _lookup(words: str) -> str | None:
    aliases = vocabulary()["aliases"]
    words = _BLANKS.sub(" ", words.strip(" .,;:()[]-")).strip()
    if not words:
        return ""
    words = _ONE.sub(" ", words).strip()  # "per 1 million": one of the unit
    if _DIGIT_LEFT.search(words):
        return None  # "kW/197kWh": a number left that is no scale; not a unit we can read
    if words in aliases:
        return aliases[words]
    if words in _ambiguous_signs():
        return ""   # "¥ billion": a currency, but which one the sign does not say (units.yaml)
    found = [aliases[t] for t in _ALIAS_TOKEN.findall(words) if t in aliases]
    if len(set(found)) == 1:
        return found[0]   # "number of participants": words that all say the same unit
    return None


_ONE = re.compile(r"(?<![\w,.])1(?![\w,.])")
_DIGIT_LEFT = re.compile(r"(?<![a-z])\d")
_ALIAS_TOKEN = re.compile(r"[a-z$€%‰.\-]+|[\u4e00-\u9fff]+")


def _whole_lookup(words: str) -> str | None:
    """`_lookup` for a phrase that is a unit and nothing else: every word of it is a unit word (or part of
    one: "metric tons", "man hours"), all naming one unit ("number of participants": both words say count).
    "Number of sites" or "kWh of electricity sold" hold a unit word but are no unit."""
    aliases = vocabulary()["aliases"]
    found = _lookup(words)
    if not found:
        return found
    toks = re.sub(r"\s+", " ", words.strip(" .,;:()[]-")).split()
    got, i = [], 0
    while i < len(toks):
        j = next((j for j in range(len(toks), i, -1) if " ".join(toks[i:j]).strip(".,;:()[]") in aliases), None)
        if j is None:
            return None
        got.append(aliases[" ".join(toks[i:j]).strip(".,;:()[]")])
        i = j
    return found if set(got) == {found} else None


@lru_cache(maxsize=1024)   # (pint's dimensionality of an expression: a few dozen expressions)
def _dimension(expr: str) -> str | None:
    ureg = registry()
    dim = ureg.Unit(expr).dimensionality
    for name, d in _dims().items():
        if d == dim:
            return name
    if len(dim) == 1 and str(next(iter(dim))).startswith("[currency_"):
        return "currency"   # every currency its own base dimension (data/units.yaml definitions)
    return None


def _simple(printed: str, u: str) -> Unit | None:
    co2e = bool(_CO2E.search(u))
    u = _CO2E.sub(" ", u)
    u = _COAL.sub(" tce ", u)
    scale, u = _scale_of(u)
    u = _NOISE.sub(" ", u)
    expr = _lookup(u)
    if expr is None:
        return None
    if expr == "":
        if co2e:  # "Carbon dioxide equivalent" alone: tonnes are the convention
            return None
        return Unit(printed, scale, None, None)
    dim = _dimension(expr)
    if dim is None:
        return None
    if co2e and dim == "mass":
        dim = "ghg"
    currency = expr if dim == "currency" else None
    return Unit(printed, scale, expr, dim, co2e, currency)


def _denominator(printed: str, den: str) -> Unit | None:
    den = _denominator_noise().sub(" ", den)
    return _simple(printed, den)


@lru_cache(maxsize=1)
def _denominator_noise() -> re.Pattern:
    return re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, vocabulary()["denominator_noise"])))


@lru_cache(maxsize=4096)
def parse_unit(printed: str) -> Unit | None:
    """The unit a report printed, understood; None when it is not a unit we know."""
    u = clean(printed)
    if not u or u in ("/", "-"):
        return Unit(printed or "")
    if u.startswith("per "):
        return None   # "per million hours worked": a rate's basis, no amount to convert
    whole = _simple(printed, u)
    if whole is not None and not re.search(r"/| per ", u.replace("person/times", "")):
        return whole
    parts = re.split(r"\s*/\s*|\s+per\s+", u, maxsplit=1)
    if len(parts) != 2 or "/" in parts[1]:
        return whole
    num, den = parts
    paren = re.search(r"\(([^()]+)\)\s*$", den)
    if paren:  # "Carbon dioxide equivalent/kWh (kg)": the bracket names the numerator's unit
        num, den = f"{num} {paren.group(1)}", den[: paren.start()]
    n = _simple(printed, num)
    d = _denominator(printed, den)
    if n is None or d is None or n.expr is None:
        return None
    if d.expr is None:  # "/10,000 yuan" had a currency; "t/ unit" has a count
        d = Unit(printed, d.scale, "each", "count")
    return Unit(printed, n.scale, n.expr, n.dim, n.co2e, n.currency, d)


def dimension(printed: str) -> str | None:
    """'ghg', 'energy', ... of a printed unit (of the numerator for a ratio); None when unknown."""
    p = parse_unit(printed)
    return None if p is None else p.dim


def factor(src: Unit, target_expr: str) -> float:
    """What one printed unit of `src` (numerator only) is in `target_expr`. Raises on a mismatch."""
    return magnitude(src.scale, src.expr, target_expr)


@lru_cache(maxsize=4096, typed=True)
def magnitude(scale: float, expr: str, target_expr: str) -> float:
    """`scale` units of pint expression `expr` in `target_expr` (raises pint's error on a mismatch). Kept:
    a report asks for a few unit pairs hundreds of times, and one pint conversion costs ~50 µs."""
    return registry().Quantity(scale, expr).to(target_expr).magnitude


_MISMATCH = object()


@lru_cache(maxsize=4096, typed=True)
def _magnitude_or_mismatch(scale: float, expr: str, target_expr: str):
    """`magnitude`, or _MISMATCH when the dimensions differ (kept too: checks ask for the same pairs)."""
    try:
        return magnitude(scale, expr, target_expr)
    except pint.errors.DimensionalityError:
        return _MISMATCH


def canonical(dim: str) -> tuple[str, str] | None:
    """(pint expression, label) of a dimension's canonical unit."""
    spec = vocabulary()["canonical"].get(dim)
    return (spec["pint"], spec["label"]) if spec else None


def convert(value: float, src: str, dst: str) -> float | None:
    """`value` printed in unit `src`, expressed in unit `dst` (both as printed); None when they do not convert."""
    a, b = parse_unit(src), parse_unit(dst)
    if a is None or b is None or a.expr is None or b.expr is None or a.is_ratio != b.is_ratio:
        return None
    num = _magnitude_or_mismatch(a.scale, a.expr, b.expr)
    if num is _MISMATCH:
        return None
    out = value * num / b.scale
    if a.is_ratio:
        den = _magnitude_or_mismatch(a.den.scale, a.den.expr, b.den.expr)
        if den is _MISMATCH:
            return None
        out /= den / b.den.scale
    return out


# "x 1.000.000", "× 200,000", "* 10^6"; "per million hours worked"
_MULTIPLIER = re.compile(r"^[x×*]\s*(?:\d[\d.,]*|10\^?\d+)$", re.I)
_PER_HOURS = re.compile(r"^per (?:one )?(?:million|\d[\d.,]*)(?: (?:hours?|man-hours|work(?:ed|ing)? hours))*"
                        r"(?: worked)?$", re.I)


@kept(maxsize=16384)
def rate_formula(text: str) -> bool:
    """A rate's definition printed where a unit stands ("(recordable injuries / hours worked) x 1,000,000",
    "x 1.000.000", "per million hours worked"): how the figure is computed, its unit as printed."""
    text = (text or "").strip()
    if not text:
        return False
    rest = re.sub(r"\([^()]*\)", " ", text).strip()
    if rest and (_MULTIPLIER.match(rest) or _PER_HOURS.match(rest)):
        return True
    # "(fatal injuries/ worked hours)": the whole text is one bracket holding a division of words
    return not rest and "/" in text and bool(re.search(r"[a-z]{3}", text, re.I))


@lru_cache(maxsize=4096)
def known_unit(printed: str) -> bool:
    """Is this printed phrase a unit the vocabulary knows (of a ratio: its numerator), and nothing more? Like
    `parse_unit` without pint (a reader can ask it without loading the unit registry), but strict: a phrase
    that holds one unit word among other words ("Number of sites", "kWh saved") is no unit here."""
    u = clean(printed)
    if not u or u.startswith("per "):
        return False
    u = re.split(r"\s*/\s*|\s+per\s+", u, maxsplit=1)[0]
    u = _COAL.sub(" tce ", _CO2E.sub(" ", u))
    u = _NOISE.sub(" ", _scale_of(u)[1])
    return bool(_whole_lookup(u)) or _NOISE_EDGES.sub("", u) in _ambiguous_signs()


@lru_cache(maxsize=1)
def _ambiguous_signs() -> frozenset[str]:
    """Currency signs that name no one currency (units.yaml `ambiguous_currency_signs`), NFKC as `clean` leaves them."""
    return frozenset(unicodedata.normalize("NFKC", s) for s in vocabulary().get("ambiguous_currency_signs", ()))


_NOISE_EDGES = re.compile(r"^[\s.,;:()\[\]-]+|[\s.,;:()\[\]-]+$")
