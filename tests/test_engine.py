"""The engine: compile once, evaluate many; results that trace and round-trip."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import attrs

import planengine
from planengine import Explanation, Status

from .conftest import MID_YEAR, YEAR_END


def test_an_index_judged_at_several_dates_equals_fresh_evaluations(
    seed_plan: planengine.Plan, example_figures: tuple[planengine.Observation, ...]
) -> None:
    compiled = planengine.compile_plan(seed_plan)
    index = compiled.index(example_figures)
    for as_of in (dt.date(2026, 3, 31), MID_YEAR, YEAR_END):
        assert compiled.evaluate(index, as_of) == planengine.evaluate(seed_plan, example_figures, as_of)


def test_a_result_records_what_produced_it(
    seed_plan: planengine.Plan, example_figures: tuple[planengine.Observation, ...]
) -> None:
    result = planengine.evaluate(seed_plan, example_figures, MID_YEAR)
    assert result.spec_hash == planengine.spec_hash(seed_plan)
    assert result.spec_hash.startswith("sha256:") and len(result.spec_hash) == 7 + 64
    assert {e.name for e in result.evaluators} == {"growth-rate", "count-threshold", "amount-threshold"}
    assert all(e.package == "planengine" and e.version for e in result.evaluators)
    assert result.planengine_version == planengine.__version__


def test_a_result_is_json_and_comes_back_equal(
    seed_plan: planengine.Plan, example_figures: tuple[planengine.Observation, ...]
) -> None:
    result = planengine.evaluate(seed_plan, example_figures, YEAR_END)
    data = json.loads(result.to_json())
    first = data["assessments"][1]
    assert first["target"] == "goal.rd-growth" and first["status"] == "met"
    assert first["actual"].startswith("11.7346938775") and first["unit"] == "%"  # Decimals as exact strings, unrounded
    assert planengine.EvaluationResult.from_json(result.to_json()) == result


def test_figures_of_unknown_metrics_are_reported_not_lost(seed_plan: planengine.Plan) -> None:
    stray = planengine.Observation("rd_spend", MID_YEAR, planengine.parse_quantity("5万元"))
    result = planengine.evaluate(seed_plan, [stray, stray], MID_YEAR)
    assert result.warnings == ("2 figures for 'rd_spend', which is not a metric of this plan, were not used",)


def test_deferred_explanations_equal_eager_ones() -> None:
    calls: list[int] = []

    def render() -> tuple[str, str]:
        calls.append(1)
        return "中", "en"

    deferred = Explanation.deferred(render)
    assert calls == []
    assert deferred == Explanation("中", "en") and deferred.zh == "中"
    assert calls == [1]  # written once, on first use
    assert hash(deferred) == hash(Explanation("中", "en"))


def test_no_figures_at_all_gives_no_data_everywhere(seed_plan: planengine.Plan) -> None:
    result = planengine.evaluate(seed_plan, [], MID_YEAR)
    assert {a.status for a in result.assessments} == {Status.NO_DATA, Status.UNSUPPORTED}
    for a in result.assessments:
        if a.status is Status.NO_DATA:
            assert a.explanation.en.startswith("no 2026 figure for")


def test_a_stale_figure_is_judged_against_the_last_reporting_period(seed_plan: planengine.Plan) -> None:
    """A unit that stops reporting does not stay on track: its January figure is judged in December."""
    january = planengine.Observation("graduate_employment", dt.date(2026, 1, 31), planengine.parse_quantity("900人"))
    fresh = planengine.evaluate(seed_plan, [january], dt.date(2026, 2, 5)).assessment("talent.introduction.graduates")
    assert fresh.status is Status.ON_TRACK  # 900 of 2000 by 31 January: well ahead
    stale = planengine.evaluate(seed_plan, [january], dt.date(2026, 12, 15)).assessment("talent.introduction.graduates")
    # the plan reports every dekad: judged as of 10 December, the end of the dekad before 11-20 December,
    # when 34 of the year's 36 dekads are due (序时进度 counted in reporting periods)
    assert stale.status is Status.LAGGING
    assert stale.expected == Decimal(34) / Decimal(36)
    assert "judged against the progress due by 2026-12-10" in stale.explanation.en


def test_every_error_planengine_raises_sits_under_one_root() -> None:
    """PlanengineError is the one class a service catches; each keeps its built-in base too."""
    import inspect

    import planengine.cli.common
    import planengine.engine
    import planengine.ledger
    import planengine.observation_files
    import planengine.pytest_plugin

    modules = [
        planengine,
        planengine.cli.common,
        planengine.engine,
        planengine.ledger,
        planengine.observation_files,
        planengine.pytest_plugin,
        planengine.quantities,
        planengine.spec,
    ]
    errors = {
        obj
        for module in modules
        for _, obj in inspect.getmembers(module, inspect.isclass)
        if issubclass(obj, BaseException) and obj.__module__.startswith("planengine")
    }
    assert len(errors) >= 12
    for error in errors - {planengine.engine.EvaluatorTimeout}:  # a BaseException on purpose, never escapes
        assert issubclass(error, planengine.PlanengineError), error
    assert issubclass(planengine.SpecErrors, ValueError) and issubclass(planengine.QuantityError, ValueError)


def test_figures_not_used_are_said_in_a_few_warnings(
    seed_plan: planengine.Plan, example_figures: tuple[planengine.Observation, ...]
) -> None:
    """Figures of metrics the plan lacks are named for five metrics, then summed; other entities' in one line."""
    strangers = [
        planengine.Observation(f"other_{i}", MID_YEAR, planengine.parse_quantity("1万元"))
        for i in range(7)
        for _ in range(2)
    ]
    elsewhere = [attrs.evolve(obs, entity="430603") for obs in example_figures[:3]]
    result = planengine.evaluate(seed_plan, [*example_figures, *strangers, *elsewhere], MID_YEAR)
    unused = [w for w in result.warnings if "not used" in w]
    assert unused == [
        *(f"2 figures for 'other_{i}', which is not a metric of this plan, were not used" for i in range(5)),
        "4 figures of 2 more metrics not in this plan were not used",
        "3 figures of other entities were not used (this evaluation is of a plan without entities)",
    ]
    # and they change no judgement
    assert result.assessments == planengine.evaluate(seed_plan, example_figures, MID_YEAR).assessments
