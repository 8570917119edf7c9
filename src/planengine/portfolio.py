"""Judge many plans for many reporting entities at once, on one core or on every core.

A province's office judges one plan for each of its 122 districts, or several plans for
each: a *portfolio*. :func:`evaluate_portfolio` judges every (plan, entity) pair at one
date and returns a :class:`Portfolio`: the results in the order given, a ranking of the
entities on one plan, every target one unit leads across plans and entities (督办台账),
and the statuses counted.

Figures come from a :class:`FigureSource`, asked once per pair for that entity's figures
of that plan's metrics: :class:`InMemoryFigures` for figures already read, or
:class:`LedgerFigures` for a ledger each worker reads itself.

Without an executor the pairs are judged in this process. With any
:class:`concurrent.futures.Executor` (a ``ProcessPoolExecutor``, a ``ThreadPoolExecutor``,
Dask's ``Client.get_executor()``) they are sent in chunks to ``_run_chunk``, a function
of this module, which a worker process imports. What crosses to a worker process is
pickled: each plan (pickled once here, unpickled by a worker only when it has not compiled
it yet), the registry when one is given, the figure source (an in-memory one cut down to
the chunk's entities) and the date; back come the results, with their explanations
written (see :class:`~planengine.Explanation`). A worker compiles each plan once per
process, keyed by its spec hash and entity, and indexes an entity's figures once for all
the plans of the chunk with the same metrics.

Evaluators in a worker: with ``registry=None`` each worker process builds its own
:func:`~planengine.default_registry`, finding plugins by their entry points under its own
environment (a process pool's workers inherit the parent's, ``PLANENGINE_*`` variables
included), so it judges with the same evaluators as this process when the same packages
are installed. A registry given explicitly is pickled once and sent along; one that cannot
be pickled (evaluators defined inside a function) is refused before anything is sent,
except with a ``ThreadPoolExecutor``, whose threads share this process's objects.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Sequence
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import attrs

from .engine import DEFAULT_TIMEOUT, CompiledPlan, compile_plan
from .evaluator import Status
from .model import Metric, Plan
from .observations import FigureIndex, Measure, Observation
from .plugins import EvaluatorRegistry, default_registry
from .quantities import Quantity, Unit
from .results import Assessment, EvaluationResult
from .scoring import DEFAULT_RULE, GroupScore, ScoringRule, score
from .spec import spec_hash

if TYPE_CHECKING:
    from .ledger import Ledger
    from .progress import Progress

__all__ = [
    "DEFAULT_CHUNK",
    "EntityStanding",
    "FigureSource",
    "InMemoryFigures",
    "LedTarget",
    "LedgerFigures",
    "Portfolio",
    "evaluate_portfolio",
]

#: How many pairs of a plan and an entity a worker is sent at a time: enough work to outweigh sending it.
DEFAULT_CHUNK = 4
#: Compiled plans a process keeps (a plan's own, and one per entity with targets of its own).
COMPILED_KEPT = 512


# -- figure sources ------------------------------------------------------------------------


@runtime_checkable
class FigureSource(Protocol):
    """Where a portfolio's figures come from: one entity's figures of some metrics at a time.

    A source must pickle, since a worker process asks it for figures itself; it should
    answer from what it holds for that entity alone, so that each (plan, entity) pair costs
    what its own figures cost. Figures of another entity, if returned, are not used.
    """

    def figures(self, metrics: Collection[str], entity: str) -> Iterable[Observation]:
        """The figures of ``entity`` (``""`` for a plan without entities) of these metrics."""
        ...


@runtime_checkable
class _Divisible(Protocol):
    """A source that can be cut down to the entities a chunk of work needs before it is sent."""

    def only(self, entities: Collection[str]) -> FigureSource: ...


class InMemoryFigures:
    """Figures already in memory, grouped once by entity and metric.

    Grouping is done here, on construction, so each (plan, entity) pair reads only its own
    figures; an entity's figures of one metric keep the order they were given in. It
    pickles, and :meth:`only` gives the part a worker needs, so a worker is sent the
    figures of its chunk's entities, not all of them.
    """

    def __init__(self, observations: Iterable[Observation] = ()) -> None:
        grouped: dict[str, dict[str, list[Observation]]] = {}
        for obs in observations:
            grouped.setdefault(obs.entity, {}).setdefault(obs.metric, []).append(obs)
        self._by_entity: dict[str, dict[str, tuple[Observation, ...]]] = {
            entity: {metric: tuple(figures) for metric, figures in metrics.items()}
            for entity, metrics in grouped.items()
        }

    @property
    def entities(self) -> tuple[str, ...]:
        """The entities that have figures here, sorted."""
        return tuple(sorted(self._by_entity))

    def __len__(self) -> int:
        return sum(len(figures) for metrics in self._by_entity.values() for figures in metrics.values())

    def figures(self, metrics: Collection[str], entity: str) -> list[Observation]:
        own = self._by_entity.get(entity)
        if not own:
            return []
        return [obs for metric in metrics for obs in own.get(metric, ())]

    def only(self, entities: Collection[str]) -> InMemoryFigures:
        """The figures of these entities alone (shared, not copied)."""
        part = InMemoryFigures()
        part._by_entity = {e: self._by_entity[e] for e in entities if e in self._by_entity}
        return part

    def __reduce__(self) -> tuple[Callable[[_Rows], InMemoryFigures], tuple[_Rows]]:
        """Pickle as plain rows of text and numbers: pickling each Observation (its Decimal, its
        dates, the attrs state of three objects) costs several times more, and the parent
        process pays it alone for every figure it sends."""
        return (_figures_from_rows, (self._rows(),))

    def _rows(self) -> _Rows:
        return {
            entity: {metric: [_row(obs) for obs in figures] for metric, figures in metrics.items()}
            for entity, metrics in self._by_entity.items()
        }

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InMemoryFigures):
            return NotImplemented
        return self._by_entity == other._by_entity

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"InMemoryFigures({len(self)} figures of {len(self._by_entity)} entities)"


#: An observation as a row: metric and entity are the keys above it; a date is its ordinal, an amount its text.
_Row = tuple[int, str, Unit, Measure, str, str, str, int | None, int]
_Rows = dict[str, dict[str, list[_Row]]]


def _row(obs: Observation) -> _Row:
    reported_at = obs.reported_at.toordinal() if obs.reported_at is not None else None
    quantity = obs.quantity
    return (
        obs.date.toordinal(),
        str(quantity.magnitude),
        quantity.unit,
        obs.measure,
        obs.reported_by,
        obs.note,
        obs.source,
        reported_at,
        obs.revision,
    )


def _figures_from_rows(rows: _Rows) -> InMemoryFigures:
    """The figures :meth:`InMemoryFigures.__reduce__` wrote as rows, equal to the ones it had."""
    day = dt.date.fromordinal
    figures = InMemoryFigures()
    figures._by_entity = {
        entity: {
            metric: tuple(
                Observation(
                    metric,
                    day(date),
                    Quantity(Decimal(amount), unit),
                    measure,
                    reported_by,
                    note,
                    source,
                    None if reported_at is None else day(reported_at),
                    revision,
                    entity,
                )
                for date, amount, unit, measure, reported_by, note, source, reported_at, revision in metric_rows
            )
            for metric, metric_rows in metrics.items()
        }
        for entity, metrics in rows.items()
    }
    return figures


@attrs.frozen
class LedgerFigures:
    """Figures read from a ledger (a file path, ``sqlite:///…`` or ``postgresql://…``), as known on ``known_on``.

    Only the URL and the two options are pickled. The ledger is opened read-only on first
    use, once per process and thread (a :class:`~planengine.Ledger` belongs to one thread),
    and kept open for the next pairs; a forked worker opens its own. ``accepted_only``
    counts only the figures the office accepted, as reports do.
    """

    url: str
    known_on: dt.date | None = None
    accepted_only: bool = False

    def figures(self, metrics: Collection[str], entity: str) -> tuple[Observation, ...]:
        return _open_ledger(self.url).observations(
            self.known_on, metrics, entity=entity, accepted_only=self.accepted_only
        )


class _Ledgers(threading.local):
    """The ledgers this thread has opened, by URL."""

    def __init__(self) -> None:
        self.by_url: dict[str, Ledger] = {}


_ledgers = _Ledgers()
#: Ledgers a forked child inherited: kept referenced, so that they are never closed from it
#: (closing a server connection from a child would close the parent's).
_inherited: list[_Ledgers] = []


def _open_ledger(url: str) -> Ledger:
    ledger = _ledgers.by_url.get(url)
    if ledger is None:
        from .ledger import Ledger

        ledger = _ledgers.by_url[url] = Ledger(url, readonly=True)
    return ledger


# -- the portfolio -------------------------------------------------------------------------


@attrs.frozen
class EntityStanding:
    """One entity's standing on one plan: its score, its rank among the others, its statuses.

    ``score`` is the plan's overall score for the entity (0 to 1, from
    :func:`planengine.score`); ``rank`` is 1 for the best, shared by entities with equal
    scores, and 0 for an entity with no scored target (not ranked).
    """

    rank: int
    entity: str
    name: str
    score: Decimal | None
    targets: int
    scored: int
    met: int
    on_track: int
    lagging: int
    missed: int
    no_data: int
    #: not_evaluable, unsupported and error: targets not judged, which the entity is not blamed for.
    unjudged: int


@attrs.frozen
class LedTarget:
    """A target a unit leads, in one plan for one entity, with its assessment (a line of a 督办台账)."""

    plan: str
    entity: str
    assessment: Assessment

    @property
    def target(self) -> str:
        return self.assessment.target

    @property
    def status(self) -> Status:
        return self.assessment.status

    @property
    def progress(self) -> Progress | None:
        return self.assessment.progress


_UNJUDGED = (Status.NOT_EVALUABLE, Status.UNSUPPORTED, Status.ERROR)


@attrs.frozen
class Portfolio:
    """Every (plan, entity) pair judged at ``as_of``: the results in the order they were asked for.

    ``plans`` are the plans judged, each once (for their titles, entity and unit names and
    scoring).
    """

    results: tuple[EvaluationResult, ...]
    as_of: dt.date
    plans: tuple[Plan, ...] = ()

    def plan(self, plan_id: str) -> Plan:
        """The plan with this id; raises ``KeyError``."""
        for plan in self.plans:
            if plan.id == plan_id:
                return plan
        raise KeyError(plan_id)

    def result(self, plan_id: str, entity: str = "") -> EvaluationResult:
        """The result of one plan for one entity; raises ``KeyError``."""
        for result in self.results:
            if result.plan == plan_id and result.entity == entity:
                return result
        raise KeyError((plan_id, entity))

    def entity_name(self, plan_id: str, entity: str) -> str:
        """The entity's name in the plan, or its id when the plan does not name it."""
        plan = self.plan(plan_id)
        for candidate in plan.entities:
            if candidate.id == entity:
                return candidate.name or entity
        return entity

    def unit_name(self, unit_id: str) -> str:
        """The name of a responsible unit, from the first plan that has it, or its id."""
        for plan in self.plans:
            for unit in plan.units:
                if unit.id == unit_id:
                    return unit.name
        return unit_id

    def counts(self) -> dict[str, int]:
        """How many targets have each status, over every plan and entity, in the order of :class:`Status`."""
        totals = dict.fromkeys((s.value for s in Status), 0)
        for result in self.results:
            for status, count in result.counts().items():
                totals[status] += count
        return totals

    def ranking(
        self, plan_id: str, *, rule: ScoringRule = DEFAULT_RULE, strive_weight: Decimal = Decimal("0.5")
    ) -> tuple[EntityStanding, ...]:
        """The entities of one plan, best overall score first.

        Each entity's result is scored with :func:`planengine.score` (``rule``, by default
        ``completion-capped``) over the plan as that entity carries it out. Equal scores
        share a rank (1, 1, 3); among them, and among entities with no scored target (rank
        0, last), the order is by entity id.
        """
        plan = self.plan(plan_id)
        scored: list[tuple[GroupScore, EvaluationResult]] = []
        for result in self.results:
            if result.plan == plan_id:
                card = score(result, plan.for_entity(result.entity), rule=rule, strive_weight=strive_weight)
                scored.append((card.overall, result))
        ranked = sorted((s for s in scored if s[0].score is not None), key=lambda s: (-(s[0].score or 0), s[1].entity))
        unranked = sorted((s for s in scored if s[0].score is None), key=lambda s: s[1].entity)
        standings = []
        rank, previous = 0, None
        for position, (overall, result) in enumerate(ranked, 1):
            if overall.score != previous:
                rank, previous = position, overall.score
            standings.append(self._standing(plan_id, rank, overall, result))
        standings += [self._standing(plan_id, 0, overall, result) for overall, result in unranked]
        return tuple(standings)

    def _standing(self, plan_id: str, rank: int, overall: GroupScore, result: EvaluationResult) -> EntityStanding:
        statuses = [a.status for a in result.assessments]
        return EntityStanding(
            rank=rank,
            entity=result.entity,
            name=self.entity_name(plan_id, result.entity),
            score=overall.score,
            targets=overall.targets,
            scored=overall.scored,
            met=statuses.count(Status.MET),
            on_track=statuses.count(Status.ON_TRACK),
            lagging=statuses.count(Status.LAGGING),
            missed=statuses.count(Status.MISSED),
            no_data=statuses.count(Status.NO_DATA),
            unjudged=sum(s in _UNJUDGED for s in statuses),
        )

    def led_by(self, unit_id: str) -> tuple[LedTarget, ...]:
        """Every target ``unit_id`` leads (牵头), over every plan and entity: its 督办台账.

        In the order of the results, then of each plan's targets.
        """
        return tuple(
            LedTarget(result.plan, result.entity, assessment)
            for result in self.results
            for assessment in result.assessments
            if unit_id in assessment.lead
        )


# -- evaluation ----------------------------------------------------------------------------


@attrs.frozen
class _PlanRef:
    """A plan as a chunk carries it: its hash, and the plan itself or its pickle."""

    hash: str
    #: Plans with the same metrics share a group: an entity's index of figures serves them all.
    metrics_group: int
    #: The entities with targets of their own (compiled apart); the others share the plan's.
    own_targets: frozenset[str]
    plan: Plan | None = None
    payload: bytes | None = None

    def load(self) -> Plan:
        if self.plan is not None:
            return self.plan
        assert self.payload is not None
        plan: Plan = pickle.loads(self.payload)  # our own pickle of our own plan
        return plan


@attrs.frozen
class _Chunk:
    """The work sent to a worker: pairs as (position in the portfolio, index in ``plans``, entity), with what they need."""

    as_of: dt.date
    timeout: float | None
    registry: EvaluatorRegistry | bytes | None
    figures: FigureSource
    plans: tuple[_PlanRef, ...]
    jobs: tuple[tuple[int, int, str], ...]


def evaluate_portfolio(
    plans: Iterable[Plan | tuple[Plan, str]],
    as_of: dt.date,
    *,
    figures: FigureSource,
    executor: Executor | None = None,
    registry: EvaluatorRegistry | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    chunk: int = DEFAULT_CHUNK,
) -> Portfolio:
    """Judge every (plan, entity) pair at ``as_of`` with the figures of ``figures``.

    A plan alone means each of its :attr:`~planengine.Plan.entity_ids` (``""`` for a plan
    without entities); ``(plan, entity)`` means that entity alone. Each pair is judged once;
    an entity the plan does not have, a pair given twice or two different plans with one id
    are a ``ValueError``.

    Without ``executor`` the pairs are judged here; with one, on its workers in chunks of
    ``chunk`` pairs or more: an entity's pairs are never split, so its figures are sent and
    indexed once (see the module's documentation for what crosses to a worker). Either way
    the results are equal and in the order asked for. ``timeout`` is the time limit of a
    plugin evaluator on one target, as for :func:`planengine.compile_plan`; ``registry``
    gives the evaluators (default: each process's installed ones).
    """
    if chunk < 1:
        raise ValueError(f"chunk must be at least 1, not {chunk}")
    chosen, jobs = _pairs(plans)
    if not jobs:
        return Portfolio((), as_of, tuple(chosen))
    local = executor is None or isinstance(executor, ThreadPoolExecutor)
    references = _References(chosen, local)
    # pairs of one entity together: its figures are sent and indexed once for all its plans
    order = sorted(range(len(jobs)), key=lambda position: jobs[position][1])
    work = [(position, jobs[position][0], jobs[position][1]) for position in order]
    results: list[EvaluationResult | None] = [None] * len(jobs)
    if executor is None:
        _place(results, _run_chunk(references.chunk(work, as_of, timeout, registry, figures)))
    else:
        sent = registry if local or registry is None else _pickled_registry(registry)
        futures: list[Future[list[tuple[int, EvaluationResult]]]] = []
        try:
            for part in _chunks(work, chunk):
                source = figures
                if not local and isinstance(figures, _Divisible):  # a worker process gets its entities' figures
                    source = figures.only({entity for _, _, entity in part})
                futures.append(executor.submit(_run_chunk, references.chunk(part, as_of, timeout, sent, source)))
            for future in futures:
                _place(results, future.result())
        finally:
            for future in futures:
                future.cancel()
    return Portfolio(tuple(r for r in results if r is not None), as_of, tuple(chosen))


def _chunks(work: Sequence[tuple[int, int, str]], size: int) -> Iterable[Sequence[tuple[int, int, str]]]:
    """``work`` (grouped by entity) in chunks of at least ``size`` pairs, never splitting an entity's pairs."""
    start = 0
    for end in range(1, len(work) + 1):
        if end == len(work) or (end - start >= size and work[end][2] != work[end - 1][2]):
            yield work[start:end]
            start = end


def _pairs(items: Iterable[Plan | tuple[Plan, str]]) -> tuple[list[Plan], list[tuple[int, str]]]:
    """The distinct plans, and each (plan index, entity) pair in the order given; checked."""
    plans: list[Plan] = []
    entity_ids: list[frozenset[str]] = []
    by_id: dict[str, int] = {}
    jobs: list[tuple[int, str]] = []
    seen: set[tuple[int, str]] = set()
    for item in items:
        plan, entities = (item[0], (item[1],)) if isinstance(item, tuple) else (item, item.entity_ids)
        index = by_id.get(plan.id)
        if index is None:
            index = by_id[plan.id] = len(plans)
            plans.append(plan)
            entity_ids.append(frozenset(plan.entity_ids))
        elif plans[index] is not plan and plans[index] != plan:
            raise ValueError(f"two different plans have the id {plan.id!r}; a portfolio names each plan once")
        for entity in entities:
            if entity not in entity_ids[index]:
                known = ", ".join(repr(e) for e in plan.entity_ids)
                raise ValueError(f"the plan {plan.id!r} has no entity {entity!r}; its entities: {known}")
            if (index, entity) in seen:
                raise ValueError(f"the plan {plan.id!r} for the entity {entity!r} is asked for twice")
            seen.add((index, entity))
            jobs.append((index, entity))
    return plans, jobs


class _References:
    """The plans of a portfolio as chunks carry them, each made once when a chunk first needs it.

    A plan is hashed (the workers' cache key) and, unless the workers share this process's
    memory, pickled once; a chunk carries only the plans of its own pairs.
    """

    def __init__(self, plans: Sequence[Plan], local: bool) -> None:
        self._plans = plans
        self._local = local
        self._made: dict[int, _PlanRef] = {}
        self._groups: dict[tuple[Metric, ...], int] = {}

    def chunk(
        self,
        work: Sequence[tuple[int, int, str]],
        as_of: dt.date,
        timeout: float | None,
        registry: EvaluatorRegistry | bytes | None,
        figures: FigureSource,
    ) -> _Chunk:
        """A chunk of ``work`` (position, plan index, entity), its plans numbered within it."""
        used = list(dict.fromkeys(plan_index for _, plan_index, _ in work))
        within = {plan_index: number for number, plan_index in enumerate(used)}
        jobs = tuple((position, within[plan_index], entity) for position, plan_index, entity in work)
        return _Chunk(as_of, timeout, registry, figures, tuple(self._reference(i) for i in used), jobs)

    def _reference(self, index: int) -> _PlanRef:
        made = self._made.get(index)
        if made is None:
            plan = self._plans[index]
            group = self._groups.setdefault(plan.metrics, len(self._groups))
            own = frozenset(e.id for e in plan.entities if e.targets)
            if self._local:
                made = _PlanRef(spec_hash(plan), group, own, plan=plan)
            else:
                made = _PlanRef(spec_hash(plan), group, own, payload=pickle.dumps(plan, pickle.HIGHEST_PROTOCOL))
            self._made[index] = made
        return made


def _pickled_registry(registry: EvaluatorRegistry) -> bytes:
    try:
        return pickle.dumps(registry, pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        raise TypeError(
            f"this evaluator registry cannot be sent to worker processes ({exc}); install its plugins as "
            "packages with entry points and pass registry=None (each worker then finds them itself), "
            "or use a ThreadPoolExecutor"
        ) from exc


def _place(results: list[EvaluationResult | None], done: Iterable[tuple[int, EvaluationResult]]) -> None:
    for position, result in done:
        results[position] = result


# -- in the worker -------------------------------------------------------------------------

_compiled: OrderedDict[tuple[object, ...], CompiledPlan] = OrderedDict()
_registries: dict[str, EvaluatorRegistry] = {}
_REGISTRIES_KEPT = 8
_cache_lock = threading.Lock()


def _run_chunk(chunk: _Chunk) -> list[tuple[int, EvaluationResult]]:
    """Judge a chunk's pairs (in a worker, or here); each result with its position in the portfolio."""
    registry = _registry(chunk.registry)
    loaded: dict[int, Plan] = {}
    indexes: dict[int, FigureIndex] = {}
    current = None
    done = []
    for position, plan_index, entity in chunk.jobs:
        if entity != current:  # the pairs come grouped by entity: its indexes are no longer needed
            indexes.clear()
            current = entity
        ref = chunk.plans[plan_index]
        compiled = _compile(ref, plan_index, entity, loaded, registry, chunk.timeout)
        index = indexes.get(ref.metrics_group)
        if index is None:
            observations = chunk.figures.figures(tuple(compiled.metrics), entity)
            index = indexes[ref.metrics_group] = compiled.index(observations, entity)
        done.append((position, compiled.evaluate(index, chunk.as_of)))
    return done


def _compile(
    ref: _PlanRef,
    plan_index: int,
    entity: str,
    loaded: dict[int, Plan],
    registry: EvaluatorRegistry,
    timeout: float | None,
) -> CompiledPlan:
    """The plan compiled for ``entity``, from this process's cache when it was compiled before."""
    own = entity in ref.own_targets
    key = (ref.hash, entity if own else None, timeout, id(registry))
    with _cache_lock:
        compiled = _compiled.get(key)
        if compiled is not None:
            _compiled.move_to_end(key)
            return compiled
    plan = loaded.get(plan_index)
    if plan is None:
        plan = loaded[plan_index] = ref.load()
    compiled = compile_plan(plan.for_entity(entity) if own else plan, registry, timeout=timeout)
    with _cache_lock:
        _compiled[key] = compiled
        while len(_compiled) > COMPILED_KEPT:
            _compiled.popitem(last=False)
    return compiled


def _registry(sent: EvaluatorRegistry | bytes | None) -> EvaluatorRegistry:
    """The registry to judge with: this process's default, the one shared, or one sent (unpickled once)."""
    if sent is None:
        return default_registry()
    if isinstance(sent, EvaluatorRegistry):
        return sent
    digest = hashlib.sha256(sent).hexdigest()
    with _cache_lock:
        registry = _registries.get(digest)
    if registry is None:
        registry = pickle.loads(sent)  # pickled by evaluate_portfolio in the parent
        assert isinstance(registry, EvaluatorRegistry)
        with _cache_lock:
            if len(_registries) >= _REGISTRIES_KEPT:
                _registries.clear()
            _registries[digest] = registry
    return registry


def _after_fork() -> None:
    """A forked worker starts with fresh locks and ledgers; what it inherited is kept but unused."""
    global _cache_lock, _ledgers
    _cache_lock = threading.Lock()
    _inherited.append(_ledgers)
    _ledgers = _Ledgers()


os.register_at_fork(after_in_child=_after_fork)
