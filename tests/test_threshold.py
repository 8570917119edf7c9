"""``count-threshold`` and ``amount-threshold``: boundaries, pro-rating, labelled statuses, properties.

Plans are built from small JSON specs (``planengine.loads_spec``), figures in code. They
count 序时进度 by days (``progress_basis = "days"``) unless a test says otherwise: the plan
year 2026 has 365 days, so on day ``n`` of the year exactly ``n/365`` of it has elapsed,
which makes targets of 365 (or a multiple) give whole numbers due. The default basis, whole
reporting periods, is tested in ``test_progress.py``.
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
MID_YEAR = dt.date(YEAR, 6, 30)  # day 181 of 365
START = dt.date(YEAR - 1, 12, 31)

#: The order of the judged statuses, worst first.
RANK = {Status.MISSED: 0, Status.LAGGING: 1, Status.ON_TRACK: 2, Status.MET: 3}


# --- helpers --------------------------------------------------------------------------------------


def metric(
    id: str = "m", unit: str = "家", reporting: str = "cumulative", direction: str = "increase"
) -> dict[str, Any]:
    return {"id": id, "name": f"指标{id}", "unit": unit, "reporting": reporting, "direction": direction}


def target(evaluator: str, params: dict[str, Any], metric: str | None = "m", id: str = "t") -> dict[str, Any]:
    data: dict[str, Any] = {"id": id, "evaluator": evaluator, "quote": "方案原文", "params": params}
    if metric is not None:
        data["metric"] = metric
    return data


def spec_text(metrics: list[dict[str, Any]], targets: list[dict[str, Any]], **extra: Any) -> str:
    data = {
        "format": 1,
        "id": "p",
        "title": "测试方案",
        "issuer": "测试",
        "year": YEAR,
        "progress_basis": "days",
        "metrics": metrics,
        "targets": targets,
        **extra,
    }
    return json.dumps(data, ensure_ascii=False)


@functools.cache
def _compiled(text: str) -> planengine.CompiledPlan:
    return planengine.compile_plan(planengine.loads_spec(text, fmt="json"))


def plan(metrics: list[dict[str, Any]], targets: list[dict[str, Any]], **extra: Any) -> planengine.CompiledPlan:
    return _compiled(spec_text(metrics, targets, **extra))


def simple(evaluator: str, params: dict[str, Any], **metric_fields: Any) -> planengine.CompiledPlan:
    """A plan with one metric ``m`` and one target ``t`` on it."""
    return plan([metric(**metric_fields)], [target(evaluator, params)])


def obs(day: dt.date, amount: str | Quantity, metric: str = "m", source: str = "") -> Observation:
    quantity = parse_quantity(amount) if isinstance(amount, str) else amount
    return Observation(metric, day, quantity, Measure.VALUE, source=source)


def assess(
    compiled: planengine.CompiledPlan, observations: list[Observation], as_of: dt.date, target_id: str = "t"
) -> planengine.Assessment:
    return planengine.evaluate(compiled, observations, as_of).assessment(target_id)


def status(compiled: planengine.CompiledPlan, observations: list[Observation], as_of: dt.date) -> Status:
    return assess(compiled, observations, as_of).status


def day_of_year(day: dt.date) -> int:
    return (day - dt.date(YEAR, 1, 1)).days + 1


# --- 1. boundaries at the year's end --------------------------------------------------------------


@pytest.mark.parametrize(("actual", "expected"), [("84家", Status.MISSED), ("85家", Status.MET), ("86家", Status.MET)])
def test_at_least_is_met_when_equal_at_year_end(actual: str, expected: Status) -> None:
    compiled = simple("count-threshold", {"value": "85家", "comparator": ">="}, reporting="level")
    assert status(compiled, [obs(YEAR_END, actual)], YEAR_END) is expected


def test_at_least_year_end_numbers() -> None:
    compiled = simple("count-threshold", {"value": "85家", "comparator": ">="}, reporting="level")
    a = assess(compiled, [obs(YEAR_END, "80家")], YEAR_END)
    assert (a.status, a.actual, a.required, a.gap, a.unit, a.figure_date) == (
        Status.MISSED,
        Decimal(80),
        Decimal(85),
        Decimal(5),
        "家",
        YEAR_END,
    )
    assert a.completion == Decimal(80) / Decimal(85)  # exact to Decimal's 28 digits; rounded only when shown
    met = assess(compiled, [obs(YEAR_END, "85家")], YEAR_END)
    assert (met.gap, met.completion) == (Decimal(0), Decimal(1))


@pytest.mark.parametrize(
    ("actual", "expected"), [("9家", Status.MISSED), ("10家", Status.MISSED), ("11家", Status.MET)]
)
def test_more_than_count_equal_is_missed_one_more_is_met(actual: str, expected: Status) -> None:
    compiled = simple("count-threshold", {"value": "10家", "comparator": ">"})
    a = assess(compiled, [obs(YEAR_END, actual)], YEAR_END)
    assert a.status is expected
    if actual == "10家":
        assert a.gap == Decimal(1)  # the least count that is more than 10 is 11


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        ("4999.99万元", Status.MISSED),
        ("5000万元", Status.MISSED),
        ("50000000元", Status.MISSED),
        ("5000.01万元", Status.MET),
        ("0.5亿元", Status.MISSED),
        ("0.50000001亿元", Status.MET),
    ],
)
def test_more_than_amount_equal_is_missed(actual: str, expected: Status) -> None:
    compiled = simple("amount-threshold", {"value": "5000万元", "comparator": ">"}, unit="万元")
    a = assess(compiled, [obs(YEAR_END, actual)], YEAR_END)
    assert a.status is expected
    if expected is Status.MISSED and a.actual == 5000:
        assert "equal to it but not above it" in a.explanation.en
        assert "恰好持平而未超过" in a.explanation.zh


#: On a metric where more is better, a figure above a range's or 左右's upper bound over-fulfils
#: the target (超额完成) unless the plan marks the upper bound as binding.
BINDING = pytest.mark.parametrize("binding", [False, True], ids=["upper-free", "upper-binding"])


def over(expected: Status, binding: bool) -> Status:
    """The status of a figure above the upper bound: met (over-fulfilled) unless the bound binds."""
    return expected if binding else Status.MET


@BINDING
@pytest.mark.parametrize(
    ("actual", "expected"),
    [("0项", Status.MISSED), ("1项", Status.MET), ("2项", Status.MET), ("3项", Status.MISSED)],
)
def test_between_one_and_two(actual: str, expected: Status, binding: bool) -> None:
    compiled = simple(
        "count-threshold", {"value": "1项", "comparator": "between", "high": "2项", "upper_binding": binding}, unit="项"
    )
    want = over(expected, binding) if actual == "3项" else expected
    assert status(compiled, [obs(YEAR_END, actual)], YEAR_END) is want


def test_between_above_a_binding_range_has_a_negative_gap() -> None:
    compiled = simple(
        "count-threshold", {"value": "1项", "comparator": "between", "high": "2项", "upper_binding": True}, unit="项"
    )
    a = assess(compiled, [obs(YEAR_END, "3项")], YEAR_END)
    assert (a.status, a.gap) == (Status.MISSED, Decimal(-1))
    assert "above the upper bound" in a.explanation.en


def test_above_a_free_range_is_over_fulfilled() -> None:
    compiled = simple("count-threshold", {"value": "1项", "comparator": "between", "high": "2项"}, unit="项")
    a = assess(compiled, [obs(YEAR_END, "3项")], YEAR_END)
    assert (a.status, a.gap) == (Status.MET, Decimal(0))
    assert "over-fulfilled" in a.explanation.en and "超额完成" in a.explanation.zh


def test_a_range_on_a_metric_where_less_is_better_binds_both_ways() -> None:
    compiled = simple(
        "count-threshold", {"value": "1项", "comparator": "between", "high": "2项"}, unit="项", direction="decrease"
    )
    assert status(compiled, [obs(YEAR_END, "3项")], YEAR_END) is Status.MISSED


@BINDING
@pytest.mark.parametrize(
    ("actual", "expected"),
    [("3名", Status.MISSED), ("4名", Status.MET), ("5名", Status.MET), ("6名", Status.MET), ("7名", Status.MISSED)],
)
def test_approx_with_an_absolute_tolerance(actual: str, expected: Status, binding: bool) -> None:
    compiled = simple(
        "count-threshold",
        {"value": "5名", "comparator": "approx", "tolerance": "1名", "upper_binding": binding},
        unit="人",
    )
    want = over(expected, binding) if actual == "7名" else expected
    assert status(compiled, [obs(YEAR_END, actual)], YEAR_END) is want


@BINDING
@pytest.mark.parametrize(
    ("actual", "expected"),
    [("7人", Status.MISSED), ("8人", Status.MET), ("10人", Status.MET), ("12人", Status.MET), ("13人", Status.MISSED)],
)
def test_approx_with_a_relative_tolerance(actual: str, expected: Status, binding: bool) -> None:
    # 10名左右 with 20%: from 8 to 12
    compiled = simple(
        "count-threshold",
        {"value": "10名", "comparator": "approx", "tolerance": "20%", "upper_binding": binding},
        unit="人",
    )
    want = over(expected, binding) if actual == "13人" else expected
    assert status(compiled, [obs(YEAR_END, actual)], YEAR_END) is want


@BINDING
@pytest.mark.parametrize(
    ("actual", "expected"),
    [("7.99万元", Status.MISSED), ("8万元", Status.MET), ("12万元", Status.MET), ("12.0001万元", Status.MISSED)],
)
def test_approx_relative_tolerance_on_an_amount(actual: str, expected: Status, binding: bool) -> None:
    compiled = simple(
        "amount-threshold",
        {"value": "10万元", "comparator": "approx", "tolerance": "20%", "upper_binding": binding},
        unit="万元",
    )
    want = over(expected, binding) if actual == "12.0001万元" else expected
    assert status(compiled, [obs(YEAR_END, actual)], YEAR_END) is want


@pytest.mark.parametrize(
    ("value", "unit", "low", "high"),
    [
        ("1名", "人", "1", "1"),
        ("5名", "人", "5", "5"),
        ("20家", "家", "18", "22"),
        ("10万元", "万元", "9", "11"),
        ("0.5万人", "万人", "0.45", "0.55"),
    ],
)
def test_approx_without_a_tolerance_reaches_the_documented_default(value: str, unit: str, low: str, high: str) -> None:
    """左右 with no tolerance: 10% either side, in whole things for a count (1名左右 is one)."""
    from planengine.evaluators.threshold import DEFAULT_APPROX_TOLERANCE

    assert DEFAULT_APPROX_TOLERANCE == Decimal("0.1")
    evaluator = "amount-threshold" if unit == "万元" else "count-threshold"
    compiled = simple(evaluator, {"value": value, "comparator": "approx", "upper_binding": True}, unit=unit)
    lowest, highest = Decimal(low), Decimal(high)
    step = Decimal("0.0001") if unit in ("万元", "万人") else Decimal(1)
    assert status(compiled, [obs(YEAR_END, f"{lowest}{unit}")], YEAR_END) is Status.MET
    assert status(compiled, [obs(YEAR_END, f"{highest}{unit}")], YEAR_END) is Status.MET
    assert status(compiled, [obs(YEAR_END, f"{lowest - step}{unit}")], YEAR_END) is Status.MISSED
    assert status(compiled, [obs(YEAR_END, f"{highest + step}{unit}")], YEAR_END) is Status.MISSED


def test_approx_mid_year_is_due_from_the_stated_value() -> None:
    """5名左右 (tolerance 1名) on 30 June, by days: 5 x 181/365 = 2.48 due, not 4 x 181/365 = 1.98."""
    compiled = simple("count-threshold", {"value": "5名", "comparator": "approx", "tolerance": "1名"}, unit="人")
    a = assess(compiled, [obs(MID_YEAR, "2人")], MID_YEAR)
    assert a.status is Status.LAGGING
    assert a.progress is not None and a.progress.expected == Decimal(181) / Decimal(365)
    assert "按进度应达3人" in a.explanation.zh  # whole people: 2.48 due is 3


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        ("19.99%", Status.MET),
        ("20%", Status.MET),
        ("0.2", Status.MET),
        ("20.01%", Status.MISSED),
        ("200‰", Status.MET),
        ("201‰", Status.MISSED),
    ],
)
def test_ceiling_at_most_twenty_percent(actual: str, expected: Status) -> None:
    compiled = simple(
        "amount-threshold", {"value": "20%", "comparator": "<="}, unit="%", reporting="level", direction="decrease"
    )
    quantity = (
        Quantity(Decimal(actual), unit("")) if "%" not in actual and "‰" not in actual else parse_quantity(actual)
    )
    assert status(compiled, [obs(YEAR_END, quantity)], YEAR_END) is expected


def test_ceiling_strictly_less_than() -> None:
    compiled = simple(
        "amount-threshold", {"value": "20%", "comparator": "<"}, unit="%", reporting="level", direction="decrease"
    )
    assert status(compiled, [obs(YEAR_END, "20%")], YEAR_END) is Status.MISSED
    assert status(compiled, [obs(YEAR_END, "19.99%")], YEAR_END) is Status.MET


def test_ceiling_breach_mid_year_is_missed_at_once() -> None:
    compiled = simple(
        "amount-threshold", {"value": "20%", "comparator": "<="}, unit="%", reporting="level", direction="decrease"
    )
    early = dt.date(YEAR, 2, 10)
    breached = assess(compiled, [obs(early, "20.01%")], early)
    assert breached.status is Status.MISSED
    assert breached.gap == Decimal("-0.01")
    assert status(compiled, [obs(early, "20%")], early) is Status.ON_TRACK
    # judged on the figure itself, never pro-rated: a figure well above the pro-rated share is fine
    assert status(compiled, [obs(early, "19%")], dt.date(YEAR, 3, 1)) is Status.ON_TRACK


def test_ceiling_on_a_cumulative_amount_is_not_pro_rated() -> None:
    compiled = simple("amount-threshold", {"value": "100万元", "comparator": "<="}, unit="万元", direction="decrease")
    assert status(compiled, [obs(MID_YEAR, "99万元")], MID_YEAR) is Status.ON_TRACK
    assert status(compiled, [obs(MID_YEAR, "100.01万元")], MID_YEAR) is Status.MISSED


NET = {"value": "10家", "comparator": ">", "basis": "net_increase"}


@pytest.mark.parametrize("start_day", [dt.date(YEAR - 1, 12, 21), dt.date(YEAR - 1, 12, 31), dt.date(YEAR, 1, 1)])
def test_net_increase_uses_the_start_of_year_level(start_day: dt.date) -> None:
    compiled = simple("count-threshold", NET, reporting="level")
    met = assess(compiled, [obs(start_day, "98家"), obs(YEAR_END, "109家")], YEAR_END)
    assert (met.status, met.actual) == (Status.MET, Decimal(11))
    missed = assess(compiled, [obs(start_day, "98家"), obs(YEAR_END, "108家")], YEAR_END)
    assert (missed.status, missed.actual) == (Status.MISSED, Decimal(10))  # 净增10家 is not 超10家


def test_net_increase_takes_the_latest_start_figure() -> None:
    compiled = simple("count-threshold", NET, reporting="level")
    figures = [obs(dt.date(YEAR - 1, 12, 21), "90家"), obs(dt.date(YEAR - 1, 12, 31), "98家"), obs(YEAR_END, "109家")]
    assert assess(compiled, figures, YEAR_END).actual == Decimal(11)


@pytest.mark.parametrize("start_day", [dt.date(YEAR - 1, 12, 20), dt.date(YEAR - 1, 11, 30), dt.date(YEAR, 1, 2)])
def test_net_increase_without_a_start_of_year_figure_is_no_data(start_day: dt.date) -> None:
    compiled = simple("count-threshold", NET, reporting="level")
    a = assess(compiled, [obs(start_day, "98家"), obs(YEAR_END, "120家")], YEAR_END)
    assert a.status is Status.NO_DATA
    assert "start-of-year" in a.explanation.en
    mid = assess(compiled, [obs(start_day, "98家"), obs(MID_YEAR, "120家")], MID_YEAR)
    assert mid.status is Status.NO_DATA


def test_spec_rejects_net_increase_on_a_cumulative_metric_and_on_amounts() -> None:
    with pytest.raises(planengine.SpecErrors) as caught:
        planengine.loads_spec(spec_text([metric()], [target("count-threshold", NET)]), fmt="json")
    assert [e.path for e in caught.value.errors] == ["targets[0].params.basis"]
    with pytest.raises(planengine.SpecErrors) as caught:
        planengine.loads_spec(
            spec_text(
                [metric(unit="万元", reporting="level")], [target("amount-threshold", {**NET, "value": "10万元"})]
            ),
            fmt="json",
        )
    assert [e.path for e in caught.value.errors] == ["targets[0].params.basis"]


@pytest.mark.parametrize(
    ("params", "metric_fields", "path"),
    [
        ({"value": "20%", "comparator": "<="}, {"unit": "%"}, "targets[0].params.comparator"),
        ({"value": "5家", "comparator": ">="}, {"direction": "decrease"}, "targets[0].params.comparator"),
        ({"value": "85.5家"}, {}, "targets[0].params.value"),
        ({"value": "85万元"}, {}, "targets[0].params.value"),
        ({"value": "1项", "comparator": "between", "high": "0项"}, {"unit": "项"}, "targets[0].params.high"),
        (
            {"value": "5名", "comparator": ">=", "upper_binding": True},
            {"unit": "人"},
            "targets[0].params.upper_binding",
        ),
    ],
)
def test_spec_rejects_threshold_params_that_do_not_fit(
    params: dict[str, Any], metric_fields: dict[str, Any], path: str
) -> None:
    evaluator = "amount-threshold" if metric_fields.get("unit") == "%" else "count-threshold"
    with pytest.raises(planengine.SpecErrors) as caught:
        planengine.loads_spec(spec_text([metric(**metric_fields)], [target(evaluator, params)]), fmt="json")
    assert path in [e.path for e in caught.value.errors]


def test_a_bare_number_takes_the_metric_unit() -> None:
    compiled = simple("amount-threshold", {"value": "13", "comparator": ">="}, unit="亿元")
    assert status(compiled, [obs(YEAR_END, "130000万元")], YEAR_END) is Status.MET
    assert status(compiled, [obs(YEAR_END, "129999.99万元")], YEAR_END) is Status.MISSED


# --- 2. mid-year: pro-rated by 序时进度 at the figure's date ---------------------------------------


@pytest.mark.parametrize("day", [dt.date(YEAR, 1, 1), dt.date(YEAR, 3, 31), MID_YEAR, dt.date(YEAR, 12, 30)])
def test_cumulative_on_track_exactly_when_the_due_part_is_reached(day: dt.date) -> None:
    compiled = simple("count-threshold", {"value": "365家"})  # due on day n: exactly n
    n = day_of_year(day)
    reached = assess(compiled, [obs(day, f"{n}家")], day)
    assert reached.status is Status.ON_TRACK
    assert reached.expected == Decimal(n) / Decimal(365)
    assert status(compiled, [obs(day, f"{n - 1}家")], day) is Status.LAGGING


def test_the_share_is_taken_at_the_figure_date_not_the_as_of_date() -> None:
    compiled = simple("count-threshold", {"value": "365家"})
    later = dt.date(YEAR, 7, 20)
    assert status(compiled, [obs(MID_YEAR, "181家")], later) is Status.ON_TRACK
    assert status(compiled, [obs(MID_YEAR, "180家")], later) is Status.LAGGING


def test_cumulative_amount_boundary_with_decimals() -> None:
    compiled = simple("amount-threshold", {"value": "365万元"}, unit="万元")
    assert status(compiled, [obs(MID_YEAR, "181万元")], MID_YEAR) is Status.ON_TRACK
    assert status(compiled, [obs(MID_YEAR, "1810000元")], MID_YEAR) is Status.ON_TRACK
    # 0.0003 points behind is level (持平) at the shown precision of one decimal: on track
    assert status(compiled, [obs(MID_YEAR, "180.9999万元")], MID_YEAR) is Status.ON_TRACK
    # 0.8 short of 181 is 0.22 points behind: shown -0.2, behind
    assert status(compiled, [obs(MID_YEAR, "180.2万元")], MID_YEAR) is Status.LAGGING


def test_more_than_mid_year_uses_the_same_due_part() -> None:
    compiled = simple("count-threshold", {"value": "365家", "comparator": ">"})
    assert status(compiled, [obs(MID_YEAR, "181家")], MID_YEAR) is Status.ON_TRACK
    assert status(compiled, [obs(MID_YEAR, "180家")], MID_YEAR) is Status.LAGGING


@pytest.mark.parametrize("start_day", [dt.date(YEAR - 1, 12, 25), dt.date(YEAR, 1, 1)])
def test_level_with_a_start_figure_is_pro_rated_from_the_start(start_day: dt.date) -> None:
    # start 100, target 465: due = 100 + 365 x 181/365 = 281 on 30 June
    compiled = simple("count-threshold", {"value": "465家"}, reporting="level")
    on = assess(compiled, [obs(start_day, "100家"), obs(MID_YEAR, "281家")], MID_YEAR)
    assert on.status is Status.ON_TRACK
    assert "start of year 100家" in on.explanation.en
    assert status(compiled, [obs(start_day, "100家"), obs(MID_YEAR, "280家")], MID_YEAR) is Status.LAGGING


def test_level_without_a_start_figure_is_pro_rated_from_zero() -> None:
    # 730 x 181/365 = 362
    compiled = simple("count-threshold", {"value": "730家"}, reporting="level")
    assert status(compiled, [obs(MID_YEAR, "362家")], MID_YEAR) is Status.ON_TRACK
    assert status(compiled, [obs(MID_YEAR, "361家")], MID_YEAR) is Status.LAGGING


def test_net_increase_is_pro_rated_from_zero() -> None:
    compiled = simple("count-threshold", {"value": "365家", "basis": "net_increase"}, reporting="level")
    start = obs(START, "100家")
    assert status(compiled, [start, obs(MID_YEAR, "281家")], MID_YEAR) is Status.ON_TRACK
    assert status(compiled, [start, obs(MID_YEAR, "280家")], MID_YEAR) is Status.LAGGING


def test_between_above_a_binding_upper_bound_is_lagging_before_the_year_end() -> None:
    compiled = simple(
        "count-threshold", {"value": "1项", "comparator": "between", "high": "2项", "upper_binding": True}, unit="项"
    )
    a = assess(compiled, [obs(MID_YEAR, "3项")], MID_YEAR)
    assert (a.status, a.gap) == (Status.LAGGING, Decimal(-1))
    assert status(compiled, [obs(MID_YEAR, "2项")], MID_YEAR) is Status.ON_TRACK


def test_own_schedule_replaces_time_share() -> None:
    data = spec_text(
        [metric()],
        [
            {
                **target("count-threshold", {"value": "100家"}),
                "schedule": [{"month": 6, "share": "0.8"}, {"month": 12, "share": "1"}],
            }
        ],
    )
    compiled = _compiled(data)
    assert status(compiled, [obs(MID_YEAR, "80家")], MID_YEAR) is Status.ON_TRACK
    assert status(compiled, [obs(MID_YEAR, "79家")], MID_YEAR) is Status.LAGGING


# --- 3. labelled statuses -------------------------------------------------------------------------


def test_no_figure_is_no_data() -> None:
    compiled = simple("count-threshold", {"value": "85家"})
    assert status(compiled, [], MID_YEAR) is Status.NO_DATA
    assert status(compiled, [], YEAR_END) is Status.NO_DATA
    # a figure of the previous year is not one of this year
    assert status(compiled, [obs(dt.date(YEAR - 1, 12, 31), "85家")], MID_YEAR) is Status.NO_DATA
    # nor is a figure dated after the as-of date
    assert status(compiled, [obs(dt.date(YEAR, 7, 1), "85家")], MID_YEAR) is Status.NO_DATA


def test_a_figure_in_another_dimension_is_not_evaluable_with_the_reason() -> None:
    compiled = simple("amount-threshold", {"value": "100元"}, unit="元")
    a = assess(compiled, [obs(MID_YEAR, "5人", source="figures.csv:3")], MID_YEAR)
    assert a.status is Status.NOT_EVALUABLE
    assert "measured in 元" in a.explanation.en
    assert "5人" in a.explanation.en and "figures.csv:3" in a.explanation.en
    assert "5人" in a.explanation.zh


def test_conflicting_figures_on_one_date_are_not_evaluable_naming_both() -> None:
    compiled = simple("amount-threshold", {"value": "300万元"}, unit="万元")
    figures = [obs(MID_YEAR, "100万元", source="a.csv:2"), obs(MID_YEAR, "120万元", source="b.csv:7")]
    a = assess(compiled, figures, MID_YEAR)
    assert a.status is Status.NOT_EVALUABLE
    for text in (a.explanation.en, a.explanation.zh):
        assert "100万元" in text and "120万元" in text
        assert "a.csv:2" in text and "b.csv:7" in text
    assert "conflicting" in a.explanation.en


def test_the_same_amount_reported_twice_in_two_units_is_no_conflict() -> None:
    compiled = simple("amount-threshold", {"value": "365万元"}, unit="万元")
    figures = [obs(MID_YEAR, "181万元"), obs(MID_YEAR, "1810000元")]
    assert status(compiled, figures, MID_YEAR) is Status.ON_TRACK


def test_a_conflict_superseded_by_a_later_figure_does_not_block() -> None:
    compiled = simple("amount-threshold", {"value": "365万元"}, unit="万元")
    figures = [obs(dt.date(YEAR, 5, 31), "100万元"), obs(dt.date(YEAR, 5, 31), "120万元"), obs(MID_YEAR, "181万元")]
    assert status(compiled, figures, MID_YEAR) is Status.ON_TRACK
    # but as of 31 May the conflicting date is the one that would be used
    assert status(compiled, figures, dt.date(YEAR, 5, 31)) is Status.NOT_EVALUABLE


@pytest.mark.parametrize("day", [dt.date(YEAR, 11, 30), dt.date(YEAR, 12, 20)])
def test_year_end_needs_a_figure_from_late_december(day: dt.date) -> None:
    compiled = simple("count-threshold", {"value": "85家"})
    a = assess(compiled, [obs(day, "200家")], YEAR_END)
    assert a.status is Status.NO_DATA
    assert "21-31 December" in a.explanation.en
    assert status(compiled, [obs(dt.date(YEAR, 12, 21), "200家")], YEAR_END) is Status.MET


def test_after_the_year_end_figures_of_the_next_year_are_not_used() -> None:
    compiled = simple("count-threshold", {"value": "85家"})
    figures = [obs(YEAR_END, "100家"), obs(dt.date(YEAR + 1, 1, 10), "3家")]  # the 2027 total restarts
    a = assess(compiled, figures, dt.date(YEAR + 1, 1, 15))
    assert (a.status, a.actual, a.figure_date) == (Status.MET, Decimal(100), YEAR_END)


def test_an_evaluator_that_is_not_installed_is_unsupported() -> None:
    compiled = plan(
        [metric()],
        [
            target("milestone", {"deliverable": "取得实质性进展"}, metric=None, id="ms"),
            target("my-custom-rule", {"anything": 1}, id="custom"),
            target("count-threshold", {"value": "85家"}),
        ],
        plugin_evaluators=["milestone", "my-custom-rule"],
    )
    result = planengine.evaluate(compiled, [obs(YEAR_END, "85家")], YEAR_END)
    assert result.assessment("ms").status is Status.UNSUPPORTED
    assert result.assessment("custom").status is Status.UNSUPPORTED
    assert "not installed" in result.assessment("ms").explanation.en
    assert result.assessment("t").status is Status.MET
    assert result.counts()["unsupported"] == 2


def test_an_unknown_evaluator_not_listed_as_a_plugin_is_a_spec_error() -> None:
    with pytest.raises(planengine.SpecErrors) as caught:
        planengine.loads_spec(spec_text([metric()], [target("milestone", {}, metric=None)]), fmt="json")
    assert [e.path for e in caught.value.errors] == ["targets[0].evaluator"]


# --- 5. properties --------------------------------------------------------------------------------

#: Days before the year's end (1 January to 30 December).
days = st.integers(min_value=0, max_value=363).map(lambda n: dt.date(YEAR, 1, 1) + dt.timedelta(days=n))
counts = st.integers(min_value=0, max_value=2000)


@st.composite
def floor_setups(draw: st.DrawFn) -> tuple[planengine.CompiledPlan, list[Observation], dt.date, dt.date]:
    """An at-least target on counts, with the figures other than the latest one."""
    comparator = draw(st.sampled_from([">=", ">"]))
    kind = draw(st.sampled_from(["cumulative", "level", "level-with-start", "net_increase"]))
    value = draw(st.integers(min_value=1, max_value=1000))
    params: dict[str, Any] = {"value": f"{value}家", "comparator": comparator}
    if kind == "net_increase":
        params["basis"] = "net_increase"
    compiled = simple("count-threshold", params, reporting="cumulative" if kind == "cumulative" else "level")
    others = [obs(START, f"{draw(counts)}家")] if kind in ("level-with-start", "net_increase") else []
    if draw(st.booleans()):
        as_of = YEAR_END
        figure_day = draw(st.dates(min_value=dt.date(YEAR, 12, 21), max_value=YEAR_END))
    else:
        as_of = draw(days)
        figure_day = draw(st.dates(min_value=dt.date(YEAR, 1, 1), max_value=as_of))
    return compiled, others, figure_day, as_of


@given(floor_setups(), counts, st.integers(min_value=0, max_value=500))
def test_raising_the_figure_never_worsens_a_floor(setup: Any, actual: int, rise: int) -> None:
    compiled, others, figure_day, as_of = setup
    low = status(compiled, [*others, obs(figure_day, f"{actual}家")], as_of)
    high = status(compiled, [*others, obs(figure_day, f"{actual + rise}家")], as_of)
    assert low in RANK and high in RANK
    assert RANK[high] >= RANK[low]


amounts = st.integers(min_value=0, max_value=100_000).map(lambda cents: Decimal(cents).scaleb(-2))


def fmt(amount: Decimal) -> str:
    return format(amount, "f")


@given(st.sampled_from(["<=", "<"]), amounts, amounts, amounts, days, st.booleans())
def test_raising_the_figure_never_improves_a_ceiling(
    comparator: str, ceiling: Decimal, actual: Decimal, rise: Decimal, day: dt.date, final: bool
) -> None:
    compiled = simple(
        "amount-threshold",
        {"value": f"{fmt(ceiling)}万元", "comparator": comparator},
        unit="万元",
        reporting="level",
        direction="decrease",
    )
    as_of = YEAR_END if final else day
    figure_day = YEAR_END if final else day
    low = status(compiled, [obs(figure_day, f"{fmt(actual)}万元")], as_of)
    high = status(compiled, [obs(figure_day, f"{fmt(actual + rise)}万元")], as_of)
    assert low in RANK and high in RANK
    assert RANK[high] <= RANK[low]
    assert high is not Status.LAGGING  # a ceiling is never pro-rated


MONEY = ["元", "万元", "亿元", "千元", "百万元"]
ALL_COMPARATORS = [">=", ">", "<=", "<", "between", "approx"]


@given(
    comparator=st.sampled_from(ALL_COMPARATORS),
    value_yuan=st.integers(min_value=1, max_value=10**10),
    width_yuan=st.integers(min_value=0, max_value=10**9),
    actual_yuan=st.integers(min_value=0, max_value=2 * 10**10),
    start_yuan=st.none() | st.integers(min_value=0, max_value=10**10),
    day=days,
    final=st.booleans(),
    target_unit=st.sampled_from(MONEY),
    figure_units=st.tuples(st.sampled_from(MONEY), st.sampled_from(MONEY)),
)
def test_restating_figures_in_another_unit_changes_nothing(
    comparator: str,
    value_yuan: int,
    width_yuan: int,
    actual_yuan: int,
    start_yuan: int | None,
    day: dt.date,
    final: bool,
    target_unit: str,
    figure_units: tuple[str, str],
) -> None:
    def q(yuan: int, symbol: str) -> Quantity:
        return Quantity(Decimal(yuan), unit("元")).to(symbol)

    direction = "decrease" if comparator in ("<=", "<") else "increase"
    as_of = YEAR_END if final else day

    def judged(target_symbol: str, figure_symbol: str) -> planengine.Assessment:
        params: dict[str, Any] = {"value": str(q(value_yuan, target_symbol)), "comparator": comparator}
        if comparator == "between":
            params["high"] = str(q(value_yuan + width_yuan, target_symbol))
        if comparator == "approx":
            params["tolerance"] = str(q(width_yuan, target_symbol))
        compiled = simple("amount-threshold", params, unit="万元", reporting="level", direction=direction)
        figures = [obs(as_of, q(actual_yuan, figure_symbol))]
        if start_yuan is not None:
            figures.append(obs(START, q(start_yuan, figure_symbol)))
        return assess(compiled, figures, as_of)

    reference = judged("元", "元")
    for target_symbol, figure_symbol in [(target_unit, figure_units[0]), ("万元", figure_units[1])]:
        other = judged(target_symbol, figure_symbol)
        assert other.status is reference.status
        assert (other.actual, other.required, other.gap) == (reference.actual, reference.required, reference.gap)


@st.composite
def year_end_rules(draw: st.DrawFn) -> tuple[dict[str, Any], Any]:
    """Params of a rule on persons and the rule as a Decimal predicate, written independently."""
    comparator = draw(st.sampled_from(ALL_COMPARATORS))
    value = draw(st.integers(min_value=1, max_value=500))
    params: dict[str, Any] = {"value": f"{value}人", "comparator": comparator}
    v = Decimal(value)
    if comparator == ">=":
        return params, lambda a: a >= v
    if comparator == ">":
        return params, lambda a: a > v
    if comparator == "<=":
        return params, lambda a: a <= v
    if comparator == "<":
        return params, lambda a: a < v
    binding = draw(st.booleans())  # whether a figure above the upper bound fails (else it over-fulfils)
    params["upper_binding"] = binding
    if comparator == "between":
        high = Decimal(value + draw(st.integers(min_value=0, max_value=50)))
        params["high"] = f"{high}人"
        return params, lambda a: v <= a and (a <= high or not binding)
    if draw(st.booleans()):
        tol = Decimal(draw(st.integers(min_value=0, max_value=50)))
        params["tolerance"] = f"{tol}名"
    else:
        percent = Decimal(draw(st.integers(min_value=0, max_value=100)))
        params["tolerance"] = f"{percent}%"
        tol = v * percent / 100
    return params, lambda a: a >= v - tol and (a <= v + tol or not binding)


@given(year_end_rules(), st.integers(min_value=0, max_value=700), st.dates(dt.date(YEAR, 12, 21), YEAR_END))
def test_at_year_end_met_exactly_when_the_comparison_holds(rule: Any, actual: int, figure_day: dt.date) -> None:
    params, holds = rule
    direction = "decrease" if params["comparator"] in ("<=", "<") else "increase"
    compiled = simple("count-threshold", params, unit="人", reporting="level", direction=direction)
    got = status(compiled, [obs(figure_day, f"{actual}人")], YEAR_END)
    assert got is (Status.MET if holds(Decimal(actual)) else Status.MISSED)


@given(
    st.integers(min_value=0, max_value=1000),
    st.integers(min_value=0, max_value=1000),
    st.dates(dt.date(YEAR, 12, 21), YEAR_END),
)
def test_net_increase_at_year_end_met_exactly_when_the_rise_is_enough(start: int, end: int, day: dt.date) -> None:
    compiled = simple("count-threshold", {"value": "10家", "basis": "net_increase"}, reporting="level")
    got = status(compiled, [obs(START, f"{start}家"), obs(day, f"{end}家")], YEAR_END)
    assert got is (Status.MET if end - start >= 10 else Status.MISSED)


def test_a_strict_amount_says_more_than_is_still_needed() -> None:
    """超5000万元 with 2600 in: adding 2400 gives exactly 5000, which does not meet it."""
    compiled = simple("amount-threshold", {"value": "5000万元", "comparator": ">"}, unit="万元")
    a = assess(compiled, [obs(MID_YEAR, "2600万元")], MID_YEAR)
    assert (a.gap, a.gap_strict) == (Decimal(2400), True)
    assert "全年还需超过2400万元" in a.explanation.zh and "more than 2400万元 still needed" in a.explanation.en
    exact = assess(compiled, [obs(YEAR_END, "5000万元")], YEAR_END)
    assert (
        exact.status is Status.MISSED
        and exact.gap_strict
        and planengine.formatting.gap(exact.gap, exact.unit, "zh", strict=exact.gap_strict) == ">0万元"
    )


def test_a_floor_below_zero_is_judged_on_the_figure_not_a_reversed_share() -> None:
    """Found in review: with a negative target the completion flipped sign, so better read as lagging."""
    compiled = simple("amount-threshold", {"value": "-12亿元", "comparator": ">="}, unit="亿元", direction="increase")
    better, worse = (assess(compiled, [obs(MID_YEAR, f"{v}亿元")], MID_YEAR) for v in ("-3", "-13"))
    assert (better.status, better.progress) == (Status.ON_TRACK, None)
    assert worse.status is Status.LAGGING
