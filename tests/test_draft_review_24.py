"""Faults a read-only review found in the twenty-fourth session's drafter rules: each test holds the
text that showed one, and what the drafter must give."""

from __future__ import annotations

import time
from decimal import Decimal

from planengine.draft import draft_spec
from planengine.draft.barsep import wrapped_bar_rows
from planengine.draft.responsibility import parse_responsibility
from planengine.draft.structure import _DATE_ONLY


def _units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


def test_an_organisation_department_is_no_office_organising_a_count() -> None:
    """县委组织部开展…12期: 组织 of 组织部 is no verb; the quote keeps the whole name."""
    text = (
        "一、民生实事\n(一)人才培养。县委组织部开展干部专题培训12期。县人社局完成职业技能培训3000人次。"
        "县教育局完成教师培训500人次。\n"
    )
    assert _units(text)[0] == ("县委组织部开展干部专题培训12期", (), ())


def test_a_ceiling_then_a_figure_striven_for_keeps_the_ceiling() -> None:
    """控制在5.5%以内、力争5%: the striven figure keeps the measure and its ceiling (only 保, a floor
    kept to, is left behind)."""
    targets = draft_spec("一、主要目标\n城镇调查失业率控制在5.5%以内、力争5%。\n", year=2026).targets
    assert [(t.kind, t.comparator, t.value, t.strive) for t in targets] == [
        ("ceiling", "<=", Decimal("0.055"), False),
        ("ceiling", "<=", Decimal("0.05"), True),
    ]


def test_a_second_sentence_with_by_that_states_no_units_leaves_the_statement() -> None:
    """由X牵头,Y配合。 then 同时由县公安局会同…开展…: the second is an action, not a statement; the first
    still answers for the item."""
    text = (
        "二、重点任务\n(一)道路交通。全年排查整治隐患路段40处。由县交通运输局牵头,县公安局配合。"
        "同时由县公安局会同县交通运输局开展酒驾醉驾专项整治。查处违法行为1000起。\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("县交通运输局",), ("县公安局",)),
        (("县交通运输局",), ("县公安局",)),
    ]


def test_words_before_a_unit_named_as_the_lead_are_no_part_of_its_name() -> None:
    """以县应急局为牵头单位, 明确…为牵头单位: the unit is 县应急局."""
    answer = parse_responsibility("以县应急局为牵头单位,各乡镇配合")
    assert (answer.lead, answer.support) == (("县应急局",), ("各乡镇",))
    assert parse_responsibility("明确县应急局为牵头单位").lead == ("县应急局",)


def test_a_label_closing_a_sentence_inside_a_table_cell_is_left_to_the_row() -> None:
    """| 1 | 新建城市公园5个。责任单位:…。新建绿道10公里。 | …: the row is read by its cells."""
    text = "| 序号 | 工作任务 | 完成时限 |\n| 1 | 新建城市公园5个。责任单位:县住建局(牵头),县城管局。新建绿道10公里。 | 2026年底 |\n"
    assert [quote for quote, _, _ in _units(text)] == ["新建城市公园5个", "新建绿道10公里"]


def test_a_units_stretch_opening_last_year_keeps_what_follows_this_year() -> None:
    """去年,X完成…。今年将完成…: last year's figure reports, this year's is X's."""
    text = (
        "一、民生实事\n(一)学有优教。区教育局将新建幼儿园4所。\n"
        "(五)食有放心。去年,区市场监督管理局完成食品安全快检2.3万批次。今年将完成食品安全快检2.5万批次以上。\n"
    )
    assert _units(text) == [
        ("新建幼儿园4所", ("区教育局",), ()),
        ("今年将完成食品安全快检2.5万批次以上", ("区市场监督管理局",), ()),
    ]


def test_a_bracket_after_sub_items_is_not_the_items_where_a_sub_item_names_its_own_or_more_follow() -> None:
    """①…,由县民政局负责; / ②… / (县教育局牵头): ① keeps its own; (1);(2)。/(X)/(3)/(Y)/(4): (4) gets none."""
    own = "(一)民生\n10.办好民生实事。\n①新建养老床位500张,由县民政局负责;\n②新建幼儿园3所。\n(县教育局牵头)\n"
    assert [lead for _, lead, _ in _units(own)] == [("县民政局",), ("县教育局",)]
    more = (
        "(一)创新\n10.建设平台。\n(1)新建平台15个;\n(2)引进团队20个。\n(市科技局牵头)\n"
        "(3)新增企业30家。\n(市工信局牵头)\n(4)新增专利授权500件。\n"
    )
    assert _units(more)[-1] == ("新增专利授权500件", (), ())


def test_a_label_run_into_a_name_of_any_body() -> None:
    """牵头单位县发改局,配合单位国网县供电公司: the helper's label is no part of a lead's name."""
    text = "一、重点任务\n4.新建充电桩300个。(牵头单位县发改局,配合单位国网县供电公司)\n"
    assert _units(text) == [("新建充电桩300个", ("县发改局",), ("国网县供电公司",))]


def test_adverbs_before_the_helpers_verb_are_no_part_of_their_names() -> None:
    """…县财政局密切配合, …各学校积极配合, …配合做好绿化: the names alone."""
    answer = parse_responsibility("牵头单位:县发改局,县财政局密切配合")
    assert (answer.lead, answer.support) == (("县发改局",), ("县财政局",))
    answer = parse_responsibility("由县教育局会同县财政局组织实施,各学校积极配合")
    assert (answer.lead, answer.support) == (("县教育局",), ("县财政局", "各学校"))
    assert parse_responsibility("牵头单位:县林业局,县财政局配合做好绿化").support == ("县财政局",)


def test_places_answering_for_a_long_share_of_their_own_areas() -> None:
    """…负责本辖区内企业职工基本养老保险参保扩面和基金征缴工作: a long share is still the places'."""
    answer = parse_responsibility(
        "市社会保险事业中心具体承办,各县(市、区)人民政府负责本辖区内企业职工基本养老保险参保扩面和基金征缴工作"
    )
    assert (answer.lead, answer.support) == (("市社会保险事业中心",), ("各县(市、区)人民政府",))


def test_a_helpers_line_after_a_statement_by_marks_helps_every_mark() -> None:
    """第①项牵头单位:A;第②项牵头单位:B / 责任单位:C、D, and 第①项由A负责,… / 配合单位:C."""
    labelled = (
        "一、重点任务\n2.发展养老服务。①新增养老床位500张;②建设老年助餐点50个。\n"
        "第①项牵头单位:县民政局;第②项牵头单位:县商务局\n责任单位:县财政局、县自然资源局\n"
    )
    assert [(lead, support) for _, lead, support in _units(labelled)] == [
        (("县民政局",), ("县财政局", "县自然资源局")),
        (("县商务局",), ("县财政局", "县自然资源局")),
    ]
    by = (
        "一、重点任务\n2.发展养老服务。①新增养老床位500张;②建设老年助餐点50个。\n"
        "第①项由县教育局负责,第②项由县住建局负责。\n配合单位:县财政局\n"
    )
    assert [(lead, support) for _, lead, support in _units(by)] == [
        (("县教育局",), ("县财政局",)),
        (("县住建局",), ("县财政局",)),
    ]


def test_a_bar_framed_row_broken_at_a_cell_boundary_is_joined_and_the_table_goes_on() -> None:
    """| 1 | 空气质量 | (closed at a cell) / 1.…; / 2.…。 | … |, then a row wrapped inside a cell: both joined."""
    text = (
        "| 序号 | 工作任务 | 具体目标 | 牵头单位 | 配合单位 | 完成时限 |\n| 1 | 空气质量 |\n"
        "1.县城PM2.5年均浓度控制在29微克/立方米以内;\n2.县城空气质量优良天数比例达到92%以上。 | 市生态环境局分局 | 县发展改革局 | 2026年12月底 |\n"
        "| 2 | 工业源 | 1.完成挥发性有机物重点企业综合治理15家以上;\n2.淘汰燃煤锅炉8台。 | 县工业和信息化局 | 县市场监督管理局 | 2026年11月底 |\n"
    )
    assert len(wrapped_bar_rows(text).splitlines()) == 3
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("市生态环境局分局",), ("县发展改革局",)),
        (("市生态环境局分局",), ("县发展改革局",)),
        (("县工业和信息化局",), ("县市场监督管理局",)),
        (("县工业和信息化局",), ("县市场监督管理局",)),
    ]


def test_kept_to_inside_a_word_is_no_floor() -> None:
    """承保30万亩, 应保尽保5000人: 保 inside a word; no floor."""
    text = "一、目标\n全年政策性农业保险承保30万亩,做到应保尽保5000人。\n"
    assert [t.comparator for t in draft_spec(text, year=2026).targets] == ["=", "="]


def test_same_as_above_takes_the_item_before_and_helpers_keep_their_role() -> None:
    """责任单位:同上 after an item whose units were in its bracket: that item's; 配合单位:同上: its helpers."""
    text = (
        "二、乡村振兴\n（六）粮食安全\n年度目标：粮食总产量达到21万吨。\n责任单位：县农业农村局\n\n"
        "（七）水利\n年度目标：新建小型水库2座。（牵头单位：县水利局；配合单位：县财政局）\n\n"
        "（八）高标准农田建设\n年度目标：新建高标准农田3.5万亩。\n责任单位：同上\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)][-1] == (("县水利局",), ("县财政局",))


def test_a_date_only_cell_is_told_at_once() -> None:
    """1月底前、2月底前、…、12月底前分批验收 is no date only; telling so takes no time (it took seconds);
    第一项…;其余… (a numeral in words) is a date for parts."""
    cell = "、".join(f"{month}月底前" for month in range(1, 13)) + "分批验收"
    started = time.perf_counter()
    assert _DATE_ONLY.fullmatch(cell) is None
    assert time.perf_counter() - started < 0.5
    assert _DATE_ONLY.fullmatch("第一项2026年6月底;其余2026年12月底") is not None
    assert _DATE_ONLY.fullmatch("持续推进") is not None


def test_cleared_without_of_needs_a_short_name_not_a_run_on() -> None:
    """新增城镇就业5000人以上零就业家庭动态清零 (run on): the 5000 stays a floor, not a ceiling of 0."""
    targets = draft_spec("一、目标\n新增城镇就业5000人以上零就业家庭动态清零。\n", year=2026).targets
    assert [(t.kind, t.comparator, t.value) for t in targets] == [("count", ">=", Decimal("5000"))]


def test_working_with_after_and_and_a_field_that_is_a_verb() -> None:
    """【社会科】做好…,并会同县人社局开展调研: the partner helps; 围绕组织实施…30个重点项目 names no field."""
    text = "一、综合\n12.【社会科】做好收入分配监测,并会同县人社局开展调研,城乡居民人均可支配收入增长5.5%。(12月底前)\n"
    assert _units(text) == [("城乡居民人均可支配收入增长5.5%", ("社会科",), ("县人社局",))]
    assert draft_spec("一、目标\n围绕组织实施十大工程30个重点项目,强化要素保障。\n", year=2026).targets == ()


# The second review's faults.


def test_a_figure_striven_for_after_a_floor_is_its_own_and_after_a_ceiling_keeps_it() -> None:
    """增长不低于8%、力争9%: 9% striven for (=); 力保8% is a floor; 控制在5.5%以内、力争5%: a ceiling still."""
    targets = draft_spec("一、主要目标\n固定资产投资增长不低于8%、力争9%。\n", year=2026).targets
    assert [(t.comparator, t.value, t.strive) for t in targets] == [
        (">=", Decimal("0.08"), False),
        ("=", Decimal("0.09"), True),
    ]
    kept = draft_spec("一、主要目标\n地区生产总值增长力保8%、争取9%。\n", year=2026).targets
    assert kept[0].comparator == ">="


def test_words_of_the_items_above_before_a_lead_named_with_wei() -> None:
    """以上任务以县应急局为牵头单位; 该项工作以县教育局为牵头单位: the units alone."""
    assert parse_responsibility("以上任务以县应急局为牵头单位,县公安局配合").lead == ("县应急局",)
    assert parse_responsibility("该项工作以县教育局为牵头单位").lead == ("县教育局",)


def test_same_as_above_after_an_item_whose_units_follow_its_sub_items() -> None:
    """2.… / (1)…; / (2)…。 / 牵头单位:县住建局 / 3.… / 责任单位:同上: item 2's units (县住建局)."""
    text = (
        "一、重点任务\n1.新增学位500个。\n牵头单位:县教育局\n2.新建幼儿园2所。\n(1)新建公办幼儿园1所;\n"
        "(2)改扩建幼儿园1所。\n牵头单位:县住建局\n3.新建公路20公里。\n责任单位:同上\n"
    )
    assert _units(text)[-1][1] == ("县住建局",)


def test_a_unit_named_in_last_years_report_leads_nothing_before_it() -> None:
    """新建幼儿园2所。去年,区教育局完成…: the unit does not lead the target before its report."""
    text = (
        "一、民生实事\n(一)住有所居。去年,区住建局完成老旧小区改造12个。今年计划改造老旧小区15个。\n"
        "(二)学有优教。新建幼儿园2所。去年,区教育局完成新增学位800个。\n"
        "(三)食有放心。区市场监督管理局将完成快检2万批次。\n"
    )
    assert _units(text) == [
        ("今年计划改造老旧小区15个", ("区住建局",), ()),
        ("新建幼儿园2所", (), ()),
        ("完成快检2万批次", ("区市场监督管理局",), ()),
    ]


def test_a_remark_on_the_answerable_columns_first_unit_in_its_other_wordings() -> None:
    """责任单位中排在第一位的为牵头单位 names the 责任单位 column too: a 牵头单位 column keeps both leads."""
    text = (
        "一、说明\n责任单位中排在第一位的为牵头单位。\n\n二、任务分解表\n序号 | 工作任务 | 牵头单位 | 责任单位 |\n"
        "1 | 新建农村公路20公里。 | 县交通运输局、县公路中心 | 县交通运输局、县财政局 |\n"
    )
    assert _units(text)[0][1] == ("县交通运输局", "县公路中心")


def test_a_line_labelled_responsibility_that_charges_in_prose_names_no_units() -> None:
    """责任:各乡镇党委政府要切实履行主体责任,确保6月底前完工。: prose, no units; its milestone stays."""
    text = "一、重点任务\n2.新建幼儿园2所。\n责任:各乡镇党委政府要切实履行主体责任,确保6月底前完工。\n"
    assert _units(text) == [("新建幼儿园2所", (), ()), ("确保6月底前完工", (), ())]


def test_present_state_words_other_than_kept_do_not_report() -> None:
    """其中现状有林地的5公顷实施补植: a target (only 现状保留 reports)."""
    targets = draft_spec(
        "一、重点任务\n3.绿化提升。新增绿地12公顷,其中现状有林地的5公顷实施补植。\n", year=2026
    ).targets
    assert [t.value for t in targets] == [Decimal("12"), Decimal("5")]


def test_a_caption_between_tables_ends_the_first() -> None:
    """表1 … / rows / 表2 民生实事 / a narrower table whose row runs over lines: joined under its own header."""
    text = (
        "表1 重点项目\n| 序号 | 项目 | 内容 | 责任单位 | 完成时限 |\n| 1 | 公路 | 新建农村公路20公里 | 市交通运输局 | 2026年12月 |\n"
        "表2 民生实事\n| 序号 | 实事内容 | 责任单位 |\n| 1 | 1.新增学位500个;\n2.新建幼儿园2所。 | 市教育局 |\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [("市交通运输局",), ("市教育局",), ("市教育局",)]


def test_dates_of_month_ranges_and_deadline_lines_before_more_text() -> None:
    """2026年3-12月 is a date only; 完成时限:2026年12月底前 is a deadline line though a line follows."""
    from planengine.draft.structure import _DEADLINE_LINE

    assert _DATE_ONLY.fullmatch("2026年3-12月") is not None
    assert _DEADLINE_LINE.search("完成时限:2026年12月底前\n2.新建公路") is not None


def test_a_look_back_at_growth_above_scale_dates_no_plan() -> None:
    """“十三五”期间,全县规模以上工业增加值年均增长8.5%: 规模以上 sets no floor; no year is taken from it."""
    from planengine.draft import _period_planned

    assert _period_planned("“十三五”期间,全县规模以上工业增加值年均增长8.5%。") is None


def test_pact_parties_signed_in_the_usual_layouts() -> None:
    """甲方(盖章):澄岭县人民政府 and 甲方:… 乙方:… on one line name the parties."""
    from planengine.draft.responsibility import parties_named

    assert parties_named("甲方(盖章):澄岭县人民政府\n乙方(盖章):鹤坪镇人民政府\n") == {
        "甲方": "澄岭县人民政府",
        "乙方": "鹤坪镇人民政府",
    }
    assert parties_named("甲方:澄岭县人民政府    乙方:鹤坪镇人民政府\n")["乙方"] == "鹤坪镇人民政府"


def test_a_host_mark_a_label_run_into_a_name_and_an_elimination_without_of() -> None:
    """县教育局(主责)、县财政局: 主责 leads; 配合单位人员全程参与 names no helper 人员全程; 消除56人以上大班额
    is a ceiling of 0 (dated by its own words, 年底前消除…, a milestone: see test_draft_unseen_40)."""
    answer = parse_responsibility("县教育局(主责)、县财政局")
    assert answer.lead == ("县教育局",)
    assert "人员全程" not in parse_responsibility("牵头单位:县教育局,配合单位人员全程参与").support
    targets = draft_spec("一、目标\n全面消除56人以上大班额。\n", year=2026).targets
    assert [(t.kind, t.comparator, t.value) for t in targets] == [("ceiling", "<=", Decimal("0"))]
    dated = draft_spec("一、目标\n年底前消除56人以上大班额。\n", year=2026).targets
    assert [(t.kind, t.comparator, t.value) for t in dated] == [("milestone", None, None)]
