"""Units given out one to each clause of the list before them, in its order.

A work report states its year's targets in one sentence, a clause each, then names who answers for each
in the same order::

    …主要预期目标是:地区生产总值增长6%左右;规模以上工业增加值增长10%以上;…;6月底前建成…并投入运营。
    以上指标分别由县发改局、县工信局、…、县工信局负责,县统计局、各乡镇人民政府和…管委会配合。

:func:`answer_by_respective_list` gives each target of such a list the unit named in its clause's place
(a clause with two targets, …增长4%,力争突破10亿元, gives both the one unit), the helpers named after
them helping with every one. Only where the units are exactly as many as the clauses: a count that does
not match leaves every target as it was. (A line of its own giving numbered items their units so, 以上十件实事分别由
A、B、…牵头负责, is read by the outline, ``structure._read_respective``; a statement of units closing a sentence, by
``closing.py``.)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from .closing import answer_each, bracket_of_segment, one_answer
from .responsibility import HELPING, Responsibility, looks_like_unit, split_units
from .structure import Node
from .targets import Reading
from .text import parts

__all__ = ["answer_by_respective_list"]

#: A sentence giving the clauses above their units one each (以上指标分别由A、B、…负责,X、Y配合。).
_RESPECTIVE: Final = re.compile(
    r"(?:以上|上述)(?:各项|各|\d+项)?(?:指标|目标|任务|目标任务|工作)?分别由(?P<leads>[^。;,\n]{2,600}?)(?:牵头)?负责"
    rf"(?:(?:落实|实施|推进))?(?:,(?P<support>[^。;,\n]{{2,200}}?)(?:{HELPING}))?(?:落实|实施|推进)?。"
)


def answer_by_respective_list(root: Node, text: str, sh: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give each target of a ; list its unit from the respective sentence right after the list (see the module)."""
    lists = _respective_lists(text, sh)
    if not lists:
        return
    starts = [clauses[0][0] for clauses, _ in lists]
    for node in root.walk():
        own = readings.get(id(node))
        if not own:
            continue
        answers: list[Responsibility | None] = []
        for _, reading in own:
            at = bisect_right(starts, reading.start) - 1
            answers.append(_answer_of(lists[at], reading.start) if at >= 0 else None)
        if not any(answers):
            continue
        single = one_answer(node)  # (once a node: linear)
        answer_each(
            node,
            readings,
            [
                answer
                if answer is not None
                else bracket_of_segment(node, segment, reading.start, single=single).responsibility
                for (segment, reading), answer in zip(own, answers)
            ],
        )


_Clauses = list[tuple[int, int]]


def _respective_lists(text: str, sh: str) -> list[tuple[_Clauses, list[Responsibility]]]:
    """Each list with a respective sentence after it: its clauses' spans and the answer of each, in order."""
    found: list[tuple[_Clauses, list[Responsibility]]] = []
    for match in _RESPECTIVE.finditer(sh):
        leads = split_units(text[match.start("leads") : match.end("leads")])
        helping = match.group("support")
        support = tuple(split_units(text[match.start("support") : match.end("support")])) if helping else ()
        if not leads or not all(looks_like_unit(unit) for unit in (*leads, *support)):
            continue
        end = match.start()
        while end > 0 and sh[end - 1] in " \t\u3000":
            end -= 1
        if end == 0 or sh[end - 1] != "。":
            continue  # (the list is the sentence right before the respective one)
        clauses = parts(sh, _list_start(sh, end), end - 1, ";")
        if len(clauses) != len(leads) or len(clauses) < 2:
            continue
        found.append((clauses, [Responsibility((lead,), support) for lead in leads]))
    return found


#: How far back a list's opening colon is looked for (the pass stays linear).
_LIST_REACH: Final = 1200


def _list_start(sh: str, end: int) -> int:
    """Where the list ending at ``end`` opens: after the last colon or line start within reach before it."""
    floor = max(0, end - _LIST_REACH)
    return max(sh.rfind(":", floor, end), sh.rfind("\n", floor, end)) + 1


def _answer_of(listed: tuple[_Clauses, list[Responsibility]], position: int) -> Responsibility | None:
    """The answer of the clause holding ``position``, or None outside the list (a list has a few clauses)."""
    clauses, answers = listed
    for (start, end), answer in zip(clauses, answers):
        if start <= position < end:
            return answer
    return None
