"""Shapes of plans the thirty-eighth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planengine.draft import draft_spec


def _units(text: str, year: int = 2026) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=year).targets}


# --- a paragraph headed by its office, its helpers labelled bare at its end ----------------------------


def test_a_bare_helpers_label_closing_an_office_paragraph_names_its_helpers() -> None:
    """一、党政办：…。协助：A、B。 — the paragraph's office leads its targets, the units after the bare
    label 协助 (or 配合, 协办) help each, as 配合单位 would."""
    text = (
        "一、党政办：统筹做好政务运转，全年编报政务信息不少于150条；政务公开事项按时公开率达到100%。"
        "协助：综合信息中心、各村（社区）。\n"
        "二、经发办：全年实现地区生产总值增长6.5%左右；新增规模以上工业企业3家。配合：统计站。\n"
    )
    assert _units(text, 2024) == {
        "全年编报政务信息不少于150条": (("党政办",), ("综合信息中心", "各村（社区）")),
        "政务公开事项按时公开率达到100%": (("党政办",), ("综合信息中心", "各村（社区）")),
        "全年实现地区生产总值增长6.5%左右": (("经发办",), ("统计站",)),
        "新增规模以上工业企业3家": (("经发办",), ("统计站",)),
    }


def test_a_helping_verb_inside_a_sentence_is_no_label() -> None:
    """协助 followed by more words (协助做好…) is a verb in the sentence, never a label of units."""
    text = "一、党政办：全年编报政务信息不少于150条，协助做好档案整理。\n二、经发办：新增规模以上工业企业3家。\n"
    assert _units(text, 2024) == {
        "全年编报政务信息不少于150条": (("党政办",), ()),
        "新增规模以上工业企业3家": (("经发办",), ()),
    }


# --- a closing statement of the work above, said with 统筹 -----------------------------------------------

_CLOSED_BY_统筹 = (
    "二、重点任务\n\n"
    "(二)城市生命线安全。完成燃气管道老化更新改造260公里(责任单位：市城管局，市住建局、市应急局配合)。"
    "城镇燃气用户安全隐患动态清零，瓶装液化石油气“气瓶码”覆盖率达到100%。8月底前建成城市生命线安全监测平台一期。"
    "以上工作由市应急局统筹。\n\n"
    "(四)园林绿化。新建口袋公园30个，新增城市绿道45公里。以上工作由市园林局统筹。\n"
)


def test_a_closing_statement_said_with_统筹_names_the_lead_of_the_work_above() -> None:
    """以上工作由市园林局统筹。: the one unit of a statement of the work above leads it, as 牵头 would say."""
    units = _units(_CLOSED_BY_统筹, 2025)
    assert units["新建口袋公园30个"] == (("市园林局",), ())
    assert units["新增城市绿道45公里"] == (("市园林局",), ())


def test_the_text_after_an_items_closing_bracket_is_the_closing_statements() -> None:
    """…260公里(责任单位：市城管局，…配合)。城镇燃气…清零。…以上工作由市应急局统筹。: the bracket answers for the
    text before it, the statement after the bracket for the rest of the item."""
    units = _units(_CLOSED_BY_统筹, 2025)
    assert units["完成燃气管道老化更新改造260公里"] == (("市城管局",), ("市住建局", "市应急局"))
    assert units["城镇燃气用户安全隐患动态清零"] == (("市应急局",), ())
    assert units["瓶装液化石油气“气瓶码”覆盖率达到100%"] == (("市应急局",), ())
    assert units["8月底前建成城市生命线安全监测平台一期"] == (("市应急局",), ())


def test_an_opening_statement_keeps_its_targets_from_a_closing_statement_of_every_item() -> None:
    """（五）…由县卫生健康局牵头，会同…，实现以下目标：…; then 以上任务由县教育体育局牵头 for all the items: the
    opening statement answers for the targets after it, the closing one for the items naming no units."""
    text = (
        "二、主要目标\n\n"
        "（一）学前教育。全县学前三年毛入园率达到95%以上。\n\n"
        "（二）学生健康促进。由县卫生健康局牵头，会同县教育体育局、县市场监管局，实现以下目标："
        "中小学生体质健康测试优良率达到55%以上；学校食堂“明厨亮灶”覆盖率保持100%。\n\n"
        "以上任务由县教育体育局牵头，各乡镇人民政府配合。\n"
    )
    units = _units(text, 2026)
    assert units["全县学前三年毛入园率达到95%以上"] == (("县教育体育局",), ("各乡镇人民政府",))
    assert units["中小学生体质健康测试优良率达到55%以上"] == (("县卫生健康局",), ("县教育体育局", "县市场监管局"))


def test_a_statement_of_money_said_with_统筹_names_no_unit() -> None:
    """资金由市财政统筹。: who pays, not a statement of the work above; no unit answers for the target."""
    text = "一、园林绿化\n\n新建口袋公园30个。资金由市财政统筹。\n"
    assert _units(text, 2025) == {"新建口袋公园30个": ((), ())}


# --- a historic townscape is no past ---------------------------------------------------------------------


def test_a_historic_townscape_area_is_the_subject_of_a_target_not_its_past() -> None:
    """城市历史风貌区改造投资控制在4.5亿元以内: 历史风貌 names a heritage area, like 历史文化街区, not a past figure."""
    targets = draft_spec("城市历史风貌区改造投资控制在4.5亿元以内。\n", year=2025).targets
    assert [(t.kind, t.comparator, t.value) for t in targets] == [("ceiling", "<=", Decimal("450000000"))]


# --- a report on the half year that plans the rest ------------------------------------------------------

_HALF_YEAR_REPORT = (
    "望澜区人民政府关于2024年上半年工作情况和下半年工作安排的报告\n\n"
    "一、项目建设\n\n"
    "上半年，42个区级重点项目完成投资56.3亿元，占年度计划的51.2%；新开工项目13个，竣工项目6个。"
    "下半年，将新开工项目不少于15个，全年重点项目完成投资110亿元以上（区发展改革局牵头）。\n\n"
    "二、民生保障\n\n"
    "上半年，城镇新增就业4120人，新增普惠性托位210个。下半年，将新增城镇就业3900人以上（区人社局牵头）。\n"
)


def test_a_half_year_report_reads_the_halfs_results_as_done_and_the_rest_as_targets() -> None:
    """关于…上半年工作情况和下半年工作安排的报告: a sentence opened by 上半年， reports (to the next 下半年，on its
    line); what 下半年， opens is the plan, and a clause naming the whole year (全年…) is the year's own."""
    targets = draft_spec(_HALF_YEAR_REPORT, year=2024).targets
    assert [t.quote for t in targets] == [
        "将新开工项目不少于15个",
        "全年重点项目完成投资110亿元以上",
        "将新增城镇就业3900人以上",
    ]


def test_a_plan_dated_by_the_first_half_keeps_its_first_half_milestones() -> None:
    """In a plan (no report of the half in its title) 上半年，… is a deadline: its figures are targets."""
    text = "某区2024年重点工作计划\n\n一、项目建设\n\n上半年，新开工项目13个。下半年，新开工项目15个。\n"
    quotes = [t.quote for t in draft_spec(text, year=2024).targets]
    assert any("13个" in q for q in quotes) and any("15个" in q for q in quotes)


# --- a table of targets given out year by year ----------------------------------------------------------

_YEARLY_TABLE = (
    "栖桐市推动制造业高质量发展主要目标任务表\n\n"
    "现将全市主要目标任务按年度分解如下。\n\n"
    "序号 | 指标名称 | 单位 | 2025年 | 2026年 | 2027年 | 牵头单位 | 配合单位 |\n"
    "1 | 规模以上工业总产值 | 亿元 | 1850 | 2020 | 2200 | 市工业和信息化局 | 市统计局 |\n"
    "2 | 工业用地亩均税收 | 万元/亩 | 28 | 31 | 35 | 市自然资源和规划局 | 市税务局 |\n\n"
    "注：1. 2024年全市规模以上工业总产值1712亿元，为本表测算基数。\n"
    "2. 表中“左右”允许上下浮动0.5个百分点。\n"
    "3. 本表共18项指标，其中约束性指标3项。\n"
)


def test_a_table_given_out_year_by_year_makes_each_year_column_a_target() -> None:
    """按年度分解如下 over 2025年 | 2026年 | 2027年: each year's column is that year's target (no column is the base),
    and the plan's year is the first of them where the title names none."""
    result = draft_spec(_YEARLY_TABLE)
    output = [(t.kind, t.value) for t in result.targets if "总产值" in t.quote]
    assert output == [
        ("amount", Decimal("185000000000")),
        ("amount", Decimal("202000000000")),
        ("amount", Decimal("220000000000")),
    ]
    assert any("2025, the first of the years its table's columns plan for" in note for note in result.review)


def test_money_per_mu_in_a_table_row_is_a_density() -> None:
    """工业用地亩均税收 | 万元/亩 | 28: a figure per mu is a ratio, in a table's row as in a sentence."""
    kinds = {t.kind for t in draft_spec(_YEARLY_TABLE).targets if "亩均" in t.quote}
    assert kinds == {"ratio"}


def test_a_tables_notes_on_tolerance_and_its_own_count_are_no_targets() -> None:
    """“左右”允许上下浮动0.5个百分点 says how near counts; 本表共18项指标，其中约束性指标3项 counts the table's own rows."""
    quotes = [t.quote for t in draft_spec(_YEARLY_TABLE).targets]
    assert not any("浮动" in q or "约束性指标" in q or "18项" in q for q in quotes)


def test_without_a_by_year_split_the_first_of_several_year_columns_stays_the_base() -> None:
    """2022年 | 2023年 | 2025年 with no word of a split by year: the earlier years are where things stood."""
    text = (
        "某市主要指标表\n\n"
        "序号 | 指标名称 | 单位 | 2023年 | 2024年 | 2025年 | 牵头单位 |\n"
        "1 | 规模以上工业总产值 | 亿元 | 1700 | 1850 | 2020 | 市工业和信息化局 |\n"
    )
    values = [t.value for t in draft_spec(text).targets]
    assert values == [Decimal("202000000000")]


# --- a project's whole investment beside the year's ------------------------------------------------------


def test_a_projects_total_investment_beside_the_years_spending_is_no_target() -> None:
    """总投资 | 2024年计划投资: the year's spending is the row's target; the whole investment says how big it is."""
    text = (
        "某县2024年重点建设项目推进计划\n\n"
        "序号 | 项目名称 | 建设内容及规模 | 总投资 | 2024年计划投资 | 责任单位\n"
        "1 | 县城污水处理厂提标扩容工程 | 新建调节池1座 | 2.3亿元 | 1.1亿元 | 县住建局\n"
    )
    values = [t.value for t in draft_spec(text, year=2024).targets if t.kind == "amount"]
    assert values == [Decimal("110000000")]


# --- paperwork and the plan's own counts ----------------------------------------------------------------


def test_a_written_report_of_the_years_results_by_a_date_is_no_milestone() -> None:
    """全年完成情况于12月10日前形成书面报告: the plan's paperwork, no deliverable."""
    text = "一、强化调度\n\n全年完成情况于12月10日前形成书面报告。12月底前建成镇区公共停车场1处。\n"
    quotes = [t.quote for t in draft_spec(text, year=2025).targets]
    assert quotes == ["12月底前建成镇区公共停车场1处"]


def test_a_plan_counting_its_places_and_tasks_is_no_target() -> None:
    """本方案共涉及5个街道、50项任务，其中经济发展类21项…: the plan counting its own tasks and their classes."""
    text = "本方案共涉及5个街道、50项任务，其中经济发展类21项、社会民生类17项。全年新增城镇就业300人。\n"
    quotes = [t.quote for t in draft_spec(text, year=2025).targets]
    assert quotes == ["全年新增城镇就业300人"]


# --- a scan's full stop read as o -----------------------------------------------------------------------


def test_a_scanned_full_stop_after_a_percent_sign_parts_two_targets() -> None:
    """覆盖率达到100%o人均体育场地面积达2.6平方米: o after % where the next sentence starts is a scan's 。; ‰ read
    as %o (6%o以内) is not parted."""
    targets = draft_spec("公共数字文化服务覆盖率达到100%o人均体育场地面积达2.6平方米。\n", year=2025).targets
    assert [(t.quote, t.value) for t in targets] == [
        ("公共数字文化服务覆盖率达到100%", Decimal("1.00")),
        ("人均体育场地面积达2.6平方米", Decimal("2.6")),
    ]


# --- numbered lines parted by dashes, with no header ----------------------------------------------------


def test_numbered_lines_of_task_units_and_due_date_parted_by_dashes_are_rows() -> None:
    """1. 任务 — 种植业股(牵头)，各乡镇… — 2024年10月底, two such lines or more with no header: each line's task,
    its units (the marked one leads) and when it is due, as a table's row."""
    text = (
        "一、粮食安全和耕地保护\n"
        "1. 全年粮食播种面积稳定在41.8万亩以上 — 种植业股(牵头)，各乡镇农业农村服务中心 — 2024年10月底\n"
        "2. 新建高标准农田2.6万亩 — 农田建设股(牵头)，县农业综合开发服务中心 — 2024年12月底\n"
        "3. 主要农作物病虫害统防统治覆盖率达到46%—50% — 县植保植检站 — 2024年9月底\n"
    )
    assert _units(text, 2024) == {
        "全年粮食播种面积稳定在41.8万亩以上": (("种植业股",), ("各乡镇农业农村服务中心",)),
        "新建高标准农田2.6万亩": (("农田建设股",), ("县农业综合开发服务中心",)),
        "主要农作物病虫害统防统治覆盖率达到46%—50%": (("县植保植检站",), ()),
    }


def test_a_single_dash_parted_line_is_no_table() -> None:
    """One line parted by dashes alone is text, read whole: its parts are not taken for a row's cells."""
    text = "一、重点工作\n1. 新建高标准农田2.6万亩 — 农田建设股(牵头) — 2024年12月底\n二、保障措施\n加强组织领导。\n"
    assert [t.quote for t in draft_spec(text, year=2024).targets] == [
        "新建高标准农田2.6万亩 — 农田建设股(牵头) — 2024年12月底"
    ]


# --- units a clause works with ----------------------------------------------------------------------------


def test_units_a_later_clause_works_with_help_with_that_sentences_targets() -> None:
    """（一）…（牵头单位：X） / 目标，会同Y建立…。: Y helps with the targets of its own sentence, X leading; a
    sentence with no such clause keeps X alone, and …，并会同Z… (the subject's further work) names no helper."""
    text = (
        "一、稳增长\n"
        "（一）地区生产总值（牵头单位：市发展和改革委员会）\n"
        "　　全市地区生产总值增长6%左右，会同市统计局建立季度分析研判机制。全社会固定资产投资增长8%以上。\n"
        "（二）消费与外贸（牵头单位：市商务局）\n"
        "　　社会消费品零售总额增长6.5%-7%，会同市文化和旅游局举办促消费活动不少于50场。\n"
        "（三）交通（牵头单位：区交通运输局）\n"
        "　　新增公共停车泊位1500个以上，会同公安澄溪分局交警大队优化调整公交线路8条。\n"
        "（四）资金（牵头单位：县财政局）\n"
        "　　安排配套资金不少于3000万元，并会同县水利局积极争取上级补助资金。\n"
    )
    units = _units(text, 2024)
    assert units["全市地区生产总值增长6%左右"] == (("市发展和改革委员会",), ("市统计局",))
    assert units["全社会固定资产投资增长8%以上"] == (("市发展和改革委员会",), ())
    assert units["社会消费品零售总额增长6.5%-7%"] == (("市商务局",), ("市文化和旅游局",))
    assert units["会同市文化和旅游局举办促消费活动不少于50场"] == (("市商务局",), ("市文化和旅游局",))
    assert units["新增公共停车泊位1500个以上"] == (("区交通运输局",), ("公安澄溪分局交警大队",))
    assert units["安排配套资金不少于3000万元"] == (("县财政局",), ())


# --- units leading jointly, then helpers --------------------------------------------------------------------


def test_units_marked_as_leading_jointly_lead_and_those_after_the_mark_help() -> None:
    """责任单位：A、B(共同牵头)，C、D，各镇人民政府: A and B lead together, the units after the mark help."""
    text = (
        "一、人才振兴\n"
        "每年引育乡村振兴人才不少于300名。\n"
        "责任单位：区委组织部、区农业农村局(共同牵头)，区人力资源社会保障局、区金融服务中心，各镇人民政府\n"
    )
    assert _units(text, 2025) == {
        "每年引育乡村振兴人才不少于300名": (
            ("区委组织部", "区农业农村局"),
            ("区人力资源社会保障局", "区金融服务中心", "各镇人民政府"),
        )
    }


# --- the review's cases ---------------------------------------------------------------------------------


def test_a_bare_helpers_label_over_what_is_done_is_text() -> None:
    """协助：组织部开展党员培训不少于4次。 / 配合：做好…工作。: what follows the label is no list of units; its target stays
    the paragraph's office's, and no sentence becomes a helper."""
    text = (
        "一、党政办：全年编报政务信息不少于150条。协助：组织部开展党员培训不少于4次。\n"
        "二、水利站：全年完成河道清淤12公里。配合：做好全镇防汛物资储备工作。\n"
    )
    assert _units(text, 2024) == {
        "全年编报政务信息不少于150条": (("党政办",), ()),
        "组织部开展党员培训不少于4次": (("党政办",), ()),
        "全年完成河道清淤12公里": (("水利站",), ()),
    }


@pytest.mark.parametrize("closing", ["统筹推进", "统筹安排", "统筹协调", "牵头统筹"])
def test_a_closing_statement_said_with_统筹_and_its_manner_leads_alone(closing: str) -> None:
    """以上工作由市园林局统筹推进。 (统筹安排, 统筹协调, 牵头统筹): the one unit leads; no word of the verb is a helper."""
    text = f"一、园林绿化\n\n新建口袋公园30个。以上工作由市园林局{closing}。\n"
    assert _units(text, 2025) == {"新建口袋公园30个": (("市园林局",), ())}


@pytest.mark.parametrize(
    "sentence",
    ["婴儿死亡率控制在5%o内。", "婴儿死亡率降至4.5%o及以下。", "婴儿死亡率低于5%o的目标。", "分别控制在4%o和6%o以内。"],
)
def test_a_per_mille_read_as_percent_o_is_never_parted_as_a_stop(sentence: str) -> None:
    """‰ read as %o before 内, 及, 的, 和 is no scan's 。: no target takes the figure as a percent."""
    assert not any(
        t.value in (Decimal("0.05"), Decimal("0.045"), Decimal("0.04")) for t in draft_spec(sentence, year=2025).targets
    )


@pytest.mark.parametrize(
    ("clause", "helper"),
    [
        ("会同市卫生健康委员会建立分析机制", ("市卫生健康委员会",)),
        ("会同市委宣传部开展宣传活动", ("市委宣传部",)),
        ("会同县委组织部建立机制", ("县委组织部",)),
        ("会同各镇（街道）建立项目库", ("各镇（街道）",)),
        ("会同市城市管理局同步推进管线改造", ("市城市管理局",)),
        ("会同有关部门建立机制", ()),
        ("会同相关单位开展加油站安全检查", ()),
    ],
)
def test_units_worked_with_are_named_whole_up_to_what_they_do(clause: str, helper: tuple[str, ...]) -> None:
    """…，会同X<做什么>: X's name runs to the first word of what is done together; units in general name no helper."""
    text = f"一、稳增长\n（一）地区生产总值（牵头单位：市发改委）\n　　全市地区生产总值增长6%左右，{clause}。\n"
    assert _units(text, 2024) == {"全市地区生产总值增长6%左右": (("市发改委",), helper)}


def test_a_duty_to_split_targets_by_year_is_no_split_of_the_table() -> None:
    """…要将目标任务按年度分解落实到具体项目 (no 如下, no table after it): the year columns keep their reading, the first
    the base."""
    text = (
        "某市推动制造业高质量发展三年行动方案\n\n"
        "序号 | 指标名称 | 单位 | 2023年 | 2024年 | 2025年 | 牵头单位 |\n"
        "1 | 规模以上工业总产值 | 亿元 | 1712 | 1850 | 2020 | 市工业和信息化局 |\n\n"
        "三、保障措施\n\n各县区要将目标任务按年度分解落实到具体项目。\n"
    )
    assert [t.value for t in draft_spec(text).targets] == [Decimal("202000000000")]


def test_two_year_columns_given_out_by_year_make_the_first_the_plan_year() -> None:
    """按年度分解如下 over 2025年 | 2026年: both columns targets, and the plan year the first of them."""
    text = (
        "某市主要目标任务\n\n现将主要目标任务按年度分解如下。\n\n"
        "序号 | 指标名称 | 单位 | 2025年 | 2026年 | 牵头单位 |\n"
        "1 | 规模以上工业总产值 | 亿元 | 1850 | 2020 | 市工业和信息化局 |\n"
    )
    result = draft_spec(text)
    assert [t.value for t in result.targets] == [Decimal("185000000000"), Decimal("202000000000")]
    assert any(note.startswith("the plan year is not in the title: 2025,") for note in result.review)


def test_dashed_rows_due_before_a_date_keep_the_date_out_of_their_targets() -> None:
    """1. 任务 — 单位 — 2024年10月底前完成 / 年内: the due cell says when, no milestone of its own."""
    text = (
        "一、粮食安全\n"
        "1. 全年粮食播种面积稳定在41.8万亩以上 — 种植业股(牵头)，各乡镇(街道) — 2024年10月底前完成\n"
        "2. 新建高标准农田2.6万亩 — 农田建设股(牵头)，县农业综合开发服务中心 — 年内\n"
    )
    assert _units(text, 2024) == {
        "全年粮食播种面积稳定在41.8万亩以上": (("种植业股",), ("各乡镇(街道)",)),
        "新建高标准农田2.6万亩": (("农田建设股",), ("县农业综合开发服务中心",)),
    }


def test_a_tolerance_said_with_its_bound_is_no_ceiling() -> None:
    """增长6%左右，上下浮动不超过0.5个百分点: how near counts, no target of ≤0.5 points."""
    assert [
        t.quote for t in draft_spec("地区生产总值增长6%左右，上下浮动不超过0.5个百分点。\n", year=2025).targets
    ] == ["地区生产总值增长6%左右"]


def test_a_plan_counting_its_fields_and_tasks_counts_neither() -> None:
    """本方案共涉及3个重点领域、18项重点任务: the plan's own fields and tasks counted, no target."""
    text = "本方案共涉及3个重点领域、18项重点任务。全年新增城镇就业300人。\n"
    assert [t.quote for t in draft_spec(text, year=2025).targets] == ["全年新增城镇就业300人"]


@pytest.mark.parametrize(
    "report",
    [
        "上半年，全年计划的42个重点项目完成投资56.3亿元。",
        "上半年，年度新增就业完成4120人。",
        "上半年，完成投资56.3亿元，为年度目标的51.2%。",
        "上半年全区城镇新增就业4120人，新增普惠性托位210个。",
    ],
)
def test_a_half_years_report_naming_the_year_is_still_done(report: str) -> None:
    """In a report of the half year: 全年计划的…, 年度…完成, 为年度目标的…, or 上半年 with no comma: what the half gave."""
    text = f"望澜区关于2024年上半年工作情况和下半年工作安排的报告\n\n一、民生\n\n{report}下半年，将新增城镇就业3900人以上。\n"
    assert [t.quote for t in draft_spec(text, year=2024).targets] == ["将新增城镇就业3900人以上"]


def test_an_items_units_column_leaves_its_one_sentence_a_target() -> None:
    """18.营商环境评价进入全市前3位。<blanks>县发改委: the units set apart as a column are no text of the item's, so its
    one sentence is read (a rank, a relative target), not taken for a label over more text."""
    text = (
        "某县2025年重点工作任务清单\n\n三、民生\n"
        "17.生活污水集中收集率达到72%。      县城管局、县住建局\n"
        "18.营商环境评价进入全市前3位。      县发改委\n"
        "19.完成市下达的单位地区生产总值能耗下降目标。    县发改委、县生态环境局\n"
    )
    targets = draft_spec(text, year=2025).targets
    assert [(t.kind, t.quote, t.lead) for t in targets] == [
        ("ratio", "生活污水集中收集率达到72%", ("县城管局", "县住建局")),
        ("ceiling", "营商环境评价进入全市前3位", ("县发改委",)),
        ("relative", "完成市下达的单位地区生产总值能耗下降目标", ("县发改委", "县生态环境局")),
    ]


# --- the second review's cases ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "clause", ["会同市财政局加大投入", "会同市生态环境局加快推进治理", "会同市自然资源和规划局保障用地"]
)
def test_units_worked_with_end_at_their_bodys_name_whatever_follows(clause: str) -> None:
    """会同X<any words>: X's name runs to the last end of a body's name before a word of what is done, listed or not."""
    text = f"一、稳增长\n（一）地区生产总值（牵头单位：市发改委）\n　　全市地区生产总值增长6%左右，{clause}。\n"
    helper = clause[2 : clause.index("局") + 1]
    assert _units(text, 2024) == {"全市地区生产总值增长6%左右": (("市发改委",), (helper,))}


@pytest.mark.parametrize(
    ("report", "kept"),
    [
        ("上半年，地区生产总值增长5.2%。全年地区生产总值增长6%以上。", "全年地区生产总值增长6%以上"),
        ("上半年，地区生产总值增长5.2%，全年目标增长6%。", "全年目标增长6%"),
        ("今年以来，全区新增城镇就业4120人。", None),
        ("上半年以来，全区新增城镇就业4120人。", None),
    ],
)
def test_a_half_years_report_keeps_the_years_own_aims(report: str, kept: str | None) -> None:
    """A sentence opened by 全年 (or a clause of 全年目标) in a half year's report is the year's aim; 今年以来,… and
    上半年以来,… report the months so far."""
    text = f"望澜区关于2024年上半年工作情况和下半年工作安排的报告\n\n一、经济\n\n{report}下半年，将新增城镇就业3900人以上。\n"
    expected = ([kept] if kept else []) + ["将新增城镇就业3900人以上"]
    assert [t.quote for t in draft_spec(text, year=2024).targets] == expected


@pytest.mark.parametrize(
    ("units", "answer"),
    [
        ("县发改局*/县统计局、县财政局", (("县发改局",), ("县统计局", "县财政局"))),
        ("县统计局/*县发改局/县工信局", (("县发改局",), ("县统计局", "县工信局"))),
        ("★县发改局/县统计局/各乡镇人民政府", (("县发改局",), ("县统计局", "各乡镇人民政府"))),
        ("区科技局*、区工信局/区财政局", (("区科技局", "区工信局"), ("区财政局",))),
    ],
)
def test_units_parted_by_slashes_split_whole_and_a_star_after_the_slash_leads(
    units: str, answer: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    """A/B、C: each a unit; a star after the first slash marks the lead, before it all before the slash lead."""
    text = f"一、经济\n\n1.地区生产总值增长6.5%左右。({units})\n"
    assert _units(text, 2025) == {"地区生产总值增长6.5%左右": answer}


def test_a_closing_statement_said_with_统一统筹推进_names_the_unit_alone() -> None:
    """以上工作由市园林局统一统筹推进。: 统一 is no part of the unit's name."""
    assert _units("一、园林绿化\n\n新建口袋公园30个。以上工作由市园林局统一统筹推进。\n", 2025) == {
        "新建口袋公园30个": (("市园林局",), ())
    }


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("婴儿死亡率控制在5%o内。", Decimal("0.005")),
        ("婴儿死亡率降至4.5%o及以下。", Decimal("0.0045")),
        ("城镇调查失业率控制在5.5%o下一步，将加强就业服务。", Decimal("0.055")),
    ],
)
def test_percent_o_is_per_mille_unless_a_new_sentence_follows(sentence: str, value: Decimal) -> None:
    """%o before 内/及 is ‰ read by a scan; before a new sentence's first word (下一步) it is % and a 。."""
    assert [t.value for t in draft_spec(sentence, year=2025).targets] == [value]


@pytest.mark.parametrize(
    ("opening", "split"),
    [
        ("附表：主要指标分年度目标", True),
        ("主要目标任务按年度分解：", True),
        ("财政奖补资金逐年增加，具体标准如下：", False),
    ],
)
def test_a_split_by_year_is_told_by_its_words_over_the_table(opening: str, split: bool) -> None:
    """分年度目标 / …按年度分解： over 2025年 | 2026年 | 2027年: each year's column a target; …逐年增加，…如下: the
    first column stays the base."""
    text = (
        f"某市主要指标\n\n{opening}\n\n"
        "序号 | 指标名称 | 单位 | 2025年 | 2026年 | 2027年 | 牵头单位 |\n"
        "1 | 规模以上工业总产值 | 亿元 | 1850 | 2020 | 2200 | 市工业和信息化局 |\n"
    )
    values = [t.value for t in draft_spec(text).targets]
    assert values == (
        [Decimal("185000000000"), Decimal("202000000000"), Decimal("220000000000")]
        if split
        else [Decimal("220000000000")]
    )


def test_a_tolerance_of_a_floating_range_is_no_ceiling() -> None:
    """增长6%左右，浮动幅度不超过0.5个百分点: how near counts, no ceiling."""
    assert [
        t.quote for t in draft_spec("地区生产总值增长6%左右，浮动幅度不超过0.5个百分点。\n", year=2025).targets
    ] == ["地区生产总值增长6%左右"]


def test_a_dashed_rows_quarter_due_date_is_no_milestone() -> None:
    """… — 农田建设股 — 三季度末前完成: when the row is due, read as such in rows and in cells after units alike."""
    text = (
        "一、粮食安全\n"
        "1. 全年粮食播种面积稳定在41.8万亩以上 — 种植业股(牵头) — 2024年10月底前完成\n"
        "2. 新建高标准农田2.6万亩 — 农田建设股 — 三季度末前完成\n"
    )
    assert _units(text, 2024) == {
        "全年粮食播种面积稳定在41.8万亩以上": (("种植业股",), ()),
        "新建高标准农田2.6万亩": (("农田建设股",), ()),
    }


# --- units over an item's targets, and parts of the work given out at a sentence's start ---------------------


def test_a_line_of_units_marked_with_their_lead_over_an_items_targets_answers_for_them() -> None:
    """一、… / 县人力资源和社会保障局（牵头）、县财政局、县总工会： / targets: the marked unit leads, the others help."""
    text = (
        "一、就业创业扶持工程\n县人力资源和社会保障局（牵头）、县财政局、县总工会：\n"
        "城镇新增就业3000人以上，城镇登记失业率控制在3.5%以内。\n"
        "二、学前教育扩容工程\n县教育局（牵头）、县住房和城乡建设局、岚桥镇人民政府：\n新建、改扩建公办幼儿园3所。\n"
    )
    assert _units(text, 2025) == {
        "城镇新增就业3000人以上": (("县人力资源和社会保障局",), ("县财政局", "县总工会")),
        "城镇登记失业率控制在3.5%以内": (("县人力资源和社会保障局",), ("县财政局", "县总工会")),
        "新建、改扩建公办幼儿园3所": (("县教育局",), ("县住房和城乡建设局", "岚桥镇人民政府")),
    }


def test_a_unit_said_to_answer_overall_leads_beside_a_helpers_label() -> None:
    """责任单位：县发展和改革局负总责 / 配合单位：县商务局: 负总责 says how it leads, no part of its name."""
    text = "一、投资\n1.固定资产投资增长7%—9%。\n责任单位：县发展和改革局负总责\n配合单位：县商务局\n"
    assert _units(text, 2024) == {"固定资产投资增长7%—9%": (("县发展和改革局",), ("县商务局",))}


def test_a_part_of_the_work_given_out_at_a_sentences_start_answers_for_its_targets() -> None:
    """制造业数字化改造由区工业和信息化局负责，年内完成80家…，力争新增…3家。: the unit leads the sentence's targets,
    not the sentences around it."""
    text = (
        "（一）做强先进制造业。我们将力争新增规上工业企业25—30家。制造业数字化改造由区工业和信息化局负责，"
        "年内完成80家企业智能化改造诊断，力争新增省级智能工厂3家。全年实施亿元以上产业项目40个。\n"
    )
    assert _units(text, 2025) == {
        "我们将力争新增规上工业企业25—30家": ((), ()),
        "年内完成80家企业智能化改造诊断": (("区工业和信息化局",), ()),
        "力争新增省级智能工厂3家": (("区工业和信息化局",), ()),
        "全年实施亿元以上产业项目40个": ((), ()),
    }


# --- targets given out by their places in the paragraph -------------------------------------------------------


def test_targets_given_out_by_their_numbers_in_the_paragraph_take_those_units() -> None:
    """…4 targets…。其中第1项由A负责，第2项由B负责，第3、4项由C负责，D配合。: the n-th target the units of the part naming
    n; 由X牵头、Y配合 and 由X负责、Y配合 alike."""
    text = (
        "一、经济发展主要目标\n\n"
        "全年地区生产总值增长6%左右，一般公共预算收入增长5.5%，社会消费品零售总额增长7%以上，力争外贸进出口总额突破120亿元。"
        "其中第1项由区发展和改革局负责，第2项由区财政局负责，第3、4项由区商务局负责，区统计局配合。\n\n"
        "二、营商环境\n\n"
        "新增市场主体6000户左右，在全市营商环境评价中保持前3位。其中第1项由区市场监督管理局负责，"
        "第2项由区发展和改革局牵头、各有关部门配合。\n"
    )
    assert _units(text, 2024) == {
        "全年地区生产总值增长6%左右": (("区发展和改革局",), ()),
        "一般公共预算收入增长5.5%": (("区财政局",), ()),
        "社会消费品零售总额增长7%以上": (("区商务局",), ("区统计局",)),
        "力争外贸进出口总额突破120亿元": (("区商务局",), ("区统计局",)),
        "新增市场主体6000户左右": (("区市场监督管理局",), ()),
        "在全市营商环境评价中保持前3位": (("区发展和改革局",), ("各有关部门",)),
    }


def test_numbers_past_the_targets_before_them_give_no_units() -> None:
    """其中第3项由…: with two targets before it the statement names no target of theirs; both keep their units."""
    text = "一、经济\n\n全年地区生产总值增长6%左右，一般公共预算收入增长5.5%。其中第3项由区财政局负责。\n"
    assert all(lead != ("区财政局",) for lead, _ in _units(text, 2024).values())


def test_a_standard_continued_as_it_is_is_no_target() -> None:
    """城乡低保标准继续按每人每月780元执行: the standard kept, no target."""
    assert (
        draft_spec("城乡低保标准继续按每人每月780元执行。新增托位600个。\n", year=2024).targets[0].quote
        == "新增托位600个"
    )


def test_items_given_out_by_number_under_a_sharing_heading_are_no_indicators_named() -> None:
    """二、责任分工 / 第1项由A牵头；第2、3项由B牵头，C配合: items by their numbers (the one with two targets both its
    units), never indicators matched by their words."""
    text = (
        "一、主要目标任务\n\n1.地区生产总值增长6.5%左右。\n\n"
        "2.规模以上工业增加值增长9%，力争新增规模以上工业企业15家。\n\n3.实际利用外资1200万美元。\n\n"
        "二、责任分工\n\n第1项由县发展改革局牵头；第2项由县工业和信息化局牵头，县科技局配合；第3项由县商务局牵头。\n"
    )
    assert _units(text, 2024) == {
        "地区生产总值增长6.5%左右": (("县发展改革局",), ()),
        "规模以上工业增加值增长9%": (("县工业和信息化局",), ("县科技局",)),
        "力争新增规模以上工业企业15家": (("县工业和信息化局",), ("县科技局",)),
        "实际利用外资1200万美元": (("县商务局",), ()),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "本清单共梳理重点任务6大类45项，其中涉及量化指标的20项。",
        "各牵头单位于7月10日前分别报送半年和全年完成情况，逾期未报的视为未完成。",
        "各单位按月报送完成情况，二季度推进情况请于7月5日前报送。",
        "县政府将于4月下旬召开分析会，对连续两个季度滞后的任务，由县政府督查室约谈责任单位主要负责人。",
        "相关责任单位要深入分析原因，确保上半年追上序时进度。",
    ],
)
def test_how_a_plans_progress_is_reported_and_judged_is_no_target(sentence: str) -> None:
    """The list counting its own indicators (6大类), late reports, a report's date, laggards for so many quarters, and
    catching up with the schedule: the plan's procedure, no target."""
    assert not draft_spec("某区2024年重点工作任务清单\n\n" + sentence + "\n", year=2024).targets


def test_helpers_closing_an_office_paragraph_before_its_leaders_bracket_help() -> None:
    """党建工作办公室：…。各村（社区）党组织配合。（分管领导：周立军）: the helpers before the leader's bracket help;
    a name's own bracket (各村（社区）) is part of it; the leader is no unit."""
    text = (
        "党建工作办公室：全年发展党员不少于15名，软弱涣散村党组织整顿转化率达到100%。各村（社区）党组织配合。（分管领导：周立军）\n\n"
        "农业农村综合服务中心：全镇粮食播种面积稳定在3.6万亩以上。各村（社区）配合。（分管领导：刘海涛）\n"
    )
    assert _units(text, 2024) == {
        "全年发展党员不少于15名": (("党建工作办公室",), ("各村（社区）党组织",)),
        "软弱涣散村党组织整顿转化率达到100%": (("党建工作办公室",), ("各村（社区）党组织",)),
        "全镇粮食播种面积稳定在3.6万亩以上": (("农业农村综合服务中心",), ("各村（社区）",)),
    }


def test_a_legend_set_as_a_table_gives_each_number_its_units() -> None:
    """…增长6%左右(1)，…增长5%(2)… / 附件：序号 | 牵头单位 | 配合单位 / (1) | A | B: each number its row's units, a
    blank lead cell the row's above, a row of two numbers both."""
    text = (
        "一、主要预期目标\n\n"
        "全区地区生产总值增长6%左右(1)，一般公共预算收入增长5%(2)，社会消费品零售总额增长7%以上(3)，新增就业5000人(4)。\n\n"
        "附件：任务责任分解表\n\n"
        "序号 | 牵头单位 | 配合单位\n"
        "(1) | 区发改委 | 区统计局、各街道办事处\n"
        "(2) | 区财政局 | 区税务局\n"
        "(3)(4) | 区商务局 | 区统计局\n"
    )
    assert _units(text, 2024) == {
        "全区地区生产总值增长6%左右": (("区发改委",), ("区统计局", "各街道办事处")),
        "一般公共预算收入增长5%": (("区财政局",), ("区税务局",)),
        "社会消费品零售总额增长7%以上": (("区商务局",), ("区统计局",)),
        "新增就业5000人": (("区商务局",), ("区统计局",)),
    }


def test_a_community_heading_its_items_leads_them_and_their_bracketed_helpers_help() -> None:
    """各社区是本社区目标任务的责任主体 / 一、锦绣社区： / 1.…（街道社会事务办协助）: where the communities are said to
    answer, the community leads its items; units in brackets said to 协助 help."""
    text = (
        "各社区是本社区目标任务的责任主体，街道各办按职责分工协助。\n\n"
        "一、锦绣社区：\n\n1.新增城镇就业320人（街道社会事务办协助）。\n\n"
        "2.刑事案件发案数控制在12起以内（街道平安建设办、清漪派出所协助）。\n"
    )
    assert _units(text, 2024) == {
        "新增城镇就业320人": (("锦绣社区",), ("街道社会事务办",)),
        "刑事案件发案数控制在12起以内": (("锦绣社区",), ("街道平安建设办", "清漪派出所")),
    }


def test_a_heading_naming_a_theme_that_ends_in_村_is_no_place() -> None:
    """一、美丽乡村 (no colon): a theme's heading, not a village answering for its items."""
    text = "一、美丽乡村\n\n1.新建美丽宜居村庄10个。\n"
    assert _units(text, 2024) == {"新建美丽宜居村庄10个": ((), ())}


def test_units_naming_the_items_they_answer_for_by_number_give_them_out() -> None:
    """以上民生实事项目,市教育局负责第一至二项,市民政局负责第三项;市财政局配合。: each item numbered so the unit named
    before its number, the helpers closing the run helping with each."""
    text = (
        "一、扩大学前教育资源。新建、改扩建公办幼儿园15所。\n\n二、建设义务教育学校。新建中小学校8所。\n\n"
        "三、提升养老服务。新增养老床位800张。\n\n"
        "以上民生实事项目，市教育局负责第一至二项，市民政局负责第三项；市财政局、各县（市、区）人民政府配合。\n"
    )
    assert _units(text, 2024) == {
        "新建、改扩建公办幼儿园15所": (("市教育局",), ("市财政局", "各县（市、区）人民政府")),
        "新建中小学校8所": (("市教育局",), ("市财政局", "各县（市、区）人民政府")),
        "新增养老床位800张": (("市民政局",), ("市财政局", "各县（市、区）人民政府")),
    }


def test_numbers_after_clauses_opened_一是_二是_count_the_clauses() -> None:
    """一是…,…;二是…;三是…。其中第一、二项由A负责,B配合;第三项由C负责。: the numbers count the clauses so opened, each
    clause's targets the units of its number."""
    text = (
        "（一）保障供给。一是粮食播种面积稳定在48.5万亩以上，粮食总产量达到21.8万吨；二是新建高标准农田3.2万亩；"
        "三是生猪出栏量稳定在36万头左右。其中第一、二项由县农业农村局负责，县财政局配合；第三项由县畜牧兽医服务中心负责。\n"
    )
    units = _units(text, 2024)
    assert units["粮食总产量达到21.8万吨"] == (("县农业农村局",), ("县财政局",))
    assert units["新建高标准农田3.2万亩"] == (("县农业农村局",), ("县财政局",))
    assert units["生猪出栏量稳定在36万头左右"] == (("县畜牧兽医服务中心",), ())


def test_circled_marks_after_targets_take_the_units_of_their_footnotes() -> None:
    """…增长6.5%左右①，…增长8%②。 / ①牵头单位：A；配合单位：B / ②…: each circled mark its footnote's units; items
    numbered ①…(责任单位：…) are no legend."""
    text = (
        "一、主要目标\n\n1.地区生产总值增长6.5%左右①，规模以上工业增加值增长8%②。\n\n2.实际使用外资3000万美元③。\n\n"
        "二、责任分工\n\n①牵头单位：县发改局；配合单位：县统计局\n\n②牵头单位：县工信局；配合单位：县投资促进中心\n\n"
        "③牵头单位：县商务局\n"
    )
    assert _units(text, 2024) == {
        "地区生产总值增长6.5%左右": (("县发改局",), ("县统计局",)),
        "规模以上工业增加值增长8%": (("县工信局",), ("县投资促进中心",)),
        "实际使用外资3000万美元": (("县商务局",), ()),
    }


# --- the third review's cases ---------------------------------------------------------------------------------


def test_two_sentences_of_numbers_in_one_paragraph_each_count_their_own_targets() -> None:
    """…2 targets。其中第1项由A负责,第2项由B负责。…2 targets。其中第1项由C负责,第2项由D负责。: each sentence counts the
    targets since the sentence of numbers before it."""
    text = (
        "（一）稳增长。全年地区生产总值增长6%左右，一般公共预算收入增长5.5%。其中第1项由区发展和改革局负责，第2项由区财政局负责。"
        "新增就业5000人，城镇登记失业率控制在4%以内。其中第1项由区人社局负责，第2项由区统计局负责。\n"
    )
    assert [lead for lead, _ in _units(text, 2024).values()] == [
        ("区发展和改革局",),
        ("区财政局",),
        ("区人社局",),
        ("区统计局",),
    ]


def test_numbers_in_words_past_ten_give_their_targets_out() -> None:
    """其中第1至10项由A负责,第十一、十二项由B负责: 十一 and 十二 read as 11 and 12."""
    targets = "，".join(f"新建项目{i}个" for i in range(1, 13))
    text = f"一、目标\n\n{targets}。其中第1至10项由区发展和改革局负责，第十一、十二项由区财政局负责。\n"
    leads = [lead for quote, (lead, _) in _units(text, 2024).items() if quote.startswith("新建项目")]
    assert leads == [("区发展和改革局",)] * 10 + [("区财政局",)] * 2


def test_a_targets_own_bracket_outranks_the_part_given_at_its_sentences_start() -> None:
    """制造业数字化改造由A负责，年内完成80家…诊断（责任单位：B）。: the target's own bracket names its units."""
    text = (
        "（一）制造业。制造业数字化改造由区工业和信息化局负责，年内完成80家企业智能化改造诊断（责任单位：区科技局）。\n"
    )
    assert _units(text, 2024) == {"年内完成80家企业智能化改造诊断": (("区科技局",), ())}


def test_units_naming_items_by_number_keep_their_own_helpers_and_lose_their_openers() -> None:
    """其中市教育局负责第一、二项，市财政局配合；市民政局负责第三项，市卫健委配合。: each statement its own helpers; 其中 is
    no part of the unit."""
    text = (
        "一、教育。新建幼儿园15所。\n\n二、学校。新建中小学校8所。\n\n三、养老。新增养老床位800张。\n\n"
        "以上项目中，其中市教育局负责第一、二项，市财政局配合；市民政局负责第三项，市卫健委配合。\n"
    )
    units = _units(text, 2024)
    assert units["新建幼儿园15所"] == (("市教育局",), ("市财政局",))
    assert units["新增养老床位800张"] == (("市民政局",), ("市卫健委",))


@pytest.mark.parametrize("heading", ["一、美丽乡村：", "二、智慧社区："])
def test_a_theme_heading_ending_in_a_place_word_is_no_place_where_no_place_answers(heading: str) -> None:
    """一、美丽乡村：/二、智慧社区：: themes, where the text never says its villages or communities answer."""
    assert _units(f"{heading}\n\n1.新建美丽宜居村庄10个。\n", 2024) == {"新建美丽宜居村庄10个": ((), ())}


@pytest.mark.parametrize(
    "sentence",
    [
        "永久基本农田保护面积继续按照95.6万亩落实。",
        "全市营商环境评价连续3年排名全省前5位。",
    ],
)
def test_kept_levels_and_kept_ranks_are_targets(sentence: str) -> None:
    """继续按照95.6万亩落实 (an area kept), 连续3年排名全省前5位 (a rank kept): targets, unlike a standard per head kept or
    laggards' rules."""
    assert draft_spec("某市2024年工作要点\n\n" + sentence + "\n", year=2024).targets
