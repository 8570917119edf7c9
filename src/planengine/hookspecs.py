"""The hooks planengine calls on its plugins. This module is the reference for plugin authors.

A plugin is a module or object with functions marked ``@planengine.hookimpl`` whose names
are the hooks below; it may accept any subset of a hook's arguments. planengine's own
evaluators are registered through these same hooks, as a plugin named ``planengine.builtin``.
Third-party plugins are found through the entry-point group ``planengine``::

    [project.entry-points.planengine]
    my_evaluators = "my_package.plugin"

Hooks are called when a plugin manager is built and a plan is compiled, never per
observation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .evaluator import Evaluator
    from .lights import LightRule
    from .scoring import ScoringRule

__all__ = ["hookimpl", "hookspec", "register_evaluators", "register_light_rules", "register_scoring_rules"]

#: Marks a hook specification; used only by planengine itself.
hookspec = pluggy.HookspecMarker("planengine")
#: Marks a plugin's implementation of a hook: ``@planengine.hookimpl``.
hookimpl = pluggy.HookimplMarker("planengine")


# --- evaluator registration ------------------------------------------------------------------------


@hookspec
def register_evaluators() -> list[Evaluator[object]]:  # type: ignore[empty-body]
    """Return the evaluators this plugin provides, as a list of :class:`planengine.Evaluator`.

    Called once for each plugin when the evaluator registry is built. Two plugins that
    return evaluators of the same name are an error (:class:`planengine.PluginConflictError`)
    naming both. Return an empty list to provide none.
    """


# --- scoring ---------------------------------------------------------------------------------------


@hookspec
def register_scoring_rules() -> list[ScoringRule]:  # type: ignore[empty-body]
    """Return the scoring rules this plugin provides, as a list of :class:`planengine.scoring.ScoringRule`.

    A scoring rule turns one assessment into a score between 0 and 1, or ``None`` for a
    target that is not scored. Scorecards use the rule named ``completion-capped`` unless
    another is asked for by name. Called once for each plugin when the registry is built;
    two plugins returning rules of the same name are an error.
    """


# --- warning lights --------------------------------------------------------------------------------


@hookspec
def register_light_rules() -> list[LightRule]:  # type: ignore[empty-body]
    """Return the warning-light rules this plugin provides, as a list of :class:`planengine.LightRule`.

    A light rule grades one assessment green, yellow or red, the way a locality publishes
    its 红黄绿灯; a plan chooses one by name (``light_rule = "..."``, default
    ``points-behind``). planengine keeps every light in line with its status whatever the
    rule says (a lagging or missed target is never green, an on-track or met one never
    red). Called once for each plugin when the registry is built; two plugins returning
    rules of the same name are an error.
    """
