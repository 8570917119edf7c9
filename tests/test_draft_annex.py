"""Units named in a table at the end (an annex 重点任务责任分工表) for targets stated in prose."""

from __future__ import annotations

from planengine.draft import draft_spec

PLAN = (
    "城市更新三年专项行动方案\n"
    "二、阶段目标\n"
    "(一)到2025年底。新开工改造老旧小区48个。\n"
    "三、重点任务\n"
    "(一)老旧小区改造提质行动。三年新开工改造老旧小区160个以上。有序推进既有住宅加装电梯,每年新增加装电梯30部。\n"
    "(二)地下管网更新行动。三年更新改造老化燃气管道220公里、供水管网150公里。\n"
    "(三)城市功能完善行动。每年新建口袋公园10个以上。\n"
    "四、保障措施\n"
    "(一)强化资金保障。每年安排城市更新专项资金不少于5000万元。\n"
    "附件\n"
    "重点任务责任分工表\n"
    "序号 | 重点任务 | 牵头单位 | 责任单位 |\n"
    "1 | 老旧小区改造 | 市住房城乡建设局 | 各街道办事处 |\n"
    "2 | 既有住宅加装电梯 |  | 市市场监管局 |\n"
    "3 | 老化燃气管道更新改造 | 市住房城乡建设局 | 市应急管理局 |\n"
    "4 | 供水管网更新改造 | 市水利局 | 市自来水公司 |\n"
    "5 | 口袋公园建设 | 市城市管理局 | 市自然资源局 |\n"
)


def test_each_target_takes_the_units_of_the_row_its_words_match() -> None:
    targets = draft_spec(PLAN, year=2025).targets
    assert [(t.quote, t.lead, t.support) for t in sorted(targets, key=lambda t: t.start)] == [
        ("新开工改造老旧小区48个", (), ()),
        ("三年新开工改造老旧小区160个以上", ("市住房城乡建设局",), ("各街道办事处",)),
        ("每年新增加装电梯30部", ("市住房城乡建设局",), ("市市场监管局",)),
        ("三年更新改造老化燃气管道220公里", ("市住房城乡建设局",), ("市应急管理局",)),
        ("供水管网150公里", ("市水利局",), ("市自来水公司",)),
        ("每年新建口袋公园10个以上", ("市城市管理局",), ("市自然资源局",)),
        ("每年安排城市更新专项资金不少于5000万元", (), ()),
    ]


def test_a_target_moves_to_the_task_of_its_row() -> None:
    result = draft_spec(PLAN, year=2025)
    tasks = {t["id"]: t["title"] for t in result.spec["tasks"]}
    gas = next(t for t in result.targets if t.quote.startswith("三年更新改造老化燃气管道"))
    assert tasks[gas.task or ""] == "老化燃气管道更新改造"


def test_a_table_that_states_targets_answers_only_for_its_own() -> None:
    text = PLAN.replace("| 口袋公园建设 |", "| 新建口袋公园10个 |")
    targets = draft_spec(text, year=2025).targets
    prose = [t for t in targets if t.quote.startswith("三年")]
    assert len(prose) == 2 and all(t.lead == () for t in prose)


def test_a_table_of_units_by_item_number_answers_for_the_items_numbered_so() -> None:
    text = (
        "2024年教育重点工作任务清单\n"
        "一、学前教育\n1.新建公办幼儿园4所。\n2.学前三年毛入园率达到93%以上。\n"
        "二、义务教育\n3.新增义务教育学位2000个。\n4.县第一中学本科上线人数突破1200人。\n"
        "任务分工表\n"
        "序号 | 牵头科室 | 配合科室\n"
        "1 | 项目建设办公室 | 计划财务股\n"
        "2 | 基础教育股 | 督导室\n"
        "3 |  | 教研室\n"
        "4 | 教研室 | 县第一中学、招生考试中心\n"
    )
    targets = sorted(draft_spec(text, year=2024).targets, key=lambda t: t.start)
    assert [(t.lead, t.support) for t in targets] == [
        (("项目建设办公室",), ("计划财务股",)),
        (("基础教育股",), ("督导室",)),
        (("基础教育股",), ("教研室",)),  # a blank lead cell: merged with the one above
        (("教研室",), ("县第一中学", "招生考试中心")),
    ]


def test_a_row_named_as_an_action_answers_for_all_its_targets() -> None:
    """A row per action, named as the action's heading is: every target under the heading is the
    row's, though its words share more with another row (餐厨废弃物 beside 分类投放收集)."""
    text = (
        "生活垃圾分类三年行动计划\n"
        "三、重点任务\n"
        "(一)分类投放收集提升行动。每个街道建成标准化示范小区不少于2个;配备分类督导员不少于1200名。\n"
        "(二)厨余垃圾处理能力建设行动。新增处理能力200吨/日;餐厨废弃物规范收运率达到95%。\n"
        "(三)可回收物体系建设行动。新建再生资源回收网点150个。\n"
        "附件:任务分工表\n"
        "序号 | 任务名称 | 牵头单位 | 配合单位 | 完成时限\n"
        "1 | 分类投放收集提升行动 | 市城市管理局 | 各区人民政府 | 2027年12月\n"
        "2 | 厨余垃圾处理能力建设行动 | 市城市管理局 | 市生态环境局 | 2026年12月\n"
        "3 | 可回收物体系建设行动 | 市商务局 | 市供销合作社 | 2027年12月\n"
    )
    targets = sorted(draft_spec(text, year=2025).targets, key=lambda t: t.start)
    assert [(t.quote, t.lead, t.support) for t in targets] == [
        ("每个街道建成标准化示范小区不少于2个", ("市城市管理局",), ("各区人民政府",)),
        ("配备分类督导员不少于1200名", ("市城市管理局",), ("各区人民政府",)),
        ("新增处理能力200吨/日", ("市城市管理局",), ("市生态环境局",)),
        ("餐厨废弃物规范收运率达到95%", ("市城市管理局",), ("市生态环境局",)),
        ("新建再生资源回收网点150个", ("市商务局",), ("市供销合作社",)),
    ]


def test_a_target_naming_another_row_s_topic_takes_that_row_though_its_heading_names_one() -> None:
    text = (
        "城市更新行动方案\n三、重点任务\n"
        "(一)老旧小区改造行动。改造老旧小区120个,既有住宅加装电梯300部。\n"
        "(二)地下管网更新行动。更新燃气管道220公里。\n"
        "附件:任务分工表\n序号 | 任务名称 | 牵头单位 | 配合单位\n"
        "1 | 老旧小区改造行动 | 市住建局 | 各区政府\n"
        "2 | 既有住宅加装电梯 | 市住建局 | 市市场监管局\n"
        "3 | 地下管网更新行动 | 市水利局 | 市城管局\n"
    )
    targets = sorted(draft_spec(text, year=2025).targets, key=lambda t: t.start)
    assert [(t.quote, t.support) for t in targets] == [
        ("改造老旧小区120个", ("各区政府",)),
        ("既有住宅加装电梯300部", ("市市场监管局",)),
        ("更新燃气管道220公里", ("市城管局",)),
    ]


REPORT = (
    "某县人民政府工作报告(节选)\n二、2025年工作安排\n"
    "主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长4%,城镇调查失业率控制在5.5%以内。\n"
    "(一)坚持工业强县。全年新增规上工业企业25家以上,新建数字化车间8个。\n"
    "(二)坚持民生优先。新增城镇就业4000人以上。\n"
    "附件:2025年政府工作报告重点工作分工表\n"
    "序号 | 工作任务 | 牵头县领导 | 牵头单位 | 配合单位 |\n"
    "1 | 地区生产总值增长 | 陈立新 | 县发展改革局 | 县统计局 |\n"
    "2 | 一般公共预算收入增长 | 陈立新 | 县财政局 | 县税务局 |\n"
    "3 | 新增规上工业企业 | 周海涛 | 县经济和信息化局 | 县统计局 |\n"
    "4 | 数字化车间建设 | 周海涛 | 县经济和信息化局 | 县开发区管委会 |\n"
    "5 | 城镇新增就业 | 林晓梅 | 县人力资源和社会保障局 | 各乡镇人民政府 |\n"
)


def test_a_work_report_s_targets_take_the_rows_of_its_attached_table_their_words_name() -> None:
    """附件:…分工表 ends the report's last heading; headings named by slogans (坚持工业强县) are the
    table's when most of their targets name a row; a target that names no row (失业率, beside rows of
    other indicators in one long sentence) keeps no units."""
    targets = sorted(draft_spec(REPORT, year=2025).targets, key=lambda t: t.start)
    assert [(t.quote, t.lead) for t in targets] == [
        ("地区生产总值增长6%左右", ("县发展改革局",)),
        ("一般公共预算收入增长4%", ("县财政局",)),
        ("城镇调查失业率控制在5.5%以内", ()),
        ("全年新增规上工业企业25家以上", ("县经济和信息化局",)),
        ("新建数字化车间8个", ("县经济和信息化局",)),
        ("新增城镇就业4000人以上", ("县人力资源和社会保障局",)),
    ]


DUTIES = (
    "某县2024年农村人居环境整治提升专项行动方案\n"
    "一、主要目标\n1.新(改)建农村卫生户厕3500座;\n2.农村生活污水治理率达到45%;\n"
    "二、重点任务\n"
    "(一)提升村容村貌。全年组织集中清理4次。全年完成村庄植树8万株,新建村级小游园15处。\n"
    "三、职责分工\n"
    "(一)县农业农村局:牵头推进农村厕所革命,负责户厕新建改建和农村公厕建设。\n"
    "(二)县生态环境分局:负责农村生活污水治理和农村黑臭水体整治。\n"
    "(三)县林业局:负责村庄绿化美化,组织村庄植树和村级小游园建设。\n"
    "(四)县卫生健康局:配合县农业农村局做好农村卫生厕所普及情况统计。\n"
    "(五)各乡镇人民政府:负责本辖区各项任务的具体组织实施,组织开展村庄清洁行动,集中清理积存垃圾。\n"
)


def test_a_duty_section_gives_each_target_the_unit_whose_paragraph_covers_it() -> None:
    """三、职责分工, a unit a paragraph: each target takes the unit whose duties its words name, in
    place (one heading's targets may fall to several units); the duties are no deliverables."""
    targets = sorted(draft_spec(DUTIES, year=2024).targets, key=lambda t: t.start)
    assert [(t.quote, t.lead) for t in targets] == [
        ("新(改)建农村卫生户厕3500座", ("县农业农村局",)),
        ("农村生活污水治理率达到45%", ("县生态环境分局",)),
        ("全年组织集中清理4次", ("各乡镇人民政府",)),
        ("全年完成村庄植树8万株", ("县林业局",)),
        ("新建村级小游园15处", ("县林业局",)),
    ]


ELDERLY_CARE = (
    "养老服务体系建设三年行动实施方案\n"
    "二、工作目标\n"
    "到2026年,养老床位总数达到4500张以上,街道综合养老服务中心覆盖率达到100%。\n"
    "三、重点任务\n"
    "1.公办养老院建设。2024年新建区级公办养老院1所。\n"
    "2.社区养老服务站建设。每年新建社区养老服务站8个以上。\n"
    "3.养老服务圈示范街道创建。建成示范街道3个。\n"
    "附件\n"
    "重点任务分工表\n"
    "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
    "1 | 养老服务体系建设总体目标 | 区民政局 | 区发展改革委、区财政局 | 2026年12月底前 |\n"
    "2 | 公办养老院建设 | 区民政局 | 区国资委 | 2024年12月底前 |\n"
    "3 | 社区养老服务站建设 | 区住房城乡建委 | 各镇(街道) | 每年12月底前 |\n"
    "4 | 养老服务圈示范街道创建 | 区民政局 | 相关街道办事处 | 2025年12月底前 |\n"
    "5 | 老年医学科建设 | 区卫生健康委 | 区人力社保局 | 2026年12月底前 |\n"
    "6 | 养老护理员培训 | 区人力社保局 | 区民政局 | 2026年12月底前 |\n"
)


def test_a_row_for_the_goals_as_a_whole_answers_for_the_goals_section() -> None:
    targets = draft_spec(ELDERLY_CARE, year=2024).targets
    got = {t.quote: (t.lead, t.support) for t in targets}
    assert got["养老床位总数达到4500张以上"] == (("区民政局",), ("区发展改革委", "区财政局"))
    assert got["街道综合养老服务中心覆盖率达到100%"] == (("区民政局",), ("区发展改革委", "区财政局"))
    assert got["每年新建社区养老服务站8个以上"] == (("区住房城乡建委",), ("各镇(街道)",))


def test_a_row_whose_topic_or_time_limit_reads_as_a_deliverable_is_still_a_row_of_who_answers() -> None:
    # 养老服务圈示范街道创建 | … | 2025年12月底前 alone reads as a dated deliverable, and 每年12月底前 is a
    # time limit: neither is a target of the table, which only says who answers for the prose
    targets = draft_spec(ELDERLY_CARE, year=2024).targets
    assert sorted(t.quote for t in targets) == sorted(
        [
            "养老床位总数达到4500张以上",
            "街道综合养老服务中心覆盖率达到100%",
            "新建区级公办养老院1所",
            "每年新建社区养老服务站8个以上",
            "建成示范街道3个",
        ]
    )
    assert {t.quote: t.lead for t in targets}["建成示范街道3个"] == ("区民政局",)


def test_a_table_whose_rows_mostly_state_deliverables_is_one_of_tasks() -> None:
    text = (
        "重点任务清单\n"
        "序号 | 重点任务 | 牵头单位 | 完成时限 |\n"
        "1 | 建成智慧养老平台 | 区民政局 | 2024年9月底前 |\n"
        "2 | 完成福寿园改扩建 | 区城投集团 | 2025年6月底前 |\n"
        "3 | 出台家庭养老床位管理办法 | 区民政局 | 2024年6月底前 |\n"
    )
    targets = draft_spec(text, year=2024).targets
    assert [(t.kind, t.lead) for t in targets] == [
        ("milestone", ("区民政局",)),
        ("milestone", ("区城投集团",)),
        ("milestone", ("区民政局",)),
    ]


def test_an_indicator_list_takes_the_rows_of_a_table_naming_its_indicators_shorter_or_blank_below() -> None:
    text = (
        "附件1\n主要目标\n"
        "1.县级以上集中式饮用水水源地水质达标率:保持100%\n"
        "2.新增造林面积:1.5万亩\n"
        "3.森林覆盖率:达到41.5%\n"
        "4.新增新能源公交车:120辆\n"
        "附件2\n主要目标责任分工\n"
        "指标 | 牵头单位 | 配合单位\n"
        "饮用水水源地水质达标率 | 市生态环境局 | 市水利局\n"
        "新增造林面积 | 市林业局 | 市自然资源和规划局\n"
        "森林覆盖率 |  |\n"
        "新能源公交车 | 市交通运输局 | 市公交集团\n"
    )
    got = [(t.lead, t.support) for t in sorted(draft_spec(text, year=2025).targets, key=lambda t: t.start)]
    assert got == [
        (("市生态环境局",), ("市水利局",)),
        (("市林业局",), ("市自然资源和规划局",)),
        (("市林业局",), ("市自然资源和规划局",)),  # its blank cells are those of the row above
        (("市交通运输局",), ("市公交集团",)),
    ]
