"""The plugin system: built-ins through the same hook, entry-point discovery, conflicts, failures."""

from __future__ import annotations

import datetime as dt
import textwrap
import threading
import time
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
            return [Evaluator(name=name, params=LevelParams, evaluate=evaluate, version="9.9", api_version=1)]  # type: ignore[arg-type]

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


def test_hook_register_evaluators() -> None:
    """A third-party evaluator registered through the hook judges its targets."""

    def evaluate(params: LevelParams, ctx: planengine.Context) -> Outcome:
        figure = ctx.latest()
        met = figure.value >= params.level
        return Outcome(
            Status.MET if met else Status.MISSED,
            Explanation("z", "e"),
            actual=figure.value,
            required=Decimal(params.level),
        )

    result = run(registry_with(make_plugin("custom-rule", evaluate)))
    custom = result.assessment("custom")
    assert (custom.status, custom.actual, custom.required) == (Status.MISSED, Decimal(2), Decimal(3))
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
    assert "returned an unusable result: str instead of an Outcome" in result.assessment("custom").explanation.en


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
    (tmp_path / "pe_demo_plugin.py").write_text(
        textwrap.dedent("""
        import attrs
        import planengine

        @attrs.frozen
        class P:
            pass

        def evaluate(params, ctx):
            return planengine.Outcome(planengine.Status.MET, planengine.Explanation("好", "fine"))

        @planengine.hookimpl
        def register_evaluators():
            return [planengine.Evaluator(name="demo", params=P, evaluate=evaluate, version="0.1", api_version=1)]
    """)
    )
    dist = tmp_path / "pe_demo_plugin-1.2.3.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: pe-demo-plugin\nVersion: 1.2.3\n")
    (dist / "entry_points.txt").write_text("[planengine]\ndemo = pe_demo_plugin\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    registry = EvaluatorRegistry.from_plugin_manager(get_plugin_manager(environ={"PLANENGINE_LOAD_PLUGINS": "demo"}))
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


def test_a_plugin_for_another_api_version_is_refused_at_load_time() -> None:
    class Future:
        @hookimpl
        def register_evaluators(self) -> list[Evaluator[LevelParams]]:
            return [
                Evaluator(
                    name="future",
                    params=LevelParams,
                    evaluate=lambda p, c: None,  # type: ignore[arg-type, return-value]
                    version="1",
                    api_version=planengine.PLUGIN_API_VERSION + 1,
                )
            ]

    with pytest.raises(planengine.PluginAPIError, match=r"written for planengine's plugin API 2, but this planengine"):
        registry_with(Future())


def slow_plan(evaluate: object) -> planengine.CompiledPlan:
    """The test spec compiled with a custom evaluator and a time limit of 0.2 s."""
    registry = registry_with(make_plugin("custom-rule", evaluate))
    plan = planengine.loads_spec(SPEC.format(name="custom-rule"), registry=registry)
    return planengine.compile_plan(plan, registry, timeout=0.2)


def sleeps(params: LevelParams, ctx: planengine.Context) -> Outcome:
    time.sleep(5)
    return Outcome(Status.MET, Explanation("z", "e"))


def test_an_evaluator_that_takes_too_long_is_given_up() -> None:
    compiled = slow_plan(sleeps)
    started = time.perf_counter()
    result = compiled.evaluate([], dt.date(2026, 6, 30))
    assert time.perf_counter() - started < 3
    custom = result.assessment("custom")
    assert custom.status is Status.ERROR and "took longer than 0.2 s" in custom.explanation.en
    assert result.assessment("builtin").status is Status.NO_DATA


def test_the_time_limit_holds_outside_the_main_thread_too() -> None:
    compiled = slow_plan(sleeps)
    results: list[planengine.EvaluationResult] = []
    worker = threading.Thread(target=lambda: results.append(compiled.evaluate([], dt.date(2026, 6, 30))))
    worker.start()
    worker.join(4)
    assert results and results[0].assessment("custom").status is Status.ERROR


def test_an_evaluator_catching_everything_cannot_swallow_the_time_limit() -> None:
    def stubborn(params: LevelParams, ctx: planengine.Context) -> Outcome:
        try:
            time.sleep(5)
        except Exception:  # noqa: BLE001 - the point of the test
            pass
        return Outcome(Status.MET, Explanation("z", "e"))

    result = slow_plan(stubborn).evaluate([], dt.date(2026, 6, 30))
    assert result.assessment("custom").status is Status.ERROR


def _demo_distribution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str = "demo") -> None:
    (tmp_path / f"pe_{name}_plugin.py").write_text(
        textwrap.dedent(f"""
        import attrs
        import planengine

        @attrs.frozen
        class P:
            pass

        @planengine.hookimpl
        def register_evaluators():
            return [planengine.Evaluator(name="{name}", params=P, evaluate=lambda p, c: None, version="0.1",
                                         api_version=1)]
    """)
    )
    dist = tmp_path / f"pe_{name}_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: pe-{name}-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(f"[planengine]\n{name} = pe_{name}_plugin\n")
    monkeypatch.syspath_prepend(str(tmp_path))


def test_autoloading_can_be_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _demo_distribution(tmp_path, monkeypatch)
    loaded = EvaluatorRegistry.from_plugin_manager(get_plugin_manager(environ={"PLANENGINE_LOAD_PLUGINS": "demo"}))
    assert "demo" in loaded
    off = EvaluatorRegistry.from_plugin_manager(
        get_plugin_manager(environ={"PLANENGINE_DISABLE_PLUGIN_AUTOLOAD": "1", "PLANENGINE_LOAD_PLUGINS": "demo"})
    )
    assert "demo" not in off and "growth-rate" in off


def test_only_named_plugins_are_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _demo_distribution(tmp_path, monkeypatch, "alpha")
    _demo_distribution(tmp_path, monkeypatch, "beta")
    registry = EvaluatorRegistry.from_plugin_manager(get_plugin_manager(environ={"PLANENGINE_LOAD_PLUGINS": "beta"}))
    assert "beta" in registry and "alpha" not in registry
    none = EvaluatorRegistry.from_plugin_manager(get_plugin_manager(environ={"PLANENGINE_LOAD_PLUGINS": ""}))
    assert "alpha" not in none and "beta" not in none


def test_hook_calls_can_be_traced(capsys: pytest.CaptureFixture[str]) -> None:
    EvaluatorRegistry.from_plugin_manager(
        get_plugin_manager(load_entry_points=False, environ={"PLANENGINE_TRACE_PLUGINS": "1"})
    )
    err = capsys.readouterr().err
    assert "planengine: calling register_evaluators() on planengine.builtin" in err
    assert "register_evaluators returned" in err


def test_a_plugin_that_fails_to_load_is_named_with_the_way_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dist = tmp_path / "pe_broken-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: pe-broken\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[planengine]\nbroken = pe_broken_missing_module\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(
        planengine.PluginError,
        match=r"the plugin 'broken' \(package pe-broken\) failed to load.*"
        r"PLANENGINE_LOAD_PLUGINS",
    ):
        get_plugin_manager(environ={"PLANENGINE_LOAD_PLUGINS": "broken"})


def test_a_plugin_failing_in_its_hook_is_named() -> None:
    class Failing:
        @hookimpl
        def register_evaluators(self) -> list[Evaluator[LevelParams]]:
            raise RuntimeError("boom")

    with pytest.raises(planengine.PluginError, match="failed in register_evaluators: RuntimeError: boom"):
        registry_with(Failing())


def test_a_plugin_check_that_raises_is_a_spec_error_not_a_traceback() -> None:
    def bad_check(params: LevelParams, metric: object, plan: object) -> list[planengine.ParamProblem]:
        raise ValueError("year 0 is out of range")

    class Checking:
        @hookimpl
        def register_evaluators(self) -> list[Evaluator[LevelParams]]:
            return [
                Evaluator(
                    name="custom-rule",
                    params=LevelParams,
                    evaluate=lambda p, c: None,  # type: ignore[arg-type, return-value]
                    version="1",
                    api_version=1,
                    check=bad_check,
                )
            ]

    with pytest.raises(
        planengine.SpecErrors,
        match=r"targets\[0\]\.params: the evaluator 'custom-rule' .* failed while "
        r"checking these parameters: ValueError: year 0 is out of range",
    ):
        planengine.loads_spec(SPEC.format(name="custom-rule"), registry=registry_with(Checking()))


def test_the_time_limit_gives_the_host_its_timer_back() -> None:
    import signal

    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda *args: fired.append(1))
    try:
        signal.setitimer(signal.ITIMER_REAL, 30)
        result = slow_plan(lambda p, c: Outcome(Status.MET, Explanation("z", "e"))).evaluate([], dt.date(2026, 6, 30))
        assert result.assessment("custom").status is Status.MET
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 25 < remaining <= 30
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert fired == []
