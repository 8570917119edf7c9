"""Units given to an item's sub-items by their marks.

An item often lists its measures as ①②③ or (1)(2)(3) and says after them who answers for which::

    (一)完善养老服务网络。①新建街道综合养老服务中心10个;②新增家庭养老床位500张;③建设老年助餐点50个。
    第①③项牵头单位:市民政局;第②项牵头单位:市卫健委,配合单位:市医保局。

Read as one statement, the units would all answer for everything (and 第②项 would be a unit's name).
:func:`answer_by_circled_item` gives each target the units of the mark it stands after, and leaves
the targets of marks no part names with no units, as the text gives them none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import Final

from .responsibility import Responsibility, listed_units, looks_like_unit, parse_responsibility, split_units
from .structure import SUB_ITEM_KINDS, Bracket, Node
from .targets import Reading

__all__ = ["answer_by_circled_item"]

_CIRCLED: Final = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
#: A sub-item's mark: a circled number, or a number in brackets.
_MARK: Final = rf"(?:[{_CIRCLED}]|[(（]\d{{1,2}}[)）])"
#: One part of the statement: the marks it names (第①③项, 第②至④项, 第(2)(3)项), then its units, up to
#: the next part's 第 or the statement's end (a name may hold its other name in brackets: 市市场监管局(市知识产权局)).
_PART: Final = re.compile(
    rf"(?:第(?P<marks>{_MARK}(?:[、,，和及与至到\-—~～]?{_MARK})*)项(?:的|工作|任务)?"
    # ①②由市卫健委牵头; ③:市农业农村局: the marks alone, then 由 or a colon
    rf"|(?<![\u4e00-\u9fff])(?P<bare>[{_CIRCLED}](?:[、,，和及与至到\-—~～]?[{_CIRCLED}])*)(?=由|[:：]))"
    rf"(?P<units>(?:(?!第{_MARK})(?:[^；;。()（）【】\n]|[(（][^()（）\n]{{1,12}}[)）]))+)"
)
#: Units the statement names for all its parts after the last (…;责任单位 各县(市、区)人民政府).
_SHARED: Final = re.compile(
    r"[ \t\u3000]*[;；,，][ \t\u3000]*(?:责任|配合|协办|参与|协同)(?:单位|部门)[ \t\u3000]*[:：]?[ \t\u3000]*"
    r"(?P<units>(?:[^；;。()（）\n]|[(（][^()（）\n]{1,12}[)）])+)"
)
_MARK_FOUND: Final = re.compile(_MARK)
#: A labelled line of helpers right after a statement by marks (…\n责任单位:县财政局、县自然资源局).
_HELPERS_LINE_AFTER: Final = re.compile(
    r"[ \t\u3000;；。]*\n[ \t\u3000]*(?:责任|配合|协办|参与|协同)(?:单位|部门)[ \t\u3000]*[:：](?P<units>[^\n:：]{2,120})"
)
#: A part's words that name helpers only (第②项市卫健委配合).
_HELPERS_ONLY: Final = re.compile(r"(?:配合|协助|参与|协办|协同)(?:推进|实施|落实)?$")
#: A label over the parts after it, of leads or of helpers (【牵头单位】…【配合单位】…).
_LABEL: Final = re.compile(r"(?:牵头|责任|主责)(?:单位|部门)|(?P<helping>(?:配合|协办|协同|参与)(?:单位|部门))")
_RANGE: Final = re.compile(rf"(?P<first>{_MARK})[至到\-—~～](?P<last>{_MARK})")


def answer_by_circled_item(root: Node, text: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give each target under an item whose text names its sub-items' units by their marks (第①③项牵头
    单位:X;第②项由Y负责) the units of the mark it stands after, whether the marks run inline or open lines;
    a target after a mark no part names keeps the units it had."""
    parts_of = _parts_by_owner(root, text)
    if not parts_of:
        return
    done: set[int] = set()  # (a sub-item answered with its item's scope is not answered again alone)
    for node in root.walk():
        scope = [m for m in (node, *(c for c in node.children if c.kind in SUB_ITEM_KINDS)) if id(m) not in done]
        parts = sorted((part for member in scope for part in parts_of.get(id(member), [])), key=lambda p: p[0].start())
        units = _units_by_mark(parts)
        if not units:
            continue
        statements = [(part.start(), part.end()) for part, _, _ in parts]
        marks = sorted(
            [(member.position, _number(member.own)) for member in scope if member.kind in SUB_ITEM_KINDS]
            + [mark for member in scope for mark in _inline_marks(member, text, statements)]
        )
        positions = [at for at, _ in marks]
        done.update(id(member) for member in scope)
        units = _with_lines_after(units, scope, text, statements[-1][1])
        for member in scope:
            own = readings.get(id(member))
            if not own:
                continue
            answers: list[Responsibility] = []
            index_of: dict[Responsibility, int] = {}
            segments: list[int] = []
            for segment, reading in own:
                before = bisect_right(positions, reading.start) - 1  # the last mark at or before the target
                mark = marks[before][1] if before >= 0 else 0
                answer = units.get(mark) or _kept(member, segment, statements)
                if answer not in index_of:
                    index_of[answer] = len(answers)
                    answers.append(answer)
                segments.append(index_of[answer])
            start, end = statements[0][0], statements[-1][1]
            member.brackets[:] = [Bracket(start, end, answer) for answer in answers]
            readings[id(member)] = [(segment, reading) for segment, (_, reading) in zip(segments, own)]


_Part = tuple[re.Match[str], str, bool]


def _with_lines_after(
    units: dict[int, Responsibility], scope: Iterable[Node], text: str, statement_end: int
) -> dict[int, Responsibility]:
    """Each mark's units with the helpers a labelled line after the statement names for all the marks
    (牵头单位:第(1)项A,第(2)项B / 责任单位:C、D, which the item's bracket read as one with it; 第①项由A负责,
    第②项由B负责 / 配合单位:C)."""
    shared: list[str] = []
    for member in scope:
        for bracket in member.brackets:
            if bracket.start < statement_end < bracket.end:
                after = text[statement_end : bracket.end]
                shared.extend(
                    name
                    for name in bracket.responsibility.support
                    if name in after and name not in shared and looks_like_unit(name) and not _MARK_FOUND.search(name)
                )
    following = _HELPERS_LINE_AFTER.match(text, statement_end)
    if not shared and following is not None:
        # 第①项牵头单位:县民政局;第②项牵头单位:县商务局 / 责任单位:县财政局: the line after, read apart
        names = split_units(following.group("units").strip(" \t\u3000。."))
        shared = names if all(map(looks_like_unit, names)) else []
    if not shared:
        return units
    return {
        number: Responsibility(
            answer.lead, (*answer.support, *(n for n in shared if n not in answer.lead and n not in answer.support))
        )
        for number, answer in units.items()
    }


def _parts_by_owner(root: Node, text: str) -> dict[int, list[_Part]]:
    """The parts of statements by marks in the text, by the node whose text or bracket holds each (the
    last one to start at or before it): an item's statement is its own, never a sibling's on the same
    line. Each line is read once."""
    found: list[_Part] = []
    line_start = 0
    while line_start <= len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if "项" in text[line_start:line_end] or "由" in text[line_start:line_end]:
            found.extend(_parts_on(text, line_start, line_end))
        line_start = line_end + 1
    if not found:
        return {}
    spans = sorted(
        [(r.start, 0, id(node)) for node in root.walk() for r in node.regions]
        + [(b.start, 1, id(node)) for node in root.walk() for b in node.brackets if b.end > b.start]
    )
    starts = [start for start, _, _ in spans]
    parts_of: dict[int, list[_Part]] = {}
    for part in found:
        at = bisect_right(starts, part[0].start()) - 1
        if at >= 0:
            parts_of.setdefault(spans[at][2], []).append(part)
    return parts_of


def _parts_on(text: str, start: int, end: int) -> list[_Part]:
    """The parts of a statement by marks in text[start:end], in order, each with the units the
    statement names after its last part for all of them (…;责任单位 各县人民政府), and whether a label
    heading it says its units help (【配合单位】第①项:市发展改革委)."""
    parts = list(_PART.finditer(text, start, end))
    if not parts:
        return []
    shared = _SHARED.match(text, parts[-1].end())
    opening = {part.start() for part in parts}
    labels = [  # (a label heading the parts after it, not one inside a part: 第②项牵头单位:X,配合单位:Y)
        label for label in _LABEL.finditer(text, start, parts[-1].start()) if _after_label(text, label.end()) in opening
    ]
    found: list[_Part] = []
    helping, next_label = False, 0
    for part in parts:
        while next_label < len(labels) and labels[next_label].end() <= part.start():
            helping = labels[next_label].group("helping") is not None
            next_label += 1
        found.append((part, shared.group("units") if shared else "", helping))
    return found


def _after_label(text: str, at: int) -> int:
    """Where the words after a label start, past its brackets, colon and blanks."""
    while at < len(text) and text[at] in "】]:： \t\u3000":
        at += 1
    return at


def _units_by_mark(parts: Iterable[_Part]) -> dict[int, Responsibility]:
    """Each mark's units by its number, with the units shared by all helping; none where a part names
    no unit (第②项要加快推进). Parts under a label of helpers (【配合单位】) add helpers to the marks."""
    units: dict[int, Responsibility] = {}
    for part, shared, labelled_helping in parts:
        own = part.group("units").strip(" \t\u3000,，:：为是【】")  # (a blank for a label's colon: parse reads it)
        answer = parse_responsibility(own)
        helping = labelled_helping or (not answer.lead and _HELPERS_ONLY.search(own) is not None)  # 第②项市卫健委配合
        if not answer.lead and not answer.support:  # 第③项:市农业农村局: names alone, under a label or none
            names = split_units(_HELPERS_ONLY.sub("", own))
            answer = listed_units(names) if names and all(looks_like_unit(n) for n in names) else answer
        if (helping or not answer.lead) and (answer.lead or answer.support):
            helpers = answer.support if not answer.lead else (*answer.lead, *answer.support)
            if all(looks_like_unit(name) for name in helpers):
                for number in _numbers_named(part.group("marks") or part.group("bare")):
                    known = units.get(number, Responsibility())
                    added = tuple(name for name in helpers if name not in known.support and name not in known.lead)
                    units[number] = Responsibility(known.lead, (*known.support, *added))
            continue
        shared_helpers = split_units(shared)
        if shared_helpers and all(looks_like_unit(name) for name in shared_helpers):
            added = tuple(n for n in shared_helpers if n not in answer.lead and n not in answer.support)
            answer = Responsibility(answer.lead, (*answer.support, *added))
        if not answer.lead or not all(looks_like_unit(name) for name in (*answer.lead, *answer.support)):
            continue
        for number in _numbers_named(part.group("marks") or part.group("bare")):
            earlier = units.get(number)
            if earlier is not None and earlier.lead:
                continue  # (a mark's lead is the first part's that names it; later parts may only add helpers)
            support = () if earlier is None else tuple(n for n in earlier.support if n not in answer.support)
            units[number] = Responsibility(answer.lead, (*support, *answer.support))
    return units


def _number(mark: str) -> int:
    """The number a mark stands for (③: 3, (12): 12); 0 for none."""
    if mark in _CIRCLED:
        return _CIRCLED.index(mark) + 1
    digits = mark.strip("()（） ")
    return int(digits) if digits.isdigit() else 0


def _numbers_named(marks: str) -> list[int]:
    """The numbers a part names, ranges spelt out (②至④: 2, 3, 4)."""
    numbers: list[int] = []
    at = 0
    for span in _RANGE.finditer(marks):
        numbers.extend(_number(m.group()) for m in _MARK_FOUND.finditer(marks, at, span.start()))
        numbers.extend(range(_number(span.group("first")), _number(span.group("last")) + 1))
        at = span.end()
    numbers.extend(_number(m.group()) for m in _MARK_FOUND.finditer(marks, at))
    return [number for number in numbers if number]


def _inline_marks(node: Node, text: str, statements: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The marks opening sub-items in a node's own text, outside the statements of units (sorted, and
    parted from one another: the one starting last before a mark is the only one that may hold it)."""
    starts = [start for start, _ in statements]
    found = []
    for region in node.regions:
        for mark in _MARK_FOUND.finditer(text, region.start, region.end):
            holder = bisect_right(starts, mark.start()) - 1
            if holder < 0 or statements[holder][1] <= mark.start():
                found.append((mark.start(), _number(mark.group())))
    return found


def _kept(node: Node, segment: int, statements: list[tuple[int, int]]) -> Responsibility:
    """The units a target no part names already had: its segment's bracket, unless that is the statement
    misread, else the one answer the node's other brackets give (牵头单位:市民政局 under the marks)."""
    first, last = statements[0][0], statements[-1][1]

    def stated(bracket: Bracket) -> bool:
        """Whether the bracket is the statement read whole (its span within the statement's, or a
        name of its holding a mark: 第②项)."""
        answer = bracket.responsibility
        return (first <= bracket.start and bracket.end <= last) or any(
            _MARK_FOUND.search(name) or "项" in name for name in (*answer.lead, *answer.support)
        )

    if segment < len(node.brackets) and not stated(node.brackets[segment]):
        return node.brackets[segment].responsibility
    others = {bracket.responsibility for bracket in node.brackets if not stated(bracket)}
    return others.pop() if len(others) == 1 else Responsibility()
