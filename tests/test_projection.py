"""Year-end projections (``planengine.projection.project``): last year's pattern, else a straight line.

Metrics and figures are built in code and indexed with :class:`FigureIndex`, as reports do.
Tested: which metrics and figures are projected at all; the previous-year pattern (the share
of last year's total reached by the same dekad) and when it is given up for the straight
line; the straight line on both progress bases, monthly and by dekad; and, as a property,
that a straight-line projection is the year-to-date total over the share due, to the cent.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planengine import (
    Cadence,
    Direction,
    Measure,
    Metric,
    Observation,
    ProgressBasis,
    Reporting,
    due_share,
    parse_quantity,
    unit,
)
from planengine.observations import FigureIndex
from planengine.projection import Method, Projection, project

YEAR = 2026
MID_YEAR = dt.date(YEAR, 6, 30)
LAST_YEAR_END = dt.date(YEAR - 1, 12, 31)


def metric(reporting: Reporting = Reporting.CUMULATIVE) -> Metric:
    return Metric(id="m", name="技术合同成交额", unit=unit("万元"), reporting=reporting, direction=Direction.INCREASE)


def figures(m: Metric, *pairs: tuple[dt.date, str]) -> FigureIndex:
    return FigureIndex(
        [Observation(m.id, day, parse_quantity(amount), Measure.VALUE) for day, amount in pairs], {m.id: m}
    )


def projected(
    *pairs: tuple[dt.date, str],
    as_of: dt.date = MID_YEAR,
    cadence: Cadence = Cadence.MONTH,
    basis: ProgressBasis = ProgressBasis.PERIODS,
) -> Projection | None:
    m = metric()
    return project(m, figures(m, *pairs), YEAR, as_of, cadence, basis)


# --- what is projected -----------------------------------------------------------------------------


def test_a_level_is_not_projected() -> None:
    m = metric(Reporting.LEVEL)
    assert project(m, figures(m, (MID_YEAR, "50万元")), YEAR, MID_YEAR) is None


def test_nothing_is_projected_without_a_usable_figure() -> None:
    assert projected() is None
    assert projected((MID_YEAR, "50万元"), (MID_YEAR, "60万元")) is None  # a conflict is not projected
    assert projected((dt.date(YEAR, 7, 31), "50万元")) is None  # a figure after as_of is not yet known


def test_before_any_period_has_ended_there_is_no_straight_line() -> None:
    january = dt.date(YEAR, 1, 15)
    assert projected((january, "5万元"), as_of=january) is None  # 0 of 12 months ended: nothing to divide by
    by_days = projected((january, "5万元"), as_of=january, basis=ProgressBasis.DAYS)
    # 15 of 365 days: 5 × 365/15 = 121.666… → 121.67
    assert by_days is not None and by_days.projected == Decimal("121.67")


# --- the previous year's pattern -------------------------------------------------------------------


def test_last_years_share_by_the_same_date_projects_the_total() -> None:
    p = projected((dt.date(YEAR - 1, 6, 30), "40万元"), (LAST_YEAR_END, "100万元"), (MID_YEAR, "50万元"))
    # last year had 40 of its 100 by 30 June: 0.4; this year's 50 by then projects to 50 / 0.4 = 125
    assert p == Projection("m", MID_YEAR, Decimal(50), Decimal("125.00"), Method.PREVIOUS_YEAR, Decimal("0.4000"))


def test_figures_are_projected_in_the_metric_unit() -> None:
    p = projected((dt.date(YEAR - 1, 6, 30), "0.4亿元"), (LAST_YEAR_END, "1亿元"), (MID_YEAR, "0.5亿元"))
    # 0.5亿元 is 5000万元; last year's 0.4 of 1亿元 gives 5000 / 0.4 = 12500万元
    assert p is not None and (p.year_to_date, p.projected, p.method) == (
        Decimal(5000),
        Decimal("12500.00"),
        Method.PREVIOUS_YEAR,
    )


def test_the_same_period_may_be_any_day_of_last_years_dekad() -> None:
    p = projected((dt.date(YEAR - 1, 6, 21), "30万元"), (LAST_YEAR_END, "100万元"), (MID_YEAR, "45万元"))
    # 21 June 2025 is in the dekad of 30 June 2025 (21-30 June): 45 / 0.3 = 150
    assert p is not None and (p.method, p.share, p.projected) == (
        Method.PREVIOUS_YEAR,
        Decimal("0.3000"),
        Decimal("150.00"),
    )


@pytest.mark.parametrize(
    "last_year",
    [
        [(LAST_YEAR_END, "100万元")],  # no figure for the same period
        [(dt.date(YEAR - 1, 6, 20), "40万元"), (LAST_YEAR_END, "100万元")],  # only one from another dekad
        [(dt.date(YEAR - 1, 6, 30), "40万元"), (dt.date(YEAR - 1, 12, 20), "100万元")],  # no year-end total
        [(dt.date(YEAR - 1, 6, 30), "0万元"), (LAST_YEAR_END, "100万元")],  # nothing by then: no share
        [(dt.date(YEAR - 1, 6, 30), "-5万元"), (LAST_YEAR_END, "100万元")],
        [(dt.date(YEAR - 1, 6, 30), "40万元"), (LAST_YEAR_END, "0万元")],  # a zero total
        [(dt.date(YEAR - 1, 6, 30), "40万元"), (dt.date(YEAR - 1, 6, 30), "41万元"), (LAST_YEAR_END, "100万元")],
        [(dt.date(YEAR - 1, 6, 30), "40万元"), (LAST_YEAR_END, "100万元"), (LAST_YEAR_END, "90万元")],
    ],  # conflicts
)
def test_without_a_usable_previous_year_the_line_is_straight(last_year: list[tuple[dt.date, str]]) -> None:
    p = projected(*last_year, (MID_YEAR, "60万元"))
    # 6 of 12 months have ended by 30 June: 60 / (1/2) = 120
    assert p == Projection("m", MID_YEAR, Decimal(60), Decimal("120.00"), Method.STRAIGHT_LINE, Decimal("0.5000"))


def test_a_total_dated_21_december_is_last_years_total() -> None:
    p = projected((dt.date(YEAR - 1, 6, 30), "40万元"), (dt.date(YEAR - 1, 12, 21), "80万元"), (MID_YEAR, "50万元"))
    # 40 of 80 by 30 June: 0.5, so 50 projects to 100
    assert p is not None and (p.method, p.projected) == (Method.PREVIOUS_YEAR, Decimal("100.00"))


# --- the straight line on the two bases ------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "cadence", "basis", "share", "total"),
    [
        (MID_YEAR, Cadence.MONTH, ProgressBasis.PERIODS, "0.5000", "120.00"),  # 60 / (6/12)
        (dt.date(YEAR, 6, 15), Cadence.MONTH, ProgressBasis.PERIODS, "0.4167", "144.00"),  # June not ended: 60 / (5/12)
        (dt.date(YEAR, 6, 15), Cadence.DEKAD, ProgressBasis.PERIODS, "0.4444", "135.00"),  # 16 of 36 dekads: 60 × 36/16
        # day 181 of 365: 60 × 365/181 = 120.994…; the share 181/365 = 0.49589…
        (MID_YEAR, Cadence.MONTH, ProgressBasis.DAYS, "0.4959", "120.99"),
        (dt.date(YEAR, 12, 31), Cadence.MONTH, ProgressBasis.DAYS, "1.0000", "60.00"),
    ],  # the year is over
)
def test_the_straight_line_divides_by_the_share_due(
    day: dt.date, cadence: Cadence, basis: ProgressBasis, share: str, total: str
) -> None:
    p = projected((day, "60万元"), as_of=day, cadence=cadence, basis=basis)
    assert p is not None and p.method is Method.STRAIGHT_LINE
    assert (p.figure_date, p.share, p.projected) == (day, Decimal(share), Decimal(total))


def test_the_share_is_that_of_the_figure_date_not_of_as_of() -> None:
    p = projected((dt.date(YEAR, 3, 31), "30万元"), as_of=MID_YEAR)
    # the latest figure covers 1-3月: 30 / (3/12) = 120, not 30 / (6/12)
    assert p is not None and (p.figure_date, p.projected) == (dt.date(YEAR, 3, 31), Decimal("120.00"))


@given(
    st.dates(dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)),
    st.integers(0, 10**9),
    st.sampled_from([Cadence.DEKAD, Cadence.MONTH, Cadence.QUARTER]),
    st.sampled_from(list(ProgressBasis)),
)
@settings(max_examples=100, deadline=None)
def test_a_straight_line_is_the_total_over_the_share_to_the_cent(
    day: dt.date, amount: int, cadence: Cadence, basis: ProgressBasis
) -> None:
    p = projected((day, f"{amount}万元"), as_of=dt.date(YEAR, 12, 31), cadence=cadence, basis=basis)
    share = due_share(day, YEAR, cadence, basis)
    if share == 0:
        assert p is None
        return
    assert p is not None and p.method is Method.STRAIGHT_LINE and p.year_to_date == amount
    assert abs(Fraction(p.projected) - Fraction(amount) / share) <= Fraction(1, 200)  # rounded to 0.01
    assert p.projected >= amount  # a share of at most 1 never projects below what is done
    assert abs(Fraction(p.share) - share) <= Fraction(1, 20000)  # the share shown to 4 places


def test_last_years_figures_that_disagree_fall_back_to_a_straight_line() -> None:
    """Found in review: a same-period total above last year's year-end total gave a share of 1.2,
    and a projection below the year-to-date figure; such a pattern is not followed."""
    metric = Metric("m", "指标", unit("万元"), Reporting.CUMULATIVE, Direction.INCREASE, frequency=Cadence.MONTH)
    figures = FigureIndex(
        [
            Observation("m", dt.date(2025, 6, 30), parse_quantity("120万元")),
            Observation("m", dt.date(2025, 12, 31), parse_quantity("100万元")),
            Observation("m", dt.date(2026, 6, 30), parse_quantity("50万元")),
        ],
        {"m": metric},
    )
    projection = project(metric, figures, 2026, dt.date(2026, 6, 30), Cadence.MONTH, ProgressBasis.PERIODS)
    assert projection is not None and projection.method is Method.STRAIGHT_LINE
    assert projection.projected == 100  # 50 / (6/12)
