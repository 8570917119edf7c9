"""Shapes of plans the thirty-third session read: each test states the general reading, on a text
written for it."""

from __future__ import annotations

from planengine.draft import draft_spec


def _units(text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {t.quote: (t.lead, t.support) for t in draft_spec(text, year=2026).targets}


# --- a space-separated table's row going on, indented, with its units cell blank -------------------

_SPACED_REST = (
    "东川县2026年重点工作推进方案\n"
    "序号    工作任务    目标要求    责任单位    完成时限\n"
    "1    园区扩区    完成园区扩区调规报批    县工信局*、县自然资源局    2026年6月底\n"
    "            新增标准化厂房8万平方米        2026年10月底\n"
    "2    学校建设    县第三实验小学建成投用    县教体局*    2026年8月底\n"
    "            新增义务教育学位1350个        2026年9月底\n"
    "3    高标准农田    新建高标准农田2.3万亩    县农业农村局*、县财政局    2026年11月底\n"
)


def test_an_indented_line_with_a_deadline_and_no_units_goes_on_with_the_row_above() -> None:
    """A line under a row, indented, holding a target and a deadline with a run of blanks where the units
    cell would be, is the rest of that row: its target is the row's, and the row's units answer for it
    (the starred unit leading)."""
    found = _units(_SPACED_REST)
    assert found["新增标准化厂房8万平方米"] == (("县工信局",), ("县自然资源局",))
    assert found["新增义务教育学位1350个"] == (("县教体局",), ())
    assert found["新建高标准农田2.3万亩"] == (("县农业农村局",), ("县财政局",))


def test_an_indented_line_whose_cells_break_the_header_s_order_is_not_the_row_s_rest() -> None:
    """A date before the text (2026年10月底 … 新增…) fits no column order of the header: the line is not
    put under the row's columns, and its text takes none of the row's units; the row above keeps its own."""
    text = _SPACED_REST.replace(
        "            新增标准化厂房8万平方米        2026年10月底",
        "            2026年10月底        新增标准化厂房8万平方米",
    )
    found = _units(text)
    assert found.get("新增标准化厂房8万平方米", ((), ())) == ((), ())
    assert found["完成园区扩区调规报批"] == (("县工信局",), ("县自然资源局",))
