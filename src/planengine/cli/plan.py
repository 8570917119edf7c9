"""``validate``, ``show``, ``evaluate``, ``draft`` and ``plugins``: the commands that work on a spec."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .. import formatting
from ..convert import converter, make_converter
from ..engine import compile_plan
from ..model import Plan, RawParams
from ..office import decode
from ..plugins import EvaluatorRegistry
from ..quantities import format_decimal
from ..results import Assessment, EvaluationResult
from ..spec import SpecErrors, load_spec
from ..vocabulary import status_word
from .common import (
    EXIT_INVALID,
    EXIT_OK,
    CommandError,
    accepted_only,
    load_observations,
    plan_for_entity,
    plugin_output_to_stderr,
    say_notes,
    today,
    write_output,
)

__all__ = ["plan_summary", "render_table", "run_draft", "run_evaluate", "run_plugins", "run_show", "run_validate"]

#: ``show`` prints every parameter, defaults included, so a reader sees the whole rule.
_full = make_converter(omit_if_default=False)


def run_validate(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    status = EXIT_OK
    for path in args.specs:
        try:
            plan = load_spec(path, registry)
        except SpecErrors as exc:
            print(f"{path}: invalid, {formatting.counted(len(exc.errors), 'problem')}")
            for error in exc.errors:
                print(f"  {error.path or '(top level)'}: {error.message}")
            status = EXIT_INVALID
            continue
        shown = ", ".join(
            formatting.counted(len(items), noun)
            for items, noun in ((plan.targets, "target"), (plan.tasks, "task"), (plan.metrics, "metric"))
        )
        print(f"{path}: valid ({shown})")
        for name in plan.plugin_evaluators:
            count = sum(t.evaluator == name for t in plan.targets)
            if name not in registry and count:
                print(
                    f"  note: {formatting.counted(count, 'target')} {'uses' if count == 1 else 'use'} the evaluator {name!r}, "
                    f"which is not installed; they will be reported as unsupported"
                )
    return status


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
        targets.append(
            {
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
            }
        )
    group = plan.working_group
    return {
        "id": plan.id,
        "title": plan.title,
        "issuer": plan.issuer,
        "year": plan.year,
        "metrics": converter.unstructure(plan.metrics),
        "targets": targets,
        "tasks": [
            {
                "id": t.id,
                "number": t.number,
                "title": t.title,
                "parent": t.parent,
                "lead": named(plan.responsibility(t.id).lead),
                "support": named(plan.responsibility(t.id).support),
            }
            for t in plan.tasks
        ],
        "working_group": None
        if group is None
        else {
            "name": group.name,
            "convener": group.convener,
            "deputy_convener": group.deputy_convener,
            "office": names.get(group.office, group.office) if group.office else None,
            "members": named(group.members),
            "quote": group.quote,
        },
        "cadence": {
            "reports": [c.value for c in plan.cadence.reports],
            "report_to": plan.cadence.report_to,
            "quote": plan.cadence.quote,
        },
    }


def run_show(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
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


def run_evaluate(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    plan, entity = plan_for_entity(load_spec(args.spec, registry), args.entity)
    compiled = compile_plan(plan, registry)
    only_accepted = accepted_only(args)
    observations, skipped = load_observations(args, compiled.metrics, accepted_only=only_accepted, entity=entity)
    with plugin_output_to_stderr():  # a plugin's print() must not corrupt the JSON on stdout
        result = compiled.evaluate(observations, args.as_of or today(), entity=entity)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.format == "json":
        print(result.to_json())
    else:
        print(render_table(result, args.lang))
    return EXIT_INVALID if skipped else EXIT_OK


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
    lines.append(f"{formatting.counted(total, 'target')}: {counts}")
    return "\n".join(lines)


def _row(a: Assessment, lang: str) -> list[str]:
    status = f"{a.status.value}" + (f" {status_word(a.status, 'zh')}" if lang == "zh" else "")
    schedule = formatting.DASH
    if a.progress is not None:
        schedule = formatting.points(a.progress.shown_points, "en", signed=True)
    return [
        a.target,
        status,
        formatting.amount(a.actual, a.unit),
        formatting.amount(a.required, a.unit),
        formatting.percent(a.completion),
        formatting.percent(a.expected),
        schedule,
        formatting.gap(a.gap, a.unit, "en", strict=a.gap_strict),
    ]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def run_draft(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    from ..draft import draft_spec  # imported on use: only this command needs cn2an

    path = Path(args.text_file)
    try:
        text, encoding_note = decode(path.read_bytes(), str(path))  # UTF-8 (BOM or not), GBK/GB18030, UTF-16
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from None
    except ValueError as exc:  # in no encoding planengine reads: the message names those tried
        raise CommandError(str(exc)) from None
    if encoding_note:
        say_notes([encoding_note])
    plan_id = (
        args.plan_id
        or "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "-" for ch in path.stem).strip("-")
        or "draft"
    )
    result = draft_spec(text, plan_id=plan_id, year=args.year, registry=registry)
    output = Path(args.output) if args.output else None
    rendered = result.to_json() + "\n" if output is not None and output.suffix.lower() == ".json" else result.to_toml()
    if output is None:
        sys.stdout.write(rendered)
    else:
        write_output(output, rendered, inputs=[args.text_file])
    for note in result.review:
        print(f"review: {note}", file=sys.stderr)
    if output is not None:
        print(f"wrote {output}; check every REVIEW note before use", file=sys.stderr)
    return EXIT_OK


def run_plugins(args: argparse.Namespace, registry: EvaluatorRegistry) -> int:
    entries: list[dict[str, Any]] = [
        {
            "evaluator": r.evaluator.name,
            "version": r.evaluator.version,
            "api_version": r.evaluator.api_version,
            "plugin": r.plugin,
            "package": r.package,
            "package_version": r.package_version,
            "description": r.evaluator.description,
            "params": r.schema(),
        }
        for r in registry
    ]
    rules = [
        {"scoring_rule": name, "version": rule.version, "plugin": plugin, "description": rule.description}
        for name, (rule, plugin) in sorted(registry.scoring_rules.items())
    ]
    lights = [
        {
            "light_rule": name,
            "version": rule.version,
            "plugin": plugin,
            "description": rule.description,
            "source": rule.source,
        }
        for name, (rule, plugin) in sorted(registry.light_rules.items())
    ]
    if args.format == "json":
        print(
            json.dumps(
                {"evaluators": entries, "scoring_rules": rules, "light_rules": lights}, ensure_ascii=False, indent=2
            )
        )
        return EXIT_OK
    for e in entries:
        print(
            f"{e['evaluator']} {e['version']}  from {e['package']} {e['package_version']} "
            f"(plugin {e['plugin']}, API {e['api_version']})\n    {e['description']}"
        )
        for p in e["params"]:
            default = "required" if p["required"] else f"default {p.get('default') or 'none'}"
            print(f"    - {p['name']}: {p['type']} ({default})")
    for r in rules:
        print(f"scoring rule {r['scoring_rule']} {r['version']}  (plugin {r['plugin']})\n    {r['description']}")
    for light in lights:
        print(
            f"light rule {light['light_rule']} {light['version']}  (plugin {light['plugin']})\n"
            f"    {light['description']}\n    after: {light['source']}"
        )
    return EXIT_OK
