"""Shapes of plans the thirty-eighth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

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
