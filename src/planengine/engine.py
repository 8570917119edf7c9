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

planengine's own rules (growth-rate, count-threshold, amount-threshold) are prepared for
their targets when the plan is compiled: whatever depends on neither the figures nor the
as-of date is worked out once, and each evaluation calls the prepared rule without a
:class:`~planengine.evaluator.Context`. Their outcomes are well-formed by construction and
are not checked again; a plugin's outcome always is. The judgement is the one their
``evaluate`` gives, to the last digit and word.

When an outcome carries :class:`~planengine.progress.Progress` (the figure against
序时进度), the engine keeps ``on_track`` and ``lagging`` in line with its verdict, so no
assessment says "lagging" while its points say "level" or "ahead".
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Callable, Iterable

import attrs

from .evaluator import Context, Evaluator, Explanation, Outcome, Status, _NotFinite
from .hosting import EvaluatorTimeout, outcome_of_exception, run_evaluator
from .model import Metric, Plan, RawParams, Target
from .observations import FigureIndex, Observation
from .periods import Cadence, ProgressBasis
from .plugins import EvaluatorRegistry, RegisteredEvaluator, default_registry, planengine_version
from .results import EvaluationResult, EvaluatorUse, _make_assessment
from .spec import SpecErrors, SpecProblem, spec_hash, structure_params

__all__ = ["DEFAULT_TIMEOUT", "CompiledPlan", "EvaluatorTimeout", "compile_plan", "evaluate"]

_log = logging.getLogger(__name__)

#: Seconds a third-party evaluator may spend on one target before it is given up.
DEFAULT_TIMEOUT = 10.0


@attrs.frozen
class _Rule:
    """A target ready to evaluate: its evaluator (or None), metric and responsible units.

    ``judge`` is one of planengine's own rules prepared for the target (see
    :func:`planengine.evaluators.builtin.prepared_rule`), called instead of the evaluator's
    ``evaluate`` with a :class:`Context`; None for a plugin's evaluator.
    """

    target: Target
    metric: Metric | None
    registered: RegisteredEvaluator | None
    lead: tuple[str, ...]
    support: tuple[str, ...]
    frequency: Cadence
    basis: ProgressBasis
    judge: Callable[[FigureIndex, dt.date], Outcome] | None = None


class CompiledPlan:
    """A plan bound to the evaluators that will judge it."""

    def __init__(self, plan: Plan, registry: EvaluatorRegistry, *, timeout: float | None = DEFAULT_TIMEOUT) -> None:
        self.plan = plan
        self.registry = registry
        self.timeout = timeout
        self.spec_hash = spec_hash(plan)
        self.metrics = {m.id: m for m in plan.metrics}
        from .evaluators.builtin import prepared_rule  # imported with the registry, not with planengine

        rules = []
        problems: list[SpecProblem] = []
        for index, target in enumerate(plan.targets):
            registered = registry.get(target.evaluator)
            if registered is not None and isinstance(target.params, RawParams):
                target, found = structure_params(plan, index, attrs.evolve(target, params=target.params.data), registry)
                problems.extend(SpecProblem("", path, message) for path, message in found)
            responsibility = plan.responsibility(target.task)
            metric = self.metrics.get(target.metric) if target.metric else None
            frequency = plan.reporting_cadence(metric) if metric is not None else Cadence.MONTH
            basis = plan.progress_basis_of(metric)
            judge = None
            if registered is not None and metric is not None:
                try:
                    judge = prepared_rule(registered.evaluator, target, metric, plan.year, frequency, basis)
                except Exception:  # judged through evaluate(), which fails as it always did
                    judge = None
            rules.append(
                _Rule(target, metric, registered, responsibility.lead, responsibility.support, frequency, basis, judge)
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

    def index(self, observations: Iterable[Observation], entity: str = "") -> FigureIndex:
        """Index ``entity``'s ``observations`` once, to judge them at several dates without indexing again."""
        return FigureIndex(observations, self.metrics, entity)

    def evaluate(
        self, observations: Iterable[Observation] | FigureIndex, as_of: dt.date, *, entity: str | None = None
    ) -> EvaluationResult:
        """Judge every target against ``observations`` (or an :meth:`index` of them) at ``as_of``.

        Only the figures of ``entity`` are used (``""``, the default, for a plan of one
        entity; an index knows its own). Compile the plan of an entity with its own targets
        from :meth:`Plan.for_entity <planengine.Plan.for_entity>`.
        """
        if isinstance(observations, FigureIndex):
            figures = observations
            if entity is not None and entity != figures.entity:
                raise ValueError(f"this index holds the figures of {figures.entity!r}, not of {entity!r}")
        else:
            figures = self.index(observations, entity or "")
        assessments = []
        for rule in self._rules:
            judge = rule.judge
            if judge is None:
                outcome = self._outcome(rule, figures, as_of)
            else:  # planengine's own rule, prepared: well-formed and in line with its progress by construction
                try:
                    outcome = judge(figures, as_of)
                except _NotFinite:  # a figure made in code that is not a finite number: judged and checked
                    outcome = self._outcome(rule, figures, as_of)
                except Exception as exc:  # its signals (NoData, NotEvaluable) or a failure of its own target
                    assert rule.registered is not None
                    outcome = outcome_of_exception(rule.registered, exc)
            target = rule.target
            assessments.append(
                _make_assessment(
                    target.id,
                    target.metric,
                    target.evaluator,
                    outcome,
                    target.quote,
                    target.strive,
                    target.weight,
                    target.task,
                    rule.lead,
                    rule.support,
                )
            )
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
        warnings.extend(_unused_warnings(figures))
        return EvaluationResult(
            plan=self.plan.id,
            entity=figures.entity,
            year=self.plan.year,
            as_of=as_of,
            spec_hash=self.spec_hash,
            planengine_version=planengine_version(),
            evaluators=self.evaluators,
            assessments=tuple(assessments),
            warnings=tuple(warnings),
        )

    def _outcome(self, rule: _Rule, figures: FigureIndex, as_of: dt.date) -> Outcome:
        """The outcome of a target judged through its evaluator's ``evaluate`` (or not installed)."""
        target = rule.target
        if rule.registered is None:
            return Outcome(
                Status.UNSUPPORTED,
                Explanation(
                    f"评价器“{target.evaluator}”未安装,该目标暂不评价",
                    f"the evaluator {target.evaluator!r} is not installed, so this target is not assessed",
                ),
            )
        context = Context(target, rule.metric, self.plan.year, as_of, figures, rule.frequency, rule.basis)
        limit = None if rule.registered.evaluator.bounded else self.timeout
        return _in_line_with_progress(run_evaluator(rule.registered, target.params, context, limit))


#: Metrics named one by one in the warning about figures of metrics not in the plan.
_UNKNOWN_LISTED = 5


def _unused_warnings(figures: FigureIndex) -> list[str]:
    """What was given but not used: figures of metrics the plan lacks (a few named), of other entities."""
    if not figures.unknown_metrics and not figures.other_entities:
        return []
    warnings = []
    unknown = sorted(Counter(obs.metric for obs in figures.unknown_metrics).items())
    for metric_id, count in unknown[:_UNKNOWN_LISTED]:
        warnings.append(
            f"{count} figure{'s' if count > 1 else ''} for {metric_id!r}, which is not a metric "
            f"of this plan, were not used"
        )
    rest = unknown[_UNKNOWN_LISTED:]
    if rest:
        figures_left = sum(count for _, count in rest)
        warnings.append(f"{figures_left} figures of {len(rest)} more metrics not in this plan were not used")
    if figures.other_entities:
        whose = f"of {figures.entity!r}" if figures.entity else "of a plan without entities"
        warnings.append(
            f"{figures.other_entities} figure{'s' if figures.other_entities > 1 else ''} of other entities "
            f"were not used (this evaluation is {whose})"
        )
    return warnings


def _in_line_with_progress(outcome: Outcome) -> Outcome:
    """``on_track`` exactly when the progress verdict is ahead or level (before the year's end)."""
    progress = outcome.progress
    if progress is None or outcome.status not in (Status.ON_TRACK, Status.LAGGING):
        return outcome
    status = Status.ON_TRACK if progress.verdict.on_schedule else Status.LAGGING
    return outcome if status is outcome.status else attrs.evolve(outcome, status=status)


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
