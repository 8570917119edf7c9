"""Faults a review found in the seventeenth session's rules, each kept mended."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planengine.draft import draft_spec
from planengine.draft.inline import inline_items
from planengine.draft.numbers import find_quantities


def values(text: str, year: int = 2024) -> list[tuple[str, Decimal | None]]:
    return [(t.quote, t.value) for t in draft_spec(f"标题\n一、目标\n{text}\n", year=year).targets]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.确保全年完成重点项目投资150亿元的目标任务。", Decimal(15000000000)),
        ("1.力争完成固定资产投资80亿元的年度目标。", Decimal(8000000000)),
    ],
)
def test_review_17_an_investment_to_complete_is_a_target_though_a_de_follows(text: str, value: Decimal) -> None:
    """投资X亿元的目标任务: the investment to make, not the size of a project named."""
    assert [v for _, v in values(text)] == [value]


def test_review_17_items_numbered_on_across_a_heading_run_into_the_line() -> None:
    """…县林业局 二、社会民生 3.新增就业500人…: items that count on under the next heading."""
    text = (
        "标题\n一、经济发展\n1.新建公园2个。 责任单位:县住建局 2.新建绿道3公里。 责任单位:县林业局 "
        "二、社会民生 3.新增就业500人。 责任单位:县人社局 4.改造小区5个。 责任单位:县住建局\n"
    )
    got = [(t.quote, t.lead) for t in draft_spec(text, year=2024).targets]
    assert got == [
        ("新建公园2个", ("县住建局",)),
        ("新建绿道3公里", ("县林业局",)),
        ("新增就业500人", ("县人社局",)),
        ("改造小区5个", ("县住建局",)),
    ]
    assert "\n二、社会民生\n3." in inline_items(text)


def test_review_17_a_line_saying_who_leads_then_the_progress_names_no_progress_as_units() -> None:
    text = "新增城镇就业6万人。确保全市新增城镇就业6万人。\n这项工作主要由市人社局牵头。截至4月30日,全市新增城镇就业21257人。"
    [target] = draft_spec(f"标题\n一、目标\n{text}\n", year=2020).targets
    assert (target.lead, target.support) == (("市人社局",), ())


def test_review_17_a_count_that_only_happens_to_equal_the_parts_stays_a_target() -> None:
    """新建道路10公里;改造危房200户;实施美丽乡村建设3个项目: three projects to carry out, with no 等
    and no other item of the text counting its parts."""
    assert ("实施美丽乡村建设3个项目", Decimal(3)) in values(
        "1.推进乡村振兴。新建村级道路10公里;改造农村危房200户;实施美丽乡村建设3个项目。"
    )


def test_review_17_the_parts_are_counted_after_the_item_s_title_sentence() -> None:
    """2.完善卫生健康体系;提升服务能力。深入…;加快…;…13台等3个项目: the ; in the title is no part."""
    got = values(
        "2.完善卫生健康体系;提升服务能力。深入开展府院合作;加快推进中心建设;在医疗卫生机构增配无创呼吸机13台等3个项目。"
    )
    assert [v for _, v in got] == [Decimal(13)]


@pytest.mark.parametrize("text", ["上半年实现时间进度过半、任务过半", "确保时间过半、任务完成过半", "年过半百"])
def test_review_17_half_the_time_gone_and_a_half_century_are_no_share(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [
        ("二十分之一", Decimal("0.05"), "%"),
        ("十五分之二", Decimal("0.133333333333"), "%"),
        ("万分之三", Decimal("0.0003"), "%"),
    ],
)
def test_review_17_fractions_of_two_digit_parts_and_per_ten_thousand(text: str, low: Decimal, unit: str) -> None:
    """二十分之一 is 1/20 (not 十分之一), and 万分之三 is written as 0.03% in the spec."""
    (quantity,) = find_quantities(text)
    assert (quantity.low, quantity.unit) == (low, unit)


def test_review_17_first_or_last_few_as_a_count_is_kept_unless_it_sorts_the_plan_s_items() -> None:
    assert ("其中年中前5个为竣工项目", Decimal(5)) in values("2.其中年中前5个为竣工项目。")
    assert values("推进重点民生实事共14项,其中前11项为省定、后3项为市定。") == []


def test_review_17_a_helper_cell_with_its_own_helpers_in_brackets_stays_helping() -> None:
    """区卫健局(区残联协助) under 配合单位: both help; the lead stays the 牵头单位 column's."""
    text = (
        "某区2025年实事\n序号 | 项目名称 | 年度目标 | 牵头单位 | 配合单位 |\n"
        "1 | 康复 | 为300名困难残疾人提供康复服务 | 区民政局 | 区卫健局(区残联协助) |\n"
        "2 | 助餐 | 新建助餐点20个 | 区商务局 | |\n"
    )
    got = [(t.lead, t.support) for t in draft_spec(text, year=2025).targets]
    assert got[0] == (("区民政局",), ("区卫健局", "区残联"))
    assert got[1][0] == ("区商务局",)


def test_review_17_a_row_numbered_in_words_with_targets_is_a_row_not_a_group() -> None:
    text = (
        "某区2025年实事\n序号 | 项目名称 | 年度目标 | 牵头单位 |\n"
        "一 | 老旧小区改造(12个) | 完成改造老旧小区12个,惠及居民3000户 | 区住建局 |\n"
        "二 | 口袋公园(5个) | 年底前建成口袋公园5个 | 区城管局 |\n"
    )
    assert [t.value for t in draft_spec(text, year=2025).targets] == [Decimal(12), Decimal(3000), Decimal(5)]


def test_review_17_projects_to_finish_early_are_still_counted() -> None:
    assert [v for _, v in values("1.推动20个重点项目提前完成年度投资计划。")] == [Decimal(20)]


@pytest.mark.parametrize("text", ["1.近岸海域水质达到二类。", "1.水源地水质稳定在3类以上。", "1.重点人群分为4类。"])
def test_review_17_a_grade_of_water_or_a_sorting_is_no_count_of_kinds(text: str) -> None:
    assert values(text) == []


def test_review_17_a_city_opening_its_paragraph_leads_it() -> None:
    text = "某省2025年交通工作\n一、交通建设\n集安市要建成高速公路1条。\n二、教育\n通化县要新建幼儿园3所。\n"
    assert [t.lead for t in draft_spec(text, year=2025).targets] == [("集安市",), ("通化县",)]


def test_review_17_the_list_s_size_in_either_order_but_a_project_s_own_cost_after_a_semicolon_stays() -> None:
    assert values("全县共安排14个重点项目,总投资52.65亿元。") == []
    got = values("全县共安排县级重点项目14个;年内新开工XX物流园项目,总投资20亿元。")
    assert (Decimal(2000000000)) in [v for _, v in got]
