"""Periods: dekads, months and quarters tile the year; 序时进度 is exact and monotone."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planengine import Cadence, Period, elapsed_share
from planengine.periods import same_day_previous_year

YEARS = st.integers(min_value=1990, max_value=2100)
DAYS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))


def test_dekads_of_a_month() -> None:
    labels = [(p.start.day, p.end.day, p.label) for p in Period.all_in_year(2024, Cadence.DEKAD)[3:6]]
    assert labels == [(1, 10, "2024年2月上旬"), (11, 20, "2024年2月中旬"), (21, 29, "2024年2月下旬")]


def test_quarter_label_and_bounds() -> None:
    q = Period.containing(dt.date(2026, 8, 15), Cadence.QUARTER)
    assert (q.start, q.end, q.label) == (dt.date(2026, 7, 1), dt.date(2026, 9, 30), "2026年第3季度")


@pytest.mark.parametrize(
    ("cadence", "count"), [(Cadence.DEKAD, 36), (Cadence.MONTH, 12), (Cadence.QUARTER, 4), (Cadence.YEAR, 1)]
)
@given(year=YEARS)
def test_periods_tile_the_year(cadence: Cadence, count: int, year: int) -> None:
    periods = Period.all_in_year(year, cadence)
    assert len(periods) == count
    assert periods[0].start == dt.date(year, 1, 1) and periods[-1].end == dt.date(year, 12, 31)
    for before, after in zip(periods, periods[1:]):
        assert after.start == before.end + dt.timedelta(days=1)
    assert sum(p.days for p in periods) == (dt.date(year + 1, 1, 1) - dt.date(year, 1, 1)).days


@given(DAYS, st.sampled_from(list(Cadence)))
def test_containing_contains_and_neighbours_meet(day: dt.date, cadence: Cadence) -> None:
    period = Period.containing(day, cadence)
    assert period.contains(day)
    assert period.next().start == period.end + dt.timedelta(days=1)
    assert period.previous().end == period.start - dt.timedelta(days=1)
    assert period.next().previous() == period


@given(DAYS.filter(lambda d: d.year > 1990), st.sampled_from(list(Cadence)))
def test_same_period_previous_year_keeps_cadence_and_position(day: dt.date, cadence: Cadence) -> None:
    period = Period.containing(day, cadence)
    before = period.same_period_previous_year()
    assert before.cadence is cadence
    assert before.start.year == period.start.year - 1
    assert (before.start.month, before.start.day) == (period.start.month, period.start.day)


def test_leap_day_maps_to_28_february() -> None:
    assert same_day_previous_year(dt.date(2024, 2, 29)) == dt.date(2023, 2, 28)


@given(YEARS, st.integers(0, 365), st.integers(0, 365))
def test_elapsed_share_is_exact_monotone_and_bounded(year: int, a: int, b: int) -> None:
    start = dt.date(year, 1, 1)
    day_a, day_b = start + dt.timedelta(days=min(a, b)), start + dt.timedelta(days=max(a, b))
    share_a, share_b = elapsed_share(day_a, year).fraction, elapsed_share(day_b, year).fraction
    assert 0 <= share_a <= share_b <= 1


@given(YEARS)
def test_elapsed_share_ends(year: int) -> None:
    assert elapsed_share(dt.date(year, 12, 31), year).fraction == 1
    assert elapsed_share(dt.date(year - 1, 12, 31), year).fraction == 0
    total = 366 if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0 else 365
    assert elapsed_share(dt.date(year, 1, 1), year).fraction == Fraction(1, total)


def test_mid_year_share_of_2026() -> None:
    """时间过半: at the end of 30 June 2026, 181 of 365 days have passed."""
    assert elapsed_share(dt.date(2026, 6, 30), 2026).fraction == Fraction(181, 365)
