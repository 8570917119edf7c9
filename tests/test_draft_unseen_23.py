"""Shapes of plans the twenty-third session found in opened held-out sets: each test states the
general reading, on a text written for it."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec
from planengine.draft.barsep import bar_led_cells
from planengine.draft.structure import header_cell


def _drafted(text: str) -> list[tuple[str, Decimal | None, tuple[str, ...], tuple[str, ...]]]:
    return [(t.kind, t.value, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


_BAR_LED = (
    "附件：某市创新计划（2026—2028年）目标任务分解表\n"
    "| 目标\n| 任务内容\n| 牵头部门\n| 配合部门\n| 前一年目标任务\n| 三年目标任务\n|\n"
    "1\n| 综合指标\n| 研发经费支出占地区生产总值比重(%)\n| 市科技局\n| 市统计局、市财政局\n| 2.1%\n| 2.5%\n|\n"
    "2\n| 拥有发明专利(件)\n| 市市场监管局\n| 各县(区)\n| 3000\n| 4200\n|\n"
    "3\n| 一、企业创新能力提升工程\n| 省级工程技术研究中心(家)\n| 市科技局\n| 高新区\n| 18\n| 21\n|\n"
    "4\n| 培训农村实用人才(千人)\n| 市农业农村局\n| 市人社局\n| 14\n| 20\n|\n"
)


def test_a_table_of_bar_led_cell_lines_is_joined_one_row_a_line() -> None:
    """``| 目标`` / ``| 任务内容`` / … / ``|``, then ``1`` / ``| 综合指标`` / …: each cell a line opened by a
    bar, a bar alone closing the row, its number on a line before it: one row a line, one character
    for one; the title over the header stays a line of its own."""
    joined = bar_led_cells(_BAR_LED, header_cell)
    assert len(joined) == len(_BAR_LED)
    lines = joined.splitlines()
    assert lines[0] == "附件：某市创新计划（2026—2028年）目标任务分解表"
    assert lines[1] == "| 目标 | 任务内容 | 牵头部门 | 配合部门 | 前一年目标任务 | 三年目标任务 |"
    assert lines[3] == "2 | 拥有发明专利(件) | 市市场监管局 | 各县(区) | 3000 | 4200 |"
    assert len(lines) == 6


def test_a_row_whose_first_cell_is_text_on_lines_of_its_own_is_left_alone() -> None:
    """市政 / 府办 / 公厅 before ``| 强化行政监督…``: a merged unit's cell the rows under it leave out;
    such a table is not joined (its rows would not line up)."""
    text = (
        "牵头单位\n| 目标任务\n| 责任单位\n|\n市政\n府办\n公厅\n| 办理建议提案\n| 市直各单位\n|\n"
        "推进政务公开\n| 市直各单位\n|\n"
    )
    assert bar_led_cells(text, header_cell) == text


def test_stage_columns_of_target_tasks_are_read_where_the_row_names_its_measure() -> None:
    """前一年目标任务 | 三年目标任务 beside 拥有发明专利(件): each a target in the row's measure, the
    units of the row's columns; the column named 目标 alone holds the group's aim (综合指标), and a row
    leaving it out (merged down) has its units one column to the left."""
    drafted = _drafted(_BAR_LED)
    assert drafted[:4] == [
        ("ratio", Decimal("0.021"), ("市科技局",), ("市统计局", "市财政局")),
        ("ratio", Decimal("0.025"), ("市科技局",), ("市统计局", "市财政局")),
        ("count", Decimal("3000"), ("市市场监管局",), ("各县(区)",)),
        ("count", Decimal("4200"), ("市市场监管局",), ("各县(区)",)),
    ]
    assert drafted[4:6] == [
        ("count", Decimal("18"), ("市科技局",), ("高新区",)),
        ("count", Decimal("21"), ("市科技局",), ("高新区",)),
    ]


def test_thousands_of_people_in_a_table_measure_are_scaled() -> None:
    """培训农村实用人才(千人) | 14: fourteen thousand people, a count of 人 (千克, 千米 keep their own)."""
    assert _drafted(_BAR_LED)[6:] == [
        ("count", Decimal("14000"), ("市农业农村局",), ("市人社局",)),
        ("count", Decimal("20000"), ("市农业农村局",), ("市人社局",)),
    ]
    text = "2026年指标\n| 序号 | 指标 | 2026年目标 | 牵头单位 |\n| 1 | 粮食单产(千克) | 420 | 县农业农村局 |\n"
    assert [t.value for t in draft_spec(text, year=2026).targets] == [Decimal("420")]


def test_target_task_columns_holding_sentences_or_repeated_figures_stay_as_they_were() -> None:
    """目标任务 | 牵头单位 | 目标任务 | 累计完成 with no measure in brackets: the figure beside what was
    done repeats the task's, no second target."""
    text = (
        "2026年民生实事进度\n"
        "| 序号 | 项目名称 | 目标任务 | 牵头单位 | 目标任务 | 累计完成 |\n"
        "| 1 | 促进就业 | 城镇新增就业1100人 | 县人社局 | 1100 | 1063 |\n"
    )
    assert [(t.quote, t.value) for t in draft_spec(text, year=2026).targets] == [
        ("城镇新增就业1100人", Decimal("1100"))
    ]


def test_a_bulletin_s_section_on_its_projects_progress_reports_and_sets_nothing() -> None:
    """二、主要项目进展 (as 主要进展, 项目进展, 建设进展): what the projects did in the quarter, no
    target; the section of next quarter's work still sets them. A heading of a goal (取得新进展) is none."""
    text = (
        "关于2026年一季度全市重点项目建设进展情况的通报\n\n"
        "一、主要项目进展\n\n"
        "交通方面，快速路改造工程完成桩基施工1460根，3座匝道桥完成承台浇筑；产业园引进配套企业7家。\n\n"
        "二、二季度工作安排\n\n"
        "二季度，全市重点项目要确保完成投资120亿元以上，新开工项目不少于15个。\n"
    )
    assert [(t.value, t.comparator) for t in draft_spec(text, year=2026).targets] == [
        (Decimal("12000000000"), ">="),
        (Decimal("15"), ">="),
    ]
    goal = "2026年科技工作要点\n\n一、科技创新取得新进展\n\n全年新增高新技术企业30家。\n"
    assert [t.quote for t in draft_spec(goal, year=2026).targets] == ["全年新增高新技术企业30家"]


def _leads(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


def test_a_unit_that_plans_a_figure_is_its_subject_and_the_next_clause_s_unit_takes_over() -> None:
    """县人民医院将…;县中医院计划新增重症监护床位12张: 计划 before a figure says what the unit is to do,
    as 将 does; the unit after the semicolon answers for its own clause."""
    text = (
        "2026年卫生健康工作\n\n"
        "医疗服务方面，县人民医院将在年内建成胸痛中心；县中医院计划新增重症监护床位12张，康复科床位扩充至60张。\n"
    )
    assert _leads(text)[1:] == [
        ("新增重症监护床位12张", ("县中医院",), ()),
        ("康复科床位扩充至60张", ("县中医院",), ()),
    ]


def test_a_unit_working_with_another_leads_and_the_other_helps() -> None:
    """县妇幼保健院与县教育局联合开展…; 县卫健委联合县民政局新建…: the first named leads, the one
    it works with helps."""
    text = (
        "2026年卫生健康工作\n\n"
        "妇幼健康方面，县妇幼保健院与县教育局联合开展适龄女生疫苗接种，今年计划完成接种2600人。\n\n"
        "医养结合方面，县卫健委联合县民政局新建医养结合机构2家，新增家庭病床300张。\n"
    )
    assert _leads(text) == [
        ("今年计划完成接种2600人", ("县妇幼保健院",), ("县教育局",)),
        ("新建医养结合机构2家", ("县卫健委",), ("县民政局",)),
        ("新增家庭病床300张", ("县卫健委",), ("县民政局",)),
    ]


def test_a_unit_that_leads_the_compiling_of_the_goals_leads_them() -> None:
    """（由市大数据局牵头汇总，市统计局配合…）: 汇总 says how it leads (as 统筹, 抓总), no unit."""
    text = (
        "2026年数字经济行动方案\n\n一、主要目标\n\n"
        "到2026年底，主要目标如下（由市大数据局牵头汇总，市统计局配合做好监测评价）：\n\n"
        "1.数字经济核心产业增加值达到210亿元以上。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [(("市大数据局",), ("市统计局",))]


def test_a_paragraph_presenting_a_year_s_results_after_a_colon_reports() -> None:
    """报告晒出的数据,展示了2025年取得的新成绩:…。…万亿之城增至5座。: every sentence of the paragraph
    reports that year; the next paragraph's targets stand."""
    text = (
        "省政府工作报告解读\n\n"
        "报告晒出的一组数据，展示了2025年全省经济发展取得的新成绩：地区生产总值增长5.8%。万亿之城增至5座。"
        "一般公共预算收入9930亿元。\n\n"
        "今年经济社会发展主要预期目标是：地区生产总值增长5%以上。\n"
    )
    assert [t.value for t in draft_spec(text, year=2026).targets] == [Decimal("0.05")]


def test_a_remark_in_brackets_after_the_last_unit_of_a_list_is_no_part_of_its_name() -> None:
    """平潭综合实验区管委会(以下有关内容均要求各地落实,不再重复): the remark says the list holds for what
    follows; the unit is named without it. A bracket naming the unit again (市政务服务管理办) stays."""
    from planengine.draft.responsibility import split_units

    assert split_units("各市、县(区)人民政府,平潭综合实验区管委会(以下有关内容均要求各地落实,不再重复)") == [
        "各市、县(区)人民政府",
        "平潭综合实验区管委会",
    ]
    assert split_units("市大数据局（市政务服务管理办）、市发改委") == ["市大数据局（市政务服务管理办）", "市发改委"]


def test_an_item_s_weight_in_its_bracket_of_units_names_no_unit() -> None:
    """（权重6分，镇社会事务办牵头，镇劳动保障所配合）: the weight is what the item counts for in the
    assessment; the units after it answer."""
    text = (
        "2026年目标责任书\n\n一、目标\n\n"
        "7.城镇新增就业320人以上（权重6分，镇社会事务办牵头，镇劳动保障所配合）。\n\n"
        "8.耕地保有量不低于3.26万亩（分值5分，由镇自然资源所负责）。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("镇社会事务办",), ("镇劳动保障所",)),
        (("镇自然资源所",), ()),
    ]


def test_a_statement_closing_an_item_s_own_paragraph_names_that_item_s_units_alone() -> None:
    """7.…不低于75%。以上工作由市医保局负责,…: said inside item 7's paragraph, the items above each in a
    paragraph of its own, 以上工作 is item 7's work; item 6 keeps none of its units."""
    text = (
        "2026年工作要点\n\n（三）推进社会保险扩面提质\n\n"
        "6.实施全民参保计划。企业职工基本养老保险参保人数净增1.2万人。\n\n"
        "7.健全医疗保障制度。城乡居民基本医疗保险参保率稳定在96%以上。以上工作由市医保局负责，市卫健委配合。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        ((), ()),
        (("市医保局",), ("市卫健委",)),
    ]
    apart = text.replace("以上工作由", "\n以上工作由")  # on a line of its own: every item above
    assert [(t.lead, t.support) for t in draft_spec(apart, year=2026).targets] == [
        (("市医保局",), ("市卫健委",)),
        (("市医保局",), ("市卫健委",)),
    ]


def test_an_empty_cell_between_bar_lines_keeps_a_table_of_cell_lines_whole() -> None:
    """序号 / | / 重点指标 / | / … with a blank line between two bars (a merged unit's cell): the row
    goes on, the unit above answers for it."""
    text = (
        "附件\n\n2026年重点指标责任分解表\n\n"
        "序号\n|\n重点指标\n|\n目标任务\n|\n牵头单位\n|\n配合单位\n|\n"
        "1\n|\n职业技能培训\n|\n开展补贴性职业技能培训3.5万人次\n|\n市人社局\n|\n市财政局、市教育局\n|\n"
        "2\n|\n技能人才培养\n|\n新增技能人才1.6万人\n|\n\n|\n市总工会、市工信局\n|\n"
        "3\n|\n零工市场建设\n|\n规范化零工市场达到25个\n|\n\n|\n各县（市、区）人民政府\n|\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("市人社局",), ("市财政局", "市教育局")),
        (("市人社局",), ("市总工会", "市工信局")),
        (("市人社局",), ("各县（市、区）人民政府",)),
    ]


def test_helpers_named_after_a_list_of_indicators_help_with_each_and_held_zeros_are_ceilings() -> None:
    """以下指标由A牵头: / 1.…; 2.重污染天数保持零; … / 上述指标配合单位:B、C。: B and C help with every item
    above, beside A; 保持零 (as 保持为零) is none at all, a ceiling of 0."""
    text = (
        "2026年生态文明建设工作方案\n\n（一）大气环境\n\n以下指标由县生态环境局牵头：\n\n"
        "1.细颗粒物（PM2.5）年均浓度不高于29微克/立方米；\n\n2.重污染天数保持零；\n\n"
        "3.地表水环境质量排名全市前3位。\n\n上述指标配合单位：县住建局、县交通运输局。\n"
    )
    drafted = draft_spec(text, year=2026).targets
    assert [(t.kind, t.value) for t in drafted] == [
        ("ceiling", Decimal("29")),
        ("ceiling", Decimal("0")),
        ("ceiling", Decimal("3")),
    ]
    assert {(t.lead, t.support) for t in drafted} == {(("县生态环境局",), ("县住建局", "县交通运输局"))}


# Faults a read-only review found in the rules above, each mended (the text shows the fault).


def test_a_whole_row_with_a_blank_last_cell_keeps_its_group_column() -> None:
    """| 1 | 基层服务 | 社区卫生服务中心(个) | 县卫健委 | 12 | | (备注 blank): the row is whole; an
    indicator naming an institution, measured in brackets, is no unit one column to the left."""
    text = (
        "某县2026年卫生健康目标\n"
        "| 序号 | 类别 | 指标 | 牵头单位 | 2026年目标 | 备注 |\n"
        "| 1 | 基层服务 | 社区卫生服务中心(个) | 县卫健委 | 12 | |\n"
        "| 2 | 基层服务 | 乡镇卫生院(所) | 县卫健委 | 20 | 新建 |\n"
    )
    assert [(t.value, t.lead) for t in draft_spec(text, year=2026).targets] == [
        (Decimal("12"), ("县卫健委",)),
        (Decimal("20"), ("县卫健委",)),
    ]


def test_thousands_of_other_measures_are_not_lost_and_separated_thousands_scale() -> None:
    """粮食播种面积(千公顷) | 420: kept as written (only counts of people and things are scaled);
    培训农村实用人才(千人) | 1,200: 1,200 thousand."""
    text = (
        "某县2026年主要指标\n| 序号 | 指标 | 2026年目标 | 牵头单位 |\n"
        "| 1 | 粮食播种面积(千公顷) | 420 | 县农业农村局 |\n"
        "| 2 | 培训农村实用人才(千人) | 1,200 | 县农业农村局 |\n"
    )
    assert [t.value for t in draft_spec(text, year=2026).targets] == [Decimal("420"), Decimal("1200000")]


def test_results_shown_of_the_plan_s_own_year_or_followed_by_what_is_ahead_stay_targets() -> None:
    """会议总结了2025年…成效:…。会议要求,2026年…: the turn to what is ahead ends the look back; a
    showing of the plan's own year (展示2026年…成果:年内建成…) sets targets."""
    meeting = (
        "某县2026年就业工作会议召开\n\n会议总结了2025年全县就业工作取得的成效：全年城镇新增就业1.2万人。"
        "会议要求，2026年全县城镇新增就业1.3万人以上，农村劳动力转移就业2000人。\n"
    )
    assert [t.value for t in draft_spec(meeting, year=2026).targets] == [Decimal("13000"), Decimal("2000")]
    own_year = "某县2026年工作\n\n会议集中展示2026年乡村振兴建设成果：年内建成和美乡村示范村10个。\n"
    assert [t.value for t in draft_spec(own_year, year=2026).targets] == [Decimal("10")]


def test_a_column_named_aim_holding_a_figure_is_read() -> None:
    """| 目标 | 主要任务 | 2026年目标 | over 到2028年城镇新增就业3500人以上: the aim states a target."""
    text = (
        "某县就业创业三年行动任务分解表\n| 序号 | 目标 | 主要任务 | 2026年目标 | 牵头单位 |\n"
        "| 1 | 到2028年城镇新增就业3500人以上 | 实施就业促进行动 | 城镇新增就业1100人 | 县人社局 |\n"
    )
    assert [t.value for t in draft_spec(text, year=2026).targets] == [Decimal("3500"), Decimal("1100")]


def test_target_task_columns_beside_a_measure_column_are_read() -> None:
    """| 指标名称 | 单位 | 2026年目标任务 |: the 单位 column names the measure as a bracket does."""
    text = (
        "某镇2026年目标\n| 序号 | 指标名称 | 单位 | 2026年目标任务 | 责任单位 |\n"
        "| 1 | 城镇新增就业 | 人 | 1100 | 镇社会事务办 |\n| 2 | 新增市场主体 | 户 | 300 | 镇经发办 |\n"
    )
    assert [(t.value, t.lead) for t in draft_spec(text, year=2026).targets] == [
        (Decimal("1100"), ("镇社会事务办",)),
        (Decimal("300"), ("镇经发办",)),
    ]


def test_a_heading_of_a_goal_or_a_task_about_progress_keeps_its_targets() -> None:
    """整体工作取得新进展, 推动重大项目建设进展, 加快重点项目进展: goals and tasks, no report."""
    for heading in ("一、整体工作取得新进展", "一、推动重大项目建设进展", "一、加快重点项目进展"):
        text = f"2026年工作要点\n\n{heading}\n\n全年新增高新技术企业30家，技术合同成交额达到5亿元。\n"
        assert len(draft_spec(text, year=2026).targets) == 2, heading


def test_units_sharing_the_lead_with_yu_both_lead_and_planned_births_are_no_verb() -> None:
    """县教育局与县卫健委共同负责…: both lead; 县民政局与县总工会共同开展…: the union helps; 计划生育协会
    is a name, no 计划 of a unit's."""
    text = (
        "2026年工作要点\n\n教育方面，县教育局与县卫健委共同负责学生健康体检，完成体检3万人次。\n\n"
        "民政方面，县民政局与县总工会共同开展困难职工帮扶，帮扶困难职工500人。\n\n"
        "计生方面，县卫健委计划生育协会为1200户计生特殊家庭发放扶助金。\n"
    )
    drafted = draft_spec(text, year=2026).targets
    assert [(t.lead, t.support) for t in drafted[:2]] == [
        (("县教育局", "县卫健委"), ()),
        (("县民政局",), ("县总工会",)),
    ]
    assert drafted[2].quote.startswith("县卫健委计划生育协会")


def test_weights_written_otherwise_name_no_unit() -> None:
    """权重为6分, 计6分: the item's weight, no helper."""
    for bracket in (
        "（镇社会事务办牵头，镇劳动保障所配合，权重为6分）",
        "（镇社会事务办牵头，镇劳动保障所配合，计6分）",
    ):
        text = f"目标责任书\n\n一、目标\n\n7.城镇新增就业320人以上{bracket}。\n"
        assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
            (("镇社会事务办",), ("镇劳动保障所",))
        ], bracket


def test_bar_led_tables_keep_a_numbered_heading_apart_read_blank_cells_and_a_bar_led_serial_header() -> None:
    """二、主要目标任务 over the header stays a line of its own; a bar alone inside a row short of the
    header's cells is a blank cell; | 序号 over rows opened by their number lines up with them."""
    headed = _BAR_LED.replace("附件：某市创新计划（2026—2028年）目标任务分解表", "二、主要目标任务")
    assert len(draft_spec(headed, year=2026).targets) == 8
    blank = _BAR_LED.replace("| 市科技局\n| 市统计局、市财政局\n", "| 市科技局\n|\n")
    assert [(t.lead, t.support) for t in draft_spec(blank, year=2026).targets][:2] == [(("市科技局",), ())] * 2
    serial = (
        "某市2026年科技创新目标任务分解表\n| 序号\n| 指标\n| 牵头部门\n| 配合部门\n| 2026年目标\n|\n"
        "1\n| 拥有发明专利(件)\n| 市市场监管局\n| 各县(区)\n| 3000\n|\n"
        "2\n| 高新技术企业(家)\n| 市科技局\n| 高新区\n| 120\n|\n"
    )
    assert [(t.value, t.lead) for t in draft_spec(serial, year=2026).targets] == [
        (Decimal("3000"), ("市市场监管局",)),
        (Decimal("120"), ("市科技局",)),
    ]
    assert len(bar_led_cells(serial, header_cell)) == len(serial)


def test_helpers_carrying_the_work_on_together_after_the_lead_help() -> None:
    """上述目标由A牵头,B、C共同推进。 closing the goals' paragraph: A leads them, B and C help (as 配合)."""
    text = (
        "2026年方案\n\n一、主要目标\n\n到2026年底，全县经营主体总量突破4.2万户，企业满意度达到95%以上。"
        "上述目标由县营商环境建设局牵头，县直各部门、各乡镇人民政府共同推进。\n\n"
        "二、重点改革任务\n\n1.企业开办时间压缩至0.5个工作日以内。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets][:2] == [
        (("县营商环境建设局",), ("县直各部门", "各乡镇人民政府"))
    ] * 2


def test_a_collective_that_answers_for_the_work_is_its_subject() -> None:
    """各区县人民政府负责…,3月底前完成…: the collective answers (负责), no address (各县区要…)."""
    text = (
        "2026年交通建设方案\n\n（三）加强要素保障。各区县人民政府负责项目征地拆迁和施工环境保障，"
        "3月底前完成栖北高速北岭段剩余用地交付。市自然资源和规划局要提前介入项目选址，全年保障用地3000亩。\n"
    )
    assert [t.lead for t in draft_spec(text, year=2026).targets] == [("各区县人民政府",), ("市自然资源和规划局",)]


def test_a_count_of_the_plan_s_aspects_of_content_is_no_target() -> None:
    """包括推动就业创业、提升教育水平、建设健康洛阳3个方面的内容: the plan counting its parts."""
    text = (
        "洛阳市今年民生实事\n\n致力保基本。包括推动就业创业、提升教育水平、建设健康洛阳3个方面的内容。"
        "今年计划新建公办幼儿园22所。\n"
    )
    assert [t.value for t in draft_spec(text, year=2026).targets] == [Decimal("22")]


def test_a_figure_nearly_reached_is_about_it() -> None:
    """生产总值接近9000亿元: about 9000亿 (as 近, 约); 接近或达到全国平均水平 stays a benchmark."""
    text = "2026年目标\n\n一、目标\n\n全省生产总值接近9000亿元，主要指标接近或达到全国平均水平。\n"
    assert [(t.kind, t.comparator) for t in draft_spec(text, year=2026).targets] == [
        ("approximate", "approx"),
        ("relative", "approx"),
    ]


def test_a_duty_section_s_lines_opening_with_a_unit_and_its_colon_give_items_by_number() -> None:
    """县卫健委：牵头第1、3项，配合第2项。 / 县人民医院：牵头第2项，配合第1项。: duty lines, not units
    heading paragraphs of their own; items numbered on across headings take them."""
    text = (
        "2026年卫生健康工作方案\n\n三、重点任务\n\n（一）夯实基层\n\n1.完成12个村卫生室标准化改造。\n\n"
        "（二）提升医院能力\n\n2.新增市级临床重点专科2个。\n\n3.新增普惠托位150个。\n\n四、任务分工\n\n"
        "县卫健委：牵头第1、3项，配合第2项。\n县人民医院：牵头第2项，配合第1项。\n县财政局：配合第1、3项。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("县卫健委",), ("县人民医院", "县财政局")),
        (("县人民医院",), ("县卫健委",)),
        (("县卫健委",), ("县财政局",)),
    ]


def test_a_duty_section_naming_an_earlier_heading_by_its_words_answers_for_its_targets() -> None:
    """四、任务分工 / 主要目标由县卫健委牵头，县统计局配合。: 二、主要目标's targets take those units; a
    life expectancy of 79岁以上 at the sentence's end is a target, no age class (60岁以上老年人)."""
    text = (
        "2026年卫生健康工作方案\n\n二、主要目标\n\n到2026年底，全县人均预期寿命达到79岁以上，"
        "孕产妇死亡率控制在12/10万以内。\n\n三、重点任务\n\n1.为60岁以上老年人免费体检2万人次。\n\n"
        "四、任务分工\n\n主要目标由县卫健委牵头，县统计局配合。\n\n县卫健委：牵头第1项。\n"
    )
    assert [(t.value, t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (Decimal("79"), ("县卫健委",), ("县统计局",)),
        (Decimal("0.00012"), ("县卫健委",), ("县统计局",)),
        (Decimal("20000"), ("县卫健委",), ()),
    ]


def test_a_rate_quoted_whole_after_the_target_is_read() -> None:
    """周口市预期目标为“增长7.5%以上”,商丘市的目标是“增长7.5%左右”: the target quoted alone after 为/是
    is the plan's own words, read (a slogan quoted where it is named stays masked)."""
    text = (
        "2026年各市增长目标\n\n周口市预期目标为“增长7.5%以上”，商丘市的目标是“增长7.5%左右”。"
        "构建“1个中心、3个基地”发展格局。\n"
    )
    assert [(t.kind, t.comparator, t.value) for t in draft_spec(text, year=2026).targets] == [
        ("growth-rate", ">=", Decimal("0.075")),
        ("growth-rate", "approx", Decimal("0.075")),
    ]


def test_a_sentence_of_helpers_closing_an_item_that_opens_with_its_lead_helps() -> None:
    """1.【县发改局】…。县统计局配合。 / 8.【市民政局牵头】…。市财政局、市残联按职责分工配合。: the unit in
    【】 leads, the units of the closing sentence help."""
    text = (
        "2026年工作要点\n\n一、经济发展\n\n1.【县发改局】全县地区生产总值增长6.5%左右。县统计局配合。\n\n"
        "2.【县商务局】社会消费品零售总额增长6%。\n\n"
        "3.【市民政局牵头】城乡低保平均标准提高5%。市财政局、市残联按职责分工配合。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("县发改局",), ("县统计局",)),
        (("县商务局",), ()),
        (("市民政局",), ("市财政局", "市残联")),
    ]


def test_a_note_naming_the_whole_s_column_gives_its_cells_their_units() -> None:
    """注:1.表中“全市目标”一栏由市生态环境局牵头,市水务局配合落实。: every figure under 全市目标 takes them;
    the counties' cells keep their own governments."""
    text = (
        "某市2026年生态环境目标分解\n\n| 指标 | 全市目标 | 栖桐县 | 岚坪县 |\n"
        "| 空气质量优良天数比率（%） | 90以上 | 93以上 | 92以上 |\n"
        "| 国省控断面水质优良比例（%） | 85 | 100 | 80 |\n\n"
        "注：1.表中“全市目标”一栏由市生态环境局牵头，市水务局配合落实。2.各县指标由各县人民政府负责。\n"
    )
    drafted = [(t.value, t.lead, t.support) for t in draft_spec(text, year=2026).targets]
    assert drafted[0] == (Decimal("0.90"), ("市生态环境局",), ("市水务局",))
    assert drafted[3] == (Decimal("0.85"), ("市生态环境局",), ("市水务局",))
    assert drafted[1][1] != ("市生态环境局",) and drafted[4][1] != ("市生态环境局",)


def test_a_class_of_places_over_two_levels_is_one_collective_and_a_how_they_lead_remark_is_dropped() -> None:
    """茶叶主产乡、镇人民政府: the governments of the tea-growing townships, one name (as 各乡、镇人民政府);
    县卫生健康局（按职责分别牵头）: the unit, the remark on how the units lead left out."""
    from planengine.draft.responsibility import split_units

    assert split_units("县农业农村局、茶叶主产乡、镇人民政府") == ["县农业农村局", "茶叶主产乡、镇人民政府"]
    assert split_units("县教育体育局、县卫生健康局（按职责分别牵头）") == ["县教育体育局", "县卫生健康局"]


# Faults a second read-only review found, each mended.


def test_units_heading_their_own_paragraphs_with_figures_keep_them() -> None:
    """区发改局：牵头推进12个重点项目建设…: no duty line by number (that takes 第…项)."""
    text = (
        "2026年方案\n\n三、任务分工\n\n区发改局：牵头推进12个重点项目建设，完成投资50亿元。\n"
        "区教育局：负责2026年新建幼儿园3所。\n区卫健局：牵头实施10项民生实事。\n"
    )
    assert [t.lead for t in draft_spec(text, year=2026).targets][:3] == [("区发改局",), ("区发改局",), ("区教育局",)]


def test_ages_that_say_who_stay_out_and_helpers_must_be_units() -> None:
    """为65岁以上、0-6岁儿童等…, 对象为70岁以上。: who is served; …牵头,全社会共同推进: no helper."""
    text = (
        "2026年方案\n\n一、目标\n\n为65岁以上、0-6岁儿童等重点人群开展健康服务，重点人群家庭医生签约率达到75%。"
        "开展老年人免费体检，对象为70岁以上。全年新增企业30家，上述目标由县营商环境建设局牵头，全社会共同推进。\n"
    )
    assert [(t.value, t.support) for t in draft_spec(text, year=2026).targets] == [
        (Decimal("0.75"), ()),
        (Decimal("30"), ()),
    ]


def test_an_indented_closing_units_line_covers_the_group() -> None:
    """1.… / 　　2.… / 　　牵头单位：县发改局: lines indented with full-width blanks open as lines do."""
    text = (
        "2026年方案\n\n（一）扩大有效投资\n\n　　1.全年完成固定资产投资120亿元。\n　　2.新开工重点项目30个。\n"
        "　　牵头单位：县发改局\n　　责任单位：县统计局\n"
    )
    assert {(t.lead, t.support) for t in draft_spec(text, year=2026).targets} == {(("县发改局",), ("县统计局",))}


def test_a_statement_counting_the_items_above_covers_them_all() -> None:
    """2.…。上述两项指标由市医保局负责,…: both items, though said in item 2's paragraph."""
    text = (
        "2026年方案\n\n（三）社保\n\n1.企业职工基本养老保险参保人数净增1.2万人。\n\n"
        "2.城乡居民基本医疗保险参保率稳定在96%以上。上述两项指标由市医保局负责，市卫健委配合。\n"
    )
    assert {(t.lead, t.support) for t in draft_spec(text, year=2026).targets} == {(("市医保局",), ("市卫健委",))}


def test_a_helpers_line_keeps_each_lead_of_an_item_with_several() -> None:
    """…(县住建局牵头),…(县林业局牵头)。 / 上述指标配合单位：县财政局。: each lead keeps its part."""
    text = (
        "2026年方案\n\n（一）城建\n\n1.新建污水管网20公里（县住建局牵头），新增城市绿地10公顷（县林业局牵头）。\n\n"
        "2.城市生活垃圾无害化处理率达到100%（县城管局牵头）。\n\n上述指标配合单位：县财政局。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("县住建局",), ("县财政局",)),
        (("县林业局",), ("县财政局",)),
        (("县城管局",), ("县财政局",)),
    ]


def test_a_column_note_answers_for_its_column_alone_and_a_repeated_title_for_none() -> None:
    """注：表中“2027年目标”一栏由…: the 2026 column's figures stay unanswered; 主要目标 heading two
    parts names neither."""
    table = (
        "某市2026年目标\n\n| 指标 | 2026年目标 | 2027年目标 |\n| 空气质量优良天数比率（%） | 90以上 | 91以上 |\n\n"
        "注：表中“2027年目标”一栏由市生态环境局牵头，市水务局配合落实。\n"
    )
    assert [t.lead for t in draft_spec(table, year=2026).targets] == [(), ("市生态环境局",)]
    repeated = (
        "2026年方案\n\n一、大气污染防治\n\n（一）主要目标\n\n细颗粒物年均浓度不高于30微克/立方米。\n\n"
        "二、水污染防治\n\n（一）主要目标\n\n地表水优良比例达到85%。\n\n三、任务分工\n\n主要目标由县生态环境局牵头，县水利局配合。\n"
    )
    assert [t.lead for t in draft_spec(repeated, year=2026).targets] == [(), ()]


def test_a_collective_after_a_leading_unit_does_its_part_and_a_call_on_others_is_no_helper() -> None:
    """由市交通运输局牵头,各区县人民政府负责落实,…: the bureau leads, the collective that carries it out
    helps; …。鼓励企业积极参与。: whom the plan calls on, no helper."""
    text = (
        "2026年方案\n\n一、交通\n\n由市交通运输局牵头，各区县人民政府负责落实，全年完成农村公路提质改造120公里。"
        "由市水务局牵头，市财政局负责资金保障，新建供水管网50公里。\n\n"
        "二、文旅\n\n3.【县文旅局】接待游客500万人次。鼓励企业积极参与。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("市交通运输局",), ("各区县人民政府",)),
        (("市水务局",), ("市财政局",)),
        (("县文旅局",), ()),
    ]


def test_a_legend_saying_the_brackets_hold_helpers_keeps_the_heading_s_unit_the_lead() -> None:
    """…按牵头单位分解如下（括号内为配合单位）。 / 一、县发改局（5项） / 1.…。（县统计局、各乡镇人民政府）: the
    heading's unit leads, the bracket's units help."""
    text = (
        "2026年县政府重点工作任务分解方案\n\n现将2026年重点工作任务按牵头单位分解如下（括号内为配合单位）。\n\n"
        "一、县发改局（2项）\n\n1.全县地区生产总值增长6%左右。（县统计局、各乡镇人民政府）\n\n"
        "2.全年谋划储备重大项目不少于60个。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("县发改局",), ("县统计局", "各乡镇人民政府")),
        (("县发改局",), ()),
    ]


def test_quarter_columns_beside_a_measured_indicator_are_dated_targets_with_their_figures() -> None:
    """| 指标 | 一季度 | 二季度 | … | 全年 | over 城镇新增就业（人） | 900 | 1850 |: each quarter's figure due by
    its end, in the measure the row names (as a 单位 column gives it)."""
    text = (
        "2026年就业工作计划\n\n三、季度目标安排\n\n| 指标 | 一季度 | 二季度 | 全年 | 责任单位 |\n"
        "| 城镇新增就业（人） | 900 | 1850 | 3600 | 县人社局 |\n"
    )
    assert [(t.kind, t.value) for t in draft_spec(text, year=2026).targets] == [
        ("milestone", Decimal("900")),
        ("milestone", Decimal("1850")),
        ("count", Decimal("3600")),
    ]


def test_an_office_that_sets_aside_funds_is_the_subject_of_its_figures() -> None:
    """区财政局安排民生实事专项资金2.3亿元,比上年增长8%: the bureau sets the money aside, it answers."""
    text = (
        "2026年民生实事项目安排\n\n二、2026年安排\n\n区财政局安排民生实事专项资金2.3亿元，比上年增长8%。"
        "区教育局将新建幼儿园4所。\n"
    )
    assert [t.lead for t in draft_spec(text, year=2026).targets] == [("区财政局",), ("区财政局",), ("区教育局",)]
