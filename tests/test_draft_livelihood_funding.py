"""Livelihood-project notices: who is served, at what standard, who pays, and which year they are for."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planengine.draft import draft_spec


def drafted(text: str, year: int | None = 2023) -> list[tuple[str, str, str | None, Decimal | None, Decimal | None]]:
    return [(t.quote, t.kind, t.comparator, t.value, t.value_high) for t in draft_spec(text, year=year).targets]


def test_the_people_served_are_a_target_and_the_standard_they_are_served_at_is_none() -> None:
    """The people counted are what the plan delivers; the flat rate each is paid at is a policy's parameter
    (as the later keys have it: see test_draft_unseen_32)."""
    assert drafted("向1.45万名家庭经济困难的普通高中生按平均每人每年2000元的标准发放助学金。") == [
        ("向1.45万名家庭经济困难的普通高中生按平均每人每年2000元的标准发放助学金", "count", "=", Decimal(14500), None),
    ]


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("全年培训乡村教师500人次—800人次。", Decimal(500), Decimal(800)),
        ("新建3个-5个社区食堂。", Decimal(3), Decimal(5)),
        ("亩均增收80元至120元。", Decimal(80), Decimal(120)),
    ],
)
def test_a_range_whose_ends_each_carry_the_measure_word(sentence: str, low: Decimal, high: Decimal) -> None:
    [(_, kind, comparator, value, value_high)] = drafted(sentence)
    assert (kind, comparator, value, value_high) == ("range", "between", low, high)


def test_two_measure_words_that_differ_are_no_range() -> None:
    assert [(v, h) for _, _, _, v, h in drafted("新建5个—8家。")] == [(Decimal(5), None)]


def test_the_share_each_level_of_government_pays_is_no_target_but_a_split_by_kind_of_fund_is() -> None:
    paid = drafted("计划安排资金2908万元,其中上级补助2557万元,市级安排68万元,县(市、区)匹配283万元。")
    assert [(q, v) for q, _, _, v, _ in paid] == [("计划安排资金2908万元", Decimal(29080000))]
    kinds = drafted("筹集资金约600亿元,其中:财政性资金214亿元,建设性资金386亿元。")
    assert [v for *_, v, _ in kinds] == [Decimal(60000000000), Decimal(21400000000), Decimal(38600000000)]
    # a share a level must pay, stated as a commitment, is one
    assert [v for *_, v, _ in drafted("县级财政配套资金不少于4500万元。")] == [Decimal(45000000)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("14万农村「五保」对象实现应保尽保。", Decimal(140000)),
        ("解决好14万重点优抚对象的就医问题。", Decimal(140000)),
        ("11个重点城市空气质量二级以上天数稳定在300天以上。", Decimal(300)),
    ],
)
def test_people_and_days_counted_without_a_measure_word_of_their_own(sentence: str, value: Decimal) -> None:
    [(_, kind, _, found, _)] = drafted(sentence)
    assert (kind, found) == ("count", value)


def test_a_plan_naming_only_a_past_year_takes_the_year_its_page_was_published() -> None:
    text = (
        "source: http://paper.example.com/2009/03/07/CH0903070094.htm\n\n"
        "2009年,省委、省政府确定了为全省人民办好10件实事:一是改造中小学校舍400万平方米;二是培训农民100万人。"
    )
    result = draft_spec(text)
    assert result.spec["year"] == 2009
    assert any("published" in note for note in result.review)
    assert [t.value for t in result.targets] == [Decimal(4000000), Decimal(1000000)]


@pytest.mark.parametrize(
    ("address", "year"),
    [
        ("http://www.example.gov.cn/art/2023/3/15/art_1229_59.html", 2023),
        ("http://www.example.gov.cn/xxgk/202303/t20230317_3865387.html", 2023),
        ("http://sh.example.com/n2/2022/0302/c134768-35156230.html", 2022),
        ("https://news.example.com/2024-01/05/content_2.htm", 2024),
        ("http://www.example.gov.cn/2017_106457/201902/t20190220_5277001.html", 2019),
    ],
)
def test_the_year_an_address_dates_a_page_in(address: str, year: int) -> None:
    text = f"source: {address}\n\n办好民生实事:新建幼儿园5所。"
    assert draft_spec(text).spec["year"] == year


@pytest.mark.parametrize(
    "address",
    ["http://example.com/yinshi/202872.html", "https://example.com/nl201/20253516.html", "http://example.org/plan"],
)
def test_an_address_with_no_date_leaves_the_current_year(address: str) -> None:
    import datetime as dt

    text = f"source: {address}\n\n办好民生实事:新建幼儿园5所。"
    assert draft_spec(text).spec["year"] == dt.date.today().year


@pytest.mark.parametrize(
    "sentence",
    [
        "2024年区级民生实事共10件32项,由区人大票决产生。",
        "分解方案共列主要预期目标10项、重点任务22项(见附件)。",
        "考核总分100分,指标设置共计27项,详见附表。",
        "共计37个项目",
        "今年共收集民生实事项目意见建议1330条,定向收集市人大代表建议19条。",
        "从13个候选项目中票决出最终10项。",
        "从中比选调整为14件后提请市委常委会议审议。",
        "现将2025年十个方面30项为民实事实施方案印发给你们。",
        "242名区人大代表现场投票表决。",
        "全市十件民生实事共涉及30项,其中市直单位负责实施的7项。",
        "经区政府专题会议、区政府常务会议、区委常委会议等四轮会议审议。",
    ],
)
def test_how_the_plan_was_chosen_and_how_many_items_it_has_are_no_targets(sentence: str) -> None:
    assert drafted(sentence) == []


def test_items_chosen_by_a_verb_with_their_noun_after_are_targets() -> None:
    assert [(q, v) for q, _, _, v, _ in drafted("遴选5个具有一定建设规模的长者食堂。")] == [
        ("遴选5个具有一定建设规模的长者食堂", Decimal(5))
    ]


def test_items_numbered_with_a_blank_are_items_and_a_table_aligned_by_blanks_is_not() -> None:
    from planengine.draft.structure import blank_numbered_items

    items = "确定以下项目:\n      1 实施10条城市断头路畅通工程;\n      2 建设20所普惠性幼儿园;\n      3 扩大异地就医结算范围。\n"
    assert blank_numbered_items(items) == items.replace("1 ", "1、").replace("2 ", "2、").replace("3 ", "3、")
    table = "1 地区生产总值增速 % 6.5左右 经济发展办\n2 规模以上工业总产值 亿元 21.6\n"
    assert blank_numbered_items(table) == table
    not_counting_from_one = "      4 实施幸福养老工程;\n      5 建设幼儿园;\n"
    assert blank_numbered_items(not_counting_from_one) == not_counting_from_one
    plan = draft_spec(items, year=2022).spec
    assert [(t["id"], t["task"]) for t in plan["targets"]] == [("t1/1", "t1"), ("t2/1", "t2")]


def test_months_are_a_duration_and_a_density_said_once_holds_for_the_list() -> None:
    assert drafted("一、工作目标\n每人累计驻点时间不少于6个月。\n") == [
        ("每人累计驻点时间不少于6个月", "amount", ">=", Decimal(6), None)
    ]
    assert drafted("一、工作目标\n培训3个月。\n") == []
    density = drafted("一、工作目标\n每千人口执业(助理)医师数达到2.9人、注册护士数达到3.3人,招聘毕业生不少于40名。\n")
    assert [(kind, value) for _, kind, _, value, _ in density] == [
        ("ratio", Decimal("2.9")),
        ("ratio", Decimal("3.3")),
        ("count", Decimal(40)),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "完成市下达的适龄女孩HPV疫苗免费接种任务。",
        "按时完成省下达的年度约定采购量。",
        "完成城镇就业市定目标任务。",
        "提前2年完成省定任务。",
    ],
)
def test_what_a_higher_level_assigns_is_relative_however_it_is_named(sentence: str) -> None:
    assert [(kind, comparator) for _, kind, comparator, _, _ in drafted(f"一、工作目标\n{sentence}\n")] == [
        ("relative", ">=")
    ]


def test_a_list_of_targets_keeps_each_and_a_context_may_go_on_to_what_is_done() -> None:
    listed = drafted("一、目标\n城镇新增就业45万人以上、城镇调查失业率5.5%左右。\n")
    assert [(kind, value) for _, kind, _, value, _ in listed] == [
        ("count", Decimal(450000)),
        ("ratio", Decimal("0.055")),
    ]
    trained = drafted("一、民生\n面向企业职工、退役军人、残疾人等重点群体开展职业技能培训5万人次以上。\n")
    assert [(kind, value) for _, kind, _, value, _ in trained] == [("count", Decimal(50000))]
    # a context alone still states nothing: 围绕…目标 is no target
    assert drafted("一、目标\n围绕全年增长6%的目标,加强调度。\n") == []


def test_people_served_after_the_words_that_say_which_and_boiler_tonnes() -> None:
    served = drafted("一、民生\n为市辖区在册的3480名失独家庭成员购买综合保险,低氮改造城区燃气锅炉1610蒸吨。\n")
    assert [(kind, value) for _, kind, _, value, _ in served] == [("count", Decimal(3480)), ("amount", Decimal(1610))]
    # the places counted say whose households are meant: no count; the end reached (全部脱贫) is a milestone
    scoped = drafted("一、扶贫\n计划出列的2个贫困乡和20个贫困村的贫困户全部脱贫。\n")
    assert [(kind, value) for _, kind, _, value, _ in scoped] == [("milestone", None)]


def test_villages_below_an_income_eliminated_are_a_ceiling_of_none() -> None:
    assert drafted("一、乡村振兴\n全面消除集体经济年经营性收入5万元以下的村。\n") == [
        ("全面消除集体经济年经营性收入5万元以下的村", "ceiling", "<=", Decimal(0), None)
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("规模工业增加值力争9%以上。", "growth-rate"),
        ("全社会研发经费支出占地区生产总值2.5%。", "ratio"),
        ("一般公共预算收入占比达到60%。", "ratio"),
    ],
)
def test_an_amount_s_percentage_is_its_growth_and_a_share_is_not(sentence: str, kind: str) -> None:
    [(_, found, _, _, _)] = drafted(f"一、主要目标\n{sentence}\n")
    assert found == kind


def test_a_label_of_the_half_year_s_plan_is_no_milestone() -> None:
    quotes = [q for q, *_ in drafted("一、大气\n下半年安排:新建改造污水管网18公里。\n")]
    assert quotes == ["新建改造污水管网18公里"]


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        ("完成入河排污口整治销号210个。", "count", Decimal(210)),
        ("最低工资标准平均上调15%左右。", "growth-rate", Decimal("0.15")),
        ("完成单位生产总值能耗、化学需氧量、二氧化硫等年度节能减排任务。", "relative", None),
        ("力争11月底前完成全年筹集任务。", "milestone", None),
    ],
)
def test_closing_off_adjusting_up_and_a_year_s_named_tasks(sentence: str, kind: str, value: Decimal | None) -> None:
    [(_, found, _, figure, _)] = drafted(f"一、目标\n{sentence}\n")
    assert (found, figure) == (kind, value)


def test_lessons_and_a_bracket_that_is_part_of_a_place_s_name() -> None:
    lessons = drafted("一、卫生\n推进300堂健康知识巡讲,打造1000课时的家庭教育课程资源库。\n")
    assert [(unit, value) for (_, _, _, value, _), unit in zip(lessons, ("堂", "课时"))] == [
        ("堂", Decimal(300)),
        ("课时", Decimal(1000)),
    ]
    named = drafted(
        "一、教育\n力争创建4个以上省推进教育现代化先进县(市、区)。新增补助资金5000万元(重大项目按协议确定)。\n"
    )
    assert [quote for quote, *_ in named] == ["力争创建4个以上省推进教育现代化先进县(市、区)", "新增补助资金5000万元"]


def test_a_count_of_places_to_work_on_after_what_they_are_chosen_by() -> None:
    assert [
        (kind, value) for _, kind, _, value, _ in drafted("一、民生\n开展以垃圾、污水治理为重点的1000个村庄整治。\n")
    ] == [("count", Decimal(1000))]
    people = drafted("一、民生\n将2.5万建档立卡贫困人口转化为生态护林员。\n")
    assert [(kind, value) for _, kind, _, value, _ in people] == [("count", Decimal(25000))]


@pytest.mark.parametrize(
    ("sentence", "comparator"),
    [
        ("城乡居民人均可支配收入接近全国平均水平。", "approx"),
        ("地表水国考断面水质优良比例达到自治区考核要求。", ">="),
    ],
)
def test_near_a_benchmark_and_meeting_an_assessment_are_relative(sentence: str, comparator: str) -> None:
    assert [(kind, cmp) for _, kind, cmp, _, _ in drafted(f"一、目标\n{sentence}\n")] == [("relative", comparator)]


def test_a_purpose_clause_naming_the_year_s_targets_is_no_target() -> None:
    assert drafted("一、总体要求\n为全面完成县委、县政府下达的2024年度住房城乡建设目标任务,制定本方案。\n") == []
