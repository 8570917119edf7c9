"""Units listing the items they answer for by number, a line each, after the plan.

A plan may number its tasks and give out who answers for them at the end, each unit on a line
of its own naming the items it leads and those it helps with::

    四、职责分工
    县农业农村局:负责第1、7、9项,配合做好第8项;
    县住建局:负责第3、5项;
    县委宣传部、县文化和广电旅游体育局:负责第10项,县文化和广电旅游体育局同时配合做好第7项;
    各乡镇人民政府:配合落实第1—6项及第12项。

:func:`answer_by_unit_lines` gives each item so numbered, in the nearest list before the lines, the
units that lead it (in the order the lines name them) and those that help; an item naming units of
its own keeps them. Offices said to guide the plan's parts by their headings' ordinals (医政医管处负责指导第一、
二项;基层卫生健康处负责指导第三项) help with every target of the parts so numbered, whoever leads them.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from .numbers import ITEM_NUMBERS, item_number, listed_numbers
from .responsibility import Responsibility, looks_like_unit, names_collective_or_village, split_units
from .structure import Bracket, Node, nearest_item, numbered_lists

__all__ = ["answer_by_unit_lines", "help_parts_by_ordinal"]

_NUMBERS: Final = ITEM_NUMBERS  # (第 only between lists below: one way to read 1、第2, the pass stays linear)
#: A line of one unit's (or several units') items: its units, a colon, then what they do by item number.
_UNIT_LINE: Final = re.compile(
    r"(?m)^[ \t\u3000]*+(?P<units>[^:：\n\d \t\u3000][^:：\n\d]{1,59}?)[ \t\u3000]*[:：][ \t\u3000]*(?P<duties>[^\n]*?第\d[^\n]*)$"
)
#: One duty of the line: who, if the clause names one of the line's units (…,县文旅局同时配合做好第7项), the role,
#: and the items' numbers.
_DUTY: Final = re.compile(
    r"(?P<who>[^,，;；。\d]{2,40}?)?(?:同时|还|并|另)?"
    r"(?P<role>牵头|负责|承担|配合|协助|参与|协同)(?:做好|落实|完成|推进|抓好|实施)?(?:负责)?"
    rf"第(?P<numbers>{_NUMBERS}(?:项?[ \t\u3000]*[及和、,，][ \t\u3000]*第{_NUMBERS})*+)项"  # (第1—6项及第12项)
)
#: How few such lines make a list of duties (one line may be chance).
_AT_LEAST: Final = 2
_HELPING: Final = ("配合", "协助", "参与", "协同")


@attrs.define
class _Duties:
    """The leads and helpers the lines name for one item, in the order named."""

    lead: list[str] = attrs.Factory(list)
    support: list[str] = attrs.Factory(list)
    at: int = 0
    end: int = 0

    def add(self, names: list[str], helping: bool) -> None:
        target = self.support if helping else self.lead
        target.extend(name for name in names if name not in target)


def answer_by_unit_lines(root: Node, text: str) -> None:
    """Give the items the unit lines name by number their units, as the module says."""
    duties: dict[int, _Duties] = {}
    lines = 0
    first = -1
    for line in _UNIT_LINE.finditer(text):
        if "项" not in line.group("duties"):
            continue
        units = split_units(line.group("units"))
        if not units or not all(looks_like_unit(n) or names_collective_or_village(n) for n in units):
            continue
        named = False
        for duty in _DUTY.finditer(line.group("duties")):
            who = (duty.group("who") or "").strip(" \t\u3000,，")
            subject = [n for n in units if who.endswith(n) or who == n]
            numbers = listed_numbers(re.sub(r"[第项]", "", duty.group("numbers")))
            for number in numbers:
                duties.setdefault(number, _Duties(at=line.start(), end=line.end())).add(
                    subject or units, duty.group("role") in _HELPING
                )
            named = named or bool(numbers)
        if named:
            lines += 1
            first = line.start() if first < 0 else first
    if lines < _AT_LEAST:
        return
    lists = numbered_lists(root)
    needed = {str(number) for number in duties}
    for number, said in duties.items():
        item = nearest_item(lists, str(number), first, needed) or nearest_item(lists, str(number), first)
        if item is None or not said.lead or any(bracket.start < first for bracket in item.brackets):
            continue  # (an item naming its own units keeps them; one given units by these lines takes them whole)
        support = tuple(name for name in said.support if name not in said.lead)
        item.brackets[:] = [Bracket(said.at, said.end, Responsibility(tuple(said.lead), support))]
        item.regions[:] = [attrs.evolve(region, segment=0) for region in item.regions]


#: An office said to guide (or help with) parts named by their headings' ordinals (医政医管处负责指导第一、二项).
_GUIDES_PARTS: Final = re.compile(
    r"(?:^|(?<=[。；;：:\n]))[ \t\u3000]*(?P<units>[^。；;：:\n第]{2,60}?)(?:负责|具体)?(?:指导|督导|配合|协助)"
    r"(?:推进|落实|做好)?第(?P<numbers>[一二三四五六七八九十]{1,3}(?:[、和及至—-][一二三四五六七八九十]{1,3})*)项"
)


def help_parts_by_ordinal(root: Node, text: str) -> None:
    """Give the parts the plan's guiding offices name by ordinal those offices as helpers, as the module says; two
    such statements at least (one may be chance)."""
    said = [(m, split_units(m.group("units"))) for m in _GUIDES_PARTS.finditer(text)]
    said = [(m, units) for m, units in said if units and all(looks_like_unit(n) for n in units)]
    if len(said) < _AT_LEAST:
        return
    parts = {item_number(child.own): child for child in root.children if child.kind == "cn"}
    for match, units in said:
        for number in listed_numbers(match.group("numbers")):
            part = parts.get(number)
            if part is None or part.position > match.start():
                continue  # (only parts before the statement: the plan's own)
            for node in part.walk():
                node.brackets[:] = [
                    attrs.evolve(b, responsibility=b.responsibility.helped_by(tuple(units)))
                    if b.responsibility.lead
                    else b
                    for b in node.brackets
                ]
