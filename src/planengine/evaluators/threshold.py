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
from functools import partial

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
    _make_outcome,
    _NotFinite,
    _stale_words,
)
from ..model import Direction, Metric, Plan, Reporting, Target
from ..observations import Figure, FigureIndex, Measure, _no_figure_words
from ..periods import Cadence, ProgressBasis, _due_shares
from ..progress import Progress, ScheduleVerdict, _of_ratios
from ..quantities import Quantity, format_decimal
from ..vocabulary import basis_word, verdict_word
from ._prepared import PreparedRule, context_key

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


class _Rule(PreparedRule):
    """One target's rule, prepared once: what depends on neither the figures nor the as-of date.

    :meth:`judge` then does per evaluation only what the figures and the date decide. The
    engine prepares each target's rule when it compiles the plan; ``evaluate(params, ctx)``
    prepares one for the call, so both judge alike. What the parameters cannot give (a
    value in a unit that does not fit the metric) fails where it always did: after the
    figures were looked up, on every evaluation.
    """

    __slots__ = (
        "_last",
        "_ready",
        "accumulating",
        "band",
        "basis",
        "ceiling",
        "comparator",
        "counting",
        "due_base_den",
        "due_base_num",
        "frequency",
        "last_dekad",
        "least",
        "level",
        "metric",
        "must_exceed",
        "net",
        "params",
        "scheduled",
        "shares",
        "start_from",
        "target",
        "target_value",
        "unchecked",
        "unit",
        "year",
        "year_end",
        "year_start",
    )

    def __init__(
        self,
        params: ThresholdParams,
        metric: Metric,
        *,
        counting: bool,
        target: Target,
        year: int,
        frequency: Cadence,
        basis: ProgressBasis,
        unchecked: bool = False,
    ) -> None:
        self.params, self.metric, self.counting = params, metric, counting
        #: prepared by the engine, which takes the outcomes unchecked: a figure that is not a
        #: finite number raises _NotFinite (with finite parameters every other number is finite)
        self.unchecked = unchecked
        self.target, self.year, self.frequency, self.basis = target, year, frequency, basis
        self.year_start, self.last_dekad, self.year_end = (
            dt.date(year, 1, 1),
            dt.date(year, 12, 21),
            dt.date(year, 12, 31),
        )
        self.start_from = dt.date(year - 1, 12, 21)  # a start-of-year level is dated from here to 1 January
        self.scheduled = bool(target.schedule)
        self.shares = _due_shares(year, frequency, basis)
        self.net = params.basis is Basis.NET_INCREASE
        self.level = metric.reporting is Reporting.LEVEL
        self.accumulating = self.net or metric.reporting is Reporting.CUMULATIVE
        self.comparator = params.comparator
        self.unit = metric.unit.symbol
        #: the last outcome judged, with what decided it (see judge())
        self._last: tuple[Figure, Figure | None, bool, dt.date | None, tuple[object, ...], Outcome] | None = None
        try:
            self._prepare()
        except Exception:  # raised again by judge(), after the look-ups, as the rule always did
            self._ready = False

    def _prepare(self) -> None:
        params, metric, counting = self.params, self.metric, self.counting
        self.target_value = params.value.in_unit(metric.unit)
        self.ceiling = params.comparator.is_ceiling
        if not self.ceiling:
            band = self.band = _band(params, metric, self.target_value, counting)
            step = Decimal(1).scaleb(-metric.unit.exponent) if counting else Decimal(0)
            # the least figure that satisfies a floor; an amount 超 a value has none, only "more than"
            self.least = band.low + step if band.low_strict else band.low
            self.must_exceed = band.low_strict and not counting
            # None for a value that is not a finite number: judge() then fails as Fraction(due_base) did
            finite = band.due_base.is_finite()
            self.due_base_num: int | None = band.due_base.as_integer_ratio()[0] if finite else None
            self.due_base_den: int = band.due_base.as_integer_ratio()[1] if finite else 1
        self._ready = True

    def judge(self, figures: FigureIndex, as_of: dt.date) -> Outcome:
        """The outcome at ``as_of``; ``NoData`` and ``NotEvaluable`` are raised as by any evaluator.

        Run for every target at every evaluation: the explanation is written later, by
        one of the ``_explain_*`` functions, if anyone reads it.
        """
        metric, year, year_end = self.metric, self.year, self.year_end
        final = as_of >= year_end
        # Context.latest(): the latest figure of the year up to as_of, at the year's end from its last dekad
        figure = figures._at_or_before(metric, _VALUE, year_end if year_end < as_of else as_of, self.year_start)
        if figure is None:  # the outcome of Context.latest()'s NoData, made without raising it
            return _no_data(partial(_no_figure_words, metric, year, as_of))
        if final and figure.date < self.last_dekad:
            return _no_data(partial(_stale_words, metric, year, figure.date))
        start: Decimal | None = None
        actual = figure.value
        begun: Figure | None = None
        if self.net or self.level:  # FigureIndex.start_of_year(), which raises when nothing is found
            begun = figures._at_or_before(metric, _VALUE, self.year_start, self.start_from)
            if begun is not None:
                start = begun.value
            elif self.net:
                figures.start_of_year(metric, year)  # raises the NoData that says which figure is missing
            if self.net:
                assert start is not None
                actual = actual - start
        if self.unchecked and not actual.is_finite():
            raise _NotFinite()
        if not self._ready:
            self._prepare()  # raises what the parameters cannot give
        # The outcome depends on the figure, the start-of-year figure, whether the year is over,
        # before that the day the figure is judged at, and the decimal context it is divided in
        # (see ._prepared). An index judged at many dates asks the same again and again, so the
        # last outcome is kept and given again. Figures are the index's own objects, made once.
        judged_on: dt.date | None = None
        share_num = share_den = 0
        if not (final or self.ceiling):
            judged_on, share_num, share_den = self.shares.judged(as_of, figure.date)
        last, decimals = self._last, context_key()
        if (
            last is not None
            and last[0] is figure
            and last[1] is begun
            and last[2] is final
            and last[3] == judged_on
            and last[4] == decimals
        ):
            return last[5]
        outcome = self._outcome(figure, start, actual, final, judged_on, share_num, share_den)
        self._last = (figure, begun, final, judged_on, decimals, outcome)  # one tuple: read whole by other threads
        return outcome

    def _outcome(
        self,
        figure: Figure,
        start: Decimal | None,
        actual: Decimal,
        final: bool,
        judged_on: dt.date | None,
        share_num: int,
        share_den: int,
    ) -> Outcome:
        """The outcome of :meth:`judge` once its figures are found: ``judged_on`` and the share
        due then are given before the year's end to a floor or range (None and 0/0 otherwise)."""
        metric, year = self.metric, self.year
        words = (metric, self.params, self.unit, figure, actual, self.counting)
        target_value = self.target_value
        if self.ceiling:
            return _ceiling(self.comparator, actual, target_value, final, words, figure.date)
        band = self.band
        over = band.high_binding and band.high is not None and actual > band.high
        # exact to Decimal's 28 digits; rounded only when shown, so rounding never decides a light
        completion = actual / target_value if target_value else None
        if final:
            reached = actual > band.low if band.low_strict else actual >= band.low
            holds = reached and not over
            if holds:
                gap, strict = _ZERO, False
            elif over:
                assert band.high is not None
                gap, strict = band.high - actual, False
            else:
                gap, strict = self.least - actual, self.must_exceed
            return _make_outcome(
                _MET if holds else _MISSED,
                Explanation.deferred(partial(_explain_final, words, holds, band, gap, strict)),
                actual,
                target_value,
                completion,
                _ONE,
                gap,
                self.unit,
                figure.date,
                strict,
                None,
            )
        assert judged_on is not None
        if self.scheduled:
            share = self.target.expected_share(judged_on, year, self.frequency, self.basis)
            share_num, share_den = share.numerator, share.denominator
        if self.due_base_num is None:  # see _prepare()
            _ = self.accumulating or start is None or start >= band.due_base  # a NaN fails comparing
            Fraction(band.due_base)  # any other value that is not a finite number here
            raise AssertionError("unreachable")
        if self.accumulating or start is None:  # _due() of a total: base x share
            due_num, due_den = self.due_base_num * share_num, self.due_base_den * share_den
        else:
            due_num, due_den = _due(self.due_base_num, self.due_base_den, band.due_base, start, share_num, share_den)
        gap = self.least - actual
        if not gap > _ZERO:  # max(0, least - actual)
            gap = _ZERO
        strict = self.must_exceed and actual <= band.low
        if over:
            assert band.high is not None
            return _make_outcome(
                _LAGGING,
                Explanation.deferred(partial(_explain_above_range, words, band.high)),
                actual,
                target_value,
                completion,
                None,
                band.high - actual,
                self.unit,
                figure.date,
                False,
                None,
            )
        progress: Progress | None
        if self.due_base_num > 0:  # a share of a positive target; a floor at or below zero is judged on the figure
            actual_num, actual_den = actual.as_integer_ratio()
            progress = _of_ratios(
                actual_num,
                actual_den,
                due_num,
                due_den,
                self.due_base_num,
                self.due_base_den,
                share_num,
                share_den,
                self.basis,
                # actual / due_base as divided above, when due_base is the target value and alike written
                completion if band.due_base is target_value and actual and actual.same_quantum(target_value) else None,
            )
            on_track = progress.verdict is not _BEHIND
            expected: Decimal | None = progress.expected
        else:  # nothing to pro-rate (a floor at or below zero): judged on the figure itself
            progress, on_track, expected = None, actual >= Fraction(due_num, due_den), None
        return _make_outcome(
            _ON_TRACK if on_track else _LAGGING,
            Explanation.deferred(
                partial(
                    _explain_progress,
                    words,
                    on_track,
                    due_num,
                    due_den,
                    progress,
                    gap,
                    strict,
                    None if self.accumulating else start,
                    judged_on,
                )
            ),
            actual,
            target_value,
            completion,
            expected,
            gap,
            self.unit,
            figure.date,
            strict,
            progress,
        )


#: What an explanation's sentences quote: metric, parameters, unit, figure, actual figure, counting.
_WordsOf = tuple[Metric, "ThresholdParams", str, Figure, Decimal, bool]


def _explain_final(words: _WordsOf, holds: bool, band: _Band, gap: Decimal, strict: bool) -> tuple[str, str]:
    return _Words(*words).final(holds, band, gap, strict)


def _explain_above_range(words: _WordsOf, high: Decimal) -> tuple[str, str]:
    return _Words(*words).above_range(high)


def _explain_ceiling(words: _WordsOf, holds: bool, ceiling: Decimal) -> tuple[str, str]:
    return _Words(*words).ceiling(holds, ceiling)


def _explain_progress(
    words: _WordsOf,
    on_track: bool,
    due_num: int,
    due_den: int,
    progress: Progress | None,
    gap: Decimal,
    strict: bool,
    start: Decimal | None,
    judged_on: dt.date,
) -> tuple[str, str]:
    return _Words(*words).progress(on_track, Fraction(due_num, due_den), progress, gap, strict, start, judged_on)


def _no_data(words: Callable[[], tuple[str, str]]) -> Outcome:
    """``Outcome(Status.NO_DATA, Explanation(*words()))``, the sentences written when first read."""
    return _make_outcome(
        Status.NO_DATA, Explanation.deferred(words), None, None, None, None, None, "", None, False, None
    )


_MET, _MISSED, _ON_TRACK, _LAGGING = Status.MET, Status.MISSED, Status.ON_TRACK, Status.LAGGING
_BEHIND = ScheduleVerdict.BEHIND
_VALUE = Measure.VALUE
_ZERO = Decimal(0)
_ONE = Decimal(1)


def _evaluate(params: ThresholdParams, ctx: Context, *, counting: bool) -> Outcome:
    rule = _Rule(
        params,
        ctx.require_metric(),
        counting=counting,
        target=ctx.target,
        year=ctx.year,
        frequency=ctx.frequency,
        basis=ctx.basis,
    )
    outcome = rule.judge(ctx.figures, ctx.as_of)
    if outcome.status is Status.NO_DATA:  # signalled, as an evaluator does (the engine takes either alike)
        raise NoData(outcome.explanation.zh, outcome.explanation.en)
    return outcome


def _due(
    base_num: int, base_den: int, base: Decimal, start: Decimal, share_num: int, share_den: int
) -> tuple[int, int]:
    """What is due by now of a level that starts the year at ``start``, exactly, as a ratio of
    integers (the denominator above zero): ``start + (base - start) x share``, or ``base``
    once the start reaches it. (Of a total, or a level whose start is unknown, ``base x share``.)
    """
    if start >= base:
        return base_num, base_den
    start_num, start_den = start.as_integer_ratio()
    return (
        start_num * base_den * share_den + (base_num * start_den - start_num * base_den) * share_num,
        start_den * base_den * share_den,
    )


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


def _ceiling(c: Comparator, actual: Decimal, ceiling: Decimal, final: bool, words: _WordsOf, day: dt.date) -> Outcome:
    holds = actual <= ceiling if c is Comparator.AT_MOST else actual < ceiling
    if not holds:
        status = Status.MISSED
    else:
        status = Status.MET if final else Status.ON_TRACK
    gap = _ZERO if holds else ceiling - actual
    return _make_outcome(
        status,
        Explanation.deferred(partial(_explain_ceiling, words, holds, ceiling)),
        actual,
        ceiling,
        None,
        None,
        gap,
        words[2],
        day,
        False,
        None,
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
