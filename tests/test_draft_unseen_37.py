"""Shapes of plans the thirty-seventh session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planengine.draft import draft_spec


def _units(text: str, year: int = 2026) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=year).targets}


# --- a legend's numbers after the targets ----------------------------------------------------------

_LEGEND_PLAN = (
    "某区2026年重点目标任务责任分解\n\n"
    "每项任务后括号内序号对应文末所列责任单位。\n\n"
    "一、经济发展\n\n"
    "1.地区生产总值增长6%左右（1）。\n\n"
    "2.规模以上工业增加值增长7.5%（2），规模以上工业企业数量达到260家以上（2）。\n\n"
    "3.力争新认定国家高新技术企业45家、培育省级专精特新中小企业15家（3）。\n\n"
    "二、城乡建设\n\n"
    "4.9月底前建成区级城市运行管理服务平台（4）。\n\n"
    "责任单位：（1）区发改局；（2）区经信局；（3）区科技局牵头，区财政局配合；（4）区城管局牵头，区大数据中心配合。\n"
)


def test_each_target_takes_the_units_its_legend_number_names() -> None:
    """责任单位：（1）区发改局；（2）…: each target the units of the first number after it in its sentence (a
    dated milestone's span may hold it); the legend's own line answers for nothing as a whole."""
    assert _units(_LEGEND_PLAN) == {
        "地区生产总值增长6%左右": (("区发改局",), ()),
        "规模以上工业增加值增长7.5%": (("区经信局",), ()),
        "规模以上工业企业数量达到260家以上": (("区经信局",), ()),
        "力争新认定国家高新技术企业45家": (("区科技局",), ("区财政局",)),
        "培育省级专精特新中小企业15家": (("区科技局",), ("区财政局",)),
        "9月底前建成区级城市运行管理服务平台": (("区城管局",), ("区大数据中心",)),
    }


# --- items numbered in brackets, given out by number -------------------------------------------------


def test_statements_naming_items_by_bracketed_number_give_them_their_units() -> None:
    """第（1）—（3）项由县工信局牵头…；第（4）项由县教育局牵头: the items numbered (1)…(4), each its units."""
    text = (
        "某县2026年重点工作计划\n\n一、工业经济\n（1）新增规模以上工业企业20家。\n（2）规模以上工业增加值增长8%。\n"
        "（3）工业投资增长10%以上。\n二、民生事业\n（4）新建公办幼儿园3所。\n（5）城镇新增就业3000人。\n\n"
        "三、责任分工\n第（1）—（3）项由县工信局牵头，县统计局配合；第（4）项由县教育局牵头；第（5）项由县人社局牵头。\n"
    )
    assert _units(text) == {
        "新增规模以上工业企业20家": (("县工信局",), ("县统计局",)),
        "规模以上工业增加值增长8%": (("县工信局",), ("县统计局",)),
        "工业投资增长10%以上": (("县工信局",), ("县统计局",)),
        "新建公办幼儿园3所": (("县教育局",), ()),
        "城镇新增就业3000人": (("县人社局",), ()),
    }


# --- an item opened by its lead in square brackets ---------------------------------------------------


def test_an_item_opened_by_its_lead_in_square_brackets_is_that_units() -> None:
    """1.[区教育局]会同区发改局、区住建局，新建…: the unit in [ ] leads the item as in 【】, those it works with
    help; a later clause of working with (…，会同公安分局交警大队优化…) names its helpers as well."""
    text = (
        "某区2026年民生实事项目清单\n\n一、教育优先\n\n"
        "1.[区教育局]会同区发改局、区住建局，新建成公办幼儿园3所，新增公办学前学位1080个。\n"
        "2.[区交通运输局]新建改建城市道路12.6公里，会同公安分局交警大队优化调整公交线路8条。\n"
    )
    assert _units(text) == {
        "新建成公办幼儿园3所": (("区教育局",), ("区发改局", "区住建局")),
        "新增公办学前学位1080个": (("区教育局",), ("区发改局", "区住建局")),
        "新建改建城市道路12.6公里": (("区交通运输局",), ("公安分局交警大队",)),
        "会同公安分局交警大队优化调整公交线路8条": (("区交通运输局",), ("公安分局交警大队",)),
    }


# --- a villager group with its leaders in brackets before its colon -------------------------------


def test_a_group_named_before_a_bracket_of_its_leaders_answers_for_its_line() -> None:
    """第一村民小组（组长周建华，联系村委委员王德胜）：完成…: the group answers, the people leading it are no unit."""
    text = (
        "青禾村2026年度工作计划\n\n二、各村民小组年度任务\n\n"
        "第一村民小组（组长周建华，联系村委委员王德胜）：完成高标准农田建设320亩；新修机耕道1.5公里。\n\n"
        "第二村民小组（组长刘桂芬）：新建钢架蔬菜大棚10个；发展林下养鸡5000羽。\n"
    )
    assert _units(text) == {
        "完成高标准农田建设320亩": (("第一村民小组",), ()),
        "新修机耕道1.5公里": (("第一村民小组",), ()),
        "新建钢架蔬菜大棚10个": (("第二村民小组",), ()),
        "发展林下养鸡5000羽": (("第二村民小组",), ()),
    }


@pytest.mark.parametrize(("written", "value"), [("发展林下养鸡5000羽", 5000), ("出栏肉鸭10万羽以上", 100000)])
def test_poultry_counted_in_yu_is_a_count(written: str, value: int) -> None:
    """羽 counts birds as 头 counts pigs."""
    (target,) = draft_spec(f"某村2026年计划\n\n1.{written}。\n", year=2026).targets
    assert (target.kind, target.value) == ("count", Decimal(value))


# --- a year's column assessed, the later years' expected -------------------------------------------


def test_a_note_that_later_years_columns_are_expected_only_keeps_the_years_column() -> None:
    """表中2026年栏为本年度考核目标，2027年、2028年栏为预期目标: the later columns are no targets; without the
    note each is a stage's target."""
    table = (
        "指标 | 2026年 | 2027年 | 2028年 | 牵头单位\n"
        "数字经济核心产业增加值（亿元） | 380 | 440 | 500 | 市发改委\n"
        "新建5G基站（个） | 1300 | 1200 | 1100 | 市通信发展管理办公室\n"
    )
    note = "表中2026年栏为本年度考核目标，2027年、2028年栏为预期目标，根据年度评估情况滚动调整。\n\n"
    noted = draft_spec("某市数字经济三年行动计划（2026—2028年）\n\n三、年度目标\n\n" + note + table, year=2026).targets
    assert [(t.value, t.lead) for t in noted] == [
        (Decimal(38000000000), ("市发改委",)),
        (Decimal(1300), ("市通信发展管理办公室",)),
    ]
    plain = draft_spec("某市数字经济三年行动计划（2026—2028年）\n\n三、年度目标\n\n" + table, year=2026).targets
    assert len(plain) == 6  # (each year a stage's target)


# --- a subsidy's cap ----------------------------------------------------------------------------------


def test_a_subsidy_paid_up_to_a_cap_is_no_target() -> None:
    """对引进的领军人才，给予最高200万元购房补贴: what each may be paid, no level to reach."""
    text = "某市人才计划\n\n1.引进数字经济领军人才20名，对引进的领军人才，给予最高200万元购房补贴。\n"
    assert [t.quote for t in draft_spec(text, year=2026).targets] == ["引进数字经济领军人才20名"]


# --- a run of groups' lines closed by who guides them ------------------------------------------------


def test_the_office_guiding_a_run_of_groups_helps_each_group() -> None:
    """第一村民小组（组长：李春生）：… / 第二村民小组…：… / 以上任务由镇农业农村综合服务中心负责督导。: each group
    leads its own line, the guiding office helps them all (and only the run it closes)."""
    text = (
        "云洲镇关于下达青石村2026年度村民小组目标任务的通知\n\n一、产业发展\n"
        "第一村民小组（组长：李春生）：完成优质稻订单种植850亩；新建育秧大棚2座。\n"
        "第二村民小组（组长：赵桂芳）：发展设施蔬菜120亩。\n"
        "以上任务由镇农业农村综合服务中心负责督导。\n\n二、人居环境整治\n"
        "第一村民小组（组长：李春生）：完成农户卫生厕所改造36户。\n"
        "第二村民小组（组长：赵桂芳）：新增垃圾收集点4处。\n"
    )
    guide = ("镇农业农村综合服务中心",)
    assert _units(text) == {
        "完成优质稻订单种植850亩": (("第一村民小组",), guide),
        "新建育秧大棚2座": (("第一村民小组",), guide),
        "发展设施蔬菜120亩": (("第二村民小组",), guide),
        "完成农户卫生厕所改造36户": (("第一村民小组",), ()),
        "新增垃圾收集点4处": (("第二村民小组",), ()),
    }


def test_items_numbered_side_by_side_in_brackets_are_listed() -> None:
    """第（1）（2）项由县工信局牵头: two items named by their bracketed numbers side by side."""
    text = (
        "某县2026年计划\n\n一、产业\n（1）新增规模以上工业企业20家。\n（2）工业投资增长10%以上。\n"
        "（3）新建公办幼儿园3所。\n\n二、责任分工\n第（1）（2）项由县工信局牵头，县统计局配合；第（3）项由县教育局牵头。\n"
    )
    assert _units(text) == {
        "新增规模以上工业企业20家": (("县工信局",), ("县统计局",)),
        "工业投资增长10%以上": (("县工信局",), ("县统计局",)),
        "新建公办幼儿园3所": (("县教育局",), ()),
    }


# --- what is no target -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "突出抓好产业发展、乡村建设、乡村治理三项重点，农民收入增长8%。",  # directions named, then counted
        "本计划共设置主要指标16项，其中预期性指标11项、约束性指标5项，农民收入增长8%。",  # its own indicators
        "农民收入增长8%。各牵头单位于每季度结束后10日内，将指标进展情况报送县发改局。",  # the reports' rhythm
        "农民收入增长8%。2026年至2028年各栏为当年应完成的目标值。",  # a note on the table's columns
        "农民收入增长8%。对当年首次纳入规模以上统计的工业企业，一次性奖励10万元。",  # a reward paid once
    ],
)
def test_counts_of_the_plans_own_parts_and_its_upkeep_are_no_targets(sentence: str) -> None:
    assert [t.quote for t in draft_spec(f"某县2026年工作方案\n\n一、目标\n\n{sentence}\n", year=2026).targets] == [
        "农民收入增长8%"
    ]


def test_a_deed_counted_after_its_list_stays_a_target() -> None:
    """建成城东、城西、城南三个污水处理厂: three things built, counted (not directions named)."""
    (target,) = draft_spec("某县2026年方案\n\n1.建成城东、城西、城南三个污水处理厂。\n", year=2026).targets
    assert (target.kind, target.value) == ("count", Decimal(3))


def test_completing_what_a_named_level_above_requires_is_relative() -> None:
    """主要大气污染物减排完成上海市的要求: measured against the city's requirement, as 完成市下达的目标 is."""
    (target,) = draft_spec("某区2026年行动计划\n\n1.主要大气污染物减排完成上海市的要求。\n", year=2026).targets
    assert (target.kind, target.comparator) == ("relative", ">=")


@pytest.mark.parametrize(
    ("written", "comparator"),
    [("进出口总额增速与全市平均水平持平", "="), ("商品房销售面积与全市基本持平", "approx")],
)
def test_a_level_held_even_with_anothers_is_relative(written: str, comparator: str) -> None:
    """与全市平均水平持平: the other's level itself (基本持平: about it)."""
    (target,) = draft_spec(f"某区2026年主要指标\n\n1.{written}。\n", year=2026).targets
    assert (target.kind, target.comparator, target.value) == ("relative", comparator, None)


def test_the_plans_indicators_counted_by_class_are_no_targets() -> None:
    """分解表共列指标24项，其中经济发展类10项、创新驱动类4项: the table counting its own rows by class."""
    text = (
        "某区2026年主要指标目标任务分解\n\n分解表共列指标24项，其中经济发展类10项、创新驱动类4项、民生福祉类6项。\n\n"
        "1.地区生产总值增长6%。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2026).targets] == ["地区生产总值增长6%"]


# --- the second review's cases -----------------------------------------------------------------------


def test_each_sections_legend_names_the_units_of_its_own_numbers() -> None:
    """A legend closing each section: a number takes the units of the first legend after it."""
    text = (
        "某区2026年重点目标\n\n一、经济\n1.地区生产总值增长6%左右（1）。\n2.规上工业增加值增长7.5%（2）。\n"
        "3.新认定高新技术企业45家（3）。\n责任单位：（1）区发改局；（2）区经信局；（3）区科技局。\n\n二、民生\n"
        "4.新增就业3000人（1）。\n5.新建幼儿园3所（2）。\n6.新增养老床位300张（3）。\n"
        "责任单位：（1）区人社局；（2）区教育局；（3）区民政局。\n"
    )
    assert [lead for lead, _ in _units(text).values()] == [
        ("区发改局",),
        ("区经信局",),
        ("区科技局",),
        ("区人社局",),
        ("区教育局",),
        ("区民政局",),
    ]


def test_a_legends_numbers_are_not_sub_items_nor_across_a_semicolon() -> None:
    """：（1）新增就业…；（2）…: numbers opening sub-items name no units; …6%左右；新增就业3000人（2）: the number
    closes the clause after the ；, not the one before it; an entry's own bracket names its helpers."""
    text = (
        "某区2026年重点目标\n\n1.地区生产总值增长6%左右；新增就业3000人（2）。\n"
        "2.重点做好以下工作：（1）新建道路5公里；（2）城镇登记失业率控制在4%以内。\n3.新认定高新技术企业45家（3）。\n\n"
        "责任单位：（1）区发改局（区统计局配合）；（2）区人社局；（3）区科技局。\n"
    )
    got = _units(text)
    assert got["地区生产总值增长6%左右"] == ((), ())
    assert got["新增就业3000人"] == (("区人社局",), ())
    assert got["新建道路5公里"] == ((), ())
    assert got["城镇登记失业率控制在4%以内"] == ((), ())
    assert got["新认定高新技术企业45家"] == (("区科技局",), ())


def test_a_target_left_unmarked_beside_a_marked_one_takes_no_legend_units() -> None:
    """城镇登记失业率控制在4%以内。新增就业3000人（2）。: only the marked target takes (2)'s units."""
    text = (
        "某区2026年重点目标\n\n1.地区生产总值增长6%左右（1）。\n2.城镇登记失业率控制在4%以内。新增就业3000人（2）。\n"
        "3.新认定高新技术企业45家（3）。\n\n责任单位：（1）区发改局；（2）区人社局；（3）区科技局。\n"
    )
    got = _units(text)
    assert got["城镇登记失业率控制在4%以内"] == ((), ())
    assert got["新增就业3000人"] == (("区人社局",), ())


@pytest.mark.parametrize(
    ("items", "statement"),
    [
        ("1.新增规模以上工业企业20家。\n2.工业投资增长10%以上。\n3.城镇新增就业3000人。\n", "第（1）—（2）项"),
        (
            "（1）新增规模以上工业企业20家。\n（2）工业投资增长10%以上。\n（3）城镇新增就业3000人。\n",
            "第（1）项至第（2）项",
        ),
    ],
)
def test_bracketed_numbers_in_a_statement_find_the_items_they_name(items: str, statement: str) -> None:
    """第（1）—（2）项 over items numbered 1. 2.; 第（1）项至第（2）项, each number with its 项."""
    text = f"某县2026年计划\n\n一、产业\n{items}\n二、责任分工\n{statement}由县工信局牵头；第（3）项由县人社局牵头。\n"
    assert [lead for lead, _ in _units(text).values()] == [("县工信局",), ("县工信局",), ("县人社局",)]


def test_a_helper_named_in_a_later_clause_keeps_its_whole_name() -> None:
    """会同区住房和城乡建设局改造…: the name runs to its office's end, past the 建设 inside it."""
    text = (
        "某区2026年民生实事\n\n一、城建\n1.【区城管局】新建城市道路12公里，会同区住房和城乡建设局改造老旧小区20个。\n"
    )
    assert {support for _, support in _units(text).values()} == {("区住房和城乡建设局",)}


def test_a_bracket_after_a_subject_naming_its_helpers_gives_them() -> None:
    """县农业农村局（包保单位：县财政局、县林业局）：…: the bureau leads, the units its bracket names help."""
    text = (
        "某县2026年计划\n\n一、任务\n县农业农村局（包保单位：县财政局、县林业局）：完成高标准农田建设320亩。\n"
        "县水利局（联系县领导：王明）：新修渠道5公里。\n"
    )
    assert _units(text) == {
        "完成高标准农田建设320亩": (("县农业农村局",), ("县财政局", "县林业局")),
        "新修渠道5公里": (("县水利局",), ()),
    }


def test_a_group_line_without_a_target_does_not_break_the_guided_run() -> None:
    text = (
        "某镇2026年村民小组任务\n\n一、产业\n第一村民小组（组长：李春生）：完成订单种植850亩。\n"
        "第二村民小组（组长：王明）：做好秸秆禁烧工作。\n第三村民小组（组长：赵桂芳）：发展设施蔬菜120亩。\n"
        "以上任务由镇农业农村综合服务中心负责督导。\n"
    )
    assert {support for _, support in _units(text).values()} == {("镇农业农村综合服务中心",)}


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("力争12个项目列为年度省级重点项目。", "力争12个项目列为年度省级重点项目"),  # 列为: listed as, no column
        ("为500户困难家庭给予最高2000元住房补贴。", "为500户困难家庭给予最高2000元住房补贴"),  # the families counted
        ("建成城东、城西两个重点实验室。", "建成城东、城西两个重点实验室"),  # 重点 inside a longer noun
    ],
)
def test_near_misses_of_the_no_target_rules_stay_targets(sentence: str, quote: str) -> None:
    assert [t.quote for t in draft_spec(f"某县2026年方案\n\n1.{sentence}\n", year=2026).targets] == [quote]


def test_a_reports_window_after_a_quarters_end_is_no_target() -> None:
    text = "某县2026年方案\n\n1.新增就业300人。各责任单位于每季度末后10日内，将进展情况报送县发改局。\n"
    assert [t.quote for t in draft_spec(text, year=2026).targets] == ["新增就业300人"]


def test_a_note_naming_the_expected_years_by_a_range_skips_them() -> None:
    """2027—2028年栏为预期目标: the range's columns are no targets."""
    table = "指标 | 2026年 | 2027年 | 2028年 | 牵头单位\n数字经济核心产业增加值（亿元） | 380 | 440 | 500 | 市发改委\n"
    note = "表中2026年栏为本年度考核目标，2027—2028年栏为预期目标。\n\n"
    got = draft_spec("某市数字经济三年行动计划（2026—2028年）\n\n三、年度目标\n\n" + note + table, year=2026).targets
    assert [t.value for t in got] == [Decimal(38000000000)]


# --- a dated step in brackets after a target's figure ------------------------------------------------


def test_a_dated_step_in_brackets_is_a_milestone_of_its_own() -> None:
    """新建5G基站300个（6月底前完成150个）: the year's count keeps its kind, the step by June is a milestone; a
    bare date in brackets (3条（2026年9月底前）) still dates its clause."""
    text = (
        "某县2026年重点工作\n\n1.新建5G基站300个（6月底前完成150个）。\n2.新建高标准农田3.2万亩（11月底前全部通过验收）。\n"
        "3.打造市级精品街巷3条（2026年9月底前）。\n"
    )
    got = [(t.quote, t.kind, t.value) for t in draft_spec(text, year=2026).targets]
    assert got == [
        ("新建5G基站300个", "count", Decimal(300)),
        ("6月底前完成150个", "milestone", Decimal(150)),
        ("新建高标准农田3.2万亩", "amount", Decimal(32000)),
        ("11月底前全部通过验收", "milestone", None),
        ("打造市级精品街巷3条", "milestone", Decimal(3)),
    ]


# --- last year's figure and this year's aim in one cell --------------------------------------------


def test_a_cell_of_last_years_figure_and_this_years_aim_gives_the_aim() -> None:
    """2023年完成情况及2024年目标 | 2023年完成增长6.1%;2024年目标增长6.5%左右: the part after the ; turns to the plan's
    year, and the column is read for its aim."""
    text = (
        "某县2024年目标任务分解表\n\n序号 | 指标任务 | 2023年完成情况及2024年目标 | 牵头单位 | 责任单位 |\n"
        "1 | 地区生产总值 | 2023年完成增长6.1%;2024年目标增长6.5%左右 | 县发展改革局 | 县统计局 |\n"
        "2 | 一般公共预算收入 | 2023年完成9.36亿元;2024年目标10.1亿元 | 县财政局 | 县税务局 |\n"
    )
    got = [(t.kind, t.value, t.lead) for t in draft_spec(text, year=2024).targets]
    assert got == [
        ("growth-rate", Decimal("0.065"), ("县发展改革局",)),
        ("amount", Decimal(1010000000), ("县财政局",)),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "本计划共7个方面28项任务，其中列入市政府考核的9项。",  # a part of its own items counted
        "对每个服务站给予20万元一次性建设补助。",  # what each is paid
        "对未按期完成的，限期10个工作日内说明原因。",  # a penalty's term
        "由牵头单位于12月20日前形成书面总结报区政府。",  # a summary sent up
        "表中“2023年完成”数据为统计快报数。",  # where a table's figures come from
    ],
)
def test_the_plans_upkeep_and_payments_are_no_targets(sentence: str) -> None:
    text = f"某区2024年民生品质提升行动计划\n\n一、目标\n\n新增养老床位300张。{sentence}\n"
    assert [t.quote for t in draft_spec(text, year=2024).targets] == ["新增养老床位300张"]


# --- a revision of targets, and the plan's own targets counted -------------------------------------


def test_a_revised_target_keeps_only_its_new_figure() -> None:
    """原定新建城市书房20个，调整为15个: the superseded figure is no target; the plan counting its targets (确定年度
    工作目标20项, 对其中7项目标予以调整, 其余13项目标保持不变) and a standard kept (…的建设标准不变) are none."""
    text = (
        "某局关于调整2026年度部分工作目标的通知\n\n年初，我局确定年度工作目标20项。对其中2项目标予以调整，其余18项目标保持不变。\n\n"
        "一、调整的目标\n\n（一）城市书房建设。原定新建城市书房20个，调整为15个。每个城市书房面积不少于80平方米的建设标准不变。\n\n"
        "（二）旅游总收入。原定增长15%，调整为增长10%左右。\n"
    )
    got = [(t.quote, t.value) for t in draft_spec(text, year=2026).targets]
    assert got == [("调整为15个", Decimal(15)), ("调整为增长10%左右", Decimal("0.10"))]


def test_a_half_years_results_against_the_years_target_are_reported() -> None:
    """上半年，…812万人次，…91.6亿元，分别完成年度目标的43.9%和41.2%: the half-year's results, no targets."""
    text = (
        "某局2026年工作目标调整\n\n年初确定年度工作目标。上半年，全市接待国内游客812万人次，实现旅游总收入91.6亿元，"
        "分别完成年度目标的43.9%和41.2%。\n\n一、目标\n\n全年接待国内游客1700万人次以上。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2026).targets] == ["全年接待国内游客1700万人次以上"]


def test_a_numbered_row_is_no_header_however_its_cells_read() -> None:
    """16 | 生态环境 | 单位地区生产总值能耗降低 | 完成市下达目标 | …: a row under the header (its 单位… and …目标 cells
    notwithstanding), the rows after it read as before."""
    text = (
        "某县2026年主要指标任务分解表\n序号 | 类别 | 指标名称 | 2026年目标 | 牵头单位 | 配合单位 | 备注 |\n"
        "1 | 生态环境 | 单位地区生产总值能耗降低 | 完成市下达目标 | 县发展和改革局 | 市生态环境局分局 | 指标由市里年中下达 |\n"
        "2 | | 森林覆盖率 | 62%—63% | 县林业局 | 各乡镇人民政府 | |\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("县发展和改革局",), ("市生态环境局分局",)),
        (("县林业局",), ("各乡镇人民政府",)),
    ]


def test_a_unit_working_with_another_before_its_colon_leads_with_it_helping() -> None:
    """11.社会事务办会同镇卫生院：…: the office leads, the one it works with helps."""
    text = "某镇2026年重点任务\n\n一、民生\n11.社会事务办会同镇卫生院：新建村级养老服务站2个。\n12.党政办：完成村级培训3期。\n"
    assert _units(text) == {
        "新建村级养老服务站2个": (("社会事务办",), ("镇卫生院",)),
        "完成村级培训3期": (("党政办",), ()),
    }


def test_a_service_reaching_every_one_of_its_kind_is_a_milestone() -> None:
    """…养老服务覆盖所有居家老年人: every one reached, as 全覆盖 says; a site's notice of its terms is no target."""
    text = (
        "某省养老服务体系建设规划\n\n到2026年，生活照料、医疗护理等养老服务覆盖所有居家老年人。\n\n"
        "温馨提示:以上资讯来自互联网,如果有侵犯版权请联系我们,我们将在24小时之内删除!\n"
    )
    assert [(t.kind, t.quote) for t in draft_spec(text, year=2026).targets] == [
        ("milestone", "生活照料、医疗护理等养老服务覆盖所有居家老年人")
    ]


def test_a_label_in_square_brackets_before_a_list_marking_its_lead() -> None:
    """【责任股室】种植业股（牵头）、农田建设股: the label is read as one, the marked section leads, the other helps;
    a section's state (局机关现设11个股室) and how the work is paid for (…据实列支, 单台补贴额不超过3万元) are none."""
    text = (
        "某局2026年工作计划\n\n局机关现设11个股室。\n\n一、粮食安全\n【目标】粮食播种面积稳定在18.6万亩以上。"
        "单台补贴额不超过3万元。相关经费按区财政预算安排的86万元据实列支。\n【措施】加强田间管理。\n"
        "【责任股室】种植业股（牵头）、农田建设股\n"
    )
    assert _units(text) == {"粮食播种面积稳定在18.6万亩以上": (("种植业股",), ("农田建设股",))}


# --- a place's body named in full ------------------------------------------------------------------


def test_a_place_answers_by_its_body_named_in_full_where_the_bodies_are_said_to_answer() -> None:
    """乙方：东岭村村民委员会、西岭村村民委员会 / 乙方对下表所列本村指标负总责: each village's rows are its committee's, by
    the name the letter gives it; without the statement a row keeps its village's name."""
    table = "村 | 指标 | 目标值\n东岭村 | 粮食播种面积 | 不少于5600亩\n西岭村 | 粮食播种面积 | 不少于4200亩\n"
    parties = "甲方：青石镇人民政府\n乙方：东岭村村民委员会、西岭村村民委员会\n\n"
    said = "乙方对下表所列本村指标负总责。\n\n"
    leads = [
        t.lead
        for t in draft_spec("青石镇关于下达2026年度各村目标任务的函\n\n" + parties + said + table, year=2026).targets
    ]
    assert leads == [("东岭村村民委员会",), ("西岭村村民委员会",)]
    plain = [
        t.lead for t in draft_spec("青石镇关于下达2026年度各村目标任务的函\n\n" + parties + table, year=2026).targets
    ]
    assert plain == [("东岭村",), ("西岭村",)]


# --- the second review's cases -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a lone item's colon after its unit and the one it works with
        ("县住建局会同县财政局：年内改造老旧小区12个。", [("年内改造老旧小区12个", ("县住建局",), ("县财政局",))]),
        # the new figure of a revision, said after 现 or 根据…
        ("原计划新建城市书房20个，现调整为15个。", [("现调整为15个", (), ())]),
        # a revision of the date only: the figure stays
        ("原定6月底前建成5个，调整为9月底前建成。", [("原定6月底前建成5个", (), ()), ("调整为9月底前建成", (), ())]),
        # a step due by the half-year; and all of it due by a date, which dates the figure
        ("新建5G基站300个（上半年完成150个）。", [("新建5G基站300个", (), ()), ("上半年完成150个", (), ())]),
        ("新建5G基站300个（6月底前全部完成）。", [("新建5G基站300个", (), ())]),
    ],
)
def test_the_second_reviews_readings(
    sentence: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    got = [
        (t.quote, t.lead, t.support)
        for t in draft_spec(f"某县2026年计划\n\n一、任务\n\n{sentence}\n", year=2026).targets
    ]
    assert got == expected


def test_the_year_so_far_after_a_semicolon_is_no_turn_ahead() -> None:
    """…;2026年以来，全县新增城镇就业3000人: the plan's year so far, reported."""
    text = "某县2026年工作要点\n\n2025年，全县地区生产总值增长6.1%;2026年以来，全县新增城镇就业3000人。\n"
    assert draft_spec(text, year=2026).targets == ()


def test_a_progress_and_next_steps_column_is_no_aim() -> None:
    """进展情况及下步计划: what was done and what comes next, no column of aims."""
    text = (
        "某县2026年工作进展表\n\n序号 | 任务 | 牵头单位 | 进展情况及下步计划 |\n"
        "1 | 新建农村公路 | 县交通运输局 | 已完成45公里，下步将加快推进剩余55公里建设 |\n"
    )
    assert [t.value for t in draft_spec(text, year=2026).targets] == [None]


def test_a_table_of_street_offices_shares_the_districts_targets_out() -> None:
    """街道 | 新增经营主体(户) | …: each street office answers for its row, in its column's measure; the weights of
    an assessment (指标权重分别为40%、35%、25%) are none."""
    text = (
        "某区2026年各街道目标\n\n街道 | 新增经营主体(户) | 固定资产投资(亿元) |\n枫林街道 | 1500 | 12.5 |\n桥东街道 | 1300 | 8 |\n\n"
        "街道考核指标实行百分制，新增经营主体、固定资产投资两项指标权重分别为60%、40%。\n"
    )
    got = [(t.lead, t.value) for t in draft_spec(text, year=2026).targets]
    assert got == [
        (("枫林街道",), Decimal(1500)),
        (("枫林街道",), Decimal(1250000000)),
        (("桥东街道",), Decimal(1300)),
        (("桥东街道",), Decimal(800000000)),
    ]


def test_villages_named_among_those_an_office_works_with_help() -> None:
    """镇农业办要会同镇农技站、各村（社区），…: the station and the villages help."""
    text = "某镇2026年重点工作\n\n一、农业\n镇农业办要会同镇农技站、各村（社区），压实责任，粮食播种面积稳定在5.2万亩以上。\n"
    assert _units(text) == {"粮食播种面积稳定在5.2万亩以上": (("镇农业办",), ("镇农技站", "各村（社区）"))}


def test_units_closing_a_line_after_its_sentence_lead_before_the_slash() -> None:
    """…6.5%。县发改局/县统计局: the bureau before the slash leads, the one after helps; one office alone leads; a
    sentence of what an office does (区政府督查室将继续跟踪督办) names no units."""
    text = (
        "某县2026年目标任务分解\n\n（一）综合经济指标\n\n1.地区生产总值增长6.5%。县发改局/县统计局\n\n"
        "2.城镇新增就业3000人。县人社局\n\n3.新建公园3个。区政府督查室将继续跟踪督办\n"
    )
    assert _units(text) == {
        "地区生产总值增长6.5%": (("县发改局",), ("县统计局",)),
        "城镇新增就业3000人": (("县人社局",), ()),
        "新建公园3个": ((), ()),
    }


def test_a_run_of_legend_numbers_after_a_sentence_gives_a_lead_and_helpers() -> None:
    """…增长7.5%以上，…不低于35%。（3）（1）（2） / 本部分责任单位：（1）…；（2）…；（3）…: the numbers after the
    sentence's 。 are all its targets'; the first names the lead, the others helpers."""
    text = (
        "某区2026年目标任务分解\n\n一、经济发展\n\n1.地区生产总值增长6%左右。（1）（2）\n\n"
        "2.规模以上工业增加值增长7.5%以上，工业投资占固定资产投资比重不低于35%。（3）（1）（2）\n\n"
        "本部分责任单位：（1）区发展和改革局；（2）区统计局；（3）区经济和信息化局。\n"
    )
    assert _units(text) == {
        "地区生产总值增长6%左右": (("区发展和改革局",), ("区统计局",)),
        "规模以上工业增加值增长7.5%以上": (("区经济和信息化局",), ("区发展和改革局", "区统计局")),
        "工业投资占固定资产投资比重不低于35%": (("区经济和信息化局",), ("区发展和改革局", "区统计局")),
    }


def test_a_legend_numbering_the_items_themselves_gives_each_item_its_units() -> None:
    """（1）地区生产总值增长6%左右。 … 责任单位：（1）区发展改革局；（2）…: no target carries a number, the items do; each
    takes its own number's units."""
    text = (
        "某区2026年重点目标任务\n\n（一）经济发展\n\n（1）地区生产总值增长6%左右。\n\n（2）规模以上工业增加值增长7.5%。\n\n"
        "（二）民生\n\n（3）城镇新增就业1.2万人。\n\n"
        "责任单位：（1）区发展改革局；（2）区经济和信息化局牵头，区统计局配合；（3）区人力资源和社会保障局。\n"
    )
    assert _units(text) == {
        "地区生产总值增长6%左右": (("区发展改革局",), ()),
        "规模以上工业增加值增长7.5%": (("区经济和信息化局",), ("区统计局",)),
        "城镇新增就业1.2万人": (("区人力资源和社会保障局",), ()),
    }


# --- the third review's cases ------------------------------------------------------------------------


def test_a_legend_unused_by_any_target_numbers_its_own_sections_items() -> None:
    """One section's targets carry numbers, the next section's items are numbered (1)(2)(3) by their own legend: each
    legend gives its own; items numbered 1. 2. take no legend's units."""
    text = (
        "某区2026年目标\n\n一、经济\n1.地区生产总值增长6%左右（1）。\n2.规上工业增加值增长7.5%（2）。\n3.新认定高新技术企业45家（3）。\n"
        "责任单位：（1）区发改局；（2）区经信局；（3）区科技局。\n\n二、民生\n（1）城镇新增就业1.2万人。\n（2）新建幼儿园3所。\n"
        "（3）新增养老床位300张。\n责任单位：（1）区人社局；（2）区教育局；（3）区民政局。\n"
    )
    assert [lead for lead, _ in _units(text).values()] == [
        ("区发改局",),
        ("区经信局",),
        ("区科技局",),
        ("区人社局",),
        ("区教育局",),
        ("区民政局",),
    ]
    plain = "某区2026年目标\n\n1.地区生产总值增长6%左右。\n2.城镇新增就业1.2万人。\n3.新建幼儿园3所。\n责任单位：（1）区发改局；（2）区人社局；（3）区教育局。\n"
    assert all(lead == () for lead, _ in _units(plain).values())


def test_numbers_after_a_sentence_of_clauses_parted_by_a_semicolon_are_all_its() -> None:
    text = (
        "某区2026年目标\n\n一、经济\n\n1.规模以上工业增加值增长7.5%以上；工业投资占固定资产投资比重不低于35%。（3）（1）（2）\n\n"
        "本部分责任单位：（1）区发改局；（2）区统计局；（3）区经信局。\n"
    )
    assert set(_units(text).values()) == {(("区经信局",), ("区发改局", "区统计局"))}


@pytest.mark.parametrize(
    ("tail", "lead"),
    [("区住建局跟踪督办", ()), ("县总工会", ("县总工会",)), ("县发改局", ("县发改局",))],
)
def test_one_body_closing_a_line_after_its_sentence(tail: str, lead: tuple[str, ...]) -> None:
    """…3个。县总工会: the body alone leads; …3个。区住建局跟踪督办: what an office does names no unit."""
    (target,) = draft_spec(f"某县2026年计划\n\n1.新建职工书屋3个。{tail}\n", year=2026).targets
    assert target.lead == lead


@pytest.mark.parametrize("helpers", ["各方面", "各有关方面"])
def test_no_places_named_after_会同_help(helpers: str) -> None:
    text = f"某县2026年计划\n\n一、任务\n镇农业办要会同{helpers}，压实责任，粮食播种面积稳定在5.2万亩以上。\n"
    assert all(support == () for _, support in _units(text).values())


def test_work_counted_with_its_classes_stays_a_target_and_weights_written_apart_are_none() -> None:
    """全年共安排…任务120个，其中城区类80个: the classes of work counted stay (not the plan counting itself); …两项权重
    分别为60%、40%: the weights are none."""
    listed = "某县2026年计划\n\n1.全年共安排老旧小区改造任务120个,其中城区类80个、乡镇类40个。\n"
    assert Decimal(80) in [t.value for t in draft_spec(listed, year=2026).targets]
    weights = (
        "某县2026年计划\n\n新增经营主体1500户。考核实行百分制，新增经营主体、固定资产投资两项权重分别为60%、40%。\n"
    )
    assert [t.quote for t in draft_spec(weights, year=2026).targets] == ["新增经营主体1500户"]
