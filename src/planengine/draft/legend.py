"""Units given by a legend's numbers: each target carries a number in brackets, a list names their units.

Some plans mark each target with a number after it and list, once, which units each number stands for::

    1.地区生产总值增长6%左右（1）。
    2.规模以上工业增加值增长7.5%（2），规模以上工业企业数量达到260家以上（2）。
    …
    责任单位：（1）区发改局；（2）区经信局；（3）区商务局牵头，区统计局配合；…

Read as a bracket, the legend would make every unit it names answer for the item it closes, and the
numbers name none. :func:`answer_by_legend` gives each target the units of the first number after it in
its clause, by the first legend after it (a plan may close each section with its own), and takes each
legend away from the item it was read with.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

import attrs

from .responsibility import Responsibility, looks_like_unit, parse_responsibility
from .structure import Bracket, Node
from .targets import Reading

__all__ = ["answer_by_legend"]

#: A legend's label at a line's start (注：责任单位：…), then its numbered entries, on its line or on lines of their
#: own (责任单位：（1）区发改局；（2）…, 责任单位：\n（1）区发改局；\n（2）…).
_LEGEND: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?:注[:：][ \t\u3000]*)?(?:各项(?:目标)?任务的?)?"
    r"(?:责任单位|牵头单位|责任分工|承办单位|责任部门)(?:如下)?[ \t\u3000]*[:：][ \t\u3000]*\n?"
    r"(?P<entries>[ \t\u3000]*[(（]\d{1,3}[)）][^\n]+(?:\n[ \t\u3000]*[(（]\d{1,3}[)）][^\n]+)*)"
)
#: An entry's number in a legend (its units run to the next one).
_ENTRY_NUMBER: Final = re.compile(r"[(（](?P<number>\d{1,3})[)）]")
#: A legend's number after a target, closing its words (…增长6%左右（1）。, …260家以上（2），): a number opening
#: the words after it (：（1）新增就业…；（2）…) is a sub-item's.
_MARK: Final = re.compile(r"(?<![:：;；])[(（](?P<number>\d{1,3})[)）](?=[,，。;；、)）\s]|$)")
#: Where a target's clause ends: no number after this is its (…6%左右；新增就业3000人（4）).
_CLAUSE_END: Final = re.compile(r"[。;；\n]")
#: How many numbered entries make a legend (two might be a sentence's own brackets).
_FEWEST_ENTRIES: Final = 3


@attrs.frozen
class _Legend:
    """A legend at ``start:end`` of the text, and the units it lists by number."""

    start: int
    end: int
    units: dict[int, Responsibility]


def answer_by_legend(root: Node, text: str, readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """Give each target followed in its clause by a number the first legend after it lists the units that legend
    names for the number; a legend's own lines answer for nothing. A text with no legend of at least
    :data:`_FEWEST_ENTRIES` entries, each naming units, is left as it is."""
    legends = _legends(text)
    if not legends:
        return
    marks = _Marks(text, legends)
    for node in root.walk():
        dropped = [i for i, b in enumerate(node.brackets) if any(b.start < g.end and b.end > g.start for g in legends)]
        own = readings.get(id(node), [])
        marked = [marks.after(reading) for _, reading in own]
        if dropped or any(mark is not None for mark, _ in marked):
            _answer_marked(node, own, marked, dropped, text, readings)


def _answer_marked(
    node: Node,
    own: list[tuple[int, Reading]],
    marked: list[tuple[re.Match[str] | None, Responsibility | None]],
    dropped: list[int],
    text: str,
    readings: dict[int, list[tuple[int, Reading]]],
) -> None:
    """A node's brackets with the legends' taken away and a bracket for each mark its targets carry; each target
    in the segment of its mark's bracket, one unmarked in its old one (none, where that was a legend's)."""
    kept = [i for i in range(len(node.brackets)) if i not in dropped]
    index_of = {old: new for new, old in enumerate(kept)}
    brackets = [node.brackets[i] for i in kept]
    given: dict[int, int] = {}  # a mark's position -> its bracket's index
    for mark, answer in marked:
        if mark is not None and answer is not None and mark.start() not in given:
            given[mark.start()] = len(brackets)
            brackets.append(Bracket(mark.start(), mark.end(), answer))
    # a segment whose bracket was a legend's has none: an empty bracket says so (with one bracket left, the
    # node's one answer would otherwise answer for all of its text)
    nowhere = len(brackets)
    unanswered = any(mark is None and index_of.get(segment) is None for (segment, _), (mark, _) in zip(own, marked))
    if unanswered or any(index_of.get(r.segment) is None for r in node.regions):
        brackets.append(Bracket(node.position, node.position, Responsibility()))
    readings[id(node)] = [
        (given[mark.start()], _before_mark(text, reading, mark))
        if mark is not None
        else (index_of.get(segment, nowhere), reading)
        for (segment, reading), (mark, _) in zip(own, marked)
    ]
    node.regions[:] = [attrs.evolve(r, segment=index_of.get(r.segment, nowhere)) for r in node.regions]
    node.brackets[:] = brackets


class _Marks:
    """The legends' numbers after targets, found once (the pass stays linear): the first before a clause's end
    after a target's start, and the units the first legend after it names for it."""

    def __init__(self, text: str, legends: list[_Legend]) -> None:
        self._legends = legends
        self._legend_starts = [g.start for g in legends]
        inside = [(g.start, g.end) for g in legends]
        self._marks = [m for m in _MARK.finditer(text) if not any(a <= m.start() < b for a, b in inside)]
        self._mark_starts = [m.start() for m in self._marks]
        self._ends = [m.start() for m in _CLAUSE_END.finditer(text)]
        self._length = len(text)

    def after(self, reading: Reading) -> tuple[re.Match[str] | None, Responsibility | None]:
        """The legend's number from a target's start to its clause's end, and its units (none inside a legend):
        a target's span may hold its number (9月底前建成…平台（11）, a milestone read to its clause's end)."""
        at = bisect_left(self._ends, reading.start)
        stop = self._ends[at] if at < len(self._ends) else self._length
        first = bisect_left(self._mark_starts, reading.start)
        if first == len(self._marks) or self._mark_starts[first] >= stop:
            return None, None
        mark = self._marks[first]
        which = bisect_left(self._legend_starts, mark.end())
        if which == len(self._legends):
            return None, None  # (a number after the last legend: no legend names it)
        answer = self._legends[which].units.get(int(mark.group("number")))
        return (mark, answer) if answer is not None else (None, None)


def _before_mark(text: str, reading: Reading, mark: re.Match[str]) -> Reading:
    """A target whose span runs into its legend's number (…平台（11）) ends before it: the number is no
    part of what the plan states."""
    if not mark.start() < reading.end <= mark.end() + 1:
        return reading
    end = mark.start()
    while end > reading.start and text[end - 1] in " \t\u3000":
        end -= 1
    return attrs.evolve(reading, end=end) if end > reading.start else reading


def _legends(text: str) -> list[_Legend]:
    """The text's legends, in order: labelled lines listing numbered entries, each entry naming units."""
    found = []
    for legend in _LEGEND.finditer(text):
        units = _entries(legend.group("entries"))
        if units is not None and len(units) >= _FEWEST_ENTRIES:
            found.append(_Legend(legend.start(), legend.end(), units))
    return found


def _entries(listed: str) -> dict[int, Responsibility] | None:
    """The units of each numbered entry of a legend (an entry's own brackets are its: （1）区发改局（区统计局配合）),
    or None if an entry names no units."""
    numbers = list(_ENTRY_NUMBER.finditer(listed))  # (an entry's own bracket holds words: it parts no entries)
    units: dict[int, Responsibility] = {}
    for this, following in zip(numbers, [*numbers[1:], None]):
        words = listed[this.end() : following.start() if following is not None else len(listed)]
        words = words.strip().rstrip(";；。,，").strip()
        answer = parse_responsibility("责任单位：" + words)
        if not answer.lead or not all(looks_like_unit(name) for name in answer.lead):
            return None
        units.setdefault(int(this.group("number")), answer)
    return units
