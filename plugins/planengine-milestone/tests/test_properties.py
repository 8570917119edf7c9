"""Properties: a higher reported stage never worsens the status; at the due date met means the stage is reached."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from planengine_milestone import Checkpoint, MilestoneParams, Stage

import planengine
from planengine import Observation, Status

YEAR = 2026
ORDER = {Status.MISSED: 0, Status.LAGGING: 1, Status.ON_TRACK: 2, Status.MET: 3}
REPO = Path(__file__).resolve().parents[3]

days = st.dates(min_value=dt.date(YEAR, 1, 1), max_value=dt.date(YEAR, 12, 31))


@st.composite
def milestone_params(draw: st.DrawFn) -> MilestoneParams:
    """Any valid parameters: a required stage, perhaps a due date, perhaps checkpoints before it."""
    required = draw(st.sampled_from([Stage.IN_PROGRESS, Stage.SUBSTANTIAL_PROGRESS, Stage.DONE]))
    due = draw(st.none() | st.dates(min_value=dt.date(YEAR, 1, 2), max_value=dt.date(YEAR, 12, 31)))
    deadline = due or dt.date(YEAR, 12, 31)
    checkpoints: list[Checkpoint] = []
    room = min(required.level - 1, (deadline - dt.date(YEAR, 1, 1)).days)  # stages and days available
    if room > 0 and draw(st.booleans()):
        stages = draw(st.lists(st.integers(1, required.level - 1), min_size=1, max_size=room, unique=True).map(sorted))
        dates = sorted(
            draw(
                st.lists(
                    st.dates(min_value=dt.date(YEAR, 1, 1), max_value=deadline - dt.timedelta(days=1)),
                    min_size=len(stages),
                    max_size=len(stages),
                    unique=True,
                )
            )
        )
        checkpoints = [Checkpoint(Stage.of_level(s), d) for s, d in zip(stages, dates)]
    return MilestoneParams("交付物", required_stage=required, due=due, checkpoints=tuple(checkpoints))


@st.composite
def stage_histories(draw: st.DrawFn) -> tuple[list[tuple[dt.date, int]], list[tuple[dt.date, int]]]:
    """Two histories on the same dates, the second at or above the first on every date."""
    dates = draw(st.lists(days, min_size=1, max_size=6, unique=True))
    low = [draw(st.integers(0, 3)) for _ in dates]
    high = [draw(st.integers(stage, 3)) for stage in low]
    return list(zip(dates, low)), list(zip(dates, high))


@pytest.fixture(scope="module")
def base_plan(registry: planengine.EvaluatorRegistry, spec_text: object) -> planengine.Plan:
    assert callable(spec_text)
    return planengine.loads_spec(spec_text(), registry=registry)


def judge(
    registry: planengine.EvaluatorRegistry,
    plan: planengine.Plan,
    params: MilestoneParams,
    history: list[tuple[dt.date, int]],
    as_of: dt.date,
) -> planengine.Assessment:
    plan = attrs.evolve(plan, targets=(attrs.evolve(plan.targets[0], params=params),))
    figures = [
        Observation("platform_stage", day, planengine.parse_quantity(f"{stage}阶段"), note=f"第{stage}阶段")
        for day, stage in history
    ]
    return planengine.evaluate(plan, figures, as_of, registry=registry).assessment("platform")


@settings(max_examples=300, deadline=None)
@given(params=milestone_params(), histories=stage_histories(), as_of=days)
def test_a_higher_reported_stage_never_worsens_the_status(
    registry: planengine.EvaluatorRegistry,
    base_plan: planengine.Plan,
    params: MilestoneParams,
    histories: tuple[list[tuple[dt.date, int]], ...],
    as_of: dt.date,
) -> None:
    low, high = histories
    first = judge(registry, base_plan, params, low, as_of)
    second = judge(registry, base_plan, params, high, as_of)
    assert first.status in (*ORDER, Status.NO_DATA)
    assert second.status is first.status if first.status is Status.NO_DATA else second.status in ORDER
    if first.status in ORDER:
        assert ORDER[second.status] >= ORDER[first.status], (first.explanation.en, second.explanation.en)
        assert second.completion is not None and first.completion is not None
        assert second.completion >= first.completion


@settings(max_examples=200, deadline=None)
@given(params=milestone_params(), stage=st.integers(0, 3), late=st.integers(0, 40))
def test_at_the_due_date_met_is_exactly_the_required_stage_reached(
    registry: planengine.EvaluatorRegistry, base_plan: planengine.Plan, params: MilestoneParams, stage: int, late: int
) -> None:
    deadline = params.due or dt.date(YEAR, 12, 31)
    as_of = min(deadline + dt.timedelta(days=late), dt.date(YEAR + 1, 1, 31))
    got = judge(registry, base_plan, params, [(deadline, stage)], as_of)
    assert got.status is (Status.MET if stage >= params.required_stage.level else Status.MISSED)
    assert got.gap == Decimal(max(0, params.required_stage.level - stage))
    assert f"第{stage}阶段" in got.explanation.zh and f"第{stage}阶段" in got.explanation.en


@settings(max_examples=100, deadline=None)
@given(params=milestone_params(), value=st.decimals(min_value=-5, max_value=9, places=2), as_of=days)
def test_only_whole_stages_from_0_to_3_are_judged(
    registry: planengine.EvaluatorRegistry,
    base_plan: planengine.Plan,
    params: MilestoneParams,
    value: Decimal,
    as_of: dt.date,
) -> None:
    plan = attrs.evolve(base_plan, targets=(attrs.evolve(base_plan.targets[0], params=params),))
    figure = Observation("platform_stage", as_of, planengine.Quantity(value, planengine.unit("阶段")))
    status = planengine.evaluate(plan, [figure], as_of, registry=registry).assessment("platform").status
    whole = value == value.to_integral_value() and 0 <= value <= 3
    assert (status is Status.NOT_EVALUABLE) == (not whole) or status is Status.NO_DATA


def test_the_cores_spec_properties_hold_for_the_seed_milestones() -> None:
    """planengine's pytest plugin checks every target whose evaluator gives a RuleShape: run it on the seed plan."""
    spec = REPO / "specs" / "yueyanglou-sti.toml"
    if not spec.is_file():
        pytest.skip(f"the seed spec is not at {spec}")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PLANENGINE_DISABLE_PLUGIN_AUTOLOAD", "PLANENGINE_LOAD_PLUGINS")
    }
    selected = (
        "innovative-district or breakthrough or core-tech.results or brands or digital.platform or "
        "digital.scenario or new-products or sealing-centre or germplasm or demo-base or dongting-lab"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(REPO),
            str(spec),
            "-k",
            f"properties and ({selected})",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "11 passed" in done.stdout, done.stdout
