"""Shapes of plans the twenty-seventh session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec
from planengine.draft.responsibility import split_units


def _units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


_SHARES_WITH_COLUMN_NOTE = (
    "各乡镇目标任务见下表。\n\n"
    "乡镇\t粮食播种面积（万亩）\t农村户厕改造（户）\n"
    "合计\t12.00\t900\n"
    "城关镇\t5.50\t400\n"
    "东岗镇\t6.50\t500\n"
    "{note}\n"
)


def test_a_note_giving_columns_out_by_their_headers_answers_for_every_row_under_them() -> None:
    """表中粮食播种面积由县农业农村局牵头,县统计局配合;农村户厕改造由县乡村振兴局牵头: each column's figures,
    the places' rows and the total's alike, are answered for by the units the note names for that column."""
    note = "表中粮食播种面积由县农业农村局牵头，县统计局配合；农村户厕改造由县乡村振兴局牵头，县卫生健康局配合。"
    drafted = _units(_SHARES_WITH_COLUMN_NOTE.format(note=note))
    farmland = (("县农业农村局",), ("县统计局",))
    toilets = (("县乡村振兴局",), ("县卫生健康局",))
    assert [(lead, support) for _, lead, support in drafted] == [farmland, toilets] * 3


def test_a_note_under_a_table_saying_who_counts_leaves_the_places_answering() -> None:
    """表中粮食播种面积由县统计局负责核算 says who counts the figure, not who reaches it; 表中数据为…
    names no header: each place's row stays its own."""
    for note in (
        "注：表中粮食播种面积由县统计局负责核算；农村户厕改造由县乡村振兴局负责统计。",
        "注：表中数据为当年新增任务量。",
    ):
        drafted = _units(_SHARES_WITH_COLUMN_NOTE.format(note=note))
        assert [lead for quote, lead, _ in drafted if quote.startswith("城关镇")] == [("城关镇",), ("城关镇",)]


def test_a_column_note_leaves_a_table_of_units_rows_and_parts_split_at_a_comma() -> None:
    """Under a table whose rows are answered for by their own units (指标 | 2026年目标 | 责任单位) a note naming
    a column changes nothing; 表中A由X牵头,B由Y牵头 gives A to X alone and B to Y alone."""
    units_table = (
        "指标\t2026年目标\t责任单位\n"
        "地区生产总值增速（%）\t6.5\t县发展和改革局\n"
        "森林覆盖率（%）\t63\t县林业局\n"
        "表中2026年目标由县发展和改革局牵头汇总。\n"
    )
    assert [lead for _, lead, _ in _units(units_table)] == [("县发展和改革局",), ("县林业局",)]
    note = "表中粮食播种面积由县农业农村局牵头，农村户厕改造由县乡村振兴局牵头。"
    drafted = _units(_SHARES_WITH_COLUMN_NOTE.format(note=note))
    assert [lead for _, lead, _ in drafted] == [("县农业农村局",), ("县乡村振兴局",)] * 3


def test_a_figure_done_with_the_years_target_in_brackets_is_a_report() -> None:
    """上半年…同比增长6.2%(全年目标为增长6%左右): the year's target stands only in a remark on the figure
    done, so the clause reports; a clause stating the year's target in its own words is still read."""
    text = (
        "一、上半年工作完成情况\n"
        "上半年，全县完成地区生产总值52.3亿元，同比增长6.2%（全年目标为增长6%左右）；"
        "空气质量优良天数比例为88.5%（全年目标为不低于87%），全年新增城镇就业2500人。\n"
    )
    assert [quote for quote, _, _ in _units(text)] == ["全年新增城镇就业2500人"]
    with_comma = text.replace("增长6%左右）", "增长6%左右，力争7%）")  # (a remark's own commas split no clause)
    assert [quote for quote, _, _ in _units(with_comma)] == ["全年新增城镇就业2500人"]


def test_a_ditto_mark_in_a_unit_cell_repeats_the_units_above() -> None:
    """| 〃 | in the units column says what 同上 says: the row above's units answer for this row."""
    text = (
        "序号 | 项目名称 | 目标任务 | 责任单位 | 完成时限 |\n"
        "5 | 老旧小区改造 | 改造老旧小区22个 | 区住房和城乡建设局 | 2026年11月底 |\n"
        "6 | 燃气管道更新 | 更新改造老化燃气管道36公里 | 〃 | 2026年10月底 |\n"
        "7 | 供水保障 | 新建改造农村供水管网85公里 | 仝上 | 2026年10月底 |\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [("区住房和城乡建设局",)] * 3


def test_days_before_within_are_a_time_limit_not_a_dates_day() -> None:
    """压缩至45日以内 limits days as 45日内 does; 3月30日以内 stays a date."""
    drafted = draft_spec(
        "涉企行政复议案件办理期限压缩至45日以内；3月30日以内完成整改；工单受理后3日以内办结率达到90%以上。", year=2026
    ).targets
    assert [(t.kind, t.comparator, t.value, t.unit) for t in drafted] == [
        ("ceiling", "<=", Decimal("45"), "日"),
        ("milestone", None, None, ""),
        ("ratio", ">=", Decimal("0.90"), "%"),  # (the days scope the rate: no limit of their own)
    ]


def test_a_disabled_persons_federation_heads_its_paragraph_as_a_bureau_does() -> None:
    """十、区退役军人事务局、区残联:… in a run of units' paragraphs: 残联 (like 妇联, 科协, 工商联) ends a
    body's name, so the paragraph is theirs and the run of paragraphs after it is not broken."""
    text = (
        "区政府确定2026年集中力量办好以下为民实事。\n\n"
        "九、区文化和旅游体育局：举办群众性文体活动不少于120场。\n\n"
        "十、区退役军人事务局、区残联：为困难退役军人家庭实施无障碍改造200户。（区财政局配合）\n\n"
        "十一、区水利局：完成河道综合治理4.5公里。（区农业农村局配合）\n\n"
        "十二、工作要求\n各责任单位要细化措施，确保按期完成。\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("区文化和旅游体育局",), ()),
        (("区退役军人事务局", "区残联"), ("区财政局",)),
        (("区水利局",), ("区农业农村局",)),
    ]


def test_entering_a_tier_is_an_end_reached() -> None:
    """力争进入全省县域营商环境评价第一方阵, 进入全国创新型城市行列: a tier of places reached, a milestone;
    进入全省前列 and 进入全市先进行列 (no tier named) stay wishes, and firms entering a category
    (进入科技型企业行列, the seed plan's measure) are no end of the plan's."""
    drafted = draft_spec(
        "确保全县营商环境评价进入全市前3位，力争进入全省县域营商环境评价第一方阵；进入全国创新型城市行列；"
        "各项工作进入全省前列；党建工作进入全市先进行列；支持企业提升创新实力，进入科技型企业行列。",
        year=2026,
    ).targets
    assert [(t.quote, t.kind, t.strive) for t in drafted] == [
        ("确保全县营商环境评价进入全市前3位", "ceiling", False),
        ("力争进入全省县域营商环境评价第一方阵", "milestone", True),
        ("进入全国创新型城市行列", "milestone", False),
    ]


def test_a_sentence_working_with_another_office_in_a_units_paragraph_gives_it_as_that_sentences_helper() -> None:
    """十、区科协:…。联合区教育局开展…。建设…。(区财政局配合): the sentence opening 联合 is the paragraph's
    units' with 区教育局 helping it alone; the sentences after it go on with the paragraph's units and helpers."""
    text = (
        "区政府确定2026年为民实事。\n\n"
        "九、区文化和旅游体育局：举办群众性文体活动不少于120场。\n\n"
        "十、区科协：举办科普讲座50场。联合区教育局开展青少年科技创新大赛2次。建设社区科普e站10个。（区财政局配合）\n\n"
        "十一、区水利局：完成河道综合治理4.5公里。\n\n"
        "十二、工作要求\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)][1:4] == [
        (("区科协",), ("区财政局",)),
        (("区科协",), ("区教育局",)),
        (("区科协",), ("区财政局",)),
    ]


def test_bodies_addressed_in_full_head_their_paragraph_only_within_a_run_of_units_paragraphs() -> None:
    """各街道办事处、各镇人民政府:… among units' paragraphs answers for its own paragraph (a notice's
    salutation, 各乡镇人民政府:1.现将…, stays no heading: tests/test_draft_inline.py)."""
    text = (
        "二、任务分工\n"
        "区农业农村局:全年培训高素质农民不少于800人。\n"
        "区工业和信息化局:推动研发机构覆盖率达到45%。\n"
        "各街道办事处、各镇人民政府:教学点覆盖率达到90%以上。\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [
        ("区农业农村局",),
        ("区工业和信息化局",),
        ("各街道办事处", "各镇人民政府"),
    ]


def test_an_office_answering_for_living_environment_is_no_person_in_charge() -> None:
    """镇村建办负责人居环境整治…: 负责 then 人居环境 (not 负责人, a person), so the office is the
    paragraph's subject, and the other offices named as subjects keep theirs."""
    text = (
        "（五）建设美丽望川。镇村建办负责人居环境整治和村庄规划，确保完成3个村实用性村庄规划编制。\n"
        "（六）繁荣文旅。镇文化站负责公共文化服务，全年举办群众文化活动60场次以上。\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [("镇村建办",), ("镇文化站",)]


def test_a_schedule_line_names_its_offices_after_its_date() -> None:
    """3月底前:镇经发办完成…;镇社会事务办完成…: each office answers for its part of the month's line, and
    the month dates what the first names (镇农业服务中心, a township's centre by what it serves, too)."""
    text = (
        "三、月度时间节点\n\n"
        "3月底前：镇经发办完成招商引资项目库建立；镇社会事务办完成城乡居民医保集中参保缴费工作。\n"
        "9月底前：镇农业服务中心完成农村户厕改造180户。\n"
    )
    drafted = draft_spec(text, year=2026).targets
    assert [(t.lead, t.kind) for t in drafted] == [
        (("镇经发办",), "milestone"),
        (("镇社会事务办",), "milestone"),
        (("镇农业服务中心",), "milestone"),
    ]
    assert drafted[-1].value == Decimal("180")


def test_a_unit_named_in_a_section_closed_for_all_its_work_answers_for_its_sentence_alone() -> None:
    """(三)… / 县水利局要实施农村供水保障工程12处…。新开工改造城镇老旧小区14个… / 以上工作由县住建局牵头:
    the unit named answers for its sentence; the sentences after it are the closing statement's. A paragraph
    closed by a statement of its own (…(责任单位:镇农村经营管理站)) leaves the unit named its whole paragraph."""
    text = (
        "（三）交通和市政基础设施\n\n"
        "县水利局要实施农村供水保障工程12处，农村自来水普及率达到96%。新开工改造城镇老旧小区14个；"
        "更换老旧路灯1500盏。\n\n"
        "以上工作由县住房和城乡建设局牵头，县发展改革局配合。\n\n"
        "（四）乡村振兴\n\n"
        "镇农业农村办将牵头抓好特色农业，新建高标准农田4500亩。做优特色品牌，新建标准化生态茶园800亩。\n\n"
        "壮大村级集体经济，30万元以上的村达到8个（责任单位：镇农村经营管理站，各村配合）。\n"
    )
    water, housing = (("县水利局",), ()), (("县住房和城乡建设局",), ("县发展改革局",))
    farming = (("镇农业农村办",), ())
    assert [(lead, support) for _, lead, support in _units(text)] == [
        water,
        water,
        housing,
        housing,
        farming,
        farming,
        (("镇农村经营管理站",), ("各村",)),
    ]


def test_a_column_of_last_years_estimate_is_a_baseline() -> None:
    """指标 | 单位 | 2025年预计 | 2026年目标: the estimate for the year gone is where things stand; the row's
    target is read from its target cell with the indicator's name (增速: a growth rate)."""
    text = (
        "序号 | 指标 | 单位 | 2025年预计 | 2026年目标 | 属性 | 责任单位\n"
        "1 | 规模以上工业增加值增速 | % | 6.8 | 7左右 | 预期性 | 市工业和信息化局\n"
        "2 | 每万人口高价值发明专利拥有量 | 件 | 9.1 | 10 | 预期性 | 市市场监管局\n"
    )
    drafted = draft_spec(text, year=2026).targets
    assert [(t.kind, t.comparator, t.value) for t in drafted] == [
        ("growth-rate", "approx", Decimal("0.07")),
        ("ratio", "=", Decimal("10")),
    ]


def test_an_office_going_on_with_同时_and_one_helping_another_named_first() -> None:
    """镇经发办会同镇财政所…。镇经发办同时负责…: the office again, without the helper of the sentence before;
    镇农业服务中心配合镇村建办完成…: the office helped leads, the one named first helps."""
    text = (
        "（一）做强产业支撑。镇经发办负责招商引资，确保全年新签约亿元以上项目3个。"
        "镇经发办会同镇财政所做好闲置厂房盘活，年底前盘活闲置厂房2万平方米以上。"
        "镇经发办同时负责农村电商发展，新增村级电商服务站4个。\n"
        "（二）建设美丽望川。镇生态环境办负责大气污染防治，秸秆露天焚烧火点数控制在5个以内。"
        "镇农业服务中心配合镇村建办完成植树造林500亩。\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("镇经发办",), ()),
        (("镇经发办",), ("镇财政所",)),
        (("镇经发办",), ()),
        (("镇生态环境办",), ()),
        (("镇村建办",), ("镇农业服务中心",)),
    ]


def test_points_opening_with_their_unit_and_closing_with_their_helpers() -> None:
    """一是由县教育体育局负责,…,县发展和改革局、县财政局协助;二是由…: each point's unit leads it and the units
    its last clause names help, even a section's only point (a heading of its own)."""
    text = (
        "一、教育卫生类（2件）\n"
        "着力扩大普惠性学前教育资源。\n"
        "一是由县教育体育局负责，新建县城第三幼儿园1所，县发展和改革局、县财政局协助；"
        "二是由县卫生健康局负责，免费开展健康体检3.2万人次以上，县医疗保障局协助。\n\n"
        "二、生态文体类（1件）\n"
        "丰富群众精神文化生活。\n"
        "一是由县文化和旅游局负责，放映农村公益电影1500场，县融媒体中心协助。\n\n"
        "三、工作要求\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("县教育体育局",), ("县发展和改革局", "县财政局")),
        (("县卫生健康局",), ("县医疗保障局",)),
        (("县文化和旅游局",), ("县融媒体中心",)),
    ]


def test_offices_sharing_a_sections_work_by_sentence_lead_their_own_parts() -> None:
    """市场推广科负责…;资源开发科负责…。责任科室:市场推广科(牵头)、资源开发科: the closing list names the offices
    the sentences share the work among, each sentence's own office leading its part."""
    text = (
        "（四）做强文旅宣传推广。擦亮城市文旅品牌。市场推广科负责组织城市文旅推介活动8-10场；"
        "资源开发科负责策划推出精品旅游线路20条。责任科室：市场推广科（牵头）、资源开发科\n"
        "（五）推进广电公共服务升级。新建应急广播终端1200个。责任科室：广电科（牵头）、资源开发科\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("市场推广科",), ()),
        (("资源开发科",), ()),
        (("广电科",), ("资源开发科",)),
    ]


def test_a_column_of_the_years_planned_stages_dates_each_rows_milestones() -> None:
    """序号 | 项目名称 | 建设规模及内容 | … | 年度形象进度 | 责任单位: the stages (3月底前开工,10月底前主体完工)
    are the row's targets, each a milestone; the scale column describes the project."""
    text = (
        "序号 | 项目名称 | 建设规模及内容 | 总投资（万元） | 年度计划投资（万元） | 年度形象进度 | 责任单位 |\n"
        "1 | 环保涂料项目 | 新建生产车间4.2万平方米，购置自动化生产线6条 | 68000 | 21500 | "
        "3月底前开工，10月底前主体完工 | 县工信局 |\n"
    )
    drafted = draft_spec(text, year=2026).targets
    assert [(t.quote, t.kind) for t in drafted if t.kind == "milestone"] == [
        ("3月底前开工", "milestone"),
        ("10月底前主体完工", "milestone"),
    ]
    # (the year's planned investment is a target of its own; the scale's figures are none)
    assert [(t.kind, t.value) for t in drafted if t.kind != "milestone"] == [("amount", Decimal("215000000"))]


def test_a_helper_said_to_help_with_every_item_below_helps_each_of_them() -> None:
    """…配合单位:局相关业务科室,各县(市、区)林业主管部门(以下均需各县(市、区)林业主管部门配合,不再列出): the county
    offices help with every item from there on, and the remark is no part of their name."""
    text = (
        "一、规划目标\n"
        "1.森林覆盖率达到27.30%。\n"
        "牵头责任单位:森林资源管理科,配合单位:局相关业务科室,各县(市、区)林业主管部门"
        "(以下均需各县(市、区)林业主管部门配合,不再列出)。\n"
        "2.湿地保护率超过53%。\n"
        "责任单位:自然保护地管理科。\n"
    )
    county = "各县(市、区)林业主管部门"
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("森林资源管理科",), ("局相关业务科室", county)),
        (("自然保护地管理科",), (county,)),
    ]


def test_a_district_named_for_a_bay_is_a_place_not_the_greater_bay_area() -> None:
    """芦湾区:… among districts' paragraphs answers for its own, as 鹤汀区:… does (大湾区 stays an area)."""
    text = (
        "二、各县（区）目标\n\n"
        "鹤汀区：PM2.5平均浓度控制在31微克/立方米以内。\n\n"
        "芦湾区：PM2.5平均浓度不高于30微克/立方米，优良天数比率不低于92%。\n\n"
        "青萝县：PM2.5平均浓度控制在27微克/立方米左右。\n"
    )
    assert [lead for _, lead, _ in _units(text)] == [("鹤汀区",), ("芦湾区",), ("芦湾区",), ("青萝县",)]


def test_the_last_of_a_run_of_units_paragraphs_keeps_its_units_before_a_closing_paragraph() -> None:
    """十一、区水利局:…。(区农业农村局配合) then 各责任单位要细化措施…: the paragraph's unit leads its item and
    the bracket names its helpers, though the closing paragraph follows in the same part."""
    text = (
        "区政府确定2026年为民实事。\n\n"
        "九、区文化和旅游体育局：举办群众性文体活动不少于120场。\n\n"
        "十、区退役军人事务局、区残联：为困难退役军人家庭实施无障碍改造200户。（区财政局配合）\n\n"
        "十一、区水利局：完成河道综合治理4.5公里。（区农业农村局配合）\n\n"
        "各责任单位要细化措施，确保按期完成。\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)][-1] == (("区水利局",), ("区农业农村局",))


def test_digits_grouped_by_blanks_before_a_scale_are_one_figure() -> None:
    """达到1 200 亿元 (a printed page's thin blank between thousands) is 1,200亿元; a table's columns laid out
    by blanks (石家庄 400 552 119) stay figures apart."""
    drafted = draft_spec("北海地区生产总值将达到1 200 亿元；规模以上工业总产值达到3 600亿元。", year=2026).targets
    assert [t.value for t in drafted] == [Decimal("120000000000"), Decimal("360000000000")]


def test_completion_said_alone_after_its_date_dates_the_counted_work_before_it() -> None:
    """改造老旧小区12个,11月底前完成: the date and 完成 alone are the counted work's milestone; after a manner
    (细化方案、倒排工期,确保年底前全面完成) or an instruction (均须于…前完成) they are the plan's own upkeep."""
    drafted = draft_spec("改造老旧小区12个，11月底前完成；新建公厕10座，年底前全部完成。", year=2026).targets
    assert [(t.quote, t.kind) for t in drafted] == [
        ("改造老旧小区12个", "count"),
        ("11月底前完成", "milestone"),
        ("新建公厕10座", "count"),
        ("年底前全部完成", "milestone"),
    ]
    assert draft_spec("各责任单位要细化方案、倒排工期，确保年底前全面完成。", year=2026).targets == ()


def test_a_rate_of_what_is_already_done_held_and_every_village_reached_are_targets() -> None:
    """已销号问题反弹率控制在5%以内: 已 names what the rate is of, no report (已建成的5G基站达到3000个 still
    reports); …体系覆盖所有行政村 is an end reached, as 覆盖所有村 is."""
    drafted = draft_spec(
        "已销号问题反弹率控制在5%以内；农村生活垃圾收运处置体系覆盖所有行政村；已建成的5G基站达到3000个。", year=2026
    ).targets
    assert [(t.kind, t.value) for t in drafted] == [("ceiling", Decimal("0.05")), ("milestone", None)]


def test_the_means_beside_an_items_targets_are_no_targets() -> None:
    """(一)… / 目标:… / 措施:统筹整合涉农资金1.35亿元,组建12支农技服务小分队…: the targets are the 目标 line's;
    the 措施 line's figures are the means to them."""
    text = (
        "（一）粮食生产稳面增产\n"
        "目标：全县粮食播种面积稳定在42.5万亩以上，新建高标准农田3.2万亩。\n"
        "措施：统筹整合涉农资金1.35亿元，组建12支农技服务小分队。\n"
        "牵头单位：县农业农村局\n"
    )
    drafted = draft_spec(text, year=2026).targets
    assert [t.quote for t in drafted] == ["全县粮食播种面积稳定在42.5万亩以上", "新建高标准农田3.2万亩"]
    assert {t.lead for t in drafted} == {("县农业农村局",)}


def test_the_communities_labelled_beside_the_offices_help() -> None:
    """…;责任科室:经济发展办;责任社区:各社区: the office leads, the communities carrying the work out help."""
    text = "1.任务：抓好楼宇招商；目标：全年新引进注册企业120家以上；责任科室：经济发展办；责任社区：各社区\n"
    assert [(lead, support) for _, lead, support in _units(text)] == [(("经济发展办",), ("各社区",))]


def test_a_section_of_duties_gives_each_item_its_units_by_the_items_title() -> None:
    """一、项目内容 / 1.学前教育扩容项目。新建…12所… / 二、责任分工 / 学前教育扩容项目:市教育局牵头,市财政局配合。:
    each item takes the units of the line naming it."""
    text = (
        "一、项目内容\n"
        "1.学前教育扩容项目。新建、改扩建公办幼儿园12所。\n"
        "2.老年助餐服务项目。新建社区老年食堂80个。\n"
        "二、责任分工\n"
        "学前教育扩容项目：市教育局牵头，市财政局、市自然资源局配合。\n"
        "老年助餐服务项目：市民政局牵头，市商务局配合。\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)] == [
        (("市教育局",), ("市财政局", "市自然资源局")),
        (("市民政局",), ("市商务局",)),
    ]


def test_a_note_that_each_rows_place_answers_and_offices_oversee_gives_the_overseers_as_helpers() -> None:
    """Under lines of cities' targets: 表中每一行所列指标由该行设区市人民政府负总责、组织完成;省厅就业促进处、职业能力
    建设处按职责分工负责督促指导: each city leads its line, the offices help; the note itself is no target, nor
    is the explanation of the indicators (指标说明:…以…为准)."""
    text = (
        "设区市：城镇新增就业（万人），零工市场（个）\n"
        "澜州市：城镇新增就业 9.2万人，零工市场 14个\n"
        "鹭川市：城镇新增就业 8.4万人，零工市场 12个\n\n"
        "指标说明：零工市场建设以通过省级验收为准。\n\n"
        "表中每一行所列指标由该行设区市人民政府负总责、组织完成；省厅就业促进处、职业能力建设处按职责分工负责督促指导。\n"
    )
    drafted = _units(text)
    assert [(lead, support) for _, lead, support in drafted] == [
        (("澜州市",), ("省厅就业促进处", "职业能力建设处")),
    ] * 2 + [(("鹭川市",), ("省厅就业促进处", "职业能力建设处"))] * 2


def test_a_quarter_dates_a_stage_named_after_the_part_of_the_work() -> None:
    """三季度主体完成50%, 四季度主体封顶, 二季度累计投放60辆: each a milestone of its quarter (a quarter's growth,
    一季度地区生产总值增长6%, stays what the period measures)."""
    drafted = draft_spec(
        "三季度主体完成50%；四季度主体封顶；二季度累计投放60辆；一季度地区生产总值增长6%。", year=2026
    ).targets
    assert [(t.kind, t.value) for t in drafted] == [
        ("milestone", Decimal("0.50")),
        ("milestone", None),
        ("milestone", Decimal("60")),
        ("growth-rate", Decimal("0.06")),
    ]


def test_development_zones_paragraphs_are_their_committees_when_the_plan_says_so() -> None:
    """澜川经开区:全年完成…;…/澜川高新区:… and 由各开发区管委会分别对本开发区所在段落所列目标负总责: each zone's
    committee (澜川经开区管委会) leads its paragraph's targets."""
    text = (
        "二、各开发区目标任务\n\n"
        "澜川经开区：全年完成规上工业总产值280亿元，增长8%。\n\n"
        "澜川高新区：全年完成规上工业总产值420亿元，增长11%。\n\n"
        "三、保障措施\n\n"
        "第二部分所列各开发区目标任务，由各开发区管委会分别对本开发区所在段落所列目标负总责。\n"
    )
    leads = [lead for _, lead, _ in _units(text)]
    assert leads == [("澜川经开区管委会",)] * 2 + [("澜川高新区管委会",)] * 2


def test_every_townships_offices_listed_after_other_units_are_one_collective() -> None:
    """…农业综合执法大队、各乡、镇农业综合服务中心: 各乡、镇… is one collective (the offices of every township)."""
    assert split_units("农业综合执法大队、各乡、镇农业综合服务中心") == ["农业综合执法大队", "各乡、镇农业综合服务中心"]


def test_the_sentence_after_a_unit_closing_its_own_is_read_again() -> None:
    """6.新建高标准农田2.4万亩,农田建设股牵头。6月底前完成年度项目招投标,10月底前全面完工。: the unit answers for
    its sentence; the next sentence (dated, no subject of its own) is still drafted, not lost."""
    text = "6.新建高标准农田2.4万亩，农田建设股牵头。6月底前完成年度项目招投标，10月底前全面完工。\n7.新增家庭农场30家，合作股牵头。\n"
    assert [quote for quote, _, _ in _units(text)] == [
        "新建高标准农田2.4万亩",
        "6月底前完成年度项目招投标",
        "10月底前全面完工",
        "新增家庭农场30家",
    ]


def test_a_projects_preliminary_work_is_no_report_of_the_present() -> None:
    """6月底前完成项目前期手续办理: 项目前期 holds 目前 across its two words, no report of the present
    (目前已完成12个 still reports)."""
    drafted = draft_spec("6月底前完成项目前期手续办理；目前已完成12个。", year=2026).targets
    assert [(t.quote, t.kind) for t in drafted] == [("6月底前完成项目前期手续办理", "milestone")]


def test_the_autumn_terms_start_dates_what_it_is_to_bring() -> None:
    """秋季学期新增学位540个投入使用, 秋季学期前完成8所…改造: the autumn term's start dates each, a milestone."""
    drafted = draft_spec("秋季学期新增学位540个投入使用；秋季学期前完成8所乡镇寄宿制学校宿舍改造。", year=2026).targets
    assert [(t.kind, t.value) for t in drafted] == [("milestone", Decimal("540")), ("milestone", Decimal("8"))]


def test_helpers_in_brackets_right_after_a_lead_in_square_brackets() -> None:
    """1.【县发改局】(县统计局、县财政局)全年…; 2.【县农业农村局、县供销社】(各乡镇人民政府)…: the lead in 【】 (a
    supply cooperative, 供销社, too), its helpers in the brackets after it, neither in the quote."""
    text = (
        "清单中【】内为牵头单位，（）内为配合单位。\n"
        "1.【县发改局】（县统计局、县财政局）全年地区生产总值突破285亿元。\n"
        "2.【县农业农村局、县供销社】（各乡镇人民政府）新培育龙头企业6家。\n"
    )
    assert _units(text) == [
        ("全年地区生产总值突破285亿元", ("县发改局",), ("县统计局", "县财政局")),
        ("新培育龙头企业6家", ("县农业农村局", "县供销社"), ("各乡镇人民政府",)),
    ]
