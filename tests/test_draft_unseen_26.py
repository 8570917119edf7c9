"""Shapes of plans the twenty-sixth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec
from planengine.draft.numbers import find_quantities


def _read(text: str) -> list[tuple[str, str | None, Decimal | None, bool]]:
    return [(t.kind, t.comparator, t.value, t.strive) for t in draft_spec(text, year=2026).targets]


def _quotes(text: str) -> list[str]:
    return [t.quote for t in draft_spec(text, year=2026).targets]


_TASK_TABLE = (
    "| 序号 | 工作任务 | 牵头领导 | 牵头单位 | 配合单位 | 完成时限 |\n"
    "|---|---|---|---|---|---|\n"
    "| 1 | 新增规上工业企业15家 | 李承志 | 县工信局 | 县统计局、县市场监管局、 | 2026年12月底 |\n"
    "|  |  |  |  | 云岫经济开发区管委会 |  |\n"
    "| 2 | 争取专项债券资金8亿元以上 | 周明远 | 县发改委、 | 县直各有关单位 | 2026年10月底 |\n"
    "|  |  |  | 县财政局 |  |  |\n"
    "| 3 | 新建高标准农田2.6万亩 | 吴德明 | 县农业农村局 | 县财政局、县水利局 | 2026年9月底 |\n"
)


def test_a_unit_cell_wrapped_onto_a_row_of_blank_cells_goes_on_with_the_row_above() -> None:
    """| 2 | … | 县统计局、县市场监管局、 | over |  |  |  |  | 云岫经济开发区管委会 |  |: a table whose rows open
    with a bar (its first cell blank) wraps a unit cell as a table without the bar does; the name on the
    row of blank cells is one more unit of the row above, in the same column (lead or helper)."""
    drafted = draft_spec(_TASK_TABLE, year=2026).targets
    assert [(t.lead, t.support) for t in drafted] == [
        (("县工信局",), ("县统计局", "县市场监管局", "云岫经济开发区管委会")),
        (("县发改委", "县财政局"), ("县直各有关单位",)),
        (("县农业农村局",), ("县财政局", "县水利局")),
    ]


def test_a_quarter_dates_what_is_reached_or_held_by_then() -> None:
    """二季度开工率达到80%以上 is a level reached by the quarter's end (a quarter's growth, 一季度地区生产总值
    增速达到6%, and a quarter's rate, 一季度城镇调查失业率5.5%, stay what the period measures);
    一季度举办…招聘会不少于20场 is dated however long the name between; 一季度公布…名单 is a deliverable
    though it has no figure."""
    text = (
        "九、农贸市场提质改造。二季度开工率达到80%以上；一季度举办“春风行动”专场招聘会不少于20场；"
        "一季度公布改造市场名单；一季度城镇调查失业率5.5%；一季度地区生产总值增速达到6%。\n"
    )
    assert _read(text) == [
        ("milestone", ">=", Decimal("0.80"), False),
        ("milestone", ">=", Decimal("20"), False),
        ("milestone", None, None, False),
        ("ratio", "=", Decimal("0.055"), False),
        ("growth-rate", ">=", Decimal("0.06"), False),
    ]


def test_a_quarter_counted_as_a_report_is_no_deliverable() -> None:
    """…三季度完成情况的通报: the quarter and 完成情况 name the report, not a date for anything."""
    text = "关于2021年重点工作三季度完成情况的通报\n一、总体情况\n新增就业1200人。\n"
    assert all("完成情况" not in q for q in _quotes(text))


def test_the_plans_own_paperwork_sent_up_by_a_date_is_procedure() -> None:
    """于3月15日前报县政府督查室备案, 2026年1月15日前报送年度自评报告: how the plan is run, no target;
    a plan sent up for approval by a date (6月底前报省政府审定) is still a deliverable."""
    text = (
        "一、工作要求\n各牵头单位制定推进方案,于3月15日前报县政府督查室备案。"
        "2026年1月15日前报送年度自评报告。\n二、任务\n新建公园5个。6月底前报省政府审定。\n"
    )
    assert _quotes(text) == ["新建公园5个", "6月底前报省政府审定"]


def test_what_follows_the_work_being_finished_is_no_deliverable() -> None:
    """新建场地建成后移交属地街道负责日常管护: who keeps it up once built, not something to deliver."""
    text = "十、全民健身。新建健身步道50公里。新建场地建成后移交属地街道负责日常管护。\n"
    assert _quotes(text) == ["新建健身步道50公里"]


_HALF_YEAR_REPORT = (
    "（一）地区生产总值。年度目标：地区生产总值增长6%左右。推进情况：上半年全区完成地区生产总值186.4亿元，"
    "同比增长5.7%，增速居全市第4位。下半年力争全年增速回升至6.2%以上。\n牵头单位：区发展改革局\n\n"
    "（二）老旧小区改造。年度目标：完成老旧小区改造42个。推进情况：截至6月底，已开工改造31个，完成主体改造9个。"
    "下半年力争11月底前完成主体改造32个。\n牵头单位：区住房城乡建设局\n\n"
    "（三）消费市场。年度目标：新增限额以上商贸企业40家。推进情况：上半年新增限额以上商贸企业18家。"
    "下半年力争限额以上商贸企业新增数达到年度目标。\n牵头单位：区商务局\n"
)


def test_a_goal_for_the_half_ahead_after_a_report_of_progress_is_a_target() -> None:
    """推进情况:…(figures so far, no targets)。下半年力争…: the sentence turning to the half ahead states
    the plan again. Its month (11月底前) dates it, not the half; 增速回升至 is a growth; 达到年度目标 holds a
    named measure to the year's target."""
    drafted = draft_spec(_HALF_YEAR_REPORT, year=2026).targets
    assert [(t.kind, t.comparator, t.value, t.strive) for t in drafted] == [
        ("growth-rate", "approx", Decimal("0.06"), False),
        ("growth-rate", ">=", Decimal("0.062"), True),
        ("count", "=", Decimal("42"), False),
        ("milestone", "=", Decimal("32"), True),
        ("count", "=", Decimal("40"), False),
        ("relative", ">=", None, True),
    ]
    assert [t.lead for t in drafted] == [("区发展改革局",)] * 2 + [("区住房城乡建设局",)] * 2 + [("区商务局",)] * 2


def test_a_measure_words_other_word_in_brackets_after_people_is_part_of_the_figure() -> None:
    """培训215人(次): the bracket names the measure again (as 套(间) does), so the quote keeps it."""
    text = "一、就业。为有需求的残疾人开展职业技能培训和创业培训215人(次)。\n"
    assert _quotes(text) == ["为有需求的残疾人开展职业技能培训和创业培训215人(次)"]


def test_only_planning_for_a_project_is_no_deliverable() -> None:
    """谋划启动渭津蛋鸡养殖基地: planned for, not delivered (启动渭津蛋鸡养殖基地 alone would be)."""
    assert _quotes("三、产业。谋划启动渭津蛋鸡养殖基地。新建冷库3座。\n") == ["新建冷库3座"]


def test_a_penalty_of_the_assessment_is_no_target() -> None:
    """约束性指标未完成的实行“一票否优”: how the assessment punishes, not a deliverable."""
    text = "一、考核。森林覆盖率达到68%。约束性指标未完成的实行“一票否优”。\n"
    assert _quotes(text) == ["森林覆盖率达到68%"]


def test_a_threshold_of_the_statistics_before_an_investments_growth_is_no_target() -> None:
    """500万元以上固定资产投资增长7%: 500万元以上 says which investment is counted; the growth is the target."""
    assert _read("一、目标。500万元以上固定资产投资增长7%。\n") == [("growth-rate", "=", Decimal("0.07"), False)]


def test_samples_per_thousand_people_are_a_density() -> None:
    """依照4份/千人展开食品安全监督抽检: so many samples per thousand people, a ratio as written."""
    drafted = draft_spec("一、食品安全。依照4份/千人展开食品安全监督抽检。\n", year=2026).targets
    assert [(t.kind, t.value, t.unit) for t in drafted] == [("ratio", Decimal("4"), "份/千人")]


def _units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


def test_a_main_unit_label_and_a_helpers_label_after_a_sentences_end() -> None:
    """…达到85%。主要责任单位：X；协同单位：Y、Z。: labels of who answers, as 责任单位 and 配合单位 are."""
    text = "五、推进农业绿色发展\n畜禽粪污资源化利用率达到85%。主要责任单位：县农业农村局；协同单位：县生态环境局、县市场监督管理局。\n"
    assert _units(text) == [("畜禽粪污资源化利用率达到85%", ("县农业农村局",), ("县生态环境局", "县市场监督管理局"))]


def test_a_unit_answering_for_the_whole_then_units_carrying_it_out_close_a_paragraph() -> None:
    """X负总责,Y、Z具体落实。: X leads as X负责 does, Y and Z help."""
    text = (
        "一、总则\n为推进工作，制定本方案。\n\n二、壮大乡村特色产业\n全产业链产值达到86亿元。"
        "县农业农村局负总责，县商务局、县供销社具体落实。\n"
    )
    assert _units(text)[-1] == ("全产业链产值达到86亿元", ("县农业农村局",), ("县商务局", "县供销社"))


def test_parts_given_by_topic_then_places_carrying_out_every_part() -> None:
    """其中,A由X负责,B由Y负责,各乡镇人民政府抓好属地落实。: each target the part naming it, the places
    helping with every part (各街道配合 after a part helps that part only); the statement no milestone."""
    text = (
        "一、总则\n为推进工作，制定本方案。\n\n四、提升乡村建设水平\n全年新建改建农村公路85公里，完成危桥改造6座。"
        "创建市级和美乡村示范村15个。其中，农村公路建设和危桥改造由县交通运输局负责，和美乡村示范村创建由县农业农村局负责，"
        "各乡镇人民政府抓好属地落实。\n"
    )
    assert _units(text) == [
        ("全年新建改建农村公路85公里", ("县交通运输局",), ("各乡镇人民政府",)),
        ("完成危桥改造6座", ("县交通运输局",), ("各乡镇人民政府",)),
        ("创建市级和美乡村示范村15个", ("县农业农村局",), ("各乡镇人民政府",)),
    ]


def test_a_baseline_remarked_in_brackets_does_not_make_the_target_a_report() -> None:
    """农村老年助餐点新增30个(2025年底已建成126个): 已建成 is the baseline's, in brackets; the target stands."""
    assert _read("九、补齐短板\n农村老年助餐点新增30个（2025年底已建成126个）。\n") == [
        ("count", "=", Decimal("30"), False)
    ]


def test_a_school_opening_is_a_deliverable() -> None:
    """滴水湖高级金融学院开学: an outcome, as 开园 is; 开学前 and 开学期间 only date or time other work."""
    assert _read("一、工作\n滴水湖高级金融学院开学。\n") == [("milestone", None, None, False)]
    assert _quotes("一、工作\n在春、秋季开学期间开展全市校园安全检查。\n") == []


def test_a_share_done_that_is_so_much_reports_how_far_the_work_got() -> None:
    """71个产业项目年度计划投资535亿元,完成投资117.3亿元,投资完成率为21.9%: what was done and its share,
    not targets (a plan's 完成投资50亿元,完成率达到100% is one)."""
    text = "截至3月底，重点项目开工率为94%。71个产业项目年度计划投资535亿元，完成投资117.3亿元，投资完成率为21.9%。\n"
    assert all("117.3" not in q and "21.9" not in q for q in _quotes(text))


def test_a_figure_per_person_a_year_is_a_density() -> None:
    """教师全员培训每人每年不少于72学时: so much per head, a ratio (as 人均 is)."""
    assert _read("一、教育\n教师全员培训每人每年不少于72学时。\n") == [("ratio", ">=", Decimal("72"), False)]


def test_a_growth_rate_set_at_a_level_is_a_growth() -> None:
    """地区生产总值年均增速设为6.0%左右: the rate is set (设为) as 确定为 sets it."""
    assert _read("一、目标\n将地区生产总值年均增速设为6.0%左右。\n") == [
        ("growth-rate", "approx", Decimal("0.060"), False)
    ]


def test_a_letter_after_a_figure_and_a_blank_is_no_unit() -> None:
    """6 t5 f! U1 (a page's noise): a one-letter unit stands right after its digits (300t, 5P), never apart."""
    assert _quotes("一、工作\n6 t5 f! U1 U7\n4 t) M$ ]+\n新增储能300t。\n") == ["新增储能300t"]


def test_units_said_to_answer_by_their_duties_under_a_label_all_lead() -> None:
    """责任单位:县财政局、县税务局按职责分工负责;配合单位:…: both named under the label answer (负责 makes none the
    lead of the other, and 按职责分工 is no part of a name)."""
    text = "2. 一般公共预算收入增长5%。（责任单位：县财政局、县税务局按职责分工负责；配合单位：各乡、镇人民政府；完成时限：2026年12月）\n"
    assert _units(text) == [("一般公共预算收入增长5%", ("县财政局", "县税务局"), ("各乡、镇人民政府",))]


def test_a_task_wrapped_onto_an_indented_line_of_a_table_laid_out_by_blanks() -> None:
    """序号  工作任务  责任领导  牵头单位  配合单位 over rows whose task goes on in an indented line: the line's
    targets are the row's, with its units, and the rows after it are still the table's."""
    text = (
        "序号  工作任务  责任领导  牵头单位  配合单位\n"
        "7  新签约亿元以上项目40个；  何振宇  县投资促进中心  青岚经济开发区管委会，各乡镇人民政府\n"
        "   新开工亿元以上项目30个\n"
        "8  新增规模以上工业企业25家，  何振宇、郑海燕  县工业和信息化局  县科技局、县税务局\n"
        "   力争新增国家级专精特新“小巨人”企业1家\n"
        "9  规模以上工业总产值突破300亿元  何振宇  县工业和信息化局  青岚经济开发区管委会\n"
    )
    assert _units(text) == [
        ("新签约亿元以上项目40个", ("县投资促进中心",), ("青岚经济开发区管委会", "各乡镇人民政府")),
        ("新开工亿元以上项目30个", ("县投资促进中心",), ("青岚经济开发区管委会", "各乡镇人民政府")),
        ("新增规模以上工业企业25家", ("县工业和信息化局",), ("县科技局", "县税务局")),
        ("力争新增国家级专精特新“小巨人”企业1家", ("县工业和信息化局",), ("县科技局", "县税务局")),
        ("规模以上工业总产值突破300亿元", ("县工业和信息化局",), ("青岚经济开发区管委会",)),
    ]


def test_metres_along_a_bridge_are_a_length() -> None:
    """20座1126延米桥梁: twenty bridges, 1126 metres of them (延米, metres along)."""
    read = [(q.low, q.unit) for q in find_quantities("修复20座1126延米桥梁")]
    assert read == [(Decimal("20"), "座"), (Decimal("1126"), "延米")]


def test_an_indicator_per_thousand_old_people_is_a_density() -> None:
    """每千名老年人拥有养老床位数 | 张 | 36以上: so many per thousand people, a ratio as 每千人口 is."""
    text = "指标名称\t单位\t2026年目标\n每千名老年人拥有养老床位数\t张\t36以上\n"
    assert [(t.kind, t.value) for t in draft_spec(text, year=2026).targets] == [("ratio", Decimal("36"))]


def test_a_bracket_after_a_list_of_units_names_which_of_them_leads() -> None:
    """责任科室:种植业管理科、畜牧兽医科(种植业管理科牵头): the named one leads, the rest help (the bracket is no
    part of the last name)."""
    from planengine.draft.responsibility import parse_responsibility

    found = parse_responsibility("责任科室：种植业管理科、畜牧兽医科（种植业管理科牵头）")
    assert (found.lead, found.support) == (("种植业管理科",), ("畜牧兽医科",))


def test_capital_put_to_use_is_an_indicator_not_a_means() -> None:
    """利用外资增长12%, 全年利用内外资分别增长12%和15%以上: 利用 names the indicator (利用闲置厂房新建… is a means,
    and the target after it stays)."""
    assert _read("一、目标\n利用外资增长12%。\n") == [("growth-rate", "=", Decimal("0.12"), False)]
    assert _read("一、目标\n全年利用内外资分别增长12%和15%以上。\n") == [
        ("growth-rate", ">=", Decimal("0.12"), False),
        ("growth-rate", ">=", Decimal("0.15"), False),
    ]


def test_pushing_towards_full_coverage_is_no_deliverable() -> None:
    """推进小麦“一喷三防”…全覆盖: a push towards an end, not a deliverable (实现…全覆盖 is one)."""
    assert _quotes("一、工作。推进小麦“一喷三防”和水稻病虫害统防统治全覆盖。\n") == []
    assert _quotes("一、工作。实现农村电商服务站点行政村全覆盖。\n") == ["实现农村电商服务站点行政村全覆盖"]


def test_the_county_towns_green_space_per_head_is_a_density() -> None:
    """县城人均公园绿地面积 | 平方米 | 13: per head, a ratio (as 人均 alone is)."""
    text = "| 指标 | 单位 | 2026年 |\n|---|---|---|\n| 县城人均公园绿地面积 | 平方米 | 13 |\n"
    assert [(t.kind, t.value) for t in draft_spec(text, year=2026).targets] == [("ratio", Decimal("13"))]


def test_about_closing_a_respective_list_of_levels_reached_is_said_of_every_item() -> None:
    """分别达到65%、63%左右: 达到 only says the levels are reached; 左右 says how near, of both."""
    text = "一、目标\n高血压、糖尿病患者规范管理率分别达到65%、63%左右。\n"
    assert [(t.comparator, t.value) for t in draft_spec(text, year=2026).targets] == [
        ("approx", Decimal("0.65")),
        ("approx", Decimal("0.63")),
    ]


def test_a_share_in_tenths_is_a_percentage() -> None:
    """七成以上, 九成左右: so many tenths (一成不变 is an idiom, 建成三个 a verb)."""
    read = {s: [(q.low, q.unit) for q in find_quantities(s)] for s in ("七成以上用于民生", "九成左右", "一成不变")}
    assert read == {"七成以上用于民生": [(Decimal("0.7"), "%")], "九成左右": [(Decimal("0.9"), "%")], "一成不变": []}


def test_a_statement_of_units_after_a_long_dash_closes_its_part() -> None:
    """（1）…增长5%——区发展改革委牵头，区财政局配合；（2）…——区人力社保局牵头，…配合。: each part its own units,
    even where the parts share their lead."""
    text = (
        "5.稳定扩大就业。（1）城镇新增就业1.3万人，城镇调查失业率控制在5.5%以内——区人力社保局牵头，区农业农村委配合；"
        "（2）开展职业技能培训8000人次——区人力社保局牵头，区总工会、团区委配合。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("区人力社保局",), ("区农业农村委",)),
        (("区人力社保局",), ("区农业农村委",)),
        (("区人力社保局",), ("区总工会", "团区委")),
    ]


def test_a_bare_collective_and_the_kinds_after_it_are_one_name() -> None:
    """区城市更新中心、各镇、街道: 各镇、街道 is one collective (as 各乡、镇人民政府 is); bodies named in full
    (各乡（镇）人民政府、街道办事处) stay two."""
    from planengine.draft.responsibility import split_units

    assert split_units("区城市更新中心、各镇、街道") == ["区城市更新中心", "各镇、街道"]
    assert split_units("市生态环境局、各乡（镇）人民政府、街道办事处") == [
        "市生态环境局",
        "各乡（镇）人民政府",
        "街道办事处",
    ]


_FULL_WIDTH_TABLE = (
    "序号｜项目名称｜建设内容及目标｜责任单位｜完成时限\n"
    "１｜普惠托育扩容工程｜新增普惠性托位３６０个｜县卫生健康局｜12月底\n"
    "｜｜｜县教育局｜\n"
    "２｜稳岗就业服务｜城镇新增就业２８００人｜县人力资源社会保障局｜12月底\n"
    "说明：1.表中“责任单位”栏分两行列出两个单位的，前一个单位负责项目总体推进，后一个单位负责协同实施。\n"
)


def test_a_table_with_full_width_bars_and_a_units_cell_over_two_lines() -> None:
    """序号｜项目名称｜…: a full-width bar parts cells as | does; a line of nothing but a unit (｜｜｜县教育局｜) is the
    cell's second line, and where the note says the first listed leads (前一个单位负责…,后一个单位负责协同实施) it helps."""
    assert _units(_FULL_WIDTH_TABLE) == [
        ("新增普惠性托位３６０个", ("县卫生健康局",), ("县教育局",)),
        ("城镇新增就业２８００人", ("县人力资源社会保障局",), ()),
    ]


def test_the_plans_own_working_plan_sent_up_and_what_follows_completion_are_no_deliverables() -> None:
    """于2月底前将年度工作计划报厅办公室 (the plan's paperwork) and 项目竣工后由乡镇组织自验 (who checks the work
    once done): procedure, no target."""
    text = "一、工作\n新建冷库3座。于2月底前将年度工作计划报厅办公室。项目竣工后由乡镇组织自验。\n"
    assert _quotes(text) == ["新建冷库3座"]
