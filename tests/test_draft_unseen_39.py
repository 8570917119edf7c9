"""Shapes of plans the thirty-ninth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planengine.draft import draft_spec


def _units(text: str, year: int = 2026) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=year).targets}


# --- a paragraph opening with a year gone, then points worded as targets ---------------------------------

_YEAR_GONE_THEN_POINTS = (
    "青川县2024年农业农村重点工作分解\n\n"
    "（四）巩固拓展脱贫攻坚成果。2023年全县脱贫人口人均纯收入达到14260元，未发生规模性返贫。"
    "一是脱贫人口务工就业规模稳定在3.2万人以上；二是衔接资金用于产业发展的比例不低于60%；"
    "三是脱贫人口基本医疗保险参保率保持在99%以上。其中第一、二项由县乡村振兴局负责，第三项由县医疗保障局负责。\n"
)


def test_points_worded_as_targets_after_a_year_gone_are_the_plan() -> None:
    """2023年…达到14260元。一是…稳定在3.2万人以上;二是…不低于60%: the year gone is the base the
    paragraph opens with; points counted from 一是 and worded as targets are what it sets."""
    units = _units(_YEAR_GONE_THEN_POINTS, 2024)
    assert units == {
        "脱贫人口务工就业规模稳定在3.2万人以上": (("县乡村振兴局",), ()),
        "衔接资金用于产业发展的比例不低于60%": (("县乡村振兴局",), ()),
        "脱贫人口基本医疗保险参保率保持在99%以上": (("县医疗保障局",), ()),
    }


def test_points_reporting_a_year_gone_stay_a_report() -> None:
    """2023年,…。一是新增就业3200人;二是…达到98%: points with no target's wording report the year."""
    text = (
        "青川县2024年农业农村重点工作分解\n\n"
        "（四）巩固拓展脱贫攻坚成果。2023年全县巩固成果成效明显。"
        "一是脱贫人口务工就业3.1万人；二是脱贫人口基本医疗保险参保率达到98.5%。\n"
    )
    assert _units(text, 2024) == {}


# --- sections headed by an office's name alone -----------------------------------------------------------

_OFFICE_SECTIONS = (
    "云川市工业和信息化局2024年工作要点\n\n"
    "局机关各科室：\n\n"
    "现将2024年工作要点印发如下。各科室为所列任务的责任科室；标明两个科室的，由两个科室共同负责。\n\n"
    "一、运行监测科\n\n"
    "1.全市规上工业增加值增长7%-8%。\n"
    "2.全市工业用电量增长6%左右。\n\n"
    "二、产业发展科、节能与综合利用科\n\n"
    "3.新创建省级绿色工厂10家。\n\n"
    "三、办公室、政策法规科\n\n"
    "4.企业诉求办结率达到95%以上。\n"
)


def test_an_office_heading_its_section_leads_it_where_the_offices_are_said_to_answer() -> None:
    """一、运行监测科 over items, the notice saying 各科室为所列任务的责任科室: the office leads each item;
    two offices heading a section (产业发展科、节能与综合利用科) lead it together."""
    assert _units(_OFFICE_SECTIONS, 2024) == {
        "全市规上工业增加值增长7%-8%": (("运行监测科",), ()),
        "全市工业用电量增长6%左右": (("运行监测科",), ()),
        "新创建省级绿色工厂10家": (("产业发展科", "节能与综合利用科"), ()),
        "企业诉求办结率达到95%以上": (("办公室", "政策法规科"), ()),
    }


def test_an_office_heading_names_no_unit_where_no_office_is_said_to_answer() -> None:
    """Without words saying the offices answer, 一、运行监测科 may be a theme's name: no unit is guessed."""
    text = _OFFICE_SECTIONS.replace("各科室为所列任务的责任科室；标明两个科室的，由两个科室共同负责。", "")
    assert {lead for lead, _ in _units(text, 2024).values()} == {()}


# --- a part of the work given to its units before a colon, mid-paragraph --------------------------------


def test_a_colon_statement_inside_a_paragraph_gives_its_units_the_sentence_it_opens() -> None:
    """（四）…。老旧小区改造由A负责，B配合：targets。我们将…: the colon opens the sentence's targets alone;
    the paragraph's later sentences name no unit."""
    text = (
        "栖川区2025年政府工作报告\n\n"
        "（四）推进城市更新。老旧小区和棚户区改造由区住房和城乡建设局负责，区城投公司配合：全年改造老旧小区22个，"
        "完成棚户区改造1500户。我们将新建口袋公园8个，建成区绿化覆盖率达到42.5%。\n"
    )
    assert _units(text, 2025) == {
        "全年改造老旧小区22个": (("区住房和城乡建设局",), ("区城投公司",)),
        "完成棚户区改造1500户": (("区住房和城乡建设局",), ("区城投公司",)),
        "我们将新建口袋公园8个": ((), ()),
        "建成区绿化覆盖率达到42.5%": ((), ()),
    }


def test_a_colon_statement_closing_its_line_still_gives_the_paragraph() -> None:
    """（四）…。今年由A牵头，B配合：targets。 with nothing after the colon's sentence: the paragraph's units."""
    text = (
        "栖川区2025年政府工作报告\n\n"
        "（四）推进城市更新。今年由区住房和城乡建设局牵头，区城投公司配合：全年改造老旧小区22个，完成棚户区改造1500户。\n"
    )
    assert _units(text, 2025) == {
        "全年改造老旧小区22个": (("区住房和城乡建设局",), ("区城投公司",)),
        "完成棚户区改造1500户": (("区住房和城乡建设局",), ("区城投公司",)),
    }


# --- a table of tasks by number, and a table of duties by task number ------------------------------------

_TASKS_THEN_DUTIES = (
    "禾山县2024年重点工作任务清单及责任分工\n\n"
    "一、重点工作任务清单\n\n"
    "序号 | 重点任务 | 完成时限\n"
    "1 | 地区生产总值增长6.5%左右 | 2024年12月底\n"
    "2 | 固定资产投资增长7% | 2024年12月底\n"
    "3 | 新增规模以上工业企业20家 | 2024年12月底\n"
    "4 | 新建高标准农田3.2万亩 | 2024年11月底\n\n"
    "二、任务责任分工\n\n"
    "任务序号 | 牵头单位 | 配合单位\n"
    "1—2 | 县发展和改革局 | 县统计局\n"
    "3 | 县工业和信息化局 | 县科学技术局\n"
    "4 | 县农业农村局 | 各乡镇人民政府\n"
)


def test_a_table_of_duties_by_task_number_answers_for_the_rows_of_the_tasks_table() -> None:
    """序号 | 重点任务 rows, then 任务序号 | 牵头单位 | 配合单位 rows (1—2, 3): each task's row takes the
    units of the duty row that numbers it."""
    assert _units(_TASKS_THEN_DUTIES, 2024) == {
        "地区生产总值增长6.5%左右": (("县发展和改革局",), ("县统计局",)),
        "固定资产投资增长7%": (("县发展和改革局",), ("县统计局",)),
        "新增规模以上工业企业20家": (("县工业和信息化局",), ("县科学技术局",)),
        "新建高标准农田3.2万亩": (("县农业农村局",), ("各乡镇人民政府",)),
    }


def test_the_plan_broken_down_to_offices_and_a_budget_per_item_done_are_no_targets() -> None:
    """要在3月10日前将任务分解到科室和具体责任人 (the plan's own procedure) and 按每项2万元标准安排工作经费 (what
    each item done is paid) state no target; a village breaking its target down to groups by a date is one."""
    text = (
        "禾山县2024年重点工作任务清单\n\n"
        "一、重点任务\n新增规模以上工业企业20家。\n\n"
        "二、工作要求\n各牵头单位要在3月10日前将任务分解到科室和具体责任人。"
        "对按期完成的任务，按每项2万元标准安排工作经费。\n"
    )
    assert list(_units(text, 2024)) == ["新增规模以上工业企业20家"]


_OFFICE_LINES = (
    "澄山市住房和城乡建设局2024年度工作目标任务分解方案\n\n"
    "局机关各科室、局属各单位：\n\n"
    "现将2024年度工作目标任务分解到各科室（单位），共3个科室（单位）。\n\n"
    "住房保障科\n"
    "全年筹集保障性租赁住房2600套；公租房分配入住率保持在95%以上。\n"
    "配合科室：财务审计科。\n\n"
    "公用事业科\n"
    "完成城市燃气老旧管网更新改造38公里。协助科室：城市建设科。\n\n"
    "质量安全监督站\n"
    "在建项目安全检查覆盖率100%。\n"
)


def test_an_unnumbered_office_line_heads_the_paragraph_after_it_where_tasks_are_given_to_offices() -> None:
    """住房保障科 on a line of its own over its paragraph, the notice saying 现将…目标任务分解到各科室: the office
    leads the paragraph's targets; 配合科室: and 协助科室: name its helpers."""
    assert _units(_OFFICE_LINES, 2024) == {
        "全年筹集保障性租赁住房2600套": (("住房保障科",), ("财务审计科",)),
        "公租房分配入住率保持在95%以上": (("住房保障科",), ("财务审计科",)),
        "完成城市燃气老旧管网更新改造38公里": (("公用事业科",), ("城市建设科",)),
        "在建项目安全检查覆盖率100%": (("质量安全监督站",), ()),
    }


def test_an_unnumbered_office_line_leads_nothing_where_no_task_is_given_to_offices() -> None:
    """Without a statement giving the offices their tasks, 住房保障科 alone on a line is no unit's heading."""
    text = _OFFICE_LINES.replace("现将2024年度工作目标任务分解到各科室（单位），共3个科室（单位）。", "现印发如下。")
    assert _units(text, 2024)["在建项目安全检查覆盖率100%"] == ((), ())


# --- paragraphs opening with the part of the work they give their units ----------------------------------

_TOPIC_PARAGRAPHS = (
    "苍山县2025年主要目标任务分解落实方案\n\n"
    "关于主要经济指标，由县发展和改革局会同县统计局、县财政局负责。全县地区生产总值增长6%左右。"
    "固定资产投资增长8%以上。\n\n"
    "县工业和信息化局牵头、县科技局配合抓好工业经济。规模以上工业增加值增长8%。高新技术企业总数达到58家。\n"
)


def test_a_paragraph_opening_with_its_topic_and_units_gives_them_all_its_targets() -> None:
    """关于X,由A会同B、C负责。… and A牵头、B配合抓好X。… opening their paragraphs: the units lead every target of
    the paragraph, its later sentences too."""
    assert _units(_TOPIC_PARAGRAPHS, 2025) == {
        "全县地区生产总值增长6%左右": (("县发展和改革局",), ("县统计局", "县财政局")),
        "固定资产投资增长8%以上": (("县发展和改革局",), ("县统计局", "县财政局")),
        "规模以上工业增加值增长8%": (("县工业和信息化局",), ("县科技局",)),
        "高新技术企业总数达到58家": (("县工业和信息化局",), ("县科技局",)),
    }


def test_an_estimate_of_a_year_gone_opening_a_sentence_reports_that_year() -> None:
    """经初步预计,五莲县2012年全年实现生产总值163亿元,…: the year gone, estimated; the plan's targets are 2013's."""
    text = (
        "五岭县2013年政府工作报告\n\n"
        "经初步预计，五岭县2012年全年实现生产总值163亿元，比上年增长13%。\n"
        "2013年，全县计划招引20个以上过亿项目，新增城区绿化面积28万平方米。\n"
    )
    assert list(_units(text, 2013)) == ["全县计划招引20个以上过亿项目", "新增城区绿化面积28万平方米"]


def test_an_item_measured_in_hectares_or_a_rank_is_read_though_a_baseline_follows_it() -> None:
    """4. 新增城市绿地12公顷。 / 2024年,全区…为…: the item's sentence states its target (公顷, 前3位, as 个 or 亩
    would), the year gone after it is the baseline."""
    text = (
        "通山区2025年重点任务推进方案\n\n"
        "五、生态环境质量\n"
        "1. 细颗粒物(PM2.5)年均浓度控制在30微克/立方米以内。\n"
        "2. 新增城市绿地12公顷。\n"
        "3. 营商环境评价力争进入全市前3位。\n"
        "2024年，全区PM2.5年均浓度为32微克/立方米。\n"
    )
    assert list(_units(text, 2025)) == [
        "细颗粒物(PM2.5)年均浓度控制在30微克/立方米以内",
        "新增城市绿地12公顷",
        "营商环境评价力争进入全市前3位",
    ]


def test_a_linked_office_column_beside_places_helps_each_place_with_its_rows() -> None:
    """社区 | 指标 | 2025年目标 | 包联科室: each community leads its rows (blank cells its own), the office linked to
    it (包联科室) helps."""
    text = (
        "柘山街道2025年社区重点工作目标分解表\n\n"
        "社区 | 指标 | 2025年目标 | 包联科室 |\n"
        "柘溪社区 | 城镇新增就业 | 不少于320人 | 社会事务办 |\n"
        " | 居民垃圾分类准确率 | 达到92% | 城管办 |\n"
        "南岙社区 | 居民医保参保率 | 98%以上 | 社会事务办 |\n"
    )
    assert _units(text, 2025) == {
        "城镇新增就业 | 不少于320人": (("柘溪社区",), ("社会事务办",)),
        "居民垃圾分类准确率 | 达到92%": (("柘溪社区",), ("城管办",)),
        "居民医保参保率 | 98%以上": (("南岙社区",), ("社会事务办",)),
    }


def test_brackets_saying_their_units_are_those_above_take_them() -> None:
    """(同上) takes the lead and helpers of the item above; (牵头单位:X;责任单位同上) its own lead and the helpers
    above; (责任单位同上) alone all the units above, as 责任单位:同上 does."""
    text = (
        "澜山区2025年民生实事任务分解\n\n"
        "1.新增城镇就业5800人以上。（牵头单位：区人社局；责任单位：区财政局、各街道）\n"
        "2.开展职业技能培训1.2万人次。（同上）\n"
        "3.新增公共停车泊位1500个。（牵头单位：区交通运输局；责任单位同上）\n"
        "4.为65岁及以上老年人免费健康体检2.6万人次。（牵头单位：区卫健局；责任单位：区医保分局）\n"
        "5.完成适龄女生HPV疫苗免费接种1800人。（责任单位同上）\n"
    )
    assert _units(text, 2025) == {
        "新增城镇就业5800人以上": (("区人社局",), ("区财政局", "各街道")),
        "开展职业技能培训1.2万人次": (("区人社局",), ("区财政局", "各街道")),
        "新增公共停车泊位1500个": (("区交通运输局",), ("区财政局", "各街道")),
        "为65岁及以上老年人免费健康体检2.6万人次": (("区卫健局",), ("区医保分局",)),
        "完成适龄女生HPV疫苗免费接种1800人": (("区卫健局",), ("区医保分局",)),
    }


def test_a_spam_pages_noise_among_the_words_is_no_part_of_a_target() -> None:
    """…保持在500万吨以上**%#%,粮食产量…: runs of @ # * % between the words are noise, left out of the quote; a
    percent sign after a figure stays one (增长6%@@)."""
    text = (
        "新疆2024年粮食棉花生产目标\n\n"
        "今年新疆力争棉花总产继续保持在500万吨以上**%#%,粮食产量至少再增加20亿斤以上@@@@。"
        "农业增加值增长6%@#。\n"
    )
    quotes = list(_units(text, 2024))
    assert quotes == ["今年新疆力争棉花总产继续保持在500万吨以上", "粮食产量至少再增加20亿斤以上", "农业增加值增长6%"]


def test_villages_committees_said_to_carry_the_targets_out_lead_their_villages_rows() -> None:
    """所列指标由各村村民委员会具体组织实施 over 村名 | 指标 | 目标 | 责任人 rows naming 石门村村委会 刘长河: each
    village's committee (村委会, as written) leads its rows, no person among the units."""
    text = (
        "松山镇2024年乡村振兴工作方案\n\n"
        "各村2024年重点指标分解如下。所列指标由各村村民委员会具体组织实施。\n\n"
        "村名 | 指标 | 目标 | 责任人\n"
        "石门村 | 村级集体经济经营性收入 | 18万元以上 | 石门村村委会 刘长河\n"
        "枫林村 | 村级集体经济经营性收入 | 12万元 | 枫林村村委会 王桂英\n"
    )
    assert {lead for lead, _ in _units(text, 2024).values()} == {("石门村村委会",), ("枫林村村委会",)}


def test_villages_heading_paragraphs_among_offices_lead_them_where_the_work_is_set_out_place_by_place() -> None:
    """现将各办(中心)、各村(社区)重点工作安排如下。 then 经济发展办公室:… and 上坪村:… paragraphs: each village leads
    its paragraph as each office does, a bracket naming people (包村领导:…) no part of it."""
    text = (
        "岚山镇2024年重点工作任务安排\n\n"
        "现将各办（中心）、各村（社区）重点工作安排如下。\n\n"
        "经济发展办公室：完成固定资产投资4.5亿元。\n\n"
        "上坪村：村级集体经济经营性收入达到30万元以上。镇农业农村综合服务中心配合。\n\n"
        "石塘村：（包村领导：吴志刚）新建村文化广场1处。\n"
    )
    units = {quote.removeprefix("（包村领导：吴志刚）"): answer for quote, answer in _units(text, 2024).items()}
    assert units == {
        "完成固定资产投资4.5亿元": (("经济发展办公室",), ()),
        "村级集体经济经营性收入达到30万元以上": (("上坪村",), ("镇农业农村综合服务中心",)),
        "新建村文化广场1处": (("石塘村",), ()),
    }


# --- units named by short names a legend defines --------------------------------------------------------

_SHORT_NAMES = (
    "岚山县2024年重点工作目标任务分解方案\n\n"
    "说明：本方案各项任务后括号内所列单位均为简称，排在首位的为牵头单位，其余为配合单位。"
    "发改＝县发展和改革局，统计＝县统计局，工信＝县工业和信息化局\n\n"
    "一、主要预期目标\n"
    "1.地区生产总值增长6%左右。（发改、统计、各乡镇）\n"
    "2.规模以上工业增加值增长8%以上。（工信、统计）\n"
)


def test_short_names_a_legend_defines_are_units_as_written() -> None:
    """…均为简称…发改＝县发展和改革局: (发改、统计、各乡镇) names units, the first leading, as written."""
    assert _units(_SHORT_NAMES, 2024) == {
        "地区生产总值增长6%左右": (("发改",), ("统计", "各乡镇")),
        "规模以上工业增加值增长8%以上": (("工信",), ("统计",)),
    }


def test_short_names_are_no_units_where_the_plan_says_nothing_of_short_names() -> None:
    """Without the word 简称, 发改＝… is no legend: the bracket names no units the drafter knows."""
    text = _SHORT_NAMES.replace("均为简称", "均为单位")
    assert _units(text, 2024)["地区生产总值增长6%左右"][0] != ("发改",)


def test_the_places_among_a_sectors_helpers_help_too() -> None:
    """五、责任分工 / 农业农村:区农业农村局牵头,区水利局、各镇配合。: the places, named all at once, help with the
    sector's targets as the offices do."""
    text = (
        "云山区2024年重点工作计划\n\n"
        "一、农业农村\n新建高标准农田1.5万亩。\n\n"
        "二、工业经济\n新增规上工业企业35家。\n\n"
        "五、责任分工\n"
        "农业农村：区农业农村局牵头，区水利局、各镇配合。\n"
        "工业经济：区经济和信息化局牵头，区统计局配合。\n"
    )
    assert _units(text, 2024) == {
        "新建高标准农田1.5万亩": (("区农业农村局",), ("区水利局", "各镇")),
        "新增规上工业企业35家": (("区经济和信息化局",), ("区统计局",)),
    }


def test_a_report_summing_up_years_gone_reports_them() -> None:
    """报告在总结江苏过去五年工作时指出,五年来,全省GDP…年均增长5.5%左右: the years gone, their results; the
    plan's targets come after."""
    text = (
        "江苏2023年政府工作报告目标\n\n"
        "报告在总结江苏过去五年工作时指出，五年来，全省GDP年均增长5.5%左右，居民人均可支配收入五年增长42.3%。\n"
        "2023年全省经济社会发展的主要预期目标是：经济增长5%左右。\n"
    )
    assert list(_units(text, 2023)) == ["经济增长5%左右"]


def test_a_pages_count_of_comments_is_no_target() -> None:
    """• 0 条评论 under a news story: the page's counter, no target."""
    text = "柯城区2021年民生实事\n\n  • 0 条评论\n\n今年新建城市书房3个。\n"
    assert list(_units(text, 2021)) == ["今年新建城市书房3个"]


def test_a_villages_share_after_其中_is_the_villages_own() -> None:
    """…改造520户,其中桐川村完成80户,柳湾村完成95户: the villages lead their shares; 其中 is no part of a
    village's name, the total the section's units'."""
    text = (
        "桐山镇2024年农业农村工作分解计划\n\n"
        "现将任务分解到村，由各村民委员会负责组织实施。\n\n"
        "三、人居环境（镇农业农村办牵头）\n"
        "全年完成农村户厕改造520户，其中桐川村完成80户，柳湾村完成95户。\n"
    )
    assert _units(text, 2024) == {
        "全年完成农村户厕改造520户": (("镇农业农村办",), ()),
        "其中桐川村完成80户": (("桐川村",), ()),
        "柳湾村完成95户": (("柳湾村",), ()),
    }


# --- a table's group rows naming the group's lead --------------------------------------------------------

_GROUP_LEADS = (
    "桐山镇2025年重点工作目标任务分解表\n\n"
    "序号 | 任务 | 目标 | 责任站办 |\n"
    "(一)产业发展(牵头：经济发展办) |\n"
    "1 | 工业经济 | 新增规上工业企业4家 | 经济发展办、统计站 |\n"
    "2 | 特色种植 | 新发展设施蔬菜1200亩 | 农业综合服务中心 |\n"
    "3 | 粮食生产 | 粮食播种面积不少于4.6万亩 | |\n"
    "(二)城乡建设(牵头：村镇建设办) |\n"
    "4 | 人居环境 | 改建户厕350户 | 村镇建设办、农业综合服务中心 |\n"
)


def test_a_groups_lead_leads_its_rows_and_their_own_cells_help() -> None:
    """(一)产业发展(牵头:经济发展办) over rows under 责任站办: the group's lead leads each row, the units of the
    row's own cell (the lead left out) help; a blank cell helps as the one above it."""
    assert _units(_GROUP_LEADS, 2025) == {
        "新增规上工业企业4家": (("经济发展办",), ("统计站",)),
        "新发展设施蔬菜1200亩": (("经济发展办",), ("农业综合服务中心",)),
        "粮食播种面积不少于4.6万亩": (("经济发展办",), ("农业综合服务中心",)),
        "改建户厕350户": (("村镇建设办",), ("农业综合服务中心",)),
    }


def test_rows_under_a_lead_column_keep_their_own_units() -> None:
    """Under 牵头站办 the rows' cells name their leads themselves: the group's lead takes no helpers from them."""
    text = _GROUP_LEADS.replace("责任站办", "牵头站办")
    assert _units(text, 2025)["改建户厕350户"][1] == ()


def test_a_modal_verb_between_a_unit_and_its_role_is_no_part_of_its_name() -> None:
    """…。区发展和改革局要牵头抓总,区统计局、区属国有企业要积极配合。: the units are 区发展和改革局 and its helpers,
    要 no part of their names; an event's date announced (龙舟邀请赛定于6月举办) is no target."""
    text = (
        "鹭山区2025年重点任务实施意见\n\n"
        "一、稳住经济增长基本盘。全区地区生产总值增长6%左右。区发展和改革局要牵头抓总，区统计局、区属国有企业要积极配合。\n\n"
        "二、繁荣文化旅游。全年接待游客1200万人次。第三届鹭湾龙舟邀请赛定于6月举办。区文化和旅游局要牵头抓总。\n"
    )
    assert _units(text, 2025) == {
        "全区地区生产总值增长6%左右": (("区发展和改革局",), ("区统计局", "区属国有企业")),
        "全年接待游客1200万人次": (("区文化和旅游局",), ()),
    }


# --- the session's review: close variants and false readings of the rules above --------------------------


def _leads(text: str, year: int = 2025) -> dict[str, tuple[str, ...]]:
    return {quote: lead for quote, (lead, _) in _units(text, year).items()}


def test_a_topic_statements_units_end_with_its_paragraph() -> None:
    """A牵头、B配合抓好X。… then a paragraph of no statement: the next paragraph's targets are none of theirs."""
    text = (
        "苍山县2025年主要目标任务分解落实方案\n\n"
        "县工业和信息化局牵头、县科技局配合抓好工业经济。规模以上工业增加值增长8%。\n\n"
        "全县粮食播种面积稳定在50万亩。\n"
    )
    assert _units(text) == {
        "规模以上工业增加值增长8%": (("县工业和信息化局",), ("县科技局",)),
        "全县粮食播种面积稳定在50万亩": ((), ()),
    }


@pytest.mark.parametrize(
    "statement",
    [
        "关于主要经济指标，由县发展和改革局负责，县统计局配合。",
        "关于主要经济指标，由县发展和改革局牵头，县统计局配合。",
        "由县发展和改革局牵头、县统计局配合，抓好主要经济指标。",
    ],
)
def test_topic_statements_said_in_other_words_give_their_paragraph(statement: str) -> None:
    """Close variants of a paragraph's opening statement: the same units for its targets."""
    text = f"苍山县2025年主要目标任务分解落实方案\n\n{statement}全县地区生产总值增长6%左右。\n"
    assert _units(text) == {"全县地区生产总值增长6%左右": (("县发展和改革局",), ("县统计局",))}


def test_a_sentence_start_part_keeps_its_lead_when_what_follows_names_no_helper() -> None:
    """…由区住房和城乡建设局负责,动员群众参与,全年改造…: the bureau leads; 动员群众 is no helper."""
    text = (
        "栖山区2025年政府工作报告\n\n"
        "（四）推进城市更新。老旧小区改造由区住房和城乡建设局负责，动员群众参与，全年改造老旧小区22个。\n"
    )
    assert _units(text) == {"全年改造老旧小区22个": (("区住房和城乡建设局",), ())}


def test_offices_said_to_answer_by_a_bodies_wording_head_no_task_sections() -> None:
    """各部门…负责落实 says nothing of offices: 一、打造区域消费中心 is a task's heading, no office's."""
    text = (
        "某县2024年工作要点\n\n各部门要按照职责分工，负责落实。\n\n一、打造区域消费中心\n1.社会消费品零售总额增长7%。\n"
    )
    assert _leads(text, 2024) == {"社会消费品零售总额增长7%": ()}


def test_stations_and_offices_named_所_head_their_paragraphs() -> None:
    """现将…分解到各站所。 / 林业工作站 / 财政所: the stations lead their paragraphs."""
    text = (
        "某镇2024年工作要点\n\n现将2024年度工作目标任务分解到各站所。\n\n"
        "林业工作站\n全年完成植树造林1200亩。\n\n财政所\n一般公共预算收入增长5%。\n"
    )
    assert _leads(text, 2024) == {"全年完成植树造林1200亩": ("林业工作站",), "一般公共预算收入增长5%": ("财政所",)}


def test_a_themes_name_heading_a_paragraph_is_no_village() -> None:
    """美丽乡村:… among villages' paragraphs (现将各村(社区)重点工作安排如下): a theme, no place leading it."""
    text = (
        "岚山镇2024年重点工作任务安排\n\n现将各办（中心）、各村（社区）重点工作安排如下。\n\n"
        "经济发展办公室：完成固定资产投资4.5亿元。\n\n"
        "上坪村：村级集体经济经营性收入达到30万元以上。\n\n枫林村：新建生态茶园800亩。\n\n"
        "美丽乡村：新建美丽乡村示范点3个。\n"
    )
    leads = _leads(text, 2024)
    assert leads["村级集体经济经营性收入达到30万元以上"] == ("上坪村",)
    assert leads["新建美丽乡村示范点3个"] != ("美丽乡村",)


def test_a_kind_of_community_after_其中_is_no_place() -> None:
    """其中易地搬迁社区新增300人: a kind of community, no place's name; the total's units keep it."""
    text = (
        "桐山镇2024年工作计划\n\n现将任务分解到村，由各村民委员会负责组织实施。\n\n"
        "一、就业（镇社会事务办牵头）\n新增城镇就业1200人，其中易地搬迁社区新增300人，城关社区新增200人。\n"
    )
    assert _leads(text, 2024)["其中易地搬迁社区新增300人"] == ("镇社会事务办",)


def test_lessons_drawn_from_years_gone_are_no_look_back() -> None:
    """深入总结两年来试点经验,…新建示范村10个: the plan's work; only 在总结…工作时指出, a report, looks back."""
    text = "某县2025年乡村振兴方案\n\n（二）推进乡村振兴。深入总结两年来试点经验，全面推广积分制，新建示范村10个。\n"
    assert list(_units(text)) == ["新建示范村10个"]


def test_points_of_a_year_gone_given_out_to_no_unit_stay_its_report() -> None:
    """2023年…成效明显。一是…稳定在3.1万人以上;二是…保持在99%以上。 with no unit given the points: that year's."""
    text = (
        "青川县2024年农业农村重点工作分解\n\n"
        "（四）巩固拓展脱贫攻坚成果。2023年全县巩固成果成效明显，全面完成年度目标。"
        "一是脱贫人口务工就业规模稳定在3.1万人以上；二是脱贫人口基本医疗保险参保率保持在99%以上。\n"
    )
    assert _units(text, 2024) == {}


def test_协同_labels_and_短称_given_after_a_name_name_units() -> None:
    """协同科室: labels helpers; (协同单位同上) takes the helpers above; 县统计局(简称统计) makes 统计 a unit."""
    text = (
        "某县2024年工作要点\n\n说明：县发展和改革局（简称发改）、县统计局（简称统计）。\n\n"
        "1.地区生产总值增长6%左右。（发改、统计）\n"
        "2.新增规上工业企业30家。（牵头单位：县工业和信息化局；协同单位：县商务局）\n"
        "3.新增高新技术企业20家。（牵头单位：县科技局；协同单位同上）\n"
    )
    assert _units(text, 2024) == {
        "地区生产总值增长6%左右": (("发改", "统计"), ()),
        "新增规上工业企业30家": (("县工业和信息化局",), ("县商务局",)),
        "新增高新技术企业20家": (("县科技局",), ("县商务局",)),
    }


def test_a_header_whose_last_name_spans_columns_named_by_the_row_under_it() -> None:
    """序号 | 区/单位 | 2022年任务安排(万亩) | | over 高标准农田 | 高效节水灌溉 | |: each district's row shares out
    both columns, in 万亩, the district leading its share."""
    text = (
        "上海市2022年农田建设任务清单\n\n"
        "序号 | 区/单位 | 2022年任务安排(万亩) | |\n"
        "高标准农田 | 高效节水灌溉 | ||\n"
        "1 | 闵行区 | 0.11 | |\n"
        "6 | 金山区 | 0.55 | 0.1 |\n"
    )
    drafted = [(t.quote, t.value, t.lead) for t in draft_spec(text, year=2022).targets]
    assert drafted == [
        ("闵行区 | 0.11", Decimal("1100"), ("闵行区",)),
        ("金山区 | 0.55", Decimal("5500"), ("金山区",)),
        ("金山区 | 0.55 | 0.1", Decimal("1000"), ("金山区",)),
    ]


def test_a_subsidy_paid_at_a_rate_and_a_closing_report_are_no_targets() -> None:
    """一次性吸纳就业补贴按每人1000元标准发放 (a rate each is paid) and 2027年11月底前报送三年行动总结评估报告 (the
    plan's own report) state no target."""
    text = (
        "清河县2025—2027年民生三年行动方案\n\n"
        "1.城镇新增就业每年3000人以上。一次性吸纳就业补贴按每人1000元标准发放。\n"
        "2.各牵头单位于2027年11月底前报送三年行动总结评估报告。\n"
    )
    assert list(_units(text, 2025)) == ["城镇新增就业每年3000人以上"]


def test_a_duty_tables_serial_running_over_items_answers_for_each() -> None:
    """序号 | 牵头单位 | 配合单位 / 1—2 | 县教育体育局 | 县财政局 under numbered items: items 1 and 2 take its units."""
    text = (
        "岚山县2024年民生实事清单\n\n一、教育\n1.新建公办幼儿园4所。\n2.学前教育毛入园率达到92%以上。\n\n"
        "二、卫生\n3.新增普惠托位300个。\n\n附件\n\n目标任务责任分工表\n\n"
        "序号 | 牵头单位 | 配合单位\n1—2 | 县教育体育局 | 县财政局\n3 | 县卫生健康局 | 各乡（镇）人民政府\n"
    )
    assert _units(text, 2024) == {
        "新建公办幼儿园4所": (("县教育体育局",), ("县财政局",)),
        "学前教育毛入园率达到92%以上": (("县教育体育局",), ("县财政局",)),
        "新增普惠托位300个": (("县卫生健康局",), ("各乡（镇）人民政府",)),
    }


def test_places_each_given_a_share_lead_it_together() -> None:
    """其中,…石桥街道负责完成2600人,青冈镇、白沙镇各负责完成1700人。: the two towns lead their shared share."""
    text = (
        "云山区2024年民生目标分解\n\n二、稳定和扩大就业。全年城镇新增就业1.2万人以上，由区人力社保局牵头。"
        "其中，石桥街道负责完成2600人，青冈镇、白沙镇各负责完成1700人。\n"
    )
    assert {quote: lead for quote, (lead, _) in _units(text, 2024).items()}["完成1700人"] == ("青冈镇", "白沙镇")


def test_a_rate_alone_in_its_clause_and_a_list_counting_itself_are_no_targets() -> None:
    """…发放高龄津贴,按每人每月200元标准发放 (the rate, its benefit named before it) and 清单共11项重点任务、32项具体目标
    (the list counting itself) state no target."""
    text = (
        "枫山区2025年民生实事清单\n\n现将清单印发给你们，清单共11项重点任务、32项具体目标。\n\n"
        "3.养老服务。新建社区嵌入式养老服务中心4个；为80周岁以上老人发放高龄津贴，按每人每月200元标准发放。\n"
    )
    assert list(_units(text, 2025)) == ["新建社区嵌入式养老服务中心4个"]


def test_helpers_listed_under_a_headings_lead_all_help() -> None:
    """(一)…(区人社局牵头) / 1.…。(区发展改革局、区财政局,各镇(街道)配合): every unit of the item's bracket helps, the
    heading's lead leading; (各镇(街道)配合) alone names the places, their kind in brackets."""
    text = (
        "汀山区2024年为民办实事方案\n\n二、重点任务\n\n"
        "(一)稳就业促增收(区人力资源和社会保障局牵头)\n"
        "1.确保全年城镇新增就业5000人以上。(区发展改革局、区财政局,各镇(街道)配合)\n\n"
        "(二)提升教育质量(区教育局牵头)\n"
        "5.普惠性幼儿园覆盖率保持在90%以上。(各镇(街道)配合)\n"
    )
    assert _units(text, 2024) == {
        "确保全年城镇新增就业5000人以上": (("区人力资源和社会保障局",), ("区发展改革局", "区财政局", "各镇(街道)")),
        "普惠性幼儿园覆盖率保持在90%以上": (("区教育局",), ("各镇(街道)",)),
    }


def test_the_candidates_and_the_list_chosen_from_them_are_no_targets() -> None:
    """县人大代表共提出民生实事候选项目14个,经票决确定以下10个项目: how the list was chosen; its items are the targets."""
    text = (
        "禾山县2024年民生实事项目\n\n县人大代表共提出民生实事候选项目14个，经票决确定以下10个项目。\n\n"
        "一、新建公办幼儿园3所。\n"
    )
    assert list(_units(text, 2024)) == ["新建公办幼儿园3所"]


def test_a_helpers_line_closing_an_offices_section_helps_all_its_items() -> None:
    """一、规划处 over items 1.–3., then 配合处室:法规处、城市更新处。 after a blank line, the notice asking 各处室按照分工抓好
    落实: the office leads every item, the helpers help every item, not the last alone."""
    text = (
        "清山市住房和城乡建设局2024年重点工作任务分解方案\n\n请各处室按照分工抓好落实。\n\n"
        "一、规划处\n\n1.完成12个城市更新片区策划方案编制。\n\n2.历史建筑挂牌保护率保持100%。\n\n"
        "配合处室:法规处、城市更新处。\n\n二、建设管理处\n\n3.全市建筑业总产值达到1350亿元。\n\n4.新增一级以上资质建筑业企业10家。\n"
    )
    assert _units(text, 2024) == {
        "完成12个城市更新片区策划方案编制": (("规划处",), ("法规处", "城市更新处")),
        "历史建筑挂牌保护率保持100%": (("规划处",), ("法规处", "城市更新处")),
        "全市建筑业总产值达到1350亿元": (("建设管理处",), ()),
        "新增一级以上资质建筑业企业10家": (("建设管理处",), ()),
    }


# --- the session's second review ----------------------------------------------------------------------------

_UNDER_A_LEAD = (
    "某区2024年方案\n\n二、重点任务\n\n(一)稳就业促增收(区人力资源和社会保障局牵头)\n1.确保全年新增学位3000个。"
)


@pytest.mark.parametrize(
    ("bracket", "expected"),
    [
        ("(区教育局,区财政局、各镇(街道)配合)", (("区教育局",), ("区财政局", "各镇(街道)"))),
        ("(各镇(街道)牵头,区财政局配合)", (("各镇(街道)",), ("区财政局",))),
        (
            "(区发展改革局、区财政局等部门,各镇(街道)配合)",
            (("区人力资源和社会保障局",), ("区发展改革局", "区财政局", "各镇(街道)")),
        ),
    ],
)
def test_an_items_bracket_under_a_lead_keeps_a_lead_it_names(
    bracket: str, expected: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    """A,B、C配合 and 各镇(街道)牵头,…: the item's bracket names its own lead; only a list of several before the
    comma (A、B等部门,C配合) helps whole under the heading's lead."""
    assert _units(_UNDER_A_LEAD + bracket + "\n", 2024) == {"确保全年新增学位3000个": expected}


def test_a_closing_bar_after_a_header_spans_nothing() -> None:
    """重点任务 | 牵头单位 | over rows: the bar closes the header, the first row is a task's, not the header's rest."""
    text = (
        "某县方案\n\n重点任务 | 牵头单位 |\n建成智慧停车平台 | 县住建局 |\n"
        "完成老旧小区改造3个 | 县住建局 |\n实现5G网络全覆盖 | 县工信局 |\n"
    )
    assert {quote: lead for quote, (lead, _) in _units(text, 2024).items()} == {
        "建成智慧停车平台": ("县住建局",),
        "完成老旧小区改造3个": ("县住建局",),
        "实现5G网络全覆盖": ("县工信局",),
    }


def test_sub_headers_standing_under_their_columns_name_them() -> None:
    """序号 | 区 | 2022年任务安排(万亩) | | over  |  | 高标准农田 | 高效节水灌溉 |: the names under the spanned columns."""
    text = (
        "上海市2022年农田建设任务清单\n\n序号 | 区 | 2022年任务安排(万亩) | |\n | | 高标准农田 | 高效节水灌溉 |\n"
        "1 | 闵行区 | 0.11 | |\n6 | 金山区 | 0.55 | 0.1 |\n"
    )
    drafted = [(t.quote, t.lead) for t in draft_spec(text, year=2022).targets]
    assert drafted == [
        ("闵行区 | 0.11", ("闵行区",)),
        ("金山区 | 0.55", ("金山区",)),
        ("金山区 | 0.55 | 0.1", ("金山区",)),
    ]


def test_a_sub_items_number_in_a_duty_table_runs_over_no_items() -> None:
    """1-1 | 县教育体育局 | …, 1-2 | 县住建局 | …: sub-items' numbers, no run of items 1 to 2."""
    text = (
        "某县2024年清单\n\n一、教育\n1.新建幼儿园4所。\n2.新增学位1080个。\n\n"
        "序号 | 牵头单位 | 配合单位\n1-1 | 县教育体育局 | 县财政局\n1-2 | 县住建局 | 县自然资源局\n2-1 | 县卫生健康局 | 县医保局\n"
    )
    assert _units(text, 2024) == {"新建幼儿园4所": ((), ()), "新增学位1080个": ((), ())}


@pytest.mark.parametrize(
    "sentence",
    [
        "发放高龄津贴，按每人每月200元的标准发放到位。",
        "城乡居民基础养老金按每人每月180元标准发放。",
        "老旧小区改造财政补助按每户不超过1.2万元的标准核定。",
        "责任清单共11项重点任务、32项具体目标。",
        "各牵头单位于2027年11月底前报送三年行动总结评估报告。",
    ],
)
def test_rates_a_list_counting_itself_and_a_closing_report_in_other_words_are_no_targets(sentence: str) -> None:
    assert _units(f"某县2024年工作方案\n\n{sentence}\n", 2024) == {}


@pytest.mark.parametrize(
    "sentence", ["9月底前报送国土空间规划实施评估报告。", "有奖举报奖励资金按每件不超过5万元标准兑现。"]
)
def test_a_plans_evaluation_sent_up_and_a_rewards_cap_stay_targets(sentence: str) -> None:
    assert len(_units(f"某县2024年工作方案\n\n{sentence}\n", 2024)) == 1


def test_an_items_bracket_naming_its_office_after_its_leader_leads_it() -> None:
    """1.…。(分管领导:刘某;责任办:经济发展办、招商服务中心): the offices labelled 责任办 lead, the leader left out."""
    text = "青山镇2024年重点工作\n\n1.全年完成固定资产投资6亿元以上。（分管领导：刘某；责任办：经济发展办、招商服务中心）\n"
    assert _units(text, 2024) == {"全年完成固定资产投资6亿元以上": (("经济发展办", "招商服务中心"), ())}


def test_a_villages_table_of_tasks_counted_shares_them_out() -> None:
    """村名 | 指标 | 任务数 | 包村干部: each village leads its rows (blank cells its own), the cadres left out."""
    text = (
        "芦山镇2024年村级重点工作目标任务\n\n村名 | 指标 | 任务数 | 包村干部 |\n"
        "石桥村 | 高标准农田建设 | 680亩 | 王某 |\n | 农村户厕改造 | 42户 | 王某 |\n柳湾村 | 高标准农田建设 | 500亩 | 李某 |\n"
    )
    assert {quote: lead for quote, (lead, _) in _units(text, 2024).items()} == {
        "高标准农田建设 | 680亩": ("石桥村",),
        "农村户厕改造 | 42户": ("石桥村",),
        "高标准农田建设 | 500亩": ("柳湾村",),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "农村低保标准按每人每月620元执行。",
        "镇财政所要及时拨付奖补资金，其中农村户厕改造按每户1200元、高标准农田建设按每亩1500元标准执行。",
    ],
)
def test_standards_applied_as_they_stand_are_no_targets(sentence: str) -> None:
    assert _units(f"某镇2024年工作方案\n\n{sentence}\n", 2024) == {}
