"""Who answers in 部门分工 lines, events none of which may happen, and an assessment's own rules."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec
from planengine.draft.responsibility import parse_responsibility
from planengine.draft.targets import Reading, read_region
from planengine.draft.text import shadow


def read(text: str) -> list[Reading]:
    return read_region(text, shadow(text), 0, len(text))


def test_a_line_sharing_out_the_work_names_lead_and_support() -> None:
    text = "某省重点任务分工方案\n一、主要预期目标\n1.地区生产总值增长6%以上。\n分管省领导:张三\n部门分工:省发展改革委牵头,各地、各部门配合。\n"
    (target,) = draft_spec(text, year=2021).targets
    assert (target.lead, target.support) == (("省发展改革委",), ("各地", "各部门"))


def test_a_unit_said_to_lead_inside_a_list_of_units_leads() -> None:
    found = parse_responsibility("责任单位:国网某县供电公司、县水务集团,县住建局牵头")
    assert (found.lead, found.support) == (("县住建局",), ("国网某县供电公司", "县水务集团"))


def test_figures_that_say_which_events_are_meant_are_no_targets() -> None:
    (reading,) = read("一次死亡3人以上道路交通事故零发生。")
    assert (reading.kind, reading.comparator, reading.value) == ("ceiling", "<=", Decimal(0))


def test_what_a_plan_is_for_and_who_it_counts_are_no_targets() -> None:
    assert read("为确保2024年十件民生实事项目按期保质完成,特制定本方案。") == []
    assert read("任务共15项,涉及34个牵头单位、21个责任单位。") == []


def test_an_assessment_s_scoring_rules_are_no_targets() -> None:
    assert (
        read("完成下限得基本分,完成上限得满分,完成力争值加计1分。单项指标完成率低于60%的,扣2分。本责任书一式三份。")
        == []
    )


def test_table_cells_of_a_range_in_one_measure_a_rank_and_none_at_all() -> None:
    table = (
        "某局2024年度绩效目标责任书\n| 序号 | 考核指标 | 目标值 |\n| 1 | 政府消费券发放 | 1500万元-2000万元 |\n"
        "| 2 | 全市商务工作综合考评 | 全省前5位 |\n| 3 | 较大及以上安全生产事故 | 0起 |\n"
    )
    got = [(t.kind, t.comparator, t.value, t.value_high) for t in draft_spec(table, year=2024).targets]
    assert got == [
        ("range", "between", Decimal(15_000_000), Decimal(20_000_000)),
        ("ceiling", "<=", Decimal(5), None),
        ("ceiling", "<=", Decimal(0), None),
    ]


def test_a_threshold_after_a_count_says_which_ones_are_counted() -> None:
    got = [(r.kind, r.value) for r in read("靠前服务40个预增产值过2000万元,12个预增产值过亿元增长点。")]
    assert got == [("count", Decimal(40)), ("count", Decimal(12))]


def test_each_striven_figure_is_quoted_with_what_it_measures() -> None:
    text = "规模以上工业增加值增长12%、力争13%,固定资产投资增长12%、力争13%。"
    got = [(text[r.start : r.end], r.strive) for r in read(text)]
    assert got == [
        ("规模以上工业增加值增长12%", False),
        ("规模以上工业增加值增长12%、力争13%", True),
        ("固定资产投资增长12%", False),
        ("固定资产投资增长12%、力争13%", True),
    ]


def test_so_many_people_in_wan_with_no_measure_word_are_counted() -> None:
    got = [(r.kind, r.value) for r in read("为80万农村35—64岁妇女免费做“两癌”检查,对40万贫困劳动力开展技能培训。")]
    assert got == [("count", Decimal(800_000)), ("count", Decimal(400_000))]
    assert [r.kind for r in read("完成投资80万元。")] == ["amount"]


def test_finishing_every_task_is_no_deliverable() -> None:
    assert read("确保12月20日前全面完成各项任务。") == []


def test_a_range_whose_ends_each_carry_their_scale() -> None:
    from planengine.draft.numbers import find_quantities

    assert [(q.low, q.high, q.unit) for q in find_quantities("生猪出栏稳定在38万-42万头")] == [
        (Decimal(380_000), Decimal(420_000), "头")
    ]
    assert [(q.low, q.high) for q in find_quantities("增长10%—12%")] == [(Decimal("0.10"), Decimal("0.12"))]
    assert [(q.low, q.high) for q in find_quantities("投入5万-1亿元")] == [(Decimal(50_000), Decimal(100_000_000))]


def test_before_the_flood_season_is_a_deadline() -> None:
    (reading,) = read("汛前完成全市78座小型水库安全鉴定。")
    assert (reading.kind, reading.value, reading.deadline_month) == ("milestone", Decimal(78), 5)


def test_instructions_to_every_office_are_no_targets() -> None:
    assert read("各责任科室要对照工作要点制定具体推进计划。") == []


def test_who_answers_in_hexagonal_brackets() -> None:
    text = "某市2024年民生实事安排方案\n一、创业带动就业工程。新增发放创业担保贷款27亿元。〔责任单位:市人社局、市财政局〕\n"
    (target,) = draft_spec(text, year=2024).targets
    assert target.lead == ("市人社局", "市财政局")
    assert shadow("安政办发〔2025〕6号") == "安政办发〔2025〕6号"  # a document's number keeps its brackets


def test_the_plan_s_items_by_progress_are_no_targets_but_whom_a_project_touches_is() -> None:
    # 涉及居民1240户 is how many the project is to reach: most keys (26 of 36 so written) count it
    assert [r.value for r in read("完成6个老旧小区综合改造,涉及居民1240户。")] == [Decimal(6), Decimal(1240)]
    assert read("32项任务中,已完成5项,序时推进24项,进度滞后3项。") == []
    assert read("清单共分6个板块、27项任务。") == []
    assert [r.value for r in read("涉及年度投资目标5.79亿元。")] == [Decimal(579_000_000)]


def test_people_named_before_a_number_in_wan_are_counted() -> None:
    assert [(r.kind, r.value) for r in read("农村贫困人口减少60万以上。")] == [("count", Decimal(600_000))]


def test_a_rate_striven_for_after_a_growth_is_that_growth() -> None:
    text = "地区生产总值增长7%以上、力争达到8%。"
    got = [(r.kind, r.value, r.strive, text[r.start : r.end]) for r in read(text)]
    assert got == [
        ("growth-rate", Decimal("0.07"), False, "地区生产总值增长7%以上"),
        ("growth-rate", Decimal("0.08"), True, "地区生产总值增长7%以上、力争达到8%"),
    ]


def test_where_a_standard_stands_now_is_no_target() -> None:
    text = "城乡居民医保补助标准由每人每年670元提高到700元,养育标准由每人每月1800元、1500元统一提高到2200元。"
    assert [r.value for r in read(text)] == [Decimal(700), Decimal(2200)]


def test_an_items_score_and_the_assessments_reward_state_nothing() -> None:
    """13.耕地撂荒动态清零。(配合单位:…)(分值:3分): the item's target is read though its score follows its
    units; 奖励乙方工作经费5万元 is the reward of the assessment, while 有奖举报奖励资金按每件不超过5万元
    caps what is paid, a target."""
    from planengine.draft import draft_spec

    text = (
        "某区2024年度目标管理责任书\n一、考核指标\n"
        "13.耕地撂荒动态清零。(配合单位:区自然资源分局)(分值:3分)\n"
        "14.有奖举报奖励资金按每件不超过5万元标准兑现。\n"
        "二、奖惩\n考核得分90分以上的为优秀等次,并按规定奖励乙方工作经费5万元。\n"
    )
    assert [(t.quote, t.comparator, t.value) for t in draft_spec(text, year=2024).targets] == [
        ("耕地撂荒动态清零", "<=", Decimal(0)),
        ("有奖举报奖励资金按每件不超过5万元标准兑现", "<=", Decimal(50000)),
    ]


def test_an_assessment_table_s_lead_assessor_column_names_who_answers_and_its_scoring_is_no_target() -> None:
    """一级指标 | 二级指标 | 分值 | 考核标准 | 牵头考核单位: the assessing unit answers for the row; 未完成的按
    完成比例得分 and 加分项累计不超过5分 say how it is scored."""
    text = (
        "岚川区2024年度镇(街道)高质量发展综合考核细则\n"
        "一级指标 | 二级指标 | 分值 | 考核标准 | 牵头考核单位 |\n"
        "经济发展(30分) | 规上工业增加值 | 5 | 规模以上工业增加值增长8%,完成得满分;未完成的按完成比例得分。 | 区工业和信息化局 |\n"
        " | 新增规上企业 | 4 | 新增规上企业8家以上;每少1家扣0.5分,累计不超过5分。 | 区工业和信息化局 |\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.value, t.lead) for t in targets] == [
        (Decimal("0.08"), ("区工业和信息化局",)),
        (Decimal(8), ("区工业和信息化局",)),
    ]


def test_a_month_before_a_finishing_verb_dates_a_milestone() -> None:
    got = [(r.kind, r.deadline) for r in read("中国古动物馆10月开馆,环城水系8月贯通。")]
    assert got == [("milestone", "10月"), ("milestone", "8月")]
    # a span of months reported (1-10月) dates nothing ahead
    assert all(r.deadline != "10月" for r in read("1-10月建成项目12个。"))


def test_the_plan_counting_the_areas_of_its_own_work_is_no_target() -> None:
    assert read("从粮食生产、乡村产业等9个方面重点工作来推进乡村振兴。") == []
    assert read("《行动方案》主要提出了两个层面的目标。") == []  # the plan's own goals counted, no target


def test_a_density_per_head_carries_over_its_list_and_its_population_is_no_figure() -> None:
    """每千人床位数6张、执业医师数2.5人: both per thousand people, though their measures differ; 医师每10万人
    达到3.8名 is a density, and 10万人 the population it is per."""
    got = [(r.kind, r.value) for r in read("实现每千人医疗机构床位数6张、执业(助理)医师数2.5人、注册护士数3.14人。")]
    assert got == [("ratio", Decimal(6)), ("ratio", Decimal("2.5")), ("ratio", Decimal("3.14"))]
    assert [(r.kind, r.value) for r in read("全区精神科执业(助理)医师每10万人达到3.8名。")] == [
        ("ratio", Decimal("3.8"))
    ]
