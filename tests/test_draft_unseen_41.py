"""Shapes of plans the forty-first session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec


def _units(text: str, year: int = 2026) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=year).targets}


def _quotes(text: str, year: int | None = 2026) -> list[str]:
    return [t.quote for t in draft_spec(text, year=year).targets]


# --- the places' shares a list gives out --------------------------------------------------------------------

_VILLAGES = (
    "芦湾镇2026年度工作计划\n\n"
    "（一）稳定粮食生产。新建高标准农田2600亩，11月底前全部完成竣工验收。由镇农业服务中心牵头，各村（社区）配合。"
    "各村分别完成高标准农田建设任务：\n"
    "1.东坪村 900亩；\n"
    "2.西坪村 700亩。\n"
    "撂荒地复垦补助标准为每亩300元，由镇财政所按季度拨付。\n\n"
    "（二）发展村级集体经济。各村集体经济年经营性收入全部达到20万元以上。各村分别完成年经营性收入目标：东坪村65万元、"
    "西坪村48万元。由镇农经站牵头，各村（社区）负责。\n"
)


def test_places_said_to_take_on_each_a_share_answer_for_their_own() -> None:
    """各村分别完成…任务: then a list of villages and figures, numbered lines or one 、 list: each village answers
    for its own share alone; the paragraph's other targets keep the paragraph's units."""
    units = _units(_VILLAGES)
    assert units["东坪村 900亩"] == (("东坪村",), ())
    assert units["西坪村 700亩"] == (("西坪村",), ())
    assert units["东坪村65万元"] == (("东坪村",), ())
    assert units["西坪村48万元"] == (("西坪村",), ())
    assert units["新建高标准农田2600亩"] == (("镇农业服务中心",), ("各村（社区）",))


def test_the_words_opening_the_places_list_are_no_target() -> None:
    """各村分别完成高标准农田建设任务: what opens the list of shares delivers nothing of its own."""
    assert not any("分别完成" in quote for quote in _quotes(_VILLAGES))


def test_a_list_after_words_without_each_keeps_the_paragraph_s_units() -> None:
    """其中东坪村900亩、西坪村700亩 with no word that the villages take the shares on: the paragraph's units answer."""
    units = _units("（一）稳定粮食生产。新建高标准农田2600亩，其中东坪村900亩、西坪村700亩。由镇农业服务中心牵头。\n")
    assert units["其中东坪村900亩"] == (("镇农业服务中心",), ())


def test_places_taking_on_shares_in_a_bracket_give_targets_of_their_own() -> None:
    """…。各乡镇具体承担（青石镇60公里、双河镇55公里）: the bracket after words saying the places take the work on,
    with no figure before it in its clause, holds the places' shares, each a target; the project's units answer."""
    text = (
        "湄江市2026年民生实事项目\n\n三、农村供水保障提升\n"
        "新建改造农村供水管网260公里。各乡镇具体承担（青石镇60公里、双河镇55公里、白沙乡45公里）。\n"
        "牵头单位：市水务局\n"
    )
    units = _units(text)
    assert units["青石镇60公里"] == (("市水务局",), ())
    assert units["白沙乡45公里"] == (("市水务局",), ())
    assert "新建改造农村供水管网260公里" in units


def test_a_bracket_of_remarks_after_words_is_still_no_target() -> None:
    """各乡镇要抓好落实（详见附件）: words in brackets after a clause of no figure are a remark."""
    assert _quotes("（一）农村供水。新建管网260公里。各乡镇要抓好落实（见附件2）。\n") == ["新建管网260公里"]


# --- a bracket inside an item that names its units first --------------------------------------------------

_ITEM_AND_BRACKET = (
    "（九）抓实党建引领和基层治理。本项工作由镇党委办牵头，各村（社区）党组织配合。年内发展党员18名，"
    "打造党建示范点3个。矛盾纠纷调解成功率达到98%以上（责任单位：镇综治中心）；信访事项按期办结率100%。\n"
)


def test_a_bracket_inside_an_item_that_named_its_units_answers_for_its_sentence_only() -> None:
    """本项工作由X牵头…。…。A达到98%以上(责任单位:Y);B100%。: Y answers for its own sentence; the item's units for
    the sentences before it and the clause after the bracket."""
    units = _units(_ITEM_AND_BRACKET)
    assert units["矛盾纠纷调解成功率达到98%以上"] == (("镇综治中心",), ())
    assert units["年内发展党员18名"] == (("镇党委办",), ("各村（社区）党组织",))
    assert units["信访事项按期办结率100%"] == (("镇党委办",), ("各村（社区）党组织",))


def test_a_heading_s_units_answer_around_a_bracket_inside_its_text() -> None:
    """（一）…（区工信局牵头） / 新增项目1个（区住建局牵头）；新增园区2个。: the heading's unit answers for what the
    bracket does not close."""
    units = _units("（一）稳住工业基本盘（区工信局牵头）\n新增项目1个（区住建局牵头）；新增园区2个。\n")
    assert units["新增项目1个"] == (("区住建局",), ())
    assert units["新增园区2个"] == (("区工信局",), ())


def test_brackets_that_close_each_their_own_items_stay_as_they_were() -> None:
    """116.…(牵头单位:X) 117.…(责任单位:Y): each numbered item closed by its own bracket keeps it, its number (three
    digits in a long list) no part of its quote."""
    text = (
        "一、绿色转型\n116.新增绿色工厂5家。(牵头单位:市经信局;责任单位:市生态环境局)\n"
        "117.新增充电桩300个。(责任单位:市发改委)\n"
    )
    units = _units(text)
    assert units["新增绿色工厂5家"] == (("市经信局",), ("市生态环境局",))
    assert units["新增充电桩300个"] == (("市发改委",), ())


def test_helpers_closing_an_item_join_its_lead_for_all_of_it() -> None:
    """十二、区农业农村局:…;…。(区财政局、各镇人民政府配合): helpers after the lead's last clause help with all."""
    text = (
        "十一、区发展改革局：固定资产投资增长6%。\n"
        "十二、区农业农村局：建设高标准农田8000亩；新建冷链仓储保鲜设施12处。（区财政局、各镇人民政府配合）\n"
    )
    units = _units(text)
    assert units["建设高标准农田8000亩"] == (("区农业农村局",), ("区财政局", "各镇人民政府"))


# --- units in 【】 opening sentences inside a paragraph, and helpers for all above ----------------------------

_BRACKETED_LEADS = (
    "澄原县2026年农业农村重点工作任务分解方案\n\n一、稳定粮食和重要农产品供给\n\n"
    "【县农业农村局】全年粮食播种面积稳定在86万亩以上，粮食总产量达到6.2亿斤。【县发展改革局】落实地方粮食储备规模1.8万吨。"
    "【县供销合作社】建设农资连锁配送网点30个。\n\n"
    "二、加强农田水利\n\n【县水务局】除险加固小型水库3座。\n\n"
    "以上各项任务，各乡镇人民政府、县财政局配合做好组织实施和资金保障。各牵头单位于每季度末月25日前将进展情况报县政府督查室。\n"
)


def test_units_in_square_brackets_lead_the_sentence_they_open_inside_a_paragraph() -> None:
    """…6.2亿斤。【县发展改革局】落实…1.8万吨。: the units lead their own sentence, as they lead a paragraph they open."""
    units = _units(_BRACKETED_LEADS)
    assert units["落实地方粮食储备规模1.8万吨"][0] == ("县发展改革局",)
    assert units["粮食总产量达到6.2亿斤"][0] == ("县农业农村局",)
    assert units["建设农资连锁配送网点30个"][0] == ("县供销合作社",)


def test_a_closing_sentence_naming_helpers_for_all_the_tasks_above_helps_every_part() -> None:
    """以上各项任务,各乡镇人民政府、县财政局配合做好…: the helpers help with every part above, the parts' units
    leading."""
    units = _units(_BRACKETED_LEADS)
    assert units["全年粮食播种面积稳定在86万亩以上"] == (("县农业农村局",), ("各乡镇人民政府", "县财政局"))
    assert units["除险加固小型水库3座"] == (("县水务局",), ("各乡镇人民政府", "县财政局"))


def test_a_single_label_in_square_brackets_inside_a_paragraph_is_no_unit() -> None:
    """…。【聚焦两会】…: one label in 【】 is a page's, not units given out."""
    units = _units("一、工作目标\n新增就业5000人。【聚焦两会】新建学校3所。\n")
    assert [answer for quote, answer in units.items() if quote.endswith("新建学校3所")] == [((), ())]


# --- a progress bulletin ---------------------------------------------------------------------------------

_BULLETIN = (
    "source: https://example.gov.cn/tongbao\n\n"
    "[本期综述]\n"
    "1-6月,我县重大项目建设稳步推进。8项省重点项目累计完成投资12.88亿元,完成年度计划投资比例52.99%,"
    "超序时进度2.99个百分点。\n"
    "§省重点项目§\n"
    "我县8项省重点项目总投资198.16亿元,2024年度计划投资24.3亿元,1-6月份累计完成投资12.88亿元,"
    "完成年度计划投资比例52.99%,超序时进度2.99个百分点。未达到序时进度项目共13项。\n"
)


def test_a_bulletin_s_progress_is_no_target_its_year_s_plan_is() -> None:
    """A bulletin (本期综述) reports 累计完成投资, the share of the year's plan done and the pace against the
    schedule (超序时进度, 未达到序时进度项目): none is a target; 2024年度计划投资24.3亿元 is."""
    quotes = _quotes(_BULLETIN, year=2024)
    assert "2024年度计划投资24.3亿元" in quotes
    assert not any("累计完成" in q or "序时进度" in q or "比例" in q for q in quotes)


def test_a_plan_s_dated_cumulative_step_and_its_year_s_investment_stay_targets() -> None:
    """6月底前累计完成投资3.2亿元 (a dated step) and 完成年度投资420亿元 (the year's task) are targets of a plan."""
    text = "重大项目建设工作方案\n\n一、目标\n6月底前累计完成投资3.2亿元；全年完成年度投资420亿元。\n"
    quotes = _quotes(text)
    assert any("累计完成投资3.2亿元" in q for q in quotes)
    assert any("完成年度投资420亿元" in q for q in quotes)


def test_a_pace_the_plan_requires_stays_a_target() -> None:
    """支出进度要快于序时进度5个百分点以上: a pace the plan sets, not one a report measured."""
    text = "财政工作要点\n\n一、目标\n民生资金支出进度要快于序时进度5个百分点以上，一般公共预算收入增长5%。\n"
    targets = draft_spec(text, year=2026).targets
    assert any("快于序时进度5个百分点" in t.quote for t in targets)
    assert any(t.value == Decimal("0.05") and t.kind == "growth-rate" for t in targets)


def test_an_image_s_file_name_is_no_item_number() -> None:
    """111.jpg on a line of its own after a news page's paragraph: a picture's name, not item 111 (which would make
    the paragraph before it a heading's title and lose its targets)."""
    text = (
        "source: http://example.com/news/1.html\n\n山西某市承诺今年办好3件民生实事\n\n"
        "时间:2024-03-01      来源:某新闻网\n\n\n"
        "  某市政府承诺的这3件民生实事涉及教育等领域。一是新改造一批城市背街小巷;二是为全市所有在校适龄女学生免费接种"
        "HPV疫苗;三是新建一批口袋公园。\n\n111.jpg\n\n  实现镇村公交免费全覆盖\n"
    )
    quotes = _quotes(text, year=2024)
    assert "为全市所有在校适龄女学生免费接种HPV疫苗" in quotes
    assert "111" not in " ".join(quotes)


# --- villages answering paragraph by paragraph, guided from further on --------------------------------------

_VILLAGE_PARAGRAPHS = (
    "石桥镇2026年村级重点工作目标任务分解方案\n\n"
    "各村党组织、村民委员会，镇直各办站所：\n现将2026年村级重点工作目标任务分解如下。\n\n"
    "一、村级目标任务\n\n"
    "东坪村：完成高标准农田建设1800亩；新建村级养老服务站1个。\n\n"
    "西山村：建成林下中药材种植基地800亩；发展民宿8家以上。\n\n"
    "北塘村：完成农田水利沟渠硬化3.6公里。\n\n"
    "二、镇直目标任务\n\n"
    "镇村镇建设办：完成农村危房改造35户。\n\n镇社会事务办：新增城镇就业200人。\n\n"
    "三、督导考核\n\n以上村级任务由镇农业服务中心负责督导，各村党组织书记为第一责任人。\n"
)


def test_villages_heading_their_paragraphs_lead_them_guided_by_an_office_named_further_on() -> None:
    """东坪村:… / 西山村:… / …, then sections later 以上村级任务由镇农业服务中心负责督导: each village leads its own
    paragraph (西山村 a village's name, not the kind 山村), the guiding office helping; the town's offices' section
    is not guided so."""
    units = _units(_VILLAGE_PARAGRAPHS)
    assert units["完成高标准农田建设1800亩"] == (("东坪村",), ("镇农业服务中心",))
    assert units["建成林下中药材种植基地800亩"] == (("西山村",), ("镇农业服务中心",))
    assert units["完成农村危房改造35户"] == (("镇村镇建设办",), ())


# --- tables of places' shares ------------------------------------------------------------------------------


def test_a_table_headed_by_its_places_column_and_a_task_column_gives_each_place_its_row() -> None:
    """乡镇 | 任务 | 目标, no number column: each row's place answers for its target."""
    text = "2026年各乡镇目标任务\n\n乡镇 | 任务 | 目标\n城关街道 | 固定资产投资 | 9.5亿元\n白鹭镇 | 新建高标准农田 | 6000亩\n"
    units = _units(text)
    assert units["固定资产投资 | 9.5亿元"] == (("城关街道",), ())
    assert units["新建高标准农田 | 6000亩"] == (("白鹭镇",), ())


def test_a_note_naming_who_answers_for_the_whole_s_row_gives_it_them() -> None:
    """合计 | 364000 | … under a table of townships, then 县农业农村局对全县合计任务负责: the office leads the sum."""
    text = (
        "岑水县2026年乡镇目标任务分解表\n\n乡镇 | 粮食播种面积（亩） | 户厕改造（户）\n城关镇 | 42000 | 300\n"
        "白沙乡 | 38000 | 260\n合计 | 80000 | 560\n\n"
        "注：1.各乡镇人民政府对本乡镇所列任务负总责；县农业农村局对全县合计任务负责，做好统筹调度。\n"
    )
    units = {q: u for q, u in _units(text).items() if q.startswith("合计")}
    assert units and all(answer == (("县农业农村局",), ()) for answer in units.values())
    assert _units(text)["城关镇 | 42000"] == (("城关镇",), ())


# --- who leads, said after the list ----------------------------------------------------------------------


def test_units_said_all_to_lead_after_their_list_all_lead() -> None:
    """（责任单位：A、B，均为牵头单位；配合单位：C）: both lead, the remark no unit; (双牵头) after a list still reads."""
    units = _units(
        "一、城市更新\n新增电梯80台（责任单位：区住建局、区财政局，均为牵头单位；配合单位：各街道办事处）。\n"
        "新建雨污管网40公里（牵头单位：区城管局、区水务局（双牵头）；配合单位：区住建局）。\n"
    )
    assert units["新增电梯80台"] == (("区住建局", "区财政局"), ("各街道办事处",))
    assert units["新建雨污管网40公里"] == (("区城管局", "区水务局"), ("区住建局",))


# --- what each is paid, and the plan's own inspections ----------------------------------------------------


def test_a_subsidy_per_household_and_the_plan_s_inspections_counted_are_no_targets() -> None:
    """户厕改造省级补助每户1000元、县级配套每户500元 (what each is paid) and 6月、9月分两次开展专项督查 (the plan's own
    oversight): no targets; the target before them stays."""
    quotes = _quotes(
        "方案\n\n一、目标\n新建户厕300户。户厕改造省级补助每户1000元、县级配套每户500元。6月、9月分两次开展专项督查。\n"
    )
    assert quotes == ["新建户厕300户"]


def test_a_target_followed_by_its_subsidy_stays() -> None:
    """新建高标准农田3.5万亩,亩均补助每亩1500元: the target stands; only the rate is none."""
    quotes = _quotes("方案\n\n一、目标\n新建高标准农田3.5万亩，省级补助每亩1500元。\n")
    assert quotes == ["新建高标准农田3.5万亩"]


# --- leads sharing an item by their duties ------------------------------------------------------------------


def test_leads_said_to_lead_by_their_duties_take_the_targets_of_their_fields() -> None:
    """…公路68公里,…供水工程20处,…自来水普及率…。由县交通运输局、县水务局按职责分别牵头: the roads the transport
    bureau's, the water works the water bureau's; the order of ; parts gives way where the statement says 按职责."""
    text = (
        "云崖县2026年重点工作计划\n\n"
        "（三）提升教育卫生水平。学前三年毛入园率达到93%以上，县域内就诊率达到90%；6月30日前完成县中医院门诊综合楼主体"
        "封顶。县教育局、县卫生健康局按职责分别牵头，县直有关部门配合。\n"
        "（四）完善基础设施。新改建农村公路68公里，新建农村集中供水工程20处，农村自来水普及率提高到92%。"
        "由县交通运输局、县水务局按职责分别牵头，县直有关部门配合。\n"
    )
    units = _units(text)
    assert units["新改建农村公路68公里"] == (("县交通运输局",), ("县直有关部门",))
    assert units["新建农村集中供水工程20处"] == (("县水务局",), ("县直有关部门",))
    assert units["农村自来水普及率提高到92%"] == (("县水务局",), ("县直有关部门",))
    assert units["学前三年毛入园率达到93%以上"][0] == ("县教育局",)
    assert units["县域内就诊率达到90%"][0] == ("县卫生健康局",)


def test_leads_by_duty_whose_fields_do_not_tell_take_the_targets_in_turn() -> None:
    """A target naming no lead's field (全年招商引资到位资金10亿元 under 县教育局、县水务局): the fields do not tell, and
    as many targets as leads go to them in turn, as 分别 says without 按职责."""
    text = "方案\n\n（一）综合。全年招商引资到位资金10亿元，新建农村集中供水工程20处。由县教育局、县水务局按职责分别牵头。\n"
    units = _units(text)
    assert units["全年招商引资到位资金10亿元"][0] == ("县教育局",)
    assert units["新建农村集中供水工程20处"][0] == ("县水务局",)


def test_lead_by_duty_in_isolation() -> None:
    from planengine.draft.duties import lead_by_duty

    assert lead_by_duty(["县交通运输局", "县水务局"], ["新改建农村公路68公里", "新建供水工程20处"]) == [
        "县交通运输局",
        "县水务局",
    ]
    assert lead_by_duty(["县交通运输局", "县水务局"], ["新改建农村公路68公里"]) is None  # (a lead left idle)
    assert lead_by_duty(["县某某中心", "县水务局"], ["新建供水工程20处"]) is None  # (a lead of no field known)


# --- labels of a period's targets, funding standards ---------------------------------------------------------


def test_a_label_naming_a_period_s_targets_is_no_milestone() -> None:
    """下半年目标:… / 三季度目标:…: the label, dated by its period, delivers nothing; what follows it does."""
    text = (
        "2026年上半年工作总结和下半年工作安排\n\n一、地区生产总值\n上半年完成情况：增长5.4%。\n"
        "全年目标：地区生产总值增长6%左右。\n下半年目标：下半年增速保持在6.5%以上。\n"
    )
    quotes = _quotes(text)
    assert "下半年目标" not in quotes
    assert "下半年增速保持在6.5%以上" in quotes


def test_funding_standards_and_reward_rules_are_no_targets() -> None:
    """县财政按每村每年5万元标准安排…经费; 按常住人口每人每年30元标准安排…; 奖励资金按每超出…奖励1万元计算."""
    text = (
        "目标责任书\n\n一、考核指标\n村级集体经济收入全部达到10万元以上。县财政按每村每年5万元标准安排村级组织运转经费，"
        "按常住人口每人每年30元标准安排农村人居环境整治管护经费。奖励资金按每超出目标值1个百分点奖励1万元计算。\n"
    )
    assert _quotes(text) == ["村级集体经济收入全部达到10万元以上"]


def test_a_month_the_work_is_done_in_dates_a_counted_deliverable() -> None:
    """5月完成46个公交车站台改造, 6月份完成30个站点建设: the month dates the work, a milestone with its count; 1-5月完成
    投资…, 截至5月完成… and 5月完成投资… are no date ahead."""
    text = (
        "方案\n\n一、任务\n5月完成46个公交车站台改造。6月份完成30个站点建设。1-5月完成投资20亿元。5月完成投资3亿元。\n"
    )
    readings = {t.quote: (t.kind, t.value) for t in draft_spec(text, year=2025).targets}
    assert readings["5月完成46个公交车站台改造"] == ("milestone", Decimal(46))
    assert readings["6月份完成30个站点建设"] == ("milestone", Decimal(30))
    assert readings["5月完成投资3亿元"][0] == "amount"


def test_short_names_said_to_mean_units_are_units_as_written() -> None:
    """一律使用简称:发改指县发展和改革局,统计指县统计局: 发改 and 统计 in the table's unit columns are units, as
    written; the table is read whole (not a column of figures short of its units)."""
    text = (
        "楠川县2026年主要指标任务分解表\n\n表中牵头部门、配合部门一律使用简称：发改指县发展和改革局，统计指县统计局，"
        "工信指县工业和信息化局。\n\n序号 | 指标名称 | 2026年目标 | 2025年完成 | 牵头部门 | 配合部门 |\n"
        "1 | 地区生产总值增速 | 6%左右 | 5.4% | 发改 | 统计 |\n2 | 新增规模以上工业企业 | 12家 | 9家 | 工信 | 统计、各乡镇 |\n"
    )
    targets = draft_spec(text, year=2026).targets
    assert [(t.kind, t.lead, t.support) for t in targets] == [
        ("growth-rate", ("发改",), ("统计",)),
        ("count", ("工信",), ("统计", "各乡镇")),
    ]


def test_the_list_s_own_count_a_condition_rounds_of_inspection_and_a_payment_standard_are_no_targets() -> None:
    """现公开其中19项; 对连续两次督查进度滞后的任务…; 将于4月、8月、11月开展三轮专项督查; 继续按每人每月163元标准发放…."""
    text = (
        "青桐县2026年重点任务清单\n\n清单共分5个方面32项任务，现公开其中19项。\n\n一、民生\n"
        "1.新增养老机构护理型床位200张；继续按每人每月163元标准发放城乡居民基础养老金。\n\n"
        "县政府督查室将于4月、8月、11月开展三轮专项督查。对连续两次督查进度滞后的任务，由县政府督查室发出督办通知书。\n"
    )
    assert _quotes(text) == ["新增养老机构护理型床位200张"]


# --- faults a review found in the session's rules --------------------------------------------------------


def test_a_word_holding_a_field_s_character_names_no_field() -> None:
    """转化科技成果30项 under 县科技局、县农业农村局按职责分别牵头: 成果 is no fruit; the science bureau's."""
    text = (
        "方案\n\n（一）创新。新增高新技术企业10家，转化科技成果30项，粮食产量稳定在50万吨。"
        "由县科技局、县农业农村局按职责分别牵头。\n"
    )
    units = _units(text)
    assert units["转化科技成果30项"][0] == ("县科技局",)
    assert units["粮食产量稳定在50万吨"][0] == ("县农业农村局",)


def test_leads_by_their_functions_are_units_without_the_words() -> None:
    """由A、B按职能分别牵头 / 按照职责分别牵头: the words of how they lead are no part of B's name."""
    text = (
        "方案\n\n（四）完善基础设施。新改建农村公路68公里，新建农村集中供水工程20处，农村自来水普及率提高到92%。"
        "由县交通运输局、县水务局按职能分别牵头。\n"
    )
    units = _units(text)
    assert units["新改建农村公路68公里"][0] == ("县交通运输局",)
    assert units["农村自来水普及率提高到92%"][0] == ("县水务局",)


def test_a_bracket_answers_for_its_own_semicolon_clause_and_helpers_join_the_item_s_lead() -> None:
    """…年内发展党员18名;矛盾纠纷调解成功率达到98%以上(责任单位:镇综治中心);…: the clause before the ; is the
    item's; a bracket naming only helpers (镇司法所配合) adds them to the item's lead for its own sentence."""
    units = _units(
        "（九）抓实党建。本项工作由镇党委办牵头，各村（社区）配合。年内发展党员18名；矛盾纠纷调解成功率达到98%以上"
        "（责任单位：镇综治中心）；信访事项按期办结率100%。新建活动场所2个（镇司法所配合）。\n"
    )
    assert units["年内发展党员18名"] == (("镇党委办",), ("各村（社区）",))
    assert units["矛盾纠纷调解成功率达到98%以上"] == (("镇综治中心",), ())
    assert units["新建活动场所2个"] == (("镇党委办",), ("各村（社区）", "镇司法所"))


def test_places_shares_on_unnumbered_lines_numbered_inline_and_of_counties() -> None:
    """各村分别完成…:\\n东坪村900亩;\\n西坪村700亩。 / …:1.东坪村900亩;2.西坪村700亩。 / 各县(市、区)分别完成…:青山县
    8000人、白水县6000人。: each place its own share."""
    units = _units(
        "方案\n\n（一）农田。新建高标准农田2600亩。由镇农业服务中心牵头。各村分别完成高标准农田建设任务：\n"
        "东坪村900亩；\n西坪村700亩。\n\n"
        "（二）就业。城镇新增就业2万人。由市人社局牵头。各县（市、区）分别完成城镇新增就业任务：青山县8000人、白水县6000人。\n"
    )
    assert units["东坪村900亩"] == (("东坪村",), ())
    assert units["西坪村700亩"] == (("西坪村",), ())
    assert units["青山县8000人"] == (("青山县",), ())
    inline = _units(
        "（一）农田。新建高标准农田2600亩。由镇农业服务中心牵头。各村分别完成任务：1.东坪村900亩；2.西坪村700亩。\n"
    )
    assert [answer for quote, answer in inline.items() if quote.endswith("东坪村900亩")] == [(("东坪村",), ())]


def test_bracketed_shares_after_words_naming_the_task_taken_on() -> None:
    """各乡镇具体承担建设任务(青石镇60公里、双河镇55公里): the shares, whatever the task is called before the bracket."""
    quotes = _quotes("方案\n\n三、供水\n新建管网260公里。各乡镇具体承担建设任务（青石镇60公里、双河镇55公里）。\n")
    assert "青石镇60公里" in quotes and "双河镇55公里" in quotes


def test_village_names_and_kinds_of_village() -> None:
    from planengine.draft.responsibility import names_collective_or_village

    assert all(names_collective_or_village(n) for n in ("张家新村", "西山村", "李家山村"))
    assert not any(names_collective_or_village(n) for n in ("新村", "小山村", "偏远山村", "和美乡村"))


def test_all_lead_said_without_a_comma_or_in_brackets() -> None:
    from planengine.draft.responsibility import Responsibility, parse_responsibility

    both = Responsibility(("区住建局", "区财政局"), ("各街道办事处",))
    assert parse_responsibility("责任单位：区住建局、区财政局均为牵头单位；配合单位：各街道办事处") == both
    assert parse_responsibility("责任单位：区住建局、区财政局，均为牵头单位，各街道办事处配合") == both
    assert parse_responsibility("责任单位：区住建局、区财政局（均为牵头单位）") == Responsibility(
        ("区住建局", "区财政局")
    )


def test_a_note_opening_with_its_colon_names_who_answers_for_the_whole() -> None:
    """注:县农业农村局对全县合计任务负责。: the office leads the 合计 row, the note's colon before it."""
    text = (
        "岑水县2026年乡镇目标任务分解表\n\n乡镇 | 粮食播种面积（亩） | 户厕改造（户）\n城关镇 | 42000 | 300\n"
        "白沙乡 | 38000 | 260\n合计 | 80000 | 560\n\n注：县农业农村局对全县合计任务负责。\n"
    )
    units = {q: u for q, u in _units(text).items() if q.startswith("合计")}
    assert units and all(answer == (("县农业农村局",), ()) for answer in units.values())


def test_a_plan_s_own_pace_and_a_subsidised_count_stay_targets() -> None:
    """In a plan (no report), 重点项目投资完成率快于序时进度5个百分点 is a target; 补助每户1000元以上的农户达到500户
    counts households; 开展专项督查2次 is the plan's oversight."""
    text = (
        "重点工作方案\n\n一、目标\n重点项目投资完成率快于序时进度5个百分点。补助每户1000元以上的农户达到500户。"
        "开展专项督查2次。\n"
    )
    quotes = _quotes(text)
    assert any("快于序时进度5个百分点" in q for q in quotes)
    assert any("农户达到500户" in q for q in quotes)
    assert not any("督查" in q for q in quotes)


def test_a_label_of_a_period_s_key_tasks_is_no_milestone() -> None:
    text = "2026年上半年工作总结\n\n一、经济\n下半年重点任务：新增市场主体500户。\n"
    assert _quotes(text) == ["新增市场主体500户"]


# --- a section of duties by item number, helpers before the lead ------------------------------------------

_DUTIES_BY_ITEM = (
    "梧川县2026年县域经济工作方案\n\n一、主要目标\n\n1.地区生产总值增长6%以上。\n\n2.粮食总产量稳定在28万吨以上。\n\n"
    "3.单位地区生产总值能耗下降完成市下达目标，PM2.5平均浓度控制在35微克/立方米以内。\n\n4.城镇新增就业4000人。\n\n"
    "三、责任分工\n\n县发改局：第1项，第3项中的能耗指标（县统计局配合）；\n县农业农村局：第2项（县财政局配合）；\n"
    "市生态环境局梧川分局：第3项中的PM2.5指标；\n县人社局：第4项。\n"
)


def test_units_given_items_by_number_in_a_section_of_duties_lead_them() -> None:
    """三、责任分工 / 县发改局:第1项,…(县统计局配合); …: each unit leads its items, the bracket's helpers helping; a
    line naming only part of an item (第3项中的PM2.5指标) keeps the run of duties going."""
    units = _units(_DUTIES_BY_ITEM)
    assert units["地区生产总值增长6%以上"] == (("县发改局",), ("县统计局",))
    assert units["粮食总产量稳定在28万吨以上"] == (("县农业农村局",), ("县财政局",))
    assert units["城镇新增就业4000人"] == (("县人社局",), ())


def test_helpers_named_before_the_lead_they_help() -> None:
    """(县财政局配合,县教育局牵头): the lead is the one said to 牵头, wherever it stands."""
    units = _units("一、教育\n新增公办学位1800个（县财政局、县人社局配合，县教育局牵头）。\n")
    assert units["新增公办学位1800个"] == (("县教育局",), ("县财政局", "县人社局"))


def test_units_labelled_zhuban_and_xieban_lead_and_help() -> None:
    """(主办:X;协办:Y、Z): 主办 leads as 主办单位 does, 协办 helps."""
    units = _units(
        "要点\n\n一、任务\n1.新建、改建旅游厕所12座。（主办：县文化广电旅游体育局；协办：县交通运输局、县城市管理局）\n"
    )
    assert units["新建、改建旅游厕所12座"] == (("县文化广电旅游体育局",), ("县交通运输局", "县城市管理局"))


# --- faults a second review found -------------------------------------------------------------------------


def test_a_report_said_so_in_other_words_and_a_measured_pace_outside_a_report() -> None:
    """现将具体情况报告如下 opens a report (its cumulative figures no targets); 超序时进度2.99个百分点 measured is no
    target even where the text is not found to be a report; a pace the plan requires is."""
    report = "全县重点项目建设\n\n现将具体情况报告如下：\n一、总体情况\n全县重点项目累计完成投资12.88亿元，超序时进度2.99个百分点。\n"
    assert _quotes(report) == []
    plan = "方案\n\n一、目标\n重点项目超序时进度2.99个百分点。投资完成率要快于序时进度5个百分点以上。\n"
    assert [q for q in _quotes(plan) if "序时进度" in q] == ["投资完成率要快于序时进度5个百分点以上"]


def test_subsidy_standards_with_a_purpose_or_a_remark_are_no_targets() -> None:
    quotes = _quotes(
        "方案\n\n一、目标\n新建户厕300户。奖补每村5万元用于村级公益事业。户厕改造省级补助每户1000元（含验收）。\n"
    )
    assert quotes == ["新建户厕300户"]


def test_helpers_closing_a_part_help_only_that_part_unless_said_for_every_task() -> None:
    """以上任务,X配合 after a part's items: that part's; 以上各项任务,…: every part's."""
    text = (
        "方案\n\n一、粮食\n（一）粮食播种面积稳定在86万亩以上（县农业农村局牵头）。\n"
        "二、环境\n（二）新建污水处理设施20处（县生态环境局牵头）。\n以上任务，各乡镇人民政府配合。\n"
    )
    units = _units(text)
    assert units["新建污水处理设施20处"] == (("县生态环境局",), ("各乡镇人民政府",))
    assert units["粮食播种面积稳定在86万亩以上"] == (("县农业农村局",), ())


def test_fields_of_livestock_tea_and_dykes_and_no_channel_of_funds() -> None:
    from planengine.draft.duties import lead_by_duty

    assert lead_by_duty(["县农业农村局", "县交通运输局"], ["畜禽粪污资源化利用率达到80%", "新改建农村公路60公里"]) == [
        "县农业农村局",
        "县交通运输局",
    ]
    assert lead_by_duty(["县水利局", "县商务局"], ["拓宽融资渠道3条", "加固海堤12公里"]) is None


def test_helpers_first_with_bracketed_names_and_other_helping_words() -> None:
    from planengine.draft.responsibility import Responsibility, parse_responsibility

    assert parse_responsibility("各村（社区）配合，镇农业服务中心牵头") == Responsibility(
        ("镇农业服务中心",), ("各村（社区）",)
    )
    assert parse_responsibility("县财政局参与，县教育局牵头") == Responsibility(("县教育局",), ("县财政局",))
    assert parse_responsibility("县教育局牵头、县财政局配合，各学校负责").lead[0] == "县教育局"


def test_kinds_of_new_village_are_no_village_s_name() -> None:
    from planengine.draft.responsibility import names_collective_or_village

    assert not any(names_collective_or_village(n) for n in ("移民新村", "生态新村", "搬迁新村", "高寒山村"))
