"""Tables of every shape a copied plan has: tabs, blanks, a unit per line, follow-on rows, page breaks."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planengine.draft import draft_spec
from planengine.draft.structure import headed_barred_lines


def leads(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


HEAD = "XX县2026年养老服务提升工作方案\n一、主要任务\n"


def test_a_tab_separated_table_is_read_like_a_bar_separated_one() -> None:
    table = "序号\t任务\t目标\t责任单位\n1\t新建社区养老服务站\t新建社区养老服务站12个\t县民政局\n"
    assert leads(HEAD + table) == [("新建社区养老服务站12个", ("县民政局",), ())]
    assert leads(HEAD + table.replace("\t", " | ")) == leads(HEAD + table)


@pytest.mark.parametrize("gap", [" ", "  ", "\u3000", "   "])
def test_a_table_separated_by_blanks_is_a_table(gap: str) -> None:
    rows = [
        ["序号", "任务", "目标", "责任单位"],
        ["1", "农村公路提质改造", "完成提质改造120公里", "县交通运输局"],
        ["2", "危桥改造", "改造危桥15座", "县交通运输局、各乡镇人民政府"],
    ]
    text = (
        "XX县2026年农村公路建设实施方案\n一、年度任务\n"
        + "\n".join(gap.join(r) for r in rows)
        + "\n二、保障措施\n加强领导。"
    )
    assert leads(text) == [
        ("完成提质改造120公里", ("县交通运输局",), ()),
        ("改造危桥15座", ("县交通运输局", "各乡镇人民政府"), ()),
    ]


def test_blanks_in_a_sentence_make_no_table() -> None:
    text = HEAD + "到2026年 年底, 新建社区养老服务站 12个 以上。\n"
    assert [t.quote for t in draft_spec(text, year=2026).targets] == ["新建社区养老服务站 12个 以上"]


def test_a_unit_cell_with_one_unit_per_line_gives_every_unit() -> None:
    text = HEAD + (
        "序号\t任务\t目标\t责任单位\n"
        "1\t新建社区养老服务站\t新建社区养老服务站12个\t县民政局\n"
        "县财政局\n"
        "各乡镇人民政府\n"
        "2\t改造特困供养服务机构\t完成改造3家\t县住建局\n"
    )
    assert leads(text) == [
        ("新建社区养老服务站12个", ("县民政局", "县财政局", "各乡镇人民政府"), ()),
        ("完成改造3家", ("县住建局",), ()),
    ]


def test_a_unit_name_broken_by_a_line_end_is_one_name() -> None:
    text = HEAD + (
        "序号\t任务\t目标\t牵头单位\t配合单位\n"
        "1\t高标准农田建设\t建成高标准农田2万亩\t县农业农村局\t县财政局、县农业农\n"
        "村局\n"
    )
    assert leads(text) == [("建成高标准农田2万亩", ("县农业农村局",), ("县财政局",))]


def test_a_star_on_a_later_line_marks_the_lead() -> None:
    text = HEAD + "序号\t任务\t目标\t责任单位\n1\t发放高龄津贴\t发放高龄津贴3000人\t县财政局\n县民政局*\n"
    assert leads(text) == [("发放高龄津贴3000人", ("县民政局",), ("县财政局",))]


def test_a_blank_unit_cell_takes_the_units_above_with_their_star() -> None:
    text = HEAD + (
        "序号\t任务\t目标\t责任单位\n"
        "1\t改造特困供养服务机构\t完成改造3家\t县民政局*、县住建局\n"
        "2\t培训养老护理员\t培训养老护理员500人次以上\t\n"
    )
    assert leads(text) == [
        ("完成改造3家", ("县民政局",), ("县住建局",)),
        ("培训养老护理员500人次以上", ("县民政局",), ("县住建局",)),
    ]


PROGRESS = (
    "XX区2026年重点民生项目推进情况报告\n一、项目推进情况\n"
    "序号\t项目内容\t年度目标\t责任单位\t进展情况\n"
    "1\t城镇老旧小区改造\t改造老旧小区25个\t区住建局\t已开工18个，完成投资1.2亿元\n"
    "\t\t新增停车位1200个以上\t\t已新增停车位600个，6月底前完成招标\n"
    "2\t农村饮水安全\t新建农村供水工程8处\t区水利局\t已完成5处\n"
    "\t\t农村自来水普及率达到98%\t\t普及率已达97.5%\n"
    "二、下一步工作\n持续推进。\n"
)


@pytest.mark.parametrize("separator", ["\t", " | "])
def test_follow_on_rows_of_a_progress_table_are_more_targets_of_the_task_above(separator: str) -> None:
    result = draft_spec(PROGRESS.replace("\t", separator), year=2026)
    assert [(t.quote, t.lead) for t in result.targets] == [
        ("改造老旧小区25个", ("区住建局",)),
        ("新增停车位1200个以上", ("区住建局",)),
        ("新建农村供水工程8处", ("区水利局",)),
        ("农村自来水普及率达到98%", ("区水利局",)),
    ]
    # the progress column reports what was done: nothing in it is a target or a milestone
    assert not any("已" in t.quote or "6月底前" in t.quote for t in result.targets)
    tasks = result.spec["tasks"]
    assert [t["title"] for t in tasks if t.get("parent")] == ["城镇老旧小区改造", "农村饮水安全"]


@pytest.mark.parametrize("marker", ["3、", "- 3 -", "—3—", "第3页", "第 3 页 共 12 页", "3/12"])
def test_a_page_marker_is_no_task_and_does_not_end_a_table(marker: str) -> None:
    text = HEAD + (
        "序号\t任务\t目标\t责任单位\n"
        "1\t新建社区养老服务站\t新建社区养老服务站12个\t县民政局\n"
        f"{marker}\n"
        "2\t改造特困供养服务机构\t完成改造3家\t县住建局\n"
    )
    result = draft_spec(text, year=2026)
    assert [(t.quote, t.lead) for t in result.targets] == [
        ("新建社区养老服务站12个", ("县民政局",)),
        ("完成改造3家", ("县住建局",)),
    ]
    assert all(t["number"] in ("一", "一-1", "一-2") for t in result.spec["tasks"])


def test_a_title_under_the_papers_head_and_the_issuer_over_the_date_line() -> None:
    text = (
        "首页 > 政务公开 > 规划计划\n"
        "XX县人民政府办公室文件\n"
        "X政办发〔2026〕5号\n"
        "XX县养老服务提升行动计划\n"
        "一、目标任务\n新建社区养老服务站12个。\n"
        "XX县人民政府办公室\n"
        "二〇二六年三月五日\n"
    )
    result = draft_spec(text)
    assert (result.spec["title"], result.spec["issuer"], result.spec["year"]) == (
        "XX县养老服务提升行动计划",
        "XX县人民政府办公室",
        2026,
    )


def test_the_papers_head_names_the_issuer_when_nothing_signs() -> None:
    text = "XX县人民政府办公室文件\n关于做好养老服务工作的通知\n一、目标任务\n新建社区养老服务站12个。\n"
    assert draft_spec(text, year=2026).spec["issuer"] == "XX县人民政府办公室"


def test_strive_opening_a_cell_governs_the_rest_of_the_row() -> None:
    text = HEAD + (
        "序号\t任务\t目标\t责任单位\n"
        "1\t力争创建省级养老服务示范区\t新建示范站3个，改造床位200张\t县民政局\n"
        "2\t培训养老护理员\t培训养老护理员500人次以上，力争持证率达到80%\t县人社局\n"
    )
    result = draft_spec(text, year=2026)
    assert [(t.quote, t.strive) for t in result.targets] == [
        ("新建示范站3个", True),
        ("改造床位200张", True),
        ("培训养老护理员500人次以上", False),
        ("力争持证率达到80%", True),
    ]


def test_a_row_broken_by_a_cell_with_line_breaks_keeps_its_cells_and_units() -> None:
    text = HEAD + (
        "序号\t重点任务\t年度目标\t牵头单位\t配合单位\t进展情况\n"
        "1\t交通重点项目\t实施交通重点项目12个\t县交通运输局\n"
        "县发改局\t县财政局、县自然资源局\t一季度完成投资1.92亿元。\n"
        "2\t农村公路\t新改建农村公路60公里\t县交通运输局\t各乡镇人民政府\t已完成9.6公里。\n"
    )
    assert leads(text) == [
        ("实施交通重点项目12个", ("县交通运输局", "县发改局"), ("县财政局", "县自然资源局")),
        ("新改建农村公路60公里", ("县交通运输局",), ("各乡镇人民政府",)),
    ]


def test_a_heading_inside_a_table_groups_its_rows() -> None:
    text = HEAD + (
        "序号\t重点任务\t年度目标\t责任单位\t进展情况\n"
        "一、国土绿化行动\n"
        "1\t人工造林\t完成人工造林2.5万亩以上\t县林业局\t已完成1.86万亩。\n"
        "二、森林资源保护\n"
        "2\t森林防火\t森林火灾受害率控制在0.9‰以内\t县应急局\t1-6月发生火灾1起。\n"
    )
    result = draft_spec(text, year=2026)
    assert [(t.quote, t.lead) for t in result.targets] == [
        ("完成人工造林2.5万亩以上", ("县林业局",)),
        ("森林火灾受害率控制在0.9‰以内", ("县应急局",)),
    ]


@pytest.mark.parametrize(
    "frame",
    [
        "浏览次数：1562    发布时间：2026-03-12 10:20    来源：区住建局",
        "  • 来源:苍南县人民政府办公室",
        "扫一扫在手机打开当前页",
        "上一篇：关于做好2026年春季造林工作的通知",
        "网站标识码3303270001  浙ICP备05001234号  浙公网安备33032702000123号",
        "【打印】【关闭】",
        # a long line the frame opens, the page's title glued after it
        "发布时间:2021-06-24 | 发布者: 东东工作室 | 浏览次数: 次怀远县2021年度政府重点工作任务第一季度完成情况汇总表",
    ],
)
def test_the_pages_frame_is_not_read(frame: str) -> None:
    text = HEAD + f"{frame}\n新建社区养老服务站12个。\n"
    assert [t.quote for t in draft_spec(text, year=2026).targets] == ["新建社区养老服务站12个"]


def test_a_figure_in_a_safeguards_section_is_read_but_no_deliverable() -> None:
    text = (
        "XX县2026年就业工作方案\n一、主要任务\n新增就业5200人。\n二、保障措施\n"
        "(一)加强组织领导。各成员单位按职责分工抓好落实,建立工作专班。\n"
        "(二)营造良好氛围。全年举办各类招聘活动不少于40场。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2026).targets] == [
        "新增就业5200人",
        "全年举办各类招聘活动不少于40场",
    ]


def test_a_table_copied_one_cell_a_paragraph_is_read_as_rows() -> None:
    cells = [
        "序号", "项目内容", "当前进度", "牵头单位", "备注",
        "1", "新建公办园5所,新增公办幼儿学位1000个。", "80%(进度滞后)", "县教育局", "市民生实事",
        "2", "建设四好农村路55公里。", "95%", "县交通局", "县民生实事",
    ]  # fmt: skip
    text = "2022年度民生实事项目进度表\n\n" + "\n\n".join(cells) + "\n"
    result = draft_spec(text, year=2022)
    assert [(t.quote, t.lead) for t in result.targets] == [
        ("新建公办园5所", ("县教育局",)),
        ("新增公办幼儿学位1000个", ("县教育局",)),
        ("建设四好农村路55公里", ("县交通局",)),
    ]  # the progress column (80%, 95%) states no target


def test_a_heading_that_names_its_units_answers_for_the_items_under_it() -> None:
    text = (
        "二、重点任务\n"
        "(一)夯实数字底座(牵头单位:市数据局;配合单位:市财政局、市委网信办)\n"
        "1.全年新增算力规模500P以上。\n"
        "2.政务云资源利用率达到75%。(牵头单位:市财政局)\n"
    )
    assert leads(text) == [
        ("全年新增算力规模500P以上", ("市数据局",), ("市财政局", "市委网信办")),
        ("政务云资源利用率达到75%", ("市财政局",), ()),  # its own units win
    ]


def test_a_unit_name_broken_over_two_lines_of_its_own_joins_the_row() -> None:
    text = HEAD + (
        "序号 重点任务 责任单位\n"
        "25 新建中小学和幼儿园6所 区教育局*\n"
        "区发改局\n"
        "区自然资\n"
        "源分局\n"
        "26 课后服务覆盖率保持100% 区教育局\n"
    )
    assert leads(text) == [
        ("新建中小学和幼儿园6所", ("区教育局",), ("区发改局", "区自然资源分局")),
        ("课后服务覆盖率保持100%", ("区教育局",), ()),
    ]


def test_the_unit_listed_first_leads_when_the_document_says_so() -> None:
    text = (
        "一、重点工作\n"
        "1.完成60万平方米征拆任务。\n"
        "责任单位:区房屋征收中心、区发改局、古林镇(列第一位者为牵头或汇总单位,下同)\n"
        "2.新增城镇就业1.5万人。\n"
        "责任单位:区人社局、各镇(街道)\n"
    )
    assert leads(text) == [
        ("完成60万平方米征拆任务", ("区房屋征收中心",), ("区发改局", "古林镇")),
        ("新增城镇就业1.5万人", ("区人社局",), ("各镇(街道)",)),  # 下同: the rest of the document too
    ]
    without = text.replace("(列第一位者为牵头或汇总单位,下同)", "")
    assert leads(without)[0][1] == ("区房屋征收中心", "区发改局", "古林镇")


def test_a_row_named_for_a_problem_is_still_a_task() -> None:
    """A 督察整改 table names each row by the problem found (整治成效不稳定): not a look-back section."""
    cells = [
        "序号", "反馈问题", "整改目标", "责任单位", "整改进展情况",
        "1", "黑臭水体整治成效不稳定。", "完成雨污分流改造管网42公里。", "*市住建局", "市水利局", "已完成29.5公里。",
    ]  # fmt: skip
    result = draft_spec("整改落实情况表\n" + "\n".join(cells) + "\n", year=2026)
    assert [(t.quote, t.lead, t.support) for t in result.targets] == [
        ("完成雨污分流改造管网42公里", ("市住建局",), ("市水利局",))
    ]


SHARED = (
    "2021年民生实事项目责任分解表.docx\n"
    "《2021年民生实事项目责任分解表.docx》由会员分享,可在线阅读,更多相关《…(4页珍藏版)》请\n"
    "1、2021年民生实事项目责任分解表序号项目名称主要内容区政府分管领导牵头单位配合单位"
    "1增加教育资源供给实施新建学校项目12个,增加学位5000个。何海平教育局经开区高新园(邹区镇)各街道"
    "2促进就业落实就业优先战略。全区城镇新增就业15000人。何海平人社局高新园(邹区镇\n"
    "2、)各街道3优化养老服务为全区23000名老年人提供居家上门服务。张菁民政局各街道"
    "提升改造8家社区养老服务中心。对300户困难老人家庭进行适老化改造。\n"
)


def test_a_table_whose_cells_run_together_is_read_with_its_units() -> None:
    """A document-sharing page: no separator between cells, pages starting 1、 2、 mid-row."""
    # the task's name runs into its text (增加教育资源供给实施…): nothing tells where one ends
    assert leads(SHARED) == [
        ("增加教育资源供给实施新建学校项目12个", ("教育局",), ("经开区", "高新园(邹区镇)", "各街道")),
        ("增加学位5000个", ("教育局",), ("经开区", "高新园(邹区镇)", "各街道")),
        ("全区城镇新增就业15000人", ("人社局",), ("高新园(邹区镇)", "各街道")),
        ("优化养老服务为全区23000名老年人提供居家上门服务", ("民政局",), ("各街道",)),
        ("提升改造8家社区养老服务中心", ("民政局",), ("各街道",)),  # after the units: the units above
        ("对300户困难老人家庭进行适老化改造", ("民政局",), ("各街道",)),
    ]


def test_a_list_in_a_shared_document_keeps_its_numbers() -> None:
    """On a document-sharing page only a page's start (a long line, or one cut mid-sentence) is a
    page break; a numbered item is an item."""
    text = (
        "某县方案(由会员分享,可在线阅读)\n一、主要任务\n"
        "1、新建公园5个。(牵头单位:县住建局)\n2、新建书屋3个。(牵头单位:县文旅局)\n3、改造道路8条。\n"
    )
    assert leads(text)[:2] == [("新建公园5个", ("县住建局",), ()), ("新建书屋3个", ("县文旅局",), ())]


def test_a_sentence_with_a_page_frame_word_is_read() -> None:
    text = HEAD + "到2026年,数字图书馆年浏览量突破500万次,新建社区书屋20个。\n"
    assert [t.quote for t in draft_spec(text, year=2026).targets] == [
        "数字图书馆年浏览量突破500万次",
        "新建社区书屋20个",
    ]


def test_a_page_s_metadata_line_is_no_part_of_the_plan() -> None:
    """2024-03-01 1 1 济宁日报 content_163042.html 1 <headline> /enpproperty-->: the page's frame repeating
    the headline, however long; a sentence naming a web page (在www.gov.cn/a.html公布。) stays."""
    text = (
        HEAD + "今年计划新改扩建中小学28所。\n"
        "2024-03-01 1 1 济宁日报 content_163042.html 1 今年我市计划新改扩建 中小学28所、幼儿园22所 /enpproperty-->\n"
        "新建书屋3个,名单在www.gov.cn/a.html公布。\n"
    )
    assert [t.quote for t in draft_spec(text, year=2024).targets] == ["今年计划新改扩建中小学28所", "新建书屋3个"]


def test_a_plan_titled_with_its_schedule_is_no_report() -> None:
    text = "某县2026年重点项目建设任务及进度安排\n1.一季度,完成项目立项5个。\n2.上半年,开工项目10个。\n"
    assert len(draft_spec(text, year=2026).targets) == 2


def test_no_table_row_signs_the_document() -> None:
    text = "某县方案\n序号|任务|责任单位\n1|新建公园5个|县住建局\n2|新建书屋3个|县文旅局\n2026年10月\n"
    assert "|" not in draft_spec(text, year=2026).spec["issuer"]


def test_a_number_inside_a_run_together_row_starts_no_row() -> None:
    text = "序号项目名称主要内容牵头单位配合单位1新建公园在城区2处新建口袋公园。住建局财政局2改造道路完成道路改造8条。交通局"
    assert leads(text) == [
        ("新建公园在城区2处新建口袋公园", ("住建局",), ("财政局",)),
        ("改造道路完成道路改造8条", ("交通局",), ()),
    ]


def test_a_run_together_table_a_row_a_line_leaves_its_progress_column_out() -> None:
    """A web table copied without its borders: the header alone on its line, each row on its own
    line after its category; what follows the row's units is what was done, no target."""
    text = (
        "某区2026年重点工作任务目标全年完成情况\n"
        "类别序号重点督办内容牵头单位全年完成情况\n"
        "主要预期目标1地区生产总值增长6%左右。区发展改革委西城区地区生产总值核算数5061亿元,增幅-1.1%。\n"
        "主要预期目标2城镇登记失业率控制在1.5%以内。区人力社保局区财政局全年登记失业率1.2%。\n"
        "3新建社区食堂20个。区民政局全年建成22个。\n"
        "以上情况特此报告。全区新增就业3000人。\n"
    )
    assert sorted(leads(text)) == [
        ("全区新增就业3000人", (), ()),  # a line that is no row ends the table
        ("地区生产总值增长6%左右", ("区发展改革委",), ()),
        ("城镇登记失业率控制在1.5%以内", ("区人力社保局", "区财政局"), ()),
        ("新建社区食堂20个", ("区民政局",), ()),  # the category's cell merged over it: blank
    ]


def test_items_in_a_cell_per_line_table_take_the_names_after_them() -> None:
    """A person (分管领导), the lead, then supporting units, one cell a line, under each item; an item with
    a lead alone keeps the supporting units above, one with no cells the units above; a signature
    over the table's header names no one."""
    lines = [
        "附件1",
        "主要目标任务责任分解表",
        "常州市某区人民政府",
        "2024年3月11日",
        "序号", "目标名称", "区政府", "分管领导", "牵头单位", "配合单位",
        "1", "全区经济社会发展的主要预期目标",
        "(1)地区生产总值增长6%左右。", "王旭锋", "发改局", "经开区", "高新园", "(邹区镇)", "统计局",
        "(2)一般公共预算收入增长3%以上。", "财政局",
        "(3)社会消费品零售总额增长6%左右。", "吴 伟", "商务局",
        "(4)城镇新增就业1.2万人。",
        "(5)新增入库重大项目7个以上。", "工信局", "生态环境局",
        "2", "聚焦产业强区",
        "(6)新增规上企业30家。",
    ]  # fmt: skip
    support = ("经开区", "高新园(邹区镇)", "统计局")
    assert leads("\n".join(lines)) == [
        ("地区生产总值增长6%左右", ("发改局",), support),
        ("一般公共预算收入增长3%以上", ("财政局",), support),
        ("社会消费品零售总额增长6%左右", ("商务局",), support),
        ("城镇新增就业1.2万人", ("商务局",), support),
        ("新增入库重大项目7个以上", ("工信局",), ("生态环境局",)),
        ("新增规上企业30家", (), ()),  # its cells fall after the row's text, outside the excerpt
    ]


def test_a_text_cell_broken_over_lines_keeps_its_row_and_the_table() -> None:
    text = "\n".join(
        [
            "(责任单位中列第一位的为牵头单位)",
            "序号 | 工作任务 | 具体目标 | 责任单位 | 完成时间 |",
            "一、市政设施 |",
            "6 | 城市道路建设 | 新建城市道路12条,",
            "其中年内建成通车5条;",
            "打通断头路3条 | 区住建局、区城投集团 | 2025年12月 |",
            "8 | 排水防涝 | 整治易涝点8处 | 区水利局、区城管局 | 2025年4月",
            "2025年12月 |",
            "9 | 公园绿地 | 新建口袋公园6个 | 区城管局 | 2025年12月 |",
        ]
    )
    assert leads(text) == [
        ("新建城市道路12条", ("区住建局",), ("区城投集团",)),
        ("其中年内建成通车5条", ("区住建局",), ("区城投集团",)),
        ("打通断头路3条", ("区住建局",), ("区城投集团",)),
        ("整治易涝点8处", ("区水利局",), ("区城管局",)),
        ("新建口袋公园6个", ("区城管局",), ()),
    ]


def test_a_note_that_the_first_unit_leads_binds_only_when_it_stands_alone() -> None:
    table = "序号 | 具体目标 | 责任单位 |\n1 | 新建口袋公园6个 | 区城管局、区住建局 |"
    assert leads("(责任单位中列第一位的为牵头单位)\n" + table) == [("新建口袋公园6个", ("区城管局",), ("区住建局",))]
    assert leads(table) == [("新建口袋公园6个", ("区城管局", "区住建局"), ())]


def test_a_progress_cell_slid_over_a_blank_unit_cell_leaves_the_units_above() -> None:
    text = "\n".join(
        [
            "序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |",
            "1 | 免费接种流感疫苗24723人。 | 4月:制定工作方案。 | 县卫生健康局 | 已完成。 |",
            "2 | 重点筛查60岁以上人群7400人。 | 4月:完成筛查人数1480人(20%)。 | 已完成。 完成筛查人数3495人。 | |",
        ]
    )
    assert leads(text) == [
        ("免费接种流感疫苗24723人", ("县卫生健康局",), ()),
        ("制定工作方案", ("县卫生健康局",), ()),
        ("重点筛查60岁以上人群7400人", ("县卫生健康局",), ()),
        ("完成筛查人数1480人", ("县卫生健康局",), ()),
    ]


def test_quarter_columns_are_milestones_due_at_each_quarter_s_end() -> None:
    text = "\n".join(
        [
            "序号\t重点任务\t年度目标\t一季度\t二季度\t三季度\t四季度\t牵头处室\t配合处室",
            "1\t老旧小区改造\t改造城镇老旧小区46个\t完成项目摸底\t开工25个\t/\t完工46个\t城市更新科\t计划财务科",
            "2\t建筑业\t新增资质以上建筑业企业20家\t新增5家\t新增10家\t新增15家\t新增20家\t\t",
        ]
    )
    targets = draft_spec(HEAD + text, year=2024).targets
    assert [(t.quote, t.kind, t.value, t.lead, t.support) for t in targets[:4]] == [
        ("改造城镇老旧小区46个", "count", 46, ("城市更新科",), ("计划财务科",)),
        ("完成项目摸底", "milestone", None, ("城市更新科",), ("计划财务科",)),
        ("开工25个", "milestone", 25, ("城市更新科",), ("计划财务科",)),
        ("完工46个", "milestone", 46, ("城市更新科",), ("计划财务科",)),
    ]
    second = [t for t in targets if t.task == targets[-1].task]
    assert [t.value for t in second] == [Decimal(n) for n in (20, 5, 10, 15, 20)]
    assert {t.lead for t in second} == {("城市更新科",)}  # blank cells: the units above
    schedules = [t.get("schedule") for t in draft_spec(HEAD + text, year=2024).spec["targets"]]
    assert [{"month": 6, "share": 1}] in schedules and [{"month": 12, "share": 1}] in schedules


def test_each_year_s_target_column_is_read() -> None:
    lines = [
        "序号", "重点任务", "2024年目标", "2025年目标", "牵头单位", "配合单位",
        "1", "产业链培育", "新引进链上企业8家", "新引进链上企业10家", "投资促进局", "经济发展局、科技创新服务中心",
        "2", "项目建设", "实施重点工业项目40个", "实施重点工业项目45个", "规划建设局", "经济发展局、园区建设投资公司",
    ]  # fmt: skip
    assert leads(HEAD + "\n".join(lines)) == [
        ("新引进链上企业8家", ("投资促进局",), ("经济发展局", "科技创新服务中心")),
        ("新引进链上企业10家", ("投资促进局",), ("经济发展局", "科技创新服务中心")),
        ("实施重点工业项目40个", ("规划建设局",), ("经济发展局", "园区建设投资公司")),
        ("实施重点工业项目45个", ("规划建设局",), ("经济发展局", "园区建设投资公司")),
    ]


def test_a_deadline_column_that_says_what_is_due_is_read_and_a_date_alone_is_not() -> None:
    text = "\n".join(
        [
            "序号 | 项目名称 | 2025年目标任务 | 完成时限 | 牵头单位 |",
            "1 | 义务教育 | 新增学位1620个。 | 8月底前新建学校投入使用,11月底前完成薄弱学校改造 | 县教育体育局 |",
            "2 | 农村道路 | 新改建农村公路85公里。 | 2025年12月 | 县交通运输局 |",
        ]
    )
    assert [(t.quote, t.kind) for t in draft_spec(HEAD + text, year=2025).targets] == [
        ("新增学位1620个", "count"),
        ("8月底前新建学校投入使用", "milestone"),
        ("11月底前完成薄弱学校改造", "milestone"),
        ("新改建农村公路85公里", "amount"),
    ]


def test_a_row_that_sums_the_rows_above_states_no_target() -> None:
    text = "序号\t小区\t改造户数\t牵头单位\n1\t城关小区\t改造120户\t县住建局\n\t合计\t42个、5860户\t\n"
    assert [t.quote for t in draft_spec(HEAD + text, year=2024).targets] == ["改造120户"]


def test_a_table_separated_by_single_blanks_with_main_and_assisting_units() -> None:
    text = (
        "序号 重点工作任务 主要责任单位 协同配合单位 完成期限\n"
        "33 新培育科技型中小企业50家以上。 区科技局 区经信局、区税务局 2023年12月底\n"
    )
    assert leads(text) == [("新培育科技型中小企业50家以上", ("区科技局",), ("区经信局", "区税务局"))]


def test_a_progress_table_s_short_rows_line_up_with_its_header() -> None:
    """A report's table: the target column after the units is read, the columns of progress after it
    are not; a row that leaves its last cells blank or, a sub-row, its first ones (merged into the
    row above) still lines up with the header by its units; 1- 8月 broken at its dash is one header."""
    text = (
        "2017年1-8月民生实事完成情况表\n"
        "序号 项目名称 责任单位 目标任务 1- 8月实际完成情况 1-8月实际完成率% 备注\n"
        "1 农村饮用水安全巩固提升 农林水务局 1300人 700 54% 已解决700人的饮水问题\n"
        "2 新增城镇就业 人社局 8950 7356 82%\n"
        "3 养老保险制度改革 区人社局 6300人 7558 119% 超额完成\n"
        "完成征缴基金10000万元 区人社局 10000万 7965 80%\n"
    )
    targets = draft_spec(text, year=2017).targets
    assert [(t.value, t.lead) for t in targets] == [
        (Decimal(1300), ("农林水务局",)),
        (Decimal(8950), ("人社局",)),
        (Decimal(6300), ("区人社局",)),
        (Decimal(100000000), ("区人社局",)),
    ]


def test_a_column_of_answerable_bodies_names_units_with_their_heads_posts() -> None:
    """责任主体 names a unit and the post of its head (县发改局 局长): the unit answers; a blank cell
    below is the unit above (a merged cell)."""
    text = (
        "2024年度县直部门考核目标任务清单\n"
        "序号\t考核指标\t2024年目标任务\t分值\t责任主体\n"
        "1\t地区生产总值增速\t地区生产总值增长6%左右\t8\t县发改局 局长\n"
        "2\t固定资产投资增速\t固定资产投资增长7%\t6\t\n"
        "3\t城市更新\t改造老旧小区12个\t5\t县住建局 局长、县城投公司 总经理\n"
    )
    assert [(t.quote, t.lead) for t in draft_spec(text, year=2024).targets] == [
        ("地区生产总值增长6%左右", ("县发改局",)),
        ("固定资产投资增长7%", ("县发改局",)),
        ("改造老旧小区12个", ("县住建局", "县城投公司")),
    ]


def test_an_indicator_table_by_year_reads_each_year_the_plan_covers() -> None:
    """指标 | 2023年 | 2024年 | 2025年 | 2026年 in a plan for 2024-2026: each year it covers is a target
    of its own, the year before it a base; the measure is in the name's brackets; a dash sets none."""
    text = (
        "基层卫生健康服务能力提升三年行动计划（2024—2026年）\n"
        "一、现状与目标\n"
        "指标 | 2023年 | 2024年 | 2025年 | 2026年 | 属性\n"
        "1.每千人口注册护士数（人） | 2.94 | 3.10 | 3.30 | 3.60 | 预期性\n"
        "2.县域内住院量占比（%） | 82.3 | 85 | — | ≥90 | 预期性\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.kind, t.comparator, t.value) for t in targets] == [
        ("ratio", "=", Decimal("3.10")),
        ("ratio", "=", Decimal("3.30")),
        ("ratio", "=", Decimal("3.60")),
        ("ratio", "=", Decimal("0.85")),
        ("ratio", ">=", Decimal("0.90")),
    ]


def test_a_report_table_flattened_from_a_pdf_with_single_blanks_and_wrapped_cells() -> None:
    """A PDF's table as text: single blanks between cells, a figure parted from its measure (2.6 万户,
    增长 8%), the rests of wrapped cells on lines of their own (体; 复核 复核) and group headings
    between rows. The target column is read, what is done so far is not, and the table goes on."""
    text = (
        "关于2024年一季度重点工作指标完成情况的报告\n"
        "序号 指标名称 年度目标 一季度完成 完成率 责任科室\n"
        "一、经营主体培育\n"
        "1 新登记各类经营主 2.6 万户 0.71 万户 27.3% 登记注册科\n"
        "体\n"
        "2 经营主体总量 增长 8% 增长 2.1% — 登记注册科\n"
        "3 质量强市示范城市 11月底前通过 完成自评报告 — 质量发展科\n"
        "复核 复核\n"
        "二、食品安全\n"
        "4 学校食堂“明厨亮 100% 100% — 食品经营科\n"
        "灶”覆盖率\n"
        "5 食品安全监督抽检 7200 批次 1686 批次 23.4% 食品安全抽检\n"
        "监测科\n"
        "三、二季度工作安排\n"
        "二季度,力争完成食品安全监督抽检3800批次以上。\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.value, t.lead) for t in targets] == [
        (Decimal(26000), ("登记注册科",)),
        (Decimal("0.08"), ("登记注册科",)),
        (None, ("质量发展科",)),
        (Decimal(1), ("食品经营科",)),
        (Decimal(7200), ("食品安全抽检监测科",)),
        (Decimal(3800), ()),
    ]


def test_a_cell_a_line_table_s_figure_equal_to_the_next_number_is_no_next_row() -> None:
    """One cell a line, a blank line a blank cell: the 分值 4 in row 3 is no row 4, which starts once
    the row has its cells."""
    lines = [
        "序号", "考核项目", "指标", "目标值", "分值", "牵头单位", "配合单位", "责任人",
        "1", "经济发展", "一般公共预算收入", "2860万元", "6", "镇财政所", "镇经济发展办", "周立新",
        "2", "", "固定资产投资", "同比增长8%", "6", "镇经济发展办", "镇财政所", "周立新",
        "3", "", "规上工业企业", "新增2家", "4", "", "镇市场监管所", "陈海波",
        "4", "", "招商引资到位资金", "力争突破1.5亿元", "5", "镇招商服务中心", "镇经济发展办", "陈海波",
    ]  # fmt: skip
    assert leads("2025年度重点工作目标考核细则\n" + "\n".join(lines) + "\n") == [
        ("一般公共预算收入\n2860万元", ("镇财政所",), ("镇经济发展办",)),
        ("同比增长8%", ("镇经济发展办",), ("镇财政所",)),
        ("新增2家", ("镇经济发展办",), ("镇市场监管所",)),
        ("招商引资到位资金\n力争突破1.5亿元", ("镇招商服务中心",), ("镇经济发展办",)),
    ]


def test_a_sub_row_that_leaves_out_its_number_and_a_column_of_the_share_done() -> None:
    """A report's table: 占全年计划 is the share done so far; a row of item 1 after its first leaves the
    merged number out, its cells one to the left, its trailing cell blank."""
    text = (
        "2024年为民办实事项目完成情况\n"
        "序号 | 实事项目名称 | 完成情况 | 占全年计划 |\n"
        "1 | 新增4000张养老床位 | 4385 | 110% |\n"
        "新增800张困难重度残疾人养护床位 | 810 | 101% | |\n"
        "2 | 新增30个社区长者食堂 | 39 | 130% |\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [t.quote for t in targets] == [
        "新增4000张养老床位",
        "新增800张困难重度残疾人养护床位",
        "新增30个社区长者食堂",
    ]


def test_a_task_shared_out_among_places_in_measured_columns_each_with_its_measure() -> None:
    """序号 | 乡镇 | 粮食播种面积(万亩) | 生猪出栏(万头) | 高标准农田(亩): each place answers for its share
    of each column, in that column's measure; the sum row is no one's."""
    text = (
        "2024年粮食生产和生猪稳产保供目标任务分解表\n"
        "序号 | 乡镇 | 粮食播种面积（万亩） | 生猪出栏（万头） | 高标准农田（亩） | 责任领导 |\n"
        "1 | 城关镇 | 3.2 | 2.1 | 1500 | 王建国 |\n"
        "2 | 双河乡 | 3.6 | 2.4 | — | 周文斌 |\n"
        "合计 |  | 6.8 | 4.5 | 1500 |  |\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.value, t.unit, t.lead) for t in targets] == [
        (Decimal(32000), "亩", ("城关镇",)),
        (Decimal(21000), "头", ("城关镇",)),
        (Decimal(1500), "亩", ("城关镇",)),
        (Decimal(36000), "亩", ("双河乡",)),
        (Decimal(24000), "头", ("双河乡",)),
    ]


def test_a_header_wrapped_onto_a_second_row_is_one_header() -> None:
    """| 牵头 | over | 单位 |: the second row holds the rests of the header's cells; a blank lead cell
    takes the unit above, and where the notice says the unit listed first leads (排在首位的为主要责任
    单位), the others listed with it help."""
    text = (
        "某市重点任务清单的通知\n一栏列有多个单位的,以空格分隔,排在首位的为主要责任单位。\n"
        "| 序号 | 任务 | 目标 | 牵头 | 配合单位 |\n"
        "|  |  |  | 单位 |  |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 老旧小区改造 | 开工改造城镇老旧小区86个 | 市住建局 | 市财政局 |\n"
        "| 2 | 燃气管道更新 | 更新改造老化燃气管道160公里 |  | 市城管局 |\n"
        "| 3 | 城市路网 | 打通断头路12条 | 市交通运输局 市住建局 | 市公安局 |\n"
    )
    assert leads(text) == [
        ("开工改造城镇老旧小区86个", ("市住建局",), ("市财政局",)),
        ("更新改造老化燃气管道160公里", ("市住建局",), ("市城管局",)),
        ("打通断头路12条", ("市交通运输局",), ("市住建局", "市公安局")),
    ]


def test_a_star_before_a_unit_in_its_cell_marks_the_lead() -> None:
    """★区发改委、统计局: ★ leads as * does, wherever in the cell it stands; the shadow blanks it as a
    bullet, so the cell's text is read for it."""
    text = (
        "某区2024年重点工作目标任务分解落实方案\n序号 | 项目 | 重点工作目标任务 | 牵头领导 | 责任单位\n"
        "1 | 主要预期目标 | 地区生产总值增长5%以上。 | 钱宇 | ★区发改委、统计局\n"
        "2 | 其他 | 一般公共预算收入增长6%以上。 | 钱宇 | 区财政局、★税务局\n"
    )
    assert leads(text) == [
        ("地区生产总值增长5%以上", ("区发改委",), ("统计局",)),
        ("一般公共预算收入增长6%以上", ("税务局",), ("区财政局",)),
    ]


def test_one_blank_inside_a_cell_of_a_table_parted_by_runs_of_blanks() -> None:
    """Cells parted by runs of blanks: 县发改局 县统计局 (one blank) are two units of one cell."""
    text = (
        "某县督查通报\n序号    重点任务    年度目标    责任单位    时间节点    进展情况\n"
        "1    地区生产总值    增长6.5%左右    县发改局 县统计局    12月底    上半年增长5.8%\n"
        "2    工业增加值    增长8%以上    县工信局    12月底    上半年增长7.1%\n"
    )
    assert leads(text) == [  # (the rate quoted with the row's name, which it names no subject without)
        ("地区生产总值    增长6.5%左右", ("县发改局", "县统计局"), ()),
        ("工业增加值    增长8%以上", ("县工信局",), ()),
    ]


def test_a_row_short_of_its_people_and_units_keeps_its_columns() -> None:
    """5 | 其中:工业投资 | 亿元 | 41.3 | 47.5 | 15 under a header ending 增长(%) | 责任领导 | 牵头单位: the
    cells line up with the header's first columns (its growth read), the units above answer."""
    text = (
        "某县2024年重点指标任务分解表\n序号 指标名称 单位 2023年完成 2024年目标 增长(%) 责任领导 牵头单位\n"
        "4 固定资产投资 亿元 112.5 124.9 11 陈立新 县发改局\n5 其中:工业投资 亿元 41.3 47.5 15\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.kind, t.value, t.lead) for t in targets] == [
        ("amount", Decimal("12490000000"), ("县发改局",)),
        ("growth-rate", Decimal("0.11"), ("县发改局",)),
        ("amount", Decimal("4750000000"), ("县发改局",)),
        ("growth-rate", Decimal("0.15"), ("县发改局",)),
    ]


def test_a_header_cell_with_its_measure_in_brackets_goes_on_with_the_header() -> None:
    """序号 / 项目名称 / 建设内容及目标 / 资金(万元) / 责任单位 / 完成时限, a cell a line: 资金(万元) is a
    header cell, so the rows below are read with their units."""
    lines = [
        "某县2024年民生实事项目公示",
        "",
        "序号",
        "项目名称",
        "建设内容及目标",
        "资金(万元)",
        "责任单位",
        "完成时限",
        "",
    ]
    lines += ["1", "城区幼儿园扩容工程", "新建公办幼儿园2所", "3600", "县教育体育局", "2024年8月底", ""]
    lines += ["2", "老旧小区改造", "改造老旧小区14个", "4300", "县住房城乡建设局", "2024年11月底", ""]
    assert leads("\n".join(lines) + "\n") == [
        ("新建公办幼儿园2所", ("县教育体育局",), ()),
        ("改造老旧小区14个", ("县住房城乡建设局",), ()),
    ]


def test_a_header_cell_broken_into_a_short_word_and_the_rest_is_one_cell() -> None:
    """牵头 / 市领导 (the city's leader who leads, a person) and 形象进度(%): a cell a line, the rows read
    with their units and the progress column left out."""
    lines = [
        "某市2025年民生实事项目进展情况",
        "序号",
        "目标任务",
        "牵头",
        "市领导",
        "责任单位",
        "进展情况",
        "形象进度(%)",
    ]
    lines += ["1", "新建公用充电桩350个", "吕  乐", "市发改局", "新建公共充电桩99个。", "28%"]
    lines += ["2", "建设充电驿站1440个", "吕  乐", "市消防大队", "已完成方案制定。", "10%"]
    assert leads("\n".join(lines) + "\n") == [
        ("新建公用充电桩350个", ("市发改局",), ()),
        ("建设充电驿站1440个", ("市消防大队",), ()),
    ]


def test_a_column_headed_unit_that_names_bodies_is_who_leads() -> None:
    """单位 | 指标名称 | 目标值 | 备注 with 区财政局 under 单位 (written on its group's first row only):
    the body leads its group; 配合单位:… in 备注 helps that row."""
    text = (
        "某区2024年度区直部门目标任务分解表\n单位 | 指标名称 | 目标值 | 备注 |\n"
        "区发展和改革局 | 地区生产总值增长 | 6%左右 | 配合单位:区统计局 |\n"
        " | 新开工亿元以上项目 | 25个 |  |\n"
        "区财政局 | 一般公共预算收入 | 12.6亿元 |  |\n"
    )
    assert leads(text) == [
        ("地区生产总值增长 | 6%左右", ("区发展和改革局",), ("区统计局",)),
        ("新开工亿元以上项目 | 25个", ("区发展和改革局",), ()),
        ("一般公共预算收入 | 12.6亿元", ("区财政局",), ()),
    ]


def test_labels_inside_a_unit_cell_say_who_leads() -> None:
    """A cell a line, the unit cell two lines 牵头:… and 配合:…: the first leads, the others help."""
    lines = ["某市重点民生工作督查情况表", "序号", "工作任务", "年度目标", "责任单位", "一季度进展", ""]
    lines += [
        "1",
        "稳定扩大就业",
        "城镇新增就业1.8万人以上",
        "牵头：市人社局",
        "配合：市财政局、市发改委",
        "新增就业4260人",
        "",
    ]
    lines += ["2", "义务教育", "新增学位5400个", "牵头：市教育局", "配合：市住建局", "3所学校已开工", ""]
    assert leads("\n".join(lines) + "\n") == [
        ("城镇新增就业1.8万人以上", ("市人社局",), ("市财政局", "市发改委")),
        ("新增学位5400个", ("市教育局",), ("市住建局",)),
    ]


def test_sub_rows_under_one_number_keep_the_headers_columns() -> None:
    """序号 / 实事项目名称 / 完成情况 / 占全年计划, a cell a line, with two projects under number 1: the
    second's figures done and its share are no targets, as the first's are not."""
    lines = ["2024年为民办实事项目完成情况", "序号", "实事项目名称", "完成情况", "占全年计划"]
    lines += ["1", "新增4000张养老床位", "4385", "110%", "新增800张养护床位", "810", "101%"]
    lines += ["2", "新增30个社区长者食堂", "39", "130%"]
    assert [quote for quote, _, _ in leads("\n".join(lines) + "\n")] == [
        "新增4000张养老床位",
        "新增800张养护床位",
        "新增30个社区长者食堂",
    ]


def test_a_full_cell_a_line_row_s_score_equal_to_the_next_number_and_a_repeated_header() -> None:
    """One cell a line with no blank cells: row 1's 分值 2 is no row 2, since a line seven cells on holds 2;
    after a page's footer and a group heading the header comes again and its rows are read under it."""
    header = ["序号", "指标名称", "2024年完成值", "2025年目标值", "分值", "责任科室", "配合单位"]
    lines = ["城东街道2025年度目标管理责任书", "(一)经济发展类", *header]
    lines += ["1", "新签约亿元以上产业项目", "5个", "不少于6个", "2", "投资促进中心", "各社区"]
    lines += ["2", "新增规模以上工业企业", "3家", "4家", "4", "经济发展办", "/"]
    lines += ["— 2 —", "(二)城市建设管理类", *header]
    lines += ["3", "生活垃圾分类小区覆盖率", "92%", "达到98%", "5", "城市管理办", "各社区"]
    targets = draft_spec("\n".join(lines) + "\n", year=2025).targets
    assert [(t.value, t.lead, t.support) for t in targets] == [
        (Decimal(6), ("投资促进中心",), ("各社区",)),
        (Decimal(4), ("经济发展办",), ()),
        (Decimal("0.98"), ("城市管理办",), ("各社区",)),
    ]


def test_a_table_whose_first_column_is_the_unit_reads_the_task_after_it() -> None:
    """责任单位 | 工作任务 | 目标值 | 完成时限, the unit cell left blank under the unit above: what follows
    the units is the task, not a report of progress."""
    text = (
        "岚川县2025年民生实事项目责任分解表\n\n"
        "责任单位 | 工作任务 | 目标值 | 完成时限 |\n"
        "县教育局 | 新增公办幼儿园学位 | 600个 | 2025年8月底前 |\n"
        " | 公办幼儿园在园幼儿占比 | 达到55%以上 | 2025年12月底前 |\n"
        "县卫生健康局 | 新增婴幼儿照护托位 | 300个 | 2025年10月底前 |\n"
    )
    assert [(t.value, t.lead) for t in draft_spec(text, year=2025).targets] == [
        (Decimal(600), ("县教育局",)),
        (Decimal("0.55"), ("县教育局",)),
        (Decimal(300), ("县卫生健康局",)),
    ]


def test_a_duty_section_gives_the_items_their_units_by_number() -> None:
    """三、职责分工 lists, a unit a line, the items it leads and helps with by number (ranges too); the
    numbers are no targets."""
    text = (
        "云溪区2024年政府工作要点\n一、主要目标\n"
        "1.地区生产总值增长6%左右。\n2.城镇调查失业率控制在5.5%以内。\n"
        "二、重点任务\n3.改造老旧小区42个。\n4.新增城镇就业1.3万人。\n"
        "三、职责分工\n"
        "区发展改革局牵头负责第1项,配合第3项工作。\n"
        "区人力资源社会保障局牵头负责第2、4项。\n"
        "区住房城乡建设局牵头负责第3项。\n"
        "各街道办事处配合第2至3项和第4项工作。\n"
    )
    assert [(t.value, t.lead, t.support) for t in draft_spec(text, year=2024).targets] == [
        (Decimal("0.06"), ("区发展改革局",), ()),
        (Decimal("0.055"), ("区人力资源社会保障局",), ("各街道办事处",)),
        (Decimal(42), ("区住房城乡建设局",), ("区发展改革局", "各街道办事处")),
        (Decimal(13000), ("区人力资源社会保障局",), ("各街道办事处",)),
    ]


def test_a_cell_going_on_past_a_comma_and_the_note_that_the_unit_in_front_leads() -> None:
    """注:…排在前面的为牵头单位 over a table a cell a line: the unit listed first leads; a target cell
    wrapped after its comma is one cell, its two targets the row's."""
    lines = ["桐川县2024年重点工作任务分解表", "注:责任单位有两个的,排在前面的为牵头单位,排在后面的为配合单位。", ""]
    lines += ["序号", "重点任务", "目标要求", "责任单位", "完成时限", ""]
    lines += ["1", "医疗卫生服务", "县人民医院创成三级医院,", "乡镇卫生院达到服务能力推荐标准8家", "县卫生健康局"]
    lines += ["2024年12月底", "", "2", "城乡交通建设", "新改建农村公路85公里", "县交通运输局、各乡镇人民政府"]
    lines += ["2024年11月底", ""]
    assert leads("\n".join(lines)) == [
        ("县人民医院创成三级医院", ("县卫生健康局",), ()),
        ("乡镇卫生院达到服务能力推荐标准8家", ("县卫生健康局",), ()),
        ("新改建农村公路85公里", ("县交通运输局",), ("各乡镇人民政府",)),
    ]


def test_a_note_that_the_former_of_two_units_leads_binds_the_table() -> None:
    table = "指标\t单位\t2024年基数\t2025年目标\t责任单位\n地区生产总值增速\t%\t5.2\t6左右\t县发展和改革局、县统计局\n"
    note = "说明:责任单位栏列两个单位的,前者为牵头单位、后者为配合单位。\n"
    assert leads(note + table) == [("地区生产总值增速\t%\t5.2\t6左右", ("县发展和改革局",), ("县统计局",))]
    assert leads(table) == [("地区生产总值增速\t%\t5.2\t6左右", ("县发展和改革局", "县统计局"), ())]


def test_a_duty_section_gives_headings_their_units_by_their_bracketed_numbers() -> None:
    """县教育局:牵头负责第(一)项任务,配合第(二)(三)项任务: the headings numbered so, and all under them;
    a unit named as a clause's subject in their text (县人民医院胸痛中心6月底前…) leads nothing."""
    text = (
        "澄川县2025年基本公共服务补短板工作方案\n三、重点任务\n"
        "(一)教育优质均衡提升。新增公办学位1200个。\n"
        "(二)医疗卫生服务能力提升。县人民医院胸痛中心、卒中中心6月底前通过省级验收。新建村卫生室12个。\n"
        "(三)养老托育服务扩容。新增养老床位300张。\n"
        "四、职责分工\n"
        "县教育局:牵头负责第(一)项任务,配合第(三)项任务。\n"
        "县卫生健康局:牵头负责第(二)项任务。\n"
        "县民政局:牵头负责第(三)项任务。\n"
        "各乡镇人民政府:配合第(二)(三)项任务,负责本辖区具体实施。\n"
    )
    targets = sorted(draft_spec(text, year=2025).targets, key=lambda t: t.start)
    assert [(t.quote, t.lead, t.support) for t in targets] == [
        ("新增公办学位1200个", ("县教育局",), ()),
        ("县人民医院胸痛中心、卒中中心6月底前通过省级验收", ("县卫生健康局",), ("各乡镇人民政府",)),
        ("新建村卫生室12个", ("县卫生健康局",), ("各乡镇人民政府",)),
        ("新增养老床位300张", ("县民政局",), ("县教育局", "各乡镇人民政府")),
    ]


def test_a_duty_line_may_span_headings_and_close_on_what_the_unit_oversees() -> None:
    """配合第(一)至(三)项 names every heading from the first to the last, a unit's name may hold
    brackets (各县(市、区)人民政府), and a closing clause on what the unit oversees (,统筹推进…)
    keeps the line one of duties."""
    text = (
        "澄川县2025年基本公共服务补短板工作方案\n三、重点任务\n"
        "(一)教育优质均衡提升。新增公办学位1200个。\n"
        "(二)医疗卫生服务能力提升。新建村卫生室12个。\n"
        "(三)养老托育服务扩容。新增养老床位300张。\n"
        "四、职责分工\n"
        "县教育局:牵头负责第(一)(三)项任务,统筹推进全县公共服务补短板工作。\n"
        "县卫生健康局:牵头负责第(二)项任务。\n"
        "各县(市、区)人民政府:配合第(一)至(三)项任务,负责本辖区具体实施。\n"
    )
    targets = sorted(draft_spec(text, year=2025).targets, key=lambda t: t.start)
    assert [(t.quote, t.lead, t.support) for t in targets] == [
        ("新增公办学位1200个", ("县教育局",), ("各县(市、区)人民政府",)),
        ("新建村卫生室12个", ("县卫生健康局",), ("各县(市、区)人民政府",)),
        ("新增养老床位300张", ("县教育局",), ("各县(市、区)人民政府",)),
    ]


@pytest.mark.parametrize(
    "remark",
    [
        ",并统筹协调推进。",
        ",会同市财政局做好资金保障。",
        ",督促各地2025年底前完成。",
        ",负责本系统各项任务的统筹协调、督促检查和考核评价工作。",
    ],
)
def test_a_duty_line_s_closing_remark_keeps_it_one_of_duties(remark: str) -> None:
    text = (
        "某市2025年农业工作方案\n三、重点任务\n(一)粮食生产。粮食播种面积稳定在100万亩。\n(二)农田建设。新建高标准农田5万亩。\n"
        f"四、职责分工\n市农业农村局:牵头负责第(一)至(二)项{remark}\n市财政局:配合第(二)项。\n"
    )
    assert [(t.lead, t.support) for t in draft_spec(text, year=2025).targets] == [
        (("市农业农村局",), ()),
        (("市农业农村局",), ("市财政局",)),
    ]


def test_two_lines_of_a_duty_section_give_the_items_under_their_headings_their_units() -> None:
    text = (
        "澄川县2025年基本公共服务补短板工作方案\n三、重点任务\n"
        "(一)教育优质均衡提升\n1.新增公办学位1200个。\n2.新建幼儿园2所。\n"
        "(二)医疗卫生服务能力提升\n1.新建村卫生室12个。\n"
        "四、职责分工\n县教育局:牵头负责第(一)项任务。\n县卫生健康局:牵头负责第(二)项任务。\n"
    )
    assert [(t.quote, t.lead) for t in draft_spec(text, year=2025).targets] == [
        ("新增公办学位1200个", ("县教育局",)),
        ("新建幼儿园2所", ("县教育局",)),
        ("新建村卫生室12个", ("县卫生健康局",)),
    ]


def test_a_group_row_naming_its_lead_leads_the_rows_under_it() -> None:
    text = (
        "槐安县2024年城乡建设领域民生重点任务清单\n"
        "序号 | 任务 | 目标 | 配合单位 | 完成时限 |\n"
        "(一)县住房和城乡建设局牵头 |  |  |\n"
        "1 | 城镇老旧小区改造 | 改造城镇老旧小区15个 | 县财政局 | 2024年11月底 |\n"
        "(二)县城市管理局牵头 |  |  |\n"
        "2 | 口袋公园建设 | 新建口袋公园8个 | 县自然资源局 | 2024年9月底 |\n"
    )
    assert leads(text) == [
        ("改造城镇老旧小区15个", ("县住房和城乡建设局",), ("县财政局",)),
        ("新建口袋公园8个", ("县城市管理局",), ("县自然资源局",)),
    ]


FLAT_INDICATORS = (
    "黑龙江:关于印发《某省乡村产业发展“十四五”规划》的通知\n"
    "指 标 |\n2020年 |\n2025年 |\n年均增长 |\n"
    "粮食综合生产能力(亿斤) |\n1500 |\n1600 |\n1.3% |\n"
    "农产品加工转化率(%) |\n63 |\n70 |\n【7】 |\n"
    "注:【】为累计增加数。\n"
)


def test_a_table_a_cell_a_line_with_no_closing_bars_is_cut_into_rows_as_wide_as_its_header() -> None:
    got = [(t.kind, t.value) for t in draft_spec(FLAT_INDICATORS, year=2021).targets]
    # the 2025 column is the target (the title's 十四五 is 2021-2025; 2020 the base), with its measure
    # from the name's brackets; the year's growth a target of its own
    assert got == [("amount", Decimal("160000000000")), ("growth-rate", Decimal("0.013")), ("ratio", Decimal("0.70"))]


def test_a_run_of_barred_lines_that_does_not_part_into_rows_is_left_alone() -> None:
    joined = headed_barred_lines(FLAT_INDICATORS)
    assert len(joined) == len(FLAT_INDICATORS)  # one character for one
    assert "粮食综合生产能力(亿斤) | 1500 | 1600 | 1.3% |\n" in joined
    uneven = FLAT_INDICATORS.replace("63 |\n", "")  # a row short of a cell
    assert headed_barred_lines(uneven) == uneven
    named = FLAT_INDICATORS.replace("1600 |", "一千六百 |")  # a row of no figures
    assert headed_barred_lines(named) == named


def test_unit_names_a_line_end_cuts_stay_whole_in_a_table_a_cell_a_line() -> None:
    text = (
        "汀澜县2024年重点工作任务分解表\n\n序号\n工作任务\n目标要求\n牵头单位\n配合单位\n完成时限\n\n"
        "1\n稳定扩大就业\n城镇新增就业3200人。\n县人力资源社会\n保障局\n县教育体育局、县总工会\n2024年12月底\n\n"
        "2\n优化营商环境\n政务服务事项“一网通办”比例达到98%。\n县政务服务管理局\n县市场监管局、县自然资源\n和规划局\n"
        "2024年12月底\n\n"
        "3\n生活垃圾分类处理提升\n项目\n城区生活垃圾回收利用率达到35%以上。\n县城管局\n县生态环境分局\n2024年12月底\n"
    )
    assert leads(text) == [
        ("城镇新增就业3200人", ("县人力资源社会保障局",), ("县教育体育局", "县总工会")),
        ("政务服务事项“一网通办”比例达到98%", ("县政务服务管理局",), ("县市场监管局", "县自然资源和规划局")),
        ("城区生活垃圾回收利用率达到35%以上", ("县城管局",), ("县生态环境分局",)),
    ]


def test_a_figure_marked_for_a_note_keeps_its_row() -> None:
    """| 12* | (标“*”的指标为力争目标 under the table): the figure is the row's, and striven for as the
    note says; without such a note the mark says nothing of striving."""
    text = (
        "某县2025年度乡镇目标责任考核指标分解表\n"
        "序号 | 乡镇 | 规上工业总产值增速(%) | 新增市场主体(户) |\n"
        "1 | 城关街道 | 8 | 1200 |\n2 | 龙泉镇 | 12* | 420 |\n"
        "说明:标“*”的指标为力争目标,其余为确保目标。\n"
    )
    assert [(t.value, t.strive) for t in draft_spec(text, year=2025).targets] == [
        (Decimal("0.08"), False),
        (Decimal(1200), False),
        (Decimal("0.12"), True),
        (Decimal(420), False),
    ]
    unnoted = text.replace("说明:标“*”的指标为力争目标,其余为确保目标。\n", "")
    assert not any(t.strive for t in draft_spec(unnoted, year=2025).targets)
