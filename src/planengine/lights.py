"""Warning lights (红黄绿灯): named rules, as localities publish them, chosen by the plan.

A light rule looks at one assessment (and, if it asks, the same target's assessments at
the ends of the earlier months of the year) and gives a light. Localities grade
differently, so the rule is a plugin like the scoring rules: the hook
``register_light_rules`` returns more, and a plan names its rule with ``light_rule``.

Whatever the rule, a light never contradicts the status beside it: a target that is
lagging or missed is never green, and one that is on track or met is never red (it may
be yellow, for a rule that remembers a missed month). :func:`light_for` enforces this
after the rule has spoken. Targets that were not judged because of the plan or the
software (not evaluable, unsupported, error) get no light.

The presets, with the practice each follows:

``points-behind`` (default)
    银川市重点项目红黄绿灯 (2025): on schedule green; behind 序时进度 by up to 30 points
    yellow, by more than 30 red. The published rule makes 10-30 points yellow and leaves
    0-10 open; here a target behind schedule is never green, so 0-10 is yellow too. A
    missed target is red, a missing figure yellow.
``completion-rate``
    东旦绩效考核 年度目标预警: completion against what is due by now, ≥95% green, 85% to
    95% yellow, below 85% red. Only a target on schedule is green, so a target behind
    schedule at 95% or more is yellow. A missing figure is yellow.
``growth-vs-plan``
    天津投资"红黄绿"分级监测 (2022): a growth target growing but below its plan (or below
    the wider area's average, when that is its benchmark) is yellow; a negative growth
    against a target of growth is red. Targets that are not rates are graded as
    ``points-behind`` (the same practice's rule for spending against schedule).
``made-up-month``
    瓯海区三色预警督考: behind schedule or missed is red, and so is a missing figure; a
    target on schedule now that was behind at the end of an earlier month of the year is
    yellow (补齐后转黄); one never behind is green.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from decimal import Decimal

import attrs

from .evaluator import Status
from .progress import ScheduleVerdict
from .results import Assessment

__all__ = [
    "BUILTIN_LIGHT_RULES",
    "DEFAULT_LIGHT_RULE",
    "Light",
    "LightRule",
    "light_for",
    "points_behind",
]


class Light(enum.Enum):
    """The traffic light of an early warning."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Light.GREEN: 0, Light.YELLOW: 1, Light.RED: 2}
_GOOD = frozenset({Status.MET, Status.ON_TRACK})
_BAD = frozenset({Status.LAGGING, Status.MISSED})
_UNJUDGED = frozenset({Status.NOT_EVALUABLE, Status.UNSUPPORTED, Status.ERROR})


@attrs.frozen
class LightRule:
    """A named warning-light rule.

    :param light: ``light(assessment, history) -> Light | None``. ``history`` holds the
        same target's assessments at the ends of the earlier months of the year, oldest
        first, when ``needs_history`` is true, and is empty otherwise.
    :param source: the published practice the rule follows.
    """

    name: str
    light: Callable[[Assessment, Sequence[Assessment]], Light | None]
    version: str
    description: str = ""
    source: str = ""
    needs_history: bool = False


def points_behind(assessment: Assessment) -> Decimal | None:
    """Points behind 序时进度 as shown (one decimal), 0 when on schedule; None if not measured."""
    progress = assessment.progress
    if progress is None:
        return Decimal(0) if assessment.status in _GOOD else None
    return max(Decimal(0), -progress.shown_points)


def light_for(rule: LightRule, assessment: Assessment, history: Sequence[Assessment] = ()) -> Light | None:
    """The light ``rule`` gives ``assessment``, kept in line with its status (see the module)."""
    if assessment.status in _UNJUDGED:
        return None
    light = rule.light(assessment, history)
    if assessment.status in _BAD and light in (Light.GREEN, None):
        return Light.YELLOW
    if assessment.status in _GOOD:
        return Light.YELLOW if light is Light.RED else (light or Light.GREEN)
    return light


def _by_points(assessment: Assessment, _: Sequence[Assessment] = (), red: Decimal = Decimal(30)) -> Light | None:
    status = assessment.status
    if status in _GOOD:
        return Light.GREEN
    if status is Status.MISSED:
        return Light.RED
    if status is Status.NO_DATA:
        return Light.YELLOW
    behind = points_behind(assessment)
    return Light.RED if behind is not None and behind > red else Light.YELLOW


def _by_completion(assessment: Assessment, _: Sequence[Assessment]) -> Light | None:
    status = assessment.status
    if status in _GOOD:
        return Light.GREEN
    if status is Status.NO_DATA:
        return Light.YELLOW
    progress = assessment.progress
    if progress is not None and progress.expected > 0:
        rate = progress.completion / progress.expected
    elif assessment.completion is not None:
        rate = assessment.completion
    else:
        return Light.YELLOW
    return Light.YELLOW if rate >= Decimal("0.85") else Light.RED


def _by_growth(assessment: Assessment, history: Sequence[Assessment]) -> Light | None:
    if assessment.progress is None and assessment.unit == "%" and assessment.status in _BAD:
        required = assessment.required if assessment.required is not None else Decimal(0)
        shrinking = assessment.actual is not None and assessment.actual < 0 <= required
        return Light.RED if shrinking else Light.YELLOW
    return _by_points(assessment, history)


def _by_made_up_month(assessment: Assessment, history: Sequence[Assessment]) -> Light | None:
    status = assessment.status
    if status in _BAD or status is Status.NO_DATA:
        return Light.RED
    was_behind = any(
        earlier.status is Status.LAGGING
        or (earlier.progress is not None and earlier.progress.verdict is ScheduleVerdict.BEHIND)
        for earlier in history
    )
    return Light.YELLOW if was_behind else Light.GREEN


DEFAULT_LIGHT_RULE = LightRule(
    name="points-behind",
    light=_by_points,
    version="1.0",
    description="on schedule green; up to 30 points behind yellow; more, or missed, red; no figure yellow",
    source="银川市重点项目红黄绿灯 (2025): 低于序时进度10~30个百分点(含)黄, 超过30个百分点红",
)

BUILTIN_LIGHT_RULES = (
    DEFAULT_LIGHT_RULE,
    LightRule(
        name="completion-rate",
        light=_by_completion,
        version="1.0",
        description="completion against what is due: on schedule green; 85% or more yellow; below 85% red",
        source="东旦绩效考核 年度目标预警: 完成率>=95%绿灯, 85%(含)-95%黄灯, <85%红灯",
    ),
    LightRule(
        name="growth-vs-plan",
        light=_by_growth,
        version="1.0",
        description="growth below plan or the area's average yellow, negative growth red; other targets by points",
        source="天津投资'红黄绿'分级监测 (2022): 增长但低于计划或低于全市平均=黄; 负增长=红",
    ),
    LightRule(
        name="made-up-month",
        light=_by_made_up_month,
        version="1.0",
        description="behind, missed or unreported red; on schedule after an earlier month behind yellow; else green",
        source="瓯海区三色预警督考: 未按期完成=红码; 补齐后该月转为黄码",
        needs_history=True,
    ),
)
