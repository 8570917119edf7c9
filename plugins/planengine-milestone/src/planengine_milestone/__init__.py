"""planengine-milestone: the ``milestone`` evaluator for planengine.

Qualitative targets of a work plan (取得实质性进展, 申报, 打造) are judged from the stage
their unit reports, as a figure in 阶段: 0 未启动, 1 推进中, 2 取得实质性进展, 3 已完成,
with the figure's note as the evidence. The rules are in :mod:`planengine_milestone.rule`.

This module is the plugin: installed, it is found through the entry point
``[project.entry-points.planengine] milestone = "planengine_milestone"`` and returns the
evaluator from the ``register_evaluators`` hook.
"""

from __future__ import annotations

from importlib import metadata
from typing import Any

import planengine

from .rule import API_VERSION, MILESTONE, Checkpoint, MilestoneParams, check, evaluate, expected_stage, shape
from .stages import Stage, stage_of_figure

__all__ = [
    "API_VERSION",
    "MILESTONE",
    "Checkpoint",
    "MilestoneParams",
    "Stage",
    "__version__",
    "check",
    "evaluate",
    "expected_stage",
    "register_evaluators",
    "shape",
    "stage_of_figure",
]

try:
    __version__ = metadata.version("planengine-milestone")
except metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"


@planengine.hookimpl
def register_evaluators() -> list[planengine.Evaluator[Any]]:
    """The evaluators this plugin provides: ``milestone``."""
    return [MILESTONE]
