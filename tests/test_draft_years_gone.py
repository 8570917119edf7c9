"""What a text says of years gone (a paragraph opening with last year, a news story quoting a
report, 预计 in a plan and in a report) and a few words that state no target of their own."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec
from planengine.draft.responsibility import split_units


def _quotes(text: str, year: int) -> list[str]:
    return [t.quote for t in draft_spec(text, year=year).targets]


def test_a_paragraph_opening_with_a_year_gone_reports_up_to_the_plans_year() -> None:
    text = (
        "湖南省2025年国民经济和社会发展计划\n"
        "2024年,我省坚持稳中求进。全年地区生产总值增长4.8%、总量达5.3万亿元,规模工业增加值增长7.3%。\n"
        "2025年经济社会发展主要预期目标是:地区生产总值增长5.5%左右,固定资产投资增长4.5%。\n"
    )
    assert _quotes(text, 2025) == ["地区生产总值增长5.5%左右", "固定资产投资增长4.5%"]


def test_a_year_gone_mid_paragraph_reports_only_its_own_sentence() -> None:
    text = "科技创新工作方案\n1.培育科技型企业。2020年我区出台了扶持办法。力争净增高新技术企业超10家。\n"
    assert _quotes(text, 2021) == ["力争净增高新技术企业超10家"]


def test_a_turn_to_this_year_ends_the_look_back_of_its_paragraph() -> None:
    text = "便民设施工程\n2023年已新增公共停车泊位620个,今年再新增公共停车泊位800个以上;新建城市口袋公园5个。\n"
    assert _quotes(text, 2024) == ["今年再新增公共停车泊位800个以上", "新建城市口袋公园5个"]


def test_a_news_story_quoting_a_report_on_last_year() -> None:
    text = (
        "贵州去年GDP增长4.9% 今年将推动数字经济规模破万亿\n"
        "上游新闻记者注意到,2023年贵州省地区生产总值增长4.9%,规模以上工业增加值增长5.9%。"
        "2024年,贵州将守好发展和生态两条底线,预计全省地区生产总值增长5.5%左右。"
        "数字经济占比达到45%以上、规模突破万亿元。\n"
        "报告指出,贵州省去年在构建现代产业体系上取得初步成效。其中,建成投产40处煤矿,原煤产量达1.53亿吨;"
        "电池制造产能达35GWh;白酒产业增加值增长10.7%。社会消费品零售总额增长5.9%。\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [t.quote for t in targets] == [
        "预计全省地区生产总值增长5.5%左右",
        "数字经济占比达到45%以上",
        "规模突破万亿元",
    ]
    assert (targets[2].comparator, targets[2].value) == (">", Decimal("1000000000000"))


def test_an_official_quoted_on_a_year_gone() -> None:
    text = (
        "为民办实事\n"
        "海南省卫生健康委员会副主任曾昭长表示,该省2020年对24.8万名女性进行免费检测。"
        "今年将为10万名适龄女性免费检测。\n"
    )
    assert _quotes(text, 2022) == ["今年将为10万名适龄女性免费检测"]


def test_an_estimate_in_a_report_or_after_a_report_is_no_target() -> None:
    plan = "工作要点\n今年将重点解决就业问题,预计新增就业1.4万人。\n"
    harvest = "工作要点\n8.粮食产量稳定在130亿斤左右。全盟粮食已进入收获期,预计产量131.5亿斤。\n"
    report = "关于2024年上半年重点工作推进情况的报告\n一、进展\n上半年,预计新增就业0.8万人。\n"
    assert _quotes(plan, 2024) == ["预计新增就业1.4万人"]
    assert _quotes(harvest, 2024) == ["粮食产量稳定在130亿斤左右"]
    assert _quotes(report, 2024) == []


def test_a_section_of_problems_and_plans_ahead_states_targets() -> None:
    text = (
        "桐溪区卫生健康局关于2024年上半年重点目标任务推进情况的报告\n"
        "三、存在问题及下半年打算\n"
        "上半年,村卫生室建设进度滞后。下半年,我局将加强调度,确保三季度末完成投资1亿元以上、建成村卫生室10个以上。\n"
    )
    assert _quotes(text, 2024) == ["确保三季度末完成投资1亿元以上", "建成村卫生室10个以上"]


def test_a_quarters_checkpoint_is_dated_but_a_quarters_growth_is_not() -> None:
    text = "季度进度安排\n1.招商引资:一季度引进2家,二季度累计5家,三季度末建成10个。\n2.消费:一季度增长6%。\n"
    targets = draft_spec(text, year=2024).targets
    assert [(t.quote, t.kind) for t in targets] == [
        ("一季度引进2家", "milestone"),
        ("二季度累计5家", "milestone"),
        ("三季度末建成10个", "milestone"),
        ("一季度增长6%", "growth-rate"),
    ]


def test_how_a_thing_is_done_and_the_plans_own_upkeep_are_no_targets() -> None:
    text = (
        "工作安排\n"
        "补贴资金分4批发放,6月底前发放完成60%以上。守好发展和生态两条底线。"
        "局党组将于三季度末组织开展专项督查。\n"
    )
    assert _quotes(text, 2024) == ["6月底前发放完成60%以上"]


def test_a_figure_after_words_that_only_look_like_a_report() -> None:
    text = "知识产权\n7.实现有效发明专利拥有量9600件、PCT专利申请量150件。\n"
    assert _quotes(text, 2024) == ["实现有效发明专利拥有量9600件", "PCT专利申请量150件"]


SCORED_TABLE = (
    "2025年度卫生健康工作目标责任书\n"
    "序号 | 类别 | 考核指标 | 目标值 | 分值 | 责任科室 | 配合单位\n"
    "1 | 职能目标 | 婴儿死亡率 | ≤3.5‰ | 4 | 妇幼健康科 | 区妇幼保健院\n"
    "2 | 职能目标 | 区人民医院住院患者满意度排名 | 全市同级医院前3位 | 3 | 医政医管科 | 区人民医院\n"
    "3 | 职能目标 | 医疗卫生领域较大以上安全生产事故 | 动态清零 | 3 | 综合监督科 | 区卫生监督所\n"
    "二、考核办法\n"
    "指标未完成的,按未完成比例扣分,每项扣分不超过该项分值的50%。加分累计不超过3分。\n"
)


def test_a_scored_table_of_indicators_by_category() -> None:
    spec = draft_spec(SCORED_TABLE, year=2025)
    assert [(t.quote, t.kind, t.comparator, t.value) for t in spec.targets] == [
        ("婴儿死亡率 | ≤3.5‰", "ceiling", "<=", Decimal("0.0035")),
        ("全市同级医院前3位", "ceiling", "<=", Decimal(3)),
        ("医疗卫生领域较大以上安全生产事故 | 动态清零", "ceiling", "<=", Decimal(0)),
    ]
    tasks = {t["id"]: t for t in spec.spec["tasks"]}
    assert [tasks[t.task]["title"] for t in spec.targets] == [
        "婴儿死亡率",
        "区人民医院住院患者满意度排名",
        "医疗卫生领域较大以上安全生产事故",
    ]
    names = {m["id"]: m["name"] for m in spec.spec["metrics"]}
    assert names[spec.targets[2].metric] == "医疗卫生领域较大以上安全生产事故"


def test_kinds_of_unit_named_bare_in_a_list() -> None:
    assert split_units("区相关部门、街道、板块") == ["区相关部门", "街道", "板块"]
    assert split_units("各街道、板块") == ["各街道", "板块"]
    assert split_units("区水务局,沿河各镇、街道") == ["区水务局", "沿河各镇、街道"]


def test_a_headline_of_a_year_gone_reports_the_lines_under_it() -> None:
    text = (
        "长沙市政府工作报告要点\n"
        "  2020年长沙\n\n  交答卷!\n\n  地区生产总值增长4.5%\n\n  新增义务教育学位4.8万个\n\n"
        "  2021年长沙\n\n  这样干!\n\n  地区生产总值增长8%\n\n  技术合同成交额280亿元以上\n"
    )
    assert _quotes(text, 2021) == ["地区生产总值增长8%", "技术合同成交额280亿元以上"]


def test_how_the_plans_items_stand_is_no_target() -> None:
    text = "通报\n30项重点民生实事,6项已完成,18项按计划推进,6项进展较为缓慢。\n"
    assert _quotes(text, 2024) == []


def test_a_paragraph_looking_back_at_a_year_by_name_reports_it() -> None:
    """回顾2019年,…介绍,预计2019年全年…: the year looked back at is reported, its figures no targets."""
    text = (
        "2020年新疆主要预期目标\n"
        "2020年主要预期目标是:地区生产总值增长5.5%左右,现行标准下农村贫困人口全部脱贫、贫困县全部摘帽等。\n"
        "回顾2019年,自治区主席介绍,预计2019年全年实现一般公共预算收入1577.3亿元,增长3%;社会消费品零售总额增长6%左右。\n"
    )
    assert _quotes(text, 2020) == ["地区生产总值增长5.5%左右", "现行标准下农村贫困人口全部脱贫", "贫困县全部摘帽"]


def test_a_horizon_opening_a_sentence_ends_the_look_back_of_its_paragraph() -> None:
    text = (
        "城乡融合发展三年行动实施方案(2024—2026年)\n一、总体目标\n"
        "2023年,全县常住人口城镇化率为54.6%,城乡居民人均可支配收入比为1.97。"
        "到2026年,常住人口城镇化率达到58%左右,城乡居民人均可支配收入比缩小到1.85以内。\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.quote, t.comparator, t.value) for t in targets] == [
        ("常住人口城镇化率达到58%左右", "approx", Decimal("0.58")),
        ("城乡居民人均可支配收入比缩小到1.85以内", "<=", Decimal("1.85")),
    ]


def test_the_year_in_progress_estimated_reports_up_to_the_end_of_its_sentence() -> None:
    text = (
        "沈北新区2021年政府工作报告\n"
        "经济增长好于预期,全年预计实现地区生产总值增长1%;规模以上工业总产值增长2%;固定资产投资增长7%。\n"
        "2021年地区生产总值增长6%。\n"
    )
    assert _quotes(text, 2021) == ["地区生产总值增长6%"]


def test_a_baseline_clause_is_no_deliverable_and_a_quarter_dates_what_is_finished_by_then() -> None:
    text = (
        "水务局2024年工作计划\n一、农村供水\n"
        "在2024年完成退化林修复0.8万亩基础上,完成人工造林1.5万亩。\n"
        "二季度开工建设不少于20处;三季度累计完工18处。\n"
    )
    assert [(t.quote, t.kind) for t in draft_spec(text, year=2024).targets] == [
        ("完成人工造林1.5万亩", "amount"),
        ("二季度开工建设不少于20处", "milestone"),
        ("三季度累计完工18处", "milestone"),
    ]
