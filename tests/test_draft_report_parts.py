"""The parts of a progress report and of a table copied a cell a line: what reports, what belongs
to which heading, and names cut by a line end."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planengine.draft import draft_spec

REPORT = (
    "平川县水利局关于2024年上半年重点工作任务推进情况的报告\n"
    "一、总体进展\n"
    "1—6月累计完成水利建设投资2.36亿元。全县未发生重大山洪灾害,汛期人员零伤亡。龙溪河治理项目进度滞后约两个月。\n"
    "二、下半年工作安排\n"
    "下半年,我局将紧盯年度目标,倒排工期。一是确保8月底前完成城南灌区渠道衬砌30公里。\n"
    "附件\n"
    "平川县水利局2024年重点工作任务推进情况表\n"
    "序号 | 工作任务 | 年度目标 | 1—6月完成情况 | 责任股室 | 配合单位 |\n"
    "1 | 水利投资 | 全年完成水利建设投资5亿元以上 | 完成2.36亿元 | 规划计划股 | 县发展改革局、县财政局 |\n"
    "2 | 水土保持 | 治理水土流失面积25平方公里 | 完成11.3平方公里 | 水土保持股 | 县林业局 |\n"
)


def test_an_overall_progress_section_reports_and_a_resolve_is_no_milestone() -> None:
    quotes = [t.quote for t in draft_spec(REPORT, year=2024).targets]
    assert quotes == [
        "确保8月底前完成城南灌区渠道衬砌30公里",
        "全年完成水利建设投资5亿元以上",
        "治理水土流失面积25平方公里",
    ]


def test_an_attachment_is_no_part_of_the_heading_before_it() -> None:
    targets = draft_spec(REPORT, year=2024).targets
    assert [(t.quote[:8], t.lead, t.support) for t in targets] == [
        ("确保8月底前完成", (), ()),
        ("全年完成水利建设", ("规划计划股",), ("县发展改革局", "县财政局")),
        ("治理水土流失面积", ("水土保持股",), ("县林业局",)),
    ]


def test_a_unit_s_name_cut_by_a_line_end_in_a_table_copied_a_cell_a_line() -> None:
    text = (
        "东湖区2025年重点工作目标任务分解表\n序号\n工作任务\n目标要求\n完成时限\n责任单位\n"
        "1\n大气污染防治\nPM2.5平均浓度控制在32微克/立方米以内\n12月底\n市生态环境局东湖分局*、区住建局、区城\n管局\n"
        "2\n地区生产总值\n增长6%左右\n12月底\n区发改局*、区统计局\n"
    )
    targets = draft_spec(text, year=2025).targets
    assert [(t.lead, t.support) for t in targets] == [
        (("市生态环境局东湖分局",), ("区住建局", "区城管局")),
        (("区发改局",), ("区统计局",)),
    ]


def test_next_steps_on_a_line_reporting_progress_are_the_plan_again() -> None:
    text = (
        "清江市住房和城乡建设局关于2024年前三季度重点工作推进情况的报告\n一、重点目标任务推进情况\n"
        "1.城镇老旧小区改造。年度目标:改造城镇老旧小区86个。进展情况:截至9月底,已开工82个,完工37个。"
        "下步打算:确保剩余4个小区10月25日前开工,年底前完工60个以上。\n"
        "责任科室:城市更新科;配合单位:市财政局\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.quote, t.value, t.lead) for t in targets] == [
        ("改造城镇老旧小区86个", Decimal(86), ("城市更新科",)),
        ("确保剩余4个小区10月25日前开工", Decimal(4), ("城市更新科",)),
        ("年底前完工60个以上", Decimal(60), ("城市更新科",)),
    ]


def test_a_unit_leading_in_a_sentence_of_its_own_without_you_and_a_leader_who_is_no_unit() -> None:
    text = (
        "一、千亿斤粮食产能工程\n任务分工:吕维峰副省长负责,省农委总牵头。\n"
        "1.水利化工程:开工建设灌区5个渠首工程。新增水田面积100万亩。省水利厅牵头,省发改委、农垦总局等单位配合。\n"
        "2.农机化工程:建设30个现代农机专业合作社项目。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2009).targets] == [
        (("省水利厅",), ("省发改委", "农垦总局")),
        (("省水利厅",), ("省发改委", "农垦总局")),
        (("省农委",), ()),
    ]


def test_a_column_of_next_steps_after_the_units_is_read_and_progress_is_not() -> None:
    text = (
        "清溪镇2024年重点工作目标任务推进情况表\n"
        "序号 | 目标任务 | 分管领导 | 牵头单位 | 配合单位 | 上半年完成情况 | 下半年推进措施 |\n"
        "1 | 全年完成固定资产投资4.2亿元。 | 李建华 | 镇经济发展办公室 | 镇财政所 | 完成2.05亿元。 | "
        "9月底前累计完成投资3.2亿元。 |\n"
        "2 | 新增规上企业3家。 | 李建华 | 镇经济发展办公室 | 镇财政所 | 新增1家。 | 紧盯2家意向企业,推动2家企业年底前入规。 |\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.quote, t.kind, t.lead) for t in targets] == [
        ("全年完成固定资产投资4.2亿元", "amount", ("镇经济发展办公室",)),
        ("9月底前累计完成投资3.2亿元", "milestone", ("镇经济发展办公室",)),
        ("新增规上企业3家", "count", ("镇经济发展办公室",)),
        ("推动2家企业年底前入规", "milestone", ("镇经济发展办公室",)),
    ]


def test_a_dated_resolve_to_press_on_is_no_milestone() -> None:
    assert draft_spec("下半年将集中力量攻坚。四季度全力冲刺。", year=2024).targets == ()


def test_a_bureau_s_news_of_its_year_states_targets_and_reports_progress() -> None:
    text = (
        "市发展改革局2025年重点工作\n"
        "目前,51个新建重点项目正加快推进,涉及前期手续办理的项目已完成552个,完成率达67.6%。"
        "延吉市确定今年GDP增长计划为6%,并制定了一季度经济增长6%的目标。"
    )
    assert [(t.quote, t.kind) for t in draft_spec(text, year=2025).targets] == [
        ("延吉市确定今年GDP增长计划为6%", "growth-rate"),
        ("并制定了一季度经济增长6%的目标", "growth-rate"),
    ]


def test_a_bracket_of_units_the_page_breaks_off_still_names_them_and_a_cut_name_names_no_one() -> None:
    cut_after_names = (
        "一、抓住机遇,深入实施15项重大工程,提升质量。加快推进300个省级重大项目。〔省委军民融合办、省数据局(省营商局)"
    )
    assert [t.lead for t in draft_spec(cut_after_names, year=2025).targets] == [
        ("省委军民融合办", "省数据局(省营商局)")
    ] * 2
    cut_inside_a_name = "一、重点任务\n1.企业研发投入增长15%,新增企业5家。(牵头单位:市"
    assert [t.lead for t in draft_spec(cut_inside_a_name, year=2025).targets] == [(), ()]


@pytest.mark.parametrize(
    ("sentence", "lead", "support"),
    [
        (
            "此项工作由市教育局牵头,市发展改革委、市财政局和各县(市、区)人民政府负责落实。",
            "市教育局",
            ("市发展改革委", "市财政局", "各县(市、区)人民政府"),
        ),
        ("牵头单位为市人力资源社会保障局,责任单位为市总工会、团市委。", "市人力资源社会保障局", ("市总工会", "团市委")),
        ("市卫生健康委负责组织实施,市医保局、市财政局配合。", "市卫生健康委", ("市医保局", "市财政局")),
        (
            "由市生态环境局牵头,市园林绿化中心、市水利局及各县(市、区)人民政府负责。",
            "市生态环境局",
            ("市园林绿化中心", "市水利局", "各县(市、区)人民政府"),
        ),
    ],
)
def test_who_leads_said_in_prose_after_the_targets(sentence: str, lead: str, support: tuple[str, ...]) -> None:
    text = f"一、教育\n1.新建中小学和幼儿园12所,新增公办学位9000个以上。{sentence}\n"
    assert [(t.lead, t.support) for t in draft_spec(text, year=2024).targets] == [((lead,), support)] * 2


def test_a_name_with_and_inside_it_is_one_unit() -> None:
    text = "一、住房\n1.新开工改造城镇老旧小区56个。由市住房和城乡建设局牵头,市发展和改革委员会配合。\n"
    assert [(t.lead, t.support) for t in draft_spec(text, year=2024).targets] == [
        (("市住房和城乡建设局",), ("市发展和改革委员会",))
    ]


def test_unit_cells_take_the_header_s_unit_columns_in_order() -> None:
    text = (
        "2023年莲都区政府工作报告重点工作责任分解\n分类\n序号\n事项\n责任单位\n牵头单位\n发展目标\n"
        "1\n地区生产总值增长6.5%以上。\n区农业农村局、区经商局、区发改局\n区发改局\n"
        "2\n区本级规上工业增加值增长10%。\n区经商局、莲都经开区管委会\n区经商局\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text).targets] == [
        (("区发改局",), ("区农业农村局", "区经商局")),
        (("区经商局",), ("莲都经开区管委会",)),
    ]


def test_units_named_together_as_the_subject_all_lead_what_follows() -> None:
    text = (
        "一、民生实事\n今年11月底前,市经信委要新增发放至少500万张社保卡。"
        "市住建委、市发改委、市规划委等要建设筹集各类保障性住房5万套,竣工6万套。"
        "市交通委、市公安局和区政府要新增公共自行车1万辆。\n"
    )
    assert [t.lead for t in draft_spec(text, year=2016).targets] == [
        ("市经信委",),
        ("市住建委", "市发改委", "市规划委"),
        ("市住建委", "市发改委", "市规划委"),
        ("市交通委", "市公安局", "区政府"),
    ]


def test_a_growth_carried_past_a_strive_word_and_growth_of_any_size() -> None:
    text = "一、主要目标\n固定资产投资保持稳定增长、力争达到3%,外贸进出口力争正增长。\n"
    assert [(t.kind, t.comparator, t.value) for t in draft_spec(text, year=2024).targets] == [
        ("growth-rate", ">=", Decimal("0.03")),
        ("growth-rate", ">", Decimal(0)),
    ]


def test_units_in_square_brackets_without_a_label_after_an_item() -> None:
    text = (
        "  一、推动完成地区生产总值增长4.5%左右等经济社会发展主要预期目标。〔省发展改革委、省财政厅等牵头,"
        "省(中)直有关单位按职责分工负责〕\n  二、落实政策,新增专项债项目20个。〔省水利厅、省数据局(省营商局)〕\n"
        "  三、依法办理文件。(黑政办发〔2024〕17号)\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("省发展改革委", "省财政厅"), ("省(中)直有关单位",)),
        (("省水利厅", "省数据局(省营商局)"), ()),
    ]


def test_a_line_naming_the_units_of_the_items_before_it() -> None:
    text = (
        "2007年郑州市人民政府目标管理工作方案\n一、关于目标体系设置\n(一)跨越式发展目标。主要针对“31245”的目标任务,包括4项。\n"
        "  1.地区生产总值增长15%;\n  2.第三产业增加值达到1000亿元;\n  2项目标的责任单位均为市发展改革委。\n"
        "  3.规模以上工业销售收入达到3000亿元;\n  该目标责任单位为市经委。\n"
        "  4.地方财政收入净增50亿元;\n  该目标责任单位为市财政局。\n"
    )
    assert [(t.value, t.lead) for t in draft_spec(text).targets] == [
        (Decimal("0.15"), ("市发展改革委",)),
        (Decimal(100000000000), ("市发展改革委",)),
        (Decimal(300000000000), ("市经委",)),
        (Decimal(5000000000), ("市财政局",)),
    ]


def test_a_half_year_s_report_with_its_plan_after_reports_its_first_half() -> None:
    text = (
        "汀溪县交通运输局\n关于2024年上半年重点工作推进情况及下半年工作安排的报告\n一、重点工作\n"
        "(一)治超治限。全年路面执法检查货车不少于1.2万辆次。上半年检查货车6830辆次,超限超载率0.41%。"
        "上半年未发生较大及以上事故。\n(二)强化安全监管。第三季度组织开展应急演练不少于2次。\n"
    )
    assert [t.quote for t in draft_spec(text).targets] == [
        "全年路面执法检查货车不少于1.2万辆次",
        "第三季度组织开展应急演练不少于2次",
    ]


def test_places_sharing_a_unit_and_a_collective_over_two_levels_are_one_name() -> None:
    from planengine.draft.responsibility import split_units

    assert split_units("省发改委、铁路办、相关市、县政府") == ["省发改委", "铁路办", "相关市、县政府"]
    assert split_units("机场扩建指挥部、哈尔滨、黑河、绥芬河市政府、省农垦总局") == [
        "机场扩建指挥部",
        "哈尔滨、黑河、绥芬河市政府",
        "省农垦总局",
    ]
    assert split_units("县教育局、县财政局") == ["县教育局", "县财政局"]


def test_an_instruction_to_every_office_is_no_milestone() -> None:
    assert draft_spec("一、工作要求\n各责任处室(单位)要于2月底前细化工作方案。\n", year=2024).targets == ()


def test_items_of_a_progress_section_that_restate_their_targets_before_reporting() -> None:
    text = (
        "为推进决策部署落实,督查室对2021年重点工作上半年完成情况进行了督办。现将有关情况通报如下:\n"
        "一、主要指标任务完成情况\n"
        "(一)全市主要预期目标完成情况\n"
        "上半年,全市完成地区生产总值802.81亿元,比上年同期增长28.6%。\n"
        "(二)报告中确定的其他指标任务完成情况\n"
        "1.引进行业龙头企业投资项目不少于3个;新开工亿元以上产业项目100个。上半年,引进世界500强企业投资项目3个。\n"
        "2.培育互联网融合发展平台2家。支持企业实施数字化改造,重点支持3家企业。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2021).targets] == [
        "引进行业龙头企业投资项目不少于3个",
        "新开工亿元以上产业项目100个",
        "培育互联网融合发展平台2家",
    ]


def test_a_part_of_what_is_reported_and_its_share_of_the_year_report_too() -> None:
    """已全部开工,其中改造完成945个,完成年度任务的52%: the subset (其中…) and its share of the year's
    task are reported with the clause before; the year's targets before them stay."""
    from planengine.draft import draft_spec

    text = (
        "某省民生工程进展\n今年的目标是开工安置房12万套以上、建成8万套以上。"
        "上半年已开工10.48万套、建成7.43万套,分别完成年度任务的87.3%、92.9%。"
        "今年的任务目标是改造城镇老旧小区1816个,已全部开工,其中改造完成945个,完成年度任务的52%。\n"
    )
    assert [t.value for t in draft_spec(text, year=2023).targets] == [120000, 80000, 1816]


def test_a_news_report_of_the_months_so_far_states_only_the_year_s_targets() -> None:
    """记者从…获悉,今年前4月,…已完成: a report; 前4月完成…, 前4月开工… and 占年度…计划投资的52.4% say what
    is done, the year's planned figures beside them are its targets."""
    from planengine.draft import draft_spec

    text = (
        "东南网5月26日讯 昨日,记者从省工作组办公室获悉,今年前4月,全省重点任务已完成投资110亿元,"
        "占年度210亿元计划投资的52.4%。\n"
        "其中,年度计划建设乡镇污水配套管网850公里,前4月完成389.9公里,完成投资4.08亿元;"
        "年度计划生成551个项目,前4月开工516个,完成投资6.36亿元。\n"
    )
    assert [t.value for t in draft_spec(text, year=2022).targets] == [850, 551]
    plan = "某县2022年工作方案\n一、任务\n年度计划建设污水管网850公里,前4个月完成管网勘察设计。\n"
    got = [(t.kind, t.value) for t in draft_spec(plan, year=2022).targets]
    assert got == [("amount", 850), ("milestone", None)]  # in a plan, 前4个月完成… is its schedule


def test_a_label_of_progress_on_its_own_line_turns_the_items_after_it_to_a_report() -> None:
    text = (
        "某县2023年暖民心行动1-6月份实施进展情况通报\n"
        "一、各项目实施进展情况\n"
        "(一)就业促进行动\n市定任务(2023年度)\n1、充分就业社区创建18个;\n2、新增技能人才2400人;\n"
        "工作进展情况\n1、充分就业社区创建18个,已完成目标任务的100%。\n2、新增技能人才2450人,已完成目标任务的100%。\n"
        "(二)快乐健身行动\n市定任务(2023年度)\n1、补建健身点(60个);\n"
        "工作进展情况\n1、已补建健身点58个。\n"
    )
    got = [(t.quote, t.value) for t in draft_spec(text, year=2023).targets]
    assert got == [
        ("充分就业社区创建18个", Decimal(18)),
        ("新增技能人才2400人", Decimal(2400)),
        ("补建健身点", Decimal(60)),
    ]


def test_a_label_of_targets_after_the_report_turns_back_to_the_plan() -> None:
    text = (
        "(一)就业促进行动\n年度任务\n1、新增技能人才2400人;\n工作进展情况\n1、新增技能人才1450人。\n"
        "下半年目标任务\n1、开展技能培训800人次。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2023).targets] == ["新增技能人才2400人", "开展技能培训800人次"]


def test_a_completion_table_under_a_heading_of_what_was_done_states_its_items_targets() -> None:
    text = (
        "附件:\n3.2022年度本级民生实事项目完成情况\n"
        "序号 | 项 目 内 容 | 年度完成情况 | 完成成效 | 责任单位 | 责任人 |\n"
        "1 | 新增托位1140个 | 新增托位1155个。 | 超额完成 | 市卫健局 | 黄某 |\n"
        "2 | 新改扩建公办幼儿园3所 | 新建成投用幼儿园3所。 | 完成任务 | 市教育局 | 李某 |\n"
    )
    got = [(t.quote, t.value, t.lead) for t in draft_spec(text, year=2022).targets]
    assert got == [
        ("新增托位1140个", Decimal(1140), ("市卫健局",)),
        ("新改扩建公办幼儿园3所", Decimal(3), ("市教育局",)),
    ]


def test_a_bulletin_s_count_of_items_done_and_their_share_are_no_targets_but_its_quoted_items_are() -> None:
    text = (
        "省级民生实事30项,其中“新增持证养老护理员”、“开展职业技能培训”等17项超额完成、占比56.67%。"
        "另,“新开工提标加固海塘18.4公里”(市水利局)、“公共场所新增AED”(市红十字会)、"
        "“完成回迁安置857户以上”(市住建局)等3个项目曾因过程性滞后被通报,但均能如期完成。\n"
    )
    got = [(t.kind, t.value, t.lead) for t in draft_spec(text, year=2022).targets]
    assert got == [("amount", Decimal("18.4"), ("市水利局",)), ("count", Decimal(857), ("市住建局",))]


def test_a_section_on_how_the_economy_ran_reports() -> None:
    """一、一季度经济运行情况 looks back as 执行情况 does; the plan's section after it states targets."""
    from planengine.draft import draft_spec

    text = (
        "某市2025年一季度经济运行分析及二季度工作安排\n一、一季度经济运行情况\n"
        "一季度,全市地区生产总值增长5.8%,新开工亿元以上项目28个。\n"
        "二、二季度重点工作\n(一)稳工业。二季度新开工亿元以上项目30个。(市工信局)\n"
    )
    assert [t.value for t in draft_spec(text, year=2025).targets] == [30]


def test_a_figure_followed_by_its_share_done_reports_and_the_list_counting_its_items_is_no_target() -> None:
    """实体零工驿站建设完成2个,完成率200%: what is done, as the share after it says; 其余27项中 and
    超额完成任务的已有10项 count the list's own items. A figure with its share still to reach
    (确保…,完成率达到100%), or in a plan (完成…整改500户,完成率100%), stays a target, and so does
    年内新开工的有30项."""
    text = (
        "某县9月份民生工程进展情况\n"
        "全县30项民生实事中,其余27项中,截至9月底已完成19项。\n"
        "其中超额完成任务的已有10项:实体零工驿站建设完成2个,完成率200%;资助家庭经济困难学生18710名,完成率115%。\n"
    )
    assert draft_spec(text, year=2025).targets == ()
    plan = "某县2025年民生实事\n一、就业\n1.确保新建零工驿站2个,完成率达到100%。\n"
    assert [t.value for t in draft_spec(plan, year=2025).targets][:1] == [2]
    plan = "某县2025年工作方案\n一、任务\n完成农村户厕问题摸排整改500户,完成率100%。全年计划实施重点项目80项,年内新开工的有30项。\n"
    assert [t.value for t in draft_spec(plan, year=2025).targets] == [Decimal(n) for n in (500, 1, 80, 30)]


def test_a_report_s_next_period_with_its_subject_before_the_plan_word_is_ahead() -> None:
    """一季度,全市新开工…: reported; 二季度,全市计划新开工…: the plan's, though 全市 stands before 计划
    (not 上半年,全县主要经济指标…, nor 全市计划新开工60个,实际开工58个: the period's plan beside what was
    done); 确保全年目标圆满完成 and 时间过半、任务过半 say the plan is met, no deliverable of it."""
    text = (
        "某市一季度重点项目推进情况通报\n"
        "一季度,全市新开工项目45个,完成投资120亿元。二季度,全市计划新开工项目60个,完成投资150亿元。\n"
        "第四季度,各地要倒排工期,确保全年目标圆满完成。上半年,确保各项任务实现“时间过半、任务过半”。\n"
    )
    assert [(t.quote, t.value) for t in draft_spec(text, year=2025).targets] == [
        ("全市计划新开工项目60个", Decimal(60)),
        ("完成投资150亿元", Decimal(15_000_000_000)),
    ]


def test_a_period_reported_keeps_its_report_when_a_word_holds_要_or_its_plan_stands_beside_what_was_done() -> None:
    text = (
        "某县2025年上半年工作进展情况通报\n一、总体\n"
        "上半年,全县主要经济指标稳中向好,地区生产总值增长5.8%。1-6月,全县重要农产品供给稳定,生猪出栏12万头。\n"
        "上半年,全市计划新开工项目60个,实际开工58个,开工率96.7%。\n"
    )
    assert draft_spec(text, year=2025).targets == ()
