"""The plugin is found through its entry point, declares API 1, and the CLI lists it with its parameters."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import metadata

import planengine_milestone
import pytest
from planengine_milestone import MILESTONE, MilestoneParams

import planengine
import planengine.plugins

DISABLE = "PLANENGINE_DISABLE_PLUGIN_AUTOLOAD"


def test_the_package_registers_its_entry_point() -> None:
    points = [ep for ep in metadata.entry_points(group="planengine") if ep.name == "milestone"]
    assert len(points) == 1
    assert points[0].value == "planengine_milestone"
    assert points[0].dist is not None and points[0].dist.metadata["Name"] == "planengine-milestone"
    assert points[0].load() is planengine_milestone


def test_the_plugin_manager_loads_it_from_the_entry_point() -> None:
    pm = planengine.get_plugin_manager(environ={})
    assert pm.get_plugin("milestone") is planengine_milestone
    packages = {dist.project_name for plugin, dist in pm.list_plugin_distinfo() if plugin is planengine_milestone}
    assert packages == {"planengine-milestone"}


def test_the_registry_lists_milestone_with_its_package(registry: planengine.EvaluatorRegistry) -> None:
    registered = registry.get("milestone")
    assert registered is not None
    assert registered.evaluator is MILESTONE
    assert registered.plugin == "milestone"
    assert registered.package == "planengine-milestone"
    assert registered.package_version == "0.1.0" == planengine_milestone.__version__
    assert registered.evaluator.params is MilestoneParams
    assert {"count-threshold", "amount-threshold", "growth-rate", "milestone"} <= set(registry.names())


def test_the_default_registry_has_it_when_autoloading_is_on() -> None:
    if os.environ.get(DISABLE):
        pytest.skip(f"{DISABLE} is set in this process, so the default registry loads no plugin")
    assert "milestone" in planengine.default_registry()
    assert planengine.get_plugin_manager().get_plugin("milestone") is planengine_milestone


def test_switching_autoloading_off_leaves_it_out() -> None:
    pm = planengine.get_plugin_manager(environ={DISABLE: "1"})
    assert "milestone" not in planengine.EvaluatorRegistry.from_plugin_manager(pm)
    only_others = planengine.get_plugin_manager(environ={"PLANENGINE_LOAD_PLUGINS": "something-else"})
    assert only_others.get_plugin("milestone") is None
    only_this = planengine.get_plugin_manager(environ={"PLANENGINE_LOAD_PLUGINS": "milestone"})
    assert only_this.get_plugin("milestone") is planengine_milestone


def test_it_declares_the_api_it_was_written_for_not_the_hosts(monkeypatch: pytest.MonkeyPatch) -> None:
    assert MILESTONE.api_version == 1 == planengine_milestone.API_VERSION
    # a host with another plugin API refuses it, naming the package, instead of loading it blindly
    monkeypatch.setattr(planengine.plugins, "PLUGIN_API_VERSION", 2)
    pm = planengine.get_plugin_manager(environ={"PLANENGINE_LOAD_PLUGINS": "milestone"})
    with pytest.raises(planengine.PluginAPIError) as refused:
        planengine.EvaluatorRegistry.from_plugin_manager(pm)
    assert "planengine-milestone" in str(refused.value)
    assert "API 1" in str(refused.value)


def _cli(*args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in (DISABLE, "PLANENGINE_LOAD_PLUGINS")}
    done = subprocess.run(
        [sys.executable, "-m", "planengine", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_planengine_plugins_lists_it_with_its_parameter_schema() -> None:
    listed = json.loads(_cli("plugins", "--format", "json"))
    (entry,) = [e for e in listed["evaluators"] if e["evaluator"] == "milestone"]
    assert entry["package"] == "planengine-milestone"
    assert entry["package_version"] == "0.1.0"
    assert entry["api_version"] == 1
    assert entry["plugin"] == "milestone"
    assert "阶段" in entry["description"]
    params = {p["name"]: p for p in entry["params"]}
    assert list(params) == ["deliverable", "count", "required_stage", "due", "checkpoints"]
    assert params["deliverable"]["required"] is True
    assert params["count"] == {"name": "count", "type": "int", "required": False, "default": "1"}
    assert params["required_stage"]["default"] == "done"
    assert params["due"]["required"] is False and params["due"]["default"] == ""
    assert params["checkpoints"]["required"] is False


def test_planengine_plugins_table_names_the_package() -> None:
    table = _cli("plugins")
    assert "milestone 1.0  from planengine-milestone 0.1.0 (plugin milestone, API 1)" in table
    assert "- required_stage: Stage (default done)" in table
    assert "- deliverable: str (required)" in table
