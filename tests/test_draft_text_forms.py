"""Texts as pages give them: traditional characters, lines of a page's width, a cell a line closed by bars."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planengine.draft import draft_spec, script
from planengine.draft.hardwrap import unwrapped
from planengine.draft.structure import barred_lines

TRADITIONAL = (
    "洋縣人民政府關於印發2024年十大民生實事項目的通知\n"
    "各鎮人民政府、街道辦事處,縣政府各工作部門:\n"
    "一、重點項目\n"
    "1.實施田塊整治500畝,布設耕地質量監測點30處。(責任單位:縣農業農村局)\n"
    "2.新建城區停車場3處,新增停車位1000個以上。(牽頭單位:縣住建局;配合單位:縣城管局)\n"
)


def test_a_plan_in_traditional_characters_is_read_and_given_back_as_written() -> None:
    pytest.importorskip("opencc")
    assert script.is_traditional(TRADITIONAL)
    result = draft_spec(TRADITIONAL, year=2024)
    assert [(t.quote, t.value, t.lead, t.support) for t in result.targets] == [
        ("實施田塊整治500畝", Decimal(500), ("縣農業農村局",), ()),
        ("布設耕地質量監測點30處", Decimal(30), ("縣農業農村局",), ()),
        ("新建城區停車場3處", Decimal(3), ("縣住建局",), ("縣城管局",)),
        ("新增停車位1000個以上", Decimal(1000), ("縣住建局",), ("縣城管局",)),
    ]
    assert all(TRADITIONAL[t.start : t.end] == t.quote for t in result.targets)
    assert {u["name"] for u in result.spec["units"]} == {"縣農業農村局", "縣住建局", "縣城管局"}
    assert any("traditional characters" in note for note in result.review)


def test_without_opencc_a_traditional_text_is_read_as_it_is_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(script, "_converter", lambda: None)  # as when OpenCC is not installed
    result = draft_spec(TRADITIONAL, year=2024)
    assert any("install planengine[traditional]" in note for note in result.review)


def test_a_simplified_text_is_no_traditional_one() -> None:
    assert not script.is_traditional("实施田块整治500亩,布设耕地质量监测点30处。(责任单位:县农业农村局)" * 10)


WRAPPED = (
    "4.农村道路建设:(1)9月底前,2016年计划出列的2个贫困乡和20个贫困村,市到乡通高级\n"
    "路面或次高级路面,达到双车道四级路标准;乡到行政村通高级路面或次高级路面,达到单车道四\n"
    "级路标准,且危险路段有防护措施。(2)12月底,硬化通行政村公路300公里、通自然村公路100公\n"
    "里,实现98%以上的行政村、35%以上的自然村通硬化路。(3)全面完成新农村建设项目,原则上\n"
    "10月底前实施结束。安排在2016年计划出列的贫困乡和贫困村的项目优先实施,确保按期完成\n"
    "建设任务,并做好验收工作。\n"
    "牵头单位:交通运输局\n"
)


def test_lines_broken_at_a_page_s_width_are_joined_and_quotes_stay_the_original_s() -> None:
    joined = unwrapped(WRAPPED)
    assert joined is not None
    text, positions = joined
    assert "公路100公里," in text and text.endswith("牵头单位:交通运输局\n")
    assert all(WRAPPED[positions[i]] == ch for i, ch in enumerate(text))
    result = draft_spec(WRAPPED, year=2016)
    by_value = {t.value: t for t in result.targets}
    assert by_value[Decimal(100)].quote == "通自然村公路100公\n里"
    assert all(WRAPPED[t.start : t.end] == t.quote for t in result.targets)
    assert by_value[Decimal(100)].lead == ("交通运输局",)


def test_a_text_of_a_line_a_paragraph_is_left_as_it_is() -> None:
    text = "一、工作目标\n" + "\n".join(f"{i}.全年新增市场主体{i}00户以上,城镇新增就业{i}000人。" for i in range(1, 9))
    assert unwrapped(text) is None


def _line_of(width: int) -> str:
    """A line of about ``width`` display columns that ends no sentence."""
    text = ("新引进各类首店300家以上," * 8)[: width // 2 + 8]
    while len(text) * 2 - len(text.encode("ascii", "ignore")) > width:
        text = text[:-1]
    return text.rstrip(",") + "项目"


def test_lines_that_end_where_a_page_s_edge_would_are_joined() -> None:
    assert unwrapped("\n".join(_line_of(80) for _ in range(8)) + "\n") is not None


@pytest.mark.parametrize(
    "widths",
    [
        # a news page's paragraphs, none closed by 。: wider than any printed page
        [113, 126, 118, 162, 127, 119, 110, 121, 131, 114, 124, 111],
        # long cells of a table, a line each: their ends spread, as a page's edge never leaves them
        [88, 62, 83, 92, 70, 75, 66, 90, 79, 58],
    ],
)
def test_long_lines_that_a_page_s_edge_did_not_cut_are_left_as_they_are(widths: list[int]) -> None:
    assert unwrapped("\n".join(_line_of(width) for width in widths) + "\n") is None


@given(st.lists(st.text(alphabet="新增企业家村路公里,。、;:()0123456789\n ", max_size=60), max_size=30))
def test_joining_lines_keeps_every_character_in_its_place(lines: list[str]) -> None:
    text = "\n".join(lines)
    joined = unwrapped(text)
    if joined is not None:
        out, positions = joined
        assert len(out) == len(positions) and positions == sorted(set(positions))
        assert all(text[p] == ch for p, ch in zip(positions, out))
        assert out.replace("\n", "") == text.replace("\n", "")


def test_cells_a_line_closed_by_bars_join_into_rows() -> None:
    lines = ["清单 |", "|", "序号 |", "项目名称 |", "责任单位 |", "|", "1 |", "新建公园2个 |", "县住建局 |", "|"]
    lines += ["2 |", "新增学位600个 |", "县教育局 |"]
    joined = barred_lines("\n".join(lines))
    assert joined.splitlines()[2:] == [
        "序号 | 项目名称 | 责任单位 | |",
        "1 | 新建公园2个 | 县住建局 | |",
        "2 | 新增学位600个 | 县教育局 |",
    ]
    result = draft_spec("\n".join(lines), year=2024)
    assert [(t.quote, t.lead) for t in result.targets] == [
        ("新建公园2个", ("县住建局",)),
        ("新增学位600个", ("县教育局",)),
    ]


def _readings(text: str) -> list[tuple[str, str, Decimal | None, str]]:
    from planengine.draft.targets import read_region
    from planengine.draft.text import shadow

    return [(text[r.start : r.end], r.kind, r.value, r.unit) for r in read_region(text, shadow(text), 0, len(text))]


def test_densities_per_head_people_after_a_figure_bullets_and_letters_after_a_measure() -> None:
    assert _readings("食品安全抽检量不少于4批次/千人。") == [
        ("食品安全抽检量不少于4批次/千人", "ratio", Decimal(4), "批次/千人")
    ]
    assert _readings("提升3万农村人口供水保障水平。")[0][1:3] == ("count", Decimal(30000))
    # (the bullet left out; the measure's other word in brackets kept, as keys quote it)
    assert _readings("●建设筹集保障性租赁住房5.8万套(间)。")[0][0] == "建设筹集保障性租赁住房5.8万套(间)"
    assert _readings("在公共场所配置30台AED(自动体外除颤仪)。")[0][1:3] == ("count", Decimal(30))
    assert _readings("建设5G基站300个。") == [("建设5G基站300个", "count", Decimal(300), "个")]


def test_a_slogan_s_count_is_no_target() -> None:
    assert _readings("政府要着力提升四个能力。政府要做到六个务必。") == []
    assert _readings("新建四个社区服务站。")[0][1:3] == ("count", Decimal(4))


def test_a_free_service_to_a_group_is_a_deliverable_and_an_age_that_says_who_is_no_target() -> None:
    assert _readings("为全省60岁以上老年人免费接种流感疫苗。") == [
        ("为全省60岁以上老年人免费接种流感疫苗", "milestone", None, "")
    ]
    assert _readings("重点为13-14岁女生接种。") == []


def test_what_the_year_is_and_when_progress_is_reported_are_no_targets() -> None:
    assert _readings("今年是决胜全面建成小康社会、实施“十三五”规划承上启下的关键一年。") == []
    assert _readings("请于每季度末月20日前将工作进展情况报县政府督查室,12月15日前报送全年完成情况。") == []


def test_double_digit_growth_and_the_plan_s_own_items() -> None:
    assert _readings("固定资产投资实现两位数增长。") == [
        ("固定资产投资实现两位数增长", "growth-rate", Decimal("0.1"), "%")
    ]
    assert _readings("着力抓好八个方面的重点工作。") == []
    assert _readings("河北省继续实施20项民生工程。") == []
    assert _readings("实施民生工程项目12个。")[0][1:3] == ("count", Decimal(12))


def test_a_blank_between_a_figure_and_its_measure_word() -> None:
    assert _readings("化解义务教育“大班额”452 个。")[0][1:3] == ("count", Decimal(452))
    assert [r[0] for r in _readings("2024 年新建公园 3 个。")] == ["新建公园 3 个"]


def test_a_month_and_what_is_done_in_it_a_cut_from_last_year_and_the_plan_s_resolve() -> None:
    from planengine.draft.targets import read_region
    from planengine.draft.text import shadow

    def read(text: str) -> list[tuple[str, str | None, str]]:
        return [(r.kind, r.comparator, r.deadline) for r in read_region(text, shadow(text), 0, len(text))]

    assert read("10月举办第三届鹤溪茶文化旅游节。") == [("milestone", None, "10月")]
    assert read("9月下旬组织开展秋粮测产验收。") == [("milestone", None, "9月下旬")]
    assert read("1-6月生猪出栏15.8万头。")[0][2] == ""  # a span of months reported on, no date ahead
    assert read("化肥使用量较上年下降1%以上。") == [("relative", ">=", "")]
    assert read("固定资产投资比上年增长10%。") == [("growth-rate", "=", "")]
    assert read("确保7个方面重点任务全面完成。") == []
    assert read("我局将紧盯全年目标任务。") == []


def test_readings_printed_after_characters_are_left_out_and_quotes_stay_as_written() -> None:
    from planengine.draft.annotations import without_readings

    text = (
        "某州2023年度十件民生实事1-3月推进(jìn)情况\n"
        "1.城镇(zhèn)公益性岗位安置就业(yè)困难人员6100人。(责(zé)任单位:州人社局)\n"
        "推进(jìn)情况:目前累计完成6415人,完成年度任务(wù)的105.16%。\n"
    )
    bare = without_readings(text)
    assert bare is not None and "(zhèn)" not in bare[0] and len(bare[1]) == len(bare[0])
    assert all(text[p] == c for c, p in zip(*bare))
    [target] = draft_spec(text, year=2023).targets
    assert (target.quote, target.lead) == ("城镇(zhèn)公益性岗位安置就业(yè)困难人员6100人", ("州人社局",))
    assert without_readings("建设5G基站(AED)和(PM)设施。") is None  # letters without tone marks are no readings


def test_a_numeral_in_a_place_s_name_a_report_due_and_the_share_done_are_no_targets() -> None:
    assert _readings("三门峡市人民政府办公室") == []
    assert _readings("请于12月25日前报告全年重点工作落实情况。") == []
    from planengine.draft.responsibility import split_units

    assert split_units("市发展改革委、各县〔市、区〕政府") == ["市发展改革委", "各县〔市、区〕政府"]


def test_a_quote_mark_whose_partner_is_lost_opens_nothing_and_a_trailing_host_statement_names_units() -> None:
    """A page lost the opening “ (持续拓展百校对接”“生根出访成果): the “ with no closing ” on its line
    hides none of the sentence; 区科技局主办,各街道、板块协办 after it names who hosts and who helps."""
    text = (
        "2021年区政府主要工作目标任务分解落实方案\n一、关于完善创新生态\n"
        "3.持续拓展百校对接”“生根出访成果,确保新增市级以上工程技术研究中心2家、众创空间和科技企业孵化器3家。"
        "区科技局主办,各街道、板块协办\n"
    )
    targets = draft_spec(text, year=2021).targets
    assert [(t.value, t.lead, t.support) for t in targets] == [
        (Decimal(2), ("区科技局",), ("各街道", "板块")),
        (Decimal(3), ("区科技局",), ("各街道", "板块")),
    ]


def test_a_quote_ending_on_a_character_with_a_reading_keeps_the_reading() -> None:
    """推进36个城镇(zhèn)老旧小区(qū)改造: the quote is the page's words, the last one's reading with it."""
    text = "西藏(zàng)2021年保障性安居工程(chéng)\n2021年,西藏将推进(jìn)改造36个城镇(zhèn)老旧小区(qū)。\n"
    [target] = draft_spec(text, year=2021).targets
    assert target.quote.endswith("老旧小区(qū)")
    assert text[target.start : target.end] == target.quote


def test_a_page_s_note_of_reading_time_is_no_target() -> None:
    text = "北京市2014年投资安排\n本篇文章1570字,读完约4分钟\n记者了解到,今年全市将完成38万亩平原绿化。\n"
    assert [t.quote for t in draft_spec(text, year=2014).targets] == ["今年全市将完成38万亩平原绿化"]
