"""``record``, ``history`` and ``report``: the commands that work on the ledger and the reports."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from .. import formatting
from ..engine import compile_plan
from ..ledger import Ledger, LedgerError, LedgerImportError, default_ledger_path
from ..observation_files import ObservationFileError
from ..plugins import EvaluatorRegistry
from ..quantities import format_decimal
from ..render import FORMATS, render
from ..reporting import ReportKind, build_report
from ..scoring import DEFAULT_RULE
from ..spec import load_spec
from .common import (
    EXIT_INVALID,
    EXIT_OK,
    CommandError,
    load_observations,
    plugin_output_to_stderr,
    say_notes,
    today,
    write_output,
)

__all__ = ["report_format", "run_history", "run_record", "run_report"]

#: The report format a file name asks for, by its extension.
_FORMAT_OF_SUFFIX = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".json": "json"}


def run_record(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    status = EXIT_OK
    path = args.ledger or default_ledger_path()
    metrics = {m.id: m for m in load_spec(args.spec, registry).metrics} if args.spec else None
    with Ledger(path) as ledger:
        for file in args.files:
            try:
                report = ledger.record_file(
                    file, recorded_by=args.recorded_by, progress=_progress(file), metrics=metrics
                )
            except LedgerImportError as exc:
                print(
                    f"{file}: not recorded, {formatting.counted(len(exc.problems), 'bad row')} "
                    f"(nothing from this file was kept):",
                    file=sys.stderr,
                )
                for problem in exc.problems:
                    print(f"  {problem}", file=sys.stderr)
                status = EXIT_INVALID
                continue
            except (ObservationFileError, LedgerError) as exc:
                print(f"{file}: not recorded: {exc}", file=sys.stderr)
                status = EXIT_INVALID
                continue
            say_notes(report.notes)
            if report.already_imported_at is not None:
                print(f"{file}: already recorded on {report.already_imported_at:%Y-%m-%d %H:%M}; nothing added")
            else:
                print(f"{file}: {formatting.counted(report.added, 'figure')} recorded, {report.unchanged} unchanged")
    print(f"ledger: {path}", file=sys.stderr)
    return status


def _progress(file: str) -> Callable[[int, int], None] | None:
    """A progress display for long imports, on a terminal only (a log gets no carriage returns)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total >= 1000:
            end = "\n" if done >= total else "\r"
            print(f"{file}: {done}/{total} rows", end=end, file=sys.stderr, flush=True)

    return show


def run_history(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    path = args.ledger or default_ledger_path()
    if not path.exists():
        raise CommandError(f"there is no ledger at {path}")
    with Ledger(path, readonly=True) as ledger:
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
        print(
            f"{obs.date.isoformat()}  {obs.measure.value:<7}  {rev.revision:>3}  {value:<17}  "
            f"{rev.known_since:%Y-%m-%d %H:%M}  {who} / {obs.source}{note}"
        )
    return EXIT_OK


def run_report(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    plan = load_spec(args.spec, registry)
    compiled = compile_plan(plan, registry)
    observations, skipped = load_observations(args, compiled.metrics)
    try:
        rule = registry.scoring_rule(args.scoring or DEFAULT_RULE.name)
    except KeyError as exc:
        raise CommandError(exc.args[0]) from None
    try:
        with plugin_output_to_stderr():  # a plugin's print() must not corrupt the report on stdout
            report = build_report(
                compiled,
                observations,
                args.as_of or today(),
                ReportKind(args.kind),
                known_on=args.known_on,
                rule=rule,
                lights=args.lights,
            )
    except ValueError as exc:  # an unknown light rule, named with the installed ones
        raise CommandError(str(exc)) from None
    if report.result is not None:
        for warning in report.result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    text = render(report, report_format(args.format, args.output), args.lang)
    if args.output:
        inputs = [args.spec, args.ledger or default_ledger_path(), *(args.observations or [])]
        write_output(Path(args.output), text, inputs=inputs)
        if args.output != "-":
            print(f"wrote {args.output}", file=sys.stderr)
    else:
        print(text, end="")
    return EXIT_INVALID if skipped else EXIT_OK


def report_format(asked: str | None, output: str | None) -> str:
    """The format to write: ``--format``, else what ``--output``'s extension says, else Markdown.

    A format that contradicts the file's extension (``--format html -o r.json``) is an error,
    and so is an extension that names no format planengine writes (``r.xlsx``).
    """
    implied = None
    if output:
        suffix = Path(output).suffix.lower()
        implied = _FORMAT_OF_SUFFIX.get(suffix)
        if implied is None and suffix not in ("", ".txt"):
            raise CommandError(
                f"{output}: planengine writes reports as {', '.join(FORMATS)} "
                f"({', '.join(sorted(_FORMAT_OF_SUFFIX))}); {suffix} is none of these"
            )
    if asked is not None and implied is not None and asked != implied:
        raise CommandError(f"--format {asked} does not match {output}, which is a {implied} file name")
    return asked or implied or "markdown"
