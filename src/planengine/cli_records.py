"""The command line's ledger and report commands: ``record``, ``history`` and ``report``.

Also where ``evaluate`` and ``report`` get their figures: from the files given with
``--observations``, or else from the ledger (``--ledger``, default
:func:`planengine.ledger.default_ledger_path`), as known on ``--known-on``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Callable
from pathlib import Path

from .errors import PlanengineError
from .engine import compile_plan
from .ledger import Ledger, LedgerError, LedgerImportError, default_ledger_path
from .observation_files import ObservationFileError, read_observations
from .observations import Observation
from .plugins import EvaluatorRegistry
from .quantities import format_decimal
from .render import render
from .reporting import ReportKind, build_report
from .scoring import DEFAULT_RULE
from .spec import load_spec

EXIT_OK, EXIT_INVALID = 0, 1
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class CommandError(PlanengineError):
    """A problem in what the user gave a command; printed as one line, exit code 1."""


def add_source_arguments(parser: argparse.ArgumentParser) -> None:
    """``--observations``, ``--ledger`` and ``--known-on``: where a command's figures come from."""
    parser.add_argument("--observations", action="append", metavar="FILE",
                        help="read figures from this CSV or JSON file instead of the ledger; may be repeated")
    parser.add_argument("--ledger", type=Path, metavar="PATH",
                        help=f"the ledger database (default: $PLANENGINE_LEDGER or ./{default_ledger_path().name})")
    parser.add_argument("--known-on", type=parse_date, metavar="YYYY-MM-DD",
                        help="use the figures as the ledger knew them at the end of this day")


def load_observations(args: argparse.Namespace) -> list[Observation]:
    """The figures a command works on: its files, or the ledger's as known on ``--known-on``."""
    if args.observations:
        if args.known_on is not None:
            raise CommandError("--known-on applies to the ledger; it cannot be used with --observations")
        observations: list[Observation] = []
        for path in args.observations:
            try:
                read = read_observations(path)
            except ObservationFileError as exc:
                raise CommandError(str(exc)) from None
            observations.extend(read.observations)
            for problem in read.problems:
                print(f"skipped row: {problem}", file=sys.stderr)
        return observations
    path = args.ledger or default_ledger_path()
    if not path.exists():
        raise CommandError(f"there is no ledger at {path}; record figures first (planengine record FILE) "
                           f"or give --observations FILE")
    with Ledger(path) as ledger:
        return list(ledger.observations(known_on=args.known_on))


def parse_date(text: str) -> dt.date:
    """An argparse type for dates written YYYY-MM-DD, in the years plans are written for."""
    if not _DATE.match(text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD")
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None
    if not 1900 <= day.year <= 2999:
        raise argparse.ArgumentTypeError(f"{text!r} is outside the years 1900-2999")
    return day


def write_output(path: Path, text: str) -> None:
    """Write a command's output file; a path that cannot be written is a CommandError."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from None


def run_record(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    status = EXIT_OK
    path = args.ledger or default_ledger_path()
    with Ledger(path) as ledger:
        for file in args.files:
            try:
                report = ledger.record_file(file, recorded_by=args.recorded_by, progress=_progress(file))
            except LedgerImportError as exc:
                print(f"{file}: not recorded, {len(exc.problems)} bad row{'s' if len(exc.problems) != 1 else ''} "
                      f"(nothing from this file was kept):", file=sys.stderr)
                for problem in exc.problems:
                    print(f"  {problem}", file=sys.stderr)
                status = EXIT_INVALID
                continue
            except (ObservationFileError, LedgerError) as exc:
                print(f"{file}: not recorded: {exc}", file=sys.stderr)
                status = EXIT_INVALID
                continue
            if report.already_imported_at is not None:
                print(f"{file}: already recorded on {report.already_imported_at:%Y-%m-%d %H:%M}; nothing added")
            else:
                print(f"{file}: {report.added} figure{'s' if report.added != 1 else ''} recorded, "
                      f"{report.unchanged} unchanged")
    print(f"ledger: {path}", file=sys.stderr)
    return status


def _progress(file: str) -> Callable[[int, int], None]:
    """A progress callback that reports long imports on stderr, and stays quiet for short ones."""
    def show(done: int, total: int) -> None:
        if total >= 1000:
            end = "\n" if done >= total else "\r"
            print(f"{file}: {done}/{total} rows", end=end, file=sys.stderr, flush=True)
    return show


def run_history(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    path = args.ledger or default_ledger_path()
    if not path.exists():
        raise CommandError(f"there is no ledger at {path}")
    with Ledger(path) as ledger:
        revisions = ledger.history(args.metric, args.date)
    if not revisions:
        print(f"no figures for {args.metric!r} in {path}")
        return EXIT_OK
    print("date        measure  rev  value              known since       recorded by / from")
    for rev in revisions:
        obs = rev.observation
        value = f"{format_decimal(obs.quantity.magnitude)}{obs.quantity.unit.symbol}"
        who = obs.reported_by or rev.recorded_by or "-"
        note = f"  ({obs.note})" if obs.note else ""
        print(f"{obs.date.isoformat()}  {obs.measure.value:<7}  {rev.revision:>3}  {value:<17}  "
              f"{rev.known_since:%Y-%m-%d %H:%M}  {who} / {obs.source}{note}")
    return EXIT_OK


def run_report(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    plan = load_spec(args.spec, registry)
    compiled = compile_plan(plan, registry)
    observations = load_observations(args)
    try:
        rule = registry.scoring_rule(args.scoring or DEFAULT_RULE.name)
    except KeyError as exc:
        raise CommandError(exc.args[0]) from None
    try:
        report = build_report(compiled, observations, args.as_of, ReportKind(args.kind), known_on=args.known_on,
                              rule=rule, lights=args.lights)
    except ValueError as exc:  # an unknown light rule, named with the installed ones
        raise CommandError(str(exc)) from None
    if report.result is not None:
        for warning in report.result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    text = render(report, args.format, args.lang)
    if args.output:
        write_output(Path(args.output), text)
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        print(text, end="")
    return EXIT_OK
