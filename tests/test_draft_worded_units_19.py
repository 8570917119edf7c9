"""Units a plan names in words after an item's text, and a statement over a table of places' shares,
as the nineteenth session found them in opened held-out sets."""

from __future__ import annotations

import pytest

from planengine.draft import draft_spec
from planengine.draft.responsibility import parse_responsibility


def _units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2025).targets]


@pytest.mark.parametrize(
    ("sentence", "lead", "support"),
    [
        # the lead in charge, a helper carrying it out
        ("市农业农村局负责，市农机服务中心具体实施。", ("市农业农村局",), ("市农机服务中心",)),
        # 牵头负责, the helpers seeing it done
        ("市农业农村局牵头负责，各县区农业农村部门抓好落实。", ("市农业农村局",), ("各县区农业农村部门",)),
        # each answering for its part: both lead
        ("市农业农村局、市市场监管局按职责分工负责。", ("市农业农村局", "市市场监管局"), ()),
        # the goals named before 由
        ("总体目标由县发改局牵头，县市场监管局配合推进。", ("县发改局",), ("县市场监管局",)),
        # a star marks the lead, and a remark says so
        (
            "（责任单位：市气象局*、市应急管理局、各县区政府，标*的为牵头单位）",
            ("市气象局",),
            ("市应急管理局", "各县区政府"),
        ),
    ],
)
def test_units_said_in_words_after_an_items_targets(
    sentence: str, lead: tuple[str, ...], support: tuple[str, ...]
) -> None:
    text = f"某市春耕生产工作方案\n\n一、工作措施\n\n（一）抓好保障。检修率达到100%；组建服务队60支以上。{sentence}\n"
    assert [(t[1], t[2]) for t in _units(text)] == [(lead, support)] * 2


def test_a_star_remark_names_no_unit() -> None:
    assert parse_responsibility("责任单位：市气象局*、市应急管理局，带“*”者为牵头单位") == parse_responsibility(
        "责任单位：市气象局*、市应急管理局"
    )


def test_places_that_carry_out_and_an_office_that_leads() -> None:
    found = parse_responsibility("表列任务由各县区政府负责落实，市农业农村局牵头做好调度督导")
    assert (found.lead, found.support) == (("市农业农村局",), ("各县区政府",))


def test_a_person_in_charge_is_not_a_place_carrying_out() -> None:
    """吕维峰副省长负责,省农委总牵头: the person is no unit, so no helper is read from it."""
    found = parse_responsibility("吕维峰副省长负责,省农委总牵头")
    assert "吕维峰副省长" not in found.support


_TABLE = "县区 | 粮食播种面积(万亩) |\n沃川区 | 21.5 |\n东渠县 | 92.5 |\n"


def test_a_statement_over_a_table_of_places_that_points_at_it_answers_for_its_shares() -> None:
    text = (
        "某市春耕生产工作方案\n\n二、任务分解\n\n各县区粮食播种面积任务如下表。"
        f"表列任务由各县区政府负责落实，市农业农村局牵头做好调度督导。\n\n{_TABLE}"
    )
    assert _units(text) == [
        ("沃川区 | 21.5", ("市农业农村局",), ("各县区政府",)),
        ("东渠县 | 92.5", ("市农业农村局",), ("各县区政府",)),
    ]


def test_a_statement_over_a_table_that_does_not_point_at_it_leaves_the_places_leading() -> None:
    text = "某市春耕生产工作方案\n\n二、任务分解\n\n抓好粮食生产。由市农业农村局牵头，各县区政府配合。\n\n" + _TABLE
    assert [t[1] for t in _units(text)] == [("沃川区",), ("东渠县",)]


def test_an_item_named_before_its_unit_is_no_part_of_the_units_name() -> None:
    """前一项由X承办,后一项由Y负责 in a document naming units as subjects: 后一项 is the item, not the unit."""
    text = (
        "某局工作计划\n\n一、任务\n\n（一）加强公交。全年新建充电桩200个。市公交集团负责。\n\n"
        "（二）深化治理。9月底前完成细则修订；全年货车超限率控制在0.5%以内。前一项由政策法规科承办，"
        "后一项由市交通运输综合行政执法支队负责。\n"
    )
    leads = {name for _, lead, _ in _units(text) for name in lead}
    assert leads and not any("项由" in name for name in leads)


_INDICATORS = (
    "某市“十五五”规划纲要\n\n第一章 主要指标\n\n指标 | 2025年基数 | 2030年目标 |\n"
    "地区生产总值（亿元） | 3260 | 4300 |\n城镇调查失业率（%） | 5.1 | ≤5.5 |\n"
    "每万人口高价值发明专利拥有量（件） | 8.6 | 16 |\n森林覆盖率（%） | 41.2 | 41.5以上 |\n\n"
    "第二章 责任分工\n\n明确各项指标的牵头部门：\n\n"
    "地区生产总值等经济类指标由市发展改革委牵头，市统计局配合；城镇调查失业率由市人力资源社会保障局牵头。\n\n"
    "每万人口高价值发明专利拥有量和森林覆盖率两项指标，分别由市市场监管局（市知识产权局）、市林业局牵头。\n"
)


def test_paragraphs_of_duties_by_indicator_name_answer_for_the_indicators_above() -> None:
    """Duties said one paragraph after another, with no target between, are one statement: each
    indicator takes the units its name is given, from whichever paragraph names it."""
    assert [(quote.split("（")[0], lead, support) for quote, lead, support in _units(_INDICATORS)] == [
        ("地区生产总值", ("市发展改革委",), ("市统计局",)),
        ("城镇调查失业率", ("市人力资源社会保障局",), ()),
        ("每万人口高价值发明专利拥有量", ("市市场监管局（市知识产权局）",), ()),
        ("森林覆盖率", ("市林业局",), ()),
    ]


def test_a_paragraph_with_one_duty_alone_is_no_statement_by_indicator_name() -> None:
    """One sentence of the shape may be an item's own statement: two duties at least are needed."""
    text = _INDICATORS.split("明确")[0] + "地区生产总值由市发展改革委牵头。\n"
    assert [lead for _, lead, _ in _units(text)] == [()] * 4


def test_a_unit_named_with_its_other_name_in_brackets_is_a_unit() -> None:
    from planengine.draft.responsibility import looks_like_unit

    assert looks_like_unit("市工业和信息化局（市数据局）")
    assert not looks_like_unit("全市高标准农田（示范区）")


def test_the_indicators_a_duty_counts_are_no_target() -> None:
    text = "某市规划\n\n一、分工\n\nPM2.5平均浓度、地表水优良比例两项指标的牵头单位为市生态环境局。\n"
    assert draft_spec(text, year=2025).targets == ()
