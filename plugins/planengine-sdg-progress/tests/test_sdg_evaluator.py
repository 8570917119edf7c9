"""The ``sdg-progress`` evaluator end to end: a small spec with several years of figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from planengine_sdg_progress import SDG_PROGRESS, SdgProgressParams

import planengine
from planengine import Observation, Status, parse_quantity

HEADER = """
format = 1
id = "sdg-demo"
title = "某区推进可持续发展目标工作方案"
issuer = "某区"
year = 2026

[[units]]
id = "sti"
name = "区科工局"

[[metrics]]
id = "hitech"
name = "高新技术企业数"
unit = "家"
reporting = "level"
direction = "increase"

[[metrics]]
id = "energy"
name = "单位地区生产总值能耗"
unit = "吨"
reporting = "level"
direction = "decrease"

[[metrics]]
id = "contracts"
name = "技术合同成交额"
unit = "万元"
reporting = "cumulative"
direction = "increase"

[[metrics]]
id = "coverage"
name = "5G网络覆盖率"
unit = "%"
reporting = "level"
direction = "increase"

[[tasks]]
id = "sdg"
number = "一"
title = "推进可持续发展"
lead = ["sti"]
"""

TARGETS = """
[[targets]]
id = "hitech-2030"
task = "sdg"
metric = "hitech"
evaluator = "sdg-progress"
quote = "到2030年高新技术企业达到150家"
params = { target_value = "150家", target_year = 2030, base_year = 2023 }

[[targets]]
id = "energy-2030"
metric = "energy"
evaluator = "sdg-progress"
quote = "到2030年单位地区生产总值能耗降至0.5吨标准煤"
params = { target_value = "0.5", target_year = 2030 }

[[targets]]
id = "contracts-2027"
metric = "contracts"
evaluator = "sdg-progress"
quote = "到2027年技术合同成交额达到20亿元"
params = { target_value = "20亿元", target_year = 2027 }

[[targets]]
id = "coverage-trend"
metric = "coverage"
evaluator = "sdg-progress"
quote = "5G网络覆盖率持续提高"
params = { limit = "100%" }
"""

MID_YEAR, YEAR_END = dt.date(2026, 6, 30), dt.date(2026, 12, 31)


def figures(*rows: tuple[str, str, str]) -> list[Observation]:
    return [Observation(metric, dt.date.fromisoformat(day), parse_quantity(value)) for metric, day, value in rows]


FIGURES = figures(
    ("hitech", "2022-12-31", "90家"),  # before the base year 2023: not used
    ("hitech", "2023-12-31", "100家"),
    ("hitech", "2024-12-31", "108家"),
    ("hitech", "2025-12-31", "117家"),
    ("hitech", "2026-06-30", "121家"),
    ("hitech", "2026-12-31", "126家"),
    ("energy", "2015-12-31", "1吨"),
    ("energy", "2025-12-31", "0.8吨"),
    ("energy", "2026-12-31", "0.78吨"),
    ("contracts", "2024-12-31", "10亿元"),
    ("contracts", "2025-12-31", "13亿元"),
    ("contracts", "2026-06-30", "61200万元"),  # a year-to-date total: not a year's value yet
    ("contracts", "2026-12-31", "16亿元"),
    ("coverage", "2020-12-31", "95%"),
    ("coverage", "2026-06-30", "96%"),
    ("coverage", "2026-12-31", "96.5%"),
)


@pytest.fixture(scope="module")
def compiled(registry: planengine.EvaluatorRegistry) -> planengine.CompiledPlan:
    return planengine.compile_plan(planengine.loads_spec(HEADER + TARGETS, registry=registry), registry)


def assess(
    compiled: planengine.CompiledPlan, observations: list[Observation], as_of: dt.date, target: str
) -> planengine.Assessment:
    return compiled.evaluate(observations, as_of).assessment(target)


def test_the_spec_loads_with_typed_params(compiled: planengine.CompiledPlan) -> None:
    target = next(t for t in compiled.plan.targets if t.id == "energy-2030")
    assert target.params == SdgProgressParams(target_value=parse_quantity("0.5吨"), target_year=2030, base_year=2015)


def test_mid_year(compiled: planengine.CompiledPlan) -> None:
    result = compiled.evaluate(FIGURES, MID_YEAR)
    statuses = {a.target: a.status for a in result.assessments}
    assert statuses == {
        "hitech-2030": Status.ON_TRACK,  # 100 -> 121 in 3 years: 6.56% a year, 5.96% needed
        "energy-2030": Status.LAGGING,  # 1 -> 0.8 in 10 years: -2.21% a year, -4.52% needed
        "contracts-2027": Status.ON_TRACK,  # 10 -> 13亿元 (2025, the last full year): 30% a year, 25.99% needed
        "coverage-trend": Status.LAGGING,  # 95% -> 96% in 6 years: 0.17% a year; near the limit of 100%
        # the thresholds shrink by C = 1 - 0.95 ** 4.44 = 0.2037 to 0.31% and 0.10%: moderate progress
    }
    hitech = result.assessment("hitech-2030")
    assert (hitech.actual, hitech.required, hitech.completion, hitech.expected, hitech.gap, hitech.unit) == (
        Decimal("6.56"),
        Decimal("5.96"),
        Decimal("1.1001"),
        Decimal("0.95"),
        Decimal(0),
        "%",
    )
    assert hitech.figure_date == MID_YEAR
    assert hitech.lead == ("sti",)  # unit ids in data; reports write the names
    assert "substantial_progress(步入正轨)" in hitech.explanation.zh
    assert "基年2023年为100家" in hitech.explanation.zh and "R=1.1001" in hitech.explanation.zh
    assert "substantial_progress (On track)" in hitech.explanation.en
    assert "compound annual growth 6.56%" in hitech.explanation.en
    assert "needs 5.96% a year" in hitech.explanation.en

    energy = result.assessment("energy-2030")
    assert (energy.actual, energy.required, energy.completion, energy.gap) == (
        Decimal("-2.21"),
        Decimal("-4.52"),
        Decimal("0.4887"),
        Decimal("2.31"),
    )
    assert "limited_progress(进展有限)" in energy.explanation.zh
    assert "2025年(最近完整年度)" in energy.explanation.zh  # no 2026 figure yet: the latest year stands in
    assert energy.figure_date == dt.date(2025, 12, 31)

    contracts = result.assessment("contracts-2027")
    assert contracts.figure_date == dt.date(2025, 12, 31)  # the June year-to-date total is not a year's value
    assert "the most recent complete year" in contracts.explanation.en

    coverage = result.assessment("coverage-trend")
    assert "moderate_progress (Progress made but acceleration needed)" in coverage.explanation.en
    assert (
        "growth of at least 0.31% a year is on track (scaled for the limit 100% by C = 0.20367"
        in coverage.explanation.en
    )
    assert (coverage.actual, coverage.required, coverage.expected) == (Decimal("0.17"), Decimal("0.31"), Decimal(1))


def test_year_end(compiled: planengine.CompiledPlan) -> None:
    result = compiled.evaluate(FIGURES, YEAR_END)
    statuses = {a.target: a.status for a in result.assessments}
    assert statuses == {
        "hitech-2030": Status.MET,  # on track for 2030: the year's share is done
        "energy-2030": Status.MISSED,  # not on track for 2030
        "contracts-2027": Status.MET,  # 10 -> 16亿元 in 2 years: 26.49% a year, 25.99% needed
        "coverage-trend": Status.MISSED,
    }
    hitech = result.assessment("hitech-2030")
    assert "目标年份2030年未到,年末以是否步入正轨评价,已完成。" in hitech.explanation.zh
    assert hitech.explanation.en.endswith("so the year is judged on being on track: met.")
    assert result.assessment("contracts-2027").figure_date == YEAR_END


def test_results_record_the_plugin_and_survive_json(compiled: planengine.CompiledPlan) -> None:
    result = compiled.evaluate(FIGURES, MID_YEAR)
    assert planengine.EvaluatorUse("sdg-progress", "1.0", "planengine-sdg-progress", "0.1.0") in result.evaluators
    assert planengine.EvaluationResult.from_json(result.to_json()) == result


def test_in_the_target_year_only_reaching_the_target_is_met(registry: planengine.EvaluatorRegistry) -> None:
    spec = HEADER.replace("year = 2026", "year = 2027") + TARGETS
    compiled = planengine.compile_plan(planengine.loads_spec(spec, registry=registry), registry)
    on_pace = [*FIGURES, *figures(("contracts", "2027-12-31", "19.9亿元"))]
    reached = [*FIGURES, *figures(("contracts", "2027-12-31", "20亿元"))]
    end = dt.date(2027, 12, 31)
    short = assess(compiled, on_pace, end, "contracts-2027")
    assert short.status is Status.MISSED  # 10 -> 19.9 is 25.8% a year, R = 0.9926: on track, but 2027 is over
    assert "substantial_progress" in short.explanation.en
    made = assess(compiled, reached, end, "contracts-2027")
    assert made.status is Status.MET and "target_achieved (Target achieved)" in made.explanation.en
    assert assess(compiled, on_pace, dt.date(2027, 6, 30), "contracts-2027").status is Status.ON_TRACK


def test_a_reached_target_is_on_track_before_the_year_end(compiled: planengine.CompiledPlan) -> None:
    rows = [*FIGURES, *figures(("hitech", "2026-07-10", "151家"))]
    hitech = assess(compiled, rows, dt.date(2026, 7, 10), "hitech-2030")
    assert hitech.status is Status.ON_TRACK
    assert "target_achieved(已实现目标)" in hitech.explanation.zh


# --- labelled statuses -----------------------------------------------------------------------------


def test_a_zero_base_is_not_evaluable_not_replaced(compiled: planengine.CompiledPlan) -> None:
    rows = figures(("hitech", "2023-12-31", "0家"), ("hitech", "2026-06-30", "121家"))
    hitech = assess(compiled, rows, MID_YEAR, "hitech-2030")
    assert hitech.status is Status.NOT_EVALUABLE
    assert "0.001" in hitech.explanation.zh and "0.001" in hitech.explanation.en
    assert "labelled status" in hitech.explanation.en


def test_signs_that_differ_are_not_evaluable(compiled: planengine.CompiledPlan) -> None:
    rows = figures(("energy", "2015-12-31", "-1吨"), ("energy", "2026-06-30", "0.8吨"))
    energy = assess(compiled, rows, MID_YEAR, "energy-2030")
    assert energy.status is Status.NOT_EVALUABLE
    assert "opposite signs" in energy.explanation.en


def test_one_year_of_figures_is_no_data(compiled: planengine.CompiledPlan) -> None:
    rows = figures(("hitech", "2026-06-30", "121家"))
    hitech = assess(compiled, rows, MID_YEAR, "hitech-2030")
    assert hitech.status is Status.NO_DATA
    assert "at least two years" in hitech.explanation.en


def test_nothing_reported_is_no_data(compiled: planengine.CompiledPlan) -> None:
    assert assess(compiled, [], MID_YEAR, "hitech-2030").status is Status.NO_DATA


def test_a_year_end_judgement_needs_a_year_end_figure(compiled: planengine.CompiledPlan) -> None:
    rows = [o for o in FIGURES if not (o.metric == "hitech" and o.date == YEAR_END)]
    hitech = assess(compiled, rows, YEAR_END, "hitech-2030")
    assert hitech.status is Status.NO_DATA
    assert "21-31 December 2026" in hitech.explanation.en


def test_a_year_to_date_total_without_a_complete_earlier_year_is_no_data(compiled: planengine.CompiledPlan) -> None:
    rows = figures(
        ("contracts", "2024-12-31", "10亿元"),
        ("contracts", "2025-06-30", "6亿元"),
        ("contracts", "2026-06-30", "61200万元"),
    )
    contracts = assess(compiled, rows, MID_YEAR, "contracts-2027")
    assert contracts.status is Status.NO_DATA
    assert "year-end total" in contracts.explanation.en


def test_a_figure_in_a_unit_of_another_kind_is_not_evaluable(compiled: planengine.CompiledPlan) -> None:
    rows = [*FIGURES, *figures(("hitech", "2026-06-30", "5人"))]
    assert assess(compiled, rows, MID_YEAR, "hitech-2030").status is Status.NOT_EVALUABLE


# --- spec-time checks ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "path", "words"),
    [
        ('{ target_value = "0家" }', "target_value", "0.001"),
        ('{ target_value = "150人" }', "target_value", "does not fit the metric"),
        ('{ target_value = "150家", target_year = 2030, base_year = 2030 }', "target_year", "after the base year"),
        ('{ target_value = "150家", base_year = 2026 }', "base_year", "before the plan year"),
        ('{ target_value = "150家", target_year = 2025, base_year = 2020 }', "target_year", "before the plan year"),
        ('{ target_value = "150家", limit = "200家" }', "limit", "only without target_value"),
        ('{ target_value = 150, target_year = "2030" }', "target_year", ""),
    ],
)
def test_spec_problems_are_reported_with_their_path(
    registry: planengine.EvaluatorRegistry, params: str, path: str, words: str
) -> None:
    spec = (
        HEADER
        + f"""
[[targets]]
id = "t"
metric = "hitech"
evaluator = "sdg-progress"
quote = "q"
params = {params}
"""
    )
    with pytest.raises(planengine.SpecErrors) as raised:
        planengine.loads_spec(spec, registry=registry)
    errors = raised.value.errors
    assert any(e.path == f"targets[0].params.{path}" and words in e.message for e in errors), errors


def test_a_bare_number_takes_the_metrics_unit(compiled: planengine.CompiledPlan) -> None:
    energy = next(t for t in compiled.plan.targets if t.id == "energy-2030")
    assert energy.params.target_value == parse_quantity("0.5吨")


def test_the_shape_is_monotone_in_the_metrics_direction() -> None:
    assert SDG_PROGRESS.shape is not None
    up = planengine.Metric("m", "m", planengine.unit("家"), planengine.Reporting.LEVEL, planengine.Direction.INCREASE)
    down = planengine.Metric("m", "m", planengine.unit("吨"), planengine.Reporting.LEVEL, planengine.Direction.DECREASE)
    shape_up = SDG_PROGRESS.shape(SdgProgressParams(target_value=parse_quantity("1.5万家")), up)
    assert shape_up.monotone == 1 and shape_up.holds is None and shape_up.pivots == (Decimal(15000),)
    assert SDG_PROGRESS.shape(SdgProgressParams(), down).monotone == -1
