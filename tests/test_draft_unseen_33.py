"""Shapes of plans the thirty-third session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planengine.draft import draft_spec
from planengine.draft.responsibility import offices_of_people


def _units(text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=2026).targets}


# --- a space-separated table's row going on, indented, with its units cell blank -------------------

_SPACED_REST = (
    "东川县2026年重点工作推进方案\n"
    "序号    工作任务    目标要求    责任单位    完成时限\n"
    "1    园区扩区    完成园区扩区调规报批    县工信局*、县自然资源局    2026年6月底\n"
    "            新增标准化厂房8万平方米        2026年10月底\n"
    "2    学校建设    县第三实验小学建成投用    县教体局*    2026年8月底\n"
    "            新增义务教育学位1350个        2026年9月底\n"
    "3    高标准农田    新建高标准农田2.3万亩    县农业农村局*、县财政局    2026年11月底\n"
)


def test_an_indented_line_with_a_deadline_and_no_units_goes_on_with_the_row_above() -> None:
    """A line under a row, indented, holding a target and a deadline with a run of blanks where the units
    cell would be, is the rest of that row: its target is the row's, and the row's units answer for it
    (the starred unit leading)."""
    found = _units(_SPACED_REST)
    assert found["新增标准化厂房8万平方米"] == (("县工信局",), ("县自然资源局",))
    assert found["新增义务教育学位1350个"] == (("县教体局",), ())
    assert found["新建高标准农田2.3万亩"] == (("县农业农村局",), ("县财政局",))


def test_an_indented_line_whose_cells_break_the_header_s_order_is_not_the_row_s_rest() -> None:
    """A date before the text (2026年10月底 … 新增…) fits no column order of the header: the line is not
    put under the row's columns, and its text takes none of the row's units; the row above keeps its own."""
    text = _SPACED_REST.replace(
        "            新增标准化厂房8万平方米        2026年10月底",
        "            2026年10月底        新增标准化厂房8万平方米",
    )
    found = _units(text)
    assert found.get("新增标准化厂房8万平方米", ((), ())) == ((), ())
    assert found["完成园区扩区调规报批"] == (("县工信局",), ("县自然资源局",))


# --- what is no target: the plan's own indicators, who answers ------------------------------------

_SHARED_OUT = (
    "檀林县人民政府关于下达2026年主要指标的通知\n"
    "现将粮食播种面积、新建高标准农田、新增经营主体三项主要指标分解下达到各乡镇，请认真抓好落实。\n"
    "一、指标分解\n"
    "全县新建高标准农田2.3万亩。表中各乡镇一行所列指标，分别由东坝镇人民政府、西岭乡人民政府、南山镇人民政府负责完成。\n"
    "二、强化考核\n"
    "三项指标完成情况纳入乡镇年度综合考核。全年新增经营主体1200户。\n"
)


def test_the_plan_counting_the_indicators_it_shares_out_or_assesses_is_no_target() -> None:
    """三项主要指标分解下达到各乡镇 and 三项指标完成情况纳入…考核 count the plan's own indicators; the
    indicators themselves stay targets."""
    quotes = set(_units(_SHARED_OUT))
    assert not any("三项" in quote for quote in quotes)
    assert {"全县新建高标准农田2.3万亩", "全年新增经营主体1200户"} <= quotes


def test_a_clause_saying_only_who_answers_is_no_milestone() -> None:
    """分别由甲镇人民政府、乙乡人民政府…负责完成 says who answers for what the sentence stated before;
    it delivers nothing of its own."""
    assert not any(quote.startswith("分别由") for quote in _units(_SHARED_OUT))


# --- a level raised by so much of its own measure -------------------------------------------------


def _kinds(text: str) -> dict[str, tuple[str, str | None]]:
    return {t.quote: (t.kind, t.comparator) for t in draft_spec(text, year=2026).targets}


def test_a_level_raised_by_an_amount_of_its_measure_is_relative() -> None:
    """A standard, a per-mu yield, a grade or a life expectancy raised by so much (提高100斤左右, 提高10元,
    提升0.5个等级以上, 较上年提高0.2岁) is a change against the level now: relative, as the rule book orders
    the kinds (relative before approximate); a whole's new area or count stays what it is."""
    found = _kinds(
        "某县2026年工作要点\n"
        "1.建成后亩均粮食产能提高100斤左右。\n"
        "2.城乡重度残疾人护理补贴标准提高10元。\n"
        "3.项目区耕地质量等级平均提升0.5个等级以上。\n"
        "4.人均预期寿命较上年提高0.2岁。\n"
        "5.推进高标准农田改造提升3000亩。\n"
        "6.全县粮食产能提高20万吨。\n"
    )
    assert found["建成后亩均粮食产能提高100斤左右"] == ("relative", "approx")
    assert found["城乡重度残疾人护理补贴标准提高10元"][0] == "relative"
    assert found["项目区耕地质量等级平均提升0.5个等级以上"][0] == "relative"
    assert found["人均预期寿命较上年提高0.2岁"][0] == "relative"
    assert found["推进高标准农田改造提升3000亩"][0] == "amount"
    assert found["全县粮食产能提高20万吨"][0] == "amount"


def test_an_age_that_says_whom_stays_no_target_beside_a_life_expectancy_raised() -> None:
    """为全县65岁以上老年人免费体检 names whom by their age; a life expectancy raised by years is a target."""
    quotes = set(_kinds("某县2026年工作要点\n1.为全县65岁以上老年人免费体检。\n2.人均预期寿命较上年提高0.5岁。\n"))
    assert "人均预期寿命较上年提高0.5岁" in quotes
    assert not any("65岁" in quote for quote in quotes)


@given(
    st.sampled_from(["城乡低保标准每人每月", "高龄补贴月人均标准", "亩均粮食产能", "大豆单产"]),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["元", "公斤", "斤"]),
    st.sampled_from(["", "以上", "左右"]),
)
def test_any_level_raised_by_an_amount_is_relative_with_its_comparator(
    level: str, figure: int, measure: str, suffix: str
) -> None:
    """Whatever the level, figure, measure and bound, the raise is relative, its comparator the bound's."""
    clause = f"{level}提高{figure}{measure}{suffix}"
    found = _kinds(f"某县2026年工作要点\n1.{clause}。\n")
    assert found[clause] == ("relative", {"": "=", "以上": ">=", "左右": "approx"}[suffix])


# --- figures in words, bounds and base years ------------------------------------------------------


def _read(sentence: str) -> list[tuple[str, str, str | None, object, object]]:
    spec = draft_spec("某县2026年工作要点\n一、" + sentence + "\n", year=2026)
    return [(t.quote, t.kind, t.comparator, t.value, t.value_high) for t in spec.targets]


def test_a_span_of_two_shares_in_words_is_a_range() -> None:
    """百分之八十五至百分之八十八 is 85%-88%, as 85%至88% is: a range between the two."""
    assert _read("县城区空气质量优良天数比例保持在百分之八十五至百分之八十八。") == [
        (
            "县城区空气质量优良天数比例保持在百分之八十五至百分之八十八",
            "range",
            "between",
            Decimal("0.85"),
            Decimal("0.88"),
        )
    ]


def test_a_first_sentence_stating_a_multiple_in_words_is_read_before_a_remark_on_its_base() -> None:
    """5.县域农产品网络零售额比2025年翻一番。2025年全县…为三点二亿元。: the item's first sentence states a target
    (a multiple, or a figure in words: 新建…一百二十个), not a label; the base year's level after it is no target."""
    spec = draft_spec(
        "某县2026年工作要点\n"
        "5.县域农产品网络零售额比2025年翻一番。2025年全县农产品网络零售额为3.2亿元。（牵头单位：县商务局）\n"
        "6.新建村级养老服务站一百二十个。其中六月底前建成四十个。（牵头单位：县民政局）\n",
        year=2026,
    )
    quotes = {t.quote: t.kind for t in spec.targets}
    assert quotes["县域农产品网络零售额比2025年翻一番"] == "relative"
    assert quotes["新建村级养老服务站一百二十个"] == "count"


def test_a_floor_and_a_ceiling_of_one_measure_side_by_side_are_one_range() -> None:
    """不低于1.2万头、不高于1.5万头: one range; a floor of one measure and a ceiling of another stay two."""
    assert _read("能繁母猪存栏量不低于1.2万头、不高于1.5万头。") == [
        ("能繁母猪存栏量不低于1.2万头、不高于1.5万头", "range", "between", Decimal(12000), Decimal(15000))
    ]
    assert [kind for _, kind, *_ in _read("新增就业不少于3000人，城镇调查失业率不高于5.5%。")] == ["count", "ceiling"]


def test_a_cut_from_a_base_year_said_of_each_is_relative() -> None:
    """PM2.5浓度比2020年分别下降20%和15%: each is a cut against 2020's level, relative, not a year's growth."""
    assert [(kind, comparator) for _, kind, comparator, *_ in _read("PM2.5浓度比2020年分别下降20%和15%。")] == [
        ("relative", "="),
        ("relative", "="),
    ]


def test_plenary_sessions_listed_are_no_counts() -> None:
    """市委六届二次、三次、四次、五次全会精神 names sessions; a count of inspections in the same sentence stays."""
    assert [quote for quote, *_ in _read("认真落实市委六届二次、三次、四次、五次全会精神，全年开展执法检查3次。")] == [
        "全年开展执法检查3次"
    ]


def test_a_flat_award_in_words_is_no_target() -> None:
    """每家一次性奖补五千元 is the rate each farm is paid, in words as in figures; the loans' total stays."""
    assert [quote for quote, *_ in _read("发放创业担保贷款一点二亿元，对新认定的家庭农场每家一次性奖补五千元。")] == [
        "发放创业担保贷款一点二亿元"
    ]


def test_a_site_s_disclaimer_is_no_milestone() -> None:
    """(本网站所发布文章只作为信息传播使用,不代表本网观点) under a page is the site's, not the plan's."""
    spec = draft_spec(
        "某县2026年工作要点\n新建公园3个。\n(本网站所发布文章只作为信息传播使用,不代表本网观点)\n", year=2026
    )
    assert [t.quote for t in spec.targets] == ["新建公园3个"]


# --- a condition ended, as the state the year reaches ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "全市消除重污染天气。",
        "基本消除劣Ⅴ类水体。",
        "农村黑臭水体基本消除。",
        "全面消除D级危房。",
        "基本消除全区住宅老旧电梯安全隐患。",
    ],
)
def test_a_condition_ended_is_a_milestone_undated(sentence: str) -> None:
    """基本消除劣Ⅴ类水体 with no date is still the state the plan's year is to reach: a milestone."""
    assert [(kind, comparator) for _, kind, comparator, *_ in _read(sentence)] == [("milestone", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "及时消除安全隐患。",  # work that goes on
        "加强排查,消除安全隐患。",
        "建立消除城镇普通中小学大班额长效机制。",  # a mechanism, not the state
        "消除汛期对施工的影响。",  # the means to an end
        "推进劣Ⅴ类河道消除治理项目。",
    ],
)
def test_ending_as_work_or_means_is_no_milestone(sentence: str) -> None:
    assert _read(sentence) == []


# --- caps on grants and the plan's enforcement ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "单个项目最高不超过50万元。",  # a cap on each grant
        "单笔奖励标准最高30万元。",
        "创业担保贷款个人最高额度仍为30万元。",
        "最高时速可达120公里。",  # a thing's top speed
        "对年度投资完成率低于80%的项目约谈牵头单位主要负责人。",  # who is held to account
    ],
)
def test_a_cap_a_top_speed_and_enforcement_are_no_targets(sentence: str) -> None:
    assert _read(sentence) == []


def test_a_year_s_total_of_grants_beside_a_cap_stays() -> None:
    """The total paid out in the year is a target; the cap on each grant after it is not."""
    assert [quote for quote, *_ in _read("全年发放奖补资金500万元，单个项目最高不超过50万元。")] == [
        "全年发放奖补资金500万元"
    ]


# --- a table one cell a line, rows numbered 1., with a star legend ----------------------------------

_STACKED = (
    "岚川区2026年重点工作任务推进计划\n"
    "牵头单位栏中标注“*”的为主牵头单位，同栏其他单位负责配合；牵头单位栏空白的，与上一项任务相同。\n"
    "序号\n重点任务\n工作目标\n牵头单位\n完成时限\n"
    "1.\n稳住经济基本盘\n地区生产总值增长5.5%左右。\n区发改局\n2026年12月底\n"
    "2.\n完善基层医疗服务\n建成社区卫生服务中心2家。\n*区卫健委、区医保分局\n2026年10月底\n"
    "3.\n发展普惠托育服务\n新增普惠性托位300个左右。\n\n2026年12月底\n"
    "4.\n健全养老服务体系\n新建长者食堂8家。\n区民政局\n2026年11月底\n"
)


def test_a_table_one_cell_a_line_whose_rows_are_numbered_with_a_mark_is_read_by_its_columns() -> None:
    """1. / 任务 / 目标 / 单位 / 时限: each row's number may carry its mark; the units cell answers for the row,
    the star leading and the rest of its cell helping (同栏其他单位负责配合), and a blank units cell takes the
    row above's."""
    found = _units(_STACKED)
    assert found["地区生产总值增长5.5%左右"] == (("区发改局",), ())
    assert found["建成社区卫生服务中心2家"] == (("区卫健委",), ("区医保分局",))
    assert found["新增普惠性托位300个左右"] == (("区卫健委",), ("区医保分局",))
    assert found["新建长者食堂8家"] == (("区民政局",), ())


# --- where things stand, then what is left to do -----------------------------------------------------


def test_what_is_left_after_where_things_stand_is_the_plan_s() -> None:
    """截至目前已完成课桌椅配备4600套，年底前再完成3400套，全年完成8000套以上: what is done so far is no target;
    what is still to be done by the year's end, and the year's whole, are."""
    assert [
        (quote, kind)
        for quote, kind, *_ in _read("截至目前已完成课桌椅配备4600套，年底前再完成3400套，全年完成8000套以上。")
    ] == [
        ("年底前再完成3400套", "milestone"),
        ("全年完成8000套以上", "count"),
    ]
    assert _read("截至6月底已完成整改11项，完成率57.9%。") == []


def test_a_plan_filed_with_the_government_by_a_date_is_no_milestone() -> None:
    """由牵头单位会同相关单位制定专项推进方案，于3月15日前报区政府备案: the plan's own paperwork."""
    assert _read("由牵头单位会同相关单位制定专项推进方案，于3月15日前报区政府备案。") == []


# --- a partner opening a part of a unit's paragraph -------------------------------------------------


def test_a_partner_opening_a_part_after_a_semicolon_helps_with_that_part_alone() -> None:
    """区发改局：…；会同区统计局，推动…58.5%以上；力争新开工…40个。: 区统计局 helps with its part, to the ; and
    no further; the paragraph's other parts are 区发改局's alone."""
    found = _units(
        "澜湾区2026年重点工作分工方案\n"
        "区发改局：全区地区生产总值增长6%左右；会同区统计局，推动服务业增加值占地区生产总值比重达到58.5%以上；"
        "力争新开工亿元以上项目40个；6月底前完成区级重点专项规划编制。\n"
    )
    assert found["推动服务业增加值占地区生产总值比重达到58.5%以上"] == (("区发改局",), ("区统计局",))
    assert found["力争新开工亿元以上项目40个"] == (("区发改局",), ())
    assert found["全区地区生产总值增长6%左右"] == (("区发改局",), ())


def test_work_items_listed_in_quotes_are_read_each_on_its_own() -> None:
    """十大民生实事项目包括:“新建23公里碧道”、“新建3所公办幼儿园”、“新建联俄渡口大桥”等: each quoted item is a piece of
    work and read as a clause; quoted names and slogans (“四好农村路”、“厕所革命”) stay names."""
    spec = draft_spec(
        "某县2021年十大民生实事\n"
        "代表票决选出的十大民生实事项目包括:“新建23公里碧道”、“新建3所公办幼儿园”、“新建联俄渡口大桥”等。\n"
        "深入推进“四好农村路”、“厕所革命”、“美丽乡村”建设。\n",
        year=2021,
    )
    assert [(t.quote, t.kind) for t in spec.targets] == [
        ("新建23公里碧道", "amount"),
        ("新建3所公办幼儿园", "count"),
        ("新建联俄渡口大桥", "milestone"),
    ]


def test_a_new_town_named_in_a_lead_column_leads() -> None:
    """临平新城 under 牵头单位 is the new town's committee, a unit as 开发区 and 新区 are."""
    found = _units(
        "2018年工作任务分解表\n"
        "序号 | 重点工作任务 | 牵头领导 | 牵头单位 |\n"
        "1 | 临平新城要设立大学生创业园,力争引进国家级领军人才2名。 | 祝振伟 | 临平新城 |\n"
        "2 | 余杭经济技术开发区力争规模工业增加值增长10%。 | 张三 | 余杭经济技术开发区 |\n"
    )
    assert found["力争引进国家级领军人才2名"] == (("临平新城",), ())


def test_a_plan_s_words_quoted_after_a_report_are_read() -> None:
    """目前,…正加快推进,计划“二季度开工率达75%,三季度全部开工”: the sentence reports where things stand up to 计划;
    the plan's words after it, quoted, are read clause by clause."""
    spec = draft_spec(
        "南通市2022年重大项目\n目前，南通市13个百亿级项目正加快推进，计划“二季度开工率达75%,三季度全部开工”。\n",
        year=2022,
    )
    assert [(t.quote, t.kind) for t in spec.targets] == [
        ("二季度开工率达75%", "milestone"),
        ("三季度全部开工", "milestone"),
    ]


# --- a notice revising its targets --------------------------------------------------------------------


def test_a_revised_target_replaces_the_old_one() -> None:
    """将原第3项目标由“新建城市公园3个”调整为“新建城市公园2个、改造提升口袋公园6个”: the old target is none now; the new
    one is read, its parts each a target. A table's 原目标 column likewise gives no target beside 调整后目标."""
    spec = draft_spec(
        "岑阳县关于调整2026年民生实事部分目标任务的通知\n"
        "一、将原第3项目标由“新建城市公园3个”调整为“新建城市公园2个、改造提升口袋公园6个”。\n"
        "序号 | 原目标 | 调整后目标 | 责任单位\n"
        "1 | 新增公办幼儿园学位600个 | 新增公办幼儿园学位450个 | 县教育局\n",
        year=2026,
    )
    assert [(t.quote, t.value) for t in spec.targets] == [
        ("新建城市公园2个", Decimal(2)),
        ("改造提升口袋公园6个", Decimal(6)),
        ("新增公办幼儿园学位450个", Decimal(450)),
    ]


# --- a subset in brackets, units after a dash ---------------------------------------------------------


def test_a_subset_in_brackets_opened_by_han_is_a_target_of_its_own() -> None:
    """新增就业300人（含返乡创业50人）: the subset counted within is a target, as (其中…) gives one."""
    assert [
        (quote, value)
        for quote, _, _, value, _ in _read("新增就业300人（含返乡创业50人），城镇登记失业率控制在3%以内。")
    ] == [
        ("新增就业300人", Decimal(300)),
        ("返乡创业50人", Decimal(50)),
        ("城镇登记失业率控制在3%以内", Decimal("0.03")),
    ]


def test_units_after_a_dash_may_name_villages_and_a_civil_affairs_office() -> None:
    """——镇农业农村办、各村 and ——镇社会事务办、镇民政所 close their lines with units, the first leading where the
    document says so (排列首位的为牵头单位); 各村 and 各村（社区） name the villages at once."""
    found = _units(
        "青禾镇2026年重点工作计划\n"
        "各项末尾破折号后列明责任单位，排列首位的为牵头单位，其余为配合单位。\n"
        "6.粮食播种面积稳定在4.3万亩以上。——镇农业农村办、各村\n"
        "14.新建村级养老服务站2个。——镇社会事务办、镇民政所\n"
        "21.化解信访积案5件以上。——镇综治中心、镇司法所、各村（社区）\n"
    )
    assert found["粮食播种面积稳定在4.3万亩以上"] == (("镇农业农村办",), ("各村",))
    assert found["新建村级养老服务站2个"] == (("镇社会事务办",), ("镇民政所",))
    assert found["化解信访积案5件以上"] == (("镇综治中心",), ("镇司法所", "各村（社区）"))


# --- a radius naming the measure, a forecast, a report sent, a density's later stages ----------------


def test_a_radius_in_a_measure_s_name_is_no_target() -> None:
    """公交站点500米覆盖率2026年达到98%: the 500 m name the coverage measured; the share is the target."""
    assert [(quote, kind) for quote, kind, *_ in _read("公交站点500米覆盖率2026年达到98%。")] == [
        ("公交站点500米覆盖率2026年达到98%", "ratio")
    ]


def test_what_is_expected_to_come_is_no_target() -> None:
    """全市城市更新累计投资有望超过500亿元: a forecast (有望), no target set; a target beside it stays."""
    assert [quote for quote, *_ in _read("新建停车泊位800个，全市城市更新累计投资有望超过500亿元。")] == [
        "新建停车泊位800个"
    ]


def test_a_dated_report_and_nothing_else_is_no_milestone() -> None:
    """年底前报送全年完成情况: a report sent by a date, the plan's upkeep."""
    assert _read("各牵头单位要细化工作措施，年底前报送全年完成情况。") == []


def test_a_density_s_later_years_stay_densities() -> None:
    """每千人口拥有3岁以下婴幼儿托位数2026年达到4个，2027年达到4.5个: the later year's stage is the same density."""
    assert [kind for _, kind, *_ in _read("每千人口拥有3岁以下婴幼儿托位数2026年达到4个，2027年达到4.5个。")] == [
        "ratio",
        "ratio",
    ]


@pytest.mark.parametrize(
    "sentence",
    ["印发《广东省深化新时代学校体育评价改革方案》。", "推动出台《广东省母婴保健管理条例(修订)》。"],
)
def test_a_document_named_in_full_issued_is_a_milestone(sentence: str) -> None:
    """印发《…方案》, 出台《…条例(修订)》: a document issued, however long its name; the notice's own 现将《…》印发给你们
    is not."""
    assert [kind for _, kind, *_ in _read(sentence)] == ["milestone"]
    assert _read("现将《某县2026年工作要点》印发给你们。") == []


def test_a_plan_filed_with_a_town_office_is_no_milestone() -> None:
    """于1月20日前报镇党政办备案: filed with the town's office, as 报县政府督查室 is."""
    assert _read("各村要制定具体方案，于1月20日前报镇党政办备案。") == []


def test_a_report_named_before_its_date_is_no_milestone() -> None:
    """全年完成情况于2026年12月20日前报送: the report named first, then its date: the plan's upkeep still."""
    assert _read("各牵头单位按季度报送进展，全年完成情况于2026年12月20日前报送。") == []


def test_a_column_of_progress_so_far_gives_no_targets() -> None:
    """项目名称 | 年度目标 | 1-6月进度 | 责任单位: the half-year's progress is no target (not a milestone due in June);
    the year's target is."""
    spec = draft_spec(
        "某县2026年民生实事推进情况表\n"
        "序号 | 项目名称 | 年度目标 | 1-6月进度 | 责任单位 | 备注 |\n"
        "1 | 城区停车设施 | 新增城区公共停车泊位800个左右。 | 新增泊位310个。 | 县住房城乡建设局 | |\n",
        year=2026,
    )
    assert [(t.quote, t.kind) for t in spec.targets] == [("新增城区公共停车泊位800个左右", "approximate")]


# --- the review's cases: what this session's rules must leave alone ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("农村等级公路总里程增加300公里。", "amount"),  # a whole's length, no level raised
        ("二级以上等级医院增加2家。", "count"),
        ("标准厂房建设面积增加5万平方米。", "amount"),
        ("单产提升带动粮食总产增加1万吨。", "amount"),
        ("政府债务余额最高不超过50亿元。", "ceiling"),  # a real ceiling, no grant's cap
        ("农村公路养护里程最多达120公里。", "ceiling"),
    ],
)
def test_totals_and_ceilings_the_session_s_rules_must_not_take(sentence: str, kind: str) -> None:
    assert [k for _, k, *_ in _read(sentence)] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "推进消除城乡结合部黑臭水体。",
        "组织开展消除艾滋病母婴传播。",
        "配合做好消除疟疾复核。",
        "每年消除一批隐患路段。",
        "全力消除疫情带来的不利冲击。",
        "消除群众安全隐患风险。",
        "深入开展“建设美丽乡村”、“创建文明城市”、“打造特色小镇”三大行动。",
        "全县扎实推进稳岗工作，截至目前，今年新增就业3200人，完成全年目标的80%，城镇登记失业率3.1%。",
        "推进项目建设，截至6月底，计划完成率达52%，完成投资30亿元。",
    ],
)
def test_work_campaigns_and_reports_the_session_s_rules_must_not_read(sentence: str) -> None:
    assert _read(sentence) == []


def test_a_bracket_of_a_word_or_of_who_pays_is_no_subset() -> None:
    """含水率80%, 含中央资金8000万元: a word opening with 含, and who pays, are no subsets of the figure."""
    assert [quote for quote, *_ in _read("全年处置污泥2万吨（含水率80%）。")] == ["全年处置污泥2万吨"]
    assert [quote for quote, *_ in _read("计划投资1.2亿元（含中央资金8000万元）。")] == ["计划投资1.2亿元"]


def test_a_site_s_notice_glued_to_the_plan_s_last_line_leaves_the_line_s_targets() -> None:
    spec = draft_spec(
        "某县2026年工作要点\n新建公园3个，改造道路5公里。（本网站所发布文章只作为信息传播使用,不代表本网观点）\n",
        year=2026,
    )
    assert [t.quote for t in spec.targets] == ["新建公园3个", "改造道路5公里"]


def test_an_indented_line_with_units_of_its_own_is_a_row_of_its_own() -> None:
    """Under a row whose units cell is closed, an indented line naming units of its own is not the row's rest:
    it takes none of the row's units as helpers."""
    text = _SPACED_REST.replace(
        "            新增标准化厂房8万平方米        2026年10月底",
        "            新增标准化厂房8万平方米    县商务局    2026年10月底",
    )
    assert _units(text)["完成园区扩区调规报批"] == (("县工信局",), ("县自然资源局",))


def test_units_after_a_dash_are_not_words_that_open_like_villages() -> None:
    assert _units("某镇2026年计划\n新建公园3个。——各村齐参与\n")["新建公园3个"] == ((), ())


# --- three lists: tasks by number, units by role heading, deadlines by number -------------------------

_THREE_LISTS = (
    "柘川县2026年城乡品质提升“三张清单”\n"
    "一、任务清单\n"
    "  1.农村公路提档。新建改建农村公路45公里。\n"
    "  2.老旧小区改造。实施城镇老旧小区改造12个。\n"
    "  3.停车设施建设。新增城市停车泊位1500个。\n"
    "二、责任清单\n"
    "(一)牵头单位\n"
    "  县交通运输局:第1项\n"
    "  县住房和城乡建设局:第2、3项\n"
    "(二)配合单位\n"
    "  各乡镇人民政府:第1项\n"
    "  国网柘川县供电公司:第3项\n"
    "三、时限清单\n"
    "  第1项:11月底前全面完成农村公路建设。\n"
    "  第2项:3月底前12个小区全部开工。\n"
    "  第3项:9月底前新增停车泊位800个。\n"
    "四、工作要求\n"
    "  三张清单完成情况纳入年度综合考核，考核结果于2027年1月底前公布。各牵头单位6月30日前报送半年工作小结。\n"
)


def test_three_lists_give_each_numbered_task_and_its_deadlines_the_units_listed_by_role() -> None:
    """县交通运输局:第1项 under (一)牵头单位 and 各乡镇人民政府:第1项 under (二)配合单位: item 1 is led by the first,
    helped by the second; 第1项:… in the list of deadlines is item 1 too; the lists' own upkeep is no target."""
    found = _units(_THREE_LISTS)
    assert found["新建改建农村公路45公里"] == (("县交通运输局",), ("各乡镇人民政府",))
    assert found["11月底前全面完成农村公路建设"] == (("县交通运输局",), ("各乡镇人民政府",))
    assert found["实施城镇老旧小区改造12个"] == (("县住房和城乡建设局",), ())
    assert found["新增城市停车泊位1500个"] == (("县住房和城乡建设局",), ("国网柘川县供电公司",))
    assert not any("清单" in quote or "考核结果" in quote or "小结" in quote for quote in found)


def test_an_annex_table_numbered_as_the_items_are_gives_each_item_its_row_s_units() -> None:
    """Items numbered 1 to 5 on through the sections, and an annex table 序号 | 目标 | 牵头单位 numbered 1 to 5: row N
    answers for every target of item N, not only those sharing the row's topic words."""
    found = _units(
        "澜州市2026年创新驱动和民生保障目标\n"
        "（一）创新主体培育\n"
        "1.高新技术企业净增60家，总数累计达到1180家。\n"
        "2.科技型中小企业入库数达到1450家。\n"
        "（二）民生保障\n"
        "3.新增城镇就业4.2万人，城镇调查失业率控制在5.5%以内。\n"
        "4.新增口袋公园30个。\n"
        "5.新增普惠性托位800个。\n"
        "附表\n"
        "序号 | 目标 | 牵头单位\n"
        "1 | 高新技术企业培育 | 市科技局\n"
        "2 | 科技型中小企业入库 | 市科技局\n"
        "3 | 稳定和扩大就业 | 市人力资源社会保障局\n"
        "4 | 城市绿化和口袋公园 | 市城市管理局\n"
        "5 | 普惠托育服务 | 市卫生健康委\n"
    )
    assert found["总数累计达到1180家"] == (("市科技局",), ())
    assert found["城镇调查失业率控制在5.5%以内"] == (("市人力资源社会保障局",), ())
    assert found["新增口袋公园30个"] == (("市城市管理局",), ())


def test_more_on_a_year_s_level_is_read_and_its_item_kept() -> None:
    """3.省级以上研发平台在2025年基础上新增12个: more on the year's level, counted; the numbered item is no look back
    at 2025 (a heading 2025年工作基础 would be)."""
    spec = draft_spec(
        "某市2026年工作要点\n1.高新技术企业净增60家。\n2.科技型中小企业入库数达到1450家。\n"
        "3.省级以上研发平台在2025年基础上新增12个。\n",
        year=2026,
    )
    assert [t.quote for t in spec.targets][-1] == "省级以上研发平台在2025年基础上新增12个"


# --- people named with their offices, lists titled with their lead ------------------------------------


def test_a_person_named_with_an_office_in_a_units_column_gives_the_office() -> None:
    """工作内容 | 责任人及单位 with 张某某（镇经济发展办）: the office answers; a unit with its other name in brackets
    (市财政局(国资委)) or 各乡镇(街道) is no person."""
    found = _units(
        "石湾镇2026年重点工作任务清单\n一、经济发展\n工作内容 | 责任人及单位 |\n"
        "1.全年完成固定资产投资8.5亿元。 | 张某某（镇经济发展办） |\n"
        "2.一般公共预算收入增长5%左右。 | 刘某某（镇财政所） |\n"
        "3.新增规上工业企业2家。 | 张某某（镇经济发展办） |\n"
    )
    assert found["全年完成固定资产投资8.5亿元"] == (("镇经济发展办",), ())
    assert found["一般公共预算收入增长5%左右"] == (("镇财政所",), ())
    assert offices_of_people("市财政局(国资委)") == "市财政局(国资委)"
    assert offices_of_people("各乡镇(街道)") == "各乡镇(街道)"


def test_a_list_s_title_with_its_lead_leads_the_items_after_it() -> None:
    """附件1 / 2026年城市更新重点任务清单 / （牵头单位：市住房和城乡建设局） / 1.… 2.…: the title's lead leads each item,
    an item's bracket of helpers helping it; the next titled list its own."""
    found = {t.quote: (t.lead, t.support) for t in draft_spec(_TITLED_LISTS, year=2026).targets}
    assert found["新开工改造城镇老旧小区68个"] == (("市住房和城乡建设局",), ("市财政局", "各区人民政府"))
    assert found["新增城市停车泊位5000个"] == (("市住房和城乡建设局",), ())
    assert found["城镇新增就业4.5万人"] == (("市人力资源和社会保障局",), ())


_TITLED_LISTS = (
    "澄阳市2026年民生领域重点任务清单\n\n附件1\n\n2026年城市更新重点任务清单\n\n（牵头单位：市住房和城乡建设局）\n\n"
    "1.新开工改造城镇老旧小区68个。（配合单位：市财政局，各区人民政府）\n\n2.新增城市停车泊位5000个。\n\n附件2\n\n"
    "2026年就业和社会保障重点任务清单\n\n（牵头单位：市人力资源和社会保障局）\n\n1.城镇新增就业4.5万人。\n\n"
    "2.开展补贴性职业技能培训3万人次。（配合单位：市教育局）\n"
)


def test_the_next_point_counted_ends_a_look_back_at_last_year() -> None:
    """一是改造…23个，在去年完成19个的基础上继续扩面…；二是新建城区口袋公园6处…: last year named in the first point reports
    nothing of the second, which opens a task of its own."""
    quotes = [
        quote
        for quote, *_ in _read(
            "一是改造城镇老旧小区23个，在去年完成19个的基础上继续扩面；二是新建城区口袋公园6处，新增公共停车泊位600个以上。"
        )
    ]
    assert quotes == ["改造城镇老旧小区23个", "新建城区口袋公园6处", "新增公共停车泊位600个以上"]


# --- the second review's cases --------------------------------------------------------------------------


def test_circled_items_beside_a_numbered_annex_table_do_not_fail_the_draft() -> None:
    spec = draft_spec(
        "某市2026年民生保障目标\n一、民生保障\n①新增城镇就业4.2万人。\n②新增口袋公园30个。\n③新增普惠性托位800个。\n附件\n"
        "序号 | 目标 | 牵头单位\n1 | 稳定和扩大就业 | 市人力资源社会保障局\n2 | 城市绿化和口袋公园 | 市城市管理局\n"
        "3 | 普惠托育服务 | 市卫生健康委\n",
        year=2026,
    )
    # (read by topic, as before the numbered-table rule: the circled items are no numbers 1 to 3)
    assert {t.quote: t.lead for t in spec.targets}["新增口袋公园30个"] == ("市城市管理局",)


def test_a_numbered_annex_table_whose_rows_name_other_items_is_read_by_topic() -> None:
    """Rows numbered 1 to 3 whose topics are items 3, 1 and 2: each item goes by its words, not its number."""
    found = _units(
        "某市2026年目标\n1.新增城镇就业4.2万人。\n2.新增口袋公园30个。\n3.新增普惠性托位800个。\n附件\n"
        "序号 | 目标 | 牵头单位\n1 | 普惠托育服务托位建设 | 市卫生健康委\n2 | 城镇就业稳定扩大 | 市人力资源社会保障局\n"
        "3 | 口袋公园建设 | 市城市管理局\n"
    )
    assert found["新增城镇就业4.2万人"] == (("市人力资源社会保障局",), ())
    assert found["新增普惠性托位800个"] == (("市卫生健康委",), ())


def test_worded_and_bare_duty_lines_under_role_headings_make_one_row_a_number() -> None:
    found = _units(
        "柘川县2026年三张清单\n一、任务清单\n1.新建改建农村公路45公里。\n2.实施老旧小区改造12个。\n3.新增停车泊位1500个。\n"
        "二、责任清单\n（一）牵头单位\n县交通运输局:第1项\n县住建局:第2、3项\n（二）配合单位\n各乡镇人民政府:配合第1项\n"
    )
    assert found["新建改建农村公路45公里"] == (("县交通运输局",), ("各乡镇人民政府",))


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        ("张某某（镇经济发展办）、镇财政所", "镇经济发展办、镇财政所"),
        ("张某某、李某某（镇建设办）", "镇建设办"),
        ("公安(交警大队)", "公安(交警大队)"),
        ("城管（综合执法局）", "城管（综合执法局）"),
        ("市财政局(国资委)", "市财政局(国资委)"),
    ],
)
def test_people_named_with_their_offices_give_the_offices_and_nothing_else_changes(cell: str, read: str) -> None:
    assert offices_of_people(cell) == read


def test_a_schedule_of_quarter_columns_stays_one_and_a_lone_progress_column_is_none() -> None:
    """一季度进度 | 二季度进度 | 三季度进度 | 四季度进度: a plan's schedule, each a milestone; 1-6月进度 alone: progress so
    far."""
    spec = draft_spec(
        "某县2026年重点项目推进计划\n序号 | 项目名称 | 年度目标 | 一季度进度 | 二季度进度 | 三季度进度 | 四季度进度 | 责任单位\n"
        "1 | 城东学校 | 建成教学楼2栋 | 完成选址 | 开工建设 | 主体完工 | 建成投用 | 县教育局\n",
        year=2026,
    )
    assert [(t.quote, t.kind) for t in spec.targets] == [
        ("建成教学楼2栋", "count"),
        ("完成选址", "milestone"),
        ("开工建设", "milestone"),
        ("主体完工", "milestone"),
        ("建成投用", "milestone"),
    ]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("全年新发放第三代社会保障卡3万张任务分解到各乡镇。", "全年新发放第三代社会保障卡3万张任务分解到各乡镇"),
        ("培育有望上市企业10家。", "培育有望上市企业10家"),
    ],
)
def test_deliveries_the_session_s_own_count_and_forecast_rules_must_keep(sentence: str, quote: str) -> None:
    assert [q for q, *_ in _read(sentence)] == [quote]


def test_items_worded_on_a_year_s_level_are_no_look_back() -> None:
    quotes = [
        t.quote
        for t in draft_spec(
            "某县2026年工作要点\n1.高新技术企业净增60家。\n2.在2025年基础上新增5个工作站。\n3.在2025年工作基础上，新增城镇就业3000人。\n",
            year=2026,
        ).targets
    ]
    assert "在2025年基础上新增5个工作站" in quotes and "新增城镇就业3000人" in quotes


def test_a_task_row_with_a_blank_units_cell_is_no_group_heading() -> None:
    """4.6月底前完成…提标改造，日处理能力提升至3000吨。 |  | under 工作内容 | 责任人及单位: a task whose units cell is blank
    (merged with the row above), not a heading over the rows after it; it takes the row above's units."""
    found = _units(
        "石湾镇2026年重点工作任务清单\n一、经济发展\n工作内容 | 责任人及单位 |\n"
        "1.全年完成固定资产投资8.5亿元。 | 张某某（镇经济发展办） |\n"
        "2.一般公共预算收入增长5%左右。 | 刘某某（镇财政所） |\n"
        "3.6月底前完成污水处理站提标改造，日处理能力提升至3000吨。 |  |\n"
        "4.招引亿元以上项目不少于4个。 | 陈某某（镇招商服务中心） |\n"
    )
    assert found["日处理能力提升至3000吨"] == (("镇财政所",), ())
    assert found["招引亿元以上项目不少于4个"] == (("镇招商服务中心",), ())
