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

from .annex import give_by_number
from .responsibility import Responsibility, looks_like_unit, parse_responsibility
from .structure import Bracket, Node
from .targets import Reading

__all__ = ["answer_by_legend"]

#: A legend's label at a line's start (注：责任单位：…, 本部分责任单位：…), then its numbered entries, on its line or on lines of their
#: own (责任单位：（1）区发改局；（2）…, 责任单位：\n（1）区发改局；\n（2）…).
_LEGEND: Final = re.compile(
    r"(?m)^[ \t\u3000]*(?:注[:：][ \t\u3000]*)?(?:本部分|本节|以上|上述)?(?:各项(?:目标)?任务的?)?"
    r"(?:责任单位|牵头单位|责任分工|承办单位|责任部门)(?:如下)?[ \t\u3000]*[:：][ \t\u3000]*\n?"
    r"(?P<entries>[ \t\u3000]*[(（]\d{1,3}[)）][^\n]+(?:\n[ \t\u3000]*[(（]\d{1,3}[)）][^\n]+)*)"
)
#: An entry's number in a legend (its units run to the next one).
_ENTRY_NUMBER: Final = re.compile(r"[(（](?P<number>\d{1,3})[)）]")
#: A legend's number after a target, closing its words (…增长6%左右（1）。, …260家以上（2），): a number opening
#: the words after it (：（1）新增就业…；（2）…) is a sub-item's.
_MARK: Final = re.compile(r"(?<![:：;；])[(（](?P<number>\d{1,3})[)）](?=[,，。;；、)）\s]|$|[(（]\d)")
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
    names for the number; a legend's own lines answer for nothing. Where no target carries a number, the legend's
    numbers are the items' own ((1)地区生产总值增长6%左右。… 责任单位：（1）区发展改革局；…): each item so numbered
    takes its entry's units. A text with no legend of at least :data:`_FEWEST_ENTRIES` entries, each naming units,
    is left as it is."""
    legends = _legends(text)
    if not legends:
        return
    marks = _Marks(text, legends)
    found: list[tuple[Node, list[tuple[int, Reading]], list[tuple[tuple[int, int], Responsibility] | None], list[int]]]
    found = []
    for node in root.walk():
        dropped = [i for i, b in enumerate(node.brackets) if any(b.start < g.end and b.end > g.start for g in legends)]
        own = readings.get(id(node), [])
        marked = [marks.after(reading) for _, reading in own]
        if dropped or any(mark is not None for mark in marked):
            found.append((node, own, marked, dropped))
    if not any(mark is not None for _, _, marked, _ in found for mark in marked):
        for node, _, _, dropped in found:
            _drop_brackets(node, dropped, readings)
        for legend in legends:
            # (the items numbered (1), (2)…, before the legend: an item takes its number's units where none answer)
            statements = [([n], [Bracket(legend.start, legend.end, answer)]) for n, answer in legend.units.items()]
            give_by_number(root, statements, _ITEM_KINDS, readings)
        return
    for node, own, marked, dropped in found:
        _answer_marked(node, own, marked, dropped, text, readings)


#: The kinds of items a legend numbers when no target carries its numbers ((1)…, （一）…, 1.…).
_ITEM_KINDS: Final = ("ar-paren", "cn-paren", "ar")


def _drop_brackets(node: Node, dropped: list[int], readings: dict[int, list[tuple[int, Reading]]]) -> None:
    """The node's brackets without those at ``dropped`` (a legend read as one): what they answered for has none."""
    if not dropped:
        return
    kept = [i for i in range(len(node.brackets)) if i not in dropped]
    index_of = {old: new for new, old in enumerate(kept)}
    nowhere = len(kept)
    readings[id(node)] = [(index_of.get(segment, nowhere), reading) for segment, reading in readings.get(id(node), [])]
    node.regions[:] = [attrs.evolve(r, segment=index_of.get(r.segment, nowhere)) for r in node.regions]
    node.brackets[:] = [node.brackets[i] for i in kept]


def _answer_marked(
    node: Node,
    own: list[tuple[int, Reading]],
    marked: list[tuple[tuple[int, int], Responsibility] | None],
    dropped: list[int],
    text: str,
    readings: dict[int, list[tuple[int, Reading]]],
) -> None:
    """A node's brackets with the legends' taken away and a bracket for each run of numbers its targets carry; each
    target in the segment of its numbers' bracket, one unmarked in its old one (none, where that was a legend's)."""
    kept = [i for i in range(len(node.brackets)) if i not in dropped]
    index_of = {old: new for new, old in enumerate(kept)}
    brackets = [node.brackets[i] for i in kept]
    given: dict[int, int] = {}  # a run's position -> its bracket's index
    for mark in marked:
        if mark is not None and mark[0][0] not in given:
            given[mark[0][0]] = len(brackets)
            brackets.append(Bracket(mark[0][0], mark[0][1], mark[1]))
    # a segment whose bracket was a legend's has none: an empty bracket says so (with one bracket left, the
    # node's one answer would otherwise answer for all of its text)
    nowhere = len(brackets)
    unanswered = any(mark is None and index_of.get(segment) is None for (segment, _), mark in zip(own, marked))
    if unanswered or any(index_of.get(r.segment) is None for r in node.regions):
        brackets.append(Bracket(node.position, node.position, Responsibility()))
    readings[id(node)] = [
        (given[mark[0][0]], _before_mark(text, reading, mark[0]))
        if mark is not None
        else (index_of.get(segment, nowhere), reading)
        for (segment, reading), mark in zip(own, marked)
    ]
    node.regions[:] = [attrs.evolve(r, segment=index_of.get(r.segment, nowhere)) for r in node.regions]
    node.brackets[:] = brackets


@attrs.frozen
class _Run:
    """Numbers side by side after a target (（3）（1）（2）): the first names who leads, the others who help."""

    start: int
    end: int
    numbers: tuple[int, ...]


class _Marks:
    """The legends' numbers after targets, found once (the pass stays linear): the first run of them before a
    clause's end after a target's start (or right after its sentence's 。 at the line's end), and the units the
    first legend after it names for them."""

    def __init__(self, text: str, legends: list[_Legend]) -> None:
        self._legends = legends
        self._legend_starts = [g.start for g in legends]
        inside = [(g.start, g.end) for g in legends]
        self._runs: list[_Run] = []
        for mark in _MARK.finditer(text):
            if any(a <= mark.start() < b for a, b in inside):
                continue
            last = self._runs[-1] if self._runs else None
            if last is not None and not text[last.end : mark.start()].strip():
                self._runs[-1] = _Run(last.start, mark.end(), (*last.numbers, int(mark.group("number"))))
            else:
                self._runs.append(_Run(mark.start(), mark.end(), (int(mark.group("number")),)))
        self._run_starts = [run.start for run in self._runs]
        self._ends = [m.start() for m in _CLAUSE_END.finditer(text)]
        self._text = text

    def after(self, reading: Reading) -> tuple[tuple[int, int], Responsibility] | None:
        """The span of the legend's numbers from a target's start to its clause's end, and their units (none
        inside a legend): a target's span may hold its numbers (9月底前建成…平台（11）, a milestone read to its
        clause's end); numbers right after the sentence's 。 closing its line are its too (…增长6%左右。（1）（2）)."""
        at = bisect_left(self._ends, reading.start)
        stop = self._ends[at] if at < len(self._ends) else len(self._text)
        first = bisect_left(self._run_starts, reading.start)
        if first == len(self._runs):
            return None
        run = self._runs[first]
        if run.start >= stop:
            after_stop = self._text[stop : stop + 1] == "。" and not self._text[stop + 1 : run.start].strip()
            line_end = self._text.find("\n", run.end)
            if not (after_stop and not self._text[run.end : line_end if line_end >= 0 else None].strip(" \t\u3000。")):
                return None
        answer = self._units(run)
        return ((run.start, run.end), answer) if answer is not None else None

    def _units(self, run: _Run) -> Responsibility | None:
        """The run's units by the first legend after it: the first number's lead, the rest helping."""
        which = bisect_left(self._legend_starts, run.end)
        if which == len(self._legends):
            return None  # (numbers after the last legend: no legend names them)
        named = [self._legends[which].units.get(n) for n in run.numbers]
        if any(answer is None for answer in named):
            return None
        first, *others = [answer for answer in named if answer is not None]
        helping = [*first.support, *(name for other in others for name in (*other.lead, *other.support))]
        return Responsibility(first.lead, tuple(dict.fromkeys(n for n in helping if n not in first.lead)))


def _before_mark(text: str, reading: Reading, span: tuple[int, int]) -> Reading:
    """A target whose span runs into its legend's numbers (…平台（11）) ends before them: the numbers are no
    part of what the plan states."""
    start, end = span
    if not start < reading.end <= end + 1:
        return reading
    while start > reading.start and text[start - 1] in " \t\u3000":
        start -= 1
    return attrs.evolve(reading, end=start) if start > reading.start else reading


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
