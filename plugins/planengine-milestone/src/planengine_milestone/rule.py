"""The ``milestone`` evaluator: a qualitative target judged from the stage its unit reports.

A milestone (全力冲刺…建设, 取得实质性进展, 申报, 打造) is reported as a figure of the
target's stage metric, in the unit 阶段: 0 未启动, 1 推进中, 2 取得实质性进展, 3 已完成.
The figure's ``note`` is the evidence (进展说明) and its ``date`` the day the stage was
reached by; ``reported_at`` is when the unit reported it.

How the status is decided (``R`` is the required stage, ``due`` the deadline, by default
31 December of the plan year; the stage is the latest reported one, from
:meth:`planengine.Context.latest`):

* at or after ``due``: ``met`` when the stage reported on or before ``due`` reaches ``R``,
  else ``missed``. A stage reached only after ``due`` stays ``missed`` (the explanation
  says when it was reached). At the year's end the figure must be from 21-31 December,
  the core's rule for every year-end judgement; otherwise ``no_data``.
* before ``due``: ``on_track`` when the stage reaches the stage expected at the figure's
  date, else ``lagging``. The expected stage comes from the target's ``checkpoints``
  (the highest checkpoint whose date has come), or by default from the share of the time
  to ``due`` that has passed: 推进中 from a quarter, 取得实质性进展 from half. The share is
  counted in whole months (31 March is a quarter of a year, 30 June half), or taken from
  the target's own ``schedule`` when it has one. Before ``due`` no more than the stage
  below ``R`` is ever expected.
* a figure that is not a whole number from 0 to 3 is ``not_evaluable``; no figure is
  ``no_data``.

The numbers: ``actual`` is the stage, ``required`` is ``R``, ``completion`` the stage over
``R`` (at most 1), ``expected`` the expected stage over ``R`` (1 at ``due``), ``gap`` the
stages still needed; all in 阶段.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs

from planengine import (
    Context,
    Direction,
    Evaluator,
    Explanation,
    Figure,
    Metric,
    NoData,
    NotEvaluable,
    Outcome,
    ParamProblem,
    Plan,
    RuleShape,
    Status,
)

from .stages import TOP_LEVEL, Stage, stage_of_figure

__all__ = [
    "API_VERSION",
    "MILESTONE",
    "STAGE_DIMENSION",
    "Checkpoint",
    "MilestoneParams",
    "check",
    "evaluate",
    "expected_stage",
    "shape",
]

#: The planengine plugin API this evaluator was written for. It is stated here, not read
#: from the host's ``planengine.PLUGIN_API_VERSION``, so a host with another API refuses it.
API_VERSION = 1

#: The dimension of the unit 阶段 in planengine's unit table.
STAGE_DIMENSION = "stage"

_PLACES = Decimal("0.0001")
_QUARTER = Fraction(1, 4)
_HALF = Fraction(1, 2)


@attrs.frozen
class Checkpoint:
    """A step of a milestone's own stage schedule: ``stage`` is expected by the end of ``by``.

    Written in a spec as ``{ stage = "in_progress", by = 2026-03-31 }``.
    """

    stage: Stage
    by: date


@attrs.frozen
class MilestoneParams:
    """Parameters of the ``milestone`` evaluator.

    :param deliverable: what is to be delivered, in the plan's words (申报省级工业互联网平台).
    :param count: how many of it the plan asks for (申报1个…); shown in explanations when
        more than one. The reported stage is the stage of all of them together.
    :param required_stage: the stage to reach by ``due``: ``"done"`` (default),
        ``"substantial_progress"`` (取得实质性进展) or ``"in_progress"``; a number 1-3 or
        the Chinese name is accepted too.
    :param due: the deadline, a date within the plan year; default 31 December.
    :param checkpoints: the stage expected by given dates before ``due``, e.g.
        ``[{ stage = "in_progress", by = 2026-03-31 }]``; replaces the default
        quarter/half rule.
    """

    deliverable: str
    count: int = 1
    required_stage: Stage = Stage.DONE
    due: date | None = None
    checkpoints: tuple[Checkpoint, ...] = ()


# --- spec-time checks --------------------------------------------------------------------------------


def check(params: MilestoneParams, metric: Metric | None, plan: Plan) -> Sequence[ParamProblem]:
    """What does not fit: the metric's unit, the required stage, the due date, the checkpoints."""
    problems: list[ParamProblem] = []
    if not params.deliverable.strip():
        problems.append(ParamProblem("deliverable", "name what is to be delivered, in the plan's words"))
    if params.count < 1:
        problems.append(ParamProblem("count", f"a milestone delivers at least one thing; count is {params.count}"))
    if metric is not None:
        if metric.unit.dimension != STAGE_DIMENSION:
            problems.append(
                ParamProblem(
                    "",
                    (
                        f"a milestone is judged from stages reported in 阶段 (0 未启动, 1 推进中, 2 取得实质性进展, "
                        f"3 已完成), but the metric {metric.id!r} is in {metric.unit.symbol or 'a plain number'}; "
                        f'give the target a metric with unit = "阶段"'
                    ),
                )
            )
        if metric.direction is not Direction.INCREASE:
            problems.append(
                ParamProblem(
                    "", (f"stages only go up, so the stage metric {metric.id!r} must have direction = 'increase'")
                )
            )
    required = params.required_stage
    if required is Stage.NOT_STARTED:
        problems.append(
            ParamProblem(
                "required_stage",
                (
                    "'not_started' is reached before any work is done; require 'in_progress', "
                    "'substantial_progress' or 'done'"
                ),
            )
        )
    deadline = params.due if params.due is not None else dt.date(plan.year, 12, 31)
    if params.due is not None and params.due.year != plan.year:
        problems.append(
            ParamProblem("due", (f"the due date {params.due.isoformat()} is outside the plan year {plan.year}"))
        )
    previous: Checkpoint | None = None
    for j, point in enumerate(params.checkpoints):
        if point.stage is Stage.NOT_STARTED or point.stage.level >= required.level:
            problems.append(
                ParamProblem(
                    f"checkpoints[{j}].stage",
                    (
                        f"a checkpoint sets a stage on the way to the required one ({required.value}): "
                        f"use a stage from 'in_progress' up to the one below it; {point.stage.value!r} is not"
                    ),
                )
            )
        if point.by.year != plan.year:
            problems.append(
                ParamProblem(
                    f"checkpoints[{j}].by",
                    (f"the checkpoint date {point.by.isoformat()} is outside the plan year {plan.year}"),
                )
            )
        elif point.by >= deadline:
            problems.append(
                ParamProblem(
                    f"checkpoints[{j}].by",
                    (
                        f"a checkpoint must come before the due date {deadline.isoformat()}; "
                        f"{point.by.isoformat()} does not"
                    ),
                )
            )
        if previous is not None and (point.by <= previous.by or point.stage.level <= previous.stage.level):
            problems.append(
                ParamProblem(
                    f"checkpoints[{j}]",
                    (
                        "checkpoints must be listed in order, each with a later date and a higher stage than the one before"
                    ),
                )
            )
        previous = point
    return problems


def shape(params: MilestoneParams, metric: Metric) -> RuleShape:
    """A floor: a higher stage never worsens the status.

    At the year's end the target is met exactly when the figure is a stage (a whole number
    0-3) at or above the required one; with an earlier due date the year-end status depends
    on the figures' dates as well, so no comparison is given.
    """
    required = params.required_stage.level
    if params.due is not None and params.due < dt.date(params.due.year, 12, 31):
        return RuleShape(monotone=1)

    def holds(value: Decimal) -> bool:
        stage = stage_of_figure(value)
        return stage is not None and stage.level >= required

    return RuleShape(monotone=1, holds=holds)


# --- judging ---------------------------------------------------------------------------------------


def evaluate(params: MilestoneParams, ctx: Context) -> Outcome:
    """Judge one milestone target at ``ctx.as_of`` (see the module's documentation for the rules)."""
    metric = ctx.require_metric()
    if metric.unit.dimension != STAGE_DIMENSION:
        raise NotEvaluable(
            f"里程碑目标按“阶段”报送进展,但指标{metric.name}以{metric.unit.symbol or '纯数'}计量",
            f"a milestone is judged from stages in 阶段, but {metric.id} is in {metric.unit.symbol or 'a plain number'}",
        )
    required = params.required_stage
    if required.level == 0:
        raise NotEvaluable("要求达到的阶段不能是“未启动”", "the required stage cannot be 'not_started'")
    deadline = params.due if params.due is not None else ctx.year_end
    if ctx.as_of >= deadline:
        return _at_deadline(params, ctx, metric, required, deadline)
    figure = ctx.latest()
    stage = _stage(metric, figure)
    expected = expected_stage(params, ctx, deadline, figure.date)
    on_track = stage.level >= expected.level
    gap = max(0, required.level - stage.level)
    words = _Words(params, metric, figure, stage, required, deadline)
    return Outcome(
        Status.ON_TRACK if on_track else Status.LAGGING,
        Explanation.deferred(lambda: words.progress(on_track, expected, gap)),
        actual=Decimal(stage.level),
        required=Decimal(required.level),
        completion=_ratio(min(stage.level, required.level), required.level),
        expected=_ratio(expected.level, required.level),
        gap=Decimal(gap),
        unit=metric.unit.symbol,
        figure_date=figure.date,
    )


def _at_deadline(params: MilestoneParams, ctx: Context, metric: Metric, required: Stage, deadline: dt.date) -> Outcome:
    """The judgement at the due date: the stage reported on or before it, met or missed."""
    at_due = attrs.evolve(ctx, as_of=deadline) if ctx.as_of > deadline else ctx
    figure = at_due.latest()
    stage = _stage(metric, figure)
    met = stage.level >= required.level
    gap = max(0, required.level - stage.level)
    late = None if met else _reached_late(ctx, metric, required, deadline)
    words = _Words(params, metric, figure, stage, required, deadline)
    return Outcome(
        Status.MET if met else Status.MISSED,
        Explanation.deferred(lambda: words.final(met, gap, late)),
        actual=Decimal(stage.level),
        required=Decimal(required.level),
        completion=_ratio(min(stage.level, required.level), required.level),
        expected=Decimal(1),
        gap=Decimal(gap),
        unit=metric.unit.symbol,
        figure_date=figure.date,
    )


def _reached_late(ctx: Context, metric: Metric, required: Stage, deadline: dt.date) -> tuple[Figure, Stage] | None:
    """A figure after the due date (up to ``as_of``) that shows the required stage, if any."""
    if ctx.as_of <= deadline:
        return None
    try:
        figure = ctx.latest()
    except (NoData, NotEvaluable):
        return None
    stage = stage_of_figure(figure.value)
    if figure.date > deadline and stage is not None and stage.level >= required.level:
        return figure, stage
    return None


def _stage(metric: Metric, figure: Figure) -> Stage:
    """The stage a figure reports; ``NotEvaluable`` for anything but a whole number 0-3."""
    stage = stage_of_figure(figure.value)
    if stage is None:
        raise NotEvaluable(
            f"{metric.name}在{figure.date.isoformat()}报送的阶段为{figure.describe()},无法判断:"
            f"阶段须为0至{TOP_LEVEL}的整数(0未启动、1推进中、2取得实质性进展、3已完成)",
            f"{metric.id} reported {figure.describe()} on {figure.date.isoformat()}, which is not a stage: "
            f"a stage is a whole number from 0 to {TOP_LEVEL} (0 not started, 1 in progress, "
            f"2 substantial progress, 3 done)",
        )
    return stage


def expected_stage(params: MilestoneParams, ctx: Context, deadline: dt.date, day: dt.date) -> Stage:
    """The stage expected by ``day``, before the due date: never more than the one below the required stage."""
    if params.checkpoints:
        level = max((p.stage.level for p in params.checkpoints if p.by <= day), default=0)
    else:
        share = elapsed_to_due(ctx, deadline, day)
        level = 2 if share >= _HALF else 1 if share >= _QUARTER else 0
    return Stage.of_level(max(0, min(level, params.required_stage.level - 1)))


def elapsed_to_due(ctx: Context, deadline: dt.date, day: dt.date) -> Fraction:
    """The share of the time from 1 January to the due date that has passed by ``day``.

    Counted in whole months (a month counts once its last day has come), so for a due date
    of 31 December a quarter has passed on 31 March and half on 30 June. A target with its
    own ``schedule`` uses it instead: the share due by ``day`` over the share due by the
    due date.
    """
    if ctx.target.schedule:
        at_due = ctx.expected_share(deadline)
        if at_due <= 0:
            return Fraction(0)
        return min(Fraction(1), ctx.expected_share(day) / at_due)
    months = _months_ended(deadline)
    if months == 0:
        return Fraction(0)
    return Fraction(min(_months_ended(day), months), months)


def _months_ended(day: dt.date) -> int:
    """How many months of the year have ended by the end of ``day``."""
    return day.month if (day + dt.timedelta(days=1)).month != day.month else day.month - 1


def _ratio(numerator: int, denominator: int) -> Decimal:
    return (Decimal(numerator) / Decimal(denominator)).quantize(_PLACES)


# --- explanations ----------------------------------------------------------------------------------


def _quoted(text: str) -> str:
    """``text`` in Chinese quotation marks, its own “…” turned into the inner ‘…’."""
    return "“" + text.replace("“", "‘").replace("”", "’") + "”"


def _stages_en(n: int) -> str:
    return f"{n} stage" if n == 1 else f"{n} stages"


@attrs.frozen
class _Words:
    """The sentences of an explanation, written only when someone reads them."""

    params: MilestoneParams
    metric: Metric
    figure: Figure
    stage: Stage
    required: Stage
    deadline: dt.date

    def _head(self) -> tuple[str, str]:
        date = self.figure.date.isoformat()
        count = self.params.count
        what_zh = _quoted(self.params.deliverable) + (f"(共{count}项)" if count > 1 else "")
        what_en = self.metric.id + (f" ({count} items)" if count > 1 else "")
        zh = f"截至{date},{what_zh}进展阶段为{self.stage.label_zh}"
        en = f"by {date}, {what_en} is at {self.stage.label_en}"
        return zh + self._evidence_zh(), en + self._evidence_en()

    def _evidence_zh(self) -> str:
        obs = self.figure.observation
        when = self.figure.date.isoformat()
        if obs.reported_at is not None or obs.reported_by:
            when += f",{obs.reported_by}{obs.reported_at.isoformat() if obs.reported_at else ''}报送"
        note = obs.note.strip()
        return f",进展说明({when}):{_quoted(note)}" if note else f",未附进展说明({when})"

    def _evidence_en(self) -> str:
        obs = self.figure.observation
        when = f"dated {self.figure.date.isoformat()}"
        if obs.reported_by:
            when += f", reported by {obs.reported_by}"
        if obs.reported_at is not None:
            when += (
                f" on {obs.reported_at.isoformat()}" if obs.reported_by else f", reported {obs.reported_at.isoformat()}"
            )
        note = obs.note.strip()
        return f"; evidence ({when}): “{note}”" if note else f"; no evidence was given ({when})"

    def _rule(self) -> tuple[str, str]:
        due = self.deadline.isoformat()
        return (f";目标为{due}前达到{self.required.label_zh}", f"; the target is {self.required.label_en} by {due}")

    def progress(self, on_track: bool, expected: Stage, gap: int) -> tuple[str, str]:
        head_zh, head_en = self._head()
        rule_zh, rule_en = self._rule()
        if expected.level == 0:
            due_zh, due_en = ",此时尚未到达第一个进度节点", ", and no stage is due yet"
        else:
            due_zh, due_en = f",按进度节点此时应达到{expected.label_zh}", f", and {expected.label_en} is due by now"
        verdict_zh, verdict_en = ("进度正常", "on track") if on_track else ("进度滞后", "lagging")
        if gap > 0:
            need_zh, need_en = f",还需推进{gap}个阶段", f"; {_stages_en(gap)} still to go"
        else:
            need_zh, need_en = ",已达到要求的阶段", "; the required stage is already reached"
        return (
            f"{head_zh}{rule_zh}{due_zh},{verdict_zh}{need_zh}。",
            f"{head_en}{rule_en}{due_en}: {verdict_en}{need_en}.",
        )

    def final(self, met: bool, gap: int, late: tuple[Figure, Stage] | None) -> tuple[str, str]:
        head_zh, head_en = self._head()
        rule_zh, rule_en = self._rule()
        if met:
            return f"{head_zh}{rule_zh},按期达到,已完成。", f"{head_en}{rule_en}: met."
        late_zh = late_en = ""
        if late is not None:
            figure, stage = late
            late_zh = f"({figure.date.isoformat()}报告已达到{stage.label_zh},晚于期限)"
            late_en = f" ({stage.label_en} was reported on {figure.date.isoformat()}, after the due date)"
        return (
            f"{head_zh}{rule_zh},到期差{gap}个阶段,未完成{late_zh}。",
            f"{head_en}{rule_en}: missed, {_stages_en(gap)} short{late_en}.",
        )


MILESTONE: Evaluator[MilestoneParams] = Evaluator(
    name="milestone",
    params=MilestoneParams,
    evaluate=evaluate,
    check=check,
    shape=shape,
    version="1.0",
    api_version=API_VERSION,
    description=(
        "Qualitative targets (取得实质性进展, 申报, 打造) judged from reported stages in 阶段: "
        "0 未启动, 1 推进中, 2 取得实质性进展, 3 已完成; the figure's note is the evidence."
    ),
)
