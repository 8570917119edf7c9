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
