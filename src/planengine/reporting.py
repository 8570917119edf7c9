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
from decimal import ROUND_CEILING, Decimal

import attrs

from .engine import CompiledPlan
from .evaluator import Explanation, Status
from .model import Metric, Plan, Reporting
from .observations import FigureIndex, Observation
from .periods import Cadence, Period
from .projection import Method, project
from .quantities import format_decimal
from .results import Assessment, EvaluationResult
from .scoring import DEFAULT_RULE, Light, ScoringRule, Scorecard, WarningThresholds, score

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
    "build_report",
]


class ReportKind(enum.Enum):
    """The three reports of the plan's reporting rhythm."""

    DEKAD = "dekad"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"

    @property
    def cadence(self) -> Cadence:
        return {ReportKind.DEKAD: Cadence.DEKAD, ReportKind.MONTHLY: Cadence.MONTH,
                ReportKind.QUARTERLY: Cadence.QUARTER}[self]


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
    result: EvaluationResult | None = attrs.field(default=None, eq=False, repr=False)


def build_report(
    compiled: CompiledPlan,
    observations: Sequence[Observation],
    as_of: dt.date,
    kind: ReportKind,
    *,
    known_on: dt.date | None = None,
    rule: ScoringRule = DEFAULT_RULE,
    thresholds: WarningThresholds = WarningThresholds(),
) -> Report:
    """Assemble the report of ``kind`` for the period containing ``as_of``.

    ``observations`` are the figures as known at ``known_on`` (the ledger gives them);
    ``known_on`` is only recorded in the report, so a reader knows which revision it shows.
    """
    plan = compiled.plan
    index = compiled.index(observations)
    period = Period.containing(as_of, kind.cadence)
    result = compiled.evaluate(index, as_of)
    card = score(result, plan, rule=rule, thresholds=thresholds)
    lines = _target_lines(plan, result, card)
    warnings = tuple(sorted((line for line in lines if line.light in (Light.YELLOW, Light.RED)), key=_warning_order))
    extra: dict[str, object] = {}
    if kind is ReportKind.DEKAD:
        before = compiled.evaluate(index, period.start - dt.timedelta(days=1))
        before_card = score(before, plan, rule=rule, thresholds=thresholds)
        extra["figures"] = _figures_in(plan, observations, period)
        extra["changes"] = tuple(
            StatusChange(now.target, now.quote, old.status, now.status)
            for old, now in zip(before.assessments, result.assessments) if old.status is not now.status
        )
        old_lights = {t.target: t.light for t in before_card.targets}
        extra["new_warnings"] = tuple(
            w for w in warnings if _rank(w.light) > _rank(old_lights.get(w.target))
        )
    if kind is ReportKind.QUARTERLY:
        extra["quarters"] = _quarters(compiled, index, plan, as_of, rule, thresholds)
        extra["projections"] = _projections(plan, result, index, as_of)
        extra["next_quarter"] = _next_quarter(plan, result, period)
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
        result=result,
        **extra,  # type: ignore[arg-type]
    )


def _rank(light: Light | None) -> int:
    return light.rank if light is not None else -1


def _warning_order(line: TargetLine) -> tuple[int, Decimal, str]:
    return (-_rank(line.light), -(line.points_behind or Decimal(0)), line.target)


def _target_lines(plan: Plan, result: EvaluationResult, card: Scorecard) -> tuple[TargetLine, ...]:
    metrics = {m.id: m for m in plan.metrics}
    numbers = {t.id: t.number for t in plan.tasks}
    lines = []
    for assessment, scored in zip(result.assessments, card.targets):
        metric = metrics.get(assessment.metric) if assessment.metric else None
        lines.append(TargetLine(
            target=assessment.target, quote=assessment.quote, metric=assessment.metric,
            metric_name=metric.name if metric else "", evaluator=assessment.evaluator, status=assessment.status,
            actual=assessment.actual, required=assessment.required, completion=assessment.completion,
            expected=assessment.expected, gap=assessment.gap, unit=assessment.unit, strive=assessment.strive,
            lead=assessment.lead, support=assessment.support,
            task_number=numbers.get(assessment.task, "一") if assessment.task else "一",
            score=scored.score, light=scored.light, points_behind=scored.points_behind,
            explanation=assessment.explanation,
        ))
    return tuple(lines)


def _unit_lines(card: Scorecard) -> tuple[UnitLine, ...]:
    ranked = card.ranked_units()
    rest = [u for u in card.units if u not in ranked]
    return tuple(
        UnitLine(index + 1 if unit.lead.score is not None else 0, unit.unit, unit.name, unit.lead.score,
                 unit.lead.targets, unit.support.score, unit.support.targets, unit.light)
        for index, unit in enumerate([*ranked, *rest])
    )


def _figures_in(plan: Plan, observations: Iterable[Observation], period: Period) -> tuple[ReportedFigure, ...]:
    """Figures for the period, and corrections of earlier figures reported in it."""
    names = {m.id: m.name for m in plan.metrics}
    found = [
        o for o in observations
        if o.metric in names and (
            period.contains(o.date)
            or (is_correction(o.revision, o.note) and o.reported_at is not None and period.contains(o.reported_at))
        )
    ]
    found.sort(key=lambda o: (o.date, o.metric, o.measure.value))
    return tuple(
        ReportedFigure(o.metric, names[o.metric], o.date, str(o.quantity), o.measure.value, o.reported_by, o.note,
                       o.reported_at, o.source, o.revision)
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
                missed.append(MissedReport(metric.id, metric.name, names.get(metric.reporter, metric.reporter),
                                           due.label, due.end))
            due = due.next()
    return tuple(sorted(missed, key=lambda m: (m.period_end, m.reporter, m.metric)))


def _quarters(
    compiled: CompiledPlan, index: FigureIndex, plan: Plan, as_of: dt.date, rule: ScoringRule, thresholds: WarningThresholds
) -> tuple[QuarterLine, ...]:
    lines = []
    for quarter in Period.all_in_year(plan.year, Cadence.QUARTER):
        if quarter.start > as_of:
            break
        day = min(quarter.end, as_of)
        result = compiled.evaluate(index, day)
        card = score(result, plan, rule=rule, thresholds=thresholds)
        lines.append(QuarterLine(quarter.label, day, card.overall.score, result.counts()))
    return tuple(lines)


def _projections(plan: Plan, result: EvaluationResult, index: FigureIndex, as_of: dt.date) -> tuple[ProjectionLine, ...]:
    metrics = {m.id: m for m in plan.metrics}
    lines = []
    for assessment in result.assessments:
        metric = metrics.get(assessment.metric) if assessment.metric else None
        if not _projectable(assessment, metric):
            continue
        assert metric is not None and assessment.required is not None
        projection = project(metric, index, plan.year, as_of)
        if projection is None:
            continue
        lines.append(ProjectionLine(
            assessment.target, assessment.quote, metric.name, projection.year_to_date, projection.projected,
            assessment.required, assessment.unit, projection.method, projection.share,
            projection.projected >= assessment.required,
        ))
    return tuple(lines)


def _projectable(assessment: Assessment, metric: Metric | None) -> bool:
    """A floor on a year-to-date total, judged on figures in the metric's own unit."""
    return (
        metric is not None
        and metric.reporting is Reporting.CUMULATIVE
        and assessment.evaluator in ("count-threshold", "amount-threshold")
        and assessment.status.evaluated
        and assessment.completion is not None
        and assessment.required is not None
        and assessment.unit == metric.unit.symbol
    )


def _next_quarter(plan: Plan, result: EvaluationResult, period: Period) -> tuple[NextQuarterLine, ...]:
    following = period.next()
    if following.start.year != plan.year:
        return ()
    targets = {t.id: t for t in plan.targets}
    metrics = {m.id: m for m in plan.metrics}
    lines = []
    for assessment in result.assessments:
        metric = metrics.get(assessment.metric) if assessment.metric else None
        if not _projectable(assessment, metric) or assessment.actual is None or assessment.required is None:
            continue
        share = targets[assessment.target].expected_share(following.end, plan.year)
        due = Decimal(share.numerator) * assessment.required / Decimal(share.denominator)
        if assessment.evaluator == "count-threshold":
            # a count is due in whole things (7.48家 due means 8家); in 万人, whole people
            step = Decimal(1).scaleb(-metric.unit.exponent)  # type: ignore[union-attr]
            due = (due / step).quantize(Decimal(1), ROUND_CEILING) * step
        else:
            due = due.quantize(Decimal("0.01"), ROUND_CEILING)
        lines.append(NextQuarterLine(assessment.target, assessment.quote, following.end, due, assessment.actual,
                                     max(Decimal(0), due - assessment.actual), assessment.unit))
    return tuple(lines)


def figure_text(value: Decimal | None, unit: str) -> str:
    """A figure with its unit for a report cell, or a dash."""
    return "—" if value is None else f"{format_decimal(value)}{unit}"
