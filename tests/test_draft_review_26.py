"""Faults a read-only review found in the twenty-sixth session's rules, each stated on a text written for it."""

from __future__ import annotations

from decimal import Decimal

from planengine.draft import draft_spec
from planengine.draft.numbers import find_quantities
from planengine.draft.responsibility import parse_responsibility


def _targets(text: str) -> list[tuple[str, str, str | None, Decimal | None]]:
    return [(t.quote, t.kind, t.comparator, t.value) for t in draft_spec(text, year=2026).targets]


def _units(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t.quote, t.lead, t.support) for t in draft_spec(text, year=2026).targets]


def test_a_plans_full_share_done_is_its_target_not_a_report() -> None:
    """投资完成率为100%(以上) in a plan's goals: the share a plan sets, not how far work got (21.9% is)."""
    for share in ("100%", "100%以上"):
        quotes = [q for q, *_ in _targets(f"二、主要目标\n全年重点项目完成投资80亿元，投资完成率为{share}。\n")]
        assert quotes == ["全年重点项目完成投资80亿元", f"投资完成率为{share}"]


def test_a_one_letter_unit_after_a_scale_or_a_blank_before_a_word() -> None:
    """30万t, 1.2万P and 5000 t。 are figures with their units; 4 t) and 6 t5 (a page's noise) are none."""
    read = {
        s: [(q.low, q.unit) for q in find_quantities(s)]
        for s in ("30万t。", "1.2万P。", "5000 t。", "4 t) M", "6 t5 f")
    }
    assert read == {
        "30万t。": [(Decimal("300000"), "t")],
        "1.2万P。": [(Decimal("12000"), "P")],
        "5000 t。": [(Decimal("5000"), "t")],
        "4 t) M": [],
        "6 t5 f": [],
    }


_BLANK_TABLE = (
    "序号  项目名称  年度目标  牵头单位  配合单位\n"
    "1  城东产业园  新建标准厂房8栋  县商务局  县财政局\n"
    "  基础设施类项目（2个）\n"
    "2  城南大道  新建道路3公里  县交通运输局  县财政局\n"
    "  全年新增城镇就业3000人以上。\n"
)


def test_a_groups_caption_and_a_paragraph_after_a_blank_laid_table_are_no_rows_rest() -> None:
    """An indented caption counting a group (基础设施类项目(2个)) and an indented sentence after the table
    (…3000人以上。, the row above closed) do not go on with a row: no count of 2, no row's units for the
    sentence."""
    found = _units(_BLANK_TABLE)
    assert ("基础设施类项目", ("县商务局",), ("县财政局",)) not in found
    assert all(not (q.startswith("全年新增城镇就业") and lead) for q, lead, _ in found)


def test_units_said_to_answer_jointly_or_by_duties_in_every_wording() -> None:
    """共同负责, 按职责分工负责落实, 按职能分工负责 before a comma: every unit named leads, no adverb in a name."""
    for content in (
        "责任单位：县财政局、县税务局共同负责；配合单位：各乡、镇人民政府",
        "责任单位：县财政局、县税务局按职责分工负责落实；配合单位：各乡、镇人民政府",
        "责任单位：县财政局、县税务局按职能分工负责，配合单位：各乡、镇人民政府",
    ):
        found = parse_responsibility(content)
        assert (found.lead, found.support) == (("县财政局", "县税务局"), ("各乡、镇人民政府",)), content
    assert parse_responsibility("责任单位：县财政局按职责分工负责").lead == ("县财政局",)


def test_a_half_year_keeps_its_date_when_a_later_date_belongs_to_another_deed() -> None:
    """上半年开工建设标准化厂房10栋、年底前全部建成: the half dates the building's start (June, not December);
    下半年力争11月底前… takes the month right after the half (November)."""

    def due(text: str) -> dict[str, int]:
        spec = draft_spec(text, year=2026).spec
        return {t["quote"]: t["schedule"][0]["month"] for t in spec["targets"] if t.get("schedule")}

    assert due("一、工作。上半年开工建设标准化厂房10栋、年底前全部建成。\n")["上半年开工建设标准化厂房10栋"] == 6
    assert due("一、工作。下半年力争11月底前完成主体改造32个。\n")["下半年力争11月底前完成主体改造32个"] == 11


def test_a_quarter_naming_which_policies_dates_nothing() -> None:
    """认真落实一季度出台的系列惠企政策: the quarter says which policies; nothing is delivered."""
    assert _targets("一、工作。认真落实一季度出台的系列惠企政策。\n") == []


def test_opening_a_school_year_is_an_outcome_but_its_ceremony_is_none() -> None:
    """城东小学9月开学 is due in September; 开展开学安全大检查, 组织开学典礼 are routine work."""
    assert _targets("一、工作。开展开学安全大检查。组织开学典礼。\n") == []
    assert _targets("一、工作。城东小学9月开学。\n") == [("城东小学9月开学", "milestone", None, None)]


def test_the_half_ahead_turns_to_targets_in_every_usual_wording() -> None:
    """推进情况:…。下半年，全区将力争… / 下一步，将加快推进，确保…: the goal ahead is read, not cut with the report."""
    for turn in ("下半年，全区将力争", "下一步，将加快推进，确保", "下半年，我镇力争", "下半年要确保"):
        text = (
            "（六）老旧小区改造。年度目标：完成老旧小区改造42个。推进情况：截至6月底，已开工改造31个。"
            f"{turn}11月底前完成主体改造32个。\n牵头单位：区住房城乡建设局\n"
        )
        assert any(q.endswith("11月底前完成主体改造32个") for q, *_ in _targets(text)), turn


def test_a_quarters_rate_reached_said_with_da_alone_is_dated() -> None:
    """二季度开工率达80%以上 is reached by the quarter's end, as 达到 is."""
    assert _targets("一、工作。二季度开工率达80%以上。\n") == [
        ("二季度开工率达80%以上", "milestone", ">=", Decimal("0.80"))
    ]


def test_main_lead_labels_of_every_kind_after_a_sentences_end() -> None:
    """…85%。主要牵头单位：X；配合单位：Y。 and 主要责任部门：…: labels of who answers."""
    for label in ("主要牵头单位", "主要责任部门"):
        text = f"五、绿色发展\n畜禽粪污资源化利用率达到85%。{label}：县农业农村局；配合单位：县生态环境局。\n"
        assert _units(text) == [("畜禽粪污资源化利用率达到85%", ("县农业农村局",), ("县生态环境局",))], label


def test_places_carrying_out_every_part_in_other_words() -> None:
    """…由Y负责,各乡镇人民政府负责属地落实 / 落实属地责任: the places help with every part."""
    for words in ("负责属地落实", "落实属地责任"):
        text = (
            "一、总则\n为推进工作，制定本方案。\n\n四、乡村建设\n全年新建改建农村公路85公里。创建和美乡村示范村15个。"
            f"其中，农村公路建设由县交通运输局负责，和美乡村示范村创建由县农业农村局负责，各乡镇人民政府{words}。\n"
        )
        assert [support for _, _, support in _units(text)] == [("各乡镇人民政府",)] * 2, words


def test_a_figure_per_teacher_a_year_is_a_density() -> None:
    """每位教师每年不少于72学时: per head, as 每人每年 is."""
    assert _targets("一、教育。每位教师每年不少于72学时。\n") == [
        ("每位教师每年不少于72学时", "ratio", ">=", Decimal("72"))
    ]


def test_about_closing_a_respective_list_leaves_figures_with_their_own_floor() -> None:
    """A figure before the 分别 list (…120万吨以上、…分别达到38万吨、20万吨左右) and one with its own 以上 or 至少
    keep their floor; the list's figures reached (达到) are about, an amount so made approximate."""

    def read(sentence: str) -> list[tuple[str, str | None]]:
        return [(t.kind, t.comparator) for t in draft_spec(f"一、目标\n{sentence}\n", year=2026).targets]

    assert read("粮食产量稳定在120万吨以上、蔬菜和水果产量分别达到38万吨、20万吨左右。") == [
        ("amount", ">="),
        ("approximate", "approx"),
        ("approximate", "approx"),
    ]
    assert read("参保率分别达到95%以上和90%左右。") == [("ratio", ">="), ("ratio", "approx")]
    assert read("生猪出栏量、蔬菜产量分别稳定在1800万头、2000万吨以上。") == [("count", ">="), ("amount", ">=")]


def test_a_bracket_naming_the_lead_in_a_tables_unit_cell() -> None:
    """| 县交通运输局、县财政局(县交通运输局牵头) |: the named one leads, the rest help; a helpers' label's list
    (配合单位:…(…牵头)) stays helpers."""
    text = "| 序号 | 项目 | 责任单位 |\n|---|---|---|\n| 1 | 新建农村公路50公里 | 县交通运输局、县财政局（县交通运输局牵头） |\n"
    assert _units(text) == [("新建农村公路50公里", ("县交通运输局",), ("县财政局",))]
    assert parse_responsibility("配合单位：县发改局、县财政局（县发改局牵头）").lead == ()


def test_metres_along_are_metres() -> None:
    """1126延米, 800延长米: metres along a bridge or a pipe, which planengine measures in 米."""
    drafted = draft_spec("一、交通\n新建桥梁1126延米，改造管网800延长米。\n", year=2026)
    assert [t.value for t in drafted.targets] == [Decimal("1126"), Decimal("800")]
    assert all("does not know" not in t.note for t in drafted.targets)


def test_tenths_in_every_usual_form() -> None:
    """两成以上, 8成以上, 七成五, 八成行政村, 九成 at a line's end: shares in tenths."""
    for words, share in (("两成以上", "0.2"), ("8成以上", "0.8"), ("七成五", "0.75"), ("全县八成行政村", "0.8")):
        assert [q.low for q in find_quantities(words)] == [Decimal(share)], words
    assert [q.low for q in find_quantities("达到九成\n新建")] == [Decimal("0.9")]


def test_capital_from_elsewhere_put_to_use_is_an_indicator() -> None:
    """利用县外资金50亿元以上, 利用外商直接投资增长5%: indicators, as 利用外资 is."""
    assert [
        t.quote for t in draft_spec("一、目标\n利用县外资金50亿元以上。利用外商直接投资增长5%。\n", year=2026).targets
    ] == [
        "利用县外资金50亿元以上",
        "利用外商直接投资增长5%",
    ]


def test_pushing_to_reach_full_coverage_is_a_deliverable() -> None:
    """推进…实现…全覆盖: the push names the end it reaches (推进…全覆盖 alone does not)."""
    quotes = [t.quote for t in draft_spec("一、工作\n推进农村电商服务站点实现行政村全覆盖。\n", year=2026).targets]
    assert quotes == ["推进农村电商服务站点实现行政村全覆盖"]


def test_per_head_indicators_named_in_the_usual_ways_are_densities() -> None:
    """每千老年人口养老床位数 | 张 | 35 and 城市建成区人均公园绿地面积 | 平方米 | 15: per head, ratios."""
    text = (
        "| 指标 | 单位 | 2026年 |\n|---|---|---|\n| 每千老年人口养老床位数 | 张 | 35 |\n"
        "| 城市建成区人均公园绿地面积 | 平方米 | 15 |\n"
    )
    assert [t.kind for t in draft_spec(text, year=2026).targets] == ["ratio", "ratio"]
