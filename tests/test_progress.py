"""序时进度 on the two bases, and the promise that rounding never decides or hides a verdict."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import planengine
from planengine import Cadence, Period, ProgressBasis, ScheduleVerdict, Status, due_share, elapsed_share, formatting
from planengine.scoring import completion_capped

YEAR = 2026
DAYS = st.dates(dt.date(YEAR - 1, 12, 1), dt.date(YEAR + 1, 1, 31))
CADENCES = st.sampled_from([Cadence.DEKAD, Cadence.MONTH, Cadence.QUARTER])


# --- the bases ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "cadence", "share"),
    [
        (dt.date(YEAR, 8, 31), Cadence.MONTH, Fraction(8, 12)),
        (dt.date(YEAR, 3, 31), Cadence.MONTH, Fraction(1, 4)),
        (dt.date(YEAR, 6, 30), Cadence.MONTH, Fraction(1, 2)),
        (dt.date(YEAR, 10, 31), Cadence.MONTH, Fraction(10, 12)),
        (dt.date(YEAR, 6, 30), Cadence.DEKAD, Fraction(18, 36)),
        (dt.date(YEAR, 6, 30), Cadence.QUARTER, Fraction(2, 4)),
        (dt.date(YEAR, 6, 29), Cadence.MONTH, Fraction(5, 12)),
        (dt.date(YEAR, 1, 15), Cadence.MONTH, Fraction(0)),
        (dt.date(YEAR, 12, 31), Cadence.DEKAD, Fraction(1)),
    ],
)
def test_periods_count_whole_reporting_periods(day: dt.date, cadence: Cadence, share: Fraction) -> None:
    """ "截至8月底" is 8/12, "1-3月" 25%, "上半年" 50%, "1-10月" 83.3%; a period not yet ended does not count."""
    assert due_share(day, YEAR, cadence, ProgressBasis.PERIODS) == share


@given(DAYS, CADENCES)
def test_the_day_basis_is_the_share_of_days(day: dt.date, cadence: Cadence) -> None:
    assert due_share(day, YEAR, cadence, ProgressBasis.DAYS) == elapsed_share(day, YEAR).fraction


@given(DAYS, DAYS, CADENCES, st.sampled_from(list(ProgressBasis)))
def test_the_share_only_grows_and_stays_within_the_year(
    a: dt.date, b: dt.date, cadence: Cadence, basis: ProgressBasis
) -> None:
    early, late = sorted((a, b))
    first, second = due_share(early, YEAR, cadence, basis), due_share(late, YEAR, cadence, basis)
    assert 0 <= first <= second <= 1


@given(st.dates(dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)), CADENCES)
def test_a_period_counts_from_its_last_day(day: dt.date, cadence: Cadence) -> None:
    period = Period.containing(day, cadence)
    share = due_share(day, YEAR, cadence, ProgressBasis.PERIODS)
    periods = Period.all_in_year(YEAR, cadence)
    done = sum(p.end <= day for p in periods)
    assert share == Fraction(done, len(periods))
    assert (share == due_share(period.end, YEAR, cadence, ProgressBasis.PERIODS)) is (day == period.end)


def test_a_schedule_follows_the_basis() -> None:
    target = planengine.Target(
        id="t",
        evaluator="count-threshold",
        quote="q",
        schedule=(planengine.SchedulePoint(6, Decimal("0.4")), planengine.SchedulePoint(12, Decimal(1))),
    )
    assert target.expected_share(dt.date(YEAR, 6, 30), YEAR, Cadence.MONTH, ProgressBasis.PERIODS) == Fraction(2, 5)
    assert target.expected_share(dt.date(YEAR, 3, 31), YEAR, Cadence.MONTH, ProgressBasis.PERIODS) == Fraction(1, 5)
    assert target.expected_share(dt.date(YEAR, 9, 30), YEAR, Cadence.MONTH, ProgressBasis.PERIODS) == Fraction(7, 10)
    assert target.expected_share(dt.date(YEAR, 6, 29), YEAR, Cadence.MONTH, ProgressBasis.PERIODS) == Fraction(1, 3)


def plan(**extra: object) -> planengine.CompiledPlan:
    spec = {
        "format": 1,
        "id": "p",
        "title": "t",
        "issuer": "i",
        "year": YEAR,
        **extra,
        "metrics": [
            {
                "id": "m",
                "name": "就业人数",
                "name_en": "people employed",
                "unit": "人",
                "reporting": "cumulative",
                "direction": "increase",
                "frequency": "month",
            }
        ],
        "targets": [
            {"id": "t", "metric": "m", "evaluator": "count-threshold", "quote": "2000人", "params": {"value": "2000人"}}
        ],
    }
    return planengine.compile_plan(planengine.loads_spec(json.dumps(spec, ensure_ascii=False), "json"))


def test_995_of_2000_at_the_end_of_june_is_behind_on_periods_and_on_track_on_days() -> None:
    """The defect seen: by days (181/365 = 49.59%) 995人 looked on track although below half."""
    figure = planengine.Observation("m", dt.date(YEAR, 6, 30), planengine.parse_quantity("995人"))
    by_periods = plan().evaluate([figure], dt.date(YEAR, 6, 30)).assessment("t")
    by_days = plan(progress_basis="days").evaluate([figure], dt.date(YEAR, 6, 30)).assessment("t")
    assert (by_periods.status, by_periods.progress and by_periods.progress.verdict) == (
        Status.LAGGING,
        ScheduleVerdict.BEHIND,
    )
    assert by_days.status is Status.ON_TRACK
    assert "按报告期" in by_periods.explanation.zh and "by reporting periods" in by_periods.explanation.en
    assert "按天数" in by_days.explanation.zh and "by days" in by_days.explanation.en
    assert "people employed" in by_periods.explanation.en  # the English name, not the id


def test_a_metric_may_override_the_plans_basis() -> None:
    spec = plan().plan
    [metric] = spec.metrics
    changed = attrs.evolve(spec, metrics=(attrs.evolve(metric, progress_basis=ProgressBasis.DAYS),))
    figure = planengine.Observation("m", dt.date(YEAR, 6, 30), planengine.parse_quantity("995人"))
    assert planengine.evaluate(changed, [figure], dt.date(YEAR, 6, 30)).assessment("t").status is Status.ON_TRACK


# --- rounding never decides or hides a verdict ----------------------------------------------------------


def amount_plan(comparator: str) -> planengine.CompiledPlan:
    spec = {
        "format": 1,
        "id": "p",
        "title": "t",
        "issuer": "i",
        "year": YEAR,
        "metrics": [{"id": "m", "name": "放贷额", "unit": "万元", "reporting": "cumulative", "direction": "increase"}],
        "targets": [
            {
                "id": "t",
                "metric": "m",
                "evaluator": "amount-threshold",
                "quote": "超5000万元",
                "params": {"value": "5000万元", "comparator": comparator},
            }
        ],
    }
    return planengine.compile_plan(planengine.loads_spec(json.dumps(spec, ensure_ascii=False), "json"))


AMOUNT_PLANS = {c: amount_plan(c) for c in (">=", ">")}
NEAR = st.decimals(min_value=Decimal("4999.9"), max_value=Decimal("5000.1"), places=6)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([">=", ">"]), NEAR)
def test_a_missed_amount_never_shows_a_zero_gap_or_scores_like_a_met_one(comparator: str, figure: Decimal) -> None:
    end = dt.date(YEAR, 12, 31)
    a = (
        AMOUNT_PLANS[comparator]
        .evaluate([planengine.Observation("m", end, planengine.Quantity(figure, planengine.unit("万元")))], end)
        .assessment("t")
    )
    shown_gap = formatting.gap(a.gap, a.unit, "zh", strict=a.gap_strict)
    score = completion_capped(a)
    assert score is not None
    if a.status is Status.MISSED:
        assert re.search(r"[1-9]", shown_gap), shown_gap  # some digit that is not 0: never a gap of 0
        assert score < 1
        if a.completion is not None and a.completion < 1:
            assert formatting.percent(a.completion) != "100.0%"
        assert "未完成" in a.explanation.zh
    else:
        assert a.status is Status.MET and score == 1 and shown_gap == "0万元"


GROWTH = planengine.compile_plan(
    planengine.loads_spec(
        json.dumps(
            {
                "format": 1,
                "id": "p",
                "title": "t",
                "issuer": "i",
                "year": YEAR,
                "metrics": [
                    {"id": "m", "name": "研发经费", "unit": "万元", "reporting": "cumulative", "direction": "increase"}
                ],
                "targets": [
                    {
                        "id": "t",
                        "metric": "m",
                        "evaluator": "growth-rate",
                        "quote": "增长10%以上",
                        "params": {"min_growth": "10%"},
                    }
                ],
            },
            ensure_ascii=False,
        ),
        "json",
    )
)


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=Decimal("109.99"), max_value=Decimal("110.01"), places=10))
def test_a_missed_growth_never_shows_full_completion_or_a_zero_gap(figure: Decimal) -> None:
    """9.99999999% against 不低于10%: missed, below 100%, with a gap that is not 0."""
    last, this = dt.date(YEAR - 1, 12, 31), dt.date(YEAR, 12, 31)
    observations = [
        planengine.Observation("m", last, planengine.parse_quantity("100万元")),
        planengine.Observation("m", this, planengine.Quantity(figure, planengine.unit("万元"))),
    ]
    a = GROWTH.evaluate(observations, this).assessment("t")
    assume(a.status.evaluated)
    score = completion_capped(a)
    assert score is not None
    if figure < 110:
        assert a.status is Status.MISSED and score < 1
        assert a.completion is not None and a.completion < 1 and formatting.percent(a.completion) != "100.0%"
        assert "差0个" not in a.explanation.zh and formatting.gap(a.gap, "%", "zh") != "0个百分点"
    else:
        assert a.status is Status.MET and score == 1


@given(st.decimals(min_value=-60, max_value=60, places=6))
def test_the_verdict_is_the_sign_of_the_points_as_shown(points: Decimal) -> None:
    progress = planengine.Progress.of(
        Decimal(50) + points, Decimal(50), Decimal(100), Fraction(1, 2), ProgressBasis.PERIODS
    )
    shown = progress.shown_points
    assert progress.verdict is (
        ScheduleVerdict.AHEAD if shown > 0 else ScheduleVerdict.BEHIND if shown < 0 else ScheduleVerdict.LEVEL
    )
    assert progress.points == points  # exact: from the unrounded rates
