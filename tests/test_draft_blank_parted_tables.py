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


COMPLETION = (
    "关于2024年上半年重点目标任务完成情况的报告\n"
    "附件\n"
    "序号\n指标\n年度目标\n上半年完成\n完成率\n责任科室\n"
    "一、基本公共卫生服务\n"
    "1\n居民电子健康档案建档率\n≥90%\n91.3%\n101.4%\n基层卫生健康科\n"
    "2\n家庭医生签约服务覆盖率\n40%以上\n36.2%\n90.5%\n\n"
    "3\n65岁及以上老年人健康管理率\n达到72%\n48.5%\n67.4%\n老龄健康科\n"
    "二、妇幼健康(责任科室:妇幼健康科)\n"
    "4\n孕产妇系统管理率\n≥93%\n94.6%\n-\n\n"
    "5\n新增普惠托位\n1200个\n530个\n44.2%\n人口监测科\n"
    "上半年达到序时进度的有25项,16项达到或超过序时进度。下半年将逐项挂图作战。\n"
)


def test_a_completion_table_a_cell_a_line_with_merged_unit_cells() -> None:
    targets = draft_spec(COMPLETION, year=2024).targets
    # what is done so far and the share done are no targets; a unit cell left blank is the one
    # above it, unless a heading between names its own units
    assert [(t.quote.splitlines()[-1], t.lead) for t in targets] == [
        ("≥90%", ("基层卫生健康科",)),
        ("40%以上", ("基层卫生健康科",)),
        ("达到72%", ("老龄健康科",)),
        ("≥93%", ("妇幼健康科",)),
        ("1200个", ("人口监测科",)),
    ]


def test_an_indicator_table_with_group_labels_and_a_yearly_growth_column() -> None:
    text = (
        "丰禾县十四五规划中期调整\n"
        "表1 主要指标(调整后)\n"
        "指标 单位 2020年基数 2025年目标 年均增长 属性\n"
        "经济发展\n"
        "地区生产总值 亿元 186.4 268 7.5% 预期性\n"
        "创新驱动\n"
        "研究与试验发展经费投入强度 % 1.12 2.0 — 预期性\n"
        "(三)补齐基础设施短板。新改建农村公路260公里。[牵头单位:县交通运输局;配合单位:县财政局]\n"
    )
    targets = draft_spec(text, year=2025).targets
    assert [(t.kind, t.value) for t in targets] == [
        ("amount", Decimal(26_800_000_000)),
        ("growth-rate", Decimal("0.075")),
        ("ratio", Decimal("0.020")),
        ("amount", Decimal(260)),
    ]
    assert (targets[-1].lead, targets[-1].support) == (("县交通运输局",), ("县财政局",))
