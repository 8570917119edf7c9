"""The plugin that registers planengine's own evaluators, through the same hook as any other."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from ..evaluator import Evaluator, Outcome
from ..hookspecs import hookimpl
from ..lights import BUILTIN_LIGHT_RULES, LightRule
from ..model import Metric, Target
from ..periods import Cadence, ProgressBasis
from ..scoring import DEFAULT_RULE, ScoringRule
from . import growth, threshold
from .growth import GROWTH_RATE
from .threshold import AMOUNT_THRESHOLD, COUNT_THRESHOLD

if TYPE_CHECKING:
    from ..observations import FigureIndex


@hookimpl
def register_evaluators() -> list[Evaluator[object]]:
    return [GROWTH_RATE, COUNT_THRESHOLD, AMOUNT_THRESHOLD]  # type: ignore[list-item]


@hookimpl
def register_scoring_rules() -> list[ScoringRule]:
    return [DEFAULT_RULE]


@hookimpl
def register_light_rules() -> list[LightRule]:
    return list(BUILTIN_LIGHT_RULES)


def prepared_rule(
    evaluator: Evaluator[object], target: Target, metric: Metric, year: int, frequency: Cadence, basis: ProgressBasis
) -> Callable[[FigureIndex, dt.date], Outcome] | None:
    """One of planengine's own rules prepared for ``target``: ``judge(figures, as_of) -> Outcome``.

    Everything that depends on neither the figures nor the date is worked out here, once;
    the judgement is the one ``evaluator.evaluate(params, context)`` gives. None for any
    other evaluator (a plugin's is called through its ``evaluate``), or for parameters that
    are not the evaluator's own class (built in code: they fail on evaluation as before).
    """
    params = target.params
    if evaluator is GROWTH_RATE and isinstance(params, growth.GrowthParams):
        # every number of its outcome is an exact ratio of integers divided: finite by construction
        return growth._Rule(params, metric, target=target, year=year, frequency=frequency, basis=basis).judge
    if (evaluator is COUNT_THRESHOLD or evaluator is AMOUNT_THRESHOLD) and isinstance(
        params, threshold.ThresholdParams
    ):
        quantities = (params.value, params.high, params.tolerance)
        if not all(q is None or (isinstance(q.magnitude, Decimal) and q.magnitude.is_finite()) for q in quantities):
            return None  # a number that is not finite (made in code): judged, and checked, through evaluate()
        counting = evaluator is COUNT_THRESHOLD
        return threshold._Rule(
            params,
            metric,
            counting=counting,
            target=target,
            year=year,
            frequency=frequency,
            basis=basis,
            unchecked=True,
        ).judge
    return None
