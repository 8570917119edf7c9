"""Fixtures shared by the plugin's tests.

The registry is built from a plugin manager given an empty environment, so the installed
entry points are loaded here whatever PLANENGINE_DISABLE_PLUGIN_AUTOLOAD says in the
process running the tests (planengine's own test suite sets it for the core's tests).
"""

from __future__ import annotations

import pytest

import planengine


@pytest.fixture(scope="session")
def registry() -> planengine.EvaluatorRegistry:
    return planengine.EvaluatorRegistry.from_plugin_manager(planengine.get_plugin_manager(environ={}))
