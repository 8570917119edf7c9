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
from decimal import ROUND_HALF_UP, Decimal, getcontext
from fractions import Fraction

import attrs

from ._construct import Slots, constructor
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


def schedule_verdict(points: Decimal) -> ScheduleVerdict:
    """The verdict for ``points`` ahead (positive) or behind (negative), judged as shown."""
    shown = points.quantize(POINTS_PRECISION, ROUND_HALF_UP)
    if shown > _ZERO:
        return _AHEAD
    if shown < _ZERO:
        return _BEHIND
    return _LEVEL


_ZERO = Decimal(0)
_AHEAD, _LEVEL, _BEHIND = ScheduleVerdict.AHEAD, ScheduleVerdict.LEVEL, ScheduleVerdict.BEHIND


class _ProgressSlots(Slots):
    """The slots of a :class:`Progress`, which :data:`_make_progress` fills (see :mod:`planengine._construct`)."""

    __slots__ = ("basis", "share", "expected", "completion", "points", "amount", "verdict", "__weakref__")


@attrs.frozen
class Progress(_ProgressSlots):
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
        actual_num, actual_den = _ratio(actual)
        due_num, due_den = _ratio(due)
        target_num, target_den = _ratio(target)
        share_num, share_den = _ratio(share)
        if not target_num:  # as Fraction(actual) / Fraction(target) fails
            raise ZeroDivisionError(f"Fraction({actual_num * target_den}, 0)")
        if target_num < 0:  # denominators stay positive, so a zero is never written -0
            target_num, target_den = -target_num, -target_den
        return _of_ratios(actual_num, actual_den, due_num, due_den, target_num, target_den, share_num, share_den, basis)

    @property
    def shown_points(self) -> Decimal:
        """The points as a bulletin prints them: one decimal, rounded half up."""
        return self.points.quantize(POINTS_PRECISION, ROUND_HALF_UP)


_make_progress = constructor(Progress)


def _ratio(value: Fraction | Decimal | int) -> tuple[int, int]:
    """``Fraction(value)`` as ``(numerator, denominator)``, in lowest terms: a Decimal's directly."""
    if type(value) is Decimal:
        return value.as_integer_ratio()
    return Fraction(value).as_integer_ratio()


def _of_ratios(
    actual_num: int,
    actual_den: int,
    due_num: int,
    due_den: int,
    target_num: int,
    target_den: int,
    share_num: int,
    share_den: int,
    basis: ProgressBasis,
    completion: Decimal | None = None,
) -> Progress:
    """:meth:`Progress.of` with the figure, ``due``, the target and ``share`` as ratios of
    integers (denominators above zero, the target's numerator too; not necessarily in
    lowest terms).

    Every figure is an exact ratio of integers divided once, as a Decimal: computed
    exactly and rounded once, to the context's precision (28 significant digits). A
    quotient of integers is the same Decimal, written the same way, however the ratio is
    reduced: an exact one has no more decimals than it needs. So no ``Fraction`` (and no
    greatest common divisor) is needed on the way.

    ``completion`` is ``actual / target`` when the caller has it as Decimals: only if
    ``actual`` is not zero and has the target's exponent (``same_quantum``), since a Decimal
    quotient is written at the exponent of the dividend less the divisor's (0 for integers).
    """
    divide = getcontext().divide  # as Decimal(a) / Decimal(b) divides, with integers taken exactly
    # actual - due, over the product of the denominators
    ahead = actual_num * due_den - due_num * actual_den
    ahead_den = actual_den * due_den
    points = divide(100 * ahead * target_den, ahead_den * target_num)
    share = divide(share_num, share_den)
    expected_num, expected_den = due_num * target_den, due_den * target_num
    # a total due pro rata: due / target is the share itself, already divided
    same = expected_num * share_den == share_num * expected_den
    return _make_progress(
        basis,
        share,
        share if same else divide(expected_num, expected_den),
        completion if completion is not None else divide(actual_num * target_den, actual_den * target_num),
        points,
        divide(ahead, ahead_den),
        schedule_verdict(points),
    )
