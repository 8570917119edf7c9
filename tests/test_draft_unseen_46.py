"""Shapes of plans the forty-sixth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec


def _units(text: str, year: int = 2026) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=year).targets}


# --- a work table by quarter: 季度 | 重点工作 | 量化目标 | 责任处室 ---------------------------------------------------

_QUARTERS = (
    "某市商务局2026年重点工作季度安排\n\n"
    "“责任处室”栏中标“*”的为牵头处室,其余为配合处室;未标注“*”的,所列处室共同负责。\n\n"
    "季度 | 重点工作 | 量化目标 | 责任处室 |\n"
    "全年 | 主要预期目标 | 社会消费品零售总额增长6%左右;网络零售额达到520亿元 | 综合处牵头,市场运行处配合 |\n"
    " | 外贸稳规模 | 新增有进出口实绩企业60家左右 | *对外贸易处、口岸处 |\n"
    " | 消费扩容 | 新培育省级电子商务示范企业3家 | 市场运行处、电子商务处 |\n"
    "一季度 | 开局起步 | 3月底前出台促进消费若干措施 | 综合处 |\n"
    " | 外资招引 | 3月底前新签约外资项目2个以上 | 外资处 |\n"
    "二季度 | 展会拓市场 | 6月底前新增对外贸易经营者备案企业50家 | 对外贸易处牵头,会展办配合 |\n"
)


def test_a_quarterly_work_table_answers_each_row_by_its_offices_column() -> None:
    """季度 | 重点工作 | 量化目标 | 责任处室 with no serial column is a table: each row's targets are its offices',
    a ``*`` marking the lead, and the period column (全年, 一季度, or blank under them) never names a unit."""
    units = _units(_QUARTERS)
    assert units["社会消费品零售总额增长6%左右"] == (("综合处",), ("市场运行处",))
    assert units["新增有进出口实绩企业60家左右"] == (("对外贸易处",), ("口岸处",))
    assert units["新培育省级电子商务示范企业3家"] == (("市场运行处", "电子商务处"), ())
    assert units["3月底前新签约外资项目2个以上"] == (("外资处",), ())
    assert units["6月底前新增对外贸易经营者备案企业50家"] == (("对外贸易处",), ("会展办",))


def test_a_quarterly_work_tables_work_column_names_the_work_and_states_no_target() -> None:
    """Where a column holds the targets (量化目标), the 重点工作 column beside it names the work: 开局起步 and
    展会拓市场 are no milestones."""
    quotes = set(_units(_QUARTERS))
    assert not quotes & {"开局起步", "外资招引", "展会拓市场", "外贸稳规模"}
    assert "3月底前出台促进消费若干措施" in quotes


# --- a closing table of duties by the items' numbers: 序号 | 工作内容 | 责任股室 | 配合股室 -------------------------------

_SCHOOL_SAFETY = (
    "某县教育局2026年学校安全工作要点\n\n"
    "一、健全责任体系\n\n"
    "1.压实安全工作责任。要确保安全目标责任书签订率达到100%。\n\n"
    "二、加强校园防范\n\n"
    "2.推进三防建设。要确保封闭化管理达标率100%。\n\n"
    "3.常态化隐患排查。要确保重大安全隐患整改率100%。\n\n"
    "4.经费保障。全县教育系统安全专项经费投入增长10%。\n\n"
    "三、任务分工\n\n"
    "序号 | 工作内容 | 责任股室 | 配合股室\n"
    "1 | 压实安全工作责任 | 安全股 | 办公室、人事股\n"
    "2、3 | 推进三防建设；常态化隐患排查 | 安全股 | 计划财务股\n"
    "4 | 经费保障 | 计划财务股 | —\n"
)


def test_a_closing_duty_table_gives_each_numbered_item_its_offices() -> None:
    """序号 | 工作内容 | 责任股室 | 配合股室 (no closing bar) after the items: a row numbering two items (2、3) answers for
    both, 责任股室 leading beside the helpers' column, and a dash in the helpers' cell names none."""
    units = _units(_SCHOOL_SAFETY)
    assert units["要确保安全目标责任书签订率达到100%"] == (("安全股",), ("办公室", "人事股"))
    assert units["要确保封闭化管理达标率100%"] == (("安全股",), ("计划财务股",))
    assert units["要确保重大安全隐患整改率100%"] == (("安全股",), ("计划财务股",))
    assert units["全县教育系统安全专项经费投入增长10%"] == (("计划财务股",), ())


# --- paragraphs opened by their units in a bracket ------------------------------------------------------------------

_BRACKET_OPENED = (
    "某县卫生健康委员会2026年工作要点\n\n"
    "一、深化医药卫生体制改革\n\n"
    "（牵头科室：体改股；配合科室：医政股、规划财务股，县医保局）推进医共体提质增效。县域内就诊率达到90%以上，"
    "基层医疗卫生机构诊疗量占比达到65%。\n\n"
    "(牵头科室:规划财务股;配合科室:医政股)控制医疗费用不合理增长。药品收入占比控制在28%以下。\n\n"
    "二、提升医疗服务能力\n\n"
    "新增急救站点2个。\n"
)


def test_a_paragraph_opened_by_its_units_in_a_bracket_is_theirs_alone() -> None:
    """(牵头科室:X;配合科室:Y)推进…。<targets>: the bracket's units answer for its paragraph's targets, the text after the
    bracket read as text; the next paragraph's bracket under the same heading answers for that one, and a heading
    after them is neither's."""
    units = _units(_BRACKET_OPENED)
    assert units["县域内就诊率达到90%以上"] == (("体改股",), ("医政股", "规划财务股", "县医保局"))
    assert units["基层医疗卫生机构诊疗量占比达到65%"] == (("体改股",), ("医政股", "规划财务股", "县医保局"))
    assert units["药品收入占比控制在28%以下"] == (("规划财务股",), ("医政股",))
    assert units["新增急救站点2个"] == ((), ())


def test_a_closing_bracket_line_with_a_bracket_inside_still_closes_its_item() -> None:
    """(牵头单位:X;责任单位:…各县(市、区)人民政府) on its own line after an item: the bracket inside it (市、区) does not end
    it early, so the line is the item's units, not a paragraph opened by them."""
    text = (
        "某市2026年十大民生工程\n\n(一)文体惠民工程\n建设城市书房15个。\n"
        "(牵头单位:市文化广电旅游体育局;责任单位:市教育局、各县(市、区)人民政府)\n\n(二)困难群体关爱工程\n"
        "实施无障碍改造600户。\n"
    )
    units = _units(text)
    assert units["建设城市书房15个"] == (("市文化广电旅游体育局",), ("市教育局", "各县(市、区)人民政府"))


# --- a table of places' shares with a deadline column, and a note giving the table to the places --------------------

_WINTER_WORKS = (
    "某县2025—2026年度冬春农田水利基本建设任务\n\n"
    "乡镇 | 新建塘坝(座) | 清淤整治(万方) | 高效节水灌溉(亩) | 完成时限 |\n"
    "城关镇 | 2 | 3.6 | 1200 | 2026年4月30日前 |\n"
    "白沙镇 | 4 | 5.2 | 2600 | 2026年4月30日前 |\n"
    "全县 | 6 | 8.8 | 3800 | 2026年4月30日前 |\n"
    "注：1.表列任务由各乡镇人民政府负责组织实施，乡镇人民政府为本辖区冬春水利建设的责任主体；"
    "县水利局负责技术指导、质量监督和检查验收，并配合各乡镇做好项目前期工作。\n"
)


def test_a_places_share_beside_a_deadline_cell_stays_a_count_or_amount() -> None:
    """城关镇 | 2 | 3.6 | 1200 | 2026年4月30日前: each figure is the place's share, a count or an amount (万方 read as
    cubic metres), the deadline when it is due — not a milestone as a task row's bare figure is."""
    drafted = {t.quote: t for t in draft_spec(_WINTER_WORKS, year=2026).targets}
    assert (drafted["城关镇 | 2"].kind, drafted["城关镇 | 2"].value) == ("count", Decimal(2))
    assert (drafted["城关镇 | 2 | 3.6"].kind, drafted["城关镇 | 2 | 3.6"].value) == ("amount", Decimal(36000))
    assert drafted["白沙镇 | 4 | 5.2 | 2600"].kind == "amount"


def test_a_note_giving_the_table_to_the_places_keeps_each_rows_place_and_adds_the_guide() -> None:
    """表列任务由各乡镇人民政府负责组织实施…;县水利局负责技术指导…: each town leads its own row, the guiding bureau
    helping; the whole county's row is the towns' as a body, the bureau helping."""
    units = _units(_WINTER_WORKS)
    assert units["城关镇 | 2"] == (("城关镇",), ("县水利局",))
    assert units["白沙镇 | 4 | 5.2 | 2600"] == (("白沙镇",), ("县水利局",))
    assert units["全县 | 6"] == (("各乡镇人民政府",), ("县水利局",))


def test_a_provinces_table_headed_by_city_gives_each_city_its_share() -> None:
    """市 | 保障性租赁住房（套） | …: a province's table by city is a table of shares, each city's row its own."""
    text = (
        "某省2026年城镇保障性安居工程目标任务\n\n"
        "市 | 保障性租赁住房（套） | 城中村改造（户）\n栖梧市 | 7800 | 5600\n玉衡市 | 5200 | 3900\n"
    )
    drafted = {t.quote: (t.kind, t.value, t.lead) for t in draft_spec(text, year=2026).targets}
    assert drafted["栖梧市 | 7800"] == ("count", Decimal(7800), ("栖梧市",))
    assert drafted["玉衡市 | 5200 | 3900"] == ("count", Decimal(3900), ("玉衡市",))


def test_a_paragraphs_last_sentence_naming_who_does_the_items_below_leads_them() -> None:
    """…实行清单化管理。以下节点由各市住建局牵头，市发改、财政部门配合落实：over (一)…(二)…: the units answer for
    the items that follow (the sentences before stay the heading's text)."""
    text = (
        "某省2026年住房保障工作通知\n\n三、进度要求\n\n"
        "各市要建立周调度机制。以下节点由各市住建局牵头，市发改、财政部门配合落实：\n\n"
        "（一）6月底前，老旧小区改造项目全部开工。\n\n（二）10月底前基本建成保障性租赁住房1.5万套。\n"
    )
    units = _units(text)
    assert units["老旧小区改造项目全部开工"] == (("各市住建局",), ("市发改、财政部门",))
    assert units["10月底前基本建成保障性租赁住房1.5万套"] == (("各市住建局",), ("市发改、财政部门",))


# --- duties by part and item number, where each part numbers its items afresh ---------------------------------------

_PARTS = (
    "某区2024年主要目标任务分解方案\n\n"
    "第一部分　经济运行目标\n\n1.地区生产总值增长6.5%左右。\n\n2.社会消费品零售总额达到215亿元。\n\n"
    "第二部分　创新驱动目标\n\n1.全社会研发经费投入强度达到3.2%。\n\n2.6月底前建成区科技成果转化中心。\n\n"
    "第三部分　责任分工\n\n"
    "1.第一部分第1项目标，由区发改局负责，区统计局配合。\n\n"
    "2.第一部分第2项目标，由区商务局负责。\n\n"
    "3.第二部分第1项目标，由区科技局牵头，区财政局配合。\n\n"
    "4.第二部分第2项目标，责任单位：区科技局、区国投集团。\n"
)


def test_duties_by_part_and_number_find_the_item_in_that_part() -> None:
    """第二部分第1项目标，由X牵头，Y配合: the first item of the second part (not of the first), each part numbering
    its items from 1; 责任单位：A、B with no lead named makes both lead."""
    units = _units(_PARTS, 2024)
    assert units["地区生产总值增长6.5%左右"] == (("区发改局",), ("区统计局",))
    assert units["社会消费品零售总额达到215亿元"] == (("区商务局",), ())
    assert units["全社会研发经费投入强度达到3.2%"] == (("区科技局",), ("区财政局",))
    assert units["6月底前建成区科技成果转化中心"] == (("区科技局", "区国投集团"), ())


def test_a_table_column_of_offices_working_with_the_one_answering_helps() -> None:
    """责任科室 | 协作科室: the offices working with the one answering help it with the row."""
    text = (
        "某县人民医院2024年医疗质量目标\n\n序号 | 指标名称 | 2024年目标值 | 责任科室 | 协作科室 |\n"
        "1 | 平均住院日 | ≤7.2天 | 医务科 | 各临床科室 |\n2 | 床位使用率 | 85%—93% | 医务科 | 护理部 |\n"
    )
    units = _units(text, 2024)
    assert units["平均住院日 | ≤7.2天"] == (("医务科",), ("各临床科室",))
    assert units["床位使用率 | 85%—93%"] == (("医务科",), ("护理部",))


def test_a_circled_legend_of_units_first_lines_gives_each_marked_target_its_units() -> None:
    """①县发改局牵头，县统计局配合；②责任单位：县科技局；: a legend whose entries open with the units (or a label)
    gives each target marked ① or ② those units."""
    text = (
        "某县2026年经济发展方案\n\n一、主要目标\n\n"
        "2026年，全县地区生产总值增长6.5%左右①，研发经费投入强度达到2.1%②，新增高新技术企业12家②。\n\n"
        "附：目标任务责任单位标注说明\n①县发改局牵头，县统计局配合；\n②责任单位：县科技局；\n"
        "③县商务局牵头，县市场监管局配合。\n"
    )
    units = _units(text)
    assert units["全县地区生产总值增长6.5%左右"] == (("县发改局",), ("县统计局",))
    assert units["研发经费投入强度达到2.1%"] == (("县科技局",), ())
    assert units["新增高新技术企业12家"] == (("县科技局",), ())


_REPORT = (
    "政府工作报告\n\n二、2026年主要预期目标\n\n"
    "指标 | 2025年完成 | 2026年目标 | 属性\n地区生产总值增速 | 6.1% | 6.5%左右 | 预期性\n"
    "城镇新增就业（人） | 3260 | 3300以上 | 预期性\n\n"
    "三、2026年重点工作\n\n（一）坚持工业强县，加快构建现代产业体系\n\n全年新增规上工业企业20家。\n\n"
    "（二）坚持生态优先，建设美丽云梁\n\n森林覆盖率达到61.5%。\n\n"
    "附件\n2026年政府工作报告重点工作分工\n"
    "一、“2026年主要预期目标”部分：县发展和改革局牵头，县统计局配合。\n"
    "二、“坚持工业强县，加快构建现代产业体系”部分：县工业和信息化局牵头，县科技局配合。\n"
    "三、“坚持生态优先，建设美丽云梁”部分：责任单位为县生态环境局、县林业局。\n"
)


def test_an_annex_naming_parts_by_their_quoted_titles_gives_each_part_its_units() -> None:
    """一、“2026年主要预期目标”部分：X牵头，Y配合 in an annex: the part so titled (its table's rows too), a title
    with a comma matching the heading kept to its first clause; 责任单位为A、B makes both lead."""
    units = _units(_REPORT)
    assert units["地区生产总值增速 | 6.1% | 6.5%左右"] == (("县发展和改革局",), ("县统计局",))
    assert units["全年新增规上工业企业20家"] == (("县工业和信息化局",), ("县科技局",))
    assert units["森林覆盖率达到61.5%"] == (("县生态环境局", "县林业局"), ())


def test_a_line_opened_by_units_one_marked_lead_leads_and_the_others_help() -> None:
    """区商务局（牵头）、区统计局：限额以上批零住餐企业净增60家: the unit marked (牵头) leads the line's targets, the other
    helps (no unit keeps its mark as a name)."""
    text = (
        "某区2024年目标责任清单\n\n一、经济发展\n\n"
        "区商务局（牵头）、区统计局：限额以上批零住餐企业净增60家\n区财政局：一般公共预算收入增长5%\n"
    )
    units = _units(text, 2024)
    assert units["限额以上批零住餐企业净增60家"] == (("区商务局",), ("区统计局",))
    assert units["一般公共预算收入增长5%"] == (("区财政局",), ())


def test_a_unit_cell_going_on_to_a_line_of_helpers_labels_them_helpers() -> None:
    """1 | 地区生产总值增长6.5%左右 | 增长5.9% | 牵头：县发改局 over | | | 配合：县统计局，各乡镇人民政府: the cell's
    second line names the row's helpers, its label no part of a name."""
    text = (
        "某县2024年目标任务分解表\n\n序号 | 目标任务 | 2023年完成情况 | 责任单位 |\n一、经济发展 |  |  |  |\n"
        "1 | 地区生产总值增长6.5%左右 | 增长5.9% | 牵头：县发展和改革局 |\n |  |  | 配合：县统计局，各乡镇人民政府 |\n"
        "2 | 规模以上工业增加值增长8%以上 | 增长7.2% | 牵头：县工业和信息化局 |\n |  |  | 配合：县统计局 |\n"
    )
    units = _units(text, 2024)
    assert units["地区生产总值增长6.5%左右"] == (("县发展和改革局",), ("县统计局", "各乡镇人民政府"))
    assert units["规模以上工业增加值增长8%以上"] == (("县工业和信息化局",), ("县统计局",))


def test_a_units_name_alone_in_square_brackets_heads_the_items_after_it() -> None:
    """【县发改局】 on its own line over numbered items leads them, (县统计局配合) after an item adding its helpers;
    the next tag leads its own items."""
    text = (
        "某县2024年度目标任务责任清单\n\n【县发改局】\n1．地区生产总值增长6.5%左右（县统计局配合）。\n"
        "2．全年实施重点项目60个以上。\n\n【县工业和信息化局】\n3．规模以上工业增加值增长7%-8%（县统计局配合）。\n"
    )
    units = _units(text, 2024)
    assert units["地区生产总值增长6.5%左右"] == (("县发改局",), ("县统计局",))
    assert units["全年实施重点项目60个以上"] == (("县发改局",), ())
    assert units["规模以上工业增加值增长7%-8%"] == (("县工业和信息化局",), ("县统计局",))


def test_a_projects_paragraph_of_labelled_parts_parted_by_commas_gives_its_units_and_owner() -> None:
    """项目1：…，建设内容：…，年度目标：…，责任单位：X（业主单位：Y）。: the description ends at the comma before the
    next label, the year's targets are read, and the unit answering leads them, the project's owner helping."""
    text = (
        "某市2024年重点项目推进计划\n\n二、项目清单\n\n"
        "项目1：新能源产业园项目，建设内容：项目总投资35亿元，规划用地520亩，年度目标：年度计划投资8亿元，"
        "6月底前完成一期厂房主体封顶，责任单位：高新区管委会（业主单位：锂源新材料有限公司）。\n"
    )
    units = _units(text, 2024)
    assert units["年度计划投资8亿元"] == (("高新区管委会",), ("锂源新材料有限公司",))
    assert units["6月底前完成一期厂房主体封顶"] == (("高新区管委会",), ("锂源新材料有限公司",))
    assert "项目总投资35亿元" not in units


def test_a_units_label_after_a_comma_in_running_text_does_not_take_the_paragraph() -> None:
    """…,县人社局、县医保局按职责分工负责。全年完成老旧小区改造12个,责任单位:县住建局,城关镇配合。: in a line of
    sentences (no labelled parts), the label after a comma does not part the line into a statement of units for
    the whole paragraph: the sentence before keeps its own units."""
    text = (
        "某县2024年重点工作\n\n(五)用心办好民生实事。全年发放创业担保贷款1.2亿元,县人社局、县医保局按职责分工负责。"
        "全年完成城区老旧小区改造12个,责任单位:县住建局,城关镇、湖东街道配合。\n"
    )
    units = _units(text, 2024)
    assert units["全年发放创业担保贷款1.2亿元"] == (("县人社局", "县医保局"), ())


def test_units_measuring_the_figures_help_those_carrying_the_work_out() -> None:
    """以上指标由市统计局负责统计监测，市发展改革委负责推进落实(，市数据局协同)。 closing a paragraph: the unit carrying the
    work out leads its targets, the one measuring them helps first, then the others named to help."""
    text = (
        "某市2026年国民经济和社会发展计划主要指标分解\n\n"
        "一、综合经济指标。全市地区生产总值增长5.5%左右；规模以上工业增加值增长7%。"
        "以上指标由市统计局、市财政局负责统计监测，市发展改革委负责推进落实。\n\n"
        "二、创新驱动指标。全社会研发经费投入强度达到2.9%。以上指标由市统计局负责统计监测，市科技局负责推进落实，"
        "市数据局协同。\n"
    )
    units = _units(text)
    assert units["全市地区生产总值增长5.5%左右"] == (("市发展改革委",), ("市统计局", "市财政局"))
    assert units["规模以上工业增加值增长7%"] == (("市发展改革委",), ("市统计局", "市财政局"))
    assert units["全社会研发经费投入强度达到2.9%"] == (("市科技局",), ("市统计局", "市数据局"))


def test_duties_naming_whole_parts_their_items_or_the_rest_give_each_its_units() -> None:
    """县工信局负责第二部分（第2项由县科技局负责）；第三部分由县住建局牵头，县城管局参与；县教育局负责第四部分第1项，
    县人社局负责第四部分其余各项: a part named whole gives every item in it the units, an item given apart in brackets
    its own, items by number theirs and 其余各项 the items not yet given."""
    text = (
        "某县2024年政府工作要点\n\n第一部分 序言\n\n今年工作总体要求如下。\n\n"
        "第二部分 推动工业经济\n\n1.规模以上工业增加值增长8%。\n\n2.新增高新技术企业15家。\n\n"
        "第三部分 城乡融合\n\n1.新建城市公园3个。\n\n"
        "第四部分 民生福祉\n\n1.新增学位1200个。\n\n2.城镇新增就业5000人。\n\n3.新增公益性岗位300个。\n\n"
        "第五部分 责任分工\n\n各部分责任分工如下：\n县工信局负责第二部分（第2项由县科技局负责）；\n"
        "第三部分由县住建局牵头，县城管局参与；\n县教育局负责第四部分第1项，县人社局负责第四部分其余各项。\n"
    )
    units = _units(text, 2024)
    assert units["规模以上工业增加值增长8%"] == (("县工信局",), ())
    assert units["新增高新技术企业15家"] == (("县科技局",), ())
    assert units["新建城市公园3个"] == (("县住建局",), ("县城管局",))
    assert units["新增学位1200个"] == (("县教育局",), ())
    assert units["城镇新增就业5000人"] == (("县人社局",), ())
    assert units["新增公益性岗位300个"] == (("县人社局",), ())


def test_an_annex_line_naming_its_lead_among_the_listed_units_leads_with_it() -> None:
    """“…”部分：责任单位为X（牵头）、Y and “…”部分：责任单位：X牵头，Y配合: the lead named leads and the others help, no
    label or mark left in a name."""
    text = (
        "政府工作报告\n\n二、重点工作\n\n（一）坚持工业强县\n\n全年新增规上工业企业20家。\n\n（二）坚持生态优先\n\n"
        "森林覆盖率达到61.5%。\n\n附件\n分工\n一、“坚持工业强县”部分：责任单位为县工业和信息化局（牵头）、县科技局。\n"
        "二、“坚持生态优先”部分：责任单位：县发展和改革局牵头，县统计局配合。\n"
    )
    units = _units(text)
    assert units["全年新增规上工业企业20家"] == (("县工业和信息化局",), ("县科技局",))
    assert units["森林覆盖率达到61.5%"] == (("县发展和改革局",), ("县统计局",))


def test_a_numbered_heading_closed_by_a_leads_list_stays_a_heading() -> None:
    """（二）强化保障。以下事项由县住建局牵头，县财政局配合：: the line opens heading (二), so the target of (一) above it
    takes none of those units."""
    text = (
        "某县2026年住房工作要点\n\n一、总体要求\n\n（一）稳步推进。全年新开工住房1000套。\n\n"
        "（二）强化保障。以下事项由县住建局牵头，县财政局配合：\n\n1.6月底前老旧小区改造项目全部开工。\n"
    )
    assert _units(text)["全年新开工住房1000套"] == ((), ())
