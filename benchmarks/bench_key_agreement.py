"""How far two independent keyers agree, and where the drafter stands between them.

    python benchmarks/bench_key_agreement.py [--verbose] [SET ...]

Some held-out sets were keyed twice: the first key beside each text in
``benchmarks/plans/<set>/``, a second one written later by another keyer who saw only the
texts and the corpus rule book (not the first key, nor its judgement notes), in
``benchmarks/agreement/<set>/``. With no argument every set that has a second key is read.

Targets are matched exactly as ``bench_draft.py`` matches a drafted target to a key target
(quotes nest; kind, comparator and values agree), so the keyers' F1 is the ceiling that
the drafter's F1 against one key can be read against. Printed per set and overall:

- **keyers**: F1 of the second key against the first, and how often the two give a matched
  target the same lead and supporting units;
- **drafter vs first / vs second**: the drafter's F1 and units agreement against each key;
- **agreed recall**: the share of the targets both keyers keyed that the drafter finds;
- **either precision**: the share of drafted targets that at least one keyer keyed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench_draft import keys_from_json

from planengine.draft import draft_spec
from planengine.draft.kinds import Described, describe_draft, pair

ROOT = Path(__file__).resolve().parent
PLANS = ROOT / "plans"
SECOND = ROOT / "agreement"


@dataclass
class Tally:
    """Counts summed over documents; each ratio is formed only at the end."""

    first: int = 0
    second: int = 0
    drafted: int = 0
    keyers_matched: int = 0
    keyers_units: int = 0
    found_first: int = 0
    units_first: int = 0
    found_second: int = 0
    units_second: int = 0
    agreed: int = 0
    agreed_found: int = 0
    drafted_either: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _units(a: Described, b: Described) -> bool:
    return (a.lead, a.support) == (b.lead, b.support)


def _f1(matched: int, a: int, b: int) -> str:
    return f"{2 * matched / (a + b):.3f}" if a + b else "-"


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.0%})" if whole else "-"


def compare(text: str, first: list[Described], second: list[Described], name: str) -> Tally:
    """The tally of one document keyed twice."""
    drafted = [describe_draft(t) for t in draft_spec(text, plan_id=name).targets]
    tally = Tally(first=len(first), second=len(second), drafted=len(drafted))
    keyers = pair(first, second)
    tally.keyers_matched = len(keyers)
    tally.keyers_units = sum(_units(first[i], second[j]) for i, j in keyers)
    with_first = pair(first, drafted)
    tally.found_first = len(with_first)
    tally.units_first = sum(_units(first[i], drafted[j]) for i, j in with_first)
    with_second = pair(second, drafted)
    tally.found_second = len(with_second)
    tally.units_second = sum(_units(second[i], drafted[j]) for i, j in with_second)
    agreed = [first[i] for i, _ in keyers]
    tally.agreed = len(agreed)
    tally.agreed_found = len(pair(agreed, drafted))
    keyed = {j for _, j in with_first} | {j for _, j in with_second}
    tally.drafted_either = len(keyed)
    return tally


def _row(name: str, t: Tally) -> str:
    return (
        f"| {name} | {t.first} | {t.second} | {t.drafted} | {_f1(t.keyers_matched, t.first, t.second)} "
        f"| {_share(t.keyers_units, t.keyers_matched)} | {_f1(t.found_first, t.first, t.drafted)} "
        f"| {_share(t.units_first, t.found_first)} | {_f1(t.found_second, t.second, t.drafted)} "
        f"| {_share(t.units_second, t.found_second)} | {_share(t.agreed_found, t.agreed)} "
        f"| {_share(t.drafted_either, t.drafted)} |"
    )


def _differences(first: list[Described], second: list[Described]) -> list[str]:
    keyers = pair(first, second)
    only_first = sorted(set(range(len(first))) - {i for i, _ in keyers})
    only_second = sorted(set(range(len(second))) - {j for _, j in keyers})
    lines = [
        f"  first only:  {first[i].kind} {first[i].comparator} {first[i].value} 「{first[i].quote}」"
        for i in only_first
    ]
    lines += [
        f"  second only: {second[j].kind} {second[j].comparator} {second[j].value} 「{second[j].quote}」"
        for j in only_second
    ]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", help="set names, e.g. heldout197 (default: every set keyed twice)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list the targets only one keyer keyed")
    args = parser.parse_args(argv)
    names = args.sets
    if not names and SECOND.is_dir():
        names = sorted(p.name for p in SECOND.iterdir() if p.is_dir())
    if not names:
        print(f"no second keys under {SECOND}", file=sys.stderr)
        return 2
    print(
        "| set | first keys | second keys | drafted | keyers F1 | keyers' units agree | drafter F1 vs first "
        "| units agree | drafter F1 vs second | units agree | agreed recall | either precision |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    overall = Tally()
    notes: list[str] = []
    for name in names:
        second_dir = SECOND / name
        if not second_dir.is_dir():
            print(f"no second key for {name} in {second_dir}", file=sys.stderr)
            return 2
        per_set = Tally()
        for second_path in sorted(second_dir.glob("*.json")):
            text_path = PLANS / name / second_path.with_suffix(".txt").name
            first_path = text_path.with_suffix(".json")
            if not (text_path.exists() and first_path.exists()):
                print(f"{second_path}: no text or first key at {text_path}", file=sys.stderr)
                return 2
            first, second = keys_from_json(first_path), keys_from_json(second_path)
            per_set.add(compare(text_path.read_text(encoding="utf-8"), first, second, text_path.stem))
            differences = _differences(first, second) if args.verbose else []
            if differences:
                notes += [f"\n## {name}/{text_path.stem}", *differences]
        print(_row(name, per_set))
        overall.add(per_set)
    print(_row("**overall**", overall))
    if notes:
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
