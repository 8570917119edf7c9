"""``count-threshold`` and ``amount-threshold``: a figure against a value, a range or a ceiling.

One rule serves both; they differ in what they accept. ``count-threshold`` counts things
(家, 个, 项, 人, 名): its values must be whole numbers of the base unit, and it may judge
the net increase since the start of the year (净增). ``amount-threshold`` takes money and
any other amount (元, 万元, 亿元, %, 亩...).

How the status is decided (``share`` is 序时进度 at the figure's date, or the target's own
schedule):

* floors (``>=``, ``>``), ranges (``between``) and ``approx``: at the year's end ``met``
  exactly when the comparison holds, else ``missed``. Before it, ``on_track`` when the
  figure has reached the part of the lower bound that is due: ``lower x share`` for a
  year-to-date total or a net increase; for a level (a stock such as 入库数) with a known
  start-of-year level, ``start + (lower - start) x share``. A figure already above a
  range's upper bound is ``lagging`` before the year's end and ``missed`` at it.
* ceilings (``<=``, ``<``): judged on the figure itself at any date, never pro-rated: a
  breach is ``missed`` at once; otherwise ``on_track`` (``met`` at the year's end).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import attrs

from ..evaluator import (
    PLUGIN_API_VERSION,
    Context,
    Evaluator,
    Explanation,
    NoData,
    Outcome,
    ParamProblem,
    RuleShape,
    Status,
)
from ..model import Metric, Plan, Reporting
from ..observations import Figure
from ..quantities import Quantity, format_decimal
from ._common import Comparator, direction_problems, fraction_to_decimal, number, percent

__all__ = ["AMOUNT_THRESHOLD", "COUNT_THRESHOLD", "Basis", "ThresholdParams"]

_COUNTABLE = frozenset({"persons", "person-times", "enterprises", "items"})


class Basis(enum.Enum):
    """What is compared with the value."""

    LEVEL = "level"  #: the figure itself (入库数达到85家; a year-to-date total)
    NET_INCREASE = "net_increase"  #: the figure minus the start-of-year level (净增超10家)


@attrs.frozen
class ThresholdParams:
    """Parameters of ``count-threshold`` and ``amount-threshold``.

    :param value: the target value with its unit (``"85家"``, ``"13亿元"``, ``"20%"``); a
        bare number takes the metric's unit. For ``between`` it is the lower bound.
    :param comparator: ``">="``, ``">"``, ``"<="``, ``"<"``, ``"between"`` or ``"approx"``.
    :param high: the upper bound of a ``between`` range (1-2项: value 1, high 2).
    :param tolerance: for ``approx``: an amount (``"1名"``) or a share of the value (``"20%"``).
    :param basis: ``"level"`` (default) or ``"net_increase"`` against the start of the year.
    """

    value: Quantity
    comparator: Comparator = Comparator.AT_LEAST
    high: Quantity | None = None
    tolerance: Quantity | None = None
    basis: Basis = Basis.LEVEL


def _check(params: ThresholdParams, metric: Metric | None, plan: Plan, *, counting: bool) -> list[ParamProblem]:
    problems: list[ParamProblem] = []
    c = params.comparator
    if c is Comparator.BETWEEN:
        if params.high is None:
            problems.append(ParamProblem("high", "a range ('between') needs its upper bound in high"))
        elif params.high.dimension == params.value.dimension and params.high < params.value:
            problems.append(ParamProblem("high", f"the upper bound {params.high} is below the lower bound {params.value}"))
    elif params.high is not None:
        problems.append(ParamProblem("high", f"high is only for a range; the comparator is {c.value!r}"))
    if c is Comparator.APPROX:
        tol = params.tolerance
        if tol is None:
            problems.append(ParamProblem("tolerance", "'approx' (左右) needs a tolerance, e.g. '1名' or '20%'"))
        elif tol.dimension not in ("ratio", params.value.dimension):
            problems.append(ParamProblem("tolerance", f"the tolerance {tol} is neither a share (%) nor an amount like {params.value}"))
        elif tol.base < 0:
            problems.append(ParamProblem("tolerance", "a tolerance cannot be negative"))
    elif params.tolerance is not None:
        problems.append(ParamProblem("tolerance", f"tolerance is only for 'approx'; the comparator is {c.value!r}"))
    for name in ("value", "high"):
        quantity: Quantity | None = getattr(params, name)
        if quantity is None:
            continue
        if metric is not None and quantity.dimension != metric.unit.dimension:
            problems.append(ParamProblem(name, f"the unit of {quantity} does not fit the metric {metric.id!r}, "
                                         f"which is measured in {metric.unit.symbol or 'plain numbers'}"))
        elif counting and quantity.dimension not in _COUNTABLE:
            problems.append(ParamProblem(name, f"count-threshold counts things (家, 个, 项, 人); {quantity} is not a "
                                         f"count: use amount-threshold"))
        elif counting and quantity.base != quantity.base.to_integral_value():
            problems.append(ParamProblem(name, f"a count must be a whole number; {quantity} is {format_decimal(quantity.base)} {_base_symbol(quantity)}"))
    if params.basis is Basis.NET_INCREASE:
        if not counting:
            problems.append(ParamProblem("basis", "net_increase is for counts; use count-threshold"))
        elif metric is not None and metric.reporting is not Reporting.LEVEL:
            problems.append(ParamProblem("basis", f"a net increase (净增) needs a metric reported as a level; "
                                         f"{metric.id!r} is reported as a year-to-date total, which already is an increase"))
    problems.extend(direction_problems(c, metric))
    return problems


def _base_symbol(quantity: Quantity) -> str:
    return {"persons": "人", "enterprises": "家", "items": "个", "person-times": "人次"}.get(quantity.dimension, "")


def _evaluate(params: ThresholdParams, ctx: Context, *, counting: bool) -> Outcome:
    metric = ctx.require_metric()
    figure = ctx.latest()
    value = figure.value
    start: Decimal | None = None
    if params.basis is Basis.NET_INCREASE:
        start = ctx.figures.start_of_year(metric, ctx.year).value
        actual = value - start
    else:
        actual = value
        if metric.reporting is Reporting.LEVEL:
            try:
                start = ctx.figures.start_of_year(metric, ctx.year).value
            except NoData:
                start = None
    target_value = params.value.in_unit(metric.unit)
    unit = metric.unit.symbol
    c = params.comparator

    def words() -> _Words:  # built only when an explanation is read
        return _Words(metric, params, unit, figure, actual)

    if c.is_ceiling:
        return _ceiling(c, actual, target_value, ctx, words, unit, figure.date)
    low, low_strict, high = _bounds(params, metric, target_value)
    step = Decimal(1).scaleb(-metric.unit.exponent) if counting else Decimal(0)
    least = low + step if low_strict else low  # the least figure that satisfies a floor
    within_high = high is None or actual <= high
    # exact to Decimal's 28 digits; rounded only when shown, so rounding never decides a light
    completion = actual / target_value if target_value else None
    if ctx.is_final:
        holds = (actual > low if low_strict else actual >= low) and within_high
        gap = Decimal(0) if holds else (high - actual if not within_high and high is not None else least - actual)
        status = Status.MET if holds else Status.MISSED
        return Outcome(status, Explanation.deferred(lambda: words().final(holds, low, high, gap)), actual,
                       target_value, completion, Decimal(1), gap, unit, figure.date)
    judged_on = ctx.judged_on(figure.date)
    share = ctx.expected_share(judged_on)
    accumulating = params.basis is Basis.NET_INCREASE or metric.reporting is Reporting.CUMULATIVE
    due_num, due_den = _due(low, None if accumulating else start, share)
    expected = Decimal(due_num) / (Decimal(due_den) * target_value) if target_value else None
    gap = max(Decimal(0), least - actual)
    if not within_high and high is not None:
        return Outcome(Status.LAGGING, Explanation.deferred(lambda: words().above_range(high)), actual,
                       target_value, completion, expected, high - actual, unit, figure.date)
    an, ad = actual.as_integer_ratio()
    on_track = an * due_den >= due_num * ad  # actual >= due, in exact integers
    status = Status.ON_TRACK if on_track else Status.LAGGING
    shown_start = start if not accumulating else None
    return Outcome(status, Explanation.deferred(
        lambda: words().progress(on_track, Fraction(due_num, due_den), share, gap, shown_start, judged_on)),
                   actual, target_value, completion, expected, gap, unit, figure.date)


def _due(low: Decimal, start: Decimal | None, share: Fraction) -> tuple[int, int]:
    """What is due by now, as an exact ratio of integers (numerator, denominator).

    ``low x share`` for a total that accumulates from zero (or a level whose start is
    unknown); ``start + (low - start) x share`` for a level that starts at ``start``.
    """
    sn, sd = share.numerator, share.denominator
    ln, ld = low.as_integer_ratio()
    if start is None:
        return ln * sn, ld * sd
    if start >= low:
        return ln, ld
    tn, td = start.as_integer_ratio()
    # start + (low - start) * share, over the common denominator td * ld * sd
    return tn * ld * sd + (ln * td - tn * ld) * sn, td * ld * sd


def _bounds(params: ThresholdParams, metric: Metric, value: Decimal) -> tuple[Decimal, bool, Decimal | None]:
    """(lower bound, whether it is strict, upper bound or None) in the metric's unit."""
    c = params.comparator
    if c is Comparator.BETWEEN:
        assert params.high is not None
        return value, False, params.high.in_unit(metric.unit)
    if c is Comparator.APPROX:
        assert params.tolerance is not None
        tol = params.tolerance
        spread = value * tol.base if tol.dimension == "ratio" else tol.in_unit(metric.unit)
        return value - spread, False, value + spread
    return value, c is Comparator.MORE_THAN, None


def _ceiling(
    c: Comparator, actual: Decimal, ceiling: Decimal, ctx: Context, words: Callable[[], _Words], unit: str, day: dt.date
) -> Outcome:
    holds = actual <= ceiling if c is Comparator.AT_MOST else actual < ceiling
    if not holds:
        status = Status.MISSED
    else:
        status = Status.MET if ctx.is_final else Status.ON_TRACK
    gap = Decimal(0) if holds else ceiling - actual
    return Outcome(status, Explanation.deferred(lambda: words().ceiling(holds, ceiling)), actual, ceiling, None,
                   None, gap, unit, day)


@attrs.frozen
class _Words:
    """The sentences of an explanation, with the numbers they quote."""

    metric: Metric
    params: ThresholdParams
    unit: str
    figure: Figure
    actual: Decimal

    @property
    def _rule_zh(self) -> str:
        p = self.params
        what = "净增" if p.basis is Basis.NET_INCREASE else ""
        if p.comparator is Comparator.BETWEEN:
            return f"{what}{p.value}至{p.high}"
        if p.comparator is Comparator.APPROX:
            return f"{what}{p.value}左右(容差{p.tolerance})"
        return f"{what}{p.comparator.zh}{p.value}"

    @property
    def _rule_en(self) -> str:
        p = self.params
        what = "a net increase of " if p.basis is Basis.NET_INCREASE else ""
        if p.comparator is Comparator.BETWEEN:
            return f"{what}between {p.value} and {p.high}"
        if p.comparator is Comparator.APPROX:
            return f"{what}about {p.value} (tolerance {p.tolerance})"
        return f"{what}{p.comparator.en} {p.value}"

    def _head(self) -> tuple[str, str]:
        a = f"{number(self.actual)}{self.unit}"
        date, reported = self.figure.date.isoformat(), self.figure.describe()
        if self.params.basis is Basis.NET_INCREASE:
            return (f"截至{date},{self.metric.name}净增{a}(当前{reported})",
                    f"by {date}, {self.metric.id} rose by {a} net (now {reported})")
        return f"截至{date},{self.metric.name}为{a}", f"by {date}, {self.metric.id} is {a}"

    def final(self, holds: bool, low: Decimal, high: Decimal | None, gap: Decimal) -> tuple[str, str]:
        zh, en = self._head()
        if holds:
            return (f"{zh},目标{self._rule_zh},已完成。", f"{en}; the target is {self._rule_en}: met.")
        if gap < 0:
            over = f"{number(-gap)}{self.unit}"
            return (f"{zh},目标{self._rule_zh},超出上限{over},未完成。",
                               f"{en}; the target is {self._rule_en}: {over} above the upper bound, missed.")
        if gap == 0:  # a strict floor on an amount, met exactly: equal is not more
            return (f"{zh},目标{self._rule_zh},恰好持平而未超过,未完成。",
                               f"{en}; the target is {self._rule_en}: equal to it but not above it, missed.")
        short = f"{number(gap)}{self.unit}"
        return (f"{zh},目标{self._rule_zh},差{short},未完成。",
                           f"{en}; the target is {self._rule_en}: {short} short, missed.")

    def above_range(self, high: Decimal) -> tuple[str, str]:
        zh, en = self._head()
        over = f"{number(self.actual - high)}{self.unit}"
        return (f"{zh},目标{self._rule_zh},已超出上限{over}。",
                           f"{en}; the target is {self._rule_en}: already {over} above the upper bound.")

    def progress(self, on_track: bool, due: Fraction, share: Fraction, gap: Decimal,
                 start: Decimal | None, judged_on: dt.date) -> tuple[str, str]:
        zh, en = self._head()
        if judged_on > self.figure.date:  # a stale figure, judged at the end of the last reporting period
            zh += f"(未报送{judged_on.isoformat()}前的最新数据,按该日进度评价)"
            en += f" (no newer figure was reported; judged against the progress due by {judged_on.isoformat()})"
        due_text = f"{number(fraction_to_decimal(due, 2))}{self.unit}"
        basis_zh = f"(年初{number(start)}{self.unit})" if start is not None else ""
        basis_en = f" (start of year {number(start)}{self.unit})" if start is not None else ""
        verdict_zh = "进度正常" if on_track else "进度滞后"
        verdict_en = "on track" if on_track else "lagging"
        need_zh = f",全年还需{number(gap)}{self.unit}" if gap > 0 else ",已达到全年目标"
        need_en = f"; {number(gap)}{self.unit} still needed for the year" if gap > 0 else "; the year's target is already reached"
        return (
            f"{zh},目标{self._rule_zh};序时进度{percent(share)},按进度应达{due_text}{basis_zh},{verdict_zh}{need_zh}。",
            f"{en}; the target is {self._rule_en}; {percent(share)} of the year has passed, so {due_text} "
            f"is due{basis_en}: {verdict_en}{need_en}.",
        )

    def ceiling(self, holds: bool, ceiling: Decimal) -> tuple[str, str]:
        zh, en = self._head()
        if holds:
            return (f"{zh},上限{self._rule_zh},未突破。", f"{en}; the ceiling is {self._rule_en}: within it.")
        over = f"{number(self.actual - ceiling)}{self.unit}"
        return (f"{zh},上限{self._rule_zh},超出{over},未达标。",
                           f"{en}; the ceiling is {self._rule_en}: exceeded by {over}, missed.")


def _shape(params: ThresholdParams, metric: Metric) -> RuleShape:
    """Floors rise with the figure, ceilings fall with it, ranges do neither; see :class:`RuleShape`."""
    c = params.comparator
    value = params.value.in_unit(metric.unit)
    if c.is_ceiling:
        return RuleShape(-1, lambda figure: figure <= value if c is Comparator.AT_MOST else figure < value, (value,))
    low, strict, high = _bounds(params, metric, value)

    def holds(figure: Decimal) -> bool:
        return (figure > low if strict else figure >= low) and (high is None or figure <= high)

    monotone = 1 if high is None else 0
    pivots = (low,) if high is None else (low, high)
    return RuleShape(monotone, None if params.basis is Basis.NET_INCREASE else holds, pivots)


def _count_check(params: ThresholdParams, metric: Metric | None, plan: Plan) -> list[ParamProblem]:
    return _check(params, metric, plan, counting=True)


def _amount_check(params: ThresholdParams, metric: Metric | None, plan: Plan) -> list[ParamProblem]:
    return _check(params, metric, plan, counting=False)


def _count_evaluate(params: ThresholdParams, ctx: Context) -> Outcome:
    return _evaluate(params, ctx, counting=True)


def _amount_evaluate(params: ThresholdParams, ctx: Context) -> Outcome:
    return _evaluate(params, ctx, counting=False)


COUNT_THRESHOLD: Evaluator[ThresholdParams] = Evaluator(
    name="count-threshold",
    params=ThresholdParams,
    evaluate=_count_evaluate,
    check=_count_check,
    shape=_shape,
    version="1.0",
    api_version=PLUGIN_API_VERSION,
    description="A count reaching a level, a net increase, a range, about a value, or a ceiling (家, 个, 项, 人).",
)

AMOUNT_THRESHOLD: Evaluator[ThresholdParams] = Evaluator(
    name="amount-threshold",
    params=ThresholdParams,
    evaluate=_amount_evaluate,
    check=_amount_check,
    shape=_shape,
    version="1.0",
    api_version=PLUGIN_API_VERSION,
    description="Money or another amount reaching a value, within a range, or under a ceiling (元, 万元, %).",
)
