"""Indicator tables whose target cells strive, give ranges or state what is to be done, and unit
cells that name villages, collectives or mark their lead in words."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec
from planengine.draft.responsibility import split_units

TABLE = "\n".join(
    [
        "某镇2024年度主要目标任务责任分解表",
        "序号\t指标名称\t单位\t年度目标\t牵头单位\t责任单位",
        "1\t社会消费品零售总额增速\t%\t力争7\t镇经济发展办公室\t镇统计站",
        "2\t新增家庭农场\t家\t5-8\t\t",
        "3\t新增高标准农田\t万亩\t0.5~0.8\t镇农业农村办公室\t镇自然资源所、相关村",
        "4\t完成村级生活污水治理\t个\t2\t镇生态环境办公室\t石门村、杨柳村",
        "5\t镇级国土空间规划编制\t\t6月底前完成报批\t镇自然资源所\t镇规划建设办公室",
        "6\t城乡居民基本养老保险参保人数\t人\t完成区下达任务\t镇劳动保障所\t",
        "7\t农村居民人均可支配收入增速\t%\t高于地区生产总值增速\t镇农业农村办公室\t镇统计站",
    ]
)


def test_indicator_cells_that_strive_give_a_range_or_state_a_task_are_read() -> None:
    got = [
        (t.kind, t.comparator, t.value, t.value_high, t.strive, t.lead, t.support)
        for t in draft_spec(TABLE, year=2024).targets
    ]
    assert got == [
        ("growth-rate", "=", Decimal("0.07"), None, True, ("镇经济发展办公室",), ("镇统计站",)),
        ("range", "between", Decimal(5), Decimal(8), False, ("镇经济发展办公室",), ("镇统计站",)),
        ("range", "between", Decimal(5000), Decimal(8000), False, ("镇农业农村办公室",), ("镇自然资源所", "相关村")),
        ("count", "=", Decimal(2), None, False, ("镇生态环境办公室",), ("石门村", "杨柳村")),
        ("milestone", None, None, None, False, ("镇自然资源所",), ("镇规划建设办公室",)),
        ("relative", ">=", None, None, False, ("镇劳动保障所",), ("镇规划建设办公室",)),
        ("relative", ">", None, None, False, ("镇农业农村办公室",), ("镇统计站",)),
    ]


def test_villages_and_collectives_are_units_of_a_list_and_a_lead_may_be_marked_in_words() -> None:
    assert split_units("镇自然资源所、相关村") == ["镇自然资源所", "相关村"]
    assert split_units("石门村、杨柳社区") == ["石门村", "杨柳社区"]
    assert split_units("建设美丽乡村、和美乡村") == ["建设美丽乡村、和美乡村"]
    text = "一、交通\n1.打通断头路4条。\n责任单位:区交通运输局(牵头),区住建局、区自然资源局\n"
    [target] = draft_spec(text, year=2024).targets
    assert (target.lead, target.support) == (("区交通运输局",), ("区住建局", "区自然资源局"))


def test_a_table_sharing_a_task_among_places_gives_each_place_its_share() -> None:
    text = (
        "某县2023年金桔生产任务分解表\n乡镇 | 新种任务(亩) | 备注 |\n全县合计 | 1250 | |\n"
        "长安镇 | 650 | |\n板榄镇 | 600 | |\n"
    )
    got = [(t.quote, t.kind, t.value, t.unit, t.lead) for t in draft_spec(text, year=2023).targets]
    assert got == [
        ("全县合计 | 1250", "amount", Decimal(1250), "亩", ()),
        ("长安镇 | 650", "amount", Decimal(650), "亩", ("长安镇",)),
        ("板榄镇 | 600", "amount", Decimal(600), "亩", ("板榄镇",)),
    ]


def test_the_whole_s_row_of_a_table_of_shares_names_no_place() -> None:
    """全县 | 6.5左右: the county's own target, no unit's; each town answers for its share."""
    text = "某县2025年主要经济指标分解表\n单位 | 地区生产总值增速(%) |\n全县 | 6.5左右 |\n城关镇 | 6.8 |\n"
    got = [(t.quote, t.kind, t.comparator, t.lead) for t in draft_spec(text, year=2025).targets]
    assert got == [
        ("全县 | 6.5左右", "growth-rate", "approx", ()),
        ("城关镇 | 6.8", "growth-rate", "=", ("城关镇",)),
    ]


def test_a_project_s_investment_column_is_no_target() -> None:
    text = (
        "某县2024年民生实事项目清单\n序号 | 项目名称 | 年度投资金额(万元) | 责任单位 |\n"
        "1 | 新建城东幼儿园,新增学位600个 | 300 | 县教育局 |\n"
    )
    assert [t.quote for t in draft_spec(text, year=2024).targets] == ["新建城东幼儿园", "新增学位600个"]


def test_units_alone_in_brackets_closing_an_item_answer_for_it() -> None:
    text = (
        "一、民生\n1.社区卫生服务中心标准化建设达标率达到100%。（区卫健局）\n"
        "2.政务服务事项“一网通办”率达到99%。（区政府办公室、区政务服务中心）\n3.新建公园2个(含城东片区)。\n"
    )
    got = [(t.quote, t.lead) for t in draft_spec(text, year=2024).targets]
    assert got == [
        ("社区卫生服务中心标准化建设达标率达到100%", ("区卫健局",)),
        ("政务服务事项“一网通办”率达到99%", ("区政府办公室", "区政务服务中心")),
        ("新建公园2个", ()),
    ]


def test_a_row_short_of_its_unit_cells_lines_up_with_the_header() -> None:
    text = (
        "序号 指标 单位 目标值 责任单位\n1 地区生产总值增速 % 6.5左右 *经济发展办、统计站\n"
        "2 新增规模以上工业企业 家 2-3\n3 生猪出栏 万头 3.2\n"
    )
    got = [(t.kind, t.value, t.value_high, t.lead, t.support) for t in draft_spec(text, year=2024).targets]
    assert got == [
        ("growth-rate", Decimal("0.065"), None, ("经济发展办",), ("统计站",)),
        ("range", Decimal(2), Decimal(3), ("经济发展办",), ("统计站",)),
        ("count", Decimal(32000), None, ("经济发展办",), ("统计站",)),
    ]


def test_indicator_cells_with_words_of_comparison_a_second_figure_striven_for_and_densities() -> None:
    text = (
        "序号 | 指标 | 单位 | 2024年目标 | 责任单位\n"
        "1 | 规模以上工业增加值增长 | % | 7以上,力争8 | 区工信局\n"
        "2 | 高新技术企业数 | 家 | 突破800 | 区科技局\n"
        "3 | 每万人口高价值发明专利拥有量 | 件 | 9.5 | 区市场监管局\n"
        "4 | 新增公办中小学学位 | 个 | 1.2万 | 区教育局\n"
        "5 | 森林覆盖率 | % | 稳定在42以上 | 区林业局\n"
        "6 | 人均预期寿命 | 岁 | 81 | 区卫健委\n"
    )
    got = [(t.kind, t.comparator, t.value, t.strive) for t in draft_spec(text, year=2024).targets]
    assert got == [
        ("growth-rate", ">=", Decimal("0.07"), False),
        ("growth-rate", "=", Decimal("0.08"), True),
        ("count", ">", Decimal(800), False),
        ("ratio", "=", Decimal("9.5"), False),
        ("count", "=", Decimal(12000), False),
        ("ratio", ">=", Decimal("0.42"), False),
        ("amount", "=", Decimal(81), False),
    ]


def test_a_figure_striven_for_in_brackets_a_rank_and_a_programme_s_year_task() -> None:
    text = "序号 指标 单位 目标值 责任单位\n5 招商引资到位资金 亿元 8(力争10) 招商服务中心\n33 平安建设考核全县排名 位 前5位 综治中心\n"
    got = [(t.kind, t.comparator, t.value, t.strive) for t in draft_spec(text, year=2024).targets]
    assert got == [
        ("amount", "=", Decimal(800000000), False),
        ("amount", "=", Decimal(1000000000), True),
        ("ceiling", "<=", Decimal(5), False),
    ]
    [task] = draft_spec("一、住房\n1.完成“保交楼”年度任务。(牵头单位:市住建局)\n", year=2024).targets
    assert (task.kind, task.comparator) == ("relative", ">=")


def test_a_category_column_a_dated_step_in_brackets_and_a_person_after_a_unit() -> None:
    text = "\n".join(
        [
            "指标类别\t指标名称\t目标值\t责任单位",
            "经济发展\t地区生产总值增速\t6.5%左右\t*区发改局、区统计局",
            "\t新建成幼儿园\t3所(6月底前建成2所)\t区教育局（分管县领导：赵红梅）",
        ]
    )
    got = [(t.quote, t.kind, t.value, t.lead) for t in draft_spec(text, year=2025).targets]
    assert got == [
        ("地区生产总值增速\t6.5%左右", "growth-rate", Decimal("0.065"), ("区发改局",)),
        ("新建成幼儿园\t3所", "count", Decimal(3), ("区教育局",)),
        ("6月底前建成2所", "milestone", Decimal(2), ("区教育局",)),  # the step after the figure it is of
    ]
    assert split_units("沿线乡、镇人民政府") == ["沿线乡、镇人民政府"]


def test_about_a_figure_in_a_target_cell_is_approximate_whatever_word_leads_to_it() -> None:
    text = (
        "某市2025年重点工作\n序号 | 工作任务 | 年度目标 | 责任单位 |\n"
        "1 | 社会消费品零售总额 | 达到860亿元左右 | 市商务局 |\n2 | 外贸进出口总额 | 达到300亿元以上 | 市商务局 |\n"
    )
    got = [(t.kind, t.comparator, t.value) for t in draft_spec(text, year=2025).targets]
    assert got == [("approximate", "approx", Decimal("86000000000")), ("amount", ">=", Decimal("30000000000"))]


def test_a_places_table_under_a_line_giving_its_measure_shares_out_its_task_column_only() -> None:
    text = (
        "附件:2023年临河区小麦种植任务分解表\n面积:万亩 | |||\n"
        "乡镇(农场) | 可种植面积 | 2023年小麦任务面积 | 备注 |\n"
        "八一乡 | 8.44 | 0.91 | |\n狼山农场 | 7.97 | 0.97 | |\n合计 | 209.43 |\n"
    )
    got = [(t.lead, t.value, t.unit) for t in draft_spec(text, year=2023).targets]
    assert got == [(("八一乡",), Decimal("9100"), "亩"), (("狼山农场",), Decimal("9700"), "亩")]


def test_a_table_of_units_shares_headed_by_unit_alone_gives_each_its_share_and_the_total_the_whole_s() -> None:
    text = (
        "青岚县2025年招商引资目标任务分解表\n"
        "单位 | 签约项目(个) | 签约金额(亿元) | 其中:新开工项目(个) |\n"
        "县商务局 | 3 | 5 | 1 |\n县文化和旅游局 | 2 | 2.5 | — |\n合计 | 5 | 7.5 | 1 |\n"
    )
    got = [(t.lead, t.value) for t in draft_spec(text, year=2025).targets]
    assert got == [
        (("县商务局",), Decimal(3)),
        (("县商务局",), Decimal("500000000")),
        (("县商务局",), Decimal(1)),
        (("县文化和旅游局",), Decimal(2)),
        (("县文化和旅游局",), Decimal("250000000")),
        ((), Decimal(5)),  # the whole's own target, answered for by no one unit
        ((), Decimal("750000000")),
        ((), Decimal(1)),
    ]


def test_an_indicator_table_s_measure_column_named_unit_stays_a_measure() -> None:
    text = "某县2025年主要指标\n指标 | 单位 | 目标值 |\n地区生产总值 | 亿元 | 500 |\n合计 | | 500 |\n"
    got = [(t.quote, t.lead, t.value) for t in draft_spec(text, year=2025).targets]
    assert got == [("地区生产总值 | 亿元 | 500", (), Decimal("50000000000"))]
