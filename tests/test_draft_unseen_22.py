"""Shapes of plans the twenty-second session found in opened held-out sets and in the gaps the
twenty-first left: each test states the general reading, on a text written for it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planengine.draft import draft_spec


def _units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


def _ledger(legend: str) -> str:
    return (
        "某市2026年重点改革任务台账\n\n"
        f"说明：本台账所列任务由牵头单位负总责。{legend}\n\n"
        "| 序号 | 改革任务 | 年度目标 | 牵头单位 | 参与单位 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 数据要素改革 | 开放公共数据集不少于300个 | 市数据局*、市发展改革委 | 市财政局、市工信局 |\n"
        "| 2 | 预算管理改革 | 市级部门预算项目绩效目标覆盖率100% | 市财政局 | 市级各部门 |\n"
    )


def test_a_legend_saying_the_star_marks_the_first_lead_keeps_every_unit_of_the_lead_column_a_lead() -> None:
    """标“*”的为第一牵头单位: the star ranks the leads of a 牵头单位 column; the unit beside it leads too,
    and the helpers' column still helps."""
    text = _ledger("牵头单位栏列有两个单位的，标“*”者为第一牵头单位。")
    assert _units(text) == [
        ("开放公共数据集不少于300个", ("市数据局", "市发展改革委"), ("市财政局", "市工信局")),
        ("市级部门预算项目绩效目标覆盖率100%", ("市财政局",), ("市级各部门",)),
    ]


def test_without_such_a_legend_a_star_in_the_lead_column_still_marks_the_one_lead() -> None:
    """No legend: a star among the units names the lead and the others help, as before."""
    assert _units(_ledger(""))[0] == (
        "开放公共数据集不少于300个",
        ("市数据局",),
        ("市发展改革委", "市财政局", "市工信局"),
    )


_SHARES_WITH_A_NOTE = (
    "某省2026年目标任务分解表\n\n"
    "| 指标 | 全省目标 | 甲市 | 乙市 |\n"
    "| 地区生产总值增速 | 5.5%左右 | 6%左右 | 5% |\n"
    "| 城镇新增就业（万人） | 42 | 15 | 11 |\n"
    "| 粮食产量（亿斤） | 260以上 | 70 | 85 |\n\n"
    "注：1.“全省目标”栏各项指标由省直牵头部门统筹推进：地区生产总值增速由省发展和改革委员会牵头，"
    "省统计局配合；城镇新增就业由省人力资源和社会保障厅牵头；粮食产量由省农业农村厅牵头。\n"
    "2.甲市、乙市各栏目标由各市人民政府负责落实。\n"
)


def test_a_note_under_a_table_of_shares_names_the_units_of_the_whole_s_column_by_indicator() -> None:
    """注:“全省目标”栏…:地区生产总值增速由A牵头,B配合;…: a note opened by a lead-in names each indicator's
    units; the whole's cell of every row of the table takes them, the places' cells keep their places'."""
    drafted = {(t.quote.split(" | ")[0], t.value, t.lead, t.support) for t in draft_spec(_SHARES_WITH_A_NOTE).targets}
    whole = {(name, lead, support) for name, value, lead, support in drafted if lead != ("各市人民政府",)}
    assert whole == {
        ("地区生产总值增速", ("省发展和改革委员会",), ("省统计局",)),
        ("城镇新增就业（万人）", ("省人力资源和社会保障厅",), ()),
        ("粮食产量（亿斤）", ("省农业农村厅",), ()),
    }
    assert sum(lead == ("各市人民政府",) for _, _, lead, _ in drafted) == 6


_PARTNERED = (
    "某县2026年农村公路工作要点\n\n一、管理养护\n\n"
    "在管理养护方面，县交通运输局将会同县财政局全面推行农村公路“路长制”，年内实现县、乡、村三级路长全覆盖；"
    "农村公路年度养护工程比例不低于5%。\n\n二、运输服务\n\n"
    "县交通运输局会同县邮政管理局、县商务局推进农村客货邮融合发展，新建乡镇运输服务站12个。\n"
)


def test_one_unit_named_with_the_units_it_works_with_leads_what_follows_it() -> None:
    """X将会同Y全面推行…, X会同Y、Z推进…: no comma after the helpers, a verb of what is to be done straight
    after the office's name; one unit so named is no chance, it answers with its helpers."""
    assert _units(_PARTNERED) == [
        ("年内实现县、乡、村三级路长全覆盖", ("县交通运输局",), ("县财政局",)),
        ("农村公路年度养护工程比例不低于5%", ("县交通运输局",), ("县财政局",)),
        ("新建乡镇运输服务站12个", ("县交通运输局",), ("县邮政管理局", "县商务局")),
    ]


def test_helpers_end_at_the_office_s_whole_name_and_a_report_of_what_was_done_names_none() -> None:
    """社区卫生服务中心要会同社会事务办公室做好…: the helper is the whole 社会事务办公室; 市住建委会同市城管委下达了…
    reports what was done, and one unit named so leads nothing."""
    helped = (
        "某街道2026年工作计划\n\n一、社会事业\n\n社区卫生服务中心要会同社会事务办公室做好基本公共卫生服务，"
        "65岁及以上老年人健康管理率达到70%。\n\n二、城市管理\n\n城市管理办公室要完成老旧小区改造9个。\n"
    )
    assert _units(helped)[0] == ("65岁及以上老年人健康管理率达到70%", ("社区卫生服务中心",), ("社会事务办公室",))
    reported = (
        "某市2026年老旧小区改造工作安排\n\n一、管线改造\n\n7月初，市住建委会同市城管委下达了第一批管线改造计划，"
        "全市新开工加装电梯400部以上。\n"
    )
    assert _units(reported) == [("全市新开工加装电梯400部以上", (), ())]


def test_a_statement_of_the_work_above_keeps_its_helpers_whole_before_a_remark() -> None:
    """上述任务由A牵头,会同B、C共同组织实施,目前已分解下达到各市州。: B and C help (共同组织实施 is how), and
    the remark after them names no unit."""
    text = (
        "某省2026年农村公路建设工作要点\n\n一、建设任务\n\n"
        "今年全省农村公路建设的主要目标是：新改建农村公路8000公里以上；改造农村公路危旧桥梁400座。"
        "上述任务由省交通运输厅牵头，会同省财政厅、省自然资源厅共同组织实施，目前已分解下达到各市州。\n\n"
        "二、资金保障\n\n省交通运输厅将会同省财政厅加大资金统筹力度：一是争取国家车购税资金40亿元以上；二是新建站点12个。\n"
    )
    helped = (("省交通运输厅",), ("省财政厅", "省自然资源厅"))
    funded = (("省交通运输厅",), ("省财政厅",))
    assert _units(text) == [
        ("新改建农村公路8000公里以上", *helped),
        ("改造农村公路危旧桥梁400座", *helped),
        ("一是争取国家车购税资金40亿元以上", *funded),
        ("新建站点12个", *funded),
    ]


def _read(text: str) -> list[tuple[str, str, str | None, object]]:
    return [(t.quote, t.kind, t.comparator, t.value) for t in draft_spec(text, year=2026).targets]


def _item(sentence: str) -> str:
    return f"某区2026年民生实事\n\n一、重点任务\n\n{sentence}\n"


def test_a_date_of_this_year_alone_in_its_clause_dates_the_clause_after_it() -> None:
    """今年6月底前,在…实施…; 今年底前,全市改扩建…中心15个: 今年 names no more than the date does, and the
    clause after the comma is the dated deliverable (a dated count is a milestone with its figure)."""
    assert _read(_item("今年6月底前，在市主城区环路以内实施65岁以上老人免费乘坐公交车。")) == [
        ("在市主城区环路以内实施65岁以上老人免费乘坐公交车", "milestone", None, None)
    ]
    assert _read(_item("今年底前，全市改扩建居家养老服务中心15个。")) == [
        ("全市改扩建居家养老服务中心15个", "milestone", "=", Decimal(15))
    ]


def test_a_verb_alone_before_a_list_mark_governs_the_object_after_it() -> None:
    """今年底前新建、改扩建校舍14万平方米: 新建 has no object of its own, so it is no deliverable apart."""
    assert _read(_item("今年底前新建、改扩建校舍14万平方米。")) == [
        ("今年底前新建、改扩建校舍14万平方米", "milestone", "=", Decimal(140000))
    ]


def test_a_purpose_or_the_part_of_the_work_opening_a_sentence_is_no_deliverable() -> None:
    """为保障…“落地”, and 在…方面, open what the next clause delivers."""
    assert _read(_item("为保障“四建一通”工程项目“落地”，全区安排资金15亿元。")) == [
        ("全区安排资金15亿元", "amount", "=", Decimal(1500000000))
    ]
    assert _read(_item("在乡乡通二级公路建设工程方面，新开工建设104个项目。")) == [
        ("新开工建设104个项目", "count", "=", Decimal(104))
    ]


def test_a_news_headline_of_an_earlier_year_s_results_states_no_target_of_this_year() -> None:
    """甘肃2014年新建农村公路突破1万公里 over a report of the 2015 plan: the headline looks back."""
    text = (
        "甘肃2014年新建农村公路突破1万公里\n\n来源: 中国公路网  发布时间:2015-01-07 11:55:00\n\n"
        "2015年,全省将继续实施通畅工程,确保全年建成建制村通畅路1万公里。\n"
    )
    assert [t.quote for t in draft_spec(text).targets] == ["确保全年建成建制村通畅路1万公里"]


def test_a_level_held_to_last_year_s_is_a_relative_target() -> None:
    """脱贫劳动力务工就业规模不低于上年: at least last year's level, no figure."""
    assert _read(_item("用好帮扶车间，脱贫劳动力务工就业规模不低于上年。")) == [
        ("脱贫劳动力务工就业规模不低于上年", "relative", ">=", None)
    ]


def test_a_count_of_those_each_to_reach_a_figure_says_which_ones() -> None:
    """全镇16个村集体经济经营性收入全部达到10万元以上: the figure each reaches is the target, not the 16."""
    assert _read(_item("全镇16个村集体经济经营性收入全部达到10万元以上。")) == [
        ("全镇16个村集体经济经营性收入全部达到10万元以上", "amount", ">=", Decimal(100000))
    ]


def test_passing_a_certification_is_a_deliverable_and_enforcement_or_a_time_after_is_none() -> None:
    """通过国家标准版认证 delivers; 对…单位进行约谈 enforces the plan; 项目完成后 says when."""
    assert _read(_item("区人民医院胸痛中心通过国家标准版认证。")) == [
        ("区人民医院胸痛中心通过国家标准版认证", "milestone", None, None)
    ]
    assert _read(_item("对工作不力、影响任务完成的单位进行约谈。项目完成后，区政府将组织开展群众满意度测评。")) == []


def test_a_lead_said_with_how_it_leads_and_a_helper_with_its_part() -> None:
    """由区发展和改革局牵头统筹调度,区财政局负责资金保障: the first leads, the second helps."""
    from planengine.draft.responsibility import parse_responsibility

    answer = parse_responsibility("由区发展和改革局牵头统筹调度，区财政局负责资金保障")
    assert (answer.lead, answer.support) == (("区发展和改革局",), ("区财政局",))


def test_a_paragraph_s_statement_sharing_its_targets_by_topic_gives_each_sentence_its_part() -> None:
    """(工业领域目标由A牵头,农业领域目标由B牵头) after a paragraph whose ; parts follow the topics' order: each
    part's targets take its unit, even where a target names its topic loosely (农产品 for 农业); the
    other paragraphs of the heading keep their own statements."""
    text = (
        "某市数字经济行动方案\n\n一、主要目标\n\n"
        "产业规模持续壮大。数字经济核心产业增加值增长12%以上。(以上指标由市发展改革委牵头,市统计局配合)\n\n"
        "融合应用不断深化。新增规模以上工业企业数字化改造项目200个,建成智能工厂15家;"
        "农产品网络零售额增长15%。(工业领域目标由市工信局牵头,农业领域目标由市农业农村局牵头)\n"
    )
    assert _units(text) == [
        ("数字经济核心产业增加值增长12%以上", ("市发展改革委",), ("市统计局",)),
        ("新增规模以上工业企业数字化改造项目200个", ("市工信局",), ()),
        ("建成智能工厂15家", ("市工信局",), ()),
        ("农产品网络零售额增长15%", ("市农业农村局",), ()),
    ]


def test_communities_listed_before_the_kind_they_share_are_one_name() -> None:
    """(城市管理办、社区事务办、澜苑、望湖社区) under 排在第一位的为牵头单位: 澜苑、望湖社区 is one name, as the keys
    keep names holding 、 whole."""
    from planengine.draft.responsibility import split_units

    assert split_units("城市管理办、社区事务办、澜苑、望湖社区") == ["城市管理办", "社区事务办", "澜苑、望湖社区"]
    assert split_units("城市管理办、澜苑社区、望湖社区") == ["城市管理办", "澜苑社区", "望湖社区"]


def test_reporting_progress_and_overseeing_it_are_no_targets_and_preparing_to_build_is_one() -> None:
    """每季度末5日内将工作进展报送…, 年中对任务推进情况开展一次集中督查: the plan's own upkeep; 筹建…中心 delivers."""
    assert _read(_item("各牵头单位每季度末5日内将工作进展报送领导小组办公室。")) == []
    assert _read(_item("年中对任务推进情况开展一次集中督查。")) == []
    assert _read(_item("筹建国家碳计量中心。")) == [("筹建国家碳计量中心", "milestone", None, None)]


def test_the_second_figure_of_a_pair_keeps_the_first_s_indicator_and_a_loose_name_finds_its_duty() -> None:
    """…城镇和农村居民人均可支配收入分别增长5.5%左右、7%左右…。上述指标中,…城乡居民收入由县统计局牵头,…: the
    name is not written whole in the target, but it is the one the target's words share most with;
    the bare 7%左右 is the same indicator's."""
    text = (
        "某县2026年政府工作报告\n\n一、主要目标\n\n"
        "主要预期目标是:一般公共预算收入增长5%,城镇和农村居民人均可支配收入分别增长5.5%左右、7%左右。"
        "上述指标中,一般公共预算收入由县财政局负责;城乡居民收入由县统计局牵头,县人社局、县农业农村局配合。\n"
    )
    income = (("县统计局",), ("县人社局", "县农业农村局"))
    assert _units(text) == [
        ("一般公共预算收入增长5%", ("县财政局",), ()),
        ("城镇和农村居民人均可支配收入分别增长5.5%左右", *income),
        ("7%左右", *income),
    ]


def test_stages_of_one_project_each_dated_are_a_milestone_each() -> None:
    """3月底前开工建设城东污水处理厂二期、10月底前建成投用: two dates, two deliverables."""
    assert [t.quote for t in draft_spec(_item("3月底前开工建设城东污水处理厂二期、10月底前建成投用。")).targets] == [
        "3月底前开工建设城东污水处理厂二期",
        "10月底前建成投用",
    ]


def test_reaching_another_s_average_level_is_a_relative_target() -> None:
    """达到全国中上程度, 达到西部平均水平: at least the benchmark's level; 达到国际领先水平 stays a direction."""
    assert _read(_item("全省城乡居民收入达到全国中上程度。")) == [
        ("全省城乡居民收入达到全国中上程度", "relative", ">=", None)
    ]
    assert _read(_item("农牧民人均纯收入突破6800元,达到西部平均水平。"))[-1] == (
        "达到西部平均水平",
        "relative",
        ">=",
        None,
    )
    assert _read(_item("城市电网达到国际领先水平。")) == []


def test_every_line_of_a_schedule_is_due_by_the_date_it_opens_with() -> None:
    """推进节点: 3月底前,完成…梳理,储备项目不少于15个; 6月底前,…累计完成投资2亿元: each figure of a line is a
    milestone due by the line's date, not only the clause right after it."""
    text = _item(
        "推进节点：\n3月底前，完成重点项目库梳理，储备项目不少于15个；\n6月底前，新签约项目2个以上，累计完成固定资产投资2亿元；\n"
    )
    drafted = {(t.quote, t.kind) for t in draft_spec(text, year=2026).targets}
    assert ("储备项目不少于15个", "milestone") in drafted
    assert ("累计完成固定资产投资2亿元", "milestone") in drafted


def test_a_building_verb_before_a_list_mark_shares_the_next_verb_s_object() -> None:
    """赣州经开区将启动新建、改扩建学校项目17个: one target of 17, no milestone 启动新建."""
    assert [t.quote for t in draft_spec(_item("2018年,经开区将启动新建、改扩建学校项目17个。"), year=2018).targets] == [
        "经开区将启动新建、改扩建学校项目17个"
    ]


def test_a_clearing_of_the_weak_villages_in_marks_is_a_ceiling_of_none() -> None:
    """实现收益10万元以下的「薄弱村」全部「清零」: none left; the figure says which villages, not the ceiling."""
    assert _read(_item("实现收益10万元以下的「薄弱村」全部「清零」。")) == [
        ("实现收益10万元以下的「薄弱村」全部「清零」", "ceiling", "<=", Decimal(0))
    ]


def test_a_place_among_the_strongest_n_is_a_rank_ceiling() -> None:
    """进入全国县域经济百强县, 跻身全省十强: a rank of N at most."""
    assert _read(_item("力争三年内进入全国县域经济百强县。")) == [
        ("力争三年内进入全国县域经济百强县", "ceiling", "<=", Decimal(100))
    ]
    assert _read(_item("全县综合实力跻身全省十强。")) == [("全县综合实力跻身全省十强", "ceiling", "<=", Decimal(10))]


def _drafted(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


def test_an_item_s_statement_after_a_clause_of_who_pays_is_still_the_item_s() -> None:
    """新建社区食堂10个,所需资金由区财政局负责保障;区民政局牵头,各街道配合。: the ; parts the item's own statement
    from a clause of who pays, which is no list of duties."""
    assert _drafted(_item("新建社区食堂10个，所需资金由区财政局负责保障；区民政局牵头，各街道配合。")) == [
        ("新建社区食堂10个", ("区民政局",), ("各街道",))
    ]


def test_a_duty_s_loose_name_answers_only_a_target_sharing_half_its_words() -> None:
    """城乡居民收入由县统计局牵头 is no answer for 居民消费价格涨幅 (one word of four shared), nor 工业投资由县工信局
    牵头 for 固定资产投资增长8%."""
    text = (
        "某县2026年政府工作报告\n\n一、主要目标\n\n主要预期目标是:地区生产总值增长6%,固定资产投资增长8%,"
        "工业投资增长10%,居民消费价格涨幅控制在3%左右。上述指标中,城乡居民收入由县统计局牵头;地区生产总值由县发改局牵头;"
        "工业投资由县工信局牵头。\n"
    )
    drafted = dict((quote, lead) for quote, lead, _ in _drafted(text))
    assert drafted["地区生产总值增长6%"] == ("县发改局",)
    assert drafted["工业投资增长10%"] == ("县工信局",)
    assert drafted["固定资产投资增长8%"] == ()
    assert drafted["居民消费价格涨幅控制在3%左右"] == ()


def test_a_note_under_a_table_of_shares_under_a_heading_names_the_whole_s_units() -> None:
    """The same note, its table under 一、主要指标: the heading makes no difference."""
    text = _SHARES_WITH_A_NOTE.replace("某省2026年目标任务分解表\n\n", "某省2026年目标任务分解表\n\n一、主要指标\n\n")
    whole = {(t.quote.split(" | ")[0], t.lead) for t in draft_spec(text).targets if t.lead != ("各市人民政府",)}
    assert ("地区生产总值增速", ("省发展和改革委员会",)) in whole


def test_stages_dated_apart_name_their_project_and_a_year_end_stage_is_one_of_them() -> None:
    """3月底前开工建设城东污水处理厂二期、10月底前建成投用: a stage naming no work of its own takes the first
    stage's, so that two projects' 建成投用 stay two metrics; 年底前 dates a stage as a month does."""
    text = (
        "某区2026年民生实事\n\n一、重点任务\n\n3月底前开工建设城东污水处理厂二期、10月底前建成投用。\n\n"
        "二、公园\n\n6月底前完成城西公园改造、9月底前建成投用。\n"
    )
    result = draft_spec(text, year=2026)
    assert [t.quote for t in result.targets] == [
        "3月底前开工建设城东污水处理厂二期",
        "10月底前建成投用",
        "6月底前完成城西公园改造",
        "9月底前建成投用",
    ]
    names = [m["name"] for m in result.spec["metrics"]]
    assert names[1].startswith("城东污水处理厂二期建成投用") and names[3].startswith("城西公园改造建成投用")
    assert len(draft_spec(_item("3月底前完成招标、6月底前开工建设、年底前建成投用。"), year=2026).targets) == 3


def test_a_schedule_set_out_as_paragraphs_dates_each_and_a_later_date_keeps_its_own() -> None:
    """推进节点 with a blank line between its dated paragraphs is a schedule still; a line whose last clause
    has a date of its own (…,年底前全部完工) is not dated whole by its first."""
    text = _item("推进节点：\n\n3月底前，完成重点项目库梳理，储备项目不少于15个。\n\n6月底前，新签约项目2个以上。\n")
    assert ("储备项目不少于15个", "milestone") in {(t.quote, t.kind) for t in draft_spec(text, year=2026).targets}
    later = _item(
        "6月底前，开工建设城东污水处理厂；\n9月底前，启动城西供水管网改造，改造管网12公里，年底前全部完工。\n"
    )
    assert ("改造管网12公里", "amount") in {(t.quote, t.kind) for t in draft_spec(later, year=2026).targets}


def test_a_building_verb_after_its_own_object_is_a_deliverable_of_its_own() -> None:
    """年底前完成城东小学新建、改扩建城西中学教学楼2栋: the first item names its object before its verb."""
    assert [
        t.quote for t in draft_spec(_item("年底前完成城东小学新建、改扩建城西中学教学楼2栋。"), year=2026).targets
    ] == [
        "年底前完成城东小学新建",
        "改扩建城西中学教学楼2栋",
    ]


def _ranked_table(legend: str, row: str, header: str = "| 序号 | 改革任务 | 年度目标 | 牵头单位 | 参与单位 |") -> str:
    return f"某市2026年改革任务台账\n\n说明：{legend}\n\n{header}\n| --- | --- | --- | --- | --- |\n{row}\n"


def test_a_first_lead_star_ranks_the_leads_whatever_the_helpers_cell_holds() -> None:
    """标“*”者为第一牵头单位: with an empty helpers cell, and with the star on the second unit, every unit of
    the lead column leads, the starred first; 其他为配合单位 after the legend makes the star the one lead."""
    legend = "牵头单位栏列有两个单位的，标“*”者为第一牵头单位。"
    empty = _ranked_table(legend, "| 1 | 预算改革 | 绩效目标覆盖率100% | 市财政局*、市审计局 | 无 |")
    assert _drafted(empty) == [("绩效目标覆盖率100%", ("市财政局", "市审计局"), ())]
    second = _ranked_table(legend, "| 1 | 审批改革 | 办结率100% | 市市场监管局、市政务服务局* | 市司法局 |")
    assert _drafted(second) == [("办结率100%", ("市政务服务局", "市市场监管局"), ("市司法局",))]
    alone = _ranked_table(
        "标“*”的为主要牵头单位，其他为配合单位。",
        "| 1 | 数据改革 | 开放数据集300个 | 市数据局*、市发展改革委 | 市财政局 |",
    )
    assert _drafted(alone) == [("开放数据集300个", ("市数据局",), ("市发展改革委", "市财政局"))]


def test_helpers_after_会同_end_at_a_department_s_whole_name() -> None:
    """县人社局将会同县委组织部开展…: 县委组织部 whole (组织 is no verb here)."""
    text = (
        "某县2026年人才工作要点\n\n一、人才引进\n\n县人社局将会同县委组织部开展人才引进工作，全年引进高层次人才50名。\n"
    )
    assert _drafted(text) == [("全年引进高层次人才50名", ("县人社局",), ("县委组织部",))]


def test_each_part_of_a_statement_shared_by_topic_keeps_its_own_helpers() -> None:
    """(工业领域目标由A牵头,B配合;农业领域目标由C牵头): B helps A, not C."""
    text = (
        "某市数字经济行动方案\n\n一、主要目标\n\n产业规模持续壮大。数字经济核心产业增加值增长12%以上。(以上指标由市发展改革委牵头)\n\n"
        "融合应用不断深化。新增工业企业数字化改造项目200个;农产品网络零售额增长15%。"
        "(工业领域目标由市工信局牵头,市统计局配合;农业领域目标由市农业农村局牵头)\n"
    )
    assert _drafted(text)[1:] == [
        ("新增工业企业数字化改造项目200个", ("市工信局",), ("市统计局",)),
        ("农产品网络零售额增长15%", ("市农业农村局",), ()),
    ]


def test_reaching_an_average_level_or_more_and_a_purpose_with_its_deliverable() -> None:
    """达到全省平均水平以上 is relative too; 为推动高质量发展建成城东产业园 still delivers the park."""
    assert _read(_item("全县城乡居民收入达到全省平均水平以上。")) == [
        ("全县城乡居民收入达到全省平均水平以上", "relative", ">=", None)
    ]
    assert [q for q, *_ in _read(_item("为推动高质量发展建成城东产业园。"))] == ["为推动高质量发展建成城东产业园"]


def test_a_note_under_a_table_of_places_gives_their_rows_and_the_whole_s_row_their_units() -> None:
    """注:表中各乡镇指标由各乡镇人民政府负总责,各乡镇卫生院具体实施;全县指标由县卫生健康局负责统筹考核。"""
    text = (
        "某县2026年基本公共卫生服务项目实施方案\n\n一、乡镇目标\n\n"
        "| 乡镇 | 家庭医生签约率(%) | 老年人健康管理率(%) |\n| 城关镇 | 68 | 75 |\n| 石门乡 | 63 | 72 |\n| 全县 | 64 | 72.5 |\n\n"
        "注：表中各乡镇指标由各乡镇人民政府负总责，各乡镇卫生院具体实施；全县指标由县卫生健康局负责统筹考核。\n"
    )
    units = {(t.quote.split(" | ")[0], t.lead, t.support) for t in draft_spec(text, year=2026).targets}
    assert units == {
        ("城关镇", ("各乡镇人民政府",), ("各乡镇卫生院",)),
        ("石门乡", ("各乡镇人民政府",), ("各乡镇卫生院",)),
        ("全县", ("县卫生健康局",), ()),
    }


def test_a_line_saying_who_does_the_items_under_a_heading_answers_for_them() -> None:
    """三、重点工作 / 县卫生健康局负责以下重点工作: / (一)…(二)…: the bureau leads every item."""
    text = (
        "某县公卫计划\n\n三、重点工作\n\n县卫生健康局负责以下重点工作：\n\n（一）新建规范化家庭医生工作室6个。\n\n"
        "（二）基层医疗卫生机构诊疗人次增长5%。\n"
    )
    assert _drafted(text) == [
        ("新建规范化家庭医生工作室6个", ("县卫生健康局",), ()),
        ("基层医疗卫生机构诊疗人次增长5%", ("县卫生健康局",), ()),
    ]


def test_units_each_doing_their_part_after_the_one_that_answers_help_it() -> None:
    """由县卫生健康局负责组织实施,各乡镇卫生院承担具体体检任务,县人民医院、县中医医院负责技术指导."""
    from planengine.draft.responsibility import parse_responsibility

    answer = parse_responsibility(
        "由县卫生健康局负责组织实施，各乡镇卫生院承担具体体检任务，县人民医院、县中医医院负责技术指导"
    )
    assert (answer.lead, answer.support) == (("县卫生健康局",), ("各乡镇卫生院", "县人民医院", "县中医医院"))


def test_a_size_class_of_what_is_phased_out_and_an_assessment_s_grading_are_no_targets() -> None:
    """12台10蒸吨/小时及以下燃煤锅炉淘汰: 12 boilers, the size says which; 低于60分为不合格, 最高扣减20%,
    不得为完成指标搞“被签约”: how the plan is assessed and what is forbidden."""
    assert [(q, v) for q, _, _, v in _read(_item("6月底前完成县城建成区12台10蒸吨/小时及以下燃煤锅炉淘汰工作。"))] == [
        ("6月底前完成县城建成区12台10蒸吨/小时及以下燃煤锅炉淘汰工作", Decimal(12))
    ]
    assert _read(_item("考核得分低于60分为不合格。结算资金最高扣减20%。不得为完成指标搞“被签约”“空签约”。")) == []


_TOWN_REPORT = (
    "某镇2026年政府工作报告\n\n一、2026年主要预期目标\n\n全镇地区生产总值增长6%左右,固定资产投资达到8.5亿元。\n"
    "上述预期目标由镇经济发展办牵头分解落实,镇财政所、镇统计站配合做好监测调度。\n\n"
    "二、重点工作\n\n(一)推进乡村振兴\n\n镇农业农村办将牵头抓好粮食生产,全镇粮食播种面积稳定在3.2万亩以上,新建高标准农田4500亩。\n\n"
    "壮大村级集体经济,各村集体经济经营性收入全部达到15万元以上(责任单位:镇农村经营管理站,各村配合)。\n\n"
    "(二)民生\n\n湾东工业园标准厂房二期5月底前主体完工,此项由镇规划建设办负责推进,镇经济发展办做好招商对接。"
    "镇文化站组织开展群众性文化活动不少于60场。\n"
)


def test_a_town_s_offices_named_as_subjects_and_statements_closing_their_own_paragraphs() -> None:
    """上述预期目标由…牵头分解落实,…配合做好监测调度: the goals' units; 镇农业农村办将牵头… opens a paragraph of its
    own, the next closing with (责任单位:A,各村配合) is that statement's; 此项由A负责推进,B做好招商对接; 镇文化站
    named as a subject."""
    assert _drafted(_TOWN_REPORT) == [
        ("全镇地区生产总值增长6%左右", ("镇经济发展办",), ("镇财政所", "镇统计站")),
        ("固定资产投资达到8.5亿元", ("镇经济发展办",), ("镇财政所", "镇统计站")),
        ("全镇粮食播种面积稳定在3.2万亩以上", ("镇农业农村办",), ()),
        ("新建高标准农田4500亩", ("镇农业农村办",), ()),
        ("各村集体经济经营性收入全部达到15万元以上", ("镇农村经营管理站",), ("各村",)),
        ("湾东工业园标准厂房二期5月底前主体完工", ("镇规划建设办",), ("镇经济发展办",)),
        ("组织开展群众性文化活动不少于60场", ("镇文化站",), ()),
    ]


def test_a_unit_said_to_answer_in_person_is_no_part_of_its_name() -> None:
    """(由农业机械化管理处具体负责): 具体 says how it answers."""
    from planengine.draft.responsibility import parse_responsibility

    assert parse_responsibility("由农业机械化管理处具体负责").lead == ("农业机械化管理处",)


def test_a_closing_table_of_duties_by_item_number_beside_the_items_topics() -> None:
    """附件:任务分工 | 序号 | 任务 | 牵头单位 | 配合单位 | with rows 1-2 and 3: each row answers for the items it
    numbers (the topic beside the numbers says which); a table of its own tasks numbered 1, 2, 3 does not."""
    text = (
        "某县2026年政务服务工作方案\n\n二、重点任务\n\n（一）标准化\n\n1.动态管理事项清单。\n（1）政务服务事项标准化率达到100%。\n\n"
        "2.规范办事指南。\n（1）办事指南要素准确率不低于98%。\n\n（二）好差评\n\n3.健全好差评机制。\n（1）差评整改率达到100%。\n\n"
        "附件：任务分工\n\n| 序号 | 任务 | 牵头单位 | 配合单位 |\n| 1-2 | 推进标准化 | 县政务服务和数据管理局 | 县委编办 |\n"
        "| 3 | 提升服务质效 | 县人民政府办公室 | 县政务服务和数据管理局 |\n"
    )
    assert _drafted(text) == [
        ("政务服务事项标准化率达到100%", ("县政务服务和数据管理局",), ("县委编办",)),
        ("办事指南要素准确率不低于98%", ("县政务服务和数据管理局",), ("县委编办",)),
        ("差评整改率达到100%", ("县人民政府办公室",), ("县政务服务和数据管理局",)),
    ]


def test_none_of_the_accidents_a_figure_qualifies_and_a_place_s_description_are_read_so() -> None:
    """不发生一次死亡3人以上道路交通事故 and 不发生重大森林火灾: ceilings of none; 镇辖12个行政村、2个社区: what the
    town is."""
    assert _read(_item("不发生一次死亡3人以上道路交通事故，不发生重大森林火灾。")) == [
        ("不发生一次死亡3人以上道路交通事故", "ceiling", "<=", Decimal(0)),
        ("不发生重大森林火灾", "ceiling", "<=", Decimal(0)),
    ]
    assert _read(_item("霁岭镇地处东部山区，辖12个行政村、2个社区，境内有县道3条。")) == []


@pytest.mark.parametrize(
    ("written", "low", "high", "unit"),
    [
        ("1.9万头至2.1万头", 19000, 21000, "头"),
        ("1.9万至2.1万头", 19000, 21000, "头"),
        ("30万吨到32万吨", 300000, 320000, "吨"),
        ("2万人次至3万人次", 20000, 30000, "人次"),
    ],
)
def test_a_range_whose_ends_each_carry_the_scale_or_the_measure_word(
    written: str, low: int, high: int, unit: str
) -> None:
    """保持在1.9万头至2.1万头之间: one range, each end written whole."""
    from planengine.draft.numbers import find_quantities

    (quantity,) = find_quantities(written)
    assert (quantity.low, quantity.high, quantity.unit) == (Decimal(low), Decimal(high), unit)


def test_a_plan_s_words_quoted_after_提出了_and_its_relatives_listed_before_a_figure() -> None:
    """《三年行动》提出了“到2025年,…营业收入较2021年翻一番、…数量较2021年倍增、工业总产值年均增长20%以上”的目标:
    the quoted words are the plan's, and each multiple listed before the figure is a target of its own."""
    text = (
        "云南开发区三年行动\n\n《三年行动》提出了“到2025年,开发区运营管理体制机制全面优化、全省开发区营业收入较2021年翻一番、"
        "超千亿元开发区数量较2021年倍增、工业总产值年均增长20%以上”的目标。\n"
    )
    drafted = [(t.quote, t.kind) for t in draft_spec(text, year=2023).targets]
    assert drafted[:2] == [
        ("全省开发区营业收入较2021年翻一番", "relative"),
        ("超千亿元开发区数量较2021年倍增", "relative"),
    ]
    assert drafted[2] == ("工业总产值年均增长20%以上", "growth-rate")


def test_none_dead_or_missing_and_a_capacity_above_another_s() -> None:
    """因灾死亡失踪人数为零: a ceiling of none; 新能源装机规模超过火电装机规模: relative to the other's."""
    assert _read(_item("全县各类自然灾害因灾死亡失踪人数为零。")) == [
        ("全县各类自然灾害因灾死亡失踪人数为零", "ceiling", "<=", Decimal(0))
    ]
    assert _read(_item("新能源装机规模超过火电装机规模。")) == [
        ("新能源装机规模超过火电装机规模", "relative", ">", None)
    ]


def test_a_project_s_description_beside_the_year_s_counted_targets_is_no_target() -> None:
    """建设内容:…(its size, its cost) beside 年度目标:…26个: the year's targets are the 年度目标 line's; beside
    a 年度目标 line of stages only (8月底前竣工交付) the description's figures are the deliverables still. A
    lead's implementers in brackets help."""
    counted = (
        "某县2026年民生实事工作方案\n\n（七）老旧小区改造工程\n建设内容：改造老旧小区，项目总投资1.52亿元。\n"
        "年度目标：开工改造城镇老旧小区26个、惠及居民3100户以上。\n"
        "牵头单位：县住房和城乡建设局（城关镇人民政府、河西街道办事处具体实施）\n配合单位：县财政局\n"
    )
    assert _drafted(counted) == [
        ("开工改造城镇老旧小区26个", ("县住房和城乡建设局",), ("城关镇人民政府", "河西街道办事处", "县财政局")),
        ("惠及居民3100户以上", ("县住房和城乡建设局",), ("城关镇人民政府", "河西街道办事处", "县财政局")),
    ]
    staged = "某县2025年民生实事\n\n（一）学校\n建设内容：新建第三小学，新增学位1080个。\n年度目标：第三小学8月底前竣工交付。\n"
    assert "新增学位1080个" in [t.quote for t in draft_spec(staged, year=2025).targets]


def test_a_news_box_of_last_year_s_figures_and_a_floor_in_words_with_a_figure_striven_for() -> None:
    """【数说2025】 over bulleted results: the year gone; 外贸进出口确保正增长、力争增长3%: two targets."""
    text = (
        "云澜市2026年政府工作报告解读\n\n今年的目标是：外贸进出口确保正增长、力争增长3%；城镇新增就业4.2万人以上。\n\n"
        "【数说2025】\n●规上工业增加值增长7.2%；\n●新增城市绿道56公里。\n\n记者注意到，今年的目标有所调整。\n"
    )
    drafted = [(t.quote, t.kind, t.comparator, t.value) for t in draft_spec(text, year=2026).targets]
    assert drafted[0] == ("外贸进出口确保正增长", "growth-rate", ">", Decimal(0))
    assert drafted[1][1:] == ("growth-rate", "=", Decimal("0.03"))
    assert [q for q, *_ in drafted[2:]] == ["城镇新增就业4.2万人以上"]


def test_a_report_s_figure_of_the_period_so_far_is_no_target() -> None:
    """关于1-10月份…进展情况的报告: 地区生产总值增长6.5%以上 is the plan's, 三季度增长5.5% how far it went."""
    text = "关于1-10月份市政府重点工作进展情况的报告\n\n一、进展\n\n第1项地区生产总值增长6.5%以上，三季度增长5.5%、增速居全省第8位。\n"
    assert [t.quote for t in draft_spec(text, year=2025).targets] == ["第1项地区生产总值增长6.5%以上"]


_TOWN = "某镇2026年工作要点\n\n一、重点工作\n\n{}\n\n二、民生\n\n镇民政办将新建养老服务站3个。镇文化站组织开展群众性文化活动不少于60场。\n"


def test_the_second_review_s_faults_in_subjects_and_names() -> None:
    """积极做好招商服务 names no helper; 镇污水处理站 is a facility, not an office; 由A具体负责,B配合 leads A;
    各村(社区)配合 helps."""
    from planengine.draft.responsibility import parse_responsibility

    assert _drafted(_TOWN.format("由镇经济发展办牵头,积极做好招商服务,全年引进项目5个。"))[0] == (
        "全年引进项目5个",
        ("镇经济发展办",),
        (),
    )
    assert _drafted(_TOWN.format("镇污水处理站完成提标改造,日处理能力达到2000吨。"))[:2] == [
        ("镇污水处理站完成提标改造", (), ()),
        ("日处理能力达到2000吨", (), ()),
    ]
    answer = parse_responsibility("由县农业农村局具体负责,各乡镇配合")
    assert (answer.lead, answer.support) == (("县农业农村局",), ("各乡镇",))
    helped = parse_responsibility("责任单位:县住建局,各村(社区)配合")
    assert (helped.lead, helped.support) == (("县住建局",), ("各村(社区)",))


def test_the_second_review_s_faults_in_targets() -> None:
    """辖区新建公厕5座 is done in the place (霁岭镇辖12个行政村 describes it); 省委提出“培育10家…,带动…”的目标:
    both clauses, without the words after the mark; 1万到2027年 is no range."""
    from planengine.draft.numbers import find_quantities

    assert [q for q, *_ in _read(_item("辖区新建公厕5座。辖区内新增绿地2万平方米。"))] == [
        "辖区新建公厕5座",
        "辖区内新增绿地2万平方米",
    ]
    assert _read(_item("霁岭镇辖12个行政村、2个社区。")) == []
    assert [q for q, *_ in _read(_item("省委提出“培育10家龙头企业,带动5万户农民增收”的目标。"))] == [
        "培育10家龙头企业",
        "带动5万户农民增收",
    ]
    assert [q.high for q in find_quantities("新增1万到2027年累计3万")] == [None, None]


def test_the_second_review_s_faults_in_statements() -> None:
    """上述主要目标由A负责分解落实,B配合; a paragraph between a subject's and the statement closing the heading
    takes the statement, whatever the line spacing."""
    text = (
        "某镇2026年政府工作报告\n\n一、2026年主要预期目标\n\n全镇地区生产总值增长6%左右。\n"
        "上述主要目标由镇经济发展办负责分解落实,镇财政所配合。\n"
    )
    assert _drafted(text) == [("全镇地区生产总值增长6%左右", ("镇经济发展办",), ("镇财政所",))]
    for gap in ("\n\n", "\n"):
        heading = gap.join(
            [
                "(一)推进乡村振兴",
                "镇农业农村办将牵头抓好粮食生产,全镇粮食播种面积稳定在3.2万亩以上。",
                "新建高标准农田4500亩。",
                "壮大村级集体经济,各村集体经济经营性收入全部达到15万元以上。(责任单位:镇农业农村办、镇农村经营管理站)",
            ]
        )
        units = dict((q, lead) for q, lead, _ in _drafted(f"某镇2026年工作要点\n\n{heading}\n"))
        assert units["新建高标准农田4500亩"] == ("镇农业农村办", "镇农村经营管理站")


def test_a_closing_statement_of_this_item_stays_the_last_item_s() -> None:
    """(三)…(牵头处室:A;配合处室:B) / 9.… / 10.… / 11.…。本项工作由C牵头,D配合。: the heading's units answer for
    9 and 10; 本项 says the statement is item 11's alone."""
    text = (
        "某局2026年工作要点\n\n(三)数字化转型（牵头处室：信息化推进处；配合处室：科技与装备处、财务处）\n\n"
        "9.加快新型信息基础设施建设。新建5G基站1200个。\n\n10.发展工业互联网。培育市级工业互联网平台5个。\n\n"
        "11.建设工业数据底座。6月底前建成全市工业大数据平台一期。本项工作由数据资源处牵头，信息化推进处配合。\n"
    )
    assert _drafted(text) == [
        ("新建5G基站1200个", ("信息化推进处",), ("科技与装备处", "财务处")),
        ("培育市级工业互联网平台5个", ("信息化推进处",), ("科技与装备处", "财务处")),
        ("6月底前建成全市工业大数据平台一期", ("数据资源处",), ("信息化推进处",)),
    ]


def test_an_office_and_the_places_collective_in_brackets_and_helpers_closing_a_subject_s_sentence() -> None:
    """(区应急管理局、各镇街) closing an item lists units (the first leading where the document says so); a
    subject's sentence closing with …,各村(社区)配合。 names its helpers, unless that clause follows a statement
    of its own (…由A牵头,各村全力配合)."""
    listed = (
        "某区2026年安全生产目标任务\n\n（括号内列第一位的为牵头单位，其余为配合单位。）\n\n一、执法\n\n"
        "1.严格安全生产执法，全年执法检查生产经营单位1200家次以上。(区应急管理局、各镇街)\n"
    )
    assert _drafted(listed) == [("全年执法检查生产经营单位1200家次以上", ("区应急管理局",), ("各镇街",))]
    town = (
        "某镇2026年政府工作报告\n\n一、稳住农业基本盘。镇农业服务中心将全力抓好粮食生产，全年粮食播种面积稳定在3.2万亩以上，"
        "各村（社区）配合。\n\n二、民生。镇社会事务办公室将新增城镇就业220人。\n"
    )
    assert _drafted(town) == [
        ("全年粮食播种面积稳定在3.2万亩以上", ("镇农业服务中心",), ("各村（社区）",)),
        ("新增城镇就业220人", ("镇社会事务办公室",), ()),
    ]


def test_paragraphs_opening_with_their_units_after_a_heading_s_statement_are_theirs() -> None:
    """(三)… / …龙头企业2家(牵头单位:A) / 县商务局牵头、县供销社配合,… / 县文旅局要联合各乡镇人民政府打造… /
    县供水公司承担农村供水保障任务,…: each paragraph opening with its unit is that unit's."""
    text = (
        "某县2026年农业农村重点工作方案\n\n(三)做强乡村特色产业\n\n新增省级农业产业化龙头企业2家。(牵头单位:县农业农村局)\n\n"
        "县商务局牵头、县供销社配合,实施农产品电商提升行动,全年农产品网络零售额增长12%以上。\n\n"
        "县文化旅游广电体育局要联合各乡镇人民政府打造乡村旅游精品线路4条。\n\n"
        "县城乡供水有限公司承担农村供水保障任务,农村自来水普及率达到93%。\n"
    )
    assert _drafted(text) == [
        ("新增省级农业产业化龙头企业2家", ("县农业农村局",), ()),
        ("全年农产品网络零售额增长12%以上", ("县商务局",), ("县供销社",)),
        ("打造乡村旅游精品线路4条", ("县文化旅游广电体育局",), ("各乡镇人民政府",)),
        ("农村自来水普及率达到93%", ("县城乡供水有限公司",), ()),
    ]
