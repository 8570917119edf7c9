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
import operator
from collections.abc import Callable
from decimal import Decimal, getcontext
from fractions import Fraction
from functools import partial

import attrs

from .. import formatting
from ..comparators import Comparator, direction_problems
from ..convert import Rate, format_rate
from ..evaluator import (
    PLUGIN_API_VERSION,
    Context,
    Evaluator,
    Explanation,
    NotEvaluable,
    Outcome,
    ParamProblem,
    RuleShape,
    Status,
    _last_dekad_start,
    _latest,
    _make_outcome,
)
from ..model import Metric, Plan, Reporting, Target
from ..observations import Figure, FigureIndex, Measure, _year_bounds
from ..periods import Cadence, ProgressBasis
from ..progress import _ratio
from ..quantities import Quantity
from ._common import fraction_to_decimal, number, percent
from ._prepared import PreparedRule, context_key

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


class _Growth:
    """A metric's growth, exactly, as the ratio ``num / den`` (``den`` above zero), and where it came
    from; the sentences are written only on demand."""

    __slots__ = ("baseline", "date", "den", "figure", "metric", "num", "origin", "previous")

    def __init__(
        self,
        metric: Metric,
        num: int,
        den: int,
        date: dt.date,
        figure: Figure | None = None,
        baseline: Quantity | None = None,
        previous: Figure | None = None,
        origin: Figure | None = None,
    ) -> None:
        self.metric, self.num, self.den, self.date = metric, num, den, date
        self.figure = figure  #: None when the official rate was used
        self.origin = origin if origin is not None else figure  #: the figure the growth comes from
        self.baseline, self.previous = baseline, previous  #: the stated baseline, else 上年同期's figure

    @property
    def rate(self) -> Fraction:
        return Fraction(self.num, self.den)

    def base_words(self) -> tuple[str, str]:
        """The base the growth was measured against, in Chinese and English."""
        if self.baseline is not None:
            return f"基数{self.baseline}", f"baseline {self.baseline}"
        previous = self.previous
        assert previous is not None
        return (
            f"上年同期({previous.date.isoformat()}){previous.describe()}",
            f"the same period last year ({previous.date.isoformat()}) {previous.describe()}",
        )

    def source(self) -> tuple[str, str]:
        m, rate = self.metric, percent(self.rate)
        if self.figure is None:
            return f"{m.name}同比增长{rate}(报送同比)", f"{m.label_en} grew {rate} year on year (official rate)"
        shown = self.figure.describe()
        base_zh, base_en = self.base_words()
        return (
            f"{m.name}{shown},{base_zh},增长{rate}",
            f"{m.label_en} is {shown} against {base_en}: growth {rate}",
        )


def _growth_of(
    figures: FigureIndex,
    metric: Metric,
    baseline: Quantity | None,
    year: int,
    as_of: dt.date,
    final: bool,
) -> _Growth:
    first, last = _year_bounds(year)
    until = last if last < as_of else as_of
    # Context.latest(), None for no figure (at the year's end, none from its last dekad)
    figure = figures._at_or_before(metric, _VALUE, until, first)
    if figure is not None and final and figure.date < _last_dekad_start(year):
        figure = None
    # An official rate is used when it is at least as recent as the latest figure (Context.latest_rate()).
    since = first if figure is None or not figure.date > first else figure.date
    official = figures._at_or_before(metric, _YOY, until, since)
    if official is not None and not (final and official.date < _last_dekad_start(year)):
        return _Growth(metric, *official.value.as_integer_ratio(), official.date, origin=official)
    if figure is None:
        _latest(figures, metric, year, as_of, final)  # raises the NoData that names the missing figure
        raise AssertionError("unreachable")
    previous = None
    if baseline is not None:
        base = baseline.to(metric.unit).magnitude
    else:
        previous = figures.same_period_previous_year(metric, figure.date)
        base = previous.value
    growth = _Growth(metric, 0, 1, figure.date, figure, baseline, previous)
    if base <= 0:
        base_zh, base_en = growth.base_words()
        raise NotEvaluable(
            f"{metric.name}的{base_zh}为零或负数,增速无意义",
            f"the base for {metric.label_en}, {base_en}, is zero or negative, so growth has no meaning",
        )
    value_num, value_den = figure.value.as_integer_ratio()
    base_num, base_den = base.as_integer_ratio()
    growth.num, growth.den = value_num * base_den - base_num * value_den, value_den * base_num
    return growth


_VALUE, _YOY = Measure.VALUE, Measure.YOY


_VERDICTS = {
    Status.MET: ("已完成", "met"),
    Status.MISSED: ("未完成", "missed"),
    Status.ON_TRACK: ("进度正常", "on track"),
    Status.LAGGING: ("进度滞后", "lagging"),
}


class _Rule(PreparedRule):
    """One target's rule, prepared once (see :class:`planengine.evaluators.threshold._Rule`)."""

    __slots__ = (
        "_last",
        "_ready",
        "bar",
        "basis",
        "comparator",
        "decreasing",
        "frequency",
        "holds",
        "metric",
        "params",
        "pro_rated",
        "strict",
        "target",
        "year",
        "year_end",
    )

    def __init__(
        self,
        params: GrowthParams,
        metric: Metric,
        *,
        target: Target,
        year: int,
        frequency: Cadence,
        basis: ProgressBasis,
    ) -> None:
        self.params, self.metric, self.target = params, metric, target
        self.year, self.frequency, self.basis = year, frequency, basis
        self.year_end = dt.date(year, 12, 31)
        self.comparator = params.comparator
        self.pro_rated = params.baseline is not None and metric.reporting is Reporting.CUMULATIVE
        #: min_growth as (numerator, denominator), if given as a (finite) Decimal
        min_growth = params.min_growth
        self.bar = min_growth.as_integer_ratio() if type(min_growth) is Decimal and min_growth.is_finite() else None
        #: the last outcome judged and the figures that decided it (see judge())
        self._last: (
            tuple[Figure | None, Figure | None, Figure | None, Figure | None, bool, tuple[object, ...], Outcome] | None
        ) = None
        try:
            self._prepare()
        except Exception:  # raised again by judge(), where the comparator is first used, as the rule always did
            self._ready = False

    def _prepare(self) -> None:
        comparator = self.comparator
        self.holds = _HOLDS[comparator]  # a one-sided comparator (Comparator.holds)
        self.decreasing, self.strict = comparator.is_ceiling, comparator.strict
        self._ready = True

    def judge(self, figures: FigureIndex, as_of: dt.date) -> Outcome:
        """The outcome at ``as_of``; ``NoData`` and ``NotEvaluable`` are raised as by any evaluator."""
        params, metric, year = self.params, self.metric, self.year
        final = as_of >= self.year_end
        if self.pro_rated and not final:
            assert params.baseline is not None
            context = Context(self.target, metric, year, as_of, figures, self.frequency, self.basis)
            return _pro_rated(params, context, metric, params.baseline)
        own = _growth_of(figures, metric, params.baseline, year, as_of, final)
        bench = None
        if params.benchmark is not None:
            bench = _growth_of(figures, figures.metric(params.benchmark), None, year, as_of, final)
        # The outcome depends on the figures the rates come from, on whether the year is over
        # and on the decimal context (see ._prepared), not on the date itself: judged at many
        # dates, an index gives the same figures again and again, so the last outcome is kept
        # and given again (as threshold's rule does). Figures are the index's own objects.
        bench_origin = bench_previous = None
        if bench is not None:
            bench_origin, bench_previous = bench.origin, bench.previous
        last, decimals = self._last, context_key()
        if (
            last is not None
            and last[0] is own.origin
            and last[1] is own.previous
            and last[2] is bench_origin
            and last[3] is bench_previous
            and last[4] is final
            and last[5] == decimals
        ):
            return last[6]
        outcome = self._outcome(own, bench, final)
        self._last = (own.origin, own.previous, bench_origin, bench_previous, final, decimals, outcome)  # read whole
        return outcome

    def _outcome(self, own: _Growth, bench: _Growth | None, final: bool) -> Outcome:
        """The outcome of :meth:`judge` once the rates are found."""
        params = self.params
        if bench is not None:
            margin_num, margin_den = _ratio(params.margin)
            bar_num, bar_den = bench.num * margin_den + margin_num * bench.den, bench.den * margin_den
        elif self.bar is not None:
            bar_num, bar_den = self.bar
        else:
            assert params.min_growth is not None
            bar_num, bar_den = _ratio(params.min_growth)
        # own against the bar, exactly: both over positive denominators, cross-multiplied
        own_cross, bar_cross = own.num * bar_den, bar_num * own.den
        if not self._ready:
            self.comparator.holds(own_cross, bar_cross)  # a comparator that is not one-sided fails here
            self._prepare()
        holds = self.holds(own_cross, bar_cross)
        decreasing = self.decreasing
        gap_den = own.den * bar_den
        gap_num = 0 if holds else (own_cross - bar_cross if decreasing else bar_cross - own_cross)
        divide = getcontext().divide  # as Decimal(a) / Decimal(b), each rate an exact ratio divided once
        completion = None
        if bar_num > 0 and not decreasing:
            completion = divide(own.num * bar_den, own.den * bar_num)
            if not holds and completion >= 1 and own_cross < bar_cross:  # 28 digits rounded up to 1: a miss stays short
                completion = Decimal(1).next_minus()
        if final:
            status = _MET if holds else _MISSED
        else:
            status = _ON_TRACK if holds else _LAGGING
        # unrounded: shown rounded, but a gap that is not zero never reads as 0 (see planengine.formatting)
        gap_points = divide(100 * gap_num, gap_den) if gap_num else _ZERO
        if gap_num and gap_points == 0:
            gap_points = Decimal("1e-26") if gap_num > 0 else Decimal("-1e-26")
        strict = not holds and self.strict and gap_num == 0
        return _make_outcome(
            status,
            Explanation.deferred(partial(_explain, params, own, bench, status, strict, gap_num != 0, gap_points)),
            divide(100 * own.num, own.den),
            divide(100 * bar_num, bar_den),
            completion,
            None,  # rates are compared directly, not against a share of the year
            gap_points,
            "%",
            own.date,
            strict,
            None,
        )


_MET, _MISSED, _ON_TRACK, _LAGGING = Status.MET, Status.MISSED, Status.ON_TRACK, Status.LAGGING
_ZERO = Decimal(0)
#: Comparator.holds of the one-sided comparators, as plain functions
_HOLDS: dict[Comparator, Callable[[int, int], bool]] = {
    Comparator.AT_LEAST: operator.ge,
    Comparator.MORE_THAN: operator.gt,
    Comparator.AT_MOST: operator.le,
    Comparator.LESS_THAN: operator.lt,
}


def _explain(
    params: GrowthParams,
    own: _Growth,
    bench: _Growth | None,
    status: Status,
    strict: bool,
    short: bool,
    gap_points: Decimal,
) -> tuple[str, str]:
    """The sentences of a growth outcome, written when its explanation is first read."""
    comparator = params.comparator
    own_zh, own_en = own.source()
    if bench is not None:
        bar_zh, bar_en = bench.source()
        if params.margin:
            bar_zh, bar_en = f"{bar_zh},加{percent(params.margin)}", f"{bar_en}, plus {percent(params.margin)}"
    else:
        assert params.min_growth is not None
        bar_zh = f"目标增长{comparator.zh}{format_rate(params.min_growth)}"
        bar_en = f"the target is growth {comparator.en} {format_rate(params.min_growth)}"
    if strict:
        gap_zh, gap_en = ",恰好持平而未超过", ", equal to it but not above it"
    else:
        gap_zh = f",差{formatting.points(gap_points, 'zh', 2)}" if short else ""
        gap_en = f", {formatting.points(gap_points, 'en', 2)} short" if short else ""
    verdict_zh, verdict_en = _VERDICTS[status]
    return f"{own_zh};{bar_zh}{gap_zh},{verdict_zh}。", f"{own_en}; {bar_en}{gap_en}: {verdict_en}."


def _evaluate(params: GrowthParams, ctx: Context) -> Outcome:
    rule = _Rule(
        params, ctx.require_metric(), target=ctx.target, year=ctx.year, frequency=ctx.frequency, basis=ctx.basis
    )
    return rule.judge(ctx.figures, ctx.as_of)


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
