"""The pure methodology: labelled problems, exact thresholds, the limit, negative series, scores."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
import sdg_float_reference as float_reference
from hypothesis import given
from hypothesis import strategies as st
from planengine_sdg_progress import Category, Method, Problem, measure_progress
from planengine_sdg_progress._exact import Interval, iroot, root_bracket

from planengine import Direction

UP, DOWN = Direction.INCREASE, Direction.DECREASE
D = Decimal


# --- labelled statuses instead of substitutions and failures ---------------------------------------


@pytest.mark.parametrize(
    ("args", "problem", "what_the_reference_does"),
    [
        ((2015, D(0), 2019, D(5), D(10), 2030, UP), Problem.ZERO_BASE, "0.001"),
        ((2015, D(0), 2019, D(5), None, 2030, UP), Problem.ZERO_BASE, "0.001"),
        ((2015, D(10), 2019, D(5), D(0), 2030, DOWN), Problem.ZERO_TARGET, "0.001"),
        ((2015, D(10), 2019, D(-5), D(20), 2030, UP), Problem.MIXED_SIGNS, "not_available"),
        ((2015, D(-10), 2019, D(5), None, 2030, DOWN), Problem.MIXED_SIGNS, "not_available"),
        ((2015, D(10), 2019, D(12), D(-5), 2030, DOWN), Problem.TARGET_SIGN, "complex"),
        ((2015, D(10), 2019, D(12), D(20), 2015, UP), Problem.TARGET_YEAR, "zero"),
        ((2015, D(10), 2019, D(8), D(10), 2030, UP), Problem.NO_REQUIRED_GROWTH, "zero"),
        ((2019, D(10), 2019, D(12), D(20), 2030, UP), Problem.TOO_FEW_YEARS, "not_available"),
        ((2020, D(10), 2019, D(12), None, 2030, UP), Problem.TOO_FEW_YEARS, "not_available"),
    ],
)
def test_what_the_reference_substitutes_or_fails_on_is_a_labelled_problem(
    args: tuple[object, ...], problem: Problem, what_the_reference_does: str
) -> None:
    result = measure_progress(*args)  # type: ignore[arg-type]
    assert result.category is None and result.problem is problem
    assert result.status == "not_available"
    assert result.observed_cagr is None and result.progress_value is None and result.score is None
    zh, en = result.problem_text()
    assert what_the_reference_does in problem.reference and "sdg-build" in en and "sdg-build" in zh
    assert "labelled status" in en


def test_a_reached_target_needs_no_growth_rate() -> None:
    """As in the reference, the target is checked first: a zero base that already meets it is achieved."""
    result = measure_progress(2015, D(0), 2019, D(12), D(10), 2030, UP)
    assert result.category is Category.TARGET_ACHIEVED and result.problem is None
    assert result.observed_cagr is None
    reached_in_one_year = measure_progress(2019, D(5), 2019, D(12), D(10), 2030, UP)
    assert reached_in_one_year.category is Category.TARGET_ACHIEVED


def test_a_zero_target_is_reached_by_reaching_zero() -> None:
    assert measure_progress(2015, D(10), 2019, D(0), D(0), 2030, DOWN).category is Category.TARGET_ACHIEVED


def test_a_float_never_enters() -> None:
    with pytest.raises(TypeError, match="float"):
        measure_progress(2015, 10.0, 2019, D(12), D(20), 2030, UP)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="float"):
        measure_progress(2015, D(10), 2019, D(12), 20.0, 2030, UP)  # type: ignore[arg-type]


def test_the_direction_is_explicit_and_decides() -> None:
    """The reference defaults to 'negative'; here the same figures read both ways."""
    up = measure_progress(2015, D(100), 2019, D(110), None, 2030, UP)
    down = measure_progress(2015, D(100), 2019, D(110), None, 2030, DOWN)
    assert up.category is Category.SUBSTANTIAL_PROGRESS  # 2.41% a year
    assert down.category is Category.DETERIORATION
    assert up.progress_value == -down.progress_value  # type: ignore[operator]


# --- the thresholds, exactly -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "exact", "float_says"),
    [
        # 1.5% a year exactly: "CAGR >= 1.5% -> On track"; in floats 1.015 - 1 = 0.01499999...
        ((2015, D(100), 2016, D("101.5"), None, 2030, UP), "substantial_progress", "moderate_progress"),
        # 0.5% a year exactly; in floats 1.005 - 1 = 0.00499999...
        ((2015, D(100), 2016, D("100.5"), None, 2030, UP), "moderate_progress", "limited_progress"),
        # R = 0.095 / 0.1 = 0.95 exactly (121 = 100 * 1.1 ** 2); in floats R = 0.9499999...
        ((2015, D(100), 2016, D("109.5"), D(121), 2017, UP), "substantial_progress", "moderate_progress"),
    ],
)
def test_a_value_exactly_on_a_threshold_gets_the_higher_category(
    args: tuple[object, ...], exact: str, float_says: str
) -> None:
    """The bands include their lower bound (R >= 95% is On track). The reference's floats put
    these exact cases just below the bound; the plugin decides them exactly (a documented deviation)."""
    result = measure_progress(*args)  # type: ignore[arg-type]
    assert result.status == exact
    base_year, base, current_year, current, target, target_year, direction = args
    assert (
        float_reference.status(
            base_year,
            base,
            current_year,
            current,
            target,
            target_year,  # type: ignore[arg-type]
            direction is UP,
        )
        == float_says
    )


def test_an_irrational_growth_is_decided_on_the_right_side() -> None:
    """From 100 towards 200 over 15 years needs 2 ** (1/15) - 1 = 4.7294...% a year; on track
    from 95% of it, i.e. above 104.4929416679... after one year. Figures a hundred-millionth
    either side of that irrational bound fall on their own side."""
    bound = 100 * (1 + 0.95 * (2 ** (1 / 15) - 1))
    assert 104.49294166 < bound < 104.49294167
    below = measure_progress(2015, D(100), 2016, D("104.49294166"), D(200), 2030, UP)
    above = measure_progress(2015, D(100), 2016, D("104.49294167"), D(200), 2030, UP)
    assert below.category is Category.MODERATE_PROGRESS
    assert above.category is Category.SUBSTANTIAL_PROGRESS


# --- without a target: the trend and the limit ------------------------------------------------------


def test_the_limit_scales_the_positive_thresholds() -> None:
    """Base 95 under a limit of 100: C = 1 - 0.95 ** 4.44, so 0.26% a year is moderate, not limited."""
    free = measure_progress(2015, D(95), 2019, D(96), None, 2030, UP)
    near = measure_progress(2015, D(95), 2019, D(96), None, 2030, UP, limit=D(100))
    assert free.category is Category.LIMITED_PROGRESS
    assert near.category is Category.MODERATE_PROGRESS
    assert near.coefficient is not None and float(near.coefficient) == pytest.approx(1 - 0.95**4.44, abs=1e-6)
    assert near.thresholds is not None
    assert float(near.thresholds[0]) == pytest.approx(0.015 * (1 - 0.95**4.44), abs=1e-6)
    assert near.thresholds[2] == 0  # thresholds <= 0 are not scaled


@pytest.mark.parametrize(
    ("base", "limit", "c"),
    [
        (D(50), D(100), 1 - 0.5**4.44),  # 0 <= y0 <= lim: a maximum not yet reached
        (D(150), D(100), 1 - 0.5**4.44),  # lim < y0 < 2 lim: the same distance from a minimum
        (D(200), D(100), 1.0),  # y0 >= 2 lim: far from it
        (D(5), D(0), 1.0),  # a limit of 0 (checked first, so no division by it)
        (D(100), D(100), 0.0),  # at the limit
    ],
)
def test_the_limit_factor_follows_the_reference(base: Decimal, limit: Decimal, c: float) -> None:
    result = measure_progress(2015, base, 2019, base, None, 2030, UP, limit=limit)
    assert result.coefficient is not None
    assert float(result.coefficient) == pytest.approx(c, abs=1e-6)
    assert float(result.coefficient) == pytest.approx(float_reference.coefficient(float(base), float(limit)), abs=1e-6)


def test_at_the_limit_holding_on_is_on_track() -> None:
    """C = 0: every threshold is 0, so a value kept at (or beyond) the limit is On track with score 5."""
    kept = measure_progress(2015, D(100), 2019, D(100), None, 2030, UP, limit=D(100))
    lost = measure_progress(2015, D(100), 2019, D(99), None, 2030, UP, limit=D(100))
    assert kept.category is Category.SUBSTANTIAL_PROGRESS and kept.score == 5
    assert lost.category is Category.DETERIORATION


def test_a_limit_is_not_used_with_a_target() -> None:
    with_limit = measure_progress(2015, D(95), 2019, D(96), D(99), 2030, UP, limit=D(100))
    without = measure_progress(2015, D(95), 2019, D(96), D(99), 2030, UP)
    assert with_limit.category == without.category and with_limit.coefficient is None


def test_an_all_negative_series_flips_the_direction() -> None:
    """'If all values are negative, the desired direction of progress is flipped': -10 rising to
    -5 is progress for an indicator that should increase."""
    result = measure_progress(2015, D(-10), 2019, D(-5), None, 2030, UP)
    assert result.sign == -1
    assert result.observed_cagr is not None and result.observed_cagr < 0  # |y| shrinks
    assert result.category is Category.SUBSTANTIAL_PROGRESS
    with_target = measure_progress(2015, D(-10), 2019, D(-5), D(-2), 2030, UP)
    assert with_target.method is Method.TARGET and with_target.category is Category.SUBSTANTIAL_PROGRESS


# --- the score --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("current", "score"),
    [(D(121), D(5)), (D("109.5"), D("2.5")), (D(106), D("0")), (D(100), D("-2.5")), (D(94), D("-5"))],
)
def test_the_score_with_a_target(current: Decimal, score: Decimal) -> None:
    """R = 1 (or more) scores 5 from 1.3; 0.95 scores 2.5; 0.6 scores 0; 0 scores -2.5; -0.6 scores -5."""
    result = measure_progress(2015, D(100), 2016, current, D(121), 2017, UP)
    assert result.score == score


# --- the exact machinery ----------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**60), st.integers(min_value=1, max_value=30))
def test_iroot_is_the_floor_of_the_root(n: int, k: int) -> None:
    r = iroot(n, k)
    assert r**k <= n < (r + 1) ** k


@given(
    st.fractions(min_value=Fraction(1, 10**6), max_value=10**6, max_denominator=10**6),
    st.integers(min_value=1, max_value=120),
    st.integers(min_value=1, max_value=30),
    st.sampled_from([8, 64, 256]),
)
def test_a_root_bracket_holds_the_root(x: Fraction, p: int, q: int, bits: int) -> None:
    lo, hi = root_bracket(x, p, q, bits)
    power = x**p
    assert lo**q <= power <= hi**q
    assert hi - lo <= x ** (p // q) / 2**bits


def test_a_rational_root_is_exact() -> None:
    assert root_bracket(Fraction(36, 25), 1, 2, 64) == (Fraction(6, 5), Fraction(6, 5))
    assert root_bracket(Fraction(1331, 1000), 1, 3, 8) == (Fraction(11, 10), Fraction(11, 10))
    assert Interval.root(Fraction(2), 1, 2, 64).exact is False


def test_interval_arithmetic_keeps_the_number_inside() -> None:
    root2 = Interval.root(Fraction(2), 1, 2, 64)
    assert (root2 * root2).lo <= 2 <= (root2 * root2).hi
    assert (root2 - 1).lo > 0 and abs(-root2).lo > 1
    with pytest.raises(ZeroDivisionError):
        Interval(1) / Interval(-1, 1)


@pytest.mark.parametrize(
    ("current", "thresholds_say", "rounded_score_says"),
    [
        (D("109.49995"), "moderate_progress", "substantial_progress"),  # R = 0.949995
        (D("105.99998"), "limited_progress", "moderate_progress"),
    ],  # R = 0.599998
)
def test_the_category_follows_the_thresholds_not_the_rounded_score(
    current: Decimal, thresholds_say: str, rounded_score_says: str
) -> None:
    """The reference's indicator status comes from a score with rounded slopes, which moves the
    bounds to R = 0.9499923 and R = 0.5999952; the plugin keeps the methodology's 0.95 and 0.6."""
    result = measure_progress(2015, D(100), 2016, current, D(121), 2017, UP)
    assert result.status == thresholds_say
    value, _ = float_reference.progress_value(2015, D(100), 2016, current, D(121), 2017, True)
    assert float_reference.status_from_score(value) == rounded_score_says
