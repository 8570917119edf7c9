"""Check the held-out set 2 answer keys against their texts.

    python benchmarks/plans/heldout2/check_keys.py

For every ``NN_slug.txt`` there must be a ``NN_slug.json``; line 1 of the text is
``source: ...`` (the same string as the key's ``source``) and line 2 is blank. Every
target must have exactly the key fields, a valid kind and comparator, values of the
right shape for its kind, and a quote that is an exact substring of the text (after
the two header lines). Lead and supporting units must appear in the text as written,
with any ``*`` lead marker stripped. Exits non-zero and lists every problem found.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

FIELDS = {
    "quote", "metric", "kind", "comparator", "value", "value_high",
    "unit", "strive", "lead", "support",
}
KINDS = (
    "milestone", "ceiling", "range", "relative", "growth-rate",
    "ratio", "approximate", "count", "amount",
)
COMPARATORS = {">=", ">", "<=", "approx", "between", "=", None}
LEADING_WORDS = ("力争", "争取", "确保")


def is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_target(name: str, index: int, target: dict, body: str) -> list[str]:
    where = f"{name}#{index} {target.get('quote')!r}"
    problems: list[str] = []
    keys = set(target)
    if keys != FIELDS:
        problems.append(f"{where}: fields {sorted(keys ^ FIELDS)} missing or extra")
        return problems
    quote = target["quote"]
    if not isinstance(quote, str) or not quote:
        problems.append(f"{where}: empty quote")
        return problems
    if quote not in body:
        problems.append(f"{where}: quote is not an exact substring of the text")
    if quote.startswith(LEADING_WORDS) or quote.startswith("到20"):
        problems.append(f"{where}: quote keeps a leading 力争/争取/确保/到20XX年")
    if quote != quote.strip():
        problems.append(f"{where}: quote has surrounding whitespace")
    if not isinstance(target["metric"], str) or not target["metric"]:
        problems.append(f"{where}: metric must be a non-empty string")
    kind, comparator = target["kind"], target["comparator"]
    value, high = target["value"], target["value_high"]
    if kind not in KINDS:
        problems.append(f"{where}: unknown kind {kind!r}")
    if comparator not in COMPARATORS:
        problems.append(f"{where}: unknown comparator {comparator!r}")
    if not isinstance(target["strive"], bool):
        problems.append(f"{where}: strive must be true or false")
    # Shape of comparator and values by kind.
    if kind == "milestone":
        if (comparator is None) != (value is None):
            problems.append(f"{where}: milestone needs both comparator and value, or neither")
        if comparator is None and target["unit"] is not None:
            problems.append(f"{where}: milestone without a number has a unit")
    elif kind == "relative":
        if value is not None:
            problems.append(f"{where}: relative target must have value null")
        if comparator is None:
            problems.append(f"{where}: relative target needs a comparator")
    else:
        if comparator is None:
            problems.append(f"{where}: {kind} needs a comparator")
        if not is_number(value):
            problems.append(f"{where}: {kind} needs a numeric value")
    if kind == "range":
        if comparator != "between" or not is_number(high) or not is_number(value) or high <= value:
            problems.append(f"{where}: range needs comparator between and value < value_high")
    elif high is not None:
        problems.append(f"{where}: value_high only for ranges")
    if comparator == "between" and kind != "range":
        problems.append(f"{where}: between only for ranges")
    if comparator == "approx" and "左右" not in quote:
        problems.append(f"{where}: approx comparator but no 左右 in the quote")
    if kind == "approximate" and comparator != "approx":
        problems.append(f"{where}: approximate kind needs comparator approx")
    if kind == "ceiling" and comparator not in ("<=", "=", None):
        problems.append(f"{where}: ceiling with comparator {comparator!r}")
    if kind == "growth-rate" and target["unit"] != "%":
        problems.append(f"{where}: growth-rate unit should be %")
    if target["unit"] == "%" and is_number(value) and not 0 <= value <= 5:
        problems.append(f"{where}: percentage not written as a fraction ({value})")
    if "%" in quote and kind in ("ratio", "growth-rate") and target["unit"] != "%":
        if "人" not in str(target["unit"]):
            problems.append(f"{where}: share in % should have unit %")
    # Units.
    for role in ("lead", "support"):
        units = target[role]
        if not isinstance(units, list) or not all(isinstance(u, str) and u for u in units):
            problems.append(f"{where}: {role} must be a list of non-empty strings")
            continue
        for unit in units:
            if unit.startswith("*"):
                problems.append(f"{where}: {role} unit {unit!r} keeps the * marker")
            if unit not in body:
                problems.append(f"{where}: {role} unit {unit!r} not in the text")
        if len(set(units)) != len(units):
            problems.append(f"{where}: {role} repeats a unit")
    if set(target["lead"]) & set(target["support"]):
        problems.append(f"{where}: a unit is both lead and support")
    return problems


def check_pair(text_path: Path) -> tuple[list[str], int]:
    name = text_path.stem
    key_path = text_path.with_suffix(".json")
    if not key_path.exists():
        return [f"{name}: no answer key"], 0
    lines = text_path.read_text(encoding="utf-8").split("\n")
    problems: list[str] = []
    if not lines[0].startswith("source: "):
        problems.append(f"{name}: line 1 is not 'source: ...'")
    if len(lines) < 3 or lines[1] != "":
        problems.append(f"{name}: line 2 is not blank")
    source = lines[0][len("source: "):]
    body = "\n".join(lines[2:])
    key = json.loads(key_path.read_text(encoding="utf-8"))
    if set(key) != {"source", "targets"}:
        problems.append(f"{name}: key must have exactly source and targets")
    if key.get("source") != source:
        problems.append(f"{name}: key source differs from line 1 of the text")
    targets = key.get("targets", [])
    if not targets:
        problems.append(f"{name}: no targets")
    for index, target in enumerate(targets):
        problems.extend(check_target(name, index, target, body))
    return problems, len(targets)


def main() -> int:
    texts = sorted(HERE.glob("*.txt"))
    problems: list[str] = []
    total = 0
    for text_path in texts:
        found, count = check_pair(text_path)
        problems.extend(found)
        total += count
        print(f"{text_path.stem}: {count} targets")
    for key_path in sorted(HERE.glob("*.json")):
        if not key_path.with_suffix(".txt").exists():
            problems.append(f"{key_path.stem}: key without a text")
    print(f"{len(texts)} texts, {total} targets")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
