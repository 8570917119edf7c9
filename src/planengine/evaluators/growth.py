"""``growth-rate``: growth of a metric against the same period of the previous year.

The growth is taken, in this order of preference, from

1. the official year-on-year rate (同比, 可比口径) reported for the metric (``measure = yoy``)
   when it is at least as recent as the latest figure: used as given, not recomputed;
2. the metric's figure against a baseline stated in the spec (``baseline``);
3. the metric's figure against the previous year's figure for the same period (上年同期).

The threshold is either a fixed rate (``min_growth``: 增长10%以上) or another metric's
growth (``benchmark``: 贷款增速高于全区各项贷款平均增速), plus an optional ``margin``.
Before the year's end the year-to-date growth is compared with the threshold directly
(``on_track`` or ``lagging``); at the year's end it is ``met`` or ``missed``. A stated
baseline for a year-to-date total is a full-year figure, so before the year's end such a
target is judged as the level ``baseline x (1 + min_growth)`` pro-rated by 序时进度.
A zero or negative base makes growth meaningless: ``not_evaluable``, never a number.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import attrs

from .. import formatting
from ..comparators import Comparator, direction_problems
from ..convert import Rate, format_rate
from ..evaluator import (
    PLUGIN_API_VERSION,
    Context,
    Evaluator,
    Explanation,
    NoData,
    NotEvaluable,
    Outcome,
    ParamProblem,
    RuleShape,
    Status,
)
from ..model import Metric, Plan, Reporting
from ..observations import Figure
from ..quantities import Quantity
from ._common import fraction_to_decimal, number, percent

__all__ = ["GROWTH_RATE", "GrowthParams"]


@attrs.frozen
class GrowthParams:
    """Parameters of ``growth-rate``.

    :param min_growth: the growth to reach, as a rate (``"10%"``); negative for a decline.
    :param comparator: ``">="`` (以上, default), ``">"`` (超, 高于), or ``"<="``/``"<"`` for a
        metric where less is better (下降5%以上: min_growth ``"-5%"``, comparator ``"<="``).
    :param benchmark: instead of ``min_growth``, the id of a metric whose growth is the bar.
    :param margin: added to the benchmark's growth (in %, default 0).
    :param baseline: the previous year's figure, when the spec states it instead of the
        figures giving it.
    """

    min_growth: Rate | None = None
    comparator: Comparator = Comparator.AT_LEAST
    benchmark: str | None = None
    margin: Rate = Rate(Decimal(0))
    baseline: Quantity | None = None


def _check(params: GrowthParams, metric: Metric | None, plan: Plan) -> list[ParamProblem]:
    problems: list[ParamProblem] = []
    if (params.min_growth is None) == (params.benchmark is None):
        problems.append(
            ParamProblem(
                "min_growth",
                "give either min_growth (a rate such as '10%') or benchmark (another metric's id), and not both",
            )
        )
    if params.comparator in (Comparator.BETWEEN, Comparator.APPROX):
        problems.append(ParamProblem("comparator", "growth-rate compares with '>=', '>', '<=' or '<'"))
    if params.benchmark is not None:
        ids = {m.id for m in plan.metrics}
        if params.benchmark not in ids:
            problems.append(ParamProblem("benchmark", f"there is no metric with the id {params.benchmark!r}"))
        elif metric is not None and params.benchmark == metric.id:
            problems.append(ParamProblem("benchmark", "a metric cannot be its own benchmark"))
        if params.baseline is not None:
            problems.append(ParamProblem("baseline", "a stated baseline cannot be combined with a benchmark"))
    if params.baseline is not None and metric is not None and params.baseline.dimension != metric.unit.dimension:
        problems.append(
            ParamProblem(
                "baseline",
                f"the unit of {params.baseline} does not fit the metric "
                f"{metric.id!r}, which is measured in {metric.unit.symbol}",
            )
        )
    if params.baseline is not None and params.baseline.base <= 0:
        problems.append(ParamProblem("baseline", "growth against a zero or negative baseline has no meaning"))
    if params.comparator not in (Comparator.BETWEEN, Comparator.APPROX):
        problems.extend(direction_problems(params.comparator, metric))
    return problems


@attrs.frozen
class _Growth:
    """A metric's growth and where it came from; the sentences are written only on demand."""

    metric: Metric
    rate: Fraction
    date: dt.date
    figure: Figure | None = None  #: None when the official rate was used
    base_zh: str = ""
    base_en: str = ""

    def source(self) -> tuple[str, str]:
        m, rate = self.metric, percent(self.rate)
        if self.figure is None:
            return f"{m.name}同比增长{rate}(报送同比)", f"{m.label_en} grew {rate} year on year (official rate)"
        shown = self.figure.describe()
        return (
            f"{m.name}{shown},{self.base_zh},增长{rate}",
            f"{m.label_en} is {shown} against {self.base_en}: growth {rate}",
        )


def _growth_of(ctx: Context, metric: Metric, baseline: Quantity | None) -> _Growth:
    try:
        figure: Figure | None = ctx.latest(metric)
    except NoData:
        figure = None
    # An official rate is used when it is at least as recent as the latest figure.
    official = ctx.latest_rate(metric, since=figure.date if figure is not None else None)
    if official is not None:
        return _Growth(metric, Fraction(official.value), official.date)
    if figure is None:
        ctx.latest(metric)  # raises the NoData that names the missing figure
        raise AssertionError("unreachable")
    if baseline is not None:
        base, base_zh, base_en = baseline.to(metric.unit).magnitude, f"基数{baseline}", f"baseline {baseline}"
    else:
        previous = ctx.figures.same_period_previous_year(metric, figure.date)
        base = previous.value
        base_zh = f"上年同期({previous.date.isoformat()}){previous.describe()}"
        base_en = f"the same period last year ({previous.date.isoformat()}) {previous.describe()}"
    if base <= 0:
        raise NotEvaluable(
            f"{metric.name}的{base_zh}为零或负数,增速无意义",
            f"the base for {metric.label_en}, {base_en}, is zero or negative, so growth has no meaning",
        )
    return _Growth(metric, Fraction(figure.value) / Fraction(base) - 1, figure.date, figure, base_zh, base_en)


_VERDICTS = {
    Status.MET: ("已完成", "met"),
    Status.MISSED: ("未完成", "missed"),
    Status.ON_TRACK: ("进度正常", "on track"),
    Status.LAGGING: ("进度滞后", "lagging"),
}


def _evaluate(params: GrowthParams, ctx: Context) -> Outcome:
    metric = ctx.require_metric()
    if params.baseline is not None and metric.reporting is Reporting.CUMULATIVE and not ctx.is_final:
        return _pro_rated(params, ctx, metric, params.baseline)
    own = _growth_of(ctx, metric, params.baseline)
    bench = None
    if params.benchmark is not None:
        bench = _growth_of(ctx, ctx.figures.metric(params.benchmark), None)
        bar = bench.rate + Fraction(params.margin)
    else:
        assert params.min_growth is not None
        bar = Fraction(params.min_growth)
    holds = params.comparator.holds(own.rate, bar)
    decreasing = params.comparator.is_ceiling
    gap = Fraction(0) if holds else (own.rate - bar if decreasing else bar - own.rate)
    completion = None
    if bar > 0 and not decreasing:
        completion = _exact(own.rate / bar)
        if not holds and completion >= 1 and own.rate < bar:  # 28 digits rounded up to 1: a miss stays short
            completion = Decimal(1).next_minus()
    if ctx.is_final:
        status = Status.MET if holds else Status.MISSED
    else:
        status = Status.ON_TRACK if holds else Status.LAGGING
    # unrounded: shown rounded, but a gap that is not zero never reads as 0 (see planengine.formatting)
    gap_points = _exact(gap * 100)
    if gap and gap_points == 0:
        gap_points = Decimal("1e-26") if gap > 0 else Decimal("-1e-26")
    strict = not holds and params.comparator.strict and gap == 0

    def explain() -> tuple[str, str]:
        own_zh, own_en = own.source()
        if bench is not None:
            bar_zh, bar_en = bench.source()
            if params.margin:
                bar_zh, bar_en = f"{bar_zh},加{percent(params.margin)}", f"{bar_en}, plus {percent(params.margin)}"
        else:
            assert params.min_growth is not None
            bar_zh = f"目标增长{params.comparator.zh}{format_rate(params.min_growth)}"
            bar_en = f"the target is growth {params.comparator.en} {format_rate(params.min_growth)}"
        if strict:
            gap_zh, gap_en = ",恰好持平而未超过", ", equal to it but not above it"
        else:
            gap_zh = f",差{formatting.points(gap_points, 'zh', 2)}" if gap else ""
            gap_en = f", {formatting.points(gap_points, 'en', 2)} short" if gap else ""
        verdict_zh, verdict_en = _VERDICTS[status]
        return f"{own_zh};{bar_zh}{gap_zh},{verdict_zh}。", f"{own_en}; {bar_en}{gap_en}: {verdict_en}."

    return Outcome(
        status,
        Explanation.deferred(explain),
        actual=_exact(own.rate * 100),
        required=_exact(bar * 100),
        completion=completion,
        expected=None,  # rates are compared directly, not against a share of the year
        gap=gap_points,
        unit="%",
        figure_date=own.date,
        gap_strict=strict,
    )


def _exact(value: Fraction) -> Decimal:
    """A fraction as a Decimal to 28 significant digits; rounded only when shown."""
    return Decimal(value.numerator) / Decimal(value.denominator)


def _pro_rated(params: GrowthParams, ctx: Context, metric: Metric, baseline: Quantity) -> Outcome:
    """Before the year's end, a year-to-date total against a full-year baseline: a pro-rated level.

    The year's level is ``baseline x (1 + min_growth)``; by the figure's date its share
    (序时进度) is due. For a floor the figure must have reached it; for a ceiling (a decline,
    on a metric where less is better) it must not have passed it.
    """
    assert params.min_growth is not None
    figure = ctx.latest(metric)
    base = baseline.to(metric.unit).magnitude
    required = Fraction(base) * (1 + Fraction(params.min_growth))
    share = ctx.expected_share(ctx.judged_on(figure.date))
    due = required * share
    progress = None
    if params.comparator.is_ceiling or not required:
        on_track = params.comparator.holds(Fraction(figure.value), due)
    else:
        progress = ctx.progress(figure.value, due, _exact(required), share)
        on_track = progress.verdict.on_schedule
    unit = metric.unit.symbol
    req = fraction_to_decimal(required, 4)
    due_text = f"{number(fraction_to_decimal(due, 2))}{unit}"
    if params.comparator.is_ceiling:
        gap = Decimal(0) if on_track else fraction_to_decimal(Fraction(figure.value) - due, 4)
        bound_zh, bound_en = f"按进度不应超过{due_text}", f"at most {due_text} is allowed by now"
    else:
        gap = max(Decimal(0), req - figure.value)
        bound_zh, bound_en = f"按进度应达{due_text}", f"{due_text} is due"
    verdict_zh, verdict_en = ("进度正常", "on track") if on_track else ("进度滞后", "lagging")
    return Outcome(
        Status.ON_TRACK if on_track else Status.LAGGING,
        Explanation(
            f"截至{figure.date.isoformat()},{metric.name}累计{figure.describe()};全年{params.comparator.zh}"
            f"{number(req)}{unit}(基数{baseline}增长{format_rate(params.min_growth)}),序时进度{percent(share)},"
            f"{bound_zh},{verdict_zh}。",
            f"by {figure.date.isoformat()}, {metric.label_en} totals {figure.describe()}; the year's total must be "
            f"{params.comparator.en} {number(req)}{unit} (baseline {baseline} with growth {format_rate(params.min_growth)}); "
            f"{percent(share)} of the year has passed, so {bound_en}: {verdict_en}.",
        ),
        actual=figure.value,
        required=req,
        completion=fraction_to_decimal(Fraction(figure.value) / required) if required else None,
        expected=progress.expected if progress is not None else fraction_to_decimal(share),
        gap=gap,
        unit=unit,
        figure_date=figure.date,
        progress=progress,
    )


def _shape(params: GrowthParams, metric: Metric) -> RuleShape:
    """Growth rises with the metric's own figure (its base held fixed); the status needs the base too."""
    return RuleShape(-1 if params.comparator.is_ceiling else 1)


GROWTH_RATE: Evaluator[GrowthParams] = Evaluator(
    name="growth-rate",
    params=GrowthParams,
    evaluate=_evaluate,
    check=_check,
    shape=_shape,
    version="2.0",
    api_version=PLUGIN_API_VERSION,
    bounded=True,
    description="Year-on-year growth against a rate (增长10%以上) or another metric's growth (高于平均增速).",
)
