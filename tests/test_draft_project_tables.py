"""Project tables, labelled unit lists and reports of last year, read as a plan means them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planengine.draft import draft_spec
from planengine.draft.responsibility import parse_responsibility
from planengine.draft.targets import Reading, read_region
from planengine.draft.text import shadow


def read(text: str) -> list[Reading]:
    return read_region(text, shadow(text), 0, len(text))


def test_a_deadline_after_the_units_is_no_unit() -> None:
    found = parse_responsibility("责任单位:县教育局;配合单位:县发改局、县财政局;完成时限:2024年8月底")
    assert (found.lead, found.support) == (("县教育局",), ("县发改局", "县财政局"))


PROJECTS = (
    "某区2024年重点建设项目年度计划表\n"
    "序号|项目名称|建设内容|总投资(万元)|年度计划投资(万元)|形象进度目标|责任单位\n"
    "1|城东大道工程|新建城市主干道2.4公里|12000|6800|3月底前完成征地拆迁，12月底前完成路基工程|区住建局\n"
    "2|城西学校工程|新建九年一贯制学校1所|9000|7800|7月底前竣工验收|区教育局\n"
)


def test_a_project_s_planned_spending_for_the_year_is_a_target_and_its_total_is_not() -> None:
    targets = draft_spec(PROJECTS, year=2024).targets
    spending = [t for t in targets if t.quote.endswith(("6800", "7800"))]
    assert [(t.quote.split("|")[0], t.value, t.unit) for t in spending] == [
        ("城东大道工程", Decimal(68_000_000), "元"),
        ("城西学校工程", Decimal(78_000_000), "元"),
    ]
    assert not any(t.value in (Decimal(120_000_000), Decimal(90_000_000)) for t in targets)  # 总投资


def test_a_project_s_progress_milestones_are_its_targets_and_what_it_builds_describes_it() -> None:
    # with a schedule column (形象进度目标) the row's targets are its schedule and its spending; what the
    # project builds (建设内容) describes it, as four sets' keys of five read such tables
    quotes = [t.quote for t in draft_spec(PROJECTS, year=2024).targets]
    assert [q for q in quotes if "|" not in q] == ["3月底前完成征地拆迁", "12月底前完成路基工程", "7月底前竣工验收"]
    assert not any(q in quotes for q in ("新建城市主干道2.4公里", "新建九年一贯制学校1所"))
    assert {t.lead for t in draft_spec(PROJECTS, year=2024).targets} == {("区住建局",), ("区教育局",)}


@pytest.mark.parametrize("schedule", ["形象进度目标", "年度目标(形象进度)"])
def test_a_schedule_column_however_named_holds_the_project_s_targets(schedule: str) -> None:
    text = PROJECTS.replace("形象进度目标", schedule)
    quotes = [t.quote for t in draft_spec(text, year=2024).targets]
    assert [q for q in quotes if "|" not in q] == ["3月底前完成征地拆迁", "12月底前完成路基工程", "7月底前竣工验收"]


def test_the_rest_of_a_sentence_about_last_year_reports_it() -> None:
    past = "厅长介绍,江西去年的粮食产量达到430.38亿斤,连续10年稳定在430亿斤以上;生猪出栏达到3050万头,增长4.8%。"
    assert read(past) == []
    turned = "去年全县完成投资50亿元,今年计划完成投资60亿元。"
    assert [r.value for r in read(turned)] == [Decimal(6_000_000_000)]
    based = "粮食产量比去年增长2%,达到430亿斤以上。"
    assert [r.kind for r in read(based)] == ["growth-rate", "amount"]


def test_in_a_progress_report_what_is_done_and_its_rate_are_no_targets() -> None:
    report = "2023年3月份重点任务进展情况表\n一、就业促进\n1.募集青年就业见习岗位325个 完成330个,完成率101.54%\n"
    assert [(t.quote, t.value) for t in draft_spec(report, year=2023).targets] == [
        ("募集青年就业见习岗位325个", Decimal(325))
    ]


def test_a_report_s_items_restate_their_targets_before_each_report() -> None:
    report = (
        "某市2024年民生实事完成情况\n一、省重点民生实事完成情况\n(一)开展职业技能培训\n"
        "1.全年开展职业技能培训4.7万人次以上,新增技能人才5.7万人以上。\n责任单位:市人社局\n"
        "完成情况:全市开展各类职业技能培训10万人次,新增技能人才5.8万人。\n"
    )
    drafted = [(t.quote, t.value, t.lead) for t in draft_spec(report, year=2024).targets]
    assert drafted == [
        ("全年开展职业技能培训4.7万人次以上", Decimal(47_000), ("市人社局",)),
        ("新增技能人才5.7万人以上", Decimal(57_000), ("市人社局",)),
    ]
    review = "某市2024年工作总结\n一、2023年工作完成情况\n全市新增技能人才5.8万人,开展培训10万人次。\n"
    assert draft_spec(review, year=2024).targets == ()


def test_a_growth_column_beside_the_level_is_a_target_of_its_own() -> None:
    table = (
        "某县2024年主要经济指标\n序号\t指标\t单位\t2024年目标\t增长%\t责任单位\n"
        "1\t地区生产总值\t亿元\t312\t6.5左右\t县发改局\n2\t规模以上工业增加值\t亿元\t\t8以上\t县工信局\n"
        "3\t居民消费价格涨幅\t%\t3左右\t\t县发改局\n"
    )
    got = [(t.kind, t.comparator, t.value) for t in draft_spec(table, year=2024).targets]
    assert got == [
        ("amount", "=", Decimal(31_200_000_000)),
        ("growth-rate", "approx", Decimal("0.065")),
        ("growth-rate", ">=", Decimal("0.08")),
        ("growth-rate", "approx", Decimal("0.03")),
    ]


def test_a_line_over_the_table_gives_its_money_columns_their_measure() -> None:
    text = (
        "某县2024年重点项目建设推进计划表\n单位:万元\n"
        "序号 | 项目名称 | 建设内容 | 总投资 | 2024年计划投资 | 2024年形象进度目标 | 牵头单位 |\n"
        "1 | 城东大道工程 | 新建城市主干道2.4公里 | 96000 | 31500 | 6月底前开工 | 县住建局 |\n"
    )
    money = [(t.kind, t.value, t.unit, t.lead) for t in draft_spec(text).targets if t.unit == "元"]
    assert money == [("amount", Decimal(315000000), "元", ("县住建局",))]  # the total (96000) only describes


def test_a_share_of_the_year_s_spending_due_by_a_quarter_is_a_dated_milestone() -> None:
    text = "一、工作目标\n一季度完成年度计划投资的20%以上,前三季度完成75%以上。\n"
    targets = draft_spec(text, year=2024).targets
    assert [(t.kind, t.comparator, t.value) for t in targets] == [
        ("milestone", ">=", Decimal("0.2")),
        ("milestone", ">=", Decimal("0.75")),
    ]


def test_a_header_of_words_of_its_own_over_a_progress_table() -> None:
    text = (
        "类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | 1-9月份工作完成情况 | 监督电话 |\n"
        "四、教育文化 | 14.改扩建泉山学校 | 完成泉山学校一期2座教学楼建设。 | 教育体育局 | 刘福利 | 完成主体施工,整体完成70%。 | 电话 |\n"
        "15.推进塑胶运动场地建设 | 完成13处农村学校塑胶运动场地建设。 | 教育体育局 | 刘福利 | 完成基础施工30%。 | 电话 |\n"
    )
    targets = draft_spec(text, year=2022).targets
    assert [(t.value, t.lead) for t in targets] == [(Decimal(2), ("教育体育局",)), (Decimal(13), ("教育体育局",))]


def test_a_table_parted_by_single_blanks_under_a_header_of_words_of_its_own() -> None:
    text = (
        "2025年县政府重点工作任务一季度完成情况\n序号 重点工作任务 牵头责任单位 一季度完成情况\n"
        "1 地区生产总值增长6%以上。 县发改委 一季度地区生产总值增长6.8%\n"
        "2 规模工业增加值增长4.5%。 县工信局 规模工业增加值增长 11.9%\n"
    )
    targets = draft_spec(text).targets
    assert [(t.value, t.lead) for t in targets] == [(Decimal("0.06"), ("县发改委",)), (Decimal("0.045"), ("县工信局",))]


def test_a_township_s_offices_as_the_unit_column_of_a_table_copied_a_cell_a_line() -> None:
    text = (
        "石门镇2024年度工作目标任务分解表\n序号\n类别\n目标任务\n责任站所\n配合单位\n完成时限\n"
        "1\n经济发展\n全镇地区生产总值增长6.5%左右\n经济发展办公室\n财政所、统计站\n12月底\n"
        "2\n农业生产\n粮食播种面积稳定在5.2万亩以上\n农业综合服务中心\n各村(社区)\n12月底\n"
        "3\n社会事业\n新建村卫生室2个\n卫生院\n各村(社区)\n12月底\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text).targets][:2] == [
        (("经济发展办公室",), ("财政所", "统计站")),
        (("农业综合服务中心",), ("各村(社区)",)),
    ]


def test_a_table_of_the_year_s_targets_in_a_section_on_what_is_done() -> None:
    text = (
        "平川县卫生健康局\n关于2024年上半年目标任务完成情况和下半年工作安排的报告\n一、主要指标完成情况\n"
        "截至6月底,已达到或超过年度目标的6项。\n"
        "序号 | 指标名称 | 年度目标 | 上半年完成 | 进度评价 | 责任股室 |\n"
        "1 | 孕产妇系统管理率 | ≥90% | 92.6% | 已达标 | 妇幼健康股 |\n"
        "2 | 县域内就诊率 | 90%左右 | 88.7% | 序时推进 | 医政医管股 |\n"
    )
    targets = draft_spec(text).targets
    assert [(t.value, t.comparator, t.lead) for t in targets] == [
        (Decimal("0.9"), ">=", ("妇幼健康股",)),
        (Decimal("0.9"), "approx", ("医政医管股",)),
    ]


def test_every_quarter_s_cell_is_due_by_its_quarter_the_fourth_too() -> None:
    text = (
        "宜宾市人社局2024年重点工作季度推进表\n序号\t工作任务\t年度目标\t一季度\t二季度\t三季度\t四季度\t责任科室\t配合单位\n"
        "1\t城镇新增就业\t新增4.2万人\t3月底累计1.1万人\t6月底累计2.3万人\t9月底累计3.4万人\t12月底累计4.2万人以上\t就业促进科\t市就业服务中心\n"
        "2\t引进紧缺人才\t引进2000人以上\t—\t6月底前举办专场招聘\t累计1500人\t全年累计2000人以上\t人才开发科\t市委人才办\n"
    )
    kinds = [(t.quote, t.kind) for t in draft_spec(text).targets]
    assert ("12月底累计4.2万人以上", "milestone") in kinds
    assert ("全年累计2000人以上", "milestone") in kinds
    assert ("新增4.2万人", "count") in kinds  # the year's target itself is no dated step


def test_a_column_of_the_schedule_so_far_states_what_is_due_by_when() -> None:
    text = (
        "云溪高新区2025年招商引资目标任务表\n序号\t指标名称\t单位\t2025年目标\t时序进度\t牵头部门\t配合部门\n"
        "1\t招商引资实际到位资金\t亿元\t180以上\t一季度完成40亿元,上半年完成90亿元\t投资促进局\t经济发展局\n"
        "2\t新开工亿元以上项目\t个\t45\t6月底前开工25个\t建设管理局\t投资促进局\n"
    )
    dated = [(t.kind, t.value) for t in draft_spec(text).targets if t.kind == "milestone"]
    assert dated == [("milestone", Decimal(4000000000)), ("milestone", Decimal(9000000000)), ("milestone", Decimal(25))]


def test_a_header_cell_broken_over_two_lines_and_a_qualifier_with_a_star() -> None:
    from planengine.draft.structure import paragraph_tables
    from planengine.draft.text import shadow

    text = (
        "推进情况表\n序号\n重点任务\n年度目标任务\n责任单位\n(*为牵头单位)\n完成\n时限\n"
        "1\n电梯加装\n全年新开工加装电梯150台以上。\n*区住建局、区市场监管局\n12月底\n"
        "2\n口袋公园\n新建改造口袋公园10个。\n*区城管局\n11月底\n"
    )
    joined = paragraph_tables(shadow(text))
    assert "序号|重点任务|年度目标任务|责任单位 (*为牵头单位)|完成 时限" in joined
    assert [(t.value, t.lead) for t in draft_spec(text, year=2025).targets] == [
        (Decimal(150), ("区住建局",)),
        (Decimal(10), ("区城管局",)),
    ]
