"""Cases a review of the drafter's newer rules found misread: each must stay read as a plan means it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planengine.draft import draft_spec
from planengine.draft.responsibility import split_units
from planengine.draft.targets import Reading, read_region
from planengine.draft.text import shadow


def read(text: str) -> list[Reading]:
    return read_region(text, shadow(text), 0, len(text))


def drafted(text: str) -> list[tuple[str, str, Decimal | None, tuple[str, ...]]]:
    return [(t.quote, t.kind, t.value, t.lead) for t in draft_spec(text, year=2025).targets]


def test_a_schedule_in_a_plan_is_read_and_only_reports_of_progress_are_not() -> None:
    plan = (
        "一、重点项目\n1.城东污水处理厂扩建工程(牵头单位:县住建局)\n建设内容:新增日处理能力2万吨。\n"
        "项目进度:6月底前完成主体工程,年内完成投资1.2亿元。"
    )
    assert [q for q, *_ in drafted(plan)] == ["新增日处理能力2万吨", "6月底前完成主体工程", "年内完成投资1.2亿元"]
    assert [r.value for r in read("本项任务已纳入市级考核,全年完成农村公路提质改造120公里。")] == [Decimal(120)]
    report = "一、重点项目\n1.新增学位1200个。\n此项工作已完成。截至12月底,全市新增学位1300个。"
    assert [q for q, *_ in drafted(report)] == ["新增学位1200个"]


def test_last_year_s_targets_restated_are_not_this_year_s() -> None:
    text = (
        "某县2025年重点工作计划\n一、上年度目标任务执行情况\n全年目标:地区生产总值增长6.5%,一般公共预算收入增长5%。\n"
        "二、2025年主要目标\n1.地区生产总值增长6%。(牵头单位:县发改局)"
    )
    assert [(q, v) for q, _, v, _ in drafted(text)] == [("地区生产总值增长6%", Decimal("0.06"))]


@pytest.mark.parametrize(
    "sentence",
    ["城镇化率提高2%,达到65%。", "服务业增加值增长8%,达到55%。", "研发经费投入增长10%,力争达到2.5%。"],
)
def test_a_level_after_a_growth_is_a_level(sentence: str) -> None:
    assert [r.kind for r in read(sentence)] == ["growth-rate", "ratio"]


def test_a_signature_after_a_table_names_no_one() -> None:
    text = (
        "一、主要指标\n序号 | 指标 | 目标值 | 牵头单位 |\n1 | 城镇新增就业 | 5000人 | 县人社局 |\n"
        "二、工作要求\n1.新建城东幼儿园,新增学位600个。\n某县人民政府办公室\n2025年3月5日"
    )
    assert [(q, lead) for q, _, _, lead in drafted(text)][-1] == ("新增学位600个", ())


def test_units_separated_by_semicolons_or_named_with_a_negative_are_units() -> None:
    table = "序号 | 目标 | 牵头单位 | 配合单位 |\n1 | 新建公园2个 | 县住建局 | 县财政局 |\n"
    rows = table + "2 | 新增学位600个 | 县教育局;县发改局 | 县住建局;各乡镇 |\n3 | 新增床位20张 | 未成年人保护中心 | |"
    assert [lead for *_, lead in drafted(rows)] == [("县住建局",), ("县教育局", "县发改局"), ("未成年人保护中心",)]


def test_a_unit_written_with_a_blank_is_one_name() -> None:
    assert split_units("市委 宣传部") == ["市委 宣传部"]
    assert split_units("县人民政府 办公室") == ["县人民政府 办公室"]


def test_reporting_alongside_a_target_keeps_the_target() -> None:
    assert [r.value for r in read("新建充电桩500个并每月上报建设进度。")] == [Decimal(500)]


@pytest.mark.parametrize(
    "sentence",
    ["新建公共建筑全面执行绿色建筑标准。", "新建住宅小区全部按标准配建养老服务设施。", "扩建范围内严禁新增违法建设。"],
)
def test_a_rule_for_what_is_built_is_no_deliverable(sentence: str) -> None:
    assert read(sentence) == []


def test_a_month_s_label_does_not_date_the_year_s_figure() -> None:
    first, second = read("6月:完成方案制定,全年新增就业5000人。")
    assert (first.deadline_month, second.kind, second.deadline_month) == (6, "count", None)


def test_around_a_holiday_is_no_deadline() -> None:
    (found,) = read("国庆节前后开展安全生产大检查2次。")
    assert (found.kind, found.deadline_month) == ("count", None)


@pytest.mark.parametrize("sentence", ["保质保量完成年度任务。", "全力以赴完成全年目标任务。", "狠抓落实完成全年任务。"])
def test_how_a_year_s_tasks_are_done_is_no_target(sentence: str) -> None:
    assert read(sentence) == []


def test_a_striving_heading_over_items_is_their_label() -> None:
    text = "二、重点任务\n(一)力争创建国家级示范区\n1.申报国家农业现代化示范区。(牵头单位:县农业农村局)"
    assert [q for q, *_ in drafted(text)] == ["申报国家农业现代化示范区"]


def test_a_report_of_what_was_built_is_no_target() -> None:
    assert read("全市已建成的5G基站达到3000个。") == []


def test_a_unit_cell_with_its_head_s_name_is_the_unit() -> None:
    assert split_units("市民政局 伍泽国") == ["市民政局"]
    assert split_units("县教体局 各相关乡镇政府") == ["县教体局", "各相关乡镇政府"]
