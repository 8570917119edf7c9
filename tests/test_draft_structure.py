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
    text = "\n".join(
        [
            "一、工作目标",
            "全年新增企业10家。",
            "二、 工作任务",
            "(一)关键核心技术攻关行动。坚持问题导向。",
            "1.石油化工领域。围绕化工新技术开展攻关。",
            "(1)子项。内容。",
            "2、先进制造领域。内容。",
            "（二）创新成果转化攻坚行动。内容。",
            "①第一小项。内容。",
            "三、推进机制",
        ]
    )
    assert tree(text) == [
        ("一", "工作目标"),
        ("二", "工作任务"),
        ("二(一)", "关键核心技术攻关行动"),
        ("二(一)1", "石油化工领域"),
        ("二(一)1(1)", "子项"),
        ("二(一)2", "先进制造领域"),
        ("二(二)", "创新成果转化攻坚行动"),
        ("二(二)①", "第一小项"),
        ("三", "推进机制"),
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
        (
            "区人才办、区科工局牵头,区教育局、区财政局、区人社局等按职责分工负责",
            ("区人才办", "区科工局"),
            ("区教育局", "区财政局", "区人社局"),
        ),
        ("区科工局牵头，区卫健局、区市场监管局等按职责分工负责", ("区科工局",), ("区卫健局", "区市场监管局")),
        (
            "牵头单位:市发改局;责任单位:市统计局,各乡、镇人民政府,人民大垸、荒湖管理区,监利经济开发区",
            ("市发改局",),
            ("市统计局", "各乡、镇人民政府", "人民大垸、荒湖管理区", "监利经济开发区"),
        ),
        (
            "牵头单位:市科经局;责任单位:市统计局、市市场监管局,各乡、镇人民政府",
            ("市科经局",),
            ("市统计局", "市市场监管局", "各乡、镇人民政府"),
        ),
        ("牵头单位:市住建局", ("市住建局",), ()),
        (
            "责任领导:杜新国;牵头单位:区交通运输局;责任单位:区发改局、区林业局,区经发集团,相关乡镇办",
            ("区交通运输局",),
            ("区发改局", "区林业局", "区经发集团", "相关乡镇办"),
        ),
        ("牵头单位:区发改局;配合单位:区财政局", ("区发改局",), ("区财政局",)),
        ("责任单位:市发改局*、市财政局", ("市发改局",), ("市财政局",)),
        ("市财政局负责", ("市财政局",), ()),
        ("市发改局牵头,市财政局配合", ("市发改局",), ("市财政局",)),
    ],
)
def test_parse_responsibility(content: str, lead: tuple[str, ...], support: tuple[str, ...]) -> None:
    found = parse_responsibility(shadow(content))
    assert (found.lead, found.support) == (lead, support)


def test_units_answerable_lead_together_when_none_is_said_to_lead() -> None:
    """责任单位 with no 牵头 label and no star: every unit under it leads, as a table's 责任单位 column."""
    assert parse_responsibility("责任单位:区发改局、区财政局") == Responsibility(("区发改局", "区财政局"), ())
    helped = parse_responsibility("责任单位:区卫健委、区民政局;配合单位:区财政局")
    assert (helped.lead, helped.support) == (("区卫健委", "区民政局"), ("区财政局",))


def test_a_bracket_without_units_is_no_responsibility() -> None:
    assert not parse_responsibility("重大人才项目按协议确定")


def test_split_units_keeps_names_that_contain_the_list_mark() -> None:
    assert split_units("各乡、镇人民政府,人民大垸、荒湖管理区") == ["各乡、镇人民政府", "人民大垸、荒湖管理区"]
    assert split_units("发改局、住建局、国兴集团,锦城街道、昌化镇") == [
        "发改局",
        "住建局",
        "国兴集团",
        "锦城街道",
        "昌化镇",
    ]
    assert split_units("妇联,各镇(街道)") == ["妇联", "各镇(街道)"]


def test_a_bracket_applies_to_the_targets_of_its_paragraph() -> None:
    text = (
        "二、工作任务\n(一)转化行动。整合资源。\n1.培育企业。力争净增高新技术企业超10家,税收增长10%以上。"
        "(区科工局牵头,区财政局等按职责分工负责)\n2.人才。引进人才3名左右。(区人才办、区科工局牵头,区教育局等按职责分工负责)"
    )
    result = draft_spec(text, year=2026)
    assert [(t.task, t.lead, t.support) for t in result.targets] == [
        ("t2.1.1", ("区科工局",), ("区财政局",)),
        ("t2.1.1", ("区科工局",), ("区财政局",)),
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
    text = "\n".join(
        [
            "序号 | 实事项目 | 工作举措 | 责任单位 | 配合单位 |",
            "1 | 新建学校7所。 | 1.4月底前主体完工。 2.8月底前竣工交付。 | 教育局 | 发改局、住建局 |",
            "2 | 新增托位500个。 | 9月底前完成500个托位。 |  | 财政局 |",
        ]
    )
    result = draft_spec(text, year=2022)
    assert [(t.quote, t.kind, t.lead, t.support) for t in result.targets] == [
        ("新建学校7所", "count", ("教育局",), ("发改局", "住建局")),
        ("4月底前主体完工", "milestone", ("教育局",), ("发改局", "住建局")),
        ("8月底前竣工交付", "milestone", ("教育局",), ("发改局", "住建局")),
        ("新增托位500个", "count", ("教育局",), ("财政局",)),  # a blank cell takes the unit above
        ("9月底前完成500个托位", "milestone", ("教育局",), ("财政局",)),
    ]


def test_an_indicator_table() -> None:
    text = "\n".join(
        [
            "序号 | 指标名称 | 单位 | 2023年完成 | 2024年目标 | 责任单位",
            "1 | 地区生产总值增速 | % | 5.2 | 6左右 | 区发改局",
            "2 | 一般公共预算收入 | 亿元 | 20.1 | 21.5 | 区财政局",
            "3 | 城镇调查失业率 | % | 5.1 | ≤5.5 | 区人社局",
            "4 | 新增高新技术企业 | 家 | 20 | 25 | 区科技局",
        ]
    )
    result = draft_spec(text, year=2024)
    assert [(t.kind, t.comparator, t.value) for t in result.targets] == [
        ("growth-rate", "approx", Decimal("0.06")),
        ("amount", "=", 2150000000),
        ("ceiling", "<=", Decimal("0.055")),
        ("count", "=", 25),
    ]
    assert [t.quote for t in result.targets][0] == "地区生产总值增速 | % | 5.2 | 6左右"


def test_a_table_flattened_to_one_cell_per_line() -> None:
    """Rows start at a serial number; what follows the unit cells (progress) is not read; a blank
    unit cell takes the units above."""
    cells = [
        "序号",
        "主要任务",
        "分管领导",
        "牵头单位",
        "协同单位",
        "1-6月推进情况",
        "是否达序",
        "7",
        "新建口袋公园12个。",
        "张三",
        "住建局",
        "城管局、各街道",
        "已完成5个,在建7个。",
        "是",
        "8",
        "改造老旧小区30个。",
        "李四",
        "房管局",
        "",
        "完成40%。",
        "否",
    ]
    text = "2024年民生实事推进情况\n" + "\n".join(f"{c} |" for c in cells)
    result = draft_spec(text, year=2024)
    assert [(t.quote, t.value, t.lead, t.support) for t in result.targets] == [
        ("新建口袋公园12个", Decimal(12), ("住建局",), ("城管局", "各街道")),
        ("改造老旧小区30个", Decimal(30), ("房管局",), ("城管局", "各街道")),
    ]


def test_sections_of_principles_state_no_targets() -> None:
    text = "一、总体要求\n(一)指导思想\n率先建成服务型政府。\n(二)主要目标\n新增企业20家。"
    assert [t.quote for t in draft_spec(text, year=2024).targets] == ["新增企业20家"]


# --- held-out findings: rules that hold for plans not seen ------------------------------------------


_TASK_TABLE = [
    "编号 | 重点任务 | 2025年基数 | 2026年目标 | 责任单位 | 完成时限 |",
    "1 | 稳定粮食生产 | 粮食播种面积3.52万亩 | 粮食播种面积稳定在3.5万亩以上。 | 农业服务中心*、各村 | 10月底 |",
    "2 | 高标准农田建设 | 累计建成4.1万亩 | 新建高标准农田6000亩;6月底前完成项目招标。 | 农业服务中心* | 11月底 |",
    "3 | 和美乡村创建 | — | 创建省级和美乡村示范村1个。 |  | 12月底 |",
]


def test_a_target_column_without_a_unit_column_is_read_and_the_baseline_is_not() -> None:
    result = draft_spec("\n".join(_TASK_TABLE), year=2026)
    assert [(t.quote, t.kind, t.value) for t in result.targets] == [
        ("粮食播种面积稳定在3.5万亩以上", "amount", Decimal(35000)),
        ("新建高标准农田6000亩", "amount", Decimal(6000)),
        ("6月底前完成项目招标", "milestone", None),
        ("创建省级和美乡村示范村1个", "count", Decimal(1)),  # not the task's name 和美乡村创建
    ]


@pytest.mark.parametrize("column", ["工作目标", "年度目标", "2026年目标"])
def test_a_table_whose_only_text_is_its_target_column(column: str) -> None:
    text = f"序号 | {column} | 责任单位 |\n1 | 新建学校7所。 | 教育局 |\n2 | 新增托位500个。 | 卫健局 |"
    result = draft_spec(text, year=2026)
    assert [(t.quote, t.value, t.lead) for t in result.targets] == [
        ("新建学校7所", Decimal(7), ("教育局",)),
        ("新增托位500个", Decimal(500), ("卫健局",)),
    ]


def test_a_figure_alone_under_a_target_column_is_named_by_the_task() -> None:
    text = "序号 | 指标 | 2025年完成 | 2026年目标 | 责任单位 |\n1 | 新增高新技术企业 | 20家 | 25家 | 区科技局 |"
    (target,) = draft_spec(text, year=2026).targets
    assert (target.kind, target.value, target.lead) == ("count", Decimal(25), ("区科技局",))


def test_the_baseline_column_is_skipped_when_a_row_falls_back_on_its_content() -> None:
    """A row that lost a cell is read by content; the cells before its units still line up with the header."""
    text = "\n".join(
        [
            "编号 | 重点任务 | 2025年基数 | 2026年目标 | 责任单位 | 完成时限 |",
            "1 | 稳定粮食生产 | 粮食播种面积3.52万亩,总产1.43万吨 | 粮食总产量不低于1.45万吨。 | 农业服务中心 |",
        ]
    )
    result = draft_spec(text, year=2026)
    assert [(t.quote, t.value, t.lead) for t in result.targets] == [
        ("粮食总产量不低于1.45万吨", Decimal(14500), ("农业服务中心",))
    ]


def test_the_starred_unit_of_a_row_leads() -> None:
    result = draft_spec("\n".join(_TASK_TABLE), year=2026)
    assert [(t.lead, t.support) for t in result.targets] == [
        (("农业服务中心",), ("各村",)),
        (("农业服务中心",), ()),
        (("农业服务中心",), ()),
        (("农业服务中心",), ()),  # a blank unit cell takes the units above
    ]


def test_the_star_marks_a_list_of_units() -> None:
    assert split_units("农业服务中心*、各村") == ["农业服务中心*", "各村"]
    assert split_units("各乡、镇人民政府") == ["各乡、镇人民政府"]
    found = parse_responsibility("责任单位：自然资源所*、农业服务中心、各村")
    assert (found.lead, found.support) == (("自然资源所",), ("农业服务中心", "各村"))


@pytest.mark.parametrize(
    "bracket",
    [
        "（牵头单位：市发改委、市统计局；责任单位：各县（市、区）人民政府，云江高新区管委会）",
        "(牵头单位:市发改委、市统计局;责任单位:各县(市、区)人民政府,云江高新区管委会)",
    ],
)
def test_nested_brackets_state_responsibility_and_keep_the_target(bracket: str) -> None:
    for item in ("1．地区生产总值增长6%左右，在实际工作中争取更好结果。", "1．城镇调查失业率控制在5.5%以内。"):
        result = draft_spec("一、主要预期目标\n" + item + bracket, year=2026)
        (target,) = result.targets
        county = "各县（市、区）人民政府" if "（" in bracket else "各县(市、区)人民政府"
        assert (target.lead, target.support) == (("市发改委", "市统计局"), (county, "云江高新区管委会"))


def test_split_units_never_splits_inside_brackets() -> None:
    assert split_units("各县（市、区）人民政府，云江高新区管委会") == ["各县（市、区）人民政府", "云江高新区管委会"]
    assert split_units("市工信局、市住建局,各县(市、区)人民政府") == ["市工信局", "市住建局", "各县(市、区)人民政府"]


@pytest.mark.parametrize("heading", ["发展基础", "2025年工作基础", "工作基础", "基本情况", "现实基础和面临形势"])
def test_a_section_on_the_ground_covered_is_skipped(heading: str) -> None:
    text = f"一、{heading}\n全县新增企业50家。\n二、工作目标\n新增企业60家。"
    assert [t.value for t in draft_spec(text, year=2026).targets] == [60]


@pytest.mark.parametrize("heading", ["夯实数字基础设施", "夯实农业发展基础"])
def test_a_task_on_foundations_is_read(heading: str) -> None:
    text = f"一、重点任务\n(一){heading}\n1.新建5G基站300个。"
    assert [t.value for t in draft_spec(text, year=2026).targets] == [300]


def test_a_section_headed_by_a_past_year_looks_back() -> None:
    text = "一、2025年工作进展\n新增企业50家。\n二、2026年工作安排\n新增企业60家。"
    assert [t.value for t in draft_spec(text, year=2026).targets] == [60]
    # the first year of a multi-year plan bounds the past: 2025 is within 2023—2027
    plan = "双倍增行动计划(2023—2027年)\n一、2025年工作进展\n新增企业50家。"
    assert [t.value for t in draft_spec(plan).targets] == [50]


def test_a_latin_unit_planengine_knows_is_used() -> None:
    result = draft_spec("一、任务\n1.年底前形成20GWh产能。(牵头单位:云江高新区管委会)", year=2026)
    (target,) = result.spec["targets"]
    assert target["params"]["value"] == "20GWh" and target["schedule"] == [{"month": 12, "share": 1}]
    assert result.spec["metrics"][0]["unit"] == "GWh"


def test_a_latin_unit_planengine_does_not_know_is_drafted_for_review() -> None:
    result = draft_spec("一、任务\n1.年底前形成2TWh产能。(牵头单位:云江高新区管委会)", year=2026)
    (target,) = result.spec["targets"]
    assert target["params"]["value"] == "2"
    assert "TWh, which planengine does not know" in target["note"]


def test_split_units_splits_a_cell_at_blanks_only_between_whole_names() -> None:
    assert split_units("县教体局 各相关乡镇政府") == ["县教体局", "各相关乡镇政府"]
    assert split_units("县住建局　各镇(街道)") == ["县住建局", "各镇(街道)"]
    assert split_units("市生态环境局 江北") == ["市生态环境局江北"]  # not two names: one, its blank dropped


def test_a_progress_report_restates_its_targets_in_a_progress_section() -> None:
    text = "\n".join(
        [
            "某市生态环境局关于2023年上半年重点目标任务推进情况的通报",
            "一、总体进展情况",
            "截至6月底,已完成4项。",
            "(一)大气污染防治",
            "年度目标：空气质量优良天数比率达到85%以上,完成治理项目45个。(牵头单位:市生态环境局大气环境科)",
            "进展情况:1—6月,优良天数比率为80.1%;已完成治理项目19个,完成年度目标的42.2%。",
            "二、存在问题",
            "年度目标完成率不足五成,治理项目完成12个。",
        ]
    )
    targets = draft_spec(text, year=2023).targets
    assert [(t.value, t.lead) for t in targets] == [
        (Decimal("0.85"), ("市生态环境局大气环境科",)),
        (Decimal("45"), ("市生态环境局大气环境科",)),
    ]


def test_a_paragraph_of_progress_under_an_item_is_not_read() -> None:
    text = "\n".join(
        [
            "2022年市办实事一季度进展情况",
            "1.实现城镇新增就业35万人以上。(责任单位:市人力资源社会保障局)",
            "进展情况:全市城镇新增就业5.88万人,累计创设公益性岗位3.72万个;制定印发农民技能培训实施方案。",
            "2.改造城镇老旧小区300个以上。(责任单位:市住房城乡建设局)",
            "完成情况：229个老旧小区开工改造,建筑面积571.9万平方米。",
        ]
    )
    assert [t.value for t in draft_spec(text, year=2022).targets] == [350000, 300]


def test_an_item_opening_with_strive_is_no_label() -> None:
    text = "一、重点任务\n10.力争新增规模以上工业企业25家。高新技术企业总数突破180家。(牵头单位:区科技局)"
    targets = draft_spec(text, year=2023).targets
    assert [(t.value, t.strive) for t in targets] == [(Decimal(25), True), (Decimal(180), False)]


def test_a_unit_with_its_own_bracket_keeps_it_over_two_lines() -> None:
    text = "一、重点任务\n1.实施重点项目120个以上。\n牵头单位：县发展和改革局（县重点建设项目事务中心）\n配合单位：各乡镇（街道）"
    (target,) = draft_spec(text, year=2024).targets
    assert (target.lead, target.support) == (("县发展和改革局（县重点建设项目事务中心）",), ("各乡镇（街道）",))


def test_a_heading_that_sums_up_its_items_states_each_target_once() -> None:
    text = "\n".join(
        [
            "一、减少农村扶贫对象6.76万人;实施易地扶贫搬迁18695人。(责任单位:市扶贫办、市移民局)",
            "1.减少农村扶贫对象6.76万人(责任单位:市扶贫办,各县区)",
            "此项工作已完成。截至12月底,全市完成减少农村扶贫对象7.497万人。累计投入扶贫资金126861.9万元。",
            "2.实施易地扶贫搬迁18695人。(责任单位:市移民局)",
        ]
    )
    assert [(t.quote, t.lead) for t in draft_spec(text, year=2019).targets] == [
        ("减少农村扶贫对象6.76万人", ("市扶贫办", "各县区")),
        ("实施易地扶贫搬迁18695人", ("市移民局",)),
    ]


def test_a_notice_that_the_first_unit_leads_holds_for_every_list_after_it() -> None:
    notice = "各项工作中,排在第一位的责任单位为牵头单位,其余为配合单位。\n一、稳增长\n"
    item = "1.新增市场主体600户以上。\n责任单位:招商服务中心、市场监管所"
    (target,) = draft_spec(notice + item, year=2024).targets
    assert (target.lead, target.support) == (("招商服务中心",), ("市场监管所",))
    (alone,) = draft_spec("一、稳增长\n" + item, year=2024).targets
    assert (alone.lead, alone.support) == (("招商服务中心", "市场监管所"), ())
    # said after one list's names, it is that list's alone
    local = "一、稳增长\n1.新增市场主体600户以上。(责任单位:招商服务中心、市场监管所,列第一位者为牵头单位)\n"
    other = "2.新增就业800人。(责任单位:人社所、社保所)"
    first, second = draft_spec(local + other, year=2024).targets
    assert first.lead == ("招商服务中心",) and second.lead == ("人社所", "社保所")


def test_a_lede_that_the_body_repeats_states_each_target_once() -> None:
    text = (
        "新闻讯 新增公共停车位1664个、改造棚户区4490户……2月17日,记者从区里获悉。\n"
        "今年,全年新建停车场2个,新增公共停车位1664个,改造棚户区4490户。"
    )
    assert [(t.quote, t.value) for t in draft_spec(text, year=2023).targets] == [
        ("全年新建停车场2个", Decimal(2)),
        ("新增公共停车位1664个", Decimal(1664)),
        ("改造棚户区4490户", Decimal(4490)),
    ]


def test_a_line_saying_by_when_is_the_item_s_date_and_no_target() -> None:
    text = "一、项目\n1.新建公园3个。\n完成时限:2023年9月底前\n牵头单位:区园林局\n2.改造老旧小区5个。\n完成时限:6月底前完成主体工程"
    assert [(t.quote, t.kind) for t in draft_spec(text, year=2023).targets] == [
        ("新建公园3个", "count"),
        ("改造老旧小区5个", "count"),
        ("6月底前完成主体工程", "milestone"),
    ]


def test_a_host_and_co_hosts_are_the_lead_and_support() -> None:
    assert parse_responsibility("省财政厅主办,省国税局、地税局协办") == Responsibility(
        ("省财政厅",), ("省国税局", "地税局")
    )
    text = "一、目标\n(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)"
    (target,) = draft_spec(text, year=2013).targets
    assert (target.lead, target.support) == (("省财政厅",), ("省国税局", "地税局"))


@pytest.mark.parametrize(
    "title",
    [
        "黑龙江:关于印发《某省乡村产业发展“十四五”规划》的通知",
        "某省乡村产业发展“十四五”规划",
        "某省乡村产业发展规划(2021-2025年)",
    ],
)
def test_a_title_s_years_name_a_table_s_year_columns(title: str) -> None:
    text = f"{title}\n指标 | 2020年 | 2025年 |\n新型农业经营主体(万个) | 12 | 15 |\n"
    assert [t.value for t in draft_spec(text, year=2021).targets] == [Decimal(150000)]


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        (
            "县自然资源和规划局、县住房城乡\n建设局、各乡镇人民政府",
            ["县自然资源和规划局", "县住房城乡建设局", "各乡镇人民政府"],
        ),
        ("县农业农村局、县人力资源社会\n保障局", ["县农业农村局", "县人力资源社会保障局"]),
        ("县发改局\n财政局", ["县发改局", "财政局"]),
        ("县发改局\n县财政局", ["县发改局", "县财政局"]),
    ],
)
def test_split_units_joins_a_name_cut_after_a_word_that_ends_like_a_unit(cell: str, names: list[str]) -> None:
    assert split_units(cell) == names


def test_a_paragraph_opening_with_a_point_numbered_in_words_is_an_item_with_its_own_units() -> None:
    """一是…。由X牵头实施,Y配合。: each point answers for its own targets, its first sentence read as the
    rest (七是基本消除…); (一) after a point is its section's, and points on one line stay text."""
    text = (
        "某市2025年十大民生实事\n一、民生\n"
        "一是扩大教育资源供给。新增学位1万个。由市教育局牵头实施,市财政局配合。\n"
        "二是基本消除城镇建成区移动网络盲区。由市通信管理办牵头实施。\n"
        "(一)完善医疗体系\n1.新建卫生室5个。\n"
        "二、生态\n一是新建公园2个。二是新增绿道8公里。(市城管局)\n"
    )
    got = [(t.quote, t.lead, t.support, t.task) for t in draft_spec(text, year=2025).targets]
    assert got == [
        ("新增学位1万个", ("市教育局",), ("市财政局",), "t1.p1"),
        ("基本消除城镇建成区移动网络盲区", ("市通信管理办",), (), "t1.p2"),
        ("新建卫生室5个", (), (), "t1.1.1"),
        ("新建公园2个", ("市城管局",), (), "t2"),
        ("新增绿道8公里", ("市城管局",), (), "t2"),
    ]


def test_a_heading_s_own_targets_take_its_items_units_only_when_they_all_answer_alike() -> None:
    """今年,全区要实现… over items led by different units: no one's; over items all led by one unit:
    that unit's."""
    text = (
        "某区2025年工作安排\n一、锚定目标\n今年,全区地区生产总值增长6%左右。\n"
        "1.新开工项目25个。(区发改局)\n2.举办促消费活动40场。(区商务局)\n"
        "二、抓好民生\n新增就业5000人。\n1.开展技能培训2000人次。(区人社局)\n2.发放创业贷款1亿元。(区人社局)\n"
    )
    got = [(t.quote, t.lead) for t in draft_spec(text, year=2025).targets]
    assert got[0] == ("全区地区生产总值增长6%左右", ())
    assert ("新增就业5000人", ("区人社局",)) in got
