"""Benchmark: planengine's evaluation against a hand-written Decimal loop, plus start-up costs.

Run from the repository root::

    python benchmarks/bench_evaluate.py            # full run: >= 100,000 target evaluations
    python benchmarks/bench_evaluate.py --quick    # smaller run, a few seconds
    python benchmarks/bench_evaluate.py --profile  # also print the engine's cProfile hotspots

What is measured
----------------
1. Evaluation throughput. The seed plan (specs/yueyanglou-sti.toml) is reduced to its
   targets with a numeric rule (growth-rate, count-threshold with >=, >, net_increase,
   between and approx, amount-threshold with >= and a <= ceiling); its milestone targets
   need a plugin that is not part of planengine and are left out. Many observation sets
   are generated from examples/figures.csv (figures scaled per metric, some dropped, some
   reported in another unit of the same dimension, some bases zeroed), and the plan is
   judged against each set at every dekad end of 2026 and at two dates after the year.
   One "evaluation" is one target judged against one observation set at one as-of date.

   * engine: ``planengine.compile_plan`` once, then ``compiled.evaluate(observations,
     as_of)`` for every (set, date); each call indexes the observations and returns an
     EvaluationResult with explanations.
   * hand loop: plain Python and Decimal, given the same Observation objects and as-of
     date; it groups and converts the figures itself, then decides each status with exact
     cross-multiplied comparisons (run with decimal.Inexact trapped, so nothing rounds).
     It computes statuses only: no explanations, completion or gap figures, and no
     detection of conflicting figures or figures in a unit of the wrong dimension (the
     generated data contains neither).

   * engine, index reused: ``index = compiled.index(observations)`` once per set, then
     ``compiled.evaluate(index, as_of)`` at every date of the set; the index keeps each
     metric's sorted, converted series, so only the judging is repeated.
   * hand loop, index reused: its own equivalent, ``hand_index`` once per set and
     ``hand_judge`` at every date.

   A verification pass runs both (with and without reuse) on the whole workload and
   asserts that every status agrees; then each is timed (time.perf_counter, several
   repeats, the engine and the hand loop in turn, best reported).

2. Start-up. ``import planengine`` in fresh interpreters (wall time minus a bare
   ``python -c pass``, and the cumulative figure of ``python -X importtime``);
   ``load_spec`` + ``compile_plan`` of the seed spec cold (first use in a fresh process,
   which also builds the evaluator registry, loads plugin entry points and sets up the
   converters) and warm (the registry is cached by ``planengine.default_registry``).

Aims (from the issues): the engine within 10x of the hand loop, and within 2x of it when both
reuse their index; load plus compile under 50 ms.
"""

from __future__ import annotations

import argparse
import bisect
import calendar
import cProfile
import datetime as dt
import decimal
import gc
import io
import json
import math
import os
import platform
import pstats
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

import planengine
from planengine import Measure, Observation, Plan, Quantity, Reporting, unit
from planengine.observations import FigureIndex

ROOT = Path(__file__).resolve().parent.parent
SEED_SPEC = ROOT / "specs" / "yueyanglou-sti.toml"
EXAMPLE_FIGURES = ROOT / "examples" / "figures.csv"

#: The evaluators whose rules the hand loop re-implements.
NUMERIC_EVALUATORS = ("growth-rate", "count-threshold", "amount-threshold")

AIM_RATIO = 10.0
AIM_REUSE_RATIO = 2.0
AIM_LOAD_COMPILE_MS = 50.0

# --------------------------------------------------------------------------------------
# Workload: observation sets and as-of dates
# --------------------------------------------------------------------------------------

_COUNTABLE = frozenset({"persons", "person-times", "enterprises", "items"})


def as_of_dates(year: int) -> list[dt.date]:
    """Every dekad end (10th, 20th, month end) of ``year``, then two dates after it (final)."""
    dates = []
    for month in range(1, 13):
        last = calendar.monthrange(year, month)[1]
        dates += [dt.date(year, month, 10), dt.date(year, month, 20), dt.date(year, month, last)]
    return dates + [dt.date(year + 1, 1, 10), dt.date(year + 1, 1, 31)]


def generate_sets(base: Sequence[Observation], plan: Plan, count: int, seed: int) -> list[list[Observation]]:
    """``count`` observation sets derived from ``base``: deterministic for a given seed.

    Per set and metric the plan year's figures are scaled by a random factor and the
    previous year's by a smaller one (so targets land on every side of their bounds);
    about 4% of figures are dropped (no data, stale year-end figures, missing bases);
    2% of metrics get a zero previous year (not evaluable); some money figures are
    reported in 元 or 亿元 instead of 万元; official year-on-year rates are shifted.
    """
    metrics = {m.id: m for m in plan.metrics}
    yuan, yi = unit("元"), unit("亿元")
    sets = []
    for k in range(count):
        rng = random.Random(seed * 1_000_003 + k)
        factor_now = {m: Decimal(rng.randint(70, 135)) / 100 for m in metrics}
        factor_before = {m: Decimal(rng.randint(90, 110)) / 100 for m in metrics}
        zero_base = {m for m in metrics if rng.random() < 0.02}
        out: list[Observation] = []
        for obs in base:
            if rng.random() < 0.04:
                continue
            metric = metrics.get(obs.metric)
            q = obs.quantity
            if obs.measure is Measure.YOY:
                magnitude = q.magnitude + Decimal(rng.randint(-60, 60)) / 10
                out.append(attrs.evolve(obs, quantity=Quantity(magnitude, q.unit)))
                continue
            if metric is None:
                out.append(obs)
                continue
            this_year = obs.date.year >= plan.year
            if not this_year and obs.metric in zero_base:
                magnitude = Decimal(0)
            else:
                magnitude = q.magnitude * (factor_now if this_year else factor_before)[obs.metric]
            if q.unit.dimension in _COUNTABLE or q.unit.symbol == "万元":
                magnitude = magnitude.quantize(Decimal(1))
            else:
                magnitude = magnitude.quantize(Decimal("0.1"))
            quantity = Quantity(magnitude, q.unit)
            if q.unit.symbol == "万元":
                roll = rng.random()
                if roll < 0.1:
                    quantity = Quantity(magnitude.scaleb(4), yuan)
                elif roll < 0.2:
                    quantity = Quantity(magnitude.scaleb(-4), yi)
            out.append(attrs.evolve(obs, quantity=quantity))
        rng.shuffle(out)
        sets.append(out)
    return sets


# --------------------------------------------------------------------------------------
# The hand-written loop
# --------------------------------------------------------------------------------------

# Comparator codes: 0 ">=", 1 ">", 2 "<=", 3 "<".
_CMP = {">=": 0, ">": 1, "<=": 2, "<": 3}


def _holds(a: Decimal, b: Decimal, cmp: int) -> bool:
    if cmp == 0:
        return a >= b
    if cmp == 1:
        return a > b
    if cmp == 2:
        return a <= b
    return a < b


def build_rules(plan: Plan) -> list[tuple[Any, ...]]:
    """Each target's rule as plain Decimals in its metric's unit (set-up, not timed)."""
    metrics = {m.id: m for m in plan.metrics}
    rules: list[tuple[Any, ...]] = []
    for target in plan.targets:
        assert target.metric is not None
        metric = metrics[target.metric]
        p = target.params
        cumulative = metric.reporting is Reporting.CUMULATIVE
        level = metric.reporting is Reporting.LEVEL
        if target.evaluator == "growth-rate":
            baseline = p.baseline.to(metric.unit).magnitude if p.baseline is not None else None
            min_growth = Decimal(p.min_growth) if p.min_growth is not None else None
            rules.append(
                (
                    "growth",
                    metric.id,
                    _CMP[p.comparator.value],
                    min_growth,
                    p.benchmark,
                    Decimal(p.margin),
                    baseline,
                    cumulative,
                )
            )
            continue
        value = p.value.to(metric.unit).magnitude
        c = p.comparator.value
        if c in ("<=", "<"):
            rules.append(("ceiling", metric.id, _CMP[c], value))
            continue
        counting = target.evaluator == "count-threshold"
        binding = p.upper_binding or metric.direction.value == "decrease"
        if c == "between":
            low, strict, high, base = value, False, p.high.to(metric.unit).magnitude, value
        elif c == "approx":  # 左右: the stated tolerance, else 10%; a count's share in whole things
            tol = p.tolerance
            if tol is not None and tol.dimension != "ratio":
                spread = tol.to(metric.unit).magnitude
            else:
                spread = abs(value) * (tol.base if tol is not None else Decimal("0.1"))
                if counting:
                    one = Decimal(1).scaleb(-metric.unit.exponent)
                    spread = (spread / one).to_integral_value(rounding="ROUND_FLOOR") * one
            low, strict, high, base = value - spread, False, value + spread, value
        else:
            low, strict, high, base = value, c == ">", None, value
        net = p.basis.value == "net_increase"
        rules.append(("floor", metric.id, low, strict, high if binding else None, net, cumulative, level, base))
    return rules


def due_share(day: dt.date, year: int, frequency: str) -> tuple[int, int]:
    """序时进度 in whole reporting periods ended by ``day``, as (periods, periods in the year)."""
    if day >= dt.date(year, 12, 31):
        return 1, 1
    month_done = day.day == calendar.monthrange(year, day.month)[1]
    if frequency == "dekad":
        in_month = 3 if month_done else (2 if day.day >= 20 else 1 if day.day >= 10 else 0)
        return 3 * (day.month - 1) + in_month, 36
    months = day.month - 1 + (1 if month_done else 0)
    if frequency == "month":
        return months, 12
    return months // 3, 4


def on_schedule(actual: Decimal, due_num: Decimal, due_den: int, base: Decimal) -> bool:
    """Not behind at the shown precision: (actual − due) / base × 100 does not round below −0.0.

    Points are rounded half up (away from zero) to one decimal, so exactly −0.05 is shown −0.1."""
    return (actual * due_den - due_num) * 2000 > -base * due_den


_Series = tuple[list[dt.date], list[Decimal]]


def hand_evaluate(
    rules: Sequence[tuple[Any, ...]],
    metric_exponents: dict[str, int],
    observations: Sequence[Observation],
    as_of: dt.date,
    year: int,
    frequencies: dict[str, str],
) -> list[str]:
    """The status of every rule, computed by hand from raw observations."""
    series, rate_series = hand_index(observations, metric_exponents)
    return hand_judge(rules, series, rate_series, as_of, year, frequencies)


def previous_period_end(day: dt.date, frequency: str) -> dt.date:
    """The last day of the reporting period before the one holding ``day`` (dekad, month or quarter)."""
    if frequency == "dekad":
        start = day.replace(day=1 if day.day <= 10 else 11 if day.day <= 20 else 21)
    elif frequency == "month":
        start = day.replace(day=1)
    else:
        start = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return start - dt.timedelta(days=1)


def hand_index(
    observations: Sequence[Observation], metric_exponents: dict[str, int]
) -> tuple[dict[str, _Series], dict[str, _Series]]:
    """Per metric, the figures sorted by date and converted to the metric's unit; and the official rates."""
    values: dict[str, list[tuple[dt.date, Decimal]]] = {}
    rates: dict[str, list[tuple[dt.date, Decimal]]] = {}
    yoy = Measure.YOY
    for obs in observations:
        exponent = metric_exponents.get(obs.metric)
        if exponent is None:
            continue
        q = obs.quantity
        shift = q.unit.exponent
        if obs.measure is yoy:
            rates.setdefault(obs.metric, []).append((obs.date, q.magnitude.scaleb(shift) if shift else q.magnitude))
        else:
            shift -= exponent
            values.setdefault(obs.metric, []).append((obs.date, q.magnitude.scaleb(shift) if shift else q.magnitude))
    series = {}
    for m, pairs in values.items():
        pairs.sort(key=_first)
        series[m] = ([d for d, _ in pairs], [v for _, v in pairs])
    rate_series = {}
    for m, pairs in rates.items():
        pairs.sort(key=_first)
        rate_series[m] = ([d for d, _ in pairs], [v for _, v in pairs])
    return series, rate_series


def hand_judge(
    rules: Sequence[tuple[Any, ...]],
    series: dict[str, _Series],
    rate_series: dict[str, _Series],
    as_of: dt.date,
    year: int,
    frequencies: dict[str, str],
) -> list[str]:
    """The status of every rule at ``as_of``, from the indexed figures.

    A figure is judged at its own date, but not before the end of the reporting period
    before the one holding ``as_of`` (a stale figure)."""
    jan1 = dt.date(year, 1, 1)
    dec21 = dt.date(year, 12, 21)
    final = as_of >= dt.date(year, 12, 31)
    until = min(as_of, dt.date(year, 12, 31))  # figures of a later year are not used (none are generated)
    start_from = dt.date(year - 1, 12, 21)

    def at_or_before(s: _Series | None, day: dt.date, not_before: dt.date) -> tuple[dt.date, Decimal] | None:
        if s is None:
            return None
        i = bisect.bisect_right(s[0], day)
        if not i or s[0][i - 1] < not_before:
            return None
        return s[0][i - 1], s[1][i - 1]

    def latest(m: str) -> tuple[dt.date, Decimal] | None:
        f = at_or_before(series.get(m), until, jan1)
        if f is not None and final and f[0] < dec21:
            return None
        return f

    def growth(m: str, baseline: Decimal | None) -> tuple[Decimal, Decimal] | str:
        """1 + growth as (numerator, denominator), or a status."""
        official = at_or_before(rate_series.get(m), until, jan1)
        if official is not None and final and official[0] < dec21:
            official = None
        f = latest(m)
        if f is None and official is None:
            return "no_data"
        if official is not None and (f is None or official[0] >= f[0]):
            return 1 + official[1], Decimal(1)
        assert f is not None
        if baseline is None:
            day = f[0]
            shifted = (
                dt.date(day.year - 1, 2, 28) if (day.month == 2 and day.day == 29) else day.replace(year=day.year - 1)
            )
            index = min((shifted.day - 1) // 10, 2)
            start = shifted.replace(day=10 * index + 1)
            end = shifted.replace(
                day=calendar.monthrange(shifted.year, shifted.month)[1] if index == 2 else 10 * index + 10
            )
            s = series.get(m)
            before = at_or_before(s, shifted, start) or at_or_before(s, end, start)
            if before is None:
                return "no_data"
            baseline = before[1]
        if baseline <= 0:
            return "not_evaluable"
        return f[1], baseline

    out = []
    for rule in rules:
        kind = rule[0]
        if kind == "growth":
            _, m, cmp, min_growth, benchmark, margin, baseline, cumulative = rule
            if baseline is not None and cumulative and not final:
                f = latest(m)
                if f is None:
                    out.append("no_data")
                    continue
                judged = min(as_of, max(f[0], previous_period_end(as_of, frequencies[m])))
                num, den = due_share(judged, year, frequencies[m])
                required = baseline * (1 + min_growth)
                if cmp >= 2:  # a ceiling: exact
                    out.append("on_track" if _holds(f[1] * den, required * num, cmp) else "lagging")
                else:
                    out.append("on_track" if on_schedule(f[1], required * num, den, required) else "lagging")
                continue
            own = growth(m, baseline)
            if isinstance(own, str):
                out.append(own)
                continue
            n1, d1 = own
            if benchmark is None:
                holds = _holds(n1, (1 + min_growth) * d1, cmp)
            else:
                bench = growth(benchmark, None)
                if isinstance(bench, str):
                    out.append(bench)
                    continue
                n2, d2 = bench
                holds = _holds(n1 * d2, (n2 + margin * d2) * d1, cmp)
            if final:
                out.append("met" if holds else "missed")
            else:
                out.append("on_track" if holds else "lagging")
            continue

        m = rule[1]
        f = latest(m)
        if f is None:
            out.append("no_data")
            continue
        if kind == "ceiling":
            if _holds(f[1], rule[3], rule[2]):
                out.append("met" if final else "on_track")
            else:
                out.append("missed")
            continue
        _, m, low, strict, high, net, cumulative, level, base = rule
        start = None
        if net or level:
            s = at_or_before(series.get(m), jan1, start_from)
            if s is None and net:
                out.append("no_data")
                continue
            start = s[1] if s is not None else None
        actual = f[1] - start if start is not None and net else f[1]
        within_high = high is None or actual <= high
        if final:
            ok = (actual > low if strict else actual >= low) and within_high
            out.append("met" if ok else "missed")
            continue
        if not within_high:
            out.append("lagging")
            continue
        judged = min(as_of, max(f[0], previous_period_end(as_of, frequencies[rule[1]])))
        num, den = due_share(judged, year, frequencies[rule[1]])
        if net or cumulative or start is None:
            due = base * num
        elif start >= base:
            due = base * den
        else:
            due = start * den + (base - start) * num
        on_track = on_schedule(actual, due, den, base) if base else actual * den >= due
        out.append("on_track" if on_track else "lagging")
    return out


def _first(pair: tuple[dt.date, Decimal]) -> dt.date:
    return pair[0]


# --------------------------------------------------------------------------------------
# Timing helpers
# --------------------------------------------------------------------------------------


def best_of(fn: Callable[[], object], repeats: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeats):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), times


def best_of_pair(
    first: Callable[[], object], second: Callable[[], object], repeats: int
) -> tuple[tuple[float, list[float]], tuple[float, list[float]]]:
    """:func:`best_of` of two loops run in turn (first, second, first, ...), so that a slow spell of a
    shared machine falls on both alike rather than on whichever ran during it."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeats):
        for fn, into in ((first, times[0]), (second, times[1])):
            gc.collect()
            t0 = time.perf_counter()
            fn()
            into.append(time.perf_counter() - t0)
    return (min(times[0]), times[0]), (min(times[1]), times[1])


def _fresh_env() -> dict[str, str]:
    """The environment of the fresh interpreters: bytecode written and read as after an installation
    (pip compiles a package's modules when it installs them), into a cache of this run's own, even
    where PYTHONDONTWRITEBYTECODE is set (then every fresh process compiled planengine from source)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="bench-pycache-")
    return env


_FRESH_ENV: dict[str, str] | None = None


def run_python(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    global _FRESH_ENV
    if env is None:
        _FRESH_ENV = _FRESH_ENV or _fresh_env()
        env = _FRESH_ENV
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True, cwd=ROOT, env=env)


def import_times(runs: int) -> dict[str, float]:
    """``import planengine`` in fresh interpreters, in milliseconds."""

    def wall(code: str) -> float:
        t0 = time.perf_counter()
        run_python(["-c", code])
        return time.perf_counter() - t0

    bare, with_import, cumulative = [], [], []
    wall("import planengine")  # warm the OS file cache and __pycache__ once
    for _ in range(runs):  # interleaved so drifts in machine load hit both alike
        bare.append(wall("pass"))
        with_import.append(wall("import planengine"))
        stderr = run_python(["-X", "importtime", "-c", "import planengine"]).stderr
        for line in stderr.splitlines():
            parts = [p.strip() for p in line.split("|")]
            if len(parts) == 3 and parts[2] == "planengine":
                cumulative.append(int(parts[1]) / 1000)
    return {
        "bare_ms": statistics.median(bare) * 1000,
        "with_import_ms": statistics.median(with_import) * 1000,
        "diff_ms": (statistics.median(with_import) - statistics.median(bare)) * 1000,
        "importtime_ms": statistics.median(cumulative) if cumulative else math.nan,
    }


_COLD_CODE = """
import json, sys, time
t0 = time.perf_counter()
import planengine
t1 = time.perf_counter()
plan = planengine.load_spec(sys.argv[1])
t2 = time.perf_counter()
compiled = planengine.compile_plan(plan)
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "compile": t3 - t2}))
"""


def cold_load_compile(runs: int) -> dict[str, float]:
    """First load_spec + compile_plan after import, each in a fresh process (ms, medians); one run
    first writes the bytecode of every module it imports (evaluators, plugins), as use would."""
    run_python(["-c", _COLD_CODE, str(SEED_SPEC)])
    samples = [json.loads(run_python(["-c", _COLD_CODE, str(SEED_SPEC)]).stdout) for _ in range(runs)]
    return {key: statistics.median(s[key] for s in samples) * 1000 for key in ("import", "load", "compile")}


def warm_load_compile(runs: int) -> dict[str, float]:
    """load_spec + compile_plan with the registry cached, in this process (ms, means)."""
    planengine.compile_plan(planengine.load_spec(SEED_SPEC))  # make sure the registry is built
    loads, compiles = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        plan = planengine.load_spec(SEED_SPEC)
        t1 = time.perf_counter()
        planengine.compile_plan(plan)
        t2 = time.perf_counter()
        loads.append(t1 - t0)
        compiles.append(t2 - t1)
    return {
        "load": statistics.mean(loads) * 1000,
        "compile": statistics.mean(compiles) * 1000,
        "total": statistics.mean(a + b for a, b in zip(loads, compiles)) * 1000,
        "best": min(a + b for a, b in zip(loads, compiles)) * 1000,
    }


# --------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smaller run (about 10,000 evaluations, fewer repeats)")
    parser.add_argument(
        "--evaluations", type=int, help="target evaluations per timed pass (default 100000, quick 10000)"
    )
    parser.add_argument(
        "--repeats",
        type=int,
        help="timed repeats of each loop, the engine's and the hand loop's in turn; the best is reported "
        "(default 5, quick 3)",
    )
    parser.add_argument("--seed", type=int, default=2026, help="seed of the generated observation sets")
    parser.add_argument("--profile", action="store_true", help="also profile the engine loop and print its hotspots")
    args = parser.parse_args(argv)
    wanted = args.evaluations or (10_000 if args.quick else 100_000)
    repeats = args.repeats or (3 if args.quick else 5)
    start_runs = 3 if args.quick else 7
    warm_runs = 10 if args.quick else 30
    started = time.perf_counter()

    # --- start-up costs, measured first (fresh processes, then this one) ------------------
    imports = import_times(start_runs)
    cold = cold_load_compile(start_runs)
    warm = warm_load_compile(warm_runs)

    # --- workload -----------------------------------------------------------------------
    seed_plan = planengine.load_spec(SEED_SPEC)
    numeric = tuple(t for t in seed_plan.targets if t.evaluator in NUMERIC_EVALUATORS and not t.schedule)
    left_out = Counter(t.evaluator for t in seed_plan.targets if t not in numeric)
    plan = attrs.evolve(seed_plan, targets=numeric)
    compiled = planengine.compile_plan(plan)
    rules = build_rules(plan)
    metric_exponents = {m.id: m.unit.exponent for m in plan.metrics}
    frequencies = {m.id: plan.reporting_cadence(m).value for m in plan.metrics}
    shapes = Counter(_shape(t) for t in numeric)

    base = planengine.read_observations(EXAMPLE_FIGURES)
    assert not base.problems, base.problems
    dates = as_of_dates(plan.year)
    per_set = len(numeric) * len(dates)
    n_sets = max(1, math.ceil(wanted / per_set))
    sets = generate_sets(base.observations, plan, n_sets, args.seed)
    pairs = [(obs, day) for obs in sets for day in dates]
    evaluations = len(pairs) * len(numeric)
    year = plan.year
    evaluate = compiled.evaluate

    # Each pass uses a result and lets it go, as a service does; keeping 4,000 results of
    # 34 assessments alive would time the garbage collector walking them, not the rules.
    def engine_pass() -> None:
        for obs, day in pairs:
            evaluate(obs, day)

    def hand_pass() -> None:
        with decimal.localcontext() as ctx:
            ctx.traps[decimal.Inexact] = True  # every comparison above must be exact
            for obs, day in pairs:
                hand_evaluate(rules, metric_exponents, obs, day, year, frequencies)

    def engine_reuse_pass() -> None:
        for obs in sets:
            index = compiled.index(obs)
            for day in dates:
                evaluate(index, day)

    def hand_reuse_pass() -> None:
        with decimal.localcontext() as ctx:
            ctx.traps[decimal.Inexact] = True
            for obs in sets:
                series, rate_series = hand_index(obs, metric_exponents)
                for day in dates:
                    hand_judge(rules, series, rate_series, day, year, frequencies)

    def engine_index_pass() -> None:
        metrics = compiled.metrics
        for obs, _ in pairs:
            FigureIndex(obs, metrics)

    def hand_index_pass() -> None:
        for obs, _ in pairs:
            hand_index(obs, metric_exponents)

    # --- verification: the same statuses, target by target -----------------------------
    engine_results = [evaluate(obs, day) for obs, day in pairs]
    with decimal.localcontext() as ctx:
        ctx.traps[decimal.Inexact] = True
        hand_results = [hand_evaluate(rules, metric_exponents, obs, day, year, frequencies) for obs, day in pairs]
    statuses: Counter[str] = Counter()
    by_shape: dict[str, Counter[str]] = {}
    mismatches = []
    for (_obs, day), result, hand in zip(pairs, engine_results, hand_results):
        assert len(result.assessments) == len(hand)
        for target, assessment, expected in zip(numeric, result.assessments, hand):
            got = assessment.status.value
            statuses[got] += 1
            by_shape.setdefault(_shape(target), Counter())[got] += 1
            if got != expected:
                mismatches.append((target.id, day, got, expected, assessment.explanation.en))
    if mismatches:
        for target_id, day, got, expected, why in mismatches[:10]:
            print(f"MISMATCH {target_id} at {day}: engine {got}, hand loop {expected} ({why})", file=sys.stderr)
    assert not mismatches, f"{len(mismatches)} of {evaluations} statuses differ between the engine and the hand loop"
    # with the index reused: the engine's statuses, and the hand loop's, are the same again
    reused: list[list[str]] = []
    hand_reused: list[list[str]] = []
    for obs in sets:
        index = compiled.index(obs)
        reused += [[a.status.value for a in evaluate(index, day).assessments] for day in dates]
        with decimal.localcontext() as ctx:
            ctx.traps[decimal.Inexact] = True  # the hand loop's comparisons only (the engine's rates are rounded)
            series, rate_series = hand_index(obs, metric_exponents)
            hand_reused += [hand_judge(rules, series, rate_series, day, year, frequencies) for day in dates]
    assert reused == [[a.status.value for a in r.assessments] for r in engine_results], "index reuse changed a status"
    assert hand_reused == reused, "with the index reused, the engine and the hand loop disagree"
    del engine_results, hand_results, reused

    # --- timing -------------------------------------------------------------------------
    (engine_best, engine_times), (hand_best, hand_times) = best_of_pair(engine_pass, hand_pass, repeats)
    (index_best, _), (hand_index_best, _) = best_of_pair(engine_index_pass, hand_index_pass, repeats)
    (engine_reuse_best, engine_reuse_times), (hand_reuse_best, hand_reuse_times) = best_of_pair(
        engine_reuse_pass, hand_reuse_pass, repeats
    )
    engine_rate = evaluations / engine_best
    hand_rate = evaluations / hand_best
    ratio = engine_best / hand_best
    reuse_ratio = engine_reuse_best / hand_reuse_best

    # --- report -------------------------------------------------------------------------
    print(
        f"planengine {planengine.__version__} evaluate benchmark: Python {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} CPUs{', --quick' if args.quick else ''}"
    )
    print()
    print(
        f"workload: {len(numeric)} targets x {len(dates)} as-of dates x {n_sets} observation sets "
        f"(~{statistics.mean(len(s) for s in sets):.0f} figures each) = {evaluations:,} target evaluations"
    )
    print("  shapes:   " + ", ".join(f"{shape} {n}" for shape, n in sorted(shapes.items())))
    print("  statuses: " + ", ".join(f"{s} {n:,}" for s, n in statuses.most_common()))
    print(
        "  left out: "
        + (", ".join(f"{n} {e} target(s)" for e, n in sorted(left_out.items())) or "none")
        + " (no hand-written rule)"
    )
    print(f"  verified: all {evaluations:,} statuses of the engine equal the hand loop's, with and without reuse")
    print()
    rows = [
        (
            "engine: compiled.evaluate(observations, as_of)",
            f"{engine_rate:,.0f} evals/s",
            f"{engine_best / evaluations * 1e6:.2f} us/eval; best of {_times(engine_times)}",
        ),
        (
            "  of which indexing figures (FigureIndex)",
            f"{index_best / engine_best:.0%} of engine time",
            f"{index_best / len(pairs) * 1e6:.0f} us per call, {len(pairs):,} calls; grouped only: each "
            "series is sorted and converted on first look-up, timed as judging",
        ),
        (
            "hand-written Decimal loop",
            f"{hand_rate:,.0f} evals/s",
            f"{hand_best / evaluations * 1e6:.2f} us/eval; best of {_times(hand_times)}",
        ),
        (
            "  of which indexing figures",
            f"{hand_index_best / hand_best:.0%} of hand-loop time",
            f"{hand_index_best / len(pairs) * 1e6:.0f} us per call, {len(pairs):,} calls",
        ),
        (
            "ratio engine time / hand-loop time",
            f"{ratio:.1f}x",
            f"each call indexes its figures; aim <= {AIM_RATIO:.0f}x: {'met' if ratio <= AIM_RATIO else 'NOT met'}",
        ),
        (
            "engine, index reused: evaluate(index, as_of)",
            f"{evaluations / engine_reuse_best:,.0f} evals/s",
            f"one compiled.index(observations) per set; best of {_times(engine_reuse_times)}",
        ),
        (
            "hand loop, index reused",
            f"{evaluations / hand_reuse_best:,.0f} evals/s",
            f"one hand_index per set; best of {_times(hand_reuse_times)}",
        ),
        (
            "ratio with index reuse",
            f"{reuse_ratio:.1f}x",
            f"aim <= {AIM_REUSE_RATIO:.0f}x: {'met' if reuse_ratio <= AIM_REUSE_RATIO else 'NOT met'}",
        ),
        (
            "  indexing only / judging only",
            f"{index_best / hand_index_best:.1f}x / {(engine_best - index_best) / (hand_best - hand_index_best):.1f}x",
            "engine over hand loop, each part alone",
        ),
        (
            "import planengine (fresh process)",
            f"{imports['diff_ms']:.0f} ms",
            f"python -c 'import planengine' {imports['with_import_ms']:.0f} ms - python -c pass "
            f"{imports['bare_ms']:.0f} ms (medians of {start_runs})",
        ),
        ("  python -X importtime, cumulative", f"{imports['importtime_ms']:.0f} ms", f"median of {start_runs}"),
        (
            "load_spec + compile_plan, cold",
            f"{cold['load'] + cold['compile']:.1f} ms",
            f"load {cold['load']:.1f} + compile {cold['compile']:.1f} ms; first use in a fresh process, "
            f"median of {start_runs}",
        ),
        (
            "load_spec + compile_plan, warm",
            f"{warm['total']:.1f} ms",
            f"load {warm['load']:.1f} + compile {warm['compile']:.1f} ms; registry cached, "
            f"mean of {warm_runs} (best {warm['best']:.1f})",
        ),
        (
            "",
            "",
            f"aim < {AIM_LOAD_COMPILE_MS:.0f} ms: cold {_met(cold['load'] + cold['compile'])}, "
            f"warm {_met(warm['total'])}",
        ),
    ]
    width = [max(len(r[i]) for r in rows) for i in range(2)]
    print(f"{'figure':<{width[0]}}  {'value':>{width[1]}}  detail")
    print(f"{'-' * width[0]}  {'-' * width[1]}  {'-' * 6}")
    for name, value, detail in rows:
        print(f"{name:<{width[0]}}  {value:>{width[1]}}  {detail}")
    print()
    print("statuses by shape:")
    for shape in sorted(by_shape):
        print(f"  {shape:<34} " + ", ".join(f"{s} {n:,}" for s, n in by_shape[shape].most_common()))
    print(f"\ntotal run time {time.perf_counter() - started:.1f} s")

    if args.profile:
        profile_engine(evaluate, pairs[: max(1, len(pairs) // 4)])
    return 0


def profile_engine(evaluate: Callable[..., object], pairs: Sequence[tuple[Sequence[Observation], dt.date]]) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for obs, day in pairs:
        evaluate(obs, day)
    profiler.disable()
    for key in ("tottime", "cumulative"):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats(key).print_stats(20)
        print(f"\n--- engine profile over {len(pairs):,} evaluate calls, sorted by {key} ---")
        text = out.getvalue()
        print(text[text.find("   ncalls") :].rstrip())


def _shape(target: planengine.Target) -> str:
    p = target.params
    if target.evaluator == "growth-rate":
        return f"growth-rate {p.comparator.value} {'benchmark' if p.benchmark else 'rate'}"
    basis = " net_increase" if p.basis.value == "net_increase" else ""
    return f"{target.evaluator} {p.comparator.value}{basis}"


def _times(times: list[float]) -> str:
    return f"{len(times)}: " + ", ".join(f"{t:.2f}" for t in times) + " s"


def _met(ms: float) -> str:
    return "met" if ms < AIM_LOAD_COMPILE_MS else "NOT met"


if __name__ == "__main__":
    sys.exit(main())
