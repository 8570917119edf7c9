"""The ``planengine`` command line: validate, show, evaluate, plugins.

Every command reads files and prints; the work is done by the library. Errors in what a
user gave (a spec, a figures file, a date) are printed as located sentences with a
non-zero exit code, never as a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from .cli_records import (
    CommandError,
    add_source_arguments,
    load_observations,
    parse_date,
    run_history,
    run_record,
    run_report,
    write_output,
)
from .convert import converter, make_converter
from .engine import compile_plan
from . import formatting
from .vocabulary import status_word
from .ledger import LedgerError
from .model import Plan, RawParams
from .plugins import EvaluatorRegistry, PluginError, default_registry
from .quantities import format_decimal
from .reporting import ReportKind
from .results import Assessment, EvaluationResult
from .spec import SpecErrors, load_spec

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2

#: ``show`` prints every parameter, defaults included, so a reader sees the whole rule.
_full = make_converter(omit_if_default=False)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (also used by ``python -m planengine``)."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        registry = default_registry()
        return int(args.run(args, registry))
    except PluginError as exc:
        print(f"planengine: plugin problem: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SpecErrors as exc:
        print(exc, file=sys.stderr)
        return EXIT_INVALID
    except (CommandError, LedgerError) as exc:
        print(f"planengine: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="planengine", description="Work plans as typed, evaluable specs.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = commands.add_parser("validate", help="check spec files and list every problem")
    validate.add_argument("specs", nargs="+", metavar="SPEC")
    validate.set_defaults(run=_validate)

    show = commands.add_parser("show", help="print the compiled plan")
    show.add_argument("spec", metavar="SPEC")
    show.add_argument("--format", choices=["json", "text"], default="text")
    show.set_defaults(run=_show)

    evaluate = commands.add_parser("evaluate", help="judge every target against reported figures")
    evaluate.add_argument("spec", metavar="SPEC")
    evaluate.add_argument("--as-of", required=True, type=parse_date, metavar="YYYY-MM-DD")
    add_source_arguments(evaluate)
    evaluate.add_argument("--format", choices=["table", "json"], default="table")
    evaluate.add_argument("--lang", choices=["zh", "en"], default="zh", help="language of the explanations")
    evaluate.set_defaults(run=_evaluate)

    report = commands.add_parser("report", help="write the dekad brief, monthly bulletin or quarterly summary")
    report.add_argument("spec", metavar="SPEC")
    report.add_argument("--kind", required=True, choices=[k.value for k in ReportKind])
    report.add_argument("--as-of", required=True, type=parse_date, metavar="YYYY-MM-DD")
    add_source_arguments(report)
    report.add_argument("--format", choices=["markdown", "html", "json"], default="markdown")
    report.add_argument("--lang", choices=["zh", "en"], default="zh")
    report.add_argument("--scoring", metavar="RULE", help="the scoring rule (default: completion-capped)")
    report.add_argument("--lights", metavar="RULE",
                        help="the warning-light rule, e.g. completion-rate (default: the plan's light_rule)")
    report.add_argument("--output", metavar="FILE", help="write the report to FILE instead of printing it")
    report.set_defaults(run=run_report)

    record = commands.add_parser("record", help="record figures from CSV or JSON files into the ledger")
    record.add_argument("files", nargs="+", metavar="FILE")
    record.add_argument("--ledger", type=Path, metavar="PATH", help="the ledger database")
    record.add_argument("--recorded-by", default="", metavar="NAME", help="who is recording the figures")
    record.set_defaults(run=run_record)

    history = commands.add_parser("history", help="every revision of a metric's figures in the ledger")
    history.add_argument("metric", metavar="METRIC")
    history.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD", help="only the figures for this date")
    history.add_argument("--ledger", type=Path, metavar="PATH", help="the ledger database")
    history.set_defaults(run=run_history)

    draft = commands.add_parser("draft", help="draft a spec from a plan's Chinese text, for a person to review")
    draft.add_argument("text_file", metavar="TEXT_FILE")
    draft.add_argument("-o", "--output", metavar="SPEC",
                       help="write the spec to SPEC: JSON for a .json name, else TOML (default: TOML on stdout)")
    draft.add_argument("--year", type=int, metavar="YYYY", help="the plan year (default: from the text)")
    draft.add_argument("--id", dest="plan_id", metavar="ID", help="the spec's id (default: from the file name)")
    draft.set_defaults(run=_draft)

    plugins = commands.add_parser("plugins", help="list the installed evaluators and their packages")
    plugins.add_argument("--format", choices=["table", "json"], default="table")
    plugins.set_defaults(run=_plugins)
    return parser


# --- validate ------------------------------------------------------------------------------------


def _validate(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    status = EXIT_OK
    for path in args.specs:
        try:
            plan = load_spec(path, registry)
        except SpecErrors as exc:
            print(f"{path}: invalid, {len(exc.errors)} problem{'s' if len(exc.errors) != 1 else ''}")
            for error in exc.errors:
                print(f"  {error.path or '(top level)'}: {error.message}")
            status = EXIT_INVALID
            continue
        print(f"{path}: valid ({len(plan.targets)} targets, {len(plan.tasks)} tasks, {len(plan.metrics)} metrics)")
        for name in plan.plugin_evaluators:
            count = sum(t.evaluator == name for t in plan.targets)
            if name not in registry and count:
                print(f"  note: {count} target{'s' if count != 1 else ''} use the evaluator {name!r}, "
                      f"which is not installed; they will be reported as unsupported")
    return status


# --- show ----------------------------------------------------------------------------------------


def plan_summary(plan: Plan) -> dict[str, Any]:
    """The compiled plan as plain data: targets with their units' names, tasks, group, cadence."""
    names = {u.id: u.name for u in plan.units}
    tasks = {t.id: t for t in plan.tasks}

    def named(ids: Sequence[str]) -> list[str]:
        return [names.get(i, i) for i in ids]

    targets = []
    for target in plan.targets:
        responsibility = plan.responsibility(target.task)
        params = target.params.data if isinstance(target.params, RawParams) else _full.unstructure(target.params)
        targets.append({
            "id": target.id,
            "metric": target.metric,
            "evaluator": target.evaluator,
            "params": params,
            "strive": target.strive,
            "weight": format_decimal(target.weight),
            "lead": named(responsibility.lead),
            "support": named(responsibility.support),
            "task": target.task,
            "task_number": tasks[target.task].number if target.task else None,
            "quote": target.quote,
        })
    group = plan.working_group
    return {
        "id": plan.id,
        "title": plan.title,
        "issuer": plan.issuer,
        "year": plan.year,
        "metrics": converter.unstructure(plan.metrics),
        "targets": targets,
        "tasks": [{
            "id": t.id, "number": t.number, "title": t.title, "parent": t.parent,
            "lead": named(plan.responsibility(t.id).lead), "support": named(plan.responsibility(t.id).support),
        } for t in plan.tasks],
        "working_group": None if group is None else {
            "name": group.name, "convener": group.convener, "deputy_convener": group.deputy_convener,
            "office": names.get(group.office, group.office) if group.office else None,
            "members": named(group.members), "quote": group.quote,
        },
        "cadence": {"reports": [c.value for c in plan.cadence.reports], "report_to": plan.cadence.report_to,
                    "quote": plan.cadence.quote},
    }


def _show(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    plan = load_spec(args.spec, registry)
    compile_plan(plan, registry)  # surfaces problems that only compiling finds
    summary = plan_summary(plan)
    if args.format == "json":
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{plan.title} ({plan.issuer}, {plan.year})")
    for task in summary["tasks"]:
        depth = _depth(plan, task["id"])
        lead = "、".join(task["lead"])
        print(f"{'  ' * depth}{task['number']} {task['title']}" + (f"  [牵头: {lead}]" if lead else ""))
        for target in summary["targets"]:
            if target["task"] == task["id"]:
                print(f"{'  ' * (depth + 1)}- {target['id']}: {target['quote']} ({target['evaluator']})")
    print("工作目标:")
    for target in summary["targets"]:
        if target["task"] is None:
            print(f"  - {target['id']}: {target['quote']} ({target['evaluator']})")
    return EXIT_OK


def _depth(plan: Plan, task_id: str) -> int:
    depth, parent = 0, plan.task(task_id).parent
    while parent is not None:
        depth, parent = depth + 1, plan.task(parent).parent
    return depth


# --- evaluate ------------------------------------------------------------------------------------


def _evaluate(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    plan = load_spec(args.spec, registry)
    compiled = compile_plan(plan, registry)
    result = compiled.evaluate(load_observations(args), args.as_of)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.format == "json":
        print(result.to_json())
    else:
        print(render_table(result, args.lang))
    return EXIT_OK


def render_table(result: EvaluationResult, lang: str = "zh") -> str:
    """The result as a plain-text table with a count of statuses, for a terminal."""
    head = ["target", "status", "actual", "required", "completion", "expected", "vs schedule", "gap"]
    rows = [head] + [_row(a, lang) for a in result.assessments]
    widths = [max(_width(row[i]) for row in rows) for i in range(len(head))]
    lines = [f"{result.plan}  as of {result.as_of.isoformat()}  ({result.spec_hash[:19]})"]
    for index, row in enumerate(rows):
        lines.append("  ".join(_pad(cell, widths[i]) for i, cell in enumerate(row)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append("")
    for a in result.assessments:
        explanation = a.explanation.zh if lang == "zh" else a.explanation.en
        lines.append(f"{a.target}: {explanation}")
    counts = ", ".join(f"{k} {v}" for k, v in result.counts().items() if v)
    lines.append("")
    total = len(result.assessments)
    lines.append(f"{total} target{'' if total == 1 else 's'}: {counts}")
    return "\n".join(lines)


def _row(a: Assessment, lang: str) -> list[str]:
    status = f"{a.status.value}" + (f" {status_word(a.status, 'zh')}" if lang == "zh" else "")
    schedule = formatting.DASH
    if a.progress is not None:
        schedule = formatting.points(a.progress.shown_points, "en", signed=True)
    return [a.target, status, formatting.amount(a.actual, a.unit), formatting.amount(a.required, a.unit),
            formatting.percent(a.completion), formatting.percent(a.expected), schedule,
            formatting.gap(a.gap, a.unit, "en", strict=a.gap_strict)]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


# --- draft ---------------------------------------------------------------------------------------


def _draft(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    from .draft import draft_spec  # imported on use: only this command needs cn2an

    path = Path(args.text_file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"cannot read {path}: {exc}") from None
    plan_id = args.plan_id or "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "-"
                                      for ch in path.stem).strip("-") or "draft"
    result = draft_spec(text, plan_id=plan_id, year=args.year, registry=registry)
    output = Path(args.output) if args.output else None
    rendered = result.to_json() + "\n" if output is not None and output.suffix.lower() == ".json" else result.to_toml()
    if output is None:
        sys.stdout.write(rendered)
    else:
        write_output(output, rendered)
    for note in result.review:
        print(f"review: {note}", file=sys.stderr)
    if output is not None:
        print(f"wrote {output}; check every REVIEW note before use", file=sys.stderr)
    return EXIT_OK


# --- plugins -------------------------------------------------------------------------------------


def _plugins(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    entries: list[dict[str, Any]] = [{
        "evaluator": r.evaluator.name,
        "version": r.evaluator.version,
        "api_version": r.evaluator.api_version,
        "plugin": r.plugin,
        "package": r.package,
        "package_version": r.package_version,
        "description": r.evaluator.description,
        "params": r.schema(),
    } for r in registry]
    rules = [{"scoring_rule": name, "version": rule.version, "plugin": plugin, "description": rule.description}
             for name, (rule, plugin) in sorted(registry.scoring_rules.items())]
    if args.format == "json":
        print(json.dumps({"evaluators": entries, "scoring_rules": rules}, ensure_ascii=False, indent=2))
        return EXIT_OK
    for e in entries:
        print(f"{e['evaluator']} {e['version']}  from {e['package']} {e['package_version']} "
              f"(plugin {e['plugin']}, API {e['api_version']})\n    {e['description']}")
        for p in e["params"]:
            default = "required" if p["required"] else f"default {p.get('default') or 'none'}"
            print(f"    - {p['name']}: {p['type']} ({default})")
    for r in rules:
        print(f"scoring rule {r['scoring_rule']} {r['version']}  (plugin {r['plugin']})\n    {r['description']}")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
