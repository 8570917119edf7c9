"""Brackets inside an item that names its own units first: each answers for its own clause only.

An item may name who answers for it before its work, then give one sentence of it to another unit::

    （九）抓实党建引领和基层治理。本项工作由镇党委办牵头，各村（社区）党组织配合。年内完成…全覆盖，
    发展党员18名。矛盾纠纷调解成功率达到98%以上（责任单位：镇综治中心）；信访事项按期办结率100%。

The bracket answers for its own clause (矛盾纠纷调解成功率, from the last 。 or ; before it), and the item's own
units for the rest of its work, before the clause and after the bracket. Read bracket by bracket, the whole stretch before the bracket
would be its, and what follows it nobody's. :func:`answer_sentences_by_bracket` gives each target so; an item
whose units come only in brackets after its work (…达到98%以上(责任单位:X)。…(责任单位:Y)。) is left as it was.
"""

from __future__ import annotations

import re
from typing import Final

from .closing import answer_each
from .responsibility import Responsibility
from .structure import Node
from .targets import Reading

__all__ = ["answer_sentences_by_bracket"]

#: Where a bracket's clause opens: after the last sentence's or ;-clause's end, or line end, before it.
_CLAUSE_ENDS: Final = re.compile(r"[。！？!?；;\n]")


def answer_sentences_by_bracket(root: Node, sh: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give the targets of an item that names its own units before its work (a heading's bracket, a statement
    opening it) the item's units, except those in the clause of a bracket inside its text: that bracket's units
    where it names a lead, the item's with the bracket's helpers where it names only helpers."""
    for node in root.walk():
        own = readings.get(id(node))
        if not own or len(node.brackets) < 2:
            continue
        first = node.brackets[0]
        item_answer = first.responsibility
        inner = node.brackets[1:]
        if (
            not item_answer.lead
            # (work before the item's units, 116.…(牵头单位:X) 117.…(责任单位:Y): each bracket closes its own)
            or any(region.segment == 0 for region in node.regions)
            or any(reading.start < first.end for _, reading in own)
            # (…(区财政局、各镇人民政府配合) closing the item: its helpers join the item's lead, for all its work)
            or any(bracket.responsibility.lead == item_answer.lead for bracket in inner)
            or not any(bracket.responsibility.lead for bracket in inner)
        ):
            continue
        opens = _clause_starts(sh, first.end, [bracket.start for bracket in inner])
        # a bracket naming only helpers (…(镇司法所配合)) adds them to the item's lead for its own clause; one closing a
        # sentence with no target of its own (…新增公厕20座。(县财政局、各镇人民政府配合)) helps with all the item
        stated = {
            segment for segment, reading in own if 1 <= segment <= len(inner) and reading.start >= opens[segment - 1]
        }
        for index, bracket in enumerate(inner, start=1):
            if not bracket.responsibility.lead and index not in stated:
                item_answer = item_answer.helped_by(bracket.responsibility.support)
        answers_of = [
            bracket.responsibility
            if bracket.responsibility.lead
            else item_answer.helped_by(bracket.responsibility.support)
            for bracket in inner
        ]
        answers: list[Responsibility] = []
        for segment, reading in own:
            if 1 <= segment <= len(inner) and reading.start >= opens[segment - 1]:
                answers.append(answers_of[segment - 1])
            else:
                answers.append(item_answer)
        answer_each(node, readings, answers)


def _clause_starts(sh: str, floor: int, ats: list[int]) -> list[int]:
    """Where the clause holding each bracket (at ``ats``, in order) opens, not before ``floor``: one pass over the
    text, each stretch between brackets looked at once (a long line of many brackets stays linear)."""
    starts: list[int] = []
    start, searched = floor, floor
    for at in ats:
        for match in _CLAUSE_ENDS.finditer(sh, searched, at):
            start = match.end()
        searched = at
        starts.append(start)
    return starts
