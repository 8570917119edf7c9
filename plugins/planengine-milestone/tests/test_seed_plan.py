"""The seed plan's eleven milestone targets become evaluable once the plugin is installed.

The stages are those of examples/make_figures.py (one character per month, January first):

    innovative_district_stage  111112222223     platform_stage       000111113333
    breakthrough_stage         011111111122     scenario_stage       001111122223
    results_stage              111111222222     new_products_stage   011133333333
    brands_stage               111111111112     sealing_centre_stage 111111112222
    germplasm_stage            000000011111     demo_base_stage      011112222333
    dongting_lab_stage         001111222223

Every seed target requires the default stage, done (3), by 31 December. By the default rule
推进中 (1) is due from 31 March and 取得实质性进展 (2) from 30 June.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from planengine_milestone import MilestoneParams, Stage

import planengine

REPO = Path(__file__).resolve().parents[3]  # tests -> planengine-milestone -> plugins -> the repository
SEED_SPEC = REPO / "specs" / "yueyanglou-sti.toml"
DEKADS = REPO / "examples" / "dekads"
MID_YEAR = dt.date(2026, 6, 30)
YEAR_END = dt.date(2026, 12, 31)

MILESTONE_TARGETS = {
    "goal.innovative-district": "innovative_district_stage",
    "core-tech.breakthrough": "breakthrough_stage",
    "core-tech.results": "results_stage",
    "core-tech.agriculture.brands": "brands_stage",
    "transfer.digital.platform": "platform_stage",
    "transfer.digital.scenario": "scenario_stage",
    "transfer.system.new-products": "new_products_stage",
    "platforms.aerospace-park.sealing-centre": "sealing_centre_stage",
    "platforms.laboratories.germplasm": "germplasm_stage",
    "platforms.laboratories.demo-base": "demo_base_stage",
    "platforms.laboratories.dongting-lab": "dongting_lab_stage",
}

# 30 June: 取得实质性进展 is due; only those at stage 2 or more are on track.
AT_MID_YEAR = {
    "goal.innovative-district": "on_track",  # 2
    "core-tech.breakthrough": "lagging",  # 1
    "core-tech.results": "lagging",  # 1
    "core-tech.agriculture.brands": "lagging",  # 1
    "transfer.digital.platform": "lagging",  # 1
    "transfer.digital.scenario": "lagging",  # 1
    "transfer.system.new-products": "on_track",  # 3, done early
    # 取得实质性进展 is the deliverable itself (required_stage = substantial_progress), so by
    # 30 June only 推进中 is due, and stage 1 is on track
    "platforms.aerospace-park.sealing-centre": "on_track",  # 1
    "platforms.laboratories.germplasm": "lagging",  # 0
    "platforms.laboratories.demo-base": "on_track",  # 2
    "platforms.laboratories.dongting-lab": "lagging",  # 1
}

# 31 December: met exactly when the December stage reaches the required one (3, or 2 for the sealing centre).
AT_YEAR_END = {
    "goal.innovative-district": "met",  # 3
    "core-tech.breakthrough": "missed",  # 2
    "core-tech.results": "missed",  # 2
    "core-tech.agriculture.brands": "missed",  # 2
    "transfer.digital.platform": "met",  # 3
    "transfer.digital.scenario": "met",  # 3
    "transfer.system.new-products": "met",  # 3
    "platforms.aerospace-park.sealing-centre": "met",  # 2, substantial progress is what it requires
    "platforms.laboratories.germplasm": "missed",  # 1
    "platforms.laboratories.demo-base": "met",  # 3
    "platforms.laboratories.dongting-lab": "met",  # 3
}

# 31 March: 推进中 is due; platform (0) and germplasm (0) are behind.
AT_END_OF_MARCH = {target: "on_track" for target in MILESTONE_TARGETS} | {
    "transfer.digital.platform": "lagging",
    "platforms.laboratories.germplasm": "lagging",
}


def statuses(
    compiled: planengine.CompiledPlan,
    figures: tuple[planengine.Observation, ...] | list[planengine.Observation],
    as_of: dt.date,
) -> dict[str, str]:
    result = compiled.evaluate(figures, as_of)
    return {target: result.assessment(target).status.value for target in MILESTONE_TARGETS}


def test_the_seed_spec_loads_with_typed_milestone_params(seed_plan: planengine.Plan) -> None:
    milestones = {t.id: t for t in seed_plan.targets if t.evaluator == "milestone"}
    assert set(milestones) == set(MILESTONE_TARGETS)
    for target_id, target in milestones.items():
        assert isinstance(target.params, MilestoneParams), target_id
        required = Stage.SUBSTANTIAL_PROGRESS if "实质性进展" in target.quote else Stage.DONE
        assert target.params.required_stage is required
        assert target.params.due is None
        assert target.metric == MILESTONE_TARGETS[target_id]
        assert seed_plan.metric(target.metric).unit.symbol == "阶段"
    platform = milestones["transfer.digital.platform"].params
    assert platform == MilestoneParams(deliverable="申报省级工业互联网平台", count=1)


def test_the_seed_spec_dumps_and_loads_back_equal(
    seed_plan: planengine.Plan, registry: planengine.EvaluatorRegistry
) -> None:
    again = planengine.loads_spec(planengine.dump_spec(seed_plan), "json", registry=registry)
    assert again == seed_plan


def test_without_the_plugin_they_are_unsupported(
    seed_plan: planengine.Plan, example_figures: tuple[planengine.Observation, ...]
) -> None:
    bare = planengine.EvaluatorRegistry.from_plugin_manager(planengine.get_plugin_manager(load_entry_points=False))
    raw_plan = planengine.load_spec(SEED_SPEC, bare)
    assert all(isinstance(t.params, planengine.RawParams) for t in raw_plan.targets if t.evaluator == "milestone")
    assert set(statuses(planengine.compile_plan(raw_plan, bare), example_figures, MID_YEAR).values()) == {"unsupported"}


def test_mid_year_statuses(
    seed_compiled: planengine.CompiledPlan, example_figures: tuple[planengine.Observation, ...]
) -> None:
    assert statuses(seed_compiled, example_figures, MID_YEAR) == AT_MID_YEAR


def test_year_end_statuses(
    seed_compiled: planengine.CompiledPlan, example_figures: tuple[planengine.Observation, ...]
) -> None:
    assert statuses(seed_compiled, example_figures, YEAR_END) == AT_YEAR_END


def test_end_of_march_statuses(
    seed_compiled: planengine.CompiledPlan, example_figures: tuple[planengine.Observation, ...]
) -> None:
    assert statuses(seed_compiled, example_figures, dt.date(2026, 3, 31)) == AT_END_OF_MARCH
    # the day before, the latest figures are February's: no stage is due yet, all on track
    assert set(statuses(seed_compiled, example_figures, dt.date(2026, 3, 30)).values()) == {"on_track"}


def test_every_target_of_the_plan_is_now_supported(
    seed_compiled: planengine.CompiledPlan, example_figures: tuple[planengine.Observation, ...]
) -> None:
    for as_of in (MID_YEAR, YEAR_END):
        result = seed_compiled.evaluate(example_figures, as_of)
        assert result.counts().get("unsupported", 0) == 0
        assert all(result.assessment(t).status.evaluated for t in MILESTONE_TARGETS)
        (use,) = [e for e in result.evaluators if e.name == "milestone"]
        assert (use.package, use.package_version, use.version) == ("planengine-milestone", "0.1.0", "1.0")


def test_the_numbers_of_one_target(
    seed_compiled: planengine.CompiledPlan, example_figures: tuple[planengine.Observation, ...]
) -> None:
    mid = seed_compiled.evaluate(example_figures, MID_YEAR).assessment("transfer.digital.platform")
    assert (mid.actual, mid.required, mid.gap, mid.unit) == (Decimal(1), Decimal(3), Decimal(2), "阶段")
    assert (mid.completion, mid.expected) == (Decimal("0.3333"), Decimal("0.6667"))
    assert mid.figure_date == MID_YEAR
    assert mid.explanation.zh == (
        "截至2026-06-30,“申报省级工业互联网平台”进展阶段为1“推进中”,未附进展说明(2026-06-30,区科工局报送);"
        "目标为2026-12-31前达到3“已完成”,按进度节点此时应达到2“取得实质性进展”,进度滞后,还需推进2个阶段。"
    )
    end = seed_compiled.evaluate(example_figures, YEAR_END).assessment("platforms.laboratories.germplasm")
    assert (end.status, end.actual, end.completion, end.expected, end.gap) == (
        planengine.Status.MISSED,
        Decimal(1),
        Decimal("0.3333"),
        Decimal(1),
        Decimal(2),
    )
    assert end.explanation.en.endswith("the target is stage 3 (done) by 2026-12-31: missed, 2 stages short.")


def test_the_dekad_files_give_the_same_mid_year_statuses(seed_compiled: planengine.CompiledPlan) -> None:
    dekads = sorted(DEKADS.glob("*.csv"))
    if not dekads:
        pytest.skip("the example dekad files are not in this checkout")
    figures = [obs for path in dekads for obs in planengine.read_observations(path).observations]
    assert statuses(seed_compiled, figures, MID_YEAR) == AT_MID_YEAR
    # in the first dekad of July the latest stage figures are still June's, so nothing changes
    assert statuses(seed_compiled, figures, dt.date(2026, 7, 10)) == AT_MID_YEAR
    assessment = seed_compiled.evaluate(figures, MID_YEAR).assessment("goal.innovative-district")
    assert "区科工局2026-07-01报送" in assessment.explanation.zh
    assert "reported by 区科工局 on 2026-07-01" in assessment.explanation.en


def test_the_seed_specs_milestone_examples_hold(
    seed_plan: planengine.Plan, registry: planengine.EvaluatorRegistry
) -> None:
    """The examples the seed spec gives its milestone targets, judged with the plugin installed."""
    from planengine.pytest_plugin import example_observations

    compiled = planengine.compile_plan(seed_plan, registry)
    checked = 0
    for target in seed_plan.targets:
        if target.evaluator != "milestone":
            continue
        assert target.examples, target.id
        for example in target.examples:
            result = compiled.evaluate(example_observations(target, example), example.as_of)
            assert result.assessment(target.id).status.value == example.status, (target.id, example.name)
            checked += 1
    assert checked == 22
