"""Shapes of plans the twenty-fourth session found in opened held-out sets: each test states the
general reading, on a text written for it."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec


def _drafted(text: str) -> list[tuple[str, Decimal | None, tuple[str, ...], tuple[str, ...]]]:
    return [(t.kind, t.value, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


def test_a_units_line_after_leads_named_by_sub_item_helps_every_sub_item() -> None:
    """牵头单位:第(1)项A,第(2)项B then 责任单位:C、D on the next line: each sub-item's own lead, and
    the line after names helpers of them all (it was dropped when the marks shared out the leads)."""
    text = (
        "一、重点任务\n"
        "1.完善农村基础设施。(1)新改建农村公路85公里;(2)农村自来水普及率达到93.5%。\n"
        "牵头单位:第(1)项县交通运输局,第(2)项县水务局\n"
        "责任单位:县财政局、县自然资源局\n"
        "完成时限:2026年12月底前\n"
    )
    assert _drafted(text) == [
        ("amount", Decimal("85"), ("县交通运输局",), ("县财政局", "县自然资源局")),
        ("ratio", Decimal("0.935"), ("县水务局",), ("县财政局", "县自然资源局")),
    ]


def test_a_sentence_of_a_unit_handling_the_item_closes_its_paragraph_without_by() -> None:
    """…达到100%。市社会保险事业中心具体承办,各县(市、区)人民政府负责本辖区扩面任务。: with no 由 the
    unit that handles the item still leads it, and the places answering for their own areas' shares help."""
    text = (
        "一、重点任务\n"
        "1.实施全民参保计划。企业职工基本养老保险参保人数净增1.2万人,社会保险基金监督检查覆盖率达到100%。"
        "市社会保险事业中心具体承办,各县(市、区)人民政府负责本辖区扩面任务。\n"
        "2.发展养老服务。新增家庭养老床位500张。市民政局具体承办。\n"
    )
    assert _drafted(text) == [
        ("count", Decimal("12000"), ("市社会保险事业中心",), ("各县(市、区)人民政府",)),
        ("ratio", Decimal("1"), ("市社会保险事业中心",), ("各县(市、区)人民政府",)),
        ("count", Decimal("500"), ("市民政局",), ()),
    ]


def test_places_answering_for_their_own_areas_help_the_unit_named_first() -> None:
    """市医保局负责,各区负责本辖区参保扩面: the unit said to answer leads; the places doing their own
    areas' parts help (so read whether the first unit 负责, 具体承办 or 具体承担)."""
    from planengine.draft.responsibility import parse_responsibility

    for verb in ("负责", "具体承办", "具体承担"):
        answer = parse_responsibility(f"市医保局{verb},各区人民政府负责本辖区参保扩面")
        assert (answer.lead, answer.support) == (("市医保局",), ("各区人民政府",))


def test_a_figure_kept_to_is_a_floor_and_the_one_striven_for_after_it_is_its_own() -> None:
    """地区生产总值保8%、争9%: 保 keeps to at least 8% (a floor of the growth), 争 strives for 9% as
    its own figure; 保 inside a word (确保, 参保, 医保) is no floor."""
    targets = draft_spec("一、主要目标\n地区生产总值保8%、争9%,规上工业增加值增长保7%。\n", year=2026).targets
    assert [(t.kind, t.comparator, t.value, t.strive) for t in targets] == [
        ("growth-rate", ">=", Decimal("0.08"), False),
        ("growth-rate", "=", Decimal("0.09"), True),
        ("growth-rate", ">=", Decimal("0.07"), False),
    ]
    kept = draft_spec("一、主要目标\n城乡居民医保参保率96%,确保增长8%。\n", year=2026).targets
    assert [t.comparator for t in kept] == ["=", "="]


_SUBJECTS_REPORT = (
    "一、民生实事\n"
    "(一)学有优教。2026年,区教育局将新建幼儿园4所,新增公办学位2160个。区住建局、区财政局配合做好项目建设和资金保障。\n"
    "(二)行有便捷。2026年,区交通运输局会同区公安分局交警大队,新辟公交线路8条,新增公共停车泊位2000个以上。\n"
    "(三)城有颜值。区城市管理局将新建口袋公园8个。以上项目的牵头单位为区城市管理局,区园林绿化中心、各街道配合。\n"
    "(四)食有放心。去年,区市场监督管理局完成食品安全快检2.3万批次。今年,区市场监督管理局将完成食品安全快检2.5万批次以上。\n"
    "(五)文体惠民。区文化体育和旅游局组织送戏进社区120场。\n"
)


def test_units_named_as_subjects_with_their_helpers_in_the_shapes_a_report_says_them() -> None:
    """A report naming bureaus as subjects: helpers in a sentence of their own with the part they see to
    (配合做好…保障), a unit working with a brigade (会同…交警大队,), a statement of the subject's own lead
    with its helpers after a comma (以上项目的牵头单位为X,Y配合), and a unit organising a counted thing
    (组织送戏…120场) each answer for their stretch; a stretch opening with 去年 reports and is no target."""
    assert _drafted(_SUBJECTS_REPORT) == [
        ("count", Decimal("4"), ("区教育局",), ("区住建局", "区财政局")),
        ("count", Decimal("2160"), ("区教育局",), ("区住建局", "区财政局")),
        ("count", Decimal("8"), ("区交通运输局",), ("区公安分局交警大队",)),
        ("count", Decimal("2000"), ("区交通运输局",), ("区公安分局交警大队",)),
        ("count", Decimal("8"), ("区城市管理局",), ("区园林绿化中心", "各街道")),
        ("count", Decimal("25000"), ("区市场监督管理局",), ()),
        ("count", Decimal("120"), ("区文化体育和旅游局",), ()),
    ]


def test_a_label_of_leads_whose_last_clause_names_helpers_by_their_verb() -> None:
    """牵头单位为X,Y、Z配合: X leads, Y and Z help (they were read as leads)."""
    from planengine.draft.responsibility import parse_responsibility

    answer = parse_responsibility("以上项目的牵头单位为区城市管理局,区园林绿化中心、各街道配合")
    assert (answer.lead, answer.support) == (("区城市管理局",), ("区园林绿化中心", "各街道"))
    answer = parse_responsibility("牵头单位:区城市管理局,区园林绿化中心")
    assert answer.lead == ("区城市管理局", "区园林绿化中心")


def test_sections_in_brackets_opening_items_lead_and_those_they_work_with_help() -> None:
    """【投资科牵头,县重点项目服务中心配合】 opening an item: sections (科) name who leads in words as
    offices do; 【社会科】会同县人社局、县统计局做好…: the offices the lead works with help with the item."""
    text = (
        "一、综合经济运行\n"
        "1.【经济运行科】强化监测调度,会同县统计局抓好主要指标分析研判,全县地区生产总值增长6%左右。(12月底前)\n\n"
        "2.【投资科牵头,县重点项目服务中心配合】全年安排县级重点项目120个。(12月底前)\n\n"
        "3.【社会科】会同县人社局、县统计局做好收入分配监测,城乡居民人均可支配收入增长5.5%。(12月底前)\n\n"
        "4.【产业科】新增规模以上工业企业25家。(12月底前)\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("经济运行科",), ("县统计局",)),
        (("投资科",), ("县重点项目服务中心",)),
        (("社会科",), ("县人社局", "县统计局")),
        (("产业科",), ()),
    ]


_STATEMENTS_MID_PARAGRAPH = (
    "二、重点任务\n"
    "(一)道路交通安全整治。全年排查整治隐患路段40处。县公安局交警大队为牵头单位,县交通运输局、县教育局和各乡镇配合。"
    "力争年内农村客运车辆动态监控在线率达到98%以上。\n"
    "(二)建设施工安全。在建项目安全生产标准化考评覆盖率达到100%。责任单位:县住房城乡建设局(牵头),县城市管理局。"
    "今年完成城镇燃气老旧管网更新改造21公里。\n"
    "(三)旅游安全。全县5家A级旅游景区全部建立游客流量实时监测系统。"
    "该项任务由县文化广电旅游局负责,县公安局、县市场监管局和属地乡镇协助。\n"
)


def test_statements_of_units_in_the_middle_of_an_items_paragraph() -> None:
    """X为牵头单位,Y配合。 with no 由, and a label closing its own sentence (责任单位:X(牵头),Y。), in
    the middle of an item's paragraph: they answer for the item, before and after them, and the text
    after them is the item's (not a unit's name); 县市场监管局和属地乡镇 are two units."""
    assert [(t.value, t.lead, t.support) for t in draft_spec(_STATEMENTS_MID_PARAGRAPH, year=2026).targets] == [
        (Decimal("40"), ("县公安局交警大队",), ("县交通运输局", "县教育局", "各乡镇")),
        (Decimal("0.98"), ("县公安局交警大队",), ("县交通运输局", "县教育局", "各乡镇")),
        (Decimal("1"), ("县住房城乡建设局",), ("县城市管理局",)),
        (Decimal("21"), ("县住房城乡建设局",), ("县城市管理局",)),
        (Decimal("5"), ("县文化广电旅游局",), ("县公安局", "县市场监管局", "属地乡镇")),
    ]


def test_a_unit_working_with_another_then_helpers_after_a_comma() -> None:
    """具体工作由X会同Y组织实施,Z、W按职责配合: X leads; Y, whom it works with, and Z, W help."""
    from planengine.draft.responsibility import parse_responsibility

    answer = parse_responsibility("具体工作由县应急管理局会同县自然资源局组织实施,县公安局、相关乡镇按职责配合")
    assert (answer.lead, answer.support) == (("县应急管理局",), ("县自然资源局", "县公安局", "相关乡镇"))
    text = (
        "二、重点任务\n(七)非煤矿山安全监管。9月底前关闭退出小型露天采石场2处。"
        "具体工作由县应急管理局会同县自然资源局组织实施,县公安局、相关乡镇按职责配合。保留的矿山全部完成复评。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets][0] == (
        ("县应急管理局",),
        ("县自然资源局", "县公安局", "相关乡镇"),
    )


_WRAPPED_CELLS = (
    "| 序号 | 工作任务 | 具体目标 | 牵头单位 | 配合单位 | 完成时限 |\n"
    "| 1 | 空气质量 | 1.县城PM2.5年均浓度控制在29微克/立方米以内;\n"
    "2.县城空气质量优良天数比例达到92%以上;\n"
    "3.重污染天数动态清零。 | 市生态环境局分局 | 县发展改革局、县交通运输局 | 2026年12月底 |\n"
    "| 2 | 工业源 | 1.完成挥发性有机物重点企业综合治理15家以上;\n"
    "2.淘汰燃煤锅炉8台。 | 县工业和信息化局 | 县市场监督管理局 | 第1项2026年6月底;\n"
    "其余2026年11月底 |\n"
)


def test_a_bar_framed_table_whose_cells_run_over_lines_is_read_one_row_a_line() -> None:
    """| 1 | 空气质量 | 1.…; / 2.…; / 3.…。 | 市生态环境局分局 | … |: a row's cells over several lines,
    none of the lines after its first opening with a bar: one row, each numbered part a target of the
    row's units; a deadline column giving some parts a date and the rest another is no target."""
    from planengine.draft.barsep import wrapped_bar_rows

    joined = wrapped_bar_rows(_WRAPPED_CELLS)
    assert len(joined) == len(_WRAPPED_CELLS)
    assert len(joined.splitlines()) == 3
    drafted = [(t.value, t.lead, t.support) for t in draft_spec(_WRAPPED_CELLS, year=2026).targets]
    assert drafted == [
        (Decimal("29"), ("市生态环境局分局",), ("县发展改革局", "县交通运输局")),
        (Decimal("0.92"), ("市生态环境局分局",), ("县发展改革局", "县交通运输局")),
        (Decimal("0"), ("市生态环境局分局",), ("县发展改革局", "县交通运输局")),
        (Decimal("15"), ("县工业和信息化局",), ("县市场监督管理局",)),
        (Decimal("8"), ("县工业和信息化局",), ("县市场监督管理局",)),
    ]


def test_lines_of_bars_alone_are_not_taken_for_a_row_running_over_lines() -> None:
    """A header of bars alone (||||||) over cells a line each closed by a bar (序号 | / 工作任务 | …) is
    another shape (bar_counted_rows'): left as it is."""
    from planengine.draft.barsep import wrapped_bar_rows

    text = "||||||\n|\n序号 |\n工作任务 |\n牵头单位 |\n配合单位 |\n完成时限 |\n"
    assert wrapped_bar_rows(text) == text


def test_a_clause_opening_with_its_field_then_doing_a_counted_thing_states_a_target() -> None:
    """围绕种业振兴实施农业科技攻关项目30项: 围绕 (and 聚焦) name the field, then what is done is
    counted: a target, as after 面向/结合; 围绕全年目标任务 alone sets the scene."""
    text = "三、任务\n6.围绕种业振兴和农业绿色发展实施农业科技攻关项目30项,聚焦重点产业链开展招商活动20场。围绕全年目标任务,狠抓落实。\n"
    assert [(t.kind, t.value) for t in draft_spec(text, year=2026).targets] == [
        ("count", Decimal("30")),
        ("count", Decimal("20")),
    ]


def test_a_column_of_places_answering_leads_and_the_trades_department_beside_it_helps() -> None:
    """序号 | 项目名称 | 建设规模 | 责任乡镇 | 行业主管部门: the townships carry each project out (they
    lead), the department over the trade helps; alone, a 主管部门 column answers for its rows."""
    from planengine.draft.structure import _header_roles

    assert _header_roles(["序号", "项目名称", "建设规模", "责任乡镇", "行业主管部门"])[3:] == ["lead", "support"]
    assert _header_roles(["序号", "项目名称", "建设规模", "主管部门"])[3] == "lead"
    assert _header_roles(["指标", "目标值", "责任科室", "考核部门"])[2:] == ["lead", "skip"]
    text = (
        "二、重点项目\n序号 | 项目名称 | 建设规模 | 年度投资(万元) | 责任乡镇 | 行业主管部门 |\n"
        "1 | 城区至岫城公路改造 | 沥青混凝土路面改造12.6公里 | 4820 | 岫城镇、石桥镇 | 县交通运输局 |\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets][0] == (
        ("岫城镇", "石桥镇"),
        ("县交通运输局",),
    )


def test_a_bracket_of_units_on_a_line_after_sub_items_a_line_each_answers_for_the_item() -> None:
    """10.… / ①…; / ②…; / ③…。 / (市科技局牵头,…): the bracket after the last sub-item is the item's,
    for all three (it was read as the last one's); sub-items each closed by a bracket keep their own."""
    text = (
        "(一)创新\n10.建设高能级创新平台。\n①新建省级以上创新平台15个;\n②鹭川实验室二期6月底前建成投用;\n"
        "③引进培育高层次创新创业团队20个。\n(市科技局牵头,市委人才办、市财政局等按职责分工负责)\n\n"
        "11.完善农村基础设施。\n(1)新改建农村公路85公里。\n(牵头单位:县交通运输局)\n"
        "(2)新建供水工程3处。\n(牵头单位:县水务局)\n"
    )
    assert [(t.value, t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (Decimal("15"), ("市科技局",), ("市委人才办", "市财政局")),
        (None, ("市科技局",), ("市委人才办", "市财政局")),
        (Decimal("20"), ("市科技局",), ("市委人才办", "市财政局")),
        (Decimal("85"), ("县交通运输局",), ()),
        (Decimal("3"), ("县水务局",), ()),
    ]


_PROGRESS_BULLETIN = (
    "一、经济发展\n（一）项目建设\n年度目标：固定资产投资增长10%。\n完成情况：增长6.1%。\n"
    "责任单位：牵头单位县发展和改革局，配合单位县自然资源局、县住房和城乡建设局\n\n"
    "（二）粮食安全\n年度目标：粮食总产量达到21万吨。\n完成情况：夏粮总产7.9万吨。\n责任单位：*县农业农村局，各乡、镇人民政府\n\n"
    "（三）高标准农田建设\n年度目标：新建高标准农田3.5万亩。\n完成情况：已开工2.1万亩。\n责任单位：同上\n\n"
    "（四）教育\n年度目标：城区学校56人以上大班额动态清零。\n责任单位：县教育局\n"
)


def test_labels_run_into_names_the_same_as_above_and_a_class_of_things_cleared() -> None:
    """牵头单位县发展和改革局,配合单位县自然资源局: labels run into the names after them; 责任单位:同上:
    the units of the item before; 56人以上大班额动态清零: none left of a class a figure marks out (a
    ceiling of 0, not a count of 56)."""
    drafted = [(t.kind, t.value, t.lead, t.support) for t in draft_spec(_PROGRESS_BULLETIN, year=2026).targets]
    assert drafted == [
        ("growth-rate", Decimal("0.10"), ("县发展和改革局",), ("县自然资源局", "县住房和城乡建设局")),
        ("amount", Decimal("210000"), ("县农业农村局",), ("各乡、镇人民政府",)),
        ("amount", Decimal("35000"), ("县农业农村局",), ("各乡、镇人民政府",)),
        ("ceiling", Decimal("0"), ("县教育局",), ()),
    ]


def test_a_notices_charges_to_the_offices_state_no_deliverables() -> None:
    """一、压实工作责任 / 二、强化督导考核 in a notice: how the work is driven (会同责任单位制定具体推进方案)
    is no deliverable; a figure there is still a target."""
    text = (
        "一、压实工作责任。牵头单位要会同责任单位制定具体推进方案,全年开展专项督查不少于4次。\n"
        "二、强化督导考核。对年度目标完成较好的单位予以通报表扬。\n"
    )
    assert [(t.kind, t.value) for t in draft_spec(text, year=2026).targets] == [("count", Decimal("4"))]


def test_a_five_year_period_setting_floors_dates_an_undated_plan() -> None:
    """A plan naming no year whose sentence opens with “十三五”期间 and sets floors (…220万人以上,
    …控制在4.5%以内) plans that period: its targets are kept, not read as a look back from today."""
    text = (
        "第一章 强力推动城乡居民就业\n第一节 充分发挥政府职能促进就业\n"
        "坚持实施积极的就业政策。“十三五”期间,全区城镇实现新增就业220万人以上。城镇登记失业率控制在4.5%以内。\n"
    )
    drafted = [(t.kind, t.comparator, t.value) for t in draft_spec(text).targets]
    assert drafted == [("count", ">=", Decimal("2200000")), ("ceiling", "<=", Decimal("0.045"))]
    reported = "一、回顾\n“十三五”期间,全区城镇累计新增就业226万人。\n"
    assert draft_spec(reported).targets == ()


def _table_with_remark(remark: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    text = (
        f"一、说明\n{remark}\n\n二、任务分解表\n序号 | 工作任务 | 牵头单位 | 责任单位 |\n"
        "1 | 县城生活污水集中收集率达到75%。 | 县住房城乡建设局、县生态环境分局 | 县住房城乡建设局、县生态环境分局、县水利局 |\n"
    )
    return [(t.lead, t.support) for t in draft_spec(text, year=2026).targets]


def test_a_remark_on_the_first_listed_unit_holds_for_the_column_it_names() -> None:
    """责任单位栏中列第一位的为牵头单位 names the 责任单位 column: both units of the 牵头单位 column
    lead; 牵头单位栏列有两个单位的,排在第一位的为牵头单位 names the lead column: its first leads."""
    assert _table_with_remark("责任单位栏中列第一位的为牵头单位,其余单位要主动对接。") == [
        (("县住房城乡建设局", "县生态环境分局"), ("县水利局",))
    ]
    assert _table_with_remark("牵头单位栏列有两个单位的,排在第一位的为牵头单位,其余为责任单位。") == [
        (("县住房城乡建设局",), ("县生态环境分局", "县水利局"))
    ]


def test_a_lead_working_with_offices_and_the_towns_opening_an_item() -> None:
    """4.由区水务局牵头,会同区生态环境局、区住房城乡建设局和各镇(街道),新建…: the towns, a collective,
    help beside the offices (they were left out, and the offices with them)."""
    text = (
        "(二)深入打好碧水保卫战\n\n"
        "4.由区水务局牵头,会同区生态环境局、区住房城乡建设局和各镇(街道),新建改造污水管网28公里。\n\n"
        "5.由区林业局牵头,会同区财政局,新增造林面积1200亩。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("区水务局",), ("区生态环境局", "区住房城乡建设局", "各镇(街道)")),
        (("区林业局",), ("区财政局",)),
    ]


def test_a_line_labelled_only_with_responsibility_names_the_items_units() -> None:
    """目标:… / 措施:… / 责任:县水利局(牵头),县工业和信息化局,各乡镇人民政府。: the 责任 line is the item's units."""
    text = (
        "二、重点任务\n(一)严格水资源刚性约束\n目标:万元工业增加值用水量较2025年下降4%,重点用水单位在线计量率达到100%。\n"
        "措施:严格取水许可审批和计划用水管理。\n责任:县水利局(牵头),县工业和信息化局,各乡镇人民政府。\n"
    )
    assert {(t.lead, t.support) for t in draft_spec(text, year=2026).targets} == {
        (("县水利局",), ("县工业和信息化局", "各乡镇人民政府"))
    }


def test_a_pacts_parties_are_named_where_its_duties_use_their_aliases() -> None:
    """第1至2项指标由乙方牵头落实,县统计局配合 in a 责任书 whose last lines name 乙方:鹤坪镇人民政府(盖章):
    the township leads by its name."""
    text = (
        "鹤坪镇2026年度经济社会发展目标责任书\n\n第二条 目标任务\n\n"
        "| 序号 | 考核指标 | 目标值 | 分值 |\n| 1 | 地区生产总值增速 | 6.5% | 10 |\n| 2 | 固定资产投资 | 4.2亿元 | 10 |\n\n"
        "第三条 责任分工\n\n(一)第1至2项指标由乙方牵头落实,县发展改革局、县统计局按职责配合。\n\n"
        "甲方:澄岭县人民政府(盖章)\n\n乙方:鹤坪镇人民政府(盖章)\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("鹤坪镇人民政府",), ("县发展改革局", "县统计局")),
        (("鹤坪镇人民政府",), ("县发展改革局", "县统计局")),
    ]


def test_a_slogans_count_of_duties_and_shortcomings_is_no_target() -> None:
    """抓好两个落实, 补齐四个短板: what a slogan counts; 新建两个公园 is a count."""
    text = "一、目标\n抓好两个落实,补齐四个短板,新建两个公园。\n"
    assert [(t.kind, t.value) for t in draft_spec(text, year=2026).targets] == [("count", Decimal("2"))]


def test_helpers_alone_in_an_items_bracket_help_the_unit_over_the_items() -> None:
    """一、县住房和城乡建设局(8项) / 1.…(城关镇、凤栖街道配合): the heading's unit leads, the bracket's
    units help; 由X牵头、Y配合: over items is a statement of the lead, no helpers alone; 鼓励企业参与 names no one."""
    from planengine.draft.responsibility import parse_responsibility

    text = (
        "汀岚县2026年创建任务清单\n\n一、县住房和城乡建设局(8项)\n\n"
        "1.完成城区老旧小区改造12个,11月底前全部完工(城关镇、凤栖街道配合)。\n"
        "2.城区主次干道路面完好率达到95%以上(县城市管理局配合)。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("县住房和城乡建设局",), ("城关镇", "凤栖街道")),
        (("县住房和城乡建设局",), ("城关镇", "凤栖街道")),
        (("县住房和城乡建设局",), ("县城市管理局",)),
    ]
    assert parse_responsibility("县交通运输局、县供电公司积极配合").support == ("县交通运输局", "县供电公司")
    assert not parse_responsibility("鼓励企业参与")
    assert parse_responsibility("由县交通运输局牵头、县财政局配合").lead == ("县交通运输局",)


def test_schools_kept_as_they_stand_are_the_present_state() -> None:
    """现状保留15所: the schools that stand now; 规划新建12所 is the plan's."""
    text = "一、布局\n城区小学现状保留15所,规划新建12所。\n"
    assert [(t.kind, t.value) for t in draft_spec(text, year=2026).targets] == [("count", Decimal("12"))]


def test_a_unit_marked_as_the_host_leads() -> None:
    """责任单位:市人社局(主办);市总工会、团市委(协办): (主办) marks the lead as (牵头) does, no part of its name."""
    from planengine.draft.responsibility import parse_responsibility

    answer = parse_responsibility("责任单位：市人力资源和社会保障局（主办）；市总工会、团市委（协办）")
    assert (answer.lead, answer.support) == (("市人力资源和社会保障局",), ("市总工会", "团市委"))


def test_a_matrix_whose_first_figure_column_is_the_whole_place() -> None:
    """| 指标 | 全市 | 鹤汀县 | 石砚县 |: 全市 holds the whole's target, each county's column its share, in the
    measure the row names (增速(%): growth; 降幅(%): a fall); a total after the places stays a total."""
    from planengine.draft.structure import _header_roles

    text = (
        "附件\n指标分解表\n| 指标 | 全市 | 鹤汀县 | 石砚县 |\n| 规模以上工业增加值增速（%） | 8 | 9 | 7.5 |\n"
        "| 单位工业增加值能耗降幅（%） | 3 | 3.5 | 2.5 |\n"
    )
    drafted = [(t.kind, t.value, t.lead) for t in draft_spec(text, year=2026).targets]
    assert drafted == [
        ("growth-rate", Decimal("0.08"), ()),
        ("growth-rate", Decimal("0.09"), ("鹤汀县",)),
        ("growth-rate", Decimal("0.075"), ("石砚县",)),
        ("growth-rate", Decimal("0.03"), ()),
        ("growth-rate", Decimal("0.035"), ("鹤汀县",)),
        ("growth-rate", Decimal("0.025"), ("石砚县",)),
    ]
    assert _header_roles(["指标", "东坪村", "西岭村", "全镇合计"])[3] != "target"


def test_a_lead_named_for_the_targets_above_and_units_answerable_beside_it() -> None:
    """市科技局为上述目标的牵头单位,市工业和信息化局、市财政局为责任单位。: beside a lead named so, the
    units answerable help (they were read as one run-on name)."""
    text = (
        "一、目标\n(二)创新\n全社会研发经费投入强度达到2.6%,新增国家高新技术企业120家。"
        "市科技局为上述目标的牵头单位,市工业和信息化局、市财政局为责任单位。\n"
    )
    assert {(t.lead, t.support) for t in draft_spec(text, year=2026).targets} == {
        (("市科技局",), ("市工业和信息化局", "市财政局"))
    }


def test_a_legend_saying_units_sharing_duties_all_lead_overrides_the_first_listed() -> None:
    """排在首位的为牵头单位…;标明“按职责分工负责”的,所列单位均为牵头单位: (X、Y按职责分工负责) both lead;
    (X、Y) the first leads."""
    text = (
        "各项任务责任单位中,排在首位的为牵头单位,其他为配合单位;标明“按职责分工负责”的,所列单位均为牵头单位。\n\n"
        "一、重点任务\n1.钢铁行业超低排放改造完成率达到100%。(市生态环境局、市工业和信息化局按职责分工负责)\n"
        "2.新建改造城镇污水管网65公里。(市住建局、市生态环境局)\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("市生态环境局", "市工业和信息化局"), ()),
        (("市住建局",), ("市生态环境局",)),
    ]


def test_a_bracket_inside_a_headings_sentence_answers_for_its_clause_not_the_headings_below() -> None:
    """六、… / 今年,…比重保持在75%以上(区财政局负责),尽力而为…。 / (一)…区人力社保局要会同…: the bureau's
    bracket is its clause's; the sub-heading's subject answers for its own."""
    text = (
        "六、坚持民生优先\n今年,区财政用于民生领域的支出占一般公共预算支出比重保持在75%以上(区财政局负责),尽力而为、量力而行。\n\n"
        "(四)促进就业。今年,区人力社保局要会同区财政局、区总工会,落实就业优先政策,全年城镇新增就业1.2万人以上。\n\n"
        "(七)平安。区应急管理局牵头开展安全生产治本攻坚行动,完成200家重点企业安全生产标准化提升。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("区财政局",), ()),
        (("区人力社保局",), ("区财政局", "区总工会")),
        (("区应急管理局",), ()),
    ]


def test_an_office_guiding_the_work_helps_the_unit_that_answers() -> None:
    """由县水利局负责,县农业农村局指导 (and 业务指导, after 牵头 too): the guiding office helps."""
    from planengine.draft.responsibility import parse_responsibility

    for statement in ("由县水利局负责,县农业农村局指导", "由县水利局牵头,县农业农村局业务指导"):
        answer = parse_responsibility(statement)
        assert (answer.lead, answer.support) == (("县水利局",), ("县农业农村局",))
    text = "一、重点任务\n1.新建小型水库2座。(县水利局负责,县农业农村局指导)\n"
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [(("县水利局",), ("县农业农村局",))]
