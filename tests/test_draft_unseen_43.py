"""Shapes of plans the forty-third session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec
from planengine.draft.responsibility import Responsibility, looks_like_unit, parse_responsibility
from planengine.draft.topics import topic_parts


def _units(text: str, year: int = 2026) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=year).targets}


# --- units named before the targets of their own clause -------------------------------------------------------


def test_this_years_lead_and_helper_before_the_targets_they_answer_for() -> None:
    """今年由X牵头、Y配合,<targets>: the year said before 由 is no part of the unit; X leads, Y helps, and the sentence
    before, giving its own two items to another office, does not reach over."""
    text = (
        "今年将新开工改造城镇老旧小区86个，筹集保障性租赁住房3200套，上述两项工作由市住建局牵头，各区政府配合推进。"
        "停车难问题方面，今年由市城管局牵头、市公安局交警支队配合，新增城市停车泊位8000-10000个。\n"
    )
    units = _units(text)
    assert units["新增城市停车泊位8000-10000个"] == (("市城管局",), ("市公安局交警支队",))
    assert units["筹集保障性租赁住房3200套"] == (("市住建局",), ("各区政府",))


def test_the_builder_named_after_the_lead_helps() -> None:
    """由X牵头、Y代建 and 由X牵头、Y负责建设: the office leads, the company building for it helps."""
    text = (
        "市第一人民医院新院区建设方面，由市卫生健康委牵头、市城投集团代建，确保8月底前完成主体封顶。\n\n"
        "霁川东站综合交通枢纽方面，由市交通运输局牵头、市城投集团负责建设，年内完成投资18亿元。\n"
    )
    units = _units(text)
    assert units["确保8月底前完成主体封顶"] == (("市卫生健康委",), ("市城投集团",))
    assert units["年内完成投资18亿元"] == (("市交通运输局",), ("市城投集团",))


# --- a leader named first in a bracket of units -------------------------------------------------------------


def test_a_bracket_naming_its_leader_before_its_units_gives_the_units() -> None:
    """【牵头领导:陈立新;责任单位:X、Y】 closing an item: the leader is a person, no unit; X and Y answer, both leading
    (no 牵头单位 label among them). A bracket naming the leader alone names no unit."""
    text = (
        "一、主要目标\n\n"
        "1.全镇规上工业产值增长8%左右，固定资产投资增长10%以上。【牵头领导:陈立新;责任单位:镇经济发展办、镇财政所】\n\n"
        "2.新增城镇就业300人。【责任领导:王建军，责任单位:镇社会事务办】\n\n"
        "3.新建村级公路12公里。【牵头领导:王建军】\n"
    )
    units = _units(text)
    assert units["全镇规上工业产值增长8%左右"] == (("镇经济发展办", "镇财政所"), ())
    assert units["固定资产投资增长10%以上"] == (("镇经济发展办", "镇财政所"), ())
    assert units["新增城镇就业300人"] == (("镇社会事务办",), ())
    assert units["新建村级公路12公里"] == ((), ())


# --- a speech's paragraph shared out by topic -----------------------------------------------------------------

_SPEECH_PARTS = (
    "(二)扩大有效投资和消费。全年实施亿元以上重点项目120个，完成投资95亿元，争取地方政府专项债券8亿元以上。"
    "新签约亿元以上招商项目35个。新增限额以上商贸企业20家，3月底前完成县城商业步行街改造。"
    "项目建设由县发改局牵头，县住建局、县自然资源局配合；专项债券争取由县财政局牵头；招商引资由县投资促进中心牵头，"
    "各乡镇人民政府配合；消费方面，县商务局要牵头，县市场监管局要积极配合。\n\n"
    "(四)持续保障和改善民生。新增公办幼儿园学位900个；县中医院康复大楼年底前主体封顶；每千名老年人拥有养老床位数达到38张。"
    "教育项目由县教体局牵头，县发改局配合；县卫健局要负责抓好县中医院项目建设；养老服务由县民政局牵头，县财政局配合。\n\n"
    "(一)做强工业经济。今年要新增规上工业企业15家以上，工业投资占固定资产投资比重提高到42%。同时，新认定高新技术企业10家。"
    "县工信局要牵头抓好规上企业培育、工业投资，县自然资源局要积极配合做好用地保障；高新技术企业培育由县科技局牵头负责，"
    "县市场监管局配合。\n"
)


def test_a_sentence_sharing_the_paragraph_out_by_topic_gives_each_target_its_part() -> None:
    """项目建设由A牵头,B配合;专项债券争取由C牵头;消费方面,D要牵头,E要积极配合: each target takes the part its topic
    names, a part said as 消费方面 and a unit's duty (D要牵头, E要积极配合) as well as by 由; the units in the
    statement are no subjects of the targets after them."""
    units = _units(_SPEECH_PARTS)
    assert units["全年实施亿元以上重点项目120个"] == (("县发改局",), ("县住建局", "县自然资源局"))
    assert units["争取地方政府专项债券8亿元以上"] == (("县财政局",), ())
    assert units["新签约亿元以上招商项目35个"] == (("县投资促进中心",), ("各乡镇人民政府",))
    assert units["县中医院康复大楼年底前主体封顶"] == (("县卫健局",), ())
    assert units["每千名老年人拥有养老床位数达到38张"] == (("县民政局",), ("县财政局",))


def test_a_sentence_naming_no_topic_takes_the_part_no_target_names_after_the_last_given() -> None:
    """新增限额以上商贸企业20家,3月底前完成…步行街改造 names no part's topic; opening the sentence after 招商引资's targets,
    it takes the next part, 消费, which no target names; the target after it in its sentence goes with it."""
    units = _units(_SPEECH_PARTS)
    assert units["新增限额以上商贸企业20家"] == (("县商务局",), ("县市场监管局",))
    assert units["3月底前完成县城商业步行街改造"] == (("县商务局",), ("县市场监管局",))


def test_a_duty_part_beside_a_part_given_by_whom_shares_the_paragraph() -> None:
    """县工信局要牵头抓好规上企业培育、工业投资,县自然资源局要积极配合…;高新技术企业培育由县科技局牵头负责,县市场监管局配合:
    the statement after the comma closing the paragraph is its last part, the sentence read whole."""
    units = _units(_SPEECH_PARTS)
    assert units["今年要新增规上工业企业15家以上"] == (("县工信局",), ("县自然资源局",))
    assert units["工业投资占固定资产投资比重提高到42%"] == (("县工信局",), ("县自然资源局",))
    assert units["新认定高新技术企业10家"] == (("县科技局",), ("县市场监管局",))


def test_a_sentence_of_duties_alone_is_no_sharing_by_topic() -> None:
    """X要牵头建立…,Y要牵头抓好…,Z要配合做好用地保障 with no part given by 由: a speech's duties (duties.py's reading),
    the helper closing them helping every lead; topic_parts leaves it."""
    assert (
        topic_parts(
            "县发改局要牵头建立重点项目调度机制，县交通运输局要牵头抓好栖梧港二期建设，县自然资源和规划局要配合做好用地保障"
        )
        is None
    )
    assert topic_parts("消费方面，县商务局要牵头，县市场监管局要积极配合") is None  # (one part: nothing shared)
    parts = topic_parts(
        "招商引资由县投资促进中心牵头，各乡镇人民政府配合；消费方面，县商务局要牵头，县市场监管局要积极配合"
    )
    assert parts == [
        (("招商引资",), Responsibility(("县投资促进中心",), ("各乡镇人民政府",))),
        (("消费",), Responsibility(("县商务局",), ("县市场监管局",))),
    ]


# --- what a rectification plan says of the problem, and other figures that are no targets -------------------


def test_a_problem_as_it_stands_is_no_target() -> None:
    """问题概述:…收集率仅为58.2%; 禁养区内仍有9家养殖场未退出: the shortfall the plan puts right, said of now; the
    rectification's own targets after it are read."""
    text = (
        "一、城市污水收集处理问题\n\n"
        "问题概述：城市生活污水集中收集率仅为58.2%，雨季污水溢流问题突出。\n\n"
        "整改目标：城市生活污水集中收集率达到70%以上。\n\n"
        "二、畜禽养殖污染问题\n\n"
        "禁养区内仍有9家养殖场未退出。整改目标：6月底前完成禁养区养殖场关闭搬迁。\n"
    )
    quotes = set(_units(text))
    assert "城市生活污水集中收集率达到70%以上" in quotes
    assert not any("58.2%" in q or "9家" in q for q in quotes)


def test_an_area_covered_is_an_amount_and_a_stock_of_old_waste_is_cleared() -> None:
    """覆盖面积达到30万亩次 is an area (覆盖面 would be a share); 清理历史堆存建筑垃圾约12万立方米 clears a stock standing
    from the past, a target ahead (历史 does not make it a report)."""
    targets = {
        t.quote: t
        for t in draft_spec(
            "农业社会化服务覆盖面积达到30万亩次。清理历史堆存建筑垃圾约12万立方米。\n", year=2026
        ).targets
    }
    assert targets["农业社会化服务覆盖面积达到30万亩次"].kind == "amount"
    assert targets["清理历史堆存建筑垃圾约12万立方米"].value == Decimal("120000")


def test_the_first_of_several_leads_answering_overall_keeps_every_listed_unit_a_lead() -> None:
    """凡涉及多个单位的,列第一位的牵头单位负总责: the first of several leads answers overall; a 责任单位 line with no
    牵头单位 still names leads only (it does not say the unit listed first leads)."""
    text = (
        "(一)固定资产投资增长8%以上。\n责任领导:常务副区长何志远\n牵头单位:区发展改革委\n责任单位:区经济信息化委\n\n"
        "(二)新建高标准农田1.5万亩。\n责任领导:副区长陈佩\n责任单位:区农业农村委、区财政局\n\n"
        "以上各项工作中,凡涉及多个单位的,列第一位的牵头单位负总责。\n"
    )
    units = _units(text)
    assert units["新建高标准农田1.5万亩"] == (("区农业农村委", "区财政局"), ())
    assert units["固定资产投资增长8%以上"] == (("区发展改革委",), ("区经济信息化委",))


# --- tables a cell a paragraph, office labels with helpers, dues and assessments ------------------------------


def test_a_table_a_cell_a_paragraph_with_two_headers_in_one_cell_keeps_its_lead_and_helper_columns() -> None:
    """序号 / 项目名称 / 建设内容及年度目标 / 牵头单位 / 配合单位 / 完成时限, each cell a paragraph: a header cell naming
    two headers' words (建设内容及年度目标) is a header cell, so the rows are read by column, the lead column's unit
    leading and the helpers' column helping."""
    cells = [
        "序号", "项目名称", "建设内容及年度目标", "牵头单位", "配合单位", "完成时限",
        "1", "学位扩容工程", "新建成公办幼儿园3所,新增公办学位4200个。", "区教育局", "区住房和城乡建设局、区城投集团", "2026年9月",
        "2", "托育服务扩容", "新增普惠托位600个以上。", "区卫生健康局", "区妇联、各街道办事处", "2026年12月",
    ]  # fmt: skip
    units = _units("棠川区2026年重点民生实事项目安排表\n\n" + "\n\n".join(cells) + "\n")
    assert units["新增公办学位4200个"] == (("区教育局",), ("区住房和城乡建设局", "区城投集团"))
    assert units["新增普惠托位600个以上"] == (("区卫生健康局",), ("区妇联", "各街道办事处"))


def test_an_office_label_with_helpers_after_it_leads_and_they_help() -> None:
    """(责任科室:社会事务办,劳动保障所、各社区配合) over a heading's items: the office answers, those said to help help."""
    assert parse_responsibility("责任科室:社会事务办,劳动保障所、各社区配合") == Responsibility(
        ("社会事务办",), ("劳动保障所", "各社区")
    )
    assert parse_responsibility("责任科室:社会事务办") == Responsibility(("社会事务办",))


def test_a_bracket_of_the_due_date_alone_and_the_plans_own_assessment_are_no_targets() -> None:
    """(完成时限:2026年12月底) after an item says when it is due; 11月下旬组织人大代表开展满意度测评 and 12月中旬开展年度
    考评 judge the plan; 四季度完成剩余改造并组织满意度测评 still delivers the work."""
    text = (
        "3. 固定资产投资增长7%，一般公共预算收入增长5%，分别由县发改局、县财政局负责。（完成时限：2026年12月底）\n\n"
        "区政府将于7月中旬召开推进会,11月下旬组织人大代表开展满意度测评。12月中旬开展年度考评。\n\n"
        "4. 四季度完成剩余改造并组织满意度测评。\n"
    )
    quotes = set(_units(text))
    assert quotes == {"固定资产投资增长7%", "一般公共预算收入增长5%", "四季度完成剩余改造并组织满意度测评"}


def test_a_bureau_head_speaking_at_the_press_conference_names_the_bureau_answering() -> None:
    """区教育局党组书记、局长赵某在发布中说,今年将…: the bureau whose head speaks answers for what the head announces."""
    text = (
        "区住建局局长王某介绍，今年将新开工改造城镇老旧小区36个。\n\n"
        "区教育局党组书记、局长赵某在发布中说，今年将新增公办学位5400个。\n"
    )
    units = _units(text)
    assert units["今年将新增公办学位5400个"] == (("区教育局",), ())
    assert units["今年将新开工改造城镇老旧小区36个"] == (("区住建局",), ())


# --- a unit's paragraph naming those it works with, and a statement closed by its manner ----------------------


def test_the_units_a_paragraphs_unit_works_with_help_whatever_their_names_end_with() -> None:
    """县粮食中心:会同县财政局、县农业发展银行,…; 县金融工作服务中心:联合人民银行云枫县支行、县农村商业银行,…; 县文化
    广电和旅游局:联合各乡镇,…: those named after 会同, 联合 or 协同 help, a bank or the towns as well as a bureau."""
    text = (
        "县粮食中心：会同县财政局、县农业发展银行，完成政策性粮食收购任务3万吨。\n\n"
        "县茶产业发展中心：会同县农业农村局、县商务局，茶叶综合产值突破18亿元。\n\n"
        "县金融工作服务中心：联合人民银行云枫县支行、县农村商业银行，引导金融机构加大信贷投放，涉农贷款余额增长10%以上。\n\n"
        "县委组织部：协同县农业农村局、县科学技术局，抓党建促乡村振兴，培育高素质农民800人。\n"
    )
    units = _units(text)
    assert units["完成政策性粮食收购任务3万吨"] == (("县粮食中心",), ("县财政局", "县农业发展银行"))
    assert units["涉农贷款余额增长10%以上"] == (("县金融工作服务中心",), ("人民银行云枫县支行", "县农村商业银行"))
    assert units["培育高素质农民800人"] == (("县委组织部",), ("县农业农村局", "县科学技术局"))


def test_a_statement_of_the_targets_above_closed_by_how_it_is_done_still_answers_for_them() -> None:
    """以上目标由X牵头统筹,Y、Z配合做好监测调度,做到按月分析、按季通报。: the manner closing the sentence is no part of
    the units; the statement answers for the targets above it."""
    text = (
        "主要预期目标安排为:地区生产总值增长7%左右,固定资产投资增长10%以上。以上目标由县发改局牵头统筹,县统计局、"
        "县财政局配合做好监测调度,做到按月分析、按季通报。需要强调的是,这些目标是预期性的。\n"
    )
    units = _units(text)
    assert units["地区生产总值增长7%左右"] == (("县发改局",), ("县统计局", "县财政局"))


def test_a_heading_counting_schools_is_no_unit() -> None:
    """2020年完工新改扩建公办学校2所: over the schools listed: the count's measure word (所) is no office's end, so the
    heading names no unit of the items under it."""
    text = "2020年完工新改扩建公办学校2所:\n\n1、位于长江新城的武汉育才实验学校,预计学位1350个;\n\n2、位于后湖的小学,预计学位1080个。\n"
    units = _units(text)
    assert units["预计学位1350个"] == ((), ())
    assert looks_like_unit("县第一中学") and looks_like_unit("城关派出所")
    assert not looks_like_unit("新改扩建公办学校2所")


def test_units_said_to_work_alongside_help() -> None:
    """由X负责,Y、Z协同推进,<targets>: those working alongside (协同推进) help as those said to 配合 do."""
    text = (
        "（一）消防。由县消防救援大队负责，县住建局、各乡镇人民政府协同推进，新建微型消防站15个。\n\n"
        "（二）交通。由县交通运输局负责，县公安局配合，新改建农村公路85公里。\n"
    )
    units = _units(text)
    assert units["新建微型消防站15个"] == (("县消防救援大队",), ("县住建局", "各乡镇人民政府"))
    assert units["新改建农村公路85公里"] == (("县交通运输局",), ("县公安局",))


def test_a_remark_on_how_places_answer_is_no_part_of_their_name() -> None:
    """各乡镇(按属地), 各街道(按属地负责): the bracket says how the places answer, each in its own bounds; the name is 各乡镇."""
    assert parse_responsibility("责任单位:县乡村振兴局(牵头)、县民政局,各乡镇(按属地)") == Responsibility(
        ("县乡村振兴局",), ("县民政局", "各乡镇")
    )
    assert parse_responsibility("责任单位:各街道(按属地负责)、县民政局").lead == ("各街道", "县民政局")


def test_helpers_named_in_a_units_duty_paragraph_help_with_the_targets_it_covers() -> None:
    """A duty section's paragraph 县工业和信息化局:牵头负责5G基站…建设;中国电信…、中国移动…配合。: the targets its topic
    covers take the unit as lead and those said to help as support."""
    text = (
        "枫岭县数字乡村建设行动方案\n\n"
        "一、发展目标\n\n"
        "到2026年底,新建5G基站300个,农村家庭千兆光网用户突破3万户;农业生产信息化率达到32%。\n\n"
        "二、职责分工\n\n"
        "县工业和信息化局:牵头负责5G基站、农村光纤宽带和千兆光网建设;中国电信枫岭分公司、中国移动枫岭分公司配合。\n\n"
        "县农业农村局:牵头负责智慧农业发展,包括农业生产信息化和数字农业应用场景建设;县数据局配合。\n"
    )
    units = _units(text)
    assert units["新建5G基站300个"] == (("县工业和信息化局",), ("中国电信枫岭分公司", "中国移动枫岭分公司"))
    assert units["农业生产信息化率达到32%"] == (("县农业农村局",), ("县数据局",))


def test_an_interviews_answer_labelled_by_the_speakers_post_names_the_bureau() -> None:
    """记者:… / 县教育局局长:今年我们牵头推进…,新增公办学位3000个以上。: the bureau whose head answers leads what is
    announced; the reporter's question names none."""
    text = (
        "记者：今年的教育实事里，有哪些硬指标？\n\n"
        "县教育局局长：今年我们牵头推进学位扩容，新增公办学位3000个以上。\n\n"
        "记者：卫生方面呢？\n\n"
        "县卫生健康局局长：今年新增家庭医生团队20个。\n"
    )
    units = _units(text)
    assert units["新增公办学位3000个以上"] == (("县教育局",), ())
    assert units["今年新增家庭医生团队20个"] == (("县卫生健康局",), ())


# --- the review's mends -----------------------------------------------------------------------------------------


def test_a_problem_label_covers_its_own_sentence_not_the_target_after_it_on_the_line() -> None:
    """问题概述:…仅为58.2%。整改目标:…达到70%。 on one line: the label describes the problem up to its sentence's end; the
    rectification's target after 整改目标: is read."""
    text = (
        "县城污水处理问题整改方案\n一、整改任务\n(一)污水收集\n"
        "问题概述:城市生活污水集中收集率仅为58.2%。整改目标:到2024年底城市生活污水集中收集率达到70%。(责任单位:县住建局)\n"
    )
    assert _units(text, year=2024) == {"城市生活污水集中收集率达到70%": (("县住建局",), ())}


def test_helpers_doing_the_work_are_no_topic_said_alone() -> None:
    """…,县发改局配合做好相关工作;…: a clause of helpers ending in 工作 is no topic waiting for its unit."""
    assert topic_parts("工业领域由县工信局牵头,县发改局配合做好相关工作;农业领域由县农业农村局牵头") == [
        (("工业领域",), Responsibility(("县工信局",), ("县发改局",))),
        (("农业领域",), Responsibility(("县农业农村局",))),
    ]


def test_a_count_with_its_measure_word_closing_a_name_is_no_unit() -> None:
    """建成村级服务站12个站: so many stations, not an office; 城关派出所 is one."""
    assert not looks_like_unit("建成村级服务站12个站")
    assert looks_like_unit("城关派出所")
