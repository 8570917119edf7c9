"""Shapes of plans the twenty-second session found in opened held-out sets and in the gaps the
twenty-first left: each test states the general reading, on a text written for it."""

from __future__ import annotations

from planengine.draft import draft_spec


def _units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


def _ledger(legend: str) -> str:
    return (
        "某市2026年重点改革任务台账\n\n"
        f"说明：本台账所列任务由牵头单位负总责。{legend}\n\n"
        "| 序号 | 改革任务 | 年度目标 | 牵头单位 | 参与单位 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 数据要素改革 | 开放公共数据集不少于300个 | 市数据局*、市发展改革委 | 市财政局、市工信局 |\n"
        "| 2 | 预算管理改革 | 市级部门预算项目绩效目标覆盖率100% | 市财政局 | 市级各部门 |\n"
    )


def test_a_legend_saying_the_star_marks_the_first_lead_keeps_every_unit_of_the_lead_column_a_lead() -> None:
    """标“*”的为第一牵头单位: the star ranks the leads of a 牵头单位 column; the unit beside it leads too,
    and the helpers' column still helps."""
    text = _ledger("牵头单位栏列有两个单位的，标“*”者为第一牵头单位。")
    assert _units(text) == [
        ("开放公共数据集不少于300个", ("市数据局", "市发展改革委"), ("市财政局", "市工信局")),
        ("市级部门预算项目绩效目标覆盖率100%", ("市财政局",), ("市级各部门",)),
    ]


def test_without_such_a_legend_a_star_in_the_lead_column_still_marks_the_one_lead() -> None:
    """No legend: a star among the units names the lead and the others help, as before."""
    assert _units(_ledger(""))[0] == (
        "开放公共数据集不少于300个",
        ("市数据局",),
        ("市发展改革委", "市财政局", "市工信局"),
    )
