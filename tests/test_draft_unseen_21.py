"""Shapes of plans the twenty-first session found in opened held-out sets and in the gaps the
twentieth left: each test states the general reading, on a text written for it."""

from __future__ import annotations

from planengine.draft import draft_spec


def _units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


_NO_HEADINGS = (
    "2026年全县生态环境保护工作要点\n\n"
    "今年全县PM2.5平均浓度控制在32微克/立方米以内，空气质量优良天数比例达到85%以上，"
    "由县生态环境局牵头，县住建局、县交通运输局配合。\n\n"
    "全县国考断面水质达标率达到100%，县水利局负责，各乡镇配合。\n\n"
    "各单位每季度末报送工作进展。\n"
)


def test_a_paragraph_of_a_plan_without_headings_takes_the_units_closing_it_after_a_comma() -> None:
    """A notice with no headings: each paragraph is an item, and the clause closing its one sentence
    (…,由A牵头,B配合。; …,A负责,B配合。) names who answers for it."""
    assert _units(_NO_HEADINGS) == [
        ("今年全县PM2.5平均浓度控制在32微克/立方米以内", ("县生态环境局",), ("县住建局", "县交通运输局")),
        ("空气质量优良天数比例达到85%以上", ("县生态环境局",), ("县住建局", "县交通运输局")),
        ("全县国考断面水质达标率达到100%", ("县水利局",), ("各乡镇",)),
    ]


def test_under_a_heading_a_sentence_closing_clause_stays_its_own_sentence_s() -> None:
    """Under a numbered heading the clause answers for its sentence alone, as before: the heading's
    other targets keep the heading's units."""
    text = (
        "某县工作要点\n\n一、大气污染防治（牵头单位：县生态环境局）\n\n"
        "PM2.5平均浓度控制在32微克/立方米以内。新建充电桩200个，县住建局负责，县供电公司配合。\n"
    )
    leads = [lead for _, lead, _ in _units(text)]
    assert leads[0] == ("县生态环境局",)


def test_a_subject_that_is_no_unit_names_no_lead() -> None:
    text = "某县要点\n\n全县新增就业岗位3000个，专人负责，各方配合。\n"
    assert _units(text) == [("全县新增就业岗位3000个", (), ())]


_CIRCLED_INLINE = (
    "某市养老服务实施方案\n\n三、重点任务\n\n"
    "（一）完善养老服务网络。①新建街道综合养老服务中心10个；②新增家庭养老床位500张；③建设老年助餐点50个；"
    "④改造特殊困难老年人家庭适老化1000户。第①③项牵头单位：市民政局；第②项牵头单位：市卫健委，配合单位：市医保局。\n\n"
)


def test_sub_items_marked_in_circles_take_the_units_named_for_their_marks() -> None:
    """第①③项牵头单位:A;第②项牵头单位:B,配合单位:C: each measure its own units; ④, which no part
    names, none (the text gives it none)."""
    assert _units(_CIRCLED_INLINE) == [
        ("新建街道综合养老服务中心10个", ("市民政局",), ()),
        ("新增家庭养老床位500张", ("市卫健委",), ("市医保局",)),
        ("建设老年助餐点50个", ("市民政局",), ()),
        ("改造特殊困难老年人家庭适老化1000户", (), ()),
    ]


def test_sub_items_on_lines_of_their_own_with_the_statement_in_brackets() -> None:
    text = (
        "某市实施方案\n\n三、重点任务\n\n（二）提升医养结合水平。\n"
        "①二级以上综合医院设老年医学科比例达到80%以上；\n②新增医养结合机构5家。\n"
        "（第①项牵头单位：市卫健委；第②项由市民政局负责）\n"
    )
    assert [(quote, lead) for quote, lead, _ in _units(text)] == [
        ("二级以上综合医院设老年医学科比例达到80%以上", ("市卫健委",)),
        ("新增医养结合机构5家", ("市民政局",)),
    ]


def test_a_duty_list_by_item_names_sub_items_by_mark_with_units_shared_after_them() -> None:
    """项目2:第(1)项牵头单位 A,第(2)至(3)项牵头单位 B;责任单位 C: blanks for colons, a range of marks,
    and the units named after the last part helping with every part."""
    text = (
        "某市民生实事实施方案\n\n一、项目内容\n\n1.扩充教育资源\n新增学位3000个。\n\n2.兜牢基本生活\n"
        "（1）城乡低保标准提高到每人每月860元；（2）为1000名残疾儿童提供康复救助；（3）完成无障碍改造600户。\n\n"
        "二、责任分工\n\n项目1：牵头单位 市教育局；责任单位 市财政局\n"
        "项目2：第（1）项牵头单位 市民政局，第（2）至（3）项牵头单位 市残联；责任单位 市财政局、各县（市、区）人民政府\n"
    )
    assert _units(text)[1:] == [
        ("城乡低保标准提高到每人每月860元", ("市民政局",), ("市财政局", "各县（市、区）人民政府")),
        ("为1000名残疾儿童提供康复救助", ("市残联",), ("市财政局", "各县（市、区）人民政府")),
        ("完成无障碍改造600户", ("市残联",), ("市财政局", "各县（市、区）人民政府")),
    ]


def test_a_part_naming_no_unit_gives_its_mark_nothing() -> None:
    text = "某县方案\n\n一、任务\n\n（一）道路。①新建道路5公里；②改造桥梁3座。第①项要加快推进，第②项由县交通局负责。\n"
    assert [lead for _, lead, _ in _units(text)] == [(), ("县交通局",)]


def test_none_more_in_quotes_is_a_ceiling_of_nothing() -> None:
    """新增违建“零增长”, 违法占用耕地“零新增”: as 零发生, a ceiling of 0 on what the words name."""
    text = "某乡目标责任书\n\n一、目标任务\n\n1.新增违法占用耕地“零增长”。\n2.违法占用耕地“零新增”。\n"
    assert [(t.quote, t.kind, t.comparator, t.value) for t in draft_spec(text, year=2026).targets] == [
        ("新增违法占用耕地“零增长”", "ceiling", "<=", 0),
        ("违法占用耕地“零新增”", "ceiling", "<=", 0),
    ]
