"""How well ``planengine draft`` finds the targets of real plans: precision and recall.

    python benchmarks/bench_draft.py [--verbose] [--corpus DIR] [--json]

The corpus (``../shared/corpus`` from the repository root) holds plan texts, each with an
answer key of its targets (see its README). The drafter runs on each text; every drafted
target is mapped onto the corpus kinds (milestone, ceiling, range, relative, growth-rate,
ratio, approximate, count, amount) with its comparator and its value in base units. A key
target is *found* when a drafted target's quote contains the key's quote or lies inside
it, and kind, comparator and value (and the upper bound of a range) match; each drafted
target finds at most one key target. A bare number (comparator ``=``) matches ``>=``.

The seed plan is measured the same way against its hand-written spec
(``specs/yueyanglou-sti.toml``), whose targets are mapped onto the same kinds.

Precision = found / drafted, recall = found / key targets, per document and overall (the
sums over all documents). More columns, over the found targets: how often the drafter's
strive flag, and its lead and supporting units, agree with the key's; and lead-unit
precision (lead units drafted that the key names) and recall (lead units the key names that
were drafted), counted unit by unit.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from planengine.draft import draft_spec
from planengine.draft.kinds import Described as Item
from planengine.draft.kinds import describe_draft, describe_spec_target, pair
from planengine.spec import SpecErrors, structure_spec

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SEEDS = ROOT.parent / "shared" / "seeds"
SEED_SPEC = ROOT / "specs" / "yueyanglou-sti.toml"


@dataclass
class Score:
    name: str
    keys: int = 0
    drafted: int = 0
    found: int = 0
    strive_agree: int = 0
    lead_agree: int = 0
    valid: bool = True
    seconds: float = 0.0
    #: Lead units over the found targets: named by both, by the drafter, by the key.
    leads_right: int = 0
    leads_drafted: int = 0
    leads_keyed: int = 0
    missed: list[Item] = field(default_factory=list)
    extra: list[Item] = field(default_factory=list)
    #: Found targets whose lead or supporting units differ: (the key's, the draft's).
    units_differ: list[tuple[Item, Item]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.found / self.drafted if self.drafted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.keys if self.keys else 1.0

    @property
    def lead_precision(self) -> float:
        return self.leads_right / self.leads_drafted if self.leads_drafted else 1.0

    @property
    def lead_recall(self) -> float:
        return self.leads_right / self.leads_keyed if self.leads_keyed else 1.0


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def keys_from_json(path: Path) -> list[Item]:
    """The answer key of a corpus text."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Item(
            quote=t["quote"],
            kind=t["kind"],
            comparator=t["comparator"],
            value=_decimal(t["value"]),
            value_high=_decimal(t.get("value_high")),
            strive=bool(t.get("strive")),
            lead=tuple(t.get("lead") or ()),
            support=tuple(t.get("support") or ()),
            label=t.get("metric", ""),
        )
        for t in data["targets"]
    ]


def keys_from_spec(path: Path) -> list[Item]:
    """The targets of a hand-written spec, mapped onto the corpus kinds."""
    spec = tomllib.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    return [describe_spec_target(t, spec) for t in spec["targets"]]


def score(name: str, text: str, keys: list[Item], *, year: int | None = None) -> Score:
    started = time.perf_counter()
    result = draft_spec(text, plan_id=name, year=year)
    seconds = time.perf_counter() - started
    drafted = [describe_draft(t) for t in result.targets]
    pairs = pair(keys, drafted)
    result_score = Score(name, len(keys), len(drafted), len(pairs), seconds=seconds)
    for i, j in pairs:
        result_score.strive_agree += keys[i].strive == drafted[j].strive
        agree = (keys[i].lead, keys[i].support) == (drafted[j].lead, drafted[j].support)
        result_score.lead_agree += agree
        if not agree:
            result_score.units_differ.append((keys[i], drafted[j]))
        result_score.leads_right += len(set(keys[i].lead) & set(drafted[j].lead))
        result_score.leads_drafted += len(set(drafted[j].lead))
        result_score.leads_keyed += len(set(keys[i].lead))
    found_keys = {i for i, _ in pairs}
    found_drafts = {j for _, j in pairs}
    result_score.missed = [k for i, k in enumerate(keys) if i not in found_keys]
    result_score.extra = [d for j, d in enumerate(drafted) if j not in found_drafts]
    try:
        structure_spec(result.spec)
    except SpecErrors:
        result_score.valid = False
    return result_score


def _row(s: Score) -> str:
    agree = f"{s.strive_agree}/{s.found}" if s.found else "-"
    lead = f"{s.lead_agree}/{s.found}" if s.found else "-"
    return (
        f"| {s.name} | {s.keys} | {s.drafted} | {s.found} | {s.precision:.2f} | {s.recall:.2f} | "
        f"{agree} | {lead} | {s.lead_precision:.2f} | {s.lead_recall:.2f} | {'yes' if s.valid else 'NO'} |"
    )


def _units(target: Item) -> str:
    """Lead and supporting units, each name in brackets, since a name may hold 、."""
    return f"{''.join(f'[{u}]' for u in target.lead)} / {''.join(f'[{u}]' for u in target.support)}"


def _describe(item: Item) -> str:
    value = "" if item.value is None else f" {item.value}"
    high = "" if item.value_high is None else f"-{item.value_high}"
    return f"{item.kind} {item.comparator}{value}{high}  「{item.quote}」"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="list the missed and the extra targets, and units that differ"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    corpus: Path = args.corpus
    if not corpus.is_dir():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2
    scores = []
    for text_path in sorted(corpus.glob("*.txt")):
        key_path = text_path.with_suffix(".json")
        if not key_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        scores.append(score(text_path.stem, text, keys_from_json(key_path)))
    total = Score(
        "**overall**",
        sum(s.keys for s in scores),
        sum(s.drafted for s in scores),
        sum(s.found for s in scores),
        sum(s.strive_agree for s in scores),
        sum(s.lead_agree for s in scores),
        all(s.valid for s in scores),
        sum(s.seconds for s in scores),
        leads_right=sum(s.leads_right for s in scores),
        leads_drafted=sum(s.leads_drafted for s in scores),
        leads_keyed=sum(s.leads_keyed for s in scores),
    )
    seeds = sorted(SEEDS.glob("*.txt"))
    seed = None
    if seeds and SEED_SPEC.exists():
        seed = score(
            "seed: yueyanglou-sti (vs specs/yueyanglou-sti.toml)",
            seeds[0].read_text(encoding="utf-8"),
            keys_from_spec(SEED_SPEC),
            year=2026,
        )
    if args.json:
        rows = [*scores, total] + ([seed] if seed else [])
        print(
            json.dumps(
                [
                    {
                        "name": s.name,
                        "keys": s.keys,
                        "drafted": s.drafted,
                        "found": s.found,
                        "precision": round(s.precision, 4),
                        "recall": round(s.recall, 4),
                        "lead_precision": round(s.lead_precision, 4),
                        "lead_recall": round(s.lead_recall, 4),
                        "valid": s.valid,
                    }
                    for s in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(
        "| document | key targets | drafted | found | precision | recall | strive agrees | units agree "
        "| lead precision | lead recall | spec valid |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for s in scores:
        print(_row(s))
    print(_row(total))
    if seed is not None:
        print(_row(seed))
    print(f"\ndrafting time: {total.seconds * 1000:.0f} ms for {len(scores)} corpus texts")
    if args.verbose:
        for s in [*scores] + ([seed] if seed else []):
            if s.missed or s.extra or s.units_differ:
                print(f"\n## {s.name}")
                for item in s.missed:
                    print(f"  missed: {_describe(item)}")
                for item in s.extra:
                    print(f"  extra:  {_describe(item)}  [{item.label}]")
                for key, drafted in s.units_differ:
                    print(f"  units:  「{key.quote}」 key {_units(key)}; drafted {_units(drafted)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
