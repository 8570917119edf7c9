"""Benchmark: a province's portfolio judged in one process and on a pool of worker processes.

Run from the repository root::

    python benchmarks/bench_portfolio.py                 # 122 districts x the seed plan
    python benchmarks/bench_portfolio.py --plans 1220    # 10 plans x 122 districts
    python benchmarks/bench_portfolio.py --quick         # a few seconds (CI)

What is measured
----------------
The workload is a province's: ``--entities`` reporting entities (122 by default, the
number of county-level divisions of Hunan) each carry out the seed plan
(specs/yueyanglou-sti.toml), and ``--plans`` (plan, entity) pairs are judged, so 1220
pairs are 10 variants of the seed plan (own ids and titles) for each of the 122. Every
tenth entity has a target of its own (a higher 科技型中小企业入库数), so those are compiled
apart. Each entity's figures are those of examples/dekads/ (the previous year's and every
dekad of the plan year), scaled by a factor of its own per metric, deterministically from
``--seed``; all of them are held in memory (an :class:`~planengine.portfolio.InMemoryFigures`).
Every pair is judged at the end of June of the plan year.

* one process: ``evaluate_portfolio(plans, as_of, figures=figures)``;
* a pool: the same with ``executor=ProcessPoolExecutor(--workers)``, 2 by default, after
  one untimed call that starts the workers and compiles the plans in them.

Both are timed several times (the best is reported) after checking that the two portfolios
are equal, result by result. A target is one target of one plan judged for one entity.
In one process the results' explanations stay unwritten until read; results from a worker
arrive with them written (the functions that write them cannot cross processes), and each
worker is sent its entities' figures, so the pool does more work per target than one
process: on two cores it cannot be twice as fast. Figures read by each worker from a
ledger are not sent at all: the second measure reads every entity's figures from an SQLite
ledger (:class:`~planengine.portfolio.LedgerFigures`, each worker reading its own) and writes
every result as JSON, as a service publishing the portfolio would, in one process and on the
pool alike.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import platform
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import attrs

import planengine
from planengine import Observation, Plan, Quantity
from planengine.ledger import Ledger
from planengine.model import Entity
from planengine.portfolio import DEFAULT_CHUNK, InMemoryFigures, LedgerFigures, Portfolio, evaluate_portfolio

ROOT = Path(__file__).resolve().parent.parent
SEED_SPEC = ROOT / "specs" / "yueyanglou-sti.toml"
DEKADS = ROOT / "examples" / "dekads"
#: The entity's own target: every tenth entity registers more SMEs than the plan asks.
OWN_TARGET = "goal.sme-registered"

# --------------------------------------------------------------------------------------
# Workload
# --------------------------------------------------------------------------------------


def entities(count: int) -> tuple[Entity, ...]:
    """``count`` districts with made-up division codes and names (no own targets yet)."""
    return tuple(Entity(f"43{index:04d}", f"第{index:03d}区", code=f"43{index:04d}") for index in range(1, count + 1))


def base_figures() -> list[Observation]:
    """The example dekad reports of one district: the previous year and every dekad of the plan year.

    A figure corrected in a later report appears twice in the files; the ledger keeps the
    correction, and so does this (the later file's figure), so no date holds two amounts.
    """
    latest: dict[tuple[str, dt.date, object], Observation] = {}
    for path in sorted(DEKADS.glob("*.csv")):
        read = planengine.read_observations(path)
        assert not read.problems, read.problems
        for obs in read.observations:
            latest[(obs.metric, obs.date, obs.measure)] = obs
    return list(latest.values())


def province_figures(base: Sequence[Observation], districts: Sequence[Entity], seed: int) -> list[Observation]:
    """Each district's figures: the base scaled by a factor per metric (0.70 to 1.35), deterministically.

    Counts stay whole and stages are not scaled; year-on-year rates are shifted instead.
    """
    out: list[Observation] = []
    metrics = sorted({obs.metric for obs in base})
    for district in districts:
        rng = random.Random(f"{seed}:{district.id}")
        factor = {m: Decimal(rng.randint(70, 135)) / 100 for m in metrics}
        for obs in base:
            q = obs.quantity
            if q.unit.dimension == "stage":
                magnitude = q.magnitude
            elif obs.measure is planengine.Measure.YOY:
                magnitude = q.magnitude + Decimal(rng.randint(-30, 30)) / 10
            else:
                magnitude = (q.magnitude * factor[obs.metric]).quantize(Decimal(1), ROUND_HALF_UP)
            out.append(attrs.evolve(obs, quantity=Quantity(magnitude, q.unit), entity=district.id))
    return out


def province_plans(seed_plan: Plan, districts: Sequence[Entity], pairs: int) -> list[Plan]:
    """Enough variants of the seed plan (own id and title) carried out by ``districts`` for ``pairs`` pairs."""
    own = seed_plan.targets[[t.id for t in seed_plan.targets].index(OWN_TARGET)]
    raised = attrs.evolve(own.params, value=Quantity(own.params.value.magnitude + 10, own.params.value.unit))
    carried = tuple(
        attrs.evolve(d, targets=(attrs.evolve(own, params=raised),)) if index % 10 == 0 else d
        for index, d in enumerate(districts)
    )
    count = -(-pairs // len(districts))
    return [
        attrs.evolve(
            seed_plan,
            id=seed_plan.id if index == 0 else f"{seed_plan.id}-{index + 1}",
            title=seed_plan.title if index == 0 else f"{seed_plan.title}(第{index + 1}版)",
            entities=carried,
        )
        for index in range(count)
    ]


def wanted_pairs(plans: Sequence[Plan], pairs: int) -> list[Plan | tuple[Plan, str]]:
    """Whole plans, the last one cut to the entities still wanted."""
    wanted: list[Plan | tuple[Plan, str]] = []
    left = pairs
    for plan in plans:
        ids = plan.entity_ids
        if left >= len(ids):
            wanted.append(plan)
        else:
            wanted += [(plan, entity) for entity in ids[:left]]
        left -= min(left, len(ids))
    return wanted


# --------------------------------------------------------------------------------------
# Timing
# --------------------------------------------------------------------------------------


def best_of(fn: Callable[[], object], repeats: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeats):
        gc.collect()
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times), times


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small run for CI: 24 entities, a few seconds")
    parser.add_argument("--entities", type=int, help="reporting entities (default 122, quick 24)")
    parser.add_argument("--plans", type=int, help="(plan, entity) pairs judged (default: one plan for each entity)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the pool (default 2)")
    parser.add_argument("--chunk", type=int, default=DEFAULT_CHUNK, help=f"pairs per chunk (default {DEFAULT_CHUNK})")
    parser.add_argument("--repeats", type=int, help="timed repeats of each; the best is reported (default 3, quick 2)")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the generated figures")
    args = parser.parse_args(argv)
    count = args.entities or (24 if args.quick else 122)
    pairs = args.plans or count
    repeats = args.repeats or (2 if args.quick else 3)
    started = time.perf_counter()

    seed_plan = planengine.load_spec(SEED_SPEC)
    districts = entities(count)
    plans = province_plans(seed_plan, districts, pairs)
    wanted = wanted_pairs(plans, pairs)
    observations = province_figures(base_figures(), districts, args.seed)
    figures = InMemoryFigures(observations)
    as_of = dt.date(seed_plan.year, 6, 30)
    targets = pairs * len(seed_plan.targets)

    def here() -> Portfolio:
        return evaluate_portfolio(wanted, as_of, figures=figures)

    folder = tempfile.TemporaryDirectory()
    ledger_url = f"sqlite:///{folder.name}/province.sqlite3"
    with Ledger(ledger_url) as ledger:
        ledger.record(observations, source="province", now=dt.datetime(2026, 7, 1, tzinfo=dt.UTC))
    from_ledger = LedgerFigures(ledger_url)

    def here_published() -> list[dict[str, object]]:
        return [r.to_dict() for r in evaluate_portfolio(wanted, as_of, figures=from_ledger).results]

    with ProcessPoolExecutor(args.workers) as pool:

        def pooled() -> Portfolio:
            return evaluate_portfolio(wanted, as_of, figures=figures, executor=pool, chunk=args.chunk)

        def pooled_published() -> list[dict[str, object]]:
            found = evaluate_portfolio(wanted, as_of, figures=from_ledger, executor=pool, chunk=args.chunk)
            return [r.to_dict() for r in found.results]

        cold_started = time.perf_counter()
        from_pool = pooled()
        cold = time.perf_counter() - cold_started
        in_process = here()
        assert from_pool == in_process, "the pool's portfolio differs from the one judged in this process"
        assert len(in_process.results) == pairs
        counts = in_process.counts()
        del from_pool, in_process
        here_best, here_times = best_of(here, repeats)
        pool_best, pool_times = best_of(pooled, repeats)
        assert pooled_published() == here_published(), "read from the ledger, the pool's results differ"
        here_ledger, here_ledger_times = best_of(here_published, repeats)
        pool_ledger, pool_ledger_times = best_of(pooled_published, repeats)
    folder.cleanup()

    print(
        f"planengine {planengine.__version__} portfolio benchmark: Python {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} CPUs{', --quick' if args.quick else ''}"
    )
    print()
    print(
        f"workload: {pairs:,} (plan, entity) pairs = {len(plans)} plan(s) x {count} entities "
        f"x {len(seed_plan.targets)} targets = {targets:,} targets at {as_of.isoformat()}"
    )
    print(f"  figures:  {len(observations):,} in memory ({len(observations) // count:,} per entity)")
    print("  statuses: " + ", ".join(f"{s} {n:,}" for s, n in counts.items() if n))
    print("  verified: the pool's portfolio equals the one judged in one process")
    print()
    rows = [
        ("one process", f"{targets / here_best:,.0f} targets/s", f"best of {_times(here_times)}"),
        (
            f"ProcessPoolExecutor({args.workers}), chunk {args.chunk}",
            f"{targets / pool_best:,.0f} targets/s",
            f"best of {_times(pool_times)}; first call {cold:.2f} s (starting workers, compiling)",
        ),
        ("ratio pool / one process", f"{here_best / pool_best:.2f}x", "throughput of the pool over one process"),
        (
            "ledger + JSON, one process",
            f"{targets / here_ledger:,.0f} targets/s",
            f"each entity read from an SQLite ledger, every result written as JSON; best of {_times(here_ledger_times)}",
        ),
        (
            f"ledger + JSON, ProcessPoolExecutor({args.workers})",
            f"{targets / pool_ledger:,.0f} targets/s",
            f"each worker reads its entities itself; best of {_times(pool_ledger_times)}",
        ),
        ("ratio pool / one process (ledger + JSON)", f"{here_ledger / pool_ledger:.2f}x", "the service's case"),
    ]
    width = [max(len(r[i]) for r in rows) for i in range(2)]
    print(f"{'figure':<{width[0]}}  {'value':>{width[1]}}  detail")
    print(f"{'-' * width[0]}  {'-' * width[1]}  {'-' * 6}")
    for name, value, detail in rows:
        print(f"{name:<{width[0]}}  {value:>{width[1]}}  {detail}")
    print(f"\ntotal run time {time.perf_counter() - started:.1f} s")
    return 0


def _times(times: list[float]) -> str:
    return f"{len(times)}: " + ", ".join(f"{t:.2f}" for t in times) + " s"


if __name__ == "__main__":
    sys.exit(main())
