"""Compile a plan against the installed evaluators once, then evaluate it many times.

:func:`compile_plan` resolves each target's evaluator from the registry (the only time
plugins are consulted) and precomputes what every evaluation needs: metric look-ups,
responsible unit names, the spec hash. :meth:`CompiledPlan.evaluate` then calls each
evaluator's function directly. A target whose evaluator is not installed is
``unsupported``; an evaluator that raises, returns something else than an
:class:`~planengine.evaluator.Outcome`, or runs longer than ``timeout`` seconds on one
target makes that one target ``error``, naming the plugin, and the rest of the plan is
still assessed. The time limit applies to every evaluator that does not declare itself
``bounded`` (see :class:`~planengine.evaluator.Evaluator`); planengine's own declare it, as
any plugin may.

When an outcome carries :class:`~planengine.progress.Progress` (the figure against
序时进度), the engine keeps ``on_track`` and ``lagging`` in line with its verdict, so no
assessment says "lagging" while its points say "level" or "ahead".
"""

from __future__ import annotations

import datetime as dt
import logging
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from .evaluator import Context, Evaluator, Explanation, NoData, NotEvaluable, Outcome, Status
from .model import Metric, Plan, RawParams, Target
from .observations import FigureIndex, Observation
from .periods import Cadence, ProgressBasis
from .plugins import EvaluatorRegistry, RegisteredEvaluator, default_registry, planengine_version
from .results import Assessment, EvaluationResult, EvaluatorUse
from .spec import SpecErrors, SpecProblem, spec_hash, structure_params

__all__ = ["DEFAULT_TIMEOUT", "CompiledPlan", "EvaluatorTimeout", "compile_plan", "evaluate"]

_log = logging.getLogger(__name__)

#: Seconds a third-party evaluator may spend on one target before it is given up.
DEFAULT_TIMEOUT = 10.0


class EvaluatorTimeout(BaseException):
    """An evaluator ran longer than the time limit on one target.

    A ``BaseException``, like ``KeyboardInterrupt``, so that an evaluator's own
    ``except Exception`` cannot swallow it; the one exception outside
    :class:`~planengine.PlanengineError`, and it never leaves the engine (the target
    becomes ``error``).
    """


@attrs.frozen
class _Rule:
    """A target ready to evaluate: its evaluator (or None), metric and responsible units."""

    target: Target
    metric: Metric | None
    registered: RegisteredEvaluator | None
    lead: tuple[str, ...]
    support: tuple[str, ...]
    frequency: Cadence
    basis: ProgressBasis


class CompiledPlan:
    """A plan bound to the evaluators that will judge it."""

    def __init__(self, plan: Plan, registry: EvaluatorRegistry, *, timeout: float | None = DEFAULT_TIMEOUT) -> None:
        self.plan = plan
        self.registry = registry
        self.timeout = timeout
        self.spec_hash = spec_hash(plan)
        self.metrics = {m.id: m for m in plan.metrics}
        rules = []
        problems: list[SpecProblem] = []
        for index, target in enumerate(plan.targets):
            registered = registry.get(target.evaluator)
            if registered is not None and isinstance(target.params, RawParams):
                target, found = structure_params(plan, index, attrs.evolve(target, params=target.params.data), registry)
                problems.extend(SpecProblem("", path, message) for path, message in found)
            responsibility = plan.responsibility(target.task)
            metric = self.metrics.get(target.metric) if target.metric else None
            rules.append(
                _Rule(
                    target,
                    metric,
                    registered,
                    responsibility.lead,
                    responsibility.support,
                    plan.reporting_cadence(metric) if metric is not None else Cadence.MONTH,
                    plan.progress_basis_of(metric),
                )
            )
        if problems:
            raise SpecErrors(problems)
        self._rules = tuple(rules)
        used = {r.registered.evaluator.name: r.registered for r in self._rules if r.registered is not None}
        self.evaluators = tuple(
            EvaluatorUse(name, reg.evaluator.version, reg.package, reg.package_version)
            for name, reg in sorted(used.items())
        )
        _log.info(
            "compiled %s (%s): %d targets, %d without an installed evaluator",
            plan.id,
            self.spec_hash[:19],
            len(self._rules),
            sum(r.registered is None for r in self._rules),
        )

    def evaluator(self, name: str) -> Evaluator[object] | None:
        """The installed evaluator called ``name``, or None; its declared properties guide reports."""
        registered = self.registry.get(name)
        return registered.evaluator if registered is not None else None

    def index(self, observations: Iterable[Observation]) -> FigureIndex:
        """Index ``observations`` once, to judge them at several dates without indexing again."""
        return FigureIndex(observations, self.metrics)

    def evaluate(self, observations: Iterable[Observation] | FigureIndex, as_of: dt.date) -> EvaluationResult:
        """Judge every target against ``observations`` (or an :meth:`index` of them) at ``as_of``."""
        figures = observations if isinstance(observations, FigureIndex) else self.index(observations)
        assessments = tuple(self._assess(rule, figures, as_of) for rule in self._rules)
        warnings = []
        if as_of.year != self.plan.year:
            when = "before" if as_of.year < self.plan.year else "after"
            warnings.append(
                f"the as-of date {as_of.isoformat()} is {when} the plan year {self.plan.year}"
                + (
                    "; nothing of the plan is due yet"
                    if when == "before"
                    else f"; figures of {self.plan.year} up to its end are judged"
                )
            )
        unknown = Counter(obs.metric for obs in figures.unknown_metrics)
        for metric_id, count in sorted(unknown.items()):
            warnings.append(
                f"{count} figure{'s' if count > 1 else ''} for {metric_id!r}, which is not a metric "
                f"of this plan, were not used"
            )
        return EvaluationResult(
            plan=self.plan.id,
            year=self.plan.year,
            as_of=as_of,
            spec_hash=self.spec_hash,
            planengine_version=planengine_version(),
            evaluators=self.evaluators,
            assessments=assessments,
            warnings=tuple(warnings),
        )

    def _assess(self, rule: _Rule, figures: FigureIndex, as_of: dt.date) -> Assessment:
        target = rule.target
        if rule.registered is None:
            outcome = Outcome(
                Status.UNSUPPORTED,
                Explanation(
                    f"评价器“{target.evaluator}”未安装,该目标暂不评价",
                    f"the evaluator {target.evaluator!r} is not installed, so this target is not assessed",
                ),
            )
        else:
            context = Context(target, rule.metric, self.plan.year, as_of, figures, rule.frequency, rule.basis)
            limit = None if rule.registered.evaluator.bounded else self.timeout
            outcome = _in_line_with_progress(_run(rule.registered, target.params, context, limit))
        return Assessment(
            target=target.id,
            metric=target.metric,
            evaluator=target.evaluator,
            outcome=outcome,
            quote=target.quote,
            strive=target.strive,
            weight=target.weight,
            task=target.task,
            lead=rule.lead,
            support=rule.support,
        )


def _in_line_with_progress(outcome: Outcome) -> Outcome:
    """``on_track`` exactly when the progress verdict is ahead or level (before the year's end)."""
    progress = outcome.progress
    if progress is None or outcome.status not in (Status.ON_TRACK, Status.LAGGING):
        return outcome
    status = Status.ON_TRACK if progress.verdict.on_schedule else Status.LAGGING
    return outcome if status is outcome.status else attrs.evolve(outcome, status=status)


def _run(registered: RegisteredEvaluator, params: Any, context: Context, timeout: float | None) -> Outcome:
    """Call an evaluator, turning its signals and failures into labelled outcomes."""
    try:
        outcome = _call(lambda: registered.evaluator.evaluate(params, context), timeout)
    except NoData as signal:
        return Outcome(Status.NO_DATA, signal.explanation)
    except NotEvaluable as signal:
        return Outcome(Status.NOT_EVALUABLE, signal.explanation)
    except EvaluatorTimeout:
        return Outcome(
            Status.ERROR,
            Explanation(
                f"评价器“{registered.evaluator.name}”(插件 {registered.plugin})超过{timeout}秒未完成,已放弃",
                f"the evaluator {registered.evaluator.name!r} (plugin {registered.plugin}) took longer than "
                f"{timeout} s on this target and was given up",
            ),
        )
    except Exception as exc:  # a plugin's failure must not stop the plan
        message = f"{type(exc).__name__}: {exc}"
        return Outcome(
            Status.ERROR,
            Explanation(
                f"评价器“{registered.evaluator.name}”(插件 {registered.plugin})出错:{message}",
                f"the evaluator {registered.evaluator.name!r} (plugin {registered.plugin}) failed: {message}",
            ),
        )
    if not isinstance(outcome, Outcome):
        return Outcome(
            Status.ERROR,
            Explanation(
                f"评价器“{registered.evaluator.name}”(插件 {registered.plugin})返回了{type(outcome).__name__},而非 Outcome",
                f"the evaluator {registered.evaluator.name!r} (plugin {registered.plugin}) returned "
                f"{type(outcome).__name__} instead of an Outcome",
            ),
        )
    return outcome


def _call(function: Callable[[], Outcome], timeout: float | None) -> Outcome:
    """Call ``function``, raising :class:`EvaluatorTimeout` when it runs past ``timeout`` seconds.

    In the main thread a timer signal interrupts the evaluator. Elsewhere (signals reach
    only the main thread) it runs in a daemon thread that is abandoned if it overruns.
    """
    if timeout is None:
        return function()
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):

        def expire(signum: int, frame: object) -> None:
            raise EvaluatorTimeout()

        host_delay, host_interval = signal.getitimer(signal.ITIMER_REAL)
        if host_delay and host_delay <= timeout:  # the host's own timer is due first: leave it alone
            return function()
        started = time.monotonic()
        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            return function()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            if host_delay:  # give the host's timer back what it has left
                remaining = max(host_delay - (time.monotonic() - started), 0.001)
                signal.setitimer(signal.ITIMER_REAL, remaining, host_interval)
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["outcome"] = function()
        except BaseException as exc:  # handed back to the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=target, name="planengine-evaluator", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise EvaluatorTimeout()
    if "error" in box:
        raise box["error"]
    return box["outcome"]  # type: ignore[no-any-return]


def compile_plan(
    plan: Plan, registry: EvaluatorRegistry | None = None, *, timeout: float | None = DEFAULT_TIMEOUT
) -> CompiledPlan:
    """Bind ``plan`` to the installed evaluators (or those of ``registry``).

    ``timeout`` limits the seconds a third-party evaluator may spend on one target
    (``None``: no limit).
    """
    return CompiledPlan(plan, registry if registry is not None else default_registry(), timeout=timeout)


def evaluate(
    plan: Plan | CompiledPlan,
    observations: Iterable[Observation],
    as_of: dt.date,
    *,
    registry: EvaluatorRegistry | None = None,
) -> EvaluationResult:
    """Judge every target of ``plan`` against ``observations`` at ``as_of``.

    Compiling is done here when a :class:`Plan` is given; pass a :class:`CompiledPlan` to
    evaluate the same plan many times without compiling it again.
    """
    compiled = plan if isinstance(plan, CompiledPlan) else compile_plan(plan, registry)
    return compiled.evaluate(observations, as_of)
