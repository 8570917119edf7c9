"""Shapes of plans the thirtieth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planengine.draft import draft_spec
from planengine.draft.responsibility import parse_responsibility, split_units
from planengine.draft.topics import topic_parts


def _units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


def _quotes(text: str) -> list[str]:
    return [t.quote for t in draft_spec(text, year=2026).targets]


def _kinds(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.quote, t.kind, t.comparator) for t in draft_spec(text, year=2026).targets]


# --- who leads -------------------------------------------------------------------------------------


@pytest.mark.parametrize("remark", ["（双牵头）", "(双牵头)", "（两家共同牵头）", "（共同牵头）", "（联合牵头）"])
def test_a_remark_that_the_units_lead_together_is_no_part_of_the_last_name(remark: str) -> None:
    """县财政局、县税务局（双牵头）: both lead; the remark names no one and leaves the last name whole."""
    assert split_units(f"县财政局、县税务局{remark}") == ["县财政局", "县税务局"]


def test_a_table_row_with_a_remark_that_two_lead_gives_both_the_lead() -> None:
    text = (
        "某县2026年重点工作任务清单\n\n序号 | 重点任务 | 目标要求 | 牵头单位 | 配合单位 |\n"
        "1 | 提升财政实力 | 一般公共预算收入增长5% | 县财政局、县税务局（双牵头） | 各乡镇人民政府 |\n"
    )
    assert _units(text) == [("一般公共预算收入增长5%", ("县财政局", "县税务局"), ("各乡镇人民政府",))]


def test_a_task_table_under_a_notices_last_charge_keeps_its_milestones() -> None:
    """三、严格督查考核 is how the work is driven, no task; a table after it, under its own title, lists
    tasks all the same: its milestones are read."""
    text = (
        "某县人民政府办公室关于印发重点工作任务清单的通知\n"
        "　　一、明确责任分工。清单所列任务由牵头单位负总责。\n"
        "　　二、严格督查考核。县政府督查室对清单任务实行月调度。\n\n"
        "某县2026年重点工作任务清单\n\n序号 | 重点任务 | 目标要求 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "9 | 扩大教育资源 | 新建城东小学，新增公办学位1080个 | 县教育局 | 县住建局 | 2026年8月 |\n"
    )
    assert _quotes(text) == ["新建城东小学", "新增公办学位1080个"]


def test_a_principle_section_states_no_milestones_of_its_own_text() -> None:
    """The rows of a table are spared; the section's own paragraphs are not (建立…机制 under 保障措施)."""
    text = "某县2026年工作方案\n一、重点任务\n1.新建城东小学。\n二、保障措施\n（一）加强组织领导\n建立工作专班。\n"
    assert _quotes(text) == ["新建城东小学"]


_CATEGORY_DUTIES = (
    "某区2026年度生态环境保护目标任务\n\n一、考核指标\n\n（一）空气质量类指标\n\n"
    "1.细颗粒物（PM2.5）年均浓度控制在29微克/立方米以内。\n\n"
    "（二）水环境质量类指标\n\n2.国省考断面水质优良比例达到91.7%。\n\n"
    "3.新建改造城镇污水管网35公里，城镇生活污水集中收集率提高到78%左右。\n\n"
    "4.农村生活污水治理率达到60%以上。\n\n"
    "（三）生态保护类指标\n\n5.森林覆盖率稳定在41.5%以上。\n\n6.争创国家生态文明建设示范区。\n\n"
    "二、责任分工\n\n"
    "空气质量类指标由区生态环境分局牵头，区住房城乡建设局、区交通运输局配合；各街道、镇对本辖区空气质量负属地责任。\n\n"
    "水环境质量类指标由区水利局牵头，区生态环境分局、区农业农村局配合；其中，城镇污水管网建设及生活污水集中收集率"
    "由区住房城乡建设局单独牵头，农村生活污水治理率指标由区农业农村局牵头。\n\n"
    "生态保护类指标由区林业局牵头，区自然资源和规划分局配合；生态文明示范创建由区生态环境分局牵头。\n"
)


def test_a_duty_section_gives_each_category_heading_its_units() -> None:
    """X类指标由A牵头,B配合 for each heading (一)X类指标 of the indicators above: one duty a paragraph,
    never read as one statement with the next; the places answering for their own areas help."""
    drafted = dict((quote, (lead, support)) for quote, lead, support in _units(_CATEGORY_DUTIES))
    assert drafted["细颗粒物（PM2.5）年均浓度控制在29微克/立方米以内"] == (
        ("区生态环境分局",),
        ("区住房城乡建设局", "区交通运输局", "各街道、镇"),
    )
    assert drafted["国省考断面水质优良比例达到91.7%"] == (("区水利局",), ("区生态环境分局", "区农业农村局"))
    assert drafted["森林覆盖率稳定在41.5%以上"] == (("区林业局",), ("区自然资源和规划分局",))


def test_parts_of_a_category_made_exceptions_go_to_the_units_named_for_them() -> None:
    """其中,A由X单独牵头,B指标由Y牵头 and a part after a ; (生态文明示范创建由Z牵头): each item takes the
    part naming it, alone; the rest keep the category's units."""
    drafted = dict((quote, (lead, support)) for quote, lead, support in _units(_CATEGORY_DUTIES))
    assert drafted["新建改造城镇污水管网35公里"] == (("区住房城乡建设局",), ())
    assert drafted["城镇生活污水集中收集率提高到78%左右"] == (("区住房城乡建设局",), ())
    assert drafted["农村生活污水治理率达到60%以上"] == (("区农业农村局",), ())
    assert drafted["争创国家生态文明建设示范区"] == (("区生态环境分局",), ())


@pytest.mark.parametrize(
    ("statement", "lead", "support"),
    [
        (
            "空气质量类指标由区生态环境分局牵头，区交通运输局配合；各街道、镇对本辖区空气质量负属地责任。",
            ("区生态环境分局",),
            ("区交通运输局", "各街道、镇"),
        ),
        ("由县农业农村局牵头，县水利局配合，各乡镇负责本辖区任务落实。", ("县农业农村局",), ("县水利局", "各乡镇")),
        (
            # (a part given another unit after a ; leads with the first where no heading shares it out by topic)
            "生态保护类指标由区林业局牵头，区城市管理局配合；生态文明示范创建由区生态环境分局牵头。",
            ("区林业局", "区生态环境分局"),
            ("区城市管理局",),
        ),
        ("县委宣传部牵头;具体由县文旅局负责", ("县委宣传部",), ("县文旅局",)),
    ],
)
def test_a_statement_reads_places_duties_and_keeps_the_units_of_parts_given_to_others(
    statement: str, lead: tuple[str, ...], support: tuple[str, ...]
) -> None:
    answer = parse_responsibility(statement)
    assert (answer.lead, answer.support) == (lead, support)


def test_topic_parts_read_an_exception_after_its_and_the_places_help_every_part() -> None:
    parts = topic_parts(
        "水环境质量类指标由区水利局牵头，区农业农村局配合；其中，污水管网建设由区住房城乡建设局单独牵头；"
        "各乡镇对本辖区水质负属地责任"
    )
    assert parts is not None
    assert [(topics, answer.lead, answer.support) for topics, answer in parts] == [
        (("水环境质量",), ("区水利局",), ("区农业农村局", "各乡镇")),
        (("污水管网建设",), ("区住房城乡建设局",), ("各乡镇",)),
    ]


# --- what is no target -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sanction",
    [
        "对连续两个季度滞后的科室负责人进行约谈",
        "对排名后3位的单位进行约谈",
        "对签约超过6个月未开工的项目实行挂牌督办",
        "对考核排名后3位的乡镇由县政府分管领导进行约谈",
    ],
)
def test_a_sanction_on_units_behind_is_no_target(sanction: str) -> None:
    """The figures in 对…进行约谈 say who is held to account, not what is delivered."""
    text = f"某局2026年工作要点\n1.新增公办学位1080个。\n\n局办公室每季度开展一次督查通报，{sanction}。\n"
    assert _quotes(text) == ["新增公办学位1080个"]


@pytest.mark.parametrize("office", ["局办公室", "区政府办公室", "厅办公室"])
def test_a_plan_sent_up_to_an_office_for_the_record_is_no_deliverable(office: str) -> None:
    text = (
        "某局2026年工作要点\n1.新增公办学位1080个。\n\n"
        f"各分局要结合实际制定本单位年度工作计划，于2月底前报{office}备案。\n"
    )
    assert _quotes(text) == ["新增公办学位1080个"]


_MONTHS_REPORT = (
    "某区工业振兴推进情况\n近日获悉,该区全力打好工业振兴攻坚硬仗,1—5月,该区工业投资同比增长101.6%。\n"
    "该区力争今年规模以上工业增加值增长15%以上。\n"
    "1—5月,全区规模以上工业总产值完成29.6亿元,同比增长17.8%;规模以上工业增加值完成9.67亿元,同比增长18.6%;"
    "工业投资完成5.68亿元,同比增长101.6%。\n"
)


def test_a_sentence_of_the_months_so_far_reports_up_to_its_full_stop() -> None:
    """1—5月,…完成29.6亿元,同比增长17.8%;…: the months so far, clause by clause and past each ;, and a
    months-so-far clause inside a sentence starts the report too; the year's target stays."""
    assert _quotes(_MONTHS_REPORT) == ["该区力争今年规模以上工业增加值增长15%以上"]


def test_the_months_so_far_report_ends_where_the_sentence_looks_ahead() -> None:
    text = "某区工业运行情况\n1—5月,全区工业投资完成5.68亿元,同比增长10.6%;下半年力争工业投资增长12%以上。\n"
    assert _quotes(text) == ["下半年力争工业投资增长12%以上"]


def test_months_of_a_schedule_are_no_report() -> None:
    """1—5月,完成… without 同比 or a share done: a plan's steps, due then."""
    text = "某镇2026年工作安排\n1—5月,完成农村公路改造20公里;6—12月,新建村级卫生室5个。\n"
    assert len(_quotes(text)) == 2


def test_where_things_stand_now_reports_up_to_the_full_stop() -> None:
    """目前,已完成…;全部完成…;…基本完成: where the work stands, every part up to the 。."""
    text = (
        "某乡2026年实事进展\n目前,已完成6个村的电网改造;全部完成安全村500亩新建油茶林;“五站合一”工程基本完成。"
        "该乡还将力争扩大3万亩生态公益林。\n"
    )
    assert _quotes(text) == ["该乡还将力争扩大3万亩生态公益林"]


@pytest.mark.parametrize("lost", ["全市新增签约项目不少于个", "合同引进资金不低于亿元", "新增规上企业达到家"])
def test_a_target_whose_figure_the_page_lost_is_none(lost: str) -> None:
    text = f"某市2026年重点任务\n●{lost}。\n●新认定省级高新技术企业50家以上。\n"
    assert _quotes(text) == ["新认定省级高新技术企业50家以上"]


@pytest.mark.parametrize(
    "towards",
    [
        "加快扬子江高端装备产业园规划落地",
        "加快综保区申报",
        "推进三台子商业综合体落地",
        "加快推动汽车产业基地二期等项目落地",
    ],
)
def test_work_pushed_towards_landing_or_an_application_is_no_milestone(towards: str) -> None:
    text = f"某区2026年工作安排\n1.{towards}，出台保税区产业准入评审机制，新增规上企业15家。\n"
    assert _quotes(text) == ["出台保税区产业准入评审机制", "新增规上企业15家"]


def test_a_deal_to_be_struck_and_landed_is_a_milestone_still() -> None:
    text = "某区2026年工作安排\n1.推动胜达再生塑料、敏实铝循环利用等一批项目的签约落地。\n"
    assert _quotes(text) == ["推动胜达再生塑料、敏实铝循环利用等一批项目的签约落地"]


def test_a_focus_on_events_counted_by_their_ordinal_delivers_nothing() -> None:
    text = "某区9月工作安排\n4.聚焦秋季开学、第19届杭州亚运会等重要节点,持续做好安保维稳各项工作。\n"
    assert _quotes(text) == []


# --- what is a target --------------------------------------------------------------------------------


@pytest.mark.parametrize("place", ["全市", "全省", "全县", "全区"])
def test_work_reaching_the_whole_place_is_a_milestone(place: str) -> None:
    text = f"某局2026年工作要点\n8.一般不动产登记办理时间压缩至2个工作日以内，“带押过户”业务实现{place}覆盖。\n"
    assert _quotes(text)[-1] == f"“带押过户”业务实现{place}覆盖"


def test_a_coverage_rate_of_the_whole_place_is_no_milestone_of_reaching_it() -> None:
    text = "某局2026年工作要点\n1.实现全市覆盖率达到95%。\n"
    assert _kinds(text) == [("实现全市覆盖率达到95%", "ratio", ">=")]


@pytest.mark.parametrize("cut", ["精简", "压减", "压缩", "削减", "减少", "下降"])
def test_a_cut_against_a_base_year_is_relative_to_that_years_level(cut: str) -> None:
    """较2025年精简50%以上: the cut is against the base year's level, as 较2025年下降 is."""
    text = f"某县2026年数字政府建设任务\n1.村（社区）填报报表数量较2025年{cut}50%以上。\n"
    ((quote, kind, comparator),) = _kinds(text)
    assert (kind, comparator) == ("relative", ">=")


@given(st.integers(min_value=2, max_value=11), st.integers(min_value=1, max_value=99))
def test_any_months_so_far_with_growth_year_on_year_are_a_report(month: int, tenths: int) -> None:
    """However many months so far (1—2月 … 1—11月), a sentence opening with them and saying 同比 reports
    them; quarter ends (1—3月, 1—6月, 1—9月) are a schedule's steps and stay out of this reading."""
    if month in (3, 6, 9):
        return
    text = f"某区工业运行\n1—{month}月,全区工业投资完成{tenths}.5亿元,同比增长{tenths}%。\n"
    assert _quotes(text) == []


@given(st.sampled_from(["（双牵头）", "（共同牵头）", "（两家共同牵头）"]), st.integers(min_value=2, max_value=4))
def test_leading_together_keeps_every_name_listed(remark: str, count: int) -> None:
    names = [f"县第{i}局" for i in range(1, count + 1)]
    assert split_units("、".join(names) + remark) == names


def test_decimal_figures_stay_exact_in_a_relative_cut() -> None:
    (target,) = draft_spec("某县2026年任务\n1.报表数量较2025年精简37.5%以上。\n", year=2026).targets
    assert target.value == Decimal("0.375")


def test_a_half_year_so_far_with_growth_year_on_year_is_a_report() -> None:
    text = (
        "某区工业运行情况\n上半年,全区完成固定资产投资25.36亿元,同比增长16.3%;规上工业增加值同比增长9.5%。"
        "下半年,全区工业投资增长12%以上。\n"
    )
    assert _quotes(text) == ["全区工业投资增长12%以上"]


def test_a_quarters_step_of_a_schedule_is_a_target_still() -> None:
    """一季度,…达到70%以上;二季度,…: a schedule's steps (a share to reach, no 同比), each a target."""
    text = (
        "某市2026年项目建设计划\n一季度,全市第一批项目开复工率达到70%以上;二季度,投资完成率达到45%以上;"
        "三季度,投资完成率达到70%以上。\n"
    )
    assert len(_quotes(text)) == 3


def test_the_report_of_the_months_so_far_ends_at_the_second_half() -> None:
    text = "某区工业运行情况\n1—5月,全区工业投资完成5.68亿元,同比增长10.6%;下半年,全区工业投资增长12%以上。\n"
    assert _quotes(text) == ["全区工业投资增长12%以上"]


# --- a review's cases: what the rules above must leave alone -----------------------------------------


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("1—5月,新签约项目20个,实际利用外资同比增长10%以上。", ["新签约项目20个", "实际利用外资同比增长10%以上"]),
        (
            "上半年,全区规上工业增加值同比增长8%以上,新建标准厂房5万平方米。",
            ["全区规上工业增加值同比增长8%以上", "新建标准厂房5万平方米"],
        ),
        (
            "一季度,全区固定资产投资同比增长10%以上,新开工项目20个。",
            ["全区固定资产投资同比增长10%以上", "新开工项目20个"],
        ),
        (
            "1.1—5月,规上工业增加值同比增长10%以上;1—11月,同比增长12%以上。",
            ["规上工业增加值同比增长10%以上", "同比增长12%以上"],
        ),
    ],
)
def test_months_so_far_with_a_targets_wording_are_the_plans(text: str, quotes: list[str]) -> None:
    """以上, 力争, 不低于: a report of the months so far never words its figures so; the months open the plan's
    own targets."""
    assert _quotes("某县2026年工作方案\n" + text + "\n") == quotes


def test_a_report_of_the_months_so_far_goes_on_past_main_and_important() -> None:
    """要 in 主要 or 重要 looks ahead no more than the rest of the word does."""
    text = "某县工业运行\n1—5月,规上工业增加值完成9.67亿元,同比增长18.6%;重要产品产量完成5.68万吨,同比增长10.6%。\n"
    assert _quotes(text) == []


def test_a_report_of_the_quarters_so_far_ends_where_the_sentence_turns_to_the_second_half() -> None:
    text = "某区交通工作\n上半年,综合交通投资累计完成1242亿元,同比增长6%,下半年力争完成1508亿元以上投资任务。\n"
    assert _quotes(text) == ["下半年力争完成1508亿元以上投资任务"]


@pytest.mark.parametrize("ahead", ["计划年内再改造10个村", "下一步,将新建村级卫生室5个", "今年计划再改造10个村"])
def test_a_part_after_where_things_stand_that_looks_ahead_is_a_target(ahead: str) -> None:
    assert len(_quotes(f"某乡2026年工作\n1.目前,已完成6个村的电网改造;{ahead}。\n")) == 1


@pytest.mark.parametrize(
    "counted",
    ["对20处重大火灾隐患实行挂牌督办", "对全市30家重点排污企业实施挂牌督办", "年内对10个重点区域进行挂牌督办"],
)
def test_supervision_counted_with_no_one_falling_behind_is_a_target(counted: str) -> None:
    assert len(_quotes(f"某市2026年安全生产工作要点\n1.{counted},新建消防站2个。\n")) == 2


@pytest.mark.parametrize("words", ["出水水质达到项目设计标准并投入运行", "对达到条件的企业全部完成认定"])
def test_a_comparator_before_an_ordinary_word_is_no_figure_lost(words: str) -> None:
    assert _quotes(f"某县2026年工作方案\n1.年底前,{words}。\n") == [words]


def test_a_statement_line_leaves_a_counted_target_after_its_semicolon() -> None:
    text = "某县2026年工作方案\n1.由县教育局牵头,县财政局配合;新建城东小学1所由县住建局负责。\n"
    ((quote, kind, _),) = _kinds(text)
    assert quote.startswith("新建城东小学1所") and kind == "count"


def test_a_line_giving_part_of_an_item_to_another_unit_still_joins_the_statement_above() -> None:
    """项目建设由县住建局负责 under 此项工作由县教育局牵头,…: one statement of the item's units, not a kind of
    indicators a heading names."""
    text = "某县2026年工作方案\n1.新建城东小学,新增公办学位1080个。\n此项工作由县教育局牵头,县财政局配合。\n项目建设由县住建局负责。\n"
    assert {support for _, _, support in _units(text)} == {("县财政局", "县住建局")}


def test_a_heading_named_in_a_section_that_states_a_target_of_its_own_is_still_given_its_units() -> None:
    text = (
        "某县2026年工作方案\n一、主要目标\n地区生产总值增长6%,固定资产投资增长8%。\n三、保障措施\n"
        "主要目标由县发改委牵头,县统计局配合。县财政局安排专项资金500万元。\n"
    )
    drafted = dict((quote, (lead, support)) for quote, lead, support in _units(text))
    assert drafted["地区生产总值增长6%"] == (("县发改委",), ("县统计局",))


def test_sharing_an_item_out_by_topic_stays_linear_in_its_targets() -> None:
    """Ranking each of an item's targets against its parts finds the words all of them hold once, not once per
    target: an item of 2,000 targets drafts (every target given the category's units)."""
    body = "".join(f"城镇污水管网{i}号片区覆盖率达到{i % 90 + 5}%;" for i in range(2000))
    text = (
        "某区2026年目标\n一、考核指标\n（一）水环境质量类指标\n1." + body + "\n二、责任分工\n"
        "水环境质量类指标由区水利局牵头，区农业农村局配合；其中，城镇污水管网建设由区住房城乡建设局单独牵头。\n"
    )
    drafted = draft_spec(text, year=2026).targets
    assert len(drafted) == 2000
    assert {target.lead for target in drafted} == {("区住房城乡建设局",)}


# --- sets 505 and 507 --------------------------------------------------------------------------------


def test_a_label_of_the_places_answering_for_their_own_areas_names_helpers() -> None:
    """属地责任:各乡镇(街道) under 主责单位:/协同单位: lines: the places help, after the units that do."""
    text = (
        "某县2026年主要目标任务责任分解方案\n一、主要经济指标\n1．一般公共预算收入增长5%。\n"
        "主责单位：县财政局\n协同单位：县税务局\n属地责任：各乡镇（街道）\n"
    )
    assert _units(text) == [("一般公共预算收入增长5%", ("县财政局",), ("县税务局", "各乡镇（街道）"))]


@pytest.mark.parametrize(
    "upkeep",
    [
        "各主责单位要于3月15日前制定具体推进方案",
        "牵头单位要会同配合单位制定具体推进方案",
        "表中“1-6月完成”栏为上半年实际完成数",
        "滞后指标的牵头单位要于7月20日前向区政府报送追赶方案",
        "确保下半年投资增速明显回升",
        "为完成全年目标任务营造安全稳定的环境",
        "区政府督查室每季度开展一次专项督查",
        "把下半年目标逐月分解到位",
    ],
)
def test_the_plans_own_upkeep_states_no_target(upkeep: str) -> None:
    assert _quotes(f"某区2026年下半年工作安排\n1.新增公办学位1800个。\n\n{upkeep}。\n") == ["新增公办学位1800个"]


def test_a_share_of_the_years_target_done_is_reported_and_a_dated_one_is_a_target() -> None:
    assert _quotes("某区2026年工作\n1.新增学位1800个;固定资产投资完成年度目标的47%。\n") == ["新增学位1800个"]
    assert _quotes("某区2026年工作\n1.9月底前完成年度任务的75%。\n") == ["9月底前完成年度任务的75%"]
    text = "某区2026年工作\n1.新增学位1800个;空气质量优良天数比例低于年度目标7.6个百分点。\n"
    assert _quotes(text) == ["新增学位1800个"]


def test_a_paragraph_opening_with_the_half_year_so_far_reports_all_of_it() -> None:
    text = (
        "某区2026年上半年完成情况及下半年安排\n"
        "上半年，全区完成地区生产总值286.4亿元，同比增长5.8%。新开工亿元以上项目26个；城镇新增就业3050人。\n\n"
        "下半年，全区新增城镇就业2550人以上。\n"
    )
    assert _quotes(text) == ["全区新增城镇就业2550人以上"]


def test_places_where_the_work_is_done_are_no_count_of_it() -> None:
    text = "某省2026年实事\n1.在全省13个市州61个县区农村中小学新建、改扩建食堂400个。\n"
    assert [(quote, kind) for quote, kind, _ in _kinds(text)] == [
        ("在全省13个市州61个县区农村中小学新建、改扩建食堂400个", "count")
    ]
    assert _kinds("某县2026年工作\n1.在14个县(市、区)、10%以上的农业人口中实施养老保险试点。\n")[0][0].startswith(
        "在14个县"
    )


def test_where_things_stand_reported_after_a_reporters_source() -> None:
    text = "某省2026年实事\n据了解,目前省教育厅已建设周转宿舍18.53万平方米,惠及教师8235人;新增学位49610个。\n"
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("heading_units", "lead", "support"),
    [
        ("县委副书记王某某牵头；县农业农村局牵头，县乡村振兴局配合", ("县农业农村局",), ("县乡村振兴局",)),
        ("县委常委、组织部部长李某某牵头；县委组织部牵头，县财政局配合", ("县委组织部",), ("县财政局",)),
        ("副县长陈某某牵头；县农业农村局、县水利局牵头，县财政局配合", ("县农业农村局", "县水利局"), ("县财政局",)),
    ],
)
def test_leaders_in_person_before_the_units_lead_none_of_the_units_work(
    heading_units: str, lead: tuple[str, ...], support: tuple[str, ...]
) -> None:
    """(县委副书记王某某牵头;县农业农村局牵头,…配合): a leader by title and name leads in person; the units
    after that clause are the ones that lead and help."""
    answer = parse_responsibility(heading_units)
    assert (answer.lead, answer.support) == (lead, support)


@pytest.mark.parametrize("unit", ["市长热线办公室", "县委组织部", "县委书记处"])
def test_a_unit_named_after_a_leaders_office_is_still_a_unit(unit: str) -> None:
    assert parse_responsibility(f"{unit}牵头，县财政局配合").lead == (unit,)


def test_the_list_a_plan_decides_is_no_target_its_items_are() -> None:
    text = (
        "某市2026年重点建设项目计划\n经研究，确定2026年市级重点建设项目16个。\n\n"
        "项目名称 | 2026年计划投资(亿元) | 责任单位 |\n澜江二桥 | 9.6 | 市交通运输局 |\n"
    )
    assert "确定2026年市级重点建设项目16个" not in _quotes(text)


def test_a_keys_quote_written_as_a_cell_matches_the_cells_words() -> None:
    """| 12.5 | (bars added to make the key's quote unique) finds a drafted quote ending on 12.5."""
    from planengine.draft.kinds import Described, matches

    def described(quote: str) -> Described:
        return Described(quote=quote, kind="amount", comparator="=", value=Decimal("1250000000"))

    assert matches(described("| 12.5 |"), described("澜江锂电新材料产业园一期 | 38.6 | 12.5"))
    assert not matches(described("| 12.5 |"), described("澜江锂电新材料产业园一期 | 38.6"))


# --- sets 508-510 -------------------------------------------------------------------------------------


def test_a_year_gone_after_a_reporters_source_opened_by_a_time_word_reports() -> None:
    """近日,记者从…获悉,2019年,全省计划改造…: the year gone still opens the sentence after its source."""
    text = "某省2020年棚改工作\n近日,记者从全省视频会议上获悉,2019年,全省计划改造棚户区3.47万套,实际开工3.61万套。\n"
    assert draft_spec(text, year=2020).targets == ()


@pytest.mark.parametrize("stop", ["", "。"])
@pytest.mark.parametrize(
    "sub_items",
    ["（1）新增公办学位6000个。\n（2）培训乡村教师1200人次。", "（1）新增公办学位6000个；（2）培训乡村教师1200人次。"],
)
def test_a_project_titled_with_its_units_in_brackets_heads_its_numbered_parts(stop: str, sub_items: str) -> None:
    """实事一:扩充优质教育资源(牵头单位:…;协办单位:…): the ; inside the brackets is no sentence of the line; the
    project heads its parts (1)(2), which take its units (not the next project's, read as closing the last part)."""
    text = (
        "某市2026年民生实事项目\n\n"
        f"实事一：扩充优质教育资源{stop}（牵头单位：市教育局；协办单位：市财政局）\n{sub_items}\n\n"
        f"实事二：提升医疗服务水平{stop}（牵头单位：市卫生健康委；协办单位：市医保局）\n（1）新建社区卫生服务中心3个。\n"
    )
    assert _units(text) == [
        ("新增公办学位6000个", ("市教育局",), ("市财政局",)),
        ("培训乡村教师1200人次", ("市教育局",), ("市财政局",)),
        ("新建社区卫生服务中心3个", ("市卫生健康委",), ("市医保局",)),
    ]


def test_a_project_stating_its_work_on_its_numbered_line_is_no_heading() -> None:
    text = "某市2026年民生实事项目\n实事一：新建学校3所。新增学位1080个（牵头单位：市教育局；协办单位：市财政局）\n"
    assert [quote for quote, _, _ in _units(text)] == ["新建学校3所", "新增学位1080个"]


def test_a_pages_time_stamp_dates_its_this_year() -> None:
    """A news page stamped 2020-06-03 17:00:45 telling 2019年,… and then 今年,…: its 今年 is 2020, the year it names
    is behind it, and the year's plan beside what was done (…;计划基本建成2.26万套,实际建成3.82万套) reports too."""
    text = (
        "吉林省今年计划改造1.8万套城市棚户区\n2020-06-03 17:00:45\n"
        "近日,记者从全省会议上获悉,2019年,全省计划改造棚户区3.47万套,实际开工3.61万套;计划基本建成2.26万套,"
        "实际建成3.82万套。\n今年,全省计划改造城市棚户区1.8万套,计划完成投资40亿元。\n"
    )
    quotes = [target.quote for target in draft_spec(text).targets]
    assert "实际建成3.82万套" not in quotes and "计划基本建成2.26万套" not in quotes
    assert "计划完成投资40亿元" in quotes


def test_a_base_row_of_a_table_by_place_is_no_target() -> None:
    """2025年门急诊服务量(基数) | 人次 | 49870 | …: the base the row after it grows from."""
    text = (
        "某县2026年乡镇卫生院目标\n\n一、分院目标(各乡镇卫生院负责)\n\n指标 | 单位 | 石门镇卫生院 | 柳溪镇卫生院\n"
        "2025年门急诊服务量(基数) | 人次 | 49870 | 39650\n门急诊服务量 | 人次 | 52600 | 41300\n"
    )
    assert [(quote.split(" | ")[0], lead) for quote, lead, _ in _units(text)] == [
        ("门急诊服务量", ("石门镇卫生院",)),
        ("门急诊服务量", ("柳溪镇卫生院",)),
    ]


def test_a_height_that_says_which_places_is_no_target() -> None:
    text = "某州2026年十件实事\n1.为全州2.39万名海拔2500米及以上地区学前和普通高中在校学生提供取暖补助。\n"
    assert [(kind, value) for kind, value in ((t.kind, t.value) for t in draft_spec(text, year=2026).targets)] == [
        ("count", Decimal("23900"))
    ]


@pytest.mark.parametrize("told", ["记者从30日召开的全省大会上了解到", "关键词:贵州 公路 农村 组组通"])
def test_where_the_news_came_from_and_a_pages_tags_are_no_targets(told: str) -> None:
    assert _quotes(f"某省2026年公路建设\n{told}。今年新建农村公路5000公里。\n") == ["今年新建农村公路5000公里"]


def test_what_a_speaker_said_is_read_for_its_targets() -> None:
    text = "某市2026年民生实事\n“我们将确保学位建设项目8月底前全部竣工验收。”周明远说。\n"
    assert "确保学位建设项目8月底前全部竣工验收" in _quotes(text)[0]


# --- a second review's cases ---------------------------------------------------------------------------

_PLAN = "某县2026年工作方案\n"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("上半年,全区规上工业增加值同比增长5.8%。三季度,新开工项目10个。", "新开工项目10个"),
        ("上半年,全区规上工业增加值同比增长5.8%。9月底前,建成学校3所。", "建成学校3所"),
        ("上半年,全区规上工业增加值同比增长5.8%。下一阶段,新建学校5所。", "新建学校5所"),
        ("1—5月,全县规上工业增加值同比增长17.8%;今年新建学校5所。", "今年新建学校5所"),
        ("1—5月,新签约项目20个;实际利用外资同比增长10%以上。", "新签约项目20个"),
        ("目前已完成项目选址,年底前建成学校1所。", "建成学校1所"),
        ("6月份完成年度目标任务的50%。", "6月份完成年度目标任务的50%"),
        ("力争完成全年任务的60%。", "力争完成全年任务的60%"),
        ("在全市新建15个社区食堂和20个老年助餐点。", "在全市新建15个社区食堂"),
        ("牵头单位要于年底前建成城东污水处理厂。", "牵头单位要于年底前建成城东污水处理厂"),
        ("2026年6月底前向国家发展改革委报送碳达峰实施方案。", "2026年6月底前向国家发展改革委报送碳达峰实施方案"),
        ("年内确定乡村振兴示范村建设项目30个。", "年内确定乡村振兴示范村建设项目30个"),
    ],
)
def test_the_plans_own_targets_beside_the_new_readings_stay(text: str, quote: str) -> None:
    assert any(quote in found for found in _quotes(_PLAN + text + "\n"))


@pytest.mark.parametrize(
    "text",
    [
        "截至5月底,全县已开工项目30个;计划总投资120亿元。",
        "目前,已完成6个村的电网改造;将近3000户群众受益。",
        "1—5月,规上工业增加值完成9.67亿元,同比增长17.8%,占年度计划的45.2%。",
    ],
)
def test_what_stands_now_goes_on_past_words_that_only_look_ahead(text: str) -> None:
    assert _quotes(_PLAN + text + "\n") == []


@pytest.mark.parametrize("unit", ["市长热线", "市长信箱"])
def test_a_line_or_box_named_after_a_leader_is_a_unit(unit: str) -> None:
    assert parse_responsibility(f"{unit}牵头，县财政局配合").lead == (unit,)


def test_a_leaders_title_alone_leads_no_units_work() -> None:
    assert parse_responsibility("副县长牵头；县农业农村局牵头，县水利局配合").lead == ("县农业农村局",)


def test_a_sentence_of_thousands_of_months_so_far_clauses_reads_in_linear_time() -> None:
    """Whether a target is worded ahead of each months-so-far clause is answered from lists found once."""
    text = _PLAN + "".join(f"1—5月,工业增加值同比增长{i % 90}%," for i in range(4000)) + "完成。\n"
    assert _quotes(text) == []


# --- sets 511-513 -------------------------------------------------------------------------------------


def test_a_remark_striving_past_the_rows_target_is_a_target_striven_for() -> None:
    """备注 | 力争6.5%: beside the row's target (6左右), the figure the plan strives for, strive set."""
    text = (
        "某县2026年主要指标及责任分解表\n\n指标 | 单位 | 2026年目标 | 属性 | 责任单位 | 备注 |\n"
        "地区生产总值增速 | % | 6左右 | 预期性 | 县发展和改革局 | 力争6.5% |\n"
        "新增规模以上工业企业 | 家 | 25 | 预期性 | 县工业和信息化局 | 力争30家 |\n"
        "高新技术企业数 | 家 | 48 | 预期性 | 县科学技术局 | 2025年为45家 |\n"
    )
    drafted = [(t.value, t.strive) for t in draft_spec(text, year=2026).targets]
    assert drafted == [
        (Decimal("0.06"), False),
        (Decimal("0.065"), True),
        (Decimal("25"), False),
        (Decimal("30"), True),
        (Decimal("48"), False),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("6月底前完成年综合能耗5000吨标准煤以上企业能源在线监测系统接入。", [None]),
        (
            "对年综合能源消费量1000吨标准煤以上的新上项目严格落实节能审查制度,新增节能量2万吨标准煤。",
            [Decimal("20000")],
        ),
        ("引进投资1亿元以上项目10个。", [Decimal("10")]),
        ("推动2个以上片区更新项目。", [Decimal("2")]),
    ],
)
def test_a_size_saying_which_bodies_is_no_target_but_a_count_of_them_is(
    text: str, values: list[Decimal | None]
) -> None:
    assert [t.value for t in draft_spec("某县2026年工作方案\n1." + text + "\n", year=2026).targets] == values


def test_a_units_cell_labelled_by_role_on_the_next_line_adds_the_helpers() -> None:
    """重点任务及目标 | 责任单位 / 1.… | 牵头:县发改局 | / | 配合:县统计局、… |: the line below holds the helpers."""
    text = (
        "某县2026年重点任务清单\n\n重点任务及目标 | 责任单位 |\n"
        "1.地区生产总值增长6%左右。 | 牵头：县发展和改革局 |\n | 配合：县统计局、县工业和信息化局 |\n"
        "2.一般公共预算收入增长4.5%。 | 牵头：县财政局 |\n | 配合：县税务局 |\n"
    )
    assert _units(text) == [
        ("地区生产总值增长6%左右", ("县发展和改革局",), ("县统计局", "县工业和信息化局")),
        ("一般公共预算收入增长4.5%", ("县财政局",), ("县税务局",)),
    ]


def test_units_said_to_be_the_same_as_above_are_those_above() -> None:
    """（责任单位：同上）: the statement before answers again; 同上 is no unit."""
    text = (
        "某区2026年政府工作报告重点任务分解\n一、产业发展\n新认定高新技术企业30家（责任单位：区工信局，区科技局）。"
        "新增国家级专精特新“小巨人”企业2家（责任单位：同上）。\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [(("区工信局", "区科技局"), ())] * 2


@pytest.mark.parametrize("rise", ["较上年提高2件", "比上年增加3个"])
def test_a_rise_from_last_years_level_by_a_count_is_relative(rise: str) -> None:
    ((_, kind, _),) = _kinds(f"某区2026年任务\n1.每万人口发明专利拥有量{rise}。\n")
    assert kind == "relative"


def test_a_rise_from_last_year_by_a_rate_is_growth() -> None:
    ((_, kind, _),) = _kinds("某区2026年任务\n1.工业投资较上年增长10%。\n")
    assert kind == "growth-rate"


def test_the_plans_own_completion_in_any_order_is_no_milestone() -> None:
    assert _quotes("某区2026年任务\n1.新增学位300个。\n\n确保各项目标任务12月底前全面完成。\n") == ["新增学位300个"]


# --- a third review's cases ----------------------------------------------------------------------------


def test_a_row_carried_over_from_last_year_is_a_target() -> None:
    text = "某县2026年主要指标\n\n指标 | 单位 | 目标 |\n2025年结转项目完成投资 | 亿元 | 20 |\n2025年实际完成值 | 亿元 | 18 |\n"
    assert [quote.split(" | ")[0] for quote in _quotes(text)] == ["2025年结转项目完成投资"]


def test_a_dated_step_in_a_plans_body_is_no_page_stamp() -> None:
    text = (
        "农村公路建设\n2025年,全县新建农村公路100公里,改造危桥20座。今年要确保全部完工。\n二、进度安排\n"
        "2026-01-31 完成竣工验收\n"
    )
    quotes = [target.quote for target in draft_spec(text).targets]
    assert "全县新建农村公路100公里" in quotes


@pytest.mark.parametrize("amount", ["争取专项债券资金20亿元以上用于项目建设", "新增贷款100亿元以上支持企业发展"])
def test_an_amount_before_what_it_is_for_is_a_target(amount: str) -> None:
    assert len(_quotes(f"某县2026年工作方案\n1.{amount}。\n")) == 1


@pytest.mark.parametrize(
    "milestone", ["年底前 建成 污水处理厂", "年底前完成景区讲解解说", "城东污水处理厂各项任务年底前完成"]
)
def test_milestones_beside_the_tag_source_and_completion_rules_stay(milestone: str) -> None:
    assert len(_quotes(f"某县2026年工作方案\n1.{milestone}。\n")) == 1


def test_helpers_said_to_be_the_same_as_above_with_nothing_above_are_none() -> None:
    text = "某区2026年任务\n1.新认定高新技术企业30家（牵头单位：区科技局；配合单位：同上）。\n"
    assert _units(text) == [("新认定高新技术企业30家", ("区科技局",), ())]


@pytest.mark.parametrize("title", ["实施2026年教育提质工程", "实施“5G+智慧教育”工程"])
def test_a_project_title_with_a_year_or_quoted_name_still_heads_its_parts(title: str) -> None:
    text = (
        f"某市2026年民生实事项目\n\n实事一：{title}（牵头单位：市教育局；协办单位：市财政局）\n"
        "（1）新增公办学位6000个。\n（2）培训乡村教师1200人次。\n"
    )
    assert [(quote, lead) for quote, lead, _ in _units(text)] == [
        ("新增公办学位6000个", ("市教育局",)),
        ("培训乡村教师1200人次", ("市教育局",)),
    ]


def test_a_remark_restating_the_rows_figure_or_giving_a_date_adds_no_target() -> None:
    text = (
        "某县2026年主要指标\n\n指标 | 单位 | 2026年目标 | 责任单位 | 备注 |\n"
        "改造农村危房 | 户 | 5000 | 县住建局 | 力争5000户以上 |\n建成城东污水处理厂 | — | 建成 | 县住建局 | 力争6月底前建成 |\n"
    )
    assert [t.strive for t in draft_spec(text, year=2026).targets].count(True) == 0


# --- sets 514-516 -------------------------------------------------------------------------------------

_VILLAGES = (
    "某镇2026年度村(社区)目标管理责任书\n乙方各村(社区)对下表中本村(社区)所在行列明的指标负直接责任。\n\n"
    "村(社区) | 村集体经济经营性收入(万元) | 新增农村户用卫生厕所改造(户) | 城乡居民医保参保率(%,不低于) |\n"
    "桃坪村 | 26 | 35 | 97 |\n石门村 | 18.5 | 42 | 96 |\n\n"
    "注:1.村集体经济经营性收入以年报数据为准,由镇农业农村服务中心、镇经管站负责业务指导和审核;"
    "2.户用卫生厕所改造由镇乡村振兴办负责技术指导、质量验收和资金拨付;3.城乡居民医保参保率由镇社会事务办负责宣传发动。\n"
)


def test_a_columns_header_bound_applies_to_its_bare_figures() -> None:
    """参保率(%,不低于) | 97: at least 97%, the header's comparator on the cell's bare figure."""
    rates = [(t.value, t.comparator) for t in draft_spec(_VILLAGES, year=2026).targets if t.unit == "%"]
    assert rates == [(Decimal("0.97"), ">="), (Decimal("0.96"), ">=")]


def test_a_note_naming_offices_that_guide_a_column_gives_them_as_each_places_helpers() -> None:
    """由镇经管站负责业务指导和审核: each village still answers for its own figure; the offices help with the
    column the note names (by the end of the header's name too: 户用卫生厕所改造 under 新增农村户用卫生厕所改造)."""
    drafted = [(t.lead, t.support) for t in draft_spec(_VILLAGES, year=2026).targets]
    assert drafted[:3] == [
        (("桃坪村",), ("镇农业农村服务中心", "镇经管站")),
        (("桃坪村",), ("镇乡村振兴办",)),
        (("桃坪村",), ("镇社会事务办",)),
    ]


def test_a_note_whose_offices_carry_the_work_out_gives_them_the_lead() -> None:
    text = (
        "某县2026年乡镇生态目标\n\n乡镇 | 新造林面积(亩) |\n城关镇 | 600 |\n白石镇 | 1500 |\n\n"
        "注:1.新造林面积由县林业局负责组织实施和检查验收,县财政局负责资金保障。\n"
    )
    assert {(t.lead, t.support) for t in draft_spec(text, year=2026).targets} == {(("县林业局",), ("县财政局",))}


@pytest.mark.parametrize(
    "cut",
    [
        "年均浓度在2015年70微克/立方米的基础上降低25%",
        "年均浓度与2015年相比降低25%",
    ],
)
def test_a_cut_from_a_base_years_level_said_at_length_is_relative(cut: str) -> None:
    (target,) = draft_spec(f"某市2018年大气污染防治方案\n1.{cut}。\n", year=2018).targets
    assert target.kind == "relative"


# --- a fourth review's cases ---------------------------------------------------------------------------

_TOWNS = "某县2026年目标\n\n乡镇 | 新造林面积(亩) |\n城关镇 | 600 |\n白石镇 | 1500 |\n"


@pytest.mark.parametrize(
    ("note", "lead", "support"),
    [
        ("注:1.新造林面积由县林业局负总责,县农业农村局负责技术指导。", ("县林业局",), ("县农业农村局",)),
        ("注:1.新造林面积由县林业局牵头,苗木供应由县国有林场负责。", ("县林业局",), ("县国有林场",)),
    ],
)
def test_a_notes_lead_stays_the_lead_beside_offices_that_guide_or_a_clause_of_no_column(
    note: str, lead: tuple[str, ...], support: tuple[str, ...]
) -> None:
    drafted = {(t.lead, t.support) for t in draft_spec(_TOWNS + "\n" + note + "\n", year=2026).targets}
    assert drafted == {(lead, support)}


def test_the_whole_row_under_a_note_of_guiding_offices_is_theirs() -> None:
    text = _TOWNS + "全县 | 2100 |\n\n注:1.新造林面积由县林业局负责业务指导和考核。\n"
    drafted = {t.quote.split(" | ")[0]: (t.lead, t.support) for t in draft_spec(text, year=2026).targets}
    assert drafted["城关镇"] == (("城关镇",), ("县林业局",))
    assert drafted["全县"] == (("县林业局",), ())


def test_rows_of_kinds_of_village_keep_their_own_units_under_a_note() -> None:
    text = (
        "某县2026年创建目标\n\n创建类别 | 2026年目标(个) | 责任单位 |\n美丽乡村示范村 | 10 | 县农业农村局 |\n"
        "文明村 | 5 | 县文明办 |\n\n注:1.2026年目标由县乡村振兴局负责组织实施。\n"
    )
    assert [t.lead for t in draft_spec(text, year=2026).targets] == [("县农业农村局",), ("县文明办",)]


def test_a_headers_ceiling_bound_makes_the_figure_a_ceiling() -> None:
    text = "某县2026年目标\n\n乡镇 | 能耗增速(%,以内) |\n城关镇 | 3 |\n"
    ((_, kind, comparator),) = _kinds(text)
    assert (kind, comparator) == ("ceiling", "<=")


@pytest.mark.parametrize("cut", ["与2025年同期相比降低3%", "与2025年相比分别降低3%"])
def test_more_cuts_against_a_base_year_said_at_length_are_relative(cut: str) -> None:
    (target,) = draft_spec(f"某市2026年方案\n1.单位地区生产总值能耗{cut}。\n", year=2026).targets
    assert target.kind == "relative"
