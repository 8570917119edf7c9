"""``sdg-progress``: a target judged by the SDG progress methodology, from the plan's figures.

The evaluator finds the two annual values the methodology compares, runs
:func:`~planengine_sdg_progress.methodology.measure_progress` and maps its category onto
planengine's statuses:

* **the current year** is the plan year when it has a usable figure: a level's latest
  figure up to ``as_of``; a year-to-date total only once it is the year's total (dated
  21-31 December). Before the year's end an earlier year stands in (the methodology's "most
  recent year where data is available"), back to the base year itself; at the year's end
  the plan year's own year-end figure is required, as for every planengine evaluator;
* **the base year** is ``base_year`` (default 2015, as the methodology says) or, when it
  has no figure, the first later year that has one, before the current year. A year's
  value is its latest figure (a level) or its year-end total (a year-to-date total);
* **the direction** is the metric's, never a default.

Statuses: ``target_achieved`` and ``substantial_progress`` ("On track") are ``on_track``;
``moderate_progress``, ``limited_progress`` and ``deterioration`` are ``lagging``. At the
plan year's end a judged target is ``met`` or ``missed``: when the plan year is the target
year (or later), ``met`` exactly when the target is reached; before it, ``met`` exactly
when the indicator is on track to reach it (the year's share of an SDG target).

A current value that already reaches the target is ``target_achieved`` whatever else is
missing or unusable, as in the reference, which checks the target first: with no base-year
value (a single year of figures) as with a zero base or signs that differ. Otherwise,
figures that are missing give ``no_data``; figures the methodology cannot use (a zero base,
signs that differ) give ``not_evaluable``, naming what the reference would have done.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

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
    Quantity,
    Reporting,
    RuleShape,
    Status,
)

from .methodology import (
    DEFAULT_BASE_YEAR,
    DEFAULT_TARGET_YEAR,
    TARGET_THRESHOLDS,
    Category,
    Method,
    ProgressResult,
    measure_progress,
    reaches_target,
)

__all__ = ["API_VERSION", "SDG_PROGRESS", "SdgProgressParams", "check", "evaluate", "shape", "status_for"]

#: The plugin API this evaluator was written for (planengine's ``PLUGIN_API_VERSION`` then).
API_VERSION = 1


@attrs.frozen
class SdgProgressParams:
    """Parameters of ``sdg-progress``.

    :param target_value: the value to reach by ``target_year``, with its unit (``"85家"``,
        ``"2.5%"``) or a bare number in the metric's unit. Leave it out for the
        methodology without a quantitative target (the trend alone is judged).
    :param target_year: the year the target is due (default 2030, as the methodology says).
    :param base_year: the methodology's base year (default 2015); when it has no figure,
        the first later year that has one is used.
    :param limit: a natural maximum (for an increase) or minimum (for a decrease), such as
        100%: only without ``target_value``, as in the methodology.
    """

    target_value: Quantity | None = None
    target_year: int = DEFAULT_TARGET_YEAR
    base_year: int = DEFAULT_BASE_YEAR
    limit: Quantity | None = None


# --- spec-time checks ------------------------------------------------------------------------------


def check(params: SdgProgressParams, metric: Metric | None, plan: Plan) -> list[ParamProblem]:
    """Problems a spec can be told about when it is loaded."""
    problems: list[ParamProblem] = []
    if params.target_year <= params.base_year:
        problems.append(
            ParamProblem(
                "target_year",
                f"the target year ({params.target_year}) must come after the base year ({params.base_year})",
            )
        )
    if params.base_year >= plan.year:
        problems.append(
            ParamProblem(
                "base_year",
                f"the base year ({params.base_year}) must come before the plan "
                f"year ({plan.year}): growth is measured from it",
            )
        )
    if params.target_value is not None and params.target_year < plan.year:
        problems.append(
            ParamProblem(
                "target_year",
                f"the target year ({params.target_year}) is before the plan "
                f"year ({plan.year}), so progress towards it can no longer be judged",
            )
        )
    for name, quantity in (("target_value", params.target_value), ("limit", params.limit)):
        if quantity is not None and metric is not None and quantity.dimension != metric.unit.dimension:
            problems.append(
                ParamProblem(
                    name,
                    f"the unit of {quantity} does not fit the metric {metric.id!r}, "
                    f"which is measured in {metric.unit.symbol or 'a plain number'}",
                )
            )
    if params.target_value is not None and params.target_value.magnitude == 0:
        problems.append(
            ParamProblem(
                "target_value",
                "a target of 0 cannot be reached by compound growth; the reference implementation "
                "silently uses 0.001 instead, so state the small value you mean (for example '0.1%')",
            )
        )
    if params.target_value is not None and params.limit is not None:
        problems.append(
            ParamProblem(
                "limit",
                "a limit is used only without target_value: the methodology "
                "ignores it when a quantitative target is given",
            )
        )
    return problems


def shape(params: SdgProgressParams, metric: Metric) -> RuleShape:
    """More of a metric that should increase never worsens the status (less, for one that should
    decrease); the status also depends on the base year's figure, so there is no ``holds``."""
    pivots: tuple[Decimal, ...] = ()
    if params.target_value is not None and params.target_value.dimension == metric.unit.dimension:
        pivots = (params.target_value.to(metric.unit).magnitude,)
    return RuleShape(1 if metric.direction is Direction.INCREASE else -1, pivots=pivots)


# --- finding the two years -------------------------------------------------------------------------


def _last_dekad_start(year: int) -> dt.date:
    """21 December: a figure from the year's last dekad on is the year's (year-end) figure."""
    return dt.date(year, 12, 21)


def _year_value(ctx: Context, metric: Metric, year: int) -> Figure | None:
    """A year's value: its latest figure for a level, its year-end figure for a year-to-date total."""
    try:
        figure = ctx.figures.latest(metric, year, ctx.as_of)
    except NoData:
        return None
    if metric.reporting is Reporting.CUMULATIVE and figure.date < _last_dekad_start(year):
        return None
    return figure


def _current(ctx: Context, metric: Metric, params: SdgProgressParams) -> tuple[int, Figure]:
    try:
        figure: Figure | None = ctx.latest(metric)  # at the year's end: from 21-31 December, or NoData
    except NoData:
        if ctx.is_final:
            raise
        figure = None
    if figure is not None and (metric.reporting is Reporting.LEVEL or figure.date >= _last_dekad_start(ctx.year)):
        return ctx.year, figure
    # down to the base year itself: one year of figures gives no growth, but it may reach the target
    for year in range(ctx.year - 1, params.base_year - 1, -1):
        earlier = _year_value(ctx, metric, year)
        if earlier is not None:
            return year, earlier
    kind_zh, kind_en = (
        ("年末累计", "year-end total") if metric.reporting is Reporting.CUMULATIVE else ("数据", "figure")
    )
    raise NoData(
        f"{metric.name}在{params.base_year}年至{ctx.year}年间没有截至{ctx.as_of.isoformat()}的{kind_zh},"
        f"无法计算年均复合增长",
        f"no {kind_en} of {metric.id} for any year from {params.base_year} to {ctx.year} up to "
        f"{ctx.as_of.isoformat()}, so there is no current value to measure growth to",
    )


def _base(ctx: Context, metric: Metric, params: SdgProgressParams, current_year: int) -> tuple[int, Figure]:
    for year in range(params.base_year, current_year):
        figure = _year_value(ctx, metric, year)
        if figure is not None:
            return year, figure
    kind_zh, kind_en = (
        ("年末累计", "year-end total") if metric.reporting is Reporting.CUMULATIVE else ("数据", "figure")
    )
    if current_year <= params.base_year:  # the base year's own value is the only one
        raise NoData(
            f"{metric.name}只有基年{current_year}年一个年度的{kind_zh},年均复合增长至少需要两个年度的数据",
            f"only the base year {current_year} has a {kind_en} of {metric.id}; compound growth needs data "
            f"for at least two years",
        )
    raise NoData(
        f"{metric.name}在基年{params.base_year}年至{current_year - 1}年间没有{kind_zh},"
        f"年均复合增长至少需要两个年度的数据(当前为{current_year}年)",
        f"no {kind_en} of {metric.id} in the base year {params.base_year} or any later year before "
        f"{current_year}; compound growth needs data for at least two years",
    )


def _reached(params: SdgProgressParams, metric: Metric, current: Figure) -> bool:
    """Whether the current figure already reaches ``target_value`` in the metric's direction.

    ``False`` without a target, or with one in a unit of another kind (that is reported as
    not evaluable once the base year is found, as before).
    """
    target = params.target_value
    if target is None or target.dimension != metric.unit.dimension:
        return False
    return reaches_target(current.value, target.to(metric.unit).magnitude, metric.direction)


def _in_metric_unit(quantity: Quantity | None, metric: Metric, name_zh: str, name_en: str) -> Decimal | None:
    if quantity is None:
        return None
    if quantity.dimension != metric.unit.dimension:
        raise NotEvaluable(
            f"{name_zh}{quantity}的单位与指标{metric.name}的单位{metric.unit.symbol}不是同一类",
            f"the {name_en} {quantity} is not in a unit of {metric.id}'s kind ({metric.unit.symbol})",
        )
    return quantity.to(metric.unit).magnitude


# --- judging ---------------------------------------------------------------------------------------


def status_for(result: ProgressResult, *, is_final: bool, plan_year: int) -> Status:
    """The planengine status of a measured category (see the module's documentation)."""
    if result.category is None:
        raise ValueError("a result without a category has no status; see its problem")
    on_track = result.category.on_track
    if not is_final:
        return Status.ON_TRACK if on_track else Status.LAGGING
    if result.method is Method.TARGET and plan_year >= result.target_year:
        return Status.MET if result.category is Category.TARGET_ACHIEVED else Status.MISSED
    return Status.MET if on_track else Status.MISSED


_VERDICTS = {
    Status.MET: ("已完成", "met"),
    Status.MISSED: ("未完成", "missed"),
    Status.ON_TRACK: ("进度正常", "on track"),
    Status.LAGGING: ("进度滞后", "lagging"),
}


def evaluate(params: SdgProgressParams, ctx: Context) -> Outcome:
    """Judge one target at ``ctx.as_of``."""
    metric = ctx.require_metric()
    current_year, current = _current(ctx, metric, params)
    base: Figure | None
    try:
        base_year, base = _base(ctx, metric, params, current_year)
    except NoData:
        # No second year to measure growth from. The reference checks the target first, and
        # with a single year of data takes that year as both base and current year: a
        # current value that reaches the target is "target_achieved" all the same.
        if not _reached(params, metric, current):
            raise
        base_year, base = current_year, None
    target = _in_metric_unit(params.target_value, metric, "目标值", "target_value")
    limit = _in_metric_unit(params.limit, metric, "上限", "limit")
    base_value = current.value if base is None else base.value
    result = measure_progress(
        base_year,
        base_value,
        current_year,
        current.value,
        target,
        params.target_year,
        metric.direction,
        None if target is not None else limit,
    )
    if result.category is None:
        raise NotEvaluable(*result.problem_text())
    status = status_for(result, is_final=ctx.is_final, plan_year=ctx.year)
    numbers = _numbers(result, status)

    def explain() -> tuple[str, str]:
        return _sentences(params, ctx, metric, result, status, base, current)

    return Outcome(
        status,
        Explanation.deferred(explain),
        actual=numbers.actual,
        required=numbers.required,
        completion=numbers.completion,
        expected=numbers.expected,
        gap=numbers.gap,
        unit="%",
        figure_date=current.date,
    )


@attrs.frozen
class _Numbers:
    actual: Decimal | None
    required: Decimal | None
    completion: Decimal | None
    expected: Decimal | None
    gap: Decimal | None


def _numbers(result: ProgressResult, status: Status) -> _Numbers:
    """The outcome's figures: growth rates in %, the ratio as completion against the on-track bar.

    ``actual`` is the observed compound annual growth; ``required`` the growth the target
    needs (without a target: the on-track threshold 1.5% x C); ``completion`` the progress
    value over that bar, so ``expected`` is 0.95 (R must reach 95%) with a target and 1
    without; ``gap`` the percentage points of annual growth still missing in the desired
    direction, 0 once on track.
    """
    if result.observed_cagr is None or result.progress_value is None or result.thresholds is None:
        return _Numbers(None, None, None, None, Decimal(0) if status in (Status.MET, Status.ON_TRACK) else None)
    directed = result.sign * (1 if result.direction is Direction.INCREASE else -1)
    if result.method is Method.TARGET:
        assert result.required_cagr is not None
        bar = abs(result.required_cagr)
        required = result.required_cagr
        completion: Decimal | None = result.progress_value
        expected = Decimal(TARGET_THRESHOLDS[0].numerator) / TARGET_THRESHOLDS[0].denominator
    else:
        bar = result.thresholds[0]
        required = bar * directed
        completion = (result.progress_value / bar).quantize(Decimal("0.0001")) if bar else None
        expected = Decimal(1)
    shortfall = bar - directed * result.observed_cagr
    gap = Decimal(0) if status in (Status.MET, Status.ON_TRACK) or shortfall <= 0 else _points(shortfall)
    return _Numbers(
        _points(result.observed_cagr),
        _points(required),
        None if completion is None else completion.quantize(Decimal("0.0001")),
        expected,
        gap,
    )


def _points(fraction: Decimal) -> Decimal:
    """A fraction as a percentage with 2 decimals (0.04096 -> 4.10)."""
    return (fraction * 100).quantize(Decimal("0.01"))


def _pct(fraction: Decimal | None) -> str:
    if fraction is None:
        return "—"
    return f"{_plain(_points(fraction))}%"


def _plain(value: Decimal) -> str:
    if value == 0:
        return "0"
    return format(value.normalize(), "f")


def _sentences(
    params: SdgProgressParams,
    ctx: Context,
    metric: Metric,
    r: ProgressResult,
    status: Status,
    base: Figure | None,
    current: Figure,
) -> tuple[str, str]:
    assert r.category is not None
    verdict_zh, verdict_en = _VERDICTS[status]
    category_zh = f"{r.category.value}({r.category.label_zh})"
    category_en = f"{r.category.value} ({r.category.label_en})"
    recent_zh = "" if r.current_year == ctx.year else "(最近完整年度)"
    recent_en = "" if r.current_year == ctx.year else " (the most recent complete year)"
    if base is None:  # a single year of figures that reaches the target
        zh = [
            f"{metric.name}{r.current_year}年{recent_zh}为{current.describe()},自基年{params.base_year}年起"
            f"没有更早年度的数值,无法计算年均复合增速"
        ]
        en = [
            f"{metric.id} was {current.describe()} in {r.current_year}{recent_en}, with no value for an earlier "
            f"year from the base year {params.base_year} on, so no compound growth can be measured"
        ]
    else:
        zh = [
            f"{metric.name}基年{r.base_year}年为{base.describe()},{r.current_year}年{recent_zh}为{current.describe()}"
        ]
        en = [
            f"{metric.id} was {base.describe()} in the base year {r.base_year} and {current.describe()} in "
            f"{r.current_year}{recent_en}"
        ]
    if r.observed_cagr is not None:
        zh.append(f"年均复合增速{_pct(r.observed_cagr)}")
        en.append(f"compound annual growth {_pct(r.observed_cagr)}")
    if r.method is Method.TARGET:
        target = params.target_value
        if r.required_cagr is not None and r.progress_value is not None:
            zh.append(
                f"{r.target_year}年达到目标{target}需年均复合增速{_pct(r.required_cagr)},"
                f"比值R={_plain(r.progress_value.quantize(Decimal('0.0001')))}(R≥0.95为步入正轨)"
            )
            en.append(
                f"reaching the target of {target} by {r.target_year} needs {_pct(r.required_cagr)} a year, "
                f"so the ratio R = {_plain(r.progress_value.quantize(Decimal('0.0001')))} (on track from 0.95)"
            )
        else:
            zh.append(f"已达到{r.target_year}年目标{target}")
            en.append(f"the {r.target_year} target of {target} is reached")
    elif r.thresholds is not None:
        bar = r.thresholds[0] * r.sign * (1 if r.direction is Direction.INCREASE else -1)
        bound_zh, bound_en = ("不低于", "at least") if bar >= 0 else ("不高于", "at most")
        c = r.coefficient if params.limit is not None else None
        zh.append(
            f"未设定量化目标,年均复合增速{bound_zh}{_pct(bar)}为步入正轨"
            + (f"(按极限值{params.limit}缩放,系数C={_plain(c)})" if c is not None else "")
        )
        en.append(
            f"without a quantitative target, growth of {bound_en} {_pct(bar)} a year is on track"
            + (f" (scaled for the limit {params.limit} by C = {_plain(c)})" if c is not None else "")
        )
    zh.append(f"进度类别:{category_zh}")
    en.append(f"progress category: {category_en}")
    if ctx.is_final and r.method is Method.TARGET and ctx.year < r.target_year:
        zh.append(f"目标年份{r.target_year}年未到,年末以是否步入正轨评价")
        en.append(f"the target year {r.target_year} is still ahead, so the year is judged on being on track")
    return ";".join(zh) + f",{verdict_zh}。", "; ".join(en) + f": {verdict_en}."


SDG_PROGRESS: Evaluator[SdgProgressParams] = Evaluator(
    name="sdg-progress",
    params=SdgProgressParams,
    evaluate=evaluate,
    check=check,
    shape=shape,
    version="1.0",
    api_version=1,
    description="UN SDG progress methodology (open-sdg): compound annual growth against the growth needed to "
    "reach a target value by a target year.",
)
