"""Units named as the subject of what they are to do (a news report of a task breakdown)."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec

NEWS = (
    "某市公布今年重点任务分工及时限\n"
    "根据目标任务要求,今年,某市住建局要在8月底完成57个村燃煤治理任务,改造老旧小区333个。9月底完成供热管网互联互通64公里。"
    "市教育局要在11月底新建幼儿园9所。赛罕区政府11月底启动旗舰店项目。\n"
    "其他重点任务还包括新建公交场站5个。\n"
)


def test_each_unit_named_as_a_subject_leads_what_follows_it() -> None:
    got = [(t.quote, t.lead) for t in draft_spec(NEWS, year=2021).targets]
    assert got == [  # in the text's order: the paragraph no unit is named in comes last, led by none
        ("8月底完成57个村燃煤治理任务", ("某市住建局",)),
        ("改造老旧小区333个", ("某市住建局",)),
        ("9月底完成供热管网互联互通64公里", ("某市住建局",)),
        ("11月底新建幼儿园9所", ("市教育局",)),
        ("11月底启动旗舰店项目", ("赛罕区政府",)),
        ("新建公交场站5个", ()),
    ]


def test_collectives_and_roles_addressed_are_no_subjects() -> None:
    text = "一、工作要求\n各牵头单位要于2月底前制定推进方案。各乡镇要在6月底前完成摸排。新建公园2个。\n"
    assert all(t.lead == () for t in draft_spec(text, year=2024).targets)


def test_one_unit_named_so_is_not_enough_to_read_a_text_this_way() -> None:
    text = "一、交通\n县交通局要在6月底前完成道路改造5公里,新建公园2个。\n"
    assert all(t.lead == () for t in draft_spec(text, year=2024).targets)


def test_a_news_report_naming_who_leads_each_stretch_of_work() -> None:
    text = (
        "某镇召开2025年重点工作部署会\n"
        "会议明确,2025年全镇主要目标是:地区生产总值增长6%左右,固定资产投资完成13.5亿元。上述指标由镇经济发展办牵头,镇财政所、镇统计站配合推进。\n"
        "一是抓产业。镇经济发展办负责,全年新增规上工业企业3家以上。\n"
        "二是抓粮食。由镇农业农村办牵头,各村(社区)配合,确保新建高标准农田3200亩。\n"
        "三是抓乡村建设。镇规划建设办牵头实施人居环境整治,完成农村户厕改造260户。\n"
    )
    got = [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2025).targets]
    assert got == [
        ("地区生产总值增长6%左右", ("镇经济发展办",), ("镇财政所", "镇统计站")),
        ("固定资产投资完成13.5亿元", ("镇经济发展办",), ("镇财政所", "镇统计站")),
        ("全年新增规上工业企业3家以上", ("镇经济发展办",), ()),
        ("确保新建高标准农田3200亩", ("镇农业农村办",), ("各村(社区)",)),
        ("完成农村户厕改造260户", ("镇规划建设办",), ()),
    ]


TOWN = (
    "某镇2024年乡村振兴重点工作安排\n"
    "一、稳定粮食生产\n"
    "由镇农业服务中心牵头,各村配合,全年粮食播种面积稳定在3.2万亩以上。大豆种植推广600亩左右。"
    "镇农业服务中心负责新建高标准农田2800亩。同时,新建机耕道8公里。\n"
    "生猪出栏稳定在2.6万头左右,由镇畜牧兽医站负责。\n"
    "二、壮大集体经济\n"
    "由镇经管站牵头,各村(社区)负责具体实施,年经营性收入20万元以上的村达到6个。\n"
)


def test_a_leading_unit_answers_for_its_sentence_and_those_going_on_without_a_subject() -> None:
    got = [(t.quote, t.lead, t.support) for t in draft_spec(TOWN, year=2024).targets]
    assert got == [
        ("全年粮食播种面积稳定在3.2万亩以上", ("镇农业服务中心",), ("各村",)),
        ("大豆种植推广600亩左右", (), ()),
        ("新建高标准农田2800亩", ("镇农业服务中心",), ()),
        ("新建机耕道8公里", ("镇农业服务中心",), ()),
        ("生猪出栏稳定在2.6万头左右", ("镇畜牧兽医站",), ()),
        ("年经营性收入20万元以上的村达到6个", ("镇经管站",), ("各村(社区)",)),
    ]


def test_a_person_in_charge_is_no_subject() -> None:
    text = "一、工作要求\n镇农业服务中心负责人要于6月底前完成培训2期。镇财政所负责人新建台账1套。\n"
    assert all(t.lead == () for t in draft_spec(text, year=2024).targets)


def test_a_subject_s_partner_helps_a_lead_named_with_its_helper_by_a_list_mark_and_points_part_tasks() -> None:
    text = (
        "二、重点工作\n"
        "一是扩大保障性住房供给。局住房保障科要会同区财政局,全年新开工保障性租赁住房1200套左右。"
        "二是完善社区配套。由区民政局牵头、局城市更新科配合,在改造小区同步建设社区嵌入式服务设施3-5处。\n"
        "一是壮大市场主体。局建管科要新培育资质升级建筑业企业10家。二是推广绿色建造。城镇新建建筑中绿色建筑占比达到100%。\n"
    )
    got = [(t.lead, t.support) for t in draft_spec(text, year=2025).targets]
    assert got == [
        (("局住房保障科",), ("区财政局",)),
        (("区民政局",), ("局城市更新科",)),
        (("局建管科",), ()),
        ((), ()),
    ]


def test_units_an_item_opens_with_lead_it_and_a_sentence_of_helpers_helps() -> None:
    text = (
        "某市2025年政府工作报告重点任务分工\n"
        "(一)稳定经济增长\n"
        "1.市发改委:全年实施省市重点项目120个以上,完成投资500亿元。市自然资源局、市住建局配合。\n"
        "2.——市商务局牵头:社会消费品零售总额增长6%。新增限上商贸企业80家。\n"
        "3.——市商务局、市文旅局共同牵头:接待游客量增长10%。\n"
        "(1)市交通运输局牵头,市财政局配合:6月底前建成西互通立交。\n"
        "(二)增进民生福祉\n"
        "市卫健委、市医保局:基层医疗卫生机构诊疗量占比达到55%。\n"
    )
    got = [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2025).targets]
    assert got == [
        ("全年实施省市重点项目120个以上", ("市发改委",), ("市自然资源局", "市住建局")),
        ("完成投资500亿元", ("市发改委",), ("市自然资源局", "市住建局")),
        ("社会消费品零售总额增长6%", ("市商务局",), ()),
        ("新增限上商贸企业80家", ("市商务局",), ()),  # the heading's units answer past its first sentence
        ("接待游客量增长10%", ("市商务局", "市文旅局"), ()),
        ("6月底前建成西互通立交", ("市交通运输局",), ("市财政局",)),
        ("基层医疗卫生机构诊疗量占比达到55%", ("市卫健委", "市医保局"), ()),
    ]


def test_a_label_with_a_colon_is_no_unit_opening_an_item() -> None:
    text = (
        "某县2025年工作要点\n"
        "1.主要目标:地区生产总值增长6%。\n"
        "2.牵头单位:县发改局。\n"
        "3.责任部门:县财政局。新增市场主体500户。\n"
        "4.责任科室:县财政局。新建公园3个。\n5.主办处室:规划处。新建绿道5公里。\n6.按照市委办公室:新建驿站2个。\n"
    )
    leads = [t.lead for t in draft_spec(text, year=2025).targets]
    labels = {("主要目标",), ("牵头单位",), ("责任部门",), ("责任科室",), ("主办处室",), ("按照市委办公室",)}
    assert not labels & set(leads)


def test_a_section_of_duties_is_no_list_of_units_opening_items() -> None:
    text = (
        "某县2024年农村人居环境整治方案\n"
        "一、主要目标\n1.农村卫生厕所普及率达到92%以上;\n2.农村生活污水治理率达到45%。\n"
        "二、重点任务\n(一)推进厕所革命。新建农村公共厕所40座。\n(二)治理生活污水。完成2条黑臭水体治理。\n"
        "三、职责分工\n(一)县农业农村局:负责统筹协调全县农村人居环境整治提升工作;牵头推进农村厕所革命。\n"
        "(二)县生态环境分局:负责农村生活污水治理和农村黑臭水体整治。\n"
    )
    # the duties answer for the targets they name, as a section of duties does (not as items of their own)
    got = [(t.quote, t.lead) for t in draft_spec(text, year=2024).targets]
    assert got == [
        ("农村卫生厕所普及率达到92%以上", ("县农业农村局",)),
        ("农村生活污水治理率达到45%", ("县生态环境分局",)),
        ("新建农村公共厕所40座", ("县农业农村局",)),
        ("完成2条黑臭水体治理", ("县生态环境分局",)),
    ]


def test_districts_named_as_subjects_of_their_paragraphs_lead_them_but_areas_do_not() -> None:
    text = (
        "本市各区陆续举行年度教育工作会议\n"
        "据悉,今年,和平区将完成万全小学改扩建项目建设,届时将新增学位1200个。\n"
        "南开区今年将完成五马路小学扩建工程。\n"
        "中心城区将新建幼儿园3所。\n"
    )
    got = [(t.quote, t.lead) for t in draft_spec(text, year=2018).targets]
    assert got == [
        ("完成万全小学改扩建项目建设", ("和平区",)),
        ("届时将新增学位1200个", ("和平区",)),
        ("完成五马路小学扩建工程", ("南开区",)),
        ("中心城区将新建幼儿园3所", ()),  # an area of the city, no government of its own
    ]


def test_only_a_point_opened_before_a_unit_in_its_paragraph_ends_what_the_unit_answers_for() -> None:
    text = (
        "二、重点工作\n"
        "一是抓产业。区发改局要完成投资50亿元。\n"
        "区住建局要新建公园2个。二是完成道路改造5公里。\n"  # the point after the unit: its stretch runs on
        "区教育局要新建学校3所。\n"
        "一是扩容。区卫健局要新增床位100张。二是新建社区医院2个。\n"  # inside point 一: it ends at 二是
    )
    got = [(t.quote, t.lead) for t in draft_spec(text, year=2025).targets]
    assert got == [
        ("完成投资50亿元", ("区发改局",)),
        ("新建公园2个", ("区住建局",)),
        ("完成道路改造5公里", ("区住建局",)),
        ("新建学校3所", ("区教育局",)),
        ("新增床位100张", ("区卫健局",)),
        ("新建社区医院2个", ()),
    ]


def test_offices_named_before_what_they_do_lead_it_and_the_date_their_sentence_opens_with_dates_it() -> None:
    text = (
        "某县整治方案\n二、整治阶段\n"
        "(一)集中排查阶段(2025年5月—6月)。2025年6月底前,县住建局、县消防救援大队牵头完成全县412个住宅小区隐患排查,"
        "建立问题清单和整改台账;县市场监管局完成全县138家门店全覆盖检查;县公安局完成全县电动自行车登记上牌情况核查,"
        "上牌率达到98%以上。\n"
        "(二)其他。去年全市完成改造92个。暑假前全部完成安装。\n"
    )
    got = [(t.quote, t.kind, t.value, t.lead) for t in draft_spec(text, year=2025).targets]
    assert got[:4] == [  # the first clause of each part after a ; is due by the date, a later one is not
        ("完成全县412个住宅小区隐患排查", "milestone", Decimal(412), ("县住建局", "县消防救援大队")),
        ("完成全县138家门店全覆盖检查", "milestone", Decimal(138), ("县市场监管局",)),
        ("完成全县电动自行车登记上牌情况核查", "milestone", None, ("县公安局",)),
        ("上牌率达到98%以上", "ratio", Decimal("0.98"), ("县公安局",)),
    ]
    assert all(t.lead == () for t in draft_spec(text, year=2025).targets[4:])  # no office before 完成


def test_a_date_opening_a_sentence_dates_the_first_clause_of_each_part_up_to_its_end() -> None:
    text = (
        "某县整治方案\n二、整治阶段\n"
        "2025年6月底前,完成全县412个住宅小区隐患排查;完成全县138家门店全覆盖检查。新建公园3个。\n"
    )
    got = [(t.quote, t.kind) for t in draft_spec(text, year=2025).targets]
    assert got == [
        ("完成全县412个住宅小区隐患排查", "milestone"),
        ("完成全县138家门店全覆盖检查", "milestone"),
        ("新建公园3个", "count"),
    ]


def test_a_lead_named_in_minutes_answers_for_the_sentences_that_go_on_with_its_work() -> None:
    text = (
        "某区专题会议纪要\n会议议定:\n"
        "(一)关于老旧小区改造。由区住房城乡建设局牵头,区财政局、区城市管理局和相关街道配合,于6月底前开工改造老旧小区38个。"
        "同步加装电梯60部。\n"
        "(二)关于教育设施。由区教育局牵头,于8月底前建成望川实验小学。两校投用后新增学位2160个。\n"
        "(三)关于就业。由镇劳动保障所牵头,各村配合,新增就业500人。全年实施衔接资金项目12个。\n"
    )
    got = [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2025).targets]
    assert got == [
        ("于6月底前开工改造老旧小区38个", ("区住房城乡建设局",), ("区财政局", "区城市管理局", "相关街道")),
        ("同步加装电梯60部", ("区住房城乡建设局",), ("区财政局", "区城市管理局", "相关街道")),
        ("于8月底前建成望川实验小学", ("区教育局",), ()),
        ("两校投用后新增学位2160个", ("区教育局",), ()),
        ("新增就业500人", ("镇劳动保障所",), ("各村",)),
        ("全年实施衔接资金项目12个", (), ()),  # a sentence of the year's own, not more of the same work
    ]


def test_units_named_after_each_part_of_a_sentence_answer_for_their_part() -> None:
    """…增长6%左右,由市发展改革委牵头;…增长7.5%,由市工信局牵头;…: each unit for the part before its name."""
    text = (
        "某市2025年目标督查通报\n市级统筹目标。全市地区生产总值增长6%左右,由市发展改革委牵头;"
        "规模以上工业增加值增长7.5%,由市工信局牵头;城镇调查失业率控制在5.5%以内,由市人社局牵头;"
        "居民人均可支配收入增速高于全省平均水平,由市统计局牵头,各区人民政府配合。\n"
    )
    assert [(t.quote, t.lead) for t in draft_spec(text, year=2025).targets] == [
        ("全市地区生产总值增长6%左右", ("市发展改革委",)),
        ("规模以上工业增加值增长7.5%", ("市工信局",)),
        ("城镇调查失业率控制在5.5%以内", ("市人社局",)),
        ("居民人均可支配收入增速高于全省平均水平", ("市统计局",)),
    ]


def test_units_named_as_subjects_in_a_paragraph_after_an_item_s_units_lead_what_follows_them() -> None:
    """十、…。责任单位:县文旅局。 then 下一步,县教育局要确保…;县住建局要…: the paragraph's units, not the item's."""
    text = (
        "某县2025年民生实事三季度进展通报\n"
        "十、文化体育惠民。年度目标:开展送戏下乡演出120场。截至9月底,完成送戏下乡演出97场。责任单位:县文化旅游体育局。\n\n"
        "下一步,各牵头单位要加快推进未完成事项。县教育局要确保县第二实验小学综合楼11月底前竣工验收;"
        "县住建局要在12月15日前完成加装电梯15部。\n"
    )
    assert [(t.quote, t.lead) for t in draft_spec(text, year=2025).targets] == [
        ("开展送戏下乡演出120场", ("县文化旅游体育局",)),
        ("确保县第二实验小学综合楼11月底前竣工验收", ("县教育局",)),
        ("12月15日前完成加装电梯15部", ("县住建局",)),
    ]
