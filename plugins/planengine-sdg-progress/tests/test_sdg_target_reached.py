"""A current value that already reaches the target is ``target_achieved``, even alone (issue 8, item 12).

The reference (sdg-build's ``SeriesProgress``) checks the target before anything else and,
with a single year of data, takes that year as both base and current year: a single figure
at or beyond the target is "target_achieved", never "not_available". The evaluator used to
give ``no_data`` for 160家 against a target of 150家 when no base-year figure existed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sdg_float_reference as float_reference
from hypothesis import given, settings
from hypothesis import strategies as st
from planengine_sdg_progress import Category, measure_progress
from planengine_sdg_progress.methodology import reaches_target
from test_sdg_evaluator import HEADER, MID_YEAR, TARGETS, YEAR_END, figures

import planengine
from planengine import Direction, Observation, Quantity, Status, unit

UP, DOWN = Direction.INCREASE, Direction.DECREASE


@pytest.fixture(scope="module")
def compiled(registry: planengine.EvaluatorRegistry) -> planengine.CompiledPlan:
    return planengine.compile_plan(planengine.loads_spec(HEADER + TARGETS, registry=registry), registry)


def assess(
    compiled: planengine.CompiledPlan, rows: list[Observation], as_of: dt.date, target: str
) -> planengine.Assessment:
    return compiled.evaluate(rows, as_of).assessment(target)


# --- the evaluator ---------------------------------------------------------------------------------


def test_a_single_figure_beyond_the_target_is_target_achieved(compiled: planengine.CompiledPlan) -> None:
    """The issue's case: 160家 against 150家, with no base-year (2023) figure."""
    hitech = assess(compiled, figures(("hitech", "2026-06-30", "160家")), MID_YEAR, "hitech-2030")
    assert hitech.status is Status.ON_TRACK
    assert "target_achieved(已实现目标)" in hitech.explanation.zh
    assert "target_achieved (Target achieved)" in hitech.explanation.en
    assert "已达到2030年目标150家" in hitech.explanation.zh
    assert "no value for an earlier year from the base year 2023 on" in hitech.explanation.en
    assert (hitech.actual, hitech.required, hitech.completion, hitech.gap) == (None, None, None, Decimal(0))
    assert hitech.figure_date == MID_YEAR


def test_a_single_figure_beyond_the_target_is_met_at_the_year_end(compiled: planengine.CompiledPlan) -> None:
    hitech = assess(compiled, figures(("hitech", "2026-12-31", "160家")), YEAR_END, "hitech-2030")
    assert hitech.status is Status.MET
    assert "target_achieved" in hitech.explanation.en and hitech.explanation.en.endswith(": met.")


def test_a_single_figure_exactly_at_a_decreasing_target_is_target_achieved(compiled: planengine.CompiledPlan) -> None:
    energy = assess(compiled, figures(("energy", "2026-06-30", "0.5吨")), MID_YEAR, "energy-2030")
    assert energy.status is Status.ON_TRACK and "target_achieved" in energy.explanation.en
    above = assess(compiled, figures(("energy", "2026-06-30", "0.51吨")), MID_YEAR, "energy-2030")
    assert above.status is Status.NO_DATA  # not reached for a decrease: growth still needs two years


def test_a_single_figure_in_another_unit_of_the_kind_reaches_the_target(compiled: planengine.CompiledPlan) -> None:
    contracts = assess(compiled, figures(("contracts", "2026-12-31", "200000万元")), YEAR_END, "contracts-2027")
    assert contracts.status is Status.MET and "target_achieved" in contracts.explanation.en


def test_a_reached_target_alone_in_the_target_year_is_met(registry: planengine.EvaluatorRegistry) -> None:
    spec = HEADER.replace("year = 2026", "year = 2027") + TARGETS
    compiled = planengine.compile_plan(planengine.loads_spec(spec, registry=registry), registry)
    rows = figures(("contracts", "2027-12-31", "20亿元"))
    contracts = assess(compiled, rows, dt.date(2027, 12, 31), "contracts-2027")
    assert contracts.status is Status.MET and "target_achieved" in contracts.explanation.en


def test_a_base_year_figure_alone_that_reaches_the_target_is_target_achieved(compiled: planengine.CompiledPlan) -> None:
    """Before the year's end the base year itself can stand in as the most recent year."""
    hitech = assess(compiled, figures(("hitech", "2023-12-31", "160家")), MID_YEAR, "hitech-2030")
    assert hitech.status is Status.ON_TRACK
    assert "2023年(最近完整年度)为160家" in hitech.explanation.zh
    assert hitech.figure_date == dt.date(2023, 12, 31)
    short = assess(compiled, figures(("hitech", "2023-12-31", "140家")), MID_YEAR, "hitech-2030")
    assert short.status is Status.NO_DATA
    assert "only the base year 2023" in short.explanation.en and "at least two years" in short.explanation.en


def test_a_single_figure_short_of_the_target_is_still_no_data(compiled: planengine.CompiledPlan) -> None:
    hitech = assess(compiled, figures(("hitech", "2026-06-30", "149家")), MID_YEAR, "hitech-2030")
    assert hitech.status is Status.NO_DATA
    assert "at least two years" in hitech.explanation.en


def test_without_a_target_a_single_figure_is_still_no_data(compiled: planengine.CompiledPlan) -> None:
    coverage = assess(compiled, figures(("coverage", "2026-06-30", "100%")), MID_YEAR, "coverage-trend")
    assert coverage.status is Status.NO_DATA


def test_figures_before_the_base_year_are_still_not_used(compiled: planengine.CompiledPlan) -> None:
    hitech = assess(compiled, figures(("hitech", "2022-12-31", "160家")), MID_YEAR, "hitech-2030")
    assert hitech.status is Status.NO_DATA


def test_a_year_end_judgement_still_needs_a_year_end_figure(compiled: planengine.CompiledPlan) -> None:
    hitech = assess(compiled, figures(("hitech", "2026-06-30", "160家")), YEAR_END, "hitech-2030")
    assert hitech.status is Status.NO_DATA
    assert "21-31 December 2026" in hitech.explanation.en


def test_a_year_to_date_total_is_still_not_a_years_value(compiled: planengine.CompiledPlan) -> None:
    contracts = assess(compiled, figures(("contracts", "2026-06-30", "20亿元")), MID_YEAR, "contracts-2027")
    assert contracts.status is Status.NO_DATA
    assert "year-end total" in contracts.explanation.en


def test_a_reached_target_with_a_base_year_figure_is_unchanged(compiled: planengine.CompiledPlan) -> None:
    rows = figures(("hitech", "2023-12-31", "100家"), ("hitech", "2026-06-30", "160家"))
    hitech = assess(compiled, rows, MID_YEAR, "hitech-2030")
    assert hitech.status is Status.ON_TRACK
    assert "基年2023年为100家" in hitech.explanation.zh and "target_achieved" in hitech.explanation.en
    assert hitech.actual is not None  # the growth is still reported when it can be computed


# (target id, metric, unit, target value in that unit, direction, base year, year-end totals only)
SINGLE_FIGURE_TARGETS = [
    ("hitech-2030", "hitech", "家", Decimal(150), UP, 2023, False),
    ("energy-2030", "energy", "吨", Decimal("0.5"), DOWN, 2015, False),
    ("contracts-2027", "contracts", "万元", Decimal(200000), UP, 2015, True),
]


@settings(max_examples=60, deadline=None)
@given(
    case=st.sampled_from(SINGLE_FIGURE_TARGETS),
    beyond=st.decimals(min_value=0, max_value=10**4, places=2),
    final=st.booleans(),
    data=st.data(),
)
def test_a_single_figure_at_or_beyond_the_target_is_never_no_data(
    compiled: planengine.CompiledPlan,
    case: tuple[str, str, str, Decimal, Direction, int, bool],
    beyond: Decimal,
    final: bool,
    data: st.DataObject,
) -> None:
    """Any usable current figure that reaches the target is target_achieved: on_track, or met at the year's end.

    Usable means what it always meant: at the year's end a figure from 21-31 December of the
    plan year; before it, a level's latest figure of any year from the base year on, or a
    year-to-date total's year-end total.
    """
    target, metric, symbol, goal, direction, base_year, year_end_only = case
    value = goal + beyond if direction is UP else goal - beyond
    as_of = (
        YEAR_END
        if final
        else data.draw(st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2026, 12, 30)), label="as_of")
    )
    if final:
        day = data.draw(st.dates(min_value=dt.date(2026, 12, 21), max_value=YEAR_END), label="day")
    else:
        year = data.draw(st.integers(min_value=base_year, max_value=2026 if not year_end_only else 2025), label="year")
        first = dt.date(year, 12, 21) if year_end_only else dt.date(year, 1, 1)
        day = data.draw(st.dates(min_value=first, max_value=min(dt.date(year, 12, 31), as_of)), label="day")
    rows = [Observation(metric, day, Quantity(value, unit(symbol)))]
    assessed = assess(compiled, rows, as_of, target)
    assert assessed.status is not Status.NO_DATA, assessed.explanation.en
    assert assessed.status is (Status.MET if final else Status.ON_TRACK)
    assert "target_achieved (Target achieved)" in assessed.explanation.en


# --- the methodology -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("current", "target", "direction", "reached"),
    [
        (Decimal(160), Decimal(150), UP, True),
        (Decimal(150), Decimal(150), UP, True),
        (Decimal("149.99"), Decimal(150), UP, False),
        (Decimal("0.5"), Decimal("0.5"), DOWN, True),
        (Decimal("0.49"), Decimal("0.5"), DOWN, True),
        (Decimal("0.51"), Decimal("0.5"), DOWN, False),
        (-3, -2, DOWN, True),
    ],
)
def test_reaches_target_in_the_metrics_direction(
    current: Decimal, target: Decimal, direction: Direction, reached: bool
) -> None:
    assert reaches_target(current, target, direction) is reached


def test_reaches_target_refuses_a_float() -> None:
    with pytest.raises(TypeError):
        reaches_target(160.0, Decimal(150), UP)  # type: ignore[arg-type]


values = st.decimals(min_value=Decimal("-1000"), max_value=Decimal(10**6), places=2)


@given(
    st.integers(min_value=2010, max_value=2029),
    values,
    st.decimals(min_value=0, max_value=10**4, places=2),
    st.integers(min_value=1, max_value=20),
    st.sampled_from(list(Direction)),
)
def test_one_year_at_or_beyond_the_target_is_target_achieved(
    year: int, target: Decimal, beyond: Decimal, horizon: int, direction: Direction
) -> None:
    """A single year (base year = current year, as the reference takes it) that reaches the target."""
    current = target + beyond if direction is UP else target - beyond
    result = measure_progress(year, current, year, current, target, year + horizon, direction)
    assert result.category is Category.TARGET_ACHIEVED and result.problem is None
    assert result.target_achieved and result.score == Decimal(5)
    assert (
        float_reference.status(year, current, year, current, target, year + horizon, direction is UP)
        == "target_achieved"
    )
