"""Check the answer keys of a plan set against their texts and the corpus key rules.

    python benchmarks/plans/check_keys.py [DIR ...]
    python benchmarks/plans/check_keys.py --texts benchmarks/plans benchmarks/agreement/*/

With no argument it checks ``heldout/`` next to this file. For every ``NN_slug.txt`` there
must be an ``NN_slug.json`` (and the other way round). The text's line 1 is
``source: <URL or "synthetic: ...">`` and line 2 is blank; the key's ``source`` is the same.
Every target has exactly the corpus fields, a known kind and comparator, values that fit
the kind (none with a binary floating-point remainder, 110000000.00000001 for 1.1亿), and a quote that is an
exact substring of the text (after line 2). Lead and
supporting units must appear in the text (line breaks ignored, since a wrapped table cell
splits a name) and carry no ``*`` marker. Problems are printed and the exit status is 1;
warnings (a quote found more than once, a leading 力争/确保) do not fail the check. With
``--texts PLANS``, each DIR holds keys only (a second keyer's, see ``bench_key_agreement.py``)
and their texts are in ``PLANS/<DIR's name>/``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

FIELDS = ["quote", "metric", "kind", "comparator", "value", "value_high", "unit", "strive", "lead", "support"]
KINDS = ("milestone", "ceiling", "range", "relative", "growth-rate", "ratio", "approximate", "count", "amount")
COMPARATORS = (">=", ">", "<=", "approx", "between", "=", None)
LEADING = ("力争", "争取", "确保", "争创")


def _number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _noisy(v: float) -> bool:
    """Whether a float is a short decimal plus binary noise (110000000.00000001, 0.5700000000000001), not a value
    of its own (1/3 as 0.3333333333333333): at 15 significant digits it is a shorter number, and not the same one."""
    short = f"{v:.15g}"
    return float(short) != v and len(short.replace(".", "").replace("-", "").strip("0")) <= 12


def check_target(i: int, tg: dict, body: str, flat: str) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    where = f"targets[{i}]"
    if list(tg) != FIELDS:
        errors.append(f"{where}: fields {list(tg)} are not {FIELDS}")
        return errors, warnings
    quote, kind, cmp, value, high = tg["quote"], tg["kind"], tg["comparator"], tg["value"], tg["value_high"]
    if not isinstance(quote, str) or not quote:
        errors.append(f"{where}: empty quote")
        return errors, warnings
    n = body.count(quote)
    if n == 0:
        errors.append(f"{where}: quote not in text: {quote!r}")
    elif n > 1:
        warnings.append(f"{where}: quote occurs {n} times: {quote!r}")
    if quote.startswith(LEADING) or re.match(r"到20\d\d年", quote):
        warnings.append(f"{where}: quote starts with a word the README leaves out: {quote!r}")
    if not isinstance(tg["metric"], str) or not tg["metric"]:
        errors.append(f"{where}: empty metric")
    if kind not in KINDS:
        errors.append(f"{where}: unknown kind {kind!r}")
    if cmp not in COMPARATORS:
        errors.append(f"{where}: unknown comparator {cmp!r}")
    for name in ("value", "value_high"):
        v = tg[name]
        if v is not None and not _number(v):
            errors.append(f"{where}: {name} {v!r} is not a plain number")
        elif isinstance(v, float) and _noisy(v):
            # (1.1亿 worked out in binary floating point: 110000000.00000001, a number no text states)
            errors.append(f"{where}: {name} {v!r} carries floating-point noise; write {float(f'{v:.15g}')!r}")
    if kind == "milestone":
        if cmp is None and (value is not None or tg["unit"] is not None):
            errors.append(f"{where}: a milestone without comparator has a value or unit")
        if cmp is not None and value is None:
            errors.append(f"{where}: a counted milestone needs a value")
    else:
        if cmp is None:
            errors.append(f"{where}: only a milestone may have no comparator")
    if kind == "range":
        if cmp != "between" or value is None or high is None or not value < high:
            errors.append(f"{where}: a range needs comparator between and value < value_high")
    elif high is not None or cmp == "between":
        errors.append(f"{where}: value_high / between only for a range")
    if kind == "relative" and value is not None:
        warnings.append(f"{where}: relative target with a value ({value})")
    if kind in ("ratio", "growth-rate", "approximate", "count", "amount", "ceiling") and value is None:
        errors.append(f"{where}: {kind} needs a value")
    if kind == "approximate" and cmp != "approx":
        errors.append(f"{where}: approximate needs comparator approx")
    if kind == "ceiling" and cmp not in ("<=", "<"):
        errors.append(f"{where}: a ceiling needs comparator <=")
    if cmp in ("<=",) and kind != "ceiling":
        errors.append(f"{where}: comparator <= outside a ceiling")
    if tg["unit"] == "%" and _number(value) and value > 1.5:
        errors.append(f"{where}: % value {value} looks unconverted")
    if not isinstance(tg["strive"], bool):
        errors.append(f"{where}: strive is not a bool")
    for name in ("lead", "support"):
        units = tg[name]
        if not isinstance(units, list) or not all(isinstance(u, str) and u for u in units):
            errors.append(f"{where}: {name} is not a list of names")
            continue
        for u in units:
            if "*" in u:
                errors.append(f"{where}: {name} {u!r} keeps a * marker")
            if u not in flat:
                errors.append(f"{where}: {name} {u!r} not in text")
    if set(tg["lead"]) & set(tg["support"]):
        errors.append(f"{where}: a unit is both lead and support")
    return errors, warnings


def check_dir(directory: Path, texts_dir: Path | None = None) -> tuple[int, int, int]:
    """Check the keys in ``directory`` against the texts beside them, or in ``texts_dir`` (a second
    key of a set, kept apart from its texts): there, only the texts keyed are checked."""
    keys = sorted(directory.glob("*.json"))
    if texts_dir is None:
        texts = sorted(directory.glob("*.txt"))
    else:
        texts = [texts_dir / f"{k.stem}.txt" for k in keys if (texts_dir / f"{k.stem}.txt").exists()]
    n_errors = n_targets = 0
    for stray in sorted({k.stem for k in keys} - {t.stem for t in texts}):
        print(f"{directory.name}/{stray}.json: no text")
        n_errors += 1
    for text_path in texts:
        name = f"{directory.name}/{text_path.name}"
        key_path = directory / f"{text_path.stem}.json"
        if not key_path.exists():
            print(f"{name}: no key")
            n_errors += 1
            continue
        lines = text_path.read_text(encoding="utf-8").split("\n")
        errors: list[str] = []
        warnings: list[str] = []
        if not lines[0].startswith("source: ") or len(lines) < 3 or lines[1] != "":
            errors.append("line 1 must be 'source: ...' and line 2 blank")
        source = lines[0].removeprefix("source: ")
        body = "\n".join(lines[2:])
        flat = re.sub(r"\s+", "", body)
        key = json.loads(key_path.read_text(encoding="utf-8"))
        if list(key) != ["source", "targets"]:
            errors.append(f"key fields {list(key)} are not ['source', 'targets']")
        if key.get("source") != source:
            errors.append(f"key source {key.get('source')!r} differs from line 1 {source!r}")
        targets = key.get("targets", [])
        for i, tg in enumerate(targets):
            e, w = check_target(i, tg, body, flat)
            errors += e
            warnings += w
        seen = {}
        for i, tg in enumerate(targets):
            ident = (tg.get("quote"), tg.get("kind"), tg.get("comparator"), tg.get("value"), tg.get("value_high"))
            if ident in seen:
                errors.append(f"targets[{i}]: same as targets[{seen[ident]}]")
            seen[ident] = i
        n_targets += len(targets)
        status = "ok" if not errors else f"{len(errors)} problem(s)"
        print(f"{name}: {len(targets)} targets, {status}")
        for e in errors:
            print(f"  ERROR {e}")
        for w in warnings:
            print(f"  warn  {w}")
        n_errors += len(errors)
    return len(texts), n_targets, n_errors


def main(argv: list[str]) -> int:
    texts_root = None
    if argv[:1] == ["--texts"]:  # --texts PLANS DIR...: the texts of DIR's keys are in PLANS/<DIR's name>
        texts_root, argv = Path(argv[1]), argv[2:]
    dirs = [Path(a) for a in argv] or [Path(__file__).resolve().parent / "heldout"]
    total_errors = 0
    for d in dirs:
        docs, targets, errors = check_dir(d, texts_root / d.name if texts_root else None)
        print(f"{d}: {docs} documents, {targets} targets, {errors} problem(s)")
        total_errors += errors
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
