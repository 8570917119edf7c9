"""``count-threshold`` and ``amount-threshold``: a figure against a value, a range or a ceiling.

One rule serves both; they differ in what they accept. ``count-threshold`` counts things
(家, 个, 项, 人, 名): its values must be whole numbers of the base unit, and it may judge
the net increase since the start of the year (净增). ``amount-threshold`` takes money and
any other amount (元, 万元, 亿元, %, 亩...).

How the status is decided (``share`` is 序时进度 at the figure's date, or the target's own
schedule):

* floors (``>=``, ``>``), ranges (``between``) and ``approx``: at the year's end ``met``
  exactly when the comparison holds, else ``missed``. Before it, the figure is set against
  what is due (:class:`~planengine.progress.Progress`): ``base x share`` for a year-to-date
  total or a net increase, ``start + (base - start) x share`` for a level (a stock such as
  入库数) with a known start-of-year level, where ``base`` is the floor, or for 左右 the
  stated value; ``on_track`` exactly when not behind at the shown precision. On a metric
  where more is better a figure above the upper bound over-fulfils the target unless
  ``upper_binding`` is set (then it is ``lagging`` before the year's end, ``missed`` at it).
* ceilings (``<=``, ``<``): judged on the figure itself at any date, never pro-rated: a
  breach is ``missed`` at once; otherwise ``on_track`` (``met`` at the year's end).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from decimal import ROUND_FLOOR, Decimal
from fractions import Fraction

import attrs

from .. import formatting
from ..comparators import Comparator, direction_problems
from ..convert import format_rate
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
from ..model import Direction, Metric, Plan, Reporting
from ..observations import Figure
from ..progress import Progress, ScheduleVerdict
from ..quantities import Quantity, format_decimal
from ..vocabulary import basis_word, verdict_word

__all__ = ["AMOUNT_THRESHOLD", "COUNT_THRESHOLD", "DEFAULT_APPROX_TOLERANCE", "Basis", "ThresholdParams"]

#: How far 左右 reaches when the plan states no tolerance: 10% of the value either side
#: (for a count, in whole things, rounded down: 1名左右 means one, 20家左右 18 to 22).
DEFAULT_APPROX_TOLERANCE = Decimal("0.1")

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
    :param tolerance: for ``approx``: an amount (``"1名"``) or a share of the value (``"20%"``);
        :data:`DEFAULT_APPROX_TOLERANCE` when not given.
    :param basis: ``"level"`` (default) or ``"net_increase"`` against the start of the year.
    :param upper_binding: for ``between`` and ``approx`` on a metric where more is better:
        a figure above the upper bound fails the target. By default it over-fulfils it
        (超额完成); on a metric where less is better both bounds always bind.
    """

    value: Quantity
    comparator: Comparator = Comparator.AT_LEAST
    high: Quantity | None = None
    tolerance: Quantity | None = None
    basis: Basis = Basis.LEVEL
    upper_binding: bool = False


def _check(params: ThresholdParams, metric: Metric | None, plan: Plan, *, counting: bool) -> list[ParamProblem]:
    problems: list[ParamProblem] = []
    c = params.comparator
    if c is Comparator.BETWEEN:
        if params.high is None:
            problems.append(ParamProblem("high", "a range ('between') needs its upper bound in high"))
        elif params.high.dimension == params.value.dimension and params.high < params.value:
            problems.append(
                ParamProblem("high", f"the upper bound {params.high} is below the lower bound {params.value}")
            )
    elif params.high is not None:
        problems.append(ParamProblem("high", f"high is only for a range; the comparator is {c.value!r}"))
    if c is Comparator.APPROX:
        tol = params.tolerance
        if tol is None:
            pass  # the documented default, DEFAULT_APPROX_TOLERANCE
        elif tol.dimension not in ("ratio", params.value.dimension):
            problems.append(
                ParamProblem(
                    "tolerance", f"the tolerance {tol} is neither a share (%) nor an amount like {params.value}"
                )
            )
        elif tol.base < 0:
            problems.append(ParamProblem("tolerance", "a tolerance cannot be negative"))
    elif params.tolerance is not None:
        problems.append(ParamProblem("tolerance", f"tolerance is only for 'approx'; the comparator is {c.value!r}"))
    if params.upper_binding and c not in (Comparator.BETWEEN, Comparator.APPROX):
        problems.append(
            ParamProblem(
                "upper_binding", f"upper_binding is only for 'between' and 'approx'; the comparator is {c.value!r}"
            )
        )
    for name in ("value", "high"):
        quantity: Quantity | None = getattr(params, name)
        if quantity is None:
            continue
        if metric is not None and quantity.dimension != metric.unit.dimension:
            problems.append(
                ParamProblem(
                    name,
                    f"the unit of {quantity} does not fit the metric {metric.id!r}, "
                    f"which is measured in {metric.unit.symbol or 'plain numbers'}",
                )
            )
        elif counting and quantity.dimension not in _COUNTABLE:
            problems.append(
                ParamProblem(
                    name,
                    f"count-threshold counts things (家, 个, 项, 人); {quantity} is not a count: use amount-threshold",
                )
            )
        elif counting and quantity.base != quantity.base.to_integral_value():
            problems.append(
                ParamProblem(
                    name,
                    f"a count must be a whole number; {quantity} is {format_decimal(quantity.base)} {_base_symbol(quantity)}",
                )
            )
    if params.basis is Basis.NET_INCREASE:
        if not counting:
            problems.append(ParamProblem("basis", "net_increase is for counts; use count-threshold"))
        elif metric is not None and metric.reporting is not Reporting.LEVEL:
            problems.append(
                ParamProblem(
                    "basis",
                    f"a net increase (净增) needs a metric reported as a level; "
                    f"{metric.id!r} is reported as a year-to-date total, which already is an increase",
                )
            )
    problems.extend(direction_problems(c, metric))
    return problems


def _base_symbol(quantity: Quantity) -> str:
    return {"persons": "人", "enterprises": "家", "items": "个", "person-times": "人次"}.get(quantity.dimension, "")


@attrs.frozen
class _Band:
    """The bounds a figure is judged against, in the metric's unit."""

    low: Decimal  #: the floor (a range's lower bound, 左右's value less its tolerance)
    low_strict: bool  #: 超: the figure must be above ``low``
    high: Decimal | None = None  #: a range's or 左右's upper bound
    high_binding: bool = False  #: whether a figure above ``high`` fails the target
    due_base: Decimal = Decimal(0)  #: what is pro-rated by 序时进度: the stated value (左右) or the floor


def _evaluate(params: ThresholdParams, ctx: Context, *, counting: bool) -> Outcome:
    metric = ctx.require_metric()
    figure = ctx.latest()
    start: Decimal | None = None
    if params.basis is Basis.NET_INCREASE:
        start = ctx.figures.start_of_year(metric, ctx.year).value
        actual = figure.value - start
    else:
        actual = figure.value
        if metric.reporting is Reporting.LEVEL:
            try:
                start = ctx.figures.start_of_year(metric, ctx.year).value
            except NoData:
                start = None
    target_value = params.value.in_unit(metric.unit)
    unit = metric.unit.symbol
    c = params.comparator

    def words() -> _Words:  # built only when an explanation is read
        return _Words(metric, params, unit, figure, actual, counting)

    if c.is_ceiling:
        return _ceiling(c, actual, target_value, ctx, words, unit, figure.date)
    band = _band(params, metric, target_value, counting)
    step = Decimal(1).scaleb(-metric.unit.exponent) if counting else Decimal(0)
    least = band.low + step if band.low_strict else band.low  # the least figure that satisfies a floor
    must_exceed = band.low_strict and not counting  # an amount 超 a value: no least figure, only "more than"
    over = band.high_binding and band.high is not None and actual > band.high
    # exact to Decimal's 28 digits; rounded only when shown, so rounding never decides a light
    completion = actual / target_value if target_value else None
    if ctx.is_final:
        reached = actual > band.low if band.low_strict else actual >= band.low
        holds = reached and not over
        if holds:
            gap, strict = Decimal(0), False
        elif over:
            assert band.high is not None
            gap, strict = band.high - actual, False
        else:
            gap, strict = least - actual, must_exceed
        return Outcome(
            Status.MET if holds else Status.MISSED,
            Explanation.deferred(lambda: words().final(holds, band, gap, strict)),
            actual,
            target_value,
            completion,
            Decimal(1),
            gap,
            unit,
            figure.date,
            gap_strict=strict,
        )
    judged_on = ctx.judged_on(figure.date)
    share = ctx.expected_share(judged_on)
    accumulating = params.basis is Basis.NET_INCREASE or metric.reporting is Reporting.CUMULATIVE
    due = _due(band.due_base, None if accumulating else start, share)
    gap = max(Decimal(0), least - actual)
    strict = must_exceed and actual <= band.low
    if over:
        assert band.high is not None
        high = band.high
        return Outcome(
            Status.LAGGING,
            Explanation.deferred(lambda: words().above_range(high)),
            actual,
            target_value,
            completion,
            None,
            high - actual,
            unit,
            figure.date,
        )
    if band.due_base > 0:  # a share of a positive target; a floor at or below zero is judged on the figure
        progress = ctx.progress(actual, due, band.due_base, share)
        on_track = progress.verdict.on_schedule
        expected: Decimal | None = progress.expected
    else:  # nothing to pro-rate (a floor at or below zero): judged on the figure itself
        progress, on_track, expected = None, actual >= due, None
    shown_start = start if not accumulating else None
    return Outcome(
        Status.ON_TRACK if on_track else Status.LAGGING,
        Explanation.deferred(lambda: words().progress(on_track, due, progress, gap, strict, shown_start, judged_on)),
        actual,
        target_value,
        completion,
        expected,
        gap,
        unit,
        figure.date,
        gap_strict=strict,
        progress=progress,
    )


def _due(base: Decimal, start: Decimal | None, share: Fraction) -> Fraction:
    """What is due by now, exactly.

    ``base x share`` for a total that accumulates from zero (or a level whose start is
    unknown); ``start + (base - start) x share`` for a level that starts at ``start``.
    """
    if start is None:
        return Fraction(base) * share
    if start >= base:
        return Fraction(base)
    return Fraction(start) + (Fraction(base) - Fraction(start)) * share


def _band(params: ThresholdParams, metric: Metric, value: Decimal, counting: bool) -> _Band:
    """The bounds of a floor, a range or 左右, in the metric's unit.

    On a metric where more is better, a figure above a range's or 左右's upper bound
    over-fulfils the target (超额完成) unless ``upper_binding`` is set; where less is
    better, both bounds bind.
    """
    c = params.comparator
    binding = params.upper_binding or metric.direction is Direction.DECREASE
    if c is Comparator.BETWEEN:
        assert params.high is not None
        return _Band(value, False, params.high.in_unit(metric.unit), binding, value)
    if c is Comparator.APPROX:
        spread = _spread(params, metric, value, counting)
        return _Band(value - spread, False, value + spread, binding, value)
    return _Band(value, c is Comparator.MORE_THAN, None, False, value)


def _spread(params: ThresholdParams, metric: Metric, value: Decimal, counting: bool) -> Decimal:
    """How far 左右 reaches either side of ``value``: the stated tolerance, else the default share.

    A share of a count is taken in whole things, rounded down (10% of 5名 is 0名).
    """
    tol = params.tolerance
    if tol is None:
        spread = abs(value) * DEFAULT_APPROX_TOLERANCE
    elif tol.dimension == "ratio":
        spread = abs(value) * tol.base
    else:
        return tol.in_unit(metric.unit)
    if counting:
        one = Decimal(1).scaleb(-metric.unit.exponent)
        spread = (spread / one).to_integral_value(ROUND_FLOOR) * one
    return spread


def _ceiling(
    c: Comparator, actual: Decimal, ceiling: Decimal, ctx: Context, words: Callable[[], _Words], unit: str, day: dt.date
) -> Outcome:
    holds = actual <= ceiling if c is Comparator.AT_MOST else actual < ceiling
    if not holds:
        status = Status.MISSED
    else:
        status = Status.MET if ctx.is_final else Status.ON_TRACK
    gap = Decimal(0) if holds else ceiling - actual
    return Outcome(
        status,
        Explanation.deferred(lambda: words().ceiling(holds, ceiling)),
        actual,
        ceiling,
        None,
        None,
        gap,
        unit,
        day,
    )


@attrs.frozen
class _Words:
    """The sentences of an explanation, with the numbers they quote."""

    metric: Metric
    params: ThresholdParams
    unit: str
    figure: Figure
    actual: Decimal
    counting: bool

    def _amount(self, value: Decimal, places: int = formatting.AMOUNT_PLACES) -> str:
        return formatting.amount(value, self.unit, places)

    def _due(self, value: Fraction) -> str:
        """A due figure: whole things for a count (7.48家 due is 8家), else an amount."""
        due = Decimal(value.numerator) / Decimal(value.denominator)
        if self.counting:
            due = formatting.whole_things(due, Decimal(1).scaleb(-self.metric.unit.exponent))
        return formatting.amount(due, self.unit, 2)

    def _ahead_or_behind(self, amount: Decimal) -> str:
        """The amount ahead of or behind what is due; for a count in whole things (behind: up, ahead: down)."""
        size = abs(amount)
        if self.counting:
            one = Decimal(1).scaleb(-self.metric.unit.exponent)
            size = (
                formatting.whole_things(size, one) if amount < 0 else (size / one).to_integral_value(ROUND_FLOOR) * one
            )
            if size == 0:
                return ""
        return self._amount(size, 2)

    @property
    def _rule_zh(self) -> str:
        p = self.params
        what = "净增" if p.basis is Basis.NET_INCREASE else ""
        if p.comparator is Comparator.BETWEEN:
            return f"{what}{p.value}至{p.high}"
        if p.comparator is Comparator.APPROX:
            tolerance = p.tolerance if p.tolerance is not None else f"默认{format_rate(DEFAULT_APPROX_TOLERANCE)}"
            return f"{what}{p.value}左右(容差{tolerance})"
        return f"{what}{p.comparator.zh}{p.value}"

    @property
    def _rule_en(self) -> str:
        p = self.params
        what = "a net increase of " if p.basis is Basis.NET_INCREASE else ""
        if p.comparator is Comparator.BETWEEN:
            return f"{what}between {p.value} and {p.high}"
        if p.comparator is Comparator.APPROX:
            tolerance = (
                p.tolerance if p.tolerance is not None else f"{format_rate(DEFAULT_APPROX_TOLERANCE)} by default"
            )
            return f"{what}about {p.value} (tolerance {tolerance})"
        return f"{what}{p.comparator.en} {p.value}"

    def _head(self) -> tuple[str, str]:
        a = self._amount(self.actual)
        date, reported = self.figure.date.isoformat(), self.figure.describe()
        name_en = self.metric.label_en
        if self.params.basis is Basis.NET_INCREASE:
            return (
                f"截至{date},{self.metric.name}净增{a}(当前{reported})",
                f"by {date}, {name_en} rose by {a} net (now {reported})",
            )
        return f"截至{date},{self.metric.name}为{a}", f"by {date}, {name_en} is {a}"

    def final(self, holds: bool, band: _Band, gap: Decimal, strict: bool) -> tuple[str, str]:
        zh, en = self._head()
        if holds:
            if band.high is not None and self.actual > band.high:
                over = self._amount(self.actual - band.high)
                return (
                    f"{zh},目标{self._rule_zh},超出上限{over},超额完成。",
                    f"{en}; the target is {self._rule_en}: {over} above the upper bound, over-fulfilled.",
                )
            return (f"{zh},目标{self._rule_zh},已完成。", f"{en}; the target is {self._rule_en}: met.")
        if gap < 0:
            over = self._amount(-gap)
            return (
                f"{zh},目标{self._rule_zh},超出上限{over},未完成。",
                f"{en}; the target is {self._rule_en}: {over} above the upper bound, which binds; missed.",
            )
        if strict and gap == 0:  # a strict floor on an amount, reached exactly: equal is not more
            return (
                f"{zh},目标{self._rule_zh},恰好持平而未超过,未完成。",
                f"{en}; the target is {self._rule_en}: equal to it but not above it, missed.",
            )
        short = self._amount(gap)
        if strict:
            return (
                f"{zh},目标{self._rule_zh},还差超过{short},未完成。",
                f"{en}; the target is {self._rule_en}: more than {short} short, missed.",
            )
        return (
            f"{zh},目标{self._rule_zh},差{short},未完成。",
            f"{en}; the target is {self._rule_en}: {short} short, missed.",
        )

    def above_range(self, high: Decimal) -> tuple[str, str]:
        zh, en = self._head()
        over = self._amount(self.actual - high)
        return (
            f"{zh},目标{self._rule_zh},已超出上限{over}。",
            f"{en}; the target is {self._rule_en}: already {over} above the upper bound, which binds.",
        )

    def progress(
        self,
        on_track: bool,
        due: Fraction,
        progress: Progress | None,
        gap: Decimal,
        strict: bool,
        start: Decimal | None,
        judged_on: dt.date,
    ) -> tuple[str, str]:
        zh, en = self._head()
        if judged_on > self.figure.date:  # a stale figure, judged at the end of the last reporting period
            zh += f"(未报送{judged_on.isoformat()}前的最新数据,按该日进度评价)"
            en += f" (no newer figure was reported; judged against the progress due by {judged_on.isoformat()})"
        due_text = self._due(due)
        basis_zh = f"(年初{self._amount(start)})" if start is not None else ""
        basis_en = f" (start of year {self._amount(start)})" if start is not None else ""
        if progress is not None:
            share_zh = f"序时进度{formatting.percent(progress.share)}({basis_word(progress.basis, 'zh')})"
            share_en = f"{formatting.percent(progress.share)} of the year is due ({basis_word(progress.basis, 'en')})"
            pts = abs(progress.shown_points)
            verdict = progress.verdict
            if verdict is ScheduleVerdict.LEVEL:
                stand_zh, stand_en = verdict_word(verdict, "zh"), verdict_word(verdict, "en")
            else:
                ahead = verdict is ScheduleVerdict.AHEAD
                stand_zh = f"{verdict_word(verdict, 'zh')}{formatting.points(pts, 'zh')}"
                stand_en = f"{formatting.points(pts, 'en')} {verdict_word(verdict, 'en')}"
                amount = self._ahead_or_behind(progress.amount)
                if amount:
                    stand_zh += f",{'超出' if ahead else '少于'}进度要求{amount}"
                    stand_en += f", {amount} {'above' if ahead else 'below'} what is due"
            done_zh = f",完成率{formatting.percent(progress.completion)},{stand_zh}"
            done_en = f"; completion {formatting.percent(progress.completion)}, {stand_en}"
        else:
            share_zh, share_en, done_zh, done_en = "序时进度起点", "nothing is due yet", "", ""
        verdict_zh = "进度正常" if on_track else "进度滞后"
        verdict_en = "on track" if on_track else "lagging"
        if strict:
            need_zh = f",全年还需超过{self._amount(gap)}" if gap > 0 else ",全年尚须超过目标值"
            need_en = (
                f"; more than {self._amount(gap)} still needed for the year"
                if gap > 0
                else "; the year's figure must still go above the target"
            )
        elif gap > 0:
            need_zh, need_en = f",全年还需{self._amount(gap)}", f"; {self._amount(gap)} still needed for the year"
        else:
            need_zh, need_en = ",已达到全年目标", "; the year's target is already reached"
        return (
            f"{zh},目标{self._rule_zh};{share_zh},按进度应达{due_text}{basis_zh}{done_zh},{verdict_zh}{need_zh}。",
            f"{en}; the target is {self._rule_en}; {share_en}, so {due_text} is due{basis_en}{done_en}: "
            f"{verdict_en}{need_en}.",
        )

    def ceiling(self, holds: bool, ceiling: Decimal) -> tuple[str, str]:
        zh, en = self._head()
        if holds:
            return (f"{zh},上限{self._rule_zh},未突破。", f"{en}; the ceiling is {self._rule_en}: within it.")
        over = self._amount(self.actual - ceiling)
        return (
            f"{zh},上限{self._rule_zh},超出{over},未达标。",
            f"{en}; the ceiling is {self._rule_en}: exceeded by {over}, missed.",
        )


def _shape(params: ThresholdParams, metric: Metric, counting: bool) -> RuleShape:
    """Floors rise with the figure, ceilings fall with it, binding ranges do neither; see :class:`RuleShape`."""
    c = params.comparator
    value = params.value.in_unit(metric.unit)
    if c.is_ceiling:
        return RuleShape(-1, lambda figure: figure <= value if c is Comparator.AT_MOST else figure < value, (value,))
    band = _band(params, metric, value, counting)
    high = band.high if band.high_binding else None

    def holds(figure: Decimal) -> bool:
        return (figure > band.low if band.low_strict else figure >= band.low) and (high is None or figure <= high)

    monotone = 1 if high is None else 0
    pivots = tuple(p for p in (band.low, value, band.high) if p is not None)
    return RuleShape(monotone, None if params.basis is Basis.NET_INCREASE else holds, tuple(dict.fromkeys(pivots)))


def _count_shape(params: ThresholdParams, metric: Metric) -> RuleShape:
    return _shape(params, metric, counting=True)


def _amount_shape(params: ThresholdParams, metric: Metric) -> RuleShape:
    return _shape(params, metric, counting=False)


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
    shape=_count_shape,
    version="2.0",
    api_version=PLUGIN_API_VERSION,
    description="A count reaching a level, a net increase, a range, about a value, or a ceiling (家, 个, 项, 人).",
    bounded=True,
    projectable=True,
    whole_units=True,
)

AMOUNT_THRESHOLD: Evaluator[ThresholdParams] = Evaluator(
    name="amount-threshold",
    params=ThresholdParams,
    evaluate=_amount_evaluate,
    check=_amount_check,
    shape=_amount_shape,
    version="2.0",
    api_version=PLUGIN_API_VERSION,
    description="Money or another amount reaching a value, within a range, or under a ceiling (元, 万元, %).",
    bounded=True,
    projectable=True,
)
