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
import functools
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal

import attrs

from .explanations import NoData, NotEvaluable
from .model import Metric
from .periods import Cadence, Period, same_day_previous_year
from .quantities import Quantity, _plain, format_decimal

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
    #: The :class:`Figure` of each date, made on its first look-up and kept (an index is judged at many dates).
    figures: list[Figure | None] = attrs.field(eq=False, repr=False)

    @figures.default
    def _no_figures_yet(self) -> list[Figure | None]:
        return [None] * len(self.dates)

    def figure(self, metric_id: str, index: int) -> Figure:
        """The figure at ``index``."""
        figure = self.figures[index]
        if figure is None:
            figure = self.figures[index] = Figure(
                metric_id, self.dates[index], self.values[index], self.observations[index]
            )
        return figure


class FigureIndex:
    """One entity's observations grouped by metric, ready for the evaluators' look-ups.

    Build it once and pass it to :meth:`~planengine.CompiledPlan.evaluate` at many dates:
    each metric's sorted, converted series is built on its first look-up and kept.

    Two observations of one metric, measure and date with different amounts are a
    conflict: the look-up that would use that date raises ``NotEvaluable`` naming both,
    instead of picking one. The same figure reported twice is kept once.
    """

    def __init__(self, observations: Iterable[Observation], metrics: Mapping[str, Metric], entity: str = "") -> None:
        #: Per measure, each metric's observations by metric id, in the order given.
        grouped: dict[Measure, defaultdict[str, list[Observation]]] = {
            measure: defaultdict(list) for measure in Measure
        }
        values = grouped[Measure.VALUE]
        self._metrics = metrics
        #: Whose figures these are; figures of other entities are counted, not used.
        self.entity = entity
        self.unknown_metrics: list[Observation] = []
        self.other_entities = 0
        for obs in observations:
            if obs.entity != entity:
                self.other_entities += 1
            elif obs.metric in metrics:
                (values if obs.measure is Measure.VALUE else grouped[obs.measure])[obs.metric].append(obs)
            else:
                self.unknown_metrics.append(obs)
        self._grouped = grouped
        #: Per measure, each metric's series by metric id (empty when nothing was reported).
        self._series: dict[Measure, dict[str, _Series]] = {measure: {} for measure in Measure}
        self._values, self._rates = self._series[Measure.VALUE], self._series[Measure.YOY]

    def metric(self, metric_id: str) -> Metric:
        """The plan's metric with this id."""
        return self._metrics[metric_id]

    def _series_for(self, metric: Metric, measure: Measure) -> _Series:
        """A metric's sorted, converted series, built on first use (many are never asked for)."""
        built = self._values if measure is Measure.VALUE else self._series[measure]
        series = built.get(metric.id)
        if series is None:
            reported = self._grouped[measure].get(metric.id, [])
            series = built[metric.id] = _build_series(metric, measure, reported)
        return series

    def _at_or_before(self, metric: Metric, measure: Measure, day: dt.date, not_before: dt.date) -> Figure | None:
        """The latest figure dated in ``[not_before, day]``; conflicts and bad units raise.

        Every look-up of every evaluation comes here, so the usual case (a series already
        built, a figure made before) is written out rather than called.
        """
        built = self._values if measure is Measure.VALUE else self._rates if measure is Measure.YOY else None
        series = (built if built is not None else self._series[measure]).get(metric.id)
        if series is None:
            series = self._series_for(metric, measure)
        dates = series.dates
        position = bisect.bisect_right(dates, day)
        figure = None
        if position and dates[position - 1] >= not_before:
            figure = series.figures[position - 1] or series.figure(metric.id, position - 1)
        if series.conflicts or series.wrong_units:
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
        first, last = _year_bounds(year)
        figure = self._at_or_before(metric, Measure.VALUE, last if last < as_of else as_of, first)
        if figure is None:
            raise NoData(*_no_figure_words(metric, year, as_of))
        return figure

    def latest_rate(self, metric: Metric, year: int, as_of: dt.date, since: dt.date | None = None) -> Figure | None:
        """The latest official year-on-year rate (同比) of ``metric`` in ``year`` (from ``since``), if reported."""
        first, last = _year_bounds(year)
        start = max(first, since) if since is not None else first
        return self._at_or_before(metric, Measure.YOY, last if last < as_of else as_of, start)

    def same_period_previous_year(self, metric: Metric, day: dt.date) -> Figure:
        """上年同期: the previous year's figure for the dekad that holds the same day a year before.

        Figures are compared period for period; a figure from another dekad of the
        previous year would compare unlike with unlike, so it is not used.
        """
        shifted, dekad = _same_period_before(day)
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
        first, last_dekad_before = _start_of_year_window(year)
        figure = self._at_or_before(metric, Measure.VALUE, first, last_dekad_before)
        if figure is None:
            raise NoData(
                f"{metric.name}缺少年初(上年末)数据",
                f"no start-of-year level for {metric.label_en} (a figure dated {year - 1}-12-21 to {year}-01-01)",
            )
        return figure


def _no_figure_words(metric: Metric, year: int, as_of: dt.date) -> tuple[str, str]:
    """Why :meth:`FigureIndex.latest` found nothing, in Chinese and English."""
    return (
        f"{metric.name}尚无{year}年截至{as_of.isoformat()}的数据",
        f"no {year} figure for {metric.label_en} up to {as_of.isoformat()}",
    )


@functools.lru_cache(maxsize=64)
def _year_bounds(year: int) -> tuple[dt.date, dt.date]:
    """1 January and 31 December of ``year``."""
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


@functools.lru_cache(maxsize=64)
def _start_of_year_window(year: int) -> tuple[dt.date, dt.date]:
    """Where a start-of-year level is looked for: 1 January of ``year``, back to 21 December before it."""
    return dt.date(year, 1, 1), dt.date(year - 1, 12, 21)


@functools.lru_cache(maxsize=1024)
def _same_period_before(day: dt.date) -> tuple[dt.date, Period]:
    """The same day a year before ``day``, and the dekad (旬) holding it."""
    shifted = same_day_previous_year(day)
    return shifted, Period.containing(shifted, Cadence.DEKAD)


def _build_series(metric: Metric, measure: Measure, reported: list[Observation]) -> _Series:
    """Sort one metric's figures by date; set aside dates with conflicting or unusable figures."""
    dates: list[dt.date] = []
    values: list[Decimal] = []
    kept: list[Observation] = []
    conflicts: dict[dt.date, tuple[Observation, ...]] = {}
    wrong_units: dict[dt.date, tuple[Observation, ...]] = {}
    ordered = sorted(reported, key=_date_of)  # stable: figures of one date stay in the order given
    # _value_in_metric_unit() of a figure in a unit of the metric's own dimension, written out below
    target = metric.unit
    dimension, exponent = target.dimension, target.exponent
    plain_values = measure is Measure.VALUE
    count, first = len(ordered), 0
    while first < count:
        obs = ordered[first]
        day = obs.date
        end = first + 1
        while end < count and ordered[end].date == day:
            end += 1
        if end == first + 1:  # one figure on this date, as nearly always
            quantity = obs.quantity
            unit = quantity.unit
            if plain_values and unit.dimension == dimension:
                shift = unit.exponent - exponent
                value: Decimal | None = _plain(quantity.magnitude.scaleb(shift)) if shift else quantity.magnitude
            else:
                value = _value_in_metric_unit(metric, measure, obs)
            if value is None:
                wrong_units[day] = (obs,)
            else:
                dates.append(day)
                values.append(value)
                kept.append(obs)
        else:
            group = ordered[first:end]
            converted = [_value_in_metric_unit(metric, measure, obs) for obs in group]
            if any(value is None for value in converted):
                wrong_units[day] = tuple(obs for obs, value in zip(group, converted) if value is None)
            elif len(set(converted)) > 1:
                conflicts[day] = tuple(group)
            else:
                dates.append(day)
                values.append(converted[0])  # type: ignore[arg-type]
                kept.append(group[0])
        first = end
    return _Series(dates, values, kept, conflicts, wrong_units)


_date_of: Callable[[Observation], dt.date] = operator.attrgetter("date")


def _value_in_metric_unit(metric: Metric, measure: Measure, obs: Observation) -> Decimal | None:
    """The figure in the metric's unit (a rate as a fraction), exactly; None for a unit of another kind."""
    quantity = obs.quantity
    unit = quantity.unit
    if measure is Measure.YOY:
        return quantity.base if unit.dimension == "ratio" else None
    target = metric.unit
    if unit.dimension != target.dimension:
        if any(unit.dimension == accepted.dimension for accepted in metric.accepts):
            return quantity.base.scaleb(-target.exponent)  # another count unit, one thing for one
        return None
    shift = unit.exponent - target.exponent  # quantity.in_unit(target), written out: once per figure
    return _plain(quantity.magnitude.scaleb(shift)) if shift else quantity.magnitude


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
