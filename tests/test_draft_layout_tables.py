"""Tables laid out by blanks as a PDF's text gives them, their cells wrapped over lines."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planengine.draft import draft_spec
from planengine.draft.layout import GOES_ON, layout_tables

# columns padded in display width: a Chinese character is two columns wide
PDF_TABLE = (
    "东岭市2024年城市更新重点任务分解表\n"
    "\n"
    "序号  任务类别    目标任务                                  完成时限      牵头单位            配合单位\n"
    " 1    老旧小区    开工改造城镇老旧小区126个,               2024年11月底  市住房城乡建设局    市财政局、市发展改革委、\n"
    "      改造        其中加装电梯80部以上                                                        各县(市、区)政府\n"
    " 2                6月底前完成改造项目储备和计划申报         2024年6月底                       市财政局\n"
    " 3    地下管网    改造老化管道95公里,                      2024年10月底  桐溪经开区          市住房城乡建设局、\n"
    "      改造        其中燃气管道不少于40公里                                管委会              市水务集团\n"
    "\n"
    "                                   — 2 —\n"
    "\n"
    "各牵头单位要按月报送进展情况。\n"
)


def test_a_row_wrapped_over_lines_is_one_task_with_all_its_units() -> None:
    targets = draft_spec(PDF_TABLE, year=2024).targets
    assert [(t.quote, t.lead, t.support) for t in targets] == [
        ("开工改造城镇老旧小区126个", ("市住房城乡建设局",), ("市财政局", "市发展改革委", "各县(市、区)政府")),
        ("其中加装电梯80部以上", ("市住房城乡建设局",), ("市财政局", "市发展改革委", "各县(市、区)政府")),
        # a blank lead cell is the one above (a cell merged over rows)
        ("6月底前完成改造项目储备和计划申报", ("市住房城乡建设局",), ("市财政局",)),
        # a unit's name cut by the line end is one name
        ("改造老化管道95公里", ("桐溪经开区管委会",), ("市住房城乡建设局", "市水务集团")),
        ("其中燃气管道不少于40公里", ("桐溪经开区管委会",), ("市住房城乡建设局", "市水务集团")),
    ]


def test_a_table_padded_a_character_a_column_is_read_too() -> None:
    text = (
        "生态环境保护目标任务\n"
        "序号  指标或任务                    2023年完成    2024年目标        责任单位\n"
        "一、大气污染防治\n"
        "1     PM2.5年均浓度                 31.6微克/立方米  ≤30微克/立方米    *县生态环境局、县住建局\n"
        "2     空气质量优良天数比率          88.2%         达到90%以上\n"
        "3     城区道路机械化清扫率          85%           ≥92%              *县城管局\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.kind, t.lead) for t in targets] == [
        ("ceiling", ("县生态环境局",)),
        ("ratio", ("县生态环境局",)),
        ("ratio", ("县城管局",)),
    ]


def test_text_after_a_table_is_no_part_of_it() -> None:
    shadowed = layout_tables(PDF_TABLE, PDF_TABLE)
    assert shadowed.splitlines()[-1] == "各牵头单位要按月报送进展情况。"
    assert shadowed.splitlines()[4].startswith(GOES_ON)


@given(st.text(alphabet=" \n1序号任务目标单位市局、改造0", max_size=300))
def test_the_shadow_keeps_every_offset_and_changes_only_blanks(text: str) -> None:
    shadowed = layout_tables(text, text)
    assert len(shadowed) == len(text)
    assert all(a == b or (a == " " and b in ("|", GOES_ON)) for a, b in zip(text, shadowed, strict=True))


def _padded(*cells: tuple[str, int]) -> str:
    """A line of cells, each padded to its width in characters (a table laid out a character a column)."""
    return "".join(cell.ljust(width) for cell, width in cells).rstrip()


def test_a_wrapped_unit_cell_stays_in_its_column_and_a_blank_cell_below_takes_all_of_it() -> None:
    widths = (6, 12, 30, 16, 18, 14)

    def line(*cells: str) -> str:
        return _padded(*zip(cells, widths))

    text = "\n".join(
        [
            "桐岚县2025年民生实事项目任务分解表",
            line("序号", "重点任务", "目标要求", "牵头单位", "配合单位", "完成时限"),
            line(
                "1",
                "生态环境",
                "县城空气质量优良天数比率达到92%,",
                "县生态环境局",
                "县住房城乡建设局、",
                "2025年12月底",
            ),
            line("", "治理", "PM2.5平均浓度控制在30微克/立方米以内", "", "县城市管理局"),
            line("2", "", "完成12个行政村生活污水治理"),
            "",
            "备注:表中目标要求为2025年全年目标。",
        ]
    )
    both = ("县住房城乡建设局", "县城市管理局")
    assert [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2025).targets] == [
        ("县城空气质量优良天数比率达到92%", ("县生态环境局",), both),
        ("PM2.5平均浓度控制在30微克/立方米以内", ("县生态环境局",), both),
        ("完成12个行政村生活污水治理", ("县生态环境局",), both),
    ]
