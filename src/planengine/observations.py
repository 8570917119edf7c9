"""Reported figures and the index evaluators look them up in.

An :class:`Observation` is one reported figure, kept as the unit reported it (value and
unit as written, who reported it, which file and line). A :class:`FigureIndex` is built
once per evaluation: it groups observations by metric and date, converts them exactly to
the metric's unit, and answers the look-ups of :class:`planengine.evaluator.Context`. A
look-up that finds nothing raises :class:`~planengine.evaluator.NoData`; one whose
figures cannot be used (a unit of another dimension, two different values for one date)
raises :class:`~planengine.evaluator.NotEvaluable`. The module does no I/O.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping
from decimal import Decimal

import attrs

from .explanations import NoData, NotEvaluable
from .model import Metric
from .periods import Cadence, Period, same_day_previous_year
from .quantities import Quantity, format_decimal

__all__ = ["Figure", "FigureIndex", "Measure", "Observation"]


class Measure(enum.Enum):
    """What a reported number is."""

    #: The metric's own figure: a year-to-date total or a level, in a unit of its dimension.
    VALUE = "value"
    #: The official year-on-year growth rate (同比, on a comparable scope 可比口径), in %.
    YOY = "yoy"


@attrs.frozen
class Observation:
    """One reported figure, as reported."""

    metric: str
    date: dt.date
    quantity: Quantity
    measure: Measure = Measure.VALUE
    reported_by: str = ""
    note: str = ""
    source: str = ""  #: where it came from, e.g. ``examples/figures.csv:line 12``
    #: When the unit reported it (报送日期), if the file says; the ledger's "as known on" uses it.
    reported_at: dt.date | None = None
    #: Which report of this figure it is: 1 for the first, 2 and on for corrections (the ledger numbers them).
    revision: int = 1
    #: Whose figure it is: a reporting entity's id (a district, a 行政区划代码); ``""`` for a plan of one.
    entity: str = ""


@attrs.frozen
class Figure:
    """A usable figure: the value in the metric's unit (or a rate as a fraction for YOY)."""

    metric: str
    date: dt.date
    value: Decimal
    observation: Observation

    def describe(self) -> str:
        return f"{format_decimal(self.observation.quantity.magnitude)}{self.observation.quantity.unit.symbol}"


@attrs.frozen
class _Series:
    """The figures of one metric and measure, sorted by date, with conflicts set aside."""

    dates: list[dt.date]
    values: list[Decimal]
    observations: list[Observation]
    conflicts: Mapping[dt.date, tuple[Observation, ...]]
    wrong_units: Mapping[dt.date, tuple[Observation, ...]]


class FigureIndex:
    """One entity's observations grouped by metric, ready for the evaluators' look-ups.

    Build it once and pass it to :meth:`~planengine.CompiledPlan.evaluate` at many dates:
    each metric's sorted, converted series is built on its first look-up and kept.

    Two observations of one metric, measure and date with different amounts are a
    conflict: the look-up that would use that date raises ``NotEvaluable`` naming both,
    instead of picking one. The same figure reported twice is kept once.
    """

    def __init__(self, observations: Iterable[Observation], metrics: Mapping[str, Metric], entity: str = "") -> None:
        grouped: dict[tuple[str, Measure], list[Observation]] = defaultdict(list)
        self._metrics = metrics
        #: Whose figures these are; figures of other entities are counted, not used.
        self.entity = entity
        self.unknown_metrics: list[Observation] = []
        self.other_entities = 0
        for obs in observations:
            if obs.entity != entity:
                self.other_entities += 1
            elif obs.metric in metrics:
                grouped[(obs.metric, obs.measure)].append(obs)
            else:
                self.unknown_metrics.append(obs)
        self._grouped = grouped
        self._series: dict[tuple[str, Measure], _Series] = {}

    def metric(self, metric_id: str) -> Metric:
        """The plan's metric with this id."""
        return self._metrics[metric_id]

    def _series_for(self, metric: Metric, measure: Measure) -> _Series | None:
        """A metric's sorted, converted series, built on first use (many are never asked for)."""
        key = (metric.id, measure)
        series = self._series.get(key)
        if series is None:
            reported = self._grouped.get(key)
            if reported is None:
                return None
            series = self._series[key] = _build_series(metric, measure, reported)
        return series

    def _at_or_before(self, metric: Metric, measure: Measure, day: dt.date, not_before: dt.date) -> Figure | None:
        """The latest figure dated in ``[not_before, day]``; conflicts and bad units raise."""
        series = self._series_for(metric, measure)
        if series is None:
            return None
        position = bisect.bisect_right(series.dates, day)
        figure = None
        if position and series.dates[position - 1] >= not_before:
            index = position - 1
            figure = Figure(metric.id, series.dates[index], series.values[index], series.observations[index])
        newest_usable = figure.date if figure is not None else not_before
        conflict = [d for d in series.conflicts if newest_usable <= d <= day]
        if conflict:
            _raise_conflict(metric, series.conflicts[max(conflict)])
        wrong = [d for d in series.wrong_units if newest_usable <= d <= day]
        if wrong:
            _raise_wrong_unit(metric, series.wrong_units[max(wrong)])
        return figure

    def latest(self, metric: Metric, year: int, as_of: dt.date) -> Figure:
        """The latest figure of ``metric`` in ``year`` up to ``as_of`` (figures of later years are not used)."""
        figure = self._at_or_before(metric, Measure.VALUE, min(as_of, dt.date(year, 12, 31)), dt.date(year, 1, 1))
        if figure is None:
            raise NoData(
                f"{metric.name}尚无{year}年截至{as_of.isoformat()}的数据",
                f"no {year} figure for {metric.label_en} up to {as_of.isoformat()}",
            )
        return figure

    def latest_rate(self, metric: Metric, year: int, as_of: dt.date, since: dt.date | None = None) -> Figure | None:
        """The latest official year-on-year rate (同比) of ``metric`` in ``year`` (from ``since``), if reported."""
        start = max(dt.date(year, 1, 1), since) if since is not None else dt.date(year, 1, 1)
        return self._at_or_before(metric, Measure.YOY, min(as_of, dt.date(year, 12, 31)), start)

    def same_period_previous_year(self, metric: Metric, day: dt.date) -> Figure:
        """上年同期: the previous year's figure for the dekad that holds the same day a year before.

        Figures are compared period for period; a figure from another dekad of the
        previous year would compare unlike with unlike, so it is not used.
        """
        shifted = same_day_previous_year(day)
        dekad = Period.containing(shifted, Cadence.DEKAD)
        figure = self._at_or_before(metric, Measure.VALUE, shifted, dekad.start)
        if figure is None:
            figure = self._at_or_before(metric, Measure.VALUE, dekad.end, dekad.start)
        if figure is None:
            raise NoData(
                f"{metric.name}缺少上年同期({dekad.label})数据",
                f"no figure for {metric.label_en} in the same period of the previous year "
                f"({dekad.start.isoformat()} to {dekad.end.isoformat()})",
            )
        return figure

    def start_of_year(self, metric: Metric, year: int) -> Figure:
        """The level at the start of ``year``: a figure from 21-31 December of the year before, or 1 January."""
        figure = self._at_or_before(metric, Measure.VALUE, dt.date(year, 1, 1), dt.date(year - 1, 12, 21))
        if figure is None:
            raise NoData(
                f"{metric.name}缺少年初(上年末)数据",
                f"no start-of-year level for {metric.label_en} (a figure dated {year - 1}-12-21 to {year}-01-01)",
            )
        return figure


def _build_series(metric: Metric, measure: Measure, reported: list[Observation]) -> _Series:
    """Sort one metric's figures by date; set aside dates with conflicting or unusable figures."""
    dates: list[dt.date] = []
    values: list[Decimal] = []
    kept: list[Observation] = []
    conflicts: dict[dt.date, tuple[Observation, ...]] = {}
    wrong_units: dict[dt.date, tuple[Observation, ...]] = {}
    for day, same_day in itertools.groupby(sorted(reported, key=_date_of), key=_date_of):
        group = list(same_day)
        converted = [_value_in_metric_unit(metric, measure, obs) for obs in group]
        if None in converted:
            wrong_units[day] = tuple(obs for obs, value in zip(group, converted) if value is None)
        elif len(group) > 1 and len(set(converted)) > 1:
            conflicts[day] = tuple(group)
        else:
            dates.append(day)
            values.append(converted[0])  # type: ignore[arg-type]
            kept.append(group[0])
    return _Series(dates, values, kept, conflicts, wrong_units)


def _date_of(obs: Observation) -> dt.date:
    return obs.date


def _value_in_metric_unit(metric: Metric, measure: Measure, obs: Observation) -> Decimal | None:
    """The figure in the metric's unit (a rate as a fraction), exactly; None for a unit of another kind."""
    quantity = obs.quantity
    if measure is Measure.YOY:
        return quantity.base if quantity.unit.dimension == "ratio" else None
    if quantity.unit.dimension != metric.unit.dimension:
        if any(quantity.unit.dimension == accepted.dimension for accepted in metric.accepts):
            return quantity.base.scaleb(-metric.unit.exponent)  # another count unit, one thing for one
        return None
    return quantity.in_unit(metric.unit)


def _raise_conflict(metric: Metric, observations: tuple[Observation, ...]) -> None:
    listed = "; ".join(f"{o.quantity} ({o.source or o.reported_by or 'no source'})" for o in observations)
    raise NotEvaluable(
        f"{metric.name}在{observations[0].date.isoformat()}有互相矛盾的数据:{listed}",
        f"conflicting figures for {metric.label_en} on {observations[0].date.isoformat()}: {listed}",
    )


def _raise_wrong_unit(metric: Metric, observations: tuple[Observation, ...]) -> None:
    obs = observations[-1]
    raise NotEvaluable(
        f"{metric.name}以{metric.unit.symbol}计量,但报送数据为{obs.quantity}({obs.source or '未注明来源'})",
        f"{metric.label_en} is measured in {metric.unit.symbol or 'a plain number'}, but the figure "
        f"{obs.quantity} ({obs.source or 'no source'}) is in a unit of another kind",
    )
