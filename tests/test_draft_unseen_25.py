"""Shapes of plans the twenty-fifth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec
from planengine.draft.responsibility import parse_responsibility


def _read(text: str) -> list[tuple[str, str | None, Decimal | None, bool]]:
    return [(t.kind, t.comparator, t.value, t.strive) for t in draft_spec(text, year=2026).targets]


def test_a_figure_striven_for_right_after_the_one_kept_to_is_a_second_target_of_the_same_growth() -> None:
    """增长8%力争9% with no mark between: the first figure is a target, not a qualifier of the
    second (it was dropped as 5000万元以上项目10个 drops its size), and the second is the same growth."""
    for between, comparator in (("", "="), ("左右", "approx"), ("以上", ">=")):
        text = f"一、主要目标\n地区生产总值增长8%{between}力争达到9%,一般公共预算收入增长6%。\n"
        assert _read(text) == [
            ("growth-rate", comparator, Decimal("0.08"), False),
            ("growth-rate", "=", Decimal("0.09"), True),
            ("growth-rate", "=", Decimal("0.06"), False),
        ]


def test_a_stretch_of_the_figure_before_does_not_carry_striving_to_the_clauses_after_it() -> None:
    """增长8%,力争9%,一般公共预算收入增长6%: the 力争 belongs to the 9% it stretches the 8% to; the
    next clause's target is firm. A 力争 opening its own list still carries (力争…增长10%,…增长6%)."""
    stretched = "一、主要目标\n地区生产总值增长8%,力争9%,一般公共预算收入增长6%。\n"
    assert [t.strive for t in draft_spec(stretched, year=2026).targets] == [False, True, False]
    opened = "一、主要目标\n全年力争地区生产总值增长10%,一般公共预算收入增长6%。\n"
    assert [t.strive for t in draft_spec(opened, year=2026).targets] == [True, True]


def test_an_office_guiding_the_work_helps_in_a_closing_clause_of_running_text() -> None:
    """…,由县水利局负责,县发展改革局指导。: the office guiding helps, as in brackets and labelled lines
    (the clause was not read at all, and the item lost its lead); 加强指导 is a measure, not a unit."""
    text = (
        "一、重点任务\n"
        "1.推进节水型社会建设。全年新增节水型企业10家,由县水利局负责,县发展改革局指导。\n"
        "2.实施县域商业体系建设。新建乡镇商贸中心3个,由县商务局负责,县财政局配合。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("县水利局",), ("县发展改革局",)),
        (("县商务局",), ("县财政局",)),
    ]


def test_a_line_of_figures_after_a_story_s_paragraphs_is_a_sentence_of_it_not_the_title() -> None:
    """A news page whose last line (2021年全省计划完成生态修复200万亩、绿化村屯1000个) has no full stop:
    after paragraphs of prose, a line stating figures is the story's, and its targets are read (it was
    taken for the title, the plan's name, and its targets dropped); a title of Chinese numerals (2021年
    十件民生实事) before the prose still names the plan."""
    story = (
        "信息来源:admin 时间:2021-04-22\n"
        "3月17日,全省召开林业和草原工作视频会,提出了林草发展总体目标。到2025年,全省森林覆盖率力争达到45.8%以上。\n"
        "2021年全省计划完成生态修复200万亩、绿化村屯1000个、城市和县城绿化1万亩\n"
    )
    spec = draft_spec(story, year=2021)
    assert [t.value for t in spec.targets] == [Decimal("0.458"), Decimal("2000000"), Decimal("1000"), Decimal("10000")]
    assert "生态修复" not in spec.spec["title"]
    titled = draft_spec("2021年十件民生实事\n全年新建公园3个,改造老旧小区20个。\n", year=2021)
    assert titled.spec["title"] == "2021年十件民生实事"
    assert [t.value for t in titled.targets] == [Decimal("3"), Decimal("20")]


def test_a_black_star_marks_the_lead_among_units_in_brackets_as_an_asterisk_does() -> None:
    """(★市体育局、市卫生健康委) and (市住建局★、市体育局) under 标注★的为牵头单位: the starred unit leads,
    the others help, and the star is no part of a name (the list was taken whole, or all as leads)."""
    text = (
        "各项任务后括号内为责任单位,标注★的为牵头单位,其余为配合单位。\n"
        "1.国民体质监测合格率达到93.5%。(★市体育局、市卫生健康委、市统计局)\n"
        "2.建成健身步道60公里以上。(市住建局★、市体育局、市城管局)\n"
        "3.人均体育场地面积达到3.1平方米。(市自然资源和规划局、★市体育局)\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("市体育局",), ("市卫生健康委", "市统计局")),
        (("市住建局",), ("市体育局", "市城管局")),
        (("市体育局",), ("市自然资源和规划局",)),
    ]


def test_brackets_closing_each_sentence_of_a_paragraph_name_its_units_under_a_first_listed_legend() -> None:
    """A township's report whose prose sentences each close with their units, under 括号内列在首位的站所为
    牵头单位,其余为配合单位: an office and the villages together (镇生态环境保护站、各村), a school or a clinic
    after a figure that counts no institutions (…99%以上(镇中心学校), …60张(镇社会事务办、镇卫生院)) each
    answer for their own sentence; a labelled bracket before them no longer answers for the paragraph."""
    text = (
        "重点抓好以下工作(以下各项工作中,括号内列在首位的站所为牵头单位,其余为配合单位):\n"
        "(一)增进民生福祉\n"
        "全力稳就业,新增城镇就业300人(牵头:镇劳动保障所;配合:各村(社区))。"
        "办好人民满意教育,义务教育巩固率保持在99%以上(镇中心学校)。"
        "农村生活垃圾无害化处理率保持100%(镇生态环境保护站、各村)。"
        "镇敬老院改造提升床位60张(镇社会事务办、镇卫生院)。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("镇劳动保障所",), ("各村(社区)",)),
        (("镇中心学校",), ()),
        (("镇生态环境保护站",), ("各村",)),
        (("镇社会事务办",), ("镇卫生院",)),
    ]


def test_hospitals_counted_in_brackets_after_their_count_are_not_units() -> None:
    """三级医院2家(县人民医院、县中医院): the bracket names the hospitals the figure counts, no one answers."""
    text = "一、重点任务\n1.提升医疗服务能力。创建三级医院2家(县人民医院、县中医院)。\n"
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [((), ())]


def test_a_lead_seeing_to_the_work_and_a_helper_doing_its_service_close_a_sentence() -> None:
    """…,由镇经济发展办具体负责,镇统计站做好入库服务。 and …,由镇卫生院牵头抓好落实。: the lead and the
    helper doing its service are read in running text (负责养老服务 stays a lead's own work)."""
    text = (
        "一、重点工作\n"
        "推动企业培育升级,新增规上工业企业5家,由镇经济发展办具体负责,镇统计站做好入库服务。"
        "提升基层医疗服务能力,65岁以上老年人健康管理率达到72%,由镇卫生院牵头抓好落实。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (("镇经济发展办",), ("镇统计站",)),
        (("镇卫生院",), ()),
    ]


def _units(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(t.lead, t.support) for t in draft_spec(text, year=2026).targets]


def test_statements_of_who_leads_inside_an_item_s_paragraph_without_by() -> None:
    """After an item's title sentence, a sentence naming its lead as the subject gives the item to its
    units with no 由: X牵头,Y配合(,规范发展…)。; X是…的责任主体。; X会同Y负责:…; and 由X组织实施,Y统筹协调、
    定期调度 (a task force guiding helps)."""
    text = (
        "三、重点任务\n"
        "(一)培育发展住房租赁市场。市房产管理局牵头,市市场监管局、市税务局配合,规范发展长租房市场。"
        "全年新增市场化长租房源5000套以上。\n"
        "(二)实施城镇老旧小区改造。各区人民政府是城镇老旧小区改造的责任主体。同步加装电梯80至100部。\n"
        "(三)规范保障性住房分配和运营管理。市住房保障服务中心会同各区住房保障部门负责:公租房分配入住率保持在95%以上。\n"
        "(四)稳步推进城中村改造。城中村改造由各区人民政府组织实施,市城中村改造工作专班统筹协调、定期调度。"
        "安置房新开工3500套。\n"
    )
    assert _units(text) == [
        (("市房产管理局",), ("市市场监管局", "市税务局")),
        (("各区人民政府",), ()),
        (("市住房保障服务中心",), ("各区住房保障部门",)),
        (("各区人民政府",), ("市城中村改造工作专班",)),
    ]


def test_units_named_as_subjects_of_seeing_to_the_work() -> None:
    """In a plan whose units are named as subjects: 市财政局统筹…资金,全年安排…; 市自然资源和规划局确保…;
    市住房城乡建设局会同市政府督查室,…(a 室 is an office); 市安居集团作为实施主体,在市住房城乡建设局指导下,…:
    each leads what it sees to, those it works with or is guided by help."""
    text = (
        "四、保障措施\n"
        "(一)强化资金保障。市财政局统筹中央、省补助资金和市级财力,全年安排住房保障专项资金不少于2.5亿元。\n"
        "(二)强化用地保障。市自然资源和规划局确保保障性住房用地供应不少于15公顷。\n"
        "(三)强化考核督导。市住房城乡建设局会同市政府督查室,每季度通报一次各区工作进展,考核权重不低于3%。\n"
        "(四)推进配售型保障性住房建设。市安居集团作为实施主体,在市住房城乡建设局指导下,年内启动配售型保障性住房项目2个。\n"
    )
    spec = draft_spec(text, year=2026)
    assert [(t.lead, t.support) for t in spec.targets] == [
        (("市财政局",), ()),
        (("市自然资源和规划局",), ()),
        (("市住房城乡建设局",), ("市政府督查室",)),
        (("市安居集团",), ("市住房城乡建设局",)),
    ]
    assert spec.targets[1].quote == "确保保障性住房用地供应不少于15公顷"


def test_a_unit_s_paragraph_of_duties_names_those_it_works_with_and_bodies_heading_their_own() -> None:
    """Paragraphs of duties each opening with a unit and its colon: 区农业农村局:会同各镇人民政府,… and
    区工业和信息化局:会同区科协引导… name helpers; 各街道办事处、各镇人民政府:… are bodies by their full names
    answering for their paragraph (各乡镇要… stays an exhortation); a sentence opening 联合区教育局开展… is
    the paragraph's unit's, no new subject, and the office it works with helps."""
    text = (
        "二、任务分工\n"
        "区科协:统筹组织主题活动不少于40场次。联合区教育局开展宣讲活动20场。\n"
        "区农业农村局:会同各镇人民政府,全年培训高素质农民不少于800人。\n"
        "区工业和信息化局:会同区科协引导企业开展技术创新,推动研发机构覆盖率达到45%。\n"
        "各街道办事处、各镇人民政府:每个社区每季度至少开展1次科普活动,教学点覆盖率达到90%以上。\n"
    )
    leads = [(t.lead, t.support) for t in draft_spec(text, year=2026).targets]
    assert leads[:4] == [
        (("区科协",), ()),
        (("区科协",), ("区教育局",)),
        (("区农业农村局",), ("各镇人民政府",)),
        (("区工业和信息化局",), ("区科协",)),
    ]
    assert leads[4:] == [(("各街道办事处", "各镇人民政府"), ())] * 2


def test_a_place_helping_an_office_names_the_office_as_the_lead_of_its_point() -> None:
    """五是抓教育文体。配合县教育局完成镇中心幼儿园扩建,新增学位180个;镇综合文化站组织…: the office the
    township helps leads that part (it was read as a unit named 配合县教育局)."""
    text = (
        "一、重点工作\n"
        "四是抓社会事业。镇社会事务办完成敬老院改造,新增床位30张。"
        "五是抓教育文体。配合县教育局完成镇中心幼儿园扩建,新增学位180个,9月1日前投入使用;"
        "镇综合文化站组织送戏下乡演出不少于24场。\n"
    )
    leads = [(t.quote, t.lead) for t in draft_spec(text, year=2026).targets]
    assert ("新增学位180个", ("县教育局",)) in leads
    assert ("组织送戏下乡演出不少于24场", ("镇综合文化站",)) in leads


def test_a_unit_heading_with_its_helpers_bracket_or_two_units_leads_its_items() -> None:
    """(三)县水利局(本节各项配合单位:县住房和城乡建设局、各乡镇人民政府) over numbered targets: the unit leads
    and the bracket's units help each item; (五)县农业农村局、县畜牧兽医服务中心: both lead."""
    text = (
        "二、目标任务分解\n"
        "(三)县水利局(本节各项配合单位:县住房和城乡建设局、各乡镇人民政府)\n\n"
        "15.万元工业增加值用水量控制在19立方米以内。\n\n"
        "(五)县农业农村局、县畜牧兽医服务中心\n\n"
        "23.主要农作物化肥利用率达到43%以上。\n\n"
        "27.新增完成农村生活污水治理的行政村12个。(配合单位:县生态环境局、各乡镇人民政府)\n"
    )
    assert _units(text) == [
        (("县水利局",), ("县住房和城乡建设局", "各乡镇人民政府")),
        (("县农业农村局", "县畜牧兽医服务中心"), ()),
        (("县农业农村局", "县畜牧兽医服务中心"), ("县生态环境局", "各乡镇人民政府")),
    ]


def test_a_figure_striven_for_in_brackets_after_a_figure_is_a_target_of_the_same_measure() -> None:
    """全年新签约亿元以上项目62个(力争70个): the bracket's figure is striven for, of the same measure (it
    was masked as a remark); in a cell with more after it (62个(力争70个),其中…) too."""
    spec = draft_spec(
        "一、主要目标\n全年新签约亿元以上项目62个(力争70个),实际到位内资186亿元(力争205亿元)。\n", year=2026
    )
    assert [(t.quote, t.value, t.strive, t.metric) for t in spec.targets] == [
        ("全年新签约亿元以上项目62个", Decimal("62"), False, "m1"),
        ("力争70个", Decimal("70"), True, "m1"),
        ("实际到位内资186亿元", Decimal("18600000000"), False, "m2"),
        ("力争205亿元", Decimal("20500000000"), True, "m2"),
    ]
    cell = (
        "一、主要目标\n序号 | 工作任务 | 2026年目标 | 牵头单位 |\n"
        "2 | 新签约亿元以上项目 | 62个（力争70个），其中10亿元以上项目8个 | 区投资促进局 |\n"
    )
    assert [(t.value, t.strive) for t in draft_spec(cell, year=2026).targets] == [
        (Decimal("62"), False),
        (Decimal("70"), True),
        (Decimal("8"), False),
    ]


def test_a_line_of_a_leader_then_units_separated_by_wide_spaces_names_the_item_s_units() -> None:
    """分管县领导:王振华  牵头部门:县市场监管局  协办部门:县商务局、县消费者协会 under an item: the person is
    left out, 协办部门 helps (it was read as part of the lead's name, and the line not at all)."""
    text = (
        "二、重点任务\n"
        "11.强化消费维权。消费纠纷调解成功率达到85%以上。\n"
        "分管县领导：王振华　　牵头部门：县市场监管局　　协办部门：县商务局、县消费者协会\n"
        "12.推进农贸市场改造。全年完成10个农贸市场标准化改造。\n"
        "牵头部门：县商务局　　协办部门：县财政局\n"
    )
    assert _units(text) == [
        (("县市场监管局",), ("县商务局", "县消费者协会")),
        (("县商务局",), ("县财政局",)),
    ]


def test_units_named_respectively_in_a_sentence_outrank_the_paragraph_s_closing_bracket() -> None:
    """…3.2万人以上、…1.1万人、…6.5万人以上,分别由市人社局、市农业农村局、市乡村振兴局负责。… (责任单位:…)
    under 列第一位的为牵头单位: each target its own lead (分别: none helps), the bracket for the rest."""
    text = (
        "各项工作所列责任单位中,列第一位的为牵头单位,其余为配合单位。\n"
        "一、主要目标\n"
        "全年城镇新增就业3.2万人以上、农村劳动力转移就业新增1.1万人、脱贫人口务工规模稳定在6.5万人以上,"
        "分别由市人社局、市农业农村局、市乡村振兴局负责。城镇调查失业率控制在5.5%以内。(责任单位:市人社局、市统计局)\n"
    )
    assert _units(text) == [
        (("市人社局",), ()),
        (("市农业农村局",), ()),
        (("市乡村振兴局",), ()),
        (("市人社局",), ("市统计局",)),
    ]


def test_duties_shared_by_topic_on_a_units_line_give_each_part_its_own_helpers() -> None:
    """责任:A和B由X牵头,P配合;C由Y牵头,Q配合;D由Z、W共同牵头;E由V具体实施。: each target takes its part's
    lead and that part's helpers only (they were pooled), 共同牵头 and 具体实施 parts read too."""
    text = (
        "一、重点任务\n"
        "1.实施灌区节水改造。新建高效节水灌溉面积1.2万亩,推广水肥一体化技术面积3万亩以上。\n"
        "责任:高效节水灌溉由县水利局牵头,青石灌区管理所配合;水肥一体化推广由县农业农村局牵头,各乡镇人民政府配合。\n"
        "2.扩大再生水和雨水利用。新建雨水集蓄利用工程50处,关停自备井20眼,取水口在线计量率达到90%以上。\n"
        "责任:雨水集蓄利用工程建设由县水利局、县发展改革局共同牵头;自备井关停由县水利局牵头,县自然资源局配合;"
        "取水口在线计量由县水务综合执法大队具体实施。\n"
    )
    assert _units(text) == [
        (("县水利局",), ("青石灌区管理所",)),
        (("县农业农村局",), ("各乡镇人民政府",)),
        (("县水利局", "县发展改革局"), ()),
        (("县水利局",), ("县自然资源局",)),
        (("县水务综合执法大队",), ()),
    ]


def test_an_item_s_helpers_join_the_helpers_its_heading_names() -> None:
    """七、…(责任单位:市农业农村局*、市乡村振兴服务中心,标*者为牵头单位) over 22.…(配合单位:各县人民政府): the
    heading's unit leads, its helpers and the item's both help."""
    text = (
        "七、推动城乡融合发展(责任单位:市农业农村局*、市乡村振兴服务中心,标*者为牵头单位)\n\n"
        "22.力争创建省级城乡融合发展示范镇3个。(配合单位:各县人民政府)\n\n"
        "八、强化要素保障(市自然资源和规划局牵头,市财政局、市金融工作局按职责分工负责)\n\n"
        "26.保障新型城镇化重点项目新增建设用地不少于4500亩。(配合单位:各县人民政府)\n"
    )
    assert _units(text) == [
        (("市农业农村局",), ("市乡村振兴服务中心", "各县人民政府")),
        (("市自然资源和规划局",), ("市财政局", "市金融工作局", "各县人民政府")),
    ]


def test_an_item_s_own_statement_outranks_the_party_a_pact_names_for_the_whole() -> None:
    """甲方/乙方 over a 责任书 give 乙方 every target, but an item saying who does it (牵头站所为X; 由X承办;
    交由X组织实施,Y保障资金; X为第一责任站所,Y协同推进) names its own."""
    text = (
        "鹭岭镇2026年度目标管理责任书\n\n甲方:澄阳县人民政府\n乙方:鹭岭镇人民政府\n\n一、目标任务\n"
        "(三)重点项目。确保县级重点项目产业园二期在10月底前完工,牵头站所为镇农业综合服务中心。\n"
        "(五)民生实事。年内完成12个自然村饮水安全巩固提升工程,由镇水利站承办。\n"
        "(六)基层治理。矛盾纠纷调处化解率达到98%以上,镇综治中心为第一责任站所,镇司法所协同推进。\n"
        "(七)乡村道路。新建农村公路5公里,交由镇村镇建设管理站组织实施,镇财政所保障资金。\n"
    )
    assert _units(text) == [
        (("镇农业综合服务中心",), ()),
        (("镇水利站",), ()),
        (("镇综治中心",), ("镇司法所",)),
        (("镇村镇建设管理站",), ("镇财政所",)),
    ]


def test_parts_of_an_item_given_to_other_units_beside_its_statement_of_units() -> None:
    """…改造景区环线道路12公里,扩建生态停车场车位600个。其中,环线道路改造由县交通运输局负责,停车场扩建由
    县城市管理局负责(责任单位:县文化和旅游局;配合单位:…), and a 其中 sentence after the bracket: each part
    its unit leading with the statement's helpers, the rest the statement's; a word every target of the item
    holds (旅游) is no sign of a part."""
    text = (
        "二、重点任务\n（一）提升景区品质\n"
        "年内完成投资2.8亿元,改造景区环线道路12公里,扩建生态停车场车位600个。其中,环线道路改造由县交通运输局负责,"
        "停车场扩建由县城市管理局负责(责任单位:县文化和旅游局;配合单位:青螺湾景区管理委员会)。\n"
        "（二）发展乡村旅游\n"
        "新建改建旅游公路30公里,新增乡村旅游公共厕所25座(责任单位:县交通运输局;配合单位:县农业农村局)。"
        "其中,乡村旅游公共厕所建设由县城市管理局负责。\n"
    )
    assert _units(text) == [
        (("县文化和旅游局",), ("青螺湾景区管理委员会",)),
        (("县交通运输局",), ("青螺湾景区管理委员会",)),
        (("县城市管理局",), ("青螺湾景区管理委员会",)),
        (("县交通运输局",), ("县农业农村局",)),
        (("县城市管理局",), ("县农业农村局",)),
    ]


def test_statements_closing_a_paragraph_with_more_ways_of_leading_and_helping() -> None:
    """上述目标由X牵头抓总,各镇(街道)按属地分解落实。; 由X具体实施,Y负责督导考核。; X牵头实施,Y、Z配合。: the
    lead and its helpers, their manner (按属地分解) no part of a name."""
    text = (
        "二、工作目标\n"
        "2026年,生活垃圾回收利用率达到40%以上;新增公共停车泊位1200个左右。"
        "上述目标由区城市管理局牵头抓总,各镇(街道)按属地分解落实。\n"
        "三、重点任务\n"
        "5.实施亮化提升工程,更新老旧路灯1500盏。由区市政园林中心具体实施,区城市管理局负责督导考核。\n"
        "9.实施排水管网补短板工程,完成雨污分流改造12公里。区住房和城乡建设局牵头实施,区市政园林中心、望澜燃气鹭汀分公司配合。\n"
    )
    assert _units(text) == [
        (("区城市管理局",), ("各镇(街道)",)),
        (("区城市管理局",), ("各镇(街道)",)),
        (("区市政园林中心",), ("区城市管理局",)),
        (("区住房和城乡建设局",), ("区市政园林中心", "望澜燃气鹭汀分公司")),
    ]


def test_more_statements_of_who_answers_for_the_targets_around_them() -> None:
    """…,上述指标由镇经济发展办牵头调度、各村配合落实。 (helpers after 、, the villages helping); 本项目标由X负责,
    Y配合。 for the targets before it, the next sentence's own bracket (Z负责建设,X配合) for its own; 由X牵头,
    会同Y、Z,实现以下目标:… for the targets after it; a list with the lead marked after any name (市直各部门、
    市12345热线服务中心(牵头))."""
    text = (
        "一、主要目标\n"
        "全镇农村居民人均可支配收入增长6%-7%,固定资产投资增长10%左右,上述指标由镇经济发展办牵头调度、各村配合落实。\n"
        "二、重点任务\n"
        "(二)义务教育优质均衡。九年义务教育巩固率保持在99%以上。本项目标由县教育体育局负责,县自然资源局配合。"
        "新增义务教育学位1800个(县城市建设投资集团负责建设,县教育体育局配合)。\n"
        "(五)学生健康促进。由县卫生健康局牵头,会同县教育体育局、县市场监管局,实现以下目标:"
        "中小学生体质健康测试优良率达到55%以上。\n"
    )
    assert _units(text) == [
        (("镇经济发展办",), ("各村",)),
        (("镇经济发展办",), ("各村",)),
        (("县教育体育局",), ("县自然资源局",)),
        (("县城市建设投资集团",), ("县教育体育局",)),
        (("县卫生健康局",), ("县教育体育局", "县市场监管局")),
    ]
    marked = parse_responsibility("市直各部门、市12345热线服务中心(牵头)")
    assert (marked.lead, marked.support) == (("市12345热线服务中心",), ("市直各部门",))


def test_a_news_page_of_a_later_year_speaking_of_today_reports_the_years_it_names() -> None:
    """A page whose address dates it 2017 (…/news/201702/…), opening 2016年,全省交通建设完成投资228.7亿元,… and
    going on 今年,…将安排15个项目: its 今年 is 2017, so the figures of 2016 are a report and only the year's
    own are targets (2016 was taken for the plan's year, every figure a target)."""
    text = (
        "source: http://news.example.com/news/201702/61_67719.html\n\n"
        "2016年,全省交通建设完成投资228.7亿元,为年计划的101.6%。全省高速公路通车里程达到5265公里。\n"
        "今年,全省高速公路建设将安排15个项目,建设规模800余公里。\n"
    )
    spec = draft_spec(text)
    assert spec.spec["year"] == 2017
    assert [t.value for t in spec.targets] == [Decimal("15"), Decimal("800")]


def test_what_the_months_so_far_came_to_is_reported_not_planned() -> None:
    """…年度计划投资129.4亿元,1—7月,完成投资107.9亿元,投资进度83.4%; …,1-7月完成投资23.3亿元、同比增长8.7%: the
    months so far (ending at no quarter's end) report progress where the sentence says so (同比, 投资进度), the
    share of the year's plan with them; a plan's steps by months (1-2月完成摸底调查1000户,1-5月完成改造600户)
    and a step due at a quarter's end (1-6月完成…) stay targets."""
    text = (
        "一、主要目标\n"
        "今年计划实施项目62个,年度计划投资129.4亿元,1—7月,完成投资107.9亿元,投资进度83.4%。\n"
        "10个桥梁隧道项目有序推进,1-7月完成投资23.3亿元、同比增长8.7%。\n"
        "新建公园5个,1-6月完成3个。\n"
        "1-2月完成摸底调查1000户,1-5月完成改造600户。\n"
    )
    assert [t.value for t in draft_spec(text, year=2026).targets] == [
        Decimal("62"),
        Decimal("12940000000"),
        Decimal("10"),
        Decimal("5"),
        Decimal("3"),
        Decimal("1000"),
        Decimal("600"),
    ]


def test_a_table_of_quarters_dates_each_column_s_figure_and_names_its_units_below() -> None:
    """季度 | 新签约项目(个) | 实际到位县外资金(亿元) over rows 一季度 | 9 | 7.5, then 牵头单位 | … and 配合单位 | …
    rows: each figure a milestone due by its quarter's end, quoted alone, its column's units answering; with
    text cells and a unit column (季度 | 实际到位内资(累计) | … | 牵头单位) the cells are read dated too."""
    text = (
        "二、分季度目标\n\n"
        "季度 | 新签约项目（个） | 实际到位县外资金（亿元） |\n"
        "一季度 | 9 | 7.5 |\n二季度 | 19 | 16 |\n"
        "牵头单位 | 县投资促进中心 | 县商务局 |\n配合单位 | 各乡镇人民政府 | 县统计局 |\n"
    )
    spec = draft_spec(text, year=2026)
    assert [(t.quote, t.kind, t.value, t.lead, t.support) for t in spec.targets] == [
        ("9", "milestone", Decimal("9"), ("县投资促进中心",), ("各乡镇人民政府",)),
        ("7.5", "milestone", Decimal("750000000"), ("县商务局",), ("县统计局",)),
        ("19", "milestone", Decimal("19"), ("县投资促进中心",), ("各乡镇人民政府",)),
        ("16", "milestone", Decimal("1600000000"), ("县商务局",), ("县统计局",)),
    ]
    worded = (
        "二、分季度进度安排\n\n季度 | 实际到位内资（累计） | 新签约亿元以上项目（累计） | 牵头单位 |\n"
        "一季度 | 完成42亿元以上 | 14个以上 | 区投资促进局 |\n"
    )
    assert [(t.kind, t.comparator, t.value, t.lead) for t in draft_spec(worded, year=2026).targets] == [
        ("milestone", ">=", Decimal("4200000000"), ("区投资促进局",)),
        ("milestone", ">=", Decimal("14"), ("区投资促进局",)),
    ]


def test_parts_given_to_others_inside_a_closing_statement_and_how_topics_are_ranked() -> None:
    """…。由市民政局负责,市财政局、市市场监督管理局按职责分工配合;其中,居家适老化改造由市住房和城乡建设局负责。:
    the statement is read (the 其中 part kept it from being one) and the part goes to its unit; a topic is
    named by its own words, not by common ones (养老服务设施 is no sign of 住宅小区配建养老服务设施), and of two
    topics both whole in a target the longer names it."""
    text = (
        "二、重点任务\n（二）发展居家养老\n"
        "全年新建家庭养老床位3000张,城市社区养老服务设施覆盖率保持100%,为2000户老年人家庭实施居家适老化改造,"
        "新建住宅小区按标准配建养老服务设施达标率达到100%。由市民政局负责,市财政局、市市场监督管理局按职责分工配合;"
        "其中,居家适老化改造由市住房和城乡建设局负责,新建住宅小区配建养老服务设施工作由市自然资源和规划局负责。\n"
    )
    assert [t.lead for t in draft_spec(text, year=2026).targets] == [
        ("市民政局",),
        ("市民政局",),
        ("市住房和城乡建设局",),
        ("市自然资源和规划局",),
    ]
    from planengine.draft.topics import topic_rank

    quote = "公共机构节水型单位建成率达到75%"
    assert topic_rank("公共机构节水", quote) > topic_rank("节水型单位", quote) > (0, 0)
    assert topic_rank("新建住宅小区配建养老服务设施工作", "城市社区养老服务设施覆盖率保持100%") == (0, 0)


def test_places_shares_of_measured_columns_beside_a_unit_column() -> None:
    """| 县市区 | 城镇新增就业(人) | 失业人员再就业(人) | 责任单位 | over | 鹭汀区 | 7200 | 1650 | 鹭汀区人民政府 |: each
    place's share of each measured column is a target, the unit column answering (with a unit column the
    measured columns were read as what the place is, and nothing was drafted)."""
    text = (
        "二、目标分解\n"
        "| 县市区 | 城镇新增就业(人) | 失业人员再就业(人) | 责任单位 |\n"
        "| 鹭汀区 | 7200 | 1650 | 鹭汀区人民政府 |\n"
        "| 青岑县 | 3100 | 720 | *青岑县人民政府、青岑县人力资源和社会保障局 |\n"
    )
    assert [(t.value, t.lead, t.support) for t in draft_spec(text, year=2026).targets] == [
        (Decimal("7200"), ("鹭汀区人民政府",), ()),
        (Decimal("1650"), ("鹭汀区人民政府",), ()),
        (Decimal("3100"), ("青岑县人民政府",), ("青岑县人力资源和社会保障局",)),
        (Decimal("720"), ("青岑县人民政府",), ("青岑县人力资源和社会保障局",)),
    ]


def test_a_measure_word_s_alternative_in_brackets_is_part_of_the_quote() -> None:
    """牛羊存栏突破8000头(只), 筹集保障性租赁住房3455套(间): the bracket gives the measure's other word and stays
    in the quote (keys quote it); a remark in brackets (5万亩(含补植)) is still left out."""
    text = "一、主要目标\n牛羊存栏突破8000头（只），筹集保障性租赁住房3455套（间），完成造林5万亩（含补植）。\n"
    assert [t.quote for t in draft_spec(text, year=2026).targets] == [
        "牛羊存栏突破8000头（只）",
        "筹集保障性租赁住房3455套（间）",
        "完成造林5万亩",
    ]


def test_a_baseline_labelled_beside_a_target_and_a_headline_of_progress_are_no_targets() -> None:
    """指标:粮食总产量;基期值:17.8万吨;目标值:不低于18.2万吨: the baseline labelled so is where things stand;
    重点项目1—7月完成投资887.1亿元 同比增长8.7% (the months so far, a headline's) and 同比增长… with it report."""
    lines = (
        "一、产业兴旺\n\n2. 指标:粮食总产量;基期值:17.8万吨;目标值:不低于18.2万吨;责任单位:县农业农村局;分值:4分\n"
        "二、项目建设\n10个项目1-7月完成投资23.3亿元,同比增长8.7%。全年新开工项目20个。\n"
    )
    assert [(t.quote, t.value) for t in draft_spec(lines, year=2026).targets] == [
        ("不低于18.2万吨", Decimal("182000")),
        ("全年新开工项目20个", Decimal("20")),
    ]


def test_a_table_of_quarters_gives_each_column_one_metric_named_by_its_header() -> None:
    """季度 | 新签约项目(个) | 实际到位县外资金(亿元) over 一季度 | 9 | 7.5 and 二季度 | 19 | 16: a column's figures are
    one metric due by each quarter, named by the column (the figure's own digits ran into the name: 5实际到位…)."""
    text = (
        "二、分季度目标\n\n季度 | 新签约项目（个） | 实际到位县外资金（亿元） |\n"
        "一季度 | 9 | 7.5 |\n二季度 | 19 | 16 |\n"
    )
    result = draft_spec(text, year=2026)
    assert [t.metric for t in result.targets] == ["m1", "m2", "m1", "m2"]
    assert [(m["id"], m["name"]) for m in result.spec["metrics"]] == [("m1", "新签约项目"), ("m2", "实际到位县外资金")]
