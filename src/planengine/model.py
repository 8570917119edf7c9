"""The typed model of a work plan (工作方案): units, metrics, tasks, targets, working group.

Every class is a frozen attrs class; a :class:`Plan` is built by :mod:`planengine.spec`
from a spec file (or directly in code) and never changes afterwards. References between
objects are by id (a target names its metric and task), which keeps the model a plain
tree that dumps back to a spec; :class:`Plan` offers the look-ups.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

import attrs

from .periods import Cadence, ProgressBasis, due_share, month_end
from .quantities import Unit

__all__ = [
    "Direction",
    "Entity",
    "ExampleFigure",
    "Metric",
    "OrgUnit",
    "Plan",
    "RawParams",
    "Reporting",
    "ReportingCadence",
    "Responsibility",
    "SchedulePoint",
    "Target",
    "TargetExample",
    "Task",
    "WorkingGroup",
]


class Reporting(enum.Enum):
    """How a metric's figures are reported."""

    #: A year-to-date total (累计), which restarts each year and never falls within it.
    CUMULATIVE = "cumulative"
    #: A level or stock at a date (入库数, 贷款余额).
    LEVEL = "level"


class Direction(enum.Enum):
    """Which way a metric improves; stated explicitly by every metric."""

    INCREASE = "increase"  # more is better
    DECREASE = "decrease"  # less is better


@attrs.frozen
class OrgUnit:
    """A responsible unit (责任单位), e.g. 区科工局."""

    id: str
    name: str


@attrs.frozen
class Metric:
    """What is measured (指标), its unit, how it is reported and which way is better."""

    id: str
    name: str
    unit: Unit
    reporting: Reporting
    direction: Direction
    description: str = ""
    #: The unit (责任单位 id) that reports this figure, so a missed report can be named.
    reporter: str | None = None
    #: How often the figure is due; ``None`` means every period of the plan's finest cadence.
    frequency: Cadence | None = None
    #: The name in English sentences (explanations, English reports); the Chinese name when empty.
    name_en: str = ""
    #: Other count units a figure may come in, one for one (1人(个): a team reported in 个).
    accepts: tuple[Unit, ...] = ()
    #: How 序时进度 is counted for this metric; ``None``: the plan's :attr:`Plan.progress_basis`.
    progress_basis: ProgressBasis | None = None

    @property
    def label_en(self) -> str:
        """The metric's name for an English sentence: ``name_en``, else the Chinese name."""
        return self.name_en or self.name


@attrs.frozen
class Responsibility:
    """Who answers for a task: one or more lead units (牵头) and any supporting units (配合)."""

    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()


@attrs.frozen
class Task:
    """A node of the task tree: a section, an action (攻坚行动) or an item.

    ``number`` is the plan's own numbering, e.g. ``二(二)5``; ``parent`` is the id of the
    enclosing task or ``None`` for a top-level section.
    """

    id: str
    number: str
    title: str
    parent: str | None = None
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()

    @property
    def responsibility(self) -> Responsibility:
        """The units this task's own bracket names (may be empty for an action)."""
        return Responsibility(self.lead, self.support)


@attrs.frozen
class SchedulePoint:
    """A step of a target's own schedule: by the end of ``month``, ``share`` of it is due."""

    month: int
    share: Decimal


@attrs.frozen
class RawParams:
    """Parameters of an evaluator that is not installed, kept verbatim so nothing is lost."""

    data: Mapping[str, Any]


@attrs.frozen
class ExampleFigure:
    """A figure in a target's example: its date and its value with the unit (``"61200万元"``).

    ``metric`` defaults to the target's own; ``measure`` is ``"value"`` or ``"yoy"``.
    """

    date: dt.date
    value: str
    metric: str | None = None
    measure: str = "value"


@attrs.frozen
class TargetExample:
    """A worked example of a target's rule: given these figures, at this date, this status.

    The pytest plugin turns every example into a test item, so a spec proves that each
    target behaves as its sentence says.
    """

    as_of: dt.date
    status: str
    figures: tuple[ExampleFigure, ...] = ()
    name: str = ""


@attrs.frozen(kw_only=True)
class Target:
    """A rule applied to a metric (目标值): an evaluator with its typed parameters.

    ``params`` is an instance of the evaluator's own parameter class, or :class:`RawParams`
    when the evaluator is a plugin that is not installed. ``task`` is ``None`` for the
    plan's headline goals (工作目标). ``quote`` is the exact sentence of the plan.
    """

    id: str
    evaluator: str
    quote: str
    params: Any = attrs.field(factory=dict)
    metric: str | None = None
    task: str | None = None
    strive: bool = False
    weight: Decimal = Decimal(1)
    schedule: tuple[SchedulePoint, ...] = ()
    note: str = ""
    examples: tuple[TargetExample, ...] = ()

    def expected_share(
        self,
        as_of: dt.date,
        year: int,
        cadence: Cadence = Cadence.MONTH,
        basis: ProgressBasis = ProgressBasis.PERIODS,
    ) -> Fraction:
        """The share of this target due at ``as_of``: 序时进度, or the target's own schedule.

        序时进度 is counted on ``basis`` in periods of ``cadence`` (see
        :func:`planengine.periods.due_share`). A schedule is interpolated linearly between
        its points on the same time scale, starting from 0 before 1 January; after its last
        point the last share holds.
        """

        def position(day: dt.date) -> Fraction:
            return due_share(day, year, cadence, basis)

        now = position(as_of)
        if not self.schedule:
            return now
        start = dt.date(year, 1, 1) - dt.timedelta(days=1)
        if as_of <= start:
            return Fraction(0)
        # (date, position, share): a point counts once its month has ended, whatever its position
        points = [(start, Fraction(0), Fraction(0))]
        points += [
            (month_end(year, p.month), position(month_end(year, p.month)), Fraction(p.share)) for p in self.schedule
        ]
        reached = max(i for i, point in enumerate(points) if point[0] <= as_of)
        if reached == len(points) - 1:
            return points[-1][2]
        (_, t0, s0), (_, t1, s1) = points[reached], points[reached + 1]
        return s0 + (s1 - s0) * (now - t0) / (t1 - t0) if t1 > t0 else s0


@attrs.frozen
class WorkingGroup:
    """The plan's working group (工作专班): who convenes it, its office and members."""

    name: str
    convener: str
    deputy_convener: str = ""
    office: str | None = None
    members: tuple[str, ...] = ()
    quote: str = ""


@attrs.frozen
class ReportingCadence:
    """The reporting rhythm (旬简报、月通报、季总结) and where reports go."""

    reports: tuple[Cadence, ...] = ()
    report_to: str = ""
    quote: str = ""


@attrs.frozen
class Entity:
    """A reporting entity a plan is carried out by: a district, a county, a city.

    One spec can serve many entities (a city's template for all its districts). ``code`` is
    the administrative division code (行政区划代码) where one exists; ``targets`` are the
    entity's own versions of the plan's targets (same ids, its own figures), replacing the
    plan's for this entity only.
    """

    id: str
    name: str = ""
    code: str | None = None
    targets: tuple[Target, ...] = ()


@attrs.frozen
class Plan:
    """A whole work plan. Build it with :func:`planengine.load_spec` or directly."""

    id: str
    title: str
    issuer: str
    year: int
    units: tuple[OrgUnit, ...] = ()
    metrics: tuple[Metric, ...] = ()
    tasks: tuple[Task, ...] = ()
    targets: tuple[Target, ...] = ()
    working_group: WorkingGroup | None = None
    cadence: ReportingCadence = ReportingCadence()
    plugin_evaluators: tuple[str, ...] = ()
    source: str = ""
    #: How 序时进度 is counted unless a metric says otherwise: whole reporting periods by default.
    progress_basis: ProgressBasis = ProgressBasis.PERIODS
    #: The warning-light rule reports use, by name (see :mod:`planengine.lights`).
    light_rule: str = "points-behind"
    #: The reporting entities the plan is carried out by; none: one entity, unnamed (``""``).
    entities: tuple[Entity, ...] = ()
    #: The content hash of the spec as written, set when a plan is loaded from a file; a plan
    #: built or changed in code (``attrs.evolve`` drops it) is hashed from its typed form.
    _written_hash: str | None = attrs.field(default=None, init=False, eq=False, repr=False)
    #: Each collection's items by id, built on first look-up, so that a look-up per target
    #: keeps the work linear in the plan's size (``attrs.evolve`` starts a new, empty one).
    _by_id: dict[str, Mapping[str, Any]] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id; raises ``KeyError``."""
        return self._find("entities", self.entities, entity_id)

    @property
    def entity_ids(self) -> tuple[str, ...]:
        """The ids the plan is evaluated for: its entities', or ``("",)`` for a plan of one."""
        return tuple(e.id for e in self.entities) or ("",)

    def for_entity(self, entity_id: str) -> Plan:
        """The plan as one entity carries it out: its own targets in place of the plan's.

        ``""`` is the plan itself (for a plan without entities); an unknown id raises ``KeyError``.
        A plan loaded from a spec keeps the spec's hash: the spec states every entity's rules.
        """
        if entity_id == "" and not self.entities:
            return self
        own = {t.id: t for t in self.entity(entity_id).targets}
        if not own:
            return self
        targets = tuple(own.get(t.id, t) for t in self.targets)
        instance = attrs.evolve(self, targets=targets)
        object.__setattr__(instance, "_written_hash", self._written_hash)  # frozen: set before anyone sees it
        return instance

    def metric(self, metric_id: str) -> Metric:
        """The metric with this id; raises ``KeyError``."""
        return self._find("metrics", self.metrics, metric_id)

    def task(self, task_id: str) -> Task:
        """The task with this id; raises ``KeyError``."""
        return self._find("tasks", self.tasks, task_id)

    def unit(self, unit_id: str) -> OrgUnit:
        """The responsible unit with this id; raises ``KeyError``."""
        return self._find("units", self.units, unit_id)

    def _find(self, collection: str, items: tuple[_Item, ...], item_id: str) -> _Item:
        """The item of ``items`` (the plan's ``collection``) with this id; raises ``KeyError``."""
        index = self._by_id.get(collection)
        if index is None:
            index = self._by_id[collection] = _first_by_id(items)
        found: _Item = index[item_id]
        return found

    def reporting_cadence(self, metric: Metric) -> Cadence:
        """How often ``metric`` is due: its own frequency, else the plan's finest reporting cadence."""
        if metric.frequency is not None:
            return metric.frequency
        order = (Cadence.DEKAD, Cadence.MONTH, Cadence.QUARTER, Cadence.YEAR)
        return next((c for c in order if c in self.cadence.reports), Cadence.MONTH)

    def progress_basis_of(self, metric: Metric | None) -> ProgressBasis:
        """How 序时进度 is counted for ``metric``: its own basis, else the plan's."""
        if metric is not None and metric.progress_basis is not None:
            return metric.progress_basis
        return self.progress_basis

    def children(self, task_id: str | None) -> tuple[Task, ...]:
        """The tasks directly under ``task_id`` (``None``: the top-level sections)."""
        return tuple(t for t in self.tasks if t.parent == task_id)

    def responsibility(self, task_id: str | None) -> Responsibility:
        """Who answers for a task (``None``: the plan's headline goals). Unit ids.

        A task without its own bracket (an action whose items name their units) answers
        through its items: their lead units lead it and their supporting units support it.
        What still has no lead unit (the headline goals, a task with no bracket anywhere
        below it) answers to the plan's office (办公室设在区科工局), so every target has an
        owner; with no office named it has none.
        """
        found = self._own_or_items(task_id) if task_id is not None else Responsibility()
        if found.lead or self.working_group is None or self.working_group.office is None:
            return found
        office = self.working_group.office
        return Responsibility((office,), tuple(s for s in found.support if s != office))

    def _own_or_items(self, task_id: str) -> Responsibility:
        """The task's own bracket, else its items' units gathered over the whole subtree."""
        own = self.task(task_id).responsibility
        if own.lead:
            return own
        lead: dict[str, None] = {}
        support: dict[str, None] = dict.fromkeys(own.support)  # a bracket naming only supporting units
        children: dict[str | None, list[Task]] = {}
        for task in self.tasks:  # one pass: looking children up task by task would be quadratic
            children.setdefault(task.parent, []).append(task)
        stack = list(reversed(children.get(task_id, [])))
        seen: set[str] = set()
        while stack:  # depth first, without recursion: a deep task tree cannot overflow the stack
            child = stack.pop()
            if child.id in seen:  # a loop of parents (refused in specs; possible in code)
                continue
            seen.add(child.id)
            if child.lead:
                lead.update(dict.fromkeys(child.lead))
                support.update(dict.fromkeys(child.support))
            else:
                support.update(dict.fromkeys(child.support))
                stack.extend(reversed(children.get(child.id, [])))
        return Responsibility(tuple(lead), tuple(s for s in support if s not in lead))


_Item = TypeVar("_Item", Metric, Task, OrgUnit, Entity)


def _first_by_id(items: tuple[_Item, ...]) -> dict[str, _Item]:
    """Items by id; where ids repeat (an invalid plan), the first, as a scan would find it."""
    index: dict[str, _Item] = {}
    for item in items:
        index.setdefault(item.id, item)
    return index
