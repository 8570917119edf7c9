"""Shapes of plans the twenty-ninth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planengine.draft import draft_spec
from planengine.draft.barsep import wrapped_bar_rows
from planengine.draft.numbers import find_quantities, listed_numbers


def _units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


_OFFICE_SECTIONS = (
    "某街道2026年工作计划\n一、各科室重点工作\n（一）党政办公室\n1.全年组织理论学习不少于12次。\n"
    "（二）社区服务中心\n1.新建社区养老服务站2个。\n二、工作要求\n{closing}\n"
)


@pytest.mark.parametrize(
    ("closing", "helpers"),
    [
        ("以上各项工作由相应科室牵头，各社区按职责配合。", ("各社区",)),
        ("上述任务由各责任科室负责落实，各村（社区）积极配合。", ("各村（社区）",)),
        ("以上工作由相关科室牵头，各社区、辖区各单位协同配合。", ("各社区", "辖区各单位")),
    ],
)
def test_a_closing_sentence_gives_helpers_to_every_section_above(closing: str, helpers: tuple[str, ...]) -> None:
    """以上各项工作由相应科室牵头,各社区按职责配合: each section's office still leads its work; the
    helpers named help with all of it."""
    assert _units(_OFFICE_SECTIONS.format(closing=closing)) == [
        ("全年组织理论学习不少于12次", ("党政办公室",), helpers),
        ("新建社区养老服务站2个", ("社区服务中心",), helpers),
    ]


@pytest.mark.parametrize(
    "closing",
    ["请各科室于每月25日前报送进展，各社区做好配合。", "以上各项工作由街道党政办公室统筹，各社区按职责配合。"],
)
def test_a_closing_sentence_not_giving_the_work_to_each_section_adds_no_helpers(closing: str) -> None:
    """A request to report, or one office coordinating the whole: neither gives the work above to each
    section's own office, so neither names helpers of it."""
    drafted = _units(_OFFICE_SECTIONS.format(closing=closing))
    assert [support for _, _, support in drafted] == [(), ()]


def test_work_after_the_closing_sentence_gets_no_helpers_from_it() -> None:
    """以上: the helpers help with the work above the sentence, not with work named after it."""
    text = _OFFICE_SECTIONS.format(closing="以上各项工作由相应科室牵头，各社区按职责配合。") + (
        "三、其他工作\n（一）财政所\n1.完成税收收入6亿元。\n（二）农业站\n1.新建高标准农田500亩。\n"
    )
    drafted = _units(text)
    assert [support for _, _, support in drafted[:2]] == [("各社区",)] * 2
    assert [support for _, _, support in drafted[2:]] == [(), ()]


_BY_NUMBER = (
    "某市2026年目标任务分解方案\n一、主要目标\n1.地区生产总值增长5.5%左右。\n2.规模以上工业增加值增长7%以上。\n"
    "3.固定资产投资增长6%。\n二、责任分工\n{duties}\n"
)


@pytest.mark.parametrize(
    "duties",
    [
        "第1、3项：市发展改革委牵头，市统计局配合。\n第2项：市工业和信息化局牵头。",
        "第1、3项:市发展改革委牵头,市统计局配合;第2项:市工业和信息化局负责。",
        "第1、3项由市发展改革委牵头，市统计局配合；第2项由市工业和信息化局牵头。",
    ],
)
def test_items_given_units_by_number_after_a_colon_read_as_after_by(duties: str) -> None:
    """第1、3项:X牵头,Y配合 says what 第1、3项由X牵头,Y配合 says: each numbered item takes those units."""
    assert _units(_BY_NUMBER.format(duties=duties)) == [
        ("地区生产总值增长5.5%左右", ("市发展改革委",), ("市统计局",)),
        ("规模以上工业增加值增长7%以上", ("市工业和信息化局",), ()),
        ("固定资产投资增长6%", ("市发展改革委",), ("市统计局",)),
    ]


def test_an_item_number_before_a_colon_with_no_unit_leading_gives_no_units() -> None:
    """第2项:全年完成… is an item's content cited by number, not a statement of who answers."""
    drafted = _units(_BY_NUMBER.format(duties="第1、3项：加强统计监测。\n第2项：做好分析研判。"))
    assert [(lead, support) for _, lead, support in drafted] == [((), ())] * 3


_ITEMS = "某县2026年重点工作任务\n一、经济发展\n1.全年地区生产总值增长6%以上。{units}\n2.全年完成固定资产投资50亿元。{units}\n"


@pytest.mark.parametrize(
    "units",
    [
        "（县发改局领办，县统计局协办）",
        "（县发改局主导，县统计局配合）",
        "（县发改局负责，县统计局协同）",
        "（县发改局负责，县统计局配合）",
    ],
)
def test_other_words_for_leading_and_helping_read_as_lead_and_helper(units: str) -> None:
    """X领办, X主导 lead as X牵头 does; X负责,Y协同 as X负责,Y配合: the first leads, the other helps."""
    drafted = _units(_ITEMS.format(units=units))
    assert [(lead, support) for _, lead, support in drafted] == [(("县发改局",), ("县统计局",))] * 2


def test_government_leading_as_a_manner_of_work_names_no_unit() -> None:
    """坚持政府主导,社会参与: how the work is done, not who answers for it."""
    text = "某县2026年重点工作任务\n一、养老服务\n坚持政府主导，社会参与。全年新增养老床位300张。\n"
    assert [(lead, support) for _, lead, support in _units(text)] == [((), ())]


_OFFICES_AT_THE_TOP = (
    "某街道办事处2026年工作计划\n{intro}\n一、党政办公室\n1.全年组织理论学习不少于12次。\n"
    "二、经济发展办公室\n1.新增“四上”企业8家。\n三、党群工作办公室\n1.新增注册志愿者500人。\n{closing}\n"
)


@pytest.mark.parametrize(
    ("intro", "closing"),
    [
        ("现按内设机构将全年主要工作安排如下。", "各科室要按季度报送进展。"),
        ("全年主要工作安排如下。", "以上各项工作由相应科室牵头，各社区按职责配合。"),
    ],
)
def test_office_sections_at_the_top_lead_their_items(intro: str, closing: str) -> None:
    """一、党政办公室 / 二、经济发展办公室 … at the top of the plan, said to be its offices' own by the words
    before them (按内设机构) or by a closing sentence (由相应科室牵头): each office leads its section's items;
    the closing sentence, in the last section's text, is no statement of that section's units."""
    helpers = ("各社区",) if "配合" in closing else ()
    assert _units(_OFFICES_AT_THE_TOP.format(intro=intro, closing=closing)) == [
        ("全年组织理论学习不少于12次", ("党政办公室",), helpers),
        ("新增“四上”企业8家", ("经济发展办公室",), helpers),
        ("新增注册志愿者500人", ("党群工作办公室",), helpers),
    ]


def test_sections_named_like_offices_with_nothing_saying_so_lead_nothing() -> None:
    """The same headings with no words saying they are offices: topics, no units."""
    drafted = _units(_OFFICES_AT_THE_TOP.format(intro="全年主要工作安排如下。", closing="各方要按季度报送进展。"))
    assert [(lead, support) for _, lead, support in drafted] == [((), ())] * 3


_REFORMS = (
    "某县2026年重点改革任务\n1.深化投资审批改革。全流程审批时间压缩至45个工作日以内。\n"
    "2.深化财政改革。一般性支出压减不低于5%。\n3.深化国企改革。国有企业营业收入增长10%。\n"
    "4.深化医疗改革。县域就诊率达到90%。\n5.深化教育改革。新增学位1200个。\n{duties}\n"
)


def test_items_by_number_in_one_sentence_share_its_closing_helpers_and_lead_respectively() -> None:
    """第1、3项由A牵头,第2项由B牵头,第4、5项分别由C、D牵头,E配合。: one sentence; E helps with every
    item it names, and C, D lead items 4 and 5 in turn."""
    duties = "第1、3项由县发改局牵头，第2项由县财政局牵头，第4、5项分别由县卫生健康局、县教育局牵头，县直有关部门配合。"
    assert [(lead, support) for _, lead, support in _units(_REFORMS.format(duties=duties))] == [
        (("县发改局",), ("县直有关部门",)),
        (("县财政局",), ("县直有关部门",)),
        (("县发改局",), ("县直有关部门",)),
        (("县卫生健康局",), ("县直有关部门",)),
        (("县教育局",), ("县直有关部门",)),
    ]


def test_items_by_number_in_sentences_of_their_own_keep_their_own_helpers() -> None:
    """第1、3项由A牵头。第2、4、5项由B共同牵头,C配合。: the helpers close the second sentence only."""
    duties = "第1、3项由县发改局牵头。第2、4、5项由县财政局、县人社局共同牵头，县统计局配合。"
    assert [(lead, support) for _, lead, support in _units(_REFORMS.format(duties=duties))] == [
        (("县发改局",), ()),
        (("县财政局", "县人社局"), ("县统计局",)),
        (("县发改局",), ()),
        (("县财政局", "县人社局"), ("县统计局",)),
        (("县财政局", "县人社局"), ("县统计局",)),
    ]


_UNOPENED_TABLE = (
    "某市2026年民生实事任务分解表\n序号 | 项目名称 | 年度目标 | 牵头单位 | 责任单位 |\n"
    "1 | 学前教育扩容 | 新增公办学前学位1080个;6月底前完成3所\n改扩建幼儿园主体工程 | 市教育局 | 市发改委、市财政局,\n"
    "各区人民政府 |\n2 | 托育服务 | 新增普惠性\n托位600个以上 | 市卫生健康委 | 市妇联 |\n"
)


def test_a_table_whose_rows_run_over_lines_with_no_opening_bar_keeps_each_row_whole() -> None:
    """序号 | … | 责任单位 | with rows 1 | … broken over lines: each row's units answer for its targets,
    the helpers' cell whole across its line end."""
    drafted = _units(_UNOPENED_TABLE)
    assert [(lead, support) for _, lead, support in drafted] == [
        (("市教育局",), ("市发改委", "市财政局", "各区人民政府")),
        (("市教育局",), ("市发改委", "市财政局", "各区人民政府")),
        (("市卫生健康委",), ("市妇联",)),
    ]
    assert [quote for quote, _, _ in drafted] == [
        "新增公办学前学位1080个",
        "6月底前完成3所\n改扩建幼儿园主体工程",
        "新增普惠性\n托位600个以上",
    ]


def test_a_pages_fields_closed_by_bars_are_no_table_to_join() -> None:
    """索引号: | … | 组配分类: | … | over a report, and a table's header cut one cell a line: no row to
    join, the lines stay as they are; a numbered table's broken rows are joined, line ends as blanks."""
    fields = "索引号: | 1134/202507-00011 | 组配分类: | 重点工作进展 |\n废止日期: |\n今年以来,各项工作进展顺利。\n序号 |\n重点工作任务 |\n牵头单位 |\n"
    assert wrapped_bar_rows(fields) == fields
    joined = wrapped_bar_rows(_UNOPENED_TABLE)
    assert joined.splitlines()[2:] == [
        "1 | 学前教育扩容 | 新增公办学前学位1080个;6月底前完成3所 改扩建幼儿园主体工程 | 市教育局 | 市发改委、市财政局, 各区人民政府 |",
        "2 | 托育服务 | 新增普惠性 托位600个以上 | 市卫生健康委 | 市妇联 |",
    ]


def test_a_units_line_with_its_helpers_line_under_it_answers_for_its_items() -> None:
    """县交通运输局: / 1.… / 县发展和改革局: / (配合单位:县交通运输局、县商务局) / 2.…: the helpers' line under
    a unit's line names the helpers of that unit's items, not of the item before it."""
    text = (
        "某县2026年重点项目季度目标\n一、交通物流项目\n县交通运输局:\n1.旅游公路项目。全年完成投资2.2亿元。\n"
        "县发展和改革局:\n(配合单位:县交通运输局、县商务局)\n2.物流园项目。全年完成投资4.2亿元。\n"
        "二、水利项目\n县水利局:\n3.灌区改造项目。全年完成投资3.5亿元。\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("县交通运输局",), ()),
        (("县发展和改革局",), ("县交通运输局", "县商务局")),
        (("县水利局",), ()),
    ]


@pytest.mark.parametrize("programme", ["实施创新主体倍增提质工程", "深入实施“双倍增”行动计划", "推进企业倍增专项行动"])
def test_a_multiple_naming_a_programme_is_no_target(programme: str) -> None:
    """倍增 in a programme's name (倍增提质工程, “双倍增”行动计划) sets no multiple of a base."""
    text = f"某县2026年科技工作要点\n一、主要任务\n1.{programme}，新增高新技术企业30家。\n"
    assert [(t.quote, t.kind) for t in draft_spec(text, year=2026).targets] == [("新增高新技术企业30家", "count")]


def test_a_multiple_of_a_base_is_still_a_target() -> None:
    """规上工业产值实现倍增: the multiple is the target."""
    text = "某县2026年工业工作要点\n一、主要目标\n1.到2026年，规上工业产值实现倍增。\n"
    assert [t.kind for t in draft_spec(text, year=2026).targets] == ["relative"]


@pytest.mark.parametrize("clause", ["按照国家要求完成节能减排降碳任务", "根据省部署完成减排任务"])
def test_a_task_a_higher_level_requires_done_is_a_relative_target(clause: str) -> None:
    """按照国家要求完成…任务: the task a higher level sets, done (relative, no figure); 按照… opens no
    context here, for what follows it is what is done."""
    text = f"某省2026年主要预期目标\n今年主要预期目标是:地区生产总值增长5%左右;{clause}。\n"
    drafted = draft_spec(text, year=2026).targets
    assert [(t.quote, t.kind) for t in drafted][1:] == [(clause, "relative")]


def test_a_requirement_followed_by_work_is_still_context() -> None:
    """按照国家要求,加快建设…: the requirement sets the scene; no target is read from it."""
    text = "某省2026年主要预期目标\n今年主要预期目标是:地区生产总值增长5%左右;按照国家要求，加快建设现代化产业体系。\n"
    assert [t.quote for t in draft_spec(text, year=2026).targets] == ["地区生产总值增长5%左右"]


_FACILITIES = (
    "某县2026年工作计划\n一、污水处理设施\n（一）城北污水处理站\n1.新增处理能力2万吨。\n（二）城南污水处理站\n"
    "1.新增处理能力3万吨。\n二、保障措施\n{closing}\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "以上各项工作由相关部门负责，确保按期完成。",
        "以上工作由各责任单位负责落实。",
        "各科室要加强协调，确保按期完成。",
    ],
)
def test_facility_headings_stay_topics_whatever_a_generic_closing_says(closing: str) -> None:
    """(一)城北污水处理站 / (二)城南污水处理站 closed by 由相关部门负责 or 由各责任单位负责: departments and
    units are no sections' offices, so the facilities lead nothing."""
    drafted = _units(_FACILITIES.format(closing=closing))
    assert len(drafted) == 2
    assert not any(name.endswith("污水处理站") for _, lead, _ in drafted for name in lead)


def test_a_mention_of_offices_before_facility_headings_does_not_make_them_offices() -> None:
    """各科室要加强协调 over (一)城北污水处理站 …: no arrangement by office, only a request."""
    text = (
        "某县2026年工作计划\n一、污水处理设施建设\n各科室要加强协调，确保按期完成。\n（一）城北污水处理站\n"
        "1.新增处理能力2万吨。\n（二）城南污水处理站\n1.新增处理能力3万吨。\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [(), ()]


def test_each_closing_sentence_helps_only_with_the_work_since_the_one_before() -> None:
    """Two chapters each closed by 以上各项工作由相应科室牵头,X配合: each chapter's helpers, not both."""
    text = (
        "某镇2026年工作计划\n一、社会事务\n1.新建养老服务站2个（民政办牵头）。\n以上各项工作由相应科室牵头，各社区配合。\n"
        "二、农业农村\n1.新建农田500亩（农业站牵头）。\n以上各项工作由相应科室牵头，各村配合。\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("民政办",), ("各社区",)),
        (("农业站",), ("各村",)),
    ]


@pytest.mark.parametrize(
    "closing", ["以上各项工作由相应科室牵头，其他科室协同配合。", "以上各项工作由相关科室牵头，各部门要密切配合。"]
)
def test_offices_said_again_after_a_closing_sentence_are_no_helpers(closing: str) -> None:
    """其他科室协同配合, 各部门要密切配合: the offices working together, no helper named."""
    drafted = _units(_OFFICE_SECTIONS.format(closing=closing))
    assert [(lead, support) for _, lead, support in drafted] == [(("党政办公室",), ()), (("社区服务中心",), ())]


def test_a_closing_sentence_inside_the_last_items_brackets_names_no_lead() -> None:
    """…(以上工作由相应科室负责,城管中队配合)。 closing the last item: its section's office leads it."""
    text = (
        "某街道2026年工作计划\n一、各科室重点工作\n（一）党政办公室\n1.全年组织理论学习不少于12次。\n"
        "（二）综合执法队\n1.拆除违法建设2万平方米（以上工作由相应科室负责，城管中队配合）。\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("党政办公室",), ("城管中队",)),
        (("综合执法队",), ("城管中队",)),
    ]


@pytest.mark.parametrize(
    "units",
    ["（县科技局负责，强化部门协同）", "（县科技局负责，加强协同）"],
)
def test_working_together_after_who_answers_names_no_helper(units: str) -> None:
    """(县科技局负责,强化部门协同): a manner of work after 负责, no unit helping; 负责 alone names no lead."""
    drafted = _units(_ITEMS.format(units=units))
    assert all("强化部门" not in support and "加强" not in support for _, _, support in drafted)


def test_items_by_number_with_colons_lead_respectively() -> None:
    """第1、3项分别由A、B牵头;第2项由C牵头。 in a duty section: A leads item 1, B item 3."""
    duties = "第1、3项分别由市发展改革委、市统计局牵头；第2项由市工信局牵头。"
    assert [(lead, support) for _, lead, support in _units(_BY_NUMBER.format(duties=duties))] == [
        (("市发展改革委",), ()),
        (("市工信局",), ()),
        (("市统计局",), ()),
    ]


def test_a_named_helper_closing_a_run_of_items_by_number_helps_its_own_item_only() -> None:
    """第1、3项由A牵头,第2项由B牵头,县税务局配合。: a unit named helps with its own statement's items."""
    duties = "第1、3、5项由县发改局牵头，第2、4项由县财政局牵头，县税务局配合。"
    drafted = _units(_REFORMS.format(duties=duties))
    assert [support for _, _, support in drafted] == [(), ("县税务局",), (), ("县税务局",), ()]


_REPORT_WITH_DUTIES = (
    "政府工作报告\n一、2026年主要目标和重点工作\n今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，"
    "城镇新增就业5万人。\n（一）推进制造业倍增。全年实施技改项目300个以上。\n（二）扩大有效投资。完成年度投资800亿元。\n"
    "附件\n重点任务分工\n1.实现主要预期目标。牵头单位：市发改委；责任单位：市统计局。\n"
    "2.推进制造业倍增。牵头单位：市工信局；责任单位：市科技局。\n3.扩大有效投资。牵头单位：市发改委；责任单位：市财政局。\n"
)


def test_a_duty_list_naming_the_body_s_headings_and_goals_gives_them_its_units() -> None:
    """2.推进制造业倍增。牵头单位:市工信局;… after (一)推进制造业倍增。…: the heading so titled takes the units;
    1.实现主要预期目标。… answers for the paragraph stating 主要预期目标是:…; 推进制造业倍增 is the work's
    title, no multiple to reach."""
    assert _units(_REPORT_WITH_DUTIES) == [
        ("地区生产总值增长5.5%左右", ("市发改委",), ("市统计局",)),
        ("城镇新增就业5万人", ("市发改委",), ("市统计局",)),
        ("全年实施技改项目300个以上", ("市工信局",), ("市科技局",)),
        ("完成年度投资800亿元", ("市发改委",), ("市财政局",)),
    ]


def test_readings_printed_without_tones_are_left_out_of_the_text_read() -> None:
    """高(gao)于, 宁夏(xia), 产值(zhi): a page printing toneless pinyin after characters reads as without it,
    quotes still taken from the page as written."""
    text = (
        "宁夏(xia)提出到2027年主要目标。\n农村居民收入增长高(gao)于城镇居民，脱贫群众收入增长高(gao)于农村居民，"
        "地区生产总值(zhi)年均增长6%。\n"
    )
    drafted = draft_spec(text, year=2027).targets
    assert [(t.quote, t.kind, t.comparator) for t in drafted] == [
        ("农村居民收入增长高(gao)于城镇居民", "relative", ">"),
        ("脱贫群众收入增长高(gao)于农村居民", "relative", ">"),
        ("地区生产总值(zhi)年均增长6%", "growth-rate", "="),
    ]


@pytest.mark.parametrize("bracket", ["(app)", "(AED)", "(cpu)"])
def test_latin_words_in_brackets_are_no_readings(bracket: str) -> None:
    """(app), (AED): words in Latin letters, not one pinyin syllable: they stay in the text."""
    from planengine.draft.annotations import without_readings

    text = f"推广政务服务{bracket}，建设站点{bracket}，配置设备{bracket}。"
    assert without_readings(text) is None


def test_a_lost_character_after_a_figure_is_no_question() -> None:
    """…森林覆盖率超过7.5%?!编嚑柶秸f。: a ? right after a figure with more run on after it is a character
    the page's encoding lost; the sentence states its targets. A ? ending the line still asks."""
    lost = "青海每年将完成400万亩以上植树造林任务,森林覆盖率超过7.5%?!编嚑柶秸f。\n"
    asked = "今年全省地区生产总值能否增长6%?\n"
    assert [t.quote for t in draft_spec(lost, year=2018).targets] == [
        "青海每年将完成400万亩以上植树造林任务",
        "森林覆盖率超过7.5%",
    ]
    assert not draft_spec(asked, year=2018).targets


@given(
    n=st.integers(min_value=1, max_value=999),
    more=st.sampled_from(["多", "余"]),
    scale=st.sampled_from([("万", 10_000), ("亿", 100_000_000)]),
    unit=st.sampled_from(["吨", "人次", "元", "亩"]),
)
def test_more_before_the_scale_reads_as_more_after_it(n: int, more: str, scale: tuple[str, int], unit: str) -> None:
    """40多万吨 and 40万多吨, 100余万人次: the same number, scaled, with more than it said."""
    for written in (f"{n}{more}{scale[0]}{unit}", f"{n}{scale[0]}{more}{unit}"):
        (quantity,) = find_quantities(written)
        assert quantity.low == n * scale[1]
        assert (quantity.scale, quantity.more, quantity.unit) == (scale[0], True, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "团结带领全县50万人民群众奋力拼搏",
        "不辜负全市400万人民的期盼",
        "肩负400多万张家口人民的重托",
        "全区60万居民齐心协力",
    ],
)
def test_a_places_people_counted_are_no_target(sentence: str) -> None:
    """全县50万人民群众, 400多万张家口人民, 全区60万居民: the place's population, said in passing (work reaching
    them, 为全县20万群众免费体检, counts whom it reaches: a target)."""
    assert not draft_spec(f"某市2026年工作要点\n一、总体要求\n{sentence}。\n", year=2026).targets


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("旅游总收入突破850亿元人民币", 85_000_000_000),
        ("惠及群众3万人", 30_000),
        ("新增就业岗位1万个", 10_000),
        ("为全县20万群众免费体检", 200_000),
        ("覆盖全县30万群众", 300_000),
        ("新增全市1万人民教师", 10_000),
    ],
)
def test_money_and_people_reached_are_still_targets(sentence: str, value: int) -> None:
    """850亿元人民币 is money; 惠及群众3万人 counts whom the work reaches: targets as before."""
    (target,) = draft_spec(f"某市2026年工作要点\n一、主要目标\n{sentence}。\n", year=2026).targets
    assert target.value == value


@pytest.mark.parametrize(("clause", "top"), [("全国千强镇排名突破400强", 400), ("全省百强企业排名提升至50强", 50)])
def test_a_ranking_risen_into_the_strongest_n_is_a_ceiling_on_the_rank(clause: str, top: int) -> None:
    """排名突破400强: the rank is to be 400 or better, a ceiling, as 进入前20位 is."""
    (target,) = draft_spec(f"某镇2025年工作目标\n一、主要目标\n{clause}。\n", year=2025).targets
    assert (target.kind, target.comparator, target.value) == ("ceiling", "<=", Decimal(top))


_YEARS_TABLE = (
    "某市全民健身实施计划(2021—2025年)\n主要指标目标表\n序号 | 主要指标 | 2022年 | 2025年 |\n"
    "1 | 经常参加体育锻炼人数比例(%) | ≥39 | ≥40 |\n2 | 体育公园(个) | 1 | 2 |\n"
)


def test_a_table_of_years_measured_in_its_indicators_names_gives_each_years_targets() -> None:
    """序号 | 主要指标 | 2022年 | 2025年 under a plan for 2021—2025, the measure in the name's brackets
    (…比例(%), 体育公园(个)): a column a year of the plan, each year's figure a stage's target."""
    drafted = [(t.kind, t.comparator, t.value) for t in draft_spec(_YEARS_TABLE, year=2022).targets]
    assert drafted == [
        ("ratio", ">=", Decimal("0.39")),
        ("ratio", ">=", Decimal("0.40")),
        ("count", "=", Decimal(1)),
        ("count", "=", Decimal(2)),
    ]


def test_a_table_of_years_with_its_bars_on_lines_of_their_own_reads_alike() -> None:
    """序号 / | / 主要指标 / | / 2022年 / | / 2025年 / | / 1 / | / …: each cell over its bar, the same table."""
    lines = _YEARS_TABLE.splitlines()
    cells = [cell.strip() for line in lines[2:] for cell in line.split("|") if cell.strip()]
    laid = "\n".join(lines[:2]) + "\n" + "".join(f"{cell}\n|\n" for cell in cells)
    assert [t.value for t in draft_spec(laid, year=2022).targets] == [
        t.value for t in draft_spec(_YEARS_TABLE, year=2022).targets
    ]


@pytest.mark.parametrize("leader", ["县委常委、副县长 李某某／", "副县长 王某某/", "王某某(副县长)/"])
def test_a_leader_opening_a_lead_cell_before_a_slash_is_left_out(leader: str) -> None:
    """责任领导及牵头单位 | 县委常委、副县长 李某某／县发改局 beside a 配合单位 column: the unit leads, the
    leader in charge is no unit."""
    text = (
        "某县2026年重点项目推进计划\n| 序号 | 项目名称 | 2026年目标 | 责任领导及牵头单位 | 配合单位 |\n| --- | --- | --- | --- | --- |\n"
        f"| 1 | 产业园二期 | 年内完成投资5.2亿元 | {leader}县发改局 | 县住建局、县财政局 |\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [(("县发改局",), ("县住建局", "县财政局"))]


def test_a_unit_named_like_a_leaders_office_before_a_slash_stays() -> None:
    """县长办公室/县发改局: an office, not a person: both stay in the cell."""
    text = (
        "某县2026年重点项目推进计划\n| 序号 | 项目名称 | 2026年目标 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 产业园二期 | 年内完成投资5.2亿元 | 县长办公室/县发改局 | 县财政局 |\n"
    )
    (drafted,) = _units(text)
    assert "县长办公室" in " ".join(drafted[1])


_PARTS_DUTY_TABLE = (
    "某市农业农村局2026年目标责任书\n一、粮食生产\n1.粮食播种面积稳定在120万亩以上。\n2.新建高标准农田12.6万亩。\n"
    "二、产业发展\n1.新增市级龙头企业10家。\n2.农产品加工产值增长8%。\n本责任书目标任务共分两个部分4项。\n"
    "附:科室牵头事项分工表\n| 科室 | 牵头事项 |\n| --- | --- |\n| 种植业管理科 | 第一部分第1项 |\n"
    "| 农田建设管理科 | 第一部分第2项 |\n| 产业发展科 | 第二部分第1-2项 |\n"
)


def test_a_table_of_units_and_the_items_they_lead_by_part_and_number() -> None:
    """| 科室 | 牵头事项 | / | 产业发展科 | 第二部分第1-2项 |: each item numbered so under the part's heading
    (二、) takes the unit as its lead; the sentence counting the document's parts and items is no target."""
    assert _units(_PARTS_DUTY_TABLE) == [
        ("粮食播种面积稳定在120万亩以上", ("种植业管理科",), ()),
        ("新建高标准农田12.6万亩", ("农田建设管理科",), ()),
        ("新增市级龙头企业10家", ("产业发展科",), ()),
        ("农产品加工产值增长8%", ("产业发展科",), ()),
    ]


def test_when_progress_is_reported_to_an_office_is_no_target() -> None:
    """由各牵头科室于每季度结束后5日内报局办公室汇总: when and to whom progress is reported."""
    text = "某市2026年目标责任书\n一、要求\n以上目标完成情况，由各牵头科室于每季度结束后5日内报局办公室汇总。\n"
    assert not draft_spec(text, year=2026).targets


def test_a_directive_after_a_sentence_on_the_year_gone_is_the_plan_again() -> None:
    """（二）…。2025年全镇12个村集体经济收入均超过5万元。各村要…,年内…达到10万元以上: 各村要 speaks in the
    plan's voice again; the sentence on 2025 alone reports."""
    text = (
        "某镇2026年度重点工作计划\n一、重点工作\n（二）壮大村级集体经济。2025年全镇12个村集体经济收入均超过5万元。"
        "各村要盘活闲置资产资源，年内村级集体经济收入全部达到10万元以上，其中收入超过50万元的村不少于3个。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2026).targets] == [
        "年内村级集体经济收入全部达到10万元以上",
        "其中收入超过50万元的村不少于3个",
    ]


def test_a_word_holding_yao_in_a_report_of_the_year_gone_is_no_directive() -> None:
    """始终把…作为首要担当,粮食产量512.7亿斤。: 首要 is no 要 of the plan's voice; the paragraph still reports."""
    text = (
        "某省2023年政府工作报告\n一、过去一年工作回顾\n2022年全省乡村振兴扎实推进。始终把保障粮食安全作为首要担当,"
        "粮食产量512.7亿斤。新建高标准农田296万亩。\n"
    )
    assert not draft_spec(text, year=2023).targets


@pytest.mark.parametrize(
    "closing",
    [
        "以上各项工作由各牵头科室负责落实。",
        "以上各项工作由各办公室负责落实，各社区配合。",
        "以上各项工作由相应科室牵头，各社区按职责配合。",
    ],
)
def test_offices_at_the_top_lead_whatever_words_the_closing_uses_for_them(closing: str) -> None:
    """由各牵头科室负责, 由各办公室负责: each section's office, as 由相应科室牵头; the last office keeps its items."""
    drafted = _units(_OFFICES_AT_THE_TOP.format(intro="全年主要工作安排如下。", closing=closing))
    assert [lead for _, lead, _ in drafted] == [("党政办公室",), ("经济发展办公室",), ("党群工作办公室",)]


def test_a_closing_in_the_part_after_the_offices_sections_still_says_they_are_offices() -> None:
    """一、重点工作 / (一)党政办公室 … / 二、工作要求 / 以上各项工作由相应科室牵头,…: the closing sentence stands in
    the next part; it still speaks of the sections above."""
    text = (
        "某街道2026年工作计划\n一、重点工作\n（一）党政办公室\n1.全年组织理论学习不少于12次。\n（二）社区服务中心\n"
        "1.新建社区养老服务站2个。\n二、工作要求\n以上各项工作由相应科室牵头，各社区按职责配合。\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("党政办公室",), ("各社区",)),
        (("社区服务中心",), ("各社区",)),
    ]


@pytest.mark.parametrize(
    "intro", ["按照各科室职责分工，现将全年工作安排如下。", "根据科室设置，现将全年工作安排如下。"]
)
def test_words_arranging_the_work_by_office_say_the_headings_are_offices(intro: str) -> None:
    drafted = _units(_OFFICES_AT_THE_TOP.format(intro=intro, closing="各科室要按季度报送进展。"))
    assert [lead for _, lead, _ in drafted] == [("党政办公室",), ("经济发展办公室",), ("党群工作办公室",)]


def test_helpers_closing_with_units_in_general_still_help() -> None:
    """(民政办牵头)…以上工作由相关部门负责,各村配合。: the items keep their leads, the villages help."""
    text = "某镇2026年工作计划\n一、社会事务\n1.新建养老服务站2个（民政办牵头）。\n以上工作由相关部门负责，各村配合。\n"
    assert [(lead, support) for _, lead, support in _units(text)] == [(("民政办",), ("各村",))]


@pytest.mark.parametrize(
    ("sentence", "value"), [("全年实施规模以上工业技改项目共20项", 20), ("争取省级以上课题共5项", 5)]
)
def test_a_count_of_work_above_a_size_is_no_document_counting_itself(sentence: str, value: int) -> None:
    """规模以上…共20项: 以上 says which projects (above a size), not the items above; the count is a target."""
    (target,) = draft_spec(f"某县2026年工作要点\n一、主要目标\n{sentence}。\n", year=2026).targets
    assert target.value == value


@pytest.mark.parametrize(
    "sentence", ["今年能否实现地区生产总值增长6%？我们充满信心。", "为什么要把增长目标定在6%?主要考虑以下因素。"]
)
def test_a_question_after_a_figure_still_asks(sentence: str) -> None:
    """能否…6%？, 为什么…6%?: a full-width ？, or a word of asking, makes it a question, no target."""
    assert not draft_spec(f"某市2026年政府工作报告解读\n{sentence}\n", year=2026).targets


@pytest.mark.parametrize("clause", ["推进规上工业产值实现倍增", "加快推进全市GDP实现翻番"])
def test_a_multiple_reached_is_a_target_whatever_verb_opens_the_clause(clause: str) -> None:
    (target,) = draft_spec(f"某市2026年工作要点\n一、主要目标\n{clause}。\n", year=2026).targets
    assert target.kind == "relative"


@pytest.mark.parametrize("cell", ["湖州市长兴县/县发改局", "县人大常委会机关/县发改局"])
def test_a_place_or_body_whose_name_holds_a_post_is_no_leader(cell: str) -> None:
    """湖州市长兴县 (市长 inside a place's name), 县人大常委会机关: no post and name parted by a blank: kept."""
    text = (
        "某县2026年重点项目推进计划\n| 序号 | 项目名称 | 2026年目标 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- | --- |\n"
        f"| 1 | 产业园二期 | 年内完成投资5.2亿元 | {cell} | 县财政局 |\n"
    )
    (drafted,) = _units(text)
    assert cell.split("/")[0] in " ".join(drafted[1])


@pytest.mark.parametrize(
    ("units", "helpers"),
    [("（县发改局负责，各乡镇协同）", ("各乡镇",)), ("（县发改局负责，县统计局、各乡镇协同）", ("县统计局", "各乡镇"))],
)
def test_places_and_units_working_with_the_one_answering_help(units: str, helpers: tuple[str, ...]) -> None:
    drafted = _units(_ITEMS.format(units=units))
    assert [(lead, support) for _, lead, support in drafted] == [(("县发改局",), helpers)] * 2


def test_the_goals_duty_answers_only_the_paragraph_stating_the_goals() -> None:
    """主要预期目标是:… then a paragraph of other targets in the same part: only the goals take the duty's units."""
    text = _REPORT_WITH_DUTIES.replace("城镇新增就业5万人。\n", "城镇新增就业5万人。\n全年新建保障性住房3000套。\n")
    drafted = {quote: lead for quote, lead, _ in _units(text)}
    assert drafted["全年新建保障性住房3000套"] != ("市发改委",)


def test_a_kind_of_unit_closing_a_run_of_items_by_number_helps_them_all() -> None:
    """…第2、4项由县财政局牵头,县直部门配合。: 县直部门 names a kind of unit: it helps with every item of the run."""
    duties = "第1、3、5项由县发改局牵头，第2、4项由县财政局牵头，县直部门配合。"
    assert [support for _, _, support in _units(_REFORMS.format(duties=duties))] == [("县直部门",)] * 5


@pytest.mark.parametrize("unit", ["μg/m3", "µg/m3", "μg/m³", "mg/m3"])
def test_concentrations_in_latin_letters_are_quantities(unit: str) -> None:
    """PM10年均浓度≤50μg/m3 (the Greek μ or the micro sign, m3 or m³): a ceiling on a concentration."""
    (target,) = draft_spec(f"某市2026年空气质量工作方案\n一、目标\nPM10年均浓度≤50{unit}。\n", year=2026).targets
    assert (target.kind, target.comparator, target.value) == ("ceiling", "<=", Decimal(50))


def test_a_records_labelled_line_of_units_with_a_prefix_answers_for_it() -> None:
    """项目名称:… / 建设地点:… / 项目责任单位:定南县林业局 / 建设内容及规模:…: the record's unit answers for its
    targets, the label's prefix (项目) no matter."""
    text = (
        "项目名称:定南县发展油茶产业项目\n建设地点:定南县\n项目责任单位:定南县林业局\n"
        "建设内容及规模:每年完成新造高产油茶林15000亩,新建油茶示范基地7个。\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [("定南县林业局",)] * 2


def test_a_units_line_closed_by_its_full_stop_leaves_the_items_targets_after_it() -> None:
    """牵头单位:X;责任单位:Y。引进…项目10个以上。 on one line: the units to their 。, then the item's targets,
    which the units answer for (链长单位 leads an industrial chain as 牵头单位 does)."""
    for label in ("牵头单位", "链长单位"):
        text = (
            f"某开发区2026年招商目标\n（一）新能源装备产业链。链长：管委会主任。{label}：开发区经济发展局；"
            "责任单位：开发区招商局、新能源产业园服务中心。2026年，引进新能源装备项目10个以上，协议投资50亿元。\n"
        )
        assert _units(text) == [
            ("引进新能源装备项目10个以上", ("开发区经济发展局",), ("开发区招商局", "新能源产业园服务中心")),
            ("协议投资50亿元", ("开发区经济发展局",), ("开发区招商局", "新能源产业园服务中心")),
        ]


def test_a_pages_counter_of_readers_is_no_target() -> None:
    text = "呼和浩特将分类解决34个烂尾楼项目\n2017-04-08 11:05:10 · 4227次浏览\n今年将解决12个项目。\n"
    assert 4227 not in [t.value for t in draft_spec(text, year=2017).targets]


@given(st.lists(st.integers(min_value=1, max_value=99), min_size=1, max_size=6, unique=True))
def test_listed_item_numbers_read_back_as_listed(numbers: list[int]) -> None:
    """第1、3、5项 and 第一、三项: each number listed, in order, Arabic or Chinese."""
    assert listed_numbers("、".join(str(n) for n in numbers)) == numbers
    assert listed_numbers("、".join(_chinese(n) for n in numbers)) == numbers


@given(
    st.integers(min_value=1, max_value=50), st.integers(min_value=0, max_value=20), st.sampled_from(["-", "至", "—"])
)
def test_a_range_of_item_numbers_reads_in_full(low: int, span: int, through: str) -> None:
    """第1-4项, 第二至五项: every number from the first to the last."""
    assert listed_numbers(f"{low}{through}{low + span}") == list(range(low, low + span + 1))


def test_a_list_with_a_word_that_is_no_number_reads_as_none() -> None:
    assert listed_numbers("1、3、五道口") == []


def _chinese(n: int) -> str:
    """1..99 in Chinese numerals (十一, 二十三)."""
    digits = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("" if tens == 1 else digits[tens]) + "十") + (digits[ones] if ones else "")


@pytest.mark.parametrize(
    "sentence",
    [
        "始终将粮食安全放在首位,粮食产量达到50万吨。",
        "全镇将11个村纳入试点,新增耕地2000亩。",
        "落实规划纲要部署,完成投资3亿元。",
    ],
)
def test_jiang_as_ba_and_words_holding_yao_are_no_directive(sentence: str) -> None:
    """将…放在首位, 将…纳入 (将 as 把), 纲要: no will of the plan's; the paragraph on the year gone still reports."""
    text = f"某镇2026年度重点工作计划\n一、重点工作\n（二）农业。2025年全镇新建农田5万亩。{sentence}\n"
    assert not draft_spec(text, year=2026).targets


@pytest.mark.parametrize(
    "sentence",
    ["组织全县党员干部5000人次观看警示教育片", "全年组织青少年3000人次阅读红色经典", "组织企业家300人次访问重点高校"],
)
def test_people_reading_or_visiting_as_the_work_are_targets(sentence: str) -> None:
    """阅读, 访问, 观看 as what the people counted do: a target; only a page's counter (4227次浏览 ·) is none."""
    assert len(draft_spec(f"某县2026年工作要点\n一、主要任务\n{sentence}。\n", year=2026).targets) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "团结带领400多万张家口人民奋力拼搏",
        "团结带领全县50万人民群众,为实现全年目标而努力奋斗",
        "为全县50万人民群众谋幸福",
    ],
)
def test_the_people_of_a_place_are_no_target_whatever_follows(sentence: str) -> None:
    assert not draft_spec(f"某县2026年工作要点\n一、总体要求\n{sentence}。\n", year=2026).targets


def test_above_a_size_in_a_closing_clause_is_no_closing_sentence() -> None:
    """…,规模以上企业入库由相关部门负责,各乡镇配合: 以上 says which enterprises, no work above given out."""
    text = (
        "某县2026年工作要点\n一、重点工作\n1.全年引进项目5个（县发改局牵头）。\n2.全年新增就业2000人（县人社局牵头）。\n"
        "3.全年新增规模以上工业企业10家，规模以上企业入库由相关部门负责，各乡镇配合。\n"
    )
    assert [support for _, _, support in _units(text)][:2] == [(), ()]


def test_a_closing_to_units_in_general_helps_only_within_its_own_part() -> None:
    text = (
        "某镇2026年工作计划\n一、经济发展\n1.全年引进项目5个（经发办牵头）。\n二、社会事务\n1.新建养老服务站2个（民政办牵头）。\n"
        "以上工作由相关部门负责，各村配合。\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [(("经发办",), ()), (("民政办",), ("各村",))]


@pytest.mark.parametrize("manner", ["全县上下协同", "多方协同", "密切协同"])
def test_working_together_said_of_no_unit_names_no_helper(manner: str) -> None:
    drafted = _units(_ITEMS.format(units=f"（县发改局负责，{manner}）"))
    assert all(not support for _, _, support in drafted)
