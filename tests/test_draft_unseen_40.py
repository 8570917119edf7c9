"""Shapes of plans the fortieth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec


def _units(text: str, year: int = 2026) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=year).targets}


# --- a total, then its shares after 其中 -------------------------------------------------------------------

_SHARES = (
    "青禾区2026年民生目标分解\n\n"
    "一、托育服务。新增普惠性托位500个，由区卫生健康委牵头，区教委配合。其中，河湾街道负责完成200个，"
    "其余300个由石岭街道负责完成。\n"
    "二、农村公路。新改建农村公路40公里，由区交通运输委牵头。其中，柳河镇负责完成25公里，桃源镇负责完成15公里。"
    "同步实施农村公路安全生命防护工程20公里。\n"
    "三、招商引资。新签约招商项目30个，由区投资促进中心牵头。其中，青禾高新区负责完成签约项目18个，"
    "河湾街道负责完成签约项目12个。\n"
)


def test_a_unit_named_after_its_share_answers_for_that_share() -> None:
    """…,其余300个由石岭街道负责完成: the unit named after its clause's figure answers for that clause (quoted without the
    words giving it out), not the share named before it."""
    assert _units(_SHARES)["其余300个"] == (("石岭街道",), ())


def test_a_zone_answering_for_its_share_is_a_unit() -> None:
    """其中,青禾高新区负责完成签约项目18个: a zone by its proper name, answering (负责), is its managing body."""
    units = _units(_SHARES)
    assert units["完成签约项目18个"] == (("青禾高新区",), ())
    assert units["完成签约项目12个"] == (("河湾街道",), ())


def test_the_totals_lead_goes_on_after_the_shares() -> None:
    """…,由区交通运输委牵头。其中,柳河镇…,桃源镇…。同步实施…20公里: the shares answer for their sentence alone; the
    sentence after them is the total's lead's again."""
    units = _units(_SHARES)
    assert units["完成25公里"] == (("柳河镇",), ())
    assert units["完成15公里"] == (("桃源镇",), ())
    assert units["同步实施农村公路安全生命防护工程20公里"] == (("区交通运输委",), ())


def test_who_answers_for_all_or_the_rest_is_no_target() -> None:
    """新增养老床位全部由区社会福利中心负责完成, 其余项目由各镇共同完成: who answers for a total stated before,
    no deliverable of its own."""
    text = (
        "青禾区2026年民生目标分解\n\n"
        "一、社区养老。建成社区养老服务站10个、新增养老床位200张，由区民政局牵头。其中，河湾街道负责完成服务站6个，"
        "石岭街道负责完成服务站4个；新增养老床位全部由区社会福利中心负责完成。\n"
        "二、招商引资。新签约招商项目30个，由区投资促进中心牵头。其中，河湾街道负责完成签约项目12个，"
        "其余项目由各镇共同完成。\n"
    )
    quotes = set(_units(text))
    assert quotes == {
        "建成社区养老服务站10个",
        "新增养老床位200张",
        "完成服务站6个",
        "完成服务站4个",
        "新签约招商项目30个",
        "完成签约项目12个",
    }


def test_what_each_place_is_paid_is_no_target() -> None:
    """对运营满一年的社区养老服务站,每站给予5万元运营补贴: a standard each place is paid, no target; 每人每月
    给予…岗位补贴 stays a project's own."""
    text = (
        "青禾区2026年民生目标分解\n\n"
        "一、社区养老。建成社区养老服务站10个，由区民政局牵头。对运营满一年且评估合格的社区养老服务站，"
        "每站给予5万元运营补贴。\n"
    )
    assert set(_units(text)) == {"建成社区养老服务站10个"}


# --- a closing list of units by group name, with a part made an exception -----------------------------------

_GROUPS_WITH_EXCEPTION = (
    "青禾市人民政府关于下达2026年主要目标的通知\n\n"
    "一、经济指标\n"
    "全市地区生产总值增长6%左右；一般公共预算收入增长5%；税收收入占一般公共预算收入比重不低于70%。\n\n"
    "二、创新指标\n"
    "高新技术企业总数突破900家。\n\n"
    "三、责任分工\n"
    "经济指标：市发改委牵头，市统计局、市工信局配合；其中一般公共预算收入、税收收入占比由市财政局牵头，市税务局配合。\n"
    "创新指标：市科技局牵头，市统计局配合。\n"
    "四、考核奖惩\n"
    "目标完成情况纳入年度综合考核，考核奖励资金按每项指标5万元标准核定。\n"
)


def test_a_group_line_with_a_part_excepted_gives_each_target_its_part() -> None:
    """经济指标:市发改委牵头,…配合;其中一般公共预算收入、税收收入占比由市财政局牵头,市税务局配合。: the targets
    naming the excepted indicators are the part's (with its own helpers), the rest the line's units."""
    assert _units(_GROUPS_WITH_EXCEPTION) == {
        "全市地区生产总值增长6%左右": (("市发改委",), ("市统计局", "市工信局")),
        "一般公共预算收入增长5%": (("市财政局",), ("市税务局",)),
        "税收收入占一般公共预算收入比重不低于70%": (("市财政局",), ("市税务局",)),
        "高新技术企业总数突破900家": (("市科技局",), ("市统计局",)),
    }


# --- an indicator table whose growth column carries the target where the level is — -----------------------

_GROWTH_ONLY_TABLE = (
    "青禾区2026年主要指标计划分解表\n"
    "指标名称 | 计量单位 | 2025年完成 | 2026年目标 | 增长（%） | 责任单位 |\n"
    "固定资产投资 | 亿元 | 231.0 | — | 6—7 | 区发改局 |\n"
    "实际使用外资 | 万美元 | 3200 | 3500（力争） | — | 区商务局 |\n"
    "居民人均可支配收入 | 元 | 41260 | — | 与经济增长同步 | 区发改局 |\n"
    "单位地区生产总值能耗降低 | % | 3.1 | — | 完成市下达目标 | 区发改局 |\n"
)


def test_a_growth_column_gives_a_range_of_rates() -> None:
    """固定资产投资 | 亿元 | 231.0 | — | 6—7: a range of growth rates, in per cent."""
    targets = {t.quote: t for t in draft_spec(_GROWTH_ONLY_TABLE, year=2026).targets}
    target = targets["固定资产投资 | 亿元 | 231.0 | — | 6—7"]
    assert (target.kind, target.comparator, target.value, target.value_high) == (
        "range",
        "between",
        Decimal("0.06"),
        Decimal("0.07"),
    )
    assert target.lead == ("区发改局",)


def test_a_figure_marked_striven_after_it_is_read() -> None:
    """3500(力争): the figure, striven for."""
    targets = {t.quote: t for t in draft_spec(_GROWTH_ONLY_TABLE, year=2026).targets}
    target = targets["实际使用外资 | 万美元 | 3200 | 3500（力争）"]
    assert (target.kind, target.value, target.strive) == ("amount", Decimal("35000000"), True)


def test_a_growth_column_stating_a_relative_target_in_words_is_read() -> None:
    """居民人均可支配收入 | 元 | 41260 | — | 与经济增长同步: the growth column's words are the row's target."""
    kinds = {t.quote: t.kind for t in draft_spec(_GROWTH_ONLY_TABLE, year=2026).targets}
    assert kinds["居民人均可支配收入 | 元 | 41260 | — | 与经济增长同步"] == "relative"
    assert kinds["单位地区生产总值能耗降低 | % | 3.1 | — | 完成市下达目标"] == "relative"


# --- helpers named with 协调, places' own bodies all at once ------------------------------------------------


def test_units_a_lead_coordinates_help_it() -> None:
    """街道社会事务办要协调辖区重点企业,开展…; 街道党政办要会同各社区党组织,…: those it coordinates or works with
    help (the places' own bodies named all at once among them)."""
    text = (
        "柳湾街道2025年民生服务提升行动计划\n\n"
        "一、稳定和扩大就业\n"
        "街道社会事务办要协调辖区重点企业，开展职业技能培训600人次，力争参训人员就业率达到75%。\n"
        "街道党政办要会同各社区党组织，专职网格员总数达到96人；居民诉求按时办结率保持在98%以上。\n"
    )
    assert _units(text, 2025) == {
        "开展职业技能培训600人次": (("街道社会事务办",), ("辖区重点企业",)),
        "力争参训人员就业率达到75%": (("街道社会事务办",), ("辖区重点企业",)),
        "专职网格员总数达到96人": (("街道党政办",), ("各社区党组织",)),
        "居民诉求按时办结率保持在98%以上": (("街道党政办",), ("各社区党组织",)),
    }


def test_the_plans_own_review_and_a_fee_standard_are_no_targets() -> None:
    """9月下旬组织一次中期评估; 收费标准执行区定每生每天10元: when the plan is reviewed, what each pays."""
    text = (
        "柳湾街道2025年民生服务提升行动计划\n\n"
        "一、丰富文化教育\n"
        "街道社会事务办要协调辖区小学，开展暑期托管服务，服务学生1500人次，收费标准执行区定每生每天10元。\n"
        "二、督查评估\n"
        "街道党政办负责对本计划实施情况开展督查，9月下旬组织一次中期评估。\n"
    )
    assert set(_units(text, 2025)) == {"服务学生1500人次"}


# --- a note under a table of townships' shares: each its own, an office coordinating ------------------------


def test_a_note_naming_who_coordinates_the_places_shares() -> None:
    """各乡镇人民政府负责完成本辖区任务,县乡村振兴局负责统筹调度。 under 乡镇 | … | 合计: each township leads its
    row with the office helping; the 合计 row is the office's."""
    text = (
        "云岫县2025年乡村振兴重点任务分解\n\n"
        "附件：各乡镇任务分解表\n"
        "乡镇 | 高标准农田建设（亩） | 农村户厕改造（户）\n"
        "云岫镇 | 3200 | 420\n"
        "石门镇 | 4500 | 380\n"
        "合计 | 7700 | 800\n"
        "各乡镇人民政府负责完成本辖区任务，县乡村振兴局负责统筹调度。\n"
    )
    units = _units(text, 2025)
    assert units["云岫镇 | 3200"] == (("云岫镇",), ("县乡村振兴局",))
    assert units["石门镇 | 4500 | 380"] == (("石门镇",), ("县乡村振兴局",))
    assert units["合计 | 7700"] == (("县乡村振兴局",), ())
    assert len(units) == 6


# --- news of a plan: what a place has, what was done since a congress, the plan's parts counted -------------


def test_what_a_place_has_is_its_stock_not_a_target() -> None:
    """湘乡市有中小水库180座,大小山塘64000多口: what the place has; 今冬明春计划完成…: what it is to do."""
    text = (
        "湘乡掀起冬修水利高潮\n\n"
        "湘乡市有中小水库180座，大小山塘64000多口，河坝1800多座。今冬明春，该市计划完成土石方1400万立方米。\n"
    )
    assert set(_units(text, 2012)) == {"该市计划完成土石方1400万立方米"}


def test_a_congress_since_opens_a_report() -> None:
    """党的十八大以来,安徽累计新增高速公路1463公里…。2018年安徽将完成…: the years since are reported; the
    sentence opening with this year is the plan."""
    text = (
        "安徽今年将完成交通建设投资700亿\n\n"
        "人民网安徽频道在会上获悉，党的十八大以来，安徽累计新增高速公路1463公里，通车里程达到4673公里。"
        "特别是新改建农村公路7.1万公里。2018年安徽将完成交通建设投资700亿元，新增高速公路160公里。\n"
    )
    assert set(_units(text, 2018)) == {"安徽将完成交通建设投资700亿元", "新增高速公路160公里"}


def test_the_plans_parts_counted_in_a_list_of_work_are_no_target() -> None:
    """…农民投工投劳620万个,完成12个方面的建设任务: the plan's parts counted, beside what it is to do."""
    text = (
        "景德镇市今冬明春水利建设\n\n"
        "在今冬明春农田水利建设中，该市计划完成土石方1445万立方米，完成12个方面的建设任务。\n"
    )
    assert set(_units(text, 2017)) == {"该市计划完成土石方1445万立方米"}


def test_places_each_taking_a_share_lead_it_together() -> None:
    """其中,柳河镇、桃源镇各完成20公里: both places lead the share each of them takes."""
    text = (
        "青禾区2026年民生目标分解\n\n"
        "一、农村公路。新改建农村公路40公里，由区交通运输委牵头。其中，柳河镇、桃源镇各完成20公里。\n"
    )
    assert _units(text) == {
        "新改建农村公路40公里": (("区交通运输委",), ()),
        "完成20公里": (("柳河镇", "桃源镇"), ()),
    }


# --- read from 730 and 732 ---------------------------------------------------------------------------------


def test_places_given_shares_in_a_units_cell_are_the_units() -> None:
    """区财政局、各街道(望江街道12、桂湖街道10): the places given shares help, named for the collective over them;
    白沙镇2: the place, its share left out."""
    text = (
        "锦屏区2025年重点指标任务分解表\n\n"
        "序号 | 指标 | 目标 | 牵头单位 | 责任单位 |\n"
        "1 | 老旧小区改造 | 新开工改造城镇老旧小区22个 | 区住房城乡建设委 | 区财政局、各街道（望江街道12、桂湖街道10） |\n"
        "2 | 口袋公园 | 新建口袋公园6个 | 区城市管理局 | 各街道（望江街道2、桂湖街道2）、白沙镇2 |\n"
    )
    assert _units(text, 2025) == {
        "新开工改造城镇老旧小区22个": (("区住房城乡建设委",), ("区财政局", "望江街道", "桂湖街道")),
        "新建口袋公园6个": (("区城市管理局",), ("望江街道", "桂湖街道", "白沙镇")),
    }


def test_a_headings_office_after_a_dash_leads_its_items() -> None:
    """(一)粮食稳产保供——县农业农村局: the office after the dash leads the section's items; (各乡镇负责具体实施)
    after an item: those carrying it out help."""
    text = (
        "澄岭县2025年乡村振兴重点工作计划\n\n"
        "二、重点任务\n\n"
        "（一）粮食稳产保供——县农业农村局\n\n"
        "1.粮食播种面积稳定在38.5万亩以上。（县自然资源局配合）\n\n"
        "2.新改建农村户用卫生厕所1200户。（各乡镇负责具体实施）\n\n"
        "（二）农民增收——县农业农村局合作经济股\n\n"
        "3.新增农民合作社示范社6家。\n"
    )
    assert _units(text, 2025) == {
        "粮食播种面积稳定在38.5万亩以上": (("县农业农村局",), ("县自然资源局",)),
        "新改建农村户用卫生厕所1200户": (("县农业农村局",), ("各乡镇",)),
        "新增农民合作社示范社6家": (("县农业农村局合作经济股",), ()),
    }


def test_a_page_in_traditional_characters_is_read_as_in_simplified() -> None:
    """據悉,近兩年來,…。縣委、縣政府提出明年要完成新增種植面積8萬畝,力爭完成10萬畝…: the same reading as the page
    in simplified characters (the look back ends where the year ahead is set), quotes as written."""
    text = (
        "望謨縣甘蔗產業\n\n"
        "據悉,近兩年來,望謨縣甘蔗產業發展加快,今年新增甘蔗種植任務6萬畝,完成7.2萬畝。"
        "縣委、縣政府提出明年要完成新增種植面積8萬畝,力爭完成10萬畝的目標。\n"
    )
    targets = {t.quote: (t.kind, t.value, t.strive) for t in draft_spec(text, year=2014).targets}
    assert targets == {
        "縣委、縣政府提出明年要完成新增種植面積8萬畝": ("amount", Decimal("80000"), False),
        "力爭完成10萬畝的目標": ("amount", Decimal("100000"), True),
    }


def test_a_line_labelled_as_where_things_stand_is_no_target() -> None:
    """现状:全县茶园面积6.1万亩: where things stand, beside the item's 目标: line."""
    text = (
        "青桐县2025年重点任务推进表\n\n"
        "一、茶产业提质\n"
        "目标：新植高标准生态茶园3000亩。\n"
        "现状：全县茶园面积6.1万亩。\n"
        "责任：县农业农村局（牵头），县林业局\n"
    )
    assert set(_units(text, 2025)) == {"新植高标准生态茶园3000亩"}


# --- the mid-session review's cases ---------------------------------------------------------------------------


def test_several_clauses_each_naming_its_unit_after_its_figure() -> None:
    """新增托位500个由区卫生健康委负责,新建社区托育点10个由区民政局负责,…: each clause its own unit, none lost; each
    quoted to its figure's words, as the rule book's minimal quote is."""
    text = (
        "青禾区2026年民生目标分解\n\n"
        "一、托育服务。新增普惠性托位500个由区卫生健康委负责，新建社区托育点10个由区民政局负责，新建托育园3所由区教委负责。\n"
        "二、养老。新增养老床位300张，由区民政局牵头。\n"
    )
    assert _units(text) == {
        "新增普惠性托位500个": (("区卫生健康委",), ()),
        "新建社区托育点10个": (("区民政局",), ()),
        "新建托育园3所": (("区教委",), ()),
        "新增养老床位300张": (("区民政局",), ()),
    }


def test_what_is_to_be_had_is_no_stock() -> None:
    """力争每个镇有不少于2个…, 确保全市有超过80%…, 白沙镇有望新增…, 桃源乡有条件的村新建…: targets, not stock."""
    text = (
        "青禾县2026年重点工作\n\n"
        "一、养老。力争每个镇有不少于2个农村互助养老点，新增养老床位500张。\n"
        "二、耕地。白沙镇有望新增耕地300亩。桃源乡有条件的村新建冷库12座。\n"
    )
    assert set(_units(text)) == {
        "力争每个镇有不少于2个农村互助养老点",
        "新增养老床位500张",
        "白沙镇有望新增耕地300亩",
        "桃源乡有条件的村新建冷库12座",
    }


def test_units_carrying_out_an_item_under_no_heading_lead_it() -> None:
    """(县农业农村局负责具体实施) where no heading names an office: the office leads; (各乡镇具体落实) under a heading's
    office: the places help it."""
    text = (
        "澄岭县2025年乡村振兴重点工作计划\n\n"
        "二、重点任务\n\n"
        "（一）粮食稳产保供\n\n"
        "1.粮食播种面积稳定在38.5万亩以上。（县农业农村局负责具体实施）\n\n"
        "（二）农民增收——县农业农村局\n\n"
        "2.新增农民合作社示范社6家。（各乡镇具体落实）\n"
    )
    assert _units(text, 2025) == {
        "粮食播种面积稳定在38.5万亩以上": (("县农业农村局",), ()),
        "新增农民合作社示范社6家": (("县农业农村局",), ("各乡镇",)),
    }


def test_a_note_naming_who_oversees_before_the_places() -> None:
    """县乡村振兴局负责统筹调度,各乡镇(街道)负责完成本辖区任务。: the same note in the other order; offices only
    supervising (负责督促指导) help each row and lead no 合计."""
    table = (
        "附件：各乡镇任务分解表\n乡镇 | 高标准农田建设（亩） | 农村户厕改造（户）\n"
        "云岫镇 | 3200 | 420\n石门镇 | 4500 | 380\n合计 | 7700 | 800\n"
    )
    coordinated = _units(
        "云岫县2025年计划\n\n" + table + "县乡村振兴局负责统筹调度，各乡镇（街道）负责完成本辖区任务。\n", 2025
    )
    assert coordinated["云岫镇 | 3200"] == (("云岫镇",), ("县乡村振兴局",))
    assert coordinated["石门镇 | 4500 | 380"] == (("石门镇",), ("县乡村振兴局",))
    assert coordinated["合计 | 7700"] == (("县乡村振兴局",), ())
    supervised = _units(
        "云岫县2025年计划\n\n" + table + "各乡镇人民政府负责完成本辖区任务，县乡村振兴局、县农业农村局负责督促指导。\n",
        2025,
    )
    assert supervised["云岫镇 | 3200"] == (("云岫镇",), ("县乡村振兴局", "县农业农村局"))
    assert supervised["合计 | 7700"] == ((), ())


def test_a_units_cell_of_figures_read_no_way_names_no_units() -> None:
    """各街道(共12个): no places given shares, a bracket of figures read no way; the cell names no units."""
    text = (
        "锦屏区2025年重点指标任务分解表\n\n"
        "序号 | 指标 | 目标 | 牵头单位 | 责任单位 |\n"
        "1 | 老旧小区改造 | 新开工改造城镇老旧小区22个 | 区住房城乡建设委 | 各街道（共12个） |\n"
    )
    assert _units(text, 2025) == {"新开工改造城镇老旧小区22个": (("区住房城乡建设委",), ())}


def test_a_sentence_closing_with_the_years_tasks_done_reports_results() -> None:
    """2018年,…完成营造林749.6万亩,超额完成年度目标任务。: results; …,确保超额完成年度目标任务 is the plan's aim, and a
    sentence naming the task's own figures (开工任务11.95万套,…超额完成年度任务) keeps them."""
    text = (
        "陕西林业\n\n"
        "2018年，全省累计治理沙化土地105.5万亩，完成营造林749.6万亩，超额完成年度目标任务。"
        "到2020年，全省森林覆盖率达到45%。\n"
    )
    assert set(_units(text)) == {"全省森林覆盖率达到45%"}
    aim = "陕西林业\n\n今年全省治理沙化土地100万亩，确保超额完成年度目标任务。\n"
    assert set(_units(aim)) == {"今年全省治理沙化土地100万亩"}


def test_a_short_page_in_traditional_characters_is_told_from_a_simplified_one() -> None:
    """Five characters only traditional texts write, one in fifty of a short page's: traditional; a simplified
    page naming a place or two so is not."""
    from planengine.draft.script import is_traditional

    assert is_traditional("縣委提出明年要完成新增種植面積8萬畝,力爭完成10萬畝的目標,產量達100萬噸以上。")
    assert not is_traditional("新建高标准农田4500亩，" * 60 + "臺灣籍企業來訪，縣區領導。")


def test_a_township_heading_its_section_leads_it_where_the_notice_says_so() -> None:
    """各乡镇是本乡镇考核指标的牵头责任单位 / 一、澜坪镇 over a table 考核指标 | 分值 | 目标值 | 考核部门: the township
    leads its rows, the assessing department helps; 考核指标共2个乡镇4项 counts the plan's own items."""
    text = (
        "澜坪县2025年度乡镇目标责任考核指标\n\n"
        "一、压实责任。各乡镇是本乡镇考核指标的牵头责任单位，表中所列考核部门负责日常调度和年终考核。"
        "考核指标共2个乡镇4项，2个乡镇共4项指标。\n\n"
        "一、澜坪镇\n"
        "考核指标 | 分值 | 目标值 | 考核部门 |\n"
        "固定资产投资 | 12 | 完成18.5亿元 | 县发展和改革局 |\n"
        "新增市场主体 | 6 | 300户 | 县市场监督管理局 |\n\n"
        "二、双河乡\n"
        "考核指标 | 分值 | 目标值 | 考核部门 |\n"
        "粮食播种面积 | 12 | 5.2万亩以上 | 县农业农村局 |\n"
        "高标准农田建设 | 10 | 新建0.8万亩 |  |\n"
    )
    units = {quote.split("|")[-1].strip(): answer for quote, answer in _units(text, 2025).items()}
    assert units == {
        "完成18.5亿元": (("澜坪镇",), ("县发展和改革局",)),
        "300户": (("澜坪镇",), ("县市场监督管理局",)),
        "5.2万亩以上": (("双河乡",), ("县农业农村局",)),
        "新建0.8万亩": (("双河乡",), ("县农业农村局",)),
    }


def test_a_clearing_its_own_words_date_is_a_milestone() -> None:
    """年底前全面消除…5万元以下的村, 6月底前实现…动态清零: a deliverable by a date its words give, a milestone; 新增违法建设
    动态清零 and …年内动态清零 stay ceilings of none; 县级按每亩300元配套 is a flat rate, no target."""
    text = (
        "青禾县2025年乡村振兴方案\n\n"
        "一、年底前全面消除年经营性收入5万元以下的村。6月底前实现农村黑臭水体动态清零。\n"
        "二、新增违法建设动态清零，排查发现的D级危房年内动态清零。新建高标准农田2万亩，县级按每亩300元配套。\n"
    )
    kinds = {t.quote: t.kind for t in draft_spec(text, year=2025).targets}
    assert kinds == {
        "年底前全面消除年经营性收入5万元以下的村": "milestone",
        "6月底前实现农村黑臭水体动态清零": "milestone",
        "新增违法建设动态清零": "ceiling",
        "排查发现的D级危房年内动态清零": "ceiling",
        "新建高标准农田2万亩": "amount",
    }


# --- read from 736 and 738 ---------------------------------------------------------------------------------


def test_paragraphs_opening_with_their_lead_and_closing_with_helpers() -> None:
    """由X牵头负责,…。…。各社区抓好落实。 / …。(Y配合): the office leads its paragraph, the helpers closing it (a sentence
    or a bracket of their own) help with all of it; 对…排名前3位的社区 names whom a reward is for, no target."""
    text = (
        "柳湾街道2024年民生服务提升行动计划\n\n"
        "一、城市更新\n"
        "由街道社区建设办公室牵头负责，年内完成老旧小区改造4个，加装电梯不少于12部。改造资金按比例分担。各社区抓好落实。\n\n"
        "二、养老服务\n"
        "由街道社会事务办公室牵头负责，新建社区嵌入式养老服务站2家。（街道社区卫生服务中心配合）\n\n"
        "三、考核\n"
        "由街道党政办公室牵头负责，对年度考核排名前3位的社区，给予通报表扬。\n"
    )
    assert _units(text, 2024) == {
        "年内完成老旧小区改造4个": (("街道社区建设办公室",), ("各社区",)),
        "加装电梯不少于12部": (("街道社区建设办公室",), ("各社区",)),
        "新建社区嵌入式养老服务站2家": (("街道社会事务办公室",), ("街道社区卫生服务中心",)),
    }


# --- the late review's cases ---------------------------------------------------------------------------------


def test_the_years_tasks_done_close_a_report_only_of_a_year_gone() -> None:
    """2026年,…,超额完成年度目标任务 in the 2026 plan, and 计划完成…,实际完成…: the plan's own figures stay."""
    this_year = "x县2026年计划\n\n一、工作目标\n2026年，全县新增造林5万亩，超额完成年度目标任务。\n"
    assert set(_units(this_year)) == {"全县新增造林5万亩"}
    planned = "x县2026年计划\n\n一、工作目标\n全县计划完成造林10万亩，实际完成12万亩，超额完成年度目标任务。\n"
    assert "全县计划完成造林10万亩" in _units(planned)


def test_a_clearing_is_dated_only_by_the_date_it_opens_with() -> None:
    """对6月底前排查发现的D级危房年内动态清零 (the date says which), 年内存量隐患动态清零 (the whole year): ceilings;
    六月底前实现…动态清零: a milestone."""
    text = (
        "x县2026年计划\n\n一、目标\n对6月底前排查发现的D级危房年内动态清零。年内存量隐患动态清零。"
        "六月底前实现农村黑臭水体动态清零。\n"
    )
    kinds = {t.quote: t.kind for t in draft_spec(text, year=2026).targets}
    assert kinds == {
        "对6月底前排查发现的D级危房年内动态清零": "ceiling",
        "年内存量隐患动态清零": "ceiling",
        "六月底前实现农村黑臭水体动态清零": "milestone",
    }


def test_work_counted_in_places_is_no_count_of_the_plans_items() -> None:
    """完成3个社区共12项老旧小区改造工程: work counted, kept (only 考核指标共N个乡镇M项 counts the plan's items)."""
    assert set(_units("x县2026年计划\n\n一、目标\n完成3个社区共12项老旧小区改造工程。\n")) == {
        "完成3个社区共12项老旧小区改造工程"
    }


def test_a_task_heading_ending_as_a_place_does_is_no_township() -> None:
    """二、建设美丽城镇 under a notice saying the townships lead: a task's heading; its paragraph's bureau leads."""
    text = (
        "澜坪县2025年考核\n\n各乡镇是本乡镇考核指标的牵头责任单位。\n\n"
        "二、建设美丽城镇\n由县住房和城乡建设局牵头，完成集镇改造3个。\n\n"
        "三、统筹城乡\n由县农业农村局牵头，新建农村公路20公里。\n"
    )
    assert _units(text, 2025) == {
        "完成集镇改造3个": (("县住房和城乡建设局",), ()),
        "新建农村公路20公里": (("县农业农村局",), ()),
    }


def test_helpers_closing_a_paragraph_lose_their_modal_words() -> None:
    """…。各社区要积极配合。, 由X牵头并负责,…: the helpers' names without 要; 牵头并负责 opens a unit's stretch."""
    text = (
        "柳湾街道2024年计划\n\n一、城市更新\n由街道社区建设办公室牵头负责，年内完成老旧小区改造4个。各社区要积极配合。\n\n"
        "二、养老\n由街道社会事务办公室牵头并负责，新建养老服务站2家。各有关单位要积极配合。\n"
    )
    assert _units(text, 2024) == {
        "年内完成老旧小区改造4个": (("街道社区建设办公室",), ("各社区",)),
        "新建养老服务站2家": (("街道社会事务办公室",), ("各有关单位",)),
    }


# --- read from 739 and 741 -----------------------------------------------------------------------------------


def test_a_closing_clause_naming_units_with_wei() -> None:
    """…,责任单位为县人力资源和社会保障局、县统计局。: the label said with 为, no colon, no bracket: both lead."""
    text = (
        "x县2025年计划\n\n一、就业\n"
        "1.全年城镇新增就业3200人以上，城镇调查失业率控制在5.5%以内，责任单位为县人力资源和社会保障局、县统计局。\n"
        "2.新建公园3个，由县住建局牵头、县财政局配合。\n"
    )
    both = (("县人力资源和社会保障局", "县统计局"), ())
    assert _units(text, 2025) == {
        "全年城镇新增就业3200人以上": both,
        "城镇调查失业率控制在5.5%以内": both,
        "新建公园3个": (("县住建局",), ("县财政局",)),
    }


def test_an_offices_column_leads_and_a_helpers_bracket_in_a_cell_helps() -> None:
    """股室 | 年度目标 | 完成时限: each office leads its row; (配合股室:X、Y) in a cell helps it, though the notice says
    the office listed first leads (由排在表中该行首位的股室牵头)."""
    text = (
        "梧屏县农业农村局2025年度股室目标任务分解表\n\n"
        "股室 | 年度目标 | 完成时限 |\n"
        "种植业股 | 粮食播种面积稳定在21.5万亩以上。 | 12月底前 |\n"
        "农田建设股 | 新建高标准农田示范片3个。(配合股室:计划财务股、各乡镇农业综合服务中心) | 11月底前 |\n\n"
        "涉及多个股室的任务，由排在表中该行首位的股室牵头，配合股室要主动对接。\n"
    )
    assert _units(text, 2025) == {
        "粮食播种面积稳定在21.5万亩以上": (("种植业股",), ()),
        "新建高标准农田示范片3个": (("农田建设股",), ("计划财务股", "各乡镇农业综合服务中心")),
    }
