"""Shapes of plans the thirty-sixth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planengine.draft import draft_spec


def _units(text: str, year: int = 2026) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=year).targets}


# --- a table sharing a task out among places, its first column headed 县(区) ----------------------


@pytest.mark.parametrize("header", ["县(区)", "县（区）", "区(县)", "县(市、区)", "县(市)区"])
def test_a_place_column_headed_with_its_second_kind_in_brackets_shares_the_task_out(header: str) -> None:
    """县(区) | 粮食播种面积(万亩) | 粮食产量(万吨): each county answers for its figures, in its column's measure."""
    text = (
        "附件1\n\n2026年各县(区)粮食播种面积和产量目标任务分解表\n\n"
        f"{header} | 粮食播种面积(万亩) | 粮食产量(万吨) |\n"
        "柘源县 | 86.4 | 34.5 |\n桐岭县 | 74.8 | 29.8 |\n"
    )
    got = [(t.lead, t.value, t.unit) for t in draft_spec(text, year=2026).targets]
    assert got == [
        (("柘源县",), Decimal(864000), "亩"),
        (("柘源县",), Decimal(345000), "吨"),
        (("桐岭县",), Decimal(748000), "亩"),
        (("桐岭县",), Decimal(298000), "吨"),
    ]


# --- a star after a unit's name in a space-separated cell -----------------------------------------


def test_a_star_after_the_last_name_of_a_space_separated_cell_marks_it_the_lead() -> None:
    """区财政局 区人力资源社会保障局★ under a note that ★ marks the lead: the starred name leads, the other
    helps, as with a star before the first name."""
    text = (
        "说明：责任单位栏中标注★的为牵头单位，其余为配合单位，多个单位之间以空格分隔。\n"
        "序号 | 工作任务 | 完成时限 | 责任单位 |\n"
        "1 | 新增城镇就业8000人 | 12月底 | 区财政局 区人力资源社会保障局★ |\n"
        "2 | 新建口袋公园12个 | 10月底 | ★区城市管理局 区自然资源分局 |\n"
    )
    assert _units(text) == {
        "新增城镇就业8000人": (("区人力资源社会保障局",), ("区财政局",)),
        "新建口袋公园12个": (("区城市管理局",), ("区自然资源分局",)),
    }


# --- an item naming only its helpers under a group closed by its lead's line ---------------------


def test_an_item_naming_only_helpers_is_led_by_the_line_closing_its_group() -> None:
    """1.… (1)… (2)…（配合：区财政局） / 牵头单位：区人社局: the closing line's unit leads every item of the group,
    and an item's own bracket of helpers adds them to its own targets only."""
    text = (
        "某区2025年重点任务清单\n\n1.稳定和扩大就业\n（1）全年城镇新增就业1.2万人以上。\n"
        "（2）开展职业技能培训6000人次。（配合：区财政局）\n牵头单位：区人力资源和社会保障局\n\n"
        "2.教育扩容提质\n（1）新增公办学位3200个。（配合：区住房和城乡建设局、区自然资源局）\n"
        "（2）普惠性幼儿园覆盖率达到92%以上。\n牵头单位：区教育局\n"
    )
    assert _units(text) == {
        "全年城镇新增就业1.2万人以上": (("区人力资源和社会保障局",), ()),
        "开展职业技能培训6000人次": (("区人力资源和社会保障局",), ("区财政局",)),
        "新增公办学位3200个": (("区教育局",), ("区住房和城乡建设局", "区自然资源局")),
        "普惠性幼儿园覆盖率达到92%以上": (("区教育局",), ()),
    }


# --- a change from a level stated as its base -----------------------------------------------------


def _kinds(text: str, year: int) -> list[tuple[str, str, Decimal | None]]:
    return [(t.quote, t.kind, t.value) for t in draft_spec(text, year=year).targets]


def test_a_level_stated_as_the_base_of_a_rise_is_no_target_and_the_rise_is_relative() -> None:
    """普及率在68%的基础上,提高3%: 68% is where it stands, no target; the rise from it (points or a share of it)
    is relative. A growth said from a base year's level keeps its rate (在2025年23860元的基础上增长7.5%)."""
    text = (
        "某县2026年工作要点\n一、民生\n农村居民人均可支配收入在2025年23860元的基础上增长7.5%。"
        "全区城镇集中供热普及率在68%的基础上,提高3%。城市道路面积在人均14平方米的基础上,力争提高1%。"
        "森林覆盖率在现有45%的基础上提高到47%。\n"
    )
    got = [(quote, kind) for quote, kind, _ in _kinds(text, 2026)]
    assert got == [
        ("农村居民人均可支配收入在2025年23860元的基础上增长7.5%", "growth-rate"),
        ("提高3%", "relative"),
        ("力争提高1%", "relative"),
        ("森林覆盖率在现有45%的基础上提高到47%", "ratio"),
    ]


def test_a_rise_compared_with_a_named_year_is_relative_in_either_script() -> None:
    """与2011年相比提高3% (與 in traditional script): against that year's level, as 较2011年提高 is."""
    text = (
        "某市2012年工作要点\n一、城建\n今年全市城市供水普及率超过91%,与2011年相比提高3%。"
        "城市建成区绿化覆盖率达到34%以上,與2011年相比提高2%。\n"
    )
    assert [kind for _, kind, _ in _kinds(text, 2012)] == ["ratio", "relative", "ratio", "relative"]


def test_a_plans_own_sub_projects_counted_are_no_targets_but_sub_projects_carried_out_are() -> None:
    """对17件惠民实事27个子项目进行细化疏理,细分为30个子项目: the plan's parts counted; 实施5个项目、12个子项目:
    what is to be carried out."""
    combed = "某区2016年惠民实事进展\n近日,区督查室对17件惠民实事27个子项目再次进行细化疏理,细分为30个子项目。\n"
    assert draft_spec(combed, year=2016).targets == ()
    done = "某盟2024年林业工作\n2024年,计划投资31.66亿元,实施5个项目、12个子项目。\n"
    assert [t.value for t in draft_spec(done, year=2024).targets if t.kind == "count"] == [Decimal(5), Decimal(12)]


def test_a_bare_change_repeats_no_statement_that_names_its_measure_only_itself() -> None:
    """與2011年相比提高3% then …普及率在68%的基础上,提高3%: two targets, the bare 提高3% naming nothing it would
    repeat; a news lede's 力争增长30% said again in its body stays one target."""
    two = (
        "某區2012年城市建設\n一、城建\n今年城市供水普及率超過91%,與2011年相比提高3%;"
        "全區城鎮集中供熱普及率在68%的基礎上,提高3%。\n"
    )
    assert [t.quote for t in draft_spec(two, year=2012).targets if t.kind == "relative"] == [
        "與2011年相比提高3%",
        "提高3%",
    ]
    lede = (
        "某新区2020年工作会议侧记\n\n某新区今年确定了地区生产总值预期目标:确保增长22%,力争增长30%。\n\n"
        "会议确定的主要预期目标为:地区生产总值确保增长22%,力争增长30%。\n"
    )
    assert [t.value for t in draft_spec(lede, year=2020).targets] == [Decimal("0.22"), Decimal("0.30")]


# --- an indicator table copied one cell a paragraph, each row closed by its nature ----------------

_NATURE_CLOSED = "\n\n".join(
    [
        "某市“十四五”时期卫生健康事业主要发展指标",
        *"领域 序号 主要指标 单位 2020年 2025年目标 指标性质".split(),
        *"健康水平 1 人均预期寿命 82.98 >79 预期性".split(),
        *"2 婴儿死亡率 ‰ 2.28 <3 约束性".split(),
        *"健康服务 3 每千人口拥有医疗卫生机构床位数 4.81 5.23 预期性".split(),
        *"其中:每千人口拥有中医类别执业(助理)医师数 0.105 0.42 预期性".split(),
        *"4 每万人口拥有全科医生数 - 4 预期性".split(),
    ]
)


def test_a_table_of_one_cell_a_paragraph_is_read_row_by_row_from_each_rows_nature() -> None:
    """Each row ends with its nature (预期性, 约束性), the target before it and the base before that; a row
    leaving out its unit, its category or its number still puts each cell in its column."""
    got = [(t.kind, t.comparator, t.value) for t in draft_spec(_NATURE_CLOSED, year=2024).targets]
    assert got == [
        ("amount", ">", Decimal(79)),  # an age, no count
        ("ceiling", "<", Decimal("0.003")),
        ("ratio", "=", Decimal("5.23")),
        ("ratio", "=", Decimal("0.42")),  # 其中: a part of the density above, a density too
        ("ratio", "=", Decimal(4)),
    ]


def test_the_nature_closed_shadow_keeps_every_offset_and_leaves_other_text_alone() -> None:
    from planengine.draft.nature_rows import nature_closed_tables

    shadow = nature_closed_tables(_NATURE_CLOSED)
    assert len(shadow) == len(_NATURE_CLOSED)
    lines = [line.strip() for line in shadow.splitlines() if line.strip()]
    assert lines[1] == "序号| 主要指标| 单位| 2020年| 2025年目标| 指标性质"
    assert lines[2] == "1| 人均预期寿命||82.98| >79| 预期性"
    assert lines[5] == "|其中:每千人口拥有中医类别执业(助理)医师数||0.105| 0.42| 预期性"
    prose = "一、目标\n\n全年新增就业500人。\n\n预期性指标3项。\n"
    assert nature_closed_tables(prose) == prose


def test_a_strict_ceiling_drafted_matches_a_keys_ceiling_the_rule_book_writes_as_at_most() -> None:
    from planengine.draft.kinds import Described, matches

    key = Described("婴儿死亡率 | <3", "ceiling", "<=", Decimal("0.003"))
    assert matches(key, Described("婴儿死亡率 | <3", "ceiling", "<", Decimal("0.003")))
    assert not matches(Described("婴儿死亡率 | <3", "ceiling", "<", Decimal("0.003")), key)  # (keys have no <)
    assert not matches(key, Described("婴儿死亡率 | <3", "ceiling", ">=", Decimal("0.003")))


# --- the scale an industry is built to ------------------------------------------------------------


def test_the_size_class_an_industry_is_built_to_is_its_target_but_one_qualifying_a_count_is_not() -> None:
    """科学确立了打造260亿级的精细化工、150亿级的装备制造目标: each industry's scale, an amount (确立了…目标 sets
    targets, it reports nothing); 引进20亿级项目不少于12个 and 100亿级企业1户 count, the class says which."""
    text = (
        "某县2022年工作要点\n一、工业\n科学确立了打造260亿级的精细化工、150亿级的装备制造目标。"
        "力争引进20亿级项目不少于12个。培育100亿级企业1户。\n"
    )
    got = [(t.kind, t.value) for t in draft_spec(text, year=2022).targets]
    assert got == [
        ("amount", Decimal(26000000000)),
        ("amount", Decimal(15000000000)),
        ("count", Decimal(12)),
        ("count", Decimal(1)),
    ]
    counted = "某乡2024年工作\n一、实事\n乡党委政府确立了10件实事建设项目。\n"
    assert draft_spec(counted, year=2024).targets == ()  # the plan's items counted, as 确定了 counts them


# --- a half-year report's first part reports the months so far -------------------------------------


def test_a_section_over_the_months_so_far_reports_them_but_the_years_own_targets_stand() -> None:
    """一、上半年工作进展: 全县完成夏粮播种面积18.6万亩 reports; 全年目标新改建农村公路85公里 in such a section is
    still the year's target; the second half's items are targets."""
    text = (
        "某县农业农村局2024年上半年工作总结和下半年工作安排\n\n一、上半年工作进展\n\n"
        "粮食生产开局良好。全县完成夏粮播种面积18.6万亩,夏粮总产7.42万吨,同比增长2.1%。"
        "全年目标新改建农村公路85公里,上半年完工41公里。\n\n"
        "二、下半年重点工作\n\n1.确保秋粮播种面积稳定在21.5万亩以上。\n"
    )
    got = [t.value for t in draft_spec(text, year=2024).targets]
    assert got == [Decimal(85), Decimal(215000)]


# --- a closing table of duties by task number ----------------------------------------------------


def test_a_closing_table_of_duties_by_task_number_gives_each_task_its_units() -> None:
    """五、任务分工 / 序号 | 任务编号 | 牵头单位 | 配合单位 / 1 | 1-2 | A | B、C / 2 | 3 | D | E: tasks (一)(二) take A
    with B and C, task (三) D with E."""
    text = (
        "某区城市更新行动方案\n\n三、重点任务\n\n（一）老旧小区改造。改造老旧小区45个。（任务1）\n\n"
        "（二）加装电梯。既有住宅加装电梯不少于60台。（任务2）\n\n（三）停车设施。新增公共停车泊位3000个。（任务3）\n\n"
        "五、任务分工\n\n序号 | 任务编号 | 牵头单位 | 配合单位\n"
        "1 | 1-2 | 区住房和城乡建设局 | 区财政局、各街道办事处\n2 | 3 | 区城市管理局 | 区交通运输局\n"
    )
    assert _units(text) == {
        "改造老旧小区45个": (("区住房和城乡建设局",), ("区财政局", "各街道办事处")),
        "既有住宅加装电梯不少于60台": (("区住房和城乡建设局",), ("区财政局", "各街道办事处")),
        "新增公共停车泊位3000个": (("区城市管理局",), ("区交通运输局",)),
    }


def test_a_tables_striven_figure_quotes_its_closing_bracket_and_containers_are_counted() -> None:
    """地区生产总值增速 | % | 6.5(力争7): the figure striven for quoted with its bracket closed; 85万标箱 counts
    containers."""
    table = "某县2024年目标任务分解表\n\n序号 | 指标 | 单位 | 目标值 | 牵头单位 |\n1 | 地区生产总值增速 | % | 6.5(力争7) | 县发展改革局 |\n"
    assert [t.quote for t in draft_spec(table, year=2024).targets][-1].endswith("6.5(力争7)")
    boxes = "某省2025年港口工作要点\n一、港口\n集装箱多式联运量85万标箱。\n"
    assert [(t.kind, t.value) for t in draft_spec(boxes, year=2025).targets] == [("count", Decimal(850000))]


def test_a_notices_own_counts_rates_and_oversight_are_no_targets() -> None:
    """确定办好…34项民生实事,…,其中跨年度项目3项: the plan's items counted; 保费由区财政按每人每年80元全额承担: the
    rate each is paid at; 区政府将于6月、12月组织两次集中督查: the plan's oversight. What is to be done stays."""
    text = (
        "某区2024年民生实事\n\n经票决,2024年区政府确定办好12个方面34项民生实事,其中跨年度项目3项。\n\n"
        "一是新建学校6所,其中新建项目2个。二是为1.2万名低保人员购买医疗补充保险,保费由区财政按每人每年80元全额承担。\n\n"
        "区政府将于6月、12月组织两次集中督查,督查结果纳入年度绩效考核。全年开展安全检查10次。\n"
    )
    assert [t.value for t in draft_spec(text, year=2024).targets] == [
        Decimal(6),
        Decimal(2),
        Decimal(12000),
        Decimal(10),
    ]


def test_metres_written_m_are_a_length_and_a_width_before_a_road_is_no_target() -> None:
    text = "某镇2024年民生实事\n一、水利\n新建或拆建防渗渠道9191m,配套渠系设施;新建2.5m宽砼道路2950m。\n"
    assert [(t.kind, t.value) for t in draft_spec(text, year=2024).targets] == [
        ("amount", Decimal(9191)),
        ("amount", Decimal(2950)),
    ]


# --- a person named with the office they head ----------------------------------------------------


def test_a_responsible_person_named_with_their_office_gives_the_office() -> None:
    """…。责任人:李卫东(镇经济发展办主任): the office the person heads answers; a person alone names no unit."""
    text = (
        "某镇2024年重点工作任务清单\n\n一、经济发展\n\n1.全镇地区生产总值增长6.5%左右。责任人:李卫东(镇经济发展办主任)\n\n"
        "2.全年招引亿元以上项目不少于2个。配合单位:各村(社区)。责任人:周晓峰(镇招商服务办主任)\n\n"
        "3.新建道路3公里。责任人:王某\n"
    )
    assert _units(text) == {
        "全镇地区生产总值增长6.5%左右": (("镇经济发展办",), ()),
        "全年招引亿元以上项目不少于2个": (("镇招商服务办",), ("各村(社区)",)),
        "新建道路3公里": ((), ()),
    }


def test_an_assessments_own_counts_weights_scoring_and_schedule_are_no_targets() -> None:
    """本年度共设4类25项指标, 经济发展类权重35%, 完成目标值的得该项满分, 区考核办于2025年1月中旬组织年终考核,
    考核结果在2月底前通报: how the plan judges its units; the indicator rows stay."""
    text = (
        "某区2024年度考核指标\n\n本年度共设4类25项指标,总分100分,其中经济发展类权重35%,创新驱动类权重15%。\n\n"
        "序号 | 考核指标 | 分值 | 目标值 | 责任单位 |\n1 | 地区生产总值增速 | 6 | 6% | 区发展改革局 |\n\n"
        "评分说明:1.完成目标值的得该项满分;未完成的,按实际完成值与目标值之比乘以分值计分。\n\n"
        "区考核办于2025年1月中旬组织年终考核,考核结果在2月底前通报。\n"
    )
    assert [(t.kind, t.value) for t in draft_spec(text, year=2024).targets] == [("growth-rate", Decimal("0.06"))]


def test_stretches_and_logs_counted_in_duan_but_not_a_roads_stake_marks() -> None:
    text = "某县2024年工作\n一、产业\n生产规模实现食用菌1.68亿段。建成市级幸福河湖示范段3段。年底前实现K0+000至K9+800段建成通车。\n"
    got = [(t.kind, t.value) for t in draft_spec(text, year=2024).targets]
    assert got == [("count", Decimal(168000000)), ("count", Decimal(3)), ("milestone", None)]


# --- a plan's opening naming who leads all of it -------------------------------------------------


def test_the_plans_opening_names_who_leads_all_of_it_and_the_places_carry_their_shares() -> None:
    """本方案由县农业农村局牵头抓总,各乡镇人民政府按照本方案明确的分解任务抓好落实: the county's targets are the
    bureau's, the townships helping; a township's own share (城关镇完成…, 白沙镇力争完成…) is its own."""
    text = (
        "某县2025年乡村振兴重点任务推进方案\n\n为扎实推进乡村全面振兴,制定本方案。本方案由县农业农村局牵头抓总、统筹调度,"
        "各乡镇人民政府按照本方案明确的分解任务抓好落实。\n\n一、稳住粮食生产\n\n"
        "2025年,全县粮食播种面积稳定在42万亩以上。其中,城关镇完成粮食播种面积5.2万亩,白沙镇力争完成0.9万亩。\n"
    )
    assert _units(text, 2025) == {
        "全县粮食播种面积稳定在42万亩以上": (("县农业农村局",), ("各乡镇人民政府",)),
        "城关镇完成粮食播种面积5.2万亩": (("城关镇",), ()),
        "白沙镇力争完成0.9万亩": (("白沙镇",), ()),
    }
    interpreted = "某县2025年工作方案\n\n本方案由县发改局负责解释。\n\n一、目标\n\n全县新增就业500人。\n"
    assert _units(interpreted) == {"全县新增就业500人": ((), ())}


def test_a_row_of_a_nature_closed_table_that_fits_no_columns_is_left_and_the_others_read() -> None:
    """其中:三级医院数 / 12 / 15 / 预期性 (a part's row: its base is no row number) and 4 / 每万人口全科医生数 / 4 /
    预期性 (no room left for its blank cells) do not cost the table its other rows."""
    odd = "\n\n".join(
        [
            _NATURE_CLOSED,
            *"其中:三级医院数 12 15 预期性".split(),
            *"5 每万人口全科医生数 4 预期性".split(),
        ]
    )
    values = [t.value for t in draft_spec(odd, year=2024).targets]
    assert values[:5] == [Decimal(79), Decimal("0.003"), Decimal("5.23"), Decimal("0.42"), Decimal(4)]
    assert Decimal(15) in values


# --- the review's cases: the rules above kept to their shapes -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("人均可支配收入在2025年23860元的基础上提高7.5%。", [("growth-rate", Decimal("0.075"))]),
        ("实施农村饮水安全巩固提升工程12个子项目。", [("count", Decimal(12))]),
        ("力争全区共有120个政务服务事项实现跨省通办。", [("count", Decimal(120))]),
        ("全年实施50个重点项目,其中新开工项目20个。", [("count", Decimal(50)), ("count", Decimal(20))]),
        ("市场监管局全年开展4次专项检查。", [("count", Decimal(4))]),
        ("加快建设10亿级项目。", []),
    ],
)
def test_the_sessions_no_target_rules_leave_close_targets_alone(
    sentence: str, expected: list[tuple[str, Decimal]]
) -> None:
    text = f"某县2026年工作要点\n一、工作\n{sentence}\n"
    assert [(t.kind, t.value) for t in draft_spec(text, year=2026).targets] == expected


def test_a_months_so_far_section_keeps_its_tables_rows_and_a_sentence_of_the_years_targets() -> None:
    """Under 一、上半年工作进展: a table's row keeps its year's target (its columns say which); 全年目标:…85公里,新建
    桥梁3座 keeps both; 比去年底增加3000户 and 半年内新建…12个 report."""
    text = (
        "某县农业局2024年上半年工作总结和下半年工作安排\n\n一、上半年工作进展\n\n全年目标:新改建农村公路85公里,新建桥梁3座。"
        "比去年底增加3000户。半年内新建村级服务站12个。\n\n序号 | 指标 | 单位 | 全年目标 | 1-6月完成 |\n"
        "1 | 新建道路 | 公里 | 30 | 12 |\n\n二、下半年工作\n\n1.新建道路5公里。\n"
    )
    assert [t.value for t in draft_spec(text, year=2024).targets] == [Decimal(85), Decimal(3), Decimal(30), Decimal(5)]


def test_a_person_in_charge_gives_no_office_where_a_label_names_the_unit_and_offices_of_two_people() -> None:
    named = "某镇2024年重点工作\n\n一、建设\n\n1.新建道路3公里。\n责任单位:镇建设办\n项目责任人:王伟标(镇财政所所长)\n"
    assert _units(named, 2024) == {"新建道路3公里": (("镇建设办",), ())}
    two = "某镇2024年重点工作\n\n一、建设\n\n1.新建道路3公里。责任人:李卫东(区发改委主任)、王某(镇财政所所长)\n"
    assert _units(two, 2024) == {"新建道路3公里": (("区发改委", "镇财政所"), ())}


def test_a_duty_table_numbers_the_tasks_not_the_points_under_the_last() -> None:
    text = (
        "某区方案\n\n三、重点任务\n\n（一）老旧小区改造\n\n1.改造老旧小区45个。\n\n2.加装电梯60台。\n\n"
        "（二）停车设施\n\n1.新增泊位3000个。\n\n（三）托育\n\n1.新增托位800个。\n\n2.新建托育中心2个。\n\n3.培训人员100人。\n\n"
        "五、任务分工\n\n序号 | 任务编号 | 牵头单位 | 配合单位\n1 | 1-2 | 区住房和城乡建设局 | 区财政局\n2 | 3 | 区卫生健康局 | 区民政局\n"
    )
    got = {quote: lead for quote, (lead, _) in _units(text).items()}
    assert got["新增泊位3000个"] == ("区住房和城乡建设局",)
    assert got["培训人员100人"] == ("区卫生健康局",)


def test_a_plans_own_count_its_scores_share_a_rate_paid_and_its_rounds_of_judging_are_no_targets() -> None:
    """2024年民生实事共10项、31个子项; 本清单共7类28项指标; 分值占部门考核总分的5%; 运营补助按每个托位每年1200元执行;
    各村要每季度开展一次评比. What is to be done stays, and 年增长率要达10%以上 is growth, 120万棒 logs counted."""
    text = (
        "某县2024年工作\n一、工作\n2024年民生实事共10项、31个子项。本清单共7类28项指标。"
        "民生实事完成情况纳入部门综合考核,分值占部门考核总分的5%。6月底前建成县级托育综合服务中心1个,"
        "运营补助按每个托位每年1200元执行。各村要每季度开展一次评比。主导产业产值年增长率要达10%以上。"
        "全镇食用菌种植规模扩大到120万棒。\n"
    )
    got = [(t.kind, t.value) for t in draft_spec(text, year=2024).targets]
    assert got == [("milestone", Decimal(1)), ("growth-rate", Decimal("0.10")), ("count", Decimal(1200000))]


def test_offices_alone_in_brackets_after_a_sentences_end_close_it_whatever_follows() -> None:
    """20.…稳定在95%以上。（县医疗保障局、县税务局）困难残疾人…: the offices answer for the sentence before them; a
    page's credit to an account ((@云南省人民政府) 网页链接) names no unit."""
    text = (
        "某县2025年重点工作推进方案\n\n一、民生\n\n20.城乡居民基本医疗保险参保率稳定在95%以上。（县医疗保障局、县税务局）"
        "困难残疾人生活补贴标准为每人每月100元，按季度发放。\n"
    )
    assert _units(text, 2025) == {"城乡居民基本医疗保险参保率稳定在95%以上": (("县医疗保障局", "县税务局"), ())}
    credit = "某省公路安防工程\n\n今年,全省将改造农村公路危桥150座。(@云南省人民政府) 网页链接\n"
    assert _units(credit, 2026) == {"全省将改造农村公路危桥150座": ((), ())}


def test_a_roads_subsidy_per_kilometre_and_per_metre_and_its_cap_are_no_targets() -> None:
    text = (
        "某县2025年农村公路工作\n一、补助\n县级补助标准为：四级双车道公路每公里补助40万元，单车道公路每公里补助25万元；"
        "危桥改造按每延米1.2万元补助，单座最高不超过120万元。\n二、任务\n新改建农村公路12公里。\n"
    )
    assert [t.value for t in draft_spec(text, year=2025).targets] == [Decimal(12)]


def test_a_sections_closing_statement_gives_one_of_its_items_to_another_unit() -> None:
    """（以上任务由区发展改革局牵头，区工业和信息化局配合；其中第2项由区科技局负责） closing each section: item 2 is
    the science bureau's alone, the section's other items the closing statement's; the exception is no helper."""
    text = (
        "某区2025年行动计划\n\n一、产业\n\n1.全区地区生产总值增长6%左右。\n2.新认定国家高新技术企业40家以上。\n"
        "（以上任务由区发展改革局牵头，区工业和信息化局配合；其中第2项由区科技局负责）\n\n二、城市\n\n"
        "3.启动改造老旧小区15个。\n4.9月底前完成滨河公园提升工程。\n"
        "（以上任务由区住房城乡建设局牵头，区自然资源局配合；其中第4项由区城市管理局负责）\n"
    )
    assert _units(text, 2025) == {
        "全区地区生产总值增长6%左右": (("区发展改革局",), ("区工业和信息化局",)),
        "新认定国家高新技术企业40家以上": (("区科技局",), ()),
        "启动改造老旧小区15个": (("区住房城乡建设局",), ("区自然资源局",)),
        "9月底前完成滨河公园提升工程": (("区城市管理局",), ()),
    }


def test_villages_heading_their_items_answer_for_them_guided_by_the_office_the_notice_names() -> None:
    """二、责任分工 / 各村为本村目标任务的责任主体;青石镇人民政府负责统筹指导… over 三、 / 1.东坪村:…;… / 2.西岭村:…:
    each village answers for its item's targets, the township's government helping."""
    text = (
        "某县下达青石镇2025年村级目标任务的通知\n\n二、责任分工\n\n各村为本村目标任务的责任主体,村党组织书记为第一责任人;"
        "青石镇人民政府负责统筹指导、督促推进各村目标任务落实。\n\n三、村级目标任务\n\n"
        "1.东坪村:新发展高山茶园300亩;新建产业路2.5公里。\n\n2.西岭村:新增肉牛存栏200头。\n"
    )
    assert _units(text, 2025) == {
        "新发展高山茶园300亩": (("东坪村",), ("青石镇人民政府",)),
        "新建产业路2.5公里": (("东坪村",), ("青石镇人民政府",)),
        "新增肉牛存栏200头": (("西岭村",), ("青石镇人民政府",)),
    }


def test_a_collective_of_two_levels_with_full_width_brackets_stays_one_name_and_how_helpers_work_is_none() -> None:
    from planengine.draft.responsibility import parse_responsibility, split_units

    assert split_units("市住建局、各区、县（市）人民政府") == ["市住建局", "各区、县（市）人民政府"]
    said = parse_responsibility("全市目标任务由市住房和城乡建设局牵头统筹，各区人民政府配合，并按以下分解数落实到辖区")
    assert (said.lead, said.support) == (("市住房和城乡建设局",), ("各区人民政府",))


# --- the second review's cases --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("本方案由县农业农村局牵头修订,自印发之日起实施。", ((), ())),
        ("本方案由县农业农村局牵头,各乡镇人民政府负责组织实施。", (("县农业农村局",), ("各乡镇人民政府",))),
        ("本方案由县农业农村局负责牵头,各乡镇人民政府抓好落实。", (("县农业农村局",), ("各乡镇人民政府",))),
    ],
)
def test_a_plans_opening_leads_its_work_only_when_it_says_who_carries_it_out(
    opening: str, expected: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    text = f"某县2025年工作方案\n\n{opening}\n\n一、目标\n\n全县新增高标准农田2万亩。\n"
    assert _units(text, 2025) == {"全县新增高标准农田2万亩": expected}


def test_exceptions_name_their_own_sections_item_when_numbers_start_again_and_one_is_enough() -> None:
    text = (
        "某区2025年行动计划\n\n一、产业\n\n1.全区地区生产总值增长6%左右。\n2.新认定国家高新技术企业40家以上。\n"
        "（以上任务由区发展改革局牵头，区工业和信息化局配合；其中第2项由区科技局负责）\n\n二、城市\n\n"
        "1.启动改造老旧小区15个。\n2.9月底前完成滨河公园提升工程。\n"
        "（以上任务由区住房城乡建设局牵头，区自然资源局配合；其中,第2项由区城市管理局负责）\n"
    )
    got = _units(text, 2025)
    assert got["新认定国家高新技术企业40家以上"] == (("区科技局",), ())
    assert got["9月底前完成滨河公园提升工程"] == (("区城市管理局",), ())
    one = text.split("\n\n二、")[0] + "\n"
    assert _units(one, 2025)["新认定国家高新技术企业40家以上"] == (("区科技局",), ())


def test_a_duty_table_numbers_tasks_that_run_on_through_their_headings() -> None:
    """Tasks 1-5 numbered on under headings (一)(二)(三): the table's 1-2 and 3 are tasks, not headings."""
    text = (
        "某区方案\n\n三、重点任务\n\n（一）住房\n\n1.改造老旧小区45个。\n\n2.加装电梯60台。\n\n（二）交通\n\n3.新增泊位3000个。\n\n"
        "（三）托育\n\n4.新增托位800个。\n\n5.新建托育中心2个。\n\n五、任务分工\n\n序号 | 任务编号 | 牵头单位 | 配合单位\n"
        "1 | 1-2 | 区住房和城乡建设局 | 区财政局\n2 | 3 | 区交通运输局 | 区公安局\n"
    )
    got = {quote: lead for quote, (lead, _) in _units(text).items()}
    assert got["新增泊位3000个"] == ("区交通运输局",)
    assert got["新增托位800个"] == ()


def test_review_two_small_cases() -> None:
    """A village told what to do heading its item, the guide after a comma; a post (县委常委) no office; the
    plan's own oversight with its results judged; a deadline (截至) no months so far."""
    villages = (
        "某县通知\n\n二、责任分工\n\n各村为本村目标任务的责任主体,镇农业办负责统筹指导。\n\n三、任务\n\n"
        "1.东坪村要完成新发展高山茶园300亩。\n\n2.西岭村:新增肉牛存栏200头。\n"
    )
    assert set(_units(villages, 2025).values()) == {(("东坪村",), ("镇农业办",)), (("西岭村",), ("镇农业办",))}
    post = "某镇2024年工作\n\n一、建设\n\n1.新建道路3公里。责任人:张三(县委常委)\n"
    assert _units(post, 2024) == {"新建道路3公里": ((), ())}
    oversight = "某县2025年工作\n一、保障\n县委督查室将组织两次专项督查,督查结果纳入年度考核。\n"
    assert draft_spec(oversight, year=2025).targets == ()


def test_a_towns_office_column_headed_responsible_office_names_each_rows_unit() -> None:
    """序号 | 工作任务 | 全年目标 | 截至6月底完成 | 责任办: the 责任办 column names the row's office; a blank cell takes the
    one above; the progress column is no target."""
    text = (
        "某镇2024年上半年工作进展通报\n\n序号 | 工作任务 | 全年目标 | 截至6月底完成 | 责任办\n"
        "1 | 招商引资 | 引进亿元以上产业项目3个 | 引进项目2个 | 经济发展办\n"
        "2 | 工业经济 | 新增规上工业企业2家 | 新增1家 | \n"
        "3 | 粮食生产 | 粮食播种面积稳定在3.2万亩以上 | 夏粮播种1.4万亩 | 农业农村办\n"
    )
    got = {quote.split(" | ")[-1]: lead for quote, (lead, _) in _units(text, 2024).items()}
    assert got == {
        "引进亿元以上产业项目3个": ("经济发展办",),
        "新增规上工业企业2家": ("经济发展办",),
        "粮食播种面积稳定在3.2万亩以上": ("农业农村办",),
    }
