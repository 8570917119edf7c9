"""The task tree from a plan's numbering, and who answers for each task."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planengine.draft import draft_spec
from planengine.draft.responsibility import Responsibility, parse_responsibility, split_units
from planengine.draft.structure import outline
from planengine.draft.text import shadow


def tree(text: str) -> list[tuple[str, str]]:
    root = outline(text, shadow(text)).root
    return [(n.number, n.title) for n in root.walk() if n.kind != "root"]


def test_numbering_variants_nest_in_the_order_they_appear() -> None:
    text = "\n".join([
        "一、工作目标", "全年新增企业10家。",
        "二、 工作任务",
        "(一)关键核心技术攻关行动。坚持问题导向。",
        "1.石油化工领域。围绕化工新技术开展攻关。",
        "(1)子项。内容。",
        "2、先进制造领域。内容。",
        "（二）创新成果转化攻坚行动。内容。",
        "①第一小项。内容。",
        "三、推进机制",
    ])
    assert tree(text) == [
        ("一", "工作目标"), ("二", "工作任务"), ("二(一)", "关键核心技术攻关行动"), ("二(一)1", "石油化工领域"),
        ("二(一)1(1)", "子项"), ("二(一)2", "先进制造领域"), ("二(二)", "创新成果转化攻坚行动"),
        ("二(二)①", "第一小项"), ("三", "推进机制"),
    ]


def test_a_decimal_or_a_month_after_a_number_is_no_heading() -> None:
    assert tree("1.5万亩高标准农田\n2.3%的增长") == []


def test_a_heading_that_is_the_whole_item_is_read() -> None:
    text = "一、主要预期目标\n1.地区生产总值增长6.2%左右。\n牵头单位:区发改局\n责任单位:开发区,各街道\n2.固定资产投资增长15%左右。"
    result = draft_spec(text, year=2023)
    assert [(t.quote, t.lead, t.support) for t in result.targets] == [
        ("地区生产总值增长6.2%左右", ("区发改局",), ("开发区", "各街道")),
        ("固定资产投资增长15%左右", (), ()),
    ]


def test_a_label_over_items_is_not_read() -> None:
    result = draft_spec("二、2023年七个方面主要工作安排\n1.新增企业5家。(区发改局负责)", year=2023)
    assert [t.quote for t in result.targets] == ["新增企业5家"]


def test_a_look_back_section_is_skipped() -> None:
    result = draft_spec("一、2022年工作回顾\n新增企业50家。\n二、2023年目标\n新增企业60家。", year=2023)
    assert [t.value for t in result.targets] == [60]


def test_the_preamble_states_no_milestones() -> None:
    text = "为推动发展,确保圆满完成年度任务,特制定本方案。\n一、目标\n建成产业园1个。"
    assert [t.quote for t in draft_spec(text, year=2023).targets] == ["建成产业园1个"]


# --- responsibility -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "lead", "support"),
    [
        ("区科工局牵头,区发改局等按职责分工负责", ("区科工局",), ("区发改局",)),
        ("区人才办、区科工局牵头,区教育局、区财政局、区人社局等按职责分工负责",
         ("区人才办", "区科工局"), ("区教育局", "区财政局", "区人社局")),
        ("区科工局牵头，区卫健局、区市场监管局等按职责分工负责", ("区科工局",), ("区卫健局", "区市场监管局")),
        ("牵头单位:市发改局;责任单位:市统计局,各乡、镇人民政府,人民大垸、荒湖管理区,监利经济开发区",
         ("市发改局",), ("市统计局", "各乡、镇人民政府", "人民大垸、荒湖管理区", "监利经济开发区")),
        ("牵头单位:市科经局;责任单位:市统计局、市市场监管局,各乡、镇人民政府",
         ("市科经局",), ("市统计局", "市市场监管局", "各乡、镇人民政府")),
        ("牵头单位:市住建局", ("市住建局",), ()),
        ("责任领导:杜新国;牵头单位:区交通运输局;责任单位:区发改局、区林业局,区经发集团,相关乡镇办",
         ("区交通运输局",), ("区发改局", "区林业局", "区经发集团", "相关乡镇办")),
        ("牵头单位:区发改局;配合单位:区财政局", ("区发改局",), ("区财政局",)),
        ("责任单位:市发改局*、市财政局", ("市发改局",), ("市财政局",)),
        ("市财政局负责", ("市财政局",), ()),
        ("市发改局牵头,市财政局配合", ("市发改局",), ("市财政局",)),
    ],
)
def test_parse_responsibility(content: str, lead: tuple[str, ...], support: tuple[str, ...]) -> None:
    found = parse_responsibility(shadow(content))
    assert (found.lead, found.support) == (lead, support)


def test_responsibility_without_a_lead_is_flagged() -> None:
    found = parse_responsibility("责任单位:区发改局、区财政局")
    assert found == Responsibility(("区发改局",), ("区财政局",), found.note) and found.note


def test_a_bracket_without_units_is_no_responsibility() -> None:
    assert not parse_responsibility("重大人才项目按协议确定")


def test_split_units_keeps_names_that_contain_the_list_mark() -> None:
    assert split_units("各乡、镇人民政府,人民大垸、荒湖管理区") == ["各乡、镇人民政府", "人民大垸、荒湖管理区"]
    assert split_units("发改局、住建局、国兴集团,锦城街道、昌化镇") == ["发改局", "住建局", "国兴集团", "锦城街道", "昌化镇"]
    assert split_units("妇联,各镇(街道)") == ["妇联", "各镇(街道)"]


def test_a_bracket_applies_to_the_targets_of_its_paragraph() -> None:
    text = ("二、工作任务\n(一)转化行动。整合资源。\n1.培育企业。力争净增高新技术企业超10家,税收增长10%以上。"
            "(区科工局牵头,区财政局等按职责分工负责)\n2.人才。引进人才3名左右。(区人才办、区科工局牵头,区教育局等按职责分工负责)")
    result = draft_spec(text, year=2026)
    assert [(t.task, t.lead, t.support) for t in result.targets] == [
        ("t2.1.1", ("区科工局",), ("区财政局",)), ("t2.1.1", ("区科工局",), ("区财政局",)),
        ("t2.1.2", ("区人才办", "区科工局"), ("区教育局",)),
    ]
    tasks = {t["id"]: t for t in result.spec["tasks"]}
    units = {u["id"]: u["name"] for u in result.spec["units"]}
    assert [units[u] for u in tasks["t2.1.2"]["lead"]] == ["区人才办", "区科工局"]
    assert tasks["t2.1"]["parent"] == "t2" and "lead" not in tasks["t2.1"]


def test_two_brackets_in_one_paragraph_make_two_tasks() -> None:
    text = "一、任务\n1.建设。新建学校3所(区教育局负责);新增床位200张(区卫健局负责)。"
    result = draft_spec(text, year=2026)
    assert [(t.task, t.lead) for t in result.targets] == [("t1.1-1", ("区教育局",)), ("t1.1-2", ("区卫健局",))]


# --- tables ---------------------------------------------------------------------------------------


def test_a_table_row_is_a_task_with_its_unit_columns() -> None:
    text = "\n".join([
        "序号 | 实事项目 | 工作举措 | 责任单位 | 配合单位 |",
        "1 | 新建学校7所。 | 1.4月底前主体完工。 2.8月底前竣工交付。 | 教育局 | 发改局、住建局 |",
        "2 | 新增托位500个。 | 9月底前完成500个托位。 |  | 财政局 |",
    ])
    result = draft_spec(text, year=2022)
    assert [(t.quote, t.kind, t.lead, t.support) for t in result.targets] == [
        ("新建学校7所", "count", ("教育局",), ("发改局", "住建局")),
        ("4月底前主体完工", "milestone", ("教育局",), ("发改局", "住建局")),
        ("8月底前竣工交付", "milestone", ("教育局",), ("发改局", "住建局")),
        ("新增托位500个", "count", ("教育局",), ("财政局",)),  # a blank cell takes the unit above
        ("9月底前完成500个托位", "milestone", ("教育局",), ("财政局",)),
    ]


def test_an_indicator_table() -> None:
    text = "\n".join([
        "序号 | 指标名称 | 单位 | 2023年完成 | 2024年目标 | 责任单位",
        "1 | 地区生产总值增速 | % | 5.2 | 6左右 | 区发改局",
        "2 | 一般公共预算收入 | 亿元 | 20.1 | 21.5 | 区财政局",
        "3 | 城镇调查失业率 | % | 5.1 | ≤5.5 | 区人社局",
        "4 | 新增高新技术企业 | 家 | 20 | 25 | 区科技局",
    ])
    result = draft_spec(text, year=2024)
    assert [(t.kind, t.comparator, t.value) for t in result.targets] == [
        ("growth-rate", "approx", Decimal("0.06")), ("amount", "=", 2150000000), ("ceiling", "<=", Decimal("0.055")),
        ("count", "=", 25)]
    assert [t.quote for t in result.targets][0] == "地区生产总值增速 | % | 5.2 | 6左右"


def test_a_table_flattened_to_one_cell_per_line() -> None:
    """Rows start at a serial number; what follows the unit cells (progress) is not read; a blank
    unit cell takes the units above."""
    cells = ["序号", "主要任务", "分管领导", "牵头单位", "协同单位", "1-6月推进情况", "是否达序",
             "7", "新建口袋公园12个。", "张三", "住建局", "城管局、各街道", "已完成5个,在建7个。", "是",
             "8", "改造老旧小区30个。", "李四", "房管局", "", "完成40%。", "否"]
    text = "2024年民生实事推进情况\n" + "\n".join(f"{c} |" for c in cells)
    result = draft_spec(text, year=2024)
    assert [(t.quote, t.value, t.lead, t.support) for t in result.targets] == [
        ("新建口袋公园12个", Decimal(12), ("住建局",), ("城管局", "各街道")),
        ("改造老旧小区30个", Decimal(30), ("房管局",), ("城管局", "各街道")),
    ]


def test_sections_of_principles_state_no_targets() -> None:
    text = "一、总体要求\n(一)指导思想\n率先建成服务型政府。\n(二)主要目标\n新增企业20家。"
    assert [t.quote for t in draft_spec(text, year=2024).targets] == ["新增企业20家"]
