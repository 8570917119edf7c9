"""Misbehaving plugins: whatever an evaluator's code does costs its own target, and nothing more.

Each case is a real plugin registered through the hook, judging one target of a small plan
beside a built-in one; the built-in target must still be judged, and the run must go on.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import planengine
import planengine.hosting
from planengine import Explanation, Outcome, Status
from planengine.cli import main

from .test_plugins import SPEC, make_plugin, registry_with

DAY = dt.date(2026, 12, 31)


def judge(evaluate: Any, timeout: float | None = 5.0) -> tuple[planengine.Assessment, planengine.Assessment]:
    registry = registry_with(make_plugin("custom-rule", evaluate))
    plan = planengine.loads_spec(SPEC.format(name="custom-rule"), registry=registry)
    compiled = planengine.compile_plan(plan, registry, timeout=timeout)
    result = compiled.evaluate([planengine.Observation("m", DAY, planengine.parse_quantity("2家"))], DAY)
    return result.assessment("custom"), result.assessment("builtin")


def assert_contained(evaluate: Any, message: str, timeout: float | None = 5.0) -> None:
    custom, builtin = judge(evaluate, timeout)
    assert custom.status is Status.ERROR and message in custom.explanation.en, custom.explanation.en
    assert builtin.status is Status.MET  # the rest of the plan is judged


def test_sys_exit_in_an_evaluator_is_that_targets_error() -> None:
    assert_contained(lambda p, c: sys.exit(0), "called sys.exit(0)")


def test_os_exit_in_an_evaluator_is_intercepted(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_contained(lambda p, c: os._exit(3), "called os._exit(3)")
    # outside a plugin's call os._exit is the real one (here a recorder stands in for it)
    calls: list[int] = []
    monkeypatch.setattr(planengine.hosting, "_real_exit", calls.append)
    os._exit(5)
    assert calls == [5]


def test_os_exit_stays_guarded_when_plugin_calls_overlap_in_threads() -> None:
    """Found in review: saving and restoring os._exit per call raced between threads."""
    import threading

    results: list[str] = []

    def evaluate(p: object, c: object) -> Outcome:
        time.sleep(0.2)
        os._exit(7)
        raise AssertionError("not reached")

    def worker() -> None:
        custom, _ = judge(evaluate, timeout=5)
        results.append(custom.explanation.en)

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for thread in threads:
        thread.start()
        time.sleep(0.05)
    for thread in threads:
        thread.join(timeout=30)
    assert len(results) == 3 and all("called os._exit(7)" in r for r in results)
    assert os._exit is planengine.hosting._guarded_exit


def test_an_exception_raised_after_swallowing_the_timeout_is_still_a_timeout() -> None:
    def evaluate(p: object, c: object) -> Outcome:
        try:
            time.sleep(10)
        except BaseException:
            raise planengine.NoData("没有", "nothing") from None
        raise AssertionError("not reached")

    assert_contained(evaluate, "took longer than 0.2 s", timeout=0.2)


def test_a_keyboard_interrupt_the_plugin_raises_itself_is_its_error() -> None:
    def evaluate(p: object, c: object) -> Outcome:
        raise KeyboardInterrupt

    assert_contained(evaluate, "KeyboardInterrupt")


def test_a_real_ctrl_c_still_stops_the_run() -> None:
    def evaluate(p: object, c: object) -> Outcome:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(1)
        raise AssertionError("not reached")

    with pytest.raises(KeyboardInterrupt):
        judge(evaluate)


def test_a_plugin_that_swallows_the_timeout_is_stopped_again() -> None:
    """Found in review: a plugin catching the time-limit exception ran its full 100 s."""
    seen = {"caught": 0, "finished": False}

    def evaluate(p: object, c: object) -> Outcome:
        try:
            time.sleep(10)
        except BaseException:
            seen["caught"] += 1  # swallowed, and on it goes
        time.sleep(10)
        seen["finished"] = True
        return Outcome(Status.MET, Explanation("", ""))

    assert_contained(evaluate, "took longer than 0.2 s", timeout=0.2)
    assert seen == {"caught": 1, "finished": False}  # interrupted again, long before its sleep ended


@pytest.mark.parametrize(
    ("outcome", "message"),
    [
        (Outcome(Status.MET, Explanation("", ""), actual=Decimal("NaN")), "actual is NaN"),
        (Outcome(Status.MET, Explanation("", ""), actual=Decimal("Infinity")), "actual is Infinity"),
        (Outcome(Status.MET, Explanation("", ""), actual=1.5), "actual is float 1.5"),  # type: ignore[arg-type]
        (Outcome("met", Explanation("", "")), "status is 'met'"),  # type: ignore[arg-type]
        (Outcome(Status.MET, "why"), "explanation is str"),  # type: ignore[arg-type]
        (Outcome(Status.MET, Explanation("", ""), figure_date="2026-12-31"), "figure_date"),  # type: ignore[arg-type]
        (Outcome(Status.MET, Explanation.deferred(lambda: 1 / 0)), "ZeroDivisionError"),  # type: ignore[arg-type, return-value]
        (Outcome(Status.MET, Explanation("\ud800", "")), "cannot be written"),
    ],
)
def test_an_outcome_with_wrong_fields_is_that_targets_error(outcome: Outcome, message: str) -> None:
    assert_contained(lambda p, c: outcome, message)


def test_a_plugins_print_does_not_corrupt_json_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def evaluate(p: object, c: object) -> Outcome:
        print("debugging output from a plugin")
        return Outcome(Status.MET, Explanation("好", "fine"))

    registry = registry_with(make_plugin("custom-rule", evaluate))
    monkeypatch.setattr("planengine.cli.default_registry", lambda: registry)
    spec = tmp_path / "spec.toml"
    spec.write_text(SPEC.format(name="custom-rule"), encoding="utf-8")
    figures = tmp_path / "figures.csv"
    figures.write_text("metric,date,value,unit\nm,2026-12-31,2,家\n", encoding="utf-8")
    code = main(["evaluate", str(spec), "--observations", str(figures), "--as-of", "2026-12-31", "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0
    assert json.loads(out)["assessments"][0]["status"] in ("met", "error")  # whole JSON, nothing else
    assert "debugging output from a plugin" in err


# --- which package a plugin comes from -------------------------------------------------------------------


def _install(root: Path, package: str, module: str, entry: str) -> None:
    """A package installed as a dist-info on the path, providing the entry point ``entry``."""
    (root / f"{module}.py").write_text(
        "import planengine\n\n@planengine.hookimpl\ndef register_evaluators():\n    return []\n", encoding="utf-8"
    )
    dist = root / f"{package.replace('-', '_')}-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {package}\nVersion: 1.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(f"[planengine]\n{entry} = {module}\n", encoding="utf-8")


def test_two_packages_with_one_plugin_name_are_an_error_naming_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found in review: one of the two was silently skipped, or another package's was loaded instead."""
    _install(tmp_path, "pe-first", "pe_first", "twin")
    _install(tmp_path, "pe-second", "pe_second", "twin")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(planengine.PluginError, match="pe-first and pe-second"):
        planengine.get_plugin_manager(environ={"PLANENGINE_LOAD_PLUGINS": "twin"})
    pm = planengine.get_plugin_manager(environ={"PLANENGINE_LOAD_PLUGINS": "pe-second:twin"})
    twin = pm.get_plugin("twin")
    assert twin is not None and twin.__name__ == "pe_second"
    registry = planengine.EvaluatorRegistry.from_plugin_manager(pm)
    assert registry.names() == ["amount-threshold", "count-threshold", "growth-rate"]
