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
from .structure import Bracket, Node
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
#: A label written with a blank for its colon (牵头单位 市城市管理局).
_BLANK_FOR_COLON: Final = re.compile(r"((?:牵头|责任|配合|协办)(?:单位|部门))[ \t\u3000]+")
_MARK_FOUND: Final = re.compile(_MARK)
#: A label over the parts after it, of leads or of helpers (【牵头单位】…【配合单位】…).
_LABEL: Final = re.compile(r"(?:牵头|责任|主责)(?:单位|部门)|(?P<helping>(?:配合|协办|协同|参与)(?:单位|部门))")
_RANGE: Final = re.compile(rf"(?P<first>{_MARK})[至到\-—~～](?P<last>{_MARK})")
#: The kinds of node a sub-item's mark opens (①…, (1)…).
_SUB_ITEM_KINDS: Final = ("circled", "ar-paren")


def answer_by_circled_item(root: Node, text: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give each target under an item whose text names its sub-items' units by their marks (第①③项牵头
    单位:X;第②项由Y负责) the units of the mark it stands after, whether the marks run inline or open lines."""
    lines = _LineParts(text)
    for node in root.walk():
        scope = [node, *(child for child in node.children if child.kind in _SUB_ITEM_KINDS)]
        found = {part[0].start(): part for member in scope for part in lines.of(member)}
        parts = [found[start] for start in sorted(found)]  # (each once: a line may be two members')
        units = _units_by_mark(parts)
        if not units:
            continue
        statements = [(part.start(), part.end()) for part, _, _ in parts]
        marks = sorted(
            [(member.position, _number(member.own)) for member in scope if member.kind in _SUB_ITEM_KINDS]
            + [mark for member in scope for mark in _inline_marks(member, text, statements)]
        )
        for member in scope:
            own = readings.get(id(member))
            if not own:
                continue
            answers: list[Responsibility] = []
            segments: list[int] = []
            for segment, reading in own:
                mark = _mark_before(marks, reading.start)
                answer = units.get(mark, Responsibility()) if mark else _kept(member, segment, statements)
                if answer not in answers:
                    answers.append(answer)
                segments.append(answers.index(answer))
            start, end = statements[0][0], statements[-1][1]
            member.brackets[:] = [Bracket(start, end, answer) for answer in answers]
            readings[id(member)] = [(segment, reading) for segment, (_, reading) in zip(segments, own)]


_Part = tuple[re.Match[str], str, bool]


class _LineParts:
    """The parts of statements by marks on each line of a text, found once a line (linear in the text
    however many nodes share a line)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]
        self.found: dict[int, list[_Part]] = {}

    def of(self, node: Node) -> list[_Part]:
        """The parts on the lines of a node's text and brackets (whole lines: a statement's parts may
        have been cut apart into brackets of their own)."""
        lines = {bisect_right(self.starts, r.start) - 1 for r in node.regions} | {
            bisect_right(self.starts, b.start) - 1 for b in node.brackets if b.end > b.start
        }
        return [part for line in sorted(lines) for part in self._on(line)]

    def _on(self, line: int) -> list[_Part]:
        known = self.found.get(line)
        if known is None:
            start = self.starts[line]
            end = self.starts[line + 1] - 1 if line + 1 < len(self.starts) else len(self.text)
            known = self.found[line] = _parts_on(self.text, start, end)
        return known


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
    for part, shared, helping in parts:
        own = _BLANK_FOR_COLON.sub(r"\1:", part.group("units").strip(" \t\u3000,，:：为是【】"))
        answer = parse_responsibility(own)
        if not answer.lead and not answer.support:  # 第③项:市农业农村局: names alone, under a label or none
            names = split_units(own)
            answer = listed_units(names) if names and all(looks_like_unit(n) for n in names) else answer
        if helping and answer.lead and not answer.support:
            if all(looks_like_unit(name) for name in answer.lead):
                for number in _numbers_named(part.group("marks") or part.group("bare")):
                    known = units.get(number, Responsibility())
                    added = tuple(name for name in answer.lead if name not in known.support)
                    units[number] = Responsibility(known.lead, (*known.support, *added))
            continue
        helpers = split_units(shared)
        if helpers and all(looks_like_unit(name) for name in helpers):
            added = tuple(name for name in helpers if name not in answer.lead and name not in answer.support)
            answer = Responsibility(answer.lead, (*answer.support, *added))
        if not answer.lead or not all(looks_like_unit(name) for name in (*answer.lead, *answer.support)):
            continue
        for number in _numbers_named(part.group("marks") or part.group("bare")):
            earlier = units.get(number)
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
    """The marks opening sub-items in a node's own text, outside the statement of units."""
    return [
        (mark.start(), _number(mark.group()))
        for region in node.regions
        for mark in _MARK_FOUND.finditer(text, region.start, region.end)
        if not any(start <= mark.start() < end for start, end in statements)
    ]


def _mark_before(marks: list[tuple[int, int]], position: int) -> int:
    """The number of the last mark at or before ``position`` (0 before the first: the item's own words)."""
    found = 0
    for at, number in marks:
        if at > position:
            break
        found = number
    return found


def _kept(node: Node, segment: int, statements: list[tuple[int, int]]) -> Responsibility:
    """The units a target before every mark already had, unless they were the statement misread."""
    if segment >= len(node.brackets):
        return Responsibility()
    bracket = node.brackets[segment]
    if any(bracket.start < end and start < bracket.end for start, end in statements):
        return Responsibility()
    return bracket.responsibility
