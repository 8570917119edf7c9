"""Units given to the targets of a sentence by their places in it.

A work plan may state a paragraph's targets, then give them out by their order in it::

    全年地区生产总值增长6%左右,一般公共预算收入增长5.5%,社会消费品零售总额增长7%以上,力争外贸进出口总额突破
    120亿元。其中第1项由区发展和改革局负责,第2项由区财政局负责,第3、4项由区商务局负责,区统计局配合。

:func:`answer_by_target_number` gives the n-th target before such a sentence (back to the paragraph's start or the
sentence of this kind before it) the units of the part naming n; helpers named after a part help with that part's
targets. Where the paragraph opens its clauses with their numbers (一是…;二是…), the numbers count those clauses, each
with all its targets. Only where every number named is one of the targets (or clauses) before it: otherwise every target
keeps its units. Only a sentence opened by 其中 is read so (上述第1项由…, a bare 第1项由…, are left to other readers), and
not one on a line of its own under numbered items (1.… 2.… then 其中第1项由…: items' numbers, read by ``annex.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from .closing import answer_each, bracket_of_segment, one_answer
from .numbers import NUMBERS_LISTED, NUMBERS_THROUGH, item_number, listed_numbers
from .responsibility import HELPING, Responsibility, all_units, split_units
from .structure import Node
from .targets import Reading

__all__ = ["answer_by_target_number"]

#: The numbers of a part (第1项, 第3、4项, 第1至3项, 第十一、十二项).
_NUMBERS: Final = (
    r"[\d一二三四五六七八九十]{1,3}(?:\s*(?:"
    + "|".join(map(re.escape, (*NUMBERS_LISTED, *NUMBERS_THROUGH)))
    + r")\s*第?[\d一二三四五六七八九十]{1,3})*"
)
#: A part giving targets by their numbers to their units (第3、4项由区商务局负责,区统计局配合).
_PART: Final = re.compile(
    rf"第(?P<numbers>{_NUMBERS})项(?:指标|目标|任务)?(?:均)?由(?P<units>[^,，;；。第\n]{{2,40}}?)(?:牵头(?:负责)?|负责)(?:落实)?"
    rf"(?:[,，、](?P<helpers>[^,，;；。第\n]{{2,40}}?)(?:{HELPING})(?:落实|实施|推进)?)?"
)
#: A sentence giving the targets before it out by their numbers (其中第1项由A负责,第2项由B负责。).
_BY_NUMBER: Final = re.compile(rf"其中[,，]?[ \t\u3000]*(?={_PART.pattern})")
#: A clause opened by its number in words (一是…, 二是…), the items a sentence after them may count.
_CLAUSE_OPENED: Final = re.compile(r"(?:^|(?<=[。;；:：,，\n]))[ \t\u3000]*([一二三四五六七八九十])是")
#: A line opening with an item's number (1., 2、, (3)): the statement under such items counts the items.
_ITEM_LINE: Final = re.compile(r"[ \t\u3000]*(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、)")
#: How far before a sentence of numbers its targets may stand (a paragraph of a few sentences).
_REACH: Final = 600


def _statement(text: str, sh: str, start: int) -> tuple[dict[int, Responsibility], int] | None:
    """The answer of each number a sentence at ``start`` names, and where it ends; None where a part names no units
    or a number no item."""
    answers: dict[int, Responsibility] = {}
    at = start
    while (part := _PART.match(sh, at)) is not None:
        units = split_units(text[part.start("units") : part.end("units")])
        helping = part.group("helpers")
        helpers = split_units(text[part.start("helpers") : part.end("helpers")]) if helping else []
        numbers = listed_numbers(part.group("numbers"))
        if not units or not all_units((*units, *helpers)) or not numbers:
            return None
        for number in numbers:
            answers[number] = Responsibility(tuple(units), tuple(helpers))
        at = part.end()
        while at < len(sh) and sh[at] in ",，;； \t\u3000":
            at += 1
    return (answers, at) if answers else None


def _paragraph_start(sh: str, start: int) -> int:
    """Where the paragraph a statement at ``start`` closes begins: its line's start, or, where the statement stands on
    a line of its own (perhaps after blank lines), the start of the line with text before it."""
    line_start = sh.rfind("\n", 0, start) + 1
    if sh[line_start:start].strip():
        return line_start
    end = line_start - 1
    while end > 0 and not sh[sh.rfind("\n", 0, end) + 1 : end].strip():
        end = sh.rfind("\n", 0, end)  # (blank lines between)
        if end <= 0:
            return 0
    return sh.rfind("\n", 0, max(0, end)) + 1


def answer_by_target_number(root: Node, text: str, sh: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give the targets before a sentence naming them by number their units (see the module). Each node's targets
    are ordered once and each statement's found by halves: linear in the targets and statements."""
    statements = []
    for match in _BY_NUMBER.finditer(sh):
        read = _statement(text, sh, match.end())
        if read is not None:
            statements.append((match.start(), read[0]))
    if not statements:
        return
    starts = [start for start, _ in statements]
    clause_marks = [(m.start(), item_number(m.group(1)) or 0) for m in _CLAUSE_OPENED.finditer(sh)]
    mark_starts = [at for at, _ in clause_marks]
    for node in root.walk():
        own = readings.get(id(node))
        if not own:
            continue
        order = sorted(range(len(own)), key=lambda i: own[i][1].start)
        positions = [own[i][1].start for i in order]
        first, last = positions[0], positions[-1]
        given: dict[int, Responsibility] = {}
        previous_end = -1
        for start, answers in statements[bisect_right(starts, first) : bisect_right(starts, last + _REACH)]:
            opened = _paragraph_start(sh, start)
            if opened != sh.rfind("\n", 0, start) + 1 and _ITEM_LINE.match(sh, opened):
                continue  # (1.… / 2.… / 其中第1项由…: the items' numbers, not the targets')
            scope_start = max(opened, previous_end)
            previous_end = start
            before = order[bisect_left(positions, scope_start) : bisect_left(positions, start)]
            if len(before) < 2:
                continue
            marks = clause_marks[bisect_left(mark_starts, scope_start) : bisect_left(mark_starts, start)]
            if len(marks) >= 2 and [n for _, n in marks] == list(range(1, len(marks) + 1)):
                # (一是…;二是…;三是…。其中第一、二项由…: the numbers count the clauses so opened, each with its targets)
                if max(answers) > len(marks):
                    continue
                mark_at = [at for at, _ in marks]
                for i in before:
                    at = bisect_right(mark_at, own[i][1].start) - 1
                    if at >= 0 and marks[at][1] in answers:
                        given[i] = answers[marks[at][1]]
            elif max(answers) <= len(before):
                for number, answer in answers.items():
                    given[before[number - 1]] = answer
        if given:
            single = one_answer(node)
            answer_each(
                node,
                readings,
                [
                    given.get(i, bracket_of_segment(node, segment, reading.start, single=single).responsibility)
                    for i, (segment, reading) in enumerate(own)
                ],
            )
