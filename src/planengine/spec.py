"""Reading and writing spec files: a plan as declarative TOML or JSON data.

Loading happens in three passes, and every error of every pass is collected before
anything is raised, so a user sees all the problems of a spec at once:

1. parse the file (TOML with ``tomllib`` or JSON), numbers as ``Decimal``;
2. structure it into the model with the cattrs converter (types, required and unknown
   fields), each target's ``params`` into its evaluator's own parameter class;
3. check references and meaning: duplicate ids, unknown metrics, units or tasks, a unit
   that does not fit the metric, an evaluator that is not installed.

A spec may list the entities that carry the plan out (``[[entities]]``: a city's template
for its districts). Each entity states only what differs for it: its versions of some
targets, written as overrides of the plan target (``params`` merged over the plan's, and
``quote``, ``weight``, ...). Every override is structured and checked as a target is, and
written back in the same form, so the spec stays one template plus differences.

Each :class:`SpecProblem` names the file and the path inside the spec
(``targets[3].params.value``) with a sentence a non-programmer understands. A spec is data:
nothing in it is executed.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import hashlib
import json
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from .convert import converter, default_unit, make_converter
from .errors import PlanengineError
from .evaluator import Status
from .model import Entity, Metric, OrgUnit, Plan, RawParams, SchedulePoint, Target, TargetExample, Task
from .plugins import EvaluatorRegistry, default_registry
from .quantities import QuantityError, format_decimal, parse_quantity

__all__ = [
    "SPEC_FORMAT",
    "SpecError",
    "SpecProblem",
    "SpecErrors",
    "check_plan",
    "dump_spec",
    "load_spec",
    "loads_spec",
    "spec_hash",
    "structure_params",
    "structure_spec",
]

#: The spec format this version of planengine reads and writes.
SPEC_FORMAT = 1


@attrs.frozen
class SpecProblem:
    """One problem in a spec: where it is and what is wrong, in plain words.

    ``path`` is the place inside the spec as a reader writes it (``targets[3].params.value``);
    :attr:`location` is the same place as data (``("targets", 3, "params", "value")``), for
    tools that act on it.
    """

    file: str
    path: str
    message: str

    @property
    def location(self) -> tuple[str | int, ...]:
        """The path as its steps: field names (str) and list positions (int).

        A key holding dots is quoted in the path as TOML quotes it (``targets."goal.rd-growth"``)
        and is one step here (``"goal.rd-growth"``, without the quotes).
        """
        return tuple(
            json.loads(step) if step.startswith('"') else int(step) if step.isdigit() else step
            for step in _PATH_STEP.findall(self.path)
        )

    def __str__(self) -> str:
        where = f"{self.file}: " if self.file else ""
        return f"{where}{self.path or '(top level)'}: {self.message}"


#: The former name of :class:`SpecProblem`, kept so existing imports work.
SpecError = SpecProblem

_PATH_STEP = re.compile(r'"(?:[^"\\]|\\.)*"|[^.\[\]"]+')


class SpecErrors(PlanengineError, ValueError):
    """A spec could not be loaded; ``errors`` lists every problem found."""

    def __init__(self, errors: Sequence[SpecProblem]) -> None:
        self.errors = tuple(errors)
        count = len(self.errors)
        lines = "\n".join(f"  - {e}" for e in self.errors)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the spec:\n{lines}")


def load_spec(path: str | Path, registry: EvaluatorRegistry | None = None) -> Plan:
    """Load a plan from a ``.toml`` or ``.json`` spec file; raises :class:`SpecErrors`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecErrors([SpecProblem(str(path), "", f"the file cannot be read: {exc}")]) from None
    fmt = "json" if path.suffix.lower() == ".json" else "toml"
    return loads_spec(text, fmt=fmt, file=str(path), registry=registry)


def loads_spec(text: str, fmt: str = "toml", *, file: str = "", registry: EvaluatorRegistry | None = None) -> Plan:
    """Load a plan from spec text in ``fmt`` (``"toml"`` or ``"json"``)."""
    data = _parse(text, fmt, file)
    return structure_spec(data, file=file, registry=registry)


def _parse(text: str, fmt: str, file: str) -> Any:
    if fmt not in ("json", "toml"):
        raise ValueError(f"unknown spec format {fmt!r}; use 'toml' or 'json'")
    try:
        if fmt == "json":
            data = json.loads(text, parse_float=Decimal, object_pairs_hook=_no_duplicate_keys)
        else:
            data = tomllib.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise SpecErrors([SpecProblem(file, f"line {exc.lineno}", f"this is not valid JSON: {exc.msg}")]) from None
    except tomllib.TOMLDecodeError as exc:
        raise SpecErrors([SpecProblem(file, "", f"this is not valid TOML: {exc}")]) from None
    except _DuplicateKey as exc:
        raise SpecErrors([SpecProblem(file, "", f"the key {exc.key!r} appears twice in one table; keep one")]) from None
    except RecursionError:
        raise SpecErrors(
            [SpecProblem(file, "", "the spec is nested too deeply to be a plan; check its brackets")]
        ) from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise SpecErrors([SpecProblem(file, "", f"the spec cannot be read: {exc}")]) from None
    problem = _unwritable_text(data)
    if problem is not None:
        raise SpecErrors([SpecProblem(file, *problem)])
    return data


class _DuplicateKey(PlanengineError, ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are unique: a repeated key is refused, never silently the last."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise _DuplicateKey(key)
        data[key] = value
    return data


#: How deep a spec may nest: a plan needs four or five levels; 64 leaves room and stops abuse.
_MAX_DEPTH = 64


def _unwritable_text(data: Any) -> tuple[str, str] | None:
    """(path, message) for the first text that could not be written out again, or a spec nested absurdly deep.

    A lone surrogate (\\ud800) passes JSON but cannot be encoded as UTF-8, so every report
    and hash would fail on it later; it is refused here, where its place can be named.
    """
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    while stack:
        value, path, depth = stack.pop()
        if depth > _MAX_DEPTH:
            return path, f"nested more than {_MAX_DEPTH} levels deep, which no plan needs"
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return path, "this text holds a character that is not valid Unicode (a lone surrogate)"
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str) and _unwritable_text(key) is not None:
                    return path, f"the key {key!r} is not valid Unicode"
                stack.append((item, f"{path}.{key}" if path else str(key), depth + 1))
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{i}]", depth + 1) for i, item in enumerate(value))
    return None


#: The lists of a spec, each structured item by item so one bad item hides no other error.
_COLLECTIONS: dict[str, type] = {"units": OrgUnit, "metrics": Metric, "tasks": Task, "targets": Target}
#: The lists whose items have ids that must be unique: the above, and the entities (structured apart).
_LISTS = (*_COLLECTIONS, "entities")


@attrs.frozen
class _Collected:
    """Where each structured item stood in the spec, and the ids of items that failed to structure."""

    indices: Mapping[str, Sequence[int]]
    failed_ids: Mapping[str, frozenset[str]]

    def path(self, collection: str, position: int) -> str:
        return f"{collection}[{self.indices[collection][position]}]"


def structure_spec(data: Any, *, file: str = "", registry: EvaluatorRegistry | None = None) -> Plan:
    """Turn parsed spec data into a :class:`Plan`, collecting every error."""
    registry = registry if registry is not None else default_registry()
    if not isinstance(data, Mapping):
        raise SpecErrors([SpecProblem(file, "", "a spec must be a table of fields (a JSON object)")])
    problems: list[tuple[str, str]] = []
    body = dict(data)
    version = body.pop("format", None)
    if version is None:
        problems.append(("format", f"the spec must state its format version: format = {SPEC_FORMAT}"))
    elif isinstance(version, bool) or version != SPEC_FORMAT:
        raise SpecErrors(
            [
                SpecProblem(
                    file,
                    "format",
                    f"this spec is in format {version!r}; this version of planengine reads format {SPEC_FORMAT}",
                )
            ]
        )
    items: dict[str, list[Any]] = {}
    indices: dict[str, list[int]] = {}
    failed: dict[str, frozenset[str]] = {}
    for name, cls in _COLLECTIONS.items():
        raw = body.pop(name, [])
        if not isinstance(raw, list):
            problems.append((name, f"expected a list here (in TOML, [[{name}]] tables)"))
            raw = []
        items[name], indices[name] = [], []
        failed_ids: set[str] = set()
        for index, entry in enumerate(raw):
            item, found = _structure_item(entry, cls)
            problems.extend((f"{name}[{index}]{_join(path)}", message) for path, message in found)
            if item is not None:
                items[name].append(item)
                indices[name].append(index)
            elif isinstance(entry, Mapping) and isinstance(entry.get("id"), str):
                failed_ids.add(entry["id"])
        failed[name] = frozenset(failed_ids)
    raw_entities = body.pop("entities", [])
    header_read = True
    try:
        header = converter.structure(body, Plan)
    except (ClassValidationError, IterableValidationError) as exc:
        header_read = False
        problems.extend(_located(exc))
        listed = body.get("plugin_evaluators")
        header = Plan(
            id="",
            title="",
            issuer="",
            year=0,
            plugin_evaluators=tuple(e for e in listed if isinstance(e, str)) if isinstance(listed, list) else (),
        )
    plan = attrs.evolve(
        header,
        units=tuple(items["units"]),
        metrics=tuple(items["metrics"]),
        tasks=tuple(items["tasks"]),
        targets=tuple(items["targets"]),
    )
    targets = []
    written: dict[str, Target] = {}  # the plan's targets with their params as written, for entities to merge over
    troubled = set(failed["targets"])  # targets with problems of their own: their entity versions would echo them
    for position, target in enumerate(plan.targets):
        # the evaluators' own checks need the plan's year and ids: skipped when the header failed,
        # so that one wrong header field does not echo as a false problem in every target
        structured, found = structure_params(plan, indices["targets"][position], target, registry, check=header_read)
        targets.append(structured)
        problems.extend(found)
        if found:  # (params that are not a table are a problem too)
            troubled.add(target.id)
        else:
            written.setdefault(target.id, attrs.evolve(target, params=dict(target.params or {})))
    plan = attrs.evolve(plan, targets=tuple(targets))
    entities, indices["entities"], failed["entities"], found = _structure_entities(
        raw_entities, plan, written, troubled, registry, check=header_read
    )
    problems.extend(found)
    plan = attrs.evolve(plan, entities=tuple(entities))
    collected = _Collected(indices, failed)
    problems.extend(check_plan(plan, registry, collected, header_read=header_read))
    if problems:
        raise SpecErrors([SpecProblem(file, path, message) for path, message in problems])
    object.__setattr__(plan, "_written_hash", _hash(data))  # frozen: set once, before anyone sees it
    return plan


def _structure_item(entry: Any, cls: type) -> tuple[Any, list[tuple[str, str]]]:
    """Structure one list item; on failure, retry without the faulty fields.

    The retry gives a partial item (its faulty fields at their defaults) whose references
    can still be checked, so one wrong type hides no other error. The spec is rejected
    either way, because the first attempt's problems are returned.
    """
    try:
        return converter.structure(entry, cls), []
    except (ClassValidationError, IterableValidationError) as exc:
        found = _located(exc)
    except (ValueError, TypeError, AttributeError) as exc:
        return None, [("", _sentence(exc))]
    faulty = {re.split(r"[.\[]", path, maxsplit=1)[0] for path, _ in found}
    if not isinstance(entry, Mapping) or "" in faulty:
        return None, found
    try:
        return converter.structure({k: v for k, v in entry.items() if k not in faulty}, cls), found
    except (ClassValidationError, IterableValidationError, ValueError, TypeError, AttributeError):
        return None, found


def _metric_or_none(plan: Plan, metric_id: str | None) -> Metric | None:
    try:
        return plan.metric(metric_id) if metric_id is not None else None
    except KeyError:
        return None


def structure_params(
    plan: Plan,
    index: int,
    target: Target,
    registry: EvaluatorRegistry,
    *,
    check: bool = True,
    where: str | None = None,
) -> tuple[Target, list[tuple[str, str]]]:
    """Structure one target's raw params table into its evaluator's parameter class.

    ``check`` runs the evaluator's own spec-time check too (it needs a plan whose header was read).
    Problems are located under ``where``: by default ``targets[index].params``.
    """
    where = where if where is not None else f"targets[{index}].params"
    raw = target.params if target.params is not None else {}
    if not isinstance(raw, Mapping):
        return target, [(where, "params must be a table of named values")]
    registered = registry.get(target.evaluator)
    if registered is None:
        return attrs.evolve(target, params=RawParams(dict(raw))), []
    metric = _metric_or_none(plan, target.metric)
    token = default_unit.set(metric.unit if metric else None)
    try:
        params = converter.structure(dict(raw), registered.evaluator.params)
    except (ClassValidationError, IterableValidationError) as exc:
        return target, [(f"{where}{_join(path)}", message) for path, message in _located(exc)]
    except (ValueError, TypeError) as exc:
        return target, [(where, str(exc))]
    finally:
        default_unit.reset(token)
    problems = []
    if check and registered.evaluator.check is not None:
        try:
            found = registered.evaluator.check(params, metric, plan)
        except Exception as exc:  # a plugin's failure is reported, not raised at the user
            return target, [
                (
                    where,
                    f"the evaluator {target.evaluator!r} (plugin {registered.plugin}) failed while "
                    f"checking these parameters: {type(exc).__name__}: {exc}",
                )
            ]
        problems = [(f"{where}{_join(p.path)}", p.message) for p in found]
    return attrs.evolve(target, params=params), problems


@attrs.frozen
class _TargetOverride:
    """What an entity's version of a plan target may change: its figures and how it counts.

    Its metric, evaluator and task stay the plan's, so every entity is judged on the same rules.
    """

    params: dict[str, Any] = attrs.field(factory=dict)  # merged over the plan target's params
    quote: str | None = None
    weight: Decimal | None = None
    strive: bool | None = None
    schedule: tuple[SchedulePoint, ...] | None = None
    note: str | None = None
    examples: tuple[TargetExample, ...] = ()  # the entity's own; the plan's prove the plan's figures


#: The fields of a target an entity may give its own value (besides params and examples).
_OVERRIDABLE = ("quote", "weight", "strive", "schedule", "note")

#: A 行政区划代码: six digits (430602 岳阳楼区).
_DIVISION_CODE = re.compile(r"[0-9]{6}")


def _structure_entities(
    raw: Any,
    plan: Plan,
    written: Mapping[str, Target],
    troubled: set[str],
    registry: EvaluatorRegistry,
    *,
    check: bool,
) -> tuple[list[Entity], list[int], frozenset[str], list[tuple[str, str]]]:
    """Structure ``[[entities]]``: (entities, their places in the spec, ids that failed, problems).

    ``written`` holds the plan's targets with their params as written, for the overrides to
    merge over; an override of a ``troubled`` target (one with problems of its own) is not
    structured, so the target's problems are not echoed for every entity.
    """
    if not isinstance(raw, list):
        return [], [], frozenset(), [("entities", "expected a list here (in TOML, [[entities]] tables)")]
    entities: list[Entity] = []
    indices: list[int] = []
    failed: set[str] = set()
    problems: list[tuple[str, str]] = []
    for index, entry in enumerate(raw):
        here = f"entities[{index}]"
        if not isinstance(entry, Mapping):
            problems.append((here, "each entity must be a table of fields (in TOML, an [[entities]] table)"))
            continue
        entity, found = _structure_item({k: v for k, v in entry.items() if k != "targets"}, Entity)
        problems.extend((f"{here}{_join(path)}", message) for path, message in found)
        overrides = entry.get("targets", {})
        if not isinstance(overrides, Mapping):
            problems.append(
                (f"{here}.targets", 'expected a table of targets by id, e.g. [entities.targets."goal.rd-growth"]')
            )
            overrides = {}
        own = []
        for target_id, override in overrides.items():
            target, found = _entity_target(
                f"{here}.targets{_key(target_id)}", target_id, override, plan, written, troubled, registry, check=check
            )
            problems.extend(found)
            if target is not None:
                own.append(target)
        if entity is not None:
            entities.append(attrs.evolve(entity, targets=tuple(own)))
            indices.append(index)
        elif isinstance(entry.get("id"), str):
            failed.add(entry["id"])
    return entities, indices, frozenset(failed), problems


def _entity_target(
    here: str,
    target_id: str,
    override: Any,
    plan: Plan,
    written: Mapping[str, Target],
    skipped: set[str],
    registry: EvaluatorRegistry,
    *,
    check: bool,
) -> tuple[Target | None, list[tuple[str, str]]]:
    """An entity's version of one plan target: the override merged over it, structured as a target is."""
    if not isinstance(override, Mapping):
        return None, [(here, 'expected a table of what this entity changes, e.g. params = { value = "25%" }')]
    problems: list[tuple[str, str]] = []
    if not isinstance(override.get("params", {}), Mapping):
        problems.append((f"{here}.params", "params must be a table of named values"))
        override = {k: v for k, v in override.items() if k != "params"}
    change = None
    try:
        change = converter.structure(dict(override), _TargetOverride)
    except (ClassValidationError, IterableValidationError) as exc:
        for path, message in _located(exc):
            if not path and message.startswith("unknown field"):
                message += '; an evaluator\'s parameters go in params, e.g. params = { value = "25%" }'
            problems.append((f"{here}{_join(path)}", message))
    except (ValueError, TypeError, AttributeError) as exc:
        problems.append((here, _sentence(exc)))
    base = written.get(target_id)
    if base is None:
        if target_id not in skipped:
            problems.append((here, _unknown("target", target_id, [t.id for t in plan.targets])))
        return None, problems
    if change is None or problems:
        return None, problems
    own = {name: value for name in _OVERRIDABLE if (value := getattr(change, name)) is not None}
    merged = attrs.evolve(base, params={**base.params, **change.params}, examples=change.examples, **own)
    target, found = structure_params(plan, 0, merged, registry, check=check, where=f"{here}.params")
    return (None if found else target), found


def _key(name: str) -> str:
    """A key as a step of a path: ``.name``, or quoted as TOML quotes it when it holds dots or spaces."""
    return f".{name}" if re.fullmatch(r"[A-Za-z0-9_-]+", name) else "." + json.dumps(name, ensure_ascii=False)


def _join(path: str) -> str:
    if not path:
        return ""
    return path if path.startswith("[") else f".{path}"


def check_plan(
    plan: Plan, registry: EvaluatorRegistry, collected: _Collected | None = None, *, header_read: bool = True
) -> list[tuple[str, str]]:
    """Reference and meaning checks that need the whole plan; returns (path, message) pairs.

    ``header_read`` is false when the plan's own fields failed to structure (they are then
    placeholders, and are not checked again).

    ``collected`` maps items back to their place in the spec when some failed to structure,
    and names the ids of those, so they are not reported a second time as unknown.
    """
    if collected is None:
        collected = _Collected({n: range(len(getattr(plan, n))) for n in _LISTS}, {n: frozenset() for n in _LISTS})
    where = collected.path
    problems: list[tuple[str, str]] = []
    for name in _LISTS:
        counts = Counter(item.id for item in getattr(plan, name))
        for position, item in enumerate(getattr(plan, name)):
            if counts[item.id] > 1:
                problems.append(
                    (f"{where(name, position)}.id", f"the id {item.id!r} is used by more than one of the {name}")
                )
    if header_read:
        if not plan.id.strip():
            problems.append(("id", 'the plan needs an id, e.g. id = "yueyanglou-sti"'))
        if not 1900 <= plan.year <= 2999:
            problems.append(("year", f"{plan.year} is not a plan year; write the year the plan runs, e.g. 2026"))
    unit_ids = {u.id for u in plan.units}
    metric_ids = {m.id for m in plan.metrics}
    task_ids = {t.id for t in plan.tasks}
    known_units = unit_ids | collected.failed_ids["units"]
    known_metrics = metric_ids | collected.failed_ids["metrics"]
    known_tasks = task_ids | collected.failed_ids["tasks"]
    for position, task in enumerate(plan.tasks):
        here = where("tasks", position)
        if task.parent is not None and task.parent not in known_tasks:
            problems.append((f"{here}.parent", _unknown("task", task.parent, task_ids)))
        for role in ("lead", "support"):
            for j, unit_id in enumerate(getattr(task, role)):
                if unit_id not in known_units:
                    problems.append((f"{here}.{role}[{j}]", _unknown("unit", unit_id, unit_ids)))
    problems.extend((f"{where('tasks', position)}.parent", message) for position, message in _cycles(plan))
    for position, metric in enumerate(plan.metrics):
        for j, accepted in enumerate(metric.accepts):
            if metric.unit.dimension not in _COUNTS or accepted.dimension not in _COUNTS:
                problems.append(
                    (
                        f"{where('metrics', position)}.accepts[{j}]",
                        f"only counts can accept other count units one for one (1人(个)); "
                        f"{metric.unit.symbol or 'a plain number'} and {accepted.symbol} are not both counts",
                    )
                )
        if metric.reporter is not None and metric.reporter not in known_units:
            problems.append((f"{where('metrics', position)}.reporter", _unknown("unit", metric.reporter, unit_ids)))
    for position, target in enumerate(plan.targets):
        here = where("targets", position)
        registered = registry.get(target.evaluator)
        if registered is None and target.evaluator not in plan.plugin_evaluators:
            problems.append((f"{here}.evaluator", _unknown_evaluator(target.evaluator, registry)))
        if target.metric is None:
            if registered is not None and registered.evaluator.needs_metric:
                problems.append((f"{here}.metric", f"the evaluator {target.evaluator!r} needs a metric; name one"))
        elif target.metric not in known_metrics:
            problems.append((f"{here}.metric", _unknown("metric", target.metric, metric_ids)))
        if target.task is not None and target.task not in known_tasks:
            problems.append((f"{here}.task", _unknown("task", target.task, task_ids)))
        if not target.quote.strip():
            problems.append((f"{here}.quote", "every target must quote the sentence of the plan it comes from"))
        if target.weight < 0:
            problems.append((f"{here}.weight", f"a weight cannot be negative ({target.weight})"))
        problems.extend(_check_schedule(here, target))
        problems.extend(_check_examples(here, target, plan, known_metrics))
    problems.extend(_check_entities(plan, collected, known_metrics))
    group = plan.working_group
    if group is not None:
        if group.office is not None and group.office not in known_units:
            problems.append(("working_group.office", _unknown("unit", group.office, unit_ids)))
        for j, member in enumerate(group.members):
            if member not in known_units:
                problems.append((f"working_group.members[{j}]", _unknown("unit", member, unit_ids)))
    return problems


def _check_entities(
    plan: Plan, collected: _Collected, known_metrics: set[str] | frozenset[str]
) -> list[tuple[str, str]]:
    """Each entity has an id and a 6-digit code if any, and its targets are versions of the plan's.

    An entity's target is checked where it differs from the plan's, so a problem of the plan's
    target is not repeated for every entity.
    """
    problems = []
    plan_targets = _targets_by_id(plan)
    codes = Counter(e.code for e in plan.entities if e.code is not None)
    for position, entity in enumerate(plan.entities):
        here = collected.path("entities", position)
        if not entity.id.strip():
            problems.append((f"{here}.id", 'every entity needs an id, e.g. its 行政区划代码: id = "430602"'))
        if entity.code is not None and not _DIVISION_CODE.fullmatch(entity.code):
            problems.append((f"{here}.code", f'a 行政区划代码 is six digits, e.g. "430602"; {entity.code!r} is not'))
        elif entity.code is not None and codes[entity.code] > 1:
            problems.append((f"{here}.code", f"the code {entity.code!r} is used by more than one of the entities"))
        given = Counter(t.id for t in entity.targets)
        for target in entity.targets:
            at = f"{here}.targets{_key(target.id)}"
            base = plan_targets.get(target.id)
            if given[target.id] > 1:  # named once: every version of it stands at the same path
                problems.append((at, f"the entity gives its version of {target.id!r} {given[target.id]} times"))
                given[target.id] = 1
            if base is None:
                if target.id not in collected.failed_ids["targets"]:
                    problems.append((at, _unknown("target", target.id, plan_targets)))
                continue
            for name in ("evaluator", "metric", "task"):
                if getattr(target, name) != getattr(base, name):
                    problems.append(
                        (
                            f"{at}.{name}",
                            f"an entity's target keeps the plan target's {name} ({getattr(base, name)!r}); "
                            f"its own are only params, {', '.join(_OVERRIDABLE)} and examples",
                        )
                    )
            if target.quote != base.quote and not target.quote.strip():
                problems.append((f"{at}.quote", "every target must quote the sentence of the plan it comes from"))
            if target.weight != base.weight and target.weight < 0:
                problems.append((f"{at}.weight", f"a weight cannot be negative ({target.weight})"))
            if target.schedule != base.schedule:
                problems.extend(_check_schedule(at, target))
            problems.extend(_check_examples(at, target, plan, known_metrics))
    return problems


_STATUSES = tuple(status.value for status in Status)
#: The dimensions of counted things (人, 人次, 家, 个): a metric may accept another of them one for one.
_COUNTS = frozenset({"persons", "person-times", "enterprises", "items"})


def _check_examples(
    here: str, target: Target, plan: Plan, known_metrics: set[str] | frozenset[str]
) -> list[tuple[str, str]]:
    """Each example states a known status and figures that can be read, for known metrics."""
    problems = []
    for j, example in enumerate(target.examples):
        at = f"{here}.examples[{j}]"
        if example.status not in _STATUSES:
            problems.append((f"{at}.status", f"{example.status!r} is not a status; use one of {', '.join(_STATUSES)}"))
        for k, figure in enumerate(example.figures):
            metric = figure.metric or target.metric
            if metric is None:
                problems.append((f"{at}.figures[{k}].metric", "the target names no metric, so each figure must"))
            elif metric not in known_metrics:
                problems.append((f"{at}.figures[{k}].metric", _unknown("metric", metric, {m.id for m in plan.metrics})))
            if figure.measure not in ("value", "yoy"):
                problems.append((f"{at}.figures[{k}].measure", "use 'value' or 'yoy'"))
            try:
                parse_quantity(figure.value)
            except QuantityError as exc:
                problems.append((f"{at}.figures[{k}].value", str(exc)))
    return problems


def _check_schedule(here: str, target: Target) -> list[tuple[str, str]]:
    problems = []
    previous_month, previous_share = 0, Decimal(0)
    for j, point in enumerate(target.schedule):
        if not 1 <= point.month <= 12 or point.month <= previous_month:
            problems.append(
                (f"{here}.schedule[{j}].month", "schedule months must run from 1 to 12, each later than the one before")
            )
        if not previous_share <= point.share <= 1:
            problems.append(
                (f"{here}.schedule[{j}].share", "schedule shares must rise from 0 to at most 1 (write 0.5 for half)")
            )
        previous_month, previous_share = point.month, point.share
    return problems


def _cycles(plan: Plan) -> list[tuple[int, str]]:
    """(position, message) for every task whose chain of parents loops; linear in the tasks."""
    parents = {t.id: t.parent for t in plan.tasks}
    looping: set[str] = set()
    settled: set[str] = set()  # tasks whose chain of parents is known to end, or to loop
    for task in plan.tasks:
        path: list[str] = []
        on_path: set[str] = set()
        node: str | None = task.id
        while node is not None and node in parents and node not in settled and node not in on_path:
            path.append(node)
            on_path.add(node)
            node = parents[node]
        if node is not None and node in on_path:  # a loop: the tasks from node on are in it
            looping.update(path[path.index(node) :])
        elif node is not None and node in looping:  # hangs below a loop: the loop is reported once
            pass
        settled.update(path)
    return [
        (position, f"the task {task.id!r} is inside itself (its parents form a loop)")
        for position, task in enumerate(plan.tasks)
        if task.id in looping
    ]


def _unknown(kind: str, name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"there is no {kind} with the id {name!r}{hint}"


def _unknown_evaluator(name: str, registry: EvaluatorRegistry) -> str:
    close = difflib.get_close_matches(name, registry.names(), n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return (
        f"no installed evaluator is called {name!r}; {hint}installed: {', '.join(registry.names())}. "
        f"If it comes from a plugin that may not be installed, list it in plugin_evaluators"
    )


# --- turning cattrs' exception groups into located, plain sentences -------------------------------


def _located(exc: BaseException, path: str = "") -> list[tuple[str, str]]:
    """(path, message) for every leaf error in a cattrs validation exception group."""
    found: list[tuple[str, str]] = []
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            step = f"[{note.index}]" if isinstance(note, IterableValidationNote) else f".{note.name}"
            found.extend(_located(sub, f"{path}{step}"))
        for sub in without:
            found.extend(_located(sub, path))
        return found
    return [(path.lstrip("."), _sentence(exc))]


def _sentence(exc: BaseException) -> str:
    if isinstance(exc, ForbiddenExtraKeysError):
        names = ", ".join(sorted(exc.extra_fields))
        allowed = ", ".join(f.name for f in attrs.fields(exc.cl)) if attrs.has(exc.cl) else ""
        return (
            f"unknown field{'s' if len(exc.extra_fields) > 1 else ''} {names}; the fields allowed here are: {allowed}"
        )
    if isinstance(exc, KeyError):
        return "this field is required but missing"
    if isinstance(exc, (AttributeError, TypeError)) and "mapping" in str(exc).lower():
        return "expected a table of named values here"
    text = str(exc)
    if isinstance(exc, TypeError) and ("iterable" in text or "not subscriptable" in text):
        return "expected a list here"
    return text or type(exc).__name__


# --- writing ---------------------------------------------------------------------------------------


def unstructure_plan(plan: Plan) -> dict[str, Any]:
    """The plan as spec data (plain dicts, lists and strings), ``format`` first.

    Entities are written as a spec states them: each of its targets as what differs from the
    plan's target (only the parameters that differ).
    """
    body = converter.unstructure(attrs.evolve(plan, entities=()), Plan)
    if plan.entities:
        plan_targets = _targets_by_id(plan)
        body["entities"] = [_unstructure_entity(entity, plan_targets) for entity in plan.entities]
    return {"format": SPEC_FORMAT, **body}


def _targets_by_id(plan: Plan) -> dict[str, Target]:
    """The plan's targets by id; of two with one id (refused in specs), the first."""
    found: dict[str, Target] = {}
    for target in plan.targets:
        found.setdefault(target.id, target)
    return found


def _unstructure_entity(entity: Entity, plan_targets: Mapping[str, Target]) -> dict[str, Any]:
    data: dict[str, Any] = converter.unstructure(attrs.evolve(entity, targets=()), Entity)
    if entity.targets:
        data["targets"] = {t.id: _override(t, plan_targets.get(t.id)) for t in entity.targets}
    return data


def _override(target: Target, base: Target | None) -> dict[str, Any]:
    """What ``target`` (an entity's version) changes of ``base`` (the plan's), as an override table.

    A parameter the plan's target writes and the entity's leaves at its default is written
    with that default, since an override can only add or replace what the plan writes.
    """
    own = converter.unstructure(target.params)
    shared = converter.unstructure(base.params) if base is not None else {}
    params = own
    if isinstance(own, dict) and isinstance(shared, dict):
        params = {k: v for k, v in own.items() if k not in shared or shared[k] != v}
        full = _full_converter().unstructure(target.params)
        params.update({k: full[k] for k in shared if k not in own and k in full})
    out: dict[str, Any] = {"params": params} if params else {}
    for name in _OVERRIDABLE:
        value = getattr(target, name)
        if base is None or value != getattr(base, name):
            out[name] = converter.unstructure(value)
    if target.examples:
        out["examples"] = converter.unstructure(target.examples)
    return out


@functools.cache
def _full_converter() -> cattrs.Converter:
    """A converter that writes every field, defaults too (made on first use: it costs import time)."""
    return make_converter(omit_if_default=False)


def dump_spec(plan: Plan) -> str:
    """The plan as a JSON spec that :func:`loads_spec` reads back to an equal plan."""
    return json.dumps(unstructure_plan(plan), ensure_ascii=False, indent=2, sort_keys=False)


def spec_hash(plan: Plan) -> str:
    """A content hash of the plan's rules: the SHA-256 of its canonical JSON spec.

    For a plan loaded from a spec it is the hash of the spec as written, so the same file
    has the same hash whichever plugins are installed (the evaluators' versions are recorded
    beside it in every result). It ignores formatting, key order and comments, so a spec
    rewritten from TOML to JSON keeps its hash, while any change to a rule changes it. A plan
    built or changed in code is hashed from its typed form.
    """
    written = getattr(plan, "_written_hash", None)
    return written if written is not None else _hash(unstructure_plan(plan))


def _hash(data: Any) -> str:
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_canonical)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def _canonical(value: Any) -> Any:
    """Values JSON has no type for, written as a JSON spec writes them (dates as ISO text)."""
    if isinstance(value, Decimal):
        return format_decimal(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    raise TypeError(f"a spec cannot hold {type(value).__name__}")
