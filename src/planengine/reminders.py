"""The reminder list (催报): which unit owes which figure for which period, and how late it is.

Before each 旬简报 the office sends the units a list of the figures still missing. A figure
of a metric is due from its reporting unit (``reporter``) for every period of the metric's
frequency (the plan's finest cadence by default), on the period's last day; a period with
no figure dated in it is owed. A period that has ended is *overdue* by the days since its
end; the period that holds the as-of date is listed as due, with the days left. The module
does no I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from .model import Plan
from .observations import Measure, Observation
from .periods import Period

__all__ = ["DueFigure", "due_figures"]


@attrs.frozen
class DueFigure:
    """A figure a unit owes for one period."""

    reporter: str  #: the unit's id
    reporter_name: str
    metric: str
    metric_name: str
    period_label: str  #: 2026年6月下旬
    period_end: dt.date  #: the day the figure is due
    overdue_days: int  #: days since the period ended; 0 for the period still running

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


def due_figures(plan: Plan, observations: Iterable[Observation], as_of: dt.date) -> tuple[DueFigure, ...]:
    """Every figure owed at ``as_of``: by unit, then metric, then period (the oldest first)."""
    reported: dict[str, set[dt.date]] = {}
    for obs in observations:
        if obs.measure is Measure.VALUE:  # an official rate does not stand for the figure itself
            reported.setdefault(obs.metric, set()).add(obs.date)
    names = {u.id: u.name for u in plan.units}
    owed = []
    last = min(as_of, dt.date(plan.year, 12, 31))
    for metric in plan.metrics:
        if metric.reporter is None or as_of < dt.date(plan.year, 1, 1):
            continue
        dates = reported.get(metric.id, set())
        for period in Period.all_in_year(plan.year, plan.reporting_cadence(metric)):
            if period.start > last:
                break
            if any(period.contains(day) for day in dates):
                continue
            owed.append(
                DueFigure(
                    metric.reporter,
                    names.get(metric.reporter, metric.reporter),
                    metric.id,
                    metric.name,
                    period.label,
                    period.end,
                    max(0, (as_of - period.end).days),
                )
            )
    return tuple(sorted(owed, key=lambda d: (d.reporter_name, d.metric, d.period_end)))
