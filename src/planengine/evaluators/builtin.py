"""The plugin that registers planengine's own evaluators, through the same hook as any other."""

from __future__ import annotations

from ..evaluator import Evaluator
from ..hookspecs import hookimpl
from ..lights import BUILTIN_LIGHT_RULES, LightRule
from ..scoring import DEFAULT_RULE, ScoringRule
from .growth import GROWTH_RATE
from .threshold import AMOUNT_THRESHOLD, COUNT_THRESHOLD


@hookimpl
def register_evaluators() -> list[Evaluator[object]]:
    return [GROWTH_RATE, COUNT_THRESHOLD, AMOUNT_THRESHOLD]  # type: ignore[list-item]


@hookimpl
def register_scoring_rules() -> list[ScoringRule]:
    return [DEFAULT_RULE]


@hookimpl
def register_light_rules() -> list[LightRule]:
    return list(BUILTIN_LIGHT_RULES)
