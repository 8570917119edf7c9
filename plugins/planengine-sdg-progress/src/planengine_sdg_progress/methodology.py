"""The SDG progress measure as open-sdg publishes it, computed exactly.

This is Statistics Canada's progress measurement methodology, as integrated into Open SDG
(``docs/progress-methodology.md`` in open-sdg/open-sdg) and implemented by sdg-build
(``sdg/ProgressMeasure.py`` in open-sdg/sdg-build). With ``y0`` the value in the base year
``t0``, ``yi`` the value in the current (most recent) year ``ti``, ``yT`` the target value
for the target year ``tT``, ``d`` = +1 when an increase is desired and -1 when a decrease
is, and ``s`` = -1 when the base value is negative (1 otherwise):

* observed growth ``CAGR_o = (yi / y0) ** (1 / (ti - t0)) - 1``;
* with a quantitative target, required growth ``CAGR_r = (yT / y0) ** (1 / (tT - t0)) - 1``
  and the progress value is the ratio ``R = s * d * CAGR_o / |CAGR_r|``, judged against
  0.95, 0.6 and 0;
* without one, the progress value is ``s * d * CAGR_o``, judged against 1.5%, 0.5% and 0,
  the positive two scaled down by ``C`` near a natural ``limit``;
* a value at or above the first threshold is ``substantial_progress`` ("On track"), at or
  above the second ``moderate_progress`` ("Progress made but acceleration needed"), at or
  above the third ``limited_progress``, below it ``deterioration``; a current value that
  reaches the target is ``target_achieved`` whatever the trend.

Every status decision is exact: the roots are bracketed by fractions (:mod:`._exact`) and
the brackets narrowed until the comparison is certain. The numbers reported (growth rates,
ratio, score) are rounded from those brackets for display and decide nothing.

Where the reference silently substitutes a value (a zero base or a zero target becomes
0.001) or fails (a division by zero, the root of a negative number), :func:`measure_progress`
returns no category and a labelled :class:`Problem` instead.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from fractions import Fraction

import attrs

from planengine import Direction

from ._exact import Interval, at_least, to_decimal

__all__ = [
    "DEFAULT_BASE_YEAR",
    "DEFAULT_TARGET_YEAR",
    "LIMIT_EXPONENT",
    "PRECISIONS",
    "TARGET_THRESHOLDS",
    "TREND_THRESHOLDS",
    "Category",
    "Method",
    "Problem",
    "ProgressResult",
    "measure_progress",
    "reaches_target",
]

#: The methodology's base year unless another is given (the first later year with data is used).
DEFAULT_BASE_YEAR = 2015
#: The methodology's target year unless another is given.
DEFAULT_TARGET_YEAR = 2030
#: Thresholds on the ratio R for an indicator with a quantitative target (high, med, low).
TARGET_THRESHOLDS = (Fraction(95, 100), Fraction(60, 100), Fraction(0))
#: Thresholds on the directed growth for an indicator without one (high, med, low), before ``C``.
TREND_THRESHOLDS = (Fraction(15, 1000), Fraction(5, 1000), Fraction(0))
#: The exponent ``a`` of the limit's scaling factor ``C`` (4.44 in the reference).
LIMIT_EXPONENT = Fraction(444, 100)
#: Bits of the brackets tried in turn until every comparison is decided.
PRECISIONS = (64, 256, 1024, 4096, 16384)

Number = Decimal | int


class Category(enum.Enum):
    """The methodology's progress categories, with the codes open-sdg and sdg-build use."""

    TARGET_ACHIEVED = "target_achieved"
    SUBSTANTIAL_PROGRESS = "substantial_progress"
    MODERATE_PROGRESS = "moderate_progress"
    LIMITED_PROGRESS = "limited_progress"
    DETERIORATION = "deterioration"

    @property
    def label_en(self) -> str:
        """The category's name in the methodology's tables."""
        return _LABELS[self][0]

    @property
    def label_zh(self) -> str:
        return _LABELS[self][1]

    @property
    def rank(self) -> int:
        """0 for ``deterioration`` up to 4 for ``target_achieved``: a higher rank is better."""
        return _RANK[self]

    @property
    def on_track(self) -> bool:
        """Whether the indicator has reached its target or is on pace to (R >= 0.95)."""
        return self in (Category.TARGET_ACHIEVED, Category.SUBSTANTIAL_PROGRESS)


_LABELS = {
    Category.TARGET_ACHIEVED: ("Target achieved", "已实现目标"),
    Category.SUBSTANTIAL_PROGRESS: ("On track", "步入正轨"),
    Category.MODERATE_PROGRESS: ("Progress made but acceleration needed", "取得进展但需加快"),
    Category.LIMITED_PROGRESS: ("Limited progress", "进展有限"),
    Category.DETERIORATION: ("Deterioration", "出现倒退"),
}
_RANK = {c: rank for rank, c in enumerate(reversed(list(Category)))}


class Method(enum.Enum):
    """Which of the methodology's two calculations applies."""

    #: "Indicators with quantitative targets": the ratio R of observed to required growth.
    TARGET = "target"
    #: "Indicators without quantitative targets": the observed growth in the desired direction.
    TREND = "trend"


class Problem(enum.Enum):
    """Why no category can be given; the reference substitutes a value, returns nothing or fails."""

    TOO_FEW_YEARS = "too_few_years"
    ZERO_BASE = "zero_base"
    MIXED_SIGNS = "mixed_signs"
    ZERO_TARGET = "zero_target"
    TARGET_SIGN = "target_sign"
    TARGET_YEAR = "target_year"
    NO_REQUIRED_GROWTH = "no_required_growth"

    @property
    def reference(self) -> str:
        """What sdg-build's ``SeriesProgress`` does in this case."""
        return _REFERENCE[self]


_REFERENCE = {
    Problem.TOO_FEW_YEARS: "returns no progress value (status 'not_available')",
    Problem.ZERO_BASE: "silently replaces the base value by 0.001",
    Problem.MIXED_SIGNS: "returns no progress value (status 'not_available')",
    Problem.ZERO_TARGET: "silently replaces the target by 0.001",
    Problem.TARGET_SIGN: "raises a fractional power of a negative number to a complex number and fails",
    Problem.TARGET_YEAR: "divides by zero (or takes a root of negative order) and fails",
    Problem.NO_REQUIRED_GROWTH: "divides by a required growth of zero and fails",
}


@attrs.frozen
class ProgressResult:
    """The progress measure of one series.

    ``category`` is ``None`` exactly when ``problem`` says why none can be given. The
    numbers are for display, rounded from exact brackets: ``observed_cagr`` and
    ``required_cagr`` as fractions (0.05 is 5% a year), ``progress_value`` the ratio R
    (with a target) or the directed growth ``s * d * CAGR_o`` (without), ``thresholds``
    the (high, med, low) bounds it was judged against, ``coefficient`` the scaling factor
    ``C`` of a limit, and ``score`` the methodology's score between -5 and 5.
    """

    method: Method
    direction: Direction
    base_year: int
    base_value: Decimal
    current_year: int
    current_value: Decimal
    target_value: Decimal | None
    target_year: int
    limit: Decimal | None
    category: Category | None
    problem: Problem | None = None
    target_achieved: bool = False
    observed_cagr: Decimal | None = None
    required_cagr: Decimal | None = None
    progress_value: Decimal | None = None
    thresholds: tuple[Decimal, Decimal, Decimal] | None = None
    coefficient: Decimal | None = None
    score: Decimal | None = None

    @property
    def status(self) -> str:
        """The status code sdg-build gives the series: a category's code, or ``not_available``."""
        return self.category.value if self.category is not None else "not_available"

    @property
    def sign(self) -> int:
        """``s`` in the formulas: -1 for a negative base value (the direction is flipped), else 1."""
        return -1 if self.base_value < 0 else 1

    def problem_text(self) -> tuple[str, str]:
        """Why no category was given, in Chinese and English, saying what the reference does instead."""
        if self.problem is None:
            raise ValueError("this result has a category; there is no problem to explain")
        zh, en = _problem_sentences(self)
        return (
            f"{zh}(参考实现 sdg-build 在此情形下{_REFERENCE_ZH[self.problem]};本插件给出标注状态)",
            f"{en} (the reference implementation, sdg-build, {self.problem.reference}; "
            f"this plugin gives a labelled status instead)",
        )


_REFERENCE_ZH = {
    Problem.TOO_FEW_YEARS: "不给出进度值(状态为 not_available)",
    Problem.ZERO_BASE: "静默地把基年数值替换为0.001",
    Problem.MIXED_SIGNS: "不给出进度值(状态为 not_available)",
    Problem.ZERO_TARGET: "静默地把目标值替换为0.001",
    Problem.TARGET_SIGN: "对负数开方得到复数而出错",
    Problem.TARGET_YEAR: "除以零而出错",
    Problem.NO_REQUIRED_GROWTH: "除以为零的所需增速而出错",
}


def _problem_sentences(r: ProgressResult) -> tuple[str, str]:
    base, current = _plain(r.base_value), _plain(r.current_value)
    target = _plain(r.target_value) if r.target_value is not None else ""
    if r.problem is Problem.TOO_FEW_YEARS:
        return (
            f"复合增长率至少需要两个年度的数据,基年为{r.base_year}年、当前年份为{r.current_year}年",
            f"compound growth needs data for at least two years; the base year is {r.base_year} "
            f"and the current year {r.current_year}",
        )
    if r.problem is Problem.ZERO_BASE:
        return (
            f"基年({r.base_year}年)数值为0,复合增长率无意义",
            f"the base-year value ({r.base_year}) is 0, so compound growth has no meaning",
        )
    if r.problem is Problem.MIXED_SIGNS:
        return (
            f"基年数值{base}与当前数值{current}符号相反,该方法要求数值全为正或全为负",
            f"the base value {base} and the current value {current} have opposite signs; the "
            f"methodology needs all values positive or all negative",
        )
    if r.problem is Problem.ZERO_TARGET:
        return ("目标值为0,复合增长模型无法到达0", "the target is 0, which compound growth cannot reach")
    if r.problem is Problem.TARGET_SIGN:
        return (
            f"目标值{target}与基年数值{base}符号相反,无法计算所需的复合增长率",
            f"the target {target} and the base value {base} have opposite signs, so no compound "
            f"growth leads from one to the other",
        )
    if r.problem is Problem.TARGET_YEAR:
        return (
            f"目标年份({r.target_year}年)须晚于基年({r.base_year}年)",
            f"the target year ({r.target_year}) must come after the base year ({r.base_year})",
        )
    return (
        f"目标值{target}等于基年数值,所需增速为0,比值R无定义",
        f"the target {target} equals the base value, so the required growth is 0 and the ratio R is undefined",
    )


@attrs.frozen
class _Inputs:
    base_year: int
    base: Fraction
    current_year: int
    current: Fraction
    target: Fraction | None
    target_year: int
    d: int
    limit: Fraction | None

    @property
    def sign(self) -> int:
        return -1 if self.base < 0 else 1


@attrs.frozen
class _Brackets:
    value: Interval
    thresholds: tuple[Interval, Interval, Interval]
    observed: Interval
    required: Interval | None
    coefficient: Interval | None


def measure_progress(
    base_year: int,
    base_value: Number,
    current_year: int,
    current_value: Number,
    target_value: Number | None,
    target_year: int,
    direction: Direction,
    limit: Number | None = None,
) -> ProgressResult:
    """The progress category of a series from its base-year and current-year values.

    :param target_value: the value to reach by ``target_year``; ``None`` for the
        methodology without a quantitative target.
    :param direction: which way the indicator should move; always explicit (the reference
        defaults to "negative", a decrease).
    :param limit: a natural maximum (for an increase) or minimum (for a decrease) that
        scales the thresholds; used only without a target, as in the reference.

    Values are ``Decimal`` or ``int``; a binary float is refused, since it would decide a
    status by its rounding.
    """
    method = Method.TREND if target_value is None else Method.TARGET
    inputs = _Inputs(
        base_year=base_year,
        base=_exact_number("base_value", base_value),
        current_year=current_year,
        current=_exact_number("current_value", current_value),
        target=None if target_value is None else _exact_number("target_value", target_value),
        target_year=target_year,
        d=1 if Direction(direction) is Direction.INCREASE else -1,
        limit=None if limit is None or method is Method.TARGET else _exact_number("limit", limit),
    )
    achieved = target_value is not None and reaches_target(current_value, target_value, direction)
    result = ProgressResult(
        method=method,
        direction=Direction(direction),
        base_year=base_year,
        base_value=Decimal(base_value),
        current_year=current_year,
        current_value=Decimal(current_value),
        target_value=None if target_value is None else Decimal(target_value),
        target_year=target_year,
        limit=None if limit is None else Decimal(limit),
        category=None,
        target_achieved=achieved,
    )
    problem = _problem(inputs)
    if problem is not None:
        # The reference checks the target before anything else: a reached target is
        # "target_achieved" (score 5) even when no growth can be computed, such as with a
        # single year of data.
        if achieved:
            return attrs.evolve(result, category=Category.TARGET_ACHIEVED, score=to_decimal(Fraction(5), 4))
        return attrs.evolve(result, problem=problem)
    brackets, category = _decide(inputs)
    if achieved:
        category = Category.TARGET_ACHIEVED
    return attrs.evolve(
        result,
        category=category,
        observed_cagr=to_decimal(brackets.observed.mid, 6),
        required_cagr=None if brackets.required is None else to_decimal(brackets.required.mid, 6),
        progress_value=to_decimal(brackets.value.mid, 6),
        thresholds=(
            to_decimal(brackets.thresholds[0].mid, 6),
            to_decimal(brackets.thresholds[1].mid, 6),
            to_decimal(brackets.thresholds[2].mid, 6),
        ),
        coefficient=None if brackets.coefficient is None else to_decimal(brackets.coefficient.mid, 6),
        score=to_decimal(_score(method, category, brackets), 4),
    )


def reaches_target(current_value: Number, target_value: Number, direction: Direction) -> bool:
    """Whether a current value already reaches the target in the desired direction.

    ``current >= target`` for an increase, ``current <= target`` for a decrease (sdg-build's
    ``is_target_achieved``). The reference checks this before anything else, so a reached
    target is ``target_achieved`` whatever the trend, and even when no growth can be
    computed: a zero or missing base value, or a single year of data.
    """
    current = _exact_number("current_value", current_value)
    target = _exact_number("target_value", target_value)
    return current >= target if Direction(direction) is Direction.INCREASE else current <= target


def _exact_number(name: str, value: object) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise TypeError(
            f"{name} must be a Decimal or an int (a float would decide a status by its "
            f"rounding), got {type(value).__name__} {value!r}"
        )
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"{name} must be a finite number, got {value}")
    return Fraction(value)


def _problem(i: _Inputs) -> Problem | None:
    """The first reason, in the reference's order of checks, why no progress value exists."""
    if i.current_year - i.base_year < 1:
        return Problem.TOO_FEW_YEARS
    if i.base == 0:
        return Problem.ZERO_BASE
    if (i.base > 0 and i.current < 0) or (i.base < 0 and i.current > 0):
        return Problem.MIXED_SIGNS
    if i.target is not None:
        if i.target_year <= i.base_year:
            return Problem.TARGET_YEAR
        if i.target == 0:
            return Problem.ZERO_TARGET
        if (i.target > 0) != (i.base > 0):
            return Problem.TARGET_SIGN
        if i.target == i.base:
            return Problem.NO_REQUIRED_GROWTH
    return None


def _decide(i: _Inputs) -> tuple[_Brackets, Category]:
    """Narrow the brackets until the category is certain.

    After the last precision a value still straddling a threshold equals it as far as
    ``2 ** -16384`` can tell (a coincidence of irrational numbers); the categories include
    their lower bound, so it takes the higher one.
    """
    brackets: _Brackets | None = None
    for bits in PRECISIONS:
        brackets = _brackets(i, bits)
        if brackets is None:
            continue
        category = _category(brackets, last=bits == PRECISIONS[-1])
        if category is not None:
            return brackets, category
    raise ArithmeticError(
        f"the required growth from {i.base} to {i.target} over {i.target_year - i.base_year} years is too "
        f"close to zero to tell its size"
    )


def _brackets(i: _Inputs, bits: int) -> _Brackets | None:
    directed = i.sign * i.d
    ratio = i.current / i.base  # >= 0: the signs agree (or the current value is 0)
    observed = Interval.root(ratio, 1, i.current_year - i.base_year, bits) - 1
    if i.target is None:
        c = _coefficient(i.base, i.limit, bits)
        high, med, low = TREND_THRESHOLDS
        return _Brackets(observed * directed, (c * high, c * med, c * low), observed, None, c)
    required = Interval.root(i.target / i.base, 1, i.target_year - i.base_year, bits) - 1
    size = abs(required)
    if size.contains_zero():
        return None  # not yet told apart from zero: more bits
    high, med, low = TARGET_THRESHOLDS
    return _Brackets(
        observed * directed / size, (Interval(high), Interval(med), Interval(low)), observed, required, None
    )


def _coefficient(base: Fraction, limit: Fraction | None, bits: int) -> Interval:
    """The scaling factor C of the thresholds near a natural limit (1 without one).

    C = 1 when |y0| >= 2 |lim|; 1 - (|y0| / |lim|) ** a when |y0| <= |lim|; otherwise
    1 - ((2 |lim| - |y0|) / |lim|) ** a, with a = 4.44: as in the reference.
    """
    if limit is None:
        return Interval(1)
    y0, lim = abs(base), abs(limit)
    if y0 >= 2 * lim:  # checked first, so a limit of 0 gives C = 1
        return Interval(1)
    x = y0 / lim if y0 <= lim else (2 * lim - y0) / lim
    return Interval(1) - Interval.root(x, LIMIT_EXPONENT.numerator, LIMIT_EXPONENT.denominator, bits)


def _category(b: _Brackets, *, last: bool) -> Category | None:
    for bound, category in zip(
        b.thresholds, (Category.SUBSTANTIAL_PROGRESS, Category.MODERATE_PROGRESS, Category.LIMITED_PROGRESS)
    ):
        holds = at_least(b.value, bound)
        if holds is None:
            if not last:
                return None
            holds = True
        if holds:
            return category
    return Category.DETERIORATION


def _score(method: Method, category: Category, b: _Brackets) -> Fraction:
    """The methodology's score in [-5, 5], used to average several series (display only here).

    With a target: linear from -5 at R = -0.6 to 0 at R = 0.6 and to 5 at R = 1.3
    (the reference rounds the slopes to 7.1429, 4.2857 and 4.1667). Without one: -5 at
    -2%, -2.5 at 0, 0 at 0.5% C, 2.5 at 1.5% C, 5 at 2% C. A reached target scores 5.
    """
    if category is Category.TARGET_ACHIEVED:
        return Fraction(5)
    v = b.value.mid
    if method is Method.TARGET:
        if category in (Category.SUBSTANTIAL_PROGRESS, Category.MODERATE_PROGRESS):
            return min(Fraction(50, 7) * v - Fraction(30, 7), Fraction(5))
        return max(Fraction(25, 6) * v - Fraction(5, 2), Fraction(-5))
    if category is Category.DETERIORATION:
        return max(125 * v - Fraction(5, 2), Fraction(-5))
    assert b.coefficient is not None
    if b.coefficient.exact and b.coefficient.lo == 0:
        return Fraction(5)  # the base is at the limit and the value holds or exceeds it
    c = b.coefficient.mid
    if category is Category.SUBSTANTIAL_PROGRESS:
        return min(500 * v / c - 5, Fraction(5))
    if category is Category.MODERATE_PROGRESS:
        return 250 * v / c - Fraction(5, 4)
    return 500 * v / c - Fraction(5, 2)


def _plain(value: Decimal) -> str:
    if value == 0:
        return "0"
    text = format(value.normalize(), "f")
    return text
