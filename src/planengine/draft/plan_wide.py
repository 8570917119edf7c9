"""A plan's opening naming who leads the whole of it.

Some plans say once, before their first heading, who answers for all of their work::

    本方案由县农业农村局牵头抓总、统筹调度,各乡镇人民政府按照本方案明确的分解任务抓好落实。

:func:`answer_by_plan_statement` gives every target that no statement of units answers for (its
own, a heading's above it, or any reader's before) the units so named: the office leading, those
carrying the work out helping. Places the plan shares its work out to that answer for their own
shares are read by :mod:`.places` first; this only fills what is left. A statement of who
interprets the plan (本方案由县发改局负责解释) names no one answering for its work.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from .responsibility import Responsibility, looks_like_unit, split_units
from .structure import Bracket, Node
from .targets import Reading

__all__ = ["answer_by_plan_statement", "opening_end"]

#: The plan's opening naming who leads all of it, and those who carry it out (本方案由X牵头抓总、统筹调度,Y按照…抓好
#: 落实; 本方案由X负责牵头,Y负责组织实施): the words after 牵头 say how it leads, none what else it does (牵头修订).
_PLAN_LED: Final = re.compile(
    r"本(?:实施|工作|行动)?(?:方案|计划|意见|清单|要点)由(?P<lead>[^,，;；。由]{2,30}?)(?:负责)?(?:总)?牵头(?:负责)?"
    r"(?:、?(?:抓总|统筹|调度|协调|推进|督导|组织实施|实施)){0,3}[,，;；]\s*"
    r"(?P<helpers>[^,，;；。]{2,40}?)(?:按照?[^,，;；。]{0,24}?)?(?:抓好|负责|具体)?(?:组织)?(?:落实|实施|配合)(?=[。;；,，])"
)
#: How far into the text the opening is looked for.
_OPENING: Final = 1500


def opening_end(root: Node, sh: str) -> int:
    """Where the plan's opening ends: at its first heading (a table's row before it, a title's, is no heading),
    :data:`_OPENING` characters in at most."""
    first = min((child.position for child in root.children if child.kind != "row"), default=len(sh))
    return min(first, _OPENING)


def _plan_statement(sh: str, root: Node) -> tuple[Responsibility, int] | None:
    """Who the plan's opening says leads all of it (and where the statement ends), said before its first
    heading; None where it says none, or names none who carry it out."""
    said = _PLAN_LED.search(sh, 0, opening_end(root, sh))
    if said is None:
        return None
    lead, helpers = split_units(said.group("lead")), split_units(said.group("helpers"))
    if not lead or not all(looks_like_unit(name) for name in lead):
        return None
    support = tuple(name for name in helpers if looks_like_unit(name) or name.startswith("各"))
    if not support:
        return None
    return Responsibility(tuple(lead), support), said.end()


def answer_by_plan_statement(root: Node, sh: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give the targets no statement of units answers for (the node's own brackets naming none, under no heading
    that names any) the units the plan's opening says lead all of its work."""
    found = _plan_statement(sh, root)
    if found is None:
        return
    answer, end = found
    for node in root.walk():
        if node is root or not readings.get(id(node)) or _answered_above(node):
            continue
        if not node.brackets:
            node.brackets.append(Bracket(end, end, answer, inherited=True))  # (its one segment, the first)
        else:  # (城关镇完成…,河口镇完成… answered by their places: the parts no one answers for)
            node.brackets[:] = [
                b if b.responsibility else attrs.evolve(b, responsibility=answer, inherited=True) for b in node.brackets
            ]


def _answered_above(node: Node) -> bool:
    """Whether a heading above the node names units, which answer for its text."""
    current: Node | None = node.parent
    while current is not None:
        if any(bracket.responsibility for bracket in current.brackets):
            return True
        current = current.parent
    return False
