"""Shapes of plans the thirty-first session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

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


# --- who leads: a unit's paragraph and whom it works with ------------------------------------------

_PARAGRAPHS = (
    "二、任务分工\n"
    "市教育局：全市新建中小学和幼儿园18所。会同市财政局实施农村薄弱学校改造提升工程，"
    "9月底前完成42所农村寄宿制学校食堂改造。全市普惠性幼儿园覆盖率达到92%以上。"
    "会同市人力资源和社会保障局公开招聘中小学教师800名左右。\n"
    "市交通运输局：会同市教育局优化农村学生上下学交通保障，全年新开通定制校车线路20条，"
    "农村学校学生校车服务覆盖率达到80%。全年更新农村客运车辆30辆。\n"
    "市委机构编制委员会办公室：会同市教育局、市财政局统筹调剂事业编制200名用于补充中小学教师。\n"
    "各县（市、区）人民政府：义务教育巩固率保持在99%以上。6月底前完成辖区内学校安全隐患排查整治。\n"
)


def test_whom_a_unit_s_paragraph_works_with_helps_with_that_sentence_alone() -> None:
    """市教育局：…。会同市财政局实施…，9月底前完成…。…: the office named after 会同 helps with its own
    sentence (up to the 。), whatever verb follows its name; the paragraph's other sentences are the
    unit's alone. Right after the colon (市交通运输局：会同市教育局优化…，…，…。…) the same holds."""
    found = {quote: (lead, support) for quote, lead, support in _units(_PARAGRAPHS)}
    assert found["全市新建中小学和幼儿园18所"] == (("市教育局",), ())
    assert found["9月底前完成42所农村寄宿制学校食堂改造"] == (("市教育局",), ("市财政局",))
    assert found["全市普惠性幼儿园覆盖率达到92%以上"] == (("市教育局",), ())
    assert found["公开招聘中小学教师800名左右"] == (("市教育局",), ("市人力资源和社会保障局",))
    assert found["全年新开通定制校车线路20条"] == (("市交通运输局",), ("市教育局",))
    assert found["农村学校学生校车服务覆盖率达到80%"] == (("市交通运输局",), ("市教育局",))
    assert found["全年更新农村客运车辆30辆"] == (("市交通运输局",), ())


def test_an_office_named_in_full_and_bodies_of_places_in_brackets_head_their_paragraphs() -> None:
    """市委机构编制委员会办公室：… (an office ending 办公室) and 各县（市、区）人民政府：… (the bracket's 、 part of
    the name) each answer for their own paragraph, not the unit above."""
    found = {quote: (lead, support) for quote, lead, support in _units(_PARAGRAPHS)}
    assert found["统筹调剂事业编制200名用于补充中小学教师"] == (
        ("市委机构编制委员会办公室",),
        ("市教育局", "市财政局"),
    )
    assert found["义务教育巩固率保持在99%以上"] == (("各县（市、区）人民政府",), ())
    assert found["6月底前完成辖区内学校安全隐患排查整治"] == (("各县（市、区）人民政府",), ())


def test_whom_a_unit_works_with_may_be_named_before_a_comma() -> None:
    """区农业农村局：会同各镇人民政府,全年培训…: the bodies before the comma help with that sentence."""
    text = "二、任务分工\n区科协：统筹组织主题活动不少于40场次。\n区农业农村局：会同各镇人民政府,全年培训高素质农民不少于800人。\n"
    assert _units(text) == [
        ("统筹组织主题活动不少于40场次", ("区科协",), ()),
        ("全年培训高素质农民不少于800人", ("区农业农村局",), ("各镇人民政府",)),
    ]


# --- targets -------------------------------------------------------------------------------------


def test_a_rise_in_points_in_a_growth_column_is_a_target_of_its_own() -> None:
    """增幅 | 提高1.4个百分点: the cell says how far the rate rises, a relative target beside the level."""
    text = (
        "一、主要指标\n"
        "序号 | 指标 | 单位 | 2025年基数 | 2026年目标 | 增幅 | 牵头单位 |\n"
        "1 | 常住人口城镇化率 | % | 51.2 | 52.6 | 提高1.4个百分点 | 县住房和城乡建设局 |\n"
        "2 | 地区生产总值 | 亿元 | 186.4 | 200.9 | 7.8% | 县发展和改革局 |\n"
    )
    kinds = _kinds(text)
    assert ("提高1.4个百分点", "relative", "=") in kinds
    points = next(t for t in draft_spec(text, year=2026).targets if t.quote == "提高1.4个百分点")
    assert points.value == Decimal("0.014") and points.lead == ("县住房和城乡建设局",)
    assert any(kind == "ratio" and "常住人口城镇化率" in quote for quote, kind, _ in kinds)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("工业总产值在2025年基础上增长8%", "relative"),  # against the base year's level
        ("住院人次占比在2022年的基础上提高5个百分点", "relative"),
        ("农村居民人均可支配收入在2025年23860元的基础上增长7.5%", "growth-rate"),  # the level stated
    ],
)
def test_a_rise_against_a_base_year_is_relative_unless_the_level_is_stated(sentence: str, kind: str) -> None:
    assert [k for _, k, _ in _kinds(f"2026年目标：{sentence}。\n")] == [kind]


def test_a_cut_of_a_stock_is_relative_to_what_stands() -> None:
    """违法建设存量年内消减30%以上: so much of the stock standing now, not a year's rate of growth."""
    assert _kinds("2026年目标：违法建设存量年内消减30%以上。\n") == [("违法建设存量年内消减30%以上", "relative", ">=")]


def test_a_whole_named_again_before_its_part_gives_the_part_alone() -> None:
    """181个项目中有重大基础设施类61个: the 181 names the whole the part is taken from; not 3所高中."""
    quotes = _quotes("今年新建3所高中,包括2所寄宿制学校。今年重点项目181个项目中有续建项目61个,计划投资461亿元。\n")
    assert "今年新建3所高中" in quotes
    assert [
        t.value for t in draft_spec("今年重点项目181个项目中有续建项目61个,计划投资461亿元。\n", year=2026).targets
    ][:1] == [Decimal("61")]


def test_a_project_named_by_its_size_in_a_list_is_no_target() -> None:
    """重点抓好投资35亿元A、投资10亿元B改造、…等项目: each figure sizes a project named after it (a place
    opening with a numeral, 三门峡, counts nothing); 完成投资35亿元 and 投资20亿元以上的项目5个 are targets."""
    text = (
        "一、重点工作\n重点抓好投资35亿元星能植物电池、投资10亿元骏通车辆智能化改造、投资26亿元三门峡铁路综合物流园等项目。\n"
        "二、年度目标\n全县完成投资35亿元,实施投资20亿元以上的项目5个。\n"
    )
    assert _quotes(text) == ["全县完成投资35亿元", "实施投资20亿元以上的项目5个"]


@pytest.mark.parametrize(
    "opening",
    ["当前,", "近年来,", "据了解,一季度开复工的82个项目中,目前"],
)
def test_where_things_stand_now_reports(opening: str) -> None:
    """当前,…, 近年来,…, …项目中,目前已…: what stands now or recent years gave, the rest of the sentence too."""
    text = f"今年计划新建学校3所。{opening}已有钾肥企业40家,钾肥年产量达680万吨。\n"
    assert _quotes(text) == ["今年计划新建学校3所"]


@pytest.mark.parametrize(
    "clause",
    [
        "新建住宅小区配套幼儿园与首期住宅同步规划、同步建设、同步交付",
        "高标准落实“四督四保”“集中开工”等工作机制",
        "动态调整中小学教职工编制",
        "对反馈的9个方面问题逐项制定整改措施",
        "对工作推进不力、目标任务完成滞后的单位予以通报",
        "各牵头单位于6月底和12月底分别报送半年和全年工作总结",
        "整改完成后10个工作日内提交销号申请材料",
        "组建工作专班",
    ],
)
def test_standing_rules_and_the_plan_s_own_upkeep_are_no_targets(clause: str) -> None:
    assert _quotes(f"一、工作要求\n全年新建幼儿园9所。{clause}。\n") == ["全年新建幼儿园9所"]


def test_in_step_with_growth_stays_relative() -> None:
    """城乡居民收入增长与经济增长基本同步: in step with another's growth (not 同步规划, a manner of building)."""
    assert _kinds("2026年目标：城乡居民收入增长与经济增长基本同步。\n")[0][1] == "relative"


@pytest.mark.parametrize("body", ["市级农商行", "国有人力资源服务公司", "数字经济发展基金", "乡村振兴专家服务团"])
def test_a_body_set_up_is_a_milestone(body: str) -> None:
    """组建市级农商行: a body to be set up, delivered (not 组建…团队, 机组建设)."""
    assert _kinds(f"一、重点工作\n组建{body},有效增加服务供给。\n") == [(f"组建{body}", "milestone", None)]


def test_a_plant_s_unit_built_is_no_body_set_up() -> None:
    assert _quotes("一、重点工作\n提速鑫能热电背压机组建设。组建油茶技术服务团队。\n") == []


@given(st.integers(min_value=2, max_value=9), st.integers(min_value=10, max_value=400))
def test_a_projects_sizes_never_give_targets_whatever_their_figures(count: int, size: int) -> None:
    """However many projects a list sizes, and by what, none of the figures is a target."""
    listed = "、".join(f"投资{size + i}亿元第{i}号产业园" for i in range(1, count + 1))
    assert _quotes(f"一、重点工作\n重点抓好{listed}等项目。\n") == []


@given(st.decimals(min_value=Decimal("0.1"), max_value=Decimal("9.9"), places=1))
def test_a_rise_in_points_keeps_its_figure(points: Decimal) -> None:
    text = (
        "一、主要指标\n序号 | 指标 | 单位 | 2025年基数 | 2026年目标 | 增幅 | 牵头单位 |\n"
        f"1 | 空气质量优良天数比率 | % | 80.1 | 85.3 | 提高{points}个百分点 | 县生态环境分局 |\n"
        "2 | 城镇化率 | % | 51.2 | 63.7 | 提高12.5个百分点 | 县住建局 |\n"
    )
    found = [t for t in draft_spec(text, year=2026).targets if t.quote == f"提高{points}个百分点"]
    assert [(t.kind, t.value) for t in found] == [("relative", points / 100)]


# --- a letter's items helping another office; deadlines shared; reports of the months so far -------


def test_an_item_opening_with_the_office_it_helps_is_led_by_that_office() -> None:
    """乙方（责任单位）：县农业农村局 over 5.配合县水利局新增…: the office helped leads, the letter's unit helps
    (an item opening with its own work, 1.推进…。配合…, keeps its unit leading)."""
    text = (
        "澄渠县2026年度目标责任书\n\n甲方：澄渠县人民政府\n乙方（责任单位）：县农业农村局\n\n三、目标任务\n"
        "（一）粮食\n1.粮食播种面积稳定在42.6万亩以上。\n"
        "2.配合县水利局新增高效节水灌溉面积0.8万亩，6月底前完成年度项目招标。\n"
        "3.配合县生态环境局完成18个行政村生活污水治理。\n"
    )
    assert _units(text) == [
        ("粮食播种面积稳定在42.6万亩以上", ("县农业农村局",), ()),
        ("配合县水利局新增高效节水灌溉面积0.8万亩", ("县水利局",), ("县农业农村局",)),
        ("6月底前完成年度项目招标", ("县水利局",), ("县农业农村局",)),
        ("配合县生态环境局完成18个行政村生活污水治理", ("县生态环境局",), ("县农业农村局",)),
    ]


def test_a_deadline_closing_a_sentence_dates_each_of_its_clauses() -> None:
    """完成背街小巷整治35条，打造市级精品街巷3条（2026年9月底前）: both are due by September; where each
    clause has its own bracket, each keeps its own; a rate held by the year's end stays a rate."""
    text = (
        "二、重点任务\n8.完成背街小巷整治35条，打造市级精品街巷3条（2026年9月底前）。\n"
        "6.建成社区食堂12个（2026年6月底前），社区老年助餐服务覆盖率达到80%以上（2026年12月底前）。\n"
        "14.PM2.5年均浓度控制在32微克/立方米以内，空气质量优良天数比率达到82%（2026年12月底前）。\n"
    )
    kinds = {quote: (kind, comparator) for quote, kind, comparator in _kinds(text)}
    assert kinds["完成背街小巷整治35条"][0] == "milestone"
    assert kinds["打造市级精品街巷3条"][0] == "milestone"
    assert kinds["建成社区食堂12个"][0] == "milestone"
    assert kinds["社区老年助餐服务覆盖率达到80%以上"] == ("ratio", ">=")
    assert kinds["PM2.5年均浓度控制在32微克/立方米以内"] == ("ceiling", "<=")
    assert kinds["空气质量优良天数比率达到82%"][0] == "ratio"


def test_what_a_project_needs_before_it_goes_ahead_is_no_target() -> None:
    assert _quotes("一、要求\n老旧小区改造项目居民同意率须达到三分之二以上方可实施。全年改造小区12个。\n") == [
        "全年改造小区12个"
    ]


@pytest.mark.parametrize(
    "report",
    [
        "据统计,今年1至5月,市重点项目共完成投资169.85亿元,占年度计划的48.5%。其中199个在建重点项目完成投资138.86亿元。",
        "1-5月福建三明重点项目建设完成投资近170亿元\n",
        "2022年以来,省委连续调度推进重大产业项目,累计开工项目超过1万个。一批项目落地投产,成效显现。",
        "全省产业投资占比从2021年的30.6%提高至现在的53.0%,其中,能源投资增长17.4%,农业投资增长10.8%。",
        "全省民间投资增速较年初回升10.1个百分点。",
        "竣工项目如期建成。",
    ],
)
def test_reports_of_the_months_so_far_and_of_the_years_since_give_no_targets(report: str) -> None:
    """据统计,今年1至5月,… (and its 其中), a headline of the months' figures, 2022年以来,… (the paragraph),
    …提高至现在的…,其中,… (the breakdown of where things stand), …较年初回升…: reports, not targets."""
    assert _quotes(f"一、进展\n{report}\n二、目标\n今年计划新建学校3所。\n") == ["今年计划新建学校3所"]


@given(st.integers(min_value=1, max_value=11))
def test_a_closing_deadline_gives_its_month_to_every_clause(month: int) -> None:
    text = f"二、重点任务\n完成背街小巷整治35条，打造市级精品街巷3条（2026年{month}月底前）。\n"
    found = draft_spec(text, year=2026).targets
    assert [t.kind for t in found] == ["milestone", "milestone"]


# --- a units cell with its helpers labelled; zones sharing a committee; members' duties ------------


@pytest.mark.parametrize(
    ("cell", "lead", "support"),
    [
        ("区财政局；配合：区税务局、区自然资源和规划局", ("区财政局",), ("区税务局", "区自然资源和规划局")),
        ("区财政局,配合单位:区税务局", ("区财政局",), ("区税务局",)),
        (
            "区发展和改革委员会；配合：区统计局，经开区、高新区管委会",
            ("区发展和改革委员会",),
            ("区统计局", "经开区、高新区管委会"),
        ),
    ],
)
def test_a_unit_before_its_helpers_label_leads(cell: str, lead: tuple[str, ...], support: tuple[str, ...]) -> None:
    """区财政局；配合：…: the unit named before the helpers' label leads; zones named before the last one's
    committee share it (经开区、高新区管委会 stays one name, as the corpus keeps names joined by 、)."""
    from planengine.draft.responsibility import parse_responsibility

    found = parse_responsibility(cell)
    assert (found.lead, found.support) == (lead, support)


def test_a_note_of_the_item_before_the_helpers_label_is_no_lead() -> None:
    from planengine.draft.responsibility import parse_responsibility

    assert parse_responsibility("教育条目;配合单位:市自然资源和规划局").lead == ()


def test_zones_each_named_with_their_committee_stay_apart() -> None:
    from planengine.draft.responsibility import split_units

    assert split_units("经开区管委会、高新区管委会") == ["经开区管委会", "高新区管委会"]
    assert split_units("经开区、区财政局") == ["经开区", "区财政局"]


def test_a_members_duties_section_of_unit_paragraphs_gives_the_targets_their_units() -> None:
    """五、各成员单位职责 / 县市场监督管理局：负责…充装站安全评估… (lines naming no figure): each unit's duties
    answer for the targets above that they cover."""
    text = (
        "某县2026年城镇燃气安全专项整治行动方案\n\n一、整治内容\n"
        "1.完成瓶装液化石油气充装站安全评估11家。\n"
        "2.为独居老人等特殊群体免费安装燃气泄漏报警器1500户以上。\n"
        "3.完成城镇老旧燃气管道更新改造18.6公里。\n"
        "二、各成员单位职责\n"
        "县住房和城乡建设局：负责专项行动综合协调，牵头实施城镇老旧燃气管道更新改造。\n"
        "县市场监督管理局：负责瓶装液化石油气充装站安全评估和气瓶充装质量监管。\n"
        "县民政局：负责独居老人等特殊群体燃气泄漏报警器安装对象核定和安装组织工作。\n"
    )
    leads = {quote: lead for quote, lead, _ in _units(text)}
    assert leads["完成瓶装液化石油气充装站安全评估11家"] == ("县市场监督管理局",)
    assert leads["为独居老人等特殊群体免费安装燃气泄漏报警器1500户以上"] == ("县民政局",)
    assert leads["完成城镇老旧燃气管道更新改造18.6公里"] == ("县住房和城乡建设局",)


# --- a list of targets by number with the units by number; places' rows each their own government ---


def test_units_given_by_item_number_reach_items_numbered_on_through_sub_headings() -> None:
    """目标清单 (一)1.…3. (二)4.… / 责任清单 第1—3项：X牵头，Y配合: the numbers run on through the sub-headings."""
    text = (
        "一、目标清单\n（一）经济发展\n1．地区生产总值增长6%左右。\n2．规模以上工业增加值增长8%以上。\n"
        "（二）创新驱动\n3．新认定高新技术企业12家。\n4．全社会研发经费投入强度达到2.1%。\n"
        "二、责任清单\n第1—2项：县发展改革局牵头，县统计局配合。\n第3、4项：县科技局牵头，县工业和信息化局配合。\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("县发展改革局",), ("县统计局",)),
        (("县发展改革局",), ("县统计局",)),
        (("县科技局",), ("县工业和信息化局",)),
        (("县科技局",), ("县工业和信息化局",)),
    ]


def test_numbering_restarted_under_each_sub_heading_gives_no_run_of_the_whole() -> None:
    text = (
        "一、目标清单\n（一）经济发展\n1．地区生产总值增长6%左右。\n2．规模以上工业增加值增长8%以上。\n"
        "（二）创新驱动\n1．新认定高新技术企业12家。\n2．全社会研发经费投入强度达到2.1%。\n"
        "二、责任清单\n第3项：县发展改革局牵头。\n第4项：县科技局牵头。\n"
    )
    assert all(lead == () for _, lead, _ in _units(text))


def test_a_note_listing_each_place_s_government_in_turn_gives_each_row_its_own() -> None:
    """表中各乡镇一行所列指标，分别由檀川镇人民政府、石桥镇人民政府负责完成: each township's row its government."""
    text = (
        "二、指标分解\n乡镇 | 粮食播种面积(万亩) | 新建高标准农田(亩)\n檀川镇 | 6.2 | 3000\n石桥镇 | 5.8 | 2500\n"
        "合计 | 12.0 | 5500\n\n三、责任落实\n表中各乡镇一行所列指标，分别由檀川镇人民政府、石桥镇人民政府负责完成，"
        "乡镇人民政府主要负责同志为第一责任人。\n"
    )
    leads = {quote: lead for quote, lead, _ in _units(text)}
    assert [lead for quote, lead in leads.items() if quote.startswith("檀川镇")] == [("檀川镇人民政府",)] * 2
    assert [lead for quote, lead in leads.items() if quote.startswith("石桥镇")] == [("石桥镇人民政府",)] * 2


# --- the reviews' cases: the session's rules kept to what they read ---------------------------------


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "当前,各地要抓住春季施工黄金期,确保全年新建学校3所,改造农村公路120公里。",
            ["确保全年新建学校3所", "改造农村公路120公里"],
        ),
        ("全年新建学校3所,2024年以来,累计建成12所。全县新建公园5个。", ["全年新建学校3所", "全县新建公园5个"]),
        ("力争全市不良贷款率较年初下降0.5个百分点。", ["力争全市不良贷款率较年初下降0.5个百分点"]),
        (
            "全年实施重点项目50个,已全部落实责任单位,其中,新建项目30个,续建项目20个。",
            ["全年实施重点项目50个", "新建项目30个", "续建项目20个"],
        ),
        ("培育10个在市场中有竞争力的农产品品牌。", ["培育10个在市场中有竞争力的农产品品牌"]),
        ("新增救护车九台。", ["新增救护车九台"]),
        ("6月30日前向省林业局提交省级森林城市创建申请。", ["6月30日前向省林业局提交省级森林城市创建申请"]),
    ],
)
def test_the_session_s_report_and_standing_rule_readings_leave_plans_alone(text: str, quotes: list[str]) -> None:
    found = _quotes(f"一、目标\n{text}\n")
    assert all(any(quote in drafted for drafted in found) for quote in quotes), found


def test_a_closing_deadline_leaves_a_rate_and_a_size_qualifier_alone() -> None:
    kinds = {
        quote: kind
        for quote, kind, _ in _kinds(
            "二、任务\n1.新增城镇就业5000人,城镇调查失业率控制在5.5%以内,完成职业技能培训3000人次(2026年6月底前)。\n"
            "2.淘汰10蒸吨以下燃煤锅炉12台(2026年12月底前)。\n"
        )
    }
    assert kinds["城镇调查失业率控制在5.5%以内"] == "ceiling"
    assert kinds["淘汰10蒸吨以下燃煤锅炉12台"] == "milestone"


def test_a_subject_s_longer_name_is_not_cut_at_a_verb() -> None:
    text = "今年,县教育局要新建幼儿园3所。市体育中心建设管理办公室要在9月底前完成场馆改造4处。\n"
    assert [lead for _, lead, _ in _units(text)] == [("县教育局",), ("市体育中心建设管理办公室",)]


def test_whom_a_unit_works_with_is_named_whole() -> None:
    text = (
        "二、任务分工\n区教育局：会同区人社局培训中心开展教师技能培训2000人次。\n"
        "区商务局：会同经开区管委会推进招商引资,全年引进项目20个。\n"
        "区卫健委：会同区财政局共同推进村卫生室改造12所。\n"
    )
    assert [support for _, _, support in _units(text)] == [("区人社局培训中心",), ("经开区管委会",), ("区财政局",)]


def test_a_run_of_duty_lines_does_not_take_the_paragraph_after_it() -> None:
    text = (
        "二、保障措施\n县财政局：负责落实专项资金保障。\n县审计局：负责资金使用审计监督。\n"
        "县民政局：负责困难群众救助对象核定。\n各乡镇要加快推进,全年完成农村公厕改造1200户。\n"
    )
    assert _units(text) == [("全年完成农村公厕改造1200户", (), ())]


@pytest.mark.parametrize(
    ("item", "lead"),
    [
        ("配合县卫生健康委员会完成家庭医生签约服务点12个", "县卫生健康委员会"),
        ("配合县政府办公室完成政务公开培训6次", "县政府办公室"),
        ("配合做好县政府交办的信访事项10宗", "县农业农村局"),
    ],
)
def test_the_office_an_item_helps_is_named_whole(item: str, lead: str) -> None:
    text = f"某县2026年度目标责任书\n\n乙方（责任单位）：县农业农村局\n\n一、目标任务\n1.粮食播种面积稳定在42.6万亩以上。\n2.{item}。\n"
    assert _units(text)[1][1] == (lead,)


def test_zones_share_a_committee_only_as_a_run_of_named_zones() -> None:
    from planengine.draft.responsibility import parse_responsibility, split_units

    assert split_units("经开区、高新区、综保区管委会") == ["经开区、高新区、综保区管委会"]
    assert split_units("各园区、经开区管委会") == ["各园区", "经开区管委会"]
    assert parse_responsibility("新建幼儿园3所;配合单位:区教育局").lead == ()
