"""Benchmark: the ledger at province size, on SQLite and on PostgreSQL.

Run from the repository root::

    python benchmarks/bench_ledger.py                 # full run (1M-row import; several minutes)
    python benchmarks/bench_ledger.py --quick         # a few seconds (CI)
    python benchmarks/bench_ledger.py --postgres URL  # also on a PostgreSQL server
                                                      # (default: $PLANENGINE_TEST_POSTGRES, if set)

What is measured (each figure is a ratio against a baseline measured in the same run)
--------------------------------------------------------------------------------------
1. Report time for one entity: the seed plan's monthly report for one district, read from
   a ledger holding only that district's figures and from the province's ledger (122
   districts x the seed plan's metrics x 36 dekads x 2 years). Aim: equal within 1.5x,
   because a plan reads only its own metrics and entity, by index.
2. Import speed: ``Ledger.record`` of generated figures (batches, one look-up of existing
   revisions per batch, executemany) against a plain ``executemany`` of the same rows into
   the ledger's own table (same columns, key and indexes), in the same database. Aim: within 2x.
3. Peak memory of ``planengine record`` (the command, a CSV file) at 10k and at 1M rows
   (full run; 100k in the quick run), each in a fresh process (its VmHWM). Aim: flat,
   and below 150 MB at 1M rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import planengine
from planengine import Observation, Quantity
from planengine.ledger import Ledger
from planengine.ledger.schema import COLUMNS
from planengine.periods import Cadence, Period

ROOT = Path(__file__).resolve().parent.parent
SEED_SPEC = ROOT / "specs" / "yueyanglou-sti.toml"
AS_OF = dt.date(2026, 6, 30)


def dekad_ends(years: tuple[int, ...]) -> list[dt.date]:
    ends = []
    for year in years:
        day = dt.date(year, 1, 1)
        while day.year == year:
            period = Period.containing(day, Cadence.DEKAD)
            ends.append(period.end)
            day = period.end + dt.timedelta(days=1)
    return ends


def province_figures(
    plan: planengine.Plan, entities: int, years: tuple[int, ...], seed: int = 7
) -> Iterator[Observation]:
    """Every metric of the plan for every entity at every dekad end: deterministic, growing through the year."""
    rng = random.Random(seed)
    ends = dekad_ends(years)
    for number in range(entities):
        entity = f"{430602 + number:06d}"
        for metric in plan.metrics:
            base = Decimal(rng.randint(50, 5000))
            for day in ends:
                progress = Decimal(day.timetuple().tm_yday) / 365
                value = (base * progress).quantize(Decimal("0.01")) if metric.unit.dimension != "ratio" else Decimal(5)
                yield Observation(metric.id, day, Quantity(value, metric.unit), entity=entity, source="bench")


def best_of(step: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return min(times)


def report_time(location: str, plan: planengine.Plan, entity: str, repeats: int) -> float:
    compiled = planengine.compile_plan(plan)

    def one_report() -> None:
        with Ledger(location, readonly=True) as ledger:
            figures = ledger.observations(AS_OF, [m.id for m in plan.metrics], entity=entity)
        planengine.build_report(compiled, figures, AS_OF, "monthly", entity=entity)

    return best_of(one_report, repeats)


def fill(location: str, figures: Iterator[Observation]) -> int:
    with Ledger(location) as ledger:
        return ledger.record(figures, source="province", now=dt.datetime(2026, 7, 1, tzinfo=dt.UTC)).added


def plain_executemany(location: str, rows: list[tuple[object, ...]]) -> float:
    """The baseline: the same rows into the ledger's own table (same columns and indexes), one executemany.

    The ledger is created first (its schema, an import row), so only the writing of the rows is timed.
    """
    with Ledger(location) as ledger:
        ledger.record([], source="baseline")
    insert = f"INSERT INTO revisions ({COLUMNS}, import_id) VALUES ({', '.join(['?'] * 15)})"
    if location.startswith("postgresql"):
        import psycopg

        with psycopg.connect(location) as db:
            start = time.perf_counter()
            with db.cursor() as cursor:
                cursor.executemany(insert.replace("?", "%s"), rows)  # type: ignore[arg-type]
            db.commit()
            return time.perf_counter() - start
    import sqlite3

    db3 = sqlite3.connect(location)
    start = time.perf_counter()
    with db3:
        db3.executemany(insert, rows)
    db3.close()
    return time.perf_counter() - start


def as_rows(figures: list[Observation]) -> list[tuple[object, ...]]:
    stamp = "2026-07-01T00:00:00.000000+00:00"
    return [
        (o.entity, o.metric, o.date.isoformat(), o.measure.value, 1, str(o.quantity.magnitude), o.quantity.unit.symbol,
         "", "", o.source, None, stamp, "", stamp, 1)
        for o in figures
    ]  # fmt: skip


def peak_record_memory(rows: int, folder: Path) -> tuple[float, float]:
    """Peak resident memory (MB) of a fresh ``planengine record`` of a CSV with ``rows`` figures, and its seconds.

    The peak is VmHWM of the new process image: ru_maxrss would count the memory of this
    benchmark, which the child shares between fork and exec.
    """
    csv = folder / f"figures-{rows}.csv"
    with csv.open("w", encoding="utf-8") as out:
        out.write("entity,metric,date,value,unit\n")
        ends = dekad_ends((2025, 2026))
        for i in range(rows):
            out.write(f"{430602 + i % 122},m{(i // 122) % 400},{ends[(i // 48_800) % len(ends)]},{i % 997}.5,万元\n")
    ledger = folder / f"memory-{rows}.sqlite3"
    code = (
        "import re, sys, time; from planengine.cli import main; t = time.perf_counter(); "
        f"code = main(['record', {str(csv)!r}, '--ledger', {str(ledger)!r}]); "
        "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1); "
        "print(int(hwm) / 1024, time.perf_counter() - t); sys.exit(code)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    megabytes, seconds = done.stdout.strip().splitlines()[-1].split()
    return float(megabytes), float(seconds)


def postgres_location(base: str) -> tuple[str, Callable[[], None]]:
    """A fresh schema on the server, and how to drop it."""
    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")

    def drop() -> None:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")

    return f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}", drop


def run_backend(
    name: str, new_location: Callable[[str], tuple[str, Callable[[], None]]], args: argparse.Namespace
) -> None:
    plan = planengine.load_spec(SEED_SPEC)
    years = (2025, 2026)
    cleanups: list[Callable[[], None]] = []
    try:
        small, drop = new_location("small")
        cleanups.append(drop)
        province, drop = new_location("province")
        cleanups.append(drop)
        entity = "430602"
        start = time.perf_counter()
        small_rows = fill(small, province_figures(plan, 1, years))
        province_rows = fill(province, province_figures(plan, args.entities, years))
        filled = time.perf_counter() - start
        print(f"[{name}] ledgers: small {small_rows:,} figures (1 entity), province {province_rows:,} "
              f"({args.entities} entities), filled in {filled:.1f} s")  # fmt: skip
        small_time = report_time(small, plan, entity, args.repeats)
        province_time = report_time(province, plan, entity, args.repeats)
        print(f"[{name}] one entity's monthly report: small ledger {small_time * 1000:.0f} ms, province ledger "
              f"{province_time * 1000:.0f} ms -> {province_time / small_time:.2f}x (aim <= 1.5x)")  # fmt: skip

        figures = list(province_figures(plan, args.import_entities, years, seed=11))
        target, drop = new_location("import")
        cleanups.append(drop)
        plain, drop = new_location("plain")
        cleanups.append(drop)
        with Ledger(target) as ledger:  # opened (schema created) before the clock starts, as the baseline's table
            start = time.perf_counter()
            ledger.record(iter(figures), source="import", now=dt.datetime(2026, 7, 1, tzinfo=dt.UTC))
            recorded = time.perf_counter() - start
        baseline = plain_executemany(plain, as_rows(figures))
        print(f"[{name}] import of {len(figures):,} figures: Ledger.record {len(figures) / recorded:,.0f} rows/s, "
              f"plain executemany {len(figures) / baseline:,.0f} rows/s -> {recorded / baseline:.2f}x (aim <= 2x)")  # fmt: skip
    finally:
        for cleanup in cleanups:
            cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small province, for CI")
    parser.add_argument("--postgres", default=os.environ.get("PLANENGINE_TEST_POSTGRES"), help="a PostgreSQL URL")
    args = parser.parse_args()
    args.entities = 12 if args.quick else 122
    args.import_entities = 4 if args.quick else 40
    args.repeats = 3 if args.quick else 5
    print(f"planengine {planengine.__version__} ledger benchmark: Python {platform.python_version()}, "
          f"{platform.machine()}, {os.cpu_count()} cores{' (quick)' if args.quick else ''}")  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:

        def sqlite_location(label: str) -> tuple[str, Callable[[], None]]:
            return str(Path(folder) / f"{label}.sqlite3"), lambda: None

        run_backend("sqlite", sqlite_location, args)
        if args.postgres:
            run_backend("postgresql", lambda _label: postgres_location(args.postgres), args)
        else:
            print("[postgresql] skipped: give --postgres URL or set PLANENGINE_TEST_POSTGRES")
        sizes = (10_000, 100_000) if args.quick else (10_000, 1_000_000)
        peaks = [(rows, *peak_record_memory(rows, Path(folder))) for rows in sizes]
        for rows, megabytes, seconds in peaks:
            print(f"[memory] planengine record of a {rows:,}-row CSV: peak {megabytes:.0f} MB, "
                  f"{seconds:.1f} s ({rows / seconds:,.0f} rows/s)")  # fmt: skip
        print(f"[memory] peak at {sizes[1]:,} rows / at {sizes[0]:,}: {peaks[1][1] / peaks[0][1]:.2f}x (aim: flat; "
              f"<= 150 MB at 1M rows)")  # fmt: skip


if __name__ == "__main__":
    main()
