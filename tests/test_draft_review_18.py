"""Faults two reviews of the eighteenth session's rules found, each mended; the inputs are theirs."""

from __future__ import annotations

from planengine.draft import draft_spec
from planengine.draft.responsibility import parse_responsibility


def _units(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(t.lead, t.support) for t in draft_spec(text, year=2025).targets]


def test_a_held_measure_in_a_list_starts_after_the_words_before_it() -> None:
    text = "某县工作要点\n\n确保耕地面积不减少、质量有提升、粮食产量不下降。\n"
    assert [t.quote for t in draft_spec(text, year=2025).targets] == ["确保耕地面积不减少", "粮食产量不下降"]


def test_a_headline_figure_is_dropped_only_for_a_statement_of_the_same_measure() -> None:
    """新增城镇就业110万人 in the headline and 农村劳动力转移就业110万人 in the report share a figure,
    not a measure: the headline's target stays."""
    text = (
        "山东今年新增城镇就业110万人\n来源:大众日报 发布时间:2025-02-10\n"
        "今年全省将促进农村劳动力转移就业110万人,开展职业技能培训50万人次。\n"
    )
    quotes = [t.quote for t in draft_spec(text, year=2025).targets]
    assert "山东今年新增城镇就业110万人" in quotes and len(quotes) == 3


def test_units_in_a_goals_headings_own_title_still_answer_for_its_goals() -> None:
    text = (
        "某县2025年工作要点\n\n一、主要目标(主要目标由县发展改革局牵头,县统计局配合)\n"
        "1.地区生产总值增长6%。\n2.固定资产投资增长8%。\n"
    )
    assert _units(text) == [(("县发展改革局",), ("县统计局",))] * 2


def test_units_carrying_out_together_and_a_lead_named_with_how_it_coordinates() -> None:
    cases = {
        "由县民族宗教事务局、县交通运输局共同组织实施,县财政局配合": (
            ("县民族宗教事务局", "县交通运输局"),
            ("县财政局",),
        ),
        "由市发展改革委、市财政局会同市统计局负责": (("市发展改革委", "市财政局"), ("市统计局",)),
        "市发改委牵头统筹协调,市财政局配合": (("市发改委",), ("市财政局",)),
        "此项实事的责任单位是县民政局。": (("县民政局",), ()),
        "县水利局为此项实事的责任单位。": (("县水利局",), ()),
    }
    for words, expected in cases.items():
        answer = parse_responsibility(words)
        assert (answer.lead, answer.support) == expected, words


def test_a_units_helper_for_techniques_is_no_sites_footer() -> None:
    """技术支持:… beside 牵头单位:… names a helping unit; only a line naming no unit is a footer."""
    text = "某县2025年农业工作要点\n\n一、推广良种。推广水稻良种10万亩。\n牵头单位:县农业农村局 技术支持:县农业技术推广中心\n"
    assert _units(text) == [(("县农业农村局",), ("县农业技术推广中心",))]


def test_units_in_square_brackets_without_a_label_and_a_remark_after_the_helpers() -> None:
    text = (
        "某区2025年城市管理工作要点\n\n"
        "5.实施老旧路面“微改造”,全年完成道路维修改造18.6万平方米。【区城市管理局负责,各街道办事处配合】\n\n"
        "6.完成交通固定资产投资24亿元以上。此项工作由规划发展科牵头,财务审计科、建设管理科配合,"
        "每月调度一次投资进度。\n\n"
        "7.新开工农村公路提质改造项目40个以上。该项任务由公路养护科负责牵头,各区县交通运输局具体实施。\n\n"
        "8.道路完好率保持在96%以上。(市文化广电旅游局牵头,市自然资源和规划局配合,北湖区政府落实)\n"
    )
    assert _units(text) == [
        (("区城市管理局",), ("各街道办事处",)),
        (("规划发展科",), ("财务审计科", "建设管理科")),
        (("公路养护科",), ("各区县交通运输局",)),
        (("市文化广电旅游局",), ("市自然资源和规划局", "北湖区政府")),
    ]


def test_how_an_assessment_scores_and_how_a_target_is_changed_are_no_targets() -> None:
    text = (
        "某县2024年绩效考核指标\n\n一、评分规则\n以完成目标值为满分。年终考核以县统计局发布的年报数据为准。"
        "确需调整目标的,由责任单位于12月10日前提出书面申请。新增市场主体3000户。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2024).targets] == ["新增市场主体3000户"]


def test_a_subset_in_brackets_parted_by_a_semicolon_gives_each_part() -> None:
    text = (
        "某区重大项目建设三年行动\n\n一、目标\n3年累计完成投资1.5万亿元左右(其中,新开工重大项目不少于1200项,"
        "完成投资4600亿元左右;续建重大项目不少于800项,完成投资8800亿元左右)。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2021).targets] == [
        "3年累计完成投资1.5万亿元左右",
        "新开工重大项目不少于1200项",
        "完成投资4600亿元左右",
        "续建重大项目不少于800项",
        "完成投资8800亿元左右",
    ]


def test_lines_under_a_look_back_label_report_the_year_gone() -> None:
    text = (
        "商洛市2018年政府工作报告摘要\n\n回顾2017年\n生产总值增长9.5%\n非公经济占比55.2%\n"
        "展望2018年\n生产总值增长9%左右\n全社会固定资产投资增长12%左右\n"
    )
    assert [t.quote for t in draft_spec(text, year=2018).targets] == [
        "生产总值增长9%左右",
        "全社会固定资产投资增长12%左右",
    ]


def test_the_next_steps_after_a_bulletins_units_are_targets_and_the_units_stated_in_words() -> None:
    text = (
        "某区2025年十件实事三季度进展通报\n\n"
        "一、教育。年度目标:新建学校5所。截至9月底,已完成2所。责任单位:区教育局(牵头),区住建局配合。"
        "下一步,11月底前完成剩余3所学校竣工验收。\n\n"
        "二、住房。年度目标:改造老旧小区23个。截至9月底,开工21个。此项由区住建局牵头负责,各街道办事处配合实施。"
        "下一步,10月15日前剩余2个小区全部开工。\n\n"
        "三、养老。年度目标:新建街道综合养老服务中心3个。责任单位为区民政局,区卫生健康委、区财政局协同推进。\n"
    )
    assert [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2025).targets] == [
        ("新建学校5所", ("区教育局",), ("区住建局",)),
        ("11月底前完成剩余3所学校竣工验收", ("区教育局",), ("区住建局",)),
        ("改造老旧小区23个", ("区住建局",), ("各街道办事处",)),
        ("10月15日前剩余2个小区全部开工", ("区住建局",), ("各街道办事处",)),
        ("新建街道综合养老服务中心3个", ("区民政局",), ("区卫生健康委", "区财政局")),
    ]


def test_units_named_for_a_section_by_its_title_after_its_items() -> None:
    """目标任务由…牵头,…负责落实。其中,…: under 一、目标任务, after its items, the units answer for all of
    them (the part after 其中 names a part's own, and is no unit of the rest)."""
    text = (
        "沃原市2025年春耕生产工作方案\n\n一、目标任务\n\n(一)粮食生产。全市粮食播种面积稳定在386万亩以上。\n\n"
        "(二)经济作物。油料作物种植面积12万亩以上。\n\n"
        "目标任务由市农业农村局牵头,各县区政府负责落实。其中,高标准农田建设任务由市农业农村局会同市财政局牵头推进。\n\n"
        "二、任务分解\n\n(一)抓好种子。3月底前完成种子质量检查。\n"
    )
    assert _units(text) == [
        (("市农业农村局",), ("各县区政府",)),
        (("市农业农村局",), ("各县区政府",)),
        ((), ()),
    ]


def _review_case(name: str) -> str:
    return _THIRD_REVIEW[name]


_THIRD_REVIEW = {
    "look back": (
        "某县2025年政府工作报告摘要\n\n回顾2024年\n地区生产总值增长5.2%\n\n2025年总体要求和预期目标\n"
        "地区生产总值增长6%左右\n城镇新增就业5000人\n\n今年重点工作\n新建高标准农田3万亩。\n新建5G基站500个。\n\n"
        "展望2035年\n基本实现社会主义现代化。\n"
    ),
    "next steps": (
        "某区2025年十件实事三季度进展通报\n\n一、教育。年度目标:新建学校5所。\n"
        "此项工作由区教育局牵头,区住建局配合。下一步,11月底前完成剩余3所学校竣工验收。\n"
    ),
    "remarks": (
        "某区2025年交通工作要点\n\n6.完成交通固定资产投资24亿元以上。此项工作由规划发展科牵头,财务审计科、建设管理科"
        "配合推进,每月调度一次投资进度。\n\n7.新开工农村公路提质改造项目40个以上。此项工作由公路养护科牵头,"
        "建设管理科配合,每月调度一次进度。\n\n8.新建城市书房10个。(由区文旅局牵头,区财政局配合,团区委、区妇联共同推进)\n"
    ),
    "slogans": (
        "某区2025年城市管理工作要点\n\n1.完成道路维修改造18.6万平方米。【部门联动、属地负责】\n\n"
        "2.新建口袋公园10个。【党委领导、政府负责】\n"
    ),
}


def test_third_review_a_look_back_blanks_only_up_to_the_next_label_when_it_looks_ahead() -> None:
    """回顾2024年 is followed by 2025年总体要求和预期目标, no label of what is ahead: nothing is blanked
    (the later 展望2035年 does not reach back over this year's targets)."""
    quotes = [t.quote for t in draft_spec(_review_case("look back"), year=2025).targets]
    assert "地区生产总值增长6%左右" in quotes and "新建5G基站500个" in quotes


def test_third_review_the_next_steps_after_units_are_read_with_no_report_in_the_text() -> None:
    assert [(t.quote, t.lead, t.support) for t in draft_spec(_review_case("next steps"), year=2025).targets] == [
        ("新建学校5所", ("区教育局",), ("区住建局",)),
        ("11月底前完成剩余3所学校竣工验收", ("区教育局",), ("区住建局",)),
    ]


def test_third_review_a_remark_after_helpers_and_helpers_after_them() -> None:
    """配合推进,每月调度…: a remark, as after 配合; 团区委、区妇联共同推进: more helpers, kept."""
    assert _units(_review_case("remarks")) == [
        (("规划发展科",), ("财务审计科", "建设管理科")),
        (("公路养护科",), ("建设管理科",)),
        (("区文旅局",), ("区财政局", "团区委", "区妇联")),
    ]


def test_third_review_a_target_in_words_after_the_helpers_is_no_remark() -> None:
    text = "某区2025年城市管理工作要点\n\n一、市容提升\n1.实施背街小巷整治。由区城管局牵头,区住建局配合,年内新建口袋公园十个。\n"
    assert "年内新建口袋公园十个" in [t.quote for t in draft_spec(text, year=2025).targets]


def test_third_review_a_principle_in_square_brackets_names_no_unit() -> None:
    assert _units(_review_case("slogans")) == [((), ()), ((), ())]
