"""The reference implementation's test cases, reproduced (sources in ``reference_cases.py``).

Each case is run the way the reference runs it: the current year is the latest year of the
series, the base year is the configured one (2015 by default) or, when that has no value,
the first later year that has one. The expected status is the reference's.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sdg_float_reference as float_reference
from planengine_sdg_progress import Category, Problem, ProgressResult, measure_progress
from sdg_reference_cases import CASES, ReferenceCase

import planengine


def reference_years(case: ReferenceCase) -> tuple[int, int]:
    """The base and current years the reference picks from a series."""
    current = max(case.series)
    base = case.base_year if case.base_year in case.series else min(y for y in case.series if y > case.base_year)
    return base, current


def run(case: ReferenceCase, target: Decimal | None) -> ProgressResult:
    base_year, current_year = reference_years(case)
    return measure_progress(
        base_year,
        case.series[base_year],
        current_year,
        case.series[current_year],
        target,
        case.target_year,
        case.direction,
        case.limit,
    )


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_measure_progress_gives_the_reference_status(case: ReferenceCase) -> None:
    # A target of 0 is run as the 0.001 the reference puts in its place, stated explicitly
    # (as the methodology recommends); see the next test for 0 itself.
    result = run(case, case.reference_target)
    assert result.status == case.expected, case.note
    assert result.problem is None


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_float_and_exact_arithmetic_agree_on_every_reference_case(case: ReferenceCase) -> None:
    """The reference's float formulas give the same status, and no case sits near a threshold."""
    base_year, current_year = reference_years(case)
    increase = case.direction is planengine.Direction.INCREASE
    args = (
        base_year,
        case.series[base_year],
        current_year,
        case.series[current_year],
        case.reference_target,
        case.target_year,
        increase,
        None if case.target is not None else case.limit,
    )
    assert float_reference.status(*args) == case.expected
    value, thresholds = float_reference.progress_value(*args)
    margin = min(abs(value - t) for t in thresholds)
    assert margin > 1e-4  # far beyond float rounding: float and exact cannot disagree here
    exact = run(case, case.reference_target)
    assert exact.progress_value is not None
    assert abs(float(exact.progress_value) - value) < 1e-6


def test_the_zero_target_of_3_3_3_is_labelled_not_replaced() -> None:
    """sdg-build replaces the target 0 by 0.001; the plugin names the problem instead."""
    case = next(c for c in CASES if c.id == "sdg-build 3-3-3")
    result = run(case, case.target)
    assert result.category is None and result.status == "not_available"
    assert result.problem is Problem.ZERO_TARGET
    zh, en = result.problem_text()
    assert "0.001" in zh and "0.001" in en and "sdg-build" in en


def test_the_numbers_of_3_3_3_are_the_references() -> None:
    """CAGR_o = (1.82/1.55)**(1/4) - 1, CAGR_r = (0.001/1.55)**(1/15) - 1, R = -CAGR_o/|CAGR_r|."""
    case = next(c for c in CASES if c.id == "sdg-build 3-3-3")
    result = run(case, case.reference_target)
    assert (result.base_year, result.current_year) == (2015, 2019)
    assert result.observed_cagr == Decimal("0.040962")
    assert result.required_cagr == Decimal("-0.387211")
    assert result.progress_value == Decimal("-0.105788")
    assert result.score == Decimal("-2.9408")  # 25/6 * R - 2.5, as the reference's 4.1667 * R - 2.5


def test_the_base_year_moves_to_the_next_year_with_data() -> None:
    case = next(c for c in CASES if c.id == "sdg-build temp/17-8-1")
    assert reference_years(case) == (2018, 2020)
    result = run(case, None)
    assert result.observed_cagr == Decimal("0.005462")  # (92.3/91.3) ** (1/2) - 1: between 0.5% and 1.5%
    assert result.category is Category.MODERATE_PROGRESS


def test_a_reached_target_is_target_achieved_whatever_the_trend() -> None:
    """3-1-1 rose (the wrong way for a 'negative' indicator) but stays under its target of 70."""
    case = next(c for c in CASES if c.id == "sdg-build temp/3-1-1")
    result = run(case, case.target)
    assert result.target_achieved and result.category is Category.TARGET_ACHIEVED
    assert result.progress_value is not None and result.progress_value < 0


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_the_evaluator_gives_the_reference_category(
    case: ReferenceCase, registry: planengine.EvaluatorRegistry
) -> None:
    """The same series as a plan's figures, judged at the end of its latest year.

    The target year 2030 is after that year, so the year is ``met`` exactly when the category
    is on track (target_achieved or substantial_progress). A limit given with a target is left
    out: the reference ignores it, and the evaluator refuses it as a spec error.
    """
    current_year = max(case.series)
    target = case.reference_target
    params = [f"target_year = {case.target_year}", f"base_year = {case.base_year}"]
    if target is not None:
        params.append(f'target_value = "{target}吨"')
    elif case.limit is not None:
        params.append(f'limit = "{case.limit}吨"')
    spec = f"""
format = 1
id = "reference"
title = "reference case"
issuer = "test"
year = {current_year}

[[metrics]]
id = "indicator"
name = "指标"
unit = "吨"
reporting = "level"
direction = "{case.direction.value}"

[[targets]]
id = "case"
metric = "indicator"
evaluator = "sdg-progress"
quote = "{case.id}"
params = {{ {", ".join(params)} }}
"""
    plan = planengine.loads_spec(spec, registry=registry)
    figures = [
        planengine.Observation("indicator", dt.date(year, 12, 31), planengine.Quantity(value, planengine.unit("吨")))
        for year, value in case.series.items()
    ]
    assessment = (
        planengine.compile_plan(plan, registry).evaluate(figures, dt.date(current_year, 12, 31)).assessment("case")
    )
    on_track = case.expected in ("target_achieved", "substantial_progress")
    assert assessment.status is (planengine.Status.MET if on_track else planengine.Status.MISSED)
    assert case.expected in assessment.explanation.en and case.expected in assessment.explanation.zh
