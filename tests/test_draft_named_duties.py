"""Units given away from the items they answer for: to table rows by number, to indicators by name;
and headings and clauses that look like targets but state none."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec

SCHEDULE = (
    "某县2025年重点项目建设计划表\n\n"
    "项目名称    建设内容及规模    年度目标    责任单位\n"
    "一、产业发展项目\n"
    "1.标准化厂房三期    新建标准化厂房12栋    3月底前开工,完成年度投资1.6亿元\n"
    "2.北山风电场二期    安装风机32台    5月底前完成风机吊装20台,完成年度投资4.2亿元\n"
    "3.古镇文旅综合体    改造历史街区1.2公里    完成年度投资1.1亿元    县文旅局\n"
    "4.农村公路提档升级工程    改造农村公路60公里    年底前完成农村公路改造60公里\n"
    "5.供水管网改造工程    改造供水管网42公里    完成年度投资0.6亿元\n\n"
    "表中责任单位栏空白的项目,不沿用上一行责任单位,按以下分工落实:第1—2项由县发改局牵头,县工信局配合,"
    "其中第2项并网工作由国网某县供电公司协助;第4项由县交通运输局负责,沿线乡镇配合;第5项由县水务局牵头,"
    "县城投集团具体实施。\n"
)


def _units(text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=2025).targets}


def test_rows_named_by_number_below_a_spaced_table_take_the_duty_not_the_row_above() -> None:
    """A row whose unit cell is blank takes the units a duty names it by number under the table, not
    the units of the row above; units said only to help with a part of an item join its support."""
    units = _units(SCHEDULE)
    assert units["3月底前开工"] == (("县发改局",), ("县工信局",))
    assert units["5月底前完成风机吊装20台"] == (("县发改局",), ("县工信局", "国网某县供电公司"))
    assert units["完成年度投资1.1亿元"] == (("县文旅局",), ())
    assert units["年底前完成农村公路改造60公里"] == (("县交通运输局",), ("沿线乡镇",))
    assert units["完成年度投资0.6亿元"] == (("县水务局",), ("县城投集团",))


def test_a_row_with_its_own_units_keeps_them_whatever_a_duty_says() -> None:
    text = SCHEDULE.replace("第1—2项由县发改局牵头", "第1—3项由县发改局牵头")
    assert _units(text)["完成年度投资1.1亿元"] == (("县文旅局",), ())


def test_without_a_duty_a_blank_cell_of_a_spaced_table_still_takes_the_units_above() -> None:
    text = SCHEDULE.split("\n\n表中")[0] + "\n"
    assert _units(text)["年底前完成农村公路改造60公里"] == (("县文旅局",), ())


GOALS = (
    "某区2025年政府工作报告\n\n二、2025年工作安排\n\n"
    "今年的主要预期目标是:地区生产总值增长6%左右;规模以上工业增加值增长7.5%;"
    "城乡居民人均可支配收入分别增长5.5%、7%左右;单位地区生产总值能耗下降完成市下达目标任务;"
    "营商环境便利度指数达到88以上;粮食产量稳定在9万吨。\n\n"
    "上述预期目标中,地区生产总值、规模以上工业增加值分别由区发改局、区工信局牵头,区统计局配合;"
    "城乡居民人均可支配收入由区人社局牵头,区农业农村局配合;能耗指标由区发改局牵头,区生态环境分局配合;"
    "营商环境便利度指数由区营商环境建设局牵头。\n\n"
    "(一)聚力科技创新。力争全年新认定高新技术企业60家。(牵头单位:区科技局;责任单位:区工信局)\n"
    "(二)扩大有效需求。全年安排区级重点项目120个。(牵头单位:区发改局)\n"
)


def test_indicators_named_after_the_goals_give_each_goal_its_units() -> None:
    """分别由A、B牵头 pairs names with units in turn; a target takes the indicator its words name last
    (…地区生产总值能耗… is the 能耗指标's); a figure after 、 in a 分别 list is the same indicator's;
    a goal no duty names keeps none."""
    units = _units(GOALS)
    assert units["地区生产总值增长6%左右"] == (("区发改局",), ("区统计局",))
    assert units["规模以上工业增加值增长7.5%"] == (("区工信局",), ("区统计局",))
    assert units["城乡居民人均可支配收入分别增长5.5%"] == (("区人社局",), ("区农业农村局",))
    assert units["7%左右"] == (("区人社局",), ("区农业农村局",))
    assert units["单位地区生产总值能耗下降完成市下达目标任务"] == (("区发改局",), ("区生态环境分局",))
    assert units["营商环境便利度指数达到88以上"] == (("区营商环境建设局",), ())
    assert units["粮食产量稳定在9万吨"] == ((), ())
    assert units["力争全年新认定高新技术企业60家"] == (("区科技局",), ("区工信局",))


def test_without_the_duty_sentence_the_goals_stay_the_plans_own() -> None:
    text = GOALS.split("上述预期目标中")[0] + GOALS.split("营商环境建设局牵头。\n\n")[1]
    assert all(units == ((), ()) for quote, units in _units(text).items() if not quote.startswith(("力争", "全年")))


def test_a_goal_heading_saying_results_will_show_is_no_look_back() -> None:
    """(三)绿色转型成效明显 heads targets; 主要成效 and 存在的问题 look back."""
    ahead = "某县行动方案\n\n一、主要目标\n(三)绿色转型成效明显。到2027年,森林覆盖率达到63.5%。\n"
    assert [t.quote for t in draft_spec(ahead, year=2025).targets] == ["森林覆盖率达到63.5%"]
    for heading in ("主要成效", "存在的问题"):
        back = f"某镇2024年上半年工作报告\n\n一、{heading}\n\n上半年新开工亿元以上项目仅2个,剩余2件积案。\n"
        assert not draft_spec(back, year=2024).targets


def test_the_yardstick_of_the_work_is_no_deliverable_even_when_dated() -> None:
    text = (
        "某镇2024年下半年工作安排\n\n三、下半年工作安排\n\n"
        "下半年,全镇将对照年度目标,逐项倒排节点。一是抓实秋粮生产。确保秋粮播种面积不少于2.6万亩。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2024).targets] == ["确保秋粮播种面积不少于2.6万亩"]


def test_a_dash_after_the_label_of_the_targets_opens_their_list() -> None:
    text = (
        "成都市政府工作报告\n\n报告提出了成都今年发展的主要预期目标——地区生产总值增长7.5%,全社会固定资产投资增长8%。\n"
    )
    dated = text.replace("——地区", "——2018年地区")
    assert [t.quote for t in draft_spec(dated, year=2018).targets][0] == "地区生产总值增长7.5%"
    assert [t.quote for t in draft_spec(text, year=2018).targets] == [
        "地区生产总值增长7.5%",
        "全社会固定资产投资增长8%",
    ]


def test_the_bare_figures_after_a_clause_telling_what_was_done_are_what_it_came_to() -> None:
    """宁夏打造了…,创建…5个: a report; a sentence turning ahead (到2027年) states targets again; a plan
    stated by a verb with 了 (提出了, 纳入了) is no report."""
    text = (
        "宁夏特色农业提质计划\n\n"
        "宁夏打造了六大产业集群,创建国家级现代农业产业园5个、产业强镇16个,累计培育区域公用品牌20个。"
        "下一步,到2027年,“六特”产业综合产值达4300亿元。"
        "县道提升工程被纳入了民生实事项目,总里程11.43公里。\n"
    )
    quotes = [t.quote for t in draft_spec(text, year=2024).targets]
    assert not any("产业园" in q or "品牌" in q or "强镇" in q for q in quotes)
    assert "“六特”产业综合产值达4300亿元" in quotes
    assert "总里程11.43公里" in quotes
    for words in ("为了保障粮食安全,全年粮食播种面积稳定在50万亩以上。", "除了巩固存量,全年新增市场主体3000户。"):
        assert draft_spec(f"某县2024年工作要点\n\n{words}\n", year=2024).targets  # 为了, 除了: no 了 of a deed


def test_the_count_of_a_livelihood_list_named_in_words_is_no_target() -> None:
    text = "连云港市2025年民生实事\n\n市民生实事项目十大项共50件,具体如下:\n一、新建幼儿园5所。\n"
    assert [t.quote for t in draft_spec(text, year=2025).targets] == ["新建幼儿园5所"]


def test_a_duty_for_part_of_the_items_or_their_data_gives_no_lead() -> None:
    """注:第2—4项数据由县统计局负责 says who reports the figures, not who answers for the rows."""
    text = SCHEDULE.split("\n\n表中")[0] + "\n\n注:第2—4项数据由县统计局负责。\n"
    assert _units(text)["年底前完成农村公路改造60公里"] == (("县文旅局",), ())


def test_a_row_number_is_its_serial_cell_not_a_decimal_opening_its_name() -> None:
    text = (
        "某县2025年重点项目计划\n\n序号 | 项目名称 | 年度目标 | 责任单位 |\n"
        "1 | 城东学校 | 完成年度投资0.5亿元 | 县教育局 |\n2 | 城北医院 | 完成年度投资0.6亿元 |  |\n"
        "3 | 城南公园 | 完成年度投资0.7亿元 | 县城管局 |\n4 | 2.5万吨冷链物流中心 | 完成年度投资0.8亿元 |  |\n\n"
        "表中空白的责任单位,不沿用上一行:第2项由县发改局牵头;第4项由县商务局牵头。\n"
    )
    units = _units(text)
    assert units["完成年度投资0.6亿元"] == (("县发改局",), ())
    assert units["完成年度投资0.8亿元"] == (("县商务局",), ())


def test_goals_one_a_line_and_duties_parted_by_commas_take_their_units() -> None:
    text = (
        "某区2025年工作要点\n\n一、主要目标\n1.地区生产总值增长6%左右。\n2.规模以上工业增加值增长7.5%。\n"
        "3.社会消费品零售总额增长5%。\n"
        "上述预期目标中,地区生产总值由区发改局牵头,规模以上工业增加值由区工信局牵头,社会消费品零售总额由区商务局"
        "牵头,区统计局配合。\n二、重点任务\n(一)新建学校3所。(牵头单位:区教育局)\n(二)新建公园2个。(牵头单位:区城管局)\n"
    )
    units = _units(text)
    assert units["地区生产总值增长6%左右"] == (("区发改局",), ())
    assert units["规模以上工业增加值增长7.5%"] == (("区工信局",), ())
    assert units["社会消费品零售总额增长5%"] == (("区商务局",), ("区统计局",))


def test_a_place_opening_a_clause_of_means_still_delivers() -> None:
    text = "某县2024年工作要点\n\n全县利用边角地、闲置地新建停车场15处。全市面向重点群体开展职业技能培训5万人次以上。\n"
    assert len(draft_spec(text, year=2024).targets) == 2


def test_a_heading_to_mend_the_problems_found_states_targets() -> None:
    text = (
        "某县巡察反馈问题整改方案\n\n一、整改巡察反馈存在的问题\n6月底前完成问题整改,整改完成率达到100%。\n"
        "二、着力解决群众面临的问题\n年底前新建便民服务站12个。\n"
    )
    assert len(draft_spec(text, year=2024).targets) == 3


def test_leading_said_with_how_and_a_lead_working_with_helpers() -> None:
    """牵头统筹 leads as 牵头 does (统筹 is no unit); X会同Y负责: X leads, Y helps."""
    from planengine.draft.responsibility import parse_responsibility

    overall = parse_responsibility("上述目标由市发展改革委牵头统筹,市商务局、市统计局按职责分工负责")
    assert (overall.lead, overall.support) == (("市发展改革委",), ("市商务局", "市统计局"))
    jointly = parse_responsibility("由区教育局会同区财政局负责")
    assert (jointly.lead, jointly.support) == (("区教育局",), ("区财政局",))


def test_a_yearly_increase_said_as_递增_is_a_growth_rate() -> None:
    text = "某县十一五规划\n\n工业总产值5年平均递增22%,财政收入年平均递增28%。\n"
    assert [(t.kind, t.value) for t in draft_spec(text, year=2006).targets] == [
        ("growth-rate", Decimal("0.22")),
        ("growth-rate", Decimal("0.28")),
    ]


def test_the_units_a_closing_sentence_names_with_会同() -> None:
    from planengine.draft.responsibility import parse_responsibility

    answer = parse_responsibility("以上任务由区教育局会同区财政局负责")
    assert (answer.lead, answer.support) == (("区教育局",), ("区财政局",))


def test_a_growth_target_set_as_a_figure_and_the_plans_own_measures_counted() -> None:
    text = (
        "广东省建设现代化产业体系2025年行动计划\n\n《行动计划》着力实施8大行动、26项工作举措,"
        "全省地区生产总值增长预期目标设定为5%左右。\n"
    )
    assert [(t.kind, t.comparator, t.value) for t in draft_spec(text, year=2025).targets] == [
        ("growth-rate", "approx", Decimal("0.05"))
    ]


def test_links_to_other_stories_torn_from_their_tags_are_no_part_of_the_plan() -> None:
    """- 央行:2019年…创新高">央行:… lines: no target, and their years do not make the plan's year."""
    text = (
        "source: http://example.com/news/1.html\n\n重庆两会\n"
        "重庆市2018年主要预期目标为,地区生产总值增长8.5%左右。\n"
        '- 央行:2019年人民币跨境收付额创新高">央行:2019年人民币跨境收付额创新高\n'
        '- 两部委要求:构建分级分层分流的城市传染病救治网络">两部委要求:构建分级分层分流的城市传染病救治网络\n'
    )
    result = draft_spec(text)
    assert [t.quote for t in result.targets] == ["地区生产总值增长8.5%左右"]
    assert result.spec["year"] == 2018


def test_measures_each_held_to_their_level_in_one_list_are_a_target_each() -> None:
    text = "某省城市建设绿色发展方案\n\n确保河湖面积不缩小、水质不下降、防洪能力不降低。\n"
    assert [(t.quote, t.kind, t.comparator) for t in draft_spec(text, year=2018).targets] == [
        ("确保河湖面积不缩小", "relative", ">="),
        ("水质不下降", "relative", ">="),
        ("防洪能力不降低", "relative", ">="),
    ]


def test_a_news_headline_is_stated_again_by_its_report() -> None:
    """The headline over the page's source line restates a figure the report states further on, in
    other words; a headline figure the report does not state stays."""
    text = (
        "source: http://example.com/news/2.html\n\n"
        "10月底前河北省完成1160万中小学生脊柱侧弯筛查_全球快看点\n\n来源:新华网 发布时间:2023-04-24 09:59:37\n\n"
        "日前,记者从全省卫生健康工作会议上获悉,10月底前完成全省1160万中小学生脊柱侧弯筛查。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2023).targets] == ["10月底前完成全省1160万中小学生脊柱侧弯筛查"]
    alone = text.replace("10月底前完成全省1160万中小学生脊柱侧弯筛查。", "全省将做好一老一小健康服务。")
    assert [t.quote for t in draft_spec(alone, year=2023).targets] == [
        "10月底前河北省完成1160万中小学生脊柱侧弯筛查_全球快看点"
    ]


def test_a_count_framed_as_the_works_focus_is_no_target() -> None:
    text = "辽中县十一五规划\n\n全县扶贫工作以辽西四个乡镇为重点,新建扶贫基地5个。以3个产业园为载体,引进项目20个。\n"
    assert [t.quote for t in draft_spec(text, year=2006).targets] == ["新建扶贫基地5个", "引进项目20个"]


def test_units_said_in_words_in_the_ways_a_plan_varies_them() -> None:
    """A sentence after the item names who answers: 牵头抓总; 负责此项实事…协助; 组织实施…予以配合 (two
    offices of one kind joined by 和); 此项实事的责任单位是…; …为此项实事的责任单位; …部分由…牵头; after a ;."""
    text = (
        "某县2025年十件民生实事实施方案\n\n"
        "一、食品安全。完成食品安全监督抽检2200批次以上。县市场监督管理局牵头抓总,县教育体育局按职责分工负责。\n\n"
        "二、医疗。新建村卫生室15个。县卫生健康局负责此项实事,县医疗保障局和各乡镇人民政府协助。\n\n"
        "三、住房。改造老旧小区26个。由县住房和城乡建设局组织实施,城关街道办事处和凤鸣街道办事处予以配合。\n\n"
        "四、养老。新增养老床位300张。此项实事的责任单位是县民政局,县财政局、县残疾人联合会参与实施。\n\n"
        "五、供水。农村自来水普及率达到98%。县水利局为此项实事的责任单位,县农业农村局和各乡镇人民政府共同推进。\n\n"
        "六、停车。新增公共停车泊位1200个以上。停车设施部分由县城市管理局牵头,县公安局交通管理大队配合。\n\n"
        "七、项目。全年实施重点项目12个;县发展改革局负责,县便民服务中心协助。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2025).targets] == [
        (("县市场监督管理局",), ("县教育体育局",)),
        (("县卫生健康局",), ("县医疗保障局", "各乡镇人民政府")),
        (("县住房和城乡建设局",), ("城关街道办事处", "凤鸣街道办事处")),
        (("县民政局",), ("县财政局", "县残疾人联合会")),
        (("县水利局",), ("县农业农村局", "各乡镇人民政府")),
        (("县城市管理局",), ("县公安局交通管理大队",)),
        (("县发展改革局",), ("县便民服务中心",)),
    ]


def test_units_of_the_goals_paragraph_are_not_its_tasks() -> None:
    """(主要目标由…牵头…) closing the goals under a heading answers for them, not for the items after it
    that name their own (or no) units."""
    text = (
        "某镇2025年工作安排\n\n二、2025年工作安排\n全镇地区生产总值增长6.5%。(主要目标由镇党政综合办公室牵头统筹,各村配合)\n"
        "(一)抓好项目。全年实施重点项目12个。\n(二)抓好民生。新建幼儿园2所(镇社会事务办公室牵头)。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2025).targets] == [
        (("镇党政综合办公室",), ("各村",)),
        ((), ()),
        (("镇社会事务办公室",), ()),
    ]


def test_a_province_shares_its_targets_among_its_cities_and_a_sites_footer_names_no_unit() -> None:
    text = (
        "江岭省2025年就业工作目标任务分解\n\n| 市(州) | 新增城镇就业(万人) | 技能培训(万人次) |\n"
        "| 霁州市 | 9.6 | 14.2 |\n| 安澜市 | 6.8 | 10.5 |\n\n"
        "主办单位:中共某省委政策研究室 承办单位:某省委政策研究室办公室 技术支撑:红网\n"
    )
    got = [(t.value, t.lead) for t in draft_spec(text, year=2025).targets]
    assert got == [
        (Decimal("96000"), ("霁州市",)),
        (Decimal("142000"), ("霁州市",)),
        (Decimal("68000"), ("安澜市",)),
        (Decimal("105000"), ("安澜市",)),
    ]


def test_what_the_plans_items_cost_together_is_no_target() -> None:
    text = (
        "某县2025年十件民生实事实施方案\n\n十件实事计划总投资4.86亿元,其中县级财政安排1.92亿元。\n一、新建幼儿园3所。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2025).targets] == ["新建幼儿园3所"]
