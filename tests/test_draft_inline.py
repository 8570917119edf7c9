"""Items whose parts are labelled inline (年度目标:… 进展情况:… 责任单位:…), and readings found with them."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from planengine.draft import draft_spec
from planengine.draft.inline import inline_headings, inline_items, labelled_parts
from planengine.draft.targets import read_region
from planengine.draft.text import shadow

REPORT = (
    "一、粮食生产\n"
    "1.粮食生产。年度目标：粮食播种面积稳定在38.6万亩以上，粮食总产量达到15.2万吨。进展情况：已完成春播备耕，"
    "早稻育秧面积2.1万亩。责任单位：种植业管理股；配合单位：县农技推广中心、各乡镇人民政府。\n"
    "2.生猪稳产. 年度目标: 生猪出栏量30万头. 进展情况: 一季度出栏生猪8.1万头. 责任单位: 县畜牧兽医中心.\n"
)


def test_an_item_s_inline_parts_are_read_as_lines_of_their_own() -> None:
    targets = draft_spec(REPORT, year=2024).targets
    assert [(t.quote, t.lead, t.support) for t in targets] == [
        ("粮食播种面积稳定在38.6万亩以上", ("种植业管理股",), ("县农技推广中心", "各乡镇人民政府")),
        ("粮食总产量达到15.2万吨", ("种植业管理股",), ("县农技推广中心", "各乡镇人民政府")),
        ("生猪出栏量30万头", ("县畜牧兽医中心",), ()),
    ]  # the progress (早稻育秧面积2.1万亩, 出栏生猪8.1万头) is not read


def test_labels_in_brackets_in_tables_or_after_a_number_stay_where_they_are() -> None:
    for text in (
        "1.地区生产总值增长6%。(牵头单位:县发改局;责任单位:县统计局)",
        "1 | 新建公园2个。完成情况:已完成 | 县住建局",
        "1.目标任务:新建公园2个",
    ):
        assert labelled_parts(text) == text


def test_a_label_of_who_answers_after_a_semicolon_closes_a_line_of_labelled_parts() -> None:
    """项目名称:…;年度目标:…;责任单位:…: the units answer for the line's project; the parts of one
    statement (牵头单位:…;配合单位:…) and a label after the items it covers (以上第1-3项;责任单位:…,
    as 【责任单位】 reads) stay one line."""
    text = (
        "某县2025年重点项目方案\n一、产业项目\n"
        "项目名称:冷链物流中心项目;建设内容:建设冷库1.8万平方米;年度目标:新建冷库库容3.2万吨;"
        "责任单位:县商务局、县农业农村局\n"
        "项目名称:光伏项目;年度目标:新增并网装机容量60兆瓦;牵头单位:县发改局;配合单位:县供电公司\n"
    )
    assert [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2025).targets] == [
        ("新建冷库库容3.2万吨", ("县商务局", "县农业农村局"), ()),
        ("新增并网装机容量60兆瓦", ("县发改局",), ("县供电公司",)),
    ]
    for whole in ("牵头单位:县发改局;配合单位:县供电公司", "以上第1-3项;责任单位:县发改局"):
        assert labelled_parts(whole) == whole
    # an item stating its figure, labelled or not, before ;责任单位:
    items = (
        "某县2025年工作方案\n一、任务\n1.年度目标:新建公园3个;责任单位:县住建局。\n2.新建学校2所;责任单位:县教育局。\n"
    )
    assert [(t.quote, t.lead) for t in draft_spec(items, year=2025).targets] == [
        ("新建公园3个", ("县住建局",)),
        ("新建学校2所", ("县教育局",)),
    ]


@given(
    st.lists(
        st.sampled_from(
            ["新建公园2个", "。", ".", " ", ";", "进展情况:", "责任单位：", "项目名称:", "(", ")", "|", "\n", "1"]
        ),
        max_size=30,
    )
)
def test_only_a_sentence_end_or_a_blank_before_a_label_becomes_a_line_end(pieces: list[str]) -> None:
    text = "".join(pieces)
    marked = labelled_parts(text)
    assert len(marked) == len(text)
    assert all(a == b or (b == "\n" and a in "。. ;") for a, b in zip(text, marked))


def test_items_run_together_in_a_paragraph_with_their_labelled_units() -> None:
    """A report printed as one paragraph: each numbered item, its people and its units after blanks;
    the people between the units are no part of them, and a table's figures run into the units
    before the next item are no unit."""
    text = (
        "民生实事项目1-6月进展情况\n"
        "现将实事项目进展情况予以公示。 1.新增安装300套路口交通信息视频采集设备。 牵头领导:王仁洲 责任单位:市公安局 "
        "项目责任人:王伟标 配合单位:市城管局、市财政局 实际完成情况:整体进度已完成年度目标任务的55%。 "
        "2.新辟公交线路10条。 牵头领导:王仁洲 责任单位:市交通委 项目责任人:劳可军 配合单位:市公安局,各区政府 鄞州 海曙 "
        "合计 新辟线路年度目标 2 5 3 10 实际完成 1 2 0 3 3.新投放公共自行车3000辆。 责任单位:市交通委\n"
    )
    targets = draft_spec(text, year=2014).targets
    assert [(t.quote, t.lead, t.support) for t in targets] == [
        ("新增安装300套路口交通信息视频采集设备", ("市公安局",), ("市城管局", "市财政局")),
        ("新辟公交线路10条", ("市交通委",), ("市公安局", "各区政府")),
        ("新投放公共自行车3000辆", ("市交通委",), ()),
    ]


@given(st.lists(st.sampled_from(["新建公园2个", "。", " ", "1.", "2.", "3.", "24", "|", "\n", "完成"]), max_size=30))
def test_only_a_blank_before_the_next_item_s_number_becomes_a_line_end(pieces: list[str]) -> None:
    text = "".join(pieces)
    marked = inline_items(text)
    assert len(marked) == len(text)
    assert all(a == b or (b == "\n" and a == " ") for a, b in zip(text, marked))


def test_an_item_1_inline_with_no_item_2_is_no_list() -> None:
    text = "标题\n现将情况报告如下。 1.新建公园2个。\n"
    assert inline_items(text) == text


def read(text: str) -> list[tuple[str, str | None, Decimal | None]]:
    return [(r.kind, r.comparator, r.value) for r in read_region(text, shadow(text), 0, len(text))]


def test_things_below_a_level_cleared_are_none_left() -> None:
    assert read("年经营性收入15万元以下的村实现动态清零。") == [("ceiling", "<=", Decimal(0))]


def test_a_rate_above_another_named_bare_is_relative() -> None:
    assert read("农村居民人均可支配收入增长7%左右，增速高于城镇居民。") == [
        ("growth-rate", "approx", Decimal("0.07")),
        ("relative", ">", None),
    ]
    assert read("农村居民收入增长快于城镇居民。") == [("relative", ">", None)]


def test_a_numbered_list_of_progress_and_what_is_done_so_far_in_a_report_are_not_read() -> None:
    report = (
        "某市2023年1-3月十件民生实事进展情况\n"
        "一、保障好重点群体就业,开展补贴性职业技能培训2万人次。\n\n"
        "年度投资目标15495万元,1-3月完成投资2513万元,占年度投资目标的16.22%。\n\n"
        "推进情况:1. 全市统筹开展补贴性职业技能培训5585人次。\n\n2. 开展农业技能技术培训484人次。\n\n"
        "3. 城镇公益性岗位安置就业困难人员3425人。\n\n"
        "二、新建公办幼儿园7所。\n"
    )
    assert [t.quote for t in draft_spec(report, year=2023).targets] == [
        "开展补贴性职业技能培训2万人次",
        "年度投资目标15495万元",
        "新建公办幼儿园7所",
    ]


def test_labels_of_lead_and_joint_responsibility_and_small_form_numbers() -> None:
    text = (
        "一、确保完成全年主要预期目标\n"
        "1﹒进出口总额增长9%左右、增速高于全国平均水平。\n"
        "牵头负责领导:周喜安。\n牵头责任单位:省商务厅。\n协同责任单位:省发展改革委、合肥海关等。\n"
    )
    got = [(t.quote, t.kind, t.lead, t.support) for t in draft_spec(text, year=2022).targets]
    assert got == [
        ("进出口总额增长9%左右", "growth-rate", ("省商务厅",), ("省发展改革委", "合肥海关")),
        ("增速高于全国平均水平", "relative", ("省商务厅",), ("省发展改革委", "合肥海关")),
    ]


def test_a_sentence_naming_who_leads_in_running_text_states_the_units() -> None:
    text = (
        "一、建设目标\n（一）投资目标。全年完成交通固定资产投资90亿元以上。由局规划发展科牵头，各县（市、区）交通运输局配合。\n"
        "（二）公路。新改建国省干线公路45公里。由局公路事业发展中心负责。\n"
    )
    got = [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2024).targets]
    assert got == [
        ("全年完成交通固定资产投资90亿元以上", ("局规划发展科",), ("各县（市、区）交通运输局",)),
        ("新改建国省干线公路45公里", ("局公路事业发展中心",), ()),
    ]


def test_remarks_inside_a_statement_of_units_are_not_part_of_a_name() -> None:
    from planengine.draft.responsibility import parse_responsibility

    assert parse_responsibility("责任单位:县人社局(责任领导:赵雪梅)").lead == ("县人社局",)
    assert parse_responsibility("责任单位:县农业农村局、县生态环境局(按职责分工负责)").lead == (
        "县农业农村局",
        "县生态环境局",
    )
    found = parse_responsibility("牵头单位:市发改委;数据提供单位:市统计局")
    assert (found.lead, found.support) == (("市发改委",), ("市统计局",))


def test_offices_named_as_the_ones_answerable() -> None:
    from planengine.draft.responsibility import parse_responsibility

    found = parse_responsibility("分管领导:刘建华;责任股室:种植业股、畜牧兽医股;配合单位:县农技推广中心")
    assert (found.lead, found.support) == (("种植业股", "畜牧兽医股"), ("县农技推广中心",))


def test_a_paragraph_headed_by_its_unit_gives_it_each_item_with_their_helpers() -> None:
    """区发改局:1.…;2.…,区统计局配合;3.…: the unit at the head leads every item of its paragraph; an
    item's last clause (…,X配合) names who helps with that item alone."""
    from planengine.draft import draft_spec

    text = (
        "某区2024年目标任务分解\n一、经济发展类\n"
        "区发改局:1.全区地区生产总值增长6.5%左右;2.固定资产投资完成128亿元,区统计局配合;3.争取中央预算内投资3亿元。\n"
        "区住建局:1.改造老旧小区32个,各街道办事处配合;2.10月底前完成大道主体工程。\n"
        "区生态环境分局:1.PM2.5平均浓度控制在30微克/立方米以内。\n"
    )
    assert [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2024).targets] == [
        ("全区地区生产总值增长6.5%左右", ("区发改局",), ()),
        ("固定资产投资完成128亿元", ("区发改局",), ("区统计局",)),
        ("争取中央预算内投资3亿元", ("区发改局",), ()),
        ("改造老旧小区32个", ("区住建局",), ("各街道办事处",)),
        ("10月底前完成大道主体工程", ("区住建局",), ()),
        ("PM2.5平均浓度控制在30微克/立方米以内", ("区生态环境分局",), ()),
    ]


def test_a_label_before_items_is_no_unit_heading_them() -> None:
    from planengine.draft.inline import unit_headed_items

    for line in (
        "主要目标:1.新建学校3所;2.新增学位500个。",
        "责任单位:1.县教育局",
        "工作要求:2024年完成",
        "中心城区:1.建成区绿化覆盖率达到42%;2.新建公园3个。",  # a place, no body
        "各乡镇人民政府:1.现将方案印发给你们",  # the salutation of a notice
        "区应急管理局:6月底前完成排查整治。",  # one statement: the unit leads nothing after it
    ):
        assert unit_headed_items(line) == line
    assert unit_headed_items("县教育局:1.新建学校3所;2.新增学位500个。") == "县教育局\n1.新建学校3所\n2.新增学位500个。"


def test_a_line_saying_who_does_the_items_below_it_leads_them() -> None:
    """县住建局负责: / 由县教育局牵头、县财政局配合: closed by a colon over numbered items: their units;
    the same words after an item, with no colon, say nothing of the items below."""
    from planengine.draft import draft_spec

    text = (
        "某县方案\n二、重点任务\n(一)城乡建设提质\n县住建局负责：\n（1）新开工改造城镇老旧小区12个；\n"
        "（2）完成既有住宅加装电梯20部；\n由县教育局牵头、县财政局配合：\n（1）新建幼儿园3所。\n"
        "由县文广旅体局牵头、县商务局配合，力争实现：\n（1）接待游客500万人次。\n"
    )
    assert [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2024).targets] == [
        ("新开工改造城镇老旧小区12个", ("县住建局",), ()),
        ("完成既有住宅加装电梯20部", ("县住建局",), ()),
        ("新建幼儿园3所", ("县教育局",), ("县财政局",)),
        ("接待游客500万人次", ("县文广旅体局",), ("县商务局",)),
    ]


def test_a_unit_heading_items_after_numbered_ones_stands_beside_them() -> None:
    """1.… 2.… then 县教育局:1.…;2.…: the unit leads its own items only; (一)区发改局:1.… is a heading
    that names its unit."""
    from planengine.draft import draft_spec

    text = (
        "某县\n一、重点任务\n1.新建学校3所。\n2.新增学位500个。\n县教育局:1.9月底前完成2所学校主体工程;2.新建食堂3个。\n"
        "二、经济\n(一)区发改局:1.地区生产总值增长6.5%;2.投资增长8%。\n"
    )
    assert [(t.quote, t.lead) for t in draft_spec(text, year=2024).targets] == [
        ("新建学校3所", ()),
        ("新增学位500个", ()),
        ("9月底前完成2所学校主体工程", ("县教育局",)),
        ("新建食堂3个", ("县教育局",)),
        ("地区生产总值增长6.5%", ("区发改局",)),
        ("投资增长8%", ("区发改局",)),
    ]


def test_a_unit_and_its_colon_on_a_line_of_their_own_lead_the_items_under_it() -> None:
    """区发展和改革局: alone on a line over 1. 2. …, then the next unit over its own 1. 2.: each leads its
    items; a closing …,区统计局配合 helps with its item."""
    text = (
        "澄岭区2025年重点工作任务清单\n\n区发展和改革局:\n1.地区生产总值增长6%左右,区统计局配合。\n"
        "2.新开工亿元以上项目30个。\n\n区商务局:\n1.新增限额以上商贸企业40家以上。\n"
    )
    assert [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2025).targets] == [
        ("地区生产总值增长6%左右", ("区发展和改革局",), ("区统计局",)),
        ("新开工亿元以上项目30个", ("区发展和改革局",), ()),
        ("新增限额以上商贸企业40家以上", ("区商务局",), ()),
    ]


def test_a_line_saying_whose_task_the_paragraph_above_is_names_units_parted_by_commas() -> None:
    text = (
        "关于分解落实2010年政府工作报告重点工作的通知\n"
        "一、2010年主要目标\n生产总值增长13%;城镇登记失业率控制在4%以内。\n"
        "由市人民政府各相关部门,各县(市)、区人民政府负责落实。\n"
        "二、为民办好十件实事\n(一)新建农村沼气池2000户。由市农业局、财政局负责落实。\n"
        "(二)由于资金到位,新建乡镇卫生院3所。\n"
    )
    got = [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2010).targets]
    both = ("市人民政府各相关部门", "各县(市)、区人民政府")
    assert got == [
        ("生产总值增长13%", both, ()),
        ("城镇登记失业率控制在4%以内", both, ()),
        ("新建农村沼气池2000户", ("市农业局", "财政局"), ()),
        ("新建乡镇卫生院3所", (), ()),
    ]


def test_a_heading_that_is_a_unit_s_name_leads_its_items_which_name_their_helpers() -> None:
    text = (
        "鹭汀县2025年重点工作任务清单\n"
        "一、县发展和改革局(2项)\n"
        "1.地区生产总值增长6%左右。\n"
        "2.固定资产投资增长8%以上。(配合:县统计局)\n"
        "二、县教育局\n"
        "1.新增公办学位2400个。(配合:县财政局、县住房和城乡建设局)\n"
        "三、引导产业差异化布局\n"
        "1.产值过千亿元。\n"
    )
    got = [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2025).targets]
    assert got == [
        ("地区生产总值增长6%左右", ("县发展和改革局",), ()),
        ("固定资产投资增长8%以上", ("县发展和改革局",), ("县统计局",)),
        ("新增公办学位2400个", ("县教育局",), ("县财政局", "县住房和城乡建设局")),
        ("产值过千亿元", (), ()),  # 布局 ends as 局 does, but names no bureau
    ]


def test_headings_run_together_in_one_paragraph_each_answer_for_their_own_text() -> None:
    text = (
        "马屿镇2024年度重点工作任务分解\n"
        "(一)坚定不移壮产业(责任部门:经济发展办公室) 争取完成“净升规”10家。一是开工建设智能家居产业园。"
        " (二)坚定不移扩框架(责任部门:镇村规划建设办公室) 盘活利用土地245亩。\n"
    )
    got = [(t.quote, t.lead) for t in draft_spec(text, year=2024).targets]
    assert got == [
        ("争取完成“净升规”10家", ("经济发展办公室",)),
        ("开工建设智能家居产业园", ("经济发展办公室",)),
        ("盘活利用土地245亩", ("镇村规划建设办公室",)),
    ]


@given(st.lists(st.sampled_from(["(一)", "(二)", "(三)", " ", "。", "甲", "\n", "|"]), max_size=30))
def test_inline_headings_change_only_blanks_into_line_ends(pieces: list[str]) -> None:
    sh = "".join(pieces)
    out = inline_headings(sh)
    assert len(out) == len(sh)
    assert all(a == b or (a in " \t\u3000" and b == "\n") for a, b in zip(sh, out))


def test_headings_in_words_and_their_items_run_together_on_one_line_are_read_apart() -> None:
    """A page that lost its line ends: 一、…牵头重点工作 1.… 责任单位:… 2.… 二、… 1.…, with the units'
    note (首位单位为牵头单位,下同) saying the first listed leads throughout."""
    text = (
        "某县政府工作报告2024年重点工作责任分解 一、张三县长牵头重点工作 1.全县生产总值增长7.5%左右;"
        "一般公共预算收入增长8.5%。 责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局 "
        "2.新建农村公路30公里。 责任单位:县交通运输局 二、李四常务副县长牵头重点工作 1.完成垦造耕地2000亩。 "
        "责任单位:县自然资源和规划局、县农业农村局 2.新增城镇就业6000人。 责任单位:县人力社保局\n"
    )
    got = [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2024).targets]
    assert got == [
        ("全县生产总值增长7.5%左右", ("县发改局",), ("县财政局", "县税务局")),
        ("一般公共预算收入增长8.5%", ("县发改局",), ("县财政局", "县税务局")),
        ("新建农村公路30公里", ("县交通运输局",), ()),
        ("完成垦造耕地2000亩", ("县自然资源和规划局",), ("县农业农村局",)),
        ("新增城镇就业6000人", ("县人力社保局",), ()),
    ]


def test_a_heading_in_words_inline_counts_on_from_the_one_before() -> None:
    """二、 after a blank parts the line only where 一、 came before it; 三、 alone is a word's number."""
    assert inline_items("一、甲 1.新建公园2个。 2.新建绿道3公里。 二、乙 1.完成改造5处。 2.新增车位9个。") == (
        "一、甲\n1.新建公园2个。\n2.新建绿道3公里。\n二、乙\n1.完成改造5处。\n2.新增车位9个。"
    )
    text = "完成改造 三、四处 1.新建公园2个。 2.新建绿道3公里。"
    assert inline_items(text) == text  # no 二、 before 三、, and a word (处) before the item 1


@given(
    st.lists(
        st.sampled_from(["新建公园2个", "。", " ", "1.", "2.", "一、", "二、", "三、", "甲", "|", "\n"]), max_size=30
    )
)
def test_inline_headings_in_words_change_only_blanks_into_line_ends(pieces: list[str]) -> None:
    text = "".join(pieces)
    marked = inline_items(text)
    assert len(marked) == len(text)
    assert all(a == b or (b == "\n" and a == " ") for a, b in zip(text, marked))


def test_a_sentence_saying_who_leads_before_a_report_of_progress_leads_its_paragraph() -> None:
    """新增城镇就业6万人。…这项工作主要由市人社局牵头。截至4月30日,…: a news report of 民生实事, each
    paragraph an item whose lead is named mid-paragraph, before what is done so far."""
    text = (
        "南阳市2020年重点民生实事\n"
        "新增城镇就业6万人。确保全市新增城镇就业6万人。这项工作主要由市人社局牵头。截至4月30日,全市新增城镇就业21257人。\n"
        "推进老旧小区改造。全年完成改造不少于8166户。这项工作主要由市住建局牵头。目前已完成老旧小区改造1078户。\n"
    )
    got = [(t.quote, t.lead) for t in draft_spec(text, year=2020).targets]
    assert got == [("确保全市新增城镇就业6万人", ("市人社局",)), ("全年完成改造不少于8166户", ("市住建局",))]


def test_a_progress_label_after_a_semicolon_closes_the_targets_before_it() -> None:
    """(一)…。年度目标:…;进展情况:已新增…,完成年度目标的64%;责任单位:…: a bulletin's item whose parts
    are parted by ; only; what is done so far is not read, and the units answer for the targets."""
    text = (
        "关于2025年市级民生实事项目1—6月推进情况的通报\n"
        "总体看,2件已提前完成全年目标,8件按序时推进,2件进度滞后。\n"
        "一、项目推进情况\n"
        "(一)普惠托育扩容工程。年度目标:新增普惠性托位1500个;进展情况:已新增普惠性托位960个,完成年度目标的64%;"
        "责任单位:市卫生健康委(牵头),市教育局。\n"
        "(二)食品安全放心工程。年度目标:完成食品安全抽检8000批次以上;进展情况:完成抽检4370批次,建成快检室11个;"
        "责任单位:市市场监管局。\n"
    )
    got = [(t.quote, t.value, t.lead, t.support) for t in draft_spec(text, year=2025).targets]
    assert got == [
        ("新增普惠性托位1500个", Decimal(1500), ("市卫生健康委",), ("市教育局",)),
        ("完成食品安全抽检8000批次以上", Decimal(8000), ("市市场监管局",), ()),
    ]


def test_a_closing_lead_sentence_names_helpers_by_duty_or_as_working_with_the_lead() -> None:
    """…。由区民政局牵头,区卫生健康委、…按职责分工落实。 and …。由区生态环境局牵头,会同区城市管理局、区水利局实施。"""
    text = (
        "某区2025年十件民生实事\n"
        "三、完善养老服务体系。一是新建街道综合养老服务中心3个;二是完成困难老年人家庭适老化改造500户。"
        "由区民政局牵头,区卫生健康委、区财政局和各街道办事处按职责分工落实。\n"
        "八、提升生态环境质量。一是新增口袋公园15个。由区生态环境局牵头,会同区城市管理局、区水利局实施。\n"
    )
    got = [(t.lead, t.support) for t in draft_spec(text, year=2025).targets]
    assert got == [
        (("区民政局",), ("区卫生健康委", "区财政局", "各街道办事处")),
        (("区民政局",), ("区卫生健康委", "区财政局", "各街道办事处")),
        (("区生态环境局",), ("区城市管理局", "区水利局")),
    ]
