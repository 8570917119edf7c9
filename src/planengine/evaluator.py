"""What an evaluator is, what it is given and what it returns.

An evaluator is a named rule with a parameter class (an attrs class that cattrs structures
from a spec) and a plain function ``evaluate(params, context) -> Outcome``. Plugins return
:class:`Evaluator` objects from the ``register_evaluators`` hook; the engine calls the
function directly for each target, with no hook dispatch per observation.

Inside ``evaluate`` a figure that is missing or unusable is signalled by raising
:class:`NoData` or :class:`NotEvaluable` (the :class:`Context` look-ups do this for you);
the engine turns them into a labelled assessment. Any other exception becomes the status
``error`` naming the plugin, and the rest of the plan is still assessed.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Callable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Generic, TypeVar

import attrs

from ._construct import Slots, constructor
from .errors import PlanengineError
from .explanations import Explanation, NoData, NotEvaluable
from .model import Metric, Plan, Target
from .periods import Cadence, ProgressBasis, _previous_period_end
from .progress import Progress

if TYPE_CHECKING:
    from .observations import Figure, FigureIndex

__all__ = [
    "PLUGIN_API_VERSION",
    "Context",
    "Evaluator",
    "Explanation",
    "NoData",
    "NotEvaluable",
    "Outcome",
    "ParamProblem",
    "RuleShape",
    "Status",
]

#: The version of the plugin API: what an :class:`Evaluator` is given and must return. A
#: plugin states the version it was written for; another version is refused when loading.
PLUGIN_API_VERSION = 1

P = TypeVar("P")


class Status(enum.Enum):
    """The status of one target at an as-of date. The values are part of the public contract."""

    MET = "met"  #: the rule holds at the year's end (or a ceiling holds and the year is over)
    ON_TRACK = "on_track"  #: before the year's end, at or ahead of the expected progress
    LAGGING = "lagging"  #: before the year's end, behind the expected progress
    MISSED = "missed"  #: the rule fails at the year's end, or a ceiling is breached
    NO_DATA = "no_data"  #: a figure the rule needs has not been reported
    NOT_EVALUABLE = "not_evaluable"  #: figures exist but cannot be judged (zero baseline, wrong unit)
    UNSUPPORTED = "unsupported"  #: the target's evaluator is not installed
    ERROR = "error"  #: the evaluator failed; the message names the plugin

    @property
    def evaluated(self) -> bool:
        """Whether the rule was actually judged (met, on_track, lagging or missed)."""
        return self in _JUDGED


_JUDGED = frozenset({Status.MET, Status.ON_TRACK, Status.LAGGING, Status.MISSED})


class _OutcomeSlots(Slots):
    """The slots of an :class:`Outcome`, which :data:`_make_outcome` fills (see :mod:`planengine._construct`)."""

    __slots__ = (
        "status",
        "explanation",
        "actual",
        "required",
        "completion",
        "expected",
        "gap",
        "unit",
        "figure_date",
        "gap_strict",
        "progress",
        "__weakref__",
    )


@attrs.frozen
class Outcome(_OutcomeSlots):
    """What an evaluator returns for one target.

    The numbers are in ``unit`` (the metric's unit, or ``%`` for rates and their gaps in
    percentage points). ``completion`` and ``expected`` are fractions (0.5 is half).
    ``gap`` is what is still needed to satisfy the rule (0 when it is satisfied); when
    ``gap_strict`` is true the figure must go *beyond* ``gap`` (超: more than the target),
    so a gap of 0 with ``gap_strict`` still means the rule fails. ``progress`` is the
    figure against 序时进度 before the year's end (see :class:`planengine.Progress`); when
    it is given, the engine keeps ``on_track``/``lagging`` in line with its verdict.
    """

    status: Status
    explanation: Explanation
    actual: Decimal | None = None
    required: Decimal | None = None
    completion: Decimal | None = None
    expected: Decimal | None = None
    gap: Decimal | None = None
    unit: str = ""
    figure_date: dt.date | None = None
    gap_strict: bool = False
    progress: Progress | None = None


#: ``Outcome(...)`` with all eleven fields given in order, made faster (for planengine's own rules).
_make_outcome = constructor(Outcome)


class _NotFinite(PlanengineError):
    """Raised by one of planengine's own rules, prepared by the engine, on a figure that is not a
    finite number (possible only in observations made in code): its outcome could not be taken
    unchecked, so the engine judges the target through ``evaluate`` and checks the outcome."""


@attrs.frozen
class ParamProblem:
    """A parameter that does not fit its target: ``path`` is relative to ``params``."""

    path: str
    message: str


@attrs.frozen
class Context:
    """Everything an evaluator may look at for one target at one as-of date."""

    target: Target
    metric: Metric | None
    year: int
    as_of: dt.date
    figures: FigureIndex
    #: How often the target's metric is due (its frequency, else the plan's finest cadence).
    frequency: Cadence = Cadence.MONTH
    #: How 序时进度 is counted for the target's metric (the metric's basis, else the plan's).
    basis: ProgressBasis = ProgressBasis.PERIODS

    @property
    def year_end(self) -> dt.date:
        return dt.date(self.year, 12, 31)

    @property
    def is_final(self) -> bool:
        """Whether the year is over at ``as_of``, so every judged target is met or missed."""
        return self.as_of >= self.year_end

    def judged_on(self, figure_date: dt.date) -> dt.date:
        """The date a figure is judged at: its own date, but not before the last reporting period.

        A unit that reports every ten days is not marked lagging for the days its latest
        figure does not yet cover; but a figure older than the period before the one holding
        ``as_of`` is stale, and is judged against the progress due by the end of that period.
        """
        return min(self.as_of, max(figure_date, _previous_period_end(self.as_of, self.frequency)))

    def expected_share(self, on: dt.date) -> Fraction:
        """The share of the target due by ``on`` (序时进度 or the target's own schedule).

        Counted on :attr:`basis` in periods of :attr:`frequency`: by default a dekad figure
        dated 30 June is due 18/36 of the year.
        """
        return self.target.expected_share(on, self.year, self.frequency, self.basis)

    def progress(self, actual: Decimal, due: Fraction | Decimal, target: Decimal, share: Fraction) -> Progress:
        """:class:`Progress` of ``actual`` when ``due`` of ``target`` is due, on this context's basis."""
        return Progress.of(actual, due, target, share, self.basis)

    def require_metric(self) -> Metric:
        if self.metric is None:
            raise NotEvaluable("该目标未指定指标", "the target names no metric")
        return self.metric

    def latest(self, metric: Metric | None = None) -> Figure:
        """The latest figure of ``metric`` (default: the target's) in the plan year up to ``as_of``.

        At the year's end the figure must be from the year's last dekad (21-31 December),
        so a final status is never given on a stale year-to-date total.
        """
        return _latest(self.figures, metric or self.require_metric(), self.year, self.as_of, self.is_final)

    def latest_rate(self, metric: Metric | None = None, since: dt.date | None = None) -> Figure | None:
        """The latest official year-on-year rate (同比) of ``metric`` up to ``as_of``, if any.

        Only rates dated ``since`` or later are looked at (default: the whole plan year), so
        a problem with an older rate that would not be used anyway does not count. At the
        year's end a rate older than 21 December is not used for a final judgement.
        """
        return _latest_rate(self.figures, metric or self.require_metric(), self.year, self.as_of, self.is_final, since)


def _latest(figures: FigureIndex, metric: Metric, year: int, as_of: dt.date, final: bool) -> Figure:
    """:meth:`Context.latest`, for the built-in rules prepared once per target (they need no Context)."""
    figure = figures.latest(metric, year, as_of)
    if final and figure.date < _last_dekad_start(year):
        raise NoData(*_stale_words(metric, year, figure.date))
    return figure


def _stale_words(metric: Metric, year: int, figure_date: dt.date) -> tuple[str, str]:
    """Why a figure dated ``figure_date`` cannot be judged at the end of ``year``."""
    return (
        f"年末评价需要{year}年12月下旬的数据,{metric.name}最新数据为{figure_date.isoformat()}",
        f"a year-end judgement needs a figure from 21-31 December {year}; "
        f"the latest figure of {metric.label_en} is dated {figure_date.isoformat()}",
    )


def _latest_rate(
    figures: FigureIndex, metric: Metric, year: int, as_of: dt.date, final: bool, since: dt.date | None = None
) -> Figure | None:
    """:meth:`Context.latest_rate`, for the built-in rules prepared once per target."""
    figure = figures.latest_rate(metric, year, as_of, since)
    if figure is not None and final and figure.date < _last_dekad_start(year):
        return None
    return figure


@functools.lru_cache(maxsize=64)
def _last_dekad_start(year: int) -> dt.date:
    """21 December of ``year``: a final judgement needs a figure from the year's last dekad."""
    return dt.date(year, 12, 21)


@attrs.frozen
class RuleShape:
    """What property tests may assume of one target's rule (see :mod:`planengine.pytest_plugin`).

    :param monotone: ``1`` when raising the figure never worsens the status (a floor),
        ``-1`` when it never improves it (a ceiling), ``0`` when neither holds (a range).
    :param holds: the rule's comparison at the year's end, for the target's own figure in
        the metric's unit; ``None`` when the status depends on other figures too (growth,
        a net increase).
    :param pivots: figures (in the metric's unit) at which the status may change, such as
        the target value and a range's bounds; property tests try figures at and around them.
    """

    monotone: int
    holds: Callable[[Decimal], bool] | None = None
    pivots: tuple[Decimal, ...] = ()


@attrs.frozen(kw_only=True)
class Evaluator(Generic[P]):
    """An evaluator as a plugin declares it.

    :param name: the name specs use in ``evaluator = "..."``.
    :param params: the attrs class the target's ``params`` table is structured into.
    :param evaluate: ``evaluate(params, context) -> Outcome``, called once per target.
    :param version: the version of the rule, recorded in every result it produces.
    :param api_version: the plugin API the evaluator was written for
        (:data:`PLUGIN_API_VERSION`); another version is refused when plugins are loaded.
    :param check: optional ``check(params, metric, plan) -> problems``: spec-time checks that
        need the metric or the plan (a unit that doesn't fit, a comparator against the metric's
        direction, a reference to another metric).
    :param shape: optional ``shape(params, metric) -> RuleShape`` for property tests.
    :param needs_metric: whether a target using this evaluator must name a metric.
    :param bounded: the evaluator promises to finish promptly on any target (plain
        arithmetic, no I/O, no loops over unbounded input); the engine then runs it without
        the per-target time limit. Any plugin may declare it; planengine's own do.
    :param projectable: its targets are floors on a figure in the metric's own unit whose
        ``required`` is the year's total, so reports may project the year-to-date figure to
        the year's end and say what the next quarter must deliver.
    :param whole_units: its figures are counts of whole things (人, 家, 个): reports show
        what is due and projected in whole things, never fractions.
    """

    name: str
    params: type[P]
    evaluate: Callable[[P, Context], Outcome]
    version: str
    api_version: int
    description: str = ""
    check: Callable[[P, Metric | None, Plan], Sequence[ParamProblem]] | None = None
    shape: Callable[[P, Metric], RuleShape] | None = None
    needs_metric: bool = True
    bounded: bool = False
    projectable: bool = False
    whole_units: bool = False
