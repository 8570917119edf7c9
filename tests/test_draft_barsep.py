"""Tables copied with a bar line between cells, and rows read without a header."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planengine.draft import draft_spec
from planengine.draft.barsep import bar_closed_cells, bar_counted_rows, bar_separated_rows, two_line_rows
from planengine.draft.responsibility import split_units
from planengine.draft.structure import header_cell

#: A page's table copied one cell a line, a bar line between cells, a serial opening each row
#: (some rows close with a bar, a heading cell in some, several units one a line, a blank cell).
BAR_SEPARATED = "\n".join(
    [
        "某市农业农村局2024年重点工作任务分解",
        "1", "|", "一、主要预期目标", "|", "粮食产量100亿斤以上。", "|", "市农技中心", "|", "张 伟", "|",
        "2024年底前", "|", "5555097",
        "2", "|", "新增规上农产品加工企业10家。", "|", "产业科", "市畜牧中心", "|", "|", "2024年底前", "|",
        "5555309", "5125676", "|",
        "3", "|", "新建高标准农田26万亩。", "|", "市农发中心", "|", "李明", "|", "2024年底前", "|", "5110393",
        "",
        "以上任务请各单位按时报送进展。",
    ]
)  # fmt: skip


def test_a_bar_separated_table_is_joined_one_row_a_line_keeping_offsets() -> None:
    joined = bar_separated_rows(BAR_SEPARATED)
    assert len(joined) == len(BAR_SEPARATED)
    rows = [line for line in joined.split("\n") if line[:1].isdigit()]
    assert [row.split(" | ")[0] for row in rows] == ["1", "2", "3"]
    assert rows[1].split(" | ")[2] == "产业科 市畜牧中心"
    assert joined.endswith("5110393\n\n以上任务请各单位按时报送进展。")  # the text after it is left alone


def test_a_bar_separated_table_drafts_its_targets_with_their_units() -> None:
    targets = draft_spec(BAR_SEPARATED, year=2024).targets
    assert [(t.quote, t.value, t.lead, t.support) for t in targets] == [
        ("粮食产量100亿斤以上", Decimal("10000000000"), ("市农技中心",), ()),
        ("新增规上农产品加工企业10家", Decimal(10), ("产业科", "市畜牧中心"), ()),
        ("新建高标准农田26万亩", Decimal(260000), ("市农发中心",), ()),
    ]


def test_lone_bars_and_single_rows_are_not_tables() -> None:
    text = "1\n|\n新建公园2个。\n|\n县住建局\n\n说明 | 附表见后"
    assert bar_separated_rows(text) == text


@given(st.lists(st.sampled_from(["1", "2", "3", "|", "", "县住建局", "新建公园2个。", "甲 | 乙"]), max_size=40))
def test_joining_only_turns_line_ends_into_blanks(lines: list[str]) -> None:
    text = "\n".join(lines)
    joined = bar_separated_rows(text)
    assert len(joined) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, joined))


def test_a_headerless_row_is_told_by_its_cells() -> None:
    text = "2024年重点任务\n1 | 新建公园2个。 | 县住建局 | 王五 | 2024年底前 | 13800000000\n"
    [target] = draft_spec(text, year=2024).targets
    assert (target.quote, target.lead) == ("新建公园2个", ("县住建局",))


def test_units_that_close_with_a_full_stop_or_carry_another_name_are_units() -> None:
    table = (
        "序号 | 重点工作任务 | 主要责任单位 | 协同配合单位 | 完成期限\n"
        "1 | 研发费用突破6亿元。 | 区科技局 | 区经信局等区政府有关部门,谯城经开区管委会。 | 2023年12月底\n"
    )
    [target] = draft_spec(table, year=2023).targets
    assert (target.lead, target.support) == (("区科技局",), ("区经信局等区政府有关部门", "谯城经开区管委会"))
    assert split_units("区经信局、区商务局(区药发中心)、区税务局") == ["区经信局", "区商务局(区药发中心)", "区税务局"]


def test_a_task_cell_ending_with_a_full_stop_is_not_a_unit() -> None:
    rows = "序号\n\n项目\n\n责任单位\n\n时限\n\n1\n\n迁建县政务服务中心。\n\n县代建中心\n\n12月底前\n"
    [target] = draft_spec(rows, year=2016).targets
    assert target.lead == ("县代建中心",)


def test_ge_before_a_list_of_kinds_of_unit_makes_one_collective() -> None:
    assert split_units("各镇人民政府、街道办事处") == ["各镇人民政府、街道办事处"]
    assert split_units("各街道、镇") == ["各街道、镇"]
    assert split_units("各街道、区直各部门") == ["各街道", "区直各部门"]
    assert split_units("各镇人民政府、区统计局") == ["各镇人民政府", "区统计局"]


def test_long_table_rows_are_never_taken_for_lines_broken_at_a_page_s_width() -> None:
    header = "序号|工作内容|年度目标|牵头单位|责任单位|完成时限\n"
    rows = "".join(
        f"{n}|道路交通建设任务第{n}项|打通断头路{n}条，新增公共停车泊位1500个、公共充电桩800个|区交通运输局|区公安分局交警大队、各街道办事处|2024年12月底\n"
        for n in range(1, 9)
    )
    targets = draft_spec("某区2024年重点工作任务清单\n" + header + rows, year=2024).targets
    assert all("\n" not in t.quote for t in targets)
    assert [t.quote for t in targets if t.unit == "条"] == [f"打通断头路{n}条" for n in range(1, 9)]


def test_a_note_that_the_first_listed_leads_moves_the_others_of_a_lead_cell_to_support() -> None:
    text = (
        "某区2024年重点工作任务清单\n说明：牵头单位栏列有两个单位的，排在第一位的为牵头单位，其余为责任单位。\n"
        "序号|工作内容|年度目标|牵头单位|责任单位|完成时限\n"
        "1|道路交通|打通断头路5条|区交通运输局、区住建局|区公安分局交警大队|2024年12月底\n"
    )
    [target] = draft_spec(text, year=2024).targets
    assert (target.lead, target.support) == (("区交通运输局",), ("区住建局", "区公安分局交警大队"))


def test_a_blank_line_in_a_table_of_one_cell_a_line_is_a_blank_cell_taking_the_unit_above() -> None:
    text = "\n".join(
        ["某局2024年重点工作任务责任分解表", "序号", "工作任务", "目标", "责任单位", "配合单位", "完成时限"]
        + ["1", "建筑节能", "完成既有公共建筑节能改造12万平方米。", "建筑节能科", "市财政局", "2024年12月底"]
        + ["2", "绿色建筑", "城镇新建建筑中绿色建筑占比100%。", "", "市机关事务管理局", "2024年12月底"]
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.lead, t.support) for t in targets] == [
        (("建筑节能科",), ("市财政局",)),
        (("建筑节能科",), ("市机关事务管理局",)),
    ]


def test_a_paragraph_table_s_units_a_paragraph_each_lead_then_support() -> None:
    cells = ["序号", "事项分类", "事项名称", "项目内容", "牵头单位", "协同单位"]
    cells += [
        "1",
        "打造区域教育高地",
        "新建一批中小学校",
        "实施新建中小学校5家。",
        "区教体局",
        "东孝街道",
        "孝顺镇",
        "区发改局",
    ]
    cells += ["2", "医疗卫生机构迁建", "实施卫生院迁建1家。", "区卫健局", "源东乡", "区发改局", "区资规分局"]
    cells += ["3", "托育服务", "开设100个暑期公益托管班。", "团区委", "各乡镇(街道)", "区总工会"]
    text = "某区2024年民生实事任务分解方案\n\n" + "\n\n".join(cells) + "\n"
    got = [(t.value, t.lead, t.support) for t in draft_spec(text, year=2024).targets]
    assert got == [
        (Decimal(5), ("区教体局",), ("东孝街道", "孝顺镇", "区发改局")),
        (Decimal(1), ("区卫健局",), ("源东乡", "区发改局", "区资规分局")),
        (Decimal(100), ("团区委",), ("各乡镇(街道)", "区总工会")),
    ]


COUNTED = "\n".join(
    ["某区2024年重点工作目标任务分解落实方案"]
    + ["序号", "|", "项目", "|", "重点工作目标任务", "|", "牵头领导", "|", "责任单位", "|"]
    + ["一、主要预期目标", "|", "||||"]
    + ["1", "|", "主要预期目标", "|", "1.地区生产总值增长5%以上。", "|", "钱 宇", "|", " 区发改委", "|"]
    + ["2.一般公共预算收入同口径增长6%以上。", "|", " 区财政局", "|", "|||"]
    + ["3.不发生重特大生产安全责任事故。", "|", "|", " 区应急管理局", "|", "||"]
)


def test_cells_closed_by_bar_lines_are_counted_into_rows_under_their_header() -> None:
    joined = bar_counted_rows(COUNTED, header_cell)
    assert len(joined) == len(COUNTED)
    assert all(a == b or (b == " " and a in "\n|") for a, b in zip(COUNTED, joined))
    targets = draft_spec(COUNTED, year=2024).targets
    assert [(t.quote, t.kind, t.lead) for t in targets] == [
        ("地区生产总值增长5%以上", "growth-rate", ("区发改委",)),
        ("一般公共预算收入同口径增长6%以上", "growth-rate", ("区财政局",)),
        ("不发生重特大生产安全责任事故", "ceiling", ("区应急管理局",)),
    ]


def test_a_cell_a_line_table_with_progress_columns_and_sub_rows_reads_only_its_targets() -> None:
    cells = ["序号", "类别", "项目名称", "目标任务", "牵头单位", "目标任务", "累计完成", "累计进度", "备注"]
    cells += ["1", "就业促进", "促进重点群体稳定就业", "城镇新增就业1100人", "县人社局", "1100", "1063", "96.64%", ""]
    cells += ["充分就业社区4个", "4", "4", "100%", ""]
    cells += ["2", "放心家政行动", "培训家政服务人员613人次", "县科商工信局", "613", "626", "102.12%", ""]
    text = "某县2024年民生实事进度\n" + "\n".join(f"{c} |" for c in cells) + "\n"
    got = [(t.quote, t.value, t.lead) for t in draft_spec(text, year=2024).targets]
    assert got == [
        ("城镇新增就业1100人", Decimal(1100), ("县人社局",)),
        ("充分就业社区4个", Decimal(4), ("县人社局",)),
        ("培训家政服务人员613人次", Decimal(613), ("县科商工信局",)),
    ]


def test_a_category_heading_inside_a_row_and_blank_cells_closing_it() -> None:
    cells = ["序号", "类别", "指标名称", "单位", "2024年目标", "2023年完成", "牵头单位", "配合单位"]
    rows = ["1", "一、经济发展", "地区生产总值增速", "%", "7左右", "6.3", "经济发展办公室", "统计站"]
    rows += ["2", "", "规上工业增加值增速", "%", "8", "7.6", "", ""]
    rows += ["3", "", "新增市场主体", "户", "≥600", "552", "市场监管所", "便民服务中心"]
    text = "某镇2024年度目标任务分解表\n" + "\n".join(cells + rows) + "\n"
    got = [(t.kind, t.value, t.lead, t.support) for t in draft_spec(text, year=2024).targets]
    assert got == [
        ("growth-rate", Decimal("0.07"), ("经济发展办公室",), ("统计站",)),
        ("growth-rate", Decimal("0.08"), ("经济发展办公室",), ("统计站",)),
        ("count", Decimal(600), ("市场监管所",), ("便民服务中心",)),
    ]


def test_a_table_whose_header_and_rows_each_take_two_lines() -> None:
    """| 序号 | 重点任务 | over |  | 目标要求 | 牵头单位 | 配合单位 |: each row's second line opens with
    a blank cell and goes on with its first."""
    text = (
        "人居环境整治提升任务分解表\n"
        "| 序号 | 重点任务 |\n"
        "|  | 目标要求及完成时限 | 牵头单位 | 配合单位 |\n"
        "| 1 | 农村厕所革命 |\n"
        "|  | 完成问题户厕整改186户;户厕粪污有效处理率达到90%以上 | 镇农业农村办 | 镇卫生院、各村(社区) |\n"
        "| 2 | 村内道路及亮化 |\n"
        "|  | 硬化村内道路12公里 | 镇交通管理站 | 镇财政所 |\n"
    )
    targets = draft_spec(text, year=2025).targets
    assert [(t.quote, t.lead, t.support) for t in targets] == [
        ("完成问题户厕整改186户", ("镇农业农村办",), ("镇卫生院", "各村(社区)")),
        ("户厕粪污有效处理率达到90%以上", ("镇农业农村办",), ("镇卫生院", "各村(社区)")),
        ("硬化村内道路12公里", ("镇交通管理站",), ("镇财政所",)),
    ]


def test_a_table_of_cells_each_closed_by_a_bar_on_its_line() -> None:
    """类别 | / 主要指标 | / … a cell a line: rows counted by the header's cells; a row of a group
    after its first leaves the merged category out and closes on a blank cell (预期性 | |)."""
    cells = [
        "类别 |", "主要指标 |", "单位 |", "2020年 实际值 |", "2025年 目标值 |", "指标 属性 |",
        "基本民生保障 |", "1.农村低保标准占城市低保标准比例 |", "% |", "58 |", "75 |", "预期性 |",
        "2.困难残疾人生活补贴覆盖率 |", "% |", "95 |", "100 |", "约束性 | |",
        "养老服务 |", "3.养老机构护理型床位占比 |", "% |", "44.28 |", "≥55 |", "约束性 |",
    ]  # fmt: skip
    text = "民政事业发展“十四五”规划(2021-2025年)\n" + "\n".join(cells) + "\n其他说明。\n"
    targets = draft_spec(text, year=2021).targets
    assert [(t.comparator, t.value) for t in targets] == [
        ("=", Decimal("0.75")),
        ("=", Decimal(1)),
        (">=", Decimal("0.55")),
    ]


_Joiner = Callable[[str, Callable[[str], bool]], str]
#: Pieces of texts for each joiner of rows: its own layout, bars and line ends in every order.
_PIECES: dict[_Joiner, list[str]] = {
    two_line_rows: ["| 序号 | 任务 |", "|  | 目标 | 牵头单位 |", "| 1 | 新建公园2个 |", "|  |", "\n", " "],
    bar_closed_cells: ["类别 |", "主要指标 |", "单位 |", "目标值 |", "58 |", "预期性 | |", "|", "\n", "说明"],
}


@pytest.mark.parametrize("join", list(_PIECES), ids=lambda join: join.__name__)
@given(data=st.data())
def test_joining_rows_keeps_every_offset(join: _Joiner, data: st.DataObject) -> None:
    text = "".join(data.draw(st.lists(st.sampled_from(_PIECES[join]), max_size=30)))
    joined = join(text, header_cell)
    assert len(joined) == len(text)
    assert all(a == b or (b == " " and a in "|\n") for a, b in zip(text, joined))
