"""Check the answer keys of the development set against their texts and the corpus rules.

    python benchmarks/plans/dev/check_keys.py [DIR]

For every ``NN_slug.txt`` with a ``NN_slug.json`` beside it: the text's header lines, the key's
fields and their types, every quote an exact substring of the text (after the header), kinds and
comparators from the corpus vocabulary and consistent with one another, and each value found among
the figures its quote states (万/亿 expanded, % and ‰ as fractions, 亿元 with no figure as 1亿).
Exits non-zero and lists the problems when there are any.
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

HEADER = "source: synthetic: planengine development set"
SOURCE = "synthetic: planengine development set"
KINDS = ("milestone", "ceiling", "range", "relative", "growth-rate", "ratio", "approximate", "count", "amount")
COMPARATORS = (">=", ">", "<=", "approx", "between", "=", None)
FIELDS = ("quote", "metric", "kind", "comparator", "value", "value_high", "unit", "strive", "lead", "support")
LEADING = ("力争", "争取", "争创", "确保")
NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(万|亿)?\s*(%|‰)?")
SCALE = {None: Decimal(1), "万": Decimal(10_000), "亿": Decimal(100_000_000)}
FRACTION = {None: Decimal(1), "%": Decimal("0.01"), "‰": Decimal("0.001")}


def figures(quote: str) -> set[Decimal]:
    """The values the quote can state: each figure with its scale, and 1亿 for a bare 亿元."""
    found = set()
    for m in NUMBER.finditer(quote):
        value = Decimal(m.group(1)) * SCALE[m.group(2)] * FRACTION[m.group(3)]
        found.add(value.normalize())
    if re.search(r"(?<![\d.万])亿元", quote):
        found.add(Decimal(100_000_000).normalize())
    if "零" in quote or "清零" in quote:
        found.add(Decimal(0).normalize())
    return found


def check_target(i: int, t: dict, body: str) -> list[str]:
    problems: list[str] = []
    where = f"target {i} 「{t.get('quote')}」"
    if tuple(t) != FIELDS:
        problems.append(f"{where}: fields {list(t)} are not {list(FIELDS)}")
        return problems
    quote, kind, comparator = t["quote"], t["kind"], t["comparator"]
    value, high, unit = t["value"], t["value_high"], t["unit"]
    if not isinstance(quote, str) or not quote:
        problems.append(f"{where}: empty quote")
        return problems
    if quote not in body:
        problems.append(f"{where}: quote is not an exact substring of the text")
    if quote.startswith(LEADING) or re.match(r"到20\d\d年", quote):
        problems.append(f"{where}: quote starts with 力争/争取/争创/确保 or 到20XX年")
    if quote != quote.strip() or quote.endswith(("，", "。", "；", ",", ";")):
        problems.append(f"{where}: quote has surrounding space or punctuation")
    if not isinstance(t["metric"], str) or not t["metric"]:
        problems.append(f"{where}: metric missing")
    if kind not in KINDS:
        problems.append(f"{where}: kind {kind!r} unknown")
    if comparator not in COMPARATORS:
        problems.append(f"{where}: comparator {comparator!r} unknown")
    for name, v in (("value", value), ("value_high", high)):
        if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float))):
            problems.append(f"{where}: {name} {v!r} is not a plain number")
    if unit is not None and (not isinstance(unit, str) or not unit):
        problems.append(f"{where}: unit must be a non-empty string or null")
    if not isinstance(t["strive"], bool):
        problems.append(f"{where}: strive must be true or false")
    for name in ("lead", "support"):
        units = t[name]
        if not isinstance(units, list) or not all(isinstance(u, str) and u for u in units):
            problems.append(f"{where}: {name} must be a list of unit names")
            continue
        if any("*" in u or u != u.strip() or u in ("", "、") for u in units):
            problems.append(f"{where}: {name} has a marker or stray space: {units}")
        if len(set(units)) != len(units):
            problems.append(f"{where}: {name} repeats a unit")
    if isinstance(t["lead"], list) and isinstance(t["support"], list) and set(t["lead"]) & set(t["support"]):
        problems.append(f"{where}: a unit is both lead and support")
    if t["support"] and not t["lead"]:
        problems.append(f"{where}: support units without a lead")
    # kinds and comparators that go together
    if kind == "milestone":
        if (comparator is None) != (value is None):
            problems.append(f"{where}: a milestone has a comparator exactly when it has a value")
        if value is None and unit is not None:
            problems.append(f"{where}: a milestone without a figure has no unit")
    elif kind == "relative":
        if value is not None:
            problems.append(f"{where}: a relative target has value null")
        if comparator is None:
            problems.append(f"{where}: a relative target needs a comparator")
    else:
        if value is None:
            problems.append(f"{where}: a {kind} target needs a value")
        if comparator is None:
            problems.append(f"{where}: a {kind} target needs a comparator")
    if kind == "ceiling" and comparator not in ("<=", "<"):
        problems.append(f"{where}: a ceiling compares with <=")
    if kind == "range" and (comparator != "between" or high is None):
        problems.append(f"{where}: a range is between value and value_high")
    if kind != "range" and (high is not None or comparator == "between"):
        problems.append(f"{where}: only a range has value_high / between")
    if kind == "approximate" and comparator != "approx":
        problems.append(f"{where}: an approximate target compares approx")
    if comparator in ("<=", "<") and kind not in ("ceiling", "milestone"):
        problems.append(f"{where}: a <= target is a ceiling (or a dated milestone)")
    if kind in ("ratio", "growth-rate") and unit == "%" and value is not None and not 0 <= value <= 2:
        problems.append(f"{where}: a % value should be a fraction, got {value}")
    if kind == "growth-rate" and unit != "%":
        problems.append(f"{where}: a growth rate is in %")
    # the value is one of the figures the quote states
    if value is not None and not isinstance(value, bool) and isinstance(value, (int, float)):
        wanted = Decimal(str(value)).normalize()
        if wanted not in figures(quote):
            problems.append(
                f"{where}: value {value} is not a figure of the quote {sorted(format(f, 'f') for f in figures(quote))}"
            )
    return problems


def check_pair(text_path: Path, key_path: Path) -> list[str]:
    problems: list[str] = []
    lines = text_path.read_text(encoding="utf-8").split("\n")
    if lines[0] != HEADER or len(lines) < 3 or lines[1] != "":
        problems.append("text must start with the source line and a blank line")
    body = "\n".join(lines[2:])
    data = json.loads(key_path.read_text(encoding="utf-8"))
    if set(data) != {"source", "targets"} or data["source"] != SOURCE:
        problems.append("key must be {source, targets} with the synthetic source")
    seen = set()
    for i, t in enumerate(data.get("targets", [])):
        problems += check_target(i, t, body)
        ident = (t.get("quote"), t.get("kind"), t.get("comparator"), t.get("value"))
        if ident in seen:
            problems.append(f"target {i} 「{t.get('quote')}」: duplicate of an earlier target")
        seen.add(ident)
    return [f"{text_path.name}: {p}" for p in problems]


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    problems: list[str] = []
    total = 0
    texts = sorted(folder.glob("*.txt"))
    for text_path in texts:
        key_path = text_path.with_suffix(".json")
        if not key_path.exists():
            problems.append(f"{text_path.name}: no key beside it")
            continue
        problems += check_pair(text_path, key_path)
        n = len(json.loads(key_path.read_text(encoding="utf-8"))["targets"])
        total += n
        print(f"{text_path.stem}: {n} targets")
    for key_path in sorted(folder.glob("*.json")):
        if not key_path.with_suffix(".txt").exists():
            problems.append(f"{key_path.name}: no text beside it")
    print(f"{len(texts)} texts, {total} targets")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
