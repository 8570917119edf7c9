"""Faults a review of the twenty-fifth session's drafter rules found, each mended: the text that showed
it, and what the drafter now gives."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec
from planengine.draft.responsibility import parse_responsibility


def _read(text: str) -> list[tuple[str, str | None, Decimal | None, bool]]:
    return [(t.kind, t.comparator, t.value, t.strive) for t in draft_spec(text, year=2026).targets]


def _units(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(t.lead, t.support) for t in draft_spec(text, year=2026).targets]


def test_striving_after_a_date_still_carries_over_the_list_it_opens() -> None:
    """2026年力争…,…; 6月底前力争…,…: a date before 力争 is no figure it stretches (the guard against a
    stretch, 8%力争9%, took the year's digits for one)."""
    dated = "一、主要目标\n2026年力争地区生产总值增长10%,一般公共预算收入增长6%。\n"
    assert [t.strive for t in draft_spec(dated, year=2026).targets] == [True, True]
    month = "一、主要目标\n6月底前力争完成投资5亿元,新开工项目20个。\n"
    assert [t.strive for t in draft_spec(month, year=2026).targets] == [True, True]


def test_a_striven_figure_in_brackets_after_a_long_measure_and_the_clause_after_it() -> None:
    """1200万人次以上(力争1300万人次): read after a measure of five characters too, and its 力争 opens
    nothing for the clause after it."""
    text = "一、主要目标\n全年接待游客1200万人次以上(力争1300万人次),新增停车位500个。\n"
    spec = draft_spec(text, year=2026)
    assert [(t.value, t.strive, t.metric) for t in spec.targets] == [
        (Decimal("12000000"), False, "m1"),
        (Decimal("13000000"), True, "m1"),
        (Decimal("500"), False, "m2"),
    ]


def test_a_striven_figure_keeps_its_own_word_of_comparing_and_the_measure_before() -> None:
    """增长8%力争突破9%: the same growth, above 9%; 确保完成…96.2亿元、力争突破100亿元: above 100亿元;
    控制在5.5%以下力争5%: the ceiling, then the one striven for."""
    assert _read("一、主要目标\n地区生产总值增长8%力争突破9%,新增就业500人。\n") == [
        ("growth-rate", "=", Decimal("0.08"), False),
        ("growth-rate", ">", Decimal("0.09"), True),
        ("count", "=", Decimal("500"), False),
    ]
    assert _read("一、主要目标\n全年确保完成重点项目投资96.2亿元、力争突破100亿元。\n")[1] == (
        "amount",
        ">",
        Decimal("10000000000"),
        True,
    )
    assert _read("一、主要目标\n城镇调查失业率控制在5.5%以下力争5%。\n") == [
        ("ceiling", "<=", Decimal("0.055"), False),
        ("ceiling", "<=", Decimal("0.05"), True),
    ]


def test_a_level_striven_higher_is_of_the_same_measure_and_carries_nothing() -> None:
    """森林覆盖率达到45%,力争达到46%,新增造林面积2万亩: the 46% is the coverage's, the 2万亩 firm."""
    spec = draft_spec("一、主要目标\n森林覆盖率达到45%,力争达到46%,新增造林面积2万亩。\n", year=2026)
    assert [(t.metric, t.strive) for t in spec.targets] == [("m1", False), ("m1", True), ("m2", False)]


def test_a_deed_after_the_helpers_of_a_statement_is_no_unit() -> None:
    """县城管局牵头,县住建局配合,推进垃圾分类。: the deed closing the statement names no one."""
    text = "三、重点任务\n(一)推进垃圾分类。县城管局牵头,县住建局配合,全面推进城乡生活垃圾分类工作。全年新建分类收集点50个。\n"
    assert _units(text) == [(("县城管局",), ("县住建局",))]
    answer = parse_responsibility("县城管局牵头,县住建局配合,团区委、区妇联共同推进")
    assert answer.support == ("县住建局", "团区委", "区妇联")


def test_a_partner_after_a_unit_s_colon_keeps_its_whole_name() -> None:
    """区农业农村局:会同区委宣传部,…; 区商务局:会同区人民政府办公室开展…: the partner's whole name (it was cut
    at its first office ending, 区委, 区人民政府)."""
    text = (
        "二、任务分工\n"
        "区农业农村局:会同区委宣传部,全年开展农民丰收节活动10场。\n"
        "区商务局:会同区人民政府办公室开展促消费活动20场。\n"
        "区教育局:全年新增学位1000个。\n"
    )
    assert _units(text) == [
        (("区农业农村局",), ("区委宣传部",)),
        (("区商务局",), ("区人民政府办公室",)),
        (("区教育局",), ()),
    ]


def test_companies_counted_in_brackets_after_their_count_of_households_are_not_units() -> None:
    """新增规上工业企业2户(华锐精密有限公司、金盛科技有限公司): the firms counted; no one answers."""
    assert _units("一、重点任务\n1.新增规上工业企业2户(华锐精密有限公司、金盛科技有限公司)。\n") == [((), ())]


def test_an_office_coordinating_after_the_one_that_answers_helps() -> None:
    """由县住建局负责,县交通运输局统筹协调: the office coordinating helps (it was read as the lead); 由X
    统筹协调,Y具体组织实施 still leads."""
    for said in ("由县住建局负责,县交通运输局统筹协调", "由县住建局组织实施,县交通运输局统筹协调"):
        answer = parse_responsibility(said)
        assert (answer.lead, answer.support) == (("县住建局",), ("县交通运输局",))
    opening = parse_responsibility("由县河长制办公室统筹协调,县水利局具体组织实施")
    assert (opening.lead, opening.support) == (("县河长制办公室",), ("县水利局",))


def test_a_black_star_marks_the_lead_on_a_labelled_line_and_a_hollow_star_a_helper() -> None:
    """责任单位:★市体育局、市卫生健康委 and 市住建局★、市体育局 on labelled lines, (☆市住建局、★市体育局) in
    brackets: the black star leads, the hollow star's unit helps, neither star is in a name."""
    text = (
        "一、主要目标\n"
        "1.国民体质监测合格率达到93.5%。\n责任单位:★市体育局、市卫生健康委\n"
        "2.建成健身步道60公里。\n责任单位:市住建局★、市体育局\n"
        "3.新建球场5个。(☆市住建局、★市体育局)\n"
    )
    assert _units(text) == [
        (("市体育局",), ("市卫生健康委",)),
        (("市住建局",), ("市体育局",)),
        (("市体育局",), ("市住建局",)),
    ]


def test_a_sentence_working_with_another_office_stays_its_subject_s() -> None:
    """镇社会事务办完成…。联合县教育局开展…: the unit before leads, the one it works with helps (the
    paragraph lost all its units when the sentence was skipped)."""
    text = "一、重点工作\n镇社会事务办完成敬老院改造,新增床位30张。联合县教育局开展送教下乡活动10场。\n"
    assert _units(text) == [
        (("镇社会事务办",), ()),
        (("镇社会事务办",), ()),
        (("镇社会事务办",), ("县教育局",)),
    ]


def test_a_title_after_prose_that_names_a_document_is_still_the_title() -> None:
    """…会议由县长主持。 / 某县2026年10件民生实事: a line with an Arabic figure after prose is the title when it
    ends by naming a document (实事, 方案, 计划)."""
    text = (
        "3月17日,全县召开民生工作会议,研究部署今年民生实事项目。会议由县长主持,各部门负责人参加。\n"
        "某县2026年10件民生实事\n全年新建公园3个,改造老旧小区20个。\n"
    )
    assert draft_spec(text, year=2026).spec["title"] == "某县2026年10件民生实事"


def test_facilities_counted_in_brackets_are_no_units_but_a_company_doing_household_work_is() -> None:
    """新建社区卫生服务中心2家(城东社区卫生服务中心、城西卫生院): the centres counted, though their names end like
    offices'; 完成农村电网改造1200户(县供电公司): households counted, the company answers."""
    text = (
        "一、重点任务\n1.新建社区卫生服务中心2家(城东社区卫生服务中心、城西卫生院)。\n"
        "2.完成农村电网改造1200户(县供电公司)。\n"
    )
    assert _units(text) == [((), ()), (("县供电公司",), ())]


def test_this_item_s_targets_statement_reaches_forward_when_nothing_stands_before_it() -> None:
    """(五)养老。本项目标由县民政局负责。新建养老院2所…: with no figure before it the statement gives the item's
    work after it; after a figure (…92%。本项目标由…) it answers for what is before."""
    text = (
        "二、重点任务\n(五)养老。本项目标由县民政局负责。新建养老院2所,新增床位300张。\n"
        "(三)学前教育。学前三年毛入园率达到92%。本项目标由县教育体育局负责。"
        "新建幼儿园2所(县城投集团负责建设,县教育体育局配合)。\n"
    )
    assert _units(text) == [
        (("县民政局",), ()),
        (("县民政局",), ()),
        (("县教育体育局",), ()),
        (("县城投集团",), ("县教育体育局",)),
    ]


def test_a_schedule_by_time_span_is_no_table_of_quarters() -> None:
    """时间段 | 工作任务 | 责任单位 over 3月底前 | … : the dates are no units (时间段 was read as the quarters' header)."""
    text = "二、进度安排\n\n时间段 | 工作任务 | 责任单位 |\n3月底前 | 完成摸底调查100户 | 县民政局 |\n"
    assert _units(text) == [(("县民政局",), ())]


def test_a_word_every_target_holds_still_tells_parts_apart_when_it_names_one_whole() -> None:
    """责任:充电桩建设由县发改局牵头;停车场建设由县城管局牵头,… over targets that all name 停车场: the parking
    part is theirs (every score fell to nothing and the first part took them)."""
    text = (
        "一、重点任务\n1.缓解停车难。新建公共停车场8个,新增停车场泊位1500个。\n"
        "责任:充电桩建设由县发改局牵头;停车场建设由县城管局牵头,县住建局配合。\n"
    )
    assert _units(text) == [(("县城管局",), ("县住建局",))] * 2


def test_a_part_given_out_in_another_sentence_of_the_line_is_not_this_bracket_s() -> None:
    """改造农村公路60公里(责任单位:县交通运输局)。新建…600个,其中,…停车场由县城市管理局负责(责任单位:…): the
    first sentence keeps its bracket's unit (the line's other 其中 was read for it)."""
    text = (
        "（一）交通建设\n改造农村公路60公里(责任单位:县交通运输局)。新建景区停车场车位600个,其中,"
        "农村公路沿线停车场由县城市管理局负责(责任单位:县文化和旅游局)。\n"
    )
    assert _units(text)[0] == (("县交通运输局",), ())


def test_leaders_labels_of_every_kind_and_respective_only_with_by() -> None:
    """包联县领导:…  牵头部门:…  协办部门:… is read as the item's units (the next item's were taken); …,由县住建局
    牵头,各乡镇分别组织实施。(责任单位:…) keeps its bracket: only 分别由 names units one each."""
    text = (
        "二、重点任务\n11.强化消费维权。消费纠纷调解成功率达到85%以上。\n"
        "包联县领导：王振华　　牵头部门：县市场监管局　　协办部门：县商务局\n"
        "12.推进农贸市场改造。全年完成10个农贸市场标准化改造。\n包联领导：李明　　牵头部门：县商务局　　协办部门：县财政局\n"
    )
    assert _units(text) == [(("县市场监管局",), ("县商务局",)), (("县商务局",), ("县财政局",))]
    respective = (
        "各项工作所列责任单位中,列第一位的为牵头单位,其余为配合单位。\n一、重点任务\n"
        "1.改造老旧小区30个,新增停车位500个,由县住建局牵头,各乡镇分别组织实施。(责任单位:县住建局、县财政局)\n"
    )
    assert _units(respective) == [(("县住建局",), ("县财政局",))] * 2


def test_an_item_naming_some_of_its_heading_s_helpers_narrows_them() -> None:
    """七、…(牵头单位:市农业农村局;配合单位:市发改委、市住建局) over 22.…(配合单位:市住建局): the item's helper
    alone; a helper the heading does not name joins the heading's."""
    text = (
        "七、推动城乡融合发展(牵头单位:市农业农村局;配合单位:市发改委、市住建局)\n\n"
        "22.力争创建省级城乡融合发展示范镇3个。(配合单位:市住建局)\n\n"
        "23.美丽宜居示范村20个以上。(配合单位:各县人民政府)\n"
    )
    assert _units(text) == [
        (("市农业农村局",), ("市住建局",)),
        (("市农业农村局",), ("市发改委", "市住建局", "各县人民政府")),
    ]


def test_a_partner_after_a_colon_named_with_an_organisation_department_is_whole() -> None:
    """区人社局:会同区委组织部开展…: 区委组织部 whole (组织 of its name is no verb)."""
    text = "二、任务分工\n区人社局:会同区委组织部开展人才招引活动10场。\n区教育局:全年新增学位1000个。\n"
    assert _units(text)[0] == (("区人社局",), ("区委组织部",))
