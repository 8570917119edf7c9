"""Properties of the methodology, checked with hypothesis."""

from __future__ import annotations

import math
from decimal import Decimal

import sdg_float_reference as float_reference
from hypothesis import assume, given
from hypothesis import strategies as st
from planengine_sdg_progress import Category, measure_progress

from planengine import Direction

values = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10**6), places=2)
base_years = st.integers(min_value=2010, max_value=2024)
spans = st.integers(min_value=1, max_value=10)
horizons = st.integers(min_value=1, max_value=20)
targets = st.none() | values
limits = st.none() | values


@given(base_years, spans, horizons, values, values, values, targets, limits)
def test_for_an_increasing_indicator_more_is_never_worse(
    base_year: int,
    span: int,
    horizon: int,
    base: Decimal,
    a: Decimal,
    b: Decimal,
    target: Decimal | None,
    limit: Decimal | None,
) -> None:
    low, high = sorted((a, b))
    args = (base_year, base, base_year + span)
    worse = measure_progress(*args, low, target, base_year + horizon, Direction.INCREASE, limit)
    better = measure_progress(*args, high, target, base_year + horizon, Direction.INCREASE, limit)
    if worse.category is not None and better.category is not None:
        assert better.category.rank >= worse.category.rank


@given(base_years, spans, horizons, values, values, values, targets)
def test_for_a_decreasing_indicator_less_is_never_worse(
    base_year: int, span: int, horizon: int, base: Decimal, a: Decimal, b: Decimal, target: Decimal | None
) -> None:
    low, high = sorted((a, b))
    args = (base_year, base, base_year + span)
    better = measure_progress(*args, low, target, base_year + horizon, Direction.DECREASE)
    worse = measure_progress(*args, high, target, base_year + horizon, Direction.DECREASE)
    if worse.category is not None and better.category is not None:
        assert better.category.rank >= worse.category.rank


@given(base_years, spans, horizons, values, values, targets, limits, st.sampled_from(list(Direction)))
def test_exact_and_float_agree_away_from_the_thresholds(
    base_year: int,
    span: int,
    horizon: int,
    base: Decimal,
    current: Decimal,
    target: Decimal | None,
    limit: Decimal | None,
    direction: Direction,
) -> None:
    """Where the reference's float value is clear of every threshold, both give one category."""
    assume(target is None or target != base)
    increase = direction is Direction.INCREASE
    used_limit = None if target is not None else limit
    result = measure_progress(
        base_year, base, base_year + span, current, target, base_year + horizon, direction, used_limit
    )
    assert result.category is not None
    if result.category is Category.TARGET_ACHIEVED:
        return
    value, thresholds = float_reference.progress_value(
        base_year, base, base_year + span, current, target, base_year + horizon, increase, used_limit
    )
    assume(all(not math.isclose(value, t, rel_tol=1e-9, abs_tol=1e-12) for t in thresholds))
    assert result.status == float_reference.status(
        base_year, base, base_year + span, current, target, base_year + horizon, increase, used_limit
    )
