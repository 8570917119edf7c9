"""Reporting periods of a plan year and the time-proportional expected progress (序时进度).

A plan year is divided into quarters, months and dekads (旬: 上旬 days 1-10, 中旬 11-20,
下旬 21 to the month's end). The share of the year that is due at an as-of date is counted
on one of two bases (:class:`ProgressBasis`): in whole reporting periods, as published
bulletins count it (a figure for 1-10月 is judged against 10/12), or in days. Either way
it is an exact fraction, so comparing a completion rate with it never rounds. The module
does no I/O.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import enum
import functools
from decimal import Decimal
from fractions import Fraction

import attrs

__all__ = [
    "Cadence",
    "Period",
    "ProgressBasis",
    "YearShare",
    "due_share",
    "elapsed_share",
    "month_end",
    "same_day_previous_year",
    "year_end",
    "year_start",
]


class Cadence(enum.Enum):
    """The length of a reporting period."""

    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    DEKAD = "dekad"


class ProgressBasis(enum.Enum):
    """How the time-proportional expected progress (序时进度) is counted.

    ``PERIODS`` (the default of a plan) counts whole reporting periods of the metric's
    frequency that have ended: a monthly figure at the end of June is due 6/12 of the
    year, a dekad figure 18/36, a quarterly one 2/4, as bulletins print it ("1-6月" is
    50%). ``DAYS`` counts days: 181/365 at the end of 30 June.
    """

    PERIODS = "periods"
    DAYS = "days"


_DEKAD_NAMES = {1: "上旬", 2: "中旬", 3: "下旬"}


@attrs.frozen(order=True)
class Period:
    """One reporting period: a year, quarter, month or dekad, from ``start`` to ``end`` inclusive."""

    start: dt.date
    end: dt.date
    cadence: Cadence = attrs.field(order=False)

    @classmethod
    def containing(cls, day: dt.date, cadence: Cadence) -> Period:
        """The period of the given cadence that contains ``day``."""
        year, month = day.year, day.month
        if cadence is Cadence.YEAR:
            return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), cadence)
        if cadence is Cadence.QUARTER:
            first = 3 * ((month - 1) // 3) + 1
            return cls(dt.date(year, first, 1), month_end(year, first + 2), cadence)
        if cadence is Cadence.MONTH:
            return cls(dt.date(year, month, 1), month_end(year, month), cadence)
        index = min((day.day - 1) // 10, 2)
        start = dt.date(year, month, 10 * index + 1)
        end = month_end(year, month) if index == 2 else dt.date(year, month, 10 * index + 10)
        return cls(start, end, cadence)

    @classmethod
    def all_in_year(cls, year: int, cadence: Cadence) -> tuple[Period, ...]:
        """Every period of ``cadence`` in ``year``, in order; they tile the year."""
        periods = [cls.containing(dt.date(year, 1, 1), cadence)]
        while periods[-1].end.year == year and periods[-1].end != dt.date(year, 12, 31):
            periods.append(periods[-1].next())
        return tuple(periods)

    def next(self) -> Period:
        """The period of the same cadence that follows this one."""
        return Period.containing(self.end + dt.timedelta(days=1), self.cadence)

    def previous(self) -> Period:
        """The period of the same cadence that precedes this one."""
        return Period.containing(self.start - dt.timedelta(days=1), self.cadence)

    def same_period_previous_year(self) -> Period:
        """上年同期: the period of the same cadence and position one year earlier."""
        return Period.containing(same_day_previous_year(self.start), self.cadence)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        """A Chinese label: 2026年, 2026年第2季度, 2026年6月, 2026年6月下旬."""
        y, m = self.start.year, self.start.month
        if self.cadence is Cadence.YEAR:
            return f"{y}年"
        if self.cadence is Cadence.QUARTER:
            return f"{y}年第{(m - 1) // 3 + 1}季度"
        if self.cadence is Cadence.MONTH:
            return f"{y}年{m}月"
        return f"{y}年{m}月{_DEKAD_NAMES[(self.start.day - 1) // 10 + 1]}"


def month_end(year: int, month: int) -> dt.date:
    """The last day of ``month`` in ``year``."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def year_start(year: int) -> dt.date:
    return dt.date(year, 1, 1)


def year_end(year: int) -> dt.date:
    return dt.date(year, 12, 31)


def same_day_previous_year(day: dt.date) -> dt.date:
    """The same calendar day a year earlier; 29 February maps to 28 February."""
    if day.month == 2 and day.day == 29:
        return dt.date(day.year - 1, 2, 28)
    return day.replace(year=day.year - 1)


@attrs.frozen
class YearShare:
    """An exact share of a year: ``days`` out of ``total`` (序时进度 when days have elapsed)."""

    days: int
    total: int

    @property
    def fraction(self) -> Fraction:
        return Fraction(self.days, self.total)

    def as_decimal(self, places: int = 4) -> Decimal:
        """The share as a Decimal rounded to ``places`` for display; never used to decide."""
        return (Decimal(self.days) / Decimal(self.total)).quantize(Decimal(1).scaleb(-places))

    def scale(self, amount: Decimal) -> Decimal:
        """``amount`` times this share, for display of the time-proportional requirement."""
        return amount * Decimal(self.days) / Decimal(self.total)


def elapsed_share(as_of: dt.date, year: int) -> YearShare:
    """The share of ``year`` elapsed at the end of ``as_of`` (序时进度), clamped to [0, 1].

    On 31 December it is 1; before the year starts it is 0. Days are counted inclusively:
    at the end of 1 January one day of the year has passed.
    """
    total = 366 if calendar.isleap(year) else 365
    if as_of < year_start(year):
        return YearShare(0, total)
    if as_of >= year_end(year):
        return YearShare(total, total)
    return YearShare((as_of - year_start(year)).days + 1, total)


@functools.lru_cache(maxsize=256)
def _period_ends(year: int, cadence: Cadence) -> tuple[dt.date, ...]:
    return tuple(period.end for period in Period.all_in_year(year, cadence))


def due_share(day: dt.date, year: int, cadence: Cadence, basis: ProgressBasis) -> Fraction:
    """The share of ``year`` due at the end of ``day`` (序时进度), exactly, in [0, 1].

    On the ``PERIODS`` basis it is the number of ``cadence`` periods of the year that have
    ended by ``day`` over their number in the year: a figure dated inside a period counts
    only the periods before it, and a figure dated on a period's last day counts that
    period too. On the ``DAYS`` basis it is :func:`elapsed_share`.
    """
    return _due_share(day, year, cadence, basis)


@functools.lru_cache(maxsize=4096)
def _due_share(day: dt.date, year: int, cadence: Cadence, basis: ProgressBasis) -> Fraction:
    """:func:`due_share`, kept: a plan judged at one date asks for the same few shares target after target."""
    if basis is ProgressBasis.DAYS:
        return elapsed_share(day, year).fraction
    if day < year_start(year):
        return Fraction(0)
    if day >= year_end(year):
        return Fraction(1)
    ends = _period_ends(year, cadence)
    return Fraction(bisect.bisect_right(ends, day), len(ends))


@functools.lru_cache(maxsize=4096)
def _previous_period_end(day: dt.date, cadence: Cadence) -> dt.date:
    """The last day of the period of ``cadence`` before the one holding ``day``."""
    return Period.containing(day, cadence).start - dt.timedelta(days=1)


class _DueShares:
    """序时进度 of one plan year on one cadence and basis, for judging many dates.

    :meth:`judged` gives the date a figure is judged at (see
    :meth:`planengine.Context.judged_on`) and :func:`due_share` of it, as a ratio of
    integers; within the year both come from tables made once, not recomputed target
    after target, and the end of the last period is kept for the as-of date last asked
    about (every target of a plan is judged at one date in turn).
    """

    __slots__ = ("_basis", "_cadence", "_ends", "_first", "_last", "_latest", "_previous_ends", "_starts", "_year")

    def __init__(self, year: int, cadence: Cadence, basis: ProgressBasis) -> None:
        self._year, self._cadence, self._basis = year, cadence, basis
        self._first, self._last = year_start(year), year_end(year)
        self._ends = _period_ends(year, cadence)
        # the periods tile the year: each starts the day after the one before it ends
        self._previous_ends = (self._first - dt.timedelta(days=1), *self._ends[:-1])
        self._starts = tuple(end + dt.timedelta(days=1) for end in self._previous_ends)
        #: (as-of date, the end of the period before the one holding it), replaced as a whole
        self._latest = (self._first, self.previous_end(self._first))

    def previous_end(self, day: dt.date) -> dt.date:
        """The last day of the period before the one holding ``day``."""
        if self._first <= day <= self._last:
            return self._previous_ends[bisect.bisect_right(self._starts, day) - 1]
        return _previous_period_end(day, self._cadence)

    def ratio(self, day: dt.date) -> tuple[int, int]:
        """:func:`due_share` of ``day`` as ``(numerator, denominator)``, the denominator above zero
        (not always in lowest terms: 18/36 is 18/36, exactly one half)."""
        if self._basis is not ProgressBasis.PERIODS:
            share = _due_share(day, self._year, self._cadence, self._basis)
            return share.numerator, share.denominator
        periods = len(self._ends)
        if day < self._first:
            return 0, periods
        if day >= self._last:
            return periods, periods
        return bisect.bisect_right(self._ends, day), periods

    def judged(self, as_of: dt.date, figure_date: dt.date) -> tuple[dt.date, int, int]:
        """The date a figure of ``figure_date`` is judged at on ``as_of``, and the share due then.

        As :meth:`planengine.Context.judged_on`: the figure's own date, but not before the
        end of the period before the one holding ``as_of``, nor after ``as_of``.
        """
        latest = self._latest
        if latest[0] is as_of:
            previous_end = latest[1]
        else:
            previous_end = self.previous_end(as_of)
            self._latest = (as_of, previous_end)
        # min(as_of, max(figure_date, previous_end)), as Context.judged_on writes it
        later = previous_end if previous_end > figure_date else figure_date
        judged_on = later if later < as_of else as_of
        if self._basis is ProgressBasis.PERIODS and self._first <= judged_on < self._last:  # ratio(), written out
            return judged_on, bisect.bisect_right(self._ends, judged_on), len(self._ends)
        return (judged_on, *self.ratio(judged_on))


@functools.lru_cache(maxsize=256)
def _due_shares(year: int, cadence: Cadence, basis: ProgressBasis) -> _DueShares:
    """The :class:`_DueShares` of a year, cadence and basis (made once: they never change)."""
    return _DueShares(year, cadence, basis)
