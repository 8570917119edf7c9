"""Progress against schedule as bulletins state it: completion, points, amount and verdict.

A progress bulletin (通报) says of a year-to-date figure how much of the annual target it
has completed (完成率), how far that is ahead of or behind the share of the year that is
due (序时进度, in percentage points), the amount ahead or behind (超收/短收), and one of
three verdicts: 快于, 持平 or 慢于序时进度. :class:`Progress` holds exactly that, computed
the way the published bulletins compute it:

* the points are taken from the *unrounded* completion rate and share, and shown to one
  decimal, rounded half up: 97.157% − 83.333% is 13.8 points, not 97.2 − 83.3 = 13.9;
* the verdict is decided at the shown precision: 25.02% against 25% is 持平 (level);
* the amount is ``actual − target × share`` in the unit of the figures.

A target is on track before the year's end exactly when its verdict is ahead or level,
so the status, the verdict and the points of an assessment never contradict each other.
The module does no I/O.
"""

from __future__ import annotations

import enum
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import attrs

from .periods import ProgressBasis

__all__ = ["POINTS_PRECISION", "Progress", "ScheduleVerdict", "schedule_verdict"]

#: The precision points are shown and judged at: one decimal of a percentage point.
POINTS_PRECISION = Decimal("0.1")
_HUNDRED = Decimal(100)


class ScheduleVerdict(enum.Enum):
    """Where a figure stands against 序时进度, at the shown precision of the points."""

    AHEAD = "ahead"  #: 快于序时进度 (超序时进度)
    LEVEL = "level"  #: 与序时进度持平
    BEHIND = "behind"  #: 慢于序时进度 (低于序时进度)

    @property
    def on_schedule(self) -> bool:
        """Ahead or level: what a status of ``on_track`` means before the year's end."""
        return self is not ScheduleVerdict.BEHIND


def _to_decimal(value: Fraction) -> Decimal:
    """An exact fraction as a Decimal (28 significant digits): computed exactly, rounded once."""
    return Decimal(value.numerator) / Decimal(value.denominator)


def schedule_verdict(points: Decimal) -> ScheduleVerdict:
    """The verdict for ``points`` ahead (positive) or behind (negative), judged as shown."""
    shown = points.quantize(POINTS_PRECISION, ROUND_HALF_UP)
    if shown > 0:
        return ScheduleVerdict.AHEAD
    if shown < 0:
        return ScheduleVerdict.BEHIND
    return ScheduleVerdict.LEVEL


@attrs.frozen
class Progress:
    """A year-to-date figure against the part of its target that is due.

    :param basis: how the share of the year was counted (whole reporting periods or days).
    :param share: the share of the year due (序时进度), a fraction (0.5 is half).
    :param expected: the part of the target due, over the target: ``share`` for a total
        that accumulates from zero; more for a stock that starts the year above zero.
    :param completion: the figure over the annual target (完成率), a fraction.
    :param points: ``(completion − expected) × 100``, unrounded; positive is ahead.
    :param amount: ``actual − due`` in the figures' unit (``due`` is ``target × share`` for
        a total); positive is ahead (超收), negative behind (短收).
    :param verdict: ahead, level or behind, decided on the points as shown.
    """

    basis: ProgressBasis
    share: Decimal
    expected: Decimal
    completion: Decimal
    points: Decimal
    amount: Decimal
    verdict: ScheduleVerdict

    @classmethod
    def of(
        cls, actual: Decimal, due: Fraction | Decimal, target: Decimal, share: Fraction | Decimal, basis: ProgressBasis
    ) -> Progress:
        """Progress of ``actual`` when ``due`` of the annual ``target`` is due at ``share`` of the year.

        ``due`` is ``target × share`` for a total; for a stock that starts the year at a
        level it is ``start + (target − start) × share``. ``target`` must not be zero.
        """
        exact_due, exact_target = Fraction(due), Fraction(target)
        completion = Fraction(actual) / exact_target
        expected = exact_due / exact_target
        points = _to_decimal((completion - expected) * 100)
        return cls(
            basis,
            _to_decimal(Fraction(share)),
            _to_decimal(expected),
            _to_decimal(completion),
            points,
            _to_decimal(Fraction(actual) - exact_due),
            schedule_verdict(points),
        )

    @property
    def shown_points(self) -> Decimal:
        """The points as a bulletin prints them: one decimal, rounded half up."""
        return self.points.quantize(POINTS_PRECISION, ROUND_HALF_UP)
