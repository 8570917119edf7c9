"""Every draft loads: whatever shape a plan's text has, ``draft_spec`` returns a spec the loader accepts.

Texts are generated from the pieces real plans are made of (titles, numbered headings of
every level, restarted numbering as in a notice followed by its attachment, whole documents
one after another, targets with and without their units' brackets, date lines, and tables
flattened every way: tabs, bars or blanks, unit cells over several lines, follow-on rows,
progress columns, page markers and group headings inside them).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planengine.cli import main
from planengine.draft import draft_spec
from planengine.spec import load_spec, structure_spec

_CN = "一二三四五六七八九十"

_TARGETS = st.sampled_from(
    [
        "全社会研发经费投入增长10%以上。",
        "新增高新技术企业{n}家。",
        "力争技术合同成交额达到{n}亿元。",
        "完成投资{n}亿元,新开工项目{n}个。",
        "到2026年底,建成{n}个创新平台。",
        "加强组织领导,落实工作责任。",
        "6月底前完成{n}项改革任务。",
    ]
)
_BRACKETS = st.sampled_from(
    ["", "(区科工局牵头)", "(牵头单位:区发改局;配合单位:区财政局)", "(区科工局、区财政局按职责分工负责)"]
)


@st.composite
def _heading(draw: st.DrawFn, level: int, number: int) -> str:
    title = draw(st.sampled_from(["工作目标", "重点任务", "保障措施", "推进项目", "培育企业"]))
    label = [
        f"{_CN[number % 10]}、",
        f"({_CN[number % 10]})",
        f"{number + 1}.",
        f"({number + 1})",
        f"{_CN[number % 10]}是",
    ][level]
    target = draw(_TARGETS).format(n=draw(st.integers(1, 99)))
    return f"{label}{title}。{target}{draw(_BRACKETS)}"


_CELLS = st.sampled_from(
    [
        "新建社区养老服务站{n}个",
        "完成人工造林{n}万亩以上(甲镇{n}万亩、乙镇{n}万亩)",
        "新开发岗位{n}个(其中乡村岗位{n}个以上)",
        "实施项目{n}个/{n}亿元",
        "力争满意度指数达到{n}以上",
        "年底前完成征收签约{n}户",
        "",
    ]
)
_UNIT_CELLS = st.sampled_from(["县民政局", "县民政局*、县财政局", "县农业农\n村局", "县住建局\n各乡镇人民政府", ""])


@st.composite
def _table(draw: st.DrawFn) -> list[str]:
    """A task table as pages and sheets flatten it: tabs, bars or blanks between cells, a unit cell
    broken over lines, follow-on rows with blank cells, a progress column, page markers, group headings."""
    separator = draw(st.sampled_from(["\t", " | ", "  "]))
    columns = ["序号", "重点任务", "年度目标", "责任单位"] + (["进展情况"] if draw(st.booleans()) else [])
    lines = [separator.join(columns)]
    for row in range(draw(st.integers(1, 6))):
        if draw(st.integers(0, 4)) == 0:
            lines.append(draw(st.sampled_from([f"{_CN[row % 10]}、重点领域", "- 3 -", "3、", "第3页"])))
        serial = "" if draw(st.integers(0, 3)) == 0 else str(row + 1)
        cells = [serial, draw(st.sampled_from(["养老服务", "", "国土绿化"])), draw(_CELLS).format(n=row + 2)]
        cells.append(draw(_UNIT_CELLS))
        if len(columns) == 5:
            cells.append(draw(st.sampled_from(["已完成1.2万亩,占年度任务的40%。", "", "3月12日完成招标。"])))
        lines.append(separator.join(cells))
    return lines


@st.composite
def _document(draw: st.DrawFn) -> str:
    lines = []
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(["某区2026年科技创新工作方案", "关于印发某区工作方案的通知", "附件"])))
    numbers = [0, 0, 0, 0, 0]
    for _ in range(draw(st.integers(1, 14))):
        level = draw(st.integers(0, 4))  # 4: a point numbered in words (一是…), at any place
        if draw(st.integers(0, 6)) == 0:  # numbering that restarts
            numbers[level] = 0
        lines.append(draw(_heading(level, numbers[level])))
        numbers[level] += 1
        for deeper in range(level + 1, 5):
            numbers[deeper] = 0
        if draw(st.integers(0, 5)) == 0:
            lines.extend(draw(_table()))
    if draw(st.booleans()):
        lines.append("2026年3月15日")
    return "\n".join(lines)


@settings(max_examples=60, deadline=None)
@given(st.lists(_document(), min_size=1, max_size=3))
def test_every_draft_loads(documents: list[str]) -> None:
    text = "\n".join(documents)  # concatenated documents restart their numbering too
    result = draft_spec(text, year=2026)
    structure_spec(result.spec)  # raises SpecErrors if the draft does not load
    ids = [task["id"] for task in result.spec.get("tasks", [])]
    assert len(ids) == len(set(ids))


def test_numbering_that_restarts_gets_ids_of_its_own() -> None:
    """Found on real plans: a second (一) under one heading gave two tasks one id, and an invalid draft."""
    text = (
        "一、工作目标\n全社会研发经费投入增长10%以上。\n二、工作任务\n(一)培育企业。新增高新技术企业10家。(区科工局牵头)\n"
        "1.加强服务。新增科技型中小企业20家。(区科工局牵头)\n一、重点项目\n(一)项目建设。完成投资5亿元。(区发改局牵头)\n"
        "1.推进项目。新开工项目3个。(区发改局牵头)\n2.推进项目。新开工项目4个。(区发改局牵头)\n"
        "(一)再来。新开工项目5个。(区发改局牵头)\n"
    )
    plan = structure_spec(draft_spec(text, year=2026).spec)
    assert [t.id for t in plan.tasks] == ["t2", "t2.1", "t2.1.1", "t1", "t1.1", "t1.1.1", "t1.1.2", "t1.1~2"]
    assert plan.task("t1.1~2").title.startswith("再来")


def test_the_year_comes_from_the_date_line_and_history_is_not_the_plan_year() -> None:
    dated = draft_spec("工作方案\n新增高新技术企业10家。\n2025年4月2日\n")
    assert dated.spec["year"] == 2025
    assert any("date line" in note for note in dated.review)
    history = draft_spec("工作方案\n2020年我区出台了扶持办法。新增高新技术企业10家。")
    assert history.spec["year"] != 2020
    assert any("current year" in note for note in history.review)
    ahead = draft_spec("工作方案\n2020年我区出台了扶持办法。到2027年新增高新技术企业10家。")
    assert ahead.spec["year"] == 2027


def test_a_byte_order_mark_keeps_the_source_line() -> None:
    result = draft_spec("\ufeffsource: http://example.org/plan\n\n新增公交线路3条。", year=2023)
    assert result.spec["source"] == "http://example.org/plan"


def test_the_command_reads_gbk_and_gb18030_texts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "某区2026年科技创新工作方案\n一、工作目标\n新增高新技术企业10家。(区科工局牵头)\n"
    for encoding in ("gbk", "gb18030", "utf-8-sig"):
        source = tmp_path / f"plan-{encoding}.txt"
        source.write_bytes(text.encode(encoding))
        output = tmp_path / f"plan-{encoding}.toml"
        assert main(["draft", str(source), "-o", str(output)]) == 0
        plan = load_spec(output)
        assert (plan.title, plan.year, len(plan.targets)) == ("某区2026年科技创新工作方案", 2026, 1)
        said = capsys.readouterr().err
        assert ("note:" in said and "GB18030" in said.upper()) == (encoding != "utf-8-sig"), said
    unreadable = tmp_path / "binary.txt"
    unreadable.write_bytes(b"\xff\xfe\x00\xd8garbage\x81")
    assert main(["draft", str(unreadable)]) == 1
    assert "encodings" in capsys.readouterr().err


def test_the_closing_word_of_a_respectively_list_is_said_of_every_item() -> None:
    """分别增长8%、10%左右: both are 左右 (the first was drafted as exactly 8%)."""
    result = draft_spec("规模以上工业增加值、固定资产投资分别增长8%、10%左右。", year=2026)
    assert [(t.comparator, t.value) for t in result.targets] == [
        ("approx", Decimal("0.08")),
        ("approx", Decimal("0.10")),
    ]
    own = draft_spec("地区生产总值增长6%,一般公共预算收入分别增长5%、7%以上。", year=2026)
    assert [t.comparator for t in own.targets][-2:] == [">=", ">="]
    single = draft_spec("地区生产总值增长6%,财政收入增长5%左右。", year=2026)  # no 分别: each its own
    assert [t.comparator for t in single.targets] == ["=", "approx"]


def test_about_in_step_is_drafted_at_the_benchmark_s_level_and_in_step_as_at_least() -> None:
    """基本同步: the benchmark's own growth (``=``, as most keys read it); 同步: at least the benchmark's."""
    result = draft_spec("居民人均可支配收入增长与经济增长基本同步。", year=2026)
    assert [(t.kind, t.comparator) for t in result.targets] == [("relative", "=")]
    strict = draft_spec("居民人均可支配收入增长与经济增长同步。", year=2026)
    assert [(t.kind, t.comparator) for t in strict.targets] == [("relative", ">=")]


_NOISE = st.text(
    alphabet=st.sampled_from(
        list(
            "一二三四五六七八九十、。，；：（）()|\t \n0123456789.%-/*万亿元个家项人户年月日前底内以上左右力争牵头单位责任局镇县“”《》"
        )
    ),
    max_size=400,
)


_RUN_TOGETHER = st.sampled_from(
    [
        "《分解表》由会员分享,可在线阅读\n1、序号项目名称主要内容分管领导牵头单位配合单位1增加学位新增学位500个。何海平教育局各街道2",
        "序号项目名称主要内容牵头单位1促进就业新增就业1500人。人社局\n2、各镇(街道3优化服务。",
        "1、序号主要内容牵头单位配合单位",
    ]
)


@settings(max_examples=120, deadline=None)
@given(st.lists(st.one_of(_NOISE, _document(), _RUN_TOGETHER), min_size=1, max_size=4))
def test_any_text_drafts_a_spec_that_loads(pieces: list[str]) -> None:
    """Garbage among the pieces of plans (stray marks, numbers, half tables) never raises and never
    breaks the draft: whatever the text, draft_spec returns a spec the loader accepts."""
    result = draft_spec("\n".join(pieces), year=2026)
    structure_spec(result.spec)


def _page_width(text: str, width: int) -> str:
    """``text`` as a PDF copies it: every line longer than ``width`` broken wherever it is full."""
    return "\n".join(line[i : i + width] for line in text.split("\n") for i in range(0, max(len(line), 1), width))


@settings(max_examples=40, deadline=None)
@given(st.lists(_document(), min_size=1, max_size=2), st.integers(18, 40), st.booleans())
def test_a_plan_in_traditional_characters_or_broken_at_a_page_s_width_drafts_and_quotes_as_written(
    documents: list[str], width: int, traditional: bool
) -> None:
    """Texts as pages give them: converted to traditional characters (OpenCC's s2t) and broken into
    lines of a page's width, a draft still loads and every quote is the original's own text."""
    text = "\n".join(documents)
    if traditional:
        opencc = pytest.importorskip("opencc")
        text = opencc.OpenCC("s2t").convert(text)
    text = _page_width(text, width)
    result = draft_spec(text, year=2026)
    structure_spec(result.spec)
    assert all(text[t.start : t.end] == t.quote for t in result.targets)
    quotes = {t["quote"] for t in result.spec.get("targets", [])}
    assert quotes <= {t.quote for t in result.targets}
