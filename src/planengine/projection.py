"""Year-end projections of year-to-date totals (全年预计).

A year-to-date total at a date is projected to the year's end with the previous year's
pattern: the share of its full-year total that the previous year had reached by the same
date (上年同期进度). When the previous year's figures are missing, the projection falls
back to a straight line: the total divided by the share of the year elapsed (序时进度).
Only metrics reported as year-to-date totals are projected; a level (a stock) is not.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from fractions import Fraction

import attrs

from .explanations import NoData, NotEvaluable
from .model import Metric, Reporting
from .observations import FigureIndex
from .periods import Cadence, ProgressBasis, due_share

__all__ = ["Method", "Projection", "project"]


class Method(enum.Enum):
    """How a projection was made."""

    PREVIOUS_YEAR = "previous_year"  #: the previous year's share of its total by the same date
    STRAIGHT_LINE = "straight_line"  #: the share of the year elapsed


@attrs.frozen
class Projection:
    """A metric's projected year-end total and how it was made."""

    metric: str
    figure_date: dt.date
    year_to_date: Decimal
    projected: Decimal
    method: Method
    share: Decimal  #: the share of the year's total assumed reached by the figure's date


def project(
    metric: Metric,
    figures: FigureIndex,
    year: int,
    as_of: dt.date,
    cadence: Cadence = Cadence.MONTH,
    basis: ProgressBasis = ProgressBasis.PERIODS,
) -> Projection | None:
    """The year-end projection of ``metric``; None when it is not a year-to-date total or has no figure.

    The straight line divides by 序时进度 counted on ``basis`` in periods of ``cadence``,
    the same share the metric's targets are judged against.
    """
    if metric.reporting is not Reporting.CUMULATIVE:
        return None
    try:
        figure = figures.latest(metric, year, as_of)
    except (NoData, NotEvaluable):
        return None
    share = _previous_year_share(metric, figures, year, figure.date)
    method = Method.PREVIOUS_YEAR
    if share is None:
        share, method = due_share(figure.date, year, cadence, basis), Method.STRAIGHT_LINE
    if share <= 0:
        return None
    projected = Fraction(figure.value) / share
    places = Decimal("0.01")
    return Projection(
        metric.id,
        figure.date,
        figure.value,
        (Decimal(projected.numerator) / Decimal(projected.denominator)).quantize(places),
        method,
        (Decimal(share.numerator) / Decimal(share.denominator)).quantize(Decimal("0.0001")),
    )


def _previous_year_share(metric: Metric, figures: FigureIndex, year: int, day: dt.date) -> Fraction | None:
    """The share of last year's total that last year had reached by the same day, if known."""
    try:
        same_period = figures.same_period_previous_year(metric, day)
        full_year = figures.latest(metric, year - 1, dt.date(year - 1, 12, 31))
    except (NoData, NotEvaluable):
        return None
    if full_year.date < dt.date(year - 1, 12, 21) or full_year.value <= 0 or same_period.value <= 0:
        return None
    share = Fraction(same_period.value) / Fraction(full_year.value)
    # last year's figures disagree with each other (a same-period total above the year's):
    # no pattern to follow, so the straight line is used instead
    return share if share <= 1 else None
