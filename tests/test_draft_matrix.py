"""Tables of units a column, a mark in each cell (★ leads, ○ helps): see planengine.draft.matrix."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planengine.draft import draft_spec
from planengine.draft.matrix import marked_units, read_legend, unit_columns

UNITS = ["县发改委", "县财政局", "县工信局", "县住建局", "各乡镇(街道)"]


def leads(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2024).targets]


def test_a_matrix_with_a_legend_after_it_names_each_rows_lead_and_helpers() -> None:
    rows = [
        "\t".join(["序号", "重点工作任务及目标", *UNITS]),
        "一、稳增长",
        "\t".join(["1", "地区生产总值增长6.5%左右。", "★", "○", "", "", "○"]),
        "\t".join(["2", "新增规模以上工业企业15家以上。", "○", "", "★", "", "●"]),
        "注:★为牵头单位,○为配合单位,●为配合单位(负责数据报送)。",
    ]
    text = "某县2024年重点工作任务分解表\n" + "\n".join(rows) + "\n"
    assert leads(text) == [
        ("地区生产总值增长6.5%左右", ("县发改委",), ("县财政局", "各乡镇(街道)")),
        ("新增规模以上工业企业15家以上", ("县工信局",), ("县发改委", "各乡镇(街道)")),
    ]


def test_a_legend_decides_which_mark_leads() -> None:
    """●为牵头单位: here the dot leads and the star is not used; the legend, not the habit, decides."""
    rows = [
        " | ".join(["序号", "任务", "县教体局", "县财政局", "县住建局"]),
        " | ".join(["1", "新建幼儿园3所", "●", "○", "○"]),
        "说明:●为牵头单位,○为配合单位",
    ]
    text = "某县方案\n" + "\n".join(rows) + "\n"
    assert leads(text) == [("新建幼儿园3所", ("县教体局",), ("县财政局", "县住建局"))]


def test_two_columns_named_by_units_make_no_matrix() -> None:
    assert unit_columns(["序号", "任务", "县教体局", "县财政局", "完成时限"]) == {}
    assert unit_columns(["序号", "任务", "牵头单位", "配合单位", "责任单位"]) == {}  # columns of units, named
    assert unit_columns(["序号", "任务", "县教体局", "县财政局", "县住建局"]) == {
        2: "县教体局",
        3: "县财政局",
        4: "县住建局",
    }


def test_a_legend_of_responsible_and_helping_marks() -> None:
    """责任 leads where no mark is said to 牵头, and helps where one is."""
    assert read_legend("注:★为责任单位,○为配合单位", 0) == {"★": "lead", "○": "support"}
    assert read_legend("注:★为牵头单位,☆为责任单位", 0) == {"★": "lead", "☆": "support"}
    assert read_legend("没有图例", 0) == {}


@given(st.lists(st.tuples(st.sampled_from(UNITS), st.sampled_from(["★", "○", "●", "", " ", "√", "x"]))))
def test_each_marked_unit_leads_or_helps_once_and_unmarked_ones_never(pairs: list[tuple[str, str]]) -> None:
    lead, support = marked_units(pairs, {})
    marked = [unit for unit, cell in pairs if cell.strip() in ("★", "○", "●", "√")]
    assert sorted(lead + support) == sorted(marked)
    assert lead == [unit for unit, cell in pairs if cell == "★"]
