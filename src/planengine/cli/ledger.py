"""``record``, ``history`` and ``report``: the commands that work on the ledger and the reports."""

from __future__ import annotations

import argparse
import io
import itertools
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from .. import formatting
from ..engine import compile_plan
from ..ledger import Ledger, LedgerError, LedgerImportError
from ..observation_files import ObservationFileError
from ..observations import Measure, Observation
from ..plugins import EvaluatorRegistry
from ..quantities import format_decimal
from ..reminders import DueFigure, due_figures
from ..render import FORMATS, render
from ..reporting import ReportKind, build_report
from ..scoring import DEFAULT_RULE
from ..spec import load_spec
from ..templates import parse_period, template_rows, template_workbook
from .common import (
    EXIT_INVALID,
    EXIT_OK,
    CommandError,
    accepted_only,
    existing_ledger,
    ledger_inputs,
    ledger_location,
    load_observations,
    plan_for_entity,
    plugin_output_to_stderr,
    say_notes,
    today,
    unit_id,
    write_output,
)

__all__ = ["report_format", "run_due", "run_history", "run_record", "run_report", "run_review", "run_template"]

#: The report format a file name asks for, by its extension.
_FORMAT_OF_SUFFIX = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".xlsx": "xlsx",
}


def run_record(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    status = EXIT_OK
    path = ledger_location(args)
    metrics = {m.id: m for m in load_spec(args.spec, registry).metrics} if args.spec else None
    with Ledger(path) as ledger:
        for file in args.files:
            try:
                report = ledger.record_file(
                    file,
                    recorded_by=args.recorded_by,
                    progress=_progress(file),
                    metrics=metrics,
                    accept=args.accept,
                    entity=args.entity or "",
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
        elif total == 0 and done >= 1000:  # a file read as it is recorded: its length is not known ahead
            print(f"{file}: {done} rows", end="\r", file=sys.stderr, flush=True)

    return show


def run_history(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    path = existing_ledger(args)
    with Ledger(path, readonly=True) as ledger:
        revisions = ledger.history(args.metric, args.date, entity=args.entity)
        trail = ledger.reviews(args.metric, args.date, entity=args.entity)
    if not revisions:
        print(f"no figures for {args.metric!r} in {path}")
        return EXIT_OK
    print("date        measure  rev  value              known since       recorded by / from")
    for rev in revisions:
        obs = rev.observation
        if obs.entity and args.entity is None:
            print(f"{obs.entity}:", end=" ")
        value = f"{format_decimal(obs.quantity.magnitude)}{obs.quantity.unit.symbol}"
        who = obs.reported_by or rev.recorded_by or "-"
        note = f"  ({obs.note})" if obs.note else ""
        print(
            f"{obs.date.isoformat()}  {obs.measure.value:<7}  {rev.revision:>3}  {value:<17}  "
            f"{rev.known_since:%Y-%m-%d %H:%M}  {who} / {obs.source}{note}"
        )
        for step in trail:
            if (step.entity, step.date, step.measure, step.revision) == (
                obs.entity,
                obs.date,
                obs.measure,
                rev.revision,
            ):
                words = "accepted 审核通过" if step.state == "accepted" else f"returned 退回: {step.reason}"
                print(f"{'':33}{words}, by {step.reviewed_by or '-'} at {step.reviewed_at:%Y-%m-%d %H:%M}")
    return EXIT_OK


def run_review(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    """``planengine review``: accept figures, or return them (退回) with a reason; ``--list`` shows what waits."""
    path = existing_ledger(args)
    if args.list:
        with Ledger(path, readonly=True) as ledger:
            waiting = ledger.pending(entity=args.entity)
        for figure in waiting:
            whose = f"{figure.entity}  " if figure.entity else ""
            print(
                f"{whose}{figure.metric}  {figure.date.isoformat()}  {figure.measure.value}  revision {figure.revision}"
            )
        print(f"{formatting.counted(len(waiting), 'figure')} awaiting review", file=sys.stderr)
        return EXIT_OK
    if (args.accept is None) == (args.return_reason is None):
        raise CommandError("say --accept, or --return REASON")
    with Ledger(path) as ledger:
        if args.all:
            targets = [(p.entity, p.metric, p.date, p.measure) for p in ledger.pending(entity=args.entity)]
        elif args.metric and args.date:
            targets = [(args.entity or "", args.metric, args.date, Measure(args.measure))]
        else:
            raise CommandError("name a figure (METRIC --date YYYY-MM-DD), or review every waiting one with --all")
        for entity, metric, day, measure in targets:
            step = ledger.review(
                metric,
                day,
                accept=bool(args.accept),
                reason=args.return_reason or "",
                measure=measure,
                entity=entity,
                reviewed_by=args.by,
            )
            verb = "accepted" if step.state == "accepted" else f"returned ({step.reason})"
            whose = f"{entity} " if entity else ""
            print(f"{whose}{metric} {day.isoformat()} revision {step.revision}: {verb}")
    return EXIT_OK


def run_report(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    plan, entity = plan_for_entity(load_spec(args.spec, registry), args.entity)
    compiled = compile_plan(plan, registry)
    only_accepted = accepted_only(args)
    observations, skipped = load_observations(args, compiled.metrics, accepted_only=only_accepted, entity=entity)
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
                scope=_scope(only_accepted, bool(args.observations)),
                entity=entity,
            )
    except ValueError as exc:  # an unknown light rule, named with the installed ones
        raise CommandError(str(exc)) from None
    if report.result is not None:
        for warning in report.result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    text = render(report, report_format(args.format, args.output), args.lang)
    if args.output:
        inputs = [args.spec, *ledger_inputs(args), *(args.observations or [])]
        write_output(Path(args.output), text, inputs=inputs)
        if args.output != "-":
            print(f"wrote {args.output}", file=sys.stderr)
    elif isinstance(text, bytes):
        raise CommandError("an xlsx report needs a file: -o june.xlsx")
    else:
        print(text, end="")
    return EXIT_INVALID if skipped else EXIT_OK


def _scope(only_accepted: bool, from_files: bool) -> str:
    """Which figures a report counts, said in its header."""
    if from_files:
        return "files"
    return "accepted" if only_accepted else "submitted"


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


def run_due(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    """``planengine due``: the reminder list (催报) of figures owed at the as-of date."""
    plan, entity = plan_for_entity(load_spec(args.spec, registry), args.entity)
    observations, skipped = load_observations(args, {m.id: m for m in plan.metrics}, entity=entity)
    as_of = args.as_of or today()
    owed = due_figures(plan, observations, as_of)
    fmt = args.format or _due_format(args.output)
    if fmt == "xlsx":
        if not args.output or args.output == "-":
            raise CommandError("an xlsx reminder list needs a file: -o due.xlsx")
        _write_due_workbook(
            Path(args.output),
            owed,
            as_of,
            inputs=[args.spec, *ledger_inputs(args), *(args.observations or [])],
        )
        print(f"wrote {args.output}", file=sys.stderr)
        return EXIT_INVALID if skipped else EXIT_OK
    if fmt == "json":
        text = (
            json.dumps(
                {
                    "plan": plan.id,
                    "as_of": as_of.isoformat(),
                    "due": [
                        {
                            "reporter": d.reporter,
                            "reporter_name": d.reporter_name,
                            "metric": d.metric,
                            "metric_name": d.metric_name,
                            "period": d.period_label,
                            "due_on": d.period_end.isoformat(),
                            "overdue_days": d.overdue_days,
                        }
                        for d in owed
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    else:
        text = _due_text(plan.title, owed, as_of)
    if args.output and args.output != "-":
        write_output(
            Path(args.output),
            text,
            inputs=[args.spec, *ledger_inputs(args), *(args.observations or [])],
        )
    else:
        sys.stdout.write(text)
    return EXIT_INVALID if skipped else EXIT_OK


def _due_format(output: str | None) -> str:
    suffix = Path(output).suffix.lower() if output else ""
    return {".json": "json", ".xlsx": "xlsx"}.get(suffix, "text")


def _due_text(title: str, owed: tuple[DueFigure, ...], as_of: date) -> str:
    lines = [f"{title} 催报清单 截至{as_of.isoformat()}:共{len(owed)}项未报"]
    for unit, figures in itertools.groupby(owed, key=lambda d: d.reporter_name):
        listed = list(figures)
        lines.append(f"{unit}({len(listed)}项)")
        for d in listed:
            state = f"逾期{d.overdue_days}天" if d.overdue else "本期应报"
            lines.append(f"  {d.metric_name}  {d.period_label}  应报日期{d.period_end.isoformat()}  {state}")
    return "\n".join(lines) + "\n"


def _write_due_workbook(path: Path, owed: tuple[DueFigure, ...], as_of: date, inputs: list[str | Path]) -> None:
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "催报"
    sheet.append([f"催报清单 截至{as_of.isoformat()}"])
    sheet.append(["报送单位", "指标", "指标标识", "期次", "应报日期", "逾期天数"])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    late = PatternFill("solid", fgColor="F8D7DA")
    for d in owed:
        sheet.append([d.reporter_name, d.metric_name, d.metric, d.period_label, d.period_end, d.overdue_days])
        if d.overdue:
            for cell in sheet[sheet.max_row]:
                cell.fill = late
    for column, width in zip("ABCDEF", (16, 34, 24, 18, 12, 10)):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_output(path, buffer.getvalue(), inputs=inputs)


def run_template(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    """``planengine template``: a fill-in workbook per unit for a period (填报模板)."""
    plan = load_spec(args.spec, registry)
    try:
        period = parse_period(args.period)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    units = [u.id for u in plan.units] if args.unit is None else [unit_id([plan], args.unit)]
    observations: tuple[Observation, ...] = ()
    try:  # the last figures, shown beside each row
        with Ledger(existing_ledger(args), readonly=True) as ledger:
            observations = ledger.observations(metrics=[m.id for m in plan.metrics], entity="")
    except CommandError:
        pass  # no ledger yet: nothing to show
    written = 0
    for unit in units:
        rows = template_rows(plan, unit, period, observations)
        if not rows:
            if args.unit is not None:
                print(f"{unit}: nothing is due for {period.label}; no template written", file=sys.stderr)
            continue
        if args.output and args.unit is not None and not Path(args.output).is_dir():
            target = Path(args.output)
        else:
            folder = Path(args.output) if args.output else Path.cwd()
            target = folder / f"{plan.id}-{unit}-{period.end.isoformat()}.xlsx"
        write_output(target, template_workbook(plan, unit, period, rows), inputs=[args.spec, *ledger_inputs(args)])
        print(f"wrote {target} ({formatting.counted(len(rows), 'figure')} to fill)")
        written += 1
    if not written and args.unit is None:
        print(f"nothing is due from any unit for {period.label}", file=sys.stderr)
    return EXIT_OK
