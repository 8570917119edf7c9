"""Shapes of plans the thirty-second session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planengine.draft import draft_spec


def _units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


def _quotes(text: str) -> list[str]:
    return [t.quote for t in draft_spec(text, year=2026).targets]


def _kinds(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.quote, t.kind, t.comparator) for t in draft_spec(text, year=2026).targets]


# --- who answers for a table of places' shares ---------------------------------------------------

_SHARES = (
    "青川县2026年主要指标分解方案\n"
    "一、指标分解\n"
    "2026年全县两项主要指标分解如下：\n"
    "乡镇 | 新建高标准农田(亩) | 新增经营主体(户)\n"
    "东坝镇 | 3000 | 520\n"
    "西岭乡 | 2500 | 460\n"
    "合计 | 5500 | 980\n"
    "二、责任落实\n"
    "表中各乡镇一行所列指标，分别由东坝镇人民政府、西岭乡人民政府负责完成。\n"
    "三、保障措施\n"
    "县市场监督管理局要牵头做好登记注册便利化改革，全年完成“个转企”200户。\n"
    "县财政局要统筹安排指标完成奖励资金，县统计局要严格核定各乡镇指标完成数据。\n"
    "四、部门指导\n"
    "各项指标的县级合计由对应县直部门牵头统筹，并对各乡镇进行业务指导：新建高标准农田由县农业农村局负责，"
    "县自然资源局配合；新增经营主体由县市场监督管理局负责。\n"
)


def test_a_note_giving_the_whole_s_row_out_by_column_leads_it_and_helps_the_places() -> None:
    """…合计由对应县直部门牵头统筹，并对各乡镇进行业务指导：X由A负责，B配合；Y由C负责。 standing a section
    below the table (duty paragraphs between): the 合计 row's figure under column X is A's, B helping, and
    under Y C's; each place's row keeps its own government as lead, the column's offices guiding it."""
    found = {quote: (lead, support) for quote, lead, support in _units(_SHARES)}
    assert found["合计 | 5500"] == (("县农业农村局",), ("县自然资源局",))
    assert found["合计 | 5500 | 980"] == (("县市场监督管理局",), ())
    assert found["东坝镇 | 3000"] == (("东坝镇人民政府",), ("县农业农村局", "县自然资源局"))
    assert found["西岭乡 | 2500 | 460"] == (("西岭乡人民政府",), ("县市场监督管理局",))


def test_a_whole_s_row_note_that_does_not_say_the_offices_guide_leaves_the_places_alone() -> None:
    """Without 业务指导 the note speaks for the 合计 row alone: the places' rows keep their governments only."""
    text = _SHARES.replace("，并对各乡镇进行业务指导", "")
    found = {quote: (lead, support) for quote, lead, support in _units(text)}
    assert found["合计 | 5500"] == (("县农业农村局",), ("县自然资源局",))
    assert found["东坝镇 | 3000"] == (("东坝镇人民政府",), ())


def test_a_whole_s_row_note_naming_no_column_of_the_table_is_left_alone() -> None:
    """A part naming no header cell (粮食播种面积 where the table has none) is some other table's note: the
    合计 row keeps what it had, and so do the places."""
    text = _SHARES.replace("新增经营主体由县市场监督管理局负责", "粮食播种面积由县农业农村局负责")
    before = {quote: (lead, support) for quote, lead, support in _units(_SHARES.split("四、部门指导")[0])}
    found = {quote: (lead, support) for quote, lead, support in _units(text)}
    assert found["合计 | 5500"] == before["合计 | 5500"]
    assert found["东坝镇 | 3000"] == (("东坝镇人民政府",), ())


# --- who answers: a unit named before a colon and the office it works with ---------------------------


def test_an_office_worked_with_after_a_colon_helps_with_its_sentence_alone_where_no_paragraph_head_is_known() -> None:
    """市教育局：会同市财政局安排…。全年培训…: with a single unit's paragraph (no run of such paragraphs to make
    it a known head), the office after 会同 still helps with its own sentence alone; the unit's later
    sentences are its own."""
    text = (
        "关于做好2026年教师培训工作的通知\n"
        "一、工作任务\n"
        "市教育局：会同市财政局安排培训经费800万元。全年培训中小学教师5000人次。\n"
    )
    found = {quote: (lead, support) for quote, lead, support in _units(text)}
    assert found["安排培训经费800万元"] == (("市教育局",), ("市财政局",))
    assert found["全年培训中小学教师5000人次"] == (("市教育局",), ())


# --- no target: the flat rate a subsidy is paid at ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "对新建高标准农田按每亩1500元标准给予补助。",
        "对符合条件的毕业生按照1500元/人的标准发放求职创业补贴。",
        "对改厕农户每户补助1200元。",
        "对新建社区老年食堂每个给予一次性建设补助10万元。",
        "对新增普惠性托位按每个1万元给予一次性建设补助。",
        "每户补助标准为260元。",
    ],
)
def test_the_flat_rate_a_subsidy_is_paid_at_is_no_target(sentence: str) -> None:
    """按每亩1500元标准给予补助, 每户补助1200元, …给予一次性建设补助10万元: how much each is paid, a policy's
    parameter, not a level the plan is to reach; the clause gives no target."""
    text = "2026年重点工作\n全年新建高标准农田2万亩。" + sentence + "\n"
    assert _quotes(text) == ["全年新建高标准农田2万亩"]


def test_what_is_counted_before_a_subsidy_s_rate_stays_a_target() -> None:
    """对7个公建公营敬老院按照每院5万元的标准给予补助: the homes counted are a target, the rate is not."""
    text = "2026年重点工作\n对7个公建公营敬老院按照每院5万元的标准给予补助。\n"
    assert [(q, k, c) for q, k, c in _kinds(text)] == [("对7个公建公营敬老院按照每院5万元的标准给予补助", "count", "=")]


@given(st.integers(min_value=2, max_value=99_999), st.sampled_from(["每人每月", "每人每年", "每户", "每亩"]))
def test_a_standard_raised_to_a_level_is_a_target_where_a_flat_rate_is_not(amount: int, per: str) -> None:
    """…补助标准提高到每人每月N元 (a level to reach) is an amount target at N yuan; 按每人每月N元标准给予补助 (the
    rate each is paid at) none, whatever N and whatever it is paid per."""
    raised = f"2026年重点工作\n城乡居民补助标准提高到{per}{amount}元。\n"
    flat = f"2026年重点工作\n对困难群众按{per}{amount}元标准给予补助。\n"
    targets = draft_spec(raised, year=2026).targets
    assert [(t.kind, t.value) for t in targets] == [("amount", Decimal(amount))]
    assert draft_spec(flat, year=2026).targets == ()


# --- who answers: a pact's party working with other offices -------------------------------------------

_PACT = (
    "枫溪县2026年度目标管理责任书\n"
    "甲方：枫溪县人民政府\n"
    "乙方：枫溪县住房和城乡建设局\n"
    "一、目标任务\n"
    "1.城镇老旧小区改造。开工改造城镇老旧小区32个。乙方会同县财政局、县发展和改革局做好项目资金申报，"
    "确保上级补助资金到位不低于8000万元。\n"
    "2.物业管理。城区住宅小区物业服务覆盖率达到85%；12月底前建成示范小区10个。"
    "本项由乙方会同县民政局、各街道办事处实施。\n"
)


def test_a_pact_s_party_working_with_other_offices_has_them_help_with_that_sentence() -> None:
    """乙方会同X、Y做好…，确保…。 in a 责任书 whose 乙方 is named: the party leads, X and Y help with that
    sentence alone; the item's other sentences are the party's."""
    found = {quote: (lead, support) for quote, lead, support in _units(_PACT)}
    assert found["开工改造城镇老旧小区32个"] == (("枫溪县住房和城乡建设局",), ())
    assert found["确保上级补助资金到位不低于8000万元"] == (
        ("枫溪县住房和城乡建设局",),
        ("县财政局", "县发展和改革局"),
    )


def test_an_item_s_closing_statement_working_with_others_without_organising_names_its_helpers() -> None:
    """本项由乙方会同X、Y实施。 (no 组织 before 实施): the party leads every target of the item, X and Y helping."""
    found = {quote: (lead, support) for quote, lead, support in _units(_PACT)}
    assert found["城区住宅小区物业服务覆盖率达到85%"] == (
        ("枫溪县住房和城乡建设局",),
        ("县民政局", "各街道办事处"),
    )
    assert found["12月底前建成示范小区10个"][1] == ("县民政局", "各街道办事处")


# --- no target: deadlines and paperwork of carrying the plan out ---------------------------------------


def test_a_bare_deadline_closing_a_statement_of_units_is_no_target() -> None:
    """…由县教育体育局牵头，县住房和城乡建设局配合，于8月底前完成。: when the work above is due; a bare
    于X月底前完成 right after a target (新建村卫生室5个，11月底前完成) is still that item's completion."""
    text = (
        "岚川县人民政府常务会议纪要\n一、关于城区学校建设\n"
        "会议要求，新增义务教育学位1800个；城区义务教育大班额比例控制在3%以内。"
        "由县教育体育局牵头，县住房和城乡建设局配合，于8月底前完成。\n"
        "二、关于卫生工作\n新建村卫生室5个，11月底前完成。\n"
    )
    assert _quotes(text) == [
        "新增义务教育学位1800个",
        "城区义务教育大班额比例控制在3%以内",
        "新建村卫生室5个",
        "11月底前完成",
    ]


def test_the_addressed_units_drawing_up_their_own_work_plan_is_no_target() -> None:
    """各牵头单位要…，于3月15日前制定具体工作方案: how the plan is carried out; a work plan the plan itself lists
    among its tasks (3月底前，制定年度体检工作方案) is a deliverable."""
    text = (
        "2026年城市体检工作计划\n一、工作任务\n1.3月底前，制定年度体检工作方案。\n二、保障措施\n"
        "各牵头单位要对照责任分工，于3月15日前制定具体工作方案。\n"
    )
    assert _quotes(text) == ["制定年度体检工作方案"]


# --- figures written in words and events kept at none -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "comparator"),
    [
        ("农贸市场快检覆盖率保持百分之百。", "="),
        ("明厨亮灶覆盖率达到百分之百。", ">="),
        ("覆盖率达到百分之一百。", ">="),
    ],
)
def test_a_hundred_percent_written_in_words_is_a_share_of_one(sentence: str, comparator: str) -> None:
    """百分之百 (as 百分之一百): 100%, a ratio of 1."""
    [target] = draft_spec("主要目标\n" + sentence + "\n", year=2026).targets
    assert (target.kind, target.comparator, target.value) == ("ratio", comparator, Decimal(1))


def test_no_landfill_at_all_is_a_ceiling_of_none() -> None:
    """全市原有生活垃圾实现“零填埋”: none left to landfill, as 零发生 is none of what it names."""
    [target] = draft_spec("主要目标\n全市原有生活垃圾实现“零填埋”。\n", year=2021).targets
    assert (target.kind, target.comparator, target.value) == ("ceiling", "<=", Decimal(0))


@pytest.mark.parametrize("sentence", ["补贴标准按每户每月180元执行。", "老年助餐补贴标准维持每人每餐三元不变。"])
def test_a_subsidy_s_standard_applied_or_held_is_no_target(sentence: str) -> None:
    """…补贴标准按每户每月180元执行, …标准维持每人每餐三元不变: the rate each is paid at."""
    assert _quotes("2026年重点工作\n" + sentence + "\n") == []


# --- places gained in a ranking ----------------------------------------------------------------------


@given(
    st.integers(min_value=1, max_value=99),
    st.sampled_from(["再进", "上升", "前移", "提升"]),
    st.sampled_from([("", "="), ("左右", "approx"), ("以上", ">=")]),
)
def test_places_gained_in_a_ranking_are_a_relative_target_not_a_count(
    places: int, verb: str, said: tuple[str, str]
) -> None:
    """高考成绩在全省再进三位, 排名上升3位, 再前进10位左右: a rise against where it stands now (relative, no
    level), not a count of 3 or 10 of anything."""
    suffix, comparator = said
    text = f"主要目标\n全县综合实力排名在全省{verb}{places}位{suffix}。\n"
    [target] = draft_spec(text, year=2026).targets
    assert (target.kind, target.comparator, target.value) == ("relative", comparator, None)


def test_places_gained_written_in_words_are_relative_too() -> None:
    [target] = draft_spec("主要目标\n高考成绩在全省再进三位。\n", year=2026).targets
    assert (target.quote, target.kind) == ("高考成绩在全省再进三位", "relative")


# --- a year's expected investment and growth in step ------------------------------------------------


def test_a_project_group_s_expected_investment_for_the_year_is_a_target() -> None:
    """新开工项目158个,年预计投资100.1亿元: the year's planned investment of the group (年预计投资 reads as
    年计划投资), an amount target, where 预计 elsewhere estimates (预计全年实现…) and reports."""
    text = "2025年重点项目安排\n新开工项目158个,年预计投资100.1亿元;续建项目43个,年预计投资35亿元。\n"
    assert [(t.quote, t.kind, t.value) for t in draft_spec(text, year=2025).targets] == [
        ("新开工项目158个", "count", Decimal(158)),
        ("年预计投资100.1亿元", "amount", Decimal(10_010_000_000)),
        ("续建项目43个", "count", Decimal(43)),
        ("年预计投资35亿元", "amount", Decimal(3_500_000_000)),
    ]


def test_growth_about_in_step_with_another_is_relative_at_its_level() -> None:
    """居民收入增长与经济增长基本同步: relative to the economy's growth, ``=`` (the benchmark's own growth), as the
    keys read it (100 of 113)."""
    [target] = draft_spec("主要目标\n居民收入增长与经济增长基本同步。\n", year=2026).targets
    assert (target.kind, target.comparator) == ("relative", "=")


def test_a_rank_held_among_the_top_places_is_a_ceiling_on_the_place() -> None:
    """县域经济综合实力稳定在全省前30位: held among the first 30, a ceiling of 30 on the place (as 保持/稳居…前N位)."""
    [target] = draft_spec("主要目标\n县域经济综合实力稳定在全省前30位。\n", year=2026).targets
    assert (target.kind, target.comparator, target.value) == ("ceiling", "<=", Decimal(30))


@pytest.mark.parametrize("clause", ["对季度目标完成率低于90%的指标", "对列有两个及以上牵头单位的指标"])
def test_the_indicators_a_measure_is_for_are_no_target(clause: str) -> None:
    """对季度目标完成率低于90%的指标,由…约谈: which indicators a measure is taken on, its figure a condition."""
    assert _quotes("2026年目标\n" + clause + "，由区政府督查室约谈牵头单位主要负责同志。\n") == []


def test_work_said_to_be_going_well_is_a_report() -> None:
    """上半年,…100项重点工作总体进展顺利: how the work is going, no target of 100 of anything."""
    text = "2026年上半年工作情况\n上半年,通过全市上下的共同努力,100项重点工作总体进展顺利。全年新建公园5个。\n"
    assert _quotes(text) == ["全年新建公园5个"]


# --- units in 〔lead/helpers〕 brackets, and blocks labelled 实施单位 / 监管单位 ---------------------------

_BRACKETED = (
    "望溪区2026年主要目标任务责任分解清单\n"
    "清单中每项任务前的方括号内，斜杠前为牵头单位，斜杠后为配合单位。\n"
    "一、目标任务\n"
    "1.〔区科技局*、区工信局/区财政局〕力争新增国家高新技术企业40家以上。\n\n"
    "2.〔区农业农村局/各镇（街道）〕粮食播种面积稳定在8.6万亩以上。\n\n"
    "3.〔区残联/区民政局、区卫健局〕为不少于150名残疾儿童提供康复救助服务。\n\n"
    "各牵头单位要切实履行牵头抓总职责，配合单位要主动对接、密切协作。\n"
)


def test_units_before_a_slash_lead_and_after_it_help_whatever_brackets_or_stars_they_carry() -> None:
    """〔A*、B/C〕: A and B lead (the * stripped), C helps; 〔A/各镇（街道）〕: a name's own bracket stays in it."""
    found = {quote: (lead, support) for quote, lead, support in _units(_BRACKETED)}
    assert found["力争新增国家高新技术企业40家以上"] == (("区科技局", "区工信局"), ("区财政局",))
    assert found["粮食播种面积稳定在8.6万亩以上"] == (("区农业农村局",), ("各镇（街道）",))


def test_a_last_short_item_with_people_counted_is_a_target_not_a_heading() -> None:
    """3.〔…〕为不少于150名残疾儿童提供康复救助服务。 followed by a closing paragraph: the item's one sentence states
    a figure (150名), so it is the item's target, not a heading over the paragraph after it."""
    found = {quote: (lead, support) for quote, lead, support in _units(_BRACKETED)}
    assert found["为不少于150名残疾儿童提供康复救助服务"] == (("区残联",), ("区民政局", "区卫健局"))


_BLOCKS = (
    "2026年县政府民生实事项目实施计划\n"
    "一、教育提质\n"
    "项目名称：新建城东小学\n"
    "建设内容及目标：新建城东小学1所，新增义务教育学位1620个；8月底前竣工交付。\n"
    "实施单位：县教育体育局、县城投集团\n"
    "监管单位：县住房和城乡建设局\n"
)


def test_a_project_block_s_name_is_no_target_and_its_overseeing_unit_helps() -> None:
    """项目名称：新建城东小学 names the project (its targets follow); 实施单位 lead and 监管单位 help."""
    found = {quote: (lead, support) for quote, lead, support in _units(_BLOCKS)}
    assert "新建城东小学" not in found
    assert found["新建城东小学1所"] == (("县教育体育局", "县城投集团"), ("县住房和城乡建设局",))
    assert found["新增义务教育学位1620个"][1] == ("县住房和城乡建设局",)


def test_passing_a_named_review_is_a_milestone() -> None:
    """力争通过省级安全发展示范县复核, 通过国家验收: a review passed, a deliverable with no figure; 通过…方式 is a means."""
    assert _kinds("2026年重点任务\n力争通过省级安全发展示范县复核。\n") == [
        ("力争通过省级安全发展示范县复核", "milestone", None)
    ]
    assert _quotes("2026年重点任务\n通过政府购买服务方式引入社会力量。\n") == []


# --- the review's cases: what the session's rules must leave alone ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("全年给予就业补贴8000万元。", [("amount", Decimal(80_000_000))]),  # a year's total, no rate
        ("全年给予困难群众生活补助2000人次。", [("count", Decimal(2000))]),
        ("按每生每年2000元标准资助家庭经济困难学生1200名。", [("count", Decimal(1200))]),  # the pupils after the rate
        # a raise: so much above the standard now, relative (the thirty-third session's reading)
        ("城乡低保补助标准按每人每月提高50元。", [("relative", Decimal(50))]),
        ("每村补助标准为20万元以上。", [("amount", Decimal(200_000))]),  # a floor
    ],
)
def test_a_subsidy_s_total_its_people_and_its_raise_stay_targets(
    sentence: str, expected: list[tuple[str, Decimal]]
) -> None:
    """Only the flat rate each is paid at is dropped: a year's total, the people paid and a raise or floor of
    the standard stay targets."""
    targets = draft_spec("2026年重点工作\n" + sentence + "\n", year=2026).targets
    assert [(t.kind, t.value) for t in targets] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("全县综合排名上升3位、新增规上企业20家。", [("relative", None), ("count", Decimal(20))]),
        ("新增规上企业20家、综合排名上升3位。", [("count", Decimal(20)), ("relative", None)]),
        ("综合排名再进3位、稳居全省前10位。", [("relative", None), ("ceiling", Decimal(10))]),
        ("完成农民工学历提升500名。", [("count", Decimal(500))]),  # people counted, no ranking named
        ("粮食产量稳定在前三年平均水平。", []),  # the years before, no place in a ranking
    ],
)
def test_places_gained_share_a_list_with_other_targets(sentence: str, expected: list[tuple[str, Any]]) -> None:
    """A gain in a ranking beside other figures in a 、 list is one target among them, each read on its own."""
    targets = draft_spec("2026年重点工作\n" + sentence + "\n", year=2026).targets
    assert [(t.kind, t.value) for t in targets] == expected


@pytest.mark.parametrize(
    "sentence", ["3月底前，县住建局会同各部门制定实施方案。", "各部门要高度重视，县政府6月底前制定全县实施方案。"]
)
def test_a_work_plan_some_unit_draws_up_stays_a_milestone(sentence: str) -> None:
    """Only the addressed units' own work plan, their sentence opening with them, is procedure: a bureau or a
    government drawing up a plan (各部门 a partner or another sentence's subject) is a deliverable."""
    assert [t.kind for t in draft_spec("2026年重点工作\n" + sentence + "\n", year=2026).targets] == ["milestone"]


def test_a_whole_s_row_note_finds_its_table_past_another_block_of_rows() -> None:
    """A table of units' own rows between the places' table and the note does not hide the places' table, and
    an office already helping a place is not named twice."""
    text = _SHARES.replace(
        "四、部门指导",
        "单位 | 新建高标准农田(亩) | 新增经营主体(户)\n县国有林场 | 300 | 20\n县农垦公司 | 200 | 10\n四、部门指导",
    )
    found = {quote: (lead, support) for quote, lead, support in _units(text)}
    assert found["合计 | 5500"] == (("县农业农村局",), ("县自然资源局",))
    assert found["东坝镇 | 3000"] == (("东坝镇人民政府",), ("县农业农村局", "县自然资源局"))


# --- helpers named later in a unit's sentence ------------------------------------------------------------

_LATER_HELPERS = (
    "2026年民生实事项目实施方案\n"
    "一、改善居住条件。由县住建局负责改造城镇老旧小区18个、惠及居民2650户，12月底前全部完工，"
    "县供电公司、县自来水公司配合完成管线迁改。\n"
    "二、畅通交通。县交通运输局负责新改建农村公路86公里，新开通城乡公交线路3条；县公安局交警大队配合完善沿线交通安全设施。\n"
    "三、稳定就业。由县人社局负责实现城镇新增就业3200人；县总工会、县工商联配合举办各类招聘活动不少于12场。\n"
)


def test_units_named_as_helping_later_in_a_unit_s_sentence_help_with_all_of_it() -> None:
    """由X负责…，…，Y、Z配合完成…。 and X负责…；Y配合…。: Y and Z help with every target of the sentence, before
    their names as after; what they help with (完成管线迁改) is their part, no target of its own."""
    found = {quote: (lead, support) for quote, lead, support in _units(_LATER_HELPERS)}
    assert found["改造城镇老旧小区18个"] == (("县住建局",), ("县供电公司", "县自来水公司"))
    assert found["12月底前全部完工"] == (("县住建局",), ("县供电公司", "县自来水公司"))
    assert found["新改建农村公路86公里"] == (("县交通运输局",), ("县公安局交警大队",))
    assert found["实现城镇新增就业3200人"] == (("县人社局",), ("县总工会", "县工商联"))
    assert not any("管线迁改" in quote for quote in found)


def test_a_sentence_turning_to_this_year_after_years_gone_is_the_plan_s() -> None:
    """“十三五”期间,…。…会议传出消息,今年湖北省确保完成…: the paragraph looks back, but a clause of the sentence turns
    to this year's plan, whose figures are targets."""
    text = (
        "今年湖北投资千亿强化交通\n“十三五”期间,湖北省新增干线公路5000余公里。"
        "省交通运输工作会议传出消息,今年湖北省确保完成公路水路固定资产投资1000亿元以上,力争建成高速公路132公里。\n"
    )
    assert [t.value for t in draft_spec(text, year=2021).targets] == [Decimal(100_000_000_000), Decimal(132)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("力争4.5米水深航道整治工程开工。", [("milestone", None)]), ("建成5万吨级泊位2个。", [("count", Decimal(2))])],
)
def test_a_size_naming_a_channel_or_berth_is_no_figure(sentence: str, expected: list[tuple[str, Any]]) -> None:
    """4.5米水深航道, 5万吨级泊位: the size says which channel or berth; the work or the count is the target."""
    assert [(t.kind, t.value) for t in draft_spec("2026年目标\n" + sentence + "\n", year=2026).targets] == expected


# --- a note giving place columns their own units; reviews passed; the benchmark's pairing --------------

_STREETS = (
    "澄岚区2026年主要经济社会发展指标分解表\n"
    "指标 | 单位 | 全区目标 | 东城街道 | 西城街道 | 牵头部门 |\n"
    "经营主体净增 | 户 | 3000以上 | 1200以上 | 900以上 | 区市场监管局 |\n"
    "新增城市绿地面积 | 万平方米 | 8.5 | 3 | 3 | 区城市管理局 |\n"
    "注：1.全区目标由牵头部门负责统筹推进；东城街道、西城街道列目标分别由东城街道办事处、西城街道办事处负责落实。\n"
)


def test_a_note_giving_each_place_column_its_own_office_leaves_the_row_s_department_to_the_whole() -> None:
    """…东城街道、西城街道列目标分别由东城街道办事处、西城街道办事处负责落实: each street's column is its office's
    alone; the 牵头部门 column answers for the 全区目标 column only."""
    found = {quote: (lead, support) for quote, lead, support in _units(_STREETS)}
    assert found["经营主体净增 | 户 | 3000以上"] == (("区市场监管局",), ())
    assert found["经营主体净增 | 户 | 3000以上 | 1200以上"] == (("东城街道办事处",), ())
    assert found["新增城市绿地面积 | 万平方米 | 8.5 | 3 | 3"] == (("西城街道办事处",), ())


def test_passing_an_assessment_is_a_milestone_but_an_assessment_as_a_means_is_not() -> None:
    """2024年通过全国学前教育普及普惠县省级评估: passed, a deliverable; 通过第三方评估方式确定…: the means."""
    assert _kinds("2026年目标\n年内通过全国学前教育普及普惠县省级评估。\n") == [
        ("年内通过全国学前教育普及普惠县省级评估", "milestone", None)
    ]
    assert _quotes("2026年目标\n通过第三方评估方式确定补助对象。\n") == []


def test_the_benchmark_pairs_each_key_with_the_draft_nearest_its_quote() -> None:
    """Two cells of a row with the same figure (… | 900以上 | 900以上): the key quoting the first cell pairs with
    the draft of the first cell, not the draft whose quote runs on to the second, which it also lies inside."""
    from planengine.draft.kinds import Described, pair

    first = Described("净增 | 3000以上 | 900以上", "count", ">=", Decimal(900))
    second = Described("净增 | 3000以上 | 900以上 | 900以上", "count", ">=", Decimal(900))
    assert pair([first, second], [second, first]) == [(0, 1), (1, 0)]


# --- the second review's cases ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.推进高效办成1件事改革\n全年新增集成服务事项10个。", ["全年新增集成服务事项10个"]),  # a slogan's 1件事
        ("1.打造10米宽滨河绿道\n新建绿道8公里。", ["新建绿道8公里"]),  # a width naming which greenway
        ("任务名称：新建农村公路50公里\n责任单位：县交通局", ["新建农村公路50公里"]),  # a task named by its target
        ("通过强化项目前期审查，确保项目开工率达到90%。", ["确保项目开工率达到90%"]),  # a review as a means
        ("对吸纳就业人数增加10人以上的企业每户给予补贴5000元。", []),  # a condition, then a flat rate
        ("确保全社会积极配合完成第五次全国经济普查。", ["确保全社会积极配合完成第五次全国经济普查"]),  # no units help
        ("过去五年，全县累计新建学校20所。全县新增就业5000人，今年将继续加大力度。新建公园12个。", []),
    ],
)
def test_the_session_s_rules_leave_these_readings_alone(text: str, expected: list[str]) -> None:
    """What the second review found the session's rules had taken or added, each read as before them."""
    assert _quotes("2026年目标\n" + text + "\n") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "各牵头单位要对照责任分工，会同县发改委，于6月底前制定具体工作方案。",  # a partner, not another subject
        "各牵头单位要认真落实县委部署，于6月底前制定具体工作方案。",
        "县直各部门要于4月底前制定具体工作方案。",  # addressees with their level before them
    ],
)
def test_the_addressed_units_own_plan_whoever_they_work_with(sentence: str) -> None:
    """The addressed units' own work plan stays procedure though they work with an office or follow a body's
    deployment (only a unit opening a clause as its subject, 县政府6月底前制定…, makes it another's)."""
    assert _quotes("2026年重点工作\n" + sentence + "\n") == []


def test_helpers_in_a_sentence_help_with_it_alone_and_not_across_another_unit() -> None:
    """县交通局要…，县公安局要…，县消防救援大队配合…: the helper is the unit's before it (县公安局), not the first's;
    县教育局负责…，县财政局配合…。新增学位800个。: the next sentence is the unit's alone; a sentence after helpers that
    states its own units (…，由县住建局会同县乡村振兴局组织实施。) is theirs."""
    text = (
        "2026年重点工作\n"
        "一、交通。县交通局要新改建农村公路86公里，县公安局要新增交通信号灯30处，县消防救援大队配合开展应急演练。\n"
        "二、教育。县教育局负责新建幼儿园3所，县财政局配合保障经费。新增学位800个。\n"
        "三、住房。由县住建局负责改造城镇老旧小区18个，县供电公司配合完成管线迁改。"
        "农村危房改造完成市下达任务，由县住建局会同县乡村振兴局组织实施。\n"
    )
    found = {quote: (lead, support) for quote, lead, support in _units(text)}
    assert found["新改建农村公路86公里"] == (("县交通局",), ())
    assert found["新增交通信号灯30处"] == (("县公安局",), ("县消防救援大队",))
    assert found["新建幼儿园3所"] == (("县教育局",), ("县财政局",))
    assert found["新增学位800个"] == (("县教育局",), ())
    assert found["改造城镇老旧小区18个"] == (("县住建局",), ("县供电公司",))
    assert found["农村危房改造完成市下达任务"] == (("县住建局",), ("县乡村振兴局",))


def test_places_gained_in_the_middle_of_a_list_are_relative() -> None:
    """…20家、综合排名上升3位、…10家: each part of the list read once, the gain relative."""
    text = "2026年目标\n新增规上企业20家、综合排名上升3位、新增高新技术企业10家。\n"
    assert [(t.kind, t.value) for t in draft_spec(text, year=2026).targets] == [
        ("count", Decimal(20)),
        ("relative", None),
        ("count", Decimal(10)),
    ]


def test_a_supervising_office_s_label_is_not_read_as_helpers() -> None:
    """监督单位 may name a discipline office (县纪委监委), 指导单位 a higher level: only 监管单位 helps."""
    text = "2026年民生实事\n序号 | 项目 | 实施单位 | 监督单位\n1 | 新建公厕12座 | 县城管局 | 县纪委监委\n"
    [target] = draft_spec(text, year=2026).targets
    assert "县纪委监委" not in target.support


# --- a note giving each kind of target the office that guides it -------------------------------------

_VILLAGES = (
    "青屿镇2026年村级目标任务\n"
    "一、东岗村\n"
    "1.村集体经营性收入达到46万元以上，增长17%以上。\n"
    "2.粮食播种面积稳定在6200亩以上。\n"
    "3.生活垃圾分类覆盖率达到95%。\n"
    "4.安全生产事故控制在零起。\n"
    "以上目标由东岗村村民委员会负责落实。\n"
    "二、考核指导\n"
    "各类目标任务由镇相关办公室分类指导：村集体经营性收入、土地流转等集体经济类目标，由镇经济发展办公室指导；"
    "粮食生产、高标准农田等农业生产类目标，由镇农业农村服务中心指导；路灯、垃圾分类、户厕和美丽乡村创建等"
    "人居环境和基础设施类目标，由镇村镇建设办公室指导；信访、安全生产等平安建设类目标，由镇综治中心指导。\n"
)


def test_a_note_of_guiding_offices_by_kind_of_target_gives_each_target_its_helper() -> None:
    """…村集体经营性收入、土地流转等集体经济类目标，由镇经济发展办公室指导；粮食生产、…等农业生产类目标，由…指导: each
    target above whose sentence names a part's topic takes that office as a helper, its own body still leading;
    the kinds the note lists are no target."""
    found = {quote: (lead, support) for quote, lead, support in _units(_VILLAGES)}
    assert found["村集体经营性收入达到46万元以上"] == (("东岗村村民委员会",), ("镇经济发展办公室",))
    assert found["增长17%以上"] == (("东岗村村民委员会",), ("镇经济发展办公室",))
    assert found["粮食播种面积稳定在6200亩以上"][1] == ("镇农业农村服务中心",)
    assert found["生活垃圾分类覆盖率达到95%"][1] == ("镇村镇建设办公室",)
    assert found["安全生产事故控制在零起"][1] == ("镇综治中心",)
    assert not any(quote.endswith("类目标") for quote in found)


def test_no_accident_at_all_is_a_ceiling_of_none() -> None:
    """安全生产事故控制在零起: none, a ceiling of 0."""
    [target] = draft_spec("2026年目标\n安全生产事故控制在零起。\n", year=2026).targets
    assert (target.kind, target.comparator, target.value) == ("ceiling", "<=", Decimal(0))


@pytest.mark.parametrize("sentence", ["完成年度投资.2亿元。", "完成技能培训人。", "建成后可新增学位个。"])
def test_a_figure_the_page_blanked_is_no_target(sentence: str) -> None:
    """完成年度投资.2亿元 (all but the decimals blanked), 完成技能培训人 (the number gone): no figure to reach."""
    assert _quotes("2026年目标\n" + sentence + "\n") == []


@pytest.mark.parametrize(
    "sentence", ["对就业困难人员给予每人每月200元岗位补贴。", "90周岁及以上老年人为每人每月300元。"]
)
def test_a_rate_paid_each_written_before_its_word_or_alone_is_no_target(sentence: str) -> None:
    """给予每人每月200元岗位补贴 (the rate before 补贴), …为每人每月300元 (the rate alone): what each is paid."""
    assert _quotes("2026年目标\n" + sentence + "\n") == []
