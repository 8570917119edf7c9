"""Wordings of targets and of who answers for them, read as the plans mean them."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec


def test_units_labelled_as_hosts_and_co_hosts() -> None:
    text = (
        "惠民实事\n"
        "一、实施脱贫攻坚工程\n完成50万户农村危房改造。\n主办单位:省扶贫办、省住房城乡建设厅\n协办单位:省财政厅\n"
        "二、实施农村公路建设\n完成1.6万公里道路建设。\n牵头单位:省交通运输厅\n"
    )
    targets = draft_spec(text, year=2016).targets
    assert [(t.lead, t.support) for t in targets] == [
        (("省扶贫办", "省住房城乡建设厅"), ("省财政厅",)),
        (("省交通运输厅",), ()),
    ]


def test_cut_to_a_level_is_a_ceiling() -> None:
    text = "惠民实事\n将身份证办理时限缩短为30天。贷款利率降低为3.5%。\n"
    targets = draft_spec(text, year=2016).targets
    assert [(t.kind, t.comparator, t.value) for t in targets] == [
        ("ceiling", "<=", Decimal(30)),
        ("ceiling", "<=", Decimal("0.035")),
    ]


def test_a_list_before_an_ellipsis_and_a_question() -> None:
    text = "标题\n新增碧道100公里、完成保障性住房投资400亿元以上......2023年,深圳人的生活将有哪些新变化?\n"
    assert [t.quote for t in draft_spec(text, year=2023).targets] == [
        "新增碧道100公里",
        "完成保障性住房投资400亿元以上",
    ]


def test_pieces_of_a_field_are_counted() -> None:
    text = "实事项目\n6、新建、改建12个体育公园,建成20片足球场。\n"
    targets = draft_spec(text, year=2021).targets
    assert [(t.quote, t.kind, t.value, t.unit) for t in targets] == [
        ("新建、改建12个体育公园", "count", Decimal(12), "个"),
        ("建成20片足球场", "count", Decimal(20), "片"),
    ]


def test_how_an_assessment_scores_and_grades_is_no_target() -> None:
    text = (
        "目标责任书\n"
        "完成目标得6分。考核结果分为优秀(90分以上)、良好(80-89分)、合格和不合格四个等次。"
        "现有养老床位1200张。升级政务服务大厅现有设备,打造3个示范点。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2024).targets] == ["打造3个示范点"]


def test_units_closing_a_section_answer_for_every_item_above_them() -> None:
    text = (
        "关于2024年重点目标任务第三季度推进情况的通报\n"
        "一、经济运行\n"
        "1.【目标】地区生产总值增长6%左右。【进展】前三季度增长5.4%。\n"
        "2.【目标】每千常住人口执业(助理)医师数达到2.8人。【进展】达2.6人。\n"
        "以上目标由县发展和改革局牵头,县统计局、县卫生健康局按职责分工负责。\n"
        "二、项目建设\n"
        "1.【目标】引进省外到位资金35亿元以上。【进展】到位26.9亿元。\n"
        "以上工作由县投资促进中心牵头,县发展和改革局配合。\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.quote, t.kind, t.lead, t.support) for t in targets] == [
        ("地区生产总值增长6%左右", "growth-rate", ("县发展和改革局",), ("县统计局", "县卫生健康局")),
        ("每千常住人口执业(助理)医师数达到2.8人", "ratio", ("县发展和改革局",), ("县统计局", "县卫生健康局")),
        ("引进省外到位资金35亿元以上", "amount", ("县投资促进中心",), ("县发展和改革局",)),
    ]


def test_a_part_closing_with_its_units_in_several_clauses() -> None:
    text = (
        "2024年度安全生产目标管理责任方案\n"
        "一、总体控制目标\n"
        "（一）火灾事故亡人数控制在2人以内。\n"
        "（二）危险化学品、烟花爆竹领域生产安全事故零发生。\n"
        "以上控制指标由区应急管理局牵头，区消防救援大队配合，各街道（镇）负责本辖区指标的分解落实。\n"
        "二、专项整治\n"
        "（一）新增集中充电端口3000个。\n"
        "（二）力争新增安全生产标准化二级以上企业25家。\n"
        "本部分工作由区应急管理局、区公安分局牵头，区市场监管局配合，各街道（镇）协同推进。\n"
        "三、宣传培训\n"
        "培训企业主要负责人和安全管理人员6000人次。\n"
        "本部分工作由区应急管理局牵头，区教育局配合。\n"
        "四、考核奖惩\n"
        "本方案所列8项控制指标完成情况纳入年度综合考核。\n"
    )
    targets = draft_spec(text, year=2024).targets
    first = (("区应急管理局",), ("区消防救援大队", "各街道（镇）"))
    second = (("区应急管理局", "区公安分局"), ("区市场监管局", "各街道（镇）"))
    assert [(t.quote, t.kind, (t.lead, t.support)) for t in targets] == [
        ("火灾事故亡人数控制在2人以内", "ceiling", first),
        ("危险化学品、烟花爆竹领域生产安全事故零发生", "ceiling", first),
        ("新增集中充电端口3000个", "count", second),
        ("力争新增安全生产标准化二级以上企业25家", "count", second),
        ("培训企业主要负责人和安全管理人员6000人次", "count", (("区应急管理局",), ("区教育局",))),
    ]


def test_units_closing_a_first_level_heading_answer_for_it_alone() -> None:
    text = (
        "工作要点\n"
        "一、教育\n新增公办幼儿园学位540个。\n"
        "二、生态环境\n完成人工造林1.5万亩。\n"
        "以上工作由县林业局牵头,县水利局配合。\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.quote, t.lead, t.support) for t in targets] == [
        ("新增公办幼儿园学位540个", (), ()),
        ("完成人工造林1.5万亩", ("县林业局",), ("县水利局",)),
    ]


def test_a_level_a_higher_level_requires_is_a_relative_target() -> None:
    text = "纲要分工\n5.细颗粒物(PM2.5)年均浓度达到市级要求。\n6.生产生活用水总量达到市级要求。\n"
    targets = draft_spec(text, year=2021).targets
    assert [(t.kind, t.comparator, t.value) for t in targets] == [("relative", ">=", None)] * 2


def test_a_news_story_dated_and_quoting_an_estimate_of_a_year_gone() -> None:
    text = (
        "河北政府工作报告\n"
        "记者 北京报道 1月11日,河北省省长作政府工作报告时指出,预计河北2022年生产总值增长3.8%左右,"
        "一般公共预算收入增长6.6%。2023年,全省生产总值增长6%左右。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2023).targets] == ["全省生产总值增长6%左右"]


def test_the_notices_formula_and_a_request_to_every_district_state_no_target() -> None:
    text = (
        "通知\n现将《政府工作报告》确定的5个方面62项重点工作予以分解。今年实施十项民生重点工程。"
        "防止返贫监测对象风险消除率不低于上级下达目标。请各区于2月20日前正式上报各项指标落实点位具体信息。\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.quote, t.kind) for t in targets] == [("防止返贫监测对象风险消除率不低于上级下达目标", "relative")]


def test_a_horizon_is_not_taken_for_the_plan_year() -> None:
    text = (
        "三农工作\n1月10日,记者从省委农村工作会议上获悉,2023年全省三农发展的主要目标是:"
        "全省一产增加值增长5%以上。到2035年,基本实现农业现代化。\n"
    )
    result = draft_spec(text)
    assert result.spec["year"] == 2023
    assert [t.quote for t in result.targets] == ["全省一产增加值增长5%以上"]


def test_herders_in_ten_thousands_are_people_counted() -> None:
    text = "民生工程\n解决2.6万农牧民的饮水安全问题。\n"
    target = draft_spec(text, year=2017).targets[0]
    assert (target.kind, target.value) == ("count", Decimal(26000))


def test_an_assessment_table_reads_its_targets_not_its_scoring() -> None:
    text = (
        "2025年度乡村振兴实绩考核细则\n"
        "考核对象为全县11个乡镇,“好”等次比例原则上不超过30%。\n"
        "考核内容 | 考核指标 | 分值 | 评分标准 | 责任单位\n"
        "粮食生产 | 粮食播种面积稳定在县下达任务以上,全县不低于42.6万亩 | 5 | 每少100亩扣0.5分 | 县农业农村局\n"
        "农民增收 | 脱贫人口人均纯收入增长8%以上 | 5 | 增速达到8%得3分 | 县乡村振兴服务中心\n"
    )
    targets = draft_spec(text, year=2025).targets
    assert [(t.quote, t.kind) for t in targets] == [
        ("粮食播种面积稳定在县下达任务以上", "relative"),
        ("全县不低于42.6万亩", "amount"),
        ("脱贫人口人均纯收入增长8%以上", "growth-rate"),
    ]


def test_a_five_year_plans_period_gone_and_word_counts_are_no_targets() -> None:
    text = (
        "吉林省政府工作报告\n"
        "2026年吉林省政府工作报告中,“发展”出现67次,“建设”出现57次。\n"
        "胡玉亭说,“十四五”期间,吉林省地区生产总值达到1.5万亿元、增长19.8%。财政收入达到1350亿元。\n"
        "报告显示,吉林省2026年主要预期目标是:地区生产总值增长5%左右。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2026).targets] == ["地区生产总值增长5%左右"]


def test_a_leader_named_before_the_units_on_their_line() -> None:
    text = (
        "目标任务分解\n一、经济发展\n1.地区生产总值增长7%左右。\n"
        "责任领导:王振国  牵头单位:经济发展局  配合单位:统计局、各园区服务中心\n"
    )
    target = draft_spec(text, year=2024).targets[0]
    assert (target.lead, target.support) == (("经济发展局",), ("统计局", "各园区服务中心"))


def test_units_closing_a_group_of_items_answer_for_each_of_them() -> None:
    text = (
        "十件民生实事\n一、稳岗就业促增收\n1.城镇新增就业4.2万人以上。\n2.开展补贴性职业技能培训1.8万人次。\n"
        "牵头单位:市人力资源社会保障局\n责任单位:市财政局、市农业农村局\n"
        "二、扩大优质教育资源\n3.新建公办幼儿园9所。(牵头单位:市教育体育局)\n4.开工建设老年大学。\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.lead, t.support) for t in targets] == [
        (("市人力资源社会保障局",), ("市财政局", "市农业农村局")),
        (("市人力资源社会保障局",), ("市财政局", "市农业农村局")),
        (("市教育体育局",), ()),
        ((), ()),
    ]


def test_a_quarters_label_dates_what_follows_it() -> None:
    text = "行动\n1 | 招大引强行动 | 1季度:招引10亿元以上项目2个,亿元以上项目15个;第二季度:招引项目4个 | 区投促局 |\n"
    targets = draft_spec(text, year=2022).targets
    assert [(t.quote, t.kind, t.value) for t in targets] == [
        ("招引10亿元以上项目2个", "milestone", Decimal(2)),
        ("亿元以上项目15个", "milestone", Decimal(15)),
        ("招引项目4个", "milestone", Decimal(4)),
    ]


def test_a_project_tables_schedule_states_its_targets_and_its_content_describes() -> None:
    text = (
        "2024年重点项目计划\n"
        "序号 | 项目名称 | 建设内容及规模 | 总投资(万元) | 2024年计划投资(万元) | 形象进度目标 | 责任单位 |\n"
        "一、产业发展项目(2个) |  |  | 112500 | 35450 |  |  |\n"
        "1 | 新材料产业园标准化厂房 | 新建标准化厂房12栋,建筑面积18.6万平方米 | 56000 | 18500 | 6月底前12栋全部主体封顶 | 经开区管委会 |\n"
        "截至8月底,12个项目超额完成节点目标,3个项目报市政府同意后调整目标任务。\n"
    )
    targets = draft_spec(text, year=2024).targets
    # the year's planned spending (quoted from the project's name to its figure) and the schedule
    assert sorted((t.kind, t.quote[-5:]) for t in targets) == [("amount", "18500"), ("milestone", "部主体封顶")]


def test_units_after_a_dash_labelled_without_colons() -> None:
    text = (
        "2025年重点工作责任清单\n一、经济发展\n"
        "1. 新增规上工业企业3家 —— 责任领导 刘海燕 ; 牵头 镇工业园区服务中心 ; 配合 镇经济发展办\n"
        "2. 完成固定资产投资12亿元 —— 责任领导 王立军 ; 牵头 镇经济发展办 ; 配合 镇规划建设办、镇财政所\n"
    )
    targets = draft_spec(text, year=2025).targets
    assert [(t.quote, t.lead, t.support) for t in targets] == [
        ("新增规上工业企业3家", ("镇工业园区服务中心",), ("镇经济发展办",)),
        ("完成固定资产投资12亿元", ("镇经济发展办",), ("镇规划建设办", "镇财政所")),
    ]


def test_a_striven_deadline_makes_its_items_targets_striven() -> None:
    text = "民生实事\n1.新增中学学位3985个,其中初中学位2185个。\n完成时限:力争2026年8月底前\n2.新增托位100个。\n完成时限:2026年6月底前\n"
    targets = draft_spec(text, year=2026).targets
    assert [(t.quote, t.strive) for t in targets] == [
        ("新增中学学位3985个", True),
        ("其中初中学位2185个", True),
        ("新增托位100个", False),
    ]


def test_a_schedule_by_months_dates_each_paragraph_s_steps() -> None:
    """A plan's schedule, each paragraph opening with its months (3-4月, 9月): its steps are due then."""
    text = (
        "2021年新建学校实施方案\n二、实施步骤\n"
        "3-4月,祁连路小学等6所学校建设项目开复工,东升幼儿园等3所学校建设项目完成开工手续。\n"
        "9月,祁连路小学等5所学校招生办学。\n"
    )
    spec = draft_spec(text, year=2021).spec
    assert [(t["quote"], t["schedule"]) for t in spec["targets"]] == [
        ("祁连路小学等6所学校建设项目开复工", [{"month": 4, "share": 1}]),
        ("东升幼儿园等3所学校建设项目完成开工手续", [{"month": 4, "share": 1}]),
        ("祁连路小学等5所学校招生办学", [{"month": 9, "share": 1}]),
    ]


def test_in_a_report_a_month_opening_a_paragraph_reports() -> None:
    text = "关于2021年1-9月民生实事推进情况的通报\n9月,全市新建学校5所。\n"
    assert draft_spec(text, year=2021).targets == ()


def test_an_assessment_s_weights_quotas_and_bonus_conditions_are_no_targets() -> None:
    text = (
        "2025年度重点工作目标考核细则\n"
        "超额完成目标值20%以上的指标，每项加0.5分。"
        "考核采取日常督查、半年检查和年终考核相结合的方式进行，日常督查占30%、半年检查占20%、年终考核占50%。"
        "优秀等次不超过参评单位的30%。城镇新增就业不少于420人。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2025).targets] == ["城镇新增就业不少于420人"]


def test_the_plan_breaking_its_work_into_items_counts_its_own_items() -> None:
    text = "政府工作报告重点工作分解\n将全年工作分解为150项具体目标任务。新建学校3所。\n"
    assert [t.quote for t in draft_spec(text, year=2020).targets] == ["新建学校3所"]


def test_units_named_once_before_the_first_heading_answer_for_the_whole_document() -> None:
    text = (
        "禾川县2024年度目标管理责任书\n"
        "责任单位:禾川县水务局\n"
        "一、考核指标\n"
        "1.安全生产\n目标值:全年开展水利安全生产检查不少于12次。\n"
        "2.水利固定资产投资\n目标值:完成水利固定资产投资3.6亿元。\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.value, t.lead) for t in targets] == [
        (Decimal(12), ("禾川县水务局",)),
        (Decimal(360000000), ("禾川县水务局",)),
    ]


def test_units_after_the_preamble_s_targets_answer_for_those_alone() -> None:
    text = (
        "2025年全县工业经济工作要点\n"
        "主要目标是:工业投资增长12%以上。\n"
        "此项工作由县工信局负责,县统计局配合。\n"
        "一、做强主导产业\n1.全年引进配套企业8家以上。\n"
    )
    targets = draft_spec(text, year=2025).targets
    assert [(t.quote, t.lead) for t in targets] == [
        ("工业投资增长12%以上", ("县工信局",)),
        ("全年引进配套企业8家以上", ()),
    ]


def test_the_first_listed_leads_throughout_bare_lists_and_lists_that_share_the_work() -> None:
    text = (
        "城乡供水一体化行动方案\n"
        "(一)实施水源保障工程。新建农村供水水源工程120处。"
        "(省水利厅、省发展改革委,各市州人民政府按职责分工负责;列第一位的为牵头单位,下同)\n"
        "(二)提升水质保障水平。2025年底前实现水质化验室全覆盖。(省卫生健康委、省水利厅、省生态环境厅)\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.lead, t.support) for t in targets] == [
        (("省水利厅",), ("省发展改革委", "各市州人民政府")),
        (("省卫生健康委",), ("省水利厅", "省生态环境厅")),
    ]


def test_a_project_s_part_of_duties_names_the_units_of_the_whole_project() -> None:
    text = (
        "2024年卫生健康领域民生实事项目实施方案\n"
        "项目一:65岁及以上老年人免费健康体检\n"
        "(一)目标任务\n全年为65岁及以上老年人免费健康体检不少于18万人。\n"
        "(二)实施步骤\n1.6月底前,累计完成体检9万人以上。\n"
        "(三)责任分工\n牵头单位:市卫生健康委\n配合单位:市财政局\n"
        "项目二:适龄妇女“两癌”免费筛查\n"
        "(一)目标任务\n免费开展宫颈癌筛查4.5万人。\n"
        "(二)责任分工\n牵头单位:市妇幼保健院\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.value, t.lead, t.support) for t in targets] == [
        (Decimal(180000), ("市卫生健康委",), ("市财政局",)),
        (Decimal(90000), ("市卫生健康委",), ("市财政局",)),
        (Decimal(45000), ("市妇幼保健院",), ()),
    ]


def test_an_item_named_by_its_number_that_states_its_targets_on_its_line_is_no_heading() -> None:
    text = "民生实事进展\n实事二:开工建设有轨电车项目。实施县乡道改造100公里。\n"
    assert [t.quote for t in draft_spec(text, year=2017).targets] == ["开工建设有轨电车项目", "实施县乡道改造100公里"]


def test_a_deadline_at_a_years_end_stays_whole_in_the_quote() -> None:
    """2.2025年底前…: the item's number before a year is the item's, and 2025年底前 is a deadline the
    quote keeps whole (never 底前…), while 到2025年底 is a horizon it leaves out."""
    text = "某县工作方案\n一、重点任务\n1.2025年底前全县污水处理率达到95%。\n2.到2025年底,新建公园3个。\n"
    targets = draft_spec(text, year=2024).targets
    assert [(t.quote, t.kind) for t in targets] == [
        ("2025年底前全县污水处理率达到95%", "milestone"),
        ("新建公园3个", "count"),
    ]
    assert [t.id.split("/")[0] for t in targets] == ["t1.1", "t1.2"]


def test_the_party_a_responsibility_letter_binds_leads_what_it_lists() -> None:
    """甲方/乙方 over a 目标管理责任书: 乙方 leads every target; an item's (配合单位:…) helps it."""
    text = (
        "某区2024年度目标管理责任书\n甲方:某区人民政府\n乙方:某区农业农村局\n"
        "一、考核指标\n1.新建高标准农田1.2万亩。(分值:5分)\n"
        "2.新建农村户厕1800户。(配合单位:区卫生健康局、各镇人民政府)(分值:4分)\n"
    )
    assert [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2024).targets] == [
        ("新建高标准农田1.2万亩", ("某区农业农村局",), ()),
        ("新建农村户厕1800户", ("某区农业农村局",), ("区卫生健康局", "各镇人民政府")),
    ]


def test_units_labelled_as_helping_alone_do_not_lead() -> None:
    from planengine.draft.responsibility import parse_responsibility

    assert parse_responsibility("配合单位:区卫生健康局、各镇人民政府").lead == ()
    assert parse_responsibility("配合单位:区卫生健康局").support == ("区卫生健康局",)


def test_a_remark_on_where_a_figure_stands_reports_nothing() -> None:
    """(上年完成…), (截至上年底累计…), (现有…) after a figure remark on it: the target before them and
    those after stay targets, and the remark's figures are none."""
    for remark in ("(上年完成12.46万吨)", "(截至上年底累计建成18.7万亩)", "(现有龙头企业27家)", "(上年为12.46万吨)"):
        text = f"某区2024年工作方案\n一、指标\n1.粮食总产量达到12.8万吨{remark},新建农田3万亩。\n"
        assert [t.quote for t in draft_spec(text, year=2024).targets] == ["粮食总产量达到12.8万吨", "新建农田3万亩"]


def test_a_bare_figure_listed_after_another_repeats_no_target_before_it() -> None:
    """固定资产投资增长7% and then 分别增长5.5%和7%: the 7% of the list is a target of its own, and
    does not make the 7% before it a repetition (as a news lede's figure repeated in the body is)."""
    text = "某市2025年工作\n一、目标\n固定资产投资增长7%;城镇、农村居民人均可支配收入分别增长5.5%和7%。\n"
    assert [(t.quote, t.value) for t in draft_spec(text, year=2025).targets] == [
        ("固定资产投资增长7%", Decimal("0.07")),
        ("城镇、农村居民人均可支配收入分别增长5.5%", Decimal("0.055")),
        ("7%", Decimal("0.07")),
    ]


def test_two_rates_held_to_one_figure_are_two_targets() -> None:
    """学前三年毛入学率、普惠率保持90%以上: each rate is held to 90%, as with 均; two other measures
    listed without 均 (地区生产总值、财政收入增长6%) are left as one target, as written."""
    text = (
        "某区2021年民生实事\n学前三年毛入学率、普惠率保持90%以上。\n消防车通道畅通率、标识到位率达到100%。\n"
        "地区生产总值、财政收入增长6%。\n"
    )
    assert [(t.quote, t.value) for t in draft_spec(text, year=2021).targets] == [
        ("学前三年毛入学率、普惠率保持90%以上", Decimal("0.90")),
        ("普惠率保持90%以上", Decimal("0.90")),
        ("消防车通道畅通率、标识到位率达到100%", Decimal("1.00")),
        ("标识到位率达到100%", Decimal("1.00")),
        ("地区生产总值、财政收入增长6%", Decimal("0.06")),
    ]


def test_leads_given_one_each_to_the_items_above_in_their_order() -> None:
    """以上三件实事分别由A、B、C牵头负责,D配合实施: the n-th unit leads the n-th item, D helps each; a list
    of another length than the items is not read so."""
    text = (
        "某市2024年民生实事\n一、扩大教育资源\n新增学位3000个。\n二、提升医疗服务\n新建社区卫生服务站5个。\n"
        "三、完善养老服务\n新建老年助餐点20个。\n"
        "以上三件实事分别由市教育局、市卫生健康委、市民政局牵头负责,市财政局配合实施。\n"
    )
    assert [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2024).targets] == [
        ("新增学位3000个", ("市教育局",), ("市财政局",)),
        ("新建社区卫生服务站5个", ("市卫生健康委",), ("市财政局",)),
        ("新建老年助餐点20个", ("市民政局",), ("市财政局",)),
    ]
    two = text.replace("市教育局、市卫生健康委、市民政局", "市教育局、市卫生健康委")
    assert [t.lead for t in draft_spec(two, year=2024).targets] == [(), (), ("市教育局", "市卫生健康委")]


def test_comparators_in_full_words_and_a_density_without_its_every() -> None:
    """大于等于 / 小于等于; 千人口托位数 is per thousand people though 每 is left out (千人计划 is no
    density); 60期 counts periods, while 二期 and 3期工程 name a phase."""
    text = (
        "某县2024年工作方案\n一、任务\n1.公共图书馆年流通人次大于等于400万。\n2.污染物浓度小于等于35微克/立方米。\n"
        "3.千人口托位数达到4.5个。\n4.引进千人计划专家5名。\n"
        "5.托管服务60期以上,开展农民实用技术培训12期,完成项目二期建设,推进3期工程。\n"
    )
    assert [(t.quote, t.kind, t.comparator, t.value) for t in draft_spec(text, year=2024).targets] == [
        ("公共图书馆年流通人次大于等于400万", "amount", ">=", Decimal(4000000)),
        ("污染物浓度小于等于35微克/立方米", "ceiling", "<=", Decimal(35)),
        ("千人口托位数达到4.5个", "ratio", ">=", Decimal("4.5")),
        ("引进千人计划专家5名", "count", "=", Decimal(5)),
        ("托管服务60期以上", "count", ">=", Decimal(60)),
        ("开展农民实用技术培训12期", "count", "=", Decimal(12)),
        ("完成项目二期建设", "milestone", None, None),
    ]


def test_a_rate_of_growth_in_brackets_after_a_figure_is_a_target_too() -> None:
    text = "某省规划\n一、目标\n到2025年,旅游总人数11000万人次(年均增长率11%),旅游总收入1800亿元(年均增长15%左右)。\n"
    assert [(t.kind, t.comparator, t.value) for t in draft_spec(text, year=2021).targets] == [
        ("count", "=", Decimal(110000000)),
        ("growth-rate", "=", Decimal("0.11")),
        ("amount", "=", Decimal(180000000000)),
        ("growth-rate", "approx", Decimal("0.15")),
    ]


def test_a_margin_above_a_benchmark_is_a_floor() -> None:
    """高于…1个百分点: above the benchmark by the margin (>); with 以上, at least (>=); a rise by a margin
    with no benchmark stays a bare figure."""
    text = (
        "某省2024年工作要点\n一、任务\n1.规上工业增加值增速高于全区GDP增速1个百分点。\n"
        "2.研发投入强度提高0.2个百分点。\n3.增速高于全省平均水平2个百分点以上。\n"
    )
    assert [(t.kind, t.comparator) for t in draft_spec(text, year=2024).targets] == [
        ("relative", ">"),
        ("relative", "="),
        ("relative", ">="),
    ]


def test_one_thing_built_is_a_count_but_one_each_is_not() -> None:
    """设置一个收集点, 改造运动场一处: one thing to build; 各配备一台: one each, the count is of who gets it."""
    text = (
        "某镇2024年民生实事\n一、任务\n1.改造镇中心小学运动场一处。\n2.设置一个医疗废物集中收集点。\n"
        "3.为全省1781所小学各配备一台除颤仪。\n4.这是一个重要抓手。\n"
    )
    assert [(t.quote, t.value) for t in draft_spec(text, year=2024).targets] == [
        ("改造镇中心小学运动场一处", Decimal(1)),
        ("设置一个医疗废物集中收集点", Decimal(1)),
        ("为全省1781所小学各配备一台除颤仪", Decimal(1781)),
    ]


def test_about_after_a_measure_s_qualifier_is_still_about() -> None:
    """700万吨标准煤左右: 标准煤 qualifies the measure; 左右 after it makes the target approximate."""
    targets = draft_spec("2020年计划\n全年能源消费增量700万吨标准煤左右。\n", year=2020).targets
    assert [(t.kind, t.comparator, t.value) for t in targets] == [("approximate", "approx", Decimal(7_000_000))]


def test_a_blank_before_the_scale_a_hundred_yi_written_alone_and_growth_stated_as_an_expected_goal() -> None:
    """A web page's blanks around figures (改造面积达 3011 万平方米); 过百亿 closing a clause: over a
    hundred 亿 (but 通过百亿级…验收 is a deliverable, no figure); 经济增长预期目标6.5%以上: a growth
    rate, not a share."""
    text = (
        "2025年目标\n城镇老旧小区改造面积达 3011 万平方米。力争实现工业园区过百亿。经济增长预期目标6.5%以上。\n"
        "通过百亿级产业集群验收。\n"
    )
    targets = draft_spec(text, year=2025).targets
    assert [(t.kind, t.comparator, t.value) for t in targets] == [
        ("amount", ">=", Decimal(30_110_000)),
        ("amount", ">", Decimal(10_000_000_000)),
        ("growth-rate", ">=", Decimal("0.065")),
        ("milestone", None, None),
    ]


def test_a_count_after_a_figure_and_de_is_the_head_not_a_scope() -> None:
    """总投资1530.5亿元的158个重点项目: the projects are counted, their size qualifies them; but in
    计划出列的2个贫困乡 the count says which places are meant."""
    targets = draft_spec("2022年计划\n实施总投资1530.5亿元的158个重点项目。\n", year=2022).targets
    assert [(t.kind, t.value) for t in targets] == [("count", Decimal(158))]


def test_units_that_carry_an_item_out_together_answer_for_it() -> None:
    """由县民族局、交通局共同组织实施 closing an item: both answer for it, none said to lead."""
    text = (
        "民族乡基础设施建设工程实施方案\n二、建设内容\n"
        "(一)交通项目。新建扩建通村屯公路20条,共投资400万元。由县民族局、交通局共同组织实施。\n"
    )
    targets = draft_spec(text, year=2005).targets
    assert {(t.lead, t.support) for t in targets} == {(("县民族局", "交通局"), ())}


def test_side_by_side_labelled_brackets_are_one_statement_and_a_past_year_end_says_which() -> None:
    """【牵头单位:X】【责任单位:Y】: X leads, Y helps; 2000年底前建成的老旧小区: which estates, no deadline."""
    text = (
        "鹭川市2024年工作要点\n一、城市更新\n"
        "——实施老旧小区改造。全年开工改造2000年底前建成的老旧小区120个以上。"
        "【牵头单位:市住房城乡建设局】【责任单位:市财政局,各区人民政府】\n"
    )
    [target] = draft_spec(text, year=2024).targets
    assert (target.kind, target.lead, target.support) == ("count", ("市住房城乡建设局",), ("市财政局", "各区人民政府"))


def test_a_meeting_s_attendance_is_no_target_and_duo_opening_a_word_is_no_more_than() -> None:
    """会议应到代表267人,实到代表242人: who came; 22个多功能驿站: 多 opens 多功能, it is not 'more than 22'."""
    text = (
        "2022年目标\n会议应到代表267人,实到代表242人。共有637名云南省人大代表出席本次会议。"
        "完成22个多功能驿站建设。新增就业1000多人。\n"
    )
    assert [(t.comparator, t.value) for t in draft_spec(text, year=2022).targets] == [
        ("=", Decimal(22)),
        (">", Decimal(1000)),
    ]


def test_below_is_a_ceiling_at_most_and_other_counted_words() -> None:
    """低于13% is a ceiling (the corpus has no strict below); 产值过千亿元 is over a thousand 亿; 40个内涝积水点
    is forty, 内 opening 内涝; 为民办实事总共10项 counts the plan's own items."""
    text = (
        "2023年目标\n物流总费用占地区生产总值比重低于13%。打造产值过千亿元。对市内40个内涝积水点进行整治。"
        "市政府为民办实事总共10项。\n"
    )
    assert [(t.kind, t.comparator, t.value) for t in draft_spec(text, year=2023).targets] == [
        ("ceiling", "<=", Decimal("0.13")),
        ("amount", ">", Decimal(100_000_000_000)),
        ("count", "=", Decimal(40)),
    ]


def test_units_in_brackets_at_an_item_s_line_end_lead_it_but_not_a_name_s_other_name() -> None:
    text = (
        "一、重点任务\n1.完成回迁安置857户以上(市住建局)\n2.创建4个以上教育现代化先进县(市、区)\n"
        "3.新建数据中心2个(省数据局(省营商局)\n"
    )
    assert [(t.value, t.lead) for t in draft_spec(text, year=2022).targets] == [
        (Decimal(857), ("市住建局",)),
        (Decimal(4), ()),
        (Decimal(2), ()),
    ]


def test_a_bracket_on_a_line_of_its_own_under_a_title_closes_no_item() -> None:
    text = (
        "某区2024年度目标管理责任书\n(区农业农村局)\n甲方:某区人民政府\n乙方:某区农业农村局\n"
        "乙方为本责任书所列全部指标和工作的牵头责任单位。\n一、考核指标\n1.新建高标准农田1.2万亩。\n"
    )
    assert [t.lead for t in draft_spec(text, year=2024).targets] == [("某区农业农村局",)]


def test_a_figure_alone_in_brackets_is_the_item_s_figure_but_a_count_of_items_is_not() -> None:
    text = "一、快乐健身行动(2项)\n1、维修、改造、补建健身点(60个);\n2、参与赛事活动人次(7.5万人次)。\n"
    assert [(t.kind, t.value) for t in draft_spec(text, year=2023).targets] == [
        ("count", Decimal(60)),
        ("count", Decimal(75000)),
    ]


def test_the_size_of_what_is_built_in_a_batch_is_no_target() -> None:
    text = "到2025年,培育一批产值超1亿元的特色产业专业村,建成产值超10亿元的产业强镇5个。\n"
    assert [(t.quote, t.value) for t in draft_spec(text, year=2021).targets] == [
        ("建成产值超10亿元的产业强镇5个", Decimal(5))
    ]


def test_the_size_of_a_thing_built_names_it_and_the_three_sectors_are_no_count() -> None:
    text = (
        "下半年建成投用占地76亩的建新街公园。新建建筑面积8800平方米的县人民医院康复中心。"
        "新建公园面积3万平方米。三次产业比重趋近20:20:60。\n"
    )
    assert [(t.kind, t.value) for t in draft_spec(text, year=2019).targets] == [
        ("milestone", None),
        ("milestone", None),
        ("amount", Decimal(30000)),
    ]


def test_a_pact_s_bound_party_named_as_the_responsible_unit_leads_and_scores_do_not_hide_helpers() -> None:
    text = (
        "澄岭县2024年度农业农村工作目标责任书\n甲方:澄岭县人民政府\n乙方(责任单位):澄岭县农业农村局\n"
        "一、考核指标\n1.新建高标准农田2.5万亩。(8分)配合单位:县财政局、县水利局\n2.新增家庭农场40家。(4分)\n"
        "3.严格执行中央八项规定精神。(2分)\n"
    )
    assert [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2024).targets] == [
        ("新建高标准农田2.5万亩", ("澄岭县农业农村局",), ("县财政局", "县水利局")),
        ("新增家庭农场40家", ("澄岭县农业农村局",), ()),
    ]


def test_a_life_expectancy_per_head_is_an_age_not_a_ratio() -> None:
    text = "到2027年,全区人均预期寿命提高到78.7岁,人均体育场地面积达到3.2平方米。\n"
    assert [(t.kind, t.value) for t in draft_spec(text, year=2025).targets] == [
        ("amount", Decimal("78.7")),
        ("ratio", Decimal("3.2")),
    ]


def test_a_relative_target_listed_after_a_figure_is_read_on_its_own() -> None:
    text = (
        "一、目标\n全社会研发经费投入年均增长10%以上、研发投入强度超过全国平均水平。\n"
        "全面完成国家下达的节能减排降碳\n"
        "地区生产总值增长6%、居民收入增长与经济增长基本同步等主要预期目标。\n"
    )
    got = [(t.quote, t.kind) for t in draft_spec(text, year=2025).targets]
    assert got[:3] == [
        ("全社会研发经费投入年均增长10%以上", "growth-rate"),
        ("研发投入强度超过全国平均水平", "relative"),
        ("全面完成国家下达的节能减排降碳", "relative"),
    ]
    assert [kind for _, kind in got[3:]] == ["growth-rate"]  # a list summed up with 等 is not cut


def test_a_growth_after_the_level_that_grows_is_quoted_with_it_and_kept_apart_from_another_growth() -> None:
    text = (
        "一、目标\n力保投产300个以上、投资增长20%以上、新增规上工业企业100家以上。\n"
        "力争新开工亿元以上产业类项目200个以上,到位资金量突破1200亿元、增长20%以上。\n"
    )
    growths = [t.quote for t in draft_spec(text, year=2025).targets if t.kind == "growth-rate"]
    assert growths == ["投资增长20%以上", "到位资金量突破1200亿元、增长20%以上"]


def test_a_closing_line_over_all_the_section_s_items_with_helpers_by_heading_number() -> None:
    text = (
        "三、下半年工作计划\n下半年,我局将紧扣全年目标任务,重点抓好以下工作:\n"
        "(一)稳定粮食生产\n1.粮食播种面积稳定在38.5万亩以上。\n2.耕地保有量不低于市下达的目标任务。\n"
        "(二)推进乡村建设\n3.新改建农村公路25公里。\n"
        "(三)促进农民增收\n4.开展高素质农民培训800人次。\n\n"
        "以上工作由区农业农村局负责,其中第(一)项工作由区财政局、各镇人民政府配合,"
        "第(二)项工作由区交通运输局配合,第(三)项工作由区人力资源和社会保障局配合。\n"
    )
    got = [(t.quote, t.kind, t.lead, t.support) for t in draft_spec(text, year=2025).targets]
    lead = ("区农业农村局",)
    assert got == [
        ("粮食播种面积稳定在38.5万亩以上", "amount", lead, ("区财政局", "各镇人民政府")),
        ("耕地保有量不低于市下达的目标任务", "relative", lead, ("区财政局", "各镇人民政府")),
        ("新改建农村公路25公里", "amount", lead, ("区交通运输局",)),
        ("开展高素质农民培训800人次", "count", lead, ("区人力资源和社会保障局",)),
    ]


def test_rates_of_growth_set_respectively_with_a_verb_are_growths() -> None:
    text = "一、目标\n城乡居民人均可支配收入增速分别达到5%、6.5%。\n"
    assert [(t.kind, t.value) for t in draft_spec(text, year=2026).targets] == [
        ("growth-rate", Decimal("0.05")),
        ("growth-rate", Decimal("0.065")),
    ]


def test_a_context_that_goes_on_to_what_is_done_keeps_its_figure() -> None:
    text = "一、任务\n结合小区改造新增普惠性幼儿园学位360个。\n依托现有3处场地加强管理。\n"
    assert [(t.quote, t.value) for t in draft_spec(text, year=2025).targets] == [
        ("结合小区改造新增普惠性幼儿园学位360个", Decimal(360))
    ]


def test_in_step_with_and_between_two_growths_is_relative_but_advancing_together_is_not() -> None:
    text = "一、目标\n地方一般公共预算收入、居民收入增长和经济增长基本同步。\n城乡建设和产业发展同步推进。\n"
    got = [(t.kind, t.comparator) for t in draft_spec(text, year=2024).targets]
    assert got == [("relative", "=")]


def test_a_measure_held_to_no_less_than_before_is_relative_to_its_base() -> None:
    text = (
        "某县2025年工作要点\n一、目标\n"
        "全年粮食播种面积不减少,基本民生投入只增不减。确保标准不降低。确保粮食播种面积不减、产量不降。工作力度不减。\n"
        "坚持产量不下降,力争有增产。\n"
        "二、要求\n政府工作报告承诺“用于民生的支出只增不降”。\n"
    )
    got = [(t.quote, t.kind, t.comparator, t.value) for t in draft_spec(text, year=2025).targets]
    assert got == [  # no measure held so in 标准不降低; a promise quoted from another document is not this plan's
        ("全年粮食播种面积不减少", "relative", ">=", None),
        ("基本民生投入只增不减", "relative", ">=", None),
        ("确保粮食播种面积不减", "relative", ">=", None),  # two measures held in one 、 list: a target each
        ("产量不降", "relative", ">=", None),
        ("坚持产量不下降", "relative", ">=", None),  # held, though 坚持 opens the clause as it opens a setting
    ]


def test_what_a_notice_is_for_up_to_its_issue_is_no_target_but_a_figure_it_is_for_is() -> None:
    text = (
        "关于印发小麦生产任务分解表的通知\n各乡镇人民政府:\n"
        "为了认真贯彻落实党中央部署,圆满完成2023年我区小麦播种任务,现将《2023年临河区小麦生产任务分解表》印发给你们,"
        "此项工作将作为年度实绩考核的重要考核指标。\n"
        "为加快推进全县重点项目建设,确保全县固定资产投资增长8%以上,根据县委部署,制定本方案。\n"
        "为确保年底前建成5G基站200个,各乡镇要加快推进。\n"
    )
    got = [(t.quote, t.kind) for t in draft_spec(text, year=2023).targets]
    assert got == [  # a dated deliverable is one whatever it is for, where no document is issued for it
        ("确保全县固定资产投资增长8%以上", "growth-rate"),
        ("为确保年底前建成5G基站200个", "milestone"),
    ]


def test_how_far_behind_a_report_says_the_work_is_is_no_target() -> None:
    text = (
        "某市2025年重点工作1-9月推进情况的通报\n三、存在问题\n"
        "一般公共预算收入增幅低于序时目标0.9个百分点,城镇老旧小区改造、保障性租赁住房筹集完成进度均不足65%。\n"
        "对年底前仍未完成年度目标的责任单位,予以通报。\n"
        "对年度投资完成率低于序时进度20个百分点的项目进行专项督办。\n"
        "四、下步要求\n新建的6所学校12月底前全部竣工。年底前完成老旧小区改造21个。\n"
    )
    got = [(t.quote, t.kind, t.value) for t in draft_spec(text, year=2025).targets]
    assert ("新建的6所学校12月底前全部竣工", "milestone", Decimal(6)) in got
    assert ("年底前完成老旧小区改造21个", "milestone", Decimal(21)) in got
    assert not [q for q, _, _ in got if "序时目标" in q or "不足" in q or "仍未完成" in q]


def test_a_page_s_frame_its_issue_a_list_counting_itself_and_directions_kept_up_are_no_targets() -> None:
    text = (
        "山西省2016年重点工程目标任务\n"
        "时间:2024-03-13 19:33人气:来源: 重庆日报\n"
        "日期:2025-03-11 来源:深圳市人民政府 浏览:205次 19\n"
        "省政府网站发布2016年全省重点工程目标任务。深圳市政府工作报告全文发布。\n"
        "一、总体情况\n全县共安排县级重点项目16个。安排市级重点项目260个。\n"
        "今年全省将继续深化重点工程项目“六位一体”推进工作机制。扎实推进粮油绿色高质高效创建。"
        "打造一支懂经济、善洽谈、敢拼抢的招商队伍。新建消防队伍2支。\n"
    )
    got = [(t.quote, t.value) for t in draft_spec(text, year=2016).targets]
    assert got == [("安排市级重点项目260个", Decimal(260)), ("新建消防队伍2支", Decimal(2))]


def test_undated_work_naming_nothing_to_deliver_is_no_milestone() -> None:
    text = (
        "某区2025年工作要点\n一、重点任务\n"
        "新建、改扩建一批中小学校。开工建设哈佳快速、哈牡客运专线等一批重点铁路项目。加快启动柏泉全域旅游示范中心建设。"
        "加大引进外资力度。打造“四个窗口”。打造“澄岭茶油”区域公用品牌。建成“15分钟政务服务圈”。"
        "6月底前加快启动东区学校建设。\n"
    )
    got = [t.quote for t in draft_spec(text, year=2025).targets]
    assert got == [  # (加快 only leads in: 启动…建设 is a deliverable)
        "开工建设哈佳快速、哈牡客运专线等一批重点铁路项目",
        "加快启动柏泉全域旅游示范中心建设",
        "打造“澄岭茶油”区域公用品牌",
        "建成“15分钟政务服务圈”",
        "6月底前加快启动东区学校建设",
    ]


def test_an_official_s_words_quoted_after_a_sentence_are_read_clause_by_clause() -> None:
    text = (
        "某市发布2025年十大民生实事\n"
        "市卫健委主任李某表示,今年将新建15个社区卫生服务站。“我们力争年内实现县级医院胸痛中心全覆盖,"
        "急救平均反应时间控制在12分钟以内。”李某说。\n"
    )
    got = [(t.quote, t.kind, t.value) for t in draft_spec(text, year=2025).targets]
    assert ("急救平均反应时间控制在12分钟以内", "ceiling", Decimal(12)) in got


def test_a_share_of_places_having_something_is_the_target_not_what_each_has() -> None:
    text = "某省农村改厕方案\n一、目标\n到2025年,70%的建制村有1座卫生公厕。80%的村建成卫生室。\n"
    got = [(t.kind, t.value) for t in draft_spec(text, year=2025).targets]
    assert got == [("ratio", Decimal("0.70")), ("ratio", Decimal("0.80"))]


def test_a_news_report_of_figures_so_far_and_of_who_leads_the_plan_s_items_states_no_targets() -> None:
    text = (
        "新闻热线:0971-6263111 投稿信箱:cns0971@163.com\n"
        "前三季度青海交通固定资产投资同比增长59%\n"
        "今年前三季度,青海省完成公路交通固定资产投资139亿元,同比增长59%;完成公路货运量1.51亿吨。\n"
        "年内建成公路沿线充电车位334处。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2025).targets] == ["年内建成公路沿线充电车位334处"]
    plan = (
        "北京市2018年政府工作报告重点工作分工方案\n"
        "分工方案将《政府工作报告》细化分解成198项重点工作任务,每项重点工作至少1位市领导牵头。培训村干部500名。\n"
    )
    assert [t.quote for t in draft_spec(plan, year=2018).targets] == ["培训村干部500名"]


def test_a_rate_raised_from_last_year_s_level_is_a_target_and_a_dated_elimination_has_no_figure() -> None:
    text = (
        "某县2025年政府工作报告\n一、目标\n农村生活污水治理率由去年的38%提高到45%。"
        "12月底前全面消除年收入5万元以下的薄弱村。去年完成造林1万亩。\n"
    )
    got = [(t.quote, t.kind, t.value) for t in draft_spec(text, year=2025).targets]
    assert got == [
        ("农村生活污水治理率由去年的38%提高到45%", "ratio", Decimal("0.45")),
        ("12月底前全面消除年收入5万元以下的薄弱村", "milestone", None),
    ]


def test_two_measures_each_to_fall_from_the_year_before_are_relative_to_their_bases() -> None:
    text = "某县2025年安全生产目标\n一、目标\n生产安全事故起数和死亡人数实现“双下降”。\n"
    got = [(t.quote, t.kind, t.value) for t in draft_spec(text, year=2025).targets]
    assert got == [("生产安全事故起数和死亡人数实现“双下降”", "relative", None)]


def test_a_rate_kept_above_another_s_is_relative_to_it() -> None:
    text = "某县2025年工作计划\n一、目标\n农村居民人均可支配收入增速继续高于城镇居民。\n"
    got = [(t.kind, t.comparator) for t in draft_spec(text, year=2025).targets]
    assert got == [("relative", ">")]


def test_an_item_closing_with_the_count_of_its_own_parts_keeps_its_last_part_s_figure() -> None:
    """…;在医疗卫生机构增配无创呼吸机13台等4个项目 closing an item of four parts: 4 counts the parts,
    13台 is the last part's target; a count of projects that is not the parts' number stays."""
    text = (
        "某区2023年十件民生实事\n"
        "1.完善卫生健康体系。提升全区医疗卫生服务能力;深入开展府院合作;加快推进区公共卫生服务中心建设;"
        "在医疗卫生机构增配无创呼吸机13台等4个项目。\n"
        "2.提升社会保障能力。实施分层分类救助;提升残疾儿童康复救助服务水平;落实优抚政策3个项目。\n"
        "3.推进城市更新。改造老旧小区;新建口袋公园;实施城市更新项目12个。\n"
    )
    got = [(t.quote, t.value) for t in draft_spec(text, year=2023).targets]
    assert ("在医疗卫生机构增配无创呼吸机13台等4个项目", Decimal(13)) in got
    assert all(value not in (Decimal(4), Decimal(3)) for _, value in got)
    assert ("实施城市更新项目12个", Decimal(12)) in got


def test_what_a_named_project_cost_is_no_target_of_it() -> None:
    """推进投资2.18亿元的传染病大楼正式投入使用: the investment names the building; 投资4.5亿元, on its own,
    is the item's money to spend."""
    text = (
        "某市2023年民生实事\n2.扩大医疗服务供给。投资4.5亿元,推进投资2.18亿元的第一人民医院传染病大楼正式投入使用。\n"
    )
    got = [(t.quote, t.value) for t in draft_spec(text, year=2023).targets]
    assert got[0] == ("投资4.5亿元", Decimal(450000000))
    assert all(value != Decimal(218000000) for _, value in got)


def test_a_news_report_s_dateline_opens_no_clause() -> None:
    """昆山日报讯 今年上半年,…: the paper's name is no deliverable dated 上半年."""
    text = "援疆项目进展\n昆山日报讯 今年上半年,昆山援疆工作组加大工作力度,着力推进援建项目建设。\n"
    assert draft_spec(text, year=2016).targets == ()


def test_the_built_up_area_and_when_a_place_was_built_are_no_deliverables() -> None:
    """对各县区建成区范围内,建成于2000年以前…的住宅小区进行改造: 建成 names the area and the age of the
    housing; 建成区行政服务中心 is still a building to finish."""
    text = (
        "某市2020年民生实事\n1.推进老旧小区改造。对各县区建成区范围内,建成于2000年以前、失养失修的住宅小区进行改造,"
        "全年完成改造不少于8166户。\n2.建成区行政服务中心东部分中心。\n"
    )
    got = [(t.quote, t.kind) for t in draft_spec(text, year=2020).targets]
    assert got == [("全年完成改造不少于8166户", "count"), ("建成区行政服务中心东部分中心", "milestone")]


def test_the_plan_s_items_counted_by_whose_they_are_are_no_targets() -> None:
    text = "某市2020年重点民生实事\n推进重点民生实事共14项,其中前11项为省定、后3项为市定。全市新增城镇就业6万人。\n"
    got = [(t.quote, t.value) for t in draft_spec(text, year=2020).targets]
    assert got == [("全市新增城镇就业6万人", Decimal(60000))]


def test_a_figure_in_a_list_with_deliverables_after_it_is_quoted_before_them() -> None:
    """…支持1万名毕业生基层就业、…、景电二期工程的建成投用、…: the figure's quote stops before the
    deliverable read on its own, and holds its figure."""
    text = (
        "甘肃省2024年为民实事\n确定了10件为民实事:城镇新增就业30万人及支持1万名未就业普通高校毕业生基层就业、"
        "资助困难家庭子女普通高校入学、景电二期提质增效工程的建成投用、农村水利惠民工程。\n"
    )
    targets = draft_spec(text, year=2024).targets
    (ten_thousand,) = [t for t in targets if t.value == Decimal(10000)]
    assert ten_thousand.quote.startswith("支持1万名") and "景电" not in ten_thousand.quote
    assert ("景电二期提质增效工程的建成投用", "milestone") in [(t.quote, t.kind) for t in targets]


def test_the_time_since_a_five_year_plan_began_looks_back_even_with_no_comma() -> None:
    """“十三五”以来西藏建成…23万套, a headline: what was built since, whatever the plan year."""
    text = "西藏住房保障\n“十三五”以来西藏建成各类城镇保障房23万套\n2021年,西藏将推进36个城镇老旧小区改造。\n"
    assert [t.quote for t in draft_spec(text, year=2021).targets] == ["西藏将推进36个城镇老旧小区改造"]


def test_the_place_a_news_report_is_of_is_no_unit_answering_for_its_targets() -> None:
    """2019年,吉林省将确保建成4个高速公路项目,集安和榆树两市今年将通高速: the province and the cities
    are where the work is, not offices that answer for it."""
    text = (
        "标题\n新华社长春1月22日电 记者从吉林省交通运输厅了解到,2019年,吉林省将确保建成4个高速公路项目,"
        "集安和榆树两市今年将通高速。 2019年,吉林省交通运输基础设施建设计划完成投资284.1亿元。\n"
    )
    targets = draft_spec(text, year=2019).targets
    assert targets and all(t.lead == () for t in targets)


def test_items_opened_by_arrow_bullets_are_read_as_items() -> None:
    """▶新建金凤区第二十三小学、二十八小学: a bullet a 民生实事 list opens each line with, no part of the quote."""
    text = "金凤区2025年民生实事\n05\n优质教育“连心”实事\n▶新建金凤区第二十三小学、二十八小学。\n▶改造108所公办学校教育专网。\n"
    got = [(t.quote, t.kind) for t in draft_spec(text, year=2025).targets]
    assert got == [("新建金凤区第二十三小学、二十八小学", "milestone"), ("改造108所公办学校教育专网", "count")]


def test_the_size_of_the_list_of_projects_and_the_items_by_their_pace_are_no_targets() -> None:
    """全县共安排县级重点项目14个,总投资52.65亿元: the list's size; 8件按序时推进: the items by pace."""
    text = (
        "某县2025年重点项目\n2025年全县共安排县级重点项目14个,总投资52.65亿元,年度计划投资19.15亿元。\n"
        "总体看,2件已提前完成全年目标,8件按序时推进,2件进度滞后。\n"
    )
    assert [(t.quote, t.value) for t in draft_spec(text, year=2025).targets] == [
        ("年度计划投资19.15亿元", Decimal(1915000000))
    ]


def test_the_year_s_end_without_qian_dates_what_is_done_by_it_but_not_a_horizon() -> None:
    text = "某县2025年工作\n1.年底建成投用口袋公园5个。\n2.到2026年底完成改造5000户。\n"
    got = [(t.quote, t.kind) for t in draft_spec(text, year=2025).targets]
    assert got == [("年底建成投用口袋公园5个", "milestone"), ("完成改造5000户", "count")]


def test_kinds_counted_to_reach_are_counts_but_kinds_that_qualify_a_noun_are_not() -> None:
    """电子证照归集类型不少于150类: 150 kinds to reach; 为4类重点人群, 分三类推进, 共涉及5类10个项目,
    提供6类以上…服务: which kinds."""
    text = (
        "标题\n1.电子证照归集类型不少于150类。\n2.为4类重点人群提供健康服务。\n3.分三类推进改造。\n"
        "4.本月清单共涉及交通出行、文体惠民等5类10个项目。\n5.村卫生室能够提供6类以上中医药适宜技术服务。\n"
    )
    assert [(t.quote, t.kind, t.value) for t in draft_spec(text, year=2025).targets] == [
        ("电子证照归集类型不少于150类", "count", Decimal(150))
    ]
