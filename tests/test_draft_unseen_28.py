"""Shapes of plans the twenty-eighth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planengine.draft import draft_spec
from planengine.draft.responsibility import parse_responsibility
from planengine.draft.text import shadow, usual_labels


def _units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


_ITEMS = "某县2026年重点工作任务\n一、经济发展\n1.全年地区生产总值增长6%以上。{units}\n2.全年完成固定资产投资50亿元。{units}\n"
#: Labels of the units answering for an item, in the words offices use besides 责任单位.
_ANSWERING_LABELS = (
    "落实单位",
    "实施单位",
    "承办单位",
    "负责单位",
    "执行单位",
    "推进单位",
    "责任主体",
    "实施主体",
    "项目实施单位",
    "具体落实单位",
    "责任单位（部门）",
)


@pytest.mark.parametrize("label", _ANSWERING_LABELS)
@pytest.mark.parametrize("form", ["（{label}：县发改局、县统计局）", "{label}：县发改局、县统计局。"])
def test_a_label_of_who_answers_in_other_words_reads_as_responsible_units(label: str, form: str) -> None:
    """落实单位, 实施主体, 责任单位(部门) and the like name the units answering, as 责任单位 does: all of
    them answer when none is said to lead."""
    drafted = _units(_ITEMS.format(units=form.format(label=label)))
    assert [(lead, support) for _, lead, support in drafted] == [(("县发改局", "县统计局"), ())] * 2


@pytest.mark.parametrize("label", ["主抓单位", "主要责任单位", "主责部门"])
def test_a_label_saying_the_units_lead_keeps_the_helpers_labelled_after_it(label: str) -> None:
    """主抓单位:X;配合单位:Y reads as 牵头单位:X;配合单位:Y; 协作单位 and 参加单位 label helpers."""
    for helping in ("配合单位", "协作单位", "参加单位"):
        drafted = _units(_ITEMS.format(units=f"（{label}：县发改局；{helping}：县统计局）"))
        assert [(lead, support) for _, lead, support in drafted] == [(("县发改局",), ("县统计局",))] * 2


@pytest.mark.parametrize("header", ["实施主体", "落实单位", "承办单位", "主抓单位"])
def test_a_table_column_of_units_under_another_word_gives_each_row_its_units(header: str) -> None:
    text = (
        f"某县2026年重点工作任务\n| 序号 | 任务 | 目标 | {header} |\n| --- | --- | --- | --- |\n"
        "| 1 | 经济 | 地区生产总值增长6% | 县发改局、县统计局 |\n| 2 | 投资 | 完成固定资产投资50亿元 | 县财政局 |\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("县发改局", "县统计局"), ()),
        (("县财政局",), ()),
    ]


def test_a_word_that_only_looks_like_a_label_inside_a_sentence_is_left_as_it_stands() -> None:
    """各落实单位要…, 实施单位负责…: no label (no colon, no cell of its own), so no units are read from it."""
    text = "某县2026年重点工作任务\n1.全年地区生产总值增长6%以上，各落实单位要按月报送进展。\n"
    assert usual_labels(text) == text
    assert [(lead, support) for _, lead, support in _units(text)] == [((), ())]


@given(
    st.text(
        alphabet="落实施承办负责执行推进主抓总领衔为责任牵头协作参加单位部门体具直接第一项目要（）():：,。|】 县局委\n",
        max_size=60,
    )
)
def test_usual_labels_keeps_the_length_and_changes_only_label_words(text: str) -> None:
    """The shadow's offsets are the text's: reading a label as the usual one never moves a character,
    and a character changed is one of a label's words (its role, its body, a blank for what is dropped)."""
    usual = usual_labels(text)
    assert len(usual) == len(text)
    assert all(a == b or b in " 责任牵头协同参与单位部门" for a, b in zip(text, usual, strict=True))
    assert usual_labels(usual) == usual  # the usual label is read as it stands


def test_units_opening_a_line_that_runs_on_into_the_next_item_keep_its_targets() -> None:
    """[接上页] 协办单位:X 实施单位:Y 第14件建成62所…: a page ran the cells of one item's units and the next
    item's text into one line; the units end at the blank and the text after it is read for targets."""
    text = (
        "source: x\n\n[接上页] 协办单位:市发改委、市财政局 实施单位:各县区政府 第14件建成62所农村寄宿制学校 "
        "一、项目背景。计划2010年将剩余62所寄宿制学校的建设全部建成并交付使用。 二、目标任务。年内建成62所寄宿制学校并交付使用。\n"
    )
    quotes = [t.quote for t in draft_spec(text, year=2010).targets]
    assert "计划2010年将剩余62所寄宿制学校的建设全部建成并交付使用" in quotes
    assert "年内建成62所寄宿制学校并交付使用" in quotes


def test_a_sites_footer_naming_its_sponsors_names_no_units_of_the_plan() -> None:
    """主办单位:…研究室 承办单位:…办公室 技术支撑:红网 closes the page: who runs the site, not who answers."""
    footer = "主办单位:中共湖南省委政策研究室 承办单位:中共湖南省委政策研究室办公室、政策研究事务中心 技术支撑:红网"
    text = f"source: x\n\n福州发展目标\n地区生产总值年均增长7%以上。\n湘ICP备18001534号 版权所有\n{footer}\n"
    assert shadow(text).endswith(" " * len(footer) + "\n")
    assert [(lead, support) for _, lead, support in _units(text)] == [((), ())]


@pytest.mark.parametrize(
    "remark", ["排序第一的为牵头单位", "居首位的为牵头单位", "列在首位的单位牵头", "位列第一的为牵头单位"]
)
@pytest.mark.parametrize("where", ["top", "inline"])
def test_a_remark_that_the_unit_listed_first_leads_in_other_words(remark: str, where: str) -> None:
    """排序第一, 居首位, 位列第一, 列在首位的单位牵头 say what 排在第一位的为牵头单位 says, over the document
    or inside one list."""
    if where == "top":
        text = (
            f"某县2026年重点工作任务分解\n（责任单位中{remark}）\n1.全年地区生产总值增长6%以上。（责任单位：县发改局、县统计局）\n"
            "2.全年完成固定资产投资50亿元。（责任单位：县财政局、县发改局）\n"
        )
    else:
        text = (
            f"某县2026年重点工作任务分解\n1.全年地区生产总值增长6%以上。（责任单位：县发改局、县统计局，{remark}）\n"
            f"2.全年完成固定资产投资50亿元。（责任单位：县财政局、县发改局，{remark}）\n"
        )
    drafted = _units(text)
    assert [(lead, support) for _, lead, support in drafted] == [
        (("县发改局",), ("县统计局",)),
        (("县财政局",), ("县发改局",)),
    ]


@pytest.mark.parametrize(
    "units",
    [
        "（县发改局、县统计局，县发改局牵头）",
        "（责任单位：县发改局、县统计局，其中县发改局为牵头单位）",
        "责任单位为县发改局，配合单位为县统计局。",
        "（县发改局主抓，县统计局配合）",
        "（县发改局抓总，县统计局配合）",
        "（县发改局领衔，县统计局配合）",
        "（县发改局为主，县统计局配合）",
        "（主责：县发改局；协同：县统计局）",
        "——县发改局牵头，县统计局配合",
    ],
)
def test_who_leads_said_in_other_words_or_orders(units: str) -> None:
    """A list then the one of it that leads; 责任单位为X,配合单位为Y; 主抓, 抓总, 领衔 and 为主 for 牵头; 主责: as
    a label; a dash before the statement: each gives the one unit leading and the other helping."""
    drafted = _units(_ITEMS.format(units=units))
    assert [(lead, support) for _, lead, support in drafted] == [(("县发改局",), ("县统计局",))] * 2


def test_a_list_then_a_clause_naming_a_unit_not_in_it_is_read_as_before() -> None:
    """(县发改局、县统计局,县政府办牵头): the unit said to lead is none of the list, so the list is not split by it."""
    drafted = _units(_ITEMS.format(units="（县发改局、县统计局，县政府办牵头）"))
    assert all("县政府办" in (*lead, *support) for _, lead, support in drafted)


def test_a_townships_offices_column_and_labels_give_each_row_its_offices() -> None:
    """责任办所 heads the column of a township's offices (办所) as 责任站所 would; 牵头办所:X;配合办所:Y labels
    the lead and its helpers; the note that the office listed first leads holds for the column."""
    text = (
        "枫林坳镇2026年度考核指标\n说明：“责任办所”栏列有多个单位的，排在首位的为牵头办所，其余为配合办所。\n"
        "指标名称 | 单位 | 2026年目标 | 责任办所\n地区生产总值 | 万元 | 199600 | 经济发展办、统计站\n"
        "一般公共预算收入 | 万元 | 6330 | 财政所\n"
        "（一）9月底前完成镇综合文化站提档升级。（牵头办所：文化旅游站；配合办所：党政综合办公室）\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("经济发展办",), ("统计站",)),
        (("财政所",), ()),
        (("文化旅游站",), ("党政综合办公室",)),
    ]


_QUARTERS = (
    "澜岸区2026年主要指标季度目标分解表\n{note}\n"
    "指标 | 单位 | 全年目标 | 一季度 | 二季度 | 三季度 | 四季度 | 责任单位 |\n"
    "规模以上工业总产值 | 亿元 | 420 | 95 | 205 | 310 | 420 | 区经信局 |\n"
    "新开工亿元以上项目 | 个 | 36 | 8 | 18 | 28 | 36 | 区发改委 |\n"
)


def test_quarter_columns_a_note_says_are_not_assessed_give_no_targets() -> None:
    """“一季度”至“四季度”各栏为…累计进度安排,除另有说明外不单独考核: the year's column holds the targets, the
    quarters' cumulative figures are for reference."""
    note = "“全年目标”为年度考核目标；“一季度”至“四季度”各栏为截至该季度末的累计进度安排，除另有说明外不单独考核。"
    drafted = draft_spec(_QUARTERS.format(note=note), year=2026).targets
    assert [t.value for t in drafted] == [Decimal(420_0000_0000), Decimal(36)]


def test_quarter_columns_without_such_a_note_stay_dated_targets() -> None:
    """Without the note each quarter's figure is due by that quarter's end, as before."""
    drafted = draft_spec(_QUARTERS.format(note="各单位要按季度抓好落实。"), year=2026).targets
    assert Decimal(95_0000_0000) in [t.value for t in drafted]  # the first quarter's output, due by its end


def test_a_reference_column_note_leaves_the_target_column_read() -> None:
    """“2025年基数”栏仅供参考,不作考核 names a baseline column: it stays one, the targets stay."""
    note = "表中“2025年基数”栏仅供参考，不作考核。"
    text = f"某镇2026年考核指标\n{note}\n指标 | 2025年基数 | 2026年目标 | 责任单位\n地区生产总值(万元) | 186500 | 199600 | 经济发展办\n"
    assert [t.value for t in draft_spec(text, year=2026).targets] == [Decimal(199600_0000)]


def test_a_ceiling_word_inside_quoted_words_naming_a_mechanism_is_no_target_of_none() -> None:
    """建立健全“计划管理+动态清零”机制 names a way of working; 零就业家庭动态清零 is a target of none."""
    assert _units("今年建立健全整治类专项任务“计划管理十动态清零”机制，巩固治理成效。") == []
    drafted = draft_spec("今年确保零就业家庭动态清零。", year=2026).targets
    assert [(t.kind, t.value) for t in drafted] == [("ceiling", Decimal(0))]


@pytest.mark.parametrize(
    "header", ["年度任务", "全年计划", "2026年计划", "任务数", "计划数", "任务量", "计划任务", "2026年指标", "2026年度"]
)
def test_a_column_of_the_planned_figure_named_without_target_holds_the_targets(header: str) -> None:
    """年度任务, 2026年计划, 任务数, 2026年指标, 2026年度 beside 指标名称 and 单位: each row's figure for the year."""
    text = (
        f"某县2026年主要指标分解表\n| 序号 | 指标名称 | 单位 | {header} | 责任单位 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 地区生产总值增速 | % | 6 | 县发改局 |\n| 2 | 新增城镇就业 | 人 | 3000 | 县人社局 |\n"
    )
    drafted = draft_spec(text, year=2026).targets
    assert [(t.value, t.lead) for t in drafted] == [(Decimal("0.06"), ("县发改局",)), (Decimal(3000), ("县人社局",))]


@pytest.mark.parametrize(
    ("date", "month"),
    [
        ("春节前", 1),
        ("年中前", 6),
        ("“五一”前", 4),
        ("端午节前", 5),
        ("春耕前", 3),
        ("2026.10前", 10),
        ("2026/9/30前", 9),
    ],
)
def test_a_feast_a_season_or_a_dotted_date_dates_a_deliverable(date: str, month: int) -> None:
    """春节前, 年中前, “五一”前, 端午节前, 春耕前 and 2026.10前 fix when a deliverable is due, as 6月底前 does."""
    drafted = draft_spec(f"某县2026年重点工作\n一是{date}建成城乡供水一体化工程3处。\n", year=2026).targets
    assert [(t.kind, t.value) for t in drafted] == [("milestone", Decimal(3))]
    spec = draft_spec(f"某县2026年重点工作\n一是{date}建成城乡供水一体化工程3处。\n", year=2026).spec
    assert [t["schedule"] for t in spec["targets"]] == [[{"month": month, "share": 1}]]


def test_a_records_one_labelled_line_of_units_answers_for_the_lines_after_it_too() -> None:
    """重点工作:… / 牵头单位: 市教育局 / 年度阶段性工作目标: 第一季度:…: a record of label lines, its units stated
    once in the middle, answers for its stages below as for the work above."""
    text = (
        "任务88\n重点工作: 88.优化区域教育资源配置,确保公办义务教育学位占比达95%。\n牵头单位: 市教育局\n"
        "年度阶段性工作目标:\n\n第一季度:建立学前教育月报制度。\n\n第四季度:确保年底全市公办幼儿园在园幼儿占比50%以上。\n"
    )
    drafted = _units(text)
    assert len(drafted) >= 3
    assert all(lead == ("市教育局",) for _, lead, _ in drafted)


def test_a_closing_statement_of_units_still_answers_only_for_the_text_before_it() -> None:
    """…增长7%。上述指标由镇经济发展办牵头。 then more text: the sentence is no labelled line, the text after it
    stays the plan's own."""
    text = "某镇2026年工作目标\n全镇地区生产总值增长7%。上述指标由镇经济发展办牵头。\n新建村级文化广场3个。\n"
    assert sorted((quote, lead) for quote, lead, _ in _units(text)) == [
        ("全镇地区生产总值增长7%", ("镇经济发展办",)),
        ("新建村级文化广场3个", ()),
    ]


@pytest.mark.parametrize(
    "units",
    [
        "（县发改局牵头，县统计局积极配合）",
        "（县发改局牵头，县统计局密切配合）",
        "（县发改局牵头，县统计局做好配合）",
        "（县发改局牵头，县统计局给予支持）",
        "（县发改局牵头，县统计局支持）",
        "（县发改局统筹推进，县统计局配合）",
        "由县发改局统筹推进，县统计局配合。",
        "由县发改局主要负责，县统计局配合。",
    ],
)
def test_how_a_unit_helps_or_leads_is_no_part_of_its_name(units: str) -> None:
    """积极/密切/全力 before 配合, 做好配合, 给予支持, 主要负责: the manner is cut from the name; 统筹推进 leads."""
    drafted = _units(_ITEMS.format(units=units))
    assert [(lead, support) for _, lead, support in drafted] == [(("县发改局",), ("县统计局",))] * 2


def test_units_alone_after_a_dash_closing_an_items_line_answer_for_it() -> None:
    """…增长6%以上。——县发改局: the units after the dash, no label, answer for the item's line."""
    text = (
        "某县2026年重点工作任务\n1.全年地区生产总值增长6%以上。——县发改局\n"
        "2.一般公共预算收入增长5%。——县财政局、县税务局\n3.新建学校3所。-- 县教育局\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [("县发改局",), ("县财政局", "县税务局"), ("县教育局",)]


def test_a_dash_before_words_that_are_no_units_names_none() -> None:
    """…增长6%以上。——全力以赴: no unit's name after the dash, so no units."""
    text = "某县2026年重点工作任务\n1.全年地区生产总值增长6%以上。——全力以赴\n"
    assert [lead for _, lead, _ in _units(text)] == [()]


@pytest.mark.parametrize("mark", ["牵头的工作任务", "负责的重点事项（2项）", "牵头任务"])
def test_a_heading_naming_what_a_unit_leads_gives_the_unit_to_its_items(mark: str) -> None:
    """一、县发改局牵头的工作任务 over items: the unit leads each, as 一、县发改局(2项) does."""
    text = (
        f"某县2026年重点工作任务\n一、县发改局{mark}\n1.全年地区生产总值增长6%以上。\n2.全年完成固定资产投资50亿元。\n"
        f"二、县财政局{mark}\n1.一般公共预算收入增长5%。\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [("县发改局",), ("县发改局",), ("县财政局",)]


_TOWNSHIP_TABLE = (
    "岚溪县2026年度乡镇生态建设目标任务表\n"
    "乡镇 | 森林覆盖率(%) | 新造林面积(亩) | 河湖巡查次数(次) |\n"
    "城关镇 | 41.5 | 600 | 36 |\n白石镇 | 68.2 | 1500 | 52 |\n合计 | 65.8 | 2100 | 88 |\n\n"
    "{note}\n"
)


def test_a_column_measured_in_times_is_read_like_any_measured_column() -> None:
    """河湖巡查次数(次): each row's count of patrols is a target, as 新建公厕(座) would be."""
    drafted = draft_spec(_TOWNSHIP_TABLE.format(note=""), year=2026).targets
    assert [t.value for t in drafted if t.unit == "次"] == [Decimal(36), Decimal(52), Decimal(88)]


def test_a_numbered_note_under_a_table_gives_each_column_it_names_its_units() -> None:
    """注:1.森林覆盖率…由县自然资源局负责监测考核。2.新造林面积由县林业局负责组织实施…,县财政局负责资金保障。
    3.河湖巡查次数…由县水利局负责调度通报,…配合。4.合计栏…: each column's rows, the total's too, answered for by
    the units its part names; a part naming no column gives none."""
    note = (
        "注：1.森林覆盖率以年度更新成果为准，由县自然资源局负责监测考核。2.新造林面积由县林业局负责组织实施和检查验收，"
        "县财政局负责资金保障。3.河湖巡查次数指乡镇级河湖长年度巡河巡湖次数，由县水利局负责调度通报，县河湖长制办公室配合。"
        "4.合计栏中森林覆盖率为全县目标值。"
    )
    drafted = draft_spec(_TOWNSHIP_TABLE.format(note=note), year=2026).targets
    by_unit = {(t.unit, t.lead, t.support) for t in drafted}
    assert by_unit == {
        ("%", ("县自然资源局",), ()),
        ("亩", ("县林业局",), ("县财政局",)),
        ("次", ("县水利局",), ("县河湖长制办公室",)),
    }


def test_a_numbered_note_on_who_counts_leaves_the_places_answering() -> None:
    """注:1.森林覆盖率由县统计局负责核算。: who counts the figure, not who reaches it; each place keeps its row."""
    drafted = draft_spec(_TOWNSHIP_TABLE.format(note="注：1.森林覆盖率由县统计局负责核算。"), year=2026).targets
    assert [t.lead for t in drafted if t.unit == "%"][:2] == [("城关镇",), ("白石镇",)]


@pytest.mark.parametrize("named", ["上述总体目标", "第一部分总体目标", "总体目标"])
def test_a_later_statement_naming_a_heading_by_its_words_answers_for_its_targets(named: str) -> None:
    """三、保障措施 … 上述总体目标由区发改局牵头,…: the statement names 一、总体目标 by its words, with 上述 or
    第一部分 before them; its targets take the units, the items with their own keep theirs."""
    text = (
        "某区2026年人居环境整治提升实施方案\n一、总体目标\n到2026年底，城市生活垃圾回收利用率达到38%以上。\n"
        "二、重点任务\n1.新建污水管网20公里。（责任单位：区住建局）\n三、保障措施\n"
        f"（一）加强组织领导。领导小组办公室设在区城市管理局。{named}由区发改局牵头，区生态环境局按职责分工抓好落实。\n"
    )
    assert sorted((quote[:6], lead, support) for quote, lead, support in _units(text)) == [
        ("城市生活垃圾", ("区发改局",), ("区生态环境局",)),
        ("新建污水管网", ("区住建局",), ()),
    ]


def test_a_density_per_ten_thousand_people_said_without_per_is_a_ratio() -> None:
    """万人有效发明专利拥有量达到12件: per ten thousand people (每 left out, as 千人口床位数 leaves it), a density;
    新增就业1.2万人 stays a count of people."""
    drafted = draft_spec(
        "某县2026年工作目标\n全区万人有效发明专利拥有量达到12件。新增就业1.2万人。\n", year=2026
    ).targets
    assert [(t.kind, t.value) for t in drafted] == [("ratio", Decimal(12)), ("count", Decimal(12000))]


@pytest.mark.parametrize(
    "text",
    [
        "落实省农业农村厅等五部门《关于高质量建设高标准农田的十条措施》。",
        "认真落实生态环境部等九部门印发的《行动方案》。",
    ],
)
def test_the_count_of_departments_issuing_a_document_is_no_target(text: str) -> None:
    """等五部门《…》, 九部门印发的《…》: how many issued it, not a count to reach."""
    drafted = draft_spec(f"某市2024年粮油生产通知\n{text}\n", year=2024).targets
    assert all(t.value not in (Decimal(5), Decimal(9)) for t in drafted)


def test_a_count_of_departments_to_reach_stays_a_target() -> None:
    """成员单位扩大到20个部门: a count of departments to reach, no document after it."""
    drafted = draft_spec("某市2024年工作要点\n建立联席会议制度，成员单位扩大到20个部门。\n", year=2024).targets
    assert [(t.kind, t.value) for t in drafted] == [("count", Decimal(20))]


_SPEECH = (
    "某县2026年十件民生实事\n第一件，扩充优质教育资源。我们将新增公办学位1800个。\n"
    "第二件，关爱学生健康。我们将为学生免费体检2万人次。\n第三件，提升基层医疗服务能力。我们将完成8个乡镇卫生院改造。\n"
    "在这里，我把责任分工一并报告：第一、二件由县教育局牵头，县财政局配合；第三件由县卫生健康局牵头。\n"
)


def test_items_counted_in_words_are_items_and_a_run_of_statements_gives_them_units_by_number() -> None:
    """第一件,…/第二件,… open items as 一、 does; 第一、二件由X牵头,Y配合;第三件由Z牵头 after them gives each item
    so numbered its units."""
    drafted = _units(_SPEECH)
    assert [(lead, support) for _, lead, support in drafted] == [
        (("县教育局",), ("县财政局",)),
        (("县教育局",), ("县财政局",)),
        (("县卫生健康局",), ()),
    ]


def test_one_statement_by_number_alone_gives_no_units_by_number() -> None:
    """A single 第三件由…牵头 may speak of one item's part: only a run of them gives items out by number."""
    text = _SPEECH.replace("第一、二件由县教育局牵头，县财政局配合；", "")
    assert [lead for _, lead, _ in _units(text)][:2] == [(), ()]


def test_a_townships_offices_named_without_the_township_are_subjects() -> None:
    """社事办新增…。文化站组织…。财政所全年争取…。综合行政执法队完成…: each office, named as its own plan names it
    (no 镇 before it), is the subject of its sentence, a time word between it and its verb or not."""
    text = (
        "青樾镇2026年工作计划\n一、聚力民生\n社事办新增城镇就业150人。文化站组织文艺演出不少于40场。"
        "财政所全年争取上级资金不低于1.5亿元。综合行政执法队完成拆除违法建设3000平方米。\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [("社事办",), ("文化站",), ("财政所",), ("综合行政执法队",)]


def test_an_office_working_with_another_leads_and_the_other_helps_that_sentence() -> None:
    """经发办会同财政所完成…。财政所会同经发办确保…。经发办全年招引…: each sentence's first office leads, the one
    after 会同 helps it there only."""
    text = (
        "青樾镇2026年工作计划\n一、聚力产业\n经发办会同财政所完成一般公共预算收入6800万元。"
        "财政所会同经发办确保税收收入增长5%以上。经发办全年招引亿元以上项目不少于3个。\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("经发办",), ("财政所",)),
        (("财政所",), ("经发办",)),
        (("经发办",), ()),
    ]


def test_a_sentence_opening_with_a_year_before_the_next_one_named_reports_that_year() -> None:
    """2025年,区教育局新建成幼儿园2所…。2026年,区教育局将新建…: the first sentence reports the year before, no
    target of the plan."""
    text = (
        "榆汀区2026年民生实事项目安排\n2026年民生实事项目共安排12个方面。具体安排如下：\n"
        "（一）学有优教。2025年，区教育局新建成幼儿园2所，新增学位1080个。2026年，区教育局将新建幼儿园4所。"
        "区卫健局将新建社区卫生服务站3个。\n"
    )
    assert [quote for quote, _, _ in _units(text) if "1080" in quote or "幼儿园2所" in quote] == []


@pytest.mark.parametrize("text", ["全县有耕地面积89.2万亩。", "全市共有养老机构142家。", "我县现有村卫生室186个。"])
def test_what_the_place_has_now_is_no_target(text: str) -> None:
    """全县有…, 全市共有…, 我县现有…: what the place has, where it stands, not a level to reach."""
    assert draft_spec(f"某县2018年粮食生产\n{text}\n", year=2018).targets == ()


@pytest.mark.parametrize("text", ["全县有序推进改造老旧小区12个。", "确保全县有效灌溉面积达到50万亩。"])
def test_words_opening_with_you_that_are_not_having_stay_targets(text: str) -> None:
    """有序推进, 有效灌溉面积: 有 opening another word, not what the place has."""
    assert len(draft_spec(f"某县2018年工作要点\n{text}\n", year=2018).targets) == 1


def test_a_projects_description_parted_by_a_full_stop_leaves_its_years_target_read() -> None:
    """项目二:…。建设内容:…总投资9200万元。年度目标:年度完成投资4500万元左右,…。责任股室:规划建设股。: the
    description is blanked to the next part's label, not to the line's end; the year's targets and units read."""
    text = (
        "溪桐区2026年全区学校建设项目实施计划\n一、年度项目安排\n"
        "项目二：溪桐第二中学扩建工程。建设内容：新建教学楼1栋，总建筑面积1.35万平方米，总投资9200万元。"
        "年度目标：年度完成投资4500万元左右，力争10月底前完成主体结构封顶。责任股室：规划建设股。\n"
    )
    drafted = _units(text)
    assert [quote for quote, _, _ in drafted] == ["年度完成投资4500万元左右", "力争10月底前完成主体结构封顶"]
    assert all(lead == ("规划建设股",) for _, lead, _ in drafted)


def test_whom_a_measure_is_for_is_no_deliverable() -> None:
    """对尚未完成前期工作的项目,要倒排工期: the projects the measure is for, not a target."""
    assert draft_spec("某区2026年计划\n对尚未完成前期工作的项目，要倒排工期。\n", year=2026).targets == ()


def test_a_run_of_headings_each_an_offices_name_gives_each_office_its_items() -> None:
    """一、各科室重点工作 / (一)党政办公室 / 1.… / (二)社区服务中心 / 1.…: each office leads the items under its
    heading; one such heading alone may be a topic and is left to the other readers."""
    text = (
        "望湖街道办事处2026年工作计划\n一、各科室重点工作\n（一）党政办公室\n1.强化理论武装。全年组织理论学习不少于12次。\n"
        "（二）社区服务中心\n1.完善为老服务。新建社区嵌入式养老服务站2个。\n"
        "（三）综合行政执法队\n1.整治违法建设。全年拆除违法建设不少于3000平方米。\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [("党政办公室",), ("社区服务中心",), ("综合行政执法队",)]


def test_sibling_headings_that_are_topics_name_no_units() -> None:
    """(一)产业发展 / (二)民生保障: topics, no offices."""
    text = "某县2026年工作要点\n（一）产业发展\n1.新增规上企业10家。\n（二）民生保障\n1.新增就业3000人。\n"
    assert [lead for _, lead, _ in _units(text)] == [(), ()]


@pytest.mark.parametrize(
    "text",
    [
        "对引进10亿元以上项目的单位，给予表彰。",
        "对连续两个季度进度明显滞后的项目，实行挂牌督办。",
        "单个项目奖励最高不超过50万元。",
        "景区创建方面。",
    ],
)
def test_whom_a_reward_is_for_a_rewards_cap_and_a_topic_are_no_targets(text: str) -> None:
    """对…的单位 (whom a reward is for, its figure a condition), 奖励最高不超过… (a reward's cap), …方面 (the topic
    of the clauses after it)."""
    assert draft_spec(f"某县2026年计划\n{text}\n", year=2026).targets == ()


def test_after_a_topic_the_target_is_read() -> None:
    drafted = draft_spec("某县2026年计划\n景区创建方面，力争新增5个5A级旅游景区。\n", year=2026).targets
    assert [(t.kind, t.value, t.strive) for t in drafted] == [("count", Decimal(5), True)]


def test_a_county_leader_opening_a_slashed_cell_is_left_out_and_the_first_unit_leads() -> None:
    """王某某(副县长)/县民政局/县卫生健康局: the leader in charge is a person; the first unit after leads, the others
    help; 李某(副县长)/县商务局: the one unit leads."""
    text = (
        "某县2026年十件民生实事项目任务分解表\n序号 | 项目名称 | 2026年目标任务 | 责任单位 | 完成时限 |\n"
        "1 | 养老服务 | 新建乡镇区域养老服务中心3个。 | 王某某（副县长）/县民政局/县卫生健康局 | 2026年11月 |\n"
        "2 | 老年助餐 | 新建老年助餐点12个。 | 李某（副县长）/县商务局 | 2026年10月 |\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("县民政局",), ("县卫生健康局",)),
        (("县商务局",), ()),
    ]


def test_a_labelled_list_parted_by_slashes_reads_the_first_as_lead() -> None:
    said = parse_responsibility("责任单位:王某某（副县长）/县民政局/县卫生健康局/县自然资源局")
    assert (said.lead, said.support) == (("县民政局",), ("县卫生健康局", "县自然资源局"))
    assert not parse_responsibility("2026/12/31")
