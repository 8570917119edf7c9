"""Shapes of plans the thirty-fifth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from planengine.draft import draft_spec


def _units(text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=2026).targets}


# --- a list's title naming its lead and its helpers --------------------------------------------------

_TITLED_LISTS = (
    "附件1\n"
    "\n"
    "2026年卫生健康重点任务清单\n"
    "（牵头单位：县卫生健康局；配合单位：县医疗保障局、县财政局）\n"
    "\n"
    "1.每千人口执业(助理)医师数达到3.2人。\n"
    "2.完成4所乡镇卫生院提标改造。（配合单位：县住房和城乡建设局）\n"
    "\n"
    "附件2\n"
    "\n"
    "2026年教育重点任务清单\n"
    "（牵头单位：县教育和体育局）\n"
    "\n"
    "1.新增公办学位1500个。\n"
)


def test_helpers_in_a_list_s_title_help_with_each_item() -> None:
    """A list titled with its lead and helpers ((牵头单位:…;配合单位:…)) gives each item both; an item's own
    helpers come first, and the next list's title, naming a lead alone, ends them."""
    found = _units(_TITLED_LISTS)
    assert found["每千人口执业(助理)医师数达到3.2人"] == (("县卫生健康局",), ("县医疗保障局", "县财政局"))
    assert found["完成4所乡镇卫生院提标改造"] == (
        ("县卫生健康局",),
        ("县住房和城乡建设局", "县医疗保障局", "县财政局"),
    )
    assert found["新增公办学位1500个"] == (("县教育和体育局",), ())


# --- a clause closed by its office after a verb ending in 行 -----------------------------------------


def test_an_office_closing_a_clause_after_a_verb_ending_like_a_bank_answers_for_it() -> None:
    """…上线运行(物业管理中心)。 in a sentence whose every clause closes with its office: 运行 is a verb, not a
    bank's name whose other name the bracket gives, so the office answers for the clause."""
    found = _units("五、物业管理\n新增示范小区15个(房地产市场科);8月底前建成监管平台并上线运行(物业管理中心)。\n")
    assert found["新增示范小区15个"] == (("房地产市场科",), ())
    assert found["8月底前建成监管平台并上线运行"] == (("物业管理中心",), ())


# --- the rules of an assessment, no targets ----------------------------------------------------------

_ASSESSMENT_RULES = (
    "一、重点任务\n"
    "新增公共停车泊位2000个(市政设施科)。\n"
    "\n"
    "二、工作要求\n"
    "清单任务完成情况纳入局机关年度绩效考核，权重占考核总分的30%。对连续两个月进度排名后3位的科室（单位），"
    "由分管局领导进行约谈。清单任务如需调整，须于9月30日前书面报局党组研究。\n"
)


def test_an_assessment_s_weight_its_laggards_and_a_written_request_are_no_targets() -> None:
    """A weight in the assessment's total (权重占考核总分的30%), those ranked from the bottom for a measure
    (排名后3位的科室) and a request in writing by a day (须于9月30日前书面报局党组研究) are the plan's own
    procedure: only the task above is a target."""
    assert list(_units(_ASSESSMENT_RULES)) == ["新增公共停车泊位2000个"]


# --- a notice's own paragraphs: the place's people, its lists counted, a meeting set -------------------

_NOTICE_PARAGRAPHS = (
    "一、提高思想认识。全县常住人口38.2万人，其中农村人口占56%，民生短板仍然较多。今年5个清单共列任务35项，"
    "各牵头单位是清单任务的第一责任单位。\n"
    "\n"
    "二、强化督查考核。县政府将于7月上旬召开半年推进会议，12月底组织年度考评，考评结果纳入年度目标责任考核。\n"
    "\n"
    "三、加强要素保障。县财政局要统筹各类资金，优先保障清单任务资金需求。\n"
    "\n"
    "附件1\n"
    "\n"
    "2026年卫生健康重点任务清单\n"
    "（牵头单位：县卫生健康局）\n"
    "\n"
    "1.常住人口城镇化率达到58%。\n"
    "2.家庭医生签约服务覆盖常住人口40%以上。\n"
)


def test_a_notice_s_people_its_lists_counted_and_a_meeting_set_are_no_targets() -> None:
    """The whole county's people (全县常住人口38.2万人) and the share of them who are rural, the notice counting
    its lists and their items (5个清单共列任务35项), and a meeting set for a time with its subject before it
    (县政府将于7月上旬召开…会议) and when the plan's units are judged (12月底组织年度考评) are the ground and
    arrangements of the plan: only the lists' items are targets, a rate of the residents among them."""
    assert list(_units(_NOTICE_PARAGRAPHS)) == ["常住人口城镇化率达到58%", "家庭医生签约服务覆盖常住人口40%以上"]


# --- a unit named again as its paragraph's subject, with 还要 ------------------------------------------

_SUBJECTS_AGAIN = (
    "二、城镇建设\n"
    "\n"
    "镇规划建设办负责集镇提质改造，6月底前开工建设滨河路改造工程，全年改造老旧小区2个。"
    "镇规划建设办还要推进农村危房动态监测，新建农村公路12公里，新增路灯260盏。\n"
    "\n"
    "镇生态环境办要打好污染防治攻坚战，农村生活污水治理率提高到55%。\n"
)


def test_a_unit_named_again_with_what_else_it_is_to_do_answers_for_it() -> None:
    """A unit named again as the subject of more it is to do (镇规划建设办还要推进…,新建…12公里) answers for
    that sentence as for its first (…负责…, …要…)."""
    found = _units(_SUBJECTS_AGAIN)
    assert found["全年改造老旧小区2个"] == (("镇规划建设办",), ())
    assert found["新建农村公路12公里"] == (("镇规划建设办",), ())
    assert found["新增路灯260盏"] == (("镇规划建设办",), ())
    assert found["农村生活污水治理率提高到55%"] == (("镇生态环境办",), ())


# --- a news page's headline restating a target ----------------------------------------------------------

_NEWS_PAGE = (
    "source: http://example.org/news/1.html\n"
    "\n"
    "河北今年新改扩建100所学校\n"
    "本报讯 日前，省政府印发民生工程实施方案，年内新建、改扩建义务教育学校100所，新增学位8万个。\n"
)

_HEADLINE_ALONE = "西城区义务教育学位今年增加5000个以上\n记者从区教委获悉，今年全区将新建幼儿园3所。\n"


def test_a_headline_restated_by_the_page_is_one_target_the_page_s() -> None:
    """A news page's headline whose figure the text states again in full (…100所学校 / …学校100所) is one
    target, where the text states it; a headline's figure no sentence repeats stays a target."""
    assert list(_units(_NEWS_PAGE)) == ["年内新建、改扩建义务教育学校100所", "新增学位8万个"]
    assert "西城区义务教育学位今年增加5000个以上" in _units(_HEADLINE_ALONE)


# --- firms' plants named by their size in a list of projects, and a meeting's frequency ---------------

_PROJECTS_NAMED = (
    "二、传统产业\n"
    "重点推进美锦恒盛能源40万吨不锈钢原材料生产、古城乳业年产15万吨液态奶制品生产线、中汾酒业年产10万吨白酒等"
    "项目建设。全年新增规模以上工业企业20家。县重点项目建设推进会每季度召开1次。\n"
)


def test_plants_sized_in_a_list_of_projects_and_a_meeting_s_frequency_are_no_targets() -> None:
    """A list of projects closed by 等项目建设, each a firm and the size of its plant (古城乳业年产15万吨液态奶制品
    生产线), names projects; how often the plan's meeting is held (推进会每季度召开1次) is its arrangement: only the
    count of firms to add is a target."""
    assert list(_units(_PROJECTS_NAMED)) == ["全年新增规模以上工业企业20家"]


# --- an assessment table: its indicators counted, its rewards and score caps, rises with no figure ------

_ASSESSMENT_TABLE = (
    "考核总分100分，共设4个一级指标、21个二级指标。\n"
    "\n"
    "序号 | 一级指标 | 二级指标 | 目标值 | 分值 | 责任单位 | 评分办法 |\n"
    "1 | 经济发展 | 地区生产总值增速 | 6.5%以上 | 10 | 县发展改革局 | 完成得满分 |\n"
    "2 |  | 实际利用外资 | 较上年提高 | 3 | 县商务局 | 较上年有增长得满分，持平得1.5分 |\n"
    "3 |  | 每千人口执业（助理）医师数 | 较上年提高 | 5 | 县卫生健康局 | 较上年有提高得满分 |\n"
    "\n"
    "说明：1．乡镇个性指标另行下达，分值不超过20分。\n"
    "2．对年度考核排名前3位的乡镇和前5位的县直部门予以通报表扬。\n"
)


def test_an_assessment_table_s_rises_are_targets_and_its_rules_none() -> None:
    """A cell asking a measure to rise above last year's level with no figure (较上年提高) is a relative target
    above its base; the table's indicators counted (4个一级指标), the most an indicator scores (分值不超过20分)
    and those ranked first for a reward (排名前3位的乡镇…予以通报表扬) are its rules."""
    targets = {t.quote: t for t in draft_spec(_ASSESSMENT_TABLE, year=2024).targets}
    assert list(targets) == [
        "地区生产总值增速 | 6.5%以上",
        "实际利用外资 | 较上年提高",
        "每千人口执业（助理）医师数 | 较上年提高",
    ]
    rise = targets["实际利用外资 | 较上年提高"]
    assert (rise.kind, rise.comparator, rise.value, rise.lead) == ("relative", ">", None, ("县商务局",))


# --- units given out one to each clause of the list before them ------------------------------------------

_RESPECTIVE_LIST = (
    "二、2025年主要预期目标\n"
    "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入同口径增长4%，力争突破10亿元；"
    "城镇新增就业不少于4000人；粮食总产量稳定在31万吨以上；力争高新技术企业达到45家；"
    "PM2.5平均浓度不高于30微克/立方米；6月底前建成县域数字经济产业园一期并投入运营。"
    "以上指标分别由县发展和改革局、县财政局、县人力资源和社会保障局、县农业农村局、县科学技术局、"
    "市生态环境局岚溪分局、县工业和信息化局负责，县统计局、各乡镇人民政府和岚溪经济开发区管委会配合。\n"
)


def test_units_given_out_in_order_answer_each_clause_of_the_list_before_them() -> None:
    """以上指标分别由A、B、…负责,X、Y和Z配合 after a ; list of as many clauses, the units' words too long for a
    statement closing one clause: each clause's targets have its unit (a clause of two targets, …增长4%,力争突破10亿元,
    both the one unit), the helpers helping with every one."""
    helpers = ("县统计局", "各乡镇人民政府", "岚溪经济开发区管委会")
    assert _units(_RESPECTIVE_LIST) == {
        "地区生产总值增长6%左右": (("县发展和改革局",), helpers),
        "一般公共预算收入同口径增长4%": (("县财政局",), helpers),
        "力争突破10亿元": (("县财政局",), helpers),
        "城镇新增就业不少于4000人": (("县人力资源和社会保障局",), helpers),
        "粮食总产量稳定在31万吨以上": (("县农业农村局",), helpers),
        "力争高新技术企业达到45家": (("县科学技术局",), helpers),
        "PM2.5平均浓度不高于30微克/立方米": (("市生态环境局岚溪分局",), helpers),
        "6月底前建成县域数字经济产业园一期并投入运营": (("县工业和信息化局",), helpers),
    }


def test_units_not_as_many_as_the_clauses_are_not_given_out_one_each() -> None:
    """Six units for a list of seven clauses: which answers for which is not said, so none is given out one to a
    clause."""
    six = _RESPECTIVE_LIST.replace("县科学技术局、", "")
    leads = {lead for lead, _ in _units(six).values()}
    assert not any(len(lead) == 1 for lead in leads)


# --- a table by village: a blank unit cell closed by its bar, and the table counting its villages ---------

_VILLAGE_TABLE = (
    "今年各项目标已综合考虑各村实际，本表共分解5个村、27项目标。\n"
    "\n"
    "村名 | 指标 | 目标值 | 包村领导 | 责任站所\n"
    "柳林村 | 农村居民人均可支配收入增速 | 7%以上 | 吴振华 | 镇农业综合服务中心\n"
    "柳林村 | 新增市级家庭农场 | 力争2家 | 吴振华 | \n"
    "柳林村 | 秸秆综合利用 | 完成县下达任务 | 吴振华 | \n"
    "柳林村 | 矛盾纠纷调解成功率 | 98%以上 | 吴振华 | 镇综治中心\n"
)


def test_a_blank_unit_cell_closed_by_its_bar_takes_the_units_above_and_ends_its_row() -> None:
    """Under a header left open (… | 责任站所), a row whose last cell is blank after its bar (… | 吴振华 | ) has all its
    cells: it is no row going on with the next line's village, and the unit above answers for it, as a merged
    cell's does; the note counting the table's villages and targets (本表共分解5个村、27项目标) states none."""
    found = _units(_VILLAGE_TABLE)
    assert set(found) == {
        "农村居民人均可支配收入增速 | 7%以上",
        "新增市级家庭农场 | 力争2家",
        "柳林村 | 秸秆综合利用 | 完成县下达任务",
        "矛盾纠纷调解成功率 | 98%以上",
    }
    assert found["新增市级家庭农场 | 力争2家"] == (("镇农业综合服务中心",), ())
    assert found["柳林村 | 秸秆综合利用 | 完成县下达任务"] == (("镇农业综合服务中心",), ())
    assert found["矛盾纠纷调解成功率 | 98%以上"] == (("镇综治中心",), ())


# --- loose numbers and times taken are no figures -------------------------------------------------------


def test_loose_numbers_and_hours_taken_are_no_quantities() -> None:
    """数十台, 上百家, 几千人 say so many loosely, and 3个半小时, 两个小时 a time taken: none is a figure; a bare
    十 or a counted 个 still is (十台, 3个)."""
    from planengine.draft.numbers import find_quantities

    def values(text: str) -> list[str]:
        return [str(q.low) for q in find_quantities(text)]

    assert values("数十台挖掘机,上百家企业,几千人参加") == []
    assert values("北京到西安只需3个半小时,两个小时后到达") == []
    assert values("新增十台挖掘机,建成3个站点") == ["10", "3"]


def test_a_multiple_named_as_the_year_s_theme_is_no_target() -> None:
    """以农民收入倍增为中心任务 names what the year's work is about; the sentence that sets the doubling itself
    (…力争实现倍增) is the target."""
    text = "今年天水市将以农民收入倍增为中心任务，全市农民人均纯收入力争实现倍增。\n"
    assert list(_units(text)) == ["全市农民人均纯收入力争实现倍增"]


# --- duties by item number on one labelled line; paragraphs opening with their office in 【】 --------------

_DUTIES_LINE = (
    "一、扩大有效投资\n"
    "\n"
    "1.全区固定资产投资增长8%以上，其中工业投资增长12%。\n"
    "\n"
    "2.实施区级重点项目60个，年度完成投资不少于150亿元。\n"
    "\n"
    "3.力争新增专项债券额度15亿元左右。\n"
    "\n"
    "责任分工：区发改委负责第1、2项，区财政局负责第3项，区统计局配合全部指标。\n"
    "\n"
    "二、促进消费升级\n"
    "\n"
    "1.社会消费品零售总额增长6.5%。\n"
    "\n"
    "责任分工：区商务局负责第1项。\n"
)


def test_a_line_of_duties_by_number_gives_its_section_s_items_their_units() -> None:
    """责任分工:A负责第1、2项,B负责第3项,C配合全部指标 after a section's numbered items: each item numbered so in
    that section is led as the line says, C helping with all; the next section's own line answers for its item 1."""
    found = _units(_DUTIES_LINE)
    assert found["全区固定资产投资增长8%以上"] == (("区发改委",), ("区统计局",))
    assert found["年度完成投资不少于150亿元"] == (("区发改委",), ("区统计局",))
    assert found["力争新增专项债券额度15亿元左右"] == (("区财政局",), ("区统计局",))
    assert found["社会消费品零售总额增长6.5%"] == (("区商务局",), ())


_OFFICES_IN_BRACKETS = (
    "白鹭镇2024年重点工作任务分解方案\n"
    "\n"
    "【党政办】统筹全镇重点工作调度和督查督办。6月底前完成便民服务中心“一窗通办”改造，配合：便民服务中心、镇财政所。"
    "全年组织村（社区）干部集中培训不少于4期。\n"
    "\n"
    "【经济发展办】全年完成固定资产投资5.2亿元以上。引进亿元以上项目不少于3个，配合：镇招商服务中心、各村（社区）。"
    "力争新增规模以上工业企业2家。\n"
)


def test_paragraphs_opening_with_their_office_in_brackets_are_that_office_s() -> None:
    """Paragraphs each opening with an office in 【】 (two offices at least) are that office's: it leads every
    sentence, and helpers after a label closing a sentence (…,配合:便民服务中心、镇财政所。) help with that sentence
    alone; a page's one label in 【】 (【聚焦两会】…) leads nothing."""
    found = _units(_OFFICES_IN_BRACKETS)
    assert found["6月底前完成便民服务中心“一窗通办”改造"] == (("党政办",), ("便民服务中心", "镇财政所"))
    assert found["全年组织村（社区）干部集中培训不少于4期"] == (("党政办",), ())
    assert found["全年完成固定资产投资5.2亿元以上"] == (("经济发展办",), ())
    assert found["引进亿元以上项目不少于3个"] == (("经济发展办",), ("镇招商服务中心", "各村（社区）"))
    assert found["力争新增规模以上工业企业2家"] == (("经济发展办",), ())
    one_label = "【聚焦两会】宜城今年十件民生实事出炉\n今年将新建公办幼儿园3所。\n"
    assert all(answer == ((), ()) for answer in _units(one_label).values())


# --- the review's cases: each rule above kept to what it says -----------------------------------------------


def test_the_session_s_rules_leave_close_targets_alone() -> None:
    """Targets close to this session's no-target rules stay targets: a plan's first lines are no news headline, a
    deed sized in a list of projects is no firm's plant, 5个社区养老服务中心 are no places counted, a share of the
    jobs to add is no share of the people living there, 40个小时 and 人数十万 are figures."""

    def quotes(text: str) -> list[str]:
        return [t.quote for t in draft_spec(text, year=2026).targets]

    assert len(quotes("1.地区生产总值增长6%\n2.规模以上工业增加值增长6%\n3.城镇新增就业4000人\n")) == 3
    assert quotes("加快实施新建高标准农田5万亩工程、农村公路提升改造120公里等重点项目。\n")[0].endswith("5万亩工程")
    assert quotes("上述工程共新建5个社区养老服务中心。\n") == ["上述工程共新建5个社区养老服务中心"]
    assert "其中农村转移人口占60%以上" in quotes("新增城镇就业5000人，其中农村转移人口占60%以上。\n")
    assert quotes("政务服务中心每周开放时间不少于40个小时。\n") == ["政务服务中心每周开放时间不少于40个小时"]
    assert quotes("景区年接待游客人数十万人次以上。\n") == ["景区年接待游客人数十万人次以上"]
    assert _units("五、物业\n新增示范小区15个(房地产市场科);8月底前完成专项债券发行(县财政局)。\n") == {
        "新增示范小区15个": (("房地产市场科",), ()),
        "8月底前完成专项债券发行": (("县财政局",), ()),
    }
    assert quotes("二、要求\n如需调整，须于9月30日前以书面形式报局党组研究。12月底前组织对各单位进行年度考核。\n") == []


# --- items given their units by number after a colon ------------------------------------------------------

_THREE_LISTS = (
    "一、任务清单\n"
    "\n"
    "1.全镇地区生产总值增长6.5%左右，一般公共预算收入增长5%。\n"
    "\n"
    "2.完成固定资产投资4.2亿元以上。\n"
    "\n"
    "3.村级集体经济收入全部达到10万元以上。\n"
    "\n"
    "二、责任清单\n"
    "\n"
    "第1-2项：镇经发办牵头，镇财政所、镇统计站配合。\n"
    "\n"
    "第3项：镇农经站牵头，各村（社区）配合。\n"
)


def test_a_list_giving_items_by_number_their_units_after_a_colon_answers_for_them() -> None:
    """第1-2项:A牵头,B、C配合 in a list of who answers after the list of tasks: the items numbered so are led and
    helped as it says, each target of them."""
    found = _units(_THREE_LISTS)
    assert found["全镇地区生产总值增长6.5%左右"] == (("镇经发办",), ("镇财政所", "镇统计站"))
    assert found["一般公共预算收入增长5%"] == (("镇经发办",), ("镇财政所", "镇统计站"))
    assert found["完成固定资产投资4.2亿元以上"] == (("镇经发办",), ("镇财政所", "镇统计站"))
    assert found["村级集体经济收入全部达到10万元以上"] == (("镇农经站",), ("各村（社区）",))


# --- offices speaking in a news report --------------------------------------------------------------------

_NEWS_OFFICES = (
    "鹤浦区分解落实目标任务\n"
    "\n"
    "消费和创新是今年的两大发力点。区商务局局长吴倩说，今年社会消费品零售总额增长6.5%，新增限额以上商贸企业40家。"
    "区科技局提出，新增国家高新技术企业30家，全社会研发经费投入强度达到2.8%。\n"
    "\n"
    "区城管局将新建口袋公园12个。区农业农村局则提出，粮食播种面积稳定在12万亩以上。区民政局则将新增养老床位300张。\n"
    "\n"
    "此外，临澜县还提出，全年接待游客量同比增长10%。\n"
)


def test_offices_speaking_in_a_news_report_answer_for_what_they_announce() -> None:
    """A bureau's head who says (…局长吴倩说,今年…), a bureau that puts forward (区科技局提出,新增…; 区农业农村局则提出,…) or
    will do (区民政局则将…) answers for what follows; a place putting forward its own (临澜县还提出,…) names no unit."""
    found = _units(_NEWS_OFFICES)
    assert found["今年社会消费品零售总额增长6.5%"] == (("区商务局",), ())
    assert found["新增国家高新技术企业30家"] == (("区科技局",), ())
    assert found["全社会研发经费投入强度达到2.8%"] == (("区科技局",), ())
    assert found["粮食播种面积稳定在12万亩以上"] == (("区农业农村局",), ())
    assert found["新增养老床位300张"] == (("区民政局",), ())
    assert found["全年接待游客量同比增长10%"] == ((), ())


def test_a_year_in_a_sentence_opened_by_ju_liao_jie_is_the_plan_s_year() -> None:
    """据了解,2009年…全年计划完成… looks forward: 了解 and 为了 tell no deed done, so the page's only year is the plan's
    and its targets are read (a year beside 完成了 stays history)."""
    text = (
        "新疆新闻在线网5月15日消息：近日，阿勒泰市发起城市建设活动。\n"
        "据了解，2009年阿勒泰市全年计划完成城建投资2亿元，新建集中供热交换站9座，修建桥梁5座。\n"
    )
    drafted = draft_spec(text)
    assert drafted.spec["year"] == 2009
    assert [t.quote for t in drafted.targets][-2:] == ["新建集中供热交换站9座", "修建桥梁5座"]


def test_the_leader_in_charge_in_an_item_s_bracket_is_no_unit() -> None:
    """（县长 李某某;县发改局;配合单位:县统计局）: the leader in charge opens the bracket; the unit after leads and the
    labelled helpers help, as they would with no leader named."""
    text = (
        "一、经济发展\n"
        "1.地区生产总值增长6%左右。（县长 李某某；县发改局；配合单位：县统计局）\n"
        "2.规模以上工业增加值增长8.5%以上。（副县长 王某某；县工信局）\n"
    )
    assert _units(text) == {
        "地区生产总值增长6%左右": (("县发改局",), ("县统计局",)),
        "规模以上工业增加值增长8.5%以上": (("县工信局",), ()),
    }


def test_a_table_titled_with_its_unit_is_that_unit_s() -> None:
    """区教育局目标任务表 over a table of tasks (序号 | 目标任务 | 完成时限): the bureau leads each row, up to the table's
    end; the next table's title names its own."""
    text = (
        "区教育局目标任务表\n"
        "序号 | 目标任务 | 完成时限 |\n"
        "1 | 新建公办幼儿园3所 | 2025年12月底前 |\n"
        "2 | 补充中小学专任教师180名左右 | 2025年9月底前 |\n"
        "\n"
        "区卫生健康局目标任务表\n"
        "序号 | 目标任务 | 完成时限 |\n"
        "1 | 孕产妇系统管理率不低于90% | 全年 |\n"
    )
    found = _units(text)
    assert found["新建公办幼儿园3所"] == (("区教育局",), ())
    assert found["补充中小学专任教师180名左右"] == (("区教育局",), ())
    assert found["孕产妇系统管理率不低于90%"] == (("区卫生健康局",), ())


def test_villages_told_what_they_are_to_do_answer_for_it_the_office_guiding_them_helping() -> None:
    """各村(社区)须完成以下任务:东坪村要完成…;西岭村要完成…;柳湾村要在6月底前完成…: each village leads its own clause's
    targets, the sentence opening the list no target; the office said to guide the tasks above (以上村级任务由镇农业办
    指导) helps each."""
    text = (
        "三、村级任务\n"
        "\n"
        "按照镇党委、镇政府研究确定的分工，各村（社区）2025年须完成以下任务：东坪村要完成新建冬桃基地300亩、"
        "改造低产茶园150亩；西岭村要完成高山蔬菜基地扩种200亩，建成冷链仓储点1个；"
        "柳湾村要在6月底前完成稻渔综合种养示范片80亩田间工程。\n"
        "\n"
        "以上村级任务由镇农业办指导。\n"
    )
    found = _units(text)
    guide = ("镇农业办",)
    assert found == {
        "东坪村要完成新建冬桃基地300亩": (("东坪村",), guide),
        "改造低产茶园150亩": (("东坪村",), guide),
        "西岭村要完成高山蔬菜基地扩种200亩": (("西岭村",), guide),
        "建成冷链仓储点1个": (("西岭村",), guide),
        "柳湾村要在6月底前完成稻渔综合种养示范片80亩田间工程": (("柳湾村",), guide),
    }


def test_a_bracket_the_page_cuts_off_keeps_its_whole_lead() -> None:
    """(县科技局牵头,县 and the page ends: the helper cut short is dropped, the lead named whole answers."""
    text = "一、任务\n1.加快建设。力争新增5家市级创新平台、2家省级创新平台。(县科技局牵头,县"
    assert set(_units(text).values()) == {(("县科技局",), ())}


def test_each_heading_s_party_bound_answers_for_its_items_and_a_person_named_in_a_bracket_is_none() -> None:
    """Letters to several villages in one document (一、东坪村目标责任 / 甲方:…镇人民政府 乙方:东坪村民委员会): each
    heading's 乙方 leads its items, an item's (…配合) helping; (城建科,责任人:王晓东) closing an item names the office
    alone, the person answering taken out."""
    letters = (
        "2024年度村级目标管理责任书\n"
        "\n"
        "一、东坪村目标责任\n"
        "甲方：白鹭坪镇人民政府　乙方：东坪村民委员会\n"
        "1．村集体经济经营性收入达到35万元以上。\n"
        "2．新发展高山茶园300亩。（镇农业综合服务中心配合）\n"
        "\n"
        "二、杉木冲村目标责任\n"
        "甲方：白鹭坪镇人民政府　乙方：杉木冲村民委员会\n"
        "1．村集体经济经营性收入突破20万元。\n"
    )
    assert _units(letters) == {
        "村集体经济经营性收入达到35万元以上": (("东坪村民委员会",), ()),
        "新发展高山茶园300亩": (("东坪村民委员会",), ("镇农业综合服务中心",)),
        "村集体经济经营性收入突破20万元": (("杉木冲村民委员会",), ()),
    }
    office = "一、老旧小区\n1.全年完成老旧小区综合改造28个。（城建科，责任人：王晓东）\n"
    assert _units(office) == {"全年完成老旧小区综合改造28个": (("城建科",), ())}


def test_a_bureau_said_to_guide_the_townships_helps_each_township_s_paragraph() -> None:
    """各乡镇人民政府是…责任主体;县农业农村局负责对各乡镇目标落实的统筹指导 over paragraphs each headed by a township
    (城关镇:… / 河口镇:…): each township leads its own, the bureau helping."""
    text = (
        "二、乡镇分解目标\n"
        "\n"
        "各乡镇人民政府是本乡镇目标任务的责任主体，分别对所列目标负责；县农业农村局负责对各乡镇目标落实的统筹指导和技术服务。\n"
        "\n"
        "城关镇：新建高标准农田2000亩，完成户厕改造150户。\n"
        "\n"
        "河口镇：粮食播种面积不少于9.5万亩。\n"
    )
    assert _units(text) == {
        "新建高标准农田2000亩": (("城关镇",), ("县农业农村局",)),
        "完成户厕改造150户": (("城关镇",), ("县农业农村局",)),
        "粮食播种面积不少于9.5万亩": (("河口镇",), ("县农业农村局",)),
    }


def test_the_second_review_s_cases() -> None:
    """The second review's cases: a year beside 成为了 stays history; 以上任务由X负责督促指导 names X alone; the next
    section's oversight guides no village; a table's row naming its helpers alone is led by the title's unit; 第1-2项
    任务:… reads the units after the colon; a person labelled 分管领导 in a bracket is no unit."""
    past = "近日，某县召开城建工作会议。\n2023年，该县成为了全省首批城乡建设示范县。\n今年该县计划新建集中供热站9座。\n"
    assert draft_spec(past).spec["year"] != 2023
    villages = (
        "三、村级任务\n各村（社区）须完成以下任务：东坪村要完成新建冬桃基地300亩；西岭村要完成建成冷链仓储点1个。\n"
        "以上任务由镇农业办负责督促指导。\n"
    )
    assert set(_units(villages).values()) == {(("东坪村",), ("镇农业办",)), (("西岭村",), ("镇农业办",))}
    next_section = villages.replace(
        "以上任务由镇农业办负责督促指导。", "四、督查考核\n上述工作由镇纪委督导，每季度通报一次。"
    )
    assert set(_units(next_section).values()) == {(("东坪村",), ()), (("西岭村",), ())}
    table = "区教育局目标任务表\n\n序号 | 目标任务 | 配合单位 |\n1 | 新建公办幼儿园3所 | 区财政局 |\n"
    assert _units(table) == {"新建公办幼儿园3所": (("区教育局",), ("区财政局",))}
    items = "一、任务清单\n1.培育新增规模以上工业企业2家。\n\n二、责任清单\n第1项任务：镇经发办牵头，镇财政所配合。\n"
    assert _units(items) == {"培育新增规模以上工业企业2家": (("镇经发办",), ("镇财政所",))}
    person = "一、老旧小区\n1.全年完成老旧小区综合改造28个。（城建科，分管领导：王晓东）\n"
    assert _units(person) == {"全年完成老旧小区综合改造28个": (("城建科",), ())}


def test_a_bureau_s_line_over_items_numbered_in_brackets_leads_them() -> None:
    """区教育局: on its own line over items numbered （一）（二）…: the bureau leads them, up to the next bureau's line."""
    text = (
        "通知\n\n区教育局：\n\n（一）新增公办学位1200个。\n\n（二）中小学课后服务覆盖率100%。\n\n"
        "区卫生健康局：\n\n（一）婴儿死亡率控制在4‰以内。\n"
    )
    assert _units(text) == {
        "新增公办学位1200个": (("区教育局",), ()),
        "中小学课后服务覆盖率100%": (("区教育局",), ()),
        "婴儿死亡率控制在4‰以内": (("区卫生健康局",), ()),
    }


def test_a_note_under_a_titled_table_names_helpers_of_its_rows_by_number() -> None:
    """注:本表第1至2项由区财政局、各街道办事处配合 under a table titled with its unit: those rows are led by the title's
    unit and helped by the note's; the row after them by the unit alone."""
    text = (
        "区住房和城乡建设局目标任务表\n"
        "序号 | 目标任务 | 完成时限 |\n"
        "1 | 改造老旧小区14个 | 2025年12月底前 |\n"
        "2 | 新增城市公共停车泊位1500个以上 | 2025年12月底前 |\n"
        "3 | 城市生活垃圾回收利用率达到38% | 2025年12月底前 |\n"
        "注:本表第1至2项由区财政局、各街道办事处配合。\n"
    )
    lead = ("区住房和城乡建设局",)
    helpers = ("区财政局", "各街道办事处")
    assert _units(text) == {
        "改造老旧小区14个": (lead, helpers),
        "新增城市公共停车泊位1500个以上": (lead, helpers),
        "城市生活垃圾回收利用率达到38%": (lead, ()),
    }
