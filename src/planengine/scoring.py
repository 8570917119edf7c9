"""Scorecards: a score per target, rolled up by task, by unit and for the plan, with warnings.

The default scoring rule, ``completion-capped`` (documented in the README):

* ``met`` and ``on_track`` score 1;
* ``lagging`` scores the completion rate over the expected progress, capped at 1, so a
  target half-way to where it should be by now scores 0.5;
* ``missed`` scores the completion rate, capped at 1 (a ceiling breached scores 0);
* ``no_data`` scores 0: a figure that was not reported shows no progress;
* ``not_evaluable``, ``unsupported`` and ``error`` are not scored (the unit is not at fault),
  and are listed apart.

Scores are weighted by each target's ``weight``; a strive target (力争, 争取) counts with
``strive_weight`` (default 0.5) of its weight, since the plan asks for it less firmly. A
task's score is the weighted mean of the targets in its subtree; a unit has a score for
the targets it leads and one for those it supports (a task with two lead units counts for
both). The rule is a plugin: ``register_scoring_rules`` returns more rules, chosen by name.

A judged target that falls short (lagging or missed) always scores below 1, however
close it is: scores are rounded down, and never up to a met target's score.

Early warnings (预警) follow the plan's warning-light rule (:mod:`planengine.lights`),
``points-behind`` by default.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import ROUND_DOWN, Decimal

import attrs

from .evaluator import Status
from .lights import DEFAULT_LIGHT_RULE, Light, LightRule, light_for, points_behind
from .model import Plan
from .results import Assessment, EvaluationResult

__all__ = [
    "DEFAULT_RULE",
    "GroupScore",
    "Light",
    "ScoringRule",
    "Scorecard",
    "TargetScore",
    "UnitScore",
    "completion_capped",
    "score",
]

_ONE, _ZERO, _HUNDRED = Decimal(1), Decimal(0), Decimal(100)
_PLACES = Decimal("0.0001")


@attrs.frozen
class ScoringRule:
    """A named way of turning an assessment into a score between 0 and 1 (or None: not scored)."""

    name: str
    score: Callable[[Assessment], Decimal | None]
    version: str
    description: str = ""


def completion_capped(assessment: Assessment) -> Decimal | None:
    """The default rule; see the module's documentation."""
    status = assessment.status
    if status in (Status.MET, Status.ON_TRACK):
        return _ONE
    if status is Status.NO_DATA:
        return _ZERO
    if status is Status.LAGGING:
        completion, expected = assessment.completion, assessment.expected
        if assessment.progress is not None:
            completion, expected = assessment.progress.completion, assessment.progress.expected
        if completion is None:
            return _ZERO
        if expected is None:  # a rate compared directly (growth): how much of the bar it reaches
            return _short_of_one(completion)
        return _short_of_one(completion / expected) if expected else _ZERO
    if status is Status.MISSED:
        return _ZERO if assessment.completion is None else _short_of_one(assessment.completion)
    return None


DEFAULT_RULE = ScoringRule(
    name="completion-capped",
    score=completion_capped,
    version="1.0",
    description="met/on_track 1; lagging completion/expected; missed completion; no_data 0; capped to [0, 1]",
)


def _short_of_one(value: Decimal) -> Decimal:
    """A score for a target that falls short: in [0, 1), rounded down, so never a met target's 1."""
    return min(_ONE - _PLACES, max(_ZERO, value)).quantize(_PLACES, ROUND_DOWN)


@attrs.frozen
class TargetScore:
    """One target's score, effective weight and warning."""

    target: str
    status: Status
    score: Decimal | None
    weight: Decimal
    light: Light | None
    points_behind: Decimal | None
    task: str | None
    lead: tuple[str, ...]
    support: tuple[str, ...]


@attrs.frozen
class GroupScore:
    """The weighted mean score of a group of targets (a task subtree, a unit's share, the plan)."""

    id: str
    label: str
    score: Decimal | None
    targets: int
    scored: int
    weight: Decimal


@attrs.frozen
class UnitScore:
    """A responsible unit's scores: the targets it leads and those it supports, kept apart."""

    unit: str
    name: str
    lead: GroupScore
    support: GroupScore
    light: Light | None  #: the worst light among the targets it leads


@attrs.frozen
class Scorecard:
    """A plan's scores at one date, by target, task, unit and overall."""

    plan: str
    as_of: str
    rule: str
    rule_version: str
    overall: GroupScore
    targets: tuple[TargetScore, ...]
    tasks: tuple[GroupScore, ...]
    units: tuple[UnitScore, ...]
    unscored: tuple[str, ...]

    def target(self, target_id: str) -> TargetScore:
        for target in self.targets:
            if target.target == target_id:
                return target
        raise KeyError(target_id)

    def unit(self, unit_id: str) -> UnitScore:
        for unit in self.units:
            if unit.unit == unit_id:
                return unit
        raise KeyError(unit_id)

    def warnings(self) -> tuple[TargetScore, ...]:
        """Targets with a yellow or red light, the worst first."""
        flagged = [t for t in self.targets if t.light in (Light.YELLOW, Light.RED)]
        return tuple(sorted(flagged, key=lambda t: (-_light_rank(t.light), -(t.points_behind or _ZERO), t.target)))

    def ranked_units(self) -> tuple[UnitScore, ...]:
        """Units that lead scored targets, best lead score first (ties by name)."""
        leading = [u for u in self.units if u.lead.score is not None]
        return tuple(sorted(leading, key=lambda u: (-(u.lead.score or _ZERO), u.name)))


def _light_rank(light: Light | None) -> int:
    return light.rank if light is not None else -1


def score(
    result: EvaluationResult,
    plan: Plan,
    *,
    rule: ScoringRule = DEFAULT_RULE,
    lights: LightRule = DEFAULT_LIGHT_RULE,
    history: Mapping[str, Sequence[Assessment]] | None = None,
    strive_weight: Decimal = Decimal("0.5"),
) -> Scorecard:
    """Score every assessment of ``result`` and roll the scores up over ``plan``'s tasks and units.

    ``lights`` grades the warnings; ``history`` gives, by target id, the target's earlier
    assessments for a light rule that needs them (see :class:`planengine.lights.LightRule`).
    """
    targets_by_id = {t.id: t for t in plan.targets}
    scored: list[TargetScore] = []
    for assessment in result.assessments:
        target = targets_by_id[assessment.target]
        value = rule.score(assessment)
        weight = target.weight * (strive_weight if target.strive else _ONE)
        light = light_for(lights, assessment, (history or {}).get(assessment.target, ()))
        behind = points_behind(assessment) if light is not None else None
        responsibility = plan.responsibility(target.task)
        scored.append(
            TargetScore(
                assessment.target,
                assessment.status,
                value,
                weight,
                light,
                behind,
                target.task,
                responsibility.lead,
                responsibility.support,
            )
        )
    tasks = tuple(_task_scores(plan, scored))
    names = {u.id: u.name for u in plan.units}
    units = []
    for unit in plan.units:
        led = [t for t in scored if unit.id in t.lead]
        supported = [t for t in scored if unit.id in t.support]
        if not led and not supported:
            continue
        led_lights = [t.light for t in led if t.light is not None]
        units.append(
            UnitScore(
                unit.id,
                names[unit.id],
                _mean(f"{unit.id}:lead", unit.name, led),
                _mean(f"{unit.id}:support", unit.name, supported),
                max(led_lights, key=lambda light: light.rank) if led_lights else None,
            )
        )
    return Scorecard(
        plan=plan.id,
        as_of=result.as_of.isoformat(),
        rule=rule.name,
        rule_version=rule.version,
        overall=_mean(plan.id, plan.title, scored),
        targets=tuple(scored),
        tasks=tasks,
        units=tuple(units),
        unscored=tuple(t.target for t in scored if t.score is None),
    )


def _task_scores(plan: Plan, scored: list[TargetScore]) -> Iterable[GroupScore]:
    """A score for the headline goals and for every task, over the targets of its subtree.

    Each target is added to its task and every task above it: linear in targets times depth,
    however deep or wide the task tree is.
    """
    yield _mean("goals", "工作目标", [t for t in scored if t.task is None])
    parents = {task.id: task.parent for task in plan.tasks}
    members: dict[str, list[TargetScore]] = {task.id: [] for task in plan.tasks}
    for target in scored:
        node, seen = target.task, set()
        while node is not None and node in members and node not in seen:
            seen.add(node)
            members[node].append(target)
            node = parents[node]
    for task in plan.tasks:
        yield _mean(task.id, f"{task.number} {task.title}", members[task.id])


def _mean(group_id: str, label: str, targets: list[TargetScore]) -> GroupScore:
    counted = [t for t in targets if t.score is not None]
    total_weight = sum((t.weight for t in counted), _ZERO)
    value: Decimal | None = None
    if counted and total_weight > 0:
        value = (sum((t.weight * t.score for t in counted if t.score is not None), _ZERO) / total_weight).quantize(
            _PLACES, ROUND_DOWN
        )
    return GroupScore(group_id, label, value, len(targets), len(counted), total_weight)
