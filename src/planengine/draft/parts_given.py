"""Parts of an item's work given to their own units inside its sentence.

An item led by one unit may hand a part of a target to another in the same clause::

    7.新改建农村公路95公里,其中县道升级改造30公里由县交通运输局负责,通村组道路65公里由各镇(街道)负责。
    牵头单位:县发改局 配合单位:县财政局、各镇(街道)

The part's figure (30公里, 65公里) is a target of its own, led by the unit its clause names; the item's helpers
still help with it, less that unit. :func:`answer_parts_given` gives each such target so, and quotes it without the
words of who answers for it (县道升级改造30公里, as the keys quote it).
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from .closing import answer_each, bracket_of_segment, one_answer
from .responsibility import Responsibility, looks_like_unit, names_collective_or_village, split_units
from .structure import Node
from .targets import Reading

__all__ = ["answer_parts_given"]

#: The words closing a part's clause that give it to its unit (…30公里由县交通运输局负责): 由, the units, the verb.
_GIVEN_TO: Final = re.compile(
    r"由(?P<units>(?:(?!会同)[^,，;；。:：由\d\n]){2,30}?)(?:牵头)?负责(?:组织|具体)?(?:实施|落实|完成|建设)?"
    r"(?=[,，;；。\s]|$)"  # (not 由X会同Y负责: partners; 经开区管委会, 县总工会 are names)
)
#: A part's clause opening with 其中 (其中1.2万亩高效节水灌溉区由…): the word is no part of its quote.
_AMONG: Final = re.compile(r"其中[,，]?[ \t\u3000]*")
#: How far after a target's figure its clause's 由 may stand (…30公里由…, …65公里的建设由…).
_REACH: Final = 4


def answer_parts_given(root: Node, text: str, sh: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give each target whose clause closes by giving it to a unit (…30公里由县交通运输局负责) that unit as its lead,
    the helpers it had less that unit; the target is quoted up to its figure's words, without 其中."""
    for node in root.walk():
        own = readings.get(id(node))
        if not own:
            continue
        single = one_answer(node)
        answers: list[Responsibility] = []
        changed: list[tuple[int, Reading]] = []
        any_given = False
        for segment, reading in own:
            answer = bracket_of_segment(node, segment, reading.start, single=single).responsibility
            given = _given_to(text, sh, reading)
            if given is None:
                answers.append(answer)
                changed.append((segment, reading))
                continue
            quote_end, units = given
            any_given = True
            start = reading.start
            among = _AMONG.match(sh, start, quote_end)
            if among is not None:
                start = among.end()
            answers.append(Responsibility(units, tuple(name for name in answer.support if name not in units)))
            changed.append((segment, attrs.evolve(reading, start=start, end=quote_end)))
        if any_given:
            readings[id(node)] = changed
            answer_each(node, readings, answers)


def _given_to(text: str, sh: str, reading: Reading) -> tuple[int, tuple[str, ...]] | None:
    """Where a target's quote ends before the words giving it to its units, and those units; None where its clause
    names none (or a name is no unit's)."""
    at = sh.find("由", reading.start, reading.end + _REACH)
    if at < 0:
        return None
    if re.search(r"[,，;；。:：\n]", sh[reading.start : at]):
        return None  # (…以内,由区卫生健康局负责实施: a statement of its own for the sentence, closing.py's)
    given = _GIVEN_TO.match(sh, at)
    if given is None or given.end() < reading.end or not re.search(r"\d", sh[reading.start : at]):
        return None
    units = tuple(split_units(text[given.start("units") : given.end("units")]))
    if not units or not all(looks_like_unit(name) or names_collective_or_village(name) for name in units):
        return None
    end = at
    while end > reading.start and sh[end - 1] in " \t\u3000":
        end -= 1
    return end, units
