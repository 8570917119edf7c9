"""The wording of targets: one sentence per pattern, read into kind, comparator and value."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planengine.draft.targets import Reading, read_region
from planengine.draft.text import clauses, sentences, shadow


def read(text: str, *, milestones: bool = True) -> list[Reading]:
    return read_region(text, shadow(text), 0, len(text), milestones=milestones)


def quotes(text: str) -> list[str]:
    return [text[r.start : r.end] for r in read(text)]


def one(text: str) -> Reading:
    found = read(text)
    assert len(found) == 1, [text[r.start : r.end] for r in found]
    return found[0]


D = Decimal


@pytest.mark.parametrize(
    ("sentence", "kind", "comparator", "value", "high"),
    [
        # growth
        ("全社会研发经费投入增长10%以上。", "growth-rate", ">=", D("0.10"), None),
        ("规模以上工业增加值增长15%。", "growth-rate", "=", D("0.15"), None),
        ("地区生产总值增长10%左右。", "growth-rate", "approx", D("0.10"), None),
        ("高新技术企业实际入库地方税收同比增长10%以上。", "growth-rate", ">=", D("0.10"), None),
        ("工业增加值年均增长8%以上。", "growth-rate", ">=", D("0.08"), None),
        ("财政总收入增长10.8%。", "growth-rate", "=", D("0.108"), None),
        ("单位GDP能耗下降3%。", "growth-rate", "=", D("0.03"), None),
        # counts
        ("力争科技型中小企业入库数达到85家。", "count", ">=", D(85), None),
        ("新培育高新技术企业10家。", "count", "=", D(10), None),
        ("新增2个市级以上创新平台。", "count", "=", D(2), None),
        ("新增就业创业高校毕业生不少于0.2万人。", "count", ">=", D(2000), None),
        ("全区专精特新“小巨人”企业突破8家。", "count", ">", D(8), None),
        ("科技型企业超过690家。", "count", ">", D(690), None),
        ("力争净增高新技术企业超10家。", "count", ">", D(10), None),
        ("全职和柔性引进科技领军人才和团队1人(个)以上。", "count", ">=", D(1), None),
        ("新建充电桩6万个。", "count", "=", D(60000), None),
        ("碳普惠用户数达200万个。", "count", ">=", D(2000000), None),
        ("开展胃肠癌联合筛查1万例以上。", "count", ">=", D(10000), None),
        ("新建两个示范园区。", "count", "=", D(2), None),
        ("培育十家龙头企业。", "count", "=", D(10), None),
        ("新增市场主体10余家。", "count", ">", D(10), None),
        ("各乡镇至少建成1个示范点。", "count", ">=", D(1), None),
        # amounts
        ("高新技术产业增加值1亿以上。", "amount", ">=", D(100000000), None),
        ("技术合同成交额达到13亿元以上。", "amount", ">=", D(1300000000), None),
        ("力争全年放贷超5000万元。", "amount", ">", D(50000000), None),
        ("全年发放创业担保贷款不少于一亿元。", "amount", ">=", D(100000000), None),
        ("粮食播种面积不低于4.11万亩。", "amount", ">=", D(41100), None),
        ("正常年景粮食产量达到0.24亿斤。", "amount", ">=", D(24000000), None),
        ("建设农村公路安全生命防护工程120公里。", "amount", "=", D(120), None),
        ("全区财政收入突破20亿元大关。", "amount", ">", D(2000000000), None),
        # ranges, about
        ("实施1-2项重大科技专项。", "range", "between", D(1), D(2)),
        ("每个未改厕村建设3-5户“试点厕”。", "range", "between", D(3), D(5)),
        ("培育1至2个特色小镇。", "range", "between", D(1), D(2)),
        ("发掘和培育5名左右优秀青年人才。", "approximate", "approx", D(5), None),
        ("PM2.5达到30.5微克/立方米左右。", "approximate", "approx", D("30.5"), None),
        # ceilings
        ("科技创新人才项目经费最高可按20%对个人生活进行补助。", "ceiling", "<=", D("0.20"), None),
        ("城镇调查失业率控制在5.5%以内。", "ceiling", "<=", D("0.055"), None),
        ("PM2.5平均浓度不高于50微克/立方米。", "ceiling", "<=", D(50), None),
        ("婴儿死亡率下降到4.0‰。", "ceiling", "<=", D("0.004"), None),
        ("审批时限压缩至3个工作日以内。", "ceiling", "<=", D(3), None),
        ("综合排名进入全省前十。", "ceiling", "<=", D(10), None),
        ("排名保持全市前3位。", "ceiling", "<=", D(3), None),
        ("确保农村危房动态清零。", "ceiling", "<=", D(0), None),
        ("居民消费价格涨幅控制在3%左右。", "ceiling", "<=", D("0.03"), None),  # held to about: a ceiling
        # ratios
        ("规模以上工业战略性新兴产业增加值占规模以上工业增加值的比重超38%。", "ratio", ">", D("0.38"), None),
        ("高新技术产业增加值占GDP比重达到12%。", "ratio", ">=", D("0.12"), None),
        ("确保完好率不低于98%。", "ratio", ">=", D("0.98"), None),
        ("户厕运维体系覆盖率达到100%。", "ratio", ">=", D(1), None),
        ("森林覆盖率提高到45%。", "ratio", "=", D("0.45"), None),
        ("每千人口拥有3岁以下婴幼儿托位数达到4.5个。", "ratio", ">=", D("4.5"), None),
        ("建成区绿化覆盖率≥40%。", "ratio", ">=", D("0.40"), None),
        # relative
        ("高新技术企业和科技型企业在2022年的基础上实现“双倍增”。", "relative", ">=", D(2), None),
        ("贷款增速高于全区各项贷款平均增速。", "relative", ">", None, None),
        ("城乡居民收入增长与经济增长基本同步。", "relative", "=", None, None),
        ("其他主要经济指标不低于全市平均水平。", "relative", ">=", None, None),
        ("完成省、市下达的节能减排考核目标任务。", "relative", ">=", None, None),
        ("优良天数比例较上年提高2个百分点。", "relative", "=", D("0.02"), None),
        # milestones
        ("全力冲刺省创新型区建设。", "milestone", None, None, None),
        ("促进国家密封技术创新中心取得实质性进展。", "milestone", None, None, None),
        ("积极申报“五首”产品和工业领域省级重点新产品。", "milestone", None, None, None),
        ("开通试运营地铁19号线二期。", "milestone", None, None, None),
        ("上线地铁乘车码微信小程序。", "milestone", None, None, None),
        ("制订“十四五”农村生活垃圾处置设施建设规划。", "milestone", None, None, None),
        ("争取部分种质资源科技成果转化。", "milestone", None, None, None),
        ("力争申报1个省级工业互联网平台。", "milestone", "=", D(1), None),
        ("争取打造1个示范基地。", "milestone", "=", D(1), None),
        ("7月底前开工。", "milestone", None, None, None),
        ("3月底前新建成2家。", "milestone", "=", D(2), None),
        ("3月底前新增100个以上托位。", "milestone", ">=", D(100), None),
        ("上半年完成项目招标。", "milestone", None, None, None),
    ],
)
def test_wording(sentence: str, kind: str, comparator: str | None, value: Decimal | None, high: Decimal | None) -> None:
    reading = one(sentence)
    assert (reading.kind, reading.comparator, reading.value, reading.value_high) == (kind, comparator, value, high)
    assert (reading.start, reading.end) == (0, len(sentence) - 1)  # the quote is the whole sentence but its 。


@pytest.mark.parametrize(
    "sentence",
    [
        "围绕我区郭镇乡油茶、果树鲜花、休闲农业旅游等三个优势特色产业开展攻关。",
        "2020年我区出台了《岳阳楼区促进区域经济发展扶持与奖励办法》。",
        "截至目前已建成充电桩3000个。",
        "在产业链龙头企业建设一批人才集聚基地。",
        "“一事一议”支持顶尖专家人才,出台专门办法“一人一策”引进顶尖人才。",
        "聚焦现代石化等重点行业,实施“智赋万企”行动。",
        "打造科技型企业成长梯队。",
        "引导企业创建省级创新平台。",
        "争取更多的科技成果在我区转化落地。",
        "积极争取中央预算内、专项债等资金支持。",
        "特制定本工作方案。",
        "确保圆满完成各项目标任务。",
        "深入贯彻市委十三届五次全会精神。",
        "培训农村实用人才3天。",
        "全面落实科技体制改革三年行动计划。",
        "推动5G+工业互联网融合应用。",
        "高新技术企业“双倍增”行动计划的工作目标是什么?",
        "确保应纳尽纳、应扶尽扶、动态清零。",
        "开始装修工程施工。",
        "提升科技孵化器规范化、专业化管理运营水平。",
        "预计全年实现地区生产总值增长11%左右。",
        "保障3岁以下婴幼儿照护服务。",
    ],
)
def test_not_a_target(sentence: str) -> None:
    assert quotes(sentence) == []


def test_a_label_is_not_read_for_milestones() -> None:
    assert read("加快推进“长动航天科创园创建”", milestones=False) == []


# --- several targets in a sentence ------------------------------------------------------------------


def test_two_quantities_with_the_noun_first_are_cut_at_the_list_mark() -> None:
    assert quotes("建设天府绿道800公里、“回家的路”1000条。") == ["建设天府绿道800公里", "“回家的路”1000条"]


def test_two_quantities_with_the_number_first_are_cut_at_and() -> None:
    text = "争取新增1家省级创新平台和1家市级创新平台。"
    assert quotes(text) == ["争取新增1家省级创新平台", "1家市级创新平台"]
    assert all(r.strive for r in read(text))


def test_a_bare_second_number_inherits_the_comparator() -> None:
    found = read("高新技术企业和科技型企业分别超过90家和870家。")
    assert [(r.comparator, r.value) for r in found] == [(">", D(90)), (">", D(870))]


def test_a_bare_second_rate_inherits_the_growth() -> None:
    found = read("城乡居民人均可支配收入分别增长7%和8%。")
    assert [(r.kind, r.value) for r in found] == [("growth-rate", D("0.07")), ("growth-rate", D("0.08"))]


def test_a_list_of_ceilings() -> None:
    found = read("婴儿死亡率、孕产妇死亡率分别下降到4.0‰、10/10万。")
    assert [(r.kind, r.comparator, r.value) for r in found] == [
        ("ceiling", "<=", D("0.0040")),
        ("ceiling", "<=", D("0.0001")),
    ]


def test_a_qualifying_amount_is_not_a_target() -> None:
    assert [(r.kind, r.value) for r in read("农村集体经济收入10万元以上的村占比达到60%。")] == [("ratio", D("0.60"))]
    assert [(r.kind, r.value) for r in read("引进5000万元以上项目10个。")] == [("count", D(10))]


def test_each_clause_of_a_goal_sentence() -> None:
    text = (
        "全社会研发经费投入增长10%以上,技术合同交易成交额增长15%以上,力争科技型中小企业入库数达到85家,"
        "新培育高新技术企业10家,新增2个市级以上创新平台,高新技术产业增加值1亿以上。"
    )
    assert quotes(text) == [
        "全社会研发经费投入增长10%以上",
        "技术合同交易成交额增长15%以上",
        "力争科技型中小企业入库数达到85家",
        "新培育高新技术企业10家",
        "新增2个市级以上创新平台",
        "高新技术产业增加值1亿以上",
    ]


# --- strive ----------------------------------------------------------------------------------------


def test_strive_at_the_head_of_a_sentence_governs_it_all() -> None:
    found = read("力争净增高新技术企业超10家,高新技术企业实际入库地方税收同比增长10%以上。")
    assert [r.strive for r in found] == [True, True]


def test_strive_in_the_middle_governs_the_rest_of_its_list() -> None:
    found = read("全社会研发经费投入增长10%以上,力争科技型中小企业入库数达到85家,新培育高新技术企业10家。")
    assert [r.strive for r in found] == [False, True, True]
    measure = read("推动育种精准化,力争选育新品种2个,开展良种提纯复壮,建成示范基地。")  # a measure ends the list
    assert [r.strive for r in measure] == [True, False]


def test_ensure_is_firm() -> None:
    found = read("力争新增企业5家,确保完好率不低于98%。")
    assert [r.strive for r in found] == [True, False]


@pytest.mark.parametrize("marker", ["力争", "争取", "争创"])
def test_strive_markers(marker: str) -> None:
    assert one(f"{marker}新增高新技术企业10家。").strive


# --- punctuation, quotes and exactness ---------------------------------------------------------------


def test_full_width_and_ascii_punctuation_read_alike() -> None:
    ascii_text = "1.地区生产总值增长10%左右,财政收入增长8%;(牵头单位:市发改局)"
    full_text = "1．地区生产总值增长10％左右，财政收入增长8％；（牵头单位：市发改局）"
    a = [(r.kind, r.comparator, r.value) for r in read(ascii_text)]
    b = [(r.kind, r.comparator, r.value) for r in read(full_text)]
    assert a == b and len(a) == 2
    assert [full_text[r.start : r.end] for r in read(full_text)] == ["地区生产总值增长10％左右", "财政收入增长8％"]


def test_every_quote_is_an_exact_substring() -> None:
    text = "一是综合运用“拨、投、奖、补”等手段，力争新增企业５家。二是新增学位1,200个以上（含民办）。"
    found = read(text)
    assert [(r.start, r.end) for r in found] == [(19, 27), (30, 42)]  # spans in the text, not in its shadow
    assert [text[r.start : r.end] for r in found] == ["力争新增企业５家", "新增学位1,200个以上"]


def test_a_trailing_remark_is_left_out_of_the_quote() -> None:
    text = "科技创新人才项目经费最高可按20%对个人生活进行补助(重大人才项目按协议确定)。"
    assert quotes(text) == ["科技创新人才项目经费最高可按20%对个人生活进行补助"]


def test_an_unclosed_quotation_mark_does_not_swallow_the_text() -> None:
    text = '形成科技型中小微企业“遍地开花"的发展格局。力争新增企业5家,新建园区2个。'
    assert quotes(text) == ["力争新增企业5家", "新建园区2个"]


def test_sentences_and_clauses_respect_brackets() -> None:
    text = "市域(郊)铁路成资S3线,新建(含改扩建)学校3所。下一句"
    sh = shadow(text)
    assert [text[a:b] for a, b in sentences(sh, 0, len(sh))] == ["市域(郊)铁路成资S3线,新建(含改扩建)学校3所", "下一句"]
    assert [text[a:b] for a, b in clauses(sh, 0, len(sh))] == [
        "市域(郊)铁路成资S3线",
        "新建(含改扩建)学校3所",
        "下一句",
    ]


def test_deadlines_are_kept() -> None:
    reading = one("9月底前完成500个托位。")
    assert (reading.kind, reading.deadline, reading.deadline_month) == ("milestone", "9月底前", 9)
    carried = read("9月底前,完成农村问题户厕整改和验收,户厕运维体系覆盖率达到100%。")
    assert [(r.kind, r.deadline_month) for r in carried] == [("milestone", 9), ("ratio", None)]


def test_a_date_opening_a_numbered_point_dates_each_part_of_it() -> None:
    """一是6月底前,完成A;完成B。: the point's date dates B too, as it does without 一是."""
    found = read("一是6月底前,完成社区服务中心改造;完成养老驿站建设。二是9月底前,新建口袋公园3个。")
    assert [(r.kind, r.deadline_month) for r in found] == [("milestone", 6), ("milestone", 6), ("milestone", 9)]


def test_two_measures_of_the_same_items_are_each_quoted_whole() -> None:
    """续建20项3093公里: the count and the length of the same roads, each quoted with both so that the
    length names what it measures; a restated figure is still known by its own words."""
    from planengine.draft import draft_spec

    text = "某省2010年公路建设计划\n全年续建20项3093公里,新开工3项642公里。今年新开工3项642公里。\n"
    got = [(t.quote, t.value) for t in draft_spec(text, year=2010).targets]
    assert got == [  # 新开工3项642公里 stated twice is one pair of targets, the later statement's
        ("全年续建20项3093公里", D(20)),
        ("全年续建20项3093公里", D(3093)),
        ("今年新开工3项642公里", D(3)),
        ("今年新开工3项642公里", D(642)),
    ]


def test_a_rate_the_growth_is_named_after_is_a_growth() -> None:
    """实现20%以上的增长: the growth named after the rate, as 增长20%以上 names it before."""
    found = read("全省生产总值力争实现20%以上的增长,保持8%左右的增速。就业率达到95%的水平。")
    assert [(r.kind, r.comparator, r.value) for r in found] == [
        ("growth-rate", ">=", D("0.20")),
        ("growth-rate", "approx", D("0.08")),
        ("ratio", ">=", D("0.95")),
    ]


def test_the_horizon_of_a_target_is_kept() -> None:
    found = read("到2025年,全区高新技术企业突破75家、科技型企业超过690家。")
    assert [(r.value, r.horizon) for r in found] == [(D(75), "到2025年"), (D(690), "到2025年")]


def test_subjects_are_drafted_from_the_text() -> None:
    assert one("力争科技型中小企业入库数达到85家。").subject == "科技型中小企业入库数"
    assert one("新培育高新技术企业10家。").subject == "新培育高新技术企业数"
    assert one("全社会研发经费投入增长10%以上。").subject == "全社会研发经费投入"
    assert one("力争净增高新技术企业超10家。").subject == "高新技术企业数"


# --- held-out findings: rules that hold for plans not seen ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "deadline", "month"),
    [
        ("年底前建成县级算力调度中心一期。", "年底前", 12),
        ("2026年底前完成平台迁移。", "2026年底前", 12),
        ("年内完成试点方案编制。", "年内", 12),
        ("上半年完成项目招标。", "上半年", 6),
        ("下半年完成项目招标。", "下半年", 12),
        ("6月前完成项目招标。", "6月前", 6),
        ("10月底前完成验收。", "10月底前", 10),
        ("第三季度完成验收。", "第三季度", 9),
        ("三季度前完成验收。", "三季度前", 9),
    ],
)
def test_a_deadline_makes_a_dated_deliverable(sentence: str, deadline: str, month: int) -> None:
    reading = one(sentence)
    assert (reading.kind, reading.deadline, reading.deadline_month) == ("milestone", deadline, month)


def test_a_counted_deliverable_with_a_year_end_deadline_is_a_dated_milestone() -> None:
    reading = one("年底前创建省级数字乡村示范村5个。")
    assert (reading.kind, reading.value, reading.deadline_month) == ("milestone", D(5), 12)


@pytest.mark.parametrize("sentence", ["五年内建成产业园10个。", "每季度完成1次全覆盖配时优化调整。"])
def test_no_deadline_in_a_span_of_years_or_a_recurrence(sentence: str) -> None:
    assert all(not r.deadline for r in read(sentence))


def test_to_strive_to_create_is_a_deliverable() -> None:
    found = read("创建省级生态文明建设示范区，争创国家“绿水青山就是金山银山”实践创新基地。")
    assert [(r.kind, r.strive) for r in found] == [("milestone", False), ("milestone", True)]
    assert (one("争创全国乡村治理示范村。").kind, one("力争建成数字经济发展先行区。").kind) == (
        "milestone",
        "milestone",
    )


def test_completion_status_is_no_deliverable() -> None:
    assert quotes("完成情况纳入年度村级综合考核。") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("力争引进一个十亿元级龙头项目。", D(1)),
        ("引进1个10亿元级项目。", D(1)),
        ("新建两个千亿元级产业集群。", D(2)),
    ],
)
def test_a_size_class_qualifies_the_noun_and_the_count_is_the_target(sentence: str, value: Decimal) -> None:
    reading = one(sentence)
    assert (reading.kind, reading.value, reading.unit) == ("count", value, "个")


def test_an_amount_that_qualifies_the_counted_noun_is_not_a_target() -> None:
    assert [(r.kind, r.comparator, r.value) for r in read("其中50万元以上的村不少于4个。")] == [("count", ">=", D(4))]


@pytest.mark.parametrize(
    ("sentence", "kind", "value", "unit"),
    [
        ("年底前形成20GWh产能。", "milestone", D(20), "GWh"),
        ("新增分布式光伏装机50MW以上。", "amount", D(50), "MW"),
        ("新建改造污水管网18.5km。", "amount", D("18.5"), "km"),
        ("处置餐厨垃圾300t。", "amount", D(300), "t"),
    ],
)
def test_units_in_latin_letters(sentence: str, kind: str, value: Decimal, unit: str) -> None:
    reading = one(sentence)
    assert (reading.kind, reading.value, reading.unit) == (kind, value, unit)


def test_latin_letters_that_are_no_unit_stay_out() -> None:
    assert [(r.value, r.unit) for r in read("新建5G基站300个，推广4K超高清应用。")] == [(D(300), "个")]


def test_a_sentence_opening_with_a_past_year_reports_results() -> None:
    text = (
        "2025年，全县数字经济核心产业增加值完成48.3亿元，同比增长10.6%；累计建成5G基站1500个。2026年，新建5G基站300个。"
    )
    found = read_region(text, shadow(text), 0, len(text), year=2026)
    assert [text[r.start : r.end] for r in found] == ["新建5G基站300个"]
    # without the plan year nothing is known to be past; a date within a past year is not an opener
    assert len(read_region(text, shadow(text), 0, len(text))) == 4
    dated = "2025年底前完成平台迁移。"
    assert len(read_region(dated, shadow(dated), 0, len(dated), year=2026)) == 1


def test_strive_after_a_setting_governs_the_list_of_targets_it_opens() -> None:
    found = read("围绕粮食安全,力争单产提高2%,总产增长3%,开展良种推广,建成示范基地。")
    assert [(r.strive, r.kind) for r in found] == [(True, "growth-rate"), (True, "growth-rate"), (False, "milestone")]


def test_ensure_ends_a_strive_list() -> None:
    found = read("围绕粮食安全,力争单产提高2%,确保总产增长3%,面积稳定在30万亩。")
    assert [r.strive for r in found] == [True, False, False]


# --- shapes of the development set (benchmarks/plans/dev), one rule each ---------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second figure after a slash: two targets, both quoting the pair
        ("实施交通重点项目12个/8.6亿元。", [("count", "=", D(12)), ("amount", "=", D(860000000))]),
        # a number after a word of comparison needs no measure word
        ("满意度指数达到85以上。", [("amount", ">=", D(85))]),
        ("死亡率控制在0.012以内。", [("ceiling", "<=", D("0.012"))]),
        ("扶持培育不少于20基层体育社会组织。", [("count", ">=", D(20))]),  # a noun follows: it counts
        ("粉丝量突破50万。", [("count", ">", D(500000))]),  # people, counted
        # one of the scale, written without the 1
        ("夜间文旅消费额突破亿元。", [("amount", ">", D(100000000))]),
        ("全年火灾起数控制在260起以内。", [("ceiling", "<=", D(260))]),
        # standards per head are money (a subsidy's flat rate is no target: see test_draft_unseen_32)
        ("乡村医生培训经费达到1500元/人。", [("amount", ">=", D(1500))]),
        ("培训经费按800/人的标准安排。", [("amount", "=", D(800))]),
        ("青少年体质健康水平达到全市前3水平。", [("ceiling", "<=", D(3))]),
        ("重特大森林火灾零发生。", [("ceiling", "<=", D(0))]),
        (
            "力争零就业家庭动态清零、转移就业总量稳定在18万人以上。",
            [("ceiling", "<=", D(0)), ("count", ">=", D(180000))],
        ),
        # 约 inside a word (签约) is no "about"
        ("年底前完成征收签约1100户。", [("milestone", "=", D(1100))]),
    ],
)
def test_figures_of_every_shape(sentence: str, expected: list[tuple[str, str, Decimal]]) -> None:
    assert [(r.kind, r.comparator, r.value) for r in read(sentence)] == expected


def test_a_slash_pair_quotes_the_whole_pair() -> None:
    assert quotes("争取省级以上交通补助项目5个/1.4亿元。") == ["争取省级以上交通补助项目5个/1.4亿元"] * 2


@pytest.mark.parametrize(
    "sentence",
    [
        "今年县委、县政府确定实施10项民生实事。",
        "方案共5个方面8项任务。",
        "全年共安排重点任务7项。",
        "其中就业增收类3项。",
        "重点抓好以下6项工作。",
        "确保全年工作取得重大标志性成果。",
        "以超常规力度推进体育设施补短板。",
        "各牵头单位要细化制定具体实施方案。",
        "打造三公里生活圈。",  # a numeral in a programme's name is no distance
    ],
)
def test_no_target_in_the_plan_counting_itself_or_in_vague_words(sentence: str) -> None:
    assert quotes(sentence) == []


def test_a_split_among_places_and_a_subset_in_brackets_are_targets_of_their_own() -> None:
    found = read(
        "全年新增农村劳动力转移就业6000人以上(城关镇2500人、青石镇2000人),新开发岗位800个(其中乡村岗位500个以上)。"
    )
    text = "全年新增农村劳动力转移就业6000人以上(城关镇2500人、青石镇2000人),新开发岗位800个(其中乡村岗位500个以上)。"
    assert [(text[r.start : r.end], r.comparator, r.value) for r in found] == [
        ("全年新增农村劳动力转移就业6000人以上", ">=", D(6000)),
        ("城关镇2500人", "=", D(2500)),
        ("青石镇2000人", "=", D(2000)),
        ("新开发岗位800个", "=", D(800)),
        ("乡村岗位500个以上", ">=", D(500)),
    ]


def test_a_remark_in_brackets_is_no_target() -> None:
    assert quotes("新建示范站3个(含改扩建)。") == ["新建示范站3个"]


def test_object_first_deliverables_in_a_list_are_one_milestone_each() -> None:
    text = "6月底前完成区体育馆维修改造、全民健身中心主体建设、滨江体育公园竣工验收。"
    found = read(text)
    assert [(text[r.start : r.end], r.kind, r.deadline_month) for r in found] == [
        ("6月底前完成区体育馆维修改造", "milestone", 6),
        ("全民健身中心主体建设", "milestone", 6),
        ("滨江体育公园竣工验收", "milestone", 6),
    ]


def test_a_list_of_objects_under_one_deliverable_stays_one_milestone() -> None:
    assert len(read("打造洞庭生态“大粮仓”、绿色食品“大工厂”、国人营养“大厨房”。")) == 1


@pytest.mark.parametrize("opening", ["截至6月30日", "今年以来"])
def test_a_sentence_opening_with_the_time_so_far_reports(opening: str) -> None:
    assert quotes(f"{opening},全县完成人工造林1.86万亩、森林抚育3.2万亩;新造油茶林0.62万亩。") == []


def test_in_a_progress_report_the_period_reported_on_opens_a_report() -> None:
    text = "一季度,全县完成投资3.1亿元,同比增长8.6%。全年计划完成投资15亿元以上。"
    report = read_region(text, shadow(text), 0, len(text), report=True)
    assert [text[r.start : r.end] for r in report] == ["全年计划完成投资15亿元以上"]
    # in a plan too, a quarter so far stated with 同比 and plain figures reports (the pages read since say so);
    # a quarter with a target's wording (以上, 力争) dates the plan's targets
    assert [text[r.start : r.end] for r in read(text)] == ["全年计划完成投资15亿元以上"]
    assert len(read("一季度,全县完成投资3.1亿元以上,同比增长8%以上。")) == 2


def test_a_publishing_deliverable_is_a_milestone() -> None:
    assert one("适时发布2026年企业工资指导线。").kind == "milestone"


def test_a_figure_for_beneficiaries_is_a_target() -> None:
    """为…: a purpose (为推进…) sets the scene; the people a figure serves (为600名残疾人…) do not."""
    assert quotes("为600名残疾人开展辅助器具适配服务。") == ["为600名残疾人开展辅助器具适配服务"]
    assert quotes("为推进养老服务,新建站点12个。") == ["新建站点12个"]


def test_a_dated_list_of_deliverables_and_a_figure() -> None:
    text = "6月底前,APP完成4.0版本升级、服务空间上线运行、事项扩展至200项以上。"
    found = read(text)
    assert [(text[r.start : r.end], r.kind, r.deadline_month) for r in found] == [
        ("APP完成4.0版本升级", "milestone", 6),
        ("服务空间上线运行", "milestone", 6),
        ("事项扩展至200项以上", "milestone", 6),
    ]


def test_a_deliverable_before_counted_items_is_one_of_its_own() -> None:
    text = "完成县应急广播指挥中心、18个乡镇分控中心、376个村居广播室建设,实现县级平台与省、市互联互通。"
    assert [(text[r.start : r.end], r.kind) for r in read(text)] == [
        ("完成县应急广播指挥中心", "milestone"),
        ("18个乡镇分控中心", "count"),
        ("376个村居广播室建设", "count"),
        ("实现县级平台与省、市互联互通", "milestone"),
    ]
    assert [r.kind for r in read("新建成公办中小学、幼儿园7所。")] == ["count"]  # they share the count


def test_money_per_head_is_an_amount_and_an_area_per_head_a_ratio() -> None:
    assert [(r.kind, r.value) for r in read("城乡居民人均可支配收入达到9.5万元。")] == [("amount", D(95000))]
    assert [(r.kind, r.value) for r in read("人均体育场地面积达到3.2平方米。")] == [("ratio", D("3.2"))]


def test_a_range_naming_a_group_is_no_target() -> None:
    text = "家庭年可支配收入10-50万元群体比例达到81%以上。"
    assert [(text[r.start : r.end], r.value) for r in read(text)] == [(text[:-1], D("0.81"))]


def test_an_undated_verb_alone_is_no_deliverable() -> None:
    assert quotes("加快推进淦河二期系统治理,启动") == []
    assert [r.kind for r in read("7月底前开工。")] == ["milestone"]


def test_a_service_radius_named_as_a_programme_is_no_deliverable() -> None:
    assert quotes("全面打造“15分钟养老服务圈”。") == []
    assert [r.kind for r in read("打造洞庭生态“大粮仓”、绿色食品“大工厂”。")] == ["milestone"]


def test_what_follows_an_as_of_date_in_a_sentence_reports() -> None:
    text = "新建污水管网38公里,截至6月底已完成整改11项,完成率57.9%,其余8项正按序时推进。"
    assert quotes(text) == ["新建污水管网38公里"]


def test_a_legacy_is_no_past() -> None:
    assert quotes("完成历史遗留废弃矿山生态修复面积1200亩。") == ["完成历史遗留废弃矿山生态修复面积1200亩"]


def test_the_size_of_a_project_named_is_no_target() -> None:
    assert quotes("加快建设总投资7.58亿元的县医院迁建项目。") == []


@pytest.mark.parametrize(("sentence", "unit"), [("执法检查300家次左右。", "家次"), ("评选名菜20道。", "道")])
def test_more_measure_words_count(sentence: str, unit: str) -> None:
    assert [(r.kind, r.unit) for r in read(sentence)][0][1] == unit


# --- ordinary sentences the rules above must not misread (found in review) ----------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("截至2026年底,全县建成充电桩500个,新建公园10个。", ["全县建成充电桩500个", "新建公园10个"]),  # a horizon
        ("安排两千万元资金支持技改,发放三万元奖励。", ["安排两千万元资金支持技改", "发放三万元奖励"]),
        ("确保真正按期建成5个项目。", ["确保真正按期建成5个项目"]),
        ("新建绿色建筑全部达到3星级标准。", []),  # a grade, not a count
    ],
)
def test_ordinary_sentences_are_not_misread(sentence: str, expected: list[str]) -> None:
    assert quotes(sentence) == expected


def test_a_rate_with_nothing_of_its_own_after_a_growth_is_that_growth() -> None:
    first, second = read("地区生产总值增长6.5%左右,在实际工作中力争达到7%。")
    assert (first.kind, first.comparator, first.value) == ("growth-rate", "approx", D("0.065"))
    assert (second.kind, second.comparator, second.value, second.strive) == ("growth-rate", ">=", D("0.07"), True)
    # a share after a growth names its own measure, and stays a share
    assert [r.kind for r in read("营业收入增长8%,研发投入占比达到3%。")] == ["growth-rate", "ratio"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("年内启动尚贤、冠山等6个乡镇供水管网设施建设。", "count"),
        ("下半年组织开展专项执法行动3轮。", "count"),
        ("年底前建成乡镇食品快检室12个。", "milestone"),
        ("上半年完成背街小巷改造12条。", "milestone"),
    ],
)
def test_a_time_as_long_as_the_year_dates_no_figure(sentence: str, kind: str) -> None:
    assert one(sentence).kind == kind


def test_what_exists_already_is_named_not_reported() -> None:
    assert [r.value for r in read("11月底前完成设施移交,确保已建设施正常运行率达到90%以上。")] == [None, D("0.90")]
    assert read("已完成治理项目19个。") == []


def test_completing_the_year_s_tasks_is_no_deliverable() -> None:
    assert read("各单位要倒排工期,确保全面完成全年目标任务。") == []


@pytest.mark.parametrize(
    "sentence", ["出台实施公墓管理办法。", "动工建设南岩农贸市场。", "新建城东幼儿园、改扩建柘溪二中。"]
)
def test_more_deliverables_without_a_figure(sentence: str) -> None:
    found = one(sentence)
    assert found.kind == "milestone" and sentence[found.start : found.end] == sentence.rstrip("。")


@pytest.mark.parametrize(
    "sentence", ["新建项目要严格执行环评制度。", "(此件公开发布)", "1.本表共26项,其中约束性任务8项。"]
)
def test_no_deliverable_and_no_count_of_the_plan_itself(sentence: str) -> None:
    assert read(sentence) == []


def test_an_indicator_held_to_its_year_target_is_relative() -> None:
    found = one("空气质量完成年度目标任务。")
    assert (found.kind, found.comparator, found.subject) == ("relative", ">=", "空气质量")


def test_a_day_the_calendar_fixes_dates_a_figure() -> None:
    found = one("新建中小学5所,秋季开学前投用3所。".split(",")[1])
    assert (found.kind, found.deadline_month) == ("milestone", 8)


@pytest.mark.parametrize(
    "sentence",
    ["各牵头单位于每季度结束后5个工作日内将进展情况报县政府督查室。", "县政府共梳理重点工作6个方面21项。"],
)
def test_reporting_and_counting_the_plan_are_no_targets(sentence: str) -> None:
    assert read(sentence) == []


def test_an_entry_of_a_monthly_plan_is_due_that_month() -> None:
    found = read("4月:明确点位培训人员对象,完成应急救护人员培训65人。")
    assert [(r.kind, r.value, r.deadline_month) for r in found] == [("milestone", None, 4), ("milestone", D(65), 4)]
    # a month not followed by a colon labels nothing
    assert [r.deadline_month for r in read("4月份以来,全县完成筛查1480人。")] == [None]


def test_a_change_from_a_base_year_is_relative_and_land_yields_are_densities() -> None:
    found = one("单位工业增加值能耗较2022年下降13.5%。")
    assert (found.kind, found.decrease) == ("relative", True)
    assert one("工业增加值较上年增长8%。").kind == "growth-rate"
    assert one("亩均税收达到25万元。").kind == "ratio"
    assert one("城乡居民基础养老金标准提高到每人每月180元。").kind == "amount"  # a standard raised: money
    assert read("耕地地力保护补贴按每亩110元的标准发放。") == []  # a rate each is paid at: no level to reach


def test_no_accident_at_all_is_a_ceiling_of_zero() -> None:
    found = one("房屋市政工程较大及以上安全事故为零。")
    assert (found.kind, found.comparator, found.value) == ("ceiling", "<=", D(0))


def test_a_service_to_everyone_named_is_a_deliverable_and_a_scope_after_a_count_is_no_target() -> None:
    text = "对全州65岁及以上老年人免费体检一次,对全州初中及以上学生进行一次免费结核病筛查。"
    assert [(r.kind, text[r.start : r.end]) for r in read(text)] == [
        ("milestone", "对全州65岁及以上老年人免费体检一次"),
        ("milestone", "对全州初中及以上学生进行一次免费结核病筛查"),
    ]
    assert read("对重点企业开展安全检查。") == []  # an activity, not a service to all
    assert [r.value for r in read("完成超230个50户以上木质房屋连片村寨常高压给水管网建设。")] == [D(230)]


def test_where_a_figure_stands_now_is_no_target() -> None:
    text = "将城镇、农村低保人均最低补差水平从每人每月574元、271元分别提高到每人每月609元、300元。"
    found = read(text)
    assert [r.value for r in found] == [D(609), D(300)]
    assert text[found[0].start : found[0].end].startswith("城镇")  # 将 heads no quote


def test_the_plan_s_year_after_last_year_s_figures_starts_its_targets() -> None:
    text = "2024年全区接待游客860万人次、实现旅游收入72亿元,2025年接待游客人数和旅游收入分别增长10%、12%。"
    found = read_region(text, shadow(text), 0, len(text), year=2025)
    assert [(r.kind, r.value) for r in found] == [("growth-rate", D("0.10")), ("growth-rate", D("0.12"))]
    assert text[found[0].start : found[0].end].startswith("接待游客")  # the year heads no quote
    past = "2024年,全县新增企业50家,2023年新增40家。"  # no year of the plan's: all of it reports
    assert read_region(past, shadow(past), 0, len(past), year=2025) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "参加区第十七届人民代表大会的237名人大代表肩负人民的重托。",
        "对区政府提交的19项为民办实事候选项目进行无记名投票,票决出17项区人民政府2024年为民办实事项目。",
        "重点抓好以下九个方面工作。",
    ],
)
def test_a_meeting_and_the_plan_counting_its_items_are_no_targets(sentence: str) -> None:
    assert read(sentence) == []


def test_a_standard_set_elsewhere_is_a_relative_floor() -> None:
    found = one("特困人员救助供养标准不低于当地现行特困人员基本生活标准。")
    assert (found.kind, found.comparator) == ("relative", ">=")
    assert one("改建虹桥河滨公园篮球场。").kind == "milestone"


def test_rules_revised_and_works_put_into_service_are_deliverables() -> None:
    assert one("修编经济开发区整体规划。").kind == "milestone"
    assert one("修订市级食品安全事故应急预案。").kind == "milestone"
    assert one("投入运营原料气转型升级、中水脱盐回用等项目。").kind == "milestone"


def test_a_share_of_those_reaching_an_amount_is_the_target() -> None:
    found = one("力争实现20%的村集体年收入超30万元。")
    assert (found.kind, found.value, found.strive) == ("ratio", D("0.20"), True)
    assert one("10万元以上的村占比达到60%。").value == D("0.60")  # the amount before says which villages


def test_counts_inside_a_noun_phrase_say_which_ones() -> None:
    text = "2016年计划出列的2个贫困乡和20个贫困村的贫困户,人均纯收入达到5000元。"
    assert [r.value for r in read(text)] == [D(5000)]
    assert one("完成20个村的改造。").value == D(20)  # a count done is a target, 的 after it or not


def test_a_date_after_an_item_s_mark_dates_what_follows_and_a_first_ever_is_a_deliverable() -> None:
    found = one("(1)9月底前,市到乡通高级路面。")
    assert (found.kind, found.deadline_month) == ("milestone", 9)
    assert one("上市企业实现零的突破。").kind == "milestone"


def test_reducing_to_a_level_is_a_ceiling_and_eliminating_what_a_figure_marks_out_a_ceiling_of_none() -> None:
    found = one("农村其他垃圾外运减量至80%。")
    assert (found.kind, found.comparator, found.value) == ("ceiling", "<=", D("0.80"))
    # none of the villages so marked out left (as five answer keys of seven read it; two keep a milestone)
    eliminated = one("消除年经营性收入5万元以下的村。")
    assert (eliminated.kind, eliminated.comparator, eliminated.value) == ("ceiling", "<=", D(0))


def test_this_year_after_last_year_s_figure_starts_the_targets() -> None:
    text = "2023年已新增城区公共停车泊位620个,今年再新增城区公共停车泊位800个以上;新建城市口袋公园5个。"
    assert [r.value for r in read_region(text, shadow(text), 0, len(text), year=2024)] == [D(800), D(5)]


def test_holding_a_figure_to_about_a_level_is_a_ceiling() -> None:
    found = one("单位工业增加值能耗下降控制在3%左右。")
    assert (found.kind, found.comparator) == ("ceiling", "<=")


@pytest.mark.parametrize(
    "sentence",
    [
        "请各牵头单位于3月15日前制定实施方案。",
        "年底前形成全年落实情况报告。",
        "确保年底前全面完成。",
        "县政府确定2024年为民办实事项目10件。",
    ],
)
def test_the_plan_s_own_upkeep_is_no_target(sentence: str) -> None:
    assert read(sentence) == []


def test_a_scheme_to_draw_up_is_a_deliverable_unless_every_unit_is_told_to() -> None:
    assert one("3月底前制定全域旅游实施方案。").kind == "milestone"
    assert one("3月底前制定实施方案。").kind == "milestone"


def test_one_figure_said_of_measures_alike_is_a_target_for_each() -> None:
    text = "城镇居民人均可支配收入、农民人均纯收入均增长12%以上。"
    first, second = read(text)
    assert (first.value, second.value) == (D("0.12"), D("0.12"))
    assert (text[first.start : first.end], text[second.start : second.end]) == (
        text[:-1],
        "农民人均纯收入均增长12%以上",
    )
    assert (first.subject, second.subject) == ("城镇居民人均可支配收入", "农民人均纯收入")


@pytest.mark.parametrize(
    "sentence",
    [
        "于2017年1月23日前将贯彻落实方案意见报市政府政务督查室。",
        "均须于2024年12月底前完成。",
        "14.2023年全区数字经济核心产业增加值46.2亿元。",
    ],
)
def test_reporting_back_a_bare_completion_and_last_year_s_figure_after_a_number_are_no_targets(sentence: str) -> None:
    assert read_region(sentence, shadow(sentence), 0, len(sentence), year=2024) == []


def test_items_given_as_titles_are_read_and_a_document_s_name_is_not() -> None:
    from planengine.draft.text import listed_titles

    text = (
        "《通知》内容主要包括《城镇新增就业2000人以上》《建成幼儿园3所,新增园位1000个以上》《对困难家庭子女入学资助》。"
    )
    sh = listed_titles(shadow(text))
    found = read_region(text, sh, 0, len(text))
    assert [text[r.start : r.end] for r in found] == ["城镇新增就业2000人以上", "建成幼儿园3所", "新增园位1000个以上"]
    named = "印发《2024年新增就业5000人实施方案》。"
    # the document's name is no figure to reach: issuing it is a milestone at most (the thirty-third session's
    # reading of 印发《…》), never the 5000 people in its name
    assert [(r.kind, r.value) for r in read_region(named, listed_titles(shadow(named)), 0, len(named))] == [
        ("milestone", None)
    ]


def test_a_paragraph_looking_back_over_five_years_reports_until_this_year_opens() -> None:
    text = (
        "首先,他总结道,过去五年,经济发展稳中向好。地区生产总值从2012年的11939.2亿元增加到2017年的15288.9亿元。"
        "累计完成200余项重大民生实事,投入民生资金12981亿元。2018年,全省地区生产总值增长6%左右。城镇新增就业45万人。"
    )
    # the paragraph turns to the plan's year: that sentence and the ones after it are the plan's
    assert [r.value for r in read_region(text, shadow(text), 0, len(text), year=2018)] == [D("0.06"), D(450000)]
    later = "过去五年,新增企业500家。\n今年新增企业120家。"
    assert [r.value for r in read_region(later, shadow(later), 0, len(later), year=2018)] == [D(120)]
