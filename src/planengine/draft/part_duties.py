"""Duties given out by part and item number, where each part of a plan numbers its items afresh.

A plan in parts (第一部分 经济运行目标, 第二部分 …), each numbering its targets from 1, may close with a
section of duties that names the items by their part and number::

    第五部分　责任分工
    1.第一部分第1—3项目标，由区发改局负责，区统计局配合。
    6.第二部分第1、2、4项目标，由区科技局牵头，区财政局、区统计局配合。
    8.第二部分第6项目标，责任单位：区科技局、区国投集团。

A number alone would point at the wrong part's item; :func:`answer_by_part_and_number` finds the part by its
ordinal (the nearest heading 第二部分 before the line) and gives the item so numbered in it the units the line
names, unless the item names units of its own.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from .numbers import ITEM_NUMBERS, cn_integer, listed_numbers
from .responsibility import Responsibility, parse_responsibility, split_units
from .structure import Bracket, Node, units_cell

__all__ = ["answer_by_part_and_number"]

_NUMBERS: Final = ITEM_NUMBERS
#: A line of the duties: its own number, the part's ordinal, the items' numbers, then who answers for them.
_PART_DUTY: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?:\d{1,2}\s*[.、．]\s*)?第(?P<part>[一二三四五六七八九十]{1,3})部分\s*第(?P<numbers>"
    + _NUMBERS
    + r")项(?:目标|任务|指标|工作)?\s*[,，:：]?\s*(?P<who>[^\n]{1,199}?[^\s])[ \t\u3000]*+[。.；;]?[ \t\u3000]*+$"
)
#: A duty naming a part after its units (县农业农村局负责第三部分，县水利局、县林业局配合; 县教育局负责第五部分第1至3项;
#: 县工信局负责第二部分（第3项由县科技局负责）).
_UNITS_TAKE_PART: Final = re.compile(
    r"(?P<units>[^,，;；。:：\n]{2,60}?)(?:牵头)?负责第(?P<part>[一二三四五六七八九十]{1,3})部分"
    r"(?:第(?P<numbers>" + _NUMBERS + r")项|(?P<rest>其余各项|其他各项|其余|其他))?"
    r"(?:[(（](?P<inner>[^()（）\n]{2,80})[)）])?"
    r"(?:[,，](?P<helpers>[^,，;；。\n]{2,60}?)(?:配合|参与|协同|协助))?"
)
#: A duty naming a part before its units (第四部分由县住建局牵头，县自然资源局、县城管局参与).
_PART_TAKEN_BY: Final = re.compile(
    r"(?<![项\d])第(?P<part>[一二三四五六七八九十]{1,3})部分(?:第(?P<numbers>" + _NUMBERS + r")项)?(?:工作|任务|目标)?"
    r"由(?P<who>[^;；。\n]{2,120}?)(?=[;；。\n]|$)"
)
#: An item of the part given apart in brackets (第3项由县科技局负责).
_ITEM_GIVEN_APART: Final = re.compile(r"第(?P<numbers>" + _NUMBERS + r")项由(?P<who>[^()（）]{2,60}?)(?:负责|牵头)")
#: The label before units answering (责任单位：).
_LABEL: Final = re.compile(r"^\s*(?:责任单位|责任部门|牵头单位)\s*[:：]\s*")
#: A part's heading as the outline keeps its marker (第一, 第二).
_PART_OWN: Final = re.compile(r"第(?P<ordinal>[一二三四五六七八九十]{1,3})")


def answer_by_part_and_number(root: Node, text: str) -> None:
    """Give each item named by part and number in a duties line the line's units, and each part named whole
    its units (see the module's doc)."""
    lines = list(_PART_DUTY.finditer(text))
    wholes = [*_UNITS_TAKE_PART.finditer(text), *_PART_TAKEN_BY.finditer(text)] if "部分" in text else []
    if not lines and not wholes:
        return
    parts: list[tuple[int, int, Node]] = []  # (where the part starts, its ordinal, its node)
    for node in root.walk():
        own = _PART_OWN.fullmatch(node.own)
        if node.kind == "chapter" and own is not None and text.startswith(f"第{own['ordinal']}部分", node.position):
            ordinal = cn_integer(own["ordinal"])
            if ordinal is not None:
                parts.append((node.position, ordinal, node))
    if wholes:
        _answer_parts_named(sorted(wholes, key=lambda m: m.start()), parts)
    for line in lines:
        part = _part_before(parts, line["part"], line.start())
        answer = _answer(line["who"])
        if part is None or answer is None:
            continue
        items = _items_of(part)
        for number in listed_numbers(line["numbers"]):
            item = items.get(str(number))
            if item is not None and not item.brackets:
                _answer_item(item, Bracket(line.start("who"), line.end("who"), answer))


def _part_before(parts: list[tuple[int, int, Node]], ordinal_word: str, position: int) -> Node | None:
    """The nearest part before ``position`` numbered ``ordinal_word`` (二 for 第二部分), or None."""
    ordinal = cn_integer(ordinal_word)
    return next((node for at, number, node in reversed(parts) if number == ordinal and at < position), None)


def _items_of(part: Node) -> dict[str, Node]:
    """A part's numbered items, by their numbers."""
    return {child.own: child for child in part.children if child.own.isdigit()}


def _answer_item(item: Node, bracket: Bracket) -> None:
    """Let the units ``bracket`` names answer for all of ``item``'s text."""
    item.brackets.append(bracket)
    item.regions[:] = [attrs.evolve(r, segment=0) for r in item.regions]


def _answer_parts_named(duties: list[re.Match[str]], parts: list[tuple[int, int, Node]]) -> None:
    """Each duty naming a part (县农业农村局负责第三部分，县水利局配合; 第四部分由县住建局牵头，…), its items by number
    (…负责第五部分第1至3项) or the rest of them (…负责第五部分其余各项), and an item given apart in brackets
    (县工信局负责第二部分（第3项由县科技局负责）): those items, or the part whole, take the duty's units."""
    given: dict[int, set[str]] = {}  # the items of each part given out by number so far
    for duty in duties:
        part = _part_before(parts, duty["part"], duty.start())
        if part is None:
            continue
        who = duty.groupdict().get("who")
        if who:
            answer = _answer("由" + who)
        else:
            helpers = duty.group("helpers") or ""
            answer = _answer(duty.group("units") + "负责" + (f"，{helpers}配合" if helpers else ""))
        if answer is None:
            continue
        items = _items_of(part)
        taken = given.setdefault(id(part), set())
        if duty.group("numbers"):
            numbers = [str(n) for n in listed_numbers(duty.group("numbers"))]
        elif duty.groupdict().get("rest"):
            numbers = [own for own in items if own not in taken]
        else:
            numbers = []
        inner = _ITEM_GIVEN_APART.fullmatch(duty.groupdict().get("inner") or "")
        apart = {str(n) for n in listed_numbers(inner["numbers"])} if inner else set()
        apart_answer = _answer("由" + inner["who"]) if inner else None
        bracket = Bracket(duty.start(), duty.end(), answer)
        if not numbers:
            if not part.brackets:
                part.brackets.append(bracket)  # the part whole: its own text, and its items where they name none
            numbers = list(items)
        for own in numbers:
            item = items.get(own)
            if item is None or item.brackets:
                continue
            taken.add(own)
            chosen = Bracket(duty.start(), duty.end(), apart_answer) if own in apart and apart_answer else bracket
            _answer_item(item, chosen)


def _answer(who: str) -> Responsibility | None:
    """The units a duties line names (由区发改局负责，区统计局配合; 责任单位：区科技局、区国投集团), or None if it names
    none."""
    answer = parse_responsibility(who)
    if not answer.lead:  # (责任单位：区科技局、区国投集团: the units listed with no lead named all answer)
        answer = Responsibility(tuple(split_units(_LABEL.sub("", who))))
    named = (*answer.lead, *answer.support)
    if not answer.lead or not all(units_cell(name) for name in named):
        return None
    return answer
