"""Faults a read-only review found in the twenty-seventh session's second batch of rules, each kept mended."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec
from planengine.draft.responsibility import split_units


def _units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


def test_an_estimate_column_is_a_target_only_as_the_latest_year_with_no_other_target() -> None:
    """2025年完成 | 2026年预计: the estimate for the plan's year is the target; 2026年预计目标 and 预计竣工时间 keep
    their roles (a target, a date)."""
    rows = "1 | 地区生产总值增速 | % | 5.5 | 6左右 | 县发改局\n2 | 城镇新增就业 | 人 | 5200 | 5500 | 县人社局\n"
    for header in ("2025年完成 | 2026年预计", "2025年完成 | 2026年预计目标"):
        text = f"序号 | 指标 | 单位 | {header} | 责任单位\n" + rows
        assert [t.value for t in draft_spec(text, year=2026).targets] == [
            Decimal("0.06"),
            Decimal("5500"),
        ]


def test_offices_sharing_by_sentence_leave_the_rest_to_the_closing_list() -> None:
    """…市场推广科负责…;资源开发科负责…。全年接待游客突破500万人次。责任科室:…: what no office is named for stays
    the closing list's; a list naming an office no sentence names (财务科) keeps its reading whole."""
    text = (
        "（四）做强文旅宣传推广。市场推广科负责组织城市文旅推介活动8场；资源开发科负责策划推出精品旅游线路20条。"
        "全年接待游客突破500万人次。责任科室：市场推广科（牵头）、资源开发科\n"
        "（五）推进广电公共服务升级。新建应急广播终端1200个。责任科室：广电科（牵头）、资源开发科\n"
    )
    assert [(lead, support) for _, lead, support in _units(text)][:3] == [
        (("市场推广科",), ()),
        (("资源开发科",), ()),
        (("市场推广科",), ("资源开发科",)),
    ]
    with_finance = text.replace("资源开发科\n（五）", "资源开发科、财务科\n（五）")
    assert [support for _, _, support in _units(with_finance)][:2] == [("资源开发科", "财务科")] * 2


def test_helpers_are_the_first_clause_naming_units_and_a_point_naming_none_takes_no_units() -> None:
    """…负责…整治,引导村民积极参与;…180户,各村配合。: 各村 help (村民 are no unit); 一是由X负责,…;二是新增学位…;
    三是由Y负责: the second point names no unit and takes none from the first."""
    text = (
        "（一）改善人居环境。镇村建办负责农村人居环境整治，引导村民积极参与；全年完成农村户厕改造180户，各村配合。\n"
        "（二）做强产业。镇经发办负责招商引资，新签约亿元以上项目3个。\n"
    )
    assert _units(text)[0][1:] == (("镇村建办",), ("各村",))
    points = (
        "一、教育卫生\n着力补短板。\n"
        "一是由县教育体育局负责，新建幼儿园1所，县财政局协助；二是新增学位1200个；"
        "三是由县卫生健康局负责，免费开展健康体检3.2万人次以上。\n"
    )
    assert [(lead, support) for _, lead, support in _units(points)] == [
        (("县教育体育局",), ("县财政局",)),
        ((), ()),
        (("县卫生健康局",), ()),
    ]


def test_no_office_helped_and_regions_named_for_a_bay_head_nothing() -> None:
    """镇农业服务中心配合上级部门完成… names no office helped; 北部湾区, 杭州湾区 are regions, not districts."""
    helped = "（一）做强产业。镇经发办负责招商引资，新签约项目3个。\n（二）农田。镇农业服务中心配合上级部门完成高标准农田建设4500亩。\n"
    assert [lead for _, lead, _ in _units(helped)][-1] == ()
    bay = "二、重点任务\n\n南湖区将新建公园3个。\n\n杭州湾区将引进亿元以上项目10个。\n\n海盐县将新增就业岗位5000个。\n"
    assert [lead for _, lead, _ in _units(bay)] == [("南湖区",), (), ("海盐县",)]


def test_a_helper_for_every_item_below_reaches_the_end_of_its_chapter() -> None:
    """(以下均需X配合,不再列出) speaks for its chapter: the next chapter's items are not helped by X."""
    text = (
        "一、规划目标\n"
        "1.森林覆盖率达到27.30%。\n"
        "牵头责任单位:森林资源管理科,配合单位:各县(市、区)林业主管部门(以下均需各县(市、区)林业主管部门配合,不再列出)。\n"
        "二、局机关内部管理目标\n"
        "1.全年组织干部培训4期。\n"
        "责任单位:人事教育处。\n"
    )
    assert _units(text)[-1][1:] == (("人事教育处",), ())


def test_the_third_batchs_faults_stay_mended() -> None:
    """全县已实现…普及率达到98%: a report (已 then a verb); 各部门要加快推进,9月底前完成: no milestone (nothing
    counted before); 工作目标 without figures keeps the 措施 line's targets; 城关镇 2 300万元 in a table laid out by
    blanks is 300万元 (a column's count before it); a line of units by an item's title helps with units only."""
    past = "全县已实现农村自来水普及率达到98%，2026年农村自来水普及率稳定在98%以上。"
    assert [t.quote for t in draft_spec(past, year=2026).targets] == ["农村自来水普及率稳定在98%以上"]
    assert draft_spec("2026年，各部门要加快推进，9月底前完成。", year=2026).targets == ()
    means = (
        "（一）农村人居环境整治\n工作目标：持续改善农村人居环境。\n"
        "主要措施：完成农村户厕改造1200户。\n牵头单位：县农业农村局\n"
    )
    assert [t.quote for t in draft_spec(means, year=2026).targets] == ["完成农村户厕改造1200户"]
    table = "乡镇 项目个数 计划投资\n城关镇 2 300万元\n东岗镇 3 450万元\n"
    assert all(t.value != Decimal("23000000") for t in draft_spec(table, year=2026).targets)
    duties = (
        "一、项目内容\n1.学前教育扩容项目。新建、改扩建公办幼儿园12所。\n二、责任分工\n"
        "学前教育扩容项目：市教育局牵头，市财政局配合，9月底前完成。\n"
    )
    assert _units(duties) == [("新建、改扩建公办幼儿园12所", ("市教育局",), ("市财政局",))]


def test_the_fourth_batchs_faults_stay_mended() -> None:
    """秋季学期…覆盖率达到92% and 秋季开学后… stay rates (the term dates counts and openings); 全县开发区:… names no
    committee; 各镇、镇卫生院 are two bodies; 审批环节目前… reports; the sentence going on after …,X牵头。 is X's."""
    rates = "秋季学期全县普惠性幼儿园覆盖率达到92%；秋季开学后实现全县中小学课后服务覆盖率100%。"
    assert [t.kind for t in draft_spec(rates, year=2026).targets] == ["ratio", "ratio"]
    zones = (
        "二、各开发区目标任务\n\n全县开发区：全年完成规上工业总产值700亿元。\n\n"
        "澜川经开区：全年完成规上工业总产值280亿元。\n\n澜川高新区：全年完成规上工业总产值420亿元。\n\n"
        "三、保障措施\n\n由各开发区管委会分别对本开发区所在段落所列目标负总责。\n"
    )
    assert [lead for _, lead, _ in _units(zones)] == [(), ("澜川经开区管委会",), ("澜川高新区管委会",)]
    assert split_units("各镇、镇卫生院") == ["各镇", "镇卫生院"]
    assert draft_spec("审批环节目前压缩至5个。", year=2026).targets == ()
    going_on = (
        "6.新建高标准农田2.4万亩，农田建设股牵头。6月底前完成年度项目招投标。\n7.新增家庭农场30家，合作股牵头。\n"
    )
    assert [lead for _, lead, _ in _units(going_on)] == [("农田建设股",), ("农田建设股",), ("合作股",)]
