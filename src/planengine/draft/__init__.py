"""Draft a spec from a plan's Chinese text: the task tree, who answers for it, its targets.

``draft_spec(text)`` reads a plan (工作方案) and returns a :class:`DraftResult`: spec data
that :func:`planengine.spec.structure_spec` accepts, one :class:`DraftTarget` per target
with the exact sentence it comes from, and review notes. It is a draft: whatever the text
leaves open (a metric's id, a unit that is not stated, a rule planengine cannot express)
is marked ``REVIEW:`` in the spec for a person to settle.

The parts:

* :mod:`.text`: the same-length ASCII shadow of the text and sentence/clause splitting;
* :mod:`.numbers`: numbers (Arabic, Chinese via ``cn2an``, 万/亿) and measure words;
* :mod:`.structure`: numbered headings (一、 (一) 1. (1) ①) and tables into a task tree;
* :mod:`.responsibility`: lead and supporting units from brackets, labels and columns;
* :mod:`.targets`: the wording of targets (comparators, kinds, milestones, strive);
* :mod:`.assemble`: the spec data, its ids and its review notes;
* :mod:`.params`: the one table of how a drafted target becomes an evaluator's params,
  which plugins extend with :func:`~.params.register_param_builder`;
* :mod:`.kinds`: the corpus vocabulary (kind, comparator, base value) for drafts and specs;
* :mod:`.tomlout`: a small TOML writer for the spec's shapes.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any, Final

import attrs

from ..plugins import EvaluatorRegistry
from ..spec import SpecError, SpecErrors, structure_spec
from .annex import (
    answer_by_category,
    answer_by_heading_named,
    answer_by_indicator_name,
    answer_by_item_numbers,
    answer_by_row_number,
    answer_from_annex,
    answer_from_duties,
)
from .annotations import reading_end, without_readings
from .assemble import DraftTarget
from .assemble import assemble as _assemble
from .barsep import (
    bar_closed_cells,
    bar_counted_rows,
    bar_led_cells,
    bar_led_rows,
    bar_opened_rows,
    bar_separated_rows,
    dash_parted_rows,
    two_line_rows,
    wrapped_bar_rows,
)
from .bodies import name_places_bodies
from .circled import answer_by_circled_item
from .clause_brackets import answer_sentences_by_bracket
from .closing import answer_by_closing_statement
from .duties import lead_by_duty, lead_by_topic
from .hardwrap import unwrapped
from .helpers import give_helpers
from .inline import (
    bracketed_units_in_paragraphs,
    dashed_statements,
    described_parts,
    inline_headings,
    inline_items,
    labelled_parts,
    progress_lists,
    statements_in_paragraphs,
    unit_headed_items,
)
from .item_duties import answer_by_unit_lines, help_parts_by_ordinal
from .layout import layout_tables
from .leaders import answer_by_leader_lines
from .legend import answer_by_legend
from .nature_rows import nature_closed_tables
from .numbers import FIVE_YEAR_PLAN, five_year_plan
from .ordinals import answer_by_target_number
from .part_duties import answer_by_part_and_number
from .parts_given import answer_parts_given
from .places import answer_by_place_clause, answer_by_zone_paragraph, answer_guided_run
from .plan_wide import answer_by_plan_statement
from .respective import answer_by_respective_list
from .responsibility import (
    BLANK_PARTS_LEADS,
    FIRST_LEADS,
    SHARED_DUTIES_ALL_LEAD,
    STAR_RANKS_LEADS,
    Responsibility,
    blank_parts_leads,
    duty_topics,
    first_listed_leads,
    first_listed_leads_lead_column,
    looks_like_unit,
    parties_named,
    party_names,
    shared_duties_all_lead,
    short_names_defined,
    short_unit_names,
    star_ranks_leads,
)
from .script import is_traditional, simplified
from .share_notes import (
    answer_columns_by_note,
    answer_columns_respectively,
    answer_rows_supervised_by_note,
    answer_share_rows_by_note,
    answer_whole_column_by_note,
    answer_whole_row_by_column_note,
)
from .structure import (
    Node,
    Outline,
    Region,
    barred_lines,
    blank_numbered_items,
    blank_parted_tables,
    drop_look_back,
    first_year_column,
    headed_barred_lines,
    header_cell,
    helper_column_notes,
    helper_columns,
    outline,
    paragraph_tables,
    shared_pages,
    spaced_tables,
    split_by_year,
    unassessed_column_notes,
    unassessed_columns,
    units_cell,
    wrapped_rows,
    years_split_out,
)
from .tagged import answer_tagged_paragraphs
from .targets import Reading, quote_measures_together, read_indicator, read_region, year_headline
from .text import (
    LINK_REMNANT,
    baseline_remarks,
    cited_bullets,
    listed_titles,
    looked_back_lines,
    page_link_lists,
    quoted_work_lists,
    shadow,
    share_words,
)
from .tomlout import dumps as _toml_dumps
from .topics import answer_by_guided_kind, answer_by_place, answer_by_topic
from .unit_tables import labelled_unit_tables
from .unitrows import unit_anchored_rows

__all__ = ["DraftResult", "DraftTarget", "draft_spec"]


@attrs.frozen
class DraftResult:
    """A drafted spec, its targets as read, and what a person should review."""

    spec: dict[str, Any]
    targets: tuple[DraftTarget, ...]
    review: tuple[str, ...]

    def to_json(self) -> str:
        """The spec as JSON text (the form ``planengine`` writes with ``dump_spec``)."""
        return json.dumps(self.spec, ensure_ascii=False, indent=2)

    def to_toml(self) -> str:
        """The spec as TOML text, with the review notes as comments at the top."""
        lines = ("Drafted by planengine draft: check every REVIEW note.", *self.review)
        head = "".join(f"# {' '.join(line.split())}\n" for line in lines)
        return head + _toml_dumps(self.spec)


def draft_spec(
    text: str,
    *,
    plan_id: str = "draft",
    year: int | None = None,
    validate: bool = True,
    registry: EvaluatorRegistry | None = None,
) -> DraftResult:
    """Draft a spec from the text of a plan.

    :param plan_id: the spec's ``id``.
    :param year: the plan year; when ``None`` it is taken from the title, else from the
        years the text names (a review note says so).
    :param validate: check the draft with the spec loader and drop (with a review note)
        any target it rejects, so the result always loads.
    """
    text = text.removeprefix("\ufeff")  # a byte-order mark is no part of the first line (source: ...)
    notes: list[str] = []
    read = text
    if is_traditional(text):
        converted = simplified(text)  # one character for one: every offset stays
        if converted is None:
            notes.append(
                "the text is in traditional characters (繁體) and OpenCC is not installed, so it was read as "
                "it is: install planengine[traditional] to read it"
            )
        else:
            read = converted
            notes.append("the text is in traditional characters (繁體): it was read in simplified ones (OpenCC)")
    positions: list[int] | None = None
    bare = without_readings(read)
    if bare is not None:
        read, positions = bare
        notes.append("the page prints readings after characters (推進(jìn)): they were left out of the text read")
    joined = unwrapped(read)
    if joined is not None:
        read, joined_positions = joined
        positions = joined_positions if positions is None else [positions[p] for p in joined_positions]
        notes.append("the text is broken into lines of a page's width: lines ending mid-sentence were joined")
    labelled = labelled_unit_tables(read)
    if labelled is not None:  # (| 牵头单位 | 配合单位 | over | 县工信局 | 县统计局 | under an item: its units)
        read, labelled_positions = labelled
        positions = labelled_positions if positions is None else [positions[p] for p in labelled_positions]
    token = first_listed_leads.set(_first_listed_lead_throughout(read))
    blank_parts = blank_parts_leads.set(BLANK_PARTS_LEADS.search(read) is not None)
    of_leads = first_listed_leads_lead_column.set(not _first_listed_of_answerable_column(read))
    ranked = star_ranks_leads.set(STAR_RANKS_LEADS.search(read) is not None)
    parties = party_names.set(parties_named(read))
    sharing = shared_duties_all_lead.set(SHARED_DUTIES_ALL_LEAD.search(read) is not None)
    by_year = years_split_out.set(split_by_year(read))
    unassessed = unassessed_columns.set(unassessed_column_notes(read))
    helping = helper_columns.set(helper_column_notes(read))
    shorts = short_unit_names.set(short_names_defined(read))
    try:
        result = _draft(read, plan_id=plan_id, year=year, validate=validate, registry=registry)
    finally:
        short_unit_names.reset(shorts)
        unassessed_columns.reset(unassessed)
        helper_columns.reset(helping)
        shared_duties_all_lead.reset(sharing)
        years_split_out.reset(by_year)
        party_names.reset(parties)
        star_ranks_leads.reset(ranked)
        first_listed_leads_lead_column.reset(of_leads)
        first_listed_leads.reset(token)
        blank_parts_leads.reset(blank_parts)
    if read is not text:
        result = _as_written(result, text, read, positions)
    return attrs.evolve(result, review=(*notes, *result.review)) if notes else result


def _as_written(result: DraftResult, text: str, read: str, positions: list[int] | None) -> DraftResult:
    """A draft of ``read`` (``text`` in simplified characters, or with its page-width line breaks
    removed) given back as ``text`` writes it: offsets and quotes through ``positions`` (the place in
    ``text`` of each character of ``read``; None: the same places), names and titles where ``read``
    has them."""

    def place(start: int, end: int) -> tuple[int, int]:
        if positions is None or end <= start:
            return start, end
        # a quote ending on a character keeps the reading printed after it (老舊小區(qū))
        return positions[start], reading_end(text, positions[end - 1] + 1)

    found: dict[str, str] = {}

    def written(name: str) -> str:
        if name not in found:
            at = read.find(name) if name else -1
            if at < 0:
                found[name] = name
            else:
                start, end = place(at, at + len(name))
                found[name] = text[start:end]
        return found[name]

    targets = []
    for t in result.targets:
        start, end = place(t.start, t.end)
        targets.append(
            attrs.evolve(
                t,
                quote=text[start:end],
                start=start,
                end=end,
                lead=tuple(written(n) for n in t.lead),
                support=tuple(written(n) for n in t.support),
            )
        )
    quotes = {t.id: t.quote for t in targets}
    spec = dict(result.spec)
    spec["title"], spec["issuer"] = written(spec.get("title", "")), written(spec.get("issuer", ""))
    spec["units"] = [{**u, "name": written(u["name"])} for u in spec.get("units", [])]
    spec["tasks"] = [{**t, "title": written(t["title"])} for t in spec.get("tasks", [])]
    spec["targets"] = [{**t, "quote": quotes.get(t["id"], t["quote"])} for t in spec.get("targets", [])]
    return DraftResult(spec, tuple(targets), result.review)


#: The column a remark on the unit listed first names, right before it (责任单位栏中, 责任单位中, 牵头单位栏列有两个单位的,).
_REMARKED_COLUMN: Final = re.compile(r"(?P<column>牵头|责任)(?:单位|部门)(?:一?栏|列|中)[^。;；\n]{0,12}$")


def _first_listed_of_answerable_column(text: str) -> bool:
    """Whether the remark that the unit listed first leads names the 责任单位 column (责任单位栏中列第一位
    的为牵头单位): a column of leads beside it keeps every lead it lists."""
    remark = FIRST_LEADS.search(text)
    if remark is None:
        return False
    column = _REMARKED_COLUMN.search(text, max(0, remark.start() - 20), remark.start())
    return column is not None and column.group("column") == "责任"


def _first_listed_lead_throughout(text: str) -> bool:
    """Whether the document says, for all its lists of units, that the one listed first leads: with
    下同 (列第一位者为牵头单位,下同), or anywhere but inside one list of units ((责任单位中列第一位的
    为牵头单位) over a table; 各项工作中,排在第一位的责任单位为牵头单位 in the notice). Said after
    the names of one list ((责任单位:A、B,列第一位者为牵头单位)), it is that list's alone."""
    remark = FIRST_LEADS.search(text)
    if remark is None:
        return False
    if "下同" in remark.group():
        return True
    line_start = text.rfind("\n", 0, remark.start()) + 1
    return not re.search(r"单位\s*[:：][^()（）]*$", text[line_start : remark.start()])


def _draft(
    text: str, *, plan_id: str, year: int | None, validate: bool, registry: EvaluatorRegistry | None
) -> DraftResult:
    sh = shared_pages(
        text,
        baseline_remarks(
            quoted_work_lists(listed_titles(cited_bullets(looked_back_lines(page_link_lists(shadow(text))))))
        ),
    )
    sh = progress_lists(
        statements_in_paragraphs(
            labelled_parts(
                described_parts(
                    inline_items(
                        unit_headed_items(inline_headings(dashed_statements(bracketed_units_in_paragraphs(sh))))
                    )
                )
            )
        )
    )
    sh = bar_closed_cells(
        bar_counted_rows(
            two_line_rows(
                bar_opened_rows(
                    bar_led_rows(bar_led_cells(wrapped_bar_rows(dash_parted_rows(sh, header_cell)), header_cell))
                ),
                header_cell,
            ),
            header_cell,
        ),
        header_cell,
    )  # before rows are joined at serials
    sh = wrapped_rows(
        spaced_tables(
            layout_tables(
                paragraph_tables(
                    blank_parted_tables(
                        nature_closed_tables(
                            unit_anchored_rows(
                                barred_lines(headed_barred_lines(bar_separated_rows(blank_numbered_items(sh)))),
                                header_cell,
                                units_cell,
                            )
                        )
                    )
                ),
                text,
            )
        )
    )
    plan_outline = outline(text, sh)
    review: list[str] = []
    plan_year = year if year is not None else _year(text, plan_outline.title, review, plan_outline.source)
    first_year = _first_year(plan_outline.title, plan_year)
    drop_look_back(plan_outline.root, first_year)
    answer_by_part_and_number(plan_outline.root, text)
    answer_by_unit_lines(plan_outline.root, text)
    answer_tagged_paragraphs(plan_outline.root, text)
    answer_by_leader_lines(plan_outline.root, text)
    give_helpers(text, sh, plan_outline.root)
    readings = _read_targets(text, sh, plan_outline, first_year)
    answer_by_legend(plan_outline.root, text, readings)
    answer_from_duties(plan_outline.root, text, sh, readings)
    answer_by_category(plan_outline.root, text, sh)
    answer_by_row_number(plan_outline.root, text)
    answer_by_topic(plan_outline.root, text, readings)
    answer_by_place(plan_outline.root, text, readings)
    answer_by_circled_item(plan_outline.root, text, readings)
    answer_by_closing_statement(plan_outline.root, text, sh, readings)
    answer_by_respective_list(plan_outline.root, text, sh, readings)
    answer_by_place_clause(plan_outline.root, sh, readings)
    answer_by_zone_paragraph(plan_outline.root, sh, readings)
    answer_guided_run(plan_outline.root, sh, readings)
    answer_by_indicator_name(plan_outline.root, text, sh, readings)
    answer_share_rows_by_note(plan_outline.root, text, readings)
    answer_whole_column_by_note(plan_outline.root, text, readings)
    answer_columns_by_note(plan_outline.root, text, sh, readings)
    answer_whole_row_by_column_note(plan_outline.root, text, sh, readings)
    answer_columns_respectively(plan_outline.root, text, sh, readings)
    answer_by_guided_kind(plan_outline.root, text, readings)
    answer_rows_supervised_by_note(plan_outline.root, text, readings)
    answer_by_heading_named(plan_outline.root, text, readings)
    answer_by_item_numbers(plan_outline.root, text, readings)
    answer_by_target_number(plan_outline.root, text, sh, readings)
    answer_from_annex(plan_outline.root, sh, readings)
    answer_by_plan_statement(plan_outline.root, sh, readings)
    answer_sentences_by_bracket(plan_outline.root, sh, readings)
    answer_parts_given(plan_outline.root, text, sh, readings)
    help_parts_by_ordinal(plan_outline.root, text)  # (after every pass naming leads: it helps whoever leads)
    name_places_bodies(plan_outline.root, text)
    annexes = [m.start() for m in _ANNEX_HEADING.finditer(sh)]  # (in the shadow: ， and , alike)
    _keep_answered_copies(text, plan_outline.root, readings, annexes)
    _answer_from_restatements(text, plan_outline.root, readings, annexes)
    _share_out_respective_leads(text, sh, plan_outline.root, readings)
    title = plan_outline.title or "(未识别标题)"
    if not plan_outline.title:
        review.append("the plan's title was not found: set title")
    issuer = _issuer(plan_outline.title, text)
    if not issuer:
        review.append("the issuer was not found: set issuer")
    elif looks_like_unit(issuer) and not _several_offices(issuer):
        _name_the_issuer(plan_outline.root, issuer)
    built = _assemble(text, plan_outline, readings, plan_id=plan_id, year=plan_year, title=title, issuer=issuer)
    review.extend(built.review)
    spec, targets = built.spec, built.targets
    if validate:
        spec, targets = _validated(spec, targets, review, registry)
    review.append(
        f"{len(targets)} targets drafted: every metric id and name, and each note marked REVIEW, need a person's check"
    )
    return DraftResult(spec, targets, tuple(review))


#: A report on progress without a title of its own says so where it starts (主要进度如下:).
_REPORT_OPENING: Final = re.compile(
    r"(?:主要进度|进展情况|完成情况|推进情况|落实情况|主要进展)(?:汇总|报告|通报)?如下|具体情况(?:通报|汇报|报告|汇总)如下"
    r"|(?m:^[ \t]*[\[【]?本期综述)"  # a bulletin's issue summary ([本期综述] 1-6月,我县重大项目建设稳步推进…)
    r"|听取[^。]{0,40}(?:进展|运行|推进|完成|落实)情况(?:的)?汇报"  # a meeting's minutes: what it heard reports
    # 记者从…获悉,今年前4月,…已完成投资110亿元: a news report of the months so far
    r"|获悉[,:，：]?\s*(?:今年|20\d{2}年)?(?:前(?:[一二三四五六七八九十]{1,2}|\d{1,2})个?月|1\s*[-—–~至]\s*\d{1,2}月|"
    r"前三季度|上半年|一季度)[^。]{0,40}?已(?:完成|实现|累计)"
)
#: A title of a plan (…工作方案, …实施计划): its opening's 进度如下 schedules, it does not report.
_PLAN_TITLE: Final = re.compile(r"方案|计划|安排|要点|意见|清单|责任书")
_OPENING: Final = 800
#: A title of a report on progress (推进情况, 进展情况的通报, 工作总结), not of a plan.
_REPORT_TITLE: Final = re.compile(
    r"(?:推进|进展|完成|执行|落实)情况(?!.*(?:安排|计划|方案))|工作总结|通报|进度表|进展表|最新进展|(?:进展|进度|推进)台账|"
    r"(?:上半年|前三季度|一季度|1-\d{1,2}月)[^。]*(?:推进|进展|完成)情况[^。]*的报告$"  # …上半年…推进情况及下半年工作安排的报告
)
#: A news page's headline: a line over its source or its date (…脊柱侧弯筛查_全球快看点 / 来源:新华网
#: 发布时间:…; 重庆:2018年地区生产总值增长预期目标8.5% / 2018-01-26 19:47:50). The report restates it.
_NEWS_HEADLINE: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?P<head>[^\n。;；]{6,80}?)[ \t\u3000]*\n(?:[ \t\u3000]*\n){0,2}[ \t\u3000]*"
    r"(?:来源|(?:发布)?时间\s*[:：]|(?:发布)?日期\s*[:：]|发布者|作者|编辑|20\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2})"
)
#: A headline of what a period so far gave (前三季度青海交通固定资产投资同比增长59%), on a line of the
#: opening: a news report of the figures, found where no title is (the headline names no kind of document).
_SO_FAR_HEADLINE: Final = re.compile(
    r"(?m)^[ \t]*(?:20\d{2}年)?(?:前三季度|上半年|1\s*-\s*\d{1,2}月)[^。,;\n]{0,30}?(?:同比)?(?:增长|下降)\s*\d[^。,;\n]{0,4}$"
)


#: A heading over what the year's months so far gave (上半年工作进展, 前三季度主要工作完成情况, 1-6月工作总结), with
#: no word of what is ahead (上半年工作总结及下半年工作安排 looks ahead too).
_PERIOD_DONE: Final = re.compile(
    r"(?:20\d{2}\s*年|今年)?(?:上半年|前三季度|一季度|第一季度|1\s*[-—–~至]\s*\d{1,2}\s*月)(?:以来)?的?(?:主要)?(?:工作)?"
    r"(?:进展|完成情况|推进情况|开展情况|进展情况|总结|回顾|成效|情况|主要成绩|取得的成效)"
)


#: Words naming the whole year in a sentence (全年目标, 年度计划, 年底前): the year's target, not the months' result
#: (not 去年底, 半年内, 完成年度任务的48%).
_YEAR_WHOLE: Final = re.compile(r"全年|年度(?!任务的)|(?<!去)年底|(?<!半)年内")
#: The marks that close a sentence (or its part after a ;).
_SENTENCE_MARKS: Final = ("。", ";", "；", "\n")


#: How far back a sentence's or a clause's opening is looked for (the search stays linear on a long line).
_OPENING_REACH: Final = 300


def _opening(sh: str, position: int, marks: tuple[str, ...]) -> int:
    """Where the stretch holding ``position`` opens: after the nearest of ``marks`` before it, looked for no further
    back than :data:`_OPENING_REACH`."""
    floor = max(0, position - _OPENING_REACH)
    return max(floor - 1, *(sh.rfind(mark, floor, position) for mark in marks)) + 1


def _sentence_start(sh: str, position: int) -> int:
    """Where the sentence holding ``position`` opens."""
    return _opening(sh, position, _SENTENCE_MARKS)


#: The months so far named in a clause (上半年完工41公里, 1-6月完成…): what they gave (截至年底, a deadline, is none).
_MONTHS_NAMED: Final = re.compile(r"上半年|前三季度|一季度|第一季度|1\s*[-—–~至]\s*\d{1,2}\s*月|目前")
#: The marks that open a clause.
_CLAUSE_MARKS: Final = (",", "，", "、", *_SENTENCE_MARKS)


def _of_the_whole_year(sh: str, node: Node, reading: Reading) -> bool:
    """Whether a target under a heading over the months so far is the year's own: a table's row (its columns
    say which is the year's), or one of a sentence naming the whole year (全年目标:新改建农村公路85公里,新建桥梁3座)
    whose own clause names no months so far (…,上半年完工41公里 reports)."""
    if node.kind == "row":
        return True
    clause_start = _opening(sh, reading.start, _CLAUSE_MARKS)
    return (
        _YEAR_WHOLE.search(sh, _sentence_start(sh, reading.start), reading.end) is not None
        and _MONTHS_NAMED.search(sh, clause_start, reading.end) is None
    )


def _under_period_done(node: Node) -> bool:
    """Whether a node stands under a heading over what the year's months so far gave: its clauses report
    those months, the year's own targets aside (全年目标新改建农村公路85公里 is one still)."""
    current: Node | None = node
    while current is not None and current.kind != "root":
        if _PERIOD_DONE.fullmatch(current.title.strip()):
            return True
        current = current.parent
    return False


#: A title of a report on the months so far that also plans the rest of the year (关于2024年上半年工作情况和下半年工作
#:安排的报告, 前三季度工作总结及第四季度工作计划): its sentences opened by the months so far report them.
_HALF_AND_REST_TITLE: Final = re.compile(
    r"(?:上半年|前三季度|1\s*[-—–~至]\s*\d{1,2}\s*月)[^。\n]{0,12}?(?:情况|总结|进展|回顾)"
    r"[^。\n]{0,12}?(?:下半年|第?四季度|下一步|下步)[^。\n]{0,12}?(?:安排|计划|打算|思路|重点)"
)
#: A sentence opened by the months so far or by the rest of the year (上半年,… / 下半年,将… / 上半年全区…): the part
#: it speaks of, the rest of the year's named apart.
_PERIOD_OPENING: Final = re.compile(
    r"(?:(?<=[。;；\n])|^)[ \t\u3000]*(?:今年|20\d{2}年)?(?:(?P<rest>下半年|第?四季度|下一步|下步|全年|年底前?|到年底)|"
    r"(?:上半年|前三季度|1\s*[-—–~至]\s*\d{1,2}\s*月(?:份)?|(?<=今年)以来)(?:以来)?)"
)  # (上半年,… / 上半年全区… / 今年以来,…: the months so far; 全年地区生产总值增长6%以上: the year's own again)
#: Words in a clause of the months so far that make it the year's own aim (全年目标…, 确保全年…, 全年将…).
_YEAR_AIMED: Final = re.compile(
    r"(?:全年|年度)(?:目标|计划|任务)(?!的)|(?:确保|力争|争取|预计)(?:全年|年度|年底)|(?:全年|年底前?)(?:将|力争|确保|预计)|年底前"
)


@attrs.frozen
class _PeriodOpenings:
    """Where each sentence opened by the months so far or by the rest of the year starts, found once a text."""

    starts: list[int]
    rest: list[bool]
    line_ends: list[int]

    @classmethod
    def of(cls, sh: str) -> _PeriodOpenings:
        found = list(_PERIOD_OPENING.finditer(sh))
        ends = [m.start() for m in re.finditer("\n", sh)]
        return cls([m.start() for m in found], [m.group("rest") is not None for m in found], ends)

    def in_part_so_far(self, sh: str, reading: Reading) -> bool:
        """Whether a target stands in the stretch a sentence opened by the months so far (上半年,…) runs to, up
        to the next sentence opened by the rest of the year (下半年,将…) on its line: what those months gave; a
        clause aiming at the whole year (确保全年…, 全年目标为…) is the year's own."""
        at = bisect.bisect_right(self.starts, reading.start) - 1
        line = bisect.bisect_left(self.line_ends, reading.start)  # (the opening on the target's own line only)
        if at < 0 or self.rest[at] or bisect.bisect_left(self.line_ends, self.starts[at]) != line:
            return False
        clause_start = _opening(sh, reading.start, _CLAUSE_MARKS)
        return _YEAR_AIMED.search(sh, clause_start, reading.end) is None


def _read_targets(text: str, sh: str, plan_outline: Outline, first_year: int) -> dict[int, list[tuple[int, Reading]]]:
    """The targets each node of the outline states, by ``id(node)``: (segment, reading) pairs."""
    readings: dict[int, list[tuple[int, Reading]]] = {}
    report = bool(
        _REPORT_TITLE.search(plan_outline.title)
        or (
            not _PLAN_TITLE.search(plan_outline.title)
            and (
                _REPORT_OPENING.search(text[:_OPENING])
                or (not plan_outline.title and _SO_FAR_HEADLINE.search(text[:_OPENING]))
            )
        )
    )
    starred = _STARRED_STRIVEN.search(text) is not None
    half_and_rest = _PeriodOpenings.of(sh) if _HALF_AND_REST_TITLE.search(plan_outline.title) else None
    headline = _NEWS_HEADLINE.search(text, 0, _OPENING)
    headline_span = headline.span("head") if headline is not None else None
    years = [int(y) for y in re.findall(r"(20\d{2})年", headline.group("head"))] if headline is not None else []
    past = headline_span if years and max(years) < first_year else None  # 甘肃2014年新建农村公路突破1万公里
    for node in plan_outline.root.walk():
        if node.kind == "row" and _baseline_row(_name_cell(sh, text, node.position), first_year):
            continue  # 2025年门急诊服务量(基数) | 人次 | 49870 | …: where things stand, the rows after it the targets
        found = _node_readings(text, sh, node, plan_outline.title_span, first_year, report, starred=starred)
        if found and half_and_rest:
            # 上半年,42个区级重点项目完成投资56.3亿元,…。下半年,将…新开工项目不少于15个: the half's report, then the plan
            found = [(segment, r) for segment, r in found if not half_and_rest.in_part_so_far(sh, r)]
        if found and _under_period_done(node):
            # 一、上半年工作进展 over it: its clauses report those months, but for the year's own (全年目标新改建…)
            found = [(segment, r) for segment, r in found if _of_the_whole_year(sh, node, r)]
        if past is not None:  # a headline of an earlier year's results, over a report of this year's plan
            found = [(segment, r) for segment, r in found if not past[0] <= r.start < past[1]]
        if found:
            once = _once(text, _dedupe(found), headline_span)
            readings[id(node)] = quote_measures_together(text, once)
    _drop_restated(text, plan_outline.root, readings)
    return readings


#: A table row's name saying it gives the base (…(基数), …(基期值), 上年实际…).
_BASE_ROW_NAMED: Final = re.compile(
    r"[(（](?:基数|基期|基期值|基准值?|现状值?|上年实际|实际完成)[)）]|^(?:上年|去年)(?:实际|完成)"
)
#: A row's name opening with a year (2025年门急诊服务量).
_ROW_YEAR: Final = re.compile(r"\s*(20\d{2})\s*年")
#: What a year before the plan's says of a row right after it: the year's own figures (2025年实际完成, 2025年度
#: 完成值, 2025年基数), not a task carried over from it (2025年结转项目完成投资).
_BASE_AFTER_YEAR: Final = re.compile(r"度?\s*(?:实际|完成值|完成情况|基数|基期|现状|(?:实际)?完成(?!投资|任务))")


def _name_cell(sh: str, text: str, position: int) -> str:
    """The first cell of the table line at ``position`` (empty where the line is no bar-separated row)."""
    line_end = sh.find("\n", position)
    bar = sh.find("|", position, len(sh) if line_end < 0 else line_end)
    return text[position:bar].strip() if bar > position else ""


def _baseline_row(name: str, first_year: int) -> bool:
    """Whether a table row's name makes it the base the targets start from (…(基数), or a year before the plan's
    with 基数/实际/完成 in the name), not a target of its own."""
    if _BASE_ROW_NAMED.search(name):
        return True
    year = _ROW_YEAR.match(name)
    return year is not None and int(year.group(1)) < first_year and _BASE_AFTER_YEAR.match(name, year.end()) is not None


def _drop_restated(text: str, root: Node, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """A heading that sums up its items (一、减少扶贫对象6.76万人;实施搬迁18695人 over 1.减少扶贫对象6.76万人
    and 2.实施搬迁18695人) states each target once more: the item's statement, with its own units, is
    kept and the heading's copy left out."""
    for node in root.walk():
        own = readings.get(id(node))
        if not own or not node.children:
            continue
        below = {
            text[reading.start : reading.end]
            for child in node.children
            for part in child.walk()
            for _, reading in readings.get(id(part), [])
        }
        kept = [(segment, reading) for segment, reading in own if text[reading.start : reading.end] not in below]
        if len(kept) < len(own):
            readings[id(node)] = kept


def _keep_answered_copies(
    text: str, root: Node, readings: dict[int, list[tuple[int, Reading]]], annexes: list[int]
) -> None:
    """A target stated word for word twice, once where no unit answers for it (a work report's
    body, its goals too) and once after an annex heading where one does (its 分工 annex: 1.地区生产总值
    增长6%左右。(牵头单位:…)), is one target: the answered copy is kept, striven for if either copy
    strives, and the other left out. Two sections stating the same words (新建公园3个 in each) stay two."""
    if not annexes:
        return
    answered = _answered_targets(root, readings, lambda reading: _bare_quote(text, reading))
    striven: set[tuple[int, int]] = set()
    for node in root.walk():
        own = readings.get(id(node))
        if not own:
            continue
        kept = []
        for segment, reading in own:
            annex = _next_annex(annexes, reading.end, len(text))
            copies = [(id(n), r.start) for n, r in _after(answered.get(_bare_quote(text, reading)), annex, 2)]
            if _answered(node, segment) or len(copies) != 1:
                kept.append((segment, reading))  # a copy of several answered ones says not whose it is
            elif reading.strive:
                striven.add(copies[0])
        readings[id(node)] = kept
    _replace_readings(root, readings, lambda at, r: attrs.evolve(r, strive=True) if (at, r.start) in striven else r)


def _answered_targets(
    root: Node, readings: dict[int, list[tuple[int, Reading]]], key: Callable[[Reading], Hashable]
) -> dict[Hashable, _ByStart]:
    """The targets units answer for, with their nodes, by ``key`` (their words, their figure)."""
    found: dict[Hashable, list[tuple[Node, Reading]]] = {}
    for node in root.walk():
        for segment, reading in readings.get(id(node), []):
            if _answered(node, segment):
                found.setdefault(key(reading), []).append((node, reading))
    return {k: _ByStart(entries) for k, entries in found.items()}


class _ByStart:
    """Targets with their nodes in the order they start, to find those after a place by bisection
    (a figure stated in every plan of a long compilation is not scanned once per statement)."""

    def __init__(self, entries: list[tuple[Node, Reading]]) -> None:
        self.entries = sorted(entries, key=lambda entry: entry[1].start)
        self.starts = [reading.start for _, reading in self.entries]


def _after(found: _ByStart | None, position: int, most: int) -> list[tuple[Node, Reading]]:
    """The targets of ``found`` that start after ``position``, in order: at most ``most`` of them."""
    if found is None:
        return []
    first = bisect.bisect_right(found.starts, position)
    return found.entries[first : first + most]


def _replace_readings(
    root: Node, readings: dict[int, list[tuple[int, Reading]]], replace: Callable[[int, Reading], Reading]
) -> None:
    """Each node's readings as ``replace(id(node), reading)`` gives them, in their segments."""
    for node in root.walk():
        if id(node) in readings:
            readings[id(node)] = [(segment, replace(id(node), r)) for segment, r in readings[id(node)]]


def _next_annex(annexes: list[int], position: int, end: int) -> int:
    """Where the first annex heading after ``position`` starts (``end`` if none): a restatement is after it."""
    index = bisect.bisect_right(annexes, position)
    return annexes[index] if index < len(annexes) else end


def _bare_quote(text: str, reading: Reading) -> str:
    """A target's words without the resolve before them (力争新增…60家 and 新增…60家 state one target)."""
    return _RESOLVE_OPENING.sub("", text[reading.start : reading.end])


#: The resolve a target may open with, which a restatement of it may leave out.
_RESOLVE_OPENING: Final = re.compile(r"^(?:力争|争取|确保|努力|全力)")


def _answer_from_restatements(
    text: str, root: Node, readings: dict[int, list[tuple[int, Reading]]], annexes: list[int]
) -> None:
    """Targets of a work report's body restated briefly further on where units answer for them (its
    分工 table) take those units.

    A target restated as a target (新培育规上工业企业15家 | 县工信局 for the body's 新培育规模以上工业企业
    15家) is one target: the body's statement, in the restatement's place. The restatement is the one
    later target of the same kind and figure whose words are most alike (a milestone's words must be
    more alike, having no figure to agree on). Where the units follow the whole body, a target of it
    still unanswered goes to the one item after it that names what it measures (空气质量优良天数比例、
    断面水质优良率 | 市生态环境局分局), once the annex is seen to restate the body (three targets or more)."""
    if not annexes:
        return  # a body restated further on is restated in an annex (附件, …任务分工): none here
    answered = _answered_targets(root, readings, _figure_key)
    moved: dict[tuple[int, int], Reading] = {}  # (id(node), start of the restatement) -> the body's reading
    left: list[tuple[Node, int, Reading]] = []  # the body's targets no restatement answers for
    for node in root.walk():
        own = readings.get(id(node))
        if not own:
            continue
        kept = []
        for segment, reading in own:
            if _answered(node, segment) or _among_goals(node):
                kept.append((segment, reading))  # the plan's goals stand on their own, whatever restates them
                continue
            annex = _next_annex(annexes, reading.end, len(text))  # restated only in an annex after it
            candidates = _after(answered.get(_figure_key(reading)), annex, _RESTATEMENTS_COMPARED + 1)
            restatement = _restatement(text, reading, candidates, moved)
            if restatement is None:
                kept.append((segment, reading))
                left.append((node, segment, reading))
            else:
                moved[restatement] = reading
        readings[id(node)] = kept
    _replace_readings(root, readings, lambda at, r: _restated(moved[(at, r.start)], r) if (at, r.start) in moved else r)
    if len(moved) >= _RESTATED_AT_LEAST:
        _answer_by_name(text, root, readings, left, annexes)  # an annex that restates the body's targets


def _share_out_respective_leads(text: str, sh: str, root: Node, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Units that lead respectively (市财政局、市发展改革委分别牵头; 分别由县工信局、县发改局牵头) lead the
    targets before them in turn, when there are as many targets (or ;-parts) as leads: each target's own bracket,
    the helpers shared. Where the counts differ, or the statement says they lead by their duties (按职责分别牵头),
    each target goes to the lead whose field it names, where every target names one (see duties.py)."""
    for node in root.walk():
        own = readings.get(id(node))
        if not own:
            continue
        # the readings and regions of each segment, found once a node: splitting a bracket shifts only the
        # segments after it, which the loop (from the last bracket back) has done with
        by_segment: dict[int, list[int]] = {}
        for i, (segment, _) in enumerate(own):
            by_segment.setdefault(segment, []).append(i)
        regions_of: dict[int, list[Region]] = {}
        for region in node.regions:
            regions_of.setdefault(region.segment, []).append(region)
        for index in reversed(range(len(node.brackets))):
            bracket = node.brackets[index]
            leads = bracket.responsibility.lead
            stated = by_segment.get(index, [])
            regions = regions_of.get(index, [])
            if len(leads) < 2:
                continue
            topics = (
                duty_topics(text[bracket.start : bracket.end]) if "牵头" in sh[bracket.start : bracket.end] else None
            )
            if topics is not None and [lead for lead, _ in topics] == list(leads) and stated:
                # 县发改局要牵头建立…机制,县交通运输局要牵头抓好栖梧港二期建设,…: each lead its part's targets
                chosen = lead_by_topic(topics, [sh[own[i][1].start : own[i][1].end] for i in stated])
                _lead_in_turn(node, index, {i: leads.index(lead) for i, lead in zip(stated, chosen)}, own, None)
                continue
            if len(regions) != 1 or not _RESPECTIVELY.search(sh, bracket.start, bracket.end):
                continue
            by_duty = _BY_DUTY.search(sh, bracket.start, bracket.end) is not None
            turns = _turns(sh, [own[i][1].start for i in stated], len(leads))
            if turns is None or by_duty:
                # (…公路68公里,…供水工程20处,…自来水普及率…。由县交通运输局、县水务局按职责分别牵头: by their
                # fields, which decide over the order where the statement says so)
                if _share_out_by_duty(sh, node, index, stated, own) or turns is None:
                    continue
            # the segment's text parted where each lead's turn starts (its first target's start)
            firsts = [own[i][1].start for k, i in enumerate(stated) if k and turns[k] != turns[k - 1]]
            starts = [regions[0].start, *firsts, regions[0].end]
            parts = [
                attrs.evolve(regions[0], start=a, end=b, segment=index + k)
                for k, (a, b) in enumerate(zip(starts, starts[1:]))
            ]
            _lead_in_turn(node, index, dict(zip(stated, turns)), own, (regions[0], parts))


def _share_out_by_duty(sh: str, node: Node, index: int, stated: list[int], own: list[tuple[int, Reading]]) -> bool:
    """Give the targets of a statement whose leads lead each by its duties (按职责分别牵头) the lead whose field each
    names (see duties.py): a bracket per lead, after the segment's, the helpers shared. Whether it could: the node
    stays as it was where the fields do not tell."""
    bracket = node.brackets[index]
    leads = bracket.responsibility.lead
    chosen = lead_by_duty(leads, [sh[own[i][1].start : own[i][1].end] for i in stated])
    if chosen is None:
        return False
    _lead_in_turn(node, index, {i: leads.index(lead) for i, lead in zip(stated, chosen)}, own, None)
    return True


def _lead_in_turn(
    node: Node,
    index: int,
    turn_of: dict[int, int],
    own: list[tuple[int, Reading]],
    parted: tuple[Region, list[Region]] | None,
) -> None:
    """Split the node's bracket ``index`` into one per lead, the helpers shared, and give each of the segment's
    targets (by its place in ``own``) the bracket of its lead's turn; the segments after it shift along, and the
    segment's region, where ``parted`` gives it, is replaced by its parts (one a turn)."""
    bracket = node.brackets[index]
    leads, support = bracket.responsibility.lead, bracket.responsibility.support
    node.brackets[index : index + 1] = [
        attrs.evolve(bracket, responsibility=Responsibility((lead,), support)) for lead in leads
    ]
    shift = len(leads) - 1
    shifted = [attrs.evolve(r, segment=r.segment + shift) if r.segment > index else r for r in node.regions]
    if parted is not None:
        region, parts = parted
        shifted = [part for r in shifted for part in (parts if r is region else [r])]
    node.regions[:] = shifted
    own[:] = [
        (index + turn_of[i], reading) if i in turn_of else (segment + shift if segment > index else segment, reading)
        for i, (segment, reading) in enumerate(own)
    ]


def _turns(sh: str, starts: list[int], leads: int) -> list[int] | None:
    """Which lead's turn each target (by its start) is in: one a target where there are as many targets as
    leads, else one a part of the text between ; where there are as many parts (新增托位450个,…达到4.6个;
    新建长者食堂12家,…达到85%以上;…康复救助,分别由区卫生健康局、区民政局、区残联负责实施); None else."""
    if len(starts) == leads:
        return list(range(leads))
    parts = [0]
    for start, following in zip(starts, starts[1:]):
        depth, parted = 0, False
        for char in sh[start:following]:  # (a ; inside brackets, 含支管2公里;不含主管, parts nothing)
            depth += (char == "(") - (char == ")")
            parted = parted or (char == ";" and depth <= 0)
        parts.append(parts[-1] + parted)
    return parts if parts[-1] + 1 == leads else None


#: Leads said to lead each by its duties (A、B按职责分别牵头): their fields decide over the order of the targets.
_BY_DUTY: Final = re.compile(r"按(?:照)?(?:各自)?职(?:责|能)(?:分工)?分别(?:牵头|负责|主抓)")
#: Units said to lead each its own of the targets before them (A、B分别牵头).
_RESPECTIVELY: Final = re.compile(r"分别(?:牵头|负责|主抓)|分别由[^;；。()（）]{2,80}?(?:牵头|负责|主抓)")


def _among_goals(node: Node) -> bool:
    """Whether a node states the plan's goals: the text before any heading, or a goals section
    (一、主要目标, (一)总体目标) or one under it."""
    if node.kind == "root":
        return True
    current: Node | None = node
    while current is not None and current.kind != "root":
        if _GOALS_TITLE.search(current.title):
            return True
        current = current.parent
    return False


#: The title of a section of the plan's goals (主要目标, 总体目标, 2025年发展目标, 目标任务).
_GOALS_TITLE: Final = re.compile(r"目标$|^(?:工作|主要|总体|发展|预期|年度)目标|目标任务$")


def _restatement(
    text: str, reading: Reading, candidates: list[tuple[Node, Reading]], taken: dict[tuple[int, int], Reading]
) -> tuple[int, int] | None:
    """(id(node), start) of the restatement of ``reading`` among later answered targets of its figure."""
    if not candidates or len(candidates) > _RESTATEMENTS_COMPARED:
        return None  # one figure stated in many places says nothing of which restates which
    words = _bigrams(text[reading.start : reading.end])
    least = _ALIKE_MILESTONE if reading.kind == "milestone" else _ALIKE_FIGURE
    scored = sorted(
        (
            (_overlap(words, _bigrams(text[r.start : r.end])), id(n), r.start)
            for n, r in candidates
            if r.start > reading.end and (id(n), r.start) not in taken
        ),
        reverse=True,
    )
    if not scored or scored[0][0] < least or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1], scored[0][2]


def _answer_by_name(
    text: str,
    root: Node,
    readings: dict[int, list[tuple[int, Reading]]],
    left: list[tuple[Node, int, Reading]],
    annexes: list[int],
) -> None:
    """The body's targets left unanswered go to the one answered item of an annex after the whole body
    that names what each measures (or builds), when every answered item is in that annex."""
    items = [n for n in root.walk() if n.brackets and any(b.responsibility for b in n.brackets) and n.regions]
    if not left or not items or len(left) * len(items) > _NAMES_COMPARED:
        return
    body_end = max(r.end for _, _, r in left)
    annex = next((a for a in annexes if a > body_end), None)
    if annex is None or min(n.regions[0].start for n in items) < annex:
        return  # units answer within the body (its tasks): its unanswered targets are not theirs
    names = [(n, _bigrams(n.title + "".join(text[r.start : r.end] for r in n.regions))) for n in items]
    for node, _, reading in left:
        words = _bigrams(reading.subject or reading.deliverable or text[reading.start : reading.end])
        scored = sorted(((_overlap(words, named), index) for index, (_, named) in enumerate(names)), reverse=True)
        if not scored or scored[0][0] < _NAMED or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            continue
        item = names[scored[0][1]][0]
        item_segment = next(i for i, b in enumerate(item.brackets) if b.responsibility)
        readings[id(node)] = [(s, r) for s, r in readings[id(node)] if r is not reading]
        own = readings.setdefault(id(item), [])
        same = next(
            (i for i, (_, r) in enumerate(own) if r.start > reading.end and _figure_key(r) == _figure_key(reading)),
            None,
        )
        if same is None:
            own.append((item_segment, reading))
        else:  # the item restates it in words less alike (确保年底前建成通车 as 快速通道年底前建成通车)
            own[same] = (own[same][0], _restated(reading, own[same][1]))


#: The heading of an annex that shares out the body's tasks (附件, 重点工作任务分工, 任务分解表) on a line
#: of its own.
_ANNEX_HEADING: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?:附件\s*\d*|附表\s*\d*|[^\n。;,]{0,40}?(?:任务分工|责任分工|分工方案|任务分解|责任分解|分工)(?:表|方案|清单)?)"
    r"[ \t\u3000]*[:：]?[ \t\u3000]*$"
)
#: How many restatements of one figure are compared with a statement at most.
_RESTATEMENTS_COMPARED: Final = 50
#: How many of the body's targets an annex must restate before the rest are answered by name (an
#: annex that states a target or two of its own answers only for its own: see annex.py).
_RESTATED_AT_LEAST: Final = 3
#: How many (target, item) pairs are compared by name at most (bounds the work on long texts).
_NAMES_COMPARED: Final = 20000
#: How alike (the share of the shorter one's pairs of characters found in the other) a restatement's
#: words must be to a statement's, and an item's words to what a target measures.
_ALIKE_FIGURE: Final = 0.5
_ALIKE_MILESTONE: Final = 0.8
_NAMED: Final = 0.6


def _figure_key(reading: Reading) -> tuple[object, ...]:
    """What a restatement must state alike: the kind, the figures, the comparator (达到18亿元 and
    18亿元 state one level) and the month due (a milestone's only figure)."""
    comparator = ">=" if reading.comparator == "=" else reading.comparator
    return (reading.kind, comparator, reading.value, reading.value_high, reading.deadline_month)


def _bigrams(quote: str) -> set[str]:
    chars = re.sub(r"[^\u4e00-\u9fff\d]", "", quote)
    return {chars[i : i + 2] for i in range(len(chars) - 1)}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _restated(body: Reading, restatement: Reading) -> Reading:
    """The body's statement of a target in its restatement's place, striven for if either strives."""
    return attrs.evolve(body, strive=body.strive or restatement.strive)


def _answered(node: Node, segment: int) -> bool:
    """Whether units answer for a node's segment: its own bracket or one of a heading above it."""
    if segment < len(node.brackets) and node.brackets[segment].responsibility:
        return True
    parent = node.parent
    while parent is not None:
        if any(bracket.responsibility for bracket in parent.brackets):
            return True
        parent = parent.parent
    return False


def _marked(text: str, figure: tuple[int, int]) -> bool:
    """Whether a figure carries a * in its cell (12*, 12 *)."""
    return "*" in text[figure[0] : figure[1]] or text[figure[1] : figure[1] + 3].lstrip(" \t").startswith("*")


#: A note saying the figures marked * are striven for (标“*”的指标为力争目标, 带*号的为力争数).
_STARRED_STRIVEN: Final = re.compile(r"[标带注][“\"]?[*＊][”\"]?号?的[^。\n]{0,8}?为力争")


def _node_readings(
    text: str,
    sh: str,
    node: Node,
    title_span: tuple[int, int] | None,
    first_year: int,
    report: bool,
    *,
    starred: bool = False,
) -> list[tuple[int, Reading]]:
    """The targets a node's text regions and indicator rows state, the title (which names the plan) left out;
    ``starred``: the document says a figure marked * is striven for (标“*”的指标为力争目标)."""
    found: list[tuple[int, Reading]] = []
    looking_back = False  # under a headline of a year gone (2020年长沙 / 交答卷! / …), up to the next one
    for region in node.regions:
        if title_span and region.start <= title_span[0] < region.end:
            continue  # the title names the plan
        headline = year_headline(sh, region.start, region.end)
        if headline is not None:
            looking_back = headline < first_year
            continue
        if looking_back and _OTHER_HEADLINE.fullmatch(sh, region.start, region.end):
            looking_back = False  # 下一步打算: a headline of its own ends the year's
        if looking_back:
            continue
        found.extend(
            (region.segment, r)
            for r in read_region(
                text,
                sh,
                region.start,
                region.end,
                milestones=region.milestones,
                year=first_year,
                report=report,
                due=region.due,
                opened=region.opened,
                deadline=region.deadline,
            )
        )
    for indicator in node.indicators:
        reading = read_indicator(text, sh, indicator.name, indicator.unit, indicator.value, indicator.label)
        if reading is not None and indicator.bound is not None and reading.comparator == "=":
            reading = attrs.evolve(reading, comparator=indicator.bound)  # 参保率(%,不低于) | 96: at least 96%
            if indicator.bound == "<=" and reading.kind not in ("range", "milestone", "relative"):
                reading = attrs.evolve(reading, kind="ceiling")  # 能耗增速(%,以内) | 3: a ceiling, as 控制在3%以内
        if reading is not None and indicator.due is not None:
            reading = _dated_by_column(reading, indicator.due)
        if reading is not None and (indicator.strive or (starred and _marked(text, indicator.value))):
            reading = attrs.evolve(reading, strive=True)  # | 12* | under 标“*”的指标为力争目标: striven for
        if reading is not None:
            found.append((indicator.segment, reading))
    if found and any(_STRIVEN_DEADLINE.search(sh, region.start, region.end) for region in node.regions):
        # 完成时限:力争2026年8月底前: the item's targets are striven for
        found = [(segment, attrs.evolve(r, strive=True)) for segment, r in found]
    if node.month is not None:
        # 3月 | 春季植树造林 | 完成人工造林1.5万亩: what the row counts done is due in its month
        found = [(segment, _done_in_month(sh, r, node.month)) for segment, r in found]
    if node.kind == "row" and found:
        found = _row_strive(sh, node.position, found)
        if node.title:  # 安全生产事故 | 动态清零: a figure that names nothing is of the row's task
            found = [
                (segment, r if r.subject else attrs.evolve(r, subject=node.title, start=_named_cell(sh, r.start, node)))
                for segment, r in found
            ]
            # 完工 | 建成投用, 续建 | 主体工程施工: a cell's few words, stated by many rows, quoted from the row's name
            found = [
                (segment, attrs.evolve(r, start=_named_cell(sh, r.start, node)) if _whole_short_cell(sh, r) else r)
                for segment, r in found
            ]
    return found


def _done_in_month(sh: str, reading: Reading, month: tuple[str, int]) -> Reading:
    """A reading of a row under 月份 (3月): a count or an amount of work done (完成人工造林1.5万亩, 签约…
    项目8个) a milestone due in that month; a level, a rate or a ceiling (到位资金12亿元, 增速不低于6%)
    stays what it is."""
    if (
        reading.kind not in ("count", "amount")
        or reading.growth
        or reading.deadline
        or not _WORK_DONE.match(sh, reading.start, reading.end)
    ):
        return reading
    return attrs.evolve(reading, kind="milestone", deadline=month[0], deadline_month=month[1])


#: A clause that does a piece of work, counted (完成…, 新增…, 签约…, 清理…).
_WORK_DONE: Final = re.compile(
    r"(?:力争|确保)?(?:完成|新增|新建|建成|改造|清理|整治|签约|引进|开工|举办|培训|发放|创建)"
)


def _dated_by_column(reading: Reading, due: tuple[str, int]) -> Reading:
    """An indicator's figure due in a month or by a quarter's end (指标 | 1月 | 2月 | 二季度): a deliverable
    dated by it, as 1月底前新开工12个 is; a rate (growth, a share, a ceiling) stays that period's rate."""
    if reading.growth or reading.kind not in ("count", "amount"):
        return attrs.evolve(reading, deadline=due[0], deadline_month=due[1])
    return attrs.evolve(reading, kind="milestone", deadline=due[0], deadline_month=due[1])


def _whole_short_cell(sh: str, reading: Reading) -> bool:
    """Whether a reading is an undated milestone of a table cell's few words, the whole of it (建成投用,
    主体工程施工)."""
    if reading.kind != "milestone" or reading.deadline or reading.end - reading.start > _SHORT_CELL:
        return False  # (a date tells the rows apart: 7月底前竣工验收)
    before = _blanks_back(sh, reading.start)
    return (
        before >= 0 and sh[before] == "|" and sh[reading.end : reading.end + 8].lstrip(" \t\u3000")[:1] in ("|", "\n")
    )


def _blanks_back(sh: str, position: int) -> int:
    """Where the last character before ``position`` that is no blank stands (-1: none)."""
    before = position - 1
    while before >= 0 and sh[before] in " \t\u3000":
        before -= 1
    return before


#: The most characters of a cell's words that many rows may state alike (主体工程施工).
_SHORT_CELL: Final = 8


def _named_cell(sh: str, start: int, node: Node) -> int:
    """Where a row's target that names nothing starts its quote: at the cell right before it when that
    cell names the row (单位地区生产总值能耗降低 | 完成市下达任务, as the indicator's figures are quoted),
    or else at the row's name further back in the row (城东学校 | 续建 | 建成投用), so that rows stating
    the same words are told apart; else where it starts."""
    bar = sh.rfind("|", node.position, start)
    if bar < 0 or sh[bar + 1 : start].strip() or sh.startswith("分别", start):
        return start  # not at the start of its cell; or one of a list's figures (分别增长5.5%、7.5%)
    cell_start = max(sh.rfind("|", node.position, bar), sh.rfind("\n", 0, bar)) + 1
    name = sh[cell_start:bar].strip()
    if not name or node.title not in name:
        # 重庆医科大学…科技1号楼 | 总建筑面积5.2万平方米 | 2021 | 2023 | 完工 | 建成投用: from the row's name on
        titled = sh.rfind(node.title, node.position, bar) if node.title else -1
        if titled < 0 or "\n" in sh[titled:start]:
            return start  # (a name on a line above: the row's cells one a line, each quoted alone)
        before = _blanks_back(sh, titled)  # the name opens its cell: after a bar or at its line's start
        return titled if before < 0 or sh[before] in "|\n" else start
    return cell_start + (len(sh[cell_start:bar]) - len(sh[cell_start:bar].lstrip()))


#: A short line of words alone that turns ahead (下一步打算, 2025年工作安排), a headline that ends one of
#: a year gone (a headline of its parts, 经济恢复增长, does not).
_OTHER_HEADLINE: Final = re.compile(
    r"\s*[\u4e00-\u9fff]{0,8}(?:打算|计划|安排|目标|任务|举措|措施|重点|下一步|下步|今年|明年)[\u4e00-\u9fff]{0,4}\s*[:：!！]?\s*"
)
#: A deadline the plan strives for (完成时限:力争2026年8月底前): so are the targets it dates.
_STRIVEN_DEADLINE: Final = re.compile(r"(?:完成时限|完成时间|时间节点|时限)\s*:\s*(?:力争|争取)")
#: 力争 opening a cell of a table row (its task, its target): it governs the row's cells after it.
_STRIVE_CELL: Final = re.compile(r"(?<![^|\n\s])(?:力争|争取|争创)")


def _row_strive(sh: str, row_start: int, found: list[tuple[int, Reading]]) -> list[tuple[int, Reading]]:
    """A table row whose cell opens with 力争 (力争创建省级示范区 | 3个) strives for the targets of
    that cell and of the cells after it, as a sentence's opening 力争 does for its clauses."""
    end = max(reading.end for _, reading in found)
    opening = _STRIVE_CELL.search(sh, row_start, end)
    if opening is None:
        return found
    return [
        (segment, attrs.evolve(reading, strive=True))
        if reading.start >= opening.start() and "确保" not in sh[opening.end() : reading.start]
        else (segment, reading)
        for segment, reading in found
    ]


#: A figure listed right after another (5.5%和7%, 90家、870家): an item of its list.
_LISTED_AFTER_A_FIGURE: Final = re.compile(r"\d[^\d,;。，；\n]{0,4}(?:和|、|及|与)\s*$")
#: How many later statements of the same value a statement is compared with (bounds the work).
_REPEATS_LOOKED_AT: Final = 50


def _names_something(quote: str) -> bool:
    """Whether a quote names what it measures, beyond its figure (7%, 870家 name nothing)."""
    return bool(re.search(r"[\u4e00-\u9fff]", re.sub(r"[\d.,%]+[\u4e00-\u9fff]{0,2}", "", quote)))


def _once(
    text: str, found: list[tuple[int, Reading]], headline: tuple[int, int] | None = None
) -> list[tuple[int, Reading]]:
    """A target a node states twice in the same words (a news lede that the body repeats:
    …新闻讯 新增公共停车位1664个…, then …新增公共停车位1664个…) is one target: the later statement is
    kept. Two statements are the same when one's words hold the other's, with the same value; a bare figure listed after another (分别增长5.5%和7%) repeats nothing
    (固定资产投资增长7% before it) and nothing repeats it. A figure of a news page's ``headline`` is the
    report's own further on, when the report states one of the same kind and value in some of the
    same words."""
    later: dict[object, list[tuple[int, str]]] = {}  # value -> (start, quote) of the statements after
    kept: list[tuple[int, Reading]] = []
    for segment, reading in reversed(found):
        quote = text[reading.start : reading.end]
        after = later.setdefault((reading.value, reading.kind), [])
        listed = not _names_something(quote) and _LISTED_AFTER_A_FIGURE.search(
            text, max(0, reading.start - 10), reading.start
        )
        in_headline = headline is not None and headline[0] <= reading.start < headline[1]
        if in_headline and reading.value is not None and any(share_words(quote, q) for _, q in after):
            continue  # (10月底前河北省完成1160万…筛查 over the report's 10月底前完成全省1160万…筛查)
        if in_headline and reading.kind == "milestone" and any(share_words(quote, q) for _, q in after):
            continue  # 启动河南电子科技大学等高校建设! over the report's 启动河南电子科技大学、…建设: one deliverable
        # a statement further on, not one overlapping this (A、B均增长12%: two targets, one sentence)
        if listed or not any(
            start >= reading.end and (q in quote or quote in q) and (q == quote or not _BARE_CHANGE.fullmatch(q))
            for start, q in after[-_REPEATS_LOOKED_AT:]
        ):
            kept.append((segment, reading))
        if not listed:
            after.append((reading.start, quote))
    return kept[::-1]


#: A statement that is a change and its figure alone (提高3%, 力争提高1%): it names nothing it measures, so
#: repeats no statement that does (與2011年相比提高3% before 普及率在68%的基础上,提高3%), only itself.
_BARE_CHANGE: Final = re.compile(
    r"(?:力争|力爭|争取|爭取|再)?(?:提高|提升|上升|增长|增長|下降|降低|增加|减少|減少)[\d.]+\s*(?:%|％|个百分点|個百分點)"
    r"(?:左右|以上|以内)?"
)


def _dedupe(found: list[tuple[int, Reading]]) -> list[tuple[int, Reading]]:
    seen: set[tuple[int, int, str]] = set()
    kept = []
    for segment, reading in found:
        key = (reading.start, reading.end, str(reading.value))
        if key not in seen:
            seen.add(key)
            kept.append((segment, reading))
    return kept


def _several_offices(issuer: str) -> bool:
    """Whether an issuer names several offices (某县教育局、某县财政局; 教育局和财政局), not one whose name
    holds 和 (某县住房和城乡建设局)."""
    if re.search(r"[、,，]", issuer):
        return True
    parts = re.split(r"[和及与]", issuer)
    return len(parts) > 1 and all(looks_like_unit(part) for part in parts)


#: The issuer naming itself (我局将…, 本委负责): the office that writes, by the last word of its name.
_SELF_NAMED: Final = re.compile(r"(?:我|本)(局|委|办|厅|院|中心|处|科|室|所|站)")


def _name_the_issuer(root: Node, issuer: str) -> None:
    """Where the document's issuer names itself as a unit (我局, 本委), the issuer by its name, when its
    name ends so (泓川市云湖区教育局 for 我局)."""

    def named(names: tuple[str, ...]) -> tuple[str, ...]:
        own = [_SELF_NAMED.fullmatch(name) for name in names]
        return tuple(
            issuer if match is not None and issuer.endswith(match.group(1)) else name for name, match in zip(names, own)
        )

    for node in root.walk():
        for index, bracket in enumerate(node.brackets):
            answer = bracket.responsibility
            if any(_SELF_NAMED.fullmatch(name) for name in (*answer.lead, *answer.support)):
                node.brackets[index] = attrs.evolve(
                    bracket, responsibility=Responsibility(named(answer.lead), named(answer.support))
                )


def _issuer(title: str, text: str = "") -> str:
    """Who issues the plan: the title's opening before 关于 (XX县人民政府关于…), else the line that
    signs the document over its date line, else the paper's head (XX县人民政府办公室文件), else the
    place the title opens with (XX县2026年…方案)."""
    about = title.find("关于")
    if about > 1:
        return title[:about]
    lines = text.splitlines()
    dated = [i for i, line in enumerate(lines) if _DATE_LINE.fullmatch(line)]
    for i in reversed(dated[-3:]):  # the signature stands over one of the last date lines
        above = next((lines[k] for k in range(i - 1, max(-1, i - 4), -1) if lines[k].strip()), "")
        signed = _ISSUER_LINE.fullmatch(above)
        if signed:
            return signed.group(1)
    for line in lines[:5]:
        head = _ISSUER_LINE.fullmatch(line)
        if head and line.rstrip().endswith("文件"):
            return head.group(1)
    match = re.match(r"^([^关《》“”()（）,，]{1,10}?(?:省|自治区|市|州|盟|区|县|旗|镇|乡))", title)
    return match.group(1) if match else ""


#: The span of years a title names ((2023—2027年), 2025-2027年).
_TITLE_SPAN: Final = re.compile(r"(20\d{2})\s*年?\s*(?:-|—|–|－|~|～|至|到)+\s*(20\d{2})\s*年")


def _first_year(title: str, plan_year: int) -> int:
    """The first year the plan covers: 2023 for a title's (2023—2027年), else the plan year. Years before
    it are the past (2022年,全区…; 一、2022年工作成效)."""
    span = _TITLE_SPAN.search(title)
    if span:
        return min(int(span.group(1)), int(span.group(2)), plan_year)
    return plan_year


#: A line that is only a date: the document's own (印发日期, 落款), e.g. 2026年3月15日, 二〇二六年三月五日.
_DATE_LINE: Final = re.compile(
    r"^[ \t\u3000]*(20\d{2}|二[〇○零Ｏ0][一二三四五六七八九〇○零Ｏ0]{2})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?[ \t\u3000]*$",
    re.M,
)
_DIGIT_OF: Final = {**{c: str(i) for i, c in enumerate("〇一二三四五六七八九")}, "○": "0", "零": "0", "Ｏ": "0"}
#: A line that signs the document (its issuer), as it stands over the date line or heads the paper.
_ISSUER_LINE: Final = re.compile(
    r"^[ \t\u3000]*([^\s,，。;；:：、()（）|\d]{2,30}?(?:人民政府|政府办公室|人民政府办公室|办公室|委员会|领导小组|指挥部|局|委|厅|办))"
    r"(?:文件)?[ \t\u3000]*$"
)


def _year_number(written: str) -> int:
    """2026 from 2026 or 二〇二六."""
    return int("".join(_DIGIT_OF.get(c, c) for c in written))


#: Words for the year a text is written in (今年, 本年度): a page's own year.
_THIS_YEAR: Final = re.compile(r"今年|本年度")
#: A figure compared with a named year's (较2024年增加35亿元, 比2024年增长6.5%): that year is behind the text's own.
_COMPARED_WITH_YEAR: Final = re.compile(
    r"(?:较|比|相比)(20\d{2})\s*年(?:底|末|度)?(?:同期)?(?:增加|增长|提高|下降|减少|多|少)"
)
#: A sentence telling what was already done (2020年我区出台了…): its year is history, not the plan's.
_PAST: Final = re.compile(r"(?<!据)了|已经|已于|曾|以来")  # (not 据了解, the news heard: no deed done)
_SENTENCE_END: Final = re.compile(r"[。;;!!??\n]")


#: What makes the year after it a horizon or a period's end (到2035年, 2023—2026年), not the plan's year.
_HORIZON_BEFORE: Final = re.compile(r"(?:[到至]|20\d{2}\s*年?\s*[—–\-~～至])\s*$")


#: A title that reports one year and plans the next (执行情况与…计划草案, 工作总结和…工作计划).
_REPORT_AND_PLAN: Final = re.compile(r"(?:执行|完成|落实)情况|总结|回顾")


def _within(spans: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    """Whether ``position`` lies in one of ``spans`` (in order, ``starts`` their starts)."""
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < spans[index][1]


def _years_compared_this_year(text: str) -> list[int]:
    """The years the figures of a text speaking of 今年 are compared with (今年,湖南…。“…预计投入总资金571.64亿元,较2024年
    增加35亿元。”): behind the plan's; not a base year of targets years ahead (到2025年,…比2020年增长40%; 年均…)."""
    years: list[int] = []
    for compared in _COMPARED_WITH_YEAR.finditer(text):
        start = max(text.rfind("。", 0, compared.start()), text.rfind("\n", 0, compared.start())) + 1
        end = text.find("。", compared.end())
        if not _YEARS_AHEAD.search(text, start, len(text) if end < 0 else end):
            years.append(int(compared.group(1)))
    return years


#: A sentence's figures for years ahead (到2025年, 年均), whose base year is no year gone of the plan.
_YEARS_AHEAD: Final = re.compile(r"(?:到|至)20\d{2}年|年均|十[四五六]五")


def _year(text: str, title: str, review: list[str], source: str = "") -> int:
    """The plan year: the title's; else the document's date line; else the latest year the text
    looks forward to (a year only in sentences of what was already done is history); else the
    year the page was published, as its address dates it; else the current year. A review note
    says which, unless the title gave it."""
    in_title = re.findall(r"(20\d{2})年", title)
    if in_title:
        if len(set(in_title)) > 1 and _REPORT_AND_PLAN.search(title):
            return max(map(int, in_title))  # 2024年…计划执行情况与2025年计划草案的报告: the plan is the year ahead
        return int(in_title[0])
    dated = _DATE_LINE.findall(text)
    if dated:
        chosen = _year_number(dated[-1])
        review.append(f"the plan year is not in the title: {chosen}, the year of the document's date line, is assumed")
        return chosen
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]  # once: the text is read in linear time
    links = [m.span() for m in LINK_REMNANT.finditer(text)] if '">' in text else []  # (other stories' years)
    link_starts = [a for a, _ in links]
    ahead = [
        match
        for match in re.finditer(r"(20\d{2})\s*年", text)
        if not _in_past(text, match, ends) and not _within(links, link_starts, match.start())
    ]
    # a horizon (到2035年) is where a plan looks, not its year, unless the text names no year otherwise
    # and so is a period's end (《…行动计划(2023—2026年)》)
    named = [m for m in ahead if not _HORIZON_BEFORE.search(text, max(0, m.start() - 12), m.start())]
    years = Counter(int(match.group(1)) for match in (named or ahead))
    published = _published_year(source, text)
    if years and published is not None and max(years) < published <= dt.date.today().year and _THIS_YEAR.search(text):
        # a news page of 2017 (its address) telling 2016年,全省…完成投资… and then 今年,…将…: its 今年 is the
        # year it was published, the years it names are behind it
        review.append(
            f"the plan year is not in the title: {published}, the year the page was published (its address), "
            f"which its 今年 speaks of, is assumed; pass --year to set it"
        )
        return published
    columned = first_year_column(text) if years_split_out.get() else None
    if columned is not None:
        chosen = columned
        review.append(
            f"the plan year is not in the title: {chosen}, the first of the years its table's columns plan for, is "
            f"assumed; pass --year to set it"
        )
        return chosen
    compared = _years_compared_this_year(text) if _THIS_YEAR.search(text) else []
    if compared and max(compared) >= max(years, default=0):
        # 今年,…预计投入总资金571.64亿元,较2024年增加35亿元: the year 今年 is compared with is behind it
        chosen = max(compared) + 1
        review.append(
            f"the plan year is not in the title: {chosen}, the year after the one its 今年 is compared with, is "
            f"assumed; pass --year to set it"
        )
        return chosen
    if years:
        chosen = max(years)
        review.append(
            f"the plan year is not in the title: {chosen}, the latest year the text looks forward to, is assumed; "
            f"pass --year to set it"
        )
        return chosen
    period = _period_planned(text)
    if period is not None:
        review.append(
            f"the plan year is not in the title: {period}, the first year of the five-year period the text plans "
            f"for, is assumed; pass --year to set it"
        )
        return period
    if published is not None and published <= dt.date.today().year:
        review.append(
            f"the plan year is not in the title: {published}, the year the page was published (its address), "
            f"is assumed; pass --year to set it"
        )
        return published
    chosen = dt.date.today().year
    review.append(
        f"neither the title nor a date line names the plan year: the current year {chosen} is assumed; "
        f"pass --year to set it"
    )
    return chosen


#: A five-year period opening a sentence that plans for it (“十二五”期间,…共规划投资80亿元).
_PERIOD_PLANNED: Final = re.compile(
    r"[“\"]?" + FIVE_YEAR_PLAN.pattern + r"[”\"]?(?:期间|时期)[,，](?P<rest>[^。!?\n]{0,80})"
)


def _period_planned(text: str) -> int | None:
    """The first year of the last five-year period a sentence opens with and plans for (规划, 将, 计划,
    力争), not one it looks back on (…期间,全区已建成…, 取得了…), or None."""
    found = None
    for match in _PERIOD_PLANNED.finditer(text):
        rest = match.group("rest")
        # (…期间,全区城镇实现新增就业220万人以上: a floor or a ceiling is set, not reported)
        planning = re.search(r"规划|将|计划|力争|预计|拟|(?<!规模)以上|以内|不低于|不少于|不超过|控制在", rest)
        if (
            planning is not None
            and not _PAST.search(rest)
            # (…期间,全区建成…: done; …期间,全市交通将实现…:基本建成…: to be done, the plan's words first)
            and not re.search(r"已|共实施|共完成|完成投资", rest)
            and not re.search(r"累计|建成", rest[: planning.start()])
        ):
            found = five_year_plan(match.group("n"))[0]
    return found


#: A date in a page's address, as sites file what they publish: /art/2023/3/15/, /202303/t20230315_,
#: /2022-01/30/, /2022/0302/, /20230106/. A year must be followed by a month to count.
_ADDRESS_DATE: Final = re.compile(
    r"(?<![0-9A-Za-z])t?(20\d{2})(?=[-/]?(?:0[1-9]|1[0-2])(?:[-/]?(?:[0-2]\d|3[01]))?(?!\d)|/[1-9]{1,2}/)"
)


def _published_year(source: str, text: str = "") -> int | None:
    """The year a page's address (its path, past the host) dates it in; else the year of the page's own time
    stamp near its top (2020-06-03 17:00:45, 发布时间:2023-09-04); or None."""
    path = re.sub(r"^[a-z]+://[^/]*", "", source.strip(), flags=re.I)
    match = _ADDRESS_DATE.search(path)
    if match:
        return int(match.group(1))
    stamp = _TIME_STAMP.search(text, 0, _STAMP_REACH)
    return int(stamp.group(1)) if stamp else None


#: A page's time stamp, a date written with dashes (and perhaps its time) on its own or after 发布时间.
_TIME_STAMP: Final = re.compile(
    r"(?m)(?:^[ \t\u3000]*|(?:发布|更新)(?:时间|日期)[:：]\s*)(20\d{2})-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?=[ \t\u3000]*(?:$|来源|作者|浏览|点击|编辑|字号|\|))"  # (a stamp alone or with the page's own words, not a dated step)
)
#: How far into a page its time stamp is looked for (a page's head, not its body's dates).
_STAMP_REACH: Final = 600


def _in_past(text: str, match: re.Match[str], ends: Sequence[int]) -> bool:
    """Whether the year matched stands in a sentence telling what was already done (``ends``: sentence ends)."""
    position = bisect.bisect_right(ends, match.start())
    start = ends[position - 1] if position else 0
    end = ends[position] if position < len(ends) else len(text)
    return bool(_PAST.search(text, start, end))


def _validated(
    spec: dict[str, Any], targets: tuple[DraftTarget, ...], review: list[str], registry: EvaluatorRegistry | None
) -> tuple[dict[str, Any], tuple[DraftTarget, ...]]:
    """Drop the targets the spec loader rejects (each with a review note) until the spec loads."""
    for _ in range(5):
        try:
            structure_spec(spec, registry=registry)
            return spec, targets
        except SpecErrors as exc:
            bad = _rejected_targets(spec, exc.errors, review)
            if not bad:
                return spec, targets
            spec = {**spec, "targets": [t for i, t in enumerate(spec["targets"]) if i not in bad]}
            kept_ids = {t["id"] for t in spec["targets"]}
            targets = tuple(t for t in targets if t.id in kept_ids)
    return spec, targets


def _rejected_targets(spec: Mapping[str, Any], errors: Sequence[SpecError], review: list[str]) -> set[int]:
    """The positions of the targets the loader rejects, each with a review note; the problems that
    are not about one target are noted for a person to fix."""
    bad: set[int] = set()
    for error in errors:
        index = _target_index(error)
        if index is None:
            review.append(f"the draft has a problem a person must fix: {error}")
            continue
        bad.add(index)
        target = spec["targets"][index]
        review.append(f"dropped target {target['id']} ({target['quote']}): {error.message}")
    return bad


_TARGET_PATH: Final = re.compile(r"targets\[(\d+)\]")


def _target_index(error: SpecError) -> int | None:
    """The position in ``targets`` of the target a spec error is about (3 for ``targets[3].params.value``),
    or ``None`` for an error about anything else.

    This is the one place that reads an error's place: from its structured ``location``
    (``("targets", 3, "params", "value")``) when the error carries one, else from its ``path``.
    """
    location = getattr(error, "location", None)
    if location is not None:
        steps = tuple(location)
        if len(steps) >= 2 and steps[0] == "targets" and isinstance(steps[1], int):
            return steps[1]
        return None
    match = _TARGET_PATH.match(error.path)
    return int(match.group(1)) if match else None
