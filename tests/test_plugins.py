"""The plugin system: built-ins through the same hook, entry-point discovery, conflicts, failures."""

from __future__ import annotations

import datetime as dt
import textwrap
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

import planengine
from planengine import (
    Evaluator,
    EvaluatorRegistry,
    Explanation,
    Outcome,
    PluginConflictError,
    Status,
    get_plugin_manager,
    hookimpl,
)
from planengine.plugins import BUILTIN_PLUGIN

SPEC = """
format = 1
id = "p"
title = "t"
issuer = "i"
year = 2026
plugin_evaluators = ["milestone"]
[[metrics]]
id = "m"
name = "m"
unit = "家"
reporting = "cumulative"
direction = "increase"
[[targets]]
id = "custom"
metric = "m"
evaluator = "{name}"
quote = "q"
params = {{ level = 3 }}
[[targets]]
id = "builtin"
metric = "m"
evaluator = "count-threshold"
quote = "q"
params = {{ value = "1家" }}
[[targets]]
id = "milestone"
evaluator = "milestone"
quote = "取得实质性进展"
params = {{ stage = "done" }}
"""


@attrs.frozen
class LevelParams:
    level: int


def make_plugin(name: str, evaluate: object) -> object:
    class Plugin:
        @hookimpl
        def register_evaluators(self) -> list[Evaluator[LevelParams]]:
            return [Evaluator(name=name, params=LevelParams, evaluate=evaluate, version="9.9")]  # type: ignore[arg-type]

    return Plugin()


def registry_with(*plugins: object) -> EvaluatorRegistry:
    pm = get_plugin_manager(load_entry_points=False)
    for plugin in plugins:
        pm.register(plugin)
    return EvaluatorRegistry.from_plugin_manager(pm)


def run(registry: EvaluatorRegistry, name: str = "custom-rule") -> planengine.EvaluationResult:
    plan = planengine.loads_spec(SPEC.format(name=name), registry=registry)
    figures = [planengine.Observation("m", dt.date(2026, 12, 31), planengine.parse_quantity("2家"))]
    return planengine.evaluate(plan, figures, dt.date(2026, 12, 31), registry=registry)


def test_builtins_are_an_ordinary_plugin() -> None:
    pm = get_plugin_manager(load_entry_points=False)
    assert pm.get_plugin(BUILTIN_PLUGIN) is not None
    registry = EvaluatorRegistry.from_plugin_manager(pm)
    assert registry.names() == ["amount-threshold", "count-threshold", "growth-rate"]
    assert {r.plugin for r in registry} == {BUILTIN_PLUGIN}
    assert {r.package for r in registry} == {"planengine"}


def test_a_third_party_evaluator_judges_its_targets() -> None:
    def evaluate(params: LevelParams, ctx: planengine.Context) -> Outcome:
        figure = ctx.latest()
        met = figure.value >= params.level
        return Outcome(Status.MET if met else Status.MISSED, Explanation("z", "e"), actual=figure.value,
                       required=Decimal(params.level))

    result = run(registry_with(make_plugin("custom-rule", evaluate)))
    custom = result.assessment("custom")
    assert (custom.status, custom.actual, custom.required) == (Status.MISSED, 2, 3)
    assert result.assessment("builtin").status is Status.MET
    assert result.assessment("milestone").status is Status.UNSUPPORTED
    assert "milestone" in result.assessment("milestone").explanation.en
    assert {(e.name, e.version) for e in result.evaluators} >= {("custom-rule", "9.9")}


def test_an_evaluator_that_raises_is_an_error_for_its_target_only() -> None:
    def evaluate(params: LevelParams, ctx: planengine.Context) -> Outcome:
        raise ZeroDivisionError("boom")

    result = run(registry_with(make_plugin("custom-rule", evaluate)))
    custom = result.assessment("custom")
    assert custom.status is Status.ERROR
    assert "ZeroDivisionError: boom" in custom.explanation.en and "custom-rule" in custom.explanation.en
    assert result.assessment("builtin").status is Status.MET


def test_an_evaluator_that_returns_the_wrong_type_is_an_error() -> None:
    result = run(registry_with(make_plugin("custom-rule", lambda params, ctx: "met")))
    assert result.assessment("custom").status is Status.ERROR
    assert "returned str" in result.assessment("custom").explanation.en


def test_two_plugins_claiming_one_name_is_a_clear_error() -> None:
    with pytest.raises(PluginConflictError, match="two plugins provide an evaluator named 'count-threshold'"):
        registry_with(make_plugin("count-threshold", lambda params, ctx: None))


def test_a_plugin_returning_garbage_is_refused() -> None:
    class Bad:
        @hookimpl
        def register_evaluators(self) -> object:
            return ["not an evaluator"]

    with pytest.raises(PluginConflictError, match="must return a list of Evaluator"):
        registry_with(Bad())


def test_plugins_are_discovered_through_entry_points(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A distribution with a ``planengine`` entry point is loaded and credited by name and version."""
    (tmp_path / "pe_demo_plugin.py").write_text(textwrap.dedent("""
        import attrs
        import planengine

        @attrs.frozen
        class P:
            pass

        def evaluate(params, ctx):
            return planengine.Outcome(planengine.Status.MET, planengine.Explanation("好", "fine"))

        @planengine.hookimpl
        def register_evaluators():
            return [planengine.Evaluator(name="demo", params=P, evaluate=evaluate, version="0.1")]
    """))
    dist = tmp_path / "pe_demo_plugin-1.2.3.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: pe-demo-plugin\nVersion: 1.2.3\n")
    (dist / "entry_points.txt").write_text("[planengine]\ndemo = pe_demo_plugin\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    registry = EvaluatorRegistry.from_plugin_manager(get_plugin_manager())
    demo = registry.get("demo")
    assert demo is not None
    assert (demo.package, demo.package_version, demo.evaluator.version) == ("pe-demo-plugin", "1.2.3", "0.1")


def test_evaluation_is_a_direct_call_not_a_hook_dispatch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Once compiled, evaluating never consults the plugin manager again."""
    calls: list[str] = []

    def evaluate(params: LevelParams, ctx: planengine.Context) -> Outcome:
        calls.append("evaluate")
        return Outcome(Status.MET, Explanation("z", "e"))

    pm = get_plugin_manager(load_entry_points=False)
    pm.register(make_plugin("custom-rule", evaluate))
    registry = EvaluatorRegistry.from_plugin_manager(pm)
    plan = planengine.loads_spec(SPEC.format(name="custom-rule"), registry=registry)
    compiled = planengine.compile_plan(plan, registry)
    undo = pm.add_hookcall_monitoring(lambda *a: calls.append("hook"), lambda *a: None)
    for _ in range(3):
        compiled.evaluate([], dt.date(2026, 6, 30))
    undo()
    assert calls == ["evaluate"] * 3
