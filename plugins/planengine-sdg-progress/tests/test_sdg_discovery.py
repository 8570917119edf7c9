"""The plugin is found through its entry point, declares API 1, and the CLI lists it.

Nothing here sets PLANENGINE_DISABLE_PLUGIN_AUTOLOAD: the plugin manager is given its
environment explicitly, and the command line runs with the variable removed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import metadata

import planengine_sdg_progress
import pytest
from planengine_sdg_progress import SDG_PROGRESS, SdgProgressParams

import planengine
import planengine.plugins

DISABLE = "PLANENGINE_DISABLE_PLUGIN_AUTOLOAD"


def test_the_package_registers_its_entry_point() -> None:
    points = [ep for ep in metadata.entry_points(group="planengine") if ep.name == "sdg_progress"]
    assert len(points) == 1
    assert points[0].value == "planengine_sdg_progress"
    assert points[0].dist is not None and points[0].dist.metadata["Name"] == "planengine-sdg-progress"
    assert points[0].load() is planengine_sdg_progress


def test_the_plugin_manager_loads_it_from_the_entry_point() -> None:
    pm = planengine.get_plugin_manager(environ={})
    assert pm.get_plugin("sdg_progress") is planengine_sdg_progress
    packages = {dist.project_name for plugin, dist in pm.list_plugin_distinfo() if plugin is planengine_sdg_progress}
    assert packages == {"planengine-sdg-progress"}


def test_the_registry_credits_the_package(registry: planengine.EvaluatorRegistry) -> None:
    registered = registry.get("sdg-progress")
    assert registered is not None
    assert registered.evaluator is SDG_PROGRESS
    assert registered.evaluator.params is SdgProgressParams
    assert (registered.plugin, registered.package) == ("sdg_progress", "planengine-sdg-progress")
    assert registered.package_version == "0.1.0" == planengine_sdg_progress.__version__
    assert {"count-threshold", "amount-threshold", "growth-rate", "sdg-progress"} <= set(registry.names())
    assert [f["name"] for f in registered.schema()] == ["target_value", "target_year", "base_year", "limit"]


def test_the_default_registry_has_it_when_autoloading_is_on() -> None:
    if os.environ.get(DISABLE):
        pytest.skip(
            f"{DISABLE} is set in this process (planengine's own tests set it), so the default "
            f"registry loads no plugin; the other tests load it with an explicit environment"
        )
    assert "sdg-progress" in planengine.default_registry()


def test_switching_autoloading_off_leaves_it_out() -> None:
    off = planengine.EvaluatorRegistry.from_plugin_manager(planengine.get_plugin_manager(environ={DISABLE: "1"}))
    assert "sdg-progress" not in off
    only_this = planengine.get_plugin_manager(environ={"PLANENGINE_LOAD_PLUGINS": "sdg_progress"})
    assert only_this.get_plugin("sdg_progress") is planengine_sdg_progress


def test_it_declares_the_api_it_was_written_for(monkeypatch: pytest.MonkeyPatch) -> None:
    assert SDG_PROGRESS.api_version == 1 == planengine_sdg_progress.API_VERSION
    monkeypatch.setattr(planengine.plugins, "PLUGIN_API_VERSION", 2)
    pm = planengine.get_plugin_manager(environ={"PLANENGINE_LOAD_PLUGINS": "sdg_progress"})
    with pytest.raises(planengine.PluginAPIError) as refused:
        planengine.EvaluatorRegistry.from_plugin_manager(pm)
    assert "planengine-sdg-progress" in str(refused.value) and "API 1" in str(refused.value)


def test_the_command_line_lists_it() -> None:
    env = {k: v for k, v in os.environ.items() if k not in (DISABLE, "PLANENGINE_LOAD_PLUGINS")}
    done = subprocess.run(
        [sys.executable, "-m", "planengine", "plugins", "--format", "json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    mine = [e for e in json.loads(done.stdout)["evaluators"] if e["evaluator"] == "sdg-progress"]
    assert len(mine) == 1, done.stdout
    assert (mine[0]["package"], mine[0]["package_version"], mine[0]["api_version"]) == (
        "planengine-sdg-progress",
        "0.1.0",
        1,
    )
