"""Units a plan names in words after an item's text, and a statement over a table of places' shares,
as the nineteenth session found them in opened held-out sets."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from planengine.draft import draft_spec
from planengine.draft.responsibility import parse_responsibility


def _units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2025).targets]


@pytest.mark.parametrize(
    ("sentence", "lead", "support"),
    [
        # the lead in charge, a helper carrying it out
        ("市农业农村局负责，市农机服务中心具体实施。", ("市农业农村局",), ("市农机服务中心",)),
        # 牵头负责, the helpers seeing it done
        ("市农业农村局牵头负责，各县区农业农村部门抓好落实。", ("市农业农村局",), ("各县区农业农村部门",)),
        # each answering for its part: both lead
        ("市农业农村局、市市场监管局按职责分工负责。", ("市农业农村局", "市市场监管局"), ()),
        # the goals named before 由
        ("总体目标由县发改局牵头，县市场监管局配合推进。", ("县发改局",), ("县市场监管局",)),
        # a star marks the lead, and a remark says so
        (
            "（责任单位：市气象局*、市应急管理局、各县区政府，标*的为牵头单位）",
            ("市气象局",),
            ("市应急管理局", "各县区政府"),
        ),
    ],
)
def test_units_said_in_words_after_an_items_targets(
    sentence: str, lead: tuple[str, ...], support: tuple[str, ...]
) -> None:
    text = f"某市春耕生产工作方案\n\n一、工作措施\n\n（一）抓好保障。检修率达到100%；组建服务队60支以上。{sentence}\n"
    assert [(t[1], t[2]) for t in _units(text)] == [(lead, support)] * 2


def test_a_star_remark_names_no_unit() -> None:
    assert parse_responsibility("责任单位：市气象局*、市应急管理局，带“*”者为牵头单位") == parse_responsibility(
        "责任单位：市气象局*、市应急管理局"
    )


def test_places_that_carry_out_and_an_office_that_leads() -> None:
    found = parse_responsibility("表列任务由各县区政府负责落实，市农业农村局牵头做好调度督导")
    assert (found.lead, found.support) == (("市农业农村局",), ("各县区政府",))


def test_a_person_in_charge_is_not_a_place_carrying_out() -> None:
    """吕维峰副省长负责,省农委总牵头: the person is no unit, so no helper is read from it."""
    found = parse_responsibility("吕维峰副省长负责,省农委总牵头")
    assert "吕维峰副省长" not in found.support


_TABLE = "县区 | 粮食播种面积(万亩) |\n沃川区 | 21.5 |\n东渠县 | 92.5 |\n"


def test_a_statement_over_a_table_of_places_that_points_at_it_answers_for_its_shares() -> None:
    text = (
        "某市春耕生产工作方案\n\n二、任务分解\n\n各县区粮食播种面积任务如下表。"
        f"表列任务由各县区政府负责落实，市农业农村局牵头做好调度督导。\n\n{_TABLE}"
    )
    assert _units(text) == [
        ("沃川区 | 21.5", ("市农业农村局",), ("各县区政府",)),
        ("东渠县 | 92.5", ("市农业农村局",), ("各县区政府",)),
    ]


def test_a_statement_over_a_table_that_does_not_point_at_it_leaves_the_places_leading() -> None:
    text = "某市春耕生产工作方案\n\n二、任务分解\n\n抓好粮食生产。由市农业农村局牵头，各县区政府配合。\n\n" + _TABLE
    assert [t[1] for t in _units(text)] == [("沃川区",), ("东渠县",)]


def test_an_item_named_before_its_unit_is_no_part_of_the_units_name() -> None:
    """前一项由X承办,后一项由Y负责 in a document naming units as subjects: 后一项 is the item, not the unit."""
    text = (
        "某局工作计划\n\n一、任务\n\n（一）加强公交。全年新建充电桩200个。市公交集团负责。\n\n"
        "（二）深化治理。9月底前完成细则修订；全年货车超限率控制在0.5%以内。前一项由政策法规科承办，"
        "后一项由市交通运输综合行政执法支队负责。\n"
    )
    leads = {name for _, lead, _ in _units(text) for name in lead}
    assert leads and not any("项由" in name for name in leads)


_INDICATORS = (
    "某市“十五五”规划纲要\n\n第一章 主要指标\n\n指标 | 2025年基数 | 2030年目标 |\n"
    "地区生产总值（亿元） | 3260 | 4300 |\n城镇调查失业率（%） | 5.1 | ≤5.5 |\n"
    "每万人口高价值发明专利拥有量（件） | 8.6 | 16 |\n森林覆盖率（%） | 41.2 | 41.5以上 |\n\n"
    "第二章 责任分工\n\n明确各项指标的牵头部门：\n\n"
    "地区生产总值等经济类指标由市发展改革委牵头，市统计局配合；城镇调查失业率由市人力资源社会保障局牵头。\n\n"
    "每万人口高价值发明专利拥有量和森林覆盖率两项指标，分别由市市场监管局（市知识产权局）、市林业局牵头。\n"
)


def test_paragraphs_of_duties_by_indicator_name_answer_for_the_indicators_above() -> None:
    """Duties said one paragraph after another, with no target between, are one statement: each
    indicator takes the units its name is given, from whichever paragraph names it."""
    assert [(quote.split("（")[0], lead, support) for quote, lead, support in _units(_INDICATORS)] == [
        ("地区生产总值", ("市发展改革委",), ("市统计局",)),
        ("城镇调查失业率", ("市人力资源社会保障局",), ()),
        ("每万人口高价值发明专利拥有量", ("市市场监管局（市知识产权局）",), ()),
        ("森林覆盖率", ("市林业局",), ()),
    ]


def test_a_paragraph_with_one_duty_alone_is_no_statement_by_indicator_name() -> None:
    """One sentence of the shape may be an item's own statement: two duties at least are needed."""
    text = _INDICATORS.split("明确")[0] + "地区生产总值由市发展改革委牵头。\n"
    assert [lead for _, lead, _ in _units(text)] == [()] * 4


def test_a_unit_named_with_its_other_name_in_brackets_is_a_unit() -> None:
    from planengine.draft.responsibility import looks_like_unit

    assert looks_like_unit("市工业和信息化局（市数据局）")
    assert not looks_like_unit("全市高标准农田（示范区）")


def test_the_indicators_a_duty_counts_are_no_target() -> None:
    text = "某市规划\n\n一、分工\n\nPM2.5平均浓度、地表水优良比例两项指标的牵头单位为市生态环境局。\n"
    assert draft_spec(text, year=2025).targets == ()


def test_leads_named_respectively_lead_the_targets_before_them_in_turn() -> None:
    """(分别由A、B牵头;责任单位:…): A leads the first target, B the second; the answerable units,
    with the leads said in words, help."""
    text = (
        "某县重点工作目标任务分解\n\n一、经济发展\n\n"
        "2.规模以上工业增加值增长8%以上；固定资产投资增长10%。（分别由县工信局、县发改局牵头；责任单位：县统计局、县住建局）\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("县工信局",), ("县统计局", "县住建局")),
        (("县发改局",), ("县统计局", "县住建局")),
    ]


def test_a_labelled_lead_after_worded_leads_still_leads() -> None:
    found = parse_responsibility("市城管局牵头;牵头单位:市住建局;配合单位:各区政府")
    assert found.lead == ("市城管局", "市住建局") and found.support == ("各区政府",)


def _quotes(text: str) -> list[str]:
    return [t.quote for t in draft_spec(text, year=2025).targets]


def test_a_raise_reads_its_new_level_not_its_base_nor_its_size() -> None:
    text = (
        "某市民生实事进展\n\n城市低保标准由每人每月850元提高到925元,增幅8.82%;"
        "孤儿基本生活养育标准,分别由每人每月2550元和1710元,提高到每人每月2775元和2497.5元,增幅分别为8.82%和46.05%。\n"
    )
    quotes = _quotes(text)
    assert not any("增幅" in q or "2550" in q or "1710" in q or "46.05" in q for q in quotes)
    assert any("925元" in q for q in quotes) and any("2775元" in q for q in quotes)


def test_the_plans_projects_counted_by_how_they_stand_are_no_targets() -> None:
    text = (
        "某市民生实事进展\n\n其中,3个项目报市政府同意后调整节点目标,1个项目报市政府同意后暂缓实施。"
        "市政府督考办对40个具体项目逐项细化分解。\n"
    )
    assert not [q for q in _quotes(text) if re.search(r"\d个", q)]


@pytest.mark.parametrize(
    "sentence",
    ["出境断面水质稳定达到Ⅲ类以上", "汉江出境断面水质稳定保持国家Ⅱ类标准", "断面水质达到或优于Ⅲ类"],
)
def test_a_class_of_water_quality_to_reach_or_keep_is_a_milestone(sentence: str) -> None:
    targets = draft_spec(f"某县河长制工作要点\n\n一、目标\n\n1.{sentence}。\n", year=2025).targets
    assert [(t.quote, t.kind) for t in targets] == [(sentence, "milestone")]


@pytest.mark.parametrize("sentence", ["全面消除劣Ⅴ类水体", "断面水质优良(达到或优于Ⅲ类)比例达到90%"])
def test_a_class_to_be_rid_of_or_inside_a_shares_name_is_no_class_milestone(sentence: str) -> None:
    targets = draft_spec(f"某县河长制工作要点\n\n一、目标\n\n1.{sentence}。\n", year=2025).targets
    assert all(t.kind != "milestone" or "劣" in t.quote for t in targets)
    assert all("优于Ⅲ类" not in t.quote or t.kind == "ratio" for t in targets)


def test_centimetres_are_a_length_and_fish_fry_are_counted() -> None:
    text = "某县工作要点\n\n一、目标\n\n1.河道水体透明度达到40厘米以上。\n2.全年投放鱼苗200万尾。\n"
    assert [(t.kind, t.value, t.unit) for t in draft_spec(text, year=2025).targets] == [
        ("amount", Decimal("40"), "厘米"),
        ("count", Decimal("2000000"), "尾"),
    ]


def test_a_spreadsheets_quoted_cell_over_lines_keeps_its_row_whole() -> None:
    """Tab-separated text pasted from a spreadsheet quotes a cell holding line ends; the row is one
    row, its investment column read in the header's 万元."""
    text = (
        "某县2025年重点项目计划\n\n序号\t项目名称\t建设内容\t年度目标\t年度计划投资(万元)\t责任单位\n"
        '1\t标准化厂房\t"新建标准化厂房6栋\n总建筑面积4.2万平方米"\t年底前6栋厂房主体封顶\t8650\t县工信局（牵头）、高新区管委会\n'
        "2\t鹤溪治理\t治理河道31公里\t完成河道治理12公里\t3740\t县生态环境局、县水利局（共同牵头）\n"
    )
    targets = draft_spec(text, year=2025).targets
    invested = [t for t in targets if t.unit == "元"]
    assert [t.value for t in invested] == [Decimal("86500000"), Decimal("37400000")]
    assert not any(t.quote.startswith('"') for t in targets)
    assert {(t.lead, t.support) for t in targets if "河道" in t.quote or t.value == Decimal("37400000")} == {
        (("县生态环境局", "县水利局"), ())
    }


def test_a_five_year_period_planned_dates_the_plan_when_goals_are_to_be_built() -> None:
    """…期间,全市交通将实现四个目标:基本建成…: the plan's words come before 建成, which is then ahead."""
    text = "重庆交通规划\n\n“十二五”期间,重庆全市交通将实现四个目标:基本建成高速公路网,新增高速公路通车里程1000公里。\n"
    draft = draft_spec(text)
    assert "2011" in draft.review[0]
    assert [t.quote for t in draft.targets] == ["基本建成高速公路网", "新增高速公路通车里程1000公里"]


def test_a_pages_counters_alone_on_their_lines_are_no_targets() -> None:
    text = "某市教育建设任务\n\n1万\n\n帖子\n\n5万\n\n积分\n\n今年新建学校12所。\n"
    assert _quotes(text) == ["今年新建学校12所"]


def test_all_classrooms_lit_to_standard_is_an_outcome() -> None:
    text = "2026年某市十件民生实事\n改造1450间教室照明设施,实现全市中小学教室照明全达标。\n"
    assert _quotes(text) == ["改造1450间教室照明设施", "实现全市中小学教室照明全达标"]


_REPLY = (
    "泓川市云湖区教育局\n关于区十届人大四次会议第47号建议的答复\n\n云湖教建复〔2025〕12号\n\n尊敬的周立华代表：\n\n"
    "您建议加快在建学校建设进度、新建一所九年一贯制学校。\n\n一、工作开展情况\n\n"
    "近年来，我局累计新建中小学6所，城北片区中小学校舍安全达标率达到100%。\n\n二、存在的困难\n\n"
    "城北片区仍有约1.2万套住房将于今后三年陆续交付。\n\n三、下一步工作打算\n\n"
    "（一）加快学校建设。我局将全年新增中小学学位2700个以上。\n"
    "（二）优化学位调配。我局将通过挖潜扩班新增学位1100个。区财政局将给予资金保障。\n\n"
    "泓川市云湖区教育局\n2025年3月20日\n"
)


def test_a_reply_to_a_deputy_reads_only_what_the_office_will_do_and_names_itself_by_its_name() -> None:
    """The proposal restated (您建议…), the work done (工作开展情况) and the difficulties (存在的困难)
    set nothing; 我局 is the issuer, by its name."""
    assert _units(_REPLY) == [
        ("全年新增中小学学位2700个以上", ("泓川市云湖区教育局",), ()),
        ("通过挖潜扩班新增学位1100个", ("泓川市云湖区教育局",), ()),
    ]


def test_a_row_whose_cells_open_with_header_words_but_state_figures_is_a_row() -> None:
    text = (
        "某市民生实事季度计划\n\n序号 | 任务名称 | 年度目标 | 一季度 | 二季度 | 责任单位 |\n"
        "1 | 保障性租赁住房 | 筹集房源500套 | 项目清单报省备案 | 项目开工率达到60% | 市住房城乡建设局 |\n"
    )
    targets = draft_spec(text, year=2025).targets
    assert targets and all(t.lead == ("市住房城乡建设局",) for t in targets)


def test_a_headline_over_its_time_line_is_dropped_where_the_report_restates_it() -> None:
    text = (
        "山西省工信厅敲定目标工业增加值占GDP比重要达到42%\n\n 时间:2021-02-26\n\n"
        "省工信厅近日确定工作目标,力争到2025年,工业增加值占GDP比重达到42%,规上工业企业突破1万家。\n"
    )
    assert _quotes(text) == ["工业增加值占GDP比重达到42%", "规上工业企业突破1万家"]


def test_a_year_labelled_block_before_the_next_years_label_is_the_year_gone() -> None:
    text = (
        "湖南省政府工作报告要点\n\n2020年湖南\n\n交答卷!\n\n地区生产总值增长3.8%\n\n新增城镇就业72.4万人\n\n"
        "2021年湖南\n\n这样干!\n\n地区生产总值增长6.5%以上\n"
    )
    assert [t.quote for t in draft_spec(text, year=2021).targets] == ["地区生产总值增长6.5%以上"]


def test_the_units_own_working_plans_and_the_size_of_what_is_phased_out_are_no_targets() -> None:
    text = "某县重点工作计划\n\n一、任务\n\n1.淘汰35蒸吨/小时以下燃煤锅炉40台。\n\n各责任单位要对照本计划，逐项制定推进方案。\n"
    assert [(t.quote, t.value) for t in draft_spec(text, year=2025).targets] == [
        ("淘汰35蒸吨/小时以下燃煤锅炉40台", Decimal("40"))
    ]


def test_a_duty_naming_a_columns_indicator_answers_for_every_places_share_in_it() -> None:
    """A province's shares among its cities, then 新增城镇就业目标由就业促进处负责,失业保险处配合做好…;
    技能培训目标由…: each column's shares take the division its indicator is given to."""
    text = (
        "某省就业目标分解\n\n一、任务分解\n\n| 市(州) | 新增城镇就业(万人) | 技能培训(万人次) |\n"
        "| 霁州市 | 9.6 | 14.2 |\n| 安澜市 | 6.8 | 10.5 |\n\n二、责任分工\n\n各项目标任务实行处室包干负责制。"
        "新增城镇就业目标由就业促进处负责，失业保险处配合做好援企稳岗工作；技能培训目标由职业能力建设处负责，"
        "技工院校管理处协助实施。\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("就业促进处",), ("失业保险处",)),
        (("职业能力建设处",), ("技工院校管理处",)),
    ] * 2


# Faults a review of this session's rules found, each mended; the inputs are the reviewer's.


def test_a_plans_schedule_year_by_year_is_not_a_year_gone() -> None:
    text = (
        "某市全民健身实施计划(2025-2026年)\n\n2025年目标\n经常参加体育锻炼人数比例达到40%。\n\n"
        "2026年目标\n经常参加体育锻炼人数比例达到42%。\n"
    )
    assert len(draft_spec(text, year=2025).targets) == 2


def test_indicator_names_keep_等_inside_them() -> None:
    text = (
        "某市教育规划\n\n一、目标\n\n普通高中毛入学率达到95%。普通高等学校在校生达到12万人。\n\n二、分工\n\n"
        "普通高等学校在校生由市教育局高教处牵头;新建幼儿园由市住建局牵头。\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [(), ("市教育局高教处",)]


def test_projects_to_finish_early_are_still_counted() -> None:
    text = (
        "某县工作要点\n\n一、项目\n\n1.推动20个项目提前竣工投产,确保15个项目超额完成年度投资计划。(责任单位:县发改局)\n"
    )
    assert [(t.kind, t.value) for t in draft_spec(text, year=2025).targets] == [
        ("count", Decimal("20")),
        ("count", Decimal("15")),
    ]


def test_an_issuer_of_several_offices_names_no_one_for_我局() -> None:
    text = "某县教育局、某县财政局关于2025年学位建设工作的安排\n\n一、任务\n\n1.新建中小学3所。(责任单位:我局牵头,县住建局配合)\n"
    assert all("、" not in name for _, lead, _ in _units(text) for name in lead)


def test_a_unit_whose_name_holds_自由_is_a_subject() -> None:
    text = "某市计划\n\n一、任务\n\n1.市自由贸易区管委会今年将新引进企业50家。\n2.市商务局今年将新增外贸企业30家。\n"
    assert [lead for _, lead, _ in _units(text)] == [("市自由贸易区管委会",), ("市商务局",)]


def test_a_class_of_water_named_as_what_the_work_is_on_is_no_milestone() -> None:
    text = "某县河长制要点\n\n一、任务\n\n1.对水质未达到Ⅲ类的断面,逐一制定达标方案。\n2.对达到Ⅲ类标准的水源地实施常态化监测。\n"
    assert not any("类" in q for q in _quotes(text))


def test_units_leading_together_under_a_label() -> None:
    found = parse_responsibility("责任单位:县生态环境局、县水利局(共同牵头)")
    assert (found.lead, found.support) == (("县生态环境局", "县水利局"), ())


def test_a_five_year_period_already_built_dates_nothing() -> None:
    text = "某县交通\n\n“十三五”期间,规划建设的12条农村公路已全部建成通车。今年新建农村公路30公里。\n"
    assert "2016" not in draft_spec(text).review[0]


def test_a_growth_to_reach_after_a_level_is_a_target() -> None:
    assert _quotes("某市计划\n\n地区生产总值提高到300亿元,增幅达到7%;\n") == ["地区生产总值提高到300亿元", "增幅达到7%"]


def test_a_press_conferences_speakers_answer_for_what_they_announce() -> None:
    """市住建局局长 周立新:…今年我们将… and 答(市医疗保障局):…: the speaker's office answers for its answer."""
    text = (
        "某市民生实事新闻发布会实录\n\n记者:今年住建部门有哪些安排?\n\n"
        "市住建局局长 周立新:今年我们将改造老旧小区52个。\n\n记者:教育方面呢?\n\n"
        "市教育局局长 韩雪:今年我们将新增公办学位9000个以上。\n\n答(市医疗保障局):今年门诊慢特病病种扩大到60种。\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [("市住建局",), ("市教育局",), ("市医疗保障局",)]


def test_a_tables_category_row_answers_for_its_rows_but_a_note_may_name_another() -> None:
    text = (
        "某市规划中期评估报告\n\n| 指标 | 2025年目标 | 进度评价 |\n| 一、经济发展类(市发改委牵头) | | |\n"
        "| 地区生产总值年均增长(%) | 6.5左右 | 滞后 |\n| 三、民生福祉类(市人力社保局牵头,另有注明的除外) | | |\n"
        "| 城镇调查失业率(%) | 5.5以内 | 符合预期 |\n| 人均预期寿命(岁) | 79.5 | 符合预期 |\n\n"
        "注:人均预期寿命、婴幼儿托位数两项指标由市卫生健康委牵头;森林覆盖率指标由市林业局牵头。\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [("市发改委",), ("市人力社保局",), ("市卫生健康委",)]
    assert all(not support for _, _, support in _units(text))


@pytest.mark.parametrize(
    ("closing", "lead", "support"),
    [
        (
            "牵头：镇综合行政执法队；配合：镇消防工作站、各村（社区）。",
            ("镇综合行政执法队",),
            ("镇消防工作站", "各村（社区）"),
        ),
        ("镇经济发展办公室对本项负责。", ("镇经济发展办公室",), ()),
        ("镇规划建设办公室具体承担。", ("镇规划建设办公室",), ()),
    ],
)
def test_an_items_unit_said_after_it_in_a_responsibility_letter(
    closing: str, lead: tuple[str, ...], support: tuple[str, ...]
) -> None:
    text = f"某镇安全生产目标责任书\n\n一、目标任务\n\n（四）消防安全。火灾事故起数控制在5起以内；全年检查不少于12次。{closing}\n"
    assert [(t[1], t[2]) for t in _units(text)] == [(lead, support)] * 2


@pytest.mark.parametrize(
    ("opening", "lead", "support"),
    [
        ("市经信局负总责，深入实施制造业高质量发展行动，", ("市经信局",), ()),
        ("市生态环境局牵头抓总，", ("市生态环境局",), ()),
        ("市科技局会同市教育局、市财政局，强化企业创新主体地位，", ("市科技局",), ("市教育局", "市财政局")),
    ],
)
def test_a_unit_opening_an_item_as_its_subject_with_how_it_leads(
    opening: str, lead: tuple[str, ...], support: tuple[str, ...]
) -> None:
    text = (
        f"某市规划中期评估\n\n四、下一步工作安排\n\n（一）发展产业。{opening}力争规模以上工业增加值达到560亿元。\n\n"
        "（二）扩大就业。市人社局牵头，确保城镇新增就业1.2万人以上。\n"
    )
    assert _units(text)[0][1:] == (lead, support)


def test_a_unit_named_with_会同_then_its_work_run_on_keeps_the_target() -> None:
    text = "某市会议纪要\n\n市生态环境局要确保优良天数比例达到90%以上。市农业农村局会同市水利局完成高标准农田建设任务8万亩。\n"
    assert any(q.endswith("8万亩") for q in _quotes(text))


@pytest.mark.parametrize(
    ("statement", "lead", "support"),
    [
        ("经济工作由经济发展办公室牵头，各社区配合。", ("经济发展办公室",), ("各社区",)),
        ("城市管理和环境整治由城管科负责。", ("城管科",), ()),
        ("项目建设交由规划建设办公室统筹，城管科、各相关社区协助。", ("规划建设办公室",), ("城管科", "各相关社区")),
    ],
)
def test_a_statement_opening_a_paragraph_answers_for_the_targets_after_it(
    statement: str, lead: tuple[str, ...], support: tuple[str, ...]
) -> None:
    text = (
        f"某街道二季度工作计划\n\n二、工作计划\n\n（一）稳经济。{statement}确保营业收入增长7%以上，新引进企业50家。\n"
    )
    assert [(t[1], t[2]) for t in _units(text)] == [(lead, support)] * 2


def test_two_parts_given_to_two_units_in_one_sentence_are_no_single_statement() -> None:
    """大气和水体任务由X牵头,口袋公园和绿道建设由Y牵头: no one unit answers for both."""
    text = (
        "某区实事进展通报\n\n八、改善生态环境。年度目标：完成6条黑臭水体整治；新增口袋公园10个。"
        "大气和水体任务由市生态环境局檀湾分局牵头，口袋公园和绿道建设由区城管局牵头。\n"
    )
    assert not any("*" in name for _, lead, support in _units(text) for name in (*lead, *support))
    assert all(lead != ("市生态环境局檀湾分局",) or "公园" not in quote for quote, lead, _ in _units(text))


def test_a_remark_in_brackets_on_who_does_a_part_is_no_part_of_the_units_name() -> None:
    found = parse_responsibility("牵头:科技与信息化科(新能源公交车、充电桩由运输服务科协同)")
    assert found.lead == ("科技与信息化科",)


def test_a_persons_name_after_a_unit_and_a_helpers_task_are_no_part_of_the_names() -> None:
    assert parse_responsibility("责任单位：县发改局（张某某）；配合单位：县统计局") == parse_responsibility(
        "责任单位：县发改局；配合单位：县统计局"
    )
    assert parse_responsibility("由市发展改革委牵头统筹，市财政局负责资金保障").support == ("市财政局",)
    assert parse_responsibility("责任单位：经济发展局(商务)").lead == ("经济发展局(商务)",)


def test_a_statement_closing_a_paragraph_answers_for_that_paragraph_only() -> None:
    """A news report of an executive meeting: units named as subjects answer for their paragraphs;
    a bracket closing the last paragraph answers for it alone."""
    text = (
        "某县政府常务会议召开\n\n会议要求，县住建局要在6月30日前完成招标工作，确保全年开工改造老旧小区22个。\n\n"
        "会议要求，县教体局要确保全年新增公办学位1620个。\n\n"
        "会议明确，全年新增城乡公交线路4条（责任单位：县交通运输局；配合单位：县公交集团）。\n"
    )
    leads = [lead for _, lead, _ in _units(text)]
    assert leads[-1] == ("县交通运输局",) and ("县住建局",) in leads and ("县教体局",) in leads


def test_the_months_so_far_this_year_are_reported_not_planned() -> None:
    text = "某县常务会议\n\n今年1—4月，全县一般公共预算收入完成3.12亿元，同比增长6.8%。全年新增就业3200人。\n"
    assert _quotes(text) == ["全年新增就业3200人"]


def test_the_bound_party_of_a_responsibility_letter_answers_though_indented_and_after_figures() -> None:
    text = (
        "某市住房和城乡建设局\n2024年度处室目标管理责任书\n\n　　处室现有干部9人，承担全市市政建设管理。\n\n"
        "　　甲方：某市住房和城乡建设局\n　　乙方：城市建设管理处\n\n　　一、年度目标任务\n\n"
        "　　1．城市道路建设。建成通车城市道路6条。\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [("城市建设管理处",)]


# Faults a second review found, each mended; the inputs are the reviewer's.


def test_a_category_rows_units_stop_at_the_tables_end() -> None:
    text = (
        "某市评估报告\n\n| 指标 | 2025年目标 | 进度评价 |\n| 一、经济发展类(市发改委牵头) | | |\n"
        "| 地区生产总值年均增长(%) | 6.5左右 | 滞后 |\n\n表2 民生指标\n\n| 指标 | 2025年目标 | 进度评价 |\n"
        "| 城镇调查失业率(%) | 5.5以内 | 符合预期 |\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [("市发改委",), ()]


def test_a_notes_numbered_duties_name_their_indicators() -> None:
    text = (
        "某市评估报告\n\n| 指标 | 2025年目标 | 进度评价 |\n| 三、民生福祉类(市人力社保局牵头,另有注明的除外) | | |\n"
        "| 城镇调查失业率(%) | 5.5以内 | 符合预期 |\n| 人均预期寿命(岁) | 79.5 | 符合预期 |\n\n"
        "注:1.人均预期寿命由市卫生健康委牵头;2.森林覆盖率由市林业局牵头。\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [("市人力社保局",), ("市卫生健康委",)]


def test_parts_given_out_in_turn_in_one_paragraph_are_not_read_as_its_units() -> None:
    text = "某镇计划\n\n二、计划\n\n（二）社会事业。教育工作由社会事务办负责。新建幼儿园2所。卫生工作由卫健站负责。家庭医生签约率达到80%。\n"
    assert ("卫健站",) not in [lead for q, lead, _ in _units(text) if "幼儿园" in q]


@pytest.mark.parametrize(
    "words",
    ["签约团队由全科医生负责。", "所有项目均由专人负责。", "各项工作由主要领导亲自负责。", "企业法定代表人负总责。"],
)
def test_a_person_or_a_role_named_to_answer_is_no_unit(words: str) -> None:
    text = f"某镇计划\n\n二、计划\n\n（一）民生。{words}重点人群签约率达到80%以上，新增养老床位100张。\n"
    assert all(not lead for _, lead, _ in _units(text))


def test_helpers_in_brackets_and_bracketed_remits_stay() -> None:
    for content in ("责任单位：县发改局（牵头，县财政局配合）", "责任单位：县发改局（县财政局配合）"):
        found = parse_responsibility(content)
        assert (found.lead, found.support) == (("县发改局",), ("县财政局",))
    assert parse_responsibility("责任单位：县住建局（公积金）").lead == ("县住建局（公积金）",)
    assert parse_responsibility("镇经济发展办公室对本项负责，镇财政所配合") == parse_responsibility(
        "镇经济发展办公室牵头，镇财政所配合"
    )


def test_an_issuer_whose_name_holds_和_is_one_office() -> None:
    text = "某县住房和城乡建设局关于印发2025年城建工作要点的通知\n\n一、任务\n\n1.新建道路3条。(责任单位:我局牵头,县交通局配合)\n"
    assert _units(text)[0][1] == ("某县住房和城乡建设局",)


def test_a_period_planned_as_a_running_total_dates_the_plan() -> None:
    draft = draft_spec("某县交通规划\n\n“十四五”期间,全县将累计新建农村公路300公里。\n")
    assert "2021" in draft.review[0] and len(draft.targets) == 1


@pytest.mark.parametrize("item", ["全县达到Ⅲ类标准的水源地全部实施常态化监测", "水质达到Ⅱ类以上的水库实行封闭管理"])
def test_a_water_class_describing_what_is_worked_on_is_no_milestone(item: str) -> None:
    assert not [q for q in _quotes(f"某县河长制\n\n一、任务\n\n1.{item}。\n") if "类" in q]


def test_the_size_of_a_raise_reached_is_no_target() -> None:
    quotes = _quotes("某市\n\n城乡低保标准由每人每月850元提高到925元，增幅达8.82%。\n")
    assert quotes == ["城乡低保标准由每人每月850元提高到925元"]


def test_units_parted_by_a_slash_lead_before_it_and_help_after_it() -> None:
    text = (
        "某省水利厅2025年重点工作任务分工\n\n一、投资\n\n1.全年完成水利建设投资600亿元以上。（规划计划处/财务审计处、建设与管理处）\n"
        "2.3月底前完成年度水利投资计划下达。（规划计划处、建设与管理处/财务审计处）\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("规划计划处",), ("财务审计处", "建设与管理处")),
        (("规划计划处", "建设与管理处"), ("财务审计处",)),
    ]


def test_a_unit_asked_to_lead_is_named_without_请() -> None:
    text = (
        "某市项目通报\n\n四季度是决战期。请市项目办牵头，会同各县（市、区）人民政府，确保全年项目开工率达到98%以上。"
        "市发改委要确保全年完成投资450亿元。\n"
    )
    assert all(not name.startswith("请") for _, lead, _ in _units(text) for name in lead)


def test_closing_units_of_each_problem_answer_for_its_numbered_measures() -> None:
    text = (
        "某区巡察整改方案\n\n二、问题及整改措施\n\n（一）民生实事方面\n\n问题1：部分项目推进迟缓。\n\n整改措施：\n"
        "1.2025年2月底前，制定“一项目一方案”。\n2.2025年5月底前，完成3个老旧小区改造剩余工程。\n"
        "整改时限：2025年5月31日前\n责任单位：区发展和改革局、区住房和城乡建设局\n\n问题2：课后服务覆盖不足。\n\n整改措施：\n"
        "1.2025年3月底前，实现课后服务全覆盖。\n2.学生课后服务参与率提高到85%以上。\n责任单位：区教育局（牵头），区财政局\n"
    )
    leads = [lead for _, lead, _ in _units(text)]
    assert leads[:2] == [leads[1]] * 2 and leads[1] and leads[-1] == ("区教育局",) and leads[-2] == ("区教育局",)


def test_a_label_saying_none_names_no_unit() -> None:
    found = parse_responsibility("牵头单位：县人力资源和社会保障局；配合单位：无")
    assert (found.lead, found.support) == (("县人力资源和社会保障局",), ())
