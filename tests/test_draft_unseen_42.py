"""Shapes of plans the forty-second session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from planengine.draft import draft_spec
from planengine.draft.duties import lead_by_topic
from planengine.draft.responsibility import Responsibility, parse_responsibility


def _units(text: str, year: int = 2026) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=year).targets}


# --- a speech's duties after the targets they close ---------------------------------------------------------

_SPEECH = (
    "在全县经济工作会议上的讲话\n\n"
    "二、锚定目标\n\n"
    "今年全县的主要预期目标是：地区生产总值增长6%左右，固定资产投资增长8%。"
    "力争地区生产总值总量突破230亿元！（掌声）这些目标，县发改局要牵头抓好分解落实，县统计局要加强运行监测，"
    "做到一月一调度。\n\n"
    "三、突出重点\n\n"
    "第一，坚定不移抓工业。我们要确保全年新增规模以上工业企业25家以上，力争新认定高新技术企业15家。"
    "县工信局要牵头抓好企业培育，县科技局、县市场监管局要主动靠前服务。对新升规的工业企业，县财政继续给予一次性奖励，"
    "这个政策不变。\n\n"
    "第二，全力以赴抓项目。我们要确保完成年度投资185亿元以上，力争新开工亿元以上项目45个。"
    "县发改局要牵头抓好项目调度，县自然资源局、县住建局要做好用地、报建等要素保障。\n\n"
    "第三，千方百计抓招商。全年要引进市外到位资金60亿元以上。县商务局要牵头，县投资促进中心要全力配合。\n"
)


def test_duties_closing_each_paragraph_answer_for_that_paragraph() -> None:
    """X要牵头抓好…,Y、Z要主动靠前服务。 after a paragraph's targets: X leads them, Y and Z help, even with a sentence
    after the duties; each paragraph its own duties, none reaching back over the paragraph before."""
    units = _units(_SPEECH)
    assert units["我们要确保全年新增规模以上工业企业25家以上"] == (("县工信局",), ("县科技局", "县市场监管局"))
    assert units["力争新认定高新技术企业15家"] == (("县工信局",), ("县科技局", "县市场监管局"))
    assert units["我们要确保完成年度投资185亿元以上"] == (("县发改局",), ("县自然资源局", "县住建局"))
    assert units["全年要引进市外到位资金60亿元以上"] == (("县商务局",), ("县投资促进中心",))


def test_duties_after_applause_and_after_these_targets_answer_for_the_list() -> None:
    """…突破230亿元!(掌声)这些目标,县发改局要牵头…,县统计局要…: the hall's applause is no part of any name, and the
    duties of 这些目标 answer for every target before them in the paragraph."""
    units = _units(_SPEECH)
    assert units["地区生产总值增长6%左右"] == (("县发改局",), ("县统计局",))
    assert units["力争地区生产总值总量突破230亿元"] == (("县发改局",), ("县统计局",))
    assert not any("掌声" in name for lead, support in units.values() for name in (*lead, *support))


def test_a_sentence_of_duties_reads_its_lead_and_its_helpers() -> None:
    """The clause saying who is to lead names the lead; those after it saying what they are to do help; a clause
    naming no unit is a remark; a second lead makes it no sentence of duties."""
    assert parse_responsibility("县工信局要牵头抓好企业培育，县科技局、县市场监管局要主动靠前服务") == Responsibility(
        ("县工信局",), ("县科技局", "县市场监管局")
    )
    assert parse_responsibility("这些目标，县发改局要牵头抓好分解落实，县统计局要加强运行监测，做到一月一调度") == (
        Responsibility(("县发改局",), ("县统计局",))
    )
    assert parse_responsibility("县农业农村局要牵头，各乡镇人民政府要压实属地责任") == Responsibility(
        ("县农业农村局",), ("各乡镇人民政府",)
    )
    assert parse_responsibility("我们要牵头抓好分解落实，县统计局要加强运行监测").lead != ("我们",)


# --- helpers named in sentences of their own after the lead's ------------------------------------------------

_NOTICE = (
    "青屿县2024年城乡品质提升工作安排\n\n"
    "一、提升城镇功能品质\n\n"
    "县住建局要在9月底前完成城北片区12个老旧小区改造，全年新增城市绿地面积8.5万平方米。县财政局要做好资金保障，"
    "城关街道要配合做好居民群众工作。老旧小区改造中加装电梯的，按每部不超过15万元的标准给予补助。\n\n"
    "县交通运输局要新改建“四好农村路”120公里。县公路中心要做好技术指导，各乡镇要落实农村公路属地管护责任。\n\n"
    "县农业农村局要确保粮食播种面积稳定在28万亩以上。各乡镇要落实粮食生产属地责任，县财政局要及时足额兑付耕地地力"
    "保护补贴，补贴标准为每亩105元。\n"
)


def test_units_named_later_to_do_their_part_help_the_unit_before() -> None:
    """县住建局要完成…。县财政局要做好资金保障,城关街道要配合…: the units named after the lead's targets to do their part
    (stating no figure but a standard of payment) help with the lead's targets, in the order named; places named all
    at once (各乡镇要落实…属地…责任) help so too."""
    units = _units(_NOTICE, year=2024)
    assert units["9月底前完成城北片区12个老旧小区改造"] == (("县住建局",), ("县财政局", "城关街道"))
    assert units["全年新增城市绿地面积8.5万平方米"] == (("县住建局",), ("县财政局", "城关街道"))
    assert units["新改建“四好农村路”120公里"] == (("县交通运输局",), ("县公路中心", "各乡镇"))
    assert units["确保粮食播种面积稳定在28万亩以上"] == (("县农业农村局",), ("各乡镇", "县财政局"))


def test_units_each_doing_a_part_of_the_support_are_peers_not_helpers() -> None:
    """四、强化要素保障。X要…保障…;Y要…: a paragraph giving each unit its part of the support names no helpers of the
    unit named first; nor does a unit saying what it will do (县急救中心将加强…协同联动), its own plans."""
    text = (
        "鹤屿市2026年重点项目推进计划\n\n"
        "四、强化要素保障。市自然资源和规划局要提前做好重点项目用地组卷报批工作，全年保障市级重点项目新增建设用地"
        "不少于3500亩；市财政局、市发展改革委要积极争取专项债券等资金支持。\n\n"
        "五、应急处置。县卫健委将牵头修订应急预案，年内组织开展综合应急演练不少于2次。县急救中心将加强与县消防救援大队"
        "的协同联动。\n"
    )
    units = _units(text)
    assert units["全年保障市级重点项目新增建设用地不少于3500亩"] == (("市自然资源和规划局",), ())
    assert units["年内组织开展综合应急演练不少于2次"][1] == ()


# --- a unit and those it works with over the work listed below -----------------------------------------------


def test_a_unit_working_with_others_on_the_work_below_answers_for_its_items() -> None:
    """…,2025年,县卫生健康局将会同县财政局、县医疗保障局重点抓好以下六个方面工作: over numbered items: the unit leads
    every item's targets, those it works with help."""
    text = (
        "三、下一步工作打算\n\n"
        "结合您的建议，2025年，县卫生健康局将会同县财政局、县医疗保障局重点抓好以下六个方面工作：\n\n"
        "（一）补齐村卫生室短板。新建、改造标准化村卫生室12个。\n\n"
        "（二）稳定乡村医生队伍。开展乡村医生岗位轮训800人次以上。\n"
    )
    units = _units(text, year=2025)
    assert units["新建、改造标准化村卫生室12个"] == (("县卫生健康局",), ("县财政局", "县医疗保障局"))
    assert units["开展乡村医生岗位轮训800人次以上"] == (("县卫生健康局",), ("县财政局", "县医疗保障局"))


# --- a document counting its own items ----------------------------------------------------------------------


def test_a_list_or_an_arrangement_counting_its_own_tasks_states_no_target() -> None:
    """本清单共安排重点任务7大类、16项; 本安排共明确重点任务5个方面、31项具体指标: the document counting its own parts and
    items, in kinds (大类) as in parts, states no target."""
    text = (
        "河源市2024年重点任务清单\n\n本清单共安排重点任务7大类、16项。\n\n一、新建5G基站1200个。\n\n"
        "二、本安排共明确重点任务5个方面、31项具体指标，各牵头单位要细化分解。\n"
    )
    quotes = [t.quote for t in draft_spec(text, year=2024).targets]
    assert quotes == ["新建5G基站1200个"]


# --- the plan year, and results summed up after them ---------------------------------------------------------


def test_a_text_comparing_this_year_with_a_named_year_plans_for_the_year_after() -> None:
    """今年,…预计投入总资金571.64亿元,较2024年增加35亿元: with no year in the title, the year 今年 is compared with is
    behind it: the plan is for the year after."""
    result = draft_spec("今年,全省持续办好十大民生实事,预计投入总资金571.64亿元,较2024年增加35亿元。\n")
    assert any("2025" in note and "compared" in note for note in result.review)


def test_figures_summed_up_as_done_by_a_year_gone_are_results() -> None:
    """全省建成100所…;城镇新增就业79.81万人;……截至2024年底,…24个项目全面完成。 in a plan for 2025: the figures before
    the close that says the year gone's work was done are that year's results, no targets."""
    text = (
        "全省建成100所县域普通高中;城镇新增就业79.81万人;建设528个老年助餐服务点......截至2024年底,"
        "湖南2024年十大重点民生实事24个项目全面完成。\n今年,为农村义务教育学校配置电脑30万台。\n"
    )
    quotes = [t.quote for t in draft_spec(text, year=2025).targets]
    assert quotes == ["为农村义务教育学校配置电脑30万台"]


# --- a date over the deliverables of its part ----------------------------------------------------------------


def test_a_date_opening_a_part_dates_each_deliverable_of_it() -> None:
    """2025年底前,改造雨污合流管网18公里,消除易涝积水点12处;: the date governs every deliverable of its ;-part, each a
    milestone; not a rate after it, nor a range, nor what a horizon (到2027年) opens."""
    text = (
        "（二）城市排水防涝。2025年底前，改造雨污合流管网18公里，消除易涝积水点12处，雨污分流改造完成率达到85%；"
        "到2027年，新增公共停车泊位3000个。\n"
    )
    kinds = {t.quote: t.kind for t in draft_spec(text, year=2025).targets}
    assert kinds["改造雨污合流管网18公里"] == "milestone"
    assert kinds["消除易涝积水点12处"] == "milestone"
    assert kinds["雨污分流改造完成率达到85%"] == "ratio"
    assert kinds["新增公共停车泊位3000个"] == "count"


# --- parts of an item given to their own units ---------------------------------------------------------------


def test_a_part_given_to_its_unit_inside_the_clause_is_that_unit_s() -> None:
    """…,其中县道升级改造30公里由县交通运输局负责,通村组道路65公里由各镇(街道)负责: each part is a target led by its
    unit, the item's helpers less that unit helping; quoted without 其中 and the words giving it out."""
    text = (
        "7.新改建农村公路95公里，其中县道升级改造30公里由县交通运输局负责，通村组道路65公里由各镇(街道)负责；"
        "新增城乡公交线路4条。\n牵头单位：县发改局 配合单位：县财政局、各镇(街道)\n"
    )
    units = _units(text, year=2025)
    assert units["新改建农村公路95公里"] == (("县发改局",), ("县财政局", "各镇(街道)"))
    assert units["县道升级改造30公里"] == (("县交通运输局",), ("县财政局", "各镇(街道)"))
    assert units["通村组道路65公里"] == (("各镇(街道)",), ("县财政局",))
    assert units["新增城乡公交线路4条"] == (("县发改局",), ("县财政局", "各镇(街道)"))


def test_a_statement_after_a_comma_is_no_part_given() -> None:
    """…救助,分别由A、B、C负责实施。: a statement of its own for the sentence, not a part of one target's clause."""
    text = "（二）托育项目：新增普惠托位450个；为320名残疾儿童提供基本康复救助，分别由区卫生健康局、区残联负责实施。\n"
    quotes = [t.quote for t in draft_spec(text, year=2026).targets]
    assert "为320名残疾儿童提供基本康复救助" in quotes


# --- a table of a prefecture's shares among its counties -----------------------------------------------------


_PREFECTURE = (
    "2025年各旗县市重点指标任务分解表\n\n"
    "指标（单位） | 额尔敦旗 | 宝力根旗 | 全盟合计 | 牵头单位\n"
    "新增城镇就业（人） | 2350 | 1860 | 4210 | 盟人力资源和社会保障局\n"
    "城镇登记失业率（%以内） | 4.3 | 3.7 | 4.2 | 盟人力资源和社会保障局\n"
    "森林覆盖率（%，达到） | 23.6 | 18.4 | 21.7 | 盟林业和草原局\n"
)


def test_a_row_name_s_bound_run_on_after_its_measure_sets_each_share_s_comparator() -> None:
    """城镇登记失业率（%以内）, 森林覆盖率（%，达到）: the measure and the bound after it, with or without a comma, make
    each county's figure a ceiling or a floor in %."""
    targets = {(t.quote.split(" | ")[0], t.value): t for t in draft_spec(_PREFECTURE, year=2025).targets}
    jobless = targets[("城镇登记失业率（%以内）", Decimal("0.043"))]
    assert (jobless.kind, jobless.comparator) == ("ceiling", "<=")
    forest = targets[("森林覆盖率（%，达到）", Decimal("0.236"))]
    assert (forest.kind, forest.comparator) == ("ratio", ">=")


def test_a_league_s_total_column_is_the_whole_s_own_target() -> None:
    """全盟合计 beside the counties' shares (as 全县合计 beside townships'): the league's own target, led by the row's
    bureau."""
    units = {
        (t.quote.split(" | ")[0], t.value): (t.lead, t.support) for t in draft_spec(_PREFECTURE, year=2025).targets
    }
    assert units[("新增城镇就业（人）", Decimal("4210"))] == (("盟人力资源和社会保障局",), ())
    assert units[("新增城镇就业（人）", Decimal("2350"))] == (("额尔敦旗",), ("盟人力资源和社会保障局",))


# --- a bureau's offices heading its sections -----------------------------------------------------------------


def test_an_office_named_as_a_room_heads_its_section_as_a_section_does() -> None:
    """现将…目标任务分解到各股室。 / 五、教育督导室 over numbered items: the 室 answers for them as 一、基础教育股 does;
    the notice counting what it gave out (本次共分解9个股室、39项任务) states no target."""
    text = (
        "现将年度工作目标任务分解到各股室。本次共分解9个股室、39项任务。\n\n"
        "一、基础教育股\n1.九年义务教育巩固率达到97%以上。\n\n"
        "二、教育督导室\n1.6月底前完成全县中小学校责任督学挂牌督导全覆盖。\n2.全县义务教育质量监测综合排名保持全市前3位。\n"
    )
    units = _units(text, year=2025)
    assert units["九年义务教育巩固率达到97%以上"] == (("基础教育股",), ())
    assert units["6月底前完成全县中小学校责任督学挂牌督导全覆盖"] == (("教育督导室",), ())
    assert units["全县义务教育质量监测综合排名保持全市前3位"] == (("教育督导室",), ())
    assert not any("39项" in quote for quote in units)


def test_a_bracket_ending_in_a_verb_of_doing_is_no_bank() -> None:
    """(按镇统一标准执行) ends in 行 as a bank's name does (人民银行宁川市分行, 市人行, 农商行): a verb, no unit; the item's
    own units answer."""
    from planengine.draft.responsibility import looks_like_unit

    assert not looks_like_unit("按镇统一标准执行")
    assert all(looks_like_unit(name) for name in ("人民银行宁川市分行", "市人行", "县农商行", "农业银行城关支行"))
    text = "7.发展庭院经济农户30-40户，每户补助标准为1200元（按镇统一标准执行）。（牵头：村妇联；配合：村两委）\n"
    assert _units(text, year=2025)["发展庭院经济农户30-40户"] == (("村妇联",), ("村两委",))


def test_a_bulletin_s_own_words_state_no_target() -> None:
    """现将12个…通报如下(责任单位中带*的为牵头单位); 排名后三位的项目由…挂牌督办; 按亩均3000元标准安排资金;
    本计划分为…两部分: the notice's formula, who is put under watch, a standard of payment and the plan's own parts."""
    text = (
        "为加快进度，现将12个重点领域项目的年度目标和第四季度节点目标通报如下（责任单位中带*的为牵头单位）。\n"
        "第三季度综合排名后三位的项目由市政府督查室挂牌督办。\n"
        "新建高标准农田8.6万亩，按亩均3000元标准安排建设资金。\n"
        "本计划分为主要指标和重点任务两部分。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2025).targets] == ["新建高标准农田8.6万亩"]


# --- a town's plan: its offices as subjects, helpers closing each paragraph ----------------------------------


_TOWN = (
    "桐溪镇2025年工作计划\n\n"
    "主要预期目标是:地区生产总值增长6%左右,固定资产投资增长10%。上述目标由镇经发办牵头分解落实,镇统计站配合做好月度"
    "监测和分析预警。围绕上述目标,重点抓好以下工作。\n\n"
    "(二)推进乡村振兴。镇农业农村办要稳住粮食生产,粮食播种面积稳定在3.2万亩以上,新建高标准农田3000亩。"
    "镇农业服务中心和各村(社区)要全力配合。\n\n"
    "(三)增进民生福祉。镇社会事务办要做好就业和社会保障工作,新增城镇就业220人。镇卫生院、镇中心学校要主动配合。\n"
)


def test_a_statement_for_the_targets_above_names_helpers_doing_two_things() -> None:
    """上述目标由X牵头分解落实,Y配合做好月度监测和分析预警。(more after it): X leads the targets above, Y helps."""
    units = _units(_TOWN, year=2025)
    assert units["地区生产总值增长6%左右"] == (("镇经发办",), ("镇统计站",))


def test_helpers_joined_by_and_and_a_lead_working_in_social_security() -> None:
    """镇农业服务中心和各村(社区)要全力配合: units joined by 和 (a collective among them) help the lead before them; a
    lead whose own work is 社会保障 (a field, no help of others) is helped as any lead is."""
    units = _units(_TOWN, year=2025)
    assert units["粮食播种面积稳定在3.2万亩以上"] == (("镇农业农村办",), ("镇农业服务中心", "各村(社区)"))
    assert units["新增城镇就业220人"] == (("镇社会事务办",), ("镇卫生院", "镇中心学校"))


# --- a speech's duties naming several leads, each for its part ------------------------------------------------


def test_several_leads_in_one_sentence_of_duties_each_lead_their_part() -> None:
    """…。县发改局要牵头建立重点项目调度机制,县交通运输局要牵头抓好栖梧港二期建设,县住建局要牵头抓好污水处理厂建设,
    县自然资源和规划局要配合做好用地保障。: each target goes to the lead whose part's words it shares (栖梧港二期), or
    whose field it names (托位: 卫生健康), else to the lead named first; the helpers help with all."""
    text = (
        "三、突出重点\n\n"
        "（二）抓项目攻坚。全年实施县级重点项目120个，完成投资150亿元以上。栖梧港二期码头6月底前主体工程完工，"
        "县城南部污水处理厂年底前建成投运。县发改局要牵头建立重点项目“周调度、月通报”机制，县交通运输局要牵头抓好"
        "栖梧港二期建设，县住建局要牵头抓好污水处理厂建设，县自然资源和规划局要配合做好用地保障。各责任单位要于每月5日前"
        "报送项目进展情况。\n\n"
        "（六）抓民生。城镇新增就业5200人左右；每千人口拥有3岁以下婴幼儿托位数达到4.5个。县人社局要牵头做好稳就业工作，"
        "县卫生健康局要牵头抓好普惠托育服务，各乡镇要配合做好相关工作。\n"
    )
    units = _units(text, year=2025)
    helped = ("县自然资源和规划局",)
    assert units["全年实施县级重点项目120个"] == (("县发改局",), helped)
    assert units["完成投资150亿元以上"] == (("县发改局",), helped)
    assert units["栖梧港二期码头6月底前主体工程完工"] == (("县交通运输局",), helped)
    assert units["县城南部污水处理厂年底前建成投运"] == (("县住建局",), helped)
    assert units["城镇新增就业5200人左右"] == (("县人社局",), ("各乡镇",))
    assert units["每千人口拥有3岁以下婴幼儿托位数达到4.5个"] == (("县卫生健康局",), ("各乡镇",))


def test_a_sentence_of_duties_names_its_leads_and_their_parts() -> None:
    """duty_topics gives each lead the words of its part; one lead alone is no sharing."""
    from planengine.draft.responsibility import duty_topics

    assert duty_topics("县人社局要牵头做好稳就业工作，县卫生健康局要牵头抓好普惠托育服务，各乡镇要配合") == [
        ("县人社局", "做好稳就业工作"),
        ("县卫生健康局", "抓好普惠托育服务"),
    ]
    assert duty_topics("县工信局要牵头抓好企业培育，县科技局要主动靠前服务") is None


@given(
    st.lists(
        st.tuples(st.sampled_from(["县发改局", "县交通运输局", "县住建局", "县卫生健康局"]), st.text(max_size=12)),
        min_size=2,
        max_size=4,
        unique_by=lambda pair: pair[0],
    ),
    st.lists(st.text(max_size=20), max_size=6),
)
def test_each_target_gets_one_of_the_named_leads(topics: list[tuple[str, str]], targets: list[str]) -> None:
    """Whatever the words, lead_by_topic gives every target exactly one of the leads named, in order."""
    chosen = lead_by_topic(topics, targets)
    assert len(chosen) == len(targets)
    assert all(lead in {name for name, _ in topics} for lead in chosen)


# --- a table copied with tabs, its cells wrapping onto the next line ------------------------------------------


def test_a_tabbed_table_s_wrapped_rows_are_read_whole_under_their_header() -> None:
    """序号\\t指标名称\\t…\\t牵头单位\\t配合单位, a group's heading among the rows, and a row whose cells wrap onto the next
    lines (规模以上工业增加值 / 增速\\t%\\t… / 增长9%\\t县经信局\\t…): the lines of a row are one row, its cells under the
    header's columns, the lead and the helpers apart."""
    text = (
        "2024年县政府工作报告主要目标任务分解表\n"
        "序号\t指标名称\t单位\t2023年完成\t2024年目标\t牵头单位\t配合单位\n"
        "一、经济发展类\n"
        "1\t地区生产总值增速\t%\t5.8\t增长6.5%左右\t县发改局\t县统计局\n"
        "2\t规模以上工业增加值\n增速\t%\t6.9\t增长8%以上\t县经信局\t县统计局、青岚经济开发区管委会\n"
        "3\t固定资产投资增速\t%\t4.1\t增长7%\t县发改局\t县住建局、县自然资源局\n"
    )
    units = {t.value: (t.lead, t.support) for t in draft_spec(text, year=2024).targets}
    assert units[Decimal("0.08")] == (("县经信局",), ("县统计局", "青岚经济开发区管委会"))
    assert units[Decimal("0.07")] == (("县发改局",), ("县住建局", "县自然资源局"))


# --- meeting minutes: statements closed by a date, parts given out after the helpers -------------------------


def test_a_statement_closed_by_its_date_and_a_part_given_out_after_its_helpers() -> None:
    """…。由A负责,B、C配合,其中燃气管道更新改造由D负责,E配合,11月30日前完成。: the date closing the statement names
    no unit; the part (燃气管道) is D's with E helping, the rest A's with B and C."""
    text = (
        "会议要求，6月底前完成全市1200家规上企业隐患排查；8月底前完成全市燃气管道老化更新改造85公里。由市应急管理局负责，"
        "市住建局、市交通运输局配合，其中燃气管道更新改造由市住建局负责，市城投集团配合，11月30日前完成。\n"
        "会议要求，9月底前新建社区嵌入式养老服务中心8个。由市民政局负责，市卫健委、市财政局配合，12月20日前完成。\n"
    )
    units = _units(text, year=2024)
    assert units["6月底前完成全市1200家规上企业隐患排查"] == (("市应急管理局",), ("市住建局", "市交通运输局"))
    assert units["8月底前完成全市燃气管道老化更新改造85公里"] == (("市住建局",), ("市城投集团",))
    assert units["9月底前新建社区嵌入式养老服务中心8个"] == (("市民政局",), ("市卫健委", "市财政局"))


# --- an annex naming each item's units by its number ---------------------------------------------------------


def test_an_annex_naming_each_item_s_units_by_number_answers_for_the_items() -> None:
    """附件:责任分工 / 第1项 牵头单位:X;配合单位:Y under items numbered 1. 2. … through the plan: each item's targets
    are its line's units; items numbered afresh under each heading are not read so (the numbers would not tell)."""
    text = (
        "一、大气\n1.PM2.5平均浓度控制在30微克/立方米以内。\n2.6月底前完成35家重点企业深度治理。\n\n"
        "附件：责任分工\n第1项 牵头单位：大气环境处；配合单位：市生态环境监测中心\n"
        "第2项 牵头单位：大气环境处、市公安局交警支队；配合单位：市交通运输局\n"
    )
    units = _units(text, year=2025)
    assert units["PM2.5平均浓度控制在30微克/立方米以内"] == (("大气环境处",), ("市生态环境监测中心",))
    assert units["6月底前完成35家重点企业深度治理"] == (("大气环境处", "市公安局交警支队"), ("市交通运输局",))
    restarted = text.replace("一、大气\n", "一、大气\n1.新建口袋公园5个。\n二、水\n", 1)
    assert _units(restarted, year=2025)["新建口袋公园5个"] == ((), ())


def test_an_item_s_title_naming_a_facility_is_no_unit_over_its_own_bracket() -> None:
    """6.乡镇区域性养老服务中心。…(牵头单位:县民政局;责任单位:相关乡镇人民政府): a title naming the kind of facility
    built is no unit closing a line; the item's bracket answers for its targets."""
    text = (
        "二、养老\n6.乡镇区域性养老服务中心。新建区域性养老服务中心3个，新增养老床位150张，10月底前建成。"
        "(牵头单位:县民政局;责任单位:相关乡镇人民政府)\n"
    )
    units = _units(text, year=2025)
    assert units["新建区域性养老服务中心3个"] == (("县民政局",), ("相关乡镇人民政府",))
    assert units["10月底前建成"] == (("县民政局",), ("相关乡镇人民政府",))


# --- legends that say how the units are set out --------------------------------------------------------------


def test_a_legend_saying_a_blank_parts_the_leads_from_the_helpers_after_a_dash() -> None:
    """每项任务破折号后,空格前为牵头单位,空格后为配合单位: ——市商务局 市发改委、枫川海关 gives the lead before the blank
    and the helpers after it (a customs house named by its city a unit too); without the legend the units lead alike."""
    legend = "每项任务破折号后，空格前为牵头单位，空格后为配合单位。\n\n一、经济发展\n\n"
    item = "5.外贸进出口总额稳定在420亿元以上。——市商务局 市发改委、枫川海关\n"
    units = _units(legend + item, year=2025)
    assert units["外贸进出口总额稳定在420亿元以上"] == (("市商务局",), ("市发改委", "枫川海关"))
    assert _units("一、经济发展\n\n" + item, year=2025)["外贸进出口总额稳定在420亿元以上"][1] == ()


def test_offices_said_to_lead_the_parts_they_head_answer_for_them() -> None:
    """各部分所列办公室为牵头单位 / 一、党政办公室 over its numbered targets, 配合单位:… closing the part: the office
    leads its part's targets, the helpers named at its end help."""
    text = (
        "现将年度重点工作按牵头办公室分解如下。各部分所列办公室为牵头单位，各部分末尾所列为配合单位。\n\n"
        "一、党政办公室\n\n1.编发政务信息不少于120条。\n2.群众满意率保持在95%以上。\n\n配合单位:财政所、各村(社区)\n"
    )
    units = _units(text, year=2025)
    assert units["编发政务信息不少于120条"] == (("党政办公室",), ("财政所", "各村(社区)"))


# --- mends from the session's review ------------------------------------------------------------------------


def test_duties_for_table_rows_by_number_give_no_units_to_the_plan_s_items() -> None:
    """第1项由县发改局牵头,第2项由县财政局牵头。 under a table of rows: the rows' duties; the items 1. 2. of a later heading
    keep none (only an annex's labelled lines, 第1项 牵头单位:…, answer for numbered items)."""
    text = (
        "| 序号 | 指标 | 目标 |\n| 1 | 地区生产总值增速 | 6% |\n| 2 | 一般公共预算收入增长 | 5% |\n"
        "第1项由县发改局牵头,第2项由县财政局牵头。\n二、重点任务\n1.新建5G基站300个。\n2.新改建农村公路80公里。\n"
    )
    units = _units(text, year=2025)
    assert units["新建5G基站300个"] == ((), ())
    assert units["新改建农村公路80公里"] == ((), ())


def test_parts_given_to_bodies_whose_names_hold_hui_or_that_organise_the_work() -> None:
    """…30公里由经开区管委会负责 (会 in the name, not 会同), …20公里由县交通运输局负责组织实施: each part its unit's."""
    text = (
        "7.新改建农村公路95公里，其中园区道路30公里由经开区管委会负责，县道升级改造20公里由县交通运输局负责组织实施。\n"
        "牵头单位：县发改局 配合单位：县财政局\n"
    )
    units = _units(text, year=2025)
    assert units["园区道路30公里"] == (("经开区管委会",), ("县财政局",))
    assert units["县道升级改造20公里"] == (("县交通运输局",), ("县财政局",))


def test_a_speaker_s_own_duty_names_no_unit() -> None:
    """我们要牵头抓好项目调度,县工信局要主动服务: the speakers are no unit; the sentence gives no junk names."""
    units = _units("（二）抓项目。全年新开工项目45个。我们要牵头抓好项目调度，县工信局要主动服务。\n", year=2025)
    assert units["全年新开工项目45个"] == ((), ())


def test_a_unit_stating_a_figure_in_words_is_no_helper_and_a_livelihood_title_no_support_section() -> None:
    """县交通运输局要配合做好道路改造,新建公共停车场三个: a figure in words is its own target, so it leads it; under
    (三)增进民生保障 the units helping after the lead help it (民生保障, a field, gives no parts of the support)."""
    text = (
        "县住建局要完成城北片区12个老旧小区改造。县交通运输局要配合做好道路改造,新建公共停车场三个。\n\n"
        "(三)增进民生保障。镇社会事务办要做好就业工作,新增城镇就业220人。镇卫生院、镇中心学校要主动配合。\n"
    )
    units = _units(text, year=2025)
    assert units["完成城北片区12个老旧小区改造"] == (("县住建局",), ())
    assert units["新建公共停车场三个"] == (("县交通运输局",), ())
    assert units["新增城镇就业220人"] == (("镇社会事务办",), ("镇卫生院", "镇中心学校"))


def test_a_date_stops_at_a_horizon_in_the_clause_and_dates_what_a_date_in_a_far_clause_does_not_govern() -> None:
    """2025年底前,…18公里,到2027年累计改造管网50公里: the horizon's clause is no milestone; 6月底前,…,新建雨水泵站3座,
    改造管网12公里,年内新增绿地5公顷: the pumping stations are dated (the date after the next clause is not theirs)."""
    kinds = {
        t.quote: t.kind
        for t in draft_spec(
            "2025年底前，改造雨污合流管网18公里，到2027年累计改造管网50公里。\n"
            "6月底前，完成排水防涝专项规划编制，新建雨水泵站3座，改造管网12公里，年内新增绿地5公顷。\n",
            year=2025,
        ).targets
    }
    assert kinds["累计改造管网50公里"] == "amount"
    assert kinds["新建雨水泵站3座"] == "milestone"


def test_this_year_s_figures_before_a_close_on_last_year_s_work_stay_targets() -> None:
    """今年,全县计划…新增城镇就业3000人;截至2024年底,上年度十件民生实事已全部完成。: this year's figures."""
    text = "今年，全县计划实施民生实事项目10件，新增城镇就业3000人；截至2024年底，上年度十件民生实事已全部完成。\n"
    assert "新增城镇就业3000人" in [t.quote for t in draft_spec(text, year=2025).targets]


def test_helpers_listed_before_a_comma_and_the_last_named_with_their_verb_all_help() -> None:
    """…,县住房和城乡建设局、县交通运输局、县水利局,各乡镇人民政府配合。: the list before the comma helps as the places
    named with 配合 do, in the order named."""
    text = (
        "丰川县2025年重点工作安排\n\n一、重点任务\n\n"
        "(八)持续改善生态环境。由市生态环境局丰川分局牵头,县城空气质量优良天数比率达到88%,完成市下达的主要污染物减排"
        "任务,县住房和城乡建设局、县交通运输局、县水利局,各乡镇人民政府配合。\n\n"
        "(九)促进就业。由县人社局牵头,城镇新增就业3000人,县财政局配合。\n"
    )
    assert _units(text, year=2025)["县城空气质量优良天数比率达到88%"] == (
        ("市生态环境局丰川分局",),
        ("县住房和城乡建设局", "县交通运输局", "县水利局", "各乡镇人民政府"),
    )
