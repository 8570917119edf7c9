"""planengine-sdg-progress: the ``sdg-progress`` evaluator for planengine.

It judges a target by the UN SDG progress measurement methodology as national reporting
platforms publish it (Open SDG, with Statistics Canada's method): the compound annual
growth observed since a base year against the growth needed to reach a target value by a
target year, in the methodology's categories ``target_achieved``, ``substantial_progress``,
``moderate_progress``, ``limited_progress`` and ``deterioration``.

* :func:`measure_progress` is the methodology as a pure function (exact; no floats).
* :data:`SDG_PROGRESS` is the evaluator; the README gives its parameters and statuses.

Installed, this module is found through the entry point
``[project.entry-points.planengine] sdg_progress = "planengine_sdg_progress"`` and returns
the evaluator from the ``register_evaluators`` hook.
"""

from __future__ import annotations

from importlib import metadata
from typing import Any

import planengine

from .evaluator import API_VERSION, SDG_PROGRESS, SdgProgressParams, check, evaluate, shape, status_for
from .methodology import (
    DEFAULT_BASE_YEAR,
    DEFAULT_TARGET_YEAR,
    TARGET_THRESHOLDS,
    TREND_THRESHOLDS,
    Category,
    Method,
    Problem,
    ProgressResult,
    measure_progress,
)

__all__ = [
    "API_VERSION",
    "DEFAULT_BASE_YEAR",
    "DEFAULT_TARGET_YEAR",
    "SDG_PROGRESS",
    "TARGET_THRESHOLDS",
    "TREND_THRESHOLDS",
    "Category",
    "Method",
    "Problem",
    "ProgressResult",
    "SdgProgressParams",
    "__version__",
    "check",
    "evaluate",
    "measure_progress",
    "register_evaluators",
    "shape",
    "status_for",
]

try:
    __version__ = metadata.version("planengine-sdg-progress")
except metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"


@planengine.hookimpl
def register_evaluators() -> list[planengine.Evaluator[Any]]:
    """The evaluators this plugin provides: ``sdg-progress``."""
    return [SDG_PROGRESS]
