"""Shapes of plans the thirty-fourth session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from planengine.draft import draft_spec


def _units(text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=2026).targets}


# --- helpers closing a paragraph under a heading that names its lead ---------------------------------

_HEADED_PARAGRAPHS = (
    "青川区2026年重点工作安排\n"
    "\n"
    "（一）稳住工业基本盘（区工信局牵头）\n"
    "\n"
    "全年新增规模以上工业企业25家以上，工业投资增长10%以上，区税务局、区统计局配合。\n"
    "\n"
    "实施技术改造项目40个；6月底前出台《青川区制造业数字化转型行动方案》，区发展改革局、区科技局配合。\n"
    "\n"
    "力争新认定省级专精特新中小企业15家。\n"
    "\n"
    "（二）提升公共服务水平（区教育局牵头）\n"
    "\n"
    "新增公办学位3200个，区财政局配合做好资金保障。\n"
    "\n"
    "新增养老床位300张，由区民政局牵头，区卫生健康局配合。\n"
    "\n"
    "新增城镇就业8000人，各街道负责落实。\n"
)


def test_helpers_closing_a_paragraph_help_the_heading_s_lead_with_its_targets() -> None:
    """Helpers alone closing a sentence after a comma (…,区税务局、区统计局配合。) help with every target of
    that sentence, over its ; clauses; the heading's unit still leads, and a paragraph they do not close keeps
    the heading's unit alone."""
    found = _units(_HEADED_PARAGRAPHS)
    assert found["全年新增规模以上工业企业25家以上"] == (("区工信局",), ("区税务局", "区统计局"))
    assert found["工业投资增长10%以上"] == (("区工信局",), ("区税务局", "区统计局"))
    assert found["实施技术改造项目40个"] == (("区工信局",), ("区发展改革局", "区科技局"))
    assert found["力争新认定省级专精特新中小企业15家"] == (("区工信局",), ())


def test_helpers_with_what_they_do_still_help() -> None:
    """A few words of what they do after the helpers' verb (区财政局配合做好资金保障) end their words: they help."""
    assert _units(_HEADED_PARAGRAPHS)["新增公办学位3200个"] == (("区教育局",), ("区财政局",))


def test_a_sentence_naming_its_lead_by_the_word_outranks_the_heading() -> None:
    """A sentence closed by 由X牵头,Y配合 names its own lead: it outranks the heading's unit; one closed by
    units in general doing their part (各街道负责落实) does not."""
    found = _units(_HEADED_PARAGRAPHS)
    assert found["新增养老床位300张"] == (("区民政局",), ("区卫生健康局",))
    assert found["新增城镇就业8000人"] == (("区教育局",), ())


def test_helpers_in_a_bracket_are_no_closing_helpers() -> None:
    """Helpers inside a bracket statement (…(区财政局牵头,区税务局配合);…) belong to that statement alone:
    they help none of the sentence's other clauses."""
    text = (
        "主要预期目标：一般公共预算收入增长5%（区财政局牵头，区税务局配合）；"
        "固定资产投资增长7%以上（区发改局牵头）；社会消费品零售总额增长6.5%（区商务局牵头）。\n"
    )
    found = _units(text)
    assert found["一般公共预算收入增长5%"] == (("区财政局",), ("区税务局",))
    assert found["固定资产投资增长7%以上"] == (("区发改局",), ())


def test_closing_helpers_stay_in_their_own_unit_s_clause() -> None:
    """Where each clause of a sentence opens with its own unit (县自然资源局要…;县财政局要…,县发改局等部门配合),
    the closing helpers help the last unit's clause, not the clause of the unit before."""
    text = (
        "二、强化要素保障。县自然资源局要在3月底前完成首批重点项目用地组卷报批，全年保障重点项目新增建设用地"
        "1800亩以上；县财政局要统筹做好项目资金保障，全年落实各类上级资金15亿元以上，县发改局、县住建局配合。\n"
        "三、优化服务。县行政审批局要压缩审批时限，审批事项办理时限压缩50%以上；县税务局要落实减税政策，"
        "全年新增减税降费2亿元以上。\n"
    )
    found = _units(text)
    assert found["全年保障重点项目新增建设用地1800亩以上"] == (("县自然资源局",), ())
    assert found["全年落实各类上级资金15亿元以上"] == (("县财政局",), ("县发改局", "县住建局"))
