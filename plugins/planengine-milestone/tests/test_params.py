"""The parameters as a spec writes them, and the spec-time checks with their paths."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
from planengine_milestone import Checkpoint, MilestoneParams, Stage

import planengine

SpecText = Callable[..., str]


def load(registry: planengine.EvaluatorRegistry, spec_text: SpecText, params: str, **kwargs: str) -> MilestoneParams:
    plan = planengine.loads_spec(spec_text(params, **kwargs), registry=registry)
    loaded = plan.targets[0].params
    assert isinstance(loaded, MilestoneParams)
    return loaded


def problems(
    registry: planengine.EvaluatorRegistry, spec_text: SpecText, params: str, **kwargs: str
) -> list[tuple[str, str]]:
    with pytest.raises(planengine.SpecErrors) as caught:
        planengine.loads_spec(spec_text(params, **kwargs), registry=registry)
    return [(e.path, e.message) for e in caught.value.errors]


def test_the_seed_specs_params_load(registry: planengine.EvaluatorRegistry, spec_text: SpecText) -> None:
    assert load(registry, spec_text, 'deliverable = "省创新型区建设"') == MilestoneParams("省创新型区建设")
    loaded = load(registry, spec_text, 'deliverable = "示范基地", count = 1')
    assert (loaded.count, loaded.required_stage, loaded.due, loaded.checkpoints) == (1, Stage.DONE, None, ())


@pytest.mark.parametrize(
    ("written", "stage"),
    [
        ('"done"', Stage.DONE),
        ('"substantial_progress"', Stage.SUBSTANTIAL_PROGRESS),
        ('"in_progress"', Stage.IN_PROGRESS),
        ('"Substantial-Progress"', Stage.SUBSTANTIAL_PROGRESS),
        ("3", Stage.DONE),
        ("2", Stage.SUBSTANTIAL_PROGRESS),
        ("1", Stage.IN_PROGRESS),
        ("2.0", Stage.SUBSTANTIAL_PROGRESS),
        ('"2"', Stage.SUBSTANTIAL_PROGRESS),
        ('"取得实质性进展"', Stage.SUBSTANTIAL_PROGRESS),
        ('"已完成"', Stage.DONE),
    ],
)
def test_required_stage_by_name_number_or_chinese_name(
    registry: planengine.EvaluatorRegistry, spec_text: SpecText, written: str, stage: Stage
) -> None:
    assert load(registry, spec_text, f'deliverable = "x", required_stage = {written}').required_stage is stage


@pytest.mark.parametrize("written", ['"finished"', "4", "1.5", "-1", "true", '""'])
def test_an_unknown_required_stage_is_refused_with_its_path(
    registry: planengine.EvaluatorRegistry, spec_text: SpecText, written: str
) -> None:
    found = problems(registry, spec_text, f'deliverable = "x", required_stage = {written}')
    assert len(found) == 1
    path, message = found[0]
    assert path == "targets[0].params.required_stage"
    assert "'done'" in message


def test_not_started_cannot_be_required(registry: planengine.EvaluatorRegistry, spec_text: SpecText) -> None:
    for written in ('"not_started"', "0", '"未启动"'):
        ((path, message),) = problems(registry, spec_text, f'deliverable = "x", required_stage = {written}')
        assert path == "targets[0].params.required_stage"
        assert "not_started" in message


def test_due_is_a_date_within_the_plan_year(registry: planengine.EvaluatorRegistry, spec_text: SpecText) -> None:
    assert load(registry, spec_text, 'deliverable = "x", due = 2026-09-30').due == dt.date(2026, 9, 30)
    assert load(registry, spec_text, 'deliverable = "x", due = "2026-09-30"').due == dt.date(2026, 9, 30)
    ((path, message),) = problems(registry, spec_text, 'deliverable = "x", due = 2027-03-31')
    assert path == "targets[0].params.due" and "outside the plan year 2026" in message
    ((path, message),) = problems(registry, spec_text, 'deliverable = "x", due = "next spring"')
    assert path == "targets[0].params.due" and "YYYY-MM-DD" in message


def test_checkpoints_load(registry: planengine.EvaluatorRegistry, spec_text: SpecText) -> None:
    loaded = load(
        registry,
        spec_text,
        'deliverable = "x", due = 2026-10-31, checkpoints = ['
        '{ stage = "in_progress", by = 2026-03-31 }, { stage = 2, by = "2026-07-31" }]',
    )
    assert loaded.checkpoints == (
        Checkpoint(Stage.IN_PROGRESS, dt.date(2026, 3, 31)),
        Checkpoint(Stage.SUBSTANTIAL_PROGRESS, dt.date(2026, 7, 31)),
    )


@pytest.mark.parametrize(
    ("checkpoints", "path", "words"),
    [
        ('[{ stage = "done", by = 2026-06-30 }]', "checkpoints[0].stage", "on the way to the required one"),
        ('[{ stage = "not_started", by = 2026-01-31 }]', "checkpoints[0].stage", "on the way"),
        ('[{ stage = "in_progress", by = 2026-12-31 }]', "checkpoints[0].by", "before the due date 2026-12-31"),
        ('[{ stage = "in_progress", by = 2025-12-31 }]', "checkpoints[0].by", "outside the plan year"),
        (
            '[{ stage = "substantial_progress", by = 2026-03-31 }, { stage = "in_progress", by = 2026-06-30 }]',
            "checkpoints[1]",
            "in order",
        ),
        (
            '[{ stage = "in_progress", by = 2026-06-30 }, { stage = "substantial_progress", by = 2026-06-30 }]',
            "checkpoints[1]",
            "in order",
        ),
    ],
)
def test_bad_checkpoints_are_named(
    registry: planengine.EvaluatorRegistry, spec_text: SpecText, checkpoints: str, path: str, words: str
) -> None:
    found = problems(registry, spec_text, f'deliverable = "x", checkpoints = {checkpoints}')
    assert any(p == f"targets[0].params.{path}" and words in m for p, m in found), found


def test_a_checkpoint_at_or_above_a_lower_required_stage_is_refused(
    registry: planengine.EvaluatorRegistry, spec_text: SpecText
) -> None:
    found = problems(
        registry,
        spec_text,
        'deliverable = "x", required_stage = "substantial_progress", '
        'checkpoints = [{ stage = "substantial_progress", by = 2026-06-30 }]',
    )
    assert [p for p, _ in found] == ["targets[0].params.checkpoints[0].stage"]


def test_the_metric_must_be_in_stages(registry: planengine.EvaluatorRegistry, spec_text: SpecText) -> None:
    ((path, message),) = problems(registry, spec_text, 'deliverable = "x"', unit="个")
    assert path == "targets[0].params"
    assert "阶段" in message and "'platform_stage'" in message


def test_other_mistakes(registry: planengine.EvaluatorRegistry, spec_text: SpecText) -> None:
    assert problems(registry, spec_text, 'deliverable = "  "')[0][0] == "targets[0].params.deliverable"
    assert problems(registry, spec_text, 'deliverable = "x", count = 0')[0][0] == "targets[0].params.count"
    assert problems(registry, spec_text, "count = 1")[0][0] == "targets[0].params.deliverable"
    ((path, message),) = problems(registry, spec_text, 'deliverable = "x", stage = "done"')  # a typo
    assert path == "targets[0].params" and "unknown field stage" in message and "required_stage" in message


def test_params_dump_and_load_back_equal(registry: planengine.EvaluatorRegistry, spec_text: SpecText) -> None:
    text = spec_text(
        'deliverable = "x", count = 2, required_stage = 2, due = 2026-09-30, '
        'checkpoints = [{ stage = "in_progress", by = 2026-04-30 }]'
    )
    plan = planengine.loads_spec(text, registry=registry)
    dumped = planengine.dump_spec(plan)
    assert '"required_stage": "substantial_progress"' in dumped
    assert planengine.loads_spec(dumped, "json", registry=registry) == plan


def test_stage_names_and_numbers() -> None:
    assert [s.level for s in Stage] == [0, 1, 2, 3]
    assert [s.zh for s in Stage] == ["未启动", "推进中", "取得实质性进展", "已完成"]
    assert Stage(3) is Stage(Decimal("3.0")) is Stage("done") is Stage("已完成") is Stage.of_level(3) is Stage.DONE
    with pytest.raises(ValueError):
        Stage(True)
    with pytest.raises(ValueError):
        Stage.of_level(4)
