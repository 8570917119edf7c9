"""Fixtures: the plugin's registry, the seed plan of the repository, and a one-target plan.

These tests need the plugin loaded from its entry point, so nothing here switches plugin
autoloading off. The registry used by the fixtures is built with an empty environment, so
it includes the installed plugins even when the caller's environment disables autoloading.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

import pytest

import planengine

PLUGIN_ROOT = Path(__file__).resolve().parent.parent
REPO = PLUGIN_ROOT.parent.parent  # plugins/planengine-milestone -> the planengine repository
SEED_SPEC = REPO / "specs" / "yueyanglou-sti.toml"
EXAMPLE_FIGURES = REPO / "examples" / "figures.csv"
DEKADS = REPO / "examples" / "dekads"
YEAR = 2026
MID_YEAR = dt.date(YEAR, 6, 30)
YEAR_END = dt.date(YEAR, 12, 31)


@pytest.fixture(scope="session")
def registry() -> planengine.EvaluatorRegistry:
    """Built-in evaluators and the installed plugins, found through their entry points."""
    return planengine.EvaluatorRegistry.from_plugin_manager(planengine.get_plugin_manager(environ={}))


@pytest.fixture(scope="session")
def seed_plan(registry: planengine.EvaluatorRegistry) -> planengine.Plan:
    if not SEED_SPEC.is_file():
        pytest.skip(f"the seed spec is not at {SEED_SPEC} (the plugin is tested outside its repository)")
    return planengine.load_spec(SEED_SPEC, registry)


@pytest.fixture(scope="session")
def seed_compiled(seed_plan: planengine.Plan, registry: planengine.EvaluatorRegistry) -> planengine.CompiledPlan:
    return planengine.compile_plan(seed_plan, registry)


@pytest.fixture(scope="session")
def example_figures() -> tuple[planengine.Observation, ...]:
    if not EXAMPLE_FIGURES.is_file():
        pytest.skip(f"the example figures are not at {EXAMPLE_FIGURES}")
    read = planengine.read_observations(EXAMPLE_FIGURES)
    assert read.problems == ()
    return read.observations


# --- a plan with one milestone target ----------------------------------------------------------------

ONE_TARGET = """
format = 1
id = "one"
title = "里程碑测试"
issuer = "测试区"
year = 2026

[[units]]
id = "sti"
name = "区科工局"

[[metrics]]
id = "platform_stage"
name = "申报省级工业互联网平台(进展阶段)"
unit = "{unit}"
reporting = "level"
direction = "increase"
reporter = "sti"
frequency = "month"

[[targets]]
id = "platform"
metric = "platform_stage"
evaluator = "milestone"
quote = "力争申报1个省级工业互联网平台"
params = {{ {params} }}
{extra}
"""


def one_target_spec(
    params: str = 'deliverable = "申报省级工业互联网平台", count = 1', *, unit: str = "阶段", extra: str = ""
) -> str:
    return textwrap.dedent(ONE_TARGET).format(params=params, unit=unit, extra=extra)


Judge = Callable[..., planengine.Assessment]


def stage_figure(
    value: str | int | Decimal,
    on: dt.date,
    note: str = "",
    *,
    unit: str = "阶段",
    reported_at: dt.date | None = None,
    reported_by: str = "区科工局",
) -> planengine.Observation:
    return planengine.Observation(
        metric="platform_stage",
        date=on,
        quantity=planengine.parse_quantity(f"{value}{unit}"),
        reported_by=reported_by,
        note=note,
        reported_at=reported_at,
    )


@pytest.fixture(scope="session")
def figure() -> Callable[..., planengine.Observation]:
    """``figure(value, on, note="", unit="阶段", reported_at=None)``: a stage report of the one target's metric."""
    return stage_figure


@pytest.fixture(scope="session")
def spec_text() -> Callable[..., str]:
    """``spec_text(params, unit="阶段", extra="")``: the one-target spec with these params (TOML inline table body)."""
    return one_target_spec


@pytest.fixture(scope="session")
def judge(registry: planengine.EvaluatorRegistry) -> Judge:
    """``judge(figures, as_of, params=..., extra=...)``: the assessment of the one milestone target."""
    compiled: dict[tuple[str, str], planengine.CompiledPlan] = {}

    def run(
        figures: Sequence[planengine.Observation], as_of: dt.date, params: str | None = None, extra: str = ""
    ) -> planengine.Assessment:
        key = (params or "", extra)
        if key not in compiled:
            text = one_target_spec(params, extra=extra) if params is not None else one_target_spec(extra=extra)
            plan = planengine.loads_spec(text, registry=registry)
            compiled[key] = planengine.compile_plan(plan, registry)
        return compiled[key].evaluate(list(figures), as_of).assessment("platform")

    return run
