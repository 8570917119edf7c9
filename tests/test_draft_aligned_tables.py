"""Tables aligned by blanks, and reports of progress without a title: read as a plan means them."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec
from planengine.draft.hardwrap import unwrapped
from planengine.draft.responsibility import lead_then_support

PROJECTS = (
    "某县2024年度重点项目建设计划表\n\n"
    "序号  项目名称                建设内容及规模                        总投资（万元）  年度计划投资（万元）  责任单位\n"
    "1     开发区标准化            新建标准化厂房12栋                    32000           12000                 县经开区管委会；县住建局、县自然资源局\n"
    "      厂房（三期）\n"
    "2     饲料精深加工项目        新建饲料生产线2条                     18500           9000                  县农业农村局；县发改局、\n"
    "      项目                                                                                                县市场监管局\n"
    "3     农产品冷链物流园        建设冷库库容3万吨                     15600           6200                  县商务局\n"
)


def test_rows_aligned_by_blanks_keep_their_own_cells_and_leads() -> None:
    got = [(t.quote.split()[-1], t.value, t.lead, t.support) for t in draft_spec(PROJECTS, year=2024).targets]
    assert got == [
        ("新建标准化厂房12栋", Decimal(12), ("县经开区管委会",), ("县住建局", "县自然资源局")),
        ("12000", Decimal(120_000_000), ("县经开区管委会",), ("县住建局", "县自然资源局")),
        ("新建饲料生产线2条", Decimal(2), ("县农业农村局",), ("县发改局", "县市场监管局")),
        ("9000", Decimal(90_000_000), ("县农业农村局",), ("县发改局", "县市场监管局")),
        ("建设冷库库容3万吨", Decimal(30_000), ("县商务局",), ()),
        ("6200", Decimal(62_000_000), ("县商务局",), ()),
    ]


def test_rows_as_wide_as_the_page_are_not_lines_of_prose_cut_short() -> None:
    assert unwrapped(PROJECTS * 3) is None


def test_units_parted_by_a_semicolon_lead_then_support() -> None:
    assert lead_then_support("县经开区管委会;县住建局、县自然资源局") == (
        ("县经开区管委会",),
        ("县住建局", "县自然资源局"),
    )
    assert lead_then_support("县教育局、县发改局;县住建局") is None  # the first group says nothing of who leads
    assert lead_then_support("县教育局") is None


PROGRESS = (
    "某市1-11月重点民生实事落实情况\n\n"
    "序号 考核指标 单 位 工作目标 已完成数 占年任务之比 备  注\n"
    "1 城镇新增就业 万人 5.2 7.23  139.1% 人社局\n"
    "提质改造农村公路 公里  168 171.70  102.2%\n"
    "2 改建农村户用厕所 144281 127258 88.2% 农业农村局\n"
)


def test_a_header_word_spread_out_and_rows_short_of_a_number_or_a_measure() -> None:
    got = [(t.quote, t.kind, t.value) for t in draft_spec(PROGRESS, year=2024).targets]
    assert got == [
        ("城镇新增就业 万人 5.2", "count", Decimal(52_000)),
        ("提质改造农村公路 公里  168", "amount", Decimal(168)),
        ("改建农村户用厕所 144281", "count", Decimal(144_281)),
    ]


REPORT = (
    "按照工作部署,各部门落实责任。2015年25件重点民生实事计划总投资277亿元,上半年实际完成投资156.92亿元,"
    "占全年计划投资的56.6%。其中,中央专项资金38.15亿元,市级财政24.21亿元。主要进度如下:\n"
    "解决500万人饮水安全。上半年已建成工程1419处,解决了59.6万人的饮水安全问题。累计下达计划53.8万人,占总计划的99.6%。\n"
    "完成7.4万口山坪塘整治。上半年已全部完工。\n"
)


def test_a_report_without_a_title_reads_only_what_was_planned() -> None:
    got = [(t.quote, t.kind, t.value) for t in draft_spec(REPORT, year=2015).targets]
    assert got == [
        ("2015年25件重点民生实事计划总投资277亿元", "amount", Decimal(27_700_000_000)),
        ("解决500万人饮水安全", "count", Decimal(5_000_000)),
        ("完成7.4万口山坪塘整治", "count", Decimal(74_000)),
    ]


def test_a_line_naming_the_units_of_the_items_before_it() -> None:
    text = (
        "某局2024年工作要点\n一、水资源\n4.用水总量控制在4.35亿立方米以内。\n5.关停自备井不少于25眼。\n"
        "以上第4-5项责任科室:水资源管理科;配合单位:市水文分局\n6.新增节水灌溉面积3万亩。\n责任科室:农村水利科\n"
    )
    got = [(t.value, t.lead, t.support) for t in draft_spec(text, year=2024).targets]
    assert got == [
        (Decimal(435_000_000), ("水资源管理科",), ("市水文分局",)),
        (Decimal(25), ("水资源管理科",), ("市水文分局",)),
        (Decimal(30_000), ("农村水利科",), ()),
    ]


def test_indented_reports_of_progress_under_each_item_are_no_targets() -> None:
    text = (
        "某区关于2024年民生实事项目上半年推进情况的通报\n    一、分项推进情况\n    1.学位扩容\n"
        "    年度目标:新增公办学位3600个。\n    进展情况:已新增学位1350个,学生参与率93.6%。\n"
        "    责任单位:区教育局\n"
    )
    assert [(t.quote, t.lead) for t in draft_spec(text, year=2024).targets] == [("新增公办学位3600个", ("区教育局",))]


def test_a_column_of_progress_dated_in_its_header_is_a_header_cell() -> None:
    table = (
        "某县2025年民生实事项目推进情况表\n序号\n项目名称\n年度目标任务\n截至6月底完成情况\n牵头单位\n"
        "1\n学位扩容\n新增公办学位1620个\n已新增学位800个\n县教育局\n"
    )
    assert [(t.quote, t.lead) for t in draft_spec(table, year=2025).targets] == [("新增公办学位1620个", ("县教育局",))]


def test_a_unit_cell_saying_same_as_above_takes_the_units_above() -> None:
    table = (
        "某县2025年农业农村重点工作任务清单\n序号\n重点任务\n目标要求\n牵头单位\n配合单位\n"
        "1\n高标准农田建设\n新建高标准农田2.5万亩。\n农田建设股\n县财政局\n"
        "2\n撂荒耕地整治\n整治撂荒耕地800亩。\n同上\n各乡镇人民政府\n"
    )
    got = [(t.lead, t.support) for t in draft_spec(table, year=2025).targets]
    assert got == [(("农田建设股",), ("县财政局",)), (("农田建设股",), ("各乡镇人民政府",))]


def test_labels_in_square_brackets_are_labels() -> None:
    text = (
        "某局关于2024年上半年重点工作任务推进情况的通报\n一、优化营商环境\n1.经营主体培育\n"
        "【年度目标】全年新增经营主体2.8万户。\n【责任单位】牵头:登记注册处;配合:各县市场监管局\n"
        "【进展情况】1-6月,全市新增经营主体1.46万户,完成年度目标的52.1%。\n"
    )
    got = [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2024).targets]
    assert got == [("全年新增经营主体2.8万户", ("登记注册处",), ("各县市场监管局",))]


def test_a_header_cell_whose_qualifier_wraps_onto_a_line_of_its_own() -> None:
    table = (
        "某街道2025年民生实事项目分解表\n序号\n项目名称\n目标任务\n牵头科室\n（单位）\n配合单位\n"
        "1\n老年助餐\n新建社区长者食堂2家。\n社会事务办\n各社区居委会\n"
    )
    got = [(t.quote, t.lead, t.support) for t in draft_spec(table, year=2025).targets]
    assert got == [("新建社区长者食堂2家", ("社会事务办",), ("各社区居委会",))]


def test_a_row_s_last_cell_after_its_units_a_line_each() -> None:
    table = (
        "某区2025年政府工作报告目标任务上半年推进情况汇总表\n序号 目标任务 责任单位 上半年推进情况\n"
        "1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。\n"
        "2 第一产业增加值增长5%。 区农业农村委\n区林业局\n第一产业增加值同比增长3.4%。\n"
        "3 规上工业增加值增长3.5%。 区经济信息委 规上工业增加值同比增长0.4%。\n"
    )
    got = [(t.quote, t.lead) for t in draft_spec(table, year=2025).targets]
    assert got == [
        ("地区生产总值增长6%以上", ("区发展改革委",)),
        ("第一产业增加值增长5%", ("区农业农村委", "区林业局")),
        ("规上工业增加值增长3.5%", ("区经济信息委",)),
    ]


def test_paragraphs_of_half_a_year_s_progress_and_bare_lead_labels() -> None:
    text = (
        "某局关于2024年重点工作任务上半年推进情况的通报\n(一)运输服务\n【任务5】城市公交优化提升\n"
        "年度目标:新开及优化调整公交线路15条。\n牵头:综合运输科;配合:市公交集团\n"
        "上半年进展:优化调整线路6条,新开线路2条。\n推进评价:序时推进\n"
    )
    got = [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2024).targets]
    assert got == [("新开及优化调整公交线路15条", ("综合运输科",), ("市公交集团",))]


def test_a_cell_per_line_table_with_no_serial_header_over_numbered_rows() -> None:
    table = (
        "工作任务\n牵头责任单位\n一季度进展情况\n"
        "1\n地区生产总值增长6%以上。\n市发展改革委\n2025年一季度,全市地区生产总值增长7.1%。\n"
        "2\n固定资产投资增长6%左右。\n市发展改革委\n2025年一季度,全市固定资产投资增长2.4%。\n"
    )
    got = [(t.quote, t.lead) for t in draft_spec(table, year=2025).targets]
    assert got == [("地区生产总值增长6%以上", ("市发展改革委",)), ("固定资产投资增长6%左右", ("市发展改革委",))]


def test_a_label_of_units_alone_on_its_line_and_its_units_on_the_next() -> None:
    text = (
        "某市2026年重点民生实事项目\n一、持续推进城市更新行动\n实施100万平方米老旧小区改造。\n责任单位:\n"
        "市住房和城乡建设局、市水务局\n二、改造农村危房\n完成农村危房改造200户。\n"
    )
    got = [(t.quote, t.lead) for t in draft_spec(text, year=2026).targets]
    assert got == [("实施100万平方米老旧小区改造", ("市住房和城乡建设局", "市水务局")), ("完成农村危房改造200户", ())]


def test_offices_under_a_table_s_股室_columns_and_a_copy_line_after_it() -> None:
    table = (
        "某旗2024年重点任务进展\n序号\t重点任务\t年度目标\t责任股室\t配合单位\n1\t粮食生产\t粮食播种面积稳定在410万亩以上\t种植业管理股\t各苏木镇\n"
        "抄送:旗委办公室,旗人大常委会办公室。\n"
    )
    got = [(t.lead, t.support) for t in draft_spec(table, year=2024).targets]
    assert got == [(("种植业管理股",), ("各苏木镇",))]


def test_an_office_with_the_units_under_it_leads_them() -> None:
    from planengine.draft.responsibility import parse_responsibility

    found = parse_responsibility("责任股室:妇幼健康股;责任单位:县妇幼保健院、各乡镇卫生院")
    assert (found.lead, found.support) == (("妇幼健康股",), ("县妇幼保健院", "各乡镇卫生院"))


def test_a_bracket_left_open_at_a_page_width_line_end_goes_on() -> None:
    from planengine.draft.hardwrap import unwrapped

    lines = [
        "  (1)孕产妇系统管理率达到92%以上,3岁以下儿童系统管理率达到90%以上。(责任股",
        "室:妇幼健康股;责任单位:县妇幼保健院)",
        "  (2)适龄儿童免疫规划疫苗接种率以乡镇为单位保持在95%以上,全年不低于。(责任股室:",
        "疾病预防控制股;责任单位:县疾控中心)",
    ]
    text = "\n".join(lines * 3)
    joined = unwrapped(text)
    assert joined is not None
    assert "(责任股室:妇幼健康股;" in joined[0] and "(责任股室:疾病预防控制股;" in joined[0]


def test_a_title_broken_over_two_lines_is_one_title_and_says_it_reports() -> None:
    text = (
        "某县人民政府督查室\n\n关于全县2024年民生实事和重点工作\n前三季度推进情况的通报\n\n三、重点工作推进情况\n"
        "1.地区生产总值增长6.5%左右(县发展改革局牵头)。前三季度增长5.8%,低于年度目标0.7个百分点。\n"
    )
    result = draft_spec(text, year=2024)
    assert result.spec["title"] == "关于全县2024年民生实事和重点工作前三季度推进情况的通报"
    assert [(t.quote, t.lead) for t in result.targets] == [("地区生产总值增长6.5%左右", ("县发展改革局",))]


def test_labels_of_units_in_square_brackets_after_a_sentence() -> None:
    text = (
        "某市2024年卫生健康工作要点\n一、优化医疗服务供给\n"
        "1.推进检查检验结果互认。二级以上公立医院检查检验结果互认项目不少于200项。【牵头处室】医政医管处【配合单位】各区县卫生健康局\n"
    )
    got = [(t.lead, t.support) for t in draft_spec(text, year=2024).targets]
    assert got == [(("医政医管处",), ("各区县卫生健康局",))]


def test_units_in_hexagonal_brackets_on_a_line_of_their_own() -> None:
    text = (
        "某市2024年农业农村重点任务\n1.粮食播种面积稳定在186万亩以上。\n"
        "〔责任科室:种植业管理科;协同单位:市农技推广中心、各县(市、区)农业农村局〕\n"
    )
    got = [(t.lead, t.support) for t in draft_spec(text, year=2024).targets]
    assert got == [(("种植业管理科",), ("市农技推广中心", "各县(市、区)农业农村局"))]


def test_numbered_rows_of_a_table_parted_by_blanks_are_rows_not_headings() -> None:
    """1.粮食生产  目标  县农业农村局  各乡镇  12月底 under a header of as many cells: a row, whose
    units answer for its targets; 1.粮食生产 alone over rows would be a heading."""
    text = (
        "某县2025年乡村振兴重点任务清单\n"
        "序号.任务类别  目标任务  牵头单位  配合单位  完成时限\n"
        "1.粮食生产  粮食播种面积稳定在32万亩以上  县农业农村局  各乡镇  12月底\n"
        "2.高标准农田  新建高标准农田2.3万亩,6月底前完成项目招标  县农业农村局  县财政局、县自然资源局  11月底\n"
    )
    assert [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2025).targets] == [
        ("粮食播种面积稳定在32万亩以上", ("县农业农村局",), ("各乡镇",)),
        ("新建高标准农田2.3万亩", ("县农业农村局",), ("县财政局", "县自然资源局")),
        ("6月底前完成项目招标", ("县农业农村局",), ("县财政局", "县自然资源局")),
    ]


def test_a_unit_cell_naming_its_helpers_in_brackets_leads_with_them_supporting() -> None:
    """区民政局(区残联配合) under 牵头单位: the unit leads, the one in brackets helps."""
    text = (
        "某区2025年为民办实事项目清单\n"
        "序号 | 项目名称 | 建设内容及年度目标 | 牵头单位 | 责任领导 |\n"
        "1 | 困难残疾人康复 | 为300名困难残疾人提供基本康复服务 | 区民政局(区残联、区卫健局配合) | 林雅琴 |\n"
        "2 | 老旧小区改造 | 改造老旧小区12个 | 区住建局 | 王明 |\n"
    )
    got = [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2025).targets]
    assert got == [
        ("为300名困难残疾人提供基本康复服务", ("区民政局",), ("区残联", "区卫健局")),
        ("改造老旧小区12个", ("区住建局",), ()),
    ]


def test_a_group_row_counting_its_projects_and_a_project_named_by_its_output_are_no_targets() -> None:
    """一 | 交通基础设施(4个) |: the group's heading counts its rows; 年产3万吨竹纤维新材料项目 is a name.
    年底完成路面铺设10公里 in the year's column is due at the year's end, as 年底前 is."""
    text = (
        "某县2025年县级重点项目年度计划表\n"
        "序号 | 项目名称 | 建设规模及内容 | 年度形象进度目标 | 责任单位 |\n"
        "一 | 交通基础设施(4个) | | | |\n"
        "1 | 二级公路改建工程 | 改建二级公路21.6公里 | 5月底前开工,年底完成路面铺设10公里 | 县交通运输局 |\n"
        "二 | 产业发展(1个) | | | |\n"
        "2 | 年产3万吨竹纤维新材料项目 | 建设竹纤维生产线3条 | 9月底前投产 | 县工业和信息化局 |\n"
    )
    got = [(t.quote, t.kind, t.value) for t in draft_spec(text, year=2025).targets]
    assert ("年底完成路面铺设10公里", "milestone", Decimal(10)) in got
    assert ("9月底前投产", "milestone", None) in got
    assert all(value not in (Decimal(4), Decimal(1), Decimal(30000)) for _, _, value in got)


def test_units_named_for_table_rows_by_their_numbers_answer_for_those_rows() -> None:
    """第1-3项由市卫生健康委牵头,第4项由市医保局牵头,市财政局配合 under an indicator table: each row's
    units by its number; a row no duty names keeps none."""
    text = (
        "某市卫生健康事业发展规划\n表1 主要指标\n序号 | 指标名称 | 单位 | 2025年 | 2030年 | 指标性质 |\n"
        "1 | 人均预期寿命 | 岁 | 79.5 | 80.5 | 预期性 |\n2 | 婴儿死亡率 | ‰ | 3.8 | <3.5 | 约束性 |\n"
        "3 | 每千人口执业医师数 | 人 | 3.2 | 3.6 | 预期性 |\n4 | 个人卫生支出占比 | % | 27 | 25 | 约束性 |\n"
        "5 | 孕产妇死亡率 | 1/10万 | 10 | 9 | 约束性 |\n"
        "其中,第1-3项由市卫生健康委牵头,第4项由市医保局牵头,市财政局配合。\n"
    )
    got = [(t.lead, t.support) for t in draft_spec(text, year=2025).targets]
    assert got == [
        (("市卫生健康委",), ()),
        (("市卫生健康委",), ()),
        (("市卫生健康委",), ()),
        (("市医保局",), ("市财政局",)),
        ((), ()),
    ]
