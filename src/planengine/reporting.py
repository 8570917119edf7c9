"""The working group's three reports, as data: 旬简报, 月通报, 季总结.

:func:`build_report` judges the plan at the as-of date and assembles what a report of the
given kind shows. Rendering to Markdown, HTML and JSON is done by :mod:`planengine.render`;
this module does no I/O.

* **Dekad brief** (旬简报): the figures for the ten days (and corrections of earlier figures
  reported in them), the targets whose status changed since the previous dekad's end, new
  warnings, and missed reports.
* **Monthly bulletin** (月通报): every target with its actual and required figures,
  completion and expected progress; units ranked by the targets they lead; warnings;
  missed reports.
* **Quarterly summary** (季总结): the quarter against the previous ones, year-end
  projections, and what the next quarter must deliver.

A report covers the period of its kind that contains the as-of date (the dekad, month or
quarter), judged at the as-of date. A figure is *due* from the metric's reporting unit for
every period of the metric's frequency (the plan's finest cadence by default); a due
period that ended by the as-of date with no figure dated in it is a missed report.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

import attrs

from . import formatting
from .engine import CompiledPlan
from .evaluator import Evaluator, Explanation, Status
from .lights import Light, LightRule
from .model import Metric, Plan, Reporting
from .observations import FigureIndex, Observation
from .periods import Cadence, Period
from .progress import Progress
from .projection import Method, project
from .results import Assessment, EvaluationResult
from .scoring import DEFAULT_RULE, Scorecard, ScoringRule, score

__all__ = [
    "MissedReport",
    "NextQuarterLine",
    "ProjectionLine",
    "QuarterLine",
    "Report",
    "ReportKind",
    "ReportedFigure",
    "StatusChange",
    "TargetLine",
    "UnitLine",
    "UnjudgedLine",
    "build_report",
]


class ReportKind(enum.Enum):
    """The three reports of the plan's reporting rhythm."""

    DEKAD = "dekad"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"

    @property
    def cadence(self) -> Cadence:
        return {
            ReportKind.DEKAD: Cadence.DEKAD,
            ReportKind.MONTHLY: Cadence.MONTH,
            ReportKind.QUARTERLY: Cadence.QUARTER,
        }[self]


@attrs.frozen
class TargetLine:
    """One target in a report: its figures, score and warning."""

    target: str
    quote: str
    metric: str | None
    metric_name: str
    evaluator: str
    status: Status
    actual: Decimal | None
    required: Decimal | None
    completion: Decimal | None
    expected: Decimal | None
    gap: Decimal | None
    unit: str
    strive: bool
    lead: tuple[str, ...]
    support: tuple[str, ...]
    task_number: str
    score: Decimal | None
    light: Light | None
    points_behind: Decimal | None
    explanation: Explanation
    progress: Progress | None = None  #: against 序时进度: completion, points, amount, verdict
    gap_strict: bool = False  #: the figure must go beyond ``gap`` (超)


@attrs.frozen
class UnjudgedLine:
    """A target the report could not judge, why, and what would let it be judged."""

    target: str
    quote: str
    status: Status
    reason: Explanation
    remedy: Explanation


@attrs.frozen
class ReportedFigure:
    """A figure reported in the period."""

    metric: str
    metric_name: str
    date: dt.date
    value: str
    measure: str
    reported_by: str
    note: str
    reported_at: dt.date | None
    source: str
    revision: int = 1  #: 2 and on: a correction of an earlier report of this figure

    @property
    def is_correction(self) -> bool:
        """Whether it corrects an earlier report; see :func:`is_correction`."""
        return is_correction(self.revision, self.note)


def is_correction(revision: int, note: str) -> bool:
    """Whether a figure corrects an earlier report of it.

    The ledger numbers the reports of a figure, so revision 2 and on is a correction; a
    figure read from a file, without that history, counts as one when its note says so
    (更正…, correction…).
    """
    text = note.strip().lower()
    return revision > 1 or text.startswith("更正") or text.startswith("correction")


@attrs.frozen
class StatusChange:
    """A target whose status changed since the previous period's end."""

    target: str
    quote: str
    before: Status
    after: Status


@attrs.frozen
class MissedReport:
    """A figure that was due from a unit for a period and was not reported."""

    metric: str
    metric_name: str
    reporter: str
    period_label: str
    period_end: dt.date


@attrs.frozen
class UnitLine:
    """A unit's standing: its scores for what it leads and supports, and its worst warning."""

    rank: int
    unit: str
    name: str
    lead_score: Decimal | None
    lead_targets: int
    support_score: Decimal | None
    support_targets: int
    light: Light | None


@attrs.frozen
class QuarterLine:
    """The plan at the end of a quarter (or at the as-of date for the current one)."""

    label: str
    date: dt.date
    score: Decimal | None
    counts: dict[str, int]


@attrs.frozen
class ProjectionLine:
    """A target's year-end projection from its year-to-date figure."""

    target: str
    quote: str
    metric_name: str
    year_to_date: Decimal
    projected: Decimal
    required: Decimal
    unit: str
    method: Method
    share: Decimal
    projected_to_meet: bool


@attrs.frozen
class NextQuarterLine:
    """What a target needs by the end of the next quarter to be on schedule."""

    target: str
    quote: str
    due_by: dt.date
    due: Decimal
    actual: Decimal
    still_needed: Decimal
    unit: str


@attrs.frozen
class Report:
    """One report of the working group, as data."""

    kind: ReportKind
    plan: str
    title: str
    issuer: str
    year: int
    period_label: str
    period_start: dt.date
    period_end: dt.date
    as_of: dt.date
    known_on: dt.date | None
    spec_hash: str
    score: Decimal | None
    counts: dict[str, int]
    targets: tuple[TargetLine, ...]
    warnings: tuple[TargetLine, ...]
    units: tuple[UnitLine, ...]
    missed_reports: tuple[MissedReport, ...]
    figures: tuple[ReportedFigure, ...] = ()
    changes: tuple[StatusChange, ...] = ()
    new_warnings: tuple[TargetLine, ...] = ()
    quarters: tuple[QuarterLine, ...] = ()
    projections: tuple[ProjectionLine, ...] = ()
    next_quarter: tuple[NextQuarterLine, ...] = ()
    unjudged: tuple[UnjudgedLine, ...] = ()
    light_rule: str = ""
    #: Which figures count: "accepted" (only those the office accepted), "submitted" (those
    #: not yet reviewed too), "files" (read from files, not reviewed); "" when not said.
    scope: str = ""
    #: The reporting entity reported on (a district's id) and its name; "" for a plan of one.
    entity: str = ""
    entity_name: str = ""
    result: EvaluationResult | None = attrs.field(default=None, eq=False, repr=False)


def build_report(
    compiled: CompiledPlan,
    observations: Sequence[Observation],
    as_of: dt.date | str,
    kind: ReportKind | str,
    *,
    known_on: dt.date | str | None = None,
    rule: ScoringRule = DEFAULT_RULE,
    lights: LightRule | str | None = None,
    scope: str = "",
    entity: str = "",
) -> Report:
    """Assemble the report of ``kind`` for the period containing ``as_of``.

    ``kind`` is a :class:`ReportKind` or its value (``"monthly"``); dates may be ISO text.
    ``observations`` are the figures as known at ``known_on`` (the ledger gives them);
    ``known_on`` is only recorded in the report, so a reader knows which revision it shows.
    ``lights`` is the warning-light rule, or its name; by default the plan's ``light_rule``.
    ``entity`` is whose figures are reported (compile :meth:`Plan.for_entity
    <planengine.Plan.for_entity>` for an entity's own targets); other entities' figures are not used.
    """
    as_of = _date(as_of, "as_of")
    known_on = None if known_on is None else _date(known_on, "known_on")
    kind = _kind(kind)
    light_rule = _light_rule(compiled, lights)
    plan = compiled.plan
    observations = [o for o in observations if o.entity == entity]
    index = compiled.index(observations, entity)
    period = Period.containing(as_of, kind.cadence)
    result = compiled.evaluate(index, as_of)
    card = score(result, plan, rule=rule, lights=light_rule, history=_history(compiled, index, as_of, light_rule))
    lines = _target_lines(plan, result, card)
    warnings = tuple(sorted((line for line in lines if line.light in (Light.YELLOW, Light.RED)), key=_warning_order))
    extra: dict[str, object] = {}
    if kind is ReportKind.DEKAD:
        day_before = period.start - dt.timedelta(days=1)
        before = compiled.evaluate(index, day_before)
        before_card = score(
            before, plan, rule=rule, lights=light_rule, history=_history(compiled, index, day_before, light_rule)
        )
        extra["figures"] = _figures_in(plan, observations, period)
        extra["changes"] = tuple(
            StatusChange(now.target, now.quote, old.status, now.status)
            for old, now in zip(before.assessments, result.assessments)
            if old.status is not now.status
        )
        old_lights = {t.target: t.light for t in before_card.targets}
        extra["new_warnings"] = tuple(w for w in warnings if _rank(w.light) > _rank(old_lights.get(w.target)))
    if kind is ReportKind.QUARTERLY:
        extra["quarters"] = _quarters(compiled, index, plan, as_of, rule, light_rule)
        extra["projections"] = _projections(compiled, result, index, as_of)
        extra["next_quarter"] = _next_quarter(compiled, result, period)
    return Report(
        kind=kind,
        plan=plan.id,
        title=plan.title,
        issuer=plan.issuer,
        year=plan.year,
        period_label=period.label,
        period_start=period.start,
        period_end=period.end,
        as_of=as_of,
        known_on=known_on,
        spec_hash=result.spec_hash,
        score=card.overall.score,
        counts=result.counts(),
        targets=lines,
        warnings=warnings,
        units=_unit_lines(card),
        missed_reports=_missed_reports(plan, observations, period, as_of),
        unjudged=_unjudged(compiled, result),
        light_rule=light_rule.name,
        scope=scope,
        result=result,
        **extra,  # type: ignore[arg-type]
        entity=entity,
        entity_name=_entity_name(plan, entity),
    )


def _date(value: dt.date | str, name: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{name} must be a date written YYYY-MM-DD, got {value!r}") from None
    raise TypeError(f"{name} must be a datetime.date or ISO text (YYYY-MM-DD), got {type(value).__name__}")


def _kind(kind: ReportKind | str) -> ReportKind:
    if isinstance(kind, ReportKind):
        return kind
    if isinstance(kind, str):
        try:
            return ReportKind(kind)
        except ValueError:
            allowed = ", ".join(repr(k.value) for k in ReportKind)
            raise ValueError(f"no report kind is called {kind!r}; use one of {allowed}") from None
    raise TypeError(f"kind must be a ReportKind or its name, got {type(kind).__name__}")


def _light_rule(compiled: CompiledPlan, lights: LightRule | str | None) -> LightRule:
    if isinstance(lights, LightRule):
        return lights
    name = lights if lights is not None else compiled.plan.light_rule
    try:
        return compiled.registry.light_rule(name)
    except KeyError as exc:
        raise ValueError(exc.args[0]) from None


def _history(
    compiled: CompiledPlan, index: FigureIndex, as_of: dt.date, light_rule: LightRule
) -> dict[str, tuple[Assessment, ...]]:
    """Each target's assessments at the ends of the months before ``as_of``, for a rule that needs them."""
    if not light_rule.needs_history:
        return {}
    year = compiled.plan.year
    ends = [m.end for m in Period.all_in_year(year, Cadence.MONTH) if m.end < min(as_of, dt.date(year, 12, 31))]
    history: dict[str, list[Assessment]] = {}
    for day in ends:
        for assessment in compiled.evaluate(index, day).assessments:
            history.setdefault(assessment.target, []).append(assessment)
    return {target: tuple(found) for target, found in history.items()}


def _rank(light: Light | None) -> int:
    return light.rank if light is not None else -1


def _warning_order(line: TargetLine) -> tuple[int, Decimal, str]:
    return (-_rank(line.light), -(line.points_behind or Decimal(0)), line.target)


def _target_lines(plan: Plan, result: EvaluationResult, card: Scorecard) -> tuple[TargetLine, ...]:
    metrics = {m.id: m for m in plan.metrics}
    numbers = {t.id: t.number for t in plan.tasks}
    names = {u.id: u.name for u in plan.units}
    lines = []
    for assessment, scored in zip(result.assessments, card.targets):
        metric = metrics.get(assessment.metric) if assessment.metric else None
        lines.append(
            TargetLine(
                target=assessment.target,
                quote=assessment.quote,
                metric=assessment.metric,
                metric_name=metric.name if metric else "",
                evaluator=assessment.evaluator,
                status=assessment.status,
                actual=assessment.actual,
                required=assessment.required,
                completion=assessment.completion,
                expected=assessment.expected,
                gap=assessment.gap,
                unit=assessment.unit,
                strive=assessment.strive,
                lead=tuple(names.get(u, u) for u in assessment.lead),
                support=tuple(names.get(u, u) for u in assessment.support),
                task_number=numbers.get(assessment.task, "一") if assessment.task else "一",
                score=scored.score,
                light=scored.light,
                points_behind=scored.points_behind,
                explanation=assessment.explanation,
                progress=assessment.progress,
                gap_strict=assessment.gap_strict,
            )
        )
    return tuple(lines)


def _unit_lines(card: Scorecard) -> tuple[UnitLine, ...]:
    ranked = card.ranked_units()
    rest = [u for u in card.units if u not in ranked]
    return tuple(
        UnitLine(
            index + 1 if unit.lead.score is not None else 0,
            unit.unit,
            unit.name,
            unit.lead.score,
            unit.lead.targets,
            unit.support.score,
            unit.support.targets,
            unit.light,
        )
        for index, unit in enumerate([*ranked, *rest])
    )


def _entity_name(plan: Plan, entity: str) -> str:
    """The entity's name as the plan gives it (岳阳楼区), or "" when unnamed or unknown."""
    return next((e.name for e in plan.entities if e.id == entity), "")


def _figures_in(plan: Plan, observations: Iterable[Observation], period: Period) -> tuple[ReportedFigure, ...]:
    """Figures for the period, and corrections of earlier figures reported in it."""
    names = {m.id: m.name for m in plan.metrics}
    found = [
        o
        for o in observations
        if o.metric in names
        and (
            period.contains(o.date)
            or (is_correction(o.revision, o.note) and o.reported_at is not None and period.contains(o.reported_at))
        )
    ]
    found.sort(key=lambda o: (o.date, o.metric, o.measure.value))
    return tuple(
        ReportedFigure(
            o.metric,
            names[o.metric],
            o.date,
            str(o.quantity),
            o.measure.value,
            o.reported_by,
            o.note,
            o.reported_at,
            o.source,
            o.revision,
        )
        for o in found
    )


def _missed_reports(
    plan: Plan, observations: Sequence[Observation], period: Period, as_of: dt.date
) -> tuple[MissedReport, ...]:
    names = {u.id: u.name for u in plan.units}
    dated: dict[str, list[dt.date]] = {}
    for obs in observations:
        dated.setdefault(obs.metric, []).append(obs.date)
    missed = []
    for metric in plan.metrics:
        if metric.reporter is None:
            continue
        frequency = plan.reporting_cadence(metric)
        due = Period.containing(period.start, frequency)
        while due.end <= min(period.end, as_of):
            in_plan_year = due.start.year == plan.year
            if in_plan_year and due.end >= period.start and not any(due.contains(d) for d in dated.get(metric.id, ())):
                missed.append(
                    MissedReport(
                        metric.id, metric.name, names.get(metric.reporter, metric.reporter), due.label, due.end
                    )
                )
            due = due.next()
    return tuple(sorted(missed, key=lambda m: (m.period_end, m.reporter, m.metric)))


def _quarters(
    compiled: CompiledPlan, index: FigureIndex, plan: Plan, as_of: dt.date, rule: ScoringRule, lights: LightRule
) -> tuple[QuarterLine, ...]:
    lines = []
    for quarter in Period.all_in_year(plan.year, Cadence.QUARTER):
        if quarter.start > as_of:
            break
        day = min(quarter.end, as_of)
        result = compiled.evaluate(index, day)
        card = score(result, plan, rule=rule, lights=lights, history=_history(compiled, index, day, lights))
        lines.append(QuarterLine(quarter.label, day, card.overall.score, result.counts()))
    return tuple(lines)


def _projections(
    compiled: CompiledPlan, result: EvaluationResult, index: FigureIndex, as_of: dt.date
) -> tuple[ProjectionLine, ...]:
    plan = compiled.plan
    metrics = {m.id: m for m in plan.metrics}
    lines = []
    for assessment in result.assessments:
        metric = metrics.get(assessment.metric) if assessment.metric else None
        evaluator = compiled.evaluator(assessment.evaluator)
        if metric is None or evaluator is None or not _projectable(assessment, metric, evaluator):
            continue
        assert assessment.required is not None
        projection = project(
            metric, index, plan.year, as_of, plan.reporting_cadence(metric), plan.progress_basis_of(metric)
        )
        if projection is None:
            continue
        projected = projection.projected
        if evaluator.whole_units:  # a projection of whole things: the things reached, never a fraction
            one = Decimal(1).scaleb(-metric.unit.exponent)
            projected = (projected / one).to_integral_value(ROUND_FLOOR) * one
        lines.append(
            ProjectionLine(
                assessment.target,
                assessment.quote,
                metric.name,
                projection.year_to_date,
                projected,
                assessment.required,
                assessment.unit,
                projection.method,
                projection.share,
                projection.projected >= assessment.required,
            )
        )
    return tuple(lines)


def _projectable(assessment: Assessment, metric: Metric, evaluator: Evaluator[object]) -> bool:
    """A floor on a year-to-date total, by an evaluator that declares itself projectable."""
    return (
        evaluator.projectable
        and metric.reporting is Reporting.CUMULATIVE
        and assessment.status.evaluated
        and assessment.completion is not None
        and assessment.required is not None
        and assessment.unit == metric.unit.symbol
    )


def _next_quarter(compiled: CompiledPlan, result: EvaluationResult, period: Period) -> tuple[NextQuarterLine, ...]:
    plan = compiled.plan
    following = period.next()
    if following.start.year != plan.year:
        return ()
    targets = {t.id: t for t in plan.targets}
    metrics = {m.id: m for m in plan.metrics}
    lines = []
    for assessment in result.assessments:
        metric = metrics.get(assessment.metric) if assessment.metric else None
        evaluator = compiled.evaluator(assessment.evaluator)
        if metric is None or evaluator is None or not _projectable(assessment, metric, evaluator):
            continue
        assert assessment.actual is not None and assessment.required is not None
        share = targets[assessment.target].expected_share(
            following.end, plan.year, plan.reporting_cadence(metric), plan.progress_basis_of(metric)
        )
        due = Decimal(share.numerator) * assessment.required / Decimal(share.denominator)
        if evaluator.whole_units:  # a count is due in whole things (7.48家 due means 8家); in 万人, whole people
            due = formatting.whole_things(due, Decimal(1).scaleb(-metric.unit.exponent))
        else:
            due = due.quantize(Decimal("0.01"), ROUND_CEILING)
        lines.append(
            NextQuarterLine(
                assessment.target,
                assessment.quote,
                following.end,
                due,
                assessment.actual,
                max(Decimal(0), due - assessment.actual),
                assessment.unit,
            )
        )
    return tuple(lines)


def _unjudged(compiled: CompiledPlan, result: EvaluationResult) -> tuple[UnjudgedLine, ...]:
    """Targets not judged (no figure, not evaluable, no evaluator, an error), each with its remedy."""
    plan = compiled.plan
    metrics = {m.id: m for m in plan.metrics}
    names = {u.id: u.name for u in plan.units}
    lines = []
    for a in result.assessments:
        if a.status.evaluated:
            continue
        metric = metrics.get(a.metric) if a.metric else None
        if a.status is Status.UNSUPPORTED:
            remedy = Explanation(
                f"安装提供评价器“{a.evaluator}”的插件后即可评价(如 pip install planengine-{a.evaluator})",
                f"install the plugin that provides the evaluator {a.evaluator!r} "
                f"(e.g. pip install planengine-{a.evaluator}) and the target is judged",
            )
        elif a.status is Status.NO_DATA:
            who = names.get(metric.reporter, metric.reporter) if metric and metric.reporter else ""
            what = metric.name if metric else a.target
            remedy = Explanation(
                f"请{who or '责任单位'}报送{what}数据",
                f"{who or 'the responsible unit'} should report {metric.label_en if metric else a.target}",
            )
        elif a.status is Status.NOT_EVALUABLE:
            remedy = Explanation(
                "请核对并更正报送数据(单位、口径、重复报送)后重新录入",
                "check and correct the reported figures (unit, scope, duplicates), then record them again",
            )
        else:
            remedy = Explanation(
                f"请修复或停用评价器“{a.evaluator}”所在插件,并告知插件维护者",
                f"repair or switch off the plugin providing {a.evaluator!r}, and tell its maintainers",
            )
        lines.append(UnjudgedLine(a.target, a.quote, a.status, a.explanation, remedy))
    return tuple(lines)


def figure_text(value: Decimal | None, unit: str) -> str:
    """A figure with its unit for a report cell (money in its largest sensible unit), or a dash."""
    return formatting.amount(value, unit)
