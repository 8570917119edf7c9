"""The milestone rule on one target: deadlines, expected stages, bad figures, evidence in the explanation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import attrs
import pytest

import planengine
from planengine import Assessment, Observation, Status

Judge = Callable[..., Assessment]
Figure = Callable[..., Observation]

D = dt.date
YEAR_END = D(2026, 12, 31)
SUBSTANTIAL_BY_JUNE = 'deliverable = "国家密封技术创新中心", required_stage = "substantial_progress", due = 2026-06-30'


# --- at the due date ---------------------------------------------------------------------------------


def test_done_reached_exactly_at_the_year_end_is_met(judge: Judge, figure: Figure) -> None:
    got = judge([figure(3, YEAR_END)], YEAR_END)
    assert got.status is Status.MET
    assert (got.actual, got.required, got.completion, got.expected, got.gap) == (
        Decimal(3),
        Decimal(3),
        Decimal(1),
        Decimal(1),
        Decimal(0),
    )


def test_one_stage_below_at_the_year_end_is_missed(judge: Judge, figure: Figure) -> None:
    got = judge([figure(2, YEAR_END)], YEAR_END)
    assert got.status is Status.MISSED
    assert (got.actual, got.completion, got.gap) == (Decimal(2), Decimal("0.6667"), Decimal(1))
    assert "到期差1个阶段,未完成" in got.explanation.zh
    assert got.explanation.en.endswith("missed, 1 stage short.")


def test_the_required_stage_reached_on_an_earlier_due_date_is_met(judge: Judge, figure: Figure) -> None:
    figures = [figure(1, D(2026, 5, 31)), figure(2, D(2026, 6, 30))]
    assert judge(figures, D(2026, 6, 30), SUBSTANTIAL_BY_JUNE).status is Status.MET
    # and it stays met afterwards, whatever is reported later
    assert judge([*figures, figure(1, D(2026, 8, 31))], D(2026, 9, 30), SUBSTANTIAL_BY_JUNE).status is Status.MET


def test_one_stage_below_on_an_earlier_due_date_is_missed_even_before_the_year_end(
    judge: Judge, figure: Figure
) -> None:
    figures = [figure(1, D(2026, 6, 30))]
    got = judge(figures, D(2026, 6, 30), SUBSTANTIAL_BY_JUNE)
    assert got.status is Status.MISSED
    assert (got.actual, got.required, got.gap, got.expected) == (Decimal(1), Decimal(2), Decimal(1), Decimal(1))
    assert "目标为2026-06-30前达到2“取得实质性进展”" in got.explanation.zh


def test_reaching_the_stage_after_the_due_date_stays_missed_and_says_when(judge: Judge, figure: Figure) -> None:
    figures = [figure(1, D(2026, 6, 30)), figure(2, D(2026, 8, 31), "中心获批建设")]
    got = judge(figures, D(2026, 9, 30), SUBSTANTIAL_BY_JUNE)
    assert got.status is Status.MISSED
    assert got.figure_date == D(2026, 6, 30)  # the figure judged is the one at the due date
    assert "(2026-08-31报告已达到2“取得实质性进展”,晚于期限)" in got.explanation.zh
    assert "(stage 2 (substantial progress) was reported on 2026-08-31, after the due date)" in got.explanation.en


def test_the_day_before_the_due_date_is_still_judged_on_progress(judge: Judge, figure: Figure) -> None:
    got = judge([figure(1, D(2026, 6, 29))], D(2026, 6, 29), SUBSTANTIAL_BY_JUNE)
    assert got.status is Status.ON_TRACK  # one stage below the required one is all that can be due before it


def test_a_year_end_judgement_needs_a_december_figure(judge: Judge, figure: Figure) -> None:
    got = judge([figure(3, D(2026, 11, 30))], YEAR_END)
    assert got.status is Status.NO_DATA  # the core's rule: no final status on a stale figure
    assert "12月下旬" in got.explanation.zh
    assert judge([figure(3, D(2026, 12, 21))], YEAR_END).status is Status.MET


def test_an_earlier_due_date_is_judged_on_the_latest_figure_up_to_it(judge: Judge, figure: Figure) -> None:
    assert judge([figure(2, D(2026, 4, 30))], D(2026, 7, 15), SUBSTANTIAL_BY_JUNE).status is Status.MET
    # a figure only after the due date says nothing of the stage at the due date
    assert judge([figure(2, D(2026, 7, 1))], D(2026, 7, 15), SUBSTANTIAL_BY_JUNE).status is Status.NO_DATA


# --- before the due date -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stage", "on", "status", "expected"),
    [
        (0, D(2026, 3, 30), Status.ON_TRACK, Decimal(0)),  # under a quarter of the months: nothing due yet
        (0, D(2026, 3, 31), Status.LAGGING, Decimal("0.3333")),  # a quarter: 推进中 is due
        (1, D(2026, 3, 31), Status.ON_TRACK, Decimal("0.3333")),
        (1, D(2026, 6, 29), Status.ON_TRACK, Decimal("0.3333")),
        (1, D(2026, 6, 30), Status.LAGGING, Decimal("0.6667")),  # half: 取得实质性进展 is due
        (2, D(2026, 6, 30), Status.ON_TRACK, Decimal("0.6667")),
        (2, D(2026, 12, 30), Status.ON_TRACK, Decimal("0.6667")),  # done is due only at the due date
        (3, D(2026, 2, 28), Status.ON_TRACK, Decimal(0)),  # done early is on track, not met: met is for the due date
    ],
)
def test_the_default_expected_stage(
    judge: Judge, figure: Figure, stage: int, on: dt.date, status: Status, expected: Decimal
) -> None:
    got = judge([figure(stage, on)], on)
    assert got.status is status
    assert got.expected == expected


def test_the_expected_stage_is_taken_at_the_figures_date(judge: Judge, figure: Figure) -> None:
    # the June figure is judged against what was due on 30 June, even on 10 July (like 序时进度 in the core)
    assert judge([figure(2, D(2026, 6, 30))], D(2026, 7, 10)).status is Status.ON_TRACK
    assert judge([figure(0, D(2026, 2, 28))], D(2026, 7, 10)).status is Status.ON_TRACK


def test_the_default_rule_scales_to_an_earlier_due_date(judge: Judge, figure: Figure) -> None:
    params = 'deliverable = "示范基地", due = 2026-08-31'  # 8 months: a quarter by February, half by April
    assert judge([figure(0, D(2026, 2, 28))], D(2026, 2, 28), params).status is Status.LAGGING
    assert judge([figure(1, D(2026, 4, 30))], D(2026, 4, 30), params).status is Status.LAGGING
    assert judge([figure(2, D(2026, 4, 30))], D(2026, 4, 30), params).status is Status.ON_TRACK


def test_before_the_due_date_no_more_than_the_stage_below_the_required_one_is_due(judge: Judge, figure: Figure) -> None:
    params = 'deliverable = "合作", required_stage = "in_progress"'
    got = judge([figure(0, D(2026, 11, 30))], D(2026, 11, 30), params)
    assert (got.status, got.expected) == (Status.ON_TRACK, Decimal(0))
    assert judge([figure(0, YEAR_END)], YEAR_END, params).status is Status.MISSED
    assert judge([figure(1, YEAR_END)], YEAR_END, params).status is Status.MET


def test_checkpoints_replace_the_default_rule(judge: Judge, figure: Figure) -> None:
    params = (
        'deliverable = "平台", checkpoints = [{ stage = "in_progress", by = 2026-02-28 }, '
        '{ stage = "substantial_progress", by = 2026-09-30 }]'
    )
    assert judge([figure(0, D(2026, 2, 28))], D(2026, 2, 28), params).status is Status.LAGGING
    assert judge([figure(1, D(2026, 6, 30))], D(2026, 6, 30), params).status is Status.ON_TRACK  # default: lagging
    got = judge([figure(1, D(2026, 9, 30))], D(2026, 9, 30), params)
    assert (got.status, got.expected) == (Status.LAGGING, Decimal("0.6667"))
    assert "按进度节点此时应达到2“取得实质性进展”" in got.explanation.zh


def test_a_target_schedule_sets_the_share_of_time_that_has_passed(judge: Judge, figure: Figure) -> None:
    # a back-loaded schedule: only 10% due by June, so 取得实质性进展 is not yet due at 30 June
    extra = "schedule = [{ month = 6, share = 0.1 }, { month = 9, share = 0.5 }, { month = 12, share = 1 }]"
    assert judge([figure(0, D(2026, 6, 30))], D(2026, 6, 30), extra=extra).status is Status.ON_TRACK
    assert judge([figure(1, D(2026, 8, 31))], D(2026, 8, 31), extra=extra).status is Status.ON_TRACK
    assert judge([figure(1, D(2026, 9, 30))], D(2026, 9, 30), extra=extra).status is Status.LAGGING


# --- figures that cannot be judged -------------------------------------------------------------------


@pytest.mark.parametrize("value", ["1.5", "4", "-1", "0.5"])
def test_a_stage_that_is_not_a_whole_number_from_0_to_3_is_not_evaluable(
    judge: Judge, figure: Figure, value: str
) -> None:
    for as_of in (D(2026, 6, 30), YEAR_END):
        got = judge([figure(value, as_of)], as_of)
        assert got.status is Status.NOT_EVALUABLE
        assert f"{value}阶段" in got.explanation.zh and "阶段须为0至3的整数" in got.explanation.zh
        assert "a stage is a whole number from 0 to 3" in got.explanation.en


def test_a_stage_written_with_decimals_is_still_a_stage(judge: Judge, figure: Figure) -> None:
    assert judge([figure("3.00", YEAR_END)], YEAR_END).status is Status.MET


def test_no_stage_reported_is_no_data(judge: Judge, figure: Figure) -> None:
    for as_of in (D(2026, 6, 30), YEAR_END):
        got = judge([], as_of)
        assert got.status is Status.NO_DATA
        assert "申报省级工业互联网平台(进展阶段)" in got.explanation.en  # the metric by name, not by id
    # figures of the previous year are not this year's stage
    assert judge([figure(3, D(2025, 12, 31))], D(2026, 6, 30)).status is Status.NO_DATA


def test_a_figure_in_another_unit_is_not_evaluable(judge: Judge, figure: Figure) -> None:
    got = judge([figure(1, D(2026, 6, 30), unit="个")], D(2026, 6, 30))
    assert got.status is Status.NOT_EVALUABLE


def test_two_different_stages_for_one_date_are_not_evaluable(judge: Judge, figure: Figure) -> None:
    got = judge([figure(1, D(2026, 6, 30)), figure(2, D(2026, 6, 30))], D(2026, 6, 30))
    assert got.status is Status.NOT_EVALUABLE


def test_a_metric_in_another_unit_built_without_the_spec_checks_is_not_evaluable(
    registry: planengine.EvaluatorRegistry, spec_text: Callable[..., str], figure: Figure
) -> None:
    with pytest.raises(planengine.SpecErrors):
        planengine.loads_spec(spec_text(unit="个"), registry=registry)
    # a plan built in code skips the spec checks; the evaluator still refuses to judge
    plan = planengine.loads_spec(spec_text(), registry=registry)
    metric = attrs.evolve(plan.metrics[0], unit=planengine.unit("个"))
    plan = attrs.evolve(plan, metrics=(metric,))
    got = planengine.evaluate(plan, [figure(1, D(2026, 6, 30), unit="个")], D(2026, 6, 30), registry=registry)
    assert got.assessment("platform").status is Status.NOT_EVALUABLE
    assert "阶段" in got.assessment("platform").explanation.en


# --- the explanation ---------------------------------------------------------------------------------


def test_the_explanation_names_the_stage_the_evidence_and_its_date(judge: Judge, figure: Figure) -> None:
    note = "已向省工信厅报送平台申报材料"
    got = judge([figure(2, D(2026, 8, 31), note, reported_at=D(2026, 9, 2))], D(2026, 9, 5))
    assert got.status is Status.ON_TRACK
    assert got.explanation.zh == (
        "截至2026-08-31,“申报省级工业互联网平台”进展阶段为2“取得实质性进展”,"
        "进展说明(2026-08-31,区科工局2026-09-02报送):“已向省工信厅报送平台申报材料”;"
        "目标为2026-12-31前达到3“已完成”,按进度节点此时应达到2“取得实质性进展”,进度正常,还需推进1个阶段。"
    )
    assert got.explanation.en == (
        "by 2026-08-31, platform_stage is at stage 2 (substantial progress); "
        "evidence (dated 2026-08-31, reported by 区科工局 on 2026-09-02): “已向省工信厅报送平台申报材料”; "
        "the target is stage 3 (done) by 2026-12-31, and stage 2 (substantial progress) is due by now: "
        "on track; 1 stage still to go."
    )


def test_the_final_explanation_quotes_the_evidence(judge: Judge, figure: Figure) -> None:
    got = judge([figure(3, D(2026, 12, 25), "平台已获省级认定(湘工信〔2026〕12号)")], YEAR_END)
    assert got.status is Status.MET
    assert "进展说明(2026-12-25,区科工局报送):“平台已获省级认定(湘工信〔2026〕12号)”" in got.explanation.zh
    assert got.explanation.zh.endswith("按期达到,已完成。")
    assert (
        "evidence (dated 2026-12-25, reported by 区科工局): “平台已获省级认定(湘工信〔2026〕12号)”"
        in got.explanation.en
    )
    assert got.explanation.en.endswith(": met.")


def test_without_a_note_the_explanation_says_no_evidence_was_given(judge: Judge, figure: Figure) -> None:
    got = judge([figure(1, D(2026, 4, 30), reported_by="")], D(2026, 4, 30))
    assert ",未附进展说明(2026-04-30);" in got.explanation.zh
    assert "; no evidence was given (dated 2026-04-30);" in got.explanation.en


def test_quotation_marks_inside_the_deliverable_and_the_note_are_nested(judge: Judge, figure: Figure) -> None:
    params = 'deliverable = "绿色食品“大工厂”", count = 3'
    got = judge([figure(1, D(2026, 4, 30), "“大工厂”项目开工")], D(2026, 4, 30), params)
    assert "“绿色食品‘大工厂’”(共3项)" in got.explanation.zh
    assert "“‘大工厂’项目开工”" in got.explanation.zh
    assert "platform_stage (3 items) is at stage 1" in got.explanation.en


def test_the_assessment_round_trips_through_json(
    judge: Judge, figure: Figure, registry: planengine.EvaluatorRegistry, spec_text: Callable[..., str]
) -> None:
    plan = planengine.loads_spec(spec_text(), registry=registry)
    result = planengine.evaluate(plan, [figure(2, D(2026, 6, 30), "进展顺利")], D(2026, 6, 30), registry=registry)
    assert planengine.EvaluationResult.from_json(result.to_json()) == result
