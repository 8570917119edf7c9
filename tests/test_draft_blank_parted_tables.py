"""Tables copied a cell a line with a blank line after each row and no row numbers, a township's
share per row, and who helps with every row named in the table's title."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec

NOTICE = (
    "云岭县人民政府关于下达2025年度乡镇经济社会发展目标任务的通知\n\n"
    "二、乡镇目标任务\n\n"
    "表1 云岭镇目标任务分解表(县级包联单位:县发展改革局、县工业信息化和商务局)\n"
    "乡镇\n指标\n目标值\n责任人\n云岭镇\n粮食播种面积\n5.6万亩以上\n周海林\n\n"
    "规上工业增加值增速\n9%\n周海林\n\n"
    "固定资产投资\n12.5亿元\n李卫东\n\n"
    "表2 石门镇目标任务分解表(县级包联单位:县农业农村局)\n"
    "乡镇\n指标\n目标值\n责任人\n石门镇\n粮食播种面积\n7.35万亩以上\n杨志刚\n\n"
    "高标准农田建设\n1.2万亩\n杨志刚\n\n"
)


def test_each_row_is_a_townships_share_helped_by_the_units_its_title_names() -> None:
    targets = draft_spec(NOTICE, year=2025).targets
    # each quote runs from the indicator's name to its figure, over the line between them
    assert [(t.quote.splitlines()[-1], t.lead, t.support) for t in targets] == [
        ("5.6万亩以上", ("云岭镇",), ("县发展改革局", "县工业信息化和商务局")),
        ("9%", ("云岭镇",), ("县发展改革局", "县工业信息化和商务局")),
        ("12.5亿元", ("云岭镇",), ("县发展改革局", "县工业信息化和商务局")),
        ("7.35万亩以上", ("石门镇",), ("县农业农村局",)),
        ("1.2万亩", ("石门镇",), ("县农业农村局",)),
    ]


def test_a_rate_of_growth_named_in_its_row_is_a_growth_rate() -> None:
    growth = draft_spec(NOTICE, year=2025).targets[1]
    assert (growth.kind, growth.value) == ("growth-rate", Decimal("0.09"))


def test_units_in_square_brackets_labelled_by_role_alone() -> None:
    text = (
        "重点工作清单\n一、城市更新\n"
        "(1)完成城镇老旧小区改造68个。〔牵头:城市更新科;配合:市城投集团〕\n"
        "(2)筹集安置房3200套。【牵头:住房保障科】\n"
    )
    targets = draft_spec(text, year=2025).targets
    assert [(t.lead, t.support) for t in targets] == [
        (("城市更新科",), ("市城投集团",)),
        (("住房保障科",), ()),
    ]
