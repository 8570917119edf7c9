"""Faults a read-only review found in the twenty-eighth session's rules, each with the text that showed it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planengine.draft import draft_spec
from planengine.draft.responsibility import parse_responsibility


def _units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


@pytest.mark.parametrize("tail", ["——全国文明城市", "——打造区域医疗中心", "——摘自县人民政府办公室", "——区域医疗中心"])
def test_a_slogan_or_a_source_after_a_dash_names_no_units(tail: str) -> None:
    assert [lead for _, lead, _ in _units(f"某县2026年重点工作\n1.全年新建学校3所。{tail}\n")] == [()]


@pytest.mark.parametrize(
    "text", ["全年新建养老机构5所，以政府为主，社会力量参与。", "全年新建养老机构5所，坚持党委统筹，部门配合。"]
)
def test_a_clause_saying_how_the_work_is_done_names_no_lead(text: str) -> None:
    """以政府为主, 坚持党委统筹: the manner of the work, not 牵头 (县民政局为主 still leads)."""
    assert [lead for _, lead, _ in _units(f"某县2026年重点工作\n1.{text}\n")] == [()]


_QUARTERS = (
    "澜岸区2026年主要指标季度目标分解表\n{note}\n"
    "指标 | 单位 | 全年目标 | 一季度 | 二季度 | 三季度 | 四季度 | 责任单位 |\n"
    "规模以上工业总产值 | 亿元 | 420 | 95 | 205 | 310 | 420 | 区经信局 |\n"
    "新开工亿元以上项目 | 个 | 36 | 8 | 18 | 28 | 36 | 区发改委 |\n"
)


def test_a_note_naming_the_assessed_column_first_keeps_it_and_skips_the_quarters() -> None:
    """注:“全年目标”栏为考核目标,“一季度”至“四季度”各栏不作考核: the year's column is assessed, not skipped."""
    note = "注：“全年目标”栏为考核目标，“一季度”至“四季度”各栏不作考核。"
    assert [t.value for t in draft_spec(_QUARTERS.format(note=note), year=2026).targets] == [
        Decimal(420_0000_0000),
        Decimal(36),
    ]


def test_a_note_that_the_rest_are_for_reference_skips_nothing_it_names() -> None:
    """“全年目标”栏为年度考核目标,其余各栏仅供参考: the column named is the assessed one, never skipped."""
    note = "“全年目标”栏为年度考核目标，其余各栏仅供参考。"
    values = [t.value for t in draft_spec(_QUARTERS.format(note=note), year=2026).targets]
    assert Decimal(420_0000_0000) in values and Decimal(36) in values


def test_a_year_column_of_text_without_a_measure_column_is_read_as_text() -> None:
    """| 项目名称 | 2026年度 | 责任单位 | with 主体完工, 建成投运, 完成投资3000万元: the year's work, read."""
    text = (
        "某县2026年重点项目\n| 序号 | 项目名称 | 2026年度 | 责任单位 |\n| --- | --- | --- | --- |\n"
        "| 1 | 城北学校 | 主体完工 | 县教育局 |\n| 2 | 污水厂 | 建成投运 | 县住建局 |\n| 3 | 产业园 | 完成投资3000万元 | 县发改局 |\n"
    )
    drafted = draft_spec(text, year=2026).targets
    assert [(t.kind, t.lead) for t in drafted] == [
        ("milestone", ("县教育局",)),
        ("milestone", ("县住建局",)),
        ("amount", ("县发改局",)),
    ]


def test_a_planned_column_without_a_measure_is_no_count() -> None:
    """| 总投资(万元) | 2026年计划 | with no 单位 column: 5000 has no measure of its own, so it is not read as 5000 个."""
    text = (
        "某县2026年重点项目\n| 项目名称 | 建设规模 | 总投资(万元) | 2026年计划 |\n| --- | --- | --- | --- |\n"
        "| 城北学校 | 新建校舍2万平方米 | 12000 | 5000 |\n"
    )
    assert all(not (t.kind == "count" and t.value == 5000) for t in draft_spec(text, year=2026).targets)


def test_a_numbered_note_giving_a_column_to_the_places_keeps_each_rows_place() -> None:
    """注:1.新造林面积由各乡镇负责落实,县林业局负责技术指导: each township's row stays its own."""
    text = (
        "岚溪县2026年度乡镇生态建设目标任务表\n乡镇 | 新造林面积(亩) |\n城关镇 | 600 |\n白石镇 | 1500 |\n\n"
        "注：1.新造林面积由各乡镇负责落实，县林业局负责技术指导。\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [("城关镇",), ("白石镇",)]


def test_a_line_of_units_parted_by_blanks_then_a_deadline_is_no_text_going_on() -> None:
    """责任单位: 县教育局 县财政局 … (12月底前): the units and their deadline, no false target made of them."""
    text = "某县2026年重点工作\n1.全年新建学校3所。\n责任单位: 县教育局 县财政局 县住建局 县自然资源局 县城投公司 (12月底前)\n"
    assert [quote for quote, _, _ in _units(text)] == ["全年新建学校3所"]


def test_one_labelled_line_of_units_in_a_list_without_labels_answers_for_what_is_before_it() -> None:
    """全年新建学校3所。/ 牵头单位:县教育局 / 新增城镇就业3000人。: no record of labelled lines, so the units answer
    for the text before them, as a closing statement does."""
    text = "某县2026年民生实事\n全年新建学校3所。\n牵头单位：县教育局\n新增城镇就业3000人。\n完成植树造林1万亩。\n"
    assert {quote[:6]: lead for quote, lead, _ in _units(text)} == {
        "全年新建学校": ("县教育局",),
        "新增城镇就业": (),
        "完成植树造林": (),
    }


def test_the_first_clauses_unit_leads_in_the_duty_it_names() -> None:
    """县人社局负责组织实施,县财政局负责资金保障,县农业农村局配合: the first clause's unit leads, not the one nearest
    配合."""
    said = parse_responsibility("县人社局负责组织实施，县财政局负责资金保障，县农业农村局配合")
    assert (said.lead, said.support) == (("县人社局",), ("县财政局", "县农业农村局"))


def test_a_cap_on_what_each_household_is_paid_is_a_subsidys_standard_no_target() -> None:
    """…改造300户,每户补助不超过6000元: the 300 households a target, the cap per household a standard; a cap on
    the whole year's money paid (全年兑现奖补资金不超过160万元) stays a ceiling."""
    text = "某区2026年民生实事\n对困难老年人家庭实施适老化改造300户，每户补助不超过6000元。全年兑现奖补资金不超过160万元。\n"
    assert [(t.kind, t.value) for t in draft_spec(text, year=2026).targets] == [
        ("count", Decimal(300)),
        ("ceiling", Decimal(1_600_000)),
    ]


def test_items_given_out_by_number_are_those_of_the_nearest_run_holding_every_number() -> None:
    """(一)经济发展 1.–3. / (二)十件民生实事 1.–3. / 第一、二件由…;第三件由…: the items under (二) take the units,
    not those of the first run with the same numbers; a section after them ((三)保障措施) is no item."""
    text = (
        "某县2026年工作\n（一）经济发展\n1.完成固定资产投资50亿元。\n2.新增规上企业20家。\n"
        "（二）十件民生实事\n1.新增公办学位1800个。\n2.新建幼儿园3所。\n3.新建卫生院2个。\n"
        "（三）保障措施\n第一、二件由县教育局牵头，县财政局配合；第三件由县卫生健康局牵头。\n"
    )
    assert {quote[:6]: lead for quote, lead, _ in _units(text)} == {
        "完成固定资产": (),
        "新增规上企业": (),
        "新增公办学位": ("县教育局",),
        "新建幼儿园3": ("县教育局",),
        "新建卫生院2": ("县卫生健康局",),
    }


def test_statements_by_number_parted_by_commas_each_give_their_own_units() -> None:
    text = (
        "某县2026年十件民生实事\n第一件，扩充教育资源。新增公办学位1800个。\n第二件，关爱学生。免费体检2万人次。\n"
        "分工：第一件由县教育局牵头，第二件由县卫健局牵头。\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [("县教育局",), ("县卫健局",)]


@pytest.mark.parametrize(
    "text",
    [
        "综合文化站新建3个，农家书屋更新图书5000册。文化站组织文艺演出40场。",
        "企业开办实现一日办结，全年新增市场主体3000户。县市场监管局完成食品抽检2000批次。",
    ],
)
def test_a_facility_built_or_a_word_ending_in_ban_is_no_office_as_subject(text: str) -> None:
    """综合文化站新建3个: the station is what is built; 企业开办: no office; neither leads the sentences after it."""
    assert all(lead == () for _, lead, _ in _units(f"某区2026年计划\n一、民生\n{text}\n"))


def test_a_later_year_inside_the_same_sentence_is_no_look_back() -> None:
    """2026年,区教育局新建幼儿园4所,2027年秋季投入使用: the sentence's own later date, not the next year's work."""
    text = "某区2026年计划\n（一）学有优教。2026年，区教育局新建幼儿园4所，2027年秋季投入使用。区卫健局新建社区卫生服务站3个。\n"
    assert any("幼儿园4所" in quote for quote, _, _ in _units(text))


@pytest.mark.parametrize(
    "text", ["全县有机农产品认证达到20个。", "全市有劳动能力的脱贫人口就业3万人以上。", "全县有线电视用户达到5万户。"]
)
def test_you_words_and_clauses_reaching_a_level_stay_targets(text: str) -> None:
    assert len(draft_spec(f"某县2026年计划\n{text}\n", year=2026).targets) == 1


def test_a_cap_per_household_in_brackets_keeps_the_target_before_it() -> None:
    text = "某区2026年民生实事\n实施适老化改造300户（每户补助不超过6000元），新建养老床位500张。\n"
    assert [t.value for t in draft_spec(text, year=2026).targets] == [Decimal(300), Decimal(500)]


def test_a_description_goes_on_past_words_that_list_its_parts() -> None:
    """建设内容:…。具体包括:新建宿舍楼2栋…。年度目标:…: 具体包括 is still the description, not a part's label."""
    text = (
        "某县2026年学校建设计划\n一、年度项目\n项目二：溪桐第二中学扩建工程。建设内容：新建教学楼1栋，总投资9200万元。"
        "具体包括：新建宿舍楼2栋、食堂1座。年度目标：年度完成投资4500万元。责任股室：规划建设股。\n"
    )
    assert [quote for quote, _, _ in _units(text)] == ["年度完成投资4500万元"]


def test_facility_headings_under_a_building_plan_lead_nothing() -> None:
    text = "某县2026年基础设施建设计划\n（一）城北污水处理站\n1.新建处理能力5000吨/日。\n（二）城南污水处理站\n1.改造管网12公里。\n"
    assert [lead for _, lead, _ in _units(text)] == [(), ()]


def test_a_unit_named_as_the_main_one_with_yi_leads() -> None:
    """(以县民政局为主,县财政局配合): the unit leads, 以 no part of its name."""
    drafted = _units("某县2026年重点工作\n1.全年新建养老机构5所。（以县民政局为主，县财政局配合）\n")
    assert [(lead, support) for _, lead, support in drafted] == [(("县民政局",), ("县财政局",))]


def test_an_office_working_with_the_villages_leads_and_the_villages_help() -> None:
    """财政所会同各村确保…: the office leads, the villages it works with help (a collective, no office)."""
    text = (
        "青樾镇2026年工作计划\n一、聚力产业\n经发办会同财政所完成一般公共预算收入6800万元。"
        "财政所会同各村确保集体经济收入增长10%以上。经发办全年招引亿元以上项目不少于3个。\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)][1] == (("财政所",), ("各村",))


def test_units_after_a_dash_may_mark_their_lead_with_a_star() -> None:
    """——县疾控中心*、各乡镇卫生院: the starred unit leads, the others help."""
    text = (
        "某县2026年卫生健康目标\n1.9月底前完成筛查4万人。——县疾控中心*、各乡镇卫生院\n2.新建村卫生室3个。——县卫健局\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("县疾控中心",), ("各乡镇卫生院",)),
        (("县卫健局",), ()),
    ]


def test_a_list_whose_last_name_is_cut_off_after_its_level_still_splits() -> None:
    """区财政局、区住房和城建局、区统计局、区 (a page cut off): the whole names, each a unit."""
    from planengine.draft.responsibility import split_units

    assert split_units("区财政局、区住房和城建局、区统计局、区") == ["区财政局", "区住房和城建局", "区统计局"]


def test_an_agencys_dateline_opening_a_report_is_no_clause() -> None:
    """中新网兰州12月23日电(记者:徐雪) opening a line: the agency's dateline, blanked as 本报讯 is."""
    from planengine.draft.text import shadow

    line = "中新网兰州12月23日电(记者:徐雪)甘肃每年完成投资1000亿元以上。"
    assert shadow(line).startswith(" " * len("中新网兰州12月23日电(记者:徐雪)"))
