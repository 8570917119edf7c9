"""``growth-rate``: growth against the same period of the previous year, an official rate,
a stated baseline or another metric's growth; labelled statuses and properties.

Plans are built from small JSON specs (``planengine.loads_spec``), figures in code. The plan
year is 2026 (365 days).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import planengine
from planengine import Measure, Observation, Quantity, Status, parse_quantity, unit

YEAR = 2026
YEAR_END = dt.date(YEAR, 12, 31)
LAST_YEAR_END = dt.date(YEAR - 1, 12, 31)
MID_YEAR = dt.date(YEAR, 6, 30)  # day 181 of 365
LAST_MID_YEAR = dt.date(YEAR - 1, 6, 30)

RANK = {Status.MISSED: 0, Status.LAGGING: 1, Status.ON_TRACK: 2, Status.MET: 3}


# --- helpers --------------------------------------------------------------------------------------


def metric(
    id: str = "m", unit: str = "万元", reporting: str = "cumulative", direction: str = "increase"
) -> dict[str, Any]:
    return {"id": id, "name": f"指标{id}", "unit": unit, "reporting": reporting, "direction": direction}


def target(params: dict[str, Any], metric: str = "m", id: str = "t") -> dict[str, Any]:
    return {"id": id, "metric": metric, "evaluator": "growth-rate", "quote": "方案原文", "params": params}


def spec_text(metrics: list[dict[str, Any]], targets: list[dict[str, Any]]) -> str:
    # 序时进度 by days, so the pro-rated amounts below are whole numbers (730 x 181/365 = 362)
    data = {
        "format": 1,
        "id": "p",
        "title": "测试方案",
        "issuer": "测试",
        "year": YEAR,
        "progress_basis": "days",
        "metrics": metrics,
        "targets": targets,
    }
    return json.dumps(data, ensure_ascii=False)


@functools.cache
def _compiled(text: str) -> planengine.CompiledPlan:
    return planengine.compile_plan(planengine.loads_spec(text, fmt="json"))


def plan(metrics: list[dict[str, Any]], targets: list[dict[str, Any]]) -> planengine.CompiledPlan:
    return _compiled(spec_text(metrics, targets))


def simple(params: dict[str, Any], **metric_fields: Any) -> planengine.CompiledPlan:
    """A plan with one metric ``m`` and one growth-rate target ``t`` on it."""
    return plan([metric(**metric_fields)], [target(params)])


def spec_errors(metrics: list[dict[str, Any]], targets: list[dict[str, Any]]) -> list[str]:
    with pytest.raises(planengine.SpecErrors) as caught:
        planengine.loads_spec(spec_text(metrics, targets), fmt="json")
    return [e.path for e in caught.value.errors]


def obs(day: dt.date, amount: str | Quantity, metric: str = "m") -> Observation:
    quantity = parse_quantity(amount) if isinstance(amount, str) else amount
    return Observation(metric, day, quantity, Measure.VALUE)


def rate(day: dt.date, text: str, metric: str = "m") -> Observation:
    return Observation(metric, day, parse_quantity(text), Measure.YOY)


def assess(
    compiled: planengine.CompiledPlan, observations: list[Observation], as_of: dt.date, target_id: str = "t"
) -> planengine.Assessment:
    return planengine.evaluate(compiled, observations, as_of).assessment(target_id)


def status(compiled: planengine.CompiledPlan, observations: list[Observation], as_of: dt.date) -> Status:
    return assess(compiled, observations, as_of).status


TEN = {"min_growth": "10%", "comparator": ">="}


# --- growth from levels against the same period of the previous year ------------------------------


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        ("110万元", Status.MET),
        ("110.01万元", Status.MET),
        ("109.99万元", Status.MISSED),
        ("1100000元", Status.MET),
        ("0.011亿元", Status.MET),
        ("1099999元", Status.MISSED),
    ],
)
def test_ten_percent_boundary_at_year_end(current: str, expected: Status) -> None:
    compiled = simple(TEN)
    figures = [obs(LAST_YEAR_END, "100万元"), obs(YEAR_END, current)]
    assert status(compiled, figures, YEAR_END) is expected


def test_year_end_growth_numbers() -> None:
    compiled = simple(TEN)
    a = assess(compiled, [obs(LAST_YEAR_END, "100万元"), obs(YEAR_END, "109.99万元")], YEAR_END)
    assert (a.status, a.actual, a.required, a.gap, a.unit) == (
        Status.MISSED,
        Decimal("9.99"),
        Decimal("10.00"),
        Decimal("0.01"),
        "%",
    )
    assert a.figure_date == YEAR_END
    assert "0.01个百分点" in a.explanation.zh and "0.01 pp short" in a.explanation.en
    met = assess(compiled, [obs(LAST_YEAR_END, "100万元"), obs(YEAR_END, "110万元")], YEAR_END)
    assert (met.actual, met.gap, met.completion) == (Decimal("10.00"), Decimal("0.00"), Decimal(1))


def test_more_than_ten_percent_equal_growth_is_missed() -> None:
    compiled = simple({"min_growth": "10%", "comparator": ">"})
    assert status(compiled, [obs(LAST_YEAR_END, "100万元"), obs(YEAR_END, "110万元")], YEAR_END) is Status.MISSED
    assert status(compiled, [obs(LAST_YEAR_END, "100万元"), obs(YEAR_END, "110.01万元")], YEAR_END) is Status.MET


@pytest.mark.parametrize(("current", "expected"), [("110万元", Status.ON_TRACK), ("109.99万元", Status.LAGGING)])
def test_mid_year_growth_is_compared_directly(current: str, expected: Status) -> None:
    compiled = simple(TEN)
    figures = [obs(LAST_MID_YEAR, "100万元"), obs(MID_YEAR, current), obs(LAST_YEAR_END, "1000万元")]
    assert status(compiled, figures, MID_YEAR) is expected


def test_growth_of_a_level_metric() -> None:
    compiled = simple(TEN, reporting="level")
    assert status(compiled, [obs(LAST_MID_YEAR, "200万元"), obs(MID_YEAR, "220万元")], MID_YEAR) is Status.ON_TRACK
    assert status(compiled, [obs(LAST_MID_YEAR, "200万元"), obs(MID_YEAR, "219万元")], MID_YEAR) is Status.LAGGING


@pytest.mark.parametrize("previous_day", [dt.date(YEAR - 1, 6, 21), dt.date(YEAR - 1, 6, 25), LAST_MID_YEAR])
def test_the_previous_year_figure_may_be_any_day_of_the_same_dekad(previous_day: dt.date) -> None:
    compiled = simple(TEN)
    figures = [obs(previous_day, "100万元"), obs(dt.date(YEAR, 6, 25), "110万元")]
    assert status(compiled, figures, MID_YEAR) is Status.ON_TRACK


@pytest.mark.parametrize("previous_day", [dt.date(YEAR - 1, 6, 20), dt.date(YEAR - 1, 7, 1), dt.date(YEAR - 1, 5, 31)])
def test_a_previous_year_figure_of_another_dekad_is_no_data(previous_day: dt.date) -> None:
    compiled = simple(TEN)
    a = assess(compiled, [obs(previous_day, "100万元"), obs(MID_YEAR, "110万元")], MID_YEAR)
    assert a.status is Status.NO_DATA
    assert "same period of the previous year" in a.explanation.en
    assert "上年同期" in a.explanation.zh


def test_no_current_figure_is_no_data() -> None:
    compiled = simple(TEN)
    assert status(compiled, [obs(LAST_MID_YEAR, "100万元")], MID_YEAR) is Status.NO_DATA
    assert status(compiled, [], YEAR_END) is Status.NO_DATA


def test_year_end_with_only_a_november_figure_is_no_data() -> None:
    compiled = simple(TEN)
    figures = [obs(dt.date(YEAR - 1, 11, 30), "100万元"), obs(dt.date(YEAR, 11, 30), "200万元")]
    a = assess(compiled, figures, YEAR_END)
    assert a.status is Status.NO_DATA
    assert "21-31 December" in a.explanation.en


@pytest.mark.parametrize("base", ["0万元", "-5万元", "0元"])
def test_a_zero_or_negative_base_is_not_evaluable(base: str) -> None:
    compiled = simple(TEN)
    a = assess(compiled, [obs(LAST_YEAR_END, base), obs(YEAR_END, "110万元")], YEAR_END)
    assert a.status is Status.NOT_EVALUABLE
    assert "zero or negative" in a.explanation.en
    assert "零或负数" in a.explanation.zh
    assert a.actual is None


def test_a_figure_in_another_dimension_is_not_evaluable() -> None:
    compiled = simple(TEN)
    a = assess(compiled, [obs(LAST_YEAR_END, "100万元"), obs(YEAR_END, "110人")], YEAR_END)
    assert a.status is Status.NOT_EVALUABLE
    assert "110人" in a.explanation.en and "measured in 万元" in a.explanation.en


def test_conflicting_current_figures_are_not_evaluable() -> None:
    compiled = simple(TEN)
    figures = [obs(LAST_YEAR_END, "100万元"), obs(YEAR_END, "110万元"), obs(YEAR_END, "120万元")]
    a = assess(compiled, figures, YEAR_END)
    assert a.status is Status.NOT_EVALUABLE
    assert "110万元" in a.explanation.en and "120万元" in a.explanation.en


def test_conflicting_previous_year_figures_are_not_evaluable() -> None:
    compiled = simple(TEN)
    figures = [obs(LAST_YEAR_END, "100万元"), obs(LAST_YEAR_END, "90万元"), obs(YEAR_END, "110万元")]
    a = assess(compiled, figures, YEAR_END)
    assert a.status is Status.NOT_EVALUABLE
    assert "100万元" in a.explanation.en and "90万元" in a.explanation.en


# --- the official year-on-year rate ----------------------------------------------------------------


def test_the_official_rate_is_used_as_given_when_as_recent() -> None:
    # levels would give 10.5%, the official comparable rate is 9.6%
    compiled = simple(TEN)
    figures = [obs(LAST_YEAR_END, "100万元"), obs(YEAR_END, "110.5万元"), rate(YEAR_END, "9.6%")]
    a = assess(compiled, figures, YEAR_END)
    assert (a.status, a.actual, a.gap) == (Status.MISSED, Decimal("9.60"), Decimal("0.40"))
    assert "official rate" in a.explanation.en


def test_the_official_rate_is_used_when_more_recent_than_the_levels() -> None:
    compiled = simple(TEN)
    figures = [obs(dt.date(YEAR - 1, 12, 25), "100万元"), obs(dt.date(YEAR, 12, 25), "120万元"), rate(YEAR_END, "9.6%")]
    assert status(compiled, figures, YEAR_END) is Status.MISSED


def test_an_older_official_rate_gives_way_to_newer_levels() -> None:
    compiled = simple(TEN)
    figures = [obs(LAST_YEAR_END, "100万元"), obs(YEAR_END, "110.5万元"), rate(dt.date(YEAR, 12, 25), "9.6%")]
    a = assess(compiled, figures, YEAR_END)
    assert (a.status, a.actual) == (Status.MET, Decimal("10.50"))


@pytest.mark.parametrize(
    ("official", "expected"), [("10%", Status.MET), ("0.1", Status.MET), ("9.99%", Status.MISSED), ("100‰", Status.MET)]
)
def test_an_official_rate_alone_is_enough(official: str, expected: Status) -> None:
    compiled = simple(TEN)
    quantity = parse_quantity(official) if official[-1] in "%‰" else Quantity(Decimal(official), unit(""))
    figures = [Observation("m", YEAR_END, quantity, Measure.YOY)]
    assert status(compiled, figures, YEAR_END) is expected


@pytest.mark.parametrize(("official", "expected"), [("10%", Status.ON_TRACK), ("9.99%", Status.LAGGING)])
def test_an_official_rate_mid_year(official: str, expected: Status) -> None:
    compiled = simple(TEN)
    assert status(compiled, [rate(dt.date(YEAR, 5, 31), official)], MID_YEAR) is expected


def test_a_stale_official_rate_is_not_used_at_year_end() -> None:
    compiled = simple(TEN)
    assert status(compiled, [rate(dt.date(YEAR, 12, 20), "20%")], YEAR_END) is Status.NO_DATA
    levels = [obs(LAST_YEAR_END, "100万元"), obs(YEAR_END, "105万元"), rate(dt.date(YEAR, 12, 20), "20%")]
    assert status(compiled, levels, YEAR_END) is Status.MISSED


def test_after_the_year_end_figures_and_rates_of_the_next_year_are_not_used() -> None:
    compiled = simple(TEN)
    figures = [
        obs(LAST_YEAR_END, "100万元"),
        obs(YEAR_END, "110万元"),
        obs(dt.date(YEAR + 1, 1, 10), "3万元"),
        rate(dt.date(YEAR + 1, 1, 10), "-50%"),
    ]
    a = assess(compiled, figures, dt.date(YEAR + 1, 1, 15))
    assert (a.status, a.actual, a.figure_date) == (Status.MET, Decimal("10.00"), YEAR_END)


def test_an_official_rate_in_money_is_not_evaluable() -> None:
    compiled = simple(TEN)
    a = assess(compiled, [Observation("m", YEAR_END, parse_quantity("10万元"), Measure.YOY)], YEAR_END)
    assert a.status is Status.NOT_EVALUABLE


# --- a benchmark metric's growth --------------------------------------------------------------------

LOANS = [metric("loans"), metric("district_loans")]
ABOVE_DISTRICT = target({"benchmark": "district_loans", "comparator": ">"}, metric="loans")


def loan_figures(own: str, bench: str, day: dt.date = YEAR_END) -> list[Observation]:
    last = dt.date(day.year - 1, day.month, day.day)
    return [
        obs(last, "100万元", "loans"),
        obs(day, own, "loans"),
        obs(last, "200万元", "district_loans"),
        obs(day, bench, "district_loans"),
    ]


def test_equal_growth_is_not_higher_than_the_benchmark() -> None:
    compiled = plan(LOANS, [ABOVE_DISTRICT])
    equal = assess(compiled, loan_figures("110万元", "220万元"), YEAR_END)
    assert (equal.status, equal.actual, equal.required) == (Status.MISSED, Decimal("10.00"), Decimal("10.00"))
    assert status(compiled, loan_figures("110.01万元", "220万元"), YEAR_END) is Status.MET
    assert status(compiled, loan_figures("110万元", "220万元", MID_YEAR), MID_YEAR) is Status.LAGGING
    assert status(compiled, loan_figures("110.01万元", "220万元", MID_YEAR), MID_YEAR) is Status.ON_TRACK


def test_benchmark_with_at_least_accepts_equal_growth() -> None:
    compiled = plan(LOANS, [target({"benchmark": "district_loans"}, metric="loans")])
    assert status(compiled, loan_figures("110万元", "220万元"), YEAR_END) is Status.MET
    assert status(compiled, loan_figures("109.99万元", "220万元"), YEAR_END) is Status.MISSED


def test_benchmark_plus_margin() -> None:
    compiled = plan(
        LOANS, [target({"benchmark": "district_loans", "comparator": ">=", "margin": "2%"}, metric="loans")]
    )
    assert status(compiled, loan_figures("112万元", "220万元"), YEAR_END) is Status.MET
    assert status(compiled, loan_figures("111.99万元", "220万元"), YEAR_END) is Status.MISSED


def test_benchmark_official_rate_is_used() -> None:
    compiled = plan(LOANS, [ABOVE_DISTRICT])
    figures = [
        obs(LAST_YEAR_END, "100万元", "loans"),
        obs(YEAR_END, "108万元", "loans"),
        rate(YEAR_END, "7.99%", "district_loans"),
    ]
    assert status(compiled, figures, YEAR_END) is Status.MET
    figures[-1] = rate(YEAR_END, "8%", "district_loans")
    assert status(compiled, figures, YEAR_END) is Status.MISSED


def test_benchmark_without_figures_is_no_data_and_with_a_zero_base_not_evaluable() -> None:
    compiled = plan(LOANS, [ABOVE_DISTRICT])
    own = [obs(LAST_YEAR_END, "100万元", "loans"), obs(YEAR_END, "110万元", "loans")]
    assert status(compiled, own, YEAR_END) is Status.NO_DATA
    zero = [*own, obs(LAST_YEAR_END, "0万元", "district_loans"), obs(YEAR_END, "5万元", "district_loans")]
    assert status(compiled, zero, YEAR_END) is Status.NOT_EVALUABLE


# --- a stated baseline -------------------------------------------------------------------------------


@pytest.mark.parametrize("baseline", ["100万元", "1000000元", "0.01亿元", "100"])
def test_stated_baseline_at_year_end(baseline: str) -> None:
    compiled = simple({"min_growth": "10%", "baseline": baseline})
    assert status(compiled, [obs(YEAR_END, "110万元")], YEAR_END) is Status.MET
    assert status(compiled, [obs(YEAR_END, "109.99万元")], YEAR_END) is Status.MISSED
    # the baseline wins over a previous-year figure
    assert status(compiled, [obs(LAST_YEAR_END, "50万元"), obs(YEAR_END, "109.99万元")], YEAR_END) is Status.MISSED


def test_stated_baseline_of_a_level_is_compared_directly_mid_year() -> None:
    compiled = simple({"min_growth": "10%", "baseline": "100万元"}, reporting="level")
    assert status(compiled, [obs(MID_YEAR, "110万元")], MID_YEAR) is Status.ON_TRACK
    assert status(compiled, [obs(MID_YEAR, "109.99万元")], MID_YEAR) is Status.LAGGING


def test_stated_baseline_of_a_year_to_date_total_is_pro_rated_mid_year() -> None:
    # the year needs 365 x (1 + 100%) = 730; on day 181 of 365, 362 is due
    compiled = simple({"min_growth": "100%", "baseline": "365万元"})
    on = assess(compiled, [obs(MID_YEAR, "362万元")], MID_YEAR)
    assert (on.status, on.required, on.actual) == (Status.ON_TRACK, Decimal(730), Decimal(362))
    # 0.01 short of 362 is 0.001 points of 730 behind: level (持平) at the shown precision, on track
    assert status(compiled, [obs(MID_YEAR, "361.99万元")], MID_YEAR) is Status.ON_TRACK
    # 0.4 short is 0.055 points behind: shown -0.1, behind
    assert status(compiled, [obs(MID_YEAR, "361.6万元")], MID_YEAR) is Status.LAGGING
    assert status(compiled, [obs(MID_YEAR, "3620000元")], MID_YEAR) is Status.ON_TRACK


def test_spec_rejects_a_baseline_that_does_not_fit() -> None:
    assert spec_errors([metric()], [target({"min_growth": "10%", "baseline": "0万元"})]) == [
        "targets[0].params.baseline"
    ]
    assert spec_errors([metric()], [target({"min_growth": "10%", "baseline": "100人"})]) == [
        "targets[0].params.baseline"
    ]


# --- a metric where less is better ---------------------------------------------------------------------

DOWN_FIVE = {"min_growth": "-5%", "comparator": "<="}


@pytest.mark.parametrize(
    ("current", "expected"),
    [("95万元", Status.MET), ("90万元", Status.MET), ("95.01万元", Status.MISSED), ("100万元", Status.MISSED)],
)
def test_decrease_of_at_least_five_percent(current: str, expected: Status) -> None:
    compiled = simple(DOWN_FIVE, direction="decrease")
    a = assess(compiled, [obs(LAST_YEAR_END, "100万元"), obs(YEAR_END, current)], YEAR_END)
    assert a.status is expected
    if current == "95.01万元":
        assert (a.actual, a.required, a.gap) == (Decimal("-4.99"), Decimal("-5.00"), Decimal("0.01"))


def test_decrease_strictly_more_than_five_percent() -> None:
    compiled = simple({"min_growth": "-5%", "comparator": "<"}, direction="decrease")
    assert status(compiled, [obs(LAST_YEAR_END, "100万元"), obs(YEAR_END, "95万元")], YEAR_END) is Status.MISSED
    assert status(compiled, [obs(LAST_YEAR_END, "100万元"), obs(YEAR_END, "94.99万元")], YEAR_END) is Status.MET


def test_decrease_mid_year() -> None:
    compiled = simple(DOWN_FIVE, direction="decrease")
    assert status(compiled, [obs(LAST_MID_YEAR, "100万元"), obs(MID_YEAR, "95万元")], MID_YEAR) is Status.ON_TRACK
    assert status(compiled, [obs(LAST_MID_YEAR, "100万元"), obs(MID_YEAR, "96万元")], MID_YEAR) is Status.LAGGING


def test_decrease_against_a_stated_baseline_of_a_level() -> None:
    compiled = simple({**DOWN_FIVE, "baseline": "100万元"}, direction="decrease", reporting="level")
    assert status(compiled, [obs(MID_YEAR, "95万元")], MID_YEAR) is Status.ON_TRACK
    assert status(compiled, [obs(MID_YEAR, "95.01万元")], MID_YEAR) is Status.LAGGING
    assert status(compiled, [obs(YEAR_END, "95万元")], YEAR_END) is Status.MET


def test_decrease_against_a_stated_baseline_of_a_year_to_date_total_mid_year() -> None:
    # the year may use at most 100 x (1 - 5%) = 95; on day 181 of 365, 47.11 is the pro-rated share
    compiled = simple({**DOWN_FIVE, "baseline": "100万元"}, direction="decrease")
    assert status(compiled, [obs(MID_YEAR, "10万元")], MID_YEAR) is Status.ON_TRACK
    assert status(compiled, [obs(MID_YEAR, "90万元")], MID_YEAR) is Status.LAGGING
    # exact boundary: at most 365 x (1 - 50%) = 182.5 for the year, 90.5 due on day 181
    half = simple({"min_growth": "-50%", "comparator": "<=", "baseline": "365万元"}, direction="decrease")
    assert status(half, [obs(MID_YEAR, "90.5万元")], MID_YEAR) is Status.ON_TRACK
    assert status(half, [obs(MID_YEAR, "90.51万元")], MID_YEAR) is Status.LAGGING


@pytest.mark.parametrize(
    ("params", "direction", "path"),
    [
        ({"min_growth": "10%", "comparator": ">="}, "decrease", "targets[0].params.comparator"),
        ({"min_growth": "10%", "comparator": ">"}, "decrease", "targets[0].params.comparator"),
        ({"min_growth": "-5%", "comparator": "<="}, "increase", "targets[0].params.comparator"),
        ({"min_growth": "-5%", "comparator": "<"}, "increase", "targets[0].params.comparator"),
        ({"min_growth": "10%", "comparator": "between"}, "increase", "targets[0].params.comparator"),
    ],
)
def test_spec_rejects_a_comparator_against_the_metric_direction(
    params: dict[str, Any], direction: str, path: str
) -> None:
    assert spec_errors([metric(direction=direction)], [target(params)]) == [path]


def test_spec_rejects_growth_params_that_do_not_fit() -> None:
    assert spec_errors([metric()], [target({})]) == ["targets[0].params.min_growth"]
    both = spec_errors(LOANS, [target({"min_growth": "10%", "benchmark": "district_loans"}, metric="loans")])
    assert both == ["targets[0].params.min_growth"]
    assert spec_errors(LOANS, [target({"benchmark": "nowhere"}, metric="loans")]) == ["targets[0].params.benchmark"]
    assert spec_errors(LOANS, [target({"benchmark": "loans"}, metric="loans")]) == ["targets[0].params.benchmark"]
    with_baseline = spec_errors(LOANS, [target({"benchmark": "district_loans", "baseline": "100万元"}, metric="loans")])
    assert with_baseline == ["targets[0].params.baseline"]


# --- properties --------------------------------------------------------------------------------------

#: Days before the year's end (1 January to 30 December).
days = st.integers(min_value=0, max_value=363).map(lambda n: dt.date(YEAR, 1, 1) + dt.timedelta(days=n))
cents = st.integers(min_value=1, max_value=10_000_000)  # 0.01 to 100000 万元
percents = st.integers(min_value=-5000, max_value=5000).map(lambda n: Decimal(n).scaleb(-2))  # -50.00% to 50.00%


def wan(cent_count: int) -> str:
    return f"{format(Decimal(cent_count).scaleb(-2), 'f')}万元"


def previous(day: dt.date) -> dt.date:
    return dt.date(day.year - 1, day.month, day.day)


@given(
    st.sampled_from([">=", ">", "<=", "<"]),
    percents,
    cents,
    cents,
    st.integers(min_value=0, max_value=10**6),
    days,
    st.booleans(),
    st.sampled_from(["previous-year", "baseline"]),
    st.sampled_from(["cumulative", "level"]),
)
def test_raising_the_figure_never_worsens_growth_and_never_improves_a_decrease(
    comparator: str,
    growth: Decimal,
    base: int,
    current: int,
    rise: int,
    day: dt.date,
    final: bool,
    source: str,
    reporting: str,
) -> None:
    decreasing = comparator in ("<=", "<")
    params: dict[str, Any] = {"min_growth": f"{growth}%", "comparator": comparator}
    figures: list[Observation] = []
    as_of = YEAR_END if final else day
    if source == "baseline":
        params["baseline"] = wan(base)
    else:
        figures.append(obs(previous(as_of), wan(base)))
    compiled = simple(params, reporting=reporting, direction="decrease" if decreasing else "increase")
    low = status(compiled, [*figures, obs(as_of, wan(current))], as_of)
    high = status(compiled, [*figures, obs(as_of, wan(current + rise))], as_of)
    assert low in RANK and high in RANK
    if decreasing:
        assert RANK[high] <= RANK[low]
    else:
        assert RANK[high] >= RANK[low]


MONEY = ["元", "万元", "亿元", "千元", "百万元"]


@given(
    st.sampled_from([">=", ">", "<=", "<"]),
    percents,
    st.integers(min_value=1, max_value=10**10),
    st.integers(min_value=0, max_value=10**10),
    days,
    st.booleans(),
    st.booleans(),
    st.lists(st.sampled_from(MONEY), min_size=3, max_size=3),
)
def test_restating_figures_in_another_unit_changes_nothing(
    comparator: str,
    growth: Decimal,
    base_yuan: int,
    current_yuan: int,
    day: dt.date,
    final: bool,
    stated: bool,
    symbols: list[str],
) -> None:
    def q(yuan: int, symbol: str) -> Quantity:
        return Quantity(Decimal(yuan), unit("元")).to(symbol)

    decreasing = comparator in ("<=", "<")
    as_of = YEAR_END if final else day

    def judged(base_symbol: str, current_symbol: str) -> planengine.Assessment:
        params: dict[str, Any] = {"min_growth": f"{growth}%", "comparator": comparator}
        figures = [obs(as_of, q(current_yuan, current_symbol))]
        if stated:
            params["baseline"] = str(q(base_yuan, base_symbol))
        else:
            figures.append(obs(previous(as_of), q(base_yuan, base_symbol)))
        compiled = simple(params, reporting="level", direction="decrease" if decreasing else "increase")
        return assess(compiled, figures, as_of)

    reference = judged("元", "元")
    for base_symbol, current_symbol in [(symbols[0], symbols[1]), (symbols[2], "万元")]:
        other = judged(base_symbol, current_symbol)
        assert other.status is reference.status
        assert (other.actual, other.required, other.gap) == (reference.actual, reference.required, reference.gap)


@given(st.sampled_from([">=", ">", "<=", "<"]), percents, cents, cents, st.dates(dt.date(YEAR, 12, 21), YEAR_END))
def test_at_year_end_met_exactly_when_the_growth_holds(
    comparator: str, growth: Decimal, base: int, current: int, day: dt.date
) -> None:
    decreasing = comparator in ("<=", "<")
    compiled = simple(
        {"min_growth": f"{growth}%", "comparator": comparator}, direction="decrease" if decreasing else "increase"
    )
    got = status(compiled, [obs(previous(day), wan(base)), obs(day, wan(current))], YEAR_END)
    # current / base - 1 (comparator) growth, without dividing: base > 0
    bar = Decimal(base) * (1 + growth / 100)
    cur = Decimal(current)
    holds = {">=": cur >= bar, ">": cur > bar, "<=": cur <= bar, "<": cur < bar}[comparator]
    assert got is (Status.MET if holds else Status.MISSED)


@given(percents, st.integers(min_value=-(10**6), max_value=0), cents, st.booleans())
def test_a_zero_or_negative_base_is_never_judged(growth: Decimal, base: int, current: int, final: bool) -> None:
    compiled = simple({"min_growth": f"{growth}%"})
    as_of = YEAR_END if final else MID_YEAR
    got = status(compiled, [obs(previous(as_of), wan(base)), obs(as_of, wan(current))], as_of)
    assert got is Status.NOT_EVALUABLE
