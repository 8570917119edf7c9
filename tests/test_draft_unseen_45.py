"""Shapes of plans the forty-fifth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec


def _units(text: str, year: int = 2026) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=year).targets}


# --- targets given out to places, a closing sentence naming the departments that help them all ------------------

_PLACES_CLOSING = (
    "云岭县2026年各乡镇主要目标任务分解\n\n"
    "各乡镇2026年主要目标任务如下。\n\n"
    "城关镇：地区生产总值增长6.5%，固定资产投资完成28亿元；新增规模以上服务业企业6家。\n\n"
    "河口镇：规模以上工业增加值增长9%，新增规模以上工业企业5家。\n\n"
    "青峰乡：茶园面积稳定在3.5万亩左右，新增省级以上农业品牌2个。\n\n"
    "以上目标由各乡镇人民政府、街道办事处负责组织实施，县发展和改革局、县统计局配合，按职责做好业务指导和季度调度。\n"
)


def test_a_closing_giving_the_places_their_targets_names_helpers_for_every_place() -> None:
    """以上目标由各乡镇人民政府、街道办事处负责组织实施,X、Y配合 after a paragraph per place: each place still leads
    its own paragraph's targets, and the departments named help with all of them, not only the last place's."""
    units = _units(_PLACES_CLOSING)
    helpers = ("县发展和改革局", "县统计局")
    assert units["地区生产总值增长6.5%"] == (("城关镇",), helpers)
    assert units["新增规模以上工业企业5家"] == (("河口镇",), helpers)
    assert units["新增省级以上农业品牌2个"] == (("青峰乡",), helpers)


def test_a_closing_giving_the_places_their_targets_without_helpers_changes_no_unit() -> None:
    """The same closing naming no helper (以上目标由各乡镇负责落实。) leaves each place leading its own targets."""
    text = _PLACES_CLOSING.replace(
        "以上目标由各乡镇人民政府、街道办事处负责组织实施，县发展和改革局、县统计局配合，按职责做好业务指导和季度调度。",
        "以上目标由各乡镇负责落实。",
    )
    units = _units(text)
    assert units["地区生产总值增长6.5%"] == (("城关镇",), ())
    assert units["新增省级以上农业品牌2个"] == (("青峰乡",), ())


# --- a task table with a deadline column: the row's figure is a deliverable due by it -----------------------------

_PLOTS = (
    "泓州市2024年闲置土地处置工作方案\n\n"
    "（一）临江区\n\n"
    "序号 | 地块名称 | 处置方式 | 处置任务(亩) | 完成时限 | 责任单位 |\n"
    "1 | 临江路北侧商住地块 | 组织供应 | 42.6 | 2024年6月底前 | 临江区人民政府 |\n"
    "2 | 滨江物流园二期地块 | 协议收回 | 35.0 | 2024年9月30日前 | 临江区人民政府 |\n"
    "3 | 东塘工业集中区地块 | 督促开工 | 28.3 | 2024年 | 临江区人民政府 |\n"
)


def test_a_rows_bare_figure_due_by_its_deadline_cell_is_a_milestone() -> None:
    """地块 | 处置方式 | 处置任务(亩) | 完成时限 with 42.6 | 2024年6月底前: the plot's figure is what is to be done by
    the deadline, a dated deliverable (the rule book's 3月底前新建成2家); a cell naming only the year dates nothing."""
    targets = {t.value: t for t in draft_spec(_PLOTS, year=2024).targets}
    first, second, third = targets[Decimal("42.6")], targets[Decimal("35.0")], targets[Decimal("28.3")]
    assert (first.kind, first.unit, first.lead) == ("milestone", "亩", ("临江区人民政府",))
    assert "6月底前" in first.note
    assert second.kind == "milestone" and "9月30日前" in second.note
    assert third.kind == "amount"


def test_a_rate_due_by_a_deadline_cell_stays_a_rate() -> None:
    """指标 | 目标值(%) | 完成时限 with 95 | 2024年12月底前: a share to reach by the year's end is no deliverable."""
    text = (
        "某县2024年医保工作目标\n\n"
        "序号 | 指标 | 目标值(%) | 完成时限 | 责任单位 |\n"
        "1 | 基本医保参保率 | 95 | 2024年12月底前 | 县医保局 |\n"
    )
    (target,) = draft_spec(text, year=2024).targets
    assert target.kind != "milestone"


# --- energy: tonnes of standard coal as a column's measure, and what a means achieves ----------------------------


def test_a_column_measured_in_tonnes_of_standard_coal_gives_its_figures_that_measure() -> None:
    """能耗总量控制目标(万吨标准煤) | 节能量目标(吨标准煤): the columns' figures are tonnes (ten thousands of them in the
    first), the first a cap (控制目标), the second an amount."""
    text = (
        "澜江区2026年重点用能单位节能目标\n\n"
        "序号 | 企业名称 | 所在街道 | 2026年能耗总量控制目标(万吨标准煤) | 节能量目标(吨标准煤) | 责任单位\n"
        "1 | 澜江钢铁集团有限公司 | 临江街道 | 86.5 | 12000 | 临江街道办事处、区工业和信息化局\n"
    )
    cap, saving = draft_spec(text, year=2026).targets
    assert (cap.kind, cap.comparator, cap.value, cap.unit) == ("ceiling", "<=", Decimal("865000"), "吨")
    assert (saving.kind, saving.value, saving.unit) == ("amount", Decimal("12000"), "吨")
    assert saving.lead == ("临江街道办事处", "区工业和信息化局")


def test_what_a_means_achieves_is_a_target() -> None:
    """通过节能技改实现节能量2万吨标准煤左右: 通过… names the means, 实现… what it achieves, with its figure."""
    text = "澜江区节能方案\n\n一、工业节能。通过节能技改实现节能量2万吨标准煤左右。\n"
    (target,) = draft_spec(text, year=2026).targets
    assert (target.kind, target.comparator, target.value) == ("approximate", "approx", Decimal("20000"))


# --- a speech handing work to its offices ---------------------------------------------------------------------------

_SPEECH = (
    "在全县教育工作会议上的讲话\n\n"
    "一、2026年重点任务\n\n"
    "（三）提升普通高中办学质量。这一块由教育股、教研室共同负责。今年高中阶段毛入学率要达到95%以上。"
    "教研室要加强高三复习备考指导，每学期组织全县统考不少于2次。\n\n"
    "（四）加快职业教育提质培优。督导室要牵头开展评价，6月底前完成对12个乡镇的评价工作。\n\n"
    "（五）持续改善办学条件。基建股要牵头，计财股配合，统筹推进学校建设项目。全年实施校舍改造项目15个。\n"
)


def test_a_helper_said_without_a_modal_after_a_lead_said_with_one_helps() -> None:
    """基建股要牵头,计财股配合,统筹推进…: the office said to lead leads, the one said to 配合 helps (no 要 before it),
    and what is to be done after them names no unit."""
    assert _units(_SPEECH)["全年实施校舍改造项目15个"] == (("基建股",), ("计财股",))


def test_one_of_the_leads_named_together_answers_alone_for_its_own_sentence() -> None:
    """这一块由教育股、教研室共同负责。…。教研室要加强…,每学期组织全县统考不少于2次: both lead the paragraph, and the
    sentence naming one of them as its subject is that one's alone."""
    units = _units(_SPEECH)
    assert units["今年高中阶段毛入学率要达到95%以上"] == (("教育股", "教研室"), ())
    assert units["每学期组织全县统考不少于2次"] == (("教研室",), ())


# --- a unit with its helpers in brackets right after its name --------------------------------------------------------


def test_a_unit_opening_its_clause_before_a_bracket_of_helpers_leads() -> None:
    """县应急管理局(县水利局、各乡镇人民政府配合)于3月31日前完成…: the bracket names only helpers, and the unit whose name
    it follows leads what they help with."""
    text = (
        "禾川县2026年防汛防台减灾工作方案\n\n三、主要任务\n\n"
        "1.修订完善预案。县应急管理局（县水利局、各乡镇人民政府配合）于3月31日前完成应急预案修订，"
        "村级防汛防台形势图更新率达到100%。\n\n"
        "2.地质灾害防治。县自然资源局(县住建局协助)6月底前完成地质灾害隐患点搬迁避让25户。\n"
    )
    units = _units(text)
    assert units["村级防汛防台形势图更新率达到100%"] == (("县应急管理局",), ("县水利局", "各乡镇人民政府"))
    assert units["6月底前完成地质灾害隐患点搬迁避让25户"] == (("县自然资源局",), ("县住建局",))


def test_a_bracket_of_helpers_after_a_target_names_no_lead() -> None:
    """…完成应急预案修订(县水利局配合): the words before the bracket are a target, no unit: nobody is made its lead."""
    text = "禾川县2026年防汛工作方案\n\n一、主要任务\n\n1.修订预案。3月31日前完成应急预案修订(县水利局配合)。\n"
    assert _units(text)["3月31日前完成应急预案修订"][0] == ()


# --- units listing the items they answer for by number --------------------------------------------------------------

_UNIT_LINES = (
    "桐溪县2026年美丽乡村建设工作方案\n\n一、目标任务\n\n"
    "1.示范创建。创建省级美丽乡村示范村4个。\n\n"
    "2.垃圾治理。农村生活垃圾无害化处理率保持100%。\n\n"
    "3.厕所革命。新改建农村户用卫生厕所3000户。\n\n"
    "4.乡村旅游。新培育农家乐经营户50家。\n\n"
    "二、职责分工\n\n"
    "县农业农村局：负责第1、4项，配合做好第3项；\n"
    "县综合行政执法局：负责第2项；\n"
    "县住建局、县卫生健康局：负责第3项，县卫生健康局同时配合做好第4项；\n"
    "各乡镇人民政府：配合落实第1—2项及第4项。\n"
)


def test_lines_of_units_naming_their_items_by_number_answer_for_the_items() -> None:
    """县农业农村局:负责第1、4项,配合做好第3项; …: each numbered item is led by the units whose line says 负责 it and
    helped by those saying 配合 (a range 第1—2项 and a second list 及第4项 included); a clause naming one of its line's
    units (县卫生健康局同时配合做好第4项) is that unit's alone."""
    units = _units(_UNIT_LINES)
    assert units["创建省级美丽乡村示范村4个"] == (("县农业农村局",), ("各乡镇人民政府",))
    assert units["农村生活垃圾无害化处理率保持100%"] == (("县综合行政执法局",), ("各乡镇人民政府",))
    assert units["新改建农村户用卫生厕所3000户"] == (("县住建局", "县卫生健康局"), ("县农业农村局",))
    assert units["新培育农家乐经营户50家"] == (("县农业农村局",), ("县卫生健康局", "各乡镇人民政府"))


# --- a note giving a table's rows in turn to the places' governments, with helpers ---------------------------------

_WATER = (
    "沅川市节水行动方案\n\n"
    "县市区 | 用水总量控制目标(亿立方米) | 农田灌溉水有效利用系数 |\n"
    "沅北区 | 1.05 | 0.570 |\n"
    "青溪县 | 2.36 | 0.585 |\n"
    "沅川高新区 | 0.48 | — |\n\n"
    "注：表中各行指标依次由沅北区人民政府、青溪县人民政府、沅川高新区管委会牵头负责，市水利局、市发展改革委配合。\n"
)


def test_a_note_giving_the_rows_in_turn_names_each_rows_lead_and_the_helpers_of_all() -> None:
    """注:表中各行指标依次由沅北区人民政府、青溪县人民政府…牵头负责,市水利局、市发展改革委配合: each row's lead is the unit
    named for its place (沅北区 → 沅北区人民政府, 沅川高新区 → 沅川高新区管委会), the helpers help with every row."""
    targets = draft_spec(_WATER, year=2026).targets
    helpers = ("市水利局", "市发展改革委")
    by_value = {t.value: (t.lead, t.support) for t in targets}
    assert by_value[Decimal("105000000")] == (("沅北区人民政府",), helpers)
    assert by_value[Decimal("236000000")] == (("青溪县人民政府",), helpers)
    assert by_value[Decimal("48000000")] == (("沅川高新区管委会",), helpers)


def test_a_column_of_a_coefficient_measured_in_nothing_gives_each_place_its_level() -> None:
    """农田灌溉水有效利用系数 | 0.570 beside a column measured in 亿立方米: each place's coefficient is a target of its
    own, a bare level (not in the other column's measure); a dash states nothing."""
    targets = draft_spec(_WATER, year=2026).targets
    coefficients = [t for t in targets if t.value in (Decimal("0.570"), Decimal("0.585"))]
    assert [(t.value, t.unit) for t in coefficients] == [(Decimal("0.570"), ""), (Decimal("0.585"), "")]
    assert len(targets) == 5


# --- a city's letter to its districts' bureaus, and the offices guiding its parts ----------------------------------

_LETTER = (
    "澜州市卫生健康委员会关于下达2026年度目标任务的通知\n\n"
    "一、提升医疗服务。各区卫生健康局要推行预约诊疗，预约诊疗率达到65%以上。\n\n"
    "二、深化公立医院综合改革。坚持公益性。各区卫生健康局要牵头推进区属公立医院改革（各区医疗保障局配合），"
    "全面落实院长负责制，公立医院资产负债率控制在50%以内。\n\n"
    "三、做好妇幼健康。各区卫生健康局和各区妇幼保健院要落实母婴安全制度，孕产妇系统管理率达到92%以上。\n\n"
    "四、明确指导分工。市卫生健康委医政医管处负责指导第一、二项；妇幼健康处负责指导第三项。\n"
)


def test_the_offices_of_one_trade_in_every_district_answer_for_what_they_are_told_to_do() -> None:
    """各区卫生健康局要…: the districts' bureaus of one trade, given its work, lead it (unlike 各区要…, the places
    addressed); so do two such collectives named together (各区卫生健康局和各区妇幼保健院要…)."""
    units = _units(_LETTER)
    assert units["预约诊疗率达到65%以上"][0] == ("各区卫生健康局",)
    assert units["孕产妇系统管理率达到92%以上"][0] == ("各区卫生健康局", "各区妇幼保健院")


def test_offices_guiding_parts_by_their_ordinals_help_with_those_parts() -> None:
    """市卫生健康委医政医管处负责指导第一、二项;妇幼健康处负责指导第三项: each office helps with every target of the parts
    its ordinals name, whoever leads them."""
    units = _units(_LETTER)
    assert units["预约诊疗率达到65%以上"][1] == ("市卫生健康委医政医管处",)
    assert units["孕产妇系统管理率达到92%以上"][1] == ("妇幼健康处",)


def test_a_subjects_sentence_goes_on_past_the_bracket_of_its_helpers() -> None:
    """各区卫生健康局要牵头推进…改革(各区医疗保障局配合),全面落实…,<target>: the bracket names the subject's helpers, and
    the targets after it in the same sentence are still the subject's."""
    assert _units(_LETTER)["公立医院资产负债率控制在50%以内"] == (
        ("各区卫生健康局",),
        ("各区医疗保障局", "市卫生健康委医政医管处"),
    )


# --- a unit opening its paragraph with the work it answers for ------------------------------------------------------

_PARAGRAPHS = (
    "青溪县2026年农村饮水安全保障工作实施方案\n\n二、主要任务\n\n"
    "（一）实施规模化供水工程建设。县水利局负责推进城乡供水一体化工程建设，全年新建规模化供水工程3处。"
    "东部片区水厂6月底前完成主体工程。到年底，全县农村自来水普及率达到92%。"
    "县发展改革局、县财政局要积极配合，做好项目审批和资金保障。\n\n"
    "（二）强化饮用水水源保护。县生态环境局负责农村饮用水水源地环境保护工作，9月底前完成12处水源保护区划定。"
    "县水利局、各乡镇人民政府要积极配合，设立水源保护标志。\n\n"
    "（三）发展乡村旅游。县农业农村局负责推动乡村旅游，新增农家乐30家。力争接待游客突破120万人次，"
    "这项工作由县文旅局牵头。\n"
)


def test_a_unit_opening_its_paragraph_answers_for_the_paragraph_up_to_another_unit() -> None:
    """县水利局负责推进…,全年新建…。东部片区水厂6月底前完成…。到年底,…92%。: the unit opening its paragraph with the work it
    answers for answers for every sentence after, up to the sentence naming another unit (…,这项工作由县文旅局牵头)."""
    units = _units(_PARAGRAPHS)
    helpers = ("县发展改革局", "县财政局")
    assert units["全年新建规模化供水工程3处"] == (("县水利局",), helpers)
    assert units["东部片区水厂6月底前完成主体工程"] == (("县水利局",), helpers)
    assert units["全县农村自来水普及率达到92%"] == (("县水利局",), helpers)
    assert units["新增农家乐30家"][0] == ("县农业农村局",)
    assert units["力争接待游客突破120万人次"][0] == ("县文旅局",)


def test_an_office_named_with_the_places_to_help_helps() -> None:
    """…。县水利局、各乡镇人民政府要积极配合,…: an office listed with the places, said to help, helps with what the unit
    before them answers for."""
    assert _units(_PARAGRAPHS)["9月底前完成12处水源保护区划定"] == (("县生态环境局",), ("县水利局", "各乡镇人民政府"))


# --- paragraphs opening with their office's tag ---------------------------------------------------------------------

_TAGGED = (
    "青岚县民政局2026年工作要点\n\n二、重点任务\n\n"
    "【社会救助股】加强低收入人口常态化救助帮扶。全年新纳入低收入人口动态监测对象1200户左右。配合：县财政局、县医保局。\n\n"
    "【养老服务股】推进养老服务体系建设。新增养老床位200张。\n"
)


def test_a_paragraph_opening_with_its_offices_tag_is_that_offices() -> None:
    """【社会救助股】…;【养老服务股】…: each tagged office leads its paragraph's targets, helped by those its paragraph names
    (配合:…), not by those of the next paragraph."""
    units = _units(_TAGGED)
    assert units["全年新纳入低收入人口动态监测对象1200户左右"] == (("社会救助股",), ("县财政局", "县医保局"))
    assert units["新增养老床位200张"] == (("养老服务股",), ())


def test_one_tag_alone_is_no_way_of_the_document() -> None:
    """A single 【…】 opening a paragraph may be a label: it names no lead."""
    text = "青岚县民政局2026年工作要点\n\n【社会救助股】全年新纳入低收入人口动态监测对象1200户左右。\n"
    units = _units(text)
    assert units and all(lead == () for lead, _ in units.values())


# --- a target sheet typed with dot leaders before each line's units -------------------------------------------------

_LEADERS = (
    "岚溪县2026年就业和社会保障工作目标任务分解表\n\n"
    "目标任务 ………………………………………… 责任单位\n\n"
    "一、就业创业\n\n"
    "1.城镇新增就业3200人以上 ……………………………………… 县人社局\n"
    "2.城镇登记失业率控制在3.5%以内 ……………………………… 县人社局、县统计局\n"
    "3.农村劳动力转移就业累计达到11.5万人 …… 县人社局(牵头),县农业农村局,各乡镇人民政府\n"
)


def test_units_after_a_run_of_leaders_answer_for_their_line() -> None:
    """1.城镇新增就业3200人以上 ………… 县人社局: the units after the leaders answer for the line's targets (one marked 牵头
    leads, the rest help), and neither the leaders nor the units are any quote's words."""
    targets = draft_spec(_LEADERS, year=2026).targets
    units = {t.quote: (t.lead, t.support) for t in targets}
    assert units["城镇新增就业3200人以上"] == (("县人社局",), ())
    assert units["城镇登记失业率控制在3.5%以内"] == (("县人社局", "县统计局"), ())
    assert units["农村劳动力转移就业累计达到11.5万人"] == (("县人社局",), ("县农业农村局", "各乡镇人民政府"))
    assert not any("…" in t.quote for t in targets)


# --- what this session's rules must not read (found by review) ------------------------------------------------------


def test_words_of_doing_before_a_bracket_of_helpers_name_no_lead() -> None:
    """积极争取省交通运输厅(县交通局配合)支持,…: what the clause does comes before the bracket, no unit leading it."""
    text = "某县方案\n\n一、交通。积极争取省交通运输厅（县交通局配合）支持，全年新建农村公路50公里。\n"
    assert _units(text)["全年新建农村公路50公里"][0] == ()


def test_a_places_closing_helps_the_places_not_an_office_of_another_chapter() -> None:
    """以上目标由各乡镇负责落实,县统计局配合 after the places' paragraphs: 县教育局's target in an earlier chapter keeps no
    helper."""
    text = (
        "某县方案\n\n一、教育\n\n新建幼儿园3所（县教育局负责）。\n\n二、各乡镇目标\n\n"
        "城关镇：新增就业500人。\n\n河口镇：新增就业300人。\n\n以上目标由各乡镇负责落实，县统计局配合。\n"
    )
    units = _units(text)
    assert units["新建幼儿园3所"] == (("县教育局",), ())
    assert units["新增就业300人"] == (("河口镇",), ("县统计局",))


def test_a_tag_naming_two_offices_names_both_and_each_stretch_keeps_its_own_helpers() -> None:
    """【县民政局、县财政局】…: both lead; 【社会救助股】…1200户(县财政局配合),…500人次(县医保局配合): each stretch its own
    helpers; the tag is no quote's words."""
    text = (
        "某局要点\n\n二、任务\n\n【县民政局、县财政局】新增养老床位200张。\n\n"
        "【社会救助股】新纳入监测对象1200户（县财政局配合），实施临时救助500人次（县医保局配合）。\n"
    )
    units = _units(text)
    assert units["新增养老床位200张"] == (("县民政局", "县财政局"), ())
    assert units["新纳入监测对象1200户"] == (("社会救助股",), ("县财政局",))
    assert units["实施临时救助500人次"] == (("社会救助股",), ("县医保局",))


def test_an_assessments_weight_column_is_no_target() -> None:
    """乡镇 | 财政收入目标(万元) | 分配系数: the weights of an assessment are no levels to reach."""
    text = "某县目标\n\n乡镇 | 财政收入目标(万元) | 分配系数\n城关镇 | 5000 | 1.2\n河口镇 | 3000 | 0.8\n"
    assert [t.value for t in draft_spec(text, year=2026).targets] == [Decimal("50000000"), Decimal("30000000")]


# --- a note giving each place's row to its own office, with helpers, and the whole's row in quotes ----------------


def test_a_note_giving_each_row_to_its_own_place_keeps_the_place_and_adds_the_helpers() -> None:
    """注:表中各街道任务由相应街道办事处牵头落实,责任人为街道党工委书记;区司法局、区信访局配合。“全区”行指标由区委政法委牵头,
    区网格化服务管理中心配合: each street leads its row (相应: its own), helped by the offices named; the whole's row (in
    quotes, 行) is the office's named for it."""
    text = (
        "鹭汀区2026年网格化治理任务\n\n"
        "街道 | 网格数(个) | 专职网格员(名) |\n"
        "云峰街道 | 58 | 58 |\n"
        "鹤鸣街道 | 52 | 54 |\n"
        "全区 | 110 | 112 |\n\n"
        "注:1.表中各街道任务由相应街道办事处牵头落实,责任人为街道党工委书记;区司法局、区信访局配合。"
        "2.“全区”行指标由区委政法委牵头,区网格化服务管理中心配合。\n"
    )
    by_row = {t.quote.split(" | ")[0]: (t.lead, t.support) for t in draft_spec(text, year=2026).targets}
    assert by_row["云峰街道"] == (("云峰街道",), ("区司法局", "区信访局"))
    assert by_row["鹤鸣街道"] == (("鹤鸣街道",), ("区司法局", "区信访局"))
    assert by_row["全区"] == (("区委政法委",), ("区网格化服务管理中心",))
