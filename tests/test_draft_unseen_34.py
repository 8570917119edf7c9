"""Shapes of plans the thirty-fourth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec


def _units(text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=2026).targets}


# --- helpers closing a paragraph under a heading that names its lead ---------------------------------

_HEADED_PARAGRAPHS = (
    "青川区2026年重点工作安排\n"
    "\n"
    "（一）稳住工业基本盘（区工信局牵头）\n"
    "\n"
    "全年新增规模以上工业企业25家以上，工业投资增长10%以上，区税务局、区统计局配合。\n"
    "\n"
    "实施技术改造项目40个；6月底前出台《青川区制造业数字化转型行动方案》，区发展改革局、区科技局配合。\n"
    "\n"
    "力争新认定省级专精特新中小企业15家。\n"
    "\n"
    "（二）提升公共服务水平（区教育局牵头）\n"
    "\n"
    "新增公办学位3200个，区财政局配合做好资金保障。\n"
    "\n"
    "新增养老床位300张，由区民政局牵头，区卫生健康局配合。\n"
    "\n"
    "新增城镇就业8000人，各街道负责落实。\n"
)


def test_helpers_closing_a_paragraph_help_the_heading_s_lead_with_its_targets() -> None:
    """Helpers alone closing a sentence after a comma (…,区税务局、区统计局配合。) help with every target of
    that sentence, over its ; clauses; the heading's unit still leads, and a paragraph they do not close keeps
    the heading's unit alone."""
    found = _units(_HEADED_PARAGRAPHS)
    assert found["全年新增规模以上工业企业25家以上"] == (("区工信局",), ("区税务局", "区统计局"))
    assert found["工业投资增长10%以上"] == (("区工信局",), ("区税务局", "区统计局"))
    assert found["实施技术改造项目40个"] == (("区工信局",), ("区发展改革局", "区科技局"))
    assert found["力争新认定省级专精特新中小企业15家"] == (("区工信局",), ())


def test_helpers_with_what_they_do_still_help() -> None:
    """A few words of what they do after the helpers' verb (区财政局配合做好资金保障) end their words: they help."""
    assert _units(_HEADED_PARAGRAPHS)["新增公办学位3200个"] == (("区教育局",), ("区财政局",))


def test_a_sentence_naming_its_lead_by_the_word_outranks_the_heading() -> None:
    """A sentence closed by 由X牵头,Y配合 names its own lead: it outranks the heading's unit; one closed by
    units in general doing their part (各街道负责落实) does not."""
    found = _units(_HEADED_PARAGRAPHS)
    assert found["新增养老床位300张"] == (("区民政局",), ("区卫生健康局",))
    assert found["新增城镇就业8000人"] == (("区教育局",), ())


def test_helpers_in_a_bracket_are_no_closing_helpers() -> None:
    """Helpers inside a bracket statement (…(区财政局牵头,区税务局配合);…) belong to that statement alone:
    they help none of the sentence's other clauses."""
    text = (
        "主要预期目标：一般公共预算收入增长5%（区财政局牵头，区税务局配合）；"
        "固定资产投资增长7%以上（区发改局牵头）；社会消费品零售总额增长6.5%（区商务局牵头）。\n"
    )
    found = _units(text)
    assert found["一般公共预算收入增长5%"] == (("区财政局",), ("区税务局",))
    assert found["固定资产投资增长7%以上"] == (("区发改局",), ())


def test_closing_helpers_stay_in_their_own_unit_s_clause() -> None:
    """Where each clause of a sentence opens with its own unit (县自然资源局要…;县财政局要…,县发改局等部门配合),
    the closing helpers help the last unit's clause, not the clause of the unit before."""
    text = (
        "二、强化要素保障。县自然资源局要在3月底前完成首批重点项目用地组卷报批，全年保障重点项目新增建设用地"
        "1800亩以上；县财政局要统筹做好项目资金保障，全年落实各类上级资金15亿元以上，县发改局、县住建局配合。\n"
        "三、优化服务。县行政审批局要压缩审批时限，审批事项办理时限压缩50%以上；县税务局要落实减税政策，"
        "全年新增减税降费2亿元以上。\n"
    )
    found = _units(text)
    assert found["全年保障重点项目新增建设用地1800亩以上"] == (("县自然资源局",), ())
    assert found["全年落实各类上级资金15亿元以上"] == (("县财政局",), ("县发改局", "县住建局"))


def test_helpers_closing_a_paragraph_help_with_all_its_sentences() -> None:
    """Helpers closing a paragraph (…。对企业…给予补助,区财政局配合。) help with every sentence of it; closing one
    sentence inside a paragraph, with that sentence alone."""
    text = (
        "一、推动工业经济稳中提质（区工信局牵头）\n"
        "实施技术改造项目40个以上，其中6月底前开工不少于20个。对企业智能化改造给予补助，区财政局配合。\n"
        "新增入园企业30家以上，区商务局配合。年内新建标准厂房15万平方米。\n"
    )
    found = _units(text)
    assert found["实施技术改造项目40个以上"] == (("区工信局",), ("区财政局",))
    assert found["其中6月底前开工不少于20个"] == (("区工信局",), ("区财政局",))
    assert found["新增入园企业30家以上"] == (("区工信局",), ("区商务局",))
    assert found["年内新建标准厂房15万平方米"] == (("区工信局",), ())


def test_a_unit_said_to_be_the_main_one_leads_its_sentence_over_the_heading_s_two() -> None:
    """…,区商务局为主责任单位,区税务局、汀兰海关配合。 under a heading two units lead: the sentence names its own
    lead among them, and its helpers."""
    text = (
        "二、扩大有效投资和促进消费（区发改局、区商务局牵头）\n"
        "全年固定资产投资增长8%左右，区统计局配合。\n"
        "外贸进出口总额增长5%以上，实际使用外资1.2亿美元，区商务局为主责任单位，区税务局、汀兰海关配合。\n"
    )
    found = _units(text)
    assert found["外贸进出口总额增长5%以上"] == (("区商务局",), ("区税务局", "汀兰海关"))
    assert found["实际使用外资1.2亿美元"] == (("区商务局",), ("区税务局", "汀兰海关"))
    assert found["全年固定资产投资增长8%左右"] == (("区发改局", "区商务局"), ("区统计局",))


def _quotes(text: str) -> list[str]:
    return [t.quote for t in draft_spec(text, year=2026).targets]


def test_a_meeting_set_for_a_day_is_no_deliverable() -> None:
    """将于7月中旬召开…推进会, 定于10月18日上午9时…召开…: the plan's own arrangements; a meeting due by a date
    (3月底前召开…会议) stays a milestone."""
    assert _quotes("区政府将于7月中旬召开半年工作推进会，对进度滞后的任务进行通报。\n") == []
    assert _quotes("镇党政综合办公室定于10月18日上午9时在镇三楼会议室召开第四季度推进会。\n") == []
    assert _quotes("3月底前召开全县农村人居环境整治推进会议。\n") == ["3月底前召开全县农村人居环境整治推进会议"]


def test_the_year_s_task_due_by_a_day_is_a_milestone_by_the_year_s_end_the_target_itself() -> None:
    """力争12月10日前完成全年任务: a dated milestone; 年底前…完成年度目标: held to the year's target (relative)."""
    dated = draft_spec("（二）第6项职业技能培训力争12月10日前完成全年任务。\n", year=2026).targets
    assert [(t.kind, t.quote) for t in dated] == [("milestone", "第6项职业技能培训力争12月10日前完成全年任务")]
    held = draft_spec("二、下半年工作安排\n下半年力争限额以上商贸企业新增数达到年度目标。\n", year=2026).targets
    assert [t.kind for t in held] == ["relative"]


def test_a_subsidy_s_share_and_an_assessment_s_weight_are_no_targets() -> None:
    """按不超过实际投资额10%给予补助 (the share a subsidy pays) and 占部门绩效考核权重的30% (what the assessment
    weighs) state no level to reach."""
    text = (
        "对企业智能化改造设备投资按不超过实际投资额10%给予补助，新增智能工厂5家。\n"
        "年度考核结果按百分制计分，占部门绩效考核权重的30%。\n"
    )
    assert _quotes(text) == ["新增智能工厂5家"]


def test_this_year_s_figures_so_far_are_no_turn_to_what_is_ahead() -> None:
    """截至9月底,今年…累计完成投资1648万元: this year's figures so far report, as the time so far says; a later
    clause turning to what is ahead (年底前再完成…) is the plan's."""
    text = "截至9月底，今年十件实事累计完成投资1648万元，8项已完成过半，年底前再完成2项。\n"
    assert _quotes(text) == ["年底前再完成2项"]


def test_last_year_s_figure_at_this_time_reports() -> None:
    """去年同期全镇…仅占年度计划的61.5%: last year's figure at this time, a report; 与去年同期相比…增长10%
    is this year's growth against it."""
    assert _quotes("去年同期全镇实事项目完成投资仅占年度计划的61.5%。\n") == []
    assert _quotes("与去年同期相比，今年全镇新增就业增长10%。\n") == ["今年全镇新增就业增长10%"]


_PLEDGE = (
    "澄岭县2024年度目标管理责任书\n"
    "甲方：澄岭县人民政府\n"
    "乙方：澄岭县农业农村局\n"
    "一、重点工作任务\n"
    "1.粮食播种面积稳定在52.6万亩以上。（分值8分。考核说明：面积占4分，县统计局配合核定。2023年为52.1万亩。）\n"
    "2.新建高标准农田1.8万亩，10月底前全部完工。（分值8分。考核说明：县财政局、县自然资源局配合；未按节点完成的扣2分。）\n"
    "3.第一产业增加值增长4.5%左右。（分值8分。考核说明：以县统计局年度快报数据为准。）\n"
)


def test_helpers_named_in_an_item_s_closing_note_help_with_the_item() -> None:
    """An assessment note closing an item (…。(分值8分。考核说明:…,县统计局配合核定。…)) that names helpers, after
    a comma or the note's colon, names the item's helpers; the lead stated above (乙方) still leads. A note
    naming an office only as where the figures come from (以县统计局…数据为准) names no helper."""
    found = _units(_PLEDGE)
    assert found["粮食播种面积稳定在52.6万亩以上"] == (("澄岭县农业农村局",), ("县统计局",))
    assert found["新建高标准农田1.8万亩"] == (("澄岭县农业农村局",), ("县财政局", "县自然资源局"))
    assert found["10月底前全部完工"] == (("澄岭县农业农村局",), ("县财政局", "县自然资源局"))
    assert found["第一产业增加值增长4.5%左右"] == (("澄岭县农业农村局",), ())


def test_a_wrapped_row_with_its_number_and_name_blank_goes_on_with_the_item_above() -> None:
    """In a table whose lines are closed by bars but not opened by one, a row opening with blank number and
    name cells ( |  | 县级特困…) whose cells run over lines is a row of its own (the item above's rest, its
    units cell blank: the row above's units); the rows after it are read as before."""
    text = (
        "序号 | 项目名称 | 建设内容及目标 | 责任单位 | 完成时限 |\n"
        "4 | 养老服务提质 | 新建农村互助幸福院12个、乡镇区域\n"
        "养老服务中心2个。 | 县民政局 | 2024年10月 |\n"
        " |  | 县级特困供养机构护理型床位占比\n"
        "不低于55%。 |  | 2024年12月 |\n"
        "5 | 城区停车设施建设 | 新建公共停车场4处,新增公共停车\n"
        "泊位1200个以上。 | 县住建局*、县城管局 | 2024年12月 |\n"
    )
    found = {t.quote.replace("\n", ""): (t.lead, t.support) for t in draft_spec(text, year=2024).targets}
    assert found["县级特困供养机构护理型床位占比不低于55%"] == (("县民政局",), ())
    assert found["新建公共停车场4处"] == (("县住建局",), ("县城管局",))
    assert found["新增公共停车泊位1200个以上"] == (("县住建局",), ("县城管局",))


def test_a_progress_notice_s_own_counts_reports_sent_up_and_unchanged_targets_are_no_targets() -> None:
    """确定重点任务13项、季度节点目标52个 (the plan counting its own, named first), 于11月10日前将…整改措施报区政府
    督查室 (paperwork sent up), 第四季度节点目标原则上不作调整 (targets left as they are): none is a target."""
    text = (
        "一、总体情况\n今年区政府确定重点任务13项、季度节点目标52个。\n"
        "二、下步要求\n各牵头单位要于11月10日前将滞后节点整改措施报区政府督查室。第四季度节点目标原则上不作调整。"
        "年底前新建城市书房5个。\n"
    )
    assert _quotes(text) == ["年底前新建城市书房5个"]


def test_a_count_of_bodies_each_above_a_size_is_the_count() -> None:
    """培育1~2家接待量超100万人次、5家超50万人次、10家超20万人次的滑雪场: each item counts the bodies (a range, then
    counts); the size each is above describes them."""
    targets = draft_spec(
        "到2025年，培育1~2家接待量超100万人次、5家超50万人次、10家超20万人次的滑雪场。\n", year=2021
    ).targets
    assert [(t.kind, t.value, t.value_high) for t in targets] == [
        ("range", Decimal(1), Decimal(2)),
        ("count", Decimal(5), None),
        ("count", Decimal(10), None),
    ]


def test_the_currency_between_a_floor_and_its_figure_keeps_the_floor() -> None:
    """不低于人民币2000亿元: the currency named before the figure; the floor still holds."""
    (target,) = draft_spec("今年推介重大项目总投资不低于人民币2000亿元。\n", year=2026).targets
    assert (target.kind, target.comparator, target.value) == ("amount", ">=", Decimal(200000000000))


def test_a_village_opening_its_line_answers_for_it_the_offices_guiding_it_help() -> None:
    """A township's list of its villages' targets (东坪村:新建…;完成…。) each closed by a line of the offices
    guiding it (指导科室:镇农业农村办、镇经济发展办): the village leads its line's targets, the offices help."""
    text = (
        "一、各村(社区)目标任务\n"
        "东坪村:新建村级光伏电站1座;完成农村户厕改造提升45户。\n"
        "指导科室:镇农业农村办、镇经济发展办\n"
        "柳塘社区:完成老旧住宅加装电梯8台;生活垃圾分类准确率不低于90%。\n"
        "指导科室:镇综治中心、镇社会事务办\n"
    )
    found = _units(text)
    assert found["新建村级光伏电站1座"] == (("东坪村",), ("镇农业农村办", "镇经济发展办"))
    assert found["完成农村户厕改造提升45户"] == (("东坪村",), ("镇农业农村办", "镇经济发展办"))
    assert found["生活垃圾分类准确率不低于90%"] == (("柳塘社区",), ("镇综治中心", "镇社会事务办"))


def test_the_year_s_budget_target_and_the_plan_s_own_arrangement() -> None:
    """一般公共预算收入完成年度预算目标: held to the year's target (relative); 下半年共安排5个方面18条32项重点任务: the
    plan counting what it sets out, no target of any kind."""
    text = (
        "二、下半年工作安排\n下半年共安排5个方面18条32项重点任务。\n"
        "5.一般公共预算收入完成年度预算目标(牵头单位:区财政局;配合单位:区税务局)。\n"
    )
    targets = draft_spec(text, year=2025).targets
    assert [(t.kind, t.quote, t.lead, t.support) for t in targets] == [
        ("relative", "一般公共预算收入完成年度预算目标", ("区财政局",), ("区税务局",))
    ]


def test_a_sentence_opening_with_the_end_of_a_year_gone_reports() -> None:
    """2025年底全区…覆盖率为41.3% in a plan for 2026: where the year gone ended, a baseline; 2026年底前…, a
    deadline of the plan's year, stays a target."""
    text = "家庭医生签约服务覆盖率达到45%。2025年底全区家庭医生签约服务覆盖率为41.3%。2026年底前建成区域医疗中心1个。\n"
    assert _quotes(text) == ["家庭医生签约服务覆盖率达到45%", "2026年底前建成区域医疗中心1个"]


# --- the review's cases: readings the session's rules must not break -----------------------------------


def test_last_year_at_this_time_as_a_yardstick_keeps_the_target() -> None:
    """超过去年同期2个百分点, 达到去年同期的1.2倍: last year's figure is what the target is measured against."""
    quotes = _quotes("上半年规上工业增加值增速超过去年同期2个百分点。全年接待游客人次达到去年同期的1.2倍。\n")
    assert quotes == ["上半年规上工业增加值增速超过去年同期2个百分点", "全年接待游客人次达到去年同期的1.2倍"]


def test_the_year_ahead_after_this_year_s_figures_so_far_stays_a_target() -> None:
    """截至9月底,今年…累计新增就业3200人,全年力争新增就业5000人: the report, then the year's target; 今年力争
    累计… after the time so far is an aim, no report."""
    assert _quotes("截至9月底，今年全县累计新增就业3200人，全年力争新增就业5000人。\n") == ["全年力争新增就业5000人"]
    assert _quotes("截至9月底，今年力争累计新增就业6000人。\n") == ["今年力争累计新增就业6000人"]


def test_a_rate_after_counted_bodies_is_the_rate() -> None:
    """5所学校达标率达100%, 全县18个乡镇达95%以上: the rate is the target, not the count of the bodies."""
    found = draft_spec("5所学校达标率达100%。全县18个乡镇达95%以上。\n", year=2026).targets
    assert [(t.kind, t.value) for t in found] == [("ratio", Decimal("1.00")), ("ratio", Decimal("0.95"))]


def test_node_targets_done_are_a_count_without_the_plan_setting_them() -> None:
    """今年全区完成季度节点目标52个: the count of what is to be done, no count of the plan's own (确定…节点目标)."""
    found = draft_spec("今年全区完成季度节点目标52个，新增企业10家。\n", year=2026).targets
    assert [(t.kind, t.value) for t in found] == [("count", Decimal(52)), ("count", Decimal(10))]


def test_a_subsidy_s_share_said_with_的_or_with_a_cap_is_no_target() -> None:
    """按实际投资额的10%给予补助, 按不超过…10%给予最高200万元补助: the share a subsidy pays."""
    text = "对企业按实际投资额的10%给予补助，新增智能工厂3家。按不超过设备投资额10%给予最高200万元补助。\n"
    assert _quotes(text) == ["新增智能工厂3家"]


def test_a_row_broken_before_a_bar_is_still_joined() -> None:
    """In a table whose lines are closed but not opened by bars, a row's line broken just before a bar
    (… | 县民政局 | 2024年10月 |) is the rest of that row, not a row with blank cells."""
    text = (
        "序号 | 项目名称 | 建设内容及目标 | 责任单位 | 完成时限 |\n"
        "4 | 养老服务提质 | 新建农村互助幸福院12个。\n"
        "| 县民政局 | 2024年10月 |\n"
        "5 | 城区停车设施建设 | 新建公共停车场4处。\n"
        "| 县住建局*、县城管局 | 2024年12月 |\n"
    )
    found = {t.quote: (t.lead, t.support) for t in draft_spec(text, year=2024).targets}
    assert found == {"新建农村互助幸福院12个": (("县民政局",), ()), "新建公共停车场4处": (("县住建局",), ("县城管局",))}


def test_closing_helpers_leave_a_clause_closed_by_its_own_bracket() -> None:
    """新增项目1个(区住建局牵头);新增园区2个,区财政局配合。: the bracket's clause keeps its own units."""
    found = _units("（一）稳住工业基本盘（区工信局牵头）\n新增项目1个（区住建局牵头）；新增园区2个，区财政局配合。\n")
    assert found["新增项目1个"] == (("区住建局",), ())


def test_closing_helpers_as_written_with_brackets_and_joining_the_heading_s() -> None:
    """各镇（街道）配合 names the places as written; helpers closing a sentence under a heading that names its own
    helpers help too; 区民政局牵头 without 由 names the sentence's lead."""
    found = _units(
        "（一）稳住工业基本盘（区工信局牵头）\n新建标准厂房5万平方米，各镇（街道）配合。\n"
        "（二）公共服务（区教育局牵头，区财政局配合）\n新增学位500个，区税务局配合。\n"
        "新增养老床位300张，区民政局牵头，区卫生健康局配合。\n"
    )
    assert found["新建标准厂房5万平方米"] == (("区工信局",), ("各镇（街道）",))
    assert found["新增学位500个"] == (("区教育局",), ("区财政局", "区税务局"))
    assert found["新增养老床位300张"] == (("区民政局",), ("区卫生健康局",))


def test_a_closing_note_with_a_bracket_inside_still_names_helpers() -> None:
    """…。(分值8分。考核说明:县财政局、县自然资源局配合;以(县统计局)数据为准。): the note closes the item."""
    text = _PLEDGE.replace("未按节点完成的扣2分。", "以（县统计局）数据为准。")
    assert _units(text)["新建高标准农田1.8万亩"] == (("澄岭县农业农村局",), ("县财政局", "县自然资源局"))


def test_a_subsidy_s_share_and_cap_a_laggard_s_notice_and_a_progress_report_are_no_targets() -> None:
    """按年租金30%标准给予一次性补助,单户最高不超过5万元 (a subsidy's share and cap), 连续两次亮红灯的科室予以通报
    (who is named for falling behind), 全年完成情况于12月10日前书面报送 (a report sent up): no targets."""
    text = (
        "对新入驻重点楼宇的企业，按年租金30%标准给予一次性补助，单户最高不超过5万元。新增入驻企业20家。\n"
        "党政办对进度滞后的任务实行“红黄灯”预警，连续两次亮红灯的科室予以通报。\n"
        "全年完成情况于12月10日前书面报送。年底前建成口袋公园3个。\n"
    )
    assert _quotes(text) == ["新增入驻企业20家", "年底前建成口袋公园3个"]


def test_a_partner_closing_a_sentence_shares_its_lead() -> None:
    """Under an office's heading (六、自然资源和规划所:…), a sentence closed by 与农业农村办共同负责 is led by both;
    the heading's other sentences by the office alone."""
    text = (
        "六、自然资源和规划所：耕地保有量不低于4.6万亩；11月底前完成3个村的村庄规划编制。"
        "全年完成植树造林800亩，与农业农村办共同负责。\n"
        "七、村镇建设办：完成集镇老旧小区改造2个。\n"
    )
    found = _units(text)
    assert found["全年完成植树造林800亩"] == (("自然资源和规划所", "农业农村办"), ())
    assert found["耕地保有量不低于4.6万亩"] == (("自然资源和规划所",), ())


def test_a_department_s_office_column_leads_the_bodies_column_helps() -> None:
    """序号 | 指标 | 目标值 | 责任科室 | 责任单位: with no 牵头 column, the department's office leads and the bodies
    under it (hospitals, health centres) carry the work out; a blank merged cell takes the row above's."""
    text = (
        "序号 | 指标 | 目标值 | 责任科室 | 责任单位 |\n"
        "1 | 每千常住人口执业（助理）医师数 | ≥3.3人 | 医政医管科 | 区人民医院、区中医医院 |\n"
        "2 | 区域内住院患者就诊率 | 90%以上 |  |  |\n"
        "3 | 孕产妇系统管理率 | ≥92% | 妇幼健康科 | 区妇幼保健院 |\n"
    )
    found = [(t.lead, t.support) for t in draft_spec(text, year=2025).targets]
    assert found == [
        (("医政医管科",), ("区人民医院", "区中医医院")),
        (("医政医管科",), ("区人民医院", "区中医医院")),
        (("妇幼健康科",), ("区妇幼保健院",)),
    ]


_NEXT_OFFICE = "七、村镇建设办：完成集镇老旧小区改造2个。\n"


def test_a_partner_is_a_unit_named_after_与_and_the_verbs_of_sharing() -> None:
    """…,同时与农业农村办共同负责 (同时 names no partner), …,与农业农村办共同组织实施 (a longer verb) and …,会同农业农村办
    共同负责 name 农业农村办; units in general (…,与相关部门共同负责) share no lead."""
    heading = "六、自然资源和规划所：耕地保有量不低于4.6万亩。"
    for closing in ("，同时与农业农村办共同负责。", "，与农业农村办共同组织实施。", "，会同农业农村办共同负责。"):
        found = _units(heading + "全年完成植树造林800亩" + closing + "\n" + _NEXT_OFFICE)
        assert found["全年完成植树造林800亩"] == (("自然资源和规划所", "农业农村办"), ())
    found = _units(heading + "全年完成植树造林800亩，与相关部门共同负责。\n" + _NEXT_OFFICE)
    assert found["全年完成植树造林800亩"] == (("自然资源和规划所",), ())


def test_a_department_before_its_office_keeps_the_lead() -> None:
    """责任单位 | 责任科室 (the department first, its office after it): the department is no body under the office."""
    text = (
        "序号 | 指标 | 目标值 | 责任单位 | 责任科室 |\n"
        "1 | 每千常住人口执业（助理）医师数 | ≥3.3人 | 区卫健委 | 医政医管科 |\n"
    )
    (target,) = draft_spec(text, year=2025).targets
    assert (target.lead, target.support) == (("区卫健委", "医政医管科"), ())  # (both lead, as before the rule)


def test_a_count_done_in_a_row_is_no_laggard_named() -> None:
    """年内连续组织4次以上的集中约谈: a count of what is done; 连续两个季度排名末位的乡镇进行约谈: who is named."""
    assert _quotes("年内连续组织4次以上的集中约谈。\n") == ["年内连续组织4次以上的集中约谈"]
    assert _quotes("连续两个季度排名末位的乡镇进行约谈。\n") == []


def test_a_report_asked_for_by_a_date_and_a_document_counting_itself() -> None:
    """全年完成情况请于12月10日前书面报送 (a report asked for) and 本通知/本办法共…项 (the document's own count): no
    targets."""
    text = "全年完成情况请于12月10日前书面报送。本办法共18项。本通知共下达目标任务59项。年底前建成口袋公园3个。\n"
    assert _quotes(text) == ["年底前建成口袋公园3个"]


def test_a_long_run_of_counts_reads_in_linear_time() -> None:
    """The plan counting what it sets out is read one way however many counts follow one another
    (共安排12个12个…x: no target, and no backtracking over the ways to split the digits)."""
    from planengine.draft.targets import _OWN_ARRANGEMENT

    assert _OWN_ARRANGEMENT.search("下半年共安排5个方面18条32项重点任务")
    assert _OWN_ARRANGEMENT.search("共安排" + "12个" * 40 + "x") is None  # (exponential before: 15 counts took 1.7 s)


def test_a_bureau_s_own_office_in_brackets_closing_each_clause_answers_for_it() -> None:
    """…开工(城市更新处);…900套(间)(住房保障处);…: each clause closed by a bureau's office (处, 科, 股) in brackets,
    the office answers for it (as 局 or 办 would)."""
    text = (
        "二、下半年工作\n重点抓好以下工作:确保老旧小区改造项目10月底前全部开工(城市更新处);"
        "力争新增筹集保障性租赁住房900套(间)(住房保障处);全年建筑业总产值力争突破880亿元(建筑市场监管处)。\n"
    )
    found = [t.lead for t in draft_spec(text, year=2025).targets]
    assert found == [("城市更新处",), ("住房保障处",), ("建筑市场监管处",)]


def test_a_notice_s_first_list_titled_with_its_lead_leads_its_items() -> None:
    """A notice (…关于印发…的通知, its paragraphs 一、…二、…) then its first attachment's list titled with its lead
    (2026年城市更新重点任务清单 / （牵头单位：…）): the list's lead leads its items, as the later lists' leads do."""
    text = (
        "澄阳市人民政府办公室关于印发2026年民生领域重点任务清单的通知\n\n"
        "各县（市、区）人民政府：\n\n"
        "一、明确责任分工。各清单确定的牵头单位对本清单全部任务负总责。\n\n"
        "二、加强调度督导。各牵头单位每季度报送任务进展。\n\n"
        "附件1\n\n2026年城市更新重点任务清单\n\n（牵头单位：市住房和城乡建设局）\n\n"
        "1.新开工改造城镇老旧小区68个。（配合单位：市财政局）\n\n"
        "2.新增城市停车泊位5000个。\n"
    )
    found = _units(text)
    assert found["新开工改造城镇老旧小区68个"] == (("市住房和城乡建设局",), ("市财政局",))
    assert found["新增城市停车泊位5000个"] == (("市住房和城乡建设局",), ())


def test_a_goal_restated_under_a_task_with_its_units_is_one_target() -> None:
    """一、主要目标 states a goal without units; a task heading restates it word for word with its lead: one target,
    the task's units answering for it (a plan's goal read twice would be counted twice)."""
    text = (
        "一、主要目标\n到2026年，建成5G基站2800个，新增上市企业2家。\n"
        "二、重点任务\n（一）建设网络（牵头单位：区工信局）\n建成5G基站2800个。\n"
        "（二）培育企业（牵头单位：区发改局）\n新增上市企业2家。\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.quote, t.lead) for t in targets] == [
        ("建成5G基站2800个", ("区工信局",)),
        ("新增上市企业2家", ("区发改局",)),
    ]
