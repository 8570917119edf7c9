"""Units given to the targets of a sentence by their places in it.

A work plan may state a paragraph's targets, then give them out by their order in it::

    全年地区生产总值增长6%左右,一般公共预算收入增长5.5%,社会消费品零售总额增长7%以上,力争外贸进出口总额突破
    120亿元。其中第1项由区发展和改革局负责,第2项由区财政局负责,第3、4项由区商务局负责,区统计局配合。

:func:`answer_by_target_number` gives the n-th target of the paragraph before such a sentence the units of the part
naming n; helpers named after a part help with that part's targets. Only where every number named is one of the
targets before it: otherwise every target keeps its units. (Items numbered in the text, 第1-3项 of 1.…2.…3.…, are read
by the outline and by ``annex.py``.)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from .closing import answer_each, bracket_of_segment, one_answer
from .responsibility import HELPING, Responsibility, looks_like_unit, names_collective_or_village, split_units
from .structure import Node
from .targets import Reading

__all__ = ["answer_by_target_number"]

#: The numbers of a part (第1项, 第3、4项, 第1至3项, 第五项).
_NUMBERS: Final = r"[\d一二三四五六七八九十]{1,3}(?:\s*[、,，和及至\-—–~]\s*第?[\d一二三四五六七八九十]{1,3})*"
#: A part giving targets by their numbers to their units (第3、4项由区商务局负责,区统计局配合).
_PART: Final = re.compile(
    rf"第(?P<numbers>{_NUMBERS})项(?:指标|目标|任务)?(?:均)?由(?P<units>[^,，;；。第\n]{{2,40}}?)(?:牵头(?:负责)?|负责)(?:落实)?"
    rf"(?:[,，、](?P<helpers>[^,，;；。第\n]{{2,40}}?)(?:{HELPING})(?:落实|实施|推进)?)?"
)
#: A sentence giving the targets before it out by their numbers (其中第1项由A负责,第2项由B负责。).
_BY_NUMBER: Final = re.compile(rf"其中[,，]?[ \t\u3000]*(?={_PART.pattern})")
#: How far after a node's last target a sentence giving its targets out may stand (a paragraph's sentence or two).
_REACH: Final = 600
_DIGITS: Final = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}


def _number(written: str) -> int:
    return int(written) if written.isdigit() else _DIGITS.get(written, 0)


def _numbers(written: str) -> list[int]:
    """1、2 → [1, 2]; 1至3 → [1, 2, 3]."""
    found: list[int] = []
    for piece in re.split(r"\s*[、,，和及]\s*", written):
        ends = [_number(n) for n in re.split(r"\s*[至\-—–~]\s*第?", piece.lstrip("第"))]
        found.extend(range(ends[0], ends[-1] + 1) if len(ends) == 2 and ends[0] <= ends[1] else ends)
    return found


def _statement(text: str, sh: str, start: int) -> dict[int, Responsibility] | None:
    """The answer of each number a sentence at ``start`` names, or None where a part names no units."""
    answers: dict[int, Responsibility] = {}
    at = start
    while (part := _PART.match(sh, at)) is not None:
        units = split_units(text[part.start("units") : part.end("units")])
        helping = part.group("helpers")
        helpers = split_units(text[part.start("helpers") : part.end("helpers")]) if helping else []
        if not units or not all(looks_like_unit(n) or names_collective_or_village(n) for n in (*units, *helpers)):
            return None
        for number in _numbers(part.group("numbers")):
            answers[number] = Responsibility(tuple(units), tuple(helpers))
        at = part.end()
        while at < len(sh) and sh[at] in ",，;； \t\u3000":
            at += 1
    return answers or None


#: A clause opened by its number in words (一是…, 二是…), the items a sentence after them may count.
_CLAUSE_OPENED: Final = re.compile(r"(?:^|(?<=[。;；:：,，\n]))[ \t\u3000]*([一二三四五六七八九十])是")


def _clause_number(marks: list[tuple[int, int]], position: int) -> int:
    """The number of the clause holding ``position``: the last opened before it (0 before the first)."""
    at = bisect_right([start for start, _ in marks], position) - 1
    return marks[at][1] if at >= 0 else 0


def answer_by_target_number(root: Node, text: str, sh: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give the targets before a sentence naming them by number their units (see the module)."""
    statements = [(m.start(), m.end()) for m in _BY_NUMBER.finditer(sh)]
    if not statements:
        return
    starts = [start for start, _ in statements]
    for node in root.walk():
        own = readings.get(id(node))
        if not own:
            continue
        first = min(r.start for _, r in own)
        last = max(r.start for _, r in own)
        # the statements after the node's first target and within a paragraph's reach of its last (linear overall)
        for start, opened in statements[bisect_right(starts, first) : bisect_right(starts, last + _REACH)]:
            own = readings[id(node)]
            line_start = sh.rfind("\n", 0, start) + 1
            if not sh[line_start:start].strip():  # (the sentence set on a line of its own: the paragraph's line before)
                line_start = sh.rfind("\n", 0, max(0, line_start - 1)) + 1
            before = sorted(
                (i for i, (_, r) in enumerate(own) if line_start <= r.start < start), key=lambda i: own[i][1].start
            )
            if len(before) < 2:
                continue
            answers = _statement(text, sh, opened)
            if answers is None or min(answers) < 1:
                continue
            # (一是…;二是…;三是…。其中第一、二项由…: the numbers count the clauses so opened, each with its targets)
            marks = [(m.start(), _number(m.group(1))) for m in _CLAUSE_OPENED.finditer(sh, line_start, start)]
            if len(marks) >= 2 and [n for _, n in marks] == list(range(1, len(marks) + 1)):
                numbered = {i: _clause_number(marks, own[i][1].start) for i in before}
                if max(answers) > len(marks):
                    continue
                given = {i: answers[n] for i, n in numbered.items() if n in answers}
            elif max(answers) > len(before):
                continue
            else:
                given = {before[n - 1]: answer for n, answer in answers.items()}
            single = one_answer(node)
            answer_each(
                node,
                readings,
                [
                    given.get(i, bracket_of_segment(node, segment, reading.start, single=single).responsibility)
                    for i, (segment, reading) in enumerate(own)
                ],
            )
