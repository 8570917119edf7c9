"""Shapes of plans the forty-fourth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from planengine.draft import draft_spec
from planengine.draft.responsibility import Responsibility, looks_like_unit, split_units


def _units(text: str, year: int = 2026) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=year).targets}


# --- an interview: the bureau's head answers, naming whom the bureau works with ----------------------------------

_INTERVIEW = (
    "办好每一所学校——访临川县教育局局长\n\n"
    "记者：今年学位扩容有哪些硬指标？\n\n"
    "县教育局局长：今年我们牵头推进学位扩容，全年新建中小学和幼儿园5所，新增公办学位2800个以上。"
    "这部分工作我们将联合县住建局、县自然资源和规划局共同推进，城南片区的征迁由东城街道配合。\n\n"
    "记者：入托难怎么解决？\n\n"
    "县教育局局长：今年新增托班学位300个。这项工作我们联合县卫生健康局、县妇联推进，县卫生健康局负责托育机构备案。\n\n"
    "记者：教育数字化呢？\n\n"
    "县教育局局长：我们将新建智慧教室120间。这项工作我们联合县数据局和中国电信临川分公司推进。\n\n"
    "记者：招生入学呢？\n\n"
    "县教育局局长：小学平均班额控制在40人以内。我们将联合县发展改革局统筹学位布局，招生入学管理需要各乡镇人民政府参与。\n\n"
    "记者：乡村学校呢？\n\n"
    "县教育局局长：今年新组建城乡教育共同体8个。县委组织部、县财政局在政策和经费上给予支持，具体办法由我们会同这两个部门制定。\n"
)


def test_an_interviews_answers_are_the_speakers_and_its_partners_help() -> None:
    """县教育局局长: answering question after question: the bureau leads its answers' targets; the units it says it works
    with (我们将联合X、Y共同推进, 我们联合X和Y推进) and those said to give support help, in the order named."""
    units = _units(_INTERVIEW)
    assert units["全年新建中小学和幼儿园5所"] == (("县教育局",), ("县住建局", "县自然资源和规划局", "东城街道"))
    assert units["我们将新建智慧教室120间"] == (("县教育局",), ("县数据局", "中国电信临川分公司"))
    assert units["今年新组建城乡教育共同体8个"] == (("县教育局",), ("县委组织部", "县财政局"))


def test_a_partner_named_doing_its_own_part_is_no_subject_of_the_answer() -> None:
    """…我们联合县卫生健康局、县妇联推进,县卫生健康局负责托育机构备案: the office named as a partner, then given a part
    of its own, still helps; the answer's targets stay the speaker's."""
    units = _units(_INTERVIEW)
    assert units["今年新增托班学位300个"] == (("县教育局",), ("县卫生健康局", "县妇联"))


def test_words_before_a_helper_are_no_part_of_its_name() -> None:
    """招生入学管理需要各乡镇人民政府参与: the work it joins is said before 需要, the places help; 这两个部门 points back
    to units named before and names none."""
    units = _units(_INTERVIEW)
    assert units["小学平均班额控制在40人以内"] == (("县教育局",), ("县发展改革局", "各乡镇人民政府"))
    assert all("这两个部门" not in support for _, support in units.values())


def test_one_speaker_answering_once_is_no_way_of_the_document() -> None:
    """A bureau head quoted once (县教育局局长:…) may be chance: its text is read as before, no unit of its own."""
    text = "县教育局局长：今年新建中小学2所，新增学位900个。\n"
    assert _units(text)["今年新建中小学2所"] == ((), ())


# --- units lists ------------------------------------------------------------------------------------------------


def test_a_places_state_owned_enterprises_are_a_unit() -> None:
    """区属国企 is the place's state-owned enterprises together, a unit of a list (区属国企、区自然资源分局: two)."""
    assert looks_like_unit("区属国企")
    assert split_units("区属国企、区自然资源分局") == ["区属国企", "区自然资源分局"]


def test_a_telecom_company_joined_by_he_is_a_unit_of_its_own() -> None:
    """县数据局和中国电信临川分公司: two units; 县自然资源和规划局 stays one."""
    assert split_units("县数据局和中国电信临川分公司") == ["县数据局", "中国电信临川分公司"]
    assert split_units("县自然资源和规划局") == ["县自然资源和规划局"]


# --- a heading's work given by its words in a clause after it ---------------------------------------------------


def test_a_clause_naming_a_heading_by_its_words_gives_it_its_units() -> None:
    """(三)全县总体目标由X牵头负责,Y、Z配合做好统筹调度;各乡镇目标任务由…对照落实: the heading 一、全县总体目标 is
    answered for by X, Y and Z helping; the clause on the townships names no unit that leads, and their rows keep
    their own."""
    text = (
        "关于下达2026年度乡村振兴目标任务的通知\n\n"
        "一、全县总体目标\n\n"
        "全县粮食播种面积稳定在52万亩以上，新建高标准农田5.2万亩。\n\n"
        "二、各乡镇目标任务\n\n"
        "城关镇:粮食播种面积稳定在4.2万亩以上;\n\n"
        "石桥镇:新建高标准农田1.2万亩。\n\n"
        "三、有关要求\n\n"
        "(一)各乡镇要把目标任务逐项细化分解到村。\n\n"
        "(二)全县总体目标由县农业农村局牵头负责，县财政局、县统计局配合做好统筹调度和数据核定;"
        "各乡镇目标任务由乡镇党委、政府对照落实，乡镇主要负责人为第一责任人。\n"
    )
    units = _units(text)
    assert units["新建高标准农田5.2万亩"] == (("县农业农村局",), ("县财政局", "县统计局"))
    assert units["全县粮食播种面积稳定在52万亩以上"] == (("县农业农村局",), ("县财政局", "县统计局"))
    assert units["新建高标准农田1.2万亩"] == (("石桥镇",), ())


# --- a pact's table: a note gives its columns their roles ---------------------------------------------------------

_PACT = (
    "岚川县2025年度目标管理责任书\n\n"
    "甲方：岚川县人民政府\n"
    "乙方：岚川县住房和城乡建设局（以下简称县住建局）\n\n"
    "一、目标任务\n\n"
    "乙方对下表所列目标任务负总责。\n\n"
    "序号 | 类别 | 2025年目标任务 | 责任分工 | 完成时限\n"
    "1 | 老旧小区 | 新开工改造城镇老旧小区28个 | 县财政局、各街道办事处 | 12月底\n"
    "2 | 市政道路 | 新建改造城市道路9条 | 县交通运输局 | 12月底\n\n"
    "注：表中各项目标任务均由县住建局牵头落实；“责任分工”栏所列单位为配合单位，按职责协同推进。\n"
)


def test_a_note_saying_a_column_lists_helpers_makes_its_units_help() -> None:
    """“责任分工”栏所列单位为配合单位: the column's units help; the party bound by the pact leads, by the short name the
    pact gives it (乙方:岚川县住房和城乡建设局(以下简称县住建局))."""
    units = _units(_PACT, year=2025)
    assert units["新开工改造城镇老旧小区28个"] == (("县住建局",), ("县财政局", "各街道办事处"))
    assert units["新建改造城市道路9条"] == (("县住建局",), ("县交通运输局",))


def test_without_the_note_the_column_names_no_helpers() -> None:
    """The same table with no note: 责任分工 is no column of units by its header, and the party leads alone."""
    units = _units(_PACT.split("注：")[0], year=2025)
    assert units["新建改造城市道路9条"] == (("县住建局",), ())


def test_a_short_name_given_after_a_units_full_name_is_its_name() -> None:
    """X(以下简称Y): Y where Y is a unit's name; a party's alias (以下简称甲方) leaves the full name."""
    assert split_units("岚川县住房和城乡建设局（以下简称县住建局）") == ["县住建局"]
    assert split_units("岚川县人民政府（以下简称甲方）") == ["岚川县人民政府"]


# --- the plan's parts given out by their ordinals -----------------------------------------------------------------


def test_parts_given_by_their_ordinals_in_a_closing_sentence() -> None:
    """以上工作中,第一部分由X负责,Y协同推进;第二部分由…: each heading 一、二、 so numbered takes its units."""
    text = (
        "青川县水利局2025年工作要点\n\n"
        "一、全力保障防洪安全\n\n"
        "汛前完成全县48座小型水库安全鉴定，新建山洪灾害监测预警站点25处以上。\n\n"
        "二、提升城乡供水保障水平\n\n"
        "新建改造供水管网86公里，农村自来水普及率达到97.5%。\n\n"
        "以上工作中，第一部分由局水旱灾害防御股负责，县应急管理局协同推进；"
        "第二部分由局农村水利水电股负责，县城乡供水有限公司协同推进。\n"
    )
    units = _units(text, year=2025)
    assert units["新建山洪灾害监测预警站点25处以上"] == (("局水旱灾害防御股",), ("县应急管理局",))
    assert units["新建改造供水管网86公里"] == (("局农村水利水电股",), ("县城乡供水有限公司",))


# --- a meeting's minutes --------------------------------------------------------------------------------------------


def test_minutes_saying_a_unit_is_to_lead_with_helpers_after_it() -> None:
    """会议要求,X要牵头,Y、Z配合,…: X leads the paragraph's targets up to the next unit named, Y and Z help; a unit
    said to do its own part after that (Y要统筹…) answers for its own."""
    text = (
        "桐川县专题会议纪要\n\n"
        "一、关于文旅消费\n\n"
        "会议要求，县文化广电体育和旅游局要牵头，县商务局、各景区管理单位配合，全年接待游客突破680万人次，"
        "旅游总收入增长15%。县商务局要统筹用好各类促消费资金，全年社会消费品零售总额增长6.5%左右。\n\n"
        "二、关于营商环境\n\n"
        "会议要求，县行政审批局要牵头，县直各部门配合，企业开办全流程办理时间压缩在1个工作日以内。\n"
    )
    units = _units(text, year=2025)
    assert units["全年接待游客突破680万人次"] == (("县文化广电体育和旅游局",), ("县商务局", "各景区管理单位"))
    assert units["全年社会消费品零售总额增长6.5%左右"] == (("县商务局",), ())
    assert units["企业开办全流程办理时间压缩在1个工作日以内"] == (("县行政审批局",), ("县直各部门",))


# --- a small table of units alone under each item -----------------------------------------------------------------


def test_a_table_of_units_alone_under_an_item_gives_the_item_its_units() -> None:
    """| 牵头单位 | 配合单位 | over | X | Y | right under an item: the item's labelled units laid out in cells; a line
    going on with its first cell blank (|  | 各乡镇人民政府 |) adds to the column above it."""
    text = (
        "一、主要指标\n\n"
        "1.规模以上工业增加值增长8%以上。\n"
        "| 牵头单位 | 配合单位 |\n"
        "| 县工信局 | 县统计局 |\n\n"
        "2.新增规模以上工业企业25家。\n"
        "| 牵头单位 | 配合单位 |\n"
        "| 县工信局 | 县统计局 |\n"
        "|  | 各乡镇人民政府 |\n"
    )
    units = _units(text, year=2024)
    assert units["规模以上工业增加值增长8%以上"] == (("县工信局",), ("县统计局",))
    assert units["新增规模以上工业企业25家"] == (("县工信局",), ("县统计局", "各乡镇人民政府"))


def test_the_table_is_given_back_as_the_text_writes_it() -> None:
    """The labelled line stands in for the table only while reading: every character read has its place in the text,
    so quotes are the text's own."""
    from planengine.draft.unit_tables import labelled_unit_tables

    text = "1.新建道路9条。\n| 牵头单位 | 配合单位 |\n| 县住建局 | 县财政局 |\n"
    labelled = labelled_unit_tables(text)
    assert labelled is not None
    read, positions = labelled
    assert read == "1.新建道路9条。\n牵头单位:县住建局;配合单位:县财政局\n"
    assert len(positions) == len(read)
    assert all(text[p] == c for p, c in zip(positions, read) if c not in ":;、")


def test_a_longer_table_is_read_as_a_table() -> None:
    """A header of labels over several rows each naming a task is a table of its own, not one item's units."""
    from planengine.draft.unit_tables import labelled_unit_tables

    text = "| 牵头单位 | 配合单位 |\n| 县工信局 | 县统计局 |\n| 县科技局 | 县财政局 |\n"
    assert labelled_unit_tables(text) is None


# --- an office guiding the work helps -------------------------------------------------------------------------------


def test_an_office_said_to_guide_after_the_lead_helps() -> None:
    """由各区人民政府负责实施,市城管局统筹指导,市住建局配合: the districts lead, the office guiding helps as the one said
    to 配合 does; 市住建局会同市城管局加强指导 after the lead: both help."""
    from planengine.draft.responsibility import parse_responsibility

    assert parse_responsibility("由各区人民政府负责实施,市城管局统筹指导,市住建局配合") == Responsibility(
        ("各区人民政府",), ("市城管局", "市住建局")
    )
    assert parse_responsibility("由各区人民政府负责,市住建局会同市城管局加强指导") == Responsibility(
        ("各区人民政府",), ("市住建局", "市城管局")
    )


_REPLY = (
    "青川市城市管理局关于市人大代表建议的答复\n\n"
    "(一)整治背街小巷。背街小巷改造由各区人民政府负责实施，市城管局统筹指导，市住建局配合。"
    "2026年计划改造背街小巷60条左右，新铺设透水铺装3.5万平方米。\n\n"
    "(二)规范小区停车。老旧小区内部停车秩序整治由各区人民政府负责，市住建局会同市城管局加强指导。"
    "年底前完成老旧小区停车秩序整治100个，新增小区内部泊位2000个左右。\n\n"
    "此外，关于充电设施配建问题，我们已商市发展和改革委员会。全市公共充电桩建设由市发改委牵头，市供电公司配合，"
    "2026年新增公共充电桩400个。\n"
)


def test_a_statement_whose_guiding_office_works_with_another_is_read_whole() -> None:
    """…由各区人民政府负责,市住建局会同市城管局加强指导。: no subject of the text after it; the districts lead the
    paragraph's targets, both offices help."""
    units = _units(_REPLY)
    assert units["计划改造背街小巷60条左右"] == (("各区人民政府",), ("市城管局", "市住建局"))
    assert units["年底前完成老旧小区停车秩序整治100个"] == (("各区人民政府",), ("市住建局", "市城管局"))


def test_a_later_paragraph_opening_with_its_own_statement_is_its_own() -> None:
    """A paragraph after the item's statement whose sentence opens giving its work out (…建设由市发改委牵头,…,2026年
    新增…): that sentence's units answer for its targets, not the item's."""
    assert _units(_REPLY)["新增公共充电桩400个"] == (("市发改委",), ("市供电公司",))


# --- an annex row naming several topics ---------------------------------------------------------------------------


def test_an_annex_row_listing_several_topics_answers_for_each() -> None:
    """序号 | 重点工作 | 牵头单位 | 配合单位 with 社会消费品零售总额增长目标;促消费活动;新增限额以上商贸企业: each topic the
    cell lists, not only the first, names targets of the body the row answers for."""
    text = (
        "岚川县2026年政府工作报告\n\n"
        "一、2026年工作安排\n\n"
        "(一)坚持工业强县。全年新增规模以上工业企业25家，工业技改投资增长12%以上。\n\n"
        "(二)扩大有效需求。实施县级重点项目160个，年度计划投资230亿元。举办促消费活动不少于50场，"
        "新增限额以上商贸企业40家。\n\n"
        "附件\n\n"
        "2026年重点工作责任分工\n\n"
        "序号 | 重点工作 | 牵头领导 | 牵头单位 | 配合单位 |\n"
        "1 | 规模以上工业增加值增长目标;新增规模以上工业企业;工业技改投资 | 周建国 | 县工业和信息化局 | 县统计局 |\n"
        "2 | 固定资产投资增长目标;县级重点项目及年度计划投资 | 周建国 | 县发展和改革局 | 县住房和城乡建设局 |\n"
        "3 | 社会消费品零售总额增长目标;促消费活动;新增限额以上商贸企业 | 刘晓梅 | 县商务局 | 县统计局 |\n"
    )
    units = _units(text)
    assert units["实施县级重点项目160个"] == (("县发展和改革局",), ("县住房和城乡建设局",))
    assert units["举办促消费活动不少于50场"] == (("县商务局",), ("县统计局",))
    assert units["全年新增规模以上工业企业25家"] == (("县工业和信息化局",), ("县统计局",))


# --- a press conference: speakers on lines of their own -----------------------------------------------------------

_CONFERENCE = (
    "穆川市2026年系列新闻发布会实录\n\n"
    "主持人林岚:\n\n"
    "各位记者朋友,大家上午好!\n\n"
    "穆川日报记者:\n\n"
    "今年工业领域有哪些具体目标?\n\n"
    "市工业和信息化局局长许文涛:\n\n"
    "今年全市规模以上工业增加值增长7%以上。\n\n数字基础设施方面,今年新建5G基站1500个,这项工作由我们和"
    "市通信发展管理办公室、各基础电信企业共同推进。\n\n"
    "新华社记者:\n\n"
    "城市更新有哪些安排?\n\n"
    "市住建局局长邓凯:\n\n"
    "今年计划改造城镇老旧小区180个。完成这些任务,需要市发改委、市财政局和各区(县)人民政府大力配合。\n"
)


def test_a_speaker_named_on_a_line_of_its_own_answers_for_the_paragraphs_under_it() -> None:
    """市住建局局长邓凯: on its own line, speakers answering in turn: the office leads each paragraph under the line up to
    the next journalist's or speaker's line; those a paragraph says it works with, or needs to help, help with that
    paragraph's targets; 完成这些任务 points back to them and is no target."""
    units = _units(_CONFERENCE)
    assert "完成这些任务" not in units
    assert units["今年全市规模以上工业增加值增长7%以上"] == (("市工业和信息化局",), ())
    assert units["今年新建5G基站1500个"] == (("市工业和信息化局",), ("市通信发展管理办公室", "各基础电信企业"))
    assert units["今年计划改造城镇老旧小区180个"] == (("市住建局",), ("市发改委", "市财政局", "各区(县)人民政府"))


def test_one_speakers_line_is_no_conference() -> None:
    """A single line naming a bureau's head over a paragraph may be chance: nothing is given by it."""
    text = "通知\n\n县教育局局长王强:\n\n今年新建中小学2所。\n"
    assert _units(text)["今年新建中小学2所"] == ((), ())


# --- a speech: duties of helping after the lead's targets ---------------------------------------------------------


def test_units_said_to_help_after_the_leads_targets_help_with_them() -> None:
    """X要牵头…,<targets>;Y、Z要全力配合,做好…: Y and Z help with X's targets, no subjects of their own; a unit said
    to help in a sentence of its own after them (。W要配合做好…。) helps too, in the order named."""
    text = (
        "在全县经济工作会议上的讲话\n\n"
        "(一)坚定不移抓工业。县工信局要牵头实施新一轮“工业倍增”行动,全年新增规上工业企业20家以上,"
        "规上工业增加值增长9%;县自然资源局、县供电公司要全力配合,做好用地用能保障。\n\n"
        "(二)千方百计抓项目。县发展改革局要牵头抓好重大项目建设,全年实施县级重点项目150个;"
        "县财政局、县自然资源局要主动参与,提前做好资金和要素保障。\n\n"
        "(三)提升医疗服务。县卫健局要推动家庭医生签约服务覆盖率达到45%左右。县医保局要配合做好签约服务费用保障。\n"
    )
    units = _units(text)
    assert units["全年新增规上工业企业20家以上"] == (("县工信局",), ("县自然资源局", "县供电公司"))
    assert units["全年实施县级重点项目150个"] == (("县发展改革局",), ("县财政局", "县自然资源局"))
    assert units["推动家庭医生签约服务覆盖率达到45%左右"] == (("县卫健局",), ("县医保局",))
    assert not any(quote.startswith("县医保局") for quote in units)  # (a unit's help, no target)


# --- a unit's paragraph opening with whom it works with -----------------------------------------------------------


def test_a_sentence_only_naming_partners_helps_with_the_whole_paragraph() -> None:
    """五、规划建设局:会同生态环境分局、综合执法局共同推进。<targets>: a sentence saying only whom the unit works with
    names helpers of the whole paragraph; one saying what they do together (会同市教育局将…纳入…) its own sentence's."""
    text = (
        "开发区2024年目标任务\n\n"
        "一、规划建设局：会同生态环境分局、综合执法局共同推进。新开工建设标准厂房30万平方米；新建改造雨污管网25公里。\n\n"
        "二、市民政局：会同市教育局将困境儿童纳入教育关爱服务范围，做到应助尽助。年内新建示范性“儿童之家”40个。\n"
    )
    units = _units(text, year=2024)
    assert units["新开工建设标准厂房30万平方米"] == (("规划建设局",), ("生态环境分局", "综合执法局"))
    assert units["新建改造雨污管网25公里"] == (("规划建设局",), ("生态环境分局", "综合执法局"))
    assert units["年内新建示范性“儿童之家”40个"] == (("市民政局",), ())


# --- what these rules must not take (a review's cases) ------------------------------------------------------------


def test_units_to_guide_as_their_own_work_stay_subjects() -> None:
    """县教育局要加强指导,全年新增…: a unit's own sentence opening with guiding, its figures after, is its own."""
    text = (
        "(一)教育。县教育局要加强指导,全年新增公办学位2000个。(二)农业。县农业农村局要统筹指导,全年新建高标准农田2万亩。"
        "(三)交通。县交通运输局要加快建设,新改建农村公路120公里。\n"
    )
    units = _units(text)
    assert units["全年新增公办学位2000个"][0] == ("县教育局",)
    assert units["新改建农村公路120公里"][0] == ("县交通运输局",)


def test_state_firms_are_a_unit_only_as_a_places_own() -> None:
    """区属国企 and 市属各重点国企 are units; 深化国企, 各类国企 and 积极引导国企 are no names of units."""
    assert looks_like_unit("区属国企") and looks_like_unit("市属各重点国企")
    assert not any(looks_like_unit(name) for name in ("深化国企", "各类国企", "积极引导国企"))


def test_a_short_name_given_to_the_last_unit_of_a_pair_keeps_the_first() -> None:
    """县财政局和岚溪县城市建设投资有限公司(以下简称县城投公司)配合: both help, the second by its short name."""
    from planengine.draft.responsibility import parse_responsibility

    answer = parse_responsibility("县住建局牵头，县财政局和岚溪县城市建设投资有限公司（以下简称县城投公司）配合")
    assert answer.lead == ("县住建局",)
    assert answer.support == ("县财政局", "县城投公司")


def test_a_note_on_some_of_a_column_makes_no_column_of_helpers() -> None:
    """“责任单位”栏中除第一个单位外均为配合单位 speaks of some of the column: no column of helpers is read from it."""
    from planengine.draft.structure import helper_column_notes

    assert helper_column_notes("注：“责任单位”栏中除第一个单位外均为配合单位。") == frozenset()
    assert helper_column_notes("注：“责任分工”栏所列单位为配合单位。") == frozenset({"责任分工"})


def test_parts_of_a_form_are_no_parts_of_the_plan() -> None:
    """统计月报分为两部分,第一部分由…,第二部分由…: a form's parts, not the headings 一、二、 numbered so."""
    text = (
        "岚川县2026年统计工作要点\n\n"
        "一、夯实统计基础\n\n"
        "全年新增规上企业入库30家。\n\n"
        "二、提升数据质量\n\n"
        "数据差错率控制在1%以内。\n\n"
        "三、报送要求\n\n"
        "统计月报分为两部分，第一部分由各乡镇人民政府负责，第二部分由县统计局负责。\n"
    )
    units = _units(text)
    assert units["全年新增规上企业入库30家"][0] != ("各乡镇人民政府",)


def test_labels_under_a_tables_first_header_line_are_no_items_units() -> None:
    """| 序号 | 任务 | over | 牵头单位 | 配合单位 |: a header of two lines, read as a table, not rewritten as a units line."""
    from planengine.draft.unit_tables import labelled_unit_tables

    assert labelled_unit_tables("| 序号 | 任务 |\n| 牵头单位 | 配合单位 |\n| 县工信局 | 县统计局 |\n") is None


def test_many_tables_of_units_are_read_in_linear_time() -> None:
    """Each table is read from its own lines (no rescan of the text before it): the result is the same however many."""
    from planengine.draft.unit_tables import labelled_unit_tables

    one = "1.新增企业25家。\n| 牵头单位 | 配合单位 |\n| 县工信局 | 县统计局 |\n\n"
    labelled = labelled_unit_tables(one * 400)
    assert labelled is not None
    assert labelled[0] == "1.新增企业25家。\n牵头单位:县工信局;配合单位:县统计局\n\n" * 400


# --- a table of caps ----------------------------------------------------------------------------------------------


def test_a_column_of_caps_gives_ceilings_in_its_measure() -> None:
    """事故起数控制数(起) | 死亡人数控制数(人): each figure is the most allowed, in the measure its header names (起 is
    one, as 人 is); the row's units answer for it."""
    text = (
        "桦川县2026年度生产安全事故控制指标\n\n"
        "表2 重点行业领域生产安全事故控制指标\n\n"
        "序号 | 行业领域 | 事故起数控制数(起) | 死亡人数控制数(人) | 监管责任单位 | 配合单位\n"
        "1 | 道路交通 | 9 | 6 | 县公安局交通管理大队 | 县交通运输局\n"
        "2 | 水上交通 | 1 | 1 | 县交通运输局 | 县水利局\n"
    )
    targets = draft_spec(text, year=2026).targets
    caps = [(t.lead, t.support) for t in targets if t.kind == "ceiling"]
    assert len(caps) == 4
    assert caps[0] == (("县公安局交通管理大队",), ("县交通运输局",))
    assert all(t.comparator == "<=" for t in targets if t.kind == "ceiling")
